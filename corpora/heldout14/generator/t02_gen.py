"""t02: 汾溪市住房和城乡建设局 2024年城镇老旧小区改造项目（政府性基金）项目支出绩效自评报告 (.docx).

Funded from 国有土地使用权出让收入 and 专项债券 (both 政府性基金预算) plus 上年结转 and 居民/管线单位出资.
Two Word tables with merged cells: 表1 分区域资金来源及使用情况表 (two-level merged header) and the
附件 项目支出绩效自评表 (horizontal and vertical merges).
"""
import os
import docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import D, q, pct, growth, f, fi, Ledger, OUT
import docx_text

NAME = 't02_fenxi_old_community_renovation_fund_selfeval_2024'
L = Ledger(NAME + '.docx')

# ------------------------------------------------------------------ funds (万元)
land_init, land_cut = D('3600.00'), D('300.00')
bond = D('2400.00')
fin = {'init': land_init, 'full': land_init - land_cut + bond}
carry = {'init': D('0.00'), 'full': D('420.00')}
oth = {'init': D('300.00'), 'full': D('142.40') + D('126.00')}
# by district: (name, communities, households, land, bond, carry, other)
dist = [('汾东区', 15, 2186, D('1126.40'), D('820.00'), D('160.00'), D('96.20')),
        ('汾西区', 17, 2512, D('1248.75'), D('900.00'), D('180.00'), D('104.30')),
        ('经济开发区', 10, 1620, D('441.20'), D('580.00'), D('80.00'), D('52.16')),
        ('市级统筹', None, None, D('370.00'), D('0.00'), D('0.00'), D('0.00'))]
col = lambda i: sum(r[i] for r in dist)
N_COMM = sum(r[1] for r in dist if r[1])
N_HH = sum(r[2] for r in dist if r[2])
LAND_X, BOND_X, CARRY_X, OTH_X = col(3), col(4), col(5), col(6)
FIN_X = LAND_X + BOND_X
TOT_X = FIN_X + CARRY_X + OTH_X
row_tot = [r[3] + r[4] + r[5] + r[6] for r in dist]
L.eq('表1 行合计之和 = 列合计之和', sum(row_tot), TOT_X)
L.eq('财政拨款执行数', FIN_X, D('5486.35'))
L.eq('土地出让 + 债券 = 财政拨款', LAND_X + BOND_X, FIN_X)
L.eq('年度资金执行总额', TOT_X, D('6159.01'))
fin['exec'], carry['exec'], oth['exec'] = FIN_X, CARRY_X, OTH_X
INIT = fin['init'] + carry['init'] + oth['init']
FULL = fin['full'] + carry['full'] + oth['full']
EXEC = TOT_X
L.eq('全年预算', FULL, D('6388.40'))
r_all = pct(EXEC, FULL); r_fin = pct(FIN_X, fin['full']); r_carry = pct(CARRY_X, carry['full'])
r_oth = pct(OTH_X, oth['full'])
r_land, r_bond = pct(LAND_X, land_init - land_cut), pct(BOND_X, bond)
unspent = FULL - EXEC
un_land, un_bond, un_oth = land_init - land_cut - LAND_X, bond - BOND_X, oth['full'] - OTH_X
L.eq('未执行 = 土地 + 债券 + 其他', unspent, un_land + un_bond + un_oth)
L.eq('结转资金全部执行', CARRY_X, carry['full'])
resid_in, pipe_in = D('142.40'), D('126.00')
resid_x = OTH_X - pipe_in
# by content
use = [('小区内供水、排水、燃气、供电等配套基础设施改造', D('2846.20')),
       ('建筑物屋面防水、外墙保温等公共部位维修', D('1624.38')),
       ('既有住宅加装电梯补助', D('550.00')),
       ('停车设施、充电设施和适老化等完善类改造', D('768.43')),
       ('设计、监理、审计等工程建设其他费', D('370.00'))]
