# -*- coding: utf-8 -*-
"""t01 淜川县 2024年度城乡居民大病保险资金运行情况公开 (txt, tab-separated tables)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't01_pengchuan_county_resident_critical_illness_insurance_fund_operation_disclosure_2024.txt'
FMT = 'txt-tab'


def build():
    L = Ledger(NAME)
    docno = '淜医保〔2025〕4号'
    date = '2025年3月14日'
    phone = '0739-6257418'
    # ---- base inputs
    years = {
        2022: dict(ins=324518, std=55, times=4612, pay=D('1642.30')),
        2023: dict(ins=318902, std=60, times=5306, pay=D('1958.60')),
        2024: dict(ins=312460, std=65, times=5148, pay=None),
    }
    adult, minor = 228735, 83725
    assert adult + minor == years[2024]['ins']
    seg = [('1.2万—5万元（含）', 3694, D('612.48')),
           ('5万—10万元（含）', 1012, D('548.10')),
           ('10万元以上', 442, D('715.84'))]
    hosp, outp = D('1623.85'), D('252.57')
    poor_times, poor_pay = 612, D('286.73')
    persons = 3962
    ret_line = D('5')  # 结余率超过5%部分返还
    checked, bad, recov = 360, 14, D('8.36')
    # ---- derived
    for y, r in years.items():
        r['fund'] = q(D(r['ins']) * r['std'] / 10000, 2)
    pay24 = sum(s[2] for s in seg)
    times24 = sum(s[1] for s in seg)
    assert pay24 == hosp + outp
    years[2024]['pay'] = pay24
    years[2024]['times'] = times24
    for y, r in years.items():
        r['avg'] = q(r['pay'] * 10000 / r['times'], 2)
        r['rate'] = pct(r['pay'], r['fund'])
    y3, y2 = years[2024], years[2023]
    assert y2['rate'] > 100 and y3['rate'] < 100
    ins_d = y2['ins'] - y3['ins']
    ins_r = pct(ins_d, y2['ins'])
    fund_d = y3['fund'] - y2['fund']
    fund_r = pct(fund_d, y2['fund'])
    pay_d = y2['pay'] - y3['pay']
    pay_r = pct(pay_d, y2['pay'])
    rate_pp = y2['rate'] - y3['rate']
    per_person = q(pay24 * 10000 / persons, 2)
    poor_sh = pct(poor_pay, pay24)
    seg_sh = [pct(s[2], pay24) for s in seg]
    # make shares add to 100.00 (check)
    assert sum(seg_sh) == D('100.00'), seg_sh
    surplus = y3['fund'] - pay24
    surplus_r = pct(surplus, y3['fund'])
    ret_base = q(y3['fund'] * ret_line / 100, 2)
    ret_amt = surplus - ret_base
    bad_r = pct(bad, checked)

    f = lambda r, k: F(r[k])
    m = []
    m.append(B('title', '淜川县2024年度城乡居民大病保险资金运行情况公开'))
    m.append(B('sub', docno))
    m.append(B('p', '为接受社会监督，根据城乡居民大病保险信息公开的有关要求，现将本县2024年度城乡居民大病保险资金筹集、'
                    '待遇赔付和承办机构运行情况公开如下。'))
    m.append(B('h', '一、参保及筹资情况'))
    m.append(B('p', '2024年全县城乡居民基本医疗保险参保%s人，全部纳入大病保险保障范围，其中18周岁以上居民%s人、'
                    '未成年人%s人。参保人数较上年末的%s人减少%s人，下降%s%%，主要是外出务工人员转入职工医保。'
                    % (I(y3['ins']), I(adult), I(minor), I(y2['ins']), I(ins_d), P(ins_r))))
    m.append(B('p', '大病保险筹资标准为每人每年%d元，较上年提高%d元，资金全部从城乡居民医保统筹基金中划转，'
                    '按季度拨付承办机构。全年筹集大病保险资金%s万元，同比增长%s%%，比上年增加%s万元。'
                    % (y3['std'], y3['std'] - y2['std'], F(y3['fund']), P(fund_r), F(fund_d))))
    L.prod('筹资总额2024 = 参保人数 x 筹资标准', I(y3['ins']), str(y3['std']), F(y3['fund']), D('0.0001'))
    L.sum('参保人数 = 18周岁以上 + 未成年人', I(y3['ins']), [I(adult), I(minor)])
    L.growth('参保人数较上年末减少', I(y3['ins']), I(y2['ins']), I(ins_d), P(ins_r), '下降')
    L.diff('筹资标准提高', str(y3['std']), str(y2['std']), str(y3['std'] - y2['std']))
    L.growth('筹资总额同比增长', F(y3['fund']), F(y2['fund']), F(fund_d), P(fund_r), '增长')

    m.append(B('h', '二、待遇赔付情况'))
    m.append(B('p', '参保居民一个年度内发生的合规医疗费用，经基本医保报销后个人负担超过起付线12,000元（即1.2万元）的部分，'
                    '由大病保险分段按60%、65%和75%的比例赔付，年度最高支付限额40万元；特困人员、低保对象和返贫致贫人口'
                    '起付线降低50%，各段赔付比例提高5个百分点，不设年度最高支付限额。'))
    m.append(B('p', '2024年大病保险共赔付%s人次，涉及%s人，赔付金额%s万元，其中住院%s万元、门诊慢特病%s万元。'
                    '赔付金额比上年减少%s万元，下降%s%%。次均赔付%s元，人均赔付%s元。困难群众赔付%d人次、%s万元，'
                    '占赔付总额的%s%%。'
                    % (I(times24), I(persons), F(pay24), F(hosp), F(outp), F(pay_d), P(pay_r), F(y3['avg']),
                       F(per_person), poor_times, F(poor_pay), P(poor_sh))))
    L.sum('赔付金额 = 住院 + 门诊慢特病', F(pay24), [F(hosp), F(outp)])
    L.growth('赔付金额比上年减少', F(pay24), F(y2['pay']), F(pay_d), P(pay_r), '下降')
    L.ratio('次均赔付 = 赔付金额 / 人次 (元)', F(pay24), I(times24), F(y3['avg']), 10000)
    L.ratio('人均赔付 = 赔付金额 / 人数 (元)', F(pay24), I(persons), F(per_person), 10000)
    L.ratio('困难群众赔付占赔付总额', F(poor_pay), F(pay24), P(poor_sh))
    L.le('困难群众人次不超过总人次', str(poor_times), I(times24))
    rows = [['费用分段', '赔付人次', '赔付金额', '占比（%）']]
    for (nm, t, a), s in zip(seg, seg_sh):
        rows.append([nm, I(t), F(a), P(s)])
    rows.append(['合计', I(times24), F(pay24), '100.00'])
    m.append(T(rows, cap='表1\t2024年大病保险分段赔付情况（金额单位：万元）'))
    L.sum('表1 赔付人次合计', I(times24), [I(s[1]) for s in seg])
    L.sum('表1 赔付金额合计', F(pay24), [F(s[2]) for s in seg])
    L.sum('表1 占比合计', '100.00', [P(s) for s in seg_sh])
    for (nm, t, a), s in zip(seg, seg_sh):
        L.ratio('表1 占比 %s' % nm, F(a), F(pay24), P(s))
    L.max('表1 10万元以上段金额最高', '10万元以上', [[s[0], F(s[2])] for s in seg])

    m.append(B('h', '三、近三年运行情况'))
    m.append(B('p', '2022年以来大病保险主要运行指标见表2。2023年因高额费用病例集中，赔付率为%s%%，超出筹资部分由承办机构'
                    '按合同约定承担；2024年赔付率为%s%%，较上年下降%s个百分点，回到合理区间。'
                    % (P(y2['rate']), P(y3['rate']), P(rate_pp))))
    rows = [['指标', '2022年', '2023年', '2024年']]
    rows.append(['参保人数（人）'] + [I(years[y]['ins']) for y in (2022, 2023, 2024)])
    rows.append(['筹资标准（元/人）'] + [str(years[y]['std']) for y in (2022, 2023, 2024)])
    rows.append(['筹资总额（万元）'] + [F(years[y]['fund']) for y in (2022, 2023, 2024)])
    rows.append(['赔付人次'] + [I(years[y]['times']) for y in (2022, 2023, 2024)])
    rows.append(['赔付金额（万元）'] + [F(years[y]['pay']) for y in (2022, 2023, 2024)])
    rows.append(['次均赔付（元）'] + [F(years[y]['avg']) for y in (2022, 2023, 2024)])
    rows.append(['赔付率（%）'] + [P(years[y]['rate']) for y in (2022, 2023, 2024)])
    m.append(T(rows, cap='表2\t2022—2024年大病保险运行情况'))
    for y in (2022, 2023):
        r = years[y]
        L.prod('表2 筹资总额%d = 参保 x 标准' % y, I(r['ins']), str(r['std']), F(r['fund']), D('0.0001'))
    for y in (2022, 2023, 2024):
        r = years[y]
        L.ratio('表2 次均赔付%d' % y, F(r['pay']), I(r['times']), F(r['avg']), 10000)
        L.ratio('表2 赔付率%d' % y, F(r['pay']), F(r['fund']), P(r['rate']))
    L.pp('赔付率较上年下降', P(y3['rate']), P(y2['rate']), P(rate_pp), '下降')

    m.append(B('h', '四、承办机构盈亏及返还情况'))
    m.append(B('p', '2024年承办机构大病保险保费收入%s万元，赔付支出%s万元，当年结余%s万元，结余率%s%%。按照“结余率超过'
                    '5%%的部分返还医保基金”的合同约定，承办机构按保费收入的5%%保留结余%s万元，超出部分%s万元已于2025年2月底前'
                    '全额返还医保基金。'
                    % (F(y3['fund']), F(pay24), F(surplus), P(surplus_r), F(ret_base), F(ret_amt))))
    L.diff('当年结余 = 保费收入 - 赔付支出', F(y3['fund']), F(pay24), F(surplus))
    L.ratio('结余率', F(surplus), F(y3['fund']), P(surplus_r))
    L.prod('返还基数 = 保费收入 x 5%', F(y3['fund']), '5', F(ret_base), D('0.01'))
    L.diff('应返还 = 结余 - 5%部分', F(surplus), F(ret_base), F(ret_amt))

    m.append(B('h', '五、监督管理情况'))
    m.append(B('p', '县医疗保障局对承办机构赔付情况开展季度抽查，全年抽查赔付案卷%d份，发现不合规%d份，不合规率%s%%，'
                    '追回资金%s万元。2025年将于6月30日前完成上一年度赔付数据全量复核。'
                    % (checked, bad, P(bad_r), F(recov))))
    L.ratio('不合规率', str(bad), str(checked), P(bad_r))
    m.append(B('p', '联系电话：%s' % phone))
    m.append(B('sign', '淜川县医疗保障局\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.anchor('anchor: 文号', docno)
    L.anchor('anchor: 联系电话', phone)
    L.prod('起付线12,000元即1.2万元', '1.2', '1', '12,000', 10000)
    L.facts.update(date=date, docno=docno)
    meta = dict(title='淜川县2024年度城乡居民大病保险资金运行情况公开')
    values = dict(fund_r=P(fund_r), fund_d=F(fund_d), seg2=F(seg[1][2]), date=date)
    return m, L, meta, values
