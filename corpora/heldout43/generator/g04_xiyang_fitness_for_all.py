# -*- coding: utf-8 -*-
"""t04 樨阳县体育局 全民健身工程项目 2024年度项目支出绩效自评报告 (pdf)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't04_xiyang_county_sports_bureau_fitness_for_all_project_selfeval_2024.pdf'
META = dict(format='pdf', org='樨阳县体育局')
BANDS = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]


def build():
    L = Ledger(NAME)
    docno = '樨体〔2025〕4号'
    date = '2025年3月27日'
    phone = '0736-2951748'
    L.facts['docno'] = docno

    src = [('上级体育彩票公益金', D('385.00')), ('县本级体育彩票公益金', D('120.00')), ('县级一般公共预算资金', D('95.00'))]
    total = sum(v for _, v in src)
    lot = src[0][1] + src[1][1]
    lot_r = pct(lot, total)
    L.sum('项目资金 = 三项来源', [F(v) for _, v in src], F(total))
    L.sum('彩票公益金 = 上级 + 县本级', [F(src[0][1]), F(src[1][1])], F(lot))
    L.rate('彩票公益金 占项目资金', F(lot), F(total), P(lot_r))

    subs = [('全民健身路径更新', D('150.00'), D('146.52')),
            ('社区多功能运动场建设', D('240.00'), D('232.80')),
            ('健身步道建设', D('130.00'), D('121.34')),
            ('群众性体育赛事活动', D('80.00'), D('78.66'))]
    names = [s[0] for s in subs]
    bt = sum(s[1] for s in subs)
    st = sum(s[2] for s in subs)
    assert bt == total
    rt = pct(st, bt)
    L.count('建设内容 项数 = 列举', '4', names)
    L.sum('表1 合计 预算', [F(s[1]) for s in subs], F(bt))
    L.sum('表1 合计 支出', [F(s[2]) for s in subs], F(st))
    for s in subs:
        L.rate('表1 执行率 ' + s[0], F(s[2]), F(s[1]), P(pct(s[2], s[1])))
    L.rate('表1 合计 执行率', F(st), F(bt), P(rt))
    L.diff('结余 = 预算 - 支出', F(bt), F(st), F(bt - st))

    path_t, path_a = 32, 36
    path_r = pct(path_a, path_t)
    path_avg = q(subs[0][2] / path_a, 2)
    L.rate('健身路径 完成率', str(path_a), str(path_t), P(path_r))
    L.quot('健身路径 平均每套', F(subs[0][2]), str(path_a), P(path_avg))
    fld = 8
    trail_t, trail_a = D('12.0'), D('12.6')
    trail_r = pct(trail_a, trail_t)
    trail_avg = q(subs[2][2] / trail_a, 2)
    L.rate('健身步道 完成率', P(trail_a, 1), P(trail_t, 1), P(trail_r))
    L.quot('健身步道 平均每公里', F(subs[2][2]), P(trail_a, 1), P(trail_avg))
    ev_n, ev_p = 24, 18600
    assert ev_p % ev_n == 0
    L.quot('赛事 平均每场参与', I(ev_p), str(ev_n), str(ev_p // ev_n))
    ev_kinds = [('县级综合性运动会', 1), ('乡镇联赛', 9), ('社区（村）趣味赛事', 14)]
    L.sum('赛事场次 = 分类之和', [str(k[1]) for k in ev_kinds], str(ev_n))

    ex_now, ex_prev = D('41.60'), D('39.80')
    L.pp('经常参加锻炼人数比例 提高个百分点', P(ex_now), P(ex_prev), P(ex_now - ex_prev), '提高')
    area, popu = D('84.62'), D('32.80')
    pa = q(area / popu, 2)
    pa_prev = D('2.46')
    pa_r = pct(pa - pa_prev, pa_prev)
    L.quot('人均体育场地面积 = 场地面积 / 常住人口', P(area), P(popu), P(pa))
    L.growth('人均体育场地面积 增长', P(pa), P(pa_prev), None, P(pa_r), '增长')
    sv_sent, sv_back, sv_ok = 500, 486, 441
    sv_r = pct(sv_ok, sv_back)
    L.rate('群众满意度', str(sv_ok), str(sv_back), P(sv_r))
    L.le('收回 <= 发放', str(sv_back), str(sv_sent))

    s_exe = q(rt / 10, 2)
    s_sat = q(sv_r / 10, 2)
    L.rate('预算执行率得分', P(rt), '100', P(s_exe), scale='10')
    L.rate('满意度得分', P(sv_r), '100', P(s_sat), scale='10')
    sc = [('决策', '项目立项', 5, D('5.00')), ('决策', '绩效目标', 5, D('4.50')), ('决策', '资金投入', 10, D('9.00')),
          ('过程', '预算执行率', 10, s_exe), ('过程', '资金管理', 5, D('4.50')), ('过程', '组织实施', 5, D('4.20')),
          ('产出', '产出数量', 15, D('15.00')), ('产出', '产出质量', 10, D('8.50')), ('产出', '产出时效', 5, D('3.50')),
          ('产出', '产出成本', 5, D('4.60')), ('效益', '社会效益', 10, D('8.40')), ('效益', '可持续影响', 5, D('4.00')),
          ('效益', '满意度', 10, s_sat)]
    for r in sc:
        assert r[3] <= r[2]
    assert sum(r[2] for r in sc) == 100
    score = sum(r[3] for r in sc)
    L.diff('产出时效 扣分 = 分值 - 得分', '5', '3.50', '1.50')
    L.sum('表2 分值合计', [str(r[2]) for r in sc], '100')
    L.sum('表2 得分合计', [P(r[3]) for r in sc], P(score))
    grade = next(w for lo, w in BANDS if score >= D(lo))
    L.band('自评等级 按分档', P(score), BANDS, grade)
    L.dated('落款日期晚于年度终了', date)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.anchor('等级', '等级为“' + grade + '”')
    L.same('自评得分 表2与结论', P(score), 2)

    B = [('title', '樨阳县全民健身工程项目2024年度项目支出绩效自评报告'),
         ('sub', docno),
         ('h', '一、项目基本情况'),
         ('p', '2024年全民健身工程项目资金{}万元，由{}{}万元、{}{}万元和{}{}万元构成，体育彩票公益金合计{}万元，'
               '占项目资金的{}%。建设内容共4项，即{}、{}、{}和{}。'
               .format(F(total), src[0][0], F(src[0][1]), src[1][0], F(src[1][1]), src[2][0], F(src[2][1]),
                       F(lot), P(lot_r), *names)),
         ('h', '二、项目资金使用情况'),
         ('p', '项目全年实际支出{}万元，预算执行率{}%，结余{}万元，主要是工程审减和采购节约资金，已按规定收回。分项执行情况见表1。'
               .format(F(st), P(rt), F(bt - st))),
         ('cap', '表1 项目资金执行情况'),
         ('unit', '金额单位：万元'),
         ('table', [['建设内容', '预算数', '实际支出', '执行率（%）']] +
                   [[s[0], F(s[1]), F(s[2]), P(pct(s[2], s[1]))] for s in subs] +
                   [['合计', F(bt), F(st), P(rt)]]),
         ('h', '三、绩效目标实现情况'),
         ('p', '更新全民健身路径{}套，超过年度目标{}套，完成率{}%，平均每套投入{}万元；建成社区多功能运动场{}个；'
               '新建健身步道{}公里，年度目标{}公里，完成率{}%，平均每公里造价{}万元。举办群众性体育赛事{}场，'
               '其中{}{}场、{}{}场、{}{}场，参与群众{}人次，平均每场{}人次。'
               .format(path_a, path_t, P(path_r), P(path_avg), fld, P(trail_a, 1), P(trail_t, 1), P(trail_r),
                       P(trail_avg), ev_n, ev_kinds[0][0], ev_kinds[0][1], ev_kinds[1][0], ev_kinds[1][1],
                       ev_kinds[2][0], ev_kinds[2][1], I(ev_p), ev_p // ev_n)),
         ('p', '项目实施后，全县经常参加体育锻炼人数比例达到{}%，比上年的{}%提高{}个百分点；全县体育场地面积{}万平方米，'
               '按常住人口{}万人计算，人均体育场地面积{}平方米，较上年的{}平方米增长{}%。发放群众满意度问卷{}份，'
               '收回有效问卷{}份，满意{}份，满意度{}%。'
               .format(P(ex_now), P(ex_prev), P(ex_now - ex_prev), P(area), P(popu), P(pa), P(pa_prev), P(pa_r),
                       sv_sent, sv_back, sv_ok, P(sv_r))),
         ('h', '四、自评得分情况'),
         ('p', '按照评分标准，90分（含）以上为“优”、80分（含）至90分为“良”、60分（含）至80分为“中”、60分以下为“差”。'
               '各项指标得分见表2，其中产出时效扣1.50分，主要是2条健身步道因雨季施工延期至11月完工。'),
         ('cap', '表2 绩效自评指标得分表'),
         ('table', [['一级指标', '二级指标', '分值', '得分']] +
                   [[r[0], r[1], str(r[2]), P(r[3])] for r in sc] + [['合计', '', '100', P(score)]]),
         ('h', '五、自评结论'),
         ('p', '综上，全民健身工程项目目标基本实现，综合自评得分{}分，等级为“{}”。下一步将加强工程进度管理，'
               '提高赛事活动覆盖面。'.format(P(score), grade)),
         ('sign', ['樨阳县体育局', date, '联系人电话：' + phone])]
    return B, L, META
