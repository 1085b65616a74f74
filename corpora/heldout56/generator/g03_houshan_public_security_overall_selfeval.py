# -*- coding: utf-8 -*-
"""t03 垕山县公安局 2025年度部门整体支出绩效自评报告 (docx)"""
from lib56 import *

NAME = 't03_houshan_county_public_security_bureau_overall_expenditure_performance_selfeval_2025.docx'
FMT = 'docx'
FY = 2025


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    units = ['垕山县公安局交通警察大队', '垕山县看守所', '垕山县拘留所']
    quota, police, workers, aux = 286, 248, 23, 312
    budget0, adjust = D('9846.20'), D('612.40')
    lines = [  # 项目, 类别, 全年预算, 支出
        ('人员经费', '基本支出', '5230.00', '5218.46'),
        ('公用经费', '基本支出', '690.00', '672.31'),
        ('辅警经费', '项目支出', '1620.00', '1601.28'),
        ('执法办案经费', '项目支出', '1185.60', '1142.38'),
        ('警用装备购置', '项目支出', '1046.00', '951.55'),
        ('公安信息化建设', '项目支出', '687.00', '546.87'),
    ]
    sg_now, sg_prev = D('86.42'), D('95.59')
    cases, solved, prev_rate = 1236, 842, D('63.40')
    fraud_prev, fraud_now = 415, 338
    calls, days = 48215, 365
    sample, safe = 1500, 1461
    scores = [('投入', '预算编制、目标设定', '15', '14.40'), ('过程', '预算执行、资金管理、资产管理', '25', '23.25'),
              ('产出', '数量、质量、时效', '35', '33.30'), ('效益', '社会效益、满意度', '25', '23.60')]
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    docno, date = '垕公〔2026〕12号', '2026年4月15日'

    # ------------------------------------------------ derived
    budget = budget0 + adjust
    bud = [D(x[2]) for x in lines]
    act = [D(x[3]) for x in lines]
    assert sum(bud) == budget
    spend = sum(act)
    rates = [q(a / b * 100) for a, b in zip(act, bud)]
    exec_rate = q(spend / budget * 100)
    basic = act[0] + act[1]
    proj = sum(act[2:])
    basic_sh = q(basic / spend * 100)
    aux_avg = q(act[2] / aux)
    solve_rate = q(D(solved) / cases * 100)
    daily = q(D(calls) / days, 1)
    safe_rate = q(D(safe) / sample * 100)
    exec_score = q(exec_rate * 10 / 100)
    total_score = sum(D(s[3]) for s in scores)
    grade = next(n for lo, n in bands if total_score >= D(lo))
    imin = rates.index(min(rates))

    # ------------------------------------------------ facts
    f('n_units', str(len(units))); f('quota', I(quota)); f('staff', I(police + workers)); f('police', I(police))
    f('workers', I(workers)); f('aux', I(aux))
    f('budget0', F(budget0)); f('adjust', F(adjust)); f('budget', F(budget)); f('spend', F(spend))
    f('exec', P(exec_rate)); f('unspent', F(budget - spend))
    for i in range(len(lines)):
        f('b%d' % i, F(bud[i])); f('a%d' % i, F(act[i])); f('r%d' % i, P(rates[i]))
    f('basic', F(basic)); f('proj', F(proj)); f('basic_sh', P(basic_sh)); f('aux_avg', F(aux_avg))
    f('sg_now', F(sg_now)); f('sg_prev', F(sg_prev)); f('sg_dec', F(sg_prev - sg_now))
    f('sg_g', P(q((sg_prev - sg_now) / sg_prev * 100)))
    f('cases', I(cases)); f('solved', I(solved)); f('solve_rate', P(solve_rate)); f('prev_rate', P(prev_rate))
    f('rate_pp', P(solve_rate - prev_rate))
    f('fraud_now', I(fraud_now)); f('fraud_prev', I(fraud_prev)); f('fraud_dec', I(fraud_prev - fraud_now))
    f('fraud_g', P(q(D(fraud_prev - fraud_now) / fraud_prev * 100)))
    f('calls', I(calls)); f('days', str(days)); f('daily', P(daily, 1))
    f('sample', I(sample)); f('safe', I(safe)); f('safe_rate', P(safe_rate))
    f('exec_score', P(exec_score)); f('ten', '10')
    for i, s in enumerate(scores):
        f('fz%d' % i, s[2]); f('sc%d' % i, s[3])
    f('fz_t', '100'); f('score', P(total_score)); f('date', date)
    f('rmin', fx_min := P(rates[imin]))
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('count', '二级预算单位数=列举', n='n_units', items=units)
    L.add('sum', '实有人数=民警+工勤', total='staff', parts=['police', 'workers'])
    L.add('le', '实有人数不超过编制', a='staff', b='quota')
    L.add('sum', '全年预算=年初预算+调整', total='budget', parts=['budget0', 'adjust'])
    L.add('sum', '表1 全年预算列合计', total='budget', parts=['b%d' % i for i in range(6)])
    L.add('sum', '表1 支出列合计', total='spend', parts=['a%d' % i for i in range(6)])
    for i in range(6):
        L.add('ratio', '表1 %s执行率' % lines[i][0], r='r%d' % i, num='a%d' % i, den='b%d' % i)
    L.add('ratio', '表1 合计执行率', r='exec', num='spend', den='budget')
    L.add('lin', '未支出=预算−支出', result='unspent', terms=['budget', 'spend'], signs=[1, -1])
    L.add('min', '执行率最低为信息化建设', m='rmin', among=['r%d' % i for i in range(6)])
    L.add('sum', '基本支出=人员+公用', total='basic', parts=['a0', 'a1'])
    L.add('sum', '支出=基本+项目', total='spend', parts=['basic', 'proj'])
    L.add('ratio', '基本支出占比', r='basic_sh', num='basic', den='spend')
    L.add('ratio', '辅警人均经费', r='aux_avg', num='a2', den='aux', scale=1)
    L.add('growth', '三公经费较上年', cur='sg_now', prev='sg_prev', amt='sg_dec', rate='sg_g', dir='减')
    L.add('ratio', '破案率', r='solve_rate', num='solved', den='cases')
    L.add('pp', '破案率较上年提高', cur='solve_rate', prev='prev_rate', delta='rate_pp', dir='升')
    L.add('growth', '电诈立案同比', cur='fraud_now', prev='fraud_prev', amt='fraud_dec', rate='fraud_g', dir='减')
    L.add('ratio', '日均接警(365天)', r='daily', num='calls', den='days', scale=1)
    L.add('ratio', '群众安全感', r='safe_rate', num='safe', den='sample')
    L.add('prod', '预算执行率指标得分=执行率×10分', r='exec_score', x='exec', y='ten', scale=D('0.01'))
    L.add('sum', '评分表分值合计', total='fz_t', parts=['fz%d' % i for i in range(4)])
    L.add('sum', '评分表得分合计', total='score', parts=['sc%d' % i for i in range(4)])
    for i in range(4):
        L.add('le', '评分表 %s得分不超过分值' % scores[i][0], a='sc%d' % i, b='fz%d' % i)
    L.add('band', '等级与得分相符', score='score', grade=grade, phrase='自评等级为“%s”' % grade, bands=bands)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.same('自评得分重述', fx['score'], 2)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '垕山县公安局2025年度部门整体支出绩效自评报告'})
    m.append({'t': 'sub', 'text': docno})
    m.append(H('一、部门基本情况'))
    m.append(P_('垕山县公安局是县政府主管全县公安工作的职能部门，下设派出所11个，所属二级预算单位%s个，即%s。核定政法专项编制%s名，年末实有%s人，其中民警%s人、工勤人员%s人；另有辅警%s人，由县局统一招录管理，不占编制。'
                % (fx['n_units'], '、'.join(units), fx['quota'], fx['staff'], fx['police'], fx['workers'], fx['aux'])))
    m.append(H('二、预算安排及执行情况'))
    m.append(P_('2025年年初预算%s万元，年中根据追加装备和专项行动需要调增%s万元，全年预算%s万元。全年实际支出%s万元，预算执行率%s%%，未支出%s万元。'
                % (fx['budget0'], fx['adjust'], fx['budget'], fx['spend'], fx['exec'], fx['unspent'])))
    trows = []
    for i, ln in enumerate(lines):
        trows.append([ln[0], ln[1], fx['b%d' % i], fx['a%d' % i], fx['r%d' % i]])
    trows.append(['合计', '', fx['budget'], fx['spend'], fx['exec']])
    m.append(T('表1　2025年度预算执行情况（金额单位：万元）', None,
               ['项目', '支出类别', '全年预算', '实际支出', '执行率（%）'], trows, 'tab1'))
    m.append(P_('支出中，基本支出%s万元（人员经费与公用经费），项目支出%s万元，基本支出占%s%%。辅警经费按%s名辅警计算，人均%s万元。执行率最低的是公安信息化建设项目，为%s%%，主要是视频监控扩容项目于12月完成验收，尾款按合同在2026年支付。'
                % (fx['basic'], fx['proj'], fx['basic_sh'], fx['aux'], fx['aux_avg'], fx['rmin'])))
    m.append(P_('“三公”经费支出%s万元，比上年的%s万元压减%s万元，降幅%s%%。'
                % (fx['sg_now'], fx['sg_prev'], fx['sg_dec'], fx['sg_g'])))
    m.append(H('三、绩效目标完成情况'))
    m.append(P_('全年刑事案件立案%s起，破案%s起，破案率%s%%，比上年（%s%%）提升%s个百分点。电信网络诈骗案件立案%s起，较上年的%s起少%s起，同比下降%s%%。'
                % (fx['cases'], fx['solved'], fx['solve_rate'], fx['prev_rate'], fx['rate_pp'],
                   fx['fraud_now'], fx['fraud_prev'], fx['fraud_dec'], fx['fraud_g'])))
    m.append(P_('110指挥中心全年接报警情%s起，按%s天计日均%s起。委托第三方开展群众安全感调查，有效样本%s份，认为“安全”或“比较安全”的%s份，群众安全感%s%%。'
                % (fx['calls'], fx['days'], fx['daily'], fx['sample'], fx['safe'], fx['safe_rate'])))
    m.append(H('四、自评结果'))
    m.append(P_('按照部门整体支出绩效评价指标体系，从投入、过程、产出和效益四个方面进行自评。其中“预算执行率”指标按执行率乘以分值计分，得%s分（分值%s分）。各一级指标得分见表2。'
                % (fx['exec_score'], fx['ten'])))
    srows = [[s[0], s[1], fx['fz%d' % i], fx['sc%d' % i]] for i, s in enumerate(scores)]
    srows.append(['合计', '', fx['fz_t'], fx['score']])
    m.append(T('表2　一级指标自评得分', '单位：分', ['一级指标', '主要二级指标', '分值', '得分'], srows, 'tab2'))
    m.append(P_('经综合评定，本部门2025年度整体支出绩效自评得分%s分，自评等级为“%s”（90分及以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差）。'
                % (fx['score'], grade)))
    m.append(H('五、存在问题及改进措施'))
    m.append(P_('一是信息化项目资金支付进度偏慢；二是部分派出所装备配备标准执行不一。下一步将在2026年6月底前完成信息化项目尾款支付，并建立装备资产动态台账。'))
    m.append({'t': 'right', 'text': '垕山县公安局'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_docx(model, '垕山县公安局')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
