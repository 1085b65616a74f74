"""t02 -- 关于栖湖区2024年预算执行情况和2025年预算草案的报告 (浙江省瓯澜市栖湖区财政局)
UTF-8 .txt; the tables are CSV exported from Excel: comma-separated, a header row,
amounts with thousands separators inside double quotes, empty cells as ,, .

Content model: list of ("line", str) and ("csv", {"title","unit","header","rows"}) blocks.
"""
import csv
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, Ledger, P, q, fmt, pct, growth, sgn, finish, txt_text

NAME = "t02_qihu_district_budget_2024_execution_2025_draft"

# ---------------------------------------------------------------- base inputs (万元)
# name: (2024调整预算, 2024执行, 2023执行, 2025预算); None = empty cell
TAX = [
    ("增值税", "236500.00", "241862.35", "228410.62", "251540.00"),
    ("企业所得税", "98600.00", "94317.48", "101256.90", "97150.00"),
    ("个人所得税", "41200.00", "43508.21", "39874.16", "45680.00"),
    ("资源税", "186.00", "172.40", "205.18", "180.00"),
    ("城市维护建设税", "27300.00", "27945.63", "26318.77", "29060.00"),
    ("房产税", "18400.00", "19126.54", "17862.03", "19700.00"),
    ("印花税", "9800.00", "10236.85", "9512.40", "10540.00"),
    ("城镇土地使用税", "6100.00", "5874.32", "6215.68", "5900.00"),
    ("土地增值税", "32000.00", "26418.90", "35627.14", "24000.00"),
    ("车船税", "2150.00", "2203.17", "2086.55", "2260.00"),
    ("耕地占用税", "1500.00", "962.30", "1835.62", "800.00"),
    ("契税", "24600.00", "21385.66", "26940.31", "20500.00"),
    ("环境保护税", "420.00", "436.28", "401.59", "450.00"),
    ("其他税收收入", None, "12.06", None, None),
]
NONTAX = [
    ("专项收入", "18200.00", "19634.72", "17540.36", "19100.00"),
    ("行政事业性收费收入", "6800.00", "6512.48", "7036.21", "6400.00"),
    ("罚没收入", "5400.00", "6218.39", "5762.84", "5000.00"),
    ("国有资源（资产）有偿使用收入", "21500.00", "24867.15", "19326.48", "20000.00"),
    ("政府住房基金收入", "1200.00", "1138.60", "1254.07", "1150.00"),
    ("其他收入", "1000.00", "1462.21", "986.35", "900.00"),
]
EXP = [
    ("一般公共服务支出", "52300.00", "50846.27", "48962.15", "51600.00"),
    ("公共安全支出", "38600.00", "37912.46", "36085.30", "38900.00"),
    ("教育支出", "126800.00", "125634.18", "119427.66", "131200.00"),
    ("科学技术支出", "34500.00", "33862.05", "30714.28", "36800.00"),
    ("文化旅游体育与传媒支出", "9600.00", "9248.71", "9835.42", "9300.00"),
    ("社会保障和就业支出", "58200.00", "57936.84", "54108.37", "60500.00"),
    ("卫生健康支出", "41700.00", "41025.63", "43516.90", "42300.00"),
    ("节能环保支出", "12400.00", "11374.52", "12986.07", "11800.00"),
    ("城乡社区支出", "86500.00", "84217.39", "92640.18", "80600.00"),
    ("农林水支出", "18900.00", "18463.20", "17205.64", "18700.00"),
    ("交通运输支出", "7200.00", "6845.37", "8126.45", "6900.00"),
    ("资源勘探工业信息等支出", "22600.00", "22318.96", "19874.51", "23400.00"),
    ("商业服务业等支出", "3100.00", "2986.42", "3254.18", "3000.00"),
    ("自然资源海洋气象等支出", "4300.00", "4102.85", "3968.70", "4200.00"),
    ("住房保障支出", "15800.00", "15667.34", "14286.59", "16300.00"),
    ("灾害防治及应急管理支出", "5600.00", "5318.66", "5072.93", "5700.00"),
    ("债务付息支出", "9800.00", "9762.48", "8936.20", "10400.00"),
    ("其他支出", "2100.00", "1436.15", "2618.07", "1800.00"),
    ("预备费", None, None, None, "9000.00"),
]
MINSHENG = ["教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出", "文化旅游体育与传媒支出",
            "农林水支出", "节能环保支出", "城乡社区支出"]
