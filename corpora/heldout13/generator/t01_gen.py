"""t01: 云岭市 2024年度市级农村人居环境整治专项资金 第三方绩效评价报告 (.txt)."""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT

NAME = 't01_yunling_rural_env_fund_3rdparty_eval'
L = Ledger(NAME + '.txt')

# ---------------------------------------------------------------- money (万元)
init_budget = {'污水': D('2160.00'), '户厕': D('1020.00'), '保洁': D('1080.00'), '示范村': D('540.00')}
add_budget = {'污水': D('0'), '户厕': D('300.00'), '保洁': D('0'), '示范村': D('300.00')}
adj_budget = {k: init_budget[k] + add_budget[k] for k in init_budget}
arrived = {'污水': D('2160.00'), '户厕': D('1212.00'), '保洁': D('1080.00'), '示范村': D('840.00')}
spent = {'污水': D('2046.72'), '户厕': D('1158.30'), '保洁': D('1036.80'), '示范村': D('726.66')}
names = {'污水': '农村生活污水治理项目', '户厕': '农村户厕改造提升项目',
         '保洁': '村庄保洁与垃圾收运项目', '示范村': '美丽宜居示范村创建项目'}
keys = ['污水', '户厕', '保洁', '示范村']

INIT = sum(init_budget.values()); ADD = sum(add_budget.values()); ADJ = sum(adj_budget.values())
ARR = sum(arrived.values()); SPENT = sum(spent.values())
L.eq('年初预算 = Σ子项目年初', INIT, D('4800.00'))
L.eq('追加 = 300 + 300', ADD, D('600.00'))
L.eq('调整后预算 = 年初 + 追加', ADJ, INIT + ADD)
L.eq('调整后预算 = Σ子项目', ADJ, D('5400.00'))
L.eq('到位 = Σ子项目到位', ARR, D('5292.00'))
L.eq('支出 = Σ子项目支出', SPENT, D('4968.48'))
not_arrived = ADJ - ARR
L.eq('未到位 = 户厕 预算 − 到位', not_arrived, adj_budget['户厕'] - arrived['户厕'])
unspent = ARR - SPENT
arr_rate = pct(ARR, ADJ); use_rate = pct(SPENT, ARR); exec_rate = pct(SPENT, ADJ)
add_share = pct(ADD, INIT)
sub_arr_rate = {k: pct(arrived[k], adj_budget[k]) for k in keys}
sub_use_rate = {k: pct(spent[k], arrived[k]) for k in keys}
for k in keys:
    L.check('子项目 %s 支出 ≤ 到位 ≤ 预算' % k, spent[k] <= arrived[k] <= adj_budget[k])
# demonstration villages: 12 planned x 70万; 10 accepted paid in full; 2 get start-up 13.33 each
per_village = D('70.00'); planned_v = 12; done_v = 10; startup = D('13.33')
L.eq('示范村预算 = 12 × 70.00', adj_budget['示范村'], per_village * planned_v)
L.eq('示范村支出 = 10 × 70.00 + 2 × 13.33', spent['示范村'], per_village * done_v + startup * 2)
# sewage: 36 villages
sew_villages = 36
per_sew_village = q(spent['污水'] / sew_villages)
# toilets
toilet_target = 4500; toilet_done = 4250; toilet_ok = 4114
toilet_rate = pct(toilet_done, toilet_target)
toilet_ok_rate = pct(toilet_ok, toilet_done)
per_toilet_yuan = q(spent['户厕'] * 10000 / toilet_done)
# garbage
garbage_villages = 420
# facilities spot check
fac_checked = 48; fac_ok = 42
fac_rate = pct(fac_ok, fac_checked)
# schedule
lots = 52; lots_ok = 46
sched_rate = pct(lots_ok, lots)
# sewage treatment rate
sew23 = D('38.6'); sew24 = D('46.2'); sew_pp = sew24 - sew23
# survey
sv_out = 600; sv_valid = 578; sv_sat = 510
sv_valid_rate = pct(sv_valid, sv_out); sat_rate = pct(sv_sat, sv_valid)
# compliance: two vouchers
voucher_yuan = D('186000.00'); voucher_wan = q(voucher_yuan / 10000)
# spot check villages
spot_villages = 12; spot_bad = 3

