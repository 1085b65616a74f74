# -*- coding: utf-8 -*-
"""t05 橼江县住建局 城镇燃气管道老化更新改造补助资金 2024年度项目支出绩效自评报告 (pdf, 3 tables)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't05_yuanjiang_county_urban_gas_pipeline_renewal_fund_project_selfeval_2024.pdf'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(FNAME)
    B = []
    docno = '橼建〔2025〕7号'
    date = '2025年4月10日'
    L.facts['docno'] = docno

    central, upper, county = D('1580.00'), D('620.00'), D('440.00')
    kinds = ['市政燃气管网', '庭院燃气管网', '户内立管']
    subs = [('市政燃气管网改造', D('1120.00'), D('1086.40')), ('庭院燃气管网改造', D('1050.00'), D('998.62')),
            ('户内立管改造', D('320.00'), D('297.80')), ('工程建设其他费用', D('150.00'), D('131.25'))]
    km = [('市政燃气管网改造长度（公里）', D('30.0'), D('32.6')), ('庭院燃气管网改造长度（公里）', D('40.0'), D('41.3')),
          ('户内立管改造长度（公里）', D('14.0'), D('12.5'))]
    communities, households = 23, 6840
    alarms, alarms0 = 19, 48
    surveyed, satisfied = 420, 401

    fund = central + upper + county
    bud = sum(s[1] for s in subs)
    assert bud == fund
    spent = sum(s[2] for s in subs)
    rate = pct(spent, bud)
    left = bud - spent
    km_t = sum(k[1] for k in km)
    km_a = sum(k[2] for k in km)
    sat = pct(satisfied, surveyed)

    B.append(('title', '橼江县城镇燃气管道老化更新改造补助资金2024年度项目支出绩效自评报告'))
    B.append(('sub', '橼江县住房和城乡建设局（%s）' % docno))
    B.append(('h', '一、项目概况'))
    B.append(('p', '2024年我县安排城镇燃气管道老化更新改造补助资金共计%s万元，其中中央预算内投资%s万元、省级补助%s万元、县级配套%s万元，'
                   '县级配套占资金总额的%s%%。改造内容分为%d类，即%s、%s和%s，年度计划改造燃气管道%s公里，涉及老旧小区%d个。'
              % (F(fund), F(central), F(upper), F(county), P(pct(county, fund)), len(kinds), kinds[0], kinds[1], kinds[2],
                 F(km_t, 1), communities)))
    L.sum('资金总额 = 中央 + 省级 + 县级', F(fund), F(central), F(upper), F(county))
    L.rate('县级配套 占 资金总额', F(county), F(fund), P(pct(county, fund)))
    L.count('改造内容 类数 = 列举', str(len(kinds)), kinds)
    B.append(('h', '二、资金使用情况'))
    B.append(('p', '截至2024年12月31日，项目累计支出%s万元，预算执行率%s%%，结余%s万元，主要是按合同预留的工程质保金和结算审减资金。'
                   '各子项目执行情况见表1。' % (F(spent), P(rate), F(left))))
    B.append(('cap', '表1  子项目预算执行情况（万元）'))
    rows = [['子项目', '预算数', '支出数', '执行率（%）']]
    for name, b, e in subs:
        rows.append([name, F(b), F(e), P(pct(e, b))])
        L.rate('表1 %s 执行率' % name, F(e), F(b), P(pct(e, b)))
    rows.append(['合计', F(bud), F(spent), P(rate)])
    B.append(('table', {'rows': rows, 'widths': [60, 32, 32, 30]}))
    L.sum('表1 预算 合计', F(bud), *[F(s[1]) for s in subs])
    L.sum('表1 支出 合计', F(spent), *[F(s[2]) for s in subs])
    L.rate('预算执行率', F(spent), F(bud), P(rate))
    L.diff('结余 = 预算 - 支出', F(bud), F(spent), F(left))

    B.append(('h', '三、绩效目标完成情况'))
    B.append(('cap', '表2  主要产出指标完成情况'))
    rows = [['指标', '年度目标', '实际完成', '完成率（%）']]
    for name, t, a in km:
        rows.append([name, F(t, 1), F(a, 1), P(pct(a, t))])
        L.rate('表2 %s 完成率' % name, F(a, 1), F(t, 1), P(pct(a, t)))
    rows.append(['合计', F(km_t, 1), F(km_a, 1), P(pct(km_a, km_t))])
    B.append(('table', {'rows': rows, 'widths': [60, 30, 30, 30]}))
    L.sum('表2 目标 合计', F(km_t, 1), *[F(k[1], 1) for k in km])
    L.sum('表2 完成 合计', F(km_a, 1), *[F(k[2], 1) for k in km])
    L.rate('表2 合计 完成率', F(km_a, 1), F(km_t, 1), P(pct(km_a, km_t)))
    per_km = q(subs[0][2] / km[0][2])
    B.append(('p', '全年累计改造燃气管道%s公里，为年度目标的%s%%。户内立管改造完成率为%s%%，主要是部分住户拒绝入户施工，已转入2025年实施。'
                   '市政燃气管网改造平均每公里投入%s万元。项目惠及居民%s户，户均投入%s元。'
              % (F(km_a, 1), P(pct(km_a, km_t)), P(pct(km[2][2], km[2][1])), F(per_km), I(households),
                 F(spent * 10000 / households))))
    L.quot('市政管网 平均每公里投入 = 支出 / 公里', F(subs[0][2]), F(km[0][2], 1), F(per_km))
    L.quot('户均投入 (元) = 支出 / 户数', F(spent), I(households), F(spent * 10000 / households), scale=10000)
    B.append(('p', '全县燃气泄漏报警%d起，较上年同期的%d起减少%d起，降幅%s%%；燃气安全事故为零，与上年持平。'
                   '对改造小区%d户居民开展满意度调查，满意%d户，满意度%s%%。'
              % (alarms, alarms0, alarms0 - alarms, P(D(alarms0 - alarms) / alarms0 * 100), surveyed, satisfied, P(sat))))
    L.growth('泄漏报警 减少/降幅', str(alarms), str(alarms0), str(alarms0 - alarms),
             P(D(alarms0 - alarms) / alarms0 * 100), '减少 降幅')
    L.rate('满意度', str(satisfied), str(surveyed), P(sat))

    items = [('决策', '项目立项与目标', 15, D('14.00')), ('过程', '预算执行率', 10, q(rate / 10)),
             ('过程', '资金与项目管理', 10, D('9.10')), ('产出', '产出数量', 20, D('18.60')),
             ('产出', '产出质量与时效', 20, D('19.20')), ('效益', '安全与社会效益', 15, D('14.50')),
             ('效益', '满意度', 10, q(sat / 10))]
    assert sum(i[2] for i in items) == 100
    for it in items:
        assert it[3] <= it[2]
    total = sum(i[3] for i in items)
    grade = [g for lo, g in BANDS if total >= D(lo)][0]
    B.append(('h', '四、自评结论'))
    B.append(('p', '按照项目支出绩效评价指标体系逐项打分，预算执行率和满意度按实际比例计分，评分结果见表3。总分90分（含）以上为优，'
                   '80分（含）至90分为良，60分（含）至80分为中，60分以下为差。经综合评定，本项目自评等级为“%s”。' % grade))
    B.append(('cap', '表3  项目支出绩效自评评分表'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, w, s in items:
        rows.append([a, b, str(w), F(s)])
    rows.append(['合计', '', '100', F(total)])
    B.append(('table', {'rows': rows, 'widths': [30, 60, 25, 25]}))
    L.sum('表3 得分 合计', F(total), *[F(i[3]) for i in items])
    L.sum('表3 分值 合计', '100', *[str(i[2]) for i in items])
    L.quot('预算执行率得分 = 执行率 × 10%', P(rate), '10', F(q(rate / 10)), const_den=True)
    L.quot('满意度得分 = 满意度 × 10%', P(sat), '10', F(q(sat / 10)), const_den=True)
    L.band('自评等级 与 表3 合计', F(total), '自评等级为“%s”' % grade, [(lo, '自评等级为“%s”' % g) for lo, g in BANDS])
    B.append(('p', '综上，本年度完成改造燃气管道%s公里，资金使用规范。下一步将督促施工单位加快户内立管剩余工程，按期完成竣工决算。'
              % F(km_a, 1)))
    L.same('累计改造公里数 written twice', F(km_a, 1), 3)
    B.append(('p', '联系电话：0743-6158294'))
    B.append(('sign', ['橼江县住房和城乡建设局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    L.anchor('电话', '0743-6158294')
    meta = dict(fname=FNAME, fmt='pdf', author='橼江县住房和城乡建设局')
    return B, L, meta