USE = sum(v for _, v in use)
L.eq('按内容合计 = 按来源合计', USE, TOT_X)
use_sh = [pct(v, USE) for _, v in use]
L.eq('按内容占比合计100.00', sum(use_sh), D('100.00'))
L.eq('工程建设其他费 = 市级统筹', use[4][1], dist[3][3])
lift_n, lift_std, lift_tgt = 22, D('25.00'), 20
L.eq('电梯补助 = 22 × 25', lift_n * lift_std, use[2][1])
pipes = [('供水', D('12.4')), ('排水', D('14.8')), ('燃气', D('6.2')), ('供电', D('5.2'))]
PIPE = sum(v for _, v in pipes)
L.eq('管网合计', PIPE, D('38.6'))
bld, area = 286, D('58.62')                          # 栋, 万平方米
cost_m2 = q(EXEC / area)                             # 万元/万㎡ = 元/㎡
per_hh = q(EXEC * 10000 / N_HH)
ontime_n = 39
ontime = pct(ontime_n, N_COMM)
prop_n = 35
prop = pct(prop_n, N_COMM)
sv_sent, sv_valid, sv_sat = 800, 760, 716
sat = pct(sv_sat, sv_valid)
comm23 = 36
g_comm = growth(N_COMM, comm23)
parking, chargers = 1260, 312

# ------------------------------------------------------------------ scores
IND = []   # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分)
def ind(l1, l2, l3, tgt, act, w, s):
    s = q(s)
    L.check('得分 ≤ 分值: %s' % l3, s <= w)
    IND.append((l1, l2, l3, tgt, act, D(w), s))
ind('产出指标', '数量指标', '改造老旧小区数量', '≥40个', '%d个' % N_COMM, 10, 10 if N_COMM >= 40 else D(10) * N_COMM / 40)
ind('产出指标', '数量指标', '既有住宅加装电梯数量', '≥%d部' % lift_tgt, '%d部' % lift_n, 5, 5)
ind('产出指标', '数量指标', '改造各类管网长度', '≥35公里', '%s公里' % PIPE, 5, 5)
ind('产出指标', '质量指标', '竣工验收合格率', '100%', '100%', 10, 10)
ind('产出指标', '时效指标', '按期完工率', '≥95%', f(ontime) + '%', 10, D(10) * ontime / 95)
ind('产出指标', '成本指标', '每平方米改造成本', '≤120元', f(cost_m2) + '元', 10, 10 if cost_m2 <= 120 else 0)
ind('效益指标', '社会效益指标', '惠及居民户数', '≥6,000户', fi(N_HH) + '户', 10, 10)
ind('效益指标', '社会效益指标', '小区物业管理覆盖率', '≥80%', f(prop) + '%', 10, 10)
ind('效益指标', '可持续影响指标', '长效管理机制', '健全', '基本健全', 10, 9)
ind('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', f(sat) + '%', 10, 10 if sat >= 90 else D(10) * sat / 90)
s_fund = q(D(10) * r_all / 100)
sub = {}
for r in IND:
    sub[r[0]] = sub.get(r[0], D(0)) + r[6]
TOTAL = s_fund + sum(r[6] for r in IND)
L.eq('分值合计100', 10 + sum(r[5] for r in IND), 100)
L.eq('总分', TOTAL, D('98.41'))
GRADE = '优' if TOTAL >= 90 else ('良' if TOTAL >= 80 else ('中' if TOTAL >= 60 else '差'))

# ------------------------------------------------------------------ text
B = []
def P(t): B.append(('p', t))
def H1(t): B.append(('h1', t))
def H2(t): B.append(('h2', t))

