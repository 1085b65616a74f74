"""t02: 汝阴市企业职工基本养老保险基金2024年度决算情况说明 (.pdf, reportlab, STSong-Light).

Page 1 has a full-width title block above a TWO-COLUMN narrative; from page 2 on the narrative
and the tables run in a single column. Amounts in 万元, people in 人.
render(subs=...) lets plant_errors.py rebuild the same PDF with a few strings replaced.
"""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT

NAME = 't02_ruyin_enterprise_pension_fund_final_2024'
L = Ledger(NAME + '.pdf')

# ------------------------------------------------------------------ 基金收支 (万元): 决算, 预算, 上年
FEE_PARTS = {'单位缴费收入': (D('318642.18'), D('304826.40')), '个人缴费收入': (D('142286.50'), D('136912.54')),
             '补缴收入': (D('25391.77'), D('20445.42'))}
FEE = sum(v[0] for v in FEE_PARTS.values())
FEE23 = sum(v[1] for v in FEE_PARTS.values())
INC = [  # key, name, actual, budget, last year
    ('fee', '基本养老保险费收入', FEE, D('478600.00'), FEE23),
    ('sub', '财政补贴收入', D('96480.00'), D('96480.00'), D('92360.00')),
    ('int', '利息收入', D('3862.74'), D('3600.00'), D('4126.58')),
    ('tr', '转移收入', D('8246.30'), D('7500.00'), D('7864.20')),
    ('up', '上级补助收入', D('212640.00'), D('208000.00'), D('196420.00')),
    ('oth', '其他收入', D('1128.36'), D('0.00'), D('862.14')),
]
BEN_PARTS = {'基本养老金': (D('688420.36'), D('650912.48')), '丧葬抚恤补助': (D('18265.40'), D('17642.80')),
             '病残津贴': (D('5800.44'), D('5912.36'))}
BEN = sum(v[0] for v in BEN_PARTS.values())
BEN23 = sum(v[1] for v in BEN_PARTS.values())
EXP = [
    ('ben', '社会保险待遇支出', BEN, D('716000.00'), BEN23),
    ('tr', '转移支出', D('9124.58'), D('9000.00'), D('8486.12')),
    ('upj', '上解上级支出', D('58300.00'), D('58300.00'), D('55600.00')),
    ('oth', '其他支出', D('642.18'), D('0.00'), D('520.46')),
]
I = {k: (a, b, c) for k, _, a, b, c in INC}
E = {k: (a, b, c) for k, _, a, b, c in EXP}
TI, TIB, TI23 = [sum(r[j] for r in INC) for j in (2, 3, 4)]
TE, TEB, TE23 = [sum(r[j] for r in EXP) for j in (2, 3, 4)]
SURP, SURP23 = TI - TE, TI23 - TE23
OPEN = D('236418.62')
CLOSE = OPEN + SURP
OPEN23 = OPEN - SURP23
L.check('上年年初滚存为正', OPEN23 > 0, OPEN23)
MONTHS = q(CLOSE * 12 / BEN, 1)
LOCAL = (TI - I['up'][0]) - (TE - E['upj'][0])      # 剔除上级补助和上解后的本级收支
RECOVER = D('186.52')
B25_I, B25_E = D('836400.00'), D('812600.00')       # 2025 budget (next year)
L.check('追回待遇 ⊂ 其他收入', RECOVER < I['oth'][0])

# ------------------------------------------------------------------ 参保和待遇
COUNTIES = [  # name, 在职, 离退休(年末)
    ('汝东区', 128460, 56218), ('汝西区', 104372, 48906), ('北湖区', 86214, 27480), ('槐店县', 62418, 24362),
    ('泥河县', 58936, 22814), ('商桥县', 61208, 23546), ('白塔县', 54630, 22108), ('柳沟县', 56242, 23486)]
