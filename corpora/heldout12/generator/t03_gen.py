# -*- coding: utf-8 -*-
"""t03: 市级部门决算说明 (.html with rowspan/colspan tables, 类/款/项 功能分类)."""
import html
import os
from decimal import Decimal
from common import D, q, pct, f, Ledger, han_count, HERE
from html_text import html_visible_text

NAME = "t03_lincheng_hrss_final_accounts"
L = Ledger(NAME)
UNIT = "临澄市人力资源和社会保障局"

# ---------------- 一般公共预算财政拨款支出 by 项 (万元) ----------------
# code, name, basic, project, 年初预算
ITEMS = [
    ("2080101", "行政运行", "1286.44", "0", "1240.00"),
    ("2080102", "一般行政管理事务", "0", "132.60", "150.00"),
    ("2080109", "社会保险经办机构", "862.15", "86.22", "930.00"),
    ("2080111", "公共就业服务和职业技能鉴定机构", "371.90", "34.62", "398.00"),
    ("2080112", "劳动人事争议调解仲裁", "61.20", "27.10", "90.00"),
    ("2080501", "行政单位离退休", "214.86", "0", "205.00"),
    ("2080502", "事业单位离退休", "97.35", "0", "97.35"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "352.18", "0", "348.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "176.09", "0", "174.00"),
    ("2080704", "社会保险补贴", "0", "1520.00", "1200.00"),
    ("2080705", "公益性岗位补贴", "0", "864.30", "820.00"),
    ("2080799", "其他就业补助支出", "0", "215.48", "0"),
    ("2101101", "行政单位医疗", "98.62", "0", "96.00"),
    ("2101102", "事业单位医疗", "112.47", "0", "110.00"),
    ("2101103", "公务员医疗补助", "36.20", "0", "36.20"),
    ("2210201", "住房公积金", "301.85", "0", "298.00"),
]
NAMES = {"208": "社会保障和就业支出", "20801": "人力资源和社会保障管理事务", "20805": "行政事业单位养老支出",
         "20807": "就业补助", "210": "卫生健康支出", "21011": "行政事业单位医疗", "221": "住房保障支出",
         "22102": "住房改革支出"}
for c, n, *_ in ITEMS:
    NAMES[c] = n
items = {c: {"b": D(b), "p": D(p), "t": D(b) + D(p), "init": D(i)} for c, n, b, p, i in ITEMS}
# 款 and 类 aggregated strictly from 项
agg = {}
for c, v in items.items():
    for key in (c[:3], c[:5]):
        a = agg.setdefault(key, {"b": Decimal(0), "p": Decimal(0), "t": Decimal(0), "init": Decimal(0)})
        for k in a:
            a[k] += v[k]
for key, a in agg.items():
    L.eq("合计=基本+项目: " + key, a["t"], a["b"] + a["p"])
for lei in ("208", "210", "221"):
    kuan = [k for k in agg if len(k) == 5 and k.startswith(lei)]
    L.sum_eq("类%s = 其款之和" % lei, [agg[k]["t"] for k in kuan], agg[lei]["t"])
    for k in kuan:
        L.sum_eq("款%s = 其项之和" % k, [items[c]["t"] for c in items if c.startswith(k)], agg[k]["t"])
gpb_b = sum((agg[k]["b"] for k in ("208", "210", "221")), Decimal(0))
gpb_p = sum((agg[k]["p"] for k in ("208", "210", "221")), Decimal(0))
gpb = gpb_b + gpb_p
gpb_init = sum((agg[k]["init"] for k in ("208", "210", "221")), Decimal(0))
L.eq("一般公共预算财政拨款支出合计", gpb, D("6851.63"))
L.eq("基本支出", gpb_b, D("3971.31"))
L.eq("项目支出", gpb_p, D("2880.32"))
gpb_vs_init = pct(gpb, gpb_init)
sh = {k: pct(agg[k]["t"], gpb) for k in ("208", "210", "221")}
L.eq("类占比之和为100.01%（四舍五入尾差，合规）", sum(sh.values(), Decimal(0)), D("100.01"))
gpb_2023 = D("6395.42")
gpb_g = pct(gpb - gpb_2023, gpb_2023)
L.growth("一般公共预算财政拨款支出比上年增长", gpb, gpb_2023, gpb_g, "增长")

# ---------------- funds / 总表 ----------------
fis_open, fis_inc = D("45.30"), D("6874.80")
fis_close = fis_open + fis_inc - gpb
L.eq("财政拨款年末结转结余", fis_close, D("68.47"))
oth_open, oth_inc, oth_spend = D("12.10"), D("126.84"), D("118.20")
oth_close = oth_open + oth_inc - oth_spend
L.eq("其他资金年末结转结余", oth_close, D("20.74"))
inc_total = fis_inc + oth_inc
sp_total = gpb + oth_spend
open_total = fis_open + oth_open
close_total = fis_close + oth_close
grand_in = inc_total + open_total
grand_out = sp_total + close_total
L.eq("本年收入合计", inc_total, D("7001.64"))
L.eq("本年支出合计", sp_total, D("6969.83"))
L.eq("收入总计 = 支出总计", grand_in, grand_out)
L.eq("总计", grand_in, D("7059.04"))
# 总表支出 by 类 (all funds: other-fund spending is all in 208)
all208 = agg["208"]["t"] + oth_spend
L.sum_eq("总表各类支出之和 = 本年支出合计", [all208, agg["210"]["t"], agg["221"]["t"]], sp_total)
inc_2023, sp_2023 = D("6612.85"), D("6580.16")
inc_g = pct(inc_total - inc_2023, inc_2023)
sp_g = pct(sp_total - sp_2023, sp_2023)
L.growth("收入比上年增长", inc_total, inc_2023, inc_g, "增长")
L.growth("支出比上年增长", sp_total, sp_2023, sp_g, "增长")
sh_fis_inc, sh_oth_inc = pct(fis_inc, inc_total), pct(oth_inc, inc_total)
L.eq("收入占比之和", sh_fis_inc + sh_oth_inc, D("100.00"))
all_b, all_p = gpb_b, gpb_p + oth_spend
L.eq("支出=基本+项目(全部资金)", all_b + all_p, sp_total)
sh_b, sh_p = pct(all_b, sp_total), pct(all_p, sp_total)
L.eq("支出占比之和", sh_b + sh_p, D("100.00"))
sh_gpb_in_total = pct(gpb, sp_total)
fis_grand = fis_inc + fis_open
L.eq("财政拨款收入总计=支出总计", fis_grand, gpb + fis_close)

# ---------------- 基本支出 ----------------
public = D("312.69")
personnel = gpb_b - public
L.eq("人员经费", personnel, D("3658.62"))
# ---------------- 三公 ----------------
sg_b = {"abroad": D("0"), "buy": D("0"), "run": D("18.00"), "recep": D("3.50")}
sg_a = {"abroad": D("0"), "buy": D("0"), "run": D("16.42"), "recep": D("2.86")}
sg_23 = {"abroad": D("0"), "buy": D("0"), "run": D("17.35"), "recep": D("3.56")}
sgb, sga, sg23 = (sum(x.values(), Decimal(0)) for x in (sg_b, sg_a, sg_23))
L.eq("三公预算", sgb, D("21.50"))
L.eq("三公决算", sga, D("19.28"))
L.eq("三公2023", sg23, D("20.91"))
sg_rate = pct(sga, sgb)
L.eq("三公完成预算", sg_rate, D("89.67"))
sg_g = pct(sg23 - sga, sg23)
L.growth("三公比上年下降", sga, sg23, sg_g, "下降")
run_g = pct(sg_23["run"] - sg_a["run"], sg_23["run"])
rec_g = pct(sg_23["recep"] - sg_a["recep"], sg_23["recep"])
L.growth("运行费下降", sg_a["run"], sg_23["run"], run_g, "下降")
L.growth("接待费下降", sg_a["recep"], sg_23["recep"], rec_g, "下降")
sh_run, sh_rec = pct(sg_a["run"], sga), pct(sg_a["recep"], sga)
L.eq("三公构成占比之和", sh_run + sh_rec, D("100.00"))
run_rate = pct(sg_a["run"], sg_b["run"])
rec_rate = pct(sg_a["recep"], sg_b["recep"])
cars = 5
recep_batch, recep_person = 21, 168
recep_batch23, recep_person23 = 26, 205
# ---------------- 机关运行经费 ----------------
op24, op23 = D("142.36"), D("148.20")
op_g = pct(op23 - op24, op23)
L.growth("机关运行经费下降", op24, op23, op_g, "下降")
L.le("机关运行经费 <= 公用经费", op24, public)
# ---------------- 政府采购 ----------------
gp_goods, gp_works, gp_serv = D("128.30"), D("0"), D("358.45")
gp_total = gp_goods + gp_works + gp_serv
L.eq("政府采购总额", gp_total, D("486.75"))
gp_sme, gp_micro = D("402.16"), D("318.40")
gp_sme_sh = pct(gp_sme, gp_total)
gp_micro_sh = pct(gp_micro, gp_sme)   # NB: base is 授予中小企业合同金额
L.eq("中小企业占采购总额", gp_sme_sh, D("82.62"))
L.eq("小微企业占中小企业合同金额", gp_micro_sh, D("79.17"))
L.le("小微 <= 中小", gp_micro, gp_sme)
# ---------------- 国有资产 ----------------
veh = [("主要负责人用车", 0), ("机要通信用车", 1), ("应急保障用车", 1), ("执法执勤用车", 2), ("其他用车", 1)]
L.eq("车辆合计 = 各类之和", sum(n for _, n in veh), cars)
units = ["临澄市就业服务中心", "临澄市社会保险事业中心", "临澄市劳动人事争议仲裁院", "临澄市人才交流服务中心"]
L.eq("决算单位个数 = 本级 + 所属", 1 + len(units), 5)
perf_projects = 12

for k, v in [("一般公共预算财政拨款支出", gpb), ("本年收入合计", inc_total), ("本年支出合计", sp_total),
             ("收入总计", grand_in), ("三公决算", sga), ("机关运行经费", op24), ("政府采购", gp_total)]:
    L.fact(k, v, "万元")


# ---------------- text helpers ----------------
def w(x):
    return f(x)


E = html.escape
body = []
def h(tag, t): body.append("<%s>%s</%s>" % (tag, E(t), tag))
def p(t): body.append("<p>%s</p>" % E(t))

body.append('<h1>%s2024年度部门决算</h1>' % E(UNIT))
h("h2", "目录")
body.append("<ul><li>第一部分 部门概况</li><li>第二部分 2024年度部门决算情况说明</li>"
            "<li>第三部分 名词解释</li><li>第四部分 2024年度部门决算公开表</li></ul>")
h("h2", "第一部分 部门概况")
h("h3", "一、主要职责")
p("%s是市政府工作部门，主要职责包括：贯彻执行国家和省人力资源和社会保障法律法规和政策，拟订全市人力资源和社会保障事业发展规划；拟订并组织实施全市就业创业政策，统筹城乡就业；统筹推进全市多层次社会保险体系建设，组织实施社会保险政策；负责全市劳动关系协调和劳动保障监察工作，组织实施劳动人事争议调解仲裁制度；会同有关部门拟订全市人才流动政策，推进职业技能培训和技能人才队伍建设；完成市委、市政府交办的其他任务。" % UNIT)
h("h3", "二、部门决算单位构成")
p("从决算单位构成看，纳入本部门2024年度部门决算编制范围的单位共%d个，包括局机关本级和所属%d个事业单位：%s。" % (1 + len(units), len(units), "、".join(units)))

h("h2", "第二部分 2024年度部门决算情况说明")
h("h3", "一、收入支出决算总体情况说明")
p("2024年度收入总计%s万元、支出总计%s万元，与2023年度相比，本年收入合计和本年支出合计分别增加%s万元、%s万元，增长%s%%、%s%%。主要原因是：中央和省级就业补助资金增加，社会保险补贴支出相应增加。" % (
    w(grand_in), w(grand_out), w(inc_total - inc_2023), w(sp_total - sp_2023), inc_g, sp_g))
h("h3", "二、收入决算情况说明")
p("2024年度本年收入合计%s万元，其中：一般公共预算财政拨款收入%s万元，占%s%%；政府性基金预算财政拨款收入0.00万元；其他收入%s万元，占%s%%。" % (
    w(inc_total), w(fis_inc), sh_fis_inc, w(oth_inc), sh_oth_inc))
h("h3", "三、支出决算情况说明")
p("2024年度本年支出合计%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。项目支出中使用其他资金安排%s万元，主要用于社会保险经办服务窗口委托运营。" % (
    w(sp_total), w(all_b), sh_b, w(all_p), sh_p, w(oth_spend)))
h("h3", "四、财政拨款收入支出决算总体情况说明")
p("2024年度财政拨款收入总计%s万元，其中年初财政拨款结转和结余%s万元、本年财政拨款收入%s万元；财政拨款支出总计%s万元，其中本年财政拨款支出%s万元、年末财政拨款结转和结余%s万元。本部门财政拨款收支全部为一般公共预算财政拨款。" % (
    w(fis_grand), w(fis_open), w(fis_inc), w(gpb + fis_close), w(gpb), w(fis_close)))
h("h3", "五、一般公共预算财政拨款支出决算情况说明")
h("h4", "（一）一般公共预算财政拨款支出决算总体情况")
p("2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%。与2023年度相比，一般公共预算财政拨款支出增加%s万元，增长%s%%。主要原因是：年中追加社会保险补贴和公益性岗位补贴资金。" % (
    w(gpb), sh_gpb_in_total, w(gpb - gpb_2023), gpb_g))
h("h4", "（二）一般公共预算财政拨款支出决算结构情况")
p("2024年度一般公共预算财政拨款支出%s万元，主要用于以下方面：社会保障和就业支出%s万元，占%s%%；卫生健康支出%s万元，占%s%%；住房保障支出%s万元，占%s%%。" % (
    w(gpb), w(agg["208"]["t"]), sh["208"], w(agg["210"]["t"]), sh["210"], w(agg["221"]["t"]), sh["221"]))
h("h4", "（三）一般公共预算财政拨款支出决算具体情况")
p("2024年度一般公共预算财政拨款支出年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。其中：基本支出%s万元，项目支出%s万元。决算数大于年初预算数的主要原因是年中追加了就业补助资金。具体情况如下：" % (
    w(gpb_init), w(gpb), gpb_vs_init, w(gpb_b), w(gpb_p)))
REASON_UP = {"2080101": "落实调资政策，人员经费增加", "2080109": "社会保险经办服务事项增加",
             "2080111": "新增零工市场运营经费", "2080501": "退休人员增加", "2080505": "缴费基数调整",
             "2080506": "缴费基数调整", "2080704": "上级追加社会保险补贴资金",
             "2080705": "上级追加公益性岗位补贴资金", "2101101": "缴费基数调整",
             "2101102": "缴费基数调整", "2210201": "缴存基数调整"}
REASON_DOWN = {"2080102": "厉行节约，压减一般性支出", "2080112": "部分仲裁庭信息化项目按合同约定分期支付"}
n = 0
for c, v in items.items():
    n += 1
    lei, kuan = NAMES[c[:3]], NAMES[c[:5]]
    head = "%d.%s（类）%s（款）%s（项）。" % (n, lei, kuan, NAMES[c])
    if v["init"] == 0:
        s = "年初预算为0.00万元，支出决算为%s万元。年初未安排预算，支出为年中追加的创业担保贷款贴息等资金。" % w(v["t"])
    else:
        r = pct(v["t"], v["init"])
        s = "年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。" % (w(v["init"]), w(v["t"]), r)
        if v["t"] > v["init"]:
            s += "决算数大于年初预算数的主要原因是：%s。" % REASON_UP[c]
        elif v["t"] < v["init"]:
            s += "决算数小于年初预算数的主要原因是：%s。" % REASON_DOWN[c]
        else:
            s += "决算数与年初预算数持平。"
    p(head + s)
h("h3", "六、一般公共预算财政拨款基本支出决算情况说明")
p("2024年度一般公共预算财政拨款基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、伙食补助费、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、住房公积金、退休费等；公用经费%s万元，主要包括办公费、印刷费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他交通费用等。" % (
    w(gpb_b), w(personnel), w(public)))
h("h3", "七、一般公共预算财政拨款“三公”经费支出决算情况说明")
p("2024年度一般公共预算财政拨款“三公”经费支出预算为%s万元，支出决算为%s万元，完成预算的%s%%，比2023年度决算%s万元下降%s%%。决算数小于预算数的主要原因是：严格落实过“紧日子”要求，从严控制公务用车使用和公务接待。" % (
    w(sgb), w(sga), sg_rate, w(sg23), sg_g))
p("其中：因公出国（境）费支出决算为0.00万元，全年未安排因公出国（境）团组。公务用车购置费支出决算为0.00万元，2024年度未购置公务用车。公务用车运行维护费支出预算为%s万元，支出决算为%s万元，完成预算的%s%%，占“三公”经费支出决算的%s%%，比上年下降%s%%，主要用于劳动保障监察执法、机要通信和应急保障等工作所需公务用车的燃料费、维修费、过路过桥费、保险费等支出。截至2024年12月31日，公务用车保有量为%d辆。公务接待费支出预算为%s万元，支出决算为%s万元，完成预算的%s%%，占“三公”经费支出决算的%s%%，比上年下降%s%%。全年共接待国内来访团组%d批次、%d人次（2023年为%d批次、%d人次），主要用于上级部门业务指导和兄弟城市考察交流；外事接待0批次、0人次。" % (
    w(sg_b["run"]), w(sg_a["run"]), run_rate, sh_run, run_g, cars, w(sg_b["recep"]), w(sg_a["recep"]), rec_rate, sh_rec, rec_g,
    recep_batch, recep_person, recep_batch23, recep_person23))
h("h3", "八、政府性基金预算财政拨款收入支出决算情况说明")
p("本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故政府性基金预算财政拨款收入支出决算表为空表。")
h("h3", "九、国有资本经营预算财政拨款支出决算情况说明")
p("本部门2024年度无国有资本经营预算财政拨款支出，故国有资本经营预算财政拨款支出决算表为空表。")
h("h3", "十、机关运行经费支出情况说明")
p("2024年度本部门机关运行经费支出%s万元，比2023年度的%s万元下降%s%%，主要原因是：压减办公费、差旅费等一般性支出。" % (w(op24), w(op23), op_g))
h("h3", "十一、政府采购支出情况说明")
p("2024年度本部门政府采购支出总额%s万元，其中：政府采购货物支出%s万元、政府采购工程支出%s万元、政府采购服务支出%s万元。授予中小企业合同金额%s万元，占政府采购支出总额的%s%%，其中：授予小微企业合同金额%s万元，占授予中小企业合同金额的%s%%。" % (
    w(gp_total), w(gp_goods), w(gp_works), w(gp_serv), w(gp_sme), gp_sme_sh, w(gp_micro), gp_micro_sh))
h("h3", "十二、国有资产占用情况说明")
p("截至2024年12月31日，本部门共有车辆%d辆，其中：%s；单价100万元（含）以上设备0台（套）。" % (
    cars, "、".join("%s%d辆" % (k, v) for k, v in veh)))
h("h3", "十三、预算绩效管理情况说明")
p("根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目%d个，资金%s万元，占一般公共预算项目支出总额的100%%。从自评情况看，各项目总体实现了年初设定的绩效目标。同时，本部门组织对就业补助资金开展了部门评价，评价结果已按要求报送市财政局，并于2025年1月在本部门门户网站公开。" % (
    perf_projects, w(gpb_p)))
h("h2", "第三部分 名词解释")
for t in [
    "一、财政拨款收入：指单位从同级政府财政部门取得的财政预算资金。",
    "二、其他收入：指单位取得的除上述收入以外的各项收入，主要是银行存款利息收入等。",
    "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "八、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]:
    p(t)

# ---------------- tables ----------------
h("h2", "第四部分 2024年度部门决算公开表")
tb = []
tb.append('<p class="tname">表一 收入支出决算总表</p><p class="unit">公开01表 单位：万元</p>')
tb.append('<table><thead><tr><th colspan="2">收入</th><th colspan="2">支出</th></tr>'
          '<tr><th>项目</th><th>决算数</th><th>项目</th><th>决算数</th></tr></thead><tbody>')
left = [("一、一般公共预算财政拨款收入", fis_inc), ("二、政府性基金预算财政拨款收入", D(0)),
        ("三、国有资本经营预算财政拨款收入", D(0)), ("四、上级补助收入", D(0)), ("五、事业收入", D(0)),
        ("六、经营收入", D(0)), ("七、附属单位上缴收入", D(0)), ("八、其他收入", oth_inc)]
right = [("一、社会保障和就业支出", all208), ("二、卫生健康支出", agg["210"]["t"]),
         ("三、住房保障支出", agg["221"]["t"])]
L.sum_eq("总表收入各行之和 = 本年收入合计", [v for _, v in left], inc_total)
for i in range(len(left)):
    lk, lv = left[i]
    rk, rv = right[i] if i < len(right) else ("", None)
    tb.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        E(lk), w(lv), E(rk), "" if rv is None else w(rv)))