B.append(('title', '汾溪市2024年城镇老旧小区改造项目支出绩效自评报告'))
B.append(('sub', '汾溪市住房和城乡建设局'))
P('按照《汾溪市财政局关于做好2024年度项目支出绩效自评工作的通知》（汾财绩〔2025〕4号）要求，我局对2024年城镇老旧小区改造项目开展了绩效自评。本项目资金主要来源于政府性基金预算，现将自评情况报告如下。')
H1('一、项目基本情况')
H2('（一）项目概况')
P('2024年城镇老旧小区改造项目是市委、市政府确定的民生实事项目，改造对象为2000年底前建成、失养失修失管的城镇老旧小区。项目由我局主管，市城镇老旧小区改造工作专班办公室组织实施，汾东区、汾西区和经济开发区负责辖区内小区的具体改造工作。')
P('2024年计划改造老旧小区40个，实际完成改造%d个（汾东区%d个、汾西区%d个、经济开发区%d个），涉及楼栋%d栋、居民%s户、建筑面积%s万平方米，改造小区个数比2023年的%d个增长%s%%。'
  % (N_COMM, dist[0][1], dist[1][1], dist[2][1], bld, fi(N_HH), f(area), comm23, f(g_comm)))
P('项目实施坚持“先民生后提升”的原则，按照基础类、完善类、提升类分类确定改造内容。各小区改造方案均经居民议事会讨论并公示不少于7天，居民同意率达到三分之二以上后方可实施。工程建设全部通过公开招标确定施工和监理单位，市、区两级住房城乡建设部门对工程质量和安全生产实行分片包干、全过程监督，并邀请居民代表参与隐蔽工程验收和竣工验收。')
H2('（二）资金安排情况')
P('年初预算安排项目资金%s万元，其中国有土地使用权出让收入安排%s万元，居民出资和管线单位出资等其他资金%s万元。'
  % (f(INIT), f(land_init), f(oth['init'])))
P('年中因土地出让收入短收，调减土地出让收入安排的资金%s万元；省财政厅下达我市城镇老旧小区改造专项债券%s万元，列入本项目。'
  % (f(land_cut), f(bond)))
P('2023年项目结转资金%s万元按规定继续用于本项目。其他资金按实际认缴情况调整为%s万元，其中居民出资%s万元、管线单位出资%s万元。'
  % (f(carry['full']), f(oth['full']), f(resid_in), f(pipe_in)))
P('调整后全年预算%s万元，其中当年财政拨款%s万元（土地出让收入%s万元、专项债券%s万元），上年结转资金%s万元，其他资金%s万元。'
  % (f(FULL), f(fin['full']), f(land_init - land_cut), f(bond), f(carry['full']), f(oth['full'])))
P('专项债券期限15年，票面利率2.46%，债券利息由市级一般公共预算另行安排，不在本项目资金之内。')
H2('（三）绩效目标')
P('年度总体目标：完成40个以上城镇老旧小区改造，同步实施小区内各类管网改造35公里以上，支持既有住宅加装电梯20部以上，竣工验收合格率100%，居民满意度90%以上，推动建立小区长效管理机制。')
H1('二、项目资金使用及管理情况')
P('截至2024年12月31日，项目资金执行%s万元，年度资金总额执行率%s%%。其中当年财政拨款执行%s万元，执行率%s%%，其中国有土地使用权出让收入安排%s万元、专项债券资金%s万元；上年结转资金执行%s万元，执行率%s%%；其他资金执行%s万元，执行率%s%%。'
  % (f(EXEC), f(r_all), f(FIN_X), f(r_fin), f(LAND_X), f(BOND_X), f(CARRY_X), f(r_carry), f(OTH_X), f(r_oth)))
P('分资金来源看，土地出让收入执行率%s%%，专项债券执行率%s%%。未执行资金%s万元，包括土地出让收入%s万元、专项债券%s万元和居民出资%s万元，主要是3个小区工程尚未完工结算，专项债券结余资金按规定结转下年继续用于本项目。居民出资实际到位并使用%s万元，管线单位出资全部使用。'
  % (f(r_land), f(r_bond), f(unspent), f(un_land), f(un_bond), f(un_oth), f(resid_x)))
P('按改造内容分，资金使用情况如下：%s。其中加装电梯按每部%s万元的标准给予补助，%d部共补助%s万元。'
  % ('；'.join('%s%s万元，占%s%%' % (n, f(v), f(s)) for (n, v), s in zip(use, use_sh)), f(lift_std), lift_n,
     f(use[2][1])))