WORK = sum(c[1] for c in COUNTIES)
RET = sum(c[2] for c in COUNTIES)
WORK23, RET23 = 598360, 241306
NEWRET, DEAD = 12846, 5232
L.eq('年末离退休 = 上年末 + 新增 − 减少', RET, RET23 + NEWRET - DEAD)
INSURED, INSURED23 = WORK + RET, WORK23 + RET23
RATIO, RATIO23 = q(D(WORK) / RET), q(D(WORK23) / RET23)
AVGRET, AVGRET23 = 245680, 238940           # 月均领取待遇人数 (not the year-end count)
PEN = BEN_PARTS['基本养老金']
MPC = q(PEN[0] * 10000 / AVGRET / 12)
MPC23 = q(PEN[1] * 10000 / AVGRET23 / 12)
MPC_G = growth(MPC, MPC23)
ADJ = D('3')


def yy(x):
    return f(x) + '万元'


def chg(new, old, up='增长', down='下降'):
    g = growth(new, old)
    assert g != 0
    return '%s%s%%' % (up if g > 0 else down, f(abs(g)))


def done(a, b):
    return f(pct(a, b)) + '%'


# ------------------------------------------------------------------ blocks
HEAD = []   # full-width title block on page 1
BODY = []   # two-column narrative
TABS = []   # single-column tables


def P(x, to=BODY):
    to.append(('p', x))


def H(x, to=BODY):
    to.append(('h', x))


HEAD.append(('title', '汝阴市企业职工基本养老保险基金2024年度决算情况说明'))
HEAD.append(('sub', '汝阴市人力资源和社会保障局　汝阴市财政局'))
HEAD.append(('lead', '根据《社会保险基金财务制度》和省人力资源社会保障厅、省财政厅关于编报2024年度社会保险基金决算的通知要求，市人社局、市财政局会同国家税务总局汝阴市税务局编制了全市企业职工基本养老保险基金2024年度决算，现将有关情况说明如下。本说明金额单位除注明外均为万元。'))

H('一、基本情况')
P('全市共辖%d个县（区），分别为%s。企业职工基本养老保险制度覆盖全市城镇各类企业职工、个体工商户和灵活就业人员，基金在全省统筹框架下由市、县两级分别核算，本决算为全市汇总数。保险费由税务部门征收，待遇由各级社会保险经办机构按月社会化发放。'
  % (len(COUNTIES), '、'.join(c[0] for c in COUNTIES)))
P('自2022年起企业职工基本养老保险实施全国统筹，本市按规定向省级上解基金，省级根据收支缺口下拨补助资金。因此，基金收入中的“上级补助收入”和基金支出中的“上解上级支出”均属统筹调剂性质的收支。')

H('二、基金收入情况')
P('2024年全市基金收入合计%s，完成预算%s的%s，比上年%s%s。各项收入情况如下：'
  % (yy(TI), yy(TIB), done(TI, TIB), yy(TI23), chg(TI, TI23)))
P('（一）基本养老保险费收入%s，完成预算的%s，比上年%s。其中，单位缴费收入%s，个人缴费收入%s，其余%s为以前年度欠费补缴收入。缴费收入增长主要是参保人数增加和缴费基数上调。'
  % (yy(FEE), done(FEE, I['fee'][1]), chg(FEE, FEE23), yy(FEE_PARTS['单位缴费收入'][0]),
     yy(FEE_PARTS['个人缴费收入'][0]), yy(FEE_PARTS['补缴收入'][0])))
P('（二）财政补贴收入%s，与预算持平，比上年%s，全部为各级财政按规定安排的补助资金。'
  % (yy(I['sub'][0]), chg(I['sub'][0], I['sub'][2])))
P('（三）利息收入%s，完成预算的%s，比上年%s，主要是存款利率下调。'
  % (yy(I['int'][0]), done(I['int'][0], I['int'][1]), chg(I['int'][0], I['int'][2])))
