# -*- coding: utf-8 -*-
"""t01: 棰溪县莛塘镇人民政府 关于莛塘镇2024年上半年财政预算执行情况的报告 (txt, tab tables)."""
from lib49 import D, F, P, q, pct, Ledger

NAME = 't01_chuixi_county_tingtang_town_government_midyear_budget_execution_report_2024'
FMT = 'txt-tab'
DATE = '2024年7月16日'
DOCNO = '莛政〔2024〕37号'


def build():
    L = Ledger(NAME + '.txt')
    # ---- base inputs (万元)
    tax = [  # name, 年初预算, 1-6月, 上年同期
        ('增值税', '920.00', '486.72', '455.10'),
        ('企业所得税', '380.00', '203.15', '192.44'),
        ('个人所得税', '90.00', '48.36', '45.80'),
        ('城市维护建设税', '160.00', '85.90', '80.36'),
        ('房产税', '265.00', '142.68', '138.25'),
        ('城镇土地使用税', '220.00', '118.27', '121.62'),
        ('其他税收', '195.00', '101.46', '91.23'),
    ]
    nontax_parts = [('专项收入', '36.40'), ('行政事业性收费收入', '28.15'), ('罚没收入', '15.62'),
                    ('国有资源（资产）有偿使用收入', '245.65')]
    nontax_budget, nontax_prev = D('630.00'), D('313.50')
    tax_b = sum(D(t[1]) for t in tax)
    tax_a = sum(D(t[2]) for t in tax)
    tax_p = sum(D(t[3]) for t in tax)
    nontax_a = sum(D(v) for _, v in nontax_parts)
    rev_b, rev_a, rev_p = tax_b + nontax_budget, tax_a + nontax_a, tax_p + nontax_prev
    assert F(rev_b) == '2,860.00'
    rev_rate = pct(rev_a, rev_b)
    rev_d = rev_a - rev_p
    rev_g = pct(rev_d, rev_p)
    tax_share = pct(tax_a, rev_a)
    tax_g = pct(tax_a - tax_p, tax_p)
    nt_d = nontax_a - nontax_prev
    land = tax[5]
    land_drop = pct(D(land[3]) - D(land[2]), land[3])
    # 上级补助
    sub_parts = [('返还性收入', '186.40'), ('一般性转移支付收入', '812.55'), ('专项转移支付收入', '236.85')]
    sub = sum(D(v) for _, v in sub_parts)
    carry, remit = D('186.27'), D('98.60')
    avail = rev_a + sub + carry - remit
    # 支出
    exp = [('一般公共服务支出', '1,320.00', '682.45'), ('公共安全支出', '96.00', '45.20'), ('教育支出', '60.00', '28.36'),
           ('社会保障和就业支出', '780.00', '412.80'), ('卫生健康支出', '240.00', '136.52'),
           ('节能环保支出', '210.00', '98.74'), ('城乡社区支出', '1,150.00', '487.63'), ('农林水支出', '1,080.00', '461.27'),
           ('交通运输支出', '110.00', '38.15'), ('住房保障支出', '80.00', '24.50')]
    exp_b = sum(D(e[1]) for e in exp)
    exp_a = sum(D(e[2]) for e in exp)
    exp_prev = D('2,326.74')
    exp_rate = pct(exp_a, exp_b)
    exp_d = exp_a - exp_prev
    exp_g = pct(exp_d, exp_prev)
    ms_names = ['社会保障和就业', '卫生健康', '教育', '住房保障', '农林水']
    ms = sum(D(e[2]) for e in exp if e[0].replace('支出', '') in ms_names)
    ms_share = pct(ms, exp_a)
    sanbao = [('保工资', '612.30'), ('保运转', '98.46'), ('保基本民生', '342.18')]
    sanbao_t = sum(D(v) for _, v in sanbao)
    vill_n, vill_amt = 12, D('186.36')
    vill_avg = P(vill_amt / vill_n)
    proj = ['镇区雨污分流改造', '莛塘中学周边道路提升', '镇农贸市场改造', '高标准农田配套沟渠建设']
    proj_amt = ['148.60', '72.35', '63.85', '41.60']
    proj_t = sum(D(x) for x in proj_amt)
    fund_in, fund_out = D('420.00'), D('358.62')
    fund_rate = pct(fund_out, fund_in)

    # ---- ledger
    L.anchor('文号', DOCNO)
    L.dated('落款日期晚于报告期（上半年）终了', DATE, '2024年6月30日')
    L.anchor('报告期 1—6月', '1—6月')
    tb = [t[1] for t in tax]
    ta = [t[2] for t in tax]
    tp = [t[3] for t in tax]
    L.sum('表1 税收收入小计 年初预算', F(tax_b), tb)
    L.sum('表1 税收收入小计 1—6月完成', F(tax_a), ta)
    L.sum('表1 税收收入小计 上年同期', F(tax_p), tp)
    L.sum('表1 合计 年初预算 = 税收 + 非税', F(rev_b), [F(tax_b), F(nontax_budget)])
    L.sum('表1 合计 1—6月 = 税收 + 非税', F(rev_a), [F(tax_a), F(nontax_a)])
    L.sum('表1 合计 上年同期 = 税收 + 非税', F(rev_p), [F(tax_p), F(nontax_prev)])
    rows1 = [['项目', '年初预算', '1—6月完成', '完成预算（%）', '上年同期']]
    for n, b, a, p in tax:
        r = pct(a, b)
        L.ratio('表1 %s 完成预算' % n, a, b, r)
        rows1.append([n, b, a, r, p])
    rows1.append(['税收收入小计', F(tax_b), F(tax_a), pct(tax_a, tax_b), F(tax_p)])
    L.ratio('表1 税收小计 完成预算', F(tax_a), F(tax_b), pct(tax_a, tax_b))
    rows1.append(['非税收入', F(nontax_budget), F(nontax_a), pct(nontax_a, nontax_budget), F(nontax_prev)])
    L.ratio('表1 非税 完成预算', F(nontax_a), F(nontax_budget), pct(nontax_a, nontax_budget))
    rows1.append(['合计', F(rev_b), F(rev_a), rev_rate, F(rev_p)])
    L.ratio('一般公共预算收入 完成年初预算', F(rev_a), F(rev_b), rev_rate)
    L.growth('一般公共预算收入 比上年同期', F(rev_a), F(rev_p), F(rev_d), rev_g, '增长')
    L.ratio('税收占一般公共预算收入', F(tax_a), F(rev_a), tax_share)
    L.growth('税收收入 同比增长', F(tax_a), F(tax_p), None, tax_g, '增长')
    L.sum('非税收入 由…构成', F(nontax_a), [v for _, v in nontax_parts])
    L.growth('非税收入 较上年同期增加', F(nontax_a), F(nontax_prev), F(nt_d), None, '增加')
    L.growth('城镇土地使用税 同比下降', land[2], land[3], None, land_drop, '下降')
    L.sum('上级补助收入 其中', F(sub), [v for _, v in sub_parts])
    L.bal('可用财力 = 收入 + 补助 + 结转 - 上解', F(avail), [F(rev_a), F(sub), F(carry)], [F(remit)])
    L.sum('表2 合计 年初预算', F(exp_b), [e[1] for e in exp])
    L.sum('表2 合计 1—6月支出', F(exp_a), [e[2] for e in exp])
    rows2 = [['科目', '年初预算', '1—6月支出', '支出进度（%）']]
    for n, b, a in exp:
        r = pct(a, b)
        L.ratio('表2 %s 支出进度' % n, a, b, r)
        rows2.append([n, b, a, r])
    rows2.append(['合计', F(exp_b), F(exp_a), exp_rate])
    L.ratio('一般公共预算支出 为年初预算的', F(exp_a), F(exp_b), exp_rate)
    L.growth('一般公共预算支出 同比增长 / 增支', F(exp_a), F(exp_prev), F(exp_d), exp_g, '增长')
    L.sum('民生类支出（5科目）', F(ms), [e[2] for e in exp if e[0].replace('支出', '') in ms_names])
    L.ratio('民生类支出占一般公共预算支出', F(ms), F(exp_a), ms_share)
    L.count('民生类支出 括号内科目数 5', '5', ms_names)
    L.sum('三保支出 分别为', F(sanbao_t), [v for _, v in sanbao])
    L.ratio('平均每个村（社区）', F(vill_amt), str(vill_n), vill_avg, scale=1)
    L.count('重点项目4个，即…', '4', proj)
    L.sum('重点项目拨付 分别为', F(proj_t), proj_amt)
    L.ratio('政府性基金 支出进度', F(fund_out), F(fund_in), fund_rate)
    L.maxof('表2 支出最多 一般公共服务支出', '682.45', [e[2] for e in exp], '一般公共服务支出')

    # ---- model
    m = []
    m.append(('title', '关于莛塘镇2024年上半年财政预算执行情况的报告'))
    m.append(('sub', DOCNO))
    m.append(('to', '镇人大主席团：'))
    m.append(('p', '现将莛塘镇2024年1—6月财政预算执行情况报告如下，请予审议。'))
    m.append(('h', '一、一般公共预算收入执行情况'))
    m.append(('p', '上半年，全镇一般公共预算收入完成%s万元，为年初预算%s万元的%s%%，实现“时间过半、任务过半”；'
                   '比上年同期的%s万元增加%s万元，增长%s%%。其中：税收收入%s万元，占一般公共预算收入的%s%%，'
                   '同比增长%s%%；非税收入%s万元，由专项收入%s万元、行政事业性收费收入%s万元、罚没收入%s万元和'
                   '国有资源（资产）有偿使用收入%s万元构成，较上年同期增加%s万元。分税种情况见表1。'
                   % (F(rev_a), F(rev_b), rev_rate, F(rev_p), F(rev_d), rev_g, F(tax_a), tax_share, tax_g, F(nontax_a),
                      nontax_parts[0][1], nontax_parts[1][1], nontax_parts[2][1], nontax_parts[3][1], F(nt_d))))
    m.append(('cap', '表1\t2024年1—6月一般公共预算收入完成情况（单位：万元）'))
    m.append(('table', {'id': 'T1', 'rows': rows1}))
    m.append(('h', '二、上级补助收入及可用财力'))
    m.append(('p', '上半年收到上级补助收入%s万元，其中返还性收入%s万元、一般性转移支付收入%s万元、专项转移支付收入%s万元。'
                   '加上上年结转%s万元，扣除上解上级支出%s万元，上半年镇级可用财力%s万元。'
                   % (F(sub), sub_parts[0][1], sub_parts[1][1], sub_parts[2][1], F(carry), F(remit), F(avail))))
    m.append(('h', '三、一般公共预算支出执行情况'))
    m.append(('p', '上半年一般公共预算支出%s万元，为年初预算%s万元的%s%%；同比增长%s%%，比上年同期增支%s万元（上年同期为%s万元）。'
                   '支出最多的是一般公共服务支出。民生类支出（社会保障和就业、卫生健康、'
                   '教育、住房保障、农林水）合计%s万元，占一般公共预算支出的%s%%。'
                   % (F(exp_a), F(exp_b), exp_rate, exp_g, F(exp_d), F(exp_prev), F(ms), ms_share)))
    m.append(('cap', '表2\t2024年1—6月一般公共预算主要支出科目执行情况（单位：万元）'))
    m.append(('table', {'id': 'T2', 'rows': rows2}))
    m.append(('p', '“三保”支出%s万元，分别为保工资%s万元、保运转%s万元、保基本民生%s万元，均按时足额保障。'
                   '向全镇%d个村（社区）拨付村级组织运转经费和村干部报酬%s万元，平均每个村（社区）%s万元。'
                   % (F(sanbao_t), sanbao[0][1], sanbao[1][1], sanbao[2][1], vill_n, F(vill_amt), vill_avg)))
    m.append(('p', '上半年推进镇级重点项目4个，即%s，累计拨付资金%s万元，分别为%s万元。'
                   % ('、'.join(proj), F(proj_t), '万元、'.join(proj_amt[:-1]) + '万元和' + proj_amt[-1])))
    m.append(('h', '四、政府性基金预算执行情况'))
    m.append(('p', '上半年收到上级下达的政府性基金补助%s万元，支出%s万元，支出进度%s%%。' % (F(fund_in), F(fund_out), fund_rate)))
    m.append(('h', '五、存在的主要问题'))
    m.append(('p', '一是税源结构单一，城镇土地使用税同比下降%s%%；二是刚性支出持续增加，交通运输、住房保障支出进度偏低。'
                   % land_drop))
    m.append(('h', '六、下半年工作打算'))
    m.append(('p', '一是加强收入征管，确保完成全年收入预算；二是从严控制一般性支出；三是力争9月底前完成镇区雨污分流改造'
                   '主体工程，11月底前完成全部项目资金清算，并做好2025年镇级预算编制准备。'))
    m.append(('sign', ['莛塘镇人民政府', DATE]))
    facts = {'date': DATE, 'docno': DOCNO, 'period_end': '2024年6月30日'}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts}
