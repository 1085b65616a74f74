"""t01: 淮柳县棠湖镇人民政府 2024年度部门整体支出绩效自评报告 (.md, markdown pipe tables).

A 乡镇 部门整体 self-evaluation. The 自评表 is a pipe table with 一级/二级/三级 levels, where a
level cell is written only on the first row of its group and each 一级 group closes with a bold
**小计** row; a bold **合计** row ends the table.
"""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT, han_count
import txt_text

NAME = 't01_tanghu_town_dept_selfeval_2024'
L = Ledger(NAME + '.md')

# ------------------------------------------------------------------ 预算 (万元): 年初, 追加, 调减, 上年结转, 执行
BUD = {  # by 支出性质
    '基本支出': dict(init=D('2842.60'), add=D('96.40'), cut=D('0.00'), carry=D('0.00'), act=D('2864.18')),
    '项目支出': dict(init=D('3441.90'), add=D('1390.32'), cut=D('154.00'), carry=D('318.46'), act=D('4784.75')),
}
FUND = {  # by 资金性质
    '一般公共预算': dict(init=D('5862.30'), add=D('1286.72'), cut=D('154.00'), carry=D('256.16'), act=None),
    '政府性基金预算': dict(init=D('422.20'), add=D('200.00'), cut=D('0.00'), carry=D('62.30'), act=D('662.84')),
}

def full(d):
    return d['init'] + d['add'] - d['cut'] + d['carry']


TOT = {k: sum(BUD[x][k] for x in BUD) for k in ('init', 'add', 'cut', 'carry', 'act')}
for k in ('init', 'add', 'cut', 'carry'):
    L.eq('按资金性质 Σ%s = 按支出性质 Σ%s' % (k, k), sum(FUND[x][k] for x in FUND), TOT[k])
FUND['一般公共预算']['act'] = TOT['act'] - FUND['政府性基金预算']['act']
FULL = full(TOT)
L.eq('全年预算 = 年初 + 追加 − 调减 + 上年结转', FULL, D('7935.68'))
L.eq('全年预算 = Σ基本/项目', full(BUD['基本支出']) + full(BUD['项目支出']), FULL)
L.eq('全年预算 = Σ一般/基金', full(FUND['一般公共预算']) + full(FUND['政府性基金预算']), FULL)
ACT = TOT['act']
L.eq('支出合计', ACT, D('7648.93'))
RATE = pct(ACT, FULL)
RATE23 = D('93.84')
PP = RATE - RATE23
INCOME = TOT['init'] + TOT['add'] - TOT['cut']          # 本年财政拨款收入
CLOSE = TOT['carry'] + INCOME - ACT                     # 年末结转结余
L.eq('年末结转结余 = 全年预算 − 执行', CLOSE, FULL - ACT)
CARRY_RATE = pct(CLOSE, FULL)
ADJ_RATE = pct(TOT['add'] - TOT['cut'], TOT['init'])   # 预算调整率, on 年初
PERS, PUB = D('2416.52'), D('447.66')
L.eq('人员经费 + 公用经费 = 基本支出', PERS + PUB, BUD['基本支出']['act'])
PUB_B = D('460.00')
PUB_RATE = pct(PUB, PUB_B)

# three years of spending
Y22, Y23 = D('6912.40'), D('7286.15')
G23, G24 = growth(Y23, Y22), growth(ACT, Y23)

# 功能分类 (万元), shares add to 99.99 (stated)
FUNC = [('一般公共服务支出', D('2146.38')), ('公共安全支出', D('186.42')), ('文化旅游体育与传媒支出', D('164.30')),
        ('社会保障和就业支出', D('812.56')), ('卫生健康支出', D('398.74')), ('节能环保支出', D('326.18')),
        ('城乡社区支出', D('1286.44')), ('农林水支出', D('2104.27')), ('住房保障支出', D('223.64'))]
L.eq('功能分类 Σ = 支出合计', sum(v for _, v in FUNC), ACT)
FSH = [pct(v, ACT) for _, v in FUNC]
L.eq('功能分类占比之和（尾差，已注明）', sum(FSH), D('99.99'))

