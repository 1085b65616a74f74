# -*- coding: utf-8 -*-
"""t03 楒山县妇女联合会 2024年度“三公”经费等支出情况说明 (portal html, three-year table)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't03_sishan_county_womens_federation_three_public_expenses_explanation_2024.html'
FMT = 'html'


def build():
    L = Ledger(NAME)
    docno = '楒妇〔2025〕9号'
    date = '2025年9月5日'
    phone = '0743-5108362'
    Y = (2022, 2023, 2024)
    abroad = {y: D('0.00') for y in Y}
    buy = {y: D('0.00') for y in Y}
    run = {2022: D('3.58'), 2023: D('3.41'), 2024: D('3.12')}
    recv = {2022: D('1.73'), 2023: D('1.51'), 2024: D('1.25')}
    bud = dict(abroad=D('0.00'), buy=D('0.00'), run=D('3.60'), recv=D('2.20'))
    run_parts = [('燃料费', D('1.46')), ('维修保养费', D('0.98')), ('保险费', D('0.52')), ('过路过桥及停车费', D('0.16'))]
    batches, visitors = 14, 126
    meet, meet_n, meet_p = D('1.86'), 3, 218
    train, train_n, train_p = D('4.62'), 6, 462
    op, op_prev = D('18.43'), D('19.06')
    goods, serv = D('8.40'), D('4.20')
    staff_quota, staff_real = 9, 8
    # ---- derived
    tot = {y: abroad[y] + buy[y] + run[y] + recv[y] for y in Y}
    assert sum(p[1] for p in run_parts) == run[2024]
    btot = sum(bud.values())
    done = pct(tot[2024], btot)
    d1 = tot[2023] - tot[2024]
    r1 = pct(d1, tot[2023])
    d2 = tot[2022] - tot[2024]
    r2 = pct(d2, tot[2022])
    sh_run, sh_recv = pct(run[2024], tot[2024]), pct(recv[2024], tot[2024])
    assert sh_run + sh_recv == 100
    run_done = pct(run[2024], bud['run'])
    run_d = run[2023] - run[2024]
    run_r = pct(run_d, run[2023])
    recv_done = pct(recv[2024], bud['recv'])
    recv_d = recv[2023] - recv[2024]
    recv_r = pct(recv_d, recv[2023])
    per_batch = q(recv[2024] * 10000 / batches, 2)
    per_vis = q(recv[2024] * 10000 / visitors, 2)
    per_meet = q(meet * 10000 / meet_p, 2)
    per_train = q(train * 10000 / train_p, 2)
    op_d = op_prev - op
    op_r = pct(op_d, op_prev)
    op_per = q(op / staff_real, 2)
    gp = goods + serv
    sme = gp
    sme_r = pct(sme, gp)

    m = []
    m.append(B('title', '楒山县妇女联合会2024年度“三公”经费等支出情况说明'))
    m.append(B('sub', docno))
    m.append(B('p', '根据部门决算公开有关要求，现将县妇联2024年度“三公”经费、会议费、培训费和机关运行经费等支出情况说明如下。'
                    '县妇联为参照公务员法管理的群团机关，核定行政编制%d名，年末实有在职人员%d人。' % (staff_quota, staff_real)))
    m.append(B('h', '一、“三公”经费财政拨款支出总体情况'))
    m.append(B('p', '2024年度“三公”经费财政拨款支出预算%s万元，支出决算%s万元，完成预算的%s%%；决算数较上年减少%s万元，'
                    '下降%s%%，较2022年的%s万元下降%s%%。其中，因公出国（境）费%s万元，公务用车购置费%s万元，公务用车运行'
                    '维护费%s万元，公务接待费%s万元；公务用车运行维护费和公务接待费分别占“三公”经费支出的%s%%和%s%%。'
                    % (F(btot), F(tot[2024]), P(done), F(d1), P(r1), F(tot[2022]), P(r2), F(abroad[2024]),
                       F(buy[2024]), F(run[2024]), F(recv[2024]), P(sh_run), P(sh_recv))))
    L.ratio('三公完成预算', F(tot[2024]), F(btot), P(done))
    L.growth('三公较上年减少', F(tot[2024]), F(tot[2023]), F(d1), P(r1), '下降')
    L.growth('三公较2022年下降', F(tot[2024]), F(tot[2022]), None, P(r2), '下降')
    L.sum('三公2024 = 四项', F(tot[2024]), [F(abroad[2024]), F(buy[2024]), F(run[2024]), F(recv[2024])])
    L.ratio('运行维护费占三公', F(run[2024]), F(tot[2024]), P(sh_run))
    L.ratio('公务接待费占三公', F(recv[2024]), F(tot[2024]), P(sh_recv))
    rows = [['项目', '2022年', '2023年', '2024年']]
    rows.append(['因公出国（境）费'] + [F(abroad[y]) for y in Y])
    rows.append(['公务用车购置费'] + [F(buy[y]) for y in Y])
    rows.append(['公务用车运行维护费'] + [F(run[y]) for y in Y])
    rows.append(['公务接待费'] + [F(recv[y]) for y in Y])
    rows.append(['合计'] + [F(tot[y]) for y in Y])
    m.append(T(rows, cap='表1　2022—2024年“三公”经费决算对比（单位：万元）'))
    for y in Y:
        L.sum('表1 合计%d' % y, F(tot[y]), [F(abroad[y]), F(buy[y]), F(run[y]), F(recv[y])])
    rows = [['项目', '2024年预算数', '2024年决算数', '完成预算（%）']]
    rows.append(['因公出国（境）费', F(bud['abroad']), F(abroad[2024]), '—'])
    rows.append(['公务用车购置费', F(bud['buy']), F(buy[2024]), '—'])
    rows.append(['公务用车运行维护费', F(bud['run']), F(run[2024]), P(run_done)])
    rows.append(['公务接待费', F(bud['recv']), F(recv[2024]), P(recv_done)])
    rows.append(['合计', F(btot), F(tot[2024]), P(done)])
    m.append(T(rows, cap='表2　2024年“三公”经费预算执行情况（单位：万元）'))
    L.sum('表2 预算数合计', F(btot), [F(v) for v in bud.values()])
    L.ratio('表2 运行维护费完成预算', F(run[2024]), F(bud['run']), P(run_done))
    L.ratio('表2 公务接待费完成预算', F(recv[2024]), F(bud['recv']), P(recv_done))
    m.append(B('h', '二、“三公”经费具体情况'))
    m.append(B('p', '（一）因公出国（境）费。本年度未安排因公出国（境）团组，支出为零，与上年持平。'))
    m.append(B('p', '（二）公务用车购置及运行维护费。本年度未购置公务用车。公务用车运行维护费%s万元，完成预算的%s%%，较上年减少'
                    '%s万元，下降%s%%，主要用于1辆一般公务用车的%s%s万元、%s%s万元、%s%s万元和%s%s万元。截至2024年末，'
                    '公务用车保有量1辆。'
                    % (F(run[2024]), P(run_done), F(run_d), P(run_r), run_parts[0][0], F(run_parts[0][1]),
                       run_parts[1][0], F(run_parts[1][1]), run_parts[2][0], F(run_parts[2][1]),
                       run_parts[3][0], F(run_parts[3][1]))))
    L.growth('运行维护费较上年减少', F(run[2024]), F(run[2023]), F(run_d), P(run_r), '下降')
    L.sum('运行维护费 = 燃料 + 维修 + 保险 + 过路', F(run[2024]), [F(p[1]) for p in run_parts])
    m.append(B('p', '（三）公务接待费。公务接待费%s万元，完成预算的%s%%，比上年下降%s%%，减少%s万元。全年接待上级妇联'
                    '工作检查、兄弟县妇联学习交流等国内公务接待%d批次、%d人次（含陪同人员），平均每批次%s元，人均%s元；'
                    '无外事接待。'
                    % (F(recv[2024]), P(recv_done), P(recv_r), F(recv_d), batches, visitors, F(per_batch), F(per_vis))))
    L.growth('公务接待费比上年下降', F(recv[2024]), F(recv[2023]), F(recv_d), P(recv_r), '下降')
    L.ratio('平均每批次接待费 (元)', F(recv[2024]), str(batches), F(per_batch), 10000)
    L.ratio('人均接待费 (元)', F(recv[2024]), str(visitors), F(per_vis), 10000)
    m.append(B('h', '三、会议费和培训费支出情况'))
    m.append(B('p', '2024年度会议费支出%s万元，召开县妇女代表会议、执委会议等会议%d次，参会%d人次，人均%s元。培训费支出%s万元，'
                    '举办基层妇联干部、巾帼家政技能等培训班%d期，培训%d人次，人均%s元。'
                    % (F(meet), meet_n, meet_p, F(per_meet), F(train), train_n, train_p, F(per_train))))
    L.ratio('会议费人均 (元)', F(meet), str(meet_p), F(per_meet), 10000)
    L.ratio('培训费人均 (元)', F(train), str(train_p), F(per_train), 10000)
    m.append(B('h', '四、机关运行经费支出情况'))
    m.append(B('p', '2024年度机关运行经费支出%s万元，较上年的%s万元减少%s万元，降幅%s%%，按年末实有人数计人均%s万元，'
                    '主要是压减办公费和差旅费。'
                    % (F(op), F(op_prev), F(op_d), P(op_r), F(op_per))))
    L.growth('机关运行经费较上年减少', F(op), F(op_prev), F(op_d), P(op_r), '降幅')
    L.ratio('人均机关运行经费', F(op), str(staff_real), F(op_per), 1)
    m.append(B('h', '五、政府采购及国有资产占用情况'))
    m.append(B('p', '2024年度政府采购支出总额%s万元，其中货物类%s万元、服务类%s万元；授予中小企业合同金额%s万元，'
                    '占政府采购支出总额的%s%%。截至2024年12月31日，本单位共有车辆1辆，无单价50万元以上的设备。'
                    % (F(gp), F(goods), F(serv), F(sme), P(sme_r))))
    L.sum('政府采购 = 货物 + 服务', F(gp), [F(goods), F(serv)])
    L.ratio('授予中小企业占比', F(sme), F(gp), P(sme_r))
    m.append(B('p', '联系单位：楒山县妇女联合会办公室，联系电话：%s。' % phone))
    m.append(B('sign', '楒山县妇女联合会\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.anchor('anchor: 文号', docno)
    L.anchor('anchor: 联系电话', phone)
    L.facts.update(date=date, docno=docno)
    meta = dict(title='楒山县妇女联合会2024年度“三公”经费等支出情况说明', site='楒山县人民政府门户网站',
                nav=['首页', '政务公开', '政务服务', '互动交流', '走进楒山'],
                crumb=['首页', '政务公开', '财政资金', '部门决算'], issuer='楒山县妇女联合会')
    return m, L, meta, {}
