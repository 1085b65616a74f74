# -*- coding: utf-8 -*-
"""t06 渟宁县财政局 《渟宁县志（2006—2020）》编纂项目绩效评价报告 (docx, multi-year table, score table)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't06_tingning_county_local_chronicle_compilation_project_performance_evaluation_2024.docx'
FMT = 'docx'


def build():
    L = Ledger(NAME)
    docno = '渟财评〔2025〕5号'
    date = '2025年4月15日'
    stages = ['资料收集', '初稿撰写', '评审修改', '出版印刷']
    design = D('180')
    Y = (2022, 2023, 2024)
    bud = {2022: D('86.00'), 2023: D('94.00'), 2024: D('88.00')}
    act = {2022: D('79.46'), 2023: D('90.82'), 2024: D('84.37')}
    words = {2022: D('38.6'), 2023: D('82.3'), 2024: D('55.5')}
    plan25 = D('92.00')
    parts24 = [('撰稿及编辑劳务', D('46.20')), ('专家评审', D('18.75')), ('资料征集及复制', D('12.36')),
               ('办公及差旅', D('7.06'))]
    writers_in, writers_out = 9, 19
    material = 2864
    opinions, adopted = 312, 296
    sent, sat = 160, 146
    # ---- derived
    yr = {y: pct(act[y], bud[y]) for y in Y}
    tb, ta, tw = sum(bud.values()), sum(act.values()), sum(words.values())
    trate = pct(ta, tb)
    total_bud = tb + plan25
    assert sum(p[1] for p in parts24) == act[2024]
    lab_sh = pct(parts24[0][1], act[2024])
    done = pct(tw, design)
    adopt_r = pct(adopted, opinions)
    per_w = q(ta / tw, 2)
    sat_r = pct(sat, sent)
    s_fund = q(trate / 10, 2)
    s_done = q(D(15) * done / 100, 2)
    s_adopt = q(adopt_r / 10, 2)
    s_sat = q(D(5) * sat_r / 100, 2)
    score = [('决策', '立项依据', 5, D('5.00')), ('决策', '绩效目标', 5, D('4.00')), ('决策', '资金投入', 5, D('4.50')),
             ('过程', '资金管理', 10, s_fund), ('过程', '组织实施', 10, D('8.00')),
             ('产出', '初稿完成率', 15, s_done), ('产出', '评审意见采纳率', 10, s_adopt), ('产出', '进度时效', 15, D('10.50')),
             ('效益', '资料抢救保存', 10, D('9.00')), ('效益', '社会利用', 10, D('7.20')), ('效益', '满意度', 5, s_sat)]
    assert sum(s[2] for s in score) == 100 and all(s[3] <= s[2] for s in score)
    total = sum(s[3] for s in score)
    bands = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]
    grade = '良'
    assert 80 <= total < 90

    m = []
    m.append(B('title', '关于《渟宁县志（2006—2020）》编纂项目的绩效评价报告'))
    m.append(B('sub', docno))
    m.append(B('p', '根据年度财政重点绩效评价工作安排，县财政局评价组于2025年3月3日至3月21日对县地方志编纂中心承担的'
                    '《渟宁县志（2006—2020）》编纂项目开展了绩效评价，评价范围为2022—2024年已安排的项目资金。现将评价情况报告如下。'))
    m.append(B('h', '一、项目基本情况'))
    m.append(B('p', '该项目周期为2022—2025年，设计篇幅%s万字，编纂工作分为%d个阶段，即%s、%s、%s和%s。项目总预算%s万元，'
                    '2022—2024年累计安排%s万元，2025年计划安排%s万元用于出版印刷。参与撰稿人员%d人，其中中心在编人员%d人、'
                    '外聘撰稿人%d人。'
                    % (P(design, 0), len(stages), *stages, F(total_bud), F(tb), F(plan25), writers_in + writers_out,
                       writers_in, writers_out)))
    L.count('编纂阶段4个', str(len(stages)), stages)
    L.sum('项目总预算 = 2022—2024累计 + 2025计划', F(total_bud), [F(tb), F(plan25)])
    L.sum('撰稿人员 = 在编 + 外聘', str(writers_in + writers_out), [str(writers_in), str(writers_out)])
    m.append(B('h', '二、资金安排和使用情况'))
    m.append(B('p', '2022—2024年累计安排资金%s万元，实际支出%s万元，执行率%s%%。分年度情况见表1。'
                    % (F(tb), F(ta), P(trate))))
    rows = [['年度', '预算安排', '实际支出', '执行率（%）', '完成初稿（万字）']]
    for y in Y:
        rows.append(['%d年' % y, F(bud[y]), F(act[y]), P(yr[y]), P(words[y], 1)])
    rows.append(['合计', F(tb), F(ta), P(trate), P(tw, 1)])
    m.append(T(rows, cap='表1　2022—2024年项目资金及进度情况', unit='金额单位：万元'))
    L.sum('表1 预算安排合计', F(tb), [F(bud[y]) for y in Y])
    L.sum('表1 实际支出合计', F(ta), [F(act[y]) for y in Y])
    L.sum('表1 初稿字数合计', P(tw, 1), [P(words[y], 1) for y in Y])
    for y in Y:
        L.ratio('表1 执行率%d' % y, F(act[y]), F(bud[y]), P(yr[y]))
    L.ratio('表1 合计执行率', F(ta), F(tb), P(trate))
    m.append(B('p', '2024年支出%s万元，其中%s%s万元、%s%s万元、%s%s万元、%s%s万元，撰稿及编辑劳务占当年支出的%s%%。'
                    % (F(act[2024]), parts24[0][0], F(parts24[0][1]), parts24[1][0], F(parts24[1][1]),
                       parts24[2][0], F(parts24[2][1]), parts24[3][0], F(parts24[3][1]), P(lab_sh))))
    L.sum('2024年支出 = 四项', F(act[2024]), [F(p[1]) for p in parts24])
    L.ratio('劳务占2024年支出', F(parts24[0][1]), F(act[2024]), P(lab_sh))
    m.append(B('h', '三、绩效目标实现情况'))
    m.append(B('p', '（一）产出。截至2024年12月31日，共征集各类资料%s万字，完成初稿%s万字，为设计篇幅的%s%%；'
                    '组织篇目、初稿和复审评审会3次，收到评审意见%d条，采纳修改%d条，采纳率%s%%。按累计支出计，'
                    '平均每万字初稿编纂成本%s万元。'
                    % (I(material), P(tw, 1), P(done), opinions, adopted, P(adopt_r), P(per_w))))
    L.ratio('初稿完成率', P(tw, 1), P(design, 0), P(done))
    L.ratio('评审意见采纳率', str(adopted), str(opinions), P(adopt_r))
    L.ratio('平均每万字编纂成本', F(ta), P(tw, 1), P(per_w), 1)
    m.append(B('p', '（二）进度。原计划2024年底完成全部初稿，实际完成率未达100%，进度时效指标扣4.50分。中心计划于2025年10月底前'
                    '完成终审验收，2025年12月正式出版。'))
    L.diff('进度时效扣分', '15', '10.50', '4.50')
    m.append(B('p', '（三）效益。评价组向部门、乡镇和读者发放问卷%d份，表示满意的%d份，满意度%s%%。'
                    % (sent, sat, P(sat_r))))
    L.ratio('满意度', str(sat), str(sent), P(sat_r))
    m.append(B('h', '四、评价结论'))
    m.append(B('p', '评价结果分为四个等级：得分90分以上（含90分）为“优”，80—89.99分为“良”，60—79.99分为“中”，60分以下为“差”。'
                    '各项指标得分见表2。'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, v, s in score:
        rows.append([a, b, str(v), P(s)])
    rows.append(['合计', '', '100', P(total)])
    m.append(T(rows, cap='表2　绩效评价得分表'))
    L.sum('表2 分值合计', '100', [str(s[2]) for s in score])
    L.sum('表2 得分合计', P(total), [P(s[3]) for s in score])
    L.ratio('表2 资金管理得分 = 执行率/10', P(trate), '1', P(s_fund), D('0.1'))
    L.prod('表2 初稿完成率得分 = 15 x 完成率', '15', P(done), P(s_done), D('0.01'))
    L.ratio('表2 采纳率得分 = 采纳率/10', P(adopt_r), '1', P(s_adopt), D('0.1'))
    L.prod('表2 满意度得分 = 5 x 满意度', '5', P(sat_r), P(s_sat), D('0.01'))
    m.append(B('p', '经综合评价，该项目得分%s分，评价等级为“%s”。项目资料征集扎实、资金使用规范，但进度滞后于计划，'
                    '外聘撰稿人流动较大。建议2025年预算按出版印刷实际需要据实安排，并建立分编审稿责任制。'
                    % (P(total), grade)))
    L.band('评价等级', P(total), grade, bands)
    L.same('same: 总分写两次', P(total), 2)
    m.append(B('sign', '渟宁县财政局\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.dated('落款日期晚于评价结束日', date, '2025年3月21日')
    L.anchor('anchor: 文号', docno)
    L.facts.update(date=date, docno=docno)
    meta = dict(title='关于《渟宁县志（2006—2020）》编纂项目的绩效评价报告')
    return m, L, meta, {}
