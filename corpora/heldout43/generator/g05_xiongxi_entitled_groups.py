# -*- coding: utf-8 -*-
"""t05 芎溪县 2024年度重点优抚对象抚恤和生活补助资金发放情况公示 (txt, space-aligned, 占比 column)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't05_xiongxi_county_key_entitled_groups_pension_and_living_allowance_payment_notice_2024.txt'
META = dict(format='txt-space', org='芎溪县退役军人事务局')


def build():
    L = Ledger(NAME)
    docno = '芎退役联〔2025〕2号'
    date = '2025年1月16日'
    phone = '0745-7139286'
    L.facts['docno'] = docno

    cats = [('残疾军人', 186, D('452.43')), ('“三属”', 42, D('128.46')), ('在乡复员军人', 17, D('45.92')),
            ('带病回乡退伍军人', 58, D('86.30')), ('参战参试退役人员', 463, D('335.21'))]
    n_t = sum(c[1] for c in cats)
    a_t = sum(c[2] for c in cats)
    shares = [pct(c[2], a_t) for c in cats]
    avgs = [q(c[2] * 10000 / c[1], 2) for c in cats]
    avg_t = q(a_t * 10000 / n_t, 2)
    L.count('对象类别 = 列举', '5', [c[0] for c in cats])
    L.sum('表1 合计 人数', [str(c[1]) for c in cats], str(n_t))
    L.sum('表1 合计 金额', [F(c[2]) for c in cats], F(a_t))
    for c, s, a in zip(cats, shares, avgs):
        L.rate('表1 占比 ' + c[0], F(c[2]), F(a_t), P(s))
        L.quot('表1 人均（元） ' + c[0], F(c[2]), str(c[1]), F(a), scale='10000')
    L.quot('表1 合计 人均（元）', F(a_t), str(n_t), F(avg_t), scale='10000')
    L.sum('表1 占比 合计 100.00', [P(s) for s in shares], '100.00')
    big = max(zip(cats, shares), key=lambda x: x[1])
    L.max('发放金额占比最高类别', big[0][0], P(big[1]), [(c[0], P(s)) for c, s in zip(cats, shares)])
    three = [('烈士遗属', 9), ('因公牺牲军人遗属', 7), ('病故军人遗属', 26)]
    L.sum('“三属” = 烈属 + 因公 + 病故', [str(t[1]) for t in three], str(cats[1][1]))

    n_prev = 798
    n_r = pct(n_prev - n_t, n_prev)
    L.growth('对象人数 较上年减少/下降', str(n_t), str(n_prev), str(n_prev - n_t), P(n_r), '下降')
    a_prev = D('1012.64')
    a_r = pct(a_t - a_prev, a_prev)
    L.growth('资金 较上年增加/增长', F(a_t), F(a_prev), F(a_t - a_prev), P(a_r), '增长')
    cen = D('786.20')
    cty = a_t - cen
    cty_r = pct(cty, a_t)
    cty_prev = D('23.60')
    L.sum('资金 = 中央 + 县级', [F(cen), F(cty)], F(a_t))
    L.rate('县级资金 占发放总额', F(cty), F(a_t), P(cty_r))
    L.pp('县级负担比例 提高个百分点', P(cty_r), P(cty_prev), P(cty_r - cty_prev), '提高')
    month = q(a_t / 12, 2)
    L.quot('月均发放', F(a_t), '12', P(month))
    newly, stopped = 6, 38
    L.diff('净减少 = 停发 - 新增', str(stopped), str(newly), str(n_prev - n_t))
    stop_kinds = [('死亡', 31), ('户籍迁出', 5), ('服刑', 2)]
    L.count('停发原因 类数', '3', [k[0] for k in stop_kinds])
    L.sum('停发 = 死亡 + 迁出 + 服刑', [str(k[1]) for k in stop_kinds], str(stopped))
    heavy = 23
    heavy_r = pct(heavy, cats[0][1])
    L.rate('一至四级 占残疾军人', str(heavy), str(cats[0][1]), P(heavy_r))
    med = 612
    med_r = pct(med, n_t)
    L.rate('享受医疗补助 占对象', str(med), str(n_t), P(med_r))
    rec_n, rec_amt = 3, D('1.86')
    L.dated('落款日期晚于年度终了', date)
    L.anchor('文号', docno)
    L.anchor('电话', phone)

    B = [('title', '芎溪县2024年度重点优抚对象抚恤和生活补助资金发放情况公示'),
         ('sub', '芎溪县退役军人事务局　芎溪县财政局　　' + docno),
         ('p', '根据优抚对象抚恤和生活补助资金管理有关规定，现将我县2024年度重点优抚对象抚恤和生活补助资金发放情况公示如下：'),
         ('h', '一、保障对象'),
         ('p', '2024年末全县享受定期抚恤补助的重点优抚对象{}人，分为5类，即{}、{}、{}、{}和{}，人数分别为{}人、{}人、{}人、'
               '{}人和{}人。其中“三属”包括{}{}人、{}{}人、{}{}人。与上年末的{}人相比减少{}人，下降{}%，'
               '主要是新增认定{}人、停发{}人（{}{}人、{}{}人、{}{}人）。'
               .format(n_t, *[c[0] for c in cats], *[c[1] for c in cats], three[0][0], three[0][1], three[1][0],
                       three[1][1], three[2][0], three[2][1], n_prev, n_prev - n_t, P(n_r), newly, stopped,
                       stop_kinds[0][0], stop_kinds[0][1], stop_kinds[1][0], stop_kinds[1][1], stop_kinds[2][0],
                       stop_kinds[2][1])),
         ('h', '二、资金筹集及发放'),
         ('p', '全年发放抚恤和生活补助资金{}万元，比上年的{}万元增加{}万元，增长{}%，主要是自2024年8月1日起提高了抚恤补助标准。'
               '资金来源中，中央财政优抚对象补助经费{}万元，县级财政资金{}万元，县级负担比例为{}%，比上年的{}%提高{}个百分点。'
               '资金按月通过社会保障卡发放，按12个月计月均发放{}万元，全年人均{}元。分类别发放情况见表1。'
               .format(F(a_t), F(a_prev), F(a_t - a_prev), P(a_r), F(cen), F(cty), P(cty_r), P(cty_prev),
                       P(cty_r - cty_prev), P(month), F(avg_t))),
         ('cap', '表1  2024年度重点优抚对象抚恤和生活补助资金发放明细'),
         ('unit', '单位：人、万元、%、元'),
         ('table', [['类别', '人数', '发放金额', '占比', '人均']] +
                   [[c[0], str(c[1]), F(c[2]), P(s), F(a)] for c, s, a in zip(cats, shares, avgs)] +
                   [['合计', str(n_t), F(a_t), '100.00', F(avg_t)]]),
         ('p', '从结构看，{}发放金额占比最高，为{}%，其中一至四级重度残疾军人{}人，占残疾军人的{}%。'
               '另有{}名对象同时享受优抚对象医疗补助，占全部对象的{}%，医疗补助资金由医疗保障部门另行列支，未计入本表。'
               .format(big[0][0], P(big[1]), heavy, P(heavy_r), med, P(med_r))),
         ('h', '三、资金监管'),
         ('p', '县退役军人事务局会同县财政局按季度开展待遇资格核查，对核查中发现的{}名对象死亡后继续领取待遇问题，'
               '已追回资金{}万元。公示期间如有疑问，可拨打监督电话{}。'.format(rec_n, F(rec_amt), phone)),
         ('sign', ['芎溪县退役军人事务局　芎溪县财政局', date])]
    return B, L, META
