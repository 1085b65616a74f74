# -*- coding: utf-8 -*-
"""t03 濉岗县 2024年度农村危房改造补助资金项目支出绩效自评报告 (.txt)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk31 import D, q, F, I, Ledger, T, run

NAME = 't03_suigang_rural_dilapidated_housing_selfeval_2024.txt'


def build():
    L = Ledger(NAME)
    towns = [  # name, 任务, 重建, 修缮, 未竣工(重建)
        ('岗集镇', 46, 12, 34, 0), ('濉南镇', 38, 9, 29, 0), ('芦沟乡', 52, 15, 37, 2),
        ('杨湖镇', 41, 10, 31, 0), ('柏林乡', 29, 6, 23, 0), ('大庄镇', 57, 17, 40, 2),
        ('石碾乡', 33, 8, 25, 0), ('沱湾镇', 44, 11, 33, 0)]
    for t in towns:
        assert t[1] == t[2] + t[3]
    s_cj, s_xs = '3.00', '1.20'
    amt = lambda t: F(D(t[2]) * D(s_cj) + D(t[3]) * D(s_xs))
    n_rw = sum(t[1] for t in towns)
    n_cj = sum(t[2] for t in towns)
    n_xs = sum(t[3] for t in towns)
    n_wjg = sum(t[4] for t in towns)
    n_jg = n_rw - n_wjg
    tot = F(sum(D(amt(t)) for t in towns))
    cj_amt = F(D(n_cj) * D(s_cj))
    xs_amt = F(D(n_xs) * D(s_xs))
    avg = F(D(tot) / n_rw)
    zy, sj = '362.00', '118.00'
    xj = F(D(tot) - D(zy) - D(sj))
    zy_sh = F(D(zy) / D(tot) * 100)
    jz = F(D(n_wjg) * D(s_cj))
    zc = F(D(tot) - D(jz))
    zxl = F(D(zc) / D(tot) * 100)
    jgl = F(D(n_jg) / n_rw * 100)
    cats = [('农村低保户', 118), ('农村分散供养特困人员', 27), ('农村低保边缘家庭', 64),
            ('因病因灾因意外事故刚性支出较大或收入大幅缩减导致基本生活出现严重困难家庭', 31),
            ('脱贫不稳定户、边缘易致贫户等防止返贫监测对象', 100)]
    assert sum(c[1] for c in cats) == n_rw
    n0 = 412
    chg = n0 - n_rw
    chg_g = F(D(chg) / n0 * 100)
    cj_done = n_cj - n_wjg
    area = 5208
    area_avg = F(D(area) / cj_done, 1)
    cc, my = 60, 58
    myd = F(D(my) / cc * 100)
    s_sl = F(D(15) * n_jg / n_rw)
    s_zx = F(D(10) * D(zxl) / 100)
    score = [
        ('决策', '项目立项规范性', '规范', '规范', '5', '5.00'),
        ('决策', '绩效目标合理性', '合理', '合理', '5', '5.00'),
        ('过程', '资金到位率', '100%', '100%', '5', '5.00'),
        ('过程', '预算执行率', '100%', zxl + '%', '10', s_zx),
        ('过程', '资金使用合规性', '合规', '合规', '5', '5.00'),
        ('产出', '完成改造户数', '≥%d户' % n_rw, '%d户' % n_jg, '15', s_sl),
        ('产出', '竣工验收合格率', '100%', '100%', '10', '10.00'),
        ('产出', '当年竣工率', '≥95%', jgl + '%', '10', '10.00'),
        ('产出', '拆除重建户均补助', '3.00万元', '3.00万元', '5', '5.00'),
        ('产出', '修缮加固户均补助', '1.20万元', '1.20万元', '5', '5.00'),
        ('效益', '保障对象住房安全', '有效保障', '基本实现', '10', '9.00'),
        ('效益', '动态监测机制', '健全', '健全', '5', '5.00'),
        ('满意度', '受益群众满意度', '≥90%', myd + '%', '10', '10.00'),
    ]
    stot = F(sum(D(r[5]) for r in score))
    names = [t[0] for t in towns]
    B = [('TITLE', '濉岗县住房和城乡建设局'),
         ('TITLE', '关于2024年度农村危房改造补助资金项目支出绩效自评情况的报告'),
         ('DOCNO', '濉岗住建〔2025〕9号'),
         ('BLANK', ''),
         ('PLAIN', '县财政局：'),
         ('P', '按照县财政局关于做好2024年度项目支出绩效自评工作的要求，我局对2024年度农村危房改造补助资金开展了绩效自评。现将有关情况报告如下：'),
         ('H1', '一、项目基本情况'),
         ('P', '2024年，全县下达农村危房改造任务%d户，比上年的%d户减少%d户，下降%s%%。改造对象为：%s。任务分布在%d个乡镇，分别为：%s。' % (
             n_rw, n0, chg, chg_g, '；'.join('%s%d户' % c for c in cats), len(towns), '、'.join(names))),
         ('P', '按改造方式分，拆除重建%d户，按每户%s万元标准补助，计%s万元；修缮加固%d户，按每户%s万元标准补助，计%s万元。'
               '全年安排补助资金%s万元，户均补助%s万元。' % (n_cj, s_cj, cj_amt, n_xs, s_xs, xs_amt, tot, avg)),
         ('H1', '二、资金投入和使用情况'),
         ('P', '2024年下达补助资金%s万元，其中：中央补助%s万元，占%s%%；省级补助%s万元；县级配套%s万元。资金到位率100%%。' % (
             tot, zy, zy_sh, sj, xj)),
         ('P', '补助资金实行竣工验收后一次性拨付至农户“一卡通”账户。截至2024年12月31日，已拨付%s万元，预算执行率%s%%；'
               '未拨付%s万元，为%d户拆除重建未竣工农户的补助资金（%d户×%s万元），已按规定结转下年使用。' % (
                   zc, zxl, jz, n_wjg, n_wjg, s_cj)),
         ('H1', '三、绩效目标完成情况'),
         ('P', '（一）产出指标。截至2024年12月31日，全县竣工%d户，当年竣工率%s%%，未竣工的%d户中芦沟乡、大庄镇各2户，均因冬季停工，'
               '预计2025年3月底前竣工。已竣工农户全部通过竣工验收，验收合格率100%%。已竣工的%d户拆除重建农户新建房屋总建筑面积%s平方米，'
               '户均%s平方米，符合不超过户均80平方米的控制要求。' % (
                   n_jg, jgl, n_wjg, cj_done, I(area), area_avg)),
         ]
    rows = [[t[0], str(t[1]), str(t[2]), str(t[3]), amt(t), str(t[1] - t[4])] for t in towns]
    rows.append(['合计', str(n_rw), str(n_cj), str(n_xs), tot, str(n_jg)])
    B.append(T('表1  2024年度农村危房改造任务及补助资金分乡镇情况表',
               ['乡镇', '任务户数', '拆除重建', '修缮加固', '补助资金（万元）', '竣工户数'], rows))
    B += [('P', '（二）效益指标。通过改造，%d户农村低收入群体等重点对象的住房安全问题得到解决，农村低收入群体住房安全动态监测机制进一步健全。'
                '少数已竣工农户存在厨厕配套不完善的情况，住房功能有待提升。' % n_jg),
          ('P', '（三）满意度指标。自评组随机抽查%d户改造农户，表示满意的%d户，满意度%s%%。' % (cc, my, myd)),
          ('H1', '四、自评结果'),
          ('P', '本项目共设置绩效指标%d个，自评得分%s分，等级为“优”。其中“完成改造户数”按完成比例计分（%d÷%d×15），'
                '“预算执行率”按执行率计分，“保障对象住房安全”因部分农户厨厕配套不完善扣1.00分。' % (
                    len(score), stot, n_jg, n_rw)),
          ]
    B.append(T('表2  农村危房改造补助资金绩效自评表',
               ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
               [list(r) for r in score] + [['合计', '', '', '', '100', stot]]))
    B += [('H1', '五、存在的问题及改进措施'),
          ('P', '一是个别乡镇开工较晚，导致%d户未能在年内竣工；二是改造后农房配套设施不够完善。下一步，我局将督促相关乡镇加快剩余农户建设进度，'
                '指导农户同步改善厨厕等基本生活设施，确保2025年任务按期完成。' % n_wjg),
          ('BLANK', ''),
          ('RIGHT', '濉岗县住房和城乡建设局'),
          ('RIGHT', '2025年3月5日'),
          ]
    L.fact('任务户数', str(n_rw))
    L.fact('补助资金', tot)
    L.fact('自评得分', stot)
    L.fact('date', '2025年3月5日')
    L.count('乡镇个数 = 列举乡镇', str(len(towns)), names)
    L.sum('改造对象分类 = 任务户数', str(n_rw), [str(c[1]) for c in cats])
    L.change('任务户数 减少', '减少', str(chg), str(n_rw), str(n0))
    L.growth('任务户数 下降', '下降', chg_g, str(n_rw), str(n0))
    L.sum('任务 = 重建 + 修缮', str(n_rw), [str(n_cj), str(n_xs)])
    L.prod('重建资金 = 户数 x 3.00', cj_amt, [str(n_cj), s_cj])
    L.prod('修缮资金 = 户数 x 1.20', xs_amt, [str(n_xs), s_xs])
    L.sum('补助资金 = 重建 + 修缮', tot, [cj_amt, xs_amt])
    L.quot('户均补助 = 补助资金 / 任务户数', avg, tot, str(n_rw))
    L.sum('补助资金 = 中央 + 省 + 县', tot, [zy, sj, xj])
    L.rate('中央占比', zy_sh, zy, tot)
    L.prod('结转 = 未竣工户数 x 3.00', jz, [str(n_wjg), s_cj])
    L.diff('已拨付 = 补助资金 - 结转', zc, tot, jz)
    L.rate('预算执行率', zxl, zc, tot)
    L.rate('当年竣工率', jgl, str(n_jg), str(n_rw))
    L.diff('竣工户数 = 任务 - 未竣工', str(n_jg), str(n_rw), str(n_wjg))
    L.diff('已竣工拆除重建户数 = 重建 - 未竣工', str(cj_done), str(n_cj), str(n_wjg))
    L.quot('拆除重建户均面积', area_avg, I(area), str(cj_done))
    L.le('户均面积 <= 80', area_avg, '80')
    for col, nm in ((1, '任务户数'), (2, '拆除重建'), (3, '修缮加固'), (5, '竣工户数')):
        L.sum('表1 %s 合计' % nm, rows[-1][col], [r[col] for r in rows[:-1]])
    L.sum('表1 补助资金 合计', tot, [r[4] for r in rows[:-1]])
    for t, r in zip(towns, rows):
        L.sum('表1 %s 任务 = 重建 + 修缮' % t[0], r[1], [r[2], r[3]])
        L.check('表1 %s 补助资金 = 重建x3.00 + 修缮x1.20' % t[0], D(r[4]) == D(r[2]) * 3 + D(r[3]) * D('1.2'),
                '%s =? %s x 3.00 + %s x 1.20' % (r[4], r[2], r[3]), [r[4], r[2], r[3]])
    L.rate('满意度', myd, str(my), str(cc))
    L.prod('完成户数得分 = 15 x 336 / 340', s_sl, ['15', str(n_jg)], div=n_rw)
    L.prod('预算执行率得分 = 10 x 执行率', s_zx, ['10', zxl], div=100)
    L.sum('表2 分值合计', '100', [r[4] for r in score])
    L.sum('表2 得分合计', stot, [r[5] for r in score])
    L.count('绩效指标个数', str(len(score)), [r[1] for r in score])
    L.dated('报告日期晚于报告期末', '2025年3月5日', '2024年12月31日')
    L.anchor('濉岗住建〔2025〕9号')
    L.anchor('截至2024年12月31日')
    return B, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    run(NAME, build, out)
