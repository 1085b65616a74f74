"""t05 -- 云南省滇沔市医疗保障局 2024年全市医疗保障基金运行情况 (WeChat-article style .txt:
【】 section heads, ①②③ items, ▲/▼ markers before growth figures, 亿元 / 万人 / 个百分点 / 同比,
no tables at all, a 导读 box that restates figures given again in the body)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, fmt, fint, pct, grow, rnd, val, txt_view, SETDIR  # noqa

NAME = "t05_dianmian_medical_insurance_fund_bulletin_2024"


def g2(new, old):
    return fmt(abs(grow(new, old)))


def build():
    A = Audit(NAME + ".txt")
    L = []
    T = L.append
    D = DEC
    # base inputs
    zg = dict(ins=D("68.42"), ins0=D("67.15"), inc=D("32.65"), inc0=D("31.02"), out=D("28.74"), out0=D("27.36"), bal0=D("37.37"))
    jm = dict(ins=D("412.36"), ins0=D("418.92"), inc=D("45.86"), inc0=D("44.20"), out=D("43.12"), out0=D("41.05"), bal0=D("20.86"))
    pop = D("500.20")
    for x in (zg, jm):
        x["net"] = x["inc"] - x["out"]
        x["bal"] = x["bal0"] + x["net"]
    ins = zg["ins"] + jm["ins"]
    ins0 = zg["ins0"] + jm["ins0"]
    inc = zg["inc"] + jm["inc"]
    out = zg["out"] + jm["out"]
    inc0 = zg["inc0"] + jm["inc0"]
    out0 = zg["out0"] + jm["out0"]
    bal = zg["bal"] + jm["bal"]
    cov = pct(ins, pop)
    months_zg = rnd(zg["bal"] / (zg["out"] / 12), 1)
    f = fmt
    s = dict(ins=f(ins), inc=f(inc), out=f(out), bal=f(bal), cov=f(cov), inc_g=g2(inc, inc0), out_g=g2(out, out0),
             zins=f(zg["ins"]), jins=f(jm["ins"]), zinc=f(zg["inc"]), jinc=f(jm["inc"]), zout=f(zg["out"]), jout=f(jm["out"]))
    for k, v in s.items():
        A.fact(k, v)

    T("2024年滇沔市医疗保障基金运行情况通报")
    T("")
    T("滇沔医保　2025-02-26 09:30　云南")
    T("")
    T("【导读】")
    T("◆全市基本医疗保险参保%s万人，参保率%s%%" % (s["ins"], s["cov"]))
    T("◆基金总收入%s亿元，总支出%s亿元" % (s["inc"], s["out"]))
    T("◆职工医保基金收入%s亿元，居民医保基金收入%s亿元" % (s["zinc"], s["jinc"]))
    T("◆DRG付费覆盖%s家定点医疗机构" % "86")
    T("")
    A.adds_up("参保总数", s["ins"], [s["zins"], s["jins"]], anchors=["参保%s万人，参保率%s%%" % (s["ins"], s["cov"])])
    A.ratio("参保率", s["cov"], s["ins"], f(pop), anchors=["常住人口%s万人" % f(pop)])
    A.adds_up("总收入", s["inc"], [s["zinc"], s["jinc"]], anchors=["基金总收入%s亿元，总支出%s亿元" % (s["inc"], s["out"])])
    A.adds_up("总支出", s["out"], [s["zout"], s["jout"]])
    T("2024年，全市医疗保障系统坚持以人民健康为中心，持续深化医保支付方式改革，稳步推进职工医保门诊共济保障机制改革，"
      "严厉打击欺诈骗保行为，医保基金运行总体平稳、收支平衡、略有结余。现将全年基金运行情况通报如下。")
    T("")
    T("【一、参保情况】")
    T("")
    T("截至2024年12月底，全市基本医疗保险参保%s万人，按全市常住人口%s万人计算，参保率%s%%，比上年末的%s万人（职工%s万人、居民%s万人）减少%s万人。"
      % (s["ins"], f(pop), s["cov"], f(ins0), f(zg["ins0"]), f(jm["ins0"]), f(ins0 - ins)))
    A.delta("参保 减少", f(ins0 - ins), s["ins"], f(ins0), "减少", anchors=["减少%s万人" % f(ins0 - ins)])
    A.adds_up("上年参保", f(ins0), [f(zg["ins0"]), f(jm["ins0"])])
    T("①职工基本医疗保险参保%s万人，同比增长%s%%，其中在职职工%s万人、退休人员%s万人，在职退休比为%s∶1。"
      % (s["zins"], g2(zg["ins"], zg["ins0"]), "51.87", f(zg["ins"] - D("51.87")), f(D("51.87") / (zg["ins"] - D("51.87")))))
    A.growth("职工参保 增长", g2(zg["ins"], zg["ins0"]), s["zins"], f(zg["ins0"]), "增长",
             anchors=["职工基本医疗保险参保%s万人，同比增长%s%%" % (s["zins"], g2(zg["ins"], zg["ins0"]))])
    A.adds_up("职工=在职+退休", s["zins"], ["51.87", f(zg["ins"] - D("51.87"))], anchors=["其中在职职工51.87万人、退休人员%s万人" % f(zg["ins"] - D("51.87"))])
    A.per("在职退休比", f(D("51.87") / (zg["ins"] - D("51.87"))), "51.87", f(zg["ins"] - D("51.87")))
    T("②城乡居民基本医疗保险参保%s万人，同比下降%s%%。居民参保人数下降，主要是部分灵活就业人员由居民医保转为参加职工医保，"
      "以及外出务工人员在就业地参保。" % (s["jins"], g2(jm["ins"], jm["ins0"])))
    A.growth("居民参保 下降", g2(jm["ins"], jm["ins0"]), s["jins"], f(jm["ins0"]), "下降",
             anchors=["城乡居民基本医疗保险参保%s万人，同比下降%s%%" % (s["jins"], g2(jm["ins"], jm["ins0"]))])
    T("③全市脱贫人口和防止返贫监测对象参保%s万人，参保率持续稳定在99%%以上，医疗救助资助参保%s万人，资助资金%s万元。"
      % ("41.26", "18.34", fint(6326)))
    T("")
    T("【二、基金收支情况】")
    T("")
    T("2024年全市基本医疗保险基金总收入%s亿元，同比增长%s%%；总支出%s亿元，同比增长%s%%；当期结余%s亿元；"
      "年末累计结存%s亿元。上年同期基金总收入%s亿元、总支出%s亿元。" % (s["inc"], s["inc_g"], s["out"], s["out_g"], f(inc - out), s["bal"], f(inc0), f(out0)))
    A.growth("总收入 增长", s["inc_g"], s["inc"], f(inc0), "增长", anchors=["总收入%s亿元，同比增长%s%%" % (s["inc"], s["inc_g"])])
    A.growth("总支出 增长", s["out_g"], s["out"], f(out0), "增长", anchors=["总支出%s亿元，同比增长%s%%" % (s["out"], s["out_g"])])
    A.delta("当期结余", f(inc - out), s["inc"], s["out"], anchors=["当期结余%s亿元" % f(inc - out)])
    A.adds_up("累计结存", s["bal"], [f(zg["bal"]), f(jm["bal"])], anchors=["年末累计结存%s亿元" % s["bal"]])
    T("①职工医保：基金收入%s亿元（上年%s亿元），▲同比增长%s%%；基金支出%s亿元（上年%s亿元），▲同比增长%s%%；"
      "当期结余%s亿元，年末累计结存%s亿元（其中统筹基金%s亿元、个人账户%s亿元），统筹基金累计结存可支付%s个月。"
      % (s["zinc"], f(zg["inc0"]), g2(zg["inc"], zg["inc0"]), s["zout"], f(zg["out0"]), g2(zg["out"], zg["out0"]),
         f(zg["net"]), f(zg["bal"]), "26.84", f(zg["bal"] - D("26.84")), fmt(D("26.84") / (D("21.52") / 12), 1)))
    A.growth("职工收入 增长", g2(zg["inc"], zg["inc0"]), s["zinc"], f(zg["inc0"]), "增长",
             anchors=["基金收入%s亿元（上年%s亿元），▲同比增长%s%%" % (s["zinc"], f(zg["inc0"]), g2(zg["inc"], zg["inc0"]))])
    A.growth("职工支出 增长", g2(zg["out"], zg["out0"]), s["zout"], f(zg["out0"]), "增长",
             anchors=["基金支出%s亿元（上年%s亿元），▲同比增长%s%%" % (s["zout"], f(zg["out0"]), g2(zg["out"], zg["out0"]))])
    A.delta("职工当期结余", f(zg["net"]), s["zinc"], s["zout"], anchors=["当期结余%s亿元，年末累计结存%s亿元" % (f(zg["net"]), f(zg["bal"]))])
    A.signed("职工累计结存=上年+当期", f(zg["bal"]), [(1, f(zg["bal0"])), (1, f(zg["net"]))])
    A.adds_up("职工结存=统筹+个账", f(zg["bal"]), ["26.84", f(zg["bal"] - D("26.84"))])
    A.fact("zg_pool_months", fmt(D("26.84") / (D("21.52") / 12), 1))
    T("职工医保基金支出中，统筹基金支出%s亿元、个人账户支出%s亿元。统筹基金可支付月数按统筹基金累计结存除以统筹基金月均支出计算，"
      "与职工医保基金（含个人账户）的整体结存口径不同。职工医保和居民医保上年末累计结存分别为%s亿元和%s亿元。"
      % ("21.52", f(zg["out"] - D("21.52")), f(zg["bal0"]), f(jm["bal0"])))
    A.adds_up("职工支出=统筹+个账", s["zout"], ["21.52", f(zg["out"] - D("21.52"))],
              anchors=["统筹基金支出21.52亿元、个人账户支出%s亿元" % f(zg["out"] - D("21.52"))])
    A.per("统筹可支付月数", fmt(D("26.84") / (D("21.52") / 12), 1), "26.84", "21.52", scale=12,
          anchors=["统筹基金累计结存可支付%s个月" % fmt(D("26.84") / (D("21.52") / 12), 1)])
    T("②居民医保：基金收入%s亿元（上年%s亿元），▲同比增长%s%%；基金支出%s亿元（上年%s亿元），▲同比增长%s%%；"
      "当期结余%s亿元，年末累计结存%s亿元。居民医保个人缴费标准由每人每年380元提高到400元，提高20元，"
      "各级财政补助标准由每人每年640元提高到670元。"
      % (s["jinc"], f(jm["inc0"]), g2(jm["inc"], jm["inc0"]), s["jout"], f(jm["out0"]), g2(jm["out"], jm["out0"]),
         f(jm["net"]), f(jm["bal"])))
    A.growth("居民收入 增长", g2(jm["inc"], jm["inc0"]), s["jinc"], f(jm["inc0"]), "增长",
             anchors=["基金收入%s亿元（上年%s亿元），▲同比增长%s%%" % (s["jinc"], f(jm["inc0"]), g2(jm["inc"], jm["inc0"]))])
    A.growth("居民支出 增长", g2(jm["out"], jm["out0"]), s["jout"], f(jm["out0"]), "增长")
    A.delta("居民当期结余", f(jm["net"]), s["jinc"], s["jout"])
    A.signed("居民累计结存", f(jm["bal"]), [(1, f(jm["bal0"])), (1, f(jm["net"]))])
    A.delta("缴费提高20", "20", "400", "380", "提高", anchors=["由每人每年380元提高到400元，提高20元"])
    T("")
    T("【三、待遇保障情况】")
    T("")
    zr, zr0, jr, jr0 = D("84.36"), D("83.52"), D("70.18"), D("70.95")
    T("①住院待遇。全年职工医保住院%s万人次，政策范围内住院费用基金支付比例%s%%，比上年的%s%%提高%s个百分点；"
      "居民医保住院%s万人次，政策范围内住院费用基金支付比例%s%%，比上年的%s%%下降%s个百分点，主要是县域外转诊住院占比上升、"
      "报销比例较低的市外就医费用增加。" % ("12.48", f(zr), f(zr0), f(zr - zr0), "49.36", f(jr), f(jr0), f(jr0 - jr)))
    A.delta("职工支付比例 提高", f(zr - zr0), f(zr), f(zr0), "提高", anchors=["比上年的%s%%提高%s个百分点" % (f(zr0), f(zr - zr0))])
    A.delta("居民支付比例 下降", f(jr0 - jr), f(jr), f(jr0), "下降", anchors=["比上年的%s%%下降%s个百分点" % (f(jr0), f(jr0 - jr))])
    T("②大病保险和医疗救助。全年大病保险赔付%s万人次、%s亿元；医疗救助%s万人次、%s亿元。经基本医保、大病保险和医疗救助"
      "三重制度综合保障后，脱贫人口和监测对象住院费用政策范围内报销比例达到%s%%。" % ("6.82", "3.15", "28.46", "2.37", "90.12"))
    T("③慢特病保障。全市门诊慢特病待遇认定%s万人，其中高血压、糖尿病（简称“两病”）患者%s万人，门诊慢特病基金支出%s亿元。"
      % ("32.64", "24.18", "4.06"))
    A.not_above("两病<=慢特病", "24.18", "32.64", anchors=["全市门诊慢特病待遇认定32.64万人，其中高血压"])
    T("")
    T("【四、DRG支付方式改革】")
    T("")
    drg, allc = D("52.36"), D("61.84")
    cost, cost0 = 7386, 7812
    T("全市%s家开展住院服务的定点医疗机构全部纳入DRG付费，分组方案共%s个病组。全年按DRG结算病例%s万例，占全市医保住院病例%s万例的%s%%。"
      "DRG付费医疗机构次均住院费用%s元，比上年%s元减少%s元，▼同比下降%s%%；平均住院日%s天，比上年%s天缩短%s天。"
      % ("86", "628", f(drg), f(allc), f(pct(drg, allc)), fint(cost), fint(cost0), fint(cost0 - cost), g2(cost, cost0),
         "7.6", "8.1", "0.5"))
    A.adds_up("住院病例=职工+居民", f(allc), ["12.48", "49.36"])
    A.ratio("DRG病例占比", f(pct(drg, allc)), f(drg), f(allc), anchors=["占全市医保住院病例%s万例的%s%%" % (f(allc), f(pct(drg, allc)))])
    A.delta("次均减少", fint(cost0 - cost), fint(cost), fint(cost0), "减少", anchors=["比上年%s元减少%s元" % (fint(cost0), fint(cost0 - cost))])
    A.growth("次均下降", g2(cost, cost0), fint(cost), fint(cost0), "下降", anchors=["▼同比下降%s%%" % g2(cost, cost0)])
    A.delta("住院日缩短", "0.5", "8.1", "7.6", anchors=["比上年8.1天缩短0.5天"])
    T("DRG结算病例中，高倍率病例%s万例、低倍率病例%s万例，分别占%s%%和%s%%，特病单议病例%s例。全年DRG结算清算后，"
      "医疗机构结余留用%s万元，超支分担%s万元。" % ("1.36", "2.58", f(pct(D("1.36"), drg)), f(pct(D("2.58"), drg)), fint(1248),
                                          fint(8642), fint(2315)))
    A.ratio("高倍率占比", f(pct(D("1.36"), drg)), "1.36", f(drg))
    A.ratio("低倍率占比", f(pct(D("2.58"), drg)), "2.58", f(drg))
    T("")
    T("【五、职工医保门诊共济保障】")
    T("")
    T("2024年职工医保普通门诊统筹结算%s万人次，统筹基金支付%s亿元，次均支付%s元；个人账户家庭共济使用%s万人次、金额%s亿元（上年0.82亿元），"
      "同比增长%s%%。普通门诊统筹年度起付标准在职职工每人600元、退休人员每人300元，一级及以下医疗机构报销比例在职60%%、退休70%%。"
      % ("486.20", "3.84", fint(rnd(D("3.84") * 10000 / D("486.20") * 100 / 100 * 1, 0)), "38.60", "1.26",
         g2(D("1.26"), D("0.82"))))
    A.per("门诊次均", fint(rnd(D("3.84") * 10000 / D("486.20"), 0)), "3.84", "486.20", scale=10000,
          anchors=["次均支付%s元" % fint(rnd(D("3.84") * 10000 / D("486.20"), 0))])
    A.fact("gongji_prev_yi", "0.82")
    A.growth("共济金额增长", g2(D("1.26"), D("0.82")), "1.26", "0.82", "增长")
    T("")
    T("【六、基金监管】")
    T("")
    rec = [("定点医疗机构", D("4612.35")), ("定点零售药店", D("582.27")), ("参保人员", D("91.80"))]
    rt = sum(v for _, v in rec)
    T("全年检查定点医药机构%s家，处理%s家，其中暂停医保服务协议%s家、解除医保服务协议%s家；追回医保基金%s万元（约%s亿元），"
      "其中%s。向公安机关移送涉嫌欺诈骗保案件%s件。"
      % (fint(2365), fint(418), "23", "6", f(rt), f(rt / 10000), "、".join("%s%s万元" % (n, f(v)) for n, v in rec), "7"))
    A.adds_up("追回", f(rt), [f(v) for _, v in rec], anchors=["追回医保基金%s万元（约%s亿元）" % (f(rt), f(rt / 10000))])
    A.times("追回 亿元", f(rt / 10000), [f(rt)], scale="0.0001")
    A.not_above("处理<=检查", "418", "2,365")
    T("")
    T("【七、医药集中带量采购和医保服务】")
    T("")
    T("①集中带量采购。全年落地执行国家和省级组织的药品集中带量采购%s批次、涉及药品%s个，医用耗材集中带量采购%s批次，"
      "全市定点医疗机构完成约定采购量%s%%。集采中选药品平均降价%s%%，按上年采购量测算节约药品费用%s亿元。"
      % ("9", "412", "6", "118.62", "53.20", "2.86"))
    T("②医保服务。全市%s个乡镇（街道）、%s个村（社区）实现医保服务全覆盖，医保电子凭证激活%s万人，激活率%s%%；"
      "跨省异地就医直接结算%s万人次（上年24.82万人次），同比增长%s%%，其中门诊%s万人次、住院%s万人次。"
      % ("96", fint(1068), "392.40", f(pct(D("392.40"), ins)), "31.54", g2(D("31.54"), D("24.82")), "26.38",
         f(D("31.54") - D("26.38"))))
    A.ratio("电子凭证激活率", f(pct(D("392.40"), ins)), "392.40", s["ins"], anchors=["激活%s万人，激活率%s%%" % ("392.40", f(pct(D("392.40"), ins)))])
    A.growth("异地结算增长", g2(D("31.54"), D("24.82")), "31.54", "24.82", "增长")
    A.fact("yidi_prev", "24.82")
    A.adds_up("异地=门诊+住院", "31.54", ["26.38", f(D("31.54") - D("26.38"))],
              anchors=["其中门诊26.38万人次、住院%s万人次" % f(D("31.54") - D("26.38"))])
    T("③长期护理保险试点。作为省级试点，全市职工长期护理保险参保%s万人，全年享受长期护理保险待遇的失能人员%s人，"
      "基金支付%s万元。长期护理保险基金单独建账、单独核算，其收支不包含在上述基本医疗保险基金收支中。" % (s["zins"], fint(3126), fint(4218)))
    T("")
    T("【八、基金运行中需要关注的问题】")
    T("")
    T("一是居民医保参保人数连续两年下降，筹资增长主要依靠提高缴费标准和财政补助标准，参保扩面压力较大。"
      "二是人口老龄化程度加深，职工医保退休人员就医需求持续增长，统筹基金长期支付压力需要关注。"
      "三是居民医保政策范围内住院费用基金支付比例有所下降，市外就医费用增长较快，分级诊疗和县域医共体建设需进一步加强。"
      "四是部分定点医疗机构仍存在分解住院、高套病组等违规行为，DRG付费下的监管规则需持续完善。")
    T("")
    T("【九、2025年重点工作】")
    T("")
    T("一是巩固参保扩面成果，重点做好灵活就业人员、新业态从业人员和新生儿参保，参保率稳定在95%以上。二是深化DRG支付方式改革，"
      "完善特例单议和结余留用机制，推动医疗机构主动控费。三是持续推进门诊共济改革，扩大个人账户家庭共济使用范围。"
      "四是开展医保基金使用常态化监管，推进智能监控全覆盖，守好人民群众的“看病钱”“救命钱”。五是加强基金运行分析，"
      "建立收支预警机制，确保基金中长期收支平衡。")
    T("")
    T("【名词解释】")
    T("")
    T("政策范围内住院费用基金支付比例：基本医保统筹基金支付的住院费用占政策范围内住院费用的比例，不含大病保险和医疗救助。"
      "个百分点：两个百分比之间的差额。DRG：疾病诊断相关分组，是按病组打包付费的医保支付方式。高倍率病例：住院总费用高于该病组"
      "次均费用规定倍数的病例。统筹基金可支付月数：统筹基金累计结存除以统筹基金月均支出。")
    T("")
    T("（来源：滇沔市医疗保障局　编辑：市医保局办公室　审核：赵　明）")
    T("")
    A.seen("发布日期晚于年度终了", "2025-02-26", "截至2024年12月底")
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
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
