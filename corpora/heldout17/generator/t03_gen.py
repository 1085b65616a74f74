"""t03 - 河南省洹川市市场监督管理局 2024年度部门整体支出绩效自评报告 (.docx).
Starts with a 目录 (dotted leaders + page numbers), has real Word footnotes and 注 paragraphs,
and a 自评表 Word table (一级/二级/三级指标, 指标值, 实际完成值, 分值, 得分, 合计 row)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t03_huanchuan_market_regulation_dept_selfeval_2024"
EXT = ".docx"


def toc_line(label, page, width=34):
    n = max(4, width - len(label) - len(str(page)))
    return label + "…" * n + str(page)


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda *parts: B.append(("p", list(parts)))
    h1 = lambda t: B.append(("h1", t))
    h2 = lambda t: B.append(("h2", t))
    FN = {}

    B.append(("title", "洹川市市场监督管理局"))
    B.append(("title", "2024年度部门整体支出绩效自评报告"))
    B.append(("tochead", "目　　录"))
    toc = [("一、部门概况", 1), ("二、部门整体支出情况", 2), ("三、绩效目标设定及完成情况", 3),
           ("四、绩效自评结果", 4), ("五、存在的问题及原因分析", 5), ("六、改进措施", 6),
           ("七、自评结果应用", 6), ("附表：部门整体支出绩效自评表", 7)]
    for lab, pg in toc:
        B.append(("toc", toc_line(lab, pg)))
    B.append(("pagebreak",))

    s_basis = ("根据《洹川市财政局关于开展2024年度预算绩效自评工作的通知》（洹财绩〔2025〕3号，2025年2月14日印发）要求，"
               "我局对2024年度部门整体支出开展了绩效自评，现将自评情况报告如下。")
    p(s_basis)
    L.cond("通知文号年份 = 印发年份 2025, 且晚于自评年度", True, "〔2025〕 / 2025年2月14日",
           anchors=["洹财绩〔2025〕3号，2025年2月14日印发"])

    # ------------------------------------------------------------ 一 概况
    h1("一、部门概况")
    h2("（一）部门职责")
    p("洹川市市场监督管理局是市政府工作部门，主要负责全市市场综合监督管理，统一登记经营主体，组织市场监管综合执法，"
      "承担反垄断统一执法和规范市场竞争秩序工作，负责产品质量、食品安全、特种设备安全、计量、标准化、认证认可和检验检测的监督管理，"
      "负责知识产权保护和消费者权益保护有关工作。")
    h2("（二）机构设置和人员情况")
    ks = ["办公室", "法规科", "登记注册科", "信用监管科", "价格监督检查和反不正当竞争科", "产品质量安全监督管理科",
          "食品生产经营安全监督管理科", "特种设备安全监察科", "计量标准化科", "知识产权科"]
    sy = ["洹川市市场监管综合行政执法支队", "洹川市检验检测中心", "洹川市特种设备检验所"]
    nso = 9
    s_org = "局机关内设%s共%d个科室；所属事业单位3个，分别为%s；另设%d个市场监管所作为派出机构。" % ("、".join(ks), len(ks), "、".join(sy), nso)
    p(s_org + "纳入本次部门整体支出自评范围的预算单位为局机关本级和3个所属事业单位，市场监管所经费在局机关本级预算中反映。")
    L.cond("科室数 = 列举数", len(ks) == 10, "10", anchors=[s_org])
    L.cond("事业单位数 = 列举数", len(sy) == 3, "3", anchors=[s_org])
    bz_x, bz_s = 186, 142
    sy_x, sy_s = 174, 131
    s_ry = "2024年末核定编制%d人，其中行政编制%d人、事业编制%d人；实有在职人员%d人，其中行政人员%d人、事业人员%d人" % (
        bz_x + bz_s, bz_x, bz_s, sy_x + sy_s, sy_x, sy_s)
    p(s_ry + "。")
    L.sum("编制", str(bz_x + bz_s), [str(bz_x), str(bz_s)], [s_ry])
    L.sum("实有", str(sy_x + sy_s), [str(sy_x), str(sy_s)], [s_ry])

    h2("（三）年度主要工作任务")
    p("2024年，我局围绕食品安全、特种设备安全、产品质量安全三条底线，重点实施食品安全抽检扩面、特种设备隐患排查整治、"
      "民生计量惠民、知识产权强市建设和消费环境提升五项任务；持续推进经营主体登记注册便利化，深化“双随机、一公开”监管和信用风险分类监管，"
      "推动跨部门综合监管，提升基层市场监管所标准化、规范化建设水平。")

    # ------------------------------------------------------------ 二 支出
    h1("二、部门整体支出情况")
    y0 = D("8426.30")
    adds = [("食品安全抽检扩面", D("420.00")), ("特种设备安全隐患专项排查", D("366.40")), ("基层执法装备配备", D("400.00"))]
    add = sum(x for _, x in adds)
    cut = D("215.60")
    y1 = y0 + add - cut
    jz = D("286.45")
    b_sp = D("5318.76")
    x_sp = D("3742.26")
    spent = b_sp + x_sp
    r_exec = pct(spent, y1)
    r_use = pct(spent, y1 + jz)
    ppl, pub = D("4675.12"), b_sp - D("4675.12")
    h2("（一）预算安排情况")
    s_b1 = "2024年初部门预算%s万元，年中追加%s万元、调减%s万元，调整后预算%s万元" % (f(y0), f(add), f(cut), f(y1))
    s_b2 = "追加资金包括%s" % "、".join("%s%s万元" % (a, f(b)) for a, b in adds)
    p(s_b1 + "。" + s_b2 + "；调减资金主要是因人员退休减少的人员经费和压减的一般性支出。另有上年结转资金%s万元，未纳入调整后预算。" % f(jz))
    L.lin("调整后预算 = 年初 + 追加 − 调减", f(y1), [(1, f(y0)), (1, f(add)), (-1, f(cut))], [s_b1])
    L.sum("追加 = 三项", f(add), [f(b) for _, b in adds], [s_b1, s_b2])
    h2("（二）预算执行情况")
    s_e1 = "2024年度实际支出%s万元，预算执行率为%s%%" % (f(spent), r_exec)
    FN[1] = ("预算执行率＝实际支出÷调整后预算×100%%，调整后预算不含上年结转资金%s万元；若将上年结转资金计入，资金使用率为%s%%（%s÷%s）。"
             % (f(jz), r_use, f(spent), f(y1 + jz)))
    s_e2 = "其中基本支出%s万元，占实际支出的%s%%；项目支出%s万元，占实际支出的%s%%" % (f(b_sp), pct(b_sp, spent), f(x_sp), pct(x_sp, spent))
    s_e3 = "基本支出中人员经费%s万元、公用经费%s万元" % (f(ppl), f(pub))
    p(s_e1, ("fn", 1), "。" + s_e2 + "。" + s_e3 + "。")
    L.sum("实际支出 = 基本 + 项目", f(spent), [f(b_sp), f(x_sp)], [s_e1, s_e2])
    L.ratio("预算执行率（调整后预算）", str(r_exec), f(spent), f(y1), [s_e1])
    L.ratio("资金使用率（含结转）", str(r_use), f(spent), f(y1 + jz), [FN[1]])
    L.sum("含结转基数", f(y1 + jz), [f(y1), f(jz)], [FN[1]])
    L.ratio("基本支出占比", str(pct(b_sp, spent)), f(b_sp), f(spent), [s_e2])
    L.ratio("项目支出占比", str(pct(x_sp, spent)), f(x_sp), f(spent), [s_e2])
    L.sum("基本 = 人员 + 公用", f(b_sp), [f(ppl), f(pub)], [s_e2, s_e3])
    jy = y1 + jz - spent
    s_e4 = "年末结转结余%s万元，为调整后预算与上年结转之和%s万元减去实际支出" % (f(jy), f(y1 + jz))
    p(s_e4 + "，主要是跨年实施的智慧市场监管平台二期尾款和部分检验设备采购尾款。")
    L.lin("年末结转结余", f(jy), [(1, f(y1 + jz)), (-1, f(spent))], [s_e4])

    h2("（三）主要项目支出情况")
    projs = [("食品安全抽检监测", D("860.00"), D("806.04")), ("特种设备安全监管", D("520.00"), D("498.36")),
             ("计量检定及标准化", D("386.00"), D("371.28")), ("智慧市场监管平台运维", D("460.00"), D("432.50"))]
    lst = []
    for nm, bud, act in projs:
        s = "%s项目预算%s万元，支出%s万元，执行率%s%%" % (nm, f(bud), f(act), pct(act, bud))
        lst.append(s)
        L.ratio("项目执行率 " + nm, str(pct(act, bud)), f(act), f(bud), [s])
    four = sum(a for _, _, a in projs)
    rest = x_sp - four
    s_pr = "上述四个重点项目支出合计%s万元，其余%s万元为消费维权、知识产权保护、广告监测等一般项目支出" % (f(four), f(rest))
    p("；".join(lst) + "。" + s_pr + "。")
    L.sum("四个重点项目", f(four), [f(a) for _, _, a in projs], [s_pr])
    L.sum("项目支出 = 四项 + 其余", f(x_sp), [f(four), f(rest)], [s_e2, s_pr])

    # ------------------------------------------------------------ 三 目标完成
    h1("三、绩效目标设定及完成情况")
    p("年初，我局围绕“守底线、保安全、促发展、优服务”设定部门整体绩效目标，共设置一级指标4个、二级指标9个、三级指标14个，"
      "总分100分。各项指标完成情况如下。")
    cj_total, cj_pj = 5126, 3842
    cj_jd = cj_total - cj_pj
    cj_ok = 3775
    cj_target = 4800
    r_cj = pct(cj_total, cj_target)
    r_ok = pct(cj_ok, cj_pj)
    s_c1 = "全年完成食品安全抽检%s批次，其中评价性抽检%s批次、监督抽检%s批次，为目标任务%s批次的%s%%" % (
        fi(cj_total), fi(cj_pj), fi(cj_jd), fi(cj_target), r_cj)
    s_c2 = "评价性抽检合格%s批次，合格率%s%%" % (fi(cj_ok), r_ok)
    FN[2] = "评价性抽检合格率只以评价性抽检批次为基数计算；监督抽检针对风险较高的品种和环节，其不合格发现率不纳入合格率计算。"
    p("（一）食品安全。" + s_c1 + "，超额完成的主要原因是省局年中下达了农村集体聚餐食品专项抽检任务。" + s_c2, ("fn", 2),
      "。抽检发现的不合格食品%d批次全部完成核查处置，核查处置率100%%。" % (cj_pj - cj_ok))
    L.sum("抽检批次", fi(cj_total), [fi(cj_pj), fi(cj_jd)], [s_c1])
    L.ratio("抽检完成率", str(r_cj), fi(cj_total), fi(cj_target), [s_c1])
    L.ratio("评价性抽检合格率", str(r_ok), fi(cj_ok), fi(cj_pj), [s_c2])
    cost_unit = q(projs[0][2] * 10000 / cj_total)
    s_c3 = "食品安全抽检监测项目支出%s万元，按%s批次计算单批次抽检成本%s元" % (f(projs[0][2]), fi(cj_total), f(cost_unit))
    p(s_c3 + "，低于1,650元的成本控制目标。")
    L.quot("单批次成本", f(cost_unit), f(projs[0][2]), fi(cj_total), [s_c3], scale=10000)
    L.cond("单批次成本低于1,650元 (as stated)", cost_unit < 1650, f(cost_unit), anchors=["低于1,650元的成本控制目标"])

    tz_need, tz_done = 8624, 8548
    r_tz = pct(tz_done, tz_need)
    s_t1 = "（二）特种设备安全。全市在用特种设备应检%s台，已检%s台，定期检验率%s%%" % (fi(tz_need), fi(tz_done), r_tz)
    p(s_t1 + "；未检的%d台均为停用待报废设备，已全部封存。全年未发生特种设备死亡事故，万台设备死亡率为0。" % (tz_need - tz_done))
    L.ratio("定期检验率", str(r_tz), fi(tz_done), fi(tz_need), [s_t1])
    L.diff("未检台数", str(tz_need - tz_done), fi(tz_need), fi(tz_done))

    jl_t, jl_a = 32000, 31480
    jl_rate = pct(jl_a, jl_t)
    s_j = "（三）计量与标准化。全年完成强制检定计量器具%s台件，为目标%s台件的%s%%" % (fi(jl_a), fi(jl_t), jl_rate)
    p(s_j + "，未完成目标的主要原因是部分加油站税控燃油加油机集中更换，原列入检定计划的旧机具已淘汰，新机具按首次检定另行统计。")
    L.ratio("强检完成率", str(jl_rate), fi(jl_a), fi(jl_t), [s_j])

    ts_n, ts_ok = 12486, 12193
    r_ts = pct(ts_ok, ts_n)
    aj_n, aj_ok = 1186, 1148
    r_aj = pct(aj_ok, aj_n)
    s_ts = "（四）消费维权与执法办案。全年受理投诉举报%s件，按时办结%s件，按时办结率%s%%" % (fi(ts_n), fi(ts_ok), r_ts)
    s_aj = "全年结案%s件，其中按期结案%s件，按期结案率%s%%" % (fi(aj_n), fi(aj_ok), r_aj)
    p(s_ts + "，略低于98%的目标值；" + s_aj + "。")
    L.ratio("按时办结率", str(r_ts), fi(ts_ok), fi(ts_n), [s_ts])
    L.ratio("按期结案率", str(r_aj), fi(aj_ok), fi(aj_n), [s_aj])

    zt_24, zt_23 = 28436, 27295
    g_zt = growth(zt_24, zt_23)
    s_zt = "（五）经营主体发展。全年新登记经营主体%s户，比上年的%s户增长%s%%" % (fi(zt_24), fi(zt_23), g_zt)
    FN[3] = "新登记经营主体户数包括企业、个体工商户和农民专业合作社，不含分支机构；年末实有经营主体户数另行统计，与本项指标口径不同。"
    p(s_zt, ("fn", 3), "，未达到增长5%的年度目标。年末全市实有经营主体21.64万户，比上年末增长6.12%。")
    L.growth("新登记增长", str(g_zt), fi(zt_24), fi(zt_23), "增长", [s_zt])

    my_n, my_ok = 1842, 1716
    r_my = pct(my_ok, my_n)
    s_my = "（六）满意度。委托第三方机构开展服务对象满意度调查，回收有效问卷%s份，表示满意和比较满意的%s份，满意度%s%%" % (fi(my_n), fi(my_ok), r_my)
    p(s_my + "。")
    L.ratio("满意度", str(r_my), fi(my_ok), fi(my_n), [s_my])

    # ------------------------------------------------------------ scoring
    def prop(w, a, t):
        return min(D(w), q(D(w) * D(a) / D(t)))
    ind = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分
        ("预算执行", "预算执行", "预算执行率", "100%", "%s%%" % r_exec, 10, min(D(10), q(10 * r_exec / 100))),
        ("产出指标", "数量指标", "食品安全抽检批次", "≥4,800批次", "%s批次" % fi(cj_total), 8, prop(8, cj_total, cj_target)),
        ("产出指标", "数量指标", "特种设备定期检验率", "≥98%", "%s%%" % r_tz, 6, prop(6, r_tz, 98)),
        ("产出指标", "数量指标", "强制检定计量器具数量", "≥32,000台件", "%s台件" % fi(jl_a), 6, prop(6, jl_a, jl_t)),
        ("产出指标", "数量指标", "“双随机、一公开”抽查任务完成率", "100%", "100%", 5, D(5)),
        ("产出指标", "质量指标", "不合格食品核查处置率", "100%", "100%", 6, D(6)),
        ("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", "%s%%" % r_ts, 6, prop(6, r_ts, 98)),
        ("产出指标", "时效指标", "案件按期结案率", "≥95%", "%s%%" % r_aj, 5, prop(5, r_aj, 95)),
        ("产出指标", "成本指标", "单批次抽检成本", "≤1,650元", "%s元" % f(cost_unit), 8, D(8)),
        ("效益指标", "社会效益指标", "评价性抽检合格率", "≥97%", "%s%%" % r_ok, 8, prop(8, r_ok, 97)),
        ("效益指标", "经济效益指标", "新登记经营主体增长率", "≥5%", "%s%%" % g_zt, 6, prop(6, g_zt, 5)),
        ("效益指标", "可持续影响指标", "信用监管长效机制", "健全", "基本健全", 8, D("7.20")),
        ("效益指标", "社会效益指标", "特种设备万台死亡率", "≤0.15", "0", 8, D(8)),
        ("满意度指标", "满意度指标", "服务对象满意度", "≥90%", "%s%%" % r_my, 10, D(10)),
    ]
    total_w = sum(r[5] for r in ind)
    total_s = sum(r[6] for r in ind)
    L.cond("权重合计 100", total_w == 100, str(total_w))
    L.cond("三级指标 14 个", len(ind) == 14, "14")
    L.cond("一级指标 4 个", len({r[0] for r in ind}) == 4, "4")
    L.cond("二级指标 9 个", len({(r[0], r[1]) for r in ind}) == 9, str(len({(r[0], r[1]) for r in ind})))
    for r in ind:
        L.cond("得分 ≤ 分值 " + r[2], r[6] <= r[5], "%s <= %s" % (r[6], r[5]))
    grp = {}
    for r in ind:
        grp.setdefault(r[0], [D(0), D(0)])
        grp[r[0]][0] += r[5]
        grp[r[0]][1] += r[6]
    L.prod("预算执行率得分", f(ind[0][6]), [str(r_exec), "10"], scale=D("0.01"))
    L.prod("强检得分", f(ind[3][6]), ["6", fi(jl_a)], scale=D(1) / D(jl_t))
    L.prod("办结率得分", f(ind[6][6]), ["6", str(r_ts)], scale=D(1) / D(98))
    L.prod("增长率得分", f(ind[10][6]), ["6", str(g_zt)], scale=D(1) / D(5))
    prev = D("95.38")
    grade = "优" if total_s >= 90 else "良"

    h1("四、绩效自评结果")
    parts = "、".join("%s%s分（满分%d分）" % (k, f(v[1]), v[0]) for k, v in grp.items())
    s_r1 = "经自评，我局2024年度部门整体支出绩效自评得分为%s分，自评等级为“%s”" % (f(total_s), grade)
    s_r2 = "其中" + parts
    s_r3 = "比上年自评得分%s分提高%s分" % (f(prev), f(total_s - prev))
    p(s_r1 + "。" + s_r2 + "。" + s_r3 + "。")
    L.sum("总分 = Σ一级", f(total_s), [f(v[1]) for v in grp.values()], [s_r1, s_r2])
    L.diff("比上年提高", f(total_s - prev), f(total_s), f(prev), "提高", [s_r3])
    L.cond("等级 优 (>=90)", total_s >= 90 and grade == "优", f(total_s))
    ded = [(r[2], r[5] - r[6]) for r in ind if r[6] < r[5]]
    p("扣分情况说明：")
    why = {
        "预算执行率": "智慧市场监管平台二期按合同约定在验收后支付尾款，年末未达到支付条件，执行率%s%%，按“执行率×分值”计得%s分，扣%s分。",
        "强制检定计量器具数量": "完成%s台件，未达到目标值，按完成比例计得%s分，扣%s分。",
        "投诉举报按时办结率": "按时办结率%s%%，低于目标值98%%，按完成比例计得%s分，扣%s分。",
        "新登记经营主体增长率": "增长%s%%，未达到5%%的目标，按完成比例计得%s分，扣%s分。",
        "信用监管长效机制": "信用修复“一件事”联办机制尚未覆盖全部县（市、区），经评价组集体评议计得%s分，扣%s分。",
    }
    vals = {"预算执行率": [str(r_exec)], "强制检定计量器具数量": [fi(jl_a)], "投诉举报按时办结率": [str(r_ts)],
            "新登记经营主体增长率": [str(g_zt)], "信用监管长效机制": []}
    i = 0
    for nm, dd in ded:
        i += 1
        r = [x for x in ind if x[2] == nm][0]
        s = why[nm] % tuple(vals[nm] + [f(r[6]), f(dd)])
        p("%d．%s（分值%d分）：%s" % (i, nm, r[5], s))
        L.diff("扣分 " + nm, f(dd), str(r[5]), f(r[6]), None, ["%s（分值%d分）：%s" % (nm, r[5], s)])
    tot_ded = sum(d for _, d in ded)
    s_td = "以上%d项合计扣%s分，其余9项指标均得满分" % (len(ded), f(tot_ded))
    p(s_td + "。食品安全抽检批次完成目标的%s%%，超额部分不加分。" % r_cj)
    L.sum("扣分合计", f(tot_ded), [f(d) for _, d in ded], [s_td])
    L.lin("100 − 扣分 = 总分", f(total_s), [(1, "100"), (-1, f(tot_ded))])
    L.cond("扣分项 + 满分项 = 14", len(ded) + 9 == 14, "")

    # ------------------------------------------------------------ 五六七
    h1("五、存在的问题及原因分析")
    p("一是预算执行进度不够均衡。部分信息化和设备采购项目集中在下半年实施，第四季度支出占全年项目支出比重偏高，年末仍有跨年尾款。"
      "二是个别指标设置不够精准。新登记经营主体增长率受宏观经济环境影响较大，部门可控性不强，作为年度目标的合理性有待改进。"
      "三是基层监管力量相对薄弱。市场监管所平均在编人员不足，投诉举报高峰期按时办结压力较大。")
    h1("六、改进措施")
    p("一是加强预算执行管理，对信息化项目实行合同节点和支付节点双台账管理，按月通报执行进度。"
      "二是优化绩效指标体系，2025年将新登记经营主体增长率调整为经营主体活跃度监测指标，突出部门履职可控的产出和效益。"
      "三是推进“智慧监管”与基层监管力量统筹，建立投诉举报分级分流机制，提升按时办结率。")
    h1("七、自评结果应用")
    b25 = D("8650.00")
    s_25 = "自评结果已报送市财政局，并作为2025年预算安排的重要参考。2025年我局部门预算安排%s万元，比2024年初预算增长%s%%" % (
        f(b25), growth(b25, y0))
    p(s_25 + "，新增资金重点保障食品安全抽检和特种设备安全监管，对执行率偏低的信息化项目压减预算规模。")
    L.growth("2025预算 vs 2024年初", str(growth(b25, y0)), f(b25), f(y0), "增长", [s_25])

    # ------------------------------------------------------------ 附表
    B.append(("pagebreak",))
    B.append(("tabletitle", "附表：洹川市市场监督管理局2024年度部门整体支出绩效自评表"))
    rows = []
    for r in ind:
        rows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), f(r[6])])
    rows.append(["合计", "", "", "", "", str(total_w), f(total_s)])
    B.append(("table", dict(head=["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"], rows=rows)))
    L.sum("自评表 得分合计", rows[-1][6], [r[6] for r in rows[:-1]])
    L.sum("自评表 分值合计", rows[-1][5], [r[5] for r in rows[:-1]])
    L.same("自评表合计 = 正文总分", rows[-1][6], f(total_s), [s_r1])
    B.append(("note", "注：1．分值合计100分，其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分。"))
    B.append(("note", "2．实际完成值达到或优于指标值的得满分，超额完成不加分；定量指标未达到指标值的按完成比例计分，得分保留两位小数（四舍五入）。"))
    B.append(("note", "3．“单批次抽检成本”和“特种设备万台死亡率”为反向指标，实际值越低越好。"))
    L.sum("注1 分值构成", "100", [str(v[0]) for v in grp.values()], ["分值合计100分，其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分"])
    B.append(("sign", "洹川市市场监督管理局"))
    B.append(("sign", "2025年4月16日"))
    L.anchor("落款", "2025年4月16日")
    B.append(("footnotes", {str(k): v for k, v in FN.items()}))
    L.fact("总分", f(total_s)); L.fact("预算执行率", str(r_exec)); L.fact("实际支出", f(spent))
    return B, L


# ------------------------------------------------------------------ rendering
def _font(run, size=None, bold=False, east="仿宋_GB2312"):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render(B, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn, nsdecls
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    import datetime

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.6)
    fnotes = dict(next(b[1] for b in B if b[0] == "footnotes"))

    def para(align=None, indent=True):
        pg = d.add_paragraph()
        pf = pg.paragraph_format
        pf.line_spacing = Pt(28)
        if indent:
            pf.first_line_indent = Pt(32)
        if align:
            pg.alignment = align
        return pg

    def fnref(pg, fid):
        r = pg.add_run()
        rpr = r._element.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r._element.append(ref)

    for blk in B:
        k = blk[0]
        if k == "title":
            pg = para(WD_ALIGN_PARAGRAPH.CENTER, False)
            _font(pg.add_run(blk[1]), 20, True, "方正小标宋简体")
        elif k == "tochead":
            pg = para(WD_ALIGN_PARAGRAPH.CENTER, False)
            pg.paragraph_format.space_before = Pt(24)
            _font(pg.add_run(blk[1]), 16, True, "黑体")
        elif k == "toc":
            pg = para(None, False)
            _font(pg.add_run(blk[1]), 14)
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "h1":
            pg = para(None, True)
            _font(pg.add_run(blk[1]), 16, False, "黑体")
        elif k == "h2":
            pg = para(None, True)
            _font(pg.add_run(blk[1]), 16, False, "楷体_GB2312")
        elif k == "p":
            pg = para()
            for part in blk[1]:
                if isinstance(part, tuple):
                    fnref(pg, part[1])
                else:
                    _font(pg.add_run(part), 16)
        elif k == "tabletitle":
            pg = para(WD_ALIGN_PARAGRAPH.CENTER, False)
            _font(pg.add_run(blk[1]), 14, True, "黑体")
        elif k == "table":
            t = blk[1]
            ncol = len(t["head"])
            tb = d.add_table(rows=1 + len(t["rows"]), cols=ncol)
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.9), Cm(2.3), Cm(4.0), Cm(2.3), Cm(2.3), Cm(1.2), Cm(1.6)]
            allrows = [t["head"]] + t["rows"]
            for i, r in enumerate(allrows):
                for j, val in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.width = widths[j]
                    cp = cell.paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j != 2 else WD_ALIGN_PARAGRAPH.LEFT
                    if val:
                        _font(cp.add_run(val), 10.5, i == 0)
            # vertical merge of the 一级指标 column over equal values
            i = 1
            body = t["rows"]
            while i <= len(body):
                j = i
                while j + 1 <= len(body) and body[j][0] == body[i - 1][0] and body[i - 1][0] != "合计":
                    j += 1
                if j > i:
                    top = tb.cell(i, 0)
                    for rr in range(i + 1, j + 1):
                        tc = tb.cell(rr, 0)._tc
                        for pp in list(tc.iterchildren(qn("w:p"))):
                            for rn in list(pp.iterchildren(qn("w:r"))):
                                pp.remove(rn)
                    _vmerge(tb, i, j, 0)
                i = j + 1
            # 合计 row spans five columns
            last = len(allrows) - 1
            a = tb.cell(last, 0)
            a.merge(tb.cell(last, 4))
            # remove empty paragraphs left by merge (keep one)
            tc = a._tc
            ps = list(tc.iterchildren(qn("w:p")))
            for pp in ps[1:]:
                tc.remove(pp)
        elif k == "note":
            pg = para(None, False)
            _font(pg.add_run(blk[1]), 12)
        elif k == "sign":
            pg = para(WD_ALIGN_PARAGRAPH.RIGHT, False)
            _font(pg.add_run(blk[1]), 16)

    # footnotes part
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xs = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % W,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    from xml.sax.saxutils import escape
    for fid in sorted(fnotes, key=int):
        xs.append('<w:footnote w:id="%s"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:footnote>'
                  % (fid, escape(fnotes[fid])))
    xs.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(xs).encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    st = d.settings.element
    fp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls("w"))
    compat = st.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fp)       # CT_Settings order: footnotePr precedes compat
    else:
        st.append(fp)

    cp = d.core_properties
    cp.author = "洹川市市场监督管理局"
    cp.last_modified_by = "洹川市市场监督管理局"
    cp.title = "2024年度部门整体支出绩效自评报告"
    cp.created = cp.modified = datetime.datetime(2025, 4, 16, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    normalize_docx(path)


def _vmerge(tb, i, j, col):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for rr in range(i, j + 1):
        tc = tb.rows[rr].cells[col]._tc
        pr = tc.get_or_add_tcPr()
        vm = OxmlElement("w:vMerge")
        if rr == i:
            vm.set(qn("w:val"), "restart")
        pr.append(vm)


def visible(path):
    return docx_text(path)


def main():
    B, L = build()
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    import zipfile
    z = zipfile.ZipFile(path)
    names = z.namelist()
    ct = z.read("[Content_Types].xml").decode()
    doc = z.read("word/document.xml").decode()
    L.cond("docx: footnotes part present and typed", "word/footnotes.xml" in names and "footnotes+xml" in ct, "")
    L.cond("docx: 3 footnote references", doc.count("<w:footnoteReference") == 3, str(doc.count("<w:footnoteReference")))
    text = visible(path)
    tl = [l for l in text.split("\n") if "…" in l]
    L.cond("docx: 目录 has 8 dotted-leader lines ending in a page number", len(tl) == 8 and all(l[-1].isdigit() for l in tl), str(len(tl)))
    L.cond("docx: 自评表 vMerge present", "w:vMerge" in doc and "w:gridSpan" in doc, "")
    return finish(L, text, "docx", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
