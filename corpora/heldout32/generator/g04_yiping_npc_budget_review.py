"""t04 沂屏市人大财经委 关于2024年预算执行情况和2025年预算草案的审查结果报告（摘要） (pdf)"""
import sys
from lk32 import *
NAME = 't04_yiping_npc_budget_review_2024.pdf'

def yi(x):  # 万元 -> 亿元 string
    return F(D(x) / 10000)

def build():
    L = Ledger(NAME); B = []
    tax = [('增值税', 411000, 405836, 391274), ('企业所得税', 168000, 171352, 160418),
           ('个人所得税', 52000, 49687, 50931), ('其他税收收入', 236000, 238615, 229903)]
    nt = ('非税收入', 232000, 248318, 252706)
    tb = sum(t[1] for t in tax); ta = sum(t[2] for t in tax); tp = sum(t[3] for t in tax)
    rb, ra, rp = tb + nt[1], ta + nt[2], tp + nt[3]
    pct = lambda a, b: F(D(a) / D(b) * 100)
    gr = lambda a, b: F((D(a) - D(b)) / D(b) * 100)
    exp = [('一般公共服务', 268400, 262917, 255386), ('教育', 412600, 409284, 392175), ('社会保障和就业', 368900, 366512, 341729),
           ('卫生健康', 196300, 193845, 188402), ('城乡社区', 214500, 198736, 221594), ('农林水', 187200, 181463, 176038),
           ('其他支出', 393000, 376249, 369871)]
    eb = sum(e[1] for e in exp); ea = sum(e[2] for e in exp); ep = sum(e[3] for e in exp)
    # balance (万元)
    inc_items = [('一般公共预算收入', ra), ('上级补助收入', 1096380), ('债务转贷收入', 85000), ('调入资金', 126500), ('上年结转', 38427)]
    tot_in = sum(v for _, v in inc_items)
    out_fixed = [('一般公共预算支出', ea), ('上解上级支出', 58216), ('债务还本支出', 62300), ('安排预算稳定调节基金', 45000)]
    carry = tot_in - sum(v for _, v in out_fixed)
    out_items = out_fixed + [('结转下年支出', carry)]
    # 亿元 prose-only figures (exact)
    fund_b, fund_a, fund_p = D('76.00'), D('68.37'), D('81.25')
    land_a = D('59.84')
    lim_g, lim_s = D('178.60'), D('307.70'); bal_g, bal_s = D('171.24'), D('292.61')
    new_g, new_s = D('8.50'), D('53.90')
    sanbao = D('98.46')
    # rounding-robustness asserts for prose at 1 decimal
    g_r1 = q((D(ra) - D(rp)) / D(rp) * 100, 1)
    assert g_r1 == q((D(yi(ra)) - D(yi(rp))) / D(yi(rp)) * 100, 1)
    g_e1 = q((D(ea) - D(ep)) / D(ep) * 100, 1)
    assert g_e1 == q((D(yi(ea)) - D(yi(ep))) / D(yi(ep)) * 100, 1)
    ts, tsp = pct(ta, ra), pct(tp, rp); tpp = F(D(ts) - D(tsp))
    assert ts == pct(D(yi(ta)), D(yi(ra))) and tsp == pct(D(yi(tp)), D(yi(rp)))
    r_exe = pct(ra, rb); e_exe = pct(ea, eb)
    assert r_exe == pct(D(yi(ra)), D(yi(rb)))
    b25 = q(D(yi(ra)) * D('1.05'), 2)
    sb_sh = pct(sanbao, D(yi(ea)))
    date = '2025年1月14日'
    T1 = [['项目', '预算数', '执行数', '为预算%', '上年执行数', '增长%']]
    T1 += [[n, I(b), I(a), pct(a, b), I(p), gr(a, p)] for n, b, a, p in tax]
    T1 += [['税收收入小计', I(tb), I(ta), pct(ta, tb), I(tp), gr(ta, tp)], [nt[0], I(nt[1]), I(nt[2]), pct(nt[2], nt[1]), I(nt[3]), gr(nt[2], nt[3])],
           ['一般公共预算收入合计', I(rb), I(ra), r_exe, I(rp), gr(ra, rp)]]
    T2 = [['项目', '调整预算数', '执行数', '完成%', '上年执行数', '增长%']]
    T2 += [[n, I(b), I(a), pct(a, b), I(p), gr(a, p)] for n, b, a, p in exp]
    T2 += [['一般公共预算支出合计', I(eb), I(ea), e_exe, I(ep), gr(ea, ep)]]
    T3 = [['收入项目', '金额', '支出项目', '金额']]
    for i in range(5):
        T3.append([inc_items[i][0], I(inc_items[i][1]), out_items[i][0], I(out_items[i][1])])
    T3.append(['收入总计', I(tot_in), '支出总计', I(tot_in)])
    fund_exe = pct(fund_a, fund_b); fund_g = F((fund_p - fund_a) / fund_p * 100)
    land_sh = pct(land_a, fund_a)
    B += [('title', '沂屏市人民代表大会财政经济委员会关于沂屏市2024年预算执行情况和2025年预算草案的审查结果报告（摘要）'),
          ('docno', f'——{date}在沂屏市第十八届人民代表大会第四次会议上'),
          ('plain', '各位代表：'),
          ('p', '市第十八届人民代表大会第四次会议将市人民政府提出的《关于沂屏市2024年预算执行情况和2025年预算草案的报告》及2025年预算草案交财政经济委员会审查。财政经济委员会在会前初步审查的基础上，结合各代表团的审查意见进行了审查。现将审查结果报告如下（摘要）。'),
          ('h1', '一、2024年预算执行情况'),
          ('p', f'（一）一般公共预算。全市一般公共预算收入{yi(ra)}亿元，为预算的{r_exe}%，比上年{yi(rp)}亿元增长{g_r1}%。其中税收收入{yi(ta)}亿元，占一般公共预算收入的{ts}%，比上年{tsp}%提高{tpp}个百分点；非税收入{yi(nt[2])}亿元，下降{F((D(nt[3]) - D(nt[2])) / D(nt[3]) * 100, 1)}%。一般公共预算支出{yi(ea)}亿元，完成调整预算的{e_exe}%，增长{g_e1}%。收支明细见表1、表2（单位：万元）。'),
          ('table', '表1  2024年全市一般公共预算收入执行情况（单位：万元）', T1),
          ('table', '表2  2024年全市一般公共预算支出执行情况（单位：万元）', T2),
          ('p', f'加上上级补助收入、债务转贷收入、调入资金和上年结转，一般公共预算收入总计{I(tot_in)}万元；减去一般公共预算支出、上解上级支出、债务还本支出和安排预算稳定调节基金，结转下年支出{I(carry)}万元，收支平衡（见表3）。全市“三保”支出{sanbao}亿元，占一般公共预算支出的{sb_sh}%。'),
          ('table', '表3  2024年全市一般公共预算收支平衡情况（单位：万元）', T3),
          ('p', f'（二）政府性基金预算。全市政府性基金预算收入{fund_a}亿元，为预算{fund_b}亿元的{fund_exe}%，比上年{fund_p}亿元下降{fund_g}%，主要是国有土地使用权出让收入减少，该项收入{land_a}亿元，占政府性基金预算收入的{land_sh}%。'),
          ('p', f'（三）政府债务。省核定我市2024年末政府债务限额{lim_g + lim_s}亿元，其中一般债务限额{lim_g}亿元、专项债务限额{lim_s}亿元。2024年末全市政府债务余额{bal_g + bal_s}亿元，其中一般债务余额{bal_g}亿元、专项债务余额{bal_s}亿元，控制在限额以内。全年新增政府债券{new_g + new_s}亿元，其中一般债券{new_g}亿元、专项债券{new_s}亿元。'),
          ('h1', '二、2025年预算草案'),
          ('p', f'2025年全市一般公共预算收入预算安排{b25}亿元，比2024年执行数增长5.0%，与经济社会发展预期目标相衔接。财政经济委员会认为，2025年预算草案编制贯彻了过紧日子要求，收入预计较为稳妥，支出安排突出保基本民生、保工资、保运转，建议本次会议批准市人民政府提出的《关于沂屏市2024年预算执行情况和2025年预算草案的报告》，批准2025年预算草案。'),
          ('h1', '三、审查中关注的问题和建议'),
          ('p', f'审查中也发现，非税收入占比偏高、部分科目执行进度偏慢，城乡社区支出仅完成调整预算的{pct(exp[4][2], exp[4][1])}%，政府性基金收入持续下降，专项债券项目收益与融资平衡压力加大。为此建议：一是夯实税源基础，提高收入质量；二是硬化预算约束，加快支出进度，提高资金使用效益；三是加强政府债务管理，严格控制新增债务，防范化解债务风险；四是全面落实人大预算审查监督重点向支出预算和政策拓展的要求，依法接受人大监督。'),
          ('blank',), ('right', '沂屏市人民代表大会财政经济委员会'), ('right', date)]
    L.fact('一般公共预算收入_万元', I(ra)); L.fact('一般公共预算支出_万元', I(ea)); L.fact('date', date)
    L.sum('税收 预算 = 4 项', I(tb), [I(t[1]) for t in tax]); L.sum('税收 执行 = 4 项', I(ta), [I(t[2]) for t in tax]); L.sum('税收 上年 = 4 项', I(tp), [I(t[3]) for t in tax])
    L.sum('收入 预算 = 税收 + 非税', I(rb), [I(tb), I(nt[1])]); L.sum('收入 执行 = 税收 + 非税', I(ra), [I(ta), I(nt[2])]); L.sum('收入 上年', I(rp), [I(tp), I(nt[3])])
    for r in T1[1:]:
        L.rate(f'表1 {r[0]} 为预算%', r[3], r[2], r[1]); L.growth(f'表1 {r[0]} 增长%', r[5], r[2], r[4])
    L.sum('支出 调整预算 合计', I(eb), [I(e[1]) for e in exp]); L.sum('支出 执行 合计', I(ea), [I(e[2]) for e in exp]); L.sum('支出 上年 合计', I(ep), [I(e[3]) for e in exp])
    for r in T2[1:]:
        L.rate(f'表2 {r[0]} 完成%', r[3], r[2], r[1]); L.growth(f'表2 {r[0]} 增长%', r[5], r[2], r[4])
    L.conv('收入 万元→亿元', I(ra), yi(ra), 10000); L.conv('税收 万元→亿元', I(ta), yi(ta), 10000)
    L.conv('非税 万元→亿元', I(nt[2]), yi(nt[2]), 10000); L.conv('支出 万元→亿元', I(ea), yi(ea), 10000)
    L.rate('正文 收入 为预算', r_exe, I(ra), I(rb)); L.growth('正文 收入 增长（1位）', str(g_r1), I(ra), I(rp), '增长')
    L.growth('正文 收入 增长（按亿元复算，1位）', str(g_r1), yi(ra), yi(rp), '增长')
    L.rate('税收占比', ts, I(ta), I(ra)); L.rate('上年税收占比', tsp, I(tp), I(rp)); L.pp('税收占比 提高', tpp, ts, tsp, '提高')
    L.growth('非税 下降（1位）', F((D(nt[3]) - D(nt[2])) / D(nt[3]) * 100, 1), I(nt[2]), I(nt[3]), '下降')
    L.rate('正文 支出 完成调整预算', e_exe, I(ea), I(eb)); L.growth('正文 支出 增长（1位）', str(g_e1), I(ea), I(ep), '增长')
    L.sum('表3 收入总计', I(tot_in), [I(v) for _, v in inc_items]); L.sum('表3 支出总计', I(tot_in), [I(v) for _, v in out_items])
    L.same('表3 一般公共预算收入 = 表1', I(inc_items[0][1]), I(ra)); L.same('表3 一般公共预算支出 = 表2', I(out_items[0][1]), I(ea))
    L.rate('三保 占 支出', sb_sh, str(sanbao), yi(ea))
    L.rate('基金 为预算', fund_exe, str(fund_a), str(fund_b)); L.growth('基金 下降', fund_g, str(fund_a), str(fund_p), '下降')
    L.rate('土地出让 占 基金收入', land_sh, str(land_a), str(fund_a))
    L.sum('债务限额', str(lim_g + lim_s), [str(lim_g), str(lim_s)]); L.sum('债务余额', str(bal_g + bal_s), [str(bal_g), str(bal_s)])
    L.le('余额 ≤ 限额', str(bal_g + bal_s), str(lim_g + lim_s)); L.le('一般 余额 ≤ 限额', str(bal_g), str(lim_g)); L.le('专项 余额 ≤ 限额', str(bal_s), str(lim_s))
    L.sum('新增债券', str(new_g + new_s), [str(new_g), str(new_s)])
    L.growth('2025 预算 增长 5.0', '5.0', str(b25), yi(ra), '增长')
    L.rate('城乡社区 完成%', pct(exp[4][2], exp[4][1]), I(exp[4][2]), I(exp[4][1]))
    L.dated('报告日期晚于报告期末', date)
    L.anchor(date); L.anchor('沂屏市人民代表大会财政经济委员会')
    return B, L

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else '..'
    B, L = build(); run(NAME, B, L, out)
