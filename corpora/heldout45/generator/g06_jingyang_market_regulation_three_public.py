# -*- coding: utf-8 -*-
"""t06 澋阳县市场监督管理局 2024年度“三公”经费决算说明 (pdf)"""
from lib45 import *

NAME = 't06_jingyang_county_market_regulation_bureau_three_public_expenses_final_accounts_explanation_2024.pdf'
FMT = 'pdf'


def build():
    L = Ledger(NAME)
    docno = '澋市监财〔2025〕9号'
    date = '2025年9月5日'
    phone = '0715-4708263'
    insts = ['县食品药品检验检测中心', '县个体私营经济服务中心']
    stations = 9
    # 项目, 年初预算, 决算, 上年决算
    items = [('因公出国（境）费', '0.00', '0.00', '0.00'), ('公务用车购置费', '0.00', '0.00', '0.00'),
             ('公务用车运行维护费', '21.00', None, '20.86'), ('公务接待费', '11.00', None, '10.86')]
    units = [('局机关（含%d个市场监管所）' % stations, '15.62', '7.46'), (insts[0], '2.40', '1.02'), (insts[1], '1.36', '0.60')]
    cars = [('执法执勤用车', 8), ('应急保障用车', 2), ('特种专业技术用车', 1)]
    prev_cars = 12
    batches, guests = 58, 412
    meeting, meeting_b = D('3.62'), D('4.50')
    train, train_sessions, trainees = D('11.45'), 8, 640
    # ---- derived
    run = sum(D(u[1]) for u in units)
    recv = sum(D(u[2]) for u in units)
    items[2] = items[2][:2] + (P(run),) + items[2][3:]
    items[3] = items[3][:2] + (P(recv),) + items[3][3:]
    bud = sum(D(i[1]) for i in items)
    fin = sum(D(i[2]) for i in items)
    prv = sum(D(i[3]) for i in items)
    done = pct(fin, bud)
    dif = prv - fin
    rate = pct(dif, prv)
    sh_run, sh_recv = pct(run, fin), pct(recv, fin)
    assert sh_run + sh_recv == 100
    ncar = sum(n for _, n in cars)
    per_car = q(run / ncar, 2)
    per_guest = q(recv * 10000 / guests, 2)
    per_batch = q(recv * 10000 / batches, 2)
    per_trainee = q(train * 10000 / trainees, 2)
    chg = lambda c, p: ('—' if D(p) == 0 else P(pct(D(c) - D(p), D(p))))

    f = lambda x: F(x)
    M = []
    M.append(TITLE('澋阳县市场监督管理局2024年度“三公”经费决算说明'))
    M.append(SUB(docno))
    M.append(H('一、说明范围'))
    M.append(P_('本说明反映县市场监督管理局部门决算中使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费（以下简称“三公”经费）。纳入本部门决算编报范围的除局机关外，还有所属事业单位%d个，即%s和%s。局机关下设%d个市场监管所，经费在局机关核算。'
                % (len(insts), insts[0], insts[1], stations)))
    L.count('所属事业单位', str(len(insts)), insts)
    M.append(H('二、“三公”经费总体情况'))
    M.append(P_('2024年度“三公”经费财政拨款支出决算%s万元，年初预算%s万元，决算数为预算数的%s%%。与2023年度决算%s万元相比，减少%s万元，下降%s%%，主要是严格执行公务接待标准、减少车辆使用频次。'
                % (f(fin), f(bud), P(done), f(prv), f(dif), P(rate))))
    L.ratio('决算数为预算数的%', f(fin), f(bud), P(done))
    L.growth('三公较上年下降', f(fin), f(prv), f(dif), P(rate), '减少')
    M.append(CAP('表1　“三公”经费财政拨款支出决算表（金额单位：万元）'))
    rows = [[n, b, c, p, chg(c, p)] for n, b, c, p in items]
    rows.append(['合计', f(bud), f(fin), f(prv), P(pct(fin - prv, prv))])
    t1 = TABLE('T1', ['项目', '年初预算', '决算数', '上年决算数', '增减率（%）'], rows)
    t1['widths'] = [46, 26, 26, 28, 28]
    M.append(t1)
    for j, tot in ((1, bud), (2, fin), (3, prv)):
        L.sum('表1 第%d列合计' % j, f(tot), [r[j] for r in rows[:-1]])
    for r in rows:
        if r[4] != '—':
            L.chg('表1 %s 增减率' % r[0], r[2], r[3], r[4])
    M.append(H('三、分项情况'))
    M.append(P_('（一）因公出国（境）费。2024年度未安排预算，也未发生支出，与上年一致。'))
    M.append(P_('（二）公务用车购置及运行维护费%s万元。其中，公务用车购置费为零；公务用车运行维护费%s万元，占“三公”经费决算的%s%%，主要用于市场巡查、食品安全抽检和投诉举报处置等执法用车的燃料、维修、保险和过路过桥费用。年末公务用车保有量%d辆，比上年末的%d辆减少%d辆（报废1辆），分别为%s；按年末保有量计算，单车运行维护费%s万元。'
                % (f(run), f(run), P(sh_run), ncar, prev_cars, prev_cars - ncar, '、'.join('%s%d辆' % c for c in cars), f(per_car))))
    L.ratio('运行维护费占三公', f(run), f(fin), P(sh_run))
    L.sum('车辆保有量 = 执法执勤 + 应急保障 + 特种专业技术', str(ncar), [str(n) for _, n in cars])
    L.diff('车辆比上年末减少', str(prev_cars), str(ncar), str(prev_cars - ncar))
    L.ratio('单车运行维护费（万元）', f(run), str(ncar), f(per_car), scale='1')
    M.append(P_('（三）公务接待费%s万元，占“三公”经费决算的%s%%。全年国内公务接待%d批次%s人次，主要是上级业务督导、跨区域执法协作等；平均每批次%s元，人均%s元。未发生外宾接待。'
                % (f(recv), P(sh_recv), batches, I(guests), f(per_batch), f(per_guest))))
    L.ratio('接待费占三公', f(recv), f(fin), P(sh_recv))
    L.ratio('平均每批次（元）', f(recv), str(batches), f(per_batch), scale='10000')
    L.ratio('人均接待费（元）', f(recv), I(guests), f(per_guest), scale='10000')
    M.append(H('四、分单位情况'))
    M.append(CAP('表2　“三公”经费分单位决算表（金额单位：万元）'))
    rows2 = [[u[0], u[1], u[2], P(D(u[1]) + D(u[2]))] for u in units]
    rows2.append(['合计', f(run), f(recv), f(fin)])
    t2 = TABLE('T2', ['单位', '公务用车运行维护费', '公务接待费', '小计'], rows2)
    t2['widths'] = [62, 36, 30, 26]
    M.append(t2)
    for r in rows2[:-1]:
        L.sum('表2 %s 小计' % r[0], r[3], [r[1], r[2]])
    for j, tot in ((1, run), (2, recv), (3, fin)):
        L.sum('表2 第%d列合计' % j, f(tot), [r[j] for r in rows2[:-1]])
    M.append(H('五、其他相关经费'))
    M.append(P_('会议费和培训费不属于“三公”经费，一并说明如下：2024年度会议费支出%s万元（预算%s万元）；培训费支出%s万元，举办食品安全、特种设备安全等培训%d期%d人次，人均%s元。2025年“三公”经费预算已按“只减不增”原则安排为29.00万元。'
                % (f(meeting), f(meeting_b), f(train), train_sessions, trainees, f(per_trainee))))
    L.le('会议费未超预算', f(meeting), f(meeting_b))
    L.ratio('培训人均（元）', f(train), str(trainees), f(per_trainee), scale='10000')
    M.append(P_('联系电话：%s（局财务审计股）。' % phone))
    L.anchor('联系电话', phone)
    M.append(SIGN('澋阳县市场监督管理局', date))
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.facts.update(date=date, docno=docno)
    meta = {'title': '澋阳县市场监督管理局2024年度“三公”经费决算说明', 'author': ''}
    return M, L, meta
