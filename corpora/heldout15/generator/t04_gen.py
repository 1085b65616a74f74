"""t04: 辉河县医疗保障局 2024年度医疗救助补助资金项目支出绩效自评报告 (.txt saved in GBK).

The 自评表 carries 年度指标值 / 年中监控值（1-6月） / 全年实际完成值 / 分值 / 得分 / 偏差原因, with cells
separated by full-width bars “｜”. The file is encoded in GBK (a subset of GB18030), not UTF-8.
"""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT
import txt_text

NAME = 't04_huihe_medical_assistance_project_selfeval_2024'
L = Ledger(NAME + '.txt')

# ------------------------------------------------------------------ 资金 (万元)
CEN_EARLY, CEN_ADD = D('986.00'), D('300.00')      # 中央: 提前下达 (2023-11) + 2024 追加
PROV = D('342.00')
CTY_INIT, CTY_ADD = D('380.00'), D('40.00')
CARRY = D('156.41')                                 # 上年结余
CEN = CEN_EARLY + CEN_ADD
CTY = CTY_INIT + CTY_ADD
INIT = CEN_EARLY + PROV + CTY_INIT + CARRY          # 年初可用 (含上年结余)
FULL = CEN + PROV + CTY + CARRY
SRC = [('中央医疗救助补助资金', CEN), ('省级医疗救助补助资金', PROV), ('县级财政安排资金', CTY), ('上年结余资金', CARRY)]
SRC_SH = [pct(v, FULL) for _, v in SRC]

# ------------------------------------------------------------------ 支出
STD = D('400')                                      # 2024年度城乡居民医保个人缴费标准 (元/人)
SUBS = [('特困人员', 2846, D('1.00')), ('低保对象', 9612, D('0.70')), ('防止返贫监测对象', 3128, D('0.50'))]
SUB_YUAN = [(n, k, q(STD * r), k * q(STD * r)) for n, k, r in SUBS]
SUB_WAN = [q(y / 10000) for _, _, _, y in SUB_YUAN]
SUB_TOTAL_YUAN = sum(y for *_, y in SUB_YUAN)
SUB_TOTAL = q(SUB_TOTAL_YUAN / 10000)
L.eq('资助参保 Σ万元(四舍五入后) = 合计', sum(SUB_WAN), SUB_TOTAL)
SUB_N = sum(k for _, k, _ in SUBS)
OUTP, OUTP_N = D('186.42'), 11846
INP, INP_N = D('1286.34'), 8462
TILT_N = 412
SPEND = D('2086.52')
TILT = SPEND - SUB_TOTAL - OUTP - INP
L.check('倾斜救助 > 0', TILT > 0, TILT)
RATE = pct(SPEND, FULL)
CLOSE = FULL - SPEND
PER_IN = q(INP * 10000 / INP_N)
PER_OUT = q(OUTP * 10000 / OUTP_N)
PER_TILT = q(TILT * 10000 / TILT_N)

# 上年 (2023)
SPEND23, INP23, INP_N23, OUTP_N23, SUB_N23 = D('1942.18'), D('1179.46'), 7936, 11208, 15904
PER_IN23 = q(INP23 * 10000 / INP_N23)

# 年中监控 (截至2024年6月30日)
MID_SPEND = D('896.40')
MID_RATE = pct(MID_SPEND, INIT)
MID_TARGET = D('50')
MID_IN_N, MID_OUT_N, MID_SUB_N = 3912, 5684, 15120

# 参保率
LOWINC, LOWINC_INS = 28594, 28422
INS_RATE = pct(LOWINC_INS, LOWINC)
MID_INS_RATE = D('98.6')
SETTLE, SETTLE_T, MID_SETTLE = D('93.6'), D('95'), D('91.8')
REIMB, REIMB_T, MID_REIMB = D('82.4'), D('80'), D('81.6')
SURV_SENT, SURV_VALID, SURV_SAT = 500, 474, 452
SAT = pct(SURV_SAT, SURV_VALID)
TOWNS = ['城关镇', '辉南镇', '河口镇', '石岭镇', '三道沟镇', '红旗乡', '兴隆乡', '太平乡', '东风乡']


# ------------------------------------------------------------------ 自评表
def prop(w, a, t):
    return q(D(w) * D(a) / D(t))