# ---------------------------------------------------------------- scores
sc = {}
sc['资金到位率'] = q(4 * arr_rate / 100)
sc['预算执行率'] = q(4 * exec_rate / 100)
sc['污水治理行政村数'] = q(D(6) * sew_villages / sew_villages)
sc['户厕改造提升户数'] = q(D(6) * toilet_done / toilet_target)
L.eq('户厕得分 = 6×94.44%（按百分比计算亦同）', sc['户厕改造提升户数'], q(6 * toilet_rate / 100))
sc['垃圾收运覆盖自然村数'] = q(D(4))
vill_rate = pct(done_v, planned_v)
sc['示范村创建个数'] = q(D(4) * done_v / planned_v)
L.eq('示范村得分 = 4×83.33%（按百分比计算亦同）', sc['示范村创建个数'], q(4 * vill_rate / 100))
L.check('合格率 ≥ 95% → 满分', toilet_ok_rate >= 95, toilet_ok_rate)
sc['户厕改造验收合格率'] = q(D(5))
L.check('正常运行率 < 90%', fac_rate < 90, fac_rate)
sc['污水处理设施正常运行率'] = q(5 * fac_rate / 90)
sc['项目按期完成率'] = q(5 * sched_rate / 100)
L.eq('按期完成率得分（按个数计算亦同）', sc['项目按期完成率'], q(D(5) * lots_ok / lots))
L.check('污水治理率提高 ≥ 5个百分点 → 满分', sew_pp >= 5, sew_pp)
sc['生活污水治理率提升'] = q(D(7))
sc['受益群众满意度'] = q(5 * sat_rate / 90)
L.eq('满意度得分（按份数计算亦同）', sc['受益群众满意度'], q(D(5) * sv_sat / sv_valid * 100 / 90))
sc.update({'立项依据充分性': D('3.00'), '立项程序规范性': D('2.00'), '绩效目标合理性': D('2.50'),
           '绩效指标明确性': D('1.00'), '预算编制科学性': D('2.40'), '资金分配合理性': D('2.00'),
           '资金使用合规性': D('3.50'), '管理制度健全性': D('4.00'), '制度执行有效性': D('2.80'),
           '成本控制情况': D('3.50'), '农村人居环境改善程度': D('6.40'), '长效管护机制健全性': D('3.00')})

tree = [
    ('决策', [('项目立项', [('立项依据充分性', 3), ('立项程序规范性', 2)]),
            ('绩效目标', [('绩效目标合理性', 3), ('绩效指标明确性', 2)]),
            ('资金投入', [('预算编制科学性', 3), ('资金分配合理性', 2)])]),
    ('过程', [('资金管理', [('资金到位率', 4), ('预算执行率', 4), ('资金使用合规性', 4)]),
            ('组织实施', [('管理制度健全性', 4), ('制度执行有效性', 4)])]),
    ('产出', [('产出数量', [('污水治理行政村数', 6), ('户厕改造提升户数', 6), ('垃圾收运覆盖自然村数', 4), ('示范村创建个数', 4)]),
            ('产出质量', [('户厕改造验收合格率', 5), ('污水处理设施正常运行率', 5)]),
            ('产出时效', [('项目按期完成率', 5)]),
            ('产出成本', [('成本控制情况', 5)])]),
    ('效益', [('社会效益', [('农村人居环境改善程度', 8)]),
            ('生态效益', [('生活污水治理率提升', 7)]),
            ('可持续影响', [('长效管护机制健全性', 5)]),
            ('满意度', [('受益群众满意度', 5)])]),
]
lvl1_w = {}; lvl1_s = {}
n2 = n3 = 0
for l1, l2s in tree:
    w = s = D(0)
    for l2, l3s in l2s:
        n2 += 1
        for l3, wt in l3s:
            n3 += 1
            L.check('得分 ≤ 权重: ' + l3, D(0) <= sc[l3] <= wt, '%s ≤ %s' % (sc[l3], wt))
            w += wt; s += sc[l3]
    lvl1_w[l1] = w; lvl1_s[l1] = s
