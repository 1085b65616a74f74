# -*- coding: utf-8 -*-
"""t02 舸阳县 2024年度新型农业经营主体贷款贴息资金公示 (txt, tab table)"""
from lib56 import *

NAME = 't02_geyang_county_new_agricultural_business_entities_loan_interest_subsidy_notice_2024.txt'
FMT = 'txt'
FY = 2024


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    rate, cap = D('0.5'), D('8.00')
    ents = [  # name, type, town, loan, interest paid (万元)
        ('舸阳县舸东粮油种植专业合作社', '农民合作社', '舸东镇', '300.00', '11.70'),
        ('舸阳县上舸茶叶专业合作社', '农民合作社', '上舸乡', '150.00', '5.85'),
        ('舸阳县舸南生猪养殖专业合作社', '农民合作社', '舸南镇', '500.00', '19.50'),
        ('舸阳县西舸果蔬专业合作社', '农民合作社', '西舸镇', '120.00', '4.45'),
        ('舸东镇禾丰家庭农场', '家庭农场', '舸东镇', '80.00', '3.16'),
        ('舸南镇青湾家庭农场', '家庭农场', '舸南镇', '60.00', '2.37'),
        ('上舸乡竹溪家庭农场', '家庭农场', '上舸乡', '50.00', '1.98'),
        ('舸阳县舸北农产品加工有限公司', '龙头企业', '舸北镇', '800.00', '28.80'),
    ]
    towns = ['舸东镇', '上舸乡', '舸南镇', '西舸镇', '舸北镇']
    applied, budget, prev_sub = 11, D('60.00'), D('31.46')
    farmers, prev_farmers = 1286, 1105
    docno, date, phone = '舸农财〔2025〕3号', '2025年3月6日', '0738-2951764'

    # ------------------------------------------------ derived
    rows = []
    for nm, tp, tw, loan, intr in ents:
        half = q(D(intr) * rate, 2)
        sub = min(half, cap)
        rows.append((nm, tp, tw, D(loan), D(intr), half, sub))
    assert sorted(set(r[2] for r in rows), key=towns.index) == towns
    loan_t = sum(r[3] for r in rows)
    int_t = sum(r[4] for r in rows)
    sub_t = sum(r[6] for r in rows)
    types = ['农民合作社', '家庭农场', '龙头企业']
    by_n = [sum(1 for r in rows if r[1] == t) for t in types]
    by_s = [sum(r[6] for r in rows if r[1] == t) for t in types]
    by_sh = [q(x / sub_t * 100) for x in by_s]
    capped = [r for r in rows if r[5] > cap]
    avg = q(sub_t / len(rows))
    bal = budget - sub_t
    eff = q(sub_t / int_t * 100)

    # ------------------------------------------------ facts
    for i, r in enumerate(rows):
        f('loan%d' % i, F(r[3])); f('int%d' % i, F(r[4])); f('sub%d' % i, F(r[6]))
    f('loan_t', F(loan_t)); f('int_t', F(int_t)); f('sub_t', F(sub_t)); f('cap', F(cap))
    f('n_ent', str(len(rows))); f('applied', str(applied)); f('rejected', str(applied - len(rows)))
    f('pass_rate', P(q(D(len(rows)) / applied * 100)))
    for j in range(3):
        f('tn%d' % j, str(by_n[j])); f('ts%d' % j, F(by_s[j])); f('tsh%d' % j, P(by_sh[j]))
    for k, r in enumerate(capped):
        f('half_c%d' % k, F(r[5]))
    f('avg', F(avg)); f('budget', F(budget)); f('bal', F(bal)); f('eff', P(eff))
    f('prev_sub', F(prev_sub)); f('sub_dec', F(prev_sub - sub_t)); f('sub_g', P(q((prev_sub - sub_t) / prev_sub * 100)))
    f('farmers', I(farmers)); f('prev_farmers', I(prev_farmers)); f('farm_inc', I(farmers - prev_farmers))
    f('n_towns', str(len(towns))); f('date', date); f('pct', '50')
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('sum', '表 贷款金额列合计', total='loan_t', parts=['loan%d' % i for i in range(8)])
    L.add('sum', '表 实付利息列合计', total='int_t', parts=['int%d' % i for i in range(8)])
    L.add('sum', '表 贴息金额列合计', total='sub_t', parts=['sub%d' % i for i in range(8)])
    ci = 0
    for i, r in enumerate(rows):
        if r[5] > cap:
            L.add('prod', '%s 按50%%计算贴息额' % r[0], r='half_c%d' % ci, x='int%d' % i, y='pct', scale=D('0.01'))
            L.add('gt', '%s 50%%贴息额超过上限' % r[0], a='half_c%d' % ci, b='cap')
            L.add('eq', '%s 贴息按上限核定' % r[0], a='sub%d' % i, b='cap')
            ci += 1
        else:
            L.add('prod', '%s 贴息=利息×50%%' % r[0], r='sub%d' % i, x='int%d' % i, y='pct', scale=D('0.01'))
    L.add('sum', '主体数=合作社+家庭农场+龙头企业', total='n_ent', parts=['tn0', 'tn1', 'tn2'])
    L.add('lin', '未通过=申报−通过', result='rejected', terms=['applied', 'n_ent'], signs=[1, -1])
    L.add('ratio', '审核通过率', r='pass_rate', num='n_ent', den='applied')
    L.add('sum', '分类型贴息之和=贴息合计', total='sub_t', parts=['ts0', 'ts1', 'ts2'])
    for j in range(3):
        L.add('ratio', '%s贴息占比' % types[j], r='tsh%d' % j, num='ts%d' % j, den='sub_t')
    L.add('ratio', '平均每个主体贴息', r='avg', num='sub_t', den='n_ent', scale=1)
    L.add('lin', '贴息资金结余=安排−贴息', result='bal', terms=['budget', 'sub_t'], signs=[1, -1])
    L.add('ratio', '贴息占实付利息比例', r='eff', num='sub_t', den='int_t')
    L.add('growth', '贴息总额较上年', cur='sub_t', prev='prev_sub', amt='sub_dec', rate='sub_g', dir='减')
    L.add('growth', '带动农户较上年', cur='farmers', prev='prev_farmers', amt='farm_inc', dir='增')
    L.add('count', '涉及乡镇数=列举', n='n_towns', items=towns)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.same('贴息合计重述', fx['sub_t'] + '万元', 2)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '舸阳县2024年度新型农业经营主体贷款贴息资金公示'})
    m.append({'t': 'sub', 'text': docno})
    m.append(P_('按照《舸阳县新型农业经营主体贷款贴息实施办法》，对2024年度在县内银行业金融机构取得1年期以内（含1年）生产经营性贷款并按期付息的农民合作社、家庭农场和农业产业化龙头企业，按实际支付利息的%s%%给予贴息，单个主体年度贴息最高不超过%s万元。经主体申报、乡镇初审、县农业农村局和县财政局联合审核，现将结果公示如下。'
                % (fx['pct'], fx['cap'])))
    m.append(H('一、审核情况'))
    m.append(P_('本年度共受理贴息申报%s家，审核通过%s家，未通过%s家（其中贷款用途与生产经营不符2家、存在逾期记录1家），审核通过率%s%%。通过审核的主体中，农民合作社%s家、家庭农场%s家、龙头企业%s家，涉及%s个乡镇，即%s。'
                % (fx['applied'], fx['n_ent'], fx['rejected'], fx['pass_rate'], fx['tn0'], fx['tn1'], fx['tn2'],
                   fx['n_towns'], '、'.join(towns))))
    m.append(H('二、贴息明细'))
    trows = []
    for i, r in enumerate(rows):
        trows.append([str(i + 1), r[0], r[1], r[2], fx['loan%d' % i], fx['int%d' % i], fx['sub%d' % i]])
    trows.append(['', '合计', '', '', fx['loan_t'], fx['int_t'], fx['sub_t']])
    m.append(T('舸阳县2024年度新型农业经营主体贷款贴息明细表', '金额单位：万元',
               ['序号', '经营主体名称', '类型', '所在乡镇', '贷款金额', '实付利息', '贴息金额'], trows, 'tab1'))
    names_c = '、'.join(r[0].replace('舸阳县', '') for r in capped)
    m.append(P_('说明：%s按%s%%计算的贴息额分别为%s万元和%s万元，超过单户上限，均按%s万元核定；其余主体贴息额按实付利息的%s%%计算后四舍五入保留两位小数。'
                % (names_c, fx['pct'], fx['half_c0'], fx['half_c1'], fx['cap'], fx['pct'])))
    m.append(H('三、资金安排'))
    m.append(P_('本批贴息合计%s万元，占主体实付利息%s万元的%s%%，平均每个主体贴息%s万元。按主体类型分，农民合作社、家庭农场和龙头企业分别获得贴息%s万元、%s万元和%s万元，分别占贴息总额的%s%%、%s%%和%s%%。'
                % (fx['sub_t'], fx['int_t'], fx['eff'], fx['avg'], fx['ts0'], fx['ts1'], fx['ts2'],
                   fx['tsh0'], fx['tsh1'], fx['tsh2'])))
    m.append(P_('县财政年初安排贷款贴息资金%s万元，本批贴息%s万元，结余%s万元统筹用于2025年度贴息。贴息总额比上年（2023年度%s万元）减少%s万元，下降%s%%，主要是两家规模较大主体按上限核定；获贴息主体共带动农户%s户，较上年的%s户多%s户。'
                % (fx['budget'], fx['sub_t'], fx['bal'], fx['prev_sub'], fx['sub_dec'], fx['sub_g'],
                   fx['farmers'], fx['prev_farmers'], fx['farm_inc'])))
    m.append(H('四、公示时间及监督'))
    m.append(P_('公示期自2025年3月7日起5个工作日。对公示内容有异议的，可在公示期内向舸阳县农业农村局农村经营管理股实名反映，电话：%s。公示期满无异议的，贴息资金通过“一卡通”或对公账户直接拨付至经营主体。' % phone))
    m.append({'t': 'right', 'text': '舸阳县农业农村局　舸阳县财政局'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_txt(model, 'tab')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
