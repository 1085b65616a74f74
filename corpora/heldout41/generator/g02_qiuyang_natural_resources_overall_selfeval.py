"""t02 楸阳县自然资源局 2024年度部门整体支出绩效自评报告 — docx, execution table + score table."""
from lib41 import D, F, I, pct, q, Ledger

NAME = "t02_qiuyang_county_natural_resources_bureau_overall_expenditure_selfeval_2024"
META = {"format": "docx", "ext": "docx"}


def build():
    L = Ledger(NAME + ".docx")
    docno, date = "楸自然〔2025〕9号", "2025年3月26日"
    units = ["楸阳县不动产登记中心", "县土地储备中心", "县测绘地理信息服务站"]
    staff_adm, staff_inst = 34, 57
    init_budget, add_budget = "3862.40", "1186.50"
    basic_budget = "2268.40"
    personnel, public = "1912.64", "323.54"
    projects = [("国土空间规划编制", "620.00", "586.40"),
                ("耕地保护与占补平衡", "948.50", "902.18"),
                ("地质灾害隐患点监测", "312.00", "298.60"),
                ("不动产登记信息化建设", "486.00", "412.30"),
                ("历史遗留矿山生态修复", "414.00", "346.70")]
    sg_recv, sg_car, sg_prev, sg_budget = "8.45", "28.40", "39.20", "42.00"
    points, patrol_months = 126, 12
    cases, online = 18642, 11936
    sent, back, satisfied = 210, 198, 186

    adj = D(init_budget) + D(add_budget)
    basic_exec = D(personnel) + D(public)
    pb = sum(D(p[1]) for p in projects)
    pe = sum(D(p[2]) for p in projects)
    assert D(basic_budget) + pb == adj
    spent = basic_exec + pe
    exec_rate = pct(spent, adj)
    sat = pct(satisfied, back)
    sg = D(sg_recv) + D(sg_car)

    # score table: (一级, 二级, 分值, 得分)
    items = [("决策", "目标设定", 5, "5.00"), ("决策", "预算编制", 10, "9.50"),
             ("过程", "预算执行", 10, F(D(exec_rate) / 10, 2)), ("过程", "财务管理", 5, "4.60"),
             ("过程", "资产管理", 5, "4.80"), ("产出", "数量指标", 15, "14.20"), ("产出", "质量指标", 10, "9.40"),
             ("产出", "时效指标", 8, "7.20"), ("产出", "成本指标", 7, "6.50"), ("效益", "社会效益", 10, "9.10"),
             ("效益", "生态效益", 5, "4.60"), ("效益", "满意度", 10, F(D(sat) / 10, 2))]
    assert sum(i[2] for i in items) == 100
    assert all(D(i[3]) <= i[2] for i in items)
    total = sum(D(i[3]) for i in items)
    dims = {}
    for a, _, w, s in items:
        dims[a] = dims.get(a, D(0)) + D(s)
    assert 90 <= total

    t1 = [["项目", "调整预算", "执行数", "执行率"]]
    t1.append(["基本支出", F(basic_budget), F(basic_exec), pct(basic_exec, basic_budget) + "%"])
    for n, b, e in projects:
        t1.append([n, F(b), F(e), pct(e, b) + "%"])
    t1.append(["项目支出小计", F(pb), F(pe), pct(pe, pb) + "%"])
    t1.append(["合计", F(adj), F(spent), exec_rate + "%"])
    t2 = [["一级指标", "二级指标", "分值", "得分"]]
    t2 += [[a, b, str(w), s] for a, b, w, s in items]
    t2.append(["合计", "", "100", F(total)])

    B = []
    B.append(("title", "楸阳县自然资源局2024年度部门整体支出绩效自评报告"))
    B.append(("sub", docno))
    B.append(("h", "一、部门基本情况"))
    B.append(("p", f"我局内设机构8个，下属事业单位{len(units)}个，即{units[0]}、{units[1]}和{units[2]}。"
                   f"年末实有在编人员{staff_adm + staff_inst}人，其中行政编制{staff_adm}人、事业编制{staff_inst}人。"
                   f"主要职责是履行全民所有土地、矿产等自然资源资产所有者职责和国土空间用途管制职责。"))
    B.append(("h", "二、预算安排及执行情况"))
    B.append(("p", f"2024年年初预算{F(init_budget)}万元，年中追加{F(add_budget)}万元，调整后预算{F(adj)}万元。"
                   f"全年支出{F(spent)}万元，预算执行率为{exec_rate}%。按支出性质分，基本支出{F(basic_exec)}万元"
                   f"（人员经费{F(personnel)}万元、公用经费{F(public)}万元），在全年支出中占比{pct(basic_exec, spent)}%；"
                   f"项目支出{F(pe)}万元。各项目执行情况见表1。"))
    B.append(("table", {"caption": "表1　2024年度预算执行情况表", "unit": "金额单位：万元", "rows": t1}))
    B.append(("p", f"不动产登记信息化建设执行率偏低，原因是系统升级合同尾款按约定于验收后支付；历史遗留矿山生态修复"
                   f"有2个点位因雨季延后施工。“三公”经费预算{F(sg_budget)}万元，实际支出{F(sg)}万元，其中公务接待费"
                   f"{F(sg_recv)}万元、公务用车运行维护费{F(sg_car)}万元，因公出国（境）费为零；比上年的{F(sg_prev)}万元"
                   f"减少{F(D(sg_prev) - sg)}万元，下降{pct(D(sg_prev) - sg, sg_prev)}%。"))
    B.append(("h", "三、绩效目标完成情况"))
    B.append(("p", f"全年对{points}处地质灾害隐患点实行按月巡查，累计巡查{I(points * patrol_months)}点次，未发生因灾伤亡。"
                   f"受理不动产登记业务{I(cases)}件，其中网上办理{I(online)}件，网办率{pct(online, cases)}%。"
                   f"发放满意度问卷{sent}份，收回{back}份，表示满意的{satisfied}份，满意率{sat}%。"))
    B.append(("h", "四、自评得分情况"))
    B.append(("p", f"按照部门整体支出绩效评价指标体系逐项打分，决策、过程、产出、效益四类指标依次得{F(dims['决策'])}分、"
                   f"{F(dims['过程'])}分、{F(dims['产出'])}分和{F(dims['效益'])}分，综合得分{F(total)}分。"
                   f"其中预算执行指标按执行率折算，满意度指标按满意率折算。评分结果见表2。"))
    B.append(("table", {"caption": "表2　部门整体支出绩效自评评分表", "unit": None, "rows": t2}))
    B.append(("p", "评价等级按90分（含）以上为“优”、80分（含）至90分为“良”、60分（含）至80分为“中”、60分以下为“差”"
                   f"划分，本部门自评等级为“优”。"))
    B.append(("h", "五、存在问题及改进措施"))
    B.append(("p", "一是部分项目前期工作不够充分，支付进度滞后；二是绩效目标细化量化不足。下一步将加强项目储备，"
                   "完善绩效指标，提高预算执行的均衡性。"))
    B.append(("sign", ["楸阳县自然资源局", date]))

    L.facts.update({"date": date, "docno": docno})
    L.sum("在编 = 行政 + 事业", [str(staff_adm), str(staff_inst)], str(staff_adm + staff_inst))
    L.anchor("下属单位列举", "即" + "、".join(units[:2]) + "和" + units[2])
    L.sum("调整预算 = 年初 + 追加", [F(init_budget), F(add_budget)], F(adj))
    L.sum("基本支出 = 人员 + 公用", [F(personnel), F(public)], F(basic_exec))
    L.sum("全年支出 = 基本 + 项目", [F(basic_exec), F(pe)], F(spent))
    L.sum("表1 项目调整预算 小计", [F(p[1]) for p in projects], F(pb))
    L.sum("表1 项目执行 小计", [F(p[2]) for p in projects], F(pe))
    L.sum("表1 合计 调整预算", [F(basic_budget), F(pb)], F(adj))
    for r in t1[1:]:
        L.rate(f"表1 {r[0]} 执行率", r[2], r[1], r[3].rstrip("%"))
    L.rate("基本支出 占比", F(basic_exec), F(spent), pct(basic_exec, spent))
    L.sum("三公 = 接待 + 用车", [F(sg_recv), F(sg_car)], F(sg))
    L.le("三公 ≤ 预算", F(sg), F(sg_budget))
    L.diff("三公 减少额", F(sg_prev), F(sg), F(D(sg_prev) - sg))
    L.growth("三公 降幅", F(sg), F(sg_prev), pct(D(sg_prev) - sg, sg_prev), "下降")
    L.prod("巡查点次 = 点数 × 12", str(points), str(patrol_months), I(points * patrol_months), hide=("12",))
    L.rate("网办率", I(online), I(cases), pct(online, cases))
    L.rate("满意率", str(satisfied), str(back), sat)
    L.le("收回 ≤ 发放", str(back), str(sent))
    L.sum("评分表 分值 = 100", [r[2] for r in t2[1:-1]], "100")
    L.sum("评分表 得分合计", [r[3] for r in t2[1:-1]], F(total))
    for a in ("决策", "过程", "产出", "效益"):
        L.sum(f"维度 {a} 得分", [r[3] for r in t2[1:-1] if r[0] == a], F(dims[a]))
    L.sum("四维度 = 综合得分", [F(dims[a]) for a in ("决策", "过程", "产出", "效益")], F(total))
    L.quot("预算执行 得分 = 执行率 × 10%", exec_rate, "10", items[2][3], show=(exec_rate,))
    L.quot("满意度 得分 = 满意率 × 10%", sat, "10", items[-1][3], show=(sat,))
    L.band("等级 优 (≥90)", F(total), "优", "90", "100.01")
    L.anchor("等级", "自评等级为“优”")
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("文号", docno)
    L.same("执行率", exec_rate, 2)
    L.same("综合得分 prose + 表2", F(total), 2)
    return B, L, META