# 平衡表 (2024 执行 / 2025 预算)
SUB24, SUB25 = "68420.50", "60000.00"            # 上级补助收入
LOAN_NEW24, LOAN_RE24 = "18000.00", "24600.00"   # 一般债务转贷收入: 新增 + 再融资
LOAN25 = "20000.00"
CARRY_IN24 = "12846.37"                          # 上年结转收入 (2023 -> 2024)
STAB_IN24 = "15000.00"                           # 动用预算稳定调节基金
UPL24, UPL25 = "118640.27", "121000.00"          # 上解上级支出
REPAY24, REPAY25 = "24600.00", "20000.00"        # 一般债务还本支出
STAB_OUT24 = "12680.35"                          # 补充预算稳定调节基金
# 政府性基金: (2024预算, 2024执行, 2025预算)
GF_IN = [
    ("国有土地使用权出让收入", "420000.00", "352618.40", "380000.00"),
    ("城市基础设施配套费收入", "9500.00", "7826.35", "8000.00"),
    ("污水处理费收入", "3200.00", "3318.62", "3400.00"),
    ("其他政府性基金收入", "1100.00", "1046.25", "1000.00"),
]
GF_OUT = [
    ("国有土地使用权出让收入安排的支出", "398000.00", "331264.58", "352000.00"),
    ("城市基础设施配套费安排的支出", "9300.00", "7512.40", "7800.00"),
    ("污水处理费安排的支出", "3200.00", "3104.36", "3400.00"),
    ("专项债券收入安排的支出", "86000.00", "85460.00", "60000.00"),
    ("专项债务付息支出", "14200.00", "14186.73", "15600.00"),
    ("其他政府性基金支出", "900.00", "826.19", "800.00"),
]
GF_PREV_IN = "389462.18"                         # 2023 政府性基金收入执行
GF_SUB24 = "3260.00"
GF_BOND_NEW24, GF_BOND_RE24 = "86000.00", "32000.00"
GF_CARRY_IN24 = "21508.30"
GF_TRANSFER24 = "20446.11"                       # 调出资金 (to 一般公共预算)
GF_REPAY24 = "32000.00"
# 国有资本经营
SOE_BUD24, SOE_IN24, SOE_OUT24, SOE_RATE = "2500.00", "2846.30", "1986.41", "30"
SOE_IN25 = "2600.00"
# 债务
LIM_G, LIM_Z = "412000.00", "874000.00"
BAL_G, BAL_Z = "398216.40", "840244.35"


def Fm(x):
    return "" if x is None else fmt(x)


