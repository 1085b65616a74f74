"""t02 -- 山东省沂澄市财政局 2024年度市对区县转移支付决算情况说明 (.pdf).

Style: reportlab platypus document (STSong-Light, rl_config.invariant = 1), footer “— N —”,
three ruled tables whose 合计 row comes first; the long tables run over page breaks and
repeat their header rows on the next page (repeatRows).  表1 by type (预算 / 决算 / 为预算% /
上年 / 增长%), 表2 by region with two “其中” columns, 表3 专项 by project grouped by function
with group rows carrying the function subtotal.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, Book, N, ROOT, close, pdf_flat, pdf_lines, r, rise, share, w, wi  # noqa

NAME = "t02_yicheng_transfer_payments_final_accounts_2024"
OUT = os.path.join(ROOT, NAME + ".pdf")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")

# ---------------------------------------------------------------- base inputs (万元)
# 一般性: name -> (预算, 决算, 上年)
GEN = [
    ("均衡性转移支付", "186,500.00", "186,500.00", "172,300.00"),
    ("县级基本财力保障机制奖补资金", "64,200.00", "64,200.00", "61,800.00"),
    ("结算补助", "18,000.00", "21,356.48", "19,842.16"),
    ("共同财政事权转移支付", "152,600.00", "158,742.35", "149,216.90"),
    ("重点生态功能区转移支付", "9,800.00", "9,800.00", "10,400.00"),
    ("其他一般性转移支付", "12,400.00", "11,041.17", "13,560.45"),
]
# 专项 by function: (功能, 预算, 上年, [(项目, 主管部门, 决算, 提前下达, 区县数)])
SPEC = [
    ("一般公共服务", "3,200.00", "2,986.40", [
        ("基层政权建设补助资金", "市委组织部", "1,860.00", "1,500.00", 9),
        ("市场监管能力提升资金", "市市场监管局", "1,240.50", "800.00", 8)]),
    ("教育", "26,000.00", "24,318.75", [
        ("学前教育发展资金", "市教育局", "6,420.00", "5,000.00", 8),
        ("义务教育薄弱环节改善与能力提升资金", "市教育局", "12,860.40", "10,200.00", 8),
        ("普通高中改善办学条件补助资金", "市教育局", "4,350.00", "3,000.00", 7),
        ("职业教育质量提升资金", "市教育局", "2,180.60", "1,600.00", 5)]),
    ("科学技术", "4,000.00", "3,120.00", [
        ("科技创新发展资金", "市科技局", "3,650.00", "2,000.00", 9)]),
    ("文化旅游体育与传媒", "2,500.00", "2,674.30", [
        ("公共文化服务体系建设资金", "市文化和旅游局", "1,426.80", "1,000.00", 8),
        ("文物保护资金", "市文化和旅游局", "980.00", "600.00", 4)]),
    ("社会保障和就业", "25,800.00", "24,936.18", [
        ("就业补助资金", "市人力资源社会保障局", "5,284.30", "4,200.00", 9),
        ("困难群众救助补助资金", "市民政局", "14,620.00", "12,000.00", 8),
        ("养老服务体系建设资金", "市民政局", "3,860.50", "2,500.00", 8),
        ("残疾人事业发展补助资金", "市残联", "2,146.20", "1,600.00", 8)]),
    ("卫生健康", "13,200.00", "12,846.52", [
        ("基本公共卫生服务补助资金", "市卫生健康委", "9,864.70", "8,600.00", 8),
        ("医疗服务与保障能力提升补助资金", "市卫生健康委", "3,726.00", "2,400.00", 8)]),
    ("节能环保", "11,800.00", "12,605.44", [
        ("大气污染防治资金", "市生态环境局", "4,980.00", "3,500.00", 9),
        ("水污染防治资金", "市生态环境局", "6,350.20", "4,800.00", 7)]),
    ("城乡社区", "14,500.00", "9,864.00", [
        ("城镇老旧小区改造补助资金", "市住房城乡建设局", "8,640.00", "6,000.00", 6),
        ("城市燃气管道等老化更新改造资金", "市住房城乡建设局", "3,210.00", "2,000.00", 5)]),
    ("农林水", "43,000.00", "40,218.66", [
        ("衔接推进乡村振兴补助资金", "市农业农村局", "16,480.00", "13,200.00", 7),
        ("农田建设补助资金", "市农业农村局", "11,236.40", "8,500.00", 7),
        ("水利发展资金", "市水利局", "7,845.60", "5,600.00", 8),
        ("林业草原生态保护恢复资金", "市自然资源和规划局", "2,364.00", "1,800.00", 6),
        ("农业产业发展资金", "市农业农村局", "4,120.80", "2,800.00", 7)]),
    ("交通运输", "12,000.00", "12,760.00", [
        ("农村公路建设养护资金", "市交通运输局", "9,650.00", "7,800.00", 7),
        ("城乡交通运输一体化补助资金", "市交通运输局", "1,860.00", "1,200.00", 6)]),
    ("住房保障", "5,600.00", "6,142.85", [
        ("保障性安居工程补助资金", "市住房城乡建设局", "5,436.00", "4,000.00", 8)]),
    ("灾害防治及应急管理", "1,500.00", "1,126.00", [
        ("灾后恢复重建补助资金", "市应急管理局", "1,580.00", "0.00", 3)]),
]
# regions: name, population (万人), 均衡性, 共同事权, 一般性 total, 专项, 上年合计 ; None -> balancing
REG = [
    ("澄阳区", "68.4", "12,860.00", "19,846.20", "41,326.35", "16,842.60", "54,216.80"),
    ("澄北区", "52.7", "15,420.00", "14,260.85", "42,164.20", "14,206.45", "58,108.36"),
    ("汶溪区", "46.3", "17,680.00", "13,120.40", "44,260.54", "13,480.30", "55,126.92"),
    ("蒙岭县", "71.8", None, None, None, None, None),
    ("柘河县", "58.2", "27,460.00", "21,680.50", "63,418.26", "23,350.84", "82,380.64"),
    ("青埠县", "49.6", "24,320.00", "18,462.30", "58,184.37", "21,647.26", "76,864.50"),
    ("临岙县", "42.1", "25,980.00", "17,246.75", "62,120.66", "22,206.10", "80,318.27"),
    ("峄川市", "63.5", "19,640.00", "20,415.30", "52,286.19", "18,952.48", "69,407.15"),
    ("沂澄经济技术开发区", "18.6", "0", "5,126.80", "7,342.18", "4,318.70", "11,246.03"),
]
KEY_EVAL = ["衔接推进乡村振兴补助资金", "困难群众救助补助资金", "义务教育薄弱环节改善与能力提升资金", "农田建设补助资金",
            "基本公共卫生服务补助资金", "城镇老旧小区改造补助资金"]
SOURCE_UP = "318,642.80"       # 转移支付中: 中央和省补助转下
REPORT_DATE = ("2025年8月12日", (2025, 8, 12))


def yi(x):
    return w(r(D(x) / 10000, 2))


def build():
    B = Book(NAME + ".pdf")
    M = {"paras": [], "t1": None, "t2": None, "t3": None}
    P = M["paras"]

    # ---------------- 表1 figures
    gen_b = sum(N(b) for _, b, _, _ in GEN)
    gen_a = sum(N(a) for _, _, a, _ in GEN)
    gen_p = sum(N(p) for _, _, _, p in GEN)
    spec_rows = []
    for fn, bud, prev, projs in SPEC:
        a = sum(N(x[2]) for x in projs)
        spec_rows.append((fn, N(bud), a, N(prev)))
    sp_b = sum(x[1] for x in spec_rows)
    sp_a = sum(x[2] for x in spec_rows)
    sp_p = sum(x[3] for x in spec_rows)
    tb, ta, tp = gen_b + sp_b, gen_a + sp_a, gen_p + sp_p

    def pc(a, b):
        return w(share(a, b)) if b else "—"

    def gr(a, b):
        return w(rise(a, b)) if b else "—"
    t1 = [["合计", w(tb), w(ta), pc(ta, tb), w(tp), gr(ta, tp)],
          ["一、一般性转移支付", w(gen_b), w(gen_a), pc(gen_a, gen_b), w(gen_p), gr(gen_a, gen_p)]]
    for i, (nm, b, a, p) in enumerate(GEN, 1):
        t1.append(["%d.%s" % (i, nm), b, a, pc(N(a), N(b)), p, gr(N(a), N(p))])
    t1.append(["二、专项转移支付", w(sp_b), w(sp_a), pc(sp_a, sp_b), w(sp_p), gr(sp_a, sp_p)])
    for i, (fn, b, a, p) in enumerate(spec_rows, 1):
        t1.append(["%d.%s" % (i, fn), w(b), w(a), pc(a, b), w(p), gr(a, p)])
    M["t1"] = t1

    # ---------------- 表2 regions (balancing region 蒙岭县)
    jh_tot = N(GEN[0][2])
    gs_tot = N(GEN[3][2])
    regs = []
    for nm, pop, jh, gs, gen, sp, prev in REG:
        regs.append({"name": nm, "pop": D(pop),
                     "jh": None if jh is None else N(jh), "gs": None if gs is None else N(gs),
                     "gen": None if gen is None else N(gen), "sp": None if sp is None else N(sp),
                     "prev": None if prev is None else N(prev)})
    bal = [g for g in regs if g["jh"] is None][0]
    for k, tot_k in (("jh", jh_tot), ("gs", gs_tot), ("gen", gen_a), ("sp", sp_a), ("prev", tp)):
        bal[k] = tot_k - sum(g[k] for g in regs if g is not bal)
        assert bal[k] > 0, k
    for g in regs:
        g["tot"] = g["gen"] + g["sp"]
        assert g["jh"] + g["gs"] <= g["gen"]
    t2 = [["合计", w(ta), w(gen_a), w(jh_tot), w(gs_tot), w(sp_a), w(tp), gr(ta, tp)]]
    for g in regs:
        t2.append([g["name"], w(g["tot"]), w(g["gen"]), ("—" if g["jh"] == 0 else w(g["jh"])), w(g["gs"]),
                   w(g["sp"]), w(g["prev"]), gr(g["tot"], g["prev"])])
    M["t2"] = t2

    # ---------------- 表3 projects
    t3 = [["", "合计", "", w(sp_a), None, None]]
    adv_tot = D(0)
    k = 0
    grp_rows = []
    for gi, (fn, bud, prev, projs) in enumerate(SPEC):
        ga = sum(N(x[2]) for x in projs)
        gadv = sum(N(x[3]) for x in projs)
        adv_tot += gadv
        grp_rows.append(len(t3))
        t3.append(["（%s）" % "一二三四五六七八九十"[gi] if gi < 10 else "（十%s）" % "一二三"[gi - 10], fn, "", w(ga), w(gadv), ""])
        for nm, dept, a, adv, n in projs:
            k += 1
            t3.append([str(k), nm, dept, a, adv, str(n)])
    t3[0][4] = w(adv_tot)
    t3[0][5] = ""
    M["t3"] = t3
    n_proj = k

    # =================================================================== prose
    def para(s, kind="p"):
        P.append({"k": kind, "t": s})

    para("沂澄市2024年度市对区县转移支付决算情况说明", "title")
    para("沂澄市财政局", "sub")
    para("根据《中华人民共和国预算法》和政府预决算公开的有关规定，现将沂澄市2024年度市对区县（含功能区，下同）"
         "转移支付决算情况说明如下。本说明所列数据均为决算数，金额单位除特别注明外均为万元。")

    # 一、总体
    para("一、转移支付总体情况", "h1")
    c_t = share(ta, tb)
    g_t = rise(ta, tp)
    s_gen = share(gen_a, ta)
    s_sp = share(sp_a, ta)
    s_gen_p = share(gen_p, tp)
    pp = s_gen - s_gen_p
    ta_yi, gen_yi, sp_yi = yi(ta), yi(gen_a), yi(sp_a)
    up = N(SOURCE_UP)
    own = ta - up
    s_up = share(up, ta)
    para("2024年，市对区县转移支付决算数为%s万元（约%s亿元），为调整预算数%s万元的%s%%，比上年决算数%s万元增长%s%%。"
         "其中：一般性转移支付%s万元（约%s亿元），占转移支付总额的%s%%，比上年提高%s个百分点；专项转移支付%s万元"
         "（约%s亿元），占%s%%。一般性转移支付和专项转移支付按亿元计之和与合计数存在0.01亿元尾差，系四舍五入所致。"
         % (w(ta), ta_yi, w(tb), w(c_t), w(tp), w(g_t), w(gen_a), gen_yi, w(s_gen), w(pp), w(sp_a), sp_yi, w(s_sp)))
    a_tot = "市对区县转移支付决算数为%s万元（约%s亿元）" % (w(ta), ta_yi)
    B.ratio("总额为调整预算%", w(c_t), w(ta), w(tb), [a_tot, "为调整预算数%s万元的%s%%" % (w(tb), w(c_t))])
    B.growth("总额比上年", w(g_t), w(ta), w(tp), "增长", ["比上年决算数%s万元增长%s%%" % (w(tp), w(g_t))])
    B.total("总额 = 一般性 + 专项", w(ta), [w(gen_a), w(sp_a)],
            [a_tot, "其中：一般性转移支付%s万元" % w(gen_a), "专项转移支付%s万元" % w(sp_a)])
    B.ratio("一般性占比", w(s_gen), w(gen_a), w(ta), ["占转移支付总额的%s%%" % w(s_gen)])
    B.ratio("专项占比", w(s_sp), w(sp_a), w(ta), ["（约%s亿元），占%s%%" % (sp_yi, w(s_sp))])
    B.shares("一般性 + 专项占比", [w(s_gen), w(s_sp)], anchors=["占转移支付总额的%s%%" % w(s_gen)])
    B.formula("一般性占比比上年提高（个百分点）", w(pp),
              lambda a, b, c, d: r(a / b * 100, 2) - r(c / d * 100, 2), [w(gen_a), w(ta), w(gen_p), w(tp)],
              "round(gen/total) - round(gen_prev/total_prev)", ["比上年提高%s个百分点" % w(pp)])
    B.cond("一般性占比上升 -> 提高", pp > 0, w(pp))
    B.conv("总额亿元", ta_yi, w(ta), "0.0001", [a_tot])
    B.conv("一般性亿元", gen_yi, w(gen_a), "0.0001", ["一般性转移支付%s万元（约%s亿元）" % (w(gen_a), gen_yi)])
    B.conv("专项亿元", sp_yi, w(sp_a), "0.0001", ["专项转移支付%s万元（约%s亿元）" % (w(sp_a), sp_yi)])
    yi_gap = N(ta_yi) - N(gen_yi) - N(sp_yi)
    B.cond("亿元尾差 0.01 as stated", abs(yi_gap) == D("0.01"), "%s - %s - %s = %s" % (ta_yi, gen_yi, sp_yi, yi_gap),
           anchors=["存在0.01亿元尾差"])
    para("从资金来源看，上述转移支付中，中央和省级补助资金转下%s万元，占%s%%；市本级财力安排%s万元，占%s%%。"
         "2023年一般性转移支付占比为%s%%。" % (SOURCE_UP, w(s_up), w(own), w(share(own, ta)), w(s_gen_p)))
    B.total("来源划分 = 总额", w(ta), [SOURCE_UP, w(own)],
            [a_tot, "中央和省级补助资金转下%s万元" % SOURCE_UP, "市本级财力安排%s万元" % w(own)])
    B.ratio("上级转下占比", w(s_up), SOURCE_UP, w(ta), ["转下%s万元，占%s%%" % (SOURCE_UP, w(s_up))])
    B.ratio("市本级占比", w(share(own, ta)), w(own), w(ta), ["市本级财力安排%s万元，占%s%%" % (w(own), w(share(own, ta)))])
    B.ratio("2023年一般性占比", w(s_gen_p), w(gen_p), w(tp), ["2023年一般性转移支付占比为%s%%" % w(s_gen_p)])
    B.diff("个百分点 = 两年占比之差", w(pp), w(s_gen), w(s_gen_p), "提高",
           ["占转移支付总额的%s%%" % w(s_gen), "2023年一般性转移支付占比为%s%%" % w(s_gen_p)])

    para("2024年市对区县转移支付分类型决算情况见表1。")
    P.append({"k": "table", "t": "t1"})

    # 二、一般性
    para("二、一般性转移支付情况", "h1")
    para("2024年一般性转移支付决算%s万元，为调整预算的%s%%，比上年增长%s%%。具体情况如下：" % (w(gen_a), w(share(gen_a, gen_b)), w(rise(gen_a, gen_p))))
    B.ratio("一般性为预算%", w(share(gen_a, gen_b)), w(gen_a), w(gen_b),
            ["2024年一般性转移支付决算%s万元，为调整预算的%s%%" % (w(gen_a), w(share(gen_a, gen_b))), ("rows", " | ".join(["一、一般性转移支付"] + t1[1][1:]))])
    B.growth("一般性比上年", w(rise(gen_a, gen_p)), w(gen_a), w(gen_p), "增长",
             ["比上年增长%s%%。具体情况如下" % w(rise(gen_a, gen_p)), ("rows", " | ".join(t1[1]))])
    why = {
        "均衡性转移支付": "按照因素法分配，主要考虑各区县标准财政收入、标准财政支出和财政困难程度，向财力薄弱的县倾斜",
        "县级基本财力保障机制奖补资金": "用于支持区县保障基层“三保”支出，按照保障缺口、努力程度等因素分配",
        "结算补助": "主要是年终办理的企业所得税分享、增值税留抵退税负担和体制结算事项",
        "共同财政事权转移支付": "主要用于城乡义务教育公用经费保障、城乡居民基本养老保险、城乡居民基本医疗保险补助等共同财政事权事项",
        "重点生态功能区转移支付": "主要是省级对重点生态功能区的补助相应减少",
        "其他一般性转移支付": "主要是部分一次性补助项目到期退出",
    }
    for i, (nm, b, a, p) in enumerate(GEN, 1):
        c = share(N(a), N(b))
        g = rise(N(a), N(p))
        word = "增长" if g > 0 else "下降"
        s = "（%s）%s%s万元，为预算的%s%%，比上年%s%s%%。%s。" % ("一二三四五六"[i - 1], nm, a, w(c), word, w(abs(g)), why[nm])
        if nm == "结算补助":
            s = s.replace("。主要是", "，决算数超过预算数，主要是")
        para(s)
        B.ratio("%s 为预算%%" % nm, w(c), a, b, ["%s%s万元，为预算的%s%%" % (nm, a, w(c)), ("rows", " | ".join(t1[1 + i]))])
        B.growth("%s 比上年" % nm, w(abs(g)), a, p, word, ["比上年%s%s%%" % (word, w(abs(g))), ("rows", " | ".join(t1[1 + i]))])

    # 三、专项
    para("三、专项转移支付情况", "h1")
    c_sp = share(sp_a, sp_b)
    g_sp = rise(sp_a, sp_p)
    word_sp = "增长" if g_sp > 0 else "下降"
    para("2024年专项转移支付决算%s万元，为调整预算的%s%%，比上年%s%s%%，共涉及%d个项目，分属%d个支出功能科目。"
         % (w(sp_a), w(c_sp), word_sp, w(abs(g_sp)), n_proj, len(SPEC)))
    B.ratio("专项为预算%", w(c_sp), w(sp_a), w(sp_b), ["2024年专项转移支付决算%s万元，为调整预算的%s%%" % (w(sp_a), w(c_sp))])
    B.growth("专项比上年", w(abs(g_sp)), w(sp_a), w(sp_p), word_sp, ["比上年%s%s%%，共涉及" % (word_sp, w(abs(g_sp)))])
    B.cond("项目数 = 表3 项目行", n_proj == sum(len(x[3]) for x in SPEC), str(n_proj), anchors=["共涉及%d个项目" % n_proj])
    fsort = sorted(spec_rows, key=lambda x: -x[2])[:4]
    s = "分功能看，" + "；".join("%s%s万元，占专项转移支付的%s%%" % (fn, w(a), w(share(a, sp_a))) for fn, _, a, _ in fsort)
    s += "，以上四类合计%s万元，占%s%%。" % (w(sum(x[2] for x in fsort)), w(share(sum(x[2] for x in fsort), sp_a)))
    para(s)
    for fn, _, a, _ in fsort:
        B.ratio("功能占比 %s" % fn, w(share(a, sp_a)), w(a), w(sp_a), ["%s%s万元，占专项转移支付的%s%%" % (fn, w(a), w(share(a, sp_a)))])
    B.ratio("四类合计占比", w(share(sum(x[2] for x in fsort), sp_a)), w(sum(x[2] for x in fsort)), w(sp_a),
            ["以上四类合计%s万元，占%s%%" % (w(sum(x[2] for x in fsort)), w(share(sum(x[2] for x in fsort), sp_a)))])
    B.total("四类合计 = 四类之和", w(sum(x[2] for x in fsort)), [w(a) for _, _, a, _ in fsort],
            ["以上四类合计%s万元" % w(sum(x[2] for x in fsort))])
    B.fact("四类合计", w(sum(x[2] for x in fsort)))
    # cases above/below budget
    over = [(fn, b, a) for fn, b, a, _ in spec_rows if a > b]
    s = "从预算执行看，" + "、".join(fn for fn, _, _ in over) + "等%d类决算数超过调整预算数，主要是年中追加了上级新增补助；" % len(over)
    under = [(fn, b, a) for fn, b, a, _ in spec_rows if a < b]
    fn0, b0, a0 = min(under, key=lambda x: x[2] / x[1])
    s += "%s类执行率最低，决算%s万元，为预算%s万元的%s%%，主要是部分老旧小区改造项目开工推迟、资金调整至2025年安排。" % (
        fn0, w(a0), w(b0), w(share(a0, b0)))
    para(s)
    B.cond("超预算类数", len(over) == 3, str(len(over)), anchors=["等%d类决算数超过调整预算数" % len(over)])
    B.ratio("执行率最低类", w(share(a0, b0)), w(a0), w(b0), ["%s类执行率最低，决算%s万元，为预算%s万元的%s%%" % (fn0, w(a0), w(b0), w(share(a0, b0)))])
    B.cond("最低执行率类为城乡社区", fn0 == "城乡社区", fn0)
    top = sorted([(nm, N(a)) for _, _, _, pj in SPEC for nm, _, a, _, _ in pj], key=lambda x: -x[1])[:5]
    topsum = sum(a for _, a in top)
    para("分项目看，资金规模前五位的项目是：" + "、".join("%s%s万元" % (nm, w(a)) for nm, a in top) +
         "，合计%s万元，占专项转移支付的%s%%。" % (w(topsum), w(share(topsum, sp_a))))
    B.total("前五位合计", w(topsum), [w(a) for _, a in top], ["资金规模前五位的项目是：%s%s万元" % (top[0][0], w(top[0][1])),
                                                          "合计%s万元，占专项转移支付的%s%%" % (w(topsum), w(share(topsum, sp_a)))])
    B.ratio("前五位占比", w(share(topsum, sp_a)), w(topsum), w(sp_a), ["合计%s万元，占专项转移支付的%s%%" % (w(topsum), w(share(topsum, sp_a)))])

    # 四、分地区
    para("四、分地区情况", "h1")
    para("2024年市对区县转移支付分地区情况见表2。")
    P.append({"k": "table", "t": "t2"})
    para("分地区看：")
    region_anchor = {}
    for g in regs:
        gg = rise(g["tot"], g["prev"])
        word = "增长" if gg > 0 else "下降"
        per = r(g["tot"] / g["pop"], 0)
        s = "%s%s万元，比上年%s%s%%，按常住人口%s万人计算，人均%s元" % (g["name"], w(g["tot"]), word, w(abs(gg)), g["pop"], wi(per))
        g["sent"] = s
        g["per"] = per
        g["word"], g["g"] = word, gg
    lines = []
    for g in regs:
        extra = ""
        if g["name"] == "蒙岭县":
            extra = "，为各区县中最多，主要是该县为省级财政困难县，均衡性转移支付和县级基本财力保障机制奖补资金较多"
        if g["name"] == "沂澄经济技术开发区":
            extra = "。开发区未纳入均衡性转移支付分配范围，表2中均衡性转移支付栏以“—”表示"
        if g["name"] == "澄北区":
            extra = "，降幅主要是上年一次性安排的城市更新补助到期退出"
        lines.append(g["sent"] + extra)
    para("；".join(lines) + "。")
    for g in regs:
        B.total("%s 合计 = 一般性 + 专项 (表2)" % g["name"], w(g["tot"]), [w(g["gen"]), w(g["sp"])],
                [("rows", " | ".join(t2[1 + regs.index(g)]))])
        B.same("%s prose = 表2" % g["name"], w(g["tot"]), t2[1 + regs.index(g)][1], [g["sent"]])
        B.growth("%s 比上年" % g["name"], w(abs(g["g"])), w(g["tot"]), w(g["prev"]), g["word"],
                 [g["sent"], ("rows", " | ".join(t2[1 + regs.index(g)]))])
        B.quot("%s 人均（元）" % g["name"], wi(g["per"]), w(g["tot"]), str(g["pop"]), 1, [g["sent"]])
    mx = max(regs, key=lambda g: g["tot"])
    B.cond("蒙岭县为各区县中最多", mx["name"] == "蒙岭县", mx["name"], anchors=["为各区县中最多"])
    B.cond("澄北区下降", regs[1]["g"] < 0, w(regs[1]["g"]), anchors=[regs[1]["sent"]])
    pop_tot = sum(g["pop"] for g in regs)
    per_all = r(ta / pop_tot, 0)
    para("全市常住人口合计%s万人，人均获得市对区县转移支付%s元。8个县（市、区）中，人均最高的是临岙县，最低的是澄阳区，"
         "主要是临岙县人口规模较小、财力相对薄弱，澄阳区为主城区、自有财力较强；沂澄经济技术开发区以招商引资和园区建设"
         "为主，社会事务由所在县区承担，人均数不具可比性。" % (pop_tot, wi(per_all)))
    B.total("常住人口合计", str(pop_tot), [str(g["pop"]) for g in regs], ["全市常住人口合计%s万人" % pop_tot])
    B.quot("全市人均（元）", wi(per_all), w(ta), str(pop_tot), 1, ["人均获得市对区县转移支付%s元" % wi(per_all), a_tot])
    hi = max(regs, key=lambda g: g["per"])
    lo = min([g for g in regs if g["name"] != "沂澄经济技术开发区"], key=lambda g: g["per"])
    B.cond("人均最高 临岙县", hi["name"] == "临岙县", "%s %s" % (hi["name"], hi["per"]), anchors=["人均最高的是临岙县"])
    B.cond("人均最低 澄阳区", lo["name"] == "澄阳区", "%s %s" % (lo["name"], lo["per"]), anchors=["最低的是澄阳区"])

    # 五、提前下达
    para("五、提前下达情况", "h1")
    adv_gen = N(GEN[0][1]) * D("0.9") + N(GEN[1][1]) * D("0.9")
    adv_gen = r(adv_gen, 2)
    s_adv_sp = share(adv_tot, sp_b)
    s_adv_gen = share(adv_gen, N(GEN[0][1]) + N(GEN[1][1]))
    para("按照转移支付提前下达的有关要求，2023年11月，市财政提前下达区县2024年转移支付预计数%s万元。其中：均衡性"
         "转移支付和县级基本财力保障机制奖补资金提前下达%s万元，占两项调整预算数%s万元的%s%%；专项转移支付提前下达%s万元，"
         "占专项转移支付调整预算数%s万元的%s%%，达到不低于70%%的要求。灾后恢复重建补助资金属于年度执行中据实安排的"
         "项目，未提前下达。" % (w(adv_gen + adv_tot), w(adv_gen), w(N(GEN[0][1]) + N(GEN[1][1])), w(s_adv_gen), w(adv_tot),
                                 w(sp_b), w(s_adv_sp)))
    B.total("提前下达合计", w(adv_gen + adv_tot), [w(adv_gen), w(adv_tot)],
            ["提前下达区县2024年转移支付预计数%s万元" % w(adv_gen + adv_tot), "奖补资金提前下达%s万元" % w(adv_gen),
             "专项转移支付提前下达%s万元" % w(adv_tot)])
    B.ratio("两项提前下达比例", w(s_adv_gen), w(adv_gen), w(N(GEN[0][1]) + N(GEN[1][1])),
            ["占两项调整预算数%s万元的%s%%" % (w(N(GEN[0][1]) + N(GEN[1][1])), w(s_adv_gen))])
    B.total("两项调整预算数", w(N(GEN[0][1]) + N(GEN[1][1])), [GEN[0][1], GEN[1][1]],
            [("rows", " | ".join(t1[2])), ("rows", " | ".join(t1[3])), "占两项调整预算数%s万元" % w(N(GEN[0][1]) + N(GEN[1][1]))])
    B.ratio("专项提前下达比例", w(s_adv_sp), w(adv_tot), w(sp_b),
            ["占专项转移支付调整预算数%s万元的%s%%" % (w(sp_b), w(s_adv_sp))])
    B.cond("专项提前下达 >= 70%", s_adv_sp >= 70, w(s_adv_sp))
    B.date_before("提前下达在2024年度开始前", "2023年11月", (2023, 11, 30), (2024, 1, 1), ["2023年11月，市财政提前下达"])

    # 六、绩效
    para("六、转移支付绩效管理情况", "h1")
    ke = [(nm, N(a)) for _, _, _, pj in SPEC for nm, _, a, _, _ in pj if nm in KEY_EVAL]
    ke_sum = sum(a for _, a in ke)
    para("市财政局会同市级主管部门对%d个专项转移支付项目全部开展了绩效自评，并选取衔接推进乡村振兴补助资金等%d个资金"
         "规模较大、社会关注度高的项目开展重点绩效评价，涉及资金%s万元，占专项转移支付决算数的%s%%。重点评价结果为“优”"
         "的4个、“良”的2个。评价发现的部分项目资金下达偏晚、个别区县配套政策落实不够到位等问题，已反馈相关部门和区县"
         "限期整改，评价结果作为2025年预算安排和政策调整的重要依据。"
         % (n_proj, len(ke), w(ke_sum), w(share(ke_sum, sp_a))))
    B.total("重点评价资金", w(ke_sum), [w(a) for _, a in ke], ["涉及资金%s万元，占专项转移支付决算数的%s%%" % (w(ke_sum), w(share(ke_sum, sp_a)))])
    B.ratio("重点评价资金占比", w(share(ke_sum, sp_a)), w(ke_sum), w(sp_a), ["涉及资金%s万元，占专项转移支付决算数的%s%%" % (w(ke_sum), w(share(ke_sum, sp_a)))])
    B.cond("优 + 良 = 重点评价项目数", 4 + 2 == len(ke), "6", anchors=["等%d个资金" % len(ke)])

    # 七、下一步
    para("七、下一步工作", "h1")
    para("下一步，市财政局将进一步优化转移支付结构，稳步提高一般性转移支付规模和占比，加大对财力薄弱区县的支持力度，"
         "兜牢基层“三保”底线；规范专项转移支付管理，严格控制新设专项，对到期项目及时清理退出；提高转移支付提前下达"
         "比例和预算编制完整性，督促区县及时将上级转移支付纳入本级预算；强化转移支付资金全过程绩效管理，推动绩效评价"
         "结果与预算安排有机衔接，切实提高财政资金使用效益。")
    para("2024年市对区县专项转移支付分项目决算情况见表3。")
    P.append({"k": "table", "t": "t3"})
    para("沂澄市财政局", "sign")
    para(REPORT_DATE[0], "sign")
    B.date_after("说明日期晚于2024年度终了", REPORT_DATE[0], REPORT_DATE[1], (2024, 12, 31))
    B.date_after("说明日期晚于提前下达", REPORT_DATE[0], REPORT_DATE[1], (2023, 11, 30))

    # =================================================================== table checks (rows view)
    def row(cells):
        return ("rows", " | ".join(c for c in cells if c != ""))

    # 表1
    gi = 1
    si = 2 + len(GEN)
    for col in (1, 2, 4):
        B.total("表1 一般性小计 col%d" % col, t1[gi][col], [t1[gi + 1 + j][col] for j in range(len(GEN))],
                [row(t1[gi])] + [row(t1[gi + 1 + j]) for j in range(len(GEN))])
        B.total("表1 专项小计 col%d" % col, t1[si][col], [t1[si + 1 + j][col] for j in range(len(SPEC))],
                [row(t1[si])] + [row(t1[si + 1 + j]) for j in range(len(SPEC))])
        B.total("表1 合计 col%d" % col, t1[0][col], [t1[gi][col], t1[si][col]], [row(t1[0]), row(t1[gi]), row(t1[si])])
    for rw in t1:
        B.ratio("表1 %s 决算为预算%%" % rw[0], rw[3], rw[2], rw[1], [row(rw)])
        B.growth("表1 %s 比上年" % rw[0], rw[5], rw[2], rw[4], None, [row(rw)])
    # 表2
    for col in (1, 2, 4, 5, 6):
        B.total("表2 合计 col%d" % col, t2[0][col], [rw[col] for rw in t2[1:]], [row(rw) for rw in t2])
    B.total("表2 合计 均衡性 (— is zero)", t2[0][3], [("0" if rw[3] == "—" else rw[3]) for rw in t2[1:]], [row(rw) for rw in t2])
    for rw in t2:
        B.total("表2 %s 合计 = 一般性 + 专项" % rw[0], rw[1], [rw[2], rw[5]], [row(rw)])
        two = N("0" if rw[3] == "—" else rw[3]) + N(rw[4])
        B.cond("表2 %s 其中两项 <= 一般性" % rw[0], two <= N(rw[2]), "%s + %s = %s <= %s" % (rw[3], rw[4], two, rw[2]),
               nums=[rw[2], rw[4]], anchors=[row(rw)])
        B.growth("表2 %s 增长%%" % rw[0], rw[7], rw[1], rw[6], None, [row(rw)])
    B.same("表2 合计 = 表1 合计", t2[0][1], t1[0][2], [row(t2[0]), row(t1[0])])
    B.same("表2 一般性 = 表1", t2[0][2], t1[gi][2], [row(t2[0]), row(t1[gi])])
    B.same("表2 均衡性 = 表1", t2[0][3], t1[gi + 1][2], [row(t2[0]), row(t1[gi + 1])])
    B.same("表2 共同事权 = 表1", t2[0][4], t1[gi + 4][2], [row(t2[0]), row(t1[gi + 4])])
    B.same("表2 上年 = 表1 上年", t2[0][6], t1[0][4], [row(t2[0]), row(t1[0])])
    # 表3
    for n, g in enumerate(grp_rows):
        end = grp_rows[n + 1] if n + 1 < len(grp_rows) else len(t3)
        ch = list(range(g + 1, end))
        for col in (3, 4):
            B.total("表3 %s col%d = Σ项目" % (t3[g][1], col), t3[g][col], [t3[c][col] for c in ch], [row(t3[g])] + [row(t3[c]) for c in ch])
        B.same("表3 %s = 表1 专项功能行" % t3[g][1], t3[g][3], t1[si + 1 + n][2], [row(t3[g]), row(t1[si + 1 + n])])
        for c in ch:
            B.leq("表3 %s 提前下达 <= 决算" % t3[c][1], t3[c][4], t3[c][3], [row(t3[c])])
            B.leq("表3 %s 区县数 <= 9" % t3[c][1], t3[c][5], "9", [row(t3[c])])
    for col in (3, 4):
        B.total("表3 合计 col%d" % col, t3[0][col], [t3[g][col] for g in grp_rows], [row(t3[0])] + [row(t3[g]) for g in grp_rows])
    B.same("表3 合计 = 表1 专项", t3[0][3], t1[si][2], [row(t3[0])])
    B.fact("regions_balancing (蒙岭县)", {k: w(bal[k]) for k in ("jh", "gs", "gen", "sp", "prev")})
    B.fact("total", w(ta))
    B.fact("report_date", "2025-08-12")
    return M, B


# =================================================================== rendering
def render(M, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak, CondPageBreak

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    base = dict(fontName=F, wordWrap="CJK", alignment=TA_LEFT)
    st = {
        "title": ParagraphStyle("title", fontSize=17, leading=26, alignment=TA_CENTER, fontName=F, wordWrap="CJK", spaceAfter=6),
        "sub": ParagraphStyle("sub", fontSize=12, leading=20, alignment=TA_CENTER, fontName=F, wordWrap="CJK", spaceAfter=10),
        "h1": ParagraphStyle("h1", fontSize=12.5, leading=22, spaceBefore=6, **base),
        "p": ParagraphStyle("p", fontSize=11, leading=19, firstLineIndent=22, **base),
        "p0": ParagraphStyle("p0", fontSize=11, leading=19, firstLineIndent=22, **base),
        "p0i": ParagraphStyle("p0i", fontSize=11, leading=19, leftIndent=55, **base),
        "sign": ParagraphStyle("sign", fontSize=11, leading=19, alignment=TA_RIGHT, fontName=F, wordWrap="CJK"),
        "cap": ParagraphStyle("cap", fontSize=12, leading=20, alignment=TA_CENTER, fontName=F, wordWrap="CJK"),
        "unit": ParagraphStyle("unit", fontSize=9, leading=14, alignment=TA_RIGHT, fontName=F, wordWrap="CJK"),
        "th": ParagraphStyle("th", fontSize=8.5, leading=11, alignment=TA_CENTER, fontName=F, wordWrap="CJK"),
    }
    story = []

    def table(cap, header, rows, widths, numcols, bold_rows=()):
        hdr = [Paragraph(h, st["th"]) for h in header]
        data = [hdr] + rows
        t = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
        sty = [("FONT", (0, 0), (-1, -1), F, 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
               ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for c in numcols:
            sty.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
        t.setStyle(TableStyle(sty))
        return [CondPageBreak(90), Paragraph(cap, st["cap"]), Paragraph("单位：万元", st["unit"]), t, Spacer(1, 12)]

    tabs = {
        "t1": ("表1　2024年市对区县转移支付决算总表",
               ["项目", "调整预算数", "决算数", "决算数为预算数%", "上年决算数", "比上年增长%"],
               [138, 66, 66, 62, 66, 58], (1, 2, 3, 4, 5)),
        "t2": ("表2　2024年市对区县转移支付分地区决算表",
               ["地区", "合计", "一般性转移支付", "其中：均衡性转移支付", "其中：共同财政事权转移支付", "专项转移支付",
                "上年决算数", "比上年增长%"],
               [86, 58, 58, 52, 56, 54, 58, 42], (1, 2, 3, 4, 5, 6, 7)),
        "t3": ("表3　2024年市对区县专项转移支付分项目决算表",
               ["序号", "项目名称", "主管部门", "决算数", "其中：提前下达", "下达区县数（个）"],
               [42, 164, 92, 60, 62, 46], (3, 4, 5)),
    }
    for p in M["paras"]:
        if p["k"] == "table":
            cap, hdr, wd, nc = tabs[p["t"]]
            story += table(cap, hdr, M[p["t"]], wd, nc)
        else:
            story.append(Paragraph(p["t"], st[p["k"]]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 10)
        canvas.drawCentredString(A4[0] / 2, 28, "— %d —" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=58, rightMargin=58, topMargin=62, bottomMargin=56,
                            title="沂澄市2024年度市对区县转移支付决算情况说明", author="沂澄市财政局", creator="", producer="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def visible(path):
    return pdf_flat(path)


def main():
    M, B = build()
    render(M, OUT)
    flat = visible(OUT)
    rows = pdf_lines(OUT)
    from pdfminer.high_level import extract_pages
    pages = sum(1 for _ in extract_pages(OUT))
    B.fact("pages", pages)
    hdr1 = rows.count("项目 | 调整预算数 | 决算数")
    hdr3 = rows.count("序号 | 项目名称 | 主管部门 | 决算数")
    B.fact("header_lines 表1", hdr1)
    B.fact("header_lines 表3", hdr3)
    B.cond("表3 runs over a page break with its header repeated", hdr3 >= 2, str(hdr3))
    # each table split: which tables cross a page?
    pg = rows.split("\f")
    cross = []
    for cap, first, last in (("表1", M["t1"][0], M["t1"][-1]), ("表2", M["t2"][0], M["t2"][-1]), ("表3", M["t3"][0], M["t3"][-1])):
        a = " | ".join(c for c in first if c)
        b = " | ".join(c for c in last if c)
        pa = [i for i, t in enumerate(pg) if a in t]
        pb = [i for i, t in enumerate(pg) if b in t]
        if pa and pb and pa[0] != pb[0]:
            cross.append(cap)
    B.fact("tables_over_page_break", cross)
    B.cond("at least two tables run over a page break", len(cross) >= 2, ",".join(cross))
    B.cond("footer present", "— 1 —" in read_raw(OUT), "")
    close(B, {"text": flat, "rows": rows}, LEDGER, flat)


def read_raw(path):
    from common import read_pdf
    return read_pdf(path)


if __name__ == "__main__":
    main()