P('（四）转移收入%s，完成预算的%s，比上年%s，为参保人员跨统筹地区转入本市的基金。'
  % (yy(I['tr'][0]), done(I['tr'][0], I['tr'][1]), chg(I['tr'][0], I['tr'][2])))
P('（五）上级补助收入%s，完成预算的%s，比上年%s。'
  % (yy(I['up'][0]), done(I['up'][0], I['up'][1]), chg(I['up'][0], I['up'][2])))
P('（六）其他收入%s，年初未编列预算，主要是滞纳金收入和追回违规领取的待遇%s。'
  % (yy(I['oth'][0]), yy(RECOVER)))

H('三、基金支出情况')
P('2024年全市基金支出合计%s，完成预算%s的%s，比上年%s%s。'
  % (yy(TE), yy(TEB), done(TE, TEB), yy(TE23), chg(TE, TE23)))
P('（一）社会保险待遇支出%s，完成预算的%s，比上年%s。其中：基本养老金%s，比上年%s；丧葬抚恤补助%s；病残津贴%s，比上年%s，主要是领取病残津贴人数减少。'
  % (yy(BEN), done(BEN, E['ben'][1]), chg(BEN, BEN23), yy(PEN[0]), chg(*PEN),
     yy(BEN_PARTS['丧葬抚恤补助'][0]), yy(BEN_PARTS['病残津贴'][0]), chg(*BEN_PARTS['病残津贴'])))
P('（二）转移支出%s，完成预算的%s，比上年%s。'
  % (yy(E['tr'][0]), done(E['tr'][0], E['tr'][1]), chg(E['tr'][0], E['tr'][2])))
P('（三）上解上级支出%s，按省核定的上解额度全额上解，比上年%s。'
  % (yy(E['upj'][0]), chg(E['upj'][0], E['upj'][2])))
P('（四）其他支出%s，年初未编列预算，主要是按规定退还的重复缴费。'
  % yy(E['oth'][0]))

H('四、基金结余情况')
P('2024年基金收入%s，基金支出%s，当年收支结余%s，上年当年收支结余为%s。年初滚存结余%s，加当年收支结余后，年末滚存结余%s，按2024年月均社会保险待遇支出计算，可支付%s个月。'
  % (yy(TI), yy(TE), yy(SURP), yy(SURP23), yy(OPEN), yy(CLOSE), MONTHS))
P('如剔除上级补助收入和上解上级支出，本市当年基金收入%s，基金支出%s，收支缺口%s，缺口由省级调剂资金弥补。上述缺口为分析口径，不影响基金决算的收支结余。'
  % (yy(TI - I['up'][0]), yy(TE - E['upj'][0]), yy(-LOCAL)))

H('五、参保和待遇情况')
P('2024年末全市参保人数%s人，比上年末增加%s人，%s。其中，在职参保人员%s人，离退休人员%s人，在职人员与离退休人员的比例由上年的%s:1变为%s:1。'
  % (fi(INSURED), fi(INSURED - INSURED23), chg(INSURED, INSURED23), fi(WORK), fi(RET), RATIO23, RATIO))
P('年内新增领取养老金人员%s人，因死亡等原因减少%s人。全年月均领取基本养老金人数%s人（年末数为%s人，两者口径不同）。按月均人数计算，月人均基本养老金%s元，上年为%s元，%s。'
  % (fi(NEWRET), fi(DEAD), fi(AVGRET), fi(RET), f(MPC), f(MPC23), chg(MPC, MPC23)))
P('2024年按国家统一部署，自2024年1月1日起为退休人员普遍调整基本养老金，总体调整水平为上年月人均基本养老金的%s%%，已于7月底前补发到位。月人均养老金增幅低于调整水平，主要是当年新退休人员待遇相对较低，拉低了平均水平。'
  % ADJ)

