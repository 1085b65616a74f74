# -*- coding: utf-8 -*-
"""t04 榭宁县商务局 外贸发展专项资金2024年度项目支出绩效自评报告 (pdf)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't04_xiening_county_commerce_bureau_foreign_trade_development_fund_project_selfeval_2024'
EXT = '.pdf'
META = {'format': 'pdf', 'issuer': '榭宁县商务局'}

BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '榭商务〔2025〕6号'
    date = '2025年4月8日'
    central, county = D('300.00'), D('180.00')
    subs = [('境外展会参展补助', D('160.00'), D('157.32')), ('出口信用保险保费补助', D('150.00'), D('150.00')),
            ('外贸综合服务平台建设', D('120.00'), D('104.50')), ('外贸人才培训', D('50.00'), D('46.80'))]
    fairs, fairs_target = 32, 30
    insured, trainees, sessions = 58, 360, 4
    exp_, imp_, prev_exp = D('12.35'), D('6.29'), D('11.02')
    firms, prev_firms = 146, 131
    sv_n, sv_ok = 60, 56
    # ---- derived
    fund = central + county
    assert fund == sum(b for _, b, _ in subs)
    spent = sum(s for _, _, s in subs)
    bal = [b - s for _, b, s in subs]
    exr = pct(spent, fund)
    rates = [pct(s, b) for _, b, s in subs]
    county_share = pct(county, fund)
    fair_rate = pct(fairs, fairs_target)
    fair_avg = q(subs[0][2] / fairs)
    ins_avg = q(subs[1][2] / insured)
    train_avg = q(subs[3][2] * 10000 / trainees)
    tot = exp_ + imp_
    exp_share = pct(exp_, tot)
    eg = pct(exp_ - prev_exp, prev_exp)
    fg = firms - prev_firms
    fgr = pct(fg, prev_firms)
    sat = pct(sv_ok, sv_n)

    M.append(('title', '外贸发展专项资金2024年度项目支出绩效自评报告'))
    M.append(('sub', '榭宁县商务局　' + docno))
    M.append(('h', '一、项目概况'))
    M.append(('p', '2024年榭宁县外贸发展专项资金共%s万元，其中中央外经贸发展专项资金%s万元、县级配套资金%s万元，县级资金占%s%%。'
                   '资金支持内容共4项，即%s、%s、%s和%s。' % (F(fund), F(central), F(county), P(county_share),
                                                       subs[0][0], subs[1][0], subs[2][0], subs[3][0])))
    L.sum('资金总额 = 中央 + 县级', F(fund), [F(central), F(county)])
    L.ratio('县级资金占比', P(county_share), F(county), F(fund))
    L.count('支持内容项数', '4', [n for n, _, _ in subs])
    M.append(('h', '二、资金使用情况'))
    M.append(('p', '截至2024年12月31日，项目实际支出%s万元，结余%s万元，执行率%s%%。分项目看，境外展会参展补助预算%s万元、支出%s万元，执行率%s%%；'
                   '出口信用保险保费补助执行率%s%%；外贸综合服务平台建设执行率%s%%，为各项目中最低；外贸人才培训执行率%s%%。'
                   % (F(spent), F(fund - spent), P(exr), F(subs[0][1]), F(subs[0][2]), P(rates[0]), P(rates[1]),
                      P(rates[2]), P(rates[3]))))
    L.ratio('项目执行率 = 支出 / 资金总额', P(exr), F(spent), F(fund))
    L.diff('结余 = 资金总额 - 支出', F(fund - spent), F(fund), F(spent))
    for (n, b, s), r in zip(subs, rates):
        L.ratio('%s执行率' % n, P(r), F(s), F(b))
    L.mn('执行率最低项目', '外贸综合服务平台建设', P(rates[2]), [P(r) for r in rates], '外贸综合服务平台建设执行率')
    M.append(('cap', '表1　子项目资金使用情况　金额单位：万元'))
    rows = [['子项目', '预算数', '实际支出', '结余']]
    for (n, b, s), bl in zip(subs, bal):
        rows.append([n, F(b), F(s), F(bl)])
        L.diff('表1 %s结余' % n, F(bl), F(b), F(s))
    rows.append(['合计', F(fund), F(spent), F(sum(bal))])
    M.append(('table', {'id': 'T1', 'rows': rows, 'colw': [62, 34, 34, 34]}))
    L.sum('表1 预算数合计', F(fund), [F(b) for _, b, _ in subs])
    L.sum('表1 实际支出合计', F(spent), [F(s) for _, _, s in subs])
    L.sum('表1 结余合计', F(sum(bal)), [F(x) for x in bal])
    M.append(('h', '三、绩效目标完成情况'))
    M.append(('p', '（一）产出。支持企业参加境外展会%s家次，为年度目标%s家次的%s%%，平均每家次补助%s万元；为%s家企业补助出口信用保险保费，'
                   '户均%s万元；举办外贸业务培训%s期，培训%s人次，人均培训经费%s元。外贸综合服务平台完成主体功能建设，数据对接模块尚未验收。'
                   % (I(fairs), I(fairs_target), P(fair_rate), P(fair_avg), I(insured), P(ins_avg), I(sessions), I(trainees),
                      F(train_avg))))
    L.ratio('展会家次完成率', P(fair_rate), I(fairs), I(fairs_target))
    L.ratio('平均每家次展会补助（万元）', P(fair_avg), F(subs[0][2]), I(fairs), 1)
    L.ratio('出口信保户均补助（万元）', P(ins_avg), F(subs[1][2]), I(insured), 1)
    L.ratio('人均培训经费（元）', F(train_avg), F(subs[3][2]), I(trainees), 10000)
    M.append(('p', '（二）效益。2024年全县实现进出口总额%s亿元，其中出口%s亿元、进口%s亿元，出口占%s%%；出口同比增长%s%%（上年%s亿元）。'
                   '有进出口实绩的企业%s家，较上年的%s家增加%s家，增长%s%%。对受益企业的问卷调查显示，%s家受访企业中%s家表示满意，满意度%s%%。'
                   % (P(tot), P(exp_), P(imp_), P(exp_share), P(eg), P(prev_exp), I(firms), I(prev_firms), I(fg), P(fgr),
                      I(sv_n), I(sv_ok), P(sat))))
    L.sum('进出口总额 = 出口 + 进口', P(tot), [P(exp_), P(imp_)])
    L.ratio('出口占进出口比重', P(exp_share), P(exp_), P(tot))
    L.growth('出口同比增长', P(exp_), P(prev_exp), None, P(eg), '同比增长')
    L.growth('外贸实绩企业较上年增加、增长', I(firms), I(prev_firms), I(fg), P(fgr), '增加…增长')
    L.ratio('受益企业满意度', P(sat), I(sv_ok), I(sv_n))
    M.append(('h', '四、自评得分'))
    M.append(('p', '评价结果分为四个等级：得分在90分及以上为优，80分至89.99分为良，60分至79.99分为中，60分以下为差。'))
    items = [('决策', '项目立项规范性', D(4), D('4.00')), ('决策', '绩效目标合理性', D(4), D('3.50')),
             ('决策', '资金分配合理性', D(4), D('3.60')), ('过程', '资金到位率', D(5), D('5.00')),
             ('过程', '预算执行率', D(5), q(spent / fund * 5)), ('过程', '资金使用合规性', D(4), D('4.00')),
             ('过程', '管理制度执行有效性', D(4), D('3.50')), ('产出', '境外展会参展家次', D(10), D('10.00')),
             ('产出', '出口信保投保企业数', D(10), D('8.00')), ('产出', '服务平台建设完成度', D(10), D('6.00')),
             ('产出', '培训人次', D(10), D('10.00')), ('效益', '出口额增长', D(10), D('8.50')),
             ('效益', '外贸经营主体增长', D(10), D('8.00')), ('效益', '受益企业满意度', D(10), q(D(sv_ok) / sv_n * 10))]
    assert sum(v for _, _, v, _ in items) == 100 and all(s <= v for _, _, v, s in items)
    total = sum(s for _, _, _, s in items)
    word = [w for lo, w in BANDS if total >= D(lo)][0]
    assert word == '良'
    M.append(('cap', '表2　项目支出绩效自评评分表'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, v, s in items:
        rows.append([a, b, P(v), P(s)])
    rows.append(['合计', '', P(100), P(total)])
    M.append(('table', {'id': 'T2', 'rows': rows, 'colw': [30, 70, 30, 30]}))
    L.sum('表2 分值合计', P(100), [P(v) for _, _, v, _ in items])
    L.sum('表2 得分合计', P(total), [P(s) for _, _, _, s in items])
    L.ratio('预算执行率得分 = 5 x 支出 / 资金总额', P(items[4][3]), F(spent), F(fund), 5)
    L.ratio('满意度得分 = 10 x 满意 / 受访', P(items[13][3]), I(sv_ok), I(sv_n), 10)
    for a, b, v, s in items:
        L.le('得分不超过分值：%s' % b, P(s), P(v))
    M.append(('p', '服务平台建设完成度扣4.00分，原因是数据对接模块未按期验收。综合评价得分%s分，自评等级为“%s”。' % (P(total), word)))
    L.diff('服务平台扣分 = 分值 - 得分', '4.00', P(items[9][2]), P(items[9][3]))
    L.band('自评等级与分档一致', P(total), '自评等级为“%s”' % word, word, BANDS)
    M.append(('h', '五、存在问题和改进措施'))
    M.append(('p', '平台建设进度滞后，部分企业对出口信用保险政策知晓度不高。下一步将督促承建单位于2025年5月底前完成数据对接模块验收，'
                   '并扩大政策宣传覆盖面。'))
    L.anchor('文号', docno)
    M.append(('sign', ['榭宁县商务局', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    return M, L, META, {'date': date, 'docno': docno}