# staff
POSTS = {'行政': 42, '事业': 68}
STAFF = {'行政': 39, '事业': 64}
NPOST, NSTAFF = sum(POSTS.values()), sum(STAFF.values())
STAFF_RATE = pct(NSTAFF, NPOST)
OFFICES = ['党政综合办公室', '党建工作办公室', '经济发展办公室', '社会事业办公室', '自然资源和规划建设办公室',
           '社会治理办公室', '财政和资产管理办公室']
CENTRES = ['便民服务中心', '农业农村服务中心', '文化体育服务中心', '社会事业服务中心']
VILL, COMM = 16, 3
NVC = VILL + COMM
CADRES = 152

# key projects (partial list of 项目支出)
KEYP = [('村级组织运转经费', D('1046.52')), ('农村公路提档升级工程', D('1182.40')), ('河道疏浚及农田水利设施维修', D('864.76')),
        ('公益性岗位补贴', None), ('集镇污水管网完善工程', D('648.00'))]
JOBS, JOB_PAY = 212, D('1860')
JOB_YUAN = JOBS * JOB_PAY * 12
JOB_WAN = q(JOB_YUAN / 10000)
KEYP[3] = ('公益性岗位补贴', JOB_WAN)
KEYSUM = sum(v for _, v in KEYP)
KEYSH = pct(KEYSUM, BUD['项目支出']['act'])
L.check('重点项目为项目支出的一部分', KEYSUM < BUD['项目支出']['act'], KEYSUM)
VILL_AVG = q(KEYP[0][1] / NVC)
L.check('集镇污水管网 ≤ 政府性基金支出', KEYP[4][1] <= FUND['政府性基金预算']['act'])
ROAD_KM, ROAD_T = D('24.6'), D('20')
ROAD_PER = q(KEYP[1][1] / ROAD_KM)
RIVER_KM, RIVER_T = D('38.2'), D('40')
RIVER_R = pct(RIVER_KM, RIVER_T)
PROJ_N, PROJ_ONTIME = 14, 12
ONTIME_R = pct(PROJ_ONTIME, PROJ_N)
SEW_R, SEW_T = D('76.4'), D('80')
WQ_N, WQ_OK = 4, 3
WQ_R = pct(WQ_OK, WQ_N)
FARM, FARM_T = D('1.86'), D('1.80')
SURV_SENT, SURV_VALID, SURV_SAT = 600, 582, 541
SURV_VR = pct(SURV_VALID, SURV_SENT)
SAT = pct(SURV_SAT, SURV_VALID)
SAT23 = D('91.20')

# 三公 (万元)
SG = {'因公出国（境）费': (D('0.00'), D('0.00')), '公务用车购置费': (D('0.00'), D('0.00')),
      '公务用车运行维护费': (D('18.64'), D('20.86')), '公务接待费': (D('9.82'), D('10.34'))}
SGT = sum(v[0] for v in SG.values())
SGT23 = sum(v[1] for v in SG.values())
SG_G = growth(SGT, SGT23)
SG_B = D('32.00')
SG_R = pct(SGT, SG_B)
CARS = 3


# ------------------------------------------------------------------ 自评表
def sc_prop(w, r):            # weight × ratio (r in %)
    return q(D(w) * D(r) / 100)