P('分区域资金来源及使用情况见表1。市级统筹部分为全市统一招标的设计、监理和审计费用，不分摊到各区，也不对应具体小区。')
B.append(('cap', '表1  分区域资金来源及使用情况表（单位：万元）'))
t1 = [['区域', '改造小区（个）', '涉及户数（户）', '资金合计', '资金来源', '', '', ''],
      ['', '', '', '', '当年财政拨款', '', '上年结转', '其他资金'],
      ['', '', '', '', '土地出让收入', '专项债券', '', '']]
for r, rt in zip(dist, row_tot):
    t1.append([r[0], str(r[1]) if r[1] else '—', fi(r[2]) if r[2] else '—', f(rt), f(r[3]), f(r[4]), f(r[5]), f(r[6])])
t1.append(['合计', str(N_COMM), fi(N_HH), f(TOT_X), f(LAND_X), f(BOND_X), f(CARRY_X), f(OTH_X)])
t1_merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 2, 3), (0, 4, 0, 7), (1, 4, 1, 5), (1, 6, 2, 6),
             (1, 7, 2, 7)]
B.append(('table', t1, t1_merges, [2.2, 1.7, 1.7, 1.9, 1.9, 1.9, 1.7, 1.7]))
P('资金管理方面，项目资金实行专账核算，严格按照工程进度拨付。专项债券资金实行“借、用、管、还”全流程管理，未发现截留、挤占和挪用情况。市财政局对项目开展了绩效运行监控，6月底资金执行率偏低的问题已在下半年整改。')
H1('三、项目绩效目标完成情况')
H2('（一）产出指标完成情况')
P('1.数量指标。完成改造老旧小区%d个，超过40个的年度目标。完成各类管网改造%s公里，其中供水管网%s公里、排水管网%s公里、燃气管网%s公里、供电线路%s公里。支持既有住宅加装电梯%d部，超过%d部的目标。同步新增停车位%s个、充电桩%d个。'
  % (N_COMM, PIPE, pipes[0][1], pipes[1][1], pipes[2][1], pipes[3][1], lift_n, lift_tgt, fi(parking), chargers))
P('2.质量指标。已完工小区均通过竣工验收，竣工验收合格率100%。')
P('3.时效指标。%d个小区中按计划工期完工%d个，按期完工率%s%%，低于95%%的目标值。其余3个小区因燃气管线迁改协调时间较长，于2025年3月底完工。'
  % (N_COMM, ontime_n, f(ontime)))
P('4.成本指标。以项目资金执行数和改造建筑面积计算，每平方米改造成本%s元，低于120元的控制标准；户均改造投入%s元。'
  % (f(cost_m2), f(per_hh)))
H2('（二）效益指标完成情况')
P('改造惠及居民%s户。改造后新引入专业化物业服务或实行居民自治管理的小区%d个，小区物业管理覆盖率%s%%。各区已建立改造后小区的长效管理机制，但部分小区物业费收缴率不高，长效管理机制仍需完善。'
  % (fi(N_HH), prop_n, f(prop)))
H2('（三）满意度指标完成情况')
P('项目完工后，我局委托第三方对改造小区居民开展满意度调查，发放问卷%d份，回收有效问卷%d份，其中表示满意的%d份，居民满意度%s%%（满意份数÷有效问卷份数）。'
  % (sv_sent, sv_valid, sv_sat, f(sat)))
H1('四、自评结论')
P('本项目设置资金执行率指标（分值10分）和产出、效益、满意度三类绩效指标（分值90分），总分100分。资金执行率得分按分值×年度资金总额执行率计算，为%s分；按期完工率未达目标，按实际完成值÷目标值×分值计%s分；长效管理机制扣1分。'
  % (f(s_fund), f(IND[4][6])))
P('经综合评定，项目自评得分%s分，其中资金执行率%s分，产出指标%s分，效益指标%s分，满意度指标%s分，自评等级为“%s”（90分及以上为优）。详见附件项目支出绩效自评表。'
  % (f(TOTAL), f(s_fund), f(sub['产出指标']), f(sub['效益指标']), f(sub['满意度指标']), GRADE))