def build():
    led = Ledger(NAME)
    B = []
    L = lambda s="": B.append(("line", s))

    # ------------------------------------------------------------ computed income table
    def col_sum(rows, i):
        vals = [D(r[i]) for r in rows if r[i] is not None]
        return sum(vals, D(0)) if vals else None

    tax_tot = [col_sum(TAX, i) for i in (1, 2, 3, 4)]
    non_tot = [col_sum(NONTAX, i) for i in (1, 2, 3, 4)]
    inc_tot = [a + b for a, b in zip(tax_tot, non_tot)]

    def inc_row(name, b24, e24, e23, b25):
        return [name, Fm(b24), Fm(e24),
                str(pct(e24, b24)) if b24 is not None and e24 is not None else "",
                Fm(e23),
                sgn(growth(e24, e23)) if e23 is not None and e24 is not None else "",
                Fm(b25),
                sgn(growth(b25, e24)) if b25 is not None and e24 is not None else ""]

    hdr1 = ["项目", "2024年调整预算数", "2024年执行数", "执行数为调整预算%", "2023年执行数", "执行数比上年增长%",
            "2025年预算数", "2025年预算比2024年执行数增长%"]
    rows1 = [inc_row("税收收入", *tax_tot)]
    rows1 += [inc_row(*r) for r in TAX]
    rows1 += [inc_row("非税收入", *non_tot)]
    rows1 += [inc_row(*r) for r in NONTAX]
    rows1 += [inc_row("一般公共预算收入合计", *inc_tot)]

    exp_tot = [col_sum(EXP, i) for i in (1, 2, 3, 4)]
    rows2 = [inc_row(*r) for r in EXP] + [inc_row("一般公共预算支出合计", *exp_tot)]

    R24, E24, R25, E25 = inc_tot[1], exp_tot[1], inc_tot[3], exp_tot[3]
    loan24 = D(LOAN_NEW24) + D(LOAN_RE24)
    transfer24 = D(SOE_IN24) * D(SOE_RATE) / 100
    transfer24 = q(transfer24)
    tr_in24 = D(GF_TRANSFER24) + transfer24 + D(STAB_IN24)
    in_total24 = R24 + D(SUB24) + loan24 + tr_in24 + D(CARRY_IN24)
    carry_out24 = in_total24 - E24 - D(UPL24) - D(REPAY24) - D(STAB_OUT24)
    assert carry_out24 > 0
    out_total24 = E24 + D(UPL24) + D(REPAY24) + D(STAB_OUT24) + carry_out24
    # 2025: 调入资金 balances
    soe_tr25 = q(D(SOE_IN25) * D(SOE_RATE) / 100)
    out_total25 = E25 + D(UPL25) + D(REPAY25)
    tr_in25 = out_total25 - R25 - D(SUB25) - D(LOAN25) - carry_out24
    in_total25 = R25 + D(SUB25) + D(LOAN25) + tr_in25 + carry_out24
    assert tr_in25 > 0

    hdr3 = ["收入项目", "2024年执行数", "2025年预算数", "支出项目", "2024年执行数", "2025年预算数"]
    rows3 = [
        ["一般公共预算收入", fmt(R24), fmt(R25), "一般公共预算支出", fmt(E24), fmt(E25)],
        ["上级补助收入", fmt(SUB24), fmt(SUB25), "上解上级支出", fmt(UPL24), fmt(UPL25)],
        ["地方政府一般债务转贷收入", fmt(loan24), fmt(LOAN25), "地方政府一般债务还本支出", fmt(REPAY24), fmt(REPAY25)],
        ["调入资金", fmt(tr_in24), fmt(tr_in25), "补充预算稳定调节基金", fmt(STAB_OUT24), ""],
        ["上年结转收入", fmt(CARRY_IN24), fmt(carry_out24), "结转下年支出", fmt(carry_out24), ""],
        ["收入总计", fmt(in_total24), fmt(in_total25), "支出总计", fmt(out_total24), fmt(out_total25)],
    ]

    # 政府性基金
    gi = [col_sum(GF_IN, i) for i in (1, 2, 3)]
    go = [col_sum(GF_OUT, i) for i in (1, 2, 3)]

    def gf_row(name, b24, e24, b25):
        return [name, fmt(b24), fmt(e24), str(pct(e24, b24)), fmt(b25), sgn(growth(b25, e24))]

    hdr4 = ["项目", "2024年预算数", "2024年执行数", "执行数为预算%", "2025年预算数", "2025年预算比2024年执行数增长%"]
    rows4 = [gf_row("政府性基金预算收入合计", *gi)] + [gf_row(*r) for r in GF_IN]
    rows4 += [gf_row("政府性基金预算支出合计", *go)] + [gf_row(*r) for r in GF_OUT]
    gf_bond24 = D(GF_BOND_NEW24) + D(GF_BOND_RE24)
    gf_in_total = gi[1] + D(GF_SUB24) + gf_bond24 + D(GF_CARRY_IN24)
    gf_carry_out = gf_in_total - go[1] - D(GF_TRANSFER24) - D(GF_REPAY24)
    assert gf_carry_out > 0

    soe_carry = D(SOE_IN24) - D(SOE_OUT24) - transfer24
    soe_out25 = D(SOE_IN25) - soe_tr25

    # ------------------------------------------------------------ shortcuts
    rowmap1 = {r[0]: r for r in rows1}
    rowmap2 = {r[0]: r for r in rows2}
    rowmap4 = {r[0]: r for r in rows4}

    def csvline(row):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(row)
        return buf.getvalue()

    def word(g):
        return "增长" if P(g) > 0 else "下降"

    def absg(g):
        return g.lstrip("-")

    t = rowmap1["税收收入"]
    n = rowmap1["非税收入"]
    a = rowmap1["一般公共预算收入合计"]
    e = rowmap2["一般公共预算支出合计"]
    tax_share24 = pct(tax_tot[1], R24)
    tax_share23 = pct(tax_tot[2], inc_tot[2])
    tax_share25 = pct(tax_tot[3], R25)
    ms24 = sum((D(r[2]) for r in EXP if r[0] in MINSHENG), D(0))
    ms_share = pct(ms24, E24)
    yi_R24 = q(R24 / 10000)
    ybf = D([r for r in EXP if r[0] == "预备费"][0][4])
    ybf_share = pct(ybf, E25)
    debt_lim = D(LIM_G) + D(LIM_Z)
    debt_bal = D(BAL_G) + D(BAL_Z)

    # ------------------------------------------------------------ text
    L("关于栖湖区2024年预算执行情况和2025年预算草案的报告")
    L("——2025年1月8日在栖湖区第三届人民代表大会第五次会议上")
    L("栖湖区财政局局长　林嘉禾")
    L()
    L("各位代表：")
    L("受区人民政府委托，现将栖湖区2024年预算执行情况和2025年预算草案提请区三届人大五次会议审议，"
      "并请区政协委员和其他列席人员提出意见。")
    L()
    L("一、2024年预算执行情况")
    L("2024年，在区委的坚强领导下，在区人大及其常委会的监督支持下，全区财政部门坚持稳中求进工作总基调，"
      "加力提效实施积极的财政政策，全区预算执行情况总体良好。需要说明的是，本报告中2024年预算执行数均为快报数，"
      "在年终决算时还会有所变化，届时再向区人大常委会报告。本报告所附表格由财政预算管理一体化系统导出，"
      "金额单位均为万元。")
    L()
    L("（一）一般公共预算")
    s_r1 = ("2024年全区一般公共预算收入%s万元（约%s亿元），为调整预算的%s%%，比上年%s%s%%"
            % (a[2], fmt(yi_R24), a[3], word(a[5]), absg(a[5])))
    s_r2 = ("其中，税收收入%s万元，%s%s%%；非税收入%s万元，%s%s%%" % (t[2], word(t[5]), absg(t[5]), n[2], word(n[5]), absg(n[5])))
    s_r3 = "税收收入占一般公共预算收入的比重为%s%%，上年为%s%%" % (tax_share24, tax_share23)
    L("1．收入执行情况。" + s_r1 + "。" + s_r2 + "。" + s_r3 + "。")
    zz, qs, gs, tz, qsh, gd = (rowmap1[x] for x in ("增值税", "企业所得税", "个人所得税", "土地增值税", "契税", "耕地占用税"))
    gy = rowmap1["国有资源（资产）有偿使用收入"]
    s_r4 = "增值税%s万元，增长%s%%" % (zz[2], absg(zz[5]))
    s_r5 = "企业所得税%s万元，下降%s%%，为调整预算的%s%%" % (qs[2], absg(qs[5]), qs[3])
    s_r6 = "个人所得税%s万元，增长%s%%" % (gs[2], absg(gs[5]))
    s_r7 = ("土地增值税%s万元、契税%s万元，分别下降%s%%和%s%%" % (tz[2], qsh[2], absg(tz[5]), absg(qsh[5])))
    s_r8 = "耕地占用税%s万元，仅为调整预算的%s%%" % (gd[2], gd[3])
    s_r9 = "国有资源（资产）有偿使用收入%s万元，增长%s%%" % (gy[2], absg(gy[5]))
    L("分主要税种看：" + s_r4 + "，主要是制造业和软件信息服务业增势较好；" + s_r5 + "，主要受部分重点企业利润下滑影响；"
      + s_r6 + "。受房地产市场调整影响，" + s_r7 + "；" + s_r8 + "，主要是年内新增建设用地报批少于预期。非税收入中，"
      + s_r9 + "，主要是盘活了一批闲置国有资产。表中“其他税收收入”为清理以前年度停征税种的尾欠入库，2023年无此项收入，"
      "2025年也不作预算，故相关栏次为空。")
    L()
    hdr_note = "表1　栖湖区2024年一般公共预算收入执行情况及2025年预算表"
    B.append(("csv", {"title": hdr_note, "unit": "单位：万元", "header": hdr1, "rows": rows1}))
    L()
    jy, kj, sb, ws, cx, ws2 = (rowmap2[x] for x in ("教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出",
                                                    "城乡社区支出", "卫生健康支出"))
    s_e1 = ("2024年全区一般公共预算支出%s万元，为调整预算的%s%%，比上年%s%s%%" % (e[2], e[3], word(e[5]), absg(e[5])))
    s_e2 = ("教育、社会保障和就业、卫生健康、住房保障、文化旅游体育与传媒、农林水、节能环保、城乡社区等八类民生支出"
            "合计%s万元，占一般公共预算支出的%s%%" % (fmt(ms24), ms_share))
    s_e3 = "教育支出%s万元，增长%s%%" % (jy[2], absg(jy[5]))
    s_e4 = "科学技术支出%s万元，增长%s%%" % (kj[2], absg(kj[5]))
    s_e5 = "社会保障和就业支出%s万元，增长%s%%" % (sb[2], absg(sb[5]))
    s_e6 = "卫生健康支出%s万元，下降%s%%" % (ws[2], absg(ws[5]))
    s_e7 = "城乡社区支出%s万元，下降%s%%" % (cx[2], absg(cx[5]))
    L("2．支出执行情况。" + s_e1 + "。" + s_e2 + "。其中：" + s_e3 + "，主要是新建2所中小学投入使用；" + s_e4
      + "，全区研发投入强度继续提升；" + s_e5 + "，主要是城乡居民基础养老金标准提高；" + s_e6
      + "，主要是上年一次性安排的公共卫生应急物资储备支出减少；" + s_e7
      + "，主要是部分城市更新项目改由专项债券和政府性基金安排。各类支出执行数均未超过调整预算，"
      "未执行部分主要为项目结余和按规定结转的资金。")
    L()
    B.append(("csv", {"title": "表2　栖湖区2024年一般公共预算支出执行情况及2025年预算表", "unit": "单位：万元",
                      "header": hdr1, "rows": rows2}))
    L()
    s_b1 = ("2024年一般公共预算收入%s万元，加上级补助收入%s万元、地方政府一般债务转贷收入%s万元"
            "（其中新增债券%s万元、再融资债券%s万元）、调入资金%s万元、上年结转收入%s万元，收入总计%s万元"
            % (a[2], fmt(SUB24), fmt(loan24), fmt(LOAN_NEW24), fmt(LOAN_RE24), fmt(tr_in24), fmt(CARRY_IN24),
               fmt(in_total24)))
    s_b2 = ("一般公共预算支出%s万元，加上解上级支出%s万元、地方政府一般债务还本支出%s万元、补充预算稳定调节基金%s万元，"
            "支出合计%s万元" % (e[2], fmt(UPL24), fmt(REPAY24), fmt(STAB_OUT24), fmt(out_total24 - carry_out24)))
    s_b3 = "收支相抵，结转下年支出%s万元" % fmt(carry_out24)
    s_b4 = ("调入资金%s万元由政府性基金预算调入%s万元、国有资本经营预算调入%s万元和动用预算稳定调节基金%s万元组成"
            % (fmt(tr_in24), fmt(GF_TRANSFER24), fmt(transfer24), fmt(STAB_IN24)))
    L("3．收支平衡情况。" + s_b1 + "。" + s_b2 + "。" + s_b3 + "。" + s_b4
      + "。一般债务还本支出与再融资债券金额相同，是以再融资债券偿还到期本金，不新增债务规模。")
    L()
    B.append(("csv", {"title": "表3　栖湖区一般公共预算收支平衡表", "unit": "单位：万元", "header": hdr3, "rows": rows3}))
    L()
    L("（二）政府性基金预算")
    gin, gout = rowmap4["政府性基金预算收入合计"], rowmap4["政府性基金预算支出合计"]
    tdi = rowmap4["国有土地使用权出让收入"]
    gf_g = growth(gi[1], GF_PREV_IN)
    s_g1 = ("2024年全区政府性基金预算收入%s万元，为预算的%s%%，比上年%s万元下降%s%%"
            % (gin[2], gin[3], fmt(GF_PREV_IN), absg(sgn(gf_g))))
    s_g2 = "其中国有土地使用权出让收入%s万元，为预算的%s%%" % (tdi[2], tdi[3])
    s_g3 = "政府性基金预算支出%s万元，为预算的%s%%" % (gout[2], gout[3])
    s_g4 = ("收入加上级补助收入%s万元、专项债务转贷收入%s万元（新增专项债券%s万元、再融资专项债券%s万元）和上年结转收入%s万元，"
            "减去支出、调出资金%s万元和专项债务还本支出%s万元，结转下年%s万元"
            % (fmt(GF_SUB24), fmt(gf_bond24), fmt(GF_BOND_NEW24), fmt(GF_BOND_RE24), fmt(GF_CARRY_IN24),
               fmt(GF_TRANSFER24), fmt(GF_REPAY24), fmt(gf_carry_out)))
    zq = rowmap4["专项债券收入安排的支出"]
    s_g5 = ("新增专项债券%s万元全部用于城市更新、保障性安居工程和产业园区基础设施等项目，当年形成支出%s万元，"
            "其余%s万元为工程质量保证金，结转下年支付" % (fmt(GF_BOND_NEW24), zq[2], fmt(D(GF_BOND_NEW24) - P(zq[2]))))
    L(s_g1 + "。" + s_g2 + "，受土地市场持续低迷影响未完成预算。" + s_g3 + "。" + s_g5 + "。" + s_g4 + "。")
    L()
    B.append(("csv", {"title": "表4　栖湖区2024年政府性基金预算收支执行情况及2025年预算表", "unit": "单位：万元",
                      "header": hdr4, "rows": rows4}))
    L()
    L("（三）国有资本经营预算")
    s_s1 = ("2024年区级国有资本经营预算收入%s万元，为预算%s万元的%s%%；按%s%%的比例调出%s万元用于一般公共预算，"
            "安排国有资本经营预算支出%s万元，结转下年%s万元"
            % (fmt(SOE_IN24), fmt(SOE_BUD24), pct(SOE_IN24, SOE_BUD24), SOE_RATE, fmt(transfer24), fmt(SOE_OUT24), fmt(soe_carry)))
    L(s_s1 + "。支出主要用于区属国有企业资本金注入和解决历史遗留问题。")
    L()
    L("（四）政府债务情况")
    s_d1 = ("2024年末，全区政府债务限额%s万元，其中一般债务限额%s万元、专项债务限额%s万元；政府债务余额%s万元，"
            "其中一般债务余额%s万元、专项债务余额%s万元，债务余额控制在限额以内"
            % (fmt(debt_lim), fmt(LIM_G), fmt(LIM_Z), fmt(debt_bal), fmt(BAL_G), fmt(BAL_Z)))
    s_d2 = "债务余额为限额的%s%%" % pct(debt_bal, debt_lim)
    L(s_d1 + "，" + s_d2 + "。全年按时足额偿还到期债务本息，未发生逾期。")
    L()
    L("（五）落实区人大预算决议情况")
    L("一是全力稳住财政收入基本盘，加强税收分析和重点税源监控，依法依规组织非税收入，盘活闲置国有资产；"
      "二是持续优化支出结构，严格落实党政机关过紧日子要求，一般性支出在上年基础上压减；"
      "三是加强预算绩效管理，对区级重点项目开展事前绩效评估和绩效评价，评价结果与预算安排挂钩；"
      "四是有效防范化解债务风险，完善债务风险监测预警机制，坚决遏制隐性债务增量。")
    L()
    L("二、2025年预算草案")
    L("（一）编制原则")
    L("2025年预算编制坚持“收入实事求是、积极稳妥，支出统筹兼顾、有保有压”的原则，综合考虑经济增长预期、"
      "税收政策调整和房地产市场走势等因素。需要说明的是，2025年预算数与2024年执行数比较计算增长率，"
      "而2024年执行数为调整预算的百分比另行列示。")
    L("（二）一般公共预算")
    s_n1 = ("2025年一般公共预算收入预算%s万元，比2024年执行数%s%s%%" % (a[6], word(a[7]), absg(a[7])))
    s_n2 = ("其中税收收入%s万元，%s%s%%；非税收入%s万元，%s%s%%" % (t[6], word(t[7]), absg(t[7]), n[6], word(n[7]), absg(n[7])))
    s_n3 = "税收收入占比预计为%s%%" % tax_share25
    s_n4 = ("土地增值税和契税预算分别为%s万元和%s万元，分别比2024年执行数下降%s%%和%s%%"
            % (tz[6], qsh[6], absg(tz[7]), absg(qsh[7])))
    L(s_n1 + "。" + s_n2 + "。" + s_n3 + "。" + s_n4 + "，已充分考虑房地产市场下行压力。")
    s_n5 = ("2025年一般公共预算支出预算%s万元，比2024年执行数%s%s%%" % (e[6], word(e[7]), absg(e[7])))
    s_n6 = "按规定设置预备费%s万元，占支出预算的%s%%" % (fmt(ybf), ybf_share)
    s_n7 = "教育支出%s万元，比2024年执行数增长%s%%" % (jy[6], absg(jy[7]))
    s_n8 = "城乡社区支出%s万元，下降%s%%" % (cx[6], absg(cx[7]))
    L(s_n5 + "，" + s_n6 + "，符合预算法关于预备费按支出额1%至3%设置的规定。重点支出方面，" + s_n7 + "；"
      + s_n8 + "，部分城市建设项目转由政府性基金和专项债券安排。")
    s_n9 = ("2025年一般公共预算收入%s万元，加上级补助收入%s万元、一般债务转贷收入%s万元、调入资金%s万元、"
            "上年结转收入%s万元，收入总计%s万元；一般公共预算支出%s万元，加上解上级支出%s万元、一般债务还本支出%s万元，"
            "支出总计%s万元，收支平衡"
            % (a[6], fmt(SUB25), fmt(LOAN25), fmt(tr_in25), fmt(carry_out24), fmt(in_total25), e[6], fmt(UPL25),
               fmt(REPAY25), fmt(out_total25)))
    L(s_n9 + "。其中上年结转收入即2024年结转下年支出，两个数字相同。")
    L("（三）政府性基金和国有资本经营预算")
    s_n10 = ("2025年政府性基金预算收入%s万元，比2024年执行数%s%s%%；政府性基金预算支出%s万元，%s%s%%"
             % (gin[4], word(gin[5]), absg(gin[5]), gout[4], word(gout[5]), absg(gout[5])))
    s_n11 = ("国有资本经营预算收入%s万元，按%s%%调出%s万元，安排支出%s万元"
             % (fmt(SOE_IN25), SOE_RATE, fmt(soe_tr25), fmt(soe_out25)))
    L(s_n10 + "。" + s_n11 + "。")
    L()
    L("三、扎实做好2025年财政工作")
    L("（一）聚焦高质量发展，积极培育财源。落实结构性减税降费政策，支持数字经济、先进制造业和现代服务业发展，"
      "推动财政收入与经济增长协调同步。")
    L("（二）坚持以收定支，优化支出结构。把党政机关过紧日子作为长期方针，从严控制一般性支出，"
      "集中财力保障基本民生、重点项目和重大战略任务。")
    L("（三）深化预算管理改革，提升资金效益。全面推进预算绩效管理，加强财会监督，严肃财经纪律。")
    L("（四）统筹发展和安全，守牢风险底线。加强政府债务全口径监测，健全“三保”支出保障机制，确保财政平稳运行。")
    L()
    L("各位代表，2025年财政改革发展任务艰巨繁重，我们将在区委的坚强领导下，自觉接受区人大的监督，"
      "认真落实本次会议决议，确保完成全年预算任务。")

    # ================================================================ ledger
    led.fact("report_date", "2025-01-08")
    led.fact("unit", "万元")
    led.date_after("report dated after FY2024 ends", "2025年1月8日", (2025, 1, 8), (2024, 12, 31),
                   ["——2025年1月8日在栖湖区第三届人民代表大会第五次会议上"])

    def check_row(tab, r):
        ra = csvline(r)
        name = r[0]
        if r[1] and r[2]:
            led.ratio("%s %s 执行/预算" % (tab, name), r[3], r[2], r[1], [ra])
        else:
            led.cond("%s %s ratio blank" % (tab, name), r[3] == "", anchors=[ra])
        if r[4] and r[2]:
            led.growth("%s %s 增长" % (tab, name), r[5], r[2], r[4], None, [ra])
        else:
            led.cond("%s %s growth blank" % (tab, name), r[5] == "", anchors=[ra])
        if r[6] and r[2]:
            led.growth("%s %s 2025 vs 2024执行" % (tab, name), r[7], r[6], r[2], None, [ra])
        else:
            led.cond("%s %s 2025 growth blank" % (tab, name), r[7] == "", anchors=[ra])

    for r in rows1:
        check_row("表1", r)
    for r in rows2:
        check_row("表2", r)
    cols = {1: "2024预算", 2: "2024执行", 4: "2023执行", 6: "2025预算"}
    for ci, cname in cols.items():
        tparts = [rowmap1[x[0]][ci] for x in TAX if rowmap1[x[0]][ci]]
        nparts = [rowmap1[x[0]][ci] for x in NONTAX if rowmap1[x[0]][ci]]
        led.sum("表1 税收 %s" % cname, t[ci], tparts, [csvline(t)])
        led.sum("表1 非税 %s" % cname, n[ci], nparts, [csvline(n)])
        led.sum("表1 合计 %s" % cname, a[ci], [t[ci], n[ci]], [csvline(a)])
        eparts = [rowmap2[x[0]][ci] for x in EXP if rowmap2[x[0]][ci]]
        led.sum("表2 合计 %s" % cname, e[ci], eparts, [csvline(e)])
    for r in rows4:
        ra = csvline(r)
        led.ratio("表4 %s 执行/预算" % r[0], r[3], r[2], r[1], [ra])
        led.growth("表4 %s 2025 vs 2024执行" % r[0], r[5], r[4], r[2], None, [ra])
    for ci in (1, 2, 4):
        led.sum("表4 收入合计 col%d" % ci, gin[ci], [rowmap4[x[0]][ci] for x in GF_IN], [csvline(gin)])
        led.sum("表4 支出合计 col%d" % ci, gout[ci], [rowmap4[x[0]][ci] for x in GF_OUT], [csvline(gout)])
    # 表3
    r3 = {r[0]: r for r in rows3}
    r3o = {r[3]: r for r in rows3}
    for ci, (src_a, src_e) in ((1, (a[2], e[2])), (2, (a[6], e[6]))):
        led.same("表3 一般公共预算收入 col%d = 表1" % ci, r3["一般公共预算收入"][ci], src_a, [csvline(r3["一般公共预算收入"])])
        led.same("表3 一般公共预算支出 col%d = 表2" % ci, r3["一般公共预算收入"][ci + 3], src_e, [csvline(r3["一般公共预算收入"])])
        led.sum("表3 收入总计 col%d" % ci, r3["收入总计"][ci], [r[ci] for r in rows3[:-1] if r[ci]], [csvline(rows3[-1])])
        led.sum("表3 支出总计 col%d" % ci, r3["收入总计"][ci + 3], [r[ci + 3] for r in rows3[:-1] if r[ci + 3]],
                [csvline(rows3[-1])])
        led.same("表3 收入总计 = 支出总计 col%d" % ci, r3["收入总计"][ci], r3["收入总计"][ci + 3], [csvline(rows3[-1])])
    led.same("2025 上年结转 = 2024 结转下年", r3["上年结转收入"][2], r3["上年结转收入"][4], [csvline(r3["上年结转收入"])])
    # prose
    led.same("prose 2024 收入 = 表1", a[2], a[2], [s_r1, csvline(a)])
    led.conv("2024 收入 万元 -> 亿元", fmt(yi_R24), a[2], "0.0001", [s_r1])
    led.growth("prose 收入增长", absg(a[5]), a[2], a[4], word(a[5]), [s_r1])
    led.ratio("prose 收入为预算", a[3], a[2], a[1], [s_r1])
    led.growth("prose 税收增长", absg(t[5]), t[2], t[4], word(t[5]), [s_r2])
    led.growth("prose 非税增长", absg(n[5]), n[2], n[4], word(n[5]), [s_r2])
    led.ratio("税收占比 2024", str(tax_share24), t[2], a[2], [s_r3])
    led.ratio("税收占比 2023", str(tax_share23), t[4], a[4], [s_r3])
    led.ratio("税收占比 2025", str(tax_share25), t[6], a[6], [s_n3])
    for s, r, w in ((s_r4, zz, "增长"), (s_r5, qs, "下降"), (s_r6, gs, "增长"), (s_r9, gy, "增长"),
                    (s_e3, jy, "增长"), (s_e4, kj, "增长"), (s_e5, sb, "增长"), (s_e6, ws, "下降"), (s_e7, cx, "下降")):
        led.growth("prose %s" % r[0], absg(r[5]), r[2], r[4], w, [s, csvline(r)])
    led.ratio("prose 企业所得税 为预算", qs[3], qs[2], qs[1], [s_r5])
    led.growth("prose 土地增值税", absg(tz[5]), tz[2], tz[4], "下降", [s_r7])
    led.growth("prose 契税", absg(qsh[5]), qsh[2], qsh[4], "下降", [s_r7])
    led.ratio("prose 耕地占用税为预算", gd[3], gd[2], gd[1], [s_r8])
    led.ratio("prose 支出为预算", e[3], e[2], e[1], [s_e1])
    led.growth("prose 支出增长", absg(e[5]), e[2], e[4], word(e[5]), [s_e1])
    led.sum("民生支出 = 八类", fmt(ms24), [rowmap2[x][2] for x in MINSHENG], [s_e2])
    led.ratio("民生占比", str(ms_share), fmt(ms24), e[2], [s_e2])
    led.lin("2024 收入总计", fmt(in_total24), [(1, a[2]), (1, fmt(SUB24)), (1, fmt(loan24)), (1, fmt(tr_in24)),
                                               (1, fmt(CARRY_IN24))], [s_b1])
    led.sum("一般债务转贷 = 新增 + 再融资", fmt(loan24), [fmt(LOAN_NEW24), fmt(LOAN_RE24)], [s_b1])
    led.lin("2024 支出合计 (before 结转)", fmt(out_total24 - carry_out24),
            [(1, e[2]), (1, fmt(UPL24)), (1, fmt(REPAY24)), (1, fmt(STAB_OUT24))], [s_b2])
    led.lin("2024 结转下年 = 收入总计 - 支出合计", fmt(carry_out24),
            [(1, fmt(in_total24)), (-1, fmt(out_total24 - carry_out24))], [s_b1, s_b2, s_b3])
    led.sum("调入资金 = 基金 + 国资 + 稳定调节基金", fmt(tr_in24), [fmt(GF_TRANSFER24), fmt(transfer24), fmt(STAB_IN24)],
            [s_b4])
    led.same("再融资债券 = 一般债务还本", fmt(LOAN_RE24), fmt(REPAY24), [s_b1, s_b2])
    led.ratio("prose 基金收入为预算", gin[3], gin[2], gin[1], [s_g1])
    led.growth("prose 基金收入下降", absg(sgn(gf_g)), gin[2], fmt(GF_PREV_IN), "下降", [s_g1])
    led.ratio("prose 土地出让为预算", tdi[3], tdi[2], tdi[1], [s_g2])
    led.ratio("prose 基金支出为预算", gout[3], gout[2], gout[1], [s_g3])
    led.sum("专项债务转贷 = 新增 + 再融资", fmt(gf_bond24), [fmt(GF_BOND_NEW24), fmt(GF_BOND_RE24)], [s_g4])
    led.lin("基金 结转下年", fmt(gf_carry_out), [(1, gin[2]), (1, fmt(GF_SUB24)), (1, fmt(gf_bond24)),
                                              (1, fmt(GF_CARRY_IN24)), (-1, gout[2]), (-1, fmt(GF_TRANSFER24)),
                                              (-1, fmt(GF_REPAY24))], [s_g4, s_g1, s_g3])
    led.diff("新增专项债券 - 当年支出 = 结转质保金", fmt(D(GF_BOND_NEW24) - P(zq[2])), fmt(GF_BOND_NEW24), zq[2],
             None, [s_g5])
    led.leq("专项债券安排的支出 <= 新增专项债券", rowmap4["专项债券收入安排的支出"][2], fmt(GF_BOND_NEW24),
            [csvline(rowmap4["专项债券收入安排的支出"])])
    led.ratio("国资 为预算", str(pct(SOE_IN24, SOE_BUD24)), fmt(SOE_IN24), fmt(SOE_BUD24), [s_s1])
    led.prod("国资 调出 = 收入 x 30%", fmt(transfer24), [fmt(SOE_IN24), SOE_RATE], "0.01", [s_s1])
    led.lin("国资 结转", fmt(soe_carry), [(1, fmt(SOE_IN24)), (-1, fmt(transfer24)), (-1, fmt(SOE_OUT24))], [s_s1])
    led.sum("债务限额", fmt(debt_lim), [fmt(LIM_G), fmt(LIM_Z)], [s_d1])
    led.sum("债务余额", fmt(debt_bal), [fmt(BAL_G), fmt(BAL_Z)], [s_d1])
    led.leq("一般债务余额 <= 限额", fmt(BAL_G), fmt(LIM_G), [s_d1])
    led.leq("专项债务余额 <= 限额", fmt(BAL_Z), fmt(LIM_Z), [s_d1])
    led.ratio("余额/限额", str(pct(debt_bal, debt_lim)), fmt(debt_bal), fmt(debt_lim), [s_d2, s_d1])
    led.growth("2025 收入 vs 2024执行", absg(a[7]), a[6], a[2], word(a[7]), [s_n1])
    led.growth("2025 税收", absg(t[7]), t[6], t[2], word(t[7]), [s_n2])
    led.growth("2025 非税", absg(n[7]), n[6], n[2], word(n[7]), [s_n2])
    led.growth("2025 土地增值税", absg(tz[7]), tz[6], tz[2], "下降", [s_n4])
    led.growth("2025 契税", absg(qsh[7]), qsh[6], qsh[2], "下降", [s_n4])
    led.growth("2025 支出 vs 2024执行", absg(e[7]), e[6], e[2], word(e[7]), [s_n5])
    led.ratio("预备费占比", str(ybf_share), fmt(ybf), e[6], [s_n6])
    led.cond("预备费 within 1%-3%", D(1) <= ybf_share <= D(3), str(ybf_share))
    led.growth("2025 教育", absg(jy[7]), jy[6], jy[2], "增长", [s_n7])
    led.growth("2025 城乡社区", absg(cx[7]), cx[6], cx[2], "下降", [s_n8])
    led.lin("2025 收入总计", fmt(in_total25), [(1, a[6]), (1, fmt(SUB25)), (1, fmt(LOAN25)), (1, fmt(tr_in25)),
                                               (1, fmt(carry_out24))], [s_n9])
    led.lin("2025 支出总计", fmt(out_total25), [(1, e[6]), (1, fmt(UPL25)), (1, fmt(REPAY25))], [s_n9])
    led.same("2025 收支平衡", fmt(in_total25), fmt(out_total25), [s_n9])
    led.growth("2025 基金收入", absg(gin[5]), gin[4], gin[2], word(gin[5]), [s_n10])
    led.growth("2025 基金支出", absg(gout[5]), gout[4], gout[2], word(gout[5]), [s_n10])
    led.prod("2025 国资调出", fmt(soe_tr25), [fmt(SOE_IN25), SOE_RATE], "0.01", [s_n11])
    led.lin("2025 国资支出", fmt(soe_out25), [(1, fmt(SOE_IN25)), (-1, fmt(soe_tr25))], [s_n11])
    led.fact("income_2024", a[2])
    led.fact("expenditure_2024", e[2])
    led.fact("income_2025_budget", a[6])
    led.fact("expenditure_2025_budget", e[6])
    return B, led


