"""t02 蒿阳县财政局 2024年度县级“三保”支出保障情况的报告 — docx, integer 万元, 小计 rows."""
from lib40 import D, F, I, q, pct, Ledger

FILE = "t02_haoyang_county_three_guarantees_expenditure_safeguard_report_2024.docx"
DATE = "2025年3月18日"
DOCNO = "蒿财预〔2025〕11号"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    groups = [
        ("保基本民生", [("教育", 28460, 29120, 28905), ("社会保障和就业", 31780, 33050, 32868),
                    ("卫生健康", 14620, 15200, 14937), ("其他民生支出", 6140, 6430, 6102)]),
        ("保工资", [("基本工资和津贴补贴", 41350, 41980, 41980), ("社会保险缴费", 12870, 13110, 13110),
                 ("绩效奖励", 5260, 5540, 5540)]),
        ("保运转", [("公用经费", 8940, 9120, 8856), ("运转类项目", 3280, 3450, 3211)]),
    ]
    gpb = 248615          # 一般公共预算支出
    prev = 147836         # 2023 三保 执行
    staff_adm, staff_inst = 1236, 5606
    treasury = D("38420")
    b.append({"t": "title", "text": "蒿阳县财政局关于2024年度县级“三保”支出保障情况的报告"})
    b.append({"t": "sub", "text": DOCNO})
    P("县人大常委会：")
    P("按照县人大常委会年度监督工作安排，现将2024年度县级保基本民生、保工资、保运转（以下简称“三保”）支出保障情况报告如下，请予审议。")
    rows = []
    sub = {}
    tot = [0, 0, 0]
    for g, items in groups:
        s = [0, 0, 0]
        for name, a, bdg, e in items:
            r = pct(e, bdg)
            rows.append([name, I(a), I(bdg), I(e), f"{r}%"])
            L.rate(f"表1 {name} 执行率", I(e), I(bdg), f"{r}")
            s = [s[0] + a, s[1] + bdg, s[2] + e]
        for k in range(3):
            L.sum(f"表1 {g}小计 col{k}", [I(it[k + 1]) for it in items], I(s[k]))
        r = pct(s[2], s[1])
        rows.append([f"{g}小计", I(s[0]), I(s[1]), I(s[2]), f"{r}%"])
        L.rate(f"表1 {g}小计 执行率", I(s[2]), I(s[1]), f"{r}")
        sub[g] = (s, r)
        tot = [tot[k] + s[k] for k in range(3)]
    rt = pct(tot[2], tot[1])
    rows.append(["合计", I(tot[0]), I(tot[1]), I(tot[2]), f"{rt}%"])
    for k in range(3):
        L.sum(f"表1 合计 col{k} = 三个小计", [I(sub[g][0][k]) for g, _ in groups], I(tot[k]))
    L.rate("表1 合计 执行率", I(tot[2]), I(tot[1]), f"{rt}")
    H("一、“三保”预算安排和执行总体情况")
    share = pct(tot[2], gpb)
    g = pct(tot[2] - prev, prev)
    P(f"年初预算安排“三保”支出{I(tot[0])}万元，年中结合上级转移支付和工资调整追加{I(tot[1] - tot[0])}万元，调整后预算为"
      f"{I(tot[1])}万元。全年“三保”实际支出{I(tot[2])}万元，执行率{rt}%；同期全县一般公共预算支出{I(gpb)}万元，"
      f"“三保”支出所占比重达到{share}%。与2023年“三保”支出{I(prev)}万元相比，多支出{I(tot[2] - prev)}万元，增幅为{g}%。")
    L.diff("追加 = 调整 − 年初", I(tot[1]), I(tot[0]), I(tot[1] - tot[0]))
    L.rate("三保 占 一般公共预算支出", I(tot[2]), I(gpb), f"{share}")
    L.diff("较上年 多支出", I(tot[2]), I(prev), I(tot[2] - prev))
    L.growth("较上年 增幅", I(tot[2]), I(prev), f"{g}", "增幅")
    L.le("三保 ≤ 一般公共预算支出", I(tot[2]), I(gpb))
    b.append({"t": "table", "caption": "表1  2024年度县级“三保”支出预算及执行情况表", "unit": "单位：万元",
              "head": ["项目", "年初预算", "调整后预算", "执行数", "执行率"], "rows": rows})
    H("二、分项保障情况")
    (sm, rm), (sw, rw), (so, ro) = sub["保基本民生"], sub["保工资"], sub["保运转"]
    P(f"（一）保基本民生。执行{I(sm[2])}万元，完成调整后预算的{rm}%。其中，教育、社会保障和就业两项合计"
      f"{I(28905 + 32868)}万元，城乡居民基本养老保险、基本医疗保险的县级补助资金均按规定足额到位。")
    L.sum("教育 + 社保就业", ["28,905", "32,868"], I(28905 + 32868))
    staff = staff_adm + staff_inst
    avg = q(D(sw[2]) / staff, 2)
    P(f"（二）保工资。执行{I(sw[2])}万元，执行率{rw}%，全年未发生拖欠工资情况。年末财政供养人员{I(staff)}人，"
      f"系行政人员{I(staff_adm)}人与事业人员{I(staff_inst)}人之和，按此计算人均工资性支出{avg}万元。")
    L.sum("供养人员 = 行政 + 事业", [I(staff_adm), I(staff_inst)], I(staff))
    L.quot("人均工资性支出", I(sw[2]), I(staff), f"{avg}")
    P(f"（三）保运转。执行{I(so[2])}万元，执行率{ro}%。未执行部分主要是公用经费按“过紧日子”要求压减后的结余。")
    H("三、库款保障情况")
    monthly = q(D(tot[2]) / 12, 2)
    months = q(treasury / monthly, 2)
    P(f"年末县级国库库款余额{I(treasury)}万元。按全年“三保”支出测算，月均“三保”支出{F(monthly)}万元，"
      f"年末库款可以保障{months}个月的“三保”支出需求，“三保”支出始终放在预算执行的优先位置。")
    L.quot("月均三保支出", I(tot[2]), "12", F(monthly))
    L.quot("库款保障月数", I(treasury), F(monthly), f"{months}")
    H("四、存在的问题和下一步工作")
    P("一是县级财力增长放缓，“三保”支出刚性增长，收支平衡压力较大；二是部分民生政策县级配套标准逐年提高，预算编制测算需进一步细化。"
      "下一步，县财政局将坚持“三保”支出在财政支出中的优先顺序，严格落实库款监测预警，确保“三保”不出问题。")
    L.anchor("一是县级财力增长放缓")
    L.anchor("二是部分民生政策")
    b.append({"t": "sign", "text": f"蒿阳县财政局\n{DATE}"})
    L.anchor(DOCNO)
    L.dated("落款日期在2024年度结束之后", DATE)
    L.same(I(tot[2]), 2)
    return b, L, {"file": FILE, "fmt": "docx", "date": DATE, "docno": DOCNO}
