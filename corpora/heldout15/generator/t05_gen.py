"""t05: 琼湾市海洋和渔业局 二〇二四年度“三公”经费财政拨款支出决算情况说明 (.docx).

Years and dates are written in Chinese numerals (二〇二四年度, 二〇二五年八月二十二日) and rates in
words at one decimal (百分之九十二点五). Amounts are Arabic 万元 (one also in Chinese-numeral 元).
Headings use Word's AUTOMATIC list numbering (numbering.xml, numFmt chineseCounting, “%1、” and
“（%2）”), so “一、” / “（一）” never occur in the text runs.
"""
import copy
import os
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from common import D, q, pct, growth, f, Ledger, OUT, cn_year, cn_date, cn_pct, cn_int, cn_dec
import docx_text

NAME = 't05_qiongwan_ocean_fishery_sangong_2024'
L = Ledger(NAME + '.docx')

# ------------------------------------------------------------------ 三公 (万元): 预算, 决算, 上年
ITEM = {
    '因公出国（境）费': (D('8.00'), D('6.80'), D('0.00')),
    '公务用车购置费': (D('0.00'), D('0.00'), D('0.00')),
    '公务用车运行维护费': (D('52.00'), D('48.36'), D('53.10')),
    '公务接待费': (D('26.40'), D('24.76'), D('31.20')),
}
BUD, ACT, LY = [sum(v[j] for v in ITEM.values()) for j in range(3)]
CAR = tuple(ITEM['公务用车购置费'][j] + ITEM['公务用车运行维护费'][j] for j in range(3))
R_ALL = pct(ACT, BUD, 1)
LY2 = D('92.64')
BUD25 = D('82.00')                   # 二〇二五年度预算 (next year)                     # 二〇二二年度决算
G_ALL = growth(ACT, LY, 1)
R_ABR = pct(ITEM['因公出国（境）费'][1], ITEM['因公出国（境）费'][0], 1)
R_RUN = pct(ITEM['公务用车运行维护费'][1], ITEM['公务用车运行维护费'][0], 1)
G_RUN = growth(ITEM['公务用车运行维护费'][1], ITEM['公务用车运行维护费'][2], 1)
R_REC = pct(ITEM['公务接待费'][1], ITEM['公务接待费'][0], 1)
G_REC = growth(ITEM['公务接待费'][1], ITEM['公务接待费'][2], 1)
SH = {k: pct(ITEM[k][1], ACT, 1) for k in ('因公出国（境）费', '公务接待费')}
SH['公务用车购置及运行维护费'] = pct(CAR[1], ACT, 1)
ACT_YUAN = int(ACT * 10000)
DIFF_YUAN = int((LY - ACT) * 10000)

# 出国: 1 团组 3 人, 二〇二四年十月十二日至十八日
TRIP_PEOPLE = 3
TRIP_FROM, TRIP_TO = 12, 18
TRIP_DAYS = TRIP_TO - TRIP_FROM + 1
PER_TRIP = q(ITEM['因公出国（境）费'][1] / TRIP_PEOPLE)
# 车辆
CARS = [('执法执勤用车', 9), ('一般公务用车', 2)]
NCARS = sum(n for _, n in CARS)
PER_CAR = q(ITEM['公务用车运行维护费'][1] / NCARS)
# 接待
REC_B, REC_P, REC_B23, REC_P23 = 58, 412, 71, 506
# units
UNITS = [('局机关', '行政单位'), ('琼湾市渔政支队', '参照公务员法管理的事业单位'),
         ('琼湾市海洋环境监测站', '公益一类事业单位'), ('琼湾市水产技术推广站', '公益一类事业单位')]
# not 三公
BOAT_N, BOAT = 4, D('186.40')
MEET, TRAIN = D('12.36'), D('28.64')
MEET23, TRAIN23 = D('14.20'), D('25.80')
OPS, OPS23 = D('312.48'), D('326.10')
G_OPS = growth(OPS, OPS23, 1)
G_MEET = growth(MEET, MEET23, 1)
G_TRAIN = growth(TRAIN, TRAIN23, 1)

FY, SIGN = 2024, (2025, 8, 22)
APPROVAL = (2025, 7, 10)


def W(x):
    return f(x) + '万元'


def dn(g):
    assert g != 0
    return ('增长' if g > 0 else '下降') + cn_pct(abs(g))


# ------------------------------------------------------------------ blocks
B = []
Y, Y0, Y1 = cn_year(FY), cn_year(FY - 1), cn_year(FY + 1)


def H1(t): B.append(('h1', t))
def H2(t): B.append(('h2', t))
def P(t): B.append(('p', t))


B.append(('title', '琼湾市海洋和渔业局%s度“三公”经费财政拨款支出决算情况说明' % Y))
P('根据《中华人民共和国预算法》和市财政局关于做好%s度部门决算公开工作的通知要求，现将琼湾市海洋和渔业局%s度“三公”经费财政拨款支出决算情况说明如下。本说明金额单位除注明外均为万元。'
  % (Y, Y))

