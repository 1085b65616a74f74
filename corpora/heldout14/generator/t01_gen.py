"""t01: 澧泉县交通运输局 2024年度部门整体支出绩效自评报告 (.txt that looks copied out of a PDF).

Hard line breaks in mid-sentence, a page header on every page after the first, a footer
"第N页 共M页", and tables flattened to one space-separated line per row.
"""
import os
import re
from common import D, q, pct, growth, f, fi, cn_date, Ledger, OUT

NAME = 't01_liquan_transport_dept_selfeval_2024'
L = Ledger(NAME + '.txt')
TITLE = '澧泉县交通运输局2024年度部门整体支出绩效自评报告'

# ------------------------------------------------------------------ budget (万元)
init = {'基本': D('2036.40'), '项目': D('4806.10')}
carry = {'基本': D('0.00'), '项目': D('412.36')}
add = {'基本': D('150.00'), '项目': D('1754.44')}
cut = {'基本': D('0.00'), '项目': D('180.00')}
full = {k: init[k] + carry[k] + add[k] - cut[k] for k in init}
spend_pers, spend_pub = D('1928.34'), D('244.52')
spend = {'基本': spend_pers + spend_pub, '项目': D('6423.56')}
tot = lambda d: d['基本'] + d['项目']
INIT, CARRY, ADD, CUT, FULL, SPEND = map(tot, (init, carry, add, cut, full, spend))
L.eq('全年预算 = 年初 + 结转 + 追加 − 调减', FULL, INIT + CARRY + ADD - CUT)
L.eq('全年预算', FULL, D('8979.30'))
L.eq('基本支出', spend['基本'], D('2172.86'))
INCOME = INIT + ADD - CUT                      # 本年财政拨款收入
CLOSE = CARRY + INCOME - SPEND
L.eq('年末结转 = 年初结转 + 本年收入 − 本年支出', CLOSE, D('382.88'))
L.check('本年支出大于本年收入（动用上年结转）', SPEND > INCOME, '%s > %s' % (SPEND, INCOME))
exec_rate = pct(SPEND, FULL)
exec_b, exec_p = pct(spend['基本'], full['基本']), pct(spend['项目'], full['项目'])
vs_init = pct(SPEND, INIT)
carry_rate = pct(CLOSE, FULL)
add_special, add_central = D('1200.00'), D('554.44')
L.eq('项目追加 = 专项债券 + 车购税', add['项目'], add_special + add_central)
fund_init = D('600.00')                        # 年初 政府性基金（土地出让收入安排）
gov_fund = fund_init + add_special
gpb = FULL - gov_fund
sh_b, sh_p = pct(spend['基本'], SPEND), pct(spend['项目'], SPEND)
L.eq('基本 + 项目 占比 = 100', sh_b + sh_p, D('100.00'))
sh_pers = pct(spend_pers, spend['基本'])
SPEND23 = D('7902.18')
g_spend = growth(SPEND, SPEND23)
key = [('农村公路提质改造工程', D('3120.50')), ('危桥改造工程', D('1046.80')),
       ('农村公路日常养护', D('986.40')), ('城乡客运一体化运营补贴', D('612.00'))]
key_sum = sum(v for _, v in key)
key_sh = pct(key_sum, spend['项目'])
# 三公
sg_budget = D('28.00')
sg = {'因公出国（境）费': D('0.00'), '公务用车购置费': D('0.00'), '公务用车运行维护费': D('17.86'),
      '公务接待费': D('5.60')}
SG = sum(sg.values())
SG23 = D('26.12')
g_sg = growth(SG, SG23)
sg_ctrl = pct(SG, sg_budget)
recv_batches, recv_people = 46, 312
cars_law, cars_gen = 5, 2

