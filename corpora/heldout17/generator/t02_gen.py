"""t02 - 湖南省涟溪县 2024年政府性基金预算执行情况, a PDF (reportlab canvas, STSong-Light)
whose tables have NO ruling lines: every cell is placed with drawString / drawRightString at
fixed x coordinates. Amounts in 万元; the 国有土地使用权出让收入 row is in 亿元 (noted in its label)."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t02_lianxi_county_gov_fund_budget_execution_2024"
EXT = ".pdf"
FOOTER_RE = r"共\d+页\s*第\d+页"


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda t: B.append(("p", t))
    h = lambda t: B.append(("h", t))
    B.append(("title", "涟溪县2024年政府性基金预算执行情况"))
    B.append(("sub", "涟溪县财政局"))
    p("根据《中华人民共和国预算法》及其实施条例和县人大常委会关于加强预算审查监督的有关规定，现将2024年全县政府性基金预算执行情况报告如下。"
      "本报告所列数据为快报数，待上级财政部门批复决算后可能有所调整，届时另行报告。")

    # -------------------------------------------------------------- income base inputs
    land_adj_y, land_act_y, land_prev_y, land_y0_y = D("13.5000"), D("12.8635"), D("14.2086"), D("16.0000")
    land_adj, land_act, land_prev, land_y0 = (x * 10000 for x in (land_adj_y, land_act_y, land_prev_y, land_y0_y))
    rows_in = [  # label, 调整预算, 执行, 上年
        ("国有土地收益基金收入", D("3600.00"), D("3412.76"), D("3958.20")),
        ("农业土地开发资金收入", D("520.00"), D("486.35"), D("552.80")),
        ("城市基础设施配套费收入", D("4800.00"), D("4126.50"), D("5386.40")),
        ("污水处理费收入", D("2150.00"), D("2263.18"), D("2048.65")),
        ("其他政府性基金收入", D("300.00"), D("318.42"), D("276.90")),
    ]
    in_adj = land_adj + sum(r[1] for r in rows_in)
    in_act = land_act + sum(r[2] for r in rows_in)
    in_prev = land_prev + sum(r[3] for r in rows_in)
    r_in = pct(in_act, in_adj)
    g_in = growth(in_act, in_prev)

    h("一、政府性基金预算收入执行情况")
    s1 = "2024年全县政府性基金预算收入%s万元，为调整预算%s万元的%s%%，比上年的%s万元下降%s%%" % (
        f(in_act), f(in_adj), r_in, f(in_prev), abs(g_in))
    p(s1 + "。收入下降的主要原因是房地产市场仍处于调整期，经营性用地出让规模收缩，土地出让收入及与之相关的城市基础设施配套费减少。")
    L.ratio("基金收入完成调整预算", str(r_in), f(in_act), f(in_adj), [s1])
    L.growth("基金收入比上年", str(abs(g_in)), f(in_act), f(in_prev), "下降", [s1])

    r_land_adj = pct(land_act, land_adj)
    r_land_y0 = pct(land_act, land_y0)
    g_land = growth(land_act, land_prev)
    s2a = "国有土地使用权出让收入%s万元（约%s亿元）" % (f(land_act), f(land_act_y, 2))
    s2b = "年初预算%s亿元，年中根据土地市场形势调减为%s亿元" % (fn(land_y0_y), fn(land_adj_y))
    s2c = "执行数完成调整预算的%s%%，仅为年初预算的%s%%，比上年下降%s%%" % (r_land_adj, r_land_y0, abs(g_land))
    p("分项目看：" + s2a + "，" + s2b + "，" + s2c + "。全年共出让国有建设用地62宗、2,186.40亩，其中经营性用地18宗、674.25亩，工业用地44宗、1,512.15亩。")
    L.prod("土地出让 万元→亿元(约)", f(land_act_y, 2), [f(land_act)], [s2a], scale=D("0.0001"))
    L.ratio("土地出让完成调整预算", str(r_land_adj), fn(land_act_y, 4), fn(land_adj_y, 4), [s2c])
    L.same("调整预算 亿元 prose = table", fn(land_adj_y, 2), fn(land_adj_y, 4), [s2b])
    L.ratio("土地出让完成年初预算", str(r_land_y0), fn(land_act_y, 4), fn(land_y0_y, 2), [s2b, s2c])
    L.growth("土地出让比上年", str(abs(g_land)), fn(land_act_y, 4), fn(land_prev_y, 4), "下降", [s2c])
    L.sum("出让宗数", "62", ["18", "44"])
    L.sum("出让面积", "2,186.40", ["674.25", "1,512.15"])

    txt_in = []
    for lab, adj, act, prev in rows_in:
        r, g = pct(act, adj), growth(act, prev)
        word = "增长" if g > 0 else "下降"
        s = "%s%s万元，完成调整预算的%s%%，比上年%s%s%%" % (lab, f(act), r, word, abs(g))
        txt_in.append(s)
        L.ratio("完成率 " + lab, str(r), f(act), f(adj), [s])
        L.growth("增长 " + lab, str(abs(g)), f(act), f(prev), word, [s])
    p("；".join(txt_in) + "。污水处理费收入超过调整预算，主要是县城第二污水处理厂配套管网投入使用后，纳入计费的用户由上年的4.26万户增加到4.83万户。"
      "其他政府性基金收入超收主要是收回以前年度多拨的新型墙体材料专项基金18.42万元。")
    L.cond("污水 over 100 explained", pct(rows_in[3][2], rows_in[3][1]) > 100, "")

    # table 1 (亿元 row noted in label)
    t1 = [["国有土地使用权出让收入（亿元）", fn(land_adj_y, 4), fn(land_act_y, 4), str(r_land_adj), fn(land_prev_y, 4), str(g_land)]]
    for lab, adj, act, prev in rows_in:
        t1.append([lab, f(adj), f(act), str(pct(act, adj)), f(prev), str(growth(act, prev))])
    t1.append(["合计", f(in_adj), f(in_act), str(r_in), f(in_prev), str(g_in)])
    B.append(("table", dict(title="表1  2024年涟溪县政府性基金预算收入执行表", unit="单位：万元",
                            head=["项目", "调整预算数", "执行数", "完成%", "上年执行数", "增长%"],
                            rows=t1, cols=[56, 322, 394, 444, 510, 552])))
    for j, nm in ((1, "调整预算"), (2, "执行数"), (4, "上年")):
        L.lin("表1 合计 %s = 亿元行×10000 + Σ万元行" % nm, t1[-1][j],
              [(10000, t1[0][j])] + [(1, r[j]) for r in t1[1:-1]])
    L.growth("表1 合计 比上年(有符号)", t1[-1][5], t1[-1][2], t1[-1][4])
    L.growth("表1 土地 比上年(有符号, 亿元)", t1[0][5], t1[0][2], t1[0][4])
    p("注：表1中国有土地使用权出让收入一行以亿元为单位列示，其余各行及合计行均以万元为单位；合计行已将该行折算为万元（1亿元＝10,000万元）后加总。")

    sub_tr = D("2385.60")
    zx_new, zx_refi = D("68000.00"), D("22000.00")
    zx = zx_new + zx_refi
    jz0 = D("3846.22")
    inc_total = in_act + sub_tr + zx + jz0
    s3 = ("加上上级补助收入%s万元、地方政府专项债务收入%s万元（其中新增专项债券%s万元、再融资专项债券%s万元）和上年结转收入%s万元，"
          "2024年全县政府性基金收入总计%s万元" % (f(sub_tr), f(zx), f(zx_new), f(zx_refi), f(jz0), f(inc_total)))
    p(s3 + "。上级补助收入主要是中央和省下达的彩票公益金及大中型水库移民后期扶持基金补助。")
    L.sum("专项债务收入 = 新增 + 再融资", f(zx), [f(zx_new), f(zx_refi)], [s3])
    L.sum("基金收入总计", f(inc_total), [f(in_act), f(sub_tr), f(zx), f(jz0)], [s1, s3])

    # -------------------------------------------------------------- expenditure
    h("二、政府性基金预算支出执行情况")
    zx_use = [("城乡社区支出", D("41500.00")), ("农林水支出", D("12000.00")), ("交通运输支出", D("14500.00"))]
    csq = [("国有土地使用权出让收入安排的支出", D("74418.27")), ("国有土地收益基金安排的支出", D("2186.40")),
           ("农业土地开发资金安排的支出", D("412.90")), ("城市基础设施配套费安排的支出", D("3844.78")),
           ("污水处理费安排的支出", D("2106.52")), ("专项债券收入安排的支出", zx_use[0][1])]
    csq_act = sum(x for _, x in csq)
    rows_sp = [  # label, 调整预算, 执行, 上年
        ("社会保障和就业支出", D("1260.00"), D("1236.84"), D("1198.50")),
        ("城乡社区支出", D("136800.00"), csq_act, D("142618.35")),
        ("农林水支出", D("12650.00"), D("598.16") + zx_use[1][1], D("9624.80")),
        ("交通运输支出", D("14500.00"), zx_use[2][1], D("8000.00")),
        ("其他支出", D("860.00"), D("804.52"), D("912.46")),
        ("债务付息支出", D("6900.00"), D("6842.75"), D("6125.30")),
        ("债务发行费用支出", D("90.00"), D("86.40"), D("78.65")),
    ]
    sp_adj = sum(r[1] for r in rows_sp)
    sp_act = sum(r[2] for r in rows_sp)
    sp_prev = sum(r[3] for r in rows_sp)
    r_sp, g_sp = pct(sp_act, sp_adj), growth(sp_act, sp_prev)
    word_sp = "增长" if g_sp > 0 else "下降"
    s4 = "2024年全县政府性基金预算支出%s万元，为调整预算%s万元的%s%%，比上年的%s万元%s%s%%" % (
        f(sp_act), f(sp_adj), r_sp, f(sp_prev), word_sp, abs(g_sp))
    p(s4 + "。支出执行率低于收入完成率的主要原因是部分土地征收补偿项目按进度拨付，年底前尚未达到拨付条件的资金结转下年使用。")
    L.ratio("基金支出完成调整预算", str(r_sp), f(sp_act), f(sp_adj), [s4])
    L.cond("支出执行率低于收入完成率 (as stated)", r_sp < r_in, "%s < %s" % (r_sp, r_in))
    L.growth("基金支出比上年", str(abs(g_sp)), f(sp_act), f(sp_prev), word_sp, [s4])

    s5a = "城乡社区支出%s万元，其中：%s" % (f(csq_act), "，".join("%s%s万元" % (a, f(b)) for a, b in csq))
    p("主要支出项目：" + s5a + "。")
    L.sum("城乡社区 = 六项", f(csq_act), [f(b) for _, b in csq], [s5a])
    land_gain = land_act - D("96250.40")
    jy = q(land_gain * D("0.10"))
    s5b = ("按土地出让收益%s万元（土地出让收入%s万元扣除征地和拆迁补偿、土地开发等成本性支出%s万元）的10%%分别计提教育资金和农田水利建设资金各%s万元"
           % (f(land_gain), f(land_act), f("96250.40"), f(jy)))
    p("其中国有土地使用权出让收入安排的支出中，" + s5b + "，均在国有土地使用权出让收入安排的支出中列支，不另行计入收入。"
      "计提基数为出让收益而非出让收入，因此计提额与出让收入的比例不是10%。")
    L.lin("土地出让收益 = 收入 − 成本", f(land_gain), [(1, f(land_act)), (-1, "96,250.40")], [s5b])
    L.prod("计提10%", f(jy), [f(land_gain), "10%"], [s5b], scale=D("0.01"))
    L.cond("计提额/出让收入 != 10%", pct(jy, land_act) != D("10.00"), str(pct(jy, land_act)))

    sy = [("社会保障和就业支出", "大中型水库移民后期扶持基金支出，用于移民直补和后期扶持项目"),
          ("农林水支出", "大中型水库库区基金安排的支出598.16万元和水利专项债券安排的支出12,000.00万元"),
          ("交通运输支出", "全部为收费公路专项债券安排的支出"),
          ("其他支出", "彩票公益金安排的支出，用于养老服务、残疾人康复、城乡医疗救助和体育设施建设"),
          ("债务付息支出", "专项债券利息"), ("债务发行费用支出", "专项债券发行登记服务费")]
    lst = []
    for lab, desc in sy:
        r = [x for x in rows_sp if x[0] == lab][0]
        s = "%s%s万元，完成调整预算的%s%%" % (lab, f(r[2]), pct(r[2], r[1]))
        lst.append(s + "，" + desc)
        L.ratio("支出完成率 " + lab, str(pct(r[2], r[1])), f(r[2]), f(r[1]), [s])
    p("；".join(lst) + "。")
    L.sum("农林水 = 库区基金 + 专项债", f(rows_sp[2][2]), ["598.16", "12,000.00"])
    L.same("交通运输支出 = 调整预算(全额)", f(rows_sp[3][2]), f(rows_sp[3][1]))

    s6 = ("2024年新增专项债券%s万元全部安排用于项目建设，其中%s" %
          (f(zx_new), "、".join("%s%s万元" % (a, f(b)) for a, b in zx_use)))
    p(s6 + "，分别用于县城老旧片区改造和保障性安居工程、灌区续建配套与节水改造、县乡公路提质改造，均已形成实物工作量。再融资专项债券%s万元全部用于偿还到期专项债券本金，与专项债务还本支出金额相同。" % f(zx_refi))
    L.sum("新增专项债投向", f(zx_new), [f(b) for _, b in zx_use], [s6])

    t2 = []
    for lab, adj, act, prev in rows_sp:
        t2.append([lab, f(adj), f(act), str(pct(act, adj)), f(prev), str(growth(act, prev))])
        if lab == "城乡社区支出":
            for a, b in csq:
                t2.append(["　其中：" + a if a == csq[0][0] else "　　　　" + a, "", f(b), "", "", ""])
    t2.append(["合计", f(sp_adj), f(sp_act), str(r_sp), f(sp_prev), str(g_sp)])
    B.append(("table", dict(title="表2  2024年涟溪县政府性基金预算支出执行表", unit="单位：万元",
                            head=["项目", "调整预算数", "执行数", "完成%", "上年执行数", "增长%"],
                            rows=t2, cols=[56, 322, 394, 444, 510, 552])))
    for j, k, nm in ((1, 1, "调整预算"), (2, 2, "执行数"), (4, 3, "上年")):
        L.sum("表2 合计 %s = Σ类（不含其中行）" % nm, t2[-1][j], [f(r[k]) for r in rows_sp])
    for lab, adj, act, prev in rows_sp:
        L.growth("表2 比上年 " + lab, str(growth(act, prev)), f(act), f(prev))
    p("注：表2中“其中”各行为城乡社区支出的明细，已包含在城乡社区支出内，合计行只加总各类支出，不重复计算“其中”行。")

    # -------------------------------------------------------------- balance
    h("三、政府性基金预算收支平衡情况")
    dc = D("8600.00")
    hb = zx_refi
    jz1 = inc_total - sp_act - dc - hb
    out_total = sp_act + dc + hb + jz1
    s7 = ("全县政府性基金收入总计%s万元，支出总计%s万元，其中：政府性基金预算支出%s万元，调出资金%s万元，地方政府专项债务还本支出%s万元，年终结转%s万元"
          % (f(inc_total), f(out_total), f(sp_act), f(dc), f(hb), f(jz1)))
    p(s7 + "。收支总计相等。调出资金为按规定将国有土地使用权出让收入中用于城市建设的部分调入一般公共预算，统筹用于保障基本民生支出。")
    L.sum("支出总计", f(out_total), [f(sp_act), f(dc), f(hb), f(jz1)], [s7])
    L.same("收入总计 = 支出总计", f(inc_total), f(out_total), [s7])
    L.lin("年终结转 = 收入总计 − 各项支出", f(jz1), [(1, f(inc_total)), (-1, f(sp_act)), (-1, f(dc)), (-1, f(hb))])
    L.same("还本 = 再融资", f(hb), f(zx_refi))
    t3 = [["政府性基金预算收入", f(in_act), "政府性基金预算支出", f(sp_act)],
          ["上级补助收入", f(sub_tr), "调出资金", f(dc)],
          ["地方政府专项债务收入", f(zx), "地方政府专项债务还本支出", f(hb)],
          ["上年结转收入", f(jz0), "年终结转", f(jz1)],
          ["收入总计", f(inc_total), "支出总计", f(out_total)]]
    B.append(("table", dict(title="表3  2024年涟溪县政府性基金预算收支平衡表", unit="单位：万元",
                            head=["收入项目", "金额", "支出项目", "金额"], rows=t3, cols=[56, 262, 300, 552])))
    L.sum("表3 收入总计", t3[-1][1], [r[1] for r in t3[:-1]])
    L.sum("表3 支出总计", t3[-1][3], [r[3] for r in t3[:-1]])

    # -------------------------------------------------------------- debt
    h("四、政府专项债务情况")
    debt0 = D("386420.00")
    debt1 = debt0 + zx - hb
    limit = D("468500.00")
    s8 = "2024年末全县政府专项债务余额%s万元，为上年末余额%s万元加本年发行%s万元减本年偿还本金%s万元" % (f(debt1), f(debt0), f(zx), f(hb))
    s9 = "低于省财政厅核定的专项债务限额%s万元，限额空间%s万元" % (f(limit), f(limit - debt1))
    p(s8 + "，" + s9 + "。全年按时足额支付专项债券利息%s万元，未发生逾期。" % f(rows_sp[5][2]))
    L.lin("专项债务余额", f(debt1), [(1, f(debt0)), (1, f(zx)), (-1, f(hb))], [s8])
    L.diff("限额空间", f(limit - debt1), f(limit), f(debt1), None, [s9])
    L.cond("余额 <= 限额", debt1 <= limit, "")
    iratio = pct(rows_sp[5][2], debt0)
    s10 = "专项债券付息支出相当于年初专项债务余额的%s%%" % iratio
    p(s10 + "，付息压力总体可控。2024年专项债券对应项目实现专项收入（含土地出让收入和项目运营收入）能够覆盖当年应付利息。")
    L.ratio("付息/年初余额", str(iratio), f(rows_sp[5][2]), f(debt0), [s10])

    # -------------------------------------------------------------- 2025 + measures
    h("五、2025年政府性基金预算安排及主要措施")
    b25 = D("121600.00")
    g25 = growth(b25, in_act)
    w25 = "增长" if g25 > 0 else "下降"
    s11 = "2025年全县政府性基金预算收入安排%s万元，比2024年执行数%s%s%%" % (f(b25), w25, abs(g25))
    p(s11 + "，其中国有土地使用权出让收入按11.20亿元安排。预算安排充分考虑土地市场走势，不作为本报告2024年执行数据的组成部分。")
    L.growth("2025预算 vs 2024执行", str(abs(g25)), f(b25), f(in_act), w25, [s11])
    p("下一步，县财政局将重点做好以下工作：一是加强土地出让收支管理，严格按照土地出让合同约定及时足额征收土地出让价款，规范土地出让收入缴库和支出拨付流程；"
      "二是强化专项债券全生命周期管理，加快债券资金支出进度，落实项目收益与融资自求平衡要求，防范债务风险；"
      "三是加大政府性基金与一般公共预算统筹力度，对结转两年以上的基金结余按规定调入一般公共预算；"
      "四是做好污水处理费、城市基础设施配套费等非税收入的征管，推进征收信息共享，确保应收尽收；"
      "五是强化彩票公益金使用管理，按规定向社会公告资金使用规模、资助项目和执行情况，接受社会监督。")
    h("六、预算执行中需要关注的问题")
    p("从执行情况看，政府性基金预算运行中还存在一些需要关注的问题：一是收入结构单一，国有土地使用权出让收入占政府性基金预算收入的%s%%，"
      "受房地产市场波动影响较大，收入稳定性不足；二是部分专项债券项目前期工作不够扎实，存在资金拨付进度慢于债券发行进度的情况；"
      "三是个别乡镇对污水处理费等非税收入征缴协作不够，欠缴清理工作仍需加强。对此，县财政局将会同有关部门逐项研究整改措施，"
      "并在2025年预算执行中加大督促力度。" % pct(land_act, in_act))
    L.ratio("土地出让占基金收入", str(pct(land_act, in_act)), f(land_act), f(in_act),
            ["国有土地使用权出让收入占政府性基金预算收入的%s%%" % pct(land_act, in_act)])
    B.append(("sign", "涟溪县财政局"))
    B.append(("sign", "2025年3月18日"))
    L.anchor("落款", "2025年3月18日")
    L.fact("基金收入", f(in_act)); L.fact("基金支出", f(sp_act)); L.fact("土地出让收入(亿元)", fn(land_act_y, 4))
    L.fact("年终结转", f(jz1))
    return B, L


def render(B, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    LM, RM, TOP, BOT = 56, 56, 60, 70

    def tokens(text):
        return re.findall(r"[0-9][0-9,\.]*%?|.", text)

    def wrap(text, size, width, indent):
        lines, cur, w = [], "", indent
        for tk in tokens(text):
            tw = pdfmetrics.stringWidth(tk, F, size)
            if w + tw > width and cur and tk not in "，。；、：）％%":
                lines.append(cur)
                cur, w = "", 0
            cur += tk
            w += tw
        if cur:
            lines.append(cur)
        return lines

    total = None
    for _pass in (1, 2):
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        c.setTitle("涟溪县2024年政府性基金预算执行情况")
        c.setAuthor("涟溪县财政局")
        state = {"y": H - TOP, "page": 1}

        def foot():
            if total:
                c.setFont(F, 9)
                c.drawCentredString(W / 2, 36, "共%d页 第%d页" % (total, state["page"]))

        def newpage():
            foot()
            c.showPage()
            state["page"] += 1
            state["y"] = H - TOP
        _layout(c, B, F, W, H, LM, RM, TOP, BOT, state, newpage, wrap)
        foot()
        c.showPage()
        c.save()
        if total:
            assert state["page"] == total
        total = state["page"]


def _layout(c, B, F, W, H, LM, RM, TOP, BOT, state, newpage, wrap):
    def need(hgt):
        if state["y"] - hgt < BOT:
            newpage()
    for blk in B:
        kind = blk[0]
        if kind == "title":
            c.setFont(F, 17)
            need(40)
            c.drawCentredString(W / 2, state["y"] - 10, blk[1])
            state["y"] -= 36
        elif kind == "sub":
            c.setFont(F, 12)
            c.drawCentredString(W / 2, state["y"], blk[1])
            state["y"] -= 30
        elif kind in ("p", "h"):
            size = 11 if kind == "p" else 12
            indent = 22 if kind == "p" else 0
            lines = wrap(blk[1], size, W - LM - RM, indent)
            lead = 19
            if kind == "h":
                need(lead * 3)
                state["y"] -= 4
            for i, ln in enumerate(lines):
                need(lead)
                c.setFont(F, size)
                c.drawString(LM + (indent if i == 0 else 0), state["y"], ln)
                state["y"] -= lead
            state["y"] -= 2
        elif kind == "table":
            t = blk[1]
            cols = t["cols"]
            rowh = 17
            need(rowh * (len(t["rows"]) + 4))
            state["y"] -= 6
            c.setFont(F, 12)
            c.drawCentredString(W / 2, state["y"], t["title"])
            state["y"] -= rowh + 2
            c.setFont(F, 9.5)
            c.drawRightString(W - RM, state["y"], t["unit"])
            state["y"] -= rowh
            c.setFont(F, 10)
            for j, head in enumerate(t["head"]):
                if j == 0 or (len(cols) == 4 and j == 2):
                    c.drawString(cols[j], state["y"], head)
                else:
                    c.drawRightString(cols[j], state["y"], head)
            state["y"] -= rowh + 3
            for r in t["rows"]:
                need(rowh)
                c.setFont(F, 10)
                for j, cell in enumerate(r):
                    if not cell:
                        continue
                    if j == 0 or (len(cols) == 4 and j == 2):
                        c.drawString(cols[j], state["y"], cell)
                    else:
                        c.drawRightString(cols[j], state["y"], cell)
                state["y"] -= rowh
            state["y"] -= 8
        elif kind == "sign":
            c.setFont(F, 11)
            need(22)
            c.drawRightString(W - RM - 20, state["y"], blk[1])
            state["y"] -= 22


def visible(path):
    return pdf_match_text(path, FOOTER_RE)


def main():
    B, L = build()
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    raw = pdf_text(path)
    data = open(path, "rb").read()
    L.cond("pdf: no ruling lines drawn (no 're'/'l' path operators in content)", b" re\n" not in data and b" l\n" not in data, "")
    L.cond("pdf: footer on every page", len(re.findall(FOOTER_RE, raw)) >= 3, str(len(re.findall(FOOTER_RE, raw))))
    L.cond("pdf: 亿元 row label present", "国有土地使用权出让收入（亿元）" in raw, "")
    return finish(L, visible(path), "pdf", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
