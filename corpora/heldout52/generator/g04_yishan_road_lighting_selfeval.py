"""t04 簃山县城市管理局 城区道路照明运行维护项目2024年度绩效自评报告 (pdf)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't04_yishan_county_urban_road_lighting_operation_maintenance_project_selfeval_2024'
FMT = 'pdf'
EXT = 'pdf'
FY = 2024


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    roads, road_km = 46, D('128.60')
    lamps0, new_lamps, led_conv = 12418, 262, 1096
    led0 = 8786
    kwh, kwh0, price = D('486.20'), D('552.40'), D('0.6830')
    faults = [('灯具', 2108), ('线路', 865), ('控制箱', 439)]
    fixed24 = 3291
    hrs, hrs0 = D('11.6'), D('14.7')
    days, lit_h = 366, D('11.8')
    insp, insp_on = 9860, 9787
    sat = D('93.80')
    lines = [  # 项目, 上年结转, 本年预算, 实际支出
        ('电费', D('0.00'), D('340.00'), None),
        ('维修养护', D('0.00'), D('168.00'), D('163.52')),
        ('LED节能改造', D('18.36'), D('86.00'), D('92.46')),
        ('智慧照明平台运维', D('0.00'), D('18.00'), D('16.88')),
    ]
    deduct = [('过程', D('1.50')), ('产出', D('2.00')), ('效益', D('1.20'))]
    # ---- derived
    fee = q(kwh * price * 10000 / 10000)         # 万千瓦时 × 元/千瓦时 = 万元
    lines[0] = ('电费', lines[0][1], lines[0][2], fee)
    lamps = lamps0 + new_lamps
    led = led0 + new_lamps + led_conv
    sod = lamps - led
    led_sh, led_sh0 = q(D(led) / lamps * 100), q(D(led0) / lamps0 * 100)
    carry = sum(x[1] for x in lines)
    budget = sum(x[2] for x in lines)
    avail = carry + budget
    spend = sum(x[3] for x in lines)
    bal = avail - spend
    nf = sum(x[1] for x in faults)
    score = 100 - sum(x[1] for x in deduct)

    d.title('簃山县城市管理局城区道路照明运行维护项目2024年度绩效自评报告')
    d.center(v('docno', '簃城管〔2025〕11号'))
    d.h('一、项目基本情况')
    d.p('本项目用于县城区主次干道和背街小巷道路照明设施的电费支付、日常维修养护、LED节能改造及智慧照明平台运维。'
        '全年管养道路%s条，总长%s公里。年末城区路灯%s盏，较上年末的%s盏增加%s盏（均为新建道路配套LED路灯）；'
        '其中LED路灯%s盏、高压钠灯%s盏，LED路灯占%s%%，比上年末提高%s个百分点（上年末LED路灯%s盏，占%s%%）。按道路长度计，平均每公里%s盏。' % (
            v('roads', I(roads)), v('km', F(road_km)), v('lamps', I(lamps)), v('lamps0', I(lamps0)), v('newl', I(new_lamps)),
            v('led', I(led)), v('sod', I(sod)), v('led_sh', P(led_sh)), v('led_pp', P(led_sh - led_sh0)), v('led0', I(led0)), v('led_sh0', P(led_sh0)),
            v('perkm', F(D(lamps) / road_km))))
    L.sum('年末路灯=上年末+新增', 'lamps', ['lamps0', 'newl'])
    L.sum('路灯=LED+钠灯', 'lamps', ['led', 'sod'])
    L.ratio('LED占比', 'led_sh', 'led', 'lamps')
    L.ratio('上年末LED占比', 'led_sh0', 'led0', 'lamps0')
    L.pp('LED占比提高百分点', 'led_sh', 'led_sh0', 'led_pp', 1)
    L.ratio('平均每公里路灯', 'perkm', 'lamps', 'km', '=1')
    d.h('二、资金安排及使用情况')
    d.p('项目可用资金%s万元，系上年结转的LED节能改造资金%s万元加本年预算%s万元。全年实际支出%s万元，执行率%s%%，'
        '年末结余%s万元。' % (
            v('avail', F(avail)), v('carry', F(carry)), v('budget', F(budget)), v('spend', F(spend)),
            v('exr', P(spend / avail * 100)), v('bal', F(bal))))
    L.sum('可用资金=结转+本年预算', 'avail', ['carry', 'budget'])
    L.ratio('项目执行率', 'exr', 'spend', 'avail')
    L.diff('年末结余=可用资金-支出', 'bal', 'avail', 'spend')
    rows = []
    n = len(lines)
    for i, (nm, c, b, s) in enumerate(lines, 1):
        rows.append([nm, v('c%d' % i, F(c)), v('b%d' % i, F(b)), v('av%d' % i, F(c + b)), v('s%d' % i, F(s)),
                     v('r%d' % i, P(s / (c + b) * 100))])
        L.sum('表1 %s 可用=结转+预算' % nm, 'av%d' % i, ['c%d' % i, 'b%d' % i])
        L.ratio('表1 %s 执行率' % nm, 'r%d' % i, 's%d' % i, 'av%d' % i)
    rows.append(['合计', v('c_t', F(carry)), v('b_t', F(budget)), v('av_t', F(avail)), v('s_t', F(spend)), v('r_t', P(spend / avail * 100))])
    for k in ('c', 'b', 'av', 's'):
        L.sum('表1 %s列合计' % {'c': '上年结转', 'b': '本年预算', 'av': '可用资金', 's': '实际支出'}[k], k + '_t',
              ['%s%d' % (k, i) for i in range(1, n + 1)])
    L.ratio('表1 合计执行率', 'r_t', 's_t', 'av_t')
    L.same('表1 支出合计与正文一致', ['s_t', 'spend'])
    d.table('表1　2024年度道路照明运行维护项目资金使用情况', '单位：万元',
            ['项目', '上年结转', '本年预算', '可用资金', '实际支出', '执行率（%）'], rows)
    d.p('电费：全年用电%s万千瓦时，平均电价%s元/千瓦时，支付电费%s万元；用电量较上年的%s万千瓦时下降%s万千瓦时，降幅%s%%。'
        'LED节能改造：改造钠灯%s盏，支出%s万元，单盏改造成本%s元，实际支出高于当年预算，差额由上年结转资金解决。' % (
            v('kwh', F(kwh)), v('price', '0.6830'), v('fee', F(fee)), v('kwh0', F(kwh0)), v('kwh_d', F(kwh0 - kwh)),
            v('kwh_r', P((kwh0 - kwh) / kwh0 * 100)), v('conv', I(led_conv)), v('s3b', F(lines[2][3])),
            v('conv_u', F(lines[2][3] * 10000 / led_conv))))
    L.prod('电费=用电量×电价', 'fee', 'kwh', 'price')
    L.same('电费与表1一致', ['fee', 's1'])
    L.growth('用电量下降', 'kwh', 'kwh0', 'kwh_d', 'kwh_r', -1)
    L.ratio('单盏改造成本', 'conv_u', 's3b', 'conv', '=10000')
    L.same('改造支出与表1一致', ['s3b', 's3'])
    L.sum('LED路灯=上年末LED+新增+改造', 'led', ['led0', 'newl', 'conv'])
    d.h('三、绩效目标完成情况')
    d.p('全年处理路灯故障%s起，其中灯具故障%s起、线路故障%s起、控制箱故障%s起；24小时内修复%s起，修复及时率%s%%。'
        '平均修复时长%s小时，较上年缩短%s小时（上年为%s小时）。夜间巡查抽检路灯%s盏次，亮灯%s盏次，亮灯率%s%%。'
        '全年亮灯%s天，日均亮灯%s小时，累计亮灯%s小时。' % (
            v('nf', I(nf)), v('f1', I(faults[0][1])), v('f2', I(faults[1][1])), v('f3', I(faults[2][1])), v('fx', I(fixed24)),
            v('fx_r', P(D(fixed24) / nf * 100)), v('hrs', str(hrs)), v('hrs_d', str(hrs0 - hrs)), v('hrs0', str(hrs0)),
            v('insp', I(insp)), v('insp_on', I(insp_on)), v('lit_r', P(D(insp_on) / insp * 100)),
            v('days', str(days)), v('lit_h', str(lit_h)), v('lit_tot', F(lit_h * days, 1))))
    L.sum('故障=灯具+线路+控制箱', 'nf', ['f1', 'f2', 'f3'])
    L.ratio('修复及时率', 'fx_r', 'fx', 'nf')
    L.diff('修复时长缩短', 'hrs_d', 'hrs0', 'hrs')
    L.ratio('亮灯率', 'lit_r', 'insp_on', 'insp')
    L.prod('累计亮灯时长（366天）', 'lit_tot', 'lit_h', 'days')
    ind = [
        ('亮灯率', '≥98%', v('t_lit', d.v['lit_r']) + '%', '完成'),
        ('故障修复及时率', '≥95%', v('t_fx', d.v['fx_r']) + '%', '完成'),
        ('LED节能改造数量', '1,000盏', v('t_conv', I(led_conv)) + '盏', v('t_conv_r', P(D(led_conv) / 1000 * 100)) + '%'),
        ('节电率', '≥8%', v('t_kwh', d.v['kwh_r']) + '%', '完成'),
        ('群众满意度', '≥90%', v('t_sat', P(sat)) + '%', '完成'),
    ]
    L.ratio('LED改造完成率', 't_conv_r', 'conv', '=1000')
    L.same('表2 亮灯率与正文一致', ['t_lit', 'lit_r'])
    L.same('表2 修复及时率与正文一致', ['t_fx', 'fx_r'])
    L.same('表2 节电率=用电量降幅', ['t_kwh', 'kwh_r'])
    L.same('表2 改造数量与正文一致', ['t_conv', 'conv'])
    d.table('表2　主要绩效指标完成情况', None, ['指标', '年度目标', '实际完成', '完成情况'], [list(r) for r in ind])
    d.h('四、自评结论')
    d.p('对照项目绩效目标，决策指标不扣分，过程、产出和效益指标分别扣%s分、%s分和%s分，主要原因是维修养护和平台运维资金未全部使用、'
        '部分背街小巷仍为钠灯。自评得分%s分，等级为“%s”（90分以上为“优”）。2025年将完成剩余钠灯改造，并于2025年汛期前完成配电箱防水改造。' % (
            v('d1', F(deduct[0][1])), v('d2', F(deduct[1][1])), v('d3', F(deduct[2][1])), v('score', F(score)),
            v('grade', '优' if score >= 90 else '良')))
    L.expr('自评得分=100-扣分', 'score', ['d1', 'd2', 'd3'], lambda a, b, c: 100 - a - b - c, '100-d1-d2-d3')
    L.band('等级', 'score', 'grade', [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')])
    d.sign('簃山县城市管理局', v('date', '2025年4月22日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '簃城管〔2025〕11号')
    d.meta.update(date=d.v['date'], docno=d.v['docno'])
    if strict:
        L.run()
    return d
