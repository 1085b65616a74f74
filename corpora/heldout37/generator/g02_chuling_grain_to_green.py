# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't02_chuling_returning_farmland_to_forest_subsidy_payout_notice_2024.txt'
FMT = 'txt-aligned'
DOCNO = '楮林发〔2025〕4号'
DATE = '2025年2月26日'

def build():
    L = Ledger(NAME)
    T = I
    # per town per batch areas (亩, one decimal): batches 2017/400, 2020/300, 2023/500
    std = [400, 300, 500]
    towns = [('楮东乡', [812.5, 436.0, 318.4], 562), ('槲树乡', [706.0, 512.5, 402.2], 538), ('杪坡镇', [655.5, 398.0, 276.0], 471),
             ('榧溪乡', [598.5, 421.5, 305.0], 452), ('薤坝镇', [488.0, 380.0, 274.0], 394)]
    ba = [sum(D(str(t[1][k])) for t in towns) for k in range(3)]
    bamt = [ba[k] * std[k] for k in range(3)]
    unpaid = [D(0), D('32.0') * 300, D('41.5') * 500]   # 权属纠纷 32.0亩 (2020批次, 槲树乡), 核查不合格 41.5亩 (2023批次, 薤坝镇)
    paid = [bamt[k] - unpaid[k] for k in range(3)]
    area = sum(ba); due = sum(bamt); pd = sum(paid); up = sum(unpaid)
    # town paid amounts
    tp = []
    for nm, a, h in towns:
        v = sum(D(str(a[k])) * std[k] for k in range(3))
        if nm == '槲树乡': v -= unpaid[1]
        if nm == '薤坝镇': v -= unpaid[2]
        tp.append(v)
    assert sum(tp) == pd
    hh = sum(t[2] for t in towns)
    A = lambda x: F(x, 1, True)
    rate = pct(pd, due)
    wan_due = F(due / 10000)
    assert q(due / 10000, 2) == due / 10000
    prev_area = '6,412.5'
    g = growth(area, prev_area)
    h1 = paid[0]; h1s = pct(h1, pd)
    avg = F(pd / hh, 2, True)
    tsh = [pct(v, pd) for v in tp]; assert sum(D(x) for x in tsh) == 100, tsh
    cen = '260.00'; cty = F(D(wan_due) - D(cen))
    # ledger
    for k, nm in enumerate(['2017年度', '2020年度', '2023年度']):
        L.prod(f'表1 {nm} 应兑现 = 面积 x 标准', T(bamt[k]), A(ba[k]), T(std[k]))
        L.diff(f'表1 {nm} 已兑现 = 应兑现 - 尚未兑现', T(paid[k]), T(bamt[k]), T(unpaid[k]))
    L.sum('表1 面积合计', A(area), [A(x) for x in ba])
    L.sum('表1 应兑现合计', T(due), [T(x) for x in bamt])
    L.sum('表1 已兑现合计', T(pd), [T(x) for x in paid])
    L.sum('表1 尚未兑现合计', T(up), [T(x) for x in unpaid])
    L.prod('尚未兑现 2020年度 权属纠纷', T(unpaid[1]), '32.0', '300')
    L.prod('尚未兑现 2023年度 不合格', T(unpaid[2]), '41.5', '500')
    L.rate('兑现率', rate, T(pd), T(due))
    L.conv('应兑现 折合万元', wan_due, T(due))
    L.sum('资金来源', wan_due, [cen, cty])
    L.diff('面积 比上年增加', A(area - D('6412.5')), A(area), prev_area)
    L.growth('面积 增长', g, A(area), prev_area)
    L.rate('上半年 占已兑现', h1s, T(h1), T(pd))
    L.quot('户均兑现', avg, T(pd), T(hh))
    L.sum('表2 户数合计', T(hh), [T(t[2]) for t in towns])
    L.sum('表2 面积合计', A(area), [A(sum(D(str(x)) for x in t[1])) for t in towns])
    L.sum('表2 兑现金额合计', T(pd), [T(v) for v in tp])
    for (nm, *_), v, s in zip(towns, tp, tsh):
        L.rate(f'表2 {nm} 占比', s, T(v), T(pd))
    L.sum('表2 占比合计', '100.00', tsh)
    L.rate('抽查 合格率', '95.50', '1,146', '1,200')
    L.diff('抽查 不合格面积', '54', '1,200', '1,146')
    L.sum('树种结构', A(area), ['4,862.0', A(area - D('4862.0'))])
    L.rate('生态林 占比', pct('4862.0', area), '4,862.0', A(area))
    L.days('公示期', dt.date(2025, 2, 26), dt.date(2025, 3, 4), 7)
    L.dated('落款晚于期末', dt.date(2025, 2, 26), dt.date(2024, 12, 31))
    for a in ['一是个别乡镇', '二是部分2023年度', '存在两个方面的问题', DOCNO, DATE, '2月26日至3月4日', '截至2024年12月31日']:
        L.anchor('anchor', a)
    rows1 = [['批次', '兑现次序', '面积（亩）', '标准（元/亩）', '应兑现（元）', '已兑现（元）', '尚未兑现（元）']]
    for k, (nm, order) in enumerate([('2017年度', '第三次'), ('2020年度', '第二次'), ('2023年度', '第一次')]):
        rows1.append([nm, order, A(ba[k]), T(std[k]), T(bamt[k]), T(paid[k]), T(unpaid[k])])
    rows1.append(['合计', '—', A(area), '—', T(due), T(pd), T(up)])
    rows2 = [['乡镇', '户数', '面积（亩）', '已兑现（元）', '占比（%）']] + \
        [[nm, T(h), A(sum(D(str(x)) for x in a)), T(v), s] for (nm, a, h), v, s in zip(towns, tp, tsh)] + \
        [['合计', T(hh), A(area), T(pd), '100.00']]
    eco = '4,862.0'; ecoP = pct('4862.0', area); econ = A(area - D('4862.0'))
    B = [('title', '楮岭县2024年度新一轮退耕还林补助资金兑现情况公示'),
         ('sub', DOCNO),
         ('p', '按照新一轮退耕还林补助资金分年度兑现的有关规定，县林业局、县财政局组织各乡镇对2024年度应兑现的退耕还林补助资金进行了核查和兑付，现将兑现情况公示如下。'),
         ('h', '一、兑现范围和标准'),
         ('p', f'2024年度兑现涉及3个批次：2017年度退耕任务第三次兑现，每亩400元；2020年度任务第二次兑现，每亩300元；2023年度任务第一次兑现，每亩500元。全县兑现面积{A(area)}亩，涉及5个乡镇{T(hh)}户，应兑现补助资金{T(due)}元（{wan_due}万元），其中中央财政补助{cen}万元、县级配套{cty}万元。兑现面积由上年的{prev_area}亩增至{A(area)}亩，增加{A(area - D("6412.5"))}亩，增长{g}%，主要是2023年度任务首次纳入兑现。'),
         ('table', '表1　2024年度退耕还林补助资金分批次兑现情况', rows1, '注：各批次标准为当次兑现标准，不是每亩补助总额。'),
         ('h', '二、兑现进度'),
         ('p', f'截至2024年12月31日，已兑现{T(pd)}元，尚未兑现{T(up)}元，兑现率{rate}%。其中2017年度批次于6月一次性兑现{T(h1)}元，上半年兑现额占全年已兑现额的{h1s}%；2020年度、2023年度批次在秋季核查验收后于11—12月兑现。尚未兑现部分为：2020年度批次槲树乡32.0亩因林地权属纠纷暂缓兑现{T(unpaid[1])}元；2023年度批次薤坝镇41.5亩造林核查不合格、待补植后兑现{T(unpaid[2])}元。上述资金留存县财政专户，结转2025年。'),
         ('p', f'全县户均兑现{avg}元。退耕地中生态林{eco}亩，占{ecoP}%；经济林{econ}亩。县林业局秋季对退耕地造林质量抽查1,200亩，合格1,146亩，合格率95.50%，不合格的54亩已通知补植补造。'),
         ('h', '三、分乡镇兑现情况'),
         ('table', '表2　2024年度退耕还林补助资金分乡镇兑现情况', rows2, '注：槲树乡、薤坝镇的已兑现金额已扣除暂缓兑现部分。'),
         ('h', '四、存在的问题'),
         ('p', '兑现工作中存在两个方面的问题：一是个别乡镇退耕农户“一卡通”账户信息变更未及时报送，导致部分资金退回后二次发放；二是部分2023年度退耕地管护不到位，苗木成活率偏低，影响当年兑现。'),
         ('h', '五、公示时间及监督'),
         ('p', '公示时间为2025年2月26日至3月4日（共7天）。如有异议，请向县林业局退耕还林办公室反映，电话：0745-3318620。'),
         ('sign', ['楮岭县林业局　　楮岭县财政局', DATE])]
    return B, L
