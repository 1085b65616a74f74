"""t03 -- 安徽省淝涧县教育体育局 2024年度学生资助资金项目支出绩效自评报告
(.docx; the 绩效自评评分表 is split into TWO Word tables -- 表3 and 表3（续） with its header row repeated
and the 合计 row only in the second table; 一级指标 subtotal rows inside both tables)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, fmt, fint, pct, grow, rnd, val, docx_view, docx_fix, docx_zip_fix, SETDIR  # noqa

NAME = "t03_feijian_student_aid_selfeval_2024"
W = lambda x: fmt(x)


def build():
    A = Audit(NAME + ".docx")
    M = []
    P = lambda t: M.append(("p", t))
    H = lambda t, lvl=1: M.append(("h", t, lvl))

    # ---- base inputs
    aid = [  # name, 人数, 标准(元/人·年), group
        ("学前教育幼儿资助", 1286, 1000, "学前教育"),
        ("义务教育寄宿生生活补助（小学）", 2148, 1000, "义务教育"),
        ("义务教育寄宿生生活补助（初中）", 3026, 1250, "义务教育"),
        ("义务教育非寄宿生生活补助（小学）", 1412, 500, "义务教育"),
        ("义务教育非寄宿生生活补助（初中）", 964, 625, "义务教育"),
        ("普通高中国家助学金", 2316, 2000, "普通高中"),
        ("普通高中免学费", 1842, 1100, "普通高中"),
        ("中职国家助学金", 486, 2000, "中等职业教育"),
        ("中职免学费", 3104, 2000, "中等职业教育"),
    ]
    amt = {n: rnd(DEC(c) * DEC(sd) / 10000, 2) for n, c, sd, g in aid}
    spent = sum(amt.values())
    src = [("中央资金", DEC("1486.20")), ("省级资金", DEC("512.40")), ("县级资金", DEC("302.90"))]
    budget = sum(v for _, v in src)
    rate = rnd(spent / budget * 100, 2)
    left = budget - spent
    prev_spent = DEC("2158.46")
    heads = sum(c for _, c, _, _ in aid)
    poor, disabled = 5128, 214
    pre_poor, pre_dis = 418, 37
    s = {"spent": W(spent), "budget": W(budget), "rate": fmt(rate), "left": W(left), "prev": W(prev_spent),
         "g": fmt(grow(spent, prev_spent)), "heads": fint(heads)}
    for k, v in s.items():
        A.fact(k, v)

    # scores: (一级, 二级, 三级, 分值, 指标值/说明, 得分)
    chk_n, chk_ok = 1050, 1046
    acc = rnd(DEC(chk_ok) / chk_n * 100, 2)
    batches, on_time = 27, 26
    tim = rnd(DEC(on_time) / batches * 100, 2)
    sent, valid, happy = 1500, 1437, 1343
    sat = rnd(DEC(happy) / valid * 100, 2)
    pre_target, mid_target = 1300, 3600
    mid_heads = 486 + 3104
    yw = 2148 + 3026 + 1412 + 964
    sc = lambda x: fmt(x)
    rows = [
        ("决策", "项目立项", "立项依据充分性", 3, "符合国家和省学生资助政策", "3.00"),
        ("决策", "项目立项", "立项程序规范性", 3, "按规定程序申报审批", "3.00"),
        ("决策", "绩效目标", "绩效目标合理性", 3, "目标与资助政策相符", "3.00"),
        ("决策", "绩效目标", "绩效指标明确性", 3, "部分指标未细化到学段，扣0.50分", "2.50"),
        ("决策", "资金投入", "资金分配合理性", 3, "按在校生和认定人数测算分配", "3.00"),
        ("过程", "资金管理", "资金到位率", 4, "到位%s万元，到位率100.00%%" % s["budget"], "4.00"),
        ("过程", "资金管理", "预算执行率", 5, "执行率%s%%，得分=5×执行率" % s["rate"], sc(rnd(5 * rate / 100, 2))),
        ("过程", "资金管理", "资金使用合规性", 5, "个别学校发放台账签字不全，扣0.50分", "4.50"),
        ("过程", "组织实施", "管理制度健全性", 3, "制度健全", "3.00"),
        ("过程", "组织实施", "制度执行有效性", 3, "2所学校公示期不足5个工作日，扣0.50分", "2.50"),
        ("产出", "数量指标", "学前教育资助人数", 5, "目标%s人，完成%s人" % (fint(pre_target), fint(1286)),
         sc(rnd(DEC(5) * 1286 / pre_target, 2))),
        ("产出", "数量指标", "义务教育生活补助人数", 6, "目标7,500人，完成%s人" % fint(yw), "6.00"),
        ("产出", "数量指标", "普通高中国家助学金人数", 5, "目标2,300人，完成2,316人", "5.00"),
        ("产出", "数量指标", "中职资助人次", 5, "目标%s人次，完成%s人次" % (fint(mid_target), fint(mid_heads)),
         sc(rnd(DEC(5) * mid_heads / mid_target, 2))),
        ("产出", "质量指标", "资助对象认定准确率", 6, "抽查%s份，准确%s份，准确率%s%%" % (fint(chk_n), fint(chk_ok), fmt(acc)),
         sc(rnd(6 * acc / 100, 2))),
        ("产出", "时效指标", "资金发放及时率", 6, "%d批次中%d批次按时发放，及时率%s%%" % (batches, on_time, fmt(tim)),
         sc(rnd(6 * tim / 100, 2))),
        ("产出", "成本指标", "资助标准执行到位率", 7, "均按国家和省定标准执行", "7.00"),
        ("效益", "社会效益", "因经济困难辍学学生人数", 8, "0人", "8.00"),
        ("效益", "社会效益", "家庭经济困难学生资助覆盖率", 9, "应助尽助，100%", "9.00"),
        ("效益", "满意度", "受助学生及家长满意度", 8, "满意度%s%%，目标≥90%%" % fmt(sat), "8.00"),
    ]
    firsts = ["决策", "过程", "产出", "效益"]
    sub = {f: sum(DEC(r[5]) for r in rows if r[0] == f) for f in firsts}
    wsub = {f: sum(r[3] for r in rows if r[0] == f) for f in firsts}
    total = sum(sub.values())
    s["score"] = fmt(total)
    A.fact("score", s["score"])
    grade = "优" if total >= 90 else "良"

    M.append(("title", "淝涧县教育体育局2024年度学生资助资金项目支出绩效自评报告"))
    H("一、项目基本情况")
    P("（一）项目概况。学生资助资金是落实国家学生资助政策、保障家庭经济困难学生顺利完成学业的民生项目，覆盖学前教育、义务教育、"
      "普通高中和中等职业教育四个学段。项目由淝涧县教育体育局负责组织实施，县学生资助管理中心承担日常管理，全县74所中小学校、"
      "幼儿园和2所中等职业学校具体负责资助对象的申请受理、认定和资金发放。")
    P("（二）资金安排情况。2024年全县学生资助资金全年预算%s万元，其中中央资金%s万元、省级资金%s万元、县级资金%s万元，"
      "截至2024年12月31日资金全部到位，到位率100.00%%。" % (s["budget"], W(src[0][1]), W(src[1][1]), W(src[2][1])))
    A.adds_up("预算=三级资金", s["budget"], [W(v) for _, v in src],
              anchors=["全年预算%s万元，其中中央资金%s万元" % (s["budget"], W(src[0][1]))])
    P("（三）绩效目标。年度总体目标为：按规定标准及时足额发放各类资助资金，做到应助尽助，确保不让一个学生因家庭经济困难而失学。"
      "主要指标包括：学前教育资助1,300人，义务教育生活补助7,500人，普通高中国家助学金2,300人，中职资助3,600人次，"
      "资助对象认定准确率100%，资金发放及时率100%，受助学生及家长满意度不低于90%。")
    H("二、绩效自评工作开展情况")
    P("根据县财政局关于开展2024年度项目支出绩效自评工作的通知要求，我局成立由分管负责同志任组长的自评工作小组，"
      "采取资料核查、数据比对、实地抽查和问卷调查相结合的方式开展自评。抽查了18所学校的资助档案%s份，发放满意度调查问卷%s份，"
      "收回有效问卷%s份。自评按照决策、过程、产出、效益四类一级指标，对照预先设定的评分标准逐项打分。"
      % (fint(chk_n), fint(sent), fint(valid)))
    A.not_above("有效<=发放", fint(valid), fint(sent), anchors=["发放满意度调查问卷%s份" % fint(sent)])
    H("三、项目资金使用情况")
    P("2024年学生资助资金实际支出%s万元，预算执行率%s%%；年末结余%s万元，已按规定结转下年继续用于学生资助。"
      "实际支出比2023年的%s万元增长%s%%，主要是义务教育阶段寄宿生人数增加。"
      % (s["spent"], s["rate"], s["left"], s["prev"], s["g"]))
    A.ratio("执行率", s["rate"], s["spent"], s["budget"], anchors=["实际支出%s万元，预算执行率%s%%" % (s["spent"], s["rate"])])
    A.delta("结余", s["left"], s["budget"], s["spent"], anchors=["年末结余%s万元" % s["left"]])
    A.growth("比上年增长", s["g"], s["spent"], s["prev"], "增长", anchors=["比2023年的%s万元增长%s%%" % (s["prev"], s["g"])])
    tab1 = [["资助项目", "资助人数（人）", "资助标准（元/人·年）", "资助金额（万元）"]]
    tab1.append(["合计", s["heads"], "—", s["spent"]])
    for n, c, sd, g in aid:
        tab1.append([n, fint(c), fint(sd), W(amt[n])])
    M.append(("cap", "表1　2024年学生资助资金分项目支出情况"))
    M.append(("table", tab1, "t1"))
    P("说明：“合计”列于首行；资助人数为各项目人数相加，同一学生可能同时享受助学金和免学费，故合计为人次而非人数。")
    A.adds_up("表1 金额合计", s["spent"], [W(amt[n]) for n, *_ in aid], anchors=[("rows", "合计 | %s | — | %s" % (s["heads"], s["spent"]))])
    A.adds_up("表1 人数合计", s["heads"], [fint(c) for _, c, _, _ in aid])
    for n, c, sd, g in aid:
        A.times("表1 金额=人数×标准 " + n, W(amt[n]), [fint(c), fint(sd)], scale="0.0001",
                anchors=[("rows", "%s | %s | %s | %s" % (n, fint(c), fint(sd), W(amt[n])))])
    grp = {}
    for n, c, sd, g in aid:
        grp.setdefault(g, [DEC(0), 0])
        grp[g][0] += amt[n]
        grp[g][1] += c
    P("按学段分：%s。" % "；".join("%s资助%s人次、%s万元，占%s%%" % (g, fint(v[1]), W(v[0]), fmt(pct(v[0], spent)))
                               for g, v in grp.items()))
    gsh = []
    for g, v in grp.items():
        sh = fmt(pct(v[0], spent))
        gsh.append(sh)
        A.ratio("学段占比 " + g, sh, W(v[0]), s["spent"], anchors=["%s资助%s人次、%s万元，占%s%%" % (g, fint(v[1]), W(v[0]), sh)])
        A.adds_up("学段金额 " + g, W(v[0]), [W(amt[n]) for n, c, sd, gg in aid if gg == g])
    A.holds("学段占比合计100（或尾差0.01）", abs(sum(val(x) for x in gsh) - 100) <= DEC("0.01"), "+".join(gsh))
    A.fact("stage_share_sum", str(sum(val(x) for x in gsh)))
    H("四、项目绩效目标完成情况")
    P("（一）产出完成情况。全年共资助各学段学生%s人次，其中脱贫家庭（含监测对象）学生%s人次、残疾学生%s人次。"
      "学前教育幼儿资助%s人，其中脱贫家庭幼儿%s人、孤儿和残疾幼儿%s人，完成目标人数的%s%%。"
      "义务教育阶段生活补助%s人，其中寄宿生%s人、非寄宿生%s人，超额完成目标。普通高中国家助学金2,316人，"
      "普通高中免学费1,842人；中职国家助学金486人、中职免学费3,104人，合计%s人次。"
      % (s["heads"], fint(poor), fint(disabled), fint(1286), fint(pre_poor), fint(pre_dis),
         fmt(pct(1286, pre_target)), fint(yw), fint(2148 + 3026), fint(1412 + 964), fint(mid_heads)))
    A.not_above("脱贫家庭<=总人次", fint(poor), s["heads"], anchors=["其中脱贫家庭（含监测对象）学生%s人次" % fint(poor)])
    A.not_above("学前脱贫<=学前", fint(pre_poor), fint(1286), anchors=["其中脱贫家庭幼儿%s人" % fint(pre_poor)])
    A.ratio("学前完成率", fmt(pct(1286, pre_target)), "1,286", "1,300", anchors=["完成目标人数的%s%%" % fmt(pct(1286, pre_target))])
    A.adds_up("义务教育", fint(yw), [fint(2148 + 3026), fint(1412 + 964)],
              anchors=["其中寄宿生%s人、非寄宿生%s人" % (fint(2148 + 3026), fint(1412 + 964))])
    A.adds_up("中职人次", fint(mid_heads), ["486", "3,104"], anchors=["合计%s人次" % fint(mid_heads)])
    P("（二）质量和时效。抽查资助档案%s份，认定准确%s份，认定准确率%s%%，2份档案存在家庭经济困难证明材料不全、"
      "2份存在收入核算偏差，已督促学校整改。全年分%d批次发放资金，其中%d批次按时发放，发放及时率%s%%；"
      "1批次因学籍信息变更延迟6个工作日发放。" % (fint(chk_n), fint(chk_ok), fmt(acc), batches, on_time, fmt(tim)))
    A.ratio("准确率", fmt(acc), fint(chk_ok), fint(chk_n), anchors=["认定准确%s份，认定准确率%s%%" % (fint(chk_ok), fmt(acc))])
    A.adds_up("问题档案 2+2", str(chk_n - chk_ok), ["2", "2"])
    A.ratio("及时率", fmt(tim), str(on_time), str(batches), anchors=["发放及时率%s%%" % fmt(tim)])
    A.signed("延迟批次", "1", [(1, str(batches)), (-1, str(on_time))], anchors=["1批次因学籍信息变更"])
    P("（三）效益和满意度。全县未发生因家庭经济困难而辍学的情况，家庭经济困难学生资助覆盖率100%%。收回的%s份有效问卷中，"
      "表示满意的%s份，满意度%s%%，高于90%%的目标值。此外，全县办理生源地信用助学贷款4,862人、贷款金额5,623.40万元，"
      "贷款由金融机构发放，不属于本项目资金，未计入上述支出。" % (fint(valid), fint(happy), fmt(sat)))
    A.ratio("满意度", fmt(sat), fint(happy), fint(valid), anchors=["表示满意的%s份，满意度%s%%" % (fint(happy), fmt(sat))])
    H("五、绩效自评结果")
    P("经评价，本项目自评得分%s分，等级为“%s”。其中决策类指标得%s分（满分%d分），过程类指标得%s分（满分%d分），"
      "产出类指标得%s分（满分%d分），效益类指标得%s分（满分%d分）。评分标准为：定量指标按完成比例计分，"
      "预算执行率、认定准确率和发放及时率按“分值×实际比率”计分，完成值达到目标值的得满分；定性指标发现问题的，每个问题扣0.50分。"
      "评分明细见表2（因篇幅较长，表2分两部分列示，合计行在续表末行）。"
      % (s["score"], grade, fmt(sub["决策"]), wsub["决策"], fmt(sub["过程"]), wsub["过程"], fmt(sub["产出"]), wsub["产出"],
         fmt(sub["效益"]), wsub["效益"]))
    A.adds_up("总分=一级", s["score"], [fmt(sub[f]) for f in firsts], anchors=["本项目自评得分%s分" % s["score"]])
    A.grade("等级", s["score"], grade, [(90, "优"), (80, "良"), (60, "中"), (0, "差")])
    A.holds("分值合计100", sum(wsub.values()) == 100, str(wsub))
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "指标值及评分说明", "得分"]
    t2a, t2b = [hdr], [hdr]
    split_at = 14   # rows[0:14] in the first table
    for i, r in enumerate(rows):
        target = t2a if i < split_at else t2b
        target.append([r[0], r[1], r[2], str(r[3]), r[4], r[5]])
        if i + 1 == len(rows) or rows[i + 1][0] != r[0]:
            target.append([r[0] + "类小计", "", "", str(wsub[r[0]]), "", fmt(sub[r[0]])])
    t2b.append(["合计", "", "", "100", "", s["score"]])
    M.append(("cap", "表2　2024年度学生资助资金项目绩效自评评分表"))
    M.append(("table", t2a, "t2a"))
    M.append(("cap", "表2（续）"))
    M.append(("table", t2b, "t2b"))
    A.adds_up("表2 合计=各三级得分", s["score"], [r[5] for r in rows], anchors=[("rows", "合计 |  |  | 100 |  | %s" % s["score"])])
    for f in firsts:
        A.adds_up("表2 小计 " + f, fmt(sub[f]), [r[5] for r in rows if r[0] == f],
                  anchors=[("rows", "%s类小计 |  |  | %d |  | %s" % (f, wsub[f], fmt(sub[f])))])
    for r in rows:
        A.within("得分<=分值 " + r[2], r[5], str(r[3]), anchors=[("rows", "%s | %d | %s | %s" % (r[2], r[3], r[4], r[5]))])
    A.times("预算执行率得分", rows[6][5], ["5", s["rate"]], scale="0.01")
    A.holds("学前人数得分=5×1,286÷1,300", rnd(DEC(5) * 1286 / 1300, 2) == val(rows[10][5]), rows[10][5],
            nums=[rows[10][5]], anchors=[("rows", "目标1,300人，完成1,286人 | %s" % rows[10][5])])
    A.holds("中职人次得分=5×3,590÷3,600", rnd(DEC(5) * 3590 / 3600, 2) == val(rows[13][5]), rows[13][5],
            nums=[rows[13][5]], anchors=[("rows", "目标3,600人次，完成3,590人次 | %s" % rows[13][5])])
    A.times("准确率得分", rows[14][5], ["6", fmt(acc)], scale="0.01")
    A.times("及时率得分", rows[15][5], ["6", fmt(tim)], scale="0.01")
    H("六、存在的问题及原因分析")
    P("一是绩效指标设置不够细化，个别指标未按学段分别设定，不便于逐项考核。二是个别学校资助资金发放台账签字不全，"
      "公示期不足5个工作日，反映出基层学校资助工作人员业务不够熟练、人员变动较频繁。三是1批次资金因学籍信息变更未能按时发放，"
      "学籍系统与资助系统数据衔接仍需加强。四是年末结余%s万元，主要是秋季学期部分中职学生转学、退学后资金未能及时调剂使用。" % s["left"])
    H("七、下一步改进措施")
    P("一是细化绩效目标，按学段和资助项目分别设置数量、质量、时效指标，提高指标的可衡量性。二是加强资助工作人员培训，"
      "每学期至少开展1次业务培训，推行资助档案“一生一档”标准化管理。三是建立学籍系统、资助系统与民政、乡村振兴等部门数据的"
      "定期比对机制，做到资助对象精准识别、动态调整。四是加强预算执行监控，对结余资金及时报财政部门统筹调剂，提高资金使用效益。"
      "五是将本次自评结果与2025年资金分配挂钩，对资助工作管理不规范的学校予以通报并限期整改。")
    H("八、自评结果应用及公开情况")
    P("本次自评结果已报送县财政局，并将在县政府信息公开网站随部门决算一并公开。自评中发现的问题，已于自评结束后书面通知相关学校整改，"
      "整改情况纳入年度学校工作考核。")
    M.append(("sign", "淝涧县教育体育局"))
    M.append(("sign", "2025年3月20日"))
    A.dated("报告日期晚于年度终了", (2025, 3, 20), (2024, 12, 31), anchors=["2025年3月20日"])
    A.seen("资金截止日", "截至2024年12月31日资金全部到位")
    return M, A


def render(M, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for sec in d.sections:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.6)
    for blk in M:
        k = blk[0]
        if k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(18)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.name = "黑体"
        elif k == "p":
            p = d.add_paragraph(blk[1])
            p.paragraph_format.first_line_indent = Pt(24)
        elif k == "cap":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(blk[1]).bold = True
        elif k == "sign":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "table":
            data = blk[1]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            for i, row in enumerate(data):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = c
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(9)
                        if j >= 3 and any(ch.isdigit() for ch in c) and len(c) < 12:
                            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            hdr = t.rows[0]._tr
            trPr = hdr.get_or_add_trPr()
            e = OxmlElement("w:tblHeader")
            trPr.append(e)
    docx_fix(d, "淝涧县教育体育局2024年度学生资助资金项目支出绩效自评报告", "淝涧县教育体育局")
    d.save(path)
    docx_zip_fix(path)


def main(outdir=SETDIR, model=None, audit=None):
    if model is None:
        model, audit = build()
    path = os.path.join(outdir, NAME + ".docx")
    render(model, path)
    if audit is not None:
        v = docx_view(path)
        want = [b[1] for b in model if b[0] == "table"]
        audit.holds("tables read back", want == v["tables"], "%d tables" % len(want))
        audit.holds("score table split in two, 合计 only in the second",
                    not any(r[0] == "合计" for r in want[1]) and any(r[0] == "合计" for r in want[2]), "")
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