L.eq('一级指标权重', [lvl1_w[k] for k in ['决策', '过程', '产出', '效益']], [15, 20, 40, 25])
TOTAL_W = sum(lvl1_w.values()); TOTAL = sum(lvl1_s.values())
L.eq('总权重 = 100', TOTAL_W, 100)
L.eq('三级指标个数', n3, len(sc))
grade = '优' if TOTAL >= 90 else '良' if TOTAL >= 80 else '中' if TOTAL >= 60 else '差'
L.eq('评价等级（80（含）–90 为良）', grade, '良')
score23 = D('85.60')
score_up = TOTAL - score23
L.check('2023年得分同属“良”', 80 <= score23 < 90, score23)

# table
rows = ['一级指标\t二级指标\t三级指标\t权重\t得分\t得分率']
for l1, l2s in tree:
    rows.append('%s\t\t\t%d\t%s\t%s%%' % (l1, lvl1_w[l1], f(lvl1_s[l1]), f(pct(lvl1_s[l1], lvl1_w[l1]))))
    for l2, l3s in l2s:
        first = True
        for l3, wt in l3s:
            rows.append('\t%s\t%s\t%d\t%s\t%s%%' % (l2 if first else '', l3, wt, f(sc[l3]), f(pct(sc[l3], wt))))
            first = False
rows.append('合计\t\t\t%d\t%s\t%s%%' % (TOTAL_W, f(TOTAL), f(pct(TOTAL, TOTAL_W))))
TABLE = '\n'.join(rows)

sub_rows = ['子项目\t调整后预算（万元）\t到位资金（万元）\t实际支出（万元）\t资金到位率\t资金使用率']
for i, k in enumerate(keys):
    sub_rows.append('%s\t%s\t%s\t%s\t%s%%\t%s%%' % (names[k], f(adj_budget[k]), f(arrived[k]), f(spent[k]),
                                                   f(sub_arr_rate[k]), f(sub_use_rate[k])))
sub_rows.append('合计\t%s\t%s\t%s\t%s%%\t%s%%' % (f(ADJ), f(ARR), f(SPENT), f(arr_rate), f(use_rate)))
SUBTABLE = '\n'.join(sub_rows)

