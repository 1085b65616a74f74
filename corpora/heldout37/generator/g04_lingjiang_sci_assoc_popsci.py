# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't04_lingjiang_science_association_popsci_fund_selfeval_2024.docx'
FMT = 'docx'
DOCNO = '棂科协〔2025〕2号'
DATE = '2025年3月18日'

def build():
    L = Ledger(NAME)
    W = F
    items = [('科普大篷车巡展', '36', '场', '6,500'), ('科技活动周及全国科普日', '2', '次', '49,400'),
             ('科普e站运行维护', '24', '个', '3,200'), ('青少年科技创新大赛', '1', '届', '123,500'),
             ('农村科普示范基地奖补', '8', '个', '15,000'), ('科普讲座', '48', '场', '1,500')]
    amt = [D(n) * D(p) / 10000 for _, n, _, p in items]
    for a in amt: assert a == q(a)
    tot = sum(amt)
    sh = [pct(a, tot) for a in amt]; assert sum(D(s) for s in sh) == 100, sh
    bud = D('80.00'); exe = pct(tot, bud); left = bud - tot
    mid = D('31.20'); mids = pct(mid, bud)
    aud_new, aud_old = 128600, 112400; ag = growth(aud_new, aud_old)
    sessions = 36 + 48; comp = pct(sessions, 80)
    sat = pct(271, 286); ret = pct(286, 300)
    lit_new, lit_old = '12.08', '11.26'
    s_exe = W(D(10) * D(exe) / 100); s_sat = W(D(10) * D(sat) / 100)
    score = [('决策', '项目立项', '5', '5.00'), ('', '绩效目标', '5', '4.50'), ('', '资金投入', '5', '4.50'),
             ('过程', '预算执行率', '10', s_exe), ('', '资金管理', '5', '5.00'), ('', '组织实施', '5', '4.00'),
             ('产出', '数量指标', '15', '15.00'), ('', '质量指标', '10', '9.00'), ('', '时效指标', '5', '4.00'), ('', '成本指标', '5', '4.50'),
             ('效益', '社会效益', '10', '9.00'), ('', '可持续影响', '10', '8.00'), ('', '服务对象满意度', '10', s_sat)]
    groups = {}
    cur = None
    for g1, nm, w, s in score:
        cur = g1 or cur
        groups.setdefault(cur, []).append((w, s))
    for rows in groups.values():
        for w, s in rows: assert D(s) <= D(w)
    sub = {k: W(sum(D(s) for _, s in v)) for k, v in groups.items()}
    wsub = {k: str(sum(int(w) for w, _ in v)) for k, v in groups.items()}
    total = W(sum(D(s) for *_, s in score)); ded = W(100 - D(total))
    # ledger
    for (nm, n, u, p), a in zip(items, amt):
        L.prod(f'表1 {nm} 金额 = 数量 x 单价', W(a), n, p, 10000)
    L.sum('表1 合计', W(tot), [W(a) for a in amt])
    for (nm, *_), a, s in zip(items, amt, sh):
        L.rate(f'表1 {nm} 占比', s, W(a), W(tot))
    L.sum('表1 占比合计', '100.00', sh)
    L.sum('预算 = 年初 + 追加', W(bud), ['65.00', '15.00'])
    L.rate('预算执行率', exe, W(tot), W(bud))
    L.diff('结余', W(left), W(bud), W(tot))
    L.rate('年中 支出进度', mids, W(mid), W(bud))
    L.le('年中 < 全年', W(mid), W(tot))
    L.diff('受众 增加', I(aud_new - aud_old), I(aud_new), I(aud_old))
    L.growth('受众 增长', ag, I(aud_new), I(aud_old))
    L.sum('场次', str(sessions), ['36', '48'])
    L.rate('场次 完成率', comp, str(sessions), '80')
    L.rate('问卷 满意度', sat, '271', '286')
    L.rate('问卷 回收率', ret, '286', '300')
    L.pp('科学素质 提高', W(D(lit_new) - D(lit_old)), lit_new, lit_old)
    L.quot('执行率得分 = 10 x 执行率', s_exe, exe, '100', 10)
    L.quot('满意度得分 = 10 x 满意度', s_sat, sat, '100', 10)
    for k, v in groups.items():
        L.sum(f'评分 {k} 小计', sub[k], [s for _, s in v])
        L.sum(f'评分 {k} 权重', wsub[k], [w for w, _ in v])
    L.sum('评分 合计', total, [s for *_, s in score])
    L.sum('评分 合计 = 小计之和', total, list(sub.values()))
    L.diff('扣分', ded, '100', total)
    L.sum('权重 合计', '100', [w for _, _, w, _ in score])
    L.same('合计得分', total, 2)
    L.dated('落款晚于期末', dt.date(2025, 3, 18), dt.date(2024, 12, 31))
    for a in ['一是科普大篷车', '二是科普e站', '三是绩效目标', '存在三个方面的问题', DOCNO, DATE, '截至2024年6月30日']:
        L.anchor('anchor', a)
    rows1 = [['支出内容', '数量', '单价（元）', '金额（万元）', '占比（%）']] + \
        [[nm, f'{n}{u}', p, W(a), s] for (nm, n, u, p), a, s in zip(items, amt, sh)] + [['合计', '—', '—', W(tot), '100.00']]
    rows2 = [['一级指标', '二级指标', '分值', '得分']] + [list(r) for r in score] + [['合计', '', '100', total]]
    B = [('title', '棂江县科学技术协会2024年度科普经费项目支出绩效自评报告'),
         ('sub', DOCNO),
         ('h', '一、项目基本情况'),
         ('p', f'科普经费项目主要用于科普大篷车巡展、科技活动周及全国科普日、科普e站运行维护、青少年科技创新大赛、农村科普示范基地奖补和科普讲座。2024年项目预算{W(bud)}万元，其中年初预算65.00万元、年中追加15.00万元。年度绩效目标为全年开展巡展和讲座80场、受众12万人次以上。'),
         ('h', '二、预算执行情况'),
         ('p', f'全年项目支出{W(tot)}万元，预算执行率{exe}%，结余{W(left)}万元已上缴县财政。截至2024年6月30日支出{W(mid)}万元，占预算的{mids}%，上半年进度偏慢。支出明细见表1。'),
         ('table', '表1　2024年度科普经费支出明细', rows1, ''),
         ('h', '三、绩效目标完成情况'),
         ('p', f'（一）产出。全年开展科普大篷车巡展36场、科普讲座48场，合计{sessions}场，目标完成率{comp}%；建成并运行科普e站24个，奖补农村科普示范基地8个，举办第十一届青少年科技创新大赛1届。'),
         ('p', f'（二）效益。全年科普活动受众{I(aud_new)}人次，比上年{I(aud_old)}人次增加{I(aud_new - aud_old)}人次，增长{ag}%。据县统计部门抽样调查，公民具备科学素质比例由上年的{lit_old}%提高到{lit_new}%，提高{W(D(lit_new) - D(lit_old))}个百分点。'),
         ('p', f'（三）满意度。发放问卷300份，收回286份，回收率{ret}%；其中表示满意的271份，满意度{sat}%。'),
         ('h', '四、自评得分'),
         ('p', f'按照评分标准，本项目自评得分{total}分，等级为“优”，共扣{ded}分。其中决策指标得分{sub["决策"]}分（满分{wsub["决策"]}分），过程指标得分{sub["过程"]}分（满分{wsub["过程"]}分），产出指标得分{sub["产出"]}分（满分{wsub["产出"]}分），效益指标得分{sub["效益"]}分（满分{wsub["效益"]}分）。预算执行率得分按10分×执行率计算，满意度得分按10分×满意度计算。'),
         ('table', '表2　2024年度科普经费项目绩效自评评分表', rows2, ''),
         ('h', '五、存在的问题及改进措施'),
         ('p', '项目实施中存在三个方面的问题：一是科普大篷车巡展集中在下半年，上半年支出进度偏慢；二是科普e站内容更新频率不高，部分站点日均访问量偏低；三是绩效目标设置偏保守，受众目标低于实际完成水平。下一步将均衡安排活动进度，完善科普e站内容更新机制，并科学设定2025年绩效目标。'),
         ('sign', ['棂江县科学技术协会', DATE])]
    return B, L
