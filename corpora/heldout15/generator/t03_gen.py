"""t03: 湟川县职业技术学校 2024年度单位决算 (.html with <table>s).

A 事业单位 (中等职业学校) with 事业收入 / 经营收入 / 其他收入, 经营支出 and a 结余分配 table.
All amounts in 元 with thousands separators; the summary box uses ¥ signs, tables carry
“金额单位：元”. 表1 and 表2 have two-row headers (rowspan + colspan).
"""
import os
import html as H
from common import D, q, pct, growth, f, fi, Ledger, OUT

NAME = 't03_huangchuan_vocational_school_final_accounts_2024'
L = Ledger(NAME + '.html')

# ------------------------------------------------------------------ 收入 / 支出 (元): 本年, 上年
INC = [('财政拨款收入', D('21486350.20'), D('20864112.40')), ('事业收入', D('4362800.00'), D('3986400.00')),
       ('经营收入', D('1862400.00'), D('1624800.00')), ('其他收入', D('186420.36'), D('142600.00'))]
EXP = [('基本支出', D('15864210.44'), D('15206448.60')), ('项目支出', D('10924306.82'), D('9859114.30')),
       ('经营支出', D('1546380.60'), D('1402260.50'))]
TI, TI23 = sum(r[1] for r in INC), sum(r[2] for r in INC)
TE, TE23 = sum(r[1] for r in EXP), sum(r[2] for r in EXP)
ISH = [pct(r[1], TI) for r in INC]
ISH23 = [pct(r[2], TI23) for r in INC]
ESH = [pct(r[1], TE) for r in EXP]
ESH23 = [pct(r[2], TE23) for r in EXP]
L.eq('本年收入占比之和（尾差0.01，已注明）', sum(ISH), D('100.01'))
FIN_IN = INC[0][1]
BIZ_IN, OPS_IN, OTH_IN = INC[1][1], INC[2][1], INC[3][1]
NONFIN_IN = BIZ_IN + OPS_IN + OTH_IN
OPS_X = EXP[2][1]
PERS_ALL, PUB_ALL = D('13486520.18'), D('2377690.26')
L.eq('人员 + 公用 = 基本支出（全部资金）', PERS_ALL + PUB_ALL, EXP[0][1])

# 事业收入 = 社会培训 + 住宿费 (people × standard)
TRAIN_N, TRAIN_FEE = 2664, D('1200')
DORM_N, DORM_FEE = 1060, D('1100')
TRAIN_IN, DORM_IN = TRAIN_N * TRAIN_FEE, DORM_N * DORM_FEE
L.eq('事业收入 = 培训 + 住宿', TRAIN_IN + DORM_IN, BIZ_IN)
INT_IN, DON_IN = D('12420.36'), D('174000.00')
L.eq('其他收入 = 利息 + 捐赠', INT_IN + DON_IN, OTH_IN)

# ------------------------------------------------------------------ 一般公共预算财政拨款支出 (元): 年初, 基本, 项目, 上年
FUNC = [
    ('205', '教育支出', [
        ('20503', '职业教育', [('2050302', '中等职业教育', D('15900000.00'), D('10658466.20'), D('6195808.60'), D('15862406.30'))]),
        ('20509', '教育费附加安排的支出', [('2050999', '其他教育费附加安排的支出', D('1200000.00'), D('0.00'), D('1186420.00'), D('1500000.00'))])]),
    ('208', '社会保障和就业支出', [
        ('20805', '行政事业单位养老支出', [
            ('2080505', '机关事业单位基本养老保险缴费支出', D('1386240.00'), D('1386240.00'), D('0.00'), D('1342108.80')),
            ('2080506', '机关事业单位职业年金缴费支出', D('693120.00'), D('693120.00'), D('0.00'), D('671054.40'))])]),
    ('210', '卫生健康支出', [
        ('21011', '行政事业单位医疗', [('2101102', '事业单位医疗', D('642880.00'), D('642880.00'), D('0.00'), D('618460.00'))])]),
    ('221', '住房保障支出', [
        ('22102', '住房改革支出', [('2210201', '住房公积金', D('1039680.00'), D('1039680.00'), D('0.00'), D('1006581.60'))])]),
]
ROWS = []
ITEMS = {}
LEI = {}
for c1, n1, ks in FUNC:
    a1 = [D(0)] * 4
    sub = []
    for c2, n2, xs in ks:
        L.check('款 %s ⊂ 类 %s' % (c2, c1), c2.startswith(c1))
        a2 = [D(0)] * 4
        xx = []
        for c3, n3, i, b, p, l in xs:
            L.check('项 %s ⊂ 款 %s' % (c3, c2), c3.startswith(c2))
            v = [i, b, p, l]
            ITEMS[c3] = (n3, v)
            a2 = [x + y for x, y in zip(a2, v)]
            xx.append((c3, n3, v))
        a1 = [x + y for x, y in zip(a1, a2)]
        sub.append((c2, n2, a2))
        sub += xx
    LEI[c1] = (n1, a1)
    ROWS.append((c1, n1, a1))
    ROWS += sub