SCORES = []   # (一级, 二级, 三级, 分值, 目标, 实际, 得分, 说明)
ADJ_SC = q(D(3) - D('0.2') * (ADJ_RATE - 15))
IND = [
    ('投入', '目标设定', '绩效目标合理性', 3, '目标与职能匹配', '基本匹配', D('3.00'), '—'),
    ('投入', '目标设定', '绩效指标明确性', 3, '指标细化量化', '部分指标未量化', D('2.50'), '3项效益指标仅作定性表述，扣0.50分'),
    ('投入', '预算配置', '财政供养人员控制率', 3, '≤100%', '%s%%' % f(STAFF_RATE), D('3.00'), '—'),
    ('投入', '预算配置', '“三公”经费变动率', 3, '≤0', '%s%%' % f(SG_G), D('3.00'), '—'),
    ('投入', '预算配置', '重点支出安排率', 3, '≥70%', '%s%%' % f(KEYSH), D('3.00'), '—'),
    ('过程', '预算执行', '预算执行率', 8, '≥95%', '%s%%' % f(RATE), D('8.00'), '达到95%得满分'),
    ('过程', '预算执行', '预算调整率', 3, '≤15%', '%s%%' % f(ADJ_RATE), ADJ_SC,
     '每超1个百分点扣0.2分，扣%s分' % f(D(3) - ADJ_SC)),
    ('过程', '预算执行', '结转结余率', 3, '≤5%', '%s%%' % f(CARRY_RATE), D('3.00'), '—'),
    ('过程', '预算执行', '公用经费控制率', 3, '≤100%', '%s%%' % f(PUB_RATE), D('3.00'), '—'),
    ('过程', '预算管理', '管理制度健全性', 3, '制度健全', '健全', D('3.00'), '—'),
    ('过程', '预算管理', '资金使用合规性', 3, '无违规', '审计指出1个问题', D('2.70'), '已整改，扣0.30分'),
    ('过程', '预算管理', '预决算信息公开性', 2, '按时公开', '按时公开', D('2.00'), '—'),
    ('产出', '数量', '农村公路提档升级里程', 6, '≥%s公里' % ROAD_T, '%s公里' % ROAD_KM, D('6.00'), '超额完成，不加分'),
    ('产出', '数量', '河道疏浚长度', 6, '%s公里' % RIVER_T, '%s公里' % RIVER_KM, sc_prop(6, RIVER_R),
     '按完成比例%s%%计分' % f(RIVER_R)),
    ('产出', '数量', '人居环境整治覆盖村（社区）数', 5, '%d个' % NVC, '%d个' % NVC, D('5.00'), '—'),
    ('产出', '质量', '工程验收合格率', 6, '100%', '100%', D('6.00'), '—'),
    ('产出', '质量', '高标准农田管护面积', 4, '≥%s万亩' % FARM_T, '%s万亩' % FARM, D('4.00'), '—'),
    ('产出', '时效', '工程类项目按期完成率', 5, '100%', '%s%%' % f(ONTIME_R), sc_prop(5, ONTIME_R),
     '%d个中%d个按期' % (PROJ_N, PROJ_ONTIME)),
    ('产出', '成本', '项目成本控制', 3, '不超概算', '1个项目超概算', D('2.60'), '扣0.40分'),
    ('效益', '社会效益', '集镇生活污水收集处理率', 5, '≥%s%%' % SEW_T, '%s%%' % SEW_R, q(D(5) * SEW_R / SEW_T),
     '按%s/%s计分' % (SEW_R, SEW_T)),
    ('效益', '社会效益', '公益性岗位安置人数', 5, '≥200人', '%d人' % JOBS, D('5.00'), '—'),
    ('效益', '生态效益', '考核断面水质达标率', 5, '100%', '%s%%' % f(WQ_R), sc_prop(5, WQ_R),
     '%d个断面中%d个达标' % (WQ_N, WQ_OK)),
    ('效益', '可持续影响', '长效管护机制', 4, '健全', '基本健全', D('3.50'), '扣0.50分'),
    ('效益', '满意度', '群众满意度', 6, '≥90%', '%s%%' % f(SAT), D('6.00'), '—'),
]
for r in IND:
    L.check('得分 ≤ 分值: %s' % r[2], D(0) <= r[6] <= r[3], '%s ≤ %s' % (r[6], r[3]))
L.eq('分值合计 100', sum(r[3] for r in IND), 100)
LV1 = ['投入', '过程', '产出', '效益']
W1 = {a: sum(r[3] for r in IND if r[0] == a) for a in LV1}
S1 = {a: sum(r[6] for r in IND if r[0] == a) for a in LV1}
L.eq('一级分值', [W1[a] for a in LV1], [15, 25, 35, 25])
TOTAL = sum(S1.values())
L.eq('总分 = Σ三级', TOTAL, sum(r[6] for r in IND))
L.eq('总分 = Σ一级小计', TOTAL, sum(S1[a] for a in LV1))
DED = 100 - TOTAL


def grade(s):
    return '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'


GRADE = grade(TOTAL)
SCORE23 = D('91.28')
SDIFF = TOTAL - SCORE23

# ------------------------------------------------------------------ text
T = []


def ln(s=''):
    T.append(s)


def row(*cells):
    ln('| ' + ' | '.join(cells) + ' |')


