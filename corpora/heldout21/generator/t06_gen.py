"""t06 -- 贵州省黔涞市财政局 2024年黔涞市政府采购信息统计分析报告
.html from a responsive portal template whose tables are NOT <table>: each table is a
<div class="tbl"> holding one <ul class="tr"> per row and one <li> per cell (header row
<ul class="tr th">, 合计 row <ul class="tr total"> placed first in 表1 and last in 表2/表3);
numbers sit in <li><span class="num">…</span></li>; prose uses 亿元 and 万元, bracketed shares,
分别为 lists and an overlapping 中小企业 ⊃ 小微企业 subset."""
import os
import sys
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t06_qianlai_government_procurement_statistics_2024"
HTML = NAME + ".html"

METHODS = [("公开招标", "486325.60", "462118.42"), ("邀请招标", "3286.40", "3165.20"),
           ("竞争性谈判", "28614.75", "27502.36"), ("竞争性磋商", "96438.20", "91864.05"),
           ("询价", "12506.30", "11982.47"), ("单一来源", "18742.00", "18615.30"),
           ("框架协议", "6218.50", "5946.80")]
CATS = [("货物类", "168425.36", "182306.45"), ("工程类", "286304.82", "265718.30"), ("服务类", None, "143226.91")]
REGIONS = [("市本级", "218640.35", "172418.60"), ("涞城区", "96318.20", "81204.35"), ("涞北区", "74206.85", "63582.40"),
           ("黔溪县", "62418.30", "55316.75"), ("屏岭县", "58937.45", "50286.10"), ("乌坪县", "54682.10", "48395.60"),
           ("黔涞经济开发区", None, "41608.22")]


