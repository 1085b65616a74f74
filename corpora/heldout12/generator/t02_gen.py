# -*- coding: utf-8 -*-
"""t02: 项目支出绩效自评报告 + 项目支出绩效自评表 (.docx via python-docx, merged cells)."""
import os
from decimal import Decimal
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from common import D, q, pct, f, Ledger, grade_for, score_by_ratio, han_count, HERE

NAME = "t02_minan_farmland_project_selfeval"
L = Ledger(NAME)

# ---------------- funds (万元) ----------------
fis_init, fis_full, fis_exec = D("2400.00"), D("2616.00"), D("2538.72")
oth_init, oth_full, oth_exec = D("120.00"), D("120.00"), D("126.40")
tot_init, tot_full, tot_exec = fis_init + oth_init, fis_full + oth_full, fis_exec + oth_exec
L.eq("年初预算数合计", tot_init, D("2520.00"))
L.eq("全年预算数合计", tot_full, D("2736.00"))
L.eq("全年执行数合计", tot_exec, D("2665.12"))
central, prov, county = D("1560.00"), D("640.00"), D("416.00")
L.sum_eq("财政拨款全年预算 = 中央+省+县", [central, prov, county], fis_full)
county_add = tot_full - tot_init
L.eq("县级追加配套", county_add, D("216.00"))
L.eq("财政拨款年初 = 全年 - 追加", fis_full - county_add, fis_init)
r_tot, r_fis, r_oth = pct(tot_exec, tot_full), pct(fis_exec, fis_full), pct(oth_exec, oth_full)
L.eq("总执行率", r_tot, D("97.41"))
L.eq("财政拨款执行率", r_fis, D("97.05"))
L.eq("其他资金执行率(>100%，有说明)", r_oth, D("105.33"))
oth_over = oth_exec - oth_full
L.eq("其他资金超支", oth_over, D("6.40"))
fis_unspent = fis_full - fis_exec
L.eq("财政拨款未执行(质保金)", fis_unspent, D("77.28"))
exec_weight = D(10)
exec_score = min(exec_weight, q(exec_weight * r_tot / 100))
L.eq("预算执行率得分 = 10 x 97.41%", exec_score, D("9.74"))
# spending by use
sp_build, sp_design, sp_super, sp_other = D("2410.36"), D("86.40"), D("52.80"), D("115.56")
L.sum_eq("支出构成合计 = 全年执行数", [sp_build, sp_design, sp_super, sp_other], tot_exec)

# ---------------- physical ----------------
area_wanmu = D("1.2")
area_mu = area_wanmu * 10000
L.eq("1.2万亩 = 12,000亩", area_mu, D("12000"))
fis_exec_yuan = fis_exec * 10000
L.eq("财政拨款执行数(元)", fis_exec_yuan, D("25387200.00"))
per_mu = q(fis_exec_yuan / area_mu)
L.eq("亩均财政投入", per_mu, D("2115.60"))
L.le("亩均财政投入 <= 2300", per_mu, D(2300))
canal_t, canal_a = D(36), D("38.5")
road_t, road_a = D(24), D("22.8")
canal_pct = pct(canal_a, canal_t)
road_pct = pct(road_a, road_t)
L.eq("渠道完成率", canal_pct, D("106.94"))
L.eq("机耕道完成率", road_pct, D("95.00"))
L.eq("渠道超额2.5公里", canal_a - canal_t, D("2.5"))
L.eq("机耕道调减1.2公里", road_t - road_a, D("1.2"))
mid_exec = D("1012.32")
mid_rate = pct(mid_exec, tot_full)
L.eq("6月底执行进度(占全年预算数)", mid_rate, D("37.00"))
grain_23, grain_24 = D(468), D(524)
grain_inc = grain_24 - grain_23
grain_g = pct(grain_inc, grain_23)
L.eq("亩均增产", grain_inc, D(56))
L.growth("粮食亩产增长", grain_24, grain_23, grain_g, "增长")
L.eq("粮食亩产增长率", grain_g, D("11.97"))
households = D(4812)
coef_23, coef_24 = D("0.52"), D("0.57")
survey_n, survey_ok = D(500), D(432)
sat = pct(survey_ok, survey_n)
L.eq("满意度", sat, D("86.40"))
towns = ["青龙镇", "石桥乡", "永丰镇"]
L.eq("乡镇个数", len(towns), 3)
village_counts = [4, 3, 4]
L.eq("行政村个数", sum(village_counts), 11)
town_mu = [D(4200), D(3300), D(4500)]
L.sum_eq("分乡镇面积合计 = 12,000亩", town_mu, D(12000))
sections = 3