H('六、预算执行分析')
P('基金收入完成预算的%s，超收%s，主要是缴费基数上调和清欠补缴增加；基金支出完成预算的%s，结余预算%s，主要是病残津贴等支出低于预期。当年收支结余%s，预算为%s，比预算多%s。'
  % (done(TI, TIB), yy(TI - TIB), done(TE, TEB), yy(TEB - TE), yy(SURP), yy(TIB - TEB), yy(SURP - (TIB - TEB))))

H('七、基金管理情况')
P('一是开展基金管理问题专项整治，对死亡冒领、重复领取等疑点数据逐条核查，追回违规领取待遇%s，已计入其他收入。二是推进数据共享，每月与公安、卫健、民政部门比对死亡信息。三是落实基金财务管理制度，收入户、支出户、财政专户分账核算，基金存款利息按规定计入基金。四是及时足额上解省级统筹资金，确保基本养老金按时足额发放。五是配合审计部门开展基金专项审计，审计指出的问题已全部完成整改，相关资金已归还基金。'
  % yy(RECOVER))
H('八、分县（区）情况')
_big = max(COUNTIES, key=lambda c: c[2])
_lo = min(COUNTIES, key=lambda c: D(c[1]) / c[2])
_hi = max(COUNTIES, key=lambda c: D(c[1]) / c[2])
P('从参保结构看，%s离退休人员%s人，占全市离退休人员的%s%%，为全市最多；%s在职与离退休人员之比为%s:1，为全市最高，主要是新区企业集中、职工年龄结构较轻；%s为%s:1，为全市最低。各县（区）参保人数详见表2，县（区）数相加等于全市合计。'
  % (_big[0], fi(_big[2]), f(pct(_big[2], RET)), _hi[0], f(q(D(_hi[1]) / _hi[2])), _lo[0], f(q(D(_lo[1]) / _lo[2]))))
P('由于基金在全省统筹，各县（区）不单独计算滚存结余，上级补助收入和上解上级支出也由市级统一办理，因此表2只列人数，不列分县（区）基金收支。')

H('九、需要说明的事项')
BASE_M = D('7026')                                 # 2023年全口径城镇单位就业人员月平均工资 (元)
LOWER, UPPER = q(BASE_M * D('0.6')), q(BASE_M * 3)
P('（一）缴费基数和比例。2024年度缴费基数以2023年全省全口径城镇单位就业人员月平均工资%s元为基础确定，下限为其60%%即%s元，上限为其300%%即%s元。单位缴费比例为16%%，个人缴费比例为8%%；灵活就业人员按20%%缴费，其中8%%记入个人账户。'
  % (fi(BASE_M), f(LOWER), fi(UPPER)))
P('（二）统计口径。本决算只包括企业职工基本养老保险基金，不包括机关事业单位基本养老保险基金、城乡居民基本养老保险基金和职业年金。“上年”数据为2023年度决算数，未作调整。参保人数为年末时点数，月人均养老金按全年月均领取人数计算，两者不宜直接相除。')
P('（三）名词解释。当年收支结余是指当年基金收入合计减去基金支出合计后的余额；滚存结余是指年初滚存结余加上当年收支结余后的累计余额；可支付月数是指年末滚存结余除以月均社会保险待遇支出，反映基金对待遇发放的保障能力。')
H('十、2025年基金预算安排')
P('经市人民政府同意，2025年全市企业职工基本养老保险基金收入预算%s，比2024年决算数%s；支出预算%s，比2024年决算数%s；当年收支结余预算%s，年末滚存结余预计%s。2025年预算数为预计数，以本说明所列2024年决算数为比较基数，最终以2025年度决算为准。'
  % (yy(B25_I), chg(B25_I, TI), yy(B25_E), chg(B25_E, TE), yy(B25_I - B25_E), yy(CLOSE + B25_I - B25_E)))
