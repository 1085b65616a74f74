# -*- coding: utf-8 -*-
"""t06: 关于临江区2024年预算执行情况和2025年预算草案的报告 (.pdf via reportlab, CID font
STSong-Light; the 2025 支出预算表 is a long table that spans a page break)."""
import os
from decimal import Decimal
from common import D, q, pct, f, Ledger, han_count, HERE

NAME = "t06_linjiang_budget_2024exec_2025draft"
L = Ledger(NAME)


def w(x):
    return f(x, 0)   # 万元, integers with thousands separators


# ======================= 一般公共预算 2024 =======================
rev_adj, rev = D(268000), D(273416)
rev_23 = D(261530)
tax, nontax = D(198652), D(74764)
tax_23 = D(190210)
nontax_23 = rev_23 - tax_23
L.sum_eq("收入 = 税收+非税", [tax, nontax], rev)
rev_rate = pct(rev, rev_adj)
L.eq("收入完成调整预算", rev_rate, D("102.02"))
g = {}
def G(key, new, old):
    v = pct(abs(new - old), old)
    word = "增长" if new > old else "下降"
    L.growth(key, new, old, v, word)
    g[key] = word + str(v) + "%"
    return g[key]
G("收入", rev, rev_23)
G("税收", tax, tax_23)
G("非税", nontax, nontax_23)
tax_share = pct(tax, rev)
TAXES = [("增值税", D(82430), D(79860)), ("企业所得税", D(31260), D(33410)), ("个人所得税", D(9845), D(9512)),
         ("城市维护建设税", D(13120), D(12730)), ("契税", D(12680), D(16950))]
for n, a, b in TAXES:
    G(n, a, b)
L.le("主要税种(部分列举) <= 税收收入", sum((a for _, a, _ in TAXES), Decimal(0)), tax)
# resources
up_sub, debt_in, carry_in, transfer_in, stab_use = D(186350), D(42600), D(8920), D(21500), D(6000)
debt_new_gen, debt_refi_gen = D(20000), D(22600)
L.sum_eq("债务转贷收入 = 新增一般债券+再融资一般债券", [debt_new_gen, debt_refi_gen], debt_in)
tr_fund, tr_soe, tr_other = D(18000), D(1200), D(2300)
L.sum_eq("调入资金 = 基金+国资+其他", [tr_fund, tr_soe, tr_other], transfer_in)
res_total = rev + up_sub + debt_in + carry_in + transfer_in + stab_use
L.eq("收入总计", res_total, D(538786))

# ---------------- expenditure by 类: (name, 2024年初, 2024执行, 2025预算, 2023执行 or None) ----------------
CATS = [
    ["一般公共服务支出", None, None, None],
    ["国防支出", 420, 386, 400],
    ["公共安全支出", 21300, 22184, 21900],
    ["教育支出", 108500, 112460, 110200],
    ["科学技术支出", 9800, 10126, 10300],
    ["文化旅游体育与传媒支出", 5600, 5932, 5500],
    ["社会保障和就业支出", 72400, 76518, 75600],
    ["卫生健康支出", 41200, 43870, 42800],
    ["节能环保支出", 8600, 9845, 8200],
    ["城乡社区支出", 52300, 55236, 49600],
    ["农林水支出", 36800, 39412, 37500],
    ["交通运输支出", 9400, 10687, 8900],
    ["资源勘探工业信息等支出", 6200, 5864, 5800],
    ["商业服务业等支出", 1800, 1652, 1500],
    ["金融支出", 300, 268, 260],
    ["自然资源海洋气象等支出", 3100, 3346, 3000],
    ["住房保障支出", 14600, 15218, 14900],
    ["粮油物资储备支出", 700, 654, 650],
    ["灾害防治及应急管理支出", 3900, 4268, 3800],
    ["预备费", 6800, 0, 6900],
    ["其他支出", 1280, 1460, 1100],
    ["债务付息支出", 4600, 4532, 4850],
    ["债务发行费用支出", 60, 42, 50],
]
exp_init_total, exp_adj, exp = D(458000), D(480500), D(472860)
exp_2025 = D(462300)
# 一般公共服务支出 is the balancing row in each column
for col, tgt in ((1, exp_init_total), (2, exp), (3, exp_2025)):
    rest = sum(D(r[col]) for r in CATS[1:])
    CATS[0][col] = tgt - rest
    L.check("一般公共服务支出(列%d)为正且合理" % col, 40000 < CATS[0][col] < 60000, str(CATS[0][col]))
