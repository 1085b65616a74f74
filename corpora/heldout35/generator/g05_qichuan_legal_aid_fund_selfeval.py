"""t05 — 屺川县司法局 法律援助经费 项目支出绩效自评报告 (pdf, reportlab STSong-Light)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't05_qichuan_legal_aid_fund_selfeval_2024.pdf'
DOCNO = '屺司〔2025〕5号'
DATE = '2025年3月12日'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'pdf', style={'author': '屺川县司法局', 'colw': {'表1': [52, 32, 28, 26, 22], '表2': [46, 30, 30, 18, 20]}})
    src = [('中央专项彩票公益金法律援助项目资金', D('20.00')), ('省级补助资金', D('32.00')), ('县本级预算', D('84.00'))]
    cases = [  # 类型, 结案件数/人次, 标准(元)
        ('刑事案件（审判阶段）', 248, 1800, '件'),
        ('刑事案件（审查起诉阶段）', 38, 1200, '件'),
        ('民事案件', 388, 1500, '件'),
        ('行政案件', 14, 2000, '件'),
        ('值班律师法律帮助', 1260, 100, '人次'),
    ]
    other = [('法律援助宣传及培训', D('3.40')), ('案件质量同行评估', D('1.90'))]
    accepted, prev_accepted = 712, 645
    mid_spend = D('52.36')
    lawyers_social, lawyers_center = 41, 11
    recipients = 732
    groups = [('农民工', 186), ('老年人', 142), ('残疾人', 57), ('未成年人', 96)]
    visit, visit_ok = 620, 604
    audit_n, audit_good = 120, 113
    timely = 670
    consult = 8436
    benefit = D('2,846.30')

    # ---- derived
    budget = sum(a for _, a in src)
    src_sh = share_fix([a for _, a in src])
    amt = [q(D(n) * std / 10000, 2) for _, n, std, _ in cases]
    subsidy = sum(amt)
    spend = subsidy + sum(a for _, a in other)
    rate = pct(spend, budget)
    left = budget - spend
    mid_rate = pct(mid_spend, budget)
    assert mid_rate < rate
    closed = sum(c[1] for c in cases[:4])
    case_amt = sum(amt[:4])
    close_rate = pct(closed, accepted)
    g_acc = growth(accepted, prev_accepted)
    lawyers = lawyers_social + lawyers_center
    per_lawyer = q(D(closed) / lawyers, 2)
    per_case = q(case_amt * 10000 / closed, 2)
    sub_sh = pct(subsidy, spend)
    sat = pct(visit_ok, visit)
    good = pct(audit_good, audit_n)
    timely_rate = pct(timely, closed)
    t_sh = [pct(a, spend) for a in amt] + [pct(a, spend) for _, a in other]
    sh_all = share_fix(list(amt) + [a for _, a in other])
    assert t_sh == sh_all
    crim = cases[0][1] + cases[1][1]

    # score table: 指标, 目标值, 完成值, 分值, 得分
    s_timely = q(10 * timely_rate / 100, 2)
    s_exec = q(10 * rate / 100, 2)
    score = [
        ('办结法律援助案件数', '≥650件', '%d件' % closed, 15, D('15.00')),
        ('值班律师法律帮助人次', '≥1,000人次', '%s人次' % I(cases[4][1]), 10, D('10.00')),
        ('结案率', '≥95%', F(close_rate) + '%', 10, D('10.00')),
        ('案件质量优良率', '≥90%', F(good) + '%', 10, D('10.00')),
        ('办案补贴发放及时率', '100%', F(timely_rate) + '%', 10, s_timely),
        ('预算执行率', '100%', F(rate) + '%', 10, s_exec),
        ('受援人满意度', '≥95%', F(sat) + '%', 15, D('15.00')),
        ('受理案件数增长', '≥5%', F(g_acc) + '%', 10, D('10.00')),
        ('管理制度健全性', '健全', '基本健全', 10, D('9.00')),
    ]
    assert sum(s[3] for s in score) == 100
    total = sum(s[4] for s in score)
    lost = 100 - total
    assert total >= 90

    doc.title('屺川县司法局2024年度法律援助经费项目支出绩效自评报告')
    doc.sub(DOCNO)
    doc.h('一、项目基本情况')
    doc.p('县法律援助中心负责全县法律援助案件的受理、审查和指派，案件由%d家律师事务所的社会律师和中心专职律师承办。2024年法律援助经费'
          '预算%s万元，其中%s%s万元、%s%s万元、%s%s万元，分别占%s%%、%s%%、%s%%。'
          % (6, F(budget), src[0][0], F(src[0][1]), src[1][0], F(src[1][1]), src[2][0], F(src[2][1]),
             F(src_sh[0]), F(src_sh[1]), F(src_sh[2])))
    doc.h('二、经费使用情况')
    doc.p('年中监控时（截至2024年6月30日）支出%s万元，执行率%s%%。截至2024年12月31日全年支出%s万元，执行率%s%%，结余%s万元'
          '已按规定收回县财政。其中办案补贴%s万元，占支出的%s%%，按结案件数（人次）和补贴标准核发，明细见表1。'
          % (F(mid_spend), F(mid_rate), F(spend), F(rate), F(left), F(subsidy), F(sub_sh)))
    rows = []
    for (nm, n, std, u), a, s_ in zip(cases, amt, t_sh):
        rows.append([nm, I(n), I(std), F(a), F(s_)])
    for (nm, a), s_ in zip(other, t_sh[len(cases):]):
        rows.append([nm, '—', '—', F(a), F(s_)])
    rows.append(['合计', '—', '—', F(spend), '100.00'])
    doc.table('表1', '表1  2024年法律援助经费支出明细', ['支出项目', '结案件数（人次）', '补贴标准（元）', '金额（万元）',
                                                    '占比（%）'], rows)
    doc.h('三、绩效目标完成情况')
    doc.p('全年受理法律援助案件%d件，比上年%d件增长%s%%；结案%d件，结案率%s%%，其中刑事案件%d件。受援人%d人，其中农民工%d人、'
          '老年人%d人、残疾人%d人、未成年人%d人（同一受援人可能属于多个群体）。另提供法律咨询%s人次，不核发办案补贴。'
          % (accepted, prev_accepted, F(g_acc), closed, F(close_rate), crim, recipients, groups[0][1], groups[1][1],
             groups[2][1], groups[3][1], I(consult)))
    doc.p('全县承办律师%d名（社会律师%d名、中心专职律师%d名），人均结案%s件；四类案件办案补贴%s万元，平均每件%s元（不含值班律师法律帮助）。'
          '同行评估抽查案卷%d件，优良%d件，优良率%s%%；结案后30日内发放补贴%d件，及时率%s%%。回访受援人%d人，满意%d人，'
          '满意度%s%%。通过法律援助为受援人挽回或取得经济利益%s万元。'
          % (lawyers, lawyers_social, lawyers_center, F(per_lawyer), F(case_amt), F(per_case), audit_n, audit_good, F(good), timely,
             F(timely_rate), visit, visit_ok, F(sat), F(benefit)))
    doc.h('四、自评得分')
    rows = [[s[0], s[1], s[2], str(s[3]), F(s[4])] for s in score]
    rows.append(['合计', '—', '—', '100', F(total)])
    doc.table('表2', '表2  绩效自评指标及得分', ['指标', '年度目标值', '实际完成值', '分值', '得分'], rows,
              note='注：办案补贴发放及时率、预算执行率按完成比例计分，其余指标达到目标值得满分。')
    doc.p('综合评定，项目自评得分%s分，扣%s分，评价等级为“优”。' % (F(total), F(lost)))
    doc.h('五、存在问题及改进措施')
    doc.p('部分案件结案材料提交滞后，影响补贴发放及时率；下一步将推行办案补贴按月结算，并将值班律师工作量纳入同行评估。')
    doc.sign(['屺川县司法局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    L.sum('经费来源合计', F(budget), [F(a) for _, a in src])
    for (nm, a), s_ in zip(src, src_sh):
        L.rate('%s 占比' % nm, F(s_), F(a), F(budget))
    L.sum('经费来源占比合计', '100.00', [F(x) for x in src_sh])
    for (nm, n, std, u), a in zip(cases, amt):
        L.prod('表1 %s 金额 = 件数 x 标准' % nm, F(a), [I(n), I(std)], div=10000)
    L.sum('办案补贴合计', F(subsidy), [F(a) for a in amt])
    L.sum('表1 金额合计', F(spend), [F(a) for a in amt] + [F(a) for _, a in other])
    for (nm, a), s_ in zip([(c[0], x) for c, x in zip(cases, amt)] + other, t_sh):
        L.rate('表1 %s 占比' % nm, F(s_), F(a), F(spend))
    L.sum('表1 占比合计', '100.00', [F(x) for x in t_sh])
    L.rate('办案补贴占支出', F(sub_sh), F(subsidy), F(spend))
    L.rate('年中执行率', F(mid_rate), F(mid_spend), F(budget))
    L.rate('年末执行率', F(rate), F(spend), F(budget))
    L.le('年中执行率 <= 年末执行率', F(mid_rate), F(rate))
    L.signed('结余 = 预算 − 支出', F(left), [('+', F(budget)), ('-', F(spend))])
    L.growth('受理案件增长', F(g_acc), str(accepted), str(prev_accepted), 'up')
    L.sum('结案 = 表1 四类案件之和', str(closed), [I(c[1]) for c in cases[:4]])
    L.rate('结案率', F(close_rate), str(closed), str(accepted))
    L.sum('刑事案件 = 审判 + 审查起诉', str(crim), [str(cases[0][1]), str(cases[1][1])])
    for nm, n in groups:
        L.le('重点群体 %s <= 受援人' % nm, str(n), str(recipients))
    L.sum('承办律师 = 社会律师 + 专职律师', str(lawyers), [str(lawyers_social), str(lawyers_center)])
    L.quot('人均结案', F(per_lawyer), str(closed), str(lawyers))
    L.sum('四类案件办案补贴', F(case_amt), [F(a) for a in amt[:4]])
    L.quot('案件平均办案补贴（元）', F(per_case), F(case_amt), str(closed), mul=10000)
    L.rate('案件质量优良率', F(good), str(audit_good), str(audit_n))
    L.rate('补贴发放及时率', F(timely_rate), str(timely), str(closed))
    L.rate('受援人满意度', F(sat), str(visit_ok), str(visit))
    L.prod('得分 及时率 = 10 x 及时率', F(s_timely), ['10', F(timely_rate)], div=100)
    L.prod('得分 预算执行率 = 10 x 执行率', F(s_exec), ['10', F(rate)], div=100)
    L.sum('表2 分值合计', '100', [str(s[3]) for s in score])
    L.sum('表2 得分合计', F(total), [F(s[4]) for s in score])
    L.diff('扣分 = 100 − 得分', F(lost), '100', F(total))
    L.band('等级 优 (>= 90)', F(total), '90', '100', '“优”')
    L.same('表2 实际完成值 结案率 = 正文', F(close_rate), F(close_rate), occ=2)
    L.same('表2 实际完成值 执行率 = 正文', F(rate), F(rate), occ=2)
    L.same('表2 实际完成值 满意度 = 正文', F(sat), F(sat), occ=2)
    L.same('正文得分 = 表2合计', F(total), F(total), occ=2)
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