# ---------------------------------------------------------------- text
T = f"""云岭市2024年度市级农村人居环境整治专项资金
第三方绩效评价报告

委托单位：云岭市财政局
项目主管部门：云岭市农业农村局
评价机构：广东恒信正诚会计师事务所（普通合伙）
报告编号：恒信绩评〔2025〕第017号

云岭市财政局：

受贵局委托，我所组成评价工作组，依据《项目支出绩效评价管理办法》（财预〔2020〕10号）、《云岭市市级财政支出绩效评价管理办法》及《云岭市市级财政专项资金第三方绩效评价工作规程》，对云岭市农业农村局（以下简称“市农业农村局”）管理使用的2024年度市级农村人居环境整治专项资金（以下简称“专项资金”）实施了重点绩效评价。评价对象期间为2024.01.01至2024.12.31。评价工作于2025年1月6日启动，现场核查与资料分析于2025-02-28完成。现将评价情况报告如下。

一、项目基本情况

（一）项目背景

根据《云岭市农村人居环境整治提升三年行动计划（2023—2025年）》，到2025年底全市农村生活污水治理率达到60%以上，农村卫生户厕普及率稳定在95%以上，农村生活垃圾收运处置体系自然村覆盖率保持100%。专项资金自2023年起设立，由市农业农村局统筹管理，各县（区）农业农村部门和乡镇人民政府具体组织实施。2024年是三年行动计划的第二年。

（二）资金安排情况

专项资金年初预算{f(INIT)}万元。经市人民政府同意，2024年9月追加{f(ADD)}万元，全部用于农村户厕改造提升和美丽宜居示范村创建（各{f(add_budget['户厕'])}万元），追加额占年初预算的{f(add_share)}%，调整后预算为{f(ADJ)}万元。专项资金共安排4个子项目，具体如下：
（1）{names['污水']}，预算{f(adj_budget['污水'])}万元，用于{sew_villages}个行政村污水收集管网和终端处理设施建设；
（2）{names['户厕']}，年初预算{f(init_budget['户厕'])}万元，追加后{f(adj_budget['户厕'])}万元，计划改造提升农村户厕{fi(toilet_target)}户；
（3）{names['保洁']}，预算{f(adj_budget['保洁'])}万元，用于全市{garbage_villages}个自然村保洁员补助和生活垃圾转运；
（4）{names['示范村']}，年初预算{f(init_budget['示范村'])}万元，追加后{f(adj_budget['示范村'])}万元，计划创建示范村{planned_v}个，每村奖补{f(per_village)}万元。

（三）资金到位及使用情况

截至2024.12.31，专项资金实际到位{f(ARR)}万元，资金到位率为{f(arr_rate)}%。未到位的{f(not_arrived)}万元全部属于{names['户厕']}，原因是省级同类补助资金下达后，按规定对市级资金统筹抵顶，不属于资金拨付不及时。专项资金实际支出{f(SPENT)}万元。资金使用率按实际支出占实际到位资金计算，为{f(use_rate)}%；预算执行率按实际支出占调整后预算计算，为{f(exec_rate)}%。到位但未支出的{f(unspent)}万元已按规定结转2025年继续使用。各子项目资金情况见表1。

表1  子项目资金到位及使用情况
{SUBTABLE}

需要说明的是，{names['户厕']}到位率较低，但已到位资金的使用率为{f(sub_use_rate['户厕'])}%，高于专项资金整体水平。{names['示范村']}中，已通过验收的{done_v}个示范村按每村{f(per_village)}万元全额拨付，其余2个村按进度各预拨启动资金{f(startup)}万元，故该子项目使用率为{f(sub_use_rate['示范村'])}%。

（四）绩效目标

专项资金2024年度绩效目标为：完成{sew_villages}个行政村生活污水治理；改造提升农村户厕{fi(toilet_target)}户，验收合格率不低于95%；生活垃圾收运覆盖自然村{garbage_villages}个；创建美丽宜居示范村{planned_v}个；污水处理设施正常运行率不低于90%；项目按期完成率100%；农村生活污水治理率较上年提高5个百分点以上；受益群众满意度不低于90%。

二、评价工作开展情况

（一）评价目的、对象和范围

本次评价旨在全面了解专项资金的决策、管理和使用情况，客观评价资金使用绩效，为2025年及以后年度预算安排和政策调整提供参考。评价对象为2024年度专项资金{f(ADJ)}万元，评价范围覆盖全部4个子项目及其{lots}个实施标段。

（二）评价方法、指标体系和评价标准

评价采用比较法、因素分析法、公众评判法和成本效益分析法。评价指标体系由决策、过程、产出、效益{len(tree)}个一级指标、{n2}个二级指标、{n3}个三级指标构成，总分100分。其中，数量类和比率类指标原则上按“实际完成值÷年度目标值×权重”计分，超额完成的不加分；资金到位率、预算执行率按“权重×比率”计分。评价结果实行百分制，综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。

（三）评价工作过程

1.前期准备。2025年1月6日至1月10日，评价工作组与市财政局、市农业农村局对接，收集项目资料，制定评价工作方案。
2.现场核查。2025年1月13日至2月7日，评价工作组对{sew_villages}个污水治理行政村中的{spot_villages}个进行了实地抽查，抽查污水处理设施{fac_checked}座，查阅会计凭证、合同和验收资料。
3.问卷调查。共发放受益群众满意度调查问卷{sv_out}份，回收有效问卷{sv_valid}份，有效回收率{f(sv_valid_rate)}%。
4.分析评价。2025年2月10日至2025-02-28，评价工作组对收集的数据进行汇总分析，形成评价报告初稿。2025年3月5日就初稿征求市农业农村局意见，3月12日收到书面反馈，评价工作组复核后定稿。

三、综合评价结论

经评价，专项资金2024年度绩效评价综合得分为{f(TOTAL)}分，评价等级为“{grade}”。其中，决策指标得分{f(lvl1_s['决策'])}分，过程指标得分{f(lvl1_s['过程'])}分，产出指标得分{f(lvl1_s['产出'])}分，效益指标得分{f(lvl1_s['效益'])}分。2023年度该专项资金绩效评价得分为{f(score23)}分，等级同为“良”，本年度得分较上年提高{f(score_up)}分。各项指标得分情况见表2。

表2  绩效评价指标体系及得分情况
{TABLE}

四、绩效分析

（一）决策情况

专项资金立项依据充分，立项程序规范，资金分配按各县（区）任务量因素法测算，上述指标均得满分。绩效目标未细化到子项目，扣0.50分；部分指标缺少可量化的目标值，扣1.00分。年中追加预算{f(ADD)}万元，占年初预算的{f(add_share)}%，预算编制的前瞻性不足，预算编制科学性扣0.60分，得{f(sc['预算编制科学性'])}分。

（二）过程情况

资金到位率{f(arr_rate)}%，得{f(sc['资金到位率'])}分；预算执行率{f(exec_rate)}%，得{f(sc['预算执行率'])}分。抽查中未发现挤占、挪用资金的情况，挤占挪用金额为0.00万元；但有两笔共计{f(voucher_yuan)}元（{f(voucher_wan)}万元）的支出原始凭证不完整，资金使用合规性扣0.50分。管理制度健全。抽查的{spot_villages}个行政村中有{spot_bad}个村保洁台账记录不全，制度执行有效性扣1.20分，得{f(sc['制度执行有效性'])}分。

（三）产出情况

1.产出数量。{sew_villages}个行政村污水治理全部完成，得满分。户厕改造提升完成{fi(toilet_done)}户，完成率{f(toilet_rate)}%，得{f(sc['户厕改造提升户数'])}分。垃圾收运覆盖{garbage_villages}个自然村，得满分。示范村创建完成{done_v}个，完成率{f(vill_rate)}%，得{f(sc['示范村创建个数'])}分。
2.产出质量。已改造户厕中验收合格{fi(toilet_ok)}户，合格率{f(toilet_ok_rate)}%，达到目标，得满分。抽查的{fac_checked}座污水处理设施中{fac_ok}座正常运行，正常运行率{f(fac_rate)}%，低于目标值，得{f(sc['污水处理设施正常运行率'])}分。
3.产出时效。{lots}个实施标段中有{lots_ok}个按期完成，按期完成率{f(sched_rate)}%，得{f(sc['项目按期完成率'])}分。
4.产出成本。污水治理平均每村投入{f(per_sew_village)}万元，户厕改造户均财政补助{f(per_toilet_yuan)}元，均高于行业参考水平，成本控制情况扣1.50分。

（四）效益情况

全市农村生活污水治理率由2023年的{sew23}%提高到2024年的{sew24}%，提高{sew_pp}个百分点，达到年度目标，得满分。农村人居环境改善程度得{f(sc['农村人居环境改善程度'])}分。部分已建污水设施运维经费未落实，长效管护机制健全性扣2.00分。问卷调查中表示满意和基本满意的{sv_sat}份，满意度为{f(sat_rate)}%，低于90%的目标值，得{f(sc['受益群众满意度'])}分。

五、主要成效

一年来，专项资金的投入使全市农村人居环境明显改善：新增污水治理行政村{sew_villages}个，惠及农户约2.1万户；改造提升户厕{fi(toilet_done)}户；全市{garbage_villages}个自然村生活垃圾实现日产日清；新创建示范村{done_v}个，其余2个村预计于2025年5月底前完成验收。

六、存在的问题

1.预算编制不够精准。年中追加资金占比较高，部分子项目资金到位后支出进度偏慢。
2.项目实施进度滞后。{lots - lots_ok}个实施标段未按期完成，2个示范村未在年内完成验收。
3.长效管护机制不健全。部分污水处理设施运维主体和运维经费未落实，抽查中有{fac_checked - fac_ok}座设施未正常运行。
4.财务管理有待规范。个别支出原始凭证不完整，部分村保洁台账记录不全。

七、意见和建议

1.提高预算编制的科学性，在年初预算中充分考虑省级资金下达情况，减少年中追加。
2.加快项目实施进度，对未完工标段建立台账，明确完成时限。
3.建立污水处理设施长效运维机制，将运维经费纳入县（区）财政预算。
4.加强资金监管，完善凭证和台账管理。

八、其他需要说明的事项

本报告所依据的资料由市农业农村局及各县（区）实施单位提供，提供单位对资料的真实性、完整性负责。我所对评价过程中获取的证据进行了核实，评价结论仅供委托方用于预算管理和绩效管理，不得用于其他目的。

广东恒信正诚会计师事务所（普通合伙）
项目负责人：林晓岚
2025-03-15
"""

