"""t03 — 山东省沂岱市医疗保障局 2024年工作总结和2025年工作打算 (.txt, prose only, full-width digits)"""
from common import run, lk27
from lk27 import D, pct, growth, fw, Ledger


def f(x, n=2):
    return lk27.f(x, n, comma=False)

NAME = "t03_yidai_healthcare_security_work_summary_2024.txt"

EMP = dict(inc="68.42", exp="61.57", bal0="72.36", inc0="64.18")   # 职工医保 亿元
RES = dict(inc="52.86", exp="54.13", bal0="31.45", inc0="50.92")   # 居民医保 亿元
INS_EMP, INS_RES, POP = "156.32", "538.74", "712.40"              # 万人
REIMB_RES, REIMB_RES0 = "70.13", "68.92"                            # 居民住院政策范围内报销比例
SUBSIDY, SUBSIDY0, PREM = 670, 640, 380                             # 财政补助标准, 个人缴费 元/人
CI_PAY, CI_N = "3.86", "12.47"                                      # 大病保险 亿元, 万人次
AID_N = "14.35"                                                     # 全额资助 万人
AID_DIRECT_N, AID_DIRECT_A = "41.26", "21856.40"                    # 医疗救助 直接救助 万人次, 万元
CHECK_N, HANDLE_N = 2316, 428
RECOVER = [("追回医保基金", "7205.16"), ("收取违约金", "1024.65"), ("行政罚款", "412.56")]
REMOTE, REMOTE0 = "186.45", "142.30"                                # 异地就医直接结算 万人次
DRG_H, DRG_ALL = 46, 52
INS_RES0 = "547.21"                                                 # 上年末 居民医保参保 万人
LTC_N, LTC_PAY = 4862, "5842.30"                                    # 长护险 享受待遇人数, 基金支付 万元
CHRONIC_N, CHRONIC_PAY = "28.64", "9.37"                            # 门诊慢特病 认定 万人, 支付 亿元                                             # 实行DRG/DIP付费医院数 / 开展住院服务的二级及以上医院


def W(x, n=2):
    return fw(f(D(x), n))


