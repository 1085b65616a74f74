# -*- coding: utf-8 -*-
"""t06 觥江县科学技术局 2025年度科技特派员专项经费项目支出绩效自评报告 (docx)"""
from lib53 import Doc, Ledger, D, q

NAME = "t06_gongjiang_county_sci_tech_commissioner_special_fund_project_selfeval_2025.docx"
FY = 2025

INDIV, TEAMS, TEAM_MEMBERS = 52, 3, 12
FIELDS = [("茶叶", 18), ("中药材", 14), ("食用菌", 12), ("水产养殖", 11), ("农产品加工", 9)]
TOWNS, VILLAGES = 9, 77
STD_ALLOW = D("1.50")
PROJ_N, STD_PROJ, WITHHELD, PROJ_PASS = 12, D("8.00"), D("4.00"), 11
LINES = [  # name, budget, spent (allowance and project lines derived)
    ("技术培训", D("32.00"), D("30.86")),
    ("示范基地建设", D("20.00"), D("18.40")),
    ("考核与管理", D("12.00"), D("9.75")),
]
SRC_UP = D("150.00")
VARIETIES, VAR_TARGET = 46, 40
TECHS = 38
TRAIN_SESS, TRAIN_PERSONS = 186, 6420
HH, HH_INC, PRIOR_HH_INC = 2860, D(4800), D(4350)
HH_TARGET = D(5000)
SURVEY, SURVEY_OK = 500, 482
BANDS = [("90", "优"), ("80", "良"), ("60", "中"), ("0", "差")]


