"""t05: 锡林河旗林业和草原局 2024年度部门决算 (.pdf via reportlab, CID font STSong-Light).

All amounts in 元 with two decimals; negative changes in the tables are written in parentheses
(accounting style); tables compare 本年 with 上年.
"""
import os
from common import D, q, pct, growth, f, fp, fi, Ledger, OUT

NAME = 't05_xilinhe_forestry_grassland_final_accounts_2024'
L = Ledger(NAME + '.pdf')

# ------------------------------------------------------------------ 一般公共预算财政拨款支出 (元): 年初预算, 本年, 上年, 基本?
FUNC = [
    ('208', '社会保障和就业支出', [
        ('20805', '行政事业单位养老支出', [
            ('2080505', '机关事业单位基本养老保险缴费支出', '1286420.16', '1286420.16', '1238604.80', True),
            ('2080506', '机关事业单位职业年金缴费支出', '643210.08', '643210.08', '619302.40', True)])]),
    ('210', '卫生健康支出', [
        ('21011', '行政事业单位医疗', [
            ('2101101', '行政单位医疗', '186420.36', '186420.36', '178260.12', True),
            ('2101102', '事业单位医疗', '452680.44', '452680.44', '446912.08', True)])]),
    ('213', '农林水支出', [
        ('21302', '林业和草原', [
            ('2130201', '行政运行', '3850000.00', '3862145.28', '3706428.60', True),
            ('2130204', '事业机构', '6100000.00', '6124386.52', '5982130.44', True),
            ('2130205', '森林资源培育', '3800000.00', '4286500.00', '6412860.00', False),
            ('2130209', '森林生态效益补偿', '8642310.00', '8642310.00', '8642310.00', False),
            ('2130211', '动植物保护', '350000.00', '326800.00', '412500.00', False),
            ('2130234', '林业草原防灾减灾', '1800000.00', '2184620.50', '1956300.00', False),
            ('2130299', '其他林业和草原支出', '0.00', '0.00', '286400.00', False)])]),
    ('221', '住房保障支出', [
        ('22102', '住房改革支出', [
            ('2210201', '住房公积金', '734862.00', '734862.00', '712446.00', True)])]),
]
rows = []     # (code, name, init, cur, last)
LEI = {}
items = {}
for c1, n1, ks in FUNC:
    a1 = [D(0)] * 3
    krows = []
    for c2, n2, xs in ks:
        L.check('款 %s ⊂ 类 %s' % (c2, c1), c2.startswith(c1))
        a2 = [D(0)] * 3
        xrows = []
        for c3, n3, i, c, l, basic in xs:
            L.check('项 %s ⊂ 款 %s' % (c3, c2), c3.startswith(c2))
            v = [D(i), D(c), D(l)]
            items[c3] = (n3, v, basic)
            a2 = [x + y for x, y in zip(a2, v)]
            xrows.append((c3, n3, *v))
        a1 = [x + y for x, y in zip(a1, a2)]
        krows.append((c2, n2, *a2))
        krows += xrows
    LEI[c1] = (n1, a1)
    rows.append((c1, n1, *a1))
    rows += krows
GI, GC, GL = [sum(LEI[k][1][j] for k in LEI) for j in range(3)]
L.eq('Σ项 = Σ类 (本年)', sum(v[1] for _, v, _ in items.values()), GC)
L.eq('一般公共预算财政拨款支出', GC, D('28730355.34'))
BASIC = sum(v[1] for _, v, b in items.values() if b)
PROJ = GC - BASIC
PERS, PUB = D('11864310.62'), BASIC - D('11864310.62')
L.eq('基本支出', BASIC, D('13290124.84'))
L.eq('项目支出', PROJ, D('15440230.50'))
BASIC23 = sum(v[2] for _, v, b in items.values() if b)
PROJ23 = GL - BASIC23

