"""t04 -- 洛嵩市2024年度按病种分值付费（DIP）支付方式改革运行评估报告 (河南省洛嵩市医疗保障局)
PDF with ruled tables (reportlab platypus Table + GRID, STSong-Light, rl_config.invariant = 1).
One page holds two small tables SIDE BY SIDE (an outer borderless Table whose two cells are Tables).

Content model: list of blocks ("title"|"sub"|"h1"|"h2"|"p"|"cap"|"note", str),
("table", {"id", "header", "rows", "widths"}), ("pair", [table_left, table_right]), ("pagebreak", "").
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, Ledger, P, q, fmt, fint, pct, growth, finish, pdf_text, pdf_rows

NAME = "t04_luosong_dip_payment_reform_evaluation_2024"
FOOTER_RE = r"第\s*\d+\s*页"

# ---------------------------------------------------------------- base inputs
# level: (label, 机构数, 2024例数, 2024总费用万元, 2024统筹支付万元, 2024分值, 2023例数, 2023总费用, 2023统筹,
#         2024平均住院日, 2023平均住院日, 结余机构数, 结余留用万元)
LEVELS = [
    ("三级", 9, 168426, "268415.36", "171286.42", 18620450, 171905, "283562.18", "177340.66", "8.6", "9.1", 4, "1862.35"),
    ("二级", 36, 192318, "132846.75", "89615.28", 10135280, 186524, "131248.90", "87962.15", "7.4", "7.8", 24, "2415.62"),
    ("一级及以下", 118, 86542, "28963.40", "21436.85", 2480000, 79136, "25463.11", "18735.42", "6.2", "6.3", 101, "1108.74"),
]
BUDGET = "281600.00"           # 年度DIP统筹基金预算总额（万元）
DISEASES = [("核心病种", 4126), ("综合病种", 1238), ("基层病种", 86), ("中医优势病种", 30)]
HIGH_CASES, LOW_CASES = 6842, 9215            # 高倍率、低倍率病例
SPECIAL_APPLY, SPECIAL_PASS = 1126, 968       # 特病单议
BASIC_IN_PRIMARY, BASIC_ALL = 21364, 36518    # 基层病种: 一级及以下结算例数 / 全部
VIOL_CASES, VIOL_POINTS = 1286, 85640         # 智能审核扣减
POLICY_23, POLICY_24 = "74.12", "75.38"       # 政策范围内住院费用报销比例
CHECK_INST, CHECK_BY, CHECK_YES = 24, (4, 8, 12), 21   # 现场核查医疗机构
Q_SENT, Q_VALID, Q_SAT = 1200, 1146, 1052              # 问卷: 发放 / 有效 / 满意


def build():
    led = Ledger(NAME)
    B = []
    lv = []
    T = dict(inst=0, cases=0, cost=D(0), fund=D(0), pts=0, pcases=0, pcost=D(0), pfund=D(0), s_n=0, keep=D(0),
             o_n=0, over=D(0), dip=D(0))
    total_pts = sum(x[5] for x in LEVELS)
    point = q(D(BUDGET) * 10000 / D(total_pts), 4)
    for (lab, inst, cases, cost, fund, pts, pc, pcost, pfund, los, plos, s_n, keep) in LEVELS:
        avg = q(D(cost) * 10000 / cases)
        pavg = q(D(pcost) * 10000 / pc)
        dip = q(D(pts) * point / 10000)
        diff = dip - D(fund)
        over = D(keep) - diff
        assert over > 0
        o_n = inst - s_n
        lv.append(dict(lab=lab, inst=inst, cases=cases, cost=D(cost), fund=D(fund), pts=pts, pc=pc, pcost=D(pcost),
                       pfund=D(pfund), los=los, plos=plos, s_n=s_n, keep=D(keep), o_n=o_n, over=over, avg=avg,
                       pavg=pavg, g=growth(avg, pavg), dip=dip, diff=diff))
        for k, v in (("inst", inst), ("cases", cases), ("cost", D(cost)), ("fund", D(fund)), ("pts", pts),
                     ("pcases", pc), ("pcost", D(pcost)), ("pfund", D(pfund)), ("s_n", s_n), ("keep", D(keep)),
                     ("o_n", o_n), ("over", over), ("dip", dip)):
            T[k] += v
    for L_ in lv:
        L_["sh_cases"] = pct(L_["cases"], T["cases"])
        L_["sh_cost"] = pct(L_["cost"], T["cost"])
        L_["sh_fund"] = pct(L_["fund"], T["fund"])
    T["avg"] = q(T["cost"] * 10000 / T["cases"])
    T["pavg"] = q(T["pcost"] * 10000 / T["pcases"])
    T["g"] = growth(T["avg"], T["pavg"])
    T["los"] = q(sum((D(L_["los"]) * L_["cases"] for L_ in lv), D(0)) / T["cases"], 1)
    T["plos"] = q(sum((D(L_["plos"]) * L_["pc"] for L_ in lv), D(0)) / T["pcases"], 1)
    fr24 = pct(T["fund"], T["cost"])
    fr23 = pct(T["pfund"], T["pcost"])
    fr_pp = fr24 - fr23
    pol_pp = D(POLICY_24) - D(POLICY_23)
    dis_tot = sum(n for _, n in DISEASES)
    dis_sh = [pct(n, dis_tot) for _, n in DISEASES]
    dip_diff = T["dip"] - T["fund"]
    high_sh = pct(HIGH_CASES, T["cases"])
    low_sh = pct(LOW_CASES, T["cases"])
    sp_rate = pct(SPECIAL_PASS, SPECIAL_APPLY)
    basic_sh = pct(BASIC_IN_PRIMARY, BASIC_ALL)
    viol_amt = q(D(VIOL_POINTS) * point / 10000)
    case_g = growth(T["cases"], T["pcases"])
    F = fmt

    def W(v):
        return "增长" if v > 0 else "下降"

    # ------------------------------------------------------------ text
    p = lambda s: B.append(("p", s))
    B.append(("title", "洛嵩市2024年度按病种分值付费（DIP）"))
    B.append(("title", "支付方式改革运行评估报告"))
    B.append(("sub", "洛嵩市医疗保障局　2025年4月15日"))
    B.append(("h1", "一、基本情况"))
    p("2024年是我市按病种分值付费（DIP）支付方式改革实际付费的第三年。按照国家和省医保局关于DIP支付方式改革"
      "三年行动计划的部署，我市DIP付费已覆盖统筹区内所有开展住院服务的定点医疗机构，覆盖病种和医保基金"
      "均达到国家要求。为全面掌握改革运行情况，市医保局会同市医保中心，依据2024年度DIP清算数据，"
      "对改革运行情况进行了评估。本报告中的结算数据均为2024年度清算数据，清算工作已于2025年3月完成。")
    s_inst = ("全市实行DIP付费的定点医疗机构共%d家，其中三级医疗机构%d家、二级医疗机构%d家、一级及以下医疗机构%d家"
              % (T["inst"], lv[0]["inst"], lv[1]["inst"], lv[2]["inst"]))
    s_dis = ("2024年版病种分值库共收录病种%s个，其中核心病种%s个、综合病种%s个、基层病种%d个、中医优势病种%d个"
             % (fint(dis_tot), fint(DISEASES[0][1]), fint(DISEASES[1][1]), DISEASES[2][1], DISEASES[3][1]))
    p(s_inst + "。" + s_dis + "。基层病种在不同等级医疗机构执行相同分值，引导常见病、多发病在基层就诊。")
    s_m = ("评估采用数据分析、现场核查和问卷调查相结合的方式：对全部DIP清算数据进行分析，现场核查定点医疗机构%d家"
           "（其中三级%d家、二级%d家、一级及以下%d家），向出院参保患者发放问卷%s份，回收有效问卷%s份"
           % (CHECK_INST, CHECK_BY[0], CHECK_BY[1], CHECK_BY[2], fint(Q_SENT), fint(Q_VALID)))
    p(s_m + "。评估重点关注医疗费用控制、基金运行安全、医疗服务质量和参保群众获得感四个方面。")
    B.append(("h1", "二、运行情况"))
    B.append(("h2", "（一）结算情况"))
    s_c1 = ("2024年全市DIP结算出院病例%s例，比上年%s例%s%s%%" % (fint(T["cases"]), fint(T["pcases"]), W(case_g),
                                                             abs(case_g)))
    s_c2 = ("发生医疗总费用%s万元，统筹基金按项目支付%s万元" % (F(T["cost"]), F(T["fund"])))
    s_c3 = ("统筹基金支付占医疗总费用的比例为%s%%，上年（医疗总费用%s万元、统筹基金支付%s万元）为%s%%，提高%s个百分点"
            % (fr24, F(T["pcost"]), F(T["pfund"]), fr23, fr_pp))
    p(s_c1 + "；" + s_c2 + "。" + s_c3 + "。分医疗机构等级的结算情况见表1。")
    L3, L2, L1 = lv
    s_sh3 = ("三级医疗机构结算病例占全部病例的%s%%，医疗总费用占%s%%，统筹基金支付占%s%%"
             % (L3["sh_cases"], L3["sh_cost"], L3["sh_fund"]))
    s_sh2 = ("二级医疗机构病例占比%s%%，统筹基金支付占比%s%%" % (L2["sh_cases"], L2["sh_fund"]))
    s_sh1 = ("一级及以下医疗机构病例占比%s%%，统筹基金支付占比%s%%" % (L1["sh_cases"], L1["sh_fund"]))
    s_flow = ("分等级看，三级医疗机构结算病例由上年的%s例减少到%s例，二级、一级及以下医疗机构分别由%s例、%s例增加到%s例、%s例"
              % (fint(L3["pc"]), fint(L3["cases"]), fint(L2["pc"]), fint(L1["pc"]), fint(L2["cases"]), fint(L1["cases"])))
    p(s_flow + "，病例向基层流动的趋势初步显现。")
    p(s_sh3 + "；" + s_sh2 + "；" + s_sh1 + "。三级医疗机构以不足四成的病例使用了六成以上的统筹基金，"
      "与其收治疑难重症患者的功能定位基本相符。")
    t1_rows = []
    for L_ in lv:
        t1_rows.append([L_["lab"], str(L_["inst"]), fint(L_["cases"]), str(L_["sh_cases"]), F(L_["cost"]),
                        str(L_["sh_cost"]), F(L_["fund"]), str(L_["sh_fund"]), F(L_["avg"])])
    sh_sums = [sum((L_[k] for L_ in lv), D(0)) for k in ("sh_cases", "sh_cost", "sh_fund")]
    t1_rows.append(["合计", str(T["inst"]), fint(T["cases"]), "100.00", F(T["cost"]), "100.00", F(T["fund"]), "100.00",
                    F(T["avg"])])
    B.append(("cap", "表1　2024年DIP结算情况（按医疗机构等级）"))
    B.append(("table", {"id": "t1", "header": ["等级", "机构数", "结算例数", "例数占比%", "医疗总费用", "费用占比%",
                                               "统筹基金支付", "基金占比%", "次均费用"],
                        "rows": t1_rows, "widths": [52, 40, 56, 50, 64, 50, 66, 50, 56]}))
    note1 = "注：金额单位为万元，次均费用单位为元；占比按各等级数据除以合计数计算"
    tail = [x for x, s in zip(("例数", "费用", "基金"), sh_sums) if s != 100]
    if tail:
        note1 += "，因四舍五入，" + "、".join("%s占比各项之和为%s" % (x, s) for x, s in
                                         zip(("例数", "费用", "基金"), sh_sums) if s != 100) + "，合计按100.00列示"
    B.append(("note", note1 + "。"))
    B.append(("h2", "（二）病种分值与点值"))
    s_pt1 = ("2024年全市DIP病例总分值%s分，年度DIP统筹基金预算总额%s万元，据此测算结算点值为%s元/分"
             % (fint(total_pts), F(BUDGET), point))
    s_pt2 = ("按总分值和结算点值计算，全市DIP应支付统筹基金%s万元，与预算总额相差%s万元，系点值保留四位小数形成的尾差"
             % (F(T["dip"]), F(abs(T["dip"] - D(BUDGET)))))
    s_pt3 = ("DIP应支付统筹基金比按项目支付的%s万元%s%s万元"
             % (F(T["fund"]), "多" if dip_diff > 0 else "少", F(abs(dip_diff))))
    p(s_pt1 + "。" + s_pt2 + "。" + s_pt3 + "，差额由医疗机构按结余留用、超支自担的原则承担或留用。")
    s_lvpt = {}
    for L_ in lv:
        s_lvpt[L_["lab"]] = ("%s医疗机构总分值%s分，DIP应支付统筹基金%s万元，比按项目支付%s%s万元"
                             % (L_["lab"], fint(L_["pts"]), F(L_["dip"]), "多" if L_["diff"] > 0 else "少",
                                F(abs(L_["diff"]))))
    p("分等级看，" + "；".join(s_lvpt[L_["lab"]] for L_ in lv) + "。")
    s_hl = ("全年高倍率病例%s例、低倍率病例%s例，分别占结算病例的%s%%和%s%%"
            % (fint(HIGH_CASES), fint(LOW_CASES), high_sh, low_sh))
    s_sp = ("医疗机构申报特病单议病例%s例，经专家评议通过%d例，通过率%s%%，追加分值已计入上述总分值"
            % (fint(SPECIAL_APPLY), SPECIAL_PASS, sp_rate))
    p(s_hl + "。" + s_sp + "。")
    s_basic = ("基层病种共结算%s例，其中在一级及以下医疗机构结算%s例，占%s%%"
               % (fint(BASIC_ALL), fint(BASIC_IN_PRIMARY), basic_sh))
    p(s_basic + "，基层病种同病同价的引导作用初步显现。")
    B.append(("h2", "（三）次均费用与平均住院日"))
    s_avg = ("全市DIP病例次均住院费用%s元，比上年%s元%s%s%%" % (F(T["avg"]), F(T["pavg"]), W(T["g"]), abs(T["g"])))
    s_a3 = "三级医疗机构%s元，%s%s%%" % (F(L3["avg"]), W(L3["g"]), abs(L3["g"]))
    s_a2 = "二级医疗机构%s元，%s%s%%" % (F(L2["avg"]), W(L2["g"]), abs(L2["g"]))
    s_a1 = "一级及以下医疗机构%s元，%s%s%%" % (F(L1["avg"]), W(L1["g"]), abs(L1["g"]))
    p(s_avg + "。分等级看，" + s_a3 + "；" + s_a2 + "；" + s_a1
      + "。一级及以下医疗机构次均费用有所上升，主要是部分原在二级医疗机构收治的基层病种病例下沉，"
      "病例结构变化所致，并非单纯的费用上涨。")
    s_los = ("全市DIP病例平均住院日%s天，上年为%s天" % (T["los"], T["plos"]))
    p(s_los + "。各等级平均住院日均有所缩短，详见表2。")
    t2_rows = []
    for L_ in lv:
        t2_rows.append([L_["lab"], F(L_["pavg"]), F(L_["avg"]), str(L_["g"]), L_["plos"], L_["los"]])
    t2_rows.append(["全市", F(T["pavg"]), F(T["avg"]), str(T["g"]), str(T["plos"]), str(T["los"])])
    B.append(("cap", "表2　次均住院费用及平均住院日对比"))
    B.append(("table", {"id": "t2", "header": ["等级", "2023年次均费用", "2024年次均费用", "增减%",
                                               "2023年住院日", "2024年住院日"],
                        "rows": t2_rows, "widths": [60, 92, 92, 52, 80, 80]}))
    B.append(("note", "注：次均费用单位为元，住院日单位为天；全市平均住院日按各等级平均住院日以结算例数加权计算；"
                     "增减%为负数表示下降。"))
    B.append(("pagebreak", ""))
    B.append(("h2", "（四）病种结构与结余留用"))
    s_keep = ("2024年度清算后，全市有%d家医疗机构形成结余，结余留用金额合计%s万元；%d家医疗机构超支，超支金额合计%s万元"
              % (T["s_n"], F(T["keep"]), T["o_n"], F(T["over"])))
    s_net = ("结余留用与超支金额相抵后净额为%s万元，与DIP应支付统筹基金和按项目支付之间的差额一致"
             % ("-" + F(-(T["keep"] - T["over"])) if T["keep"] - T["over"] < 0 else F(T["keep"] - T["over"])))
    p(s_keep + "。" + s_net + "。病种分值库构成和各等级医疗机构结余留用情况见表3、表4。")
    t3_rows = [[n, fint(c), str(s)] for (n, c), s in zip(DISEASES, dis_sh)] + [["合计", fint(dis_tot), "100.00"]]
    t4_rows = [[L_["lab"], str(L_["s_n"]), F(L_["keep"]), str(L_["o_n"]), F(L_["over"])] for L_ in lv]
    t4_rows.append(["合计", str(T["s_n"]), F(T["keep"]), str(T["o_n"]), F(T["over"])])
    B.append(("pair", [
        {"id": "t3", "cap": "表3　病种分值库构成", "header": ["类别", "病种数", "占比%"], "rows": t3_rows,
         "widths": [70, 50, 46]},
        {"id": "t4", "cap": "表4　结余留用与超支情况（万元）", "header": ["等级", "结余家数", "结余留用", "超支家数",
                                                                      "超支金额"],
         "rows": t4_rows, "widths": [56, 48, 62, 48, 62]},
    ]))
    s_k3 = ("三级医疗机构%d家中有%d家超支，超支金额%s万元，占全市超支金额的%s%%"
            % (L3["inst"], L3["o_n"], F(L3["over"]), pct(L3["over"], T["over"])))
    s_k1 = ("一级及以下医疗机构%d家中%d家实现结余，结余留用%s万元" % (L1["inst"], L1["s_n"], F(L1["keep"])))
    p(s_k3 + "，主要是部分三级医疗机构收治病例中高倍率病例较多、成本控制不到位；" + s_k1
      + "。结余留用资金由医疗机构统筹用于学科建设和医务人员绩效激励。")
    B.append(("h2", "（五）预付金和基金拨付"))
    adv = q(T["pfund"] / 12)
    s_adv = ("为缓解医疗机构垫付资金压力，年初按2023年统筹基金按项目支付%s万元的月均数，向定点医疗机构拨付预付金%s万元"
             % (F(T["pfund"]), F(adv)))
    p(s_adv + "，年度清算时全额抵扣。年度中间按月预结算，每月按当月DIP预结算金额的95%拨付，其余部分在年度清算时"
      "统一结算，全年未发生拖欠医疗机构医保费用的情况。")
    B.append(("h2", "（六）满意度调查"))
    s_q1 = ("有效问卷中，对住院服务和医保报销总体满意的%s份，满意度为%s%%" % (fint(Q_SAT), pct(Q_SAT, Q_VALID)))
    s_q2 = ("现场核查的%d家医疗机构中，有%d家认为DIP付费对规范诊疗行为、控制不合理费用有明显促进作用，占%s%%"
            % (CHECK_INST, CHECK_YES, pct(CHECK_YES, CHECK_INST)))
    p(s_q1 + "（按有效问卷计算）。" + s_q2 + "；另有部分医疗机构反映病种分值调整周期偏长、新技术病例补偿不足。"
      "患者反映较多的问题集中在出院带药、部分检查需在门诊完成等方面，市医保局已逐一梳理并反馈相关医疗机构。")
    B.append(("h1", "三、改革成效"))
    assert W(L3["g"]) == W(L2["g"])
    s_e1 = ("一是医疗费用增长得到有效控制。全市次均住院费用%s%s%%，三级、二级医疗机构次均费用分别%s%s%%和%s%%"
            % (W(T["g"]), abs(T["g"]), W(L3["g"]), abs(L3["g"]), abs(L2["g"])))
    p(s_e1 + "。")
    s_e2 = ("二是参保群众负担进一步减轻。政策范围内住院费用报销比例由上年的%s%%提高到%s%%，提高%s个百分点"
            % (POLICY_23, POLICY_24, pol_pp))
    p(s_e2 + "；统筹基金支付占医疗总费用的比例同步提高，患者个人负担相应下降。")
    s_e3 = ("三是医保基金运行平稳。通过智能审核发现高套分值、分解住院等违规病例%s例，扣减分值%s分，按结算点值折合统筹基金%s万元"
            % (fint(VIOL_CASES), fint(VIOL_POINTS), F(viol_amt)))
    p(s_e3 + "，有效维护了基金安全。")
    p("四是医疗机构内部管理加快转型。多数医疗机构成立了DIP管理专班，将病种成本核算、临床路径管理与绩效考核相结合，"
      "由“多做项目多收入”向“控制成本提效益”转变。")
    B.append(("h1", "四、存在的问题"))
    p("（一）部分医疗机构对DIP规则理解不到位，病案首页填写不规范，主要诊断选择错误、手术操作漏填等问题仍较突出，"
      "影响入组准确性。（二）个别医疗机构存在推诿重症患者、分解住院、高套分值等苗头性问题，需加强监测。"
      "（三）三级医疗机构超支较为集中，超支原因既有成本控制不到位，也有部分新技术、新项目未纳入分值调整的因素。"
      "（四）中医优势病种数量偏少，中医药服务的激励作用有待进一步发挥。（五）部分一级及以下医疗机构信息化基础薄弱，"
      "病案编码人员不足，结算数据上传不及时，影响月度预结算的准确性。")
    B.append(("h1", "五、下一步工作建议"))
    p("（一）动态调整病种分值库，结合2024年度清算数据，对入组病例少、费用离散度大的病种进行合并或拆分，"
      "适当增加中医优势病种和基层病种数量。（二）完善特病单议和新技术支持政策，对符合条件的新技术病例给予合理的分值"
      "补偿。（三）加强病案质量控制和智能监控，对高套分值、分解住院等行为依法依规处理。（四）健全医保、医疗机构"
      "协商谈判机制，定期通报运行情况，推动医疗机构主动控费提质。（五）加强对基层医疗机构的培训指导，"
      "支持县域医共体开展病案编码集中质控，提升基层DIP管理能力。（六）探索将DIP运行评估结果与医疗机构年度考核、"
      "预付金拨付和协议管理挂钩，形成正向激励。")
    p("本报告数据来源于市医保信息平台2024年度DIP清算结果，部分比例因四舍五入存在尾差。")

    # ================================================================ ledger
    led.fact("point_value", str(point))
    led.fact("total_points", total_pts)
    led.fact("report_date", "2025-04-15")
    led.date_after("report dated after FY2024", "2025年4月15日", (2025, 4, 15), (2024, 12, 31), ["2025年4月15日"])
    led.sum("机构数", str(T["inst"]), [str(L_["inst"]) for L_ in lv], [s_inst])
    led.sum("病种数", fint(dis_tot), [fint(c) for _, c in DISEASES], [s_dis])
    led.sum("结算例数", fint(T["cases"]), [fint(L_["cases"]) for L_ in lv], [s_c1])
    led.sum("医疗总费用", F(T["cost"]), [F(L_["cost"]) for L_ in lv], [s_c2])
    led.sum("统筹支付", F(T["fund"]), [F(L_["fund"]) for L_ in lv], [s_c2])
    led.growth("病例数增长", str(abs(case_g)), fint(T["cases"]), fint(T["pcases"]), W(case_g), [s_c1])
    led.ratio("统筹占比 2024", str(fr24), F(T["fund"]), F(T["cost"]), [s_c3, s_c2])
    led.ratio("统筹占比 2023", str(fr23), F(T["pfund"]), F(T["pcost"]), [s_c3])
    led.diff("统筹占比 提高 个百分点", str(fr_pp), str(fr24), str(fr23), "提高", [s_c3])
    for L_, s in ((L3, s_sh3), (L2, s_sh2), (L1, s_sh1)):
        led.ratio("%s 例数占比" % L_["lab"], str(L_["sh_cases"]), fint(L_["cases"]), fint(T["cases"]), [s])
        led.ratio("%s 基金占比" % L_["lab"], str(L_["sh_fund"]), F(L_["fund"]), F(T["fund"]), [s])
    led.ratio("三级 费用占比", str(L3["sh_cost"]), F(L3["cost"]), F(T["cost"]), [s_sh3])
    led.cond("三级 例数 < 四成 and 基金 > 六成", L3["sh_cases"] < 40 and L3["sh_fund"] > 60,
             "%s / %s" % (L3["sh_cases"], L3["sh_fund"]))
    for k, lab in (("sh_cases", "例数"), ("sh_cost", "费用"), ("sh_fund", "基金")):
        led.shares100("%s占比 sum" % lab, [str(L_[k]) for L_ in lv], [], tol="0.01")
    for L_ in lv:
        led.quot("%s 次均 = 费用/例数" % L_["lab"], F(L_["avg"]), F(L_["cost"]), fint(L_["cases"]), 10000)
        led.fact("%s_2023_cost_wan (not printed)" % L_["lab"], F(L_["pcost"]))
        led.growth("%s 次均增减" % L_["lab"], str(L_["g"]), F(L_["avg"]), F(L_["pavg"]))
        sl = s_lvpt[L_["lab"]]
        led.prod("%s DIP应支付 = 分值 x 点值" % L_["lab"], F(L_["dip"]), [fint(L_["pts"]), str(point)], "0.0001",
                 [sl, s_pt1])
        led.diff("%s DIP - 项目 (多/少)" % L_["lab"], F(abs(L_["diff"])), F(L_["dip"]), F(L_["fund"]),
                 "多" if L_["diff"] > 0 else "少", [sl])
        sg = 1 if L_["diff"] > 0 else -1
        led.lin("%s |DIP - 项目| = ±(结余留用 - 超支)" % L_["lab"], F(abs(L_["diff"])),
                [(sg, F(L_["keep"])), (-sg, F(L_["over"]))], [sl])
        led.sum("%s 结余家数 + 超支家数 = 机构数" % L_["lab"], str(L_["inst"]), [str(L_["s_n"]), str(L_["o_n"])])
        led.cond("%s 平均住院日缩短" % L_["lab"], D(L_["los"]) < D(L_["plos"]), "%s < %s" % (L_["los"], L_["plos"]))
    for L_, s in ((L3, s_a3), (L2, s_a2), (L1, s_a1)):
        led.growth("prose %s 次均" % L_["lab"], str(abs(L_["g"])), F(L_["avg"]), F(L_["pavg"]), W(L_["g"]), [s])
    led.quot("全市次均", F(T["avg"]), F(T["cost"]), fint(T["cases"]), 10000, [s_avg, s_c1, s_c2])
    led.growth("全市次均增减", str(abs(T["g"])), F(T["avg"]), F(T["pavg"]), W(T["g"]), [s_avg])
    led.formula("全市平均住院日 = 加权", str(T["los"]), lambda *a: (a[0] * a[1] + a[2] * a[3] + a[4] * a[5]) / a[6],
                [L3["los"], fint(L3["cases"]), L2["los"], fint(L2["cases"]), L1["los"], fint(L1["cases"]),
                 fint(T["cases"])], "sum(los x cases) / cases", [s_los])
    led.formula("全市平均住院日 2023 = 加权", str(T["plos"]), lambda *a: (a[0] * a[1] + a[2] * a[3] + a[4] * a[5]) / a[6],
                [L3["plos"], fint(L3["pc"]), L2["plos"], fint(L2["pc"]), L1["plos"], fint(L1["pc"]),
                 fint(T["pcases"])], "sum(los x cases) / cases", [s_los])
    led.sum("总分值", fint(total_pts), [fint(L_["pts"]) for L_ in lv], [s_pt1] + list(s_lvpt.values()))
    led.quot("点值 = 预算/总分值", str(point), F(BUDGET), fint(total_pts), 10000, [s_pt1])
    led.sum("DIP应支付 = 各等级", F(T["dip"]), [F(L_["dip"]) for L_ in lv], [s_pt2])
    hi, lo = (T["dip"], D(BUDGET)) if T["dip"] >= D(BUDGET) else (D(BUDGET), T["dip"])
    led.diff("DIP 与预算 尾差", F(hi - lo), F(hi), F(lo), None, [s_pt2, s_pt1])
    led.cond("尾差 below 1 万元", abs(T["dip"] - D(BUDGET)) < 1, F(abs(T["dip"] - D(BUDGET))))
    led.diff("DIP vs 项目 差额", F(abs(dip_diff)), F(T["dip"]), F(T["fund"]), "多" if dip_diff > 0 else "少", [s_pt3])
    led.ratio("高倍率占比", str(high_sh), fint(HIGH_CASES), fint(T["cases"]), [s_hl])
    led.ratio("低倍率占比", str(low_sh), fint(LOW_CASES), fint(T["cases"]), [s_hl])
    led.ratio("特病单议通过率", str(sp_rate), str(SPECIAL_PASS), fint(SPECIAL_APPLY), [s_sp])
    led.leq("通过 <= 申报", str(SPECIAL_PASS), fint(SPECIAL_APPLY), [s_sp])
    led.ratio("基层病种下沉占比", str(basic_sh), fint(BASIC_IN_PRIMARY), fint(BASIC_ALL), [s_basic])
    led.leq("基层病种 一级 <= 全部", fint(BASIC_IN_PRIMARY), fint(BASIC_ALL), [s_basic])
    led.leq("基层病种 一级 <= 一级结算例数", fint(BASIC_IN_PRIMARY), fint(L1["cases"]), [s_basic])
    led.sum("结余家数", str(T["s_n"]), [str(L_["s_n"]) for L_ in lv], [s_keep])
    led.sum("超支家数", str(T["o_n"]), [str(L_["o_n"]) for L_ in lv], [s_keep])
    led.sum("结余家数 + 超支家数 = 机构数", str(T["inst"]), [str(T["s_n"]), str(T["o_n"])], [s_keep, s_inst])
    led.sum("结余留用合计", F(T["keep"]), [F(L_["keep"]) for L_ in lv], [s_keep])
    led.sum("超支合计", F(T["over"]), [F(L_["over"]) for L_ in lv], [s_keep])
    led.lin("净额 = 结余 - 超支 = DIP - 项目", F(T["keep"] - T["over"]), [(1, F(T["dip"])), (-1, F(T["fund"]))],
            [s_net, s_pt2, s_c2])
    led.ratio("三级超支占比", str(pct(L3["over"], T["over"])), F(L3["over"]), F(T["over"]), [s_k3])
    led.diff("报销比例 提高 个百分点", str(pol_pp), POLICY_24, POLICY_23, "提高", [s_e2])
    led.prod("违规扣减 折合基金", F(viol_amt), [fint(VIOL_POINTS), str(point)], "0.0001", [s_e3])
    led.sum("2023 例数 = 各等级", fint(T["pcases"]), [fint(L_["pc"]) for L_ in lv], [s_flow, s_c1])
    led.diff("三级 例数 减少", fint(L3["pc"] - L3["cases"]), fint(L3["cases"]), fint(L3["pc"]), None) \
        if False else led.cond("三级 例数 减少", L3["cases"] < L3["pc"], nums=[fint(L3["cases"]), fint(L3["pc"])],
                               anchors=[s_flow])
    led.cond("二级、一级 例数 增加", L2["cases"] > L2["pc"] and L1["cases"] > L1["pc"], anchors=[s_flow])
    led.sum("现场核查机构", str(CHECK_INST), [str(x) for x in CHECK_BY], [s_m])
    led.leq("有效问卷 <= 发放", fint(Q_VALID), fint(Q_SENT), [s_m])
    led.quot("预付金 = 2023统筹 / 12", F(adv), F(T["pfund"]), "12", 1, [s_adv])
    led.ratio("满意度 (有效问卷口径)", str(pct(Q_SAT, Q_VALID)), fint(Q_SAT), fint(Q_VALID), [s_q1, s_m])
    led.ratio("认可比例", str(pct(CHECK_YES, CHECK_INST)), str(CHECK_YES), str(CHECK_INST), [s_q2])
    led.leq("认可 <= 核查", str(CHECK_YES), str(CHECK_INST), [s_q2])
    led.cond("s_e1 restates growths", str(abs(L3["g"])) in s_e1 and str(abs(T["g"])) in s_e1, anchors=[s_e1])
    for (n, c), s in zip(DISEASES, dis_sh):
        led.ratio("病种 %s 占比" % n, str(s), fint(c), fint(dis_tot))
    led.shares100("病种占比", [str(s) for s in dis_sh], [], tol="0.01")
    tables = {b[1]["id"]: b[1] for b in B if b[0] == "table"}
    pair = [b for b in B if b[0] == "pair"][0][1]
    tables.update({t["id"]: t for t in pair})
    extra = dict(tables=tables, point=point)
    return B, led, extra


def _styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
    base = dict(fontName="STSong-Light", wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", fontSize=18, leading=26, alignment=TA_CENTER, **base),
        "sub": ParagraphStyle("sub", fontSize=11, leading=18, alignment=TA_CENTER, spaceBefore=6, spaceAfter=10, **base),
        "h1": ParagraphStyle("h1", fontSize=13, leading=22, spaceBefore=8, spaceAfter=2, **base),
        "h2": ParagraphStyle("h2", fontSize=11.5, leading=20, spaceBefore=4, firstLineIndent=23, **base),
        "p": ParagraphStyle("p", fontSize=10.5, leading=19, alignment=TA_JUSTIFY, firstLineIndent=21, **base),
        "cap": ParagraphStyle("cap", fontSize=10.5, leading=16, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4, **base),
        "note": ParagraphStyle("note", fontSize=9, leading=14, alignment=TA_LEFT, spaceBefore=3, spaceAfter=6, **base),
    }


def _tbl(t, font=8.5):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    data = [t["header"]] + t["rows"]
    tb = Table(data, colWidths=t["widths"], repeatRows=1)
    tb.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
        ("FONTSIZE", (0, 0), (-1, -1), font),
        ("LEADING", (0, 0), (-1, -1), font + 3),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.96)),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return tb


def render(B, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = _styles()

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("STSong-Light", 9)
        canv.drawCentredString(A4[0] / 2, 28, "第 %d 页" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=60, bottomMargin=56,
                            title="洛嵩市2024年度DIP支付方式改革运行评估报告", author="洛嵩市医疗保障局",
                            subject="", creator="", producer="")
    from reportlab.platypus import KeepTogether
    story = []
    for kind, c in B:
        if kind in st:
            story.append(Paragraph(c, st[kind]))
        elif kind == "table":
            cap = story.pop() if story and kind == "table" else None
            story.append(KeepTogether([cap, _tbl(c)]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "pair":
            left, right = c
            cells = []
            for t in (left, right):
                inner = Table([[Paragraph(t["cap"], st["cap"])], [_tbl(t)]], colWidths=[sum(t["widths"])])
                inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                cells.append(inner)
            outer = Table([cells], colWidths=[sum(left["widths"]) + 24, sum(right["widths"]) + 8])
            outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(Spacer(1, 4))
            story.append(outer)
            story.append(Spacer(1, 6))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def visible(path):
    """flattened pdfminer text (footers, line breaks, form feeds removed)"""
    import re
    t = re.sub(FOOTER_RE, "", pdf_text(path))
    return t.replace("\n", "").replace("\x0c", "")


def main():
    B, led, extra = build()
    path = os.path.join(OUT, NAME + ".pdf")
    render(B, path)
    flat = visible(path)
    rows = pdf_rows(path)
    # every table row must be readable row-wise; the side-by-side pair shares visual lines
    for tid, t in extra["tables"].items():
        for r in [t["header"]] + t["rows"]:
            a = " | ".join(r)
            led.anchor("%s row visible row-wise" % tid, a)
    t3, t4 = extra["tables"]["t3"], extra["tables"]["t4"]
    side = [ln for ln in rows.split("\n") if " | ".join(t3["rows"][0]) in ln and " | ".join(t4["rows"][0]) in ln]
    led.cond("表3 and 表4 side by side (first data rows on one visual line)", len(side) == 1, side[0] if side else "")
    # row-wise relations on the tables as drawn
    t1 = extra["tables"]["t1"]
    for ci in (1, 2, 4, 6):
        led.sum("表1 合计 col%d" % ci, t1["rows"][-1][ci], [r[ci] for r in t1["rows"][:-1]],
                [" | ".join(t1["rows"][-1])] + [" | ".join(r) for r in t1["rows"][:-1]])
    for ci in (1, 2, 3, 4):
        led.sum("表4 合计 col%d" % ci, t4["rows"][-1][ci], [r[ci] for r in t4["rows"][:-1]],
                [" | ".join(r) for r in t4["rows"]])
    led.sum("表3 合计", t3["rows"][-1][1], [r[1] for r in t3["rows"][:-1]], [" | ".join(r) for r in t3["rows"]])
    t2 = extra["tables"]["t2"]
    for r in t2["rows"]:
        led.growth("表2 %s 增减%%" % r[0], r[3], r[2], r[1], None, [" | ".join(r)])
    text = flat + "\n" + rows
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTLine, LTRect
    nlines = 0
    npages = 0
    for pg in extract_pages(path):
        npages += 1
        for o in pg:
            if isinstance(o, (LTLine, LTRect)):
                nlines += 1
    led.fact("pages", npages)
    led.fact("ruling_objects", nlines)
    led.cond(">= 40 ruling objects seen by pdfminer", nlines >= 40, str(nlines))
    finish(led, text, "pdf", os.path.join(OUT, NAME + ".ledger.json"), han_text=flat)


if __name__ == "__main__":
    main()