GI, GB, GP, GL = [sum(LEI[k][1][j] for k in LEI) for j in range(4)]
GX = GB + GP
L.eq('Σ项 = Σ类 (决算)', sum(v[1] + v[2] for _, v in ITEMS.values()), GX)
L.eq('财政拨款支出', GX, D('21802614.80'))
L.eq('财政拨款基本支出', GB, D('14420386.20'))
L.eq('财政拨款项目支出', GP, D('7382228.60'))
FIN_PERS, FIN_PUB = D('12968420.36'), D('1451965.84')
L.eq('财政拨款 人员 + 公用 = 基本', FIN_PERS + FIN_PUB, GB)

# ------------------------------------------------------------------ 结转结余 and 结余分配 (元)
OPEN_FIN, OPEN_NON = D('862300.00'), D('384080.50')
OPEN = OPEN_FIN + OPEN_NON
NON_X = TE - GX                                   # spending from non-fiscal money
CLOSE_FIN = OPEN_FIN + FIN_IN - GX
OPS_SURP = OPS_IN - OPS_X                          # 经营结余
TAX = q(OPS_SURP * D('0.25'))                      # 企业所得税 25%
WELF = q((OPS_SURP - TAX) * D('0.40'))             # 提取职工福利基金 40% of after-tax
TO_NON = OPS_SURP - TAX - WELF                     # 转入非财政拨款结余
DIST = TAX + WELF                                  # 结余分配 (leaves the fund)
BIZ_DIFF = (BIZ_IN + OTH_IN) - (NON_X - OPS_X)     # 事业 (non-fiscal, non-经营) 收支差
CLOSE_NON = OPEN_NON + BIZ_DIFF + TO_NON
CLOSE = CLOSE_FIN + CLOSE_NON
IN_TOTAL = TI + OPEN
OUT_TOTAL = TE + DIST + CLOSE
L.eq('收入总计 = 支出总计', IN_TOTAL, OUT_TOTAL)
L.eq('年末 = 年初 + 本年收入 − 本年支出 − 结余分配', CLOSE, OPEN + TI - TE - DIST)
L.check('事业收支差为负（由年初非财政拨款结余弥补）', BIZ_DIFF < 0, BIZ_DIFF)
L.check('经营结余为正', OPS_SURP > 0, OPS_SURP)
OPS_SURP23, TAX23, WELF23 = D('222539.50'), None, None
TAX23 = q(OPS_SURP23 * D('0.25'))
WELF23 = q((OPS_SURP23 - TAX23) * D('0.40'))
TO_NON23 = OPS_SURP23 - TAX23 - WELF23
L.eq('上年经营结余 = 上年经营收入 − 经营支出', OPS_SURP23, INC[2][2] - EXP[2][2])

# students, aid
STU, STU23 = 2146, 2038
FREE_STD, AID_STD, AID_N = D('2000'), D('2000'), 712
FREE = STU * FREE_STD
AID = AID_N * AID_STD
EQUIP = ITEMS['2050999'][1][2]
OTHER_P = GP - FREE - AID - EQUIP
L.check('其余财政拨款项目支出为正', OTHER_P > 0, OTHER_P)
PER_STU = q(GX / STU)
PER_STU23 = q(GL / STU23)

