from lib50 import *
NAME = 't03_lengchuan_county_peoples_hospital_public_hospital_reform_subsidy_performance_evaluation_2024.pdf'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]

def build():
    L = Ledger(); M = []
    docno = '塄卫健〔2025〕15号'; date = '2025年5月16日'
    L.anchor('文号', docno); L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    up, cty = D('340.00'), D('180.00'); fund = up + cty
    L.add('补助资金=上级+县级', 'sum', total=F(fund), parts=[F(up), F(cty)])
    shu = P(up / fund * 100); L.add('上级资金占比', 'ratio', num=F(up), den=F(fund), r=shu)
    names = ['取消药品加成补偿', '重点学科建设', '信息化建设', '人才培养']
    bud = [D('210.00'), D('120.00'), D('110.00'), D('80.00')]; sp = [D('210.00'), D('112.36'), D('101.84'), D('74.50')]
    assert sum(bud) == fund
    rows = [['支出方向', '安排资金', '实际支出', '执行率（%）']]; rates = []
    for n, b, s in zip(names, bud, sp):
        r = P(s / b * 100); rates.append(r); rows.append([n, F(b), F(s), r])
        L.add(f'表1 {n} 执行率', 'ratio', num=F(s), den=F(b), r=r)
    ts = sum(sp); er = P(ts / fund * 100); rows.append(['合计', F(fund), F(ts), er])
    L.add('表1 安排合计', 'sum', total=F(fund), parts=[F(b) for b in bud])
    L.add('表1 支出合计', 'sum', total=F(ts), parts=[F(s) for s in sp])
    L.add('表1 执行率', 'ratio', num=F(ts), den=F(fund), r=er)
    L.add('执行率最低 信息化', 'min', v=rates[2], all=rates)
    L.add('未支出', 'diff', a=F(fund), b=F(ts), r=F(fund - ts))
    L.add('方向数', 'count', n='4', items=names)
    staff, tech = D(862), D(741); oth = staff - tech
    L.add('职工=卫技+其他', 'sum', total=I(staff), parts=[I(tech), I(oth)])
    tsh = P(tech / staff * 100); L.add('卫技占比', 'ratio', num=I(tech), den=I(staff), r=tsh)
    trained = D(146); pt = F(sp[3] / trained * 10000)
    L.add('人均培训经费', 'ratio', num=F(sp[3]), den=I(trained), r=pt, scale='10000')
    op, pop = D(312460), D(298715); gop = P((op - pop) / pop * 100)
    L.add('门诊人次增长', 'growth', cur=I(op), prev=I(pop), d=I(op - pop), rate=gop, word='增')
    los, plos = D('7.6'), D('8.1'); L.add('平均住院日缩短', 'growth', cur=P(los, 1), prev=P(plos, 1), d=P(plos - los, 1), word='减')
    fee, pfee = D('218.46'), D('224.80'); gf = P((pfee - fee) / pfee * 100)
    L.add('次均门诊费用下降', 'growth', cur=P(fee), prev=P(pfee), d=P(pfee - fee), rate=gf, word='减')
    dr, pdr = D('27.35'), D('29.10'); L.add('药占比下降', 'pp', cur=P(dr), prev=P(pdr), d=P(pdr - dr), word='降')
    med, svc = D('38642.50'), D('12863.20'); ssh = P(svc / med * 100)
    L.add('医疗服务收入占比', 'ratio', num=F(svc), den=F(med), r=ssh)
    pssh = D('31.86'); L.add('服务收入占比提高', 'pp', cur=ssh, prev=P(pssh), d=P(D(ssh) - pssh), word='升')
    towns = ['塄东镇卫生院', '塄南镇卫生院', '塄北乡卫生院']; docs = [D(6), D(4), D(3)]
    L.add('帮扶卫生院3家', 'count', n='3', items=towns)
    L.add('下沉医师合计', 'sum', total=I(sum(docs)), parts=[I(x) for x in docs])
    o_n, o_s, i_n, i_s = D(520), D(492), D(340), D(327)
    osr, isr = P(o_s / o_n * 100), P(i_s / i_n * 100)
    L.add('门诊满意度', 'ratio', num=I(o_s), den=I(o_n), r=osr); L.add('住院满意度', 'ratio', num=I(i_s), den=I(i_n), r=isr)
    # indicator table with targets (no arithmetic beyond the checks above)
    irows = [['绩效指标', '年度目标值', '实际完成值', '是否完成'],
             ['预算执行率', '≥95%', er + '%', '是'], ['药占比', '≤28%', P(dr) + '%', '是'],
             ['次均门诊费用增幅', '≤0', '-' + gf + '%', '是'], ['平均住院日', '≤8.0天', P(los, 1) + '天', '是'],
             ['下沉帮扶医师', '≥12人', I(sum(docs)) + '人', '是'], ['门诊患者满意度', '≥90%', osr + '%', '是'],
             ['住院患者满意度', '≥92%', isr + '%', '是']]
    score = '91.50'; grade = 'ERR'
    for lo, g_ in BANDS:
        if D(score) >= D(lo): grade = g_; break
    L.add('评价等级', 'band', score=score, grade=grade, bands=BANDS)
    L.add('扣分合计', 'sum', total='8.50', parts=['3.00', '2.50', '3.00'])
    L.add('得分=100-扣分', 'diff', a='100', b='8.50', r=score)
    L.anchor('等级表述', f'评价等级为“{grade}”')

    M += [('title', '塄川县人民医院公立医院综合改革补助资金2024年度绩效评价报告'), ('sub', docno),
          ('h', '一、基本情况'), ('p',
        f'塄川县人民医院是县域医疗中心，现有在岗职工{I(staff)}人，其中卫生技术人员{I(tech)}人、其他人员{I(oth)}人，卫技人员占{tsh}%。'
        f'2024年县卫生健康局、县财政局共下达公立医院综合改革补助资金{F(fund)}万元，其中上级补助{F(up)}万元、县级配套{F(cty)}万元，上级补助占{shu}%。'
        '资金用于4个方向，即取消药品加成补偿、重点学科建设、信息化建设和人才培养。'),
          ('h', '二、资金管理和使用情况'), ('p',
        f'医院对补助资金实行专账核算。截至2024年末，实际支出{F(ts)}万元，执行率{er}%，未支出{F(fund-ts)}万元结转下年继续用于信息化建设。'
        f'其中取消药品加成补偿资金全额拨付，信息化建设执行率最低，为{rates[2]}%。'),
          ('unit', '表1　补助资金安排及支出情况　金额单位：万元'), ('table', rows, [150, 90, 90, 90]),
          ('h', '三、绩效目标实现情况'), ('p',
        f'全年门诊{I(op)}人次，同比增长{gop}%，比上年的{I(pop)}人次增加{I(op-pop)}人次。平均住院日{P(los,1)}天，较上年的{P(plos,1)}天缩短{P(plos-los,1)}天；'
        f'次均门诊费用{P(fee)}元，较上年的{P(pfee)}元下降{P(pfee-fee)}元，降幅{gf}%。药占比{P(dr)}%，上年为{P(pdr)}%，下降{P(pdr-dr)}个百分点。'), ('p',
        f'医疗收入{F(med)}万元中，医疗服务收入（不含药品、耗材、检查和化验收入）{F(svc)}万元，占{ssh}%，比上年的{P(pssh)}%提高{P(D(ssh)-pssh)}个百分点。'
        f'人才培养资金用于进修和规范化培训{I(trained)}人次，人均培训经费{pt}元。'), ('p',
        f'医院向3家乡镇卫生院派驻医师，即塄东镇卫生院、塄南镇卫生院和塄北乡卫生院，派驻人数分别为{I(docs[0])}人、{I(docs[1])}人和{I(docs[2])}人。'
        f'第三方满意度调查：门诊问卷{I(o_n)}份，满意{I(o_s)}份，满意度{osr}%；住院问卷{I(i_n)}份，满意{I(i_s)}份，满意度{isr}%。主要指标完成情况见表2。'),
          ('unit', '表2　主要绩效指标完成情况'), ('table', irows, [130, 90, 90, 70]),
          ('h', '四、评价结论'), ('p',
        '评价采用百分制（满分100分），90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'
        f'因信息化建设进度滞后扣3.00分、重点学科建设成果尚未形成扣2.50分、绩效目标细化不足扣3.00分，共扣8.50分，综合得分{score}分，评价等级为“{grade}”。'),
          ('h', '五、问题和建议'), ('p', '信息化建设资金支出偏慢，建议在2025年9月底前完成结转资金支付，并建立学科建设成果年度考核机制。'),
          ('sign', '塄川县卫生健康局'), ('sign', date)]
    return M, L, {'format': 'pdf', 'name': NAME, 'date': date, 'docno': docno}