S_RATE = q(D(10) * RATE / 100)
S_OUT = prop(6, OUTP_N, 12000)
S_SETTLE = prop(6, SETTLE, SETTLE_T)
IND = [  # 一级, 二级, 三级, 年度指标值, 年中值, 全年值, 分值, 得分, 偏差原因
    ('产出指标', '数量指标', '资助参保人数', '≥15000人', '%d人' % MID_SUB_N, '%d人' % SUB_N, 8, D('8.00'), '无偏差'),
    ('', '', '住院救助人次', '≥8000人次', '%d人次' % MID_IN_N, '%d人次' % INP_N, 6, D('6.00'), '无偏差'),
    ('', '', '门诊救助人次', '≥12000人次', '%d人次' % MID_OUT_N, '%d人次' % OUTP_N, 6, S_OUT,
     '部分慢病患者转入门诊慢特病保障，救助需求减少'),
    ('', '质量指标', '特困人员参保资助率', '100%', '100%', '100%', 6, D('6.00'), '无偏差'),
    ('', '', '住院救助政策范围内费用救助比例', '≥70%', '70%', '70%', 6, D('6.00'), '无偏差'),
    ('', '', '农村低收入人口参保率', '≥99%', '%s%%' % MID_INS_RATE, '%s%%' % f(INS_RATE), 6, D('6.00'),
     '年中偏低系新增对象动态参保，年末已达标'),
    ('', '时效指标', '“一站式”即时结算率', '≥95%', '%s%%' % MID_SETTLE, '%s%%' % SETTLE, 6, S_SETTLE,
     '异地就医手工报销仍占一定比例'),
    ('', '成本指标', '次均住院救助金额', '≤1600元', '1498.36元', '%s元' % f(PER_IN), 6, D('6.00'), '无偏差'),
    ('效益指标', '社会效益指标', '困难群众住院费用实际报销比例', '≥80%', '%s%%' % MID_REIMB, '%s%%' % REIMB, 10, D('10.00'), '无偏差'),
    ('', '', '因病返贫致贫户数', '0户', '0户', '0户', 10, D('10.00'), '无偏差'),
    ('', '可持续影响指标', '防范化解因病返贫长效机制', '健全', '基本健全', '基本健全', 10, D('9.00'),
     '部门间数据共享尚未实现实时推送'),
    ('满意度指标', '服务对象满意度指标', '救助对象满意度', '≥90%', '—', '%s%%' % f(SAT), 10, D('10.00'), '无偏差'),
]
W_ALL = 10 + sum(r[6] for r in IND)
L.eq('分值合计', W_ALL, 100)
for r in IND:
    L.check('得分 ≤ 分值: %s' % r[2], D(0) <= r[7] <= r[6], '%s ≤ %s' % (r[7], r[6]))
TOTAL = S_RATE + sum(r[7] for r in IND)
GRADE = '优' if TOTAL >= 90 else '良' if TOTAL >= 80 else '中' if TOTAL >= 60 else '差'
S_OUTPUT = sum(r[7] for r in IND[:8])
S_BEN = sum(r[7] for r in IND[8:11])
S_SAT = IND[11][7]
L.eq('总分 = 执行率 + 产出 + 效益 + 满意度', TOTAL, S_RATE + S_OUTPUT + S_BEN + S_SAT)

# ------------------------------------------------------------------ text
T = []


def ln(s=''):
    T.append(s)


def W(x):
    return f(x) + '万元'


ln('辉河县医疗保障局')
ln('2024年度医疗救助补助资金项目支出绩效自评报告')
ln()
ln('　　按照辉河县财政局《关于开展2024年度项目支出绩效自评工作的通知》（辉财绩〔2025〕2号）要求，我局对2024年度医疗救助补助资金开展了绩效自评，现将自评情况报告如下。')
ln()
ln('一、项目基本情况')
ln()
ln('（一）项目概况')
ln('　　医疗救助是多层次医疗保障体系的托底性制度安排。本项目资金用于资助困难群众参加城乡居民基本医疗保险，对救助对象经基本医保、大病保险报销后政策范围内个人负担的门诊和住院费用给予救助，并对高额医疗费用患者实施倾斜救助。项目覆盖全县%s个乡镇，即%s，由县医疗保障局组织实施，县医疗保障事务中心负责经办结算。'
   % ('九', '、'.join(TOWNS)))
ln('　　救助对象包括特困人员、低保对象、防止返贫监测对象、低保边缘家庭成员和因病致贫重病患者。截至2024年末，全县农村低收入人口%s人，其中参加城乡居民医保%s人。'
   % (fi(LOWINC), fi(LOWINC_INS)))
