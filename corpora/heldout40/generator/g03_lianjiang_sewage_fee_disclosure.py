"""t03 楝江县 污水处理费 征收使用情况公开 — portal html."""
from lib40 import D, F, I, q, pct, Ledger

FILE = "t03_lianjiang_county_sewage_treatment_fee_collection_use_disclosure_2024.html"
DATE = "2025年3月6日"
DOCNO = "楝建〔2025〕5号"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    cats = [("居民生活用水", "826.40", "0.95", "769.32"), ("非居民用水", "412.60", "1.40", "556.23"),
            ("特种行业用水", "18.50", "2.10", "36.85")]
    prev = D("1268.30")
    treated, fee = D("1540.00"), D("0.78")
    sludge_t, sludge_p = 6850, 260
    pipe, mon = D("96.40"), D("12.60")
    carry0, subsidy = D("86.35"), D("60.00")
    cap_day = 5
    b.append({"t": "title", "text": "楝江县2024年度污水处理费征收使用情况公开"})
    b.append({"t": "sub", "text": f"{DOCNO}　　楝江县住房和城乡建设局　楝江县财政局"})
    P("为规范污水处理费征收使用管理，主动接受社会监督，现将2024年度县城污水处理费征收、使用情况公开如下。")
    H("一、征收标准和征收情况")
    P("县城污水处理费由楝江枞源水务有限公司随自来水费代征，按用水性质分类计收：居民生活用水每立方米0.95元，"
      "非居民用水每立方米1.40元，特种行业用水每立方米2.10元，2024年标准未作调整。")
    rows = []
    vol = D(0); due = D(0); act = D(0)
    for name, v, p, a in cats:
        d = D(v) * D(p)
        assert q(d, 2) == d
        rows.append([name, v, p, F(d), a])
        L.prod(f"表1 {name} 应征 = 水量 × 标准", [v, p], F(d))
        vol += D(v); due += d; act += D(a)
    rows.append(["合计", F(vol), "—", F(due), F(act)])
    L.sum("表1 水量 合计", [c[1] for c in cats], F(vol))
    L.sum("表1 应征 合计", [F(D(c[1]) * D(c[2])) for c in cats], F(due))
    L.sum("表1 实征 合计", [c[3] for c in cats], F(act))
    b.append({"t": "table", "caption": "表1  2024年度污水处理费征收情况（水量：万立方米；标准：元/立方米；金额：万元）",
              "unit": None, "head": ["用水类别", "计费水量", "征收标准", "应征金额", "实征金额"], "rows": rows})
    cr = pct(act, due)
    g = pct(act - prev, prev)
    P(f"全年应征污水处理费{F(due)}万元，实际征收{F(act)}万元，征收率{cr}%，差额主要为部分非居民用户欠缴水费。"
      f"同上年实征的{F(prev)}万元比较，多征收{F(act - prev)}万元，增长{g}%。征收资金已全额缴入县级国库，实行“收支两条线”管理。")
    L.rate("征收率 = 实征 ÷ 应征", F(act), F(due), f"{cr}")
    L.diff("较上年 多征收", F(act), F(prev), F(act - prev))
    L.growth("较上年 增长", F(act), F(prev), f"{g}", "增长")
    H("二、资金使用情况")
    op = treated * fee
    sl = D(sludge_t) * sludge_p / 10000
    use = op + sl + pipe + mon
    ops = pct(op, use)
    P(f"2024年污水处理费安排使用{F(use)}万元，主要用于四个方面：污水处理厂运营服务费{F(op)}万元、污泥处置费{F(sl)}万元、"
      f"管网维护费{F(pipe)}万元、在线监测运维费{F(mon)}万元。运营服务费一项的比重为{ops}%。")
    L.sum("使用 = 四项之和", [F(op), F(sl), F(pipe), F(mon)], F(use))
    L.rate("运营服务费 占 使用", F(op), F(use), f"{ops}")
    cap = cap_day * 366
    load = pct(treated, cap)
    P(f"运营服务费按核定处理量结算：全年污水处理厂处理污水{F(treated)}万立方米，服务单价每立方米{fee}元。"
      f"污泥无害化处置{I(sludge_t)}吨，处置单价每吨{sludge_p}元。污水处理厂设计规模为日处理{cap_day}万立方米，"
      f"按2024年全年{366}天计，设计年处理能力{I(cap)}万立方米，全年运行负荷率{load}%。")
    L.prod("运营服务费 = 处理量 × 单价", [F(treated), f"{fee}"], F(op))
    L.prod("污泥处置费 = 吨 × 单价 ÷ 10000", [I(sludge_t), str(sludge_p)], F(sl), scale=10000)
    L.prod("设计年处理能力 = 日规模 × 366", [str(cap_day), "366"], I(cap))
    L.rate("运行负荷率", F(treated), I(cap), f"{load}")
    H("三、资金结余情况")
    total_in = carry0 + act + subsidy
    carry1 = total_in - use
    P(f"年初结转{F(carry0)}万元，加上当年实征{F(act)}万元和县财政补助{F(subsidy)}万元，可用资金{F(total_in)}万元；"
      f"扣除当年使用{F(use)}万元，年末结转{F(carry1)}万元，继续用于污水处理设施运行维护。")
    L.sum("可用资金 = 年初结转 + 实征 + 补助", [F(carry0), F(act), F(subsidy)], F(total_in))
    L.signed("年末结转 = 可用 − 使用", [F(total_in)], [F(use)], F(carry1))
    H("四、下一步工作")
    P("一是加强与代征企业的按月对账，督促欠缴用户限期补缴；二是结合污水处理厂提标改造，合理测算运营服务费单价，"
      "提高资金使用效益。")
    P("欢迎社会各界对污水处理费征收使用情况进行监督，联系电话：0731-8846215。")
    L.anchor("0731-8846215")
    b.append({"t": "sign", "text": f"楝江县住房和城乡建设局\n楝江县财政局\n{DATE}"})
    L.anchor(DOCNO)
    L.dated("落款日期在2024年度结束之后", DATE)
    L.same(F(act), 3)
    meta = {"file": FILE, "fmt": "html", "date": DATE, "docno": DOCNO,
            "kw": {"site": "楝江县人民政府门户网站", "crumbs": ["首页", "政务公开", "财政信息", "专项资金"]}}
    return b, L, meta