# ------------------------------------------------------------------ 收入支出 (all funds, 元): 本年, 上年
FIN_IN, FIN_IN23 = D('28214356.40'), D('29486120.18')
BIZ_IN, BIZ_IN23 = D('1246800.00'), D('1382460.00')
OTH_IN, OTH_IN23 = D('86420.50'), D('64318.20')
IN, IN23 = FIN_IN + BIZ_IN + OTH_IN, FIN_IN23 + BIZ_IN23 + OTH_IN23
OPEN_FIN, OPEN_OTH = D('1624300.00'), D('238100.00')
OPEN = OPEN_FIN + OPEN_OTH
NONFIN_X, NONFIN_X23 = D('1402186.30'), D('1318260.00')
OUT_ALL, OUT23 = GC + NONFIN_X, GL + NONFIN_X23
DIFF, DIFF23 = IN - OUT_ALL, IN23 - OUT23
CLOSE_FIN = OPEN_FIN + FIN_IN - GC
CLOSE_OTH = OPEN_OTH + BIZ_IN + OTH_IN - NONFIN_X
CLOSE = CLOSE_FIN + CLOSE_OTH
OPEN23 = OPEN - DIFF23            # 上年年初, derived so that 上年年末 = 本年年初
CLOSE23 = OPEN23 + DIFF23
L.check('上年年初结转为正', OPEN23 > 0, OPEN23)
L.eq('上年年末 = 本年年初', CLOSE23, OPEN)
L.check('本年收支差额为负', DIFF < 0, DIFF)
L.eq('年末 = 年初 + 收支差额', CLOSE, OPEN + DIFF)
L.eq('收入总计 = 支出总计', IN + OPEN, OUT_ALL + CLOSE)
# 功能分类（全部资金）: 农林水 includes the non-fiscal spending on 森林资源培育
LEI_ALL = {k: v[1][1] for k, v in LEI.items()}
LEI_ALL['213'] += NONFIN_X
LEI_ALL23 = {k: v[1][2] for k, v in LEI.items()}
LEI_ALL23['213'] += NONFIN_X23

# ------------------------------------------------------------------ 三公, 机关运行经费, 采购 (元)
sg = {'因公出国（境）费': (D('0.00'), D('0.00')), '公务用车购置费': (D('0.00'), D('238000.00')),
      '公务用车运行维护费': (D('142600.00'), D('138460.00')), '公务接待费': (D('43820.00'), D('36400.00'))}
SG = sum(v[0] for v in sg.values()); SG23 = sum(v[1] for v in sg.values())
SG_B = D('200000.00')
ops, ops23 = D('486320.58'), D('512604.30')
proc_goods, proc_serv = D('1136500.00'), D('738100.00')
PROC = proc_goods + proc_serv
sme = D('1486200.00')

# ------------------------------------------------------------------ text blocks
blocks = []
def T(x): blocks.append(('title', x))
def H(x): blocks.append(('h', x))
def H2(x): blocks.append(('h2', x))
def P(x): blocks.append(('p', x))
def yuan(x): return f(x) + '元'
def chg(new, old):
    d = new - old
    if d == 0:
        return '与上年持平'
    return '比上年%s%s，%s%s%%' % ('增加' if d > 0 else '减少', yuan(abs(d)), '增长' if d > 0 else '下降',
                                f(abs(growth(new, old))))