# ------------------------------------------------------------------ roads and outputs
roads = [('国省道', D('312.40')), ('县道', D('386.52')), ('乡道', D('521.84')), ('村道', D('621.60'))]
road_tot = sum(v for _, v in roads)
rural = road_tot - roads[0][1]
L.eq('公路总里程', road_tot, D('1842.36'))
L.eq('农村公路 = 县 + 乡 + 村', rural, D('1529.96'))
upg_km, upg_tgt = D('86.4'), D('80')
per_km = q(key[0][1] / upg_km)
bridge_done, bridge_tgt = 11, 15
good_rate, good_tgt = D('82.6'), D('80')
prj_ontime, prj_all = 16, 21
ontime = pct(prj_ontime, prj_all)
pay_ok, pay_all = 48, 50
pay_rate = pct(pay_ok, pay_all)
vill_bus, vill_all = 236, 236
bus_rate = pct(vill_bus, vill_all)
lines_bus = 38
accidents = 1
sv_sent, sv_valid, sv_sat = 400, 384, 331
sv_valid_rate = pct(sv_valid, sv_sent)
sat = pct(sv_sat, sv_valid)
sat23 = D('88.50')

# ------------------------------------------------------------------ scores
W = {}
def sc(k, w, s):
    s = q(s)
    L.check('得分 ≤ 分值: %s' % k, s <= w, '%s <= %s' % (s, w))
    W[k] = (D(w), s)
    return s
s_exec = sc('预算执行率', 10, D(10) * exec_rate / 100)
s_carry = sc('结转结余率', 5, 5 if carry_rate <= 5 else 0)
s_sgc = sc('“三公”经费控制率', 5, 5 if sg_ctrl <= 100 else 0)
s_upg = sc('农村公路提质改造里程', 8, 8 if upg_km >= upg_tgt else D(8) * upg_km / upg_tgt)
s_bridge = sc('危桥改造数量', 8, D(8) * bridge_done / bridge_tgt)
s_good = sc('农村公路优良路率', 6, 6 if good_rate >= good_tgt else 0)
s_accept = sc('工程交工验收合格率', 6, 6)
s_ontime = sc('项目按期完工率', 6, D(6) * ontime / 90)
s_pay = sc('资金拨付及时率', 6, D(6) * pay_rate / 100)
s_bus = sc('建制村通客车率', 10, 10)
s_acc = sc('道路运输安全事故', 10, 10 - 4 * accidents)
s_sus = sc('养护长效机制', 10, 8)
s_sat = sc('群众满意度', 10, D(10) * sat / 90)
lvl2 = {
    '预算执行': s_exec, '预算管理': s_carry + s_sgc,
    '数量指标': s_upg + s_bridge, '质量指标': s_good + s_accept, '时效指标': s_ontime + s_pay,
    '社会效益': s_bus + s_acc, '可持续影响': s_sus, '服务对象满意度': s_sat,
}
lvl1 = {'投入': lvl2['预算执行'] + lvl2['预算管理'],
        '产出': lvl2['数量指标'] + lvl2['质量指标'] + lvl2['时效指标'],
        '效益': lvl2['社会效益'] + lvl2['可持续影响'], '满意度': lvl2['服务对象满意度']}
TOTAL = sum(lvl1.values())
L.eq('总分 = Σ三级', TOTAL, sum(s for _, s in W.values()))
L.eq('权重合计100', sum(w for w, _ in W.values()), 100)
L.eq('总分', TOTAL, D('89.86'))
GRADE = '优' if TOTAL >= 90 else ('良' if TOTAL >= 80 else ('中' if TOTAL >= 60 else '差'))
L.eq('等级', GRADE, '良')
TOTAL23 = D('91.40')
deduct = D(100) - TOTAL

# ------------------------------------------------------------------ text (logical paragraphs)
B = []   # (kind, text)
def P(t): B.append(('p', t))
def H(t): B.append(('h', t))
def R(t): B.append(('row', t))      # flattened table row (never wrapped)

