# -*- coding: utf-8 -*-
"""t05 鄣源县教育局 乡村教师生活补助项目2025年度绩效自评报告 (pdf)"""
from lib56 import *

NAME = 't05_zhangyuan_county_education_bureau_rural_teacher_living_allowance_project_selfeval_2025.pdf'
FMT = 'pdf'
FY = 2025


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    tiers = [  # 档次, 学校数, 人数, 月标准(元), 人月数
        ('一类（边远村小、教学点）', 21, 412, 600, 4884),
        ('二类（一般村小）', 14, 526, 450, 6212),
        ('三类（乡镇中心学校）', 12, 448, 300, 5296),
    ]
    central_schools, village_schools = 12, 35
    carry, central, county = D('23.80'), D('504.00'), D('216.00')
    prev_n = 1342
    prev_county = D('198.00')
    senior_title = 516
    young = 598
    left, prev_left_rate = 27, D('2.68')
    issued, returned, satisfied = 600, 583, 561
    deducts = [('部分学校人月数据报送滞后', D('3.00')), ('教学点补助标准动态调整不及时', D('2.20')),
               ('绩效目标个别指标未细化量化', D('2.00'))]
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    docno, date = '鄣教财〔2026〕9号', '2026年3月20日'

    # ------------------------------------------------ derived
    amts = [q(D(t[4]) * t[3] / 10000) for t in tiers]
    n_sch = sum(t[1] for t in tiers)
    assert n_sch == central_schools + village_schools
    n_t = sum(t[2] for t in tiers)
    pm_t = sum(t[4] for t in tiers)
    amt_t = sum(amts)
    income = central + county
    avail = carry + income
    closing = avail - amt_t
    exec_rate = q(amt_t / avail * 100)
    avg_m = q(amt_t * 10000 / pm_t)
    left_rate = q(D(left) / n_t * 100)
    sat = q(D(satisfied) / returned * 100)
    score = D(100) - sum(d for _, d in deducts)
    grade = next(n for lo, n in bands if score >= D(lo))

    # ------------------------------------------------ facts
    for i, t in enumerate(tiers):
        f('s%d' % i, str(t[1])); f('n%d' % i, I(t[2])); f('std%d' % i, I(t[3])); f('pm%d' % i, I(t[4]))
        f('a%d' % i, F(amts[i])); f('full%d' % i, I(t[2] * 12))
    f('twelve', '12')
    f('n_sch', str(n_sch)); f('sch_c', str(central_schools)); f('sch_v', str(village_schools))
    f('n_t', I(n_t)); f('pm_t', I(pm_t)); f('amt_t', F(amt_t))
    f('carry', F(carry)); f('central', F(central)); f('county', F(county)); f('income', F(income)); f('avail', F(avail))
    f('closing', F(closing)); f('exec', P(exec_rate)); f('avg_m', F(avg_m))
    f('central_sh', P(q(central / income * 100)))
    f('prev_county', F(prev_county)); f('county_inc', F(county - prev_county))
    f('county_g', P(q((county - prev_county) / prev_county * 100)))
    f('senior_t', I(senior_title)); f('senior_sh', P(q(D(senior_title) / n_t * 100)))
    f('prev_n', I(prev_n)); f('n_inc', I(n_t - prev_n)); f('n_g', P(q(D(n_t - prev_n) / prev_n * 100)))
    f('young', I(young)); f('young_sh', P(q(D(young) / n_t * 100)))
    f('left', I(left)); f('left_rate', P(left_rate)); f('prev_left_rate', P(prev_left_rate))
    f('left_pp', P(prev_left_rate - left_rate))
    f('issued', I(issued)); f('returned', I(returned)); f('satisfied', I(satisfied)); f('sat', P(sat))
    for i, (_, d) in enumerate(deducts):
        f('dd%d' % i, P(d))
    f('n_dd', str(len(deducts))); f('hundred', '100'); f('score', P(score)); f('date', date)
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('sum', '学校数=中心学校+村小及教学点', total='n_sch', parts=['sch_c', 'sch_v'])
    L.add('sum', '表1 学校数列合计', total='n_sch', parts=['s0', 's1', 's2'])
    L.add('sum', '表1 享受人数列合计', total='n_t', parts=['n0', 'n1', 'n2'])
    L.add('sum', '表1 人月数列合计', total='pm_t', parts=['pm0', 'pm1', 'pm2'])
    L.add('sum', '表1 补助金额列合计', total='amt_t', parts=['a0', 'a1', 'a2'])
    for i in range(3):
        L.add('prod', '表1 %s金额=人月数×月标准' % tiers[i][0], r='a%d' % i, x='pm%d' % i, y='std%d' % i, scale=D('0.0001'))
        L.add('le', '表1 %s人月数不超过人数×12' % tiers[i][0], a='pm%d' % i, b='full%d' % i)
        L.add('prod', '%s满额人月=人数×12' % tiers[i][0], r='full%d' % i, x='n%d' % i, y='twelve')
    L.add('sum', '本年到位=中央奖补+县级', total='income', parts=['central', 'county'])
    L.add('ratio', '中央奖补占到位资金', r='central_sh', num='central', den='income')
    L.add('sum', '可用资金=上年结转+本年到位', total='avail', parts=['carry', 'income'])
    L.add('lin', '结转下年=上年结转+到位−支出', result='closing', terms=['carry', 'income', 'amt_t'], signs=[1, 1, -1])
    L.add('ratio', '资金执行率=支出/可用资金', r='exec', num='amt_t', den='avail')
    L.add('ratio', '人均月补助(元)=金额/人月数', r='avg_m', num='amt_t', den='pm_t', scale=10000)
    L.add('growth', '享受人数较上年', cur='n_t', prev='prev_n', amt='n_inc', rate='n_g', dir='增')
    L.add('growth', '县级配套较上年', cur='county', prev='prev_county', amt='county_inc', rate='county_g', dir='增')
    L.add('ratio', '中级及以上职称占比', r='senior_sh', num='senior_t', den='n_t')
    L.add('ratio', '35岁以下占比', r='young_sh', num='young', den='n_t')
    L.add('ratio', '流失率=流失/享受人数', r='left_rate', num='left', den='n_t')
    L.add('pp', '流失率较上年下降', cur='left_rate', prev='prev_left_rate', delta='left_pp', dir='降')
    L.add('ratio', '满意度=满意/回收', r='sat', num='satisfied', den='returned')
    L.add('le', '回收不超过发放', a='returned', b='issued')
    L.add('lin', '自评得分=100−扣分', result='score', terms=['hundred', 'dd0', 'dd1', 'dd2'], signs=[1, -1, -1, -1])
    L.add('count', '扣分项数=列举', n='n_dd', items=[d[0] for d in deducts])
    L.add('band', '等级与得分相符', score='score', grade=grade, phrase='评价等级为“%s”' % grade, bands=bands)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.same('补助支出合计重述', fx['amt_t'], 3)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '鄣源县乡村教师生活补助项目2025年度绩效自评报告'})
    m.append({'t': 'sub', 'text': docno})
    m.append(H('一、项目概况'))
    m.append(P_('乡村教师生活补助按照“越往基层、越是艰苦，补助标准越高”的原则，按学校所在地艰苦边远程度分三类按月发放。2025年全县享受补助的乡村学校%s所，其中乡镇中心学校%s所、村小及教学点%s所。'
                % (fx['n_sch'], fx['sch_c'], fx['sch_v'])))
    m.append(P_('项目可用资金%s万元，由上年结转%s万元和本年到位资金%s万元组成；本年到位资金中，中央奖补资金%s万元、县级配套资金%s万元，中央奖补占%s%%。'
                % (fx['avail'], fx['carry'], fx['income'], fx['central'], fx['county'], fx['central_sh'])))
    m.append(P_('县级配套资金按不低于本年到位资金30%%的比例足额列入年初预算，较上年的%s万元增加%s万元，增幅%s%%。补助资金实行县级财政直接支付，由学校按月核报在岗人员名单，县教育局审核后随工资一并发放。'
                % (fx['prev_county'], fx['county_inc'], fx['county_g'])))
    m.append(H('二、资金使用情况'))
    trows = [[t[0], fx['s%d' % i], fx['n%d' % i], fx['std%d' % i], fx['pm%d' % i], fx['a%d' % i]] for i, t in enumerate(tiers)]
    trows.append(['合计', fx['n_sch'], fx['n_t'], '—', fx['pm_t'], fx['amt_t']])
    m.append(T('表1　2025年乡村教师生活补助分档发放情况', None,
               ['补助档次', '学校数（所）', '享受人数（人）', '月标准（元）', '发放人月数', '金额（万元）'], trows, 'tab1'))
    m.append(P_('全年发放补助%s万元，资金执行率%s%%，结转2026年使用%s万元。人均月补助%s元。各档发放人月数均少于“享受人数×12”（一类%s、二类%s、三类%s），主要是年内教师调动、退休及9月新入职教师按实际在岗月份计发。'
                % (fx['amt_t'], fx['exec'], fx['closing'], fx['avg_m'], fx['full0'], fx['full1'], fx['full2'])))
    m.append(H('三、绩效目标完成情况'))
    m.append(P_('享受补助教师%s人，比上年的%s人多%s人，增长%s%%；其中35岁以下青年教师%s人，占%s%%；具有中级及以上职称的%s人，占%s%%。全年乡村教师流失%s人，流失率%s%%，比上年的%s%%下降%s个百分点。'
                % (fx['n_t'], fx['prev_n'], fx['n_inc'], fx['n_g'], fx['young'], fx['young_sh'], fx['senior_t'], fx['senior_sh'],
                   fx['left'], fx['left_rate'], fx['prev_left_rate'], fx['left_pp'])))
    m.append(P_('开展受益教师满意度问卷调查，发放问卷%s份、回收有效问卷%s份，表示满意的%s份，满意度%s%%（按有效问卷计算）。'
                % (fx['issued'], fx['returned'], fx['satisfied'], fx['sat'])))
    m.append(H('四、自评结论'))
    dd = '；'.join('%s，扣%s分' % (d[0], fx['dd%d' % i]) for i, d in enumerate(deducts))
    m.append(P_('对照项目绩效目标逐项评价，共发现扣分项%s项：%s。项目满分%s分，自评得分%s分，评价等级为“%s”。全年补助支出%s万元均已通过教师工资账户足额发放到人。'
                % (fx['n_dd'], dd, fx['hundred'], fx['score'], grade, fx['amt_t'])))
    m.append(P_('下一步，县教育局将于2026年9月前完成教学点分类复核，并将人月数据报送纳入月度工资审核流程。'))
    m.append({'t': 'right', 'text': '鄣源县教育局'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_pdf(model, '鄣源县教育局')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