# 三公 (财政拨款, 元)
SG = [('因公出国（境）费', D('0.00'), D('0.00'), D('0.00')), ('公务用车购置费', D('0.00'), D('0.00'), D('0.00')),
      ('公务用车运行维护费', D('0.00'), D('0.00'), D('0.00')), ('公务接待费', D('20000.00'), D('12860.00'), D('15420.00'))]
SGB, SGA, SGL = [sum(r[j] for r in SG) for j in (1, 2, 3)]
RECV_B, RECV_P = 14, 96

# staff
POSTS, STAFF, TEACH, ADMIN, RETIRED = 86, 82, 68, 14, 31
L.eq('实有 = 专任教师 + 行政后勤', STAFF, TEACH + ADMIN)
DEPTS = ['办公室', '教务处', '学生处', '实训处', '招生就业处', '财务室']
MAJORS = ['汽车运用与维修', '电子商务', '畜禽生产技术', '中餐烹饪', '农业机械使用与维护']
PROC_G, PROC_S = D('1084600.00'), D('362400.00')
PROC = PROC_G + PROC_S
SME = D('1186200.00')


def Y(x):
    return f(x) + '元'


def YS(x):
    return '¥' + f(x)


def ud(new, old):
    g = growth(new, old)
    return ('增长%s%%' % f(g)) if g > 0 else ('下降%s%%' % f(-g)) if g < 0 else '持平'


def diff(new, old):
    d = new - old
    return ('增加%s' % Y(d)) if d > 0 else ('减少%s' % Y(-d))


# ------------------------------------------------------------------ html
B = []


def h(tag, text, cls=None):
    B.append('<%s%s>%s</%s>' % (tag, ' class="%s"' % cls if cls else '', H.escape(text), tag))


def p(text):
    h('p', text)


B.append('<div class="summary"><table class="kv">')
for k, v in [('收入总计', YS(IN_TOTAL)), ('支出总计', YS(OUT_TOTAL)), ('本年收入合计', YS(TI)), ('本年支出合计', YS(TE)),
             ('结余分配', YS(DIST)), ('年末结转和结余', YS(CLOSE))]:
    B.append('<tr><th>%s</th><td>%s</td></tr>' % (k, v))
B.append('</table></div>')

h('h2', '第一部分　单位概况')
h('h3', '一、主要职能')
p('湟川县职业技术学校是县教育局所属公益二类事业单位，主要承担全日制中等职业学历教育，面向社会开展职业技能培训和农村实用人才培训，承担县域职业技能等级认定和实训基地对外服务等工作。学校现开设%s个专业，分别为%s。'
  % ('五', '、'.join(MAJORS)))
h('h3', '二、机构设置和人员情况')
p('学校内设%s个职能处室，即%s。学校为独立核算的一级预算单位，本决算仅包括学校本级，无下属单位。年末核定事业编制%d名，实有在编人员%d人，其中专任教师%d人、行政后勤人员%d人；另有离退休人员%d人，不计入实有人数。2024年末全日制在校生%s人，比上年末的%s人增加%d人。'
  % ('六', '、'.join(DEPTS), POSTS, STAFF, TEACH, ADMIN, RETIRED, fi(STU), fi(STU23), STU - STU23))

h('h3', '三、2024年度主要工作')
p('2024年，学校坚持产教融合、校企合作，完成汽车运用与维修专业实训中心改造，新增与县内企业共建的校外实训基地3个；开展面向农牧民和退役军人的职业技能培训，全年培训%s人次；组织学生参加全省职业院校技能大赛，获二等奖2项、三等奖5项；毕业生就业和升学率保持在95%%以上。学校还承担了县域职业技能等级认定工作，全年组织认定考试11批次。'
  % fi(TRAIN_N))

