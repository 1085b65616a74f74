"""t05 嵴山县禁毒委员会办公室 2025年度禁毒工作经费项目支出绩效自评报告 (FY2025, docx)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t05_jishan_county_drug_control_work_funds_project_performance_selfeval_2025"
FMT = "docx"


def build():
    d, L = Doc(), Ledger()
    docno = "嵴禁毒办〔2026〕3号"
    date = "2026年2月27日"

    # ---- base inputs
    b_init, b_add = D("85.00"), D("12.00")
    prior_funds = D("88.40")
    items = [  # name, budget, spent
        ("禁毒宣传教育", "18.00", "17.26"),
        ("社区戒毒社区康复", "22.00", "21.40"),
        ("吸毒人员毛发检测", "15.00", "14.52"),
        ("禁毒社工购买服务", "36.00", "35.64"),
        ("易制毒化学品监管", "6.00", "4.98"),
    ]
    social_workers = 18
    hair_tests, hair_price = 1210, 120
    acts = [("进校园", 48), ("进社区", 41), ("进农村", 37)]
    act_target = 100
    audience = D("8.65")
    reg, reported = 164, 160
    exec_prior = D("96.30")
    users_now, users_prior = 312, 357
    new_now, new_prior = 9, 17
    survey_sent, survey_back, survey_ok = 400, 386, 367
    # score table: (一级, 分值一级, [(二级, 分值, 得分 or None->derived)])
    # ---- derived
    budget = b_init + b_add
    bsum = sum(D(i[1]) for i in items)
    assert bsum == budget
    spent = sum(D(i[2]) for i in items)
    exec_r = P(spent, budget)
    hair_amt = D(hair_tests * hair_price) / 10000
    assert q2(hair_amt) == D(items[2][2])
    per_sw = P(D(items[3][2]) * 10000, social_workers, scale=1)
    n_acts = sum(a[1] for a in acts)
    act_done = P(n_acts, act_target)
    comm_r = P(reported, reg)
    comm_pp = D(comm_r) - exec_prior
    users_chg, users_r = users_prior - users_now, P(users_prior - users_now, users_prior)
    sat = P(survey_ok, survey_back)
    s_exec = F(D(exec_r) / 10)
    s_comm = F(D(comm_r) / 10)
    s_sat = F(D(sat) / 10)
    score = [
        ("决策", [("项目立项", "5", "5.00"), ("绩效目标", "5", "5.00"), ("资金投入", "5", "4.50")]),
        ("过程", [("资金管理", "10", s_exec), ("组织实施", "10", "9.00")]),
        ("产出", [("产出数量", "15", "15.00"), ("产出质量", "10", s_comm), ("产出时效", "5", "5.00"), ("产出成本", "10", "9.00")]),
        ("效益", [("社会效益", "15", "14.00"), ("满意度", "10", s_sat)]),
    ]
    lvl1 = [(a, sum(D(x[1]) for x in rows), sum(D(x[2]) for x in rows)) for a, rows in score]
    total = sum(x[2] for x in lvl1)
    assert sum(x[1] for x in lvl1) == 100
    for _, rows in score:
        for x in rows:
            assert D(x[2]) <= D(x[1])
    bands = [("90", "优"), ("80", "良"), ("60", "中"), ("0", "差")]
    grade = [g for lo, g in bands if total >= D(lo)][0]
    g_f, g_r = F(budget - prior_funds), P(budget - prior_funds, prior_funds)
    low = min(items, key=lambda i: D(i[2]) / D(i[1]))
    low_r = P(D(low[2]), D(low[1]))

    d.title("嵴山县禁毒委员会办公室2025年度禁毒工作经费项目支出绩效自评报告")
    d.docno(docno)
    d.h("一、项目基本情况")
    d.p(f"禁毒工作经费用于全县禁毒宣传教育、社区戒毒社区康复、吸毒人员检测管控、禁毒社工购买服务和易制毒化学品监管。2025年度项目全年预算{F(budget)}万元，"
        f"其中年初预算{F(b_init)}万元，8月追加{F(b_add)}万元用于扩大毛发检测覆盖面。项目资金同比多{g_f}万元，涨幅{g_r}%（上年{F(prior_funds)}万元）。")
    d.h("二、资金使用情况")
    d.p(f"全年实际支出{F(spent)}万元，预算执行率{exec_r}%。{low[0]}执行率{low_r}%，为各项中最低，主要是部分企业年度核查延至2026年初开展。")
    trs = [["支出内容", "全年预算（万元）", "实际支出（万元）", "执行率（%）"]]
    for nm, b, sp in items:
        trs.append([nm, b, sp, P(D(sp), D(b))])
    trs.append(["合计", F(budget), F(spent), exec_r])
    d.table("T1", "表1　禁毒工作经费支出明细", "", trs)
    d.h("三、绩效目标完成情况")
    d.p(f"（一）禁毒宣传。全年开展“禁毒宣传进万家”活动{I(n_acts)}场，进校园、进社区、进农村各{I(acts[0][1])}场、{I(acts[1][1])}场、{I(acts[2][1])}场，"
        f"年度目标{I(act_target)}场，完成{act_done}%，覆盖群众{F(audience)}万人次。")
    d.p(f"（二）管控服务。购买禁毒社工服务{I(social_workers)}人，人均服务费{per_sw}元。开展吸毒人员毛发检测{I(hair_tests)}人次，每人次{I(hair_price)}元，"
        f"检测支出与表1一致。社区戒毒社区康复在册{I(reg)}人，按期报到执行{I(reported)}人，执行率{comm_r}%，较上年{F(exec_prior)}%高出{F(comm_pp)}个百分点。")
    d.p(f"（三）治理成效。年末全县现有吸毒人员{I(users_now)}人，比上年末的{I(users_prior)}人减少{I(users_chg)}人，下降{users_r}%；"
        f"新发现吸毒人员由上年的{I(new_prior)}人降至{I(new_now)}人，减少{I(new_prior - new_now)}人。")
    d.p(f"（四）满意度。发放问卷{I(survey_sent)}份，回收有效问卷{I(survey_back)}份，其中表示满意的{I(survey_ok)}份，满意度{sat}%。")
    d.h("四、自评结论")
    d.p("评分标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。资金管理、产出质量和满意度指标分别按预算执行率、"
        "社区戒毒社区康复执行率和满意度的十分之一计分。")
    trs2 = [["一级指标", "二级指标", "分值", "得分"]]
    for a, rows in score:
        for x in rows:
            trs2.append([a, x[0], x[1], x[2]])
    trs2.append(["合计", "", "100", F(total)])
    d.table("T2", "表2　绩效自评评分表", "", trs2)
    d.p(f"决策、过程、产出、效益四类指标分别得{'分、'.join(F(x[2]) for x in lvl1)}分。经综合评定，本项目2025年度绩效自评得分{F(total)}分，等级为“{grade}”。")
    d.h("五、存在问题及改进措施")
    d.p("一是易制毒化学品监管经费执行偏慢；二是农村地区宣传覆盖仍不均衡。2026年将按季度调度支出进度，并将宣传重点向偏远村组延伸。")
    d.sign(["嵴山县禁毒委员会办公室", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.dated("落款晚于年度终了", date, "2025-12-31")
    L.sum("全年预算=年初+追加", [F(b_init), F(b_add)], F(budget))
    L.growth("项目资金较上年", F(prior_funds), F(budget), g_f, g_r, "增")
    L.ratio("预算执行率", F(spent), F(budget), exec_r)
    for r in trs[1:-1]:
        L.ratio(f"表1 {r[0]}执行率", r[2], r[1], r[3])
    L.sum("表1预算合计", [r[1] for r in trs[1:-1]], F(budget) + "#t1")
    L.sum("表1支出合计", [r[2] for r in trs[1:-1]], F(spent) + "#t1")
    L.min("易制毒监管执行率最低", low_r, [r[3] for r in trs[1:-1]])
    L.sum("宣传活动=进校园+进社区+进农村", [I(a[1]) for a in acts], I(n_acts))
    L.ratio("宣传活动完成率", I(n_acts), I(act_target), act_done)
    L.ratio("社工人均服务费(元)", items[3][2], I(social_workers), per_sw, scale="10000")
    L.prod("毛发检测支出=人次*单价", I(hair_tests), I(hair_price), items[2][2] + "#hair", scale="0.0001")
    L.ratio("社区戒毒康复执行率", I(reported), I(reg), comm_r)
    L.pp("执行率较上年高出百分点", F(exec_prior), comm_r, F(comm_pp), "升")
    L.growth("现有吸毒人员较上年", I(users_prior), I(users_now), I(users_chg), users_r, "减")
    L.growth("新发现吸毒人员较上年", I(new_prior), I(new_now), I(new_prior - new_now), None, "减")
    L.ratio("满意度=满意/回收", I(survey_ok), I(survey_back), sat)
    L.le("回收问卷不超过发放", I(survey_back), I(survey_sent))
    L.prod("资金管理得分=执行率/10", exec_r, "1", s_exec, scale="0.1")
    L.prod("产出质量得分=康复执行率/10", comm_r, "1", s_comm, scale="0.1")
    L.prod("满意度得分=满意度/10", sat, "1", s_sat, scale="0.1")
    L.sum("表2分值合计", [r[2] for r in trs2[1:-1]], "100")
    L.sum("表2得分合计", [r[3] for r in trs2[1:-1]], F(total) + "#t2")
    for a, rows in score:
        sc = F(sum(D(x[2]) for x in rows))
        L.sum(f"{a}类得分=二级之和", [x[2] for x in rows], sc + f"#{a}")
    L.sum("四类得分之和=总分", [F(x[2]) for x in lvl1], F(total) + "#concl")
    L.eq("结论得分=表2合计", F(total) + "#concl", F(total) + "#t2")
    L.band("等级与得分相符", F(total), grade, bands)
    L.same("自评得分重述", F(total), 2)

    meta = {"title": "嵴山县2025年度禁毒工作经费项目支出绩效自评报告", "date": date, "docno": docno, "fy": 2025}
    return d, L, meta


def q2(x):
    from lib55 import q
    return q(x, 2)
