from lk36 import *

NAME = 't05_ziping_compulsory_animal_immunization_subsidy_report_2024.pdf'
FMT = 'pdf'

def build():
    L = Ledger(); S = I
    src = [('中央动物防疫补助', '118.00'), ('省级配套', '30.00'), ('县级配套', '20.00')]
    items = [('口蹄疫疫苗采购', 486000, '头份', '1.20'), ('小反刍兽疫疫苗采购', 128000, '头份', '0.50'),
             ('布鲁氏菌病疫苗采购', 42000, '头份', '1.50'), ('规模场“先打后补”补助', 312000, '头份', '1.00'),
             ('村级防疫员劳务补助', 86, '人', '2,400'), ('免疫效果监测', 4200, '份', '25')]
    # 免疫密度: 动物, 应免, 实免
    dens = [('猪（口蹄疫）', 412600, 405380), ('牛（口蹄疫）', 38420, 37960), ('羊（小反刍兽疫）', 126300, 123850)]
    # 抗体监测: 病种, 抽检, 合格
    ab = [('口蹄疫', 2400, 2184), ('小反刍兽疫', 1200, 1068), ('高致病性禽流感', 600, 561)]
    farms_done, farms_all = 57, 64
    mid = D('61.38')
    prev_sp = D('142.36')
    amt = [F(D(n) * D(p) / 10000) for _, n, _, p in items]
    for (_, n, _, p), a in zip(items, amt):
        assert D(n) * D(p) / 10000 == D(a)
    tot = F(sum(D(a) for a in amt))
    av = F(sum(D(v) for _, v in src))
    sh = share_fix(amt)
    exe = pct(tot, av); carry = F(D(av) - D(tot))
    vac = F(sum(D(a) for a in amt[:3])); vac_sh = pct(vac, tot)
    dr = [pct(b, a) for _, a, b in dens]
    ab_n = sum(x[1] for x in ab); ab_ok = sum(x[2] for x in ab)
    abr = [pct(b, a) for _, a, b in ab]
    ab_tot = pct(ab_ok, ab_n)
    gr = growth(tot, prev_sp)
    midr = pct(mid, av)
    gr_abs = gr.lstrip('-'); dec = F(prev_sp - D(tot))
    per_w = F(D(amt[4]) * 10000 / 86)
    farms_not = farms_all - farms_done
    unused_fmd = 486000 - 471300
    model = [
        ('title', '牸坪县农业农村局关于2024年度强制免疫补助资金使用情况的报告'),
        ('sub', '牸农发〔2025〕6号'),
        ('p', '县财政局：'),
        ('p', '现将2024年度（2024年1月1日至12月31日）全县重大动物疫病强制免疫补助资金使用情况报告如下。'),
        ('h', '一、资金安排'),
        ('p', f'2024年强制免疫补助资金共{av}万元，其中中央动物防疫补助{src[0][1]}万元、省级配套{src[1][1]}万元、县级配套{src[2][1]}万元。'),
        ('h', '二、资金支出'),
        ('p', f'全年支出{tot}万元，比上年{F(prev_sp)}万元减少{dec}万元、下降{gr_abs}%（上年含一次性补购应急疫苗），资金执行率{exe}%，结转{carry}万元用于2025年春防疫苗采购。'
              f'其中疫苗采购{vac}万元，占支出的{vac_sh}%。截至2024年6月30日已支出{F(mid)}万元，执行率{midr}%。'
              f'村级防疫员86人，人均劳务补助{per_w}元。'),
        ('table', '表1  2024年强制免疫补助资金支出明细',
         [['支出项目', '数量', '单位', '单价（元）', '金额（万元）', '占比（%）']] +
         [[a, S(n), u, p, m, s] for (a, n, u, p), m, s in zip(items, amt, sh)] +
         [['合计', '—', '—', '—', tot, '100.00']], None),
        ('h', '三、免疫和监测情况'),
        ('p', f'全年采购口蹄疫疫苗{S(486000)}头份，已使用{S(471300)}头份，尚未使用{S(unused_fmd)}头份（冷库储存，2025年春防优先使用）。'
              f'全县{farms_all}个规模养殖场中，已实施“先打后补”的{farms_done}个，尚未实施{farms_not}个（散养为主，仍由政府统一采购疫苗）。'),
        ('table', '表2  主要畜种免疫密度',
         [['畜种（病种）', '应免数量（头只）', '实免数量（头只）', '免疫密度（%）']] +
         [[a, S(b), S(c), r] for (a, b, c), r in zip(dens, dr)], None),
        ('p', f'全年开展免疫效果监测{S(ab_n)}份、合格{S(ab_ok)}份，其中口蹄疫{S(ab[0][1])}份、合格{S(ab[0][2])}份，合格率{abr[0]}%；小反刍兽疫{S(ab[1][1])}份、合格{S(ab[1][2])}份，合格率{abr[1]}%；'
              f'高致病性禽流感{ab[2][1]}份、合格{ab[2][2]}份，合格率{abr[2]}%。总体抗体合格率{ab_tot}%，高于70%的国家标准。'
              f'监测费按表1免疫效果监测{S(4200)}份计列。'),
        ('h', '四、存在问题'),
        ('p', '资金使用中存在两个方面的问题：一是部分村级防疫员年龄偏大，免疫记录填写不规范；二是“先打后补”补助申报审核周期偏长。下一步将加强培训并简化申报流程。'),
        ('sign', ['牸坪县农业农村局', '2025年2月20日']),
    ]
    L.sum('资金来源', av, [v for _, v in src])
    for (a, n, u, p), m in zip(items, amt):
        L.prod(f'表1 {a} 金额 = 数量 x 单价', m, S(n), p, div=10000)
    L.sum('表1 合计', tot, amt)
    for (a, *_), m, s in zip(items, amt, sh):
        L.rate(f'表1 {a} 占比', s, m, tot)
    L.sum('表1 占比合计', '100.00', sh)
    L.diff('支出比上年减少', F(prev_sp - D(tot)), F(prev_sp), tot)
    L.rate('支出比上年下降率', gr.lstrip('-'), F(prev_sp - D(tot)), F(prev_sp))
    L.rate('执行率', exe, tot, av)
    L.diff('结转', carry, av, tot)
    L.sum('疫苗采购', vac, amt[:3])
    L.rate('疫苗采购占比', vac_sh, vac, tot)
    L.rate('年中执行率', midr, F(mid), av)
    L.le('年中 < 年末', F(mid), tot)
    L.quot('人均劳务补助（元）', per_w, amt[4], '86', mult=10000)
    L.diff('口蹄疫疫苗尚未使用', S(unused_fmd), '486,000', '471,300')
    L.diff('尚未实施先打后补场数', S(farms_not), S(farms_all), S(farms_done))
    for (a, b, c), r in zip(dens, dr):
        L.rate(f'表2 {a} 免疫密度', r, S(c), S(b))
    L.sum('监测份数', S(ab_n), [S(x[1]) for x in ab])
    for (a, b, c), r in zip(ab, abr):
        L.rate(f'{a} 抗体合格率', r, S(c), S(b))
    L.sum('合格份数', S(ab_ok), [S(x[2]) for x in ab])
    L.quot('总体抗体合格率', ab_tot, S(ab_ok), S(ab_n), mult=100)
    L.same('监测份数 (表1, 正文)', S(4200), 3)
    L.count('两个方面的问题', '2', ['一是部分村级防疫员', '二是“先打后补”补助申报'])
    L.anchor('问题 数量词', '存在两个方面的问题')
    L.dated('落款日期', '2025年2月20日')
    L.anchor('文号', '牸农发〔2025〕6号')
    meta = dict(name=NAME, fmt=FMT, date='2025年2月20日', docno='牸农发〔2025〕6号', author='牸坪县农业农村局')
    return model, L, meta, {}
