# -*- coding: utf-8 -*-
"""t05 漻江县人民检察院 2024年度部门决算说明 (txt, space-aligned tables)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't05_liaojiang_county_peoples_procuratorate_final_accounts_explanation_2024.txt'
FMT = 'txt-space'


def build():
    L = Ledger(NAME)
    date = '2025年8月26日'
    phone = '0745-3826504'
    units = ['办公室', '政治部', '第一检察部', '第二检察部', '第三检察部', '综合业务部']
    quota, staff, retired = 52, 49, 18
    fin_in, other_in, carry_in = D('2318.20'), D('28.38'), D('42.16')
    staff_cost, public_cost, proj = D('1528.62'), D('255.74'), D('567.73')
    prev_in, prev_out = D('2211.43'), D('2198.71')
    func = [('公共安全支出', '检察—行政运行', D('1364.77')),
            ('公共安全支出', '检察—一般行政管理事务', D('138.56')),
            ('公共安全支出', '检察—其他检察支出', D('326.52')),
            ('社会保障和就业支出', '机关事业单位基本养老保险缴费', D('158.92')),
            ('社会保障和就业支出', '机关事业单位职业年金缴费', D('63.55')),
            ('卫生健康支出', '行政单位医疗', D('84.36')),
            ('住房保障支出', '住房公积金', D('164.86'))]
    sg_bud = [D('0.00'), D('0.00'), D('13.20'), D('5.30')]
    sg_act = [D('0.00'), D('0.00'), D('11.84'), D('3.42')]
    sg_prev = D('16.87')
    recv_b, recv_p = 31, 248
    op_prev = D('268.15')
    goods, serv = D('124.60'), D('61.80')
    sme = D('162.30')
    cars_law, cars_sp = 4, 2
    # ---- derived
    income = fin_in + other_in
    total_in = income + carry_in
    base = staff_cost + public_cost
    out = base + proj
    carry_out = total_in - out
    in_d, in_r = income - prev_in, pct(income - prev_in, prev_in)
    out_d, out_r = out - prev_out, pct(out - prev_out, prev_out)
    fin_sh = pct(fin_in, income)
    base_sh, proj_sh = pct(base, out), pct(proj, out)
    assert base_sh + proj_sh == 100
    fin_out = sum(x[2] for x in func)
    assert fin_out <= out and fin_out <= fin_in + carry_in
    func_sh = [pct(x[2], fin_out) for x in func]
    assert sum(func_sh) == D('100.00'), sum(func_sh)
    ps = sum(x[2] for x in func if x[0] == '公共安全支出')
    ps_sh = pct(ps, fin_out)
    sg_b, sg_a = sum(sg_bud), sum(sg_act)
    sg_done = pct(sg_a, sg_b)
    sg_d = sg_prev - sg_a
    sg_r = pct(sg_d, sg_prev)
    per_pub = q(public_cost / staff, 2)
    op = public_cost
    op_d = op_prev - op
    op_r = pct(op_d, op_prev)
    gp = goods + serv
    sme_r = pct(sme, gp)
    cars = cars_law + cars_sp

    m = []
    m.append(B('title', '漻江县人民检察院2024年度部门决算说明'))
    m.append(B('h', '一、部门基本情况'))
    m.append(B('p', '本院内设机构%d个，即%s。核定政法专项编制%d名，'
                    '2024年末实有在职人员%d人，离退休人员%d人。' % (len(units), '、'.join(units), quota, staff, retired)))
    L.count('内设机构6个', str(len(units)), units)
    L.le('在职不超过编制', str(staff), str(quota))
    m.append(B('h', '二、收入支出决算总体情况'))
    m.append(B('p', '2024年度收入总计%s万元，其中本年收入%s万元、年初结转和结余%s万元。本年收入中，财政拨款收入%s万元，'
                    '占本年收入的%s%%；其他收入%s万元。本年收入较上年的%s万元增加%s万元，增长%s%%，主要是人员工资调标。'
                    % (F(total_in), F(income), F(carry_in), F(fin_in), P(fin_sh), F(other_in), F(prev_in), F(in_d),
                       P(in_r))))
    L.sum('收入总计 = 本年收入 + 年初结转', F(total_in), [F(income), F(carry_in)])
    L.sum('本年收入 = 财政拨款收入 + 其他收入', F(income), [F(fin_in), F(other_in)])
    L.ratio('财政拨款收入占本年收入', F(fin_in), F(income), P(fin_sh))
    L.growth('本年收入较上年增加', F(income), F(prev_in), F(in_d), P(in_r), '增长')
    m.append(B('p', '2024年度支出总计%s万元，其中本年支出%s万元、年末结转和结余%s万元。本年支出中，基本支出%s万元，'
                    '项目支出%s万元，分别占本年支出的%s%%和%s%%。本年支出比上年的%s万元增长%s%%，增加%s万元。'
                    % (F(total_in), F(out), F(carry_out), F(base), F(proj), P(base_sh), P(proj_sh), F(prev_out),
                       P(out_r), F(out_d))))
    L.sum('支出总计 = 本年支出 + 年末结转', F(total_in), [F(out), F(carry_out)])
    L.sum('本年支出 = 基本 + 项目', F(out), [F(base), F(proj)])
    L.ratio('基本支出占本年支出', F(base), F(out), P(base_sh))
    L.ratio('项目支出占本年支出', F(proj), F(out), P(proj_sh))
    L.growth('本年支出比上年增长', F(out), F(prev_out), F(out_d), P(out_r), '增长')
    m.append(B('h', '三、财政拨款支出决算情况'))
    m.append(B('p', '（一）总体情况。2024年度财政拨款支出%s万元，主要用于检察办案、人员工资福利和机关日常运转。'
                    % F(fin_out)))
    m.append(B('p', '（二）按支出功能分类科目。财政拨款支出决算具体见表1，其中公共安全支出%s万元，占财政拨款支出的%s%%。'
                    % (F(ps), P(ps_sh))))
    rows = [['类', '款项', '决算数', '占比（%）']]
    for (a, b, v), s in zip(func, func_sh):
        rows.append([a, b, F(v), P(s)])
    rows.append(['合计', '', F(fin_out), '100.00'])
    m.append(T(rows, cap='表1  2024年度财政拨款支出决算（按功能分类）', unit='单位：万元'))
    L.sum('表1 合计', F(fin_out), [F(x[2]) for x in func])
    L.sum('表1 占比合计', '100.00', [P(s) for s in func_sh])
    for (a, b, v), s in zip(func, func_sh):
        L.ratio('表1 占比 %s' % b, F(v), F(fin_out), P(s))
    L.sum('公共安全支出 = 三个检察款项', F(ps), [F(x[2]) for x in func[:3]])
    L.ratio('公共安全支出占财政拨款支出', F(ps), F(fin_out), P(ps_sh))
    L.same('same: 财政拨款支出决算写两次', F(fin_out), 2)
    L.le('财政拨款支出不超过本年支出', F(fin_out), F(out))
    m.append(B('p', '（三）基本支出。基本支出%s万元，其中人员经费%s万元，公用经费%s万元；按在职%d人计，人均公用经费%s万元。'
                    % (F(base), F(staff_cost), F(public_cost), staff, F(per_pub))))
    L.sum('基本支出 = 人员经费 + 公用经费', F(base), [F(staff_cost), F(public_cost)])
    L.ratio('人均公用经费', F(public_cost), str(staff), F(per_pub), 1)
    m.append(B('h', '四、“三公”经费支出情况'))
    m.append(B('p', '2024年度“三公”经费财政拨款支出%s万元，完成全年预算%s万元的%s%%；较上年的%s万元减少%s万元，下降%s%%。'
                    '因公出国（境）费和公务用车购置费均为零；公务用车运行维护费%s万元，年末公务用车保有量%d辆；'
                    '公务接待费%s万元，共接待%d批次、%d人次。'
                    % (F(sg_a), F(sg_b), P(sg_done), F(sg_prev), F(sg_d), P(sg_r), F(sg_act[2]), cars, F(sg_act[3]), recv_b,
                       recv_p)))
    rows = [['项目', '预算数', '决算数'],
            ['因公出国（境）费', F(sg_bud[0]), F(sg_act[0])],
            ['公务用车购置费', F(sg_bud[1]), F(sg_act[1])],
            ['公务用车运行维护费', F(sg_bud[2]), F(sg_act[2])],
            ['公务接待费', F(sg_bud[3]), F(sg_act[3])],
            ['合计', F(sg_b), F(sg_a)]]
    m.append(T(rows, cap='表2  2024年度“三公”经费支出', unit='单位：万元'))
    L.sum('表2 预算合计', F(sg_b), [F(x) for x in sg_bud])
    L.sum('表2 决算合计', F(sg_a), [F(x) for x in sg_act])
    L.ratio('三公完成预算', F(sg_a), F(sg_b), P(sg_done))
    L.growth('三公较上年减少', F(sg_a), F(sg_prev), F(sg_d), P(sg_r), '下降')
    m.append(B('h', '五、其他重要事项说明'))
    m.append(B('p', '（一）机关运行经费。2024年度机关运行经费%s万元，比上年的%s万元减少%s万元，减幅%s%%。'
                    % (F(op), F(op_prev), F(op_d), P(op_r))))
    L.growth('机关运行经费比上年减少', F(op), F(op_prev), F(op_d), P(op_r), '减幅')
    L.eq('机关运行经费 = 公用经费', F(op), F(public_cost))
    m.append(B('p', '（二）政府采购。政府采购支出总额%s万元，其中货物%s万元、服务%s万元；授予中小企业合同金额%s万元，'
                    '占政府采购支出总额的%s%%。' % (F(gp), F(goods), F(serv), F(sme), P(sme_r))))
    L.sum('政府采购 = 货物 + 服务', F(gp), [F(goods), F(serv)])
    L.ratio('授予中小企业占比', F(sme), F(gp), P(sme_r))
    m.append(B('p', '（三）国有资产占用。截至2024年12月31日，本院共有车辆%d辆，其中执法执勤用车%d辆、特种专业技术用车%d辆。'
                    % (cars, cars_law, cars_sp)))
    L.sum('车辆 = 执法执勤 + 特种专业技术', str(cars), [str(cars_law), str(cars_sp)])
    L.same('same: 车辆6辆写两次', '%d辆' % cars, 2)
    m.append(B('p', '联系电话：%s' % phone))
    m.append(B('sign', '漻江县人民检察院\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.anchor('anchor: 联系电话', phone)
    L.facts.update(date=date, docno=None)
    meta = dict(title='漻江县人民检察院2024年度部门决算说明')
    values = dict(fin_out=F(fin_out), ps_sh=P(ps_sh), other_in=F(other_in))
    return m, L, meta, values