P('2025年将重点做好以下工作：一是继续推进企业职工和灵活就业人员扩面参保，力争在职参保人员增长2%以上；二是落实基本养老金调整政策，确保调整资金按时发放到位；三是加强与税务部门的数据共享，提高征缴到账及时性；四是加快推进社保卡待遇发放，实现待遇“一卡通”发放全覆盖；五是完善基金风险防控机制，常态化开展疑点数据核查，守好群众的“养老钱”。')
P('下一步，我们将继续加强扩面征缴和基金监管，提升经办服务水平，保障基金安全和平稳运行。')

# ------------------------------------------------------------------ tables (single column)
t1 = [['项目', '2024年预算', '2024年决算', '完成预算%', '2023年决算', '同比增长%']]


def trow(name, a, b, c):
    return [name, f(b) if b else '—', f(a), f(pct(a, b)) if b else '—', f(c), f(growth(a, c))]


t1.append(trow('一、基金收入合计', TI, TIB, TI23))
for k, n, a, b, c in INC:
    t1.append(trow('　%s' % n, a, b, c))
    if k == 'fee':
        for pn in ('单位缴费收入', '个人缴费收入'):
            a2, c2 = FEE_PARTS[pn]
            t1.append(['　　其中：%s' % pn if pn == '单位缴费收入' else '　　　　　%s' % pn, '—', f(a2), '—', f(c2),
                       f(growth(a2, c2))])
t1.append(trow('二、基金支出合计', TE, TEB, TE23))
for k, n, a, b, c in EXP:
    t1.append(trow('　%s' % n, a, b, c))
    if k == 'ben':
        for pn in BEN_PARTS:
            a2, c2 = BEN_PARTS[pn]
            t1.append(['　　%s%s' % ('其中：' if pn == '基本养老金' else '　　　', pn), '—', f(a2), '—', f(c2), f(growth(a2, c2))])
t1.append(['三、当年收支结余', f(TIB - TEB), f(SURP), '—', f(SURP23), '—'])
t1.append(['四、年初滚存结余', '—', f(OPEN), '—', f(OPEN23), '—'])
t1.append(['五、年末滚存结余', '—', f(CLOSE), '—', f(OPEN), '—'])
TABS.append(('cap', '表1　汝阴市企业职工基本养老保险基金收支决算表'))
TABS.append(('unit', '单位：万元'))
TABS.append(('table', t1, [52, 26, 26, 20, 26, 20]))
TABS.append(('note', '注：基本养老保险费收入中“其中”仅列单位缴费和个人缴费两项，其余为补缴收入；预算数为0的项目完成预算比例以“—”表示。'))

t2 = [['县（区）', '在职参保人员', '离退休人员', '参保人数合计', '在职/离退休']]
for n, w, r in COUNTIES:
    t2.append([n, fi(w), fi(r), fi(w + r), f(q(D(w) / r))])
t2.append(['全市合计', fi(WORK), fi(RET), fi(INSURED), f(RATIO)])
TABS.append(('cap', '表2　2024年末分县（区）参保人数'))
TABS.append(('unit', '单位：人'))
TABS.append(('table', t2, [34, 32, 32, 32, 28]))
TABS.append(('note', '注：离退休人员为年末领取待遇人数；在职/离退休为两列人数之比，保留两位小数。'))
TABS.append(('sign', '汝阴市人力资源和社会保障局'))
TABS.append(('sign', '汝阴市财政局'))
TABS.append(('sign', '2025年6月20日'))


def _apply(blocks, subs):
    out = []
    hit = {k: 0 for k in subs}
    for b in blocks:
        if b[0] == 'table':
            rows = []
            for r in b[1]:
                rr = []
                for c in r:
                    for k, v in subs.items():
                        if k in c:
                            hit[k] += c.count(k)
                            c = c.replace(k, v)
                    rr.append(c)
                rows.append(rr)
            out.append(('table', rows, b[2]))
        else:
            t = b[1]
            for k, v in subs.items():
                if k in t:
                    hit[k] += t.count(k)
                    t = t.replace(k, v)
            out.append((b[0], t))
    return out, hit