T('锡林河旗林业和草原局2024年度部门决算')
blocks.append(('sub', '（金额单位：元）'))
H('第一部分　部门概况')
H2('一、主要职能')
P('锡林河旗林业和草原局是旗人民政府工作部门，负责全旗林业和草原及其生态保护修复的监督管理，组织开展国土绿化和防沙治沙工作，负责森林、草原、湿地资源的监督管理和动态监测，负责森林和草原火灾预防工作，负责陆生野生动植物资源监督管理，负责推进林业和草原改革工作，拟订林业和草原资源保护发展政策并组织实施。')
H2('二、机构设置')
P('纳入本部门2024年度部门决算编报范围的单位共3个，包括锡林河旗林业和草原局本级（行政单位）、锡林河旗林业和草原工作站（事业单位）和锡林河旗巴音国有林场（事业单位）。年末实有人员92人，其中行政人员21人、事业人员71人；另有离退休人员58人。')
H2('三、2024年度重点工作')
P('2024年，本部门围绕“三北”工程攻坚战，完成人工造林和退化林修复任务，实施草原生态保护修复，落实森林草原防火责任制，全年未发生重大森林草原火灾；开展林草湿资源年度监测和野生动物疫源疫病监测，推进国有林场改革发展和林长制工作。')
H('第二部分　2024年度部门决算情况说明')
H2('一、收入支出决算总体情况说明')
P('2024年度收入总计%s，支出总计%s。本年收入合计%s，%s；本年支出合计%s，%s。本年支出大于本年收入%s，差额由年初结转和结余弥补。年初结转和结余%s，年末结转和结余%s。'
  % (yuan(IN + OPEN), yuan(OUT_ALL + CLOSE), yuan(IN), chg(IN, IN23), yuan(OUT_ALL), chg(OUT_ALL, OUT23),
     yuan(-DIFF), yuan(OPEN), yuan(CLOSE)))
H2('二、收入决算情况说明')
P('本年收入合计%s，其中：财政拨款收入%s，占%s%%；事业收入%s，占%s%%，主要为巴音国有林场苗木销售和森林抚育服务收入；其他收入%s，占%s%%。财政拨款收入%s，主要是中央森林资源培育补助资金减少。'
  % (yuan(IN), yuan(FIN_IN), f(pct(FIN_IN, IN)), yuan(BIZ_IN), f(pct(BIZ_IN, IN)), yuan(OTH_IN),
     f(pct(OTH_IN, IN)), chg(FIN_IN, FIN_IN23)))
H2('三、支出决算情况说明')
P('本年支出合计%s，其中：基本支出%s，占%s%%；项目支出%s，占%s%%。项目支出中，财政拨款安排%s，事业收入和其他收入安排%s，主要用于巴音国有林场苗圃育苗和森林抚育。'
  % (yuan(OUT_ALL), yuan(BASIC), f(pct(BASIC, OUT_ALL)), yuan(PROJ + NONFIN_X), f(pct(PROJ + NONFIN_X, OUT_ALL)),
     yuan(PROJ), yuan(NONFIN_X)))
H2('四、财政拨款收入支出决算总体情况说明')
P('2024年度财政拨款收入%s，年初财政拨款结转和结余%s，财政拨款支出%s，年末财政拨款结转和结余%s。本部门财政拨款全部为一般公共预算财政拨款，无政府性基金预算和国有资本经营预算财政拨款。'
  % (yuan(FIN_IN), yuan(OPEN_FIN), yuan(GC), yuan(CLOSE_FIN)))
H2('五、一般公共预算财政拨款支出决算情况说明')
P('（一）总体情况。2024年度一般公共预算财政拨款支出%s，%s，主要是中央森林资源培育补助资金减少，以及上年一次性安排的其他林业和草原支出本年未安排。年初预算%s，决算数为年初预算的%s%%。'
  % (yuan(GC), chg(GC, GL), yuan(GI), f(pct(GC, GI))))
P('（二）结构情况。社会保障和就业支出%s，占%s%%；卫生健康支出%s，占%s%%；农林水支出%s，占%s%%；住房保障支出%s，占%s%%。'
  % tuple(x for k in ('208', '210', '213', '221') for x in (yuan(LEI[k][1][1]), f(pct(LEI[k][1][1], GC)))))
def item_sent(code, why):
    n, v, _ = items[code]
    i, c, l = v
    s = '%s（%s）年初预算%s，支出决算%s' % (n, code, yuan(i), yuan(c))
    if i:
        s += '，完成年初预算的%s%%' % f(pct(c, i))
    return s + why
