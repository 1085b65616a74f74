# -*- coding: utf-8 -*-
"""t02 椤山县公安局 2024年度部门决算说明 (docx, with 三公经费 table)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't02_luoshan_county_public_security_bureau_final_accounts_explanation_2024.docx'


def build():
    L = Ledger(FNAME)
    B = []
    docno = '椤公财〔2025〕21号'
    date = '2025年9月12日'
    L.facts['docno'] = docno

    adm, inst, work, retired = 318, 26, 18, 96
    units = ['县公安局本级', '县看守所', '县拘留所', '县公安局警务保障中心']
    fin_in, oth_in = D('14862.35'), D('126.40')
    inc0 = D('14203.60')
    staff, pub, proj = D('9835.17'), D('1441.25'), D('3826.26')
    exp0 = D('14512.30')
    open_cf = D('452.30')
    fin_open = D('398.15')
    func = [('公共安全支出', D('12380.00'), D('13702.64')), ('社会保障和就业支出', D('620.00'), D('648.52')),
            ('卫生健康支出', D('205.00'), D('213.86')), ('住房保障支出', D('335.00'), D('411.26'))]
    # 三公: (name, 预算, 决算, 上年)
    abroad = (D('0.00'), D('0.00'), D('0.00'))
    recep = (D('15.00'), D('12.36'), D('13.92'))
    buy = (D('55.00'), D('48.00'), D('52.80'))
    run = (D('142.00'), D('125.26'), D('134.73'))
    cars, law_cars, spec_cars, new_cars = 86, 79, 7, 2
    recep_batches, recep_people = 38, 412
    op, op0 = D('1385.42'), D('1452.10')
    goods, works, serv, sme = D('836.50'), D('162.00'), D('248.30'), D('1018.24')

    staff_n = adm + inst + work
    inc = fin_in + oth_in
    basic = staff + pub
    exp = basic + proj
    close_cf = open_cf + inc - exp
    fin_exp = sum(x[2] for x in func)
    fin_bud = sum(x[1] for x in func)
    fin_close = fin_open + fin_in - fin_exp
    car = tuple(b + r for b, r in zip(buy, run))
    sg = tuple(a + b + c for a, b, c in zip(abroad, recep, car))
    proc = goods + works + serv

    B.append(('title', '椤山县公安局2024年度部门决算说明'))
    B.append(('sub', docno))
    B.append(('h', '第一部分  部门概况'))
    B.append(('p', '县公安局负责全县社会治安管理、刑事案件侦查、出入境和户政管理、交通安全管理等工作。纳入2024年度部门决算编制范围的单位共%d个，'
                   '即%s和%s。年末在职人员%d人，其中行政编制%d人、事业编制%d人、工勤人员%d人；离退休人员%d人。'
              % (len(units), '、'.join(units[:-1]), units[-1], staff_n, adm, inst, work, retired)))
    L.count('决算编制范围单位 个数 = 列举', str(len(units)), units)
    L.sum('在职 = 行政 + 事业 + 工勤', str(staff_n), str(adm), str(inst), str(work))

    B.append(('h', '第二部分  2024年度部门决算情况说明'))
    B.append(('p', '一、收入支出决算总体情况。2024年度本年收入合计%s万元，较上年的%s万元增加%s万元，增幅%s%%，其中财政拨款收入%s万元、'
                   '其他收入%s万元。本年支出合计%s万元，比上年（%s万元）增加%s万元，增幅%s%%。年初结转和结余%s万元，年末结转和结余%s万元。'
              % (F(inc), F(inc0), F(inc - inc0), P((inc - inc0) / inc0 * 100), F(fin_in), F(oth_in), F(exp), F(exp0),
                 F(exp - exp0),
                 P((exp - exp0) / exp0 * 100), F(open_cf), F(close_cf))))
    L.sum('本年收入 = 财政拨款 + 其他', F(inc), F(fin_in), F(oth_in))
    L.growth('收入 较上年增加/增幅', F(inc), F(inc0), F(inc - inc0), P((inc - inc0) / inc0 * 100), '增加')
    L.growth('支出 比上年增加/增幅', F(exp), F(exp0), F(exp - exp0), P((exp - exp0) / exp0 * 100), '增加')
    L.signed('年末结转结余 = 年初 + 收入 - 支出', F(close_cf), [(1, F(open_cf)), (1, F(inc)), (-1, F(exp))])
    B.append(('p', '二、支出决算结构。本年支出中，基本支出%s万元，占%s%%，包括人员经费%s万元和公用经费%s万元；项目支出%s万元，'
                   '占%s%%，主要用于执法办案、技术侦查装备购置和重大活动安保。'
              % (F(basic), P(pct(basic, exp)), F(staff), F(pub), F(proj), P(pct(proj, exp)))))
    L.sum('本年支出 = 基本 + 项目', F(exp), F(basic), F(proj))
    L.sum('基本支出 = 人员 + 公用', F(basic), F(staff), F(pub))
    L.rate('基本支出 占', F(basic), F(exp), P(pct(basic, exp)))
    L.rate('项目支出 占', F(proj), F(exp), P(pct(proj, exp)))
    B.append(('p', '三、财政拨款支出决算情况。2024年度财政拨款支出%s万元，完成年初预算%s万元的%s%%，超出年初预算主要是年中追加'
                   '执法办案中心改造和重大活动安保经费。财政拨款年初结转结余%s万元，年末结转结余%s万元。按支出功能分类的情况见下表。'
              % (F(fin_exp), F(fin_bud), P(pct(fin_exp, fin_bud)), F(fin_open), F(fin_close))))
    B.append(('unit', '金额单位：万元'))
    rows = [['功能分类科目', '年初预算', '决算数', '完成预算（%）']]
    for name, b, e in func:
        rows.append([name, F(b), F(e), P(pct(e, b))])
        L.rate('表1 %s 完成预算' % name, F(e), F(b), P(pct(e, b)))
    rows.append(['合计', F(fin_bud), F(fin_exp), P(pct(fin_exp, fin_bud))])
    B.append(('table', {'rows': rows}))
    L.sum('表1 年初预算 合计', F(fin_bud), *[F(x[1]) for x in func])
    L.sum('表1 决算数 合计', F(fin_exp), *[F(x[2]) for x in func])
    L.rate('表1 合计 完成预算', F(fin_exp), F(fin_bud), P(pct(fin_exp, fin_bud)))
    L.signed('财政拨款年末结转 = 年初 + 拨款收入 - 拨款支出', F(fin_close), [(1, F(fin_open)), (1, F(fin_in)), (-1, F(fin_exp))])
    pubsec_sh = pct(func[0][2], fin_exp)
    B.append(('p', '其中，公共安全支出%s万元，占财政拨款支出的%s%%。' % (F(func[0][2]), P(pubsec_sh))))
    L.rate('公共安全 占 财政拨款支出', F(func[0][2]), F(fin_exp), P(pubsec_sh))

    B.append(('p', '四、“三公”经费财政拨款支出决算情况。2024年度“三公”经费支出%s万元，完成预算%s万元的%s%%，比上年减少%s万元，'
                   '下降%s%%。因公出国（境）费为零，与上年持平。公务接待费%s万元，共接待%d批次%d人次，人均%s元。公务用车购置及运行维护费'
                   '%s万元，其中购置费%s万元（更新新能源执法执勤车%d辆，平均每辆%s万元），运行维护费%s万元。年末公务用车保有量%d辆，'
                   '其中执法执勤用车%d辆、特种专业技术用车%d辆，年均每辆运行维护费%s万元。'
              % (F(sg[1]), F(sg[0]), P(pct(sg[1], sg[0])), F(sg[2] - sg[1]), P((sg[2] - sg[1]) / sg[2] * 100),
                 F(recep[1]), recep_batches, recep_people, F(recep[1] * 10000 / recep_people), F(car[1]), F(buy[1]),
                 new_cars, F(buy[1] / new_cars), F(run[1]), cars, law_cars, spec_cars, F(run[1] / cars))))
    B.append(('cap', '“三公”经费决算明细（万元）'))
    rows = [['项目', '预算数', '决算数', '上年决算数']]
    for name, t in [('因公出国（境）费', abroad), ('公务接待费', recep), ('公务用车购置及运行维护费', car),
                    ('  其中：公务用车购置费', buy), ('        公务用车运行维护费', run), ('合计', sg)]:
        rows.append([name.strip() if name.startswith('合') else name.replace('  ', '').replace('        ', ''),
                     F(t[0]), F(t[1]), F(t[2])])
    B.append(('table', {'rows': rows}))
    for k, lab in enumerate(['预算数', '决算数', '上年决算数']):
        L.sum('三公表 %s 合计 = 出国 + 接待 + 用车' % lab, F(sg[k]), F(abroad[k]), F(recep[k]), F(car[k]))
        L.sum('三公表 %s 用车 = 购置 + 运维' % lab, F(car[k]), F(buy[k]), F(run[k]))
    L.rate('三公 完成预算', F(sg[1]), F(sg[0]), P(pct(sg[1], sg[0])))
    L.growth('三公 比上年减少/下降', F(sg[1]), F(sg[2]), F(sg[2] - sg[1]), P((sg[2] - sg[1]) / sg[2] * 100), '减少 下降')
    L.quot('公务接待 人均 (元)', F(recep[1]), I(recep_people), F(recep[1] * 10000 / recep_people), scale=10000)
    L.quot('购置 平均每辆', F(buy[1]), str(new_cars), F(buy[1] / new_cars))
    L.sum('公务用车保有量 = 执法执勤 + 特种', str(cars), str(law_cars), str(spec_cars))
    L.quot('年均每辆运行维护费', F(run[1]), str(cars), F(run[1] / cars))
    L.le('三公 决算 <= 预算', F(sg[1]), F(sg[0]))

    B.append(('p', '五、机关运行经费。2024年度机关运行经费%s万元，比上年的%s万元减少%s万元，下降%s%%，主要是压减办公费和差旅费。'
              % (F(op), F(op0), F(op0 - op), P((op0 - op) / op0 * 100))))
    L.growth('机关运行经费 减少/下降', F(op), F(op0), F(op0 - op), P((op0 - op) / op0 * 100), '减少 下降')
    B.append(('p', '六、政府采购支出。2024年度政府采购支出总额%s万元，依次为货物类%s万元、工程类%s万元和服务类%s万元；'
                   '授予中小企业合同金额%s万元，占政府采购支出总额的%s%%。'
              % (F(proc), F(goods), F(works), F(serv), F(sme), P(pct(sme, proc)))))
    L.sum('政府采购 = 货物 + 工程 + 服务', F(proc), F(goods), F(works), F(serv))
    L.rate('中小企业 占 采购总额', F(sme), F(proc), P(pct(sme, proc)))
    B.append(('p', '七、名词解释。机关运行经费指为保障行政单位运行用于购买货物和服务等的各项资金。'))
    B.append(('sign', ['椤山县公安局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    meta = dict(fname=FNAME, fmt='docx', author='椤山县公安局')
    return B, L, meta