# ---------------- indicators ----------------
# (一级, 二级, 三级, 指标值, 实际值, 分值, 得分, 偏差原因)
ind = []
def add(l1, l2, l3, tv, av, wt, sc, why="—"):
    wt = D(wt)
    L.le("得分<=分值: " + l3, sc, wt)
    ind.append((l1, l2, l3, tv, av, wt, sc, why))

add("产出指标", "数量指标", "新建高标准农田面积", "1.2万亩", "1.2万亩", 10, D(10))
add("产出指标", "数量指标", "新建（改造）灌排渠道长度", "≥36公里", "38.5公里", 8, score_by_ratio(8, canal_a, canal_t),
    "结合村组需求增加末级渠系2.5公里")
road_score = score_by_ratio(7, road_a, road_t)
L.eq("机耕道得分 7x22.8/24", road_score, D("6.65"))
add("产出指标", "数量指标", "新建机耕道（生产路）长度", "≥24公里", "22.8公里", 7, road_score,
    "2个村因土地权属调整，1.2公里生产路调减；今后加强前期踏勘和群众协调")
add("产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", 10, D(10))
add("产出指标", "时效指标", "项目完工时间", "2024年12月31日前", "2024年12月20日", 8, D(8))
add("产出指标", "成本指标", "亩均财政投入", "≤2,300元", "%s元" % f(per_mu), 7, D(7))
add("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "%s公斤" % grain_inc, 10,
    score_by_ratio(10, grain_inc, 50))
add("效益指标", "社会效益指标", "受益农户数", "≥4,500户", "%s户" % f(households, 0), 10,
    score_by_ratio(10, households, 4500))
add("效益指标", "生态效益指标", "项目区灌溉水有效利用系数", "≥0.55", str(coef_24), 10,
    score_by_ratio(10, coef_24, D("0.55")))
sat_score = score_by_ratio(10, sat, 90)
L.eq("满意度得分 10x86.40/90", sat_score, D("9.60"))
add("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "%s%%" % sat, 10, sat_score,
    "部分农户对机耕道调减和施工期间临时占地补偿进度有意见；将加快补偿兑付并做好解释")

w_out = sum((r[5] for r in ind if r[0] == "产出指标"), Decimal(0))
w_ben = sum((r[5] for r in ind if r[0] == "效益指标"), Decimal(0))
w_sat = sum((r[5] for r in ind if r[0] == "满意度指标"), Decimal(0))
s_out = sum((r[6] for r in ind if r[0] == "产出指标"), Decimal(0))
s_ben = sum((r[6] for r in ind if r[0] == "效益指标"), Decimal(0))
s_sat = sum((r[6] for r in ind if r[0] == "满意度指标"), Decimal(0))
L.eq("产出分值50", w_out, D(50))
L.eq("效益分值30", w_ben, D(30))
L.eq("满意度分值10", w_sat, D(10))
w_total = exec_weight + w_out + w_ben + w_sat
s_total = exec_score + s_out + s_ben + s_sat
L.eq("总分值100", w_total, D(100))
L.eq("产出得分", s_out, D("49.65"))
L.eq("效益得分", s_ben, D("30"))
L.eq("总得分", s_total, D("98.99"))
BANDS = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
grade = grade_for(s_total, BANDS)
L.eq("等级", grade, "优")
for k, v in [("年初预算数", tot_init), ("全年预算数", tot_full), ("全年执行数", tot_exec),
             ("执行率", r_tot), ("自评得分", s_total), ("等级", grade)]:
    L.fact(k, v)


def sc_str(x):
    return str(int(x)) if x == x.to_integral() else str(x)


# ---------------- narrative ----------------
P = []   # list of (kind, text): kind in title/h1/h2/p/sign
def T(t): P.append(("title", t))
def H1(t): P.append(("h1", t))
def H2(t): P.append(("h2", t))
def Pp(t): P.append(("p", t))