def build():
    L = kit.Ledger(HTML)
    S = {}
    # ------------------------------------------------ 表1 by method
    bud = sum(Dec(b) for _, b, _ in METHODS)
    con = sum(Dec(c) for _, _, c in METHODS)
    t1 = []
    for n, b, c in METHODS:
        b, c = Dec(b), Dec(c)
        t1.append([n, fmt(b), fmt(c), fmt(b - c), fmt(pct(b - c, b)) + "%", fmt(pct(c, con)) + "%"])
    tot1 = ["合计", fmt(bud), fmt(con), fmt(bud - con), fmt(pct(bud - con, bud)) + "%", "100.00%"]
    for col in (1, 2, 3):
        L.sum_("表1 合计 col%d" % col, tot1[col], [r[col] for r in t1])
    for r in [tot1] + t1:
        L.gap("表1 节约 %s" % r[0], r[3], r[1], r[2])
        L.pct("表1 节约率 %s" % r[0], r[4], r[3], r[1])
    for r in t1:
        L.pct("表1 比重 %s" % r[0], r[5], r[2], tot1[2])
    sh1 = sum(kit.val(r[5]) for r in t1)
    L.hundred("表1 比重", [r[5] for r in t1], tol="0.02")
    S["t1_tail"] = fmt(sh1)
    S["t1"], S["tot1"] = t1, tot1
    S["bud"], S["con"], S["save"], S["save_r"] = tot1[1], tot1[2], tot1[3], tot1[4]
    S["bud_y"], S["con_y"], S["save_y"] = fmt(bud / 10000), fmt(con / 10000), fmt((bud - con) / 10000)
    L.scale("合同 亿元", S["con_y"], S["con"], "0.0001")
    open_sh = t1[0][5]
    S["open_sh"] = open_sh
    # non-public-tender share
    S["nonopen"] = fmt(con - Dec(METHODS[0][2]))
    S["nonopen_sh"] = fmt(pct(con - Dec(METHODS[0][2]), con)) + "%"
    L.gap("非公开招标", S["nonopen"], S["con"], t1[0][2])
    L.pct("非公开招标比重", S["nonopen_sh"], S["nonopen"], S["con"])

    # ------------------------------------------------ 表2 by category (service is balancing)
    goods, works = Dec(CATS[0][1]), Dec(CATS[1][1])
    serv = con - goods - works
    last = [Dec(x[2]) for x in CATS]
    this = [goods, works, serv]
    con_last = sum(last)
    t2 = []
    for (n, _, _), a, l_ in zip(CATS, this, last):
        g = chg(a, l_)
        t2.append([n, fmt(a), fmt(pct(a, con)) + "%", fmt(l_), fmt(g) + "%"])
    tot2 = ["合计", fmt(con), "100.00%", fmt(con_last), fmt(chg(con, con_last)) + "%"]
    for col in (1, 3):
        L.sum_("表2 合计 col%d" % col, tot2[col], [r[col] for r in t2])
    for r in t2 + [tot2]:
        L.yoy("表2 增长 %s" % r[0], r[4], r[1], r[3])
    for r in t2:
        L.pct("表2 占比 %s" % r[0], r[2], r[1], tot2[1])
    L.hundred("表2 占比", [r[2] for r in t2], tol="0.01")
    L.eq("表2 合计 = 表1 合同合计", tot2[1], tot1[2])
    S["t2"], S["tot2"] = t2, tot2
    S["con_last"], S["con_g"] = tot2[3], tot2[4]
    S["con_last_y"] = fmt(con_last / 10000)
    L.scale("上年 亿元", S["con_last_y"], S["con_last"], "0.0001")

    # ------------------------------------------------ 表3 by region (经开区 balancing)
    reg_known = sum(Dec(x[1]) for x in REGIONS if x[1])
    t3 = []
    sme_tot = Dec(0)
    for n, c, s in REGIONS:
        c = Dec(c) if c else con - reg_known
        s = Dec(s)
        sme_tot += s
        t3.append([n, fmt(c), fmt(s), fmt(pct(s, c)) + "%"])
    tot3 = ["合计", fmt(con), fmt(sme_tot), fmt(pct(sme_tot, con)) + "%"]
    for col in (1, 2):
        L.sum_("表3 合计 col%d" % col, tot3[col], [r[col] for r in t3])
    for r in t3 + [tot3]:
        L.pct("表3 中小企业占比 %s" % r[0], r[3], r[2], r[1])
        L.le("表3 中小 <= 合同 %s" % r[0], r[2], r[1])
    L.eq("表3 合计 = 表1", tot3[1], tot1[2])
    S["t3"], S["tot3"] = t3, tot3
    S["sme"], S["sme_sh"] = tot3[2], tot3[3]
    S["sme_y"] = fmt(sme_tot / 10000)
    L.scale("中小 亿元", S["sme_y"], S["sme"], "0.0001")
    small = Dec("398624.18")
    S["small"] = fmt(small)
    S["small_sh"] = fmt(pct(small, con)) + "%"
    S["small_of_sme"] = fmt(pct(small, sme_tot)) + "%"
    L.le("小微 <= 中小", S["small"], S["sme"])
    L.pct("小微 占合同", S["small_sh"], S["small"], S["con"])
    L.pct("小微 占中小", S["small_of_sme"], S["small"], S["sme"])
    city = t3[0]
    county = [r for r in t3[1:]]
    S["county_con"] = fmt(sum(kit.val(r[1]) for r in county))
    S["county_sh"] = fmt(pct(kit.val(S["county_con"]), con)) + "%"
    S["city_sh"] = fmt(pct(kit.val(city[1]), con)) + "%"
    L.gap("区县合计", S["county_con"], S["con"], city[1])
    L.pct("区县比重", S["county_sh"], S["county_con"], S["con"])
    L.pct("市本级比重", S["city_sh"], city[1], S["con"])
    L.hundred("市本级+区县", [S["city_sh"], S["county_sh"]])
    hi = max(t3, key=lambda r: kit.val(r[3]))
    lo = min(t3, key=lambda r: kit.val(r[3]))
    S["hi"], S["lo"] = hi, lo

    # ------------------------------------------------ other policy figures
    farm, canteen = Dec("4862.35"), Dec("38460.00")
    S["farm"], S["canteen"], S["farm_sh"] = fmt(farm), fmt(canteen), fmt(pct(farm, canteen)) + "%"
    L.pct("832 占食材", S["farm_sh"], S["farm"], S["canteen"])
    L.truth("832 >= 10%", kit.val(S["farm_sh"]) >= 10, S["farm_sh"])
    energy, env, both, same_class = Dec("12486.30"), Dec("8642.15"), Dec("2315.60"), Dec("21364.50")
    green = energy + env - both
    S.update(energy=fmt(energy), env=fmt(env), both=fmt(both), green=fmt(green), same_class=fmt(same_class),
             green_sh=fmt(pct(green, same_class)) + "%")
    L.combo("绿色采购 (overlap removed)", S["green"], [(1, S["energy"]), (1, S["env"]), (-1, S["both"])])
    L.pct("绿色 占同类", S["green_sh"], S["green"], S["same_class"])
    L.le("绿色 <= 同类", S["green"], S["same_class"])
    mall, orders = Dec("14286.42"), 36482
    S["mall"], S["orders"] = fmt(mall), fint(orders)
    S["per_order"] = fint(q(mall * 10000 / orders, 0))
    L.per("单笔 元", S["per_order"], S["mall"], S["orders"], 10000)
    L.truth("电子卖场 counted inside 询价/框架? no: separate channel", True, "")
    loans, loan_amt = 46, Dec("12680.00")
    S["loans"], S["loan_amt"] = str(loans), fmt(loan_amt)
    S["loan_avg"] = fmt(loan_amt / loans)
    L.per("政采贷 笔均", S["loan_avg"], S["loan_amt"], S["loans"])
    qs, qs_done = 46, 46
    comp = {"驳回": 7, "部分成立": 3, "撤回": 2}
    S["comp"], S["qs"] = comp, str(qs)
    S["comp_n"] = str(sum(comp.values()))
    L.sum_("投诉 处理结果", S["comp_n"], [str(v) for v in comp.values()])
    agencies, agencies_last = 68, 61
    S["ag"], S["ag_last"], S["ag_add"] = str(agencies), str(agencies_last), str(agencies - agencies_last)
    L.gap("代理机构 增加", S["ag_add"], S["ag"], S["ag_last"], "增加")
    cen, dep = Dec("248316.74"), Dec("36208.15")
    dis = con - cen - dep
    S["cen"], S["dep"], S["dis"] = fmt(cen), fmt(dep), fmt(dis)
    S["cen_sh"], S["dep_sh"], S["dis_sh"] = (fmt(pct(x, con)) + "%" for x in (cen, dep, dis))
    L.sum_("组织形式 三分", S["con"], [S["cen"], S["dep"], S["dis"]])
    for a, b in (("cen", "cen_sh"), ("dep", "dep_sh"), ("dis", "dis_sh")):
        L.pct("组织形式 比重 %s" % a, S[b], S[a], S["con"])
    L.hundred("组织形式 比重", [S["cen_sh"], S["dep_sh"], S["dis_sh"]], tol="0.01")
    intent = 2986
    S["intent"] = fint(intent)
    bond_free = 1842
    S["bond_free"], S["bond_free_amt"] = fint(bond_free), fmt(Dec("9634.20"))
    projects = 3126
    L.le("免收保证金项目 <= 项目数", S["bond_free"], fint(projects))
    L.le("意向公开 <= 项目数", S["intent"], fint(projects))
    S["projects"] = fint(projects)
    S["avg_proj"] = fmt(con / projects)
    L.per("项目平均合同金额", S["avg_proj"], S["con"], S["projects"])
    return S, L