P('（三）具体情况。' + '；'.join([
    item_sent('2130201', '，主要是调整工资标准增加支出'),
    item_sent('2130204', ''),
    item_sent('2130205', '，决算数大于年初预算，主要是年中追加中央造林补助资金'),
    item_sent('2130209', '，全部用于国家级公益林生态效益补偿，与上年持平'),
    item_sent('2130211', '，主要是野生动物疫源疫病监测设备采购节约'),
    item_sent('2130234', '，主要是年中追加森林草原防火物资储备和扑火队伍建设经费'),
    '其他林业和草原支出（2130299）年初未安排预算，本年无支出，上年为一次性安排的林草湿调查经费%s' % yuan(items['2130299'][1][2]),
]) + '。其余为按规定缴纳的养老保险、职业年金、医疗保险和住房公积金，均按年初预算全额执行。')
H2('六、一般公共预算财政拨款基本支出决算情况说明')
P('2024年度一般公共预算财政拨款基本支出%s，其中：人员经费%s，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；公用经费%s，主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务用车运行维护费等。基本支出%s。'
  % (yuan(BASIC), yuan(PERS), yuan(PUB), chg(BASIC, BASIC23)))
H2('七、“三公”经费财政拨款支出决算情况说明')
P('2024年度“三公”经费财政拨款支出%s，为预算%s的%s%%，%s。其中：因公出国（境）费%s，与上年持平；公务用车购置费%s，上年为%s，本年未购置车辆；公务用车运行维护费%s，%s，主要是森林草原防火巡护里程增加；公务接待费%s，%s，共接待28批次196人次，主要是接待上级林草部门检查验收。年末公务用车保有量6辆，其中应急保障用车4辆、一般公务用车2辆。'
  % (yuan(SG), yuan(SG_B), f(pct(SG, SG_B)), chg(SG, SG23), yuan(sg['因公出国（境）费'][0]),
     yuan(sg['公务用车购置费'][0]), yuan(sg['公务用车购置费'][1]), yuan(sg['公务用车运行维护费'][0]),
     chg(*sg['公务用车运行维护费']), yuan(sg['公务接待费'][0]), chg(*sg['公务接待费'])))
H2('八、政府性基金预算和国有资本经营预算财政拨款支出决算情况说明')
P('本部门2024年度无政府性基金预算和国有资本经营预算财政拨款收入、支出及结转结余，相关公开表以空表列示。')
H2('九、其他重要事项的情况说明')
P('（一）机关运行经费。2024年度局本级机关运行经费%s，%s。机关运行经费只统计行政单位，两个事业单位的公用经费不在此列。'
  % (yuan(ops), chg(ops, ops23)))
P('（二）政府采购情况。2024年度政府采购支出总额%s，其中：政府采购货物支出%s、政府采购服务支出%s，无政府采购工程支出。授予中小企业合同金额%s，占政府采购支出总额的%s%%。'
  % (yuan(PROC), yuan(proc_goods), yuan(proc_serv), yuan(sme), f(pct(sme, PROC))))
P('（三）国有资产占用情况。截至2024年12月31日，本部门共有车辆6辆，其中应急保障用车4辆、一般公务用车2辆；单价100万元以上专用设备1台（套），为森林草原防火视频监控平台。')
P('（四）预算绩效管理情况。本部门对2024年度全部12个项目开展了绩效自评，涉及财政拨款项目支出%s。部门整体支出绩效自评得分94.6分，等级为优。'
  % yuan(PROJ))
H('第三部分　名词解释')
P('1.财政拨款收入：指旗级财政当年拨付的资金。2.事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。4.年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。5.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。6.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。7.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。8.机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。')
P('说明：公开表中增减额、增减率为负数的，以括号表示，如（286,400.00）表示减少286,400.00元；上年数为零的，增减率以“—”表示。')
H('第四部分　2024年度部门决算公开表')


