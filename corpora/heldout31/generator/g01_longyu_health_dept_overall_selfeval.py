# -*- coding: utf-8 -*-
"""t01 陇峪县卫生健康局 2024年度部门整体支出绩效自评报告 (.docx)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk31 import D, q, F, I, Ledger, T, run

NAME = 't01_longyu_health_dept_overall_selfeval_2024.docx'


def build():
    L = Ledger(NAME)
    B = []
    # ---------------- base inputs
    bz_xz, bz_sy = 24, 162
    shiyou, tuixiu = 171, 58
    units = ['县疾病预防控制中心', '县卫生健康综合监督执法所', '县妇幼保健院', '县中心血站', '县急救指挥中心']
    # budget / actual (万元)
    rows = [  # name, budget, actual
        ('人员经费', '3,468.20', '3,452.86'),
        ('公用经费', '412.60', '398.75'),
        ('基本公共卫生服务补助', None, None),
        ('基本药物制度补助', '586.00', '586.00'),
        ('计划生育家庭奖励扶助', None, None),
        ('医疗卫生机构能力建设', '3,280.00', '3,046.37'),
        ('重大传染病防控', '652.40', '618.93'),
        ('家庭医生签约及乡村医生补助', None, '1,098.72'),
    ]
    pop_wan = '31.62'
    std_gw = 94
    gw = F(D(pop_wan) * 10000 * std_gw / 10000)      # 2,972.28
    jf_n, jf_std = 1846, 960
    jf = F(D(jf_n) * jf_std / 10000)                  # 177.22
    nianchu = '10,926.50'
    zhuijia = '1,753.84'
    quannian = F(D(nianchu) + D(zhuijia))
    known = [D(r[1]) for r in rows if r[1]] + [D(gw), D(jf)]
    qy_budget = F(D(quannian) - sum(known))
    rows[2] = ('基本公共卫生服务补助', gw, gw)
    rows[4] = ('计划生育家庭奖励扶助', jf, jf)
    rows[7] = ('家庭医生签约及乡村医生补助', qy_budget, '1,098.72')
    jb_b = F(D(rows[0][1]) + D(rows[1][1]))
    jb_a = F(D(rows[0][2]) + D(rows[1][2]))
    xm_b = F(sum(D(r[1]) for r in rows[2:]))
    xm_a = F(sum(D(r[2]) for r in rows[2:]))
    tot_b = F(D(jb_b) + D(xm_b))
    tot_a = F(D(jb_a) + D(xm_a))
    assert tot_b == quannian
    zx = lambda a, b: F(D(a) / D(b) * 100)
    zxl = zx(tot_a, tot_b)
    # income
    cz, sy, qt = '9,846.37', '2,318.64', '127.45'
    sr = F(D(cz) + D(sy) + D(qt))
    cz_sh = zx(cz, sr)
    jz0 = '386.52'
    jz1 = F(D(jz0) + D(sr) - D(tot_a))
    # san gong
    sg_b, jd, cl = '38.60', '4.26', '27.21'
    sg = F(D(jd) + D(cl))
    sg0 = '34.92'
    sg_g = F(abs(D(sg) - D(sg0)) / D(sg0) * 100)
    jd_pc, jd_rc, cars = 38, 312, 9
    car_avg = F(D(cl) / cars)
    sg_ctrl = zx(sg, sg_b)
    gy0 = '421.36'
    gy_g = F(abs(D(rows[1][2]) - D(gy0)) / D(gy0) * 100)
    # performance
    jd_wan = '28.74'
    jdl = zx(jd_wan, pop_wan)
    old_n, old_m = 48615, 33702
    oldr = zx(old_m, old_n)
    qy_wan = '12.06'
    qyl = zx(qy_wan, pop_wan)
    born, inf_d = 2563, 8
    imr = F(D(inf_d) / born * 1000)
    hl = '28.6'
    wj_ff, wj_hs, wj_my = 600, 584, 553
    hsl = zx(wj_hs, wj_ff)
    myd = zx(wj_my, wj_hs)
    tzl = zx(zhuijia, nianchu)
    zzl = zx(shiyou, bz_xz + bz_sy)
    # scores
    s_zx = F(D(zxl) / 10)                       # 10 x rate
    s_qy = F(D(7) * D(qyl) / 40)
    s_hl = F(D(5) * D(hl) / 30)
    s_my = F(D(10) * D(myd) / 100)
    score = [
        ('投入', '预算编制', '预算编制科学性', '5', '5.00'),
        ('投入', '预算编制', '预算调整率', '5', '3.50'),
        ('投入', '预算编制', '“三公”经费控制率', '5', '5.00'),
        ('投入', '人员管理', '在职人员控制率', '5', '5.00'),
        ('过程', '预算执行', '预算执行率', '10', s_zx),
        ('过程', '预算管理', '资金使用合规性', '10', '10.00'),
        ('过程', '预算管理', '资产管理规范性', '5', '4.50'),
        ('过程', '预算管理', '政府采购执行', '5', '5.00'),
        ('产出', '数量', '电子健康档案建档率', '8', '8.00'),
        ('产出', '数量', '老年人健康管理率', '8', '8.00'),
        ('产出', '质量', '婴儿死亡率', '7', '7.00'),
        ('产出', '数量', '家庭医生签约率', '7', s_qy),
        ('效益', '社会效益', '突发公共卫生事件处置', '5', '5.00'),
        ('效益', '社会效益', '居民健康素养水平', '5', s_hl),
        ('满意度', '服务对象满意度', '群众满意度', '10', s_my),
    ]
    tot_score = F(sum(D(r[4]) for r in score))
    sub = {}
    for k in ('投入', '过程', '产出', '效益', '满意度'):
        sub[k] = (str(sum(int(r[3]) for r in score if r[0] == k)),
                  F(sum(D(r[4]) for r in score if r[0] == k)))

    # ---------------- text
    B += [('TITLE', '陇峪县卫生健康局'),
          ('TITLE', '关于2024年度部门整体支出绩效自评情况的报告'),
          ('DOCNO', '陇峪卫健〔2025〕14号'),
          ('BLANK', ''),
          ('PLAIN', '县财政局：'),
          ('P', '根据《陇峪县财政局关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出情况开展了绩效自评，'
                '现将有关情况报告如下。'),
          ('H1', '一、部门基本情况'),
          ('P', '县卫生健康局负责全县卫生健康事业发展规划、医疗卫生服务监管、疾病预防控制、妇幼健康和人口监测等工作。局机关内设股室7个，'
                '所属二级预算单位%d个，分别为：%s。' % (len(units), '、'.join(units))),
          ('P', '2024年末，本部门核定编制%d名，其中行政编制%d名、事业编制%d名；实有在职人员%d人，空编%d名，退休人员%d人。' % (
              bz_xz + bz_sy, bz_xz, bz_sy, shiyou, bz_xz + bz_sy - shiyou, tuixiu)),
          ('H1', '二、部门整体收支情况'),
          ('H2', '（一）收入情况'),
          ('P', '2024年度本部门收入合计%s万元，其中：财政拨款收入%s万元，占收入合计的%s%%；事业收入%s万元；其他收入%s万元。'
                '加上年初结转结余%s万元，扣除本年支出后，年末结转结余%s万元。' % (sr, cz, cz_sh, sy, qt, jz0, jz1)),
          ('H2', '（二）支出情况'),
          ('P', '2024年初部门预算%s万元，年中追加预算%s万元，调整后全年预算%s万元。全年实际支出%s万元，预算执行率%s%%。'
                '其中：基本支出%s万元（人员经费%s万元、公用经费%s万元），项目支出%s万元。分项执行情况见表1。' % (
                    nianchu, zhuijia, quannian, tot_a, zxl, jb_a, rows[0][2], rows[1][2], xm_a)),
          ]
    trows = [['一、基本支出', jb_b, jb_a, zx(jb_a, jb_b)]]
    for r in rows[:2]:
        trows.append(['  ' + r[0], r[1], r[2], zx(r[2], r[1])])
    trows.append(['二、项目支出', xm_b, xm_a, zx(xm_a, xm_b)])
    for r in rows[2:]:
        trows.append(['  ' + r[0], r[1], r[2], zx(r[2], r[1])])
    trows.append(['合计', tot_b, tot_a, zxl])
    B.append(T('表1  2024年度部门支出预算执行情况表', ['项目', '全年预算数', '实际支出数', '执行率（%）'],
               trows, unit='单位：万元', widths=[5, 2, 2, 1.5]))
    B += [('P', '公用经费支出%s万元，比上年的%s万元下降%s%%，主要是压减了办公费和会议费。“三公”经费全年预算%s万元，实际支出%s万元，'
                '比上年%s万元下降%s%%，其中：公务接待费%s万元，共接待%d批次、%d人次；公务用车运行维护费%s万元，年末公务用车保有量%d辆，'
                '车均运行维护费%s万元；因公出国（境）费用0.00万元。' % (
                    rows[1][2], gy0, gy_g, sg_b, sg, sg0, sg_g, jd, jd_pc, jd_rc, cl, cars, car_avg)),
          ('H1', '三、绩效目标完成情况'),
          ('H2', '（一）产出指标'),
          ('P', '基本公共卫生服务按常住人口%s万人、人均%d元标准安排补助资金%s万元，已全部拨付至各乡镇卫生院和村卫生室。全县累计建立居民电子健康档案'
                '%s万人，建档率%s%%，完成不低于90%%的年度目标；65岁以上老年人%s人，接受健康管理%s人，老年人健康管理率%s%%，'
                '完成不低于65%%的目标；家庭医生签约服务%s万人，签约率%s%%，未完成40%%的年度目标。' % (
                    pop_wan, std_gw, gw, jd_wan, jdl, I(old_n), I(old_m), oldr, qy_wan, qyl)),
          ('P', '计划生育家庭奖励扶助对象%s人，按每人每年%d元标准发放资金%s万元，发放率100%%。全年活产数%s人，婴儿死亡%d人，婴儿死亡率%s‰，'
                '低于5‰的控制目标；全年未发生孕产妇死亡。' % (I(jf_n), jf_std, jf, I(born), inf_d, imr)),
          ('H2', '（二）效益指标'),
          ('P', '全年未发生较大及以上突发公共卫生事件，重大传染病疫情得到有效控制。居民健康素养水平达到%s%%，比年度目标30%%低1.4个百分点。' % hl),
          ('H2', '（三）满意度指标'),
          ('P', '委托第三方开展群众满意度调查，发放问卷%d份，回收%d份，回收率%s%%；其中表示“满意”或“基本满意”的%d份，'
                '满意度%s%%。' % (wj_ff, wj_hs, hsl, wj_my, myd)),
          ('H1', '四、自评结论'),
          ('P', '按照部门整体支出绩效评价指标体系，共设置一级指标5个、三级指标%d个。经自评，投入指标得分%s分（分值%s分），'
                '过程指标得分%s分（分值%s分），产出指标得分%s分（分值%s分），效益指标得分%s分（分值%s分），满意度指标得分%s分（分值%s分），'
                '自评总得分%s分，等级为“优”。评分情况见表2。' % (
                    len(score), sub['投入'][1], sub['投入'][0], sub['过程'][1], sub['过程'][0], sub['产出'][1],
                    sub['产出'][0], sub['效益'][1], sub['效益'][0], sub['满意度'][1], sub['满意度'][0], tot_score)),
          ]
    srows = [[r[0], r[1], r[2], r[3], r[4]] for r in score]
    srows.append(['合计', '', '', '100', tot_score])
    B.append(T('表2  2024年度部门整体支出绩效自评评分表', ['一级指标', '二级指标', '三级指标', '分值', '得分'],
               srows, widths=[1.3, 1.8, 3.2, 1, 1],
               notes=['注：预算执行率、家庭医生签约率、居民健康素养水平、群众满意度按完成比例计分；预算调整率%s%%，'
                      '超过10%%的控制标准，扣1.50分。' % tzl]))
    B += [('H1', '五、存在的问题'),
          ('P', '一是预算编制的精准度不高，年中追加预算%s万元，预算调整率达到%s%%；二是医疗卫生机构能力建设项目受工程进度影响，'
                '执行率仅为%s%%；三是家庭医生签约服务覆盖面不足，签约率低于年度目标。' % (zhuijia, tzl, zx(rows[5][2], rows[5][1]))),
          ('H1', '六、下一步改进措施'),
          ('P', '加强项目前期论证，提高年初预算到位率；督促项目单位加快建设进度，按月通报支出进度；扩大家庭医生团队规模，'
                '重点做好老年人、慢性病患者等重点人群签约服务。'),
          ('BLANK', ''),
          ('RIGHT', '陇峪县卫生健康局'),
          ('RIGHT', '2025年3月26日'),
          ]
    # ---------------- ledger
    L.fact('部门', '陇峪县卫生健康局')
    L.fact('全年预算', quannian)
    L.fact('实际支出', tot_a)
    L.fact('自评得分', tot_score)
    L.fact('date', '2025年3月26日')
    L.count('所属二级预算单位个数 = 列举单位数', str(len(units)), units)
    L.sum('核定编制 = 行政 + 事业', I(bz_xz + bz_sy), [str(bz_xz), str(bz_sy)])
    L.diff('空编 = 编制 - 实有', str(bz_xz + bz_sy - shiyou), I(bz_xz + bz_sy), str(shiyou))
    L.sum('收入合计 = 财政拨款 + 事业 + 其他', sr, [cz, sy, qt])
    L.rate('财政拨款收入占比', cz_sh, cz, sr)
    L.signed_sum('年末结转结余 = 年初 + 收入 - 支出', jz1, [jz0, sr], [tot_a])
    L.sum('全年预算 = 年初 + 追加', quannian, [nianchu, zhuijia])
    L.rate('预算执行率', zxl, tot_a, quannian)
    L.sum('实际支出 = 基本 + 项目', tot_a, [jb_a, xm_a])
    L.sum('基本支出（实际）= 人员 + 公用', jb_a, [rows[0][2], rows[1][2]])
    L.sum('基本支出（预算）= 人员 + 公用', jb_b, [rows[0][1], rows[1][1]])
    L.sum('表1 项目支出预算 = 6 项', xm_b, [r[1] for r in rows[2:]])
    L.sum('表1 项目支出实际 = 6 项', xm_a, [r[2] for r in rows[2:]])
    L.sum('表1 合计预算 = 基本 + 项目', tot_b, [jb_b, xm_b])
    for r in trows:
        L.rate('表1 %s 执行率' % r[0].strip(), r[3], r[2], r[1])
    L.growth('公用经费 同比', '下降', gy_g, rows[1][2], gy0)
    L.sum('三公 = 接待 + 公务用车', sg, [jd, cl])
    L.growth('三公 同比', '下降', sg_g, sg, sg0)
    L.le('三公 实际 <= 预算', sg, sg_b)
    L.quot('车均运行维护费', car_avg, cl, str(cars))
    L.prod('基本公卫资金（万元）= 常住人口（万人）x 94元', gw, [pop_wan, str(std_gw)])
    L.rate('建档率', jdl, jd_wan, pop_wan)
    L.rate('老年人健康管理率', oldr, I(old_m), I(old_n))
    L.rate('家庭医生签约率', qyl, qy_wan, pop_wan)
    L.check('签约率未达40%目标', D(qyl) < 40, '%s < 40' % qyl, [qyl])
    L.prod('奖励扶助资金 = 人数 x 960元', jf, [I(jf_n), str(jf_std)], div=10000)
    L.quot('婴儿死亡率（‰）', imr, str(inf_d), I(born), mul=1000)
    L.pp('健康素养 低于目标 个百分点', '下降', '1.4', hl, '30')
    L.rate('问卷回收率', hsl, str(wj_hs), str(wj_ff))
    L.rate('满意度（回收问卷为基数）', myd, str(wj_my), str(wj_hs))
    L.rate('预算调整率 = 追加 / 年初', tzl, zhuijia, nianchu)
    L.prod('预算执行率得分 = 10 x 执行率', s_zx, ['10', zxl], div=100)
    L.prod('家庭医生签约率得分 = 7 x 签约率 / 40', s_qy, ['7', qyl], div=40)
    L.prod('健康素养得分 = 5 x 28.6 / 30', s_hl, ['5', hl], div=30)
    L.prod('满意度得分 = 10 x 满意度', s_my, ['10', myd], div=100)
    L.diff('预算调整率扣分', '1.50', '5', '3.50')
    L.sum('表2 分值合计', '100', [r[3] for r in score])
    L.sum('表2 得分合计', tot_score, [r[4] for r in score])
    L.count('三级指标个数', str(len(score)), [r[2] for r in score])
    for k in sub:
        L.sum('%s指标得分小计' % k, sub[k][1], [r[4] for r in score if r[0] == k])
    L.sum('总分 = 五个一级指标得分', tot_score, [sub[k][1] for k in sub])
    L.check('等级“优”（>= 90）', D(tot_score) >= 90, tot_score, [tot_score])
    L.dated('报告日期晚于报告期末', '2025年3月26日', '2024年12月31日')
    L.anchor('陇峪卫健〔2025〕14号')
    return B, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    run(NAME, build, out)
