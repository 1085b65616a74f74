# -*- coding: utf-8 -*-
"""t02 甑阳县城市管理局 2025年度城市绿化养护项目支出绩效自评报告 (docx)"""
from lib53 import Doc, Ledger, D, q

NAME = "t02_zengyang_county_urban_greening_maintenance_project_selfeval_2025.docx"
FY = 2025

AREAS = [("公园绿地", D("152.60")), ("道路附属绿地", D("171.30")), ("防护绿地", D("62.50"))]
SECTIONS = ["城东标段", "城西标段", "滨河标段", "园区标段"]
SEC_SCORES = [D("93.5"), D("91.0"), D("90.5"), D("92.4")]
TREES = 28460
LINES = [  # name, initial budget, supplement, spent
    ("标段养护外包费", D("860.00"), D("96.00"), D("948.72")),
    ("苗木补植", D("120.00"), D("0"), D("112.35")),
    ("病虫害防治", D("68.00"), D("0"), D("61.84")),
    ("灌溉用水电费", D("82.00"), D("0"), D("77.26")),
    ("机械设备及耗材", D("50.00"), D("0"), D("31.29")),
]
PRIOR_SPENT = D("1158.20")
ARBOR_PLAN, ARBOR_DONE, ARBOR_ALIVE = 1200, 1260, 1220
SHRUB_PLAN, SHRUB_DONE = 35000, 38500
COMPL, PRIOR_COMPL = 126, 158
SURVEY_OUT, SURVEY_BACK, SURVEY_OK = 600, 576, 537
BUILT_HA, COVER_HA = D("1860"), D("787.90")
PRIOR_COVER = D("41.80")
# score table: (一级, 二级, 分值, 得分 or None when derived)
SCORES = [
    ("决策", "项目立项", 5, D("5.00")), ("决策", "绩效目标", 5, D("4.50")), ("决策", "资金投入", 5, D("5.00")),
    ("过程", "预算执行率", 10, None), ("过程", "资金使用合规性", 5, D("5.00")), ("过程", "组织实施", 10, D("9.00")),
    ("产出", "数量指标", 15, D("15.00")), ("产出", "质量指标（苗木成活率）", 10, None), ("产出", "时效指标", 5, D("4.50")),
    ("产出", "成本指标", 5, D("4.00")),
    ("效益", "社会效益", 10, D("9.00")), ("效益", "生态效益", 5, D("5.00")), ("效益", "可持续影响", 5, D("4.50")),
    ("效益", "服务对象满意度", 5, None),
]
BANDS = [("90", "优"), ("80", "良"), ("60", "中"), ("0", "差")]


