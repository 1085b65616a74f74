# -*- coding: utf-8 -*-
"""t02 — 山东省汶阳市 2024年1—12月失业保险基金、工伤保险基金预算执行情况 (.html).

Two funds side by side in one table (+ a 两项基金合计 column), 1—12月累计 / 上年同期 / 同比,
<br> inside cells, footnote markers (注1, ①, ②) after numbers, “—” cells.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, f, fi, wan, Ledger, html_text, ROOT  # noqa: E402

NAME = "t02_wenyang_unemployment_injury_funds_jan_dec_2024"
DASH = "—"

# row key -> (label-in-table, 失业 (cur, prev) or None, 工伤 (cur, prev) or None)
INC = [
    ("fee", "保险费收入", ("46842.36", "44125.80"), ("35628.14", "33416.92")),
    ("int", "利息收入", ("1286.40", "1352.17"), ("412.86", "398.45")),
    ("sub", "财政补贴收入", None, None),
    ("trin", "转移收入", ("386.25", "412.60"), None),
    ("up", "上级补助收入", None, ("1860.00", "1240.00")),
    ("oth", "其他收入", ("215.73", "168.45"), ("96.32", "128.74")),
]
OUT = [
    ("ben", "失业保险金", ("12486.30", "11602.45"), None),
    ("med", "代缴基本<br>医疗保险费", ("2864.52", "2615.20"), None),
    ("fun", "丧葬补助金<br>和抚恤金", ("86.40", "92.16"), None),
    ("skill", "技能提升补贴", ("2368.00", "3126.40"), None),
    ("ret", "稳岗返还", ("18642.75", "21864.30"), None),
    ("wben", "工伤保险待遇", None, ("31246.58", "29104.36")),
    ("ass", "劳动能力鉴定费", None, ("146.20", "132.80")),
    ("prev", "工伤预防费", None, ("1068.00", "946.00")),
    ("trout", "转移支出", ("426.18", "398.62"), None),
    ("upout", "上解上级支出", None, ("3562.81", "3341.69")),
    ("ooth", "其他支出", ("1125.36", "986.24"), ("58.40", "62.15")),
]
BUDGET = {"U_in": D("52600.00"), "U_out": D("48300.00"), "W_in": D("36800.00"), "W_out": D("36900.00")}
B0 = {"U": D("165284.62"), "W": D("42618.37")}
MARK = {("trin", "U"): "<sup>注1</sup>", ("up", "W"): "①", ("upout", "W"): "②"}
# 参保 (万人)
INS = {"U": (D("68.42"), D("66.26")), "W": (D("72.15"), D("69.80"))}
BEN_PERSONS = 5560           # 月均领取失业保险金人数
MIN_WAGE = D("2100")
BEN_RATE = D("90")           # % of 最低工资
DEC_FEE = D("4126.38")       # 12月当月失业保险费收入
SKILL = [("初级", D("1000"), 9264), ("中级", D("1500"), 5128), ("高级", D("2000"), 3362)]
RET_FIRMS = 12846
RET_STAFF = D("42.36")       # 万人
RET_RATES = [("中小微企业", "60%"), ("大型企业", "30%")]
# 工伤待遇 其中 (partial)
WBEN_PARTS = [("工伤医疗待遇", D("8964.25")), ("伤残待遇", D("12618.42"))]
DEATH_STD_INCOME = D("51821")  # 2023年全国城镇居民人均可支配收入（元）
DEATH_N = 66
INJ_CASES = 3246
INJ_PERSONS = 8642
ASSESS = 2418
AUDIT_FIRMS = 1286
CLAW_U_N = 126
CLAW_U = D("58.62")
CLAW_W = D("12.40")
# 季度累计进度（万元）: 1—3月, 1—6月, 1—9月 (1—12月 = 全年)
QTR = {"U_in": ["11486.20", "23862.45", "36214.80"], "U_out": ["8124.36", "17486.92", "27364.18"],
       "W_in": ["8962.40", "18204.66", "28046.15"], "W_out": ["8315.22", "17142.80", "26418.63"]}


def build():
    L = Ledger(NAME + ".html", "html")
    s = {}
    val = {}

    def put(k, v):
        val[k] = D(v)
        s[k] = f(D(v))

    for key, lab, u, w in INC + OUT:
        for fund, pair in (("U", u), ("W", w)):
            if pair:
                put(f"{fund}_{key}", pair[0])
                put(f"{fund}_{key}_p", pair[1])
    for fund in ("U", "W"):
        for side, rows in (("in", INC), ("out", OUT)):
            for suf in ("", "_p"):
                tot = sum((val[f"{fund}_{k}{suf}"] for k, *_ in rows if f"{fund}_{k}{suf}" in val), D(0))
                put(f"{fund}_{side}{suf}", tot)
        put(f"{fund}_bal", val[f"{fund}_in"] - val[f"{fund}_out"])
        put(f"{fund}_bal_p", val[f"{fund}_in_p"] - val[f"{fund}_out_p"])
        put(f"{fund}_b0", B0[fund])
        put(f"{fund}_b1", B0[fund] + val[f"{fund}_bal"])
    # 合计 column
    keys = [k for k, *_ in INC + OUT] + ["in", "out", "bal", "b1"]
    for k in keys:
        for suf in ("", "_p"):
            a, b = val.get(f"U_{k}{suf}"), val.get(f"W_{k}{suf}")
            if k == "b1" and suf == "_p":
                a, b = B0["U"], B0["W"]
            if a is None and b is None:
                continue
            put(f"T_{k}{suf}", (a or 0) + (b or 0))
    for fund in ("U", "W"):
        put(f"{fund}_b1_p", B0[fund])

    def gr(k):
        return growth(val[k], val[k + "_p"])

    def grs(k):  # table string for 同比 (signed)
        return f(gr(k))

    for k in ("U_in", "U_out", "W_in", "W_out"):
        L.fact(k, s[k])

    H = []  # html pieces
    add = H.append
    add('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<title>汶阳市2024年1—12月失业保险基金、工伤保险基金预算执行情况</title>\n'
        '<style>body{font-family:"SimSun",serif;margin:0 auto;max-width:1100px;line-height:1.9}'
        'h1{text-align:center;font-size:22px}.info{text-align:center;color:#666;font-size:13px}'
        'p{text-indent:2em}table{border-collapse:collapse;margin:8px auto;font-size:13px}'
        'td,th{border:1px solid #333;padding:3px 5px}td.n{text-align:right}td.i1{padding-left:2em}'
        '.note{font-size:13px;text-indent:0}.sign{text-align:right;text-indent:0}</style>\n</head>\n<body>\n')
    add('<div class="article">\n<h1>汶阳市2024年1—12月失业保险基金、工伤保险基金预算执行情况</h1>\n'
        '<div class="info">发布机构：汶阳市人力资源和社会保障局　汶阳市财政局　　发布日期：2025-02-18　　浏览次数：1286</div>\n'
        '<div class="content">\n')

    def P_(t, cls=None):
        add(f'<p class="{cls}">{t}</p>\n' if cls else f"<p>{t}</p>\n")

    P_("根据《汶阳市2024年社会保险基金预算》和社会保险基金财务制度有关规定，现将2024年1—12月全市失业保险基金、"
       "工伤保险基金预算执行情况公布如下。本期数据为全市（含各县市区）汇总数，数据口径为1—12月累计数，"
       "同比是与上年同期（2023年1—12月）相比。")

    # ---------------- 一、失业
    add("<h2>一、失业保险基金预算执行情况</h2>\n")
    ui, uo = pct(val["U_in"], BUDGET["U_in"]), pct(val["U_out"], BUDGET["U_out"])
    g = {k: gr(k) for k in ("U_in", "U_out", "U_fee", "U_int", "U_ret", "U_skill", "U_ben", "U_bal", "W_in", "W_out",
                             "W_fee", "W_up", "W_wben", "W_upout", "W_bal", "T_in", "T_out")}
    a1 = f"1—12月，全市失业保险基金收入{s['U_in']}万元，完成年度预算{f(BUDGET['U_in'])}万元的{f(ui)}%，同比增长{f(g['U_in'])}%"
    a2 = f"保险费收入{s['U_fee']}万元，同比增长{f(g['U_fee'])}%"
    a2b = f"利息收入{s['U_int']}万元，同比下降{f(-g['U_int'])}%"
    P_(f"{a1}。其中，{a2}，12月当月保险费收入{f(DEC_FEE)}万元；{a2b}，主要是存款利率下调；"
       f"转移收入{s['U_trin']}万元（见注1）；其他收入{s['U_oth']}万元。失业保险基金无财政补贴收入。")
    L.ratio("失业收入完成年度预算%", f(ui), s["U_in"], f(BUDGET["U_in"]), [a1])
    L.growth("失业收入同比", f(g["U_in"]), s["U_in"], s["U_in_p"], "增长", [a1])
    L.growth("失业保险费收入同比", f(g["U_fee"]), s["U_fee"], s["U_fee_p"], "增长", [a2])
    L.growth("失业利息收入同比", f(-g["U_int"]), s["U_int"], s["U_int_p"], "下降", [a2b])
    L.cond("12月当月保费收入 < 1—12月累计（不同指标）", DEC_FEE < val["U_fee"], "")
    L.sum("失业收入 = 保险费 + 利息 + 转移 + 其他", s["U_in"], [s["U_fee"], s["U_int"], s["U_trin"], s["U_oth"]],
          [a1, a2, f"转移收入{s['U_trin']}万元（见注1）", f"其他收入{s['U_oth']}万元。失业保险基金无财政补贴收入"])

    b1 = f"失业保险基金支出{s['U_out']}万元，完成年度预算{f(BUDGET['U_out'])}万元的{f(uo)}%，同比下降{f(-g['U_out'])}%"
    sk = "；".join(f"{lv}证书{fi(std)}元/人，{fi(n)}人次" for lv, std, n in SKILL)
    sk_amt = [(lv, wan(std * n)) for lv, std, n in SKILL]
    sk_n = sum(n for *_, n in SKILL)
    b2 = f"稳岗返还{s['U_ret']}万元，同比下降{f(-g['U_ret'])}%"
    rr = "、".join(f"{a}按上年度实际缴纳失业保险费的{b}" for a, b in RET_RATES)
    P_(f"{b1}。支出低于预算的主要原因是稳岗返还政策调整后，{rr}返还，返还总额少于年初预计。"
       f"其中：{b2}，惠及企业{fi(RET_FIRMS)}户、职工{f(RET_STAFF)}万人；"
       f"技能提升补贴{s['U_skill']}万元，同比下降{f(-g['U_skill'])}%，共发放{fi(sk_n)}人次（{sk}），"
       f"分别为" + "、".join(f"{f(v)}万元" for _, v in sk_amt) + "；"
       f"失业保险金{s['U_ben']}万元，同比增长{f(g['U_ben'])}%；代缴基本医疗保险费{s['U_med']}万元；丧葬补助金和抚恤金{s['U_fun']}万元；"
       f"转移支出{s['U_trout']}万元；其他支出{s['U_ooth']}万元。")
    L.ratio("失业支出完成预算%", f(uo), s["U_out"], f(BUDGET["U_out"]), [b1])
    L.growth("失业支出同比", f(-g["U_out"]), s["U_out"], s["U_out_p"], "下降", [b1])
    L.growth("稳岗返还同比", f(-g["U_ret"]), s["U_ret"], s["U_ret_p"], "下降", [b2])
    L.growth("技能提升补贴同比", f(-g["U_skill"]), s["U_skill"], s["U_skill_p"], "下降",
             [f"技能提升补贴{s['U_skill']}万元，同比下降{f(-g['U_skill'])}%"])
    L.growth("失业保险金同比", f(g["U_ben"]), s["U_ben"], s["U_ben_p"], "增长",
             [f"失业保险金{s['U_ben']}万元，同比增长{f(g['U_ben'])}%"])
    for (lv, std, n), (_, v) in zip(SKILL, sk_amt):
        L.prod(f"技能提升补贴 {lv} = 标准 × 人次 → 万元", f(v), [fi(std), fi(n)], div=10000,
               anchors=[f"{lv}证书{fi(std)}元/人，{fi(n)}人次", f"{f(v)}万元"])
    L.sum("技能提升补贴 = 三档之和", s["U_skill"], [f(v) for _, v in sk_amt])
    L.sum("技能提升补贴人次 = 三档之和", fi(sk_n), [fi(n) for *_, n in SKILL], [f"共发放{fi(sk_n)}人次"])
    L.sum("失业支出 = 各项之和", s["U_out"], [s[f"U_{k}"] for k, _, u, w in OUT if u],
          [f"代缴基本医疗保险费{s['U_med']}万元", f"丧葬补助金和抚恤金{s['U_fun']}万元", f"转移支出{s['U_trout']}万元",
           f"其他支出{s['U_ooth']}万元"])

    std = q(MIN_WAGE * BEN_RATE / 100, 0)
    per = q(val["U_ben"] * 10000 / BEN_PERSONS / 12, 2)
    c1 = (f"全市月均领取失业保险金{fi(BEN_PERSONS)}人，月人均失业保险金{f(per)}元；失业保险金标准按当地最低工资标准"
          f"{fi(MIN_WAGE)}元的{fi(BEN_RATE)}%确定，为每人每月{fi(std)}元")
    P_(f"{c1}。月人均水平略低于标准，主要是部分人员领取首月或末月不足整月、按实际天数计发。")
    L.prod("失业保险金标准 = 最低工资 × 90%", fi(std), [fi(MIN_WAGE), fi(BEN_RATE)], div=100, anchors=[c1])
    L.quot("月人均失业保险金 = 失业保险金 / 月均人数 / 12", f(per), s["U_ben"], fi(BEN_PERSONS),
           mult=D(10000) / 12, anchors=[c1, f"失业保险金{s['U_ben']}万元"])
    L.cond("月人均 < 标准（已说明）", per < std, f"{per} < {std}")

    # ---------------- 二、工伤
    add("<h2>二、工伤保险基金预算执行情况</h2>\n")
    wi, wo = pct(val["W_in"], BUDGET["W_in"]), pct(val["W_out"], BUDGET["W_out"])
    d1 = f"1—12月，全市工伤保险基金收入{s['W_in']}万元，完成年度预算{f(BUDGET['W_in'])}万元的{f(wi)}%，同比增长{f(g['W_in'])}%"
    d2 = f"保险费收入{s['W_fee']}万元，同比增长{f(g['W_fee'])}%"
    d3 = f"上级补助收入{s['W_up']}万元，同比增长{f(g['W_up'])}%"
    P_(f"{d1}，超过年度预算主要是新开工建设项目按项目参加工伤保险集中缴费，以及省级调剂金下拨增加。"
       f"其中，{d2}；利息收入{s['W_int']}万元；{d3}（见注①）；其他收入{s['W_oth']}万元。")
    L.ratio("工伤收入完成预算%（超100%）", f(wi), s["W_in"], f(BUDGET["W_in"]), [d1])
    L.cond("工伤收入完成率 > 100%（已说明）", wi > 100, f(wi))
    L.growth("工伤收入同比", f(g["W_in"]), s["W_in"], s["W_in_p"], "增长", [d1])
    L.growth("工伤保费同比", f(g["W_fee"]), s["W_fee"], s["W_fee_p"], "增长", [d2])
    L.growth("上级补助同比", f(g["W_up"]), s["W_up"], s["W_up_p"], "增长", [d3])
    L.sum("工伤收入 = 保费 + 利息 + 上级补助 + 其他", s["W_in"], [s["W_fee"], s["W_int"], s["W_up"], s["W_oth"]],
          [d2, f"利息收入{s['W_int']}万元", d3, f"其他收入{s['W_oth']}万元"])

    e1 = f"工伤保险基金支出{s['W_out']}万元，完成年度预算{f(BUDGET['W_out'])}万元的{f(wo)}%，同比增长{f(g['W_out'])}%"
    death_std = DEATH_STD_INCOME * 20
    death_amt = wan(death_std * DEATH_N)
    parts = WBEN_PARTS + [("一次性工亡补助金", death_amt)]
    rest = val["W_wben"] - sum(v for _, v in parts)
    e2 = (f"工伤保险待遇{s['W_wben']}万元，同比增长{f(g['W_wben'])}%，其中：" +
          "，".join(f"{a}{f(b)}万元" for a, b in parts) +
          f"，其余{f(rest)}万元为丧葬补助金、供养亲属抚恤金、生活护理费和辅助器具配置费等")
    e3 = (f"一次性工亡补助金按上一年度全国城镇居民人均可支配收入{fi(DEATH_STD_INCOME)}元的20倍确定，"
          f"为每人{fi(death_std)}元，全年核定工亡职工{DEATH_N}人")
    e4 = f"上解上级支出{s['W_upout']}万元（见注②），同比增长{f(g['W_upout'])}%"
    P_(f"{e1}。{e2}。{e3}。劳动能力鉴定费{s['W_ass']}万元，工伤预防费{s['W_prev']}万元，{e4}，其他支出{s['W_ooth']}万元。")
    L.ratio("工伤支出完成预算%", f(wo), s["W_out"], f(BUDGET["W_out"]), [e1])
    L.growth("工伤支出同比", f(g["W_out"]), s["W_out"], s["W_out_p"], "增长", [e1])
    L.growth("工伤待遇同比", f(g["W_wben"]), s["W_wben"], s["W_wben_p"], "增长", [e2])
    L.growth("上解同比", f(g["W_upout"]), s["W_upout"], s["W_upout_p"], "增长", [e4])
    L.lin("工伤待遇 = 列举三项 + 其余", s["W_wben"], [(1, f(b)) for _, b in parts] + [(1, f(rest))], [e2])
    L.prod("工亡补助标准 = 人均可支配收入 × 20", fi(death_std), [fi(DEATH_STD_INCOME), "20"], anchors=[e3])
    L.prod("一次性工亡补助金 = 每人标准 × 人数 → 万元", f(death_amt), [fi(death_std), str(DEATH_N)], div=10000,
           anchors=[e3, e2])
    L.sum("工伤支出 = 各项之和", s["W_out"], [s[f"W_{k}"] for k, _, u, w in OUT if w],
          [f"劳动能力鉴定费{s['W_ass']}万元", f"工伤预防费{s['W_prev']}万元", e4, f"其他支出{s['W_ooth']}万元"])
    L.fact("death_benefit_wan", f(death_amt))

    # ---------------- 三、结余
    add("<h2>三、基金结余情况</h2>\n")
    mU = q(val["U_b1"] / (val["U_out"] / 12), 1)
    mW = q(val["W_b1"] / (val["W_out"] / 12), 1)
    g1 = f"失业保险基金当期结余{s['U_bal']}万元，年初累计结余{s['U_b0']}万元，年末累计结余{s['U_b1']}万元"
    g2 = f"工伤保险基金当期结余{s['W_bal']}万元，年初累计结余{s['W_b0']}万元，年末累计结余{s['W_b1']}万元"
    P_(f"1—12月，{g1}，按本年月均支出计算可支付{f(mU, 1)}个月；{g2}，按本年月均支出计算可支付{f(mW, 1)}个月。"
       f"失业保险基金当期结余同比增长{f(g['U_bal'])}%，主要是稳岗返还支出减少；工伤保险基金当期结余同比增长{f(g['W_bal'])}%。")
    for fu, gg in (("U", g1), ("W", g2)):
        L.lin(f"{fu} 当期结余 = 收入 − 支出", s[f"{fu}_bal"], [(1, s[f"{fu}_in"]), (-1, s[f"{fu}_out"])], [gg])
        L.sum(f"{fu} 年末累计结余 = 年初 + 当期", s[f"{fu}_b1"], [s[f"{fu}_b0"], s[f"{fu}_bal"]], [gg])
    L.quot("失业可支付月数 = 年末累计结余 / (支出/12)", f(mU, 1), s["U_b1"], s["U_out"], mult=12,
           anchors=[f"可支付{f(mU, 1)}个月"])
    L.quot("工伤可支付月数", f(mW, 1), s["W_b1"], s["W_out"], mult=12, anchors=[f"可支付{f(mW, 1)}个月"])
    L.growth("失业当期结余同比", f(g["U_bal"]), s["U_bal"], s["U_bal_p"], "增长",
             [f"失业保险基金当期结余同比增长{f(g['U_bal'])}%"])
    L.growth("工伤当期结余同比", f(g["W_bal"]), s["W_bal"], s["W_bal_p"], "增长",
             [f"工伤保险基金当期结余同比增长{f(g['W_bal'])}%"])

    # ---------------- 四、参保
    add("<h2>四、参保、待遇享受和基金管理情况</h2>\n")
    add("<h3>（一）参保和待遇享受情况</h3>\n")
    iu = INS["U"][0] - INS["U"][1]
    iw = INS["W"][0] - INS["W"][1]
    gu, gw = growth(*INS["U"]), growth(*INS["W"])
    h1 = f"年末全市失业保险参保人数{f(INS['U'][0])}万人，比上年末的{f(INS['U'][1])}万人增加{f(iu)}万人，增长{f(gu)}%"
    h2 = f"工伤保险参保人数{f(INS['W'][0])}万人，比上年末的{f(INS['W'][1])}万人增加{f(iw)}万人，增长{f(gw)}%"
    P_(f"{h1}；{h2}。工伤保险参保人数多于失业保险参保人数，主要是建筑业按项目参保的农民工只参加工伤保险。"
       f"全年认定（视同）工伤{fi(INJ_CASES)}件，享受工伤保险待遇{fi(INJ_PERSONS)}人次，完成劳动能力鉴定{fi(ASSESS)}人次。")
    adj_n, adj_pm, adj_m = 1862, D("186.40"), 6
    adj_amt = wan(D(adj_n) * adj_pm * adj_m)
    j1 = (f"自2024年7月1日起按省统一部署调整工伤保险定期待遇，涉及享受伤残津贴、供养亲属抚恤金和生活护理费的人员"
          f"{fi(adj_n)}人，人均每月增加{f(adj_pm)}元，2024年按{adj_m}个月计算增支{f(adj_amt)}万元")
    P_(f"{j1}，已包含在工伤保险待遇支出中。失业人员领取失业保险金期间应缴纳的职工基本医疗保险费由失业保险基金代缴，"
       f"个人不缴纳，相应支出在“代缴基本医疗保险费”中反映；领取期满或重新就业的，停止代缴。")
    L.prod("定期待遇调整增支 = 人数 × 月增 × 月数 → 万元", f(adj_amt), [fi(adj_n), f(adj_pm), str(adj_m)], div=10000,
           anchors=[j1])
    L.lin("失业参保增加", f(iu), [(1, f(INS["U"][0])), (-1, f(INS["U"][1]))], [h1])
    L.lin("工伤参保增加", f(iw), [(1, f(INS["W"][0])), (-1, f(INS["W"][1]))], [h2])
    L.growth("失业参保增长率", f(gu), f(INS["U"][0]), f(INS["U"][1]), "增长", [h1])
    L.growth("工伤参保增长率", f(gw), f(INS["W"][0]), f(INS["W"][1]), "增长", [h2])

    # ---------------- 政策与基金管理
    add("<h3>（二）政策落实和基金管理情况</h3>\n")
    rate_u, rate_p = D("0.7"), D("0.3")
    r_tot = rate_u + rate_p
    m1 = (f"阶段性降低失业保险费率政策继续实施，失业保险总费率{f(r_tot, 1)}%，其中单位费率{f(rate_u, 1)}%、"
          f"个人费率{f(rate_p, 1)}%")
    P_(f"{m1}；工伤保险按行业风险类别实行八档基准费率，并根据用人单位工伤发生率实行浮动费率。"
       f"全年开展社会保险基金管理提升行动，对{fi(AUDIT_FIRMS)}户参保单位开展稽核，"
       f"追回违规领取失业保险金{fi(CLAW_U_N)}人次、{f(CLAW_U)}万元，追回违规享受工伤保险待遇{f(CLAW_W)}万元，"
       f"分别计入两项基金的其他收入。对享受稳岗返还的企业逐户比对参保缴费和裁员率数据，"
       f"对裁员率超过规定标准的企业不予返还。推进工伤预防“五进”活动，在建筑施工、危险化学品、矿山等重点行业"
       f"开展工伤预防培训，全年培训企业负责人和一线职工两万余人次。")
    L.sum("失业总费率 = 单位 + 个人", f(r_tot, 1), [f(rate_u, 1), f(rate_p, 1)], [m1])
    L.cond("追回失业保险金 ≤ 失业其他收入（计入其中）", CLAW_U <= val["U_oth"],
           f"{f(CLAW_U)} <= {s['U_oth']}", [f"{f(CLAW_U)}万元"])
    L.cond("追回工伤待遇 ≤ 工伤其他收入（计入其中）", CLAW_W <= val["W_oth"],
           f"{f(CLAW_W)} <= {s['W_oth']}", [f"追回违规享受工伤保险待遇{f(CLAW_W)}万元"])

    # ---------------- 五、合计
    add("<h2>五、两项基金合计情况</h2>\n")
    k1 = (f"两项基金合计收入{s['T_in']}万元，同比增长{f(g['T_in'])}%；合计支出{s['T_out']}万元，同比下降{f(-g['T_out'])}%；"
          f"合计当期结余{s['T_bal']}万元，年末合计累计结余{s['T_b1']}万元")
    P_(f"1—12月，{k1}。合计同比按两项基金合计数与上年同期合计数计算，不是两项基金同比增幅的简单平均。")
    L.sum("合计收入 = 失业 + 工伤", s["T_in"], [s["U_in"], s["W_in"]], [k1])
    L.sum("合计支出 = 失业 + 工伤", s["T_out"], [s["U_out"], s["W_out"]], [k1])
    L.sum("合计当期结余", s["T_bal"], [s["U_bal"], s["W_bal"]], [k1])
    L.sum("合计年末累计结余", s["T_b1"], [s["U_b1"], s["W_b1"]], [k1])
    L.growth("合计收入同比（合计口径）", f(g["T_in"]), s["T_in"], s["T_in_p"], "增长", [k1])
    L.growth("合计支出同比", f(-g["T_out"]), s["T_out"], s["T_out_p"], "下降", [k1])
    L.cond("合计同比 ≠ 两基金同比的简单平均", q((g["U_in"] + g["W_in"]) / 2) != g["T_in"],
           f"avg {q((g['U_in'] + g['W_in']) / 2)} vs {g['T_in']}")

    # ---------------- table
    add('<table class="data">\n<caption>表1　汶阳市2024年1—12月失业保险、工伤保险基金收支情况表（单位：万元）</caption>\n')
    add('<tr><th rowspan="2">项　　目</th><th colspan="4">失业保险基金</th><th colspan="4">工伤保险基金</th>'
        '<th colspan="3">两项基金合计</th></tr>\n')
    hdr = '<th>年度<br>预算</th><th>1—12月<br>累计</th><th>上年<br>同期</th><th>同比<br>（%）</th>'
    add('<tr>' + hdr + hdr + '<th>1—12月<br>累计</th><th>上年<br>同期</th><th>同比<br>（%）</th></tr>\n')

    def cellv(k, mark=""):
        return f'<td class="n">{s[k]}{mark}</td>' if k in s else f'<td class="n">{DASH}</td>'

    def cellg(k):
        if k in s and k + "_p" in s and val[k + "_p"] != 0:
            return f'<td class="n">{grs(k)}</td>'
        return f'<td class="n">{DASH}</td>'

    def row(label, key, cls="", budget=False):
        cells = [f'<td class="{cls}">{label}</td>' if cls else f"<td>{label}</td>"]
        for fu in ("U", "W"):
            bk = f"{fu}_{key}"
            if budget:
                cells.append(f'<td class="n">{f(BUDGET[bk])}</td>')
            else:
                cells.append(f'<td class="n">{DASH}</td>')
            cells += [cellv(bk, MARK.get((key, fu), "")), cellv(bk + "_p"), cellg(bk)]
        cells += [cellv(f"T_{key}"), cellv(f"T_{key}_p"), cellg(f"T_{key}")]
        add("<tr>" + "".join(cells) + "</tr>\n")

    row("一、基金收入", "in", budget=True)
    for k, lab, *_ in INC:
        row(lab, k, "i1")
    row("二、基金支出", "out", budget=True)
    for k, lab, *_ in OUT:
        row(lab, k, "i1")
    row("三、本期收支结余", "bal")
    row("四、年末累计结余", "b1")
    add("</table>\n")
    # table relations (strings as in the cells)
    for fu in ("U", "W"):
        for side, rows in (("in", INC), ("out", OUT)):
            for suf in ("", "_p"):
                parts = [s[f"{fu}_{k}{suf}"] for k, *_ in rows if f"{fu}_{k}{suf}" in s]
                L.sum(f"表1 {fu} {side}{suf} = Σ分项", s[f"{fu}_{side}{suf}"], parts)
        for k in [x for x, *_ in INC + OUT] + ["in", "out", "bal", "b1"]:
            kk = f"{fu}_{k}"
            if kk in s and val[kk + "_p"] != 0:
                L.growth(f"表1 {kk} 同比", f(abs(gr(kk))), s[kk], s[kk + "_p"], "增长" if gr(kk) > 0 else "下降",
                         [grs(kk)])
        L.lin(f"表1 {fu} 本期结余 = 收入 − 支出（上年同期）", s[f"{fu}_bal_p"], [(1, s[f"{fu}_in_p"]), (-1, s[f"{fu}_out_p"])])
        L.same(f"表1 {fu} 年末累计结余上年同期 = 本年年初累计结余", s[f"{fu}_b1_p"], s[f"{fu}_b0"])
    for k in [x for x, *_ in INC + OUT] + ["in", "out", "bal", "b1"]:
        for suf in ("", "_p"):
            if f"T_{k}{suf}" in s:
                parts = [s[x] for x in (f"U_{k}{suf}", f"W_{k}{suf}") if x in s]
                L.sum(f"表1 合计列 {k}{suf} = 失业 + 工伤", s[f"T_{k}{suf}"], parts)
        if f"T_{k}" in s and val[f"T_{k}_p"] != 0:
            gt = gr(f"T_{k}")
            L.growth(f"表1 合计 {k} 同比", f(abs(gt)), s[f"T_{k}"], s[f"T_{k}_p"], "增长" if gt > 0 else "下降", [f(gt)])
    add('<p class="note">注1：转移收入为参保人员跨统筹地区转移失业保险关系时随同转入的基金。<br>'
        '①上级补助收入为省级工伤保险调剂金下拨资金。<br>'
        '②上解上级支出为按规定向省级上解的工伤保险调剂金。<br>'
        '③失业保险基金、工伤保险基金均无财政补贴收入，表中以“—”表示；不适用于本基金的项目亦以“—”表示。</p>\n')

    # ---------------- 季度进度
    add("<h2>六、分季度执行进度</h2>\n")
    prog = {}
    for k_ in QTR:
        seq = [D(x) for x in QTR[k_]] + [val[k_]]
        prog[k_] = [(x, pct(x, BUDGET[k_])) for x in seq]
        L.cond(f"{k_} 季度累计数递增，且1—12月 = 全年累计", all(a < b for a, b in zip(seq, seq[1:])), "")
    n1 = (f"从分季度累计进度看，1—6月失业保险基金收入{f(prog['U_in'][1][0])}万元，完成年度预算的{f(prog['U_in'][1][1])}%，"
          f"支出{f(prog['U_out'][1][0])}万元，完成年度预算的{f(prog['U_out'][1][1])}%")
    n2 = (f"1—6月工伤保险基金收入{f(prog['W_in'][1][0])}万元，完成年度预算的{f(prog['W_in'][1][1])}%，"
          f"支出{f(prog['W_out'][1][0])}万元，完成年度预算的{f(prog['W_out'][1][1])}%")
    P_(f"{n1}，均低于50%的序时进度，主要是稳岗返还集中在下半年拨付；{n2}。下半年随着建设项目集中开工，"
       f"工伤保险费收入进度明显加快，全年收入超过年度预算。")
    L.ratio("1—6月失业收入进度", f(prog['U_in'][1][1]), f(prog['U_in'][1][0]), f(BUDGET['U_in']), [n1])
    L.ratio("1—6月失业支出进度", f(prog['U_out'][1][1]), f(prog['U_out'][1][0]), f(BUDGET['U_out']), [n1])
    L.ratio("1—6月工伤收入进度", f(prog['W_in'][1][1]), f(prog['W_in'][1][0]), f(BUDGET['W_in']), [n2])
    L.ratio("1—6月工伤支出进度", f(prog['W_out'][1][1]), f(prog['W_out'][1][0]), f(BUDGET['W_out']), [n2])
    L.cond("1—6月失业收支进度均低于50%（已说明）", prog['U_in'][1][1] < 50 and prog['U_out'][1][1] < 50, "")
    add('<table class="data">\n<caption>表2　2024年两项基金分季度累计执行进度（单位：万元，%）</caption>\n')
    add('<tr><th rowspan="2">期　间</th><th colspan="4">失业保险基金</th><th colspan="4">工伤保险基金</th></tr>\n')
    add('<tr><th>收入</th><th>占预算</th><th>支出</th><th>占预算</th><th>收入</th><th>占预算</th><th>支出</th><th>占预算</th></tr>\n')
    for i, per_ in enumerate(["1—3月", "1—6月", "1—9月", "1—12月"]):
        cells = [f"<td>{per_}</td>"]
        for k_ in ("U_in", "U_out", "W_in", "W_out"):
            x, r_ = prog[k_][i]
            cells += [f'<td class="n">{f(x)}</td>', f'<td class="n">{f(r_)}</td>']
            L.ratio(f"表2 {per_} {k_} 占预算", f(r_), f(x), f(BUDGET[k_]))
        add("<tr>" + "".join(cells) + "</tr>\n")
    add("</table>\n")
    for k_ in prog:
        L.same(f"表2 1—12月 {k_} = 表1 1—12月累计", f(prog[k_][3][0]), s[k_])

    # ---------------- 七、说明
    add("<h2>七、需要说明的事项</h2>\n")
    P_("（一）本期数据为快报数，最终以2024年度社会保险基金决算为准。（二）失业保险基金支出中的稳岗返还、技能提升补贴按"
       "“免申即享”方式直接拨付至企业或个人账户。（三）工伤保险基金实行省级统筹，调剂金按省统一规定的比例上解和下拨，"
       "上解和下拨分别反映在上解上级支出和上级补助收入中，不相互抵减。（四）2025年，失业保险基金收入预算安排"
       "50,860.00万元，支出预算安排42,300.00万元；工伤保险基金收入预算安排39,200.00万元，支出预算安排37,800.00万元，"
       "均为2025年预算数，与本表2024年执行数不具可比口径。（五）失业保险、工伤保险参保人数为年末参保人数；"
       "享受工伤保险待遇人次按月度享受定期待遇和一次性待遇的人次累计计算，同一人多次享受待遇的重复计算；"
       "月均领取失业保险金人数为各月末领取人数的算术平均数。（六）表中“上年同期”数据为2023年1—12月执行数，"
       "已与2023年度社会保险基金决算数据核对一致，个别项目因收支科目调整与上年公布的快报数略有差异。")
    add("<h2>八、下一步工作</h2>\n")
    P_("一是加强基金预算执行监控，按月分析两项基金收支进度，对偏离序时进度较大的项目及时预警。二是落实失业保险稳岗返还、"
       "技能提升补贴等援企稳岗政策，优化“免申即享”经办流程，提高资金直达效率。三是巩固工伤保险省级统筹成果，"
       "规范工伤认定、劳动能力鉴定和待遇支付，推进工伤医疗费用联网结算。四是深化基金安全风险防控，常态化开展数据比对和"
       "疑点核查，坚决防范欺诈骗保行为，确保基金安全平稳运行。")
    P_("汶阳市人力资源和社会保障局　汶阳市财政局", "sign")
    P_("2025年2月18日", "sign")
    L.present("落款日期在财政年度结束之后", ["2025年2月18日"])
    L.fact("sign_date", "2025-02-18")
    add("</div>\n</div>\n</body>\n</html>\n")
    return H, L


def render(blocks, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(blocks))


def visible(path):
    return html_text(path)


def main(outdir=ROOT):
    blocks, L = build()
    path = os.path.join(outdir, NAME + ".html")
    render(blocks, path)
    vis = visible(path)
    n = L.verify_text(vis)
    src = open(path, encoding="utf-8").read()
    L.cond("cells contain <br>", src.count("<br>") >= 10, str(src.count("<br>")))
    L.cond("cells contain “—”", src.count(f">{DASH}</td>") >= 20, str(src.count(f">{DASH}</td>")))
    L.cond("footnote markers after numbers", "<sup>注1</sup>" in src and "①</td>" in src and "②</td>" in src, "")
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks))


if __name__ == "__main__":
    main()