H1('五、存在的问题及原因')
P('一是部分小区改造进度滞后。燃气、通信等管线迁改涉及多家产权单位，协调时间较长，3个小区未能按期完工，形成资金结转。二是居民出资到位不足。居民出资认缴%s万元，实际到位使用%s万元，部分居民对出资改造认识不到位。三是长效管理仍有短板。改造后小区物业费收缴率偏低，个别小区存在“改造后无人管”的风险。'
  % (f(resid_in), f(resid_x)))
H1('六、改进措施')
P('一是建立管线单位联席会议制度，在项目前期同步开展管线迁改设计，压缩协调时间。二是加强政策宣传，完善居民出资激励办法，引导居民通过住房公积金、住宅专项维修资金等渠道出资。三是推行“改管一体”，将物业服务导入作为改造方案审查的前置条件，巩固改造成果。四是对专项债券项目实行穿透式监测，确保债券资金按期形成实物工作量。')
B.append(('sign', '汾溪市住房和城乡建设局'))
B.append(('sign', '2025年4月8日'))
B.append(('pagebreak', ''))
B.append(('h2', '附件'))
B.append(('cap', '项目支出绩效自评表'))
B.append(('cap2', '（2024年度）'))
t2 = [['项目名称', '汾溪市2024年城镇老旧小区改造项目', '', '', '', '', '', ''],
      ['主管部门', '汾溪市住房和城乡建设局', '', '', '实施单位', '汾溪市城镇老旧小区改造工作专班办公室', '', ''],
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['', '年度资金总额', f(INIT), f(FULL), f(EXEC), '10', f(r_all) + '%', f(s_fund)],
      ['', '其中：当年财政拨款', f(fin['init']), f(fin['full']), f(FIN_X), '—', '—', '—'],
      ['', '上年结转资金', f(carry['init']), f(carry['full']), f(CARRY_X), '—', '—', '—'],
      ['', '其他资金', f(oth['init']), f(oth['full']), f(OTH_X), '—', '—', '—'],
      ['年度总体目标', '预期目标', '', '', '实际完成情况', '', '', ''],
      ['', '完成40个以上城镇老旧小区改造，改造各类管网35公里以上，加装电梯20部以上，竣工验收合格率100%，居民满意度90%以上。', '', '',
       '完成改造%d个小区，改造管网%s公里，加装电梯%d部，竣工验收合格率100%%，居民满意度%s%%；3个小区跨年完工。'
       % (N_COMM, PIPE, lift_n, f(sat)), '', '', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']]
t2_merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 7),
             (8, 1, 8, 3), (8, 4, 8, 7)]
start = len(t2)
prev1 = prev2 = None
s1 = s2 = start
for i, (l1, l2, l3, tgt, act, w, s) in enumerate(IND):
    r = start + i
    t2.append(['', l1 if l1 != prev1 else '', l2 if (l2, l1) != (prev2, prev1) else '', l3, tgt, act, str(w), f(s)])
    if l1 != prev1:
        if prev1 is not None and r - 1 > s1:
            t2_merges.append((s1, 1, r - 1, 1))
        s1 = r
    if (l2, l1) != (prev2, prev1):
        if prev2 is not None and r - 1 > s2:
            t2_merges.append((s2, 2, r - 1, 2))
        s2 = r
    prev1, prev2 = l1, l2
end = start + len(IND) - 1
if end > s1:
    t2_merges.append((s1, 1, end, 1))
if end > s2:
    t2_merges.append((s2, 2, end, 2))
t2_merges.append((start - 1, 0, end, 0))
t2.append(['总分', '', '', '', '', '', '100', f(TOTAL)])
t2.append(['自评等级', GRADE, '', '', '', '', '', ''])
t2_merges += [(len(t2) - 2, 0, len(t2) - 2, 5), (len(t2) - 1, 1, len(t2) - 1, 7)]
B.append(('table', t2, t2_merges, [1.8, 1.8, 2.0, 2.6, 1.9, 2.0, 1.2, 1.3]))
B.append(('p', '注：资金执行率得分=分值×年度资金总额执行率；其中各行不单独计分，以“—”表示。'))


