# -*- coding: utf-8 -*-
"""t01 罾溪县 大中型水库移民后期扶持资金 2025年度使用情况公开 (txt, tab tables)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't01_zengxi_county_reservoir_resettlement_later_support_fund_use_disclosure_2025.txt'


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    pop = [('罾口水库', 7352), ('上罾水库', 3918), ('罾西水库', 1216)]
    prev_pop, cut, add = 12571, 97, 12
    std = 600  # 元/人·年
    households = 4215
    carry_in, upper, county = D('56.32'), D('1168.00'), D('38.00')
    prev_arrived = D('1158.50')
    admin = D('18.20')
    projects = [  # name, town, beneficiaries, approved, spent
        ('移民村道路硬化', '罾口镇', 2146, D('168.00'), D('165.42')),
        ('饮水安全巩固提升', '上罾乡', 1382, D('96.00'), D('96.00')),
        ('茶园提质增效', '罾西乡', 874, D('120.00'), D('112.36')),
        ('灌溉渠道改造', '罾口镇', 1640, D('74.00'), D('71.58')),
        ('移民技能培训', '全县', 620, D('30.00'), D('27.90')),
    ]
    road_km, canal_km, tea_mu = D('8.6'), D('12.4'), 1850
    train_n, train_plan = 620, 600
    inc, inc_prev, inc_county = 21846, 20312, 23410

    # ---------------- derived
    total_pop = sum(n for _, n in pop)
    assert prev_pop - cut + add == total_pop
    put('pop_total', I(total_pop))
    put('pop_res_n', str(len(pop)))
    put('pop_prev', I(prev_pop))
    put('pop_cut', I(cut))
    put('pop_add', I(add))
    put('pop_chg', I(prev_pop - total_pop))
    put('pop_rate', P(D(prev_pop - total_pop) / prev_pop * 100))
    put('std', I(std))
    put('hh', I(households))
    arrived = upper + county
    put('carry_in', F(carry_in))
    put('upper', F(upper))
    put('county', F(county))
    put('arrived', F(arrived))
    put('arr_prev', F(prev_arrived))
    put('arr_chg', F(arrived - prev_arrived))
    put('arr_rate', P((arrived - prev_arrived) / prev_arrived * 100))
    avail = carry_in + arrived
    put('avail', F(avail))

    direct_rows = []
    for i, (nm, n) in enumerate(pop):
        put('dp%d' % i, I(n))
        put('ds%d' % i, I(std))
        amt = q(D(n) * std / 10000)
        put('da%d' % i, F(amt))
        direct_rows.append(amt)
        L.prod('表1 %s 直补=人口×标准' % nm, 'da%d' % i, ['dp%d' % i, 'ds%d' % i], 2, '0.0001')
    direct = sum(direct_rows)
    put('dp_t', I(total_pop))
    put('da_t', F(direct))
    L.sum('表1 扶持人口合计', 'dp_t', ['dp%d' % i for i in range(len(pop))])
    L.sum('表1 直补金额合计', 'da_t', ['da%d' % i for i in range(len(pop))])
    put('direct', F(direct))
    put('hh_avg', F(q(D(direct) * 10000 / households)))

    ap_t = sum(p[3] for p in projects)
    sp_t = sum(p[4] for p in projects)
    bn_t = sum(p[2] for p in projects)
    for i, (nm, town, bn, ap, sp) in enumerate(projects):
        put('pb%d' % i, I(bn))
        put('pa%d' % i, F(ap))
        put('ps%d' % i, F(sp))
        put('pr%d' % i, P(sp / ap * 100))
        L.ratio('表2 %s 支出进度' % nm, 'pr%d' % i, 'ps%d' % i, 'pa%d' % i)
    put('pb_t', I(bn_t))
    put('pa_t', F(ap_t))
    put('ps_t', F(sp_t))
    put('pr_t', P(sp_t / ap_t * 100))
    L.sum('表2 受益移民合计', 'pb_t', ['pb%d' % i for i in range(5)])
    L.sum('表2 批复资金合计', 'pa_t', ['pa%d' % i for i in range(5)])
    L.sum('表2 实际支出合计', 'ps_t', ['ps%d' % i for i in range(5)])
    L.ratio('表2 合计支出进度', 'pr_t', 'ps_t', 'pa_t')
    put('proj', F(sp_t))
    put('proj_n', str(len(projects)))
    put('admin', F(admin))
    spent = direct + sp_t + admin
    put('spent', F(spent))
    put('sh_direct', P(D(direct) / spent * 100))
    put('sh_proj', P(sp_t / spent * 100))
    put('admin_sh', P(admin / arrived * 100))
    put('admin_cap', '2')
    put('exec', P(spent / avail * 100))
    close = avail - spent
    put('close', F(close))
    put('close2', F(close))

    put('road_km', str(road_km))
    put('road_sp', F(projects[0][4]))
    put('road_avg', F(projects[0][4] / road_km))
    put('canal_km', str(canal_km))
    put('tea_mu', I(tea_mu))
    put('tea_sp', F(projects[2][4]))
    put('tea_avg', F(projects[2][4] * 10000 / tea_mu))
    put('train_n', I(train_n))
    put('train_plan', I(train_plan))
    put('train_rate', P(D(train_n) / train_plan * 100))
    put('train_sp', F(projects[4][4]))
    put('train_avg', F(projects[4][4] * 10000 / train_n))
    put('inc', I(inc))
    put('inc_prev', I(inc_prev))
    put('inc_chg', I(inc - inc_prev))
    put('inc_rate', P(D(inc - inc_prev) / inc_prev * 100))
    put('inc_cty', I(inc_county))
    put('inc_ratio', P(D(inc) / inc_county * 100))
    put('date', '2026年2月6日')
    put('phone', '0745-3826914')
    put('yr', '2025')

    # ---------------- ledger
    L.bal('扶持人口 上年末-核减+补录=本年末', 'pop_total', ['pop_prev', 'pop_add'], ['pop_cut'])
    L.growth('扶持人口较上年末减少及降幅', 'pop_total', 'pop_prev', 'pop_chg', 'pop_rate', sign=-1)
    L.count('水库座数与所列水库', 'pop_res_n', ['罾口水库', '上罾水库', '罾西水库'])
    L.same('扶持人口 正文=表1合计', ['pop_total', 'dp_t'])
    L.sum('本年到位=上级+县级', 'arrived', ['upper', 'county'])
    L.growth('到位资金比上年度增长', 'arrived', 'arr_prev', 'arr_chg', 'arr_rate', sign=1)
    L.sum('可用资金=上年结转+本年到位', 'avail', ['carry_in', 'arrived'])
    L.same('直补 正文=表1合计', ['direct', 'da_t'])
    L.same('直补标准 正文=表1各行', ['std', 'ds0', 'ds1', 'ds2'])
    L.ratio('户均直补（元）', 'hh_avg', 'direct', 'hh', 2, '10000')
    L.same('项目扶持 正文=表2合计', ['proj', 'ps_t'])
    L.count('扶持项目个数与表2行数', 'proj_n', [p[0] for p in projects])
    L.sum('全年支出=直补+项目+工作经费', 'spent', ['direct', 'proj', 'admin'])
    L.ratio('直补占全年支出', 'sh_direct', 'direct', 'spent')
    L.ratio('项目扶持占全年支出', 'sh_proj', 'proj', 'spent')
    L.ratio('工作经费占本年到位', 'admin_sh', 'admin', 'arrived')
    L.le('工作经费比例不超过2%', 'admin_sh', 'admin_cap')
    L.ratio('资金支出率', 'exec', 'spent', 'avail')
    L.bal('年末结余=可用-支出', 'close', ['avail'], ['spent'])
    L.same('结余 收支段=结语', ['close', 'close2'])
    L.same('道路项目支出 正文=表2', ['road_sp', 'ps0'])
    L.ratio('道路每公里投资', 'road_avg', 'road_sp', 'road_km', 2, '1')
    L.same('茶园项目支出 正文=表2', ['tea_sp', 'ps2'])
    L.ratio('茶园亩均投入（元）', 'tea_avg', 'tea_sp', 'tea_mu', 2, '10000')
    L.same('培训人次 正文=表2', ['train_n', 'pb4'])
    L.ratio('培训计划完成率', 'train_rate', 'train_n', 'train_plan')
    L.same('培训支出 正文=表2', ['train_sp', 'ps4'])
    L.ratio('培训人均（元）', 'train_avg', 'train_sp', 'train_n', 2, '10000')
    L.growth('移民人均可支配收入增幅', 'inc', 'inc_prev', 'inc_chg', 'inc_rate', sign=1)
    L.ratio('移民收入相当于全县农村居民', 'inc_ratio', 'inc', 'inc_cty')
    L.dated('落款晚于年度终了', 'date', (2025, 12, 31))
    L.anchor('文号', '罾移〔2026〕3号')
    L.anchor('监督电话', '0745-3826914')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '罾溪县{yr}年度大中型水库移民后期扶持资金使用情况公开'))
    B.append(('sub', '罾移〔2026〕3号'))
    B.append(('p', '根据水库移民后期扶持政策和资金公开公示有关规定，现将本县2025年度大中型水库移民后期扶持资金筹集、分配和使用情况公开如下。'))
    B.append(('h', '一、扶持对象'))
    B.append(('p', '经年度核定，截至2025年12月31日全县后期扶持人口{pop_total}人，分布在{pop_res_n}座水库库区，即罾口水库、上罾水库和罾西水库。'
                   '本年因死亡等原因核减{pop_cut}人，经复核补录错漏登记{pop_add}人，与上年末的{pop_prev}人相比净减少{pop_chg}人，下降{pop_rate}%。'
                   '扶持对象涉及7个乡镇、63个行政村，共{hh}户。'))
    B.append(('h', '二、资金来源'))
    B.append(('p', '全年可用资金{avail}万元。其中：上年结转{carry_in}万元；本年到位{arrived}万元（上级下达{upper}万元、县级配套{county}万元），'
                   '比上年度增长{arr_rate}%（增加{arr_chg}万元，上年为{arr_prev}万元）。'))
    B.append(('h', '三、资金使用'))
    B.append(('p', '全年支出{spent}万元，资金支出率{exec}%。按用途分：直接发放到人的直补资金{direct}万元，实施扶持项目支出{proj}万元，'
                   '移民管理工作经费{admin}万元；直补资金和项目支出分别占全年支出的{sh_direct}%和{sh_proj}%。'
                   '工作经费占本年到位资金的{admin_sh}%，未超过规定的{admin_cap}%上限。'))
    B.append(('p', '（一）直补资金。按每人每年{std}元标准，通过惠民惠农财政补贴资金“一卡通”发放，户均{hh_avg}元。分库区情况见表1。'))
    B.append(('table', {'caption': '表1\t直补资金分库区发放情况', 'unit': '',
                        'head': ['库区', '扶持人口（人）', '标准（元/人·年）', '直补金额（万元）'],
                        'rows': [[nm, '{dp%d}' % i, '{ds%d}' % i, '{da%d}' % i] for i, (nm, _) in enumerate(pop)]
                        + [['合计', '{dp_t}', '—', '{da_t}']]}))
    B.append(('p', '（二）扶持项目。全年实施项目{proj_n}个，批复和支出情况见表2（按批复时间排列）。'))
    rows = []
    for i, (nm, town, bn, ap, sp) in enumerate(projects):
        rows.append([nm, town, '{pb%d}' % i, '{pa%d}' % i, '{ps%d}' % i, '{pr%d}' % i])
    rows.append(['合计', '', '{pb_t}', '{pa_t}', '{ps_t}', '{pr_t}'])
    B.append(('table', {'caption': '表2\t扶持项目资金批复及支出情况', 'unit': '单位：人、万元、%',
                        'head': ['项目名称', '乡镇', '受益移民', '批复资金', '实际支出', '支出进度'], 'rows': rows}))
    B.append(('h', '四、实施效果'))
    B.append(('p', '道路硬化项目完成{road_km}公里，支出{road_sp}万元，每公里投资{road_avg}万元；灌溉渠道改造完成{canal_km}公里。'
                   '茶园提质增效{tea_mu}亩，支出{tea_sp}万元，亩均投入{tea_avg}元。技能培训{train_n}人次，为计划{train_plan}人次的{train_rate}%，'
                   '培训支出{train_sp}万元，人均{train_avg}元。'))
    B.append(('p', '抽样调查显示，2025年移民人均可支配收入{inc}元，上年为{inc_prev}元，同比增加{inc_chg}元，增幅{inc_rate}%；'
                   '相当于全县农村居民人均可支配收入{inc_cty}元的{inc_ratio}%。'))
    B.append(('h', '五、结余资金及监督'))
    B.append(('p', '年末结余{close}万元，主要为茶园项目尾款，已按规定结转下年，计划于2026年6月底前支付完毕。'
                   '如对上述资金分配使用有异议，可于公开之日起10个工作日内向县水利局移民事务中心反映，监督电话：{phone}。'))
    B.append(('p', '说明：受益移民人数按项目分别统计，同一移民可能受益于多个项目；结余{close2}万元不含已批复未到期的质保金。'))
    B.append(('blank', ''))
    B.append(('right', '罾溪县水利局　罾溪县财政局'))
    B.append(('right', '{date}'))

    meta = {'date_key': 'date', 'docno': '罾移〔2026〕3号', 'year': 2025, 'table_style': 'tab',
            'title': '罾溪县2025年度大中型水库移民后期扶持资金使用情况公开'}
    return Report(NAME, 'txt', S, B, L, meta)