h('h2', '第二部分　2024年度单位决算情况说明')
h('h3', '一、收入支出决算总体情况')
p('2024年度收入总计%s，支出总计%s，收支总计相等。其中，本年收入合计%s，比上年%s，%s；本年支出合计%s，比上年%s，%s。年初结转和结余%s，结余分配%s，年末结转和结余%s。'
  % (Y(IN_TOTAL), Y(OUT_TOTAL), Y(TI), diff(TI, TI23), ud(TI, TI23), Y(TE), diff(TE, TE23), ud(TE, TE23), Y(OPEN), Y(DIST), Y(CLOSE)))
h('h3', '二、收入决算情况')
p('本年收入合计%s。其中：财政拨款收入%s，占%s%%；事业收入%s，占%s%%；经营收入%s，占%s%%；其他收入%s，占%s%%。各项占比分别四舍五入后合计为100.01%%，尾差0.01个百分点。'
  % (Y(TI), Y(FIN_IN), f(ISH[0]), Y(BIZ_IN), f(ISH[1]), Y(OPS_IN), f(ISH[2]), Y(OTH_IN), f(ISH[3])))
p('事业收入包括社会培训收入%s和住宿费收入%s。社会培训共开展%s人次，按每人次%s元收费；住宿费按住校生%s人、每生每年%s元收取。学历教育实行免学费政策，学校不收取学费，免学费补助资金通过财政拨款安排，列入项目支出。'
  % (Y(TRAIN_IN), Y(DORM_IN), fi(TRAIN_N), fi(TRAIN_FEE), fi(DORM_N), fi(DORM_FEE)))
p('经营收入%s，为汽修实训中心对外维修服务和实训农场农产品销售收入，比上年%s；其他收入%s，包括存款利息%s和社会捐赠%s。经营收入占本年收入的比重由上年的%s%%变为%s%%，提高%s个百分点。'
  % (Y(OPS_IN), ud(OPS_IN, INC[2][2]), Y(OTH_IN), Y(INT_IN), Y(DON_IN), f(ISH23[2]), f(ISH[2]), f(ISH[2] - ISH23[2])))
h('h3', '三、支出决算情况')
p('本年支出合计%s。其中：基本支出%s，占%s%%；项目支出%s，占%s%%；经营支出%s，占%s%%。基本支出中，人员经费%s，公用经费%s。'
  % (Y(TE), Y(EXP[0][1]), f(ESH[0]), Y(EXP[1][1]), f(ESH[1]), Y(OPS_X), f(ESH[2]), Y(PERS_ALL), Y(PUB_ALL)))
L.eq('支出占比之和', sum(ESH), D('100.00'))
p('本年支出中，使用财政拨款%s，使用非财政拨款资金%s。非财政拨款资金支出中，经营支出%s全部由经营收入安排。'
  % (Y(GX), Y(NON_X), Y(OPS_X)))
h('h3', '四、财政拨款收入支出决算总体情况')
p('2024年度财政拨款收入%s，全部为一般公共预算财政拨款；年初财政拨款结转和结余%s；财政拨款支出%s；年末财政拨款结转和结余%s。学校无政府性基金预算和国有资本经营预算财政拨款收支。'
  % (Y(FIN_IN), Y(OPEN_FIN), Y(GX), Y(CLOSE_FIN)))
h('h3', '五、一般公共预算财政拨款支出决算情况')
p('2024年度一般公共预算财政拨款支出%s，比上年%s，%s；年初预算%s，支出决算为年初预算的%s%%。按功能分类，教育支出%s，社会保障和就业支出%s，卫生健康支出%s，住房保障支出%s。'
  % (Y(GX), diff(GX, GL), ud(GX, GL), Y(GI), f(pct(GX, GI)), Y(LEI['205'][1][1] + LEI['205'][1][2]),
     Y(LEI['208'][1][1] + LEI['208'][1][2]), Y(LEI['210'][1][1] + LEI['210'][1][2]), Y(LEI['221'][1][1] + LEI['221'][1][2])))
i302, i999 = ITEMS['2050302'][1], ITEMS['2050999'][1]
p('中等职业教育（2050302）年初预算%s，支出决算%s，为年初预算的%s%%，主要是年中追加中职学生资助资金。其他教育费附加安排的支出（2050999）年初预算%s，支出决算%s，为年初预算的%s%%，比上年%s，主要是实训设备采购节约。社会保障、医疗和住房公积金缴费支出均按年初预算全额执行。'
  % (Y(i302[0]), Y(i302[1] + i302[2]), f(pct(i302[1] + i302[2], i302[0])), Y(i999[0]), Y(i999[2]),
     f(pct(i999[2], i999[0])), ud(i999[2], i999[3])))