ln()
ln('（二）资金来源和预算安排')
ln('　　2024年度项目资金全年可用%s，其中：中央医疗救助补助资金%s（含2023年11月提前下达的%s和2024年7月追加的%s），省级医疗救助补助资金%s，县级财政安排资金%s（年初预算%s，年中追加%s），上年结余资金%s。'
   % (W(FULL), W(CEN), W(CEN_EARLY), W(CEN_ADD), W(PROV), W(CTY), W(CTY_INIT), W(CTY_ADD), W(CARRY)))
ln('　　按资金来源分，中央资金占%s%%，省级资金占%s%%，县级资金占%s%%，上年结余占%s%%。年初可用资金为%s（不含年中追加的中央资金和县级资金），年中追加后为%s。'
   % (f(SRC_SH[0]), f(SRC_SH[1]), f(SRC_SH[2]), f(SRC_SH[3]), W(INIT), W(FULL)))
ln()
ln('（三）组织实施')
ln('　　县医疗保障局负责医疗救助政策制定、资金预算编制和绩效管理；县医疗保障事务中心负责救助待遇审核结算和资金拨付；各乡镇医保服务站负责政策宣传、申请受理和救助对象信息核实；县民政局、县乡村振兴局按职责提供救助对象身份认定信息。县财政局负责资金筹集、拨付和监督，确保资金及时足额到位。')
ln()
ln('（四）年度绩效目标')
ln('　　资助困难群众参保不少于15000人，住院救助不少于8000人次，门诊救助不少于12000人次；特困人员参保资助率100%，农村低收入人口参保率稳定在99%以上；住院救助政策范围内费用救助比例不低于70%；困难群众住院费用经三重制度保障后实际报销比例不低于80%；不发生规模性因病返贫致贫；救助对象满意度不低于90%。')
ln()
ln('二、绩效运行监控情况')
ln()
ln('　　2024年7月，我局对截至6月30日的项目执行情况开展年中绩效监控。上半年支出%s，以年初可用资金%s为基数，执行率为%s%%，低于%s%%的半年序时进度目标。偏差原因：一是住院救助按季度与定点医疗机构清算，二季度费用于7月才完成结算；二是“一站式”即时结算率为%s%%，部分异地就医费用需手工报销，审核周期较长。'
   % (W(MID_SPEND), W(INIT), f(MID_RATE), MID_TARGET, MID_SETTLE))
ln('　　针对上述偏差，我局采取了以下纠偏措施：改季度清算为月度清算，督促定点医疗机构及时上传结算数据；对异地就医手工报销开通“绿色通道”，承诺10个工作日内办结。年中监控时，资助参保%s人，住院救助%s人次，门诊救助%s人次。'
   % (fi(MID_SUB_N), fi(MID_IN_N), fi(MID_OUT_N)))
ln()
ln('三、项目资金使用情况')
ln()
ln('　　2024年项目实际支出%s，预算执行率%s%%（以全年可用资金%s为基数），年末结余%s，结转下年继续使用。全年支出比上年的%s%s%s%%。'
   % (W(SPEND), f(RATE), W(FULL), W(CLOSE), W(SPEND23), '增长' if SPEND > SPEND23 else '下降', f(abs(growth(SPEND, SPEND23)))))
ln('　　（一）资助参保%s。2024年度城乡居民医保个人缴费标准为每人%s元，对特困人员全额资助、对低保对象按70%%资助、对防止返贫监测对象按50%%资助。其中：特困人员%s人，每人%s元，计%s元；低保对象%s人，每人%s元，计%s元；防止返贫监测对象%s人，每人%s元，计%s元。三项合计%s人、%s元，折合%s，比上年的%s人减少%d人。'
   % (W(SUB_TOTAL), fi(STD), fi(SUB_YUAN[0][1]), fi(SUB_YUAN[0][2]), fi(SUB_YUAN[0][3]), fi(SUB_YUAN[1][1]),
      fi(SUB_YUAN[1][2]), fi(SUB_YUAN[1][3]), fi(SUB_YUAN[2][1]), fi(SUB_YUAN[2][2]), fi(SUB_YUAN[2][3]), fi(SUB_N),
      fi(SUB_TOTAL_YUAN), W(SUB_TOTAL), fi(SUB_N23), SUB_N23 - SUB_N))
