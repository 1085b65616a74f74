"""t06: 清沟县水务局 农村供水保障（水源置换及管网延伸）工程 2024年度项目支出绩效自评报告.

.txt in UTF-8 WITH a byte-order mark and CRLF line ends; the three tables are drawn with
box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), padded by display width (CJK = 2 cells).
A two-year project (2023–2024): 中央/自治区/市/县 funding shares add to exactly 100.00.
"""
import os
import unicodedata
from common import D, q, pct, growth, f, fi, Ledger, OUT
import txt_text

NAME = 't06_qinggou_rural_water_supply_project_selfeval_2024'
L = Ledger(NAME + '.txt')

# ------------------------------------------------------------------ 资金 (万元): 2023下达, 2024下达
SRC = [('中央水利发展资金', D('2400.00'), D('2720.00')), ('自治区水利专项资金', D('1000.00'), D('1460.00')),
       ('固川市级补助资金', D('200.00'), D('620.00')), ('清沟县级配套资金', D('0.00'), D('1446.20'))]
A23 = sum(r[1] for r in SRC)
A24 = sum(r[2] for r in SRC)
TOT = A23 + A24
SH = [pct(r[1] + r[2], TOT) for r in SRC]
X23 = D('2846.30')                 # 2023 spending
CARRY = A23 - X23                  # 2023 → 2024 结转
AVAIL24 = CARRY + A24
X24 = D('6512.48')
R24 = pct(X24, AVAIL24)
CUM = X23 + X24
RCUM = pct(CUM, TOT)
CLOSE = TOT - CUM
L.eq('年末结转 = 2024可用 − 2024支出', CLOSE, AVAIL24 - X24)
RETAIN = D('281.06')               # 质保金
TAIL = CLOSE - RETAIN              # 未结算尾款
# 2024 下达 by level = 2024 列
COUNTY_BOND = D('1000.00')         # 县级配套中: 地方政府专项债券
COUNTY_GEN = SRC[3][2] - COUNTY_BOND

# 支出 by 工程内容 (累计, 万元)
WORKS = [('水源工程（水源井及泵站）', D('1286.40')), ('输水管道工程', D('2846.70')), ('配水管网工程', D('3412.58')),
         ('入户改造工程', D('1218.35'))]
WORKS.append(('独立费用（勘察设计、监理等）', CUM - sum(v for _, v in WORKS)))
WSH = [pct(v, CUM) for _, v in WORKS]

# physical output
WELLS, WELLS_T = 6, 6
PIPE_KM, PIPE_T = D('38.6'), D('40')
NET_KM, NET_T = D('126.4'), D('120')
NET_M = int(NET_KM * 1000)
HH, HH_T = 8460, 8000
POP, POP_T = 31200, 30000
POP_WAN = q(D(POP) / 10000)
PER_CAP = q(TOT * 10000 / POP)
CENTRAL, CENTRAL_T, CENTRAL0 = D('98.6'), D('98'), D('92.3')
WQ, WQ_T = D('96.2'), D('100')
LOTS, LOTS_OK = 4, 3
ONTIME = pct(LOTS_OK, LOTS)
VILLAGES = ['红崖村', '沙湾村', '马家塬村', '杨庄村', '石窑村', '新庄村', '下河村']
SURV, SURV_VALID, SURV_SAT = 300, 288, 269
DAILY = 4800                        # 立方米/日
DAILY_WAN = q(D(DAILY) / 10000)
YEARLY_WAN = q(D(DAILY) * 365 / 10000)
PRICE = D('3.20')
SAT = pct(SURV_SAT, SURV_VALID)


# ------------------------------------------------------------------ 自评表
def prop(w, a, t):
    return q(D(w) * D(a) / D(t))


