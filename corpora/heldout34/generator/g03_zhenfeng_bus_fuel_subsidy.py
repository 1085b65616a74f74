# -*- coding: utf-8 -*-
"""t03 — 浈枫市交通运输局 城乡道路客运成品油价格补助资金分配结果公示 (portal html)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't03_zhenfeng_bus_fuel_price_subsidy_allocation_2024'
FMT = 'html'
DATE = '2025年3月10日'
DOCNO = '浈交运〔2025〕8号'
CITY_STD = 18000
RURAL_STD = 10500


def build():
    L = Ledger(NAME + '.' + FMT)
    central, prov = D('1280.00'), D('380.00')
    total_in = central + prov
    L.sum('下达资金 = 中央 + 省级', F(total_in), [F(central), F(prov)])

    cos = [('浈枫市公共交通集团有限公司', 312, 298, 98), ('浈枫市浈溪公交有限公司', 146, 140, 96),
           ('浈枫市翠岭城乡公交有限公司', 88, 70, 93)]
    rows1, amts, veh, nev = [], [], [], []
    for nm, v, n, sc in cos:
        coef = F(D(sc) / 100, 2)
        a = F(D(v) * CITY_STD * D(coef) / 10000)
        amts.append(a); veh.append(v); nev.append(n)
        rows1.append([nm, I(v), I(n), I(sc), coef, a])
        L.conv(f'表1 {nm} 考核系数 = 得分 ÷ 100', coef, I(sc), 100)
        L.prod(f'表1 {nm} 补助 = 车辆 x 标准 x 系数', a, [I(v), I(CITY_STD), coef], div=10000, shown=[I(v), coef])
    city = F(sum(D(a) for a in amts))
    rows1.append(['合计', I(sum(veh)), I(sum(nev)), '—', '—', city])
    L.sum('表1 营运车辆合计', I(sum(veh)), [I(x) for x in veh])
    L.sum('表1 新能源车辆合计', I(sum(nev)), [I(x) for x in nev])
    L.sum('表1 补助金额合计', city, amts)
    nev_sh = pct(sum(nev), sum(veh))
    L.rate('城市公交新能源车辆占比', nev_sh, I(sum(nev)), I(sum(veh)))
    city_avg = F(D(city) * 10000 / sum(veh))
    L.quot('城市公交平均每辆补助', city_avg, city, I(sum(veh)), mul=10000)

    areas = [('枫城区', 64), ('浈溪区', 96), ('乐浈县', 132), ('翁川县', 118), ('瑶岗县', 143)]
    rural_v = sum(v for _, v in areas)
    ra = [F(D(v) * RURAL_STD / 10000) for _, v in areas]
    rural = F(sum(D(a) for a in ra))
    rsh = [pct(a, rural) for a in ra]
    assert sum(D(s) for s in rsh) == 100, rsh
    rows2 = []
    for (nm, v), a, s in zip(areas, ra, rsh):
        rows2.append([nm, I(v), I(RURAL_STD), a, s])
        L.prod(f'表2 {nm} 补助 = 车辆 x 标准', a, [I(v), I(RURAL_STD)], div=10000)
        L.rate(f'表2 {nm} 占比', s, a, rural)
    rows2.append(['合计', I(rural_v), '—', rural, '100.00'])
    L.sum('表2 车辆合计', I(rural_v), [I(v) for _, v in areas])
    L.sum('表2 补助合计', rural, ra)
    L.sum('表2 占比合计', '100.00', rsh)
    L.count('县区个数与列举', '5', [a for a, _ in areas])

    alloc = F(D(city) + D(rural))
    L.sum('本次分配 = 城市公交 + 农村客运', alloc, [city, rural])
    alloc_rate = pct(alloc, total_in)
    L.rate('分配资金占下达资金比例', alloc_rate, alloc, F(total_in))
    reserve = F(total_in - D(alloc))
    L.signed('预留 = 下达 − 本次分配', reserve, [F(total_in)], [alloc])
    city_sh = pct(city, alloc)
    L.rate('城市公交占本次分配', city_sh, city, alloc)
    rural_sh = pct(rural, alloc)
    L.rate('农村客运占本次分配', rural_sh, rural, alloc)
    assert D(city_sh) + D(rural_sh) == 100
    last = D('1452.80')
    g = growth(alloc, last)
    L.growth('分配资金比上年增长', g, alloc, F(last))
    L.diff('分配资金比上年增加', F(D(alloc) - last), alloc, F(last))
    pax, pax0 = D('4862.50'), D('4553.20')
    gp = growth(pax, pax0)
    L.growth('城市公交客运量增长', gp, F(pax), F(pax0))
    vil, vil_ok, cov0 = 1046, 1031, D('96.94')
    cov = pct(vil_ok, vil)
    L.rate('建制村通客车率', cov, I(vil_ok), I(vil))
    L.diff('通客车率提高百分点', F(D(cov) - cov0), cov, F(cov0))
    L.count('城市公交企业家数', '3', [c[0] for c in cos])
    L.dated('公示日期晚于年度末', DATE)
    L.days('公示期（5个工作日，周一至周五）', '5', '2025年3月10日', '2025年3月14日')
    L.anchor('文号', DOCNO)

    model = [
        ('title', '关于2024年度城乡道路客运成品油价格补助资金分配结果的公示'),
        ('sub', DOCNO),
        ('p', '根据《城乡交通运输服务成品油价格补助资金管理办法》和省交通运输厅、省财政厅关于2024年度资金清算的通知，'
              '经企业申报、县区初审、市级审核和考核评分，现将分配结果公示如下。'),
        ('h', '一、资金来源及分配原则'),
        ('p', f'2024年度上级下达我市城乡道路客运成品油价格补助资金{F(total_in)}万元，其中中央资金{F(central)}万元、'
              f'省级资金{F(prov)}万元。城市公交按“营运车辆数×补助标准×考核系数”分配，补助标准每辆{I(CITY_STD)}元，'
              f'考核系数为年度服务质量考核得分除以100；农村客运按营运车辆数分配，补助标准每辆{I(RURAL_STD)}元。'),
        ('p', f'本次共分配{alloc}万元，占下达资金的{alloc_rate}%，比上年{F(last)}万元增加{F(D(alloc) - last)}万元，增长{g}%。'
              f'其中城市公交{city}万元、占{city_sh}%，农村客运{rural}万元、占{rural_sh}%。'
              f'预留{reserve}万元用于2025年一季度新能源公交车推广应用考核奖励，待考核结束后另行公示。'),
        ('h', '二、城市公交补助分配'),
        ('p', f'纳入补助的3家城市公交企业共有营运车辆{I(sum(veh))}辆，其中新能源车辆{I(sum(nev))}辆，占{nev_sh}%；'
              f'平均每辆补助{city_avg}元。2024年全市城市公交客运量{F(pax)}万人次，比上年{F(pax0)}万人次增长{gp}%。'),
        T('表1　城市公交企业补助分配', ['企业名称', '营运车辆（辆）', '其中新能源（辆）', '考核得分', '考核系数', '补助金额（万元）'],
          rows1),
        ('h', '三、农村客运补助分配'),
        ('p', f'农村客运补助涉及5个县区，分别为{"、".join(a for a, _ in areas)}，共核定营运车辆{I(rural_v)}辆。'
              f'截至2024年底，全市{I(vil)}个建制村中{I(vil_ok)}个通客车，通客车率{cov}%，'
              f'比上年{F(cov0)}%提高{F(D(cov) - cov0)}个百分点。'),
        T('表2　农村客运补助分配（按县区）', ['县区', '营运车辆（辆）', '补助标准（元/辆）', '补助金额（万元）', '占比（%）'], rows2),
        ('h', '四、公示期限及监督方式'),
        ('p', '公示期为2025年3月10日至2025年3月14日（5个工作日）。对公示结果有异议的，可在公示期内以书面形式向市交通运输局'
              '运输服务科反映，联系电话：0751-6337428。'),
        ('sign', ['浈枫市交通运输局　浈枫市财政局', DATE]),
    ]
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    kw = {'site': '浈枫市交通运输局', 'crumbs': ['首页', '政务公开', '财政资金', '资金分配公示'],
          'meta_line': '来源：浈枫市交通运输局　　字号：大 中 小',
          'footer': ['主办：浈枫市交通运输局　　地址：浈枫市环城东路', '网站标识码：浈交0008']}
    return model, L, kw