ln('　　（二）门诊救助%s，救助%s人次，次均%s元。'
   % (W(OUTP), fi(OUTP_N), f(PER_OUT)))
ln('　　（三）住院救助%s，救助%s人次，比上年的%s人次增长%s%%；次均住院救助%s元，上年为%s元。'
   % (W(INP), fi(INP_N), fi(INP_N23), f(growth(INP_N, INP_N23)), f(PER_IN), f(PER_IN23)))
ln('　　（四）倾斜救助%s，对经综合保障后个人负担仍然较重的%d名患者给予倾斜救助，人均%s元。'
   % (W(TILT), TILT_N, f(PER_TILT)))
ln('　　以上四项合计%s，与项目实际支出一致。资金拨付实行财政专户管理，县医疗保障事务中心按月向定点医疗机构拨付，未发现挤占挪用问题。'
   % W(SUB_TOTAL + OUTP + INP + TILT))
ln()
ln('　　（五）项目管理情况。一是完善制度。印发《辉河县医疗救助对象认定和救助待遇实施细则》，明确救助对象范围、起付标准、救助比例和年度限额，统一全县救助政策。二是规范流程。救助对象经基本医保、大病保险报销后，在定点医疗机构“一站式”结算窗口直接享受医疗救助，无需另行申请；未能即时结算的，由乡镇医保服务站受理后报县医疗保障事务中心审核。三是强化监管。联合卫健、民政部门开展医疗救助资金专项检查，重点检查虚构救助对象、重复享受待遇和不合理住院等问题，全年抽查病历620份，未发现违规使用救助资金的问题。四是做好宣传。在各乡镇、村卫生室张贴政策明白纸，组织乡村干部和网格员入户讲解参保资助和救助政策，提高政策知晓率。')
ln()
ln('四、绩效目标完成情况')
ln()
ln('　　（一）产出指标。资助参保%s人，完成年度目标；住院救助%s人次，完成年度目标；门诊救助%s人次，未达到12000人次的目标，主要是部分慢性病患者转入门诊慢特病保障，门诊救助需求相应减少。特困人员参保资助率100%%，农村低收入人口参保率%s%%（%s÷%s）。住院救助政策范围内费用救助比例为70%%；“一站式”即时结算率%s%%，未达到95%%的目标。次均住院救助金额%s元，控制在1600元以内。'
   % (fi(SUB_N), fi(INP_N), fi(OUTP_N), f(INS_RATE), fi(LOWINC_INS), fi(LOWINC), SETTLE, f(PER_IN)))
ln('　　（二）效益指标。困难群众住院费用经基本医保、大病保险和医疗救助三重制度保障后，实际报销比例达到%s%%，比年度目标高%s个百分点；全年未发生因病返贫致贫情况。'
   % (REIMB, REIMB - REIMB_T))
ln('　　（三）满意度指标。我局委托第三方对救助对象开展满意度电话回访，共抽取%d户，有效回访%d户，其中满意%d户，满意度为%s%%（按有效回访户数计算）。'
   % (SURV_SENT, SURV_VALID, SURV_SAT, f(SAT)))
ln()
ln('五、自评结论')
ln()
ln('　　评分规则：预算执行率指标按“执行率×分值”计分；定量指标完成年度目标的得满分，未完成的按“实际值÷目标值×分值”计分；定性指标根据完成情况酌情扣分。项目自评得分%s分，其中预算执行率%s分、产出指标%s分、效益指标%s分、满意度指标%s分，自评等级为“%s”（90分以上为优，80分至90分为良，60分至80分为中，60分以下为差）。'
   % (f(TOTAL), f(S_RATE), f(S_OUTPUT), f(S_BEN), f(S_SAT), GRADE))
ln()
ln('附表：2024年度医疗救助补助资金项目支出绩效自评表')
ln('资金单位：万元')
ln('｜年度预算数｜全年执行数｜执行率｜分值｜得分｜')
ln('｜%s｜%s｜%s%%｜10｜%s｜' % (f(FULL), f(SPEND), f(RATE), f(S_RATE)))
ln()
ln('｜一级指标｜二级指标｜三级指标｜年度指标值｜年中监控值（1-6月）｜全年实际完成值｜分值｜得分｜偏差原因｜')
for r in IND:
    ln('｜' + '｜'.join([r[0], r[1], r[2], r[3], r[4], r[5], str(r[6]), f(r[7]), r[8]]) + '｜')
