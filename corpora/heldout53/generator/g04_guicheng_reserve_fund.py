# -*- coding: utf-8 -*-
"""t04 簋城县财政局 关于2024年县本级预备费动用情况的报告 (pdf)"""
from lib53 import Doc, Ledger, D, q

NAME = "t04_guicheng_county_budget_reserve_fund_use_report_2024.pdf"
FY = 2024

GPB_BUDGET = D("186400")       # 万元, 年初一般公共预算支出
GPB_FINAL = D("203618")        # 万元, 决算数 (different base)
RESERVE = D("2800.00")
CATS = [  # name, batches, amount, use
    ("防汛抗旱及灾后恢复重建", 5, D("1186.30"), "7月强降雨受灾乡镇抢险、水毁道路堤防修复"),
    ("森林防灭火", 2, D("236.80"), "春季防火期扑救力量预置及物资补充"),
    ("地质灾害应急处置", 2, D("318.40"), "滑坡隐患点应急排危和群众临时避险安置"),
    ("公共卫生及动物疫病应急", 2, D("205.00"), "突发疫情处置和应急物资储备"),
    ("其他难以预见的特殊开支", 2, D("370.00"), "重大活动安全保障等"),
]
QUARTERS = [2, 3, 6, 2]
TOWNS = [("簋东镇", D("412.60")), ("簋西镇", D("338.10")), ("上簋乡", D("236.40")), ("簋溪乡", D("199.20"))]
PAID_PENDING = D("47.60")
PRIOR_USED = D("1948.20")


