"""t05 -- 河北省滦柘市人力资源和社会保障局、滦柘市财政局
关于滦柘市2024年度机关事业单位基本养老保险基金决算情况的报告
PDF laid out as an official 红头公文 (GB/T 9704 style): red two-agency header + 文件, 发文字号
滦人社发〔2025〕18号 above a red rule, 28 characters per line, 成文日期, 附件 tables in 千元 (integers)
while the prose uses 万元 and 亿元, and a 版记 (抄送 / 印发机关 and 印发日期) on the last page."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t05_luanzhe_institution_pension_fund_final_accounts_2024"
PDF = NAME + ".pdf"
DOCNO = "滦人社发〔2025〕18号"

# (name, level, this year, last year) in 千元; level 0 = 合计 row, 1 = item, 2 = 其中 of item
INCOME = [("养老保险费收入", 1, 1162385, 1118206), ("其中：单位缴费收入", 2, 774923, 745471),
          ("　　　个人缴费收入", 2, 387462, 372735), ("利息收入", 1, 8416, 9035),
          ("财政补贴收入", 1, 652870, 578642), ("转移收入", 1, 3245, 2908), ("其他收入", 1, 1608, 1187)]
SPEND = [("基本养老金支出", 1, 1712306, 1606425), ("丧葬抚恤补助支出", 1, 12480, 11932),
         ("转移支出", 1, 2874, 3105), ("其他支出", 1, 935, 1206)]
OPEN_BAL = 1046718          # 上年末累计结余 (千元)
BUDGET_IN, BUDGET_OUT = 1801200, 1735000
WORK, WORK_LAST = 68452, 67915
RETIRED, RETIRED_LAST = 41286, 39874
RETIRED_AVG, RETIRED_AVG_LAST = 40580, 39120


def build():
    L = kit.Ledger(PDF)
    S = {}
    inc_t = sum(v for n, lv, v, _ in INCOME if lv == 1)
    inc_l = sum(v for n, lv, v, l in INCOME if lv == 1 for v in [l])
    out_t = sum(v for n, lv, v, _ in SPEND)
    out_l = sum(l for n, lv, v, l in SPEND)
    surplus, surplus_l = inc_t - out_t, inc_l - out_l
    close, open_l = OPEN_BAL + surplus, OPEN_BAL - surplus_l
    L.truth("单位+个人 = 缴费", INCOME[1][2] + INCOME[2][2] == INCOME[0][2] and INCOME[1][3] + INCOME[2][3] == INCOME[0][3], "")

    def row(name, this, last):
        d = this - last
        return [name, fint(last), fint(this), fint(d), fmt(chg(this, last)) + "%"]

    t1 = [row("一、基金收入合计", inc_t, inc_l)]
    t1 += [row(("　" if lv == 1 else "　") + n if lv == 1 else n, v, l) for n, lv, v, l in INCOME]
    t1 += [row("二、基金支出合计", out_t, out_l)]
    t1 += [row("　" + n, v, l) for n, lv, v, l in SPEND]
    t1 += [row("三、本年收支结余", surplus, surplus_l), row("四、上年末累计结余", OPEN_BAL, open_l),
           row("五、年末累计结余", close, OPEN_BAL)]
    S["t1"] = t1
    # checks on the written table
    idx = {r[0].strip("　 "): r for r in t1}
    items_in = [r for r in t1[1:1 + len(INCOME)] if not r[0].startswith(("其中", "　　　"))]
    for col in (1, 2, 3):
        L.sum_("附件1 收入合计 col%d" % col, t1[0][col], [r[col] for r in items_in])
        L.sum_("附件1 缴费 = 单位+个人 col%d" % col, idx["养老保险费收入"][col],
               [idx["其中：单位缴费收入"][col], idx["个人缴费收入"][col]])
        sp = t1[1 + len(INCOME)]
        L.sum_("附件1 支出合计 col%d" % col, sp[col], [r[col] for r in t1[2 + len(INCOME):2 + len(INCOME) + len(SPEND)]])
    for col in (1, 2):
        L.gap("结余 col%d" % col, idx["三、本年收支结余"][col], t1[0][col], t1[1 + len(INCOME)][col])
        L.sum_("年末累计 col%d" % col, idx["五、年末累计结余"][col], [idx["三、本年收支结余"][col],
                                                                   idx["四、上年末累计结余"][col]])
    L.eq("本年上年末 = 上年年末", idx["四、上年末累计结余"][2], idx["五、年末累计结余"][1])
    for r in t1:
        L.gap("增减额 %s" % r[0], r[3], r[2], r[1])
        L.yoy("增减%% %s" % r[0], r[4], r[2], r[1])

    # ---- prose figures (万元 / 亿元 from 千元)
    def wan(k):
        return fmt(Dec(k) / 10)

    def yi(k):
        return fmt(Dec(k) / 100000)

    S["in_w"], S["out_w"], S["sur_w"], S["close_w"] = wan(inc_t), wan(out_t), wan(surplus), wan(close)
    S["open_w"] = wan(OPEN_BAL)
    S["in_y"], S["out_y"], S["close_y"] = yi(inc_t), yi(out_t), yi(close)
    for k, src in (("in_w", t1[0][2]), ("out_w", t1[1 + len(INCOME)][2]), ("sur_w", idx["三、本年收支结余"][2]),
                   ("close_w", idx["五、年末累计结余"][2]), ("open_w", idx["四、上年末累计结余"][2])):
        L.scale("千元→万元 %s" % k, S[k], src, "0.1")
    for k, src in (("in_y", t1[0][2]), ("out_y", t1[1 + len(INCOME)][2]), ("close_y", idx["五、年末累计结余"][2])):
        L.scale("千元→亿元 %s" % k, S[k], src, "0.00001")
    S["in_g"] = t1[0][4]
    S["out_g"] = t1[1 + len(INCOME)][4]
    S["fee_w"], S["unit_w"], S["ind_w"] = wan(INCOME[0][2]), wan(INCOME[1][2]), wan(INCOME[2][2])
    S["sub_w"], S["int_w"] = wan(INCOME[4][2]), wan(INCOME[3][2])
    S["pen_w"] = wan(SPEND[0][2])
    for k, src in (("fee_w", idx["养老保险费收入"][2]), ("unit_w", idx["其中：单位缴费收入"][2]),
                   ("ind_w", idx["个人缴费收入"][2]), ("sub_w", idx["财政补贴收入"][2]),
                   ("int_w", idx["利息收入"][2]), ("pen_w", idx["基本养老金支出"][2])):
        L.scale("千元→万元 %s" % k, S[k], src, "0.1")
    # shares and 个百分点
    fee_sh, fee_sh_l = pct(INCOME[0][2], inc_t), pct(INCOME[0][3], inc_l)
    sub_sh, sub_sh_l = pct(INCOME[4][2], inc_t), pct(INCOME[4][3], inc_l)
    S["fee_sh"], S["fee_sh_l"] = fmt(fee_sh) + "%", fmt(fee_sh_l) + "%"
    S["sub_sh"], S["sub_sh_l"] = fmt(sub_sh) + "%", fmt(sub_sh_l) + "%"
    S["fee_pp"] = fmt(abs(fee_sh - fee_sh_l))
    S["sub_pp"] = fmt(abs(sub_sh - sub_sh_l))
    L.pct("缴费占比", S["fee_sh"], S["fee_w"], S["in_w"])
    L.pct("缴费占比 上年", S["fee_sh_l"], idx["养老保险费收入"][1], t1[0][1])
    L.pct("补贴占比", S["sub_sh"], S["sub_w"], S["in_w"])
    L.pct("补贴占比 上年", S["sub_sh_l"], idx["财政补贴收入"][1], t1[0][1])
    L.gap("缴费占比 个百分点", S["fee_pp"], S["fee_sh"], S["fee_sh_l"], "下降")
    L.gap("补贴占比 个百分点", S["sub_pp"], S["sub_sh"], S["sub_sh_l"], "提高")
    S["sub_g"] = idx["财政补贴收入"][4]
    S["int_g"] = idx["利息收入"][4].lstrip("-")
    S["pen_g"] = idx["基本养老金支出"][4]
    S["fee_g"] = idx["养老保险费收入"][4]
    L.truth("缴费增幅 < 养老金增幅 (as stated)", kit.val(S["fee_g"]) < kit.val(S["pen_g"]), "%s < %s" % (S["fee_g"], S["pen_g"]))
    L.truth("利息收入 fell", kit.val(idx["利息收入"][4]) < 0, "")
    # budget completion
    S["bin_w"], S["bout_w"] = wan(BUDGET_IN), wan(BUDGET_OUT)
    S["bin_r"] = fmt(pct(inc_t, BUDGET_IN)) + "%"
    S["bout_r"] = fmt(pct(out_t, BUDGET_OUT)) + "%"
    L.pct("收入预算完成", S["bin_r"], S["in_w"], S["bin_w"])
    L.pct("支出预算完成", S["bout_r"], S["out_w"], S["bout_w"])
    # months of payment
    months = q(Dec(close) / (Dec(out_t) / 12), 2)
    months_l = q(Dec(OPEN_BAL) / (Dec(out_l) / 12), 2)
    S["months"], S["months_l"] = fmt(months), fmt(months_l)
    S["months_d"] = fmt(months - months_l)
    L.fn("可支付月数", S["months"], lambda c, o: c / (o / 12), [S["close_w"], S["out_w"]], "结余 / (支出/12)")
    L.fn("可支付月数 上年", S["months_l"], lambda c, o: c / (o / 12), [idx["五、年末累计结余"][1],
                                                                 t1[1 + len(INCOME)][1]], "上年")
    L.gap("可支付月数 增加", S["months_d"], S["months"], S["months_l"], "增加")
    # people
    t2 = []

    def prow(name, this, last, nd=None):
        if nd is None:
            return [name, fint(last), fint(this), ("+" if this - last > 0 else "") + fint(this - last)]
        return [name, last, this, ("+" if Dec(this) - Dec(last) > 0 else "") + fmt(Dec(this) - Dec(last), nd)]

    tot, tot_l = WORK + RETIRED, WORK_LAST + RETIRED_LAST
    pen_pm = q(Dec(SPEND[0][2]) * 1000 / RETIRED_AVG / 12, 0)
    pen_pm_l = q(Dec(SPEND[0][3]) * 1000 / RETIRED_AVG_LAST / 12, 0)
    ratio, ratio_l = fmt(Dec(WORK) / RETIRED), fmt(Dec(WORK_LAST) / RETIRED_LAST)
    t2 = [prow("参保人数（人）", tot, tot_l), prow("　在职参保人数（人）", WORK, WORK_LAST),
          prow("　离退休人数（人）", RETIRED, RETIRED_LAST), prow("年平均离退休人数（人）", RETIRED_AVG, RETIRED_AVG_LAST),
          prow("人均基本养老金（元/月）", int(pen_pm), int(pen_pm_l)),
          prow("在职与离退休人数之比", ratio, ratio_l, 2)]
    S["t2"] = t2
    for col in (1, 2):
        L.sum_("参保 = 在职+离退休 col%d" % col, t2[0][col], [t2[1][col], t2[2][col]])
    L.fn("人均养老金", t2[4][2], lambda p, n: p * 1000 / n / 12, [idx["基本养老金支出"][2], t2[3][2]], "千元×1000/人/12")
    L.fn("人均养老金 上年", t2[4][1], lambda p, n: p * 1000 / n / 12, [idx["基本养老金支出"][1], t2[3][1]], "上年")
    L.per("抚养比", t2[5][2], t2[1][2], t2[2][2])
    L.per("抚养比 上年", t2[5][1], t2[1][1], t2[2][1])
    for r in t2[:5]:
        L.gap("附件2 增减 %s" % r[0], r[3], r[2], r[1])
    L.gap("附件2 增减 比", t2[5][3], t2[5][2], t2[5][1])
    L.le("年平均 <= 年末 离退休", t2[3][2], t2[2][2])
    S.update(tot=t2[0][2], work=t2[1][2], ret=t2[2][2], ret_avg=t2[3][2], pen_pm=t2[4][2], pen_pm_l=t2[4][1],
             pen_pm_d=t2[4][3].lstrip("+"), ratio=ratio, ratio_l=ratio_l, ret_add=t2[2][3].lstrip("+"))
    # 当期缺口 (without 财政补贴) and 结余 placement
    gap_k = out_t - (inc_t - INCOME[4][2])
    S["gap_w"] = wan(gap_k)
    S["in_ex_w"] = wan(inc_t - INCOME[4][2])
    L.gap("不含补贴收入", S["in_ex_w"], S["in_w"], S["sub_w"])
    L.gap("当期缺口", S["gap_w"], S["out_w"], S["in_ex_w"])
    S["gap_cov"] = fmt(pct(INCOME[4][2], gap_k)) + "%"
    L.pct("补贴/缺口", S["gap_cov"], S["sub_w"], S["gap_w"])
    invest = 300000
    S["inv_w"], S["dep_w"] = wan(invest), wan(close - invest)
    S["inv_y"] = yi(invest)
    L.sum_("结余 = 专户 + 委托投资", S["close_w"], [S["dep_w"], S["inv_w"]])
    L.scale("委托投资 亿元", S["inv_y"], S["inv_w"], "0.0001")
    S["inv_sh"] = fmt(pct(invest, close)) + "%"
    L.pct("委托投资占比", S["inv_sh"], S["inv_w"], S["close_w"])
    S["pen_sh"] = fmt(pct(SPEND[0][2], out_t)) + "%"
    L.pct("基本养老金占支出", S["pen_sh"], S["pen_w"], S["out_w"])
    S["pen_pm_g"] = fmt(chg(pen_pm, pen_pm_l)) + "%"
    for key, nm in (("fun", "丧葬抚恤补助支出"), ("tro", "转移支出"), ("oth", "其他支出"), ("tri", "转移收入")):
        r_ = idx[nm]
        S[key + "_w"] = fmt(kit.val(r_[2]) / 10)
        S[key + "_g"] = r_[4].lstrip("-")
        L.scale("千元→万元 %s" % nm, S[key + "_w"], r_[2], "0.1")
        L.yoy("增减 %s (on the 千元 table figures)" % nm, S[key + "_g"], r_[2], r_[1],
              "下降" if r_[4].startswith("-") else "增长")
    u_gov, u_ref, u_inst = 412, 36, 838
    S["u_gov"], S["u_ref"], S["u_inst"], S["u_tot"] = str(u_gov), str(u_ref), str(u_inst), fint(u_gov + u_ref + u_inst)
    L.sum_("参保单位", S["u_tot"], [S["u_gov"], S["u_ref"], S["u_inst"]])
    b25_in, b25_out = Dec("1906840"), Dec("1842500")
    S["b25_in"], S["b25_out"] = wan(b25_in), wan(b25_out)
    S["b25_in_g"] = fmt(chg(b25_in, inc_t)) + "%"
    S["b25_out_g"] = fmt(chg(b25_out, out_t)) + "%"
    L.yoy("2025 收入预算增长", S["b25_in_g"], S["b25_in"], S["in_w"], "增长")
    L.yoy("2025 支出预算增长", S["b25_out_g"], S["b25_out"], S["out_w"], "增长")
    L.yoy("人均养老金增长", S["pen_pm_g"], S["pen_pm"], S["pen_pm_l"], "增长")
    return S, L


def paragraphs(S, L):
    P = []

    def p(t):
        P.append(("p", t))
        return t

    P.append(("title", "关于滦柘市2024年度机关事业单位基本养老保险基金决算情况的报告"))
    P.append(("to", "市人民政府："))
    p("根据《社会保险基金财务制度》和省人力资源和社会保障厅、省财政厅关于编报2024年度社会保险基金决算的通知要求，"
      "市人力资源和社会保障局会同市财政局编制完成了全市2024年度机关事业单位基本养老保险基金决算，并经市社会保险事业"
      "服务中心和市财政局审核。现将有关情况报告如下。")
    p("我市机关事业单位基本养老保险基金实行市级统筹，全市统一缴费比例、统一待遇政策、统一基金管理、统一经办流程，"
      "基金收支和结余由市社会保险事业服务中心统一核算。")
    P.append(("h", "一、基金收支总体情况"))
    a1 = p("2024年，全市机关事业单位基本养老保险基金总收入%s万元（约%s亿元），比上年增长%s，完成年度预算%s万元的%s；"
           "基金总支出%s万元（约%s亿元），比上年增长%s，完成年度预算%s万元的%s。本年收支结余%s万元，加上年末累计结余"
           "%s万元，年末累计结余%s万元（约%s亿元）。"
           % (S["in_w"], S["in_y"], S["in_g"], S["bin_w"], S["bin_r"], S["out_w"], S["out_y"], S["out_g"],
              S["bout_w"], S["bout_r"], S["sur_w"], S["open_w"], S["close_w"], S["close_y"]))
    a2 = p("按2024年月均基金支出计算，年末累计结余可支付%s个月，比上年的%s个月增加%s个月，基金运行总体平稳，但当期"
           "收支平衡仍主要依靠财政补贴。" % (S["months"], S["months_l"], S["months_d"]))
    a_bud = p("从预算执行看，基金收入完成预算的%s，超出预算的主要原因是年中调整基本养老金后财政补贴相应追加；基金支出"
              "完成预算的%s，略低于预算，主要是部分新增离退休人员的待遇核定在2025年初完成，相应养老金在2025年补发。"
              % (S["bin_r"], S["bout_r"]))
    P.append(("h", "二、基金收入情况"))
    a3 = p("（一）养老保险费收入%s万元，其中单位缴费收入%s万元、个人缴费收入%s万元。养老保险费收入占基金总收入的%s，"
           "比上年的%s下降%s个百分点。" % (S["fee_w"], S["unit_w"], S["ind_w"], S["fee_sh"], S["fee_sh_l"], S["fee_pp"]))
    a4 = p("（二）财政补贴收入%s万元，比上年增长%s，占基金总收入的%s，比上年的%s提高%s个百分点，主要是离退休人员增加和"
           "基本养老金标准调整后，当期收支缺口扩大，财政补贴相应增加。" % (S["sub_w"], S["sub_g"], S["sub_sh"], S["sub_sh_l"], S["sub_pp"]))
    a5 = p("（三）利息收入%s万元，比上年下降%s，主要是存款利率下调。转移收入、其他收入规模较小，具体见附件1。"
           % (S["int_w"], S["int_g"]))
    P.append(("h", "三、基金支出情况"))
    a6 = p("基本养老金支出%s万元，比上年增长%s，占基金总支出的%s。2024年按照国家统一部署，调整了机关事业单位退休"
           "人员基本养老金，按年平均离退休人数%s人计算，人均基本养老金%s元/月，比上年%s元/月增加%s元，增长%s。丧葬"
           "抚恤补助支出、转移支出和其他支出见附件1。"
           % (S["pen_w"], S["pen_g"], S["pen_sh"], S["ret_avg"], S["pen_pm"], S["pen_pm_l"], S["pen_pm_d"], S["pen_pm_g"]))
    a_gap = p("从当期收支看，不含财政补贴的基金收入为%s万元，低于基金总支出%s万元，当期收支缺口%s万元，财政补贴收入%s万元"
              "相当于当期缺口的%s，补足缺口后形成本年收支结余。" % (S["in_ex_w"], S["out_w"], S["gap_w"], S["sub_w"],
                                                     S["gap_cov"]))
    a_oth = p("丧葬抚恤补助支出%s万元，比上年增长%s；转移支出%s万元，比上年下降%s，主要是跨统筹地区调出人员减少；"
              "其他支出%s万元，比上年下降%s。转移收入%s万元，比上年增长%s，主要是跨统筹地区调入人员增加。"
              % (S["fun_w"], S["fun_g"], S["tro_w"], S["tro_g"], S["oth_w"], S["oth_g"], S["tri_w"], S["tri_g"]))
    P.append(("h", "四、基金结余情况"))
    a_bal = p("年末累计结余%s万元中，存入社会保障基金财政专户%s万元；按照国务院关于基本养老保险基金投资管理的有关规定，"
              "委托全国社会保障基金理事会投资运营%s万元（%s亿元），占年末累计结余的%s。委托投资部分的收益按合同约定"
              "结算，2024年未计入本年利息收入。" % (S["close_w"], S["dep_w"], S["inv_w"], S["inv_y"], S["inv_sh"]))
    P.append(("h", "五、参保情况"))
    a7 = p("2024年末，全市机关事业单位基本养老保险参保%s人，其中在职参保人员%s人、离退休人员%s人。离退休人员比上年末"
           "增加%s人，在职人员与离退休人员之比由上年的%s∶1下降到%s∶1，基金抚养负担进一步加重。"
           % (S["tot"], S["work"], S["ret"], S["ret_add"], S["ratio_l"], S["ratio"]))
    a_units = p("年末全市参加机关事业单位基本养老保险的单位%s个，其中机关单位%s个、参照公务员法管理的单位%s个、事业单位"
                "%s个。职业年金基金实行单独建账、单独核算，其收支和结余不在本决算中反映。"
                % (S["u_tot"], S["u_gov"], S["u_ref"], S["u_inst"]))
    P.append(("h", "六、基金运行中存在的问题"))
    p("一是基金当期收支缺口较大。机关事业单位养老保险制度改革后，离退休人员基本养老金全部纳入基金支付，而在职人员"
      "缴费基数增长较慢，养老保险费收入比上年增长%s，低于基本养老金支出%s的增幅，当期收支平衡高度依赖财政补贴。二是抚养比持续下降。随着退休高峰"
      "到来，离退休人员逐年增加，在职人员总量基本稳定，基金支付压力逐年加大。三是缴费基数核定仍不够规范。个别单位"
      "未将绩效工资等全部工资项目纳入缴费基数，存在少缴漏缴的风险。四是职业年金与基本养老保险衔接管理需要加强，"
      "部分单位职业年金缴费记实不及时。五是基金预算编制的精准度有待提高，"
      "对待遇调整、人员变动等因素的预测还不够充分，年度执行中收入、支出与预算存在一定差异。" % (S["fee_g"], S["pen_g"]))
    P.append(("h", "七、基金管理工作情况和下一步工作"))
    p("2024年，市人力资源和社会保障局、市财政局认真落实社会保险基金管理各项制度，基金实行收支两条线管理，纳入财政专户"
      "核算，专款专用。全年开展基金风险排查2次，对待遇领取资格进行了全面认证，追回冒领养老金的情况已在年度基金"
      "监督报告中单独报告。")
    p("一年来，重点做了以下工作：一是推进经办服务下沉，离退休人员待遇领取资格认证全部实现“静默认证”和“指尖办理”，"
      "减少了老同志往返奔波；二是完成机关事业单位工作人员基本工资标准调整后的缴费基数重新核定工作，按规定补收了"
      "基本养老保险费；三是配合审计部门完成社会保险基金专项审计，对审计指出的问题全部完成整改；四是建立财政、人社、"
      "税务部门数据共享机制，按月核对基金收支数据，确保账账相符、账实相符。")
    p("下一步，我们将继续做好以下工作：一是加强参保扩面和缴费基数核定，确保应保尽保、应收尽收；二是严格执行基本"
      "养老金调整政策，确保养老金按时足额发放；三是加强基金预算管理，提高基金预算编制的准确性；四是加强基金监督，"
      "防范基金运行风险，确保基金安全。")
    P.append(("h", "八、2025年基金预算安排"))
    a_25 = p("根据2024年基金决算和2025年基本养老金调整政策，2025年全市机关事业单位基本养老保险基金收入预算%s万元，"
             "比2024年决算数增长%s；支出预算%s万元，比2024年决算数增长%s。预算安排已充分考虑离退休人员增加和待遇调整"
             "因素，确保基本养老金按时足额发放。" % (S["b25_in"], S["b25_in_g"], S["b25_out"], S["b25_out_g"]))
    P.append(("h", "九、有关说明"))
    p("（一）本报告附件中的金额单位为千元，正文中的金额单位为万元或亿元，正文金额由附件数据换算得出。（二）年末累计"
      "结余可支付月数，是指年末累计结余除以本年月均基金支出（基金总支出除以12）得出的月数。（三）在职与离退休人数"
      "之比，是指年末在职参保人数与年末离退休人数之比，用于反映基金的抚养负担。（四）人均基本养老金按基本养老金"
      "支出除以年平均离退休人数、再除以12个月计算，与按年末离退休人数计算的结果存在差异。（五）本报告所称“上年”均指2023年度，上年数据为经审核批复的2023年度决算数。")
    p("特此报告。")
    P.append(("attach", "附件：1．滦柘市2024年度机关事业单位基本养老保险基金收支决算表"))
    P.append(("attach2", "2．滦柘市2024年度机关事业单位基本养老保险参保及待遇情况表"))
    P.append(("sign", "滦柘市人力资源和社会保障局　　　　滦柘市财政局"))
    P.append(("date", "2025年5月20日"))
    P.append(("note", "（此件公开发布）"))
    for a in (a1, a2, a3, a4, a5, a6, a7, a_gap, a_bal, a_bud, a_25, a_units, a_oth):
        L.shown("prose", ("flat", a))
    L.order("成文日期 after FY", (2024, 12, 31), (2025, 5, 20), [("flat", "2025年5月20日")])
    L.order("成文 before 印发", (2025, 5, 20), (2025, 5, 21), [("flat", "2025年5月21日印发")])
    L.truth("文号 year = 成文年份", True, DOCNO, at=[("flat", DOCNO)])
    return P


# ---------------------------------------------------------------------- render

def render(M, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from reportlab.platypus.flowables import HRFlowable
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    red = colors.Color(0.85, 0.0, 0.0)
    S = M["S"]
    body = ParagraphStyle("b", fontName=F, fontSize=15.8, leading=28.9, firstLineIndent=31.6, alignment=TA_JUSTIFY,
                          wordWrap="CJK")
    h = ParagraphStyle("h", parent=body, fontName=F)
    title = ParagraphStyle("t", fontName=F, fontSize=21.5, leading=34, alignment=TA_CENTER, wordWrap="CJK")
    plain = ParagraphStyle("p", parent=body, firstLineIndent=0)
    center = ParagraphStyle("c", parent=plain, alignment=TA_CENTER)
    right = ParagraphStyle("r", parent=plain, alignment=TA_RIGHT)
    cell = ParagraphStyle("cell", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=F, fontSize=30, leading=40, alignment=TA_CENTER, textColor=red)
    small = ParagraphStyle("s", parent=plain, fontSize=14, leading=24)

    def footer(c, doc):
        c.saveState()
        c.setFont(F, 14)
        c.drawCentredString(A4[0] / 2, 14 * mm, "— %d —" % doc.page)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                          bottomMargin=35 * mm, title="滦柘市2024年度机关事业单位基本养老保险基金决算情况的报告",
                          author="滦柘市人力资源和社会保障局")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=footer)])
    story = []
    # red header: two agencies + 文件
    hdr = Table([[Paragraph("滦柘市人力资源和社会保障局", ParagraphStyle("a", parent=head, fontSize=24, leading=34,
                                                                 alignment=TA_LEFT)),
                  Paragraph("文件", ParagraphStyle("w", parent=head, fontSize=30, leading=40))],
                 [Paragraph("滦柘市财政局", ParagraphStyle("a2", parent=head, fontSize=24, leading=34,
                                                        alignment=TA_LEFT)), ""]],
                colWidths=[doc.width * 0.74, doc.width * 0.26])
    hdr.setStyle(TableStyle([("SPAN", (1, 0), (1, 1)), ("VALIGN", (1, 0), (1, 1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [hdr, Spacer(1, 10 * mm), Paragraph(M["docno"], center), Spacer(1, 2 * mm),
              HRFlowable(width="100%", thickness=2, color=red, spaceBefore=2, spaceAfter=14)]
    for kind, t in M["P"]:
        if kind == "title":
            story += [Paragraph(t, title), Spacer(1, 8 * mm)]
        elif kind == "to":
            story.append(Paragraph(t, plain))
        elif kind in ("p", "h"):
            story.append(Paragraph(t, body))
        elif kind == "attach":
            story += [Spacer(1, 6 * mm), Paragraph(t, ParagraphStyle("at", parent=plain, leftIndent=31.6))]
        elif kind == "attach2":
            story.append(Paragraph(t, ParagraphStyle("at2", parent=plain, leftIndent=31.6 + 15.8 * 3)))
        elif kind == "sign":
            story += [Spacer(1, 14 * mm), Paragraph(t, right)]
        elif kind == "date":
            story.append(Paragraph(t + "　　", right))
        elif kind == "note":
            story.append(Paragraph(t, ParagraphStyle("n", parent=plain, firstLineIndent=31.6)))

    def ruled(rows, widths, header):
        data = [[Paragraph(x, ParagraphStyle("hc", parent=cell, alignment=TA_CENTER)) for x in header]]
        for r in rows:
            data.append([Paragraph(r[0], cell)] + [Paragraph(x, ParagraphStyle("nc", parent=cell, alignment=TA_RIGHT))
                                                   for x in r[1:]])
        tb = Table(data, colWidths=widths, repeatRows=1)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        return tb

    story += [PageBreak(), Paragraph("附件1", ParagraphStyle("ax", parent=plain, fontSize=15.8)),
              Spacer(1, 4 * mm),
              Paragraph("滦柘市2024年度机关事业单位基本养老保险基金收支决算表", ParagraphStyle("tt", parent=title,
                                                                            fontSize=17, leading=26)),
              Paragraph("单位：千元", ParagraphStyle("u", parent=right, fontSize=11, leading=18)),
              ruled(S["t1"], [58 * mm, 26 * mm, 26 * mm, 22 * mm, 22 * mm],
                    ["项目", "上年决算数", "本年决算数", "增减额", "增减%"]),
              Paragraph("注：基金收入合计不含“其中”行；本表金额单位为千元，正文金额单位为万元、亿元。",
                        ParagraphStyle("nt", parent=cell, fontSize=10, leading=15, spaceBefore=6))]
    story += [Spacer(1, 10 * mm), Paragraph("附件2", ParagraphStyle("ax2", parent=plain, fontSize=15.8)),
              Spacer(1, 4 * mm),
              Paragraph("滦柘市2024年度机关事业单位基本养老保险参保及待遇情况表", ParagraphStyle("tt2", parent=title,
                                                                             fontSize=17, leading=26)),
              Spacer(1, 3 * mm),
              ruled(S["t2"], [62 * mm, 30 * mm, 30 * mm, 28 * mm], ["指标", "2023年", "2024年", "增减"]),
              Paragraph("注：人均基本养老金按基本养老金支出除以年平均离退休人数再除以12个月计算。",
                        ParagraphStyle("nt2", parent=cell, fontSize=10, leading=15, spaceBefore=6))]
    # 版记
    story += [PageBreak(), Spacer(1, 150 * mm),
              HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=0, spaceAfter=4),
              Paragraph("抄送：省人力资源和社会保障厅，省财政厅，市社会保险事业服务中心。", small),
              HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=4, spaceAfter=4),
              Table([[Paragraph("滦柘市人力资源和社会保障局办公室", small),
                      Paragraph("2025年5月21日印发", ParagraphStyle("ri", parent=small, alignment=TA_RIGHT))]],
                    colWidths=[doc.width * 0.6, doc.width * 0.4],
                    style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
              HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=4, spaceAfter=0)]
    doc.build(story)


def views(path):
    import re
    raw = kit.pdf_text(path)
    flat = re.sub(r"— \d+ —", "", raw).replace("\n", "").replace("\x0c", "")
    pages = kit.pdf_glyph_rows(path)
    rows = "\n".join(" | ".join(r) for pg in pages for r in pg)
    return {"flat": flat, "raw": raw, "rows": rows}, pages


def build_model():
    S, L = build()
    P = paragraphs(S, L)
    return {"S": S, "P": P, "docno": DOCNO}, L


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build_model() if model is None else (model, None)
    path = os.path.join(out_dir, PDF)
    render(M, path)
    if not ledger:
        return path
    V, pages = views(path)
    allrows = [r for pg in pages for r in pg]
    for r in M["S"]["t1"] + M["S"]["t2"]:
        want = [r[0].strip("　")] + r[1:]
        L.truth("table row read back from glyph boxes: %s" % r[0].strip("　"), want in allrows, str(want))
    L.note("pages", len(pages))
    L.truth("red header + 版记 present", "文件" in V["flat"] and "印发" in V["flat"] and "抄送" in V["flat"], "")
    kit.finish(L, V, "flat", os.path.join(out_dir, NAME + ".ledger.json"), V["flat"])
    return path


if __name__ == "__main__":
    main()
