"""t04 — 椴岭县林业局 林业有害生物防治补助资金 项目支出绩效自评报告 (docx)."""
from lk35 import D, F, I, Doc, Ledger, pct, growth, q, share_fix

NAME = 't04_duanling_forest_pest_control_fund_selfeval_2024.docx'
DOCNO = '椴林〔2025〕7号'
DATE = '2025年3月18日'


def build():
    L = Ledger(NAME)
    doc = Doc(NAME, 'docx', style={'author': '椴岭县林业局'})
    src = [('中央林业改革发展资金', D('268.00')), ('省级林业有害生物防治补助', D('92.00')), ('县级配套', D('60.00'))]
    items = [  # 支出项目, 工作量, 单位, 单价(元), 预算, 支出(None → 工作量 × 单价)
        ('松材线虫病疫木除治', 18640, '株', D('120'), D('230.00'), None),
        ('美国白蛾防治', 52000, '亩', D('18'), D('96.00'), None),
        ('杨树食叶害虫防治', 30000, '亩', D('12'), D('40.00'), None),
        ('松褐天牛诱捕器', 1200, '套', D('150'), D('18.00'), None),
        ('监测普查（测报点）', 36, '个', D('6000'), D('24.00'), None),
        ('检疫执法及药剂储备', None, None, None, D('12.00'), D('7.86')),
    ]
    mid_rate = D('47.26')
    dead_pines = 18912
    treat_nonpub = 75893
    forest_mu = D('142.60')   # 万亩
    pine_mu = D('38.75')
    disaster_mu = 1240
    prev_trees = 24310
    towns_now = ['松岚镇', '柞岗乡', '椴溪乡', '柞青镇']
    towns_prev = 5
    survey_out, survey_back, survey_ok = 200, 192, 181
    target_trees, target_area = 18000, 80000

    # ---- derived
    budget = sum(a for _, a in src)
    src_sh = share_fix([a for _, a in src])
    rows_i = []
    for nm, n, u, price, bud, sp in items:
        if sp is None:
            sp = q(D(n) * price / 10000, 2)
        rows_i.append((nm, n, u, price, bud, sp, pct(sp, bud)))
    assert sum(r[4] for r in rows_i) == budget
    spend = sum(r[5] for r in rows_i)
    rate = pct(spend, budget)
    carry = budget - spend
    assert mid_rate < rate
    area = items[1][1] + items[2][1]
    clear_rate = pct(items[0][1], dead_pines)
    nonpub_rate = pct(treat_nonpub, area)
    disaster_permil = q(D(disaster_mu) / (forest_mu * 10000) * 1000, 2)
    trees_drop = prev_trees - items[0][1]
    g_trees = growth(items[0][1], prev_trees)
    back_rate = pct(survey_back, survey_out)
    sat = pct(survey_ok, survey_back)
    unit_cost = items[0][3]
    low = [r[0] for r in rows_i if r[6] < 90]

    # score table: (一级, 二级/三级指标, 权重, 得分)
    s_exec = q(5 * rate / 100, 2)
    s_clear = q(8 * clear_rate / 100, 2)
    s_sat = q(10 * sat / 100, 2)
    score = [
        ('决策', '立项依据充分性', 3, D('3.00')),
        ('', '绩效目标明确性', 4, D('4.00')),
        ('', '预算编制科学性', 4, D('3.50')),
        ('', '资金分配合理性', 4, D('4.00')),
        ('过程', '资金到位率', 5, D('5.00')),
        ('', '预算执行率', 5, s_exec),
        ('', '资金使用合规性', 5, D('5.00')),
        ('', '管理制度健全性', 5, D('4.50')),
        ('产出', '疫木除治株数', 10, D('10.00')),
        ('', '防治作业面积', 8, D('8.00')),
        ('', '疫木除治率', 8, s_clear),
        ('', '无公害防治率', 6, D('6.00')),
        ('', '春季除治按期完成率', 4, D('4.00')),
        ('', '单株除治成本控制', 4, D('4.00')),
        ('效益', '成灾率控制', 8, D('8.00')),
        ('', '疫点乡镇数量下降', 7, D('7.00')),
        ('', '社会公众满意度', 10, s_sat),
    ]
    assert sum(s[2] for s in score) == 100
    for s in score:
        assert s[3] <= s[2]
    groups = {}
    order = []
    cur = None
    for s in score:
        if s[0]:
            cur = s[0]
            order.append(cur)
        groups.setdefault(cur, []).append(s)
    g_w = {g: sum(s[2] for s in groups[g]) for g in order}
    g_s = {g: sum(s[3] for s in groups[g]) for g in order}
    total = sum(s[3] for s in score)
    lost = 100 - total
    assert total >= 90

    doc.title('椴岭县林业局2024年度林业有害生物防治补助资金项目支出绩效自评报告')
    doc.sub(DOCNO)
    doc.h('一、项目概况')
    doc.p('全县林地面积%s万亩，其中松林%s万亩。2024年林业有害生物防治补助资金共%s万元，其中%s%s万元、%s%s万元、%s%s万元，'
          '分别占%s%%、%s%%、%s%%。资金主要用于松材线虫病疫木除治、美国白蛾和杨树食叶害虫防治、松褐天牛诱捕、监测普查和检疫执法。'
          % (F(forest_mu), F(pine_mu), F(budget), src[0][0], F(src[0][1]), src[1][0], F(src[1][1]), src[2][0],
             F(src[2][1]), F(src_sh[0]), F(src_sh[1]), F(src_sh[2])))
    doc.p('年度绩效目标：除治疫木不少于%s株，防治作业面积不少于%s亩，疫木除治率不低于95%%，无公害防治率不低于90%%，'
          '成灾率控制在3‰以内，社会公众满意度不低于90%%。' % (I(target_trees), I(target_area)))
    doc.h('二、资金使用情况')
    doc.p('年中监控时（截至2024年6月30日），项目预算执行率为%s%%，主要是松材线虫病疫木除治集中在秋冬季开展。截至2024年12月31日，'
          '项目支出%s万元，执行率%s%%，结转%s万元。分项目支出见表1，其中%s执行率低于90%%，原因是药剂储备按实际需求采购。'
          % (F(mid_rate), F(spend), F(rate), F(carry), '、'.join(low)))
    rows = []
    for nm, n, u, price, bud, sp, r in rows_i:
        rows.append([nm, '—' if n is None else '%s%s' % (I(n), u), '—' if price is None else I(price),
                     F(bud), F(sp), F(r)])
    rows.append(['合计', '—', '—', F(budget), F(spend), F(rate)])
    doc.table('表1', '表1  2024年林业有害生物防治补助资金支出明细',
              ['支出项目', '完成工作量', '补助标准（元）', '预算（万元）', '支出（万元）', '执行率（%）'], rows,
              note='注：补助标准为每株、每亩、每套或每个测报点的补助额；支出 = 完成工作量 × 补助标准。')
    doc.h('三、绩效目标完成情况')
    doc.p('产出方面：全年除治松材线虫病疫木%s株，占普查发现枯死松树%s株的%s%%，比上年%s株减少%s株，下降%s%%；美国白蛾和杨树'
          '食叶害虫防治作业面积合计%s亩，其中采用生物制剂、仿生制剂等无公害措施防治%s亩，无公害防治率%s%%；单株除治补助%s元。'
          % (I(items[0][1]), I(dead_pines), F(clear_rate), I(prev_trees), I(trees_drop), F(-g_trees), I(area),
             I(treat_nonpub), F(nonpub_rate), I(unit_cost)))
    doc.p('效益方面：全年林业有害生物成灾面积%s亩，成灾率%s‰；松材线虫病疫点乡镇由上年%d个减少到%d个，分别为%s。'
          '发放满意度问卷%d份，回收%d份，回收率%s%%，表示满意的%d份，满意度%s%%。'
          % (I(disaster_mu), F(disaster_permil), towns_prev, len(towns_now), '、'.join(towns_now), survey_out,
             survey_back, F(back_rate), survey_ok, F(sat)))
    doc.h('四、自评结论')
    rows = [[s[0], s[1], str(s[2]), F(s[3])] for s in score]
    rows.append(['合计', '—', '100', F(total)])
    doc.table('表2', '表2  项目支出绩效自评评分表', ['一级指标', '二级指标', '权重', '得分'], rows,
              note='注：预算执行率、疫木除治率、社会公众满意度按实际值占比计分，其余指标达到目标值得满分。')
    doc.p('经自评，该项目得分%s分，扣%s分，等级为“优”。其中决策%s分、过程%s分、产出%s分、效益%s分。'
          '扣分主要在社会公众满意度、预算编制科学性和管理制度健全性。'
          % (F(total), F(lost), F(g_s['决策']), F(g_s['过程']), F(g_s['产出']), F(g_s['效益'])))
    doc.h('五、存在问题及改进措施')
    doc.p('一是检疫执法经费预算偏大；二是疫木除治集中在下半年，年中执行进度偏慢。下一步将细化预算测算，结转资金用于2025年春季除治。')
    doc.sign(['椴岭县林业局', DATE])

    # ---- ledger
    L.facts.update({'date': DATE, 'docno': DOCNO})
    L.sum('资金来源合计', F(budget), [F(a) for _, a in src])
    for (nm, a), s_ in zip(src, src_sh):
        L.rate('%s 占比' % nm, F(s_), F(a), F(budget))
    L.sum('资金来源占比合计', '100.00', [F(x) for x in src_sh])
    for nm, n, u, price, bud, sp, r in rows_i:
        if n is not None:
            L.prod('表1 %s 支出 = 工作量 x 标准' % nm, F(sp), [I(n), I(price)], div=10000)
        L.rate('表1 %s 执行率' % nm, F(r), F(sp), F(bud))
    L.sum('表1 预算合计', F(budget), [F(r[4]) for r in rows_i])
    L.sum('表1 支出合计', F(spend), [F(r[5]) for r in rows_i])
    L.rate('项目执行率', F(rate), F(spend), F(budget))
    L.signed('结转 = 预算 − 支出', F(carry), [('+', F(budget)), ('-', F(spend))])
    L.le('年中执行率 <= 年末执行率', F(mid_rate), F(rate))
    L.count('执行率低于90%的项目', str(len(low)), low)
    L.le('疫木除治株数 >= 目标', I(target_trees), I(items[0][1]))
    L.sum('防治作业面积 = 美国白蛾 + 杨树食叶害虫', I(area), [I(items[1][1]), I(items[2][1])])
    L.le('防治作业面积 >= 目标', I(target_area), I(area))
    L.rate('疫木除治率', F(clear_rate), I(items[0][1]), I(dead_pines))
    L.diff('疫木除治株数比上年减少', I(trees_drop), I(prev_trees), I(items[0][1]))
    L.growth('疫木除治株数比上年下降', F(-g_trees), I(items[0][1]), I(prev_trees), 'down')
    L.rate('无公害防治率', F(nonpub_rate), I(treat_nonpub), I(area))
    L.le('无公害防治率 >= 90（满分）', '90', F(nonpub_rate))
    L.same('单株除治补助 = 表1 标准', I(unit_cost), I(items[0][3]), occ=2)
    L.quot('成灾率（‰）', F(disaster_permil), I(disaster_mu), F(forest_mu), mul=D('0.1'))
    L.count('疫点乡镇个数', str(len(towns_now)), towns_now)
    L.le('疫点乡镇减少', str(len(towns_now)), str(towns_prev), strict=True)
    L.rate('问卷回收率', F(back_rate), str(survey_back), str(survey_out))
    L.rate('社会公众满意度（按回收问卷）', F(sat), str(survey_ok), str(survey_back))
    L.prod('得分 预算执行率 = 5 x 执行率', F(s_exec), ['5', F(rate)], div=100)
    L.prod('得分 疫木除治率 = 8 x 除治率', F(s_clear), ['8', F(clear_rate)], div=100)
    L.prod('得分 满意度 = 10 x 满意度', F(s_sat), ['10', F(sat)], div=100)
    L.sum('表2 权重合计', '100', [str(s[2]) for s in score])
    L.sum('表2 得分合计', F(total), [F(s[3]) for s in score])
    for g in order:
        L.sum('一级指标 %s 得分' % g, F(g_s[g]), [F(s[3]) for s in groups[g]])
    L.sum('一级指标得分之和 = 总分', F(total), [F(g_s[g]) for g in order])
    L.diff('扣分 = 100 − 得分', F(lost), '100', F(total))
    L.band('等级 优 (>= 90)', F(total), '90', '100', '“优”')
    L.same('正文得分 = 表2合计', F(total), F(total), occ=2)
    ded = sorted(((s[2] - s[3], s[1]) for s in score if s[2] > s[3]), reverse=True)
    top3 = [nm for _, nm in ded[:3]]
    L.fact('扣分最多的三项 = 正文所列', set(top3) == {'社会公众满意度', '预算编制科学性', '管理制度健全性'} and ded[2][0] > ded[3][0],
           '; '.join('%s 扣%s' % (nm, F(v)) for v, nm in ded), [], ['扣分主要在社会公众满意度、预算编制科学性和管理制度健全性'])
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)
    return doc, L
