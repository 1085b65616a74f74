# -*- coding: utf-8 -*-
"""t03 檫阳县应急管理局 2024年度部门整体支出绩效自评报告 (txt, tab tables, 评分表)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't03_chayang_county_emergency_management_bureau_overall_expenditure_selfeval_2024.txt'
BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(FNAME)
    B = []
    docno = '檫应急〔2025〕8号'
    date = '2025年3月21日'
    L.facts['docno'] = docno

    sections = 6
    subunits = ['县应急救援保障中心', '县安全生产技术服务中心']
    adm, inst, actual = 21, 16, 35
    budget0, added = D('1865.40'), D('612.35')
    staff, pub, basic_bud = D('612.48'), D('98.36'), D('726.50')
    projects = [('安全生产监管执法', D('286.00'), D('271.35')), ('森林防灭火', D('524.60'), D('498.72')),
                ('救灾物资储备', D('318.40'), D('305.16')), ('应急救援队伍建设', D('412.25'), D('389.94')),
                ('防汛抗旱', D('210.00'), D('184.17'))]
    prev_rate = D('93.12')
    recep, carrun, sg0 = D('1.20'), D('8.66'), D('10.42')
    firms, hz, fixed, hz0 = 486, 1326, 1298, 1180
    acc, acc0, death = 3, 5, 2
    drills, drill_people = 58, 9860
    sent, back, satisfied = 300, 286, 268

    budget = budget0 + added
    basic = staff + pub
    pb = sum(p[1] for p in projects)
    pe = sum(p[2] for p in projects)
    assert basic_bud + pb == budget
    spent = basic + pe
    rate = pct(spent, budget)
    sg = recep + carrun
    fix_rate = pct(fixed, hz)
    sat = pct(satisfied, back)

    B.append(('title', '檫阳县应急管理局2024年度部门整体支出绩效自评报告'))
    B.append(('sub', docno))
    B.append(('h', '一、部门基本情况'))
    B.append(('p', '我局内设股室%d个，下属事业单位%d个，即%s和%s。核定行政编制%d名、事业编制%d名，合计%d名，年末实有人员%d人。'
                   '主要职责是组织编制全县应急预案、指导安全生产监管、组织防灾减灾救灾和森林防灭火工作。'
              % (sections, len(subunits), subunits[0], subunits[1], adm, inst, adm + inst, actual)))
    L.count('下属事业单位 个数 = 列举', str(len(subunits)), subunits)
    L.sum('编制 合计 = 行政 + 事业', str(adm + inst), str(adm), str(inst))
    L.le('实有 <= 编制', str(actual), str(adm + inst))

    B.append(('h', '二、预算收支及执行情况'))
    B.append(('p', '2024年年初预算%s万元，年中追加%s万元，调整后全年预算%s万元。全年支出%s万元，预算执行率%s%%，较上年的%s%%提高%s个百分点。'
                   '其中基本支出%s万元（人员经费%s万元、公用经费%s万元），项目支出%s万元。'
              % (F(budget0), F(added), F(budget), F(spent), P(rate), P(prev_rate), P(rate - prev_rate), F(basic),
                 F(staff), F(pub), F(pe))))
    L.sum('调整预算 = 年初 + 追加', F(budget), F(budget0), F(added))
    L.rate('预算执行率 = 支出 / 调整预算', F(spent), F(budget), P(rate))
    L.pp('执行率 提高 个百分点', P(rate), P(prev_rate), P(rate - prev_rate), '提高')
    L.sum('基本支出 = 人员 + 公用', F(basic), F(staff), F(pub))
    L.sum('全年支出 = 基本 + 项目', F(spent), F(basic), F(pe))
    B.append(('unit', '表1 预算执行明细（单位：万元）'))
    rows = [['项目', '调整预算', '执行数', '执行率（%）'], ['基本支出', F(basic_bud), F(basic), P(pct(basic, basic_bud))]]
    L.rate('表1 基本支出 执行率', F(basic), F(basic_bud), P(pct(basic, basic_bud)))
    for name, b, e in projects:
        rows.append([name, F(b), F(e), P(pct(e, b))])
        L.rate('表1 %s 执行率' % name, F(e), F(b), P(pct(e, b)))
    rows.append(['项目支出小计', F(pb), F(pe), P(pct(pe, pb))])
    rows.append(['合计', F(budget), F(spent), P(rate)])
    B.append(('table', {'rows': rows}))
    L.sum('表1 项目小计 预算', F(pb), *[F(p[1]) for p in projects])
    L.sum('表1 项目小计 执行', F(pe), *[F(p[2]) for p in projects])
    L.rate('表1 项目小计 执行率', F(pe), F(pb), P(pct(pe, pb)))
    L.sum('表1 合计 预算 = 基本 + 项目小计', F(budget), F(basic_bud), F(pb))
    L.sum('表1 合计 执行 = 基本 + 项目小计', F(spent), F(basic), F(pe))
    B.append(('p', '“三公”经费支出%s万元，由公务接待费%s万元和公务用车运行维护费%s万元构成，较上年同期的%s万元减少%s万元，降幅%s%%。'
              % (F(sg), F(recep), F(carrun), F(sg0), F(sg0 - sg), P((sg0 - sg) / sg0 * 100))))
    L.sum('三公 = 接待 + 用车运维', F(sg), F(recep), F(carrun))
    L.growth('三公 较上年同期 减少/降幅', F(sg), F(sg0), F(sg0 - sg), P((sg0 - sg) / sg0 * 100), '减少 降幅')

    B.append(('h', '三、绩效目标完成情况'))
    B.append(('p', '（一）产出。全年执法检查企业%d家次，排查安全隐患%s项，已整改%s项，整改率%s%%；排查隐患数较上年的%s项增加%d项，增幅%s%%。'
                   '组织应急演练%d场，参演%s人次，平均每场%d人次。'
              % (firms, I(hz), I(fixed), P(fix_rate), I(hz0), hz - hz0, P(D(hz - hz0) / hz0 * 100), drills,
                 I(drill_people), drill_people // drills)))
    assert drill_people % drills == 0
    L.rate('隐患整改率', I(fixed), I(hz), P(fix_rate))
    L.growth('隐患 增加/增幅', I(hz), I(hz0), str(hz - hz0), P(D(hz - hz0) / hz0 * 100), '增加 增幅')
    L.quot('平均每场演练人次', I(drill_people), str(drills), str(drill_people // drills), places=0)
    B.append(('p', '（二）效益。全县发生生产安全事故%d起，较上年的%d起下降%s%%；死亡%d人，与上年持平。发放满意度问卷%d份，收回%d份，'
                   '其中表示满意的%d份，满意率%s%%。'
              % (acc, acc0, P(D(acc0 - acc) / acc0 * 100), death, sent, back, satisfied, P(sat))))
    L.growth_rate('事故起数 下降', str(acc), str(acc0), P(D(acc0 - acc) / acc0 * 100), '下降')
    L.rate('满意率 = 满意 / 收回', str(satisfied), str(back), P(sat))
    L.le('收回 <= 发放', str(back), str(sent))

    # ---- scores
    items = [('决策', '绩效目标合理性', 5, D('4.80')), ('决策', '预算编制科学性', 5, D('4.60')),
             ('过程', '预算执行率', 10, q(rate / 10)), ('过程', '资金使用合规性', 8, D('7.70')),
             ('过程', '资产管理规范性', 7, D('6.80')), ('产出', '监管执法完成情况', 12, D('11.60')),
             ('产出', '隐患整改完成情况', 10, q(fix_rate / 10)), ('产出', '应急演练完成情况', 8, D('8.00')),
             ('产出', '物资储备达标情况', 10, D('9.30')), ('效益', '事故起数控制', 10, D('10.00')),
             ('效益', '应急处置能力提升', 5, D('4.50')), ('效益', '满意度', 10, q(sat / 10))]
    assert sum(i[2] for i in items) == 100
    for it in items:
        assert it[3] <= it[2]
    total = sum(i[3] for i in items)
    lv1 = {}
    for a, _, _, s in items:
        lv1[a] = lv1.get(a, D(0)) + s
    B.append(('h', '四、自评结论'))
    B.append(('p', '按照部门整体支出绩效评价指标体系，我局从决策、过程、产出、效益四个方面进行自评，四类指标依次得%s分、%s分、%s分和%s分，'
                   '综合得分%s分。预算执行率、隐患整改和满意度指标按实际完成比例计分。'
              % (F(lv1['决策']), F(lv1['过程']), F(lv1['产出']), F(lv1['效益']), F(total))))
    B.append(('unit', '表2 部门整体支出绩效自评评分表'))
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, w, s in items:
        rows.append([a, b, str(w), F(s)])
    rows.append(['合计', '', '100', F(total)])
    B.append(('table', {'rows': rows}))
    for a in ['决策', '过程', '产出', '效益']:
        L.sum('评分表 %s 小计 = 二级指标得分' % a, F(lv1[a]), *[F(i[3]) for i in items if i[0] == a])
    L.sum('评分表 合计 = 各项得分', F(total), *[F(i[3]) for i in items])
    L.sum('综合得分 = 四类指标得分', F(total), F(lv1['决策']), F(lv1['过程']), F(lv1['产出']), F(lv1['效益']))
    L.quot('预算执行率得分 = 执行率 × 10%', P(rate), '10', F(q(rate / 10)), const_den=True)
    L.quot('隐患整改得分 = 整改率 × 10%', P(fix_rate), '10', F(q(fix_rate / 10)), const_den=True)
    L.quot('满意度得分 = 满意率 × 10%', P(sat), '10', F(q(sat / 10)), const_den=True)
    grade = [g for lo, g in BANDS if total >= D(lo)][0]
    B.append(('p', '评价等级划分为：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。'
                   '我局2024年度部门整体支出绩效自评等级为“%s”。' % grade))
    L.band('等级 与 综合得分', F(total), '等级为“%s”' % grade, [(lo, '等级为“%s”' % g) for lo, g in BANDS])
    B.append(('h', '五、存在的问题和改进措施'))
    B.append(('p', '防汛抗旱项目因汛期较短、部分物资采购延至次年，执行率偏低。下一步将提前谋划采购计划，加快项目支出进度。'))
    B.append(('p', '联系人：县应急管理局规划财务股，电话0738-4175206。'))
    B.append(('sign', ['檫阳县应急管理局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    L.anchor('电话', '0738-4175206')
    L.same('综合得分 written twice', F(total), 2)
    meta = dict(fname=FNAME, fmt='txt-tab', author='檫阳县应急管理局')
    return B, L, meta
