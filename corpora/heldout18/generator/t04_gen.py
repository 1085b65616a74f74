"""t04 -- 闽霞县桐坪镇人民政府 2024年部门预算及“三公”经费预算情况说明 (.html).

CMS rendering: every table has one header row and ONE data row whose cells
hold all the lines of a column separated by <br> ("<td>12.30<br>4.50</td>").
Tables are in 元 with thousands separators; the prose is in 万元.
This is a BUDGET for 2024, so it is legitimately dated February 2024.
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, growth, q, wan, sgn, html_text, finish)  # noqa: E402

NAME = "t04_tongping_town_budget_and_three_public_2024"
Z = D("0")


def W(x):
    """元 -> 万元 string, half-up"""
    return f(wan(x))


def build():
    L = Ledger(NAME + ".html")
    B = []

    def p(t):
        B.append(("p", t))

    def h(t):
        B.append(("h", t))

    # ---------------------------------------------------------------- base inputs (元)
    func = [  # code, name, 基本, 项目
        ("2010301", "行政运行", "6842350.00", "0"),
        ("2010302", "一般行政管理事务", "0", "1260000.00"),
        ("2010350", "事业运行", "2386420.00", "0"),
        ("2080505", "机关事业单位基本养老保险缴费支出", "1586240.00", "0"),
        ("2080506", "机关事业单位职业年金缴费支出", "634496.00", "0"),
        ("2080801", "死亡抚恤", "86400.00", "0"),
        ("2101101", "行政单位医疗", "426180.00", "0"),
        ("2101102", "事业单位医疗", "318560.00", "0"),
        ("2110402", "农村环境保护", "0", "1850000.00"),
        ("2120501", "城乡社区环境卫生", "0", "2460000.00"),
        ("2130104", "事业运行", "1642300.00", "0"),
        ("2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出", "0", "1200000.00"),
        ("2130705", "对村民委员会和村党支部的补助", "0", "3968000.00"),
        ("2210201", "住房公积金", "1162850.00", "0"),
    ]
    func = [(c, n, D(a), D(b)) for c, n, a, b in func]
    lei_names = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "211": "节能环保支出",
                 "212": "城乡社区支出", "213": "农林水支出", "221": "住房保障支出"}
    fund = D("3200000.00")               # 政府性基金: 2120804 农村基础设施建设支出
    eco302, eco303 = D("2286517.00"), D("112746.00")
    prev_inc = D("27846300.00")          # 2023年收入预算总计
    sg = {"abroad": Z, "buy": Z, "run": D("78000.00"), "rec": D("45000.00")}
    sg23 = {"abroad": Z, "buy": Z, "run": D("84000.00"), "rec": D("52000.00")}
    sg23_exec = D("128600.00")           # 2023年执行数（快报）
    opex, opex23 = D("1386400.00"), D("1452600.00")
    meeting, training = D("28000.00"), D("45000.00")
    buy_goods, buy_serv = D("326000.00"), D("538000.00")
    cars_all, cars_general, cars_law = 3, 1, 2
    staff = {"adm_q": 38, "adm_a": 35, "ins_q": 42, "ins_a": 39, "retired": 56}
    villages, communities = 14, 2
    proj_n = 5

    # ---------------------------------------------------------------- derived
    gen_b = sum(r[2] for r in func)
    gen_p = sum(r[3] for r in func)
    gen = gen_b + gen_p
    inc = gen + fund
    lei = {}
    for c, n, a, b in func:
        lei.setdefault(c[:3], [Z, Z])
        lei[c[:3]][0] += a
        lei[c[:3]][1] += b
    eco301 = gen_b - eco302 - eco303
    sg_tot, sg23_tot = sum(sg.values()), sum(sg23.values())
    car, car23 = sg["buy"] + sg["run"], sg23["buy"] + sg23["run"]
    buy_tot = buy_goods + buy_serv
    all_exp_lei = dict((k, v[0] + v[1]) for k, v in lei.items())
    all_exp_lei["212"] = all_exp_lei["212"] + fund     # 支出总表 includes 政府性基金

    # ---------------------------------------------------------------- page
    B.append(("title", "桐坪镇人民政府2024年部门预算及“三公”经费预算情况说明"))
    B.append(("info", "发布时间：2024-02-06　　来源：桐坪镇人民政府　　浏览次数：386　　【字体：大 中 小】"))
    p("根据《中华人民共和国预算法》及县财政局关于做好2024年部门预算公开工作的要求，现将桐坪镇人民政府2024年部门预算及“三公”经费"
      "预算情况公开如下。本说明所附表格金额单位为元，正文金额单位为万元（由元换算后四舍五入保留两位小数，分项之和与合计可能存在尾差）。"
      "本预算已经镇第十八届人民代表大会第四次会议于2024年1月26日审议批准。")

    h("一、部门基本情况")
    p("（一）主要职能。桐坪镇人民政府负责执行本级人民代表大会的决议和上级国家行政机关的决定和命令，发布决定和命令；执行本行政区域内"
      "的经济和社会发展计划、预算，管理本行政区域内的经济、教育、科学、文化、卫生、体育事业和财政、民政、公安、司法行政、计划生育"
      "等行政工作；组织实施乡村振兴、人居环境整治、安全生产和基层社会治理等工作。")
    a_v = "全镇辖%d个行政村、%d个社区，共%d个村（社区）" % (villages, communities, villages + communities)
    p("（二）机构设置。镇政府内设党政综合办公室、经济发展办公室、社会事务办公室、自然资源和生态环境办公室、平安建设办公室5个"
      "综合办事机构和综合行政执法队；下属农业农村服务中心、社会事务服务中心、党群服务中心、综合便民服务中心4个事业单位。%s。" % a_v)
    L.sum("村社区", str(villages + communities), [str(villages), str(communities)], [a_v])
    a_st = "行政编制%d名，实有%d人；事业编制%d名，实有%d人" % (staff["adm_q"], staff["adm_a"], staff["ins_q"], staff["ins_a"])
    a_st2 = "在职人员合计%d人" % (staff["adm_a"] + staff["ins_a"])
    p("（三）人员情况。截至2023年12月31日，%s，%s；另有退休人员%d人，其退休费由县机关事业单位养老保险基金支付，不在本部门预算中反映。"
      % (a_st, a_st2, staff["retired"]))
    L.sum("在职", str(staff["adm_a"] + staff["ins_a"]), [str(staff["adm_a"]), str(staff["ins_a"])], [a_st, a_st2])
    L.leq("行政实有<=编制", str(staff["adm_a"]), str(staff["adm_q"]), [a_st])
    L.leq("事业实有<=编制", str(staff["ins_a"]), str(staff["ins_q"]), [a_st])

    h("二、收支预算总体情况")
    g_inc = growth(inc, prev_inc)
    a_inc = "2024年收入预算总计%s万元" % W(inc)
    a_inc2 = "其中一般公共预算拨款收入%s万元，政府性基金预算拨款收入%s万元" % (W(gen), W(fund))
    a_incg = "比2023年预算的%s万元增加%s万元，增长%s%%" % (W(prev_inc), W(inc - prev_inc), g_inc)
    p("%s，%s，无上年结转资金。%s，主要是村级组织运转经费补助标准提高和新增乡村振兴衔接项目。" % (a_inc, a_inc2, a_incg))
    L.sum("收入 = 一般 + 基金 (万元)", W(inc), [W(gen), W(fund)], [a_inc, a_inc2])
    L.prod("收入 元->万元", W(inc), [f(inc)], [a_inc], scale=D("0.0001"))
    L.diff("收入增加额", W(inc - prev_inc), W(inc), W(prev_inc), "增加", [a_incg, a_inc])
    L.growth("收入增长", str(g_inc), W(inc), W(prev_inc), "增长", [a_incg, a_inc])
    a_exp = "支出预算总计%s万元" % W(inc)
    a_exp2 = "基本支出%s万元，占%s%%；项目支出%s万元，占%s%%" % (W(gen_b), pct(gen_b, inc), W(gen_p + fund), pct(gen_p + fund, inc))
    p("%s，与收入预算总计相等。按支出性质分，%s。按支出功能分类，一般公共服务支出、农林水支出和城乡社区支出是主要支出方向。"
      % (a_exp, a_exp2))
    L.sum("支出 = 基本 + 项目", W(inc), [W(gen_b), W(gen_p + fund)], [a_exp, a_exp2])
    L.ratio("基本占比", str(pct(gen_b, inc)), W(gen_b), W(inc), [a_exp2, a_exp])
    L.ratio("项目占比", str(pct(gen_p + fund, inc)), W(gen_p + fund), W(inc), [a_exp2, a_exp])
    L.shares100("基本/项目", [str(pct(gen_b, inc)), str(pct(gen_p + fund, inc))], [a_exp2])

    # 表1 收支预算总表
    inc_lines = ["一般公共预算拨款收入", "政府性基金预算拨款收入", "上年结转", "收入总计"]
    inc_vals = [f(gen), f(fund), f(Z), f(inc)]
    exp_lines = [lei_names[k] for k in ["201", "208", "210", "211", "212", "213", "221"]] + ["支出总计"]
    exp_vals = [f(all_exp_lei[k]) for k in ["201", "208", "210", "211", "212", "213", "221"]] + [f(inc)]
    B.append(("table", {"caption": "表1　2024年收支预算总表", "unit": "单位：元",
                        "header": ["收入项目", "预算数", "支出项目", "预算数"],
                        "cols": [inc_lines, inc_vals, exp_lines, exp_vals]}))
    L.sum("表1 收入", f(inc), [f(gen), f(fund), f(Z)])
    L.sum("表1 支出", f(inc), exp_vals[:-1])

    h("三、一般公共预算支出预算情况")
    a_gen = "2024年一般公共预算拨款支出预算%s万元，其中基本支出%s万元、项目支出%s万元" % (W(gen), W(gen_b), W(gen_p))
    p("%s。按功能分类科目（类）划分：" % a_gen)
    L.sum("一般 = 基本 + 项目", W(gen), [W(gen_b), W(gen_p)], [a_gen])
    lei_txt = []
    for k in ["201", "208", "210", "211", "212", "213", "221"]:
        v = lei[k][0] + lei[k][1]
        lei_txt.append("%s%s万元，占%s%%" % (lei_names[k], W(v), pct(v, gen)))
    a_lei = "；".join(lei_txt)
    p(a_lei + "。")
    lei_w = [W(lei[k][0] + lei[k][1]) for k in ["201", "208", "210", "211", "212", "213", "221"]]
    L.cond("类 万元 sum vs total (尾差 allowed <= 0.02)",
           abs(sum(D(x.replace(",", "")) for x in lei_w) - wan(gen)) <= D("0.02"),
           "%s vs %s" % (sum(D(x.replace(",", "")) for x in lei_w), W(gen)), lei_w + [W(gen)], [a_lei, a_gen])
    L.fact("class_wan_sum", sum(D(x.replace(",", "")) for x in lei_w))
    shares = [str(pct(lei[k][0] + lei[k][1], gen)) for k in ["201", "208", "210", "211", "212", "213", "221"]]
    L.fact("class_share_sum", L.shares100("类占比", shares, [a_lei]))
    for k, s_ in zip(["201", "208", "210", "211", "212", "213", "221"], shares):
        v = lei[k][0] + lei[k][1]
        L.ratio("类 %s 占比 (on 元)" % k, s_, f(v), f(gen), [a_lei])
    p("其中，对村民委员会和村党支部的补助%s万元，用于%d个村（社区）的村干部基本报酬、村级组织办公经费和服务群众专项经费；"
      "城乡社区环境卫生%s万元，用于集镇保洁和农村生活垃圾收运；农村环境保护%s万元，用于农村生活污水治理设施运行维护。"
      % (W(func[12][3]), villages + communities, W(func[9][3]), W(func[8][3])))
    L.same("村补助", W(func[12][3]), W(func[12][3]))
    rows_code, rows_name, rows_tot, rows_b, rows_p = [], [], [], [], []
    for c, n, a, b in func:
        rows_code.append(c)
        rows_name.append(n)
        rows_tot.append(f(a + b))
        rows_b.append(f(a))
        rows_p.append(f(b))
        L.sum("表2 %s" % c, f(a + b), [f(a), f(b)])
    rows_code.append("")
    rows_name.append("合计")
    rows_tot.append(f(gen))
    rows_b.append(f(gen_b))
    rows_p.append(f(gen_p))
    B.append(("table", {"caption": "表2　2024年一般公共预算支出预算表（按功能分类）", "unit": "单位：元",
                        "header": ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                        "cols": [rows_code, rows_name, rows_tot, rows_b, rows_p]}))
    L.sum("表2 合计", f(gen), rows_tot[:-1])
    L.sum("表2 基本", f(gen_b), rows_b[:-1])
    L.sum("表2 项目", f(gen_p), rows_p[:-1])
    L.sum("表2 合计 = 基本 + 项目", f(gen), [f(gen_b), f(gen_p)])

    h("四、一般公共预算基本支出预算情况")
    a_eco = "2024年一般公共预算基本支出%s万元，其中：人员经费%s万元，主要包括工资福利支出%s万元和对个人和家庭的补助%s万元；公用经费%s万元，为商品和服务支出" % (
        W(gen_b), W(eco301 + eco303), W(eco301), W(eco303), W(eco302))
    p("%s，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、公务用车运行维护费、"
      "工会经费和福利费等。" % a_eco)
    L.cond("人员经费 万元 = 301 + 303 within 尾差 0.01", abs(wan(eco301) + wan(eco303) - wan(eco301 + eco303)) <= D("0.01"),
           "%s vs %s + %s" % (W(eco301 + eco303), W(eco301), W(eco303)), [W(eco301 + eco303), W(eco301), W(eco303)], [a_eco])
    L.fact("personnel_wan_parts_sum", wan(eco301) + wan(eco303))
    L.cond("基本支出 万元 parts within 尾差", abs(wan(eco301) + wan(eco303) + wan(eco302) - wan(gen_b)) <= D("0.02"),
           "%s + %s + %s vs %s" % (W(eco301), W(eco303), W(eco302), W(gen_b)), [], [a_eco])
    L.fact("basic_wan_parts_sum", wan(eco301) + wan(eco303) + wan(eco302))
    B.append(("table", {"caption": "表3　2024年一般公共预算基本支出预算表（按经济分类）", "unit": "单位：元",
                        "header": ["科目编码", "科目名称", "预算数"],
                        "cols": [["301", "302", "303", ""], ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "合计"],
                                 [f(eco301), f(eco302), f(eco303), f(gen_b)]]}))
    L.sum("表3 合计", f(gen_b), [f(eco301), f(eco302), f(eco303)])
    p("按经济分类，工资福利支出、商品和服务支出和对个人和家庭的补助分别折合%s万元、%s万元和%s万元，三项之和%s万元与基本支出%s万元"
      "相差0.01万元，为元换算万元时四舍五入形成的尾差，以表3元数为准。" % (W(eco301), W(eco302), W(eco303),
                                                  f(wan(eco301) + wan(eco302) + wan(eco303)), W(gen_b)))
    L.sum("三项之和 (rounded parts)", f(wan(eco301) + wan(eco302) + wan(eco303)), [W(eco301), W(eco302), W(eco303)])
    L.diff("尾差 0.01", "0.01", W(gen_b), f(wan(eco301) + wan(eco302) + wan(eco303)))

    h("五、政府性基金预算支出预算情况")
    a_fund = "2024年政府性基金预算拨款支出预算%s万元，全部为国有土地使用权出让收入安排的农村基础设施建设支出" % W(fund)
    p("%s，用于东溪村、上坪村等5个村的村内道路硬化和排水沟渠改造，已纳入表1“城乡社区支出”。表1中的城乡社区支出%s万元包括一般公共"
      "预算%s万元和政府性基金预算%s万元。" % (a_fund, W(all_exp_lei["212"]), W(lei["212"][0] + lei["212"][1]), W(fund)))
    L.sum("城乡社区 = 一般 + 基金", W(all_exp_lei["212"]), [W(lei["212"][0] + lei["212"][1]), W(fund)], [a_fund])

    h("六、“三公”经费预算情况")
    g_sg = growth(sg_tot, sg23_tot)
    a_sg = "2024年“三公”经费预算%s万元，比2023年预算%s万元减少%s万元，下降%s%%" % (
        W(sg_tot), W(sg23_tot), W(sg23_tot - sg_tot), abs(g_sg))
    a_sgx = "比2023年执行数%s万元减少%s万元" % (W(sg23_exec), W(sg23_exec - sg_tot))
    p("%s；%s（2023年执行数为快报数，最终以2023年度决算为准）。具体情况如下：" % (a_sg, a_sgx))
    L.diff("三公 减少额", W(sg23_tot - sg_tot), W(sg_tot), W(sg23_tot), "减少", [a_sg])
    L.growth("三公 下降", str(abs(g_sg)), W(sg_tot), W(sg23_tot), "下降", [a_sg])
    L.diff("三公 vs 执行数", W(sg23_exec - sg_tot), W(sg_tot), W(sg23_exec), "减少", [a_sgx])
    a_ab = "因公出国（境）费预算%s万元，与上年持平" % W(sg["abroad"])
    a_car = "公务用车购置及运行维护费预算%s万元，其中公务用车购置费%s万元，公务用车运行维护费%s万元，比上年预算%s万元减少%s万元" % (
        W(car), W(sg["buy"]), W(sg["run"]), W(car23), W(car23 - car))
    a_rec = "公务接待费预算%s万元，比上年预算%s万元减少%s万元" % (W(sg["rec"]), W(sg23["rec"]), W(sg23["rec"] - sg["rec"]))
    p("1．%s，本镇不安排因公出国（境）团组。" % a_ab)
    p("2．%s，主要用于%d辆公务用车的燃油、维修、保险等支出，2024年不安排公务用车购置。" % (a_car, cars_all))
    p("3．%s，主要用于上级部门来镇检查指导工作的接待，严格执行公务接待标准。" % a_rec)
    L.sum("三公 合计", W(sg_tot), [W(sg["abroad"]), W(car), W(sg["rec"])], [a_sg, a_ab, a_car, a_rec])
    L.sum("车 = 购置 + 运行", W(car), [W(sg["buy"]), W(sg["run"])], [a_car])
    L.diff("车 减少", W(car23 - car), W(car), W(car23), "减少", [a_car])
    L.diff("接待 减少", W(sg23["rec"] - sg["rec"]), W(sg["rec"]), W(sg23["rec"]), "减少", [a_rec])
    L.sum("上年三公", W(sg23_tot), [W(sg23["abroad"]), W(car23), W(sg23["rec"])], [a_sg, a_car, a_rec])

    def gcell(a, b):
        return "—" if b == 0 else sgn(growth(a, b))
    lines = ["合计", "1．因公出国（境）费", "2．公务用车购置及运行维护费", "　（1）公务用车购置费", "　（2）公务用车运行维护费",
             "3．公务接待费"]
    k24 = [sg_tot, sg["abroad"], car, sg["buy"], sg["run"], sg["rec"]]
    k23 = [sg23_tot, sg23["abroad"], car23, sg23["buy"], sg23["run"], sg23["rec"]]
    dcol = [("-" + f(b - a)) if a < b else f(a - b) for a, b in zip(k24, k23)]
    gcol = [gcell(a, b) for a, b in zip(k24, k23)]
    B.append(("table", {"caption": "表4　2024年“三公”经费预算表", "unit": "单位：元",
                        "header": ["项目", "2024年预算数", "2023年预算数", "增减额", "增减%"],
                        "cols": [lines, [f(x) for x in k24], [f(x) for x in k23], dcol, gcol]}))
    L.sum("表4 2024", f(sg_tot), [f(sg["abroad"]), f(car), f(sg["rec"])])
    L.sum("表4 2023", f(sg23_tot), [f(sg23["abroad"]), f(car23), f(sg23["rec"])])
    for a, b, d, g in zip(k24, k23, dcol, gcol):
        L.lin("表4 增减额", d, [(1, f(a)), (-1, f(b))])
        if g != "—":
            L.growth("表4 增减%", g, f(a), f(b))

    h("七、机关运行经费预算情况")
    g_op = growth(opex, opex23)
    a_op = "2024年机关运行经费预算%s万元，比2023年预算%s万元减少%s万元，下降%s%%" % (W(opex), W(opex23), W(opex23 - opex), abs(g_op))
    p("%s，主要是压减办公费、印刷费等一般性支出。机关运行经费为镇机关使用一般公共预算安排的公用经费，不含所属事业单位的公用经费，"
      "因此小于表3中的商品和服务支出%s万元。" % (a_op, W(eco302)))
    L.diff("机关运行 减少", W(opex23 - opex), W(opex), W(opex23), "减少", [a_op])
    L.growth("机关运行 下降", str(abs(g_op)), W(opex), W(opex23), "下降", [a_op])
    L.leq("机关运行 <= 302", W(opex), W(eco302), [a_op])
    a_mt = "会议费预算%s万元，培训费预算%s万元" % (W(meeting), W(training))
    p("此外，%s，均在公用经费中列支。培训费与公务接待费预算金额相同，系巧合，两者分别核定。" % a_mt)
    L.same("培训费 = 公务接待费 (金额相同, 不同事项)", W(training), W(sg["rec"]), [a_mt, a_rec])

    h("八、政府采购预算情况")
    a_buy = "2024年政府采购预算%s万元，其中货物类%s万元、服务类%s万元，无工程类采购" % (W(buy_tot), W(buy_goods), W(buy_serv))
    p("%s。货物类主要为办公设备和便民服务中心自助终端，服务类主要为集镇保洁和物业管理服务。" % a_buy)
    L.sum("采购", W(buy_tot), [W(buy_goods), W(buy_serv)], [a_buy])

    h("九、国有资产占用情况")
    a_car2 = "截至2023年12月31日，本部门共有车辆%d辆，其中一般公务用车%d辆、执法执勤用车%d辆" % (cars_all, cars_general, cars_law)
    p("%s；无单价50万元以上通用设备和单价100万元以上专用设备。2024年部门预算未安排车辆和大型设备购置。" % a_car2)
    L.sum("车辆", str(cars_all), [str(cars_general), str(cars_law)], [a_car2])

    h("十、预算绩效目标设置情况")
    a_perf = "2024年本部门一般公共预算项目支出%d个，涉及资金%s万元，全部编制了绩效目标" % (proj_n, W(gen_p))
    p("%s；政府性基金预算项目1个（%s万元）同步编制了绩效目标。绩效目标已随部门预算一并批复，执行中将开展绩效运行监控。"
      % (a_perf, W(fund)))
    L.cond("项目个数 = 表2 项目行数", proj_n == sum(1 for r in func if r[3] > 0), "", [], [a_perf])
    L.same("项目支出 restated", W(gen_p), W(gen_p), [a_perf, a_gen])

    projs = [("一般行政管理事务", func[1][3], "保障镇村综合治理、信访维稳和基层党建等工作正常开展，群众办事满意度不低于90%"),
             ("农村生活污水治理设施运行维护", func[8][3], "全镇23座污水处理设施正常运行率不低于90%，出水水质达标"),
             ("集镇保洁及农村生活垃圾收运", func[9][3], "集镇道路保洁覆盖率100%，农村生活垃圾日产日清、无害化处理率100%"),
             ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接项目", func[11][3], "支持3个村发展茶叶、食用菌特色产业，带动脱贫户和监测户增收"),
             ("村级组织运转经费补助", func[12][3], "保障%d个村（社区）组织正常运转，村干部基本报酬按时足额发放" % (villages + communities))]
    a_pj = "；".join("%s%s万元，主要目标是%s" % (n, W(v), t) for n, v, t in projs)
    p("各项目预算及主要绩效目标为：%s。" % a_pj)
    L.sum("5个项目合计", W(gen_p), [W(v) for _, v, _ in projs], [a_pj, a_perf])
    L.cond("5 projects", len(projs) == proj_n)

    h("十一、名词解释")
    p("1．基本支出：指为保障机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费。")
    p("2．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
    p("3．“三公”经费：指部门用一般公共预算安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。")
    p("4．机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。")
    B.append(("sign", "桐坪镇人民政府"))
    B.append(("sign", "2024年2月5日"))
    L.anchor("落款 (budget for 2024, dated Feb 2024 by design)", "2024年2月5日")

    L.fact("income_total_yuan", f(inc))
    L.fact("sg_2024_yuan", f(sg_tot))
    return B, L, {}


CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f3f3;margin:0}
.wrap{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}
.nav a{margin-right:14px;color:#1d4f91;text-decoration:none}
h1{font-size:22px;text-align:center;color:#b40000}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.TRS_Editor p{text-indent:2em;line-height:2;font-size:16px}
.TRS_Editor table{border-collapse:collapse;margin:8px auto}
.TRS_Editor td{border:1px solid #000;padding:3px 6px;font-size:14px;vertical-align:top}
.r{text-align:right}"""


