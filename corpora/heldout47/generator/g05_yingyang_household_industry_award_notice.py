# -*- coding: utf-8 -*-
"""t05 楹阳县乡村振兴局 2024年度到户产业奖补资金发放情况公示 (txt, space-aligned tables)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't05_yingyang_county_rural_revitalization_bureau_household_industry_award_fund_payment_notice_2024'
EXT = '.txt'
META = {'format': 'txt-space', 'issuer': '楹阳县乡村振兴局'}


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '楹乡振〔2025〕2号'
    date = '2025年1月10日'
    phone = '0739-5820463'
    towns = [('蓖溪镇', 768, 74, D('178.46')), ('莜坪乡', 559, 56, D('131.05')),
             ('蔷口镇', 671, 57, D('152.62')), ('崦湾乡', 452, 41, D('108.37'))]
    cats = [('种植业', 1326), ('养殖业', 1108), ('加工及其他', 244)]
    plan = D('600.00')
    eligible = 2846
    prev_hh, prev_amt = 2512, D('521.80')
    cap = 3000
    # ---- derived
    hh = [a + b for _, a, b, _ in towns]
    tot_hh = sum(hh)
    tot_poor = sum(a for _, a, _, _ in towns)
    tot_mon = sum(b for _, _, b, _ in towns)
    amt = sum(m for _, _, _, m in towns)
    avgs = [q(m * 10000 / h) for (_, _, _, m), h in zip(towns, hh)]
    avg = q(amt * 10000 / tot_hh)
    assert sum(n for _, n in cats) == tot_hh and all(a < cap for a in avgs)
    left = plan - amt
    pay_rate = pct(amt, plan)
    cover = pct(tot_hh, eligible)
    poor_share = pct(tot_poor, tot_hh)
    hg = tot_hh - prev_hh
    hgr = pct(hg, prev_hh)
    ag = amt - prev_amt
    agr = pct(ag, prev_amt)
    names = [n for n, _, _, _ in towns]
    big = max(zip(hh, names))[1]
    assert big == '蓖溪镇'

    M.append(('title', '楹阳县2024年度到户产业奖补资金发放情况公示'))
    M.append(('sub', docno))
    M.append(('p', '根据县乡村振兴局、县财政局联合印发的到户产业奖补实施方案，现将2024年度脱贫户和监测户发展产业奖补资金发放情况公示如下：'))
    M.append(('h', '一、奖补对象和标准'))
    M.append(('p', '奖补对象为发展种养殖等产业、经乡镇验收合格的脱贫户和监测户。奖补按产业类别和规模核定，每户奖补不超过%s元。'
                   '全县有产业发展条件的脱贫户和监测户共%s户。' % (I(cap), I(eligible))))
    M.append(('p', '奖补程序为农户申请、村级初审、乡镇实地验收、县级审核，经村、乡两级公示无异议后发放，不得以物代补，不得截留挪用。'))
    M.append(('h', '二、发放情况'))
    M.append(('p', '本次奖补涉及4个乡镇，即%s、%s、%s和%s。全年共奖补%s户，覆盖率%s%%；其中脱贫户%s户、监测户%s户，脱贫户占%s%%。'
                   '按产业类别分，种植业、养殖业、加工及其他分别为%s户、%s户和%s户。'
                   % (names[0], names[1], names[2], names[3], I(tot_hh), P(cover), I(tot_poor), I(tot_mon), P(poor_share),
                      I(cats[0][1]), I(cats[1][1]), I(cats[2][1]))))
    L.count('涉及乡镇个数', '4', names)
    L.ratio('覆盖率 = 奖补户数 / 有产业发展条件户数', P(cover), I(tot_hh), I(eligible))
    L.sum('奖补户数 = 脱贫户 + 监测户', I(tot_hh), [I(tot_poor), I(tot_mon)])
    L.ratio('脱贫户占奖补户数比例', P(poor_share), I(tot_poor), I(tot_hh))
    L.sum('奖补户数 = 种植 + 养殖 + 加工及其他', I(tot_hh), [I(n) for _, n in cats])
    M.append(('p', '未纳入本次奖补的%s户，主要是产业规模未达到验收标准或已享受其他同类产业补助。' % I(eligible - tot_hh)))
    L.diff('未纳入户数 = 有条件户数 - 奖补户数', I(eligible - tot_hh), I(eligible), I(tot_hh))
    M.append(('p', '共发放奖补资金%s万元，户均%s元。与上年相比，奖补户数增加%s户，增长%s%%（上年%s户）；奖补资金同比增加%s万元，增幅%s%%（上年%s万元）。'
                   % (F(amt), F(avg), I(hg), P(hgr), I(prev_hh), F(ag), P(agr), F(prev_amt))))
    L.ratio('户均奖补（元）', F(avg), F(amt), I(tot_hh), 10000)
    L.growth('奖补户数增加、增长', I(tot_hh), I(prev_hh), I(hg), P(hgr), '增加…增长')
    L.growth('奖补资金同比增加、增幅', F(amt), F(prev_amt), F(ag), P(agr), '增加…增幅')
    M.append(('cap', '表1　2024年度到户产业奖补资金分乡镇发放情况'))
    M.append(('unit', '单位：户、万元、元'))
    rows = [['乡镇', '奖补户数', '其中：脱贫户', '监测户', '奖补资金', '户均奖补']]
    for (n, a, b, m), h, av in zip(towns, hh, avgs):
        rows.append([n, I(h), I(a), I(b), F(m), F(av)])
        L.sum('表1 %s户数 = 脱贫户 + 监测户' % n, I(h), [I(a), I(b)])
        L.ratio('表1 %s户均奖补' % n, F(av), F(m), I(h), 10000)
    rows.append(['合计', I(tot_hh), I(tot_poor), I(tot_mon), F(amt), F(avg)])
    M.append(('table', {'id': 'T1', 'rows': rows}))
    L.sum('表1 奖补户数合计', I(tot_hh), [I(h) for h in hh])
    L.sum('表1 脱贫户合计', I(tot_poor), [I(a) for _, a, _, _ in towns])
    L.sum('表1 监测户合计', I(tot_mon), [I(b) for _, _, b, _ in towns])
    L.sum('表1 奖补资金合计', F(amt), [F(m) for _, _, _, m in towns])
    L.mx('奖补户数最多的乡镇', big, I(max(hh)), [I(h) for h in hh], '奖补户数最多的是%s' % big)
    M.append(('p', '奖补户数最多的是%s，户均奖补最高的是%s。' % (big, names[avgs.index(max(avgs))])))
    L.mx('户均奖补最高的乡镇', names[avgs.index(max(avgs))], F(max(avgs)), [F(a) for a in avgs],
         '户均奖补最高的是%s' % names[avgs.index(max(avgs))])
    M.append(('h', '三、资金来源及结余'))
    M.append(('p', '奖补资金从2024年中央和县级衔接推进乡村振兴补助资金中安排%s万元，实际发放%s万元，发放率%s%%；'
                   '结余%s万元已由县财政统筹用于其他衔接资金项目。资金分两批通过惠民惠农财政补贴资金“一卡通”直接发放到户，'
                   '第一批于2024年9月下旬发放，第二批于2024年12月中旬发放。' % (F(plan), F(amt), P(pay_rate), F(left))))
    L.ratio('发放率 = 实际发放 / 安排', P(pay_rate), F(amt), F(plan))
    L.diff('结余 = 安排 - 发放', F(left), F(plan), F(amt))
    M.append(('h', '四、监督方式'))
    M.append(('p', '公示时间为2025年1月13日至1月19日。对公示内容有异议的，可在公示期内向县乡村振兴局反映，监督电话：%s。' % phone))
    L.anchor('监督电话', phone)
    L.anchor('文号', docno)
    M.append(('sign', ['楹阳县乡村振兴局', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    return M, L, META, {'date': date, 'docno': docno}
