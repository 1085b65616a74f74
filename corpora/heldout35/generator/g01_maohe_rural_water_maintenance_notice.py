"""t01 — 峁河县 农村供水工程维修养护补助资金 分配及使用情况公示 (txt, tab-separated tables)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't01_maohe_rural_water_supply_maintenance_fund_notice_2024.txt'
DOCNO = '峁水发〔2025〕6号'
DATE = '2025年1月20日'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'txt-tab')
    # ---- inputs
    src = {'中央水利发展资金': D('186.00'), '省级补助资金': D('64.00'), '县级配套资金': D('50.00')}
    prev_total = D('268.00')
    types = [('千吨万人规模化供水工程', 4, D('12.00')), ('千人以上集中供水工程', 23, D('3.60')),
             ('千人以下小型集中供水工程', 105, D('1.20'))]
    small_all = 118
    tongchou = D('43.20')
    towns = [  # name, (规模化, 千人以上, 千人以下), 受益人口, 已支付
        ('峁河镇', (1, 5, 13), 38420, D('43.32')),
        ('杏塬镇', (1, 3, 18), 33160, D('41.07')),
        ('柳峁乡', (0, 3, 17), 21870, D('27.61')),
        ('枣坪镇', (1, 4, 12), 31250, D('38.90')),
        ('窑沟乡', (0, 2, 15), 18940, D('21.35')),
        ('沙坬乡', (0, 3, 14), 22310, D('25.86')),
        ('柠条塬镇', (1, 3, 16), 37590, D('40.21')),
    ]
    mid_paid = D('118.20')
    water_meter_n, water_meter_std = 2140, D('180')
    test_n, test_std, test_ok = 436, D('500'), 421
    work = [  # category, workload text, paid
        ('管网维修改造', '38.6公里', D('112.35')),
        ('水源保护及净化消毒设施维修', '64台（套）', D('58.42')),
        ('入户水表更换', '2,140块', None),
        ('机电设备维修', '41台', D('29.03')),
        ('水质检测', '436份', None),
        ('应急抢修', '27次', D('16.36')),
    ]
    pop_service = D('21.36')
    cover, cover_prev = D('93.8'), D('92.1')
    repair_in, repair_done = 1027, 1009

    # ---- derived
    total = sum(src.values())
    sh = share_fix(list(src.values()))
    inc = total - prev_total
    g = growth(total, prev_total)
    alloc_types = [n * r for _, n, r in types]
    quota_total = sum(alloc_types)
    assert quota_total + tongchou == total
    t1_sh = share_fix(alloc_types + [tongchou])
    funded = sum(n for _, n, _ in types)
    town_alloc = [sum(c * r for c, (_, _, r) in zip(cnt, types)) for _, cnt, _, _ in towns]
    assert sum(town_alloc) == quota_total
    for k in range(3):
        assert sum(t[1][k] for t in towns) == types[k][1]
    town_paid = sum(t[3] for t in towns)
    meter_amt = q(water_meter_n * water_meter_std / 10000, 2)
    test_amt = q(test_n * test_std / 10000, 2)
    work = [(a, b, c if c is not None else (meter_amt if a == '入户水表更换' else test_amt)) for a, b, c in work]
    paid = sum(w[2] for w in work)
    tc_paid = test_amt + D('16.36')
    assert town_paid + tc_paid == paid, (town_paid, tc_paid, paid)
    rate = pct(paid, total)
    carry = total - paid
    mid_rate = pct(mid_paid, total)
    assert mid_rate < rate
    w_sh = share_fix([w[2] for w in work])
    pop_benef = sum(t[2] for t in towns)
    pop_benef_w = q(D(pop_benef) / 10000, 2)
    per_cap = q(total / pop_service, 2)  # 万元/万人 = 元/人
    per_proj = q(quota_total / funded, 2)
    test_rate = pct(test_ok, test_n)
    repair_rate = pct(repair_done, repair_in)
    town_unpaid = quota_total - town_paid
    tc_unpaid = tongchou - tc_paid
    assert town_unpaid > 0 and tc_unpaid > 0
    town_rates = [pct(t[3], a) for t, a in zip(towns, town_alloc)]
    low = [t[0] for t, r in zip(towns, town_rates) if r < 90]
    cover_pp = cover - cover_prev

    Fs = {k: F(v) for k, v in src.items()}
    # ---- text
    doc.title('峁河县2024年度农村供水工程维修养护补助资金分配及使用情况公示')
    doc.sub(DOCNO)
    doc.p('根据省水利厅、省财政厅农村供水工程维修养护补助资金管理有关规定，为接受社会监督，现将我县2024年度农村供水工程'
          '维修养护补助资金分配及使用情况公示如下。')
    doc.h('一、资金来源')
    doc.p('2024年全县共筹集农村供水工程维修养护补助资金%s万元，其中：中央水利发展资金%s万元，占%s%%；省级补助资金%s万元，'
          '占%s%%；县级配套资金%s万元，占%s%%。资金总额比上年%s万元增加%s万元，增长%s%%。'
          % (F(total), Fs['中央水利发展资金'], F(sh[0]), Fs['省级补助资金'], F(sh[1]), Fs['县级配套资金'], F(sh[2]),
             F(prev_total), F(inc), F(g)))
    doc.h('二、工程基本情况')
    doc.p('全县现有农村供水工程%d处，其中千吨万人规模化供水工程%d处、千人以上集中供水工程%d处、千人以下小型集中供水工程%d处，'
          '服务农村人口%s万人。2024年末全县农村自来水普及率为%s%%，比上年的%s%%提高%s个百分点。'
          % (4 + 23 + small_all, 4, 23, small_all, F(pop_service), cover, cover_prev, cover_pp))
    doc.p('本年纳入维修养护补助范围的工程共%d处，受益人口%s万人；千人以下小型集中供水工程中有%d处为2023年以后新建、'
          '尚在施工单位质保期内，本年未安排补助。' % (funded, F(pop_benef_w), small_all - 105))
    doc.h('三、资金分配情况')
    doc.p('补助资金按工程类型定额分配到乡镇，应急抢修和水质检测经费由县水利局统筹使用。按定额分配%s万元，县级统筹%s万元，'
          '平均每处纳入补助的工程分配%s万元（不含县级统筹部分）。' % (F(quota_total), F(tongchou), F(per_proj)))
    rows = []
    for (nm, n, r), a, s_ in zip(types, alloc_types, t1_sh):
        rows.append([nm, str(n), F(r), F(a), F(s_)])
    rows.append(['县级统筹（应急抢修、水质检测）', '—', '—', F(tongchou), F(t1_sh[3])])
    rows.append(['合计', str(funded), '—', F(total), '100.00'])
    doc.table('表1', '表1  2024年农村供水工程维修养护补助资金分配表（按工程类型）',
              ['项目', '工程数量（处）', '补助定额（万元/处）', '分配资金（万元）', '占比（%）'], rows, unit='单位：处、万元、%')
    doc.p('全县%d个乡镇均安排了维修养护资金，分别为%s。各乡镇分配及支付情况见表2。'
          % (len(towns), '、'.join(t[0] for t in towns)))
    rows = []
    for (nm, cnt, popn, pd), a, r in zip(towns, town_alloc, town_rates):
        rows.append([nm, str(cnt[0]), str(cnt[1]), str(cnt[2]), I(popn), F(a), F(pd), F(r)])
    rows.append(['合计', '4', '23', '105', I(pop_benef), F(quota_total), F(town_paid), F(pct(town_paid, quota_total))])
    doc.table('表2', '表2  2024年各乡镇维修养护补助资金分配及支付情况',
              ['乡镇', '规模化工程（处）', '千人以上工程（处）', '千人以下工程（处）', '受益人口（人）', '分配资金（万元）',
               '已支付（万元）', '支付率（%）'], rows, unit='单位：处、人、万元、%',
              note='注：表2只含按定额分配到乡镇的资金，不含县级统筹%s万元；受益人口为本年纳入补助的%d处工程的供水人口。'
                   % (F(tongchou), funded))
    doc.h('四、资金使用情况')
    doc.p('年中监控时（截至2024年6月30日）累计支付%s万元，支付进度%s%%。截至2024年12月31日，累计支付%s万元，支付率%s%%，'
          '结转%s万元，其中乡镇未支付%s万元、县级统筹未支付%s万元。%s支付率低于90%%，主要是部分管网改造工程入冬停工，'
          '结转资金将于2025年4月底前支付完毕。'
          % (F(mid_paid), F(mid_rate), F(paid), F(rate), F(carry), F(town_unpaid), F(tc_unpaid), '、'.join(low)))
    rows = [[a, b, F(c), F(s_)] for (a, b, c), s_ in zip(work, w_sh)]
    rows.append(['合计', '—', F(paid), '100.00'])
    doc.table('表3', '表3  2024年维修养护资金支付内容', ['支出内容', '完成工作量', '支付金额（万元）', '占比（%）'], rows,
              unit='单位：万元、%')
    doc.p('其中：入户水表更换%s块，每块补助%s元，计%s万元；水质检测%d份，每份%s元，计%s万元，检测合格%d份，合格率%s%%。'
          '县级统筹经费支付%s万元（水质检测%s万元、应急抢修%s万元）。'
          % (I(water_meter_n), I(water_meter_std), F(meter_amt), test_n, I(test_std), F(test_amt), test_ok,
             F(test_rate), F(tc_paid), F(test_amt), '16.36'))
    doc.h('五、管护成效')
    doc.p('按服务农村人口计算，人均维修养护资金%s元。全年受理群众报修%s件，办结%s件，办结率%s%%。'
          % (F(per_cap), I(repair_in), I(repair_done), F(repair_rate)))
    doc.h('六、公示及监督')
    doc.p('公示期为2025年1月20日至2025年1月26日，共7天。如有异议，请在公示期内向县水利局农村水利股反映，监督电话：0912-7358046。')
    doc.sign(['峁河县水利局　　峁河县财政局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    L.sum('资金来源合计', F(total), list(Fs.values()))
    for (k, v), s_ in zip(src.items(), sh):
        L.rate('%s 占比' % k, F(s_), F(v), F(total))
    L.sum('资金来源占比合计', '100.00', [F(x) for x in sh])
    L.diff('资金比上年增加', F(inc), F(total), F(prev_total))
    L.growth('资金比上年增长', F(g), F(total), F(prev_total), 'up')
    L.sum('工程总数 = 三类之和', str(4 + 23 + small_all), ['4', '23', str(small_all)])
    L.diff('质保期内未安排补助的小型工程', str(small_all - 105), str(small_all), '105')
    L.pp('自来水普及率提高（个百分点）', str(cover_pp), str(cover), str(cover_prev))
    for (nm, n, r), a in zip(types, alloc_types):
        L.prod('表1 %s 分配资金 = 处数 x 定额' % nm, F(a), [str(n), F(r)])
    L.sum('表1 工程数量合计', str(funded), ['4', '23', '105'])
    L.sum('表1 分配资金合计', F(total), [F(a) for a in alloc_types] + [F(tongchou)])
    L.sum('按定额分配 = 三类之和', F(quota_total), [F(a) for a in alloc_types])
    for nm, s_, a in zip([t[0] for t in types] + ['县级统筹'], t1_sh, alloc_types + [tongchou]):
        L.rate('表1 %s 占比' % nm, F(s_), F(a), F(total))
    L.sum('表1 占比合计', '100.00', [F(x) for x in t1_sh])
    L.quot('平均每处工程分配（定额部分）', F(per_proj), F(quota_total), str(funded))
    L.count('乡镇个数', str(len(towns)), [t[0] for t in towns])
    for (nm, cnt, popn, pd), a, r in zip(towns, town_alloc, town_rates):
        L.sumprod('表2 %s 分配资金 = Σ处数 x 定额' % nm, F(a), [(str(c), F(t[2])) for c, t in zip(cnt, types)])
        L.rate('表2 %s 支付率' % nm, F(r), F(pd), F(a))
    for k, lab in enumerate(['规模化', '千人以上', '千人以下']):
        L.sum('表2 %s工程处数合计' % lab, str(types[k][1]), [str(t[1][k]) for t in towns])
    L.sum('表2 受益人口合计', I(pop_benef), [I(t[2]) for t in towns])
    L.conv('受益人口 人 → 万人', I(pop_benef), F(pop_benef_w), 10000)
    L.le('受益人口 <= 服务农村人口（万人）', F(pop_benef_w), F(pop_service))
    L.sum('表2 分配资金合计', F(quota_total), [F(a) for a in town_alloc])
    L.sum('表2 已支付合计', F(town_paid), [F(t[3]) for t in towns])
    L.rate('表2 合计支付率', F(pct(town_paid, quota_total)), F(town_paid), F(quota_total))
    L.rate('年中监控支付进度', F(mid_rate), F(mid_paid), F(total))
    L.rate('年末支付率', F(rate), F(paid), F(total))
    L.le('年中支付进度 <= 年末支付率', F(mid_rate), F(rate))
    L.le('年中累计支付 <= 年末累计支付', F(mid_paid), F(paid))
    L.signed('结转 = 资金总额 − 支付', F(carry), [('+', F(total)), ('-', F(paid))])
    L.sum('结转 = 乡镇未支付 + 统筹未支付', F(carry), [F(town_unpaid), F(tc_unpaid)])
    L.signed('乡镇未支付 = 定额分配 − 乡镇已支付', F(town_unpaid), [('+', F(quota_total)), ('-', F(town_paid))])
    L.signed('统筹未支付 = 统筹 − 统筹已支付', F(tc_unpaid), [('+', F(tongchou)), ('-', F(tc_paid))])
    L.count('支付率低于90%的乡镇', str(len(low)), low)
    L.sum('表3 支付金额合计', F(paid), [F(w[2]) for w in work])
    for w, s_ in zip(work, w_sh):
        L.rate('表3 %s 占比' % w[0], F(s_), F(w[2]), F(paid))
    L.sum('表3 占比合计', '100.00', [F(x) for x in w_sh])
    L.prod('水表更换金额 = 块数 x 标准', F(meter_amt), [I(water_meter_n), I(water_meter_std)], div=10000)
    L.prod('水质检测金额 = 份数 x 标准', F(test_amt), [str(test_n), I(test_std)], div=10000)
    L.rate('水质检测合格率', F(test_rate), str(test_ok), str(test_n))
    L.sum('统筹已支付 = 水质检测 + 应急抢修', F(tc_paid), [F(test_amt), '16.36'])
    L.sum('已支付 = 乡镇已支付 + 统筹已支付', F(paid), [F(town_paid), F(tc_paid)])
    L.quot('人均维修养护资金（元）', F(per_cap), F(total), F(pop_service))
    L.rate('报修办结率', F(repair_rate), I(repair_done), I(repair_in))
    L.days('公示期天数', '7', '2025年1月20日', '2025年1月26日')
    L.dated('公示日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
