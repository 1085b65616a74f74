# -*- coding: utf-8 -*-
"""t06 — 滦沽县财政局 PPP 项目财政支出责任履行情况的报告 (docx)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't06_luangu_ppp_fiscal_liability_report_2024'
FMT = 'docx'
DATE = '2025年4月8日'
DOCNO = '滦沽财〔2025〕12号'


def pay_ratio(score):
    return Decimal100 if score >= 95 else D(score)


Decimal100 = D(100)


def build():
    L = Ledger(NAME + '.' + FMT)
    prj = [('城区集中供热管网改造项目', 86400, 20, '可行性缺口补助', '运营期', '4,860.00', 96),
           ('沽溪生态综合治理项目', 128600, 15, '政府付费', '运营期', '9,240.00', 90),
           ('县城地下综合管廊项目', 74200, 25, '可行性缺口补助', '运营期', '3,980.00', 95),
           ('沽北污水处理厂项目', 36500, 30, '可行性缺口补助', '运营期', '2,150.00', 97),
           ('城乡垃圾收运一体化项目', 28900, 15, '政府付费', '建设期', '2,635.00', 94),
           ('全民健身中心项目', 45800, 20, '可行性缺口补助', '建设期', '1,720.00', 86)]
    rows, inv, bud, paid = [], [], [], []
    for nm, iv, yrs, mech, ph, b, sc in prj:
        r = pay_ratio(sc)
        pr = F(r)
        pd = F(D(b) * r / 100)
        inv.append(iv); bud.append(b); paid.append(pd)
        rows.append([nm, I(iv), str(yrs), mech, b, str(sc), pd, pr])
        L.prod(f'表1 {nm} 实际支付 = 支出责任 x 支付比例', pd, [b, pr], div=100)
        L.rate(f'表1 {nm} 支付比例', pr, pd, b)
    tinv = sum(inv)
    tb = F(sum(D(b) for b in bud)); tp = F(sum(D(p) for p in paid))
    tr = pct(tp, tb)
    rows.append(['合计', I(tinv), '—', '—', tb, '—', tp, tr])
    L.sum('表1 总投资合计', I(tinv), [I(x) for x in inv])
    L.sum('表1 支出责任合计', tb, bud)
    L.sum('表1 实际支付合计', tp, paid)
    L.rate('表1 总支付比例', tr, tp, tb)
    inv_yi = F(D(tinv) / 10000)
    L.conv('总投资 万元 → 亿元', inv_yi, I(tinv), 10000)
    avg_inv = F(D(tinv) / len(prj))
    L.quot('平均每个项目总投资', avg_inv, I(tinv), str(len(prj)))
    L.count('在库项目个数', '6', [p[0] for p in prj])
    op = [p[0] for p in prj if p[4] == '运营期']
    L.count('运营期项目个数', '4', op)
    L.count('政府付费项目个数', '2', [p[0] for p in prj if p[3] == '政府付费'])
    L.count('可行性缺口补助项目个数', '4', [p[0] for p in prj if p[3] == '可行性缺口补助'])
    gov = [p[5] for p in prj if p[3] == '政府付费']
    gov_sum = F(sum(D(x) for x in gov))
    L.sum('政府付费类支出责任', gov_sum, gov)
    gov_sh = pct(gov_sum, tb)
    L.rate('政府付费类占支出责任', gov_sh, gov_sum, tb)
    unpaid = F(D(tb) - D(tp))
    L.signed('因考核扣减 = 支出责任 − 实际支付', unpaid, [tb], [tp])
    gpb = D('386450')
    gpb_yi = F(gpb / 10000)
    L.conv('一般公共预算支出 万元 → 亿元', gpb_yi, I(gpb), 10000)
    ratio = pct(tb, gpb)
    L.rate('支出责任占一般公共预算支出', ratio, tb, I(gpb))
    L.le('占比不超过10%', ratio, '10')
    last_b, last_p = D('23140.00'), D('22380.60')
    gb = growth(tb, last_b); gp = growth(tp, last_p)
    L.growth('支出责任比上年增长', gb, tb, F(last_b))
    L.growth('实际支付比上年增长', gp, tp, F(last_p))
    L.diff('支出责任比上年增加', F(D(tb) - last_b), tb, F(last_b))

    fut = [('2025', '25,130.00', '398,000'), ('2026', '26,480.00', '410,000'), ('2027', '27,350.00', '422,000'),
           ('2028', '27,920.00', '434,500'), ('2029', '28,210.00', '447,500')]
    rows2, rs = [], []
    for y, b, g in fut:
        r = pct(b, g)
        rs.append(r)
        rows2.append([y + '年', b, g, r])
        L.rate(f'表2 {y}年 占比', r, b, g)
    fsum = F(sum(D(b) for _, b, _ in fut))
    rows2.append(['合计', fsum, '—', '—'])
    L.sum('表2 2025—2029年支出责任合计', fsum, [b for _, b, _ in fut])
    mx = max(rs, key=D)
    L.same('最高占比年份为2027年', mx, rs[2])
    L.le('未来五年最高占比不超过10%', mx, '10')
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)

    model = [
        ('title', '滦沽县财政局关于2024年度政府和社会资本合作（PPP）项目财政支出责任履行情况的报告'),
        ('sub', DOCNO),
        ('p', '县人大常委会财政经济工作委员会：'),
        ('p', '按照规范实施政府和社会资本合作新机制的要求，现将我县存量PPP项目2024年度财政支出责任履行情况报告如下。'),
        ('h', '一、存量项目基本情况'),
        ('p', f'截至2024年12月31日，全县纳入全国PPP综合信息平台管理的存量项目6个，总投资{I(tinv)}万元（{inv_yi}亿元），'
              f'平均每个项目{avg_inv}万元。其中全面进入运营期的4个项目为{"、".join(op)}；'
              f'城乡垃圾收运一体化项目和全民健身中心项目分期建设，一期工程已投入运营、二期工程在建。'
              f'回报机制为政府付费的2个、可行性缺口补助的4个。'),
        ('h', '二、2024年度支出责任履行情况'),
        ('p', f'2024年全县PPP项目财政支出责任预算{tb}万元，比上年{F(last_b)}万元增加{F(D(tb) - last_b)}万元，增长{gb}%；'
              f'其中政府付费类{gov_sum}万元，占{gov_sh}%。全年按绩效考核结果实际支付{tp}万元，支付比例{tr}%，'
              f'比上年实际支付{F(last_p)}万元增长{gp}%；因考核扣减{unpaid}万元。按合同约定，考核得分95分及以上的按100%支付，'
              f'95分以下的按得分比例支付。'),
        T('表1　2024年度PPP项目财政支出责任及支付情况（万元）',
          ['项目名称', '总投资', '合作期（年）', '回报机制', '支出责任', '考核得分', '实际支付', '支付比例（%）'], rows),
        ('h', '三、财政承受能力情况'),
        ('p', f'2024年全县一般公共预算支出{I(gpb)}万元（{gpb_yi}亿元），PPP项目年度支出责任{tb}万元，占{ratio}%，'
              f'低于10%的红线。经测算，2025—2029年支出责任合计{fsum}万元，各年度占比最高为2027年的{mx}%，均未超过10%。'),
        T('表2　2025—2029年PPP项目支出责任测算（万元）', ['年度', '支出责任', '预计一般公共预算支出', '占比（%）'], rows2),
        ('h', '四、存在问题及下一步工作'),
        ('p', '一是全民健身中心项目建设进度滞后，考核得分偏低；二是个别项目绩效指标设置不够细化。'
              '下一步将严格按绩效付费，不新增PPP项目隐性债务，并将存量项目支出责任足额纳入年度预算。'),
        ('p', '特此报告。'),
        ('sign', ['滦沽县财政局', DATE]),
    ]
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    return model, L, {}
