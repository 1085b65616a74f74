"""t01 滹江县医疗保障局、财政局 2024年度长期护理保险基金收支情况公开 (txt, tab tables)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't01_hujiang_county_long_term_care_insurance_fund_income_expenditure_disclosure_2024.txt'
DATE = '2025年2月26日'
DOCNO = '滹医保联〔2025〕5号'
PHONE = '0746-8153024'


def build():
    L = Ledger()
    # ---- base inputs
    zaizhi, tuixiu, canbao_prev = 61385, 25035, 83150
    shouli, tongguo = 1268, 1104
    modes = ['居家护理', '机构护理', '医疗专护']
    ren = [516, 352, 64]
    jujia_prev_share = D('51.20')
    jigou_n, yanglao_n, yiliao_n = 7, 4, 3
    inc24 = [D('1036.98'), D('1244.38'), D('414.79'), D('18.25')]
    inc23 = [D('998.12'), D('1197.60'), D('386.40'), D('15.36')]
    inc_names = ['其中：个人缴费', '医保统筹基金划转', '财政补助', '利息收入']
    dai24 = [D('1148.62'), D('956.34'), D('287.45')]
    dai23_total = D('2201.35')
    pg24, pg23 = D('96.28'), D('102.40')
    gun22 = D('1528.06')
    inc_budget, exp_budget = D('2680.00'), D('2560.00')

    # ---- computed
    canbao = zaizhi + tuixiu
    canbao_add = canbao - canbao_prev
    canbao_g = pct(canbao_add, canbao_prev)
    tuixiu_sh = pct(tuixiu, canbao)
    tg_rate = pct(tongguo, shouli)
    n_dai = sum(ren)
    jujia_sh = pct(ren[0], n_dai)
    jujia_pp = jujia_sh - jujia_prev_share
    assert jujia_pp > 0
    assert jigou_n == yanglao_n + yiliao_n
    I24, I23 = sum(inc24), sum(inc23)
    inc_add = I24 - I23
    inc_g = pct(inc_add, I23)
    inc_done = pct(I24, inc_budget)
    shares = [pct(x, I24) for x in inc24[:3]]
    per_cap = q(I24 * 10000 / canbao)
    DAI24 = sum(dai24)
    E24, E23 = DAI24 + pg24, dai23_total + pg23
    exp_add = E24 - E23
    exp_g = pct(exp_add, E23)
    exp_rate = pct(E24, exp_budget)
    pg_d = pg23 - pg24
    pg_g = pct(pg_d, pg23)
    per_dai = q(DAI24 * 10000 / n_dai)
    jy24, jy23 = I24 - E24, I23 - E23
    gun23 = gun22 + jy23
    gun24 = gun23 + jy24
    month_avg = q(E24 / 12)
    months = q(gun24 / month_avg, 1)
    dai_sh = [pct(x, DAI24) for x in dai24]
    assert sum(dai_sh) == 100, sum(dai_sh)
    assert dai_sh[0] == max(dai_sh)
    assert E24 < I24 and exp_rate < 100

    s = dict(canbao=I(canbao), canbao_prev=I(canbao_prev), canbao_add=I(canbao_add), canbao_g=P(canbao_g),
             zaizhi=I(zaizhi), tuixiu=I(tuixiu), tuixiu_sh=P(tuixiu_sh),
             shouli=I(shouli), tongguo=I(tongguo), tg_rate=P(tg_rate), n_dai=I(n_dai),
             ren=[I(x) for x in ren], jujia_sh=P(jujia_sh), jujia_prev=P(jujia_prev_share), jujia_pp=P(jujia_pp),
             I24=F(I24), I23=F(I23), inc_add=F(inc_add), inc_g=P(inc_g), inc_budget=F(inc_budget), inc_done=P(inc_done),
             inc24=[F(x) for x in inc24], inc23=[F(x) for x in inc23], shares=[P(x) for x in shares], per_cap=F(per_cap),
             E24=F(E24), E23=F(E23), exp_budget=F(exp_budget), exp_rate=P(exp_rate), exp_add=F(exp_add), exp_g=P(exp_g),
             DAI24=F(DAI24), dai23=F(dai23_total), pg24=F(pg24), pg23=F(pg23), pg_d=F(pg_d), pg_g=P(pg_g),
             per_dai=F(per_dai), jy24=F(jy24), jy23=F(jy23), gun23=F(gun23), gun24=F(gun24), gun22=F(gun22),
             month_avg=F(month_avg), months=P(months, 1), dai24=[F(x) for x in dai24], dai_sh=[P(x) for x in dai_sh])

    def sg(x):  # signed table difference
        return F(x) if x >= 0 else '-' + F(-x)

    rows1 = [['一、基金收入', s['I23'], s['I24'], sg(I24 - I23)]]
    for nm, a, b in zip(inc_names, inc23, inc24):
        rows1.append([nm, F(a), F(b), sg(b - a)])
    rows1 += [['二、基金支出', s['E23'], s['E24'], sg(E24 - E23)],
              ['其中：待遇支出', s['dai23'], s['DAI24'], sg(DAI24 - dai23_total)],
              ['评估及经办服务费用', s['pg23'], s['pg24'], sg(pg24 - pg23)],
              ['三、当年收支结余', s['jy23'], s['jy24'], sg(jy24 - jy23)],
              ['四、年末滚存结余', s['gun23'], s['gun24'], sg(gun24 - gun23)]]
    rows2 = [[m, r, a, sh] for m, r, a, sh in zip(modes, s['ren'], s['dai24'], s['dai_sh'])]
    rows2.append(['合计', s['n_dai'], s['DAI24'], '100.00'])

    blocks = [
        T('title', '滹江县2024年度长期护理保险基金收支情况公开'),
        T('sub', DOCNO),
        T('p', '根据长期护理保险基金管理和信息公开的有关规定，现将本县2024年度长期护理保险基金收支情况公开如下。'),
        T('h', '一、参保和待遇享受情况'),
        T('p', '2024年末全县长期护理保险参保人数{canbao}人，较上年末的{canbao_prev}人增加{canbao_add}人，增长{canbao_g}%。'
               '其中在职职工{zaizhi}人、退休人员{tuixiu}人，退休人员占参保总人数的{tuixiu_sh}%。'.format(**s)),
        T('p', '全年受理失能等级评估申请{shouli}件，评估通过{tongguo}件，通过率{tg_rate}%。年末享受待遇人员{n_dai}人，'
               '护理服务方式分为3类，即居家护理、机构护理和医疗专护，人数分别为{r0}人、{r1}人和{r2}人。'
               '居家护理人员占享受待遇人员的{jujia_sh}%，较上年的{jujia_prev}%提高{jujia_pp}个百分点。'
               '定点护理服务机构共7家，其中养老机构4家、医疗机构3家。医疗专护床日定额标准120元，同比持平。'
               .format(r0=s['ren'][0], r1=s['ren'][1], r2=s['ren'][2], **s)),
        T('h', '二、基金收入情况'),
        T('p', '2024年基金收入{I24}万元，完成年度收入预算{inc_budget}万元的{inc_done}%，比上年的{I23}万元增加{inc_add}万元，'
               '增长{inc_g}%。其中个人缴费{a0}万元、医保统筹基金划转{a1}万元、财政补助{a2}万元，分别占基金收入的'
               '{s0}%、{s1}%和{s2}%；利息收入{a3}万元。按年末参保人数计，人均筹资{per_cap}元。'
               .format(a0=s['inc24'][0], a1=s['inc24'][1], a2=s['inc24'][2], a3=s['inc24'][3],
                       s0=s['shares'][0], s1=s['shares'][1], s2=s['shares'][2], **s)),
        T('h', '三、基金支出情况'),
        T('p', '2024年基金支出{E24}万元，年度支出预算{exp_budget}万元，预算执行率{exp_rate}%；比上年增加{exp_add}万元，'
               '增幅{exp_g}%。其中待遇支出{DAI24}万元，评估及经办服务费用{pg24}万元，后者较上年的{pg23}万元减少{pg_d}万元，'
               '降幅{pg_g}%。按年末享受待遇人员计，人均待遇支付{per_dai}元。待遇支出按护理方式的构成见表2，居家护理占比最高。'
               .format(**s)),
        T('h', '四、基金结余情况'),
        T('p', '当年收支结余{jy24}万元，上年为{jy23}万元。年末滚存结余{gun24}万元。按12个月计，2024年月均基金支出'
               '{month_avg}万元，年末滚存结余可支付{months}个月。'.format(**s)),
        T('cap', '表1\t2023—2024年长期护理保险基金收支对比（单位：万元）'),
        table(['项目', '2023年', '2024年', '增减'], rows1, 'years'),
        T('cap', '表2\t2024年长期护理保险待遇支出构成'),
        T('unit', '单位：人、万元、%'),
        table(['护理方式', '年末享受人数', '待遇支出', '占比'], rows2, 'modes'),
        T('p', '以上数据为2024年度基金决算数，已经县财政局审核。如有疑问，请致电县医疗保障局待遇保障股，联系电话：{}。'.format(PHONE)),
        {'t': 'sign', 'lines': ['滹江县医疗保障局　　滹江县财政局', DATE]},
    ]
    model = {'blocks': blocks}

    # ---- ledger
    L.anchor('文号', DOCNO)
    L.anchor('联系电话', PHONE)
    L.dated('落款日期晚于年度终了', DATE)
    L.sum('参保人数 = 在职 + 退休', [s['zaizhi'], s['tuixiu']], s['canbao'])
    L.growth('参保人数 较上年末增加/增长', s['canbao'], s['canbao_prev'], s['canbao_add'], s['canbao_g'], '增长')
    L.ratio('退休人员占参保总人数', s['tuixiu'], s['canbao'], s['tuixiu_sh'])
    L.ratio('评估通过率', s['tongguo'], s['shouli'], s['tg_rate'])
    L.count('护理服务方式分为3类', '3', modes)
    L.sum('享受待遇人员 = 三类人数（正文）', s['ren'], s['n_dai'])
    L.ratio('居家护理占享受待遇人员', s['ren'][0], s['n_dai'], s['jujia_sh'])
    L.pp('居家护理占比 较上年提高', s['jujia_sh'], s['jujia_prev'], s['jujia_pp'], '提高')
    L.sum('定点机构 = 养老 + 医疗', ['4', '3'], '7')
    L.ratio('收入预算完成率', s['I24'], s['inc_budget'], s['inc_done'])
    L.growth('基金收入 比上年增加/增长', s['I24'], s['I23'], s['inc_add'], s['inc_g'], '增长')
    L.sum('基金收入 = 个人缴费 + 统筹划转 + 财政补助 + 利息', s['inc24'], s['I24'])
    for k, nm in enumerate(['个人缴费', '统筹基金划转', '财政补助']):
        L.ratio('%s占基金收入（分别占）' % nm, s['inc24'][k], s['I24'], s['shares'][k])
    L.ratio('人均筹资（元）= 收入 × 10000 ÷ 参保人数', s['I24'], s['canbao'], s['per_cap'], scale='10000')
    L.ratio('支出预算执行率', s['E24'], s['exp_budget'], s['exp_rate'])
    L.growth('基金支出 比上年增加/增幅', s['E24'], s['E23'], s['exp_add'], s['exp_g'], '增幅')
    L.sum('基金支出 = 待遇支出 + 评估经办费用', [s['DAI24'], s['pg24']], s['E24'])
    L.growth('评估经办费用 较上年减少/降幅', s['pg24'], s['pg23'], s['pg_d'], s['pg_g'], '降幅')
    L.ratio('人均待遇支付（元）', s['DAI24'], s['n_dai'], s['per_dai'], scale='10000')
    L.diff('当年结余 2024 = 收入 - 支出', s['I24'], s['E24'], s['jy24'])
    L.diff('当年结余 2023 = 收入 - 支出', s['I23'], s['E23'], s['jy23'])
    L.sum('2024年末滚存 = 2023年末滚存 + 2024当年结余', [s['gun23'], s['jy24']], s['gun24'])
    L.ratio('月均支出 = 支出 ÷ 12', s['E24'], '12', s['month_avg'], scale='1')
    L.ratio('可支付月数 = 滚存结余 ÷ 月均支出', s['gun24'], s['month_avg'], s['months'], scale='1')
    L.sum('表1 2023年 收入 = 四项', [F(x) for x in inc23], s['I23'])
    L.sum('表1 2023年 支出 = 待遇 + 评估', [s['dai23'], s['pg23']], s['E23'])
    for r in rows1:
        L.diff('表1 增减 = 2024年 - 2023年：' + r[0], r[2], r[1], r[3])
    L.sum('表2 年末享受人数合计', s['ren'], s['n_dai'])
    L.sum('表2 待遇支出合计', s['dai24'], s['DAI24'])
    L.sum('表2 占比合计 = 100.00', s['dai_sh'], '100.00')
    for m, a, sh in zip(modes, s['dai24'], s['dai_sh']):
        L.ratio('表2 占比：' + m, a, s['DAI24'], sh)
    L.max('居家护理占比最高', s['dai_sh'][0], s['dai_sh'], '居家护理占比最高')
    L.le('支出 <= 支出预算', s['E24'], s['exp_budget'])
    meta = {'render': 'txt-tab', 'date': DATE, 'docno': DOCNO}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
