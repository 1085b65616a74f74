"""t02 -- 四川省邛崖县财政局 2024年度新增地方政府专项债券项目绩效自评报告
.docx; 表1 债券项目一览 (合计 row last); three 附件 项目绩效自评表 laid out as Word forms
whose 项目资金 cell holds a NESTED TABLE (w:tbl inside w:tc) with the money rows; 一级/二级
指标 cells vertically merged; gridSpan label cells."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t02_qiongya_special_bond_projects_selfeval_2024"
DOCX = NAME + ".docx"
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]

# name, dept, bond amount, issue month, term, rate %, bond spent
BONDS = [
    ("城南片区老旧供排水管网改造项目", "县住房和城乡建设局", "18000", "2024年3月", 15, "2.48", "17126.50"),
    ("工业园区标准化厂房（二期）建设项目", "县经济和信息化局", "25000", "2024年3月", 20, "2.56", "21864.00"),
    ("县中医医院迁建项目", "县卫生健康局", "20000", "2024年6月", 30, "2.31", "20000.00"),
    ("农产品冷链物流园项目", "县商务局", "11000", "2024年6月", 10, "2.62", "8652.30"),
    ("城乡供水一体化项目", "县水利局", "12000", "2024年8月", 20, "2.35", "11038.70"),
]

# detailed projects: index into BONDS, unit, funds [(source, budget, spent)], goal, done, indicators
# indicator: (一级, 二级, 三级, 目标, 实际, 分值, 得分 rule, 偏差原因)
DETAIL = [
    dict(i=0, unit="县城市管网运营服务中心",
         funds=[("专项债券资金", "18000.00", "17126.50"), ("县级财政配套资金", "2400.00", "2215.80")],
         goal="改造城南片区老旧供水管网38公里、排水管网24公里，消除管网漏损和雨污混流问题，提高供排水保障能力。",
         done="完成供水管网改造38.6公里、排水管网改造21.5公里，供水管网漏损率降至10.86%，片区8.72万人受益；剩余排水管网2.5公里因道路交通组织调整顺延至2025年施工。",
         ind=[("产出指标", "数量指标", "改造供水管网长度", "≥38公里", "38.6公里", "12", ("full",), "—"),
              ("产出指标", "数量指标", "改造排水管网长度", "≥24公里", "21.5公里", "12", ("ratio", "21.5", "24"),
               "2.5公里因道路交通组织调整顺延施工"),
              ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", ("full",), "—"),
              ("产出指标", "时效指标", "主体工程完工时间", "2024年12月底前", "排水管网部分未完工", "10", ("fixed", "8.00"),
               "部分工程未按期完工，扣2分"),
              ("产出指标", "成本指标", "工程造价控制", "不超过批复概算", "控制在概算以内", "6", ("full",), "—"),
              ("效益指标", "经济效益指标", "当年实现专项收入", "≥900万元", "936.40万元", "10", ("full",), "—"),
              ("效益指标", "社会效益指标", "受益人口", "≥8.5万人", "8.72万人", "10", ("full",), "—"),
              ("效益指标", "可持续影响指标", "供水管网漏损率", "≤12%", "10.86%", "10", ("full",), "—"),
              ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.85%", "10", ("full",), "—")],
         survey=(520, 488)),
    dict(i=2, unit="县中医医院",
         funds=[("专项债券资金", "20000.00", "20000.00"), ("上级补助资金", "3000.00", "3000.00"),
                ("县级财政配套资金", "6500.00", "5837.45")],
         goal="建成新院区业务用房42,000平方米以上，新增床位300张，2024年11月底前搬迁投入使用。",
         done="新院区建成业务用房42,360平方米，新增床位300张，2024年11月20日整体搬迁运行；搬迁后日均门诊量1,186人次。",
         ind=[("产出指标", "数量指标", "新建业务用房面积", "≥42,000平方米", "42,360平方米", "15", ("full",), "—"),
              ("产出指标", "数量指标", "新增床位", "300张", "300张", "10", ("full",), "—"),
              ("产出指标", "质量指标", "工程质量合格率", "100%", "100%", "10", ("full",), "—"),
              ("产出指标", "时效指标", "投入使用时间", "2024年11月底前", "2024年11月20日", "10", ("full",), "—"),
              ("产出指标", "成本指标", "项目总投资控制", "≤56,800万元", "54,936.20万元", "5", ("full",), "—"),
              ("效益指标", "社会效益指标", "日均门诊量", "≥1,200人次", "1,186人次", "10", ("ratio", "1,186", "1,200"),
               "新院区运行时间较短"),
              ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "91.20%", "10", ("full",), "—"),
              ("效益指标", "可持续影响指标", "项目收益对债券本息覆盖倍数", "≥1.2倍", "1.36倍", "10", ("full",), "—"),
              ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "95.12%", "10", ("full",), "—")],
         survey=(820, 780)),
    dict(i=3, unit="县商贸物流发展有限公司",
         funds=[("专项债券资金", "11000.00", "8652.30"), ("县级财政配套资金", "1500.00", "1204.60")],
         goal="建成冷库库容3.0万吨、分拣交易区1.8万平方米，2024年10月底前一期投运，冷库出租率达到70%。",
         done="建成冷库库容2.4万吨（二期0.6万吨未完工）、分拣交易区1.8万平方米，一期于2024年12月投运；已出租库容1.5万吨，签约入驻企业23家，带动就业168人。",
         ind=[("产出指标", "数量指标", "冷库库容", "≥3.0万吨", "2.4万吨", "15", ("ratio", "2.4", "3.0"), "二期冷库未完工"),
              ("产出指标", "数量指标", "分拣交易区面积", "≥1.8万平方米", "1.8万平方米", "10", ("full",), "—"),
              ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", ("full",), "—"),
              ("产出指标", "时效指标", "一期投运时间", "2024年10月底前", "2024年12月", "10", ("fixed", "6.00"),
               "延期2个月投运，扣4分"),
              ("产出指标", "成本指标", "工程造价控制", "不超过批复概算", "控制在概算以内", "5", ("full",), "—"),
              ("效益指标", "经济效益指标", "冷库出租率", "≥70%", "62.50%", "10", ("ratio", "62.50", "70"),
               "招商进度滞后于投运进度"),
              ("效益指标", "社会效益指标", "带动就业人数", "≥150人", "168人", "10", ("full",), "—"),
              ("效益指标", "可持续影响指标", "签约入驻企业", "≥20家", "23家", "10", ("full",), "—"),
              ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "91.30%", "10", ("full",), "—")],
         survey=(23, 21)),
]


def build():
    L = kit.Ledger(DOCX)
    M = {"blocks": [], "forms": []}
    B = M["blocks"]

    def p(t):
        B.append(("p", t))
        return t

    def h(t):
        B.append(("h", t))

    # ---------------------------------------------------------------- 表1
    t1 = []
    tot_b = tot_s = tot_i = Dec(0)
    for name, dept, amt, month, term, rate, spent in BONDS:
        a, s = Dec(amt), Dec(spent)
        intr = q(a * Dec(rate) / 100, 2)
        tot_b += a
        tot_s += s
        tot_i += intr
        row = [name, fmt(a), month, str(term), rate + "%", fmt(s), fmt(pct(s, a)) + "%", fmt(intr)]
        t1.append(row)
        L.times("年付息 %s" % name, row[7], [row[1], row[4].rstrip("%")], Dec("0.01"), [("rows", " | ".join(row))])
        L.pct("支出进度 %s" % name, row[6], row[5], row[1])
    total = ["合计", fmt(tot_b), "—", "—", fmt(pct(tot_i, tot_b)) + "%", fmt(tot_s), fmt(pct(tot_s, tot_b)) + "%",
             fmt(tot_i)]
    t1.append(total)
    M["t1"] = t1
    for col, nm in ((1, "额度"), (5, "支出"), (7, "付息")):
        L.sum_("表1 合计 %s" % nm, total[col], [r[col] for r in t1[:-1]], [("rows", " | ".join(total))])
    L.pct("表1 合计 支出进度", total[6], total[5], total[1])
    L.pct("表1 加权平均利率", total[4], total[7], total[1])

    S = {}
    S["bond"], S["spent"], S["prog"], S["intr"], S["wavg"] = total[1], total[5], total[6], total[7], total[4]
    S["bond_yi"] = fmt(tot_b / 10000)
    S["spent_yi"] = fmt(tot_s / 10000)
    L.scale("8.60亿元", S["bond_yi"], S["bond"], "0.0001")
    L.scale("7.87亿元", S["spent_yi"], S["spent"], "0.0001")
    S["unspent"] = fmt(tot_b - tot_s)
    L.gap("未支出", S["unspent"], S["bond"], S["spent"])
    # debt stock (亿元)
    open_bal, refi, repay, limit = Dec("31.46"), Dec("1.20"), Dec("1.85"), Dec("42.30")
    close_bal = open_bal + tot_b / 10000 + refi - repay
    S.update(open=fmt(open_bal), refi=fmt(refi), repay=fmt(repay), limit=fmt(limit), close=fmt(close_bal),
             own_repay=fmt(repay - refi), issue_all=fmt(tot_b / 10000 + refi))
    L.combo("年末余额", S["close"], [(1, S["open"]), (1, S["bond_yi"]), (1, S["refi"]), (-1, S["repay"])])
    L.sum_("全年发行", S["issue_all"], [S["bond_yi"], S["refi"]])
    L.sum_("还本", S["repay"], [S["refi"], S["own_repay"]])
    L.le("余额 <= 限额", S["close"], S["limit"])
    S["limit_use"] = fmt(pct(close_bal, limit)) + "%"
    L.pct("余额占限额", S["limit_use"], S["close"], S["limit"])
    S["bal_grow"] = fmt(chg(close_bal, open_bal)) + "%"
    L.yoy("余额增长", S["bal_grow"], S["close"], S["open"], "增长")

    # shares by field
    field = {"市政和产业园区基础设施": [0, 1], "社会事业": [2], "农林水利和冷链物流": [3, 4]}
    shares = []
    S["fields"] = []
    for f, idx in field.items():
        amt = sum(Dec(BONDS[i][2]) for i in idx)
        sh = fmt(pct(amt, tot_b)) + "%"
        shares.append(sh)
        S["fields"].append((f, fmt(amt), sh))
        L.pct("领域占比 %s" % f, sh, fmt(amt), S["bond"])
        L.sum_("领域金额 %s" % f, fmt(amt), [fmt(Dec(BONDS[i][2])) for i in idx])
    L.hundred("领域占比 sum", shares)

    # ---------------------------------------------------------------- forms
    results = []
    for k, dd in enumerate(DETAIL):
        name, dept, amt, month, term, rate, bspent = BONDS[dd["i"]]
        fb = sum(Dec(b) for _, b, _ in dd["funds"])
        fs = sum(Dec(s) for _, _, s in dd["funds"])
        rate_s = fmt(pct(fs, fb)) + "%"
        exec_score = fmt(Dec(10) * kit.val(rate_s) / 100)
        money = [["资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                 ["年度资金总额", fmt(fb), fmt(fs), "10", rate_s, exec_score]]
        for j, (src, b, s) in enumerate(dd["funds"]):
            money.append([("其中：" if j == 0 else "　　　") + src, fmt(Dec(b)), fmt(Dec(s)), "—", "—", "—"])
        L.sum_("附件%d 资金 预算" % (k + 1), money[1][1], [r[1] for r in money[2:]])
        L.sum_("附件%d 资金 执行" % (k + 1), money[1][2], [r[2] for r in money[2:]])
        L.pct("附件%d 执行率" % (k + 1), rate_s, money[1][2], money[1][1])
        L.fn("附件%d 执行率得分" % (k + 1), exec_score, lambda r: Dec(10) * r / 100, [rate_s], "10 x rate")
        L.eq("附件%d bond budget = 表1 额度" % (k + 1), money[2][1], fmt(Dec(amt)))
        L.eq("附件%d bond spent = 表1 支出" % (k + 1), money[2][2], fmt(Dec(bspent)))
        rows = []
        for l1, l2, l3, tgt, act, wgt, rule, why in dd["ind"]:
            if rule[0] == "full":
                got = fmt(Dec(wgt))
            elif rule[0] == "fixed":
                got = rule[1]
            else:
                got = fmt(Dec(wgt) * kit.val(rule[1]) / kit.val(rule[2]))
                L.fn("附件%d %s 按比例" % (k + 1, l3), got, lambda a, b, w=Dec(wgt): w * a / b, [rule[1], rule[2]],
                     "%s x actual / target" % wgt)
            L.within("附件%d %s" % (k + 1, l3), got, wgt)
            if "扣" in why:
                L.gap("附件%d %s 扣分" % (k + 1, l3), why.split("扣")[1].rstrip("分"), wgt, got)
            rows.append([l1, l2, l3, tgt, act, wgt, got, why])
        # satisfaction figure equals survey
        sv_valid, sv_ok = dd["survey"]
        sat = [r for r in rows if r[0] == "满意度指标"][0]
        L.pct("附件%d 满意度 = 满意/有效" % (k + 1), sat[4], str(sv_ok), str(sv_valid))
        wsum = fint(sum(Dec(r[5]) for r in rows) + 10)
        ssum = fmt(sum(kit.val(r[6]) for r in rows) + kit.val(exec_score))
        L.sum_("附件%d 分值" % (k + 1), wsum, [r[5] for r in rows] + ["10"])
        L.eq("附件%d 分值 100" % (k + 1), wsum, "100")
        L.sum_("附件%d 总分" % (k + 1), ssum, [r[6] for r in rows] + [exec_score])
        grade = next(n for lo, n in BANDS if kit.val(ssum) >= lo)
        L.band("附件%d 等级" % (k + 1), ssum, grade, BANDS)
        form = dict(title="附件%d" % (k + 1), caption="%s绩效自评表" % name, name=("邛崖" if name.startswith("县") else "邛崖县") + name,
                    dept="邛崖" + dept, unit=dd["unit"], money=money, goal=dd["goal"], done=dd["done"], rows=rows,
                    total=["总分", "100", ssum], grade=grade)
        M["forms"].append(form)
        results.append((name, ssum, grade, rate_s, sv_valid, sv_ok, sat[4], money))

    L.pct("冷链 出租率 = 已出租 / 库容", "62.50%", "1.5", "2.4", ["已出租库容1.5万吨", "建成冷库库容2.4万吨"])
    L.sum_("冷链 库容 2.4 + 0.6 = 3.0", "3.0", ["2.4", "0.6"], ["建成冷库库容2.4万吨（二期0.6万吨未完工）"])
    avg = fmt(sum(kit.val(r[1]) for r in results) / 3)
    L.fn("平均分", avg, lambda a, b, c: (a + b + c) / 3, [r[1] for r in results], "mean")
    S["avg"] = avg
    n_you = sum(1 for r in results if r[2] == "优")
    n_liang = sum(1 for r in results if r[2] == "良")
    L.sum_("优+良", "3", [str(n_you), str(n_liang)])

    # ---------------------------------------------------------------- prose
    M["title"] = "邛崖县2024年度新增地方政府专项债券项目绩效自评报告"
    B.append(("title", M["title"]))
    B.append(("sub", "邛崖县财政局"))
    p("为加强地方政府专项债券资金管理，提高债券资金使用效益，根据《四川省地方政府专项债券项目资金绩效管理办法》和"
      "市财政局关于开展2024年度专项债券项目绩效自评的通知要求，县财政局组织各项目主管部门和项目单位，对2024年新增"
      "专项债券支持的项目开展了绩效自评，并对其中3个重点项目进行了复核。现将有关情况报告如下。")
    h("一、专项债券发行和债务管理基本情况")
    p("2024年，省财政厅共下达我县新增专项债券额度%s万元（合%s亿元），支持%d个项目建设；另发行再融资专项债券%s亿元，"
      "用于偿还到期专项债券本金，全年共发行专项债券%s亿元。新增专项债券分%d批发行，期限10年至30年不等，票面利率在"
      "2.31%%至2.62%%之间，按发行额度加权平均利率为%s，年付息额合计%s万元。"
      % (S["bond"], S["bond_yi"], len(BONDS), S["refi"], S["issue_all"], 3, S["wavg"], S["intr"]))
    p("债务余额方面，2024年初全县专项债务余额%s亿元，当年新增发行%s亿元、再融资发行%s亿元，偿还到期本金%s亿元"
      "（其中再融资债券偿还%s亿元、财政资金偿还%s亿元），年末专项债务余额%s亿元，比年初增长%s，占省核定专项债务限额"
      "%s亿元的%s，余额控制在限额以内。"
      % (S["open"], S["bond_yi"], S["refi"], S["repay"], S["refi"], S["own_repay"], S["close"], S["bal_grow"],
         S["limit"], S["limit_use"]))
    fl = "，".join("%s领域%s万元、占%s" % f for f in S["fields"])
    p("从投向看，%s。" % fl)
    h("二、债券资金使用情况")
    p("截至2024年12月31日，新增专项债券资金累计支出%s万元（约%s亿元），支出进度%s，尚未支出%s万元。各项目债券额度、"
      "发行及支出情况见表1。" % (S["spent"], S["spent_yi"], S["prog"], S["unspent"]))
    B.append(("caption", "表1　2024年新增专项债券项目发行及使用情况（金额单位：万元）"))
    B.append(("t1", t1))
    p("表1中“支出进度”为当年债券资金支出占债券额度的比例，“年付息”为按票面利率计算的全年应付利息，不含发行登记"
      "服务费；合计行的利率为按债券额度加权的平均利率。县中医医院迁建项目债券资金已全部支出；农产品冷链物流园项目"
      "支出进度最低，为%s，主要是二期冷库工程进度滞后。" % t1[3][6])
    h("三、绩效目标完成情况")
    for k, (name, ssum, grade, rate_s, v, ok_, sat, money) in enumerate(results):
        f = M["forms"][k]
        p("（%s）%s。该项目全年预算%s万元，其中专项债券资金%s万元；全年执行%s万元，预算执行率%s。%s"
          "受益对象满意度调查回收有效问卷%d份，表示满意的%d份，满意度%s。"
          % ("一二三"[k], name, money[1][1], money[2][1], money[1][2], rate_s, f["done"], v, ok_, sat))
    p("另2个项目（工业园区标准化厂房（二期）建设项目、城乡供水一体化项目）由主管部门自评，自评结果已报县财政局备案，"
      "本报告不再展开。")
    h("四、自评结果")
    p("按照项目支出绩效评价指标体系，预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，满分100分。"
      "定量指标未达到目标值的按完成比例计分，超过目标值的不加分。3个重点项目自评得分分别为%s分、%s分和%s分，"
      "平均%s分；其中评为“优”的%d个、“良”的%d个。各项目自评表见附件1至附件3。"
      % (results[0][1], results[1][1], results[2][1], avg, n_you, n_liang))
    for k, r in enumerate(results):
        L.eq("prose score = form total %d" % k, r[1], M["forms"][k]["total"][2])
    h("五、存在的问题")
    p("一是部分项目前期工作不够扎实，冷链物流园项目二期工程因用地手续办理滞后，导致冷库库容未达到目标，债券资金"
      "支出进度低于全县平均水平。二是项目收益实现存在不确定性，冷链物流园冷库出租率为%s，低于70%%的目标，后续需"
      "加大招商力度，确保项目收益能够覆盖债券本息。三是个别项目绩效目标设置不够合理，管网改造项目完工时间目标未充分"
      "考虑道路交通组织等外部因素。" % "62.50%")
    h("六、下一步工作措施")
    p("一是加快项目建设进度，督促冷链物流园二期工程和剩余排水管网工程在2025年上半年完工。二是加强债券资金穿透式"
      "监测，对支出进度缓慢的项目按月调度，必要时按程序调整债券资金用途。三是强化项目收益管理，将项目收益及时足额"
      "缴入国库，专项用于偿还债券本息。四是将绩效自评结果作为2025年专项债券项目申报和额度分配的重要依据。")
    # prose fragments tied to the relations above
    L.shown("prose anchors",
            "新增专项债券额度%s万元（合%s亿元）" % (S["bond"], S["bond_yi"]),
            "全年共发行专项债券%s亿元" % S["issue_all"],
            "加权平均利率为%s，年付息额合计%s万元" % (S["wavg"], S["intr"]),
            "年末专项债务余额%s亿元，比年初增长%s" % (S["close"], S["bal_grow"]),
            "限额%s亿元的%s" % (S["limit"], S["limit_use"]),
            "累计支出%s万元（约%s亿元），支出进度%s，尚未支出%s万元" % (S["spent"], S["spent_yi"], S["prog"], S["unspent"]),
            "平均%s分" % avg)
    for k, r in enumerate(results):
        L.shown("prose project %d" % k, "全年预算%s万元，其中专项债券资金%s万元；全年执行%s万元，预算执行率%s"
                % (r[7][1][1], r[7][2][1], r[7][1][2], r[3]))
    rates = sorted(Dec(b[5]) for b in BONDS)
    L.truth("利率区间", "票面利率在%s%%至%s%%之间" % (rates[0], rates[-1]) in "".join(x for k_, x in B if k_ == "p"),
            "%s-%s" % (rates[0], rates[-1]))
    L.truth("3 batches", len({b[3] for b in BONDS}) == 3, "")
    L.truth("lowest progress is 冷链", min(t1[:-1], key=lambda r: kit.val(r[6]))[0] == "农产品冷链物流园项目", "")
    B.append(("sign", "邛崖县财政局"))
    B.append(("sign", "2025年3月26日"))
    L.order("dated after FY", (2024, 12, 31), (2025, 3, 26), ["2025年3月26日"])
    for f in M["forms"]:
        B.append(("form", f))
    L.note("place", "四川省邛崖县 (fictional)")
    L.note("written", {k: v for k, v in S.items() if isinstance(v, str)})
    L.note("form_totals", [f["total"][2] for f in M["forms"]])
    M["S"] = S
    return M, L


# ---------------------------------------------------------------------- render

def _form(d, f):
    from docx.shared import Cm, Pt
    from docx.enum.table import WD_TABLE_ALIGNMENT
    kit.docx_par(d, f["title"], east="黑体", size=14, indent=False)
    kit.docx_par(d, f["caption"], east="方正小标宋简体", size=14, align="center")
    kit.docx_par(d, "（2024年度）", size=12, align="center")
    rows = f["rows"]
    n = 4 + 1 + len(rows) + 1 + 1
    t = d.add_table(rows=n, cols=8)
    kit.docx_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sz = 9

    def span(r, c0, c1, text, **kw):
        cell = t.cell(r, c0)
        if c1 > c0:
            cell = cell.merge(t.cell(r, c1))
        kit.docx_cell_text(cell, text, size=sz, **kw)
        return cell

    span(0, 0, 1, "项目名称")
    span(0, 2, 7, f["name"], align="left")
    span(1, 0, 1, "主管部门")
    span(1, 2, 3, f["dept"], align="left")
    span(1, 4, 4, "实施单位")
    span(1, 5, 7, f["unit"], align="left")
    span(2, 0, 1, "项目资金（万元）")
    holder = span(2, 2, 7, "")
    inner = holder.add_table(rows=len(f["money"]), cols=6)
    kit.docx_borders(inner, sz=2)
    for i, r in enumerate(f["money"]):
        for j, x in enumerate(r):
            kit.docx_cell_text(inner.cell(i, j), x, size=sz, bold=(i == 0), align="left" if j == 0 else "center")
    # remove the empty first paragraph before the nested table so the cell starts with the table
    first_p = holder.paragraphs[0]._p
    if not first_p.xpath("./w:r") and first_p.getnext() is not None:
        first_p.getparent().remove(first_p)
    span(3, 0, 0, "年度总体目标")
    span(3, 1, 3, "预期目标：" + f["goal"], align="left")
    span(3, 4, 7, "实际完成情况：" + f["done"], align="left")
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, x in enumerate(hdr):
        kit.docx_cell_text(t.cell(4, j), x, size=sz, bold=True)
    for i, r in enumerate(rows):
        for j in range(2, 8):
            kit.docx_cell_text(t.cell(5 + i, j), r[j], size=sz, align="left" if j in (2, 7) else "center")
    for col in (0, 1):
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][:col + 1] == rows[i][:col + 1]:
                k += 1
            top = t.cell(5 + i, col)
            if k > i:
                top = top.merge(t.cell(5 + k, col))
            kit.docx_cell_text(top, rows[i][col], size=sz)
            i = k + 1
    r_tot = 5 + len(rows)
    span(r_tot, 0, 4, "总分")
    span(r_tot, 5, 5, f["total"][1], bold=True)
    span(r_tot, 6, 6, f["total"][2], bold=True)
    span(r_tot, 7, 7, "自评等级：" + f["grade"])
    span(r_tot + 1, 0, 7, "填报单位（盖章）：%s　　填报日期：2025年2月28日" % f["unit"], align="left")


def render(M, path):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_BREAK
    d = kit.docx_new()
    for kind, v in M["blocks"]:
        if kind == "title":
            kit.docx_par(d, v, east="方正小标宋简体", size=20, align="center")
        elif kind == "sub":
            kit.docx_par(d, v, east="楷体_GB2312", size=16, align="center")
        elif kind == "h":
            kit.docx_par(d, v, east="黑体", size=16)
        elif kind == "p":
            kit.docx_par(d, v, size=16)
        elif kind == "caption":
            kit.docx_par(d, v, east="黑体", size=12, align="center")
        elif kind == "sign":
            kit.docx_par(d, v, size=16, align="right")
        elif kind == "t1":
            t = d.add_table(rows=0, cols=8)
            kit.docx_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            cells = t.add_row().cells
            for c, x in zip(cells, ["项目名称", "债券额度", "发行时间", "期限（年）", "票面利率", "当年支出",
                                    "支出进度", "年付息"]):
                kit.docx_cell_text(c, x, size=9, bold=True)
            for r in v:
                cells = t.add_row().cells
                for j, (c, x) in enumerate(zip(cells, r)):
                    kit.docx_cell_text(c, x, size=9, bold=(r[0] == "合计"), align="left" if j == 0 else "center")
        elif kind == "form":
            brk = d.add_paragraph().add_run()
            brk.add_break(WD_BREAK.PAGE)
            _form(d, v)
    kit.docx_stabilise(d, M["title"], "邛崖县财政局")
    d.save(path)
    kit.docx_rezip(path)


def views(path):
    lines, tables = kit.docx_read(path)
    rows = []
    for depth, tb in tables:
        for r in tb:
            rows.append(" | ".join("" if c is None else c for c in r))
    return {"lines": "\n".join(lines), "rows": "\n".join(rows)}, tables


def roundtrip(M, tables, L):
    outer = [tb for d, tb in tables if d == 0]
    inner = [tb for d, tb in tables if d == 1]
    L.truth("one inner table per form", len(inner) == len(M["forms"]) == 3, str(len(inner)))
    L.truth("表1 read back", outer[0][1:] == M["t1"], "")
    for k, f in enumerate(M["forms"]):
        L.truth("附件%d nested money table read back" % (k + 1), inner[k] == f["money"], str(inner[k][:2]))
        o = outer[k + 1]
        L.truth("附件%d money cell of outer table is empty text (figures only in the nested table)" % (k + 1),
                o[2] == ["项目资金（万元）", ""], str(o[2]))
        body = o[5:5 + len(f["rows"])]
        prev = [None, None]
        ok = True
        cont = 0
        for got, want in zip(body, f["rows"]):
            got = list(got)
            for c in (0, 1):
                if got[c] is None:
                    got[c] = prev[c]
                    cont += 1
            prev = got[:2]
            ok = ok and got == want
        L.truth("附件%d indicator rows read back (vMerge filled down)" % (k + 1), ok and cont >= 6, str(cont))
        L.truth("附件%d total row" % (k + 1), o[5 + len(f["rows"])][:3] == f["total"], str(o[5 + len(f["rows"])]))


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build() if model is None else (model, None)
    path = os.path.join(out_dir, DOCX)
    render(M, path)
    if not ledger:
        return path
    V, tables = views(path)
    roundtrip(M, tables, L)
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    import re
    L.truth("nested w:tbl inside w:tc", len(re.findall(r"<w:tc>(?:(?!</w:tc>).)*?<w:tbl>", xml, re.S)) >= 3, "")
    kit.finish(L, V, "lines", os.path.join(out_dir, NAME + ".ledger.json"), V["lines"])
    return path


if __name__ == "__main__":
    main()
