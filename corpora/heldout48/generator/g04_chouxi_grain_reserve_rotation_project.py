# -*- coding: utf-8 -*-
"""t04 椆溪县粮食和物资储备中心 县级储备粮轮换费用项目2024年度项目支出绩效自评报告 (pdf)."""
from lib48 import D, q, F, P, I, pct, Ledger, B, T

NAME = 't04_chouxi_county_grain_reserve_center_reserve_grain_rotation_cost_project_selfeval_2024.pdf'
FMT = 'pdf'


def build():
    L = Ledger(NAME)
    docno = '椆粮储〔2025〕3号'
    date = '2025年3月28日'
    wheat, rice = 9000, 6000
    depots = [('薁塘库点', 6500), ('藦冲库点', 5000), ('椐湾库点', 3500)]
    rot_w, rot_r = 3000, 2000
    std_w, std_r = 90, 110
    lines = [('轮换费用补贴', None, None), ('质量检验费', D('6.40'), D('5.92')), ('仓储设施维护', D('8.60'), D('6.91'))]
    prev_fund = D('58.60')
    quarters = [1020, 1480, 1260]
    spent_9 = D('42.18')
    gap_w, gap_r, gap_max = D('2.4'), D('3.1'), 4
    samples, passed = 64, 64
    stored_s, stored_ok = 48, 47
    spread, spread_t = 74, 3000
    # ---- derived
    scale = wheat + rice
    assert sum(d[1] for d in depots) == scale
    rot = rot_w + rot_r
    rot_sh = pct(rot, scale)
    sub_w = q(D(rot_w) * std_w / 10000, 2)
    sub_r = q(D(rot_r) * std_r / 10000, 2)
    sub = sub_w + sub_r
    lines[0] = ('轮换费用补贴', sub, sub)
    bud = sum(x[1] for x in lines)
    spent = sum(x[2] for x in lines)
    lrate = [pct(x[2], x[1]) for x in lines]
    rate = pct(spent, bud)
    per_ton = q(sub * 10000 / rot, 2)
    fund_d = bud - prev_fund
    fund_r = pct(fund_d, prev_fund)
    q4 = rot - sum(quarters)
    to9 = sum(quarters)
    to9_r = pct(to9, rot)
    full_r = pct(rot, rot)
    sp9_r = pct(spent_9, bud)
    pass_r = pct(passed, samples)
    keep_r = pct(stored_ok, stored_s)
    spread_amt = q(D(spread) * spread_t / 10000, 2)
    # scores
    s_rate = q(rate / 10, 2)
    s_keep = q(keep_r / 10, 2)
    score = [('决策', '项目立项', 4, D('4.00')), ('决策', '绩效目标', 4, D('4.00')), ('决策', '资金投入', 4, D('3.50')),
             ('过程', '资金到位率', 5, D('5.00')), ('过程', '预算执行率', 10, s_rate),
             ('过程', '资金使用合规性', 5, D('5.00')), ('过程', '管理制度执行', 8, D('7.20')),
             ('产出', '轮换数量完成率', 10, D('10.00')), ('产出', '入库质量合格率', 10, D('10.00')),
             ('产出', '轮换时效', 10, D('8.50')), ('产出', '每吨轮换费用控制', 5, D('5.00')),
             ('效益', '储备粮宜存率', 10, s_keep), ('效益', '库存账实相符', 5, D('5.00')),
             ('效益', '应急保供能力', 10, D('9.00'))]
    assert sum(s[2] for s in score) == 100 and all(s[3] <= s[2] for s in score)
    total = sum(s[3] for s in score)
    bands = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]
    grade = '优'
    assert total >= 90

    m = []
    m.append(B('title', '椆溪县县级储备粮轮换费用项目2024年度项目支出绩效自评报告'))
    m.append(B('sub', docno))
    m.append(B('h', '一、项目基本情况'))
    m.append(B('p', '县级储备粮规模%s吨，其中小麦%s吨、稻谷%s吨，由县粮食和物资储备中心委托县粮食购销公司承储，分储于%d个库点，'
                    '即%s、%s和%s，储存量分别为%s吨、%s吨和%s吨。按照“推陈储新、均衡轮换”的要求，2024年下达轮换计划%s吨'
                    '（小麦%s吨、稻谷%s吨），占储备规模的%s%%。'
                    % (I(scale), I(wheat), I(rice), len(depots), *[d[0] for d in depots], *[I(d[1]) for d in depots],
                       I(rot), I(rot_w), I(rot_r), P(rot_sh))))
    L.sum('储备规模 = 小麦 + 稻谷', I(scale), [I(wheat), I(rice)])
    L.count('库点3个', str(len(depots)), [d[0] for d in depots])
    L.sum('储存量分库点合计', I(scale), [I(d[1]) for d in depots])
    L.sum('轮换计划 = 小麦 + 稻谷', I(rot), [I(rot_w), I(rot_r)])
    L.ratio('轮换计划占储备规模', I(rot), I(scale), P(rot_sh))
    m.append(B('p', '轮换费用补贴标准为小麦每吨%d元、稻谷每吨%d元。2024年县级财政安排项目资金%s万元，比上年的%s万元增加%s万元，'
                    '增长%s%%，包括轮换费用补贴%s万元（小麦%s万元、稻谷%s万元）、质量检验费%s万元和仓储设施维护%s万元。'
                    % (std_w, std_r, F(bud), F(prev_fund), F(fund_d), P(fund_r), F(sub), F(sub_w), F(sub_r),
                       F(lines[1][1]), F(lines[2][1]))))
    L.prod('小麦轮换补贴 = 吨数 x 标准', I(rot_w), str(std_w), F(sub_w), D('0.0001'))
    L.prod('稻谷轮换补贴 = 吨数 x 标准', I(rot_r), str(std_r), F(sub_r), D('0.0001'))
    L.sum('轮换费用补贴 = 小麦 + 稻谷', F(sub), [F(sub_w), F(sub_r)])
    L.sum('项目资金 = 三项', F(bud), [F(x[1]) for x in lines])
    L.growth('项目资金比上年增加', F(bud), F(prev_fund), F(fund_d), P(fund_r), '增长')
    m.append(B('h', '二、资金使用情况'))
    m.append(B('p', '项目资金全部到位，到位率100%%。全年支出%s万元，预算执行率%s%%，结余%s万元按规定收回县级财政。'
                    % (F(spent), P(rate), F(bud - spent))))
    rows = [['支出内容', '预算数', '支出数', '执行率（%）']]
    for (nm, b, s), r in zip(lines, lrate):
        rows.append([nm, F(b), F(s), P(r)])
    rows.append(['合计', F(bud), F(spent), P(rate)])
    m.append(T(rows, cap='表1　项目资金支出明细', unit='单位：万元、%'))
    L.sum('表1 预算数合计', F(bud), [F(x[1]) for x in lines])
    L.sum('表1 支出数合计', F(spent), [F(x[2]) for x in lines])
    for (nm, b, s), r in zip(lines, lrate):
        L.ratio('表1 执行率 %s' % nm, F(s), F(b), P(r))
    L.ratio('预算执行率', F(spent), F(bud), P(rate))
    L.diff('结余 = 预算 - 支出', F(bud), F(spent), F(bud - spent))
    L.min('执行率最低 仓储设施维护', '仓储设施维护', [[x[0], P(r)] for x, r in zip(lines, lrate)])
    m.append(B('p', '执行率最低的是仓储设施维护（%s%%），主要是椐湾库点屋面防水工程经比选后中标价低于预算。'
                    '平均每吨轮换费用补贴%s元，介于小麦和稻谷两个标准之间。' % (P(lrate[2]), F(per_ton))))
    L.ratio('平均每吨轮换费用补贴 (元)', F(sub), I(rot), F(per_ton), 10000)
    m.append(B('h', '三、绩效目标完成情况'))
    m.append(B('p', '（一）轮换进度。一季度完成轮换入库%s吨，二季度%s吨，三季度%s吨，四季度%s吨。截至9月底累计完成%s吨，'
                    '占年度计划的%s%%；1—9月项目支出%s万元，支出进度%s%%。全年完成轮换%s吨，完成率%s%%。轮换出库须在'
                    '2024年10月31日前完成，实际均按期出库。'
                    % (I(quarters[0]), I(quarters[1]), I(quarters[2]), I(q4), I(to9), P(to9_r), F(spent_9), P(sp9_r),
                       I(rot), P(full_r))))
    L.sum('四个季度 = 全年轮换', I(rot), [I(x) for x in quarters] + [I(q4)])
    L.sum('截至9月底累计', I(to9), [I(x) for x in quarters])
    L.ratio('截至9月底完成比例', I(to9), I(rot), P(to9_r))
    L.ratio('1—9月支出进度', F(spent_9), F(bud), P(sp9_r))
    L.ratio('全年轮换完成率', I(rot), I(rot), P(full_r))
    m.append(B('p', '（二）轮换时效。小麦平均架空期%s个月、稻谷%s个月，均未超过%d个月的规定；二季度稻谷入库因降雨推迟15天，'
                    '“轮换时效”指标扣1.50分。' % (P(gap_w, 1), P(gap_r, 1), gap_max)))
    L.le('小麦架空期不超过4个月', P(gap_w, 1), str(gap_max))
    L.le('稻谷架空期不超过4个月', P(gap_r, 1), str(gap_max))
    L.diff('轮换时效扣分', '10', '8.50', '1.50')
    m.append(B('p', '（三）质量安全。入库检验样品%d个，合格%d个，合格率%s%%；年末抽检在储粮%d份，宜存%d份，宜存率%s%%。'
                    '小麦轮换出入库价差收益每吨%d元，%s吨共%s万元，已缴入县级国库，不计入本项目资金。'
                    % (samples, passed, P(pass_r), stored_s, stored_ok, P(keep_r), spread, I(spread_t),
                       F(spread_amt))))
    L.ratio('入库合格率', str(passed), str(samples), P(pass_r))
    L.ratio('宜存率', str(stored_ok), str(stored_s), P(keep_r))
    L.prod('价差收益 = 每吨价差 x 吨数', str(spread), I(spread_t), F(spread_amt), D('0.0001'))
    m.append(B('h', '四、自评得分及结论'))
    m.append(B('p', '评分标准：总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, v, s in score:
        rows.append([a, b, str(v), P(s)])
    rows.append(['合计', '', '100', P(total)])
    m.append(T(rows, cap='表2　项目支出绩效自评评分表'))
    L.sum('表2 分值合计', '100', [str(s[2]) for s in score])
    L.sum('表2 得分合计', P(total), [P(s[3]) for s in score])
    L.ratio('表2 预算执行率得分', P(rate), '1', P(s_rate), D('0.1'))
    L.ratio('表2 宜存率得分', P(keep_r), '1', P(s_keep), D('0.1'))
    m.append(B('p', '经综合评价，本项目2024年度自评得分%s分，等级为“%s”。下一步将把轮换计划分解到月，避开汛期集中入库。'
                    % (P(total), grade)))
    L.band('自评等级', P(total), grade, bands)
    L.same('same: 总分写两次', P(total), 2)
    m.append(B('sign', '椆溪县粮食和物资储备中心\n%s' % date))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.anchor('anchor: 文号', docno)
    L.facts.update(date=date, docno=docno)
    from reportlab.lib.units import mm
    meta = dict(title='椆溪县县级储备粮轮换费用项目2024年度项目支出绩效自评报告',
                colw=[[60 * mm, 35 * mm, 35 * mm, 36 * mm], [35 * mm, 65 * mm, 33 * mm, 33 * mm]])
    return m, L, meta, {}