IND = [  # 一级, 二级, 指标, 分值, 目标, 实际, 得分
    ('决策', '项目立项', '立项依据充分性', 4, '充分', '充分', D('4.00')),
    ('决策', '绩效目标', '绩效目标合理性', 4, '合理', '部分指标偏低', D('3.50')),
    ('决策', '资金投入', '资金分配合理性', 7, '合理', '合理', D('7.00')),
    ('过程', '资金管理', '资金到位率', 5, '100%', '%s%%' % f(pct(TOT, TOT)), D('5.00')),
    ('过程', '资金管理', '预算执行率（累计）', 5, '100%', '%s%%' % f(RCUM), prop(5, RCUM, 100)),
    ('过程', '资金管理', '资金使用合规性', 5, '合规', '合规', D('5.00')),
    ('过程', '组织实施', '管理制度执行有效性', 5, '有效', '1个标段招标延迟', D('4.50')),
    ('产出', '数量', '新建水源井', 6, '%d眼' % WELLS_T, '%d眼' % WELLS, D('6.00')),
    ('产出', '数量', '输水管道长度', 8, '%s公里' % PIPE_T, '%s公里' % PIPE_KM, prop(8, pct(PIPE_KM, PIPE_T), 100)),
    ('产出', '数量', '配水管网长度', 8, '≥%s公里' % NET_T, '%s公里' % NET_KM, D('8.00')),
    ('产出', '数量', '入户改造户数', 6, '≥%d户' % HH_T, '%d户' % HH, D('6.00')),
    ('产出', '质量', '工程验收合格率', 6, '100%', '100%', D('6.00')),
    ('产出', '时效', '标段按期完工率', 6, '100%', '%s%%' % f(ONTIME), prop(6, ONTIME, 100)),
    ('效益', '社会效益', '受益人口', 6, '≥3万人', '%s万人' % POP_WAN, D('6.00')),
    ('效益', '社会效益', '农村集中供水率', 6, '≥%s%%' % CENTRAL_T, '%s%%' % CENTRAL, D('6.00')),
    ('效益', '社会效益', '出厂水水质达标率', 5, '%s%%' % WQ_T, '%s%%' % WQ, prop(5, WQ, WQ_T)),
    ('效益', '满意度', '受益群众满意度', 8, '≥90%', '%s%%' % f(SAT), D('8.00')),
]
L.eq('分值合计', sum(r[3] for r in IND), 100)
for r in IND:
    L.check('得分 ≤ 分值: %s' % r[2], D(0) <= r[6] <= r[3], '%s ≤ %s' % (r[6], r[3]))
LV = ['决策', '过程', '产出', '效益']
W1 = {a: sum(r[3] for r in IND if r[0] == a) for a in LV}
S1 = {a: sum(r[6] for r in IND if r[0] == a) for a in LV}
TOTAL = sum(S1.values())
GRADE = '优' if TOTAL >= 90 else '良' if TOTAL >= 80 else '中' if TOTAL >= 60 else '差'


# ------------------------------------------------------------------ box tables
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def pad(s, w, right=False):
    sp = ' ' * (w - dw(s))
    return sp + s if right else s + sp


def box(rows, right_cols=()):
    n = len(rows[0])
    ws = [max(dw(r[j]) for r in rows) + 2 for j in range(n)]

    def line(l, m, r):
        return l + m.join('─' * w for w in ws) + r
    out = [line('┌', '┬', '┐')]
    for i, r in enumerate(rows):
        out.append('│' + '│'.join(pad(' ' + c + ' ', ws[j], right=(i > 0 and j in right_cols)) for j, c in enumerate(r)) + '│')
        out.append(line('├', '┼', '┤') if i + 1 < len(rows) else line('└', '┴', '┘'))
    return out


# ------------------------------------------------------------------ text
T = []


def ln(s=''):
    T.append(s)


def W(x):
    return f(x) + '万元'


ln('清沟县农村供水保障工程（水源置换及管网延伸）')
ln('2024年度项目支出绩效自评报告')
ln()
ln('填报单位：清沟县水务局')
ln('主管部门：清沟县水务局　　实施单位：清沟县农村供水工程建设管理站')
ln()
ln('一、项目概况')
ln()
ln('（一）项目背景和主要内容')
ln('清沟县地处黄土丘陵区，部分乡村长期依靠小型分散水源供水，水量不稳定、水质季节性超标。为解决上述问题，县水务局实施农村供水保障工程（水源置换及管网延伸），建设期为2023年至2024年两个年度。项目主要建设内容为：新建水源井%d眼及配套泵站，敷设输水管道%s公里，新建和改造配水管网%s公里，对%s户农户实施入户改造，工程覆盖城关、红崖、马家塬三个乡镇的%s个行政村，即%s。'
   % (WELLS_T, PIPE_T, NET_T, fi(HH_T), len(VILLAGES), '、'.join(VILLAGES)))
