# -*- coding: utf-8 -*-
from lib37 import *
import datetime as dt
NAME = 't03_shichuan_primary_care_institution_operating_subsidy_disclosure_2024.html'
FMT = 'html'
SITE = '莳川县卫生健康局门户网站'
DOCNO = '莳卫发〔2025〕7号'
DATE = '2025年3月12日'

def build():
    L = Ledger(NAME)
    W = lambda x: F(x)
    hs = [('莳城镇中心卫生院', 48, '12.60'), ('蓁坪乡卫生院', 22, '6.30'), ('蒗溪镇卫生院', 31, '8.40'),
          ('蘼湾乡卫生院', 19, '4.80'), ('茭塘镇卫生院', 26, '7.20'), ('菰岭乡卫生院', 17, '5.00')]
    per = D('2.40')
    run = [n * per for _, n, _ in hs]; mt = [D(m) for *_, m in hs]; tot = [a + b for a, b in zip(run, mt)]
    staff = sum(h[1] for h in hs); RUN = sum(run); MT = sum(mt); HT = sum(tot)
    sh = [pct(t, HT) for t in tot]; assert sum(D(s) for s in sh) == 100, sh
    vil = 142; vstd = D('1.20'); VT = vil * vstd
    ALL = HT + VT
    src = ['186.00', '120.00', W(ALL - 306)]
    spent = D('571.38'); exe = pct(spent, ALL); carry = ALL - spent
    use = ['412.00', '96.30', '63.08']; assert sum(D(u) for u in use) == spent
    ush = [pct(u, spent) for u in use]; assert sum(D(s) for s in ush) == 100, ush
    prev = '553.20'; g = growth(ALL, prev)
    mid = D('296.94'); mids = pct(mid, ALL)
    avg = W(HT / 6)
    v_new, v_old = 438210, 412560
    vg = growth(v_new, v_old)
    # ledger
    for (nm, n, m), r, t in zip(hs, run, tot):
        L.prod(f'表1 {nm} 运行补助 = 在编 x 2.40', W(r), str(n), '2.40')
        L.sum(f'表1 {nm} 合计', W(t), [W(r), m])
    L.sum('表1 在编合计', str(staff), [str(h[1]) for h in hs])
    L.sum('表1 运行补助合计', W(RUN), [W(r) for r in run])
    L.sum('表1 维护合计', W(MT), [h[2] for h in hs])
    L.sum('表1 合计', W(HT), [W(t) for t in tot])
    L.sum('表1 合计 = 运行 + 维护', W(HT), [W(RUN), W(MT)])
    for (nm, *_), t, s in zip(hs, tot, sh):
        L.rate(f'表1 {nm} 占比', s, W(t), W(HT))
    L.sum('表1 占比合计', '100.00', sh)
    L.prod('村卫生室 定额补助', W(VT), str(vil), '1.20')
    L.sum('分配总额 = 卫生院 + 村卫生室', W(ALL), [W(HT), W(VT)])
    L.sum('资金来源', W(ALL), src)
    L.rate('执行率', exe, W(spent), W(ALL))
    L.diff('结转', W(carry), W(ALL), W(spent))
    L.sum('表2 支出合计', W(spent), use)
    for u, s in zip(use, ush):
        L.rate('表2 占比', s, u, W(spent))
    L.sum('表2 占比合计', '100.00', ush)
    L.diff('比上年增加', W(ALL - D(prev)), W(ALL), prev)
    L.growth('比上年增长', g, W(ALL), prev)
    L.rate('年中 拨付 占比', mids, W(mid), W(ALL))
    L.quot('平均每家卫生院', avg, W(HT), '6')
    L.diff('门急诊 增加', I(v_new - v_old), I(v_new), I(v_old))
    L.growth('门急诊 增长', vg, I(v_new), I(v_old))
    L.sum('村卫生室 考核', '142', ['136', '6'])
    L.rate('村卫生室 考核合格率', pct(136, 142), '136', '142')
    L.dated('落款晚于期末', dt.date(2025, 3, 12), dt.date(2024, 12, 31))
    for a in ['一是部分卫生院', '二是村卫生室', '存在两个方面的问题', DOCNO, DATE, '截至2024年12月31日', '截至2024年6月30日']:
        L.anchor('anchor', a)
    rows1 = [['卫生院', '在编人数', '运行补助', '业务用房维护', '合计', '占比（%）']] + \
        [[nm, str(n), W(r), m, W(t), s] for (nm, n, m), r, t, s in zip(hs, run, tot, sh)] + \
        [['合计', str(staff), W(RUN), W(MT), W(HT), '100.00']]
    rows2 = [['支出用途', '金额', '占比（%）'], ['人员经费', use[0], ush[0]], ['公用经费', use[1], ush[1]],
             ['设备维护', use[2], ush[2]], ['合计', W(spent), '100.00']]
    B = [('title', '莳川县2024年度基层医疗卫生机构运行补助资金分配及使用情况公开'),
         ('sub', DOCNO),
         ('p', '为保障乡镇卫生院和村卫生室正常运转，根据《莳川县基层医疗卫生机构运行补助资金管理办法》，现将2024年度补助资金分配和使用情况公开如下。'),
         ('h', '一、资金分配情况'),
         ('p', f'2024年全县分配基层医疗卫生机构运行补助资金{W(ALL)}万元，其中中央补助{src[0]}万元、省级补助{src[1]}万元、县级财政安排{src[2]}万元。比上年{prev}万元增加{W(ALL - D(prev))}万元，增长{g}%。资金由两部分组成：一是6家乡镇卫生院{W(HT)}万元，按在编人数每人2.40万元核定运行补助{W(RUN)}万元，另安排业务用房维护{W(MT)}万元，平均每家卫生院{avg}万元；二是{vil}个村卫生室定额补助{W(VT)}万元，每个1.20万元。'),
         ('table', '表1　2024年度乡镇卫生院运行补助分配表（单位：人、万元）', rows1, '注：占比为各卫生院合计数占6家卫生院合计数的比重，不含村卫生室定额补助。'),
         ('h', '二、资金使用情况'),
         ('p', f'截至2024年6月30日，已拨付{W(mid)}万元，占全年分配额的{mids}%。截至2024年12月31日，各单位实际支出{W(spent)}万元，执行率{exe}%，结转{W(carry)}万元。结转资金主要为业务用房维护工程尾款和待复核村卫生室的定额补助，后者待考核结果确定后拨付：全县{vil}个村卫生室中考核合格136个、待复核6个，合格率{pct(136, 142)}%。'),
         ('table', '表2　2024年度运行补助资金支出用途（单位：万元）', rows2, ''),
         ('h', '三、资金使用效果'),
         ('p', f'2024年全县乡镇卫生院门急诊{I(v_new)}人次，由上年的{I(v_old)}人次增至{I(v_new)}人次，增加{I(v_new - v_old)}人次，增长{vg}%；213名村医全部按月领取定额补助，未发生拖欠。'),
         ('h', '四、存在的问题及整改'),
         ('p', '资金管理中存在两个方面的问题：一是部分卫生院业务用房维护项目开工较晚，资金支付集中在第四季度；二是村卫生室绩效考核组织偏迟，影响定额补助按时拨付。下一步将提前开展考核，确保补助资金及时足额到位。'),
         ('sign', ['莳川县卫生健康局', DATE])]
    return B, L