for r in CATS:
    r[1], r[2], r[3] = D(r[1]), D(r[2]), D(r[3])
for col, tgt in ((1, exp_init_total), (2, exp), (3, exp_2025)):
    L.sum_eq("分类之和 = 合计(列%d)" % col, [r[col] for r in CATS], tgt)
exp_23 = D(455270)
exp_rate = pct(exp, exp_adj)
L.eq("支出完成调整预算", exp_rate, D("98.41"))
G("支出", exp, exp_23)
adj_add = exp_adj - exp_init_total
L.eq("预算调整增加", adj_add, D(22500))
LIVE = ["教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出", "农林水支出", "城乡社区支出",
        "节能环保支出", "文化旅游体育与传媒支出", "交通运输支出"]
cat = {r[0]: r for r in CATS}
live = sum((cat[n][2] for n in LIVE), Decimal(0))
live_share = pct(live, exp)
KEY23 = {"教育支出": D(107980), "社会保障和就业支出": D(72340), "卫生健康支出": D(42150)}
for n, v in KEY23.items():
    G(n, cat[n][2], v)
out_up, debt_repay, stab_add = D(12430), D(22600), D(5310)
L.eq("债务还本 = 再融资一般债券", debt_repay, debt_refi_gen)
carry_out = res_total - exp - out_up - debt_repay - stab_add
L.eq("结转下年", carry_out, D(25586))
L.sum_eq("支出总计 = 收入总计", [exp, out_up, debt_repay, stab_add, carry_out], res_total)
stab_open = D(12400)
stab_close = stab_open - stab_use + stab_add
L.eq("预算稳定调节基金年末余额", stab_close, D(11710))
direct_in, direct_out = D(36420), D(35912)
direct_rate = pct(direct_out, direct_in)
L.eq("直达资金支出进度", direct_rate, D("98.61"))
audit_n, audit_done = 23, 21
audit_rate = pct(D(audit_done), D(audit_n))
L.eq("审计整改率", audit_rate, D("91.30"))
perf_n, perf_amt = 36, D(58640)

# ======================= 政府性基金 2024 =======================
f_bud, f_rev, f_rev23 = D(95000), D(68420), D(91300)
f_land = D(61350)
f_rate = pct(f_rev, f_bud)
G("基金收入", f_rev, f_rev23)
f_land_sh = pct(f_land, f_rev)
f_up, f_bond, f_carry = D(3260), D(38000), D(4180)
f_res = f_rev + f_up + f_bond + f_carry
f_exp, f_bond_exp = D(90580), D(38000)
f_out = tr_fund
f_carry_out = f_res - f_exp - f_out
L.eq("基金收入总计", f_res, D(113860))
L.eq("基金结转下年", f_carry_out, D(5280))
L.le("专项债券支出 <= 基金支出", f_bond_exp, f_exp)
L.eq("基金调出 = 一般公共预算调入(基金)", f_out, tr_fund)
# ======================= 国资 2024 =======================
s_bud, s_rev, s_rev23 = D(1500), D(1860), D(1540)
s_rate = pct(s_rev, s_bud)
G("国资收入", s_rev, s_rev23)
s_exp, s_out = D(620), tr_soe
s_carry = s_rev - s_exp - s_out
L.eq("国资结转", s_carry, D(40))
# ======================= 债务 =======================
lim_gen, lim_spe = D(248600), D(363800)
bal_gen, bal_spe = D(236214), D(350721)
lim, bal = lim_gen + lim_spe, bal_gen + bal_spe
L.eq("债务限额", lim, D(612400))
L.eq("债务余额", bal, D(586935))
L.le("一般债务余额<=限额", bal_gen, lim_gen)
L.le("专项债务余额<=限额", bal_spe, lim_spe)
new_bond = debt_new_gen + f_bond
L.eq("新增债券", new_bond, D(58000))
bal_23 = bal - new_bond - debt_refi_gen + debt_repay
L.eq("上年末债务余额", bal_23, D(528935))
L.eq("余额增加 = 新增债券", bal - bal_23, new_bond)
pre_gen, pre_spe = D(8000), D(24000)
pre_total = pre_gen + pre_spe
# ======================= 2025 草案 =======================
rev25 = D(282000)
G("2025收入预期(比2024执行)", rev25, rev)
refi25 = D(18400)
debt25 = pre_gen + refi25            # 提前下达的新增一般债券已列入草案
L.eq("2025债务转贷收入 = 新增一般债券8,000 + 再融资18,400", debt25, D(26400))
up25, carry25, tr25, stab25 = D(142200), carry_out, D(12000), D(5000)
res25 = rev25 + up25 + carry25 + tr25 + stab25 + debt25
out_up25, repay25 = D(12486), refi25
L.sum_eq("2025收支平衡", [exp_2025, out_up25, repay25], res25)
g25_init = pct(exp_2025 - exp_init_total, exp_init_total)
g25_exec = pct(exp - exp_2025, exp)
L.growth("2025支出比上年年初预算增长", exp_2025, exp_init_total, g25_init, "增长")
L.growth("2025支出比上年执行数下降", exp_2025, exp, g25_exec, "下降")
reserve25 = cat["预备费"][3]
reserve_sh = pct(reserve25, exp_2025)
L.check("预备费占比在1%-3%之间", D(1) <= reserve_sh <= D(3), str(reserve_sh))
f_rev25 = D(62000)
G("2025基金收入", f_rev25, f_rev)
f_up25 = D(2000)
f_res25 = f_rev25 + f_carry_out + f_up25
f_exp25, f_out25 = D(55280), D(14000)
L.sum_eq("2025基金收支平衡", [f_exp25, f_out25], f_res25)
s_rev25, s_exp25, s_out25 = D(1600), D(400), D(1200)
L.sum_eq("2025国资收支平衡", [s_exp25, s_out25], s_rev25)
for k, v in [("2024一般公共预算收入", rev), ("2024一般公共预算支出", exp), ("2025一般公共预算支出", exp_2025),
             ("2025收入预期", rev25), ("债务余额", bal)]:
    L.fact(k, v, "万元")

