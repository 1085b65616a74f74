"""t05 岵宁县卫生健康局 2025年度乡村医生补助资金发放情况公示 (txt, tab-separated table)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't05_huning_county_village_doctor_subsidy_payment_notice_2025'
FMT = 'txt-tab'
EXT = 'txt'
FY = 2025


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    m_std, r_std = 400, 300          # 元/人/月
    towns = [  # 乡镇, 村卫生室, 在岗村医, 其中年中新聘(按6个月), 退出村医
        ('岵城镇', 18, 31, 0, 9),
        ('岵东镇', 15, 26, 0, 7),
        ('岵西乡', 12, 19, 2, 5),
        ('南岵乡', 10, 16, 0, 4),
        ('岵北镇', 14, 24, 0, 6),
        ('上岵乡', 9, 14, 0, 3),
    ]
    doc_lic, old60 = 38, 21
    lic_sh0 = D('25.78')
    prev_total = D('70.38')
    up = D('40.00')
    phs = D('312.60')
    # ---- derived
    recs = []
    for nm, rooms, docs, half, ret in towns:
        pm = docs * 12 - half * 6
        fix = q(D(pm) * m_std / 10000)
        live = q(D(ret) * r_std * 12 / 10000)
        recs.append((nm, rooms, docs, pm, fix, ret, live, fix + live))
    T = lambda i: sum(r[i] for r in recs)
    rooms, docs, pm, fix, ret, live, total = T(1), T(2), T(3), T(4), T(5), T(6), T(7)
    vil = docs - doc_lic
    lic_sh = q(D(doc_lic) / docs * 100)
    county = total - up

    d.title('岵宁县卫生健康局关于2025年度乡村医生补助资金发放情况的公示')
    d.plain(v('docno', '岵卫健〔2026〕5号'))
    d.p('为稳定乡村医生队伍，保障村级医疗卫生服务，县卫生健康局会同县财政局按月核发乡村医生补助。现将2025年度发放情况公示如下。')
    d.h('一、补助对象和标准')
    d.p('（一）在岗乡村医生定额补助：每人每月%s元，按实际在岗月数核发。（二）退出岗位老年乡村医生生活补助：对年满60周岁且已退出乡村医生岗位的人员，'
        '每人每月%s元。村医承担基本公共卫生服务项目的补助（2025年度%s万元）按服务量另行拨付，不在本公示范围。' % (
            v('m_std', str(m_std)), v('r_std', str(r_std)), v('phs', F(phs))))
    d.h('二、队伍基本情况')
    d.p('截至2025年末，全县共有乡镇%s个，即%s，共设村卫生室%s个；在岗乡村医生%s人，平均每个村卫生室%s人。'
        '在岗人员中，取得执业（助理）医师资格的%s人，持乡村医生执业证书的%s人，执业（助理）医师占%s%%，较上年的%s%%上升%s个百分点；'
        '60周岁以上的%s人，占%s%%。' % (
            v('ntown', str(len(recs))), '、'.join(r[0] for r in recs), v('rooms', I(rooms)), v('docs', I(docs)),
            v('per_room', F(D(docs) / rooms)), v('lic', I(doc_lic)), v('vil', I(vil)), v('lic_sh', P(lic_sh)),
            v('lic_sh0', P(lic_sh0)), v('lic_pp', P(lic_sh - lic_sh0)), v('old60', I(old60)), v('old_sh', P(D(old60) / docs * 100))))
    L.count('乡镇数', 'ntown', [r[0] for r in recs])
    L.ratio('平均每个村卫生室村医数', 'per_room', 'docs', 'rooms', '=1')
    L.sum('在岗=执业助理医师+乡村医生', 'docs', ['lic', 'vil'])
    L.ratio('执业（助理）医师占比', 'lic_sh', 'lic', 'docs')
    L.pp('执业医师占比提高', 'lic_sh', 'lic_sh0', 'lic_pp', 1)
    L.ratio('60岁以上占比', 'old_sh', 'old60', 'docs')
    d.h('三、补助发放情况')
    d.p('全年共发放乡村医生补助%s万元，比上年增加%s万元，增长%s%%（上年%s万元）。其中：在岗乡村医生定额补助%s万元，核发%s人月；'
        '退出岗位老年乡村医生生活补助%s万元，涉及%s人。定额补助占全部补助的%s%%，在岗村医人均领取定额补助%s元。' % (
            v('total', F(total)), v('tot_d', F(total - prev_total)), v('tot_r', P((total - prev_total) / prev_total * 100)),
            v('tot0', F(prev_total)), v('fix', F(fix)), v('pm', I(pm)), v('live', F(live)), v('ret', I(ret)),
            v('fix_sh', P(fix / total * 100)), v('fix_pc', F(fix * 10000 / docs))))
    L.growth('补助总额增长', 'total', 'tot0', 'tot_d', 'tot_r', 1)
    L.sum('补助=定额+生活', 'total', ['fix', 'live'])
    L.prod('定额补助=人月×标准', 'fix', 'pm', 'm_std', '=0.0001')
    L.expr('生活补助=人数×标准×12', 'live', ['ret', 'r_std'], lambda a, b: a * b * 12 / 10000, 'ret*r_std*12/10000')
    L.ratio('定额补助占比', 'fix_sh', 'fix', 'total')
    L.ratio('人均定额补助（按在岗人数）', 'fix_pc', 'fix', 'docs', '=10000')
    d.p('岵西乡有%s名乡村医生自2025年7月起新聘到岗，按6个月核发，故该乡核发人月少于在岗人数的12倍。' % v('half', str(towns[2][3])))
    rows = []
    n = len(recs)
    for i, (nm, rm, dc, p_, fx, rt, lv, tt) in enumerate(recs, 1):
        rows.append([nm, v('rm%d' % i, I(rm)), v('dc%d' % i, I(dc)), v('pm%d' % i, I(p_)), v('fx%d' % i, F(fx)),
                     v('rt%d' % i, I(rt)), v('lv%d' % i, F(lv)), v('tt%d' % i, F(tt))])
        if towns[i - 1][3]:
            L.expr('表 %s 人月=在岗×12-新聘×6' % nm, 'pm%d' % i, ['dc%d' % i, 'half'], lambda a, b: a * 12 - b * 6, 'dc*12-half*6', 0)
        else:
            L.prod('表 %s 人月=在岗×12' % nm, 'pm%d' % i, 'dc%d' % i, '=12')
        L.prod('表 %s 定额补助' % nm, 'fx%d' % i, 'pm%d' % i, 'm_std', '=0.0001')
        L.expr('表 %s 生活补助' % nm, 'lv%d' % i, ['rt%d' % i, 'r_std'], lambda a, b: a * b * 12 / 10000, 'rt*r_std*12/10000')
        L.sum('表 %s 合计' % nm, 'tt%d' % i, ['fx%d' % i, 'lv%d' % i])
    rows.append(['合计', v('rm_t', I(rooms)), v('dc_t', I(docs)), v('pm_t', I(pm)), v('fx_t', F(fix)), v('rt_t', I(ret)),
                 v('lv_t', F(live)), v('tt_t', F(total))])
    for k, lab in [('rm', '村卫生室'), ('dc', '在岗村医'), ('pm', '核发人月'), ('fx', '定额补助'), ('rt', '退出村医'), ('lv', '生活补助'), ('tt', '补助合计')]:
        L.sum('表 %s列合计' % lab, k + '_t', ['%s%d' % (k, i) for i in range(1, n + 1)])
    L.same('表 补助合计与正文一致', ['tt_t', 'total'])
    L.same('表 在岗村医与正文一致', ['dc_t', 'docs'])
    L.same('表 村卫生室与正文一致', ['rm_t', 'rooms'])
    d.table('表　2025年度乡村医生补助资金发放明细（金额单位：万元）', None,
            ['乡镇', '村卫生室（个）', '在岗村医（人）', '核发人月', '定额补助', '退出村医（人）', '生活补助', '补助合计'], rows)
    d.h('四、资金来源及发放方式')
    d.p('补助资金中上级转移支付%s万元，县级财政安排%s万元，分别占%s%%和%s%%。补助资金按季度通过惠民惠农财政补贴资金“一卡通”直接发放至个人账户，'
        '2026年起每季度首月15日前发放上一季度补助。' % (
            v('up', F(up)), v('county', F(county)), v('up_sh', P(up / total * 100)), v('cty_sh', P(county / total * 100))))
    L.sum('补助=上级+县级', 'total', ['up', 'county'])
    L.ratio('上级资金占比', 'up_sh', 'up', 'total')
    L.ratio('县级资金占比', 'cty_sh', 'county', 'total')
    d.p('公示期自发布之日起7天。如有异议，请向县卫生健康局基层卫生股反映，电话0858-3617254。')
    d.sign('岵宁县卫生健康局', v('date', '2026年2月9日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '岵卫健〔2026〕5号')
    L.anchor('电话', '0858-3617254')
    d.meta.update(date=d.v['date'], docno=d.v['docno'])
    if strict:
        L.run()
    return d
