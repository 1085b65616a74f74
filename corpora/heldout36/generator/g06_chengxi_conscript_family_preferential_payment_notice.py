from lk36 import *

NAME = 't06_chengxi_conscript_family_preferential_payment_notice_2024.docx'
FMT = 'docx'

def build():
    L = Ledger(); S = I
    base = 26800
    cats = [('高中及以下学历', '1.0', 52), ('大专学历（含在校生）', '1.2', 38), ('本科及以上学历（含在校生）', '1.5', 21)]
    towns = [('琤城镇', 15, 13, 8), ('筼塘乡', 10, 6, 3), ('笪岭镇', 11, 8, 4), ('箬溪乡', 7, 5, 2), ('篁坪镇', 9, 6, 4)]
    merit_n, merit_amt = 3, 5000
    prev_n, prev_amt = 103, 2894000
    prov = D('100.00')
    pend_n = 2
    std = [int(D(base) * D(k)) for _, k, _ in cats]
    camt = [s * n for s, (_, _, n) in zip(std, cats)]
    n_tot = sum(c[2] for c in cats)
    for j in range(3):
        assert sum(t[1 + j] for t in towns) == cats[j][2]
    merit = merit_n * merit_amt
    tot = sum(camt) + merit
    tot_w = F(D(tot) / 10000)
    county = F(D(tot_w) - prov)
    tn = [sum(t[1:]) for t in towns]
    ta = [t[1] * std[0] + t[2] * std[1] + t[3] * std[2] for t in towns]
    ta_sum = sum(ta)
    assert ta_sum == sum(camt)
    tsh = share_fix(ta)
    avg = F(D(tot) / n_tot)
    inc_n = n_tot - prev_n
    gr = growth(tot, prev_amt)
    paid_n = n_tot - pend_n
    pend_amt = 2 * std[1]
    paid_amt = tot - pend_amt
    paid_r = pct(paid_amt, tot)
    coll = cats[1][2] + cats[2][2]
    coll_sh = pct(coll, n_tot)
    half = sum(camt) // 2; assert half * 2 == sum(camt)
    half_r = pct(half, tot)
    model = [
        ('title', '琤溪县2024年度义务兵家庭优待金发放情况公示'),
        ('sub', '琤退役发〔2025〕2号'),
        ('p', '根据《琤溪县义务兵家庭优待金发放办法》，现将2024年度义务兵家庭优待金发放情况公示如下。'),
        ('h', '一、发放标准'),
        ('p', f'2024年义务兵家庭优待金基础标准为每人每年{S(base)}元。大专学历（含在校生）入伍的按基础标准的1.2倍发放，即{S(std[1])}元；'
              f'本科及以上学历（含在校生）入伍的按1.5倍发放，即{S(std[2])}元。服役期间荣立三等功以上的，另一次性加发{S(merit_amt)}元。'),
        ('h', '二、发放对象和金额'),
        ('p', f'2024年度全县符合条件的义务兵{n_tot}人，其中高中及以下学历{cats[0][2]}人、大专学历{cats[1][2]}人、本科及以上学历{cats[2][2]}人，'
              f'大专及以上学历{coll}人，占{coll_sh}%。比上年{prev_n}人增加{inc_n}人。'
              f'全年应发优待金{S(tot)}元（{tot_w}万元），其中按标准发放{S(sum(camt))}元，立功加发{merit_n}人共{S(merit)}元。'
              f'比上年{S(prev_amt)}元增长{gr}%，人均{avg}元。资金由省级补助{F(prov)}万元、县级财政{county}万元共同负担。'),
        ('table', '表1  2024年义务兵家庭优待金分档发放情况（金额单位：元）',
         [['类别', '倍数', '年标准', '人数', '金额']] +
         [[c[0], c[1], S(s), S(c[2]), S(a)] for c, s, a in zip(cats, std, camt)] +
         [['立功加发', '—', S(merit_amt), S(merit_n), S(merit)], ['合计', '—', '—', S(n_tot), S(tot)]],
         '注：立功加发人员已包含在上述三档人数中，合计人数不重复计算。'),
        ('table', '表2  各乡镇按标准发放情况（金额单位：元）',
         [['乡镇', '高中及以下', '大专', '本科及以上', '合计人数', '金额', '占比（%）']] +
         [[t[0], S(t[1]), S(t[2]), S(t[3]), S(n), S(a), s] for t, n, a, s in zip(towns, tn, ta, tsh)] +
         [['合计', S(cats[0][2]), S(cats[1][2]), S(cats[2][2]), S(n_tot), S(ta_sum), '100.00']],
         '注：表2金额不含立功加发。'),
        ('h', '三、发放进度'),
        ('p', f'截至2024年12月31日，已发放{paid_n}人、{S(paid_amt)}元，按金额计发放率{paid_r}%；尚未发放{pend_n}人、{S(pend_amt)}元，'
              f'均为大专学历义务兵，因服役期间病退，待部队出具退役证明后核定。'),
        ('p', f'优待金分两次发放：2024年6月30日前按年标准的50%发放上半年优待金{S(half)}元，占全年应发额的{half_r}%；'
              f'其余部分及立功加发于12月集中发放。'),
        ('h', '四、存在问题'),
        ('p', '发放工作存在两个方面的问题：一是部分义务兵学历证明材料提交滞后，影响按档核定；二是个别乡镇与县人武部的入伍信息比对不及时。'
              '下一步将在兵员预定阶段同步采集学历信息，并建立季度比对机制。'),
        ('h', '五、公示期'),
        ('p', '公示期为2025年1月22日至2025年1月28日，共7天。对公示内容有异议的，可向县退役军人事务局优抚股反映，电话：0738-4416259。'),
        ('sign', ['琤溪县退役军人事务局　琤溪县财政局', '2025年1月22日']),
    ]
    for (c0, k, n), s, a in zip(cats, std, camt):
        L.prod(f'{c0} 年标准 = 基础 x 倍数', S(s), S(base), k)
        L.prod(f'表1 {c0} 金额 = 标准 x 人数', S(a), S(s), S(n))
    L.prod('立功加发', S(merit), S(merit_n), S(merit_amt))
    L.sum('表1 人数合计', S(n_tot), [S(c[2]) for c in cats])
    L.sum('按标准发放', S(sum(camt)), [S(a) for a in camt])
    L.sum('表1 金额合计', S(tot), [S(a) for a in camt] + [S(merit)])
    L.conv('元→万元', tot_w, S(tot), 10000)
    L.sum('资金负担', tot_w, [F(prov), county])
    L.sum('大专及以上人数', S(coll), [S(cats[1][2]), S(cats[2][2])])
    L.rate('大专及以上占比', coll_sh, S(coll), S(n_tot))
    L.diff('人数比上年增加', S(inc_n), S(n_tot), S(prev_n))
    L.growth('金额比上年增长', gr, S(tot), S(prev_amt))
    L.quot('人均', avg, S(tot), S(n_tot))
    for t, n, a, s in zip(towns, tn, ta, tsh):
        L.sum(f'表2 {t[0]} 合计人数', S(n), [S(x) for x in t[1:]])
        L.fact(f'表2 {t[0]} 金额 = Σ人数 x 年标准', a == t[1] * std[0] + t[2] * std[1] + t[3] * std[2], f'{S(a)} = {t[1]}x{std[0]} + {t[2]}x{std[1]} + {t[3]}x{std[2]}')
        L.rate(f'表2 {t[0]} 占比', s, S(a), S(ta_sum))
    for j, c in enumerate(cats):
        L.sum(f'表2 {c[0]} 列合计', S(c[2]), [S(t[1 + j]) for t in towns])
    L.sum('表2 金额合计', S(ta_sum), [S(a) for a in ta])
    L.sum('表2 占比合计', '100.00', tsh)
    L.diff('已发放人数', S(paid_n), S(n_tot), S(pend_n))
    L.prod('尚未发放金额 = 2 x 大专标准', S(pend_amt), '2', S(std[1]))
    L.sum('已发放 + 尚未发放 = 应发', S(tot), [S(paid_amt), S(pend_amt)])
    L.rate('发放率', paid_r, S(paid_amt), S(tot))
    L.quot('上半年 = 按标准发放 x 50%', S(half), S(sum(camt)), '2')
    L.rate('上半年占全年', half_r, S(half), S(tot))
    L.le('上半年 < 全年已发放', S(half), S(paid_amt))
    L.count('两个方面的问题', '2', ['一是部分义务兵学历证明', '二是个别乡镇与县人武部'])
    L.anchor('问题 数量词', '存在两个方面的问题')
    L.days('公示期7天', '7', (2025, 1, 22), (2025, 1, 28))
    L.dated('落款日期', '2025年1月22日')
    L.anchor('文号', '琤退役发〔2025〕2号')
    meta = dict(name=NAME, fmt=FMT, date='2025年1月22日', docno='琤退役发〔2025〕2号', author='琤溪县退役军人事务局')
    return model, L, meta, {}
