# -*- coding: utf-8 -*-
"""t06: 桴衡会计师事务所 关于甍山县水务集团有限公司2024年度污水处理特许经营服务费核定的审计报告 (docx)."""
from lib49 import D, F, P, q, pct, Ledger

NAME = 't06_mengshan_county_water_group_sewage_treatment_concession_fee_verification_audit_report_2024'
FMT = 'docx'
DATE = '2025年4月22日'
DOCNO = '桴衡审字〔2025〕第036号'


def build():
    L = Ledger(NAME + '.docx')
    price = D('1.12')
    plants = [('甍山县城东污水处理厂', '3.0', '1,003.56', '990.12'), ('甍山县城西污水处理厂', '2.0', '639.24', '628.33')]
    cap = sum(D(p[1]) for p in plants)
    decl = sum(D(p[2]) for p in plants)
    appr = sum(D(p[3]) for p in plants)
    cut = decl - appr
    cut_rate = pct(cut, decl)
    days = 366
    daily = P(appr / days, 3)
    load = pct(D(daily), cap)
    fees = [F(D(p[3]) * price) for p in plants]
    base_fee = sum(D(f) for f in fees)
    assert F(appr * price) == F(base_fee)
    decl_fee = F(decl * price)
    deduct = D('8.64')
    fee = base_fee - deduct
    monthly = D('125.00')
    paid = monthly * 12
    topup = fee - paid
    costs = [('电费', '486.35'), ('药剂费', '212.60'), ('人工费', '398.40'), ('污泥处置费', '176.52'), ('维修费', '142.18'),
             ('折旧及其他', '147.23')]
    cost = sum(D(v) for _, v in costs)
    unit_cost = P(cost / appr, 3)
    staff = 46
    wage_avg = P(D(costs[2][1]) / staff)
    problems = ['进水在线监测设备未按期校准', '污泥处置转移联单不完整', '部分药剂采购未执行比选程序', '固定资产折旧年限与协议约定不一致']
    rect = [(problems[0], '委托有资质机构完成校准，建立校准台账', '2025年4月15日', '已完成'),
            (problems[1], '补齐转移联单，与处置单位逐月对账', '2025年5月31日', '整改中'),
            (problems[2], '修订采购管理办法，药剂实行集中比选', '2025年6月30日', '整改中'),
            (problems[3], '按协议约定调整折旧年限并追溯调整成本', '2025年9月30日', '整改中')]

    L.anchor('文号', DOCNO)
    L.count('污水处理厂2座，即…', '2', [p[0] for p in plants])
    L.sum('设计规模合计（分别为）', P(cap, 1), [p[1] for p in plants])
    L.sum('表1 申报水量合计', F(decl), [p[2] for p in plants])
    L.sum('表1 核定水量合计', F(appr), [p[3] for p in plants])
    L.diff('核减水量 = 申报 - 核定', F(decl), F(appr), F(cut))
    L.ratio('核减率', F(cut), F(decl), cut_rate)
    L.ratio('日均处理水量（366天）', F(appr), str(days), daily, scale=1)
    L.ratio('平均负荷率 = 日均 / 设计规模', daily, P(cap, 1), load)
    for p, f in zip(plants, fees):
        L.prod('表1 %s 核定服务费 = 核定水量 x 单价' % p[0], p[3], '1.12', f)
    L.sum('表1 核定服务费合计', F(base_fee), fees)
    L.prod('基本服务费 = 核定水量合计 x 单价', F(appr), '1.12', F(base_fee))
    L.prod('申报服务费 = 申报水量 x 单价', F(decl), '1.12', decl_fee)
    L.diff('核定服务费 = 基本服务费 - 扣减', F(base_fee), F(deduct), F(fee))
    L.diff('核减服务费 = 申报 - 核定', decl_fee, F(fee), F(D(decl_fee) - fee))
    L.prod('已预拨 = 每月 x 12', F(monthly), '12', F(paid))
    L.diff('应补拨 = 核定 - 已预拨', F(fee), F(paid), F(topup))
    L.sum('运营成本 其中', F(cost), [v for _, v in costs])
    L.ratio('单位处理成本（元/吨）', F(cost), F(appr), unit_cost, scale=1)
    L.le('单位处理成本低于服务费单价', unit_cost, '1.12')
    L.ratio('人均人工费', costs[2][1], str(staff), wage_avg, scale=1)
    L.count('审计发现问题4个，即…', '4', problems)
    L.count('整改表行数 = 问题数 4', '4', [r[0] for r in rect])
    L.same('核定水量写三次（正文、表、结论）', F(appr), 3)
    L.same('核定服务费写两次（正文、结论）', F(fee), 2)
    L.anchor('审计结论复述', '核定污水处理特许经营服务费%s万元' % F(fee))
    L.dated('落款日期晚于年度终了', DATE, '2024年12月31日')
    L.dated('落款日期晚于审计现场工作结束', DATE, '2025年3月21日')
    for r in rect[1:]:
        L.dated('整改时限（计划日期）晚于落款：%s' % r[0], r[2], DATE)
    L.dated('已完成事项时限早于落款', DATE, rect[0][2])

    t1 = [['污水处理厂', '设计规模（万吨/日）', '申报水量（万吨）', '核定水量（万吨）', '核定服务费（万元）']]
    for p, f in zip(plants, fees):
        t1.append([p[0], p[1], p[2], p[3], f])
    t1.append(['合计', P(cap, 1), F(decl), F(appr), F(base_fee)])
    t2 = [['问题', '整改措施', '完成时限', '整改状态']] + [list(r) for r in rect]

    m = []
    m.append(('title', '关于甍山县水务集团有限公司2024年度污水处理特许经营服务费核定的审计报告'))
    m.append(('sub', DOCNO))
    m.append(('to', '甍山县住房和城乡建设局：'))
    m.append(('p', '我们接受委托，对甍山县水务集团有限公司（以下简称水务集团）2024年度县城污水处理特许经营服务费进行了'
                   '审计核定，现场工作时间为2025年2月17日至3月21日。提供真实、完整的资料是水务集团的责任，'
                   '我们的责任是在实施审计工作的基础上发表审计意见。'))
    m.append(('h', '一、基本情况'))
    m.append(('p', '根据特许经营协议，特许经营期限为2016年1月1日至2045年12月31日。水务集团运营污水处理厂2座，即%s和%s，'
                   '设计处理规模分别为%s万吨/日和%s万吨/日，合计%s万吨/日。2024年执行的服务费单价为1.12元/吨，'
                   '按核定水量结算，出水水质不达标的按协议扣减。'
                   % (plants[0][0], plants[1][0], plants[0][1], plants[1][1], P(cap, 1))))
    m.append(('h', '二、核定结果'))
    m.append(('p', '水务集团申报2024年度污水处理量%s万吨，经核查进水在线监测数据、电耗记录及药剂领用台账，'
                   '核定处理水量%s万吨，核减%s万吨，核减率%s%%。按全年366天计算，日均处理水量%s万吨，平均负荷率%s%%。'
                   % (F(decl), F(appr), F(cut), cut_rate, daily, load)))
    m.append(('unit', '表1　污水处理量及服务费核定情况'))
    m.append(('table', {'id': 'T1', 'rows': t1}))
    m.append(('p', '按核定水量计算的基本服务费为%s万元（申报%s万元）。城西污水处理厂8月出水总氮超标6天，按协议扣减服务费'
                   '%s万元，核定2024年度服务费%s万元，较申报数核减%s万元。全年已按每月%s万元预拨%s万元。'
                   % (F(base_fee), decl_fee, F(deduct), F(fee), F(D(decl_fee) - fee), F(monthly), F(paid))))
    m.append(('h', '三、运营成本审核情况'))
    m.append(('p', '经审核，2024年度污水处理运营成本%s万元，其中%s。按核定水量计算，单位处理成本%s元/吨，'
                   '低于服务费单价。运营人员%d人，人均人工费%s万元。'
                   % (F(cost), '、'.join('%s%s万元' % c for c in costs), unit_cost, staff, wage_avg)))
    m.append(('h', '四、审计发现的问题及整改情况'))
    m.append(('p', '审计发现问题4个，即%s。水务集团已制定整改方案，整改情况如下：' % '、'.join(problems)))
    m.append(('table', {'id': 'T2', 'rows': t2}))
    m.append(('h', '五、审计结论'))
    m.append(('p', '我们认为，水务集团2024年度污水处理运营总体规范。核定2024年度县城污水处理量%s万吨，'
                   '核定污水处理特许经营服务费%s万元，扣除已预拨的%s万元，应补拨%s万元。建议按核定结果办理结算，'
                   '并督促水务集团在上表时限内完成整改。' % (F(appr), F(fee), F(paid), F(topup))))
    m.append(('sign', ['桴衡会计师事务所（普通合伙）', '中国注册会计师：（签章）', DATE]))
    facts = {'date': DATE, 'docno': DOCNO}
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'facts': facts}