ln('项目批复概算总投资%s，由中央、自治区、市、县四级共同承担。本报告为项目实施第二年即2024年度的自评，资金和产出数据中凡注明“累计”的，均为2023年至2024年两年合计数。'
   % W(TOT))
ln()
ln('（二）资金来源和下达情况')
ln('项目两年累计下达资金%s，与批复概算一致。其中：2023年下达%s，2024年下达%s。按资金来源分，中央水利发展资金%s，占%s%%；自治区水利专项资金%s，占%s%%；固川市级补助资金%s，占%s%%；清沟县级配套资金%s，占%s%%，四项占比合计100.00%%。县级配套资金中，地方政府专项债券资金%s，一般公共预算安排%s。'
   % (W(TOT), W(A23), W(A24), W(SRC[0][1] + SRC[0][2]), f(SH[0]), W(SRC[1][1] + SRC[1][2]), f(SH[1]),
      W(SRC[2][1] + SRC[2][2]), f(SH[2]), W(SRC[3][1] + SRC[3][2]), f(SH[3]), W(COUNTY_BOND), W(COUNTY_GEN)))
ln()
ln('表1　项目资金来源及下达情况（单位：万元）')
rows = [['资金来源', '2023年下达', '2024年下达', '累计下达', '占比（%）']]
for (n, a, b), s in zip(SRC, SH):
    rows.append([n, f(a), f(b), f(a + b), f(s)])
rows.append(['合计', f(A23), f(A24), f(TOT), f(sum(SH))])
for x in box(rows, right_cols=(1, 2, 3, 4)):
    ln(x)
ln()
ln('（三）项目组织实施')
ln('项目法人为清沟县农村供水工程建设管理站，县水务局为主管部门，负责项目审批、资金申请和监督检查。项目按照“项目法人负责、监理单位控制、施工单位保证、政府部门监督”的要求组织实施，施工和监理均通过公开招标确定。项目共划分%d个施工标段：第一标段为水源井及泵站，第二、三标段为配水管网和入户改造，第四标段为输水管道。县水务局会同乡镇人民政府成立现场协调组，负责征地、青苗补偿和群众工作。'
   % LOTS)
ln()
ln('（四）年度绩效目标')
ln('2024年度绩效目标为：完成全部%d眼水源井和%s公里输水管道建设，配水管网累计不少于%s公里，入户改造累计不少于%s户；工程验收合格率100%%；农村集中供水率达到%s%%以上；受益人口不少于3万人；受益群众满意度不低于90%%。'
   % (WELLS_T, PIPE_T, NET_T, fi(HH_T), CENTRAL_T))
ln()
ln('二、项目资金使用情况')
ln()
ln('2023年项目支出%s，年末结转%s。2024年可用资金为上年结转%s加当年下达%s，合计%s；当年支出%s，年度执行率%s%%。两年累计支出%s，累计执行率%s%%（以累计下达资金%s为基数），年末结转%s，其中工程质保金%s，待审计结算的尾款%s。'
   % (W(X23), W(CARRY), W(CARRY), W(A24), W(AVAIL24), W(X24), f(R24), W(CUM), f(RCUM), W(TOT), W(CLOSE), W(RETAIN), W(TAIL)))
ln('年度执行率与累计执行率的计算基数不同：前者以2024年可用资金为基数，后者以两年累计下达资金为基数。自评表中“预算执行率”指标按累计执行率计分。')
ln()
ln('按工程内容分，累计支出构成见表2。')
ln()
ln('表2　项目累计支出构成（单位：万元）')
rows = [['工程内容', '累计支出', '占比（%）']]
for (n, v), s in zip(WORKS, WSH):
    rows.append([n, f(v), f(s)])
rows.append(['合计', f(CUM), f(sum(WSH))])
for x in box(rows, right_cols=(1, 2)):
    ln(x)
