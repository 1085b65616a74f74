# -*- coding: utf-8 -*-
"""t04 栲岭县水利局 小型水库除险加固项目2024年度项目支出绩效自评报告 (pdf)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't04_kaoling_county_small_reservoir_risk_removal_reinforcement_project_selfeval_2024.pdf'


def build():
    L = Ledger()
    d = Doc()
    docno = '栲水〔2025〕9号'
    date = '2025年3月28日'

    res = [('檑坑水库', '小（1）型', '168.00', '163.84'), ('槔塘水库', '小（1）型', '156.50', '150.02'),
           ('樯岭水库', '小（2）型', '112.00', '109.76'), ('苋冲水库', '小（2）型', '108.00', '103.27'),
           ('荜田水库', '小（2）型', '104.00', '101.40'), ('萆溪水库', '小（2）型', '100.00', '96.83')]
    n = len(res)
    n1 = sum(1 for r in res if r[1] == '小（1）型')
    n2 = n - n1
    works = ['大坝防渗处理', '溢洪道改建', '放水设施更新', '管理房维修', '安全监测设施安装']
    std = '80'
    central = P(D(std) * n)
    budget = P(sum(D(r[2]) for r in res))
    county = P(D(budget) - D(central))
    spent = P(sum(D(r[3]) for r in res))
    cap_now, cap_before = '312.6', '248.9'
    units_all, units_good = 412, 367
    surveyed, satisfied = 320, 306
    irrig, people = '1.86', '2.34'

    county_sh = P(pct(county, budget))
    rate = P(pct(spent, budget))
    left = P(D(budget) - D(spent))
    avg = P(q(D(spent) / n, 2))
    cap_d = P(D(cap_now) - D(cap_before), 1)
    cap_r = P(pct(cap_d, cap_before))
    good_r = P(pct(units_good, units_all))
    sat = P(pct(satisfied, surveyed))

    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date)
    L.count('除险加固水库6座', str(n), [r[0] for r in res])
    L.sum('小（1）型 + 小（2）型 = 6座', str(n), [str(n1), str(n2)])
    L.count('主要建设内容5项', str(len(works)), works)
    L.prod('中央补助 = 每座80万元 × 6座', central, std, str(n))
    L.sum('项目资金 = 中央补助 + 县级配套', budget, [central, county])
    L.ratio('县级配套占项目资金', county_sh, county, budget)
    L.ratio('项目资金执行率', rate, spent, budget)
    L.diff('结余资金 = 项目资金 - 支出', left, budget, spent)
    L.ratio('平均每座水库支出', avg, spent, str(n), '1')
    L.growth('兴利库容较加固前增加、增幅', cap_now, cap_before, cap_d, cap_r, ('增加', '增幅'))
    L.ratio('单元工程优良率', good_r, str(units_good), str(units_all))
    L.ratio('受益群众满意度', sat, str(satisfied), str(surveyed))

    t1 = [['水库名称', '规模', '预算（万元）', '支出（万元）', '执行率（%）']]
    rates = {}
    for name, kind, b, s in res:
        r = P(pct(s, b))
        rates[name] = r
        t1.append([name, kind, b, s, r])
        L.ratio('表1 %s 执行率' % name, r, s, b)
    t1.append(['合计', '', budget, spent, rate])
    L.sum('表1 预算合计', budget, [r[2] for r in res])
    L.sum('表1 支出合计', spent, [r[3] for r in res])
    hi = max(rates, key=lambda k: D(rates[k]))
    lo = min(rates, key=lambda k: D(rates[k]))
    L.extreme('执行率最高', 'max', hi, rates[hi], [v for k, v in rates.items() if k != hi])
    L.extreme('执行率最低', 'min', lo, rates[lo], [v for k, v in rates.items() if k != lo])

    sc = [('决策', '项目立项规范性', '5', '5.00'), ('决策', '绩效目标合理性', '5', '4.50'),
          ('决策', '资金投入', '10', '9.00'), ('过程', '资金到位率', '5', '5.00'),
          ('过程', '预算执行率', '10', P(q(D(rate) / 10, 2))), ('过程', '组织实施', '10', '9.20'),
          ('产出', '数量指标', '10', '10.00'), ('产出', '质量指标', '10', P(q(D(good_r) / 10, 2))),
          ('产出', '时效指标', '5', '4.00'), ('效益', '社会效益', '10', '9.00'),
          ('效益', '可持续影响', '10', '8.50'), ('满意度', '受益群众满意度', '10', P(q(D(sat) / 10, 2)))]
    assert sum(int(x[2]) for x in sc) == 100
    for x in sc:
        assert D(x[3]) <= D(x[2])
    total = P(sum(D(x[3]) for x in sc))
    t2 = [['一级指标', '二级指标', '分值', '得分']] + [list(x) for x in sc] + [['合计', '', '100', total]]
    L.sum('表2 得分合计', total, [x[3] for x in sc])
    L.sum('表2 分值合计', '100', [x[2] for x in sc])
    L.ratio('预算执行率得分', sc[4][3], rate, '100', '10')
    L.ratio('质量指标得分（优良率）', sc[7][3], good_r, '100', '10')
    L.ratio('满意度得分', sc[11][3], sat, '100', '10')
    ded = P(D(sc[8][2]) - D(sc[8][3]))
    L.diff('时效指标扣分', ded, sc[8][2], sc[8][3])
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    grade = next(w for lo_, w in bands if D(total) >= D(lo_))
    L.band('评价等级', total, grade, bands, phrase='评价等级为“%s”' % grade)
    L.same('总分写两次', total, 2)

    d.title('栲岭县小型水库除险加固项目2024年度项目支出绩效自评报告')
    d.sub('栲岭县水利局　%s' % docno)
    d.h('一、项目基本情况')
    d.p('2024年全县实施小型水库除险加固%d座，即%s，其中小（1）型%d座、小（2）型%d座。主要建设内容包括%d项，即%s。'
        % (n, '、'.join(r[0] for r in res[:-1]) + '和' + res[-1][0], n1, n2, len(works),
           '、'.join(works[:-1]) + '和' + works[-1]))
    d.p('项目资金%s万元，其中中央补助资金按每座%s万元标准安排，%d座共%s万元；县级配套资金%s万元，占项目资金的%s%%。'
        % (budget, std, n, central, county, county_sh))
    d.h('二、资金使用情况')
    d.p('截至2024年12月31日，项目累计支出%s万元，执行率%s%%，结余%s万元，平均每座水库支出%s万元。'
        '执行率最高的是%s（%s%%），最低的是%s（%s%%）。' % (spent, rate, left, avg, hi, rates[hi], lo, rates[lo]))
    d.cap('表1　分水库资金使用情况')
    d.table('表1', t1, widths=[30, 26, 32, 32, 28])
    d.h('三、绩效目标完成情况')
    d.p('6座水库主体工程均于2024年5月31日前完工并投入度汛，恢复兴利库容%s万立方米，较加固前的%s万立方米增加%s万立方米，'
        '增幅%s%%，保障下游%s万亩农田灌溉，受益人口%s万人。共划分单元工程%d个，全部验收合格，其中优良%d个，优良率%s%%。'
        '抽样调查受益群众%d人，满意%d人，满意度%s%%。'
        % (cap_now, cap_before, cap_d, cap_r, irrig, people, units_all, units_good, good_r, surveyed, satisfied, sat))
    d.h('四、自评得分及等级')
    d.p('评价等级分为优（90分及以上）、良（80分至89.99分）、中（60分至79.99分）、差（60分以下）四档。'
        '因%s溢洪道改建未能在汛前全部完成，时效指标扣%s分。各项指标得分见表2。' % (lo, ded))
    d.cap('表2　项目支出绩效自评得分表')
    d.table('表2', t2, widths=[30, 50, 25, 25])
    d.p('综上，本项目2024年度自评总分%s分，评价等级为“%s”。下一步将督促项目完成竣工财务决算，计划于2025年汛前完成竣工验收。'
        % (total, grade))
    d.sign('栲岭县水利局', date)
    meta = {'name': NAME, 'format': 'pdf', 'date': date, 'docno': docno,
            'title': '栲岭县小型水库除险加固项目2024年度项目支出绩效自评报告', 'author': '栲岭县水利局'}
    return d, L, meta
