# -*- coding: utf-8 -*-
"""t02 — 讷松县发改局（粮食和物资储备局） 县级储备粮管理及财政补贴资金使用情况的报告 (txt, | tables)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't02_nesong_grain_reserve_subsidy_report_2024'
FMT = 'txt'
DATE = '2025年2月14日'
DOCNO = '讷发改粮〔2025〕5号'


def build():
    L = Ledger(NAME + '.' + FMT)
    # 表1 承储库点
    depots = [('讷松县中心粮库', '玉米', 4500, 100), ('讷松县北岗粮库', '稻谷', 3200, 110),
              ('讷松县沿江粮库', '玉米', 1500, 100), ('讷松县丰泰粮食购销有限公司', '大豆', 2800, 120)]
    rows1, fees, qty = [], [], []
    for nm, kind, t, std in depots:
        fee = F(D(t) * std / 10000)
        fees.append(fee)
        qty.append(t)
        rows1.append([nm, kind, I(t), I(std), fee])
        L.prod(f'表1 {nm} 保管费 = 数量 x 标准', fee, [I(t), I(std)], div=10000)
    stock = sum(qty)
    fee_total = F(sum(D(f) for f in fees))
    rows1.append(['合计', '—', I(stock), '—', fee_total])
    L.sum('表1 储存数量合计', I(stock), [I(x) for x in qty])
    L.sum('表1 保管费合计', fee_total, fees)
    plan = 12000
    L.same('储备规模 = 实际储存', I(plan), I(stock))
    L.conv('储备规模 吨 → 万吨', '1.2', I(plan), 10000)
    last_scale = 10000
    L.diff('储备规模比上年增加', I(plan - last_scale), I(plan), I(last_scale))
    L.growth('储备规模比上年增长', growth(plan, last_scale), I(plan), I(last_scale))

    # 表2 品种结构
    kinds = [('玉米', 6000, 2150), ('稻谷', 3200, 2760), ('大豆', 2800, 4600)]
    rows2, vals, shs = [], [], []
    for k, t, c in kinds:
        v = F(D(t) * c / 10000)
        s = pct(t, stock)
        vals.append(v)
        shs.append(s)
        rows2.append([k, I(t), s, I(c), v])
        L.prod(f'表2 {k} 账面价值 = 数量 x 单位成本', v, [I(t), I(c)], div=10000)
        L.rate(f'表2 {k} 数量占比', s, I(t), I(stock))
    assert sum(D(s) for s in shs) == 100
    book = F(sum(D(v) for v in vals))
    rows2.append(['合计', I(stock), '100.00', '—', book])
    L.sum('表2 数量合计', I(stock), [I(t) for _, t, _ in kinds])
    L.sum('表2 占比合计', '100.00', shs)
    L.sum('表2 账面价值合计', book, vals)
    L.sum('玉米 = 中心粮库 + 沿江粮库', I(6000), [I(4500), I(1500)])
    L.same('稻谷 = 北岗粮库', I(kinds[1][1]), I(depots[1][2]))
    L.same('大豆 = 丰泰公司', I(kinds[2][1]), I(depots[3][2]))
    avg_cost = F(D(book) * 10000 / stock)
    L.quot('平均每吨账面成本', avg_cost, book, I(stock), mul=10000)

    # 轮换
    rot_plan, rot_done = 4000, 3960
    L.rate('计划轮换比例（三分之一）', '33.33', I(rot_plan), I(plan))
    rot_rate = pct(rot_done, rot_plan)
    L.rate('轮换完成率', rot_rate, I(rot_done), I(rot_plan))
    L.diff('未轮入数量', I(rot_plan - rot_done), I(rot_plan), I(rot_done))
    rot_std = 50
    rot_fee = F(D(rot_done) * rot_std / 10000)
    L.prod('轮换费用补贴 = 轮入数量 x 标准', rot_fee, [I(rot_done), I(rot_std)], div=10000)
    p_out, p_in = 2168, 2245
    L.diff('轮换价差', I(p_in - p_out), I(p_in), I(p_out))
    gap = F(D(rot_done) * (p_in - p_out) / 10000)
    L.prod('价差亏损补贴 = 轮入数量 x 价差', gap, [I(rot_done), I(p_in - p_out)], div=10000)
    # 利息
    loan, r = D('2850.00'), D('3.45')
    interest = F(loan * r / 100)
    L.prod('利息补贴 = 日均贷款余额 x 年利率', interest, [F(loan), F(r)], div=100)

    # 表3 补贴资金
    parts = [('保管费补贴', fee_total), ('轮换费用补贴', rot_fee), ('轮换价差亏损补贴', gap), ('贷款利息补贴', interest)]
    used = F(sum(D(v) for _, v in parts))
    L.sum('补贴资金支出合计', used, [v for _, v in parts])
    psh = [pct(v, used) for _, v in parts]
    assert sum(D(s) for s in psh) == 100, psh
    rows3 = []
    for (nm, v), s in zip(parts, psh):
        rows3.append([nm, v, s])
        L.rate(f'表3 {nm} 占比', s, v, used)
    rows3.append(['合计', used, '100.00'])
    L.sum('表3 占比合计', '100.00', psh)
    budget = D('300.00')
    exe = pct(used, budget)
    L.rate('补贴资金执行率', exe, used, F(budget))
    left = F(budget - D(used))
    L.signed('结余 = 预算 − 支出', left, [F(budget)], [used])
    last = D('246.18')
    g = growth(used, last)
    L.growth('补贴支出比上年增长', g, used, F(last))
    cap = 18600
    cap_rate = pct(stock, cap)
    L.rate('仓容利用率', cap_rate, I(stock), I(cap))
    smp, ok = 48, 47
    qual = pct(ok, smp)
    L.rate('质量抽检合格率', qual, I(ok), I(smp))
    L.count('国有粮库个数', '3', [d[0] for d in depots if d[0].endswith('粮库')])
    L.count('委托代储企业个数', '1', [d[0] for d in depots if d[0].endswith('公司')])
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)

    model = [
        ('title', '关于2024年度县级储备粮管理及财政补贴资金使用情况的报告'),
        ('sub', DOCNO),
        ('p', '县人民政府：'),
        ('p', '根据《黑龙江省地方储备粮管理办法》和县政府年度储备计划，现将2024年度县级储备粮管理及财政补贴资金使用情况报告如下。'),
        ('h', '一、储备规模和库存情况'),
        ('p', f'2024年县级储备粮计划规模{I(plan)}吨（1.2万吨），比上年{I(last_scale)}吨增加{I(plan - last_scale)}吨，'
              f'增长{growth(plan, last_scale)}%。截至2024年12月31日，实际库存{I(stock)}吨，规模全部落实到位，'
              f'由3个国有粮库和1家委托代储企业承储。全县完好仓容{I(cap)}吨，仓容利用率{cap_rate}%。'),
        T('表1　县级储备粮承储库点及保管费补贴', ['承储库点', '品种', '储存数量（吨）', '保管费标准（元/吨·年）', '保管费补贴（万元）'], rows1),
        ('p', f'按品种分，玉米{I(6000)}吨（中心粮库{I(4500)}吨、沿江粮库{I(1500)}吨）、稻谷{I(3200)}吨、大豆{I(2800)}吨。'
              f'库存账面价值{book}万元，平均每吨账面成本{avg_cost}元。'),
        T('表2　县级储备粮品种结构及账面价值', ['品种', '数量（吨）', '占比（%）', '单位成本（元/吨）', '账面价值（万元）'], rows2),
        ('h', '二、轮换和质量管理情况'),
        ('p', f'2024年计划轮换{I(rot_plan)}吨，占储备规模的33.33%。全年实际轮出、轮入各{I(rot_done)}吨，'
              f'轮换完成率{rot_rate}%，剩余{I(rot_plan - rot_done)}吨因新粮水分偏高顺延至2025年一季度轮换，库存数量未受影响。'
              f'轮出均价{I(p_out)}元/吨，轮入均价{I(p_in)}元/吨，每吨价差{I(p_in - p_out)}元。'
              f'县粮食质量监测站全年抽检样品{smp}份，合格{ok}份，合格率{qual}%，不合格批次已按规定处置。'),
        ('h', '三、财政补贴资金使用情况'),
        ('p', f'县财政年初安排储备粮补贴资金{F(budget)}万元，全年支出{used}万元，执行率{exe}%，结余{left}万元。'
              f'支出比上年{F(last)}万元增长{g}%，主要是储备规模扩大。其中，轮换费用补贴按轮入数量每吨{rot_std}元核定；'
              f'贷款利息补贴按中国农业发展银行讷松县支行储备粮贷款日均余额{F(loan)}万元、年利率{F(r)}%计算。'),
        T('表3　2024年度储备粮补贴资金支出构成', ['补贴项目', '金额（万元）', '占比（%）'], rows3),
        ('h', '四、存在问题和下步打算'),
        ('p', '一是部分库点仓房建于上世纪九十年代，保温隔热性能偏弱；二是委托代储企业信息化监管尚未全覆盖。'
              '2025年将推进“智慧粮库”建设，实现县级储备粮库存数量和质量在线监管。'),
        ('p', '特此报告。'),
        ('sign', ['讷松县发展和改革局（县粮食和物资储备局）', DATE]),
    ]
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    return model, L, {'table_style': 'pipe'}
