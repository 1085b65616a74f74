# -*- coding: utf-8 -*-
"""t01 盉川县 2025年度普惠性民办幼儿园奖补资金分配结果公示 (portal html)"""
from lib53 import Doc, Ledger, D, q, F, I

NAME = "t01_hechuan_county_inclusive_private_kindergarten_award_subsidy_allocation_notice_2025.html"
FY = 2025

# ---- base inputs
STD_PUPIL = D(600)            # 元/生·年
STD_GRADE = {"一级": D("8.00"), "二级": D("5.00"), "三级": D("3.00")}   # 万元/所
STD_SEAT = D(2000)            # 元/个
KG = [  # name, grade, pupils, new seats
    ("城东阳光幼儿园", "一级", 312, 30),
    ("启蒙双语幼儿园", "一级", 286, 20),
    ("北街育英幼儿园", "二级", 214, 15),
    ("小太阳幼儿园", "二级", 198, 0),
    ("盉溪镇金苗幼儿园", "二级", 165, 25),
    ("西盉乡童心幼儿园", "三级", 96, 10),
    ("盉南镇蓓蕾幼儿园", "三级", 88, 0),
]
APPLIED = 9
SRC_CENTRAL = D("62.30")
SRC_CITY = D("25.00")        # the county share is the remainder
PRIOR_TOTAL = D("121.30")
COUNTY_PUPILS = 9126
PUBLIC_PUPILS = 6925
PRIOR_RATE = D("88.72")


