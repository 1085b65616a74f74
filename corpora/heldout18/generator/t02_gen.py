"""t02 -- 锦嵘市澄溪区教育局 2024年度部门决算 (.pdf, reportlab platypus).

Ruled tables (platypus Table with GRID), STSong-Light, rl_config.invariant=1.
Portrait pages for prose and the narrow tables; a landscape page for the wide
支出决算表 (基本支出 with 人员经费/公用经费 sub-columns, 项目支出).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, growth, q, pdf_text, pdf_match_text, finish)  # noqa: E402

NAME = "t02_chengxi_education_bureau_dept_final_accounts_2024"
Z = D("0.00")


def build():
    L = Ledger(NAME + ".pdf")
    B = []

    def h(t):
        B.append(("h", t))

    def h2(t):
        B.append(("h2", t))

    def p(t):
        B.append(("p", t))

    # ------------------------------------------------------------ base inputs
    # (code, name, 人员经费, 公用经费, 项目支出)
    items = [
        ("2050101", "行政运行", "486.32", "112.60", "0"),
        ("2050199", "其他教育管理事务支出", "0", "0", "326.45"),
        ("2050201", "学前教育", "2316.48", "268.35", "642.10"),
        ("2050202", "小学教育", "19862.74", "1846.20", "3215.66"),
        ("2050203", "初中教育", "15428.16", "1392.48", "2684.32"),
        ("2050204", "高中教育", "8936.52", "864.30", "1986.40"),
        ("2050701", "特殊学校教育", "612.38", "58.46", "124.80"),
        ("2050803", "培训支出", "0", "0", "286.50"),
        ("2050999", "其他教育费附加安排的支出", "0", "0", "1560.00"),
        ("2080505", "机关事业单位基本养老保险缴费支出", "4865.28", "0", "0"),
        ("2080506", "机关事业单位职业年金缴费支出", "1946.11", "0", "0"),
        ("2101101", "行政单位医疗", "42.36", "0", "0"),
        ("2101102", "事业单位医疗", "2284.62", "0", "0"),
        ("2210201", "住房公积金", "3652.44", "0", "0"),
        ("2290402", "其他地方自行试点项目收益专项债券收入安排的支出", "0", "0", "2286.40"),
    ]
    items = [(c, n, D(a), D(b), D(x)) for c, n, a, b, x in items]
    names = {"205": "教育支出", "20501": "教育管理事务", "20502": "普通教育", "20507": "特殊教育",
             "20508": "进修及培训", "20509": "教育费附加安排的支出", "208": "社会保障和就业支出",
             "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
             "221": "住房保障支出", "22102": "住房改革支出", "229": "其他支出",
             "22904": "其他政府性基金及对应专项债务收入安排的支出"}
    nonfis = {"2050201": D("624.50"), "2050204": D("1312.32")}   # 事业收入/其他收入 spent (项目支出)
    gf_code = "2290402"
    gen_open, gen_close = D("1186.25"), D("968.74")
    fund_in = D("2360.00")
    nf_open, shiye, other_in = D("240.60"), D("1864.20"), D("215.48")
    prev_total, prev_exp, prev_gen_exp = D("71862.40"), D("70215.36"), D("68432.18")
    b0 = {"2050101": D("590.00"), "2050201": D("2680.00"), "2050202": D("24350.00"),
          "2050203": D("19600.00"), "2050204": D("10800.00"), "2080505": D("4865.28")}
    gen_b0_total = D("74120.00")
    sg_b = {"abroad": D("0"), "car_buy": D("0"), "car_run": D("18.00"), "rec": D("6.00")}
    sg = {"abroad": D("0"), "car_buy": D("0"), "car_run": D("15.62"), "rec": D("4.41")}
    sg_prev = D("21.86")
    rec_batches, rec_people = 32, 286
    cars_gov, cars_general, cars_special, cars_other = 5, 2, 3, 4
    opex_prev = D("118.45")
    buy = [("货物类", D("2318.40")), ("工程类", D("1764.20")), ("服务类", D("779.75"))]
    sme, micro = D("3926.10"), D("2846.20")
    dev50, dev100 = 4, 1
    proj_cnt, key_cnt, key_amt = 23, 3, D("3862.40")
    dept_score = D("94.60")
    staff = {"admin_q": 24, "admin_a": 22, "inst_q": 2486, "inst_a": 2412, "retired": 1206, "students": 38642}

    # ------------------------------------------------------------ derived
    def tot(rows):
        a = sum((r[2] for r in rows), Z)
        b = sum((r[3] for r in rows), Z)
        c = sum((r[4] for r in rows), Z)
        return a, b, c

    table = []  # (code, name, total, basic, person, public, project, level)
    codes_3 = []
    for it in items:
        if it[0][:3] not in codes_3:
            codes_3.append(it[0][:3])
    all_p, all_u, all_x = tot(items)
    table.append(("", "合计", all_p + all_u + all_x, all_p + all_u, all_p, all_u, all_x, 0))
    lei = {}
    for c3 in codes_3:
        rows3 = [it for it in items if it[0].startswith(c3)]
        a, b, c = tot(rows3)
        lei[c3] = a + b + c
        table.append((c3, names[c3], a + b + c, a + b, a, b, c, 1))
        kuan = []
        for it in rows3:
            if it[0][:5] not in kuan:
                kuan.append(it[0][:5])
        for c5 in kuan:
            rows5 = [it for it in rows3 if it[0].startswith(c5)]
            a, b, c = tot(rows5)
            table.append((c5, names[c5], a + b + c, a + b, a, b, c, 2))
            for it in rows5:
                table.append((it[0], it[1], it[2] + it[3] + it[4], it[2] + it[3], it[2], it[3], it[4], 3))
    exp_total = all_p + all_u + all_x
    basic = all_p + all_u
    gf_exp = [it for it in items if it[0] == gf_code][0][4]
    nf_exp = sum(nonfis.values(), Z)
    gen_exp = exp_total - gf_exp - nf_exp
    gen_in = gen_exp + gen_close - gen_open
    gf_close = fund_in - gf_exp
    nf_close = nf_open + shiye + other_in - nf_exp
    inc_year = gen_in + fund_in + shiye + other_in
    opening = gen_open + nf_open
    closing = gen_close + gf_close + nf_close
    grand = inc_year + opening
    assert grand == exp_total + closing
    gen_lei = {k: v for k, v in lei.items() if k != "229"}
    gen_lei["205"] = lei["205"] - nf_exp
    gen_basic = basic                 # all basic spending is 一般公共预算
    gen_proj = gen_exp - gen_basic
    gen_item = {it[0]: it[2] + it[3] + it[4] - nonfis.get(it[0], Z) for it in items}

    # ------------------------------------------------------------ cover / 目录
    B.append(("title", "锦嵘市澄溪区教育局"))
    B.append(("title", "2024年度部门决算"))
    B.append(("center", "二〇二五年九月"))
    B.append(("pb", "P"))
    B.append(("center", "目　　录"))
    for t in ["第一部分　锦嵘市澄溪区教育局概况", "第二部分　2024年度部门决算表", "第三部分　2024年度部门决算情况说明",
              "第四部分　名词解释"]:
        B.append(("toc", t))
    B.append(("pb", "P"))

    # ------------------------------------------------------------ part 1
    B.append(("part", "第一部分　锦嵘市澄溪区教育局概况"))
    h("一、主要职能")
    p("锦嵘市澄溪区教育局是区政府工作部门，主要职责是：贯彻执行国家和省、市教育工作方针政策，拟订全区教育发展规划并组织实施；"
      "统筹管理全区学前教育、义务教育、普通高中教育和特殊教育；负责全区教育经费的统筹管理，会同有关部门拟订教育经费筹措、"
      "教育拨款和基建投资的政策；负责全区中小学教师队伍建设和教育督导评估工作；指导学校安全、卫生健康和校园周边环境治理工作。")
    h("二、部门决算单位构成")
    schools = ["澄溪区第一中学", "澄溪区实验中学", "澄溪区城北中学", "澄溪区实验小学", "澄溪区东街小学",
               "澄溪区南桥小学", "澄溪区机关幼儿园", "澄溪区特殊教育学校"]
    a_units = "纳入本部门2024年度部门决算编制范围的单位共%d个，包括区教育局机关（行政单位）和所属%d所学校（事业单位）" % (
        1 + len(schools), len(schools))
    p("%s：%s。局机关内设办公室、计划财务股、基础教育股、人事股、教育督导室、安全稳定股6个股室。"
      % (a_units, "、".join(schools)))
    L.cond("unit count", 1 + len(schools) == 9 and len(schools) == 8, "", [], [a_units])
    a_staff = "局机关行政编制%d名，实有%d人；所属学校事业编制%s名，实有%s人" % (
        staff["admin_q"], staff["admin_a"], f(staff["inst_q"], 0), f(staff["inst_a"], 0))
    p("截至2024年12月31日，%s；离退休人员%s人（离退休人员经费未在本部门决算中反映）。全区公办学校在校学生%s人。"
      % (a_staff, f(staff["retired"], 0), f(staff["students"], 0)))
    L.leq("admin actual <= quota", str(staff["admin_a"]), str(staff["admin_q"]), [a_staff])
    L.leq("inst actual <= quota", f(staff["inst_a"], 0), f(staff["inst_q"], 0), [a_staff])
    B.append(("pb", "P"))

    # ------------------------------------------------------------ part 2: tables
    B.append(("part", "第二部分　2024年度部门决算表"))
    B.append(("caption", "表1　收入支出决算总表"))
    inc_rows = [("一、一般公共预算财政拨款收入", gen_in), ("二、政府性基金预算财政拨款收入", fund_in),
                ("三、国有资本经营预算财政拨款收入", Z), ("四、上级补助收入", Z), ("五、事业收入", shiye),
                ("六、经营收入", Z), ("七、附属单位上缴收入", Z), ("八、其他收入", other_in)]
    exp_rows = [("一、教育支出", lei["205"]), ("二、社会保障和就业支出", lei["208"]), ("三、卫生健康支出", lei["210"]),
                ("四、住房保障支出", lei["221"]), ("五、其他支出", lei["229"]), ("", None), ("", None), ("", None)]
    t1 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
    for (a, av), (b, bv) in zip(inc_rows, exp_rows):
        t1.append([a, f(av), b, "" if bv is None else f(bv)])
    t1.append(["本年收入合计", f(inc_year), "本年支出合计", f(exp_total)])
    t1.append(["使用非财政拨款结余", f(Z), "结余分配", f(Z)])
    t1.append(["年初结转和结余", f(opening), "年末结转和结余", f(closing)])
    t1.append(["总计", f(grand), "总计", f(grand)])
    B.append(("table", {"rows": t1, "widths": [150, 80, 150, 80], "spans": [((0, 0), (1, 0)), ((2, 0), (3, 0))],
                        "header": 2, "unit": "单位：万元", "align_num": [1, 3]}))
    L.sum("表1 本年收入", f(inc_year), [f(v) for _, v in inc_rows])
    L.sum("表1 本年支出", f(exp_total), [f(lei[k]) for k in ["205", "208", "210", "221", "229"]])
    L.sum("表1 收入总计", f(grand), [f(inc_year), f(Z), f(opening)])
    L.sum("表1 支出总计", f(grand), [f(exp_total), f(Z), f(closing)])

    B.append(("pb", "L"))
    B.append(("caption", "表2　支出决算表"))
    t2 = [["科目编码", "科目名称", "本年支出合计", "基本支出", "", "", "项目支出"],
          ["", "", "", "小计", "人员经费", "公用经费", ""]]
    for code, nm, tt, bs, pe, pu, pj, lvl in table:
        t2.append([code, ("　" * max(lvl - 1, 0)) + nm, f(tt), f(bs), f(pe), f(pu), f(pj)])
    B.append(("table", {"rows": t2, "widths": [62, 250, 82, 82, 82, 82, 82],
                        "spans": [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (5, 0)), ((6, 0), (6, 1))],
                        "header": 2, "unit": "单位：万元", "align_num": [2, 3, 4, 5, 6], "fs": 8}))
    for code, nm, tt, bs, pe, pu, pj, lvl in table:
        L.sum("表2 %s 合计 = 基本 + 项目" % (code or "合计"), f(tt), [f(bs), f(pj)])
        L.sum("表2 %s 基本 = 人员 + 公用" % (code or "合计"), f(bs), [f(pe), f(pu)])
    # hierarchy
    for code, nm, tt, bs, pe, pu, pj, lvl in table:
        if lvl in (1, 2):
            kids = [r for r in table if r[7] == lvl + 1 and r[0].startswith(code)]
            L.sum("表2 %s children" % code, f(tt), [f(r[2]) for r in kids])
    L.sum("表2 合计 = 类", f(exp_total), [f(r[2]) for r in table if r[7] == 1])
    B.append(("note", "注：本表反映部门本年度各项资金（含一般公共预算财政拨款、政府性基金预算财政拨款和非财政拨款资金）的支出情况，“合计”行列于首行。"))

    B.append(("pb", "P"))
    B.append(("caption", "表3　财政拨款“三公”经费支出决算表"))
    sg_tot_b = sum(sg_b.values(), Z)
    sg_tot = sum(sg.values(), Z)
    car_b = sg_b["car_buy"] + sg_b["car_run"]
    car = sg["car_buy"] + sg["car_run"]
    t3 = [["项目", "预算数", "决算数"],
          ["合计", f(sg_tot_b), f(sg_tot)],
          ["1．因公出国（境）费", f(sg_b["abroad"]), f(sg["abroad"])],
          ["2．公务用车购置及运行维护费", f(car_b), f(car)],
          ["　（1）公务用车购置费", f(sg_b["car_buy"]), f(sg["car_buy"])],
          ["　（2）公务用车运行维护费", f(sg_b["car_run"]), f(sg["car_run"])],
          ["3．公务接待费", f(sg_b["rec"]), f(sg["rec"])]]
    B.append(("table", {"rows": t3, "widths": [220, 100, 100], "header": 1, "unit": "单位：万元", "align_num": [1, 2]}))
    L.sum("表3 预算合计", f(sg_tot_b), [f(sg_b["abroad"]), f(car_b), f(sg_b["rec"])])
    L.sum("表3 决算合计", f(sg_tot), [f(sg["abroad"]), f(car), f(sg["rec"])])
    L.sum("表3 车 决算", f(car), [f(sg["car_buy"]), f(sg["car_run"])])
    B.append(("note", "注：本部门2024年度无国有资本经营预算财政拨款收入和支出，政府性基金预算财政拨款收支情况见第三部分第八项说明，相关报表未单独列示。"))
    B.append(("pb", "P"))

    # ------------------------------------------------------------ part 3
    B.append(("part", "第三部分　2024年度部门决算情况说明"))
    h("一、收入支出决算总体情况说明")
    g_tot = growth(grand, prev_total)
    a1 = "2024年度收入总计%s万元，支出总计%s万元" % (f(grand), f(grand))
    a1g = "与上年的%s万元相比，收入、支出总计各增加%s万元，增长%s%%" % (f(prev_total), f(grand - prev_total), g_tot)
    p("%s。%s，主要原因是落实义务教育教师平均工资收入不低于当地公务员平均工资收入水平要求，教师绩效工资相应调整，以及澄溪区城北中学"
      "扩建项目使用地方政府专项债券资金。" % (a1, a1g))
    L.same("总计 = 表1", f(grand), f(grand), [a1])
    L.diff("总计 增加额", f(grand - prev_total), f(grand), f(prev_total), "增加", [a1g, a1])
    L.growth("总计 增长", str(g_tot), f(grand), f(prev_total), "增长", [a1g, a1])
    L.fact("prev_total", f(prev_total))

    h("二、收入决算情况说明")
    fis_in = gen_in + fund_in
    s_fis, s_sy, s_ot = pct(fis_in, inc_year), pct(shiye, inc_year), pct(other_in, inc_year)
    a2 = "本年收入合计%s万元，其中：财政拨款收入%s万元，占%s%%；事业收入%s万元，占%s%%；其他收入%s万元，占%s%%" % (
        f(inc_year), f(fis_in), s_fis, f(shiye), s_sy, f(other_in), s_ot)
    a2b = "财政拨款收入中，一般公共预算财政拨款收入%s万元，政府性基金预算财政拨款收入%s万元" % (f(gen_in), f(fund_in))
    p("%s。%s。事业收入主要为公办幼儿园保育教育费和普通高中学费、住宿费，其他收入主要为银行存款利息和学校场地临时使用收入。"
      % (a2, a2b))
    L.sum("本年收入 = 三项", f(inc_year), [f(fis_in), f(shiye), f(other_in)], [a2])
    L.sum("财政拨款收入", f(fis_in), [f(gen_in), f(fund_in)], [a2, a2b])
    for v, s in ((fis_in, s_fis), (shiye, s_sy), (other_in, s_ot)):
        L.ratio("收入占比", str(s), f(v), f(inc_year), [a2])
    L.fact("income_share_sum", L.shares100("收入占比", [str(s_fis), str(s_sy), str(s_ot)], [a2]))

    h("三、支出决算情况说明")
    s_b, s_p = pct(basic, exp_total), pct(all_x, exp_total)
    g_exp = growth(exp_total, prev_exp)
    a3 = "本年支出合计%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%" % (
        f(exp_total), f(basic), s_b, f(all_x), s_p)
    a3b = "基本支出中，人员经费%s万元，公用经费%s万元" % (f(all_p), f(all_u))
    a3g = "本年支出合计比上年的%s万元增长%s%%" % (f(prev_exp), g_exp)
    p("%s。%s。基本支出是为保障机构正常运转、完成日常工作任务而发生的各项支出，项目支出是为完成特定行政工作任务和事业发展目标而"
      "发生的支出。%s。" % (a3, a3b, a3g))
    L.sum("支出 = 基本 + 项目", f(exp_total), [f(basic), f(all_x)], [a3])
    L.sum("基本 = 人员 + 公用", f(basic), [f(all_p), f(all_u)], [a3, a3b])
    L.ratio("基本占比", str(s_b), f(basic), f(exp_total), [a3])
    L.ratio("项目占比", str(s_p), f(all_x), f(exp_total), [a3])
    L.fact("basic_proj_share_sum", L.shares100("基本/项目占比", [str(s_b), str(s_p)], [a3]))
    L.growth("支出增长", str(g_exp), f(exp_total), f(prev_exp), "增长", [a3g, a3])

    h("四、财政拨款收入支出决算总体情况说明")
    fis_open = gen_open
    fis_exp = gen_exp + gf_exp
    fis_close = gen_close + gf_close
    fis_grand = fis_open + fis_in
    a4 = "2024年度财政拨款收入支出总计%s万元，其中：年初财政拨款结转和结余%s万元，本年财政拨款收入%s万元" % (
        f(fis_grand), f(fis_open), f(fis_in))
    a4b = "本年财政拨款支出%s万元（一般公共预算%s万元、政府性基金预算%s万元），年末财政拨款结转和结余%s万元" % (
        f(fis_exp), f(gen_exp), f(gf_exp), f(fis_close))
    p("%s；%s。年初结转和结余均为一般公共预算资金。" % (a4, a4b))
    L.sum("财政拨款总计 收", f(fis_grand), [f(fis_open), f(fis_in)], [a4])
    L.sum("财政拨款总计 支", f(fis_grand), [f(fis_exp), f(fis_close)], [a4, a4b])
    L.sum("财政拨款支出", f(fis_exp), [f(gen_exp), f(gf_exp)], [a4b])

    h("五、一般公共预算财政拨款支出决算情况说明")
    h2("（一）总体情况")
    s_gen = pct(gen_exp, exp_total)
    g_gen = growth(gen_exp, prev_gen_exp)
    a5 = "2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%" % (f(gen_exp), s_gen)
    a5g = "比上年的%s万元增加%s万元，增长%s%%" % (f(prev_gen_exp), f(gen_exp - prev_gen_exp), g_gen)
    p("%s，%s。" % (a5, a5g))
    L.ratio("一般公共预算占比", str(s_gen), f(gen_exp), f(exp_total), [a5, a3])
    L.diff("一般公共预算增加额", f(gen_exp - prev_gen_exp), f(gen_exp), f(prev_gen_exp), "增加", [a5g, a5])
    L.growth("一般公共预算增长", str(g_gen), f(gen_exp), f(prev_gen_exp), "增长", [a5g, a5])
    h2("（二）结构情况")
    lbl = {"205": "教育支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
    shares = {k: pct(v, gen_exp) for k, v in gen_lei.items()}
    a5s = "；".join("%s%s万元，占%s%%" % (lbl[k], f(gen_lei[k]), shares[k]) for k in ["205", "208", "210", "221"])
    p("一般公共预算财政拨款支出按功能分类：%s。教育支出比表1、表2中的教育支出少%s万元，为学校使用事业收入和其他收入安排的支出。"
      % (a5s, f(nf_exp)))
    L.sum("一般公共预算 = 四类", f(gen_exp), [f(gen_lei[k]) for k in ["205", "208", "210", "221"]], [a5s, a5])
    for k in ["205", "208", "210", "221"]:
        L.ratio("类占比 %s" % k, str(shares[k]), f(gen_lei[k]), f(gen_exp), [a5s])
        if k != "205":
            L.same("类 %s = 表1" % k, f(gen_lei[k]), f(lei[k]), [a5s])
    L.fact("class_share_sum", L.shares100("类占比", [str(shares[k]) for k in ["205", "208", "210", "221"]], [a5s]))
    L.diff("教育 口径差", f(nf_exp), f(lei["205"]), f(gen_lei["205"]), None, [a5s])
    h2("（三）具体情况")
    rate_all = pct(gen_exp, gen_b0_total)
    a5c = "2024年度一般公共预算财政拨款支出年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%" % (
        f(gen_b0_total), f(gen_exp), rate_all)
    p("%s。决算数与年初预算数存在差异，主要是年中追加教育费附加安排的校舍维修资金，以及部分项目按实际进度支出。其中：" % a5c)
    L.ratio("一般公共预算 完成年初预算", str(rate_all), f(gen_exp), f(gen_b0_total), [a5c])
    reasons = {"2050101": "年中局机关调入工作人员2名，人员经费相应增加",
               "2050201": "部分普惠性民办幼儿园奖补资金按考核结果拨付，实际拨付数低于预算",
               "2050202": "落实教师绩效工资调整政策，人员经费增加",
               "2050203": "部分设备采购项目结余",
               "2050204": "普通高中学校改造项目部分工程未完成结算，资金结转下年"}
    nm = {it[0]: it[1] for it in items}
    n = 1
    for code in ["2050101", "2050201", "2050202", "2050203", "2050204", "2080505"]:
        r = pct(gen_item[code], b0[code])
        a = "%s（项）。年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%" % (nm[code], f(b0[code]), f(gen_item[code]), r)
        if code in nonfis:
            all_c = sum(it[2] + it[3] + it[4] for it in items if it[0] == code)
            a_nf = "表2中该项支出%s万元，含使用事业收入和其他收入安排的支出%s万元" % (f(all_c), f(nonfis[code]))
            a = a + "（" + a_nf + "）"
        tail = "，决算数大于年初预算数的主要原因是%s。" % reasons[code] if r > 100 else (
            "，决算数小于年初预算数的主要原因是%s。" % reasons[code] if r < 100 else "，与年初预算持平。")
        p("%d．%s%s" % (n, a, tail))
        L.ratio("项 %s 完成" % code, str(r), f(gen_item[code]), f(b0[code]), [a])
        if code in nonfis:
            L.lin("项 %s 一般公共预算 = 表2 - 非财政拨款" % code, f(gen_item[code]),
                  [(1, f(sum(it[2] + it[3] + it[4] for it in items if it[0] == code))), (-1, f(nonfis[code]))], [a])
        else:
            L.same("项 %s = 表2" % code, f(gen_item[code]), f(gen_item[code]), [a])
        n += 1
    a_extra = "%s（项）。年初未安排预算，支出决算为%s万元" % (nm["2050999"], f(gen_item["2050999"]))
    p("%d．%s，为年中追加的中小学校舍维修改造资金。" % (n, a_extra))
    L.anchor("no b0 item", a_extra)

    h("六、一般公共预算财政拨款基本支出决算情况说明")
    a6 = "2024年度一般公共预算财政拨款基本支出%s万元，其中：人员经费%s万元，公用经费%s万元" % (f(gen_basic), f(all_p), f(all_u))
    p("%s。人员经费主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险"
      "缴费、住房公积金等；公用经费主要包括办公费、水电费、邮电费、物业管理费、差旅费、维修（护）费、公务用车运行维护费、"
      "其他交通费用、工会经费、福利费等。本部门基本支出全部由一般公共预算财政拨款安排。" % a6)
    L.sum("基本支出", f(gen_basic), [f(all_p), f(all_u)], [a6])
    L.same("基本支出 = 表2", f(gen_basic), f(basic), [a6, a3])

    h("七、“三公”经费财政拨款支出决算情况说明")
    rate_sg = pct(sg_tot, sg_tot_b)
    g_sg = growth(sg_tot, sg_prev)
    sh_car, sh_rec = pct(car, sg_tot), pct(sg["rec"], sg_tot)
    a7 = "2024年度“三公”经费财政拨款支出预算为%s万元，支出决算为%s万元，完成预算的%s%%" % (f(sg_tot_b), f(sg_tot), rate_sg)
    a7g = "比上年决算的%s万元下降%s%%" % (f(sg_prev), abs(g_sg))
    p("%s，%s。决算数小于预算数和上年决算数的主要原因是严格执行中央八项规定精神，压减公务接待和公务用车运行支出。" % (a7, a7g))
    L.ratio("三公 完成", str(rate_sg), f(sg_tot), f(sg_tot_b), [a7])
    L.growth("三公 下降", str(abs(g_sg)), f(sg_tot), f(sg_prev), "下降", [a7g, a7])
    p("其中：因公出国（境）费支出决算%s万元，本部门2024年度未安排因公出国（境）团组。" % f(sg["abroad"]))
    a7c = "公务用车购置及运行维护费支出决算%s万元，占%s%%，其中公务用车购置费%s万元，公务用车运行维护费%s万元" % (
        f(car), sh_car, f(sg["car_buy"]), f(sg["car_run"]))
    a7cn = "截至2024年12月31日，公务用车保有量%d辆（一般公务用车%d辆、特种专业技术用车%d辆）" % (
        cars_gov, cars_general, cars_special)
    p("%s，主要用于特殊教育学校残疾学生送教上门、教育装备配送和校园安全检查等工作所需的燃料费、维修费、保险费等；%s。"
      % (a7c, a7cn))
    L.ratio("车 占比", str(sh_car), f(car), f(sg_tot), [a7c, a7])
    L.sum("车 决算", f(car), [f(sg["car_buy"]), f(sg["car_run"])], [a7c])
    L.sum("公务用车保有量", str(cars_gov), [str(cars_general), str(cars_special)], [a7cn])
    per_batch = q(sg["rec"] * 10000 / rec_batches)
    per_head = q(sg["rec"] * 10000 / rec_people)
    a7r = "公务接待费支出决算%s万元，占%s%%，共接待国内来访团组%d批次、%d人次" % (f(sg["rec"]), sh_rec, rec_batches, rec_people)
    a7r2 = "批均接待费%s元，人均%s元" % (f(per_batch), f(per_head))
    p("%s，主要为上级部门和兄弟区县来澄溪区开展教育督导检查、交流考察发生的接待支出，%s。" % (a7r, a7r2))
    L.ratio("接待 占比", str(sh_rec), f(sg["rec"]), f(sg_tot), [a7r, a7])
    L.fact("sg_share_sum", L.shares100("三公占比", [str(sh_car), str(sh_rec)], [a7r, a7c]))
    L.quot("批均", f(per_batch), f(sg["rec"]), str(rec_batches), [a7r2, a7r], scale=10000)
    L.quot("人均", f(per_head), f(sg["rec"]), str(rec_people), [a7r2, a7r], scale=10000)

    h("八、政府性基金预算支出决算情况说明")
    a8 = "2024年度政府性基金预算财政拨款收入%s万元，支出%s万元，年末结转%s万元" % (f(fund_in), f(gf_exp), f(gf_close))
    p("%s。支出全部为澄溪区城北中学扩建项目使用的地方政府专项债券资金，列“其他地方自行试点项目收益专项债券收入安排的支出”（项）；"
      "年末结转资金为工程质量保证金，将于2025年竣工验收后支付。" % a8)
    L.diff("基金 结转", f(gf_close), f(fund_in), f(gf_exp), None, [a8])
    L.same("基金支出 = 表2 2290402", f(gf_exp), f(gf_exp), [a8])

    h("九、国有资本经营预算支出决算情况说明")
    p("本部门2024年度无国有资本经营预算财政拨款支出。")

    h("十、机关运行经费支出情况说明")
    all_u_admin = items[0][3]          # 行政运行（项）公用经费 = 机关运行经费
    g_op = growth(all_u_admin, opex_prev)
    a10 = "2024年度本部门机关运行经费支出%s万元，比上年的%s万元下降%s%%" % (f(all_u_admin), f(opex_prev), abs(g_op))
    p("%s，主要原因是压减办公费和差旅费。机关运行经费仅统计行政单位（区教育局机关）使用一般公共预算财政拨款安排的公用经费，"
      "所属8所学校为事业单位，其公用经费不在机关运行经费中反映，因此机关运行经费与表2“行政运行”（项）的公用经费一致，"
      "远小于本部门公用经费总额%s万元。" % (a10, f(all_u)))
    L.growth("机关运行经费", str(abs(g_op)), f(all_u_admin), f(opex_prev), "下降", [a10])
    L.same("机关运行经费 = 2050101 公用经费", f(all_u_admin), f(items[0][3]), [a10])
    L.leq("机关运行经费 <= 公用经费", f(all_u_admin), f(all_u), [a10])

    h("十一、政府采购支出情况说明")
    buy_tot = sum(v for _, v in buy)
    sh_buy = [pct(v, buy_tot) for _, v in buy]
    a11 = "2024年度本部门政府采购支出总额%s万元，其中：" % f(buy_tot) + "，".join(
        "%s采购%s万元，占%s%%" % (n_[:-1], f(v), s) for (n_, v), s in zip(buy, sh_buy))
    s_sme = pct(sme, buy_tot)
    s_micro_sme = pct(micro, sme)
    a11b = "授予中小企业合同金额%s万元，占政府采购支出总额的%s%%" % (f(sme), s_sme)
    a11c = "其中授予小微企业合同金额%s万元，占授予中小企业合同金额的%s%%" % (f(micro), s_micro_sme)
    p("%s。%s，%s。货物类采购主要为中小学教学仪器设备、课桌椅和信息化设备；工程类为校舍维修改造；服务类为物业管理、校园安保和"
      "学生体检服务。" % (a11, a11b, a11c))
    L.sum("采购 合计", f(buy_tot), [f(v) for _, v in buy], [a11])
    for (n_, v), s in zip(buy, sh_buy):
        L.ratio("采购 %s 占比" % n_, str(s), f(v), f(buy_tot), [a11])
    L.fact("buy_share_sum", L.shares100("采购占比", [str(s) for s in sh_buy], [a11]))
    L.ratio("中小企业", str(s_sme), f(sme), f(buy_tot), [a11b, a11])
    L.ratio("小微 on 中小企业", str(s_micro_sme), f(micro), f(sme), [a11c, a11b])
    L.leq("小微 <= 中小", f(micro), f(sme), [a11c, a11b])

    h("十二、国有资产占用情况说明")
    cars_all = cars_gov + cars_other
    a12 = "截至2024年12月31日，本部门共有车辆%d辆，其中一般公务用车%d辆、特种专业技术用车%d辆、其他用车%d辆" % (
        cars_all, cars_general, cars_special, cars_other)
    a12b = "单价50万元（含）以上通用设备%d台（套），单价100万元（含）以上专用设备%d台（套）" % (dev50, dev100)
    p("%s（其他用车为学校后勤保障用车，运行费用由学校事业收入列支，不纳入“三公”经费统计）；%s，主要为学校录播教室系统、"
      "理化生实验室成套设备和特殊教育康复训练设备。2024年度本部门未新购置车辆。" % (a12, a12b))
    L.sum("车辆合计", str(cars_all), [str(cars_general), str(cars_special), str(cars_other)], [a12])
    L.sum("车辆 = 公务用车保有量 + 其他用车", str(cars_all), [str(cars_gov), str(cars_other)], [a12, a7cn])

    h("十三、预算绩效管理情况说明")
    s_key = pct(key_amt, gen_proj)
    a13 = "本部门对2024年度一般公共预算财政拨款安排的%d个项目全部开展了绩效自评，涉及资金%s万元，占一般公共预算财政拨款项目支出的100.00%%" % (
        proj_cnt, f(gen_proj))
    a13b = "组织对义务教育学校公用经费保障等%d个重点项目开展了绩效评价，涉及资金%s万元，占一般公共预算财政拨款项目支出的%s%%" % (
        key_cnt, f(key_amt), s_key)
    a13c = "本部门2024年度部门整体支出绩效自评得分%s分，等级为“优”" % dept_score
    p("%s；另对政府性基金预算安排的城北中学扩建项目单独开展了自评。%s。%s。从自评情况看，各项目总体完成年度绩效目标，但仍存在"
      "个别项目绩效目标设置不够细化、部分项目支出进度偏慢等问题，下一步将加强绩效目标审核和执行监控，强化评价结果与预算安排挂钩。"
      % (a13, a13b, a13c))
    L.lin("一般公共预算 项目支出", f(gen_proj), [(1, f(gen_exp)), (-1, f(gen_basic))], [a13, a5, a6])
    L.lin("项目支出口径", f(gen_proj), [(1, f(all_x)), (-1, f(gf_exp)), (-1, f(nf_exp))], [a13, a3, a8, a5s])
    L.ratio("重点评价 占比", str(s_key), f(key_amt), f(gen_proj), [a13b, a13])
    L.leq("重点评价 <= 项目支出", f(key_amt), f(gen_proj), [a13b, a13])

    B.append(("pb", "P"))
    B.append(("part", "第四部分　名词解释"))
    for t in ["1．财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
              "2．事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入，本部门主要为公办幼儿园保育教育费和普通高中学费、住宿费。",
              "3．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
              "4．年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
              "5．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
              "6．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"]:
        p(t)
    B.append(("sign", "锦嵘市澄溪区教育局"))
    B.append(("sign", "2025年9月12日"))
    L.date_after("落款", "2025年9月12日", 2025, 9, 12)

    L.fact("exp_total", f(exp_total))
    L.fact("grand_total", f(grand))
    L.fact("gen_exp", f(gen_exp))
    return B, L, {}


# ------------------------------------------------------------------ render
FOOTER_RE = r"—\s*\d+\s*—"


def render(blocks, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, Spacer,
                                    NextPageTemplate, PageBreak)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    FN = "STSong-Light"
    body = ParagraphStyle("body", fontName=FN, fontSize=11, leading=19, wordWrap="CJK", firstLineIndent=22,
                          alignment=TA_LEFT, spaceAfter=3)
    styles = {
        "title": ParagraphStyle("title", fontName=FN, fontSize=24, leading=40, alignment=TA_CENTER, spaceBefore=60),
        "center": ParagraphStyle("center", fontName=FN, fontSize=13, leading=24, alignment=TA_CENTER, spaceBefore=12),
        "toc": ParagraphStyle("toc", fontName=FN, fontSize=12, leading=26, leftIndent=60),
        "part": ParagraphStyle("part", fontName=FN, fontSize=15, leading=26, alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=FN, fontSize=12.5, leading=22, spaceBefore=6, firstLineIndent=22),
        "h2": ParagraphStyle("h2", fontName=FN, fontSize=11.5, leading=20, firstLineIndent=22),
        "caption": ParagraphStyle("cap", fontName=FN, fontSize=12.5, leading=22, alignment=TA_CENTER),
        "note": ParagraphStyle("note", fontName=FN, fontSize=9, leading=14, wordWrap="CJK", spaceBefore=4),
        "sign": ParagraphStyle("sign", fontName=FN, fontSize=11, leading=20, alignment=TA_RIGHT, rightIndent=20),
        "p": body,
    }
    unit_st = ParagraphStyle("unit", fontName=FN, fontSize=9, leading=14, alignment=TA_RIGHT)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FN, 9)
        w, h = canvas._pagesize
        canvas.drawCentredString(w / 2, 28, "— %d —" % doc.page)
        canvas.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(path, pagesize=A4, title="锦嵘市澄溪区教育局2024年度部门决算", author="锦嵘市澄溪区教育局",
                          creator="jh-h18", subject="部门决算")
    doc.addPageTemplates([
        PageTemplate(id="P", pagesize=A4, frames=[Frame(64, 60, pw - 128, ph - 124, id="fp")], onPage=footer),
        PageTemplate(id="L", pagesize=landscape(A4), frames=[Frame(40, 50, lw - 80, lh - 96, id="fl")], onPage=footer),
    ])
    story = []
    for blk in blocks:
        kind, val = blk
        if kind == "pb":
            story.append(NextPageTemplate(val))
            story.append(PageBreak())
        elif kind == "table":
            rows = val["rows"]
            fs = val.get("fs", 9)
            if val.get("unit"):
                story.append(Paragraph(val["unit"], unit_st))
            cell = ParagraphStyle("cell", fontName=FN, fontSize=fs, leading=fs + 3, wordWrap="CJK")
            data = []
            for i, r in enumerate(rows):
                out = []
                for j, c in enumerate(r):
                    if j in val.get("align_num", []) and i >= val.get("header", 1):
                        out.append(c)
                    else:
                        out.append(Paragraph(c, cell) if c else "")
                data.append(out)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), FN, fs),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("BACKGROUND", (0, 0), (-1, val.get("header", 1) - 1), "#EDEDED")]
            for j in val.get("align_num", []):
                ts.append(("ALIGN", (j, val.get("header", 1)), (j, -1), "RIGHT"))
            for a, b in val.get("spans", []):
                ts.append(("SPAN", a, b))
            story.append(Table(data, colWidths=val["widths"], style=ts, repeatRows=val.get("header", 1)))
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(val, styles[kind]))
    doc.build(story)


def visible(path):
    return pdf_text(path)


def main():
    blocks, L, _ = build()
    path = os.path.join(OUT, NAME + ".pdf")
    render(blocks, path)
    raw = pdf_text(path)
    match = pdf_match_text(path, FOOTER_RE)
    with open(path, "rb") as fh:
        data = fh.read()
    import re
    n_pages = raw.count("\x0c")
    L.fact("pages", n_pages)
    L.cond("has landscape page", b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data, "")
    L.cond("has portrait pages", b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data, "")
    L.cond("footer on every page", len(re.findall(FOOTER_RE, raw)) == n_pages, "%d pages" % n_pages)
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTLine, LTRect, LTCurve
    n_lines = sum(1 for pg in extract_pages(path) for o in pg if isinstance(o, (LTLine, LTRect, LTCurve)))
    L.cond("ruled tables (line objects drawn)", n_lines >= 60, "%d line objects" % n_lines)
    # numbers of relations are looked up in the newline-free text (a cell never spans lines)
    L.fact("match_text_len", len(match))
    import common
    n = common.han_count(raw)
    L.fact("han_chars", n)
    L.cond("Han count within 2500-5000", 2500 <= n <= 5000, str(n))
    L.verify_visible(match, "pdf")
    ok = L.write(os.path.join(OUT, NAME + ".ledger.json"))
    print("%-66s checks=%4d han=%5d ok=%s" % (NAME + ".ledger.json", len(L.checks), n, ok))
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