# ======================= text =======================
S = []   # (style, text)
def T(t): S.append(("title", t))
def C(t): S.append(("center", t))
def H(t): S.append(("h", t))
def P(t): S.append(("p", t))

T("关于临江区2024年预算执行情况和2025年预算草案的报告")
C("——2025年2月18日在临江区第三届人民代表大会第五次会议上")
C("区财政局局长  方明远")
P("各位代表：")
P("受区人民政府委托，现将临江区2024年预算执行情况和2025年预算草案提请区三届人大五次会议审议，并请区政协委员和其他列席人员提出意见。")
H("一、2024年预算执行情况")
P("2024年，在区委的坚强领导下，在区人大及其常委会的依法监督和区政协的民主监督下，全区财政部门坚持稳中求进工作总基调，积极应对收支紧平衡压力，加力提效实施积极的财政政策，全区预算执行情况总体较好。经区三届人大常委会第十九次会议批准，2024年全区一般公共预算支出调整预算为%s万元，比年初预算增加%s万元，主要是上级追加专项转移支付。" % (w(exp_adj), w(adj_add)))
H("（一）一般公共预算执行情况")
P("1.收入情况。全区一般公共预算收入%s万元，为调整预算%s万元的%s%%，比上年%s万元%s。其中：税收收入%s万元，%s，占一般公共预算收入的%s%%；非税收入%s万元，%s。主要税种中，%s。契税下降主要受房地产市场调整影响，企业所得税下降主要是部分重点企业利润下滑。" % (
    w(rev), w(rev_adj), rev_rate, w(rev_23), g["收入"], w(tax), g["税收"], tax_share, w(nontax), g["非税"],
    "；".join("%s%s万元，%s" % (n, w(a), g[n]) for n, a, _ in TAXES)))
P("2.支出情况。全区一般公共预算支出%s万元，为调整预算%s万元的%s%%，比上年%s万元%s。教育、社会保障和就业、卫生健康、住房保障、农林水、城乡社区、节能环保、文化旅游体育与传媒、交通运输等民生支出%s万元，占一般公共预算支出的%s%%。其中：教育支出%s万元，%s；社会保障和就业支出%s万元，%s；卫生健康支出%s万元，%s。" % (
    w(exp), w(exp_adj), exp_rate, w(exp_23), g["支出"], w(live), live_share,
    w(cat["教育支出"][2]), g["教育支出"], w(cat["社会保障和就业支出"][2]), g["社会保障和就业支出"],
    w(cat["卫生健康支出"][2]), g["卫生健康支出"]))
