"""t02 — 蘅塘县 政策性农业保险保费补贴资金 结算情况的报告 (txt, tables drawn in aligned text)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't02_hengtang_agri_insurance_premium_subsidy_settlement_2024.txt'
DOCNO = '蘅财金〔2025〕9号'
DATE = '2025年2月26日'
CO1 = '禾泰财产保险股份有限公司蘅塘支公司'
CO2 = '安穗农业保险股份有限公司蘅塘营业部'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'txt-aligned')
    # 险种, 数量, 单位, 保额(元/单位), 费率%, 参保户次, 已决赔款, 分担比例(中央,省,县,农户), 承保机构
    kinds = [
        ('水稻', 186400, '亩', 1000, D('4.50'), 9862, D('612.48'), (45, 25, 10, 20), CO1),
        ('油菜', 42400, '亩', 500, D('5.00'), 3175, D('48.36'), (45, 25, 10, 20), CO1),
        ('能繁母猪', 12800, '头', 1500, D('6.00'), 1046, D('86.40'), (50, 20, 10, 20), CO2),
        ('育肥猪', 98750, '头', 800, D('4.00'), 2318, D('241.95'), (50, 20, 10, 20), CO2),
        ('公益林', 320000, '亩', 1200, D('0.20'), 27, D('21.60'), (50, 40, 10, 0), CO1),
        ('柑橘', 8600, '亩', 4000, D('6.00'), 1594, D('193.58'), (30, 25, 15, 30), CO1),
    ]
    prev_prem = D('1,512.40')
    rice_prev = 178200
    rice_sown = 212600
    pre = {'中央': D('700.00'), '省级': D('420.00')}
    county_budget = D('180.00')
    mid_prem = D('1,023.45')
    benef = 8426
    pending = D('38.60')

    # ---- derived
    prem = [q(D(n) * u * r / 100 / 10000, 2) for _, n, _, u, r, *_ in kinds]
    split = []
    for p, k in zip(prem, kinds):
        parts = [q(p * s / 100, 2) for s in k[7]]
        assert sum(parts) == p, (k[0], parts, p)
        split.append(parts)
    tot_prem = sum(prem)
    col = [sum(s[i] for s in split) for i in range(4)]
    fiscal = col[0] + col[1] + col[2]
    fiscal_sh = pct(fiscal, tot_prem)
    farmers = sum(k[5] for k in kinds)
    claims = sum(k[6] for k in kinds)
    loss_ratio = pct(claims, tot_prem)
    per_hh = q(claims * 10000 / benef, 2)
    g_prem = growth(tot_prem, prev_prem)
    inc_prem = tot_prem - prev_prem
    g_rice = growth(kinds[0][1], rice_prev)
    rice_cov = pct(kinds[0][1], rice_sown)
    citrus_lr = pct(kinds[5][6], prem[5])
    rice_claim_sh = pct(kinds[0][6], claims)
    co1 = sum(p for p, k in zip(prem, kinds) if k[8] == CO1)
    co2 = sum(p for p, k in zip(prem, kinds) if k[8] == CO2)
    co_sh = share_fix([co1, co2])
    mid_sh = pct(mid_prem, tot_prem)
    cover_yuan = sum(D(k[1]) * k[3] for k in kinds)
    cover_yi = q(cover_yuan / 100000000, 2)
    c_add = col[0] - pre['中央']
    p_ret = pre['省级'] - col[1]
    c_left = county_budget - col[2]
    assert c_add > 0 and p_ret > 0 and c_left > 0

    doc.title('蘅塘县财政局 蘅塘县农业农村局关于2024年度政策性农业保险保费补贴资金结算情况的报告')
    doc.sub(DOCNO)
    doc.p('市财政局：')
    doc.p('现将2024年度（2024年1月1日至12月31日）保费补贴资金结算情况报告如下。')
    doc.h('一、承保情况')
    doc.p('2024年全县开办政策性农业保险险种6个，为农户提供风险保障%s亿元，实现保费收入%s万元，比上年%s万元增加%s万元，增长%s%%。其中水稻承保%s亩，'
          '比上年%s亩增长%s%%，占全县水稻播种面积%s亩的%s%%。年中（截至2024年6月30日）全县已承保保费%s万元，'
          '占全年保费的%s%%，其余主要为下半年承保的育肥猪和晚稻。各险种承保及理赔情况见表1。'
          % (F(cover_yi), F(tot_prem), F(prev_prem), F(inc_prem), F(g_prem), I(kinds[0][1]), I(rice_prev), F(g_rice),
             I(rice_sown), F(rice_cov), F(mid_prem), F(mid_sh)))
    rows = []
    for k, p in zip(kinds, prem):
        rows.append([k[0], I(k[1]), k[2], I(k[3]), F(k[4]), F(p), I(k[5]), F(k[6])])
    rows.append(['合计', '—', '—', '—', '—', F(tot_prem), I(farmers), F(claims)])
    doc.table('表1', '表1  2024年政策性农业保险承保及理赔情况',
              ['险种', '承保数量', '单位', '保额(元)', '费率(%)', '保费(万元)', '参保户次', '已决赔款(万元)'], rows,
              note='注：保额为每亩（头）保险金额，保费 = 承保数量 × 保额 × 费率；参保户次按险种统计，含重复。')
    doc.h('二、保费补贴分担及资金结算')
    doc.p('保费补贴比例（中央、省级、县级、农户自缴）为：水稻、油菜45%%、25%%、10%%、20%%；能繁母猪、育肥猪50%%、20%%、10%%、20%%；'
          '公益林50%%、40%%、10%%，农户不缴费；柑橘（地方优势特色险种，中央奖补）30%%、25%%、15%%、30%%。'
          '各级财政补贴合计%s万元，占保费收入的%s%%。' % (F(fiscal), F(fiscal_sh)))
    rows = []
    for k, p, s in zip(kinds, prem, split):
        rows.append([k[0], F(p)] + [F(x) for x in s])
    rows.append(['合计', F(tot_prem)] + [F(x) for x in col])
    doc.table('表2', '表2  2024年保费补贴分担情况', ['险种', '保费', '中央财政', '省级财政', '县级财政', '农户自缴'], rows,
              unit='单位：万元')
    doc.p('结算结果：中央财政年初按上年承保规模预拨%s万元，按实际承保结算应补贴%s万元，需清算补拨%s万元；省级财政预拨%s万元，'
          '结算应补贴%s万元，多拨%s万元在2025年预拨资金中抵扣；县级财政预算安排%s万元，实际承担%s万元，结余%s万元。'
          % (F(pre['中央']), F(col[0]), F(c_add), F(pre['省级']), F(col[1]), F(p_ret), F(county_budget), F(col[2]),
             F(c_left)))
    doc.h('三、理赔情况')
    doc.p('全年已决赔款%s万元，简单赔付率%s%%；受益农户%s户次，平均每户次获得赔款%s元。其中7月洪涝造成水稻赔款%s万元，占已决赔款的%s%%；'
          '1月低温冻害使柑橘赔付率达到%s%%。另有已报案未结案赔款%s万元，未计入上述已决赔款。'
          % (F(claims), F(loss_ratio), I(benef), F(per_hh), F(kinds[0][6]), F(rice_claim_sh), F(citrus_lr),
             F(pending)))
    doc.h('四、承保机构')
    doc.p('全县政策性农业保险由2家承保机构经营：%s承保水稻、油菜、公益林、柑橘，保费%s万元，占%s%%；%s承保能繁母猪、育肥猪，'
          '保费%s万元，占%s%%。' % (CO1, F(co1), F(co_sh[0]), CO2, F(co2), F(co_sh[1])))
    doc.h('五、存在问题和下一步工作')
    doc.p('柑橘等特色险种赔付压力较大，部分村承保公示不够及时。下一步将按结算结果拨付和抵扣补贴资金，'
          '督促承保机构对全年%s万元已决赔款开展回访核查。' % F(claims))
    doc.sign(['蘅塘县财政局　　蘅塘县农业农村局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    for k, p in zip(kinds, prem):
        L.prod('表1 %s 保费 = 数量 x 保额 x 费率' % k[0], F(p), [I(k[1]), I(k[3]), F(k[4])], div=1000000)
    L.calc('风险保障（亿元）= Σ 承保数量 x 保额', F(cover_yi), cover_yuan / 100000000,
           ' + '.join('%s x %s' % (I(k[1]), I(k[3])) for k in kinds) + ' / 1e8', [x for k in kinds for x in (I(k[1]), I(k[3]))])
    L.sum('表1 保费合计', F(tot_prem), [F(p) for p in prem])
    L.sum('表1 参保户次合计', I(farmers), [I(k[5]) for k in kinds])
    L.sum('表1 已决赔款合计', F(claims), [F(k[6]) for k in kinds])
    L.diff('保费比上年增加', F(inc_prem), F(tot_prem), F(prev_prem))
    L.growth('保费比上年增长', F(g_prem), F(tot_prem), F(prev_prem), 'up')
    L.growth('水稻承保面积增长', F(g_rice), I(kinds[0][1]), I(rice_prev), 'up')
    L.rate('水稻承保覆盖率', F(rice_cov), I(kinds[0][1]), I(rice_sown))
    L.rate('年中承保保费占全年', F(mid_sh), F(mid_prem), F(tot_prem))
    L.le('年中承保保费 <= 全年保费', F(mid_prem), F(tot_prem))
    L.count('险种个数', '6', [k[0] for k in kinds])
    for k, p, s in zip(kinds, prem, split):
        for lab, pc, x in zip(['中央', '省级', '县级', '农户'], k[7], s):
            if pc == 0:
                L.same('表2 %s %s 不缴费 = 0.00' % (k[0], lab), F(x), '0.00')
                continue
            L.prod('表2 %s %s = 保费 x %d%%' % (k[0], lab, pc), F(x), [F(p), str(pc)], div=100)
        L.sum('表2 %s 行合计' % k[0], F(p), [F(x) for x in s])
        L.same('表2 %s 保费 = 表1' % k[0], F(p), F(p), occ=2)
    for i, lab in enumerate(['中央财政', '省级财政', '县级财政', '农户自缴']):
        L.sum('表2 %s 合计' % lab, F(col[i]), [F(s[i]) for s in split])
    L.sum('表2 合计行 = 保费合计', F(tot_prem), [F(x) for x in col])
    L.sum('各级财政补贴合计', F(fiscal), [F(col[0]), F(col[1]), F(col[2])])
    L.rate('财政补贴占保费比例', F(fiscal_sh), F(fiscal), F(tot_prem))
    L.signed('中央清算补拨 = 应补贴 − 预拨', F(c_add), [('+', F(col[0])), ('-', F(pre['中央']))])
    L.signed('省级多拨 = 预拨 − 应补贴', F(p_ret), [('+', F(pre['省级'])), ('-', F(col[1]))])
    L.signed('县级结余 = 预算 − 实际承担', F(c_left), [('+', F(county_budget)), ('-', F(col[2]))])
    L.rate('简单赔付率', F(loss_ratio), F(claims), F(tot_prem))
    L.quot('平均每户次赔款（元）', F(per_hh), F(claims), I(benef), mul=10000)
    L.rate('水稻赔款占已决赔款', F(rice_claim_sh), F(kinds[0][6]), F(claims))
    L.rate('柑橘赔付率', F(citrus_lr), F(kinds[5][6]), F(prem[5]))
    L.sum('%s 保费' % CO1, F(co1), [F(p) for p, k in zip(prem, kinds) if k[8] == CO1])
    L.sum('%s 保费' % CO2, F(co2), [F(p) for p, k in zip(prem, kinds) if k[8] == CO2])
    L.rate('%s 占比' % CO1, F(co_sh[0]), F(co1), F(tot_prem))
    L.rate('%s 占比' % CO2, F(co_sh[1]), F(co2), F(tot_prem))
    L.sum('承保机构保费合计', F(tot_prem), [F(co1), F(co2)])
    L.count('承保机构个数', '2', [CO1, CO2])
    L.same('五 重述已决赔款 = 三 = 表1合计', F(claims), F(claims), occ=3)
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