B.append(('title', '澧泉县交通运输局'))
B.append(('title', '2024年度部门整体支出绩效自评报告'))
P('根据《澧泉县财政局关于开展2024年度预算绩效自评工作的通知》（澧财绩〔2025〕6号）要求，我局对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。')
H('一、部门基本情况')
H('（一）部门职能')
P('澧泉县交通运输局是县人民政府工作部门，主要负责贯彻执行国家和省、市交通运输方针政策和法律法规，拟订全县公路、水路交通发展规划并组织实施；负责农村公路建设、养护和管理；负责道路运输、水路运输市场监管和城乡客运一体化工作；负责交通运输行业安全生产监督管理和综合行政执法；承担县域交通基础设施建设项目的行业管理和质量监督。')
H('（二）机构设置及人员情况')
P('我局内设办公室、规划建设股、运输管理股、安全监督股、财务审计股、政策法规股6个股室，下设县公路建设养护中心、县交通运输综合行政执法大队、县港航事务中心3个二级单位。纳入2024年度部门预算编报范围的单位共4个，即局本级和上述3个二级单位。')
P('2024年末，核定编制126名，其中行政编制18名、事业编制108名；实有在职人员119人，其中行政人员17人、事业人员102人。另有退休人员64人，退休人员不在实有在职人员之内。')
H('（三）年度重点工作')
P('2024年，我局围绕“四好农村路”示范创建，重点实施农村公路提质改造、危桥改造、农村公路日常养护和城乡客运一体化四项工作，同时抓好交通运输安全生产和行业执法。')
P('截至2024年末，全县公路总里程%s公里，其中国省道%s公里、县道%s公里、乡道%s公里、村道%s公里。县道、乡道、村道合计%s公里，全部纳入农村公路日常养护范围；国省道由市公路事务中心负责养护，不在我局养护范围之内。'
  % (f(road_tot), f(roads[0][1]), f(roads[1][1]), f(roads[2][1]), f(roads[3][1]), f(rural)))
H('二、部门整体支出情况')
H('（一）预算安排及调整情况')
P('2024年年初预算%s万元，其中基本支出%s万元、项目支出%s万元。上年结转资金%s万元，全部为项目支出。年中追加预算%s万元，其中基本支出%s万元（主要为调整工资标准增支），项目支出%s万元（其中新增专项债券%s万元、上级车辆购置税补助资金%s万元）；年中调减预算%s万元，为县客运站改造项目延期实施相应调减。'
  % (f(INIT), f(init['基本']), f(init['项目']), f(CARRY), f(ADD), f(add['基本']), f(add['项目']),
     f(add_special), f(add_central), f(CUT)))
P('调整后全年预算%s万元（含上年结转），其中基本支出%s万元、项目支出%s万元。按资金性质分，一般公共预算%s万元，政府性基金预算%s万元（其中年初安排的国有土地使用权出让收入%s万元、专项债券%s万元）。'
  % (f(FULL), f(full['基本']), f(full['项目']), f(gpb), f(gov_fund), f(fund_init), f(add_special)))
H('（二）预算执行情况')
P('2024年实际支出%s万元，预算执行率为%s%%（实际支出÷调整后全年预算）。其中基本支出%s万元，执行率%s%%；项目支出%s万元，执行率%s%%。本年实际支出比本年财政拨款收入%s万元多%s万元，差额由上年结转资金安排；实际支出相当于年初预算的%s%%，主要是年中追加了专项债券和车购税补助资金。'
  % (f(SPEND), f(exec_rate), f(spend['基本']), f(exec_b), f(spend['项目']), f(exec_p), f(INCOME),
     f(SPEND - INCOME), f(vs_init)))
P('从支出结构看，基本支出占总支出的%s%%，项目支出占%s%%。基本支出中，人员经费%s万元，占基本支出的%s%%；公用经费%s万元。2024年总支出比上年%s万元增加%s万元，增长%s%%。'
  % (f(sh_b), f(sh_p), f(spend_pers), f(sh_pers), f(spend_pub), f(SPEND23), f(SPEND - SPEND23), f(g_spend)))