def build():
    doc = Doc(NAME, "pdf", "")
    L = Ledger(doc)
    n, i, t = doc.n, doc.i, doc.t
    used = sum(c[2] for c in CATS)
    nb = sum(c[1] for c in CATS)
    assert nb == sum(QUARTERS)
    assert sum(x[1] for x in TOWNS) == CATS[0][2]
    left = RESERVE - used
    paid = used - PAID_PENDING
    g = used - PRIOR_USED

    doc.title_("簋城县财政局关于2024年县本级预备费动用情况的报告")
    doc.sub(t("docno", "簋财预〔2025〕2号"))
    doc.p("县人大常委会：")
    doc.p("根据《中华人民共和国预算法》及其实施条例关于预备费管理的规定，现将2024年县本级预备费动用情况报告如下。")
    doc.h("一、预备费设置情况")
    doc.p("经县十八届人大三次会议批准，2024年县本级一般公共预算支出安排%s万元，其中预备费%s万元，"
          "占本级一般公共预算支出的%s%%，符合预算法规定的1%%至3%%的比例要求。年度执行中预备费未作调整。"
          % (n("gpb", GPB_BUDGET, 0), n("res", RESERVE), n("res_sh", q(RESERVE / GPB_BUDGET * 100))))
    L.add("预备费占一般公共预算支出比例", "ratio", num="res", den="gpb", r="res_sh")
    doc.h("二、预备费动用情况")
    doc.p("2024年，县政府按程序共审批动用预备费%s批次，其中一季度%s批次、二季度%s批次、三季度%s批次、四季度%s批次，"
          "动用金额合计%s万元，动用率为%s%%；平均每批次%s万元。与2023年动用的%s万元相比，多%s万元，增长%s%%，"
          "主要是7月上旬连续强降雨造成多个乡镇受灾。"
          % (i("nb", nb), i("q1", QUARTERS[0]), i("q2", QUARTERS[1]), i("q3", QUARTERS[2]), i("q4", QUARTERS[3]),
             n("used", used), n("use_r", q(used / RESERVE * 100)), n("avg_b", q(used / nb)), n("prior", PRIOR_USED),
             n("g", g), n("gr", q(g / PRIOR_USED * 100))))
    L.add("各季度批次之和=全年批次", "lin", terms=[(1, "q1"), (1, "q2"), (1, "q3"), (1, "q4")], r="nb")
    L.add("动用率=动用/预备费", "ratio", num="used", den="res", r="use_r")
    L.add("平均每批次=动用/批次", "ratio", num="used", den="nb", r="avg_b", scale=1)
    L.add("动用较上年增长", "growth", prior="prior", cur="used", amt="g", rate="gr", dir="c:增长")
    rows = []
    for k, (nm, b, a, use) in enumerate(CATS, 1):
        rows.append([str(k), nm, i("b%d" % k, b), n("a%d" % k, a), use])
    rows.append(["", "合计", i("bT", nb), n("aT", used), ""])
    doc.table("表1　2024年县本级预备费动用情况表", "金额单位：万元", ["序号", "动用方向", "批次", "动用金额", "主要用途"], rows)
    L.add("表1 批次合计", "lin", terms=[(1, "b%d" % k) for k in range(1, 6)], r="bT")
    L.add("表1 动用金额合计", "lin", terms=[(1, "a%d" % k) for k in range(1, 6)], r="aT")
    L.add("表1 合计=正文动用金额", "same", keys=["aT", "used"])
    L.add("表1 批次合计=正文批次", "same", keys=["bT", "nb"])
    L.add("表1 防汛抗旱为最大方向", "max", x="a1", among=["a%d" % k for k in range(1, 6)])
    doc.p("从动用方向看，防汛抗旱及灾后恢复重建%s万元，占动用总额的%s%%，是预备费的主要投向；其他难以预见的特殊开支%s万元，"
          "占%s%%。防汛资金涉及受灾乡镇%s个，即%s，分别安排%s万元、%s万元、%s万元和%s万元。"
          % (n("fx", CATS[0][2]), n("fx_sh", q(CATS[0][2] / used * 100)), n("qt", CATS[4][2]),
             n("qt_sh", q(CATS[4][2] / used * 100)), i("ntown", len(TOWNS)), "、".join(x[0] for x in TOWNS),
             n("tw1", TOWNS[0][1]), n("tw2", TOWNS[1][1]), n("tw3", TOWNS[2][1]), n("tw4", TOWNS[3][1])))
    L.add("防汛占动用总额比重", "ratio", num="fx", den="used", r="fx_sh")
    L.add("其他特殊开支占比", "ratio", num="qt", den="used", r="qt_sh")
    L.add("受灾乡镇数=所列乡镇", "count", n="ntown", items=[x[0] for x in TOWNS])
    L.add("四个乡镇安排之和=防汛资金", "lin", terms=[(1, "tw1"), (1, "tw2"), (1, "tw3"), (1, "tw4")], r="fx")
    L.add("正文防汛=表1第1行", "same", keys=["fx", "a1"])
    L.add("正文其他特殊开支=表1第5行", "same", keys=["qt", "a5"])
    doc.h("三、资金拨付和结余情况")
    doc.p("截至2024年12月31日，已动用的预备费中已拨付%s万元，尚有%s万元因灾后重建工程未完成决算暂未拨付，"
          "已在动用额中列示。预备费年初安排%s万元，全年动用%s万元，年末剩余%s万元未安排支出，按规定在决算中用于平衡预算，"
          "不结转下年使用。全年预备费动用额相当于县本级一般公共预算支出决算数%s万元的%s%%。"
          % (n("paid", paid), n("pend", PAID_PENDING), n("res2", RESERVE), n("used2", used), n("left", left),
             n("gpf", GPB_FINAL, 0), n("used_f", q(used / GPB_FINAL * 100))))
    L.add("已拨付+待拨付=动用金额", "lin", terms=[(1, "paid"), (1, "pend")], r="used")
    L.add("年末剩余=年初安排-全年动用", "lin", terms=[(1, "res2"), (-1, "used2")], r="left")
    L.add("动用额占决算支出比重(不同口径)", "ratio", num="used2", den="gpf", r="used_f")
    L.add("第三部分年初安排=第一部分预备费", "same", keys=["res2", "res"])
    L.add("第三部分全年动用=第二部分", "same", keys=["used2", "used"])
    doc.h("四、管理中存在的问题和下一步工作")
    doc.p("一是部分灾后重建项目资金拨付较慢；二是个别部门动用申请前期论证不够充分。下一步，县财政局将督促相关乡镇在2025年汛期前"
          "完成水毁设施修复并办理结算，进一步规范预备费动用申请、审核和审批程序，严格控制预备费用于一般性支出。")
    doc.p("特此报告。")
    doc.sign(["簋城县财政局", t("date", "2025年4月22日")])
    L.add("落款晚于年度终了", "dated", date="date", fy=FY)
    L.anchor("文号", "簋财预〔2025〕2号")
    doc.meta.update(docno="簋财预〔2025〕2号", date_slot="date", render_kw=dict(author="簋城县财政局"))
    return doc, L