def _font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = '仿宋'
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), '仿宋')


def render(blocks, path):
    d = docx.Document()
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.4)
    for blk in blocks:
        kind = blk[0]
        if kind == 'table':
            rows, merges, widths = blk[1], blk[2], blk[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    if v:
                        _font(c.paragraphs[0].add_run(v), 9)
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1)
                keep = a.text
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        if (rr, cc) != (r1, c1):
                            assert rows[rr][cc] == '', (rr, cc, rows[rr][cc])
                m = a.merge(t.cell(r2, c2))
                for extra in m.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                assert m.text == keep, (m.text, keep)
            continue
        if kind == 'pagebreak':
            d.add_page_break()
            continue
        text = blk[1]
        p = d.add_paragraph()
        if kind == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 18, True)
        elif kind in ('sub', 'cap', 'cap2'):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 12 if kind == 'sub' else 11, kind == 'cap')
        elif kind == 'h1':
            _font(p.add_run(text), 14, True)
        elif kind == 'h2':
            _font(p.add_run(text), 12, True)
        elif kind == 'sign':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(text), 12)
        else:
            p.paragraph_format.first_line_indent = Pt(24)
            _font(p.add_run(text), 12)
    d.core_properties.author = '汾溪市住房和城乡建设局'
    d.core_properties.title = '汾溪市2024年城镇老旧小区改造项目支出绩效自评报告'
    d.save(path)


def main():
    path = os.path.join(OUT, NAME + '.docx')
    render(B, path)
    V = docx_text.visible_text(path)
    L.eq('年度资金总额执行率', r_all, D('96.41')); L.eq('财政拨款执行率', r_fin, D('96.25'))
    L.eq('其他资金执行率', r_oth, D('94.14')); L.eq('土地出让执行率', r_land, D('96.56'))
    L.eq('专项债券执行率', r_bond, D('95.83'))
    L.eq('资金执行率得分', s_fund, D('9.64'))
    L.eq('按期完工率', ontime, D('92.86')); L.eq('按期完工得分', IND[4][6], D('9.77'))
    L.eq('物业覆盖率', prop, D('83.33')); L.eq('满意度', sat, D('94.21'))
    L.eq('每平方米成本', cost_m2, D('105.07')); L.eq('户均投入', per_hh, D('9748.35'))
    L.eq('小区增长', g_comm, D('16.67'))
    L.eq('户数合计', N_HH, 6318); L.eq('小区合计', N_COMM, 42)
    L.eq('全年财政拨款 = 年初 − 调减 + 债券', fin['full'], D('5700.00'))
    L.eq('产出/效益/满意度', (sub['产出指标'], sub['效益指标'], sub['满意度指标']), (D('49.77'), D('29.00'), D('10.00')))
    L.eq('等级', GRADE, '优')
    # visible-text statements
    for s in ['年度资金总额执行率96.41%', '当年财政拨款执行%s万元，执行率96.25%%' % f(FIN_X),
              '专项债券资金2,300.00万元', '出让收入安排3,186.35万元', '完成改造老旧小区42个',
              '项目自评得分98.41分', '2025年4月8日', '其他资金执行252.66万元']:
        L.stated_once(V, s)
    L.stated(V, '\n42个\n', '\n96.41%\n', '\n9.64\n', '\n98.41\n', '\n2,300.00\n', '\n6,159.01\n')
    L.check('report date after fiscal year', True, '2025年4月8日')
    for k, v in [('年初预算', INIT), ('全年预算', FULL), ('执行数', EXEC), ('执行率', r_all),
                 ('财政拨款执行', FIN_X), ('土地出让执行', LAND_X), ('专项债券执行', BOND_X), ('总分', TOTAL)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'])


if __name__ == '__main__':
    main()
