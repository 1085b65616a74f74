"""t05 -- 广西壮族自治区桂潭市住房公积金 2024年年度报告 (.docx).

Style: the national 住房公积金年度报告 template (一 机构概况 … 六 其他重要事项) in a portrait
section, followed by a LANDSCAPE section (w:sectPr w:orient="landscape") holding two 附表 whose
figure cells carry superscript footnote markers typed as text runs (“86.54” + superscript “注1”,
so the cell reads “86.54注1”), with the notes 注1–注4 under the table.  Mixed units 亿元 / 万元 /
万人 / 万笔 / % / ‰ and 个百分点; 增减额 of percentage rows are 个百分点 and their 增幅 is “—”.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, Book, N, ROOT, close, docx_core, docx_fix_zip, docx_rows, r, read_docx, rise, share, w, wi  # noqa

NAME = "t05_guitan_housing_provident_fund_annual_report_2024"
OUT = os.path.join(ROOT, NAME + ".docx")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")

# ---------------------------------------------------------------- base inputs
CUR = {  # 2024
    "units": 9846, "workers": "42.36", "dep": "86.54", "new_units": 1286, "new_workers": "4.62",
    "dep_total_prev": "881.88", "bal_prev": "354.63", "wd_workers": "18.64", "wd_prev": "49.86",
    "loan_n": "1.12", "loan_amt": "46.28", "loan_n_prev": "1.17", "loan_amt_prev": "45.24", "recover": "32.46",
    "cum_n_prev": "16.74", "cum_amt_prev": "536.36", "loan_bal_prev": "304.70",
}
PREV = {"units": 8864, "workers": "40.98", "dep": "80.94"}
DEPOSITS = [("活期", "4.12"), ("1年（含）以下定期", "21.50"), ("1年以上定期", "38.24"), ("其他（协定、通知存款等）", "9.00")]
INC = [("存款利息", "17,486.20"), ("委托贷款利息", "101,108.64"), ("国债利息", "0.00"), ("其他", "47.52")]
INC_PREV = "114,206.58"
EXP = [("支付职工住房公积金利息", "55,316.72"), ("归集手续费", "0.00"), ("委托贷款手续费", "4,386.20"), ("其他", "121.56")]
EXP_PREV = "56,738.10"
AVG_BAL, AVG_BAL_PREV = "371.42", "340.18"        # 月均缴存余额（亿元）
RISK_DRAW, MGMT_DRAW = "8,294.20", "6,850.00"
LIANZU_PREV_DRAW = "41,280.16"                      # 2023年提取、2024年上缴
RISK_BAL_PREV, WRITE_OFF = "43,618.90", "126.85"
LIANZU_CUM_PREV = "286,430.52"
MGMT = [("人员经费", "3,842.16"), ("公用经费", "1,206.52"), ("专项经费", "1,563.80")]
MGMT_PREV = "6,748.30"
OVERDUE = "1,286.42"
REMOTE = ("286", "9,862.40", "1,842", "5.63")
STRUCT = {
    "缴存职工": [("国家机关和事业单位", "38.62"), ("国有企业", "17.45"), ("城镇集体企业", "1.26"), ("外商投资企业", "3.18"),
             ("城镇私营企业及其他城镇企业", "31.64"), ("民办非企业单位和社会团体", "2.15"), ("灵活就业人员", "4.86"), ("其他", "0.84")],
    "新开户职工": [("国家机关和事业单位", "12.36"), ("国有企业", "8.62"), ("城镇集体企业", "0.84"), ("外商投资企业", "4.26"),
              ("城镇私营企业及其他城镇企业", "58.92"), ("民办非企业单位和社会团体", "3.14"), ("灵活就业人员", "10.68"), ("其他", "1.18")],
    "提取金额": [("购买、建造、翻建、大修自住住房", "28.46"), ("偿还购房贷款本息", "45.82"), ("租赁住房", "6.38"),
             ("支持老旧小区改造", "0.12"), ("离休和退休提取", "12.64"), ("完全丧失劳动能力并与单位终止劳动关系提取", "0.86"),
             ("出境定居", "0.02"), ("其他", "5.70")],
}
INCOME_MIX = {"缴存职工": ("96.28", "3.72"), "新开户职工": ("98.64", "1.36"), "提取职工": ("95.86", "4.14"), "贷款职工": ("97.12", "2.88")}
LOAN_STRUCT = [
    ("购房建筑面积", [("90（含）平方米以下", "22.36"), ("90—144（含）平方米", "68.42"), ("144平方米以上", "9.22")]),
    ("房屋类型", [("购买新房", "71.64"), ("购买二手房", "27.12"), ("建造、翻建、大修自住住房", "0.36"), ("其他", "0.88")]),
    ("缴存人数", [("单缴存职工申请贷款", "42.18"), ("双缴存职工申请贷款", "57.52"), ("三人及以上缴存职工共同申请贷款", "0.30")]),
    ("年龄", [("30岁（含）以下", "41.26"), ("30岁—40岁（含）", "38.64"), ("40岁—50岁（含）", "15.48"), ("50岁以上", "4.62")]),
    ("套数", [("首套", "88.46"), ("二套及以上", "11.54")]),
]
WD_PREV_HOUSING = "41.88"      # 2023 住房消费提取额（亿元）
PUB = ("2025年3月28日", (2025, 3, 28))
MEETING = ("2025年3月18日", (2025, 3, 18))


def pct_word(v):
    return "增加" if v > 0 else "减少"


def build():
    B = Book(NAME + ".docx")
    blocks = []

    def p(t, k="p"):
        blocks.append({"t": k, "text": t})

    c = CUR
    dep, dep_p = N(c["dep"]), N(PREV["dep"])
    workers, workers_p = N(c["workers"]), N(PREV["workers"])
    g_units = rise(c["units"], PREV["units"])
    g_workers = rise(workers, workers_p)
    g_dep = rise(dep, dep_p)
    net_units = c["units"] - PREV["units"]
    net_workers = workers - workers_p
    dep_total = N(c["dep_total_prev"]) + dep
    g_dep_total = rise(dep_total, N(c["dep_total_prev"]))
    # 提取额 from the balance identity with a typed closing balance
    bal = D("386.25")
    wd = N(c["bal_prev"]) + dep - bal
    g_bal = rise(bal, N(c["bal_prev"]))
    g_wd = rise(wd, N(c["wd_prev"]))
    wd_ratio = share(wd, dep)
    wd_total_prev = N(c["dep_total_prev"]) - N(c["bal_prev"])
    wd_total = wd_total_prev + wd
    g_wd_total = rise(wd_total, wd_total_prev)
    loan_n, loan_amt = N(c["loan_n"]), N(c["loan_amt"])
    g_loan_n = rise(loan_n, N(c["loan_n_prev"]))
    g_loan_amt = rise(loan_amt, N(c["loan_amt_prev"]))
    cum_n = N(c["cum_n_prev"]) + loan_n
    cum_amt = N(c["cum_amt_prev"]) + loan_amt
    loan_bal = N(c["loan_bal_prev"]) + loan_amt - N(c["recover"])
    g_cum_n, g_cum_amt, g_loan_bal = rise(cum_n, N(c["cum_n_prev"])), rise(cum_amt, N(c["cum_amt_prev"])), rise(loan_bal, N(c["loan_bal_prev"]))
    gdl = share(loan_bal, bal)
    gdl_p = share(N(c["loan_bal_prev"]), N(c["bal_prev"]))
    gdl_pp = gdl - gdl_p
    dep_sum = sum(N(x) for _, x in DEPOSITS)
    inc = sum(N(x) for _, x in INC)
    exp = sum(N(x) for _, x in EXP)
    vi = inc - exp
    vi_p = N(INC_PREV) - N(EXP_PREV)
    g_inc, g_exp, g_vi = rise(inc, N(INC_PREV)), rise(exp, N(EXP_PREV)), rise(vi, vi_p)
    vr = r(vi / (N(AVG_BAL) * 10000) * 100, 2)
    vr_p = r(vi_p / (N(AVG_BAL_PREV) * 10000) * 100, 2)
    vr_pp = vr - vr_p
    lianzu = vi - N(RISK_DRAW) - N(MGMT_DRAW)
    risk_bal = N(RISK_BAL_PREV) + N(RISK_DRAW) - N(WRITE_OFF)
    lianzu_cum = N(LIANZU_CUM_PREV) + lianzu
    mg = sum(N(x) for _, x in MGMT)
    g_mg = rise(mg, N(MGMT_PREV))
    od_rate = r(N(OVERDUE) / (loan_bal * 10000) * 1000, 2)
    housing_share = sum(N(x) for _, x in STRUCT["提取金额"][:4])
    non_housing = D(100) - housing_share
    wd_housing = r(wd * housing_share / 100, 2)
    contrib = share(loan_amt + wd_housing, dep)
    contrib_p = share(N(c["loan_amt_prev"]) + N(WD_PREV_HOUSING), dep_p)
    contrib_pp = contrib - contrib_p

    # =================================================================== text
    p("桂潭市住房公积金2024年年度报告", "title")
    p("根据国务院《住房公积金管理条例》和住房城乡建设部、财政部、中国人民银行《关于健全住房公积金信息披露制度的通知》"
      "（建金〔2015〕26号）的规定，经桂潭市住房公积金管理委员会审议通过，现将桂潭市住房公积金2024年年度报告公布如下：")
    p("一、机构概况", "h1")
    p("（一）住房公积金管理委员会。住房公积金管理委员会有委员27名，其中，市人民政府负责人和建设、财政、人民银行等"
      "有关部门负责人以及有关专家9名，占1/3；工会代表和职工代表9名，占1/3；单位代表9名，占1/3。2024年召开2次会议，"
      "审议通过的事项主要包括：2023年住房公积金归集使用计划执行情况及2024年归集使用计划、2023年增值收益分配方案、"
      "2023年年度报告、调整住房公积金个人住房贷款政策等。")
    B.total("管委会委员", "27", ["9", "9", "9"], ["有委员27名", "有关专家9名，占1/3；工会代表和职工代表9名，占1/3；单位代表9名，占1/3"])
    p("（二）住房公积金管理中心。桂潭市住房公积金管理中心为直属桂潭市人民政府的不以营利为目的的公益一类事业单位，"
      "设7个处（科），5个管理部，0个分中心。从业人员186人，其中，在编124人，非在编62人。")
    B.total("从业人员", "186", ["124", "62"], ["从业人员186人，其中，在编124人，非在编62人"])

    p("二、业务运行情况", "h1")
    p("（一）缴存。2024年，新开户单位%s家，净增单位%s家；新开户职工%s万人，净增职工%s万人；实缴单位%s家，实缴职工%s万人，"
      "缴存额%s亿元，分别同比增长%s%%、%s%%、%s%%。2024年末，缴存总额%s亿元，比上年末增加%s%%；缴存余额%s亿元，"
      "同比增长%s%%。受委托办理住房公积金缴存业务的银行12家。"
      % (wi(c["new_units"]), wi(net_units), c["new_workers"], w(net_workers), wi(c["units"]), c["workers"], c["dep"],
         w(g_units), w(g_workers), w(g_dep), w(dep_total), w(g_dep_total), w(bal), w(g_bal)))
    a_jc = "实缴单位%s家，实缴职工%s万人，缴存额%s亿元，分别同比增长%s%%、%s%%、%s%%" % (
        wi(c["units"]), c["workers"], c["dep"], w(g_units), w(g_workers), w(g_dep))
    B.growth("实缴单位增长", w(g_units), wi(c["units"]), wi(PREV["units"]), "增长", [a_jc, ("rows", wi(PREV["units"]))])
    B.growth("实缴职工增长", w(g_workers), c["workers"], PREV["workers"], "增长", [a_jc, ("rows", PREV["workers"])])
    B.growth("缴存额增长", w(g_dep), c["dep"], PREV["dep"], "增长", [a_jc, ("rows", PREV["dep"])])
    B.diff("净增单位 = 实缴单位 - 上年", wi(net_units), wi(c["units"]), wi(PREV["units"]), None, ["净增单位%s家" % wi(net_units), a_jc])
    B.diff("净增职工 = 实缴职工 - 上年", w(net_workers), c["workers"], PREV["workers"], None, ["净增职工%s万人" % w(net_workers), a_jc])
    B.leq("净增单位 <= 新开户单位", wi(net_units), wi(c["new_units"]), ["新开户单位%s家，净增单位%s家" % (wi(c["new_units"]), wi(net_units))])
    B.leq("净增职工 <= 新开户职工", w(net_workers), c["new_workers"], ["新开户职工%s万人，净增职工%s万人" % (c["new_workers"], w(net_workers))])
    B.lin("缴存总额 = 上年末 + 缴存额", w(dep_total), [(1, c["dep_total_prev"]), (1, c["dep"])], ["缴存总额%s亿元" % w(dep_total), ("rows", c["dep_total_prev"])])
    B.growth("缴存总额增长", w(g_dep_total), w(dep_total), c["dep_total_prev"], "增加", ["缴存总额%s亿元，比上年末增加%s%%" % (w(dep_total), w(g_dep_total))])
    B.growth("缴存余额增长", w(g_bal), w(bal), c["bal_prev"], "增长", ["缴存余额%s亿元，同比增长%s%%" % (w(bal), w(g_bal))])
    p("（二）提取。2024年，%s万名缴存职工提取住房公积金；提取额%s亿元，同比增长%s%%。提取额占当年缴存额的比率为%s%%，"
      "比上年增加%s个百分点。2024年末，提取总额%s亿元，比上年末增加%s%%。"
      % (c["wd_workers"], w(wd), w(g_wd), w(wd_ratio), w(wd_ratio - share(N(c["wd_prev"]), dep_p)), w(wd_total), w(g_wd_total)))
    a_wd = "提取额%s亿元，同比增长%s%%" % (w(wd), w(g_wd))
    B.growth("提取额增长", w(g_wd), w(wd), c["wd_prev"], "增长", [a_wd, ("rows", c["wd_prev"])])
    B.ratio("提取率", w(wd_ratio), w(wd), c["dep"], ["提取额占当年缴存额的比率为%s%%" % w(wd_ratio)])
    wr_p = share(N(c["wd_prev"]), dep_p)
    B.formula("提取率比上年（个百分点）", w(wd_ratio - wr_p), lambda a, b, cc, d: r(a / b * 100, 2) - r(cc / d * 100, 2),
              [w(wd), c["dep"], c["wd_prev"], PREV["dep"]], "wd/dep - wd_prev/dep_prev",
              ["比上年增加%s个百分点" % w(wd_ratio - wr_p)])
    B.cond("提取率上升 -> 增加", wd_ratio > wr_p, "%s > %s" % (wd_ratio, wr_p))
    B.lin("缴存余额 = 上年末余额 + 缴存额 - 提取额", w(bal), [(1, c["bal_prev"]), (1, c["dep"]), (-1, w(wd))],
          ["缴存余额%s亿元" % w(bal), a_wd, ("rows", c["bal_prev"])])
    B.lin("提取总额 = 缴存总额 - 缴存余额", w(wd_total), [(1, w(dep_total)), (-1, w(bal))],
          ["提取总额%s亿元，比上年末增加%s%%" % (w(wd_total), w(g_wd_total)), "缴存总额%s亿元" % w(dep_total)])
    B.growth("提取总额增长", w(g_wd_total), w(wd_total), w(wd_total_prev), "增加", ["比上年末增加%s%%。" % w(g_wd_total), ("rows", w(wd_total_prev))])

    p("（三）贷款。", "p")
    p("1.个人住房贷款。单缴存职工个人住房贷款最高额度50万元，双缴存职工个人住房贷款最高额度70万元。")
    p("2024年，发放个人住房贷款%s万笔、%s亿元，同比分别下降%s%%、增长%s%%。回收个人住房贷款%s亿元。"
      % (c["loan_n"], c["loan_amt"], w(abs(g_loan_n)), w(g_loan_amt), c["recover"]))
    B.growth("发放笔数", w(abs(g_loan_n)), c["loan_n"], c["loan_n_prev"], "下降",
             ["发放个人住房贷款%s万笔、%s亿元，同比分别下降%s%%、增长%s%%" % (c["loan_n"], c["loan_amt"], w(abs(g_loan_n)), w(g_loan_amt)), ("rows", c["loan_n_prev"])])
    B.growth("发放金额", w(g_loan_amt), c["loan_amt"], c["loan_amt_prev"], "增长", ["增长%s%%。回收" % w(g_loan_amt), ("rows", c["loan_amt_prev"])])
    p("2024年末，累计发放个人住房贷款%s万笔、%s亿元，贷款余额%s亿元，分别比上年末增加%s%%、%s%%、%s%%。个人住房"
      "贷款余额占缴存余额的比率为%s%%，比上年末减少%s个百分点。"
      % (w(cum_n), w(cum_amt), w(loan_bal), w(g_cum_n), w(g_cum_amt), w(g_loan_bal), w(gdl), w(abs(gdl_pp))))
    a_cum = "累计发放个人住房贷款%s万笔、%s亿元，贷款余额%s亿元" % (w(cum_n), w(cum_amt), w(loan_bal))
    B.lin("累计笔数 = 上年末 + 本年", w(cum_n), [(1, c["cum_n_prev"]), (1, c["loan_n"])], [a_cum, ("rows", c["cum_n_prev"])])
    B.lin("累计金额 = 上年末 + 本年", w(cum_amt), [(1, c["cum_amt_prev"]), (1, c["loan_amt"])], [a_cum, ("rows", c["cum_amt_prev"])])
    B.lin("贷款余额 = 上年末 + 发放 - 回收", w(loan_bal), [(1, c["loan_bal_prev"]), (1, c["loan_amt"]), (-1, c["recover"])],
          [a_cum, "回收个人住房贷款%s亿元" % c["recover"], ("rows", c["loan_bal_prev"])])
    a_g3 = "分别比上年末增加%s%%、%s%%、%s%%" % (w(g_cum_n), w(g_cum_amt), w(g_loan_bal))
    B.growth("累计笔数增长", w(g_cum_n), w(cum_n), c["cum_n_prev"], "增加", [a_g3])
    B.growth("累计金额增长", w(g_cum_amt), w(cum_amt), c["cum_amt_prev"], "增加", [a_g3])
    B.growth("贷款余额增长", w(g_loan_bal), w(loan_bal), c["loan_bal_prev"], "增加", [a_g3])
    B.ratio("个贷率", w(gdl), w(loan_bal), w(bal), ["个人住房贷款余额占缴存余额的比率为%s%%" % w(gdl)])
    B.formula("个贷率比上年末（个百分点）", w(abs(gdl_pp)), lambda a, b, cc, d: abs(r(a / b * 100, 2) - r(cc / d * 100, 2)),
              [w(loan_bal), w(bal), c["loan_bal_prev"], c["bal_prev"]], "|lb/bal - lb_prev/bal_prev|",
              ["比上年末减少%s个百分点" % w(abs(gdl_pp))])
    B.cond("个贷率下降 -> 减少", gdl_pp < 0, w(gdl_pp))
    p("受委托办理住房公积金个人住房贷款业务的银行12家。")
    p("2.异地贷款。2024年，发放异地贷款%s笔、%s万元。2024年末，发放异地贷款总额%s亿元，异地贷款余额4.12亿元。"
      % (REMOTE[0], REMOTE[1], REMOTE[3]))
    B.leq("异地贷款余额 <= 累计", "4.12", REMOTE[3], ["发放异地贷款总额%s亿元，异地贷款余额4.12亿元" % REMOTE[3]])
    p("3.公转商贴息贷款。2024年未开展公转商贴息贷款业务。")
    p("4.住房公积金支持保障性住房建设项目贷款。2024年末，无住房公积金支持保障性住房建设项目贷款余额。")
    p("（四）购买国债。2024年未购买国债，年末国债余额为零。")
    p("（五）资金存储。2024年末，住房公积金存款%s亿元。其中，%s。" % (w(dep_sum), "，".join("%s%s亿元" % (k, v) for k, v in DEPOSITS)))
    B.total("存款 = 各类", w(dep_sum), [v for _, v in DEPOSITS], ["住房公积金存款%s亿元" % w(dep_sum)] + ["%s%s亿元" % (k, v) for k, v in DEPOSITS])
    p("（六）资金运用率。2024年末，住房公积金个人住房贷款余额、项目贷款余额和购买国债余额的总和占缴存余额的比率为%s%%，"
      "比上年末减少%s个百分点。由于无项目贷款和国债余额，资金运用率与个人住房贷款余额占缴存余额的比率相同。"
      % (w(gdl), w(abs(gdl_pp))))
    B.same("资金运用率 = 个贷率（无项目贷款、国债）", w(gdl), w(gdl), ["购买国债余额的总和占缴存余额的比率为%s%%" % w(gdl)])

    p("三、主要财务数据", "h1")
    p("（一）业务收入。2024年，业务收入%s万元，同比增长%s%%。其中，%s。"
      % (w(inc), w(g_inc), "，".join("%s%s万元" % (k, v) for k, v in INC)))
    B.total("业务收入", w(inc), [v for _, v in INC], ["业务收入%s万元，同比增长%s%%" % (w(inc), w(g_inc))] + ["%s%s万元" % (k, v) for k, v in INC])
    B.growth("业务收入增长", w(g_inc), w(inc), INC_PREV, "增长", ["业务收入%s万元，同比增长%s%%" % (w(inc), w(g_inc)), ("rows", INC_PREV)])
    p("（二）业务支出。2024年，业务支出%s万元，同比增长%s%%。其中，%s。"
      % (w(exp), w(g_exp), "，".join("%s%s万元" % (k, v) for k, v in EXP)))
    B.total("业务支出", w(exp), [v for _, v in EXP], ["业务支出%s万元，同比增长%s%%" % (w(exp), w(g_exp))] + ["%s%s万元" % (k, v) for k, v in EXP])
    B.growth("业务支出增长", w(g_exp), w(exp), EXP_PREV, "增长", ["业务支出%s万元，同比增长%s%%" % (w(exp), w(g_exp)), ("rows", EXP_PREV)])
    p("（三）增值收益。2024年，增值收益%s万元，同比增长%s%%；增值收益率%s%%，比上年减少%s个百分点。"
      % (w(vi), w(g_vi), w(vr), w(abs(vr_pp))))
    a_vi = "增值收益%s万元，同比增长%s%%；增值收益率%s%%，比上年减少%s个百分点" % (w(vi), w(g_vi), w(vr), w(abs(vr_pp)))
    B.lin("增值收益 = 收入 - 支出", w(vi), [(1, w(inc)), (-1, w(exp))], [a_vi])
    B.growth("增值收益增长", w(g_vi), w(vi), w(vi_p), "增长", [a_vi, ("rows", w(vi_p))])
    B.lin("上年增值收益 = 上年收入 - 上年支出", w(vi_p), [(1, INC_PREV), (-1, EXP_PREV)], [("rows", w(vi_p))])
    B.quot("增值收益率 = 增值收益 / 月均缴存余额", w(vr), w(vi), AVG_BAL, D("0.01"), [a_vi, ("rows", AVG_BAL)])
    B.quot("上年增值收益率", w(vr_p), w(vi_p), AVG_BAL_PREV, D("0.01"), [("rows", w(vr_p)), ("rows", AVG_BAL_PREV)])
    B.diff("增值收益率比上年（个百分点）", w(abs(vr_pp)), w(vr), w(vr_p), "减少", [a_vi, ("rows", w(vr_p))])
    p("（四）增值收益分配。2024年，提取贷款风险准备金%s万元，提取管理费用%s万元，提取城市廉租住房（公共租赁住房）"
      "建设补充资金%s万元。" % (RISK_DRAW, MGMT_DRAW, w(lianzu)))
    B.total("增值收益分配", w(vi), [RISK_DRAW, MGMT_DRAW, w(lianzu)],
            ["提取贷款风险准备金%s万元，提取管理费用%s万元" % (RISK_DRAW, MGMT_DRAW), "建设补充资金%s万元。" % w(lianzu), a_vi])
    p("2024年，上交财政管理费用%s万元。上缴财政城市廉租住房（公共租赁住房）建设补充资金%s万元，为2023年度提取的补充资金。"
      % (MGMT_DRAW, LIANZU_PREV_DRAW))
    B.same("上交管理费用 = 提取管理费用", MGMT_DRAW, MGMT_DRAW, ["上交财政管理费用%s万元" % MGMT_DRAW])
    p("2024年末，贷款风险准备金余额%s万元。累计提取城市廉租住房（公共租赁住房）建设补充资金%s万元。"
      % (w(risk_bal), w(lianzu_cum)))
    B.lin("风险准备金余额 = 上年末 + 提取 - 核销", w(risk_bal), [(1, RISK_BAL_PREV), (1, RISK_DRAW), (-1, WRITE_OFF)],
          ["贷款风险准备金余额%s万元" % w(risk_bal), ("rows", RISK_BAL_PREV), "核销呆坏账%s万元" % WRITE_OFF])
    B.lin("累计廉租补充资金 = 上年末 + 本年", w(lianzu_cum), [(1, LIANZU_CUM_PREV), (1, w(lianzu))],
          ["累计提取城市廉租住房（公共租赁住房）建设补充资金%s万元" % w(lianzu_cum), ("rows", LIANZU_CUM_PREV)])
    p("（五）管理费用支出。2024年，管理费用支出%s万元，同比下降%s%%。其中，%s。"
      % (w(mg), w(abs(g_mg)), "，".join("%s%s万元" % (k, v) for k, v in MGMT)))
    B.total("管理费用支出", w(mg), [v for _, v in MGMT], ["管理费用支出%s万元，同比下降%s%%" % (w(mg), w(abs(g_mg)))])
    B.growth("管理费用下降", w(abs(g_mg)), w(mg), MGMT_PREV, "下降", ["管理费用支出%s万元，同比下降%s%%" % (w(mg), w(abs(g_mg))), ("rows", MGMT_PREV)])
    B.leq("管理费用支出 <= 提取管理费用", w(mg), MGMT_DRAW, ["管理费用支出%s万元" % w(mg)])

    p("四、资产风险状况", "h1")
    p("个人住房贷款。2024年末，个人住房贷款逾期额%s万元，逾期率%s‰，个人贷款风险准备金余额%s万元。2024年，使用个人贷款"
      "风险准备金核销呆坏账%s万元。" % (OVERDUE, w(od_rate), w(risk_bal), WRITE_OFF))
    B.quot("逾期率（‰）", w(od_rate), OVERDUE, w(loan_bal), D("0.1"),
           ["个人住房贷款逾期额%s万元，逾期率%s‰" % (OVERDUE, w(od_rate)), "贷款余额%s亿元" % w(loan_bal)])
    B.same("风险准备金余额两处一致", w(risk_bal), w(risk_bal), ["个人贷款风险准备金余额%s万元" % w(risk_bal)])

    p("五、社会经济效益", "h1")
    for key, label in (("缴存职工", "（一）缴存业务。缴存职工中"), ("新开户职工", "新开户职工中")):
        items = STRUCT[key]
        lo, hi = INCOME_MIX[key]
        s = label + "，" + "，".join("%s占%s%%" % (k, v) for k, v in items) + "；中、低收入占%s%%，高收入占%s%%。" % (lo, hi)
        p(s)
        B.shares("%s 所有制结构" % key, [v for _, v in items], anchors=[label + "，%s占%s%%" % items[0]])
        B.shares("%s 收入结构" % key, [lo, hi], anchors=["中、低收入占%s%%，高收入占%s%%" % (lo, hi)])
    items = STRUCT["提取金额"]
    lo, hi = INCOME_MIX["提取职工"]
    p("（二）提取业务。提取金额中，" + "，".join("%s占%s%%" % (k, v) for k, v in items) +
      "。提取职工中，中、低收入占%s%%，高收入占%s%%。" % (lo, hi))
    B.shares("提取用途结构", [v for _, v in items], anchors=["提取金额中，%s占%s%%" % items[0]])
    B.shares("提取职工收入结构", [lo, hi], anchors=["提取职工中，中、低收入占%s%%，高收入占%s%%" % (lo, hi)])
    p("其中，住房消费类提取（购买、建造、翻建、大修自住住房，偿还购房贷款本息，租赁住房和支持老旧小区改造）占%s%%，"
      "金额%s亿元；非住房消费类提取占%s%%。" % (w(housing_share), w(wd_housing), w(non_housing)))
    B.total("住房消费类占比", w(housing_share), [v for _, v in items[:4]], ["住房消费类提取（购买、建造、翻建、大修自住住房，偿还购房贷款本息，租赁住房和支持老旧小区改造）占%s%%" % w(housing_share)])
    B.shares("住房消费 + 非住房消费", [w(housing_share), w(non_housing)], anchors=["非住房消费类提取占%s%%" % w(non_housing)])
    B.formula("住房消费提取额", w(wd_housing), lambda a, b: a * b / 100, [w(wd), w(housing_share)], "wd x share",
              ["金额%s亿元" % w(wd_housing)])
    p("（三）贷款业务。")
    lo, hi = INCOME_MIX["贷款职工"]
    segs = []
    for title, items in LOAN_STRUCT:
        segs.append("职工贷款笔数中，" + "，".join("%s占%s%%" % (k, v) for k, v in items))
        B.shares("贷款结构 %s" % title, [v for _, v in items], anchors=["%s占%s%%" % items[0]])
    p("个人住房贷款。" + "。".join(segs) + "。贷款职工中，中、低收入占%s%%，高收入占%s%%。" % (lo, hi))
    B.shares("贷款职工收入结构", [lo, hi], anchors=["贷款职工中，中、低收入占%s%%，高收入占%s%%" % (lo, hi)])
    p("（四）住房贡献率。2024年，个人住房贷款发放额、公转商贴息贷款发放额、项目贷款发放额、住房消费提取额的总和与当年"
      "缴存额的比率为%s%%，比上年减少%s个百分点。" % (w(contrib), w(abs(contrib_pp))))
    B.formula("住房贡献率", w(contrib), lambda a, b, d: (a + b) / d * 100, [c["loan_amt"], w(wd_housing), c["dep"]],
              "(loan + housing wd) / deposit", ["与当年缴存额的比率为%s%%" % w(contrib), "金额%s亿元" % w(wd_housing)])
    B.formula("上年住房贡献率", w(contrib_p), lambda a, b, d: (a + b) / d * 100, [c["loan_amt_prev"], WD_PREV_HOUSING, PREV["dep"]],
              "(loan_prev + housing wd_prev) / deposit_prev", [("rows", w(contrib_p)), "2023年住房消费提取额为%s亿元" % WD_PREV_HOUSING])
    B.diff("住房贡献率比上年（个百分点）", w(abs(contrib_pp)), w(contrib), w(contrib_p), "减少",
           ["比上年减少%s个百分点" % w(abs(contrib_pp))])

    p("六、其他重要事项", "h1")
    p("（一）缴存基数限额及确定方法、缴存比例等缴存政策调整情况。2024年度住房公积金缴存基数上限为26,460元，按照桂潭市"
      "2023年度城镇非私营单位在岗职工月平均工资8,820元的3倍确定；缴存基数下限为1,990元，按照本市最低工资标准确定。"
      "单位和职工缴存比例均为5%至12%。")
    B.prod("缴存基数上限 = 月平均工资 x 3", "26,460", ["8,820", "3"], 1, ["缴存基数上限为26,460元", "月平均工资8,820元的3倍"])
    p("（二）当年住房公积金个人住房贷款利率调整及执行情况。自2024年5月18日起，下调个人住房公积金贷款利率0.25个百分点，"
      "5年以下（含5年）和5年以上首套个人住房公积金贷款利率分别由2.60%和3.10%调整为2.35%和2.85%；第二套个人住房"
      "公积金贷款利率分别不低于2.775%和3.325%。")
    B.diff("5年以下利率下调", "0.25", "2.60", "2.35", None, ["分别由2.60%和3.10%调整为2.35%和2.85%", "下调个人住房公积金贷款利率0.25个百分点"])
    B.diff("5年以上利率下调", "0.25", "3.10", "2.85", None, ["分别由2.60%和3.10%调整为2.35%和2.85%"])
    B.text("二套利率", "不低于2.775%和3.325%")
    p("（三）住房公积金管理中心及职能调整、受委托办理缴存贷款业务金融机构变更情况。2024年，无机构及职能调整情况；"
      "新增受委托办理缴存、贷款业务的金融机构1家，受委托银行由11家增加至12家。")
    B.diff("受委托银行增加", "1", "12", "11", None, ["新增受委托办理缴存、贷款业务的金融机构1家，受委托银行由11家增加至12家"])
    p("（四）当年住房公积金政策调整及执行情况。一是支持多子女家庭购房，多子女家庭申请个人住房贷款最高额度上浮20%；"
      "二是支持提取住房公积金支付购房首付款；三是灵活就业人员自愿缴存扩面，年末灵活就业人员缴存职工占4.86%。")
    B.same("灵活就业人员占比两处一致", "4.86", STRUCT["缴存职工"][6][1], ["灵活就业人员缴存职工占4.86%"])
    p("（五）当年服务改进情况。全面推行住房公积金“跨省通办”，13项高频服务事项实现全程网办；住房公积金业务网上办理率"
      "达到92.36%，比上年提高5.18个百分点。")
    B.text("网办率（上年值未列示）", "达到92.36%，比上年提高5.18个百分点")
    p("（六）当年信息化建设情况。完成住房公积金基础数据标准贯标和结算应用系统接入工作，与市不动产登记、民政婚姻、"
      "人社社保等部门实现数据共享。")
    p("本报告已经桂潭市住房公积金管理委员会%s会议审议通过。主要业务指标见附表1，增值收益及分配情况见附表2。" % MEETING[0])
    B.date_before("管委会审议早于公布", MEETING[0], MEETING[1], PUB[1], ["本报告已经桂潭市住房公积金管理委员会%s会议审议通过" % MEETING[0]])
    B.date_after("审议晚于2024年度终了", MEETING[0], MEETING[1], (2024, 12, 31))
    p("桂潭市住房公积金管理委员会", "sign")
    p(PUB[0], "sign")
    B.date_after("公布日期晚于2024年度终了", PUB[0], PUB[1], (2024, 12, 31))

    # =================================================================== 附表 (landscape)
    def row(name, unit, cur, prev, note="", pp=False):
        if pp:
            d = N(cur) - N(prev)
            return [name, unit, cur, prev, w(d), "—", note]
        d = N(cur) - N(prev)
        nd = max(len(cur.split(".")[1]) if "." in cur else 0, 0)
        return [name, unit, cur, prev, (w(d, nd) if nd else wi(d)), w(rise(N(cur), N(prev))), note]
    t1 = [
        row("实缴单位", "家", wi(c["units"]), wi(PREV["units"])),
        row("实缴职工", "万人", c["workers"], PREV["workers"]),
        row("缴存额", "亿元", c["dep"], PREV["dep"], "注1"),
        row("缴存总额", "亿元", w(dep_total), c["dep_total_prev"]),
        row("缴存余额", "亿元", w(bal), c["bal_prev"]),
        row("提取额", "亿元", w(wd), c["wd_prev"]),
        row("提取总额", "亿元", w(wd_total), w(wd_total_prev)),
        row("个人住房贷款发放笔数", "万笔", c["loan_n"], c["loan_n_prev"]),
        row("个人住房贷款发放额", "亿元", c["loan_amt"], c["loan_amt_prev"]),
        row("累计发放个人住房贷款笔数", "万笔", w(cum_n), c["cum_n_prev"]),
        row("累计发放个人住房贷款金额", "亿元", w(cum_amt), c["cum_amt_prev"]),
        row("个人住房贷款余额", "亿元", w(loan_bal), c["loan_bal_prev"]),
        row("个人住房贷款余额占缴存余额的比率", "%", w(gdl), w(gdl_p), "", True),
        row("住房贡献率", "%", w(contrib), w(contrib_p), "注2", True),
    ]
    t2 = [
        row("业务收入", "万元", w(inc), INC_PREV),
        row("业务支出", "万元", w(exp), EXP_PREV),
        row("增值收益", "万元", w(vi), w(vi_p)),
        row("月均缴存余额", "亿元", AVG_BAL, AVG_BAL_PREV),
        row("增值收益率", "%", w(vr), w(vr_p), "注3", True),
        row("管理费用支出", "万元", w(mg), MGMT_PREV),
        row("贷款风险准备金余额", "万元", w(risk_bal), RISK_BAL_PREV, "注4"),
        row("累计提取城市廉租住房（公共租赁住房）建设补充资金", "万元", w(lianzu_cum), LIANZU_CUM_PREV),
    ]
    notes = ["注1：缴存额为当年单位和职工缴存的住房公积金，不含当年结转的职工住房公积金利息。",
             "注2：住房贡献率＝（个人住房贷款发放额＋公转商贴息贷款发放额＋项目贷款发放额＋住房消费提取额）÷当年缴存额；"
             "2023年住房消费提取额为%s亿元。" % WD_PREV_HOUSING,
             "注3：增值收益率＝增值收益÷月均缴存余额。",
             "注4：贷款风险准备金余额＝上年末余额＋本年提取－本年核销。"]
    blocks.append({"t": "landscape"})
    blocks.append({"t": "cap", "text": "附表1  桂潭市住房公积金2024年主要业务指标"})
    blocks.append({"t": "tbl", "hdr": ["指标", "单位", "2024年", "2023年", "增减额", "增幅（%）"], "rows": t1})
    blocks.append({"t": "cap", "text": "附表2  桂潭市住房公积金2024年增值收益及相关财务指标"})
    blocks.append({"t": "tbl", "hdr": ["指标", "单位", "2024年", "2023年", "增减额", "增幅（%）"], "rows": t2})
    for n in notes:
        p(n, "note")
    p("说明：比率类指标的“增减额”栏为增减的百分点数（个百分点），“增幅”栏不适用，以“—”表示。", "note")

    def ra(rw):
        cells = [rw[0], rw[1], rw[2] + rw[6], rw[3], rw[4], rw[5]]
        return ("rows", "\n".join(cells))
    for rw in t1 + t2:
        if rw[5] == "—":
            B.diff("附表 %s 增减（个百分点）" % rw[0], rw[4], rw[2], rw[3], None, [ra(rw)])
        else:
            B.diff("附表 %s 增减额" % rw[0], rw[4], rw[2], rw[3], None, [ra(rw)])
            B.growth("附表 %s 增幅" % rw[0], rw[5], rw[2], rw[3], None, [ra(rw)])
    B.cond("注 markers in figure cells", sum(1 for rw in t1 + t2 if rw[6]) == 4, "4")
    B.fact("withdrawal_2024", w(wd))
    B.fact("lianzu_2024", w(lianzu))
    B.fact("report_date", "2025-03-28")
    return {"blocks": blocks, "t1": t1, "t2": t2}, B


def render(model, path):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = docx.Document()
    docx_core(doc, "桂潭市住房公积金2024年年度报告", "桂潭市住房公积金管理中心")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.8)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(15)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def font(run, name, size, bold=False, sup=False):
        run.font.name = name
        run.font.size = Pt(size)
        run.bold = bold
        if sup:
            run.font.superscript = True
        run._element.rPr.rFonts.set(qn("w:eastAsia"), name)

    def para(text, name="仿宋_GB2312", size=15, bold=False, align=None, indent=True):
        pp = doc.add_paragraph()
        if align is not None:
            pp.alignment = align
        if indent:
            pp.paragraph_format.first_line_indent = Pt(size * 2)
        font(pp.add_run(text), name, size, bold)
        return pp

    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    for b in model["blocks"]:
        t = b["t"]
        if t == "title":
            para(b["text"], "方正小标宋简体", 20, align=C, indent=False)
        elif t == "h1":
            para(b["text"], "黑体", 15)
        elif t == "p":
            para(b["text"])
        elif t == "sign":
            para(b["text"], align=R, indent=False)
        elif t == "note":
            para(b["text"], "宋体", 10.5, indent=False)
        elif t == "cap":
            para(b["text"], "黑体", 14, align=C, indent=False)
        elif t == "landscape":
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.orientation = WD_ORIENT.LANDSCAPE
            ns.page_width, ns.page_height = Cm(29.7), Cm(21)
            ns.left_margin = ns.right_margin = Cm(2.5)
        elif t == "tbl":
            rows = b["rows"]
            tb = doc.add_table(rows=1 + len(rows), cols=6)
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(b["hdr"]):
                cell = tb.cell(0, j)
                cell.text = ""
                pp = cell.paragraphs[0]
                pp.alignment = C
                font(pp.add_run(h), "黑体", 11)
            for i, rw in enumerate(rows, 1):
                for j in range(6):
                    cell = tb.cell(i, j)
                    cell.text = ""
                    pp = cell.paragraphs[0]
                    pp.alignment = (None if j == 0 else C if j == 1 else R)
                    font(pp.add_run(rw[j]), "宋体", 11)
                    if j == 2 and rw[6]:
                        font(pp.add_run(rw[6]), "宋体", 11, sup=True)
            tb.autofit = False
            cms = [8.6, 1.8, 3.6, 3.6, 3.4, 3.2]
            for j, cm in enumerate(cms):
                tb.columns[j].width = Cm(cm)
                for cell in tb.columns[j].cells:
                    cell.width = Cm(cm)
        else:
            raise ValueError(t)
    doc.save(path)
    docx_fix_zip(path)


def visible(path):
    return read_docx(path)


def main():
    model, B = build()
    render(model, OUT)
    text = visible(OUT)
    rows = "\n\n".join("\n".join(c) for c in docx_rows(OUT))
    import zipfile
    xml = zipfile.ZipFile(OUT).read("word/document.xml").decode("utf-8")
    B.cond("landscape section present", 'w:orient="landscape"' in xml, "")
    B.cond("two sections", xml.count("<w:sectPr") == 2, str(xml.count("<w:sectPr")))
    B.cond("superscript 注 runs in cells", xml.count('<w:vertAlign w:val="superscript"/>') == 4,
           str(xml.count('<w:vertAlign w:val="superscript"/>')))
    B.cond("cell reads figure+marker", "86.54注1" in text, "")
    close(B, {"text": text, "rows": rows}, LEDGER, text)


if __name__ == "__main__":
    main()