def paragraphs(S, L):
    P = []

    def p(t):
        P.append(("p", t))
        return t

    def h(t):
        P.append(("h", t))

    t1, t2, t3 = S["t1"], S["t2"], S["t3"]
    p("为全面反映全市政府采购工作情况，根据全市各级预算单位在政府采购管理交易系统中填报的采购计划、采购结果和合同"
      "备案信息，市财政局对2024年度全市政府采购数据进行了汇总统计和分析。统计范围包括市本级、5个县（区）"
      "和黔涞经济开发区的各级国家机关、事业单位和团体组织使用财政性资金开展的政府采购活动，统计口径为当年签订并备案"
      "的政府采购合同。现将有关情况报告如下。")
    h("一、政府采购规模总体情况")
    a1 = p("2024年，全市政府采购预算金额%s万元，实际签订合同金额%s万元（%s亿元），节约资金%s万元，资金节约率%s。"
           "全市共完成政府采购项目%s个，平均每个项目合同金额%s万元。与上年相比，政府采购合同金额比上年%s亿元增长%s。"
           % (S["bud"], S["con"], S["con_y"], S["save"], S["save_r"], S["projects"], S["avg_proj"], S["con_last_y"],
              S["con_g"]))
    a1b = p("从采购组织形式看，集中采购机构采购合同金额%s万元，占%s；部门集中采购%s万元，占%s；分散采购%s万元，占%s。"
            "集中采购机构采购以工程和通用货物为主，分散采购主要是各单位自行组织的服务类项目。"
            % (S["cen"], S["cen_sh"], S["dep"], S["dep_sh"], S["dis"], S["dis_sh"]))
    h("二、按采购方式分析")
    a2 = p("从采购方式看，公开招标仍是最主要的采购方式，合同金额%s万元，占全市政府采购合同金额的%s；竞争性磋商、"
           "竞争性谈判、单一来源、询价、框架协议和邀请招标的合同金额分别为%s万元、%s万元、%s万元、%s万元、%s万元和%s万元。"
           "公开招标以外的采购方式合同金额合计%s万元（占%s）。"
           % (t1[0][2], t1[0][5], t1[3][2], t1[2][2], t1[5][2], t1[4][2], t1[6][2], t1[1][2], S["nonopen"],
              S["nonopen_sh"]))
    L.sum_("分别为 list + 公开招标 = 合计", S["con"], [t1[0][2], t1[3][2], t1[2][2], t1[5][2], t1[4][2], t1[6][2],
                                                   t1[1][2]], [a2])
    L.sum_("公开招标以外 = 分别为 list", S["nonopen"], [t1[3][2], t1[2][2], t1[5][2], t1[4][2], t1[6][2], t1[1][2]])
    a2b = p("从节约率看，公开招标节约率%s，竞争性磋商节约率%s，单一来源采购因供应商唯一，节约率仅为%s。各采购方式"
            "的采购预算、合同金额和节约情况见表1（合计行在首行）。" % (t1[0][4], t1[3][4], t1[5][4]))
    P.append(("table", ("表1　2024年全市政府采购按采购方式统计表（单位：万元）",
                        ["采购方式", "采购预算", "合同金额", "节约资金", "节约率", "占合同金额比重"], [S["tot1"]] + t1)))
    p("注：表1“占合同金额比重”各项按四舍五入保留两位小数，合计为%s%%，与100%%的差额为尾差。" % S["t1_tail"]
      if kit.val(S["t1_tail"]) != 100 else "注：表1“占合同金额比重”各项按四舍五入保留两位小数。")
    h("三、按采购品目分析")
    a3 = p("从采购品目看，货物类、工程类、服务类采购合同金额分别为%s万元、%s万元和%s万元，分别占%s、%s和%s。与上年相比，"
           "货物类%s，工程类增长%s，服务类增长%s。服务类采购增长较快，主要是政府购买服务改革持续推进，物业管理、信息"
           "技术服务和社会治理服务采购增加；货物类采购减少，主要是严格落实过紧日子要求，压减办公设备和公务用车购置。"
           % (t2[0][1], t2[1][1], t2[2][1], t2[0][2], t2[1][2], t2[2][2],
              ("下降" + t2[0][4].lstrip("-")) if t2[0][4].startswith("-") else ("增长" + t2[0][4]), t2[1][4], t2[2][4]))
    L.truth("货物类 fell (stated 减少)", t2[0][4].startswith("-"), t2[0][4])
    L.yoy("货物类 下降 word", t2[0][4].lstrip("-"), t2[0][1], t2[0][3], "下降", [a3])
    L.yoy("工程类 增长 word", t2[1][4], t2[1][1], t2[1][3], "增长", [a3])
    L.yoy("服务类 增长 word", t2[2][4], t2[2][1], t2[2][3], "增长", [a3])
    p("工程类采购主要集中在学校、医院、保障性住房配套设施和市政道路改造等项目，依法必须进行招标的工程建设项目按照"
      "招标投标法及其实施条例执行，未达到招标规模标准的工程项目按照政府采购法及其实施条例执行。服务类采购中，"
      "政府向社会力量购买公共服务的项目主要包括养老服务、社区治理、法律援助、公共文化等，承接主体以社会组织和"
      "中小企业为主。")
    P.append(("table", ("表2　2024年全市政府采购按品目统计表（单位：万元）",
                        ["采购品目", "2024年合同金额", "占比", "2023年合同金额", "比上年增长"], t2 + [S["tot2"]])))
    h("四、落实政府采购政策功能情况")
    a4 = p("（一）支持中小企业发展。全市政府采购授予中小企业合同金额%s万元（%s亿元），占全市政府采购合同金额的%s；其中"
           "授予小微企业合同金额%s万元，占全市政府采购合同金额的%s，占授予中小企业合同金额的%s。分地区看，中小企业合同"
           "金额占比最高的是%s（%s），最低的是%s（%s），各地区情况见表3。"
           % (S["sme"], S["sme_y"], S["sme_sh"], S["small"], S["small_sh"], S["small_of_sme"], S["hi"][0], S["hi"][3],
              S["lo"][0], S["lo"][3]))
    P.append(("table", ("表3　2024年全市政府采购分地区及中小企业合同情况表（单位：万元）",
                        ["地区", "合同金额", "授予中小企业合同金额", "中小企业占比"], t3 + [S["tot3"]])))
    a5 = p("市本级合同金额%s万元，占全市的%s；5个县（区）和黔涞经济开发区合计%s万元，占%s。"
           % (t3[0][1], S["city_sh"], S["county_con"], S["county_sh"]))
    a6 = p("（二）支持脱贫地区农副产品销售。全市各级预算单位通过脱贫地区农副产品网络销售平台采购农副产品%s万元，占"
           "预算单位食堂食材采购总额%s万元的%s，超过不低于10%%的预留比例要求。" % (S["farm"], S["canteen"], S["farm_sh"]))
    a7 = p("（三）支持绿色发展。全市采购节能产品%s万元、环境标志产品%s万元，其中同时属于节能产品和环境标志产品的%s万元，"
           "剔除重复后绿色产品采购额%s万元，占同类产品采购总额%s万元的%s。"
           % (S["energy"], S["env"], S["both"], S["green"], S["same_class"], S["green_sh"]))
    a8 = p("（四）政府采购合同融资。全市通过“政采贷”为中标、成交供应商提供合同融资%s笔、%s万元，笔均%s万元，有效缓解"
           "了中小企业履约资金压力。" % (S["loans"], S["loan_amt"], S["loan_avg"]))
    h("五、电子化采购和监督管理情况")
    a9 = p("全市政府采购电子卖场全年成交订单%s笔，成交金额%s万元，平均每笔订单%s元。电子卖场成交金额已按采购方式计入"
           "表1的询价和框架协议等相应项目，不单独列示。" % (S["orders"], S["mall"], S["per_order"]))
    comp = S["comp"]
    a10 = p("全年全市共受理供应商质疑%s件，均在法定期限内答复；受理投诉%s件，其中驳回投诉%d件、投诉事项部分成立%d件、"
            "供应商撤回投诉%d件。全市在本市登记从事政府采购代理业务的代理机构%s家，比上年%s家增加%s家；对其中18家代理"
            "机构开展了监督评价，对发现的问题责令限期整改。"
            % (S["qs"], S["comp_n"], comp["驳回"], comp["部分成立"], comp["撤回"], S["ag"], S["ag_last"], S["ag_add"]))
    L.le("评价代理机构 <= 总数", "18", S["ag"])
    a11 = p("优化政府采购营商环境方面，全市全面推行采购意向公开，全年公开采购意向%s个；在%s个项目中免收投标（响应）"
            "保证金，为供应商减少资金占用%s万元。同时，全面取消供应商入围、备选库、名录库等做法，不得以供应商所在地、"
            "所有制形式、组织形式等设置差别歧视条件，各类市场主体平等参与政府采购活动。"
            % (S["intent"], S["bond_free"], S["bond_free_amt"]))
    p("制度建设方面，市财政局制定了《黔涞市政府采购需求管理实施细则》和《黔涞市政府采购履约验收管理办法》，修订了"
      "集中采购目录及采购限额标准，明确货物、服务项目分散采购限额标准为100万元、工程项目为120万元，公开招标数额标准"
      "为货物和服务400万元、工程按照招标投标法有关规定执行。各级预算单位进一步落实主体责任，建立了政府采购内部控制"
      "制度，采购需求、采购文件编制、履约验收等关键环节实行分事行权、分岗设权、分级授权。")
    p("能力建设方面，市财政局采取集中授课、线上培训和案例研讨相结合的方式，对各级采购人、集中采购机构和代理机构"
      "从业人员开展政府采购法律法规和业务操作培训，重点讲解采购需求管理、履约验收、中小企业政策落实和质疑投诉处理"
      "等内容，从业人员依法采购、规范操作的意识和能力进一步提高。")
    h("六、存在的问题和下一步工作")
    p("从统计情况看，全市政府采购工作还存在一些问题：一是部分单位采购需求编制不够科学，个别项目采购预算与合同金额"
      "差距较大，反映出预算编制的精准性有待提高；二是单一来源采购仍占一定比重，部分单一来源项目论证不够充分；三是"
      "部分区县中小企业合同金额占比偏低，预留份额政策落实不够到位；四是合同备案不及时的情况仍有发生，影响数据统计的"
      "准确性和及时性。")
    p("下一步，市财政局将重点做好以下工作：一是加强采购需求管理，督促采购人科学合理确定采购需求和采购预算；二是从严"
      "审核单一来源采购方式变更申请，组织专家对论证意见进行抽查；三是落实政府采购支持中小企业政策，对预留份额落实"
      "情况开展专项检查；四是深化政府采购电子化建设，推进采购计划、合同备案、履约验收和资金支付全流程线上办理；五是"
      "加强对采购人、代理机构的监督检查，依法查处违法违规行为，营造公平竞争的市场环境。")
    p("本报告数据来源于黔涞市政府采购管理交易系统，统计时点为2025年1月31日，部分2024年12月签订、2025年1月31日后"
      "备案的合同未纳入统计。各表金额单位均为万元，比重、节约率和增长率按四舍五入保留两位小数，各项比重之和与"
      "100%如有差额，系四舍五入所致。")
    P.append(("sign", "黔涞市财政局"))
    P.append(("sign", "2025年3月28日"))
    for a in (a1, a1b, a2, a2b, a3, a4, a5, a6, a7, a8, a9, a10, a11):
        L.shown("prose", a)
    L.order("dated after FY", (2024, 12, 31), (2025, 3, 28), ["2025年3月28日"])
    return P


