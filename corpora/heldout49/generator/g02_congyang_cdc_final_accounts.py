# -*- coding: utf-8 -*-
"""t02: 淙阳县疾病预防控制中心 2024年度部门决算说明 (docx)."""
from lib49 import D, F, P, pct, Ledger

NAME = 't02_congyang_county_cdc_final_accounts_explanation_2024'
FMT = 'docx'
DATE = '2025年8月26日'


def build():
    L = Ledger(NAME + '.docx')
    offices = ['办公室', '疾病控制科', '免疫规划科', '慢性病防治科', '卫生检验科', '健康教育科']
    staff_quota, staff_act, retired = 62, 58, 21
    inc = [('财政拨款收入', '2,086.40'), ('事业收入', '268.35'), ('其他收入', '63.88')]
    inc_t = sum(D(v) for _, v in inc)
    carry_in = D('96.42')
    basic, proj = D('1,452.18'), D('923.87')
    exp_t = basic + proj
    carry_out = carry_in + inc_t - exp_t
    grand = inc_t + carry_in
    exp_prev = D('2,198.40')
    exp_d = exp_t - exp_prev
    exp_g = pct(exp_d, exp_prev)
    rows = [  # 编码, 名称, 年初预算, 决算数
        ('2100401', '疾病预防控制机构', '1,380.00', '1,426.35'),
        ('2100409', '重大公共卫生服务', '320.00', '298.62'),
        ('2100410', '突发公共卫生事件应急处理', '60.00', '52.80'),
        ('2080505', '机关事业单位基本养老保险缴费支出', '148.00', '146.27'),
        ('2101102', '事业单位医疗', '72.00', '70.43'),
        ('2210201', '住房公积金', '50.00', '48.70'),
    ]
    gb = sum(D(r[2]) for r in rows)
    ga = sum(D(r[3]) for r in rows)
    fin_carry_in = D('42.15')
    fin_in = D(inc[0][1])
    fin_carry_out = fin_carry_in + fin_in - ga
    fb_person, fb_public = D('1,176.32'), D('142.14')
    fb = fb_person + fb_public
    pub_avg = P(fb_public / staff_act)
    sg_budget, sg_prev = D('10.50'), D('9.85')
    sg_car, sg_rec = D('6.38'), D('2.26')
    sg = sg_car + sg_rec
    cars = 3
    car_avg = P(sg_car / cars)
    rec_batches, rec_people = 14, 126
    gp_goods, gp_serv, gp_sme = D('298.40'), D('88.12'), D('312.68')
    gp = gp_goods + gp_serv
    special_cars = ['疫苗冷链运输车', '流调采样车']
    n_proj = 7

    L.count('内设科室6个，即…', '6', offices)
    L.le('实有在职人员不超过编制', str(staff_act), str(staff_quota))
    L.sum('本年收入 = 财政拨款 + 事业 + 其他', F(inc_t), [v for _, v in inc])
    shares = []
    for n, v in inc:
        s = pct(v, inc_t)
        shares.append(s)
        L.ratio('%s 占本年收入' % n, v, F(inc_t), s)
    L.sum('本年支出 = 基本 + 项目', F(exp_t), [F(basic), F(proj)])
    L.ratio('基本支出占本年支出', F(basic), F(exp_t), pct(basic, exp_t))
    L.ratio('项目支出占本年支出', F(proj), F(exp_t), pct(proj, exp_t))
    L.growth('本年支出 较上年', F(exp_t), F(exp_prev), F(exp_d), exp_g, '增长')
    L.sum('收入总计 = 本年收入 + 年初结转结余', F(grand), [F(inc_t), F(carry_in)])
    L.sum('支出总计 = 本年支出 + 年末结转结余', F(grand), [F(exp_t), F(carry_out)])
    L.sum('表2 年初预算合计', F(gb), [r[2] for r in rows])
    L.sum('表2 决算数合计', F(ga), [r[3] for r in rows])
    t2 = [['科目编码', '科目名称', '年初预算', '决算数', '完成年初预算（%）']]
    for c, n, b, a in rows:
        r = pct(a, b)
        L.ratio('表2 %s 完成年初预算' % n, a, b, r)
        t2.append([c, n, b, a, r])
    tot_rate = pct(ga, gb)
    L.ratio('表2 合计 完成年初预算', F(ga), F(gb), tot_rate)
    t2.append(['', '合计', F(gb), F(ga), tot_rate])
    L.bal('年末财政拨款结转结余 = 年初结转 + 财政拨款收入 - 一般公共预算财政拨款支出', F(fin_carry_out),
          [F(fin_carry_in), F(fin_in)], [F(ga)])
    L.sum('财政拨款基本支出 = 人员经费 + 公用经费', F(fb), [F(fb_person), F(fb_public)])
    L.ratio('人均公用经费（按在职58人）', F(fb_public), str(staff_act), pub_avg, scale=1)
    L.sum('三公 = 出国0 + 公务用车 + 接待', F(sg), ['0', F(sg_car), F(sg_rec)])
    L.ratio('三公 完成预算', F(sg), F(sg_budget), pct(sg, sg_budget))
    L.growth('三公 较上年', F(sg), F(sg_prev), F(sg_prev - sg), pct(sg_prev - sg, sg_prev), '下降')
    L.ratio('单车平均运行维护费', F(sg_car), str(cars), car_avg, scale=1)
    L.sum('政府采购 = 货物 + 服务', F(gp), [F(gp_goods), F(gp_serv)])
    L.ratio('授予中小企业占政府采购', F(gp_sme), F(gp), pct(gp_sme, gp))
    L.count('特种专业技术用车2辆，即…', '2', special_cars)
    L.sum('车辆 3 = 特种 2 + 其他 1', str(cars), ['2', '1'])
    L.dated('落款日期晚于年度终了', DATE, '2024年12月31日')
    L.maxof('表2 决算数最大 疾病预防控制机构', '1,426.35', [r[3] for r in rows], '疾病预防控制机构')

    t1 = [['收入', '金额', '支出', '金额'],
          ['本年收入合计', F(inc_t), '本年支出合计', F(exp_t)],
          ['年初结转和结余', F(carry_in), '年末结转和结余', F(carry_out)],
          ['收入总计', F(grand), '支出总计', F(grand)]]

    m = []
    m.append(('title', '淙阳县疾病预防控制中心2024年度部门决算说明'))
    m.append(('h', '第一部分　单位概况'))
    m.append(('p', '淙阳县疾病预防控制中心为县卫生健康局所属公益一类事业单位，承担全县传染病、慢性病防治，免疫规划，'
                   '突发公共卫生事件应急处置和卫生检验等工作。内设科室6个，即%s。核定事业编制%d名，年末实有在职人员%d人，'
                   '离退休人员%d人。' % ('、'.join(offices), staff_quota, staff_act, retired)))
    m.append(('h', '第二部分　2024年度部门决算情况说明'))
    m.append(('h', '一、收入支出决算总体情况说明'))
    m.append(('p', '2024年度收入、支出总计均为%s万元。本年支出%s万元，较上年的%s万元增加%s万元，增长%s%%，'
                   '主要是呼吸道传染病监测和疫苗冷链设备更新支出增加。' % (F(grand), F(exp_t), F(exp_prev), F(exp_d), exp_g)))
    m.append(('unit', '表1　收入支出决算总体情况　单位：万元'))
    m.append(('table', {'id': 'T1', 'rows': t1}))
    m.append(('h', '二、收入决算情况说明'))
    m.append(('p', '本年收入%s万元，其中：%s%s万元，占%s%%；%s%s万元，占%s%%；%s%s万元，占%s%%。'
                   % (F(inc_t), inc[0][0], inc[0][1], shares[0], inc[1][0], inc[1][1], shares[1], inc[2][0], inc[2][1],
                      shares[2])))
    m.append(('h', '三、支出决算情况说明'))
    m.append(('p', '本年支出%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。'
                   % (F(exp_t), F(basic), pct(basic, exp_t), F(proj), pct(proj, exp_t))))
    m.append(('h', '四、一般公共预算财政拨款支出决算情况说明'))
    m.append(('p', '年初财政拨款结转%s万元，本年财政拨款收入%s万元。一般公共预算财政拨款支出%s万元，完成年初预算的%s%%，'
                   '年末财政拨款结转结余%s万元。决算数大于年初预算，主要是年中追加疫苗冷链设备购置经费。'
                   % (F(fin_carry_in), F(fin_in), F(ga), tot_rate, F(fin_carry_out))))
    m.append(('unit', '表2　一般公共预算财政拨款支出决算明细　单位：万元'))
    m.append(('table', {'id': 'T2', 'rows': t2}))
    m.append(('p', '一般公共预算财政拨款基本支出%s万元，其中人员经费%s万元、公用经费%s万元；按年末实有在职人员计算，'
                   '人均公用经费%s万元。' % (F(fb), F(fb_person), F(fb_public), pub_avg)))
    m.append(('h', '五、“三公”经费财政拨款支出决算情况说明'))
    m.append(('p', '“三公”经费财政拨款支出%s万元，完成预算%s万元的%s%%，较上年的%s万元减少%s万元，下降%s%%。'
                   '其中：因公出国（境）费为0；公务用车购置及运行维护费%s万元，全部为运行维护费，年末车辆保有量%d辆，'
                   '单车平均运行维护费%s万元；公务接待费%s万元，接待%d批次、%d人次，主要为上级业务督导。'
                   % (F(sg), F(sg_budget), pct(sg, sg_budget), F(sg_prev), F(sg_prev - sg), pct(sg_prev - sg, sg_prev),
                      F(sg_car), cars, car_avg, F(sg_rec), rec_batches, rec_people)))
    m.append(('h', '六、其他重要事项说明'))
    m.append(('p', '本单位无政府性基金预算和国有资本经营预算财政拨款收支，相关决算表为空表。2024年度政府采购支出总额'
                   '%s万元，其中货物%s万元、服务%s万元；授予中小企业合同金额%s万元，占政府采购支出总额的%s%%。'
                   % (F(gp), F(gp_goods), F(gp_serv), F(gp_sme), pct(gp_sme, gp))))
    m.append(('p', '截至2024年12月31日，共有车辆%d辆，其中特种专业技术用车2辆，即%s，其他用车1辆；'
                   '单价100万元以上专用设备2台（套）。全年对%d个项目开展绩效自评，自评等级均为“良”以上。'
                   % (cars, '和'.join(special_cars), n_proj)))
    m.append(('sign', ['淙阳县疾病预防控制中心', DATE]))
    facts = {'date': DATE, 'docno': None}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts}
