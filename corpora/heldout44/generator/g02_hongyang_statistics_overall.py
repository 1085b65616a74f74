"""t02 荭阳县统计局 2024年度部门整体支出绩效自评报告 (docx)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't02_hongyang_county_statistics_bureau_overall_expenditure_selfeval_2024.docx'
DATE = '2025年4月16日'
DOCNO = '荭统〔2025〕7号'
BANDS = [('90', None, '优'), ('80', '90', '良'), ('60', '80', '中'), (None, '60', '差')]


def build():
    L = Ledger()
    units = ['县统计普查中心', '县统计信息服务中心']
    bz_xz, bz_sy, shiyou = 38 - 14, 14, 36
    nianchu, zhuijia = D('786.40'), D('152.60')
    renyuan, gongyong = D('538.27'), D('74.57')
    lines = [('基本支出', D('624.00'), None),
             ('常规统计调查经费', D('118.00'), D('114.62')),
             ('人口变动抽样调查经费', D('86.00'), D('83.45')),
             ('统计执法检查经费', D('42.00'), D('35.18')),
             ('统计信息化建设经费', D('69.00'), D('56.28'))]
    prev_rate = D('94.85')
    sg_car, sg_jd, sg_prev = D('2.94'), D('0.92'), D('4.52')
    dc_guo, dc_di = 9, 5
    zhibao, anshi = 612, 611
    zf_dw, zf_la = 48, 6
    rep = [22, 12, 2]
    wj_fa, wj_shou, wj_my = 300, 286, 265
    # score table: (一级, 二级, 分值, 得分 or None -> computed)
    sc = [('投入', '预算编制科学性', 8, D('7.50')), ('投入', '绩效目标合理性', 7, D('6.50')),
          ('过程', '预算执行率', 10, None), ('过程', '预算管理与资产管理', 15, D('13.50')),
          ('产出', '统计调查任务完成', 20, D('19.00')), ('产出', '统计数据质量', 10, D('9.00')),
          ('产出', '统计执法检查', 5, D('4.00')), ('效果', '数据服务效果', 15, D('13.50')),
          ('效果', '服务对象满意度', 10, None)]

    # ---- computed
    bianzhi = bz_xz + bz_sy
    tiaozheng = nianchu + zhuijia
    jiben_zc = renyuan + gongyong
    spend = [jiben_zc] + [x[2] for x in lines[1:]]
    budgets = [x[1] for x in lines]
    assert sum(budgets) == tiaozheng
    rates = [pct(a, b) for a, b in zip(spend, budgets)]
    xm_zc = sum(spend[1:])
    zc = sum(spend)
    rate = pct(zc, tiaozheng)
    rate_pp = rate - prev_rate
    jb_sh, xm_sh = pct(jiben_zc, zc), pct(xm_zc, zc)
    assert jb_sh + xm_sh == 100
    lowest = min(range(len(rates)), key=lambda k: rates[k])
    sg = sg_car + sg_jd
    sg_d = sg_prev - sg
    sg_g = pct(sg_d, sg_prev)
    dc = dc_guo + dc_di
    jsl = pct(anshi, zhibao)
    lal = pct(zf_la, zf_dw)
    rep_n = sum(rep)
    gy_per = q(gongyong / shiyou)
    myd = pct(wj_my, wj_shou)
    scores = []
    for a, b, fz, df in sc:
        if b == '预算执行率':
            df = q(rate / 10)
        if b == '服务对象满意度':
            df = q(myd / 10)
        assert df <= fz
        scores.append((a, b, fz, df))
    assert sum(x[2] for x in scores) == 100
    total = sum(x[3] for x in scores)
    grade = [n for lo, hi, n in BANDS if (lo is None or total >= D(lo)) and (hi is None or total < D(hi))][0]

    s = dict(bianzhi=I(bianzhi), bz_xz=I(bz_xz), bz_sy=I(bz_sy), shiyou=I(shiyou), nianchu=F(nianchu), zhuijia=F(zhuijia),
             tiaozheng=F(tiaozheng), zc=F(zc), rate=P(rate), prev_rate=P(prev_rate), rate_pp=P(rate_pp),
             jiben=F(jiben_zc), renyuan=F(renyuan), gongyong=F(gongyong), jb_sh=P(jb_sh), xm=F(xm_zc), xm_sh=P(xm_sh),
             low_name=lines[lowest][0], low_rate=P(rates[lowest]), sg=F(sg), sg_car=F(sg_car), sg_jd=F(sg_jd),
             sg_prev=F(sg_prev), sg_d=F(sg_d), sg_g=P(sg_g), dc=I(dc), dc_guo=I(dc_guo), dc_di=I(dc_di),
             zhibao=I(zhibao), anshi=I(anshi), jsl=P(jsl), zf_dw=I(zf_dw), zf_la=I(zf_la), lal=P(lal),
             rep_n=I(rep_n), rep=[I(x) for x in rep], gy_per=F(gy_per), wj_fa=I(wj_fa), wj_shou=I(wj_shou),
             wj_my=I(wj_my), myd=P(myd), total=P(total), grade=grade)

    rows1 = [[nm, F(b), F(z), P(r)] for (nm, b, _), z, r in zip(lines, spend, rates)]
    rows1.append(['合计', s['tiaozheng'], s['zc'], s['rate']])
    rows2 = [[a, b, str(fz), P(df)] for a, b, fz, df in scores]
    rows2.append(['合计', '', '100', s['total']])

    blocks = [
        T('title', '荭阳县统计局2024年度部门整体支出绩效自评报告'),
        T('sub', DOCNO),
        T('h', '一、部门概况'),
        T('p', '县统计局负责全县统计调查、统计监督和统计信息服务工作，内设股室5个，下属事业单位2个，即县统计普查中心和'
               '县统计信息服务中心。核定编制{bianzhi}名（行政编制{bz_xz}名、事业编制{bz_sy}名），年末实有人员{shiyou}人。'.format(**s)),
        T('h', '二、预算安排及执行情况'),
        T('p', '2024年年初预算{nianchu}万元，年中追加经费{zhuijia}万元，调整后预算{tiaozheng}万元。'
               '全年实际支出{zc}万元，预算执行率{rate}%，由上年的{prev_rate}%提升至本年水平，提高{rate_pp}个百分点。'
               '按支出性质分，基本支出{jiben}万元（人员经费{renyuan}万元、公用经费{gongyong}万元），占{jb_sh}%；'
               '项目支出{xm}万元，占{xm_sh}%。分项执行情况见表1，执行率最低的是{low_name}（{low_rate}%），'
               '主要是统计数据采集终端采购合同于12月签订、尾款未到支付节点。'.format(**s)),
        T('unit', '表1　2024年预算执行情况　金额单位：万元'),
        table(['项目', '调整预算', '支出数', '执行率（%）'], rows1, 'exec'),
        T('p', '“三公”经费支出{sg}万元，由公务用车运行维护费{sg_car}万元和公务接待费{sg_jd}万元组成，'
               '较上年的{sg_prev}万元减少{sg_d}万元，下降{sg_g}%；因公出国（境）费用为零。按年末实有人员计，'
               '人均公用经费{gy_per}万元。'.format(**s)),
        T('h', '三、绩效目标完成情况'),
        T('p', '（一）产出。全年组织实施统计调查项目{dc}项，其中国家统计调查项目{dc_guo}项、地方统计调查项目{dc_di}项。'
               '联网直报企业{zhibao}家，按时报送{anshi}家，报送及时率{jsl}%。开展统计执法检查单位{zf_dw}家，'
               '立案{zf_la}件，立案率{lal}%。'.format(**s)),
        T('p', '（二）效果。全年编发统计分析资料{rep_n}篇，分别为专题分析{r0}篇、月度统计简报{r1}篇和年度统计公报'
               '{r2}篇。向服务对象发放满意度问卷{wj_fa}份，收回{wj_shou}份，表示满意的{wj_my}份，满意度{myd}%。'
               .format(r0=s['rep'][0], r1=s['rep'][1], r2=s['rep'][2], **s)),
        T('h', '四、自评得分'),
        T('p', '本次自评从投入、过程、产出、效果四个方面设置9项二级指标，按照评分标准，90分以上（含90分）为优，'
               '80—89.99分为良，60—79.99分为中，60分以下为差。预算执行率、满意度两项按实际值的十分之一计分。'),
        T('unit', '表2　部门整体支出绩效自评评分表'),
        table(['一级指标', '二级指标', '分值', '得分'], rows2, 'score'),
        T('h', '五、评价结论及下一步措施'),
        T('p', '综上，本局2024年度部门整体支出{zc}万元，预算执行总体较好，绩效目标基本实现，自评得分{total}分，'
               '自评等级为“{grade}”。存在的问题是信息化项目执行偏慢、部分调查项目绩效指标不够细化。下一步将提前开展'
               '采购需求论证，细化量化绩效指标，并将本次自评结果作为编制2026年部门预算的重要依据。'.format(**s)),
        {'t': 'sign', 'lines': ['荭阳县统计局', DATE]},
    ]
    model = {'blocks': blocks}

    L.anchor('文号', DOCNO)
    L.dated('落款日期晚于年度终了', DATE)
    L.count('下属事业单位2个', '2', units)
    L.sum('编制 = 行政 + 事业', [s['bz_xz'], s['bz_sy']], s['bianzhi'])
    L.le('实有 <= 编制', s['shiyou'], s['bianzhi'])
    L.sum('调整预算 = 年初 + 追加', [s['nianchu'], s['zhuijia']], s['tiaozheng'])
    L.ratio('预算执行率', s['zc'], s['tiaozheng'], s['rate'])
    L.pp('执行率 较上年提高', s['rate'], s['prev_rate'], s['rate_pp'], '提高')
    L.sum('基本支出 = 人员 + 公用', [s['renyuan'], s['gongyong']], s['jiben'])
    L.sum('支出 = 基本 + 项目', [s['jiben'], s['xm']], s['zc'])
    L.ratio('基本支出占比', s['jiben'], s['zc'], s['jb_sh'])
    L.ratio('项目支出占比', s['xm'], s['zc'], s['xm_sh'])
    L.sum('表1 调整预算合计', [r[1] for r in rows1[:-1]], s['tiaozheng'])
    L.sum('表1 支出数合计', [r[2] for r in rows1[:-1]], s['zc'])
    L.sum('项目支出 = 表1 四个项目', [r[2] for r in rows1[1:-1]], s['xm'])
    for r in rows1:
        L.ratio('表1 执行率：' + r[0], r[2], r[1], r[3])
    L.min('执行率最低项目', s['low_rate'], [r[3] for r in rows1[:-1]], '执行率最低的是' + s['low_name'])
    L.sum('三公 = 公务用车 + 公务接待', [s['sg_car'], s['sg_jd']], s['sg'])
    L.growth('三公 较上年减少/下降', s['sg'], s['sg_prev'], s['sg_d'], s['sg_g'], '下降')
    L.ratio('人均公用经费（万元）', s['gongyong'], s['shiyou'], s['gy_per'], scale='1')
    L.sum('统计调查项目 = 国家 + 地方', [s['dc_guo'], s['dc_di']], s['dc'])
    L.ratio('报送及时率', s['anshi'], s['zhibao'], s['jsl'])
    L.ratio('立案率', s['zf_la'], s['zf_dw'], s['lal'])
    L.sum('统计分析资料 分别为', s['rep'], s['rep_n'])
    L.ratio('满意度', s['wj_my'], s['wj_shou'], s['myd'])
    L.le('收回 <= 发放', s['wj_shou'], s['wj_fa'])
    L.sum('表2 分值合计 = 100', [r[2] for r in rows2[:-1]], '100')
    L.sum('表2 得分合计', [r[3] for r in rows2[:-1]], s['total'])
    L.ratio('表2 预算执行率得分 = 执行率 ÷ 10', s['rate'], '10', rows2[2][3], scale='1')
    L.ratio('表2 满意度得分 = 满意度 ÷ 10', s['myd'], '10', rows2[8][3], scale='1')
    for r in rows2[:-1]:
        L.le('表2 得分 <= 分值：' + r[1], r[3], r[2])
    L.band('等级与分档一致', s['total'], BANDS, grade, '自评等级为“%s”' % grade)
    L.same('结论复述部门整体支出', '部门整体支出' + s['zc'] + '万元', 1)
    L.same('支出数写出次数', s['zc'], 3)
    L.same('自评得分写出次数', s['total'], 2)
    meta = {'render': 'docx', 'date': DATE, 'docno': DOCNO, 'author': '荭阳县统计局'}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
