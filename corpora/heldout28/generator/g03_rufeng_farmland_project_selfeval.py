# -*- coding: utf-8 -*-
"""t03 -- 河南省汝沣县农业农村局 2024年度高标准农田建设项目支出绩效自评报告 (docx, Chinese-numeral date)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, cn_date, render_docx, run  # noqa: E402

NAME = 't03_rufeng_high_standard_farmland_project_selfeval_2024.docx'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)


def build():
    L = Ledger(NAME)
    m = []
    # ---------------------------------------------------------- base inputs
    areas = [  # 项目区, 类型, 亩, 元/亩
        ('城关镇项目区', '新建', 8420, 3050),
        ('岗头乡项目区', '新建', 9365, 2980),
        ('柳营镇项目区', '新建', 7836, 3120),
        ('白河乡项目区', '改造提升', 6540, 1860),
        ('石桥镇项目区', '改造提升', 5218, 1920),
        ('马庄乡项目区', '新建', 4621, 3150),
    ]
    fund = {'中央财政资金': '6,720.00', '省级财政资金': '2,520.00', '市级财政资金': '840.00'}
    spent = '10,889.34'
    roads = ('41.2', '22.6')
    canals = ('58.7', '35.9')
    wells, bridges = 128, 214
    survey_ok, survey_n = 462, 480
    sections, ontime = 22, 21
    yield_per_mu = '75'
    irrig = '3.36'
    water = '142.6'
    docno = '汝农〔2025〕15号'
    date = cn_date(2025, 3, 20)

    # ---------------------------------------------------------- table 1: 亩 x 元/亩 = 万元
    rows1 = []
    inv = []
    for name, kind, mu, per in areas:
        amt = F(D(mu) * D(per) / 10000)
        L.prod(f'表1 {name} 投资 = 面积 x 亩均投入', amt, [f'{mu:,}', f'{per:,}'], 10000)
        rows1.append([name, kind, f'{mu:,}', f'{per:,}', amt])
        inv.append((kind, mu, amt))
    mu_total = sum(a[2] for a in areas)
    mu_new = sum(a[2] for a in areas if a[1] == '新建')
    mu_up = mu_total - mu_new
    inv_total = F(sum(D(a) for _, _, a in inv))
    inv_new = F(sum(D(a) for k, _, a in inv if k == '新建'))
    inv_up = F(sum(D(a) for k, _, a in inv if k != '新建'))
    L.sum('表1 合计 面积', f'{mu_total:,}', [f'{a[2]:,}' for a in areas])
    L.sum('表1 合计 投资', inv_total, [r[4] for r in rows1])
    L.sum('新建面积', f'{mu_new:,}', [f'{a[2]:,}' for a in areas if a[1] == '新建'])
    L.sum('改造提升面积', f'{mu_up:,}', [f'{a[2]:,}' for a in areas if a[1] != '新建'])
    L.sum('新建投资', inv_new, [r[4] for r in rows1 if r[1] == '新建'])
    L.sum('改造提升投资', inv_up, [r[4] for r in rows1 if r[1] != '新建'])
    wan_total, wan_new, wan_up = F(D(mu_total) / 10000), F(D(mu_new) / 10000), F(D(mu_up) / 10000)
    L.conv('总面积 亩 -> 万亩', f'{mu_total:,}', wan_total)
    L.conv('新建面积 亩 -> 万亩', f'{mu_new:,}', wan_new)
    L.conv('改造提升面积 亩 -> 万亩', f'{mu_up:,}', wan_up)
    L.sum('万亩: 新建 + 改造提升 = 合计 (舍入后恰好相等)', wan_total, [wan_new, wan_up])
    avg_new = F(D(inv_new) * 10000 / mu_new)
    avg_up = F(D(inv_up) * 10000 / mu_up)
    L.quot('新建 亩均投入(元/亩)', avg_new, inv_new, f'{mu_new:,}', 10000)
    L.quot('改造提升 亩均投入(元/亩)', avg_up, inv_up, f'{mu_up:,}', 10000)
    rows1.append(['合计', '', f'{mu_total:,}', '', inv_total])
    # ---------------------------------------------------------- funds
    county = F(D(inv_total) - sum(D(v) for v in fund.values()))
    fund['县级财政资金'] = county
    L.sum('资金来源 = 中央 + 省 + 市 + 县', inv_total, list(fund.values()))
    cen_sh = pct(fund['中央财政资金'], inv_total)
    L.rate('中央资金 占 总投资', cen_sh, fund['中央财政资金'], inv_total)
    exec_rate = pct(spent, inv_total)
    L.rate('预算执行率 = 支出 / 到位资金', exec_rate, spent, inv_total)
    left = F(D(inv_total) - D(spent))
    L.diff('结转 = 到位 - 支出', left, inv_total, spent)
    road = F(D(roads[0]) + D(roads[1]), 1)
    canal = F(D(canals[0]) + D(canals[1]), 1)
    L.sum('田间道路 = 新建 + 改建', road, list(roads))
    L.sum('沟渠 = 新建 + 修复', canal, list(canals))
    grain = F(D(mu_total) * D(yield_per_mu) / 10000)
    L.prod('新增粮食产能(万公斤) = 面积 x 亩均增产', grain, [f'{mu_total:,}', yield_per_mu], 10000)
    sat = pct(survey_ok, survey_n)
    L.rate('满意度', sat, str(survey_ok), str(survey_n))
    ontime_rate = pct(ontime, sections)
    L.rate('按期完工率', ontime_rate, str(ontime), str(sections))
    # ---------------------------------------------------------- 自评表
    s_irrig = F(D(8) * D(irrig) / D('3.50'))
    L.prod('灌溉面积 比例得分 = 8 x 3.36 / 3.50', s_irrig, ['8', irrig], '3.50')
    s_time = F(D(8) * D(ontime_rate) / 98)
    L.prod('按期完工率 比例得分 = 8 x 完工率 / 98', s_time, ['8', ontime_rate], '98')
    s_water = F(D(10) * D(water) / 150)
    L.prod('年节水量 比例得分 = 10 x 142.6 / 150', s_water, ['10', water], '150')
    s_exec = F(D(10) * D(exec_rate) / 100)
    L.prod('预算执行率 得分 = 10 x 执行率', s_exec, ['10', exec_rate], '100')
    table2 = [
        ['产出指标', '数量指标', '建成高标准农田面积', '10', '≥4.20万亩', f'{wan_total}万亩', '10.00'],
        ['产出指标', '数量指标', '新增和改善灌溉面积', '8', '≥3.50万亩', f'{irrig}万亩', s_irrig],
        ['产出指标', '数量指标', '新建和改建田间道路', '6', '≥60公里', f'{road}公里', '6.00'],
        ['产出指标', '质量指标', '工程竣工验收合格率', '10', '100%', '100%', '10.00'],
        ['产出指标', '时效指标', '标段按期完工率', '8', '≥98%', f'{ontime_rate}%', s_time],
        ['产出指标', '成本指标', '新建项目亩均投入', '8', '≤3,100元/亩', f'{avg_new}元/亩', '8.00'],
        ['效益指标', '经济效益', '新增粮食产能', '10', '≥300万公斤', f'{grain}万公斤', '10.00'],
        ['效益指标', '经济效益', '亩均节本增效', '10', '≥100元', '126元', '10.00'],
        ['效益指标', '生态效益', '项目区年节水量', '10', '≥150万立方米', f'{water}万立方米', s_water],
        ['满意度指标', '服务对象满意度', '受益群众满意度', '10', '≥90%', f'{sat}%', '10.00'],
        ['预算执行率', '—', '预算执行率', '10', '100%', f'{exec_rate}%', s_exec],
    ]
    pts = [r[3] for r in table2]
    scores = [r[6] for r in table2]
    L.sum('自评表 分值合计', '100', pts)
    total = F(sum(D(s) for s in scores))
    L.sum('自评表 得分合计', total, scores)
    out_s = F(sum(D(r[6]) for r in table2 if r[0] == '产出指标'))
    ben_s = F(sum(D(r[6]) for r in table2 if r[0] == '效益指标'))
    L.sum('产出指标得分', out_s, [r[6] for r in table2 if r[0] == '产出指标'])
    L.sum('效益指标得分', ben_s, [r[6] for r in table2 if r[0] == '效益指标'])
    L.sum('总分 = 产出 + 效益 + 满意度 + 预算执行', total, [out_s, ben_s, '10.00', s_exec])
    table2.append(['合计', '', '', '100', '', '', total])
    L.docno('文号年份不晚于成文日期', docno, date)
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))
    L.anchor('截至2024年12月31日')
    for k, v in [('investment', inv_total), ('spent', spent), ('exec_rate', exec_rate), ('score', total),
                 ('docno', docno), ('date', date)]:
        L.fact(k, v)

    # ---------------------------------------------------------- text
    m.append(('PRE', docno))
    m.append(('TITLE', '汝沣县农业农村局'))
    m.append(('TITLE', '2024年度高标准农田建设项目支出绩效自评报告'))
    m.append(('P', '县财政局：'))
    m.append(('P', '根据《河南省省级财政项目支出绩效自评管理办法》和县财政局关于开展2024年度项目支出绩效自评工作的通知要求，'
                   '我局组织项目区乡镇、监理单位和相关股室，对2024年度高标准农田建设项目开展了绩效自评，现将有关情况报告如下。'))
    m.append(('H1', '一、项目基本情况'))
    m.append(('H2', '（一）项目概况'))
    m.append(('P', f'2024年度，全县计划建设高标准农田{wan_total}万亩（{mu_total:,}亩），其中新建{wan_new}万亩（{mu_new:,}亩）、'
                   f'改造提升{wan_up}万亩（{mu_up:,}亩），涉及城关镇、岗头乡、柳营镇、白河乡、石桥镇、马庄乡6个乡镇41个行政村，'
                   f'分22个标段组织实施。建设内容包括田块整治、土壤改良、灌溉与排水、田间道路、农田防护与生态环境保护、'
                   f'农田输配电和科技服务等。截至2024年末，全县累计建成高标准农田52.6万亩，本年度建设任务已纳入其中统计。'))
    m.append(('H2', '（二）项目资金'))
    m.append(('P', f'项目总投资{inv_total}万元，按各项目区建设面积和批复的亩均投入标准测算（见表1）。资金来源为：' +
              '，'.join(f'{k}{v}万元' for k, v in fund.items()) +
              f'。中央财政资金占总投资的{cen_sh}%。以上资金已于2024年10月底前全部拨付到位，资金到位率100%。'))
    m.append(T('t1', '表1　2024年度高标准农田建设任务及投资', '单位：亩、元/亩、万元',
               [['项目区', '建设类型', '建设面积（亩）', '亩均投入（元/亩）', '投资（万元）']], rows1,
               widths=[3.4, 2.4, 3.0, 3.4, 3.4], align=['l', 'c', 'r', 'r', 'r']))
    m.append(('NOTE', f'注：投资＝建设面积×亩均投入÷10000，按四舍五入保留两位小数。新建项目区投资合计{inv_new}万元，平均亩均投入'
                      f'{avg_new}元/亩；改造提升项目区投资合计{inv_up}万元，平均亩均投入{avg_up}元/亩。'))
    m.append(('H1', '二、绩效目标'))
    m.append(('P', '项目年度绩效目标为：建成高标准农田4.20万亩以上，新增和改善灌溉面积3.50万亩以上，新建和改建田间道路60公里以上，'
                   '工程竣工验收合格率100%，标段按期完工率98%以上，新建项目亩均投入控制在3,100元以内；项目区新增粮食产能300万公斤'
                   '以上，亩均节本增效100元以上，年节水150万立方米以上，受益群众满意度90%以上。'))
    m.append(('H1', '三、绩效目标完成情况'))
    m.append(('H2', '（一）资金执行情况'))
    m.append(('P', f'项目到位资金{inv_total}万元。截至2024年12月31日，累计支出{spent}万元，预算执行率{exec_rate}%，'
                   f'结转{left}万元，主要为按合同约定暂扣的工程质量保证金和石桥镇项目区延期标段的工程尾款。'
                   f'资金到位率（100%）与预算执行率是两个不同的指标，前者反映资金拨付，后者反映资金支出。'))
    m.append(('H2', '（二）产出完成情况'))
    m.append(('P', f'数量指标：全年建成高标准农田{wan_total}万亩，完成年度任务的100%；新增和改善灌溉面积{irrig}万亩，'
                   f'因白河乡项目区1处提灌站电力配套未完工，未达到3.50万亩的目标；新建田间道路{roads[0]}公里、'
                   f'改建{roads[1]}公里，合计{road}公里；新建排灌沟渠{canals[0]}公里、修复{canals[1]}公里，合计{canal}公里；'
                   f'新打和修复机井{wells}眼，新建桥涵闸等配套建筑物{bridges}座。'))
    m.append(('P', f'质量指标：22个标段全部通过县级竣工验收，工程竣工验收合格率100%。时效指标：22个标段中{ontime}个按期完工，'
                   f'按期完工率{ontime_rate}%，石桥镇项目区1个标段因汛期影响延期至2025年1月完工。成本指标：新建项目平均亩均'
                   f'投入{avg_new}元/亩，控制在3,100元/亩以内；其中马庄乡项目区亩均投入3,150元，高于平均水平，原因是该项目区'
                   f'土壤改良和农田输配电工程量较大，已经专家论证并按程序批复。'))
    m.append(('H2', '（三）效益实现情况'))
    m.append(('P', f'经济效益：按项目区亩均增产{yield_per_mu}公斤测算，新增粮食产能{grain}万公斤；通过灌溉条件改善和机械化作业，'
                   f'项目区亩均节本增效126元。生态效益：推广管道输水和喷灌，项目区年节水{water}万立方米，'
                   f'略低于150万立方米的目标。社会效益：项目区涉及农户1.86万户，土地流转和适度规模经营面积明显增加。'))
    m.append(('P', f'满意度：采取入户问卷方式调查受益群众{survey_n}户，满意和基本满意{survey_ok}户，满意度{sat}%。'))
    m.append(('H1', '四、自评结论'))
    m.append(('P', f'对照年度绩效目标，我局按照项目支出绩效自评表逐项打分（见表2），本项目自评得分{total}分，'
                   f'其中产出指标{out_s}分、效益指标{ben_s}分、满意度指标10.00分、预算执行率{s_exec}分，自评等级为“优”。'
                   f'未完成目标的指标按实际完成值与目标值之比计分。'))
    m.append(T('t2', '表2　项目支出绩效自评表', '',
               [['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分']], table2,
               widths=[2.0, 2.2, 3.4, 1.2, 2.4, 2.6, 1.6], align=['l', 'l', 'l', 'r', 'c', 'c', 'r']))
    m.append(('H1', '五、存在的问题'))
    m.append(('P', f'一是资金支出进度偏慢，年末尚有{left}万元未支付，其中工程质量保证金按合同约定在缺陷责任期满后支付。'
                   f'二是新增和改善灌溉面积{irrig}万亩，未达到年度目标，个别项目区电力配套与主体工程建设不同步。'
                   f'三是建后管护机制仍需完善，部分村级管护责任落实不到位，管护资金主要依靠县级财政补助。'))
    m.append(('H1', '六、下一步改进措施'))
    m.append(('P', '一是督促施工单位和监理单位加快延期标段的收尾和结算审计，2025年6月底前完成全部工程价款支付。'
                   '二是协调供电部门加快白河乡提灌站电力配套建设，确保2025年春灌前投入使用。三是落实“谁受益、谁管护”原则，'
                   '由乡镇与行政村签订管护协议，明确管护主体、管护责任和管护经费，推动建成的高标准农田长期发挥效益。'
                   '四是在2025年度项目谋划中科学设定灌溉面积等指标，做到绩效目标与建设内容相匹配。'))
    m.append(('RIGHT', '汝沣县农业农村局'))
    m.append(('RIGHT', date))
    return m, L


def render(model, path):
    render_docx(model, path, author='汝沣县农业农村局')


if __name__ == '__main__':
    run(build, render, OUT, NAME)