ln()
ln('资金管理方面，项目资金实行专账核算、专款专用，工程款按合同约定和监理确认的工程量分期支付，支付前经县水务局、县财政局联审。县审计局对项目2023年度资金使用情况开展了跟踪审计，未发现挤占挪用问题。')
ln('质量和安全管理方面，县水务局委托第三方检测机构对管材、管件和回填土质量进行抽检，全年抽检管材批次42批，合格率100%；施工现场实行安全生产责任制，建立隐患排查台账，项目实施期间未发生安全生产事故。项目档案按照水利工程档案管理规定同步收集整理，分标段建立了档案目录。')
ln()
ln('三、项目绩效完成情况')
ln()
ln('（一）产出情况')
ln('1.数量指标。新建水源井%d眼，完成目标；敷设输水管道%s公里，完成目标的%s%%，剩余%s公里因穿越国道需办理占用许可，计划于2025年5月底前完成；新建和改造配水管网%s公里（即%s米），超过目标%s公里；完成入户改造%s户，超过目标%s户。'
   % (WELLS, PIPE_KM, f(pct(PIPE_KM, PIPE_T)), PIPE_T - PIPE_KM, NET_KM, fi(NET_M), NET_KM - NET_T, fi(HH), fi(HH - HH_T)))
ln('2.质量指标。已完工的单位工程全部通过验收，验收合格率100%。')
ln('3.时效指标。项目共划分%d个施工标段，其中%d个标段按期完工，按期完工率%s%%；第四标段（输水管道穿越段）因许可办理原因延期。'
   % (LOTS, LOTS_OK, f(ONTIME)))
ln('4.成本指标。项目累计支出控制在批复概算以内，按受益人口计算，人均投资%s元（概算总投资%s÷受益人口%s人）。'
   % (f(PER_CAP), W(TOT), fi(POP)))
ln()
ln('（二）效益情况')
ln('项目建成后，受益人口%s人（%s万人），农村集中供水率由实施前的%s%%提高到%s%%，提高%s个百分点；出厂水水质达标率%s%%，个别月份浑浊度超标，已增设过滤设施。满意度调查发放问卷%d份，收回有效问卷%d份，其中满意%d份，满意度%s%%。'
   % (fi(POP), POP_WAN, CENTRAL0, CENTRAL, CENTRAL - CENTRAL0, WQ, SURV, SURV_VALID, SURV_SAT, f(SAT)))
ln()
ln('（三）运行管护情况')
ln('工程建成后，新建水厂设计日供水能力%s立方米（即%s万立方米/日），按全年运行计算年供水能力%s万立方米。工程产权归县水务局所有，委托县供排水公司统一运行管护，按照“县级统管、乡镇协管、村级参与”的方式建立管护体系，落实管护人员和管护经费。水价按照成本补偿原则核定，居民生活用水价格每立方米%s元，困难群众用水按规定给予减免。'
   % (fi(DAILY), DAILY_WAN, f(YEARLY_WAN), f(PRICE)))
ln()
ln('四、自评得分情况')
ln()
ln('自评采用百分制，设决策、过程、产出、效益4个一级指标和%d个具体指标。定量指标达到目标值得满分，未达到的按完成比例计分；预算执行率按“累计执行率×分值”计分。自评表见表3。'
   % len(IND))
ln()
ln('表3　项目支出绩效自评表')
rows = [['一级指标', '二级指标', '三级指标', '分值', '年度目标', '实际完成', '得分']]
for a in LV:
    for r in [x for x in IND if x[0] == a]:
        rows.append([r[0], r[1], r[2], str(r[3]), r[4], r[5], f(r[6])])
    rows.append([a + '小计', '', '', str(W1[a]), '', '', f(S1[a])])
rows.append(['总分', '', '', '100', '', '', f(TOTAL)])
for x in box(rows, right_cols=(3, 6)):
    ln(x)
ln()
ln('经自评，项目得分%s分，其中决策%s分、过程%s分、产出%s分、效益%s分，自评等级为“%s”。等级标准为：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'
   % (f(TOTAL), f(S1['决策']), f(S1['过程']), f(S1['产出']), f(S1['效益']), GRADE))