p('财政拨款项目支出%s，主要包括：中职免学费补助%s（按在校生%s人、每生每年%s元计算），国家助学金%s（按%d人、每生每年%s元计算），实训设备购置%s；其余%s为专业建设、师资培训等项目。按在校生计算，生均财政拨款支出%s，上年为%s。'
  % (Y(GP), Y(FREE), fi(STU), fi(FREE_STD), Y(AID), AID_N, fi(AID_STD), Y(EQUIP), Y(OTHER_P), Y(PER_STU), Y(PER_STU23)))
h('h3', '六、一般公共预算财政拨款基本支出决算情况')
p('2024年度一般公共预算财政拨款基本支出%s，其中人员经费%s，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费%s，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务接待费等。全部资金安排的基本支出为%s，比财政拨款基本支出多%s，差额由事业收入安排。'
  % (Y(GB), Y(FIN_PERS), Y(FIN_PUB), Y(EXP[0][1]), Y(EXP[0][1] - GB)))
h('h3', '七、“三公”经费财政拨款支出决算情况')
p('2024年度“三公”经费财政拨款支出%s，为预算%s的%s%%，比上年%s，%s。其中：因公出国（境）费、公务用车购置费和公务用车运行维护费均为0元，学校无公务用车；公务接待费%s，共接待%d批次%d人次，主要是接待上级部门督导检查和兄弟院校交流考察。学校6台教练车属于实训教学专用设备，其运行费用列入项目支出，不属于公务用车运行维护费。'
  % (Y(SGA), Y(SGB), f(pct(SGA, SGB)), diff(SGA, SGL), ud(SGA, SGL), Y(SGA), RECV_B, RECV_P))
h('h3', '八、经营结余和结余分配情况')
p('2024年度经营收入%s，经营支出%s，经营结余%s。按规定计算缴纳企业所得税%s（税率25%%），按税后经营结余的40%%提取职工福利基金%s，剩余%s转入非财政拨款结余。上年经营结余%s，缴纳企业所得税%s，提取职工福利基金%s。'
  % (Y(OPS_IN), Y(OPS_X), Y(OPS_SURP), Y(TAX), Y(WELF), Y(TO_NON), Y(OPS_SURP23), Y(TAX23), Y(WELF23)))
p('非财政拨款资金中，事业收入和其他收入共%s，相应的事业支出%s，收支差额为%s，由年初非财政拨款结余弥补。年初非财政拨款结转和结余%s，加事业收支差额，再加经营结余转入%s，年末非财政拨款结转和结余%s。'
  % (Y(BIZ_IN + OTH_IN), Y(NON_X - OPS_X), '－' + Y(-BIZ_DIFF), Y(OPEN_NON), Y(TO_NON), Y(CLOSE_NON)))
h('h3', '九、其他重要事项的情况说明')
p('（一）机关运行经费。学校为事业单位，按规定不统计机关运行经费。')
p('（二）政府采购情况。2024年度政府采购支出总额%s，其中货物类%s、服务类%s，无工程类采购。授予中小企业合同金额%s，占政府采购支出总额的%s%%。'
  % (Y(PROC), Y(PROC_G), Y(PROC_S), Y(SME), f(pct(SME, PROC))))
p('（三）国有资产占用情况。截至2024年12月31日，学校共有车辆6辆，均为实训教学用教练车；单价50万元以上设备2台（套），为汽车综合故障诊断实训系统和智能温室控制系统。')
p('（四）预算绩效管理情况。学校对2024年度中职免学费补助、国家助学金、实训设备购置等7个项目开展了绩效自评，覆盖财政拨款项目支出%s。从自评情况看，各项目资金均按规定用途使用，学生资助做到应助尽助。'
  % Y(GP))