ln('# 淮柳县棠湖镇人民政府2024年度部门整体支出绩效自评报告')
ln()
ln('> 根据《淮柳县财政局关于开展2024年度预算绩效自评工作的通知》（淮财绩〔2025〕3号）要求，我镇对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。')
ln()
ln('## 一、部门基本情况')
ln()
ln('### （一）机构设置和人员情况')
ln()
ln('棠湖镇人民政府是县人民政府的派出基层政权机关，负责贯彻执行上级决策部署，推动全镇经济社会发展，组织实施乡村振兴、基础设施建设、社会治理、公共服务和生态环境保护等工作。全镇辖%d个行政村和%d个社区，户籍人口6.42万人，镇域面积86.5平方公里。'
   % (VILL, COMM))
ln()
ln('镇机关内设%s个办公室，分别为%s；所属事业单位%s个，分别为%s。纳入2024年度部门整体支出范围的为镇本级和所属%s个事业单位，事业单位不单独核算，统一由镇财政和资产管理办公室记账。'
   % ('七', '、'.join(OFFICES), '四', '、'.join(CENTRES), '四'))
ln()
ln('2024年末核定编制%d名，其中行政编制%d名、事业编制%d名；实有在编人员%d人，其中行政%d人、事业%d人，空编%d名。另有村（社区）干部%d人，其报酬通过村级组织运转经费发放，不计入在编人数。'
   % (NPOST, POSTS['行政'], POSTS['事业'], NSTAFF, STAFF['行政'], STAFF['事业'], NPOST - NSTAFF, CADRES))
ln()
ln('### （二）年度主要工作')
ln()
ln('2024年，我镇围绕“农业强镇、生态美镇、治理安镇”的目标，重点抓好以下工作：一是实施农村公路提档升级，完成%s公里；二是推进河湖长制，疏浚镇村河道%s公里；三是持续开展农村人居环境整治，%d个村（社区）全部纳入常态化保洁；四是完善集镇污水管网，新建和改造管网4.8公里；五是开发公益性岗位%d个，托底安置就业困难人员。'
   % (ROAD_KM, RIVER_KM, NVC, JOBS))
ln()
ln('## 二、部门整体支出及预算执行情况')
ln()
ln('### （一）预算安排和调整情况')
ln()
ln('2024年我镇年初预算%s万元，其中一般公共预算%s万元、政府性基金预算%s万元。年度中追加预算%s万元（一般公共预算%s万元、政府性基金预算%s万元），调减预算%s万元（均为一般公共预算项目支出），上年结转%s万元（一般公共预算%s万元、政府性基金预算%s万元），全年预算数为%s万元。全年预算数含上年结转，按“年初预算＋追加－调减＋上年结转”口径计算。'
   % (f(TOT['init']), f(FUND['一般公共预算']['init']), f(FUND['政府性基金预算']['init']), f(TOT['add']),
      f(FUND['一般公共预算']['add']), f(FUND['政府性基金预算']['add']), f(TOT['cut']), f(TOT['carry']),
      f(FUND['一般公共预算']['carry']), f(FUND['政府性基金预算']['carry']), f(FULL)))
ln()
ln('### （二）预算执行情况')
ln()
ln('2024年全年支出%s万元，预算执行率为%s%%（以全年预算数%s万元为基数），比上年的%s%%提高%s个百分点。其中：基本支出%s万元，执行率%s%%；项目支出%s万元，执行率%s%%。按资金性质分，一般公共预算支出%s万元，执行率%s%%；政府性基金预算支出%s万元，执行率%s%%，全部为项目支出。'
   % (f(ACT), f(RATE), f(FULL), f(RATE23), f(PP), f(BUD['基本支出']['act']), f(pct(BUD['基本支出']['act'], full(BUD['基本支出']))),
      f(BUD['项目支出']['act']), f(pct(BUD['项目支出']['act'], full(BUD['项目支出']))),
      f(FUND['一般公共预算']['act']), f(pct(FUND['一般公共预算']['act'], full(FUND['一般公共预算']))),
      f(FUND['政府性基金预算']['act']), f(pct(FUND['政府性基金预算']['act'], full(FUND['政府性基金预算'])))))
ln()
ln('表1　2024年度预算执行情况表（单位：万元）')
ln()
row('项目', '年初预算', '追加', '调减', '上年结转', '全年预算', '执行数', '执行率（%）')
row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:')
for k, d in BUD.items():
    row(k, f(d['init']), f(d['add']), f(d['cut']), f(d['carry']), f(full(d)), f(d['act']), f(pct(d['act'], full(d))))
