# -*- coding: utf-8 -*-
"""t03: 澌川县城市管理局 城区环卫保洁项目2024年度项目支出绩效自评报告 (html)."""
from lib49 import D, F, P, q, pct, Ledger

NAME = 't03_si_chuan_county_urban_management_bureau_street_cleaning_project_selfeval_2024'
FMT = 'html'
DATE = '2025年3月18日'
DOCNO = '澌城管〔2025〕6号'
PHONE = '0763-6238417'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(NAME + '.html')
    zones = [('东城片区', '126.4'), ('西城片区', '98.7'), ('澌河片区', '85.3'), ('南部新区片区', '102.2')]
    area = sum(D(a) for _, a in zones)
    target = D('400')
    b0, add = D('1,680.00'), D('72.00')
    budget = b0 + add
    parts = [('道路清扫保洁服务费', '1,186.40'), ('垃圾清运服务费', '372.58'), ('公厕保洁服务费', '147.86')]
    spent = sum(D(v) for _, v in parts)
    exe = pct(spent, budget)
    left = budget - spent
    mech = D('323.5')
    mech_rate = pct(mech, area)
    mech_prev = D('73.60')
    mech_pp = P(D(mech_rate) - mech_prev)
    garbage, days = 41860, 366
    g_avg = P(D(garbage) / days)
    toilets = 48
    unit_cost = P(D(parts[0][1]) * 10000 / (area * 10000))
    sent, back, sat = 500, 486, 447
    sat_rate = pct(sat, back)
    penalty = D('8.36')
    # score table: 一级, 二级, 分值, 得分 (proportional ones computed)
    s_fin = P(D(exe) / 10)
    s_sat = P(D(sat_rate) / 10)
    score_rows = [
        ('决策', '项目立项', '6', '6.00'), ('决策', '绩效目标', '6', '5.50'), ('决策', '资金投入', '8', '7.20'),
        ('过程', '资金管理', '10', s_fin), ('过程', '组织实施', '10', '9.00'),
        ('产出', '产出数量', '12', '12.00'), ('产出', '产出质量', '12', '11.00'), ('产出', '产出时效', '8', '7.50'),
        ('产出', '产出成本', '8', '7.00'),
        ('效益', '社会效益', '10', '9.00'), ('效益', '满意度', '10', s_sat),
    ]
    full = sum(D(r[2]) for r in score_rows)
    assert full == 100
    for r in score_rows:
        assert D(r[3]) <= D(r[2])
    total = P(sum(D(r[3]) for r in score_rows))
    grade = next(w for lo, w in BANDS if D(total) >= D(lo))
    assert grade == '优'

    L.anchor('文号', DOCNO)
    L.anchor('联系电话', PHONE)
    L.count('作业片区4个，即…', '4', [z for z, _ in zones])
    L.sum('保洁面积 = 4片区 分别为', P(area, 1), [a for _, a in zones])
    L.sum('调整后预算 = 年初 + 追加', F(budget), [F(b0), F(add)])
    L.sum('全年支出 分别为', F(spent), [v for _, v in parts])
    L.ratio('预算执行率', F(spent), F(budget), exe)
    L.diff('结余 = 预算 - 支出', F(budget), F(spent), F(left))
    L.ratio('保洁面积为年度目标的', P(area, 1), '400', pct(area, target))
    L.ratio('机扫率', P(mech, 1), P(area, 1), mech_rate)
    L.pp('机扫率 较上年提高', mech_rate, P(mech_prev), mech_pp, '提高')
    L.ratio('日均清运（按366天）', '{:,}'.format(garbage), str(days), g_avg, scale=1)
    L.ratio('每平方米保洁成本（道路清扫保洁服务费 / 保洁面积）', parts[0][1], P(area, 1), unit_cost, scale=1)
    L.ratio('满意度（按回收问卷）', str(sat), str(back), sat_rate)
    L.le('回收问卷不超过发放', str(back), str(sent))
    L.ratio('资金管理得分 = 执行率/10', exe, '10', s_fin, scale=1)
    L.ratio('满意度得分 = 满意度/10', sat_rate, '10', s_sat, scale=1)
    L.sum('评分表 分值合计 100', '100', [r[2] for r in score_rows])
    L.sum('评分表 得分合计', total, [r[3] for r in score_rows])
    L.band('等级与评分标准相符', total, grade, BANDS, '自评等级为“%s”' % grade)
    L.same('自评得分写两次（表、结论）', total, 2)
    L.dated('落款日期晚于年度终了', DATE, '2024年12月31日')

    rows = [['一级指标', '二级指标', '分值', '得分']]
    for r in score_rows:
        rows.append(list(r))
    rows.append(['合计', '', '100', total])

    m = []
    m.append(('title', '澌川县城区环卫保洁项目2024年度项目支出绩效自评报告'))
    m.append(('sub', DOCNO))
    m.append(('h', '一、项目基本情况'))
    m.append(('p', '城区环卫保洁项目以政府购买服务方式实施，由中标企业承担县城建成区道路清扫保洁、生活垃圾收集清运和'
                   '公厕保洁等工作。保洁区域划分为作业片区4个，即%s，保洁面积分别为%s万平方米、%s万平方米、%s万平方米和'
                   '%s万平方米，合计%s万平方米。' % ('、'.join(z for z, _ in zones), zones[0][1], zones[1][1], zones[2][1],
                                           zones[3][1], P(area, 1))))
    m.append(('p', '项目年初预算%s万元，年中因南部新区新增道路移交管养追加%s万元，调整后预算%s万元，全部为县级财政资金。'
                   % (F(b0), F(add), F(budget))))
    m.append(('h', '二、绩效目标完成情况'))
    m.append(('p', '（一）预算执行。全年支出%s万元，分别为%s%s万元、%s%s万元和%s%s万元，预算执行率%s%%；'
                   '结余%s万元，主要是按月考核扣减服务费%s万元和部分公厕维修未结算。'
                   % (F(spent), parts[0][0], parts[0][1], parts[1][0], parts[1][1], parts[2][0], parts[2][1], exe,
                      F(left), F(penalty))))
    m.append(('p', '（二）产出情况。保洁面积%s万平方米，为年度目标400万平方米的%s%%；机械化清扫面积%s万平方米，'
                   '机扫率%s%%，较上年的%s%%提高%s个百分点。全年清运生活垃圾%s吨，按366天计日均清运%s吨；'
                   '%d座城区公厕全部实行专人保洁。道路清扫保洁服务费折合每平方米%s元。'
                   % (P(area, 1), pct(area, target), P(mech, 1), mech_rate, P(mech_prev), mech_pp,
                      '{:,}'.format(garbage), g_avg, toilets, unit_cost)))
    m.append(('p', '（三）效益情况。委托第三方开展群众满意度调查，发放问卷%d份，回收%d份，其中满意和基本满意%d份，'
                   '满意度%s%%，城区主次干道保洁质量明显提升。' % (sent, back, sat, sat_rate)))
    m.append(('h', '三、绩效自评得分'))
    m.append(('p', '评分标准：总分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。'
                   '资金管理、满意度两项按执行率、满意度折算得分。'))
    m.append(('cap', '项目支出绩效自评评分表'))
    m.append(('table', {'id': 'T1', 'rows': rows}))
    m.append(('p', '经综合评定，本项目2024年度绩效自评得分%s分，自评等级为“%s”。' % (total, grade)))
    m.append(('h', '四、存在的问题及改进措施'))
    m.append(('p', '一是背街小巷机扫覆盖不足，人工保洁占比仍然较高；二是考核结果运用不够充分。下一步将在2025年6月底前'
                   '完成新一轮保洁服务采购，提高机械化作业比例，并将月度考核结果与服务费支付挂钩。'))
    m.append(('p', '联系电话：%s' % PHONE))
    m.append(('sign', ['澌川县城市管理局', DATE]))
    html_opts = {'site': '澌川县人民政府门户网站', 'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进澌川'],
                 'crumb': ['首页', '政务公开', '财政预决算', '绩效评价'], 'publisher': '澌川县城市管理局'}
    facts = {'date': DATE, 'docno': DOCNO}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts, 'html_opts': html_opts}