T("岷安县农业农村局2024年高标准农田建设项目支出绩效自评报告")
Pp("根据《岷安县财政局关于做好2024年度项目支出绩效自评工作的通知》（岷财绩〔2025〕5号）要求，我局组织岷安县农田建设服务中心对2024年高标准农田建设项目开展了绩效自评，现将有关情况报告如下。")
H1("一、项目基本情况")
H2("（一）项目概况")
Pp("为贯彻落实《全国高标准农田建设规划（2021—2030年）》和省、市关于高标准农田建设的部署要求，经省农业农村厅批复，2024年我县在%s%d个乡镇%d个行政村实施高标准农田建设项目，建设规模1.2万亩（即12,000亩）。主要建设内容包括：土地平整、新建（改造）灌排渠道36公里、新建机耕道（生产路）24公里、配套建设农田输配电设施和田间监测设施等。项目由岷安县农业农村局主管、岷安县农田建设服务中心具体实施，共划分%d个施工标段。" % ("、".join(towns), len(towns), sum(village_counts), sections))
Pp("分乡镇看，%s。" % "，".join("%s%d个行政村%s亩" % (t, v, f(m, 0)) for t, v, m in zip(towns, village_counts, town_mu)))
H2("（二）项目资金安排情况")
Pp("项目年初预算数%s万元。年度执行中县级追加配套资金%s万元，全年预算数调整为%s万元，其中：财政拨款%s万元（中央财政补助%s万元、省级财政补助%s万元、县级配套资金%s万元），其他资金（项目区村集体及受益农户筹资、投工投劳折资）%s万元。" % (
    f(tot_init), f(county_add), f(tot_full), f(fis_full), f(central), f(prov), f(county), f(oth_full)))
H2("（三）项目绩效目标")
Pp("项目年度总体目标为：2024年底前完成1.2万亩高标准农田建设任务，工程质量验收合格率达到100%，项目区灌排条件和田间道路通达水平明显改善，粮食亩均增产50公斤以上，受益农户4,500户以上，受益农户满意度达到90%以上。")
H2("（四）自评工作开展情况")
Pp("我局成立了由分管副局长任组长、计划财务股和农田建设服务中心相关人员为成员的绩效自评工作组，采取资料核查、现场勘验、抽样测产和问卷调查相结合的方式开展自评。工作组查阅了项目批复、招投标文件、施工合同、监理日志、资金拨付凭证和竣工验收资料，实地抽查了全部%d个标段的21处单项工程，并在%d个行政村随机发放受益农户满意度调查问卷。" % (sections, sum(village_counts)))
H1("二、项目资金使用及管理情况")
H2("（一）资金到位及执行情况")
Pp("截至2024年12月31日，项目全年预算数%s万元已全部到位，全年执行数%s万元，预算执行率%s%%。其中，财政拨款执行%s万元，未执行的%s万元为按合同约定预留的工程质量保证金，将在缺陷责任期满并经验收合格后支付；其他资金执行%s万元，执行率%s%%，超出预算%s万元，主要是项目区群众投工投劳参与田间工程建设的积极性较高，投工投劳折资增加。" % (
    f(tot_full), f(tot_exec), r_tot, f(fis_exec), f(fis_unspent), f(oth_exec), r_oth, f(oth_over)))
Pp("执行过程中，我局于2024年7月和10月分两次开展绩效运行监控。截至2024年6月30日，项目资金执行%s万元，占全年预算数的%s%%，主要是上半年以土地平整和材料进场为主、工程款集中在下半年按进度结算。针对监控中发现的进度偏慢问题，我局督促施工单位增加作业面，第四季度资金支出进度明显加快。" % (f(mid_exec), mid_rate))
H2("（二）资金使用情况")
Pp("项目资金全部用于高标准农田建设，其中：工程施工费%s万元、勘察设计费%s万元、工程监理费%s万元、其他费用（含项目管理、竣工测量和耕地质量等级评价等）%s万元，合计%s万元。" % (
    f(sp_build), f(sp_design), f(sp_super), f(sp_other), f(tot_exec)))