P("3.收支平衡情况。全区一般公共预算收入%s万元，加上级补助收入%s万元、债务转贷收入%s万元（其中新增一般债券%s万元、再融资一般债券%s万元）、上年结转%s万元、调入资金%s万元、动用预算稳定调节基金%s万元，收入总计%s万元。一般公共预算支出%s万元，加上解上级支出%s万元、债务还本支出%s万元、安排预算稳定调节基金%s万元，支出合计%s万元；收支相抵，结转下年%s万元，全部为上级专项转移支付结转资金，收支平衡。" % (
    w(rev), w(up_sub), w(debt_in), w(debt_new_gen), w(debt_refi_gen), w(carry_in), w(transfer_in), w(stab_use), w(res_total),
    w(exp), w(out_up), w(debt_repay), w(stab_add), w(exp + out_up + debt_repay + stab_add), w(carry_out)))
P("调入资金%s万元中，从政府性基金预算调入%s万元、从国有资本经营预算调入%s万元、盘活存量资金调入%s万元。预算稳定调节基金年初余额%s万元，年内动用%s万元、补充%s万元，年末余额%s万元。" % (
    w(transfer_in), w(tr_fund), w(tr_soe), w(tr_other), w(stab_open), w(stab_use), w(stab_add), w(stab_close)))
H("（二）政府性基金预算执行情况")
P("全区政府性基金预算收入%s万元，为预算%s万元的%s%%，比上年%s万元%s，其中国有土地使用权出让收入%s万元，占%s%%。收入下降主要是土地出让规模减少。加上级补助收入%s万元、专项债务收入%s万元、上年结转%s万元，收入总计%s万元。政府性基金预算支出%s万元（其中专项债券安排的支出%s万元），调出资金%s万元，结转下年%s万元。" % (
    w(f_rev), w(f_bud), f_rate, w(f_rev23), g["基金收入"], w(f_land), f_land_sh, w(f_up), w(f_bond), w(f_carry), w(f_res),
    w(f_exp), w(f_bond_exp), w(f_out), w(f_carry_out)))
H("（三）国有资本经营预算执行情况")
P("全区国有资本经营预算收入%s万元，为预算%s万元的%s%%，比上年%s万元%s，主要是区属国有企业利润上缴增加。国有资本经营预算支出%s万元，调出资金%s万元，结转下年%s万元。" % (
    w(s_rev), w(s_bud), s_rate, w(s_rev23), g["国资收入"], w(s_exp), w(s_out), w(s_carry)))
H("（四）政府债务情况")
P("2024年，省财政厅下达我区新增政府债券%s万元，其中一般债券%s万元、专项债券%s万元；下达再融资一般债券%s万元，全部用于偿还到期一般债券本金。2024年末，全区政府债务余额%s万元，比上年末%s万元增加%s万元，其中一般债务余额%s万元、专项债务余额%s万元，控制在省核定的债务限额%s万元（一般债务限额%s万元、专项债务限额%s万元）以内。全年一般债务付息%s万元，未发生逾期。" % (
    w(new_bond), w(debt_new_gen), w(f_bond), w(debt_refi_gen), w(bal), w(bal_23), w(bal - bal_23), w(bal_gen), w(bal_spe),
    w(lim), w(lim_gen), w(lim_spe), w(cat["债务付息支出"][2])))
P("以上2024年预算执行数均为快报数，在完成决算后还会有一些变化，届时再向区人大常委会报告。")
H("（五）落实区人大预算决议情况")
P("一是稳住经济增长基本盘。全面落实结构性减税降费政策，强化财政资金与金融政策协同，支持重点产业链招商和企业技术改造。二是兜牢“三保”底线。坚持“三保”支出在财政支出中的优先顺序，全年未发生“三保”支出风险。三是管好用好直达资金。全年收到中央直达资金%s万元，已支出%s万元，支出进度%s%%。四是深化预算绩效管理。对%d个重点项目开展绩效评价，涉及资金%s万元，评价结果与2025年预算安排挂钩。五是抓好审计整改。对审计查出的2023年度预算执行问题%d个，已整改到位%d个，整改率%s%%，其余%d个涉及历史遗留资产处置，已制定分阶段整改计划，预计2025年6月底前整改到位。" % (
    w(direct_in), w(direct_out), direct_rate, perf_n, w(perf_amt), audit_n, audit_done, audit_rate, audit_n - audit_done))
