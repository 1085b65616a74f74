# -*- coding: utf-8 -*-
"""t06 椽山县司法局 2024年度部门决算说明 (docx, 占比 column)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't06_chuanshan_county_justice_bureau_final_accounts_explanation_2024.docx'
META = dict(format='docx', org='椽山县司法局')
BANDS = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]


def build():
    L = Ledger(NAME)
    docno = '椽司〔2025〕15号'
    date = '2025年8月22日'
    phone = '0743-4862571'
    L.facts['docno'] = docno

    units = ['椽山县司法局本级', '县公共法律服务中心', '县公证处']
    L.count('决算单位 个数 = 列举', '3', units)
    staff = [('行政人员', 41), ('事业人员', 23)]
    staff_t = sum(s[1] for s in staff)
    retired = 18
    L.sum('在职 = 行政 + 事业', [str(s[1]) for s in staff], str(staff_t))

    inc_f, inc_o = D('1815.20'), D('47.27')
    inc = inc_f + inc_o
    inc_prev = D('1745.30')
    inc_r = pct(inc - inc_prev, inc_prev)
    L.sum('本年收入 = 财政拨款 + 其他', [F(inc_f), F(inc_o)], F(inc))
    L.growth('收入 较上年增加/增长', F(inc), F(inc_prev), F(inc - inc_prev), P(inc_r), '增长')

    pers, pub = D('1058.16'), D('148.18')
    basic = pers + pub
    proj = D('634.22')
    exp = basic + proj
    L.sum('基本支出 = 人员经费 + 公用经费', [F(pers), F(pub)], F(basic))
    L.sum('本年支出 = 基本 + 项目', [F(basic), F(proj)], F(exp))
    b_r, p_r = pct(basic, exp), pct(proj, exp)
    L.rate('基本支出 占本年支出', F(basic), F(exp), P(b_r))
    L.rate('项目支出 占本年支出', F(proj), F(exp), P(p_r))
    exp_prev = D('1768.95')
    exp_r = pct(exp - exp_prev, exp_prev)
    L.growth('支出 较上年增长', F(exp), F(exp_prev), None, P(exp_r), '增长')

    funcs = [('公共安全支出', D('1452.90')), ('社会保障和就业支出', D('186.32')),
             ('卫生健康支出', D('72.34')), ('住房保障支出', D('129.00'))]
    assert sum(v for _, v in funcs) == exp
    fs = [pct(v, exp) for _, v in funcs]
    L.sum('表1 合计 = 四类功能科目', [F(v) for _, v in funcs], F(exp))
    for (n, v), s in zip(funcs, fs):
        L.rate('表1 占比 ' + n, F(v), F(exp), P(s))
    L.sum('表1 占比之和 100.00', [P(s) for s in fs], '100.00')
    sub = [('行政运行', D('886.45')), ('社区矫正', D('142.36')), ('法治建设', D('98.70')),
           ('法律援助', D('186.05')), ('其他司法支出', D('139.34'))]
    L.sum('公共安全支出（司法） = 款级明细', [F(v) for _, v in sub], F(funcs[0][1]))

    fin_exp, fin_bud = D('1798.63'), D('1720.00')
    fin_r = pct(fin_exp, fin_bud)
    L.rate('财政拨款支出 完成年初预算', F(fin_exp), F(fin_bud), P(fin_r))

    sg_bud = D('15.00')
    recv, car = D('2.46'), D('10.40')
    sg = recv + car
    sg_prev = D('14.12')
    L.sum('三公 = 接待 + 用车运维（出国为零）', [F(recv), F(car)], F(sg))
    L.rate('三公 完成预算', F(sg), F(sg_bud), P(pct(sg, sg_bud)))
    L.growth('三公 较上年减少/下降', F(sg), F(sg_prev), F(sg_prev - sg), P(pct(sg_prev - sg, sg_prev)), '下降')
    batches, visitors = 21, 174
    r_avg = q(recv * 10000 / visitors, 2)
    L.quot('公务接待 人均（元）', F(recv), str(visitors), P(r_avg), scale='10000')
    cars = [('执法执勤用车', 4), ('特种专业技术用车', 2)]
    car_n = sum(c[1] for c in cars)
    car_avg = q(car / car_n, 2)
    L.sum('车辆 = 执法执勤 + 特种专业', [str(c[1]) for c in cars], str(car_n))
    L.quot('平均每辆 运维费', F(car), str(car_n), P(car_avg))

    run_prev = D('156.92')
    L.eq('机关运行经费 = 公用经费', F(pub), F(pub))
    L.growth('机关运行经费 较上年减少/下降', F(pub), F(run_prev), F(run_prev - pub), P(pct(run_prev - pub, run_prev)), '下降')
    pub_pc = q(pub / staff_t, 2)
    L.quot('在职人员人均公用经费', F(pub), str(staff_t), P(pub_pc))

    pc = [('货物类', D('62.30')), ('服务类', D('118.50'))]
    pc_t = sum(v for _, v in pc)
    sme = D('148.26')
    sme_r = pct(sme, pc_t)
    L.sum('政府采购 = 货物 + 服务', [F(v) for _, v in pc], F(pc_t))
    L.rate('授予中小企业 占采购', F(sme), F(pc_t), P(sme_r))

    pj_n = 6
    pj = ['法律援助', '社区矫正', '人民调解', '普法宣传', '公共法律服务平台运行', '公证业务']
    L.count('自评项目 个数 = 列举', str(pj_n), pj)
    ev_score = D('86.50')
    ev_grade = next(w for lo, w in BANDS if ev_score >= D(lo))
    L.band('法律援助 重点评价 等级', P(ev_score), BANDS, ev_grade)
    L.dated('落款日期晚于年度终了', date)
    L.anchor('文号', docno)
    L.anchor('电话', phone)

    B = [('title', '椽山县司法局2024年度部门决算说明'),
         ('sub', docno),
         ('h', '一、部门基本情况'),
         ('p', '纳入本部门2024年度决算编制范围的单位共3个，即{}、{}和{}。年末在职人员{}人，其中{}{}人、{}{}人；离退休人员{}人。'
               .format(*units, staff_t, staff[0][0], staff[0][1], staff[1][0], staff[1][1], retired)),
         ('h', '二、收入支出决算情况'),
         ('p', '2024年度本年收入{}万元，其中财政拨款收入{}万元、其他收入{}万元，比上年（{}万元）增加{}万元，增长{}%。'
               '本年支出{}万元，较上年的{}万元增长{}%，其中基本支出{}万元（人员经费{}万元、公用经费{}万元），占{}%；'
               '项目支出{}万元，占{}%。'
               .format(F(inc), F(inc_f), F(inc_o), F(inc_prev), F(inc - inc_prev), P(inc_r), F(exp), F(exp_prev),
                       P(exp_r), F(basic), F(pers), F(pub), P(b_r), F(proj), P(p_r))),
         ('p', '按支出功能分类，本年支出构成见表1。公共安全支出中，行政运行{}万元、社区矫正{}万元、法治建设{}万元、'
               '法律援助{}万元、其他司法支出{}万元。'.format(*[F(v) for _, v in sub])),
         ('cap', '表1  2024年度支出决算功能分类构成'),
         ('unit', '金额单位：万元'),
         ('table', [['功能分类科目', '决算数', '占比（%）']] +
                   [[n, F(v), P(s)] for (n, v), s in zip(funcs, fs)] + [['合计', F(exp), '100.00']]),
         ('p', '财政拨款支出{}万元，完成年初预算{}万元的{}%，超出部分主要是年中追加的法律援助案件补贴。'
               .format(F(fin_exp), F(fin_bud), P(fin_r))),
         ('h', '三、“三公”经费支出情况'),
         ('p', '“三公”经费支出{}万元，完成预算{}万元的{}%，较上年的{}万元减少{}万元，下降{}%。其中：因公出国（境）费为零；'
               '公务接待费{}万元，接待{}批次{}人次，人均{}元；公务用车运行维护费{}万元，年末公务用车保有量{}辆，'
               '由{}{}辆和{}{}辆组成，平均每辆运行维护费{}万元；本年未购置车辆。'
               .format(F(sg), F(sg_bud), P(pct(sg, sg_bud)), F(sg_prev), F(sg_prev - sg), P(pct(sg_prev - sg, sg_prev)),
                       F(recv), batches, visitors, P(r_avg), F(car), car_n, cars[0][0], cars[0][1], cars[1][0],
                       cars[1][1], P(car_avg))),
         ('h', '四、其他重要事项'),
         ('p', '（一）机关运行经费{}万元，比上年的{}万元减少{}万元，下降{}%，在职人员人均{}万元。'
               .format(F(pub), F(run_prev), F(run_prev - pub), P(pct(run_prev - pub, run_prev)), P(pub_pc))),
         ('p', '（二）政府采购支出总额{}万元，其中{}{}万元、{}{}万元；授予中小企业合同金额{}万元，占政府采购支出总额的{}%。'
               .format(F(pc_t), pc[0][0], F(pc[0][1]), pc[1][0], F(pc[1][1]), F(sme), P(sme_r))),
         ('p', '（三）绩效评价。本部门对6个项目开展绩效自评，即{}、{}、{}、{}、{}和{}项目，覆盖全部项目支出{}万元。'
               '县财政局对法律援助项目开展重点评价，得分{}分；按90分（含）以上为“优”、80分（含）至90分为“良”、'
               '60分（含）至80分为“中”、60分以下为“差”的标准，评价等级为“{}”。'
               .format(*pj, F(proj), P(ev_score), ev_grade)),
         ('p', '如对本决算公开内容有疑问，请联系县司法局办公室，电话{}。'.format(phone)),
         ('sign', ['椽山县司法局', date])]
    return B, L, META
