# -*- coding: utf-8 -*-
"""t02 棣川县市场监督管理局 2024年度部门整体支出绩效自评报告 (docx, 小计 table)"""
from lib43 import D, q, F, P, I, pct, Ledger

NAME = 't02_dichuan_county_market_regulation_bureau_overall_expenditure_selfeval_2024.docx'
META = dict(format='docx', org='棣川县市场监督管理局')
BANDS = [['90', '优'], ['80', '良'], ['60', '中'], ['0', '差']]


def build():
    L = Ledger(NAME)
    docno = '棣市监〔2025〕12号'
    date = '2025年4月8日'
    phone = '0744-6317925'
    L.facts['docno'] = docno

    units = ['县检验检测中心', '县知识产权服务中心', '县个体私营经济服务中心']
    L.count('下属事业单位 个数 = 列举', '3', units, tag='t02_count')
    staff = [('行政编制', 58), ('事业编制', 46)]
    staff_t = sum(s[1] for s in staff)
    actual = 98
    L.sum('编制合计', [str(s[1]) for s in staff], str(staff_t))
    L.le('实有 <= 编制', str(actual), str(staff_t))
    ent = [('企业', 6128), ('个体工商户', 22024), ('农民专业合作社', 488)]
    ent_t = sum(e[1] for e in ent)
    ent_prev = 27315
    ent_r = pct(ent_t - ent_prev, ent_prev)
    L.sum('市场主体 = 企业 + 个体 + 合作社', [I(e[1]) for e in ent], I(ent_t))
    L.growth('市场主体 较上年末增长', I(ent_t), I(ent_prev), I(ent_t - ent_prev), P(ent_r), '增长')

    # budget
    init, add = D('3126.50'), D('341.70')
    adj = init + add
    L.sum('调整预算 = 年初预算 + 追加', [F(init), F(add)], F(adj))
    basic_b = D('2236.80')
    staff_c, office_c = D('1926.48'), D('287.88')
    basic_s = staff_c + office_c
    L.sum('基本支出 = 人员经费 + 公用经费', [F(staff_c), F(office_c)], F(basic_s))
    projs = [('食品安全抽检监测', D('465.00'), D('452.30')),
             ('特种设备安全监察', D('238.40'), D('221.65')),
             ('计量检定与标准化', D('186.00'), D('171.28')),
             ('消费维权与执法办案', D('342.00'), D('267.82'))]
    pb = sum(p[1] for p in projs)
    ps = sum(p[2] for p in projs)
    assert basic_b + pb == adj
    tot_s = basic_s + ps
    L.sum('表1 项目支出小计 调整预算', [F(p[1]) for p in projs], F(pb))
    L.sum('表1 项目支出小计 支出数', [F(p[2]) for p in projs], F(ps))
    L.sum('表1 合计 调整预算 = 基本 + 小计', [F(basic_b), F(pb)], F(adj))
    L.sum('表1 合计 支出数 = 基本 + 小计', [F(basic_s), F(ps)], F(tot_s))
    rows = [('基本支出', basic_b, basic_s)] + projs + [('项目支出小计', pb, ps), ('合计', adj, tot_s)]
    for n, b, s in rows:
        L.rate('表1 执行率 ' + n, F(s), F(b), P(pct(s, b)))
    exe = pct(tot_s, adj)
    exe_prev = D('93.80')
    L.pp('预算执行率 较上年提高个百分点', P(exe), P(exe_prev), P(exe - exe_prev), '提高')
    proj_share = pct(ps, tot_s)
    basic_share = pct(basic_s, tot_s)
    L.rate('项目支出 占支出', F(ps), F(tot_s), P(proj_share))
    L.rate('基本支出 占支出', F(basic_s), F(tot_s), P(basic_share))
    low = min(projs, key=lambda p: pct(p[2], p[1]))
    L.min('执行率最低项目', low[0], P(pct(low[2], low[1])), [(p[0], P(pct(p[2], p[1]))) for p in projs])
    sg = [('公务接待费', D('4.36')), ('公务用车运行维护费', D('14.26'))]
    sg_t = sum(v for _, v in sg)
    sg_prev = D('21.05')
    sg_r = pct(sg_prev - sg_t, sg_prev)
    L.sum('三公 = 接待 + 用车运维', [F(v) for _, v in sg], F(sg_t))
    L.growth('三公 较上年减少/降幅', F(sg_t), F(sg_prev), F(sg_prev - sg_t), P(sg_r), '降幅')

    # performance
    fs_t, fs_a, fs_bad = 1800, 1860, 37
    fs_r = pct(fs_a, fs_t)
    fs_ok = pct(fs_a - fs_bad, fs_a)
    L.rate('抽检 完成率', I(fs_a), I(fs_t), P(fs_r))
    L.rate('抽检 合格率 = (批次 - 不合格) / 批次', I(fs_a - fs_bad), I(fs_a), P(fs_ok))
    L.diff('合格批次 = 抽检 - 不合格', I(fs_a), str(fs_bad), I(fs_a - fs_bad))
    eq_n, eq_i = 3412, 3378
    eq_r = pct(eq_i, eq_n)
    L.rate('特种设备 定期检验率', I(eq_i), I(eq_n), P(eq_r))
    cp_in, cp_done = 2436, 2411
    cp_r = pct(cp_done, cp_in)
    loss = D('186.40')
    loss_avg = q(loss * 10000 / cp_in, 2)
    L.rate('投诉举报 办结率', I(cp_done), I(cp_in), P(cp_r))
    L.quot('平均每件挽回损失（元）', F(loss), I(cp_in), P(loss_avg), scale='10000')
    sv_back, sv_ok = 400, 371
    sv_r = pct(sv_ok, sv_back)
    L.rate('社会公众满意度', str(sv_ok), str(sv_back), P(sv_r))

    # scores
    s_exe = q(exe / 10, 2)
    s_sat = q(sv_r / 10, 2)
    L.rate('预算执行率得分', P(exe), '100', P(s_exe), scale='10')
    L.rate('满意度得分', P(sv_r), '100', P(s_sat), scale='10')
    sc = [('投入', '预算编制科学性', 8, D('7.20')), ('投入', '预算执行率', 10, s_exe),
          ('过程', '预算管理', 10, D('9.00')), ('过程', '资产管理', 6, D('5.50')),
          ('过程', '“三公”经费控制', 6, D('6.00')), ('产出', '重点工作完成', 20, D('18.50')),
          ('产出', '履职质量', 10, D('9.10')), ('效果', '社会效益', 15, D('13.60')),
          ('效果', '可持续影响', 5, D('4.50')), ('效果', '社会公众满意度', 10, s_sat)]
    for r in sc:
        assert r[3] <= r[2]
    assert sum(r[2] for r in sc) == 100
    score = sum(r[3] for r in sc)
    L.sum('表2 分值合计', [str(r[2]) for r in sc], '100')
    L.sum('表2 得分合计', [P(r[3]) for r in sc], P(score))
    grade = next(w for lo, w in BANDS if score >= D(lo))
    L.band('自评等级 按分档', P(score), BANDS, grade, tag='t02_band')
    L.dated('落款日期晚于年度终了', date)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.same('部门整体支出 3处（二、表1、结论）', F(tot_s), 3, tag='t02_restate')
    L.same('自评得分 3处（四、表2、结论）', P(score), 3)

    B = [('title', '棣川县市场监督管理局2024年度部门整体支出绩效自评报告'),
         ('sub', docno),
         ('h', '一、部门基本情况'),
         ('p', '本局主要承担全县市场主体登记、食品药品和特种设备安全监管、计量标准化及消费维权等职责，内设股室11个，'
               '下属事业单位3个，即{}、{}和{}。核定{}{}名、{}{}名，合计{}名，年末实有人员{}人。'
               .format(*units, staff[0][0], staff[0][1], staff[1][0], staff[1][1], staff_t, actual)),
         ('p', '截至2024年末，全县登记市场主体{}户，较上年末的{}户增长{}%，净增{}户，其中{}{}户、{}{}户、{}{}户。'
               .format(I(ent_t), I(ent_prev), P(ent_r), I(ent_t - ent_prev), ent[0][0], I(ent[0][1]),
                       ent[1][0], I(ent[1][1]), ent[2][0], I(ent[2][1]))),
         ('h', '二、预算安排及执行情况'),
         ('p', '2024年年初预算{}万元，年中追加{}万元，调整预算为{}万元。全年支出{}万元，预算执行率{}%，较上年的{}%提高{}个百分点。'
               '其中，基本支出{}万元（人员经费{}万元、公用经费{}万元），占{}%；项目支出{}万元，占{}%。'
               .format(F(init), F(add), F(adj), F(tot_s), P(exe), P(exe_prev), P(exe - exe_prev),
                       F(basic_s), F(staff_c), F(office_c), P(basic_share), F(ps), P(proj_share))),
         ('p', '4个项目中，{}执行率最低，为{}%，主要是部分案件罚没物资处置费用跨年结算。“三公”经费支出{}万元，'
               '由{}{}万元和{}{}万元构成，因公出国（境）费为零，较上年的{}万元减少{}万元，降幅{}%。'
               .format(low[0], P(pct(low[2], low[1])), F(sg_t), sg[0][0], F(sg[0][1]), sg[1][0], F(sg[1][1]),
                       F(sg_prev), F(sg_prev - sg_t), P(sg_r))),
         ('cap', '表1  2024年度预算执行情况'),
         ('unit', '单位：万元、%'),
         ('table', [['项目', '调整预算', '支出数', '执行率']] +
                   [[n, F(b), F(s), P(pct(s, b))] for n, b, s in rows]),
         ('h', '三、履职绩效情况'),
         ('p', '全年完成食品安全抽检{}批次，为计划{}批次的{}%，检出不合格{}批次、合格{}批次，抽检合格率{}%，不合格产品核查处置率100%。'
               '全县在用特种设备{}台，完成定期检验{}台，定期检验率{}%。受理投诉举报{}件，办结{}件，办结率{}%，'
               '为消费者挽回经济损失{}万元，按受理件数计平均每件挽回{}元。'
               .format(I(fs_a), I(fs_t), P(fs_r), fs_bad, I(fs_a - fs_bad), P(fs_ok), I(eq_n), I(eq_i), P(eq_r),
                       I(cp_in), I(cp_done), P(cp_r), F(loss), P(loss_avg))),
         ('p', '委托第三方开展社会公众满意度调查，收回有效问卷{}份，满意{}份，满意度{}%。'.format(sv_back, sv_ok, P(sv_r))),
         ('h', '四、自评得分及等级'),
         ('p', '对照部门整体支出绩效评价指标体系逐项打分（见表2），自评得分{}分。评价等级划分为：得分90分（含）以上为“优”，'
               '80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。本局自评等级为“{}”。'.format(P(score), grade)),
         ('cap', '表2  部门整体支出绩效自评得分'),
         ('table', [['一级指标', '二级指标', '分值', '得分']] +
                   [[r[0], r[1], str(r[2]), P(r[3])] for r in sc] + [['合计', '', '100', P(score)]]),
         ('h', '五、结论及下一步打算'),
         ('p', '综上，本局2024年度部门整体支出{}万元，自评得分{}分，资金使用总体规范。针对消费维权项目执行偏慢的问题，'
               '下一步将加快案件结算，并将评价结果应用于2026年预算编制。'.format(F(tot_s), P(score))),
         ('sign', ['棣川县市场监督管理局', date, '联系电话：' + phone])]
    return B, L, META