def render(path, subs=None):
    subs = subs or {}
    head, h1 = _apply(HEAD, subs)
    body, h2 = _apply(BODY, subs)
    tabs, h3 = _apply(TABS, subs)
    for k in subs:
        assert h1[k] + h2[k] + h3[k] == 1, (k, h1[k] + h2[k] + h3[k])
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer,
                                    NextPageTemplate, FrameBreak, PageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    FN = 'STSong-Light'
    st = {
        'title': ParagraphStyle('t', fontName=FN, fontSize=16, leading=24, alignment=TA_CENTER, wordWrap='CJK'),
        'sub': ParagraphStyle('s', fontName=FN, fontSize=11, leading=18, alignment=TA_CENTER, spaceAfter=6),
        'lead': ParagraphStyle('l', fontName=FN, fontSize=10.5, leading=14.5, firstLineIndent=21, wordWrap='CJK',
                               alignment=TA_JUSTIFY),
        'h': ParagraphStyle('h', fontName=FN, fontSize=11, leading=18, spaceBefore=5, spaceAfter=2),
        'p': ParagraphStyle('p', fontName=FN, fontSize=9.5, leading=13, firstLineIndent=19, wordWrap='CJK',
                            alignment=TA_JUSTIFY),
        'cap': ParagraphStyle('c', fontName=FN, fontSize=11, leading=16, alignment=TA_CENTER, spaceBefore=6),
        'unit': ParagraphStyle('u', fontName=FN, fontSize=9, leading=13, alignment=TA_RIGHT),
        'note': ParagraphStyle('n', fontName=FN, fontSize=8.5, leading=13, wordWrap='CJK', spaceBefore=3, spaceAfter=6),
        'sign': ParagraphStyle('g', fontName=FN, fontSize=10.5, leading=18, alignment=TA_RIGHT),
    }
    W, Hh = A4
    M = 18 * mm
    GUT = 14 * mm
    CW = (W - 2 * M - GUT) / 2
    HEADH = 46 * mm

    def footer(canv, doc):
        canv.saveState()
        canv.setFont(FN, 9)
        canv.drawCentredString(W / 2, 10 * mm, '－%d－' % doc.page)
        canv.restoreState()

    f_head = Frame(M, Hh - M - HEADH, W - 2 * M, HEADH, id='head', showBoundary=0)
    f_l1 = Frame(M, M, CW, Hh - 2 * M - HEADH, id='l1')
    f_r1 = Frame(M + CW + GUT, M, CW, Hh - 2 * M - HEADH, id='r1')
    f_l = Frame(M, M, CW, Hh - 2 * M, id='l')
    f_r = Frame(M + CW + GUT, M, CW, Hh - 2 * M, id='r')
    f_one = Frame(M, M, W - 2 * M, Hh - 2 * M, id='one')
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title='汝阴市企业职工基本养老保险基金2024年度决算情况说明', author='汝阴市人力资源和社会保障局')
    doc.addPageTemplates([PageTemplate('first', [f_head, f_l1, f_r1], onPage=footer),
                          PageTemplate('two', [f_l, f_r], onPage=footer),
                          PageTemplate('one', [f_one], onPage=footer)])
    story = [NextPageTemplate('one')]
    for k, t in head:
        story.append(Paragraph(t, st[k]))
    story.append(FrameBreak())
    for k, t in body:
        story.append(Paragraph(t, st[k]))
    story.append(Spacer(1, 8))
    for b in tabs:
        if b[0] == 'table':
            t = Table(b[1], colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), FN), ('FONTSIZE', (0, 0), (-1, -1), 8.5),
                                   ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('ALIGN', (1, 1), (-1, -1), 'RIGHT'), ('ALIGN', (0, 0), (-1, 0), 'CENTER'),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8'))]))
            story.append(t)
        elif b[0] == 'sign' and b[1].endswith('局') and b[1].startswith('汝阴市人'):
            story.append(Spacer(1, 16))
            story.append(Paragraph(b[1], st['sign']))
        else:
            story.append(Paragraph(b[1], st[b[0]]))
    doc.build(story)
    return doc.page


