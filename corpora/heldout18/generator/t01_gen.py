"""t01 -- 峡陂县城区雨污分流及排水管网改造项目 2024年度绩效自评报告 (.docx).

Multi-year project (2023-2025).  Top-level and second-level headings use Word
automatic numbering (numPr -> numbering.xml, chineseCounting), so "一、" and
"（一）" are not part of the paragraph text.  The 自评表 is a Word table with
vMerge / gridSpan merged cells.
"""
import copy
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, q, normalize_docx, docx_text, finish)  # noqa: E402

NAME = "t01_xiapi_drainage_network_project_selfeval_2024"
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


def build():
    L = Ledger(NAME + ".docx")
    B = []

    def h1(t):
        B.append(("h1", t))

    def h2(t):
        B.append(("h2", t))

    def p(t):
        B.append(("p", t))

    # ---------------------------------------------------------- base inputs
    rain_total, sew_total = D("38.5"), D("47.5")
    net_total = rain_total + sew_total                       # 86.0 km
    fee_eng, fee_oth, fee_res = D("15920.00"), D("1796.00"), D("884.00")
    inv_total = fee_eng + fee_oth + fee_res                  # 18,600.00
    src = [("中央预算内投资", D("5000.00")), ("地方政府专项债券资金", D("8000.00")),
           ("县级财政配套资金", D("3600.00")), ("县城市建设投资有限公司自筹资金", D("2000.00"))]
    fiscal_plan = sum(v for _, v in src[:3])
    y23_in, y23_exec, y23_km, y23_flood, y23_score = D("5100.00"), D("4862.30"), D("25.4"), 2, D("94.20")
    # 2024 budget
    b0 = {"central": D("2000.00"), "bond": D("2000.00"), "county": D("1200.00")}
    add_bond, add_county = D("1000.00"), D("280.00")
    b0_fin = sum(b0.values())
    b0_oth = D("800.00")
    b0_tot = b0_fin + b0_oth
    b1_fin = b0_fin + add_bond + add_county
    b1_oth = b0_oth
    b1_tot = b1_fin + b1_oth
    ex = {"central": D("2000.00"), "bond": D("2856.40"), "county": D("1358.96")}
    ex_fin = sum(ex.values())
    ex_oth = D("742.18")
    ex_tot = ex_fin + ex_oth
    by_nature = [("建安工程费", D("6318.72")), ("工程建设其他费用", D("486.26"))]
    by_nature.append(("征地拆迁及管线迁改费用", ex_tot - sum(v for _, v in by_nature)))
    q4 = D("2364.18")
    # physical
    km_rain, km_sew = D("14.2"), D("19.4")
    km = km_rain + km_sew
    km_target = D("32.0")
    wells, wells_t = 1286, 1200
    mix, mix_t = 276, 300
    seg_test, seg_pass = 318, 310
    lots_plan, lots_done, lots_all, lots_2023 = 5, 4, 9, 2
    flood_all, flood_24, flood_t = 14, 9, 8
    bod0, bod1, bod_t = D("86"), D("112"), D("100")
    col0, col1, col_t, col_2025 = D("66.6"), D("72.4"), D("73"), D("75")
    cost_cap = D("210")
    quest, valid, sat, sat_t = 420, 406, 381, D("95")
    team = 7
    sample_seg, sample_well = 42, 126

    # ---------------------------------------------------------- derived
    exec_rate = pct(ex_tot, b1_tot)
    exec_rate_fin = pct(ex_fin, b1_fin)
    exec_rate_oth = pct(ex_oth, b1_oth)
    exec_vs_b0 = pct(ex_tot, b0_tot)
    carry = b1_tot - ex_tot
    carry_fin, carry_oth = b1_fin - ex_fin, b1_oth - ex_oth
    cum_in = y23_in + b1_tot
    cum_exec = y23_exec + ex_tot
    cum_share = pct(cum_exec, inv_total)
    remain_inv = inv_total - cum_exec
    cum_km = y23_km + km
    cum_km_share = pct(cum_km, net_total)
    remain_km = net_total - cum_km
    km_rate = pct(km, km_target)
    wells_rate = pct(wells, wells_t)
    mix_rate = pct(mix, mix_t)
    pass_rate = pct(seg_pass, seg_test)
    lots_rate = pct(lots_done, lots_plan)
    unit_cost = q(by_nature[0][1] / km)
    bod_g = pct(bod1 - bod0, bod0)
    col_pp = col1 - col0
    valid_rate = pct(valid, quest)
    sat_rate = pct(sat, valid)
    fiscal_share = pct(fiscal_plan, inv_total)
    q4_share = pct(q4, ex_tot)
    cum_flood = y23_flood + flood_24

    # scores (weights)
    W = {"exec": D(10), "km": D(8), "wells": D(6), "mix": D(6), "pass": D(10), "lots": D(10), "cost": D(10),
         "flood": D(10), "bod": D(10), "col": D(10), "sat": D(10)}
    S = {}
    S["exec"] = q(W["exec"] * exec_rate / 100)
    S["km"] = q(W["km"])
    S["wells"] = q(W["wells"])
    S["mix"] = q(W["mix"] * mix_rate / 100)
    S["pass"] = q(W["pass"])
    S["lots"] = q(W["lots"] * lots_rate / 100)
    S["cost"] = q(W["cost"])
    S["flood"] = q(W["flood"])
    S["bod"] = q(W["bod"])
    S["col"] = q(W["col"] * col1 / col_t)
    S["sat"] = q(W["sat"] * sat_rate / sat_t)
    out_keys = ["km", "wells", "mix", "pass", "lots", "cost"]
    eff_keys = ["flood", "bod", "col"]
    s_out = sum(S[k] for k in out_keys)
    s_eff = sum(S[k] for k in eff_keys)
    total = S["exec"] + s_out + s_eff + S["sat"]
    ded = {k: W[k] - S[k] for k in W if W[k] != S[k]}
    ded_total = sum(ded.values())
    grade = [g for lo, g in BANDS if total >= lo][0]

    # ---------------------------------------------------------- text
    B.append(("title", "峡陂县城区雨污分流及排水管网改造项目2024年度绩效自评报告"))
    B.append(("center", "峡陂县住房和城乡建设局"))
    p("根据《峡陂县财政局关于开展2024年度项目支出绩效自评工作的通知》（峡财绩〔2025〕2号）要求，我局组织项目实施单位"
      "峡陂县市政工程服务中心，对峡陂县城区雨污分流及排水管网改造项目（以下简称“管网改造项目”）2024年度资金使用和"
      "绩效目标完成情况开展了自评。现将有关情况报告如下。")

    h1("项目基本情况")
    h2("项目立项及建设内容")
    a_net = "改造城区雨水管网%s公里、污水管网%s公里，合计%s公里" % (rain_total, sew_total, net_total)
    p("城区老旧排水管网雨污合流、管径偏小，汛期内涝和污水直排问题突出，是群众反映较集中的民生问题。管网改造项目于"
      "2023年2月经县发展和改革委员会批复初步设计（峡发改投资〔2023〕15号），建设期为2023年3月至2025年12月，跨三个"
      "年度实施。主要建设内容为：%s；同步新建、改造检查井和雨水口，实施小区及沿街商铺雨污混错接点改造，消除城区"
      "易涝点。项目共划分%d个施工标段，其中2023年完工%d个，2024年计划完工%d个，其余%d个计划于2025年完工。"
      % (a_net, lots_all, lots_2023, lots_plan, lots_all - lots_2023 - lots_plan))
    L.sum("net length", str(net_total), [str(rain_total), str(sew_total)], [a_net])
    L.cond("lots partition", lots_all == lots_2023 + lots_plan + (lots_all - lots_2023 - lots_plan))

    h2("项目投资及资金来源")
    a_fee = "项目批复概算总投资%s万元（约%s亿元），其中工程费用%s万元、工程建设其他费用%s万元、预备费%s万元" % (
        f(inv_total), fn(inv_total / 10000, 2), f(fee_eng), f(fee_oth), f(fee_res))
    a_src = "资金来源为：" + "，".join("%s%s万元" % (n, f(v)) for n, v in src)
    a_fs = "前三项为财政拨款，合计%s万元，占总投资的%s%%" % (f(fiscal_plan), fiscal_share)
    p("%s。%s。%s；县城市建设投资有限公司自筹资金在自评表中列为“其他资金”。" % (a_fee, a_src, a_fs))
    L.sum("概算 = 工程费用 + 其他费用 + 预备费", f(inv_total), [f(fee_eng), f(fee_oth), f(fee_res)], [a_fee])
    L.sum("资金来源 = 总投资", f(inv_total), [f(v) for _, v in src], [a_fee, a_src])
    L.sum("财政拨款三项", f(fiscal_plan), [f(v) for _, v in src[:3]], [a_src, a_fs])
    L.ratio("财政拨款占总投资", str(fiscal_share), f(fiscal_plan), f(inv_total), [a_fs, a_fee])
    L.prod("约亿元", fn(inv_total / 10000, 2), [f(inv_total)], [a_fee], scale=D("0.0001"))

    h2("以前年度实施情况")
    a23 = "当年到位资金%s万元，完成投资%s万元，完成管网改造%s公里，消除易涝点%d处" % (
        f(y23_in), f(y23_exec), y23_km, y23_flood)
    p("2023年为项目实施首年，%s。2023年度项目绩效自评得分%s分，等级为“优”。" % (a23, y23_score))
    L.anchor("2023 figures", a23)

    h1("项目绩效目标")
    h2("总体目标")
    p("到2025年底，完成城区%s公里排水管网雨污分流改造，基本消除全县排查确定的%d处城区易涝点，城区生活污水集中收集率"
      "达到%s%%以上，城区主要道路实现“小雨不积水、大雨不内涝”。" % (net_total, flood_all, col_2025))
    h2("2024年度目标")
    a_goal = ("完成管网改造不少于%s公里，新建改造检查井不少于%s座，改造雨污混错接点%d处，年度计划的%d个标段按期完工，"
              "消除易涝点不少于%d处，城区生活污水集中收集率达到%s%%以上，污水处理厂进水BOD5平均浓度不低于%smg/L"
              % (km_target, "{:,}".format(wells_t), mix_t, lots_plan, flood_t, col_t, bod_t))
    p("%s，每公里建安造价控制在%s万元以内，受益群众满意度不低于%s%%。" % (a_goal, cost_cap, sat_t))

    h1("绩效自评工作开展情况")
    p("收到自评通知后，我局成立了由分管副局长任组长、计划财务股和市政工程服务中心相关人员参加的自评工作小组，成员%d人。"
      "自评采取资料核查、现场勘验和问卷调查相结合的方式：核对了预算批复、资金拨付凭证、工程计量和监理资料，现场抽查"
      "已完工管段%d段、检查井%d座，并对施工沿线居民和商户开展了满意度调查。在此基础上，对照年初设定的绩效目标逐项打分，"
      "形成自评结果。" % (team, sample_seg, sample_well))

    h1("项目资金使用及管理情况")
    h2("资金到位及执行情况")
    a_b0 = "2024年项目年初预算%s万元，其中财政拨款%s万元（中央预算内投资%s万元、地方政府专项债券资金%s万元、县级财政配套资金%s万元），其他资金%s万元" % (
        f(b0_tot), f(b0_fin), f(b0["central"]), f(b0["bond"]), f(b0["county"]), f(b0_oth))
    a_add = "年中追加第二批地方政府专项债券资金%s万元、县级财政配套资金%s万元（追加后专项债券资金%s万元、县级财政配套资金%s万元），全年预算数调整为%s万元，其中财政拨款%s万元、其他资金%s万元" % (
        f(add_bond), f(add_county), f(b0["bond"] + add_bond), f(b0["county"] + add_county), f(b1_tot), f(b1_fin), f(b1_oth))
    L.sum("债券 after add", f(b0["bond"] + add_bond), [f(b0["bond"]), f(add_bond)], [a_b0, a_add])
    L.sum("县级 after add", f(b0["county"] + add_county), [f(b0["county"]), f(add_county)], [a_b0, a_add])
    p("%s。%s。" % (a_b0, a_add))
    L.sum("年初预算 = 财政拨款 + 其他资金", f(b0_tot), [f(b0_fin), f(b0_oth)], [a_b0])
    L.sum("年初财政拨款三项", f(b0_fin), [f(b0["central"]), f(b0["bond"]), f(b0["county"])], [a_b0])
    L.sum("全年财政拨款 = 年初 + 追加", f(b1_fin), [f(b0_fin), f(add_bond), f(add_county)], [a_b0, a_add])
    L.sum("全年预算 = 财政拨款 + 其他资金", f(b1_tot), [f(b1_fin), f(b1_oth)], [a_add])

    a_ex = "截至2024年12月31日，项目全年执行%s万元，预算执行率为%s%%" % (f(ex_tot), exec_rate)
    a_exf = "财政拨款执行%s万元，执行率%s%%" % (f(ex_fin), exec_rate_fin)
    a_exd = "中央预算内投资%s万元已全部支出，专项债券资金支出%s万元，县级财政配套资金支出%s万元" % (
        f(ex["central"]), f(ex["bond"]), f(ex["county"]))
    a_exo = "其他资金执行%s万元，执行率%s%%" % (f(ex_oth), exec_rate_oth)
    a_b0r = "若以年初预算%s万元为基数，执行数相当于年初预算的%s%%" % (f(b0_tot), exec_vs_b0)
    a_carry = "未支出的%s万元（财政拨款%s万元、其他资金%s万元）" % (f(carry), f(carry_fin), f(carry_oth))
    p("%s。其中：%s（%s）；%s。%s，超出部分为年中追加资金，本报告及自评表中的执行率均按全年预算数计算。%s为第四标段"
      "工程尾款和质量保证金，已按规定结转至2025年继续使用。" % (a_ex, a_exf, a_exd, a_exo, a_b0r, a_carry))
    L.ratio("执行率", str(exec_rate), f(ex_tot), f(b1_tot), [a_ex, a_add])
    L.ratio("财政拨款执行率", str(exec_rate_fin), f(ex_fin), f(b1_fin), [a_exf, a_add])
    L.ratio("其他资金执行率", str(exec_rate_oth), f(ex_oth), f(b1_oth), [a_exo, a_add])
    L.ratio("相对年初预算", str(exec_vs_b0), f(ex_tot), f(b0_tot), [a_b0r, a_ex])
    L.sum("执行 = 财政拨款 + 其他", f(ex_tot), [f(ex_fin), f(ex_oth)], [a_ex, a_exf, a_exo])
    L.sum("财政拨款执行三项", f(ex_fin), [f(ex["central"]), f(ex["bond"]), f(ex["county"])], [a_exf, a_exd])
    L.leq("县级配套支出 <= 全年县级配套预算", f(ex["county"]), f(b0["county"] + add_county), [a_exd, a_add])
    L.leq("债券支出 <= 全年债券预算", f(ex["bond"]), f(b0["bond"] + add_bond), [a_exd, a_add])
    L.diff("结转", f(carry), f(b1_tot), f(ex_tot), None, [a_carry, a_add, a_ex])
    L.diff("结转 财政", f(carry_fin), f(b1_fin), f(ex_fin), None, [a_carry])
    L.diff("结转 其他", f(carry_oth), f(b1_oth), f(ex_oth), None, [a_carry])
    a_nat = "按支出内容分，" + "，".join("%s%s万元" % (n, f(v)) for n, v in by_nature)
    p("%s。全年共支付工程进度款38笔，均按监理审核的计量结果和合同约定比例拨付。" % a_nat)
    L.sum("按内容分", f(ex_tot), [f(v) for _, v in by_nature], [a_nat, a_ex])

    h2("累计投资完成情况")
    a_cum = "项目开工以来累计到位资金%s万元（2023年%s万元，2024年%s万元），累计完成投资%s万元（2023年%s万元，2024年%s万元），占概算总投资的%s%%" % (
        f(cum_in), f(y23_in), f(b1_tot), f(cum_exec), f(y23_exec), f(ex_tot), cum_share)
    a_rem = "剩余投资%s万元" % f(remain_inv)
    p("%s。%s已列入2025年度投资计划。" % (a_cum, a_rem))
    L.sum("累计到位", f(cum_in), [f(y23_in), f(b1_tot)], [a_cum])
    L.sum("累计完成", f(cum_exec), [f(y23_exec), f(ex_tot)], [a_cum])
    L.ratio("累计占总投资", str(cum_share), f(cum_exec), f(inv_total), [a_cum, a_fee])
    L.diff("剩余投资", f(remain_inv), f(inv_total), f(cum_exec), None, [a_rem, a_cum])

    h2("资金管理情况")
    p("项目资金纳入县财政国库集中支付管理，实行专账核算、专款专用。地方政府专项债券资金按照“资金跟着项目走”的要求，"
      "严格用于批复的建设内容，未用于经常性支出。项目严格执行招标投标、工程监理和合同管理制度，工程款按进度拨付，并按"
      "合同约定预留质量保证金。自评中未发现截留、挤占、挪用项目资金的情况。")

    h1("项目绩效指标完成情况")
    p("2024年度项目共设置绩效指标10个，其中产出指标6个、效益指标3个、满意度指标1个，另设预算执行率指标（10分）。")
    L.cond("indicator count", 10 == 6 + 3 + 1 and len(out_keys) == 6 and len(eff_keys) == 3)
    h2("产出指标")
    a_km = "全年完成管网改造%s公里（雨水管网%s公里、污水管网%s公里），完成年度指标%s公里的%s%%" % (
        km, km_rain, km_sew, km_target, km_rate)
    a_cumkm = "累计完成%s公里，占三年总任务%s公里的%s%%" % (cum_km, net_total, cum_km_share)
    a_wells = "新建改造检查井%s座，完成年度指标%s座的%s%%" % ("{:,}".format(wells), "{:,}".format(wells_t), wells_rate)
    a_mix = "改造雨污混错接点%d处，完成年度指标%d处的%s%%，按完成比例得%s分（%s×%s%%）" % (
        mix, mix_t, mix_rate, S["mix"], W["mix"], mix_rate)
    p("1．数量指标。%s；%s。%s。以上两项均超额完成，按评分规则超额部分不加分，各得满分。%s。" % (a_km, a_cumkm, a_wells, a_mix))
    L.sum("km split", str(km), [str(km_rain), str(km_sew)], [a_km])
    L.ratio("km rate", str(km_rate), str(km), str(km_target), [a_km])
    L.sum("cum km", str(cum_km), [str(y23_km), str(km)], [a_cumkm, a23, a_km])
    L.ratio("cum km share", str(cum_km_share), str(cum_km), str(net_total), [a_cumkm])
    L.ratio("wells rate", str(wells_rate), "{:,}".format(wells), "{:,}".format(wells_t), [a_wells])
    L.ratio("mix rate", str(mix_rate), str(mix), str(mix_t), [a_mix])
    L.prod("mix score", str(S["mix"]), [str(W["mix"]), str(mix_rate)], [a_mix], scale=D("0.01"))
    a_pass = "全年对新建管段开展闭水试验%d段，一次合格%d段，一次合格率%s%%" % (seg_test, seg_pass, pass_rate)
    p("2．质量指标。%s，高于95%%的指标值，得满分%s分。" % (a_pass, W["pass"]))
    L.ratio("pass rate", str(pass_rate), str(seg_pass), str(seg_test), [a_pass])
    a_lots = "年度计划完工的%d个标段中，%d个在2024年底前完工，按期完工率%s%%" % (lots_plan, lots_done, lots_rate)
    p("3．时效指标。%s，低于100%%的指标值，按比例得%s分。第四标段（城东片区）因汛期停工约40天，于2025年1月20日完工。"
      % (a_lots, S["lots"]))
    L.ratio("lots rate", str(lots_rate), str(lots_done), str(lots_plan), [a_lots])
    L.prod("lots score", str(S["lots"]), [str(W["lots"]), str(lots_rate)], [a_lots], scale=D("0.01"))
    a_cost = "全年建安工程费%s万元，对应管网改造%s公里，单公里建安造价%s万元" % (f(by_nature[0][1]), km, unit_cost)
    p("4．成本指标。%s，低于“每公里不高于%s万元”的控制值（该指标为反向指标，越低越好），得满分%s分。" % (a_cost, cost_cap, W["cost"]))
    L.quot("unit cost", str(unit_cost), f(by_nature[0][1]), str(km), [a_cost])
    L.leq("reverse cost indicator", str(unit_cost), str(cost_cap), [a_cost])

    h2("效益指标")
    a_fl = "2024年消除城区易涝点%d处，超过年度指标%d处；加上2023年消除的%d处，累计消除%d处，全县排查确定的%d处易涝点尚余%d处" % (
        flood_24, flood_t, y23_flood, cum_flood, flood_all, flood_all - cum_flood)
    p("1．社会效益指标。%s，计划2025年完成改造。2024年汛期城区经历4次强降雨过程，已改造片区未出现明显积水，得满分%s分。"
      % (a_fl, W["flood"]))
    L.sum("cum flood", str(cum_flood), [str(y23_flood), str(flood_24)], [a_fl])
    L.sum("flood all", str(flood_all), [str(cum_flood), str(flood_all - cum_flood)], [a_fl])
    a_bod = "城区污水处理厂进水BOD5年平均浓度由2023年的%smg/L提高到%smg/L，提高%s%%" % (bod0, bod1, bod_g)
    a_col = "城区生活污水集中收集率由上年的%s%%提高到%s%%，提高%s个百分点" % (col0, col1, col_pp)
    a_cols = "按完成比例得%s分（%s×%s÷%s）" % (S["col"], W["col"], col1, col_t)
    p("2．生态效益指标。%s，达到不低于%smg/L的指标值，得满分%s分。%s，但未达到%s%%的年度指标值，%s。差距主要是"
      "城东片区管网尚未全部接通，部分污水仍经合流管道溢流。" % (a_bod, bod_t, W["bod"], a_col, col_t, a_cols))
    L.growth("BOD", str(bod_g), str(bod1), str(bod0), "提高", [a_bod])
    L.diff("collection pp", str(col_pp), str(col1), str(col0), "提高", [a_col])
    L.formula("collection score", str(S["col"]), lambda w, a, t: w * a / t, [str(W["col"]), str(col1), str(col_t)],
              "w*a/t", [a_cols])

    h2("满意度指标")
    a_sat = "发放问卷%d份，回收有效问卷%d份，有效率%s%%；其中表示“满意”或“基本满意”的%d份，满意度为%s%%" % (
        quest, valid, valid_rate, sat, sat_rate)
    a_sats = "按完成比例得%s分" % S["sat"]
    p("向管网改造沿线居民和商户%s，略低于%s%%的指标值，%s。不满意意见主要集中在施工围挡时间长、部分路面恢复不及时。"
      % (a_sat, sat_t, a_sats))
    L.ratio("valid rate", str(valid_rate), str(valid), str(quest), [a_sat])
    L.ratio("satisfaction", str(sat_rate), str(sat), str(valid), [a_sat])
    L.formula("sat score", str(S["sat"]), lambda w, a, t: w * a / t, [str(W["sat"]), str(sat_rate), str(sat_t)],
              "w*a/t", [a_sats, a_sat])

    h1("绩效自评结论")
    a_tot = "项目2024年度自评得分%s分，其中预算执行率得分%s分（%s×%s%%），产出指标得分%s分，效益指标得分%s分，满意度指标得分%s分" % (
        total, S["exec"], W["exec"], exec_rate, s_out, s_eff, S["sat"])
    lab = {"exec": "预算执行扣", "mix": "混错接点改造扣", "lots": "按期完工率扣", "col": "污水集中收集率扣", "sat": "满意度扣"}
    a_ded = "全年共扣%s分：" % ded_total + "，".join("%s%s分" % (lab[k], ded[k]) for k in ["exec", "mix", "lots", "col", "sat"])
    a_prev = "与2023年度自评得分%s分相比，提高%s分" % (y23_score, total - y23_score)
    p("综合预算执行和绩效指标完成情况，%s，自评等级为“%s”（90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，"
      "60分以下为差）。%s。%s。" % (a_tot, grade, a_ded, a_prev))
    L.sum("总分", str(total), [str(S["exec"]), str(s_out), str(s_eff), str(S["sat"])], [a_tot])
    L.prod("exec score", str(S["exec"]), [str(W["exec"]), str(exec_rate)], [a_tot], scale=D("0.01"))
    L.sum("deductions", str(ded_total), [str(ded[k]) for k in ["exec", "mix", "lots", "col", "sat"]], [a_ded])
    L.diff("100 - ded", str(total), "100", str(ded_total), None, [a_ded, a_tot])
    L.diff("vs 2023", str(total - y23_score), str(total), str(y23_score), "提高", [a_prev, a_tot])
    L.band("grade", str(total), grade, BANDS, [a_tot])

    h1("存在的问题及原因")
    a_q4 = "全年执行数中第四季度支出%s万元，占%s%%" % (f(q4), q4_share)
    p("一是部分年度任务未完成。混错接点改造尚余%d处，第四标段延期完工，主要原因是老旧小区内部管网产权复杂、居民协调难度大，"
      "加之汛期施工窗口较短。二是资金支付进度不均衡。%s，上半年受征地拆迁和管线迁改影响，工程计量进度偏慢。三是污水"
      "收集效能提升不及预期，部分片区接户管改造滞后于主干管建设。" % (mix_t - mix, a_q4))
    L.ratio("q4 share", str(q4_share), f(q4), f(ex_tot), [a_q4, a_ex])
    L.diff("mix remaining", str(mix_t - mix), str(mix_t), str(mix), None, [a_mix])

    h1("下一步改进措施")
    a_25 = "计划完成投资%s万元，完成剩余管网改造%s公里" % (f(remain_inv), remain_km)
    p("2025年为项目收官之年，%s，同步完成剩余%d处混错接点改造和%d处易涝点整治。一是建立“一标段一台账”调度机制，按月通报"
      "计量和支付进度；二是提前谋划汛期施工组织，主体管道施工尽量安排在汛期前完成；三是会同街道社区做好老旧小区群众工作，"
      "实行“改造一处、恢复一处”；四是加强绩效运行监控，对进度滞后的标段及时预警。"
      % (a_25, mix_t - mix, flood_all - cum_flood))
    L.diff("remain km", str(remain_km), str(net_total), str(cum_km), None, [a_25, a_cumkm])
    L.same("remain investment restated", f(remain_inv), f(remain_inv), [a_25, a_rem])

    h1("其他需要说明的问题")
    p("本项目为跨年度项目。本报告中“全年”“年度”数据为2024年1月1日至12月31日数据，“累计”数据为项目开工（2023年3月）以来"
      "数据。自评表中“其他资金”为县城市建设投资有限公司自筹资金，不属于财政拨款。2025年度总体目标中的污水集中收集率"
      "（%s%%）高于2024年度指标值（%s%%），为分年度递进目标。" % (col_2025, col_t))

    B.append(("sign", "峡陂县住房和城乡建设局"))
    B.append(("sign", "2025年3月28日"))
    L.date_after("落款 after FY end", "2025年3月28日", 2025, 3, 28)
    L.anchor("落款", "2025年3月28日")
    B.append(("pagebreak", ""))
    B.append(("p0", "附件"))
    B.append(("center", "峡陂县城区雨污分流及排水管网改造项目2024年度绩效自评表"))
    a_fill = "填报日期：2025年3月26日"
    B.append(("p0", "填报单位：峡陂县住房和城乡建设局（盖章）　　%s　　金额单位：万元" % a_fill))
    L.date_after("填报日期 after FY end", a_fill, 2025, 3, 26, anchors=[a_fill])

    # ---------------------------------------------------------- table
    R, M = [], []

    def row(cells):
        R.append(list(cells))
        return len(R) - 1

    r = row(["项目名称", "峡陂县城区雨污分流及排水管网改造项目（2023—2025年）", "", "", "", "", "", ""])
    M.append((r, 1, r, 7))
    r = row(["主管部门", "峡陂县住房和城乡建设局", "", "", "实施单位", "峡陂县市政工程服务中心", "", ""])
    M += [(r, 1, r, 3), (r, 5, r, 7)]
    r0 = row(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    row(["", "年度资金总额", f(b0_tot), f(b1_tot), f(ex_tot), str(W["exec"]), "%s%%" % exec_rate, str(S["exec"])])
    row(["", "其中：财政拨款", f(b0_fin), f(b1_fin), f(ex_fin), "—", "%s%%" % exec_rate_fin, "—"])
    r3 = row(["", "其他资金", f(b0_oth), f(b1_oth), f(ex_oth), "—", "%s%%" % exec_rate_oth, "—"])
    M.append((r0, 0, r3, 0))
    g0 = row(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    M += [(g0, 1, g0, 3), (g0, 4, g0, 7)]
    g1 = row(["", a_goal + "。",
              "", "", "完成管网改造%s公里、检查井%s座、混错接点%d处，%d个标段按期完工，消除易涝点%d处，污水集中收集率%s%%，进水BOD5平均浓度%smg/L。"
              % (km, "{:,}".format(wells), mix, lots_done, flood_24, col1, bod1), "", "", ""])
    M += [(g1, 1, g1, 3), (g1, 4, g1, 7), (g0, 0, g1, 0)]
    row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ind = [
        ("产出指标", "数量指标", "管网改造长度", "≥%s公里" % km_target, "%s公里" % km, "km", ""),
        ("", "", "新建改造检查井", "≥%s座" % "{:,}".format(wells_t), "%s座" % "{:,}".format(wells), "wells", ""),
        ("", "", "雨污混错接点改造", "%d处" % mix_t, "%d处" % mix, "mix", "老旧小区协调难，剩余%d处2025年一季度完成" % (mix_t - mix)),
        ("", "质量指标", "管道闭水试验一次合格率", "≥95%", "%s%%" % pass_rate, "pass", ""),
        ("", "时效指标", "年度计划标段按期完工率", "100%", "%s%%" % lots_rate, "lots", "第四标段受汛期影响延期，已于2025年1月完工"),
        ("", "成本指标", "每公里建安造价", "≤%s万元" % cost_cap, "%s万元" % unit_cost, "cost", ""),
        ("效益指标", "社会效益指标", "消除城区易涝点", "≥%d处" % flood_t, "%d处" % flood_24, "flood", ""),
        ("", "生态效益指标", "污水处理厂进水BOD5平均浓度", "≥%smg/L" % bod_t, "%smg/L" % bod1, "bod", ""),
        ("", "", "城区生活污水集中收集率", "≥%s%%" % col_t, "%s%%" % col1, "col", "接户管改造滞后，2025年同步推进"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥%s%%" % sat_t, "%s%%" % sat_rate, "sat", "缩短围挡时间，及时恢复路面"),
    ]
    first = len(R)
    for a, b, c, tgt, act, k, note in ind:
        row([a, b, c, tgt, act, str(W[k]), str(S[k]), note])
    # vertical merges for 一级 / 二级 columns
    for col in (0, 1):
        start = first
        for i in range(first + 1, first + len(ind) + 1):
            if i == first + len(ind) or R[i][col]:
                if i - 1 > start:
                    M.append((start, col, i - 1, col))
                start = i
    t = row(["总分", "", "", "", "", "100", str(total), "自评等级：%s" % grade])
    M.append((t, 0, t, 4))
    B.append(("table", {"rows": R, "merges": M}))

    # table relations
    L.sum("表 年初", f(b0_tot), [f(b0_fin), f(b0_oth)])
    L.sum("表 全年", f(b1_tot), [f(b1_fin), f(b1_oth)])
    L.sum("表 执行", f(ex_tot), [f(ex_fin), f(ex_oth)])
    weights = [str(W["exec"])] + [str(W[k]) for _, _, _, _, _, k, _ in ind]
    L.sum("weights = 100", "100", weights)
    L.sum("表 总分", str(total), [str(S["exec"])] + [str(S[k]) for _, _, _, _, _, k, _ in ind])
    for k in W:
        L.score("score %s" % k, str(S[k]), str(W[k]))
    L.sum("产出得分", str(s_out), [str(S[k]) for k in out_keys], [a_tot])
    L.sum("效益得分", str(s_eff), [str(S[k]) for k in eff_keys], [a_tot])

    meta = {"exec": ex, "total": total}
    L.fact("total_score", total)
    L.fact("exec_total", f(ex_tot))
    L.fact("cum_exec", f(cum_exec))
    return B, L, meta


# ------------------------------------------------------------------ render
def _numbering(doc):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:nsid w:val="5A3C1E90"/><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absx)
    numx = parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w"))
    numbering.append(numx)
    return 90


def _font(run, size=None, bold=False, name="仿宋_GB2312"):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render(blocks, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, Cm
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "峡陂县住房和城乡建设局"
    cp.last_modified_by = "jhcw"
    cp.title = "管网改造项目2024年度绩效自评报告"
    cp.created = datetime.datetime(2025, 3, 26, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 28, 16, 30, 0)
    cp.revision = 3
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    numid = _numbering(doc)
    for blk in blocks:
        kind = blk[0]
        if kind == "table":
            spec = blk[1]
            rows = spec["rows"]
            tbl = doc.add_table(rows=len(rows), cols=8)
            tbl.style = doc.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            for m in spec["merges"]:
                a = tbl.cell(m[0], m[1])
                a.merge(tbl.cell(m[2], m[3]))
            for i, r in enumerate(rows):
                for j, txt in enumerate(r):
                    owner = None
                    for m in spec["merges"]:
                        if m[0] <= i <= m[2] and m[1] <= j <= m[3]:
                            owner = m
                    if owner is not None and (i, j) != (owner[0], owner[1]):
                        continue
                    c = tbl.cell(i, j)
                    para = c.paragraphs[0]
                    para.text = ""
                    if txt:
                        run = para.add_run(txt)
                        _font(run, 9)
            continue
        if kind == "pagebreak":
            from docx.enum.text import WD_BREAK
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        text = blk[1]
        para = doc.add_paragraph()
        run = para.add_run(text)
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(run, 20, True, "方正小标宋简体")
        elif kind == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(run, 16, False, "楷体_GB2312")
        elif kind in ("h1", "h2"):
            lvl = 0 if kind == "h1" else 1
            pPr = para._p.get_or_add_pPr()
            pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                    % (nsdecls("w"), lvl, numid)))
            _font(run, 16, False, "黑体" if lvl == 0 else "楷体_GB2312")
        elif kind == "sign":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(run, 16)
        elif kind == "p0":
            _font(run, 12)
        else:
            para.paragraph_format.first_line_indent = Pt(32)
            para.paragraph_format.line_spacing = Pt(28)
            _font(run, 16)
    doc.save(path)
    normalize_docx(path)


def visible(path):
    return docx_text(path)


def main():
    blocks, L, meta = build()
    path = os.path.join(OUT, NAME + ".docx")
    render(blocks, path)
    text = visible(path)
    # structural checks
    import zipfile
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        numx = z.read("word/numbering.xml").decode("utf-8")
    n_h = sum(1 for b in blocks if b[0] in ("h1", "h2"))
    L.cond("numPr on every heading", xml.count("<w:numPr>") == n_h, "%d numPr" % xml.count("<w:numPr>"))
    L.cond("chineseCounting abstractNum present", 'w:abstractNumId="90"' in numx and "chineseCounting" in numx)
    L.cond("heading numbers not in text", "一、项目基本情况" not in text and "项目基本情况" in text)
    L.cond("merged cells present", "w:vMerge" in xml and "w:gridSpan" in xml)
    return finish(L, text, "docx", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
