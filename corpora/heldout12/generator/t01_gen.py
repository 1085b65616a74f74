# -*- coding: utf-8 -*-
"""t01: 县级水利局 部门整体支出绩效自评报告 (.txt, 一、（一）1.（1） headings,
Chinese-numeral signature date, tab-separated 绩效指标 table)."""
import os
from decimal import Decimal
from common import D, q, pct, f, Ledger, grade_for, score_by_ratio, check_text_hygiene, HERE

NAME = "t01_qingfeng_water_dept_selfeval"
L = Ledger(NAME)


def w(x):  # 万元, no thousands separator in this report
    return f(x, 2, sep=False)


# ---------------- budget ----------------
init_basic, init_proj = D("1386.52"), D("2140.00")
init_total = init_basic + init_proj
add_basic = D("15.85")
add_central, add_prov, add_county = D("1050.00"), D("420.00"), D("206.09")
add_proj = add_central + add_prov + add_county
add_total = add_basic + add_proj
adj_basic = init_basic + add_basic
adj_proj = init_proj + add_proj
adj_total = adj_basic + adj_proj
L.eq("年初预算合计", init_total, D("3526.52"))
L.eq("追加项目支出", add_proj, D("1676.09"))
L.eq("追加合计", add_total, D("1691.94"))
L.eq("调整后基本支出", adj_basic, D("1402.37"))
L.eq("调整后项目支出", adj_proj, D("3816.09"))
L.eq("全年预算", adj_total, D("5218.46"))
L.sum_eq("年初+追加=全年预算", [init_total, add_total], adj_total)

# ---------------- income / spending ----------------
inc_fiscal, inc_other = D("5064.28"), D("48.52")
inc_total = inc_fiscal + inc_other
open_bal = D("126.40")
avail = open_bal + inc_total
personnel, public = D("1214.30"), D("184.35")
act_basic = personnel + public
act_proj = D("3638.09")
act_total = act_basic + act_proj
close_bal = open_bal + inc_total - act_total
L.eq("收入合计", inc_total, D("5112.80"))
L.eq("可用资金", avail, D("5239.20"))
L.eq("基本支出", act_basic, D("1398.65"))
L.eq("支出合计", act_total, D("5036.74"))
L.eq("年末结转结余 = 年初+收入-支出", close_bal, D("202.46"))
spend_2023 = D("4612.38")
g_spend = pct(act_total - spend_2023, spend_2023)
L.growth("支出比2023年增长", act_total, spend_2023, g_spend, "增长")
sh_basic = pct(act_basic, act_total)
sh_proj = pct(act_proj, act_total)
sh_pers_in_basic = pct(personnel, act_basic)
L.eq("基本支出占比", sh_basic, D("27.77"))
L.eq("项目支出占比", sh_proj, D("72.23"))
L.eq("基本+项目占比=100.00", sh_basic + sh_proj, D("100.00"))
L.eq("人员经费占基本支出", sh_pers_in_basic, D("86.82"))
rate_total = pct(act_total, adj_total)
rate_basic = pct(act_basic, adj_basic)
rate_proj = pct(act_proj, adj_proj)
L.eq("预算执行率", rate_total, D("96.52"))
L.eq("基本支出执行率", rate_basic, D("99.73"))
L.eq("项目支出执行率", rate_proj, D("95.34"))
carry_rate = pct(close_bal, adj_total)
L.eq("结转结余率", carry_rate, D("3.88"))

# ---------------- 三公 ----------------
sg_budget = D("30.00")   # written as 三十万元
sg_recep, sg_car = D("4.36"), D("22.12")
sg_total = sg_recep + sg_car
sg_2023 = D("29.15")
L.eq("三公合计", sg_total, D("26.48"))
sg_rate = pct(sg_total, sg_budget)
L.eq("三公预算执行率", sg_rate, D("88.27"))
sg_change = pct(sg_2023 - sg_total, sg_2023)
L.growth("三公比2023年下降", sg_total, sg_2023, sg_change, "下降")
L.eq("三公变动率(负)", -sg_change, D("-9.16"))

# ---------------- projects ----------------
p_res_b, p_res_a = D("860.00"), D("842.36")
p_sup_b, p_sup_a = D("1120.50"), D("1086.27")
p_riv_b, p_riv_a = D("1050.00"), D("1050.00")
p_soil_b, p_soil_a = D("420.00"), D("391.20")
L.eq("中小河流治理资金 = 中央水利发展资金(一千零五十万元)", p_riv_b, add_central)
L.eq("水土保持预算 = 省级补助", p_soil_b, add_prov)
rr = {k: pct(a, b) for k, (b, a) in {"res": (p_res_b, p_res_a), "sup": (p_sup_b, p_sup_a),
                                      "riv": (p_riv_b, p_riv_a), "soil": (p_soil_b, p_soil_a)}.items()}
