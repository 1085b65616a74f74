"""t03 瓴溪县 2025年度少数民族发展资金分配结果公示 (FY2025, txt with tab tables)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t03_lingxi_county_ethnic_minority_development_fund_allocation_results_notice_2025"
FMT = "txt-tab"


def build():
    d, L = Doc(), Ledger()
    docno = "瓴民宗〔2026〕2号"
    date = "2026年1月9日"
    phone = "0746-2957183"

    # ---- base inputs
    src_central, src_county = D("400.00"), D("120.00")
    prior_total = D("478.00")
    cats = ["基础设施", "特色产业", "民族文化保护传承"]
    projects = [  # name, town, category, beneficiaries, funds
        ("瓴东村民族特色村寨道路硬化", "瓴东乡", "基础设施", 1126, "96.00"),
        ("下瓴村人畜饮水巩固提升", "下瓴镇", "基础设施", 864, "58.50"),
        ("瓴岗村文化广场及风雨桥修缮", "瓴岗乡", "民族文化保护传承", 742, "42.00"),
        ("瓴东乡高山茶园提质增效", "瓴东乡", "特色产业", 1380, "88.00"),
        ("下瓴镇民族刺绣扶贫工坊", "下瓴镇", "特色产业", 415, "64.50"),
        ("瓴西乡油茶林低产改造", "瓴西乡", "特色产业", 968, "71.00"),
        ("瓴岗乡坝区机耕道建设", "瓴岗乡", "基础设施", 653, "77.00"),
        ("民族语言及非遗技艺传承培训", "全县", "民族文化保护传承", 1520, "23.00"),
    ]
    towns = ["瓴东乡", "下瓴镇", "瓴岗乡", "瓴西乡"]
    cap = D("100.00")
    uniq_benef, uniq_minor = 5912, 4487
    pop_total, pop_minor = D("21.46"), D("8.37")
    paid = D("463.80")
    inc_now, inc_prior = 17846, 16536
    county_rate = D("6.56")
    ind_share_prior = D("38.60")

    # ---- derived
    total = src_central + src_county
    proj_sum = sum(D(p[4]) for p in projects)
    assert proj_sum == total
    cat_amt = {c: sum(D(p[4]) for p in projects if p[2] == c) for c in cats}
    cat_n = {c: sum(1 for p in projects if p[2] == c) for c in cats}
    cat_sh = {c: P(cat_amt[c], total) for c in cats}
    assert sum(D(v) for v in cat_sh.values()) == D("100.00")
    benef_sum = sum(p[3] for p in projects)
    unpaid = total - paid
    inc_rate = P(inc_now - inc_prior, inc_prior)
    gap = D(inc_rate) - county_rate
    ind_pp = D(cat_sh["特色产业"]) - ind_share_prior
    mx = max(D(p[4]) for p in projects)
    mn = min(D(p[4]) for p in projects)

    st = F(total)
    d.title("瓴溪县民族宗教事务局　瓴溪县财政局\n关于2025年度少数民族发展资金分配结果的公示")
    d.docno(docno)
    d.p("为规范少数民族发展资金管理，提高资金使用透明度，根据少数民族发展资金管理有关规定，现将我县2025年度少数民族发展资金分配结果予以公示。")
    d.h("一、资金总体情况")
    d.p(f"2025年度全县少数民族发展资金{st}万元，来源为中央财政少数民族发展资金{F(src_central)}万元和县级财政配套资金{F(src_county)}万元。"
        f"资金总量较上年度{F(prior_total)}万元增长{P(total - prior_total, prior_total)}%，净增{F(total - prior_total)}万元。")
    d.p(f"资金安排分为{len(cats)}类，即{'、'.join(cats)}，共支持项目{I(len(projects))}个，项目覆盖{len(towns)}个乡镇，即{'、'.join(towns)}，"
        f"另有1个全县性培训项目。单个项目补助不超过{F(cap)}万元，本年度单个项目最高{F(mx)}万元、最低{F(mn)}万元，平均每个项目{P(total, len(projects), scale=1)}万元。")
    d.h("二、分项目安排情况")
    trs = [["序号", "项目名称", "实施地点", "资金类别", "受益人口（人）", "安排资金（万元）"]]
    for i, p in enumerate(projects, 1):
        trs.append([str(i), p[0], p[1], p[2], I(p[3]), p[4]])
    trs.append(["", "合计", "", "", I(benef_sum), st])
    d.table("T1", "表1\t2025年度少数民族发展资金项目安排表", "", trs)
    d.p(f"表1受益人口按项目分别统计，合计{I(benef_sum)}人。剔除同一群众在多个项目中重复受益的情况后，实际受益群众{I(uniq_benef)}人，"
        f"其中少数民族群众{I(uniq_minor)}人，占{P(uniq_minor, uniq_benef)}%。全县户籍人口{F(pop_total)}万人，少数民族人口{F(pop_minor)}万人，"
        f"占全县户籍人口的{P(pop_minor, pop_total)}%。")
    d.h("三、分类别安排情况")
    trs2 = [["资金类别", "项目数（个）", "安排资金（万元）", "占比（%）"]]
    for c in cats:
        trs2.append([c, I(cat_n[c]), F(cat_amt[c]), cat_sh[c]])
    trs2.append(["合计", I(len(projects)), st, "100.00"])
    d.table("T2", "表2\t2025年度少数民族发展资金分类别汇总表", "", trs2)
    d.p(f"特色产业类资金占比{cat_sh['特色产业']}%，较上年的{F(ind_share_prior)}%提高{F(ind_pp)}个百分点，资金进一步向联农带农产业倾斜。")
    d.h("四、资金拨付及成效")
    d.p(f"截至2025年12月31日，已拨付资金{F(paid)}万元，拨付率{P(paid, total)}%；尚未拨付的{F(unpaid)}万元为项目质量保证金和待验收尾款，"
        f"计划于2026年3月底前完成验收后拨付。全县12个少数民族聚居村农村居民人均可支配收入{I(inc_now)}元，比上年的{I(inc_prior)}元增加{I(inc_now - inc_prior)}元，"
        f"增长{inc_rate}%，增幅高于全县农村居民平均水平（{F(county_rate)}%）{F(gap)}个百分点。")
    d.h("五、公示时间及监督方式")
    d.p(f"公示时间为7天。如有异议，请以书面或电话方式向县民族宗教事务局、县财政局反映。监督电话：{phone}。")
    d.sign(["瓴溪县民族宗教事务局　　瓴溪县财政局", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.anchor("电话", phone)
    L.dated("落款晚于年度终了", date, "2025-12-31")
    L.sum("资金总额=中央+县级配套", [F(src_central), F(src_county)], st)
    L.growth("资金总额较上年", F(prior_total), st, F(total - prior_total), P(total - prior_total, prior_total), "增")
    L.count("资金类别数=所列类别", str(len(cats)), cats)
    L.count("覆盖乡镇数=所列乡镇", str(len(towns)) + "#towns", towns)
    L.count("项目个数=表1项目行数", I(len(projects)) + "#proj", [p[0] for p in projects])
    L.le("单个项目不超过上限", F(mx), F(cap))
    L.max("最高项目资金", F(mx), [p[4] for p in projects])
    L.min("最低项目资金", F(mn), [p[4] for p in projects])
    L.ratio("平均每个项目资金", st, I(len(projects)) + "#proj", P(total, len(projects), scale=1), scale="1")
    L.sum("表1受益人口合计", [r[4] for r in trs[1:-1]], I(benef_sum))
    L.sum("表1安排资金合计", [r[5] for r in trs[1:-1]], st + "#t1")
    L.ratio("实际受益少数民族占比", I(uniq_minor), I(uniq_benef), P(uniq_minor, uniq_benef))
    L.le("不重复受益人数不超过分项目合计", I(uniq_benef), I(benef_sum))
    L.ratio("少数民族人口占户籍人口", F(pop_minor), F(pop_total), P(pop_minor, pop_total))
    for c, r in zip(cats, trs2[1:-1]):
        L.sum(f"表2 {c}资金=表1同类项目之和", [p[4] for p in projects if p[2] == c], r[2])
        L.count(f"表2 {c}项目数=表1同类项目", r[1] + f"#{c}", [p[0] for p in projects if p[2] == c])
        L.ratio(f"表2 {c}占比", r[2], st, r[3])
    L.sum("表2项目数合计", [r[1] for r in trs2[1:-1]], I(len(projects)) + "#t2n")
    L.sum("表2资金合计", [r[2] for r in trs2[1:-1]], st + "#t2")
    L.sum("表2占比合计", [r[3] for r in trs2[1:-1]], "100.00")
    L.pp("特色产业占比较上年提高", F(ind_share_prior), cat_sh["特色产业"], F(ind_pp), "升")
    L.ratio("拨付率", F(paid), st, P(paid, total))
    L.diff("未拨付=总额-已拨付", st, F(paid), F(unpaid))
    L.growth("聚居村人均可支配收入较上年", I(inc_prior), I(inc_now), I(inc_now - inc_prior), inc_rate, "增")
    L.pp("增幅高于全县百分点", F(county_rate), inc_rate, F(gap), "升")

    meta = {"title": "瓴溪县2025年度少数民族发展资金分配结果公示", "date": date, "docno": docno, "fy": 2025}
    return d, L, meta