h('h2', '第三部分　名词解释')
p('1.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本校为社会培训收入和住宿费收入。2.经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。3.经营结余：指经营收入减去经营支出后的余额。4.结余分配：指事业单位按规定缴纳企业所得税、提取专用基金等。5.年末结转和结余：指本年度或以前年度预算安排、需延迟到以后年度继续使用的资金，以及按规定转入的非财政拨款结余。')

h('h2', '第四部分　决算公开表')
# 表1: two-row header
h('p', '表1　收入支出决算对比表', 'cap')
h('p', '金额单位：元', 'unit')
B.append('<table class="grid">')
B.append('<thead><tr><th rowspan="2">项目</th><th colspan="2">2024年度</th><th colspan="2">2023年度</th><th rowspan="2">增减率（%）</th></tr>')
B.append('<tr><th>金额</th><th>占比（%）</th><th>金额</th><th>占比（%）</th></tr></thead><tbody>')
T1 = []
for (n, a, b), s, s23 in zip(INC, ISH, ISH23):
    T1.append((n, f(a), f(s), f(b), f(s23), f(growth(a, b))))
T1.append(('本年收入合计', f(TI), '100.00', f(TI23), '100.00', f(growth(TI, TI23))))
for (n, a, b), s, s23 in zip(EXP, ESH, ESH23):
    T1.append((n, f(a), f(s), f(b), f(s23), f(growth(a, b))))
T1.append(('本年支出合计', f(TE), '100.00', f(TE23), '100.00', f(growth(TE, TE23))))
for r in T1:
    B.append('<tr>' + ''.join('<td>%s</td>' % H.escape(c) for c in r) + '</tr>')
B.append('</tbody></table>')
h('p', '注：本年收入各项占比之和为100.01%，系四舍五入尾差，合计行按100.00%列示。', 'note')
L.eq('上年收入占比之和', sum(ISH23), D('100.00'))
L.eq('上年支出占比之和', sum(ESH23), D('100.00'))

# 表2: 类款项 with 决算 split into 合计/基本/项目 (two-row header)
h('p', '表2　一般公共预算财政拨款支出决算表', 'cap')
h('p', '金额单位：元', 'unit')
B.append('<table class="grid">')
B.append('<thead><tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">年初预算</th>'
         '<th colspan="3">本年决算</th><th rowspan="2">上年决算</th><th rowspan="2">增减率（%）</th></tr>')
B.append('<tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr></thead><tbody>')
for code, n, v in ROWS:
    i, b, pj, l = v
    B.append('<tr>' + ''.join('<td>%s</td>' % H.escape(c) for c in
                              (code, n, f(i), f(b + pj), f(b), f(pj), f(l), f(growth(b + pj, l)))) + '</tr>')
B.append('<tr>' + ''.join('<td>%s</td>' % c for c in ('', '合计', f(GI), f(GX), f(GB), f(GP), f(GL), f(growth(GX, GL)))) + '</tr>')
B.append('</tbody></table>')

# 表3: 结余分配
h('p', '表3　经营结余及结余分配表', 'cap')
h('p', '金额单位：元', 'unit')
B.append('<table class="grid"><thead><tr><th>项目</th><th>本年数</th><th>上年数</th></tr></thead><tbody>')
for r in [('一、经营收入', f(OPS_IN), f(INC[2][2])), ('二、经营支出', f(OPS_X), f(EXP[2][2])),
          ('三、经营结余', f(OPS_SURP), f(OPS_SURP23)), ('四、结余分配', '', ''),
          ('　1.缴纳企业所得税', f(TAX), f(TAX23)), ('　2.提取职工福利基金', f(WELF), f(WELF23)),
          ('　3.转入非财政拨款结余', f(TO_NON), f(TO_NON23))]:
    B.append('<tr>' + ''.join('<td>%s</td>' % H.escape(c) for c in r) + '</tr>')
B.append('</tbody></table>')

# 表4: 三公
h('p', '表4　“三公”经费财政拨款支出决算表', 'cap')
h('p', '金额单位：元', 'unit')
B.append('<table class="grid"><thead><tr><th>项目</th><th>预算数</th><th>决算数</th><th>上年决算数</th></tr></thead><tbody>')
B.append('<tr><td>合计</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (f(SGB), f(SGA), f(SGL)))
for n, b, a, l in SG:
    B.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (H.escape(n), f(b), f(a), f(l)))
