"""t06 槭宁县财政局 关于2024年度政府非税收入征收管理情况的报告 — docx, narrative-heavy, one small table."""
from lib41 import D, F, I, pct, Ledger

NAME = "t06_qining_county_government_nontax_revenue_collection_management_report_2024"
META = {"format": "docx", "ext": "docx"}


def build():
    L = Ledger(NAME + ".docx")
    docno, date = "槭财综〔2025〕7号", "2025年3月4日"
    cats = [("专项收入", "6842.30", "6418.90"), ("行政事业性收费收入", "2136.85", "2248.30"),
            ("罚没收入", "1487.60", "1702.35"), ("国有资源（资产）有偿使用收入", "4215.40", "3524.10"),
            ("其他收入", "362.45", "343.15")]
    special = [("教育费附加", "3916.20"), ("地方教育附加", "2610.80"), ("残疾人就业保障金", "315.30")]
    gp_rev = "48620.00"
    bills, online = 86524, 71208
    units_n = 63
    fee_items_cut = 4

    tot = sum(D(c[1]) for c in cats)
    prev = sum(D(c[2]) for c in cats)
    assert sum(D(s[1]) for s in special) == D(cats[0][1])
    tax = D(gp_rev) - tot
    g = pct(tot - prev, prev)

    t = [["项目", "2024年", "2023年", "增减率"]]
    for n, a, b in cats:
        t.append([n, F(a), F(b), pct(D(a) - D(b), b) + "%"])
    t.append(["非税收入合计", F(tot), F(prev), g + "%"])

    fines = cats[2]
    ga = cats[3]
    B = []
    B.append(("title", "槭宁县财政局关于2024年度政府非税收入征收管理情况的报告"))
    B.append(("sub", docno))
    B.append(("p", "县人民政府："))
    B.append(("p", "2024年，县财政局认真落实非税收入收缴管理制度，规范执收行为，推进收缴电子化。现将有关情况报告如下。"))
    B.append(("h", "一、非税收入完成情况"))
    B.append(("p", f"全年一般公共预算收入{F(gp_rev)}万元，其中税收收入{F(tax)}万元、非税收入{F(tot)}万元，"
                   f"非税收入占一般公共预算收入的{pct(tot, gp_rev)}%，税收收入占比为{pct(tax, gp_rev)}%。"
                   f"非税收入较上年的{F(prev)}万元增加{F(tot - prev)}万元，同比增长{g}%。"))
    B.append(("p", f"分项目看，专项收入、行政事业性收费收入、罚没收入、国有资源（资产）有偿使用收入和其他收入分别为"
                   + "、".join(F(c[1]) + "万元" for c in cats) + "。"
                   f"专项收入中，教育费附加{F(special[0][1])}万元，地方教育附加{F(special[1][1])}万元，"
                   f"残疾人就业保障金{F(special[2][1])}万元。国有资源（资产）有偿使用收入较上年增加"
                   f"{F(D(ga[1]) - D(ga[2]))}万元，增长{pct(D(ga[1]) - D(ga[2]), ga[2])}%，主要是县城2处公共停车场和"
                   f"农贸市场摊位经营权公开出让；罚没收入比上年减少{F(D(fines[2]) - D(fines[1]))}万元，"
                   f"下降{pct(D(fines[2]) - D(fines[1]), fines[2])}%，与执法方式由重处罚向重规范转变有关。"
                   "各项收入与上年比较见表1。"))
    B.append(("table", {"caption": "表1　2024年度非税收入分项目完成情况（万元）", "unit": None, "rows": t}))
    B.append(("h", "二、征收管理工作"))
    B.append(("p", f"一是推进收缴电子化。全县{units_n}家执收单位全部接入非税收入收缴系统，全年开具电子票据"
                   f"{I(bills)}笔，其中通过网上缴费和扫码缴费{I(online)}笔，线上缴费占比{pct(online, bills)}%。"
                   f"二是清理规范收费。对县本级行政事业性收费目录进行复核，停征、取消收费项目{fee_items_cut}项，"
                   f"行政事业性收费收入比上年下降{pct(D(cats[1][2]) - D(cats[1][1]), cats[1][2])}%。"
                   "三是加强罚没收入管理，严禁下达或变相下达罚没指标，罚没收入全额缴入国库。"))
    B.append(("h", "三、存在问题"))
    B.append(("p", "非税收入占比仍然偏高，收入质量有待提升；部分国有资产有偿使用收入存在一次性因素，"
                   "可持续性不强；个别执收单位票据核销不够及时。"))
    B.append(("h", "四、下一步工作"))
    B.append(("p", "县财政局将加强收入形势分析，督促执收单位依法依规征收，严禁虚收空转，继续扩大线上缴费覆盖面，"
                   "不断提高非税收入征管水平。"))
    B.append(("p", "特此报告。"))
    B.append(("sign", ["槭宁县财政局", date]))

    L.facts.update({"date": date, "docno": docno})
    L.sum("表1 2024 合计", [r[1] for r in t[1:-1]], t[-1][1])
    L.sum("表1 2023 合计", [r[2] for r in t[1:-1]], t[-1][2])
    for r in t[1:]:
        word = "增长" if D(r[1]) > D(r[2]) else "下降"
        L.growth(f"表1 {r[0]} 增减率", r[1], r[2], r[3].rstrip("%").lstrip("-"), word)
    L.signed("税收 = 一般公共预算收入 − 非税", [("+", F(gp_rev)), ("-", F(tot))], F(tax))
    L.rate("非税 占比", F(tot), F(gp_rev), pct(tot, gp_rev))
    L.rate("税收 占比", F(tax), F(gp_rev), pct(tax, gp_rev))
    L.diff("非税 增加额", F(tot), F(prev), F(tot - prev))
    L.growth("非税 同比", F(tot), F(prev), g, "增长")
    L.sum("分别为 五项", [F(c[1]) for c in cats], F(tot))
    L.sum("专项收入 = 三项", [F(s[1]) for s in special], F(cats[0][1]))
    L.diff("国有资源 增加额", F(ga[1]), F(ga[2]), F(D(ga[1]) - D(ga[2])))
    L.growth("国有资源 增长", F(ga[1]), F(ga[2]), pct(D(ga[1]) - D(ga[2]), ga[2]), "增长")
    L.diff("罚没 减少额", F(fines[2]), F(fines[1]), F(D(fines[2]) - D(fines[1])))
    L.growth("罚没 下降", F(fines[1]), F(fines[2]), pct(D(fines[2]) - D(fines[1]), fines[2]), "下降")
    L.growth("收费 下降", F(cats[1][1]), F(cats[1][2]), pct(D(cats[1][2]) - D(cats[1][1]), cats[1][2]), "下降")
    L.rate("线上缴费占比", I(online), I(bills), pct(online, bills))
    L.anchor("一是/二是/三是", "三是加强罚没收入管理")
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("文号", docno)
    L.same("非税合计 prose + 表1", F(tot), 2)
    return B, L, META
