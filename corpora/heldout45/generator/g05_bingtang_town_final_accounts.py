# -*- coding: utf-8 -*-
"""t05 橚山县栟塘镇人民政府 2024年度部门决算说明 (txt, space-aligned tables, with 三公)"""
from lib45 import *

NAME = 't05_sushan_county_bingtang_town_government_final_accounts_explanation_2024.txt'
FMT = 'txt_space'


def build():
    L = Ledger(NAME)
    date = '2025年9月12日'
    phone = '0762-3917052'
    offices = ['党政综合办公室', '经济发展办公室', '社会事务办公室', '综合治理办公室', '自然资源和规划建设办公室']
    insts = ['镇农业综合服务中心', '镇社会事务综合服务中心', '镇退役军人服务站']
    ed_admin, ed_inst, real, retired = 32, 28, 56, 19
    fin_inc, other_inc = D('3052.80'), D('133.62')
    carry_in = D('86.20')
    prev_inc = D('2968.35')
    func = [('一般公共服务支出', '1108.60'), ('公共安全支出', '46.38'), ('社会保障和就业支出', '412.35'),
            ('卫生健康支出', '96.40'), ('节能环保支出', '58.20'), ('城乡社区支出', '438.72'),
            ('农林水支出', '765.22'), ('住房保障支出', '92.75')]
    fin_initial = D('2760.00')
    person, public = D('1582.16'), D('244.18')
    other_exp = D('124.19')
    sg_rows = [('因公出国（境）费', '0.00', '0.00', '0.00'), ('公务用车购置费', '0.00', '0.00', '0.00'),
               ('公务用车运行维护费', '11.00', '9.82', '10.86'), ('公务接待费', '7.00', '4.54', '5.19')]
    recv_batch, recv_people, cars = 62, 486, 3
    op_cost, op_prev = D('186.45'), D('201.30')
    goods, works, serv, sme = D('82.40'), D('126.00'), D('28.40'), D('198.50')
    # ---- derived
    inc = fin_inc + other_inc
    dif_inc = inc - prev_inc
    g_inc = pct(dif_inc, prev_inc)
    fv = [D(v) for _, v in func]
    fin_exp = sum(fv)
    basic = person + public
    proj = fin_exp - basic
    exp = fin_exp + other_exp
    carry_out = carry_in + inc - exp
    shares = [pct(v, fin_exp) for v in fv]
    assert sum(shares) == 100, sum(shares)
    done = pct(fin_exp, fin_initial)
    sgb = sum(D(r[1]) for r in sg_rows)
    sgf = sum(D(r[2]) for r in sg_rows)
    sgp = sum(D(r[3]) for r in sg_rows)
    sg_done = pct(sgf, sgb)
    sg_dif = sgp - sgf
    sg_rate = pct(sg_dif, sgp)
    car_run, recv = D(sg_rows[2][2]), D(sg_rows[3][2])
    per_batch = q(recv * 10000 / recv_batch, 2)
    per_car = q(car_run / cars, 2)
    op_dif = op_prev - op_cost
    op_rate = pct(op_dif, op_prev)
    proc = goods + works + serv
    sme_sh = pct(sme, proc)
    top = max(range(len(fv)), key=lambda i: fv[i])

    f = lambda x: F(x)
    M = []
    M.append(TITLE('橚山县栟塘镇人民政府2024年度部门决算说明'))
    M.append(H('一、部门基本情况'))
    M.append(P_('本部门决算由镇政府本级和所属事业单位决算汇总而成。镇政府内设机构共%d个：%s；所属事业单位%d个，为%s。核定编制%d名（行政编制%d名、事业编制%d名），在职实有%d人，另有退休人员%d人。'
                % (len(offices), '、'.join(offices), len(insts), '、'.join(insts), ed_admin + ed_inst, ed_admin, ed_inst, real, retired)))
    L.count('内设机构', str(len(offices)), offices)
    L.count('所属事业单位', str(len(insts)), insts)
    L.sum('编制 = 行政 + 事业', str(ed_admin + ed_inst), [str(ed_admin), str(ed_inst)])
    M.append(H('二、收入支出决算总体情况'))
    M.append(P_('2024年度收入总计%s万元，其中财政拨款收入%s万元、其他收入%s万元；与上年相比，收入增加%s万元，增长%s%%（上年为%s万元）。支出总计%s万元，其中财政拨款支出%s万元，其他资金支出%s万元。年初结转和结余%s万元，年末结转和结余%s万元。'
                % (f(inc), f(fin_inc), f(other_inc), f(dif_inc), P(g_inc), f(prev_inc), f(exp), f(fin_exp), f(other_exp), f(carry_in), f(carry_out))))
    L.sum('收入总计 = 财政拨款 + 其他', f(inc), [f(fin_inc), f(other_inc)])
    L.growth('收入增长', f(inc), f(prev_inc), f(dif_inc), P(g_inc), '增加')
    L.sum('支出总计 = 财政拨款支出 + 其他资金支出', f(exp), [f(fin_exp), f(other_exp)])
    L.add('net', '年末结转结余 = 年初 + 收入 - 支出', prev=f(carry_in), inc=f(inc), out=f(exp), cur=f(carry_out))
    M.append(H('三、财政拨款支出决算情况'))
    M.append(P_('2024年度财政拨款支出%s万元，为年初预算%s万元的%s%%，主要是年中追加防汛救灾资金。按经济性质分，基本支出%s万元，其中人员经费%s万元、公用经费%s万元；项目支出%s万元。按功能分类如下：'
                % (f(fin_exp), f(fin_initial), P(done), f(basic), f(person), f(public), f(proj))))
    L.ratio('财政拨款支出为年初预算的%', f(fin_exp), f(fin_initial), P(done))
    L.sum('财政拨款支出 = 基本 + 项目', f(fin_exp), [f(basic), f(proj)])
    L.sum('基本支出 = 人员 + 公用', f(basic), [f(person), f(public)])
    M.append(CAP('表1  财政拨款支出决算（按功能分类）'))
    M.append(UNIT('单位：万元、%'))
    rows = [[n, f(v), P(s)] for (n, _), v, s in zip(func, fv, shares)]
    rows.append(['合计', f(fin_exp), '100.00'])
    M.append(TABLE('T1', ['科目名称', '决算数', '占比'], rows))
    L.sum('表1 决算数合计', f(fin_exp), [r[1] for r in rows[:-1]])
    L.sum('表1 占比合计', '100.00', [r[2] for r in rows[:-1]])
    for r in rows[:-1]:
        L.ratio('表1 %s 占比' % r[0], r[1], f(fin_exp), r[2])
    L.maxof('最大支出科目', rows[top][1], [r[1] for i, r in enumerate(rows[:-1]) if i != top], func[top][0])
    M.append(P_('%s规模最大。' % func[top][0]))
    M.append(H('四、“三公”经费财政拨款支出决算情况'))
    M.append(P_('2024年度“三公”经费财政拨款支出决算%s万元，完成年初预算%s万元的%s%%；比上年决算%s万元减少%s万元，下降%s%%。其中：因公出国（境）费和公务用车购置费均为0；公务用车运行维护费%s万元，年末公务用车保有量%d辆（应急保障用车1辆、执法执勤用车2辆），单车年均运行维护费%s万元；公务接待费%s万元，全年国内公务接待%d批次%s人次，平均每批次%s元。'
                % (f(sgf), f(sgb), P(sg_done), f(sgp), f(sg_dif), P(sg_rate), f(car_run), cars, f(per_car), f(recv), recv_batch, I(recv_people), f(per_batch))))
    L.ratio('三公完成预算', f(sgf), f(sgb), P(sg_done))
    L.growth('三公下降', f(sgf), f(sgp), f(sg_dif), P(sg_rate), '减少')
    L.ratio('单车年均运行维护费', f(car_run), str(cars), f(per_car), scale='1')
    L.ratio('平均每批次接待费（元）', f(recv), str(recv_batch), f(per_batch), scale='10000')
    L.sum('公务用车保有量 = 应急保障 1 + 执法执勤 2', str(cars), ['1', '2'])
    L.anchor('车辆构成', '应急保障用车1辆、执法执勤用车2辆')
    M.append(CAP('表2  “三公”经费财政拨款支出决算'))
    M.append(UNIT('单位：万元'))
    rows2 = [list(r) for r in sg_rows] + [['合计', f(sgb), f(sgf), f(sgp)]]
    M.append(TABLE('T2', ['项目', '年初预算', '决算数', '上年决算数'], rows2))
    for j, tot in ((1, sgb), (2, sgf), (3, sgp)):
        L.sum('表2 第%d列合计' % j, f(tot), [r[j] for r in rows2[:-1]])
    M.append(H('五、机关运行经费支出情况'))
    M.append(P_('2024年度镇政府本级（行政单位）机关运行经费支出%s万元，比上年的%s万元减少%s万元，降低%s%%，主要是压减办公费和差旅费。'
                % (f(op_cost), f(op_prev), f(op_dif), P(op_rate))))
    L.growth('机关运行经费降低', f(op_cost), f(op_prev), f(op_dif), P(op_rate), '降低')
    L.le('机关运行经费（行政单位）不超过全部公用经费', f(op_cost), f(public))
    M.append(H('六、政府采购及国有资产占用情况'))
    M.append(P_('2024年度政府采购支出总额%s万元，其中货物%s万元、工程%s万元、服务%s万元；授予中小企业合同金额%s万元，占政府采购支出总额的%s%%。截至2024年12月31日，共有车辆%d辆。'
                % (f(proc), f(goods), f(works), f(serv), f(sme), P(sme_sh), cars)))
    L.sum('政府采购 = 货物 + 工程 + 服务', f(proc), [f(goods), f(works), f(serv)])
    L.ratio('中小企业合同占比', f(sme), f(proc), P(sme_sh))
    M.append(H('七、预算绩效管理情况'))
    M.append(P_('本镇2024年度项目已全部开展绩效自评，结果将于2025年10月底前报县财政局。咨询电话：%s。' % phone))
    L.anchor('咨询电话', phone)
    M.append(SIGN('橚山县栟塘镇人民政府', date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.facts.update(date=date, docno='')
    meta = {'title': '橚山县栟塘镇人民政府2024年度部门决算说明', 'author': ''}
    return M, L, meta
