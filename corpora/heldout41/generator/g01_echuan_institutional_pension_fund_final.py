"""t01 莪川县 机关事业单位基本养老保险基金 2024年度决算情况说明 — txt, space-aligned tables, table-heavy."""
from lib41 import D, F, I, pct, q, Ledger

NAME = "t01_echuan_county_institutional_pension_insurance_fund_final_accounts_2024"
META = {"format": "txt-space", "ext": "txt"}


def build():
    L = Ledger(NAME + ".txt")
    docno, date = "莪社保〔2025〕3号", "2025年3月12日"
    # persons
    on_jg, on_sy, retired = 8912 - 5794, 5794, 3574
    on_job = on_jg + on_sy
    total = on_job + retired
    prev_total = 12301
    # income (万元) 2024 / 2023
    inc_items = ["基本养老保险费收入", "财政补贴收入", "利息收入", "转移收入", "其他收入"]
    inc24 = ["31846.20", "9620.00", "212.35", "146.80", "18.65"]
    inc23 = ["30512.40", "10340.00", "198.70", "121.30", "22.10"]
    unit_fee, pers_fee = "21231.00", "10615.20"
    exp_items = ["基本养老金支出", "转移支出", "其他支出"]
    exp24 = ["39318.60", "205.40", "9.80"]
    exp23 = ["36874.20", "168.90", "12.40"]
    open_bal = "18625.40"

    s = lambda xs: sum(D(x) for x in xs)
    ti24, ti23, te24, te23 = s(inc24), s(inc23), s(exp24), s(exp23)
    surplus = ti24 - te24
    close_bal = D(open_bal) + surplus
    monthly = q(D(exp24[0]) / 12, 2)
    months = q(close_bal / monthly, 2)
    sub_sh24 = pct(inc24[1], ti24)
    sub_sh23 = pct(inc23[1], ti23)
    sub_pp = F(abs(D(sub_sh24) - D(sub_sh23)), 2, False)
    pension_pc = q(D(exp24[0]) * 10000 / retired / 12, 2)   # 元/月
    dep = q(D(on_job) / D(retired), 2)

    def row(name, a, b):
        d = D(a) - D(b)
        g = q(d / D(b) * 100, 2)
        return [name, F(a), F(b), F(d), F(g)]

    t1 = [["项目", "2024年决算数", "2023年决算数", "增减额", "增减率（%）"]]
    t1 += [row(n, a, b) for n, a, b in zip(inc_items, inc24, inc23)]
    t1.append(row("收入合计", ti24, ti23))
    t2 = [["项目", "2024年决算数", "2023年决算数", "增减额", "增减率（%）"]]
    t2 += [row(n, a, b) for n, a, b in zip(exp_items, exp24, exp23)]
    t2.append(row("支出合计", te24, te23))
    t3 = [["项目", "金额"], ["上年末滚存结余", F(open_bal)], ["本年收入", F(ti24)], ["本年支出", F(te24)],
          ["本年收支结余", F(surplus)], ["年末滚存结余", F(close_bal)]]

    B = []
    B.append(("title", "莪川县2024年度机关事业单位基本养老保险基金决算情况说明"))
    B.append(("sub", f"莪川县社会保险事业服务中心　莪川县财政局　　{docno}"))
    B.append(("h", "一、参保基本情况"))
    B.append(("p", f"截至2024年12月31日，全县参加机关事业单位基本养老保险{I(total)}人，比上年末的{I(prev_total)}人增加"
                   f"{I(total - prev_total)}人。其中，在职参保人员{I(on_job)}人（机关{I(on_jg)}人、事业单位{I(on_sy)}人），"
                   f"退休人员{I(retired)}人，在职与退休人员之比为{dep}:1。"))
    B.append(("h", "二、基金收入情况"))
    B.append(("p", f"2024年基金收入{F(ti24)}万元，较上年增加{F(ti24 - ti23)}万元，同比增长{pct(ti24 - ti23, ti23)}%。"
                   f"基本养老保险费收入{F(inc24[0])}万元，由单位缴费{F(unit_fee)}万元和个人缴费{F(pers_fee)}万元构成；"
                   f"财政补贴收入{F(inc24[1])}万元，比上年减少{F(D(inc23[1]) - D(inc24[1]))}万元，主要是缴费收入增加后"
                   f"收支缺口收窄。各项收入情况见表1。"))
    B.append(("table", {"caption": "表1　2024年度基金收入决算表", "unit": "单位：万元", "rows": t1}))
    B.append(("p", f"财政补贴收入占基金收入的比重为{sub_sh24}%，上年为{sub_sh23}%，下降{sub_pp}个百分点，"
                   f"基金对财政补贴的依赖程度有所降低。"))
    B.append(("h", "三、基金支出情况"))
    B.append(("p", f"2024年基金支出{F(te24)}万元，同比增长{pct(te24 - te23, te23)}%。其中基本养老金支出{F(exp24[0])}万元，"
                   f"占基金支出的{pct(exp24[0], te24)}%，按年末退休人员{I(retired)}人计算，人均月基本养老金"
                   f"{F(pension_pc)}元；转移支出{F(exp24[1])}万元，为参保人员跨统筹地区转移的基金。"))
    B.append(("table", {"caption": "表2　2024年度基金支出决算表", "unit": "单位：万元", "rows": t2}))
    B.append(("h", "四、基金结余情况"))
    B.append(("p", f"收支相抵，本年结余{F(surplus)}万元，加上年末滚存结余{F(open_bal)}万元，年末滚存结余{F(close_bal)}万元。"
                   f"按2024年月均基本养老金支出{F(monthly)}万元测算，年末滚存结余可支付{F(months)}个月。"))
    B.append(("table", {"caption": "表3　基金结余情况（万元）", "unit": None, "rows": t3}))
    B.append(("h", "五、需要说明的问题"))
    B.append(("p", "一是退休人员增加较快，基本养老金支出增幅高于收入增幅；二是财政补贴按收支缺口据实安排；"
                   "三是利息收入为基金财政专户存款利息。联系电话：0736-5218490。"))
    B.append(("sign", ["莪川县社会保险事业服务中心", "莪川县财政局", date]))

    # ledger
    L.facts.update({"date": date, "docno": docno})
    L.sum("在职 = 机关 + 事业", [I(on_jg), I(on_sy)], I(on_job))
    L.sum("参保 = 在职 + 退休", [I(on_job), I(retired)], I(total))
    L.diff("参保 增加", I(total), I(prev_total), I(total - prev_total))
    L.quot("在职 ÷ 退休", I(on_job), I(retired), str(dep))
    for name, col in (("2024", 1), ("2023", 2)):
        L.sum(f"表1 收入合计 {name}", [r[col] for r in t1[1:-1]], t1[-1][col])
        L.sum(f"表2 支出合计 {name}", [r[col] for r in t2[1:-1]], t2[-1][col])
    for t in (t1, t2):
        for r in t[1:]:
            L.signed(f"{r[0]} 增减额", [("+", r[1]), ("-", r[2])], r[3])
            L.rate(f"{r[0]} 增减率", r[3], r[2], r[4])
    L.sum("保费 = 单位 + 个人", [F(unit_fee), F(pers_fee)], F(inc24[0]))
    L.growth("收入 同比", F(ti24), F(ti23), pct(ti24 - ti23, ti23), "增长")
    L.diff("收入 增加额", F(ti24), F(ti23), F(ti24 - ti23))
    L.diff("财政补贴 减少额", F(inc23[1]), F(inc24[1]), F(D(inc23[1]) - D(inc24[1])))
    L.rate("财政补贴 占比 2024", F(inc24[1]), F(ti24), sub_sh24)
    L.rate("财政补贴 占比 2023", F(inc23[1]), F(ti23), sub_sh23)
    L.pp("财政补贴 占比 变化", sub_sh24, sub_sh23, sub_pp, "下降")
    L.growth("支出 同比", F(te24), F(te23), pct(te24 - te23, te23), "增长")
    L.rate("养老金 占支出", F(exp24[0]), F(te24), pct(exp24[0], te24))
    L.quot("人均月养老金 (元)", F(exp24[0]), I(retired), F(pension_pc), scale=Decimal_(10000) / 12)
    L.signed("本年结余 = 收入 − 支出", [("+", F(ti24)), ("-", F(te24))], F(surplus))
    L.sum("年末滚存 = 年初 + 结余", [F(open_bal), F(surplus)], F(close_bal))
    L.quot("月均养老金", F(exp24[0]), "12", F(monthly), show=(F(exp24[0]),))
    L.quot("可支付月数", F(close_bal), F(monthly), F(months))
    L.dated("落款在年度结束后，文号年份同落款", date, 2025)
    L.anchor("文号", docno)
    L.anchor("电话", "0736-5218490")
    L.anchor("一是/二是/三是", "三是利息收入")
    L.same("收入合计 prose + 表1 + 表3", F(ti24), 3)
    L.same("年末滚存 prose + 表3", F(close_bal), 2)
    return B, L, META


def Decimal_(x):
    return D(x)