def main():
    import pdf_text
    path = os.path.join(OUT, NAME + '.pdf')
    npages = render(path)
    V = pdf_text.visible_text(path)
    pages = [p for p in V.split('\x0c') if p.strip()]
    L.fact('pages', len(pages))
    J = V.replace('\n', '').replace(' ', '')   # joined: line breaks inside paragraphs removed
    # every narrative paragraph must come out whole and in order (two-column reading order)
    pos = 0
    for k, t in HEAD + BODY:
        p = J.find(t.replace('\u3000', ''), pos)
        L.check('paragraph in reading order: %s…' % t[:12], p >= 0, p)
        pos = p + len(t.replace('\u3000', ''))
    # two-column layout really on pages 1-2: left and right column text share baselines
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    xs = {}
    for i, pg in enumerate(extract_pages(path)):
        xs[i] = sorted({round(el.x0) for el in pg if isinstance(el, LTTextContainer)})
    L.check('page 1 has two text columns', any(x > 290 for x in xs[0]) and any(x < 70 for x in xs[0]), xs[0])
    # stated relations
    L.eq('费收入 = 单位 + 个人 + 补缴', FEE, D('486320.45'))
    L.eq('收入合计', TI, D('808677.85'))
    L.eq('支出合计', TE, D('780552.96'))
    L.eq('当年收支结余 = 收入 − 支出', SURP, TI - TE)
    L.eq('年末 = 年初 + 当年结余', CLOSE, OPEN + SURP)
    L.eq('上年年末 = 本年年初', OPEN23 + SURP23, OPEN)
    L.eq('待遇支出 = Σ其中', BEN, sum(v[0] for v in BEN_PARTS.values()))
    L.eq('可支付月数', MONTHS, q(CLOSE / (BEN / 12), 1))
    L.eq('剔除后缺口', LOCAL, (TI - I['up'][0]) - (TE - E['upj'][0]))
    L.check('剔除后为缺口', LOCAL < 0, LOCAL)
    L.eq('在职 Σ县区', WORK, sum(c[1] for c in COUNTIES))
    L.eq('离退休 Σ县区', RET, sum(c[2] for c in COUNTIES))
    L.eq('县区数 = 列举数', len(COUNTIES), 8)
    L.eq('抚养比', RATIO, D('2.46'))
    L.eq('月人均养老金', MPC, q(PEN[0] * 10000 / AVGRET / 12))
    L.check('月人均增幅 < 调整水平 (explained)', MPC_G < ADJ, MPC_G)
    L.check('月均人数 ≠ 年末人数 (stated)', AVGRET != RET)
    L.stated(J, '超收%s' % yy(TI - TIB), '结余预算%s' % yy(TEB - TE), '比预算多%s' % yy(SURP - (TIB - TEB)))
    L.eq('预算收入合计 = Σ', TIB, sum(r[3] for r in INC))
    L.eq('预算支出合计 = Σ', TEB, sum(r[3] for r in EXP))
    L.stated(J, '全市共辖%d个县（区）' % len(COUNTIES), '当年收支结余%s' % yy(SURP), '年末滚存结余%s' % yy(CLOSE),
             '可支付%s个月' % MONTHS, '月人均基本养老金%s元' % f(MPC), '2025年6月20日')
    L.stated(V, fi(WORK), fi(RET), f(TI), f(TE), f(SURP), f(CLOSE), f(OPEN))
    for k, v in [('收入合计', TI), ('支出合计', TE), ('当年结余', SURP), ('年初滚存', OPEN), ('年末滚存', CLOSE),
                 ('在职', WORK), ('离退休', RET), ('月人均', MPC)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'pages', len(pages), 'surplus', SURP, 'months', MONTHS, 'mpc', MPC,
          MPC23, MPC_G)


if __name__ == '__main__':
    main()