row('**合计**', f(TOT['init']), f(TOT['add']), f(TOT['cut']), f(TOT['carry']), f(FULL), f(ACT), f(RATE))
ln()
ln('本年财政拨款收入（年初预算＋追加－调减）%s万元，本年支出%s万元，支出比本年收入多%s万元，差额使用上年结转资金。年初结转结余%s万元，加本年收入%s万元，减本年支出%s万元，年末结转结余%s万元，结转结余率%s%%，主要为河道疏浚跨年工程尾款。'
   % (f(INCOME), f(ACT), f(ACT - INCOME), f(TOT['carry']), f(INCOME), f(ACT), f(CLOSE), f(CARRY_RATE)))
ln()
ln('### （三）支出结构')
ln()
ln('基本支出%s万元，占支出总额的%s%%，其中人员经费%s万元、公用经费%s万元。公用经费预算%s万元，实际支出为预算的%s%%。项目支出%s万元，占支出总额的%s%%。'
   % (f(BUD['基本支出']['act']), f(pct(BUD['基本支出']['act'], ACT)), f(PERS), f(PUB), f(PUB_B), f(PUB_RATE),
      f(BUD['项目支出']['act']), f(pct(BUD['项目支出']['act'], ACT))))
L.eq('基本 + 项目占比', pct(BUD['基本支出']['act'], ACT) + pct(BUD['项目支出']['act'], ACT), D('100.00'))
ln()
ln('按支出功能分类，各类支出及占比见表2。因各项占比分别四舍五入，合计为99.99%，与100%的差额为尾差。')
ln()
ln('表2　2024年度支出功能分类情况（单位：万元）')
ln()
row('功能分类', '支出金额', '占比（%）')
row(':---', '---:', '---:')
for (n, v), s in zip(FUNC, FSH):
    row(n, f(v), f(s))
row('合计', f(ACT), '99.99')
ln()
ln('项目支出主要包括：%s，上述五项合计%s万元，占项目支出的%s%%；其余为计划生育奖励扶助、退役军人服务、防汛物资储备等零星项目，不再逐项列示。村级组织运转经费覆盖全镇%d个村（社区），平均每个村（社区）%s万元。公益性岗位补贴按%d人、每人每月%s元、12个月计算，共计%s元，折合%s万元。集镇污水管网完善工程%s万元由政府性基金预算安排。'
   % ('；'.join('%s%s万元' % (n, f(v)) for n, v in KEYP), f(KEYSUM), f(KEYSH), NVC, f(VILL_AVG), JOBS,
      fi(JOB_PAY), fi(JOB_YUAN), f(JOB_WAN), f(KEYP[4][1])))
ln()
ln('### （四）近三年支出对比')
ln()
ln('2022年、2023年、2024年我镇支出分别为%s万元、%s万元和%s万元，2023年比2022年增长%s%%，2024年比2023年增长%s%%。增长主要来自农村公路提档升级和河道疏浚等上级专项转移支付。'
   % (f(Y22), f(Y23), f(ACT), f(G23), f(G24)))
ln()
ln('### （五）“三公”经费情况')
ln()
ln('2024年“三公”经费支出%s万元，为预算%s万元的%s%%，比上年的%s万元%s%s%%。其中：因公出国（境）费%s万元；公务用车购置费%s万元；公务用车运行维护费%s万元，用于%d辆公务用车的燃料、维修和保险；公务接待费%s万元，主要接待上级督查和兄弟乡镇考察。'
   % (f(SGT), f(SG_B), f(SG_R), f(SGT23), '下降' if SG_G < 0 else '增长', f(abs(SG_G)),
      f(SG['因公出国（境）费'][0]), f(SG['公务用车购置费'][0]), f(SG['公务用车运行维护费'][0]), CARS,
      f(SG['公务接待费'][0])))
