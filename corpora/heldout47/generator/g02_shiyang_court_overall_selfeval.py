# -*- coding: utf-8 -*-
"""t02 湜阳县人民法院 2024年度部门整体支出绩效自评报告 (docx)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't02_shiyang_county_peoples_court_overall_expenditure_selfeval_2024'
EXT = '.docx'
META = {'format': 'docx', 'issuer': '湜阳县人民法院'}

BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '湜法〔2025〕12号'
    date = '2025年3月28日'
    courts = ['萱坪人民法庭', '蓬口人民法庭']
    # ---- base inputs
    est_zf, est_sy, actual, judges, clerks = 80, 4, 79, 31, 32
    init, add = D('3286.50'), D('418.70')
    staff, public = D('2391.06'), D('257.25')
    basic_budget = D('2702.40')
    projects = [('办案业务经费', D('356.00'), D('348.62')), ('法庭建设及运维经费', D('210.00'), D('172.45')),
                ('信息化建设经费', D('268.80'), D('235.36')), ('司法救助资金', D('60.00'), D('58.40')),
                ('诉讼服务中心运行经费', D('108.00'), D('99.70'))]
    prev_exec = D('94.70')
    aid_persons = 46
    new_cases = [('民事', 5126), ('刑事', 486), ('行政', 97), ('执行', 2506)]
    old_cases, closed, in_limit, prev_cases = 427, 8296, 8214, 8107
    recep, car, prev_sg = D('2.18'), D('10.18'), D('13.90')
    sv_sent, sv_back, sv_ok = 260, 248, 229
    # ---- derived
    est = est_zf + est_sy
    adj = init + add
    basic = staff + public
    proj = sum(s for _, _, s in projects)
    spend = basic + proj
    assert basic_budget + sum(b for _, b, _ in projects) == adj
    ex = pct(spend, adj)
    judge_share = pct(judges, actual)
    sh_basic, sh_proj = pct(basic, spend), pct(proj, spend)
    assert sh_basic + sh_proj == 100
    newc = sum(n for _, n in new_cases)
    accepted = newc + old_cases
    close_rate = pct(closed, accepted)
    limit_rate = pct(in_limit, closed)
    per_judge = q(D(closed) / judges)
    cgrow = accepted - prev_cases
    crate = pct(cgrow, prev_cases)
    aid_avg = q(projects[3][2] / aid_persons)
    sg = recep + car
    sgd = prev_sg - sg
    sgr = pct(sgd, prev_sg)
    sat = pct(sv_ok, sv_back)
    rates = [(n, pct(s, b)) for n, b, s in projects]
    low = min(rates, key=lambda x: x[1])
    assert low[0] == '法庭建设及运维经费'

    M.append(('title', '湜阳县人民法院2024年度部门整体支出绩效自评报告'))
    M.append(('sub', docno))
    M.append(('h', '一、部门基本情况'))
    M.append(('p', '湜阳县人民法院内设审判业务和综合部门11个，派出人民法庭2个，即%s和%s。核定编制%s名，其中政法专项编制%s名、事业编制%s名；'
                   '年末实有在编人员%s人，其中员额法官%s名，占在编人员的%s%%；另有聘用制书记员%s名，不占编制。'
                   % (courts[0], courts[1], I(est), I(est_zf), I(est_sy), I(actual), I(judges), P(judge_share), I(clerks))))
    L.count('派出人民法庭个数', '2', courts)
    L.sum('核定编制 = 政法专项编制 + 事业编制', I(est), [I(est_zf), I(est_sy)])
    L.ratio('员额法官占在编人员比例', P(judge_share), I(judges), I(actual))
    M.append(('h', '二、预算安排及执行情况'))
    M.append(('p', '2024年年初预算%s万元，年中追加%s万元，调整后预算%s万元，全部为财政拨款。全年支出%s万元，预算执行率%s%%，较上年（%s%%）上升%s个百分点。'
                   % (F(init), F(add), F(adj), F(spend), P(ex), P(prev_exec), P(ex - prev_exec))))
    L.sum('调整预算 = 年初 + 追加', F(adj), [F(init), F(add)])
    L.ratio('预算执行率 = 支出 / 调整预算', P(ex), F(spend), F(adj))
    L.pp('执行率较上年上升（个百分点）', P(ex), P(prev_exec), P(ex - prev_exec), '上升')
    M.append(('p', '按支出性质分，基本支出%s万元（人员经费%s万元、公用经费%s万元），占%s%%；项目支出%s万元，占%s%%。各项目执行情况见下表。'
                   % (F(basic), F(staff), F(public), P(sh_basic), F(proj), P(sh_proj))))
    L.sum('全年支出 = 基本 + 项目', F(spend), [F(basic), F(proj)])
    L.sum('基本支出 = 人员经费 + 公用经费', F(basic), [F(staff), F(public)])
    L.ratio('基本支出占比', P(sh_basic), F(basic), F(spend))
    L.ratio('项目支出占比', P(sh_proj), F(proj), F(spend))
    M.append(('unit', '金额单位：万元'))
    rows = [['支出类别 / 项目', '调整预算', '实际支出', '执行率（%）']]
    rows.append(['基本支出', F(basic_budget), F(basic), P(pct(basic, basic_budget))])
    L.ratio('表 基本支出执行率', P(pct(basic, basic_budget)), F(basic), F(basic_budget))
    for (n, b, s), (_, r) in zip(projects, rates):
        rows.append([n, F(b), F(s), P(r)])
        L.ratio('表 %s执行率' % n, P(r), F(s), F(b))
    rows.append(['合计', F(adj), F(spend), P(ex)])
    M.append(('table', {'id': 'T1', 'rows': rows}))
    L.sum('表 调整预算列合计', F(adj), [F(basic_budget)] + [F(b) for _, b, _ in projects])
    L.sum('表 实际支出列合计', F(spend), [F(basic)] + [F(s) for _, _, s in projects])
    L.mn('执行率最低的项目', low[0], P(low[1]), [P(r) for _, r in rates], '执行率最低的是法庭建设及运维经费')
    M.append(('p', '执行率最低的是法庭建设及运维经费，主要是%s维修工程于2024年11月开工，部分工程款按合同在竣工验收后支付，计划于2025年6月底前完成。'
                   '司法救助资金共救助生活困难的当事人%s人，人均%s万元。' % (courts[0], I(aid_persons), F(aid_avg))))
    L.ratio('司法救助人均（万元）', F(aid_avg), F(projects[3][2]), I(aid_persons), 1)
    M.append(('p', '“三公”经费支出%s万元，由公务接待费%s万元和公务用车运行维护费%s万元组成，因公出国（境）费用为零；比上年的%s万元减少%s万元，下降%s%%。'
                   % (F(sg), F(recep), F(car), F(prev_sg), F(sgd), P(sgr))))
    L.sum('三公经费 = 接待 + 公务用车', F(sg), [F(recep), F(car)])
    L.growth('三公经费比上年减少、下降', F(sg), F(prev_sg), F(sgd), P(sgr), '减少…下降')
    M.append(('h', '三、履职及绩效目标完成情况'))
    M.append(('p', '2024年共受理各类案件%s件，其中新收%s件、旧存%s件；新收案件中民事、刑事、行政和执行案件分别为%s件、%s件、%s件和%s件。'
                   '受理案件比2023年多%s件，增长%s%%（2023年为%s件）。'
                   % (I(accepted), I(newc), I(old_cases), I(new_cases[0][1]), I(new_cases[1][1]), I(new_cases[2][1]),
                      I(new_cases[3][1]), I(cgrow), P(crate), I(prev_cases))))
    L.sum('受理 = 新收 + 旧存', I(accepted), [I(newc), I(old_cases)])
    L.sum('新收 = 民事 + 刑事 + 行政 + 执行', I(newc), [I(n) for _, n in new_cases])
    L.growth('受理案件比2023年多、增长', I(accepted), I(prev_cases), I(cgrow), P(crate), '多…增长')
    M.append(('p', '全年审结案件%s件，结案率%s%%；其中在审限内审结%s件，审限内结案率%s%%。员额法官人均结案%s件。'
                   % (I(closed), P(close_rate), I(in_limit), P(limit_rate), P(per_judge))))
    L.ratio('结案率 = 审结 / 受理', P(close_rate), I(closed), I(accepted))
    L.ratio('审限内结案率 = 审限内审结 / 审结', P(limit_rate), I(in_limit), I(closed))
    L.ratio('员额法官人均结案', P(per_judge), I(closed), I(judges), 1)
    M.append(('p', '委托第三方开展群众满意度调查，发放问卷%s份，回收有效问卷%s份，其中表示满意的%s份，满意度%s%%。'
                   % (I(sv_sent), I(sv_back), I(sv_ok), P(sat))))
    L.ratio('满意度 = 满意 / 有效问卷', P(sat), I(sv_ok), I(sv_back))
    L.le('有效问卷不超过发放', I(sv_back), I(sv_sent))
    M.append(('h', '四、自评结果'))
    M.append(('p', '按照评分规则，总分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。各项指标得分如下。'))
    items = [('预算编制科学性', D(10), D('9.00')),
             ('预算执行率', D(10), q(spend / adj * 10)),
             ('资金管理规范性', D(10), D('9.50')),
             ('结案率', D(15), q(D(closed) / accepted * 15)),
             ('审限内结案率', D(10), q(D(in_limit) / closed * 10)),
             ('信息化及法庭建设', D(10), D('8.00')),
             ('“三公”经费控制', D(5), D('5.00')),
             ('司法救助', D(10), D('9.20')),
             ('群众满意度', D(20), q(D(sv_ok) / sv_back * 20))]
    assert sum(v for _, v, _ in items) == 100 and all(s <= v for _, v, s in items)
    total = sum(s for _, _, s in items)
    rows = [['序号', '评价指标', '分值', '得分']]
    for i, (n, v, s) in enumerate(items, 1):
        rows.append([str(i), n, P(v), P(s)])
    rows.append(['', '合计', P(100), P(total)])
    M.append(('table', {'id': 'T2', 'rows': rows}))
    L.sum('评分表 分值合计', P(100), [P(v) for _, v, _ in items])
    L.sum('评分表 得分合计', P(total), [P(s) for _, _, s in items])
    L.ratio('预算执行率得分 = 10 x 支出 / 调整预算', P(items[1][2]), F(spend), F(adj), 10)
    L.ratio('结案率得分 = 15 x 审结 / 受理', P(items[3][2]), I(closed), I(accepted), 15)
    L.ratio('审限内结案率得分 = 10 x 审限内 / 审结', P(items[4][2]), I(in_limit), I(closed), 10)
    L.ratio('满意度得分 = 20 x 满意 / 有效问卷', P(items[8][2]), I(sv_ok), I(sv_back), 20)
    for n, v, s in items:
        L.le('得分不超过分值：%s' % n, P(s), P(v))
    word = [w for lo, w in BANDS if total >= D(lo)][0]
    M.append(('p', '经自评，本院2024年度部门整体支出%s万元，综合自评得分%s分，自评等级为“%s”。' % (F(spend), P(total), word)))
    L.band('自评等级与分档一致', P(total), '自评等级为“%s”' % word, word, BANDS)
    L.same('整体支出金额重述', F(spend), 3)
    L.same('自评得分重述', P(total), 2)
    M.append(('h', '五、存在问题及改进措施'))
    M.append(('p', '一是法庭建设项目前期论证不充分，开工时间偏晚；二是信息化建设项目验收滞后。下一步将在编制2026年部门预算时细化项目实施计划，'
                   '加快项目进度，提高资金使用效益。'))
    L.anchor('文号', docno)
    M.append(('sign', ['湜阳县人民法院', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    return M, L, META, {'date': date, 'docno': docno}
