# -*- coding: utf-8 -*-
"""t03 斝山县文学艺术界联合会 2025年度部门决算说明 (txt, space-aligned tables)"""
from lib53 import Doc, Ledger, D, q

NAME = "t03_jiashan_county_federation_of_literary_and_art_circles_final_accounts_explanation_2025.txt"
FY = 2025

DEPTS = ["办公室", "组织联络部", "创作研究部"]
ASSOCS = ["作家协会", "书法家协会", "美术家协会", "摄影家协会", "音乐家协会", "舞蹈家协会", "戏剧曲艺家协会", "民间文艺家协会"]
STAFF_QUOTA, STAFF_ACT, RETIRED = 12, 11, 5
FIN_IN = D("268.45")
OTHER_IN = D("6.20")          # fully spent on the 惠民演出 project
OPEN_BAL = D("12.36")         # all 财政拨款结转
PRIOR_IN = D("251.30")
PRIOR_OUT = D("258.90")
PRIOR_FIN_OUT = D("249.84")
# basic function lines (code, name, budget, actual)  -- 行政运行 actual is derived from 基本支出
BASIC = D("196.82")
PERSONNEL = D("171.35")
F_OTHER_BASIC = [("2080505", "机关事业单位基本养老保险缴费", D("14.60"), D("14.60")),
                 ("2101101", "行政单位医疗", D("6.90"), D("6.92")),
                 ("2210201", "住房公积金", D("4.40"), D("4.38"))]
RUN_BUDGET = D("168.20")
F_PROJ = [("2012902", "一般行政管理事务", D("45.00"), D("43.12")),
          ("2012999", "其他群众团体事务", D("30.00"), D("29.38"))]
PROJECTS = [("文艺创作扶持", D("29.38")), ("文艺志愿服务", D("18.40"))]   # third = 惠民演出 = remainder
PRIOR_RUNCOST = D("27.90")
SG_BUDGET = (D("0"), D("1.70"), D("1.50"))   # 出国, 用车, 接待
SG_ACT = (D("0"), D("1.30"), D("0.86"))
SG_PRIOR = D("2.48")
RECEPT_BATCH, RECEPT_PERSONS = 14, 142
GP_GOODS, GP_SERV = D("6.40"), D("12.20")
ASSET_CUR, ASSET_FIX = D("48.15"), D("88.27")