tb.append("<tr><td>本年收入合计</td><td>%s</td><td>本年支出合计</td><td>%s</td></tr>" % (w(inc_total), w(sp_total)))
tb.append("<tr><td>年初结转和结余</td><td>%s</td><td>年末结转和结余</td><td>%s</td></tr>" % (w(open_total), w(close_total)))
tb.append("<tr><td>总计</td><td>%s</td><td>总计</td><td>%s</td></tr>" % (w(grand_in), w(grand_out)))
tb.append("</tbody></table>")

tb.append('<p class="tname">表二 一般公共预算财政拨款支出决算表</p><p class="unit">公开05表 单位：万元</p>')
tb.append('<table><thead><tr><th colspan="2">项目</th><th colspan="3">本年支出</th></tr>'
          '<tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr></thead><tbody>')
tb.append('<tr><td colspan="2">合计</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (w(gpb), w(gpb_b), w(gpb_p)))
order = []
for c in items:
    for key in (c[:3], c[:5], c):
        if key not in order:
            order.append(key)
for key in order:
    v = agg.get(key) or items[key]
    tb.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        key, E(NAMES[key]), w(v["t"]), w(v["b"]), w(v["p"])))
tb.append("</tbody></table>")
tb.append('<p class="note">注：本表反映部门本年度一般公共预算财政拨款实际支出情况。</p>')