def chg_cells(new, old):
    d = new - old
    rate = '—' if old == 0 else fp(growth(new, old)) + '%' if growth(new, old) >= 0 else '(%s%%)' % f(-growth(new, old))
    return [fp(d), rate]


t1 = [['项目', '本年数', '上年数', '增减额', '增减率']]
t1.append(['一、财政拨款收入', f(FIN_IN), f(FIN_IN23)] + chg_cells(FIN_IN, FIN_IN23))
t1.append(['二、事业收入', f(BIZ_IN), f(BIZ_IN23)] + chg_cells(BIZ_IN, BIZ_IN23))
t1.append(['三、其他收入', f(OTH_IN), f(OTH_IN23)] + chg_cells(OTH_IN, OTH_IN23))
t1.append(['本年收入合计', f(IN), f(IN23)] + chg_cells(IN, IN23))
for k, nm in [('208', '社会保障和就业支出'), ('210', '卫生健康支出'), ('213', '农林水支出'), ('221', '住房保障支出')]:
    t1.append([nm, f(LEI_ALL[k]), f(LEI_ALL23[k])] + chg_cells(LEI_ALL[k], LEI_ALL23[k]))
t1.append(['本年支出合计', f(OUT_ALL), f(OUT23)] + chg_cells(OUT_ALL, OUT23))
t1.append(['本年收支差额', fp(DIFF), fp(DIFF23)] + chg_cells(DIFF, DIFF23)[:1] + ['—'])
t1.append(['年初结转和结余', f(OPEN), f(OPEN23)] + chg_cells(OPEN, OPEN23))
t1.append(['年末结转和结余', f(CLOSE), f(CLOSE23)] + chg_cells(CLOSE, CLOSE23))
blocks.append(('table', '表1　收入支出决算对比表', t1, [44, 32, 32, 30, 22]))
L.eq('功能分类（全部资金）之和 = 本年支出合计', sum(LEI_ALL.values()), OUT_ALL)
L.eq('功能分类（全部资金）上年之和 = 上年支出合计', sum(LEI_ALL23.values()), OUT23)

t2 = [['科目编码', '科目名称', '年初预算', '本年决算', '上年决算', '增减额', '增减率']]
for code, nm, i, c, l in rows:
    t2.append([code, nm, f(i), f(c), f(l)] + chg_cells(c, l))
t2.append(['', '合计', f(GI), f(GC), f(GL)] + chg_cells(GC, GL))
blocks.append(('table', '表2　一般公共预算财政拨款支出决算表', t2, [16, 46, 24, 24, 24, 22, 16]))
t3 = [['项目', '预算数', '本年决算', '上年决算', '增减额']]
t3.append(['合计', f(SG_B), f(SG), f(SG23), fp(SG - SG23)])
for k, (a, b) in sg.items():
    t3.append([k, '—', f(a), f(b), fp(a - b)])
blocks.append(('table', '表3　“三公”经费财政拨款支出决算表', t3, [50, 28, 28, 28, 28]))
blocks.append(('p', '注：政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款支出决算表为空表，本部门无相关收支。'))
blocks.append(('sign', '锡林河旗林业和草原局'))
blocks.append(('sign', '2025年8月26日'))