def build():
    doc = Doc(NAME, "docx", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t
    total_p = INDIV + TEAM_MEMBERS
    assert total_p == sum(x[1] for x in FIELDS)
    allow = STD_ALLOW * total_p
    proj_b = STD_PROJ * PROJ_N
    proj_s = proj_b - WITHHELD
    lines = [("科技特派员工作补助", allow, allow), ("示范项目资助", proj_b, proj_s)] + LINES
    bud = sum(x[1] for x in lines)
    spent = sum(x[2] for x in lines)
    rate = q(spent / bud * 100)
    src_cty = bud - SRC_UP
    inc_total = q(HH_INC * HH / 10000)
    sat = q(D(SURVEY_OK) / SURVEY * 100)
    pass_r = q(D(PROJ_PASS) / PROJ_N * 100)

    doc.title_("觥江县科学技术局2025年度科技特派员专项经费项目支出绩效自评报告")
    doc.sub(t("docno", "觥科〔2026〕4号"))
    doc.h("一、项目概况")
    doc.p("2025年全县选派科技特派员%s名，其中个人科技特派员%s名，团队科技特派员%s个、成员%s人，服务覆盖%s个乡镇、%s个行政村。"
          "按产业分，服务领域共%s个，即%s，派驻人数依次为%s名。"
          % (i("tp", total_p), i("indiv", INDIV), i("teams", TEAMS), i("tm", TEAM_MEMBERS), i("towns", TOWNS),
             i("vil", VILLAGES), i("nf", len(FIELDS)), "、".join(x[0] for x in FIELDS),
             "、".join(i("fp%d" % k, x[1]) for k, x in enumerate(FIELDS, 1))))
    L.add("科技特派员=个人+团队成员", "lin", terms=[(1, "indiv"), (1, "tm")], r="tp")
    L.add("服务领域数=所列领域", "count", n="nf", items=[x[0] for x in FIELDS])
    L.add("各领域派驻人数之和=科技特派员总数", "lin", terms=[(1, "fp%d" % k) for k in range(1, 6)], r="tp")
    doc.h("二、资金投入和使用情况")
    doc.p("项目预算%s万元，由上级科技专项资金%s万元和县级配套资金%s万元构成。其中，工作补助按每人每年%s万元核定，共%s万元；"
          "示范项目%s项，每项资助%s万元，因1个项目中期考核未通过，暂缓拨付第二期资金%s万元。全年实际支出%s万元，预算执行率%s%%，"
          "未支出的%s万元已按规定收回。"
          % (n("bud", bud), n("up", SRC_UP), n("cty", src_cty), n("sa", STD_ALLOW), n("allow", allow),
             i("pn", PROJ_N), n("sp", STD_PROJ), n("wh", WITHHELD), n("spent", spent), n("rate", rate),
             n("left", bud - spent)))
    L.add("预算=上级+县级", "lin", terms=[(1, "up"), (1, "cty")], r="bud")
    L.add("工作补助=人数×1.5万元", "prod", x="tp", y="sa", r="allow")
    L.add("预算执行率", "ratio", num="spent", den="bud", r="rate")
    L.add("未支出=预算-实际支出", "lin", terms=[(1, "bud"), (-1, "spent")], r="left")
    rows = []
    for k, (nm, b, s) in enumerate(lines, 1):
        rows.append([nm, n("b%d" % k, b), n("s%d" % k, s), n("e%d" % k, q(s / b * 100)), n("h%d" % k, q(s / spent * 100))])
    rows.append(["合计", n("bT", bud), n("sT", spent), n("eT", rate), n("hT", D(100))])
    doc.table("表1　专项经费支出明细表（单位：万元、%）", "", ["支出内容", "预算数", "实际支出", "执行率", "支出占比"], rows)
    nl = len(lines)
    for k in range(1, nl + 1):
        L.add("表1 第%d行 执行率" % k, "ratio", num="s%d" % k, den="b%d" % k, r="e%d" % k)
        L.add("表1 第%d行 支出占比" % k, "ratio", num="s%d" % k, den="sT", r="h%d" % k)
    for c in "bsh":
        L.add("表1 合计行 %s 列=各行之和" % c, "lin", terms=[(1, "%s%d" % (c, k)) for k in range(1, nl + 1)], r=c + "T")
    L.add("表1 合计执行率", "ratio", num="sT", den="bT", r="eT")
    L.add("表1 工作补助=正文", "same", keys=["b1", "allow"])
    L.add("表1 示范项目预算=项目数×资助标准", "prod", x="pn", y="sp", r="b2")
    L.add("表1 示范项目支出=预算-暂缓拨付", "lin", terms=[(1, "b2"), (-1, "wh")], r="s2")
    L.add("表1 合计=正文", "same", keys=["sT", "spent"])
    doc.h("三、绩效目标实现情况")
    doc.p("产出方面，全年引进新品种%s个，超出年度目标（%s个）%s%%；推广新技术%s项；开展技术培训%s场次、培训农民%s人次，"
          "场均%s人次；%s个示范项目中%s个通过中期考核，通过率%s%%。"
          % (i("var", VARIETIES), i("var_t", VAR_TARGET), n("var_over", q(D(VARIETIES - VAR_TARGET) / VAR_TARGET * 100)),
             i("tech", TECHS), i("ts", TRAIN_SESS), i("tpers", TRAIN_PERSONS), n("tavg", q(D(TRAIN_PERSONS) / TRAIN_SESS)),
             i("pn2", PROJ_N), i("pp", PROJ_PASS), n("pass_r", pass_r)))
    L.add("新品种超出目标比例=(实际-目标)/目标", "ratio", num="c:%d" % (VARIETIES - VAR_TARGET), den="var_t", r="var_over")
    L.add("新品种超出目标: 实际-目标", "lin", terms=[(1, "var"), (-1, "var_t")], r="c:%d" % (VARIETIES - VAR_TARGET))
    L.add("场均培训人次", "ratio", num="tpers", den="ts", r="tavg", scale=1)
    L.add("中期考核通过率", "ratio", num="pp", den="pn2", r="pass_r")
    L.add("示范项目数前后一致", "same", keys=["pn", "pn2"])
    doc.p("效益方面，通过技术指导和示范带动，服务对象中%s户农户实现增收，户均增收%s元，较上年的%s元多%s元，增长%s%%；"
          "折算带动农户增收总额约%s万元。随机抽取服务对象%s户开展满意度调查，满意%s户，满意度%s%%。"
          % (i("hh", HH), i("hinc", HH_INC), i("phinc", PRIOR_HH_INC), i("hinc_d", HH_INC - PRIOR_HH_INC),
             n("hinc_r", q((HH_INC - PRIOR_HH_INC) / PRIOR_HH_INC * 100)), n("inc_tot", inc_total),
             i("sv", SURVEY), i("svok", SURVEY_OK), n("sat", sat)))
    L.add("户均增收较上年", "growth", prior="phinc", cur="hinc", amt="hinc_d", rate="hinc_r", dir="c:增长")
    L.add("增收总额=户数×户均增收", "prod", x="hh", y="hinc", r="inc_tot", scale=10000)
    L.add("满意度", "ratio", num="svok", den="sv", r="sat")
    # 表2 indicator / score table
    score_rows = [
        ("产出", "选派科技特派员人数", "≥60名", "tp_s", "%d名" % total_p, 10, D("10.00")),
        ("产出", "引进新品种", "≥%d个" % VAR_TARGET, "var_s", "%d个" % VARIETIES, 10, D("10.00")),
        ("产出", "开展技术培训", "≥160场次", "ts_s", "%d场次" % TRAIN_SESS, 10, D("10.00")),
        ("产出", "示范项目中期考核通过率", "100%", "pass_s", "%s%%" % pass_r, 10, q(pass_r * 10 / 100)),
        ("效益", "户均增收", "≥5,000元", "hinc_s", "4,800元", 15, q(HH_INC / HH_TARGET * 15)),
        ("效益", "带动增收农户", "≥2,500户", "hh_s", "2,860户", 10, D("10.00")),
        ("满意度", "服务对象满意度", "≥90%", "sat_s", "%s%%" % sat, 10, D("10.00")),
        ("过程", "预算执行率", "100%", "rate_s", "%s%%" % rate, 10, q(rate * 10 / 100)),
        ("过程", "资金和项目管理", "规范", "mg_s", "基本规范", 15, D("12.50")),
    ]
    assert sum(x[5] for x in score_rows) == 100
    srows = []
    total = D(0)
    for k, (a, b, tgt, key, act, w, sc) in enumerate(score_rows, 1):
        assert sc <= w
        total += sc
        srows.append([a, b, tgt, act, i("w%d" % k, w), n("g%d" % k, sc)])
    srows.append(["合计", "", "", "", i("wT", 100), n("gT", total)])
    grade = [b for lo, b in BANDS if total >= D(lo)][0]
    doc.p("对照年初绩效目标逐项评分（见表2）：完成值达到或超过目标值的指标得满分，未达到的按“完成值÷目标值×分值”计分，资金和项目管理按检查扣分。")
    doc.table("表2　绩效指标完成及评分表", "", ["指标类别", "指标名称", "目标值", "完成值", "分值", "得分"], srows)
    L.add("表2 分值合计=100", "lin", terms=[(1, "w%d" % k) for k in range(1, 10)], r="wT")
    L.add("表2 得分合计", "lin", terms=[(1, "g%d" % k) for k in range(1, 10)], r="gT")
    L.add("表2 考核通过率得分=通过率×10", "prod", x="pass_r", y="w4", r="g4", scale=100)
    L.add("表2 户均增收得分=4,800/5,000×15", "ratio", num="hinc", den="c:5000", r="g5", scale=15)
    L.add("表2 预算执行率得分=执行率×10", "prod", x="rate", y="w8", r="g8", scale=100)
    for k in range(1, 10):
        L.add("表2 第%d项 得分不超过分值" % k, "le", a="g%d" % k, b="w%d" % k)
    doc.h("四、存在的问题和改进方向")
    doc.p("一是科技特派员在农产品加工领域派驻力量偏弱；二是个别示范项目进度滞后，影响资金拨付。2026年将新增选派农产品加工方向"
          "科技特派员，并对中期考核未通过的项目限期整改，整改不到位的终止资助。")
    doc.h("五、自评结论")
    doc.p("经综合评定，本项目2025年度绩效自评得分%s分，等级为“%s”。" % (n("gT2", total), t("grade", grade)))
    L.add("结论得分=表2合计", "same", keys=["gT2", "gT"])
    L.add("等级与得分相符", "band", score="gT", grade="grade", bands=BANDS)
    L.add("农产品加工派驻人数最少(问题一)", "min", x="fp5", among=["fp%d" % k for k in range(1, 6)])
    doc.sign(["觥江县科学技术局", t("date", "2026年3月16日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "觥科〔2026〕4号")
    doc.meta.update(docno="觥科〔2026〕4号", date_slot="date", render_kw=dict(author="觥江县科学技术局"))
    return doc, L
