# -*- coding: utf-8 -*-
"""t05 铧亭县公安局交通警察大队 2025年度城区交通信号设施运行维护经费使用情况的报告 (txt, space-aligned table)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't05_huating_county_traffic_police_brigade_traffic_signal_operation_maintenance_funds_report_2025.txt'


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    ad_prev, fx_prev, new_x, retrofit = 118, 78, 22, 24     # 自适应 / 定时 路口
    road_km = D('128.6')
    bud0, bud_add = D('290.00'), D('22.00')
    lines = [('电费及通信费', D('64.00')), ('日常维护', D('176.00')), ('信号机升级改造', D('72.00'))]
    kwh, price, kwh_prev = D('52.36'), D('0.6212'), D('55.80')   # 万千瓦时, 元/千瓦时
    comm_std = 1400                                               # 元/路口·年 光纤租用
    contract, parts = D('138.60'), D('35.80')
    ord_hot, ord_pat, ord_ok = 412, 824, 1205
    unit_cost = 29500                                             # 元/路口
    prev_spent = D('291.60')

    # ---------------- derived
    ad = ad_prev + new_x + retrofit
    fx = fx_prev - retrofit
    tot, tot_prev = ad + fx, ad_prev + fx_prev
    put('tot', I(tot))
    put('ad', I(ad))
    put('fx', I(fx))
    L.sum('信号控制路口=自适应+定时', 'tot', ['ad', 'fx'])
    ad_sh = q(D(ad) / tot * 100)
    put('ad_sh', P(ad_sh))
    L.ratio('自适应控制占比', 'ad_sh', 'ad', 'tot')
    put('tot_prev', I(tot_prev))
    put('tot_add', I(tot - tot_prev))
    put('new_x', I(new_x))
    L.growth('路口较上年末增加', 'tot', 'tot_prev', 'tot_add', None, sign=1)
    L.same('新增路口=新建道路路口', ['tot_add', 'new_x'])
    put('ad_prev', I(ad_prev))
    put('retro', I(retrofit))
    L.bal('自适应 年末=上年末+新建+改造', 'ad', ['ad_prev', 'new_x', 'retro'])
    ad_sh_prev = q(D(ad_prev) / tot_prev * 100)
    put('ad_sh_prev', P(ad_sh_prev))
    put('ad_pp', P(ad_sh - ad_sh_prev))
    L.pp('自适应占比提高百分点', 'ad_sh', 'ad_sh_prev', 'ad_pp', sign=1)
    put('road_km', str(road_km))
    put('tot2', I(tot))
    put('per_km', F(D(tot) / road_km))
    L.same('路口数 第二处', ['tot', 'tot2'])
    L.ratio('每公里路口数', 'per_km', 'tot2', 'road_km', 2, '1')

    elec = q(kwh * price)
    comm = q(D(tot) * comm_std / 10000)
    ec = elec + comm
    maint = contract + parts
    retro_amt = q(D(retrofit) * unit_cost / 10000)
    spent_l = [ec, maint, retro_amt]
    budget = bud0 + bud_add
    assert sum(l[1] for l in lines) == budget
    spent = sum(spent_l)
    for i, (nm, bd) in enumerate(lines):
        put('b%d' % i, F(bd))
        put('s%d' % i, F(spent_l[i]))
        put('r%d' % i, F(bd - spent_l[i]))
        put('e%d' % i, P(spent_l[i] / bd * 100))
        L.bal('表 %s 结余=预算-支出' % nm, 'r%d' % i, ['b%d' % i], ['s%d' % i])
        L.ratio('表 %s 执行率' % nm, 'e%d' % i, 's%d' % i, 'b%d' % i)
    put('b_t', F(budget))
    put('s_t', F(spent))
    put('r_t', F(budget - spent))
    put('e_t', P(spent / budget * 100))
    for c, nm in (('b', '预算数'), ('s', '支出数'), ('r', '结余')):
        L.sum('表 %s列合计' % nm, c + '_t', [c + '%d' % i for i in range(3)])
    L.bal('表 合计 结余=预算-支出', 'r_t', ['b_t'], ['s_t'])
    L.ratio('表 合计执行率', 'e_t', 's_t', 'b_t')

    put('bud', F(budget))
    put('bud0', F(bud0))
    put('bud_add', F(bud_add))
    L.sum('预算=年初预算+年中追加', 'bud', ['bud0', 'bud_add'])
    put('spent', F(spent))
    put('exec', P(spent / budget * 100))
    L.same('预算 正文=表', ['bud', 'b_t'])
    L.same('支出 正文=表', ['spent', 's_t'])
    L.ratio('预算执行率', 'exec', 'spent', 'bud')
    put('prev_spent', F(prev_spent))
    put('vs_prev', P(spent / prev_spent * 100))
    L.ratio('支出为上年的百分比', 'vs_prev', 'spent', 'prev_spent')

    put('ec', F(ec))
    put('kwh', str(kwh))
    put('price', str(price))
    put('elec', F(elec))
    put('tot3', I(tot))
    put('comm_std', I(comm_std))
    put('comm', F(comm))
    L.same('电费及通信费 正文=表', ['ec', 's0'])
    L.sum('电费及通信费=电费+通信费', 'ec', ['elec', 'comm'])
    L.prod('电费=用电量×电价', 'elec', ['kwh', 'price'], 2, '1')
    L.same('路口数 第三处', ['tot', 'tot3'])
    L.prod('通信费=路口数×每路口年租费', 'comm', ['tot3', 'comm_std'], 2, '0.0001')
    put('kwh_prev', str(kwh_prev))
    put('kwh_chg', P(kwh_prev - kwh))
    put('kwh_rate', P((kwh_prev - kwh) / kwh_prev * 100))
    L.growth('用电量同比下降', 'kwh', 'kwh_prev', 'kwh_chg', 'kwh_rate', sign=-1)
    put('kwh_avg', F(kwh * 10000 / tot))
    put('tot4', I(tot))
    L.same('路口数 第四处', ['tot', 'tot4'])
    L.ratio('每路口年均耗电（千瓦时）', 'kwh_avg', 'kwh', 'tot4', 2, '10000')

    put('maint', F(maint))
    put('contract', F(contract))
    put('parts', F(parts))
    L.sum('日常维护=维保合同+备品备件', 'maint', ['contract', 'parts'])
    L.same('日常维护 正文=表', ['maint', 's1'])
    orders = ord_hot + ord_pat
    put('ord', I(orders))
    put('ord_h', I(ord_hot))
    put('ord_p', I(ord_pat))
    L.sum('故障工单=转办+巡查发现', 'ord', ['ord_h', 'ord_p'])
    put('ord_ok', I(ord_ok))
    put('ord_rate', P(D(ord_ok) / orders * 100))
    L.ratio('按时修复率', 'ord_rate', 'ord_ok', 'ord')
    put('ord_avg', F(maint * 10000 / orders))
    L.ratio('单件工单平均维护费（元）', 'ord_avg', 'maint', 'ord', 2, '10000')

    put('retro2', I(retrofit))
    put('ucost', I(unit_cost))
    put('retro_amt', F(retro_amt))
    L.same('改造路口数 前后一致', ['retro', 'retro2'])
    L.prod('改造支出=路口数×单价', 'retro_amt', ['retro2', 'ucost'], 2, '0.0001')
    L.same('改造支出 正文=表', ['retro_amt', 's2'])
    put('fx2', I(fx))
    L.same('定时控制路口 前后一致', ['fx', 'fx2'])

    put('date', '2026年1月28日')
    put('phone', '0738-6158327')
    L.dated('落款晚于年度终了', 'date', (2025, 12, 31))
    L.anchor('文号', '铧公交〔2026〕5号')
    L.anchor('联系电话', '0738-6158327')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '铧亭县公安局交通警察大队'))
    B.append(('title', '关于2025年度城区交通信号设施运行维护经费使用情况的报告'))
    B.append(('sub', '铧公交〔2026〕5号'))
    B.append(('plain', '县财政局：'))
    B.append(('p', '现将2025年度城区交通信号设施运行维护经费使用情况报告如下。'))
    B.append(('h', '一、管养规模'))
    B.append(('p', '年末城区信号控制路口{tot}个，较上年末{tot_prev}个增加{tot_add}个，系新建道路同步建设的自适应控制路口。'
                   '其中自适应控制路口{ad}个、定时控制路口{fx}个，自适应控制占比{ad_sh}%，比上年提升{ad_pp}个百分点（上年{ad_sh_prev}%）。'
                   '自适应控制路口由上年末{ad_prev}个、本年新建{new_x}个和定时路口改造{retro}个构成。城区道路总长{road_km}公里，'
                   '按年末{tot2}个路口计每公里{per_km}个。'))
    B.append(('h', '二、经费预算及执行'))
    B.append(('p', '本年运行维护经费预算{bud}万元（年初预算{bud0}万元，年中因新建道路移交追加{bud_add}万元），实际支出{spent}万元，执行率{exec}%；'
                   '支出相当于上年{prev_spent}万元的{vs_prev}%。分项情况见下表。'))
    rows = [[l[0], '{b%d}' % i, '{s%d}' % i, '{r%d}' % i, '{e%d}' % i] for i, l in enumerate(lines)]
    rows.append(['合计', '{b_t}', '{s_t}', '{r_t}', '{e_t}'])
    B.append(('table', {'caption': '交通信号设施运行维护经费预算执行表', 'unit': '（金额单位：万元）',
                        'head': ['项目', '预算数', '支出数', '结余', '执行率（%）'], 'rows': rows}))
    B.append(('h', '三、分项使用情况'))
    B.append(('p', '（一）电费及通信费。支出{ec}万元。全年信号设施用电{kwh}万千瓦时，按平均电价{price}元/千瓦时结算电费{elec}万元；'
                   '按年末{tot3}个路口、每路口每年{comm_std}元结算光纤租用费{comm}万元。'
                   '用电量比上年的{kwh_prev}万千瓦时减少{kwh_chg}万千瓦时，同比降低{kwh_rate}%；以年末{tot4}个路口计，'
                   '每路口年均耗电{kwh_avg}千瓦时（新建路口运行不足一年，故该值略低于全年运行路口的实际耗电）。'))
    B.append(('p', '（二）日常维护。支出{maint}万元，包括外包维保合同款{contract}万元和备品备件费{parts}万元。'
                   '全年受理故障工单{ord}件，其中122及热线转办{ord_h}件、巡查发现{ord_p}件；按时修复{ord_ok}件，按时修复率{ord_rate}%，'
                   '单件工单平均维护费{ord_avg}元。信号设施完好率99.30%，高于98%的考核要求。'))
    B.append(('p', '（三）信号机升级改造。将{retro2}个定时控制路口改造为自适应控制，每路口综合单价{ucost}元，支出{retro_amt}万元。'
                   '改造后尚余定时控制路口{fx2}个，计划2026年再改造30个。'))
    B.append(('h', '四、存在问题及建议'))
    B.append(('p', '部分早期信号机备件停产，维修周期偏长；建议2026年预算适当增加老旧信号机更换资金。'))
    B.append(('p', '联系电话：{phone}'))
    B.append(('blank', ''))
    B.append(('right', '铧亭县公安局交通警察大队'))
    B.append(('right', '{date}'))
    meta = {'date_key': 'date', 'docno': '铧公交〔2026〕5号', 'year': 2025, 'table_style': 'space',
            'title': '关于2025年度城区交通信号设施运行维护经费使用情况的报告'}
    return Report(NAME, 'txt', S, B, L, meta)