def render(blks, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    FN = 'STSong-Light'
    st = {
        'title': ParagraphStyle('t', fontName=FN, fontSize=17, leading=26, alignment=TA_CENTER),
        'sub': ParagraphStyle('s', fontName=FN, fontSize=10, leading=16, alignment=TA_CENTER, spaceAfter=8),
        'h': ParagraphStyle('h', fontName=FN, fontSize=13, leading=22, alignment=TA_CENTER, spaceBefore=8, spaceAfter=4),
        'h2': ParagraphStyle('h2', fontName=FN, fontSize=11.5, leading=20, spaceBefore=4),
        'p': ParagraphStyle('p', fontName=FN, fontSize=10.5, leading=18, firstLineIndent=21, wordWrap='CJK'),
        'sign': ParagraphStyle('g', fontName=FN, fontSize=10.5, leading=18, alignment=TA_RIGHT),
        'cap': ParagraphStyle('c', fontName=FN, fontSize=10.5, leading=16, alignment=TA_CENTER, spaceBefore=8, spaceAfter=2),
        'cell': ParagraphStyle('cell', fontName=FN, fontSize=7.5, leading=9.5, wordWrap='CJK'),
    }
    story = []
    for b in blks:
        k = b[0]
        if k == 'table':
            story.append(Paragraph(b[1], st['cap']))
            story.append(Paragraph('单位：元', st['sign']))
            data = [[Paragraph(c, st['cell']) if (j == 1 and len(b[3]) == 7) else c for j, c in enumerate(r)]
                    for r in b[2]]
            t = Table(data, colWidths=[w * mm for w in b[3]], repeatRows=1)
            t.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), FN), ('FONTSIZE', (0, 0), (-1, -1), 7.5),
                                   ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('ALIGN', (2, 1), (-1, -1), 'RIGHT'), ('ALIGN', (0, 0), (-1, 0), 'CENTER'),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6'))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'sign' and b[1].endswith('局'):
            story.append(Spacer(1, 12)); story.append(Paragraph(b[1], st['sign']))
        else:
            story.append(Paragraph(b[1], st[k]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title='锡林河旗林业和草原局2024年度部门决算',
                            author='锡林河旗林业和草原局')
    doc.build(story)


def main():
    import pdf_text
    path = os.path.join(OUT, NAME + '.pdf')
    render(blocks, path)
    V = pdf_text.visible_text(path)
    pages = [p for p in V.split('\x0c') if p.strip()]
    L.fact('pages', len(pages))
    L.eq('一般公共预算支出下降', growth(GC, GL), D('-6.09'))
    L.eq('收入下降', growth(IN, IN23), D('-4.48'))
    L.eq('三公下降', growth(SG, SG23), D('-54.85'))
    L.eq('三公为预算', pct(SG, SG_B), D('93.21'))
    L.eq('机关运行经费下降', growth(ops, ops23), D('-5.13'))
    L.eq('中小企业占比', pct(sme, PROC), D('79.28'))
    L.eq('类占比之和', sum(pct(LEI[k][1][1], GC) for k in LEI), D('100.00'))
    L.eq('收入占比之和', pct(FIN_IN, IN) + pct(BIZ_IN, IN) + pct(OTH_IN, IN), D('100.00'))
    L.eq('基本 + 项目占比', pct(BASIC, OUT_ALL) + pct(PROJ + NONFIN_X, OUT_ALL), D('100.00'))
    L.eq('人员 + 公用 = 基本', PERS + PUB, BASIC)
    L.eq('车辆 4 + 2', 4 + 2, 6)
    L.eq('2130299 减少', items['2130299'][1][1] - items['2130299'][1][2], D('-286400.00'))
    for s in ['(286,400.00)', '(100.00%)', yuan(-DIFF), '(%s)' % f(-DIFF), '2025年8月26日']:
        L.stated(V, s)
    L.stated(V, f(GC), f(FIN_IN), f(CLOSE), f(OPEN))
    L.check('report date after fiscal year', True, '2025年8月26日')
    for k, v in [('本年收入', IN), ('本年支出', OUT_ALL), ('收支差额', DIFF), ('年初结转', OPEN), ('年末结转', CLOSE),
                 ('财政拨款支出', GC), ('上年财政拨款支出', GL), ('年初预算', GI), ('基本支出', BASIC), ('项目支出', PROJ),
                 ('三公', SG), ('三公上年', SG23)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'pages', len(pages))


if __name__ == '__main__':
    main()
