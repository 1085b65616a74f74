# -*- coding: utf-8 -*-
"""t04 镡原县 2025年度孤儿和事实无人抚养儿童基本生活费发放情况公示 (portal html)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't04_xunyuan_county_orphans_and_de_facto_unsupported_children_basic_living_allowance_payment_notice_2025.html'


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    cats = [  # name, year-end persons, monthly std, person-months paid, prev std
        ('机构集中养育孤儿', 14, 1950, 170, 1850),
        ('社会散居孤儿', 61, 1450, 745, 1370),
        ('事实无人抚养儿童', 143, 1450, 1712, 1370),
    ]
    prev_end, exits, entries = 226, 19, 11
    upper = D('300.00')
    prev_paid = D('376.80')
    towns = [  # name, orphans, de facto, amount (万元); last amount = remainder
        ('镡城街道', 22, 16, D('68.74')),
        ('镡东镇', 8, 19, D('47.95')),
        ('镡西镇', 7, 17, D('42.36')),
        ('镡口镇', 9, 21, D('53.27')),
        ('上镡乡', 6, 14, D('35.80')),
        ('下镡乡', 5, 15, D('34.12')),
        ('镡溪镇', 7, 16, D('40.86')),
        ('镡岭乡', 6, 13, D('33.58')),
        ('镡坪乡', 5, 12, None),
    ]
    new_std = (2050, 1520)

    # ---------------- derived
    n_tot = sum(c[1] for c in cats)
    orph = cats[0][1] + cats[1][1]
    assert prev_end - exits + entries == n_tot
    put('n_tot', I(n_tot))
    put('n_orph', I(orph))
    put('n_c0', I(cats[0][1]))
    put('n_c1', I(cats[1][1]))
    put('n_c2', I(cats[2][1]))
    L.sum('保障对象=孤儿+事实无人抚养儿童', 'n_tot', ['n_orph', 'n_c2'])
    L.sum('孤儿=集中养育+社会散居', 'n_orph', ['n_c0', 'n_c1'])
    put('prev_end', I(prev_end))
    put('exits', I(exits))
    put('entries', I(entries))
    L.bal('年末人数=上年末-退出+新纳入', 'n_tot', ['prev_end', 'entries'], ['exits'])
    put('net', I(prev_end - n_tot))
    L.growth('较上年末净减少', 'n_tot', 'prev_end', 'net', None, sign=-1)

    for i, (nm, n, sd, pm, psd) in enumerate(cats):
        put('sd%d' % i, I(sd))
    put('sd_up0', I(cats[0][2] - cats[0][4]))
    put('sd_up1', I(cats[1][2] - cats[1][4]))
    put('psd0', I(cats[0][4]))
    put('psd1', I(cats[1][4]))
    L.bal('集中养育标准提高额', 'sd_up0', ['sd0'], ['psd0'])
    L.bal('散居标准提高额', 'sd_up1', ['sd1'], ['psd1'])
    L.same('散居孤儿与事实无人抚养儿童同标准', ['sd1', 'sd2'])

    amts = []
    for i, (nm, n, sd, pm, psd) in enumerate(cats):
        a = q(D(pm) * sd / 10000)
        amts.append(a)
        put('cm%d' % i, I(pm))
        put('cs%d' % i, I(sd))
        put('ca%d' % i, F(a))
        L.prod('表1 %s 金额=人月数×月标准' % nm, 'ca%d' % i, ['cm%d' % i, 'cs%d' % i], 2, '0.0001')
        L.same('%s 月标准 正文=表1' % nm, ['sd%d' % i, 'cs%d' % i])
    total = sum(amts)
    pm_tot = sum(c[3] for c in cats)
    put('cm_t', I(pm_tot))
    put('ca_t', F(total))
    L.sum('表1 人月数合计', 'cm_t', ['cm0', 'cm1', 'cm2'])
    L.sum('表1 金额合计', 'ca_t', ['ca0', 'ca1', 'ca2'])

    put('paid', F(total))
    L.same('发放总额 正文=表1', ['paid', 'ca_t'])
    put('upper', F(upper))
    put('county', F(total - upper))
    put('cty_sh', P((total - upper) / total * 100))
    L.sum('发放总额=上级补助+县级', 'paid', ['upper', 'county'])
    L.ratio('县级资金占比', 'cty_sh', 'county', 'paid')
    put('prev_paid', F(prev_paid))
    put('paid_chg', F(total - prev_paid))
    put('paid_rate', P((total - prev_paid) / prev_paid * 100))
    L.growth('发放总额同比增长', 'paid', 'prev_paid', 'paid_chg', 'paid_rate', sign=1)
    put('pm_tot', I(pm_tot))
    put('avg', F(total * 10000 / pm_tot))
    L.same('人月数 正文=表1', ['pm_tot', 'cm_t'])
    L.ratio('人均月领取（元）', 'avg', 'paid', 'pm_tot', 2, '10000')

    last = total - sum(t[3] for t in towns[:-1])
    towns[-1] = towns[-1][:3] + (last,)
    assert sum(t[1] for t in towns) == orph and sum(t[2] for t in towns) == cats[2][1]
    for i, (nm, o, f, a) in enumerate(towns):
        put('to%d' % i, I(o))
        put('tf%d' % i, I(f))
        put('tt%d' % i, I(o + f))
        put('ta%d' % i, F(a))
        L.sum('表2 %s 小计=孤儿+事实无人抚养' % nm, 'tt%d' % i, ['to%d' % i, 'tf%d' % i])
        per = a * 10000 / (o + f) / 12
        assert 1200 < per < 1800, (nm, per)
    k = len(towns)
    put('to_t', I(orph))
    put('tf_t', I(cats[2][1]))
    put('tt_t', I(n_tot))
    put('ta_t', F(total))
    L.sum('表2 孤儿列合计', 'to_t', ['to%d' % i for i in range(k)])
    L.sum('表2 事实无人抚养列合计', 'tf_t', ['tf%d' % i for i in range(k)])
    L.sum('表2 小计列合计', 'tt_t', ['tt%d' % i for i in range(k)])
    L.sum('表2 发放金额列合计', 'ta_t', ['ta%d' % i for i in range(k)])
    L.sum('表2 合计行 孤儿+事实', 'tt_t', ['to_t', 'tf_t'])
    L.same('表2 合计金额=发放总额', ['ta_t', 'paid'])
    L.same('表2 合计人数=保障对象', ['tt_t', 'n_tot'])
    put('town_n', str(k))
    L.count('乡镇（街道）个数与表2所列', 'town_n', [t[0] for t in towns])
    put('ns0', I(new_std[0]))
    put('ns1', I(new_std[1]))
    put('date', '2026年1月15日')
    put('phone', '0746-5937208')
    L.dated('落款晚于年度终了', 'date', (2025, 12, 31))
    L.anchor('文号', '镡民〔2026〕4号')
    L.anchor('监督电话', '0746-5937208')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '关于2025年度孤儿和事实无人抚养儿童基本生活费发放情况的公示'))
    B.append(('sub', '镡民〔2026〕4号'))
    B.append(('p', '为接受社会监督，现将本县2025年度孤儿和事实无人抚养儿童基本生活费发放情况公示如下：'))
    B.append(('h', '一、保障对象'))
    B.append(('p', '截至2025年12月31日，全县纳入保障{n_tot}人。其中，孤儿{n_orph}人（机构集中养育{n_c0}人、社会散居{n_c1}人），'
                   '事实无人抚养儿童{n_c2}人。年内因年满18周岁、被收养等原因退出{exits}人，新纳入{entries}人，'
                   '比上年末的{prev_end}人净减少{net}人。保障对象分布在{town_n}个乡镇（街道），分布情况见表2。'))
    B.append(('h', '二、保障标准'))
    B.append(('p', '2025年机构集中养育孤儿每人每月{sd0}元，社会散居孤儿每人每月{sd1}元，事实无人抚养儿童参照社会散居孤儿标准执行，即每人每月{sd2}元；'
                   '前两项比上年的{psd0}元和{psd1}元分别提高{sd_up0}元和{sd_up1}元。'
                   '年中新增或退出的对象按实际保障月份计发，故部分类别人月数与年末人数乘以12不一致。'))
    B.append(('h', '三、资金发放'))
    B.append(('p', '全年共发放基本生活费{paid}万元，资金来源为上级补助资金{upper}万元和县级财政资金{county}万元，县级资金占{cty_sh}%。'
                   '发放总额同比增长{paid_rate}%，较上年的{prev_paid}万元多发{paid_chg}万元，主要是标准提高。'
                   '全年累计发放{pm_tot}人月，人均月领取{avg}元。分类别发放情况见表1。'))
    B.append(('table', {'caption': '表1 分类别发放情况', 'unit': '',
                        'head': ['类别', '发放人月数', '月标准（元）', '发放金额（万元）'],
                        'rows': [[c[0], '{cm%d}' % i, '{cs%d}' % i, '{ca%d}' % i] for i, c in enumerate(cats)]
                        + [['合计', '{cm_t}', '—', '{ca_t}']]}))
    B.append(('table', {'caption': '表2 分乡镇（街道）保障人数及发放金额', 'unit': '',
                        'head': ['乡镇（街道）', '孤儿（人）', '事实无人抚养儿童（人）', '小计（人）', '发放金额（万元）'],
                        'rows': [[t[0], '{to%d}' % i, '{tf%d}' % i, '{tt%d}' % i, '{ta%d}' % i] for i, t in enumerate(towns)]
                        + [['合计', '{to_t}', '{tf_t}', '{tt_t}', '{ta_t}']]}))
    B.append(('p', '注：机构集中养育孤儿由县儿童福利院养育，计入镡城街道；表2人数为年末在册人数，发放金额含年内退出对象已领取部分。'))
    B.append(('h', '四、其他事项'))
    B.append(('p', '经县人民政府同意，自2026年1月起上述两档标准分别调整为每人每月{ns0}元和{ns1}元，新标准不影响本次公示数据。'
                   '资金均通过社会保障卡代发至监护人账户，无现金发放。'
                   '公示期自发布之日起7天，对公示内容有异议的，请向县民政局儿童福利股反映，监督电话：{phone}。'))
    B.append(('right', '镡原县民政局　镡原县财政局'))
    B.append(('right', '{date}'))
    meta = {'date_key': 'date', 'docno': '镡民〔2026〕4号', 'year': 2025,
            'title': '关于2025年度孤儿和事实无人抚养儿童基本生活费发放情况的公示_镡原县人民政府',
            'site': '镡原县人民政府门户网站',
            'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进镡原'],
            'crumbs': ['首页', '政务公开', '财政资金', '民生资金公示', '正文'],
            'publisher': '镡原县民政局', 'pubdate': '2026-01-16'}
    return Report(NAME, 'html', S, B, L, meta)