H2("（三）资金管理情况")
Pp("项目资金实行专账核算、县级报账，严格按照工程进度和监理签证拨付，做到专款专用。资金拨付履行了项目单位申请、监理审核、主管部门审批和财政部门审核程序，未发现截留、挤占和挪用等问题。")
H1("三、项目实施及管理情况")
Pp("项目严格执行项目法人制、招标投标制、工程监理制、合同管理制和公示制。%d个施工标段均通过公开招标确定施工单位，并委托具有相应资质的监理单位全过程监理。项目于2024年3月开工，2024年12月20日全部完工，2025年2月26日通过县级竣工验收，竣工验收资料已报市农业农村局备案。质量管理方面，实行项目法人负责、监理单位控制、施工单位保证和群众监督相结合的质量管理体系，聘请村民质量监督员11名全程参与隐蔽工程验收。项目公示方面，在各项目区显著位置设立公示牌，公开建设内容、投资规模、施工单位和监督电话，接受群众监督。建成后的工程设施已移交所在乡镇和村集体经济组织管护，签订了管护协议，落实了管护责任。" % sections)
H1("四、项目绩效目标完成情况")
H2("（一）产出指标完成情况")
Pp("1.数量指标。完成新建高标准农田1.2万亩，完成率100%%；新建（改造）灌排渠道38.5公里，为计划的%s%%；新建机耕道（生产路）22.8公里，为计划的%s%%，其余1.2公里因2个村土地权属调整予以调减。" % (canal_pct, road_pct))
Pp("2.质量指标。各标段单位工程质量验收合格率100%，未发生质量安全事故。")
Pp("3.时效指标。项目于2024年12月20日全部完工，在年度计划完成时间内完工。")
Pp("4.成本指标。亩均财政投入%s元（财政拨款执行数%s元÷建设面积12,000亩），控制在亩均2,300元的目标以内。" % (
    f(per_mu), f(fis_exec_yuan)))
H2("（二）效益指标完成情况")
Pp("1.经济效益。经抽样测产，项目区粮食亩产由2023年的%s公斤提高到2024年的%s公斤，增长%s%%，亩均增产%s公斤，超过50公斤的目标值。" % (grain_23, grain_24, grain_g, grain_inc))
Pp("2.社会效益。项目惠及%d个行政村农户%s户，田间道路通达率和农业机械化作业水平明显提高，农户生产成本有所下降。" % (sum(village_counts), f(households, 0)))
Pp("3.生态效益。项目区灌溉水有效利用系数由%s提高到%s，达到0.55以上的目标值，节水效果明显。" % (coef_23, coef_24))
H2("（三）满意度指标完成情况")
Pp("项目组在项目区发放并回收有效问卷%s份，其中表示满意的%s份，受益农户满意度%s%%，未达到90%%的目标值，主要是部分农户对机耕道调减和临时占地补偿进度有意见。" % (survey_n, survey_ok, sat))
H1("五、自评结论")
Pp("按照项目支出绩效自评评分规则（预算执行率按执行率乘以分值计分，最高不超过分值；绩效指标达到目标值的得满分，未达到的按完成比例计分），本项目自评得分%s分，其中预算执行率得分%s分、产出指标得分%s分、效益指标得分%s分、满意度指标得分%s分。根据评价等级标准（90分（含）以上为“优”、80分（含）至90分为“良”、60分（含）至80分为“中”、60分以下为“差”），自评等级为“%s”。" % (
    f(s_total), f(exec_score), f(s_out), f(s_ben), f(s_sat), grade))
H1("六、存在的问题及改进措施")
Pp("（一）存在的问题。一是项目前期踏勘不够细致，部分地块土地权属情况掌握不准，导致机耕道建设内容调减；二是临时占地补偿兑付进度偏慢，影响了群众满意度；三是部分已建工程管护经费来源不够稳定，长效管护机制有待健全。")
Pp("（二）改进措施。一是在项目设计阶段加强实地踏勘和权属核查，广泛征求村组和农户意见，提高设计方案的可操作性；二是加快临时占地补偿兑付，做好政策宣传和解释工作；三是推动将高标准农田管护经费纳入县级预算保障，落实“县负总责、乡镇监管、村为主体”的管护机制。")
Pp("（三）结果应用。我局将把本次自评结果作为2025年度高标准农田建设项目资金安排和实施方案编制的重要参考，对自评中发现的问题建立整改台账，明确责任股室和完成时限，确保整改到位。")
H1("七、其他需要说明的事项")
Pp("本报告所列资金数据以2024年度决算数据为准，计量单位除特别注明外均为万元。附表为项目支出绩效自评表。")
P.append(("sign", "岷安县农业农村局"))
P.append(("sign", "2025年3月28日"))

# ---------------- build docx ----------------
doc = Document()
st = doc.styles["Normal"]
st.font.name = "FangSong"
st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")


