# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't01_lixi_basic_funeral_service_fee_waiver_notice_2024.txt'
FMT = 'txt-tab'
DOCNO = '苈民发〔2025〕3号'
DATE = '2025年1月20日'

def build():
    L = Ledger(NAME)
    ECO = 231
    # base inputs
    items = [('遗体接运', 1846, 300), ('遗体暂存', 1846, 150), ('遗体火化', 1846, 600),
             ('基本型骨灰盒', 1846, 200), ('生态安葬奖补', ECO, 1000), ('困难群众殡葬救助', 318, 500)]
    amts = [n * s for _, n, s in items]
    tot = sum(amts)
    shares = [pct(a, tot) for a in amts]
    assert sum(D(s) for s in shares) == 100, shares
    towns = [('苈城镇', 612, 89, 87), ('芫塘乡', 318, 35, 62), ('荠岭镇', 401, 52, 71), ('茺湾乡', 236, 21, 48), ('菥坪镇', 279, 34, 50)]
    assert sum(t[1] for t in towns) == 1846 and sum(t[2] for t in towns) == ECO and sum(t[3] for t in towns) == 318
    tamts = [c * 1250 + e * 1000 + p * 500 for _, c, e, p in towns]
    assert sum(tamts) == tot
    tshares = [pct(a, tot) for a in tamts]
    assert sum(D(s) for s in tshares) == 100, tshares
    prev_crem = 1763; deaths = 1951; prev_rate = '92.35'
    crem_rate = pct(1846, deaths)
    eco_rate = pct(ECO, 1846); prev_eco = '10.95'
    wan = F(D(tot) / 10000)
    prov = '120.00'; county = F(D(wan) - D(prov))
    budget = '280.00'; exe = pct(wan, budget); left = F(D(budget) - D(wan))
    avg = F(D(tot) / 1846, 2, True)
    h1 = 1302450; h1s = pct(h1, tot)
    settled = tot - 77500
    g = growth(1846, prev_crem)
    # ledger
    T = lambda x: I(x)
    for (nm, n, s), a in zip(items, amts):
        L.prod(f'表1 {nm} 金额 = 人数 x 标准', T(a), T(n), T(s))
    L.sum('表1 合计 金额', T(tot), [T(a) for a in amts])
    for (nm, _, _), a, s in zip(items, amts, shares):
        L.rate(f'表1 {nm} 占比', s, T(a), T(tot))
    L.sum('表1 占比合计', '100.00', shares)
    L.sum('表2 火化数合计', '1,846', [T(t[1]) for t in towns])
    L.sum('表2 生态安葬合计', T(ECO), [T(t[2]) for t in towns])
    L.sum('表2 救助合计', '318', [T(t[3]) for t in towns])
    L.sum('表2 金额合计', T(tot), [T(a) for a in tamts])
    for (nm, *_), a, s in zip(towns, tamts, tshares):
        L.rate(f'表2 {nm} 占比', s, T(a), T(tot))
    L.sum('表2 占比合计', '100.00', tshares)
    L.sum('基本殡葬服务单价合计', '1,250', ['300', '150', '600', '200'])
    L.diff('火化数 比上年增加', '83', '1,846', '1,763')
    L.growth('火化数 增长率', g, '1,846', '1,763')
    L.rate('火化率', crem_rate, '1,846', '1,951')
    L.pp('火化率 提高百分点', F(D(crem_rate) - D(prev_rate)), crem_rate, prev_rate)
    L.rate('生态安葬率', eco_rate, T(ECO), '1,846')
    L.pp('生态安葬率 提高百分点', F(D(eco_rate) - D(prev_eco)), eco_rate, prev_eco)
    L.conv('合计 折合万元', wan, T(tot))
    L.sum('资金来源', wan, [prov, county])
    L.rate('预算执行率', exe, wan, budget)
    L.diff('结余', left, budget, wan)
    L.quot('平均每例补助', avg, T(tot), '1,846')
    L.rate('上半年占全年', h1s, T(h1), T(tot))
    L.sum('已结算 + 尚未结算', T(tot), [T(settled), '77,500'])
    L.prod('尚未结算 基本服务 62例', '77,500', '62', '1,250')
    L.sum('三是 当月发放 + 跨月发放', '318', ['305', '13'])
    L.days('公示期', dt.date(2025, 1, 20), dt.date(2025, 1, 29), 10)
    L.dated('落款晚于期末', dt.date(2025, 1, 20), dt.date(2024, 12, 31))
    L.same('1,846 多处出现', '1,846', 5)
    for a in ['一是部分乡镇', '二是生态安葬', '三是个别殡葬', '存在三个方面的问题', DOCNO, DATE, '2025年1月20日至1月29日', '截至2024年12月31日']:
        L.anchor(a if len(a) < 12 else '期间/日期', a)
    cr_pp = F(D(crem_rate) - D(prev_rate)); eco_pp = F(D(eco_rate) - D(prev_eco))
    B = [('title', '苈溪县2024年度基本殡葬服务费用减免及惠民殡葬补贴发放情况公示'),
         ('sub', DOCNO),
         ('p', '根据县政府《苈溪县惠民殡葬政策实施办法》，县民政局、县财政局对2024年1月1日至12月31日全县基本殡葬服务费用减免及惠民殡葬补贴发放情况进行了汇总审核，现将有关情况公示如下。'),
         ('h', '一、总体情况'),
         ('p', f'2024年全县共为{T(1846)}名户籍逝者减免遗体接运、遗体暂存、遗体火化和基本型骨灰盒等4项基本殡葬服务费用，每例合计{T(1250)}元（其中遗体接运300元、遗体暂存150元、遗体火化600元、基本型骨灰盒200元）；对选择树葬、花坛葬等生态安葬方式的{T(ECO)}例发放生态安葬奖补，每例1,000元；对318名低保、特困等困难群众逝者在基本减免之外加发殡葬救助，每例500元。全年减免及补贴资金合计{T(tot)}元（折合{wan}万元）。'),
         ('p', f'全年火化遗体{T(1846)}具，比上年{T(prev_crem)}具增加83具、增长{g}%；全县户籍死亡人口{T(deaths)}人，火化率由上年的{prev_rate}%增至{crem_rate}%，提高{cr_pp}个百分点。生态安葬率由上年的{prev_eco}%增至{eco_rate}%，提高{eco_pp}个百分点。'),
         ('table', '表1　2024年度惠民殡葬补贴分项目发放情况（单位：例、元/例、元、%）',
          [['项目', '人数', '标准', '金额', '占比']] + [[nm, T(n), T(s), T(a), sh] for (nm, n, s), a, sh in zip(items, amts, shares)] + [['合计', '—', '—', T(tot), '100.00']],
          '注：困难群众殡葬救助为基本减免之外的加发部分，318人已包含在1,846名减免对象中，故人数不作合计。'),
         ('h', '二、分乡镇发放情况'),
         ('p', f'分乡镇看，苈城镇减免人数最多，为612例，发放金额{T(tamts[0])}元，占{tshares[0]}%；茺湾乡最少，为236例，发放金额{T(tamts[3])}元，占{tshares[3]}%。'),
         ('table', '表2　2024年度惠民殡葬补贴分乡镇发放情况（单位：例、元、%）',
          [['乡镇', '火化减免', '生态安葬', '困难救助', '金额', '占比']] + [[nm, T(c), T(e), T(p), T(a), s] for (nm, c, e, p), a, s in zip(towns, tamts, tshares)] + [['合计', T(1846), T(ECO), '318', T(tot), '100.00']],
          '注：金额＝火化减免例数×1,250元＋生态安葬例数×1,000元＋困难救助例数×500元。'),
         ('h', '三、资金来源及结算情况'),
         ('p', f'全年资金{wan}万元，其中省级补助资金{prov}万元、县级财政资金{county}万元。年初县级预算安排惠民殡葬资金{budget}万元，预算执行率{exe}%，结余{left}万元已按规定收回县级财政统筹使用。平均每例补助{avg}元（含生态安葬奖补和困难救助加发）。'),
         ('p', f'上半年发放{T(h1)}元，占全年的{h1s}%。截至2024年12月31日，已与县殡仪馆结算{T(settled)}元，尚未结算77,500元，为12月下旬发生的62例基本殡葬服务费用（62×1,250元），已于2025年1月完成结算，不影响减免对象享受政策。'),
         ('h', '四、存在的问题'),
         ('p', '经审核，惠民殡葬政策落实中存在三个方面的问题：一是部分乡镇减免申请材料归档不及时，个别档案缺少死亡医学证明复印件；二是生态安葬宣传引导不足，农村地区选择率仍偏低；三是个别殡葬救助对象身份核验周期较长，318名困难群众中其中305人当月发放、13人跨月发放。'),
         ('h', '五、公示及监督'),
         ('p', '公示期为2025年1月20日至1月29日，共10天。对公示内容有异议的，可在公示期内向县民政局社会事务股反映，联系电话：0739-8261574。'),
         ('sign', ['苈溪县民政局　　苈溪县财政局', DATE])]
    return B, L
