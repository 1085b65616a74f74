"""t01 -- 浙江省桐禾县水务局 2024年度部门整体支出绩效自评报告 (.docx).

Style: 文号 line under the title; 表1 预算执行, 表2 项目支出明细, and the 绩效指标 split across
two tables: 表3 (指标 / 分值 / 年度目标值) and 表4 (序号 / 实际完成值 / 得分 / 偏差说明), joined by 序号.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk26 import D, Ledger, f, fi, pct, q, render_docx, read_docx, ROOT  # noqa: E402

NAME = "t01_tonghe_water_bureau_overall_selfeval_2024"
EXT = ".docx"
DATE = "2025年3月18日"
DOCNO = "桐水〔2025〕7号"


def build():
    L = Ledger(NAME + EXT)
    # ---- base inputs (万元)
    carry_in = D("312.46")
    fin_in = D("6842.35")
    other_in = D("58.20")
    bud_basic = D("1486.30")
    exp_basic = D("1472.65")
    projects = [  # name, budget, spent, last-year spent
        ("水利工程维修养护", D("1268.00"), D("1231.47")),
        ("农村饮用水安全巩固提升", D("2150.00"), D("1986.32")),
        ("河湖长制工作经费", D("386.80"), D("379.15")),
        ("小型水库除险加固", D("1420.00"), D("1268.74")),
        ("水土保持综合治理", D("390.00"), D("337.50")),
    ]
    last_exp = D("6912.40")
    last_rate = D("91.26")

    in_total = carry_in + fin_in + other_in
    bud_proj = sum(p[1] for p in projects)
    exp_proj = sum(p[2] for p in projects)
    bud_all = bud_basic + bud_proj
    exp_all = exp_basic + exp_proj
    carry_out = in_total - exp_all
    r_all = pct(exp_all, bud_all)
    r_basic = pct(exp_basic, bud_basic)
    r_proj = pct(exp_proj, bud_proj)
    g_exp = q(abs(exp_all - last_exp) * 100 / last_exp)
    up_pts = r_all - last_rate
    water_share = pct(projects[1][2], exp_proj)
    water_share_all = pct(projects[1][2], exp_all)

    s = {k: f(v) for k, v in dict(carry_in=carry_in, fin_in=fin_in, other_in=other_in, in_total=in_total,
                                   bud_basic=bud_basic, exp_basic=exp_basic, bud_proj=bud_proj, exp_proj=exp_proj,
                                   bud_all=bud_all, exp_all=exp_all, carry_out=carry_out, r_all=r_all,
                                   r_basic=r_basic, r_proj=r_proj, g_exp=g_exp, last_exp=last_exp,
                                   last_rate=last_rate, up_pts=up_pts, water_share=water_share,
                                   water_share_all=water_share_all).items()}
    L.sum("收入合计 = 上年结转 + 财政拨款 + 其他收入", s["in_total"], [s["carry_in"], s["fin_in"], s["other_in"]])
    L.sum("全年预算 = 基本 + 项目", s["bud_all"], [s["bud_basic"], s["bud_proj"]])
    L.sum("全年支出 = 基本 + 项目", s["exp_all"], [s["exp_basic"], s["exp_proj"]])
    L.sum("项目预算 = 5 个项目", s["bud_proj"], [f(p[1]) for p in projects])
    L.sum("项目支出 = 5 个项目", s["exp_proj"], [f(p[2]) for p in projects])
    L.diff("年末结转结余 = 收入合计 - 全年支出", s["carry_out"], s["in_total"], s["exp_all"])
    L.rate("整体执行率", s["r_all"], s["exp_all"], s["bud_all"])
    L.rate("基本支出执行率", s["r_basic"], s["exp_basic"], s["bud_basic"])
    L.rate("项目支出执行率", s["r_proj"], s["exp_proj"], s["bud_proj"])
    L.growth("全年支出 较上年下降", s["g_exp"], s["exp_all"], s["last_exp"], "down")
    L.pp("执行率 比上年提高(个百分点)", s["up_pts"], s["r_all"], s["last_rate"], "up")
    L.rate("农村饮水 占项目支出比重", s["water_share"], f(projects[1][2]), s["exp_proj"])
    L.rate("农村饮水 占全年支出比例", s["water_share_all"], f(projects[1][2]), s["exp_all"])
    prate = []
    for n, b, e in projects:
        r = pct(e, b)
        prate.append(f(r))
        L.rate(f"项目执行率 {n}", f(r), f(e), f(b))

    # ---- indicators: (no, 一级, 二级, 三级, weight, target text, actual text, kind, params)
    # kind: full / prop (weight*actual/target) / fixed (given score) / exec
    ind = [
        ("1", "产出指标", "数量指标", "维修养护水库座数", 8, "≥42座", "42座", "full", None),
        ("2", "产出指标", "数量指标", "农村供水工程维修处数", 7, "≥35处", "38处", "full", None),
        ("3", "产出指标", "数量指标", "河道保洁长度", 6, "≥186公里", "186公里", "full", None),
        ("4", "产出指标", "数量指标", "新增水土流失治理面积", 6, "≥12平方公里", "11.4平方公里", "prop", ("11.4", "12")),
        ("5", "产出指标", "质量指标", "工程验收合格率", 7, "100%", "100%", "full", None),
        ("6", "产出指标", "质量指标", "农村供水水质达标率", 6, "≥95%", "96.80%", "full", None),
        ("7", "产出指标", "时效指标", "项目按期完工率", 5, "≥90%", "84.00%", "prop", ("84.00", "90")),
        ("8", "产出指标", "成本指标", "项目成本控制在批复概算内", 5, "是", "是", "full", None),
        ("9", "效益指标", "社会效益指标", "农村自来水普及率", 8, "≥99%", "99.42%", "full", None),
        ("10", "效益指标", "生态效益指标", "县控以上河湖断面水质优良比例", 7, "≥90%", "93.30%", "full", None),
        ("11", "效益指标", "社会效益指标", "水库安全度汛率", 8, "100%", "100%", "full", None),
        ("12", "效益指标", "可持续影响指标", "工程长效管护机制健全", 7, "健全", "基本健全", "fixed", "6.00"),
        ("13", "满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "93.54%", "full", None),
        ("14", "预算执行", "预算执行率", "部门预算执行率", 10, "100%", s["r_all"] + "%", "exec", None),
    ]
    rows3, rows4, scores, weights = [], [], [], []
    for no, l1, l2, l3, w, tgt, act, kind, par in ind:
        wq = f(w, 0)
        if kind == "full":
            sc = f(w)
        elif kind == "prop":
            sc = f(D(w) * D(par[0]) / D(par[1]))
            L.prod(f"比例得分 {l3} = {w} × {par[0]} ÷ {par[1]}", sc, str(w), par[0], par[1])
        elif kind == "fixed":
            sc = par
        else:
            sc = f(D(w) * r_all / 100)
            L.prod("预算执行率得分 = 10 × 执行率", sc, "10", s["r_all"], "100")
        L.le(f"得分不超过分值 {no} {l3}", sc, wq)
        scores.append(sc)
        weights.append(wq)
        rows3.append([no, l1, l2, l3, wq, tgt])
        rows4.append([no, act, sc])
    total_w = f(sum(D(w) for w in weights), 0)
    total = f(sum(D(x) for x in scores))
    out_sub = f(sum(D(x) for x in scores[:8]))
    eff_sub = f(sum(D(x) for x in scores[8:12]))
    L.sum("分值合计", total_w, weights)
    L.sum("得分合计 (表4)", total, scores)
    L.sum("产出指标得分", out_sub, scores[:8])
    L.sum("效益指标得分", eff_sub, scores[8:12])
    L.sum("分值 产出 50", "50", weights[:8])
    L.sum("分值 效益 30", "30", weights[8:12])
    L.rate("按期完工率 21/25", "84.00", "21", "25")
    L.rate("满意度 1,216/1,300", "93.54", "1,216", "1,300")
    L.dated("落款日期晚于2024年末", DATE)
    L.docno("文号年份与落款一致", DOCNO, DATE)
    L.same("正文 自评得分 = 表4 合计", total, total)

    dev = {"4": "部分治理地块因汛期顺延，完成率95.00%，按比例得分",
           "7": "25个子项目中21个按期完工，4个因汛期停工顺延",
           "12": "2座山塘管护主体尚未落实，扣1分",
           "14": "按分值×执行率计分"}
    rows4 = [r + [dev.get(r[0], "—")] for r in rows4]
    L.rate("水土流失治理完成率", "95.00", "11.4", "12")

    M = []
    M.append(("TITLE", "桐禾县水务局2024年度部门整体支出绩效自评报告"))
    M.append(("SUB", DOCNO))
    M.append(("P", "根据《桐禾县财政局关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出情况开展了绩效自评。"
                   "自评范围包括局机关及所属县水利工程管理站、县水文站、县农村供水管理中心共4个预算单位，覆盖全部基本支出和5个项目支出。"
                   "现将自评情况报告如下。"))
    M.append(("H1", "一、部门基本情况"))
    M.append(("H2", "（一）部门职能"))
    M.append(("P", "桐禾县水务局是县政府工作部门，主要负责保障全县水资源的合理开发利用，组织实施最严格水资源管理制度；负责水利工程建设与运行管理，"
                   "指导水库、山塘、堤防、水闸等水利设施的安全监管；负责农村饮用水安全保障和农村供水工程的建设管理；组织开展水土保持和河湖管理保护工作，"
                   "承担县河长制办公室日常工作；承担水旱灾害防御的技术支撑和水文监测预报工作。全县共有小型水库42座、山塘186处、县级以上河道"
                   "186公里，农村集中供水工程58处，服务农村人口约21.6万人。"))
    M.append(("H2", "（二）年度主要工作任务"))
    M.append(("P", "2024年，我局围绕“水安全、水资源、水环境、水生态”统筹治理的总体要求，确定了五项年度重点任务：一是完成全县小型水库"
                   "年度维修养护和安全鉴定，确保水库安全度汛；二是实施农村饮用水安全巩固提升工程，重点解决山区村供水水压不足、水质不稳定问题；"
                   "三是深化河湖长制，落实河道保洁和“清四乱”常态化整治；四是推进小型水库除险加固，年内开工改造溢洪道和放水设施；"
                   "五是实施水土保持综合治理，改善重点区域生态环境。上述任务均纳入年度部门整体支出绩效目标。"))
    M.append(("H2", "（三）机构和人员情况"))
    M.append(("P", "局机关内设办公室、规划计划科、水利工程建设与运行管理科、水资源与农村水利科、河湖管理科5个科室，下属县水利工程管理站、"
                   "县水文站、县农村供水管理中心3个事业单位。年末编制数86人，实有在职人员79人，其中行政编制18人、事业编制61人；"
                   "另有退休人员42人，退休人员经费由社保统筹支付，不在本部门基本支出中列支。"))
    M.append(("H1", "二、部门预算安排及执行情况"))
    M.append(("H2", "（一）收入情况"))
    M.append(("P", f"2024年度部门收入合计{s['in_total']}万元，其中：上年结转{s['carry_in']}万元，本年财政拨款收入{s['fin_in']}万元，"
                   f"其他收入{s['other_in']}万元（主要为水文技术服务收入）。需要说明的是，收入合计包含上年结转资金，与下文全年预算数口径不同。"))
    M.append(("H2", "（二）预算安排及支出情况"))
    M.append(("P", f"2024年全年预算数（含年中追加调整）{s['bud_all']}万元，其中基本支出预算{s['bud_basic']}万元、项目支出预算{s['bud_proj']}万元。"
                   f"全年实际支出{s['exp_all']}万元，其中基本支出{s['exp_basic']}万元、项目支出{s['exp_proj']}万元。"
                   f"部门整体预算执行率为{s['r_all']}%，其中基本支出执行率{s['r_basic']}%，项目支出执行率{s['r_proj']}%。"
                   f"整体执行率比上年的{s['last_rate']}%提高{s['up_pts']}个百分点。"))
    M.append(("P", f"全年支出比上年的{s['last_exp']}万元下降{s['g_exp']}%，主要原因是上年实施的城区防洪堤加固工程已于2023年完工，"
                   f"本年度不再安排相应资金；而农村饮用水安全巩固提升项目支出有所增加。年末结转结余{s['carry_out']}万元，"
                   "全部为项目结转资金，将按规定在2025年继续使用。"))
    M.append(("TABLE", {"id": "T1", "title": "表1  2024年度部门预算执行情况表", "unit": "单位：万元",
                        "header": ["项目", "全年预算数", "实际支出数", "执行率（%）"],
                        "rows": [["基本支出", s["bud_basic"], s["exp_basic"], s["r_basic"]],
                                 ["项目支出", s["bud_proj"], s["exp_proj"], s["r_proj"]],
                                 ["合计", s["bud_all"], s["exp_all"], s["r_all"]]]}))
    M.append(("P", "项目支出按项目分列如下表。其中农村饮用水安全巩固提升项目支出"
                   f"{f(projects[1][2])}万元，占项目支出的比重为{s['water_share']}%，占全年支出的比例为{s['water_share_all']}%，是本部门资金规模最大的项目。"))
    rows2 = [[n, f(b), f(e), r] for (n, b, e), r in zip(projects, prate)]
    rows2.append(["合计", s["bud_proj"], s["exp_proj"], s["r_proj"]])
    M.append(("TABLE", {"id": "T2", "title": "表2  2024年度项目支出明细表", "unit": "单位：万元",
                        "header": ["项目名称", "全年预算数", "实际支出数", "执行率（%）"], "rows": rows2}))
    M.append(("P", f"小型水库除险加固项目执行率为{prate[3]}%，低于整体水平，主要原因是2座水库的溢洪道改造工程受汛期影响顺延至2025年汛前完工，"
                   f"相应工程尾款尚未支付；水土保持综合治理项目执行率为{prate[4]}%，原因是部分治理地块的政策处理未能按期完成。"))
    M.append(("H1", "三、部门整体支出绩效目标完成情况"))
    M.append(("P", "我局2024年度部门整体支出绩效目标共设置一级指标4个、三级指标14个，总分100分，其中产出指标50分、效益指标30分、"
                   "满意度指标10分、预算执行10分。各指标的分值及年度目标值见表3，实际完成值及得分见表4，两表按序号对应。"))
    M.append(("H2", "（一）产出指标完成情况"))
    M.append(("P", "数量方面，全年完成42座小型水库的日常维修养护，完成38处农村供水工程的管网更新和设备维修，超过年度目标35处；"
                   "落实县级以上河道保洁186公里，实现河道保洁全覆盖；新增水土流失治理面积11.4平方公里，完成年度目标12平方公里的95.00%。"
                   "质量方面，全年完工工程均通过验收，验收合格率100%；农村供水工程出厂水水质抽检达标率为96.80%。"
                   "时效方面，年度实施的25个子项目中有21个按期完工，按期完工率84.00%，未达到90%的目标值。成本方面，各项目均控制在批复概算以内。"))
    M.append(("H2", "（二）效益指标完成情况"))
    M.append(("P", "社会效益方面，全县农村自来水普及率达到99.42%，较上年提高0.35个百分点；全年42座水库和186处山塘安全度汛，未发生垮坝失事。"
                   "生态效益方面，县控以上河湖断面水质优良比例达到93.30%。可持续影响方面，县级农村供水工程已全部落实管护主体和管护经费，"
                   "但仍有2座山塘的管护主体尚未落实，长效管护机制基本健全。"))
    M.append(("H2", "（三）满意度指标完成情况"))
    M.append(("P", "我局委托第三方机构在12个乡镇开展受益群众满意度问卷调查，共回收有效问卷1,300份，其中表示满意和基本满意的1,216份，"
                   "满意度为93.54%，达到不低于90%的目标值。群众意见主要集中在部分村的供水水压偏低和河道保洁频次不足两方面。"))
    M.append(("TABLE", {"id": "T3", "title": "表3  2024年度部门整体支出绩效指标及分值表", "unit": "",
                        "header": ["序号", "一级指标", "二级指标", "三级指标", "分值", "年度目标值"],
                        "rows": rows3 + [["合计", "", "", "", total_w, ""]]}))
    M.append(("TABLE", {"id": "T4", "title": "表4  2024年度部门整体支出绩效指标完成及得分表", "unit": "",
                        "header": ["序号", "实际完成值", "得分", "偏差说明"],
                        "rows": rows4 + [["合计", "", total, "—"]],
                        "note": "注：表4序号与表3一一对应；比例计分指标按“分值×实际完成值÷目标值”计算，保留两位小数。"}))
    M.append(("H2", "（四）自评结论"))
    M.append(("P", f"经综合评价，我局2024年度部门整体支出绩效自评得分{total}分，其中产出指标得分{out_sub}分，效益指标得分{eff_sub}分，"
                   "满意度指标得分10.00分，自评等级为“优”。预算执行指标按“分值×预算执行率”计分，"
                   f"得分{scores[-1]}分。"))
    M.append(("H1", "四、主要管理措施"))
    M.append(("P", "一是健全预算管理制度。我局修订了《桐禾县水务局预算管理办法》和《项目资金管理细则》，明确各科室和下属单位在预算编制、"
                   "执行、监督和绩效管理中的职责分工，建立了月度预算执行分析通报制度，对执行进度滞后的项目及时约谈项目负责人。"))
    M.append(("P", "二是强化项目全过程管理。对农村供水工程维修、水库除险加固等工程类项目实行项目法人责任制、招标投标制、建设监理制和合同管理制，"
                   "重要节点实行现场验收，工程款按照合同约定和工程进度拨付，杜绝了超进度付款现象。全年共组织工程质量巡查46次，"
                   "发现并督促整改质量问题23个。"))
    M.append(("P", "三是加强绩效目标管理。在编制年度预算时同步设定绩效目标，并在年中开展绩效运行监控，对按期完工率等偏离目标的指标分析原因、"
                   "提出纠偏措施。年终组织自评时，由计划财务科牵头，各业务科室和下属单位共同参与，对照目标逐项核实完成情况。"))
    M.append(("P", "四是规范政府采购和资产管理。全年通过政府采购平台完成工程和服务类采购17批次，严格执行采购预算和采购计划；对水文监测设备、"
                   "防汛物资等资产进行了全面清查盘点，做到账实相符。"))
    M.append(("H1", "五、存在的主要问题"))
    M.append(("P", "一是部分项目执行进度偏慢。小型水库除险加固和水土保持综合治理两个项目执行率较低，反映出项目前期工作不够扎实，"
                   "对汛期施工影响和政策处理难度估计不足，导致年度预算未能全部按时支出。"))
    M.append(("P", "二是绩效目标设置仍需细化。个别指标如“项目成本控制在批复概算内”为定性指标，难以准确反映成本控制成效；"
                   "部分效益指标与项目直接产出的关联度不够紧密，对资金使用效果的衡量作用有限。"))
    M.append(("P", "三是长效管护机制有待完善。部分山塘和小型农村供水工程管护主体不明确、管护经费保障不足，"
                   "存在“重建设、轻管护”的现象，影响工程效益的持续发挥。"))
    M.append(("H1", "六、下一步改进措施"))
    M.append(("P", "一是加快项目前期工作。对2025年计划实施的项目提前开展勘察设计和政策处理，合理安排施工时序，避开主汛期施工，"
                   "力争项目支出执行率达到95%以上。对结转资金建立台账，逐项明确支出时限。"))
    M.append(("P", "二是提高绩效目标编制质量。参照行业绩效指标体系，将定性指标尽可能量化，增加单位造价、供水保证率等可衡量指标，"
                   "使绩效目标更加清晰、可考核。"))
    M.append(("P", "三是完善工程管护机制。推动落实山塘和小型供水工程的管护主体，将管护经费纳入年度预算，"
                   "探索实行专业化、物业化管护模式，确保工程长期稳定运行。"))
    M.append(("P", "四是强化结果应用。将本次自评结果作为编制2025年度预算的重要依据，对执行率低、绩效不佳的项目相应压减预算，"
                   "并在部门门户网站公开自评结果，接受社会监督。"))
    M.append(("RIGHT", "桐禾县水务局"))
    M.append(("RIGHT", DATE))

    L.facts.update({"total_score": total, "exec_rate": s["r_all"], "exp_all": s["exp_all"], "docno": DOCNO, "date": DATE})
    return M, L


def render(model, path):
    render_docx(model, path, author="桐禾县水务局")


def main(outdir=ROOT):
    M, L = build()
    path = os.path.join(outdir, NAME + EXT)
    render(M, path)
    text = read_docx(path)
    h = L.dump(os.path.join(outdir, NAME + ".ledger.json"), text)
    print(NAME, "han", h, "checks", len(L.checks))


if __name__ == "__main__":
    main()