ln()
ln('## 三、绩效目标完成情况')
ln()
ln('### （一）产出情况')
ln()
ln('1. 数量指标。农村公路提档升级年度目标为不少于%s公里，实际完成%s公里，每公里平均投入%s万元；河道疏浚年度目标%s公里，实际完成%s公里，完成率%s%%，剩余1.8公里因汛期停工，计划于2025年3月底前完成；人居环境整治覆盖全部%d个村（社区）。'
   % (ROAD_T, ROAD_KM, f(ROAD_PER), RIVER_T, RIVER_KM, f(RIVER_R), NVC))
L.eq('河道剩余', RIVER_T - RIVER_KM, D('1.8'))
ln()
ln('2. 质量指标。当年完工工程均通过验收，验收合格率100%%；高标准农田管护面积%s万亩，达到%s万亩的目标。'
   % (FARM, FARM_T))
ln()
ln('3. 时效指标。全年镇级实施的工程类项目%d个，按期完成%d个，按期完成率%s%%。该%d个工程类项目与上文所列五项重点支出口径不同，前者按实施主体统计，后者按资金规模统计。'
   % (PROJ_N, PROJ_ONTIME, f(ONTIME_R), PROJ_N))
ln()
ln('4. 成本指标。项目总体控制在批复概算以内，仅1个村道拓宽项目因增加排水涵管超出概算。')
ln()
ln('### （二）效益情况')
ln()
ln('集镇生活污水收集处理率达到%s%%，低于%s%%的目标；公益性岗位安置就业困难人员%d人；全镇%d个考核断面中%d个水质达标，达标率%s%%。'
   % (SEW_R, SEW_T, JOBS, WQ_N, WQ_OK, f(WQ_R)))
ln()
ln('满意度调查共发放问卷%d份，回收有效问卷%d份，有效率%s%%；其中表示满意的%d份，满意度按有效问卷计算为%s%%，比上年的%s%%提高%s个百分点。'
   % (SURV_SENT, SURV_VALID, f(SURV_VR), SURV_SAT, f(SAT), f(SAT23), f(SAT - SAT23)))
ln()
ln('## 四、自评结论')
ln()
ln('自评指标体系设投入、过程、产出、效益%s个一级指标，%s个二级指标，%s个三级指标，总分100分。评分规则为：定量指标按完成比例计分，超额完成的不加分；预算执行率达到95%%即得满分；预算调整率以年初预算为基数，按“（追加－调减）÷年初预算”计算。'
   % ('4', len({(r[0], r[1]) for r in IND}), len(IND)))