# ---------------------------------------------------------------- assertions on the text
L.stated(T, f(INIT) + '万元', f(ADJ) + '万元', f(arr_rate) + '%', f(use_rate) + '%', f(exec_rate) + '%',
         '共计186,000.00元（18.60万元）', '评价等级为“良”', '综合得分为' + f(TOTAL) + '分')
L.eq('资金到位率 = 到位/调整后预算', arr_rate, D('98.00'))
L.eq('资金使用率 = 支出/到位', use_rate, D('93.89'))
L.eq('预算执行率 = 支出/调整后预算', exec_rate, D('92.01'))
L.eq('追加占年初', add_share, D('12.50'))
L.eq('未支出 = 到位 − 支出', unspent, D('323.52'))
L.eq('元 ↔ 万元', voucher_wan * 10000, voucher_yuan)
L.eq('问卷有效回收率', sv_valid_rate, D('96.33'))
L.eq('得分提高 = 本年 − 上年', score_up, TOTAL - score23)
L.eq('一级得分合计 = 总分', sum(lvl1_s.values()), TOTAL)
L.check('资金到位率 ≥ 使用率 ≥ 执行率 (different bases)', arr_rate > use_rate > exec_rate)
L.stated_once(T, '共安排4个子项目', '2025-03-15', f(TOTAL) + '\t')
# the 4 sub-projects listed
for i in range(1, 5):
    L.stated_once(T, '（%d）' % i)
