"""t04 槚溪县农业农村局 基层农技推广体系改革与建设补助项目2024年度项目支出绩效自评报告 (pdf)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't04_jiaxi_county_grassroots_agri_tech_extension_subsidy_project_selfeval_2024.pdf'
DATE = '2025年3月20日'
DOCNO = '槚农〔2025〕11号'
BANDS = [('90', None, '优'), ('80', '90', '良'), ('60', '80', '中'), (None, '60', '差')]


def build():
    L = Ledger()
    zy, xj, prev_total = D('150.00'), D('60.00'), D('196.00')
    subs = [('农技人员能力提升', D('38.00'), D('36.54')),
            ('农业科技示范基地建设', D('84.00'), D('82.60')),
            ('科技示范主体培育', D('72.00'), D('72.00')),
            ('农技推广信息化建设', D('16.00'), D('13.28'))]
    px_n, px_goal = 126, 120
    towns = ['蒡溪镇', '茳口镇', '橹坪乡', '椑塘乡']
    jd_by_town = [3, 2, 2, 1]
    zt_n, zt_goal = 480, 450
    dw_rate, dw_prev = D('96.50'), D('94.20')
    yc_sf, yc_fsf = D('586.4'), D('541.2')
    wj_fa, wj_shou, wj_my = 400, 388, 357
    sc = [('决策', '项目立项', 6, D('6.00')), ('决策', '绩效目标', 6, D('5.50')), ('决策', '资金投入', 8, D('7.50')),
          ('过程', '预算执行率', 10, None), ('过程', '组织实施', 10, D('8.50')),
          ('产出', '产出数量', 15, D('15.00')), ('产出', '产出质量', 10, D('8.00')), ('产出', '产出时效', 5, D('3.50')),
          ('产出', '产出成本', 5, D('4.50')), ('效益', '经济效益', 8, D('6.00')), ('效益', '社会效益', 7, D('5.50')),
          ('效益', '满意度', 10, None)]

    # ---- computed
    total = zy + xj
    assert total == sum(x[1] for x in subs)
    xj_sh = pct(xj, total)
    add = total - prev_total
    g = pct(add, prev_total)
    spent = sum(x[2] for x in subs)
    rates = [pct(x[2], x[1]) for x in subs]
    rate = pct(spent, total)
    jieyu = total - spent
    px_done = pct(px_n, px_goal)
    px_per = q(subs[0][2] * 10000 / px_n)
    jd_n = sum(jd_by_town)
    jd_avg = q(subs[1][2] / jd_n)
    zt_done = pct(zt_n, zt_goal)
    zt_per = q(subs[2][2] * 10000 / zt_n)
    dw_pp = dw_rate - dw_prev
    yc_d = yc_sf - yc_fsf
    yc_g = pct(yc_d, yc_fsf)
    myd = pct(wj_my, wj_shou)
    scores = []
    for a, b, fz, df in sc:
        if b == '预算执行率':
            df = q(rate / 10)
        if b == '满意度':
            df = q(myd / 10)
        assert df <= fz
        scores.append((a, b, fz, df))
    assert sum(x[2] for x in scores) == 100
    stotal = sum(x[3] for x in scores)
    grade = [n for lo, hi, n in BANDS if (lo is None or stotal >= D(lo)) and (hi is None or stotal < D(hi))][0]
    sx_kou = 5 - D('3.50')
    imin = min(range(4), key=lambda k: rates[k])

    s = dict(total=F(total), zy=F(zy), xj=F(xj), xj_sh=P(xj_sh), prev=F(prev_total), add=F(add), g=P(g),
             spent=F(spent), rate=P(rate), jieyu=F(jieyu), px_n=I(px_n), px_goal=I(px_goal), px_done=P(px_done),
             px_per=F(px_per), jd_n=I(jd_n), jd=[I(x) for x in jd_by_town], jd_avg=F(jd_avg), zt_n=I(zt_n),
             zt_goal=I(zt_goal), zt_done=P(zt_done), zt_per=F(zt_per), dw=P(dw_rate), dw_prev=P(dw_prev),
             dw_pp=P(dw_pp), yc_sf=P(yc_sf, 1), yc_fsf=P(yc_fsf, 1), yc_d=P(yc_d, 1), yc_g=P(yc_g),
             wj_fa=I(wj_fa), wj_shou=I(wj_shou), wj_my=I(wj_my), myd=P(myd), stotal=P(stotal), grade=grade,
             kou=P(sx_kou), min_name=subs[imin][0], min_rate=P(rates[imin]))

    rows1 = [[n, F(b), F(z), P(r)] for (n, b, z), r in zip(subs, rates)]
    rows1.append(['合计', s['total'], s['spent'], s['rate']])
    rows2 = [[a, b, str(fz), P(df)] for a, b, fz, df in scores]
    rows2.append(['合计', '', '100', s['stotal']])
    t1 = table(['建设内容', '预算数', '支出数', '执行率（%）'], rows1, 'exec')
    t1['colw'] = [66, 32, 32, 32]
    t2 = table(['一级指标', '二级指标', '分值', '得分'], rows2, 'score')
    t2['colw'] = [30, 62, 30, 30]

    blocks = [
        T('title', '槚溪县基层农技推广体系改革与建设补助项目2024年度项目支出绩效自评报告'),
        T('sub', DOCNO),
        T('h', '一、项目概况'),
        T('p', '2024年本项目资金{total}万元，其中中央财政补助{zy}万元、县级配套{xj}万元，县级资金占项目资金的{xj_sh}%；'
               '较上年的{prev}万元增加{add}万元，增长{g}%。项目建设内容共4项，即农技人员能力提升、农业科技示范基地建设、'
               '科技示范主体培育和农技推广信息化建设。'.format(**s)),
        T('h', '二、资金使用情况'),
        T('p', '截至2024年12月31日，项目支出{spent}万元，预算执行率{rate}%，结余{jieyu}万元，已按规定收回统筹。'
               '其中{min_name}执行率为{min_rate}%，在4项内容中最低，原因是信息平台运维服务按季度结算、'
               '四季度服务费跨年支付。'.format(**s)),
        T('unit', '表1　分项资金执行情况　金额单位：万元'),
        t1,
        T('h', '三、绩效目标实现情况'),
        T('p', '（一）数量指标。培训基层农技人员{px_n}人，为年度目标{px_goal}人的{px_done}%，人均培训经费{px_per}元。'
               '建成农业科技示范基地{jd_n}个，分布在4个乡镇，即蒡溪镇、茳口镇、橹坪乡和椑塘乡，基地数分别为{j0}个、{j1}个、'
               '{j2}个和{j3}个，平均每个基地投入{jd_avg}万元。培育科技示范主体{zt_n}户，完成目标{zt_goal}户的{zt_done}%，'
               '户均补助物资折合{zt_per}元。'.format(j0=s['jd'][0], j1=s['jd'][1], j2=s['jd'][2], j3=s['jd'][3], **s)),
        T('p', '（二）质量和效益指标。主推技术到位率{dw}%，比上年的{dw_prev}%提高{dw_pp}个百分点。示范区水稻平均亩产'
               '{yc_sf}公斤，较非示范区的{yc_fsf}公斤增加{yc_d}公斤，增幅{yc_g}%。'.format(**s)),
        T('p', '（三）满意度指标。向示范主体发放问卷{wj_fa}份，收回{wj_shou}份，其中满意{wj_my}份，满意度{myd}%。'.format(**s)),
        T('h', '四、自评结果'),
        T('p', '评价结果分为四档：总分≥90分为优，80分≤总分<90分为良，60分≤总分<80分为中，总分<60分为差。'
               '信息平台部分功能模块延期上线，产出时效扣{kou}分。各项指标得分见表2。'.format(**s)),
        T('unit', '表2　项目支出绩效自评指标得分'),
        t2,
        T('p', '经综合评定，本项目自评得分{stotal}分，绩效自评等级为“{grade}”。下一步，将加快信息化建设进度，'
               '加强示范基地后续管护，提高资金使用效益。'.format(**s)),
        {'t': 'sign', 'lines': ['槚溪县农业农村局', DATE]},
    ]
    model = {'blocks': blocks}

    L.anchor('文号', DOCNO)
    L.dated('落款日期晚于年度终了', DATE)
    L.sum('项目资金 = 中央 + 县级', [s['zy'], s['xj']], s['total'])
    L.ratio('县级资金占项目资金', s['xj'], s['total'], s['xj_sh'])
    L.growth('资金 较上年增加/增长', s['total'], s['prev'], s['add'], s['g'], '增长')
    L.count('建设内容共4项', '4', [x[0] for x in subs])
    L.sum('表1 预算数合计', [r[1] for r in rows1[:-1]], s['total'])
    L.sum('表1 支出数合计', [r[2] for r in rows1[:-1]], s['spent'])
    for r in rows1:
        L.ratio('表1 执行率：' + r[0], r[2], r[1], r[3])
    L.diff('结余 = 预算 - 支出', s['total'], s['spent'], s['jieyu'])
    L.min('执行率最低的建设内容', s['min_rate'], [r[3] for r in rows1[:-1]], s['min_name'] + '执行率为')
    L.ratio('培训人数完成率', s['px_n'], s['px_goal'], s['px_done'])
    L.ratio('人均培训经费（元）', rows1[0][2], s['px_n'], s['px_per'], scale='10000')
    L.count('示范基地分布在4个乡镇', '4', towns)
    L.sum('示范基地 = 各乡镇基地数', s['jd'], s['jd_n'])
    L.ratio('平均每个基地投入（万元）', rows1[1][2], s['jd_n'], s['jd_avg'], scale='1')
    L.ratio('示范主体完成率', s['zt_n'], s['zt_goal'], s['zt_done'])
    L.ratio('户均补助（元）', rows1[2][2], s['zt_n'], s['zt_per'], scale='10000')
    L.pp('主推技术到位率 较上年提高', s['dw'], s['dw_prev'], s['dw_pp'], '提高')
    L.growth('亩产 增加/增幅', s['yc_sf'], s['yc_fsf'], s['yc_d'], s['yc_g'], '增幅')
    L.ratio('满意度', s['wj_my'], s['wj_shou'], s['myd'])
    L.le('收回 <= 发放', s['wj_shou'], s['wj_fa'])
    L.sum('表2 分值合计 = 100', [r[2] for r in rows2[:-1]], '100')
    L.sum('表2 得分合计', [r[3] for r in rows2[:-1]], s['stotal'])
    L.ratio('表2 预算执行率得分 = 执行率 ÷ 10', s['rate'], '10', rows2[3][3], scale='1')
    L.ratio('表2 满意度得分 = 满意度 ÷ 10', s['myd'], '10', rows2[11][3], scale='1')
    L.diff('产出时效扣分 = 分值 - 得分', '5', rows2[7][3], s['kou'])
    for r in rows2[:-1]:
        L.le('表2 得分 <= 分值：' + r[1], r[3], r[2])
    L.band('等级与分档一致', s['stotal'], BANDS, grade, '绩效自评等级为“%s”' % grade)
    L.same('自评得分写出次数', s['stotal'], 2)
    meta = {'render': 'pdf', 'date': DATE, 'docno': DOCNO, 'author': '槚溪县农业农村局'}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
