# -*- coding: utf-8 -*-
"""t04 潋宁县 2024年度人民防空易地建设费收支情况公开 (txt, space-aligned tables)"""
from lib56 import *

NAME = 't04_lianning_county_civil_air_defense_relocation_construction_fee_income_expenditure_disclosure_2024.txt'
FMT = 'txt'
FY = 2024


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    n_res, n_non = 17, 9
    area_res, area_non = 8543, 2977            # 平方米
    std_res, std_non = 2000, 2400              # 元/平方米
    waive_area = 432                           # 保障性住房减免面积
    interest = D('18.36')
    opening = D('1862.47')
    prev_fee = D('3012.55')
    items = [  # 项目, 2023, 2024
        ('人防工程建设及维护', '1126.40', '1268.35'),
        ('指挥通信及警报设施', '386.20', '412.86'),
        ('人防宣传教育与训练演练', '92.15', '86.70'),
        ('人口疏散基地建设', '210.00', '345.00'),
        ('人防工程平战结合管理', '68.30', '74.52'),
    ]
    drills = (1120, 980, 760)
    sirens_new, sirens_all = 8, 64
    shelter_area, pop = D('38.6'), D('23.8')    # 万平方米, 万人
    docno, date, phone = '潋防〔2025〕2号', '2025年2月20日', '0745-8613029'

    # ------------------------------------------------ derived
    due_res = q(D(area_res) * std_res / 10000)
    due_non = q(D(area_non) * std_non / 10000)
    due = due_res + due_non
    waive = q(D(waive_area) * std_res / 10000)
    fee = due - waive
    fee_res = due_res - waive
    income = fee + interest
    y23 = [D(x[1]) for x in items]
    y24 = [D(x[2]) for x in items]
    spend = sum(y24)
    spend23 = sum(y23)
    closing = opening + income - spend
    diffs = [b - a for a, b in zip(y23, y24)]
    gr = [q(d / a * 100) for d, a in zip(diffs, y23)]
    fee_dec = prev_fee - fee
    per_cap = q(shelter_area / pop)

    def sgn(x, n=2):
        return ('-' if x < 0 else '') + F(abs(x), n)

    # ------------------------------------------------ facts
    f('n_proj', str(n_res + n_non)); f('n_res', str(n_res)); f('n_non', str(n_non))
    f('area_res', I(area_res)); f('area_non', I(area_non)); f('area', I(area_res + area_non))
    f('std_res', I(std_res)); f('std_non', I(std_non)); f('waive_area', str(waive_area))
    f('due_res', F(due_res)); f('due_non', F(due_non)); f('due', F(due)); f('waive', F(waive))
    f('fee', F(fee)); f('fee_res', F(fee_res)); f('collect_rate', P(q(fee / due * 100)))
    f('prev_fee', F(prev_fee)); f('fee_dec', F(fee_dec)); f('fee_g', P(q(fee_dec / prev_fee * 100)))
    f('interest', F(interest)); f('income', F(income)); f('opening', F(opening)); f('spend', F(spend))
    f('closing', F(closing)); f('cl_inc', F(closing - opening))
    for i in range(5):
        f('y23_%d' % i, F(y23[i])); f('y24_%d' % i, F(y24[i])); f('d%d' % i, sgn(diffs[i])); f('g%d' % i, sgn(gr[i]))
    f('spend23', F(spend23)); f('d_t', sgn(spend - spend23)); f('g_t', sgn(q((spend - spend23) / spend23 * 100)))
    f('dr0', I(drills[0])); f('dr1', I(drills[1])); f('dr2', I(drills[2])); f('dr_t', I(sum(drills)))
    f('n_drill', str(len(drills)))
    f('sir_new', str(sirens_new)); f('sir_all', str(sirens_all))
    f('shelter', P(shelter_area, 1)); f('pop', P(pop, 1)); f('per_cap', P(per_cap))
    f('eng_sh', P(q(y24[0] / spend * 100))); f('date', date)
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('sum', '征收项目=住宅+非住宅', total='n_proj', parts=['n_res', 'n_non'])
    L.add('sum', '易地建设面积=住宅+非住宅', total='area', parts=['area_res', 'area_non'])
    L.add('prod', '住宅应征=面积×标准', r='due_res', x='area_res', y='std_res', scale=D('0.0001'))
    L.add('prod', '非住宅应征=面积×标准', r='due_non', x='area_non', y='std_non', scale=D('0.0001'))
    L.add('sum', '应征=住宅+非住宅', total='due', parts=['due_res', 'due_non'])
    L.add('prod', '减免额=减免面积×住宅标准', r='waive', x='waive_area', y='std_res', scale=D('0.0001'))
    L.add('lin', '实征=应征−减免', result='fee', terms=['due', 'waive'], signs=[1, -1])
    L.add('lin', '住宅实征=住宅应征−减免', result='fee_res', terms=['due_res', 'waive'], signs=[1, -1])
    L.add('ratio', '实征占应征比例', r='collect_rate', num='fee', den='due')
    L.add('growth', '实征较上年下降', cur='fee', prev='prev_fee', amt='fee_dec', rate='fee_g', dir='减')
    L.add('sum', '本年收入=实征+利息', total='income', parts=['fee', 'interest'])
    L.add('lin', '年末结余=年初+收入−支出', result='closing', terms=['opening', 'income', 'spend'], signs=[1, 1, -1])
    L.add('lin', '结余较年初增加', result='cl_inc', terms=['closing', 'opening'], signs=[1, -1])
    L.add('sum', '表2 2024年支出列合计', total='spend', parts=['y24_%d' % i for i in range(5)])
    L.add('sum', '表2 2023年支出列合计', total='spend23', parts=['y23_%d' % i for i in range(5)])
    for i in range(5):
        L.add('lin', '表2 %s增减额' % items[i][0], result='d%d' % i, terms=['y24_%d' % i, 'y23_%d' % i], signs=[1, -1])
        L.add('ratio', '表2 %s增减率' % items[i][0], r='g%d' % i, num='d%d' % i, den='y23_%d' % i)
    L.add('lin', '表2 合计增减额', result='d_t', terms=['spend', 'spend23'], signs=[1, -1])
    L.add('ratio', '表2 合计增减率', r='g_t', num='d_t', den='spend23')
    L.add('ratio', '人防工程建设占支出比重', r='eng_sh', num='y24_0', den='spend')
    L.add('sum', '演练参演人次=三次之和', total='dr_t', parts=['dr0', 'dr1', 'dr2'])
    L.add('le', '新建警报器不超过总数', a='sir_new', b='sir_all')
    L.add('ratio', '人均人防工程面积', r='per_cap', num='shelter', den='pop', scale=1)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.same('年末结余重述', fx['closing'], 2)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '潋宁县2024年度人民防空易地建设费收支情况公开'})
    m.append({'t': 'sub', 'text': docno})
    m.append(P_('根据人民防空工程建设和易地建设费管理有关规定，现将我县2024年度人民防空易地建设费（以下简称“易地建设费”）征收、使用和结余情况公开如下。'))
    m.append(H('一、征收情况'))
    m.append(P_('2024年对应建未建防空地下室的建设项目%s个征收易地建设费，其中住宅项目%s个、非住宅项目%s个；核定易地建设面积%s平方米（住宅%s平方米、非住宅%s平方米）。按住宅%s元/平方米、非住宅%s元/平方米的标准，应征%s万元，其中住宅%s万元、非住宅%s万元。'
                % (fx['n_proj'], fx['n_res'], fx['n_non'], fx['area'], fx['area_res'], fx['area_non'],
                   fx['std_res'], fx['std_non'], fx['due'], fx['due_res'], fx['due_non'])))
    m.append(P_('对保障性住房项目依法减免%s平方米、%s万元后，实际征收%s万元（住宅%s万元），为应征额的%s%%。受新开工住宅项目减少影响，实征额较上年的%s万元减少%s万元，降幅%s%%。'
                % (fx['waive_area'], fx['waive'], fx['fee'], fx['fee_res'], fx['collect_rate'],
                   fx['prev_fee'], fx['fee_dec'], fx['fee_g'])))
    m.append(H('二、收支及结余情况'))
    m.append(T('表1　易地建设费收支总表', '单位：万元', ['项目', '金额'],
               [['年初结余', fx['opening']], ['本年收入', fx['income']], ['　其中：易地建设费', fx['fee']],
                ['　　　　利息收入', fx['interest']], ['本年支出', fx['spend']], ['年末结余', fx['closing']]], 'tab1'))
    m.append(P_('年末结余%s万元，比年初增加%s万元，均存放于财政专户，按规定结转使用。本年支出按用途划分情况见表2。'
                % (fx['closing'], fx['cl_inc'])))
    t2 = [[items[i][0], fx['y23_%d' % i], fx['y24_%d' % i], fx['d%d' % i], fx['g%d' % i]] for i in range(5)]
    t2.append(['合计', fx['spend23'], fx['spend'], fx['d_t'], fx['g_t']])
    m.append(T('表2　易地建设费支出分用途对比', '单位：万元、%', ['用途', '2023年', '2024年', '增减额', '增减率'], t2, 'tab2'))
    m.append(P_('人防工程建设及维护支出占本年支出的%s%%，仍为最主要用途；人口疏散基地建设支出增幅较大，主要是二期工程进入主体施工阶段。'
                % fx['eng_sh']))
    m.append(H('三、使用成效'))
    m.append(P_('全年新建防空警报器%s台，全县警报器总数达到%s台。截至年末，全县人防工程总面积%s万平方米，按城区常住人口%s万人计算，人均%s平方米。组织防空袭演练%s次，参演人员分别为%s人次、%s人次和%s人次，合计%s人次。'
                % (fx['sir_new'], fx['sir_all'], fx['shelter'], fx['pop'], fx['per_cap'], fx['n_drill'],
                   fx['dr0'], fx['dr1'], fx['dr2'], fx['dr_t'])))
    m.append(P_('如对公开内容有疑问，请与潋宁县国防动员办公室工程科联系，电话：%s。' % phone))
    m.append({'t': 'right', 'text': '潋宁县国防动员办公室'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_txt(model, 'space')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
