"""t02 翚阳县人大常委会办公室 2024年度部门决算说明 (FY2024, pdf)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t02_huiyang_county_npc_standing_committee_office_final_accounts_explanation_2024"
FMT = "pdf"


def build():
    d, L = Doc(), Ledger()
    docno = "翚人办〔2025〕21号"
    date = "2025年8月26日"

    # ---- base inputs
    depts = ["办公室", "研究室", "法制工作委员会", "财政经济工作委员会", "代表工作委员会"]
    staff_in, staff_ret = 23, 14
    inc_fin, inc_oth = D("603.26"), D("9.22")
    open_bal = D("18.35")
    rows = [  # code, name, budget, final, basic?
        ("2010101", "行政运行", "312.40", "305.86", True),
        ("2010102", "一般行政管理事务", "46.00", "44.12", False),
        ("2010104", "人大会议", "58.00", "63.45", False),
        ("2010106", "人大监督", "22.00", "20.38", False),
        ("2010107", "人大代表履职能力提升", "39.60", "38.72", False),
        ("2010108", "代表工作", "26.00", "24.91", False),
        ("2080505", "机关事业单位基本养老保险缴费支出", "48.50", "47.96", True),
        ("2101101", "行政单位医疗", "21.20", "20.87", True),
        ("2210201", "住房公积金", "31.50", "30.99", True),
    ]
    oth_exp = D("8.71")
    prior_inc, prior_exp = D("574.36"), D("633.14")
    pers = D("347.22")  # 基本支出中人员经费
    deputies = 198
    train_batches, train_times = 4, 392
    sugg = [("已解决或基本解决", 118), ("列入计划逐步解决", 31), ("因条件限制暂难解决", 14)]
    sg_budget = D("14.60")
    sg_abroad, sg_car, sg_recp = D("0.00"), D("7.85"), D("3.52")
    sg_prior = D("12.06")
    recp_batches, recp_people = 38, 316
    op_prior = D("61.30")
    pur_goods, pur_serv, pur_works = D("12.60"), D("35.20"), D("0.00")
    pur_sme = D("41.35")

    # ---- derived
    staff = staff_in + staff_ret
    inc = inc_fin + inc_oth
    inc_total = inc + open_bal
    fin_budget = sum(D(r[2]) for r in rows)
    fin_exp = sum(D(r[3]) for r in rows)
    exp = fin_exp + oth_exp
    close_bal = open_bal + inc - exp
    exp_total = exp + close_bal
    assert exp_total == inc_total
    basic = sum(D(r[3]) for r in rows if r[4])
    proj = fin_exp - basic
    public = basic - pers  # 公用经费 = 机关运行经费
    rep_funds = D(rows[4][3]) + D(rows[5][3])
    sg = sg_abroad + sg_car + sg_recp
    pur = pur_goods + pur_serv + pur_works
    n_sugg = sum(x[1] for x in sugg)

    s = {k: F(v) for k, v in dict(inc_fin=inc_fin, inc_oth=inc_oth, open_bal=open_bal, inc=inc, inc_total=inc_total,
                                   fin_budget=fin_budget, fin_exp=fin_exp, oth_exp=oth_exp, exp=exp, close_bal=close_bal,
                                   exp_total=exp_total, basic=basic, proj=proj, pers=pers, public=public,
                                   rep=rep_funds, sg_budget=sg_budget, sg_abroad=sg_abroad, sg_car=sg_car,
                                   sg_recp=sg_recp, sg=sg, sg_prior=sg_prior, op_prior=op_prior,
                                   pur_goods=pur_goods, pur_serv=pur_serv, pur_works=pur_works, pur=pur,
                                   pur_sme=pur_sme, prior_inc=prior_inc, prior_exp=prior_exp).items()}
    g_inc, g_inc_r = F(inc - prior_inc), P(inc - prior_inc, prior_inc)
    g_exp, g_exp_r = F(prior_exp - exp), P(prior_exp - exp, prior_exp)
    g_sg, g_sg_r = F(sg_prior - sg), P(sg_prior - sg, sg_prior)
    g_op, g_op_r = F(op_prior - public), P(op_prior - public, op_prior)
    rep_avg = P(rep_funds * 10000, deputies, scale=1)
    recp_avg = P(sg_recp * 10000, recp_batches, scale=1)

    # ---- text
    d.title("翚阳县人大常委会办公室2024年度部门决算说明")
    d.docno(docno)
    d.h("一、部门基本情况")
    d.p(f"翚阳县人大常委会办公室为县人大常委会的办事机构，纳入本部门决算编报范围的内设机构{len(depts)}个，即{'、'.join(depts)}。"
        f"2024年末实有人员{I(staff)}人，在职{I(staff_in)}人、离退休{I(staff_ret)}人。本届县人大代表{I(deputies)}名。")
    d.h("二、收入支出决算总体情况")
    d.p(f"2024年度收入总计{s['inc_total']}万元，包括本年收入{s['inc']}万元和年初结转和结余{s['open_bal']}万元。本年收入中，财政拨款收入{s['inc_fin']}万元，"
        f"其他收入{s['inc_oth']}万元。本年收入较2023年度的{s['prior_inc']}万元增加{g_inc}万元，增长{g_inc_r}%，主要是代表履职保障标准调整。")
    d.p(f"2024年度支出总计{s['exp_total']}万元，包括本年支出{s['exp']}万元和年末结转和结余{s['close_bal']}万元。本年支出中财政拨款支出{s['fin_exp']}万元、"
        f"其他资金支出{s['oth_exp']}万元；本年支出比2023年度（{s['prior_exp']}万元）少{g_exp}万元，下降{g_exp_r}%，原因是上年承担换届选举任务。")
    d.h("三、财政拨款支出决算情况")
    rate_all = P(fin_exp, fin_budget)
    d.p(f"2024年度财政拨款支出年初预算{s['fin_budget']}万元，决算{s['fin_exp']}万元，完成年初预算的{rate_all}%。其中人大会议支出决算大于预算，"
        f"主要是年中追加县人大常委会专题询问及视察经费。分科目情况如下。")
    trs = [["科目编码", "科目名称", "年初预算", "决算数", "完成预算（%）"]]
    for code, nm, b, f, _ in rows:
        trs.append([code, nm, b, f, P(D(f), D(b))])
    trs.append(["", "合计", s["fin_budget"], s["fin_exp"], rate_all])
    d.table("T1", "表1　2024年度财政拨款支出决算明细表", "金额单位：万元", trs)
    d.p(f"按经济性质分，基本支出{s['basic']}万元，占财政拨款支出的{P(basic, fin_exp)}%，其中人员经费{s['pers']}万元、公用经费{s['public']}万元；"
        f"项目支出{s['proj']}万元，占{P(proj, fin_exp)}%。")
    d.h("四、人大代表履职经费情况")
    d.p(f"“人大代表履职能力提升”和“代表工作”两个科目合计支出{s['rep']}万元，按{I(deputies)}名县人大代表平均，每名代表{rep_avg}元。"
        f"全年举办代表履职培训班{I(train_batches)}期，累计培训代表{I(train_times)}人次。收到代表建议{I(n_sugg)}件，全部按期办复，"
        f"其中{sugg[0][0]}{I(sugg[0][1])}件，占{P(sugg[0][1], n_sugg)}%；{sugg[1][0]}{I(sugg[1][1])}件；{sugg[2][0]}{I(sugg[2][1])}件。")
    d.h("五、“三公”经费、机关运行经费及政府采购情况")
    d.p(f"2024年度“三公”经费财政拨款预算{s['sg_budget']}万元，支出{s['sg']}万元，完成预算的{P(sg, sg_budget)}%。其中：因公出国（境）费{s['sg_abroad']}万元；"
        f"公务用车购置及运行维护费{s['sg_car']}万元，全部为运行维护费；公务接待费{s['sg_recp']}万元，接待{I(recp_batches)}批次、{I(recp_people)}人次，"
        f"每批次平均{recp_avg}元。“三公”经费支出较上年{s['sg_prior']}万元减少{g_sg}万元，降幅{g_sg_r}%。")
    d.p(f"机关运行经费支出{s['public']}万元，比上年{s['op_prior']}万元下降{g_op_r}%（减少{g_op}万元）。政府采购支出总额{s['pur']}万元，"
        f"其中货物{s['pur_goods']}万元、服务{s['pur_serv']}万元、工程{s['pur_works']}万元；授予中小企业合同金额{s['pur_sme']}万元，占政府采购支出总额的{P(pur_sme, pur)}%。"
        f"截至2024年12月31日，本单位共有车辆2辆，均为一般公务用车。")
    d.h("六、预算绩效管理情况")
    d.p(f"本部门对全部{I(5)}个项目、项目支出{s['proj']}万元开展了绩效自评，自评覆盖率100%。决算公开联系电话：0738-4619352。")
    d.sign(["翚阳县人大常委会办公室", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.anchor("电话", "0738-4619352")
    L.dated("落款晚于年度终了", date, "2024-12-31")
    L.count("内设机构个数=所列名称", str(len(depts)), depts)
    L.sum("实有人员=在职+离退休", [I(staff_in), I(staff_ret)], I(staff))
    L.sum("本年收入=财政拨款收入+其他收入", [s["inc_fin"], s["inc_oth"]], s["inc"])
    L.sum("收入总计=本年收入+年初结转结余", [s["inc"], s["open_bal"]], s["inc_total"])
    L.growth("本年收入较上年", s["prior_inc"], s["inc"], g_inc, g_inc_r, "增")
    L.sum("本年支出=财政拨款支出+其他资金支出", [s["fin_exp"], s["oth_exp"]], s["exp"])
    L.sum("支出总计=本年支出+年末结转结余", [s["exp"], s["close_bal"]], s["exp_total"])
    L.bal("年末结转结余=年初+本年收入-本年支出", s["open_bal"], s["inc"], s["exp"], s["close_bal"])
    L.eq("收入总计=支出总计", s["inc_total"], s["exp_total"])
    L.growth("本年支出较上年", s["prior_exp"], s["exp"], g_exp, g_exp_r, "减")
    for r in trs[1:-1]:
        L.ratio(f"表1 {r[1]}完成预算", r[3], r[2], r[4])
    L.sum("表1年初预算合计", [r[2] for r in trs[1:-1]], s["fin_budget"])
    L.sum("表1决算数合计", [r[3] for r in trs[1:-1]], s["fin_exp"])
    L.ratio("财政拨款完成年初预算比例", s["fin_exp"], s["fin_budget"], rate_all)
    L.sum("基本支出=行政运行+养老+医疗+公积金", [rows[0][3], rows[6][3], rows[7][3], rows[8][3]], s["basic"])
    L.sum("财政拨款支出=基本+项目", [s["basic"], s["proj"]], s["fin_exp"] + "#econ")
    L.sum("基本支出=人员经费+公用经费", [s["pers"], s["public"]], s["basic"])
    L.ratio("基本支出占比", s["basic"], s["fin_exp"], P(basic, fin_exp))
    L.ratio("项目支出占比", s["proj"], s["fin_exp"], P(proj, fin_exp))
    L.sum("代表履职经费=两科目之和", [rows[4][3], rows[5][3]], s["rep"])
    L.ratio("每名代表平均(元)=万元*10000/代表数", s["rep"], I(deputies), rep_avg, scale="10000")
    L.sum("代表建议=三类之和", [I(x[1]) for x in sugg], I(n_sugg))
    L.ratio("已解决占代表建议比重", I(sugg[0][1]), I(n_sugg), P(sugg[0][1], n_sugg))
    L.sum("三公经费=出国+公务用车+公务接待", [s["sg_abroad"], s["sg_car"], s["sg_recp"]], s["sg"])
    L.ratio("三公经费完成预算", s["sg"], s["sg_budget"], P(sg, sg_budget))
    L.ratio("公务接待每批次平均(元)", s["sg_recp"], I(recp_batches), recp_avg, scale="10000")
    L.count("开展自评项目个数=表1项目支出科目", "5#proj", [r[1] for r in rows if not r[4]])
    L.growth("三公经费较上年", s["sg_prior"], s["sg"], g_sg, g_sg_r, "减")
    L.growth("机关运行经费较上年", s["op_prior"], s["public"], g_op, g_op_r, "减")
    L.sum("政府采购=货物+服务+工程", [s["pur_goods"], s["pur_serv"], s["pur_works"]], s["pur"])
    L.ratio("授予中小企业占比", s["pur_sme"], s["pur"], P(pur_sme, pur))
    L.le("人大会议决算大于预算（追加）", rows[2][2], rows[2][3])

    meta = {"title": "翚阳县人大常委会办公室2024年度部门决算说明", "date": date, "docno": docno, "fy": 2024,
            "col_widths": {"T1": [22, 66, 24, 24, 28]}}
    return d, L, meta