def build():
    doc = Doc(NAME, "txt", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t
    run_act = BASIC - sum(x[3] for x in F_OTHER_BASIC)
    fun = [("2012901", "行政运行", RUN_BUDGET, run_act)] + F_OTHER_BASIC[:0] + F_PROJ + F_OTHER_BASIC
    fin_proj = sum(x[3] for x in F_PROJ)
    proj = fin_proj + OTHER_IN
    fin_out = BASIC + fin_proj
    inc = FIN_IN + OTHER_IN
    in_total = inc + OPEN_BAL
    out = BASIC + proj
    close = in_total - out
    public = BASIC - PERSONNEL
    fun_budget = sum(x[2] for x in fun)
    fun_rate = q(fin_out / fun_budget * 100)
    third = proj - sum(x[1] for x in PROJECTS)
    sg_b, sg_a = sum(SG_BUDGET), sum(SG_ACT)

    doc.title_("斝山县文学艺术界联合会2025年度部门决算说明")
    doc.sub(t("docno", "斝文联〔2026〕9号"))
    doc.h("第一部分　部门概况")
    doc.p("斝山县文学艺术界联合会（以下简称县文联）是县委领导的人民团体，为一级预算单位，无下属预算单位。"
          "机关内设%s个部门，即%s。年末编制%s名，实有在职人员%s名，另有退休人员%s名。"
          % (i("ndept", len(DEPTS)), "、".join(DEPTS),
             i("quota", STAFF_QUOTA), i("staff", STAFF_ACT), i("ret", RETIRED)))
    L.add("内设部门数=所列部门", "count", n="ndept", items=DEPTS)
    L.add("实有在职不超过编制", "le", a="staff", b="quota")
    doc.h("第二部分　决算情况说明")
    doc.p("一、收入支出决算总体情况。2025年度收入总计%s万元，支出总计%s万元。本年收入%s万元，较上年的%s万元增长%s%%（增加%s万元），"
          "其中财政拨款收入%s万元、其他收入%s万元；本年支出%s万元，上年为%s万元，增长%s%%（增加%s万元）。"
          "年末结转和结余%s万元，均为财政拨款结转。"
          % (n("intot", in_total), n("outtot", in_total), n("inc", inc), n("pin", PRIOR_IN), n("inc_r", q((inc - PRIOR_IN) / PRIOR_IN * 100)),
             n("inc_g", inc - PRIOR_IN), n("fin_in", FIN_IN), n("oth_in", OTHER_IN), n("out", out), n("pout", PRIOR_OUT),
             n("out_r", q((out - PRIOR_OUT) / PRIOR_OUT * 100)), n("out_g", out - PRIOR_OUT), n("close", close)))
    # prior-year figures are in a trailing sentence
    L.add("收入总计=支出总计", "same", keys=["intot", "outtot"])
    L.add("本年收入=财政拨款收入+其他收入", "lin", terms=[(1, "fin_in"), (1, "oth_in")], r="inc")
    L.add("本年收入较上年增长", "growth", prior="pin", cur="inc", amt="inc_g", rate="inc_r", dir="c:增长")
    L.add("本年支出较上年增长", "growth", prior="pout", cur="out", amt="out_g", rate="out_r", dir="c:增长")
    rows = [["财政拨款收入", n("T1_fin", FIN_IN), "基本支出", n("T1_basic", BASIC)],
            ["其他收入", n("T1_oth", OTHER_IN), "项目支出", n("T1_proj", proj)],
            ["本年收入合计", n("T1_inc", inc), "本年支出合计", n("T1_out", out)],
            ["年初结转和结余", n("T1_open", OPEN_BAL), "年末结转和结余", n("T1_close", close)],
            ["收入总计", n("T1_intot", in_total), "支出总计", n("T1_outtot", in_total)]]
    doc.table("表一　收入支出决算总表", "单位：万元", ["收入项目", "决算数", "支出项目", "决算数"], rows)
    L.add("表一 本年收入合计=财政拨款+其他", "lin", terms=[(1, "T1_fin"), (1, "T1_oth")], r="T1_inc")
    L.add("表一 收入总计=本年收入+年初结转", "lin", terms=[(1, "T1_inc"), (1, "T1_open")], r="T1_intot")
    L.add("表一 本年支出合计=基本+项目", "lin", terms=[(1, "T1_basic"), (1, "T1_proj")], r="T1_out")
    L.add("表一 支出总计=本年支出+年末结转", "lin", terms=[(1, "T1_out"), (1, "T1_close")], r="T1_outtot")
    L.add("表一 年末结转=年初结转+本年收入-本年支出", "lin", terms=[(1, "T1_open"), (1, "T1_inc"), (-1, "T1_out")], r="T1_close")
    L.add("表一 收入总计=正文", "same", keys=["T1_intot", "intot"])
    L.add("表一 本年收入=正文", "same", keys=["T1_inc", "inc"])
    L.add("表一 本年支出=正文", "same", keys=["T1_out", "out"])
    L.add("表一 年末结转=正文", "same", keys=["T1_close", "close"])
    doc.p("二、支出结构。基本支出%s万元，占本年支出的%s%%，其中人员经费%s万元、公用经费%s万元；项目支出%s万元，占%s%%。"
          "项目支出涉及项目3个，即文艺创作扶持、文艺志愿服务和“文艺下乡”惠民演出，分别支出%s万元、%s万元和%s万元，"
          "其中惠民演出使用其他收入%s万元。"
          % (n("basic", BASIC), n("basic_sh", q(BASIC / out * 100)), n("pers", PERSONNEL), n("pub", public),
             n("proj", proj), n("proj_sh", q(proj / out * 100)), n("p1", PROJECTS[0][1]), n("p2", PROJECTS[1][1]),
             n("p3", third), n("p3_oth", OTHER_IN)))
    L.add("基本支出=人员经费+公用经费", "lin", terms=[(1, "pers"), (1, "pub")], r="basic")
    L.add("基本支出占比", "ratio", num="basic", den="out", r="basic_sh")
    L.add("项目支出占比", "ratio", num="proj", den="out", r="proj_sh")
    L.add("三个项目支出之和=项目支出", "lin", terms=[(1, "p1"), (1, "p2"), (1, "p3")], r="proj")
    L.add("正文基本支出=表一", "same", keys=["basic", "T1_basic"])
    L.add("正文项目支出=表一", "same", keys=["proj", "T1_proj"])
    doc.p("三、财政拨款支出决算情况。2025年度财政拨款支出%s万元，占本年支出的%s%%，与2024年度的%s万元相比，增加%s万元，"
          "增长%s%%，主要是新增文艺志愿服务项目。年初预算%s万元，完成年初预算的%s%%。"
          % (n("fin_out", fin_out), n("fin_sh", q(fin_out / out * 100)), n("pfin", PRIOR_FIN_OUT),
             n("fin_g", fin_out - PRIOR_FIN_OUT), n("fin_r", q((fin_out - PRIOR_FIN_OUT) / PRIOR_FIN_OUT * 100)),
             n("fun_b", fun_budget), n("fun_rate", fun_rate)))
    L.add("财政拨款支出占本年支出比重", "ratio", num="fin_out", den="out", r="fin_sh")
    L.add("财政拨款支出较上年增长", "growth", prior="pfin", cur="fin_out", amt="fin_g", rate="fin_r", dir="c:增加")
    L.add("财政拨款支出完成年初预算", "ratio", num="fin_out", den="fun_b", r="fun_rate")
    L.add("财政拨款支出+其他收入安排的支出=本年支出", "lin", terms=[(1, "fin_out"), (1, "p3_oth")], r="out")
    frows = []
    for k, (code, nm, b, a) in enumerate(fun, 1):
        frows.append([code, nm, n("fb%d" % k, b), n("fa%d" % k, a), n("fr%d" % k, q(a / b * 100))])
    frows.append(["", "合计", n("fbT", fun_budget), n("faT", fin_out), n("frT", fun_rate)])
    doc.table("表二　财政拨款支出决算（按功能分类）", "单位：万元、%",
              ["科目编码", "科目名称", "年初预算", "决算数", "完成预算"], frows)
    nf = len(fun)
    for k in range(1, nf + 1):
        L.add("表二 第%d行 完成预算" % k, "ratio", num="fa%d" % k, den="fb%d" % k, r="fr%d" % k)
    L.add("表二 年初预算合计", "lin", terms=[(1, "fb%d" % k) for k in range(1, nf + 1)], r="fbT")
    L.add("表二 决算数合计", "lin", terms=[(1, "fa%d" % k) for k in range(1, nf + 1)], r="faT")
    L.add("表二 合计完成预算", "ratio", num="faT", den="fbT", r="frT")
    L.add("表二 合计=正文财政拨款支出", "same", keys=["faT", "fin_out"])
    L.add("表二 基本支出科目(行政运行+社保+医疗+公积金)=基本支出", "lin",
          terms=[(1, "fa1"), (1, "fa4"), (1, "fa5"), (1, "fa6")], r="basic")
    L.add("表二 其他群众团体事务=文艺创作扶持", "same", keys=["fa3", "p1"])
    L.add("表二 一般行政管理事务=志愿服务+惠民演出财政拨款部分", "lin", terms=[(1, "p2"), (1, "p3"), (-1, "p3_oth")], r="fa2")
    L.add("财政拨款支出-财政拨款收入=动用年初结转(年初-年末)", "lin", terms=[(1, "fin_out"), (-1, "fin_in"), (1, "close")], r="T1_open")
    doc.p("四、“三公”经费支出情况。2025年度“三公”经费财政拨款预算%s万元，支出%s万元，完成预算的%s%%，比上年的%s万元减少%s万元，"
          "下降%s%%。其中，因公出国（境）费%s万元；公务用车运行维护费%s万元；公务接待费%s万元，"
          "共接待%s批次、%s人次，批均%s元。"
          % (n("sg_b", sg_b), n("sg_a", sg_a), n("sg_r", q(sg_a / sg_b * 100)), n("sg_prior", SG_PRIOR), n("sg_d", SG_PRIOR - sg_a),
             n("sg_dr", q((SG_PRIOR - sg_a) / SG_PRIOR * 100)), n("sg1", SG_ACT[0]), n("sg2", SG_ACT[1]), n("sg3", SG_ACT[2]),
             i("rb", RECEPT_BATCH), i("rp", RECEPT_PERSONS), n("r_avg", q(SG_ACT[2] * 10000 / RECEPT_BATCH))))
    L.add("三公支出=三项之和", "lin", terms=[(1, "sg1"), (1, "sg2"), (1, "sg3")], r="sg_a")
    L.add("三公完成预算", "ratio", num="sg_a", den="sg_b", r="sg_r")
    L.add("三公较上年减少及降幅", "growth", prior="sg_prior", cur="sg_a", amt="sg_d", rate="sg_dr", dir="c:减少")
    L.add("接待批均=接待费×10000/批次", "ratio", num="sg3", den="rb", r="r_avg", scale=10000)
    doc.p("五、机关运行经费。2025年度机关运行经费（即基本支出中的公用经费）%s万元，较上年的%s万元减少%s万元，下降%s%%。"
          % (n("run", public), n("prun", PRIOR_RUNCOST), n("run_d", PRIOR_RUNCOST - public),
             n("run_r", q((PRIOR_RUNCOST - public) / PRIOR_RUNCOST * 100))))
    L.add("机关运行经费=公用经费", "same", keys=["run", "pub"])
    L.add("机关运行经费较上年减少", "growth", prior="prun", cur="run", amt="run_d", rate="run_r", dir="c:减少")
    doc.p("六、国有资产占用情况。截至2025年12月31日，资产总额%s万元，其中流动资产%s万元、固定资产%s万元。"
          % (n("asset", ASSET_CUR + ASSET_FIX), n("as1", ASSET_CUR), n("as2", ASSET_FIX)))
    L.add("资产总额=流动+固定", "lin", terms=[(1, "as1"), (1, "as2")], r="asset")
    doc.sign(["斝山县文学艺术界联合会", t("date", "2026年8月21日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "斝文联〔2026〕9号")
    doc.meta.update(docno="斝文联〔2026〕9号", date_slot="date", render_kw=dict(style="space"))
    return doc, L
