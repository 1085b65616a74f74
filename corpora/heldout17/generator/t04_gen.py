"""t04 - 辽宁省岫川市医疗保障局 2024年第12期 医疗保障基金运行情况通报 (.txt, UTF-8).
Two tab-separated monthly tables (职工 / 城乡居民) with 1月…12月 rows, 当月 and 累计 columns,
上年同月 and 同比 / 环比; the year totals are restated in prose."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t04_xiuchuan_medical_insurance_fund_bulletin_2024_12"
EXT = ".txt"
M = ["%d月" % i for i in range(1, 13)]


def gen_months(rng, lo, hi):
    return [D(rng.randint(lo * 100, hi * 100)) / 100 for _ in range(12)]


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda t: B.append(("p", t))
    h = lambda t: B.append(("h", t))
    rng = random.Random(20250124)

    # ---------------------------------------------------------------- base inputs (万元)
    zg_in = gen_months(rng, 37800, 45600)
    zg_out = gen_months(rng, 31200, 41800)
    zg_out_prev = [q(x * D(rng.randint(9100, 10300)) / 10000) for x in zg_out]
    jm_n = 1486200                        # 居民参保人数
    grx = q(D(jm_n) * 400 / 10000)        # 个人缴费 万元
    czb = q(D(jm_n) * 670 / 10000)        # 财政补助 万元
    czb_half = q(czb / 2)
    czb_b = czb - czb_half
    gr1 = D("42158.60")
    gr2 = grx - gr1
    small = gen_months(rng, 30, 260)      # 利息及其他
    jm_in = [small[i] for i in range(12)]
    jm_in[0] += gr1
    jm_in[1] += gr2
    jm_in[5] += czb_half
    jm_in[10] += czb_b
    jm_out = gen_months(rng, 11200, 13800)
    jm_out_prev = [q(x * D(rng.randint(9300, 10600)) / 10000) for x in jm_out]

    def cum(v):
        out, s = [], D(0)
        for x in v:
            s += x
            out.append(s)
        return out
    zg_in_c, zg_out_c, jm_in_c, jm_out_c = cum(zg_in), cum(zg_out), cum(jm_in), cum(jm_out)
    zg_I, zg_O, jm_I, jm_O = zg_in_c[-1], zg_out_c[-1], jm_in_c[-1], jm_out_c[-1]
    zg_Op, jm_Op = sum(zg_out_prev), sum(jm_out_prev)
    zg_Ip, jm_Ip = D("486120.35"), D("157862.40")
    zg_open, jm_open = D("612480.26"), D("98436.72")
    zg_close, jm_close = zg_open + zg_I - zg_O, jm_open + jm_I - jm_O

    B.append(("head", "岫川市医疗保障局"))
    B.append(("head", "医疗保障基金运行情况通报"))
    B.append(("head", "2024年第12期（总第60期）"))
    B.append(("head", "岫川市医疗保障局办公室　　　　　　　　　　　　2025年1月24日"))
    L.anchor("印发日期", "2025年1月24日")
    p("现将2024年1—12月全市基本医疗保险基金运行情况通报如下。本期数据为月报快报数，年度数据以经审核的2024年度基金决算为准。"
      "本通报所称职工医保基金包括职工基本医疗保险统筹基金、个人账户和并入的生育保险基金；居民医保基金指城乡居民基本医疗保险基金。")

    # ---------------------------------------------------------------- 一 概况
    h("一、总体情况")
    tot_I, tot_O = zg_I + jm_I, zg_O + jm_O
    s_o1 = "1—12月，全市基本医疗保险基金总收入%s万元，总支出%s万元，当期结余%s万元" % (f(tot_I), f(tot_O), f(tot_I - tot_O))
    s_o2 = "其中职工医保基金收入%s万元、支出%s万元；居民医保基金收入%s万元、支出%s万元" % (f(zg_I), f(zg_O), f(jm_I), f(jm_O))
    p(s_o1 + "。" + s_o2 + "。")
    L.sum("总收入", f(tot_I), [f(zg_I), f(jm_I)], [s_o1, s_o2])
    L.sum("总支出", f(tot_O), [f(zg_O), f(jm_O)], [s_o1, s_o2])
    L.diff("当期结余", f(tot_I - tot_O), f(tot_I), f(tot_O), None, [s_o1])

    h("二、参保情况")
    zg_zz, zg_tx = 486352, 201468
    zg_n = zg_zz + zg_tx
    n_all = zg_n + jm_n
    hj = 2286400
    cbl = pct(n_all, hj)
    s_c1 = "截至12月末，全市基本医疗保险参保%s人，其中职工医保%s人（在职职工%s人、退休人员%s人），居民医保%s人" % (
        fi(n_all), fi(zg_n), fi(zg_zz), fi(zg_tx), fi(jm_n))
    s_c2 = "按户籍人口%s人计算，基本医疗保险参保率%s%%" % (fi(hj), cbl)
    s_c3 = "职工医保在职退休比为%s∶1" % fn(D(zg_zz) / D(zg_tx), 2)
    p(s_c1 + "。" + s_c2 + "，参保人数中包含外地户籍在本市就业参保人员，因此该比率仅作参考。" + s_c3 + "，比上年末的2.47∶1有所下降，职工医保基金支付压力持续加大。")
    L.sum("参保人数", fi(n_all), [fi(zg_n), fi(jm_n)], [s_c1])
    L.sum("职工参保", fi(zg_n), [fi(zg_zz), fi(zg_tx)], [s_c1])
    L.ratio("参保率（户籍基数）", str(cbl), fi(n_all), fi(hj), [s_c1, s_c2])
    L.quot("在职退休比", fn(D(zg_zz) / D(zg_tx), 2), fi(zg_zz), fi(zg_tx), [s_c1, s_c3])
    L.cond("在职退休比 比上年末 2.47 有所下降", q(D(zg_zz) / D(zg_tx)) < D("2.47"), fn(D(zg_zz) / D(zg_tx), 2),
           anchors=["比上年末的2.47∶1有所下降"])

    # ---------------------------------------------------------------- 三 职工
    h("三、职工医保基金运行情况")
    g_zgI, g_zgO = growth(zg_I, zg_Ip), growth(zg_O, zg_Op)
    wI = "增长" if g_zgI > 0 else "下降"
    wO = "增长" if g_zgO > 0 else "下降"
    cz, lx, qt = D("1268.40"), D("3846.15"), D("1586.42")
    zj = zg_I - cz - lx - qt
    s_z1 = "（一）基金收入。1—12月职工医保基金收入%s万元，比上年同期的%s万元%s%s%%" % (f(zg_I), f(zg_Ip), wI, abs(g_zgI))
    s_z2 = "其中征缴收入%s万元、财政补贴收入%s万元、利息收入%s万元、其他收入%s万元" % (f(zj), f(cz), f(lx), f(qt))
    p(s_z1 + "；" + s_z2 + "。财政补贴收入为灵活就业人员中困难群体的缴费补贴。")
    L.growth("职工收入同比", str(abs(g_zgI)), f(zg_I), f(zg_Ip), wI, [s_z1])
    L.sum("职工收入构成", f(zg_I), [f(zj), f(cz), f(lx), f(qt)], [s_z1, s_z2])
    tc, zh = q(zg_O * D("0.6814")), q(zg_O * D("0.2932"))
    sy_ = zg_O - tc - zh
    s_z3 = "（二）基金支出。1—12月职工医保基金支出%s万元，比上年同期的%s万元%s%s%%" % (f(zg_O), f(zg_Op), wO, abs(g_zgO))
    s_z4 = "其中统筹基金支出%s万元、个人账户支出%s万元、生育保险待遇支出%s万元" % (f(tc), f(zh), f(sy_))
    p(s_z3 + "；" + s_z4 + "。支出增长主要是门诊共济保障待遇全面落地，普通门诊统筹支出增加。")
    L.growth("职工支出同比", str(abs(g_zgO)), f(zg_O), f(zg_Op), wO, [s_z3])
    L.sum("职工支出构成", f(zg_O), [f(tc), f(zh), f(sy_)], [s_z3, s_z4])
    syj = q(sy_ * D("0.6420"))
    syy = sy_ - syj
    syn = 9486
    s_z7 = "生育保险待遇支出%s万元中，生育津贴%s万元、生育医疗费用%s万元；全年%s人享受生育津贴，人均%s元" % (
        f(sy_), f(syj), f(syy), fi(syn), f(syj * 10000 / syn))
    p(s_z7 + "。灵活就业人员参加职工医保的，自2024年起同步享受生育医疗费用待遇，但不享受生育津贴。")
    L.sum("生育待遇构成", f(sy_), [f(syj), f(syy)], [s_z4, s_z7])
    L.quot("人均生育津贴", f(syj * 10000 / syn), f(syj), fi(syn), [s_z7], scale=10000)
    d12 = zg_out[11]
    g12 = growth(d12, zg_out_prev[11])
    h12 = growth(d12, zg_out[10])
    w12, wh = ("增长" if g12 > 0 else "下降"), ("增长" if h12 > 0 else "下降")
    s_z5 = "12月当月职工医保基金支出%s万元，同比%s%s%%，环比%s%s%%" % (f(d12), w12, abs(g12), wh, abs(h12))
    p(s_z5 + "。当月支出变动主要受年末集中结算影响，与全年累计支出的同比增幅不可直接比较。")
    L.growth("12月职工支出同比", str(abs(g12)), f(d12), f(zg_out_prev[11]), w12, [s_z5])
    L.growth("12月职工支出环比", str(abs(h12)), f(d12), f(zg_out[10]), wh, [s_z5])
    months_pay = q(zg_close / (zg_O / 12), 1)
    s_z6 = "（三）基金结存。职工医保基金年初累计结存%s万元，加本年收入减本年支出，12月末累计结存%s万元，按本年月均支出计算可支付%s个月" % (
        f(zg_open), f(zg_close), fn(months_pay, 1))
    p(s_z6 + "。")
    L.lin("职工年末结存", f(zg_close), [(1, f(zg_open)), (1, f(zg_I)), (-1, f(zg_O))], [s_z6])
    L.quot("职工可支付月数", fn(months_pay, 1), f(zg_close), f(zg_O), [s_z6], scale=12)

    # ---------------------------------------------------------------- 四 居民
    h("四、居民医保基金运行情况")
    g_jmI, g_jmO = growth(jm_I, jm_Ip), growth(jm_O, jm_Op)
    wjI = "增长" if g_jmI > 0 else "下降"
    wjO = "增长" if g_jmO > 0 else "下降"
    oth = sum(small)
    s_j1 = "（一）基金收入。1—12月居民医保基金收入%s万元，比上年同期的%s万元%s%s%%" % (f(jm_I), f(jm_Ip), wjI, abs(g_jmI))
    s_j2 = "其中个人缴费收入%s万元、财政补助收入%s万元、利息及其他收入%s万元" % (f(grx), f(czb), f(oth))
    s_j3 = "个人缴费收入按参保人数%s人、人均400元计算，财政补助收入按人均670元计算" % fi(jm_n)
    p(s_j1 + "；" + s_j2 + "。" + s_j3 + "（个人缴费中含医疗救助资助困难群众参保资金）。")
    L.growth("居民收入同比", str(abs(g_jmI)), f(jm_I), f(jm_Ip), wjI, [s_j1])
    L.sum("居民收入构成", f(jm_I), [f(grx), f(czb), f(oth)], [s_j1, s_j2])
    L.prod("个人缴费 = 人数 × 400", f(grx), [fi(jm_n), "400"], [s_j2, s_j3], scale=D("0.0001"))
    L.prod("财政补助 = 人数 × 670", f(czb), [fi(jm_n), "670"], [s_j2, s_j3], scale=D("0.0001"))
    s_j4 = "个人缴费于上年第四季度集中征缴，1月、2月分别转入基金收入%s万元和%s万元；财政补助分6月、11月两次拨付，分别为%s万元和%s万元" % (
        f(gr1), f(gr2), f(czb_half), f(czb_b))
    p(s_j4 + "，因此居民医保基金月度收入波动很大，月度收入不宜计算环比。")
    L.sum("个人缴费 = 1月 + 2月", f(grx), [f(gr1), f(gr2)], [s_j2, s_j4])
    L.sum("财政补助 = 6月 + 11月", f(czb), [f(czb_half), f(czb_b)], [s_j2, s_j4])
    for i, extra in ((0, gr1), (1, gr2), (5, czb_half), (10, czb_b)):
        L.cond("居民%s当月收入 > 当月转入大额款项" % M[i], jm_in[i] > extra, "%s > %s" % (jm_in[i], extra))
    dbx = q(jm_O * D("0.0862"))
    s_j5 = "（二）基金支出。1—12月居民医保基金支出%s万元，比上年同期的%s万元%s%s%%" % (f(jm_O), f(jm_Op), wjO, abs(g_jmO))
    s_j6 = "其中支付城乡居民大病保险%s万元，占居民医保基金支出的%s%%" % (f(dbx), pct(dbx, jm_O))
    db_n = 21864
    s_j6b = "全年大病保险赔付%s人次，人次均赔付%s元" % (fi(db_n), f(dbx * 10000 / db_n))
    p(s_j5 + "；" + s_j6 + "。" + s_j6b + "，对特困人员、低保对象和返贫致贫人口的大病保险起付线降低50%、报销比例提高5个百分点并取消封顶线，与医疗救助实现“一站式”结算。")
    L.quot("大病人次均", f(dbx * 10000 / db_n), f(dbx), fi(db_n), [s_j6, s_j6b], scale=10000)
    L.growth("居民支出同比", str(abs(g_jmO)), f(jm_O), f(jm_Op), wjO, [s_j5])
    L.ratio("大病保险占比", str(pct(dbx, jm_O)), f(dbx), f(jm_O), [s_j6])
    e12 = jm_out[11]
    gj12, hj12 = growth(e12, jm_out_prev[11]), growth(e12, jm_out[10])
    wj12, wjh = ("增长" if gj12 > 0 else "下降"), ("增长" if hj12 > 0 else "下降")
    s_j7 = "12月当月居民医保基金支出%s万元，同比%s%s%%，环比%s%s%%" % (f(e12), wj12, abs(gj12), wjh, abs(hj12))
    p(s_j7 + "。")
    L.growth("12月居民支出同比", str(abs(gj12)), f(e12), f(jm_out_prev[11]), wj12, [s_j7])
    L.growth("12月居民支出环比", str(abs(hj12)), f(e12), f(jm_out[10]), wjh, [s_j7])
    jm_months = q(jm_close / (jm_O / 12), 1)
    s_j8 = "（三）基金结存。居民医保基金年初累计结存%s万元，12月末累计结存%s万元，按本年月均支出计算可支付%s个月" % (
        f(jm_open), f(jm_close), fn(jm_months, 1))
    p(s_j8 + "，%s6个月的预警线，但明显低于职工医保基金，需持续加强基金收支预警监测。" % ("高于" if jm_months > 6 else "低于"))
    L.lin("居民年末结存", f(jm_close), [(1, f(jm_open)), (1, f(jm_I)), (-1, f(jm_O))], [s_j8])
    L.quot("居民可支付月数", fn(jm_months, 1), f(jm_close), f(jm_O), [s_j8], scale=12)
    L.cond("居民可支付月数 > 6 (as stated 高于)", jm_months > 6, str(jm_months))

    # ---------------------------------------------------------------- 五 待遇
    h("五、医疗费用和待遇保障情况")
    zr, zf, zp, zj_pay = 86420, D("92846.35"), D("78126.40"), D("65908.42")
    jr, jf, jp, jj_pay = 128650, D("108642.80"), D("89412.55"), D("62838.30")
    cj_z, cj_j = q(zf * 10000 / zr), q(jf * 10000 / jr)
    bx_z, bx_j = pct(zj_pay, zp), pct(jj_pay, jp)
    s_d1 = "职工医保参保人员住院%s人次，住院总费用%s万元，次均住院费用%s元；政策范围内费用%s万元，统筹基金支付%s万元，政策范围内住院费用基金支付比例%s%%" % (
        fi(zr), f(zf), f(cj_z), f(zp), f(zj_pay), bx_z)
    s_d2 = "居民医保参保人员住院%s人次，住院总费用%s万元，次均住院费用%s元；政策范围内费用%s万元，基金支付%s万元，政策范围内住院费用基金支付比例%s%%" % (
        fi(jr), f(jf), f(cj_j), f(jp), f(jj_pay), bx_j)
    p(s_d1 + "。" + s_d2 + "。")
    p("上述支付比例以政策范围内费用为分母，若以住院总费用为分母，职工和居民的实际报销比例分别为%s%%和%s%%，两种口径不可混用。" % (
        pct(zj_pay, zf), pct(jj_pay, jf)))
    L.quot("职工次均", f(cj_z), f(zf), fi(zr), [s_d1], scale=10000)
    L.quot("居民次均", f(cj_j), f(jf), fi(jr), [s_d2], scale=10000)
    L.ratio("职工政策内比例", str(bx_z), f(zj_pay), f(zp), [s_d1])
    L.ratio("居民政策内比例", str(bx_j), f(jj_pay), f(jp), [s_d2])
    L.ratio("职工实际报销比例", str(pct(zj_pay, zf)), f(zj_pay), f(zf), ["分别为%s%%和%s%%" % (pct(zj_pay, zf), pct(jj_pay, jf))])
    L.ratio("居民实际报销比例", str(pct(jj_pay, jf)), f(jj_pay), f(jf), ["分别为%s%%和%s%%" % (pct(zj_pay, zf), pct(jj_pay, jf))])
    L.cond("统筹支付 <= 统筹基金支出", zj_pay <= tc, "%s <= %s" % (zj_pay, tc))

    mz_rc, mz_pay = 1862430, D("18642.36")
    mz_avg = q(mz_pay * 10000 / mz_rc)
    s_m1 = "职工医保普通门诊统筹结算%s人次，统筹基金支付%s万元，人次均支付%s元" % (fi(mz_rc), f(mz_pay), f(mz_avg))
    p(s_m1 + "。普通门诊统筹支付已包含在统筹基金支出中。门诊慢性病、特殊病保障范围扩大到52个病种，居民医保“两病”门诊用药保障惠及高血压、糖尿病患者12.46万人。")
    L.quot("普通门诊次均", f(mz_avg), f(mz_pay), fi(mz_rc), [s_m1], scale=10000)
    L.cond("门诊统筹 ⊂ 统筹基金支出", mz_pay <= tc, "")
    yd_zy, yd_mz = 38642, 412586
    yd_zy_amt, yd_mz_amt = D("52418.76"), D("6842.15")
    s_y1 = "全年跨省和省内异地就医直接结算%s人次，其中住院%s人次、门诊%s人次；直接结算医疗费用%s万元，其中住院%s万元、门诊%s万元" % (
        fi(yd_zy + yd_mz), fi(yd_zy), fi(yd_mz), f(yd_zy_amt + yd_mz_amt), f(yd_zy_amt), f(yd_mz_amt))
    p(s_y1 + "。异地就医直接结算费用为医疗总费用口径，其中的基金支付部分已分别计入两项基金支出，不另行加计。")
    L.sum("异地人次", fi(yd_zy + yd_mz), [fi(yd_zy), fi(yd_mz)], [s_y1])
    L.sum("异地费用", f(yd_zy_amt + yd_mz_amt), [f(yd_zy_amt), f(yd_mz_amt)], [s_y1])

    h("六、基金监管情况")
    jc, cl = 1286, 342
    zh_, jm_ = D("1412.30"), D("974.15")
    zhs = zh_ + jm_
    s_g1 = "全年检查定点医药机构%s家，其中处理违法违规机构%s家，占检查机构数的%s%%" % (fi(jc), cl, pct(cl, jc))
    s_g2 = "追回医保基金%s万元，其中职工医保基金%s万元、居民医保基金%s万元" % (f(zhs), f(zh_), f(jm_))
    p(s_g1 + "；" + s_g2 + "。追回资金已分别计入两项基金的其他收入（职工）和利息及其他收入（居民）。")
    L.ratio("处理占比", str(pct(cl, jc)), str(cl), fi(jc), [s_g1])
    L.sum("追回", f(zhs), [f(zh_), f(jm_)], [s_g2])
    L.cond("职工追回 <= 职工其他收入", zh_ <= qt, "%s <= %s" % (zh_, qt))
    L.cond("居民追回 <= 居民利息及其他收入", jm_ <= oth, "%s <= %s" % (jm_, oth))

    h("七、月度运行特点和需要关注的问题")
    imax = max(range(12), key=lambda i: zg_out[i]); imin = min(range(12), key=lambda i: zg_out[i])
    jmax = max(range(12), key=lambda i: jm_out[i]); jmin = min(range(12), key=lambda i: jm_out[i])
    s_f1 = "从月度看，职工医保基金当月支出最高为%s的%s万元，最低为%s的%s万元；居民医保基金当月支出最高为%s的%s万元，最低为%s的%s万元" % (
        M[imax], f(zg_out[imax]), M[imin], f(zg_out[imin]), M[jmax], f(jm_out[jmax]), M[jmin], f(jm_out[jmin]))
    p(s_f1 + "。春节前后和年末是医疗费用结算的相对高峰，季度末因集中拨付定点医疗机构预付金也会出现当月支出偏高的情况，"
      "月度环比波动较大属正常现象，分析基金运行趋势应以累计数和同比数为主。")
    L.cond("月度最高/最低 as stated", all(zg_out[imax] >= x for x in zg_out) and all(zg_out[imin] <= x for x in zg_out)
           and all(jm_out[jmax] >= x for x in jm_out) and all(jm_out[jmin] <= x for x in jm_out), "", anchors=[s_f1])
    p("需要关注的问题：一是职工医保在职退休比持续下降，退休人员不缴费、医疗费用较高，虽然本年收入增幅略高于支出增幅，但中长期看统筹基金收支平衡压力仍将加大；"
      "二是居民医保参保人数较上年有所减少，部分农村外出务工人员在就业地参加职工医保，个人缴费收入增长放缓；"
      "三是部分定点医疗机构存在分解住院、过度检查等问题，基金监管任务依然繁重；四是异地就医直接结算量快速增长，对跨地区协同监管提出了更高要求。")

    h("八、下阶段工作")
    p("一是加强基金运行分析，按月监测居民医保基金可支付月数，对支出增长过快的统筹地区和定点医疗机构开展专项分析；"
      "二是做好2025年度居民医保集中征缴扫尾工作，2025年居民医保个人缴费标准仍为每人每年400元；"
      "三是深化按病组（DRG）付费改革，推动住院费用结构优化；四是持续开展医保基金监管专项整治，保持打击欺诈骗保高压态势；"
      "五是落实职工医保个人账户家庭共济政策，引导参保人员合理使用个人账户资金；"
      "六是加快推进医保信息平台数据治理，确保月报数据与基金财务核算数据一致，按时完成2024年度基金决算编报工作。"
      "各县（市、区）医保部门要对照本通报反映的问题，认真分析本地区基金运行情况，于2025年2月底前将分析报告报送市医疗保障局。")

    h("九、有关指标解释")
    p("1．当期结余：当年基金收入减当年基金支出，反映当年收支平衡状况。2．累计结存：截至期末基金历年滚存结余，等于年初累计结存加本年收入减本年支出。"
      "3．可支付月数：期末累计结存除以本年月均支出，反映基金的支付能力。4．同比：与上年同一时期相比的增减幅度；环比：与上一个月相比的增减幅度。"
      "5．政策范围内住院费用基金支付比例：统筹基金（基金）支付的住院费用占政策范围内住院费用的比例。")

    # ---------------------------------------------------------------- tables
    def table(title, inc, incc, out, outc, prev):
        rows = []
        for i in range(12):
            yoy = growth(out[i], prev[i])
            mom = "—" if i == 0 else str(growth(out[i], out[i - 1]))
            rows.append([M[i], f(inc[i]), f(incc[i]), f(out[i]), f(outc[i]), f(prev[i]), str(yoy), mom])
        rows.append(["全年", f(incc[-1]), f(incc[-1]), f(outc[-1]), f(outc[-1]), f(sum(prev)), str(growth(outc[-1], sum(prev))), "—"])
        return dict(title=title, head=["月份", "当月收入", "累计收入", "当月支出", "累计支出", "上年同月支出", "支出同比(%)", "支出环比(%)"], rows=rows)
    t1 = table("表1　2024年1—12月职工医保基金收支情况（单位：万元）", zg_in, zg_in_c, zg_out, zg_out_c, zg_out_prev)
    t2 = table("表2　2024年1—12月居民医保基金收支情况（单位：万元）", jm_in, jm_in_c, jm_out, jm_out_c, jm_out_prev)
    B.append(("table", t1))
    B.append(("table", t2))
    for nm, t in (("表1", t1), ("表2", t2)):
        r = t["rows"]
        for i in range(12):
            if i == 0:
                L.same("%s 1月 累计 = 当月 收入" % nm, r[0][2], r[0][1])
                L.same("%s 1月 累计 = 当月 支出" % nm, r[0][4], r[0][3])
            else:
                L.sum("%s %s 累计收入 = 上月累计 + 当月" % (nm, M[i]), r[i][2], [r[i - 1][2], r[i][1]])
                L.sum("%s %s 累计支出 = 上月累计 + 当月" % (nm, M[i]), r[i][4], [r[i - 1][4], r[i][3]])
                L.growth("%s %s 环比" % (nm, M[i]), r[i][7], r[i][3], r[i - 1][3])
            L.growth("%s %s 同比" % (nm, M[i]), r[i][6], r[i][3], r[i][5])
        L.sum("%s 全年收入 = Σ当月" % nm, r[12][1], [x[1] for x in r[:12]])
        L.sum("%s 全年支出 = Σ当月" % nm, r[12][3], [x[3] for x in r[:12]])
        L.sum("%s 上年全年支出 = Σ上年同月" % nm, r[12][5], [x[5] for x in r[:12]])
        L.growth("%s 全年同比" % nm, r[12][6], r[12][3], r[12][5])
    L.same("表1 全年收入 = 正文", t1["rows"][12][1], f(zg_I), [s_z1])
    L.same("表1 全年支出 = 正文", t1["rows"][12][3], f(zg_O), [s_z3])
    L.same("表2 全年收入 = 正文", t2["rows"][12][1], f(jm_I), [s_j1])
    L.same("表2 全年支出 = 正文", t2["rows"][12][3], f(jm_O), [s_j5])
    L.same("表1 上年全年支出 = 正文上年同期", t1["rows"][12][5], f(zg_Op), [s_z3])
    L.same("表2 上年全年支出 = 正文上年同期", t2["rows"][12][5], f(jm_Op), [s_j5])
    B.append(("p", "说明：1．表中“当月”为当月发生数，“累计”为1月至当月累计数，“全年”行的当月列为12个月合计、累计列为12月末累计数，二者相等。"
                   "2．支出环比以上月当月支出为基数，1月不计算环比；支出同比以上年同月当月支出为基数，“全年”行同比以上年全年支出为基数。"
                   "3．居民医保基金月度收入受集中征缴和财政补助拨付时点影响，表中不列收入同比、环比。4．本表数据为快报数。"))
    B.append(("p", "抄送：市财政局、市人力资源和社会保障局、市卫生健康委员会、国家税务总局岫川市税务局。"))
    L.fact("职工收入", f(zg_I)); L.fact("职工支出", f(zg_O)); L.fact("居民收入", f(jm_I)); L.fact("居民支出", f(jm_O))
    return B, L


def render(B, path):
    out = []
    for blk in B:
        if blk[0] == "head":
            out.append(blk[1])
            continue
        if blk[0] == "h":
            out.append("")
            out.append(blk[1])
        elif blk[0] == "p":
            out.append("　　" + blk[1])
        elif blk[0] == "table":
            t = blk[1]
            out.append("")
            out.append(t["title"])
            out.append("\t".join(t["head"]))
            for r in t["rows"]:
                out.append("\t".join(r))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def visible(path):
    return txt_text(path)


def main():
    B, L = build()
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    text = visible(path)
    rows = [l for l in text.split("\n") if "\t" in l]
    L.cond("txt: 2 tables x (header + 13 rows), 8 tab-separated fields each", len(rows) == 28 and all(l.count("\t") == 7 for l in rows), str(len(rows)))
    return finish(L, text, "txt", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