ln('｜合计｜｜｜｜｜｜100｜%s｜｜' % f(TOTAL))
ln()
ln('六、存在的问题和改进措施')
ln()
ln('　　（一）存在的问题。一是年中执行进度偏慢，季度清算方式导致资金支付滞后；二是异地就医“一站式”结算尚未全覆盖，即时结算率未达目标；三是医保、民政、乡村振兴等部门之间困难群众身份信息仍以定期比对为主，未实现实时推送。')
ln('　　（二）改进措施。一是全面推行月度清算，按月监控资金执行进度；二是扩大异地就医直接结算定点医疗机构范围，提高即时结算率；三是推动建立部门间数据实时共享机制，做到新增救助对象“即认定即参保即享受”；四是加强对高额医疗费用患者的动态监测，及早落实倾斜救助。')
ln()
ln('七、其他需要说明的问题')
ln()
ln('　　本报告中的“人次”与“人数”口径不同：资助参保按人数统计，门诊、住院救助按人次统计，同一救助对象全年可多次享受门诊和住院救助。年末结余%s已纳入2025年医疗救助资金统筹安排。'
   % W(CLOSE))
ln()
ln('　　　　　　　　　　　　　　　　　　　　辉河县医疗保障局')
ln('　　　　　　　　　　　　　　　　　　　　2025年3月26日')
ln()
TEXT = '\n'.join(T)


def main():
    path = os.path.join(OUT, NAME + '.txt')
    with open(path, 'wb') as fh:
        fh.write(TEXT.encode('gbk'))
    V = txt_text.visible_text(path)
    L.check('file is GBK, not UTF-8', txt_text.encoding(path) == 'gb18030')
    L.eq('file round-trips', V, TEXT)
    L.eq('中央 = 提前下达 + 追加', CEN, D('1286.00'))
    L.eq('全年可用 = Σ来源', FULL, sum(v for _, v in SRC))
    L.eq('全年可用', FULL, D('2204.41'))
    L.eq('年初可用', INIT, D('1864.41'))
    L.eq('来源占比之和', sum(SRC_SH), D('100.00'))
    L.eq('执行率', RATE, D('94.65'))
    L.eq('年中执行率', MID_RATE, D('48.08'))
    L.check('年中执行率 < 50% (stated as deviation)', MID_RATE < MID_TARGET)
    L.eq('年末结余 = 可用 − 支出', CLOSE, D('117.89'))
    L.eq('资助参保元', SUB_TOTAL_YUAN, D('4455360'))
    L.eq('资助参保万元', SUB_TOTAL, D('445.54'))
    L.eq('四项合计 = 实际支出', SUB_TOTAL + OUTP + INP + TILT, SPEND)
    L.eq('资助人数', SUB_N, 15586)
    L.eq('乡镇数', len(TOWNS), 9)
    L.eq('次均住院', PER_IN, q(INP * 10000 / INP_N))
    L.check('次均住院 ≤ 1600', PER_IN <= 1600)
    L.eq('住院人次增长', growth(INP_N, INP_N23), D('6.63'))
    L.eq('执行率得分', S_RATE, D('9.47'))
    L.eq('门诊得分', S_OUT, D('5.92'))
    L.eq('结算率得分', S_SETTLE, D('5.91'))
    L.eq('满意度', SAT, D('95.36'))
    L.check('等级', GRADE == '优' and TOTAL >= 90, TOTAL)
    L.stated(V, '｜合计｜｜｜｜｜｜100｜%s｜｜' % f(TOTAL), '项目自评得分%s分' % f(TOTAL), '自评等级为“%s”' % GRADE,
             '执行率为%s%%' % f(MID_RATE), '预算执行率%s%%' % f(RATE), '增长%s%%' % f(growth(INP_N, INP_N23)),
             '即时结算率%s%%' % SETTLE, '2025年3月26日', '辉财绩〔2025〕2号')
    for k, v in [('全年可用', FULL), ('年初可用', INIT), ('实际支出', SPEND), ('执行率', RATE), ('年中执行率', MID_RATE),
                 ('总分', TOTAL), ('资助参保', SUB_TOTAL), ('倾斜救助', TILT)]:
        L.fact(k, v)
    L.fact('等级', GRADE)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'total', TOTAL, 'tilt', TILT, 'per_tilt', PER_TILT, SRC_SH)


if __name__ == '__main__':
    main()
