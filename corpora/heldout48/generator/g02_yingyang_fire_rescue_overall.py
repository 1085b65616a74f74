# -*- coding: utf-8 -*-
"""t02 潆阳县消防救援大队 2024年度部门整体支出绩效自评报告 (docx, score table, quarterly progress)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't02_yingyang_county_fire_rescue_brigade_overall_expenditure_selfeval_2024.docx'
FMT = 'docx'


def build():
    L = Ledger(NAME)
    docno = '潆消〔2025〕6号'
    date = '2025年4月8日'
    sections = ['综合室', '防火监督科', '作战训练科']
    stations = ['城区消防救援站', '工业园区消防救援站', '苠坪镇政府专职消防队']
    quota_a, quota_b = 46, 58
    real_a, real_b = 44, 57
    init, add = D('1286.40'), D('196.20')
    staff_cost, public_cost = D('712.48'), D('123.64')
    base_budget = D('851.30')
    projects = [('政府专职消防队员经费', D('318.60'), D('312.45')),
                ('消防装备购置', D('186.00'), D('162.38')),
                ('营房维修改造', D('82.70'), D('74.16')),
                ('消防宣传培训', D('44.00'), D('33.64'))]
    quarters = [D('236.84'), D('368.27'), D('349.51')]
    prev_rate = D('93.82')
    fires, rescue, aid = 318, 792, 276
    trucks, in_time = 2941, 1372
    loss, loss_prev = D('186.4'), D('213.7')
    units, hazards, fixed = 1926, 2874, 2793
    trainings = ['社会单位消防安全责任人培训', '微型消防站队员培训', '村（社区）网格员培训']
    train_people = [1240, 386, 612]
    sent, back, satisfied = 400, 386, 361
    # ---- derived
    adj = init + add
    base = staff_cost + public_cost
    proj_b = sum(p[1] for p in projects)
    proj_s = sum(p[2] for p in projects)
    assert base_budget + proj_b == adj
    spend = base + proj_s
    rate = pct(spend, adj)
    pp = rate - prev_rate
    base_sh, proj_sh = pct(base, spend), pct(proj_s, spend)
    assert base_sh + proj_sh == 100
    q4 = spend - sum(quarters)
    q123 = sum(quarters)
    q_rate = pct(q123, adj)
    lag = D('75') - q_rate
    prate = [pct(p[2], p[1]) for p in projects]
    proj_rate = pct(proj_s, proj_b)
    alerts = fires + rescue + aid
    per_alert = q(D(trucks) / alerts, 2)
    intime_r = pct(in_time, alerts)
    loss_d = loss_prev - loss
    loss_r = pct(loss_d, loss_prev)
    fix_r = pct(fixed, hazards)
    train_total = sum(train_people)
    sat = pct(satisfied, back)
    back_r = pct(back, sent)
    leave_r = pct(5, quota_b)
    # score table
    s_rate = q(rate / 10, 2)
    s_time = q(D(12) * intime_r / 100, 2)
    s_fix = q(D(12) * fix_r / 100, 2)
    s_sat = q(sat / 10, 2)
    score = [('决策', '目标设定', 5, D('5.00')), ('决策', '预算编制', 5, D('4.50')),
             ('过程', '预算执行率', 10, s_rate), ('过程', '资金使用合规性', 8, D('7.50')),
             ('过程', '资产管理', 7, D('6.20')), ('产出', '接处警出动及时率', 12, s_time),
             ('产出', '火灾隐患整改率', 12, s_fix), ('产出', '宣传培训任务完成', 11, D('9.40')),
             ('效益', '火灾形势稳定', 10, D('8.50')), ('效益', '服务对象满意度', 10, s_sat),
             ('效益', '队伍职业保障', 10, D('5.90'))]
    assert sum(s[2] for s in score) == 100
    assert all(s[3] <= s[2] for s in score)
    total = sum(s[3] for s in score)
    bands = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]
    grade = '良' if 80 <= total < 90 else None
    assert grade

    m = []
    m.append(B('title', '潆阳县消防救援大队2024年度部门整体支出绩效自评报告'))
    m.append(B('sub', docno))
    m.append(B('h', '一、部门基本情况'))
    m.append(B('p', '大队内设股室%d个，即%s、%s和%s；下辖消防救援站%d个，即%s、%s和%s。核定国家综合性消防救援队伍人员%d名、'
                    '政府专职消防队员%d名，年末实有%d人，其中消防救援人员%d人、政府专职消防队员%d人。'
                    % (len(sections), *sections, len(stations), *stations, quota_a, quota_b, real_a + real_b,
                       real_a, real_b)))
    L.count('内设股室3个', str(len(sections)), sections)
    L.count('下辖消防救援站3个', str(len(stations)), stations)
    L.sum('年末实有 = 消防救援人员 + 专职队员', str(real_a + real_b), [str(real_a), str(real_b)])
    L.le('专职队员实有不超过核定', str(real_b), str(quota_b))
    m.append(B('h', '二、预算安排及执行情况'))
    m.append(B('p', '2024年年初预算%s万元，年中追加%s万元，调整预算%s万元。全年支出%s万元，预算执行率%s%%，'
                    '较上年的%s%%提高%s个百分点。其中基本支出%s万元（人员经费%s万元、公用经费%s万元），占%s%%；'
                    '项目支出%s万元，占%s%%。'
                    % (F(init), F(add), F(adj), F(spend), P(rate), P(prev_rate), P(pp), F(base), F(staff_cost),
                       F(public_cost), P(base_sh), F(proj_s), P(proj_sh))))
    L.sum('调整预算 = 年初 + 追加', F(adj), [F(init), F(add)])
    L.ratio('预算执行率', F(spend), F(adj), P(rate))
    L.pp('执行率较上年提高', P(rate), P(prev_rate), P(pp), '提高')
    L.sum('全年支出 = 基本 + 项目', F(spend), [F(base), F(proj_s)])
    L.sum('基本支出 = 人员经费 + 公用经费', F(base), [F(staff_cost), F(public_cost)])
    L.ratio('基本支出占比', F(base), F(spend), P(base_sh))
    L.ratio('项目支出占比', F(proj_s), F(spend), P(proj_sh))
    m.append(B('p', '分季度看，一季度支出%s万元，二季度%s万元，三季度%s万元，四季度%s万元。前三季度累计支出%s万元，'
                    '截至9月底执行进度为%s%%（按调整预算计），低于序时进度75%%约%s个百分点；第四季度集中支付装备采购和'
                    '营房维修款项后，全年执行率达到%s%%。'
                    % (F(quarters[0]), F(quarters[1]), F(quarters[2]), F(q4), F(q123), P(q_rate), P(lag), P(rate))))
    L.sum('四个季度之和 = 全年支出', F(spend), [F(x) for x in quarters] + [F(q4)])
    L.sum('前三季度累计', F(q123), [F(x) for x in quarters])
    L.ratio('截至9月底执行进度', F(q123), F(adj), P(q_rate))
    L.diff('低于序时进度', '75', P(q_rate), P(lag))
    rows = [['项目名称', '调整预算', '支出数', '执行率（%）']]
    for (nm, b, s), r in zip(projects, prate):
        rows.append([nm, F(b), F(s), P(r)])
    rows.append(['合计', F(proj_b), F(proj_s), P(proj_rate)])
    m.append(T(rows, cap='表1　2024年项目支出执行情况', unit='金额单位：万元'))
    L.sum('表1 调整预算合计', F(proj_b), [F(p[1]) for p in projects])
    L.sum('表1 支出数合计', F(proj_s), [F(p[2]) for p in projects])
    for (nm, b, s), r in zip(projects, prate):
        L.ratio('表1 执行率 %s' % nm, F(s), F(b), P(r))
    L.ratio('表1 合计执行率', F(proj_s), F(proj_b), P(proj_rate))
    L.diff('项目调整预算 = 调整预算 - 基本支出预算', F(adj), F(base_budget), F(proj_b))
    m.append(B('p', '调整预算中，基本支出预算%s万元、项目支出预算%s万元。项目中执行率最低的是消防宣传培训，为%s%%，主要是部分'
                    '培训改为线上开展、场地费用未发生。' % (F(base_budget), F(proj_b), P(prate[3]))))
    L.min('执行率最低 消防宣传培训', '消防宣传培训', [[p[0], P(r)] for p, r in zip(projects, prate)])
    m.append(B('h', '三、绩效目标完成情况'))
    m.append(B('p', '（一）灭火救援。全年接处警出动%s起，其中火灾%d起、抢险救援%d起、社会救助%d起；出动车辆%s辆次，'
                    '平均每起出动车辆%s辆次，5分钟内到场%s起，出动及时率%s%%。全县火灾直接财产损失%s万元，较上年的%s万元'
                    '减少%s万元，降幅%s%%，未发生较大以上亡人火灾。'
                    % (I(alerts), fires, rescue, aid, I(trucks), P(per_alert), I(in_time), P(intime_r), P(loss, 1),
                       P(loss_prev, 1), P(loss_d, 1), P(loss_r))))
    L.sum('接处警 = 火灾 + 抢险救援 + 社会救助', I(alerts), [str(fires), str(rescue), str(aid)])
    L.ratio('平均每起出动车辆', I(trucks), I(alerts), P(per_alert), 1)
    L.ratio('出动及时率', I(in_time), I(alerts), P(intime_r))
    L.growth('火灾直接财产损失较上年减少', P(loss, 1), P(loss_prev, 1), P(loss_d, 1), P(loss_r), '降幅')
    m.append(B('p', '（二）防火监督。检查社会单位%s家，发现火灾隐患%s处，督促整改%s处，整改率%s%%。'
                    % (I(units), I(hazards), I(fixed), P(fix_r))))
    L.ratio('隐患整改率', I(fixed), I(hazards), P(fix_r))
    m.append(B('p', '（三）宣传培训。开展培训%d类，即%s、%s和%s，参训人数分别为%s人、%d人和%d人，合计%s人。'
                    % (len(trainings), *trainings, I(train_people[0]), train_people[1], train_people[2],
                       I(train_total))))
    L.count('培训3类', str(len(trainings)), trainings)
    L.sum('参训合计', I(train_total), [I(train_people[0]), str(train_people[1]), str(train_people[2])])
    m.append(B('p', '（四）满意度。发放问卷%d份，回收%d份，回收率%s%%，其中表示满意的%d份，满意度%s%%。'
                    '政府专职消防队员全年流失5人，流失率%s%%（按核定数计）。'
                    % (sent, back, P(back_r), satisfied, P(sat), P(leave_r))))
    L.ratio('问卷回收率', str(back), str(sent), P(back_r))
    L.ratio('满意度 = 满意 / 回收', str(satisfied), str(back), P(sat))
    L.ratio('专职队员流失率', '5', str(quota_b), P(leave_r))
    m.append(B('h', '四、自评结论'))
    m.append(B('p', '自评分值标准为：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'
                    '各项指标得分见表2。'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, v, s in score:
        rows.append([a, b, str(v), P(s)])
    rows.append(['合计', '', '100', P(total)])
    m.append(T(rows, cap='表2　部门整体支出绩效自评得分'))
    L.sum('表2 分值合计 100', '100', [str(s[2]) for s in score])
    L.sum('表2 得分合计', P(total), [P(s[3]) for s in score])
    L.ratio('表2 预算执行率得分 = 执行率/10', P(rate), '1', P(s_rate), D('0.1'))
    L.prod('表2 出动及时率得分 = 12 x 及时率', '12', P(intime_r), P(s_time), D('0.01'))
    L.prod('表2 隐患整改率得分 = 12 x 整改率', '12', P(fix_r), P(s_fix), D('0.01'))
    L.ratio('表2 满意度得分 = 满意度/10', P(sat), '1', P(s_sat), D('0.1'))
    m.append(B('p', '经自评，2024年度部门整体支出绩效得分%s分，评定等级为“%s”。扣分主要集中在队伍职业保障和宣传培训'
                    '任务完成两项。' % (P(total), grade)))
    L.band('自评等级与分值标准一致', P(total), grade, bands)
    L.same('same: 总分写两次', P(total), 2)
    m.append(B('h', '五、存在问题及改进措施'))
    m.append(B('p', '一是上半年支出进度偏慢，装备采购集中在第四季度；二是政府专职消防队员待遇偏低，队伍稳定性不足。'
                    '下一步，大队将于2025年6月底前完成装备采购尾款支付，并提请县政府研究提高专职队员薪酬标准。'))
    m.append(B('sign', '潆阳县消防救援大队\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.anchor('anchor: 文号', docno)
    L.facts.update(date=date, docno=docno)
    meta = dict(title='潆阳县消防救援大队2024年度部门整体支出绩效自评报告')
    values = dict(total=P(total), grade=grade, per_alert=P(per_alert))
    return m, L, meta, values