P("在肯定成绩的同时，我们也清醒地看到，财政运行中还存在一些困难和问题：一是收入增长基础仍不稳固，土地出让收入持续下降，政府性基金预算平衡压力加大；二是刚性支出持续增长，收支紧平衡状态更加突出；三是部分项目预算执行偏慢，资金使用绩效有待提高；四是防范化解政府债务风险任务依然艰巨。对此，我们将高度重视，采取有力措施加以解决。")
H("二、2025年预算草案")
H("（一）指导思想和编制原则")
P("2025年预算编制的指导思想是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，落实更加积极的财政政策，坚持党政机关习惯过紧日子，加强财政资源统筹，优化支出结构，强化预算约束和绩效管理，兜牢基层“三保”底线，防范化解政府债务风险。编制原则：一是坚持收入预算实事求是；二是坚持支出预算有保有压；三是坚持零基预算理念，打破支出固化格局；四是坚持绩效导向，做到“花钱必问效、无效必问责”。")
H("（二）一般公共预算草案")
P("全区一般公共预算收入预期%s万元，比上年执行数%s。加上级补助收入%s万元、上年结转%s万元、调入资金%s万元、动用预算稳定调节基金%s万元、债务转贷收入%s万元（其中新增一般债券%s万元、再融资一般债券%s万元），收入总计%s万元。" % (
    w(rev25), g["2025收入预期(比2024执行)"], w(up25), w(carry25), w(tr25), w(stab25), w(debt25), w(pre_gen), w(refi25), w(res25)))
P("全区一般公共预算支出安排%s万元，比上年年初预算%s万元增长%s%%，比上年执行数%s万元下降%s%%，下降主要是上年执行数中包含年度执行中上级追加的专项转移支付，而2025年年初预算暂未包含此类资金。加上解上级支出%s万元、债务还本支出%s万元，支出总计%s万元，收支平衡。其中，预备费%s万元，占一般公共预算支出的%s%%，符合预算法关于按本级一般公共预算支出额的1%%至3%%设置预备费的规定。分功能科目的支出安排详见附表。" % (
    w(exp_2025), w(exp_init_total), g25_init, w(exp), g25_exec, w(out_up25), w(repay25), w(exp_2025 + out_up25 + repay25),
    w(reserve25), reserve_sh))
H("（三）政府性基金预算草案")
P("全区政府性基金预算收入预期%s万元，比上年执行数%s。加上年结转%s万元、上级补助收入预计%s万元，收入总计%s万元。安排政府性基金预算支出%s万元，调出资金%s万元，收支平衡。" % (
    w(f_rev25), g["2025基金收入"], w(f_carry_out), w(f_up25), w(f_res25), w(f_exp25), w(f_out25)))
H("（四）国有资本经营预算草案")
P("全区国有资本经营预算收入预期%s万元，安排支出%s万元，调出资金%s万元，收支平衡。" % (w(s_rev25), w(s_exp25), w(s_out25)))
H("（五）2025年提前下达新增政府债券情况")
P("2025年1月，省财政厅提前下达我区2025年新增政府债券额度%s万元，其中一般债券%s万元、专项债券%s万元。根据预算法有关规定，提前下达的新增一般债券已列入2025年一般公共预算草案，专项债券将在项目审核通过后按程序编列预算调整方案，提请区人大常委会审查批准。同时，区财政局已印发《关于做好2025年预算执行工作的通知》（临财预〔2025〕3号），对年初预算执行作出部署。" % (
    w(pre_total), w(pre_gen), w(pre_spe)))
H("三、确保完成2025年预算任务的主要措施")
P("（一）抓好收入组织。加强财源建设，依法依规组织收入，提高收入质量，严禁虚收空转。（二）优化支出结构。大力压减一般性支出，集中财力保障重大战略任务和基本民生，非急需非刚性支出一律暂缓。（三）加强财政资源统筹。盘活存量资金和闲置资产，加大政府性基金、国有资本经营预算调入一般公共预算力度。（四）深化预算管理改革。全面推进零基预算改革，完善预算绩效管理，强化评价结果应用。（五）防范化解债务风险。严格落实化债方案，坚决遏制新增隐性债务，确保法定债务按时还本付息。（六）主动接受人大监督。认真落实区人大及其常委会的决议和审查意见，做好预决算公开工作。")
P("各位代表，做好2025年财政工作任务艰巨、责任重大。我们将在区委的坚强领导下，认真落实本次大会决议，自觉接受区人大的监督和区政协的民主监督，为全面完成2025年经济社会发展目标任务作出新的贡献！")
S.append(("pad", ""))
H("附表：临江区2025年一般公共预算支出预算表（按功能分类）")
S.append(("unit", "单位：万元"))

