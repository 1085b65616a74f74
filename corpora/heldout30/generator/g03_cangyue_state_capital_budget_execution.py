"""t03 — 河北省沧岳市财政局 关于2024年市级国有资本经营预算执行情况的说明 (.pdf)"""
import sys
from lk30 import D, F, q, pct, Ledger, T, run

NAME = 't03_cangyue_state_capital_budget_execution_2024.pdf'

ENT = [  # 企业, 2023年度净利润(万元), 收取比例(%)
    ('沧岳市城市建设投资集团有限公司', '18,652.40', '20'),
    ('沧岳市交通投资集团有限公司', '12,836.50', '20'),
    ('沧岳市水务集团有限公司', '6,214.80', '15'),
    ('沧岳市文化旅游投资有限公司', '3,426.60', '10'),
    ('沧岳市国有资产经营有限公司', '9,840.20', '25'),
    ('沧岳市粮食储备有限公司', '1,318.70', '10'),
    ('沧岳市公共交通集团有限公司', None, None),   # 政策性亏损, 免缴
]
INC = [  # 项目, 预算, 上年执行; 执行 of 利润 = sum of ENT
    ('利润收入', '9,800.00', '9,635.72'),
    ('股利、股息收入', '2,600.00', '2,486.30'),
    ('产权转让收入', '1,500.00', '1,742.60'),
    ('其他国有资本经营预算收入', '300.00', '268.45'),
]
INC_ACT = {'股利、股息收入': '2,713.50', '产权转让收入': '1,186.20', '其他国有资本经营预算收入': '352.74'}
EXP = [  # 项目, 预算, 执行
    ('国有企业资本金注入', '5,600.00', '5,420.00'),
    ('国有企业政策性补贴', '1,800.00', '1,800.00'),
    ('解决历史遗留问题及改革成本支出', '1,500.00', '1,362.48'),
    ('其他国有资本经营预算支出', '800.00', '743.36'),
]


