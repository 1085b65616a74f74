"""t01 -- 江西省赣泷县农业农村局 2025年部门预算公开 (html, every table a <dl><dt><dd> key-value list)."""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, val, fmt, fint, pct, grow, rnd, html_view, SETDIR  # noqa: E402

NAME = "t01_ganlong_agriculture_bureau_budget_2025"
W = lambda x: fmt(x)  # 万元, two decimals, separators


def build():
    A = Audit(NAME + ".html")
    # ---- base inputs (万元)
    inc = [("一般公共预算拨款收入", DEC("6482.36")), ("政府性基金预算拨款收入", DEC("1250.00")),
           ("事业收入", DEC("86.40")), ("其他收入", DEC("32.15")), ("上年结转", DEC("415.28"))]
    inc_prev = [DEC("6705.18"), DEC("860.00"), DEC("82.10"), DEC("30.62"), DEC("270.12")]
    total = sum(v for _, v in inc)
    total_prev = sum(inc_prev)
    fun = [("社会保障和就业支出", DEC("312.47")), ("卫生健康支出", DEC("98.62")), ("农林水支出", None),
           ("住房保障支出", DEC("268.26"))]
    fun[2] = ("农林水支出", total - sum(v for _, v in fun if v is not None))
    staff, office = DEC("2512.08"), DEC("334.45")
    basic = staff + office
    proj = total - basic
    projects = [("高标准农田建设项目", DEC("2860.00")), ("乡村振兴衔接资金（县级）", DEC("800.00")),
                ("农村人居环境整治项目", DEC("612.00")), ("农作物病虫害统防统治项目", DEC("386.50")),
                ("动物疫病防控项目", DEC("245.80")), ("农业综合行政执法项目", DEC("68.40"))]
    other = proj - sum(v for _, v in projects)
    gp_basic = DEC("2745.80")
    gp_proj = inc[0][1] - gp_basic
    fin_total = inc[0][1] + inc[1][1]
    hf_gp, hf_fund = DEC("1610.00"), DEC("1250.00")
    # 三公
    rec, car, abroad = DEC("4.20"), DEC("14.40"), DEC("0")
    sg = rec + car + abroad
    sg_prev = DEC("21.30")
    rec_prev, car_prev = DEC("5.10"), DEC("16.20")
    assert rec_prev + car_prev == sg_prev
    run_cost, run_prev = DEC("286.34"), DEC("301.52")
    buy = [("货物类", DEC("412.50")), ("工程类", DEC("685.00")), ("服务类", DEC("229.30"))]
    buy_t = sum(v for _, v in buy)
    sme = DEC("1012.60")
    area, area_prev = DEC("3.2"), DEC("2.8")
    per_mu = rnd(hf_gp * 10000 / (area * 10000) + hf_fund * 10000 / (area * 10000), 2)

    s = {}
    s["total"], s["total_prev"] = W(total), W(total_prev)
    s["tg"] = fmt(grow(total, total_prev))
    s["tdiff"] = W(total - total_prev)
    s["basic"], s["proj"], s["staff"], s["office"] = W(basic), W(proj), W(staff), W(office)
    s["basic_sh"], s["proj_sh"] = fmt(pct(basic, total)), fmt(pct(proj, total))
    s["other"] = W(other)
    s["gp"], s["gp_prev"] = W(inc[0][1]), W(inc_prev[0])
    s["gp_g"] = fmt(grow(inc[0][1], inc_prev[0]))
    s["gp_d"] = W(inc_prev[0] - inc[0][1])
    s["fund"], s["fund_prev"] = W(inc[1][1]), W(inc_prev[1])
    s["fund_d"] = W(inc[1][1] - inc_prev[1])
    s["fund_g"] = fmt(grow(inc[1][1], inc_prev[1]))
    s["gp_basic"], s["gp_proj"], s["fin"] = W(gp_basic), W(gp_proj), W(fin_total)
    s["gp_sh"] = fmt(pct(inc[0][1], total))
    s["sg"], s["sg_prev"], s["rec"], s["car"] = W(sg), W(sg_prev), W(rec), W(car)
    s["rec_prev"], s["car_prev"] = W(rec_prev), W(car_prev)
    s["sg_d"], s["sg_g"] = W(sg_prev - sg), fmt(grow(sg, sg_prev))
    s["run"], s["run_prev"] = W(run_cost), W(run_prev)
    s["run_d"], s["run_g"] = W(run_prev - run_cost), fmt(grow(run_cost, run_prev))
    s["buy"], s["sme"] = W(buy_t), W(sme)
    s["sme_sh"] = fmt(pct(sme, buy_t))
    s["per_mu"] = fmt(per_mu)
    s["area_g"] = fmt(area - area_prev, 1)
    fx = {k: v for k, v in s.items()}
    for k, v in fx.items():
        A.fact(k, v)

    # ---- model
    M = []
    P = lambda t: M.append(("p", t))
    H = lambda t: M.append(("h2", t))
    H3 = lambda t: M.append(("h3", t))

    def DL(cap, rows, note=None, head=None):
        M.append(("dl", cap, head, [(a, [b] if isinstance(b, str) else list(b)) for a, b in rows], note))

    M.append(("crumb", "首页 > 政务公开 > 财政预决算 > 部门预算"))
    M.append(("h1", "赣泷县农业农村局2025年部门预算公开"))
    M.append(("meta", "发布机构：赣泷县农业农村局　发布日期：2025年2月14日"))
    H("目录")
    P("第一部分　赣泷县农业农村局概况；第二部分　2025年部门预算情况说明；第三部分　名词解释；第四部分　附表。")
    H("第一部分　赣泷县农业农村局概况")
    H3("一、部门职责")
    P("贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展战略、中长期规划和重大政策；"
      "负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理；负责耕地及永久基本农田质量保护、高标准农田建设；"
      "组织农业资源区划、生态农业和农业可持续发展工作；负责农产品质量安全监督管理，承担农业综合行政执法；"
      "统筹推进乡村振兴，牵头组织开展农村人居环境整治，指导乡村特色产业、农产品加工业和休闲农业发展。")
    H3("二、部门预算单位构成")
    P("纳入本部门2025年部门预算编制范围的单位共7个，包括局机关本级和6个所属事业单位，分别是：赣泷县农业技术推广中心、"
      "赣泷县畜牧水产服务中心、赣泷县农业综合行政执法大队、赣泷县农机服务中心、赣泷县农村经营管理站、赣泷县乡村振兴服务中心。"
      "其中行政单位1个，参照公务员法管理的事业单位1个，其他事业单位5个。")
    DL("人员构成情况（单位：人）", [("行政编制", "26"), ("事业编制", "148"), ("编制合计", "174"),
                              ("在职实有人数", "161"), ("离休人员", "1"), ("退休人员", "118")],
       note="说明：在职实有人数161人少于编制数174人；离退休人员119人的经费由社保机构和县财政统一发放，不在本部门预算中列支。")
    A.adds_up("编制 26+148", "174", ["26", "148"], anchors=[("rows", "编制合计 | 174")])
    A.not_above("实有<=编制", "161", "174", anchors=["在职实有人数161人少于编制数174人"])
    A.adds_up("离退休 1+118", "119", ["1", "118"], anchors=["离退休人员119人"])

    H("第二部分　2025年部门预算情况说明")
    H3("一、收支预算总体情况")
    P("按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2025年收入总计%s万元，比2024年预算数%s万元增加%s万元，"
      "增长%s%%。收入包括：一般公共预算拨款收入%s万元、政府性基金预算拨款收入%s万元、事业收入%s万元、其他收入%s万元、"
      "上年结转%s万元。支出总计%s万元，与收入总计相等，其中基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。"
      % (s["total"], s["total_prev"], s["tdiff"], s["tg"], s["gp"], s["fund"], W(inc[2][1]), W(inc[3][1]),
         W(inc[4][1]), s["total"], s["basic"], s["basic_sh"], s["proj"], s["proj_sh"]))
    A.adds_up("收入总计", s["total"], [W(v) for _, v in inc],
              anchors=["2025年收入总计%s万元" % s["total"], "一般公共预算拨款收入%s万元" % s["gp"]])
    A.delta("收入 增加", s["tdiff"], s["total"], s["total_prev"], "增加", anchors=["增加%s万元" % s["tdiff"]])
    A.growth("收入 增长", s["tg"], s["total"], s["total_prev"], "增长", anchors=["增长%s%%" % s["tg"]])
    A.adds_up("支出=基本+项目", s["total"], [s["basic"], s["proj"]], anchors=["其中基本支出%s万元" % s["basic"]])
    A.ratio("基本 占", s["basic_sh"], s["basic"], s["total"], anchors=["基本支出%s万元，占%s%%" % (s["basic"], s["basic_sh"])])
    A.ratio("项目 占", s["proj_sh"], s["proj"], s["total"], anchors=["项目支出%s万元，占%s%%" % (s["proj"], s["proj_sh"])])
    A.holds("占比合计=100", val(s["basic_sh"]) + val(s["proj_sh"]) == 100, s["basic_sh"] + "+" + s["proj_sh"])

    DL("表1　部门收支预算总表（收入）（单位：万元）", [("项目", ("2025年预算数", "2024年预算数"))] +
       [(n, (W(v), W(pv))) for (n, v), pv in zip(inc, inc_prev)] + [("收入总计", (s["total"], s["total_prev"]))],
       note="说明：本表“收入总计”列于最后一行，为前5项之和。")
    for (n, v), pv in zip(inc, inc_prev):
        A.seen("表1 行 " + n, ("rows", "%s | %s | %s" % (n, W(v), W(pv))))
    A.adds_up("表1 上年合计", s["total_prev"], [W(v) for v in inc_prev],
              anchors=[("rows", "收入总计 | %s | %s" % (s["total"], s["total_prev"]))])
    DL("表2　部门收支预算总表（支出）（单位：万元）", [("支出总计", s["total"])] + [(n, W(v)) for n, v in fun] +
       [("按经济性质分：基本支出", s["basic"]), ("　其中：人员经费", s["staff"]), ("　　　　公用经费", s["office"]),
        ("按经济性质分：项目支出", s["proj"])],
       note="说明：本表“支出总计”列于首行；按功能分类的4项与按经济性质分类的2项是同一支出总计的两种分解，不应相加。")
    A.adds_up("表2 功能分类", s["total"], [W(v) for _, v in fun], anchors=[("rows", "支出总计 | %s" % s["total"])])
    A.adds_up("基本=人员+公用", s["basic"], [s["staff"], s["office"]], anchors=[("rows", "其中：人员经费 | %s" % s["staff"])])
    for n, v in fun:
        A.seen("表2 行 " + n, ("rows", "%s | %s" % (n, W(v))))

    H3("二、财政拨款收支预算情况")
    P("2025年财政拨款收入预算%s万元，其中一般公共预算拨款%s万元、政府性基金预算拨款%s万元。一般公共预算拨款收入比2024年预算数%s万元"
      "减少%s万元，下降%s%%，主要是2024年一次性安排的农业防灾减灾设备购置项目本年不再安排；一般公共预算拨款收入占本部门收入总计的%s%%。"
      "政府性基金预算拨款%s万元，比上年%s万元增加%s万元，增长%s%%，全部为土地出让收入安排用于农业农村的高标准农田建设资金。"
      % (s["fin"], s["gp"], s["fund"], s["gp_prev"], s["gp_d"], s["gp_g"].lstrip("-"), s["gp_sh"], s["fund"],
         s["fund_prev"], s["fund_d"], s["fund_g"]))
    A.adds_up("财政拨款", s["fin"], [s["gp"], s["fund"]], anchors=["财政拨款收入预算%s万元" % s["fin"]])
    A.ratio("一般公共 占收入总计", s["gp_sh"], s["gp"], s["total"], anchors=["收入总计的%s%%" % s["gp_sh"]])
    A.delta("一般公共 减少", s["gp_d"], s["gp"], s["gp_prev"], "减少", anchors=["减少%s万元" % s["gp_d"]])
    A.growth("一般公共 下降", s["gp_g"].lstrip("-"), s["gp"], s["gp_prev"], "下降", anchors=["下降%s%%" % s["gp_g"].lstrip("-")])
    A.delta("基金 增加", s["fund_d"], s["fund"], s["fund_prev"], "增加", anchors=["增加%s万元" % s["fund_d"]])
    A.growth("基金 增长", s["fund_g"], s["fund"], s["fund_prev"], "增长", anchors=["增长%s%%" % s["fund_g"]])
    P("一般公共预算拨款支出%s万元，按经济性质分：基本支出%s万元，项目支出%s万元。基本支出中除一般公共预算拨款外，"
      "还有事业收入和其他收入安排的部分，因此部门基本支出%s万元大于一般公共预算拨款安排的基本支出。"
      % (s["gp"], s["gp_basic"], s["gp_proj"], s["basic"]))
    A.adds_up("一般公共支出=基本+项目", s["gp"], [s["gp_basic"], s["gp_proj"]],
              anchors=["基本支出%s万元，项目支出%s万元" % (s["gp_basic"], s["gp_proj"])])
    A.not_above("一般公共基本<=部门基本", s["gp_basic"], s["basic"])

    H3("三、项目支出预算情况")
    P("2025年项目支出预算%s万元，共安排项目18个，其中重点项目6个、其他项目12个。重点项目分别为：%s。其他12个项目合计%s万元。"
      % (s["proj"], "、".join("%s%s万元" % (n, W(v)) for n, v in projects), s["other"]))
    A.adds_up("项目支出", s["proj"], [W(v) for _, v in projects] + [s["other"]],
              anchors=["项目支出预算%s万元，共安排项目18个" % s["proj"], "其他12个项目合计%s万元" % s["other"]])
    A.adds_up("项目个数", "18", ["6", "12"], anchors=["共安排项目18个，其中重点项目6个、其他项目12个"])
    DL("表3　项目支出预算表（单位：万元）", [(n, W(v)) for n, v in projects] + [("其他项目（12个）", s["other"]),
                                            ("项目支出合计", s["proj"])])
    A.adds_up("表3", s["proj"], [W(v) for _, v in projects] + [s["other"]],
              anchors=[("rows", "项目支出合计 | %s" % s["proj"]), ("rows", "其他项目（12个） | %s" % s["other"])])
    P("高标准农田建设项目%s万元由两部分资金组成：一般公共预算拨款%s万元，政府性基金预算拨款%s万元。"
      "该项目计划新建高标准农田3.2万亩，亩均财政投入%s元，比2024年新建面积2.8万亩增加%s万亩。"
      % (W(projects[0][1]), W(hf_gp), W(hf_fund), s["per_mu"], s["area_g"]))
    A.adds_up("高标准农田来源", W(projects[0][1]), [W(hf_gp), W(hf_fund)],
              anchors=["高标准农田建设项目%s万元由两部分资金组成" % W(projects[0][1])])
    A.per("亩均投入", s["per_mu"], W(projects[0][1]), "3.2", scale=1,
          anchors=["亩均财政投入%s元" % s["per_mu"]])
    A.delta("面积增加", s["area_g"], "3.2", "2.8", "增加", anchors=["增加%s万亩" % s["area_g"]])
    A.same("基金=高标准农田基金部分", s["fund"], W(hf_fund))

    H3("四、“三公”经费、机关运行经费和政府采购预算情况")
    P("2025年“三公”经费预算%s万元，比2024年预算%s万元减少%s万元，下降%s%%。其中：因公出国（境）费0万元，与上年持平；"
      "公务接待费%s万元，比上年%s万元减少%s万元；公务用车购置及运行维护费%s万元（全部为运行维护费，不安排车辆购置），"
      "比上年%s万元减少%s万元。下降的主要原因是严格执行公务接待标准，并压减了1辆公务用车的运行费用。"
      % (s["sg"], s["sg_prev"], s["sg_d"], s["sg_g"].lstrip("-"), s["rec"], s["rec_prev"], W(rec_prev - rec),
         s["car"], s["car_prev"], W(car_prev - car)))
    A.adds_up("三公", s["sg"], ["0", s["rec"], s["car"]], anchors=["“三公”经费预算%s万元" % s["sg"]])
    A.delta("三公 减少", s["sg_d"], s["sg"], s["sg_prev"], "减少", anchors=["减少%s万元，下降" % s["sg_d"]])
    A.growth("三公 下降", s["sg_g"].lstrip("-"), s["sg"], s["sg_prev"], "下降", anchors=["下降%s%%" % s["sg_g"].lstrip("-")])
    A.delta("接待 减少", W(rec_prev - rec), s["rec"], s["rec_prev"], "减少",
            anchors=["公务接待费%s万元，比上年%s万元减少%s万元" % (s["rec"], s["rec_prev"], W(rec_prev - rec))])
    A.delta("用车 减少", W(car_prev - car), s["car"], s["car_prev"], "减少",
            anchors=["比上年%s万元减少%s万元" % (s["car_prev"], W(car_prev - car))])
    A.adds_up("上年三公", s["sg_prev"], [s["rec_prev"], s["car_prev"]])
    DL("表4　“三公”经费预算表（单位：万元）", [("项目", ("2025年预算", "2024年预算")), ("合计", (s["sg"], s["sg_prev"])),
                                      ("因公出国（境）费", ("0.00", "0.00")), ("公务接待费", (s["rec"], s["rec_prev"])),
                                      ("公务用车购置及运行维护费", (s["car"], s["car_prev"])),
                                      ("　其中：公务用车购置费", ("0.00", "0.00")),
                                      ("　　　　公务用车运行维护费", (s["car"], s["car_prev"]))],
       note="说明：“合计”行列于首行；“其中”两行是公务用车购置及运行维护费的细分，不重复计入合计。")
    A.adds_up("表4 合计", s["sg"], ["0.00", s["rec"], s["car"]], anchors=[("rows", "合计 | %s | %s" % (s["sg"], s["sg_prev"]))])
    P("2025年机关运行经费预算%s万元，比上年%s万元减少%s万元，下降%s%%。机关运行经费是行政单位和参照公务员法管理的事业单位"
      "使用一般公共预算财政拨款安排的公用经费，口径小于部门公用经费%s万元（后者还包括5个其他事业单位的公用经费）。"
      % (s["run"], s["run_prev"], s["run_d"], s["run_g"].lstrip("-"), s["office"]))
    A.delta("运行 减少", s["run_d"], s["run"], s["run_prev"], "减少", anchors=["比上年%s万元减少%s万元" % (s["run_prev"], s["run_d"])])
    A.growth("运行 下降", s["run_g"].lstrip("-"), s["run"], s["run_prev"], "下降",
             anchors=["减少%s万元，下降%s%%" % (s["run_d"], s["run_g"].lstrip("-"))])
    A.not_above("运行<=公用", s["run"], s["office"])
    P("2025年政府采购预算%s万元，其中：货物类%s万元、工程类%s万元、服务类%s万元。面向中小企业预留采购份额%s万元，"
      "占政府采购预算的%s%%。" % (s["buy"], W(buy[0][1]), W(buy[1][1]), W(buy[2][1]), s["sme"], s["sme_sh"]))
    A.adds_up("采购", s["buy"], [W(v) for _, v in buy], anchors=["政府采购预算%s万元，其中" % s["buy"]])
    A.ratio("中小企业份额", s["sme_sh"], s["sme"], s["buy"], anchors=["占政府采购预算的%s%%" % s["sme_sh"]])
    P("截至2024年12月31日，本部门共有车辆6辆，其中执法执勤用车4辆、特种专业技术用车2辆；单位价值50万元以上通用设备0台（套）。"
      "2025年部门预算安排购置车辆0辆。")
    A.adds_up("车辆", "6", ["4", "2"], anchors=["共有车辆6辆，其中执法执勤用车4辆、特种专业技术用车2辆"])

    H3("五、项目绩效目标情况")
    P("2025年本部门对全部18个项目编制了绩效目标，涉及财政资金%s万元。下列为4个重点项目的绩效目标表，表中指标值均为2025年计划目标，"
      "不是实际完成值；括号内为2024年实际完成情况，仅供对比。" % s["proj"])
    goals = [
        ("高标准农田建设项目", W(projects[0][1]), [
            ("年度目标", "新建高标准农田3.2万亩，建成后粮食产能提高，农业生产条件改善"),
            ("数量指标", "新建高标准农田面积≥3.2万亩（2024年完成2.8万亩）"),
            ("质量指标", "项目竣工验收合格率≥98%"),
            ("时效指标", "2025年12月底前完成主体工程"),
            ("成本指标", "亩均财政投入≤%s元" % s["per_mu"]),
            ("效益指标", "项目区粮食亩产提高≥50公斤"),
            ("满意度指标", "项目区受益农户满意度≥90%")]),
        ("乡村振兴衔接资金（县级）", W(projects[1][1]), [
            ("年度目标", "支持12个村发展特色产业，巩固拓展脱贫攻坚成果"),
            ("数量指标", "支持产业项目村数12个（2024年支持10个）"),
            ("质量指标", "项目资产确权登记率100%"),
            ("效益指标", "带动脱贫人口（含监测对象）增收户数≥1,500户"),
            ("满意度指标", "受益群众满意度≥92%")]),
        ("农村人居环境整治项目", W(projects[2][1]), [
            ("年度目标", "完成农村户厕问题摸排整改，提升村庄清洁水平"),
            ("数量指标", "完成户厕问题整改≥2,400户；新建农村生活垃圾转运站2座"),
            ("质量指标", "整改后户厕正常使用率≥95%"),
            ("满意度指标", "农户满意度≥90%")]),
        ("农作物病虫害统防统治项目", W(projects[3][1]), [
            ("年度目标", "开展水稻重大病虫害统防统治，降低病虫害损失"),
            ("数量指标", "统防统治面积≥18万亩次（2024年完成16.5万亩次）"),
            ("效益指标", "病虫危害损失率控制在5%以内"),
            ("满意度指标", "服务对象满意度≥90%")]),
    ]
    for i, (n, amt, rows) in enumerate(goals, 1):
        DL("表5-%d　项目绩效目标表：%s（资金%s万元）" % (i, n, amt), [("项目名称", n), ("预算资金（万元）", amt)] + rows)
        A.same("目标表金额=表3 " + n, amt, W(dict(projects)[n]), anchors=[("rows", "预算资金（万元） | %s" % amt)])

    H("第三部分　名词解释")
    P("一、财政拨款收入：指县财政当年拨付的资金，包括一般公共预算拨款和政府性基金预算拨款。二、事业收入：指事业单位开展专业业务活动"
      "及其辅助活动取得的收入，主要是农机服务中心和农业技术推广中心的技术服务收入。三、上年结转：指以前年度尚未完成、结转到本年"
      "仍按原规定用途继续使用的资金。四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。五、项目支出："
      "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。六、“三公”经费：指用财政拨款安排的因公出国（境）费、"
      "公务用车购置及运行维护费和公务接待费。七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务"
      "的各项资金。")
    H("第四部分　附表")
    P("附表包括部门收支总表、部门收入总表、部门支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、"
      "“三公”经费支出表、政府性基金预算支出表、国有资本经营预算支出表（本部门无此项收支，本表为空表）、项目支出绩效目标表，"
      "可在附件中下载查阅。本部门2025年部门预算经县第十七届人民代表大会第五次会议审查批准后，由县财政局于2025年1月24日批复，"
      "按规定于批复后20日内向社会公开。")
    P("联系电话：0797-5821436　地址：赣泷县城南新区农业大楼4楼")
    A.seen("预算年度 2025 先于年度公开", "2025年部门预算公开", "发布日期：2025年2月14日")
    A.dated("公开日期晚于批复日期", (2025, 2, 14), (2025, 1, 24), anchors=["于2025年1月24日批复"])
    return M, A


