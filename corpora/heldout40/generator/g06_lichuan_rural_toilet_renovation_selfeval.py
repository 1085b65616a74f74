"""t06 藜川县农业农村局 农村户厕改造奖补资金 项目支出绩效自评报告 — docx."""
from lib40 import D, F, I, q, pct, Ledger

FILE = "t06_lichuan_county_rural_household_toilet_renovation_award_fund_selfeval_2024.docx"
DATE = "2025年3月21日"
DOCNO = "藜农〔2025〕8号"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    src = [("中央", "720.00"), ("省级", "300.00"), ("县级", "160.00")]
    fund = sum(D(x) for _, x in src)
    items = [("新建三格式户厕", 3200, "户", 2000), ("新建双瓮式户厕", 1450, "户", 1600),
             ("问题厕所整改", 2280, "户", 600), ("农村公厕新建", 18, "座", 50000)]
    plan_new, plan_fix = 4500, 2400
    checked, passed = 465, 452
    sent, back, sat = 300, 292, 274
    dims = [("决策", 15, "14.00"), ("过程", 20, "18.20"), ("产出", 40, "37.60"), ("效益", 25, "23.10")]
    b.append({"t": "title", "text": "藜川县2024年度农村户厕改造奖补资金项目支出绩效自评报告"})
    b.append({"t": "sub", "text": DOCNO})
    P("根据县财政局关于开展2024年度项目支出绩效自评工作的通知，县农业农村局对农村户厕改造奖补资金开展了绩效自评，现将有关情况报告如下。")
    H("一、资金下达和使用情况")
    P(f"2024年全县共下达农村户厕改造奖补资金{F(fund)}万元，分别为中央资金{src[0][1]}万元、省级资金{src[1][1]}万元、"
      f"县级资金{src[2][1]}万元。奖补资金实行“先改后补、验收兑付”，按类别和标准兑付情况见表1。")
    L.sum("下达 = 中央 + 省级 + 县级", [x for _, x in src], F(fund))
    rows = []
    amts = []
    for n, c, u, s in items:
        a = D(c) * s / 10000
        assert q(a, 2) == a
        amts.append(a)
        rows.append([n, f"{I(c)}{u}", I(s), F(a)])
        L.prod(f"表1 {n} = 数量 × 标准 ÷ 10000", [I(c), I(s)], F(a), scale=10000)
    spent = sum(amts)
    rows.append(["合计", "", "", F(spent)])
    L.sum("表1 合计", [F(a) for a in amts], F(spent))
    b.append({"t": "table", "caption": "表1  2024年度奖补资金兑付情况（奖补标准：元/户、元/座；金额：万元）", "unit": None,
              "head": ["奖补类别", "数量", "奖补标准", "兑付金额"], "rows": rows})
    er = pct(spent, fund)
    left = fund - spent
    P(f"截至2024年12月31日，累计兑付{F(spent)}万元，预算执行率{er}%；未兑付的{F(left)}万元为12月完工尚待验收的户厕奖补资金，"
      "已按规定结转使用。")
    L.rate("执行率 = 兑付 ÷ 下达", F(spent), F(fund), f"{er}")
    L.diff("未兑付 = 下达 − 兑付", F(fund), F(spent), F(left))
    H("二、绩效目标完成情况")
    new = items[0][1] + items[1][1]
    nr = pct(new, plan_new)
    fr = pct(items[2][1], plan_fix)
    P(f"（一）数量指标。全年新建卫生户厕{I(new)}户，由三格式{I(items[0][1])}户、双瓮式{I(items[1][1])}户两部分组成，"
      f"年度目标为{I(plan_new)}户，完成{nr}%；问题厕所整改{I(items[2][1])}户，目标{I(plan_fix)}户，完成{fr}%；"
      f"另新建农村公厕{items[3][1]}座。")
    L.sum("新建户厕 = 三格式 + 双瓮式", [I(items[0][1]), I(items[1][1])], I(new))
    L.rate("新建户厕 完成率", I(new), I(plan_new), f"{nr}")
    L.rate("问题厕所整改 完成率", I(items[2][1]), I(plan_fix), f"{fr}")
    towns = [("莴塘镇", 1020, 380), ("蓿溪乡", 760, 430), ("椹坪镇", 850, 290), ("檗口乡", 570, 350)]
    trows = [[n, I(a), I(c), I(a + c)] for n, a, c in towns]
    trows.append(["全县", I(sum(t[1] for t in towns)), I(sum(t[2] for t in towns)), I(sum(t[1] + t[2] for t in towns))])
    assert sum(t[1] for t in towns) == items[0][1] and sum(t[2] for t in towns) == items[1][1]
    for n, a, c in towns:
        L.sum(f"表2 {n} 小计", [I(a), I(c)], I(a + c))
    L.sum("表2 三格式 合计", [I(t[1]) for t in towns], I(items[0][1]))
    L.sum("表2 双瓮式 合计", [I(t[2]) for t in towns], I(items[1][1]))
    L.sum("表2 新建 合计", [I(t[1] + t[2]) for t in towns], I(new))
    P("新建户厕分布在全县4个乡镇，其中莴塘镇任务量最大，各乡镇完成情况见表2。")
    L.anchor("全县4个乡镇")
    b.append({"t": "table", "caption": "表2  分乡镇新建户厕完成情况", "unit": "单位：户",
              "head": ["乡镇", "三格式", "双瓮式", "小计"], "rows": trows})
    pr = pct(passed, checked)
    P(f"（二）质量指标。县级按新建户数的10%抽查{checked}户，验收合格{passed}户，合格率{pr}%，不合格户已督促返工整改。")
    L.rate("抽查比例 = 抽查 ÷ 新建", str(checked), I(new), "10")
    L.rate("合格率", str(passed), str(checked), f"{pr}")
    avg = q((amts[0] + amts[1]) * 10000 / new, 2)
    P(f"（三）成本指标。新建户厕奖补资金{F(amts[0] + amts[1])}万元，平均每户{F(avg)}元，未超过省定奖补上限。")
    L.sum("新建户厕奖补 = 三格式 + 双瓮式", [F(amts[0]), F(amts[1])], F(amts[0] + amts[1]))
    L.rate("户均奖补(元) = 万元 × 10000 ÷ 户", F(amts[0] + amts[1]), I(new), F(avg), scale=10000)
    L.implicit.add("10000")
    sr = pct(sat, back)
    P(f"（四）满意度指标。向改厕农户发放问卷{sent}份，收回有效问卷{back}份，满意{sat}份，满意度{sr}%，高于90%的年度目标。")
    L.rate("满意度", str(sat), str(back), f"{sr}")
    H("三、自评得分")
    tot = sum(D(s) for _, _, s in dims)
    assert sum(w for _, w, _ in dims) == 100
    for n, w, s in dims:
        L.le(f"{n} 得分 ≤ 分值", s, str(w))
    P(f"对照评分标准，决策（{dims[0][1]}分）、过程（{dims[1][1]}分）、产出（{dims[2][1]}分）、效益（{dims[3][1]}分）四项一级指标"
      f"依次得{dims[0][2]}分、{dims[1][2]}分、{dims[2][2]}分和{dims[3][2]}分，总得分{F(tot)}分，自评等级为“优”（90分及以上）。")
    L.sum("总得分 = 四项之和", [s for _, _, s in dims], F(tot))
    assert tot >= 90
    L.anchor("自评等级为“优”（90分及以上）")
    H("四、存在问题及改进措施")
    P("一是个别乡镇验收进度滞后，导致年底部分资金未能及时兑付；二是部分农户对户厕后期管护意识不强，粪污清掏服务覆盖不全。"
      "下一步将建立改厕验收月调度制度，并推动建立“户用、村管、镇监督”的长效管护机制。")
    L.anchor("一是个别乡镇验收进度滞后")
    b.append({"t": "sign", "text": f"藜川县农业农村局\n{DATE}"})
    L.anchor(DOCNO)
    L.dated("落款日期在2024年度结束之后", DATE)
    L.anchor("截至2024年12月31日")
    return b, L, {"file": FILE, "fmt": "docx", "date": DATE, "docno": DOCNO}
