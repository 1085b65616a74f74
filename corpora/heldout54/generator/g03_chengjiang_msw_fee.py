# -*- coding: utf-8 -*-
"""t03 柽江县 2025年度城市生活垃圾处理费征收使用情况公开 (portal html)"""
from lib54 import *

NAME = 't03_chengjiang_county_urban_municipal_solid_waste_treatment_fee_collection_use_disclosure_2025'
EXT = 'html'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    hh, hh_fee = D(64380), D('8.00')            # 户, 元/户·月
    water, w_fee = D('1126.40'), D('0.50')      # 万立方米, 元/立方米
    got_res, got_non = D('582.36'), D('548.92')  # 万元 实征
    got_prev = D('1068.45')
    agent_pct = D(2)
    subsidy = D('1486.00')
    carry_in = D('35.62')
    treat, treat_prev = D('12.86'), D('12.54')   # 万吨
    recyc, recyc_prev = D('7.36'), D('5.70')
    unit_burn = D(98)                            # 元/吨
    spend_fixed = dict(sy=D('726.40'), fh=D('186.35'), wh=D('142.80'), xc=D('48.60'))
    stations = ['柽东站', '柽西站', '城北站', '工业园站', '江南站', '老城站']
    veh = dict(ys=D(32), gb=D(12), cc=D(4))
    days = D(365)
    date = '2026年3月10日'
    docno = '柽城管〔2026〕3号'
    phone = '0737-4192638'

    # ---------------- derived
    due_res = q(hh * hh_fee * 12 / 10000)
    due_non = q(water * w_fee)
    due = due_res + due_non
    got = got_res + got_non
    agent = q(got * agent_pct / 100)
    burn = q(treat * unit_burn)
    sp = dict(sy=spend_fixed['sy'], fs=burn, fh=spend_fixed['fh'], wh=spend_fixed['wh'], dz=agent, xc=spend_fixed['xc'])
    order = ['sy', 'fs', 'fh', 'wh', 'dz', 'xc']
    labels = dict(sy='生活垃圾收集转运', fs='焚烧发电处置费', fh='飞灰及渗滤液处置', wh='设施设备维护',
                  dz='代征手续费', xc='分类宣传及督导')
    spend = sum(sp.values())
    avail = carry_in + got + subsidy
    carry_out = avail - spend
    assert carry_out > 0
    shares = {k: q(sp[k] / spend * 100) for k in order}
    share_sum = sum(shares.values())
    gen = treat + recyc; gen_prev = treat_prev + recyc_prev
    rr = q(recyc / gen * 100); rr_prev = q(recyc_prev / gen_prev * 100)
    assert rr > rr_prev

    V.update(hh=I(hh), hh_fee=P(hh_fee), due_res=F(due_res), got_res=F(got_res), rate_res=P(got_res / due_res * 100),
             water=F(water), w_fee=P(w_fee), due_non=F(due_non), got_non=F(got_non), rate_non=P(got_non / due_non * 100),
             due=F(due), got=F(got), rate=P(got / due * 100), got_prev=F(got_prev), got_inc=F(got - got_prev),
             got_rate=P((got - got_prev) / got_prev * 100), agent_pct=I(agent_pct), agent=F(agent),
             subsidy=F(subsidy), carry_in=F(carry_in), avail=F(avail), spend=F(spend), carry_out=F(carry_out),
             treat=P(treat), treat_prev=P(treat_prev), treat_rate=P((treat - treat_prev) / treat_prev * 100),
             unit_burn=I(unit_burn), burn=F(burn), daily=P(treat * 10000 / days), days=I(days),
             recyc=P(recyc), gen=P(gen), rr=P(rr), rr_prev=P(rr_prev), rr_pp=P(rr - rr_prev),
             n_st=I(len(stations)), veh=I(sum(veh.values())), veh_ys=I(veh['ys']), veh_gb=I(veh['gb']),
             veh_cc=I(veh['cc']), share_sum=P(share_sum), date=date, docno=docno, phone=phone)
    trows = []
    for k in order:
        V['s_' + k] = F(sp[k]); V['sh_' + k] = P(shares[k])
        trows.append([labels[k], '{s_%s}' % k, '{sh_%s}' % k])
        L.ratio('sh_' + k, '表2 %s 占支出比重' % labels[k], 's_' + k, 's_tot', 'sh_' + k)
    V['s_tot'] = F(spend); V['sh_tot'] = P(share_sum)
    trows.append(['合计', '{s_tot}', '{sh_tot}'])
    crows = [['居民生活垃圾处理费', '{t_due_res}', '{t_got_res}', '{t_rate_res}'],
             ['非居民生活垃圾处理费', '{t_due_non}', '{t_got_non}', '{t_rate_non}'],
             ['合计', '{t_due}', '{t_got}', '{t_rate}']]
    for k in ('due_res', 'got_res', 'rate_res', 'due_non', 'got_non', 'rate_non', 'due', 'got', 'rate'):
        V['t_' + k] = V[k]

    # ---------------- text
    d.title('柽江县2025年度城市生活垃圾处理费征收使用情况公开')
    d.sub('{docno}')
    d.p('为接受社会监督，根据生活垃圾处理收费和政府非税收入信息公开的有关规定，现将柽江县城区2025年度'
        '生活垃圾处理费征收、使用情况公开如下。')
    d.h('一、征收情况')
    d.p('城区生活垃圾处理费由县自来水公司随水费代征，征收对象分为居民和非居民两类。居民按每户每月{hh_fee}元收取，'
        '全年应征户数{hh}户，应征{due_res}万元，实征{got_res}万元，征收率{rate_res}%；非居民按用水量每立方米'
        '{w_fee}元收取，全年计费用水量{water}万立方米，应征{due_non}万元，实征{got_non}万元，征收率{rate_non}%。')
    d.p('两类合计应征{due}万元，实征{got}万元，综合征收率{rate}%。实征额比2024年的{got_prev}万元增收{got_inc}万元，'
        '增长{got_rate}%。征收明细见表1。')
    d.table('表1　2025年生活垃圾处理费征收情况', '单位：万元、%',
            ['征收类别', '应征金额', '实征金额', '征收率'], crows)
    d.h('二、资金来源与使用')
    d.p('生活垃圾处理费全额缴入县级国库，与财政安排的补助资金统筹用于城区生活垃圾收集、转运和处置。2025年'
        '可用资金{avail}万元，包括上年结转{carry_in}万元、当年实征处理费{got}万元和县财政补助{subsidy}万元。')
    d.p('全年支出{spend}万元，各项支出及占比见表2。其中焚烧发电处置费按处理量{treat}万吨、每吨{unit_burn}元结算，'
        '计{burn}万元；代征手续费按实征额的{agent_pct}%支付，计{agent}万元。收支相抵，年末结转{carry_out}万元，'
        '结转下年继续用于生活垃圾处理设施运行。')
    d.table('表2　2025年生活垃圾处理资金支出情况（金额单位：万元）', '',
            ['支出项目', '金额', '占比（%）'], trows)
    d.p('注：占比按四舍五入保留两位小数，各项之和为{share_sum}%，与100%的差异系尾数误差。')
    d.h('三、设施运行及处理成效')
    d.p('城区现有垃圾转运站{n_st}座，即' + '、'.join(stations) + '；配备收运车辆{veh}辆，压缩式、勾臂式和餐厨垃圾专用车'
        '分别为{veh_ys}辆、{veh_gb}辆和{veh_cc}辆。全年无害化处理生活垃圾{treat}万吨，较上年的{treat_prev}万吨'
        '增长{treat_rate}%，按全年{days}天计算，日均处理{daily}吨，无害化处理率保持100%。')
    d.p('全年回收利用可回收物{recyc}万吨，生活垃圾产生总量{gen}万吨（清运处理量与回收利用量之和），'
        '资源化利用率{rr}%，比上年提高{rr_pp}个百分点，上年为{rr_prev}%。')
    d.h('四、监督渠道')
    d.p('对本公开内容如有疑问，可在公开之日起30日内向县城市管理局反映，监督电话：{phone}。')
    d.sign('柽江县城市管理局　　柽江县财政局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone)
    L.dated('date', '落款晚于年度终了', 'date', '2025-12-31')
    L.prod('due_res', '居民应征=户数×8元×12月', ['hh', 'hh_fee', '=12'], 'due_res', scale='0.0001')
    L.prod('due_non', '非居民应征=用水量×0.50元', ['water', 'w_fee'], 'due_non')
    L.ratio('rate_res', '居民征收率', 'got_res', 'due_res', 'rate_res')
    L.ratio('rate_non', '非居民征收率', 'got_non', 'due_non', 'rate_non')
    L.sum('due', '应征合计', ['due_res', 'due_non'], 'due')
    L.sum('got', '实征合计', ['got_res', 'got_non'], 'got')
    L.ratio('rate', '综合征收率', 'got', 'due', 'rate')
    L.growth('got_g', '实征较上年增收与增长', 'got_prev', 'got', 'got_inc', 'got_rate', '=增')
    L.sum('t_due', '表1 应征列合计', ['t_due_res', 't_due_non'], 't_due')
    L.sum('t_got', '表1 实征列合计', ['t_got_res', 't_got_non'], 't_got')
    L.ratio('t_rate', '表1 合计征收率', 't_got', 't_due', 't_rate')
    L.ratio('t_rate_res', '表1 居民征收率', 't_got_res', 't_due_res', 't_rate_res')
    L.ratio('t_rate_non', '表1 非居民征收率', 't_got_non', 't_due_non', 't_rate_non')
    L.eq('t_eq', '表1 合计实征=正文', ['t_got', 'got'])
    L.sum('avail', '可用资金=结转+实征+补助', ['carry_in', 'got', 'subsidy'], 'avail')
    L.prod('burn', '焚烧处置费=处理量×单价', ['treat', 'unit_burn'], 'burn')
    L.prod('agent', '代征手续费=实征×2%', ['got', 'agent_pct'], 'agent', scale='0.01')
    L.eq('burn_eq', '表2 焚烧处置费=正文', ['s_fs', 'burn'])
    L.eq('agent_eq', '表2 代征手续费=正文', ['s_dz', 'agent'])
    L.sum('s_sum', '表2 支出合计', ['s_' + k for k in order], 's_tot')
    L.eq('spend_eq', '正文支出=表2合计', ['spend', 's_tot'])
    L.sum('sh_sum', '表2 占比列合计(尾差)', ['sh_' + k for k in order], 'sh_tot')
    L.eq('sh_note', '注释所述占比之和=表2', ['share_sum', 'sh_tot'])
    L.lin('carry', '年末结转=可用资金-支出', [(1, 'avail'), (-1, 'spend')], 'carry_out')
    L.count('st', '转运站座数=列举', 'n_st', stations)
    L.sum('veh', '车辆=压缩+勾臂+餐厨', ['veh_ys', 'veh_gb', 'veh_cc'], 'veh')
    L.growth('treat_g', '处理量较上年增长', 'treat_prev', 'treat', None, 'treat_rate', '=增')
    L.ratio('daily', '日均处理量(吨)=万吨×10000/365', 'treat', 'days', 'daily', scale=10000)
    L.sum('gen', '产生量=处理量+回收量', ['treat', 'recyc'], 'gen')
    L.ratio('rr', '资源化利用率', 'recyc', 'gen', 'rr')
    L.pp('rr_pp', '资源化利用率提高百分点', 'rr_prev', 'rr', 'rr_pp', '=升')
    L.assert_all(V)
    meta = '发布机构：柽江县城市管理局　发布日期：2026-03-10　文号：%s' % docno
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_html(d, VV, '柽江县人民政府｜政务公开',
                                              ['首页', '政务公开', '政务服务', '互动交流', '走进柽江'],
                                              ['首页', '政务公开', '财政信息', '非税收入公开'], meta),
                facts=dict(date=date, docno=docno))
