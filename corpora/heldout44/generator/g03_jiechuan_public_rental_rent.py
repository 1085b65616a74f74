"""t03 湝川县住房和城乡建设局 2024年度公共租赁住房租金收缴及使用情况公开 (portal html)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't03_jiechuan_county_public_rental_housing_rent_collection_and_use_disclosure_2024.html'
DATE = '2025年1月21日'
DOCNO = '湝建〔2025〕3号'
PHONE = '0738-4619275'


def build():
    L = Ledger()
    xq = ['棹湾公寓', '枰台公寓', '楂林公寓', '榫园公寓']
    taoshu = [420, 336, 288, 204]
    zaizu, prev_rate_cz = 1176, D('92.55')
    quarters = [[D('29.86'), D('30.12'), D('30.48'), D('30.74')],
                [D('24.10'), D('24.36'), D('24.52'), D('24.82')],
                [D('20.44'), D('20.68'), D('20.92'), D('21.16')],
                [D('14.02'), D('14.26'), D('14.40'), D('14.52')]]
    daikou = D('291.36')
    yingshou, prev_shishou, prev_jiaolv = D('367.52'), D('342.66'), D('96.32')
    qian_hu = 37
    use = [('维修养护', D('186.40')), ('物业管理补助', D('98.60')), ('空置房维护及保险', D('27.00'))]
    use_spent = D('296.18')
    repair = [12, 8, 6]

    # ---- computed
    tao = sum(taoshu)
    czl = pct(zaizu, tao)
    czl_pp = czl - prev_rate_cz
    row_tot = [sum(r) for r in quarters]
    col_tot = [sum(r[k] for r in quarters) for k in range(4)]
    shishou = sum(row_tot)
    assert shishou == sum(col_tot)
    jiaolv = pct(shishou, yingshou)
    jiaolv_pp = jiaolv - prev_jiaolv
    ss_add = shishou - prev_shishou
    ss_g = pct(ss_add, prev_shishou)
    dk_sh = pct(daikou, shishou)
    qian = yingshou - shishou
    qian_per = q(qian * 10000 / qian_hu)
    tao_avg = q(shishou * 10000 / zaizu)
    an_pai = sum(x[1] for x in use)
    zx = pct(use_spent, an_pai)
    wx_sh = pct(use[0][1], an_pai)
    imax = max(range(4), key=lambda k: row_tot[k])
    assert zaizu <= tao and use_spent <= an_pai and an_pai <= shishou

    s = dict(tao=I(tao), taoshu=[I(x) for x in taoshu], zaizu=I(zaizu), czl=P(czl), prev_czl=P(prev_rate_cz),
             czl_pp=P(czl_pp), yingshou=F(yingshou), shishou=F(shishou), jiaolv=P(jiaolv), prev_jiaolv=P(prev_jiaolv),
             jiaolv_pp=P(jiaolv_pp), prev_ss=F(prev_shishou), ss_add=F(ss_add), ss_g=P(ss_g), qian=F(qian),
             qian_hu=I(qian_hu), qian_per=F(qian_per), tao_avg=F(tao_avg), anpai=F(an_pai),
             use=[F(x[1]) for x in use], spent=F(use_spent), zx=P(zx), wx_sh=P(wx_sh), max_xq=xq[imax],
             max_v=F(row_tot[imax]), daikou=F(daikou), dk_sh=P(dk_sh))

    rows = [[n] + [F(v) for v in qs] + [F(t)] for n, qs, t in zip(xq, quarters, row_tot)]
    rows.append(['合计'] + [F(v) for v in col_tot] + [s['shishou']])

    blocks = [
        T('title', '湝川县2024年度公共租赁住房租金收缴及使用情况公开'),
        T('sub', '湝川县住房和城乡建设局　' + DOCNO),
        T('p', '为接受社会监督，根据公共租赁住房管理有关规定，现将本县2024年度公共租赁住房（以下简称公租房）租金收缴及使用情况公开如下。'),
        T('h', '一、房源及出租情况'),
        T('p', '全县政府投资公租房集中建设小区4个，即棹湾公寓、枰台公寓、楂林公寓和榫园公寓，房源{tao}套，'
               '套数分别为{t0}套、{t1}套、{t2}套和{t3}套。2024年末在租{zaizu}套，出租率{czl}%，比上年末的{prev_czl}%'
               '提高{czl_pp}个百分点。租金标准为每月每平方米5.20元，同比持平。'
               .format(t0=s['taoshu'][0], t1=s['taoshu'][1], t2=s['taoshu'][2], t3=s['taoshu'][3], **s)),
        T('h', '二、租金收缴情况'),
        T('p', '2024年应收租金{yingshou}万元，实收{shishou}万元，收缴率{jiaolv}%，上年为{prev_jiaolv}%，提高{jiaolv_pp}个百分点。'
               '实收租金同比增长{ss_g}%，比上年的{prev_ss}万元增加{ss_add}万元。其中通过银行代扣方式收取{daikou}万元，占实收租金的{dk_sh}%。按年末在租套数计，套均年缴租金{tao_avg}元。'
               '各小区分季度实收情况见下表，{max_xq}实收{max_v}万元，为各小区最多。'.format(**s)),
        T('cap', '2024年公租房租金分季度实收情况（金额单位：万元）'),
        table(['小区', '一季度', '二季度', '三季度', '四季度', '合计'], rows, 'rent'),
        T('p', '截至年末尚有欠缴租金{qian}万元，涉及{qian_hu}户，户均欠缴{qian_per}元。对欠缴户已逐户发放催缴通知书，'
               '对连续6个月以上欠缴且经催告仍不缴纳的，依法依规解除租赁合同。'.format(**s)),
        T('h', '三、租金使用情况'),
        T('p', '公租房租金收入全额缴入县级国库，实行“收支两条线”管理。2024年安排公租房维修养护及管理经费{anpai}万元，'
               '其中维修养护{u0}万元、物业管理补助{u1}万元、空置房维护及保险{u2}万元，维修养护占安排资金的{wx_sh}%。'
               '全年实际支出{spent}万元，执行率{zx}%。全年实施维修项目3类，即屋面防水、外墙修缮和电梯更新，'
               '分别完成{r0}栋、{r1}栋和{r2}部。'.format(u0=s['use'][0], u1=s['use'][1], u2=s['use'][2],
                                                    r0=repair[0], r1=repair[1], r2=repair[2], **s)),
        T('h', '四、监督渠道'),
        T('p', '公开期间，如对上述情况有异议，可向县住房保障服务中心反映，联系电话：{}。'.format(PHONE)),
        {'t': 'sign', 'lines': ['湝川县住房和城乡建设局', DATE]},
    ]
    model = {'blocks': blocks}

    L.anchor('文号', DOCNO)
    L.anchor('联系电话', PHONE)
    L.dated('落款日期晚于年度终了', DATE)
    L.count('集中建设小区4个', '4', xq)
    L.sum('房源 = 四个小区套数', s['taoshu'], s['tao'])
    L.ratio('出租率 = 在租 ÷ 房源', s['zaizu'], s['tao'], s['czl'])
    L.pp('出租率 较上年末提高', s['czl'], s['prev_czl'], s['czl_pp'], '提高')
    L.ratio('收缴率 = 实收 ÷ 应收', s['shishou'], s['yingshou'], s['jiaolv'])
    L.pp('收缴率 较上年提高', s['jiaolv'], s['prev_jiaolv'], s['jiaolv_pp'], '提高')
    L.growth('实收租金 同比增长/增加', s['shishou'], s['prev_ss'], s['ss_add'], s['ss_g'], '增长')
    L.ratio('银行代扣占实收租金', s['daikou'], s['shishou'], s['dk_sh'])
    L.ratio('套均年缴租金（元）', s['shishou'], s['zaizu'], s['tao_avg'], scale='10000')
    for r in rows:
        L.sum('表 行合计：' + r[0], r[1:5], r[5])
    for k, qn in enumerate(['一季度', '二季度', '三季度', '四季度', '合计']):
        L.sum('表 列合计：' + qn, [r[k + 1] for r in rows[:-1]], rows[-1][k + 1])
    L.max('实收最多小区', s['max_v'], [r[5] for r in rows[:-1]], s['max_xq'] + '实收')
    L.diff('欠缴 = 应收 - 实收', s['yingshou'], s['shishou'], s['qian'])
    L.ratio('户均欠缴（元）', s['qian'], s['qian_hu'], s['qian_per'], scale='10000')
    L.sum('安排资金 = 维修 + 物业 + 空置房', s['use'], s['anpai'])
    L.ratio('维修养护占安排资金', s['use'][0], s['anpai'], s['wx_sh'])
    L.ratio('使用执行率', s['spent'], s['anpai'], s['zx'])
    L.le('安排资金 <= 实收租金', s['anpai'], s['shishou'])
    L.count('维修项目3类', '3', ['屋面防水', '外墙修缮', '电梯更新'])
    meta = {'render': 'html', 'date': DATE, 'docno': DOCNO, 'site': '湝川县人民政府门户网站',
            'org': '湝川县住房和城乡建设局', 'crumbs': ['首页', '政务公开', '重点领域信息公开', '保障性住房']}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
