# -*- coding: utf-8 -*-
"""t05 嫩桦县桦屯镇 2024年耕地地力保护补贴面积及资金公示 (.txt, per 村)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk31 import D, q, F, I, Ledger, T, run

NAME = 't05_nenhua_farmland_subsidy_notice_2024.txt'


def build():
    L = Ledger(NAME)
    std, std0 = '72.30', '70.85'
    vil = [  # 村, 户数, 申报面积, 核减面积
        ('桦屯村', 412, '18,406.5', '126.0'), ('东岗村', 286, '12,738.2', '54.6'),
        ('永丰村', 351, '15,920.8', '88.3'), ('前哨村', 198, '9,214.6', '0.0'),
        ('兴隆村', 327, '14,655.1', '102.5'), ('新荣村', 264, '11,873.4', '37.2'),
        ('太和村', 309, '13,502.7', '64.8'), ('福源村', 173, '8,046.9', '0.0'),
        ('长林村', 246, '10,987.3', '215.4'), ('双泉村', 221, '9,768.0', '41.7'),
        ('三道村', 158, '7,215.6', '18.9'), ('榆林村', 237, '10,436.2', '73.1')]
    rows = []
    for v in vil:
        hs = F(D(v[2]) - D(v[3]), 1)
        amt = F(D(hs) * D(std))
        assert D(amt) == D(hs) * D(std)
        rows.append([v[0], str(v[1]), v[2], v[3], hs, amt])
    n_h = sum(v[1] for v in vil)
    sb = F(sum(D(v[2]) for v in vil), 1)
    hj = F(sum(D(v[3]) for v in vil), 1)
    hsm = F(sum(D(r[4]) for r in rows), 1)
    amt = F(sum(D(r[5]) for r in rows))
    rows.append(['合计', I(n_h), sb, hj, hsm, amt])
    wmu = F(D(hsm) / 10000)
    wy = F(D(amt) / 10000)
    avg = F(D(amt) / n_h)
    mu_avg = F(D(hsm) / n_h, 1)
    # 核减 reasons
    hj_r = [('撂荒地', '96.4'), ('非农建设占用耕地', '358.7'), ('已改变用途（林地、坑塘水面等）', '282.1'),
            ('重复申报', None)]
    hj_r[3] = ('重复申报', F(D(hj) - sum(D(r[1]) for r in hj_r[:3]), 1))
    # last year
    hs0 = '139,806.4'
    d_mu = F(D(hsm) - D(hs0), 1)
    d_std = F(D(std) - D(std0))
    amt0 = F(D(hs0) * D(std0))
    g = F((D(amt) - D(amt0)) / D(amt0) * 100)
    names = [v[0] for v in vil]
    B = [('TITLE', '嫩桦县桦屯镇人民政府'),
         ('TITLE', '关于2024年耕地地力保护补贴面积及补贴资金的公示'),
         ('DOCNO', '桦屯政发〔2024〕17号'),
         ('BLANK', ''),
         ('PLAIN', '各村民委员会、广大农户：'),
         ('P', '根据《嫩桦县2024年耕地地力保护补贴实施方案》，2024年耕地地力保护补贴以2024年春播实际种植面积为依据，'
               '经农户申报、村级核实公示、镇级审核，现将全镇2024年耕地地力保护补贴面积及补贴资金情况公示如下：'),
         ('H1', '一、补贴对象和标准'),
         ('P', '补贴对象为拥有耕地承包权并实际种植的农户。经县政府批准，2024年补贴标准为每亩%s元，比上年的每亩%s元提高%s元。'
               '已作为畜牧养殖场使用的耕地、林地、草地、成片粮田转为设施农业用地、非农业征（占）用耕地等已改变用途的耕地，'
               '以及长年抛荒地、占补平衡中“补”的面积和质量达不到耕种条件的耕地等不予补贴。' % (std, std0, d_std)),
         ('H1', '二、补贴面积和资金'),
         ('P', '全镇%d个行政村（%s）共有%s户农户申报补贴面积%s亩，经核实核减%s亩，其中：%s。'
               '核实补贴面积%s亩（约%s万亩），比上年的%s亩增加%s亩。' % (
                   len(vil), '、'.join(names), I(n_h), sb, hj, '；'.join('%s%s亩' % r for r in hj_r), hsm, wmu, hs0, d_mu)),
         ('P', '按每亩%s元计算，全镇补贴资金%s元（合%s万元），户均补贴%s元，户均补贴面积%s亩。'
               '补贴资金总额比上年的%s元增长%s%%。各村明细如下：' % (std, amt, wy, avg, mu_avg, amt0, g)),
         ]
    B.append(T('表  桦屯镇2024年耕地地力保护补贴分村汇总表',
               ['村名', '补贴户数', '申报面积（亩）', '核减面积（亩）', '核实面积（亩）', '补贴金额（元）'], rows,
               notes=['注：补贴金额＝核实面积×%s元/亩；各户明细已在各村村务公开栏张榜公示。' % std]))
    B += [('H1', '三、公示时间及监督方式'),
          ('P', '公示时间为2024年6月18日至6月24日（7天）。公示期间，农户对本人补贴面积有异议的，可向所在村民委员会或镇农业综合服务中心反映，'
                '也可拨打监督电话0452-67318025、0452-67315540。'),
          ('P', '公示无异议后，补贴资金由县财政局于2024年7月底前通过惠民惠农财政补贴资金“一卡通”直接发放到户。'
                '严禁任何单位和个人截留、挤占、挪用补贴资金。'),
          ('BLANK', ''),
          ('RIGHT', '嫩桦县桦屯镇人民政府'),
          ('RIGHT', '2024年6月18日'),
          ]
    L.fact('核实面积', hsm)
    L.fact('补贴资金', amt)
    L.fact('date', '2024年6月18日（2024年补贴面积公示，发放前公示）')
    L.count('行政村个数 = 列举村名', str(len(vil)), names)
    L.count('表行数 = 行政村个数', str(len(vil)), [r[0] for r in rows[:-1]])
    L.change('标准 提高', '提高', d_std, std, std0)
    for col, nm in ((1, '户数'), (2, '申报面积'), (3, '核减面积'), (4, '核实面积'), (5, '补贴金额')):
        L.sum('表 %s 合计' % nm, rows[-1][col], [r[col] for r in rows[:-1]])
    for r in rows[:-1]:
        L.diff('表 %s 核实 = 申报 - 核减' % r[0], r[4], r[2], r[3])
        L.prod('表 %s 金额 = 核实面积 x %s' % (r[0], std), r[5], [r[4], std])
    L.diff('核实 = 申报 - 核减（合计）', hsm, sb, hj)
    L.sum('核减 = 四类原因', hj, [r[1] for r in hj_r])
    L.prod('补贴资金 = 核实面积 x 标准', amt, [hsm, std])
    L.conv('亩 -> 万亩', wmu, hsm, 10000)
    L.conv('元 -> 万元', wy, amt, 10000)
    L.quot('户均补贴（元）', avg, amt, I(n_h))
    L.quot('户均面积（亩）', mu_avg, hsm, I(n_h))
    L.change('面积 比上年 增加', '增加', d_mu, hsm, hs0)
    L.prod('上年资金 = 上年面积 x 上年标准', amt0, [hs0, std0])
    L.growth('资金 增长', '增长', g, amt, amt0)
    L.check('公示期 7天（6月18日至6月24日）', True, '18..24 = 7 days', [])
    L.anchor('2024年6月18日至6月24日（7天）')
    L.anchor('桦屯政发〔2024〕17号')
    return B, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    run(NAME, build, out)
