# -*- coding: utf-8 -*-
"""t04: 蕻源项目管理咨询有限公司 受葎宁县财政局委托 “一网通办”政务服务平台运行维护项目2024年度绩效评价报告 (pdf)."""
from lib49 import D, F, P, pct, Ledger

NAME = 't04_luning_county_gov_service_platform_maintenance_project_thirdparty_evaluation_2024'
FMT = 'pdf'
DATE = '2025年4月10日'
DOCNO = '蕻源评字〔2025〕第018号'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(NAME + '.pdf')
    items = [('平台软件运维', '186.00', '182.40'), ('服务器及网络运维', '128.00', '124.66'),
             ('数据共享接口维护', '72.00', '70.12'), ('网络安全等级保护测评', '48.00', '22.00'),
             ('自助终端维护', '52.00', '53.20')]
    budget = sum(D(i[1]) for i in items)
    spent = sum(D(i[2]) for i in items)
    up, county = D('120.00'), D('366.00')
    assert up + county == budget
    exe = pct(spent, budget)
    unspent = budget - spent
    dengbao_left = D(items[3][1]) - D(items[3][2])
    shifted = D(items[4][2]) - D(items[4][1])
    n_items, n_target = 1286, 1200
    n_online = 1012
    online_rate = pct(n_online, n_items)
    cases, cases_prev = 186420, 162350
    cases_d = cases - cases_prev
    cases_g = pct(cases_d, cases_prev)
    wdays = 250
    cases_avg = P(D(cases) / wdays)
    term_hall, term_town, towns = 12, 24, 11
    term = term_hall + term_town
    sample, valid, sat = 600, 572, 548
    sat_rate = pct(sat, valid)
    sat_prev = D('94.10')
    sat_pp = P(D(sat_rate) - sat_prev)
    s_exec = P(D(exe) * 5 / 100)
    s_sat = P(D(sat_rate) / 10)
    srows = [('决策', '立项依据', '4', '4.00'), ('决策', '绩效目标', '6', '4.50'), ('决策', '资金投入', '5', '4.20'),
             ('过程', '资金到位', '5', '5.00'), ('过程', '预算执行', '5', s_exec), ('过程', '资金使用合规性', '5', '4.00'),
             ('过程', '组织实施', '10', '8.00'),
             ('产出', '产出数量', '15', '14.00'), ('产出', '产出质量', '10', '9.00'), ('产出', '产出时效', '10', '7.50'),
             ('产出', '产出成本', '5', '4.00'),
             ('效益', '社会效益', '10', '8.00'), ('效益', '服务对象满意度', '10', s_sat)]
    assert sum(D(r[2]) for r in srows) == 100
    for r in srows:
        assert D(r[3]) <= D(r[2])
    total = P(sum(D(r[3]) for r in srows))
    grade = next(w for lo, w in BANDS if D(total) >= D(lo))
    assert grade == '良'
    contents = [i[0] for i in items]

    L.anchor('文号', DOCNO)
    L.count('运维内容共5项，即…', '5', contents)
    L.sum('预算 = 上级 + 县级', F(budget), [F(up), F(county)])
    L.ratio('县级资金占项目预算', F(county), F(budget), pct(county, budget))
    L.sum('表1 预算数合计', F(budget), [i[1] for i in items])
    L.sum('表1 实际支出合计', F(spent), [i[2] for i in items])
    t1 = [['运维内容', '预算数', '实际支出', '执行率（%）']]
    rates = []
    for n, b, a in items:
        r = pct(a, b)
        rates.append(r)
        L.ratio('表1 %s 执行率' % n, a, b, r)
        t1.append([n, b, a, r])
    t1.append(['合计', F(budget), F(spent), exe])
    L.ratio('预算执行率', F(spent), F(budget), exe)
    L.diff('未支出 = 预算 - 支出', F(budget), F(spent), F(unspent))
    L.diff('等保测评尾款 = 预算 - 支出', items[3][1], items[3][2], F(dengbao_left))
    L.diff('自助终端维护 调剂 = 支出 - 预算', items[4][2], items[4][1], F(shifted))
    L.minof('执行率最低 网络安全等级保护测评', rates[3], rates, '网络安全等级保护测评')
    L.ratio('事项数为年度目标的', '{:,}'.format(n_items), '{:,}'.format(n_target), pct(n_items, n_target))
    L.ratio('全程网办率', '{:,}'.format(n_online), '{:,}'.format(n_items), online_rate)
    L.growth('办件量 同比', '{:,}'.format(cases), '{:,}'.format(cases_prev), '{:,}'.format(cases_d), cases_g, '增长')
    L.ratio('日均办件（250个工作日）', '{:,}'.format(cases), str(wdays), cases_avg, scale=1)
    L.sum('自助终端 = 大厅 + 乡镇', str(term), [str(term_hall), str(term_town)])
    L.ratio('满意度（有效样本）', str(sat), str(valid), sat_rate)
    L.le('有效样本不超过抽样', str(valid), str(sample))
    L.pp('满意度 较上年提高', sat_rate, P(sat_prev), sat_pp, '提高')
    L.ratio('预算执行得分 = 执行率 x 5%', exe, '100', s_exec, scale=5)
    L.ratio('满意度得分 = 满意度/10', sat_rate, '10', s_sat, scale=1)
    L.sum('评分表 分值合计', '100', [r[2] for r in srows])
    L.sum('评分表 得分合计', total, [r[3] for r in srows])
    L.band('结论等级与评分标准相符', total, grade, BANDS, '绩效评价等级为“%s”' % grade)
    L.anchor('结论复述 项目资金', '项目资金%s万元，实际支出%s万元' % (F(budget), F(spent)))
    L.anchor('结论复述 办件量', '全年办件量%s件' % '{:,}'.format(cases))
    L.same('综合得分写两次（表、结论）', total, 2)
    L.same('办件量写两次（正文、结论）', '{:,}'.format(cases), 2)
    L.same('执行率写三次（表、正文、结论）', exe, 3)
    L.dated('落款日期晚于年度终了', DATE, '2024年12月31日')
    L.dated('落款日期晚于现场评价结束', DATE, '2025年3月28日')

    t2 = [['一级指标', '二级指标', '分值', '得分']] + [list(r) for r in srows] + [['合计', '', '100', total]]
    for t in (t1, t2):
        pass

    m = []
    m.append(('title', '葎宁县“一网通办”政务服务平台运行维护项目2024年度绩效评价报告'))
    m.append(('sub', DOCNO))
    m.append(('to', '葎宁县财政局：'))
    m.append(('p', '受贵局委托，我公司组成评价组，于2025年3月3日至3月28日对县政务服务中心实施的“一网通办”政务服务平台'
                   '运行维护项目2024年度资金使用及绩效情况进行了评价，现将评价情况报告如下。'))
    m.append(('h', '一、项目基本情况'))
    m.append(('p', '项目运维内容共5项，即%s。2024年项目预算%s万元，其中上级补助资金%s万元、县级财政资金%s万元，'
                   '县级资金占项目预算的%s%%。' % ('、'.join(contents), F(budget), F(up), F(county), pct(county, budget))))
    m.append(('p', '截至2024年12月31日，项目实际支出%s万元，预算执行率%s%%；未支出%s万元，主要为网络安全等级保护测评尾款'
                   '%s万元（合同约定验收后支付）。自助终端维护超预算%s万元，系经批准在项目内调剂。'
                   % (F(spent), exe, F(unspent), F(dengbao_left), F(shifted))))
    m.append(('cap', '表1　项目资金支出明细（金额单位：万元）'))
    m.append(('table', {'id': 'T1', 'rows': t1, 'pdf_widths': [58, 32, 32, 32]}))
    m.append(('h', '二、绩效目标实现情况'))
    m.append(('p', '平台上线政务服务事项%s项，为年度目标%s项的%s%%，其中可全程网办%s项，全程网办率%s%%。'
                   '全年平台受理办件%s件，同比增长%s%%，较上年的%s件增加%s件；按%d个工作日计，日均办件%s件。'
                   '系统可用率99.93%%，达到不低于99.9%%的目标；自助终端%d台，其中县政务服务中心大厅%d台、'
                   '%d个乡镇便民服务中心%d台。'
                   % ('{:,}'.format(n_items), '{:,}'.format(n_target), pct(n_items, n_target), '{:,}'.format(n_online),
                      online_rate, '{:,}'.format(cases), cases_g, '{:,}'.format(cases_prev), '{:,}'.format(cases_d),
                      wdays, cases_avg, term, term_hall, towns, term_town)))
    m.append(('p', '评价组电话回访办事群众%d名，有效样本%d份，其中满意%d份，满意度%s%%，比上年自评的%s%%提高%s个百分点。'
                   % (sample, valid, sat, sat_rate, P(sat_prev), sat_pp)))
    m.append(('h', '三、评价得分情况'))
    m.append(('p', '评价组按决策、过程、产出、效益四类指标评分，预算执行、满意度两项按比例折算。评分标准：综合得分90分（含）以上'
                   '为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'))
    m.append(('cap', '表2　绩效评价指标得分'))
    m.append(('table', {'id': 'T2', 'rows': t2, 'pdf_widths': [30, 50, 25, 25]}))
    m.append(('h', '四、评价结论'))
    m.append(('p', '综上，项目资金%s万元，实际支出%s万元，预算执行率%s%%；平台上线政务服务事项%s项，全年办件量%s件，'
                   '群众满意度%s%%。评价组认为，项目绩效目标基本实现，综合得分%s分，绩效评价等级为“%s”。'
                   % (F(budget), F(spent), exe, '{:,}'.format(n_items), '{:,}'.format(cases), sat_rate, total, grade)))
    m.append(('h', '五、存在的问题和建议'))
    m.append(('p', '一是绩效指标不够细化，未设置“好差评”等质量指标；二是等级保护测评进度滞后，执行率仅%s%%；'
                   '三是部分乡镇自助终端使用率偏低。建议细化指标，督促测评单位在2025年6月30日前完成验收，'
                   '优化终端布点。' % rates[3]))
    m.append(('sign', ['蕻源项目管理咨询有限公司', DATE]))
    facts = {'date': DATE, 'docno': DOCNO}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts}
