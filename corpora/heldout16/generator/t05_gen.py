# -*- coding: utf-8 -*-
"""t05 — 江西省赣坪市 2024年市本级国有资本经营决算情况说明 (.html).

Real <table>s with <caption>, <thead>, <tbody> and a <tfoot> 合计 row.  In 表1 the <tfoot> is written
before the <tbody> (allowed by HTML), so the 合计 row comes first in document order.  利润收入 /
股利股息收入 / 产权转让收入, 调出资金 to 一般公共预算 at a fixed percentage of a stated base, 上年结转.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, f, fi, Ledger, html_text, ROOT  # noqa: E402

NAME = "t05_ganping_state_capital_operating_final_accounts_2024"
DASH = "—"

# 分企业利润收入: 企业, 类别, 2023年度净利润, 上缴比例(%)
ENT = [("赣坪市城市建设投资集团有限公司", "功能类", D("8642.50"), D("15")),
       ("赣坪市交通投资集团有限公司", "功能类", D("5286.40"), D("15")),
       ("赣坪市水务集团有限公司", "公益类", D("2148.60"), D("10")),
       ("赣坪市文化旅游投资集团有限公司", "商业竞争类", D("1362.80"), D("25")),
       ("赣坪市产业投资集团有限公司", "商业竞争类", D("3986.20"), D("25"))]
INC = [("利润收入", None, D("3400.00"), D("3286.70")),      # 决算 computed from ENT
       ("股利、股息收入", D("1268.40"), D("1200.00"), D("1152.30")),
       ("产权转让收入", D("2460.00"), D("1800.00"), D("680.00")),
       ("清算收入", D("0"), D("0"), D("0")),
       ("其他国有资本经营预算收入", D("80.16"), D("0"), D("54.20"))]
EXP = [("解决历史遗留问题及改革成本支出", D("1486.30"), D("1500.00"), D("1328.40")),
       ("国有企业资本金注入", D("3860.00"), D("3600.00"), D("2640.00")),
       ("其他国有资本经营预算支出", D("120.00"), D("200.00"), D("158.10"))]
TRANSFER_IN = D("150.00")    # 上级国有资本经营预算转移支付收入（厂办大集体改革）
CARRY0 = D("412.60")
OUT_RATE, OUT_RATE_PREV = D("35"), D("30")
HIST_PARTS = [("厂办大集体改革", D("150.00")), ("国有企业退休人员社会化管理补助", D("312.60"))]
INJECT = [("赣坪市产业投资集团有限公司", D("2000.00")), ("赣坪市交通投资集团有限公司", D("1500.00")),
          ("赣坪市文化旅游投资集团有限公司", D("360.00"))]
CN = "零一二三四五六七八九十"
NEXT = {"收入": D("6860.00"), "支出": D("4980.00"), "调出": D("1750.00")}


def build():
    L = Ledger(NAME + ".html", "html")
    H = []
    add = H.append

    profit = [(n, c, np_, r, q(np_ * r / 100)) for n, c, np_, r in ENT]
    PROFIT = sum(x[4] for x in profit)
    inc = []
    for nm, v, b, p in INC:
        inc.append((nm, PROFIT if v is None else v, b, p))
    R = sum(x[1] for x in inc)
    R_b = sum(x[2] for x in inc)
    R_p = sum(x[3] for x in inc)
    E = sum(x[1] for x in EXP)
    E_b = sum(x[2] for x in EXP)
    E_p = sum(x[3] for x in EXP)
    base = inc[0][1] + inc[1][1]
    base_p = inc[0][3] + inc[1][3]
    base_b = inc[0][2] + inc[1][2]
    OUT = q(base * OUT_RATE / 100)
    OUT_p = q(base_p * OUT_RATE_PREV / 100)
    OUT_b = q(base_b * OUT_RATE / 100)
    TI = R + TRANSFER_IN + CARRY0
    C1 = TI - E - OUT
    sh = [pct(x[1], R) for x in inc]
    L.fact("R", f(R))
    L.fact("E", f(E))
    L.fact("OUT", f(OUT))
    L.fact("C1", f(C1))

    add('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<title>赣坪市2024年市本级国有资本经营决算情况说明</title>\n'
        '<style>body{font-family:"FangSong","SimSun",serif;max-width:980px;margin:0 auto;line-height:1.9}'
        'h1{text-align:center;font-size:22px}h2{font-size:17px}p{text-indent:2em}'
        'table{border-collapse:collapse;margin:10px auto;font-size:14px;width:100%}'
        'caption{font-weight:bold;padding:6px}th,td{border:1px solid #444;padding:4px 6px}'
        'td.n{text-align:right}tfoot td{font-weight:bold;background:#f3f3f3}.unit{text-align:right;text-indent:0}'
        '.sign{text-align:right;text-indent:0}</style>\n</head>\n<body>\n')
    add('<h1>赣坪市2024年市本级国有资本经营决算情况说明</h1>\n')

    def P_(t, cls=None):
        add(f'<p class="{cls}">{t}</p>\n' if cls else f"<p>{t}</p>\n")

    P_("根据《中华人民共和国预算法》和《江西省国有资本经营预算管理办法》，市本级国有资本经营预算收入主要来源于市属国有企业"
       "上缴的国有资本收益，包括利润收入、股利股息收入、产权转让收入、清算收入和其他收入；支出主要用于解决国有企业历史遗留问题"
       "及改革成本、国有企业资本金注入等，并按规定比例调出资金用于保障和改善民生。2024年市本级国有资本经营决算已经"
       "市人大常委会审查批准，现将有关情况说明如下。")

    # ---------------- 一、收入
    add("<h2>一、国有资本经营预算收入决算情况</h2>\n")
    a1 = (f"2024年市本级国有资本经营预算收入决算{f(R)}万元，为预算{f(R_b)}万元的{f(pct(R, R_b))}%，"
          f"比上年决算{f(R_p)}万元增长{f(growth(R, R_p))}%")
    parts = []
    for (nm, v, b, p), s_ in zip(inc, sh):
        if v == 0:
            continue
        parts.append(f"{nm}{f(v)}万元，占{f(s_)}%")
    a2 = "；".join(parts)
    P_(f"{a1}。其中：{a2}。上述四项占比按四舍五入分别计算，合计为{f(sum(sh))}%，与100%的差额系尾差。"
       f"本年无清算收入。")
    L.ratio("收入完成预算%", f(pct(R, R_b)), f(R), f(R_b), [a1])
    L.growth("收入比上年", f(growth(R, R_p)), f(R), f(R_p), "增长", [a1])
    for (nm, v, b, p), s_ in zip(inc, sh):
        if v:
            L.ratio(f"收入占比 {nm}", f(s_), f(v), f(R), [f"{nm}{f(v)}万元，占{f(s_)}%", a1])
    L.sum("收入占比合计 100.01（尾差，已说明）", f(sum(sh)), [f(x) for x in sh if x], [f"合计为{f(sum(sh))}%"])
    L.cond("占比合计确为 100.01（hazard）", sum(sh) == D("100.01"), str(sum(sh)))
    L.sum("本年收入 = 各项", f(R), [f(x[1]) for x in inc if x[1]], [a1, a2])
    a3 = (f"产权转让收入{f(inc[2][1])}万元，为预算的{f(pct(inc[2][1], inc[2][2]))}%，比上年增长{f(growth(inc[2][1], inc[2][3]))}%，"
          f"主要是市文化旅游投资集团有限公司转让所持景区运营公司股权，属一次性收入")
    P_(f"{a3}。利润收入为预算的{f(pct(inc[0][1], inc[0][2]))}%，股利、股息收入为预算的{f(pct(inc[1][1], inc[1][2]))}%。"
       f"其他国有资本经营预算收入年初未编列预算，为清理以前年度欠缴收益形成的收入。")
    L.ratio("产权转让完成预算%", f(pct(inc[2][1], inc[2][2])), f(inc[2][1]), f(inc[2][2]), [a3])
    L.growth("产权转让比上年（>200%）", f(growth(inc[2][1], inc[2][3])), f(inc[2][1]), f(inc[2][3]), "增长", [a3])
    L.ratio("利润收入完成预算%", f(pct(inc[0][1], inc[0][2])), f(inc[0][1]), f(inc[0][2]),
            [f"利润收入为预算的{f(pct(inc[0][1], inc[0][2]))}%"])
    L.ratio("股利股息完成预算%", f(pct(inc[1][1], inc[1][2])), f(inc[1][1]), f(inc[1][2]),
            [f"股利、股息收入为预算的{f(pct(inc[1][1], inc[1][2]))}%"])

    gp, gd, go = growth(inc[0][1], inc[0][3]), growth(inc[1][1], inc[1][3]), growth(inc[4][1], inc[4][3])
    a4 = (f"利润收入比上年增长{f(gp)}%，主要是产业投资集团2023年度净利润增加；股利、股息收入比上年增长{f(gd)}%，"
          f"主要是参股银行2023年度现金分红比例提高；其他国有资本经营预算收入比上年增长{f(go)}%")
    P_(f"{a4}。")
    L.growth("利润收入比上年", f(gp), f(inc[0][1]), f(inc[0][3]), "增长", [a4])
    L.growth("股利股息比上年", f(gd), f(inc[1][1]), f(inc[1][3]), "增长", [a4])
    L.growth("其他收入比上年", f(go), f(inc[4][1]), f(inc[4][3]), "增长", [a4])

    # 表1 — tfoot before tbody
    add('<table id="t1">\n<caption>表1　2024年市本级国有资本经营预算收入决算表</caption>\n')
    add('<thead>\n<tr><th>项目</th><th>预算数</th><th>决算数</th><th>决算数为预算数%</th><th>上年决算数</th>'
        '<th>决算数比上年增长%</th></tr>\n</thead>\n')

    def rowc(cells, cls_first=""):
        out = ["<tr>"]
        for i, c in enumerate(cells):
            out.append(f"<td>{c}</td>" if i == 0 else f'<td class="n">{c}</td>')
        out.append("</tr>\n")
        return "".join(out)

    def r_or_dash(a, b):
        return f(pct(a, b)) if b else DASH

    def g_or_dash(a, b):
        return f(growth(a, b)) if b else DASH

    add("<tfoot>\n" + rowc(["本年收入合计", f(R_b), f(R), r_or_dash(R, R_b), f(R_p), g_or_dash(R, R_p)]) + "</tfoot>\n")
    add("<tbody>\n")
    for nm, v, b, p in inc:
        add(rowc([nm, f(b), f(v), r_or_dash(v, b), f(p), g_or_dash(v, p)]))
    add("</tbody>\n</table>\n")
    P_("单位：万元。表中“—”表示预算数或上年决算数为零，不计算比率。", "unit")
    for col, idx in (("预算数", 2), ("决算数", 1), ("上年决算数", 3)):
        tot = {1: R, 2: R_b, 3: R_p}[idx]
        L.sum(f"表1 {col} 合计 = Σ", f(tot), [f(x[idx]) for x in inc])
    for nm, v, b, p in inc:
        if b:
            L.ratio(f"表1 {nm} 为预算%", f(pct(v, b)), f(v), f(b))
        if p and v != p:
            g_ = growth(v, p)
            L.growth(f"表1 {nm} 比上年", f(abs(g_)), f(v), f(p), "增长" if g_ > 0 else "下降", [f(g_)])

    # ---------------- 二、支出
    add("<h2>二、国有资本经营预算支出决算情况</h2>\n")
    b1 = (f"2024年市本级国有资本经营预算支出决算{f(E)}万元，为预算{f(E_b)}万元的{f(pct(E, E_b))}%，"
          f"比上年决算{f(E_p)}万元增长{f(growth(E, E_p))}%")
    hl = "、".join(f"{a}{f(v)}万元" for a, v in HIST_PARTS)
    hist_rest = EXP[0][1] - sum(v for _, v in HIST_PARTS)
    b2 = (f"解决历史遗留问题及改革成本支出{f(EXP[0][1])}万元，其中{hl}，其余{f(hist_rest)}万元用于市属企业"
          f"“僵尸企业”处置和职工安置")
    il = "、".join(f"向{a}注入{f(v)}万元" for a, v in INJECT)
    b3 = (f"国有企业资本金注入{f(EXP[1][1])}万元，为预算的{f(pct(EXP[1][1], EXP[1][2]))}%，具体为{il}")
    b4 = f"其他国有资本经营预算支出{f(EXP[2][1])}万元，为预算的{f(pct(EXP[2][1], EXP[2][2]))}%"
    P_(f"{b1}。其中：{b2}；{b3}，超过预算主要是年中将超收的产权转让收入用于补充产业投资集团资本金；{b4}，"
       f"主要用于国有企业监管信息化平台建设。")
    L.ratio("支出完成预算%", f(pct(E, E_b)), f(E), f(E_b), [b1])
    L.growth("支出比上年", f(growth(E, E_p)), f(E), f(E_p), "增长", [b1])
    L.lin("历史遗留 = 列举两项 + 其余", f(EXP[0][1]), [(1, f(v)) for _, v in HIST_PARTS] + [(1, f(hist_rest))], [b2])
    L.sum("资本金注入 = 三户企业", f(EXP[1][1]), [f(v) for _, v in INJECT], [b3])
    L.ratio("资本金注入为预算%（>100%，已说明）", f(pct(EXP[1][1], EXP[1][2])), f(EXP[1][1]), f(EXP[1][2]), [b3])
    L.ratio("其他支出为预算%", f(pct(EXP[2][1], EXP[2][2])), f(EXP[2][1]), f(EXP[2][2]), [b4])
    L.sum("本年支出 = 三项", f(E), [f(x[1]) for x in EXP], [b1, b2, b3, b4])
    L.same("厂办大集体改革支出 = 上级转移支付收入（专款）", f(HIST_PARTS[0][1]), f(TRANSFER_IN),
           [f"厂办大集体改革{f(HIST_PARTS[0][1])}万元"])

    add('<table id="t2">\n<caption>表2　2024年市本级国有资本经营预算支出决算表</caption>\n')
    add('<thead>\n<tr><th>项目</th><th>预算数</th><th>决算数</th><th>决算数为预算数%</th><th>上年决算数</th>'
        '<th>决算数比上年增长%</th></tr>\n</thead>\n<tbody>\n')
    for nm, v, b, p in EXP:
        add(rowc([nm, f(b), f(v), r_or_dash(v, b), f(p), g_or_dash(v, p)]))
    add("</tbody>\n<tfoot>\n" + rowc(["本年支出合计", f(E_b), f(E), r_or_dash(E, E_b), f(E_p), g_or_dash(E, E_p)]) +
        "</tfoot>\n</table>\n")
    P_("单位：万元。", "unit")
    for col, idx in (("预算数", 2), ("决算数", 1), ("上年决算数", 3)):
        tot = {1: E, 2: E_b, 3: E_p}[idx]
        L.sum(f"表2 {col} 合计 = Σ", f(tot), [f(x[idx]) for x in EXP])
    for nm, v, b, p in EXP:
        L.ratio(f"表2 {nm} 为预算%", f(pct(v, b)), f(v), f(b))
        g_ = growth(v, p)
        L.growth(f"表2 {nm} 比上年", f(abs(g_)), f(v), f(p), "增长" if g_ > 0 else "下降", [f(g_)])

    ADJ = D("260.00")
    E_adj = E_b + ADJ
    over = inc[2][1] - inc[2][2]
    g1 = (f"表中预算数为市人民代表大会批准的年初预算数。年中经市人大常委会批准调整预算，国有企业资本金注入预算由"
          f"{f(EXP[1][2])}万元调增{f(ADJ)}万元，资金来源为产权转让超收收入{f(over)}万元中的一部分；调整后支出预算为"
          f"{f(E_adj)}万元，支出决算为调整后预算的{f(pct(E, E_adj))}%")
    P_(f"{g1}。按年初预算计算的完成率超过100%、按调整后预算计算的完成率低于100%，两者计算基数不同。")
    L.lin("产权转让超收 = 决算 − 预算", f(over), [(1, f(inc[2][1])), (-1, f(inc[2][2]))], [g1])
    L.sum("调整后支出预算 = 年初 + 调增", f(E_adj), [f(E_b), f(ADJ)], [g1, b1])
    L.ratio("支出为调整后预算%", f(pct(E, E_adj)), f(E), f(E_adj), [g1, b1])
    L.cond("调增 ≤ 超收", ADJ <= over, "")
    RET_N, RET_STD = 2605, D("1200")
    ret_amt = q(D(RET_N) * RET_STD / 10000)
    g2 = (f"国有企业退休人员社会化管理补助{f(ret_amt)}万元，按已移交街道社区管理的{fi(RET_N)}名退休人员、"
          f"每人每年{fi(RET_STD)}元的标准拨付")
    P_(f"{g2}，用于社区开展退休人员服务管理工作，补助标准与上年持平。")
    L.prod("退休人员社会化管理补助 = 人数 × 标准 → 万元", f(ret_amt), [fi(RET_N), fi(RET_STD)], div=10000, anchors=[g2])
    L.same("补助额 = 历史遗留支出中列举数", f(ret_amt), f(HIST_PARTS[1][1]))

    # ---------------- 三、调出与结转
    add("<h2>三、调出资金和结转情况</h2>\n")
    c1 = (f"按照市政府规定，2024年市本级国有资本经营预算按利润收入和股利、股息收入之和的{fi(OUT_RATE)}%调入一般公共预算，"
          f"调出基数为{f(base)}万元（{f(inc[0][1])}＋{f(inc[1][1])}），调出资金{f(OUT)}万元")
    c2 = (f"调出比例比上年的{fi(OUT_RATE_PREV)}%提高{fi(OUT_RATE - OUT_RATE_PREV)}个百分点，调出资金比上年的{f(OUT_p)}万元"
          f"（上年调出基数{f(base_p)}万元×{fi(OUT_RATE_PREV)}%）增长{f(growth(OUT, OUT_p))}%")
    c3 = (f"产权转让收入、其他收入不计入调出基数，因此调出资金占本年收入合计的比例为{f(pct(OUT, R))}%，"
          f"低于{fi(OUT_RATE)}%")
    P_(f"{c1}。{c2}。{c3}。")
    L.sum("调出基数 = 利润 + 股利股息", f(base), [f(inc[0][1]), f(inc[1][1])], [c1])
    L.prod("调出资金 = 基数 × 35%", f(OUT), [f(base), fi(OUT_RATE)], div=100, anchors=[c1])
    L.diff("调出比例 个百分点", fi(OUT_RATE - OUT_RATE_PREV), fi(OUT_RATE), fi(OUT_RATE_PREV), "提高", [c2])
    L.prod("上年调出 = 上年基数 × 30%", f(OUT_p), [f(base_p), fi(OUT_RATE_PREV)], div=100, anchors=[c2])
    L.sum("上年调出基数 = 上年利润 + 上年股利股息（表1上年决算数）", f(base_p), [f(inc[0][3]), f(inc[1][3])], [c2])
    L.growth("调出资金比上年", f(growth(OUT, OUT_p)), f(OUT), f(OUT_p), "增长", [c2])
    L.ratio("调出占本年收入%（不同基数）", f(pct(OUT, R)), f(OUT), f(R), [c3])
    d1 = (f"2024年市本级国有资本经营预算收入总计{f(TI)}万元，包括本年收入{f(R)}万元、上级国有资本经营预算转移支付收入"
          f"{f(TRANSFER_IN)}万元和上年结转{f(CARRY0)}万元")
    d2 = (f"支出总计{f(TI)}万元，包括本年支出{f(E)}万元、调出资金{f(OUT)}万元和结转下年{f(C1)}万元")
    P_(f"{d1}；{d2}。上级转移支付收入{f(TRANSFER_IN)}万元专项用于厂办大集体改革，已全部支出。"
       f"结转下年资金将按规定用于2025年国有企业资本金注入项目。")
    L.sum("收入总计 = 本年收入 + 转移支付 + 上年结转", f(TI), [f(R), f(TRANSFER_IN), f(CARRY0)], [d1])
    L.sum("支出总计 = 本年支出 + 调出 + 结转下年", f(TI), [f(E), f(OUT), f(C1)], [d2])

    add('<table id="t3">\n<caption>表3　2024年市本级国有资本经营预算收支决算平衡表</caption>\n')
    add('<thead>\n<tr><th>收入项目</th><th>决算数</th><th>支出项目</th><th>决算数</th></tr>\n</thead>\n<tbody>\n')
    add(rowc(["本年收入合计", f(R), "本年支出合计", f(E)]))
    add(rowc(["上级转移支付收入", f(TRANSFER_IN), "调出资金", f(OUT)]))
    add(rowc(["上年结转", f(CARRY0), "结转下年", f(C1)]))
    add("</tbody>\n<tfoot>\n" + rowc(["收入总计", f(TI), "支出总计", f(TI)]) + "</tfoot>\n</table>\n")
    P_("单位：万元。", "unit")
    L.sum("表3 收入总计", f(TI), [f(R), f(TRANSFER_IN), f(CARRY0)])
    L.sum("表3 支出总计", f(TI), [f(E), f(OUT), f(C1)])

    # ---------------- 四、分企业
    add("<h2>四、分企业利润收入情况</h2>\n")
    cats = {}
    for n, c, np_, r, v in profit:
        cats.setdefault(c, set()).add(r)
    e1 = ("市属国有企业国有资本收益按企业类别分档收取：" +
          "，".join(f"{c}企业按上年度净利润的{fi(list(rs)[0])}%上缴" for c, rs in cats.items()))
    e2 = (f"2024年收取的利润收入{f(PROFIT)}万元，是{len(profit)}户市属企业按2023年度经审计净利润计算上缴的，"
          f"与企业2024年度经营成果不是同一年度口径")
    P_(f"{e1}。{e2}。其中市城市建设投资集团有限公司应缴利润按8,642.50万元×15%计算为1,296.375万元，"
       f"按四舍五入保留两位小数为{f(profit[0][4])}万元，表4合计按各企业保留两位小数后的金额相加。")
    L.cond("每个类别只有一个上缴比例", all(len(v) == 1 for v in cats.values()), str(cats))
    L.cond("城投应缴 1,296.375 → 1,296.38（HALF_UP）", profit[0][2] * profit[0][3] / 100 == D("1296.375")
           and profit[0][4] == D("1296.38"), "", ["8,642.50万元×15%计算为1,296.375万元", f"保留两位小数为{f(profit[0][4])}万元"])
    add('<table id="t4">\n<caption>表4　2024年市属国有企业利润收入明细表</caption>\n')
    add('<thead>\n<tr><th>企业名称</th><th>企业类别</th><th>2023年度净利润</th><th>上缴比例%</th><th>上缴利润</th></tr>\n'
        '</thead>\n<tbody>\n')
    for n, c, np_, r, v in profit:
        add(f'<tr><td>{n}</td><td>{c}</td><td class="n">{f(np_)}</td><td class="n">{fi(r)}</td><td class="n">{f(v)}</td></tr>\n')
        L.prod(f"表4 {n} 上缴利润 = 净利润 × 比例", f(v), [f(np_), fi(r)], div=100)
    np_tot = sum(x[2] for x in profit)
    add(f'</tbody>\n<tfoot>\n<tr><td>合计</td><td>{DASH}</td><td class="n">{f(np_tot)}</td><td class="n">{DASH}</td>'
        f'<td class="n">{f(PROFIT)}</td></tr>\n</tfoot>\n</table>\n')
    P_("单位：万元。合计行的上缴比例不适用，以“—”表示。", "unit")
    L.sum("表4 上缴利润合计 = Σ", f(PROFIT), [f(x[4]) for x in profit], [e2])
    L.sum("表4 净利润合计 = Σ", f(np_tot), [f(x[2]) for x in profit])
    L.same("表4 合计 = 表1 利润收入决算数", f(PROFIT), f(inc[0][1]))
    L.cond("企业户数 = 表4 行数", len(profit) == 5, "5", [f"{len(profit)}户市属企业"])

    # ---------------- 五、2025
    add("<h2>五、2025年预算安排情况</h2>\n")
    P_(f"经市人民代表大会批准，2025年市本级国有资本经营预算收入安排{f(NEXT['收入'])}万元，支出安排{f(NEXT['支出'])}万元，"
       f"调出资金{f(NEXT['调出'])}万元。上述为2025年预算数，不属于本决算反映的范围，列示仅供参考。")
    L.cond("2025 预算与2024决算不同年度（next-year figures）", NEXT["收入"] != R, "")

    add("<h2>六、国有资本经营预算绩效管理和企业经营情况</h2>\n")
    nproj = len(INJECT)
    P_(f"2024年，市财政局对{CN[nproj]}个国有企业资本金注入项目全部编制绩效目标并开展绩效运行监控，对解决历史遗留问题及改革成本支出"
       f"开展了重点绩效评价。评价结果显示，注资项目资金均按计划到位，产业投资集团利用注资设立的产业引导子基金已完成首期投资，"
       f"交通投资集团注资资金用于城区公交场站建设，文化旅游投资集团注资资金用于景区基础设施提升；厂办大集体改革涉及的"
       f"职工安置和经济补偿已全部兑付到位。评价也发现个别注资项目绩效目标量化不足、资本金使用进度偏慢等问题，"
       f"已督促相关企业整改。")
    ASSET, LIAB, LR_PREV = D("1286.45"), D("742.18"), D("58.32")
    lr = pct(LIAB, ASSET)
    f1 = (f"截至2024年末，市属国有企业资产总额{f(ASSET)}亿元，负债总额{f(LIAB)}亿元，平均资产负债率{f(lr)}%，"
          f"比上年末的{f(LR_PREV)}%下降{f(LR_PREV - lr)}个百分点")
    P_(f"{f1}。企业资产和负债为企业财务决算数据，不属于国有资本经营预算收支，单位为亿元，列示仅用于说明企业经营状况。")
    L.ratio("资产负债率", f(lr), f(LIAB), f(ASSET), [f1])
    L.diff("资产负债率 个百分点", f(LR_PREV - lr), f(lr), f(LR_PREV), "下降", [f1])

    add("<h2>七、名词解释</h2>\n")
    P_("（一）利润收入：指国有独资企业按规定上缴国家的利润。（二）股利、股息收入：指国有控股、参股企业国有股权（股份）"
       "获得的股利、股息。（三）产权转让收入：指国有独资企业产权转让收入和国有控股、参股企业国有股权（股份）转让收入。"
       "（四）清算收入：指国有独资企业清算收入和国有控股、参股企业国有股权（股份）分享的公司清算收入。"
       "（五）调出资金：指从国有资本经营预算调入一般公共预算统筹使用的资金。（六）结转下年：指当年国有资本经营预算收入"
       "未使用完毕、按规定结转下年继续使用的资金。")

    add("<h2>八、其他需要说明的情况</h2>\n")
    P_("（一）本决算收入中的股利、股息收入，主要是市本级持有的赣坪农村商业银行股份有限公司、江西赣坪港务有限公司等参股企业"
       "分配的现金股利。（二）国有资本经营预算支出中的资本金注入，均已履行出资人审批程序，资金到位后由企业按规定用于"
       "项目建设，财政部门将对注资项目开展绩效评价。（三）表中金额单位均为万元，比率保留两位小数。"
       "（四）市属国有企业中，列入国有资本收益收取范围的企业共5户，其余尚处于建设期、未实现盈利的企业本年未上缴利润。（五）本说明中“上年决算数”为2023年市本级国有资本经营决算数，"
       "比上年增长率按本年决算数与上年决算数计算；“决算数为预算数%”除另有说明外均以年初预算数为基数计算。")
    P_("赣坪市财政局", "sign")
    P_("2025年8月28日", "sign")
    L.present("落款日期在财政年度结束之后", ["2025年8月28日"])
    L.fact("sign_date", "2025-08-28")
    add("</body>\n</html>\n")
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
    for tag in ("<caption>", "<thead>", "<tbody>", "<tfoot>"):
        L.cond(f"every table has {tag}", src.count(tag) == src.count("<table"), f"{src.count(tag)} / {src.count('<table')}")
    t1 = src[src.find('<table id="t1">'):src.find("</table>")]
    L.cond("表1 <tfoot> precedes <tbody> (合计 row first in document order)", t1.find("<tfoot>") < t1.find("<tbody>"), "")
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks))


if __name__ == "__main__":
    main()
