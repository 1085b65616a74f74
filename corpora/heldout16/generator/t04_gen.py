# -*- coding: utf-8 -*-
"""t04 — 甘肃省陇泉县自然资源局 2024年度部门整体支出绩效自评报告 (.txt, UTF-8).

The 自评表 is written as prose lists (“1．预算执行率（权重10分）：……得9.62分。”), no table.  The total
score is given in 总体评价 and again in 结论.  三年 comparison 2022/2023/2024, 预算调整 (年初 + 追加 − 调减
= 调整后), percentages written as “x%” and as “x个百分点”.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, f, fi, Ledger, txt_text, ROOT  # noqa: E402

NAME = "t04_longquan_natural_resources_dept_selfeval_2024"
IND = "\u3000\u3000"

A = D("4862.35")   # 年初预算
ADD = [("地质灾害防治", D("680.00")), ("村庄规划编制", D("426.40")), ("耕地保护补偿", D("480.00"))]
CUT = D("124.80")  # 调减：土地整治项目
CARRY0 = D("214.62")  # 上年结转
E = D("6086.20")
PERSON, PUBLIC = D("1724.36"), D("262.12")
FUNC = [("自然资源海洋气象等支出", D("5312.46")), ("社会保障和就业支出", D("286.52")), ("卫生健康支出", D("98.64")),
        ("住房保障支出", D("162.38")), ("灾害防治及应急管理支出", D("226.20"))]
SG_BUD, SG_ACT = D("38.00"), D("31.46")
PROC_BUD, PROC_ACT = D("1260.00"), D("1186.52")
PLAN_T, PLAN_D = 32, 30
REG_TOTAL, REG_ONTIME = 12506, 12486
REG_PREV_RATE = D("99.52")
FARM_T, FARM_A = D("48.62"), D("48.75")       # 耕地保有量 万亩
BASIC_FARM = D("42.36")                       # 永久基本农田 万亩
HAZ_POINTS = 236
PATCH_T, PATCH_D = 68, 64
SURV_SENT, SURV_VALID, SURV_OK = 500, 486, 455
SAT_PREV = D("91.50")
YEARS = {2022: (D("5126.40"), D("4712.85"), D("86.45")), 2023: (D("5864.72"), D("5534.86"), D("90.12"))}
NEXT_BUDGET = D("5126.80")
DEPTS = ["办公室", "国土空间规划股", "耕地保护监督股", "自然资源开发利用股", "自然资源确权登记股", "地质矿产管理股",
         "林草资源管理股", "财务审计股"]
UNITS = ["陇泉县不动产登记中心", "陇泉县自然资源测绘与地理信息中心", "陇泉县地质灾害防治中心"]
TOWNS = 12
STAFF = [("行政编制", 22), ("事业编制", 58)]
ACTUAL = 74
CN = "零一二三四五六七八九十"


def build():
    L = Ledger(NAME + ".txt", "txt")
    lines = []

    def P_(t):
        lines.append(IND + t)

    def H(t):
        lines.append(t)

    add_total = sum(v for _, v in ADD)
    Dj = A + add_total - CUT
    avail = Dj + CARRY0
    carry1 = avail - E
    rate = pct(E, Dj)
    use_rate = pct(E, avail)
    adj_rate = pct(add_total - CUT, A)
    cj_rate = pct(carry1, avail)
    basic = PERSON + PUBLIC
    proj = E - basic
    sg_rate = pct(SG_ACT, SG_BUD)
    proc_rate = pct(PROC_ACT, PROC_BUD)
    plan_rate = pct(PLAN_D, PLAN_T)
    reg_rate = pct(REG_ONTIME, REG_TOTAL)
    patch_rate = pct(PATCH_D, PATCH_T)
    sat = pct(SURV_OK, SURV_VALID)

    # scores
    sc = {}
    sc[1] = q(10 * rate / 100)
    ded2 = q(D("0.1") * (adj_rate - 10)) if adj_rate > 10 else D(0)
    sc[2] = D(5) - ded2
    ded3 = q(D("0.5") * (cj_rate - 5)) if cj_rate > 5 else D(0)
    sc[3] = D(5) - ded3
    sc[4] = D("5.00")
    sc[5] = q(5 * proc_rate / 100)
    sc[6] = q(D(10) * PLAN_D / PLAN_T)
    sc[7] = q(10 * reg_rate / 100)
    sc[8] = D("10.00")
    sc[9] = D("10.00")
    sc[10] = q(10 * patch_rate / 100)
    sc[11] = D("10.00")
    sc[12] = D("10.00")
    W = {1: 10, 2: 5, 3: 5, 4: 5, 5: 5, 6: 10, 7: 10, 8: 10, 9: 10, 10: 10, 11: 10, 12: 10}
    groups = [("预算管理", [1, 2, 3, 4, 5]), ("产出", [6, 7, 8, 9, 10]), ("效益", [11]), ("满意度", [12])]
    gsum = {g: sum(sc[i] for i in ids) for g, ids in groups}
    gw = {g: sum(W[i] for i in ids) for g, ids in groups}
    total = sum(sc.values())
    grade = "优" if total >= 90 else "良"
    assert sum(W.values()) == 100
    L.fact("total_score", f(total))
    L.fact("exec_rate", f(rate))
    L.fact("adjusted_budget", f(Dj))

    s = {k: f(v) for k, v in dict(A=A, add=add_total, CUT=CUT, Dj=Dj, C0=CARRY0, avail=avail, E=E, C1=carry1,
                                  basic=basic, proj=proj, PERSON=PERSON, PUBLIC=PUBLIC).items()}

    lines.append("陇泉县自然资源局2024年度部门整体支出绩效自评报告")
    lines.append("")
    P_("按照《陇泉县财政局关于做好2024年度预算绩效自评工作的通知》（陇财绩〔2025〕4号）要求，我局对2024年度部门整体支出"
       "开展了绩效自评。自评以部门预算资金为对象，围绕预算管理、履职产出、履职效益和服务对象满意度四个方面设置12项评价指标，"
       "采取资料审核、数据核对、现场抽查和问卷调查等方式进行。现将自评情况报告如下。")
    lines.append("")
    H("一、部门基本情况")
    H("（一）主要职能")
    P_("陇泉县自然资源局是县政府工作部门，主要负责全县自然资源统一调查监测评价和确权登记管理，履行全民所有土地、矿产、"
       "森林、草原、湿地、水等自然资源资产所有者职责，负责国土空间规划编制和监督实施，负责耕地保护和永久基本农田特殊保护，"
       "负责地质灾害防治和地质勘查行业管理，负责不动产登记，组织开展自然资源执法监督和卫片执法检查等工作。")
    H("（二）机构和人员情况")
    st = "、".join(f"{a}{b}名" for a, b in STAFF)
    nst = sum(b for _, b in STAFF)
    a_org = (f"局机关内设{CN[len(DEPTS)]}个股室，分别为" + "、".join(DEPTS) + f"；下属事业单位{CN[len(UNITS)]}个，分别为"
             + "、".join(UNITS) + f"；另在{TOWNS}个乡镇设有自然资源所（派出机构，人员和经费纳入局机关统一管理）")
    P_(f"{a_org}。全局核定编制{nst}名，其中{st}，年末实有在职人员{ACTUAL}名。")
    L.cond("股室数 = 列举数", len(DEPTS) == 8, "8", [a_org])
    L.cond("下属事业单位数 = 列举数", len(UNITS) == 3, "3")
    L.sum("编制 = 行政 + 事业", str(nst), [str(b) for _, b in STAFF], [f"核定编制{nst}名，其中{st}"])
    L.cond("实有 ≤ 编制", ACTUAL <= nst, f"{ACTUAL} <= {nst}")
    lines.append("")

    H("二、部门预算及执行情况")
    H("（一）预算调整情况")
    al = "、".join(f"{a}{f(v)}万元" for a, v in ADD)
    a1 = (f"2024年年初部门预算{s['A']}万元，年度执行中追加预算{s['add']}万元（其中{al}），"
          f"因土地整治项目实施范围调整调减预算{s['CUT']}万元，调整后预算为{s['Dj']}万元")
    a2 = (f"追加与调减相抵后净增加预算{f(add_total - CUT)}万元，预算调整率为{f(adj_rate)}%"
          f"（预算调整率＝（追加预算－调减预算）÷年初预算×100%）")
    a3 = f"另有上年结转资金{s['C0']}万元，全年可支配资金合计{s['avail']}万元"
    P_(f"{a1}，即{s['A']}＋{s['add']}－{s['CUT']}＝{s['Dj']}万元。{a2}。{a3}。")
    L.lin("调整后预算 = 年初 + 追加 − 调减", s["Dj"], [(1, s["A"]), (1, s["add"]), (-1, s["CUT"])],
          [a1, f"{s['A']}＋{s['add']}－{s['CUT']}＝{s['Dj']}万元"])
    L.sum("追加 = 三项之和", s["add"], [f(v) for _, v in ADD], [a1])
    L.lin("净增加 = 追加 − 调减", f(add_total - CUT), [(1, s["add"]), (-1, s["CUT"])], [a2, a1])
    L.ratio("预算调整率数值", f(adj_rate), f(add_total - CUT), s["A"], [a2, f"{s['A']}万元"])
    L.sum("全年可支配 = 调整后 + 上年结转", s["avail"], [s["Dj"], s["C0"]], [a3])
    H("（二）预算执行情况")
    b1 = f"2024年全年支出{s['E']}万元，预算执行率为{f(rate)}%（按调整后预算计算）"
    b2 = f"按全年可支配资金计算的资金使用率为{f(use_rate)}%"
    b3 = f"年末结转结余{s['C1']}万元，结转结余率为{f(cj_rate)}%（以全年可支配资金为基数）"
    P_(f"{b1}；{b2}。{b3}，主要是地质灾害治理工程按合同约定保留质保金及部分村庄规划编制项目尚未验收。")
    L.ratio("预算执行率（调整后预算）", f(rate), s["E"], s["Dj"], [b1, a1])
    L.ratio("资金使用率（全年可支配）", f(use_rate), s["E"], s["avail"], [b2])
    L.lin("年末结转结余 = 可支配 − 支出", s["C1"], [(1, s["avail"]), (-1, s["E"])], [b3])
    L.ratio("结转结余率", f(cj_rate), s["C1"], s["avail"], [b3])
    b4 = (f"按支出性质分，基本支出{s['basic']}万元，占{f(pct(basic, E))}%，其中人员经费{s['PERSON']}万元、公用经费{s['PUBLIC']}万元；"
          f"项目支出{s['proj']}万元，占{f(pct(proj, E))}%")
    fl = "，".join(f"{a}{f(v)}万元" for a, v in FUNC)
    b5 = f"按支出功能分类，{fl}"
    P_(f"{b4}。{b5}。")
    L.sum("支出 = 基本 + 项目", s["E"], [s["basic"], s["proj"]], [b4])
    L.sum("基本 = 人员 + 公用", s["basic"], [s["PERSON"], s["PUBLIC"]], [b4])
    L.ratio("基本支出占比", f(pct(basic, E)), s["basic"], s["E"], [b4])
    L.ratio("项目支出占比", f(pct(proj, E)), s["proj"], s["E"], [b4])
    L.sum("功能分类五类之和 = 支出", s["E"], [f(v) for _, v in FUNC], [b5])
    H("（三）重点项目支出情况")
    KP = [("地质灾害防治项目", D("1120.00"), D("1046.38")), ("村庄规划编制项目", D("626.40"), D("512.36")),
          ("耕地保护补偿项目", D("480.00"), D("480.00"))]
    kp_lines = []
    for nm, bb, ee in KP:
        t_ = f"{nm}预算{f(bb)}万元，支出{f(ee)}万元，执行率{f(pct(ee, bb))}%"
        kp_lines.append(t_)
        L.ratio(f"重点项目执行率 {nm}", f(pct(ee, bb)), f(ee), f(bb), [t_])
    kp_sum = sum(ee for _, _, ee in KP)
    kp2 = f"三个重点项目合计支出{f(kp_sum)}万元，占项目支出的{f(pct(kp_sum, proj))}%"
    P_("；".join(kp_lines) + f"。{kp2}，其余项目支出主要用于自然资源调查监测、不动产登记信息化运维、矿产资源监管等。"
       f"村庄规划编制项目执行率偏低，主要是部分规划成果尚未通过县级审查，合同尾款未支付。")
    L.sum("重点项目合计支出", f(kp_sum), [f(ee) for _, _, ee in KP], [kp2])
    L.ratio("重点项目占项目支出%", f(pct(kp_sum, proj)), f(kp_sum), s["proj"], [kp2])
    H("（四）部门管理情况")
    P_("一是制度建设方面，修订完善了财务管理、政府采购、固定资产管理、合同管理和内部控制等制度，重大支出事项实行集体研究决策。"
       "二是预算绩效管理方面，对所有项目编报绩效目标，对重点项目开展绩效运行监控，年中对进度偏慢的项目进行了督办。"
       "三是资产管理方面，严格执行资产配置标准，年末开展资产清查，做到账账相符、账实相符。"
       "四是信息公开方面，按规定在县政府门户网站公开部门预算、决算和“三公”经费，接受社会监督。")
    H("（五）近三年预算执行对比")
    y = {2022: YEARS[2022], 2023: YEARS[2023], 2024: (Dj, E, total)}
    r = {k: pct(v[1], v[0]) for k, v in y.items()}
    c = []
    for k in (2022, 2023, 2024):
        c.append(f"{k}年调整后预算{f(y[k][0])}万元、支出{f(y[k][1])}万元，预算执行率{f(r[k])}%")
    pp1 = r[2023] - r[2022]
    pp2 = r[2024] - r[2023]
    g1 = growth(y[2023][1], y[2022][1])
    g2 = growth(y[2024][1], y[2023][1])
    c4 = f"2023年执行率比2022年提高{f(pp1)}个百分点，2024年比2023年再提高{f(pp2)}个百分点"
    c5 = f"支出规模方面，2023年比2022年增长{f(g1)}%，2024年比2023年增长{f(g2)}%"
    P_("；".join(c) + f"。{c4}。{c5}，主要是地质灾害防治和村庄规划编制投入持续加大。")
    for k in (2022, 2023, 2024):
        L.ratio(f"{k} 执行率", f(r[k]), f(y[k][1]), f(y[k][0]), [c[[2022, 2023, 2024].index(k)]])
    L.diff("2023 vs 2022 个百分点", f(pp1), f(r[2023]), f(r[2022]), "提高", [c4])
    L.diff("2024 vs 2023 个百分点", f(pp2), f(r[2024]), f(r[2023]), "提高", [c4])
    L.growth("2023 支出增长", f(g1), f(y[2023][1]), f(y[2022][1]), "增长", [c5])
    L.growth("2024 支出增长", f(g2), f(y[2024][1]), f(y[2023][1]), "增长", [c5])
    lines.append("")

    H("三、绩效目标完成情况")
    P_(f"（一）国土空间规划。完成县级国土空间总体规划报批，全年计划完成村庄规划编制{PLAN_T}个，实际完成{PLAN_D}个，"
       f"完成率{f(plan_rate)}%，剩余{PLAN_T - PLAN_D}个因涉及行政村调整，待区划方案确定后编制。")
    L.ratio("村庄规划完成率", f(plan_rate), str(PLAN_D), str(PLAN_T), [f"实际完成{PLAN_D}个，完成率{f(plan_rate)}%"])
    L.lin("剩余村庄规划", str(PLAN_T - PLAN_D), [(1, str(PLAN_T)), (-1, str(PLAN_D))], [f"剩余{PLAN_T - PLAN_D}个"])
    P_(f"（二）耕地保护。全县耕地保有量{f(FARM_A)}万亩，高于市级下达的{f(FARM_T)}万亩保护任务；永久基本农田{f(BASIC_FARM)}万亩，"
       f"面积不减少、质量有提升。耕地保有量与永久基本农田是两个不同口径的指标，后者包含在前者之中。")
    L.cond("耕地保有量 ≥ 任务；永久基本农田 ≤ 耕地保有量", FARM_A >= FARM_T and BASIC_FARM < FARM_A, "")
    d1 = f"全年受理不动产登记业务{fi(REG_TOTAL)}件，按时办结{fi(REG_ONTIME)}件，按时办结率{f(reg_rate)}%"
    d2 = f"比上年的{f(REG_PREV_RATE)}%提高{f(reg_rate - REG_PREV_RATE)}个百分点"
    P_(f"（三）不动产登记。{d1}，{d2}；一般登记、抵押登记办理时限分别压缩至3个和1个工作日以内。")
    L.ratio("按时办结率", f(reg_rate), fi(REG_ONTIME), fi(REG_TOTAL), [d1])
    L.diff("办结率 个百分点", f(reg_rate - REG_PREV_RATE), f(reg_rate), f(REG_PREV_RATE), "提高", [d2])
    P_(f"（四）地质灾害防治。对全县{HAZ_POINTS}处地质灾害隐患点全部落实群测群防员，监测覆盖率100%；实施地质灾害综合治理工程"
       f"3处，汛期成功预警避险2起，转移群众136人，全年未发生因地质灾害造成人员伤亡的事件。")
    e1 = f"2024年卫片执法共下发违法图斑{PATCH_T}个，已整改到位{PATCH_D}个，整改率{f(patch_rate)}%"
    P_(f"（五）执法监督。{e1}，其余{PATCH_T - PATCH_D}个正在按程序推进拆除复耕。")
    L.ratio("图斑整改率", f(patch_rate), str(PATCH_D), str(PATCH_T), [e1])
    L.lin("剩余图斑", str(PATCH_T - PATCH_D), [(1, str(PATCH_T)), (-1, str(PATCH_D))], [f"其余{PATCH_T - PATCH_D}个"])
    lines.append("")

    H("四、自评指标得分情况")
    P_("自评共设12项指标，总分100分。各项指标得分如下：")
    items = []
    items.append((1, f"1．预算执行率（权重10分）：评分标准为得分＝权重×预算执行率。2024年预算执行率{f(rate)}%，"
                     f"得{f(sc[1])}分。"))
    items.append((2, f"2．预算调整率（权重5分）：评分标准为调整率不超过10%的得满分，每超过1个百分点扣0.1分。"
                     f"2024年预算调整率{f(adj_rate)}%，超过{f(adj_rate - 10)}个百分点，扣{f(ded2)}分，得{f(sc[2])}分。"))
    items.append((3, f"3．结转结余率（权重5分）：评分标准为结转结余率不超过5%的得满分，每超过1个百分点扣0.5分。"
                     f"2024年结转结余率{f(cj_rate)}%，超过{f(cj_rate - 5)}个百分点，扣{f(ded3)}分，得{f(sc[3])}分。"))
    items.append((4, f"4．“三公”经费控制率（权重5分）：“三公”经费预算{f(SG_BUD)}万元，实际支出{f(SG_ACT)}万元，"
                     f"控制率{f(sg_rate)}%，未超预算，得{f(sc[4])}分。"))
    items.append((5, f"5．政府采购执行率（权重5分）：政府采购预算{f(PROC_BUD)}万元，实际采购{f(PROC_ACT)}万元，"
                     f"执行率{f(proc_rate)}%，得分＝5×{f(proc_rate)}%，得{f(sc[5])}分。"))
    items.append((6, f"6．村庄规划编制完成率（权重10分）：计划{PLAN_T}个，完成{PLAN_D}个，得分＝10×{PLAN_D}÷{PLAN_T}，"
                     f"得{f(sc[6])}分。"))
    items.append((7, f"7．不动产登记按时办结率（权重10分）：按时办结率{f(reg_rate)}%，得分＝10×{f(reg_rate)}%，得{f(sc[7])}分。"))
    items.append((8, f"8．耕地保护目标完成情况（权重10分）：耕地保有量{f(FARM_A)}万亩，完成保护任务，得{f(sc[8])}分。"))
    items.append((9, f"9．地质灾害隐患点监测覆盖率（权重10分）：{HAZ_POINTS}处隐患点全部落实监测，覆盖率100%，得{f(sc[9])}分。"))
    items.append((10, f"10．违法图斑整改率（权重10分）：整改率{f(patch_rate)}%，得分＝10×{f(patch_rate)}%，得{f(sc[10])}分。"))
    items.append((11, f"11．地质灾害防治成效（权重10分）：全年未发生因地质灾害造成的人员伤亡，得{f(sc[11])}分。"))
    items.append((12, f"12．服务对象满意度（权重10分）：发放问卷{SURV_SENT}份，回收有效问卷{SURV_VALID}份，满意{SURV_OK}份，"
                      f"满意度{f(sat)}%，达到90%的目标值，得{f(sc[12])}分。"))
    for i, t in items:
        P_(t)
        L.cond(f"指标{i} 得分 ≤ 权重", sc[i] <= W[i], f"{f(sc[i])} <= {W[i]}", [f"（权重{W[i]}分）", f"得{f(sc[i])}分。"])
    L.prod("1 执行率得分 = 10 × 执行率", f(sc[1]), ["10", f(rate)], div=100, anchors=[items[0][1]])
    L.lin("2 超过个百分点", f(adj_rate - 10), [(1, f(adj_rate)), (-1, "10")], [items[1][1]])
    L.prod("2 扣分 = 0.1 × 超过", f(ded2), ["0.1", f(adj_rate - 10)], anchors=[items[1][1]])
    L.lin("2 得分 = 5 − 扣分", f(sc[2]), [(1, "5"), (-1, f(ded2))], [items[1][1]])
    L.lin("3 超过个百分点", f(cj_rate - 5), [(1, f(cj_rate)), (-1, "5")], [items[2][1]])
    L.prod("3 扣分 = 0.5 × 超过", f(ded3), ["0.5", f(cj_rate - 5)], anchors=[items[2][1]])
    L.lin("3 得分 = 5 − 扣分", f(sc[3]), [(1, "5"), (-1, f(ded3))], [items[2][1]])
    L.ratio("4 三公控制率", f(sg_rate), f(SG_ACT), f(SG_BUD), [items[3][1]])
    L.ratio("5 政府采购执行率", f(proc_rate), f(PROC_ACT), f(PROC_BUD), [items[4][1]])
    L.prod("5 得分 = 5 × 执行率", f(sc[5]), ["5", f(proc_rate)], div=100, anchors=[items[4][1]])
    L.prod("6 得分 = 10 × 30 / 32（9.375 → 9.38）", f(sc[6]), ["10", str(PLAN_D)], div=PLAN_T, anchors=[items[5][1]])
    L.prod("7 得分 = 10 × 办结率", f(sc[7]), ["10", f(reg_rate)], div=100, anchors=[items[6][1]])
    L.prod("10 得分 = 10 × 整改率", f(sc[10]), ["10", f(patch_rate)], div=100, anchors=[items[9][1]])
    L.ratio("12 满意度", f(sat), str(SURV_OK), str(SURV_VALID), [items[11][1]])
    gl = "、".join(f"{g}类指标{f(gsum[g])}分（权重{gw[g]}分）" for g, _ in groups)
    P_(f"分类汇总：{gl}。")
    for g, ids in groups:
        L.sum(f"分类 {g} 得分 = Σ", f(gsum[g]), [f(sc[i]) for i in ids], [f"{g}类指标{f(gsum[g])}分"])
        L.sum(f"分类 {g} 权重 = Σ", str(gw[g]), [str(W[i]) for i in ids], [f"{g}类指标{f(gsum[g])}分（权重{gw[g]}分）"])
    lines.append("")

    H("五、总体评价")
    k1 = f"经自评，陇泉县自然资源局2024年度部门整体支出绩效自评得分为{f(total)}分，评价等级为“{grade}”"
    k2 = (f"2022年、2023年部门整体支出绩效自评得分分别为{f(y[2022][2])}分和{f(y[2023][2])}分，"
          f"2024年比2023年提高{f(total - y[2023][2])}分")
    k3 = f"服务对象满意度{f(sat)}%，比上年的{f(SAT_PREV)}%提高{f(sat - SAT_PREV)}个百分点"
    P_(f"{k1}。{k2}。全年预算执行进度总体较好，主要履职目标基本完成；{k3}。"
       f"扣分主要集中在预算调整幅度较大、年末结转结余偏高以及村庄规划编制和违法图斑整改未全部完成。")
    L.sum("总分 = 12项之和", f(total), [f(sc[i]) for i in range(1, 13)], [k1])
    L.sum("总分 = 四类之和", f(total), [f(gsum[g]) for g, _ in groups], [k1])
    L.diff("总分比上年提高", f(total - y[2023][2]), f(total), f(y[2023][2]), "提高", [k2, k1])
    L.diff("满意度 个百分点", f(sat - SAT_PREV), f(sat), f(SAT_PREV), "提高", [k3])
    L.cond("等级 优 (≥90)", grade == "优" and total >= 90, f(total))
    lines.append("")

    H("六、存在的问题及原因")
    P_("一是预算编制的前瞻性不足。年初预算对地质灾害防治、村庄规划编制等任务测算不够充分，年中追加较多，预算调整率偏高。"
       "二是项目资金支付进度不均衡。部分工程类项目集中在四季度验收支付，形成年末结转。三是绩效目标设置不够细化。"
       "个别指标以定性描述为主，量化程度不高，影响评价的客观性。四是执法整改闭环管理有待加强。少数违法图斑整改周期长，"
       "跨部门协同处置机制还需完善。")
    H("七、改进措施")
    P_(f"一是提高预算编制质量，结合国土空间规划实施和地质灾害防治规划，提前谋划项目，做实项目库，减少年中追加。"
       f"二是加快项目实施和资金支付，对工程类项目实行月调度、季通报，及时清理结转结余资金。"
       f"三是完善绩效指标体系，参照省级部门整体支出绩效指标框架，增加可量化、可考核的指标。"
       f"四是健全执法整改台账，实行销号管理。2025年部门预算年初安排{f(NEXT_BUDGET)}万元，将严格按照本次自评发现的问题"
       f"优化支出结构。")
    lines.append("")
    H("八、结论")
    k4 = f"综上，我局2024年度部门整体支出绩效自评得分{f(total)}分，等级为“{grade}”"
    P_(f"{k4}。自评结果将作为2025年预算执行和2026年预算编制的重要依据，并按规定随部门决算向社会公开。")
    L.same("结论中的总分 = 总体评价中的总分", f(total), f(total), [k4, k1])
    lines.append("")
    lines.append(" " * 40 + "陇泉县自然资源局")
    lines.append(" " * 40 + "2025年3月20日")
    L.present("落款日期在财政年度结束之后", ["2025年3月20日"])
    L.present("通知文号年份 = 自评年份（2025）", ["陇财绩〔2025〕4号"])
    L.fact("sign_date", "2025-03-20")
    return lines, L


def render(blocks, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(blocks) + "\n")


def visible(path):
    return txt_text(path)


def main(outdir=ROOT):
    blocks, L = build()
    path = os.path.join(outdir, NAME + ".txt")
    render(blocks, path)
    vis = visible(path)
    n = L.verify_text(vis)
    L.cond("no table in the text (prose lists only)", "|" not in vis and "｜" not in vis and "\t" not in vis, "")
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks))


if __name__ == "__main__":
    main()
