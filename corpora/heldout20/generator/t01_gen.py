"""t01 -- 江西省峤源县栎坪镇人民政府 2024年度部门决算 (.docx).

Style: official 部门决算公开 with tables whose 科目编码 is split into 类 / 款 / 项 columns; the
类 code cell is vertically merged (w:vMerge restart/continue) over the 类's 款 and 项 rows and
the 款 code cell over its 项 rows; the header also uses vMerge and gridSpan; 合计 rows come
first.  Tables: 表1 收入支出决算总表 (收入 | 支出 side by side), 表2 支出决算表 (功能分类),
表3 一般公共预算财政拨款基本支出决算表 (经济分类, 类/款 vMerge), 表4 “三公”经费支出决算表.
"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Book, N, ROOT, close, docx_core, docx_fix_zip, docx_rows, read_docx, r, rise, share,  # noqa
                    w, wi)

NAME = "t01_liping_town_final_accounts_2024"
OUT = os.path.join(ROOT, NAME + ".docx")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")

# ---------------------------------------------------------------- base inputs (万元)
# (类, 类名, [(款, 款名, [(项, 项名, 基本, 项目)])])
FUNC = [
    ("201", "一般公共服务支出", [
        ("01", "人大事务", [("08", "代表工作", "0", "6.80")]),
        ("03", "政府办公厅（室）及相关机构事务", [
            ("01", "行政运行", "428.36", "0"),
            ("02", "一般行政管理事务", "0", "36.52"),
            ("50", "事业运行", "88.14", "0")]),
        ("32", "组织事务", [("99", "其他组织事务支出", "0", "9.60")]),
    ]),
    ("207", "文化旅游体育与传媒支出", [
        ("01", "文化和旅游", [("09", "群众文化", "0", "12.40")]),
    ]),
    ("208", "社会保障和就业支出", [
        ("05", "行政事业单位养老支出", [
            ("05", "机关事业单位基本养老保险缴费支出", "62.18", "0"),
            ("06", "机关事业单位职业年金缴费支出", "24.87", "0")]),
        ("10", "社会福利", [("02", "老年福利", "0", "18.36")]),
    ]),
    ("210", "卫生健康支出", [
        ("11", "行政事业单位医疗", [
            ("01", "行政单位医疗", "21.64", "0"),
            ("02", "事业单位医疗", "9.23", "0")]),
    ]),
    ("211", "节能环保支出", [
        ("03", "污染防治", [("02", "水体", "0", "45.00")]),
    ]),
    ("212", "城乡社区支出", [
        ("01", "城乡社区管理事务", [("99", "其他城乡社区管理事务支出", "0", "27.50")]),
        ("05", "城乡社区环境卫生", [("01", "城乡社区环境卫生", "0", "96.30")]),
        ("08", "国有土地使用权出让收入安排的支出", [("04", "农村基础设施建设支出", "0", "80.00")]),
    ]),
    ("213", "农林水支出", [
        ("01", "农业农村", [
            ("04", "事业运行", "116.52", "0"),
            ("99", "其他农业农村支出", "0", "22.60")]),
        ("03", "水利", [("14", "防汛", "0", "15.80")]),
        ("05", "巩固拓展脱贫攻坚成果衔接乡村振兴", [("99", "其他巩固拓展脱贫攻坚成果衔接乡村振兴支出", "0", "35.00")]),
        ("07", "农村综合改革", [
            ("01", "对村级公益事业建设的补助", "0", "60.00"),
            ("05", "对村民委员会和村党支部的补助", "0", "148.20")]),
    ]),
    ("221", "住房保障支出", [
        ("02", "住房改革支出", [("01", "住房公积金", "38.46", "0")]),
    ]),
]
FUND_ITEM = "2120804"          # financed by 政府性基金
OTHER_ITEM = "2130199"         # partly financed by 其他收入
FUND_INCOME = D("80.00")
OTHER_INCOME = D("12.60")
OPEN_BAL = D("26.40")          # 年初结转和结余 (all 一般公共预算财政拨款)
CLOSE_BAL = D("18.75")         # 年末结转和结余

# economic classification of 基本支出: (类, 类名, [(款, 款名, amount or None=balancing)])
ECON = [
    ("301", "工资福利支出", [
        ("01", "基本工资", "168.52"), ("02", "津贴补贴", "126.38"), ("03", "奖金", "14.05"),
        ("07", "绩效工资", "98.64"), ("08", "机关事业单位基本养老保险缴费", "62.18"),
        ("09", "职业年金缴费", "24.87"), ("10", "职工基本医疗保险缴费", "30.87"),
        ("12", "其他社会保障缴费", "3.96"), ("13", "住房公积金", "38.46"), ("99", "其他工资福利支出", "22.30")]),
    ("302", "商品和服务支出", [
        ("01", "办公费", "18.64"), ("05", "水费", "2.10"), ("06", "电费", "9.85"), ("07", "邮电费", "3.20"),
        ("11", "差旅费", "6.72"), ("13", "维修（护）费", "8.40"), ("15", "会议费", "1.36"), ("16", "培训费", "2.44"),
        ("17", "公务接待费", "2.86"), ("28", "工会经费", "7.16"), ("29", "福利费", "4.50"),
        ("31", "公务用车运行维护费", "5.42"), ("39", "其他交通费用", "21.60"), ("99", "其他商品和服务支出", None)]),
    ("303", "对个人和家庭的补助", [("02", "退休费", "4.20"), ("05", "生活补助", "16.80")]),
]

# 三公 (万元): budget, actual, last year
SG = {"出国": ("0", "0", "0"), "购置": ("0", "0", "0"), "运行": ("6.00", "5.42", "6.18"), "接待": ("3.50", "2.86", "3.16")}
JD_BATCH, JD_PERSON, CARS = 31, 248, 2

PREV = {"total": "1,356.72", "gp_exp": "1,268.54", "fin_total": "1,339.06", "jgyx": "85.16"}
JGYX = "78.36"                 # 机关运行经费 2024
BUDGET_GP = "1,180.00"        # 一般公共预算财政拨款支出 年初预算
ITEM_BUDGET = {"2010301": "402.60", "2120501": "80.00", "2130705": "148.20", "2110302": "0", "2130104": "120.00"}
GP = ("32.16", "78.40", "28.00")   # 政府采购 货物 工程 服务
GP_SME, GP_SMALL = "126.40", "104.80"
STAFF = {"xz_bz": 36, "sy_bz": 28, "xz_sy": 33, "sy_sy": 25, "retired": 12}

T = D("0.01")


def build():
    B = Book(NAME + ".docx")
    blocks = []

    def h(text, lvl=1):
        blocks.append({"t": "h", "text": text, "lvl": lvl})

    def p(text):
        blocks.append({"t": "p", "text": text})

    # ---------------- table 2 rows and totals
    rows2 = []          # dicts: lvl (0 合计, 1 类, 2 款, 3 项), codes, name, tot, jb, xm
    lei_tot = []
    item_amt = {}
    for lei, lname, kuans in FUNC:
        k_rows = []
        for kuan, kname, xiangs in kuans:
            x_rows = []
            for xiang, xname, jb, xm in xiangs:
                jb, xm = D(jb), D(xm)
                x_rows.append({"lvl": 3, "code": (lei, kuan, xiang), "name": xname, "jb": jb, "xm": xm, "tot": jb + xm})
                item_amt[lei + kuan + xiang] = jb + xm
            k = {"lvl": 2, "code": (lei, kuan, ""), "name": kname, "jb": sum(x["jb"] for x in x_rows),
                 "xm": sum(x["xm"] for x in x_rows)}
            k["tot"] = k["jb"] + k["xm"]
            k_rows.append((k, x_rows))
        l = {"lvl": 1, "code": (lei, "", ""), "name": lname, "jb": sum(k["jb"] for k, _ in k_rows),
             "xm": sum(k["xm"] for k, _ in k_rows)}
        l["tot"] = l["jb"] + l["xm"]
        lei_tot.append(l)
        rows2.append(l)
        for k, xs in k_rows:
            rows2.append(k)
            rows2.extend(xs)
    tot_jb = sum(l["jb"] for l in lei_tot)
    tot_xm = sum(l["xm"] for l in lei_tot)
    tot = tot_jb + tot_xm
    rows2.insert(0, {"lvl": 0, "code": ("", "", ""), "name": "合计", "jb": tot_jb, "xm": tot_xm, "tot": tot})

    # ---------------- income side
    gp_exp = tot - FUND_INCOME - OTHER_INCOME                 # 一般公共预算财政拨款支出
    gp_inc = gp_exp + CLOSE_BAL - OPEN_BAL                    # 一般公共预算财政拨款收入
    inc_year = gp_inc + FUND_INCOME + OTHER_INCOME
    grand = inc_year + OPEN_BAL
    assert grand == tot + CLOSE_BAL
    fin_total = gp_inc + FUND_INCOME + OPEN_BAL               # 财政拨款收入支出总计 (收入侧)

    # ---------------- economic table
    rows3 = []
    e_groups = []
    fixed = sum(D(a) for _, _, ks in ECON for _, _, a in ks if a is not None)
    bal = tot_jb - fixed
    assert bal > 0
    for lei, lname, ks in ECON:
        items = [{"lvl": 2, "code": (lei, k), "name": kn, "amt": (D(a) if a is not None else bal)} for k, kn, a in ks]
        g = {"lvl": 1, "code": (lei, ""), "name": lname, "amt": sum(i["amt"] for i in items)}
        e_groups.append((g, items))
        rows3.append(g)
        rows3.extend(items)
    e_tot = sum(g["amt"] for g, _ in e_groups)
    assert e_tot == tot_jb
    rows3.insert(0, {"lvl": 0, "code": ("", ""), "name": "合计", "amt": e_tot})
    ry = e_groups[0][0]["amt"] + e_groups[2][0]["amt"]       # 人员经费 = 301 + 303
    gy = e_groups[1][0]["amt"]                              # 公用经费 = 302

    # ---------------- 三公
    sg_b = {k: D(v[0]) for k, v in SG.items()}
    sg_a = {k: D(v[1]) for k, v in SG.items()}
    sg_p = {k: D(v[2]) for k, v in SG.items()}
    car_b, car_a, car_p = sg_b["购置"] + sg_b["运行"], sg_a["购置"] + sg_a["运行"], sg_p["购置"] + sg_p["运行"]
    sgt_b = sg_b["出国"] + car_b + sg_b["接待"]
    sgt_a = sg_a["出国"] + car_a + sg_a["接待"]
    sgt_p = sg_p["出国"] + car_p + sg_p["接待"]

    gp_total = sum(D(x) for x in GP)

    # =================================================================== text
    W2 = lambda x: w(x)  # noqa
    blocks.append({"t": "title", "text": "峤源县栎坪镇人民政府2024年度部门决算"})
    blocks.append({"t": "center", "text": "目  录"})
    for s in ["第一部分  栎坪镇人民政府概况", "第二部分  2024年度部门决算表", "第三部分  2024年度部门决算情况说明",
              "第四部分  名词解释"]:
        blocks.append({"t": "toc", "text": s})

    h("第一部分  栎坪镇人民政府概况", 0)
    h("一、主要职能")
    p("栎坪镇人民政府是依法设立的一级基层人民政府，主要职能是：执行本级人民代表大会的决议和上级国家行政"
                          "机关的决定和命令，发布决定和命令；执行本行政区域内的经济和社会发展计划、预算，管理本行政区域内的"
                          "经济、教育、科学、文化、卫生、体育事业和财政、民政、公安、司法行政、计划生育等行政工作；保护社会"
                          "主义的全民所有的财产和劳动群众集体所有的财产，保障公民私人所有的合法财产，维护社会秩序，保障"
                          "公民的人身权利、民主权利和其他权利；抓好乡村振兴、农村人居环境整治、防汛抗旱和安全生产等工作；"
                          "办理上级人民政府交办的其他事项。")
    h("二、部门决算单位构成")
    p("从预算单位构成看，栎坪镇人民政府部门决算包括镇机关本级决算和所属事业单位决算。纳入本部门2024年度部门决算"
      "编制范围的单位共4个，其中行政单位1个，即栎坪镇人民政府机关；财政全额拨款事业单位3个，分别为栎坪镇农业"
      "综合服务中心、栎坪镇社会事务综合服务中心和栎坪镇综治中心。")
    xz_bz, sy_bz, xz_sy, sy_sy = STAFF["xz_bz"], STAFF["sy_bz"], STAFF["xz_sy"], STAFF["sy_sy"]
    p("截至2024年12月31日，本部门核定编制%d名，其中行政编制%d名、事业编制%d名；实有在职人员%d人，其中行政人员"
      "%d人、事业人员%d人；另有离退休人员%d人（由镇财政发放退休费及生活补助的人员）。"
      % (xz_bz + sy_bz, xz_bz, sy_bz, xz_sy + sy_sy, xz_sy, sy_sy, STAFF["retired"]))
    B.total("编制数", str(xz_bz + sy_bz), [str(xz_bz), str(sy_bz)],
            ["核定编制%d名，其中行政编制%d名、事业编制%d名" % (xz_bz + sy_bz, xz_bz, sy_bz)])
    B.total("实有人数", str(xz_sy + sy_sy), [str(xz_sy), str(sy_sy)],
            ["实有在职人员%d人，其中行政人员%d人、事业人员%d人" % (xz_sy + sy_sy, xz_sy, sy_sy)])
    B.leq("行政实有 <= 编制", str(xz_sy), str(xz_bz), ["行政人员%d人" % xz_sy])
    B.leq("事业实有 <= 编制", str(sy_sy), str(sy_bz), ["事业人员%d人" % sy_sy])

    h("第二部分  2024年度部门决算表", 0)
    for s in ["表1  收入支出决算总表", "表2  支出决算表", "表3  一般公共预算财政拨款基本支出决算表",
              "表4  一般公共预算财政拨款“三公”经费支出决算表"]:
        p(s)
    p("注：本部门2024年度无国有资本经营预算财政拨款收入和支出，无上级补助收入、事业收入、经营收入和附属单位上缴"
      "收入，表1中相应栏目填列为0.00。")

    # ---------------- 表1
    inc_rows = [("一、一般公共预算财政拨款收入", gp_inc), ("二、政府性基金预算财政拨款收入", FUND_INCOME),
                ("三、国有资本经营预算财政拨款收入", D(0)), ("四、上级补助收入", D(0)), ("五、事业收入", D(0)),
                ("六、经营收入", D(0)), ("七、附属单位上缴收入", D(0)), ("八、其他收入", OTHER_INCOME)]
    exp_rows = [("%s、%s" % ("一二三四五六七八"[i], l["name"]), l["tot"]) for i, l in enumerate(lei_tot)]
    t1 = []
    for i in range(max(len(inc_rows), len(exp_rows))):
        a = inc_rows[i] if i < len(inc_rows) else ("", None)
        b = exp_rows[i] if i < len(exp_rows) else ("", None)
        t1.append([a[0], "" if a[1] is None else w(a[1]), b[0], "" if b[1] is None else w(b[1])])
    t1.append(["本年收入合计", w(inc_year), "本年支出合计", w(tot)])
    t1.append(["使用非财政拨款结余", "0.00", "结余分配", "0.00"])
    t1.append(["年初结转和结余", w(OPEN_BAL), "年末结转和结余", w(CLOSE_BAL)])
    t1.append(["总计", w(grand), "总计", w(grand)])
    blocks.append({"t": "cap", "text": "表1  收入支出决算总表"})
    blocks.append({"t": "unit", "text": "编制单位：峤源县栎坪镇人民政府                                单位：万元"})
    blocks.append({"t": "t1", "rows": t1})

    # ---------------- 表2
    blocks.append({"t": "cap", "text": "表2  支出决算表"})
    blocks.append({"t": "unit", "text": "编制单位：峤源县栎坪镇人民政府                                单位：万元"})
    t2 = []
    for rw in rows2:
        t2.append({"lvl": rw["lvl"], "code": list(rw["code"]), "name": rw["name"], "tot": w(rw["tot"]),
                   "jb": w(rw["jb"]) if rw["jb"] else "", "xm": w(rw["xm"]) if rw["xm"] else ""})
    blocks.append({"t": "t2", "rows": t2})

    # ---------------- 表3
    blocks.append({"t": "cap", "text": "表3  一般公共预算财政拨款基本支出决算表"})
    blocks.append({"t": "unit", "text": "编制单位：峤源县栎坪镇人民政府                                单位：万元"})
    t3 = [{"lvl": rw["lvl"], "code": list(rw["code"]), "name": rw["name"], "amt": w(rw["amt"])} for rw in rows3]
    blocks.append({"t": "t3", "rows": t3})

    # ---------------- 表4
    def pc(a, b):
        return wpct(a, b)

    def wpct(a, b):
        return "—" if b == 0 else w(share(a, b))
    t4 = [["合计", w(sgt_b), w(sgt_a), wpct(sgt_a, sgt_b), w(sgt_p)],
          ["1.因公出国（境）费", w(sg_b["出国"]), w(sg_a["出国"]), wpct(sg_a["出国"], sg_b["出国"]), w(sg_p["出国"])],
          ["2.公务用车购置及运行维护费", w(car_b), w(car_a), wpct(car_a, car_b), w(car_p)],
          ["（1）公务用车购置费", w(sg_b["购置"]), w(sg_a["购置"]), wpct(sg_a["购置"], sg_b["购置"]), w(sg_p["购置"])],
          ["（2）公务用车运行维护费", w(sg_b["运行"]), w(sg_a["运行"]), wpct(sg_a["运行"], sg_b["运行"]), w(sg_p["运行"])],
          ["3.公务接待费", w(sg_b["接待"]), w(sg_a["接待"]), wpct(sg_a["接待"], sg_b["接待"]), w(sg_p["接待"])]]
    blocks.append({"t": "cap", "text": "表4  一般公共预算财政拨款“三公”经费支出决算表"})
    blocks.append({"t": "unit", "text": "编制单位：峤源县栎坪镇人民政府                                单位：万元"})
    blocks.append({"t": "t4", "rows": t4})

    # =================================================================== 第三部分
    h("第三部分  2024年度部门决算情况说明", 0)
    h("一、收入支出决算总体情况说明")
    g_tot = rise(grand, N(PREV["total"]))
    d_tot = grand - N(PREV["total"])
    p("2024年度收、支总计各%s万元。与上年%s万元相比，收、支总计各增加%s万元，增长%s%%。主要原因：一是2024年镇村"
      "环境卫生整治实行市场化保洁，城乡社区环境卫生支出增加；二是县级下达国有土地使用权出让收入安排的农村基础设施"
      "建设资金；三是落实调资政策，人员经费相应增加。" % (w(grand), PREV["total"], w(d_tot), w(g_tot)))
    B.diff("收支总计比上年", w(d_tot), w(grand), PREV["total"], "增加",
           ["收、支总计各%s万元" % w(grand), "收、支总计各增加%s万元，增长%s%%" % (w(d_tot), w(g_tot))])
    B.growth("收支总计增长率", w(g_tot), w(grand), PREV["total"], "增长", ["增长%s%%" % w(g_tot)])
    B.text("上年总计", "与上年%s万元相比，收、支总计各增加" % PREV["total"])

    h("二、收入决算情况说明")
    s_gp, s_fd, s_ot = share(gp_inc, inc_year), share(FUND_INCOME, inc_year), share(OTHER_INCOME, inc_year)
    p("2024年度本年收入合计%s万元，其中：一般公共预算财政拨款收入%s万元，占%s%%；政府性基金预算财政拨款收入%s万元，"
      "占%s%%；其他收入%s万元，占%s%%，为镇农业综合服务中心收取的农机具场地租金。本年无上级补助收入、事业收入、经营"
      "收入和附属单位上缴收入。此外，年初结转和结余%s万元，全部为一般公共预算财政拨款结转资金。"
      % (w(inc_year), w(gp_inc), w(s_gp), w(FUND_INCOME), w(s_fd), w(OTHER_INCOME), w(s_ot), w(OPEN_BAL)))
    a_inc = "本年收入合计%s万元" % w(inc_year)
    B.total("本年收入合计 (prose)", w(inc_year), [w(gp_inc), w(FUND_INCOME), w(OTHER_INCOME)],
            [a_inc, "一般公共预算财政拨款收入%s万元，占%s%%" % (w(gp_inc), w(s_gp))])
    B.ratio("一般公共预算收入占比", w(s_gp), w(gp_inc), w(inc_year), [a_inc, "占%s%%" % w(s_gp)])
    B.ratio("政府性基金收入占比", w(s_fd), w(FUND_INCOME), w(inc_year), ["政府性基金预算财政拨款收入%s万元，占%s%%" % (w(FUND_INCOME), w(s_fd))])
    B.ratio("其他收入占比", w(s_ot), w(OTHER_INCOME), w(inc_year), ["其他收入%s万元，占%s%%" % (w(OTHER_INCOME), w(s_ot))])
    B.shares("收入结构占比", [w(s_gp), w(s_fd), w(s_ot)], anchors=["占%s%%" % w(s_gp)])
    B.same("年初结转 prose = 表1", w(OPEN_BAL), t1[-2][1], ["年初结转和结余%s万元" % w(OPEN_BAL)])

    h("三、支出决算情况说明")
    s_jb, s_xm = share(tot_jb, tot), share(tot_xm, tot)
    p("2024年度本年支出合计%s万元，其中：基本支出%s万元，占%s%%，主要用于保障机关和所属事业单位正常运转、完成日常"
      "工作任务而发生的人员经费和公用经费；项目支出%s万元，占%s%%，主要用于人大代表工作、群众文化、老年福利、"
      "水体污染防治、城乡社区环境卫生、农村基础设施建设、村级组织运转和村级公益事业建设等。年末结转和结余%s万元，"
      "为尚未完工的村级公益事业建设项目结转资金。"
      % (w(tot), w(tot_jb), w(s_jb), w(tot_xm), w(s_xm), w(CLOSE_BAL)))
    a_exp = "本年支出合计%s万元，其中：基本支出%s万元，占%s%%" % (w(tot), w(tot_jb), w(s_jb))
    B.total("本年支出合计 = 基本 + 项目", w(tot), [w(tot_jb), w(tot_xm)], [a_exp, "项目支出%s万元，占%s%%" % (w(tot_xm), w(s_xm))])
    B.ratio("基本支出占比", w(s_jb), w(tot_jb), w(tot), [a_exp])
    B.ratio("项目支出占比", w(s_xm), w(tot_xm), w(tot), [a_exp, "项目支出%s万元，占%s%%" % (w(tot_xm), w(s_xm))])
    B.shares("支出结构占比", [w(s_jb), w(s_xm)], anchors=[a_exp])
    B.same("年末结转 prose = 表1", w(CLOSE_BAL), t1[-2][3], ["年末结转和结余%s万元" % w(CLOSE_BAL)])

    h("四、财政拨款收入支出决算总体情况说明")
    g_fin = rise(fin_total, N(PREV["fin_total"]))
    d_fin = fin_total - N(PREV["fin_total"])
    fin_exp = gp_exp + FUND_INCOME
    p("2024年度财政拨款收入支出总计%s万元。收入包括一般公共预算财政拨款收入%s万元、政府性基金预算财政拨款收入%s万元"
      "和年初财政拨款结转和结余%s万元；支出包括一般公共预算财政拨款支出%s万元、政府性基金预算财政拨款支出%s万元和"
      "年末财政拨款结转和结余%s万元。与上年%s万元相比，财政拨款收入支出总计增加%s万元，增长%s%%，主要是政府性基金"
      "预算财政拨款增加。"
      % (w(fin_total), w(gp_inc), w(FUND_INCOME), w(OPEN_BAL), w(gp_exp), w(FUND_INCOME), w(CLOSE_BAL), PREV["fin_total"],
         w(d_fin), w(g_fin)))
    a_fin = "2024年度财政拨款收入支出总计%s万元" % w(fin_total)
    B.total("财政拨款收入总计", w(fin_total), [w(gp_inc), w(FUND_INCOME), w(OPEN_BAL)],
            [a_fin, "收入包括一般公共预算财政拨款收入%s万元、政府性基金预算财政拨款收入%s万元" % (w(gp_inc), w(FUND_INCOME))])
    B.total("财政拨款支出总计", w(fin_total), [w(gp_exp), w(FUND_INCOME), w(CLOSE_BAL)],
            [a_fin, "支出包括一般公共预算财政拨款支出%s万元" % w(gp_exp), "年末财政拨款结转和结余%s万元" % w(CLOSE_BAL)])
    B.diff("财政拨款总计比上年", w(d_fin), w(fin_total), PREV["fin_total"], "增加",
           [a_fin, "财政拨款收入支出总计增加%s万元，增长%s%%" % (w(d_fin), w(g_fin))])
    B.growth("财政拨款总计增长", w(g_fin), w(fin_total), PREV["fin_total"], "增长", ["增长%s%%，主要是政府性基金" % w(g_fin), a_fin])
    B.text("上年财政拨款总计", "与上年%s万元相比，财政拨款收入支出总计增加" % PREV["fin_total"])

    h("五、一般公共预算财政拨款支出决算情况说明")
    h("（一）一般公共预算财政拨款支出决算总体情况", 2)
    s_gp_exp = share(gp_exp, tot)
    d_gpe = gp_exp - N(PREV["gp_exp"])
    g_gpe = rise(gp_exp, N(PREV["gp_exp"]))
    p("2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%。与上年%s万元相比，一般公共预算财政拨款支出"
      "增加%s万元，增长%s%%，主要原因是落实调资政策以及城乡社区环境卫生支出增加。"
      % (w(gp_exp), w(s_gp_exp), PREV["gp_exp"], w(d_gpe), w(g_gpe)))
    a_gpe = "2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%" % (w(gp_exp), w(s_gp_exp))
    B.ratio("一般公共预算支出占本年支出", w(s_gp_exp), w(gp_exp), w(tot), [a_gpe])
    B.lin("一般公共预算支出 = 本年支出 - 基金支出 - 其他收入支出", w(gp_exp),
          [(1, w(tot)), (-1, w(FUND_INCOME)), (-1, w(OTHER_INCOME))], [a_gpe])
    B.diff("一般公共预算支出比上年", w(d_gpe), w(gp_exp), PREV["gp_exp"], "增加",
           ["与上年%s万元相比，一般公共预算财政拨款支出增加%s万元，增长%s%%" % (PREV["gp_exp"], w(d_gpe), w(g_gpe))])
    B.growth("一般公共预算支出增长", w(g_gpe), w(gp_exp), PREV["gp_exp"], "增长", ["增加%s万元，增长%s%%" % (w(d_gpe), w(g_gpe))])
    B.lin("一般公共预算收入 = 支出 + 年末结转 - 年初结转", w(gp_inc),
          [(1, w(gp_exp)), (1, w(CLOSE_BAL)), (-1, w(OPEN_BAL))], ["一般公共预算财政拨款收入%s万元" % w(gp_inc)])

    h("（二）一般公共预算财政拨款支出决算结构情况", 2)
    parts = []
    gp_by_lei = []
    for l in lei_tot:
        amt = l["tot"]
        if l["code"][0] == "212":
            amt -= FUND_INCOME
        if l["code"][0] == "213":
            amt -= OTHER_INCOME
        gp_by_lei.append((l, amt))
    sh = [(l, amt, share(amt, gp_exp)) for l, amt in gp_by_lei]
    txt = "2024年度一般公共预算财政拨款支出%s万元，按支出功能分类，" % w(gp_exp)
    txt += "；".join("%s%s万元，占%s%%" % (l["name"], w(a), w(s)) for l, a, s in sh) + "。"
    txt += ("其中城乡社区支出不含政府性基金预算安排的农村基础设施建设支出%s万元，农林水支出不含以其他收入安排的%s万元。"
            % (w(FUND_INCOME), w(OTHER_INCOME)))
    p(txt)
    B.total("一般公共预算支出按类", w(gp_exp), [w(a) for _, a, _ in sh],
            ["2024年度一般公共预算财政拨款支出%s万元，按支出功能分类" % w(gp_exp)])
    for l, a, s in sh:
        B.ratio("类占比 %s" % l["name"], w(s), w(a), w(gp_exp), ["%s%s万元，占%s%%" % (l["name"], w(a), w(s))])
        adj = (FUND_INCOME if l["code"][0] == "212" else OTHER_INCOME if l["code"][0] == "213" else D(0))
        B.lin("一般公共预算 %s = 表2类 - 非一般公共预算" % l["name"], w(a), [(1, w(l["tot"])), (-1, w(adj))],
              ["%s%s万元，占%s%%" % (l["name"], w(a), w(s))])
    tot_sh = sum(s for _, _, s in sh)
    B.shares("类占比合计（尾差0.01以内）", [w(s) for _, _, s in sh], tol="0.01",
             anchors=["%s%s万元，占%s%%" % (sh[0][0]["name"], w(sh[0][1]), w(sh[0][2]))])
    B.fact("功能类占比之和", str(tot_sh))

    h("（三）一般公共预算财政拨款支出决算具体情况", 2)
    bud_gp = N(BUDGET_GP)
    c_gp = share(gp_exp, bud_gp)
    p("2024年度一般公共预算财政拨款支出年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。决算数大于年初预算数的"
      "主要原因是年中追加了人员调资、环境卫生整治和水体污染防治等支出。其中主要项目情况如下："
      % (BUDGET_GP, w(gp_exp), w(c_gp)))
    B.ratio("完成年初预算", w(c_gp), w(gp_exp), BUDGET_GP,
            ["年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%" % (BUDGET_GP, w(gp_exp), w(c_gp))])
    det = [
        ("2010301", "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）",
         "决算数大于预算数的主要原因是落实机关工作人员调资政策，人员经费增加。"),
        ("2130104", "农林水支出（类）农业农村（款）事业运行（项）",
         "决算数小于预算数的主要原因是农业综合服务中心有2名人员退休，人员经费减少。"),
        ("2120501", "城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）",
         "决算数大于预算数的主要原因是全镇12个行政村实行环境卫生市场化保洁，年中追加保洁经费。"),
        ("2130705", "农林水支出（类）农村综合改革（款）对村民委员会和村党支部的补助（项）",
         "决算数与预算数持平。该项目用于保障12个行政村村干部报酬、村级组织办公经费和服务群众专项经费。"),
        ("2110302", "节能环保支出（类）污染防治（款）水体（项）",
         "年初未安排预算，年中根据县级下达的栎溪河小流域水环境综合整治资金安排支出。"),
    ]
    for i, (code, label, why) in enumerate(det, 1):
        bud = N(ITEM_BUDGET[code])
        act = item_amt[code]
        if bud == 0:
            s = "%d.%s。年初预算为0.00万元，支出决算为%s万元。%s" % (i, label, w(act), why)
            p(s)
            B.same("%s 决算 = 表2" % code, w(act), w(act), ["支出决算为%s万元。年初未安排预算" % w(act)])
        else:
            c = share(act, bud)
            s = "%d.%s。年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。%s" % (i, label, w(bud), w(act), w(c), why)
            p(s)
            B.ratio("%s 完成年初预算" % code, w(c), w(act), w(bud),
                    ["年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。%s" % (w(bud), w(act), w(c), why[:6])])
            word = "大于" if act > bud else "小于" if act < bud else "持平"
            B.cond("%s 决算与预算比较用词" % code, word in why, "%s vs %s: %s" % (w(act), w(bud), word))

    h("六、一般公共预算财政拨款基本支出决算情况说明")
    p("2024年度一般公共预算财政拨款基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
      "机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利"
      "支出、退休费和生活补助；公用经费%s万元，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、"
      "培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用和其他商品和服务支出。"
      % (w(e_tot), w(ry), w(gy)))
    a_jb = "一般公共预算财政拨款基本支出%s万元，其中：人员经费%s万元" % (w(e_tot), w(ry))
    B.total("基本支出 = 人员经费 + 公用经费", w(e_tot), [w(ry), w(gy)], [a_jb, "公用经费%s万元" % w(gy)])
    B.total("人员经费 = 301 + 303", w(ry), [w(e_groups[0][0]["amt"]), w(e_groups[2][0]["amt"])], [a_jb])
    B.same("公用经费 = 302", w(gy), w(e_groups[1][0]["amt"]), ["公用经费%s万元" % w(gy)])
    B.same("基本支出 (表3) = 表2 基本支出合计", w(e_tot), w(tot_jb), [a_jb])
    per = r(gy * 10000 / (xz_sy + sy_sy), 0)
    p("按实有在职人员%d人计算，2024年人均公用经费%s元。" % (xz_sy + sy_sy, wi(per)))
    B.quot("人均公用经费（元）", wi(per), w(gy), str(xz_sy + sy_sy), 10000,
           ["按实有在职人员%d人计算，2024年人均公用经费%s元" % (xz_sy + sy_sy, wi(per))])

    h("七、一般公共预算财政拨款“三公”经费支出决算情况说明")
    c_sg = share(sgt_a, sgt_b)
    d_sg = sgt_a - sgt_p
    g_sg = rise(sgt_a, sgt_p)
    p("2024年度“三公”经费财政拨款支出预算为%s万元，支出决算为%s万元，完成预算的%s%%。与上年相比，“三公”经费支出"
      "减少%s万元，下降%s%%。决算数小于预算数的主要原因是严格落实中央八项规定精神和过“紧日子”要求，压减公务接待"
      "和公务用车运行支出。其中：" % (w(sgt_b), w(sgt_a), w(c_sg), w(abs(d_sg)), w(abs(g_sg))))
    a_sg = "“三公”经费财政拨款支出预算为%s万元，支出决算为%s万元，完成预算的%s%%" % (w(sgt_b), w(sgt_a), w(c_sg))
    B.ratio("三公完成预算", w(c_sg), w(sgt_a), w(sgt_b), [a_sg])
    B.same("三公决算 prose = 表4", w(sgt_a), t4[0][2], [a_sg, ("rows", "合计\n%s\n%s\n%s\n%s" % tuple(t4[0][1:]))])
    B.diff("三公比上年", w(abs(d_sg)), w(sgt_a), w(sgt_p), "减少", ["“三公”经费支出减少%s万元" % w(abs(d_sg))])
    B.growth("三公降幅", w(abs(g_sg)), w(sgt_a), w(sgt_p), "下降", ["减少%s万元，下降%s%%" % (w(abs(d_sg)), w(abs(g_sg)))])
    p("（一）因公出国（境）费。2024年度因公出国（境）费预算为0.00万元，支出决算为0.00万元，与上年持平。本部门2024年"
      "未安排因公出国（境）团组。")
    c_car = share(car_a, car_b)
    d_car = car_a - car_p
    g_car = rise(car_a, car_p)
    p("（二）公务用车购置及运行维护费。2024年度公务用车购置及运行维护费预算为%s万元，支出决算为%s万元，完成预算的"
      "%s%%，比上年减少%s万元，下降%s%%。其中：公务用车购置费0.00万元，本年未购置公务用车；公务用车运行维护费%s万元，"
      "主要用于%d辆一般公务用车的燃料费、维修费、过路过桥费和保险费等。截至2024年12月31日，本部门开支财政拨款的"
      "公务用车保有量为%d辆。" % (w(car_b), w(car_a), w(c_car), w(abs(d_car)), w(abs(g_car)), w(sg_a["运行"]), CARS, CARS))
    a_car = "公务用车购置及运行维护费预算为%s万元，支出决算为%s万元，完成预算的%s%%" % (w(car_b), w(car_a), w(c_car))
    B.ratio("公务用车完成预算", w(c_car), w(car_a), w(car_b), [a_car])
    B.diff("公务用车比上年", w(abs(d_car)), w(car_a), w(car_p), "减少", ["%s%%，比上年减少%s万元，下降%s%%" % (w(c_car), w(abs(d_car)), w(abs(g_car)))])
    B.growth("公务用车降幅", w(abs(g_car)), w(car_a), w(car_p), "下降", ["下降%s%%。其中：公务用车购置费" % w(abs(g_car))])
    B.total("公务用车 = 购置 + 运行", w(car_a), ["0.00", w(sg_a["运行"])],
            [a_car, "公务用车购置费0.00万元", "公务用车运行维护费%s万元" % w(sg_a["运行"])])
    B.same("运行维护费 = 30231", w(sg_a["运行"]), "5.42", ["公务用车运行维护费%s万元" % w(sg_a["运行"])])
    c_jd = share(sg_a["接待"], sg_b["接待"])
    d_jd = sg_a["接待"] - sg_p["接待"]
    g_jd = rise(sg_a["接待"], sg_p["接待"])
    p("（三）公务接待费。2024年度公务接待费预算为%s万元，支出决算为%s万元，完成预算的%s%%，比上年减少%s万元，下降%s%%。"
      "主要用于接待上级部门检查指导、兄弟乡镇考察交流乡村振兴和人居环境整治工作等发生的国内公务接待支出，"
      "共接待%d批次、%d人次（含陪同人员），无外事接待。"
      % (w(sg_b["接待"]), w(sg_a["接待"]), w(c_jd), w(abs(d_jd)), w(abs(g_jd)), JD_BATCH, JD_PERSON))
    a_jd = "公务接待费预算为%s万元，支出决算为%s万元，完成预算的%s%%" % (w(sg_b["接待"]), w(sg_a["接待"]), w(c_jd))
    B.ratio("公务接待完成预算", w(c_jd), w(sg_a["接待"]), w(sg_b["接待"]), [a_jd])
    B.diff("公务接待比上年", w(abs(d_jd)), w(sg_a["接待"]), w(sg_p["接待"]), "减少",
           ["%s%%，比上年减少%s万元，下降%s%%。主要用于" % (w(c_jd), w(abs(d_jd)), w(abs(g_jd)))])
    B.growth("公务接待降幅", w(abs(g_jd)), w(sg_a["接待"]), w(sg_p["接待"]), "下降",
             ["下降%s%%。主要用于" % w(abs(g_jd))])
    B.same("公务接待费 = 30217", w(sg_a["接待"]), "2.86", [a_jd])
    B.total("三公 = 出国 + 车 + 接待", w(sgt_a), ["0.00", w(car_a), w(sg_a["接待"])], [a_sg, a_car, a_jd])
    B.leq("接待批次 <= 人次", str(JD_BATCH), str(JD_PERSON), ["共接待%d批次、%d人次" % (JD_BATCH, JD_PERSON)])

    h("八、政府性基金预算财政拨款收入支出决算情况说明")
    p("2024年度政府性基金预算财政拨款收入%s万元，为县级下达的国有土地使用权出让收入安排的农村基础设施建设资金；"
      "政府性基金预算财政拨款支出%s万元，全部用于栎坪至上洲村组道路提质改造工程，年初、年末均无结转和结余。"
      % (w(FUND_INCOME), w(FUND_INCOME)))
    B.same("基金支出 = 表2 2120804", w(FUND_INCOME), w(item_amt[FUND_ITEM]),
           ["政府性基金预算财政拨款支出%s万元，全部用于" % w(FUND_INCOME)])
    h("九、国有资本经营预算财政拨款支出决算情况说明")
    p("本部门2024年度无国有资本经营预算财政拨款收入和支出。")

    h("十、机关运行经费支出说明")
    jg_p = N(PREV["jgyx"])
    d_jg = N(JGYX) - jg_p
    g_jg = rise(N(JGYX), jg_p)
    p("2024年度本部门机关运行经费支出%s万元，比上年%s万元下降%s%%，减少%s万元。主要原因是压减办公费、会议费和公务"
      "接待费等一般性支出。机关运行经费为镇机关行政单位的公用经费，所属3个事业单位的公用经费未计入。"
      % (JGYX, PREV["jgyx"], w(abs(g_jg)), w(abs(d_jg))))
    a_jg = "机关运行经费支出%s万元，比上年%s万元下降%s%%" % (JGYX, PREV["jgyx"], w(abs(g_jg)))
    B.growth("机关运行经费降幅", w(abs(g_jg)), JGYX, PREV["jgyx"], "下降", [a_jg])
    B.diff("机关运行经费减少额", w(abs(d_jg)), JGYX, PREV["jgyx"], "减少", ["%s%%，减少%s万元" % (w(abs(g_jg)), w(abs(d_jg)))])
    B.leq("机关运行经费 <= 公用经费", JGYX, w(gy), [a_jg, "公用经费%s万元" % w(gy)])

    h("十一、政府采购支出说明")
    s_sme = share(N(GP_SME), gp_total)
    s_sm = share(N(GP_SMALL), gp_total)
    p("2024年度本部门政府采购支出总额%s万元，其中：政府采购货物支出%s万元、政府采购工程支出%s万元、政府采购服务支出"
      "%s万元。授予中小企业合同金额%s万元，占政府采购支出总额的%s%%，其中：授予小微企业合同金额%s万元，占政府采购支出"
      "总额的%s%%。" % (w(gp_total), GP[0], GP[1], GP[2], GP_SME, w(s_sme), GP_SMALL, w(s_sm)))
    a_gp = "政府采购支出总额%s万元" % w(gp_total)
    B.total("政府采购总额", w(gp_total), list(GP),
            [a_gp, "政府采购货物支出%s万元、政府采购工程支出%s万元、政府采购服务支出%s万元" % GP])
    B.ratio("中小企业占比", w(s_sme), GP_SME, w(gp_total), [a_gp, "授予中小企业合同金额%s万元，占政府采购支出总额的%s%%" % (GP_SME, w(s_sme))])
    B.ratio("小微企业占比", w(s_sm), GP_SMALL, w(gp_total), [a_gp, "授予小微企业合同金额%s万元，占政府采购支出总额的%s%%" % (GP_SMALL, w(s_sm))])
    B.leq("小微 <= 中小", GP_SMALL, GP_SME, ["授予小微企业合同金额%s万元" % GP_SMALL])

    h("十二、国有资产占用情况说明")
    p("截至2024年12月31日，本部门共有车辆%d辆，均为一般公务用车，无执法执勤用车和特种专业技术用车；单价50万元"
      "（含）以上通用设备0台（套），单价100万元（含）以上专用设备0台（套）。" % CARS)
    B.text("车辆数与公务用车保有量一致", "本部门共有车辆%d辆，均为一般公务用车" % CARS, "公务用车保有量为%d辆" % CARS)

    h("十三、预算绩效管理情况说明")
    n_proj = 14
    gp_proj = tot_xm - FUND_INCOME
    p("根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目%d个，资金%s万元，"
      "占一般公共预算及其他资金安排的项目支出的100%%；政府性基金预算安排的农村基础设施建设项目（%s万元）纳入县财政局"
      "重点绩效评价范围，评价结果为“优”。从自评情况看，各项目基本完成年初设定的绩效目标，村级组织运转保障、"
      "农村人居环境整治等项目群众满意度较高；个别项目存在预算执行进度前慢后快、绩效目标设置不够细化等问题，下一步"
      "将加强预算执行监控，提高绩效目标编制质量。" % (n_proj - 1, w(gp_proj), w(FUND_INCOME)))
    B.lin("绩效自评资金 = 项目支出 - 基金项目", w(gp_proj), [(1, w(tot_xm)), (-1, w(FUND_INCOME))],
          ["共涉及项目%d个，资金%s万元" % (n_proj - 1, w(gp_proj)), "项目支出%s万元" % w(tot_xm)])

    h("第四部分  名词解释", 0)
    for s in [
        "1.财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
        "2.其他收入：指单位取得的除上述收入以外的各项收入，主要是场地租金等收入。",
        "3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "4.年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关"
        "规定继续使用的资金。",
        "5.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "6.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "7.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "8.机关运行经费：指为保障行政单位运行用于购买货物和服务等的各项公用经费。"]:
        p(s)
    blocks.append({"t": "sign", "text": "峤源县栎坪镇人民政府"})
    blocks.append({"t": "sign", "text": "2025年8月28日"})
    B.date_after("决算公开日期晚于2024年度终了", "2025年8月28日", (2025, 8, 28), (2024, 12, 31))

    # =================================================================== table checks (row anchors, view "rows")
    def rowa(cells):
        return ("rows", "\n".join(cells))

    # 表1
    B.total("表1 本年收入合计", t1[-4][1], [rw[1] for rw in t1[:len(inc_rows)]],
            [rowa(t1[-4]), rowa(t1[0]), rowa(t1[1]), rowa(t1[7])])
    B.total("表1 本年支出合计", t1[-4][3], [rw[3] for rw in t1[:len(exp_rows)]], [rowa(t1[-4])] + [rowa(rw) for rw in t1[:len(exp_rows)]])
    B.total("表1 收入总计", t1[-1][1], [t1[-4][1], t1[-3][1], t1[-2][1]], [rowa(t1[-1]), rowa(t1[-3]), rowa(t1[-2])])
    B.total("表1 支出总计", t1[-1][3], [t1[-4][3], t1[-3][3], t1[-2][3]], [rowa(t1[-1]), rowa(t1[-3]), rowa(t1[-2])])
    B.same("表1 收入总计 = 支出总计", t1[-1][1], t1[-1][3], [rowa(t1[-1])])
    B.same("表1 本年收入合计 = prose", t1[-4][1], w(inc_year), [a_inc])
    B.same("表1 本年支出合计 = 表2 合计", t1[-4][3], t2[0]["tot"], [rowa(t1[-4])])
    for i, l in enumerate(lei_tot):
        B.same("表1 %s = 表2 类行" % l["name"], t1[i][3], w(l["tot"]), [rowa(t1[i])])
    B.same("表1 总计 = prose 收支总计", t1[-1][1], w(grand), ["收、支总计各%s万元" % w(grand)])

    # 表2: rows as rendered (non-continuation cells)
    def r2cells(rw):
        return render_cells_t2(rw)
    idx = 0
    tops = {}
    for i, rw in enumerate(t2):
        B.total("表2 行 %s %s 合计 = 基本 + 项目" % ("".join(rw["code"]), rw["name"]), rw["tot"],
                [rw["jb"] or "0", rw["xm"] or "0"], [rowa(r2cells(rw))])
    # hierarchy
    cur_lei, cur_kuan = None, None
    lei_children, kuan_children = {}, {}
    order_lei, order_kuan = [], []
    for i, rw in enumerate(t2):
        if rw["lvl"] == 1:
            cur_lei = i
            lei_children[i] = []
            order_lei.append(i)
        elif rw["lvl"] == 2:
            cur_kuan = i
            kuan_children[i] = []
            lei_children[cur_lei].append(i)
        elif rw["lvl"] == 3:
            kuan_children[cur_kuan].append(i)
    for col in ("tot", "jb", "xm"):
        cn = {"tot": "本年支出合计", "jb": "基本支出", "xm": "项目支出"}[col]
        for k, ch in kuan_children.items():
            B.total("表2 款 %s %s = Σ项 (%s)" % ("".join(t2[k]["code"]), t2[k]["name"], cn), t2[k][col] or "0",
                    [t2[c][col] or "0" for c in ch], [rowa(r2cells(t2[k]))] + [rowa(r2cells(t2[c])) for c in ch])
        for l, ch in lei_children.items():
            B.total("表2 类 %s %s = Σ款 (%s)" % (t2[l]["code"][0], t2[l]["name"], cn), t2[l][col] or "0",
                    [t2[c][col] or "0" for c in ch], [rowa(r2cells(t2[l]))] + [rowa(r2cells(t2[c])) for c in ch])
        B.total("表2 合计 = Σ类 (%s)" % cn, t2[0][col], [t2[c][col] or "0" for c in order_lei],
                [rowa(r2cells(t2[0]))] + [rowa(r2cells(t2[c])) for c in order_lei])
    B.same("表2 基本支出合计 = 表3 合计", t2[0]["jb"], t3[0]["amt"], [rowa(r2cells(t2[0])), rowa(r3cells(t3[0]))])

    # 表3
    g_idx = [i for i, rw in enumerate(t3) if rw["lvl"] == 1]
    for n, gi in enumerate(g_idx):
        end = g_idx[n + 1] if n + 1 < len(g_idx) else len(t3)
        ch = list(range(gi + 1, end))
        B.total("表3 %s %s = Σ款" % (t3[gi]["code"][0], t3[gi]["name"]), t3[gi]["amt"], [t3[c]["amt"] for c in ch],
                [rowa(r3cells(t3[gi]))] + [rowa(r3cells(t3[c])) for c in ch])
    B.total("表3 合计 = Σ类", t3[0]["amt"], [t3[g]["amt"] for g in g_idx], [rowa(r3cells(t3[0]))] + [rowa(r3cells(t3[g])) for g in g_idx])
    econ_map = {"".join(rw["code"]): rw["amt"] for rw in t3 if rw["lvl"] == 2}
    func_map = {"".join(rw["code"]): rw["tot"] for rw in t2 if rw["lvl"] == 3}
    for e, fs in (("30108", ["2080505"]), ("30109", ["2080506"]), ("30110", ["2101101", "2101102"]), ("30113", ["2210201"])):
        B.total("表3 %s = 表2 %s" % (e, "+".join(fs)), econ_map[e], [func_map[f] for f in fs],
                [rowa(r3cells([rw for rw in t3 if "".join(rw["code"]) == e][0]))])
    B.same("表3 30217 = 表4 公务接待费", econ_map["30217"], t4[5][2], [rowa(t4[5])])
    B.same("表3 30231 = 表4 运行维护费", econ_map["30231"], t4[4][2], [rowa(t4[4])])

    # 表4
    for col in (1, 2, 4):
        B.total("表4 合计 col%d" % col, t4[0][col], [t4[1][col], t4[2][col], t4[5][col]], [rowa(t4[0]), rowa(t4[1]), rowa(t4[2]), rowa(t4[5])])
        B.total("表4 公务用车 col%d" % col, t4[2][col], [t4[3][col], t4[4][col]], [rowa(t4[2]), rowa(t4[3]), rowa(t4[4])])
    for rw in t4:
        if rw[3] != "—":
            B.ratio("表4 %s 决算数为预算数%%" % rw[0], rw[3], rw[2], rw[1], [rowa(rw)])
        else:
            B.cond("表4 %s 预算为0时百分比栏为—" % rw[0], N(rw[1]) == 0, rw[1], anchors=[rowa(rw)])

    B.fact("一般公共预算财政拨款收入", w(gp_inc))
    B.fact("本年支出合计", w(tot))
    B.fact("基本支出", w(tot_jb))
    B.fact("项目支出", w(tot_xm))
    B.fact("30299 balancing", w(bal))
    B.fact("table2_rows", len(t2))
    B.fact("report_date", "2025-08-28")
    return {"blocks": blocks}, B


def render_cells_t2(rw):
    """cells of a 表2 row as read (vMerge continuation cells skipped)"""
    lvl = rw["lvl"]
    if lvl == 0:
        return ["合计", rw["tot"], rw["jb"], rw["xm"]]
    if lvl == 1:
        return [rw["code"][0], "", "", rw["name"], rw["tot"], rw["jb"], rw["xm"]]
    if lvl == 2:
        return [rw["code"][1], "", rw["name"], rw["tot"], rw["jb"], rw["xm"]]
    return [rw["code"][2], rw["name"], rw["tot"], rw["jb"], rw["xm"]]


def r3cells(rw):
    if rw["lvl"] == 0:
        return ["合计", rw["amt"]]
    if rw["lvl"] == 1:
        return [rw["code"][0], "", rw["name"], rw["amt"]]
    return [rw["code"][1], rw["name"], rw["amt"]]


# =================================================================== rendering
def render(model, path):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = docx.Document()
    docx_core(doc, "峤源县栎坪镇人民政府2024年度部门决算", "栎坪镇人民政府")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def run_font(run, name, size, bold=False):
        run.font.name = name
        run.font.size = Pt(size)
        run.bold = bold
        run._element.rPr.rFonts.set(qn("w:eastAsia"), name)

    def para(text, font="仿宋_GB2312", size=14, bold=False, align=None, indent=True):
        pp = doc.add_paragraph()
        if align is not None:
            pp.alignment = align
        if indent:
            pp.paragraph_format.first_line_indent = Pt(size * 2)
        pp.paragraph_format.line_spacing = Pt(28)
        run_font(pp.add_run(text), font, size, bold)
        return pp

    def set_cell(cell, text, size=10.5, bold=False, align=None):
        cell.text = ""
        pp = cell.paragraphs[0]
        if align is not None:
            pp.alignment = align
        run_font(pp.add_run(text), "宋体", size, bold)

    def vmerge(cell, restart):
        tcPr = cell._tc.get_or_add_tcPr()
        vm = OxmlElement("w:vMerge")
        if restart:
            vm.set(qn("w:val"), "restart")
        tcPr.append(vm)

    def borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement("w:" + e)
            x.set(qn("w:val"), "single")
            x.set(qn("w:sz"), "4")
            x.set(qn("w:space"), "0")
            x.set(qn("w:color"), "000000")
            b.append(x)
        tblPr.append(b)

    def widths(tb, cms):
        tb.autofit = False
        for j, cm in enumerate(cms):
            tb.columns[j].width = Cm(cm)
        for row in tb.rows:
            for tc in row._tr.tc_lst:
                span = tc.grid_span
                # width of a (possibly spanned) cell = sum of its grid columns
                tcPr = tc.get_or_add_tcPr()
                idx = row._tr.tc_lst.index(tc)
                col0 = sum(t.grid_span for t in row._tr.tc_lst[:idx])
                wdt = sum(cms[col0:col0 + span])
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(wdt * 567)))
                tcW.set(qn("w:type"), "dxa")

    R = WD_ALIGN_PARAGRAPH.RIGHT
    C = WD_ALIGN_PARAGRAPH.CENTER
    for b in model["blocks"]:
        t = b["t"]
        if t == "title":
            para(b["text"], "方正小标宋简体", 22, align=C, indent=False)
        elif t == "center":
            para(b["text"], "黑体", 16, align=C, indent=False)
        elif t == "toc":
            para(b["text"], "仿宋_GB2312", 14, indent=True)
        elif t == "h":
            if b["lvl"] == 0:
                para(b["text"], "黑体", 16, align=C, indent=False)
            elif b["lvl"] == 1:
                para(b["text"], "黑体", 14)
            else:
                para(b["text"], "楷体_GB2312", 14)
        elif t == "p":
            para(b["text"])
        elif t == "cap":
            para(b["text"], "黑体", 12, align=C, indent=False)
        elif t == "unit":
            para(b["text"], "宋体", 10.5, indent=False)
        elif t == "sign":
            para(b["text"], align=R, indent=False)
        elif t == "t1":
            rows = b["rows"]
            tb = doc.add_table(rows=2 + len(rows), cols=4)
            borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            a = tb.cell(0, 0).merge(tb.cell(0, 1))
            set_cell(a, "收入", bold=True, align=C)
            a = tb.cell(0, 2).merge(tb.cell(0, 3))
            set_cell(a, "支出", bold=True, align=C)
            for j, s in enumerate(["项目", "决算数", "项目", "决算数"]):
                set_cell(tb.cell(1, j), s, bold=True, align=C)
            for i, rw in enumerate(rows):
                for j, s in enumerate(rw):
                    set_cell(tb.cell(2 + i, j), s, align=(R if j in (1, 3) else None))
            widths(tb, [5.4, 2.6, 5.2, 2.6])
        elif t == "t2":
            rows = b["rows"]
            tb = doc.add_table(rows=2 + len(rows), cols=7)
            borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            # header: 科目编码 spans 类款项; 科目名称 / 本年支出合计 / 基本支出 / 项目支出 vMerged over 2 rows
            set_cell(tb.cell(1, 0), "类", bold=True, align=C)
            set_cell(tb.cell(1, 1), "款", bold=True, align=C)
            set_cell(tb.cell(1, 2), "项", bold=True, align=C)
            for j, s in ((3, "科目名称"), (4, "本年支出合计"), (5, "基本支出"), (6, "项目支出")):
                set_cell(tb.cell(0, j), s, bold=True, align=C)
                vmerge(tb.cell(0, j), True)
                vmerge(tb.cell(1, j), False)
            hc = tb.cell(0, 0).merge(tb.cell(0, 2))
            set_cell(hc, "科目编码", bold=True, align=C)
            pending = []
            for i, rw in enumerate(rows):
                ri = 2 + i
                lvl = rw["lvl"]
                for j, col in ((4, "tot"), (5, "jb"), (6, "xm")):
                    set_cell(tb.cell(ri, j), rw[col], align=R)
                if lvl == 0:
                    pending.append(ri)
                    set_cell(tb.cell(ri, 0), "合计", bold=True, align=C)
                    continue
                if lvl == 1:
                    set_cell(tb.cell(ri, 0), rw["code"][0], align=C)
                    vmerge(tb.cell(ri, 0), True)
                    set_cell(tb.cell(ri, 3), rw["name"])
                else:
                    vmerge(tb.cell(ri, 0), False)
                if lvl == 2:
                    set_cell(tb.cell(ri, 1), rw["code"][1], align=C)
                    nxt = rows[i + 1]["lvl"] if i + 1 < len(rows) else 0
                    if nxt == 3:
                        vmerge(tb.cell(ri, 1), True)
                    set_cell(tb.cell(ri, 3), rw["name"])
                elif lvl == 3:
                    vmerge(tb.cell(ri, 1), False)
                    set_cell(tb.cell(ri, 2), rw["code"][2], align=C)
                    set_cell(tb.cell(ri, 3), rw["name"])
            for ri in pending:
                m = tb.cell(ri, 0).merge(tb.cell(ri, 3))
                set_cell(m, "合计", bold=True, align=C)
            widths(tb, [1.1, 1.0, 1.0, 6.3, 2.3, 2.2, 2.2])
        elif t == "t3":
            rows = b["rows"]
            tb = doc.add_table(rows=2 + len(rows), cols=4)
            borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            set_cell(tb.cell(1, 0), "类", bold=True, align=C)
            set_cell(tb.cell(1, 1), "款", bold=True, align=C)
            for j, s in ((2, "科目名称"), (3, "决算数")):
                set_cell(tb.cell(0, j), s, bold=True, align=C)
                vmerge(tb.cell(0, j), True)
                vmerge(tb.cell(1, j), False)
            hc = tb.cell(0, 0).merge(tb.cell(0, 1))
            set_cell(hc, "科目编码", bold=True, align=C)
            tot_row = None
            for i, rw in enumerate(rows):
                ri = 2 + i
                set_cell(tb.cell(ri, 3), rw["amt"], align=R)
                if rw["lvl"] == 0:
                    tot_row = ri
                elif rw["lvl"] == 1:
                    set_cell(tb.cell(ri, 0), rw["code"][0], align=C)
                    vmerge(tb.cell(ri, 0), True)
                    set_cell(tb.cell(ri, 2), rw["name"])
                else:
                    vmerge(tb.cell(ri, 0), False)
                    set_cell(tb.cell(ri, 1), rw["code"][1], align=C)
                    set_cell(tb.cell(ri, 2), rw["name"])
            m = tb.cell(tot_row, 0).merge(tb.cell(tot_row, 2))
            set_cell(m, "合计", bold=True, align=C)
            widths(tb, [1.4, 1.4, 7.6, 3.2])
        elif t == "t4":
            rows = b["rows"]
            tb = doc.add_table(rows=1 + len(rows), cols=5)
            borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, s in enumerate(["项目", "预算数", "决算数", "决算数为预算数%", "上年决算数"]):
                set_cell(tb.cell(0, j), s, bold=True, align=C)
            for i, rw in enumerate(rows):
                for j, s in enumerate(rw):
                    set_cell(tb.cell(1 + i, j), s, align=(R if j else None))
            widths(tb, [5.6, 2.0, 2.0, 2.4, 2.0])
        else:
            raise ValueError(t)
    doc.save(path)
    docx_fix_zip(path)


def visible(path):
    return read_docx(path)


def row_view(path):
    return "\n\n".join("\n".join(c) for c in docx_rows(path))


def main():
    model, B = build()
    render(model, OUT)
    text = visible(OUT)
    # structural checks on the file itself
    import zipfile
    xml = zipfile.ZipFile(OUT).read("word/document.xml").decode("utf-8")
    n_restart = xml.count('<w:vMerge w:val="restart"/>')
    n_cont = xml.count("<w:vMerge/>")
    B.fact("vMerge_restart", n_restart)
    B.fact("vMerge_continue", n_cont)
    B.cond("vMerge restart cells >= 20", n_restart >= 20, str(n_restart))
    B.cond("vMerge continuation cells >= 40", n_cont >= 40, str(n_cont))
    B.cond("gridSpan used (科目编码 / 合计)", xml.count("<w:gridSpan") >= 4, str(xml.count("<w:gridSpan")))
    close(B, {"text": text, "rows": row_view(OUT)}, LEDGER, text)


if __name__ == "__main__":
    main()
