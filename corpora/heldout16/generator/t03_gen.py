# -*- coding: utf-8 -*-
"""t03 — 贵州省黔岭县教育局 2024年度义务教育阶段学生营养改善计划 项目支出绩效自评报告 (.pdf).

Single column (reportlab, STSong-Light, rl_config.invariant = 1).  One table (附表 自评表) spans a page
break with its header row repeated.  生均 元/天 × 天数 × 人数; 数量/质量/时效/成本 指标 with 扣分原因.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, D, q, pct, growth, f, fi, wan, Ledger, pdf_text, pdf_match_text, ROOT  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
NAME = "t03_qianling_student_nutrition_project_selfeval_2024"

STD = D("5")                    # 元/生/天 中央膳食补助
PLAN_DAYS = 200
SPRING = {"小学": 18426, "初中": 9384}
AUTUMN = {"小学": 18102, "初中": 9550}
SEM_DAYS = {"春季学期": 98, "秋季学期": 98}
EQUIP_BUDGET = D("320.00")
EQUIP_SPENT = D("312.46")
EQUIP_PLAN, EQUIP_DONE = 15, 14
COOKS, COOK_WAGE = 186, D("1950")
SCHOOLS = [("食堂供餐", 118), ("企业（团餐）供餐", 5), ("家庭托餐", 3)]
SCHOOLS_BY_LEVEL = [("小学", 96), ("初中", 30)]
MCLL = 110                      # “明厨亮灶”覆盖食堂数（基数为食堂供餐学校）
TEST_N, TEST_OK = 26486, 24065  # 体质健康测试
SURVEY_SENT, SURVEY_VALID, SURVEY_OK = 2000, 1886, 1780
STUNT_TARGET, STUNT = D("5.0"), D("4.6")
PREV_SCORE = D("96.45")
PREV_DAYS = 198


def build():
    L = Ledger(NAME + ".pdf", "pdf")
    blocks = []
    add = blocks.append

    n_spring = sum(SPRING.values())
    n_autumn = sum(AUTUMN.values())
    meal_budget = wan(STD * PLAN_DAYS * n_spring)
    sp_yuan = STD * SEM_DAYS["春季学期"] * n_spring
    au_yuan = STD * SEM_DAYS["秋季学期"] * n_autumn
    sp_w, au_w = wan(sp_yuan), wan(au_yuan)
    meal_spent = wan(sp_yuan + au_yuan)
    assert sp_w + au_w == meal_spent
    days = sum(SEM_DAYS.values())
    cook_amt = wan(COOKS * COOK_WAGE * 12)
    budget = meal_budget + EQUIP_BUDGET + cook_amt
    spent = meal_spent + EQUIP_SPENT + cook_amt
    rate = pct(spent, budget)
    meal_rate = pct(meal_spent, meal_budget)
    carry = meal_budget - meal_spent
    equip_back = EQUIP_BUDGET - EQUIP_SPENT
    sh = {"中央": pct(meal_budget, budget), "省级": pct(EQUIP_BUDGET, budget), "县级": pct(cook_amt, budget)}
    n_schools = sum(n for _, n in SCHOOLS)
    mcll_rate = pct(MCLL, SCHOOLS[0][1])
    test_rate = pct(TEST_OK, TEST_N)
    sat = pct(SURVEY_OK, SURVEY_VALID)
    per_year = STD * days

    # ---- indicators: (一级, 二级, 三级, 分值, 指标值, 实际值, 得分, 扣分原因)
    sc = {}
    sc["exec"] = q(10 * rate / 100)
    sc["cover"] = D("6.00")
    sc["days"] = q(D(8) * days / PLAN_DAYS)
    sc["equip"] = q(D(5) * EQUIP_DONE / EQUIP_PLAN)
    sc["safe"] = D("8.00")
    sc["mcll"] = q(D(6) * mcll_rate / 95)
    sc["timely"] = D("6.00")
    sc["std"] = D("5.00")
    sc["wage"] = D("6.00")
    sc["stunt"] = D("10.00")
    sc["fit"] = q(D(10) * test_rate / 92)
    sc["mech"] = D("9.00")
    sc["sat"] = D("10.00")
    out_keys = ["cover", "days", "equip", "safe", "mcll", "timely", "std", "wage"]
    eff_keys = ["stunt", "fit", "mech"]
    s_out = sum(sc[k] for k in out_keys)
    s_eff = sum(sc[k] for k in eff_keys)
    total = sc["exec"] + s_out + s_eff + sc["sat"]
    grade = "优" if total >= 90 else "良"
    L.fact("total_score", f(total))
    L.fact("exec_rate", f(rate))

    def P_(t, style="body"):
        add((style, t))

    add(("title", "黔岭县2024年度义务教育阶段学生营养改善计划<br/>项目支出绩效自评报告"))
    add(("center", "黔岭县教育局"))
    P_("根据《贵州省财政厅关于开展2024年度省级财政支出绩效自评工作的通知》和县财政局的统一部署，县教育局成立由分管副局长任组长，"
       "计划财务股、学生资助管理中心、体育卫生与艺术教育股为成员的绩效自评工作组，采取资料核查、数据比对、实地查看和问卷调查相结合的方式，"
       "对2024年度义务教育阶段学生营养改善计划（以下简称“营养改善计划”）项目开展绩效自评。现将有关情况报告如下。")

    P_("一、项目基本情况", "h1")
    P_("（一）项目概况", "h2")
    sl = "、".join(f"{a}{n}所" for a, n in SCHOOLS)
    ll = "、".join(f"{a}{n}所" for a, n in SCHOOLS_BY_LEVEL)
    a_sch = f"全县实施营养改善计划的义务教育学校共{n_schools}所，按供餐方式分，{sl}；按学段分，{ll}"
    P_(f"黔岭县自2011年起被纳入国家义务教育阶段学生营养改善计划试点县，项目面向全县农村义务教育阶段学生提供营养膳食补助。"
       f"2024年，{a_sch}。营养膳食补助按照“先吃后补”原则，以学校食堂实际供餐人数和供餐天数据实核算，"
       f"补助资金全部用于为学生提供等值优质的食品，不得以现金形式直接发放给学生和家长。")
    L.sum("学校数 = 按供餐方式之和", str(n_schools), [str(n) for _, n in SCHOOLS], [a_sch])
    L.sum("学校数 = 按学段之和", str(n_schools), [str(n) for _, n in SCHOOLS_BY_LEVEL], [a_sch])
    sp = "、".join(f"{a}{fi(n)}人" for a, n in SPRING.items())
    au = "、".join(f"{a}{fi(n)}人" for a, n in AUTUMN.items())
    a_sp = f"春季学期受益学生{fi(n_spring)}人（{sp}）"
    a_au = f"秋季学期受益学生{fi(n_autumn)}人（{au}）"
    P_(f"2024年{a_sp}，{a_au}。秋季学期受益人数减少，主要是部分学生随父母外出务工转学以及初中毕业生与小学新生人数差异。")
    L.sum("春季学期受益学生 = 小学 + 初中", fi(n_spring), [fi(n) for n in SPRING.values()], [a_sp])
    L.sum("秋季学期受益学生 = 小学 + 初中", fi(n_autumn), [fi(n) for n in AUTUMN.values()], [a_au])

    P_("（二）资金安排情况", "h2")
    b1 = (f"中央膳食补助资金{f(meal_budget)}万元，按每生每天{fi(STD)}元、全年{PLAN_DAYS}天、"
          f"年初核定受益学生{fi(n_spring)}人测算")
    b2 = f"省级食堂设备购置补助资金{f(EQUIP_BUDGET)}万元，计划用于{EQUIP_PLAN}所学校食堂设备更新"
    b3 = f"县级安排食堂工勤人员工资{f(cook_amt)}万元，按{COOKS}名工勤人员、每人每月{fi(COOK_WAGE)}元、12个月测算"
    b4 = (f"2024年项目预算资金合计{f(budget)}万元，其中中央资金占{f(sh['中央'])}%、省级资金占{f(sh['省级'])}%、"
          f"县级资金占{f(sh['县级'])}%")
    P_(f"{b4}。具体为：{b1}；{b2}；{b3}。")
    L.prod("中央膳食补助 = 5元 × 200天 × 人数 → 万元", f(meal_budget), [fi(STD), str(PLAN_DAYS), fi(n_spring)],
           div=10000, anchors=[b1])
    L.prod("工勤人员工资 = 人数 × 月标准 × 12 → 万元", f(cook_amt), [str(COOKS), fi(COOK_WAGE), "12"], div=10000, anchors=[b3])
    L.sum("预算合计 = 三级资金", f(budget), [f(meal_budget), f(EQUIP_BUDGET), f(cook_amt)], [b4, b2])
    for k, v in (("中央", meal_budget), ("省级", EQUIP_BUDGET), ("县级", cook_amt)):
        L.ratio(f"资金占比 {k}", f(sh[k]), f(v), f(budget), [b4])
    L.cond("资金占比合计 100.00（内部核对，正文未陈述）", sum(P(x) for x in [f(x) for x in sh.values()]) == 100, str([f(x) for x in sh.values()]))

    P_("（三）绩效目标", "h2")
    P_(f"年度总体目标：保障全县农村义务教育阶段学生在校期间每天吃上一顿营养午餐，全年供餐不少于{PLAN_DAYS}天，"
       f"受益学生覆盖率达到100%，不发生食品安全事故；完成{EQUIP_PLAN}所学校食堂设备更新，食堂“明厨亮灶”覆盖率达到95%以上；"
       f"学生营养健康状况持续改善，学生生长迟缓率控制在{f(STUNT_TARGET, 1)}%以内，国家学生体质健康标准合格率达到92%以上，"
       f"学生及家长满意度达到90%以上。")

    P_("（四）组织实施情况", "h2")
    P_("县人民政府成立营养改善计划工作领导小组，由分管副县长任组长，教育、财政、市场监管、卫生健康、农业农村等部门为成员单位。"
       "县教育局负责项目组织实施和日常管理，县财政局负责资金筹措、拨付和监管，县市场监管局负责食品安全监督检查，"
       "县卫生健康局负责学生营养健康状况监测和营养指导。各学校实行校长负责制，建立校领导陪餐、食堂从业人员健康管理、"
       "食材索证索票和留样等制度，并通过家长委员会参与食堂日常监督。")
    P_("二、项目资金使用及管理情况", "h1")
    c1 = (f"春季学期实际供餐{SEM_DAYS['春季学期']}天，支出膳食补助{f(sp_w)}万元；秋季学期实际供餐{SEM_DAYS['秋季学期']}天，"
          f"支出膳食补助{f(au_w)}万元；全年实际供餐{days}天，膳食补助支出合计{f(meal_spent)}万元")
    c2 = (f"膳食补助执行率{f(meal_rate)}%，未使用的{f(carry)}万元按规定结转2025年春季学期继续用于学生膳食补助")
    c3 = (f"食堂设备购置实际支出{f(EQUIP_SPENT)}万元，完成{EQUIP_DONE}所学校食堂设备更新，结余{f(equip_back)}万元已由县财政收回")
    c4 = f"全年项目实际支出{f(spent)}万元，预算执行率为{f(rate)}%"
    P_(f"2024年项目资金{f(budget)}万元全部按时到位，资金到位率100%。{c1}，{c2}。{c3}。工勤人员工资{f(cook_amt)}万元按月足额发放。"
       f"{c4}（执行率按四舍五入保留两位小数）。")
    L.prod("春季学期膳食补助 = 5 × 98天 × 春季人数", f(sp_w), [fi(STD), str(SEM_DAYS["春季学期"]), fi(n_spring)], div=10000,
           anchors=[c1, a_sp])
    L.prod("秋季学期膳食补助 = 5 × 98天 × 秋季人数", f(au_w), [fi(STD), str(SEM_DAYS["秋季学期"]), fi(n_autumn)], div=10000,
           anchors=[c1, a_au])
    L.sum("膳食补助支出 = 两学期之和", f(meal_spent), [f(sp_w), f(au_w)], [c1])
    L.sum("供餐天数 = 两学期之和", str(days), [str(x) for x in SEM_DAYS.values()], [c1])
    L.ratio("膳食补助执行率", f(meal_rate), f(meal_spent), f(meal_budget), [c2])
    L.lin("结转 = 膳食预算 − 膳食支出", f(carry), [(1, f(meal_budget)), (-1, f(meal_spent))], [c2])
    L.lin("设备结余 = 预算 − 支出", f(equip_back), [(1, f(EQUIP_BUDGET)), (-1, f(EQUIP_SPENT))], [c3])
    L.sum("项目支出 = 三项之和", f(spent), [f(meal_spent), f(EQUIP_SPENT), f(cook_amt)], [c4])
    L.ratio("预算执行率（97.995→98.00）", f(rate), f(spent), f(budget), [c4])
    L.cond("执行率恰在 .xx5 进位（hazard）", (spent * 100 / budget) < D("98.00") and rate == D("98.00"),
           str(spent * 100 / budget))
    d1 = (f"按实际供餐天数计算，每名学生全年实际享受膳食补助{fi(per_year)}元（{fi(STD)}元×{days}天），"
          f"低于按{PLAN_DAYS}天测算的{fi(STD * PLAN_DAYS)}元")
    P_(f"{d1}。项目资金实行专账核算，膳食补助资金按学期预拨、学期末据实清算，学校食堂实行“校长负责、专人管理、账目公开”，"
       f"食材采购通过县级大宗食材集中采购平台统一配送。")
    ins_n, ins_found, ins_fixed = 2, 23, 23
    d2 = (f"全年由县财政局、县教育局联合开展专项检查{ins_n}次，覆盖全部{n_schools}所学校，发现食材验收记录不全、"
          f"食堂账目公示不及时等问题{ins_found}个，已全部整改，整改率{f(pct(ins_fixed, ins_found))}%")
    P_(f"{d2}。未发现挤占、挪用、截留营养膳食补助资金的情况。")
    L.ratio("整改率", f(pct(ins_fixed, ins_found)), str(ins_fixed), str(ins_found), [d2])
    L.prod("生均全年膳食补助 = 5元 × 196天", fi(per_year), [fi(STD), str(days)], anchors=[d1])
    L.prod("按200天测算 = 5 × 200", fi(STD * PLAN_DAYS), [fi(STD), str(PLAN_DAYS)], anchors=[d1])

    P_("三、绩效指标完成情况", "h1")
    P_("（一）产出指标（权重50分，得分" + f(s_out) + "分）", "h2")
    e = []
    e.append(f"1．数量指标。受益学生覆盖率（6分）：全县符合条件的义务教育阶段学生全部纳入，覆盖率100%，得6.00分。"
             f"年供餐天数（8分）：目标值不少于{PLAN_DAYS}天，实际供餐{days}天，得分=8×{days}÷{PLAN_DAYS}={f(sc['days'])}分，"
             f"扣分原因：6月和12月受强降雨、凝冻天气影响，全县中小学按应急预案停课共4天，停课期间未供餐。"
             f"食堂设备购置学校数（5分）：目标值{EQUIP_PLAN}所，实际完成{EQUIP_DONE}所，得分=5×{EQUIP_DONE}÷{EQUIP_PLAN}="
             f"{f(sc['equip'])}分，扣分原因：原计划中的1所教学点于秋季学期撤并，未实施设备更新，相应资金已收回。")
    e.append(f"2．质量指标。食品安全事故发生次数（8分）：目标值0次，实际0次，得8.00分。"
             f"食堂“明厨亮灶”覆盖率（6分）：目标值不低于95%，以{SCHOOLS[0][1]}所食堂供餐学校为基数，已完成{MCLL}所，"
             f"覆盖率{f(mcll_rate)}%，得分=6×{f(mcll_rate)}÷95={f(sc['mcll'])}分，扣分原因：8所边远小学网络条件不足，"
             f"视频监控设备尚未接入县级监管平台。企业（团餐）供餐和家庭托餐点不在该指标统计范围内。")
    e.append("3．时效指标。资金拨付及时率（6分）：各学期膳食补助资金均在开学后15个工作日内拨付到校，及时率100%，得6.00分。")
    e.append(f"4．成本指标。膳食补助标准（5分）：严格执行每生每天{fi(STD)}元的国家标准，得5.00分。"
             f"食堂工勤人员月工资标准（6分）：按每人每月{fi(COOK_WAGE)}元足额发放，得6.00分。")
    for t in e:
        P_(t)
    L.prod("供餐天数得分 = 8 × 196 / 200", f(sc["days"]), ["8", str(days)], div=PLAN_DAYS,
           anchors=[f"得分=8×{days}÷{PLAN_DAYS}={f(sc['days'])}分"])
    L.prod("设备学校数得分 = 5 × 14 / 15", f(sc["equip"]), ["5", str(EQUIP_DONE)], div=EQUIP_PLAN,
           anchors=[f"得分=5×{EQUIP_DONE}÷{EQUIP_PLAN}={f(sc['equip'])}分"])
    L.ratio("明厨亮灶覆盖率 = 110 / 118（基数为食堂供餐学校）", f(mcll_rate), str(MCLL), str(SCHOOLS[0][1]),
            [f"以{SCHOOLS[0][1]}所食堂供餐学校为基数，已完成{MCLL}所，覆盖率{f(mcll_rate)}%"])
    L.prod("明厨亮灶得分 = 6 × 93.22 / 95", f(sc["mcll"]), ["6", f(mcll_rate)], div=95,
           anchors=[f"得分=6×{f(mcll_rate)}÷95={f(sc['mcll'])}分"])
    L.sum("产出指标得分 = 8项之和", f(s_out), [f(sc[k]) for k in out_keys], [f"权重50分，得分{f(s_out)}分"])

    P_("（二）效益指标（权重30分，得分" + f(s_eff) + "分）", "h2")
    P_(f"1．学生生长迟缓率（10分）：目标值不高于{f(STUNT_TARGET, 1)}%，2024年学生营养健康监测结果为{f(STUNT, 1)}%，"
       f"优于目标值，得10.00分（超额完成不加分）。")
    g1 = (f"2．国家学生体质健康标准合格率（10分）：目标值不低于92%，全县参加测试学生{fi(TEST_N)}人，合格{fi(TEST_OK)}人，"
          f"合格率{f(test_rate)}%，得分=10×{f(test_rate)}÷92={f(sc['fit'])}分")
    P_(f"{g1}，扣分原因：部分学校体育课和课外体育活动时间落实不到位，初中学生耐力类项目合格率偏低。")
    P_(f"3．长效运行机制（10分）：建立了县级统筹、学校具体实施的管理体制和食品安全监管机制，得{f(sc['mech'])}分，"
       f"扣1分原因：食堂工勤人员工资全部依靠县级财力保障，来源单一；3个家庭托餐点设施设备较为简陋。")
    L.cond("生长迟缓率优于目标（越低越好）→ 满分", STUNT <= STUNT_TARGET, "")
    L.ratio("体质健康合格率", f(test_rate), fi(TEST_OK), fi(TEST_N), [g1])
    L.prod("体质健康得分 = 10 × 合格率 / 92", f(sc["fit"]), ["10", f(test_rate)], div=92, anchors=[g1])
    L.sum("效益指标得分 = 三项之和", f(s_eff), [f(sc[k]) for k in eff_keys], [f"权重30分，得分{f(s_eff)}分"])

    P_("（三）满意度指标（权重10分，得分" + f(sc["sat"]) + "分）", "h2")
    h1 = (f"向学生和家长发放问卷{fi(SURVEY_SENT)}份，回收有效问卷{fi(SURVEY_VALID)}份，其中表示“满意”或“比较满意”的"
          f"{fi(SURVEY_OK)}份，满意度{f(sat)}%")
    P_(f"{h1}，高于90%的目标值，得10.00分。")
    L.ratio("满意度 = 满意 / 有效问卷", f(sat), fi(SURVEY_OK), fi(SURVEY_VALID), [h1])

    P_("四、自评结论", "h1")
    k1 = (f"经综合评价，2024年度营养改善计划项目自评得分{f(total)}分，其中预算执行率{f(sc['exec'])}分、产出指标{f(s_out)}分、"
          f"效益指标{f(s_eff)}分、满意度指标{f(sc['sat'])}分，评价等级为“{grade}”")
    k2 = f"比2023年度的{f(PREV_SCORE)}分提高{f(total - PREV_SCORE)}分"
    P_(f"{k1}，{k2}。预算执行率得分按10分×{f(rate)}%计算。详见附表。")
    L.sum("总分 = 四部分之和", f(total), [f(sc["exec"]), f(s_out), f(s_eff), f(sc["sat"])], [k1])
    L.prod("预算执行率得分 = 10 × 执行率", f(sc["exec"]), ["10", f(rate)], div=100, anchors=[f"预算执行率{f(sc['exec'])}分", f"10分×{f(rate)}%"])
    L.diff("得分比上年提高", f(total - PREV_SCORE), f(total), f(PREV_SCORE), "提高", [k2])
    L.cond("等级 优 (≥90)", grade == "优" and total >= 90, f(total))

    P_("五、存在的问题及原因", "h1")
    P_(f"一是供餐天数未达目标。受极端天气停课影响，全年实际供餐{days}天，比上年的{PREV_DAYS}天减少{PREV_DAYS - days}天，"
       f"形成膳食补助结转资金。二是食堂信息化监管存在短板。部分边远学校网络条件差，“明厨亮灶”视频监控未全部接入监管平台。"
       f"三是学生体质健康水平有待提高。营养改善与体育锻炼结合不够，学生体质健康合格率未达到目标值。"
       f"四是项目长效保障能力不足。食堂工勤人员工资完全依赖县级财政，随着工资标准提高，县级财政压力逐年加大。")
    L.diff("供餐天数比上年减少", str(PREV_DAYS - days), str(days), str(PREV_DAYS), "减少",
           [f"全年实际供餐{days}天，比上年的{PREV_DAYS}天减少{PREV_DAYS - days}天"])
    P_("六、下一步改进措施", "h1")
    P_("一是科学制定校历和应急预案，停课期间确需补课的同步安排供餐，结转资金在2025年春季学期全部用于学生膳食补助，"
       "不得挪作他用。二是统筹资金推进边远学校网络提升，2025年6月底前实现“明厨亮灶”视频监控全覆盖并接入县级监管平台。"
       "三是将营养改善与“阳光体育”活动结合，保障学生每天校内体育活动时间不少于1小时。四是积极争取省级对食堂工勤人员"
       "经费的补助，探索建立多元投入机制，提高项目运行的可持续性。五是加强绩效目标管理，细化量化各项指标，"
       "把本次自评结果作为2025年项目预算安排的重要参考。")
    add(("right", "黔岭县教育局"))
    add(("right", "2025年4月10日"))
    L.present("落款日期在财政年度结束之后", ["2025年4月10日"])
    L.fact("sign_date", "2025-04-10")

    # ---- 附表
    add(("h1", "附表：2024年度营养改善计划项目支出绩效自评表"))
    HDR = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差及扣分原因"]
    rows = [
        ["预算执行", "资金", "预算执行率", "10", "100%", f"{f(rate)}%", f(sc["exec"]), "膳食补助按实际供餐天数结算，结转" + f(carry) + "万元；设备结余" + f(equip_back) + "万元收回"],
        ["产出指标", "数量指标", "受益学生覆盖率", "6", "100%", "100%", f(sc["cover"]), "—"],
        ["产出指标", "数量指标", "年供餐天数", "8", f"≥{PLAN_DAYS}天", f"{days}天", f(sc["days"]), "极端天气停课4天"],
        ["产出指标", "数量指标", "食堂设备购置学校数", "5", f"{EQUIP_PLAN}所", f"{EQUIP_DONE}所", f(sc["equip"]), "1所教学点撤并"],
        ["产出指标", "质量指标", "食品安全事故发生次数", "8", "0次", "0次", f(sc["safe"]), "—"],
        ["产出指标", "质量指标", "食堂“明厨亮灶”覆盖率", "6", "≥95%", f"{f(mcll_rate)}%", f(sc["mcll"]), "8所边远小学未接入平台"],
        ["产出指标", "时效指标", "资金拨付及时率", "6", "100%", "100%", f(sc["timely"]), "—"],
        ["产出指标", "成本指标", "膳食补助标准", "5", f"{fi(STD)}元/生/天", f"{fi(STD)}元/生/天", f(sc["std"]), "—"],
        ["产出指标", "成本指标", "工勤人员月工资标准", "6", f"{fi(COOK_WAGE)}元/人/月", f"{fi(COOK_WAGE)}元/人/月", f(sc["wage"]), "—"],
        ["效益指标", "社会效益", "学生生长迟缓率", "10", f"≤{f(STUNT_TARGET, 1)}%", f"{f(STUNT, 1)}%", f(sc["stunt"]), "优于目标，不加分"],
        ["效益指标", "社会效益", "体质健康标准合格率", "10", "≥92%", f"{f(test_rate)}%", f(sc["fit"]), "耐力类项目合格率偏低"],
        ["效益指标", "可持续影响", "长效运行机制", "10", "健全", "基本健全", f(sc["mech"]), "工勤经费来源单一"],
        ["满意度指标", "服务对象满意度", "学生及家长满意度", "10", "≥90%", f"{f(sat)}%", f(sc["sat"]), "—"],
        ["合计", "", "", "100", "", "", f(total), f"等级：{grade}"],
    ]
    add(("table", {"header": HDR, "rows": rows, "widths": [1.75, 1.75, 2.9, 0.9, 1.95, 1.95, 1.1, 4.2]}))
    weights = [D(r[3]) for r in rows[:-1]]
    L.sum("附表 分值合计 = 100", "100", [r[3] for r in rows[:-1]])
    L.sum("附表 得分合计 = Σ各行", f(total), [r[6] for r in rows[:-1]])
    for r in rows[:-1]:
        L.cond(f"附表 {r[2]} 得分 ≤ 分值", D(r[6]) <= D(r[3]), f"{r[6]} <= {r[3]}")
        L.cond(f"附表 {r[2]} 低于分值者写明扣分原因", D(r[6]) == D(r[3]) or r[7] != "—", r[7])
    return blocks, L


def render(blocks, path, spacer=None):
    """spacer: blank space before 附表 (pt). If None, the smallest multiple of 12 pt is chosen that makes
    the 自评表 split over two pages with at least three data rows on each (checked with pdfminer)."""
    if spacer is None:
        for sp in range(0, 720, 12):
            _render(blocks, path, sp)
            if _split_ok(pdf_text(path)):
                return sp
        raise AssertionError("could not make the table span a page break")
    _render(blocks, path, spacer)
    return spacer


def _split_ok(text):
    pages = text.split("\f")
    hp = [i for i, pg in enumerate(pages) if "偏差及扣分原因" in pg]
    if len(hp) != 2 or hp[1] != hp[0] + 1:
        return False
    a, b = pdf_match_text(pages[hp[0]]), pdf_match_text(pages[hp[1]])
    first = sum(1 for k in ("预算执行率", "受益学生覆盖率", "年供餐天数", "食品安全事故") if k in a)
    second = sum(1 for k in ("学生及家长满意度", "长效运行机制", "体质健康标准合") if k in b)
    return first >= 3 and second >= 2


def _render(blocks, path, spacer):
    ss = {
        "title": ParagraphStyle("t", fontName=FONT, fontSize=17, leading=26, alignment=TA_CENTER, spaceAfter=6),
        "center": ParagraphStyle("c", fontName=FONT, fontSize=12, leading=20, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=FONT, fontSize=13, leading=22, spaceBefore=6, spaceAfter=2),
        "h2": ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=21, firstLineIndent=24),
        "body": ParagraphStyle("b", fontName=FONT, fontSize=11.5, leading=21, firstLineIndent=23, wordWrap="CJK",
                               alignment=TA_LEFT),
        "right": ParagraphStyle("r", fontName=FONT, fontSize=12, leading=22, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12.5, wordWrap="CJK"),
        "hcell": ParagraphStyle("hcell", fontName=FONT, fontSize=9, leading=12.5, alignment=TA_CENTER, wordWrap="CJK"),
    }
    story = []
    for kind, payload in blocks:
        if kind == "table":
            data = [[Paragraph(h, ss["hcell"]) for h in payload["header"]]]
            for r in payload["rows"]:
                data.append([Paragraph(c, ss["cell"]) for c in r])
            t = Table(data, colWidths=[w * cm for w in payload["widths"]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
            story.append(Spacer(1, 4))
            story.append(t)
        else:
            if kind == "h1" and payload.startswith("附表"):
                story.append(Spacer(1, spacer))
            story.append(Paragraph(payload, ss[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, "第 %d 页" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title="黔岭县2024年度营养改善计划项目支出绩效自评报告",
                            author="黔岭县教育局", creator="黔岭县教育局")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def visible(path):
    return pdf_text(path)


def main(outdir=ROOT):
    blocks, L = build()
    path = os.path.join(outdir, NAME + ".pdf")
    sp = render(blocks, path)
    L.fact("spacer_before_appendix_pt", sp)
    vis = visible(path)
    n = L.verify_text(vis, pdf_match_text(vis))
    # the 自评表 must span a page break with its header repeated
    pages = vis.split("\f")
    hdr_pages = [i for i, pg in enumerate(pages) if "偏差及扣分原因" in pg]
    L.cond("附表跨页且表头在两页重复", len(hdr_pages) == 2 and hdr_pages[1] == hdr_pages[0] + 1,
           "header on pages %s" % [i + 1 for i in hdr_pages])
    first_rows = pages[hdr_pages[0]]
    L.cond("附表首页与续页各有数据行", "预算执行率" in pdf_match_text(first_rows) and "学生及家长满意度" in pdf_match_text(pages[hdr_pages[1]]),
           "")
    L.fact("pages", len([p for p in pages if p.strip()]))
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks), "pages", len(pages))


if __name__ == "__main__":
    main()