L.eq("水库执行率", rr["res"], D("97.95"))
L.eq("供水执行率", rr["sup"], D("96.95"))
L.eq("河流执行率", rr["riv"], D("100.00"))
L.eq("水保执行率", rr["soil"], D("93.14"))
four = p_res_a + p_sup_a + p_riv_a + p_soil_a
L.eq("四个重点项目合计", four, D("3369.83"))
L.le("四个重点项目为项目支出的一部分(主要包括)", four, act_proj)
four_share = pct(four, act_proj)
L.eq("四项目占项目支出", four_share, D("92.63"))
reservoirs = ["石门", "上塘", "黄泥坳", "枫树坪", "龙潭", "杨家冲"]
L.eq("水库座数", len(reservoirs), 6)
river_km = D("12.60")
per_km = q(p_riv_a / river_km)
L.eq("每公里投资", per_km, D("83.33"))
soil_target, soil_done = D("15"), D("13.80")
soil_pct = pct(soil_done, soil_target)
L.eq("水保完成比例", soil_pct, D("92.00"))
soil_left = soil_target - soil_done
L.eq("剩余面积", soil_left, D("1.20"))
soil_carry = p_soil_b - p_soil_a
L.eq("水保结转资金", soil_carry, D("28.80"))
L.le("水保结转 <= 年末结转结余", soil_carry, close_bal)
tap_2023, tap_2024 = D("91.20"), D("93.40")
L.eq("自来水普及率提高个百分点", tap_2024 - tap_2023, D("2.20"))
staff_quota, staff_actual = 59, 56
L.sum_eq("编制 = 行政+事业", [D(18), D(41)], D(staff_quota))
L.sum_eq("实有 = 行政+事业", [D(17), D(39)], D(staff_actual))
staff_rate = pct(D(staff_actual), D(staff_quota))
L.eq("在职人员控制率", staff_rate, D("94.92"))
proj_plan, proj_ontime = 14, 12
ontime_rate = pct(D(proj_ontime), D(proj_plan))
L.eq("按期完工率", ontime_rate, D("85.71"))
depts = ["办公室", "规划计划股", "水利工程建设与管理股", "水资源与河湖管理股", "农村水利水电股",
         "水旱灾害防御股", "财务审计股"]
subunits = ["县水利工程质量安全监督站", "县水旱灾害防御中心", "县河道采砂管理所"]
L.eq("内设机构个数", len(depts), 7)
L.eq("下属事业单位个数", len(subunits), 3)
retire = 32
L.sum_eq("离退休 = 离休0 + 退休32", [D(0), D(32)], D(retire))
recep_batches, recep_people = 18, 142

# ---------------- indicator table ----------------
# (一级, 二级, 三级, 指标值文本, 实际值文本, 分值, 目标数值, 实际数值, 方向, 偏差原因)
rows = [
    ("投入", "预算配置", "在职人员控制率", "≤100%", "%s%%" % staff_rate, 4, None, None, None, "无"),
    ("投入", "预算配置", "“三公”经费变动率", "≤0", "%s%%" % (-sg_change), 4, None, None, None, "无"),
    ("投入", "预算执行", "预算执行率", "≥95%", "%s%%" % rate_total, 8, D("95"), rate_total, "hi", "无"),
    ("投入", "预算执行", "结转结余率", "≤5%", "%s%%" % carry_rate, 4, D("5"), carry_rate, "lo", "无"),
    ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, None, None, None, "无"),
    ("过程", "财务管理", "管理制度健全性", "健全", "健全", 5, None, None, None, "无"),
    ("过程", "资产管理", "固定资产利用率", "≥90%", "93.60%", 5, D("90"), D("93.60"), "hi", "无"),
    ("过程", "政府采购", "政府采购执行率", "100%", "100%", 5, D("100"), D("100"), "hi", "无"),
    ("产出", "数量", "小型水库除险加固座数", "6座", "%d座" % len(reservoirs), 8, D(6), D(len(reservoirs)), "hi", "无"),
    ("产出", "数量", "中小河流治理长度", "12.6公里", "12.6公里", 8, D("12.6"), river_km, "hi", "无"),
    ("产出", "数量", "新增水土流失治理面积", "15平方公里", "13.8平方公里", 8, soil_target, soil_done, "hi",
     "受汛期强降雨影响，1.2平方公里治理任务顺延至2025年实施"),
    ("产出", "质量", "工程验收合格率", "100%", "100%", 8, D("100"), D("100"), "hi", "无"),
    ("产出", "时效", "项目按期完工率", "≥90%", "%s%%" % ontime_rate, 8, D("90"), ontime_rate, "hi",
     "14个项目中2个受汛期和征地影响未按期完工"),
    ("效益", "社会效益", "农村自来水普及率", "≥92%", "%s%%" % tap_2024, 5, D("92"), tap_2024, "hi", "无"),
    ("效益", "社会效益", "农村供水工程受益人口", "≥3.2万人", "3.46万人", 5, D("3.2"), D("3.46"), "hi", "无"),
    ("效益", "生态效益", "主要河流断面水质达标率", "≥90%", "95.00%", 5, D("90"), D("95.00"), "hi", "无"),
    ("效益", "满意度", "服务对象满意度", "≥90%", "88.60%", 5, D("90"), D("88.60"), "hi",
     "部分群众对农村供水工程施工期间临时停水意见较大"),
]
scored = []
for r in rows:
    lvl1, lvl2, name, tgt_s, act_s, wt, tgt, act, direction, reason = r
    wt = D(wt)
    if tgt is None:
        sc = wt
    else:
        sc = score_by_ratio(wt, act, tgt, higher_is_better=(direction == "hi"))
    L.le("得分不超过分值: " + name, sc, wt)
    scored.append((lvl1, lvl2, name, tgt_s, act_s, wt, sc, reason))