L.check('no （5） item', '（5）' not in T)
L.check('report date after fiscal year end', '2025-03-15' > '2024-12-31')
for k in keys:
    L.stated(T, f(sub_use_rate[k]) + '%', f(sub_arr_rate[k]) + '%')

for k, v in [('年初预算', INIT), ('追加', ADD), ('调整后预算', ADJ), ('到位', ARR), ('支出', SPENT),
             ('资金到位率', arr_rate), ('资金使用率', use_rate), ('预算执行率', exec_rate),
             ('综合得分', TOTAL), ('等级', grade), ('二级指标个数', n2), ('三级指标个数', n3),
             ('户均财政补助元', per_toilet_yuan), ('每村污水投入', per_sew_village)]:
    L.fact(k, v)
for k in keys:
    L.fact('子项目_' + names[k], {'年初': str(init_budget[k]), '调整后': str(adj_budget[k]),
                               '到位': str(arrived[k]), '支出': str(spent[k])})
L.fact('一级得分', {k: str(v) for k, v in lvl1_s.items()})
for l3, wt, ded in [('绩效目标合理性', 3, '0.50'), ('绩效指标明确性', 2, '1.00'), ('预算编制科学性', 3, '0.60'),
                    ('资金使用合规性', 4, '0.50'), ('制度执行有效性', 4, '1.20'), ('成本控制情况', 5, '1.50'),
                    ('长效管护机制健全性', 5, '2.00')]:
    L.eq('扣分: %s = %d − %s' % (l3, wt, ded), sc[l3], wt - D(ded))
    L.stated(T, '扣' + ded + '分')
for l3, wt in [('立项依据充分性', 3), ('立项程序规范性', 2), ('资金分配合理性', 2), ('管理制度健全性', 4),
               ('污水治理行政村数', 6), ('垃圾收运覆盖自然村数', 4), ('户厕改造验收合格率', 5), ('生活污水治理率提升', 7)]:
    L.eq('满分: ' + l3, sc[l3], wt)
L.eq('未验收示范村 = 12 − 10 = 2', planned_v - done_v, 2)
L.han(T)

path = os.path.join(OUT, NAME + '.txt')
with open(path, 'w', encoding='utf-8') as fh:
    fh.write(T)
L.write(NAME)
print(NAME, 'han', L.facts['han_chars'], 'total', TOTAL, grade)