TABLE = [["科目", "2024年年初预算数", "2024年执行数", "2025年预算数", "2025年预算数比2024年执行数增减（%）"]]
for r in CATS:
    if r[2] == 0:
        ch = "—"
    else:
        d = r[3] - r[2]
        ch = ("-" if d < 0 else "") + str(pct(abs(d), r[2]))
    TABLE.append([r[0], w(r[1]), w(r[2]), w(r[3]), ch])
TABLE.append(["合计", w(exp_init_total), w(exp), w(exp_2025), "-" + str(g25_exec)])

# ======================= PDF =======================
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
st = {
    "title": ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=6, wordWrap="CJK"),
    "center": ParagraphStyle("center", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER, wordWrap="CJK"),
    "h": ParagraphStyle("h", fontName=FONT, fontSize=12.5, leading=20, spaceBefore=6, wordWrap="CJK"),
    "p": ParagraphStyle("p", fontName=FONT, fontSize=11, leading=19, firstLineIndent=22, wordWrap="CJK"),
    "unit": ParagraphStyle("unit", fontName=FONT, fontSize=10, leading=14, alignment=TA_RIGHT, wordWrap="CJK"),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=13, wordWrap="CJK"),
}


def build(path, pad_mm):
    story = []
    for kind, t in S:
        if kind == "pad":
            story.append(Spacer(1, pad_mm * mm))
        else:
            story.append(Paragraph(t, st[kind]))
    data = [[Paragraph(c, st["cell"]) for c in row] for row in TABLE]
    tbl = Table(data, colWidths=[52 * mm, 28 * mm, 28 * mm, 28 * mm, 38 * mm], repeatRows=1)
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    story.append(tbl)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("注：2024年执行数为快报数；预备费在执行中按规定动用后列入相关支出科目，故2024年执行数为0。", st["unit"]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="关于临江区2024年预算执行情况和2025年预算草案的报告")
    doc.build(story)


from pdfminer.high_level import extract_pages   # noqa: E402
from pdfminer.layout import LTTextContainer     # noqa: E402


def page_texts(path):
    out = []
    for page in extract_pages(path):
        out.append("".join(el.get_text() for el in page if isinstance(el, LTTextContainer)))
    return out


out = os.path.join(HERE, NAME + ".pdf")
first_row, last_row = CATS[1][0], CATS[-1][0]   # 国防支出 ... 债务发行费用支出 (not mentioned in the narrative)
spans = False
for pad in range(0, 260, 10):
    build(out, pad)
    pages = page_texts(out)
    pf = [i for i, t in enumerate(pages) if first_row in t]
    pl = [i for i, t in enumerate(pages) if last_row in t]
    hdr = [i for i, t in enumerate(pages) if "2025年预算数比2024年" in t]
    if pf and pl and pl[-1] > pf[0] and len(hdr) >= 2:
        spans = True
        break
L.check("附表跨页（表头在续页重复）", spans, "pad=%dmm pages=%d first=%s last=%s" % (pad, len(pages), pf, pl))

src_text = "\n".join(t for k, t in S) + "\n" + "\n".join("\t".join(r) for r in TABLE)
L.check("no leftover placeholders", "{" not in src_text and "Decimal(" not in src_text)
hc = han_count(src_text)
L.fact("han_chars", hc)
L.check("Han character count within 2500-5000", 2500 <= hc <= 5000, "han=%d" % hc)
alltext = "".join(pages)
for s in ["472,860", "98.41%", "〔2025〕3号", "2025年2月18日"]:
    L.in_text(alltext.replace("\n", ""), s)
data = L.write(os.path.join(HERE, NAME + ".ledger.json"))
print(NAME, "han=%d" % hc, "pages=%d" % len(pages), "checks=%d" % len(L.checks), "ok=%s" % data["all_checks_ok"])
