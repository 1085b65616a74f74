"""t05 萸山县槠坪镇 2024年财政预算执行情况的报告（镇人代会）— txt, space-aligned tables."""
from lib40 import D, F, I, q, pct, Ledger

FILE = "t05_zhuping_town_yushan_county_budget_execution_report_2024.txt"
DATE = "2025年1月15日"
DOCNO = "(none; 镇人代会书面报告)"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    tax = [("增值税", "1,120.00", "1,168.40", "1,096.20"), ("企业所得税", "410.00", "386.70", "402.10"),
           ("个人所得税", "95.00", "102.35", "90.60"), ("城镇土地使用税", "180.00", "191.25", "176.40"),
           ("其他税收", "335.00", "352.80", "318.70")]
    nontax = ("非税收入", "640.00", "644.80", "617.50")
    exp = [("一般公共服务", "1,470.00", "1,452.36"), ("公共安全", "212.00", "204.18"), ("教育", "98.00", "96.40"),
           ("社会保障和就业", "1,026.00", "1,011.52"), ("卫生健康", "318.00", "306.74"), ("节能环保", "264.00", "238.60"),
           ("城乡社区", "1,160.00", "1,146.28"), ("农林水", "2,070.00", "2,058.34"), ("其他支出", "210.00", "191.40")]
    grant, carry0, remit = D("3962.40"), D("118.60"), D("86.00")
    sg_recv, sg_car, sg_prev = D("3.16"), D("15.46"), D("21.40")
    b.append({"t": "title", "text": "关于槠坪镇2024年财政预算执行情况的报告"})
    b.append({"t": "sub", "text": f"——{DATE}在萸山县槠坪镇第十八届人民代表大会第五次会议上"})
    b.append({"t": "sub", "text": "镇财政所"})
    P("各位代表：")
    P("受镇人民政府委托，现将槠坪镇2024年财政预算执行情况报告如下，请予审议。")
    H("一、一般公共预算收入执行情况")
    cols = [[D(r[k]) for r in tax] for k in (1, 2, 3)]
    tsum = [sum(c) for c in cols]
    alls = [tsum[k] + D(nontax[k + 1]) for k in range(3)]
    rows = [list(r) for r in tax]
    rows.append(["税收收入小计", F(tsum[0]), F(tsum[1]), F(tsum[2])])
    rows.append(list(nontax))
    rows.append(["收入合计", F(alls[0]), F(alls[1]), F(alls[2])])
    for k, nm in enumerate(["年初预算", "完成数", "上年完成数"]):
        L.sum(f"表1 税收小计 {nm}", [r[k + 1] for r in tax], F(tsum[k]))
        L.sum(f"表1 收入合计 {nm}", [F(tsum[k]), nontax[k + 1]], F(alls[k]))
    b.append({"t": "table", "caption": "表1  2024年一般公共预算收入执行情况（万元）", "unit": None,
              "head": ["项目", "年初预算", "完成数", "上年完成数"], "rows": rows})
    cr = pct(alls[1], alls[0])
    g = pct(alls[1] - alls[2], alls[2])
    ts = pct(tsum[1], alls[1])
    cit_d = D("402.10") - D("386.70")
    cit_g = pct(cit_d, D("402.10"))
    P(f"全镇一般公共预算收入完成{F(alls[1])}万元，为年初预算{F(alls[0])}万元的{cr}%，比上年的{F(alls[2])}万元"
      f"增长{g}%。税收收入完成{F(tsum[1])}万元，在收入中的占比为{ts}%。分税种看，增值税、个人所得税和城镇土地使用税均超额完成；"
      f"企业所得税受辖区一家建材企业停产影响，比上年少收{F(cit_d)}万元，降幅{cit_g}%。")
    L.rate("收入 完成预算", F(alls[1]), F(alls[0]), f"{cr}")
    L.growth("收入 较上年 增长", F(alls[1]), F(alls[2]), f"{g}", "增长")
    L.rate("税收 占比", F(tsum[1]), F(alls[1]), f"{ts}")
    L.diff("企业所得税 少收", "402.10", "386.70", F(cit_d))
    L.growth("企业所得税 降幅", "386.70", "402.10", f"{cit_g}", "降幅")
    H("二、一般公共预算支出执行情况")
    bud = sum(D(r[1]) for r in exp)
    done = sum(D(r[2]) for r in exp)
    rows = []
    for n, bd, dn in exp:
        r = pct(dn, bd)
        rows.append([n, bd, dn, f"{r}%"])
        L.rate(f"表2 {n} 执行率", dn, bd, f"{r}")
    er = pct(done, bud)
    rows.append(["支出合计", F(bud), F(done), f"{er}%"])
    L.sum("表2 调整预算 合计", [r[1] for r in exp], F(bud))
    L.sum("表2 执行数 合计", [r[2] for r in exp], F(done))
    L.rate("表2 合计 执行率", F(done), F(bud), f"{er}")
    b.append({"t": "table", "caption": "表2  2024年一般公共预算支出执行情况", "unit": "单位：万元",
              "head": ["功能科目", "调整预算", "执行数", "执行率"], "rows": rows})
    ag = pct(D("2058.34"), done)
    P(f"全镇一般公共预算支出{F(done)}万元，完成调整预算的{er}%。农林水支出2,058.34万元，是支出中最大的一项，"
      f"相当于全部支出的{ag}%，主要用于高标准农田配套、村级道路养护和山塘整治。节能环保支出执行偏低，是因为一处污水管网项目"
      "年底才完成招标。")
    L.rate("农林水 占 支出", "2,058.34", F(done), f"{ag}")
    H("三、收支平衡情况")
    tin = alls[1] + grant + carry0
    tout = done + remit
    carry1 = tin - tout
    P(f"收入方面，本级收入{F(alls[1])}万元，加上级补助收入{F(grant)}万元、上年结转{F(carry0)}万元，收入总计{F(tin)}万元。"
      f"支出方面，本级支出{F(done)}万元，加上解上级支出{F(remit)}万元，支出总计{F(tout)}万元。"
      f"收支相抵，结转下年{F(carry1)}万元，当年预算收支平衡。")
    L.sum("收入总计", [F(alls[1]), F(grant), F(carry0)], F(tin))
    L.sum("支出总计", [F(done), F(remit)], F(tout))
    L.signed("结转下年 = 收入总计 − 支出总计", [F(tin)], [F(tout)], F(carry1))
    assert bud <= tin - remit
    sg = sg_recv + sg_car
    sgd = pct(sg_prev - sg, sg_prev)
    P(f"严格控制一般性支出，全年“三公”经费支出{F(sg)}万元，由公务接待费{F(sg_recv)}万元和公务用车运行维护费{F(sg_car)}万元"
      f"构成，因公出国（境）费为零；同上年的{F(sg_prev)}万元相比减少{F(sg_prev - sg)}万元，下降{sgd}%。")
    L.sum("三公 = 接待 + 车辆", [F(sg_recv), F(sg_car)], F(sg))
    L.diff("三公 减少额", F(sg_prev), F(sg), F(sg_prev - sg))
    L.growth("三公 下降率", F(sg), F(sg_prev), f"{sgd}", "下降")
    H("四、2025年工作打算")
    P("2025年，我镇将继续加强税源培植和非税收入征管，从严从紧安排一般性支出，优先保障基本民生和机构正常运转，"
      "严格执行镇人大批准的预算，自觉接受人大监督。")
    L.anchor("萸山县槠坪镇第十八届人民代表大会第五次会议")
    L.dated("报告日期在2024年度结束之后", DATE)
    L.same(F(alls[1]), 3)
    L.same(F(done), 3)
    return b, L, {"file": FILE, "fmt": "txt-space", "date": DATE, "docno": DOCNO}
