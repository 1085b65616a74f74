"""t04 — 广西邕浔市财政局 关于2024年全市政府性基金预算执行情况的报告 (.pdf, ruled tables, 2022/2023/2024 comparison)"""
from common import run, lk27
from lk27 import D, f, pct, growth, Ledger

NAME = "t04_yongxun_government_fund_budget_execution_2024.pdf"

# name, 2024预算, 2024执行, 2023执行 (万元)
REV = [("国有土地使用权出让收入", 620000, 586412, 648305),
       ("城市基础设施配套费收入", 24500, 21836, 26718),
       ("污水处理费收入", 9800, 10124, 9562),
       ("彩票公益金收入", 3200, 3418, 3275),
       ("国有土地收益基金收入", 18600, 17245, 19380),
       ("其他政府性基金收入", 2100, 2367, 1954)]
# name, 2024执行, 2023执行
EXP = [("城乡社区支出", 486372, 512640), ("农林水支出", 12486, 14208), ("交通运输支出", 8734, 6125),
       ("文化旅游体育与传媒支出", 1286, 1142), ("社会保障和就业支出", 2148, 2035),
       ("其他支出（专项债券项目支出）", 305640, 276480), ("债务付息支出", 38762, 33415), ("债务发行费用支出", 246, 198)]
Y24 = dict(sub=28645, bond=236000, out=60000)
Y23 = dict(sub=31206, bond=268000, out=30000)
Y22 = dict(own=812536, land=746820, sub=26430, bond=245000, carry=41126, out=45000, end=52380)
BOND_USE = [("保障性安居工程", 68400), ("产业园区基础设施", 84600), ("城乡供排水和污水处理", 47200)]
BOND_LAST = "收费公路及城市停车设施"
BOND_PROJ = 37


def n(x):
    return f"{x:,}"


