# -*- coding: utf-8 -*-
"""t01 苻溪县 2024年度城乡居民基本养老保险基金收支情况公开 (txt, tab tables)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't01_fuxi_county_urban_rural_resident_pension_fund_income_expenditure_disclosure_2024.txt'


def build():
    L = Ledger()
    d = Doc()
    docno = '苻人社联〔2025〕4号'
    date = '2025年3月14日'

    # ---- base inputs
    pay_n = {'100元': 61204, '200元': 29815, '300元及以上': 17908}
    payers = sum(pay_n.values())
    recv, recv_prev = 43459, 42116
    insured = payers + recv
    subs_n, subs_std = 3286, 100
    inc = [('个人缴费收入', '2,386.45'), ('政府补贴收入', '10,512.30'), ('集体补助收入', '18.60'),
           ('利息收入', '512.08'), ('转移收入', '24.17')]
    inc_total = F(sum(D(v) for _, v in inc))
    inc_prev = '12,687.42'
    plan = '2,307.50'
    exp = [('基础养老金支出', '9,862.55'), ('个人账户养老金支出', '1,035.28'), ('丧葬补助金支出', '186.40'),
           ('转移支出', '15.32')]
    exp_total = F(sum(D(v) for _, v in exp))
    exp_prev = '10,483.20'
    pension = F(D(exp[0][1]) + D(exp[1][1]))
    death_n = 1165
    carry_prev = '18,624.37'
    cert, cert_prev = 42918, '97.92'
    prev23 = {'个人缴费收入': '2,251.80', '政府补贴收入': '9,948.66', '基础养老金支出': '9,301.47'}

    # ---- derived
    s_insured, s_payers, s_recv = I(insured), I(payers), I(recv)
    recv_share = P(pct(recv, insured))
    recv_delta = I(recv - recv_prev)
    recv_rate = P(pct(recv - recv_prev, recv_prev))
    subs_amt = P(q(D(subs_n) * subs_std / 10000, 2))
    plan_rate = P(pct(inc[0][1], plan))
    per_payer = P(q(D(inc[0][1]) * 10000 / payers, 2))
    gov_share = P(pct(inc[1][1], inc_total))
    inc_rate = P(pct(D(inc_total) - D(inc_prev), inc_prev))
    exp_delta = F(D(exp_total) - D(exp_prev))
    exp_rate = P(pct(D(exp_total) - D(exp_prev), exp_prev))
    base_share_exp = P(pct(exp[0][1], exp_total))
    base_share_pen = P(pct(exp[0][1], pension))
    per_month = P(q(D(pension) * 10000 / recv / 12, 2))
    death_avg = F(q(D(exp[2][1]) * 10000 / death_n, 2))
    bal = F(D(inc_total) - D(exp_total))
    carry = F(D(carry_prev) + D(bal))
    month_exp = P(q(D(exp_total) / 12, 2))
    months = P(q(D(carry) / D(month_exp), 1), 1)
    cert_rate = P(pct(cert, recv))
    cert_pp = P(D(cert_rate) - D(cert_prev))
    bal_prev = F(D(inc_prev) - D(exp_prev))

    # ---- ledger
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date)
    L.sum('参保人数 = 缴费人员 + 领取待遇人员', s_insured, [s_payers, s_recv])
    L.ratio('领取待遇人员占参保人数的比例', recv_share, s_recv, s_insured)
    L.growth('领取待遇人员较上年末增加、增长', s_recv, I(recv_prev), recv_delta, recv_rate, ('增长',))
    L.sum('缴费人员按档次分别为', s_payers, [I(v) for v in pay_n.values()])
    L.count('缴费档次3个', '3', list(pay_n.keys()))
    L.prod('代缴资金 = 人数 × 100元（元→万元）', subs_amt, I(subs_n), str(subs_std), '10000')
    L.sum('基金收入合计', inc_total, [v for _, v in inc])
    L.ratio('个人缴费征缴计划完成率', plan_rate, inc[0][1], plan)
    L.ratio('人均缴费（元）', per_payer, inc[0][1], s_payers, '10000')
    L.ratio('政府补贴收入占基金收入的比重', gov_share, inc[1][1], inc_total)
    L.growth('基金收入比上年增长（上年数见附表）', inc_total, inc_prev, None, inc_rate, ('增长',),
             phrase='基金收入比上年增长%s%%' % inc_rate)
    L.sum('基金支出合计', exp_total, [v for _, v in exp])
    L.growth('基金支出同比增长、增加', exp_total, exp_prev, exp_delta, exp_rate, ('增长', '增加'))
    L.sum('养老金支出 = 基础养老金 + 个人账户养老金', pension, [exp[0][1], exp[1][1]])
    L.ratio('基础养老金占基金支出的比重', base_share_exp, exp[0][1], exp_total)
    L.ratio('基础养老金占养老金支出的比重', base_share_pen, exp[0][1], pension)
    L.ratio('人均月领取养老金（元，按年末领取人数、12个月）', per_month, pension, s_recv, '10000', '12')
    L.ratio('丧葬补助金人均（元）', death_avg, exp[2][1], I(death_n), '10000')
    L.pp('资格认证率比上年提高', cert_rate, cert_prev, cert_pp, '提高')
    L.ratio('资格认证率', cert_rate, I(cert), s_recv)
    L.diff('当年收支结余 = 收入 - 支出', bal, inc_total, exp_total)
    L.sum('年末滚存结余 = 上年末滚存结余 + 当年收支结余', carry, [carry_prev, bal])
    L.ratio('月均基金支出（按12个月计）', month_exp, exp_total, '12', '1')
    L.ratio('滚存结余可支付月数', months, carry, month_exp, '1')
    L.count('基金账户3个', '3', ['收入户', '支出户', '财政专户'])
    L.anchor('咨询电话', '0745-6281937')

    # ---- table
    rows = [['项目', '2023年', '2024年', '增减率（%）']]
    tab = [('基金收入', inc_prev, inc_total), ('其中：个人缴费收入', prev23['个人缴费收入'], inc[0][1]),
           ('　　　政府补贴收入', prev23['政府补贴收入'], inc[1][1]), ('基金支出', exp_prev, exp_total),
           ('其中：基础养老金支出', prev23['基础养老金支出'], exp[0][1]), ('当年收支结余', bal_prev, bal)]
    for lab, a, b in tab:
        r = P(pct(D(b) - D(a), a))
        rows.append([lab, a, b, r])
        L.growth('附表 %s 增减率' % lab.strip('　'), b, a, None, r, ())
    L.diff('附表 2023年当年收支结余 = 收入 - 支出', bal_prev, inc_prev, exp_prev)

    # ---- text
    d.title('苻溪县2024年度城乡居民基本养老保险基金收支情况公开')
    d.sub(docno)
    d.p('根据社会保险基金信息公开有关规定，现将苻溪县2024年度城乡居民基本养老保险（以下简称城乡居民养老保险）'
        '基金收支情况公开如下。本公开所列数据截至2024年12月31日，金额单位除注明外均为万元。')
    d.h('一、参保和待遇领取情况')
    d.p('年末全县城乡居民养老保险参保人数%s人，其中16周岁至59周岁缴费人员%s人、领取待遇人员%s人，'
        '领取待遇人员占参保人数的%s%%。领取待遇人员比上年末净增%s人，增长%s%%（上年末为%s人）。'
        % (s_insured, s_payers, s_recv, recv_share, recv_delta, recv_rate, I(recv_prev)))
    d.p('个人缴费设3个档次区间，即100元、200元和300元及以上，选择人数分别为%s人、%s人和%s人。'
        '县财政为重度残疾人等缴费困难群体按每人每年%d元标准代缴保费，全年代缴%s人、资金%s万元。'
        % (I(pay_n['100元']), I(pay_n['200元']), I(pay_n['300元及以上']), subs_std, I(subs_n), subs_amt))
    d.p('全年完成待遇领取资格认证%s人，认证率%s%%，比上年的%s%%提高%s个百分点。'
        % (I(cert), cert_rate, cert_prev, cert_pp))
    d.h('二、基金收入情况')
    d.p('2024年基金收入%s万元，其中个人缴费收入%s万元、政府补贴收入%s万元（含代缴保费%s万元）、'
        '集体补助收入%s万元、利息收入%s万元、转移收入%s万元。基金收入比上年增长%s%%。'
        % (inc_total, inc[0][1], inc[1][1], subs_amt, inc[2][1], inc[3][1], inc[4][1], inc_rate))
    d.p('个人缴费收入为年度征缴计划%s万元的%s%%，按缴费人员计算人均缴费%s元；政府补贴收入占基金收入的比重为%s%%。'
        % (plan, plan_rate, per_payer, gov_share))
    d.h('三、基金支出情况')
    d.p('2024年基金支出%s万元，同比增长%s%%，增加%s万元。其中：基础养老金支出%s万元，个人账户养老金支出%s万元，'
        '丧葬补助金支出%s万元，转移支出%s万元。'
        % (exp_total, exp_rate, exp_delta, exp[0][1], exp[1][1], exp[2][1], exp[3][1]))
    d.p('基础养老金和个人账户养老金合计发放%s万元，基础养老金占基金支出的%s%%、占养老金支出的%s%%。'
        '按年末领取待遇人数计算，人均月领取养老金%s元。全年为%s名身故参保人员发放丧葬补助金，人均%s元。'
        % (pension, base_share_exp, base_share_pen, per_month, I(death_n), death_avg))
    d.h('四、基金结余情况')
    d.p('2024年基金当年收支结余%s万元，上年末滚存结余%s万元，年末滚存结余%s万元。按全年月均基金支出%s万元'
        '（按12个月计）测算，滚存结余可支付%s个月。' % (bal, carry_prev, carry, month_exp, months))
    d.p('基金纳入社会保障基金财政专户，实行收支两条线管理，设3个账户，即收入户、支出户和财政专户，专款专用。')
    d.unit('附表　基金收支年度对比')
    d.unit('单位：万元、%')
    d.table('附表', rows)
    d.h('五、其他事项')
    d.p('2025年度个人缴费档次维持不变。请领取待遇人员于2025年6月30日前完成2025年度待遇领取资格认证。'
        '咨询电话：0745-6281937。')
    d.sign('苻溪县人力资源和社会保障局', '苻溪县财政局', date)
    meta = {'name': NAME, 'format': 'txt-tab', 'date': date, 'docno': docno,
            'title': '苻溪县2024年度城乡居民基本养老保险基金收支情况公开', 'author': '苻溪县人力资源和社会保障局'}
    return d, L, meta
