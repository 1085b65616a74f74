# -*- coding: utf-8 -*-
"""t04 淏宁县教育局 学生资助资金项目2024年度项目支出绩效自评报告 (pdf)"""
from lib45 import *

NAME = 't04_haoning_county_education_bureau_student_aid_fund_project_selfeval_2024.pdf'
FMT = 'pdf'


def build():
    L = Ledger(NAME)
    docno = '淏教〔2025〕12号'
    date = '2025年3月26日'
    # 子项目: 名称, 预算, [(人数, 标准元)]
    subs = [('学前教育幼儿资助', '96.00', [(1170, 800)]),
            ('义务教育寄宿生生活补助', '612.40', [(2126, 1000), (3084, 1250)]),
            ('普通高中国家助学金', '486.00', [(2396, 2000)]),
            ('普通高中免学费', '318.00', [(2650, 1200)]),
            ('中职国家助学金', '150.00', [(720, 2000)]),
            ('中职免学费', '200.00', [(979, 2000)])]
    central = D('1286.50')
    prev_total = D('1795.20')
    hs_enrol = 7986
    prev_cover = D('28.65')
    poor = 1946
    s_out, s_back, s_ok = 600, 586, 561
    # ---- derived
    bud = [D(b) for _, b, _ in subs]
    paid = [sum(D(n) * D(s) for n, s in g) / 10000 for _, _, g in subs]
    ppl = [sum(n for n, _ in g) for _, _, g in subs]
    total_b, total_p, total_n = sum(bud), sum(paid), sum(ppl)
    county = total_b - central
    sh_central = pct(central, total_b)
    dif = total_b - prev_total
    g = pct(dif, prev_total)
    rate = pct(total_p, total_b)
    rates = [pct(p, b) for p, b in zip(paid, bud)]
    bal = total_b - total_p
    avg_board = q(paid[1] * 10000 / ppl[1], 2)
    avg_all = q(total_p * 10000 / total_n, 2)
    cover = pct(ppl[2], hs_enrol)
    dcov = cover - prev_cover
    sat = pct(s_ok, s_back)
    s_rate = q(rate / 10, 2)
    s_sat = q(sat / 10, 2)
    table = [('决策（15分）', '项目立项', '5', '5.00'), ('决策（15分）', '绩效目标', '5', '4.50'),
             ('决策（15分）', '资金投入', '5', '5.00'), ('过程（20分）', '预算执行率', '10', P(s_rate)),
             ('过程（20分）', '资金管理', '10', '9.00'), ('产出（35分）', '资助人数', '15', '15.00'),
             ('产出（35分）', '精准识别', '10', '9.50'), ('产出（35分）', '发放及时性', '10', '8.00'),
             ('效益（20分）', '应助尽助', '10', '10.00'), ('效益（20分）', '社会影响', '10', '8.50'),
             ('满意度（10分）', '受助学生及家长满意度', '10', P(s_sat))]
    assert sum(int(r[2]) for r in table) == 100
    assert all(D(r[3]) <= D(r[2]) for r in table)
    total = sum(D(r[3]) for r in table)
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    grade = [g_ for lo, g_ in bands if total >= D(lo)][0]

    f = lambda x: F(x)
    M = []
    M.append(TITLE('淏宁县教育局学生资助资金项目2024年度项目支出绩效自评报告'))
    M.append(SUB(docno))
    M.append(H('一、项目基本情况'))
    M.append(P_('学生资助资金用于落实学前教育至高中阶段家庭经济困难学生资助政策。2024年项目资金总额%s万元，其中中央财政资金%s万元，占%s%%，县级财政资金%s万元；资金总额较上年（%s万元）增长%s%%，增加%s万元。项目包括%d个子项目，即%s。'
                % (f(total_b), f(central), P(sh_central), f(county), f(prev_total), P(g), f(dif), len(subs), '、'.join(s[0] for s in subs))))
    L.sum('资金总额 = 中央 + 县级', f(total_b), [f(central), f(county)])
    L.ratio('中央资金占比', f(central), f(total_b), P(sh_central))
    L.growth('资金总额增长', f(total_b), f(prev_total), f(dif), P(g), '增长')
    L.count('子项目个数', str(len(subs)), [s[0] for s in subs])
    M.append(H('二、资金使用情况'))
    M.append(P_('截至2024年12月31日，项目实际支出%s万元，预算执行率%s%%，结余%s万元，系年末学籍核减形成，已按规定收回县财政统筹使用。各子项目执行情况见表1。'
                % (f(total_p), P(rate), f(bal))))
    L.ratio('项目预算执行率', f(total_p), f(total_b), P(rate))
    L.diff('结余 = 预算 - 支出', f(total_b), f(total_p), f(bal))
    M.append(CAP('表1　学生资助资金子项目执行情况（金额单位：万元）'))
    rows = [[s[0], f(b), f(p), P(r), I(n)] for s, b, p, r, n in zip(subs, bud, paid, rates, ppl)]
    rows.append(['合计', f(total_b), f(total_p), P(rate), I(total_n)])
    t1 = TABLE('T1', ['子项目', '预算数', '实际支出', '执行率（%）', '受助人次'], rows)
    t1['widths'] = [52, 26, 26, 26, 26]
    M.append(t1)
    for r in rows[:-1]:
        L.ratio('表1 %s 执行率' % r[0], r[2], r[1], r[3])
    L.sum('表1 预算数合计', f(total_b), [r[1] for r in rows[:-1]])
    L.sum('表1 实际支出合计', f(total_p), [r[2] for r in rows[:-1]])
    L.sum('表1 受助人次合计', I(total_n), [r[4] for r in rows[:-1]])
    M.append(H('三、绩效目标完成情况'))
    (n1, s1), (n2, s2) = subs[1][2]
    M.append(P_('（一）产出指标。全年资助学生%s人次。义务教育寄宿生生活补助按小学每生每年%d元、初中每生每年%d元标准发放，资助小学寄宿生%s人、初中寄宿生%s人，人均补助%s元。全部资助资金按受助人次平均，每人次%s元。普通高中国家助学金受助%s人，占普通高中在校生%s人的%s%%，资助面比上年的%s%%扩大%s个百分点。'
                % (I(total_n), s1, s2, I(n1), I(n2), f(avg_board), f(avg_all), I(ppl[2]), I(hs_enrol), P(cover), P(prev_cover), P(dcov))))
    L.sum('寄宿生人数 = 小学 + 初中', I(ppl[1]), [I(n1), I(n2)])
    L.ratio('寄宿生人均补助（元）', f(paid[1]), I(ppl[1]), f(avg_board), scale='10000')
    L.ratio('每人次平均资助（元）', f(total_p), I(total_n), f(avg_all), scale='10000')
    L.ratio('普通高中助学金资助面', I(ppl[2]), I(hs_enrol), P(cover))
    L.add('pp', '资助面扩大（个百分点）', cur=P(cover), prev=P(prev_cover), dif=P(dcov), word='提高')
    M.append(P_('（二）效益指标。全县脱贫家庭和低保家庭在校学生%s人全部纳入资助范围，应助尽助率100%%，未发生因贫失学辍学情况。'
                % I(poor)))
    M.append(P_('（三）满意度指标。向受助学生及家长发放问卷%d份，收回%d份，其中满意%d份，满意度%s%%。'
                % (s_out, s_back, s_ok, P(sat))))
    L.ratio('满意度（按收回问卷）', str(s_ok), str(s_back), P(sat))
    M.append(H('四、自评结论'))
    M.append(P_('评价结果分为优（90分及以上）、良（80分至90分以下）、中（60分至80分以下）、差（60分以下）四档。预算执行率指标得分为执行率的十分之一，满意度指标得分为满意度的十分之一。评分结果见表2。'))
    M.append(CAP('表2　项目支出绩效自评评分表'))
    rows2 = [list(r) for r in table] + [['合计', '', '100', P(total)]]
    t2 = TABLE('T2', ['一级指标', '二级指标', '分值', '得分'], rows2)
    t2['widths'] = [40, 60, 24, 24]
    M.append(t2)
    L.sum('表2 分值合计', '100', [r[2] for r in table])
    L.sum('表2 得分合计', P(total), [r[3] for r in table])
    L.ratio('执行率指标得分', P(rate), None, P(s_rate), scale='1/10')
    L.ratio('满意度指标得分', P(sat), None, P(s_sat), scale='1/10')
    M.append(P_('经自评，学生资助资金项目2024年度绩效自评得分%s分，评价等级为“%s”。扣分主要在发放及时性，秋季学期助学金因学籍核对延迟至2024年12月下旬才发放到位。2025年将于每学期开学后2个月内完成资助资金发放。'
                % (P(total), grade)))
    L.band('评价等级', P(total), bands, grade)
    L.anchor('等级句', '评价等级为“%s”' % grade)
    L.same('自评得分写两次（表2、结论）', P(total), 2)
    M.append(SIGN('淏宁县教育局', date))
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.facts.update(date=date, docno=docno)
    meta = {'title': '淏宁县教育局学生资助资金项目2024年度项目支出绩效自评报告', 'author': ''}
    return M, L, meta
