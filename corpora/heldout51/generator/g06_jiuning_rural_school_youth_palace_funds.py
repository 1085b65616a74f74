# -*- coding: utf-8 -*-
"""t06 艽宁县教育局 乡村学校少年宫运转补助资金 2025年度绩效自评报告 (docx)"""
from lib51 import D, q, F, P, I, Ledger, Report

NAME = 't06_jiuning_county_education_bureau_rural_school_youth_palace_operating_subsidy_selfeval_2025.docx'

BANDS = [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')]


def build():
    S, L = {}, Ledger()

    def put(k, v):
        if k in S:
            raise KeyError(k)
        S[k] = v
        return v

    # ---------------- base inputs
    grades = [  # name, palaces, base subsidy per palace (万元/年), spring participants, autumn participants
        ('示范少年宫', 5, D('3.00'), 1386, 1402),
        ('达标少年宫', 11, D('2.00'), 2248, 2331),
        ('基础少年宫', 7, D('1.50'), 1228, 1281),
    ]
    std_year, std_term = 60, 30           # 元/生·学年, 元/生·学期
    lottery, county = D('60.00'), D('24.00')
    train_spent, train_n = D('5.62'), 186
    prev_op = D('72.40')
    schools, pupils, pupils_prev_rate = 48, 11846, D('39.98')
    scores = [
        ('项目立项规范性', 5, D('5.00')),
        ('绩效目标合理性', 5, D('4.50')),
        ('资金到位率', 5, D('5.00')),
        ('资金使用合规性', 10, D('9.50')),
        ('管理制度执行', 10, D('9.00')),
        ('活动开展数量', 15, D('15.00')),
        ('资金拨付及时性', 10, D('9.00')),
        ('学生参与率', 15, D('14.50')),
        ('辅导员队伍建设', 15, D('14.00')),
        ('学生和家长满意度', 10, D('9.60')),
    ]

    # ---------------- derived
    n = sum(g[1] for g in grades)
    put('n', I(n))
    put('g_n', str(len(grades)))
    for i, g in enumerate(grades):
        put('pk%d' % i, I(g[1]))
    L.count('评估等级类别数', 'g_n', [g[0] for g in grades])
    L.sum('少年宫=示范+达标+基础', 'n', ['pk0', 'pk1', 'pk2'])

    base_amts = []
    for i, g in enumerate(grades):
        put('bs%d' % i, F(g[2]))
        base_amts.append(g[2] * g[1])
    base = sum(base_amts)
    put('base', F(base))
    # 基础补助 = Σ 所数×标准 : one check over written strings
    L.sumprod('基础运转补助=Σ所数×每所标准', 'base', [('pk%d' % i, 'bs%d' % i) for i in range(3)])

    put('std_y', I(std_year))
    put('std_t', I(std_term))
    L.prod('学期标准=学年标准×1/2', 'std_t', ['std_y'], 0, '0.5')
    acts = []
    sp = sum(g[3] for g in grades)
    au = sum(g[4] for g in grades)
    for i, (nm, k, bsd, s, a) in enumerate(grades):
        put('tk%d' % i, I(k))
        put('ts%d' % i, I(s))
        put('ta%d' % i, I(a))
        put('tn%d' % i, I(s + a))
        amt = q(D(s + a) * std_term / 10000)
        acts.append(amt)
        put('tm%d' % i, F(amt))
        L.sum('表1 %s 人次=春季+秋季' % nm, 'tn%d' % i, ['ts%d' % i, 'ta%d' % i])
        L.prod('表1 %s 活动补助=人次×学期标准' % nm, 'tm%d' % i, ['tn%d' % i, 'std_t'], 2, '0.0001')
        L.same('%s 所数 正文=表1' % nm, ['pk%d' % i, 'tk%d' % i])
    act = sum(acts)
    put('tk_t', I(n))
    put('ts_t', I(sp))
    put('ta_t', I(au))
    put('tn_t', I(sp + au))
    put('tm_t', F(act))
    for c, nm in (('tk', '所数'), ('ts', '春季学期参加学生'), ('ta', '秋季学期参加学生'), ('tn', '人次'), ('tm', '活动补助')):
        L.sum('表1 %s列合计' % nm, c + '_t', [c + '%d' % i for i in range(3)])
    L.sum('表1 合计行 人次=春季+秋季', 'tn_t', ['ts_t', 'ta_t'])

    op = base + act
    put('act', F(act))
    put('op', F(op))
    L.same('活动补助 正文=表1', ['act', 'tm_t'])
    L.sum('运转补助=基础补助+活动补助', 'op', ['base', 'act'])
    budget = lottery + county
    put('bud', F(budget))
    put('lottery', F(lottery))
    put('county', F(county))
    L.sum('预算=彩票公益金+县级', 'bud', ['lottery', 'county'])
    put('op2', F(op))
    put('train', F(train_spent))
    spent = op + train_spent
    put('spent', F(spent))
    L.same('运转补助 前后一致', ['op', 'op2'])
    L.sum('实际支出=运转补助+辅导员培训', 'spent', ['op2', 'train'])
    put('exec', P(spent / budget * 100))
    L.ratio('预算执行率', 'exec', 'spent', 'bud')
    put('op_prev', F(prev_op))
    put('op_chg', F(op - prev_op))
    put('op_rate', P((op - prev_op) / prev_op * 100))
    L.growth('运转补助比上年增长', 'op', 'op_prev', 'op_chg', 'op_rate', sign=1)
    put('n2', I(n))
    put('op_avg', F(op / n))
    L.same('少年宫所数 前后一致', ['n', 'n2'])
    L.ratio('所均运转补助（万元）', 'op_avg', 'op', 'n2', 2, '1')
    put('tr_n', I(train_n))
    put('tr_avg', F(train_spent * 10000 / train_n))
    L.ratio('辅导员培训人均（元）', 'tr_avg', 'train', 'tr_n', 2, '10000')

    put('schools', I(schools))
    put('n3', I(n))
    put('sch_cov', P(D(n) / schools * 100))
    L.same('少年宫所数 第三处', ['n', 'n3'])
    L.ratio('少年宫学校覆盖率', 'sch_cov', 'n3', 'schools')
    put('pupils', I(pupils))
    put('au2', I(au))
    L.same('秋季参加学生 正文=表1', ['au2', 'ta_t'])
    rate = q(D(au) / pupils * 100)
    put('part', P(rate))
    L.ratio('秋季学期学生参与率', 'part', 'au2', 'pupils')
    put('part_prev', P(pupils_prev_rate))
    put('part_pp', P(rate - pupils_prev_rate))
    L.pp('参与率比上年提高', 'part', 'part_prev', 'part_pp', sign=1)

    wsum, ssum = 0, D(0)
    for i, (nm, w, sc) in enumerate(scores):
        assert sc <= w
        put('w%d' % i, I(w))
        put('s%d' % i, F(sc))
        put('d%d' % i, F(w - sc))
        L.bal('评分表 %s 扣分=分值-得分' % nm, 'd%d' % i, ['w%d' % i], ['s%d' % i])
        wsum += w
        ssum += sc
    assert wsum == 100
    put('w_t', I(wsum))
    put('s_t', F(ssum))
    put('d_t', F(wsum - ssum))
    k = len(scores)
    L.sum('评分表 分值合计', 'w_t', ['w%d' % i for i in range(k)])
    L.sum('评分表 得分合计', 's_t', ['s%d' % i for i in range(k)])
    L.sum('评分表 扣分合计', 'd_t', ['d%d' % i for i in range(k)])
    put('s_t2', F(ssum))
    L.same('总分 评分表=结论', ['s_t', 's_t2'])
    grade = [g for lb, g in BANDS if ssum >= lb][0]
    L.band('等级与得分区间', 's_t2', grade, BANDS)

    put('date', '2026年4月3日')
    L.dated('落款晚于年度终了', 'date', (2025, 12, 31))
    L.anchor('文号', '艽教〔2026〕11号')
    L.require_all(S)

    # ---------------- text
    B = []
    B.append(('title', '艽宁县乡村学校少年宫运转补助资金2025年度绩效自评报告'))
    B.append(('sub', '艽教〔2026〕11号'))
    B.append(('h', '一、项目概况'))
    B.append(('p', '乡村学校少年宫运转补助用于保障农村中小学课后兴趣活动正常开展。2025年全县运行乡村学校少年宫{n}所，'
                   '按评估等级分为{g_n}类，即示范少年宫{pk0}所、达标少年宫{pk1}所、基础少年宫{pk2}所。'
                   '补助由两部分组成：一是基础运转补助，三类少年宫每所每年分别为{bs0}万元、{bs1}万元和{bs2}万元，合计{base}万元；'
                   '二是活动补助，按参加活动学生每生每学年{std_y}元标准，分春季、秋季两个学期核拨，每学期每生{std_t}元。'))
    B.append(('p', '项目年度预算{bud}万元，其中中央专项彩票公益金{lottery}万元、县级配套{county}万元。'
                   '全年实际支出{spent}万元，包括运转补助{op2}万元和辅导员培训{train}万元，预算执行率{exec}%。'))
    B.append(('h', '二、资金核拨情况'))
    B.append(('p', '活动补助按学期参加活动学生人数核拨，分等级情况见表1。'))
    rows = [[g[0], '{tk%d}' % i, '{ts%d}' % i, '{ta%d}' % i, '{tn%d}' % i, '{tm%d}' % i] for i, g in enumerate(grades)]
    rows.append(['合计', '{tk_t}', '{ts_t}', '{ta_t}', '{tn_t}', '{tm_t}'])
    B.append(('table', {'caption': '表1　2025年乡村学校少年宫活动补助核拨表', 'unit': '单位：所、人、万元',
                        'head': ['等级', '所数', '春季学期参加学生', '秋季学期参加学生', '两学期人次合计', '活动补助'], 'rows': rows}))
    B.append(('p', '活动补助{act}万元与基础运转补助合计为运转补助{op}万元，较2024年度的{op_prev}万元增加{op_chg}万元，增长率为{op_rate}%；'
                   '按{n2}所计，所均{op_avg}万元。组织少年宫辅导员培训{tr_n}人次，人均培训支出{tr_avg}元。'))
    B.append(('h', '三、绩效目标实现情况'))
    B.append(('p', '全县{schools}所农村义务教育学校中建有少年宫{n3}所，覆盖率{sch_cov}%。2025年秋季学期农村义务教育在校生{pupils}人，'
                   '参加少年宫活动{au2}人，参与率{part}%，同比提高{part_pp}个百分点，上年同期为{part_prev}%。'
                   '各少年宫全年开设书法、器乐、科技、体育等兴趣项目，补助资金均用于活动耗材、器材维护和辅导员补贴，未发现挤占挪用。'))
    B.append(('h', '四、自评得分'))
    rows = [[nm, '{w%d}' % i, '{s%d}' % i, '{d%d}' % i] for i, (nm, w, sc) in enumerate(scores)]
    rows.append(['合计', '{w_t}', '{s_t}', '{d_t}'])
    B.append(('table', {'caption': '表2　绩效自评评分表', 'unit': '',
                        'head': ['评价指标', '分值', '得分', '扣分'], 'rows': rows}))
    B.append(('p', '扣分主要原因：秋季学期活动补助拨付较计划延后约一个月；部分基础少年宫辅导员以兼职为主；绩效目标中质量指标细化不足。'))
    B.append(('h', '五、结论及下一步打算'))
    B.append(('p', '本项目自评得分{s_t2}分，等级为“{g}”（90分及以上为优秀，80至90分为良好，60至80分为合格，60分以下为不合格）。'
                   '2026年拟自秋季学期起将活动补助标准提高至每生每学年80元，并将补助与年度评估结果挂钩。'.replace('{g}', grade)))
    B.append(('blank', ''))
    B.append(('right', '艽宁县教育局'))
    B.append(('right', '{date}'))
    meta = {'date_key': 'date', 'docno': '艽教〔2026〕11号', 'year': 2025,
            'title': '艽宁县乡村学校少年宫运转补助资金2025年度绩效自评报告'}
    return Report(NAME, 'docx', S, B, L, meta)
