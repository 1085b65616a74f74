"""t01 -- 湖南省澧岚市汀湄街道办事处 2024年度部门整体支出绩效自评报告
.docx; key figures in floating TEXT BOXES (mc:AlternateContent: wps choice + VML fallback,
the same text twice in the XML); 评分表 with vertically merged 一级/二级指标 cells and a
扣分原因 column; 表1 重点项目 with the 合计 row first."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t01_tingmei_subdistrict_overall_selfeval_2024"
DOCX = NAME + ".docx"
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


def build():
    L = kit.Ledger(DOCX)
    M = {"blocks": []}
    B = M["blocks"]

    def h(t):
        B.append(("h", t))

    def p(t):
        B.append(("p", t))
        return t

    # ------------------------------------------------------------------ base inputs
    init_budget = Dec("2846.30")
    add_up, add_own = Dec("426.85"), Dec("185.60")
    basic_budget = Dec("1492.80")
    staff_cost, office_cost = Dec("1302.55"), Dec("183.82")
    last_year_spend = Dec("3105.48")
    projects = [  # name, budget, spent
        ("社区运转及服务群众专项经费", Dec("384.00"), Dec("384.00")),
        ("老旧小区改造配套资金", Dec("526.40"), Dec("468.27")),
        ("城市管理及环境卫生保洁经费", Dec("612.35"), Dec("598.86")),
        ("网格化社会治理经费", Dec("148.60"), Dec("141.02")),
        ("退役军人服务及优抚经费", Dec("96.80"), Dec("96.80")),
    ]
    other_budget, other_spent = Dec("197.80"), Dec("152.30")
    sg_budget = Dec("14.60")
    sg_recv, sg_car = Dec("2.14"), Dec("9.72")
    sg_last = Dec("13.02")
    # counts
    bz_admin, bz_inst = 28, 22
    sy_admin, sy_inst = 26, 20
    n_comm = 8
    pop = Dec("6.42")
    n_worker = 112
    grid_n, grid_full, grid_part = 120, 96, 24
    orders, orders_done = 4862, 4796
    petition, petition_done = 27, 26
    clean_chk, clean_ok = 120, 117
    proj_n, proj_ontime = 15, 13
    old_plan, old_done, old_bld, old_hh = 8, 7, 42, 1318
    sort_comm = 7
    sort_target = Dec("90")
    survey_sent, survey_valid, survey_ok = 900, 860, 812
    clean_area = Dec("186.5")

    # ------------------------------------------------------------------ derived
    add_total = add_up + add_own
    full_budget = init_budget + add_total
    basic = staff_cost + office_cost
    proj_budget = sum(b for _, b, _ in projects) + other_budget
    proj_spent = sum(s for _, _, s in projects) + other_spent
    spent = basic + proj_spent
    L.truth("project budget = full budget - basic budget", proj_budget == full_budget - basic_budget,
            "%s = %s - %s" % (proj_budget, full_budget, basic_budget))
    carry = full_budget - spent
    sg = sg_recv + sg_car

    S = {}  # written strings
    S["init"], S["add"], S["add_up"], S["add_own"] = fmt(init_budget), fmt(add_total), fmt(add_up), fmt(add_own)
    S["full"], S["basic_b"], S["proj_b"] = fmt(full_budget), fmt(basic_budget), fmt(proj_budget)
    S["spent"], S["basic"], S["proj"] = fmt(spent), fmt(basic), fmt(proj_spent)
    S["staff"], S["office"] = fmt(staff_cost), fmt(office_cost)
    S["rate"] = fmt(pct(spent, full_budget)) + "%"
    S["basic_rate"] = fmt(pct(basic, basic_budget)) + "%"
    S["proj_rate"] = fmt(pct(proj_spent, proj_budget)) + "%"
    S["carry"] = fmt(carry)
    S["carry_rate"] = fmt(pct(carry, full_budget)) + "%"
    S["last"] = fmt(last_year_spend)
    S["grow"] = fmt(chg(spent, last_year_spend)) + "%"
    S["grow_amt"] = fmt(spent - last_year_spend)
    S["add_share"] = fmt(pct(add_total, init_budget)) + "%"
    S["basic_share"] = fmt(pct(basic, spent)) + "%"
    S["proj_share"] = fmt(pct(proj_spent, spent)) + "%"
    S["sg"], S["sg_b"], S["sg_recv"], S["sg_car"], S["sg_last"] = fmt(sg), fmt(sg_budget), fmt(sg_recv), fmt(sg_car), fmt(sg_last)
    g = chg(sg, sg_last)
    S["sg_fall"] = fmt(abs(g)) + "%"
    S["sg_fall_amt"] = fmt(sg_last - sg)
    S["sg_exec"] = fmt(pct(sg, sg_budget)) + "%"
    S["orders_rate"] = fmt(pct(orders_done, orders)) + "%"
    S["pet_rate"] = fmt(pct(petition_done, petition)) + "%"
    S["clean_rate"] = fmt(pct(clean_ok, clean_chk)) + "%"
    S["ontime_rate"] = fmt(pct(proj_ontime, proj_n)) + "%"
    S["sort_rate"] = fmt(pct(sort_comm, n_comm)) + "%"
    S["sat"] = fmt(pct(survey_ok, survey_valid)) + "%"
    S["old_unspent"] = fmt(projects[1][1] - projects[1][2])
    S["per_cap"] = fint(q(spent * 10000 / (pop * 10000), 0))  # 元/人

    # ------------------------------------------------------------------ score table
    # (一级, 二级, 三级, 分值, 得分 written, 扣分原因)
    score_rows = []

    def row(l1, l2, l3, w, got, why):
        score_rows.append([l1, l2, l3, w, got, why])

    def formula_score(weight, rate_str, target="100"):
        v = Dec(weight) * kit.val(rate_str) / Dec(target)
        return fmt(min(v, Dec(weight)))

    s_exec = formula_score("8", S["rate"])
    s_orders = formula_score("5", S["orders_rate"])
    s_ontime = formula_score("5", S["ontime_rate"])
    s_sort = formula_score("5", S["sort_rate"], "90")
    s_sat = formula_score("7", S["sat"])
    s_old = fmt(Dec(5) * Dec(old_done) / Dec(old_plan))

    row("决策", "目标设定", "绩效目标合理性", "3", "3.00", "—")
    row("决策", "目标设定", "绩效指标明确性", "3", "2.50", "2个项目产出指标未细化量化，扣0.50分")
    row("决策", "预算编制", "预算编制科学性", "5", "4.50", "年中追加占年初预算的%s，扣0.50分" % S["add_share"])
    row("决策", "预算编制", "资金分配合理性", "4", "4.00", "—")
    row("过程", "预算执行", "预算执行率", "8", s_exec, "执行率%s，按比例计分" % S["rate"])
    row("过程", "预算执行", "结转结余控制", "3", "3.00", "结转结余率%s，不超过5%%" % S["carry_rate"])
    row("过程", "预算执行", "“三公”经费控制", "2", "2.00", "—")
    row("过程", "预算管理", "资金使用合规性", "4", "4.00", "—")
    row("过程", "预算管理", "管理制度健全性", "3", "3.00", "—")
    row("过程", "资产管理", "资产管理规范性", "3", "2.50", "2台报废计算机未及时办理处置，扣0.50分")
    row("过程", "资产管理", "政府采购执行", "2", "2.00", "—")
    row("产出", "产出数量", "老旧小区改造完成数", "5", s_old, "计划%d个、完成%d个，按比例计分" % (old_plan, old_done))
    row("产出", "产出数量", "道路保洁面积", "5", "5.00", "—")
    row("产出", "产出数量", "专职网格员配备", "4", "4.00", "—")
    row("产出", "产出质量", "12345热线工单办结率", "5", s_orders, "办结率%s，按比例计分" % S["orders_rate"])
    row("产出", "产出质量", "保洁质量抽检达标率", "3", "3.00", "—")
    row("产出", "产出质量", "改造工程验收合格率", "3", "3.00", "—")
    row("产出", "产出时效", "项目按期完成率", "5", s_ontime, "%d个项目中%d个按期完成" % (proj_n, proj_ontime))
    row("产出", "产出成本", "成本控制情况", "5", "5.00", "—")
    row("效益", "社会效益", "信访事项化解率", "5", "5.00", "—")
    row("效益", "社会效益", "一站式服务事项办理", "5", "5.00", "—")
    row("效益", "生态效益", "生活垃圾分类覆盖率", "5", s_sort, "覆盖率%s，目标90%%，按比例计分" % S["sort_rate"])
    row("效益", "可持续影响", "长效管理机制", "3", "2.50", "小区物业长效管护机制未全覆盖，扣0.50分")
    row("效益", "满意度", "辖区群众满意度", "7", s_sat, "满意度%s，按比例计分" % S["sat"])

    # formula checks
    L.fn("预算执行率 score", s_exec, lambda r: Dec(8) * r / 100, [S["rate"]], "8 x rate")
    L.fn("工单办结率 score", s_orders, lambda r: Dec(5) * r / 100, [S["orders_rate"]], "5 x rate")
    L.fn("按期完成率 score", s_ontime, lambda r: Dec(5) * r / 100, [S["ontime_rate"]], "5 x rate")
    L.fn("垃圾分类 score", s_sort, lambda r: Dec(5) * r / 90, [S["sort_rate"]], "5 x rate / 90")
    L.fn("满意度 score", s_sat, lambda r: Dec(7) * r / 100, [S["sat"]], "7 x rate")
    L.fn("老旧小区 score", s_old, lambda a, b: Dec(5) * a / b, [str(old_done), str(old_plan)], "5 x done / plan")
    for r_ in score_rows:
        L.within("score %s" % r_[2], r_[4], r_[3])
        if r_[5].startswith(("2个", "年中", "2台", "小区")) or "扣" in r_[5]:
            m = r_[5].rsplit("扣", 1)[1].replace("分", "")
            L.gap("扣分 %s" % r_[2], m, r_[3], r_[4])
        if r_[5] == "—":
            L.eq("full marks %s" % r_[2], r_[4], r_[3])

    lv1 = {}
    for r_ in score_rows:
        lv1.setdefault(r_[0], []).append(r_)
    lv1_w = {k: fint(sum(Dec(x[3]) for x in v)) for k, v in lv1.items()}
    lv1_s = {k: fmt(sum(kit.val(x[4]) for x in v)) for k, v in lv1.items()}
    for k, v in lv1.items():
        L.sum_("一级 %s 分值" % k, lv1_w[k], [x[3] for x in v])
        L.sum_("一级 %s 得分" % k, lv1_s[k], [x[4] for x in v])
    total_w = fint(sum(Dec(x[3]) for x in score_rows))
    total_s = fmt(sum(kit.val(x[4]) for x in score_rows))
    L.sum_("评分表 分值合计", total_w, [x[3] for x in score_rows])
    L.sum_("评分表 得分合计", total_s, [x[4] for x in score_rows])
    L.sum_("得分 = 一级 sum", total_s, list(lv1_s.values()))
    L.eq("total weight 100", total_w, "100")
    grade = next(n for lo, n in BANDS if kit.val(total_s) >= lo)
    L.band("等级", total_s, grade, BANDS)
    S["total"], S["grade"] = total_s, grade
    M["score_rows"] = score_rows
    M["score_total"] = ["合计", "", "", total_w, total_s, ""]

    # ------------------------------------------------------------------ 表1 projects
    t1 = [["合计", S["proj_b"], S["proj"], S["proj_rate"]]]
    for n_, b_, s_ in projects:
        t1.append([n_, fmt(b_), fmt(s_), fmt(pct(s_, b_)) + "%"])
    t1.append(["其他10个项目", fmt(other_budget), fmt(other_spent), fmt(pct(other_spent, other_budget)) + "%"])
    M["t1"] = t1
    L.sum_("表1 预算 合计", t1[0][1], [r_[1] for r_ in t1[1:]], [("rows", " | ".join(t1[0]))])
    L.sum_("表1 执行 合计", t1[0][2], [r_[2] for r_ in t1[1:]])
    for r_ in t1:
        L.pct("表1 执行率 %s" % r_[0], r_[3], r_[2], r_[1], [("rows", " | ".join(r_))])

    # ------------------------------------------------------------------ core relations
    L.sum_("追加", S["add"], [S["add_up"], S["add_own"]])
    L.sum_("全年预算", S["full"], [S["init"], S["add"]])
    L.sum_("基本支出", S["basic"], [S["staff"], S["office"]])
    L.sum_("支出合计", S["spent"], [S["basic"], S["proj"]])
    L.sum_("预算 = 基本 + 项目", S["full"], [S["basic_b"], S["proj_b"]])
    L.pct("预算执行率", S["rate"], S["spent"], S["full"])
    L.pct("基本支出执行率", S["basic_rate"], S["basic"], S["basic_b"])
    L.pct("项目支出执行率", S["proj_rate"], S["proj"], S["proj_b"])
    L.gap("结转结余", S["carry"], S["full"], S["spent"])
    L.pct("结转结余率", S["carry_rate"], S["carry"], S["full"])
    L.yoy("支出增长", S["grow"], S["spent"], S["last"], "增长")
    L.gap("支出增加额", S["grow_amt"], S["spent"], S["last"], "增加")
    L.pct("追加占年初", S["add_share"], S["add"], S["init"])
    L.pct("基本支出占比", S["basic_share"], S["basic"], S["spent"])
    L.pct("项目支出占比", S["proj_share"], S["proj"], S["spent"])
    L.hundred("基本+项目 占比", [S["basic_share"], S["proj_share"]])
    L.sum_("三公", S["sg"], [S["sg_recv"], S["sg_car"]])
    L.yoy("三公 下降", S["sg_fall"], S["sg"], S["sg_last"], "下降")
    L.gap("三公 减少额", S["sg_fall_amt"], S["sg"], S["sg_last"], "减少")
    L.pct("三公 占预算", S["sg_exec"], S["sg"], S["sg_b"])
    L.pct("工单办结率", S["orders_rate"], fint(orders_done), fint(orders))
    L.pct("信访化解率", S["pet_rate"], str(petition_done), str(petition))
    L.pct("保洁达标率", S["clean_rate"], str(clean_ok), str(clean_chk))
    L.pct("按期完成率", S["ontime_rate"], str(proj_ontime), str(proj_n))
    L.pct("垃圾分类覆盖率", S["sort_rate"], str(sort_comm), str(n_comm))
    L.pct("满意度", S["sat"], str(survey_ok), str(survey_valid))
    L.gap("老旧小区未执行", S["old_unspent"], fmt(projects[1][1]), fmt(projects[1][2]))
    L.per("人均支出(元)", S["per_cap"], S["spent"], str(pop), 1)
    L.le("valid questionnaires <= sent", str(survey_valid), str(survey_sent))
    L.le("垃圾分类 below target", S["sort_rate"], "90")

    bz, sy = bz_admin + bz_inst, sy_admin + sy_inst
    L.sum_("编制", str(bz), [str(bz_admin), str(bz_inst)])
    L.sum_("实有", str(sy), [str(sy_admin), str(sy_inst)])
    L.sum_("网格员", str(grid_n), [str(grid_full), str(grid_part)])
    L.le("按期 <= 项目数", str(proj_ontime), str(proj_n))
    L.sum_("项目数 = 5 listed + 10 other", str(proj_n), ["5", "10"])

    # ------------------------------------------------------------------ text
    M["title"] = "澧岚市汀湄街道办事处2024年度部门整体支出绩效自评报告"
    box1 = ["2024年度整体支出绩效自评主要数据",
            "全年预算数：%s万元（年初预算%s万元，年中追加%s万元）" % (S["full"], S["init"], S["add"]),
            "全年支出数：%s万元，预算执行率%s" % (S["spent"], S["rate"]),
            "其中：基本支出%s万元，项目支出%s万元" % (S["basic"], S["proj"]),
            "“三公”经费支出：%s万元，比上年下降%s" % (S["sg"], S["sg_fall"]),
            "自评得分：%s分　自评等级：%s" % (S["total"], S["grade"])]
    M["box1"] = box1
    L.shown("box1 lines", *[("lines", x) for x in box1[1:]])
    L.eq("box spent = body spent", box1[2].split("：")[1].split("万元")[0], S["spent"], [("lines", box1[2])])
    L.eq("box total = 评分表 total", box1[5].split("：")[1].split("分")[0], S["total"], [("lines", box1[5])])

    B.append(("title", M["title"]))
    B.append(("box", box1))
    p("根据《澧岚市财政局关于开展2024年度预算绩效自评工作的通知》要求，汀湄街道办事处对2024年度部门整体支出情况"
      "开展了绩效自评。自评采取单位自评与社区、群众意见相结合的方式，对照年初设定的整体绩效目标，逐项核实预算执行、"
      "产出和效益情况。现将自评情况报告如下。")
    h("一、部门基本情况")
    p("（一）主要职能。汀湄街道办事处是澧岚市人民政府的派出机关，主要承担辖区党的建设、经济服务、社会事务、城市管理、"
      "平安建设、民生保障和公共服务等职能，指导社区居民委员会开展工作，组织实施辖区老旧小区改造、环境卫生保洁、"
      "网格化社会治理和退役军人服务保障等工作。")
    p("（二）机构和人员。街道内设党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室、平安建设办公室、"
      "城市管理办公室6个内设机构，下设党群服务中心、综合行政执法队等事业单位。年末核定编制%d名，其中行政编制%d名、"
      "事业编制%d名；实有在编人员%d人，其中行政%d人、事业%d人。另有社区工作者%d人，其薪酬通过“社区运转及服务群众专项"
      "经费”项目安排，不计入在编人员。"
      % (bz, bz_admin, bz_inst, sy, sy_admin, sy_inst, n_worker))
    p("（三）辖区概况。街道辖%d个社区，常住人口%s万人，划分网格%d个，配备网格员%d名，其中专职网格员%d名、兼职网格员%d名。"
      % (n_comm, pop, grid_n, grid_n, grid_full, grid_part))
    p("（四）年度整体绩效目标。2024年年初，街道围绕“城市精细化管理、基层社会治理、民生服务保障”三项重点任务设定了"
      "部门整体绩效目标：完成%d个老旧小区改造，道路保洁质量抽检达标率不低于95%%，12345热线工单应办尽办，信访事项"
      "化解率不低于95%%，生活垃圾分类覆盖率达到90%%，群众满意度不低于90%%，“三公”经费只减不增。"
      % old_plan)
    h("二、部门整体支出情况")
    p("（一）预算安排情况。2024年年初预算%s万元，全部为一般公共预算财政拨款。年度执行中追加预算%s万元，其中上级专项"
      "转移支付%s万元、本级追加%s万元，追加数占年初预算的%s。调整后全年预算数为%s万元，其中基本支出预算%s万元、"
      "项目支出预算%s万元。"
      % (S["init"], S["add"], S["add_up"], S["add_own"], S["add_share"], S["full"], S["basic_b"], S["proj_b"]))
    a_exec = p("（二）预算执行情况。2024年实际支出%s万元，预算执行率为%s。其中：基本支出%s万元，占%s，执行率%s，"
               "包括人员经费%s万元、公用经费%s万元；项目支出%s万元，占%s，执行率%s。年末结转结余%s万元，结转结余率%s。"
               % (S["spent"], S["rate"], S["basic"], S["basic_share"], S["basic_rate"], S["staff"], S["office"],
                  S["proj"], S["proj_share"], S["proj_rate"], S["carry"], S["carry_rate"]))
    p("与上年相比，全年支出比上年%s万元增加%s万元，增长%s，主要是老旧小区改造配套资金和城市管理保洁面积扩大带来的"
      "支出增加。按常住人口计算，人均支出%s元。" % (S["last"], S["grow_amt"], S["grow"], S["per_cap"]))
    p("（三）“三公”经费情况。2024年“三公”经费预算%s万元，实际支出%s万元，为预算的%s，其中公务接待费%s万元、"
      "公务用车运行维护费%s万元，因公出国（境）费和公务用车购置费均未发生。“三公”经费比上年%s万元减少%s万元，"
      "下降%s，主要是严格执行公务接待标准、压减公务用车使用频次。"
      % (S["sg_b"], S["sg"], S["sg_exec"], S["sg_recv"], S["sg_car"], S["sg_last"], S["sg_fall_amt"], S["sg_fall"]))
    p("（四）重点项目支出情况。2024年共实施项目%d个，其中重点项目5个，其他项目10个。各项目预算及执行情况见表1"
      "（表中合计行列在首行）。" % proj_n)
    B.append(("caption", "表1　2024年度项目支出预算执行情况（单位：万元）"))
    B.append(("t1", t1))
    p("老旧小区改造配套资金执行率较低，未执行%s万元，原因是计划改造的%d个小区中有1个因地下管网迁改延期，相应资金"
      "结转下年使用。其他10个项目执行率偏低，主要是部分社区微改造项目年底才完成验收，尾款未能在当年支付。"
      % (S["old_unspent"], old_plan))
    h("三、绩效目标完成情况")
    p("（一）产出完成情况。一是老旧小区改造。计划改造%d个老旧小区，实际完成%d个，涉及楼栋%d栋、居民%s户，完工项目"
      "验收合格率100%%。二是环境卫生保洁。全年道路保洁面积%s万平方米，开展保洁质量抽检%d次，达标%d次，抽检达标率%s，"
      "高于95%%的目标值。三是网格化治理。%d个网格全部配齐网格员，12345热线受理工单%s件，办结%s件，办结率%s。"
      "四是项目时效。%d个项目中%d个按期完成，按期完成率%s。"
      % (old_plan, old_done, old_bld, fint(old_hh), clean_area, clean_chk, clean_ok, S["clean_rate"], grid_n,
         fint(orders), fint(orders_done), S["orders_rate"], proj_n, proj_ontime, S["ontime_rate"]))
    p("（二）效益实现情况。社会效益方面，全年受理信访事项%d件，化解%d件，化解率%s，达到95%%以上的目标；社区“一站式”"
      "服务窗口正常运转。生态效益方面，%d个社区中已有%d个社区实现生活垃圾分类全覆盖，覆盖率%s，未达到90%%的年度目标。"
      "满意度方面，街道委托第三方机构开展群众满意度调查，发放问卷%d份，回收有效问卷%d份，表示满意的%d份，满意度%s。"
      % (petition, petition_done, S["pet_rate"], n_comm, sort_comm, S["sort_rate"], survey_sent, survey_valid,
         survey_ok, S["sat"]))
    p("（三）自评工作组织情况。街道成立由党工委书记任组长、办事处主任任副组长的绩效自评工作领导小组，党政综合办公室"
      "会同财政所具体负责，各内设机构和社区按职责提供基础数据和佐证材料。自评工作分为三个阶段：一是准备阶段，梳理"
      "年初绩效目标和预算批复文件；二是核查阶段，采取查阅账簿凭证、实地查看项目现场、抽查网格工作台账、电话回访群众"
      "等方式，对每一项指标的完成情况进行核实；三是评分阶段，由领导小组集体研究确定各项指标得分，形成自评报告。")
    h("四、自评结论")
    p("按照部门整体支出绩效评价指标体系，从决策、过程、产出、效益四个方面设置24项三级指标，满分100分。定量指标按实际"
      "完成值与目标值的比例计分，达到或超过目标值的得满分，其中预算执行率、群众满意度两项指标按“实际比率×分值”计分；定性指标根据核查情况扣分，扣分原因列在评分表最后一栏。"
      "评分结果见表2。")
    B.append(("caption", "表2　汀湄街道办事处2024年度部门整体支出绩效自评评分表"))
    B.append(("t2", None))
    lv_txt = "；".join("%s%s分，得%s分" % (k, lv1_w[k], lv1_s[k]) for k in lv1)
    box2 = ["分项得分汇总", lv_txt + "。", "合计：%s分（%s）" % (S["total"], S["grade"])]
    M["box2"] = box2
    B.append(("box", box2))
    for k in lv1:
        L.shown("box2 一级 %s" % k, ("lines", "%s%s分，得%s分" % (k, lv1_w[k], lv1_s[k])))
    p("经自评，汀湄街道办事处2024年度部门整体支出绩效自评得分为%s分，自评等级为“%s”。各一级指标得分为：%s。"
      % (S["total"], S["grade"], lv_txt))
    h("五、存在的问题及原因")
    p("一是部分项目绩效目标设置不够细化，2个项目的产出指标仍以定性描述为主，难以量化考核。二是年中追加预算规模较大，"
      "追加数占年初预算的%s，年初预算编制的完整性有待提高。三是老旧小区改造进度滞后，1个小区改造延期，影响了资金执行。"
      "四是生活垃圾分类覆盖率为%s，仍有1个社区未实现全覆盖。五是资产管理不够及时，2台报废计算机未及时办理处置手续。"
      % (S["add_share"], S["sort_rate"]))
    h("六、改进措施")
    p("一是提高预算编制质量，将可预见的支出事项全部纳入年初预算，减少年中追加。二是细化绩效目标，所有项目均设置可量化"
      "的数量、质量和时效指标。三是加快延期小区改造进度，督促施工单位在2025年6月底前完工。四是推进生活垃圾分类全覆盖，"
      "2025年实现%d个社区全部覆盖。五是规范资产管理，定期开展资产清查。" % n_comm)
    h("七、自评结果应用")
    p("自评结果将作为2025年预算安排和项目调整的重要依据，并按规定在澧岚市人民政府门户网站公开。对执行率低于90%的项目，"
      "2025年将压减预算安排规模。")
    B.append(("sign", "澧岚市汀湄街道办事处"))
    B.append(("sign", "2025年4月18日"))
    L.order("report dated after FY end", (2024, 12, 31), (2025, 4, 18), ["2025年4月18日"])
    L.shown("exec paragraph", a_exec)

    L.note("place", "湖南省澧岚市汀湄街道办事处 (fictional)")
    L.note("written", S)
    L.note("score_total", S["total"])
    return M, L


# ---------------------------------------------------------------------- render

def render(M, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = kit.docx_new()
    for kind, val in M["blocks"]:
        if kind == "title":
            kit.docx_par(d, val, east="方正小标宋简体", size=20, align="center")
        elif kind == "h":
            kit.docx_par(d, val, east="黑体", size=14)
        elif kind == "p":
            kit.docx_par(d, val)
        elif kind == "caption":
            kit.docx_par(d, val, east="黑体", size=12, align="center")
        elif kind == "box":
            kit.docx_add_textbox(d, val, height_cm=0.9 * len(val) + 0.6)
        elif kind == "sign":
            kit.docx_par(d, val, align="right")
        elif kind == "t1":
            t = d.add_table(rows=0, cols=4)
            kit.docx_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            hdr = t.add_row().cells
            for c, x in zip(hdr, ["项目名称", "全年预算数", "全年执行数", "执行率"]):
                kit.docx_cell_text(c, x, bold=True)
            for r in val:
                cells = t.add_row().cells
                for i, (c, x) in enumerate(zip(cells, r)):
                    kit.docx_cell_text(c, x, align="left" if i == 0 else "right")
        elif kind == "t2":
            rows = M["score_rows"]
            t = d.add_table(rows=1 + len(rows) + 1, cols=6)
            kit.docx_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.6), Cm(2.0), Cm(3.6), Cm(1.2), Cm(1.4), Cm(5.8)]
            for c, x in zip(t.rows[0].cells, ["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"]):
                kit.docx_cell_text(c, x, bold=True, size=10)
            for i, r in enumerate(rows):
                cells = t.rows[i + 1].cells
                for j in range(2, 6):
                    kit.docx_cell_text(cells[j], r[j], size=10, align="left" if j in (2, 5) else "center")
            # vertical merges for 一级 and 二级
            for col in (0, 1):
                i = 0
                while i < len(rows):
                    k = i
                    key = tuple(rows[i][:col + 1])
                    while k + 1 < len(rows) and tuple(rows[k + 1][:col + 1]) == key:
                        k += 1
                    top = t.cell(i + 1, col)
                    if k > i:
                        top = top.merge(t.cell(k + 1, col))
                    kit.docx_cell_text(top, rows[i][col], size=10)
                    i = k + 1
            last = t.rows[len(rows) + 1].cells
            m = last[0].merge(last[2])
            kit.docx_cell_text(m, "合计", bold=True, size=10)
            kit.docx_cell_text(last[3], M["score_total"][3], bold=True, size=10)
            kit.docx_cell_text(last[4], M["score_total"][4], bold=True, size=10)
            kit.docx_cell_text(last[5], "", size=10)
            for row in t.rows:
                for c, wdt in zip(row.cells, widths):
                    c.width = wdt
    kit.docx_stabilise(d, M["title"], "汀湄街道办事处")
    d.save(path)
    kit.docx_rezip(path)


def views(path):
    lines, tables = kit.docx_read(path)
    rows = []
    for depth, tb in tables:
        for r in tb:
            rows.append(" | ".join("" if c is None else c for c in r))
    return {"lines": "\n".join(lines), "rows": "\n".join(rows)}, tables


def roundtrip(M, tables, L):
    """the tables read back from the docx equal the content model cell for cell"""
    t1 = [r for r in tables[0][1][1:]]
    L.truth("表1 read back equals model", t1 == M["t1"], "%d rows" % len(t1))
    t2 = tables[1][1]
    hdr = t2[0]
    L.truth("表2 header", hdr == ["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"], str(hdr))
    body = t2[1:-1]
    prev = [None, None]
    ok = len(body) == len(M["score_rows"])
    merged = 0
    for got, want in zip(body, M["score_rows"]):
        for col in (0, 1):
            if got[col] is None:
                merged += 1
                got[col] = prev[col]
        prev = got[:2]
        ok = ok and got == want
    L.truth("表2 read back equals model (vMerge filled down)", ok, "%d rows, %d continuation cells" % (len(body), merged))
    L.truth("表2 has vMerge continuation cells", merged >= 15, str(merged))
    last = [c for c in t2[-1]]
    L.truth("表2 合计 row", last[0] == "合计" and last[-3:-1] == M["score_total"][3:5], str(last))


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build() if model is None else (model, None)
    path = os.path.join(out_dir, DOCX)
    render(M, path)
    if not ledger:
        return path
    V, tables = views(path)
    roundtrip(M, tables, L)
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    L.truth("two text boxes, each with choice+fallback", xml.count("<w:txbxContent>") == 4 and
            xml.count("<mc:Fallback>") == 2, str(xml.count("<w:txbxContent>")))
    L.truth("vMerge restart present", xml.count('w:vMerge w:val="restart"') >= 8, "")
    kit.finish(L, V, "lines", os.path.join(out_dir, NAME + ".ledger.json"), V["lines"])
    return path


if __name__ == "__main__":
    main()
