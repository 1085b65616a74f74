# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't05_kouping_geohazard_prevention_fund_thirdparty_evaluation_2024.pdf'
FMT = 'pdf'
DOCNO = '蔻楠评字〔2025〕9号'
DATE = '2025年4月8日'

def build():
    L = Ledger(NAME)
    W = F
    proj = [('蔻东滑坡治理工程', '68.20', '已完工'), ('楠溪崩塌治理工程', '75.60', '已完工'),
            ('枫垭泥石流治理工程', '59.40', '已完工'), ('蔻北不稳定斜坡治理工程', '82.00', '尚未完工')]
    ptot = sum(D(p[1]) for p in proj)
    items = [('工程治理', '4', '处', None, ptot), ('排危除险', '11', '处', '4.50', None), ('群测群防监测员补助', '186', '人', '0.24', None),
             ('专业监测设备运维', '38', '台', '0.35', None), ('隐患点详查及应急演练', '1', '项', '9.72', None)]
    amt = [it[4] if it[4] is not None else D(it[1]) * D(it[3]) for it in items]
    tot = sum(amt)
    sh = [pct(a, tot) for a in amt]; assert sum(D(s) for s in sh) == 100, sh
    src = ['300.00', '120.00', '26.50']; avail = sum(D(s) for s in src)
    exe = pct(tot, avail); carry = avail - tot
    mid = D('158.30'); mids = pct(mid, tot)
    hz_new, hz_old = 198, 217; hzg = growth(hz_old - hz_new + hz_old, hz_old)  # unused
    hz_dec = pct(hz_old - hz_new, hz_old)
    pop_new, pop_old = 4815, 5630; pop_dec = pct(pop_old - pop_new, pop_old)
    cov_old, cov_new = '93.50', '97.85'; cov_pp = W(D(cov_new) - D(cov_old))
    sat = pct(228, 250)
    s_exe = W(D(5) * D(exe) / 100); s_eng = W(D(10) * 3 / 4); s_sat = W(D(10) * D(sat) / 100)
    score = [('决策', '立项依据', '6', '6.00'), ('', '绩效目标', '6', '5.00'), ('', '资金分配', '8', '7.00'),
             ('过程', '资金到位', '5', '5.00'), ('', '预算执行率', '5', s_exe), ('', '财务管理', '5', '4.00'), ('', '项目管理', '5', '4.00'),
             ('产出', '工程治理完成', '10', s_eng), ('', '排危除险', '8', '8.00'), ('', '监测覆盖', '7', '7.00'), ('', '时效', '5', '3.00'),
             ('效益', '减灾效益', '12', '11.00'), ('', '可持续影响', '8', '6.00'), ('', '满意度', '10', s_sat)]
    groups = {}; cur = None
    for g1, nm, w, s in score:
        cur = g1 or cur; groups.setdefault(cur, []).append((w, s))
    sub = {k: W(sum(D(s) for _, s in v)) for k, v in groups.items()}
    total = W(sum(D(s) for *_, s in score))
    psh = [pct(p[1], ptot) for p in proj]; assert sum(D(s) for s in psh) == 100, psh
    # ledger
    L.sum('表2 工程治理 合计', W(ptot), [p[1] for p in proj])
    for p, s in zip(proj, psh):
        L.rate(f'表2 {p[0]} 占比', s, p[1], W(ptot))
    L.sum('表2 占比合计', '100.00', psh)
    for it, a in zip(items, amt):
        if it[3]:
            L.prod(f'表1 {it[0]} 金额 = 数量 x 单价', W(a), it[1], it[3])
    L.sum('表1 合计', W(tot), [W(a) for a in amt])
    for it, a, s in zip(items, amt, sh):
        L.rate(f'表1 {it[0]} 占比', s, W(a), W(tot))
    L.sum('表1 占比合计', '100.00', sh)
    L.sum('可用资金', W(avail), src)
    L.rate('执行率', exe, W(tot), W(avail))
    L.diff('结转', W(carry), W(avail), W(tot))
    L.rate('年中 支出占全年', mids, W(mid), W(tot))
    L.diff('隐患点 减少', str(hz_old - hz_new), str(hz_old), str(hz_new))
    L.rate('隐患点 下降率', hz_dec, str(hz_old - hz_new), str(hz_old))
    L.diff('受威胁人口 减少', str(pop_old - pop_new), I(pop_old), I(pop_new))
    L.rate('受威胁人口 下降率', pop_dec, str(pop_old - pop_new), I(pop_old))
    L.pp('群测群防覆盖率 提高', cov_pp, cov_new, cov_old)
    L.rate('满意度', sat, '228', '250')
    L.quot('执行率得分 = 5 x 执行率', s_exe, exe, '100', 5)
    L.quot('工程治理完成得分 = 10 x 3/4', s_eng, '3', '4', 10)
    L.quot('满意度得分 = 10 x 满意度', s_sat, sat, '100', 10)
    for k, v in groups.items():
        L.sum(f'评分 {k} 小计', sub[k], [s for _, s in v])
    L.sum('评分 合计', total, [s for *_, s in score])
    L.sum('评分 合计 = 小计之和', total, list(sub.values()))
    L.sum('权重 合计', '100', [w for _, _, w, _ in score])
    L.sum('工程 已完工 + 尚未完工', '4', ['3', '1'])
    L.dated('落款晚于期末', dt.date(2025, 4, 8), dt.date(2024, 12, 31))
    for a in ['一是蔻北不稳定斜坡', '二是部分监测设备', '三是群测群防', '存在三个方面的问题', DOCNO, DATE, '截至2024年6月30日', '截至2024年12月31日']:
        L.anchor('anchor', a)
    rows1 = [['支出内容', '数量', '单价（万元）', '金额（万元）', '占比（%）']] + \
        [[it[0], it[1] + it[2], it[3] or '—', W(a), s] for it, a, s in zip(items, amt, sh)] + [['合计', '—', '—', W(tot), '100.00']]
    rows2 = [['治理工程', '投资（万元）', '占比（%）', '进度']] + [[p[0], p[1], s, p[2]] for p, s in zip(proj, psh)] + [['合计', W(ptot), '100.00', '—']]
    rows3 = [['一级指标', '二级指标', '分值', '得分']] + [list(r) for r in score] + [['合计', '', '100', total]]
    B = [('title', '蔻坪县2024年度地质灾害防治专项资金绩效评价报告'),
         ('sub', DOCNO),
         ('p', '受蔻坪县财政局委托，蔻坪楠枫工程咨询有限公司（以下简称评价组）于2025年2月至3月对县自然资源局实施的2024年度地质灾害防治专项资金开展了第三方绩效评价。评价组查阅了资金拨付凭证和工程档案，现场核查隐患点32处，发放满意度问卷250份。'),
         ('h', '一、资金来源及使用'),
         ('p', f'2024年可用资金{W(avail)}万元，其中省级补助{src[0]}万元、县级财政安排{src[1]}万元、上年结转{src[2]}万元。截至2024年12月31日，实际支出{W(tot)}万元，预算执行率{exe}%，结转下年{W(carry)}万元，主要为蔻北不稳定斜坡治理工程尚未支付的进度款和质保金。截至2024年6月30日支出{W(mid)}万元，占全年支出的{mids}%。'),
         ('table', '表1　2024年度地质灾害防治专项资金支出情况', rows1, ''),
         ('p', f'工程治理支出{W(ptot)}万元，涉及4处治理工程，其中已完工3处、尚未完工1处，明细见表2。'),
         ('table', '表2　2024年度地质灾害治理工程投资情况', rows2, ''),
         ('h', '二、绩效目标实现情况'),
         ('p', f'全县地质灾害隐患点由上年的{hz_old}处降至{hz_new}处，减少{hz_old - hz_new}处，下降{hz_dec}%；受威胁人口由上年的{I(pop_old)}人降至{I(pop_new)}人，减少{pop_old - pop_new}人，下降{pop_dec}%。186名群测群防监测员全部落实补助，群测群防覆盖率由上年的{cov_old}%提高到{cov_new}%，提高{cov_pp}个百分点。全年成功预警地质灾害险情3起，未发生人员伤亡。收回有效问卷250份，满意228份，满意度{sat}%。'),
         ('h', '三、评价得分'),
         ('p', f'经综合评价，该项目得分{total}分，评价等级为“良”。其中决策{sub["决策"]}分、过程{sub["过程"]}分、产出{sub["产出"]}分、效益{sub["效益"]}分。预算执行率得分按5分×执行率计算，工程治理完成得分按完工比例（3/4）计算。'),
         ('table', '表3　绩效评价指标得分表', rows3, ''),
         ('h', '四、存在的问题和建议'),
         ('p', '评价发现存在三个方面的问题：一是蔻北不稳定斜坡治理工程因雨季停工，未能按期完工；二是部分监测设备老化，数据回传不稳定；三是群测群防监测员培训频次不足。建议加快在建工程进度，及时更新监测设备，并将监测员培训纳入年度计划。'),
         ('sign', ['蔻坪楠枫工程咨询有限公司', DATE])]
    return B, L