ln()
ln('表3　2024年度部门整体支出绩效自评表')
ln()
row('一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '扣分说明')
row(':---', ':---', ':---', '---:', ':---', ':---', '---:', ':---')
prev1 = prev2 = None
for i, r in enumerate(IND):
    c1 = r[0] if r[0] != prev1 else ''
    c2 = r[1] if (r[0], r[1]) != prev2 else ''
    row(c1, c2, r[2], str(r[3]), r[4], r[5], f(r[6]), r[7])
    prev1, prev2 = r[0], (r[0], r[1])
    if i + 1 == len(IND) or IND[i + 1][0] != r[0]:
        row('', '**小计**', '', '**%d**' % W1[r[0]], '', '', '**%s**' % f(S1[r[0]]), '')
row('**合计**', '', '', '**100**', '', '', '**%s**' % f(TOTAL), '')
ln()
ln('经自评，2024年度部门整体支出绩效自评得分%s分（投入%s分、过程%s分、产出%s分、效益%s分），共扣%s分，评价等级为“%s”（90分及以上为优，80分至90分以下为良，60分至80分以下为中，60分以下为差）。上年自评得分%s分，本年%s%s分。'
   % (f(TOTAL), f(S1['投入']), f(S1['过程']), f(S1['产出']), f(S1['效益']), f(DED), GRADE, f(SCORE23),
      '提高' if SDIFF > 0 else '降低', f(abs(SDIFF))))
ln()
ln('## 五、存在的问题')
ln()
ln('一是预算编制的前瞻性不足。年中追加%s万元，预算调整率%s%%，超过15%%的控制目标，主要是上级专项资金下达时间晚、年初难以预计。二是个别工程进度滞后。河道疏浚受汛期影响未全部完成，%d个工程类项目中有%d个未按期完工。三是部分效益指标设置偏定性，集镇污水收集处理率未达目标，长效管护机制仍需完善。'
   % (f(TOT['add']), f(ADJ_RATE), PROJ_N, PROJ_N - PROJ_ONTIME))
ln()
ln('## 六、改进措施')
ln()
ln('一是提高预算编制质量，对可预见的上级专项提前做好项目储备，压减年中追加规模。二是强化工程进度管理，对跨年项目建立周调度台账，确保剩余河道疏浚任务按计划完成。三是完善绩效指标，将效益指标细化量化，推动集镇污水管网入户改造，提高收集处理率。四是健全村级公共设施长效管护机制，明确管护主体、标准和经费来源。')
ln()
ln('## 七、自评结果应用')
ln()
ln('自评结果将作为2025年预算安排和政策调整的重要依据，并按规定在镇政府信息公开专栏公开。对自评中发现的问题，已逐项明确责任办公室和整改时限。')
ln()
ln('淮柳县棠湖镇人民政府')
ln()
ln('2025年3月14日')
ln()

TEXT = '\n'.join(T)


def main():
    path = os.path.join(OUT, NAME + '.md')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(TEXT)
    V = txt_text.visible_text(path)
    L.eq('file round-trips', V, TEXT)
    L.check('utf-8 markdown', txt_text.encoding(path) == 'utf-8')
    # stated relations against what was written
    L.eq('执行率', RATE, D('96.39'))
    L.eq('执行率个百分点', PP, D('2.55'))
    L.eq('预算调整率', ADJ_RATE, D('21.21'))
    L.eq('调整率得分', ADJ_SC, D('1.76'))
    L.eq('河道得分', sc_prop(6, RIVER_R), D('5.73'))
    L.eq('按期得分', sc_prop(5, ONTIME_R), D('4.29'))
    L.eq('污水得分', q(D(5) * SEW_R / SEW_T), D('4.78'))
    L.eq('满意度', SAT, D('92.96'))
    L.eq('三公下降', SG_G, D('-8.78'))
    L.check('总分 ≥ 90 → 优', TOTAL >= 90 and GRADE == '优', TOTAL)
    L.eq('扣分 + 得分 = 100', DED + TOTAL, 100)
    L.eq('村级组织运转经费户均', VILL_AVG, q(D('1046.52') / 19))
    L.eq('公益性岗位 元→万元', JOB_WAN, q(D(JOB_YUAN) / 10000))
    L.eq('公益性岗位元', JOB_YUAN, D('4731840'))
    L.eq('编制 = 行政 + 事业', NPOST, 110)
    L.eq('实有 = 行政 + 事业', NSTAFF, 103)
    L.eq('内设机构数', len(OFFICES), 7)
    L.eq('事业单位数', len(CENTRES), 4)
    L.eq('村（社区）', NVC, 19)
    L.eq('三级指标数', len(IND), 24)
    for a in LV1:
        L.stated(V, '| **%d** |  |  | **%s** |' % (W1[a], f(S1[a])))
    L.stated(V, '全年预算数为%s万元' % f(FULL), '预算执行率为%s%%' % f(RATE), '提高%s个百分点' % f(PP),
             '年末结转结余%s万元' % f(CLOSE), '| 合计 | %s | 99.99 |' % f(ACT), '评价等级为“%s”' % GRADE,
             '绩效自评得分%s分' % f(TOTAL), '**%s**' % f(TOTAL), '2025年3月14日', '淮财绩〔2025〕3号',
             '%s万元，占项目支出的%s%%' % (f(KEYSUM), f(KEYSH)), '4个一级指标',
             '%d个三级指标' % len(IND), '%d个二级指标' % len({(r[0], r[1]) for r in IND}))
    for r in IND:
        L.stated(V, '| %s | %d |' % (r[2], r[3]))
    L.stated(V, *['| %s | %s | %s |' % (n, f(v), f(s)) for (n, v), s in zip(FUNC, FSH)])
    for k in ('init', 'add', 'cut', 'carry', 'act'):
        L.fact('合计_' + k, TOT[k])
    L.fact('全年预算', FULL); L.fact('执行率', RATE); L.fact('年末结转结余', CLOSE)
    L.fact('功能分类占比和', sum(FSH)); L.fact('总分', TOTAL); L.fact('等级', GRADE)
    L.fact('一级得分', {a: str(S1[a]) for a in LV1})
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'total', TOTAL)


if __name__ == '__main__':
    main()