H1('部门基本情况')
P('琼湾市海洋和渔业局是市人民政府工作部门，主要负责全市海洋资源开发利用和海洋生态环境保护的监督管理，负责渔业发展、渔船渔港管理和渔业安全生产监督管理，组织开展海洋渔业执法，承担海洋防灾减灾和海洋环境监测预报有关工作。%s末，本部门编制内实有人员一百三十八人，其中行政人员三十一人、参照公务员法管理人员六十四人、事业人员四十三人；离退休人员不计入实有人数。'
  % cn_year(FY))
P('%s度，本部门围绕建设现代化海洋牧场和渔业转型升级，完成伏季休渔管理、渔船安全隐患排查整治、近岸海域环境监测和渔港升级改造等重点工作。渔政执法任务重、执法区域覆盖近岸和远海，公务用车和执法船艇的使用频次较高，这是本部门“三公”经费中公务用车运行维护费占比较大的主要原因。'
  % Y)

H1('统计范围')
P('本说明的统计范围为琼湾市海洋和渔业局部门决算汇总范围内的%s个预算单位，即%s。“三公”经费是指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费，不包括单位用其他资金安排的相关支出。'
  % (cn_int(len(UNITS)), '、'.join('%s（%s）' % u for u in UNITS)))

H1('“三公”经费财政拨款支出总体情况')
P('%s度“三公”经费财政拨款支出预算为%s，支出决算为%s（即%s元），完成预算的%s。其中：因公出国（境）费%s，公务用车购置及运行维护费%s，公务接待费%s。'
  % (Y, W(BUD), W(ACT), cn_int(ACT_YUAN), cn_pct(R_ALL), W(ITEM['因公出国（境）费'][1]), W(CAR[1]), W(ITEM['公务接待费'][1])))
P('%s度“三公”经费财政拨款支出决算比%s度的%s减少%s，%s。从支出结构看，因公出国（境）费占%s，公务用车购置及运行维护费占%s，公务接待费占%s。'
  % (Y, Y0, W(LY), W(LY - ACT), dn(G_ALL), cn_pct(SH['因公出国（境）费']), cn_pct(SH['公务用车购置及运行维护费']),
     cn_pct(SH['公务接待费'])))
P('从近三年情况看，%s度“三公”经费财政拨款支出决算为%s，%s度为%s，比%s度%s，%s度比%s度%s，呈逐年下降趋势。'
  % (cn_year(FY - 2), W(LY2), Y0, W(LY), cn_year(FY - 2), dn(growth(LY, LY2, 1)), Y, Y0, dn(G_ALL)))
P('决算数小于预算数的主要原因是：本部门严格落实过紧日子要求，从严控制公务接待规模和公务用车使用，因公出国（境）团组按计划执行后实际费用低于预算。')

H1('“三公”经费财政拨款支出分项情况')
H2('因公出国（境）费')
P('%s度因公出国（境）费预算%s，支出决算%s，完成预算的%s。全年安排因公出国（境）团组一个，共%s人次，于%s至%s赴东南亚参加区域渔业合作与海洋牧场建设交流活动，在外%s天，人均%s。%s度本部门未安排因公出国（境）团组，支出为零，因此本年不计算增长比例。'
  % (Y, W(ITEM['因公出国（境）费'][0]), W(ITEM['因公出国（境）费'][1]), cn_pct(R_ABR), cn_int(TRIP_PEOPLE),
     cn_date(FY, 10, TRIP_FROM), '%s日' % cn_int(TRIP_TO), cn_int(TRIP_DAYS), W(PER_TRIP), Y0))
H2('公务用车购置及运行维护费')
P('%s度公务用车购置及运行维护费预算%s，支出决算%s，完成预算的%s。其中：公务用车购置费预算和决算均为零，本年未购置公务用车；公务用车运行维护费%s，完成预算的%s，比%s度的%s%s，主要用于渔政执法巡查、海洋环境监测采样等工作所需公务用车的燃料、维修、保险和过路过桥等支出。'
  % (Y, W(CAR[0]), W(CAR[1]), cn_pct(pct(CAR[1], CAR[0], 1)), W(ITEM['公务用车运行维护费'][1]), cn_pct(R_RUN), Y0,
     W(ITEM['公务用车运行维护费'][2]), dn(G_RUN)))
P('截至%s十二月三十一日，本部门开支财政拨款的公务用车保有量为%s辆，其中执法执勤用车%s辆、一般公务用车%s辆，平均每辆车运行维护费%s。运行维护费下降的主要原因是推行公务用车集中调度，压减了非执法用车的出车频次。'
  % (cn_year(FY), cn_int(NCARS), cn_int(CARS[0][1]), cn_int(CARS[1][1]), W(PER_CAR)))