def para(text, bold=False, center=False, right=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


signs = []
for kind, t in P:
    if kind == "title":
        para(t, bold=True, center=True, size=16)
    elif kind == "h1":
        para(t, bold=True)
    elif kind == "h2":
        para(t, bold=True)
    elif kind == "p":
        para(t)
    elif kind == "sign":
        signs.append(t)

doc.add_page_break()
para("附表", bold=True)
para("项目支出绩效自评表", bold=True, center=True, size=14)
para("（2024年度）", center=True)
para("单位：万元", right=True)

n_ind = len(ind)
nrows = 9 + n_ind + 1
tbl = doc.add_table(rows=nrows, cols=8)
tbl.style = "Table Grid"
c = tbl.cell
# row 0: 项目名称 (horizontal merge)
c(0, 0).text = "项目名称"
m = c(0, 1).merge(c(0, 7)); m.text = "2024年高标准农田建设项目"
# row 1
c(1, 0).text = "主管部门"
m = c(1, 1).merge(c(1, 3)); m.text = "岷安县农业农村局"
c(1, 4).text = "实施单位"
m = c(1, 5).merge(c(1, 7)); m.text = "岷安县农田建设服务中心"
# rows 2-5: funds
m = c(2, 0).merge(c(5, 0)); m.text = "项目资金（万元）"
for j, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
    c(2, j).text = h
fund_rows = [
    ("年度资金总额", tot_init, tot_full, tot_exec, str(exec_weight), r_tot, str(exec_score)),
    ("其中：财政拨款", fis_init, fis_full, fis_exec, "—", r_fis, "—"),
    ("其他资金", oth_init, oth_full, oth_exec, "—", r_oth, "—"),
]
for i, (lab, a, b, e, wt, rt, sc) in enumerate(fund_rows, start=3):
    vals = [lab, f(a), f(b), f(e), wt, "%s%%" % rt, sc]
    for j, v in enumerate(vals, start=1):
        c(i, j).text = v
# rows 6-7: 年度总体目标
m = c(6, 0).merge(c(7, 0)); m.text = "年度总体目标"
m = c(6, 1).merge(c(6, 4)); m.text = "预期目标"
m = c(6, 5).merge(c(6, 7)); m.text = "实际完成情况"
m = c(7, 1).merge(c(7, 4)); m.text = ("2024年底前完成1.2万亩高标准农田建设任务，工程质量验收合格率100%，"
                                      "粮食亩均增产50公斤以上，受益农户4,500户以上，受益农户满意度90%以上。")
m = c(7, 5).merge(c(7, 7)); m.text = ("完成1.2万亩高标准农田建设，2024年12月20日全部完工，工程质量验收全部合格；"
                                      "机耕道调减1.2公里；受益农户满意度未达目标。")
# row 8: indicator header
for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                       "偏差原因分析及改进措施"]):
    c(8, j).text = h
r0 = 9
for i, (l1, l2, l3, tv, av, wt, sc, why) in enumerate(ind):
    r = r0 + i
    for j, v in enumerate([l3, tv, av, sc_str(wt), sc_str(sc), why], start=2):
        c(r, j).text = v


def vmerge(col, key_idx):
    i = 0
    while i < n_ind:
        j = i
        while j + 1 < n_ind and ind[j + 1][key_idx] == ind[i][key_idx] and \
                (key_idx == 0 or ind[j + 1][0] == ind[i][0]):
            j += 1
        cell = c(r0 + i, col).merge(c(r0 + j, col)) if j > i else c(r0 + i, col)
        cell.text = ind[i][key_idx]
        i = j + 1


vmerge(0, 0)
vmerge(1, 1)
last = r0 + n_ind
m = c(last, 0).merge(c(last, 4)); m.text = "总分"
c(last, 5).text = sc_str(w_total)
c(last, 6).text = str(s_total)
c(last, 7).text = ""

doc.add_paragraph()
for t in signs:
    para(t, right=True)

out = os.path.join(HERE, NAME + ".docx")
doc.save(out)

# ---------------- post-checks on the saved file ----------------
from docx_text import docx_visible_text  # noqa: E402
vt = docx_visible_text(out)
L.check("no leftover placeholders", "{" not in vt and "Decimal(" not in vt)
n = han_count(vt)
L.fact("han_chars", n)
L.check("Han character count within 2500-5000", 2500 <= n <= 5000, "han=%d" % n)
for s in ["2,400.00", "4,812户", "增长11.97%", "105.33%", "98.99", "2025年3月28日", "〔2025〕5号"]:
    L.in_text(vt, s)
data = L.write(os.path.join(HERE, NAME + ".ledger.json"))
print(NAME, "han=%d" % n, "checks=%d" % len(L.checks), "ok=%s" % data["all_checks_ok"])
