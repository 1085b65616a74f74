"""t06 — 郗平县卫健局、财政局 计划生育家庭奖励扶助和特别扶助金 发放情况公示 (docx)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't06_xiping_family_planning_assistance_payment_notice_2024.docx'
DOCNO = '郗卫健〔2025〕3号'
DATE = '2025年1月13日'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'docx', style={'author': '郗平县卫生健康局'})
    cats = [  # 类别, 月标准, 年初, 新增, 退出, 分担(中央,省,县)
        ('农村部分计划生育家庭奖励扶助', 90, 13952, 1018, 684, (50, 30, 20)),
        ('独生子女伤残家庭特别扶助', 590, 1094, 71, 28, (50, 30, 20)),
        ('独生子女死亡家庭特别扶助', 720, 831, 45, 14, (50, 30, 20)),
        ('计划生育手术并发症（三级）扶助', 100, 44, 3, 1, (0, 0, 100)),
    ]
    towns = [  # 乡镇, 奖扶, 伤残, 死亡, 并发症
        ('郗城镇', 3216, 268, 203, 11),
        ('杉桥镇', 2618, 204, 156, 8),
        ('葭湾乡', 1954, 151, 118, 6),
        ('蓼坪镇', 2487, 197, 149, 9),
        ('菱塘乡', 1733, 132, 97, 5),
        ('苇溪镇', 2278, 185, 139, 7),
    ]
    prev_amt_w = D('2,891.46')
    returned = [(0, 12), (1, 3)]   # (类别 index, 人数) 账户异常退回
    # ---- derived
    end = [c[2] + c[3] - c[4] for c in cats]
    std_y = [c[1] * 12 for c in cats]
    amt = [n * s for n, s in zip(end, std_y)]
    tot_n = sum(end)
    tot = sum(amt)
    tot_w = q(D(tot) / 10000, 2)
    for k in range(4):
        assert sum(t[1 + k] for t in towns) == end[k], k
    t_amt = [sum(t[1 + k] * std_y[k] for k in range(4)) for t in towns]
    assert sum(t_amt) == tot
    t_sh = share_fix(t_amt)
    lv = [sum(D(a) * c[5][i] / 100 for a, c in zip(amt, cats)) for i in range(3)]
    assert all(x == x.to_integral_value() for x in lv) and sum(lv) == tot
    lv_w = [q(x / 10000, 2) for x in lv]
    assert sum(lv_w) != tot_w  # rounding hazard kept on purpose (parts in 万元 add to 0.01 more)
    g = growth(tot_w, prev_amt_w)
    inc = tot_w - prev_amt_w
    sp_n = end[1] + end[2]
    sp_amt = amt[1] + amt[2]
    sp_avg = q(D(sp_amt) / sp_n, 2)
    ret_n = sum(n for _, n in returned)
    ret_amt = sum(std_y[k] * n for k, n in returned)
    ok_n = tot_n - ret_n
    ok_amt = tot - ret_amt
    ok_rate_n = pct(ok_n, tot_n)
    ok_rate_a = pct(ok_amt, tot)
    mid_amt = D(tot) / 2
    mid_w = q(mid_amt / 10000, 2)

    doc.title('郗平县2024年度计划生育家庭奖励扶助和特别扶助金发放情况公示')
    doc.sub(DOCNO)
    doc.p('根据计划生育家庭奖励扶助和特别扶助制度有关规定，经村（居）申报、乡镇审核、县级审批和公示，现将2024年度全县扶助金'
          '发放情况公示如下，接受社会监督。')
    doc.h('一、扶助标准及对象')
    doc.p('2024年本县执行的扶助标准为：农村部分计划生育家庭奖励扶助每人每月%d元；独生子女伤残家庭特别扶助每人每月%d元；'
          '独生子女死亡家庭特别扶助每人每月%d元；计划生育手术并发症（三级）每人每月%d元。扶助对象于年初确认资格后，扶助金按季度平均发放，通过社会保障卡直接发放到人。'
          % tuple(c[1] for c in cats))
    rows = []
    for c, e, s, a in zip(cats, end, std_y, amt):
        rows.append([c[0], I(c[2]), I(c[3]), I(c[4]), I(e), I(s), I(a)])
    rows.append(['合计', I(sum(c[2] for c in cats)), I(sum(c[3] for c in cats)), I(sum(c[4] for c in cats)),
                 I(tot_n), '—', I(tot)])
    doc.table('表1', '表1  2024年度扶助对象及扶助金情况',
              ['类别', '上年末人数', '本年新增', '本年退出', '本年确认人数', '年标准（元/人）', '扶助金（元）'], rows,
              note='注：本年确认人数 = 上年末人数 + 本年新增 − 本年退出；年标准 = 月标准 × 12。')
    doc.p('全年应发放扶助金%s元，折合%s万元，涉及扶助对象%s人，比上年%s万元增加%s万元，增长%s%%。'
          '特别扶助对象%s人，人均%s元。' % (I(tot), F(tot_w), I(tot_n), F(prev_amt_w), F(inc), F(g), I(sp_n), F(sp_avg)))
    doc.h('二、资金来源')
    doc.p('奖励扶助和特别扶助金按中央50%%、省级30%%、县级20%%分担，手术并发症扶助金由县级全额承担。按此测算，中央资金%s元、'
          '省级资金%s元、县级资金%s元，分别折合%s万元、%s万元、%s万元（各项分别四舍五入）。'
          % (I(lv[0]), I(lv[1]), I(lv[2]), F(lv_w[0]), F(lv_w[1]), F(lv_w[2])))
    doc.h('三、各乡镇发放情况')
    doc.p('全县%d个乡镇均有扶助对象，分别为%s，各乡镇扶助人数及金额见表2。' % (len(towns), '、'.join(t[0] for t in towns)))
    rows = []
    for t, a, s_ in zip(towns, t_amt, t_sh):
        rows.append([t[0], I(t[1]), I(t[2]), I(t[3]), I(t[4]), I(a), F(s_)])
    rows.append(['合计', I(end[0]), I(end[1]), I(end[2]), I(end[3]), I(tot), '100.00'])
    doc.table('表2', '表2  2024年度各乡镇扶助金发放情况',
              ['乡镇', '奖励扶助（人）', '伤残特扶（人）', '死亡特扶（人）', '并发症（人）', '金额（元）', '占比（%）'], rows)
    doc.h('四、资金到账情况')
    doc.p('年中监控时（截至2024年6月30日）已发放前两个季度扶助金%s万元。截至2024年12月31日，%s人扶助金已全额到账，到账金额%s元，'
          '人数到账率%s%%、金额到账率%s%%；另有%d人（奖励扶助%d人、伤残特扶%d人）因社会保障卡账户异常被退回%s元，'
          '已于2025年1月重新核发。' % (F(mid_w), I(ok_n), I(ok_amt), F(ok_rate_n), F(ok_rate_a), ret_n, returned[0][1],
                                 returned[1][1], I(ret_amt)))
    doc.h('五、公示期限及监督')
    doc.p('公示期为2025年1月13日至2025年1月22日，共10天。对公示内容有异议的，可向县卫生健康局人口家庭科或乡镇卫生健康办反映。')
    doc.sign(['郗平县卫生健康局　　郗平县财政局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    for c, e, s, a in zip(cats, end, std_y, amt):
        L.signed('表1 %s 确认人数 = 上年末 + 新增 − 退出' % c[0], I(e), [('+', I(c[2])), ('+', I(c[3])), ('-', I(c[4]))])
        L.prod('表1 %s 年标准 = 月标准 x 12' % c[0], I(s), [str(c[1]), '12'])
        L.prod('表1 %s 扶助金 = 人数 x 年标准' % c[0], I(a), [I(e), I(s)])
    for j, lab in [(2, '上年末人数'), (3, '本年新增'), (4, '本年退出')]:
        L.sum('表1 %s合计' % lab, I(sum(c[j] for c in cats)), [I(c[j]) for c in cats])
    L.sum('表1 确认人数合计', I(tot_n), [I(e) for e in end])
    L.sum('表1 扶助金合计', I(tot), [I(a) for a in amt])
    L.conv('扶助金 元 → 万元', I(tot), F(tot_w), 10000)
    L.diff('比上年增加', F(inc), F(tot_w), F(prev_amt_w))
    L.growth('比上年增长', F(g), F(tot_w), F(prev_amt_w), 'up')
    L.sum('特别扶助对象 = 伤残 + 死亡', I(sp_n), [I(end[1]), I(end[2])])
    L.calc('特别扶助人均（元）', F(sp_avg), (D(amt[1]) + D(amt[2])) / sp_n,
           '(%s + %s) / %s' % (I(amt[1]), I(amt[2]), I(sp_n)), [I(amt[1]), I(amt[2]), I(sp_n)])
    for i, lab in enumerate(['中央', '省级', '县级']):
        terms = ' + '.join('%s x %d%%' % (I(a), c[5][i]) for a, c in zip(amt, cats) if c[5][i])
        v = sum(D(a) * c[5][i] / 100 for a, c in zip(amt, cats))
        L.calc('%s资金 = Σ 扶助金 x 分担比例' % lab, I(lv[i]), v, terms,
               [I(a) for a, c in zip(amt, cats) if c[5][i]])
        L.conv('%s资金 元 → 万元' % lab, I(lv[i]), F(lv_w[i]), 10000)
    L.sum('各级资金（元）合计 = 扶助金合计', I(tot), [I(x) for x in lv])
    L.count('乡镇个数', str(len(towns)), [t[0] for t in towns])
    for t, a, s_ in zip(towns, t_amt, t_sh):
        L.sumprod('表2 %s 金额 = Σ人数 x 年标准' % t[0], I(a), [(I(t[1 + k]), I(std_y[k])) for k in range(4)])
        L.rate('表2 %s 占比' % t[0], F(s_), I(a), I(tot))
    for k, lab in enumerate(['奖励扶助', '伤残特扶', '死亡特扶', '并发症']):
        L.sum('表2 %s人数合计' % lab, I(end[k]), [I(t[1 + k]) for t in towns])
    L.sum('表2 金额合计', I(tot), [I(a) for a in t_amt])
    L.sum('表2 占比合计', '100.00', [F(x) for x in t_sh])
    L.calc('年中已发放两个季度 = 全年应发 / 2（万元）', F(mid_w), D(tot) / 2 / 10000, '%s / 2 / 10000' % I(tot), [I(tot)])
    L.le('年中已发放 <= 全年应发（万元）', F(mid_w), F(tot_w))
    L.sum('退回人数 = 奖扶 + 伤残', str(ret_n), [str(n) for _, n in returned])
    L.sumprod('退回金额 = Σ人数 x 年标准', I(ret_amt), [(str(n), I(std_y[k])) for k, n in returned])
    L.signed('到账人数 = 确认人数 − 退回人数', I(ok_n), [('+', I(tot_n)), ('-', str(ret_n))])
    L.signed('到账金额 = 应发 − 退回', I(ok_amt), [('+', I(tot)), ('-', I(ret_amt))])
    L.rate('人数到账率', F(ok_rate_n), I(ok_n), I(tot_n))
    L.rate('金额到账率', F(ok_rate_a), I(ok_amt), I(tot))
    L.days('公示期天数', '10', '2025年1月13日', '2025年1月22日')
    L.dated('公示日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
