"""t03 — 漪川市城市管理综合行政执法局 2024年度罚没收入情况公开 (portal html)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't03_yichuan_urban_management_fines_income_disclosure_2024.html'
DOCNO = '漪城执〔2025〕4号'
DATE = '2025年1月24日'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'html', style={
        'site': '漪川市城市管理综合行政执法局',
        'crumb': '首页 > 政府信息公开 > 法定主动公开内容 > 财政资金信息',
        'foot': '主办：漪川市城市管理综合行政执法局　地址：漪川市漪北区滨河西路88号　联系电话：0759-3826417'})
    fields = [  # 领域, 一般程序案件, 罚没金额, 上年金额
        ('市容环境卫生', 1286, D('386.40'), D('412.30')),
        ('违法建设', 214, D('1,126.50'), D('1,318.60')),
        ('建筑垃圾运输', 462, D('498.70'), D('421.50')),
        ('园林绿化', 93, D('64.35'), D('58.90')),
        ('市政设施', 158, D('87.20'), D('93.40')),
        ('油烟噪声污染', 371, D('102.85'), D('88.30')),
    ]
    units = [  # 执法单位, 一般程序案件, 罚没金额(含简易程序), 已缴库
        ('市局直属支队', 318, D('812.46'), D('790.12')),
        ('漪东区大队', 846, D('563.27'), D('522.80')),
        ('漪南区大队', 771, D('498.15'), D('463.21')),
        ('漪北区大队', 649, D('409.21'), D('372.53')),
    ]
    simple_n, simple_amt = 3418, D('17.09')
    warn_n = 1052
    staff = 286
    corp_amt = D('1,412.68')
    mid_amt = D('1,024.36')
    instal = D('46.20')
    nontax_yi = D('18.52')
    budget = D('620.00')
    spend_items = [('执法车辆运行维护', D('186.40')), ('执法记录仪及执法装备', D('142.30')),
                   ('执法协管人员劳务', D('224.60')), ('法律顾问及业务培训', D('30.42'))]

    # ---- derived
    gen_n = sum(f[1] for f in fields)
    gen_amt = sum(f[2] for f in fields)
    prev_amt = sum(f[3] for f in fields)
    sh = share_fix([f[2] for f in fields])
    chg = [growth(f[2], f[3]) for f in fields]
    g_all = growth(gen_amt, prev_amt)
    all_amt = gen_amt + simple_amt
    assert sum(u[1] for u in units) == gen_n and sum(u[2] for u in units) == all_amt
    paid = sum(u[3] for u in units)
    unpaid = all_amt - paid
    assert D(0) < instal < unpaid
    paid_rate = pct(paid, all_amt)
    nontax_sh = pct(paid, nontax_yi * 10000)
    u_rates = [pct(u[3], u[2]) for u in units]
    simple_avg = q(simple_amt * 10000 / simple_n, 2)
    per_staff = q(D(gen_n) / staff, 2)
    corp_sh = pct(corp_amt, all_amt)
    mid_sh = pct(mid_amt, all_amt)
    spend = sum(a for _, a in spend_items)
    exec_rate = pct(spend, budget)
    left = budget - spend
    big = [f[0] for f, c in zip(fields, chg) if c > 0]

    def sg(v):
        return F(v) if v > 0 else '-' + F(-v)

    doc.title('漪川市城市管理综合行政执法局2024年度罚没收入情况公开')
    doc.sub(DOCNO)
    doc.p('根据政府信息公开和罚没收入管理有关规定，现将我局2024年度（2024年1月1日至12月31日）罚没收入及缴库情况公开如下。')
    doc.h('一、罚没决定情况')
    doc.p('全局共有市局直属支队和漪东区、漪南区、漪北区3个区大队，共%d个执法单位，在编执法人员%d名。2024年全局按一般程序作出'
          '罚没决定%s件，罚没金额%s万元，比上年%s万元减少%s万元，下降%s%%；按简易程序当场处罚%s件，罚款%s万元，平均每件%s元。'
          '全年罚没决定金额合计%s万元。另对%s件首次轻微违法行为依法不予处罚，未计入上述案件数。'
          % (len(units), staff, I(gen_n), F(gen_amt), F(prev_amt), F(prev_amt - gen_amt), F(-g_all), I(simple_n),
             F(simple_amt), F(simple_avg), F(all_amt), I(warn_n)))
    rows = []
    for f, s_, c in zip(fields, sh, chg):
        rows.append([f[0], I(f[1]), F(f[2]), F(s_), F(f[3]), sg(c)])
    rows.append(['合计', I(gen_n), F(gen_amt), '100.00', F(prev_amt), sg(g_all)])
    doc.table('表1', '表1  2024年一般程序罚没决定分领域情况',
              ['执法领域', '案件数（件）', '罚没金额（万元）', '占比（%）', '上年金额（万元）', '增减（%）'], rows)
    doc.p('从领域看，违法建设罚没金额仍居首位，但随着存量违建逐年消化而下降；%s罚没金额比上年增长。'
          '按当事人类型分，对企业作出的罚没金额%s万元，占全年罚没决定金额的%s%%。'
          '按一般程序案件计算，执法人员人均办理%s件。' % ('、'.join(big), F(corp_amt), F(corp_sh), F(per_staff)))
    doc.h('二、缴库情况')
    doc.p('罚没收入全部通过非税收入收缴系统直接缴入市级国库。年中监控时（截至2024年6月30日）全局罚没决定金额%s万元，'
          '占全年的%s%%。截至2024年12月31日，罚没决定金额%s万元，已缴库%s万元，缴库率%s%%，尚未缴库%s万元，'
          '其中经批准分期缴纳%s万元，其余为行政复议、诉讼期间暂缓执行和12月下旬作出、尚在缴款期限内的罚没款。'
          '已缴库罚没收入占全市2024年非税收入%s亿元的%s%%。'
          % (F(mid_amt), F(mid_sh), F(all_amt), F(paid), F(paid_rate), F(unpaid), F(instal), F(nontax_yi), F(nontax_sh)))
    rows = []
    for u, r in zip(units, u_rates):
        rows.append([u[0], I(u[1]), F(u[2]), F(u[3]), F(r)])
    rows.append(['合计', I(gen_n), F(all_amt), F(paid), F(paid_rate)])
    doc.table('表2', '表2  2024年各执法单位罚没决定及缴库情况',
              ['执法单位', '一般程序案件（件）', '罚没金额（万元）', '已缴库（万元）', '缴库率（%）'], rows,
              note='注：表2罚没金额含简易程序罚款，故合计数大于表1。')
    doc.h('三、执法经费保障情况')
    doc.p('我局执法经费由市财政预算全额保障，罚没收入与部门经费不挂钩。2024年执法专项经费预算%s万元，支出%s万元，执行率%s%%，'
          '结余%s万元按规定收回财政。支出中：%s。'
          % (F(budget), F(spend), F(exec_rate), F(left),
             '，'.join('%s%s万元' % (a, F(b)) for a, b in spend_items)))
    doc.h('四、监督方式')
    doc.p('对罚没收入公开内容有疑问的，可在工作日拨打0759-3826417咨询或向市纪委监委驻市城管执法局纪检监察组反映。')
    doc.sign(['漪川市城市管理综合行政执法局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    L.count('执法单位个数', str(len(units)), [u[0] for u in units])
    L.sum('表1 案件数合计', I(gen_n), [I(f[1]) for f in fields])
    L.sum('表1 罚没金额合计', F(gen_amt), [F(f[2]) for f in fields])
    L.sum('表1 上年金额合计', F(prev_amt), [F(f[3]) for f in fields])
    for f, s_, c in zip(fields, sh, chg):
        L.rate('表1 %s 占比' % f[0], F(s_), F(f[2]), F(gen_amt))
        L.growth('表1 %s 增减' % f[0], F(abs(c)), F(f[2]), F(f[3]), 'up' if c > 0 else 'down')
    L.sum('表1 占比合计', '100.00', [F(x) for x in sh])
    L.growth('一般程序罚没金额比上年下降', F(-g_all), F(gen_amt), F(prev_amt), 'down')
    L.diff('一般程序罚没金额比上年减少', F(prev_amt - gen_amt), F(prev_amt), F(gen_amt))
    L.count('罚没金额增长的领域', str(len(big)), big)
    L.quot('简易程序平均每件罚款（元）', F(simple_avg), F(simple_amt), I(simple_n), mul=10000)
    L.sum('全年罚没决定金额 = 一般程序 + 简易程序', F(all_amt), [F(gen_amt), F(simple_amt)])
    L.rate('涉企罚没金额占比', F(corp_sh), F(corp_amt), F(all_amt))
    L.quot('人均办理一般程序案件', F(per_staff), I(gen_n), str(staff))
    L.rate('年中罚没决定金额占全年', F(mid_sh), F(mid_amt), F(all_amt))
    L.le('年中罚没决定金额 <= 全年', F(mid_amt), F(all_amt))
    L.sum('表2 案件数合计', I(gen_n), [I(u[1]) for u in units])
    L.sum('表2 罚没金额合计', F(all_amt), [F(u[2]) for u in units])
    L.sum('表2 已缴库合计', F(paid), [F(u[3]) for u in units])
    for u, r in zip(units, u_rates):
        L.rate('表2 %s 缴库率' % u[0], F(r), F(u[3]), F(u[2]))
    L.rate('缴库率', F(paid_rate), F(paid), F(all_amt))
    L.signed('尚未缴库 = 罚没决定金额 − 已缴库', F(unpaid), [('+', F(all_amt)), ('-', F(paid))])
    L.quot('已缴库占全市非税收入（亿元→万元）', F(nontax_sh), F(paid), F(nontax_yi), mul=D('0.01'))
    L.le('分期缴纳 <= 尚未缴库', F(instal), F(unpaid))
    L.same('表2 合计案件数 = 表1 合计案件数', I(gen_n), I(gen_n), occ=3)
    L.sum('执法专项经费支出合计', F(spend), [F(b) for _, b in spend_items])
    L.rate('执法专项经费执行率', F(exec_rate), F(spend), F(budget))
    L.signed('执法专项经费结余 = 预算 − 支出', F(left), [('+', F(budget)), ('-', F(spend))])
    L.dated('公开日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
