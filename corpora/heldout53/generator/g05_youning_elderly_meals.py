# -*- coding: utf-8 -*-
"""t05 卣宁县民政局 2025年度老年助餐服务补贴资金使用情况公开 (txt, tab tables)"""
from lib53 import Doc, Ledger, D, q

NAME = "t05_youning_county_elderly_meal_service_subsidy_fund_use_disclosure_2025.txt"
FY = 2025

PTS_COMM, PTS_VILL = 12, 36
NEW_PTS = 9
RUN_BASE_PTS = 39          # points already operating at end of 2024
ELD_GEN, ELD_OLD = 4915, 1927
STD_GEN, STD_OLD = D(3), D(6)
STD_BUILD, STD_RUN = D("4.00"), D("1.50")
TOWNS = [  # name, points, general meals, old/poor meals
    ("卣城街道", 12, 136400, 52800), ("东卣镇", 9, 88300, 36200), ("卣河镇", 8, 71500, 31900),
    ("南卣乡", 7, 49200, 24600), ("卣山乡", 6, 38700, 21300), ("北卣乡", 6, 28500, 18500),
]
BUDGET_LOTTERY, BUDGET_COUNTY = D("120.00"), D("230.00")
PRIOR_MEALS = 512400
OPEN_DAYS = 310
VILLAGES, COVERED, PRIOR_COVERED = 142, 96, 83
SURVEY, SURVEY_OK = 400, 378
INSPECT_ROUNDS = 4