wsum = sum((r[5] for r in scored), Decimal(0))
ssum = sum((r[6] for r in scored), Decimal(0))
L.eq("分值合计100", wsum, D(100))
L.eq("得分合计", ssum, D("98.90"))
by1 = {}
for r in scored:
    by1.setdefault(r[0], [Decimal(0), Decimal(0)])
    by1[r[0]][0] += r[5]
    by1[r[0]][1] += r[6]
L.eq("投入得分", by1["投入"][1], D("20"))
L.eq("过程得分", by1["过程"][1], D("20"))
L.eq("产出得分", by1["产出"][1], D("38.98"))
L.eq("效益得分", by1["效益"][1], D("19.92"))
L.eq("水保得分", scored[10][6], D("7.36"))
L.eq("按期完工得分", scored[12][6], D("7.62"))
L.eq("满意度得分", scored[16][6], D("4.92"))
BANDS = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
grade = grade_for(ssum, BANDS)
L.eq("等级", grade, "优")
score_2023 = D("96.20")

for k, v in [("年初预算", init_total), ("全年预算", adj_total), ("支出合计", act_total),
             ("收入合计", inc_total), ("年初结转结余", open_bal), ("年末结转结余", close_bal),
             ("三公预算", sg_budget), ("三公支出", sg_total), ("自评得分", ssum), ("等级", grade)]:
    L.fact(k, v, "万元" if k not in ("自评得分", "等级") else None)

table_lines = ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因"]
for lvl1, lvl2, name, tgt_s, act_s, wt, sc, reason in scored:
    table_lines.append("\t".join([lvl1, lvl2, name, tgt_s, act_s, str(wt), str(sc.normalize()) if sc == sc.to_integral() else str(sc), reason]))
table_lines.append("合计\t\t\t\t\t%s\t%s\t" % (wsum, ssum))
table = "\n".join(table_lines)