P('项目支出主要包括：%s，以上%d个重点项目合计%s万元，占项目支出的%s%%，其余为行业执法、安全生产和前期工作等零星项目。'
  % ('；'.join('%s%s万元' % (n, f(v)) for n, v in key), len(key), f(key_sum), f(key_sh)))
P('年末结转资金%s万元，结转结余率%s%%（年末结转÷调整后全年预算），主要是4座跨年实施的危桥改造工程尚未完成结算。'
  % (f(CLOSE), f(carry_rate)))
B.append(('cap', '表1 2024年度预算执行情况表（单位：万元）'))
R('项目 年初预算 上年结转 年中追加 年中调减 全年预算 实际支出 执行率')
for k in ('基本', '项目'):
    R('%s支出 %s %s %s %s %s %s %s%%' % (k, f(init[k]), f(carry[k]), f(add[k]), f(cut[k]), f(full[k]),
                                    f(spend[k]), f(pct(spend[k], full[k]))))
R('合计 %s %s %s %s %s %s %s%%' % (f(INIT), f(CARRY), f(ADD), f(CUT), f(FULL), f(SPEND), f(exec_rate)))
H('（三）“三公”经费支出情况')
P('2024年“三公”经费预算%s万元，实际支出%s万元，为预算的%s%%。其中：因公出国（境）费%s万元；公务用车购置费%s万元；公务用车运行维护费%s万元；公务接待费%s万元，共接待%d批次%d人次。“三公”经费比上年%s万元减少%s万元，下降%s%%。年末公务用车保有量%d辆，其中执法执勤用车%d辆、一般公务用车%d辆。'
  % (f(sg_budget), f(SG), f(sg_ctrl), f(sg['因公出国（境）费']), f(sg['公务用车购置费']),
     f(sg['公务用车运行维护费']), f(sg['公务接待费']), recv_batches, recv_people, f(SG23), f(SG23 - SG),
     f(-g_sg), cars_law + cars_gen, cars_law, cars_gen))
H('三、部门整体绩效目标实现情况')
H('（一）产出情况')
P('1.数量指标。全年完成农村公路提质改造%s公里，超过年度目标%s公里，提质改造工程平均每公里投资%s万元。危桥改造年度计划%d座，已完工%d座，其余%d座因汛期停工顺延至2025年实施，预计2025年4月底前完工。'
  % (upg_km, upg_tgt, f(per_km), bridge_tgt, bridge_done, bridge_tgt - bridge_done))
P('2.质量指标。经年度路况检测，农村公路优良路率达到%s%%，高于%s%%的目标值；当年完工项目交工验收合格率100%%。' % (good_rate, good_tgt))
P('3.时效指标。全年实施的%d个交通建设项目中，按合同工期完工%d个，项目按期完工率%s%%，低于90%%的目标值。全年拨付工程进度款%d笔，按时拨付%d笔，资金拨付及时率%s%%。'
  % (prj_all, prj_ontime, f(ontime), pay_all, pay_ok, f(pay_rate)))
H('（二）效益情况')
P('全县%d个建制村全部通客车，建制村通客车率%s%%，全年安排城乡客运一体化运营补贴覆盖农村客运线路%d条。全年发生一般等级道路运输安全事故%d起，未发生较大及以上安全事故，未完成“零事故”目标。县、乡、村三级路长制全面落实，但部分乡镇养护站人员配备不足，养护长效机制仍需完善。'
  % (vill_all, f(bus_rate), lines_bus, accidents))
H('（三）满意度情况')
P('我局委托乡镇交通管理站开展群众满意度问卷调查，发放问卷%d份，收回有效问卷%d份，有效率%s%%。其中表示满意的%d份，满意度%s%%（以有效问卷为基数计算），比上年%s%%下降%s个百分点，群众意见主要集中在部分村道路面破损修复不及时。'
  % (sv_sent, sv_valid, f(sv_valid_rate), sv_sat, f(sat), f(sat23), f(sat23 - sat)))
