"""t05 橦山县财政局 关于2024年度县直部门预算执行情况的通报 (txt, space-aligned table)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't05_tongshan_county_finance_bureau_departmental_budget_execution_notice_2024.txt'
DATE = '2025年1月22日'
DOCNO = '橦财预〔2025〕2号'
PHONE = '0734-2967418'
BANDS = [('95', None, '好'), ('90', '95', '较好'), (None, '90', '一般')]


def band_of(r):
    return [n for lo, hi, n in BANDS if (lo is None or r >= D(lo)) and (hi is None or r < D(hi))][0]


def build():
    L = Ledger()
    deps = [('县教育局', D('42386.20'), D('41652.74')),
            ('县卫生健康局', D('18642.60'), D('18105.32')),
            ('县农业农村局', D('16208.40'), D('15236.18')),
            ('县住房和城乡建设局', D('12684.00'), D('11972.45')),
            ('县交通运输局', D('9826.50'), D('8642.30')),
            ('县民政局', D('8415.30'), D('8301.26')),
            ('县水利局', D('7352.80'), D('6398.74')),
            ('县人力资源和社会保障局', D('6204.70'), D('6088.42'))]
    n_all, n_unit = 42, 118
    other_budget, other_spent = D('25100.00'), D('23921.21')
    prev_spent, prev_rate = D('133284.16'), D('93.86')
    dec_spent, dec_prev_share = D('18426.35'), D('16.84')

    # ---- computed
    b8 = sum(x[1] for x in deps)
    s8 = sum(x[2] for x in deps)
    r8 = pct(s8, b8)
    rates = [pct(x[2], x[1]) for x in deps]
    bands = [band_of(r) for r in rates]
    B = b8 + other_budget
    S = s8 + other_spent
    R = pct(S, B)
    R_pp = R - prev_rate
    other_rate = pct(other_spent, other_budget)
    n_other = n_all - len(deps)
    sh8 = pct(s8, S)
    add = S - prev_spent
    g = pct(add, prev_spent)
    jz = B - S
    jz_avg = q(jz / n_all)
    low = [k for k in range(len(deps)) if bands[k] == '一般']
    jz_low = [deps[k][1] - deps[k][2] for k in low]
    jz_low_sum = sum(jz_low)
    jz_low_sh = pct(jz_low_sum, jz)
    dec_sh = pct(dec_spent, S)
    dec_pp = dec_prev_share - dec_sh
    assert dec_pp > 0
    cnt = {b: sum(1 for x in bands if x == b) for b in ('好', '较好', '一般')}
    assert len(low) == 2 and band_of(R) == '好'

    s = dict(n_all=I(n_all), n_unit=I(n_unit), B=F(B), S=F(S), R=P(R), prev_rate=P(prev_rate), R_pp=P(R_pp),
             prev_spent=F(prev_spent), add=F(add), g=P(g), b8=F(b8), s8=F(s8), r8=P(r8), sh8=P(sh8),
             n_other=I(n_other), other_budget=F(other_budget), other_spent=F(other_spent), other_rate=P(other_rate),
             jz=F(jz), jz_avg=F(jz_avg), low_names=[deps[k][0] for k in low], jz_low=[F(x) for x in jz_low],
             jz_low_sum=F(jz_low_sum), jz_low_sh=P(jz_low_sh), dec=F(dec_spent), dec_sh=P(dec_sh),
             dec_prev=P(dec_prev_share), dec_pp=P(dec_pp), c_hao=I(cnt['好']), c_jh=I(cnt['较好']), c_yb=I(cnt['一般']),
             R_band=band_of(R))

    rows = [[n, F(b), F(z), P(r), bd] for (n, b, z), r, bd in zip(deps, rates, bands)]
    rows.append(['合计', s['b8'], s['s8'], s['r8'], ''])

    blocks = [
        T('title', '橦山县财政局关于2024年度县直部门预算执行情况的通报'),
        T('sub', DOCNO),
        T('p', '县直各部门：'),
        T('p', '为加快预算执行进度、提高财政资金使用效益，根据县级预算执行管理有关规定，现将2024年度县直部门预算执行情况通报如下。'),
        T('h', '一、总体情况'),
        T('p', '纳入本次通报的县直部门{n_all}个（含所属预算单位{n_unit}个）。2024年县直部门调整预算合计{B}万元，'
               '全年支出{S}万元，预算执行率{R}%，比上年的{prev_rate}%提高{R_pp}个百分点；支出比上年的{prev_spent}万元'
               '增加{add}万元，增长{g}%。12月当月支出{dec}万元，占全年支出的{dec_sh}%，较上年的{dec_prev}%下降'
               '{dec_pp}个百分点，年底突击花钱现象有所缓解。'.format(**s)),
        T('h', '二、重点部门执行情况'),
        T('p', '按预算规模排序前8位的部门调整预算{b8}万元，支出{s8}万元，执行率{r8}%，支出占县直部门全年支出的'
               '{sh8}%。其余{n_other}个部门调整预算{other_budget}万元，支出{other_spent}万元，执行率{other_rate}%。'
               '执行进度按以下标准分档：执行率95%（含）以上为“好”，90%（含）至95%为“较好”，90%以下为“一般”。'
               .format(**s)),
        T('unit', '2024年度重点部门预算执行情况表'),
        T('unit', '单位：万元、%'),
        table(['部门', '调整预算', '支出数', '执行率', '档次'], rows, 'deps'),
        T('p', '8个重点部门中，档次为“好”的{c_hao}个，“较好”的{c_jh}个，“一般”的{c_yb}个。执行率低于90%的部门共2个，'
               '即{l0}和{l1}，主要是农村公路提质改造和小型水利工程项目开工较晚、工程款未达到支付条件。'
               '县直部门整体执行率{R}%，总体档次为“{R_band}”。'.format(l0=s['low_names'][0], l1=s['low_names'][1], **s)),
        T('h', '三、结转资金情况'),
        T('p', '县直部门年末未支出预算资金{jz}万元，平均每个部门{jz_avg}万元。其中{l0}{j0}万元、{l1}{j1}万元，'
               '两个部门合计{jz_low_sum}万元，占未支出资金的{jz_low_sh}%。对上述资金，财政部门将按照规定'
               '区分情况结转使用或收回统筹。'.format(l0=s['low_names'][0], l1=s['low_names'][1], j0=s['jz_low'][0],
                                                 j1=s['jz_low'][1], **s)),
        T('h', '四、有关要求'),
        T('p', '各部门要提前做好2025年项目储备和前期准备，对执行进度持续偏慢的项目，财政部门将在下年度预算安排中相应'
               '调减。联系人：县财政局预算股，电话：{}。'.format(PHONE)),
        {'t': 'sign', 'lines': ['橦山县财政局', DATE]},
    ]
    model = {'blocks': blocks}

    L.anchor('文号', DOCNO)
    L.anchor('联系电话', PHONE)
    L.dated('落款日期晚于年度终了', DATE)
    L.sum('县直调整预算 = 8部门 + 其余部门', [s['b8'], s['other_budget']], s['B'])
    L.sum('县直支出 = 8部门 + 其余部门', [s['s8'], s['other_spent']], s['S'])
    L.ratio('县直执行率', s['S'], s['B'], s['R'])
    L.pp('县直执行率 较上年提高', s['R'], s['prev_rate'], s['R_pp'], '提高')
    L.growth('县直支出 较上年增加/增长', s['S'], s['prev_spent'], s['add'], s['g'], '增长')
    L.ratio('12月支出占全年', s['dec'], s['S'], s['dec_sh'])
    L.pp('12月支出占比 较上年下降', s['dec_sh'], s['dec_prev'], s['dec_pp'], '下降')
    L.ratio('8部门执行率', s['s8'], s['b8'], s['r8'])
    L.ratio('8部门支出占县直支出', s['s8'], s['S'], s['sh8'])
    L.sum('部门数 = 8 + 其余', ['8', s['n_other']], s['n_all'])
    L.ratio('其余部门执行率', s['other_spent'], s['other_budget'], s['other_rate'])
    L.sum('表 调整预算合计', [r[1] for r in rows[:-1]], s['b8'])
    L.sum('表 支出数合计', [r[2] for r in rows[:-1]], s['s8'])
    for r in rows:
        L.ratio('表 执行率：' + r[0], r[2], r[1], r[3])
    for r in rows[:-1]:
        L.band('表 档次：' + r[0], r[3], BANDS, r[4], r[4])
    L.sum('档次个数 = 8', [s['c_hao'], s['c_jh'], s['c_yb']], '8')
    L.count('执行率低于90%的部门共2个', '2', s['low_names'])
    L.band('县直整体档次', s['R'], BANDS, s['R_band'], '总体档次为“%s”' % s['R_band'])
    L.diff('未支出资金 = 调整预算 - 支出', s['B'], s['S'], s['jz'])
    L.ratio('平均每个部门未支出资金', s['jz'], s['n_all'], s['jz_avg'], scale='1')
    for k in range(2):
        L.diff('未支出资金：' + s['low_names'][k], rows[[r[0] for r in rows].index(s['low_names'][k])][1],
               rows[[r[0] for r in rows].index(s['low_names'][k])][2], s['jz_low'][k])
    L.sum('两部门未支出合计', s['jz_low'], s['jz_low_sum'])
    L.ratio('两部门占未支出资金', s['jz_low_sum'], s['jz'], s['jz_low_sh'])
    meta = {'render': 'txt-space', 'date': DATE, 'docno': DOCNO}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
