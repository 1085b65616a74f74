# -*- coding: utf-8 -*-
"""t03 洇川县自然资源局 2024年度耕地占补平衡指标交易收入使用情况公开 (portal html)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't03_yinchuan_county_natural_resources_bureau_farmland_balance_quota_trading_income_use_disclosure_2024'
EXT = '.html'
META = {'format': 'html', 'issuer': '洇川县自然资源局', 'site': '洇川县人民政府门户网站',
        'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进洇川'],
        'crumb': ['首页', '政务公开', '财政资金', '专项资金']}


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '洇自然资〔2025〕4号'
    date = '2025年2月14日'
    phone = '0745-3154826'
    # ---- base inputs
    projects = [('薇坪镇土地整治项目', D('198.60')), ('嵛岭乡旱改水项目', D('176.30')), ('艿塘乡宜耕后备资源开发项目', D('137.40'))]
    trades = [('第1批', '2024年4月', '水田', D('126.40'), D('42.00')),
              ('第2批', '2024年8月', '旱地', D('215.75'), D('18.50')),
              ('第3批', '2024年11月', '水田', D('88.60'), D('43.50'))]
    received, prev_received = D('11840.00'), D('9620.50')
    uses = [('补充耕地项目建设', D('4200.00'), D('3865.20')), ('高标准农田建设配套', D('3500.00'), D('3262.80')),
            ('耕地保护补偿', D('1280.00'), D('1280.00')), ('土地整治项目前期工作', D('1620.00'), D('1466.36'))]
    comp_area, comp_std = D('64000'), D('200')
    # ---- derived
    newland = sum(v for _, v in projects)
    amts = [q(a * p) for _, _, _, a, p in trades]
    area = sum(a for _, _, _, a, _ in trades)
    paddy = sum(a for _, _, t, a, _ in trades if t == '水田')
    dry = area - paddy
    amount = sum(amts)
    avg = q(amount / area)
    stock = newland - area
    traded_share = pct(area, newland)
    rec_rate = pct(received, amount)
    unpaid = amount - received
    rg = received - prev_received
    rgr = pct(rg, prev_received)
    plan = sum(b for _, b, _ in uses)
    spent = sum(s for _, _, s in uses)
    exr = pct(spent, plan)
    unplanned = received - plan
    share1 = pct(uses[0][1], plan)
    assert comp_area * comp_std / 10000 == uses[2][1] and plan <= received

    M.append(('title', '洇川县2024年度耕地占补平衡指标交易收入使用情况公开'))
    M.append(('sub', '洇川县自然资源局　洇川县财政局　' + docno))
    M.append(('p', '为规范耕地占补平衡指标交易收入管理，提高资金使用透明度，现将2024年度全县补充耕地指标交易收入及使用情况公开如下。'))
    M.append(('h', '一、指标来源'))
    M.append(('p', '2024年用于交易的补充耕地指标来自县内已验收的补充耕地项目3个，即%s、%s和%s，新增耕地面积分别为%s亩、%s亩和%s亩，合计%s亩。'
                   % (projects[0][0], projects[1][0], projects[2][0], P(projects[0][1]), P(projects[1][1]),
                      P(projects[2][1]), P(newland))))
    L.count('补充耕地项目个数', '3', [n for n, _ in projects])
    L.sum('新增耕地面积合计', P(newland), [P(v) for _, v in projects])
    M.append(('h', '二、指标交易及收入情况'))
    M.append(('p', '全年通过补充耕地指标交易平台分3批成交指标%s亩，其中水田指标%s亩、旱地指标%s亩，占当年新增耕地面积的%s%%，'
                   '剩余%s亩纳入县级指标库储备。成交金额合计%s万元，平均每亩成交价%s万元。各批次成交情况如下：'
                   % (P(area), P(paddy), P(dry), P(traded_share), P(stock), F(amount), P(avg))))
    L.sum('成交面积 = 水田 + 旱地', P(area), [P(paddy), P(dry)])
    L.ratio('成交面积占新增耕地比例', P(traded_share), P(area), P(newland))
    L.diff('储备面积 = 新增耕地 - 成交面积', P(stock), P(newland), P(area))
    L.ratio('平均每亩成交价 = 成交金额 / 成交面积', P(avg), F(amount), P(area), 1)
    M.append(('unit', '面积单位：亩　金额单位：万元'))
    rows = [['批次', '成交时间', '指标类型', '成交面积', '单价（万元/亩）', '成交金额']]
    for (b, tm, t, a, p), m in zip(trades, amts):
        rows.append([b, tm, t, P(a), P(p), F(m)])
        L.prod('%s 成交金额 = 面积 x 单价' % b, F(m), P(a), P(p), 1)
    rows.append(['合计', '', '', P(area), '', F(amount)])
    M.append(('table', {'id': 'T1', 'rows': rows}))
    L.sum('表1 成交面积合计', P(area), [P(a) for _, _, _, a, _ in trades])
    L.sum('表1 成交金额合计', F(amount), [F(m) for m in amts])
    L.sum('水田指标 = 第1批 + 第3批', P(paddy), [P(trades[0][3]), P(trades[2][3])])
    M.append(('p', '截至2024年12月31日，实际到账交易收入%s万元，到账率%s%%；第3批尾款%s万元按合同约定于2025年3月31日前缴清。'
                   '到账收入增长%s%%，较上年增加%s万元（上年到账%s万元）。'
                   % (F(received), P(rec_rate), F(unpaid), P(rgr), F(rg), F(prev_received))))
    L.ratio('到账率 = 到账 / 成交金额', P(rec_rate), F(received), F(amount))
    L.diff('未到账 = 成交金额 - 到账', F(unpaid), F(amount), F(received))
    L.growth('到账收入增长（率在前）', F(received), F(prev_received), F(rg), P(rgr), '增长…增加')
    M.append(('h', '三、收入使用情况'))
    M.append(('p', '交易收入全额缴入县级国库，2024年安排使用%s万元，其余%s万元结转下年使用。安排资金中补充耕地项目建设%s万元，占%s%%。'
                   '全年实际支出%s万元，执行率%s%%，具体如下：'
                   % (F(plan), F(unplanned), F(uses[0][1]), P(share1), F(spent), P(exr))))
    L.diff('结转 = 到账 - 安排', F(unplanned), F(received), F(plan))
    L.ratio('补充耕地项目建设占安排资金比例', P(share1), F(uses[0][1]), F(plan))
    L.ratio('执行率 = 实际支出 / 安排', P(exr), F(spent), F(plan))
    M.append(('unit', '单位：万元'))
    rows = [['用途', '安排金额', '实际支出']]
    for n, b, s in uses:
        rows.append([n, F(b), F(s)])
    rows.append(['合计', F(plan), F(spent)])
    M.append(('table', {'id': 'T2', 'rows': rows}))
    L.sum('表2 安排金额合计', F(plan), [F(b) for _, b, _ in uses])
    L.sum('表2 实际支出合计', F(spent), [F(s) for _, _, s in uses])
    M.append(('p', '耕地保护补偿按每亩%s元标准对承担耕地保护任务的农村集体经济组织和农户给予补偿，补偿面积%s亩，资金已全部拨付到位。'
                   % (I(comp_std), I(comp_area))))
    L.prod('耕地保护补偿 = 面积 x 标准 (元 -> 万元)', F(uses[2][1]), I(comp_area), I(comp_std), 10000)
    M.append(('h', '四、管理情况'))
    M.append(('p', '2024年指标交易成交金额%s万元已全部纳入政府性基金预算管理，实行专款专用，不存在挤占挪用情况。如有疑问，请拨打%s。'
                   % (F(amount), phone)))
    L.same('成交金额重述', F(amount), 3)
    L.anchor('联系电话', phone)
    L.anchor('文号', docno)
    M.append(('sign', ['洇川县自然资源局', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    return M, L, META, {'date': date, 'docno': docno}