def build():
    L = Ledger(NAME)
    e, r = EMP, RES
    e_bal = D(e["inc"]) - D(e["exp"]); r_bal = D(r["inc"]) - D(r["exp"])
    L.diff("职工医保 当期结余 = 收入 - 支出", f(e_bal), e["inc"], e["exp"])
    r_gap = -r_bal
    L.diff("居民医保 收不抵支额 = 支出 - 收入", f(r_gap), r["exp"], r["inc"])
    e_cum = D(e["bal0"]) + e_bal; r_cum = D(r["bal0"]) + r_bal
    L.sum("职工医保 累计结余 = 上年末 + 当期结余", f(e_cum), [e["bal0"], f(e_bal)])
    L.diff("居民医保 累计结余 = 上年末 - 收不抵支额", f(r_cum), r["bal0"], f(r_gap))
    inc = D(e["inc"]) + D(r["inc"]); exp = D(e["exp"]) + D(r["exp"])
    L.sum("两项基金 收入合计", f(inc), [e["inc"], r["inc"]])
    L.sum("两项基金 支出合计", f(exp), [e["exp"], r["exp"]])
    bal = inc - exp; L.diff("两项基金 当期结余", f(bal), f(inc), f(exp))
    cum = e_cum + r_cum; L.sum("两项基金 累计结余", f(cum), [f(e_cum), f(r_cum)])
    inc0 = D(e["inc0"]) + D(r["inc0"]); L.sum("上年 两项基金收入合计", f(inc0), [e["inc0"], r["inc0"]])
    g_inc = growth(inc, inc0); L.growth("两项基金收入 比上年增长", f(g_inc), f(inc), f(inc0), "up")
    g_e = growth(e["inc"], e["inc0"]); L.growth("职工医保收入 比上年增长", f(g_e), e["inc"], e["inc0"], "up")
    g_r = growth(r["inc"], r["inc0"]); L.growth("居民医保收入 比上年增长", f(g_r), r["inc"], r["inc0"], "up")
    months = lk27.q(e_cum * 12 / D(e["exp"]), 1)
    L.quot("职工医保 累计结余可支付月数", f(months, 1), f(e_cum), e["exp"], 12)
    ins = D(INS_EMP) + D(INS_RES); L.sum("参保人数 = 职工 + 居民", f(ins), [INS_EMP, INS_RES])
    cov = pct(ins, POP); L.rate("参保率 = 参保人数 / 户籍人口", f(cov), f(ins), POP)
    pp = D(REIMB_RES) - D(REIMB_RES0); L.pp("居民住院报销比例 提高", f(pp), REIMB_RES, REIMB_RES0, "up")
    L.diff("财政补助标准 提高", str(SUBSIDY - SUBSIDY0), str(SUBSIDY), str(SUBSIDY0))
    ci_avg = D(CI_PAY) * 10000 / D(CI_N)
    L.quot("大病保险 人均赔付(元) = 赔付 / 人次", f(ci_avg), CI_PAY, CI_N, 10000)
    aid_amt = D(AID_N) * PREM
    L.prod("全额资助参保资金(万元) = 人数(万人) × 个人缴费", f(aid_amt), AID_N, str(PREM))
    aid_avg = D(AID_DIRECT_A) / D(AID_DIRECT_N)
    L.quot("医疗救助 次均(元) = 金额(万元) / 人次(万人次)", f(aid_avg), AID_DIRECT_A, AID_DIRECT_N)
    rec = sum(D(a) for _, a in RECOVER)
    L.sum("追回资金合计 = 追回基金 + 违约金 + 罚款", f(rec), [a for _, a in RECOVER])
    h_rate = pct(HANDLE_N, CHECK_N); L.rate("处理定点机构 占 检查数", f(h_rate), str(HANDLE_N), str(CHECK_N))
    g_rm = growth(REMOTE, REMOTE0); L.growth("异地就医直接结算 比上年增长", f(g_rm), REMOTE, REMOTE0, "up")
    drg = pct(DRG_H, DRG_ALL); L.rate("DRG/DIP 医院覆盖率", f(drg), str(DRG_H), str(DRG_ALL))
    res_drop = D(INS_RES0) - D(INS_RES)
    L.diff("居民医保参保人数 比上年末减少", f(res_drop), INS_RES0, INS_RES)
    ltc_avg = D(LTC_PAY) * 10000 / LTC_N
    L.quot("长护险 人均基金支付(元)", f(ltc_avg), LTC_PAY, str(LTC_N), 10000)
    chr_avg = D(CHRONIC_PAY) * 10000 / D(CHRONIC_N)
    L.quot("门诊慢特病 人均支付(元)", f(chr_avg), CHRONIC_PAY, CHRONIC_N, 10000)
    L.same("长护险覆盖人数 = 职工医保参保人数", INS_EMP, INS_EMP)
    L.dated("落款日期在2024年度结束之后", "２０２５年１月２０日", (2025, 1, 20), (2024, 12, 31))
    L.anchor("截至２０２４年１２月３１日")
    L.facts.update({"fund_income": f(inc), "fund_expense": f(exp), "cum_balance": f(cum), "date": "２０２５年１月２０日",
                    "digits": "full-width"})

    m = [("TITLE", "沂岱市医疗保障局２０２４年工作总结和２０２５年工作打算")]
    m.append(("P", f"２０２４年，市医疗保障局在市委、市政府的坚强领导下，坚持以人民健康为中心，深化医疗保障制度改革，"
                   f"全力守护群众“看病钱”“救命钱”，各项工作取得新成效。全年全市职工基本医疗保险和城乡居民基本医疗保险"
                   f"（以下简称两项基金）合计收入{W(inc)}亿元，比上年的{W(inc0)}亿元增长{W(g_inc)}％；合计支出{W(exp)}亿元，当期结余{W(bal)}亿元，"
                   f"截至２０２４年１２月３１日两项基金累计结余{W(cum)}亿元，基金运行总体平稳。现将有关情况总结如下。"))
    m.append(("H1", "一、２０２４年主要工作成效"))
    m.append(("H2", "（一）全民参保扩面提质"))
    m.append(("P", f"深入实施全民参保计划，依托公安户籍、民政救助、教育学籍等数据开展参保信息比对，精准锁定未参保人员，"
                   f"开展“一人一策”动员。全市基本医疗保险参保{W(ins)}万人，其中职工医保{W(INS_EMP)}万人、居民医保{W(INS_RES)}万人，"
                   f"按户籍人口{W(POP)}万人计算，参保率达到{W(cov)}％，连续三年稳定在９５％以上。新就业形态从业人员、"
                   f"灵活就业人员参加职工医保的户籍限制全面放开，全年新增灵活就业参保人员２．１４万人。受出生人口减少和外出务工人员在就业地参保等因素影响，"
                   f"居民医保参保人数比上年末的{W(INS_RES0)}万人减少{W(res_drop)}万人。"))
    m.append(("H2", "（二）基金收支运行平稳"))
    m.append(("P", f"职工医保基金收入{W(e['inc'])}亿元，比上年的{W(e['inc0'])}亿元增长{W(g_e)}％；支出{W(e['exp'])}亿元，"
                   f"当期结余{W(e_bal)}亿元，累计结余由上年末的{W(e['bal0'])}亿元增加到{W(e_cum)}亿元，"
                   f"按当年支出水平可支付{W(months, 1)}个月。"))
    m.append(("P", f"居民医保基金收入{W(r['inc'])}亿元，比上年的{W(r['inc0'])}亿元增长{W(g_r)}％；支出{W(r['exp'])}亿元，"
                   f"当期收不抵支{W(r_gap)}亿元，主要是住院待遇水平提高和参保群众就医需求释放，累计结余由上年末的"
                   f"{W(r['bal0'])}亿元减少到{W(r_cum)}亿元。居民医保财政补助标准由每人每年{fw(SUBSIDY0)}元提高到{fw(SUBSIDY)}元，"
                   f"提高{fw(SUBSIDY - SUBSIDY0)}元，个人缴费标准为每人每年{fw(PREM)}元。针对居民医保当期收不抵支的情况，"
                   f"市医保局已会同市财政局开展基金运行风险评估，提出控费增效措施。"))
    m.append(("H2", "（三）待遇保障水平稳步提高"))
    m.append(("P", f"落实职工医保门诊共济保障机制，普通门诊统筹起付标准降至４００元。居民医保政策范围内住院费用报销比例达到"
                   f"{W(REIMB_RES)}％，比上年的{W(REIMB_RES0)}％提高{W(pp)}个百分点。大病保险全年赔付{W(CI_PAY)}亿元，"
                   f"惠及{W(CI_N)}万人次，人均赔付{W(ci_avg)}元。"))
    m.append(("P", f"健全防范化解因病返贫致贫长效机制，对特困人员、低保对象等困难群众参加居民医保个人缴费部分给予全额资助，"
                   f"全年全额资助{W(AID_N)}万人，按每人{fw(PREM)}元计算，资助资金{W(aid_amt)}万元；实施医疗救助直接救助{W(AID_DIRECT_N)}万人次，"
                   f"支出救助资金{W(AID_DIRECT_A)}万元，次均救助{W(aid_avg)}元，困难群众住院费用综合保障水平进一步提高。"))
    m.append(("H2", "（四）基金监管高压态势持续巩固"))
    rc = RECOVER
    m.append(("P", f"开展医保基金管理突出问题专项整治，聚焦骨科、血液净化、心血管内科、检查检验、康复等重点领域，"
                   f"全年检查定点医药机构{fw(CHECK_N)}家，处理违法违规机构{fw(HANDLE_N)}家，处理比例{W(h_rate)}％；"
                   f"追回医保资金共计{W(rec)}万元，其中{rc[0][0]}{W(rc[0][1])}万元，{rc[1][0]}{W(rc[1][1])}万元，"
                   f"{rc[2][0]}{W(rc[2][1])}万元。曝光典型案例１８起，移交公安机关案件线索７条，形成有力震慑。"))
    m.append(("H2", "（五）医保支付方式改革纵深推进"))
    m.append(("P", f"全市开展住院服务的二级及以上定点医院共{fw(DRG_ALL)}家，已有{fw(DRG_H)}家实行DRG或DIP付费，"
                   f"覆盖率{W(drg)}％，其余６家为精神专科和康复专科医院，继续按床日付费。落地执行国家和省级集中带量采购药品"
                   f"４３５个、医用耗材２６类，群众用药负担明显减轻。"))
    m.append(("H2", "（六）多层次保障体系逐步健全"))
    m.append(("P", f"长期护理保险制度试点扩面，覆盖全部职工医保参保人员{W(INS_EMP)}万人，全年享受长期护理保险待遇"
                   f"{fw(LTC_N)}人，基金支付{W(LTC_PAY)}万元，人均{W(ltc_avg)}元，定点护理服务机构增加到６３家。"
                   f"规范门诊慢特病管理，将门诊慢特病病种统一为６８种，全年新增认定１．９２万人，累计享受门诊慢特病待遇"
                   f"{W(CHRONIC_N)}万人，医保基金支付{W(CHRONIC_PAY)}亿元，人均{W(chr_avg)}元。推出普惠型商业补充医疗保险"
                   f"“沂岱惠民保”，与基本医保、大病保险、医疗救助有效衔接。"))
    m.append(("H2", "（七）医保公共服务便捷高效"))
    m.append(("P", f"推进医保服务“一网通办”，３６项医保服务事项全部实现网上可办。扩大跨省异地就医直接结算范围，"
                   f"全年异地就医直接结算{W(REMOTE)}万人次，比上年的{W(REMOTE0)}万人次增长{W(g_rm)}％。"
                   f"医保服务站点延伸到全市所有乡镇（街道）和村（社区），实现“家门口”办医保。"))
    m.append(("P", "坚持党建引领，深入开展党纪学习教育，持续推进医保系统行风建设，开展“医保服务满意在沂岱”活动，"
                   "建立局领导包联定点医药机构和经办窗口制度，收集解决群众反映的问题２３６件，群众满意度稳步提升。"))
    m.append(("H1", "二、存在的问题"))
    m.append(("P", f"一是居民医保基金收支压力加大，当期收不抵支{W(r_gap)}亿元，基金可持续运行面临挑战；"
                   f"二是部分定点医药机构违规使用医保基金问题屡查屡犯，监管长效机制有待完善；"
                   f"三是医保信息平台数据应用能力不足，智能监控规则覆盖面不够广。"))
    m.append(("H1", "三、２０２５年工作打算"))
    m.append(("P", "（一）巩固提升参保质量。落实参保长期激励约束机制，参保率稳定在９５％以上，力争居民医保参保人数止降回升。"))
    m.append(("P", "（二）守牢基金安全底线。加强居民医保基金运行分析和预警，全面推行智能监控，常态化开展飞行检查和专项整治。"))
    m.append(("P", "（三）深化支付方式改革。实现DRG/DIP付费医疗机构和病种全覆盖，探索门诊按人头付费。"))
    m.append(("P", "（四）提升经办服务水平。推进医保码、移动支付全场景应用，２０２５年６月底前实现定点医药机构移动支付全覆盖。"))
    m.append(("RIGHT", "沂岱市医疗保障局"))
    m.append(("RIGHT", "２０２５年１月２０日"))
    return m, L


def render(model, path):
    lk27.render_txt(model, path)


if __name__ == "__main__":
    run(build, render, NAME)
