# -*- coding: utf-8 -*-
"""t01 槿岭县林业局 森林防火项目 2024年度项目支出绩效自评报告 (txt, tab tables)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't01_jinling_county_forest_fire_prevention_project_selfeval_2024.txt'
META = dict(format='txt-tab', org='槿岭县林业局')
BANDS = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]


def build():
    L = Ledger(NAME)
    docno = '槿林〔2025〕9号'
    date = '2025年3月14日'
    phone = '0739-5284613'
    L.facts['docno'] = docno

    # funding
    src = [('中央财政森林草原防火补助资金', D('420.00')), ('市级补助资金', D('180.00')), ('县级配套资金', D('260.00'))]
    total = sum(v for _, v in src)
    prev_total = D('812.00')
    g_d = total - prev_total
    g_r = pct(abs(g_d), prev_total)
    cty_share = pct(src[2][1], total)
    L.sum('资金总额 = 中央 + 市级 + 县级', [F(v) for _, v in src], F(total))
    L.growth('资金总额 较上年增加/增幅', F(total), F(prev_total), F(g_d), P(g_r), '增幅', tag='t01_growth')
    L.rate('县级配套 占资金总额', F(src[2][1]), F(total), P(cty_share))

    # sub-projects (budget, spend, prior-year spend)
    subs = [('防火隔离带建设', D('310.00'), D('298.46'), D('276.90')),
            ('林火视频监测系统升级', D('245.00'), D('239.80'), D('218.45')),
            ('专业扑火队运行保障', D('225.00'), D('225.00'), D('210.00')),
            ('森林防火宣传教育', D('80.00'), D('71.35'), D('75.91'))]
    names = [s[0] for s in subs]
    b_tot = sum(s[1] for s in subs)
    s_tot = sum(s[2] for s in subs)
    p_tot = sum(s[3] for s in subs)
    assert b_tot == total
    rates = [pct(s[2], s[1]) for s in subs]
    r_tot = pct(s_tot, b_tot)
    L.count('子项目个数 = 列举', '4', names)
    L.sum('表1 合计 预算数', [F(s[1]) for s in subs], F(b_tot))
    L.sum('表1 合计 支出数', [F(s[2]) for s in subs], F(s_tot))
    L.sum('表1 合计 上年支出数', [F(s[3]) for s in subs], F(p_tot), tag='t01_total')
    for s, r in zip(subs, rates):
        L.rate('表1 执行率 ' + s[0], F(s[2]), F(s[1]), P(r))
    L.rate('表1 合计 执行率', F(s_tot), F(b_tot), P(r_tot))
    balance = b_tot - s_tot
    L.diff('结余 = 预算 - 支出', F(b_tot), F(s_tot), F(balance))
    low = min(zip(names, rates), key=lambda x: x[1])
    L.min('执行率最低子项目', low[0], P(low[1]), [(n, P(r)) for n, r in zip(names, rates)])

    # outputs
    belt_t, belt_a = D('42.0'), D('45.6')
    belt_r = pct(belt_a, belt_t)
    belt_cost = q(subs[0][2] / belt_a, 2)
    L.rate('隔离带 完成率', P(belt_a, 1), P(belt_t, 1), P(belt_r))
    L.quot('隔离带 平均每公里成本', F(subs[0][2]), P(belt_a, 1), P(belt_cost))
    cov_prev, cov_now = D('78.40'), D('86.15')
    L.pp('监测覆盖率 提高个百分点', P(cov_now), P(cov_prev), P(cov_now - cov_prev), '提高')
    teams = [('县林业局直属扑火队', 20), ('东片区扑火队', 18), ('西片区扑火队', 16)]
    team_n = sum(t[1] for t in teams)
    per_cap = q(subs[2][2] / team_n, 2)
    L.count('扑火队 支数', '3', [t[0] for t in teams])
    L.sum('扑火队员 合计', [str(t[1]) for t in teams], str(team_n))
    L.quot('扑火队 人均保障经费', F(subs[2][2]), str(team_n), P(per_cap))
    camp_n, camp_people = 126, 15498
    assert camp_people % camp_n == 0
    camp_avg = D(camp_people) / camp_n
    L.quot('宣传 平均每场受众', I(camp_people), str(camp_n), str(int(camp_avg)))

    # effects
    fire_now, fire_prev = 2, 5
    fire_r = pct(fire_prev - fire_now, fire_prev)
    L.growth('森林火灾起数 下降', str(fire_now), str(fire_prev), str(fire_prev - fire_now), P(fire_r), '下降')
    area_now, area_prev = D('1.26'), D('4.85')
    area_r = pct(area_prev - area_now, area_prev)
    L.growth('受害森林面积 降幅', P(area_now), P(area_prev), None, P(area_r), '降幅')
    sv_sent, sv_back, sv_ok = 260, 248, 234
    sv_r = pct(sv_ok, sv_back)
    L.rate('满意度 = 满意 / 收回', str(sv_ok), str(sv_back), P(sv_r))
    L.le('收回 <= 发放', str(sv_back), str(sv_sent))

    # scores
    s_exec = q(r_tot / 10, 2)
    s_sat = q(sv_r / 10, 2)
    L.rate('预算执行率得分 = 执行率 x 10', P(r_tot), '100', P(s_exec), scale='10')
    L.rate('满意度得分 = 满意度 x 10', P(sv_r), '100', P(s_sat), scale='10')
    rows = [('决策', '项目立项', 8, D('8.00')), ('决策', '绩效目标', 7, D('6.50')),
            ('过程', '预算执行率', 10, s_exec), ('过程', '组织实施', 10, D('9.20')),
            ('产出', '产出数量', 15, D('15.00')), ('产出', '产出质量', 10, D('9.40')),
            ('产出', '产出时效', 5, D('4.50')), ('产出', '产出成本', 10, D('9.30')),
            ('效益', '社会效益', 10, D('9.60')), ('效益', '生态效益', 5, D('5.00')),
            ('效益', '满意度', 10, s_sat)]
    for r in rows:
        assert r[3] <= r[2]
    wsum = sum(r[2] for r in rows)
    assert wsum == 100
    score = sum(r[3] for r in rows)
    L.sum('表2 分值合计', [str(r[2]) for r in rows], str(wsum))
    L.sum('表2 得分合计', [P(r[3]) for r in rows], P(score), tag='t01_score')
    cats = ['决策', '过程', '产出', '效益']
    cat_s = [sum(r[3] for r in rows if r[0] == c) for c in cats]
    for c, v in zip(cats, cat_s):
        L.sum('表2 ' + c + '类得分', [P(r[3]) for r in rows if r[0] == c], P(v))
    L.sum('四类指标得分之和 = 表2 合计', [P(v) for v in cat_s], P(score), tag='t01_score')
    grade = next(w for lo, w in BANDS if score >= D(lo))
    L.band('自评等级 按分档', P(score), BANDS, grade)
    L.dated('落款日期晚于年度终了', date)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.anchor('等级', '自评等级为“' + grade + '”')
    L.same('资金总额 多处', F(total), 2)

    B = [('title', '槿岭县森林防火项目2024年度项目支出绩效自评报告'),
         ('sub', docno),
         ('h', '一、项目概况'),
         ('p', '森林防火项目由县林业局组织实施，主要用于重点林区防火基础设施建设和扑火力量保障。2024年项目资金共计{}万元，'
               '较上年的{}万元增加{}万元，增幅{}%。其中，{}{}万元、{}{}万元、{}{}万元，县级配套资金占资金总额的{}%。'
               .format(F(total), F(prev_total), F(g_d), P(g_r), src[0][0], F(src[0][1]), src[1][0], F(src[1][1]),
                       src[2][0], F(src[2][1]), P(cty_share))),
         ('p', '本项目共安排4个子项目，即{}、{}、{}和{}。'.format(*names)),
         ('h', '二、资金使用情况'),
         ('p', '截至2024年12月31日，项目实际支出{}万元，预算执行率{}%，结余{}万元，主要为隔离带工程审减和政府采购节约资金。'
               '各子项目中，{}执行率最低，为{}%。明细见表1。'.format(F(s_tot), P(r_tot), F(balance), low[0], P(low[1]))),
         ('cap', '表1\t子项目资金执行情况（单位：万元、%）'),
         ('table', [['子项目', '预算数', '支出数', '执行率', '上年支出数'],
                    ['合计', F(b_tot), F(s_tot), P(r_tot), F(p_tot)]] +
                   [[s[0], F(s[1]), F(s[2]), P(r), F(s[3])] for s, r in zip(subs, rates)]),
         ('h', '三、绩效目标完成情况'),
         ('p', '（一）产出。新建防火隔离带{}公里，为年度目标{}公里的{}%，平均每公里建设支出{}万元；完成林火视频监测系统升级，'
               '重点林区监测覆盖率由上年的{}%提升至{}%，提高{}个百分点。组建专业扑火队3支，即{}、{}和{}，队员分别为{}人、{}人和{}人，'
               '共计{}人，人均保障经费{}万元。全年开展进村入户宣传{}场，受众{}人次，平均每场{}人次。'
               .format(P(belt_a, 1), P(belt_t, 1), P(belt_r), P(belt_cost), P(cov_prev), P(cov_now), P(cov_now - cov_prev),
                       teams[0][0], teams[1][0], teams[2][0], teams[0][1], teams[1][1], teams[2][1], team_n, P(per_cap),
                       camp_n, I(camp_people), int(camp_avg))),
         ('p', '（二）效益。全县发生森林火灾{}起，比上年减少{}起，下降{}%；受害森林面积{}公顷，上年为{}公顷，降幅{}%，'
               '未发生重大森林火灾和人员伤亡。发放满意度问卷{}份，收回{}份，其中表示满意的{}份，满意度{}%。'
               .format(fire_now, fire_prev - fire_now, P(fire_r), P(area_now), P(area_prev), P(area_r),
                       sv_sent, sv_back, sv_ok, P(sv_r))),
         ('h', '四、自评结论'),
         ('p', '按照项目支出绩效评价指标体系，决策、过程、产出、效益四类指标分别得{}分、{}分、{}分和{}分，各项得分见表2。'
               '评价结果分为四档：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。'
               '本项目自评等级为“{}”。'.format(*[P(v) for v in cat_s], grade)),
         ('cap', '表2\t绩效评价指标得分表'),
         ('table', [['一级指标', '二级指标', '分值', '得分']] +
                   [[r[0], r[1], str(r[2]), P(r[3])] for r in rows] +
                   [['合计', '', str(wsum), P(score)]]),
         ('h', '五、存在问题及改进措施'),
         ('p', '一是部分子项目采购进度偏慢，宣传教育资金执行率偏低；二是扑火队装备更新仍有缺口。下一步将提前开展采购，'
               '并将资金总额{}万元的使用情况纳入年度绩效跟踪。'.format(F(total))),
         ('sign', ['槿岭县林业局', date, '联系电话：' + phone])]
    return B, L, META


if __name__ == '__main__':
    from lib43 import render_txt_tab
    B, L, M = build()
    print(render_txt_tab(B))