B.append('</tbody></table>')
h('p', '湟川县职业技术学校', 'sign')
h('p', '2025年9月5日', 'sign')

CSS = ('body{font-family:"SimSun",serif;max-width:980px;margin:auto;line-height:1.8}'
       'table.grid{border-collapse:collapse;width:100%;font-size:13px}'
       'table.grid td,table.grid th{border:1px solid #555;padding:2px 6px}'
       'table.grid td{text-align:right}table.grid td:first-child{text-align:left}'
       '.summary{border:1px solid #999;padding:6px;margin:10px 0}.cap{text-align:center;font-weight:bold}'
       '.unit,.sign{text-align:right}.note{font-size:12px}')
HTML = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<title>湟川县职业技术学校2024年度单位决算</title>\n<style>%s</style>\n</head>\n<body>\n'
        '<h1>湟川县职业技术学校2024年度单位决算</h1>\n<p class="meta">发布机构：湟川县职业技术学校　发布时间：2025-09-05</p>\n'
        % CSS + '\n'.join(B) + '\n</body>\n</html>\n')


def main():
    import html_text
    path = os.path.join(OUT, NAME + '.html')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(HTML)
    V = html_text.visible_text(path)
    L.check('two-row header with rowspan/colspan', 'rowspan="2"' in HTML and 'colspan="3"' in HTML)
    L.eq('收入总计', IN_TOTAL, D('29144351.06'))
    L.eq('本年收入合计', TI, D('27897970.56'))
    L.eq('本年支出合计', TE, D('28334897.86'))
    L.eq('经营结余', OPS_SURP, D('316019.40'))
    L.eq('所得税', TAX, D('79004.85'))
    L.eq('福利基金', WELF, D('94805.82'))
    L.eq('转入非财政拨款结余', TO_NON, D('142208.73'))
    L.eq('年末财政拨款结转', CLOSE_FIN, OPEN_FIN + FIN_IN - GX)
    L.eq('年末非财政拨款结余', CLOSE_NON, D('89607.13'))
    L.eq('年末 = 财政 + 非财政', CLOSE, CLOSE_FIN + CLOSE_NON)
    L.eq('三公下降', growth(SGA, SGL), D('-16.60'))
    L.eq('三公为预算', pct(SGA, SGB), D('64.30'))
    L.eq('处室数', len(DEPTS), 6)
    L.eq('专业数', len(MAJORS), 5)
    L.eq('免学费 = 人数 × 标准', FREE, D('4292000'))
    L.eq('助学金 = 人数 × 标准', AID, D('1424000'))
    L.eq('财政拨款项目 = 免学费 + 助学金 + 设备 + 其余', FREE + AID + EQUIP + OTHER_P, GP)
    L.eq('经营收入占比个百分点', ISH[2] - ISH23[2], D('0.58'))
    for c1 in LEI:
        L.eq('类 %s = Σ项 (决算)' % c1, LEI[c1][1][1] + LEI[c1][1][2],
             sum(v[1] + v[2] for k, (_, v) in ITEMS.items() if k.startswith(c1)))
    L.stated(V, YS(IN_TOTAL), YS(CLOSE), '经营结余%s' % Y(OPS_SURP), '合计为100.01%', '2025年9月5日',
             '生均财政拨款支出%s' % Y(PER_STU), '提高%s个百分点' % f(ISH[2] - ISH23[2]))
    for code, n, v in ROWS:
        L.stated(V, code + '\n' + n + '\n' + f(v[0]) + '\n' + f(v[1] + v[2]))
    for k, v in [('收入总计', IN_TOTAL), ('本年收入', TI), ('本年支出', TE), ('财政拨款支出', GX), ('结余分配', DIST),
                 ('年末结转和结余', CLOSE), ('收入占比和', sum(ISH))]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'close', CLOSE, 'pp', ISH[2] - ISH23[2], ISH23, ESH23)


if __name__ == '__main__':
    main()