H2('公务接待费')
P('%s度公务接待费预算%s，支出决算%s，完成预算的%s，比%s度的%s%s。全年共接待国内公务%s批次%s人次（上年为%s批次%s人次），主要是接待上级部门调研指导、兄弟市县考察交流和海洋执法协作；无外事接待。'
  % (Y, W(ITEM['公务接待费'][0]), W(ITEM['公务接待费'][1]), cn_pct(R_REC), Y0, W(ITEM['公务接待费'][2]), dn(G_REC),
     cn_int(REC_B), cn_int(REC_P), cn_int(REC_B23), cn_int(REC_P23)))

H1('渔政执法船艇运行费用的说明')
P('本部门现有渔政执法船艇%s艘，%s度船艇燃油、维修、保险等运行维护费用%s，列入“渔政执法专项”项目支出。按照财政部门的口径，执法船艇不属于公务用车，其运行维护费用不计入“三公”经费，因此上述%s未包含在本说明的“三公”经费之中。'
  % (cn_int(BOAT_N), Y, W(BOAT), W(BOAT)))

H1('会议费和培训费情况')
P('会议费和培训费不属于“三公”经费，为便于社会监督一并说明。%s度会议费支出%s，比上年%s，全年召开全市海洋渔业工作会议、休渔期管理工作部署会等会议十一次；培训费支出%s，比上年%s，主要是举办渔业船员安全生产培训和海洋执法业务培训，培训费增长的主要原因是新增了渔业船员安全培训班次。'
  % (Y, W(MEET), dn(G_MEET), W(TRAIN), dn(G_TRAIN)))

H1('机关运行经费情况')
P('%s度本部门机关运行经费支出%s，比%s度的%s%s。机关运行经费的统计范围为行政单位和参照公务员法管理的事业单位，即局机关和琼湾市渔政支队，两个公益一类事业单位不统计机关运行经费，因此其统计范围小于“三公”经费的统计范围。'
  % (Y, W(OPS), Y0, W(OPS23), dn(G_OPS)))

H1('“三公”经费管理情况')
P('一是严格预算管理。“三公”经费预算按照只减不增的原则编制，执行中不予追加，%s度预算%s比%s度预算减少，所有支出均在预算额度内执行。'
  % (Y, W(BUD), Y0))
P('二是严格公务接待管理。执行公务接待审批制度，坚持无公函不接待，接待清单与公函、票据逐一核对，接待费用通过公务卡结算，不使用现金支付。')
P('三是严格公务用车管理。公务用车实行定点加油、定点维修、定点保险，建立单车核算台账，每季度在局机关内部公示用车和费用情况，执法执勤用车全部安装定位系统。')
P('四是严格因公出国（境）管理。因公出国（境）团组严格按照年度计划执行，出访人数和天数控制在批准范围内，回国后及时公开出访报告。')
P('下一步，本部门将继续落实中央八项规定精神和过紧日子要求，加强“三公”经费的预算约束，推动“三公”经费支出保持稳中有降。')

H1('其他需要说明的事项')
P('一是本说明所列数据为%s度决算数，已经市财政局于%s批复。二是%s度本部门“三公”经费财政拨款预算已安排%s，比%s度预算减少%s，具体执行情况将在%s度决算中说明。三是本部门无政府性基金预算和国有资本经营预算安排的“三公”经费支出。'
  % (Y, cn_date(*APPROVAL), Y1, W(BUD25), Y, W(BUD - BUD25), Y1))

H1('名词解释')
P('因公出国（境）费：指单位工作人员公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。公务用车购置及运行维护费：指单位公务用车购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出。公务接待费：指单位按规定开支的各类公务接待（含外宾接待）支出。机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。')

B.append(('cap', '附表　%s度“三公”经费财政拨款支出决算表' % Y))
B.append(('unit', '单位：万元'))
TB = [['项目', '%s度预算' % Y, '%s度决算' % Y, '%s度决算' % Y0, '决算占预算（%）', '比上年增减（%）']]


def trow(n, b, a, l):
    return [n, f(b), f(a), f(l), f(pct(a, b, 1), 1) if b else '—', f(growth(a, l, 1), 1) if l else '—']


TB.append(trow('合计', BUD, ACT, LY))
TB.append(trow('因公出国（境）费', *ITEM['因公出国（境）费']))
TB.append(trow('公务用车购置及运行维护费', *CAR))
TB.append(trow('其中：公务用车购置费', *ITEM['公务用车购置费']))
TB.append(trow('　　　公务用车运行维护费', *ITEM['公务用车运行维护费']))
TB.append(trow('公务接待费', *ITEM['公务接待费']))
B.append(('table', TB))
B.append(('note', '注：上年数为零的项目，比上年增减以“—”表示；预算数为零的项目，决算占预算以“—”表示。'))
B.append(('sign', '琼湾市海洋和渔业局'))
B.append(('sign', cn_date(*SIGN)))