def build():
    doc = Doc(NAME, "docx", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t
    area = sum(a for _, a in AREAS)
    init = sum(x[1] for x in LINES)
    supp = sum(x[2] for x in LINES)
    full = init + supp
    spent = sum(x[3] for x in LINES)
    rate = q(spent / full * 100)
    bal = full - spent
    vs_init = q(spent / init * 100)
    g = spent - PRIOR_SPENT
    grate = q(g / PRIOR_SPENT * 100)
    unit_cost = q(spent / area)
    sec_avg = q(sum(SEC_SCORES) / len(SEC_SCORES))
    arbor_c = q(D(ARBOR_DONE) / ARBOR_PLAN * 100)
    alive = q(D(ARBOR_ALIVE) / ARBOR_DONE * 100)
    shrub_c = q(D(SHRUB_DONE) / SHRUB_PLAN * 100)
    cdec = PRIOR_COMPL - COMPL
    crate = q(D(cdec) / PRIOR_COMPL * 100)
    sat = q(D(SURVEY_OK) / SURVEY_BACK * 100)
    cover = q(COVER_HA / BUILT_HA * 100)
    cpp = cover - PRIOR_COVER

    doc.title_("甑阳县城市管理局2025年度城市绿化养护项目支出绩效自评报告")
    doc.sub(t("docno", "甑城管〔2026〕5号"))
    doc.h("一、项目基本情况")
    doc.p("城市绿化养护项目是县本级常年性项目，养护范围为县城建成区内的公共绿地。2025年纳入养护的绿地面积%s万平方米，"
          "其中公园绿地%s万平方米、道路附属绿地%s万平方米、防护绿地%s万平方米；行道树存量%s株。养护实行“外包养护、"
          "分段考核”，全域划分为%s个标段，即%s。"
          % (n("area", area), n("a1", AREAS[0][1]), n("a2", AREAS[1][1]), n("a3", AREAS[2][1]), i("trees", TREES),
             i("nsec", len(SECTIONS)), "、".join(SECTIONS[:-1]) + "和" + SECTIONS[-1]))
    L.add("养护面积=三类绿地之和", "lin", terms=[(1, "a1"), (1, "a2"), (1, "a3")], r="area")
    L.add("标段数=所列标段", "count", n="nsec", items=SECTIONS)
    doc.h("二、项目资金情况")
    doc.p("项目年初预算%s万元，8月因滨河公园二期移交管养追加%s万元，调整后全年预算%s万元。全年实际支出%s万元，"
          "预算执行率%s%%，结余%s万元已按规定收回县财政统筹。若以年初预算为口径，实际支出相当于年初预算的%s%%。"
          "与上年同口径相比，支出比2024年的%s万元增长%s%%，多支出%s万元，主要是新增移交绿地的外包费用。"
          % (n("init", init), n("supp", supp), n("full", full), n("spent", spent), n("rate", rate), n("bal", bal),
             n("vs_init", vs_init), n("prior", PRIOR_SPENT), n("grate", grate), n("g", g)))
    L.add("年初预算+追加=全年预算", "lin", terms=[(1, "init"), (1, "supp")], r="full")
    L.add("预算执行率=实际支出/全年预算", "ratio", num="spent", den="full", r="rate")
    L.add("结余=全年预算-实际支出", "lin", terms=[(1, "full"), (-1, "spent")], r="bal")
    L.add("实际支出/年初预算", "ratio", num="spent", den="init", r="vs_init")
    L.add("支出较上年增长", "growth", prior="prior", cur="spent", amt="g", rate="grate", dir="c:增长")
    rows = []
    for k, (nm, a, s, sp) in enumerate(LINES, 1):
        rows.append([nm, n("i%d" % k, a), n("f%d" % k, a + s), n("s%d" % k, sp), n("e%d" % k, q(sp / (a + s) * 100))])
    rows.append(["合计", n("Ti", init), n("Tf", full), n("Ts", spent), n("Te", rate)])
    doc.table("表1　2025年度城市绿化养护项目资金支出明细", "（金额单位：万元）",
              ["支出内容", "年初预算", "调整后预算", "实际支出", "执行率（%）"], rows)
    for k, (nm, a, s, sp) in enumerate(LINES, 1):
        L.add("表1 %s 执行率" % nm, "ratio", num="s%d" % k, den="f%d" % k, r="e%d" % k)
        if s == 0:
            L.add("表1 %s 无追加：调整后=年初" % nm, "same", keys=["i%d" % k, "f%d" % k])
        else:
            L.add("表1 %s 调整后=年初+追加" % nm, "lin", terms=[(1, "i%d" % k), (1, "supp")], r="f%d" % k)
    for c in "ifs":
        L.add("表1 合计行 %s 列=各行之和" % c, "lin", terms=[(1, "%s%d" % (c, k)) for k in range(1, 6)], r="T" + c)
    L.add("表1 合计执行率", "ratio", num="Ts", den="Tf", r="Te")
    L.add("表1 合计=正文(预算、支出)", "same", keys=["Ts", "spent"])
    L.add("表1 年初合计=正文", "same", keys=["Ti", "init"])
    L.add("表1 执行率最低为机械设备及耗材", "min", x="e5", among=["e%d" % k for k in range(1, 6)])
    doc.p("按养护面积测算，全年每平方米绿地养护支出约%s元（实际支出÷养护面积）。" % n("unit_cost", unit_cost))
    L.add("每平方米养护支出=支出/面积(万元/万平方米)", "ratio", num="spent", den="area", r="unit_cost", scale=1)
    doc.h("三、绩效目标完成情况")
    doc.p("（一）产出方面。全年补植乔木%s株，计划%s株，完成计划的%s%%；年末复查成活%s株，成活率%s%%。补植灌木%s株，"
          "为计划数%s株的%s%%。各标段年度考核平均得分分别为%s分、%s分、%s分和%s分，四个标段平均%s分，均达到“合格”以上。"
          % (i("arb", ARBOR_DONE), i("arb_plan", ARBOR_PLAN), n("arb_c", arbor_c), i("alive_n", ARBOR_ALIVE),
             n("alive", alive), i("shr", SHRUB_DONE), i("shr_plan", SHRUB_PLAN), n("shr_c", shrub_c),
             n("sc1", SEC_SCORES[0], 1), n("sc2", SEC_SCORES[1], 1), n("sc3", SEC_SCORES[2], 1),
             n("sc4", SEC_SCORES[3], 1), n("sec_avg", sec_avg)))
    L.add("乔木完成率", "ratio", num="arb", den="arb_plan", r="arb_c")
    L.add("苗木成活率=成活/补植", "ratio", num="alive_n", den="arb", r="alive")
    L.add("灌木完成率", "ratio", num="shr", den="shr_plan", r="shr_c")
    L.add("考核得分最低为滨河标段(第五部分所述)", "min", x="sc3", among=["sc1", "sc2", "sc3", "sc4"])
    L.add("标段考核平均分=四个得分之和/4", "ratio", num=["sc1", "sc2", "sc3", "sc4"], den="c:4", r="sec_avg", scale=1)
    doc.p("（二）效益方面。全年受理绿化类投诉%s件，全部办结，较上年的%s件减少%s件，降幅%s%%。建成区绿化覆盖面积%s公顷，"
          "占建成区面积%s公顷的%s%%，较上年的%s%%提升%s个百分点。委托第三方发放满意度问卷%s份，回收有效问卷%s份，"
          "其中表示“满意”和“比较满意”的%s份，满意度%s%%（按有效问卷计算）。"
          % (i("compl", COMPL), i("pcompl", PRIOR_COMPL), i("cdec", cdec), n("crate", crate), n("cover_ha", COVER_HA),
             i("built", BUILT_HA), n("cover", cover), n("pcover", PRIOR_COVER), n("cpp", cpp),
             i("s_out", SURVEY_OUT), i("s_back", SURVEY_BACK), i("s_ok", SURVEY_OK), n("sat", sat)))
    L.add("投诉较上年减少及降幅", "growth", prior="pcompl", cur="compl", amt="cdec", rate="crate", dir="c:减少")
    L.add("绿化覆盖率=覆盖面积/建成区面积", "ratio", num="cover_ha", den="built", r="cover")
    L.add("覆盖率提升百分点", "pp", prior="pcover", cur="cover", delta="cpp", dir="c:提升")
    L.add("满意度=满意份数/有效问卷", "ratio", num="s_ok", den="s_back", r="sat")
    L.add("有效问卷不超过发放数", "le", a="s_back", b="s_out")
    doc.h("四、自评得分情况")
    total = D(0)
    srows = []
    prev = None
    sk = []
    for k, (l1, l2, w, sc) in enumerate(SCORES, 1):
        if sc is None:
            sc = q({"预算执行率": rate, "质量指标（苗木成活率）": alive, "服务对象满意度": sat}[l2] * w / 100)
        assert sc <= w
        total += sc
        srows.append([l1 if l1 != prev else "", l2, i("w%d" % k, w), n("sc_%d" % k, sc)])
        sk.append(k)
        prev = l1
    assert sum(x[2] for x in SCORES) == 100
    grade = [b for lo, b in BANDS if total >= D(lo)][0]
    srows.append(["合计", "", i("wT", 100), n("scT", total)])
    doc.p("对照年初设定的绩效目标，按决策、过程、产出、效益四类一级指标逐项打分，评分结果见表2。"
          "其中预算执行率、苗木成活率和满意度三项按“实际值×分值”计分。评价等级按90分（含）以上为优、80（含）—90分为良、"
          "60（含）—80分为中、60分以下为差划分。")
    doc.table("表2　绩效自评评分表", "", ["一级指标", "二级指标", "分值", "得分"], srows)
    L.add("表2 分值合计=100", "lin", terms=[(1, "w%d" % k) for k in sk], r="wT")
    L.add("表2 得分合计=各项得分之和", "lin", terms=[(1, "sc_%d" % k) for k in sk], r="scT")
    L.add("表2 预算执行率得分=执行率×10", "prod", x="rate", y="w4", r="sc_4", scale=100)
    L.add("表2 成活率得分=成活率×10", "prod", x="alive", y="w8", r="sc_8", scale=100)
    L.add("表2 满意度得分=满意度×5", "prod", x="sat", y="w14", r="sc_14", scale=100)
    for k in sk:
        L.add("表2 第%d项 得分不超过分值" % k, "le", a="sc_%d" % k, b="w%d" % k)
    doc.h("五、存在问题及改进措施")
    doc.p("一是机械设备及耗材支出进度偏慢，部分小型机械采购延至2026年；二是滨河标段考核得分偏低，部分绿地补植不及时。"
          "下一步将按月通报标段考核结果，2026年6月底前完成机械设备采购，并将养护考核结果与外包费用支付直接挂钩。")
    doc.h("六、自评结论")
    doc.p("综合评价，本项目自评得分%s分，评价等级为“%s”。" % (n("scT2", total), t("grade", grade)))
    L.add("结论得分=表2合计", "same", keys=["scT2", "scT"])
    L.add("等级与得分相符", "band", score="scT", grade="grade", bands=BANDS)
    doc.sign(["甑阳县城市管理局", t("date", "2026年2月27日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "甑城管〔2026〕5号")
    doc.meta.update(docno="甑城管〔2026〕5号", date_slot="date", render_kw=dict(author="甑阳县城市管理局"))
    return doc, L