def render(B, path):
    out = []
    for kind, c in B:
        if kind == "line":
            out.append(c)
        else:
            out.append(c["title"])
            out.append(c["unit"])
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(c["header"])
            for r in c["rows"]:
                w.writerow(r)
            out.append(buf.getvalue().rstrip("\n"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def visible(path):
    return txt_text(path)


def main():
    B, led = build()
    path = os.path.join(OUT, NAME + ".txt")
    render(B, path)
    text = visible(path)
    # structural: CSV blocks parse back, quoted thousands, empty cells
    blocks = [c for k, c in B if k == "csv"]
    lines = text.split("\n")
    for c in blocks:
        i = lines.index(c["title"])
        hdr = lines[i + 2]
        led.cond("%s header row present" % c["title"], hdr == ",".join(c["header"]), hdr, anchors=[hdr])
        parsed = list(csv.reader(lines[i + 2:i + 3 + len(c["rows"])]))
        led.cond("%s parses back to the model" % c["title"], parsed == [c["header"]] + c["rows"])
    led.cond("quoted thousands amounts present", text.count('"') >= 200 and '"241,862.35"' in text, str(text.count('"')))
    led.cond("empty cells as ,, present", ",," in text)
    led.cond("plain unquoted small amount present", ",436.28," in text)
    finish(led, text, "txt", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    main()
