"""t06 -- 松岩市2024年市级国有资本经营预算执行情况 (吉林省松岩市人民政府国有资产监督管理委员会)
HTML whose tables are <div> elements styled display:table / display:table-row / display:table-cell
(no <table> element).  表1 in 亿元 (two decimals), 表2 and 表3 in 万元; conversions restated in prose.

Content model: {"meta": {...}, "blocks": [("h2"|"p"|"cap"|"unit"|"note"|"sign", str) | ("dtable", {...})]}
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, Ledger, P, q, fmt, pct, growth, finish, html_text

NAME = "t06_songyan_soe_capital_budget_execution_2024"
DASH = "—"

# ---------------------------------------------------------------- base inputs (万元 unless noted)
# 利润收入: (企业, 上年度归母净利润, 上缴比例%, 实缴 rule: "full" | "exempt" | "loss" | "defer")
PROFIT = [
    ("松岩市城市发展投资集团有限公司", "86432.50", "20", "full"),
    ("松岩市交通投资集团有限公司", "52718.40", "20", "full"),
    ("松岩市国有资本运营有限公司", "28904.16", "25", "full"),
    ("松岩市水务集团有限公司", "12365.80", "15", "full"),
    ("松岩市农业发展投资有限公司", "9846.70", "15", "full"),
    ("松岩市热力集团有限公司", "6182.30", "10", "defer"),
    ("松岩市粮食储备有限公司", "1236.45", "0", "exempt"),
    ("松岩市文化旅游投资集团有限公司", "-2314.60", "15", "loss"),
]
# 股利股息: (参股企业, 分红总额, 持股比例%)
DIVIDEND = [
    ("松岩农村商业银行股份有限公司", "32600.00", "8.50"),
    ("吉林松岩热电股份有限公司", "9860.00", "21.00"),
    ("松岩港华燃气有限公司", "4300.00", "49.00"),
]
TRANSFER_IN, LIQ_IN, OTHER_IN = "3126.40", "186.35", "420.00"      # 产权转让, 清算, 其他 (执行)
EXP = [("解决历史遗留问题及改革成本支出", "8426.30"), ("国有企业资本金注入", "18650.00"),
       ("国有企业政策性补贴", "2180.00"), ("其他国有资本经营预算支出", "1012.55")]
INJECT = [("松岩市城市发展投资集团有限公司", "8000.00", "城市更新和保障性租赁住房项目资本金"),
          ("松岩市交通投资集团有限公司", "6500.00", "城际公交一体化项目资本金"),
          ("松岩市农业发展投资有限公司", "2650.00", "粮食烘干仓储设施项目资本金"),
          ("松岩市文化旅游投资集团有限公司", "1500.00", "冰雪旅游设施改造项目资本金")]
SUBSIDY = [("城市公交运营补贴", "1360.00"), ("居民冬季供热价格补贴", "820.00")]
LEGACY = [("厂办大集体改革", "5236.30"), ("国有企业退休人员社会化管理", "2780.00"), ("其他改革成本", "410.00")]
TRANSFER_RATE = "30"                                               # 调出比例 %
# 预算数 typed in 亿元; 上年执行数 typed in 万元
BUD_YI = {"利润收入": "3.90", "股利、股息收入": "0.65", "产权转让收入": "0.30", "清算收入": "0.00",
          "其他国有资本经营预算收入": "0.05", "上年结转收入": "0.45",
          "解决历史遗留问题及改革成本支出": "0.90", "国有企业资本金注入": "1.90", "国有企业政策性补贴": "0.25",
          "其他国有资本经营预算支出": "0.12"}
PREV_WAN = {"利润收入": "36215.48", "股利、股息收入": "6302.75", "产权转让收入": "2486.90", "清算收入": "0.00",
            "其他国有资本经营预算收入": "313.13", "上年结转收入": "1265.37",
            "解决历史遗留问题及改革成本支出": "9312.60", "国有企业资本金注入": "15800.00", "国有企业政策性补贴": "2460.00",
            "其他国有资本经营预算支出": "936.85"}


def yi(wan):
    return q(P(wan) / 10000)


def build():
    led = Ledger(NAME)
    F = fmt
    # ------------------------------------------------------------ 表2 computations
    prof_rows = []
    due_tot, paid_tot = D(0), D(0)
    deferred = None
    for name, np_, r, rule in PROFIT:
        due = q(D(np_) * D(r) / 100) if D(np_) > 0 else D(0)
        if rule == "loss":
            due = D(0)
        paid = D(0) if rule == "defer" else due
        note = {"full": "", "defer": "经市政府批准缓缴至2025年", "exempt": "政策性业务，免缴", "loss": "上年度亏损，不上缴"}[rule]
        if rule == "defer":
            deferred = (name, due)
        prof_rows.append([name, F(np_), r, F(due), F(paid), note])
        due_tot += due
        paid_tot += paid
    div_rows = []
    div_tot = D(0)
    for name, tot_, r in DIVIDEND:
        got = q(D(tot_) * D(r) / 100)
        div_rows.append([name, F(tot_), r, F(got), F(got), ""])
        div_tot += got
    profit_in = paid_tot
    inc = {"利润收入": profit_in, "股利、股息收入": div_tot, "产权转让收入": D(TRANSFER_IN), "清算收入": D(LIQ_IN),
           "其他国有资本经营预算收入": D(OTHER_IN)}
    inc_tot = sum(inc.values(), D(0))
    # 上年结转收入 = 2023年结转下年, computed from the 2023 flows
    p_inc0 = sum((D(PREV_WAN[k]) for k in inc), D(0))
    p_exp0 = sum((D(PREV_WAN[k]) for k in ("解决历史遗留问题及改革成本支出", "国有企业资本金注入", "国有企业政策性补贴",
                                          "其他国有资本经营预算支出")), D(0))
    CARRY_IN = p_inc0 + D(PREV_WAN["上年结转收入"]) - p_exp0 - q(p_inc0 * D(TRANSFER_RATE) / 100)
    assert CARRY_IN > 0
    exp = {n: D(v) for n, v in EXP}
    exp_tot = sum(exp.values(), D(0))
    transfer = q(inc_tot * D(TRANSFER_RATE) / 100)
    in_total = inc_tot + D(CARRY_IN)
    carry_out = in_total - exp_tot - transfer
    assert carry_out > 0
    out_total = exp_tot + transfer + carry_out
    inj_tot = sum((D(v) for _, v, _ in INJECT), D(0))
    assert inj_tot == exp["国有企业资本金注入"]
    # budget (亿元)
    b_inc = sum((D(BUD_YI[k]) for k in inc), D(0))
    b_exp = sum((D(BUD_YI[k]) for k in exp), D(0))
    b_transfer = q(b_inc * D(TRANSFER_RATE) / 100)
    b_in_total = b_inc + D(BUD_YI["上年结转收入"])
    b_carry_out = b_in_total - b_exp - b_transfer
    # previous year (万元 -> 亿元)
    p_inc = sum((D(PREV_WAN[k]) for k in inc), D(0))
    p_exp = sum((D(PREV_WAN[k]) for k in exp), D(0))
    p_transfer = q(p_inc * D(TRANSFER_RATE) / 100)
    p_in_total = p_inc + D(PREV_WAN["上年结转收入"])
    p_carry_out = p_in_total - p_exp - p_transfer
    assert p_carry_out == D(CARRY_IN), (p_carry_out, CARRY_IN)   # 上年结转下年 = 本年上年结转收入

    def Y(x):
        return F(yi(x))

    def B(x):
        return F(x) if D(x) != 0 else DASH

    t1 = []
    t1.append(["一、本年收入合计", F(b_inc), Y(inc_tot), Y(p_inc)])
    for k in inc:
        t1.append([k, B(BUD_YI[k]), Y(inc[k]) if inc[k] else DASH, Y(PREV_WAN[k]) if D(PREV_WAN[k]) else DASH])
    t1.append(["二、上年结转收入", F(BUD_YI["上年结转收入"]), Y(CARRY_IN), Y(PREV_WAN["上年结转收入"])])
    t1.append(["收入总计", F(b_in_total), Y(in_total), Y(p_in_total)])
    t1.append(["三、本年支出合计", F(b_exp), Y(exp_tot), Y(p_exp)])
    for k in exp:
        t1.append([k, F(BUD_YI[k]), Y(exp[k]), Y(PREV_WAN[k])])
    t1.append(["四、调出资金", F(b_transfer), Y(transfer), Y(p_transfer)])
    t1.append(["五、结转下年", F(b_carry_out), Y(carry_out), Y(p_carry_out)])
    t1.append(["支出总计", F(b_in_total), Y(out_total), Y(p_in_total)])

    t2 = [["一、利润收入", "", "", F(due_tot), F(paid_tot), ""]] + prof_rows
    t2 += [["二、股利、股息收入", "", "", F(div_tot), F(div_tot), ""]] + div_rows
    t2 += [["合计", "", "", F(due_tot + div_tot), F(paid_tot + div_tot), ""]]
    t3 = [[n, F(v), u] for n, v, u in INJECT] + [["合计", F(inj_tot), ""]]

    # ------------------------------------------------------------ text
    blocks = []
    p = lambda s: blocks.append(("p", s))
    h = lambda s: blocks.append(("h2", s))
    p("根据《中华人民共和国预算法》和市人大批准的2024年市级国有资本经营预算，现将2024年市级国有资本经营预算"
      "执行情况公开如下。需要说明的是，表1金额单位为亿元、保留两位小数，表2和表3金额单位为万元，正文中同时列示"
      "万元数和折合的亿元数；亿元数由万元数四舍五入得出，分项之和与合计数可能存在0.01亿元的尾差。")
    p("2024年，市国资委坚持以管资本为主加强国有资产监管，严格按照市人大批准的预算组织收入、安排支出，"
      "国有资本经营预算执行总体平稳。纳入市级国有资本经营预算实施范围的市属国有企业共8户，其中商业类企业5户、"
      "公益类企业3户；市属国有企业参股的3户企业按持股比例分红。")
    h("一、预算收入执行情况")
    s_i1 = ("2024年市级国有资本经营预算收入%s万元（折合%s亿元），为预算%s亿元的%s%%，比上年%s万元增长%s%%"
            % (F(inc_tot), Y(inc_tot), F(b_inc), pct(inc_tot, b_inc * 10000), F(p_inc), growth(inc_tot, p_inc)))
    s_i2 = ("利润收入%s万元（折合%s亿元），为预算的%s%%，比上年%s万元增长%s%%"
            % (F(profit_in), Y(profit_in), pct(profit_in, D(BUD_YI["利润收入"]) * 10000), F(PREV_WAN["利润收入"]),
               growth(profit_in, PREV_WAN["利润收入"])))
    s_i3 = ("股利、股息收入%s万元（折合%s亿元），来自市属国有企业持有的%d户参股企业分红"
            % (F(div_tot), Y(div_tot), len(DIVIDEND)))
    s_i4 = ("产权转让收入%s万元（折合%s亿元），清算收入%s万元（折合%s亿元），其他国有资本经营预算收入%s万元（折合%s亿元）"
            % (F(TRANSFER_IN), Y(TRANSFER_IN), F(LIQ_IN), Y(LIQ_IN), F(OTHER_IN), Y(OTHER_IN)))
    p(s_i1 + "。其中：" + s_i2 + "；" + s_i3 + "；" + s_i4 + "。清算收入为年初未列预算的一次性收入。")
    s_sum_note = ("由于各项亿元数分别四舍五入，表1中本年收入各分项之和为%s亿元，与合计数%s亿元相差0.01亿元"
                  % (F(sum((yi(v) for v in inc.values()), D(0))), Y(inc_tot)))
    tail_inc = sum((yi(v) for v in inc.values()), D(0)) != yi(inc_tot)
    if tail_inc:
        p(s_sum_note + "，以合计数为准。")
    s_struct = ("利润收入仍是市级国有资本经营预算收入的主要来源，占本年收入的%s%%；股利、股息收入占%s%%，产权转让收入占%s%%"
                % (pct(profit_in, inc_tot), pct(div_tot, inc_tot), pct(TRANSFER_IN, inc_tot)))
    p("从收入结构看，" + s_struct + "。产权转让收入来自市国有资本运营有限公司转让所持一家非主业参股企业的股权，"
      "属于一次性收入，2025年预算未作安排。")
    n_full = sum(1 for r in PROFIT if r[3] == "full")
    r_full = sorted(int(r[2]) for r in PROFIT if r[3] == "full")
    s_p1 = ("纳入利润收缴范围的市属国有企业共%d户，应缴利润%s万元，实缴利润%s万元，收缴率%s%%"
            % (len(PROFIT), F(due_tot), F(paid_tot), pct(paid_tot, due_tot)))
    s_p2 = ("%s应缴利润%s万元，经市政府批准缓缴至2025年" % (deferred[0], F(deferred[1])))
    s_p3 = ("%d户企业按%d%%至%d%%的比例足额上缴，粮食储备公司承担政策性业务免缴，文化旅游投资集团上年度亏损不上缴"
            % (n_full, r_full[0], r_full[-1]))
    s_p4 = ("农业发展投资公司上年度净利润%s万元，按15%%计算应缴%s万元" % (prof_rows[4][1], prof_rows[4][3]))
    p(s_p1 + "。" + s_p3 + "；" + s_p2 + "，这是利润收入未完成预算的主要原因。" + s_p4 + "（按四舍五入保留两位小数）。"
      "企业上缴明细见表2。")
    blocks.append(("cap", "表1　2024年市级国有资本经营预算收支执行情况表"))
    blocks.append(("unit", "单位：亿元"))
    blocks.append(("dtable", {"id": "t1", "header": ["项目", "预算数", "执行数", "上年执行数"], "rows": t1,
                              "cls": "yi", "bold": ["一、本年收入合计", "收入总计", "三、本年支出合计", "支出总计"]}))
    blocks.append(("note", "注：预算数为市人大批准的年初预算；清算收入年初未列预算，以“—”表示。"))
    blocks.append(("cap", "表2　2024年市属国有企业国有资本收益上缴明细表"))
    blocks.append(("unit", "单位：万元、%"))
    blocks.append(("dtable", {"id": "t2", "header": ["企业名称", "上年度净利润（分红总额）", "上缴比例（持股比例）",
                                                     "应缴（应分）", "实缴（实收）", "备注"], "rows": t2, "cls": "wan",
                              "bold": ["一、利润收入", "二、股利、股息收入", "合计"]}))
    h("二、预算支出执行情况")
    s_e1 = ("2024年市级国有资本经营预算支出%s万元（折合%s亿元），为预算%s亿元的%s%%，比上年%s万元增长%s%%"
            % (F(exp_tot), Y(exp_tot), F(b_exp), pct(exp_tot, b_exp * 10000), F(p_exp), growth(exp_tot, p_exp)))
    s_e = []
    for k in exp:
        s_e.append("%s%s万元（折合%s亿元）" % (k, F(exp[k]), Y(exp[k])))
    p(s_e1 + "。其中：" + "；".join(s_e) + "。")
    s_inj = ("国有企业资本金注入%s万元，分别注入%d户企业，用于城市更新、城际公交一体化、粮食烘干仓储和冰雪旅游设施等项目"
             % (F(inj_tot), len(INJECT)))
    s_ls = ("解决历史遗留问题及改革成本支出%s万元，比上年%s万元下降%s%%，主要用于厂办大集体改革和退休人员社会化管理"
            % (F(exp["解决历史遗留问题及改革成本支出"]), F(PREV_WAN["解决历史遗留问题及改革成本支出"]),
               abs(growth(exp["解决历史遗留问题及改革成本支出"], PREV_WAN["解决历史遗留问题及改革成本支出"]))))
    s_leg = "其中" + "、".join("%s%s万元" % (n, F(v)) for n, v in LEGACY)
    s_sub = ("国有企业政策性补贴%s万元，其中%s" % (F(exp["国有企业政策性补贴"]),
                                         "、".join("%s%s万元" % (n, F(v)) for n, v in SUBSIDY)))
    p(s_inj + "，明细见表3。" + s_ls + "，" + s_leg + "。" + s_sub + "，用于弥补企业承担政府指令性任务形成的政策性亏损。"
      "其他国有资本经营预算支出%s万元，主要用于国有企业改革专项审计、资产评估和产权登记等工作经费。" % F(exp["其他国有资本经营预算支出"]))
    blocks.append(("cap", "表3　2024年国有企业资本金注入明细表"))
    blocks.append(("unit", "单位：万元"))
    blocks.append(("dtable", {"id": "t3", "header": ["企业名称", "注资金额", "用途"], "rows": t3, "cls": "wan",
                              "bold": ["合计"]}))
    s_dev = ("本年支出为预算的%s%%，未完成预算的主要原因是冰雪旅游设施改造项目受施工季节影响，部分资本金未在年内拨付"
             % pct(exp_tot, b_exp * 10000))
    p(s_dev + "；政策性补贴按实际运营亏损核定，低于年初预算。")
    h("三、调出资金和结转情况")
    s_t1 = ("按照国有资本经营预算调入一般公共预算的比例不低于%s%%的要求，2024年调出资金%s万元（折合%s亿元），"
            "按本年收入%s万元的%s%%计算" % (TRANSFER_RATE, F(transfer), Y(transfer), F(inc_tot), TRANSFER_RATE))
    s_t2 = ("本年收入%s万元加上年结转收入%s万元，收入总计%s万元（折合%s亿元）；减去本年支出%s万元和调出资金%s万元，"
            "结转下年%s万元（折合%s亿元）" % (F(inc_tot), F(CARRY_IN), F(in_total), Y(in_total), F(exp_tot), F(transfer),
                                          F(carry_out), Y(carry_out)))
    p(s_t1 + "。" + s_t2 + "。调出资金计算基数不含上年结转收入。结转资金主要为资本金注入项目尚未完成的出资，"
      "将在2025年按项目进度拨付。")
    s_same = ("表1中调出资金的预算数和执行数均为%s亿元，但计算基数不同：预算数按收入预算%s亿元的%s%%计算，"
              "执行数按实际收入%s万元的%s%%计算，两者折合亿元后恰好相同"
              % (F(b_transfer), F(b_inc), TRANSFER_RATE, F(inc_tot), TRANSFER_RATE))
    p(s_same + "。")
    s_tail2 = ""
    sum_out = sum((yi(x) for x in (exp_tot, transfer, carry_out)), D(0))
    if sum_out != yi(out_total):
        s_tail2 = ("表1中支出总计%s亿元，与本年支出合计、调出资金和结转下年三项亿元数之和%s亿元相差0.01亿元，亦为四舍五入尾差"
                   % (Y(out_total), F(sum_out)))
        p(s_tail2 + "。")
    h("四、主要工作成效")
    p("一是收益收缴管理更加规范。按照“应收尽收”的原则，全面核定企业应缴利润，对缓缴、免缴事项严格履行审批程序。"
      "二是支出结构持续优化。国有资本经营预算支出重点投向城市基础设施、粮食安全和民生保障等领域，资本金注入占本年支出的"
      "%s%%。三是资金使用效益逐步提高。对资本金注入项目开展绩效跟踪，项目总体进展顺利。"
      "四是国有企业改革成本有序消化。厂办大集体改革和退休人员社会化管理工作稳步推进，历史遗留问题支出比上年减少。"
      % pct(inj_tot, exp_tot))
    s_share = "资本金注入占本年支出的%s%%" % pct(inj_tot, exp_tot)
    h("五、下一步工作")
    p("2025年，市国资委将进一步扩大国有资本经营预算实施范围，健全国有资本收益收缴制度，督促热力集团按期补缴缓缴利润；"
      "加强预算执行监控和绩效评价，推动国有资本向关系国计民生的重要行业和关键领域集中，不断提高国有资本配置效率。"
      "同时，进一步细化预算编制，对资本金注入项目实行项目库管理，做到“资金跟着项目走”，减少年度结转；"
      "对政策性补贴建立成本监审和绩效评价机制，合理确定补贴标准。")
    h("六、名词解释")
    p("1．利润收入：指市属国有独资企业按规定比例上缴的国有资本收益，以企业上年度经审计的归属于母公司所有者的净利润为基数计算。"
      "2．股利、股息收入：指国有控股、参股企业按持股比例向国有出资人分配的股利和股息。"
      "3．产权转让收入：指转让国有产权、股权取得的收入。"
      "4．清算收入：指国有企业清算后归属于国有出资人的剩余财产收入。"
      "5．调出资金：指按规定从国有资本经营预算调入一般公共预算、统筹用于保障和改善民生的资金。"
      "6．结转下年：指当年未使用完毕、按规定结转到下一年度继续使用的资金。"
      "7．国有企业资本金注入：指向国有企业注入资本金，用于支持企业实施符合国家和地方产业政策、关系国计民生的重大项目。"
      "8．国有企业政策性补贴：指对国有企业因承担政府公共管理职能、执行政府定价等形成的政策性亏损给予的补贴。")
    blocks.append(("sign", "松岩市人民政府国有资产监督管理委员会"))
    blocks.append(("sign", "2025年2月18日"))
    meta = {"title": "松岩市2024年市级国有资本经营预算执行情况", "date": "2025-02-18", "source": "市国资委"}

    # ================================================================ ledger
    def ra(cells):
        return "\n".join(c for c in cells if c != "")

    t1m = {r[0]: r for r in t1}
    led.fact("report_date", "2025-02-18")
    led.fact("income_wan", F(inc_tot))
    led.date_after("published after FY2024", "2025年2月18日", (2025, 2, 18), (2024, 12, 31), ["2025年2月18日"])
    # 表2
    for r in prof_rows:
        if r[5] in ("", "经市政府批准缓缴至2025年"):
            led.prod("%s 应缴 = 净利润 x 比例" % r[0], r[3], [r[1], r[2]], "0.01", [ra(r)])
        else:
            led.cond("%s 应缴 0 (%s)" % (r[0], r[5]), P(r[3]) == 0, anchors=[ra(r)])
        if r[5] == "":
            led.same("%s 实缴 = 应缴" % r[0], r[4], r[3], [ra(r)])
        led.leq("%s 实缴 <= 应缴" % r[0], r[4], r[3], [ra(r)])
    for r in div_rows:
        led.prod("%s 应分 = 分红 x 持股" % r[0], r[3], [r[1], r[2]], "0.01", [ra(r)])
    for ci in (3, 4):
        led.sum("表2 利润收入 小计 col%d" % ci, t2[0][ci], [r[ci] for r in prof_rows], [ra(t2[0])] + [ra(r) for r in prof_rows])
        led.sum("表2 股利 小计 col%d" % ci, t2[len(prof_rows) + 1][ci], [r[ci] for r in div_rows],
                [ra(t2[len(prof_rows) + 1])] + [ra(r) for r in div_rows])
        led.sum("表2 合计 col%d" % ci, t2[-1][ci], [t2[0][ci], t2[len(prof_rows) + 1][ci]], [ra(t2[-1])])
    # 表3
    led.sum("表3 合计", t3[-1][1], [r[1] for r in t3[:-1]], [ra(r) for r in t3])
    led.same("表3 合计 = 资本金注入", t3[-1][1], F(exp["国有企业资本金注入"]), [ra(t3[-1]), s_inj])
    # conversions 万元 -> 亿元 (执行 column)
    conv_src = {"利润收入": (F(profit_in), s_i2), "股利、股息收入": (F(div_tot), s_i3), "产权转让收入": (F(TRANSFER_IN), s_i4),
                "清算收入": (F(LIQ_IN), s_i4), "其他国有资本经营预算收入": (F(OTHER_IN), s_i4)}
    for k, (w, s) in conv_src.items():
        led.conv("表1 %s 执行 亿元 = 万元/10000" % k, t1m[k][2], w, "0.0001", [ra(t1m[k]), s])
        led.conv("prose %s 折合亿元" % k, Y(w), w, "0.0001", [s])
    for k in exp:
        led.conv("表1 %s 执行 亿元" % k, t1m[k][2], F(exp[k]), "0.0001", [ra(t1m[k])] + [x for x in s_e if k in x])
    led.conv("表1 本年收入合计", t1m["一、本年收入合计"][2], F(inc_tot), "0.0001", [ra(t1m["一、本年收入合计"]), s_i1])
    led.conv("表1 本年支出合计", t1m["三、本年支出合计"][2], F(exp_tot), "0.0001", [ra(t1m["三、本年支出合计"]), s_e1])
    led.conv("表1 上年结转", t1m["二、上年结转收入"][2], F(CARRY_IN), "0.0001", [ra(t1m["二、上年结转收入"]), s_t2])
    led.conv("表1 收入总计", t1m["收入总计"][2], F(in_total), "0.0001", [ra(t1m["收入总计"]), s_t2])
    led.conv("表1 调出资金", t1m["四、调出资金"][2], F(transfer), "0.0001", [ra(t1m["四、调出资金"]), s_t1])
    led.conv("表1 结转下年", t1m["五、结转下年"][2], F(carry_out), "0.0001", [ra(t1m["五、结转下年"]), s_t2])
    led.conv("表1 上年收入合计", t1m["一、本年收入合计"][3], F(p_inc), "0.0001", [ra(t1m["一、本年收入合计"]), s_i1])
    led.conv("表1 上年支出合计", t1m["三、本年支出合计"][3], F(p_exp), "0.0001", [ra(t1m["三、本年支出合计"]), s_e1])
    led.conv("表1 上年利润收入", t1m["利润收入"][3], F(PREV_WAN["利润收入"]), "0.0001", [ra(t1m["利润收入"]), s_i2])
    # 表1 sums: budget column exact, 执行/上年 within 0.01 尾差 (stated)
    inc_keys, exp_keys = list(inc), list(exp)

    def col(keys, ci):
        return [t1m[k][ci] for k in keys if t1m[k][ci] != DASH]

    led.sum("表1 预算 收入合计", t1m["一、本年收入合计"][1], col(inc_keys, 1), [ra(t1m["一、本年收入合计"])])
    led.sum("表1 预算 支出合计", t1m["三、本年支出合计"][1], col(exp_keys, 1), [ra(t1m["三、本年支出合计"])])
    led.sum("表1 预算 收入总计", t1m["收入总计"][1], [t1m["一、本年收入合计"][1], t1m["二、上年结转收入"][1]], [ra(t1m["收入总计"])])
    led.sum("表1 预算 支出总计", t1m["支出总计"][1], [t1m["三、本年支出合计"][1], t1m["四、调出资金"][1], t1m["五、结转下年"][1]],
            [ra(t1m["支出总计"])])
    led.prod("表1 预算 调出 = 收入 x 30%", t1m["四、调出资金"][1], [t1m["一、本年收入合计"][1], TRANSFER_RATE], "0.01",
             [ra(t1m["四、调出资金"])])
    for ci, lab in ((2, "执行"), (3, "上年")):
        for tot_key, keys in (("一、本年收入合计", inc_keys), ("三、本年支出合计", exp_keys)):
            s_ = sum((P(x) for x in col(keys, ci)), D(0))
            led.cond("表1 %s %s: parts within 0.01 尾差" % (lab, tot_key), abs(s_ - P(t1m[tot_key][ci])) <= D("0.01"),
                     "%s vs %s" % (s_, t1m[tot_key][ci]), col(keys, ci) + [t1m[tot_key][ci]], [ra(t1m[tot_key])])
        s_ = P(t1m["三、本年支出合计"][ci]) + P(t1m["四、调出资金"][ci]) + P(t1m["五、结转下年"][ci])
        led.cond("表1 %s 支出总计 within 0.01" % lab, abs(s_ - P(t1m["支出总计"][ci])) <= D("0.01"), str(s_))
        led.same("表1 %s 收入总计 = 支出总计" % lab, t1m["收入总计"][ci], t1m["支出总计"][ci],
                 [ra(t1m["收入总计"]), ra(t1m["支出总计"])])
    if tail_inc:
        led.sum("尾差 note: 分项之和", F(sum((yi(v) for v in inc.values()), D(0))), col(inc_keys, 2), [s_sum_note])
        led.cond("尾差 note: differs by 0.01", abs(sum((yi(v) for v in inc.values()), D(0)) - yi(inc_tot)) == D("0.01"),
                 anchors=[s_sum_note])
    if s_tail2:
        led.sum("尾差 note 2", F(sum_out), [t1m["三、本年支出合计"][2], t1m["四、调出资金"][2], t1m["五、结转下年"][2]], [s_tail2])
    led.same("上年结转下年 = 本年上年结转收入 (亿元)", t1m["五、结转下年"][3], t1m["二、上年结转收入"][2],
             [ra(t1m["五、结转下年"]), ra(t1m["二、上年结转收入"])])
    # prose relations (万元)
    led.sum("本年收入 = 五项", F(inc_tot), [F(profit_in), F(div_tot), F(TRANSFER_IN), F(LIQ_IN), F(OTHER_IN)],
            [s_i1, s_i2, s_i3, s_i4])
    led.formula("收入为预算 (预算亿元 x 10000)", str(pct(inc_tot, b_inc * 10000)), lambda a, b: a / (b * 10000) * 100,
                [F(inc_tot), F(b_inc)], "收入 / (预算亿元*10000)", [s_i1])
    led.growth("收入增长", str(growth(inc_tot, p_inc)), F(inc_tot), F(p_inc), "增长", [s_i1])
    led.formula("利润收入为预算", str(pct(profit_in, D(BUD_YI["利润收入"]) * 10000)), lambda a, b: a / (b * 10000) * 100,
                [F(profit_in), BUD_YI["利润收入"]], "利润 / (预算亿元*10000)", [s_i2, ra(t1m["利润收入"])])
    led.growth("利润收入增长", str(growth(profit_in, PREV_WAN["利润收入"])), F(profit_in), F(PREV_WAN["利润收入"]), "增长", [s_i2])
    led.same("利润收入 = 表2 实缴小计", F(profit_in), t2[0][4], [s_i2, ra(t2[0])])
    led.same("股利 = 表2 股利小计", F(div_tot), t2[len(prof_rows) + 1][4], [s_i3, ra(t2[len(prof_rows) + 1])])
    led.cond("参股企业户数", ("%d户参股企业" % len(DIVIDEND)) in s_i3, anchors=[s_i3])
    led.ratio("收缴率", str(pct(paid_tot, due_tot)), F(paid_tot), F(due_tot), [s_p1])
    led.lin("应缴 - 实缴 = 缓缴", F(deferred[1]), [(1, F(due_tot)), (-1, F(paid_tot))], [s_p1, s_p2])
    led.sum("企业户数 = 足额 + 缓缴 + 免缴 + 亏损", str(len(PROFIT)), [str(n_full), "1", "1", "1"], [s_p1, s_p3])
    led.prod("农发 应缴 half-up", prof_rows[4][3], [prof_rows[4][1], "15"], "0.01", [s_p4])
    led.formula("支出为预算", str(pct(exp_tot, b_exp * 10000)), lambda a, b: a / (b * 10000) * 100, [F(exp_tot), F(b_exp)],
                "支出 / (预算亿元*10000)", [s_e1])
    led.growth("支出增长", str(growth(exp_tot, p_exp)), F(exp_tot), F(p_exp), "增长", [s_e1])
    led.sum("本年支出 = 四项", F(exp_tot), [F(v) for v in exp.values()], [s_e1] + s_e)
    led.growth("历史遗留 下降", str(abs(growth(exp["解决历史遗留问题及改革成本支出"], PREV_WAN["解决历史遗留问题及改革成本支出"]))),
               F(exp["解决历史遗留问题及改革成本支出"]), F(PREV_WAN["解决历史遗留问题及改革成本支出"]), "下降", [s_ls])
    led.cond("注资户数", ("注入%d户企业" % len(INJECT)) in s_inj, anchors=[s_inj])
    led.prod("调出 = 本年收入 x 30%", F(transfer), [F(inc_tot), TRANSFER_RATE], "0.01", [s_t1])
    led.lin("收入总计 = 本年收入 + 上年结转", F(in_total), [(1, F(inc_tot)), (1, F(CARRY_IN))], [s_t2])
    led.lin("结转下年 = 收入总计 - 支出 - 调出", F(carry_out), [(1, F(in_total)), (-1, F(exp_tot)), (-1, F(transfer))], [s_t2])
    led.sum("历史遗留 = 三项", F(exp["解决历史遗留问题及改革成本支出"]), [F(v) for _, v in LEGACY], [s_ls, s_leg])
    led.sum("政策性补贴 = 两项", F(exp["国有企业政策性补贴"]), [F(v) for _, v in SUBSIDY], [s_sub])
    led.ratio("利润收入占本年收入", str(pct(profit_in, inc_tot)), F(profit_in), F(inc_tot), [s_struct])
    led.ratio("股利占本年收入", str(pct(div_tot, inc_tot)), F(div_tot), F(inc_tot), [s_struct])
    led.ratio("产权转让占本年收入", str(pct(TRANSFER_IN, inc_tot)), F(TRANSFER_IN), F(inc_tot), [s_struct])
    led.prod("预算 调出 = 4.90 x 30%", F(b_transfer), [F(b_inc), TRANSFER_RATE], "0.01", [s_same])
    led.conv("执行 调出 亿元", F(b_transfer), F(transfer), "0.0001", [s_same, s_t1])
    led.prod("执行 调出 = 实际收入 x 30%", F(transfer), [F(inc_tot), TRANSFER_RATE], "0.01", [s_same, s_t1])
    led.formula("支出为预算 (dev)", str(pct(exp_tot, b_exp * 10000)), lambda a, b: a / (b * 10000) * 100,
                [F(exp_tot), F(b_exp)], "支出 / (预算亿元*10000)", [s_dev, s_e1])
    led.sum("实施范围 8户 = 商业类 + 公益类", "8", ["5", "3"], ["市属国有企业共8户，其中商业类企业5户、公益类企业3户"])
    led.same("实施范围户数 = 表2 利润收入企业户数", "8", str(len(PROFIT)), [s_p1])
    led.cond("足额上缴企业的比例区间", all(r_full[0] <= int(r[2]) <= r_full[-1] for r in PROFIT if r[3] == "full"),
             anchors=[s_p3])
    led.ratio("资本金注入占本年支出", str(pct(inj_tot, exp_tot)), F(inj_tot), F(exp_tot), [s_share])
    for k, v in (("利润收入", profit_in), ("股利、股息收入", div_tot)):
        led.conv("%s 亿元 prose" % k, Y(v), F(v), "0.0001")
    return {"meta": meta, "blocks": blocks}, led


CSS = """body{margin:0;background:#eef1f5;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#222}
.page{width:1000px;margin:0 auto;background:#fff;padding:26px 44px 30px}
.nav{font-size:13px;color:#7a7a7a;padding-bottom:8px;border-bottom:2px solid #b71c1c}
.ttl{font-size:24px;font-weight:bold;text-align:center;margin:26px 0 8px;color:#b71c1c}
.meta{font-size:13px;color:#999;text-align:center;margin-bottom:20px}
.txt p{font-size:16px;line-height:1.9;text-indent:2em;margin:8px 0}
.txt .h2{font-size:17px;font-weight:bold;margin:16px 0 4px;text-indent:2em}
.txt .cap{font-weight:bold;text-align:center;margin-top:14px}
.txt .unit{text-align:right;font-size:13px;color:#555}
.txt .note{font-size:13px;color:#555;margin:4px 0 12px}
.txt .sign{text-align:right;margin:4px 0}
.dt{display:table;width:100%;border-collapse:collapse;font-size:14px;margin:4px 0}
.dt .r{display:table-row}
.dt .c{display:table-cell;border:1px solid #888;padding:5px 8px;vertical-align:middle}
.dt .hd .c{background:#f3e0e0;font-weight:bold;text-align:center}
.dt .c.n{text-align:right;white-space:nowrap}
.dt .b .c{font-weight:bold;background:#faf6ee}
.foot{margin-top:30px;border-top:1px solid #ddd;padding-top:10px;text-align:center;font-size:12px;color:#999}"""


def render(model, path):
    e = html.escape
    meta, blocks = model["meta"], model["blocks"]
    o = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<title>%s</title>" % e(meta["title"]), "<style>", CSS, "</style>", "</head>", "<body>", '<div class="page">',
         '<div class="nav">当前位置：首页 &gt; 信息公开 &gt; 财务预决算</div>',
         '<div class="ttl">%s</div>' % e(meta["title"]),
         '<div class="meta">发布时间：%s　来源：%s</div>' % (meta["date"], e(meta["source"])),
         '<div class="txt">']
    for kind, c in blocks:
        if kind == "p":
            o.append("<p>%s</p>" % e(c))
        elif kind == "h2":
            o.append('<div class="h2">%s</div>' % e(c))
        elif kind in ("cap", "unit", "note", "sign"):
            o.append('<div class="%s">%s</div>' % (kind, e(c)))
        elif kind == "dtable":
            o.append('<div class="dt" role="table" style="display:table">')
            o.append('<div class="r hd" role="row" style="display:table-row">' +
                     "".join('<div class="c" role="columnheader" style="display:table-cell">%s</div>' % e(x)
                             for x in c["header"]) + "</div>")
            for r in c["rows"]:
                cls = "r b" if r[0] in c["bold"] else "r"
                cells = []
                for j, v in enumerate(r):
                    num = " n" if j > 0 and (v[:1].isdigit() or v[:1] in "-—") else ""
                    cells.append('<div class="c%s" role="cell" style="display:table-cell">%s</div>' % (num, e(v)))
                o.append('<div class="%s" role="row" style="display:table-row">%s</div>' % (cls, "".join(cells)))
            o.append("</div>")
    o.append("</div>")
    o.append('<div class="foot">松岩市人民政府国有资产监督管理委员会　地址：松岩市人民大街1288号　吉ICP备09031574号</div>')
    o.append("</div>")
    o.append("</body>")
    o.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(o) + "\n")


def visible(path):
    return html_text(path)


def main():
    model, led = build()
    path = os.path.join(OUT, NAME + ".html")
    render(model, path)
    text = visible(path)
    raw = open(path, encoding="utf-8").read()
    led.cond("no <table> element", "<table" not in raw.lower())
    led.cond("div tables: display:table / table-row / table-cell",
             raw.count("display:table\"") == 3 and raw.count("display:table-row") > 30 and raw.count("display:table-cell") > 100,
             "%d/%d/%d" % (raw.count("display:table\""), raw.count("display:table-row"), raw.count("display:table-cell")))
    led.cond("亿元 table and 万元 tables", "单位：亿元" in text and "单位：万元" in text)
    finish(led, text, "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    main()
