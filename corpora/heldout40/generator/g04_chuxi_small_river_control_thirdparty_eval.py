"""t04 樗溪县 樗水河中小河流治理项目 第三方绩效评价报告（枳宁工程咨询有限公司）— pdf."""
from lib40 import D, F, I, q, pct, Ledger

FILE = "t04_chuxi_county_small_river_control_project_thirdparty_evaluation_2024.pdf"
DATE = "2025年4月15日"
DOCNO = "枳宁评〔2025〕014号"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    src = [("中央补助资金", "1,600.00"), ("省级补助资金", "700.00"), ("县级配套资金", "560.00")]
    budget = sum(D(x) for _, x in src)
    arrived_cty = D("480.00")
    arrived = D("1600.00") + D("700.00") + arrived_cty
    parts = [("堤防工程", "1,240.00", "1,186.52"), ("护岸工程", "760.00", "701.38"), ("河道清淤", "420.00", "398.16"),
             ("穿堤建筑物", "260.00", "168.90"), ("独立费用", "180.00", "141.40")]
    spent = sum(D(p[2]) for p in parts)
    plan_km, done_km = D("17.5"), D("18.6")
    sent, back, sat = 320, 306, 287
    b.append({"t": "title", "text": "樗溪县樗水河中小河流治理项目2024年度绩效评价报告"})
    b.append({"t": "sub", "text": f"报告编号：{DOCNO}"})
    P("受樗溪县财政局委托，枳宁工程咨询有限公司组成评价组，于2025年3月对樗水河中小河流治理项目2024年度资金使用和"
      "实施效果开展第三方绩效评价。评价组查阅了项目资料和财务凭证，现场踏勘了全部治理河段，并开展了群众满意度问卷调查。")
    H("一、项目基本情况")
    P(f"项目批复总投资{F(budget)}万元，资金来源为：{src[0][0]}{src[0][1]}万元，{src[1][0]}{src[1][1]}万元，"
      f"{src[2][0]}{src[2][1]}万元。建设内容包括新建堤防、护岸、河道清淤和穿堤建筑物，计划治理河长{plan_km}公里。")
    L.sum("总投资 = 中央 + 省级 + 县级", [x for _, x in src], F(budget))
    H("二、资金到位和使用情况")
    ar = pct(arrived, budget)
    sr = pct(spent, arrived)
    P(f"截至2024年12月31日，中央和省级资金全部到位，县级配套到位{F(arrived_cty)}万元，累计到位{F(arrived)}万元，"
      f"资金到位率{ar}%。项目累计支出{F(spent)}万元，占到位资金的{sr}%。各分项投资完成情况如下表。")
    L.sum("到位 = 中央 + 省级 + 县级到位", ["1,600.00", "700.00", F(arrived_cty)], F(arrived))
    L.rate("到位率", F(arrived), F(budget), f"{ar}")
    L.rate("支出 占 到位", F(spent), F(arrived), f"{sr}")
    rows = []
    for name, pl, dn in parts:
        r = pct(dn, pl)
        rows.append([name, pl, dn, f"{r}%"])
        L.rate(f"表1 {name} 完成比例", dn, pl, f"{r}")
    tr = pct(spent, budget)
    rows.append(["合计", F(budget), F(spent), f"{tr}%"])
    L.sum("表1 计划投资 合计", [p[1] for p in parts], F(budget))
    L.sum("表1 完成投资 合计", [p[2] for p in parts], F(spent))
    L.rate("表1 合计 完成比例", F(spent), F(budget), f"{tr}")
    b.append({"t": "table", "caption": "表1  分项投资完成情况", "unit": "单位：万元",
              "head": ["工程内容", "计划投资", "完成投资", "完成比例"], "rows": rows})
    P("穿堤建筑物完成比例偏低，原因是2座排涝涵闸受汛期影响推迟开工，相应资金已结转至2025年使用。")
    H("三、项目产出和效益")
    kr = pct(done_km, plan_km)
    unit_cost = q(spent / done_km, 2)
    P(f"项目实际治理河长{done_km}公里，为计划的{kr}%。新建堤防12.4公里、护岸9.8公里（堤防与护岸按左右岸分别计列），"
      f"完成河道清淤32.6万立方米。按累计完成投资计，平均每公里治理河长投资{unit_cost}万元，低于同类项目批复概算水平。")
    L.rate("治理河长 完成率", f"{done_km}", f"{plan_km}", f"{kr}")
    L.quot("每公里投资 = 完成投资 ÷ 河长", F(spent), f"{done_km}", f"{unit_cost}")
    rate_sat = pct(sat, back)
    P(f"治理河段防洪标准由5年一遇提高到20年一遇，保护沿岸人口4.26万人、耕地3.80万亩。评价组在沿河村组发放问卷{sent}份，"
      f"收回{back}份，其中表示满意的{sat}份，按收回问卷计算满意率为{rate_sat}%。")
    L.rate("满意率 = 满意 ÷ 收回", str(sat), str(back), f"{rate_sat}")
    L.le("收回 ≤ 发放", str(back), str(sent))
    H("四、评价得分")
    score_rows = [("决策", "项目立项", 5, "5.00"), ("决策", "绩效目标", 5, "4.00"), ("决策", "资金投入", 5, "4.50"),
                  ("过程", "资金管理", 10, "8.60"), ("过程", "组织实施", 10, "8.20"),
                  ("产出", "产出数量", 15, "15.00"), ("产出", "产出质量", 10, "9.00"), ("产出", "产出时效", 8, "5.60"),
                  ("产出", "产出成本", 7, "6.30"), ("效益", "社会效益", 10, "9.00"), ("效益", "生态效益", 5, "4.50")]
    sat_score = q(10 * rate_sat / 100, 2)
    score_rows.append(("效益", "满意度", 10, F(sat_score)))
    L.rate("满意度得分 = 10 × 满意率", f"{rate_sat}", "100", F(sat_score), scale=10)
    assert sum(r[2] for r in score_rows) == 100
    for r in score_rows:
        L.le(f"{r[1]} 得分 ≤ 分值", r[3], str(r[2]))
    total = sum(D(r[3]) for r in score_rows)
    rows = [[a, c, str(w), s] for a, c, w, s in score_rows]
    rows.append(["合计", "", "100", F(total)])
    L.sum("表2 分值 合计", [str(r[2]) for r in score_rows], "100")
    L.sum("表2 得分 合计", [r[3] for r in score_rows], F(total))
    b.append({"t": "table", "caption": "表2  绩效评价指标得分表", "unit": None,
              "head": ["一级指标", "二级指标", "分值", "得分"], "rows": rows})
    dims = {}
    for a, c, w, s in score_rows:
        dims.setdefault(a, []).append(s)
    dv = {k: F(sum(D(x) for x in v)) for k, v in dims.items()}
    for k, v in dims.items():
        L.sum(f"{k} 维度得分", v, dv[k])
    L.sum("四维度之和 = 总分", list(dv.values()), F(total))
    assert D(80) <= total < D(90)
    P(f"经评价，决策、过程、产出、效益四类指标分别得{dv['决策']}分、{dv['过程']}分、{dv['产出']}分、{dv['效益']}分，"
      f"综合得分{F(total)}分。按评价办法，80分（含）至90分为“良”，本项目评价等级为“良”。")
    L.anchor("80分（含）至90分为“良”")
    L.anchor("本项目评价等级为“良”")
    L.same(F(total), 2)
    H("五、主要问题和建议")
    P("评价发现两个问题：一是县级配套资金未按计划足额到位，影响了穿堤建筑物施工进度；二是部分堤段护坡植草养护不到位。"
      "建议县财政局统筹安排县级配套资金，项目单位落实工程管护责任和经费。")
    L.anchor("两个问题：一是")
    b.append({"t": "sign", "text": f"枳宁工程咨询有限公司\n{DATE}"})
    L.anchor(DOCNO)
    L.dated("报告日期在2024年度结束之后", DATE)
    L.anchor("截至2024年12月31日")
    return b, L, {"file": FILE, "fmt": "pdf", "date": DATE, "docno": DOCNO}