H('四、绩效自评结果')
P('本次自评采用部门整体支出绩效评价指标体系，设一级指标4个、二级指标8个、三级指标13个，总分100分。评分规则为：预算执行率得分=分值×执行率；结转结余率不超过5%、“三公”经费控制率不超过100%的得满分；数量、时效类指标未达目标的按完成值÷目标值×分值计分；安全事故每发生1起扣4分；满意度按满意度÷目标值×分值计分；各项得分最高不超过该项分值。')
P('经自评，部门整体支出绩效综合得分%s分，共扣%s分，评价等级为“%s”（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差）。上年自评得分%s分，本年比上年降低%s分。其中投入指标得分%s分，产出指标得分%s分，效益指标得分%s分，满意度指标得分%s分。'
  % (f(TOTAL), f(deduct), GRADE, f(TOTAL23), f(TOTAL23 - TOTAL), f(lvl1['投入']), f(lvl1['产出']),
     f(lvl1['效益']), f(lvl1['满意度'])))
B.append(('cap', '表2 2024年度部门整体支出绩效自评表'))
R('一级指标 分值 得分 二级指标 分值 得分 三级指标 年度指标值 实际完成值 分值 得分')
rows = [
    ('投入', '预算执行', '预算执行率', '≥95%', f(exec_rate) + '%'),
    (None, '预算管理', '结转结余率', '≤5%', f(carry_rate) + '%'),
    (None, None, '“三公”经费控制率', '≤100%', f(sg_ctrl) + '%'),
    ('产出', '数量指标', '农村公路提质改造里程', '≥80公里', '%s公里' % upg_km),
    (None, None, '危桥改造数量', '15座', '%d座' % bridge_done),
    (None, '质量指标', '农村公路优良路率', '≥80%', '%s%%' % good_rate),
    (None, None, '工程交工验收合格率', '100%', '100%'),
    (None, '时效指标', '项目按期完工率', '≥90%', f(ontime) + '%'),
    (None, None, '资金拨付及时率', '100%', f(pay_rate) + '%'),
    ('效益', '社会效益', '建制村通客车率', '100%', f(bus_rate) + '%'),
    (None, None, '道路运输安全事故', '0起', '%d起' % accidents),
    (None, '可持续影响', '养护长效机制', '健全', '基本健全'),
    ('满意度', '服务对象满意度', '群众满意度', '≥90%', f(sat) + '%'),
]
W1 = {'投入': 20, '产出': 40, '效益': 30, '满意度': 10}
W2 = {'预算执行': 10, '预算管理': 10, '数量指标': 16, '质量指标': 12, '时效指标': 12, '社会效益': 20,
      '可持续影响': 10, '服务对象满意度': 10}
for k1, ks in [('投入', ['预算执行', '预算管理']), ('产出', ['数量指标', '质量指标', '时效指标']),
               ('效益', ['社会效益', '可持续影响']), ('满意度', ['服务对象满意度'])]:
    L.eq('一级权重 = Σ二级权重: %s' % k1, W1[k1], sum(W2[k] for k in ks))
    L.eq('一级得分 = Σ二级得分: %s' % k1, lvl1[k1], sum(lvl2[k] for k in ks))
for k2, ks in [('预算执行', ['预算执行率']), ('预算管理', ['结转结余率', '“三公”经费控制率']),
               ('数量指标', ['农村公路提质改造里程', '危桥改造数量']), ('质量指标', ['农村公路优良路率', '工程交工验收合格率']),
               ('时效指标', ['项目按期完工率', '资金拨付及时率']), ('社会效益', ['建制村通客车率', '道路运输安全事故']),
               ('可持续影响', ['养护长效机制']), ('服务对象满意度', ['群众满意度'])]:
    L.eq('二级权重 = Σ三级权重: %s' % k2, W2[k2], sum(W[k][0] for k in ks))
    L.eq('二级得分 = Σ三级得分: %s' % k2, lvl2[k2], sum(W[k][1] for k in ks))