tb.append('<p class="tname">表三 一般公共预算财政拨款“三公”经费支出决算表</p><p class="unit">公开07表 单位：万元</p>')
tb.append('<table><thead><tr><th colspan="6">预算数</th><th colspan="6">决算数</th></tr><tr>'
          + ('<th rowspan="2">合计</th><th rowspan="2">因公出国（境）费</th><th colspan="3">公务用车购置及运行维护费</th>'
             '<th rowspan="2">公务接待费</th>') * 2 + '</tr><tr>'
          + '<th>小计</th><th>公务用车购置费</th><th>公务用车运行维护费</th>' * 2 + '</tr></thead><tbody>')
def sgrow(x):
    return [x["abroad"] + x["buy"] + x["run"] + x["recep"], x["abroad"], x["buy"] + x["run"], x["buy"], x["run"], x["recep"]]
tb.append("<tr>%s</tr>" % "".join("<td>%s</td>" % w(v) for v in sgrow(sg_b) + sgrow(sg_a)))
tb.append("</tbody></table>")

tb.append('<p class="tname">表四 政府性基金预算财政拨款收入支出决算表</p><p class="unit">公开08表 单位：万元</p>')
tb.append('<table><thead><tr><th colspan="2">项目</th><th rowspan="2">年初结转和结余</th><th rowspan="2">本年收入</th>'
          '<th colspan="3">本年支出</th><th rowspan="2">年末结转和结余</th></tr>'
          '<tr><th>科目编码</th><th>科目名称</th><th>小计</th><th>基本支出</th><th>项目支出</th></tr></thead><tbody>'
          '<tr><td colspan="2">合计</td><td></td><td></td><td></td><td></td><td></td><td></td></tr></tbody></table>')