ln()
ln('五、存在的问题及原因分析')
ln()
ln('一是部分工程进度滞后。输水管道穿越国道段需办理公路占用许可，审批时间较长，导致第四标段未按期完工。二是水质保障能力有待加强。个别水源井受降雨影响浑浊度偏高，现有净水设施处理能力不足。三是资金结算偏慢。部分已完工程尚未完成审计结算，尾款未能及时支付。四是绩效目标设置不够全面，年初目标中未设置工程运行管护和水费收缴方面的可持续影响指标，难以全面反映项目建成后的长期效益。')
ln()
ln('六、改进措施和结果应用')
ln()
ln('一是加强与交通运输部门的沟通协调，加快办理穿越许可，确保剩余输水管道按期完工。二是增设过滤和消毒设施，加密水质检测频次，确保出厂水水质稳定达标。三是加快工程审计结算，及时支付尾款，质保期满后按合同约定返还质保金。四是将自评结果作为2025年农村供水项目资金安排的重要依据，并按规定向社会公开。')
ln()
ln('七、其他需要说明的问题')
ln()
ln('一是本项目为跨年度项目，2023年度已按规定开展自评，本报告中2023年数据与2023年度自评报告一致。二是受益人口按项目覆盖的%d个行政村户籍人口统计，入户改造户数按实际通水户统计，两者口径不同。三是剩余输水管道完工后，县水务局将组织竣工验收并开展项目整体绩效评价。'
   % len(VILLAGES))
ln()
ln('清沟县水务局')
ln('2025年4月18日')
ln()
TEXT = '\r\n'.join(T)


def main():
    path = os.path.join(OUT, NAME + '.txt')
    with open(path, 'wb') as fh:
        fh.write(b'\xef\xbb\xbf' + TEXT.encode('utf-8'))
    raw = open(path, 'rb').read()
    L.check('UTF-8 BOM', raw.startswith(b'\xef\xbb\xbf'))
    L.check('CRLF line ends only', raw.count(b'\r\n') == raw.count(b'\n') and raw.count(b'\r\n') > 50)
    V = txt_text.visible_text(path)
    L.eq('file round-trips', V, TEXT)
    L.eq('累计下达', TOT, D('9846.20'))
    L.eq('2023下达', A23, D('3600.00'))
    L.eq('2024下达', A24, D('6246.20'))
    L.eq('来源占比之和', sum(SH), D('100.00'))
    L.eq('支出构成占比之和', sum(WSH), D('100.00'))
    L.eq('结转', CARRY, D('753.70'))
    L.eq('2024可用', AVAIL24, D('6999.90'))
    L.eq('年度执行率', R24, D('93.04'))
    L.eq('累计支出', CUM, D('9358.78'))
    L.eq('累计执行率', RCUM, D('95.05'))
    L.eq('年末结转', CLOSE, D('487.42'))
    L.eq('质保金 + 尾款 = 结转', RETAIN + TAIL, CLOSE)
    L.eq('县级配套 = 债券 + 一般', COUNTY_BOND + COUNTY_GEN, SRC[3][2])
    L.eq('公里→米', NET_M, 126400)
    L.eq('人→万人', POP_WAN, D('3.12'))
    L.eq('人均投资', PER_CAP, q(D('98462000') / 31200))
    L.eq('村数', len(VILLAGES), 7)
    L.eq('日供水 万立方米', DAILY_WAN, D('0.48'))
    L.eq('年供水 万立方米', YEARLY_WAN, D('175.20'))
    L.eq('个百分点', CENTRAL - CENTRAL0, D('6.3'))
    L.eq('满意度', SAT, D('93.40'))
    L.eq('执行率得分', prop(5, RCUM, 100), D('4.75'))
    L.eq('输水管道得分', prop(8, pct(PIPE_KM, PIPE_T), 100), D('7.72'))
    L.eq('按期得分', prop(6, ONTIME, 100), D('4.50'))
    L.eq('水质得分', prop(5, WQ, WQ_T), D('4.81'))
    L.eq('一级分值', [W1[a] for a in LV], [15, 20, 40, 25])
    L.eq('总分 = Σ小计', TOTAL, sum(r[6] for r in IND))
    L.check('等级', GRADE == '优', TOTAL)
    L.stated(V, '项目得分%s分' % f(TOTAL), '自评等级为“%s”' % GRADE, '四项占比合计100.00%', '2025年4月18日',
             '累计执行率%s%%' % f(RCUM), '年度执行率%s%%' % f(R24), '提高%s个百分点' % (CENTRAL - CENTRAL0))
    for k, v in [('累计下达', TOT), ('累计支出', CUM), ('2024支出', X24), ('年度执行率', R24), ('累计执行率', RCUM),
                 ('总分', TOTAL)]:
        L.fact(k, v)
    L.fact('来源占比', [str(s) for s in SH])
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'total', TOTAL, S1, WSH, SAT)


if __name__ == '__main__':
    main()
