# -*- coding: utf-8 -*-
"""t01 溦江县 2024年度职工基本医疗保险基金收支情况公开 (txt, tab tables)"""
from lib45 import *

NAME = 't01_weijiang_county_employee_basic_medical_insurance_fund_income_expenditure_disclosure_2024.txt'
FMT = 'txt_tab'


def build():
    L = Ledger(NAME)
    docno = '溦医保发〔2025〕8号'
    date = '2025年3月18日'
    phone = '0729-6382147'
    # ---- base inputs
    on_job, retired, prev_ins = 38946, 13372, 51112
    units = 1486
    inc = [('单位缴费', '16842.36', '15973.20'), ('个人缴费', '5214.78', '4952.64'),
           ('财政补贴', '386.50', '412.00'), ('利息收入', '142.08', '118.35'), ('其他收入', '31.26', '26.93')]
    pool_inc = D('15498.62')                       # 统筹基金收入
    hosp, outp, chronic, birth = D('9862.40'), D('1436.85'), D('2148.60'), D('456.40')
    acct_exp = D('7049.22')
    prev_exp = D('19826.30')
    stays = 11862
    prev_stays = 11135
    inst = [('县级公立医院', 14286, '6954.18'), ('乡镇卫生院及社区卫生服务中心', 38452, '1872.64'),
            ('民营定点医疗机构', 6318, '1406.37'), ('定点零售药店', 96174, '1524.90'), ('异地就医直接结算', 4862, None)]
    pool_acc_end = D('11236.40')
    prev_acc = D('16763.39')
    # ---- derived
    ins = on_job + retired
    ratio_oj = q(D(on_job) / retired, 2)
    g_ins = q(D(ins - prev_ins) / prev_ins * 100, 2)
    cur = [D(a) for _, a, _ in inc]
    prv = [D(b) for _, _, b in inc]
    tot_inc, tot_prev = sum(cur), sum(prv)
    acct_inc = tot_inc - pool_inc
    dif_inc = tot_inc - tot_prev
    g_inc = q(dif_inc / tot_prev * 100, 2)
    contrib = cur[0] + cur[1]
    per_contrib = q(contrib * 10000 / on_job, 2)
    sh_unit = pct(cur[0], tot_inc)
    pool_exp = hosp + outp + chronic + birth
    tot_exp = pool_exp + acct_exp
    dif_exp = tot_exp - prev_exp
    g_exp = q(dif_exp / prev_exp * 100, 2)
    per_stay = q(hosp * 10000 / stays, 2)
    stay_rate = pct(stays, ins)
    g_stays = pct(stays - prev_stays, prev_stays)
    sur = tot_inc - tot_exp
    pool_sur = pool_inc - pool_exp
    acct_sur = acct_inc - acct_exp
    acc_end = prev_acc + sur
    acct_acc_end = acc_end - pool_acc_end
    months = q(pool_acc_end / pool_exp * 12, 1)
    last = pool_exp - sum(D(x) for _, _, x in inst if x)
    inst[-1] = (inst[-1][0], inst[-1][1], P(last))
    inst_n = sum(n for _, n, _ in inst)
    sh_hosp = pct(hosp, pool_exp)
    assert acct_sur > 0 and pool_sur > 0 and last > 0

    f = lambda x: F(x)
    M = []
    M.append(TITLE('溦江县2024年度职工基本医疗保险基金收支情况公开'))
    M.append(SUB('溦江县医疗保障局　溦江县财政局'))
    M.append(P_('文号：%s' % docno))
    M.append(P_('根据医疗保障基金信息公开有关规定，现将溦江县2024年度职工基本医疗保险（含生育保险，以下简称职工医保）基金收支情况公开如下。本公开所列数据为2024年度基金决算数，截至2024年12月31日。'))
    M.append(H('一、参保情况'))
    M.append(P_('2024年末，全县职工医保参保单位%s户，参保人数%s人，其中：在职职工%s人，退休人员%s人，在职退休比为%s:1。参保人数同比增长%s%%，较2023年末的%s人净增%s人。'
                % (I(units), I(ins), I(on_job), I(retired), P(ratio_oj), P(g_ins), I(prev_ins), I(ins - prev_ins))))
    L.sum('参保人数 = 在职 + 退休', I(ins), [I(on_job), I(retired)])
    L.ratio('在职退休比', I(on_job), I(retired), P(ratio_oj), scale='1')
    L.growth('参保人数同比增长', I(ins), I(prev_ins), I(ins - prev_ins), P(g_ins), '增长')
    M.append(H('二、基金收入情况'))
    M.append(P_('2024年职工医保基金收入%s万元，同比增长%s%%，增加%s万元。按险种账户分，统筹基金收入%s万元，个人账户收入%s万元。按来源分，单位缴费%s万元，占基金收入的%s%%；个人缴费%s万元；单位和个人缴费合计%s万元，按在职职工计算，人均缴费%s元。财政补贴、利息收入和其他收入情况详见表1。'
                % (f(tot_inc), P(g_inc), f(dif_inc), f(pool_inc), f(acct_inc), f(cur[0]), P(sh_unit), f(cur[1]), f(contrib), f(per_contrib))))
    L.growth('基金收入同比增长', f(tot_inc), f(tot_prev), f(dif_inc), P(g_inc), '增长')
    L.sum('基金收入 = 统筹 + 个人账户', f(tot_inc), [f(pool_inc), f(acct_inc)])
    L.ratio('单位缴费占基金收入', f(cur[0]), f(tot_inc), P(sh_unit))
    L.sum('单位和个人缴费合计', f(contrib), [f(cur[0]), f(cur[1])])
    L.ratio('在职职工人均缴费（元）', f(contrib), I(on_job), f(per_contrib), scale='10000')
    M.append(CAP('表1\t2024年职工医保基金收入构成（单位：万元）'))
    rows = []
    for (n, a, b), c, p in zip(inc, cur, prv):
        d = c - p
        rows.append([n, f(c), f(p), ('-' if d < 0 else '') + f(abs(d))])
        L.diff('表1 %s 增减额' % n, f(c), f(p), rows[-1][3])
    rows.append(['合计', f(tot_inc), f(tot_prev), f(dif_inc)])
    M.append(TABLE('T1', ['项目', '2024年', '2023年', '增减额'], rows))
    L.sum('表1 2024年合计', f(tot_inc), [r[1] for r in rows[:-1]])
    L.sum('表1 2023年合计', f(tot_prev), [r[2] for r in rows[:-1]])
    L.diff('表1 合计增减额', f(tot_inc), f(tot_prev), f(dif_inc))
    M.append(H('三、基金支出情况'))
    M.append(P_('2024年职工医保基金支出%s万元，比2023年的%s万元增加%s万元，增长%s%%。其中统筹基金支出%s万元，分项目看：住院医疗费用%s万元，普通门诊统筹%s万元，门诊慢特病%s万元，生育医疗费用%s万元；个人账户支出%s万元。住院费用支出占统筹基金支出的%s%%，仍是基金支出的主体。'
                % (f(tot_exp), f(prev_exp), f(dif_exp), P(g_exp), f(pool_exp), f(hosp), f(outp), f(chronic), f(birth), f(acct_exp), P(sh_hosp))))
    L.growth('基金支出增长', f(tot_exp), f(prev_exp), f(dif_exp), P(g_exp), '增长')
    L.sum('基金支出 = 统筹 + 个人账户', f(tot_exp), [f(pool_exp), f(acct_exp)])
    L.sum('统筹基金支出分项目', f(pool_exp), [f(hosp), f(outp), f(chronic), f(birth)])
    L.ratio('住院费用占统筹基金支出', f(hosp), f(pool_exp), P(sh_hosp))
    M.append(P_('全年职工住院%s人次，比上年的%s人次增加%s人次，上升%s%%；住院率（住院人次÷参保人数）为%s%%。次均住院统筹基金支付%s元。政策范围内住院费用基金支付比例为83.6%%，与上年基本持平。'
                % (I(stays), I(prev_stays), I(stays - prev_stays), P(g_stays), P(stay_rate), f(per_stay))))
    L.growth('住院人次增加', I(stays), I(prev_stays), I(stays - prev_stays), P(g_stays), '增加')
    L.ratio('住院率', I(stays), I(ins), P(stay_rate))
    L.ratio('次均住院统筹基金支付（元）', f(hosp), I(stays), f(per_stay), scale='10000')
    M.append(P_('统筹基金支出按结算机构类别分列如表2。'))
    M.append(CAP('表2\t2024年统筹基金支出按结算机构分布'))
    M.append(UNIT('单位：人次、万元'))
    rows2 = [[n, I(k), x] for n, k, x in inst]
    for r in rows2:
        r[2] = f(r[2])
    rows2.append(['合计', I(inst_n), f(pool_exp)])
    M.append(TABLE('T2', ['机构类别', '结算人次', '统筹基金支出'], rows2))
    L.sum('表2 统筹基金支出合计', f(pool_exp), [r[2] for r in rows2[:-1]])
    L.sum('表2 结算人次合计', I(inst_n), [r[1] for r in rows2[:-1]])
    M.append(H('四、基金结余情况'))
    M.append(P_('2024年职工医保基金当期结余%s万元（统筹基金当期结余%s万元，个人账户当期结余%s万元）。上年末累计结余%s万元，加上本年当期结余，年末累计结余%s万元，其中统筹基金累计结余%s万元，个人账户累计结余%s万元。按2024年统筹基金月平均支出水平测算，统筹基金累计结余可支付%s个月。'
                % (f(sur), f(pool_sur), f(acct_sur), f(prev_acc), f(acc_end), f(pool_acc_end), f(acct_acc_end), P(months, 1))))
    L.diff('当期结余 = 收入 - 支出', f(tot_inc), f(tot_exp), f(sur))
    L.diff('统筹基金当期结余', f(pool_inc), f(pool_exp), f(pool_sur))
    L.diff('个人账户当期结余', f(acct_inc), f(acct_exp), f(acct_sur))
    L.sum('当期结余 = 统筹 + 个人账户', f(sur), [f(pool_sur), f(acct_sur)])
    L.sum('年末累计结余 = 上年末 + 当期', f(acc_end), [f(prev_acc), f(sur)])
    L.sum('年末累计结余 = 统筹累计 + 个人账户累计', f(acc_end), [f(pool_acc_end), f(acct_acc_end)])
    L.ratio('统筹基金可支付月数（按12个月）', f(pool_acc_end), f(pool_exp), P(months, 1), scale='12')
    M.append(H('五、基金运行分析'))
    M.append(P_('总体看，2024年全县职工医保基金收支平衡、略有结余，年末累计结余%s万元，基金运行总体安全。受退休人员增加和门诊保障范围扩大影响，基金支出增幅高于收入增幅，统筹基金可支付月数处于合理区间。下一步，县医疗保障局将会同县财政局加强基金预算管理和运行监测，做好2025年度基金预算执行分析。'
                % f(acc_end)))
    L.same('年末累计结余在第四、五部分两处写明', f(acc_end), 2)
    M.append(P_('如对本公开内容有疑问，请在工作日致电溦江县医疗保障局基金财务股，联系电话：%s。' % phone))
    L.anchor('联系电话', phone)
    M.append(SIGN('溦江县医疗保障局', '溦江县财政局', date))
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    assert g_exp > g_inc
    L.facts.update(date=date, docno=docno)
    meta = {'title': '溦江县2024年度职工基本医疗保险基金收支情况公开', 'author': ''}
    return M, L, meta