tb.append('<p class="note">注：本部门2024年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。</p>')
body.extend(tb)
body.append('<p class="sign">%s</p><p class="sign">2025年9月12日</p>' % E(UNIT))

doc = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>%s2024年度部门决算</title>\n'
       '<style>body{font-family:"FangSong",serif;max-width:960px;margin:auto}table{border-collapse:collapse;margin:8px 0}'
       'th,td{border:1px solid #333;padding:3px 8px}td{text-align:right}td:first-child{text-align:left}'
       '.sign{text-align:right}.unit{text-align:right;font-size:90%%}</style>\n</head>\n<body>\n%s\n</body>\n</html>\n') % (
    E(UNIT), "\n".join(body))
out = os.path.join(HERE, NAME + ".html")
with open(out, "w", encoding="utf-8") as fh:
    fh.write(doc)

vt = html_visible_text(doc)
L.check("no leftover placeholders", "{" not in vt and "Decimal(" not in vt)
hc = han_count(vt)
L.fact("han_chars", hc)
L.check("Han character count within 2500-5000", 2500 <= hc <= 5000, "han=%d" % hc)
for s in ["6,420.69", "下降7.80%", "公务用车保有量为5辆", "共有车辆5辆", "占授予中小企业合同金额的79.17%"]:
    L.in_text(vt, s)
data = L.write(os.path.join(HERE, NAME + ".ledger.json"))
print(NAME, "han=%d" % hc, "checks=%d" % len(L.checks), "ok=%s" % data["all_checks_ok"])