def render(M, path):
    S = M["S"]
    o = []
    o.append("<!DOCTYPE html>")
    o.append('<html lang="zh-CN"><head><meta charset="utf-8">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append("<title>2024年黔涞市政府采购信息统计分析报告-黔涞市财政局</title>")
    o.append("<style>.tbl{display:table;width:100%;border-top:1px solid #999;border-left:1px solid #999;margin:10px 0}"
             ".tbl ul.tr{display:table-row;list-style:none;margin:0;padding:0}"
             ".tbl ul.tr li{display:table-cell;border-right:1px solid #999;border-bottom:1px solid #999;padding:4px 6px;"
             "text-align:right}.tbl ul.tr li:first-child{text-align:left}.tbl ul.th li{font-weight:bold;"
             "text-align:center;background:#eef3fa}.tbl ul.total li{font-weight:bold}"
             ".article p{text-indent:2em;line-height:1.9}</style></head>")
    o.append('<body><div class="header"><div class="logo">黔涞市财政局</div>'
             '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
             '<li><a href="/zfcg/">政府采购</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>')
    o.append('<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zfcg/">政府采购</a> &gt; 统计分析</div>')
    o.append('<div class="article"><h1 class="title">2024年黔涞市政府采购信息统计分析报告</h1>')
    o.append('<div class="meta"><span>发布日期：2025-03-28</span><span>信息来源：黔涞市财政局</span>'
             '<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>')
    o.append('<div class="content">')
    for kind, v in M["P"]:
        if kind == "p":
            o.append("<p>%s</p>" % escape(v))
        elif kind == "h":
            o.append("<p><strong>%s</strong></p>" % escape(v))
        elif kind == "sign":
            o.append('<p style="text-align:right">%s</p>' % escape(v))
        elif kind == "table":
            cap, hdr, rows = v
            o.append('<p class="tcap" style="text-align:center"><strong>%s</strong></p>' % escape(cap))
            o.append('<div class="tbl">')
            o.append('<ul class="tr th">' + "".join("<li>%s</li>" % escape(x) for x in hdr) + "</ul>")
            for r in rows:
                cls = "tr total" if r[0] == "合计" else "tr"
                o.append('<ul class="%s"><li>%s</li>' % (cls, escape(r[0])) +
                         "".join('<li><span class="num">%s</span></li>' % escape(x) for x in r[1:]) + "</ul>")
            o.append("</div>")
    o.append("</div></div>")
    o.append('<div class="share"><ul><li>分享到：</li><li><a href="#">微信</a></li><li><a href="#">微博</a></li></ul></div>')
    o.append('<div class="footer"><p>主办单位：黔涞市财政局　地址：黔涞市涞城区人民大道118号　'
             '联系电话：0851-26318842</p><p>黔ICP备10006318号　网站标识码：5226000023</p></div>')
    o.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(o) + "\n")


def build_model():
    S, L = build()
    return {"S": S, "P": paragraphs(S, L)}, L


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build_model() if model is None else (model, None)
    path = os.path.join(out_dir, HTML)
    render(M, path)
    if not ledger:
        return path
    V = {"blocks": kit.html_blocks(path), "nodes": kit.html_nodes(path)}
    ul = [cells for cls, cells in kit.html_ulrows(path) if cls.startswith("tr")]
    want = []
    for kind, v in M["P"]:
        if kind == "table":
            want.append(v[1])
            want.extend(v[2])
    L.truth("ul/li table rows read back", ul == want, "%d rows" % len(ul))
    raw = open(path, encoding="utf-8").read()
    L.truth("no <table> element", "<table" not in raw, "")
    for r in want:
        L.shown("row as block lines", ("blocks", "\n".join(r)))
    kit.finish(L, V, "blocks", os.path.join(out_dir, NAME + ".ledger.json"), V["blocks"])
    return path


if __name__ == "__main__":
    main()
