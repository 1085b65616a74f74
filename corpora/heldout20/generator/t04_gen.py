"""t04 -- 安徽省皖溪市民政局 2024年度福利彩票公益金筹集分配和使用情况公告 (.html).

Style: a government-portal article page whose body was pasted from Word: every paragraph is a
<p class="MsoNormal"> whose text is split into <span> runs -- Chinese in a 仿宋 span, every
ASCII run (digits, separators, %) in its own "Times New Roman" span, so figures are separate
text nodes (“筹集公益金” / “28,486.74” / “万元”).  Some figures were typed in full-width mode
(“４８６．４０万元”, “１，０７２人”, the date “２０２５年３月２０日”), and one uses the full-width
comma “，” as thousands separator.  Two Word tables (MsoNormalTable) with <p><span> cells.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Book, N, ROOT, close, nfkc, r, read_html, read_html_inline, rise, share, to_fw,  # noqa
                    w, wi)

NAME = "t04_wanxi_welfare_lottery_fund_2024"
OUT = os.path.join(ROOT, NAME + ".html")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")

# ---------------------------------------------------------------- base inputs
SALES = [("乐透数字型（双色球、福彩3D、七乐彩）", "47,816.30", "45,962.18"), ("快乐8", "26,384.70", "22,140.26"),
         ("即开型（刮刮乐）", "12,224.60", "12,797.56")]
FUND_RAISED, FUND_PREV = "28,486.74", "26,950.12"
SHARES_LOCAL = (D("0.30"), D("0.25"))          # 省级, 市本级 ; 县区 = remainder
PREV_CARRY = "486.40"
UPPER = "2,186.50"
# (group, item, upper, own, count text, relation)
ITEMS = [
    ("养老服务", "社区居家养老服务中心（站）建设补助", "620.00", "486.00", ("38", "个")),
    ("养老服务", "农村特困供养服务机构改造提升", "480.00", "612.50", ("12", "个")),
    ("养老服务", "老年助餐服务补贴", "0.00", "426.36", ("1,421,200", "人次")),
    ("养老服务", "养老护理员培训", "0.00", "86.40", ("1,440", "人次")),
    ("养老服务", "经济困难失能老年人集中照护补贴", "360.00", "411.84", ("1,072", "人")),
    ("儿童福利", "孤儿和事实无人抚养儿童“福彩圆梦”助学", "0.00", "96.00", ("320", "人")),
    ("儿童福利", "儿童之家建设", "180.00", "45.00", ("45", "个")),
    ("残疾人福利", "困难残疾人康复辅具适配", "146.50", "58.60", ("2,051", "人")),
    ("社会救助", "困难群众临时救助", "0.00", "260.00", ("1,300", "人次")),
    ("社区服务和社会工作", "乡镇（街道）社会工作服务站运营补助", "200.00", "264.00", ("58", "个")),
    ("社区服务和社会工作", "社区“一老一小”服务设施改造", "0.00", "138.60", ("7", "个")),
    ("其他", "公益金项目宣传和监督管理", "0.00", "32.00", ("—", "")),
]
GROUPS = ["养老服务", "儿童福利", "残疾人福利", "社会救助", "社区服务和社会工作", "其他"]
PUB = ("２０２５年３月２０日", (2025, 3, 20))


def build():
    B = Book(NAME + ".html")
    M = {"paras": [], "t1": None, "t2": None}
    X = M["paras"]

    def p(s, kind="p"):
        X.append({"k": kind, "t": s})

    sales = sum(N(a) for _, a, _ in SALES)
    sales_p = sum(N(b) for _, _, b in SALES)
    g_sales = rise(sales, sales_p)
    raised = N(FUND_RAISED)
    s_raise = share(raised, sales)
    g_raise = rise(raised, N(FUND_PREV))
    central = r(raised / 2, 2)
    local = raised - central
    prov = r(local * SHARES_LOCAL[0], 2)
    city = r(local * SHARES_LOCAL[1], 2)
    county = local - prov - city

    up_tot = sum(N(i[2]) for i in ITEMS)
    own_tot = sum(N(i[3]) for i in ITEMS)
    spend = up_tot + own_tot
    income = N(UPPER) + city
    carry = N(PREV_CARRY) + income - spend
    assert carry > 0

    # ---------------- tables
    t1 = [["一、上年结转", PREV_CARRY], ["二、本年收入", w(income)], ["1.上级补助收入", UPPER],
          ["2.市本级留成收入", w(city)], ["三、本年支出", w(spend)], ["四、年末结转", w(carry)]]
    M["t1"] = t1
    t2 = [["合计", w(spend), w(up_tot), w(own_tot), "", ""]]
    grp_idx = {}
    for gi, gname in enumerate(GROUPS):
        its = [i for i in ITEMS if i[0] == gname]
        gu = sum(N(i[2]) for i in its)
        go = sum(N(i[3]) for i in its)
        grp_idx[gname] = len(t2)
        t2.append(["%s、%s" % ("一二三四五六"[gi], gname), w(gu + go), w(gu), w(go), "", ""])
        for k, i in enumerate(its, 1):
            t2.append(["%d.%s" % (k, i[1]), w(N(i[2]) + N(i[3])), i[2], i[3], i[4][0], i[4][1]])
    M["t2"] = t2

    # =================================================================== prose
    p("皖溪市2024年度福利彩票公益金筹集分配和使用情况公告", "h1")
    p("根据《彩票管理条例》《彩票管理条例实施细则》和财政部《彩票公益金管理办法》有关规定，现将皖溪市2024年度福利"
      "彩票公益金筹集、分配和市本级使用情况公告如下。")
    p("一、福利彩票销售和公益金筹集情况", "h2")
    parts = "，".join("%s销售%s万元" % (n, a) for n, a, _ in SALES)
    p("2024年，全市共销售福利彩票%s万元，比上年增长%s%%。其中：%s。按照各彩票游戏规则规定的公益金提取比例，全年"
      "筹集福利彩票公益金%s万元，占销售额的%s%%，比上年增长%s%%。" % (w(sales), w(g_sales), parts, FUND_RAISED, w(s_raise),
                                                  w(g_raise)))
    a_sales = "全市共销售福利彩票%s万元，比上年增长%s%%" % (w(sales), w(g_sales))
    B.total("销售额 = 三类游戏", w(sales), [a for _, a, _ in SALES], [a_sales] + ["%s销售%s万元" % (n, a) for n, a, _ in SALES])
    B.ratio("公益金占销售额", w(s_raise), FUND_RAISED, w(sales), ["筹集福利彩票公益金%s万元，占销售额的%s%%" % (FUND_RAISED, w(s_raise)), a_sales])
    B.growth("公益金比上年", w(g_raise), FUND_RAISED, FUND_PREV, "增长", ["占销售额的%s%%，比上年增长%s%%" % (w(s_raise), w(g_raise))])
    prev_parts = "、".join("%s万元" % b for _, _, b in SALES)
    p("2023年全市福利彩票销售额为%s万元（分别为%s），筹集公益金%s万元。分游戏看，乐透数字型和快乐8销量分别增长%s%%和"
      "%s%%，即开型彩票销量下降%s%%，主要是部分即开票实体销售站点转型调整。"
      % (w(sales_p), prev_parts, FUND_PREV, w(rise(N(SALES[0][1]), N(SALES[0][2]))), w(rise(N(SALES[1][1]), N(SALES[1][2]))),
         w(abs(rise(N(SALES[2][1]), N(SALES[2][2]))))))
    B.total("2023销售额", w(sales_p), [b for _, _, b in SALES], ["2023年全市福利彩票销售额为%s万元（分别为%s）" % (w(sales_p), prev_parts)])
    B.growth("销售额比上年", w(g_sales), w(sales), w(sales_p), "增长", [a_sales, "销售额为%s万元" % w(sales_p)])
    for (n, a, b), word in zip(SALES, ("增长", "增长", "下降")):
        g = rise(N(a), N(b))
        B.growth("%s 销量" % n, w(abs(g)), a, b, word, ["%s%%" % w(abs(g))])
    p("截至2024年底，全市共有福利彩票销售站点%s个，比上年末净增%s个，其中专营站点%s个、兼营站点%s个；全年开展"
      "“福彩进社区”“公益福彩·温暖同行”等主题宣传活动%s场次。福利彩票发行销售坚持“公益、责任、安全、健康”的理念，"
      "严格落实彩票销售管理和防沉迷措施，未发生重大安全责任事故和违规销售事件。" % ("412", "17", "296", "116", "36"))
    B.total("销售站点 = 专营 + 兼营", "412", ["296", "116"], ["全市共有福利彩票销售站点412个", "其中专营站点296个、兼营站点116个"])
    B.cond("净增 <= 站点数", 17 <= 412, "17", nums=["17"], anchors=["比上年末净增17个"])
    p("按照福利彩票公益金中央和地方50∶50的分配政策，上缴中央财政%s万元，留归地方%s万元。地方留成部分按照省级30%%、"
      "市本级25%%、县（市、区）45%%的比例分配，其中省级统筹%s万元，市本级%s万元，县（市、区）%s万元。县（市、区）"
      "留成公益金的使用情况由各县（市、区）民政部门另行公告。" % (w(central), w(local), w(prov), w(city), w(county)))
    B.total("中央 + 地方 = 筹集", FUND_RAISED, [w(central), w(local)],
            ["上缴中央财政%s万元，留归地方%s万元" % (w(central), w(local)), "筹集福利彩票公益金%s万元" % FUND_RAISED])
    B.ratio("中央50%", "50", w(central), FUND_RAISED, ["上缴中央财政%s万元" % w(central)])
    B.total("地方 = 省 + 市 + 县", w(local), [w(prov), w(city), w(county)],
            ["其中省级统筹%s万元，市本级%s万元，县（市、区）%s万元" % (w(prov), w(city), w(county))])
    B.ratio("省级30%（整数）", "30", w(prov), w(local), ["省级30%", "留归地方%s万元" % w(local), "其中省级统筹%s万元" % w(prov)])
    B.ratio("市本级25%（整数）", "25", w(city), w(local), ["市本级25%", "市本级%s万元" % w(city)])
    B.formula("省级 = 地方 x 30% (half-up, 2 dp)", w(prov), lambda a: a * D("0.3"), [w(local)], "local x 0.30",
              ["其中省级统筹%s万元" % w(prov)])
    B.formula("市本级 = 地方 x 25% (half-up, 2 dp)", w(city), lambda a: a * D("0.25"), [w(local)], "local x 0.25",
              ["市本级%s万元" % w(city)])
    B.ratio("县区45%（整数）", "45", w(county), w(local), ["县（市、区）45%", "县（市、区）%s万元" % w(county)])

    p("二、市本级福利彩票公益金收支情况", "h2")
    carry_fw = to_fw(PREV_CARRY)
    p("2024年，市本级福利彩票公益金上年结转%s万元，本年收入%s万元，其中上级补助收入（中央和省级下达的福利彩票公益金"
      "项目资金）%s万元、市本级留成收入%s万元；本年支出%s万元，年末结转%s万元。收支情况见表1。"
      % (carry_fw, w(income), UPPER, w(city), w(spend), w(carry)))
    a_inc = "本年收入%s万元，其中上级补助收入" % w(income)
    B.total("本年收入", w(income), [UPPER, w(city)], [a_inc, "项目资金）%s万元、市本级留成收入%s万元" % (UPPER, w(city))])
    B.lin("年末结转 = 上年结转 + 收入 - 支出", w(carry), [(1, carry_fw), (1, w(income)), (-1, w(spend))],
          ["上年结转%s万元" % carry_fw, "本年支出%s万元，年末结转%s万元" % (w(spend), w(carry))])
    B.same("上年结转 全角 = 表1", carry_fw, t1[0][1], ["上年结转%s万元" % carry_fw])
    B.cond("全角数字存在", carry_fw != PREV_CARRY and nfkc(carry_fw) == PREV_CARRY, carry_fw)
    c_exec = share(spend, N(PREV_CARRY) + income)
    p("本年支出占可使用资金（上年结转加本年收入）的%s%%。年末结转资金主要是社区居家养老服务中心（站）和农村特困供养"
      "服务机构改造等在建项目的尾款，将于2025年按项目进度拨付。" % w(c_exec))
    B.formula("支出占可用资金", w(c_exec), lambda s, a, b: s / (a + b) * 100, [w(spend), PREV_CARRY, w(income)],
              "spend / (carry + income)", ["本年支出占可使用资金（上年结转加本年收入）的%s%%" % w(c_exec)])

    p("三、市本级福利彩票公益金使用情况", "h2")
    p("2024年，市本级福利彩票公益金支出%s万元，其中使用上级补助资金%s万元、市本级留成资金%s万元，共资助项目%s类，"
      "按照“扶老、助残、救孤、济困”的发行宗旨，重点用于以下方面（明细见表2）："
      % (w(spend), w(up_tot), w(own_tot), to_fw(str(len(ITEMS)))))
    B.total("支出 = 上级 + 本级", w(spend), [w(up_tot), w(own_tot)],
            ["支出%s万元，其中使用上级补助资金%s万元、市本级留成资金%s万元" % (w(spend), w(up_tot), w(own_tot))])
    B.cond("项目类数（全角）", N(to_fw(str(len(ITEMS)))) == len(ITEMS), to_fw(str(len(ITEMS))),
           anchors=["共资助项目%s类" % to_fw(str(len(ITEMS)))])
    # per-group paragraphs
    g_amt = {g: N(t2[grp_idx[g]][1]) for g in GROUPS}
    yl_own = N(t2[grp_idx["养老服务"]][3])
    s_yl = share(g_amt["养老服务"], spend)
    s_yl_own = share(yl_own, own_tot)
    s_yl_city = share(yl_own, city)
    p("（一）支持养老服务%s万元，占市本级公益金支出的%s%%。" % (w(g_amt["养老服务"]), w(s_yl)) +
      "1.资助社区居家养老服务中心（站）建设38个，补助1,106.00万元，其中城市社区21个、农村社区17个；2.资助农村特困"
      "供养服务机构改造提升12个，补助1,092.50万元，改造后护理型床位占比达到58%%；3.发放老年助餐服务补贴426.36万元，"
      "按每餐3元的标准补助，全年助餐%s人次；4.开展养老护理员培训%s人次，按每人次600元标准补助86.40万元；"
      "5.对入住养老机构的经济困难失能老年人按每人每月600元发放集中照护补贴，全年惠及%s人，发放771.84万元。"
      % ("1,421,200", "1,440", to_fw("1,072")))
    B.total("养老服务 = 5项", w(g_amt["养老服务"]), [t2[grp_idx["养老服务"] + k][1] for k in range(1, 6)],
            ["支持养老服务%s万元，占市本级公益金支出的%s%%" % (w(g_amt["养老服务"]), w(s_yl))])
    B.ratio("养老占支出", w(s_yl), w(g_amt["养老服务"]), w(spend), ["支持养老服务%s万元，占市本级公益金支出的%s%%" % (w(g_amt["养老服务"]), w(s_yl))])
    B.total("居家养老站 = 城市 + 农村", "38", ["21", "17"], ["资助社区居家养老服务中心（站）建设38个", "其中城市社区21个、农村社区17个"])
    B.prod("老年助餐", "426.36", ["3", "1,421,200"], "0.0001", ["发放老年助餐服务补贴426.36万元", "按每餐3元的标准补助，全年助餐1,421,200人次"])
    B.prod("护理员培训", "86.40", ["1,440", "600"], "0.0001", ["开展养老护理员培训1,440人次，按每人次600元标准补助86.40万元"])
    B.prod("集中照护", "771.84", ["600", "12", to_fw("1,072")], "0.0001",
           ["按每人每月600元发放集中照护补贴，全年惠及%s人，发放771.84万元" % to_fw("1,072")])
    B.cond("全角千分位逗号", "，" in to_fw("1,072"), to_fw("1,072"))
    for k, amt in ((1, "1,106.00"), (2, "1,092.50"), (3, "426.36"), (4, "86.40"), (5, "771.84")):
        B.same("养老第%d项 prose = 表2" % k, amt, t2[grp_idx["养老服务"] + k][1], ["%s万元" % amt])
    p("市本级留成资金用于养老服务%s万元，占本年市本级留成资金支出%s万元的%s%%，占当年市本级留成收入%s万元的%s%%，"
      "均符合民政部门本级福利彩票公益金不低于55%%用于支持发展养老服务的规定。"
      % (w(yl_own), w(own_tot), w(s_yl_own), w(city), w(s_yl_city)))
    B.ratio("养老占本级留成支出", w(s_yl_own), w(yl_own), w(own_tot),
            ["市本级留成资金用于养老服务%s万元，占本年市本级留成资金支出%s万元的%s%%" % (w(yl_own), w(own_tot), w(s_yl_own))])
    B.ratio("养老占本级留成收入", w(s_yl_city), w(yl_own), w(city), ["占当年市本级留成收入%s万元的%s%%" % (w(city), w(s_yl_city))])
    B.cond(">= 55% (both bases)", s_yl_own >= 55 and s_yl_city >= 55, "%s / %s" % (s_yl_own, s_yl_city))
    B.total("养老本级 = 表2", w(yl_own), [t2[grp_idx["养老服务"] + k][3] for k in range(1, 6)],
            [("nodes", w(yl_own))])

    s_et = share(g_amt["儿童福利"], spend)
    p("（二）支持儿童福利%s万元，占%s%%。1.实施“福彩圆梦”助学项目，对%s名在读的孤儿和事实无人抚养儿童按每人3,000元"
      "给予一次性助学补助，共96.00万元；2.资助建设村（社区）儿童之家45个，每个补助5万元，共225.00万元。"
      % (w(g_amt["儿童福利"]), w(s_et), to_fw("320")))
    B.ratio("儿童福利占比", w(s_et), w(g_amt["儿童福利"]), w(spend), ["支持儿童福利%s万元，占%s%%" % (w(g_amt["儿童福利"]), w(s_et))])
    B.prod("圆梦助学", "96.00", [to_fw("320"), "3,000"], "0.0001", ["对%s名在读的孤儿" % to_fw("320"), "按每人3,000元", "共96.00万元"])
    B.prod("儿童之家", "225.00", ["45", "5"], 1, ["资助建设村（社区）儿童之家45个，每个补助5万元，共225.00万元"])
    B.total("儿童福利 = 2项", w(g_amt["儿童福利"]), ["96.00", "225.00"], ["支持儿童福利%s万元" % w(g_amt["儿童福利"])])

    s_cj = share(g_amt["残疾人福利"], spend)
    p("（三）支持残疾人福利%s万元，占%s%%。为2,051名困难残疾人免费适配轮椅、助行器、助听器等基本型康复辅助器具，"
      "平均每人1,000元。" % (w(g_amt["残疾人福利"]), w(s_cj)))
    B.ratio("残疾人福利占比", w(s_cj), w(g_amt["残疾人福利"]), w(spend), ["支持残疾人福利%s万元，占%s%%" % (w(g_amt["残疾人福利"]), w(s_cj))])
    B.prod("辅具适配", w(g_amt["残疾人福利"]), ["2,051", "1,000"], "0.0001", ["为2,051名困难残疾人", "平均每人1,000元"])

    s_jz = share(g_amt["社会救助"], spend)
    per_jz = r(g_amt["社会救助"] * 10000 / 1300, 0)
    p("（四）支持社会救助%s万元，占%s%%。对遭遇突发事件、意外伤害、重大疾病等导致基本生活陷入困境的群众实施临时"
      "救助1,300人次，人均救助%s元。" % (w(g_amt["社会救助"]), w(s_jz), wi(per_jz)))
    B.ratio("社会救助占比", w(s_jz), w(g_amt["社会救助"]), w(spend), ["支持社会救助%s万元，占%s%%" % (w(g_amt["社会救助"]), w(s_jz))])
    B.quot("人均临时救助（元）", wi(per_jz), w(g_amt["社会救助"]), "1,300", 10000, ["救助1,300人次，人均救助%s元" % wi(per_jz)])

    s_sq = share(g_amt["社区服务和社会工作"], spend)
    p("（五）支持社区服务和社会工作%s万元，占%s%%。1.对全市58个乡镇（街道）社会工作服务站按每站8万元给予运营补助，"
      "共464.00万元，社工站实现乡镇（街道）全覆盖；2.资助7个城市社区开展“一老一小”服务设施适老化、适儿化改造，"
      "补助138.60万元。" % (w(g_amt["社区服务和社会工作"]), w(s_sq)))
    B.ratio("社区服务占比", w(s_sq), w(g_amt["社区服务和社会工作"]), w(spend), ["支持社区服务和社会工作%s万元，占%s%%" % (w(g_amt["社区服务和社会工作"]), w(s_sq))])
    B.prod("社工站", "464.00", ["58", "8"], 1, ["对全市58个乡镇（街道）社会工作服务站按每站8万元给予运营补助", "共464.00万元"])
    B.total("社区服务 = 2项", w(g_amt["社区服务和社会工作"]), ["464.00", "138.60"], ["补助138.60万元"])

    s_qt = share(g_amt["其他"], spend)
    p("（六）其他支出%s万元，占%s%%，用于公益金资助项目的宣传标识制作、项目绩效评价和监督检查，未用于福利彩票发行"
      "销售经费。" % (w(g_amt["其他"]), w(s_qt)))
    B.ratio("其他占比", w(s_qt), w(g_amt["其他"]), w(spend), ["其他支出%s万元，占%s%%" % (w(g_amt["其他"]), w(s_qt))])
    tot_s = B.shares("六类占比合计", [w(s_yl), w(s_et), w(s_cj), w(s_jz), w(s_sq), w(s_qt)], tol="0.01",
                     anchors=["占市本级公益金支出的%s%%" % w(s_yl)])
    B.fact("六类占比之和", str(tot_s))

    p("四、项目管理和绩效情况", "h2")
    n_proj = 38 + 12 + 45 + 58 + 7
    p("市民政局严格按照公益金使用宗旨安排项目，资助项目均经过申报、评审、公示和批复程序。所有资助的设施类项目均在"
      "显著位置标明“福彩公益金资助——扶老、助残、救孤、济困”标识，其中社区居家养老服务中心（站）、农村特困供养"
      "服务机构、儿童之家、社工站和“一老一小”设施共%d个，已全部完成标识设置。2024年，市民政局委托第三方机构对"
      "公益金资助的12个项目开展绩效评价，评价结果为“优”的9个、“良”的3个；对评价发现的部分项目进度偏慢、资料"
      "归档不规范等问题，已督促项目单位整改到位。" % n_proj)
    B.total("设施类项目数", str(n_proj), ["38", "12", "45", "58", "7"], ["共%d个，已全部完成标识设置" % n_proj])
    B.total("绩效评价 优 + 良 = 12", "12", ["9", "3"], ["评价结果为“优”的9个、“良”的3个"])
    B.cond("评价12个 = 项目类数", len(ITEMS) == 12, str(len(ITEMS)))
    p("在资金管理方面，市民政局会同市财政局制定了《皖溪市本级福利彩票公益金资助项目管理办法》，明确项目申报条件、"
      "资助标准和绩效目标，公益金实行专款专用、单独核算，按照项目实施进度分批拨付，不得用于平衡一般公共预算，"
      "不得用于工作经费、行政办公用房建设和机关人员经费。2024年市审计局对公益金使用情况开展了专项审计，未发现"
      "挤占挪用问题，对审计提出的个别项目验收资料不完整的问题，项目单位已补充完善。")
    p("从受益情况看，公益金资助的各类项目覆盖全市所有县（市、区），直接惠及老年人、残疾人、孤儿和困难群众等特殊"
      "群体。其中，社区居家养老服务中心（站）和农村特困供养服务机构改造项目投入使用后，新增和改善养老床位1,260张；"
      "社工站全年开展个案服务、小组活动和社区活动共计4,820次。")
    B.text("受益情况（非计算数）", "新增和改善养老床位1,260张", "共计4,820次")
    p("五、2025年使用计划", "h2")
    plan = [("养老服务", "2,186.00"), ("儿童福利", "352.00"), ("残疾人福利", "240.00"), ("社会救助", "300.00"),
            ("社区服务和社会工作", "520.00"), ("其他", "40.00")]
    plan_tot = sum(N(a) for _, a in plan)
    s_plan_yl = share(N(plan[0][1]), plan_tot)
    p("2025年，市本级福利彩票公益金预算安排%s万元（含上年结转资金），其中：" % w(plan_tot) +
      "；".join("%s%s万元" % (g, a) for g, a in plan) +
      "。养老服务安排数占%s%%，将重点支持居家社区养老服务网络建设、农村互助养老和老年助餐服务扩面提质，"
      "持续提升特困供养服务机构失能照护能力。" % w(s_plan_yl))
    B.total("2025年预算安排", w(plan_tot), [a for _, a in plan], ["预算安排%s万元（含上年结转资金）" % w(plan_tot)] + ["%s%s万元" % (g, a) for g, a in plan])
    B.ratio("2025养老占比", w(s_plan_yl), plan[0][1], w(plan_tot), ["养老服务安排数占%s%%" % w(s_plan_yl)])
    p("下一步，市民政局将进一步规范福利彩票公益金项目申报、评审和资金拨付流程，完善项目库管理，强化全过程预算绩效"
      "管理，提高公益金使用的精准性和有效性；落实公益金使用情况年度公告制度，主动接受人大、审计和社会监督，确保"
      "公益金用于老年人、残疾人、孤儿和困难群众等特殊群体，让福彩公益金的每一分钱都用在群众急难愁盼上。")
    p("六、监督渠道", "h2")
    p("2024年度市本级福利彩票公益金资助项目的名称、承担单位、资助金额和实施情况已在市民政局门户网站“彩票公益金”"
      "专栏逐项公示。欢迎社会各界对福利彩票公益金的筹集、分配和使用情况进行监督，对发现的违规使用公益金等问题，"
      "可通过来信、来电等方式向市民政局反映，我们将及时调查核实并依法依规处理。监督电话：0559-2318605"
      "（市民政局计划财务科）。")
    p("附：表1.2024年度市本级福利彩票公益金收支情况表；表2.2024年度市本级福利彩票公益金使用项目明细表")
    M["table_pos"] = len(X)
    p("皖溪市民政局", "sign")
    p(PUB[0], "sign")
    B.date_after("公告日期晚于2024年度终了（全角）", PUB[0], PUB[1], (2024, 12, 31))

    # =================================================================== tables
    def rw1(cells):
        return ("text", "\n".join(c for c in cells if c))
    B.total("表1 本年收入", t1[1][1], [t1[2][1], t1[3][1]], [rw1(t1[1]), rw1(t1[2]), rw1(t1[3])])
    B.lin("表1 年末结转", t1[5][1], [(1, t1[0][1]), (1, t1[1][1]), (-1, t1[4][1])], [rw1(t1[0]), rw1(t1[5]), rw1(t1[4])])
    B.same("表1 支出 = 表2 合计", t1[4][1], t2[0][1], [rw1(t1[4])])
    for col in (1, 2, 3):
        B.total("表2 合计 col%d = Σ类" % col, t2[0][col], [t2[grp_idx[g]][col] for g in GROUPS],
                [rw1(t2[0])] + [rw1(t2[grp_idx[g]]) for g in GROUPS])
        for gi, g in enumerate(GROUPS):
            end = grp_idx[GROUPS[gi + 1]] if gi + 1 < len(GROUPS) else len(t2)
            ch = list(range(grp_idx[g] + 1, end))
            B.total("表2 %s col%d = Σ项目" % (g, col), t2[grp_idx[g]][col], [t2[c][col] for c in ch],
                    [rw1(t2[grp_idx[g]])] + [rw1(t2[c]) for c in ch])
    for rw in t2:
        B.total("表2 %s 合计 = 上级 + 本级" % rw[0], rw[1], [rw[2], rw[3]], [rw1(rw)])
    B.same("表2 上级 = prose", t2[0][2], w(up_tot), ["使用上级补助资金%s万元" % w(up_tot)])
    B.leq("表2 本级支出 <= 本级留成收入", t2[0][3], w(city), [rw1(t2[0]), "市本级留成收入%s万元" % w(city)])
    B.fact("sales", w(sales))
    B.fact("city_share", w(city))
    B.fact("carry", w(carry))
    B.fact("publication_date", "2025-03-20")
    return M, B


# =================================================================== rendering
def runs(s):
    """split text into Word-like runs: ASCII runs in Times New Roman spans, the rest in 仿宋 spans"""
    out = []
    for m in re.finditer(r"[\x21-\x7e]+|[^\x21-\x7e]+", s):
        seg = m.group(0)
        seg_h = seg.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if re.match(r"[\x21-\x7e]", seg):
            out.append('<span style="font-family:\'Times New Roman\';font-size:16pt">%s</span>' % seg_h)
        else:
            out.append('<span style="font-family:仿宋_GB2312;font-size:16pt">%s</span>' % seg_h)
    return "".join(out)


def cell_runs(s):
    out = []
    for m in re.finditer(r"[\x21-\x7e]+|[^\x21-\x7e]+", s):
        seg = m.group(0)
        fam = "'Times New Roman'" if re.match(r"[\x21-\x7e]", seg) else "宋体"
        out.append('<span style="font-family:%s;font-size:10.5pt">%s</span>' % (fam, seg))
    return "".join(out)


def render(M, path):
    L = []
    L.append("<!DOCTYPE html>")
    L.append('<html lang="zh-CN">')
    L.append("<head>")
    L.append('<meta charset="utf-8">')
    L.append("<title>皖溪市2024年度福利彩票公益金筹集分配和使用情况公告_皖溪市民政局</title>")
    L.append('<meta name="SiteName" content="皖溪市民政局">')
    L.append('<meta name="ColumnName" content="彩票公益金">')
    L.append('<meta name="PubDate" content="2025-03-20 09:30">')
    L.append("<style>body{font-family:'Microsoft YaHei';}.wrap{width:1000px;margin:0 auto;}"
             "p.MsoNormal{margin:0;line-height:28pt;}table.MsoNormalTable{border-collapse:collapse;}"
             "table.MsoNormalTable td{border:solid windowtext 1.0pt;padding:0 5.4pt;}</style>")
    L.append("<script>var _hmt = _hmt || [];</script>")
    L.append("</head>")
    L.append("<body>")
    L.append('<div class="wrap">')
    L.append('<div class="top"><a href="/">皖溪市民政局</a> <a href="/xxgk/">信息公开</a> <a href="/xxgk/cpgyj/">彩票公益金</a></div>')
    L.append('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 彩票公益金</div>')
    L.append('<div class="article">')
    first = M["paras"][0]
    L.append('<h1 class="title">%s</h1>' % first["t"])
    L.append('<div class="info"><span>发布时间：2025-03-20 09:30</span> <span>来源：市民政局</span> '
             '<span>浏览次数：<em id="hits">1,846</em></span> <span>【字体：大 中 小】</span></div>')
    L.append('<div class="TRS_Editor" id="zoom">')
    L.append('<div class="Section1">')
    tables_done = False
    for i, p in enumerate(M["paras"][1:], 1):
        if p["k"] == "sign" and not tables_done:
            L.extend(render_tables(M))
            tables_done = True
        if p["k"] == "h2":
            L.append('<p class="MsoNormal" style="text-indent:32pt"><b>%s</b></p>' % runs(p["t"]))
        elif p["k"] == "sign":
            L.append('<p class="MsoNormal" align="right" style="text-align:right">%s</p>' % runs(p["t"]))
        else:
            L.append('<p class="MsoNormal" style="text-indent:32pt">%s</p>' % runs(p["t"]))
    L.append("</div>")
    L.append("</div>")
    L.append('<div class="attach">【打印本页】 【关闭窗口】</div>')
    L.append("</div>")
    L.append('<div class="footer"><p>主办：皖溪市民政局 地址：皖溪市政务新区天鹅湖路1号 邮编：247100</p>'
             '<p>皖ICP备05008817号-1 网站标识码：3418000031</p></div>')
    L.append("</div>")
    L.append("</body>")
    L.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


def render_tables(M):
    L = []

    def cp(text, align="left"):
        return '<p class="MsoNormal" align="%s" style="text-align:%s">%s</p>' % (align, align, cell_runs(text) if text else "&nbsp;")

    L.append('<p class="MsoNormal" align="center" style="text-align:center"><b>%s</b></p>' % runs("表1 2024年度市本级福利彩票公益金收支情况表"))
    L.append('<p class="MsoNormal" align="right" style="text-align:right">%s</p>' % runs("单位：万元"))
    L.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="560">')
    L.append("<tr><td width=\"360\">%s</td><td width=\"200\">%s</td></tr>" % (cp("项目", "center"), cp("金额", "center")))
    for rw in M["t1"]:
        L.append("<tr><td>%s</td><td>%s</td></tr>" % (cp(rw[0]), cp(rw[1], "right")))
    L.append("</table>")
    L.append('<p class="MsoNormal">&nbsp;</p>')
    L.append('<p class="MsoNormal" align="center" style="text-align:center"><b>%s</b></p>' % runs("表2 2024年度市本级福利彩票公益金使用项目明细表"))
    L.append('<p class="MsoNormal" align="right" style="text-align:right">%s</p>' % runs("单位：万元"))
    L.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="900">')
    hd = ["项目", "合计", "上级补助资金", "市本级留成资金", "资助数量", "计量单位"]
    L.append("<tr>" + "".join("<td>%s</td>" % cp(h, "center") for h in hd) + "</tr>")
    for rw in M["t2"]:
        L.append("<tr>" + "".join("<td>%s</td>" % cp(c, "left" if j == 0 else ("right" if j < 4 else "center"))
                                  for j, c in enumerate(rw)) + "</tr>")
    L.append("</table>")
    L.append('<p class="MsoNormal">&nbsp;</p>')
    return L


def main():
    M, B = build()
    render(M, OUT)
    inline = read_html_inline(OUT)
    nodes = read_html(OUT)
    html = open(OUT, encoding="utf-8").read()
    # structure
    n_tnr = html.count("Times New Roman")
    B.fact("times_new_roman_runs", n_tnr)
    B.cond("figures are separate text nodes (>= 150 ASCII runs)", n_tnr >= 150, str(n_tnr))
    B.cond("a figure stands alone as a text node", "\n28,486.74\n" in "\n" + nodes + "\n", "")
    fw = re.findall(r"[０-９][０-９，．]*", inline)
    B.fact("full_width_figures", fw)
    B.cond("at least 5 full-width figures", len(fw) >= 5, str(len(fw)))
    close(B, {"text": inline, "nodes": nodes}, LEDGER, inline)


if __name__ == "__main__":
    main()
