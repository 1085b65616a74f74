"""t05 — 江西省赣渠县财政局 关于2024年度政府债务情况的说明 (.txt)"""
import sys
from lk30 import D, F, q, pct, Ledger, T, run

NAME = 't05_ganqu_government_debt_statement_2024.txt'

G = dict(lim='486,300.00', open='452,816.35', new='18,500.00', refi='24,650.00', rep_refi='24,650.00',
         rep_own='7,524.60', int='13,862.40')
S = dict(lim='1,024,700.00', open='876,420.50', new='142,800.00', refi='31,260.00', rep_refi='31,260.00',
         rep_own='14,670.00', int='30,215.76')
MAT = [('1年以内（2025年到期）', '98,620.40'), ('1—3年', '186,452.30'), ('3—5年', '243,918.65'),
       ('5—10年', '412,506.20'), ('10年以上', None)]
USE = [('市政和产业园区基础设施', '48,600.00'), ('社会事业', '32,400.00'), ('保障性安居工程', '26,500.00'),
       ('农林水利', '18,300.00'), ('交通基础设施', '12,000.00'), ('城乡冷链等物流基础设施', '5,000.00')]


def build():
    L = Ledger(NAME)
    d = {}
    for k, X in (('g', G), ('s', S)):
        x = {a: D(b) for a, b in X.items()}
        x['borrow'] = x['new'] + x['refi']
        x['repay'] = x['rep_refi'] + x['rep_own']
        x['close'] = x['open'] + x['borrow'] - x['repay']
        d[k] = x
    t = {a: d['g'][a] + d['s'][a] for a in d['g']}
    mat = list(MAT)
    mat[-1] = (mat[-1][0], F(t['close'] - sum(D(m[1]) for m in mat[:-1])))
    msh = [pct(D(m[1]), t['close']) for m in mat]
    assert sum(msh) == 100, sum(msh)
    ush = [pct(D(u[1]), d['s']['new']) for u in USE]
    assert sum(ush) == 100, sum(ush)
    assert sum(D(u[1]) for u in USE) == d['s']['new']
    yi = lambda v: q(v / 10000)
    lim_y = {k: yi(d[k]['lim']) for k in 'gs'}
    assert lim_y['g'] + lim_y['s'] == yi(t['lim'])
    room = t['lim'] - t['close']
    fin = D('1,532,600.00'.replace(',', ''))
    ratio = pct(t['close'], fin)
    g_close = pct(t['close'] - t['open'], t['open'])
    debt_service = t['repay'] + t['int']
    f = lambda v: F(v)

    rows1 = [
        ['2024年政府债务限额', f(d['g']['lim']), f(d['s']['lim']), f(t['lim'])],
        ['2023年末政府债务余额', f(d['g']['open']), f(d['s']['open']), f(t['open'])],
        ['2024年举借债务', f(d['g']['borrow']), f(d['s']['borrow']), f(t['borrow'])],
        ['  其中：新增债券', f(d['g']['new']), f(d['s']['new']), f(t['new'])],
        ['        再融资债券', f(d['g']['refi']), f(d['s']['refi']), f(t['refi'])],
        ['2024年偿还债务本金', f(d['g']['repay']), f(d['s']['repay']), f(t['repay'])],
        ['  其中：再融资债券偿还', f(d['g']['rep_refi']), f(d['s']['rep_refi']), f(t['rep_refi'])],
        ['        财政资金及项目收益偿还', f(d['g']['rep_own']), f(d['s']['rep_own']), f(t['rep_own'])],
        ['2024年末政府债务余额', f(d['g']['close']), f(d['s']['close']), f(t['close'])],
        ['2024年支付债务利息', f(d['g']['int']), f(d['s']['int']), f(t['int'])],
    ]

    B = [
        ['TITLE', '赣渠县财政局'],
        ['TITLE', '关于2024年度政府债务情况的说明'],
        ['DOCNO', '赣渠财债〔2025〕4号'],
        ['BLANK'],
        ['P', '根据《中华人民共和国预算法》《地方政府债务信息公开办法》等规定，现将我县2024年度政府债务限额、余额、举借、'
              '偿还、使用及风险等情况说明如下：'],
        ['H1', '一、政府债务限额情况'],
        ['P', f"经省财政厅核定，2024年我县政府债务限额为{F(yi(t['lim']))}亿元，其中一般债务限额{F(lim_y['g'])}亿元、专项"
              f"债务限额{F(lim_y['s'])}亿元。"],
        ['H1', '二、政府债务余额情况'],
        ['P', f"截至2024年12月31日，全县政府债务余额{f(t['close'])}万元（约{F(yi(t['close']))}亿元），控制在省核定的限额以内，"
              f"剩余限额空间{f(room)}万元。其中：一般债务余额{f(d['g']['close'])}万元，专项债务余额{f(d['s']['close'])}万元。"
              f"政府债务余额比上年末的{f(t['open'])}万元增加{f(t['close'] - t['open'])}万元，增长{F(g_close)}%。"],
        ['H1', '三、政府债务举借和偿还情况'],
        ['P', f"（一）举借情况。2024年，省政府代我县发行政府债券{f(t['borrow'])}万元。其中：新增债券{f(t['new'])}万元（一般债券"
              f"{f(d['g']['new'])}万元、专项债券{f(d['s']['new'])}万元），再融资债券{f(t['refi'])}万元（一般债券{f(d['g']['refi'])}"
              f"万元、专项债券{f(d['s']['refi'])}万元），再融资债券全部用于偿还到期政府债券本金。"],
        ['P', f"（二）偿还情况。2024年全县偿还政府债务本金{f(t['repay'])}万元，其中通过发行再融资债券偿还{f(t['rep_refi'])}万元，"
              f"安排财政资金及专项债券项目收益偿还{f(t['rep_own'])}万元；支付政府债务利息{f(t['int'])}万元，其中一般债务利息"
              f"{f(d['g']['int'])}万元、专项债务利息{f(d['s']['int'])}万元。全年还本付息合计{f(debt_service)}万元，均按时足额"
              f"偿付，未发生逾期。"],
        T('表1  赣渠县2024年政府债务限额及余额变动情况表',
          [['项目', '一般债务', '专项债务', '合计']], rows1, '单位：万元'),
        ['P', '注：2024年末政府债务余额＝2023年末余额＋2024年举借债务－2024年偿还债务本金。'],
        ['H1', '四、新增债券资金使用情况'],
        ['P', f"2024年新增一般债券{f(d['g']['new'])}万元，主要用于县城义务教育学校扩容和农村公路提质改造等没有收益的公益性"
              f"项目。新增专项债券{f(d['s']['new'])}万元，全部用于有一定收益的公益性项目，共支持项目{len(USE) * 2 + 3}个，"
              f"按投向领域分：" + '；'.join(f"{u[0]}{u[1]}万元，占{F(ush[i])}%" for i, u in enumerate(USE)) + '。'],
        ['H1', '五、政府债务期限结构和风险情况'],
        ['P', f"从剩余期限看，全县政府债务余额中1年以内到期的{mat[0][1]}万元，占{F(msh[0])}%，将在2025年集中偿还；5年以上"
              f"（含5—10年和10年以上）的{f(D(mat[3][1]) + D(mat[4][1]))}万元，占{F(msh[3] + msh[4])}%，期限结构总体合理。"],
        T('表2  赣渠县2024年末政府债务余额期限结构',
          [['剩余期限', '余额（万元）', '占比（%）']],
          [[m[0], m[1], F(msh[i])] for i, m in enumerate(mat)] + [['合计', f(t['close']), '100.00']]),
        ['P', f"按照财政部债务风险评估办法测算，2024年我县政府债务率（债务余额÷综合财力）为{F(ratio)}%（综合财力"
              f"{f(fin)}万元），低于120%的警戒线，债务风险总体可控。"],
        ['H1', '六、下一步工作'],
        ['P', '一是严格落实政府债务限额管理，严禁超限额举债；二是加强专项债券项目全生命周期管理，确保项目收益按时足额'
              '归集，保障债券本息偿还；三是压实主管部门和项目单位责任，坚决遏制新增隐性债务；四是做好2025年到期债务'
              '偿还资金的统筹安排。'],
        ['BLANK'],
        ['PLAIN', '联系电话：0797-56231048'],
        ['BLANK'],
        ['RIGHT', '赣渠县财政局'],
        ['RIGHT', '2025年2月12日'],
    ]

    L.fact('年末余额 万元', f(t['close'])); L.fact('限额 亿元', F(yi(t['lim']))); L.fact('date', '2025年2月12日')
    for r in rows1:
        L.sum(f"表1 {r[0].strip()} 合计 = 一般 + 专项", r[3], [r[1], r[2]])
    for col, lab in ((1, '一般'), (2, '专项'), (3, '合计')):
        L.sum(f'表1 {lab} 举借 = 新增 + 再融资', rows1[2][col], [rows1[3][col], rows1[4][col]])
        L.sum(f'表1 {lab} 偿还 = 再融资偿还 + 自有资金', rows1[5][col], [rows1[6][col], rows1[7][col]])
        L.signed_sum(f'表1 {lab} 年末余额 = 年初 + 举借 - 偿还', rows1[8][col],
                     [('+', rows1[1][col]), ('+', rows1[2][col]), ('-', rows1[5][col])])
        L.le(f'表1 {lab} 年末余额 <= 限额', rows1[8][col], rows1[0][col])
        L.same(f'表1 {lab} 再融资发行 = 再融资偿还', rows1[4][col], rows1[6][col])
    L.conv('限额 万元 -> 亿元', F(yi(t['lim'])), f(t['lim']), 10000)
    L.conv('一般限额 -> 亿元', F(lim_y['g']), f(d['g']['lim']), 10000)
    L.conv('专项限额 -> 亿元', F(lim_y['s']), f(d['s']['lim']), 10000)
    L.sum('限额 亿元 = 一般 + 专项', F(yi(t['lim'])), [F(lim_y['g']), F(lim_y['s'])])
    L.conv('余额 万元 -> 亿元', F(yi(t['close'])), f(t['close']), 10000)
    L.diff('剩余限额空间', f(room), f(t['lim']), f(t['close']))
    L.change('余额 比上年末增加', f(t['close'] - t['open']), f(t['close']), f(t['open']), '增加')
    L.growth('余额 增长率', F(g_close), f(t['close']), f(t['open']), '增长')
    L.sum('还本付息合计 = 本金 + 利息', f(debt_service), [f(t['repay']), f(t['int'])])
    L.sum('新增专项债 投向合计', f(d['s']['new']), [u[1] for u in USE])
    for i, u in enumerate(USE):
        L.rate(f'专项债投向 {u[0]} 占比', F(ush[i]), u[1], f(d['s']['new']))
    L.sum('投向占比合计 100.00', '100.00', [F(x) for x in ush], visible_total=False)
    L.sum('表2 期限结构合计', f(t['close']), [m[1] for m in mat])
    L.sum('表2 占比合计 100.00', '100.00', [F(x) for x in msh])
    for i, m in enumerate(mat):
        L.rate(f'表2 {m[0]} 占比', F(msh[i]), m[1], f(t['close']))
    L.sum('5年以上 = 5—10年 + 10年以上', f(D(mat[3][1]) + D(mat[4][1])), [mat[3][1], mat[4][1]])
    L.sum('5年以上 占比 = 两项占比之和', F(msh[3] + msh[4]), [F(msh[3]), F(msh[4])])
    L.rate('5年以上 占比 (直接计算)', F(msh[3] + msh[4]), f(D(mat[3][1]) + D(mat[4][1])), f(t['close']))
    L.rate('债务率', F(ratio), f(t['close']), f(fin))
    L.check('债务率 低于 120%', ratio < 120, f'{ratio} < 120', ['120'])
    L.dated('说明日期在2024年度结束之后', '2025年2月12日', (2025, 2, 12))
    L.anchor('赣渠财债〔2025〕4号', '截至2024年12月31日')
    return B, L


if __name__ == '__main__':
    run(NAME, build, sys.argv[1] if len(sys.argv) > 1 else None)