def build():
    doc = Doc(NAME, "html", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t

    rows = []
    tot_p = tot_s = tot_g = tot_seat = tot_seatamt = tot = D(0)
    grade_cnt = {"一级": 0, "二级": 0, "三级": 0}
    for k, (nm, gr, pu, seat) in enumerate(KG, 1):
        s_amt = q(D(pu) * STD_PUPIL / 10000)
        g_amt = STD_GRADE[gr]
        seat_amt = q(D(seat) * STD_SEAT / 10000)
        row_t = s_amt + g_amt + seat_amt
        grade_cnt[gr] += 1
        tot_p += pu; tot_s += s_amt; tot_g += g_amt; tot_seat += seat; tot_seatamt += seat_amt; tot += row_t
        rows.append([str(k), "盉川县" + nm if not nm.startswith(("盉", "西盉")) else nm, gr,
                     i("r%d_pu" % k, pu), n("r%d_s" % k, s_amt), n("r%d_g" % k, g_amt),
                     i("r%d_seat" % k, seat), n("r%d_sa" % k, seat_amt), n("r%d_t" % k, row_t)])
    rows.append(["合计", "", "", i("T_pu", tot_p), n("T_s", tot_s), n("T_g", tot_g), i("T_seat", tot_seat),
                 n("T_sa", tot_seatamt), n("T_t", tot)])
    src_county = tot - SRC_CENTRAL - SRC_CITY
    sh = [q(x / tot * 100) for x in (SRC_CENTRAL, SRC_CITY, src_county)]
    growth = tot - PRIOR_TOTAL
    grate = q(growth / PRIOR_TOTAL * 100)
    avg_kg = q(tot / len(KG))
    per_pupil = q(tot * 10000 / tot_p)
    incl = PUBLIC_PUPILS + int(tot_p)
    rate = q(D(incl) / COUNTY_PUPILS * 100)
    pp = rate - PRIOR_RATE
    share_pupil = q(tot_s / tot * 100)
    assert sum(sh) == D("100.01"), sum(sh)     # rounding hazard is intended

    doc.title_("盉川县教育局　盉川县财政局关于2025年度普惠性民办幼儿园奖补资金分配结果的公示")
    doc.sub(t("docno", "盉教财〔2026〕3号"))
    doc.p("为巩固学前教育普及普惠成果，根据《盉川县普惠性民办幼儿园认定和奖补管理办法》（盉教财〔2023〕11号），"
          "县教育局会同县财政局对2025年度普惠性民办幼儿园奖补资金进行了核定。现将分配结果公示如下：")
    doc.h("一、认定与核定情况")
    doc.p("2025年度全县共有%s所民办幼儿园提出奖补申请，经材料审核、实地核查和年检结果比对，"
          "%s所符合条件，另有%s所因年检结论为“限期整改”暂缓纳入本年度奖补。符合条件的幼儿园中，一级园%s所、二级园%s所、三级园%s所。"
          % (i("applied", APPLIED), i("ok_kg", len(KG)), i("defer", APPLIED - len(KG)),
             i("g1", grade_cnt["一级"]), i("g2", grade_cnt["二级"]), i("g3", grade_cnt["三级"])))
    L.add("申请数=符合+暂缓", "lin", terms=[(1, "ok_kg"), (1, "defer")], r="applied")
    L.add("一级+二级+三级=符合条件园数", "lin", terms=[(1, "g1"), (1, "g2"), (1, "g3")], r="ok_kg")
    L.add("符合条件园数=分配表所列园数", "count", n="ok_kg", items=[r[1] for r in rows[:-1]])
    doc.h("二、奖补标准")
    doc.p("奖补资金由生均补助、等级奖励和新增学位奖补三部分组成：生均补助按秋季学期在园幼儿每生每年%s元核定；"
          "等级奖励按一级园%s万元、二级园%s万元、三级园%s万元核定；新增普惠学位按每个%s元一次性奖补。"
          % (i("std_pu", STD_PUPIL), n("std_g1", STD_GRADE["一级"]), n("std_g2", STD_GRADE["二级"]),
             n("std_g3", STD_GRADE["三级"]), i("std_seat", STD_SEAT)))
    doc.h("三、分配结果")
    doc.p("本年度核定奖补资金共计%s万元，比2024年度的%s万元多%s万元，增幅%s%%。其中，生均补助%s万元，占奖补总额的%s%%；"
          "等级奖励%s万元；新增学位奖补%s万元，涉及新增学位%s个。7所幼儿园秋季学期在园幼儿合计%s人，"
          "平均每所核定奖补%s万元，折合生均%s元。"
          % (n("tot_p1", tot), n("prior", PRIOR_TOTAL), n("growth", growth), n("grate", grate),
             n("s_p", tot_s), n("share_s", share_pupil), n("g_p", tot_g), n("sa_p", tot_seatamt),
             i("seat_p", tot_seat), i("pu_p", tot_p), n("avg_kg", avg_kg), n("per_pupil", per_pupil)))
    L.add("奖补总额较上年增加额与增幅", "growth", prior="prior", cur="tot_p1", amt="growth", rate="grate", dir="c:增加")
    L.add("生均+等级+学位=奖补总额", "lin", terms=[(1, "s_p"), (1, "g_p"), (1, "sa_p")], r="tot_p1")
    L.add("生均补助占比", "ratio", num="s_p", den="tot_p1", r="share_s")
    L.add("平均每所=总额/7", "ratio", num="tot_p1", den="c:7", r="avg_kg", scale=1)
    L.add("生均奖补=总额×10000/在园幼儿", "ratio", num="tot_p1", den="pu_p", r="per_pupil", scale=10000)
    L.add("正文生均补助=表合计", "same", keys=["s_p", "T_s"])
    L.add("正文新增学位=表合计", "same", keys=["seat_p", "T_seat"])
    L.add("正文在园幼儿=表合计", "same", keys=["pu_p", "T_pu"])
    doc.table("2025年度普惠性民办幼儿园奖补资金分配表", "单位：人、万元、个",
              ["序号", "幼儿园名称", "等级", "在园幼儿", "生均补助", "等级奖励", "新增学位", "学位奖补", "奖补合计"], rows)
    for k, (nm, gr, pu, seat) in enumerate(KG, 1):
        L.add("第%d行 生均补助=在园×600元" % k, "prod", x="r%d_pu" % k, y="std_pu", r="r%d_s" % k, scale=10000)
        L.add("第%d行 学位奖补=学位×2000元" % k, "prod", x="r%d_seat" % k, y="std_seat", r="r%d_sa" % k, scale=10000)
        L.add("第%d行 等级奖励=%s标准" % (k, gr), "same",
              keys=["r%d_g" % k, {"一级": "std_g1", "二级": "std_g2", "三级": "std_g3"}[gr]])
        L.add("第%d行 合计=三项之和" % k, "lin", terms=[(1, "r%d_s" % k), (1, "r%d_g" % k), (1, "r%d_sa" % k)], r="r%d_t" % k)
    for col in ("pu", "s", "g", "seat", "sa", "t"):
        L.add("表合计行 %s 列=各行之和" % col, "lin", terms=[(1, "r%d_%s" % (k, col)) for k in range(1, 8)], r="T_" + col)
    L.add("表合计=正文总额", "same", keys=["T_t", "tot_p1"])
    doc.h("四、资金来源")
    doc.p("奖补资金由中央财政支持学前教育发展资金%s万元、市级补助%s万元和县级配套%s万元构成，"
          "三项分别占%s%%、%s%%和%s%%。"
          % (n("src_c", SRC_CENTRAL), n("src_city", SRC_CITY), n("src_cty", src_county),
             n("sh_c", sh[0]), n("sh_city", sh[1]), n("sh_cty", sh[2])))
    L.add("三项来源之和=奖补总额", "lin", terms=[(1, "src_c"), (1, "src_city"), (1, "src_cty")], r="tot_p1")
    L.add("中央资金占比", "ratio", num="src_c", den="tot_p1", r="sh_c")
    L.add("市级补助占比", "ratio", num="src_city", den="tot_p1", r="sh_city")
    L.add("县级配套占比", "ratio", num="src_cty", den="tot_p1", r="sh_cty")
    doc.h("五、普惠率变化")
    doc.p("截至2025年秋季学期，全县在园幼儿%s人，其中公办园%s人、上述普惠性民办园%s人，普惠性幼儿园在园幼儿合计%s人，"
          "普惠率为%s%%，较2024年（%s%%）上升%s个百分点。"
          % (i("cty_pu", COUNTY_PUPILS), i("pub_pu", PUBLIC_PUPILS), i("pri_pu", tot_p), i("incl", incl),
             n("rate", rate), n("prior_rate", PRIOR_RATE), n("pp", pp)))
    L.add("公办+普惠民办=普惠在园", "lin", terms=[(1, "pub_pu"), (1, "pri_pu")], r="incl")
    L.add("普惠率=普惠在园/全县在园", "ratio", num="incl", den="cty_pu", r="rate")
    L.add("普惠率升幅(百分点)", "pp", prior="prior_rate", cur="rate", delta="pp", dir="c:上升")
    L.add("普惠民办在园=表合计", "same", keys=["pri_pu", "T_pu"])
    doc.h("六、公示要求")
    doc.p("公示期为5个工作日（2026年1月19日至1月23日）。公示期内如有异议，请以书面形式向县教育局计划财务股反映，"
          "联系电话：%s。公示无异议后，资金于2026年3月底前拨付至各幼儿园基本账户，专项用于改善办园条件、"
          "补充玩教具和提高教职工待遇，不得用于偿还债务或发放奖金。" % t("phone", "0736-5190427"))
    doc.sign(["盉川县教育局　　盉川县财政局", t("date", "2026年1月16日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "盉教财〔2026〕3号")
    L.anchor("电话", "0736-5190427")
    doc.meta.update(docno="盉教财〔2026〕3号", date_slot="date",
                    render_kw=dict(site="盉川县人民政府门户网站",
                                   nav=["首页", "政务公开", "政策文件", "财政资金", "互动交流"],
                                   crumbs=["首页", "政务公开", "财政资金", "公示公告"],
                                   publisher="盉川县教育局", pubdate="2026-01-16"))
    return doc, L
