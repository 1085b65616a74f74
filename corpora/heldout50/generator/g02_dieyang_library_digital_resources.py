from lib50 import *
NAME = 't02_dieyang_county_library_digital_resources_procurement_project_selfeval_2024.docx'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]

def build():
    L = Ledger(); M = []
    docno = '瓞图〔2025〕6号'; date = '2025年4月8日'
    L.anchor('文号', docno); L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    county, upper = D('126.00'), D('60.00'); fund = county + upper
    L.add('项目资金=县级+上级', 'sum', total=F(fund), parts=[F(county), F(upper)])
    shc = P(county / fund * 100); L.add('县级占比', 'ratio', num=F(county), den=F(fund), r=shc)
    prev = D('168.00'); g = P((fund - prev) / prev * 100)
    L.add('资金增长', 'growth', cur=F(fund), prev=F(prev), d=F(fund - prev), rate=g, word='增')
    items = ['电子图书', '电子期刊', '专题数据库', '有声视听资源']
    L.add('采购内容4类', 'count', n='4', items=items)
    bud = [D('62.00'), D('38.00'), D('64.00'), D('22.00')]; sp = [D('60.85'), D('37.40'), D('63.20'), D('20.47')]
    tb, ts = sum(bud), sum(sp); assert tb == fund
    rows = [['子项目', '预算数（万元）', '实际支出（万元）', '执行率（%）']]
    rates = []
    for n, b, s in zip(items, bud, sp):
        r = P(s / b * 100); rates.append(r); rows.append([n, F(b), F(s), r])
        L.add(f'表1 {n} 执行率', 'ratio', num=F(s), den=F(b), r=r)
    er = P(ts / tb * 100); rows.append(['合计', F(tb), F(ts), er])
    L.add('表1 预算合计', 'sum', total=F(tb), parts=[F(b) for b in bud])
    L.add('表1 支出合计', 'sum', total=F(ts), parts=[F(s) for s in sp])
    L.add('表1 合计执行率', 'ratio', num=F(ts), den=F(tb), r=er)
    L.add('执行率最低', 'min', v=rates[3], all=rates)
    L.add('结余', 'diff', a=F(tb), b=F(ts), r=F(tb - ts))
    plan, done = D(18000), D(18600); br = P(done / plan * 100)
    L.add('电子图书完成率', 'ratio', num=I(done), den=I(plan), r=br)
    per = P(sp[0] / done * 10000); L.add('平均每种电子图书', 'ratio', num=F(sp[0]), den=I(done), r=per, scale='10000')
    dbn = [D(5), D(3)]; L.add('数据库 新增+续订', 'sum', total='8', parts=['5', '3'])
    visits, pvis = D(386420), D(342180); gv = P((visits - pvis) / pvis * 100)
    L.add('访问量增长', 'growth', cur=I(visits), prev=I(pvis), d=I(visits - pvis), rate=gv, word='增')
    readers = D(21850); pv = P(visits / readers); L.add('持证读者人均访问', 'ratio', num=I(visits), den=I(readers), r=pv, scale='1')
    ret, sat = D(468), D(431); sr = P(sat / ret * 100); L.add('满意度', 'ratio', num=I(sat), den=I(ret), r=sr)
    # score table
    s_exec = P(D(er) / 10); s_sat = P(D(sr) / 10)
    L.add('预算执行得分=执行率÷10', 'ratio', num=er, den='10', r=s_exec, scale='1')
    L.add('满意度得分=满意度÷10', 'ratio', num=sr, den='10', r=s_sat, scale='1')
    sc = [('决策', '项目立项', '5', '5.00'), ('决策', '绩效目标', '5', '4.50'), ('决策', '资金投入', '5', '5.00'),
          ('过程', '预算执行率', '10', s_exec), ('过程', '组织实施', '10', '9.00'),
          ('产出', '产出数量', '15', '15.00'), ('产出', '产出质量', '10', '9.50'), ('产出', '产出时效', '5', '3.50'),
          ('产出', '产出成本', '5', '4.50'), ('效益', '社会效益', '15', '14.00'), ('效益', '可持续影响', '5', '4.50'),
          ('满意度', '服务对象满意度', '10', s_sat)]
    for a in sc: assert D(a[3]) <= D(a[2])
    assert sum(D(a[2]) for a in sc) == 100
    tot = P(sum(D(a[3]) for a in sc)); grade = [g_ for lo, g_ in BANDS if D(tot) >= D(lo)][0]
    L.add('评分表分值合计', 'sum', total='100', parts=[a[2] for a in sc])
    L.add('评分表得分合计', 'sum', total=tot, parts=[a[3] for a in sc])
    L.add('等级', 'band', score=tot, grade=grade, bands=BANDS)
    L.add('时效扣分', 'diff', a='5', b='3.50', r='1.50')
    L.same(tot, 2); L.anchor('等级表述', f'自评等级为“{grade}”')
    srows = [['一级指标', '二级指标', '分值', '得分']] + [list(a) for a in sc] + [['合计', '', '100', tot]]

    M += [('title', '瓞阳县图书馆数字资源采购项目2024年度绩效自评报告'), ('sub', docno),
          ('h', '一、项目基本情况'), ('p',
        f'数字资源采购项目是县图书馆“数字阅读进基层”工作的重点项目，2024年安排资金{F(fund)}万元，由县级财政资金{F(county)}万元和上级公共文化服务体系建设补助资金{F(upper)}万元构成，'
        f'县级资金占{shc}%。项目资金较上年的{F(prev)}万元增加{F(fund-prev)}万元，增长{g}%。'), ('p',
        f'采购内容共4类，即电子图书、电子期刊、专题数据库和有声视听资源。年度目标为新增电子图书{I(plan)}种、新增及续订专题数据库8个、数字资源年访问量不低于35万人次、读者满意度不低于90%。'),
          ('h', '二、资金使用情况'), ('p',
        f'截至2024年12月31日，项目实际支出{F(ts)}万元，预算执行率{er}%，结余{F(tb-ts)}万元。分项情况见表1，其中有声视听资源执行率最低，为{rates[3]}%，'
        f'原因是部分视频资源经比价后按低于预算的价格成交。'),
          ('unit', '表1　数字资源采购项目资金支出情况'), ('table', rows),
          ('h', '三、绩效目标完成情况'), ('p',
        f'（一）产出。全年新增电子图书{I(done)}种，为年度目标的{br}%，平均每种采购价格{per}元；专题数据库新增5个、续订3个，共8个；电子期刊保持3,200种。'
        f'有声视听资源采购合同于2024年9月签订，较计划推迟约2个月。'), ('p',
        f'（二）效益。全年数字资源访问量{I(visits)}人次，比上年的{I(pvis)}人次增长{gv}%，增加{I(visits-pvis)}人次；按全县持证读者{I(readers)}人计算，人均访问{pv}次。'
        f'资源已延伸至全县14个乡镇分馆。'), ('p',
        f'（三）满意度。发放读者问卷500份，回收{I(ret)}份，其中表示满意的{I(sat)}份，满意度{sr}%。'),
          ('h', '四、自评结论'), ('p',
        '评分标准：总分90分（含）至100分为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'
        f'预算执行率得分按执行率除以10计算，满意度得分按满意度除以10计算；产出时效指标因合同推迟扣1.50分。各项得分见表2。'),
          ('unit', '表2　绩效自评评分表'), ('table', srows), ('p',
        f'经自评，本项目得分{tot}分，自评等级为“{grade}”。'),
          ('h', '五、存在问题及改进措施'), ('p',
        '一是部分资源采购进度偏慢；二是乡镇分馆使用率不均衡。下一步将于2025年6月30日前完成年度采购合同签订，并加强数字阅读推广。'),
          ('sign', '瓞阳县图书馆'), ('sign', date)]
    return M, L, {'format': 'docx', 'name': NAME, 'date': date, 'docno': docno}