def render(blocks, path):
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<title>桐坪镇人民政府2024年部门预算及“三公”经费预算情况说明_闽霞县人民政府</title>',
           '<style>', CSS, '</style>', '</head>', '<body>', '<div class="wrap">',
           '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/czzj/">财政资金</a>'
           '<a href="/zwgk/czzj/bmys/">部门预算</a></div>']
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "info":
            out.append('<div class="info">%s</div>' % e(val))
            out.append('<div class="TRS_Editor">')
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "h":
            out.append('<p style="text-indent:2em"><strong>%s</strong></p>' % e(val))
        elif kind == "sign":
            out.append('<p style="text-align:right">%s</p>' % e(val))
        elif kind == "table":
            out.append('<p style="text-align:center"><strong>%s</strong></p>' % e(val["caption"]))
            out.append('<p style="text-align:right;text-indent:0">%s</p>' % e(val["unit"]))
            out.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%">')
            out.append("<tbody>")
            out.append("<tr>" + "".join('<td style="text-align:center"><strong>%s</strong></td>' % e(h_)
                                        for h_ in val["header"]) + "</tr>")
            cells = []
            for col in val["cols"]:
                numeric = all((not x) or x[0].isdigit() or x[0] in "-—" for x in col)
                cells.append('<td%s>%s</td>' % (' class="r"' if numeric else "", "<br>".join(e(x) for x in col)))
            out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
    out.append("</div>")
    out.append('<div class="foot">主办：闽霞县人民政府办公室　　网站标识码：3509260012　　闽ICP备05012345号</div>')
    out.append("</div>")
    out.append("</body>")
    out.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def visible(path):
    return html_text(path)


def main():
    blocks, L, _ = build()
    path = os.path.join(OUT, NAME + ".html")
    render(blocks, path)
    text = visible(path)
    raw = open(path, encoding="utf-8").read()
    import re
    n_tables = raw.count("<table")
    tr_per_table = [len(re.findall(r"<tr>", t)) for t in raw.split("<table")[1:]]
    L.cond("4 tables, each header row + one <br> data row", n_tables == 4 and all(n == 2 for n in tr_per_table),
           str(tr_per_table))
    L.cond("<br> line breaks inside cells", raw.count("<br>") > 60, str(raw.count("<br>")))
    return finish(L, text, "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
