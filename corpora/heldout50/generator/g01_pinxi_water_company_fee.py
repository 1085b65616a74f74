from lib50 import *
NAME = 't01_pinxi_county_water_supply_company_water_fee_income_expenditure_disclosure_2024.txt'

def build():
    L = Ledger(); M = []
    docno = '榀供水〔2025〕4号'; date = '2025年3月12日'; phone = '0739-5824716'
    L.anchor('文号', docno); L.anchor('电话', phone)
    L.add('落款晚于年度终了', 'dated', date=date, year='2024')
    # households
    hr, hn = D(45318), D(3302); hh = hr + hn
    L.add('供水户数=居民+非居民', 'sum', total=I(hh), parts=[I(hr), I(hn)])
    prev_hh = D(47035); dhh = hh - prev_hh; ghh = P(dhh / prev_hh * 100)
    L.add('户数增长', 'growth', cur=I(hh), prev=I(prev_hh), d=I(dhh), rate=ghh, word='增')
    plants = ['榀东水厂', '榀西水厂', '城南加压站']
    L.add('水厂座数', 'count', n='3', items=plants)
    cap = [D(5), D('3.5'), D('1.5')]; capt = sum(cap)
    L.add('日供水能力', 'sum', total=P(capt, 1), parts=[P(c, 1) for c in cap])
    # volume
    supply = D('1512.80'); vr, vn, vs = D('842.16'), D('371.52'), D('72.72'); sold = vr + vn + vs
    L.add('售水量=三类之和', 'sum', total=F(sold), parts=[F(vr), F(vn), F(vs)])
    lossr = P((supply - sold) / supply * 100)
    L.add('漏损水量', 'diff', a=F(supply), b=F(sold), r=F(supply - sold))
    L.add('产销差率', 'ratio', num=F(supply - sold), den=F(supply), r=lossr)
    prev_loss = D('16.32')
    L.add('产销差率下降', 'pp', cur=lossr, prev=P(prev_loss), d=P(D(lossr) - prev_loss if D(lossr) > prev_loss else prev_loss - D(lossr)), word='降')
    avg_r = P(vr / hr * 10000)
    L.add('居民户均年用水', 'ratio', num=F(vr), den=I(hr), r=avg_r, scale='10000')
    # prices & income
    pr, pn, ps = D('2.65'), D('3.80'), D('6.50')
    ir, inn, is_ = q(vr * pr, 2), q(vn * pn, 2), q(vs * ps, 2)
    for a, b, r, t in ((vr, pr, ir, '居民'), (vn, pn, inn, '非居民'), (vs, ps, is_, '特种')):
        L.add(f'{t}水费=水量×单价', 'prod', a=F(a), b=P(b), r=F(r))
    fee = ir + inn + is_
    L.add('水费收入合计', 'sum', total=F(fee), parts=[F(ir), F(inn), F(is_)])
    prev_fee = D('3925.40'); dfee = fee - prev_fee; gfee = P(dfee / prev_fee * 100)
    L.add('水费收入增长', 'growth', cur=F(fee), prev=F(prev_fee), d=F(dfee), rate=gfee, word='增')
    other = D('286.50'); conn, rent_ = D('241.30'), D('45.20')
    L.add('其他业务收入', 'sum', total=F(other), parts=[F(conn), F(rent_)])
    rev = fee + other
    L.add('营业收入', 'sum', total=F(rev), parts=[F(fee), F(other)])
    sh_fee = P(fee / rev * 100)
    L.add('水费占营业收入', 'ratio', num=F(fee), den=F(rev), r=sh_fee)
    sh = [P(x / fee * 100) for x in (ir, inn, is_)]
    for x, s in zip((ir, inn, is_), sh): L.add('占水费收入比重', 'ratio', num=F(x), den=F(fee), r=s)
    got = D('4032.45'); recov = P(got / fee * 100)
    L.add('水费回收率', 'ratio', num=F(got), den=F(fee), r=recov)
    arrears = fee - got
    L.add('欠费', 'diff', a=F(fee), b=F(got), r=F(arrears))
    # costs
    costs = [('原水费', D('412.30'), D('398.60')), ('电费', D('856.74'), D('829.15')), ('药剂费', D('138.62'), D('131.08')),
             ('职工薪酬', D('1126.48'), D('1084.27')), ('折旧及摊销', D('968.20'), D('941.36')),
             ('管网维修费', D('322.56'), D('296.44')), ('管理及其他费用', D('143.52'), D('150.90'))]
    tot = sum(c[1] for c in costs); ptot = sum(c[2] for c in costs)
    rows = [['项目', '2023年', '2024年', '增减额']]
    for n, a, p in costs:
        rows.append([n, F(p), F(a), F(a - p)])
        L.add(f'表1 {n} 增减', 'diff', a=F(a), b=F(p), r=F(a - p))
    rows.append(['合计', F(ptot), F(tot), F(tot - ptot)])
    L.add('表1 2024合计', 'sum', total=F(tot), parts=[F(c[1]) for c in costs])
    L.add('表1 2023合计', 'sum', total=F(ptot), parts=[F(c[2]) for c in costs])
    L.add('表1 合计增减', 'diff', a=F(tot), b=F(ptot), r=F(tot - ptot))
    L.add('支出增长率', 'growth', cur=F(tot), prev=F(ptot), d=F(tot - ptot), rate=P((tot - ptot) / ptot * 100), word='增')
    L.add('电费最高以外… 职工薪酬最高', 'max', v=F(D('1126.48')), all=[F(c[1]) for c in costs])
    unitc = P(tot / sold)
    L.add('单位售水成本', 'ratio', num=F(tot), den=F(sold), r=unitc, scale='1')
    staff = D(186); pay = F(D('1126.48') / staff * 10000)
    L.add('人均薪酬', 'ratio', num=F(D('1126.48')), den=I(staff), r=pay, scale='10000')
    bal = rev - tot
    L.add('收支结余', 'diff', a=F(rev), b=F(tot), r=F(bal))
    # quality & works
    tests, passed = D(2160), D(2154); qr = P(passed / tests * 100)
    L.add('水质合格率', 'ratio', num=I(passed), den=I(tests), r=qr)
    plan_km, done_km = D('12.0'), D('12.6'); kr = P(done_km / plan_km * 100)
    L.add('管网改造完成率', 'ratio', num=P(done_km, 1), den=P(plan_km, 1), r=kr)
    bursts = [D(38), D(112), D(264)]
    L.add('抢修处数', 'sum', total=I(sum(bursts)), parts=[I(b) for b in bursts])
    L.same(F(fee), 2)
    L.anchor('最高项目', '职工薪酬支出最多')

    M += [('title', '榀溪县供水有限公司2024年度水费收入与支出情况公开'), ('sub', docno), ('p',
        '根据县发展改革、财政部门关于城镇供水价格和成本信息公开的要求，现将本公司2024年度（2024年1月1日至12月31日）水费收入与支出情况公开如下。')]
    M += [('h', '一、供水基本情况'), ('p',
        f'公司现有水厂及加压站3座，即榀东水厂、榀西水厂和城南加压站，日供水能力分别为{P(cap[0],1)}万立方米、{P(cap[1],1)}万立方米和{P(cap[2],1)}万立方米，合计{P(capt,1)}万立方米。'
        f'截至2024年末，供水用户{I(hh)}户，其中居民用户{I(hr)}户、非居民用户{I(hn)}户；较上年末的{I(prev_hh)}户增加{I(dhh)}户，增长{ghh}%。'), ('p',
        f'全年供水总量{F(supply)}万立方米，售水量{F(sold)}万立方米，其中居民生活用水{F(vr)}万立方米、非居民用水{F(vn)}万立方米、特种用水{F(vs)}万立方米。'
        f'漏损及免费水量{F(supply-sold)}万立方米，产销差率{lossr}%，较上年的{P(prev_loss)}%下降{P(prev_loss-D(lossr))}个百分点。居民户均年用水{avg_r}立方米。')]
    M += [('h', '二、水费收入情况'), ('p',
        f'现行水价为居民生活用水每立方米{P(pr)}元、非居民用水{P(pn)}元、特种用水{P(ps)}元（均不含污水处理费，污水处理费由县城市管理部门另行征收、全额缴入国库）。'
        f'按售水量计算，全年应收水费{F(fee)}万元，其中居民水费{F(ir)}万元、非居民水费{F(inn)}万元、特种用水水费{F(is_)}万元，'
        f'分别占水费收入的{sh[0]}%、{sh[1]}%和{sh[2]}%。水费收入同比增长{gfee}%，比上年的{F(prev_fee)}万元增加{F(dfee)}万元。'), ('p',
        f'另有其他业务收入{F(other)}万元（接水工程收入{F(conn)}万元、房屋及设备租赁收入{F(rent_)}万元），营业收入合计{F(rev)}万元，水费收入占{sh_fee}%。'
        f'全年实收水费{F(got)}万元，回收率{recov}%，尚欠水费{F(arrears)}万元，主要为部分非居民用户跨年缴费，已于2025年2月底前清收大部分。')]
    M += [('h', '三、成本支出情况'), ('p',
        f'2024年供水成本费用{F(tot)}万元，比上年增加{F(tot-ptot)}万元，增长{P((tot-ptot)/ptot*100)}%，各项目见表1。职工薪酬支出最多，为{F(D("1126.48"))}万元，'
        f'在册职工{I(staff)}人，人均薪酬{pay}元。单位售水成本{unitc}元/立方米，电费上涨主要因二期加压泵组投入运行。'),
        ('cap', '表1\t2024年度供水成本费用构成（单位：万元）'), ('table', rows)]
    M += [('h', '四、收支结余及服务情况'), ('p',
        f'营业收入减成本费用，全年收支结余{F(bal)}万元，全部用于管网更新改造和应急储备，不向股东分配。'
        f'全年完成水质检测{I(tests)}次，合格{I(passed)}次，合格率{qr}%。计划改造老旧管网{P(plan_km,1)}公里，实际完成{P(done_km,1)}公里，完成率{kr}%。'
        f'全年处理供水报修{I(sum(bursts))}处，其中主管爆管、支管漏水和表后维修分别为{I(bursts[0])}处、{I(bursts[1])}处和{I(bursts[2])}处。'), ('p',
        f'本公开所列水费收入{F(fee)}万元为按售水量计算的应收数，经会计师事务所年度审计确认。2025年计划再改造管网10公里。'
        f'如有疑问，请在工作日拨打服务电话{phone}咨询。')]
    M += [('sign', ''), ('sign', '榀溪县供水有限公司'), ('sign', date)]
    return M, L, {'format': 'txt-tab', 'name': NAME, 'date': date, 'docno': docno}