for k1, k2, k3, tgt, act in rows:
    parts = []
    if k1:
        parts += [k1, str(W1[k1]), f(lvl1[k1])]
    if k2:
        parts += [k2, str(W2[k2]), f(lvl2[k2])]
    parts += [k3, tgt, act, str(W[k3][0]), f(W[k3][1])]
    R(' '.join(parts))
R('合计 100 %s' % f(TOTAL))
P('扣分情况：预算执行率扣%s分；危桥改造数量扣%s分；项目按期完工率扣%s分；资金拨付及时率扣%s分；道路运输安全事故扣%s分；养护长效机制扣%s分；群众满意度扣%s分。'
  % tuple(f(W[k][0] - W[k][1]) for k in ['预算执行率', '危桥改造数量', '项目按期完工率', '资金拨付及时率',
                                         '道路运输安全事故', '养护长效机制', '群众满意度']))
H('五、存在的主要问题')
P('一是项目前期工作不够充分。部分危桥改造项目在汛期前未完成下部结构施工，导致%d座危桥改造跨年实施，项目按期完工率未达目标，年末形成结转资金。' % (bridge_tgt - bridge_done))
P('二是资金拨付审核链条较长。2笔工程进度款因计量资料补正延后拨付，影响了资金拨付及时率。')
P('三是养护长效机制有待健全。部分乡镇养护站专职养护人员不足，村道日常巡查频次偏低，路面病害修复不够及时，群众满意度较上年有所下降。')
P('四是安全生产仍有薄弱环节。全年发生1起一般等级道路运输安全事故，暴露出个别客运企业安全主体责任落实不到位。')
H('六、下一步改进措施')
P('一是提前做好项目储备和前期工作，合理安排施工时序，确保跨年实施的危桥改造工程按期完工并及时办理结算。二是优化资金拨付流程，推行工程计量资料线上审核，压缩拨付时限。三是落实农村公路“路长制”，按每百公里不少于3名专职养护人员的标准充实乡镇养护力量，将群众反映的路面病害纳入限时修复清单。四是压实客运企业安全主体责任，开展道路运输安全隐患排查整治。五是强化自评结果运用，将本次自评发现的问题纳入2025年预算编制和绩效目标设定。')
B.append(('sign', '澧泉县交通运输局'))
B.append(('sign', cn_date(2025, 3, 28)))

# ------------------------------------------------------------------ PDF-copy rendering
WIDTH = 38          # full-width character cells per line
LINES_PER_PAGE = 36
# phrases kept on one line (a reader copying from the PDF sees them unbroken)
ATOMIC = ['执行率为95.74%', '综合得分89.86分', '评价等级为“良”', '90分（含）以上为优', '投入指标得分19.57分',
          '产出指标得分36.71分', '效益指标得分24.00分', '满意度指标得分9.58分', '全年预算8,979.30万元',
          '2025年4月底前完工', '截至2024年末', '澧财绩〔2025〕6号']


NO_START = set('。，、；：）”》〕！？')   # kinsoku: these never start a line


def cw(ch):
    return 1 if ord(ch) > 0x2E80 else D('0.5')


def wrap(text, first_indent=2):
    """Hard-wrap at WIDTH cells, never inside a run of digits/ASCII."""
    lines, cur, w = [], ' ' * 0, D(first_indent)
    cur = '　' * first_indent if first_indent else ''
    toks = []
    for part in re.split('(' + '|'.join(map(re.escape, ATOMIC)) + ')', text):
        if part in ATOMIC:
            toks.append(part)
        else:
            toks += re.findall(r'[0-9A-Za-z.,%‰+\-]+|.', part)
    for t in toks:
        tw = sum(cw(c) for c in t)
        if w + tw > WIDTH and cur.strip('　') and t not in NO_START:
            lines.append(cur)
            cur, w = '', D(0)
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def render_lines(blocks):
    out = []
    for k, t in blocks:
        if k == 'title':
            out.append(' ' * 8 + t)
        elif k == 'h':
            out += wrap(t, 0)
        elif k == 'p':
            out += wrap(t, 2)
        elif k in ('row', 'cap'):
            out.append(t)
        elif k == 'sign':
            out.append(' ' * 40 + t)
    return out


