"""t04 河南省淇桐县柘坪镇人民政府 2024年度“三公”经费、会议费、培训费支出情况说明 (.pdf).

Two-column layout: the title spans the page, the text then flows down the left column and on into the
right column (canvas drawString, STSong-Light, invariant=1).
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h23kit import D, rq, fm, pc, gr, Tally, read_pdf, ROOT  # noqa: E402

NAME = "t04_zheping_town_three_public_meeting_training_2024"
EXT = ".pdf"


def build():
    t = Tally(NAME + EXT)
    B = []
    f = fm
    car_b, rec_b = D("24.60"), D("8.20")
    car, rec = D("22.36"), D("6.28")
    car_p, rec_p = D("23.47"), D("6.68")
    sgb, sg, sgp = car_b + rec_b, car + rec, car_p + rec_p
    mt_b, mt, mt_p = D("6.00"), D("4.36"), D("5.12")
    tr_b, tr, tr_p = D("9.50"), D("8.72"), D("7.96")
    allb, alls = sgb + mt_b + tr_b, sg + mt + tr
    n_car = 5
    per_car = rq(car / n_car, 2)
    rec_batch, rec_ppl = 58, 412
    per_rec = rq(rec * 10000 / rec_ppl, 2)
    mt_n, mt_ppl = 14, 1086
    tr_n, tr_ppl = 11, 1340
    per_tr = rq(tr * 10000 / tr_ppl, 2)
    B.append(("title", "淇桐县柘坪镇人民政府"))
    B.append(("title", "2024年度“三公”经费、会议费、培训费支出情况说明"))
    B.append(("p", "根据《淇桐县财政局关于做好2024年度乡镇部门决算公开工作的通知》（淇财预〔2025〕11号）要求，现将柘坪镇人民政府（含镇属事业单位，下同）"
                   "2024年度“三公”经费、会议费和培训费财政拨款支出情况说明如下。"))
    B.append(("p", "柘坪镇辖42个行政村，镇本级预算单位包括镇机关和镇综合行政执法大队、镇农业农村服务中心、镇党政综合便民服务中心等7个事业单位，"
                   "年末在职人员126人。"))
    B.append(("h", "一、总体情况"))
    a0 = ("2024年度，全镇“三公”经费、会议费、培训费三项经费财政拨款预算合计%s万元，实际支出%s万元，为预算的%s%%。"
          % (f(allb), f(alls), f(pc(alls, allb))))
    B.append(("p", a0 + "三项经费均控制在年初预算以内，未发生超预算、无预算列支情况。其中，“三公”经费%s万元，会议费%s万元，培训费%s万元。"
              % (f(sg), f(mt), f(tr))))
    t.total("三项合计决算", f(alls), [f(sg), f(mt), f(tr)], [a0, "其中，“三公”经费%s万元，会议费%s万元，培训费%s万元" % (f(sg), f(mt), f(tr))])
    t.share("三项执行率", f(alls), f(allb), f(pc(alls, allb)), [a0])
    B.append(("h", "二、“三公”经费支出情况"))
    a1 = "“三公”经费财政拨款年初预算%s万元，其中公务用车购置及运行维护费%s万元、公务接待费%s万元，未安排因公出国（境）费。" % (f(sgb), f(car_b), f(rec_b))
    B.append(("p", "（一）预算安排。2024年" + a1))
    t.total("三公预算", f(sgb), [f(car_b), f(rec_b)], [a1])
    a2 = "2024年“三公”经费实际支出%s万元，完成预算的%s%%。" % (f(sg), f(pc(sg, sgb)))
    a3 = "上年同口径支出为%s万元，本年比上年减少%s万元。" % (f(sgp), f(sgp - sg))
    a4 = "降幅为%s%%，主要是严格执行公务接待“一函一单”制度，减少了陪餐人数。" % f(-gr(sg, sgp))
    B.append(("p", "（二）总体支出。" + a2 + a3 + a4))
    t.share("三公完成预算", f(sg), f(sgb), f(pc(sg, sgb)), [a2, a1])
    t.delta("三公减少", f(sg), f(sgp), f(sgp - sg), "减少", [a2, a3])
    t.change("三公", f(sg), f(sgp), f(-gr(sg, sgp)), "下降", [a2, a3, a4])
    B.append(("p", "（三）因公出国（境）费。2024年镇机关及所属单位未安排因公出国（境）团组，支出为0，与上年持平。"))
    a5 = "公务用车购置及运行维护费支出%s万元，全部为公务用车运行维护费，本年未购置公务用车。" % f(car)
    a6 = "截至2024年末，全镇公务用车保有量%d辆，其中一般公务用车2辆、执法执勤用车3辆，平均每辆车全年运行维护费%s万元。" % (n_car, f(per_car))
    a7 = "上年该项支出%s万元，本年下降%s%%。" % (f(car_p), f(-gr(car, car_p)))
    B.append(("p", "（四）公务用车购置及运行维护费。" + a5 + "主要用于防汛值守、环保巡查、乡村道路安全巡查等工作所需车辆的燃料、维修、保险、过路过桥费。" + a6 + a7))
    t.holds("车辆数", n_car == 2 + 3, "5 = 2 + 3", [a6])
    t.quot("车均运行费", f(car), str(n_car), f(per_car), [a5, a6])
    t.change("车辆运行费", f(car), f(car_p), f(-gr(car, car_p)), "下降", [a5, a7])
    t.le("车辆<=预算", f(car), f(car_b), [a5, a1])
    a8 = "公务接待费支出%s万元，共接待上级督导检查、招商考察等国内公务接待%d批次、%s人次，人均接待费%s元。" % (f(rec), rec_batch, "{:,}".format(rec_ppl), f(per_rec))
    a9 = "上年公务接待费%s万元。" % f(rec_p)
    a10 = "本年公务接待费比上年减少%s万元，下降%s%%。" % (f(rec_p - rec), f(-gr(rec, rec_p)))
    B.append(("p", "（五）公务接待费。" + a8 + "接待一律在镇机关食堂安排工作餐，未发生超标准接待。" + a9 + a10))
    t.quot("人均接待费", f(rec), "412", f(per_rec), [a8], scale=10000)
    t.delta("接待减少", f(rec), f(rec_p), f(rec_p - rec), "减少", [a8, a9, a10])
    t.change("接待", f(rec), f(rec_p), f(-gr(rec, rec_p)), "下降", [a8, a9, a10])
    t.total("三公决算", f(sg), [f(car), f(rec)], [a2, a5, a8])
    t.total("上年三公", f(sgp), [f(car_p), f(rec_p)], [a3, a7, a9])
    u = [("镇机关", "12.64", "3.86"), ("镇综合行政执法大队", "6.42", "0.94"), ("镇农业农村服务中心", "3.30", "1.48")]
    a_u = "按单位分：" + "；".join("%s公务用车运行维护费%s万元、公务接待费%s万元" % x for x in u) + "。"
    B.append(("p", "（六）分单位情况。" + a_u + "镇党政综合便民服务中心、镇退役军人服务站等其他单位未发生“三公”经费支出。"
                   "执法大队3辆执法执勤用车承担全镇42个行政村的日常巡查任务，车均行驶里程高于一般公务用车。"))
    t.total("分单位车辆", f(car), [x[1] for x in u], [a_u, a5])
    t.total("分单位接待", f(rec), [x[2] for x in u], [a_u, a8])
    B.append(("h", "三、会议费支出情况"))
    a11 = "2024年会议费年初预算%s万元，实际支出%s万元，为预算的%s%%。" % (f(mt_b), f(mt), f(pc(mt, mt_b)))
    a12 = "全年召开经济工作会、安全生产工作会、秸秆禁烧及防汛工作部署会等全镇性会议%d次，参会%s人次。" % (mt_n, "{:,}".format(mt_ppl))
    a13 = "会议费比上年的%s万元减少%s万元，下降%s%%。" % (f(mt_p), f(mt_p - mt), f(-gr(mt, mt_p)))
    B.append(("p", a11 + a12 + "会议费主要用于会议资料印刷、场地布置和外地参会人员伙食，均在镇机关会议室召开，未在风景名胜区召开会议。" + a13))
    t.share("会议费执行率", f(mt), f(mt_b), f(pc(mt, mt_b)), [a11])
    t.delta("会议费减少", f(mt), f(mt_p), f(mt_p - mt), "减少", [a11, a13])
    t.change("会议费", f(mt), f(mt_p), f(-gr(mt, mt_p)), "下降", [a11, a13])
    B.append(("h", "四、培训费支出情况"))
    a14 = "2024年培训费年初预算%s万元，实际支出%s万元，为预算的%s%%。" % (f(tr_b), f(tr), f(pc(tr, tr_b)))
    a15 = "全年举办村“两委”干部能力提升、高素质农民、应急救护等培训%d期，培训%s人次，人均培训费%s元。" % (tr_n, "{:,}".format(tr_ppl), f(per_tr))
    a16 = "上年培训费%s万元。本年培训费增加%s万元，增长%s%%，主要是新增高素质农民培训2期。" % (f(tr_p), f(tr - tr_p), f(gr(tr, tr_p)))
    B.append(("p", a14 + a15 + a16))
    t.share("培训费执行率", f(tr), f(tr_b), f(pc(tr, tr_b)), [a14])
    t.quot("人均培训费", f(tr), "1,340", f(per_tr), [a14, a15], scale=10000)
    t.delta("培训费增加", f(tr), f(tr_p), f(tr - tr_p), "增加", [a14, a16])
    t.change("培训费", f(tr), f(tr_p), f(gr(tr, tr_p)), "增长", [a14, a16])
    t.total("三项预算合计", f(allb), [f(sgb), f(mt_b), f(tr_b)], [a0, a1, a11, a14])
    B.append(("h", "五、机关运行经费情况"))
    run, run_p = D("186.54"), D("192.30")
    a17 = "2024年镇机关运行经费支出%s万元，比上年的%s万元减少%s万元，下降%s%%。" % (f(run), f(run_p), f(run_p - run), f(-gr(run, run_p)))
    B.append(("p", a17 + "其中办公费48.26万元、水电费21.35万元、差旅费16.82万元、维修（护）费12.40万元、其他商品和服务支出87.71万元。"
                   "机关运行经费包含公务用车运行维护费和公务接待费，不含会议费、培训费以外的项目支出。"))
    t.delta("运行经费减少", f(run), f(run_p), f(run_p - run), "减少", [a17])
    t.change("运行经费", f(run), f(run_p), f(-gr(run, run_p)), "下降", [a17])
    t.total("运行经费构成", f(run), ["48.26", "21.35", "16.82", "12.40", "87.71"],
            [a17, "其中办公费48.26万元、水电费21.35万元、差旅费16.82万元、维修（护）费12.40万元、其他商品和服务支出87.71万元"])
    t.holds("运行经费>=车辆+接待", run >= car + rec, "%s >= %s + %s" % (run, car, rec))
    B.append(("p", "三项经费以外，2024年镇本级因防汛抢险、人居环境整治等临时任务发生的车辆租赁费9.80万元，按规定在相关项目支出中列支，"
                   "不计入“三公”经费；县直部门在我镇召开的现场会由主办部门承担费用，也不计入本镇会议费。"))
    B.append(("h", "六、加强经费管理的措施"))
    B.append(("p", "一是坚持过紧日子要求，年初预算将“三公”经费控制在上年预算规模以内；二是推行公务用车使用登记和单车核算，定点加油、定点维修、定点保险；"
                   "三是严格会议、培训计划审批，能合并的合并、能视频的视频；四是每季度在镇政务公开栏公示三项经费支出，接受群众监督。"
                   "2025年，我镇将继续压减一般性支出，确保三项经费只减不增。"))
    B.append(("h", "七、名词解释"))
    B.append(("p", "本说明所称上年数据均为2023年度决算数，口径与本年一致。如对本说明有疑问，可在工作日到镇财政所咨询。"))
    B.append(("p", "“三公”经费：指镇本级及所属事业单位用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"
                   "会议费：指召开会议发生的住宿费、伙食费、会议场地租金、文件印刷费等。培训费：指开展培训发生的师资费、资料费、场地费等。"))
    B.append(("sign", "淇桐县柘坪镇人民政府"))
    B.append(("sign", "2025年8月26日"))
    t.dated("说明日期晚于年度终了", datetime.date(2025, 8, 26), datetime.date(2024, 12, 31), ["淇桐县柘坪镇人民政府2025年8月26日"])
    t.holds("文号年份与日期", True, "淇财预〔2025〕11号 (2025) before 2025-08-26", ["淇财预〔2025〕11号"])
    t.fact(three_public=f(sg), meeting=f(mt), training=f(tr), total=f(alls), budget=f(allb))
    return B, t


def render(B, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    FN = "STSong-Light"
    W, H = A4
    ML, MR, MT, MB, GAP = 50, 50, 60, 60, 36
    colw = (W - ML - MR - GAP) / 2
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("2024年度三公经费会议费培训费支出情况说明")
    c.setAuthor("淇桐县柘坪镇人民政府")
    page = [1]

    def wrap(text, size, width):
        import re as _re
        lines, cur = [], ""
        for ch in _re.findall(r"[0-9][0-9.,%‰]*|.", text):
            if pdfmetrics.stringWidth(cur + ch, FN, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def folio():
        c.setFont(FN, 9)
        c.drawCentredString(W / 2, 30, "— %d —" % page[0])

    y = H - MT
    for b in B:
        if b[0] != "title":
            break
        c.setFont(FN, 16)
        c.drawCentredString(W / 2, y, b[1])
        y -= 26
    y -= 10
    top = y
    col = 0
    size, lead = 10, 14

    def newline(extra=0):
        nonlocal y, col, top
        y -= lead + extra
        if y < MB:
            if col == 0:
                col = 1
                y = top
            else:
                folio()
                c.showPage()
                page[0] += 1
                col = 0
                top = H - MT
                y = top

    for b in B:
        if b[0] == "title":
            continue
        x0 = ML + col * (colw + GAP)
        if b[0] == "h":
            lines = wrap(b[1], size + 1, colw)
            for ln in lines:
                x0 = ML + col * (colw + GAP)
                c.setFont(FN, size + 1)
                c.drawString(x0, y, ln)
                newline()
        elif b[0] == "p":
            lines = wrap("　　" + b[1], size, colw)
            for ln in lines:
                x0 = ML + col * (colw + GAP)
                c.setFont(FN, size)
                c.drawString(x0, y, ln)
                newline()
        elif b[0] == "sign":
            x0 = ML + col * (colw + GAP)
            c.setFont(FN, size)
            c.drawRightString(x0 + colw, y, b[1])
            newline()
    folio()
    c.showPage()
    c.save()


def read(path):
    import re
    txt = read_pdf(path)
    return re.sub(r"— \d+ —", "", txt)


def main():
    B, t = build()
    path = os.path.join(ROOT, NAME + EXT)
    render(B, path)
    text = read(path)
    t.attach(text)
    n = t.dump(os.path.join(ROOT, NAME + ".ledger.json"), text)
    print(NAME, n, "checks ok")


if __name__ == "__main__":
    main()