CSS = ("body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;background:#f4f6f4;}"
       ".wrap{width:1000px;margin:0 auto;background:#fff;padding:20px 40px;}"
       ".crumb{font-size:13px;color:#666;}h1{text-align:center;font-size:22px;color:#1b5e20;}"
       ".meta{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px;}"
       "dl.kv{display:grid;grid-template-columns:260px 1fr;border:1px solid #cfd8cf;margin:10px 0;}"
       "dl.kv dt,dl.kv dd{margin:0;padding:4px 8px;border-bottom:1px solid #e3e9e3;}"
       "dl.kv dd.n{text-align:right;font-family:Arial;} .cap{font-weight:bold;margin-top:14px;}"
       ".note{font-size:12px;color:#555;}")


def render(M, path):
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           "<title>赣泷县农业农村局2025年部门预算公开</title>", "<style>" + CSS + "</style>", "</head>", "<body>",
           "<div class=\"wrap\">"]
    for blk in M:
        k = blk[0]
        if k == "crumb":
            out.append("<div class=\"crumb\">当前位置：%s</div>" % e(blk[1]))
        elif k == "meta":
            out.append("<div class=\"meta\">%s</div>" % e(blk[1]))
        elif k in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (k, e(blk[1]), k))
        elif k == "p":
            out.append("<p>%s</p>" % e(blk[1]))
        elif k == "dl":
            _, cap, head, rows, note = blk
            out.append("<div class=\"cap\">%s</div>" % e(cap))
            out.append("<dl class=\"kv\">")
            for dt, dds in rows:
                out.append("  <dt>%s</dt>" % e(dt))
                for d in dds:
                    numeric = any(ch.isdigit() for ch in d) and len(d) < 14
                    out.append("  <dd%s>%s</dd>" % (" class=\"n\"" if numeric else "", e(d)))
            out.append("</dl>")
            if note:
                out.append("<p class=\"note\">%s</p>" % e(note))
    out += ["<div class=\"foot\">主办单位：赣泷县人民政府办公室　承办：赣泷县农业农村局</div>", "</div>", "</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


def main(outdir=SETDIR, model=None, audit=None):
    if model is None:
        model, audit = build()
    path = os.path.join(outdir, NAME + ".html")
    render(model, path)
    if audit is not None:
        v = html_view(path)
        # every dl read back equals the model
        dls = [b for b in model if b[0] == "dl"]
        audit.holds("dl count", len(dls) == len(v["dls"]), "%d vs %d" % (len(dls), len(v["dls"])))
        for b, got in zip(dls, v["dls"]):
            want = []
            for dt, dds in b[3]:
                want.append(("dt", dt.strip()))
                want += [("dd", d.strip()) for d in dds]
            audit.holds("dl read back: " + b[1][:20], want == got, "")
        audit.holds("no <table>", "<table" not in v["raw"], "")
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
