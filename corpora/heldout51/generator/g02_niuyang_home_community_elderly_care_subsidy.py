# -*- coding: utf-8 -*-
"""t02 杻阳区民政局 社区居家养老服务补贴项目 2025年度绩效自评报告 (docx)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't02_niuyang_district_community_home_elderly_care_service_subsidy_project_selfeval_2025.docx'

BANDS = [(90, '优'), (80, '良'), (60, '中'), (0, '差')]


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    classes = [  # name, year-end persons, monthly std (元), person-months served
        ('特困供养老年人', 312, 300, 3702),
        ('低保家庭老年人', 1046, 200, 12318),
        ('低收入家庭老年人', 1326, 120, 15480),
    ]
    bud_district, bud_city = D('486.00'), D('270.00')
    lines = [  # name, budget, spent  (first line's spent is computed from 表1)
        ('居家养老服务补贴', D('560.00'), None),
        ('服务站运营补贴', D('124.80'), D('124.80')),
        ('信息平台运维', D('40.00'), D('36.30')),
        ('护理员培训', D('31.20'), D('27.00')),
    ]
    stations, st_std, communities = 26, D('4.80'), 31
    services = [('助餐', 82350), ('助洁', 46780), ('助浴', 19640), ('助医', 24910), ('精神慰藉', 12740)]
    serv_prev = 168950
    agencies = ['杻阳区颐康居家养老服务中心', '杻阳区安和社会工作服务社', '杻阳区福善护理服务有限公司']
    nurses, nurses_cert, cert_prev = 214, 186, D('82.57')
    sv_issued, sv_back, sv_sat = 600, 582, 551
    scores = [  # level1, level2, weight, score (None = derived)
        ('决策', '项目立项', 5, D('5.00')),
        ('决策', '绩效目标', 5, D('4.50')),
        ('决策', '资金投入', 5, D('5.00')),
        ('过程', '资金管理', 10, D('9.00')),
        ('过程', '组织实施', 10, D('9.50')),
        ('产出', '产出数量', 12, D('11.00')),
        ('产出', '产出质量', 12, D('11.50')),
        ('产出', '产出时效', 5, D('5.00')),
        ('产出', '产出成本', 6, D('5.50')),
        ('效益', '社会效益', 12, D('11.00')),
        ('效益', '可持续影响', 8, D('7.50')),
        ('效益', '服务对象满意度', 10, None),
    ]

    # ---------------- derived
    n_tot = sum(c[1] for c in classes)
    pm_tot = sum(c[3] for c in classes)
    put('n_tot', I(n_tot))
    for i, (nm, n, sd, pm) in enumerate(classes):
        put('pn%d' % i, I(n))     # prose 其中
        put('tn%d' % i, I(n))     # table
        put('ts%d' % i, I(sd))
        put('tm%d' % i, I(pm))
        put('ta%d' % i, F(q(D(pm) * sd / 10000)))
        L.prod('表1 %s 补贴=人月数×月标准' % nm, 'ta%d' % i, ['tm%d' % i, 'ts%d' % i], 2, '0.0001')
        L.same('%s人数 正文=表1' % nm, ['pn%d' % i, 'tn%d' % i])
        assert pm <= n * 12 + 60
    sub_amt = sum(q(D(pm) * sd / 10000) for _, _, sd, pm in classes)
    put('tn_t', I(n_tot))
    put('tm_t', I(pm_tot))
    put('ta_t', F(sub_amt))
    L.sum('服务对象=特困+低保+低收入', 'n_tot', ['pn0', 'pn1', 'pn2'])
    L.sum('表1 年末人数合计', 'tn_t', ['tn0', 'tn1', 'tn2'])
    L.sum('表1 服务人月数合计', 'tm_t', ['tm0', 'tm1', 'tm2'])
    L.sum('表1 补贴金额合计', 'ta_t', ['ta0', 'ta1', 'ta2'])
    put('avg_month', F(sub_amt * 10000 / pm_tot))
    L.ratio('月人均补贴（元）', 'avg_month', 'ta_t', 'tm_t', 2, '10000')

    budget = bud_district + bud_city
    put('bud', F(budget))
    put('bud_d', F(bud_district))
    put('bud_c', F(bud_city))
    put('bud_d_sh', P(bud_district / budget * 100))
    L.sum('预算=区级+市级', 'bud', ['bud_d', 'bud_c'])
    L.ratio('区级资金占比', 'bud_d_sh', 'bud_d', 'bud')

    spent_lines = [sub_amt] + [l[2] for l in lines[1:]]
    assert sum(l[1] for l in lines) == budget
    for i, (nm, bd, _) in enumerate(lines):
        put('lb%d' % i, F(bd))
        put('ls%d' % i, F(spent_lines[i]))
        put('lr%d' % i, P(spent_lines[i] / bd * 100))
        L.ratio('表2 %s 执行率' % nm, 'lr%d' % i, 'ls%d' % i, 'lb%d' % i)
    spent = sum(spent_lines)
    put('lb_t', F(budget))
    put('ls_t', F(spent))
    put('lr_t', P(spent / budget * 100))
    L.sum('表2 预算数合计', 'lb_t', ['lb%d' % i for i in range(4)])
    L.sum('表2 实际支出合计', 'ls_t', ['ls%d' % i for i in range(4)])
    L.ratio('表2 合计执行率', 'lr_t', 'ls_t', 'lb_t')
    L.same('服务补贴 表1合计=表2', ['ta_t', 'ls0'])
    L.same('预算 正文=表2合计', ['bud', 'lb_t'])
    put('spent', F(spent))
    put('exec', P(spent / budget * 100))
    L.same('实际支出 正文=表2合计', ['spent', 'ls_t'])
    L.ratio('预算执行率', 'exec', 'spent', 'bud')
    put('unspent', F(budget - spent))
    L.bal('未支出=预算-实际支出', 'unspent', ['bud'], ['spent'])

    put('st_n', I(stations))
    put('st_std', F(st_std))
    put('st_amt', F(st_std * stations))
    L.prod('站点运营补贴=站数×每站标准', 'st_amt', ['st_n', 'st_std'], 2, '1')
    L.same('站点运营补贴 正文=表2', ['st_amt', 'ls1'])
    put('comm', I(communities))
    put('cover', P(D(stations) / communities * 100))
    L.ratio('服务站社区覆盖率', 'cover', 'st_n', 'comm')
    put('no_st', I(communities - stations))
    put('st_n2', I(stations))
    L.bal('未建站社区=社区数-服务站数', 'no_st', ['comm'], ['st_n2'])
    L.same('服务站个数 前后一致', ['st_n', 'st_n2'])

    serv_tot = sum(n for _, n in services)
    put('sv_tot', I(serv_tot))
    put('sv_kinds', str(len(services)))
    for i, (nm, n) in enumerate(services):
        put('sv%d' % i, I(n))
    L.sum('上门服务人次=各类之和', 'sv_tot', ['sv%d' % i for i in range(len(services))])
    L.count('服务项目类别数', 'sv_kinds', [s[0] for s in services])
    put('sv_prev', I(serv_prev))
    put('sv_chg', I(serv_tot - serv_prev))
    put('sv_rate', P(D(serv_tot - serv_prev) / serv_prev * 100))
    L.growth('上门服务人次增长', 'sv_tot', 'sv_prev', 'sv_chg', 'sv_rate', sign=1)
    put('sv_n', I(n_tot))
    put('sv_avg', F(D(serv_tot) / n_tot))
    L.same('人均服务所用对象数=年末在册', ['sv_n', 'n_tot'])
    L.ratio('人均年服务人次', 'sv_avg', 'sv_tot', 'sv_n', 2, '1')
    put('ag_n', str(len(agencies)))
    L.count('服务机构家数', 'ag_n', agencies)

    put('nu', I(nurses))
    put('nu_c', I(nurses_cert))
    cert = q(D(nurses_cert) / nurses * 100)
    put('nu_rate', P(cert))
    put('nu_prev', P(cert_prev))
    put('nu_pp', P(cert - cert_prev))
    L.ratio('护理员持证率', 'nu_rate', 'nu_c', 'nu')
    L.pp('持证率提高百分点', 'nu_rate', 'nu_prev', 'nu_pp', sign=1)

    put('q_out', I(sv_issued))
    put('q_back', I(sv_back))
    put('q_backr', P(D(sv_back) / sv_issued * 100))
    put('q_sat', I(sv_sat))
    sat = q(D(sv_sat) / sv_back * 100)
    put('q_satr', P(sat))
    L.ratio('问卷回收率', 'q_backr', 'q_back', 'q_out')
    L.ratio('满意度=满意/回收', 'q_satr', 'q_sat', 'q_back')

    wsum, ssum = 0, D(0)
    for i, (l1, l2, w, sc) in enumerate(scores):
        if sc is None:
            sc = q(sat / 10)
            L.prod('满意度得分=满意度×分值', 'sc%d' % i, ['q_satr', 'w%d' % i], 2, '0.01')
        assert sc <= w
        put('w%d' % i, I(w))
        put('sc%d' % i, F(sc))
        wsum += w
        ssum += sc
    assert wsum == 100
    put('w_t', I(wsum))
    put('sc_t', F(ssum))
    put('sc_t2', F(ssum))
    L.sum('评分表 分值合计', 'w_t', ['w%d' % i for i in range(len(scores))])
    L.sum('评分表 得分合计', 'sc_t', ['sc%d' % i for i in range(len(scores))])
    L.same('总分 评分表=结论', ['sc_t', 'sc_t2'])
    grade = [g for lb, g in BANDS if ssum >= lb][0]
    L.band('等级与得分区间', 'sc_t2', grade, BANDS)

    put('date', '2026年3月10日')
    L.dated('落款晚于年度终了', 'date', (2025, 12, 31))
    L.anchor('文号', '杻民〔2026〕7号')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '杻阳区社区居家养老服务补贴项目2025年度绩效自评报告'))
    B.append(('sub', '杻民〔2026〕7号'))
    B.append(('h', '一、项目基本情况'))
    B.append(('p', '本项目通过政府购买服务方式，为辖区经济困难的高龄、失能、独居老年人提供上门居家养老服务。'
                   '截至2025年末在册服务对象{n_tot}人，其中：特困供养老年人{pn0}人，低保家庭老年人{pn1}人，低收入家庭老年人{pn2}人。'
                   '补贴按月核发，对象当月新增或退出的按实际服务月份计算。'))
    B.append(('p', '项目年度预算{bud}万元，由区级财政安排{bud_d}万元、市级补助{bud_c}万元组成，区级资金所占比重为{bud_d_sh}%。'
                   '全年实际支出{spent}万元，预算执行率为{exec}%，未支出{unspent}万元已按规定收回统筹。'))
    B.append(('table', {'caption': '表1　居家养老服务补贴核发情况', 'unit': '',
                        'head': ['补贴类别', '年末人数（人）', '月标准（元）', '服务人月数', '补贴金额（万元）'],
                        'rows': [[c[0], '{tn%d}' % i, '{ts%d}' % i, '{tm%d}' % i, '{ta%d}' % i] for i, c in enumerate(classes)]
                        + [['合计', '{tn_t}', '—', '{tm_t}', '{ta_t}']]}))
    B.append(('p', '按服务人月数计算，月人均补贴{avg_month}元。'))
    B.append(('table', {'caption': '表2　项目资金预算及支出明细', 'unit': '单位：万元、%',
                        'head': ['支出内容', '预算数', '实际支出', '执行率'],
                        'rows': [[l[0], '{lb%d}' % i, '{ls%d}' % i, '{lr%d}' % i] for i, l in enumerate(lines)]
                        + [['合计', '{lb_t}', '{ls_t}', '{lr_t}']]}))
    B.append(('h', '二、绩效目标完成情况'))
    B.append(('p', '（一）服务供给。经政府采购确定服务机构{ag_n}家，即杻阳区颐康居家养老服务中心、杻阳区安和社会工作服务社、杻阳区福善护理服务有限公司。'
                   '全年提供上门服务{sv_tot}人次，服务项目包括以下{sv_kinds}类：助餐、助洁、助浴、助医、精神慰藉，'
                   '人次依次为{sv0}、{sv1}、{sv2}、{sv3}、{sv4}。与上年{sv_prev}人次相比，多出{sv_chg}人次，增长{sv_rate}%。'
                   '以年末在册{sv_n}人计，人均年接受服务{sv_avg}人次。'))
    B.append(('p', '（二）站点运营。全区{comm}个社区已建成居家养老服务站{st_n}个，覆盖率{cover}%；'
                   '按每站{st_std}万元标准拨付运营补贴{st_amt}万元。'))
    B.append(('p', '（三）队伍建设。服务机构在岗护理员{nu}人，持证上岗{nu_c}人，持证率{nu_rate}%，较上年（{nu_prev}%）提升{nu_pp}个百分点。'))
    B.append(('p', '（四）满意度。委托第三方发放问卷{q_out}份，回收{q_back}份，回收率{q_backr}%；'
                   '表示满意的{q_sat}份，满意度{q_satr}%。'))
    B.append(('h', '三、自评得分'))
    B.append(('p', '按照项目支出绩效评价指标体系逐项打分，结果见表3。'))
    rows = [[l1, l2, '{w%d}' % i, '{sc%d}' % i] for i, (l1, l2, w, sc) in enumerate(scores)]
    rows.append(['合计', '', '{w_t}', '{sc_t}'])
    B.append(('table', {'caption': '表3　绩效自评指标得分', 'unit': '',
                        'head': ['一级指标', '二级指标', '分值', '得分'], 'rows': rows}))
    B.append(('h', '四、存在的问题及改进措施'))
    B.append(('p', '一是尚有{no_st}个社区未建服务站（全区服务站现有{st_n2}个），偏远片区老年人就近服务不便；二是信息平台工单回访不够及时；'
                   '三是护理员流动性较大。下一步将于2026年内补齐站点，完善平台回访功能，并将护理员培训纳入年度计划。'))
    B.append(('h', '五、自评结论'))
    B.append(('p', '综合评价，本项目2025年度自评得分{sc_t2}分，自评等级为“{g}”。'.replace('{g}', grade)))
    B.append(('blank', ''))
    B.append(('right', '杻阳区民政局'))
    B.append(('right', '{date}'))
    meta = {'date_key': 'date', 'docno': '杻民〔2026〕7号', 'year': 2025,
            'title': '杻阳区社区居家养老服务补贴项目2025年度绩效自评报告'}
    return Report(NAME, 'docx', S, B, L, meta)