def build():
    doc = Doc(NAME, "txt", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t
    pts = PTS_COMM + PTS_VILL
    assert pts == sum(x[1] for x in TOWNS)
    mg = sum(x[2] for x in TOWNS)
    mo = sum(x[3] for x in TOWNS)
    meals = mg + mo
    sub_g = q(D(mg) * STD_GEN / 10000)
    sub_o = q(D(mo) * STD_OLD / 10000)
    meal_sub = sub_g + sub_o
    build_sub = STD_BUILD * NEW_PTS
    run_sub = STD_RUN * RUN_BASE_PTS
    spent = meal_sub + build_sub + run_sub
    budget = BUDGET_LOTTERY + BUDGET_COUNTY
    elders = ELD_GEN + ELD_OLD

    doc.title_("卣宁县民政局关于2025年度老年助餐服务补贴资金使用情况的公开")
    doc.sub(t("docno", "卣民〔2026〕6号"))
    doc.p("按照县委、县政府“长者食堂惠民工程”部署和《卣宁县老年助餐服务补贴资金管理办法》，现将2025年度老年助餐服务"
          "补贴资金使用情况公开如下。")
    doc.h("一、助餐服务网络")
    doc.p("截至2025年末，全县共有老年助餐点%s个，由社区长者食堂%s个和村级助餐点%s个组成，其中本年新建%s个。"
          "全县%s个村（社区）中已有%s个实现助餐服务覆盖，覆盖率%s%%，较上年提高%s个百分点（上年覆盖%s个，覆盖率%s%%）。"
          % (i("pts", pts), i("pc", PTS_COMM), i("pv", PTS_VILL), i("newp", NEW_PTS), i("vil", VILLAGES),
             i("cov", COVERED), n("cov_r", q(D(COVERED) / VILLAGES * 100)),
             n("cov_pp", q(D(COVERED) / VILLAGES * 100) - q(D(PRIOR_COVERED) / VILLAGES * 100)),
             i("pcov", PRIOR_COVERED), n("pcov_r", q(D(PRIOR_COVERED) / VILLAGES * 100))))
    L.add("助餐点=长者食堂+村级助餐点", "lin", terms=[(1, "pc"), (1, "pv")], r="pts")
    L.add("覆盖率=覆盖村数/村(社区)数", "ratio", num="cov", den="vil", r="cov_r")
    L.add("上年覆盖率=上年覆盖村数/村(社区)数", "ratio", num="pcov", den="vil", r="pcov_r")
    L.add("覆盖率提高百分点", "pp", prior="pcov_r", cur="cov_r", delta="cov_pp", dir="c:提高")
    doc.h("二、补贴标准")
    doc.p("助餐补贴按实际就餐餐次结算：60周岁以上一般老年人每餐补贴%s元，80周岁以上高龄老人及特困、低保等困难老年人每餐补贴%s元。"
          "新建助餐点给予一次性建设补贴每个%s万元；运营补贴按上年末已运营的%s个助餐点每个每年%s万元核定，本年新建点自次年起享受。"
          % (i("sg", STD_GEN), i("so", STD_OLD), n("sb", STD_BUILD), i("runpts", RUN_BASE_PTS), n("sr", STD_RUN)))
    L.add("上年末已运营点=年末点数-本年新建", "lin", terms=[(1, "pts"), (-1, "newp")], r="runpts")
    doc.h("三、资金安排和使用")
    doc.p("2025年安排老年助餐补贴资金%s万元，其中福利彩票公益金%s万元、县级财政资金%s万元。全年实际使用%s万元，"
          "资金使用率%s%%，结余%s万元结转2026年继续用于助餐服务。使用资金中：助餐补贴%s万元，占%s%%；建设补贴%s万元（%s个新建点）；"
          "运营补贴%s万元。"
          % (n("bud", budget), n("bl", BUDGET_LOTTERY), n("bc", BUDGET_COUNTY), n("spent", spent),
             n("use_r", q(spent / budget * 100)), n("bal", budget - spent), n("msub", meal_sub),
             n("msub_sh", q(meal_sub / spent * 100)), n("bsub", build_sub), i("newp2", NEW_PTS), n("rsub", run_sub)))
    L.add("安排=公益金+县级资金", "lin", terms=[(1, "bl"), (1, "bc")], r="bud")
    L.add("使用率=实际使用/安排", "ratio", num="spent", den="bud", r="use_r")
    L.add("结余=安排-实际使用", "lin", terms=[(1, "bud"), (-1, "spent")], r="bal")
    L.add("实际使用=助餐+建设+运营补贴", "lin", terms=[(1, "msub"), (1, "bsub"), (1, "rsub")], r="spent")
    L.add("助餐补贴占比", "ratio", num="msub", den="spent", r="msub_sh")
    L.add("建设补贴=新建点×4万元", "prod", x="newp2", y="sb", r="bsub")
    L.add("运营补贴=39个×1.5万元", "prod", x="runpts", y="sr", r="rsub")
    L.add("新建点数前后一致", "same", keys=["newp", "newp2"])
    doc.h("四、助餐服务开展情况")
    doc.p("全年登记就餐老年人%s人，其中一般老年人%s人、高龄及困难老年人%s人。累计提供助餐%s餐次，比2024年的%s餐次增加%s餐次，"
          "增长%s%%；其中高龄及困难老年人%s餐次，占%s%%。各助餐点全年实际开餐%s天（节假日及设备检修期间暂停），"
          "日均助餐%s餐次；按登记人数计算，人均享受助餐补贴%s元。"
          % (i("eld", elders), i("eg", ELD_GEN), i("eo", ELD_OLD), i("meals", meals), i("pmeals", PRIOR_MEALS),
             i("mg_d", meals - PRIOR_MEALS), n("mg_r", q(D(meals - PRIOR_MEALS) / PRIOR_MEALS * 100)),
             i("mo", mo), n("mo_sh", q(D(mo) / meals * 100)), i("days", OPEN_DAYS),
             i("daily", q(D(meals) / OPEN_DAYS, 0)), n("per_eld", q(meal_sub * 10000 / elders))))
    L.add("登记老人=一般+高龄困难", "lin", terms=[(1, "eg"), (1, "eo")], r="eld")
    L.add("餐次较上年增加及增速", "growth", prior="pmeals", cur="meals", amt="mg_d", rate="mg_r", dir="c:增加")
    L.add("高龄困难餐次占比", "ratio", num="mo", den="meals", r="mo_sh")
    L.add("日均助餐=餐次/开餐天数", "ratio", num="meals", den="days", r="daily", scale=1)
    L.add("人均补贴=助餐补贴×10000/登记人数", "ratio", num="msub", den="eld", r="per_eld", scale=10000)
    rows = []
    for k, (nm, p, g, o) in enumerate(TOWNS, 1):
        rows.append([nm, i("tp%d" % k, p), i("tg%d" % k, g), i("to%d" % k, o),
                     n("ts%d" % k, q((D(g) * STD_GEN + D(o) * STD_OLD) / 10000))])
    rows.append(["合计", i("tpT", pts), i("tgT", mg), i("toT", mo), n("tsT", meal_sub)])
    doc.table("表1　2025年度各乡镇（街道）助餐补贴结算情况", "单位：个、餐次、万元",
              ["乡镇（街道）", "助餐点", "一般老年人餐次", "高龄及困难老年人餐次", "助餐补贴"], rows)
    nt = len(TOWNS)
    for k in range(1, nt + 1):
        L.add("表1 第%d行 补贴=一般餐次×3元+高龄困难餐次×6元" % k, "lin",
              terms=[(D("0.0003"), "tg%d" % k), (D("0.0006"), "to%d" % k)], r="ts%d" % k)
    for c in ("tp", "tg", "to", "ts"):
        L.add("表1 合计行 %s 列=各行之和" % c, "lin", terms=[(1, "%s%d" % (c, k)) for k in range(1, nt + 1)], r=c + "T")
    L.add("表1 餐次合计=正文累计餐次", "lin", terms=[(1, "tgT"), (1, "toT")], r="meals")
    L.add("表1 高龄困难餐次=正文", "same", keys=["toT", "mo"])
    L.add("表1 助餐补贴合计=正文", "same", keys=["tsT", "msub"])
    L.add("表1 助餐点合计=正文", "same", keys=["tpT", "pts"])
    doc.h("五、监管和满意度")
    doc.p("县民政局会同县市场监管局开展食品安全联合检查%s轮，每轮覆盖全部助餐点，累计检查%s点次，发现问题%s个，均已整改到位。"
          "委托第三方随机抽取就餐老年人%s人进行满意度调查，表示满意的%s人，满意率%s%%。"
          % (i("rounds", INSPECT_ROUNDS), i("insp", INSPECT_ROUNDS * pts), i("issues", 17), i("sv", SURVEY),
             i("svok", SURVEY_OK), n("sat", q(D(SURVEY_OK) / SURVEY * 100))))
    L.add("检查点次=轮次×助餐点", "prod", x="rounds", y="pts", r="insp")
    L.add("满意率", "ratio", num="svok", den="sv", r="sat")
    doc.h("六、公开说明")
    doc.p("2025年度全县全年使用补贴资金%s万元，各助餐点补贴明细已在所在村（社区）公开栏张贴。对公开内容如有疑问，"
          "可在2026年2月28日前致电县民政局养老服务股（%s）反映。" % (n("spent2", spent), t("phone", "0745-2917364")))
    L.add("公开说明中的使用额=第三部分", "same", keys=["spent2", "spent"])
    doc.sign(["卣宁县民政局", t("date", "2026年1月30日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "卣民〔2026〕6号")
    L.anchor("电话", "0745-2917364")
    doc.meta.update(docno="卣民〔2026〕6号", date_slot="date", render_kw=dict(style="tab"))
    return doc, L
