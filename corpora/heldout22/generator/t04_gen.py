"""t04 -- 福建省闽岫县审计局 岫溪水库除险加固工程竣工财务决算审计报告（摘要）
(.pdf drawn with the reportlab canvas, STSong-Light; tables in 元 to the fen with name cells that WRAP
over two or three lines (figures top-aligned on the first line), prose in 万元; 审减金额 / 审减率;
a page-break-spanning 表2 with its header repeated; folio “— N —”)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import Audit, DEC, fmt, fint, pct, grow, rnd, val, pdf_view, SETDIR  # noqa

NAME = "t04_minxiu_reservoir_final_accounts_audit_2024"
Y = lambda x: fmt(x)
WY = lambda x: fmt(DEC(x) / 10000)


def build():
    A = Audit(NAME + ".pdf")
    M = []
    P = lambda t: M.append(("p", t))
    H = lambda t: M.append(("h", t))

    parts = [  # name, 送审, 审定
        ("建筑工程", "52386425.60", "49812306.18"),
        ("机电设备及安装工程", "8642310.00", "8417655.40"),
        ("金属结构设备及安装工程", "6215480.50", "6108922.30"),
        ("施工临时工程", "3126540.00", "2874215.60"),
        ("独立费用（建设管理费、勘察设计费、监理费等）", "9864215.35", "9512406.12"),
        ("建设征地移民补偿", "2415600.00", "2415600.00"),
    ]
    parts = [(n, DEC(a), DEC(b)) for n, a, b in parts]
    sub_t = sum(a for _, a, _ in parts)
    aud_t = sum(b for _, _, b in parts)
    cut_t = sub_t - aud_t
    rate_t = pct(cut_t, sub_t)
    build_cut = [("工程量多计", DEC("1386420.15")), ("单价套用错误", DEC("842315.27")), ("材料价差多计", DEC("345384.00"))]
    assert sum(v for _, v in build_cut) == parts[0][1] - parts[0][2]
    ind_cut = [("建设管理费超标准计列", DEC("126480.00")), ("工程监理费多计", DEC("98329.23")),
               ("勘察设计费重复计列", DEC("127000.00"))]
    assert sum(v for _, v in ind_cut) == parts[4][1] - parts[4][2]
    budget = DEC("9280.00")            # 概算, 万元
    funds = [("中央水利发展资金", DEC("4800.00")), ("省级财政资金", DEC("1600.00")), ("县级财政资金", DEC("1800.00"))]
    got = sum(v for _, v in funds)
    paid = DEC("7586.42")
    aud_w = rnd(aud_t / 10000, 2)
    unpaid = aud_w - paid
    qa = DEC("236.48")
    tail = unpaid - qa
    spare = got - aud_w
    s = {"sub": WY(sub_t), "aud": WY(aud_t), "cut": WY(cut_t), "rate": fmt(rate_t), "budget": fmt(budget),
         "got": fmt(got), "paid": fmt(paid), "unpaid": fmt(unpaid), "qa": fmt(qa), "tail": fmt(tail),
         "spare": fmt(spare), "aud_bud": fmt(pct(aud_w, budget)), "save": fmt(budget - aud_w)}
    for k, v in s.items():
        A.fact(k, v)

    M.append(("title", "闽岫县审计局"))
    M.append(("title2", "岫溪水库除险加固工程竣工财务决算审计报告（摘要）"))
    M.append(("center", "岫审投报〔2025〕7号"))
    P("根据《中华人民共和国审计法》和《福建省政府投资审计监督办法》的规定，闽岫县审计局派出审计组，于2025年3月10日至5月16日，"
      "对闽岫县水利局（项目法人）建设的岫溪水库除险加固工程竣工财务决算进行了审计，对重要事项进行了必要的延伸和追溯。"
      "项目法人对提供的竣工财务决算及相关资料的真实性、完整性负责。现将审计情况摘要报告如下。")
    H("一、项目基本情况")
    P("岫溪水库位于闽岫县岫溪镇，是一座以灌溉、防洪为主，兼顾供水的小（1）型水库，总库容682万立方米，设计灌溉面积2.35万亩。"
      "2021年水库大坝安全鉴定为三类坝，县发展改革局于2022年6月批复初步设计，核定工程概算总投资%s万元。"
      "主要建设内容包括：大坝坝体防渗处理及下游坝坡整治、溢洪道加固改造、放水设施改造、大坝安全监测设施、管理房及防汛道路。"
      "工程于2022年10月8日开工，2024年11月26日通过竣工验收，合同工期22个月，实际工期25个月。" % s["budget"])
    A.holds("实际工期 2022-10 至 2024-11 约25个月", (2024 - 2022) * 12 + (11 - 10) == 25, "25", anchors=["实际工期25个月"])
    P("工程建设资金来源为中央水利发展资金、省级财政资金和县级财政资金，截至2024年12月31日累计到位资金%s万元，"
      "其中%s。" % (s["got"], "、".join("%s%s万元" % (n, fmt(v)) for n, v in funds)))
    A.adds_up("到位资金", s["got"], [fmt(v) for _, v in funds], anchors=["累计到位资金%s万元" % s["got"]])
    H("二、审计评价意见")
    P("审计结果表明，闽岫县水利局基本执行了基本建设程序，建立了项目法人制、招标投标制、建设监理制和合同管理制，"
      "工程质量经竣工验收评定为合格，竣工财务决算基本反映了工程建设的财务收支情况。但审计也发现，项目在工程结算、"
      "独立费用计列和资金管理等方面存在一些问题，需要加以纠正和改进。")
    H("三、竣工财务决算审定情况")
    P("项目法人报送的竣工财务决算工程投资（送审金额）%s万元，经审计审定工程投资%s万元，审减资金%s万元，审减率%s%%。"
      "审定工程投资占批复概算%s万元的%s%%，比概算节余%s万元。各部分审定情况见表1。"
      % (s["sub"], s["aud"], s["cut"], s["rate"], s["budget"], s["aud_bud"], s["save"]))
    A.delta("审减=送审-审定(万元)", s["cut"], s["sub"], s["aud"], anchors=["审减资金%s万元" % s["cut"]])
    A.ratio("审减率(万元)", s["rate"], s["cut"], s["sub"], anchors=["审减资金%s万元，审减率%s%%" % (s["cut"], s["rate"])])
    A.times("送审 元→万元", s["sub"], [Y(sub_t)], scale="0.0001")
    A.times("审定 元→万元", s["aud"], [Y(aud_t)], scale="0.0001")
    A.times("审减 元→万元", s["cut"], [Y(cut_t)], scale="0.0001")
    A.ratio("审定占概算", s["aud_bud"], s["aud"], s["budget"], anchors=["的%s%%，比概算节余%s万元" % (s["aud_bud"], s["save"])])
    A.delta("概算节余", s["save"], s["budget"], s["aud"])
    t1 = [["项目", "送审金额（元）", "审定金额（元）", "审减金额（元）", "审减率"]]
    for n, a, b in parts:
        t1.append([n, Y(a), Y(b), Y(a - b), fmt(pct(a - b, a)) + "%"])
        A.delta("表1 审减 " + n, Y(a - b), Y(a), Y(b), anchors=[("rows", " | ".join([Y(a), Y(b), Y(a - b)]))])
        A.ratio("表1 审减率 " + n, fmt(pct(a - b, a)), Y(a - b), Y(a))
    t1.append(["合计", Y(sub_t), Y(aud_t), Y(cut_t), s["rate"] + "%"])
    A.adds_up("表1 送审合计", Y(sub_t), [Y(a) for _, a, _ in parts], anchors=[("rows", "合计 | %s | %s | %s | %s%%" % (Y(sub_t), Y(aud_t), Y(cut_t), s["rate"]))])
    A.adds_up("表1 审定合计", Y(aud_t), [Y(b) for _, _, b in parts])
    A.adds_up("表1 审减合计", Y(cut_t), [Y(a - b) for _, a, b in parts])
    A.ratio("表1 合计审减率", s["rate"], Y(cut_t), Y(sub_t))
    M.append(("cap", "表1　竣工财务决算审定情况表"))
    M.append(("table", t1, [150, 82, 82, 78, 44]))
    M.append(("note", "注：“独立费用”一项名称较长，表中分行显示；“合计”列于末行。建设征地移民补偿按协议据实结算，未审减。"))
    H("四、审计发现的主要问题")
    bc = [(n, fmt(v / 10000)) for n, v in build_cut]
    b_cut = fmt((parts[0][1] - parts[0][2]) / 10000)
    P("（一）工程结算多计工程价款。建筑工程送审%s万元，审定%s万元，审减%s万元，其中：%s。主要表现为：大坝防渗墙工程量按设计断面"
      "而未按实际完成断面计量；部分混凝土项目套用了高于投标报价的单价；钢筋、水泥材料价差调整的基期价格取值错误。"
      % (WY(parts[0][1]), WY(parts[0][2]), b_cut, "、".join("%s%s万元" % x for x in bc)))
    A.adds_up("建筑工程审减其中", b_cut, [x[1] for x in bc], anchors=["审减%s万元，其中：%s" % (b_cut, "、".join("%s%s万元" % x for x in bc))])
    A.delta("建筑工程审减(万元)", b_cut, WY(parts[0][1]), WY(parts[0][2]),
            anchors=["建筑工程送审%s万元，审定%s万元，审减%s万元" % (WY(parts[0][1]), WY(parts[0][2]), b_cut)])
    ic = [(n, fmt(v / 10000)) for n, v in ind_cut]
    i_cut = fmt((parts[4][1] - parts[4][2]) / 10000)
    P("（二）独立费用计列不规范。独立费用送审%s万元，审定%s万元，审减%s万元，其中：%s。建设管理费按概算总额而非审定投资计算，"
      "超过《基本建设项目建设成本管理规定》的标准；监理合同约定按实际完成投资计费，结算时按概算计费；勘察设计费中的"
      "初步设计阶段费用在设计合同和补充协议中重复计列。" % (WY(parts[4][1]), WY(parts[4][2]), i_cut, "、".join("%s%s万元" % x for x in ic)))
    A.adds_up("独立费用审减其中", i_cut, [x[1] for x in ic], anchors=["审减%s万元，其中：%s" % (i_cut, "、".join("%s%s万元" % x for x in ic))])
    P("（三）工程价款支付和资金结余情况。截至审计日，项目累计已支付工程款%s万元，按审定工程投资计算，应付未付款项%s万元，"
      "其中质量保证金%s万元、工程尾款%s万元。到位资金%s万元扣除审定工程投资%s万元后，项目结余资金%s万元，结余资金长期滞留在"
      "项目法人账户，未按规定及时上缴财政。" % (s["paid"], s["unpaid"], s["qa"], s["tail"], s["got"], s["aud"], s["spare"]))
    A.delta("应付未付=审定-已付", s["unpaid"], s["aud"], s["paid"], anchors=["应付未付款项%s万元" % s["unpaid"]])
    A.adds_up("应付未付其中", s["unpaid"], [s["qa"], s["tail"]], anchors=["其中质量保证金%s万元、工程尾款%s万元" % (s["qa"], s["tail"])])
    A.delta("结余资金", s["spare"], s["got"], s["aud"], anchors=["项目结余资金%s万元" % s["spare"]])
    P("（四）合同管理不够严格。工程实际工期比合同工期延长3个月，项目法人未按合同约定对施工单位工期延误责任进行认定和处理；"
      "2项设计变更未按规定履行审批程序即先行施工，涉及金额%s万元。" % fmt(DEC("86.35")))
    A.signed("延长3个月", "3", [(1, "25"), (-1, "22")], anchors=["合同工期22个月，实际工期25个月"])
    t2 = [["序号", "问题类型", "涉及金额（元）", "处理意见"]]
    issues = [("1", "建筑工程量多计", build_cut[0][1], "核减工程结算价款"),
              ("2", "单价套用错误", build_cut[1][1], "核减工程结算价款"),
              ("3", "材料价差多计", build_cut[2][1], "核减工程结算价款"),
              ("4", "机电、金属结构设备及安装工程多计", (parts[1][1] - parts[1][2]) + (parts[2][1] - parts[2][2]),
               "核减结算价款，按合同单价重新结算"),
              ("5", "施工临时工程多计", parts[3][1] - parts[3][2], "核减结算价款"),
              ("6", "建设管理费超标准计列", ind_cut[0][1], "按审定投资重新计算"),
              ("7", "工程监理费多计", ind_cut[1][1], "按合同约定计费"),
              ("8", "勘察设计费重复计列", ind_cut[2][1], "扣回重复计列费用")]
    for no, n, v, how in issues:
        t2.append([no, n, Y(v), how])
    t2.append(["", "合计", Y(cut_t), "—"])
    A.adds_up("表2 合计=审减", Y(cut_t), [Y(v) for *_, v, _ in [(a, b, c, d) for a, b, c, d in issues]],
              anchors=[("rows", "合计 | %s | —" % Y(cut_t))])
    A.adds_up("表2 第4项=机电+金结", Y(issues[3][2]), [Y(parts[1][1] - parts[1][2]), Y(parts[2][1] - parts[2][2])])
    M.append(("cap", "表2　审减金额按问题类型分类表"))
    M.append(("table", t2, [30, 190, 92, 124]))
    M.append(("note", "注：表2按问题类型列示，合计数与表1审减金额合计一致；“施工临时工程多计”含临时道路和施工导流两项。"))
    H("五、审计处理意见和建议")
    P("（一）对审计审减的工程价款%s万元，闽岫县水利局应按审定金额与施工单位、监理单位和设计单位办理结算，"
      "已多支付的款项予以扣回。（二）对项目结余资金%s万元，应在本报告送达之日起30日内按原资金渠道上缴县财政，"
      "其中属于上级补助的资金由县财政按规定统筹使用或退回。（三）对应付未付的质量保证金%s万元，"
      "应在缺陷责任期满后按合同约定支付。（四）闽岫县水利局应加强合同和设计变更管理，完善内部控制，"
      "对工期延误责任依约处理。（五）建议县水利局以审定的竣工财务决算办理资产交付使用手续，审定工程投资%s万元全部形成固定资产，"
      "及时登记入账，防止国有资产账实不符。" % (s["cut"], s["spare"], s["qa"], s["aud"]))
    H("六、审计发现问题的整改情况")
    P("审计期间，闽岫县水利局已与施工单位就工程结算审减事项达成一致，并签订结算补充协议；已扣回多支付的监理费%s万元；"
      "结余资金上缴和设计变更补办手续正在办理中。县审计局将持续跟踪整改情况，对整改不到位的事项依法依规处理。"
      "整改结果将按规定向社会公告。" % ic[1][1])
    H("七、其他需要说明的事项")
    P("（一）工程效益情况。工程完工后，岫溪水库大坝渗漏问题得到有效处理，溢洪道泄洪能力满足设计要求，水库恢复正常蓄水，"
      "2024年汛期安全度汛，下游防洪保护人口1.26万人，设计灌溉面积2.35万亩的灌溉用水得到保障。审计组对2座管理房、"
      "3.6公里防汛道路和大坝安全监测设施进行了现场核查，工程实物与竣工图基本相符。")
    P("（二）审计范围和责任。本次审计以项目法人报送的竣工财务决算为基础，审计范围为工程开工至竣工验收期间的全部建设支出，"
      "不包括工程竣工验收后发生的运行管理费用，也不包括水库管理单位的日常经费。施工单位、监理单位和设计单位的结算资料"
      "由项目法人负责收集提供。本报告中的金额，表1、表2以元为单位，正文以万元为单位并保留两位小数，"
      "正文数据按表中元数四舍五入换算。")
    P("（三）以前年度审计情况。2023年县审计局对本工程进行过一次跟踪审计，指出的工程进度款超付问题已于2023年底前整改完毕，"
      "本次审计未发现同类问题重复发生。")
    M.append(("right", "闽岫县审计局"))
    M.append(("right", "2025年6月18日"))
    A.dated("报告日期晚于竣工验收和年度终了", (2025, 6, 18), (2024, 12, 31), anchors=["2025年6月18日"])
    A.seen("竣工验收早于审计", "2024年11月26日通过竣工验收")
    return M, A


# ------------------------------------------------------------------ renderer

def render(M, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    sw = lambda t, sz: pdfmetrics.stringWidth(t, F, sz)
    pw, ph = A4
    left, right, top, bottom = 72, pw - 72, ph - 72, 80
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("岫溪水库除险加固工程竣工财务决算审计报告（摘要）")
    c.setAuthor("闽岫县审计局")
    st = {"y": top, "page": 1}

    def new_page():
        c.setFont(F, 10)
        label = "— %d —" % st["page"]
        c.drawString(pw / 2 - sw(label, 10) / 2, 40, label)
        c.showPage()
        st["page"] += 1
        st["y"] = top

    def tokens(text):
        out, cur = [], ""
        for ch in text:
            if ch.isascii() and ch not in " ":
                cur += ch
            else:
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
        if cur:
            out.append(cur)
        return out

    NOSTART = "，。、；：）”％%"

    def wrap(text, width, sz):
        lines, cur = [], ""
        toks = tokens(text)
        i = 0
        while i < len(toks):
            t = toks[i]
            if sw(cur + t, sz) <= width or not cur:
                cur += t
                i += 1
            else:
                if t[0] in NOSTART:      # keep closing punctuation on the line
                    cur += t
                    i += 1
                # a unit must not be split from its number: move trailing number to next line if 万/元 follows
                lines.append(cur)
                cur = ""
        if cur:
            lines.append(cur)
        return lines

    def para(text, sz=12, indent=24, lead=20, align="left"):
        lines = wrap(text, right - left - indent, sz)
        for k, ln in enumerate(lines):
            if st["y"] < bottom + lead:
                new_page()
            c.setFont(F, sz)
            if align == "center":
                c.drawString(pw / 2 - sw(ln, sz) / 2, st["y"], ln)
            elif align == "right":
                c.drawString(right - sw(ln, sz) - 24, st["y"], ln)
            else:
                c.drawString(left + (indent if k == 0 else 0), st["y"], ln)
            st["y"] -= lead

    def table(rows, widths, sz=9):
        lead = 13
        x0 = left
        total_w = sum(widths)
        x0 = left + (right - left - total_w) / 2

        def row_lines(r):
            return [wrap(cell, w - 8, sz) for cell, w in zip(r, widths)]

        def draw_row(r, bold=False):
            cells = row_lines(r)
            h = max(len(x) for x in cells) * lead + 6
            if st["y"] - h < bottom:
                new_page()
                draw_row(rows[0])      # header repeated on the new page
            ytop = st["y"]
            x = x0
            for j, (cl, w) in enumerate(zip(cells, widths)):
                c.rect(x, ytop - h, w, h, stroke=1, fill=0)
                for k, ln in enumerate(cl):
                    yy = ytop - 4 - sz - k * lead + 2
                    c.setFont(F, sz)
                    numeric = any(ch.isdigit() for ch in ln) and j > 0 and r is not rows[0] and not any(
                        "\u4e00" <= ch <= "\u9fff" for ch in ln)
                    if numeric:
                        c.drawString(x + w - 4 - sw(ln, sz), yy, ln)
                    else:
                        c.drawString(x + 4, yy, ln)
                x += w
            st["y"] = ytop - h

        for r in rows:
            draw_row(r)
        st["y"] -= 10

    c.setLineWidth(0.6)
    for blk in M:
        k = blk[0]
        if k == "title":
            para(blk[1], sz=22, indent=0, lead=34, align="center")
        elif k == "title2":
            para(blk[1], sz=16, indent=0, lead=28, align="center")
        elif k == "center":
            para(blk[1], sz=12, indent=0, lead=26, align="center")
        elif k == "h":
            para(blk[1], sz=13, indent=0, lead=24)
        elif k == "p":
            para(blk[1])
        elif k == "cap":
            para(blk[1], sz=11, indent=0, lead=18, align="center")
        elif k == "note":
            para(blk[1], sz=9, indent=0, lead=14)
        elif k == "right":
            para(blk[1], sz=12, indent=0, lead=22, align="right")
        elif k == "table":
            table(blk[1], blk[2])
    new_page()
    c.save()


def main(outdir=SETDIR, model=None, audit=None):
    if model is None:
        model, audit = build()
    path = os.path.join(outdir, NAME + ".pdf")
    render(model, path)
    if audit is not None:
        v = pdf_view(path)
        audit.fact("pages", v["pages"])
        # every table row: its figures appear as one glyph row, in order
        for b in model:
            if b[0] == "table":
                for r in b[1][1:]:
                    nums = [x for x in r if any(ch.isdigit() for ch in x) and not any("\u4e00" <= ch <= "\u9fff" for ch in x)]
                    nums = [x for x in nums if len(x) > 2]
                    frag = " | ".join(nums)
                    audit.holds("pdf row figures on one glyph row: " + r[1][:12], frag in v["rows"], frag)
        # no figure of the prose is split over two pdfminer lines: every prose number is found in the line text
        import re as _re
        for b in model:
            if b[0] == "p":
                for n in _re.findall(r"\d[\d,]*\.\d+", b[1]):
                    audit.holds("prose number not split " + n, n in v["lines"], n)
        audit.close(os.path.join(outdir, NAME + ".ledger.json"), v, main="flat")
    return path


if __name__ == "__main__":
    main()