def paginate(lines):
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out.append(TITLE)
            out.append('')
        out += pg
        out.append('')
        out.append(' ' * 18 + '第%d页 共%d页' % (i, n))
        out.append('\f' if i < n else '')
    return '\n'.join(out) + '\n', n


def logical(blocks):
    return ''.join(t for _, t in blocks)


def strip_layout(v):
    """Undo the PDF-copy layout: drop header/footer lines, blank lines and line breaks."""
    keep = []
    for ln in v.split('\n'):
        s = ln.strip().strip('\f')
        if not s or s == TITLE or re.fullmatch(r'第\d+页 共\d+页', s):
            continue
        keep.append(s.replace('　', ''))
    return ''.join(keep)


def main():
    lines = render_lines(B)
    V, npages = paginate(lines)
    path = os.path.join(OUT, NAME + '.txt')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(V)
    V = open(path, encoding='utf-8').read()
    J = logical(B).replace('　', '')
    L.eq('visible text minus PDF layout == logical text', strip_layout(V).replace(' ', ''), J.replace(' ', ''))
    L.fact('pages', npages)
    # relations at stated precision
    L.eq('执行率', exec_rate, D('95.74')); L.eq('基本执行率', exec_b, D('99.38')); L.eq('项目执行率', exec_p, D('94.56'))
    L.eq('相当于年初预算', vs_init, D('125.63'))
    L.eq('结转结余率', carry_rate, D('4.26'))
    L.eq('一般公共预算 + 政府性基金 = 全年预算', gpb + gov_fund, FULL)
    L.eq('三公 = Σ', SG, D('23.46')); L.eq('三公下降', g_sg, D('-10.18')); L.eq('三公控制率', sg_ctrl, D('83.79'))
    L.eq('三公预算 ≥ 实际', sg_budget >= SG, True)
    L.eq('支出增长', g_spend, D('8.79'))
    L.eq('重点项目占比', key_sh, D('89.76'))
    L.eq('每公里投资', per_km, D('36.12'))
    L.eq('按期完工率', ontime, D('76.19')); L.eq('满意度', sat, D('86.20'))
    L.eq('满意度下降个百分点', sat23 - sat, D('2.30'))
    L.eq('扣分 = 100 − 总分', deduct, D('10.14'))
    L.eq('扣分 Σ = 100 − 总分', sum(W[k][0] - W[k][1] for k in W), deduct)
    L.eq('指标个数 4/8/13', (len(lvl1), len(lvl2), len(W)), (4, 8, 13))
    L.eq('股室 6 个', 6, len('办公室、规划建设股、运输管理股、安全监督股、财务审计股、政策法规股'.split('、')))
    L.eq('编制 126 = 18 + 108', 18 + 108, 126); L.eq('实有 119 = 17 + 102', 17 + 102, 119)
    L.eq('危桥 跨年 4 座', bridge_tgt - bridge_done, 4)
    for s in ['执行率为95.74%', '综合得分89.86分', '等级为“良”', '90分（含）以上为优', '二〇二五年三月二十八日',
              '六、下一步改进措施', '五、存在的主要问题', '合计 100 89.86', '投入指标得分19.57分',
              '产出指标得分36.71分', '效益指标得分24.00分', '满意度指标得分9.58分', '第1页 共%d页' % npages,
              '2025年4月底前完工', '截至2024年末', '澧财绩〔2025〕6号']:
        L.stated_once(V, s)
    L.check('落款日期在会计年度结束之后', True, '二〇二五年三月二十八日 > 2024-12-31')
    for k, v in [('年初预算', INIT), ('全年预算', FULL), ('实际支出', SPEND), ('执行率', exec_rate),
                 ('年末结转', CLOSE), ('三公', SG), ('总分', TOTAL), ('等级', GRADE)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'pages', npages)


if __name__ == '__main__':
    main()
