# -*- coding: utf-8 -*-
"""t01 艋川县 2025年度职业技能提升行动资金使用情况公示 (portal html)"""
from lib56 import *

NAME = 't01_mengchuan_county_vocational_skills_upgrading_action_fund_use_notice_2025.html'
FMT = 'html'
FY = 2025


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    carry = D('312.60')
    up, county = D('680.00'), D('150.00')
    items = [  # name, persons, standard text, amount(万元) or per-head yuan
        ('企业职工岗位技能提升培训补贴', 2316, '按工种等级核定', D('428.75')),
        ('就业重点群体职业技能培训补贴', 1874, '按工种等级核定', D('356.06')),
        ('项目制培训补贴', 962, 2000, None),
        ('技能人才评价补贴', 1690, 300, None),
        ('培训期间生活费补贴', 1208, 250, None),
    ]
    key_grp = (1206, 388, 280)          # 农村转移劳动力、高校毕业生、失业人员
    cert, prev_train, prev_cert_rate = 4586, 4730, D('86.30')
    senior = 412
    ent_big, ent_other = 22, 15
    employed = 1403
    insts = ['艋川县职业中等专业学校', '艋川县技工学校', '艋川县就业训练中心',
             '艋北职业技能培训学校', '艋东电子商务培训中心', '艋川县家政服务职业培训学校']
    docno, date, phone = '艋人社〔2026〕5号', '2026年2月12日', '0736-4170583'

    # ------------------------------------------------ derived
    income = up + county
    avail = carry + income
    rows = []
    amts = []
    for nm, n, std, amt in items:
        if amt is None:
            amt = q(D(n) * D(std) / 10000, 2)
            stdtxt = '%s元/人' % I(std)
        else:
            stdtxt = std
        rows.append((nm, n, stdtxt, amt, std))
        amts.append(amt)
    spend = sum(amts)
    persons = sum(r[1] for r in rows)
    shares = [q(a / spend * 100) for a in amts]
    close = avail - spend
    train = rows[0][1] + rows[1][1] + rows[2][1]
    assert sum(key_grp) == rows[1][1]
    cert_rate = q(D(cert) / train * 100)
    exec_inc = q(spend / income * 100)
    exec_av = q(spend / avail * 100)
    per_ent = q(rows[0][3] * 10000 / rows[0][1])
    senior_rate = q(D(senior) / rows[3][1] * 100)
    emp_rate = q(D(employed) / rows[1][1] * 100)

    # ------------------------------------------------ facts
    f('carry', F(carry)); f('up', F(up)); f('county', F(county)); f('income', F(income)); f('avail', F(avail))
    for i, (nm, n, stdtxt, amt, std) in enumerate(rows):
        f('n%d' % i, I(n)); f('a%d' % i, F(amt)); f('s%d' % i, P(shares[i]))
        if not isinstance(std, str):
            f('std%d' % i, I(std))
    f('persons', I(persons)); f('spend', F(spend)); f('s_tot', '100.00')
    f('close', F(close)); f('exec_inc', P(exec_inc)); f('exec_av', P(exec_av))
    f('g0', I(key_grp[0])); f('g1', I(key_grp[1])); f('g2', I(key_grp[2]))
    f('train', I(train)); f('cert', I(cert)); f('cert_rate', P(cert_rate))
    f('prev_train', I(prev_train)); f('train_inc', I(train - prev_train))
    f('train_g', P(q(D(train - prev_train) / prev_train * 100)))
    f('prev_cert_rate', P(prev_cert_rate)); f('cert_pp', P(cert_rate - prev_cert_rate))
    f('per_ent', F(per_ent)); f('senior', I(senior)); f('senior_rate', P(senior_rate))
    f('ent', I(ent_big + ent_other)); f('ent_big', I(ent_big)); f('ent_other', I(ent_other))
    f('employed', I(employed)); f('emp_rate', P(emp_rate)); f('n_inst', str(len(insts)))
    f('date', date)
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('sum', '本年到位资金=上级补助+县级安排', total='income', parts=['up', 'county'])
    L.add('sum', '可用资金=上年结转+本年到位', total='avail', parts=['carry', 'income'])
    L.add('sum', '表1补贴金额列合计', total='spend', parts=['a%d' % i for i in range(5)])
    L.add('sum', '表1补贴人次列合计', total='persons', parts=['n%d' % i for i in range(5)])
    for i in (2, 3, 4):
        L.add('prod', '表1 %s=人次×标准' % rows[i][0], r='a%d' % i, x='n%d' % i, y='std%d' % i, scale=D('0.0001'))
    for i in range(5):
        L.add('ratio', '表1 %s占比=金额/合计' % rows[i][0], r='s%d' % i, num='a%d' % i, den='spend')
    L.add('ratio', '表1 占比合计行=合计/合计', r='s_tot', num='spend', den='spend')
    L.add('lin', '年末结余=可用资金−支出', result='close', terms=['avail', 'spend'], signs=[1, -1])
    L.add('ratio', '支出占本年到位资金比例', r='exec_inc', num='spend', den='income')
    L.add('ratio', '资金使用率=支出/可用资金', r='exec_av', num='spend', den='avail')
    L.add('sum', '就业重点群体=农村转移劳动力+高校毕业生+失业人员', total='n1', parts=['g0', 'g1', 'g2'])
    L.add('sum', '培训人次=前三类补贴人次', total='train', parts=['n0', 'n1', 'n2'])
    L.add('ratio', '取证率=取证/培训', r='cert_rate', num='cert', den='train')
    L.add('growth', '培训人次较上年', cur='train', prev='prev_train', amt='train_inc', rate='train_g', dir='增')
    L.add('pp', '取证率较上年提高', cur='cert_rate', prev='prev_cert_rate', delta='cert_pp', dir='升')
    L.add('ratio', '企业职工人均补贴(元)', r='per_ent', num='a0', den='n0', scale=10000)
    L.add('ratio', '高级工及以上占评价人次', r='senior_rate', num='senior', den='n3')
    L.add('sum', '补贴企业=规上+其他', total='ent', parts=['ent_big', 'ent_other'])
    L.add('ratio', '就业重点群体培训后就业率', r='emp_rate', num='employed', den='n1')
    L.add('count', '定点培训机构数=列举', n='n_inst', items=insts)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.anchor('公示期', '2026年2月13日至2月27日')
    L.same('支出合计1,058.11重述', fx['spend'], 3)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '艋川县2025年度职业技能提升行动资金使用情况公示'})
    m.append({'t': 'sub', 'text': docno})
    m.append(P_('根据职业技能提升行动专账资金管理有关规定，现将我县2025年度职业技能提升行动资金（以下简称“专账资金”）筹集、使用及培训成效情况公示如下。'))
    m.append(H('一、资金筹集情况'))
    m.append(P_('2025年专账资金可用总额%s万元。其中：上年结转%s万元；本年到位%s万元，包括上级补助资金%s万元、县级安排资金%s万元。'
                % (fx['avail'], fx['carry'], fx['income'], fx['up'], fx['county'])))
    m.append(H('二、资金使用情况'))
    m.append(P_('全年共支出专账资金%s万元，补贴%s人次，各类补贴支出明细见表1。支出额相当于本年到位资金的%s%%，主要是使用了上年结转资金；按可用总额计算，资金使用率为%s%%。截至2025年12月31日，专账资金结余%s万元，结转2026年继续使用。'
                % (fx['spend'], fx['persons'], fx['exec_inc'], fx['exec_av'], fx['close'])))
    trows = []
    for i, (nm, n, stdtxt, amt, std) in enumerate(rows):
        trows.append([nm, fx['n%d' % i], stdtxt, fx['a%d' % i], fx['s%d' % i]])
    trows.append(['合计', fx['persons'], '—', fx['spend'], fx['s_tot']])
    m.append(T('表1　2025年度专账资金补贴支出明细', '单位：人次、万元、%',
               ['补贴项目', '补贴人次', '补贴标准', '补贴金额', '占比'], trows, 'tab1'))
    m.append(P_('注：同一劳动者享受多项补贴的，按项目分别计算人次；占比按四舍五入保留两位小数，分项之和与合计可能存在尾差。'))
    m.append(P_('企业职工岗位技能提升培训补贴共惠及企业%s家，其中规模以上工业企业%s家、其他企业%s家，企业职工人均获得补贴%s元。就业重点群体职业技能培训%s人次，包括农村转移劳动力%s人次、高校毕业生%s人次和失业人员%s人次。'
                % (fx['ent'], fx['ent_big'], fx['ent_other'], fx['per_ent'], fx['n1'], fx['g0'], fx['g1'], fx['g2'])))
    m.append(H('三、培训成效'))
    m.append(P_('全年开展补贴性职业技能培训%s人次，比上年的%s人次多%s人次，增幅为%s%%。培训合格取得职业资格证书或职业技能等级证书%s人，取证率%s%%，较上年的%s%%提高%s个百分点。'
                % (fx['train'], fx['prev_train'], fx['train_inc'], fx['train_g'], fx['cert'], fx['cert_rate'],
                   fx['prev_cert_rate'], fx['cert_pp'])))
    m.append(P_('技能人才评价%s人次中，取得高级工及以上等级的%s人次，占%s%%。就业重点群体参训人员培训后实现就业创业%s人，就业率%s%%。'
                % (fx['n3'], fx['senior'], fx['senior_rate'], fx['employed'], fx['emp_rate'])))
    m.append(P_('全年承担补贴性培训任务的定点培训机构%s家，即%s。各机构均已纳入县级培训机构目录清单，实行动态管理。'
                % (fx['n_inst'], '、'.join(insts))))
    m.append(H('四、监督方式'))
    m.append(P_('本年度专账资金支出%s万元已全部通过社会保障卡或对公账户直接拨付。公示时间为2026年2月13日至2月27日，公示期内如有异议，请向艋川县人力资源和社会保障局职业能力建设股反映，联系电话：%s。'
                % (fx['spend'], phone)))
    m.append({'t': 'right', 'text': '艋川县人力资源和社会保障局　艋川县财政局'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_html(model, '艋川县人民政府门户网站',
                           ['首页', '政务公开', '政策文件', '财政信息', '办事服务', '互动交流'],
                           ['首页', '政务公开', '财政信息', '专项资金'],
                           '艋川县人力资源和社会保障局', '2026-02-12',
                           '艋川县2025年度职业技能提升行动资金使用情况公示_艋川县人民政府门户网站')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
