"""t01 - 浙江省瓯岭市交通运输局 2024年度部门决算说明, a government-portal HTML page whose
whole article sits inside an outer layout <table>; the data tables are nested in a cell."""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t01_ouling_transport_bureau_dept_final_accounts_2024"
EXT = ".html"
W = "万元"


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda t: B.append(("p", t))
    h = lambda t: B.append(("h", t))

    # ------------------------------------------------------------ base inputs
    # 表2 rows: code, name, 基本支出, 项目支出, 年初预算  (一般公共预算财政拨款, 万元)
    items = [
        ("2080505", "机关事业单位基本养老保险缴费支出", "512.36", "0", "498.60"),
        ("2080506", "机关事业单位职业年金缴费支出", "204.94", "0", "199.44"),
        ("2101101", "行政单位医疗", "96.58", "0", "94.20"),
        ("2101102", "事业单位医疗", "148.72", "0", "146.10"),
        ("2140101", "行政运行", "1326.48", "0", "1298.50"),
        ("2140104", "公路建设", "0", "7218.65", "6500.00"),
        ("2140106", "公路养护", "0", "3586.20", "3800.00"),
        ("2140112", "公路运输管理", "1142.37", "438.90", "1560.00"),
        ("2140199", "其他公路水路运输支出", "0", "296.15", "320.00"),
        ("2140601", "车辆购置税用于公路等基础设施建设支出", "0", "4260.00", "0"),
        ("2149901", "公共交通运营补助", "0", "1924.80", "1800.00"),
        ("2210201", "住房公积金", "368.44", "0", "362.80"),
    ]
    names = {"208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
             "210": "卫生健康支出", "21011": "行政事业单位医疗",
             "214": "交通运输支出", "21401": "公路水路运输", "21406": "车辆购置税支出",
             "21499": "其他交通运输支出", "221": "住房保障支出", "22102": "住房改革支出"}
    it = {c: dict(code=c, name=n, b=D(b), x=D(x), y0=D(y)) for c, n, b, x, y in items}
    for v in it.values():
        v["t"] = v["b"] + v["x"]
    lei = ["208", "210", "214", "221"]

    def agg(prefix):
        b = sum((v["b"] for c, v in it.items() if c.startswith(prefix)), D(0))
        x = sum((v["x"] for c, v in it.items() if c.startswith(prefix)), D(0))
        return b, x, b + x
    gp_b, gp_x, gp = agg("")
    gp_y0 = sum((v["y0"] for v in it.values()), D(0))

    # other funds (万元)
    gf_sp = D("2860.00")          # 政府性基金: 2146001 公路还贷
    gf_y0 = D("3000.00")
    gf_inc = D("3000.00")
    nf_by_lei = {"208": D("38.46"), "210": D("12.30"), "214": D("1106.82"), "221": D("20.12")}
    nf_sp = sum(nf_by_lei.values(), D(0))
    nf_b = D("396.40")
    nf_x = nf_sp - nf_b
    sy_inc, qt_inc = D("1046.28"), D("96.75")
    gp_open, gf_open, nf_open = D("352.60"), D("0.00"), D("486.35")
    gp_close = D("418.22")
    gp_inc = gp + gp_close - gp_open
    gf_close = gf_open + gf_inc - gf_sp
    nf_close = nf_open + sy_inc + qt_inc - nf_sp
    inc = gp_inc + gf_inc + sy_inc + qt_inc
    sp = gp + gf_sp + nf_sp
    open_ = gp_open + gf_open + nf_open
    close = gp_close + gf_close + nf_close
    total = inc + open_
    assert total == sp + close
    sp_b = gp_b + nf_b
    sp_x = gp_x + gf_sp + nf_x
    lei_all = {k: agg(k)[2] + nf_by_lei[k] + (gf_sp if k == "214" else 0) for k in lei}
    prev_inc, prev_sp, prev_gp = D("23416.52"), D("23088.74"), D("19386.45")

    # ------------------------------------------------------------ people / org
    ks = ["办公室", "综合规划科", "建设管理科", "运输管理科", "安全监督科", "财务审计科", "法制科"]
    units = ["瓯岭市公路与运输管理中心", "瓯岭市交通工程建设服务中心", "瓯岭市港航管理服务站"]
    bz_x, bz_s = 38, 146
    bz = bz_x + bz_s
    sy_x, sy_s = 35, 137
    sy = sy_x + sy_s
    lx, tx = 4, 87
    lt = lx + tx

    h("一、部门基本情况")
    h("（一）部门职能")
    p("瓯岭市交通运输局是市政府工作部门，主要职责是：贯彻执行国家、省有关交通运输工作的方针政策和法律法规，"
      "拟订全市公路、水路交通运输发展规划并组织实施；负责全市公路、水路交通基础设施建设和养护管理；"
      "负责道路运输、水路运输市场监管和城乡客运一体化工作；负责交通运输行业安全生产和应急管理工作；"
      "承担公共交通运营补助资金的分配、管理与监督；完成市委、市政府交办的其他任务。")
    h("（二）机构设置")
    s_org = ("本部门决算由局机关本级和所属%s家事业单位决算汇总而成，纳入2024年度部门决算编制范围的单位共%d家，即局机关本级以及%s。"
             % ("三", 1 + len(units), "、".join(units)))
    s_ks = "局机关内设%s共七个科室。" % "、".join(ks)
    p(s_org + s_ks)
    L.cond("三家所属单位 listed", len(units) == 3, "3 units", anchors=[s_org])
    L.cond("决算单位 4 = 1 + 3", 1 + len(units) == 4, "4", nums=["4"], anchors=[s_org])
    L.cond("七个科室 listed", len(ks) == 7, "7", anchors=[s_ks])
    h("（三）人员情况")
    s_p1 = "2024年末，本部门编制数%d人，其中行政编制%d人、事业编制%d人" % (bz, bz_x, bz_s)
    s_p2 = "实有在职人员%d人，其中行政人员%d人、事业人员%d人" % (sy, sy_x, sy_s)
    s_p3 = "离退休人员%d人，其中离休%d人、退休%d人" % (lt, lx, tx)
    p(s_p1 + "；" + s_p2 + "；" + s_p3 + "。离退休人员经费由社保机构按规定发放，不在本部门人员经费中反映。")
    L.sum("编制数", str(bz), [str(bz_x), str(bz_s)], [s_p1])
    L.sum("实有人数", str(sy), [str(sy_x), str(sy_s)], [s_p2])
    L.sum("离退休", str(lt), [str(lx), str(tx)], [s_p3])
    L.cond("实有 <= 编制", sy <= bz and sy_x <= bz_x and sy_s <= bz_s, "%d<=%d" % (sy, bz))

    # ------------------------------------------------------------ 二 总体
    h("二、收入支出决算总体情况说明")
    d_inc = inc - prev_inc
    g_inc = growth(inc, prev_inc)
    d_sp = sp - prev_sp
    g_sp = growth(sp, prev_sp)
    s_tot1 = "2024年度收入总计%s万元，其中本年收入合计%s万元、年初结转和结余%s万元" % (f(total), f(inc), f(open_))
    s_tot2 = "支出总计%s万元，其中本年支出合计%s万元、年末结转和结余%s万元" % (f(total), f(sp), f(close))
    s_tot3 = "本年收入合计比上年的%s万元增加%s万元，增长%s%%" % (f(prev_inc), f(d_inc), g_inc)
    s_tot4 = "本年支出合计比上年的%s万元增加%s万元，增长%s%%" % (f(prev_sp), f(d_sp), g_sp)
    p(s_tot1 + "；" + s_tot2 + "。" + s_tot3 + "；" + s_tot4 +
      "。收支增加的主要原因是：上级下达车辆购置税补助资金用于国省道改造工程，普通公路建设投入相应增加。")
    L.sum("收入总计", f(total), [f(inc), f(open_)], [s_tot1])
    L.sum("支出总计", f(total), [f(sp), f(close)], [s_tot2])
    L.diff("本年收入增加额", f(d_inc), f(inc), f(prev_inc), "增加", [s_tot3])
    L.growth("本年收入增长", str(g_inc), f(inc), f(prev_inc), "增长", [s_tot3])
    L.diff("本年支出增加额", f(d_sp), f(sp), f(prev_sp), "增加", [s_tot4])
    L.growth("本年支出增长", str(g_sp), f(sp), f(prev_sp), "增长", [s_tot4])

    # ------------------------------------------------------------ 三 收入
    h("三、收入决算情况说明")
    sh = [pct(x, inc) for x in (gp_inc, gf_inc, sy_inc, qt_inc)]
    shs = sum(sh, D(0))
    s_in = ("本年收入合计%s万元，其中：一般公共预算财政拨款收入%s万元，占%s%%；政府性基金预算财政拨款收入%s万元，占%s%%；"
            "事业收入%s万元，占%s%%；其他收入%s万元，占%s%%" % (f(inc), f(gp_inc), sh[0], f(gf_inc), sh[1], f(sy_inc), sh[2], f(qt_inc), sh[3]))
    s_tail = "（以上各项占比按四舍五入保留两位小数，合计为%s%%，与100%%的差额为尾差）" % shs
    assert shs != D("100.00"), shs
    p(s_in + s_tail + "。本年无国有资本经营预算财政拨款收入、经营收入和附属单位上缴收入。事业收入主要是交通工程质量检测服务收入，其他收入主要是存款利息和零星收入。")
    L.sum("本年收入合计 = 各项", f(inc), [f(gp_inc), f(gf_inc), f(sy_inc), f(qt_inc)], [s_in])
    for lab, x, s in zip(["一般公共预算", "政府性基金", "事业收入", "其他收入"], (gp_inc, gf_inc, sy_inc, qt_inc), sh):
        L.ratio("收入占比 " + lab, str(s), f(x), f(inc), [s_in])
    L.sum("收入占比合计（尾差）", str(shs), [str(s) for s in sh], [s_in, s_tail])

    # ------------------------------------------------------------ 四 支出
    h("四、支出决算情况说明")
    shb, shx = pct(sp_b, sp), pct(sp_x, sp)
    s_sp = "本年支出合计%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%" % (f(sp), f(sp_b), shb, f(sp_x), shx)
    p(s_sp + "。基本支出是为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出；项目支出是在基本支出之外为完成特定行政任务和事业发展目标所发生的支出，主要用于公路建设、公路养护和公共交通运营补助。")
    L.sum("本年支出 = 基本 + 项目", f(sp), [f(sp_b), f(sp_x)], [s_sp])
    L.ratio("基本支出占比", str(shb), f(sp_b), f(sp), [s_sp])
    L.ratio("项目支出占比", str(shx), f(sp_x), f(sp), [s_sp])
    L.sum("基本+项目占比", "100.00", [str(shb), str(shx)])

    # ------------------------------------------------------------ 五 财政拨款
    h("五、财政拨款收入支出决算总体情况说明")
    fin_in = gp_inc + gf_inc
    fin_open = gp_open + gf_open
    fin_tot = fin_in + fin_open
    fin_sp = gp + gf_sp
    fin_close = gp_close + gf_close
    s_f1 = ("2024年度财政拨款收入总计%s万元，其中一般公共预算财政拨款收入%s万元、政府性基金预算财政拨款收入%s万元、年初财政拨款结转和结余%s万元"
            % (f(fin_tot), f(gp_inc), f(gf_inc), f(fin_open)))
    s_f2 = ("财政拨款支出总计%s万元，其中一般公共预算财政拨款支出%s万元、政府性基金预算财政拨款支出%s万元、年末财政拨款结转和结余%s万元"
            % (f(fin_tot), f(gp), f(gf_sp), f(fin_close)))
    s_f3 = "一般公共预算财政拨款年末结转和结余%s万元，政府性基金预算财政拨款年末结转和结余%s万元" % (f(gp_close), f(gf_close))
    p(s_f1 + "；" + s_f2 + "。" + s_f3 + "。")
    L.sum("财政拨款收入总计", f(fin_tot), [f(gp_inc), f(gf_inc), f(fin_open)], [s_f1])
    L.sum("财政拨款支出总计", f(fin_tot), [f(gp), f(gf_sp), f(fin_close)], [s_f2])
    L.sum("年末财政拨款结转", f(fin_close), [f(gp_close), f(gf_close)], [s_f2, s_f3])
    L.lin("一般公共预算 年初+收入-支出=年末", f(gp_close), [(1, f(gp_open)), (1, f(gp_inc)), (-1, f(gp))])

    # ------------------------------------------------------------ 六 一般公共预算
    h("六、一般公共预算财政拨款支出决算情况说明")
    h("（一）总体情况")
    r_gp_sp = pct(gp, sp)
    d_gp = gp - prev_gp
    g_gp = growth(gp, prev_gp)
    r_y0 = pct(gp, gp_y0)
    s_g1 = "2024年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%" % (f(gp), r_gp_sp)
    s_g2 = "与上年的%s万元相比增加%s万元，增长%s%%" % (f(prev_gp), f(d_gp), g_gp)
    s_g3 = "年初预算为%s万元，支出决算完成年初预算的%s%%" % (f(gp_y0), r_y0)
    p(s_g1 + "，" + s_g2 + "。" + s_g3 + "，决算数大于年初预算数的主要原因是年中追加了车辆购置税补助和国省道改造配套资金。")
    L.ratio("一般公共预算占本年支出", str(r_gp_sp), f(gp), f(sp), [s_g1])
    L.diff("一般公共预算增加额", f(d_gp), f(gp), f(prev_gp), "增加", [s_g2])
    L.growth("一般公共预算增长", str(g_gp), f(gp), f(prev_gp), "增长", [s_g2])
    L.ratio("一般公共预算完成年初预算", str(r_y0), f(gp), f(gp_y0), [s_g3])

    h("（二）结构情况")
    parts = []
    lsh = {}
    for k in lei:
        lsh[k] = pct(agg(k)[2], gp)
        parts.append("%s%s万元，占%s%%" % (names[k], f(agg(k)[2]), lsh[k]))
    s_struct = "一般公共预算财政拨款支出主要用于以下方面：" + "；".join(parts)
    lsum = sum(lsh.values(), D(0))
    assert lsum == D("100.00"), lsum
    p(s_struct + "。")
    L.sum("一般公共预算 = Σ类", f(gp), [f(agg(k)[2]) for k in lei])
    for k in lei:
        L.ratio("结构占比 " + k, str(lsh[k]), f(agg(k)[2]), f(gp), [s_struct])
    L.sum("结构占比合计", "100.00", [str(lsh[k]) for k in lei])

    h("（三）具体情况")
    why = {
        "2080505": "决算数大于年初预算数的主要原因是年中调整缴费基数。",
        "2080506": "决算数大于年初预算数的主要原因是年中调整缴费基数。",
        "2101101": "决算数大于年初预算数的主要原因是医疗保险缴费基数调整。",
        "2101102": "决算数大于年初预算数的主要原因是医疗保险缴费基数调整。",
        "2140101": "决算数大于年初预算数的主要原因是年中新增人员及绩效工资调整。",
        "2140104": "决算数大于年初预算数的主要原因是国省道改造工程进度快于计划，年中追加配套资金。",
        "2140106": "决算数小于年初预算数的主要原因是部分桥梁预防性养护工程跨年实施，资金结转下年使用。",
        "2140112": "决算数大于年初预算数的主要原因是新增农村客运站点运营监管经费。",
        "2140199": "决算数小于年初预算数的主要原因是航道清障工程招标节余。",
        "2149901": "决算数大于年初预算数的主要原因是新开通城乡公交线路，运营补助相应增加。",
        "2210201": "决算数大于年初预算数的主要原因是住房公积金缴存基数调整。",
    }
    rates = {}
    for i, (c, n, *_r) in enumerate(items, 1):
        v = it[c]
        if v["y0"] == 0:
            s = "%d．%s（%s）。年初未安排预算，支出决算%s万元，为年中上级下达的车辆购置税补助资金，用于国道改线工程和普通省道提升改造，故不计算完成率。" % (i, n, c, f(v["t"]))
            p(s)
            L.anchor("年初预算为零 " + c, s)
            continue
        r = pct(v["t"], v["y0"])
        rates[c] = r
        s = "年初预算%s万元，支出决算%s万元，完成年初预算的%s%%" % (f(v["y0"]), f(v["t"]), r)
        p("%d．%s（%s）。%s。%s" % (i, n, c, s, why[c]))
        L.ratio("项完成率 " + c, str(r), f(v["t"]), f(v["y0"]), [s])
        if r > 100:
            L.cond("over-100 explained " + c, "大于" in why[c], why[c])
        else:
            L.cond("under-100 explained " + c, "小于" in why[c], why[c])
    L.sum("年初预算合计 = Σ项", f(gp_y0), [f(it[c]["y0"]) for c in it])

    # ------------------------------------------------------------ 七 基本支出
    h("七、一般公共预算财政拨款基本支出决算情况说明")
    pub_items = [("办公费", "28.46"), ("印刷费", "6.35"), ("水费", "3.12"), ("电费", "18.64"), ("邮电费", "7.28"),
                 ("差旅费", "21.57"), ("维修（护）费", "15.90"), ("公务用车运行维护费", "12.08"), ("其他交通费用", "46.20")]
    pub = D("216.48")
    pub_listed = sum((D(v) for _, v in pub_items), D(0))
    pub_rest = pub - pub_listed
    ppl = gp_b - pub
    s_b1 = "2024年度一般公共预算财政拨款基本支出%s万元，其中人员经费%s万元、公用经费%s万元" % (f(gp_b), f(ppl), f(pub))
    s_b2 = "公用经费主要包括：" + "、".join("%s%s万元" % (n, f(v)) for n, v in pub_items)
    s_b3 = "以上九项合计%s万元，其余%s万元为工会经费、福利费和劳务费等" % (f(pub_listed), f(pub_rest))
    p(s_b1 + "。人员经费主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等。" + s_b2 + "，" + s_b3 + "。")
    L.sum("基本支出 = 人员 + 公用", f(gp_b), [f(ppl), f(pub)], [s_b1])
    L.sum("公用经费九项", f(pub_listed), [f(v) for _, v in pub_items], [s_b2, s_b3])
    L.sum("公用经费 = 九项 + 其余", f(pub), [f(pub_listed), f(pub_rest)], [s_b1, s_b3])
    L.cond("九项 counted", len(pub_items) == 9, "9")

    # ------------------------------------------------------------ 八 三公
    h("八、一般公共预算财政拨款“三公”经费支出决算情况说明")
    cg_ab, cg_buy, cg_run = D("0.00"), D("14.86"), D("12.08")
    jd_yuan = 23760
    jd = wan(jd_yuan)
    car = cg_buy + cg_run
    sg = cg_ab + car + jd
    sg_bud = D("32.00")
    sg_prev = D("31.45")
    r_sg = pct(sg, sg_bud)
    d_sg = sg - sg_prev
    g_sg = growth(sg, sg_prev)
    s_s1 = "2024年度一般公共预算财政拨款“三公”经费支出%s万元，完成预算%s万元的%s%%" % (f(sg), f(sg_bud), r_sg)
    s_s2 = "比上年的%s万元减少%s万元，下降%s%%" % (f(sg_prev), f(abs(d_sg)), abs(g_sg))
    p(s_s1 + "；" + s_s2 + "。支出未超预算的主要原因是严格执行公务接待标准，压减一般性支出。")
    L.ratio("三公完成预算", str(r_sg), f(sg), f(sg_bud), [s_s1])
    L.diff("三公减少额", f(abs(d_sg)), f(sg), f(sg_prev), "减少", [s_s2])
    L.growth("三公下降", str(abs(g_sg)), f(sg), f(sg_prev), "下降", [s_s2])
    s_s3 = "因公出国（境）费支出%s万元，占%s%%" % (f(cg_ab), pct(cg_ab, sg))
    s_s4 = "公务用车购置及运行维护费支出%s万元，占%s%%" % (f(car), pct(car, sg))
    s_s5 = "公务接待费支出%s万元，占%s%%" % (f(jd), pct(jd, sg))
    p("其中：" + s_s3 + "；" + s_s4 + "；" + s_s5 + "。")
    L.sum("三公 = 三项", f(sg), [f(cg_ab), f(car), f(jd)], [s_s1])
    L.ratio("出国占比", str(pct(cg_ab, sg)), f(cg_ab), f(sg), [s_s3])
    L.ratio("用车占比", str(pct(car, sg)), f(car), f(sg), [s_s4])
    L.ratio("接待占比", str(pct(jd, sg)), f(jd), f(sg), [s_s5])
    L.sum("三公占比合计", "100.00", [str(pct(cg_ab, sg)), str(pct(car, sg)), str(pct(jd, sg))])
    p("1．因公出国（境）费。本年度未安排因公出国（境）团组，支出为零，与上年持平。")
    nveh_prev, nveh_buy, nveh_out = 9, 1, 1
    nveh = nveh_prev + nveh_buy - nveh_out
    s_c1 = "公务用车购置及运行维护费%s万元，其中公务用车购置费%s万元、公务用车运行维护费%s万元" % (f(car), f(cg_buy), f(cg_run))
    s_c2 = "本年更新购置执法执勤用车%d辆，报废%d辆，年末公务用车保有量%d辆（上年末%d辆）" % (nveh_buy, nveh_out, nveh, nveh_prev)
    s_c3 = "车均运行维护费%s万元" % f(cg_run / nveh)
    p("2．" + s_c1 + "。" + s_c2 + "，" + s_c3 + "。公务用车运行维护费主要用于燃料、维修、保险和过路过桥等支出。")
    L.sum("用车 = 购置 + 运维", f(car), [f(cg_buy), f(cg_run)], [s_c1])
    L.lin("保有量 = 上年末 + 购置 − 报废", str(nveh), [(1, str(nveh_prev)), (1, str(nveh_buy)), (-1, str(nveh_out))], [s_c2])
    L.quot("车均运维", f(cg_run / nveh), f(cg_run), str(nveh), [s_c3])
    L.same("公务用车运行维护费 = 公用经费中同名项", f(cg_run), dict(pub_items)["公务用车运行维护费"])
    jd_pc, jd_rc = 46, 412
    s_j1 = "公务接待费%s万元（%s元）" % (f(jd), fi(jd_yuan))
    s_j2 = "共接待国内公务来访%d批次、%d人次（含陪同人员）" % (jd_pc, jd_rc)
    s_j3 = "批均%s元、人均%s元" % (f(D(jd_yuan) / jd_pc), f(D(jd_yuan) / jd_rc))
    p("3．" + s_j1 + "，" + s_j2 + "，" + s_j3 + "，主要用于上级部门检查指导交通建设和安全生产工作的工作餐。")
    L.prod("接待费 元→万元", f(jd), [fi(jd_yuan)], [s_j1], scale=D("0.0001"))
    L.quot("接待批均", f(D(jd_yuan) / jd_pc), fi(jd_yuan), str(jd_pc), [s_j1, s_j2, s_j3])
    L.quot("接待人均", f(D(jd_yuan) / jd_rc), fi(jd_yuan), str(jd_rc), [s_j1, s_j2, s_j3])
    sg25 = D("30.00")
    s_n = "2025年一般公共预算财政拨款“三公”经费预算安排%s万元，比2024年预算减少%s万元" % (f(sg25), f(sg_bud - sg25))
    p(s_n + "，其中公务接待费预算2.50万元、公务用车运行维护费预算12.50万元，2025年不安排公务用车购置经费。")
    L.diff("2025三公预算减少", f(sg_bud - sg25), f(sg25), f(sg_bud), "减少", [s_n])

    # ------------------------------------------------------------ 九 政府性基金
    h("九、政府性基金预算财政拨款支出决算情况说明")
    r_gf = pct(gf_sp, gf_y0)
    s_gf = ("2024年度政府性基金预算财政拨款支出%s万元，全部为车辆通行费安排的支出中的公路还贷支出（2146001），年初预算%s万元，完成年初预算的%s%%"
            % (f(gf_sp), f(gf_y0), r_gf))
    p(s_gf + "。年末结转%s万元，主要是二季度还贷资金利息结算差额，将于2025年继续用于偿还收费公路债务本息。" % f(gf_close))
    L.ratio("政府性基金完成率", str(r_gf), f(gf_sp), f(gf_y0), [s_gf])
    L.lin("政府性基金年末", f(gf_close), [(1, f(gf_open)), (1, f(gf_inc)), (-1, f(gf_sp))])
    h("十、国有资本经营预算财政拨款支出决算情况说明")
    p("本部门2024年度无国有资本经营预算财政拨款收入，也未使用国有资本经营预算财政拨款安排支出。")

    # ------------------------------------------------------------ 十一 机关运行经费
    h("十一、机关运行经费支出情况说明")
    jg = D("118.36")
    jg_prev = D("124.90")
    s_jg = "2024年度局机关本级和参照公务员法管理的瓯岭市公路与运输管理中心的机关运行经费支出%s万元，比上年的%s万元减少%s万元，下降%s%%" % (
        f(jg), f(jg_prev), f(jg_prev - jg), abs(growth(jg, jg_prev)))
    p(s_jg + "。机关运行经费只统计行政单位和参公单位的公用经费，不含其余两家事业单位，因此小于第七部分所列公用经费%s万元。" % f(pub))
    L.diff("机关运行经费减少额", f(jg_prev - jg), f(jg), f(jg_prev), "减少", [s_jg])
    L.growth("机关运行经费下降", str(abs(growth(jg, jg_prev))), f(jg), f(jg_prev), "下降", [s_jg])
    L.cond("机关运行经费 < 公用经费", jg < pub, "%s < %s" % (jg, pub))

    # ------------------------------------------------------------ 十二 政府采购
    h("十二、政府采购支出情况说明")
    cg_h, cg_g, cg_f = D("186.42"), D("5826.30"), D("612.75")
    cg = cg_h + cg_g + cg_f
    zx = D("5134.68")
    xw = D("2968.40")
    r_zx, r_xw = pct(zx, cg), pct(xw, zx)
    s_c = ("2024年度本部门政府采购支出总额%s万元，其中：政府采购货物支出%s万元、政府采购工程支出%s万元、政府采购服务支出%s万元"
           % (f(cg), f(cg_h), f(cg_g), f(cg_f)))
    s_zx = "授予中小企业合同金额%s万元，占政府采购支出总额的%s%%" % (f(zx), r_zx)
    s_xw = "其中授予小微企业合同金额%s万元，占授予中小企业合同金额的%s%%" % (f(xw), r_xw)
    p(s_c + "。" + s_zx + "；" + s_xw + "。")
    L.sum("政府采购 = 货物+工程+服务", f(cg), [f(cg_h), f(cg_g), f(cg_f)], [s_c])
    L.ratio("中小企业占采购总额", str(r_zx), f(zx), f(cg), [s_zx])
    L.ratio("小微企业占中小企业", str(r_xw), f(xw), f(zx), [s_xw])

    # ------------------------------------------------------------ 十三 国有资产
    h("十三、国有资产占用情况说明")
    cars = [("执法执勤用车", 7), ("应急保障用车", 2), ("特种专业技术用车", 4), ("其他用车", 1)]
    ncar = sum(n for _, n in cars)
    s_car = "截至2024年12月31日，本部门共有车辆%d辆，其中%s" % (ncar, "、".join("%s%d辆" % (a, b) for a, b in cars))
    n_eq = 11
    p(s_car + "；单价100万元（含）以上设备%d台（套），主要为路面检测车载设备和桥梁检测仪器。车辆总数中的特种专业技术用车和其他用车不属于公务用车管理范围，公务用车保有量按执法执勤用车和应急保障用车计算，为%d辆。"
      % (n_eq, cars[0][1] + cars[1][1]))
    L.sum("车辆总数", str(ncar), [str(n) for _, n in cars], [s_car])
    L.same("公务用车保有量 = 执法执勤 + 应急保障", str(nveh), str(cars[0][1] + cars[1][1]))

    # ------------------------------------------------------------ 十四 绩效
    h("十四、预算绩效管理情况说明")
    npj = 14
    pj_amt = gp_x
    s_pf = "2024年度本部门对%d个一般公共预算项目开展绩效自评，涉及资金%s万元，占一般公共预算财政拨款项目支出%s万元的100.00%%" % (npj, f(pj_amt), f(gp_x))
    p(s_pf + "。自评结果显示，国省道改造、农村公路养护和城乡公交运营补助等项目总体达到预期目标；部分桥梁养护项目因施工窗口期受汛期影响进度滞后，已督促项目单位在2025年一季度完工。")
    L.ratio("绩效自评覆盖", "100.00", f(pj_amt), f(gp_x), [s_pf])

    h("十五、名词解释")
    p("1．财政拨款收入：指本级财政当年拨付的资金。2．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"
      "3．“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"
      "4．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。")

    # ------------------------------------------------------------ tables
    # 表1 收入支出决算总表
    inc_rows = [("一、一般公共预算财政拨款收入", gp_inc), ("二、政府性基金预算财政拨款收入", gf_inc),
                ("三、国有资本经营预算财政拨款收入", D(0)), ("四、事业收入", sy_inc), ("五、经营收入", D(0)),
                ("六、附属单位上缴收入", D(0)), ("七、其他收入", qt_inc)]
    exp_rows = [(names[k], lei_all[k]) for k in lei]
    t1 = []
    for i in range(len(inc_rows)):
        a = inc_rows[i]
        b = exp_rows[i] if i < len(exp_rows) else ("", None)
        t1.append([a[0], f(a[1]), b[0], f(b[1]) if b[1] is not None else ""])
    t1.append(["本年收入合计", f(inc), "本年支出合计", f(sp)])
    t1.append(["使用非财政拨款结余", "0.00", "结余分配", "0.00"])
    t1.append(["年初结转和结余", f(open_), "年末结转和结余", f(close)])
    t1.append(["总计", f(total), "总计", f(total)])
    B.insert(B.index(("h", "三、收入决算情况说明")), ("table", dict(
        title="表1  收入支出决算总表", unit="单位：万元",
        head=[["收入项目", "决算数", "支出项目（按功能分类）", "决算数"]], rows=t1, num=[1, 3])))
    L.sum("表1 本年收入合计", f(inc), [f(x) for _, x in inc_rows])
    L.sum("表1 本年支出合计", f(sp), [f(x) for _, x in exp_rows])
    s_scope2 = "其余各类在表1与表2之间的差额均为使用事业收入、其他收入安排的支出，其中" + "、".join(
        "%s%s万元" % (names[k], f(nf_by_lei[k])) for k in lei if k != "214")
    for k in lei:
        if k != "214":
            L.sum("表1 %s = 一般公共预算 + 非财政拨款" % k, f(lei_all[k]), [f(agg(k)[2]), f(nf_by_lei[k])], [s_scope2])
    s_scope = ("表1中交通运输支出%s万元，除表2所列一般公共预算财政拨款%s万元外，还包括政府性基金预算财政拨款支出%s万元和使用事业收入、其他收入安排的支出%s万元"
               % (f(lei_all["214"]), f(agg("214")[2]), f(gf_sp), f(nf_by_lei["214"])))
    L.sum("表1/表2 交通运输口径差", f(lei_all["214"]), [f(agg("214")[2]), f(gf_sp), f(nf_by_lei["214"])], [s_scope])
    B.insert(B.index(("h", "三、收入决算情况说明")), ("p", s_scope + "；" + s_scope2 + "。因此表1与表2同名科目金额不同，口径不一致不属于数据差错。"))

    # 表2
    t2 = [["合计", "", f(gp), f(gp_b), f(gp_x)]]
    order = ["208", "20805", "2080505", "2080506", "210", "21011", "2101101", "2101102",
             "214", "21401", "2140101", "2140104", "2140106", "2140112", "2140199", "21406", "2140601",
             "21499", "2149901", "221", "22102", "2210201"]
    for c in order:
        b, x, t = agg(c)
        nm = names.get(c) or it[c]["name"]
        t2.append([c, nm, f(t), f(b), f(x)])
        kids = [k for k in order if k.startswith(c) and len(k) == (len(c) + 2 if len(c) < 7 else 99)]
        if kids:
            for j, col in enumerate(("合计", "基本支出", "项目支出")):
                L.sum("表2 %s %s = Σ下级" % (c, col), f((t, b, x)[j]), [f(agg(k)[(2, 0, 1)[j]]) for k in kids])
        L.sum("表2 %s 合计 = 基本 + 项目" % c, f(t), [f(b), f(x)])
    for j in range(3):
        L.sum("表2 合计行 col%d = Σ类" % j, f((gp, gp_b, gp_x)[j]), [f(agg(k)[(2, 0, 1)[j]]) for k in lei])
    idx6 = B.index(("h", "六、一般公共预算财政拨款支出决算情况说明"))
    B.insert(idx6 + 1, ("table", dict(title="表2  一般公共预算财政拨款支出决算表", unit="单位：万元",
                                      head=[["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], rows=t2, num=[2, 3, 4])))

    L.fact("本年收入合计", f(inc)); L.fact("本年支出合计", f(sp)); L.fact("一般公共预算财政拨款支出", f(gp))
    L.fact("三公", f(sg)); L.fact("年末结转和结余", f(close))
    return B, L


CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,serif;font-size:14px;background:#eef2f6}
table.layout{width:1000px;margin:0 auto;background:#fff;border-collapse:collapse}
td.top{background:#1c5fa8;color:#fff;height:90px;padding:0 20px;font-size:26px}
td.nav{background:#14497f;color:#fff;padding:6px 20px}
td.nav a{color:#fff;margin-right:28px;text-decoration:none}
td.crumb{padding:8px 20px;color:#666;border-bottom:1px solid #ddd}
td.side{width:190px;background:#f6f8fb;padding:12px;vertical-align:top}
td.side li{list-style:none;padding:6px 0;border-bottom:1px dashed #ccc}
td.main{padding:16px 28px;vertical-align:top;line-height:1.9}
.art-title{font-size:22px;font-weight:bold;text-align:center;color:#1c3d6e}
.art-info{text-align:center;color:#888;font-size:12px;border-bottom:1px solid #ccc;padding-bottom:8px}
table.data{border-collapse:collapse;width:100%;margin:8px 0 14px 0}
table.data td{border:1px solid #777;padding:3px 6px;font-size:13px}
table.data td.n{text-align:right}
td.foot{background:#f1f1f1;color:#666;font-size:12px;text-align:center;padding:14px}
"""


def render(B, path):
    e = html.escape
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
      '<title>瓯岭市交通运输局2024年度部门决算说明</title>\n<style>' + CSS + '</style>\n</head>\n<body>\n')
    w('<table class="layout" cellspacing="0" cellpadding="0">\n')
    w('<tr><td colspan="2" class="top">瓯岭市人民政府</td></tr>\n')
    w('<tr><td colspan="2" class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
      '<a href="/hdjl/">互动交流</a><a href="/zjol/">走进瓯岭</a></td></tr>\n')
    w('<tr><td colspan="2" class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
      '<a href="/zwgk/czzj/">财政资金</a> &gt; <a href="/zwgk/czzj/bmjs/">部门决算</a></td></tr>\n')
    w('<tr>\n<td class="side"><b>财政资金</b><ul><li>政府预决算</li><li>部门预算</li><li>部门决算</li>'
      '<li>“三公”经费</li><li>绩效评价</li><li>政府采购</li></ul></td>\n<td class="main">\n')
    w('<div class="art-title">瓯岭市交通运输局2024年度部门决算说明</div>\n')
    w('<div class="art-info">发布时间：2025-08-22　　信息来源：市交通运输局　　字号：[大 中 小]</div>\n')
    for blk in B:
        if blk[0] == "h":
            w('<p><b>%s</b></p>\n' % e(blk[1]))
        elif blk[0] == "p":
            w('<p style="text-indent:2em">%s</p>\n' % e(blk[1]))
        elif blk[0] == "table":
            t = blk[1]
            w('<p style="text-align:center"><b>%s</b></p>\n<p style="text-align:right">%s</p>\n' % (e(t["title"]), e(t["unit"])))
            w('<table class="data">\n')
            for r in t["head"]:
                w('<tr>' + "".join('<td style="text-align:center;font-weight:bold">%s</td>' % e(c) for c in r) + '</tr>\n')
            for r in t["rows"]:
                w('<tr>' + "".join('<td class="n">%s</td>' % e(c) if j in t["num"] else '<td>%s</td>' % e(c)
                                   for j, c in enumerate(r)) + '</tr>\n')
            w('</table>\n')
        elif blk[0] == "sign":
            w('<p style="text-align:right">%s</p>\n' % e(blk[1]))
    w('</td>\n</tr>\n')
    w('<tr><td colspan="2" class="foot">主办：瓯岭市人民政府办公室　　承办：瓯岭市大数据发展管理局<br>'
      '网站标识码：3311270014　　浙ICP备13021876号　　浙公网安备33112702000318号<br>'
      '建议使用1366×768分辨率浏览本站</td></tr>\n')
    w('</table>\n</body>\n</html>\n')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(out))


def sign_blocks(B):
    return B + [("sign", "瓯岭市交通运输局"), ("sign", "2025年8月20日")]


def visible(path):
    return html_text(path)


def structure_checks(L, path):
    src = open(path, encoding="utf-8").read()
    # every data table is nested inside a cell of the one layout table
    depth, maxd, nested_data, tables = 0, 0, 0, 0
    for m in re.finditer(r"<(/?)table([^>]*)>", src):
        if m.group(1):
            depth -= 1
        else:
            tables += 1
            if 'class="data"' in m.group(2):
                nested_data += depth >= 1
            depth += 1
            maxd = max(maxd, depth)
    L.cond("html: one outer layout table + 2 nested data tables", tables == 3 and nested_data == 2 and maxd == 2,
           "tables=%d nested=%d maxdepth=%d" % (tables, nested_data, maxd))
    L.cond("html: body content starts with the layout table", re.search(r"<body>\s*<table class=\"layout\"", src) is not None, "")
    L.cond("html: layout table closes just before </body>", re.search(r"</table>\s*</body>", src) is not None, "")


def main():
    B, L = build()
    B = sign_blocks(B)
    L.anchor("落款日期", "2025年8月20日")
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    structure_checks(L, path)
    return finish(L, visible(path), "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
