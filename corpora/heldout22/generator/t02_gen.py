"""t02 -- 山东省沂棠县石湍镇财政所 2024年度惠民惠农财政补贴资金发放情况汇总公示
(.txt, UTF-8 without BOM, LF; tables aligned with FULL-WIDTH spaces U+3000, amounts in 元,
prose restates totals in 万元 without decimals and without separators, e.g. “约2622万元”)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, fmt, fint, pct, grow, rnd, val, txt_view, SETDIR  # noqa: E402

NAME = "t02_shituan_town_benefit_payment_summary_2024"
Y = lambda x: fmt(x)            # 元, 2 decimals, separators
WY = lambda x: "%d" % rnd(DEC(x) / 10000, 0)   # 万元, no decimals, no separators


def width(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def line(cells, widths, right):
    out = []
    for i, (c, w) in enumerate(zip(cells, widths)):
        gap = w - width(c)
        pad = "\u3000" * (gap // 2) + (" " if gap % 2 else "")
        out.append(pad + c if right[i] else c + pad)
    return "\u3000\u3000".join(out).rstrip()


def table(rows, right):
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [line(r, widths, right) for r in rows]


def build():
    A = Audit(NAME + ".txt")
    # base inputs: (group, item, 对象口径, 人(户)次, 标准 text, 标准 value or None, amount or None)
    items = [
        ("养老保障类", "城乡居民基础养老金", "81,624人次", "81624", "173元/人·月", "173", None),
        ("养老保障类", "高龄津贴（80—89周岁）", "9,840人次", "9840", "100元/人·月", "100", None),
        ("养老保障类", "高龄津贴（90—99周岁）", "1,152人次", "1152", "200元/人·月", "200", None),
        ("养老保障类", "高龄津贴（100周岁以上）", "24人次", "24", "500元/人·月", "500", None),
        ("社会救助类", "农村最低生活保障金", "8,714人次", "8714", "按差额补助", None, DEC("3562480.00")),
        ("社会救助类", "特困人员基本生活费", "1,536人次", "1536", "720元/人·月", "720", None),
        ("残疾人补贴类", "困难残疾人生活补贴", "3,186人次", "3186", "90元/人·月", "90", None),
        ("残疾人补贴类", "重度残疾人护理补贴", "5,412人次", "5412", "100元/人·月", "100", None),
        ("农业补贴类", "耕地地力保护补贴", "48,652.36亩", "48652.36", "112.50元/亩", "112.50", None),
        ("计划生育类", "农村计划生育家庭奖励扶助金", "1,046人", "1046", "960元/人·年", "960", None),
    ]
    amt = {}
    for g, n, cnt, c, st, sv, a in items:
        amt[n] = a if a is not None else rnd(DEC(c) * DEC(sv), 2)
    groups = []
    for g, *_ in items:
        if g not in groups:
            groups.append(g)
    gsum = {g: sum(amt[n] for gg, n, *_ in items if gg == g) for g in groups}
    total = sum(gsum.values())
    prev = {"养老保障类": DEC("15104208.00"), "社会救助类": DEC("4736610.00"), "残疾人补贴类": DEC("812430.00"),
            "农业补贴类": rnd(DEC("49495.30") * DEC("112.50"), 2), "计划生育类": DEC("960000.00")}
    ptotal = sum(prev.values())
    src = [("中央财政", DEC("12836420.00")), ("省级财政", DEC("4215600.00")), ("市级财政", DEC("1580000.00"))]
    src.append(("县级财政", total - sum(v for _, v in src)))
    s = {"total": Y(total), "ptotal": Y(ptotal), "wan": WY(total), "pwan": WY(ptotal),
         "tg": fmt(grow(total, ptotal)), "td": Y(total - ptotal)}
    for k, v in s.items():
        A.fact(k, v)
    shares = [fmt(pct(v, total)) for _, v in src]
    share_sum = sum(val(x) for x in shares)
    A.fact("source_share_sum", str(share_sum))

    L = []
    T = L.append
    T("石湍镇2024年度惠民惠农财政补贴资金发放情况汇总公示")
    T("")
    T("沂棠县石湍镇财政所　　　　　　　　　　　　　　　　　　2025年1月10日")
    T("")
    T("　　根据《山东省惠民惠农财政补贴资金“一卡通”管理办法》和县财政局、县民政局等部门关于补贴资金公开公示的要求，"
      "现将石湍镇2024年1月至12月通过社会保障卡（惠民惠农“一卡通”）发放的各类补贴资金情况汇总公示如下。本公示为全年汇总数，"
      "逐人逐户发放明细（花名册）已在各村村务公开栏张贴，并可在镇便民服务中心查阅。")
    T("")
    T("一、总体情况")
    T("")
    T("　　2024年全镇通过“一卡通”共发放10项惠民惠农补贴资金%s元（约%s万元），比2023年的%s元（约%s万元）增加%s元，"
      "增长%s%%。增长的主要原因是基础养老金月标准提高和高龄老人增加，抵减了耕地地力保护补贴面积核减、农村低保对象动态调整后人数减少的影响。"
      % (s["total"], s["wan"], s["ptotal"], s["pwan"], s["td"].lstrip("-"), s["tg"].lstrip("-")))
    A.adds_up("总额=各类", s["total"], [Y(v) for v in gsum.values()], anchors=["共发放10项惠民惠农补贴资金%s元" % s["total"]])
    A.times("万元约数", s["wan"], [s["total"]], scale="0.0001", anchors=["%s元（约%s万元）" % (s["total"], s["wan"])])
    A.times("上年万元约数", s["pwan"], [s["ptotal"]], scale="0.0001", anchors=["%s元（约%s万元）" % (s["ptotal"], s["pwan"])])
    A.delta("比上年增加", s["td"], s["total"], s["ptotal"], "增加", anchors=["增加%s元" % s["td"]])
    A.growth("比上年增长", s["tg"], s["total"], s["ptotal"], "增长", anchors=["增长%s%%" % s["tg"]])
    T("　　按补贴类别分：%s。" % "；".join("%s%s元（约%s万元），占%s%%" % (g, Y(gsum[g]), WY(gsum[g]), fmt(pct(gsum[g], total)))
                                     for g in groups))
    gsh = [fmt(pct(gsum[g], total)) for g in groups]
    for g, sh in zip(groups, gsh):
        A.ratio("类别占比 " + g, sh, Y(gsum[g]), s["total"], anchors=["%s%s元（约%s万元），占%s%%" % (g, Y(gsum[g]), WY(gsum[g]), sh)])
        A.times("类别万元约数 " + g, WY(gsum[g]), [Y(gsum[g])], scale="0.0001")
    A.holds("类别占比合计100", sum(val(x) for x in gsh) == 100, "+".join(gsh))
    T("")
    T("二、分项目发放情况")
    T("")
    T("　　表1　2024年惠民惠农补贴资金分项目发放汇总表")
    T("　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元")
    rows = [["类别", "项目", "发放数量", "补贴标准", "发放金额"], ["合计", "10项", "—", "—", s["total"]]]
    for g in groups:
        rows.append([g, "小计", "—", "—", Y(gsum[g])])
        for gg, n, cnt, c, st, sv, a in items:
            if gg == g:
                rows.append(["", n, cnt, st, Y(amt[n])])
    for r in rows:
        for i, c in enumerate(r):
            if c == "":
                r[i] = "　"
    L.extend(table(rows, [False, False, True, True, True]))
    T("　　注：“合计”行列于表首；各类别“小计”行为本类别所列项目之和，合计为5个小计之和，不能将小计与项目金额重复相加。"
      "“发放数量”为全年累计发放人次（按月发放的项目每人每月计1人次）或面积，不是年末在册人数。")
    A.adds_up("表1 合计", s["total"], [Y(gsum[g]) for g in groups], anchors=[("rows", "合计|10项|—|—|%s" % s["total"])])
    for g in groups:
        ns = [n for gg, n, *_ in items if gg == g]
        A.adds_up("表1 小计 " + g, Y(gsum[g]), [Y(amt[n]) for n in ns], anchors=[("rows", "%s|小计|—|—|%s" % (g, Y(gsum[g])))])
    for gg, n, cnt, c, st, sv, a in items:
        A.seen("表1 行 " + n, ("rows", "%s|%s|%s|%s" % (n, cnt, st, Y(amt[n]))))
        if sv is not None:
            A.times("金额=数量×标准 " + n, Y(amt[n]), [cnt.rstrip("人次亩"), sv],
                    anchors=[("rows", "%s|%s|%s|%s" % (n, cnt, st, Y(amt[n])))])
    A.fact("items", {n: Y(amt[n]) for n in amt})
    T("")
    T("三、主要项目说明")
    T("")
    old_people, old_avg = 6842, None
    T("　　（一）城乡居民基础养老金。年末全镇领取基础养老金的60周岁以上城乡居民6,842人，全年累计发放81,624人次。"
      "基础养老金月标准为173元，其中国家基础养老金标准和省级提高部分由上级财政负担，县级增发部分由县财政负担。"
      "年度内因死亡、转移等原因停发的，从次月起停止发放；新增领取人员从符合条件的次月起发放，因此全年人次数不等于年末人数乘以12。")
    A.holds("人次<=年末人数×12（有进出）", 81624 <= 6842 * 12, "81,624 <= 6,842*12", anchors=["全年累计发放81,624人次"])
    T("　　（二）高龄津贴。2024年按80—89周岁每人每月100元、90—99周岁每人每月200元、100周岁以上每人每月500元的标准发放，"
      "三个年龄段合计%s人次、%s元。享受高龄津贴的老年人同时领取基础养老金，两项补贴对象存在重叠，人数不能相加。"
      % (fint(9840 + 1152 + 24), Y(amt["高龄津贴（80—89周岁）"] + amt["高龄津贴（90—99周岁）"] + amt["高龄津贴（100周岁以上）"])))
    A.adds_up("高龄人次", fint(9840 + 1152 + 24), ["9,840", "1,152", "24"], anchors=["三个年龄段合计%s人次" % fint(11016)])
    A.adds_up("高龄金额", Y(DEC("1226400.00")), [Y(amt["高龄津贴（80—89周岁）"]), Y(amt["高龄津贴（90—99周岁）"]),
                                              Y(amt["高龄津贴（100周岁以上）"])], anchors=["人次、%s元" % Y(DEC("1226400.00"))])
    db = amt["农村最低生活保障金"]
    avg = rnd(db / DEC(8714), 2)
    T("　　（三）农村最低生活保障金。全镇年末在册农村低保对象412户736人，全年累计保障8,714人次，发放低保金%s元，"
      "月人均补助%s元（发放金额÷累计人次）。农村低保标准为每人每年7,440元（每人每月620元），低保金按家庭人均收入与保障标准的差额发放，"
      "因此月人均补助低于月保障标准。" % (Y(db), fmt(avg)))
    A.per("低保月人均", fmt(avg), Y(db), "8,714", anchors=["月人均补助%s元" % fmt(avg)])
    A.times("低保年标准", "7,440", ["620", "12"], anchors=["每人每年7,440元（每人每月620元）"])
    A.not_above("月人均<=月标准", fmt(avg), "620")
    T("　　（四）特困人员基本生活费。分散供养特困人员128人，按每人每月720元发放，全年1,536人次，发放%s元；"
      "集中供养特困人员由县社会福利中心统一供养，其费用不在本公示范围内。" % Y(amt["特困人员基本生活费"]))
    A.times("特困 128×12", "1,536", ["128", "12"], anchors=["分散供养特困人员128人", "全年1,536人次"])
    T("　　（五）残疾人两项补贴。困难残疾人生活补贴按每人每月90元、重度残疾人护理补贴按每人每月100元发放，全年分别发放%s元和%s元。"
      "同时符合两项补贴条件的残疾人可以同时享受，两项人次存在重叠。" % (Y(amt["困难残疾人生活补贴"]), Y(amt["重度残疾人护理补贴"])))
    gd = amt["耕地地力保护补贴"]
    T("　　（六）耕地地力保护补贴。2024年补贴面积48,652.36亩，比上年49,495.30亩减少842.94亩，补贴标准每亩112.50元（上年每亩112.50元，"
      "标准不变），涉及农户5,326户，发放补贴资金%s元，户均%s元。面积核减主要是部分耕地转为建设用地、"
      "撂荒地和长期非农使用的耕地不再纳入补贴范围。" % (Y(gd), fmt(rnd(gd / 5326, 2))))
    A.delta("面积减少", "842.94", "48,652.36", "49,495.30", "减少", anchors=["比上年49,495.30亩减少842.94亩"])
    A.per("户均耕地补贴", fmt(rnd(gd / 5326, 2)), Y(gd), "5,326", anchors=["户均%s元" % fmt(rnd(gd / 5326, 2))])
    A.times("上年耕地补贴=上年面积×标准", Y(prev["农业补贴类"]), ["49,495.30", "112.50"])
    T("　　（七）农村计划生育家庭奖励扶助金。符合条件的1,046人按每人每年960元标准一次性发放，共%s元。"
      % Y(amt["农村计划生育家庭奖励扶助金"]))
    T("")
    T("四、资金来源")
    T("")
    T("　　表2　2024年惠民惠农补贴资金来源表")
    T("　　　　　　　　　　　　　　　　　　　　　　　　　单位：元")
    rows2 = [["资金来源", "金额", "占比"]] + [[n, Y(v), fmt(pct(v, total)) + "%"] for n, v in src] + \
        [["合计", s["total"], "100.00%"]]
    L.extend(table(rows2, [False, True, True]))
    T("　　注：各级占比按四舍五入保留两位小数，合计%s%%，与100.00%%的差额为尾差。" % fmt(share_sum))
    A.adds_up("表2 来源", s["total"], [Y(v) for _, v in src], anchors=[("rows", "合计|%s|100.00%%" % s["total"])])
    for (n, v), sh in zip(src, shares):
        A.ratio("来源占比 " + n, sh, Y(v), s["total"], anchors=[("rows", "%s|%s|%s%%" % (n, Y(v), sh))])
    A.holds("来源占比尾差不超过0.02", abs(share_sum - 100) <= DEC("0.02"), str(share_sum))
    T("　　以上资金均已由县财政局直接拨付至代发银行，通过社会保障卡发放到人到户，镇财政所不设过渡账户，不截留、不挪用。")
    T("")
    T("五、与上年对比")
    T("")
    T("　　表3　各类补贴资金与上年对比表")
    T("　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元")
    rows3 = [["类别", "2024年", "2023年", "增减额", "增减率"]]
    for g in groups:
        d = gsum[g] - prev[g]
        rows3.append([g, Y(gsum[g]), Y(prev[g]), Y(d), fmt(grow(gsum[g], prev[g])) + "%"])
        A.delta("表3 增减额 " + g, Y(d), Y(gsum[g]), Y(prev[g]))
        A.growth("表3 增减率 " + g, fmt(grow(gsum[g], prev[g])), Y(gsum[g]), Y(prev[g]),
                 anchors=[("rows", "|".join(rows3[-1]))])
    rows3.append(["合计", s["total"], s["ptotal"], Y(total - ptotal), s["tg"] + "%"])
    A.adds_up("表3 上年合计", s["ptotal"], [Y(v) for v in prev.values()], anchors=[("rows", "|".join(rows3[-1]))])
    L.extend(table(rows3, [False, True, True, True, True]))
    T("　　注：增减额、增减率中负数表示减少。社会救助类减少主要是低保对象动态退出；养老保障类增加主要是基础养老金月标准提高"
      "和高龄老人增加；计划生育类增加主要是符合条件的人数由1,000人增加到1,046人。")
    up_old = gsum["养老保障类"] > prev["养老保障类"]
    A.holds("养老类增加", up_old, "")
    A.holds("救助类减少", gsum["社会救助类"] < prev["社会救助类"], "")
    A.times("上年计生 1000×960", Y(prev["计划生育类"]), ["1,000", "960"], anchors=["由1,000人增加到1,046人"])
    T("")
    T("六、发放管理和监督")
    T("")
    T("　　（一）严格审核。各项补贴对象由村（居）民委员会初审、镇相关业务办公室审核、县主管部门审批，经公示无异议后纳入发放名册。"
      "镇财政所依据主管部门审批的名册与社会保障卡信息逐一比对，对身份信息不符、账户异常的，退回主管部门核实。")
    T("　　（二）按时发放。按月发放的项目于每月10日前拨付到卡，按年发放的项目于规定时限内一次性发放。全年因账户冻结、"
      "卡片注销等原因发放失败的资金已全部重新核对账户后补发，发放金额已包含在上述汇总数中。")
    T("　　（三）动态管理。镇民政办、镇农业农村服务中心与县民政局、县医保局、县公安局等部门定期比对死亡、服刑、"
      "财政供养等信息，全年停发不符合条件人员补贴23人，追回多发资金4,620.00元，已缴回县财政。")
    T("　　（四）接受监督。群众对本公示内容有异议的，可在公示期内向镇财政所或县财政局反映。公示期自2025年1月10日至2025年1月16日，共7天。")
    T("")
    T("七、花名册查阅和2025年工作安排")
    T("")
    T("　　（一）花名册查阅。各村（居）委会已将本村各项补贴的逐户发放花名册在村务公开栏张贴，花名册载明户主姓名、补贴项目、"
      "发放数量、补贴标准和发放金额，身份证号码、社会保障卡号和联系电话已作脱敏处理。群众也可持本人身份证到镇便民服务中心"
      "财政窗口查询本户全年到账明细。")
    T("　　（二）2025年工作安排。一是继续推进补贴资金“一卡通”规范管理，做到政策、对象、标准、金额“四公开”；"
      "二是配合县财政局开展补贴资金发放情况专项检查，重点核查冒领、重复领取和“人卡分离”问题；三是加强与民政、农业农村、"
      "残联、卫生健康等部门的数据共享，对补贴对象实行动态管理，做到应发尽发、应退尽退；四是在每季度结束后10日内公示"
      "上季度发放情况，年度结束后公示全年汇总情况，主动接受群众和社会监督。")
    T("")
    T("　　监督电话：石湍镇财政所　0539-7236158；沂棠县财政局　0539-7201245")
    T("")
    T("　　　　　　　　　　　　　　　　　　　　　　　　　　　　　沂棠县石湍镇财政所")
    T("　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2025年1月10日")
    T("")
    A.dated("公示日期晚于2024年末", (2025, 1, 10), (2024, 12, 31), anchors=["2025年1月10日至2025年1月16日，共7天"])
    return L, A


def render(L, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main(outdir=SETDIR, model=None, audit=None):
    if model is None:
        model, audit = build()
    path = os.path.join(outdir, NAME + ".txt")
    render(model, path)
    if audit is not None:
        v = txt_view(path)
        audit.holds("full-width alignment present", "\u3000\u3000" in v["raw"], "")
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
