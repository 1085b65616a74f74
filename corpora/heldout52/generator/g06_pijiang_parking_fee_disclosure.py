"""t06 芘江县城市停车管理服务中心 2024年度城区公共停车泊位有偿使用收入收支情况公开 (pdf)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't06_pijiang_county_public_parking_space_fee_income_expenditure_disclosure_2024'
FMT = 'pdf'
EXT = 'pdf'
FY = 2024


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    sp0 = 4434
    new_lots = [('滨江路停车场', 168), ('芘江中学东侧停车场', 142), ('县人民医院南侧停车场', 116)]
    on_street, free = 2940, 120
    inc_on, inc_off, inc_month, inc0 = D('486.35'), D('312.48'), D('64.20'), D('741.56')
    epay, epay_sh0 = D('835.84'), D('92.40')
    dec_inc = D('68.12')
    cars, cars_on, cars_free = D('386.4'), D('268.9'), D('142.6')
    staff = 86
    lines = [  # 项目, 预算, 决算
        ('收费员劳务费', D('232.00'), D('228.61')),
        ('设备及收费系统运维', D('96.00'), D('92.35')),
        ('标线施划及标识', D('48.00'), D('45.18')),
        ('停车场场地租赁', D('24.00'), D('24.00')),
        ('其他公用支出', D('12.00'), D('7.00')),
    ]
    complaints, done = 126, 126
    mcards = 1070
    # ---- derived
    new_n = sum(x[1] for x in new_lots)
    spaces = sp0 + new_n
    off_street = spaces - on_street
    charge = spaces - free
    fee = inc_on + inc_off
    inc = fee + inc_month
    bud = sum(x[1] for x in lines)
    exp = sum(x[2] for x in lines)
    shares = [q(x[2] / exp * 100) for x in lines]
    share_sum = sum(shares)
    assert share_sum != D('100.00')     # deliberate rounding hazard: shares add to 100.01 / 99.99
    epay_sh = q(epay / inc * 100)
    cars_off = cars - cars_on

    d.title('芘江县城市停车管理服务中心2024年度城区公共停车泊位有偿使用收入收支情况公开')
    d.center(v('docno', '芘停管〔2025〕4号'))
    d.h('一、泊位基本情况')
    d.p('截至2024年末，中心管理的城区公共停车泊位共%s个，比上年末的%s个增加%s个；其中道路停车泊位%s个、路外停车场泊位%s个。'
        '年内新增路外停车场3处，即%s，新增泊位分别为%s个、%s个和%s个。道路泊位中设置残疾人专用等免费泊位%s个，收费泊位%s个。' % (
            v('spaces', I(spaces)), v('sp0', I(sp0)), v('new_n', I(new_n)), v('on', I(on_street)), v('off', I(off_street)),
            '、'.join(x[0] for x in new_lots), v('nl1', I(new_lots[0][1])), v('nl2', I(new_lots[1][1])), v('nl3', I(new_lots[2][1])),
            v('free', I(free)), v('charge', I(charge))))
    L.sum('年末泊位=上年末+新增', 'spaces', ['sp0', 'new_n'])
    L.sum('泊位=道路+路外', 'spaces', ['on', 'off'])
    L.sum('新增泊位=三处停车场之和', 'new_n', ['nl1', 'nl2', 'nl3'])
    L.count('新增停车场处数', '=3', [x[0] for x in new_lots])
    L.diff('收费泊位=泊位-免费泊位', 'charge', 'spaces', 'free')
    d.p('全年停放车辆%s万辆次，其中道路泊位%s万辆次、路外停车场%s万辆次；30分钟内免费停放%s万辆次，占全部停放车次的%s%%。' % (
        v('cars', str(cars)), v('cars_on', str(cars_on)), v('cars_off', str(cars_off)), v('cars_free', str(cars_free)),
        v('free_sh', P(cars_free / cars * 100))))
    L.sum('停放车次=道路+路外', 'cars', ['cars_on', 'cars_off'])
    L.ratio('免费停放占比', 'free_sh', 'cars_free', 'cars')
    d.p('收费标准执行县发展改革部门核定价格：道路泊位白天首小时2元、此后每小时1元，路外停车场每小时1元，夜间20时至次日8时每次不超过5元，'
        '30分钟内免费。')
    d.h('二、收入情况')
    d.p('2024年取得停车泊位有偿使用收入%s万元，较2023年的%s万元增收%s万元，同比增幅%s%%。按收入类型分，临时停车费%s万元（道路泊位%s万元、'
        '路外停车场%s万元），包月停车费%s万元（办理包月%s户次，户均%s元）。平均每个收费泊位取得临时停车费%s元。' % (
            v('inc', F(inc)), v('inc0', F(inc0)), v('inc_d', F(inc - inc0)), v('inc_r', P((inc - inc0) / inc0 * 100)),
            v('fee', F(fee)), v('fee_on', F(inc_on)), v('fee_off', F(inc_off)), v('month', F(inc_month)), v('mcards', I(mcards)), v('m_avg', F(inc_month * 10000 / mcards)),
            v('per_sp', F(fee * 10000 / charge))))
    L.growth('收入增长', 'inc', 'inc0', 'inc_d', 'inc_r', 1)
    L.sum('收入=临时+包月', 'inc', ['fee', 'month'])
    L.sum('临时停车费=道路+路外', 'fee', ['fee_on', 'fee_off'])
    L.ratio('包月户均', 'm_avg', 'month', 'mcards', '=10000')
    L.ratio('平均每个收费泊位临时停车费', 'per_sp', 'fee', 'charge', '=10000')
    d.p('通过电子支付收取%s万元，电子支付占比达到%s%%，上年同期为%s%%，提升%s个百分点。全部收入已缴入县级国库，'
        '缴库金额%s万元，其中12月份收入%s万元于2025年1月8日缴库。' % (
            v('epay', F(epay)), v('epay_sh', P(epay_sh)), v('epay_sh0', P(epay_sh0)), v('epay_pp', P(epay_sh - epay_sh0)),
            v('inc_tr', F(inc)), v('dec', F(dec_inc))))
    L.ratio('电子支付占比', 'epay_sh', 'epay', 'inc')
    L.pp('电子支付占比提升', 'epay_sh', 'epay_sh0', 'epay_pp', 1)
    L.same('缴库金额=收入', ['inc_tr', 'inc'])
    L.le('12月收入不超过全年收入', 'dec', 'inc')
    d.h('三、支出情况')
    d.p('停车管理运营支出实行收支两条线，由县财政在部门预算中安排。2024年安排预算%s万元，实际支出%s万元，预算执行率%s%%，具体见表1。' % (
        v('bud', F(bud)), v('exp', F(exp)), v('exr', P(exp / bud * 100))))
    L.ratio('预算执行率', 'exr', 'exp', 'bud')
    rows = []
    n = len(lines)
    for i, (nm, b, e) in enumerate(lines, 1):
        rows.append([nm, v('b%d' % i, F(b)), v('e%d' % i, F(e)), v('sh%d' % i, P(shares[i - 1]))])
        L.ratio('表1 %s 占支出比重' % nm, 'sh%d' % i, 'e%d' % i, 'e_t')
        L.le('表1 %s 决算不超预算' % nm, 'e%d' % i, 'b%d' % i)
    rows.append(['合计', v('b_t', F(bud)), v('e_t', F(exp)), v('sh_t', '100.00')])
    L.sum('表1 预算列合计', 'b_t', ['b%d' % i for i in range(1, n + 1)])
    L.sum('表1 决算列合计', 'e_t', ['e%d' % i for i in range(1, n + 1)])
    L.ratio('表1 合计占比', 'sh_t', 'e_t', 'e_t')
    L.same('表1 合计与正文一致', ['e_t', 'exp'])
    L.same('表1 预算合计与正文一致', ['b_t', 'bud'])
    d.table('表1　2024年度停车管理运营支出情况（单位：万元）', None, ['支出项目', '预算数', '决算数', '占支出比重（%）'], rows,
            note='注：各项比重四舍五入保留两位小数，合计按100.00%列示。')
    d.p('年末在岗收费员%s人，人均劳务费%s元。全年收入扣除运营支出后的%s万元由县财政统筹用于城市基础设施建设。' % (
        v('staff', I(staff)), v('pc', F(lines[0][2] * 10000 / staff)), v('net', F(inc - exp))))
    L.ratio('人均劳务费', 'pc', 'e1', 'staff', '=10000')
    L.diff('收支相抵', 'net', 'inc', 'exp')
    d.h('四、服务管理')
    d.p('全年受理停车收费投诉%s件，办结%s件，办结率%s%%。2025年计划新增路外停车泊位300个以上。监督电话：0871-5308642。' % (
        v('cmp', I(complaints)), v('done', I(done)), v('done_r', P(D(done) / complaints * 100))))
    L.ratio('投诉办结率', 'done_r', 'done', 'cmp')
    d.sign('芘江县城市停车管理服务中心', v('date', '2025年2月27日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '芘停管〔2025〕4号')
    L.anchor('电话', '0871-5308642')
    d.meta.update(date=d.v['date'], docno=d.v['docno'], share_sum=str(share_sum))
    if strict:
        L.run()
    return d