def build():
    L = Ledger(NAME)
    t1 = [["项目", "2024年预算数", "2024年执行数", "完成预算（%）", "2023年执行数", "比上年增减（%）"]]
    sb = se = sp = 0
    for nm, b, e, p in REV:
        c = pct(e, b); g = growth(e, p)
        L.rate(f"表1 {nm} 完成预算", f(c), n(e), n(b))
        L.growth(f"表1 {nm} 比上年", f(abs(g)), n(e), n(p), "up" if g > 0 else "down")
        t1.append([nm, n(b), n(e), f(c), n(p), f(g)])
        sb += b; se += e; sp += p
    for ci, lab, tv in [(1, "预算", sb), (2, "执行", se), (4, "上年执行", sp)]:
        L.sum(f"表1 收入合计 {lab} = 各项之和", n(tv), [r[ci] for r in t1[1:]])
    ct = pct(se, sb); gt = growth(se, sp)
    L.rate("表1 收入合计 完成预算", f(ct), n(se), n(sb)); L.growth("表1 收入合计 比上年", f(abs(gt)), n(se), n(sp), "down")
    t1.append(["本级收入合计", n(sb), n(se), f(ct), n(sp), f(gt)])

    xe = sum(e for _, e, _ in EXP); xp = sum(p for _, _, p in EXP)
    t2 = [["项目", "2024年执行数", "2023年执行数", "比上年增减（%）"]]
    for nm, e, p in EXP:
        g = growth(e, p)
        L.growth(f"表2 {nm} 比上年", f(abs(g)), n(e), n(p), "up" if g > 0 else "down")
        t2.append([nm, n(e), n(p), f(g)])
    L.sum("表2 本级支出合计 2024", n(xe), [r[1] for r in t2[1:]])
    L.sum("表2 本级支出合计 2023", n(xp), [r[2] for r in t2[1:]])
    gx = growth(xe, xp); L.growth("表2 本级支出合计 比上年", f(abs(gx)), n(xe), n(xp), "up" if gx > 0 else "down")
    t2.append(["本级支出合计", n(xe), n(xp), f(gx)])

    # balances 2022 -> 2023 -> 2024
    y22 = dict(Y22)
    y22["in_total"] = y22["own"] + y22["sub"] + y22["bond"] + y22["carry"]
    y22["exp"] = y22["in_total"] - y22["out"] - y22["end"]
    y23 = dict(Y23, own=sp, land=REV[0][3], carry=y22["end"], exp=xp)
    y23["in_total"] = y23["own"] + y23["sub"] + y23["bond"] + y23["carry"]
    y23["end"] = y23["in_total"] - y23["exp"] - y23["out"]
    y24 = dict(Y24, own=se, land=REV[0][2], carry=y23["end"], exp=xe)
    y24["in_total"] = y24["own"] + y24["sub"] + y24["bond"] + y24["carry"]
    y24["end"] = y24["in_total"] - y24["exp"] - y24["out"]
    for yr, d in (("2022", y22), ("2023", y23), ("2024", y24)):
        L.sum(f"{yr} 收入总计 = 本级 + 补助 + 债务 + 上年结余", n(d["in_total"]), [n(d["own"]), n(d["sub"]), n(d["bond"]), n(d["carry"])])
        L.sum(f"{yr} 支出总计 = 本级支出 + 调出 + 年终结余", n(d["in_total"]), [n(d["exp"]), n(d["out"]), n(d["end"])])
        assert d["end"] > 0
    L.same("2023 上年结余 = 2022 年终结余", n(y23["carry"]), n(y22["end"]))
    L.same("2024 上年结余 = 2023 年终结余", n(y24["carry"]), n(y23["end"]))
    rows3 = [("收入总计", "in_total"), ("1．本级收入", "own"), ("其中：国有土地使用权出让收入", "land"),
             ("2．上级补助收入", "sub"), ("3．地方政府专项债务收入", "bond"), ("4．上年结余", "carry"),
             ("支出总计", "in_total"), ("1．本级支出", "exp"), ("2．调出资金", "out"), ("3．年终结余", "end")]
    t3 = [["项目", "2022年", "2023年", "2024年", "2023年比2022年（%）", "2024年比2023年（%）"]]
    for lab, k in rows3:
        g1 = growth(y23[k], y22[k]); g2 = growth(y24[k], y23[k])
        if lab != "支出总计":
            L.growth(f"表3 {lab} 2023比2022", f(abs(g1)), n(y23[k]), n(y22[k]), "up" if g1 > 0 else "down")
            L.growth(f"表3 {lab} 2024比2023", f(abs(g2)), n(y24[k]), n(y23[k]), "up" if g2 > 0 else "down")
        t3.append([lab, n(y22[k]), n(y23[k]), n(y24[k]), f(g1), f(g2)])

    land_share = pct(REV[0][2], se); L.rate("土地出让收入 占 本级收入", f(land_share), n(REV[0][2]), n(se))
    land_share22 = pct(y22["land"], y22["own"]); L.rate("2022 土地出让收入 占 本级收入", f(land_share22), n(y22["land"]), n(y22["own"]))
    land_yi = lk27.q(D(REV[0][2]) / 10000, 2); L.conv("土地出让收入 亿元", f(land_yi), n(REV[0][2]))
    own_yi = lk27.q(D(se) / 10000, 2); L.conv("本级收入 亿元", f(own_yi), n(se))
    land22_yi = lk27.q(D(y22["land"]) / 10000, 2); L.conv("2022 土地出让收入 亿元", f(land22_yi), n(y22["land"]))
    g_land2 = growth(REV[0][2], y22["land"]); L.growth("土地出让收入 比2022年下降", f(abs(g_land2)), n(REV[0][2]), n(y22["land"]), "down")
    last = Y24["bond"] - sum(a for _, a in BOND_USE)
    L.sum("专项债券资金 = 各领域之和", n(Y24["bond"]), [n(a) for _, a in BOND_USE] + [n(last)])
    debt_int_share = pct(EXP[6][1], xe); L.rate("债务付息 占 本级支出", f(debt_int_share), n(EXP[6][1]), n(xe))
    L.diff("年终结余 比上年减少", n(y23["end"] - y24["end"]), n(y23["end"]), n(y24["end"]))
    L.dated("报告日期在2024年度结束之后", "2025年3月", (2025, 3, 1), (2024, 12, 31))
    L.facts.update({"own_rev": n(se), "own_exp": n(xe), "end_balance": n(y24["end"]), "date": "2025年3月"})

    m = [("TITLE", "关于邕浔市2024年政府性基金预算执行情况的报告"),
         ("SUB", "——2025年3月在市人大常委会第二十二次会议上"), ("SUB", "邕浔市财政局")]
    m.append(("P", "市人大常委会："))
    m.append(("P", "受市人民政府委托，现将邕浔市2024年全市政府性基金预算执行情况报告如下，请予审议。"))
    m.append(("H1", "一、政府性基金预算收入执行情况"))
    m.append(("P", f"2024年，全市政府性基金预算本级收入完成{n(se)}万元（{f(own_yi)}亿元），为预算{n(sb)}万元的{f(ct)}%，比上年的{n(sp)}万元下降{f(abs(gt))}%。"
                   f"主要是受房地产市场持续调整影响，国有土地使用权出让收入完成{n(REV[0][2])}万元（{f(land_yi)}亿元），为预算的"
                   f"{t1[1][3]}%，比上年下降{f(abs(growth(REV[0][2], REV[0][3])))}%，占本级收入的{f(land_share)}%。"
                   f"城市基础设施配套费收入{n(REV[1][2])}万元，比上年下降{f(abs(growth(REV[1][2], REV[1][3])))}%；"
                   f"污水处理费收入{n(REV[2][2])}万元，完成预算的{t1[3][3]}%，比上年增长{f(growth(REV[2][2], REV[2][3]))}%，"
                   f"主要是污水处理费征收标准调整后全年执行。各项收入执行情况见表1。"))
    m.append(("TABLE", {"caption": "表1  2024年邕浔市政府性基金预算本级收入执行情况表", "unit": "单位：万元",
                        "rows": t1, "head": 1, "widths": [3.2, 1.5, 1.5, 1.3, 1.5, 1.3]}))
    m.append(("P", f"加上上级补助收入{n(Y24['sub'])}万元、地方政府专项债务收入{n(Y24['bond'])}万元和上年结余{n(y24['carry'])}万元，"
                   f"全市政府性基金收入总计{n(y24['in_total'])}万元。"))
    m.append(("H1", "二、政府性基金预算支出执行情况"))
    m.append(("P", f"2024年，全市政府性基金预算本级支出{n(xe)}万元，比上年的{n(xp)}万元增长{f(gx)}%。其中：城乡社区支出{n(EXP[0][1])}万元，"
                   f"主要用于征地拆迁补偿、土地开发和城市建设；其他支出（专项债券项目支出）{n(EXP[5][1])}万元，比上年增长"
                   f"{f(growth(EXP[5][1], EXP[5][2]))}%；债务付息支出{n(EXP[6][1])}万元，占本级支出的{f(debt_int_share)}%，比上年增长"
                   f"{f(growth(EXP[6][1], EXP[6][2]))}%，专项债务付息压力逐年加大。各项支出执行情况见表2。"))
    m.append(("TABLE", {"caption": "表2  2024年邕浔市政府性基金预算本级支出执行情况表", "unit": "单位：万元",
                        "rows": t2, "head": 1, "widths": [3.4, 1.5, 1.5, 1.4]}))
    m.append(("P", f"本级支出加上调出资金{n(Y24['out'])}万元（调入一般公共预算用于“三保”支出），全市政府性基金支出总计"
                   f"{n(y24['exp'] + Y24['out'])}万元。收支相抵，年终结余{n(y24['end'])}万元，比上年末的{n(y23['end'])}万元减少"
                   f"{n(y23['end'] - y24['end'])}万元，主要为已发行尚未支出完毕的专项债券资金，将按规定结转下年继续用于原项目。"))
    L.sum("支出总计(不含结余) = 本级支出 + 调出资金", n(y24["exp"] + Y24["out"]), [n(xe), n(Y24["out"])])
    m.append(("H1", "三、地方政府专项债券资金使用情况"))
    bu = BOND_USE
    m.append(("P", f"2024年全市发行新增专项债券{n(Y24['bond'])}万元，支持{BOND_PROJ}个项目建设。按投向分：{bu[0][0]}{n(bu[0][1])}万元，"
                   f"{bu[1][0]}{n(bu[1][1])}万元，{bu[2][0]}{n(bu[2][1])}万元，{BOND_LAST}{n(last)}万元。"
                   f"债券资金实行穿透式监测，按月通报支出进度，对闲置超过半年的债券资金按程序调整用途。"))
    m.append(("H1", "四、近三年政府性基金收支变化情况"))
    m.append(("P", f"从近三年情况看（见表3），全市政府性基金本级收入由2022年的{n(y22['own'])}万元下降到2024年的{n(se)}万元，"
                   f"其中国有土地使用权出让收入由{f(land22_yi)}亿元下降到{f(land_yi)}亿元，两年累计下降{f(abs(g_land2))}%；"
                   f"土地出让收入占本级收入的比重由{f(land_share22)}%变为{f(land_share)}%，对土地出让收入的依赖程度依然较高。"
                   f"同期专项债务收入保持较大规模；本级支出2023年随土地出让收入明显回落，2024年略有回升。"))
    m.append(("TABLE", {"caption": "表3  2022—2024年邕浔市政府性基金收支对比表", "unit": "单位：万元",
                        "rows": t3, "head": 1, "widths": [3.0, 1.3, 1.3, 1.3, 1.3, 1.3],
                        "note": "注：增减率以负数表示下降；2023年“上年结余”即2022年“年终结余”，2024年同此。"}))
    m.append(("H1", "五、存在的问题和下一步工作"))
    m.append(("P", "一是土地出让收入持续下降，收入结构单一，基金预算收支平衡压力较大。二是专项债券还本付息规模逐年增加，"
                   "部分项目收益不及预期，偿债风险需要高度关注。三是个别项目债券资金支出进度较慢，形成资金沉淀。"))
    m.append(("P", "下一步，市财政局将坚持以收定支，严格控制政府性基金预算支出规模；加强土地出让收支管理，科学编制供地计划；"
                   "强化专项债券项目全生命周期管理，落实偿债资金来源，坚决守住不发生系统性风险的底线。"))
    m.append(("RIGHT", "邕浔市财政局"))
    m.append(("RIGHT", "2025年3月"))
    return m, L


def render(model, path):
    lk27.render_pdf(model, path, title="邕浔市2024年政府性基金预算执行情况")


if __name__ == "__main__":
    run(build, render, NAME)