# ------------------------------------------------------------------ render
ABSTRACT = ('<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="1"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % nsdecls('w'))
NUM = '<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w')


def _font(run, size, bold=False, face='仿宋_GB2312'):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = face
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), face)


def _numbered(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls('w'), ilvl)))


def render(blocks, path):
    d = docx.Document()
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.6)
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn('w:num'))
    first_num.addprevious(parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUM))
    for blk in blocks:
        k = blk[0]
        if k == 'table':
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    par = c.paragraphs[0]
                    if j:
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i else WD_ALIGN_PARAGRAPH.CENTER
                    _font(par.add_run(v), 10, i == 0)
            continue
        p = d.add_paragraph()
        t = blk[1]
        if k == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(t), 18, True, '方正小标宋简体')
        elif k == 'h1':
            _numbered(p, 0)
            _font(p.add_run(t), 16, False, '黑体')
        elif k == 'h2':
            _numbered(p, 1)
            _font(p.add_run(t), 16, False, '楷体_GB2312')
        elif k in ('cap',):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(t), 14, True)
        elif k in ('unit', 'sign'):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(t), 14 if k == 'sign' else 11)
        elif k == 'note':
            _font(p.add_run(t), 11)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            _font(p.add_run(t), 16)
    d.core_properties.author = '琼湾市海洋和渔业局'
    d.core_properties.title = '琼湾市海洋和渔业局二〇二四年度“三公”经费财政拨款支出决算情况说明'
    d.save(path)


def main():
    path = os.path.join(OUT, NAME + '.docx')
    render(B, path)
    V = docx_text.visible_text(path)
    # automatic numbering really used, and no literal heading numbers in the runs
    dd = docx.Document(path)
    nump = [p for p in dd.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    L.eq('numbered headings', len(nump), sum(1 for b in B if b[0] in ('h1', 'h2')))
    import re
    L.check('no literal 一、/（一） heading numbers in text', not re.search(r'(^|\n)[一二三四五六七八九十]+、|(^|\n)（[一二三四五六七八九十]+）', V))
    xml = dd.part.numbering_part.element.xml
    L.check('numbering.xml has chineseCounting %1、', 'chineseCounting' in xml and '%1、' in xml)
    L.eq('h1 count', sum(1 for b in B if b[0] == 'h1'), 10)
    L.eq('实有人员 = 31 + 64 + 43', 31 + 64 + 43, 138)
    L.eq('二〇二三比二〇二二', growth(LY, LY2, 1), D('-9.0'))
    L.eq('h2 count', sum(1 for b in B if b[0] == 'h2'), 3)
    # relations
    L.eq('预算合计', BUD, D('86.40'))
    L.eq('决算合计 = 出国 + 用车 + 接待', ACT, ITEM['因公出国（境）费'][1] + CAR[1] + ITEM['公务接待费'][1])
    L.eq('决算合计', ACT, D('79.92'))
    L.eq('上年合计', LY, D('84.30'))
    L.eq('完成预算（一位小数）', R_ALL, D('92.5'))
    L.eq('比上年下降（一位小数）', G_ALL, D('-5.2'))
    L.eq('出国完成预算', R_ABR, D('85.0'))
    L.eq('运维完成预算', R_RUN, D('93.0'))
    L.eq('运维下降', G_RUN, D('-8.9'))
    L.eq('接待完成预算', R_REC, D('93.8'))
    L.eq('接待下降', G_REC, D('-20.6'))
    L.eq('结构占比之和', sum(SH.values()), D('100.0'))
    L.eq('决算元（汉字）', ACT_YUAN, 799200)
    L.eq('出国天数', TRIP_DAYS, 7)
    L.eq('车辆 = 执法执勤 + 一般', NCARS, 11)
    L.eq('每车运维', PER_CAR, D('4.40'))
    L.eq('人均出国', PER_TRIP, D('2.27'))
    L.eq('机关运行经费下降', G_OPS, D('-4.2'))
    L.check('签发日期在财年结束之后且在批复之后', SIGN > (FY, 12, 31) and SIGN > APPROVAL)
    L.stated(V, cn_pct(R_ALL), '下降' + cn_pct(-G_ALL), cn_date(*SIGN), '%s度' % Y, '七十九万九千二百元',
             '公务接待费%s' % W(ITEM['公务接待费'][1]), cn_pct(R_REC), cn_pct(R_RUN))
    L.stated(V, *['\n'.join(r) for r in TB])
    for k, v in [('预算', BUD), ('决算', ACT), ('上年', LY), ('完成预算%', R_ALL), ('增减%', G_ALL)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], SH)


if __name__ == '__main__':
    main()
