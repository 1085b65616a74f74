"""t01 茈溪县 特困人员救助供养资金 发放情况公示 — txt, tab-separated tables."""
import datetime
from lib40 import D, F, I, q, pct, Ledger

FILE = "t01_cixi_county_destitute_persons_support_fund_payment_notice_2024.txt"
DATE = "2025年2月10日"
DOCNO = "茈民〔2025〕6号"


def build():
    L = Ledger(FILE)
    b = []
    P = lambda s: b.append({"t": "p", "text": s})
    H = lambda s: b.append({"t": "h", "text": s})
    # ---- base inputs
    towns = [("茈城镇", 268, 72, "388.20"), ("荏桥镇", 205, 58, "300.45"), ("莨口乡", 176, 41, "247.60"),
             ("芷塘镇", 152, 49, "229.52"), ("荞坪乡", 117, 24, "160.35")]
    scat = sum(t[1] for t in towns); conc = sum(t[2] for t in towns); tot = scat + conc
    prev, new_in, out_dead, out_inel = 1188, 86, 97, 15
    out_all = out_dead + out_inel
    assert prev + new_in - out_all == tot
    src = [("中央财政补助", "860.00"), ("省级财政补助", "370.00"), ("县级财政安排", "250.00")]
    fund = sum(D(x) for _, x in src)
    std, std0 = 760, 720
    lines = [("基本生活费", 13860, 760), ("照料护理补贴（全自理）", 9420, 80),
             ("照料护理补贴（半护理）", 3180, 280), ("照料护理补贴（全护理）", 1260, 860)]
    facility = D("96.50")
    amts = [D(n) * D(s) / 10000 for _, n, s in lines]
    for a in amts:
        assert q(a, 2) == a
    personal = sum(amts)
    spend = personal + facility
    care = sum(amts[1:])
    assert sum(n for _, n, _ in lines[1:]) == lines[0][1]
    # ---- text
    b.append({"t": "title", "text": "茈溪县2024年度特困人员救助供养资金发放情况公示"})
    b.append({"t": "sub", "text": DOCNO})
    P("依据特困人员救助供养有关政策和资金信息公开要求，县民政局会同县财政局对2024年度全县特困人员救助供养资金的筹集、"
      "发放情况进行了梳理，现予以公示，接受社会监督。")
    H("一、供养对象情况")
    P(f"截至2024年12月31日，全县在册特困人员{I(tot)}人，分散供养{I(scat)}人、集中供养{I(conc)}人。年内新增纳入{new_in}人，"
      f"退出{out_all}人（死亡{out_dead}人、经复核不再符合条件{out_inel}人），年末人数较上年末的{I(prev)}人净减{prev - tot}人。"
      "集中供养人员分住全县3所供养服务设施，即县特困人员供养服务中心、荏桥敬老院和芷塘敬老院。")
    L.sum("年末 分散 + 集中 = 在册", [I(scat), I(conc)], I(tot))
    L.signed("上年末 + 新增 − 退出 = 年末", [I(prev), str(new_in)], [str(out_all)], I(tot))
    L.sum("退出 = 死亡 + 不再符合", [str(out_dead), str(out_inel)], str(out_all))
    L.diff("净减", I(prev), I(tot), str(prev - tot))
    L.anchor("3所供养服务设施，即县特困人员供养服务中心、荏桥敬老院和芷塘敬老院")
    H("二、资金筹集情况")
    cshare = pct(src[2][1], fund)
    P(f"全年筹集救助供养资金{F(fund)}万元。按来源分：{src[0][0]}{src[0][1]}万元，{src[1][0]}{src[1][1]}万元，"
      f"{src[2][0]}{src[2][1]}万元；县级资金占筹集总额的{cshare}%。")
    L.sum("筹集 = 中央 + 省 + 县", [x for _, x in src], F(fund))
    L.rate("县级 占 筹集", src[2][1], F(fund), f"{cshare}")
    H("三、保障标准和资金支出")
    g = pct(std - std0, std0)
    P(f"2024年全县特困人员基本生活标准为每人每月{std}元，较2023年的{std0}元提高了{std - std0}元，增幅{g}%。"
      "照料护理补贴按生活自理能力评估结果分全自理、半护理、全护理三档发放，各档月标准及支出见表1。")
    L.growth("基本生活标准 增幅", str(std), str(std0), f"{g}", "增幅")
    L.diff("标准 提高额", str(std), str(std0), str(std - std0))
    rows = []
    for (name, n, s), a in zip(lines, amts):
        rows.append([name, I(n), str(s), F(a)])
        L.prod(f"表1 {name} = 人月 × 月标准 ÷ 10000", [I(n), str(s)], F(a), scale=10000)
    rows.append(["供养服务设施运转补助", "—", "—", F(facility)])
    rows.append(["合计", "—", "—", F(spend)])
    L.sum("表1 合计", [F(a) for a in amts] + [F(facility)], F(spend))
    b.append({"t": "table", "caption": "表1  2024年度特困人员救助供养资金支出明细", "unit": "金额单位：万元",
              "head": ["支出项目", "发放人月数", "月标准（元）", "金额"], "rows": rows})
    rate = pct(spend, fund)
    carry = fund - spend
    cs = pct(care, spend)
    avg = D(lines[0][1]) / 12
    assert avg == avg.to_integral_value()
    P(f"全年实际支出{F(spend)}万元，相当于筹集资金的{rate}%，年末结转{F(carry)}万元，结转资金统筹用于2025年一季度发放。"
      f"三档照料护理补贴合计{F(care)}万元，在全年支出中占比{cs}%。三档补贴的发放人月数相加，与基本生活费的"
      f"{I(lines[0][1])}人月一致，折合月均发放{I(avg)}人。")
    L.rate("支出 ÷ 筹集", F(spend), F(fund), f"{rate}")
    L.diff("年末结转 = 筹集 − 支出", F(fund), F(spend), F(carry))
    L.sum("照料护理补贴 三档合计", [F(a) for a in amts[1:]], F(care))
    L.rate("照料护理 占 支出", F(care), F(spend), f"{cs}")
    L.sum("三档人月 = 基本生活费人月", [I(n) for _, n, _ in lines[1:]], I(lines[0][1]))
    L.quot("月均发放人数 = 人月 ÷ 12", I(lines[0][1]), "12", I(avg))
    H("四、分乡镇发放情况")
    P(f"按户籍所在乡镇统计的对象人数和个人发放金额见表2。表2金额为基本生活费和照料护理补贴，合计{F(personal)}万元，"
      f"不含直接拨付供养服务设施的运转补助{F(facility)}万元。")
    trows = []
    for name, s_, c_, a_ in towns:
        trows.append([name, str(s_), str(c_), str(s_ + c_), a_])
        L.sum(f"表2 {name} 小计", [str(s_), str(c_)], str(s_ + c_))
    trows.append(["全县", I(scat), I(conc), I(tot), F(sum(D(t[3]) for t in towns))])
    assert sum(D(t[3]) for t in towns) == personal
    L.sum("表2 分散 合计", [str(t[1]) for t in towns], I(scat))
    L.sum("表2 集中 合计", [str(t[2]) for t in towns], I(conc))
    L.sum("表2 人数 合计", [str(t[1] + t[2]) for t in towns], I(tot))
    L.sum("表2 金额 合计", [t[3] for t in towns], F(personal))
    L.sum("个人发放 = 基本生活费 + 护理", [F(amts[0]), F(care)], F(personal))
    L.signed("个人发放 + 运转 = 支出", [F(personal), F(facility)], [], F(spend))
    b.append({"t": "table", "caption": "表2  分乡镇特困人员及资金发放情况", "unit": "人数单位：人；金额单位：万元",
              "head": ["乡镇", "分散供养", "集中供养", "小计", "全年发放"], "rows": trows})
    H("五、监督渠道")
    P("分散供养资金通过惠民惠农财政补贴“一卡通”按月发放至个人账户，集中供养资金按季拨付供养服务设施。"
      "公示期7天，如对公示内容有异议，请向县民政局社会救助股反映，监督电话：0743-5162837。")
    L.anchor("0743-5162837")
    b.append({"t": "sign", "text": f"茈溪县民政局　　茈溪县财政局\n{DATE}"})
    L.anchor(DOCNO)
    L.dated("落款日期在2024年度结束之后", DATE)
    L.anchor("截至2024年12月31日")
    return b, L, {"file": FILE, "fmt": "txt-tab", "date": DATE, "docno": DOCNO}