def build():
    L = Ledger(NAME)
    ent = []
    for e, np_, r in ENT:
        if np_ is None:
            ent.append((e, '—', '—', '0.00'))
        else:
            ent.append((e, np_, r, F(D(np_) * D(r) / 100)))
    profit = sum(D(x[3]) for x in ent)
    act = {'利润收入': F(profit)}
    act.update(INC_ACT)
    inc_b = sum(D(x[1]) for x in INC)
    inc_a = sum(D(act[x[0]]) for x in INC)
    inc_p = sum(D(x[2]) for x in INC)
    rows1 = []
    for k, b, p in INC:
        a = act[k]
        g = pct(D(a) - D(p), D(p))
        rows1.append([k, b, a, F(pct(D(a), D(b))), p, F(g, 2, sign=True)])
    g_tot = pct(inc_a - inc_p, inc_p)
    carry_in = D('186.45')
    tot_src = inc_a + carry_in
    tr_b = q(inc_b * D('0.3'))
    tr_a = q(inc_a * D('0.3'))
    exp_b = sum(D(x[1]) for x in EXP)
    exp_a = sum(D(x[2]) for x in EXP)
    carry_out = tot_src - exp_a - tr_a
    yi = q(inc_a / 10000)
    rows3 = [[k, b, a, F(pct(D(a), D(b)))] for k, b, a in EXP]
    sh = {k: pct(D(a), exp_a) for k, b, a in EXP}
    # 国企总体
    assets, liab = D('856.32'), D('512.48')
    assets0, liab0 = D('798.60'), D('487.32')
    lr, lr0 = pct(liab, assets), pct(liab0, assets0)
    equity = assets - liab
    inj1, inj2 = D('3,000.00'.replace(',', '')), D('2,420.00'.replace(',', ''))
    n_ent = len(ENT)
    n_pay = sum(1 for x in ENT if x[1] is not None)

    B = [
        ['TITLE', '关于2024年市级国有资本经营预算执行情况的说明'],
        ['SUB', '沧岳市财政局'],
        ['P', f"2024年，在市委、市政府的坚强领导下，市财政局会同市国资委，认真贯彻《中华人民共和国预算法》和国务院关于"
              f"进一步完善国有资本经营预算制度的有关要求，按照“收支平衡、统筹兼顾、突出重点”的原则，做好市级国有资本"
              f"经营预算收支管理工作。全年市级国有资本经营预算收入{yi}亿元，完成年初预算的{F(pct(inc_a, inc_b))}%。"
              f"现将执行情况说明如下："],
        ['H1', '一、收入执行情况'],
        ['P', f"2024年市级国有资本经营预算收入{F(inc_a)}万元，为预算的{F(pct(inc_a, inc_b))}%，比上年执行数"
              f"{F(inc_p)}万元增长{F(g_tot)}%。加上上年结转收入{F(carry_in)}万元，收入总计{F(tot_src)}万元。分项目看："],
        ['P', f"利润收入{act['利润收入']}万元，完成预算的{rows1[0][3]}%，增长{rows1[0][5].lstrip('+')}%。纳入市级国有资本经营"
              f"预算编制范围的企业{n_ent}户，其中{n_pay}户按2023年度经审计的归属于母公司所有者的净利润和规定比例上缴利润，"
              f"沧岳市公共交通集团有限公司因承担公益性服务发生政策性亏损，按规定免缴。"],
        ['P', f"股利、股息收入{act['股利、股息收入']}万元，完成预算的{rows1[1][3]}%，主要是市属参股企业现金分红增加。"],
        ['P', f"产权转让收入{act['产权转让收入']}万元，完成预算的{rows1[2][3]}%，比上年下降{rows1[2][5].lstrip('-')}%，"
              f"主要是原计划转让的部分闲置房产因市场原因未能如期成交。"],
        ['P', f"其他国有资本经营预算收入{act['其他国有资本经营预算收入']}万元，完成预算的{rows1[3][3]}%。"],
        T('表1  2024年市级国有资本经营收入预算执行情况表',
          [['项目', '预算数', '执行数', '完成预算\n（%）', '上年执行数', '同比增减\n（%）']],
          rows1 + [['收入合计', F(inc_b), F(inc_a), F(pct(inc_a, inc_b)), F(inc_p), F(g_tot, 2, sign=True)]],
          '单位：万元'),
        T('表2  2024年市级国有企业利润上缴情况表',
          [['企业名称', '2023年度净利润', '收取比例\n（%）', '应缴利润']],
          [list(x) for x in ent] + [['合计', '—', '—', act['利润收入']]],
          '单位：万元'),
        ['H1', '二、支出执行情况'],
        ['P', f"2024年市级国有资本经营预算支出{F(exp_a)}万元，为预算的{F(pct(exp_a, exp_b))}%。主要是："],
        ['P', f"国有企业资本金注入{EXP[0][2]}万元，占支出的{F(sh[EXP[0][0]])}%，其中向沧岳市城市建设投资集团有限公司注入"
              f"资本金{F(inj1)}万元，用于城市更新项目；向沧岳市交通投资集团有限公司注入资本金{F(inj2)}万元，用于城乡公交"
              f"一体化项目。"],
        ['P', f"国有企业政策性补贴{EXP[1][2]}万元，占支出的{F(sh[EXP[1][0]])}%，全部用于弥补沧岳市公共交通集团有限公司"
              f"执行低票价、老年人免费乘车等政策形成的亏损。"],
        ['P', f"解决历史遗留问题及改革成本支出{EXP[2][2]}万元，占支出的{F(sh[EXP[2][0]])}%，主要用于厂办大集体改革和退休人员"
              f"社会化管理；其他国有资本经营预算支出{EXP[3][2]}万元，占支出的{F(sh[EXP[3][0]])}%。"],
        T('表3  2024年市级国有资本经营支出预算执行情况表',
          [['项目', '预算数', '执行数', '完成预算\n（%）']],
          rows3 + [['支出合计', F(exp_b), F(exp_a), F(pct(exp_a, exp_b))]],
          '单位：万元'),
        ['H1', '三、调出资金和结转情况'],
        ['P', f"按照国有资本经营预算调入一般公共预算的比例不低于30%的规定，2024年按当年收入的30%调出资金{F(tr_a)}万元"
              f"（预算{F(tr_b)}万元），统筹用于保障和改善民生。收入总计{F(tot_src)}万元，减去支出{F(exp_a)}万元和调出资金"
              f"{F(tr_a)}万元，结转下年{F(carry_out)}万元。"],
        ['H1', '四、市属国有企业总体情况'],
        ['P', f"截至2024年12月31日，市属国有企业资产总额{F(assets)}亿元，负债总额{F(liab)}亿元，所有者权益{F(equity)}亿元；"
              f"资产负债率{F(lr)}%，比上年末的{F(lr0)}%下降{F(lr0 - lr)}个百分点（上年末资产总额{F(assets0)}亿元、负债总额"
              f"{F(liab0)}亿元）。"],
        ['H1', '五、下一步工作'],
        ['P', '一是扩大国有资本经营预算实施范围，推动市属国有企业全覆盖；二是健全国有资本收益收取机制，研究按企业功能'
              '分类设置差异化的收取比例；三是加强支出绩效管理，对资本金注入项目开展绩效跟踪评价，提高国有资本配置效率。'],
        ['BLANK'],
        ['RIGHT', '沧岳市财政局'],
        ['RIGHT', '2025年1月18日'],
    ]

    L.fact('收入执行 万元', F(inc_a)); L.fact('支出执行 万元', F(exp_a)); L.fact('date', '2025年1月18日')
    for e in ent:
        if e[1] != '—':
            L.prod(f'表2 {e[0]} 应缴利润 = 净利润 x 比例', e[3], [e[1], e[2]], div=100)
    L.sum('表2 应缴利润合计 = 利润收入', act['利润收入'], [e[3] for e in ent])
    L.count('纳入编制范围企业户数 = 表2 行数', str(n_ent), [e[0] for e in ent])
    L.count('上缴企业户数', str(n_pay), [e[0] for e in ent if e[1] != '—'])
    L.sum('表1 预算数合计', F(inc_b), [x[1] for x in INC])
    L.sum('表1 执行数合计', F(inc_a), [act[x[0]] for x in INC])
    L.sum('表1 上年执行数合计', F(inc_p), [x[2] for x in INC])
    for r in rows1:
        L.rate(f'表1 {r[0]} 完成预算', r[3], r[2], r[1])
        w = '增长' if r[5].startswith('+') else '下降'
        L.growth(f'表1 {r[0]} 同比 ({w})', r[5].lstrip('+-'), r[2], r[4], w)
    L.rate('收入合计 完成预算', F(pct(inc_a, inc_b)), F(inc_a), F(inc_b))
    L.growth('收入合计 同比增长', F(g_tot), F(inc_a), F(inc_p), '增长')
    L.conv('收入 万元 -> 亿元', yi and F(yi), F(inc_a), 10000)
    L.sum('收入总计 = 收入 + 上年结转', F(tot_src), [F(inc_a), F(carry_in)])
    L.sum('表3 预算数合计', F(exp_b), [x[1] for x in EXP])
    L.sum('表3 执行数合计', F(exp_a), [x[2] for x in EXP])
    for r in rows3:
        L.rate(f'表3 {r[0]} 完成预算', r[3], r[2], r[1])
    L.rate('支出合计 完成预算', F(pct(exp_a, exp_b)), F(exp_a), F(exp_b))
    for k, b, a in EXP:
        L.rate(f'{k} 占支出', F(sh[k]), a, F(exp_a))
    L.sum('支出占比合计 100.00', '100.00', [F(v) for v in sh.values()], visible_total=False)
    L.sum('资本金注入 = 城投 + 交投', EXP[0][2], [F(inj1), F(inj2)])
    L.prod('调出资金 = 收入 x 30%', F(tr_a), [F(inc_a), '30'], div=100)
    L.prod('调出资金预算 = 收入预算 x 30%', F(tr_b), [F(inc_b), '30'], div=100)
    L.signed_sum('结转下年 = 收入总计 - 支出 - 调出', F(carry_out), [('+', F(tot_src)), ('-', F(exp_a)), ('-', F(tr_a))])
    L.diff('所有者权益 = 资产 - 负债', F(equity), F(assets), F(liab))
    L.rate('资产负债率', F(lr), F(liab), F(assets))
    L.rate('上年末资产负债率', F(lr0), F(liab0), F(assets0))
    L.pp('资产负债率 下降 个百分点', F(lr0 - lr), F(lr), F(lr0), '下降')
    L.dated('说明日期在2024年度结束之后', '2025年1月18日', (2025, 1, 18))
    L.anchor('截至2024年12月31日')
    return B, L


if __name__ == '__main__':
    run(NAME, build, sys.argv[1] if len(sys.argv) > 1 else None, title='关于2024年市级国有资本经营预算执行情况的说明')
