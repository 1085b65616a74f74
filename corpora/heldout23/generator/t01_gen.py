"""t01 湖南省沅澧市枫溆区卫生健康局 2024年度部门整体支出绩效自评报告 (.docx).

Indicators are numbered prose paragraphs with 分值/得分 inside the sentences; a final 评分汇总表.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import D, rq, fm, pc, gr, Tally, read_docx, fix_docx, ROOT  # noqa: E402

NAME = "t01_fengxu_health_bureau_overall_selfeval_2024"
EXT = ".docx"


def build():
    t = Tally(NAME + EXT)
    M = []
    # ---------------- base inputs
    carry = D("126.35")
    inc_fin, inc_biz, inc_oth = D("7548.32"), D("241.60"), D("46.82")
    inc = inc_fin + inc_biz + inc_oth
    bud_basic, bud_proj = D("2964.17"), D("5114.68")
    bud = bud_basic + bud_proj
    init_bud = D("6842.30")
    add_bud = bud - init_bud
    out_basic, out_proj = D("2921.36"), D("4873.26")
    out = out_basic + out_proj
    end = carry + inc - out
    pers, publ = D("2568.14"), out_basic - D("2568.14")
    out_prev = D("7416.85")
    g_out = gr(out, out_prev)
    r_all = pc(out, bud)
    r_basic = pc(out_basic, bud_basic)
    r_proj = pc(out_proj, bud_proj)
    sg_bud = D("18.60")
    sg_rec, sg_car = D("3.18"), D("12.24")
    sg = sg_rec + sg_car
    sg_prev = D("17.05")
    # projects
    gw_bud, gw_out = D("2316.40"), D("2287.95")
    jy_bud, jy_out = D("486.00"), D("452.34")
    r_gw = pc(gw_out, gw_bud)
    sign_plan, sign_done = 52000, 49868
    sign_rate = pc(sign_done, sign_plan)
    q_all, q_ok = 1200, 1109
    sat = pc(q_ok, q_all)

    S = {}
    S["i5"] = rq(D(6) * r_all / 100, 2)
    S["i13"] = rq(D(10) * D(sign_done) / D(sign_plan), 2)
    W = {"i1": 4, "i2": 4, "i3": 6, "i4": 6, "i5": 6, "i6": 4, "i7": 3, "i8": 3, "i9": 4,
         "i10": 8, "i11": 6, "i12": 6, "i13": 10, "i14": 8, "i15": 7, "i16": 10, "i17": 5}
    fixed = {"i1": "4.00", "i2": "3.50", "i3": "6.00", "i4": "5.50", "i6": "4.00", "i7": "3.00",
             "i8": "3.00", "i9": "3.50", "i10": "8.00", "i11": "6.00", "i12": "6.00", "i14": "8.00",
             "i15": "7.00", "i16": "10.00", "i17": "4.50"}
    for k, v in fixed.items():
        S[k] = D(v)
    groups = [("决策", ["i1", "i2", "i3", "i4"]), ("过程", ["i5", "i6", "i7", "i8", "i9"]),
              ("产出", ["i10", "i11", "i12", "i13"]), ("效益", ["i14", "i15", "i16", "i17"])]
    gsum = {g: sum(S[k] for k in ks) for g, ks in groups}
    gw = {g: sum(W[k] for k in ks) for g, ks in groups}
    total = sum(gsum.values())
    s = {k: fm(v) for k, v in S.items()}

    F = {x: fm(v) for x, v in dict(carry=carry, inc_fin=inc_fin, inc_biz=inc_biz, inc_oth=inc_oth, inc=inc,
                                      bud_basic=bud_basic, bud_proj=bud_proj, bud=bud, init_bud=init_bud,
                                      add_bud=add_bud, out_basic=out_basic, out_proj=out_proj, out=out, end=end,
                                      pers=pers, publ=publ, out_prev=out_prev, sg_bud=sg_bud, sg_rec=sg_rec,
                                      sg_car=sg_car, sg=sg, sg_prev=sg_prev, gw_bud=gw_bud, gw_out=gw_out,
                                      jy_bud=jy_bud, jy_out=jy_out).items()}
    P = {x: fm(v) for x, v in dict(g_out=g_out, r_all=r_all, r_basic=r_basic, r_proj=r_proj, r_gw=r_gw,
                                      sign_rate=sign_rate, sat=sat).items()}

    M.append(("title", "枫溆区卫生健康局2024年度部门整体支出绩效自评报告"))
    M.append(("p", "根据《枫溆区财政局关于开展2024年度部门整体支出绩效自评工作的通知》（枫财绩〔2025〕3号）要求，"
                   "我局成立了由局长任组长、分管财务的副局长任副组长的自评工作小组，对局机关及所属二级单位2024年度部门整体支出情况开展了绩效自评。现将有关情况报告如下。"))
    M.append(("h", "一、部门基本情况"))
    M.append(("h", "（一）部门职能"))
    M.append(("p", "枫溆区卫生健康局是区人民政府工作部门，主要负责拟订全区卫生健康事业发展规划，统筹推进医药卫生体制改革，"
                   "组织实施基本公共卫生服务和重大公共卫生服务项目，负责疾病预防控制、妇幼健康、医政医管、爱国卫生、人口监测与家庭发展、"
                   "老龄健康等工作，对辖区医疗卫生机构实施行业监督管理。"))
    M.append(("h", "（二）机构和人员情况"))
    M.append(("p", "纳入本次自评范围的预算单位共4个：局机关、区疾病预防控制中心、区妇幼保健计划生育服务中心和区卫生健康综合监督执法大队。"
                   "年末编制数186人，其中行政编制24人、事业编制162人；实有在职人员171人，离退休人员93人。"))
    M.append(("h", "（三）年度收支情况"))
    M.append(("p", "2024年度我局年初预算%s万元，年中因重大传染病防控、疾控能力提升及基层卫生人才项目追加预算%s万元，全年预算数为%s万元，"
                   "其中基本支出预算%s万元、项目支出预算%s万元。" % (F["init_bud"], F["add_bud"], F["bud"], F["bud_basic"], F["bud_proj"])))
    M.append(("p", "全年收入合计%s万元，其中：财政拨款收入%s万元，事业收入%s万元，其他收入%s万元。加上年初结转和结余%s万元，"
                   "扣除本年支出后，年末结转和结余%s万元，主要为跨年度实施的区疾控中心实验室改造项目尾款。"
                   % (F["inc"], F["inc_fin"], F["inc_biz"], F["inc_oth"], F["carry"], F["end"])))
    M.append(("p", "全年支出%s万元，比上年的%s万元增长%s%%。按支出性质分，基本支出%s万元（人员经费%s万元、公用经费%s万元），"
                   "项目支出%s万元。基本支出、项目支出的预算执行率分别为%s%%和%s%%。"
                   % (F["out"], F["out_prev"], P["g_out"], F["out_basic"], F["pers"], F["publ"], F["out_proj"],
                      P["r_basic"], P["r_proj"])))
    t.total("收入合计", F["inc"], [F["inc_fin"], F["inc_biz"], F["inc_oth"]],
            ["全年收入合计%s万元，其中：财政拨款收入%s万元，事业收入%s万元，其他收入%s万元" % (F["inc"], F["inc_fin"], F["inc_biz"], F["inc_oth"])])
    t.total("全年预算=年初+追加", F["bud"], [F["init_bud"], F["add_bud"]],
            ["年初预算%s万元" % F["init_bud"], "追加预算%s万元，全年预算数为%s万元" % (F["add_bud"], F["bud"])])
    t.total("全年预算=基本+项目", F["bud"], [F["bud_basic"], F["bud_proj"]],
            ["全年预算数为%s万元，其中基本支出预算%s万元、项目支出预算%s万元" % (F["bud"], F["bud_basic"], F["bud_proj"])])
    t.combo("年末结转结余", F["end"], [(1, F["carry"]), (1, F["inc"]), (-1, F["out"])],
            ["收入合计%s万元" % F["inc"], "年初结转和结余%s万元" % F["carry"], "年末结转和结余%s万元" % F["end"],
             "全年支出%s万元" % F["out"]])
    t.total("支出=基本+项目", F["out"], [F["out_basic"], F["out_proj"]],
            ["全年支出%s万元" % F["out"], "基本支出%s万元" % F["out_basic"], "项目支出%s万元" % F["out_proj"]])
    t.total("基本支出=人员+公用", F["out_basic"], [F["pers"], F["publ"]],
            ["基本支出%s万元（人员经费%s万元、公用经费%s万元）" % (F["out_basic"], F["pers"], F["publ"])])
    t.change("支出", F["out"], F["out_prev"], P["g_out"], "增长",
             ["全年支出%s万元，比上年的%s万元增长%s%%" % (F["out"], F["out_prev"], P["g_out"])])
    t.share("基本支出执行率", F["out_basic"], F["bud_basic"], P["r_basic"],
            ["基本支出预算%s万元" % F["bud_basic"], "基本支出%s万元" % F["out_basic"], "分别为%s%%" % P["r_basic"]])
    t.share("项目支出执行率", F["out_proj"], F["bud_proj"], P["r_proj"],
            ["项目支出预算%s万元" % F["bud_proj"], "项目支出%s万元" % F["out_proj"], "和%s%%" % P["r_proj"]])
    t.holds("编制=行政+事业", 186 == 24 + 162, "186 = 24+162", ["年末编制数186人，其中行政编制24人、事业编制162人"])

    M.append(("h", "二、部门整体绩效目标"))
    M.append(("p", "年初设定的部门整体绩效目标是：全面落实国家基本公共卫生服务项目，65岁及以上老年人健康管理率不低于70%，"
                   "适龄儿童免疫规划疫苗接种率不低于95%，孕产妇系统管理率不低于90%；全年完成家庭医生签约服务52,000人；"
                   "居民健康素养水平达到30%以上；群众对全区卫生健康服务的满意度不低于90%；“三公”经费较上年只减不增。"))
    M.append(("h", "三、绩效指标完成及得分情况"))
    M.append(("p", "自评采用区财政局下发的部门整体支出绩效评价共性指标框架，设决策、过程、产出、效益4个一级指标、17个三级指标，满分100分。逐项评分情况如下。"))

    M.append(("h", "（一）决策（分值%d分）" % gw["决策"]))
    P1 = [
        "1.绩效目标设定。部门整体绩效目标与“健康枫溆”规划及年度工作要点相衔接，与部门职能对应，本项分值4分，评定得分%s分。" % s["i1"],
        "2.绩效目标细化量化。大部分目标设定了可衡量的指标值，但综合监督执法大队的目标仍以定性表述为主，指标细化不够，该项4分中扣0.50分，得%s分。" % s["i2"],
        "3.预算编制科学性。预算编制履行了“二上二下”程序，项目均有测算依据，分值6分，得分%s分。" % s["i3"],
        "4.预算分配合理性。资金向基层公共卫生倾斜，但区妇幼中心设备购置预算年中调减幅度较大，扣0.50分，本项满分6分，实得%s分。" % s["i4"],
    ]
    for x in P1:
        M.append(("p", x))
    M.append(("p", "决策类指标合计得分%s分。" % fm(gsum["决策"])))

    M.append(("h", "（二）过程（分值%d分）" % gw["过程"]))
    P2 = [
        "5.预算执行率。全年预算%s万元，实际支出%s万元，预算执行率%s%%。按“执行率×分值”计分，本项分值6分，得%s分。"
        % (F["bud"], F["out"], P["r_all"], s["i5"]),
        "6.资金使用合规性。经抽查2024年凭证412份，未发现截留、挤占、挪用资金的情况，分值4分，得%s分。" % s["i6"],
        "7.政府采购执行。全年政府采购均按规定程序实施，分值3分，得分%s分。" % s["i7"],
        "8.“三公”经费控制。全年“三公”经费预算%s万元，实际支出%s万元，其中公务接待费%s万元、公务用车运行维护费%s万元，未购置公务用车，"
        "未安排因公出国（境）费用；比上年的%s万元下降%s%%，分值3分，得%s分。"
        % (F["sg_bud"], F["sg"], F["sg_rec"], F["sg_car"], F["sg_prev"], fm(-gr(sg, sg_prev)), s["i8"]),
        "9.资产管理。资产账实基本相符，但有3台报废设备未及时办理处置手续，分值4分，扣0.50分，得%s分。" % s["i9"],
    ]
    for x in P2:
        M.append(("p", x))
    M.append(("p", "过程类指标合计得分%s分。" % fm(gsum["过程"])))
    t.share("预算执行率", F["out"], F["bud"], P["r_all"],
            ["全年预算%s万元，实际支出%s万元，预算执行率%s%%" % (F["bud"], F["out"], P["r_all"])])
    t.prod("执行率得分", "6", P["r_all"], s["i5"],
           ["预算执行率%s%%" % P["r_all"], "本项分值6分，得%s分" % s["i5"]], scale=D("0.01"))
    t.total("三公=接待+车辆", F["sg"], [F["sg_rec"], F["sg_car"]],
            ["实际支出%s万元，其中公务接待费%s万元、公务用车运行维护费%s万元" % (F["sg"], F["sg_rec"], F["sg_car"])])
    t.le("三公不超预算", F["sg"], F["sg_bud"], ["“三公”经费预算%s万元，实际支出%s万元" % (F["sg_bud"], F["sg"])])
    t.change("三公经费", F["sg"], F["sg_prev"], fm(-gr(sg, sg_prev)), "下降",
             ["实际支出%s万元" % F["sg"], "比上年的%s万元下降%s%%" % (F["sg_prev"], fm(-gr(sg, sg_prev)))])

    M.append(("h", "（三）产出（分值%d分）" % gw["产出"]))
    P3 = [
        "10.老年人健康管理。全区65岁及以上老年人健康管理率达到74.26%%，超过70%%的目标值，分值8分，得%s分。" % s["i10"],
        "11.免疫规划接种。适龄儿童免疫规划疫苗接种率98.63%%，高于95%%的目标，该项分值6分，得分%s分。" % s["i11"],
        "12.孕产妇系统管理。孕产妇系统管理率92.15%%，达到目标要求，分值6分，得%s分。" % s["i12"],
        "13.家庭医生签约。年度计划签约%s人，实际签约%s人，完成率%s%%。按完成比例计分，分值10分，得%s分。"
        % ("{:,}".format(sign_plan), "{:,}".format(sign_done), P["sign_rate"], s["i13"]),
    ]
    for x in P3:
        M.append(("p", x))
    M.append(("p", "基本公共卫生服务项目全年预算%s万元，支出%s万元，执行率%s%%；基层卫生人才培养项目预算%s万元，支出%s万元。产出类指标合计得分%s分。"
                   % (F["gw_bud"], F["gw_out"], P["r_gw"], F["jy_bud"], F["jy_out"], fm(gsum["产出"]))))
    t.share("家庭医生完成率", "{:,}".format(sign_done), "{:,}".format(sign_plan), P["sign_rate"],
            ["年度计划签约%s人，实际签约%s人，完成率%s%%" % ("{:,}".format(sign_plan), "{:,}".format(sign_done), P["sign_rate"])])
    t.quot("家庭医生得分", "{:,}".format(sign_done), "{:,}".format(sign_plan), s["i13"],
           ["实际签约%s人" % "{:,}".format(sign_done), "计划签约%s人" % "{:,}".format(sign_plan), "分值10分，得%s分" % s["i13"]], scale=10)
    t.share("基本公卫执行率", F["gw_out"], F["gw_bud"], P["r_gw"],
            ["全年预算%s万元，支出%s万元，执行率%s%%" % (F["gw_bud"], F["gw_out"], P["r_gw"])])
    t.le("基本公卫<=项目支出", F["gw_out"], F["out_proj"], ["支出%s万元" % F["gw_out"], "项目支出%s万元" % F["out_proj"]])

    M.append(("h", "（四）效益（分值%d分）" % gw["效益"]))
    P4 = [
        "14.居民健康素养。经抽样监测，全区居民健康素养水平为31.42%%，比上年的29.26%%提高2.16个百分点，达到30%%的目标，分值8分，得%s分。" % s["i14"],
        "15.公共卫生安全。全年法定传染病报告及时率100%%，未发生较大及以上突发公共卫生事件，分值7分，得分%s分。" % s["i15"],
        "16.服务对象满意度。委托第三方发放问卷%s份，表示满意的%s份，满意度%s%%，高于90%%的目标，分值10分，得%s分。"
        % ("{:,}".format(q_all), "{:,}".format(q_ok), P["sat"], s["i16"]),
        "17.可持续影响。区域全民健康信息平台二期建设滞后于计划，影响数据共享，本项分值5分，扣0.50分，得%s分。" % s["i17"],
    ]
    for x in P4:
        M.append(("p", x))
    M.append(("p", "效益类指标合计得分%s分。" % fm(gsum["效益"])))
    t.delta("健康素养提高", "31.42", "29.26", "2.16", "提高", ["健康素养水平为31.42%，比上年的29.26%提高2.16个百分点"])
    t.share("满意度", "{:,}".format(q_ok), "{:,}".format(q_all), P["sat"],
            ["发放问卷%s份，表示满意的%s份，满意度%s%%" % ("{:,}".format(q_all), "{:,}".format(q_ok), P["sat"])])

    M.append(("h", "四、自评结论"))
    M.append(("p", "综合以上各项，我局2024年度部门整体支出绩效自评总得分%s分，自评等级为“优”（90分及以上为优）。"
                   "其中决策%s分、过程%s分、产出%s分、效益%s分。"
                   % (fm(total), fm(gsum["决策"]), fm(gsum["过程"]), fm(gsum["产出"]), fm(gsum["效益"]))))
    M.append(("h", "五、存在的问题"))
    M.append(("p", "一是部分二级单位绩效目标编制仍较粗放，个别指标难以量化考核；二是家庭医生签约服务受人员编制不足影响，"
                   "签约人数未达年度计划；三是信息化项目实施进度偏慢，全民健康信息平台等数据尚未实现实时共享；"
                   "四是资产处置不够及时。"))
    M.append(("h", "六、改进措施"))
    M.append(("p", "（一）强化目标管理，2025年起所有二级单位绩效目标须设置量化指标；（二）通过“县管乡用”补充签约服务团队力量，"
                   "力争2025年签约率提升至计划的100%；（三）倒排信息化项目工期，按月调度；（四）完善资产处置流程，定期清理报废资产。"))
    M.append(("h", "七、评分汇总表"))
    names = {"i1": "绩效目标设定", "i2": "绩效目标细化量化", "i3": "预算编制科学性", "i4": "预算分配合理性",
             "i5": "预算执行率", "i6": "资金使用合规性", "i7": "政府采购执行", "i8": "“三公”经费控制", "i9": "资产管理",
             "i10": "老年人健康管理", "i11": "免疫规划接种", "i12": "孕产妇系统管理", "i13": "家庭医生签约",
             "i14": "居民健康素养", "i15": "公共卫生安全", "i16": "服务对象满意度", "i17": "可持续影响"}
    rows = [["一级指标", "序号", "三级指标", "分值", "得分"]]
    for g, ks in groups:
        for i, k in enumerate(ks):
            rows.append([g if i == 0 else "", k[1:], names[k], str(W[k]), s[k]])
            t.within(names[k], s[k], str(W[k]), ["%s|%s|%s" % (names[k], W[k], s[k])])
        rows.append(["", "", "小计", str(gw[g]), fm(gsum[g])])
        t.total("%s小计" % g, fm(gsum[g]), [s[k] for k in ks])
        t.total("%s分值" % g, str(gw[g]), [str(W[k]) for k in ks])
    rows.append(["合计", "", "", "100", fm(total)])
    M.append(("table", "表1 2024年度部门整体支出绩效自评评分汇总表", rows, {}))
    t.total("合计=Σ小计", fm(total), [fm(gsum[g]) for g, _ in groups],
            ["合计|||100|%s" % fm(total)] + ["小计|%d|%s" % (gw[g], fm(gsum[g])) for g, _ in groups])
    t.same("正文总分=表合计", fm(total), fm(total), ["自评总得分%s分" % fm(total), "合计|||100|%s" % fm(total)])
    t.grade("等级", fm(total), "优", [(90, "优"), (80, "良"), (60, "中"), (0, "差")], ["总得分%s分，自评等级为“优”" % fm(total)])
    for g, _ in groups:
        t.same("%s正文=表" % g, fm(gsum[g]), fm(gsum[g]), ["%s类指标合计得分%s分" % (g, fm(gsum[g])), "小计|%d|%s" % (gw[g], fm(gsum[g]))])
    M.append(("sign", ["枫溆区卫生健康局", "2025年3月26日"]))
    t.dated("报告日期晚于年度终了", datetime.date(2025, 3, 26), datetime.date(2024, 12, 31),
            ["枫溆区卫生健康局2025年3月26日", "2024年度部门整体支出"])
    t.holds("文号年份", True, "枫财绩〔2025〕3号 issued in 2025, before the report date 2025-03-26", ["枫财绩〔2025〕3号"])
    t.fact(total=fm(total), budget=F["bud"], spent=F["out"], exec_rate=P["r_all"], **{"score_" + g: fm(v) for g, v in gsum.items()})
    return M, t


def render(M, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for b in M:
        if b[0] == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
        elif b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif b[0] == "p":
            p = d.add_paragraph(b[1])
            p.paragraph_format.first_line_indent = Pt(24)
        elif b[0] == "table":
            cp = d.add_paragraph(b[1])
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rows = b[2]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = c
        elif b[0] == "sign":
            for line in b[1]:
                p = d.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cpp = d.core_properties
    cpp.author = "枫溆区卫生健康局"
    cpp.title = "2024年度部门整体支出绩效自评报告"
    cpp.created = cpp.modified = datetime.datetime(2025, 3, 26, 9, 0, 0)
    cpp.revision = 1
    cpp.last_modified_by = "枫溆区卫生健康局"
    d.save(path)
    fix_docx(path)


read = read_docx


def main():
    M, t = build()
    path = os.path.join(ROOT, NAME + EXT)
    render(M, path)
    text = read(path)
    t.attach(text)
    n = t.dump(os.path.join(ROOT, NAME + ".ledger.json"), text)
    print(NAME, n, "checks ok")


if __name__ == "__main__":
    main()
