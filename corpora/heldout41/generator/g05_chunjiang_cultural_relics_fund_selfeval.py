"""t05 椿江县文化广电旅游体育局 文物保护专项资金 2024年度项目支出绩效自评报告 — pdf (reportlab, STSong-Light)."""
from lib41 import D, F, I, pct, Ledger

NAME = "t05_chunjiang_county_cultural_relics_protection_fund_project_selfeval_2024"
META = {"format": "pdf", "ext": "pdf"}


def build():
    L = Ledger(NAME + ".pdf")
    docno, date = "椿文旅〔2025〕6号", "2025年3月20日"
    src = [("中央", "480.00"), ("省级", "230.00"), ("县级", "150.00")]
    projects = [("蘘溪石桥修缮工程", "320.00", "308.40"),
                ("茛村古民居群抢险加固", "285.00", "262.86"),
                ("县博物馆馆藏文物预防性保护", "168.00", "159.20"),
                ("不可移动文物安全巡查及“四有”工作", "87.00", "82.00")]
    # indicators: name, unit, target, actual
    ind = [("文物建筑修缮面积", "平方米", 2400, 2460),
           ("安全巡查不可移动文物点", "处", 146, 146),
           ("预防性保护馆藏文物", "件/套", 320, 296)]
    quarters = 4
    batches = ["258.00", "344.00", "210.46"]
    visitors, visitors_prev = 86420, 79350
    back, satisfied = 272, 256
    dims = [("决策", "14.00"), ("过程", "17.60"), ("产出", "36.20"), ("效益", "23.60")]

    funds = sum(D(s[1]) for s in src)
    bud = sum(D(p[1]) for p in projects)
    assert bud == funds
    spent = sum(D(p[2]) for p in projects)
    er = pct(spent, funds)
    total = sum(D(d[1]) for d in dims)
    assert D(90) <= total < D(100)
    g = pct(visitors - visitors_prev, visitors_prev)

    t1 = [["项目名称", "预算数", "支出数", "执行率"]]
    for n, b, e in projects:
        t1.append([n, F(b), F(e), pct(e, b) + "%"])
    t1.append(["合计", F(bud), F(spent), er + "%"])
    t2 = [["绩效指标", "年度目标", "实际完成", "完成率"]]
    for n, u, a, b in ind:
        t2.append([f"{n}（{u}）", I(a), I(b), pct(b, a) + "%"])

    B = []
    B.append(("title", "椿江县文物保护专项资金2024年度项目支出绩效自评报告"))
    B.append(("sub", f"椿江县文化广电旅游体育局　{docno}"))
    B.append(("h", "一、项目概况"))
    B.append(("p", f"2024年，全县共安排文物保护专项资金{F(funds)}万元，其中中央补助{F(src[0][1])}万元、"
                   f"省级补助{F(src[1][1])}万元、县级配套{F(src[2][1])}万元，县级配套占{pct(src[2][1], funds)}%。"
                   f"资金用于{len(projects)}个子项目，即蘘溪石桥修缮、茛村古民居群抢险加固、县博物馆馆藏文物预防性保护和"
                   f"不可移动文物安全巡查。"))
    B.append(("h", "二、资金使用情况"))
    B.append(("p", f"截至2024年12月31日，累计支出{F(spent)}万元，预算执行率{er}%，结余{F(funds - spent)}万元"
                   f"为茛村古民居群工程质保金及巡查设备尾款，将于2025年按合同支付。资金实行专账核算、国库集中支付，"
                   f"按工程进度分{len(batches)}批拨付，依次为{F(batches[0])}万元、{F(batches[1])}万元和{F(batches[2])}万元，"
                   f"未发现截留、挪用情况。各子项目执行情况见表1。"))
    B.append(("table", {"caption": "表1　文物保护专项资金分项目执行情况", "unit": "单位：万元", "rows": t1}))
    B.append(("h", "三、绩效目标完成情况"))
    B.append(("p", f"产出方面，主要指标完成情况见表2。全县{ind[1][2]}处不可移动文物点每季度巡查一次，全年累计巡查"
                   f"{I(ind[1][2] * quarters)}处次；馆藏文物预防性保护完成{ind[2][3]}件/套，为年度目标的{pct(ind[2][3], ind[2][2])}%，"
                   f"未完成部分为纸质文物，因恒温恒湿展柜到货延迟顺延至2025年一季度。"))
    B.append(("table", {"caption": "表2　主要产出指标完成情况", "unit": None, "rows": t2}))
    B.append(("p", f"效益方面，县博物馆全年接待观众{I(visitors)}人次，较上年的{I(visitors_prev)}人次增加"
                   f"{I(visitors - visitors_prev)}人次，同比增长{g}%；蘘溪石桥修缮后恢复通行。对周边群众和观众开展"
                   f"满意度调查，有效问卷{back}份，满意{satisfied}份，满意度{pct(satisfied, back)}%。"))
    B.append(("h", "四、自评结论"))
    B.append(("p", "经自评，本项目决策、过程、产出、效益四个方面分别得"
                   + "、".join(d[1] + "分" for d in dims) + f"，合计{F(total)}分，自评等级为“优”（90分及以上）。"))
    B.append(("h", "五、问题和建议"))
    B.append(("p", "一是文物保护工程专业队伍不足，施工进度受季节影响大；二是县级配套资金到位偏晚。建议提前开展工程"
                   "勘察设计，将县级配套资金纳入年初预算足额安排。"))
    B.append(("sign", ["椿江县文化广电旅游体育局", date]))

    L.facts.update({"date": date, "docno": docno})
    L.sum("资金 = 中央 + 省 + 县", [F(s[1]) for s in src], F(funds))
    L.rate("县级配套 占比", F(src[2][1]), F(funds), pct(src[2][1], funds))
    L.anchor("子项目列举 4 个", "即蘘溪石桥修缮、茛村古民居群抢险加固、县博物馆馆藏文物预防性保护和不可移动文物安全巡查")
    L.sum("拨付 三批 = 支出", [F(b) for b in batches], F(spent))
    L.sum("表1 预算 合计", [r[1] for r in t1[1:-1]], t1[-1][1])
    L.sum("表1 支出 合计", [r[2] for r in t1[1:-1]], t1[-1][2])
    for r in t1[1:]:
        L.rate(f"表1 {r[0]} 执行率", r[2], r[1], r[3].rstrip("%"))
    L.signed("结余 = 资金 − 支出", [("+", F(funds)), ("-", F(spent))], F(funds - spent))
    for r in t2[1:]:
        L.rate(f"表2 {r[0]} 完成率", r[2], r[1], r[3].rstrip("%"))
    L.prod("巡查处次 = 处 × 4 季度", str(ind[1][2]), str(quarters), I(ind[1][2] * quarters), hide=("4",))
    L.diff("观众 增加", I(visitors), I(visitors_prev), I(visitors - visitors_prev))
    L.growth("观众 同比", I(visitors), I(visitors_prev), g, "增长")
    L.rate("满意度", str(satisfied), str(back), pct(satisfied, back))
    L.sum("得分 四方面", [d[1] for d in dims], F(total))
    L.band("等级 优", F(total), "优", "90", "100")
    L.anchor("等级", "自评等级为“优”")
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("文号", docno)
    L.same("执行率 prose + 表1", er, 2)
    return B, L, META
