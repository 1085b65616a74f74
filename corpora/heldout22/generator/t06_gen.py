"""t06 -- 山西省汾堰县残疾人联合会 2024年度部门决算说明（含“三公”经费和机关运行经费）
(.docx WITHOUT any w:tbl: every table is a run of paragraphs whose columns are set by TAB characters against
right-aligned tab stops -- how many county offices paste tables out of a financial system; signature date in
Chinese numerals “二〇二五年八月二十日”)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, fmt, fint, pct, grow, rnd, val, docx_view, docx_fix, docx_zip_fix, SETDIR  # noqa

NAME = "t06_fenyan_disabled_federation_final_accounts_2024"
W = lambda x: fmt(x)


def build():
    A = Audit(NAME + ".docx")
    M = []
    P = lambda t: M.append(("p", t))
    H = lambda t: M.append(("h", t))
    D = DEC
    fin_inc, oth_inc, carry_in = D("1352.18"), D("34.36"), D("42.75")
    inc = fin_inc + oth_inc
    fun = [("社会保障和就业支出", None), ("卫生健康支出", D("36.48")), ("住房保障支出", D("41.52"))]
    sub = [("行政运行", D("286.42")), ("残疾人康复", D("392.60")), ("残疾人就业", D("118.35")), ("残疾人体育", D("12.80")),
           ("其他残疾人事业支出", D("436.18")), ("机关事业单位基本养老保险缴费支出", D("67.47"))]
    ss = sum(v for _, v in sub)
    fun[0] = ("社会保障和就业支出", ss)
    out = sum(v for _, v in fun)
    staff, office = D("452.18"), D("60.18")
    basic = staff + office
    proj = out - basic
    carry_out = inc + carry_in - out
    out0 = D("1268.35")
    init_budget = D("1205.60")
    fin_out = D("1352.18")
    # 三公
    sg_b = D("8.40")
    car_run, recv = D("4.86"), D("2.06")
    sg = car_run + recv
    sg0 = D("7.58")
    car0, recv0 = D("5.12"), D("2.46")
    run, run0 = D("58.74"), D("63.20")
    buy = [("货物", D("142.30")), ("服务", D("44.12"))]
    buy_t = sum(v for _, v in buy)
    sme = D("172.85")
    s = dict(inc=W(inc), out=W(out), basic=W(basic), proj=W(proj), co=W(carry_out), sg=W(sg), run=W(run))
    for k, v in s.items():
        A.fact(k, v)

    M.append(("title", "汾堰县残疾人联合会2024年度部门决算说明"))
    H("第一部分　部门概况")
    P("一、主要职能。汾堰县残疾人联合会（以下简称县残联）是全县各类残疾人的统一组织，承担代表残疾人共同利益、维护残疾人合法权益、"
      "团结教育残疾人、为残疾人服务的职责，承担县人民政府残疾人工作委员会的日常工作，负责残疾人康复、教育、就业、扶贫、"
      "文化体育、宣传、维权和残疾人证管理等工作。")
    P("二、机构设置。纳入县残联2024年度部门决算编制范围的单位共3个：县残联机关（参照公务员法管理）、汾堰县残疾人康复中心、"
      "汾堰县残疾人劳动就业服务所。年末编制数28人，其中机关12人、事业单位16人；年末实有在职人员25人；离退休人员9人。")
    A.adds_up("编制", "28", ["12", "16"], anchors=["年末编制数28人，其中机关12人、事业单位16人"])
    A.not_above("实有<=编制", "25", "28")
    P("三、2024年度主要工作。全年为残疾人办理（换发）第三代残疾人证%s本，完成残疾人基本康复服务%s人，"
      "组织残疾人职业技能培训%s人次，为困难重度残疾人家庭实施无障碍改造%s户，组织开展“全国助残日”“国际残疾人日”等主题活动。"
      "县残疾人康复中心全年提供康复训练服务%s人次，县残疾人劳动就业服务所推荐残疾人就业%s人，"
      "审核按比例安排残疾人就业单位%s家。" % (fint(1864), fint(4126), fint(386), fint(120), fint(9842), fint(212), fint(146)))
    H("第二部分　2024年度部门决算情况说明")
    H("一、收入支出决算总体情况")
    P("2024年度本年收入合计%s万元，其中财政拨款收入%s万元、其他收入%s万元；年初结转和结余%s万元。本年支出合计%s万元，"
      "其中基本支出%s万元、项目支出%s万元；年末结转和结余%s万元。与2023年度支出%s万元相比，本年支出增加%s万元，增长%s%%，"
      "主要是残疾人康复救助和辅助器具适配项目支出增加。"
      % (s["inc"], W(fin_inc), W(oth_inc), W(carry_in), s["out"], s["basic"], s["proj"], s["co"], W(out0), W(out - out0),
         fmt(grow(out, out0))))
    A.adds_up("收入", s["inc"], [W(fin_inc), W(oth_inc)], anchors=["本年收入合计%s万元" % s["inc"]])
    A.adds_up("支出=基本+项目", s["out"], [s["basic"], s["proj"]], anchors=["本年支出合计%s万元" % s["out"]])
    A.signed("年末结转", s["co"], [(1, s["inc"]), (1, W(carry_in)), (-1, s["out"])], anchors=["年末结转和结余%s万元" % s["co"]])
    A.delta("支出增加", W(out - out0), s["out"], W(out0), "增加", anchors=["本年支出增加%s万元" % W(out - out0)])
    A.growth("支出增长", fmt(grow(out, out0)), s["out"], W(out0), "增长", anchors=["增长%s%%" % fmt(grow(out, out0))])
    M.append(("cap", "表1　收入支出决算总表"))
    M.append(("unit", "单位：万元"))
    t1 = [["收　入", "决算数", "支　出", "决算数"],
          ["一、财政拨款收入", W(fin_inc), "一、社会保障和就业支出", W(ss)],
          ["二、其他收入", W(oth_inc), "二、卫生健康支出", W(fun[1][1])],
          ["", "", "三、住房保障支出", W(fun[2][1])],
          ["本年收入合计", s["inc"], "本年支出合计", s["out"]],
          ["年初结转和结余", W(carry_in), "年末结转和结余", s["co"]],
          ["总计", W(inc + carry_in), "总计", W(out + carry_out)]]
    M.append(("tabs", t1))
    A.adds_up("表1 支出", s["out"], [W(v) for _, v in fun], anchors=[("rows", "本年收入合计 | %s | 本年支出合计 | %s" % (s["inc"], s["out"]))])
    A.same("表1 总计相等", W(inc + carry_in), W(out + carry_out), anchors=[("rows", "总计 | %s | 总计 | %s" % (W(inc + carry_in), W(out + carry_out)))])
    A.adds_up("收入总计", W(inc + carry_in), [s["inc"], W(carry_in)])
    H("二、财政拨款支出决算情况")
    P("2024年度财政拨款支出%s万元，占本年支出合计的%s%%。财政拨款支出年初预算为%s万元，决算数为年初预算的%s%%，"
      "决算数大于年初预算的主要原因是年中追加了残疾儿童康复救助和残疾人辅助器具适配补助资金。按支出功能分类，"
      "社会保障和就业支出%s万元，占%s%%；卫生健康支出%s万元，占%s%%；住房保障支出%s万元，占%s%%。"
      % (W(fin_out), fmt(pct(fin_out, out)), W(init_budget), fmt(pct(fin_out, init_budget)), W(ss), fmt(pct(ss, out)),
         W(fun[1][1]), fmt(pct(fun[1][1], out)), W(fun[2][1]), fmt(pct(fun[2][1], out))))
    A.ratio("财政拨款占支出", fmt(pct(fin_out, out)), W(fin_out), s["out"], anchors=["占本年支出合计的%s%%" % fmt(pct(fin_out, out))])
    A.ratio("决算/年初预算", fmt(pct(fin_out, init_budget)), W(fin_out), W(init_budget), anchors=["决算数为年初预算的%s%%" % fmt(pct(fin_out, init_budget))])
    shs = [fmt(pct(v, out)) for _, v in fun]
    for (n, v), sh in zip(fun, shs):
        A.ratio("功能占比 " + n, sh, W(v), s["out"], anchors=["%s%s万元，占%s%%" % (n, W(v), sh)])
    A.holds("功能占比合计100", sum(val(x) for x in shs) == 100, "+".join(shs))
    P("说明：本年财政拨款收入与财政拨款支出均为%s万元，年初、年末均无财政拨款结转结余；年初结转和结余%s万元、"
      "年末结转和结余%s万元均为其他收入形成，本年使用其他收入及其结转安排支出%s万元。"
      % (W(fin_out), W(carry_in), s["co"], W(out - fin_out)))
    A.signed("其他资金安排支出", W(out - fin_out), [(1, W(oth_inc)), (1, W(carry_in)), (-1, s["co"])],
             anchors=["本年使用其他收入及其结转安排支出%s万元" % W(out - fin_out)])
    A.same("财政拨款收支相同", W(fin_inc), W(fin_out))
    M.append(("cap", "表2　社会保障和就业支出明细"))
    M.append(("unit", "单位：万元"))
    t2 = [["科目名称", "决算数", "占本类比重"], ["合计", W(ss), "100.00%"]] + \
        [[n, W(v), fmt(pct(v, ss)) + "%"] for n, v in sub]
    M.append(("tabs", t2))
    A.adds_up("表2 合计", W(ss), [W(v) for _, v in sub], anchors=[("rows", "合计 | %s | 100.00%%" % W(ss))])
    sub_sh = [fmt(pct(v, ss)) for _, v in sub]
    for (n, v), sh in zip(sub, sub_sh):
        A.ratio("表2 比重 " + n, sh, W(v), W(ss), anchors=[("rows", "%s | %s | %s%%" % (n, W(v), sh))])
    A.fact("t2_share_sum", str(sum(val(x) for x in sub_sh)))
    A.holds("表2 比重合计 100（尾差≤0.01）", abs(sum(val(x) for x in sub_sh) - 100) <= D("0.01"), "+".join(sub_sh))
    M.append(("note", "注：“合计”行列于首行；各科目比重按四舍五入保留两位小数，各行比重相加为%s%%。"
              % fmt(sum(val(x) for x in sub_sh))))
    H("三、基本支出决算情况")
    P("2024年度基本支出%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、"
      "职工基本医疗保险缴费、住房公积金等；公用经费%s万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、"
      "公务接待费、公务用车运行维护费、工会经费等。基本支出占本年支出合计的%s%%，项目支出占%s%%。"
      % (s["basic"], W(staff), W(office), fmt(pct(basic, out)), fmt(pct(proj, out))))
    A.adds_up("基本=人员+公用", s["basic"], [W(staff), W(office)], anchors=["其中：人员经费%s万元" % W(staff)])
    A.holds("基本+项目占比=100", val(fmt(pct(basic, out))) + val(fmt(pct(proj, out))) == 100, "")
    H("四、“三公”经费财政拨款支出决算情况")
    P("2024年度“三公”经费财政拨款年初预算%s万元，决算支出%s万元，完成预算的%s%%，比2023年度的%s万元减少%s万元，下降%s%%。"
      "其中：因公出国（境）费0万元；公务用车购置费0万元；公务用车运行维护费%s万元，比上年%s万元减少%s万元；公务接待费%s万元，"
      "比上年%s万元减少%s万元。" % (W(sg_b), s["sg"], fmt(pct(sg, sg_b)), W(sg0), W(sg0 - sg), fmt(abs(grow(sg, sg0))),
                              W(car_run), W(car0), W(car0 - car_run), W(recv), W(recv0), W(recv0 - recv)))
    A.adds_up("三公", s["sg"], [W(car_run), W(recv)], anchors=["决算支出%s万元" % s["sg"]])
    A.ratio("三公完成预算", fmt(pct(sg, sg_b)), s["sg"], W(sg_b), anchors=["完成预算的%s%%" % fmt(pct(sg, sg_b))])
    A.delta("三公减少", W(sg0 - sg), s["sg"], W(sg0), "减少", anchors=["比2023年度的%s万元减少%s万元" % (W(sg0), W(sg0 - sg))])
    A.growth("三公下降", fmt(abs(grow(sg, sg0))), s["sg"], W(sg0), "下降", anchors=["下降%s%%" % fmt(abs(grow(sg, sg0)))])
    A.adds_up("上年三公", W(sg0), [W(car0), W(recv0)])
    A.delta("用车减少", W(car0 - car_run), W(car_run), W(car0), "减少")
    A.delta("接待减少", W(recv0 - recv), W(recv), W(recv0), "减少")
    P("公务用车运行维护费主要用于残疾人证办理入户评残、残疾人康复服务上门评估和助残活动所需的公务用车燃料费、维修费、"
      "过桥过路费、保险费等支出。截至2024年12月31日，县残联开支财政拨款的公务用车保有量为两辆，均为残疾人服务专用车辆。"
      "公务接待费主要用于上级残联检查指导和兄弟县（市、区）残联考察交流，全年国内公务接待18批次、142人次，"
      "人均接待费%s元。" % fint(rnd(recv * 10000 / 142, 0)))
    A.per("人均接待费", fint(rnd(recv * 10000 / 142, 0)), W(recv), "142", scale=10000,
          anchors=["人均接待费%s元" % fint(rnd(recv * 10000 / 142, 0))])
    M.append(("cap", "表3　“三公”经费财政拨款支出决算表"))
    M.append(("unit", "单位：万元"))
    t3 = [["项目", "年初预算", "决算数", "上年决算数"], ["合计", W(sg_b), s["sg"], W(sg0)],
          ["1.因公出国（境）费", "0.00", "0.00", "0.00"],
          ["2.公务用车购置及运行维护费", W(D("5.60")), W(car_run), W(car0)],
          ["（1）公务用车购置费", "0.00", "0.00", "0.00"],
          ["（2）公务用车运行维护费", W(D("5.60")), W(car_run), W(car0)],
          ["3.公务接待费", W(sg_b - D("5.60")), W(recv), W(recv0)]]
    M.append(("tabs", t3))
    A.adds_up("表3 预算合计", W(sg_b), ["0.00", W(D("5.60")), W(sg_b - D("5.60"))], anchors=[("rows", "合计 | %s | %s | %s" % (W(sg_b), s["sg"], W(sg0)))])
    A.adds_up("表3 决算合计", s["sg"], ["0.00", W(car_run), W(recv)])
    A.adds_up("表3 上年合计", W(sg0), ["0.00", W(car0), W(recv0)])
    M.append(("note", "注：“合计”行列于首行；第（1）、（2）项是第2项的明细，不重复计入合计。"))
    H("五、机关运行经费支出情况")
    P("2024年度县残联机关运行经费支出%s万元，比上年的%s万元减少%s万元，下降%s%%，主要是压减了办公费、印刷费和会议费。"
      "机关运行经费仅指县残联机关（参照公务员法管理）使用一般公共预算财政拨款安排的公用经费，不含两个事业单位的公用经费，"
      "因此小于部门公用经费%s万元。" % (s["run"], W(run0), W(run0 - run), fmt(abs(grow(run, run0))), W(office)))
    A.delta("运行减少", W(run0 - run), s["run"], W(run0), "减少", anchors=["比上年的%s万元减少%s万元" % (W(run0), W(run0 - run))])
    A.growth("运行下降", fmt(abs(grow(run, run0))), s["run"], W(run0), "下降", anchors=["下降%s%%，主要是压减" % fmt(abs(grow(run, run0)))])
    A.not_above("运行<=公用", s["run"], W(office))
    H("六、政府采购支出情况")
    P("2024年度政府采购支出总额%s万元，其中：政府采购货物支出%s万元、政府采购服务支出%s万元，无政府采购工程支出。"
      "授予中小企业合同金额%s万元，占政府采购支出总额的%s%%，其中授予小微企业合同金额%s万元。"
      % (W(buy_t), W(buy[0][1]), W(buy[1][1]), W(sme), fmt(pct(sme, buy_t)), W(D("128.64"))))
    A.adds_up("采购", W(buy_t), [W(v) for _, v in buy], anchors=["政府采购支出总额%s万元" % W(buy_t)])
    A.ratio("中小企业占比", fmt(pct(sme, buy_t)), W(sme), W(buy_t), anchors=["占政府采购支出总额的%s%%" % fmt(pct(sme, buy_t))])
    A.not_above("小微<=中小", "128.64", W(sme))
    H("七、国有资产占用情况")
    P("截至2024年12月31日，县残联共有车辆两辆，均为特种专业技术用车（残疾人服务专用车）；单位价值50万元以上通用设备0台（套），"
      "单位价值100万元以上专用设备0台（套）。年末固定资产原值%s万元，其中康复训练设备%s万元。" % (W(D("486.32")), W(D("312.48"))))
    A.not_above("康复设备<=固定资产", "312.48", "486.32")
    H("八、预算绩效管理情况")
    P("2024年度县残联对全部6个项目开展了绩效自评，涉及项目支出%s万元，自评覆盖率100%%。其中残疾儿童康复救助项目、"
      "残疾人辅助器具适配项目和残疾人就业补助项目3个重点项目的自评得分分别为95.40分、92.85分和90.10分，平均得分%s分。"
      "全年为%s名0—6岁残疾儿童提供康复救助，适配辅助器具%s件，扶持残疾人就业%s人。"
      % (s["proj"], fmt((D("95.40") + D("92.85") + D("90.10")) / 3), fint(168), fint(1246), fint(212)))
    A.holds("平均分", rnd((D("95.40") + D("92.85") + D("90.10")) / 3, 2) == val(fmt((D("95.40") + D("92.85") + D("90.10")) / 3)),
            "", nums=["95.40", "92.85", "90.10"])
    H("第三部分　名词解释")
    P("一、财政拨款收入：指县级财政当年拨付的资金。二、其他收入：指除财政拨款收入以外的收入，主要是康复中心接受的社会捐赠和银行存款利息。"
      "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。四、基本支出：指为保障机构正常运转、"
      "完成日常工作任务而发生的人员支出和公用支出。五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"
      "六、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。七、机关运行经费："
      "指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。")
    M.append(("sign", "汾堰县残疾人联合会"))
    M.append(("sign", "二〇二五年八月二十日"))
    A.seen("日期（中文数字）晚于年度终了", "二〇二五年八月二十日")
    return M, A


def render(M, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for sec in d.sections:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.5)
    for blk in M:
        k = blk[0]
        if k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(16)
        elif k == "h":
            p = d.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif k == "p":
            p = d.add_paragraph(blk[1])
            p.paragraph_format.first_line_indent = Pt(22)
        elif k in ("cap",):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(blk[1]).bold = True
        elif k == "unit":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "note":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.font.size = Pt(9)
        elif k == "sign":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "tabs":
            rows = blk[1]
            ncol = len(rows[0])
            if ncol == 4 and rows[0][0].startswith("收"):
                stops = [(Cm(7.0), WD_TAB_ALIGNMENT.RIGHT), (Cm(7.6), WD_TAB_ALIGNMENT.LEFT), (Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)]
            elif ncol == 4:
                stops = [(Cm(9.5), WD_TAB_ALIGNMENT.RIGHT), (Cm(12.8), WD_TAB_ALIGNMENT.RIGHT), (Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)]
            else:
                stops = [(Cm(11.0), WD_TAB_ALIGNMENT.RIGHT), (Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)]
            for i, r in enumerate(rows):
                p = d.add_paragraph()
                pf = p.paragraph_format
                pf.space_after = Pt(0)
                for pos, al in stops:
                    pf.tab_stops.add_tab_stop(pos, al, WD_TAB_LEADER.SPACES)
                # empty cells are written as nothing between two tabs
                run = p.add_run("\t".join(r))
                run.font.size = Pt(10)
                if i == 0:
                    run.bold = True
    docx_fix(d, "汾堰县残疾人联合会2024年度部门决算说明", "汾堰县残疾人联合会")
    d.save(path)
    docx_zip_fix(path)


def main(outdir=SETDIR, model=None, audit=None):
    if model is None:
        model, audit = build()
    path = os.path.join(outdir, NAME + ".docx")
    render(model, path)
    if audit is not None:
        v = docx_view(path)
        audit.holds("no w:tbl in the document", v["tables"] == [], "")
        want = []
        for b in model:
            if b[0] == "tabs":
                for r in b[1]:
                    want.append(" | ".join(c for c in r if c))
        got = [r for r in v["rows"].split("\n") if r]
        audit.holds("tab rows read back", want == got, "%d rows" % len(want))
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
