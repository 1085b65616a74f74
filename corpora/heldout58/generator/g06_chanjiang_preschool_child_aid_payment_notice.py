# -*- coding: utf-8 -*-
"""t06 巉江县 2024年度学前教育幼儿资助资金发放情况公示 (docx)."""
from lib58 import Doc, D, q, F, I

STEM = 't06_chanjiang_county_preschool_education_child_aid_fund_payment_notice_2024'

def build():
    d = Doc(STEM, 2024, 'docx')
    d.meta['title'] = '巉江县2024年度学前教育幼儿资助资金发放情况公示'
    d.set('docno', '巉教助〔2025〕1号')
    d.set('date', '2025年1月15日')
    d.set('phone', '0746-2583946')

    ystd, sstd = d.i('ystd', 1000), d.i('sstd', 500)
    assert ystd == 2 * sstd
    spring = [412, 268, 37, 569]
    autumn = [438, 271, 41, 592]
    for k in range(4):
        d.i('sp%d' % (k + 1), spring[k])
        d.i('au%d' % (k + 1), autumn[k])
        d.i('pt%d' % (k + 1), spring[k] + autumn[k])
        d.n('am%d' % (k + 1), D(spring[k] + autumn[k]) * sstd / 10000)
    spt = d.i('spt', sum(spring))
    aut = d.i('aut', sum(autumn))
    ptt = d.i('ptt', spt + aut)
    amt = d.n('amt', D(ptt) * sstd / 10000)
    d.i('cat_n', 4)
    d.i('ptt_p', ptt)
    amt_p = d.n('amt_p', amt)
    d.i('spt_p', spt)
    d.i('aut_p', aut)
    cen = d.n('cen', amt * D('0.6'))
    d.n('cty', amt - cen)
    d.n('cen_sh', cen * 100 / amt)
    k1, k2 = d.i('kg1', 31), d.i('kg2', 15)
    kg = d.i('kg', k1 + k2)
    pubp, prip = d.i('pubp', 1904), d.i('prip', ptt - 1904)
    d.n('puba', D(pubp) * sstd / 10000)
    d.n('pria', D(prip) * sstd / 10000)
    d.n('per_kg', D(ptt) / kg)
    enr = d.i('enr', 8624)
    d.n('cov', D(aut) * 100 / enr)
    both = d.i('both', 1205)
    uniq = d.i('uniq', spt + aut - both)
    d.n('per_child', amt * 10000 / uniq)
    towns = [742, 568, 503, 441, 374]
    assert sum(towns) == ptt
    for k in range(5):
        d.i('tn%d' % (k + 1), towns[k])
        d.n('ta%d' % (k + 1), D(towns[k]) * sstd / 10000)
        d.n('ts%d' % (k + 1), D(towns[k]) * 100 / ptt)
    d.i('tnt', ptt)
    d.n('tat', amt)
    d.n('tst', D(100))
    d.set('tmax', '巉城街道')
    d.n('ts_max', D(towns[0]) * 100 / ptt)
    p0, a0 = d.i('p0', 2475), d.n('a0', D('123.75'))
    d.i('p_chg', ptt - p0)
    d.n('p_gr', D(ptt - p0) * 100 / p0)
    d.n('a_chg', amt - a0)
    d.n('a_gr', (amt - a0) * 100 / a0)

    # ---- text
    d.title('巉江县2024年度学前教育幼儿资助资金发放情况公示')
    d.p('{docno}', 'center')
    d.p('根据学前教育资助政策规定，经幼儿园受理、乡镇（街道）初审、县教育局复核，2024年度全县学前教育幼儿资助资金已全部发放到位，现将有关情况公示如下。')
    d.h('一、资助标准和对象')
    d.p('资助标准为每生每年{ystd}元，按春季、秋季两个学期分别发放，每学期每生{sstd}元。资助对象分为{cat_n}类，即脱贫家庭（含监测对象）幼儿、低保家庭幼儿、孤儿及残疾幼儿、其他家庭经济困难幼儿。')
    d.h('二、资助人数和金额')
    d.p('2024年春季学期资助{spt_p}人，秋季学期资助{aut_p}人，全年共资助{ptt_p}人次，发放资助资金{amt_p}万元。分类别情况见表1。')
    rows = []
    nm = ['脱贫家庭（含监测对象）', '低保家庭', '孤儿及残疾幼儿', '其他家庭经济困难']
    for k in range(4):
        rows.append([nm[k], '{sp%d}' % (k + 1), '{au%d}' % (k + 1), '{pt%d}' % (k + 1), '{am%d}' % (k + 1)])
    rows.append(['合计', '{spt}', '{aut}', '{ptt}', '{amt}'])
    d.table('表1　2024年度学前教育幼儿资助分类别发放情况', None,
            ['资助对象类别', '春季学期（人）', '秋季学期（人）', '合计（人次）', '资助金额（万元）'], rows)
    d.p('两个学期均获得资助的幼儿{both}人，扣除重复后全年实际受助幼儿{uniq}人，按实际受助幼儿计算人均获得资助{per_child}元（部分幼儿仅一个学期符合条件）。')
    d.p('全县{kg}所幼儿园参与资助工作，其中公办幼儿园{kg1}所、普惠性民办幼儿园{kg2}所；公办园资助{pubp}人次、资金{puba}万元，民办园资助{prip}人次、资金{pria}万元，平均每所幼儿园资助{per_kg}人次。'
        '秋季学期全县在园幼儿{enr}人，资助面为{cov}%。')
    d.p('分乡镇（街道）看，资助人次最多的是{tmax}，占全县的{ts_max}%，各乡镇（街道）发放情况见表2。')
    rows = []
    tn = ['巉城街道', '巉东镇', '巉西镇', '北巉乡', '南巉乡']
    for k in range(5):
        rows.append([tn[k], '{tn%d}' % (k + 1), '{ta%d}' % (k + 1), '{ts%d}' % (k + 1)])
    rows.append(['合计', '{tnt}', '{tat}', '{tst}'])
    d.table('表2　分乡镇（街道）发放情况', '单位：人次、万元、%', ['乡镇（街道）', '资助人次', '资助金额', '占全县人次比重'], rows)
    d.h('三、资金来源和比较')
    d.p('资助资金中，中央财政补助{cen}万元，占{cen_sh}%；县级财政安排{cty}万元。与2023年相比，资助人次由{p0}人次增至{ptt}人次，增加{p_chg}人次，增长{p_gr}%；资助金额由{a0}万元增至{amt}万元，增加{a_chg}万元，增幅{a_gr}%。')
    d.h('四、发放方式和监督')
    d.p('春季学期资金于2024年6月、秋季学期资金于2024年12月通过财政惠民惠农“一卡通”直接发放到幼儿监护人账户，不以现金形式发放。公示期间如有异议，请于2025年1月24日前向县学生资助管理中心反映。')
    d.p('监督电话：{phone}', 'plain')
    d.sign(['巉江县教育局　巉江县财政局', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    d.prod('年标准=学期标准×2', 'sstd', '=2', 'ystd', places=0)
    d.count('资助对象4类（即…）', 'cat_n', ['=脱贫家庭（含监测对象）幼儿', '=低保家庭幼儿', '=孤儿及残疾幼儿', '=其他家庭经济困难幼儿'])
    for k in range(1, 5):
        d.sum('表 第%d行 人次=春+秋' % k, 'pt%d' % k, ['sp%d' % k, 'au%d' % k])
        d.prod('表 第%d行 金额=人次×500/10000' % k, 'pt%d' % k, 'sstd', 'am%d' % k, div='=10000')
    d.sum('表 春季合计', 'spt', ['sp%d' % k for k in range(1, 5)])
    d.sum('表 秋季合计', 'aut', ['au%d' % k for k in range(1, 5)])
    d.sum('表 人次合计', 'ptt', ['pt%d' % k for k in range(1, 5)])
    d.sum('表 金额合计', 'amt', ['am%d' % k for k in range(1, 5)])
    d.sum('表 合计行 人次=春+秋', 'ptt', ['spt', 'aut'])
    d.same('正文春季人数=表', 'spt_p', 'spt')
    d.same('正文秋季人数=表', 'aut_p', 'aut')
    d.same('正文人次=表', 'ptt_p', 'ptt')
    d.same('正文金额=表', 'amt_p', 'amt')
    d.bal('实际受助幼儿=春+秋-重复', 'spt', ['aut'], ['both'], 'uniq')
    d.ratio('人均资助=金额/实际受助幼儿', 'amt', 'uniq', 'per_child', mul='=10000')
    d.sum('幼儿园=公办+民办', 'kg', ['kg1', 'kg2'])
    d.sum('人次=公办园+民办园', 'ptt', ['pubp', 'prip'])
    d.prod('公办园金额', 'pubp', 'sstd', 'puba', div='=10000')
    d.prod('民办园金额', 'prip', 'sstd', 'pria', div='=10000')
    d.sum('金额=公办园+民办园', 'amt', ['puba', 'pria'])
    d.ratio('平均每所幼儿园资助人次', 'ptt', 'kg', 'per_kg', mul='=1')
    d.ratio('秋季资助面', 'aut', 'enr', 'cov')
    for k in range(1, 6):
        d.prod('表2 第%d行 金额=人次×500/10000' % k, 'tn%d' % k, 'sstd', 'ta%d' % k, div='=10000')
        d.ratio('表2 第%d行 占比' % k, 'tn%d' % k, 'tnt', 'ts%d' % k)
    d.sum('表2 人次合计', 'tnt', ['tn%d' % k for k in range(1, 6)])
    d.sum('表2 金额合计', 'tat', ['ta%d' % k for k in range(1, 6)])
    d.sumtol('表2 占比合计100.00（舍入差0.01以内）', 'tst', ['ts%d' % k for k in range(1, 6)])
    d.same('表2人次合计=表1', 'tnt', 'ptt')
    d.same('表2金额合计=表1', 'tat', 'amt')
    d.same('最多乡镇占比=表2第1行', 'ts_max', 'ts1')
    d.maxof('巉城街道人次最多', 'tn1', ['tn%d' % k for k in range(1, 6)])
    d.sum('资金=中央+县级', 'amt', ['cen', 'cty'])
    d.ratio('中央补助占比', 'cen', 'amt', 'cen_sh')
    d.growth('资助人次增加/增长', 'ptt', 'p0', amt='p_chg', rate='p_gr')
    d.growth('资助金额增加/增幅', 'amt', 'a0', amt='a_chg', rate='a_gr')
    return d
