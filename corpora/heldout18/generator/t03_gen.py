"""t03 -- 沂阳县医疗保障局 2024年度医疗保障基金收支情况公开 (.md).

GitHub pipe tables (|---|) with 上年数 / 本年数 / 增减额 / 增减(%) columns;
职工医保 (统筹基金 + 个人账户), 城乡居民医保, 大病保险, 医疗救助;
累计结余, 可支付月数, 参保人数 in 万人 with growth.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, growth, q, sgn, md_text, finish)  # noqa: E402

NAME = "t03_yiyang_county_medical_insurance_fund_disclosure_2024"
Z = D("0.00")


def months(bal, exp, n=1):
    return q(D(bal) / (D(exp) / 12), n)


def build():
    L = Ledger(NAME + ".md")
    B = []   # list of markdown lines (strings) / ("table", rows)

    def line(t=""):
        B.append(t)

    def para(t):
        B.append(t)
        B.append("")

    def table(header, rows, align):
        B.append(("table", {"header": header, "rows": rows, "align": align}))
        B.append("")

    # ---------------------------------------------------------------- base inputs (万人 / 万元)
    emp0, emp1 = D("4.86"), D("5.01")          # 在职
    ret0, ret1 = D("1.56"), D("1.57")          # 退休
    res0, res1 = D("48.36"), D("47.92")        # 城乡居民
    hukou = D("56.42")
    # 职工
    pool_in0, pool_in1 = D("38426.50"), D("40318.72")
    acc_in0, acc_in1 = D("16842.30"), D("17206.45")
    pool_ex0, pool_ex1 = D("35216.84"), D("37842.16")
    acc_ex0, acc_ex1 = D("15963.20"), D("16428.90")
    pool_bal0, acc_bal0 = D("28640.35"), D("21385.60")          # 2023年末
    pool_in_parts = [("保险费收入", D("39126.38")), ("利息收入", D("862.14")), ("财政补贴收入", D("186.00"))]
    pool_ex_parts = [("住院费用", D("26418.35")), ("普通门诊统筹", D("4286.40")), ("门诊慢特病", D("5962.28"))]
    ret_quota = D("1488")                                        # 元/人·年 (124元/月)
    # 居民
    std_ind0, std_ind1 = D("380"), D("380")
    std_fis0, std_fis1 = D("640"), D("670")
    res_oth0, res_oth1 = D("412.60"), D("386.25")
    hosp0, hosp1 = D("35420.60"), D("36286.15")
    outp0, outp1 = D("9418.74"), D("10264.38")
    dbb_std0, dbb_std1 = D("60"), D("65")
    res_bal0 = D("24386.18")
    std_ind_2025 = D("400")
    # 大病保险
    dbb_pay0, dbb_pay1 = D("2746.30"), D("2986.42")
    dbb_n0, dbb_n1 = 5012, 5426
    # 医疗救助
    aid_fis = [("中央", D("1120.00")), ("省级", D("386.00")), ("市级", D("120.00")), ("县级", D("468.50"))]
    aid_int = D("6.38")
    aid_bal0 = D("312.46")
    aid_fis_prev, aid_int_prev = D("1978.20"), D("8.20")
    aid_sub_prev, aid_dir_prev = D("451.86"), D("1490.29")
    sub_groups = [("特困人员", 2186, D("380"), "全额资助"), ("低保对象", 9642, D("266"), "按70%资助"),
                  ("防止返贫监测对象", 6814, D("190"), "按50%资助")]
    inpat_n, inpat_amt = 12468, D("1386.54")
    outpat_n, outpat_amt = 8936, D("246.18")
    # 监管
    inst_all, inst_hosp, inst_clinic, inst_pharm = 186, 24, 97, 65
    inst_checked, inst_punished = 186, 42
    recov_emp, recov_res = D("312.56"), D("255.78")
    # 待遇
    emp_hosp_n, res_hosp_n = 21846, 68412
    pr_emp, pr_res, pr_emp_all, pr_res_all = D("85.12"), D("70.36"), D("72.48"), D("58.42")
    mt_emp, mt_res, mt_kinds = 6218, 14386, 59
    yd0, yd1 = 10642, 12386
    township_hc = 18
    punish = [("约谈并责令整改", 30), ("暂停医保服务协议", 9), ("解除医保服务协议", 3)]

    # ---------------------------------------------------------------- derived
    staff0, staff1 = emp0 + ret0, emp1 + ret1
    all0, all1 = staff0 + res0, staff1 + res1
    cover = pct(all1, hukou)
    ratio0, ratio1 = q(emp0 / ret0), q(emp1 / ret1)
    emp_in0, emp_in1 = pool_in0 + acc_in0, pool_in1 + acc_in1
    emp_ex0, emp_ex1 = pool_ex0 + acc_ex0, pool_ex1 + acc_ex1
    pool_bal1 = pool_bal0 + pool_in1 - pool_ex1
    acc_bal1 = acc_bal0 + acc_in1 - acc_ex1
    pool_m0, pool_m1 = months(pool_bal0, pool_ex0), months(pool_bal1, pool_ex1)
    pool_in_parts.append(("其他收入", pool_in1 - sum(v for _, v in pool_in_parts)))
    pool_ex_parts.append(("生育医疗费用及其他", pool_ex1 - sum(v for _, v in pool_ex_parts)))
    ret_acc = q(ret1 * ret_quota)                 # 万人 x 元 = 万元
    emp_acc = acc_in1 - ret_acc
    ind0, ind1 = q(res0 * std_ind0), q(res1 * std_ind1)
    fis0, fis1 = q(res0 * std_fis0), q(res1 * std_fis1)
    r_in0, r_in1 = ind0 + fis0 + res_oth0, ind1 + fis1 + res_oth1
    dbb0, dbb1 = q(res0 * dbb_std0), q(res1 * dbb_std1)
    r_ex0, r_ex1 = hosp0 + outp0 + dbb0, hosp1 + outp1 + dbb1
    res_bal1 = res_bal0 + r_in1 - r_ex1
    res_m0, res_m1 = months(res_bal0, r_ex0), months(res_bal1, r_ex1)
    dbb_rate = pct(dbb_pay1, dbb1)
    dbb_per = q(dbb_pay1 * 10000 / dbb_n1)
    dbb_g = growth(dbb_pay1, dbb_pay0)
    aid_fis_tot = sum(v for _, v in aid_fis)
    aid_in1 = aid_fis_tot + aid_int
    aid_in0 = aid_fis_prev + aid_int_prev
    sub_amt = [(n, c, s, w, q(c * s / 10000)) for n, c, s, w in sub_groups]
    sub_n = sum(c for _, c, _, _, _ in sub_amt)
    sub_tot = sum(a for *_, a in sub_amt)                  # sum of the rounded group amounts
    dir_tot = inpat_amt + outpat_amt
    aid_ex1 = sub_tot + dir_tot
    aid_ex0 = aid_sub_prev + aid_dir_prev
    aid_bal1 = aid_bal0 + aid_in1 - aid_ex1
    aid_bal_prev_start = aid_bal0 - (aid_in0 - aid_ex0)
    inpat_per = q(inpat_amt * 10000 / inpat_n)
    outpat_per = q(outpat_amt * 10000 / outpat_n)
    tot_in0, tot_in1 = emp_in0 + r_in0, emp_in1 + r_in1
    tot_ex1 = emp_ex1 + r_ex1
    tot_bal1 = pool_bal1 + acc_bal1 + res_bal1
    emp_hosp_per = q(pool_ex_parts[0][1] * 10000 / emp_hosp_n)
    res_hosp_per = q(hosp1 * 10000 / res_hosp_n)

    def gr(a, b):
        return sgn(growth(b, a))

    # ---------------------------------------------------------------- text
    line("# 沂阳县2024年度医疗保障基金收支情况公开")
    line("")
    line("发布单位：沂阳县医疗保障局　沂阳县财政局　　发布日期：2025年6月18日")
    line("")
    L.date_after("发布日期", "2025年6月18日", 2025, 6, 18)
    para("根据《医疗保障基金使用监督管理条例》和医疗保障基金信息公开有关规定，现将沂阳县2024年度职工基本医疗保险、城乡居民基本医疗保险、"
         "城乡居民大病保险和医疗救助资金收支情况予以公开。本文数据来源于经县财政局审核的2024年度医疗保障基金决算，金额单位除注明外"
         "为万元，人数单位为万人；表中“增减%”为本年数比上年数的增减幅度，负数表示下降。")

    line("## 一、参保情况")
    line("")
    a_all = "2024年末全县基本医疗保险参保人数%s万人，比上年末减少%s万人，下降%s%%" % (all1, all0 - all1, abs(growth(all1, all0)))
    a_emp = "职工基本医疗保险参保%s万人（在职职工%s万人、退休人员%s万人），比上年增加%s万人，增长%s%%" % (
        staff1, emp1, ret1, staff1 - staff0, growth(staff1, staff0))
    a_res = "城乡居民基本医疗保险参保%s万人，比上年减少%s万人，下降%s%%" % (res1, res0 - res1, abs(growth(res1, res0)))
    para("%s。其中，%s；%s。居民参保人数减少主要是部分外出务工人员转入就业地参加职工医保，以及新生儿出生人数下降。" % (a_all, a_emp, a_res))
    L.sum("参保合计", str(all1), [str(staff1), str(res1)], [a_all, a_emp, a_res])
    L.sum("职工 = 在职 + 退休", str(staff1), [str(emp1), str(ret1)], [a_emp])
    L.diff("合计减少", str(all0 - all1), str(all0), str(all1), "增加", [a_all])
    L.growth("合计下降", str(abs(growth(all1, all0))), str(all1), str(all0), "下降", [a_all])
    L.diff("职工增加", str(staff1 - staff0), str(staff1), str(staff0), "增加", [a_emp])
    L.growth("职工增长", str(growth(staff1, staff0)), str(staff1), str(staff0), "增长", [a_emp])
    L.diff("居民减少", str(res0 - res1), str(res0), str(res1), "增加", [a_res])
    L.growth("居民下降", str(abs(growth(res1, res0))), str(res1), str(res0), "下降", [a_res])
    a_cov = "按户籍人口%s万人计算的参保率为%s%%" % (hukou, cover)
    a_ratio = "职工医保在职退休比为%s∶1（上年为%s∶1）" % (ratio1, ratio0)
    para("%s（参保人员中含在本县就业、居住的非户籍人员，该比率仅作参考）。%s。" % (a_cov, a_ratio))
    L.ratio("参保率", str(cover), str(all1), str(hukou), [a_cov, a_all])
    L.quot("在职退休比", str(ratio1), str(emp1), str(ret1), [a_ratio, a_emp])
    L.quot("在职退休比 上年", str(ratio0), str(emp0), str(ret0), [a_ratio])
    line("表1　2024年度参保人数情况（单位：万人）")
    line("")
    rows = []
    for nm, a, b in [("参保人数合计", all0, all1), ("（一）职工基本医疗保险", staff0, staff1), ("　其中：在职职工", emp0, emp1),
                     ("　　　　退休人员", ret0, ret1), ("（二）城乡居民基本医疗保险", res0, res1)]:
        rows.append([nm, str(a), str(b), sgn(b - a), gr(a, b)])
        L.diff("表1 %s 增减额" % nm, sgn(b - a), str(b), str(a))
        L.growth("表1 %s 增减%%" % nm, gr(a, b), str(b), str(a))
    table(["项目", "上年数", "本年数", "增减额", "增减%"], rows, "lrrrr")
    L.sum("表1 上年合计", str(all0), [str(staff0), str(res0)])
    L.sum("表1 上年职工", str(staff0), [str(emp0), str(ret0)])

    line("## 二、职工基本医疗保险基金收支情况")
    line("")
    a_ein = "2024年职工医保基金收入%s万元，比上年增长%s%%，其中统筹基金收入%s万元、个人账户收入%s万元" % (
        f(emp_in1), growth(emp_in1, emp_in0), f(pool_in1), f(acc_in1))
    a_eex = "基金支出%s万元，比上年增长%s%%，其中统筹基金支出%s万元、个人账户支出%s万元" % (
        f(emp_ex1), growth(emp_ex1, emp_ex0), f(pool_ex1), f(acc_ex1))
    a_ebal = "当年收支结余%s万元" % f(emp_in1 - emp_ex1)
    para("%s；%s；%s。" % (a_ein, a_eex, a_ebal))
    L.sum("职工收入", f(emp_in1), [f(pool_in1), f(acc_in1)], [a_ein])
    L.sum("职工支出", f(emp_ex1), [f(pool_ex1), f(acc_ex1)], [a_eex])
    L.growth("职工收入增长", str(growth(emp_in1, emp_in0)), f(emp_in1), f(emp_in0), "增长", [a_ein])
    L.growth("职工支出增长", str(growth(emp_ex1, emp_ex0)), f(emp_ex1), f(emp_ex0), "增长", [a_eex])
    L.diff("职工结余", f(emp_in1 - emp_ex1), f(emp_in1), f(emp_ex1), None, [a_ebal, a_ein, a_eex])
    a_pin = "统筹基金收入中，" + "，".join("%s%s万元" % (n, f(v)) for n, v in pool_in_parts)
    a_pex = "统筹基金支出中，" + "，".join("%s%s万元" % (n, f(v)) for n, v in pool_ex_parts)
    para("%s。财政补贴收入为对关闭破产企业退休人员参保的补助。%s。" % (a_pin, a_pex))
    L.sum("统筹收入构成", f(pool_in1), [f(v) for _, v in pool_in_parts], [a_pin, a_ein])
    L.sum("统筹支出构成", f(pool_ex1), [f(v) for _, v in pool_ex_parts], [a_pex, a_eex])
    a_acc = "个人账户收入%s万元中，退休人员按每人每月124元（每年%s元）定额划入%s万元，其余%s万元为在职职工个人缴费划入" % (
        f(acc_in1), fi_(ret_quota), f(ret_acc), f(emp_acc))
    para("%s。个人账户资金可用于本人及其配偶、父母、子女在定点医药机构发生的个人负担医疗费用，个人账户结余归个人所有，"
         "不计入统筹基金可支付月数的测算。" % a_acc)
    L.prod("退休定额划入", f(ret_acc), [str(ret1), fi_(ret_quota)], [a_acc, a_emp])
    L.prod("124 x 12", fi_(ret_quota), ["124", "12"], [a_acc])
    L.diff("在职划入", f(emp_acc), f(acc_in1), f(ret_acc), None, [a_acc])
    a_pbal = "年末统筹基金累计结余%s万元，个人账户累计结余%s万元" % (f(pool_bal1), f(acc_bal1))
    a_pm = "按2024年月均统筹基金支出计算，统筹基金可支付%s个月，上年为%s个月" % (pool_m1, pool_m0)
    para("%s。%s，略高于6至9个月的合理区间，下一步将在确保基金安全的前提下适度提高门诊保障水平。" % (a_pbal, a_pm))
    L.lin("统筹累计结余", f(pool_bal1), [(1, f(pool_bal0)), (1, f(pool_in1)), (-1, f(pool_ex1))], [a_pbal])
    L.lin("个账累计结余", f(acc_bal1), [(1, f(acc_bal0)), (1, f(acc_in1)), (-1, f(acc_ex1))], [a_pbal])
    L.formula("统筹可支付月数", str(pool_m1), lambda b, e: b / (e / 12), [f(pool_bal1), f(pool_ex1)], "bal/(exp/12)", [a_pm])
    L.formula("统筹可支付月数 上年", str(pool_m0), lambda b, e: b / (e / 12), [f(pool_bal0), f(pool_ex0)], "bal/(exp/12)", [a_pm])
    line("表2　职工基本医疗保险基金收支情况（单位：万元）")
    line("")
    rows = []
    spec = [("一、基金收入", emp_in0, emp_in1, 2), ("（一）统筹基金收入", pool_in0, pool_in1, 2),
            ("（二）个人账户收入", acc_in0, acc_in1, 2), ("二、基金支出", emp_ex0, emp_ex1, 2),
            ("（一）统筹基金支出", pool_ex0, pool_ex1, 2), ("（二）个人账户支出", acc_ex0, acc_ex1, 2),
            ("三、当年收支结余", emp_in0 - emp_ex0, emp_in1 - emp_ex1, 2),
            ("四、年末累计结余", pool_bal0 + acc_bal0, pool_bal1 + acc_bal1, 2),
            ("（一）统筹基金累计结余", pool_bal0, pool_bal1, 2), ("（二）个人账户累计结余", acc_bal0, acc_bal1, 2)]
    for nm, a, b, n in spec:
        g = gr(a, b)
        rows.append([nm, f(a), f(b), f(b - a) if b >= a else "-" + f(a - b), g])
        L.growth("表2 %s 增减%%" % nm, g, f(b), f(a))
    rows.append(["五、统筹基金可支付月数（个月）", str(pool_m0), str(pool_m1), sgn(pool_m1 - pool_m0, 1), "—"])
    table(["项目", "上年数", "本年数", "增减额", "增减%"], rows, "lrrrr")
    for r in rows[:-1]:
        L.lin("表2 %s 增减额" % r[0], r[3], [(1, r[2]), (-1, r[1])])
    L.sum("表2 上年收入", f(emp_in0), [f(pool_in0), f(acc_in0)])
    L.sum("表2 上年支出", f(emp_ex0), [f(pool_ex0), f(acc_ex0)])
    L.lin("表2 上年结余", f(emp_in0 - emp_ex0), [(1, f(emp_in0)), (-1, f(emp_ex0))])
    L.sum("表2 累计结余", f(pool_bal1 + acc_bal1), [f(pool_bal1), f(acc_bal1)])
    L.sum("表2 累计结余 上年", f(pool_bal0 + acc_bal0), [f(pool_bal0), f(acc_bal0)])
    L.lin("表2 累计结余变动 = 当年结余", f(pool_bal1 + acc_bal1),
          [(1, f(pool_bal0 + acc_bal0)), (1, f(emp_in1 - emp_ex1))])

    line("## 三、城乡居民基本医疗保险基金收支情况")
    line("")
    a_std = "2024年城乡居民医保个人缴费标准为每人每年%s元，各级财政补助标准为每人每年%s元（上年分别为%s元、%s元）" % (
        std_ind1, std_fis1, std_ind0, std_fis0)
    a_rin = "全年基金收入%s万元，比上年增长%s%%，其中个人缴费收入%s万元、各级财政补助收入%s万元、利息及其他收入%s万元" % (
        f(r_in1), growth(r_in1, r_in0), f(ind1), f(fis1), f(res_oth1))
    para("%s。%s。虽然参保人数减少，但财政补助标准提高，基金收入仍保持增长。个人缴费收入和财政补助收入按参保人数和筹资标准核定。"
         % (a_std, a_rin))
    L.sum("居民收入", f(r_in1), [f(ind1), f(fis1), f(res_oth1)], [a_rin])
    L.growth("居民收入增长", str(growth(r_in1, r_in0)), f(r_in1), f(r_in0), "增长", [a_rin])
    L.prod("个人缴费 = 人数 x 标准", f(ind1), [str(res1), str(std_ind1)], [a_rin, a_std, a_res])
    L.prod("财政补助 = 人数 x 标准", f(fis1), [str(res1), str(std_fis1)], [a_rin, a_std, a_res])
    L.prod("上年个人缴费", f(ind0), [str(res0), str(std_ind0)], [a_std])
    L.prod("上年财政补助", f(fis0), [str(res0), str(std_fis0)], [a_std])
    a_rex = "基金支出%s万元，比上年增长%s%%，其中住院医疗费用支出%s万元、门诊医疗费用支出%s万元、划转大病保险资金%s万元" % (
        f(r_ex1), growth(r_ex1, r_ex0), f(hosp1), f(outp1), f(dbb1))
    a_rbal = "当年收支结余%s万元，比上年的%s万元减少%s万元" % (f(r_in1 - r_ex1), f(r_in0 - r_ex0), f((r_in0 - r_ex0) - (r_in1 - r_ex1)))
    a_rm = "年末累计结余%s万元，按月均支出计算可支付%s个月，与上年的%s个月持平" % (f(res_bal1), res_m1, res_m0)
    para("%s。%s，主要是住院人次和门诊慢特病待遇享受人数增加。%s。" % (a_rex, a_rbal, a_rm))
    L.sum("居民支出", f(r_ex1), [f(hosp1), f(outp1), f(dbb1)], [a_rex])
    L.growth("居民支出增长", str(growth(r_ex1, r_ex0)), f(r_ex1), f(r_ex0), "增长", [a_rex])
    L.diff("居民结余", f(r_in1 - r_ex1), f(r_in1), f(r_ex1), None, [a_rbal, a_rin, a_rex])
    L.diff("居民结余减少", f((r_in0 - r_ex0) - (r_in1 - r_ex1)), f(r_in1 - r_ex1), f(r_in0 - r_ex0), "减少", [a_rbal])
    L.lin("居民累计结余", f(res_bal1), [(1, f(res_bal0)), (1, f(r_in1)), (-1, f(r_ex1))], [a_rm])
    L.formula("居民可支付月数", str(res_m1), lambda b, e: b / (e / 12), [f(res_bal1), f(r_ex1)], "bal/(exp/12)", [a_rm])
    L.formula("居民可支付月数 上年", str(res_m0), lambda b, e: b / (e / 12), [f(res_bal0), f(r_ex0)], "bal/(exp/12)", [a_rm])
    L.same("可支付月数持平", str(res_m1), str(res_m0), [a_rm])
    line("表3　城乡居民基本医疗保险基金收支情况（单位：万元）")
    line("")
    rows = []
    spec = [("一、基金收入", r_in0, r_in1), ("（一）个人缴费收入", ind0, ind1), ("（二）各级财政补助收入", fis0, fis1),
            ("（三）利息及其他收入", res_oth0, res_oth1), ("二、基金支出", r_ex0, r_ex1), ("（一）住院医疗费用", hosp0, hosp1),
            ("（二）门诊医疗费用", outp0, outp1), ("（三）划转大病保险资金", dbb0, dbb1),
            ("三、当年收支结余", r_in0 - r_ex0, r_in1 - r_ex1), ("四、年末累计结余", res_bal0, res_bal1)]
    for nm, a, b in spec:
        rows.append([nm, f(a), f(b), f(b - a) if b >= a else "-" + f(a - b), gr(a, b)])
        L.growth("表3 %s 增减%%" % nm, gr(a, b), f(b), f(a))
    rows.append(["五、可支付月数（个月）", str(res_m0), str(res_m1), sgn(res_m1 - res_m0, 1), "—"])
    table(["项目", "上年数", "本年数", "增减额", "增减%"], rows, "lrrrr")
    for r in rows[:-1]:
        L.lin("表3 %s 增减额" % r[0], r[3], [(1, r[2]), (-1, r[1])])
    L.sum("表3 上年收入", f(r_in0), [f(ind0), f(fis0), f(res_oth0)])
    L.sum("表3 上年支出", f(r_ex0), [f(hosp0), f(outp0), f(dbb0)])
    L.lin("表3 累计结余变动", f(res_bal1), [(1, f(res_bal0)), (1, f(r_in1 - r_ex1))])

    line("## 四、城乡居民大病保险资金收支情况")
    line("")
    a_dbb = "2024年按每人%s元的标准从城乡居民医保基金中划转大病保险资金%s万元（上年标准为每人%s元，划转%s万元）" % (
        dbb_std1, f(dbb1), dbb_std0, f(dbb0))
    a_dbp = "全年大病保险赔付%s万元，赔付率%s%%，比上年的%s万元增长%s%%" % (f(dbb_pay1), dbb_rate, f(dbb_pay0), dbb_g)
    a_dbn = "受益%s人次，人次均赔付%s元" % (f(dbb_n1, 0), f(dbb_per))
    para("%s，由商业保险机构承办。%s；%s（上年为%s人次）。大病保险资金已在居民医保基金支出中列支，与居民医保基金支出不重复计算。"
         "当年资金结余%s万元，按承办合同约定于2025年与承办机构进行清算。"
         % (a_dbb, a_dbp, a_dbn, f(dbb_n0, 0), f(dbb1 - dbb_pay1)))
    L.prod("大病划转", f(dbb1), [str(res1), str(dbb_std1)], [a_dbb, a_res])
    L.prod("大病划转 上年", f(dbb0), [str(res0), str(dbb_std0)], [a_dbb])
    L.same("大病划转 = 居民支出项", f(dbb1), f(dbb1), [a_dbb, a_rex])
    L.ratio("赔付率", str(dbb_rate), f(dbb_pay1), f(dbb1), [a_dbp, a_dbb])
    L.growth("赔付增长", str(dbb_g), f(dbb_pay1), f(dbb_pay0), "增长", [a_dbp])
    L.quot("人次均", f(dbb_per), f(dbb_pay1), f(dbb_n1, 0), [a_dbn, a_dbp], scale=10000)
    L.diff("大病结余", f(dbb1 - dbb_pay1), f(dbb1), f(dbb_pay1), None, [a_dbb, a_dbp])

    line("## 五、医疗救助资金收支情况")
    line("")
    a_ain = "2024年医疗救助资金收入%s万元，其中各级财政补助%s万元（%s），利息收入%s万元" % (
        f(aid_in1), f(aid_fis_tot), "、".join("%s%s万元" % (n, f(v)) for n, v in aid_fis), f(aid_int))
    para("%s。" % a_ain)
    L.sum("救助收入", f(aid_in1), [f(aid_fis_tot), f(aid_int)], [a_ain])
    L.sum("救助财政补助", f(aid_fis_tot), [f(v) for _, v in aid_fis], [a_ain])
    a_sub = "资助%s人参加城乡居民医保，支出%s万元" % (f(sub_n, 0), f(sub_tot))
    a_subs = "；".join("%s%s人，%s（每人%s元），%s万元" % (n, f(c, 0), w, s, f(a)) for n, c, s, w, a in sub_amt)
    para("医疗救助资金支出%s万元，包括：（一）资助参保。%s，其中%s。资助标准以2024年个人缴费标准%s元为基数。" % (
        f(aid_ex1), a_sub, a_subs, std_ind1))
    L.sum("资助人数", f(sub_n, 0), [f(c, 0) for _, c, _, _, _ in sub_amt], [a_sub, a_subs])
    L.sum("资助金额 (sum of rounded)", f(sub_tot), [f(a) for *_, a in sub_amt], [a_sub, a_subs])
    for n, c, s, w, a in sub_amt:
        L.prod("资助 %s" % n, f(a), [f(c, 0), str(s)], [a_subs], scale=D("0.0001"))
    L.formula("按70%资助", "266", lambda s_, r_: s_ * r_ / 100, [str(std_ind1), "70"], "380*70%", [a_subs])
    L.formula("按50%资助", "190", lambda s_, r_: s_ * r_ / 100, [str(std_ind1), "50"], "380*50%", [a_subs])
    a_dir = "（二）直接救助。住院救助%s人次，支出%s万元，人次均%s元；门诊救助%s人次，支出%s万元，人次均%s元；直接救助合计%s万元" % (
        f(inpat_n, 0), f(inpat_amt), f(inpat_per), f(outpat_n, 0), f(outpat_amt), f(outpat_per), f(dir_tot))
    assert aid_ex1 > aid_in1
    a_abal = "当年支出大于收入%s万元，由上年结余弥补，年末滚存结余%s万元" % (f(aid_ex1 - aid_in1), f(aid_bal1))
    para("%s。%s，较上年末的%s万元略有减少。" % (a_dir, a_abal, f(aid_bal0)))
    L.sum("直接救助", f(dir_tot), [f(inpat_amt), f(outpat_amt)], [a_dir])
    L.sum("救助支出", f(aid_ex1), [f(sub_tot), f(dir_tot)], [a_sub, a_dir])
    L.quot("住院救助人次均", f(inpat_per), f(inpat_amt), f(inpat_n, 0), [a_dir], scale=10000)
    L.quot("门诊救助人次均", f(outpat_per), f(outpat_amt), f(outpat_n, 0), [a_dir], scale=10000)
    L.lin("救助滚存", f(aid_bal1), [(1, f(aid_bal0)), (1, f(aid_in1)), (-1, f(aid_ex1))], [a_abal])
    L.diff("救助当年缺口", f(aid_ex1 - aid_in1), f(aid_ex1), f(aid_in1), "多", [a_abal, a_ain])
    line("表4　医疗救助资金收支情况（单位：万元）")
    line("")
    rows = []
    spec = [("一、资金收入", aid_in0, aid_in1), ("（一）财政补助收入", aid_fis_prev, aid_fis_tot), ("（二）利息收入", aid_int_prev, aid_int),
            ("二、资金支出", aid_ex0, aid_ex1), ("（一）资助参保", aid_sub_prev, sub_tot), ("（二）直接救助", aid_dir_prev, dir_tot),
            ("三、当年收支结余", aid_in0 - aid_ex0, aid_in1 - aid_ex1), ("四、年末滚存结余", aid_bal0, aid_bal1)]
    for nm, a, b in spec:
        sa = f(a) if a >= 0 else "-" + f(-a)
        sb = f(b) if b >= 0 else "-" + f(-b)
        d = b - a
        g = "—" if a < 0 or b < 0 else gr(a, b)
        rows.append([nm, sa, sb, f(d) if d >= 0 else "-" + f(-d), g])
        if g != "—":
            L.growth("表4 %s 增减%%" % nm, g, sb, sa)
        L.lin("表4 %s 增减额" % nm, rows[-1][3], [(1, sb), (-1, sa)])
        if b < 0:
            L.lin("表4 当年结余 = 收入 - 支出", sb, [(1, f(aid_in1)), (-1, f(aid_ex1))])
    table(["项目", "上年数", "本年数", "增减额", "增减%"], rows, "lrrrr")
    L.sum("表4 上年收入", f(aid_in0), [f(aid_fis_prev), f(aid_int_prev)])
    L.sum("表4 上年支出", f(aid_ex0), [f(aid_sub_prev), f(aid_dir_prev)])
    L.lin("表4 上年结余", f(aid_in0 - aid_ex0), [(1, f(aid_in0)), (-1, f(aid_ex0))])

    line("## 六、基金总体运行情况")
    line("")
    a_tin = "2024年全县职工医保和城乡居民医保基金合计收入%s万元，比上年的%s万元增长%s%%；合计支出%s万元" % (
        f(tot_in1), f(tot_in0), growth(tot_in1, tot_in0), f(tot_ex1))
    a_tbal = "年末累计结余%s万元（约%s亿元），其中统筹基金（含城乡居民医保基金）结余%s万元、职工个人账户结余%s万元" % (
        f(tot_bal1), fn(tot_bal1 / 10000, 2), f(pool_bal1 + res_bal1), f(acc_bal1))
    para("%s。%s。医疗救助资金和大病保险资金不计入上述合计。总体看，基金收支平衡、略有结余，运行平稳。" % (a_tin, a_tbal))
    L.sum("合计收入", f(tot_in1), [f(emp_in1), f(r_in1)], [a_tin, a_ein, a_rin])
    L.sum("合计支出", f(tot_ex1), [f(emp_ex1), f(r_ex1)], [a_tin, a_eex, a_rex])
    L.growth("合计收入增长", str(growth(tot_in1, tot_in0)), f(tot_in1), f(tot_in0), "增长", [a_tin])
    L.sum("合计结余", f(tot_bal1), [f(pool_bal1 + res_bal1), f(acc_bal1)], [a_tbal])
    L.sum("统筹+居民结余", f(pool_bal1 + res_bal1), [f(pool_bal1), f(res_bal1)], [a_tbal, a_pbal, a_rm])
    L.prod("约亿元", fn(tot_bal1 / 10000, 2), [f(tot_bal1)], [a_tbal], scale=D("0.0001"))

    line("## 七、待遇保障情况")
    line("")
    a_eh = "职工医保参保人员住院%s人次，统筹基金支付住院费用%s万元，次均统筹基金支付%s元" % (f(emp_hosp_n, 0), f(pool_ex_parts[0][1]), f(emp_hosp_per))
    a_rh = "城乡居民医保参保人员住院%s人次，基金支付住院费用%s万元，次均基金支付%s元" % (f(res_hosp_n, 0), f(hosp1), f(res_hosp_per))
    a_pr = "政策范围内住院费用基金支付比例职工医保为%s%%、城乡居民医保为%s%%；按住院总费用计算，基金支付比例分别为%s%%和%s%%" % (
        pr_emp, pr_res, pr_emp_all, pr_res_all)
    para("%s；%s。%s，两种口径的分母不同，不宜直接比较。" % (a_eh, a_rh, a_pr))
    L.quot("职工次均", f(emp_hosp_per), f(pool_ex_parts[0][1]), f(emp_hosp_n, 0), [a_eh], scale=10000)
    L.quot("居民次均", f(res_hosp_per), f(hosp1), f(res_hosp_n, 0), [a_rh, a_rex], scale=10000)
    L.cond("政策范围内 > 总费用口径", pr_emp > pr_emp_all and pr_res > pr_res_all, "", [], [a_pr])
    a_mt = "门诊慢特病待遇享受人员%s人（职工%s人、居民%s人），病种扩大到%s种" % (f(mt_emp + mt_res, 0), f(mt_emp, 0), f(mt_res, 0), mt_kinds)
    a_yd = "跨省和省内异地就医直接结算%s人次，比上年增长%s%%" % (f(yd1, 0), growth(yd1, yd0))
    a_vil = "全县%d家乡镇卫生院和%d家村卫生室（社区卫生服务站）均已开通医保结算" % (township_hc, inst_clinic - township_hc)
    para("%s；%s（上年为%s人次）。%s，参保群众在家门口即可报销普通门诊费用。" % (a_mt, a_yd, f(yd0, 0), a_vil))
    L.sum("基层定点 = 卫生院 + 村卫生室", str(inst_clinic), [str(township_hc), str(inst_clinic - township_hc)], [a_vil])
    L.sum("门诊慢特病", f(mt_emp + mt_res, 0), [f(mt_emp, 0), f(mt_res, 0)], [a_mt])
    L.growth("异地就医", str(growth(yd1, yd0)), f(yd1, 0), f(yd0, 0), "增长", [a_yd])

    line("## 八、基金监管情况")
    line("")
    a_inst = "全县共有定点医药机构%d家（定点医院%d家、基层定点医疗机构%d家、定点零售药店%d家）" % (
        inst_all, inst_hosp, inst_clinic, inst_pharm)
    a_chk = "全年现场检查定点医药机构%d家，实现检查全覆盖，对其中%d家存在违规行为的机构作出处理" % (inst_checked, inst_punished)
    a_rec = "追回医保基金%s万元（职工医保%s万元、居民医保%s万元）" % (f(recov_emp + recov_res), f(recov_emp), f(recov_res))
    a_pun = "处理的%d家机构中，%s" % (inst_punished, "，".join("%s%d家" % (n, c) for n, c in punish))
    para("%s。%s，%s，追回资金已按原渠道退回基金并冲减当期支出，不计入其他收入。%s；涉嫌欺诈骗保的2起案件已移送公安机关。"
         "同时开展打击欺诈骗保专项整治，曝光典型案例5起，聘请社会监督员20名，畅通举报投诉渠道，全年受理举报线索11条，均已办结。"
         % (a_inst, a_chk, a_rec, a_pun))
    L.sum("处理分类", str(inst_punished), [str(c) for _, c in punish], [a_pun, a_chk])
    L.sum("定点机构", str(inst_all), [str(inst_hosp), str(inst_clinic), str(inst_pharm)], [a_inst])
    L.leq("检查 <= 总数", str(inst_checked), str(inst_all), [a_chk, a_inst])
    L.leq("处理 <= 检查", str(inst_punished), str(inst_checked), [a_chk])
    L.sum("追回", f(recov_emp + recov_res), [f(recov_emp), f(recov_res)], [a_rec])

    line("## 九、下一步工作")
    line("")
    para("2025年，我县将继续巩固参保扩面成果，重点做好新生儿、在校学生和灵活就业人员参保动员；深化医保支付方式改革，"
         "推进按病组和病种分值付费全覆盖，规范定点医疗机构诊疗行为；健全基金运行监测分析和风险预警机制，按月分析职工和"
         "居民医保基金收支变化，防范基金运行风险；常态化开展基金监管，综合运用智能审核、飞行检查和社会监督，守护好人民群众的"
         "“看病钱”“救命钱”；落实医疗救助托底保障，做好困难群众参保资助和高额医疗费用救助，防止因病致贫返贫。")

    line("## 十、有关说明")
    line("")
    a_25 = "2025年城乡居民医保个人缴费标准提高到每人每年%s元" % std_ind_2025
    para("1．职工医保统筹基金可支付月数按“年末统筹基金累计结余÷（当年统筹基金支出÷12）”计算，城乡居民医保按同一方法计算；"
         "个人账户结余不参与测算。")
    para("2．参保人数为年末时点数，以万人为单位保留两位小数，增减幅度按表中数据计算。")
    para("3．%s，本文所列2024年度数据仍按%s元标准计算。" % (a_25, std_ind1))
    L.anchor("next-year standard", a_25)
    line("沂阳县医疗保障局　　沂阳县财政局")
    line("")
    line("2025年6月18日")

    L.fact("emp_in1", f(emp_in1))
    L.fact("res_in1", f(r_in1))
    L.fact("tot_bal1", f(tot_bal1))
    return B, L, {}


def fi_(x):
    return "{:,}".format(int(x))


def render(blocks, path):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            spec = b[1]
            out.append("| " + " | ".join(spec["header"]) + " |")
            out.append("|" + "|".join(":---" if a == "l" else "---:" for a in spec["align"]) + "|")
            for r in spec["rows"]:
                out.append("| " + " | ".join(r) + " |")
        else:
            out.append(b)
    text = "\n".join(out).rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def visible(path):
    return md_text(path)


def main():
    blocks, L, _ = build()
    path = os.path.join(OUT, NAME + ".md")
    render(blocks, path)
    text = visible(path)
    import re
    seps = re.findall(r"^\|(?::?-{3,}:?\|)+$", text, re.M)
    L.cond("4 pipe tables with |---| separator rows", len(seps) == 4, "%d" % len(seps))
    L.cond("markdown headings", text.startswith("# ") and text.count("\n## ") == 10)
    return finish(L, text, "md", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