text = f"""青峰县水利局2024年度部门整体支出绩效自评报告

根据《青峰县财政局关于开展2024年度预算绩效自评工作的通知》（青财绩〔2025〕3号）要求，我局对照年初设定的部门整体绩效目标，对2024年度部门整体支出情况开展了绩效自评。现将自评情况报告如下。

一、部门基本情况
（一）部门职能
青峰县水利局是县人民政府工作部门，主要职责是：负责保障全县水资源的合理开发利用，拟订水利发展规划和政策；负责生活、生产经营和生态环境用水的统筹和保障，组织实施最严格水资源管理制度；负责水利设施、水域及其岸线的管理、保护与综合利用；指导水利工程建设与运行管理；负责水土保持工作；指导农村水利工作，组织开展农村供水工程建设与管理；承担水旱灾害防御的相关工作；完成县委、县政府交办的其他任务。
（二）机构设置及人员情况
1.机构设置。我局内设机构{len(depts)}个：{"、".join(depts)}。下属事业单位{len(subunits)}个：{"、".join(subunits)}。纳入本次部门整体支出评价范围的为局机关及{len(subunits)}个下属事业单位。
2.人员情况。2024年末核定编制{staff_quota}名，其中行政编制18名、事业编制41名；实有在职人员{staff_actual}人，其中行政人员17人、事业人员39人；离退休人员{retire}人，其中离休人员0人、退休人员32人。
（三）部门预算安排情况
1.年初预算。2024年年初预算{w(init_total)}万元，其中基本支出{w(init_basic)}万元、项目支出{w(init_proj)}万元。
2.预算调整。年度执行中追加预算{w(add_total)}万元，其中：
（1）基本支出追加{w(add_basic)}万元，主要为落实调资政策增加的人员经费；
（2）项目支出追加{w(add_proj)}万元，包括中央水利发展资金一千零五十万元（用于青峰河中小河流治理）、省级水土保持补助资金{w(add_prov)}万元、县级防汛应急度汛资金{w(add_county)}万元。
调整后全年预算{w(adj_total)}万元，其中基本支出{w(adj_basic)}万元、项目支出{w(adj_proj)}万元。
（四）部门整体绩效目标
2024年初，我局按照“保安全、惠民生、优生态”的总体思路设定部门整体绩效目标：一是完成{len(reservoirs)}座小型水库除险加固，确保安全度汛；二是完成青峰河12.6公里中小河流治理，提升重点河段防洪能力；三是新增水土流失治理面积{soil_target}平方公里；四是巩固提升农村供水保障水平，农村自来水普及率达到92%以上；五是全年预算执行率达到95%以上，服务对象满意度达到90%以上。

二、部门整体支出绩效情况
为做好本次自评工作，我局成立了由局长任组长、分管财务的副局长任副组长、各股室负责人为成员的绩效自评工作领导小组，采取资料核查、现场查看、问卷调查相结合的方式，对部门整体支出的投入、过程、产出和效益情况进行全面评价。自评工作于2025年2月下旬启动，3月中旬完成资料汇总和评分。
（一）预算执行情况
1.收入情况。2024年度收入合计{w(inc_total)}万元，其中财政拨款收入{w(inc_fiscal)}万元、其他收入{w(inc_other)}万元；加上年初结转和结余{w(open_bal)}万元，全年可用资金{w(avail)}万元。
2.支出情况。2024年度支出合计{w(act_total)}万元，比2023年的{w(spend_2023)}万元增长{g_spend}%，主要是中央水利发展资金项目增加。其中：
（1）基本支出{w(act_basic)}万元，占总支出的{sh_basic}%，包括人员经费{w(personnel)}万元、公用经费{w(public)}万元，人员经费占基本支出的{sh_pers_in_basic}%。
（2）项目支出{w(act_proj)}万元，占总支出的{sh_proj}%。
3.预算执行率。全年预算执行率为{rate_total}%（支出合计÷全年预算数），其中基本支出执行率{rate_basic}%，项目支出执行率{rate_proj}%。
4.结转结余。年末结转和结余{w(close_bal)}万元（年初结转和结余{w(open_bal)}万元＋本年收入{w(inc_total)}万元－本年支出{w(act_total)}万元），结转结余率{carry_rate}%，主要包括水土保持综合治理项目结转资金{w(soil_carry)}万元。
（二）“三公”经费控制情况
2024年“三公”经费预算三十万元，实际支出{w(sg_total)}万元，预算执行率{sg_rate}%，比2023年的{w(sg_2023)}万元下降{sg_change}%。其中：因公出国（境）费0万元；公务用车购置费0万元；公务用车运行维护费{w(sg_car)}万元，年末公务用车保有量3辆，较上年持平；公务接待费{w(sg_recep)}万元，全年共接待{recep_batches}批次{recep_people}人次，均为上级业务指导和兄弟县市考察交流。
（三）重点项目实施情况
2024年项目支出主要包括以下四个重点项目（四个项目合计支出{w(four)}万元，占项目支出的{four_share}%），其余为防汛物资储备、河湖长制日常管理、水文监测站点运行维护等小额项目支出。
1.小型水库除险加固项目。全年预算{w(p_res_b)}万元，实际支出{w(p_res_a)}万元，执行率{rr["res"]}%。完成{"、".join(reservoirs)}{len(reservoirs)}座小型水库除险加固，新建溢洪道3处，完成大坝防渗处理1.86公里，消除了病险隐患。
2.农村供水保障工程。全年预算{w(p_sup_b)}万元，实际支出{w(p_sup_a)}万元，执行率{rr["sup"]}%。新建改造供水管网86.50公里，新建（改扩建）集中供水工程5处，受益人口3.46万人。农村自来水普及率由2023年的{tap_2023}%提高到{tap_2024}%，提高{tap_2024 - tap_2023}个百分点。
3.青峰河中小河流治理项目。全年预算{w(p_riv_b)}万元（即前述中央水利发展资金），实际支出{w(p_riv_a)}万元，执行率{rr["riv"]}%。治理河长{river_km}公里，平均每公里投资{per_km}万元，新建生态护岸8.40公里、堤防加固4.20公里。项目于2024年12月完成主体工程，2025年1月15日通过县级完工验收。
4.水土保持综合治理项目。全年预算{w(p_soil_b)}万元，实际支出{w(p_soil_a)}万元，执行率{rr["soil"]}%。完成水土流失综合治理面积{soil_done}平方公里，为年度目标{soil_target}平方公里的{soil_pct}%；其余{soil_left}平方公里因汛期强降雨推迟施工，相应资金{w(soil_carry)}万元结转至2025年使用，截至2025年2月底已全部复工。
（四）绩效指标完成情况
部门整体绩效指标共设置投入、过程、产出、效益4个一级指标，总分100分。评分规则为：达到或优于年度指标值的得满分；未达到的，按实际完成值与年度指标值的比例计分（保留两位小数）。各项指标完成情况如下表：

{table}

（五）绩效目标实现情况
1.产出目标完成情况。
（1）数量目标。全年完成{len(reservoirs)}座小型水库除险加固、{river_km}公里中小河流治理和{soil_done}平方公里水土流失治理，除水土保持治理面积外，其余数量指标均全面完成。
（2）质量目标。全年完工项目均一次性通过验收，工程验收合格率100%，未发生质量安全事故。
（3）时效目标。全年计划实施的{proj_plan}个项目中，{proj_ontime}个按期完工，按期完工率{ontime_rate}%，低于90%的年度指标值。
2.效益目标完成情况。
（1）社会效益。农村供水保障能力进一步提升，受益人口3.46万人，农村自来水普及率达到{tap_2024}%。汛期全县未发生小型水库垮坝和人员伤亡事故。
（2）生态效益。全县主要河流断面水质达标率95.00%，河湖面貌持续改善。
（3）满意度。通过问卷调查，服务对象满意度为88.60%，未达到90%的年度指标值。

三、存在的问题及原因
（一）项目前期工作不够扎实。部分项目在申报阶段对施工条件和征地难度估计不足，导致实施阶段进度滞后，影响了按期完工率。
（二）资金支出进度不够均衡。受上级资金下达时间较晚等因素影响，项目支出集中在第四季度，全年项目支出执行率为{rate_proj}%，仍有提升空间。
（三）绩效目标设置有待细化。个别指标设置偏于笼统，量化程度不高，难以全面反映项目实际成效。
（四）群众沟通工作有待加强。农村供水工程施工期间临时停水通知不够及时，群众满意度未达预期。

四、下一步改进措施
（一）强化项目前期论证。提前做好项目储备和可行性研究，充分评估施工条件和征地难度，确保项目具备开工条件后再安排资金。
（二）加快预算执行进度。建立项目支出进度月通报制度，对执行进度偏慢的项目及时督促整改，提高资金使用效益。
（三）完善绩效目标管理。进一步细化量化绩效指标，做到指标可衡量、可考核，并将评价结果作为以后年度预算安排的重要依据。
（四）改进群众服务工作。施工前通过村务公开栏、微信群等渠道提前告知停水安排，及时回应群众诉求。

五、自评结论
综合评价，青峰县水利局2024年度部门整体支出绩效自评得分{ssum}分，其中投入{by1["投入"][1]}分、过程{by1["过程"][1]}分、产出{by1["产出"][1]}分、效益{by1["效益"][1]}分。根据评分等级标准（90分（含）以上为“优”、80分（含）至90分为“良”、60分（含）至80分为“中”、60分以下为“差”），自评等级为“{grade}”。（2023年度部门整体支出绩效自评得分为{score_2023}分。）

附件：2024年度部门整体支出绩效指标完成情况表（见正文）


青峰县水利局
二〇二五年三月二十日
"""

check_text_hygiene(L, text)
for s in ["一千零五十万元", "三十万元", "〔2025〕3号", "二〇二五年三月二十日", "较上年持平",
          "内设机构7个", "自评等级为“优”", "自评得分98.90分"]:
    L.in_text(text, s, times=1)
out = os.path.join(HERE, NAME + ".txt")
with open(out, "w", encoding="utf-8") as fh:
    fh.write(text)
data = L.write(os.path.join(HERE, NAME + ".ledger.json"))
print(NAME, "han=%s" % L.facts["han_chars"]["value"], "checks=%d" % len(L.checks), "ok=%s" % data["all_checks_ok"])
