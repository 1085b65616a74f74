"""t06 -- 邕岭市柳塘区人力资源和社会保障局 2024年度部门整体支出绩效自评报告 (.html).

Figures mix Arabic and Chinese numerals the way such reports do (共计一百二十三项,
三个百分点, 两千三百余人次, 近四成, 约四分之三).  Approximate counts are NOT exact.
自评表 is an HTML table with rowspan/colspan.
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, growth, q, int2cn, cn2int, html_text, finish)  # noqa: E402

NAME = "t06_liutang_hrss_dept_overall_selfeval_2024"
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


def build():
    L = Ledger(NAME + ".html")
    B = []

    def h2(t):
        B.append(("h2", t))

    def h3(t):
        B.append(("h3", t))

    def p(t):
        B.append(("p", t))

    # ---------------------------------------------------------------- base inputs
    b0_basic, b0_proj = D("1962.30"), D("2900.00")
    add_basic, add_proj = D("50.00"), D("574.42")
    ex_person, ex_public = D("1742.18"), D("244.36")
    proj_list = [("就业补助资金", D("2486.30")), ("人力资源市场及信息化建设", D("186.40")),
                 ("劳动保障监察及劳动人事争议仲裁", D("124.62")), ("高层次人才引进补贴", D("380.00"))]
    proj_rest = D("154.60")
    # 就业补助资金 uses
    train_n, train_amt = 6240, D("612.48")
    si_n, si_std = 1246, D("4000")
    hire_firms, hire_n, hire_std = 186, 342, D("1000")
    pub_posts, pub_std, pub_women = 240, D("36000"), 93
    start_n, start_std = 418, D("5000")
    grad_n, grad_std = 268, D("1000")
    # 创业担保贷款 (not in the budget)
    loan_amt, loan_n = D("3680.00"), 184
    # indicators
    new_job, new_job_t = 6842, 6500
    rejob, rejob_t = 1926, 1800
    hard, hard_t = 458, 420
    train_all, train_t = 8516, 8000
    guide = 2346
    guide_t = 2000
    talent, talent_t = 24, 30
    unemp, unemp_cap = D("2.86"), D("3.5")
    arb_in, arb_closed, arb_med = 486, 472, 318
    arb_t = D("95")
    pay_ontime, pay_t = D("98.60"), D("100")
    train_cost_cap = D("1200")
    emp_rate0, emp_rate1, emp_rate_t = D("62"), D("65"), D("64")
    grad_help, grad_emp, grad_t = 1286, 1198, D("90")
    wage_cases, wage_closed = 137, 137
    wage_amt, wage_people = D("1286.40"), 1562
    svc = [("行政许可", 12), ("行政确认", 38), ("公共服务", 73)]
    online, online_t = 98, D("80")
    sat_rate, sat_t = D("94.30"), D("95")
    prev_score = D("96.85")
    staff = {"adm": 26, "adm_a": 24, "ins": 34, "ins_a": 31}
    q4 = D("1526.30")
    sg_car, sg_rec, sg_b, sg_prev = D("4.96"), D("1.86"), D("8.00"), D("7.46")
    gp = D("186.50")

    # ---------------------------------------------------------------- derived
    b0 = b0_basic + b0_proj
    b1_basic, b1_proj = b0_basic + add_basic, b0_proj + add_proj
    b1 = b1_basic + b1_proj
    ex_basic = ex_person + ex_public
    ex_proj = sum(v for _, v in proj_list) + proj_rest
    ex = ex_basic + ex_proj
    r_all, r_basic, r_proj = pct(ex, b1), pct(ex_basic, b1_basic), pct(ex_proj, b1_proj)
    r_b0 = pct(ex, b0)
    jy = proj_list[0][1]
    uses = [("职业培训补贴", train_amt), ("社会保险补贴", q(si_n * si_std / 10000)),
            ("一次性吸纳就业补贴", q(hire_n * hire_std / 10000)), ("公益性岗位补贴", q(pub_posts * pub_std / 10000)),
            ("一次性创业补贴", q(start_n * start_std / 10000)), ("求职创业补贴", q(grad_n * grad_std / 10000))]
    uses_rest = jy - sum(v for _, v in uses)
    train_per = q(train_amt * 10000 / train_n)
    svc_total = sum(n for _, n in svc)
    online_rate = pct(online, svc_total)
    arb_rate = pct(arb_closed, arb_in)
    med_rate = pct(arb_med, arb_closed)
    grad_rate = pct(grad_emp, grad_help)
    wage_per = q(wage_amt * 10000 / wage_people)
    women_share = pct(pub_women, pub_posts)
    jy_share = pct(jy, ex_proj)
    loan_per = q(loan_amt / loan_n)

    W = {"exec": 10, "new": 6, "rejob": 5, "hard": 5, "train": 5, "guide": 3, "talent": 4, "unemp": 5, "arb": 4,
         "pay": 7, "cost": 6, "emp": 8, "grad": 7, "wage": 7, "online": 8, "sat": 10}
    W = {k: D(v) for k, v in W.items()}
    S = {k: q(v) for k, v in W.items()}
    S["exec"] = q(W["exec"] * r_all / 100)
    S["talent"] = q(W["talent"] * talent / talent_t)
    S["pay"] = q(W["pay"] * pay_ontime / 100)
    S["online"] = q(W["online"] * online_rate / online_t)
    S["sat"] = q(W["sat"] * sat_rate / sat_t)
    out_k = ["new", "rejob", "hard", "train", "guide", "talent", "unemp", "arb", "pay", "cost"]
    eff_k = ["emp", "grad", "wage", "online"]
    s_out = sum(S[k] for k in out_k)
    s_eff = sum(S[k] for k in eff_k)
    total = S["exec"] + s_out + s_eff + S["sat"]
    grade = [g for lo, g in BANDS if total >= lo][0]
    n_ind = len(out_k) + len(eff_k) + 1

    # ---------------------------------------------------------------- text
    B.append(("title", "邕岭市柳塘区人力资源和社会保障局2024年度部门整体支出绩效自评报告"))
    B.append(("meta", "发布日期：2025-03-25　　信息来源：柳塘区人力资源和社会保障局"))
    p("按照区财政局《关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出情况开展了绩效自评。现将有关情况报告如下。")

    h2("一、部门基本情况")
    a_st = "核定行政编制%d名、事业编制%d名，年末实有在编人员%d人（行政%d人、事业%d人）" % (
        staff["adm"], staff["ins"], staff["adm_a"] + staff["ins_a"], staff["adm_a"], staff["ins_a"])
    p("我局主要负责全区就业创业、职业能力建设、人才引进、劳动关系协调、劳动保障监察和劳动人事争议仲裁等工作，内设办公室、就业促进和"
      "职业能力建设股、人才开发股、劳动关系股4个股室，下设区就业服务中心、区劳动保障监察大队2个事业单位。%s。" % a_st)
    L.sum("实有", str(staff["adm_a"] + staff["ins_a"]), [str(staff["adm_a"]), str(staff["ins_a"])], [a_st])
    p("2024年，我局围绕“稳就业、促创业、强技能、护权益”的年度目标，重点推进高校毕业生等青年就业、农民工返乡创业、职业技能提升行动"
      "和根治欠薪等工作。全区十二个街道（乡镇）均建成基层就业服务站，新建技能大师工作室两个，举办职业技能竞赛六场，新增取得职业资格"
      "证书和职业技能等级证书人员一千二百余人，各项工作总体完成年度目标任务。")
    L.leq("行政实有<=编制", str(staff["adm_a"]), str(staff["adm"]), [a_st])
    L.leq("事业实有<=编制", str(staff["ins_a"]), str(staff["ins"]), [a_st])

    h2("二、自评工作开展情况")
    p("收到通知后，我局成立了由局长任组长、分管副局长任副组长，办公室、各业务股室和二级单位负责人为成员的自评工作小组。自评工作"
      "分三步进行：一是收集整理预算批复、会计账簿、资金拨付凭证和各业务系统统计台账；二是对照年初批复的部门整体绩效目标，逐项核实"
      "指标完成情况，对就业补助资金发放对象进行抽查复核；三是按照评分规则逐项打分，形成自评报告。本次自评以2024年1月1日至12月31日"
      "为评价期间，数据截至2024年12月31日，其中就业、失业数据与区统计部门核对一致。")

    h2("三、部门整体支出情况")
    a_b = "2024年部门年初预算%s万元，其中基本支出%s万元、项目支出%s万元" % (f(b0), f(b0_basic), f(b0_proj))
    a_add = "年中追加%s万元（基本支出%s万元，为落实调资政策；项目支出%s万元，为上级追加下达的就业补助资金）" % (
        f(add_basic + add_proj), f(add_basic), f(add_proj))
    a_b1 = "全年预算数%s万元" % f(b1)
    p("%s。%s，%s。" % (a_b, a_add, a_b1))
    L.sum("年初", f(b0), [f(b0_basic), f(b0_proj)], [a_b])
    L.sum("追加", f(add_basic + add_proj), [f(add_basic), f(add_proj)], [a_add])
    L.sum("全年", f(b1), [f(b0), f(add_basic + add_proj)], [a_b1, a_b, a_add])
    a_ex = "全年支出%s万元，预算执行率%s%%" % (f(ex), r_all)
    a_exb = "基本支出%s万元（人员经费%s万元、公用经费%s万元）" % (f(ex_basic), f(ex_person), f(ex_public))
    a_exp = "项目支出%s万元" % f(ex_proj)
    a_b0r = "如按年初预算计算，支出相当于年初预算的%s%%" % r_b0
    p("%s，其中%s，%s。%s，超出部分为年中追加资金；本报告执行率均按全年预算数计算。" % (a_ex, a_exb, a_exp, a_b0r))
    L.ratio("执行率", str(r_all), f(ex), f(b1), [a_ex, a_b1])
    L.sum("支出", f(ex), [f(ex_basic), f(ex_proj)], [a_ex, a_exb, a_exp])
    L.sum("基本支出", f(ex_basic), [f(ex_person), f(ex_public)], [a_exb])
    L.ratio("相对年初", str(r_b0), f(ex), f(b0), [a_b0r, a_b])
    a_pl = "项目支出中，" + "，".join("%s%s万元" % (n, f(v)) for n, v in proj_list) + "，其余%s万元为劳动模范慰问、人社宣传等零星项目" % f(proj_rest)
    a_jy = "就业补助资金约占项目支出的四分之三（%s%%）" % jy_share
    p("%s。%s。" % (a_pl, a_jy))
    L.sum("项目支出 = 列举 + 其余", f(ex_proj), [f(v) for _, v in proj_list] + [f(proj_rest)], [a_pl, a_exp])
    L.ratio("就业补助占项目", str(jy_share), f(jy), f(ex_proj), [a_jy, a_pl, a_exp])
    L.cond("约四分之三 ~ 75%", abs(jy_share - 75) < 1, str(jy_share), [], [a_jy])

    a_q4 = "第四季度支出%s万元，占全年支出的%s%%" % (f(q4), pct(q4, ex))
    a_sg = "“三公”经费支出%s万元（公务用车运行维护费%s万元、公务接待费%s万元），为预算%s万元的%s%%，比上年的%s万元下降%s%%" % (
        f(sg_car + sg_rec), f(sg_car), f(sg_rec), f(sg_b), pct(sg_car + sg_rec, sg_b), f(sg_prev),
        abs(growth(sg_car + sg_rec, sg_prev)))
    a_gp = "政府采购支出%s万元，全部为服务类采购，授予中小企业合同金额占%s%%" % (f(gp), fn(D(100)))
    p("从支出进度看，%s，主要是上级追加的就业补助资金于11月下达。%s；%s，主要为人力资源市场信息系统运维和职业技能培训服务。"
      "全年未发生因公出国（境）费和公务用车购置费。" % (a_q4, a_sg, a_gp))
    L.ratio("四季度占比", str(pct(q4, ex)), f(q4), f(ex), [a_q4, a_ex])
    L.sum("三公", f(sg_car + sg_rec), [f(sg_car), f(sg_rec)], [a_sg])
    L.ratio("三公 vs 预算", str(pct(sg_car + sg_rec, sg_b)), f(sg_car + sg_rec), f(sg_b), [a_sg])
    L.growth("三公 下降", str(abs(growth(sg_car + sg_rec, sg_prev))), f(sg_car + sg_rec), f(sg_prev), "下降", [a_sg])

    h2("四、就业补助资金使用情况")
    a_u = "全年就业补助资金支出%s万元，主要用于：" % f(jy) + "；".join("%s%s万元" % (n, f(v)) for n, v in uses) + \
          "；其余%s万元为就业见习补贴和职业技能鉴定补贴" % f(uses_rest)
    p(a_u + "。")
    L.sum("就业补助 = 各项 + 其余", f(jy), [f(v) for _, v in uses] + [f(uses_rest)], [a_u])
    L.same("就业补助 = 项目列表", f(jy), f(jy), [a_u, a_pl])
    a_tr = "职业培训补贴惠及%s人次，人均%s元" % (f(train_n, 0), f(train_per))
    a_si = "为%s名灵活就业的就业困难人员发放社会保险补贴，每人每年%s元" % (f(si_n, 0), f(si_std, 0))
    a_hire = "向%d家企业发放一次性吸纳就业补贴，涉及%d人，每人%s元" % (hire_firms, hire_n, f(hire_std, 0))
    a_pub = "开发公益性岗位%d个，按每人每年%s元标准给予补贴，安置人员中女性%d人，占近四成（%s%%）" % (
        pub_posts, f(pub_std, 0), pub_women, women_share)
    a_st2 = "发放一次性创业补贴%d人、每人%s元，发放高校毕业生求职创业补贴%d人、每人%s元" % (
        start_n, f(start_std, 0), grad_n, f(grad_std, 0))
    p("其中，%s；%s；%s；%s；%s。" % (a_tr, a_si, a_hire, a_pub, a_st2))
    L.quot("培训人均", f(train_per), f(train_amt), f(train_n, 0), [a_tr, a_u], scale=10000)
    for (n, v), (a, cnt, std) in zip(uses[1:], [(a_si, f(si_n, 0), f(si_std, 0)), (a_hire, str(hire_n), f(hire_std, 0)),
                                               (a_pub, str(pub_posts), f(pub_std, 0)),
                                               (a_st2, str(start_n), f(start_std, 0)), (a_st2, str(grad_n), f(grad_std, 0))]):
        L.prod("%s = 人数 x 标准" % n, f(v), [cnt, std], [a, a_u], scale=D("0.0001"))
    L.ratio("女性占比", str(women_share), str(pub_women), str(pub_posts), [a_pub])
    L.cond("近四成 = just under 40%", D(35) <= women_share < D(40), str(women_share), [], [a_pub])
    L.leq("补贴培训人次 <= 培训总人次", f(train_n, 0), f(train_all, 0), [a_tr])
    a_loan = "协调发放创业担保贷款%s万元，扶持%d人创业，人均%s万元" % (f(loan_amt), loan_n, f(loan_per))
    p("此外，%s。创业担保贷款由合作银行发放，贷款贴息由市级财政承担，不在本部门支出中反映。" % a_loan)
    L.quot("贷款人均", f(loan_per), f(loan_amt), str(loan_n), [a_loan])

    h2("五、部门整体绩效目标完成情况")
    a_n = "2024年部门整体绩效目标共设置三级指标%s项" % int2cn(n_ind)
    p("%s，另设预算执行率指标。总体完成情况如下：" % a_n)
    L.cn("三级指标项数", int2cn(n_ind), n_ind, [a_n])
    h3("（一）产出指标")
    over = new_job - new_job_t
    a_new = "城镇新增就业%s人，完成年度目标%s人的%s%%，超额完成%s人" % (f(new_job, 0), f(new_job_t, 0), pct(new_job, new_job_t), int2cn(over))
    a_re = "失业人员再就业%s人、就业困难人员就业%d人，分别完成目标的%s%%和%s%%" % (
        f(rejob, 0), hard, pct(rejob, rejob_t), pct(hard, hard_t))
    a_trn = "全年开展各类职业技能培训%s人次，完成目标%s人次的%s%%，其中享受培训补贴的%s人次" % (
        f(train_all, 0), f(train_t, 0), pct(train_all, train_t), f(train_n, 0))
    a_gd = "开展职业指导两千三百余人次"
    p("1．就业创业。%s；%s。%s。%s，举办招聘活动42场。" % (a_new, a_re, a_trn, a_gd))
    L.ratio("新增就业完成", str(pct(new_job, new_job_t)), f(new_job, 0), f(new_job_t, 0), [a_new])
    L.cn("超额完成", int2cn(over), over, [a_new])
    L.ratio("再就业", str(pct(rejob, rejob_t)), f(rejob, 0), f(rejob_t, 0), [a_re])
    L.ratio("困难人员", str(pct(hard, hard_t)), str(hard), str(hard_t), [a_re])
    L.ratio("培训完成", str(pct(train_all, train_t)), f(train_all, 0), f(train_t, 0), [a_trn])
    L.cond("两千三百余 covers the exact count %d" % guide, 2300 <= guide < 2400, "approximate", [], [a_gd])
    a_un = "年末城镇登记失业率为%s%%，实现控制在%s%%以内的目标，低于控制目标%s个百分点" % (unemp, unemp_cap, unemp_cap - unemp)
    p("2．失业率控制。%s（该指标为反向指标）。" % a_un)
    L.diff("失业率差", str(unemp_cap - unemp), str(unemp_cap), str(unemp), None, [a_un])
    L.leq("reverse indicator", str(unemp), str(unemp_cap), [a_un])
    a_tal = "全年引进高层次和急需紧缺人才%d名，年度目标为%d名，完成%s%%" % (talent, talent_t, pct(talent, talent_t))
    p("3．人才引进。%s，主要是部分拟引进人才因个人原因放弃入职。" % a_tal)
    L.ratio("人才", str(pct(talent, talent_t)), str(talent), str(talent_t), [a_tal])
    a_arb = "全年受理劳动人事争议案件%d件，结案%d件，结案率%s%%；其中调解结案%d件，占结案数的%s%%" % (
        arb_in, arb_closed, arb_rate, arb_med, med_rate)
    a_wage = "办结拖欠农民工工资案件%d件，为%s名劳动者追发工资%s万元，人均%s元" % (wage_cases, f(wage_people, 0), f(wage_amt), f(wage_per))
    p("4．劳动关系。%s。%s，欠薪案件实现动态清零。" % (a_arb, a_wage))
    L.ratio("结案率", str(arb_rate), str(arb_closed), str(arb_in), [a_arb])
    L.ratio("调解占结案", str(med_rate), str(arb_med), str(arb_closed), [a_arb])
    L.leq("结案 <= 受理", str(arb_closed), str(arb_in), [a_arb])
    L.quot("人均追发", f(wage_per), f(wage_amt), f(wage_people, 0), [a_wage], scale=10000)
    a_pay = "各项补贴资金按时发放率为%s%%" % pay_ontime
    p("5．资金发放。%s，未达到100%%，主要是12月下旬申报的部分社会保险补贴因跨年清算顺延至2025年1月发放。全年人均职业培训补贴%s元，"
      "低于每人次%s元的成本控制标准。" % (a_pay, f(train_per), f(train_cost_cap, 0)))
    L.leq("培训成本 reverse", f(train_per), f(train_cost_cap, 0), [a_tr])
    h3("（二）效益指标")
    a_er = "参训人员培训后就业率为%s%%，比上年的%s%%提高%s个百分点" % (emp_rate1, emp_rate0, int2cn(int(emp_rate1 - emp_rate0)))
    a_gr = "帮扶离校未就业高校毕业生%s人，实现就业%s人，就业率%s%%" % (f(grad_help, 0), f(grad_emp, 0), grad_rate)
    a_svc = "梳理公布人社政务服务事项共计%s项（%s）" % (int2cn(svc_total), "、".join("%s%d项" % (n, c) for n, c in svc))
    a_on = "其中可全程网办%s项，网办率%s%%，略低于%s%%的目标" % (int2cn(online), online_rate, online_t)
    p("%s；%s。%s，%s。" % (a_er, a_gr, a_svc, a_on))
    L.cn("三个百分点", int2cn(int(emp_rate1 - emp_rate0)), int(emp_rate1 - emp_rate0), [a_er])
    L.diff("培训后就业率提高", str(emp_rate1 - emp_rate0), str(emp_rate1), str(emp_rate0), "提高", [a_er])
    L.ratio("高校毕业生就业率", str(grad_rate), f(grad_emp, 0), f(grad_help, 0), [a_gr])
    L.cn("政务服务事项", int2cn(svc_total), svc_total, [a_svc])
    L.cond("事项分类之和 = 一百二十三", cn2int(int2cn(svc_total)) == sum(c for _, c in svc),
           "%s = %s" % (int2cn(svc_total), " + ".join(str(c) for _, c in svc)),
           ["%s%d项" % (n, c) for n, c in svc], [a_svc])
    L.cn("网办事项", int2cn(online), online, [a_on])
    L.cond("网办率 = 98/123", online_rate == pct(cn2int(int2cn(online)), cn2int(int2cn(svc_total))), str(online_rate),
           [str(online_rate)], [a_on])
    h3("（三）满意度指标")
    a_sat = "委托第三方开展服务对象满意度调查，满意度为%s%%，略低于%s%%的目标值" % (sat_rate, sat_t)
    p("%s，不满意意见主要集中在窗口高峰期等候时间较长。" % a_sat)
    L.anchor("sat", a_sat)

    h2("六、自评结论")
    a_tot = "经自评，2024年度部门整体支出绩效自评得分%s分，其中预算执行率%s分、产出指标%s分、效益指标%s分、满意度指标%s分，等级为“%s”" % (
        total, S["exec"], s_out, s_eff, S["sat"], grade)
    a_prev = "比上年的%s分提高%s分" % (prev_score, total - prev_score)
    a_ded = "扣分主要在预算执行率（扣%s分）、人才引进（扣%s分）、补贴按时发放率（扣%s分）、网办率（扣%s分）和满意度（扣%s分）" % (
        W["exec"] - S["exec"], W["talent"] - S["talent"], W["pay"] - S["pay"], W["online"] - S["online"], W["sat"] - S["sat"])
    p("%s，%s。%s。" % (a_tot, a_prev, a_ded))
    L.sum("总分", str(total), [str(S["exec"]), str(s_out), str(s_eff), str(S["sat"])], [a_tot])
    L.diff("比上年", str(total - prev_score), str(total), str(prev_score), "提高", [a_prev, a_tot])
    L.band("等级", str(total), grade, BANDS, [a_tot])
    L.lin("100 - 扣分 = 总分", str(total), [(1, "100")] + [(-1, str(W[k] - S[k])) for k in ["exec", "talent", "pay", "online", "sat"]],
          [a_ded, a_tot])
    L.prod("执行率得分", str(S["exec"]), [str(W["exec"]), str(r_all)], [a_tot, a_ex], scale=D("0.01"))

    h2("七、存在的问题和改进措施")
    p("一是预算执行仍不均衡，年中追加的就业补助资金下达较晚，第四季度支出占比偏高。下一步将提前做好项目储备，追加资金下达后一个月内"
      "启动拨付。二是人才引进目标未完成，将完善引才政策兑现机制，加强与重点企业用人需求对接。三是政务服务网办率略低于目标，"
      "2025年将重点推动就业登记、失业登记等高频事项全程网办。四是补贴资金发放存在跨年情况，将优化审核流程，实行按月申报、按月发放。")
    h2("八、自评结果应用")
    p("自评结果将作为2025年预算安排和政策调整的重要依据：对执行进度偏慢、目标未完成的人才引进补贴项目，2025年预算按实际需求核减；"
      "对社会效益明显的公益性岗位和职业技能培训项目继续予以保障。同时，自评报告将按规定在区政府门户网站公开，接受社会监督。")
    B.append(("sign", "邕岭市柳塘区人力资源和社会保障局"))
    B.append(("sign", "2025年3月20日"))
    L.date_after("落款", "2025年3月20日", 2025, 3, 20)

    # ---------------------------------------------------------------- 自评表
    T = []   # list of rows; each row a list of (text, attrs)

    def c(t, **a):
        return (t, a)
    T.append([c("柳塘区人力资源和社会保障局2024年度部门整体支出绩效自评表", colspan=8, cls="cap")])
    T.append([c("部门名称"), c("邕岭市柳塘区人力资源和社会保障局", colspan=7)])
    T.append([c("年度预算执行情况（万元）", rowspan=4, colspan=2), c(""), c("年初预算数"), c("全年预算数"), c("全年执行数"),
              c("分值"), c("执行率／得分")])
    T.append([c("年度资金总额"), c(f(b0)), c(f(b1)), c(f(ex)), c(str(W["exec"])), c("%s%%／%s" % (r_all, S["exec"]))])
    T.append([c("其中：基本支出"), c(f(b0_basic)), c(f(b1_basic)), c(f(ex_basic)), c("—"), c("%s%%" % r_basic)])
    T.append([c("项目支出"), c(f(b0_proj)), c(f(b1_proj)), c(f(ex_proj)), c("—"), c("%s%%" % r_proj)])
    L.sum("表 年初", f(b0), [f(b0_basic), f(b0_proj)])
    L.sum("表 全年", f(b1), [f(b1_basic), f(b1_proj)])
    L.sum("表 执行", f(ex), [f(ex_basic), f(ex_proj)])
    L.ratio("表 基本执行率", str(r_basic), f(ex_basic), f(b1_basic))
    L.ratio("表 项目执行率", str(r_proj), f(ex_proj), f(b1_proj))
    T.append([c("一级指标"), c("二级指标"), c("三级指标"), c("年度指标值"), c("实际完成值"), c("分值"), c("得分"), c("偏差原因")])
    ind = [
        ("产出指标", "数量指标", "城镇新增就业人数", "≥%s人" % f(new_job_t, 0), "%s人" % f(new_job, 0), "new", ""),
        ("", "", "失业人员再就业人数", "≥%s人" % f(rejob_t, 0), "%s人" % f(rejob, 0), "rejob", ""),
        ("", "", "就业困难人员就业人数", "≥%d人" % hard_t, "%d人" % hard, "hard", ""),
        ("", "", "职业技能培训人次", "≥%s人次" % f(train_t, 0), "%s人次" % f(train_all, 0), "train", ""),
        ("", "", "职业指导人次", "≥%s人次" % f(guide_t, 0), "%s人次" % f(guide, 0), "guide", ""),
        ("", "", "引进高层次和急需紧缺人才", "≥%d名" % talent_t, "%d名" % talent, "talent", "部分人才放弃入职"),
        ("", "质量指标", "城镇登记失业率", "≤%s%%" % unemp_cap, "%s%%" % unemp, "unemp", ""),
        ("", "", "劳动人事争议仲裁结案率", "≥%s%%" % arb_t, "%s%%" % arb_rate, "arb", ""),
        ("", "时效指标", "补贴资金按时发放率", "%s%%" % pay_t, "%s%%" % pay_ontime, "pay", "跨年清算顺延发放"),
        ("", "成本指标", "人均职业培训补贴", "≤%s元" % f(train_cost_cap, 0), "%s元" % f(train_per), "cost", ""),
        ("效益指标", "社会效益指标", "培训后就业率", "≥%s%%" % emp_rate_t, "%s%%" % emp_rate1, "emp", ""),
        ("", "", "离校未就业高校毕业生就业率", "≥%s%%" % grad_t, "%s%%" % grad_rate, "grad", ""),
        ("", "", "欠薪案件结案率", "100%", "%s%%" % fn(pct(wage_closed, wage_cases)), "wage", ""),
        ("", "", "政务服务事项网办率", "≥%s%%" % online_t, "%s%%" % online_rate, "online", "高频事项网办改造未完成"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥%s%%" % sat_t, "%s%%" % sat_rate, "sat", "窗口高峰期等候时间长"),
    ]
    # rowspans
    col0 = {}
    col1 = {}
    for i, r in enumerate(ind):
        if r[0]:
            k = i + 1
            while k < len(ind) and not ind[k][0]:
                k += 1
            col0[i] = k - i
        if r[1]:
            k = i + 1
            while k < len(ind) and not ind[k][1] and not ind[k][0]:
                k += 1
            col1[i] = k - i
    for i, r in enumerate(ind):
        cells = []
        if i in col0:
            cells.append(c(r[0], rowspan=col0[i]) if col0[i] > 1 else c(r[0]))
        if i in col1:
            cells.append(c(r[1], rowspan=col1[i]) if col1[i] > 1 else c(r[1]))
        cells += [c(r[2]), c(r[3]), c(r[4]), c(str(W[r[5]])), c(str(S[r[5]])), c(r[6])]
        T.append(cells)
    T.append([c("总分", colspan=5), c("100"), c(str(total)), c("自评等级：%s" % grade)])
    L.sum("表 权重", "100", [str(W["exec"])] + [str(W[r[5]]) for r in ind])
    L.sum("表 总分", str(total), [str(S["exec"])] + [str(S[r[5]]) for r in ind])
    for r in ind:
        L.score("表 %s" % r[2], str(S[r[5]]), str(W[r[5]]))
    L.sum("产出得分", str(s_out), [str(S[k]) for k in out_k], [a_tot])
    L.sum("效益得分", str(s_eff), [str(S[k]) for k in eff_k], [a_tot])
    L.formula("人才得分", str(S["talent"]), lambda w, a, t: w * a / t, [str(W["talent"]), str(talent), str(talent_t)], "w*a/t")
    L.prod("发放率得分", str(S["pay"]), [str(W["pay"]), str(pay_ontime)], scale=D("0.01"))
    L.formula("网办得分", str(S["online"]), lambda w, a, t: w * a / t, [str(W["online"]), str(online_rate), str(online_t)], "w*a/t")
    L.formula("满意度得分", str(S["sat"]), lambda w, a, t: w * a / t, [str(W["sat"]), str(sat_rate), str(sat_t)], "w*a/t")
    B.append(("table", T))
    L.fact("total", total)
    L.fact("rowspan_col0", col0)
    return B, L, {}


CSS = """article{max-width:960px;margin:0 auto;font-family:"SimSun",serif;line-height:1.9}
h1{text-align:center;font-size:24px}
.meta{text-align:center;color:#666;font-size:13px}
article p{text-indent:2em}
table.zpb{border-collapse:collapse;width:100%;font-size:13px}
table.zpb td{border:1px solid #333;padding:4px;text-align:center}
td.cap{font-weight:bold;font-size:15px}
.sign{text-align:right}"""


def render(blocks, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>2024年度部门整体支出绩效自评报告</title>", "<style>", CSS, "</style>", "</head>", "<body>", "<article>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "meta":
            out.append('<div class="meta">%s</div>' % e(val))
        elif kind == "h2":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h3":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "sign":
            out.append('<p class="sign">%s</p>' % e(val))
        elif kind == "table":
            out.append('<section id="zpb"><h2>附表</h2>')
            out.append('<table class="zpb">')
            for row in val:
                tds = []
                for t, a in row:
                    attrs = ""
                    if a.get("rowspan"):
                        attrs += ' rowspan="%d"' % a["rowspan"]
                    if a.get("colspan"):
                        attrs += ' colspan="%d"' % a["colspan"]
                    if a.get("cls"):
                        attrs += ' class="%s"' % a["cls"]
                    tds.append("<td%s>%s</td>" % (attrs, e(t)))
                out.append("<tr>" + "".join(tds) + "</tr>")
            out.append("</table></section>")
    out += ["</article>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def visible(path):
    return html_text(path)


def main():
    blocks, L, _ = build()
    path = os.path.join(OUT, NAME + ".html")
    render(blocks, path)
    text = visible(path)
    raw = open(path, encoding="utf-8").read()
    L.cond("rowspan and colspan used", raw.count("rowspan=") >= 5 and raw.count("colspan=") >= 3,
           "%d rowspan, %d colspan" % (raw.count("rowspan="), raw.count("colspan=")))
    for w in ["一百二十三项", "三个百分点", "两千三百余人次", "近四成", "四分之三"]:
        L.cond("Chinese-numeral phrase present: " + w, w in text)
    return finish(L, text, "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
