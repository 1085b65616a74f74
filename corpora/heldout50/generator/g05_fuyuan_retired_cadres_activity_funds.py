from lib50 import *
NAME = 't05_fuyuan_county_retired_cadres_activity_funds_use_statement_2024.txt'

def build():
    L = Ledger(); M = []
    docno = '蚨老干〔2025〕3号'; date = '2025年1月24日'; phone = '0743-6275091'
    L.anchor('文号', docno); L.anchor('电话', phone); L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    li, tui = D(18), D(1228); allp = li + tui
    L.add('离退休干部=离休+退休', 'sum', total=I(allp), parts=[I(li), I(tui)])
    std = D(600); act = q(allp * std / 10000, 2)
    L.add('活动经费=人数×600元', 'prod', a=I(allp), b=I(std), div='10000', r=F(act))
    names = ['文体活动', '学习参观', '走访慰问', '老年大学运行', '活动中心运转']
    bud = [D('42.30'), D('18.00'), D('14.46'), D('28.00'), D('35.50')]
    sp = [D('40.86'), D('17.25'), D('14.46'), D('26.92'), D('33.78')]
    tb, ts = sum(bud), sum(sp)
    L.add('预算构成', 'sum', total=F(tb), parts=[F(act), F(D('28.00')), F(D('35.50'))])
    L.add('活动经费三项', 'sum', total=F(act), parts=[F(bud[0]), F(bud[1]), F(bud[2])])
    rows = [['项目', '预算数', '支出数', '执行率（%）', '占支出比重（%）']]; shs = []
    for n, b, s in zip(names, bud, sp):
        r = P(s / b * 100); sh = P(s / ts * 100); shs.append(sh); rows.append([n, F(b), F(s), r, sh])
        L.add(f'表 {n} 执行率', 'ratio', num=F(s), den=F(b), r=r)
        L.add(f'表 {n} 占比', 'ratio', num=F(s), den=F(ts), r=sh)
    assert sum(D(x) for x in shs) == 100
    er = P(ts / tb * 100); rows.append(['合计', F(tb), F(ts), er, '100.00'])
    L.add('表 预算合计', 'sum', total=F(tb), parts=[F(b) for b in bud])
    L.add('表 支出合计', 'sum', total=F(ts), parts=[F(s) for s in sp])
    L.add('表 执行率', 'ratio', num=F(ts), den=F(tb), r=er)
    L.add('结余', 'diff', a=F(tb), b=F(ts), r=F(tb - ts))
    prev = D('128.64'); g = P((ts - prev) / prev * 100)
    L.add('支出增长', 'growth', cur=F(ts), prev=F(prev), d=F(ts - prev), rate=g, word='增')
    per = F(ts / allp * 10000); L.add('人均', 'ratio', num=F(ts), den=I(allp), r=per, scale='10000')
    ev, pa = D(56), D(4380); avg = P(pa / ev); L.add('场均参与', 'ratio', num=I(pa), den=I(ev), r=avg, scale='1')
    evs = [D(22), D(19), D(15)]; L.add('活动场次构成', 'sum', total=I(ev), parts=[I(x) for x in evs])
    majors = ['书法', '绘画', '声乐', '太极拳', '摄影', '智能手机应用']
    L.add('专业6个', 'count', n='6', items=majors)
    stu, cad = D(486), D(312); csh = P(cad / stu * 100); L.add('学员中离退休干部占比', 'ratio', num=I(cad), den=I(stu), r=csh)
    visit = D(241); L.add('慰问=人次×600元', 'prod', a=I(visit), b=I(std), div='10000', r=F(sp[2]))
    L.same(F(ts), 2); L.anchor('结语复述', f'全年实际支出{F(ts)}万元')

    M += [('title', '蚨原县委老干部局关于2024年度离退休干部活动经费使用情况的说明'), ('sub', docno),
          ('p', '县财政局：'), ('p',
        '按照县级部门预算绩效管理和信息公开要求，现将我局2024年度离退休干部活动经费使用情况说明如下。'),
          ('h', '一、服务对象和经费来源'), ('p',
        f'截至2024年12月31日，全县由我局服务管理的离退休干部{I(allp)}人，其中离休干部{I(li)}人、退休干部{I(tui)}人。'
        f'活动经费按每人每年{I(std)}元标准列入预算，计{F(act)}万元，安排用于文体活动、学习参观和走访慰问；另安排老年大学运行经费28.00万元、活动中心运转经费35.50万元，'
        f'全年预算合计{F(tb)}万元。'),
          ('h', '二、经费支出情况'), ('p',
        f'2024年经费支出{F(ts)}万元，预算执行率{er}%，较上年的{F(prev)}万元增加{F(ts-prev)}万元，增长{g}%；结余{F(tb-ts)}万元已按规定由财政收回。'
        f'按服务对象计算，人均{per}元。分项目支出情况如下：'),
          ('unit', '单位：万元、%'), ('table', rows),
          ('h', '三、主要活动开展情况'), ('p',
        f'全年组织各类活动{I(ev)}场次，其中文体比赛、专题学习和参观考察分别为{I(evs[0])}场次、{I(evs[1])}场次和{I(evs[2])}场次，参与{I(pa)}人次，场均{avg}人次。'
        f'春节、重阳节期间走访慰问高龄、患病和困难离退休干部{I(visit)}人次，每人次{I(std)}元。'), ('p',
        f'老年大学开设专业6个，即书法、绘画、声乐、太极拳、摄影和智能手机应用，在校学员{I(stu)}人，其中离退休干部{I(cad)}人，占学员总数的{csh}%，其余为社区老年居民。'),
          ('h', '四、管理情况'), ('p',
        '经费实行专款专用，活动支出凭活动方案、签到表和发票报销，慰问金通过银行代发。2024年10月县财政局对经费使用进行了抽查，未发现违规问题。'),
          ('h', '五、结语'), ('p',
        f'2024年离退休干部活动经费全年实际支出{F(ts)}万元，各项支出均在预算范围内。2025年将继续按每人每年{I(std)}元标准申请预算。'
        f'联系电话：{phone}。'),
          ('sign', '中共蚨原县委老干部局'), ('sign', date)]
    return M, L, {'format': 'txt-space', 'name': NAME, 'date': date, 'docno': docno}
