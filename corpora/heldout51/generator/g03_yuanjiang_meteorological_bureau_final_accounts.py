# -*- coding: utf-8 -*-
"""t03 鼋江县气象局 2024年度部门决算说明 (pdf)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't03_yuanjiang_county_meteorological_bureau_departmental_final_accounts_explanation_2024.pdf'


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    units = ['综合办公室', '防灾减灾科', '气象台', '气象观测站']
    staff_in, staff_ret = 23, 8
    inc_parts = [('财政拨款收入', D('1184.50')), ('上级补助收入', D('96.40')), ('其他收入', D('45.28'))]
    inc_prev = D('1273.84')
    carry_in = D('60.24')
    basic, project = D('862.31'), D('456.64')
    exp_prev = D('1276.31')
    func = [('社会保障和就业支出', D('98.46')), ('卫生健康支出', D('42.18')),
            ('自然资源海洋气象等支出', D('1105.95')), ('住房保障支出', D('72.36'))]
    fin_budget, fin_exp = D('1150.00'), D('1172.86')
    sg = [  # item, budget 2024, final 2024, final 2023
        ('因公出国（境）费', D('0.00'), D('0.00'), D('0.00')),
        ('公务用车购置及运行维护费', D('6.20'), D('5.54'), D('6.05')),
        ('公务接待费', D('2.40'), D('1.38'), D('1.68')),
    ]
    rec_batches, rec_people = 14, 86
    op_cost, op_prev = D('98.36'), D('104.52')
    goods, service, sme = D('168.20'), D('44.20'), D('186.50')
    aws, hours, aws_got, aws_prev = 46, 8784, 402531, D('99.31')
    warn = [('暴雨', 58), ('大风', 31), ('雷电', 37)]

    # ---------------- derived / written
    put('u_n', str(len(units)))
    L.count('内设机构个数', 'u_n', units)
    put('st_t', I(staff_in + staff_ret))
    put('st_in', I(staff_in))
    put('st_ret', I(staff_ret))
    L.sum('年末实有人员=在职+离退休', 'st_t', ['st_in', 'st_ret'])

    inc = sum(v for _, v in inc_parts)
    put('inc', F(inc))
    for i, (nm, v) in enumerate(inc_parts):
        put('ip%d' % i, F(v))
    L.sum('本年收入=财政拨款+上级补助+其他', 'inc', ['ip0', 'ip1', 'ip2'])
    put('fin_sh', P(inc_parts[0][1] / inc * 100))
    L.ratio('财政拨款收入占本年收入', 'fin_sh', 'ip0', 'inc')
    put('inc_prev', F(inc_prev))
    put('inc_chg', F(inc - inc_prev))
    put('inc_rate', P((inc - inc_prev) / inc_prev * 100))
    L.growth('本年收入比上年增长', 'inc', 'inc_prev', 'inc_chg', 'inc_rate', sign=1)

    exp = basic + project
    put('carry_in', F(carry_in))
    put('exp', F(exp))
    put('carry_out', F(carry_in + inc - exp))
    put('inc_b', F(inc))
    L.same('本年收入 前后一致', ['inc', 'inc_b'])
    L.bal('年末结转结余=年初结转结余+本年收入-本年支出', 'carry_out', ['carry_in', 'inc_b'], ['exp'])
    put('exp_prev', F(exp_prev))
    put('exp_chg', F(exp - exp_prev))
    put('exp_rate', P((exp - exp_prev) / exp_prev * 100))
    L.growth('本年支出比上年增长', 'exp', 'exp_prev', 'exp_chg', 'exp_rate', sign=1)

    put('exp_b', F(exp))
    L.same('本年支出 总体情况=支出决算情况', ['exp', 'exp_b'])
    put('basic', F(basic))
    put('proj', F(project))
    put('basic_sh', P(basic / exp * 100))
    put('proj_sh', P(project / exp * 100))
    L.sum('本年支出=基本支出+项目支出', 'exp_b', ['basic', 'proj'])
    L.ratio('基本支出占比', 'basic_sh', 'basic', 'exp_b')
    L.ratio('项目支出占比', 'proj_sh', 'proj', 'exp_b')

    ftot = sum(v for _, v in func)
    assert ftot == exp
    for i, (nm, v) in enumerate(func):
        put('fv%d' % i, F(v))
        put('fs%d' % i, P(v / ftot * 100))
        L.ratio('表1 %s 占比' % nm, 'fs%d' % i, 'fv%d' % i, 'fv_t')
    put('fv_t', F(ftot))
    put('fs_t', '100.00')
    L.sum('表1 决算数合计', 'fv_t', ['fv%d' % i for i in range(4)])
    L.same('本年支出 正文=表1合计', ['exp_b', 'fv_t'])
    L.extreme('表1 最大科目为自然资源海洋气象等支出', 'fv2', ['fv%d' % i for i in range(4)], 'max')

    put('fin_inc2', F(inc_parts[0][1]))
    L.same('财政拨款收入 收入段=财政拨款段', ['ip0', 'fin_inc2'])
    put('fin_exp', F(fin_exp))
    put('fin_bud', F(fin_budget))
    put('fin_rate', P(fin_exp / fin_budget * 100))
    L.ratio('财政拨款支出完成年初预算', 'fin_rate', 'fin_exp', 'fin_bud')

    for i, (nm, b, f, p) in enumerate(sg):
        put('sb%d' % i, F(b))
        put('sf%d' % i, F(f))
        put('sp%d' % i, F(p))
    sgb, sgf, sgp = (sum(x[j] for x in sg) for j in (1, 2, 3))
    put('sb_t', F(sgb))
    put('sf_t', F(sgf))
    put('sp_t', F(sgp))
    L.sum('表2 2024年预算合计', 'sb_t', ['sb0', 'sb1', 'sb2'])
    L.sum('表2 2024年决算合计', 'sf_t', ['sf0', 'sf1', 'sf2'])
    L.sum('表2 2023年决算合计', 'sp_t', ['sp0', 'sp1', 'sp2'])
    put('sg', F(sgf))
    put('sg_car', F(sg[1][2]))
    put('sg_rec', F(sg[2][2]))
    L.sum('三公经费=公车+接待（出国为零）', 'sg', ['sg_car', 'sg_rec'])
    L.same('三公经费 正文=表2', ['sg', 'sf_t'])
    put('sg_bud', F(sgb))
    put('sg_rate', P(sgf / sgb * 100))
    L.same('三公预算 正文=表2', ['sg_bud', 'sb_t'])
    L.ratio('三公经费完成预算', 'sg_rate', 'sg', 'sg_bud')
    put('sg_prev', F(sgp))
    put('sg_chg', F(sgp - sgf))
    put('sg_rate2', P((sgp - sgf) / sgp * 100))
    L.growth('三公经费比上年下降', 'sg', 'sg_prev', 'sg_chg', 'sg_rate2', sign=-1)
    put('rec_b', I(rec_batches))
    put('rec_p', I(rec_people))
    put('rec_avg', F(sg[2][2] * 10000 / rec_people))
    L.ratio('接待人均（元）', 'rec_avg', 'sg_rec', 'rec_p', 2, '10000')

    put('op', F(op_cost))
    put('op_prev', F(op_prev))
    put('op_chg', F(op_prev - op_cost))
    put('op_rate', P((op_prev - op_cost) / op_prev * 100))
    L.growth('机关运行经费下降', 'op', 'op_prev', 'op_chg', 'op_rate', sign=-1)

    gp = goods + service
    put('gp', F(gp))
    put('gp_g', F(goods))
    put('gp_s', F(service))
    put('gp_sme', F(sme))
    put('gp_sme_sh', P(sme / gp * 100))
    L.sum('政府采购=货物+服务', 'gp', ['gp_g', 'gp_s'])
    L.ratio('授予中小企业合同占比', 'gp_sme_sh', 'gp_sme', 'gp')

    put('aws', I(aws))
    put('hours', I(hours))
    put('aws_due', I(aws * hours))
    put('aws_got', I(aws_got))
    rate = q(D(aws_got) / (aws * hours) * 100)
    put('aws_rate', P(rate))
    put('aws_prev', P(aws_prev))
    put('aws_pp', P(rate - aws_prev))
    L.prod('应到报=站数×全年小时数', 'aws_due', ['aws', 'hours'], 0, '1')
    L.ratio('数据到报率', 'aws_rate', 'aws_got', 'aws_due')
    L.pp('到报率提高百分点', 'aws_rate', 'aws_prev', 'aws_pp', sign=1)
    put('warn_t', I(sum(n for _, n in warn)))
    for i, (nm, n) in enumerate(warn):
        put('wn%d' % i, I(n))
    L.sum('预警信号=暴雨+大风+雷电', 'warn_t', ['wn0', 'wn1', 'wn2'])

    put('date', '2025年8月20日')
    L.dated('落款晚于决算年度终了', 'date', (2024, 12, 31))
    L.anchor('文号', '鼋气发〔2025〕9号')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '鼋江县气象局2024年度部门决算说明'))
    B.append(('sub', '鼋气发〔2025〕9号'))
    B.append(('h', '一、部门基本情况'))
    B.append(('p', '本局负责全县气象监测预报预警、气象防灾减灾和公共气象服务，内设{u_n}个机构，即综合办公室、防灾减灾科、气象台和气象观测站。'
                   '年末实有人员{st_t}人，其中在职{st_in}人、离退休{st_ret}人。'))
    B.append(('h', '二、收入支出决算总体情况'))
    B.append(('p', '2024年度本年收入{inc}万元，包括财政拨款收入{ip0}万元、上级补助收入{ip1}万元和其他收入{ip2}万元，财政拨款收入所占比重为{fin_sh}%。'
                   '本年收入比上年增加{inc_chg}万元，增长{inc_rate}%（上年{inc_prev}万元），主要是追加气象灾害监测预警能力提升资金。'))
    B.append(('p', '收支平衡情况：年初结转和结余{carry_in}万元，加本年收入{inc_b}万元，减本年支出{exp}万元，年末结转和结余{carry_out}万元。'
                   '本年支出较上年的{exp_prev}万元增加{exp_chg}万元，增幅{exp_rate}%。'))
    B.append(('h', '三、支出决算情况'))
    B.append(('p', '2024年度本年支出{exp_b}万元，其中：基本支出{basic}万元，占{basic_sh}%；项目支出{proj}万元，占{proj_sh}%。'
                   '按支出功能分类科目划分见表1。'))
    B.append(('table', {'caption': '表1　2024年度支出决算（按功能分类）', 'unit': '金额单位：万元',
                        'head': ['科目名称', '决算数', '占比（%）'],
                        'rows': [[nm, '{fv%d}' % i, '{fs%d}' % i] for i, (nm, _) in enumerate(func)]
                        + [['合计', '{fv_t}', '{fs_t}']], 'widths': [80, 40, 35]}))
    B.append(('p', '注：占比按四舍五入保留两位小数，分项之和与合计可能存在尾差。'))
    B.append(('h', '四、财政拨款收入支出决算情况'))
    B.append(('p', '2024年度财政拨款收入{fin_inc2}万元；财政拨款支出{fin_exp}万元，为年初预算{fin_bud}万元的{fin_rate}%。'
                   '决算数大于年初预算，主要是年中追加人工影响天气作业和预警发布系统升级经费。'))
    B.append(('h', '五、“三公”经费财政拨款支出决算情况'))
    B.append(('p', '2024年度“三公”经费财政拨款支出{sg}万元，全年预算{sg_bud}万元，完成预算的{sg_rate}%；与2023年度的{sg_prev}万元相比减少{sg_chg}万元，降幅{sg_rate2}%。'
                   '其中：因公出国（境）费未发生支出；公务用车运行维护费{sg_car}万元，本年未购置车辆，年末公务用车保有量2辆；'
                   '公务接待费{sg_rec}万元，共接待{rec_b}批次{rec_p}人次，人均{rec_avg}元。'))
    B.append(('table', {'caption': '表2　“三公”经费财政拨款支出对比', 'unit': '金额单位：万元',
                        'head': ['项目', '2024年预算', '2024年决算', '2023年决算'],
                        'rows': [[nm, '{sb%d}' % i, '{sf%d}' % i, '{sp%d}' % i] for i, (nm, *_) in enumerate(sg)]
                        + [['合计', '{sb_t}', '{sf_t}', '{sp_t}']], 'widths': [62, 32, 32, 32]}))
    B.append(('h', '六、其他重要事项'))
    B.append(('p', '（一）机关运行经费。2024年度机关运行经费{op}万元，比上年减少{op_chg}万元，下降{op_rate}%（上年{op_prev}万元）。'))
    B.append(('p', '（二）政府采购。全年政府采购支出{gp}万元，其中货物{gp_g}万元、服务{gp_s}万元；授予中小企业合同金额{gp_sme}万元，占{gp_sme_sh}%。'))
    B.append(('p', '（三）国有资产。截至2024年12月31日，单价100万元以上专用设备3台（套），均为气象探测设备。'))
    B.append(('p', '（四）业务运行。全县区域自动气象站{aws}个，全年{hours}小时应到报{aws_due}条，实到{aws_got}条，'
                   '数据到报率{aws_rate}%，较上年的{aws_prev}%提高{aws_pp}个百分点；全年发布气象预警信号{warn_t}期，'
                   '暴雨、大风、雷电预警依次为{wn0}期、{wn1}期、{wn2}期。'))
    B.append(('blank', ''))
    B.append(('right', '鼋江县气象局'))
    B.append(('right', '{date}'))
    meta = {'date_key': 'date', 'docno': '鼋气发〔2025〕9号', 'year': 2024,
            'title': '鼋江县气象局2024年度部门决算说明'}
    return Report(NAME, 'pdf', S, B, L, meta)
