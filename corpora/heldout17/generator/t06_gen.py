"""t06 - 河北省滦泽市 2024年度行政事业性国有资产管理情况报告 (.html).
资产总额 = 负债 + 净资产 (by 行政/事业), 资产构成 shares (stated 尾差 99.99), 固定资产 原值/累计折旧/净值,
房屋面积 and 车辆 counts. Tables use <th scope="col"> / <th scope="row">; numbers are right-aligned by CSS."""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

NAME = "t06_luanze_admin_institution_state_assets_report_2024"
EXT = ".html"


def build():
    L = Ledger(NAME + EXT)
    B = []
    p = lambda t: B.append(("p", t))
    h2 = lambda t: B.append(("h2", t))
    h3 = lambda t: B.append(("h3", t))
    B.append(("h1", "滦泽市人民政府关于2024年度行政事业性国有资产管理情况的报告"))
    B.append(("meta", "——2025年10月15日在滦泽市第十六届人民代表大会常务委员会第二十三次会议上"))
    B.append(("meta", "市财政局局长　韩立新"))
    p("主任、各位副主任、秘书长、各位委员：")
    p("根据《中共中央关于建立国务院向全国人大常委会报告国有资产管理情况制度的意见》和市人大常委会年度监督工作计划，"
      "受市人民政府委托，现将2024年度全市行政事业性国有资产管理情况报告如下，请予审议。")
    p("本报告所称行政事业性国有资产，是指市本级行政单位、事业单位通过各种方式取得或者形成的资产。报告数据来源于2024年度行政事业单位国有资产报表，"
      "金额单位除特别注明外均为万元。")

    # ------------------------------------------------------------ base inputs
    n_x, n_s = 118, 194
    A = {"行政单位": D("1846235.62"), "事业单位": D("2386420.48")}
    Lb = {"行政单位": D("126480.15"), "事业单位": D("412635.26")}
    N = {k: A[k] - Lb[k] for k in A}
    tA, tL = sum(A.values()), sum(Lb.values())
    tN = tA - tL
    pA, pL = D("4016852.37"), D("548126.90")
    pN = pA - pL

    h2("一、行政事业性国有资产总体情况")
    h3("（一）资产负债总体情况")
    s1 = "截至2024年12月31日，市本级纳入报告范围的行政事业单位共%d户，其中行政单位%d户、事业单位%d户" % (n_x + n_s, n_x, n_s)
    s2 = "资产总额%s万元，负债总额%s万元，净资产总额%s万元" % (f(tA), f(tL), f(tN))
    gA, gL, gN = growth(tA, pA), growth(tL, pL), growth(tN, pN)
    s3 = "与上年相比，资产总额增长%s%%，负债总额下降%s%%，净资产总额增长%s%%" % (gA, abs(gL), gN)
    s3b = "上年末资产总额%s万元、负债总额%s万元、净资产总额%s万元" % (f(pA), f(pL), f(pN))
    r_all = pct(tL, tA)
    r_x, r_s = pct(Lb["行政单位"], A["行政单位"]), pct(Lb["事业单位"], A["事业单位"])
    s4 = "市本级行政事业单位资产负债率为%s%%，其中行政单位%s%%、事业单位%s%%" % (r_all, r_x, r_s)
    p(s1 + "。" + s2 + "，资产总额折合约%s亿元。" % f(tA / 10000) + s3 + "（" + s3b + "）。" + s4 +
      "。负债下降主要是市属公立医院偿还了部分设备购置借款。")
    L.sum("单位户数", str(n_x + n_s), [str(n_x), str(n_s)], [s1])
    L.lin("净资产 = 资产 − 负债", f(tN), [(1, f(tA)), (-1, f(tL))], [s2])
    L.prod("资产折亿元", f(tA / 10000), [f(tA)], ["资产总额折合约%s亿元" % f(tA / 10000)], scale=D("0.0001"))
    L.growth("资产增长", str(gA), f(tA), f(pA), "增长", [s3, s3b])
    L.growth("负债下降", str(abs(gL)), f(tL), f(pL), "下降", [s3, s3b])
    L.growth("净资产增长", str(gN), f(tN), f(pN), "增长", [s3, s3b])
    L.lin("上年 净资产 = 资产 − 负债", f(pN), [(1, f(pA)), (-1, f(pL))], [s3b])
    L.ratio("资产负债率", str(r_all), f(tL), f(tA), [s2, s4])
    L.ratio("行政资产负债率", str(r_x), f(Lb["行政单位"]), f(A["行政单位"]))
    L.ratio("事业资产负债率", str(r_s), f(Lb["事业单位"]), f(A["事业单位"]))

    t1 = []
    for k in A:
        t1.append([k, f(A[k]), f(Lb[k]), f(N[k]), str(pct(Lb[k], A[k]))])
    t1.append(["合计", f(tA), f(tL), f(tN), str(r_all)])
    B.append(("table", dict(caption="表1　2024年末市本级行政事业单位资产负债情况（单位：万元）",
                            head=["单位类型", "资产总额", "负债总额", "净资产总额", "资产负债率（%）"], rows=t1)))
    for r in t1:
        L.lin("表1 %s 资产 = 负债 + 净资产" % r[0], r[1], [(1, r[2]), (1, r[3])])
        L.ratio("表1 %s 资产负债率" % r[0], r[4], r[2], r[1])
    for j, nm in ((1, "资产"), (2, "负债"), (3, "净资产")):
        L.sum("表1 合计 %s" % nm, t1[-1][j], [t1[0][j], t1[1][j]])
    s_x = "行政单位资产总额%s万元，负债%s万元，净资产%s万元" % (f(A["行政单位"]), f(Lb["行政单位"]), f(N["行政单位"]))
    s_s = "事业单位资产总额%s万元，负债%s万元，净资产%s万元" % (f(A["事业单位"]), f(Lb["事业单位"]), f(N["事业单位"]))
    p("分单位类型看，" + s_x + "；" + s_s + "。事业单位中，教育、卫生健康两个领域资产合计占事业单位资产总额的比重较高。")

    # ------------------------------------------------------------ composition
    h3("（二）资产构成情况")
    comp = [("流动资产", D("612485.26")), ("固定资产（净值）", None), ("在建工程", D("286657.75")),
            ("无形资产（净值）", D("384216.52")), ("公共基础设施（净值）", D("1486250.36")), ("保障性住房（净值）", D("99248.02")),
            ("其他资产", None)]
    fa = [  # name, 原值, 累计折旧
        ("房屋及构筑物", D("1268450.62"), D("386240.18")),
        ("通用设备", D("312486.45"), D("208462.35")),
        ("专用设备", D("426318.90"), D("241835.62")),
        ("文物和陈列品", D("18642.36"), D("0")),
        ("图书和档案", D("26485.12"), D("0")),
        ("家具和用具", D("48216.75"), D("31264.28")),
    ]
    fa_y = sum(x[1] for x in fa)
    fa_z = sum(x[2] for x in fa)
    fa_j = fa_y - fa_z
    comp[1] = ("固定资产（净值）", fa_j)
    others = tA - sum(v for _, v in comp if v is not None)
    comp[-1] = ("其他资产", others)
    shares = [pct(v, tA) for _, v in comp]
    ssum = sum(shares)
    assert ssum == D("99.99"), ssum
    s_c = "从资产构成看，" + "；".join("%s%s万元，占%s%%" % (a, f(v), s) for (a, v), s in zip(comp, shares))
    s_c2 = "（各项占比按四舍五入保留两位小数，合计为%s%%，与100%%的差额为尾差）" % ssum
    p(s_c + s_c2 + "。其他资产主要是长期投资、应收款项中的长期部分和待摊费用等。")
    L.sum("资产构成 = 资产总额", f(tA), [f(v) for _, v in comp], [s2])
    for (a, v), s in zip(comp, shares):
        L.ratio("构成占比 " + a, str(s), f(v), f(tA), [s_c])
    L.sum("构成占比合计（尾差）", str(ssum), [str(s) for s in shares], [s_c, s_c2])
    B.append(("table", dict(caption="表2　2024年末市本级行政事业单位资产构成（单位：万元）",
                            head=["资产类别", "金额", "占资产总额比重（%）"],
                            rows=[[a, f(v), str(s)] for (a, v), s in zip(comp, shares)] + [["合计", f(tA), str(ssum)]])))
    L.sum("表2 合计", f(tA), [f(v) for _, v in comp])

    # ------------------------------------------------------------ fixed assets
    h3("（三）固定资产情况")
    cx = pct(fa_j, fa_y)
    s_f = "年末固定资产原值%s万元，累计折旧%s万元，净值%s万元，综合成新率%s%%" % (f(fa_y), f(fa_z), f(fa_j), cx)
    p(s_f + "。表2中的固定资产为净值口径，与本部分的固定资产原值口径不同；公共基础设施和保障性住房单独核算，不包括在固定资产中。"
      "文物和陈列品、图书和档案按规定不计提折旧，其净值等于原值。")
    L.lin("固定资产 净值 = 原值 − 折旧", f(fa_j), [(1, f(fa_y)), (-1, f(fa_z))], [s_f])
    L.ratio("成新率", str(cx), f(fa_j), f(fa_y), [s_f])
    rows3 = []
    for nm, y, z in fa:
        rows3.append([nm, f(y), f(z), f(y - z), str(pct(y - z, y))])
    rows3.append(["合计", f(fa_y), f(fa_z), f(fa_j), str(cx)])
    B.append(("table", dict(caption="表3　2024年末市本级行政事业单位固定资产分类情况（单位：万元）",
                            head=["类别", "原值", "累计折旧", "净值", "成新率（%）"], rows=rows3)))
    for r in rows3:
        L.lin("表3 %s 净值" % r[0], r[3], [(1, r[1]), (-1, r[2])])
        L.ratio("表3 %s 成新率" % r[0], r[4], r[3], r[1])
    for j in (1, 2, 3):
        L.sum("表3 合计 col%d" % j, rows3[-1][j], [r[j] for r in rows3[:-1]])
    L.same("表3 净值合计 = 表2 固定资产", rows3[-1][3], f(fa_j))
    big_n, big_y = 286, D("68425.30")
    s_big = "单价100万元（含）以上的大型设备%d台（套），原值%s万元，占专用设备原值的%s%%" % (big_n, f(big_y), pct(big_y, fa[2][1]))
    p(s_big + "，主要分布在市属医院、疾病预防控制中心和高等职业院校，包括医用直线加速器、磁共振成像设备等。")
    L.ratio("大型设备占专用设备", str(pct(big_y, fa[2][1])), f(big_y), f(fa[2][1]), [s_big])
    L.cond("大型设备 ⊂ 专用设备", big_y < fa[2][1], "")

    # ------------------------------------------------------------ houses and vehicles
    h3("（四）房屋和车辆情况")
    fw = [("办公用房", D("42.36")), ("业务用房", D("118.52")), ("其他用房", D("25.54"))]
    fw_t = sum(v for _, v in fw)
    s_fw = "年末实有房屋建筑面积%s万平方米（%s平方米），其中%s" % (fn(fw_t), fi(fw_t * 10000), "、".join("%s%s万平方米" % (a, fn(b)) for a, b in fw))
    bz = 16842
    rj = q(fw[0][1] * 10000 / bz)
    s_rj = "按行政单位和参照公务员法管理事业单位编制人数%s人计算，人均办公用房面积%s平方米" % (fi(bz), fn(rj))
    p(s_fw + "。" + s_rj + "，办公用房面积中包含服务用房和设备用房，因此人均面积高于办公室使用面积标准，但未超出规定总面积。")
    L.sum("房屋面积", fn(fw_t), [fn(b) for _, b in fw], [s_fw])
    L.prod("万平方米→平方米", fi(fw_t * 10000), [fn(fw_t)], [s_fw], scale=10000)
    L.quot("人均办公用房", fn(rj), fn(fw[0][1]), fi(bz), [s_fw, s_rj], scale=10000)
    gw = [("执法执勤用车", 512), ("机要通信用车", 36), ("应急保障用车", 64), ("特种专业技术用车", 148), ("其他用车", 86)]
    gw_t = sum(v for _, v in gw)
    other_v = 438
    car_t = gw_t + other_v
    s_car = "年末实有车辆%s辆，其中公务用车%d辆、救护车和校车等其他车辆%d辆" % (fi(car_t), gw_t, other_v)
    s_gw = "公务用车中，%s" % "、".join("%s%d辆" % (a, b) for a, b in gw)
    car_p = 1318
    s_cp = "车辆总数比上年末的%s辆减少%d辆，主要是公务用车制度改革后继续处置超编超标车辆" % (fi(car_p), car_p - car_t)
    p(s_car + "；" + s_gw + "。" + s_cp + "。")
    L.sum("车辆总数", fi(car_t), [str(gw_t), str(other_v)], [s_car])
    L.sum("公务用车构成", str(gw_t), [str(b) for _, b in gw], [s_car, s_gw])
    L.diff("车辆减少", str(car_p - car_t), fi(car_p), fi(car_t), None, [s_cp])
    B.append(("table", dict(caption="表4　2024年末市本级行政事业单位房屋和车辆情况",
                            head=["项目", "计量单位", "数量"],
                            rows=[[a, "万平方米", fn(b)] for a, b in fw] + [["房屋面积合计", "万平方米", fn(fw_t)]]
                            + [[a, "辆", str(b)] for a, b in gw] + [["公务用车小计", "辆", str(gw_t)], ["其他车辆", "辆", str(other_v)],
                                                                    ["车辆合计", "辆", fi(car_t)]])))
    L.sum("表4 车辆合计", fi(car_t), [str(gw_t), str(other_v)])

    # ------------------------------------------------------------ flows
    h3("（五）资产配置、使用和处置情况")
    pz = D("186425.38")
    pz_parts = [("通过政府采购方式配置", D("142386.20")), ("通过调剂方式配置", D("8642.15"))]
    pz_rest = pz - sum(v for _, v in pz_parts)
    s_pz = "2024年市本级行政事业单位新增配置资产%s万元，其中%s，其余%s万元为接受捐赠和无偿划入" % (
        f(pz), "、".join("%s%s万元" % (a, f(b)) for a, b in pz_parts), f(pz_rest))
    p(s_pz + "。")
    L.sum("配置 = 采购 + 调剂 + 其余", f(pz), [f(b) for _, b in pz_parts] + [f(pz_rest)], [s_pz])
    cz_area = 42600
    cz_inc = D("1286.45")
    cz_up = q(cz_inc * 10000 / cz_area)
    s_cz = "出租出借房屋%s平方米，取得出租出借收入%s万元，平均租金%s元/平方米·年" % (fi(cz_area), f(cz_inc), f(cz_up))
    p(s_cz + "，收入已按规定上缴国库或纳入单位预算统一管理。")
    L.quot("平均租金", f(cz_up), f(cz_inc), fi(cz_area), [s_cz], scale=10000)
    cz_y, cz_sr = D("28642.36"), D("1862.40")
    s_cz2 = "全年处置资产原值%s万元，取得处置收入%s万元，处置收入相当于处置资产原值的%s%%" % (f(cz_y), f(cz_sr), pct(cz_sr, cz_y))
    p(s_cz2 + "，处置资产以报废的通用设备和车辆为主，处置收入低于原值属正常现象。处置收入已全部上缴国库。")
    L.ratio("处置收入/原值", str(pct(cz_sr, cz_y)), f(cz_sr), f(cz_y), [s_cz2])

    h3("（六）重点领域资产情况")
    jy_, ws_ = D("986425.30"), D("742186.55")
    two = jy_ + ws_
    rest_s = A["事业单位"] - two
    s_ly = "事业单位资产总额%s万元中，教育领域%s万元、卫生健康领域%s万元，两个领域合计%s万元，占事业单位资产总额的%s%%" % (
        f(A["事业单位"]), f(jy_), f(ws_), f(two), pct(two, A["事业单位"]))
    p(s_ly + "；其余%s万元分布在文化旅游、农业农村、城乡建设和科技等领域。教育领域资产主要是校舍、教学仪器设备和图书，"
      "卫生健康领域资产主要是医疗业务用房和医疗设备，事业单位负债也主要集中在市属公立医院。" % f(rest_s))
    L.sum("教育 + 卫健", f(two), [f(jy_), f(ws_)], [s_ly])
    L.ratio("两领域占事业单位资产", str(pct(two, A["事业单位"])), f(two), f(A["事业单位"]), [s_ly])
    L.lin("其余领域", f(rest_s), [(1, f(A["事业单位"])), (-1, f(two))], ["其余%s万元" % f(rest_s)])

    # ------------------------------------------------------------ management
    h2("二、行政事业性国有资产管理工作情况")
    p("（一）健全制度体系。制定印发《滦泽市市本级行政事业单位国有资产处置管理办法》和《市直单位公物仓管理暂行办法》，"
      "明确资产配置、使用、处置各环节的审批权限和工作流程，形成覆盖资产全生命周期的制度体系。")
    gwc_n, gwc_v = 1862, D("1286.40")
    s_gwc = "（二）推进资产共享共用。依托公物仓调剂闲置资产%s件（台、套），涉及资产原值%s万元" % (fi(gwc_n), f(gwc_v))
    p(s_gwc + "，有效减少了重复购置。推动大型科研仪器向社会开放共享，全年对外服务机时同比增长18.6%。")
    p("（三）加强资产清查和数据质量管理。组织开展行政事业单位资产清查，对账实不符、账账不符的资产逐项核实整改，"
      "资产管理信息系统与预算管理一体化系统实现数据对接，资产报表数据与财务会计报表数据保持一致。")
    p("（四）规范公共基础设施和保障性住房入账。对市政道路、桥梁、排水管网和保障性住房等资产全面开展登记入账，"
      "年末公共基础设施净值和保障性住房净值分别列示，不再与固定资产混合核算。")

    p("（五）强化出租出借和处置监管。严格执行资产出租出借事前审批和公开招租制度，出租收入实行“收支两条线”管理；"
      "资产处置原则上通过公共资源交易平台公开进行，车辆等通用资产统一委托拍卖，确保处置程序公开透明、处置收入应收尽收。"
      "全年未发现国有资产流失问题。")
    p("（六）加强资产管理与预算管理衔接。在编制年度部门预算时，对新增资产配置预算实行与存量资产挂钩审核，"
      "对有存量闲置资产可调剂的，原则上不再安排新增配置预算。")

    h2("三、存在的主要问题")
    p("一是部分单位资产管理意识不强，重资金轻资产、重购置轻管理的现象仍然存在，个别单位资产卡片信息不完整。"
      "二是资产使用效益有待提高，部分单位存在房屋闲置和设备利用率不高的问题，资产共享共用的范围和深度仍需拓展。"
      "三是公共基础设施管理基础较为薄弱，部分道路和管网资产的原始价值资料缺失，入账价值需进一步核实。"
      "四是资产处置和出租出借收入的收缴监管还需加强，个别单位存在收入未及时上缴的情况。")
    h2("四、下一步工作安排")
    p("一是落实《行政事业性国有资产管理条例》，修订完善资产配置标准，严格按照标准编报资产配置预算。"
      "二是深化资产管理与预算管理相结合，将资产存量情况作为编制2026年度部门预算的重要依据。"
      "三是扩大公物仓运行范围，探索建立跨部门的大型设备共享平台。"
      "四是加强资产绩效管理，选择部分单位开展资产使用效益评价。"
      "五是强化监督检查，会同审计部门对资产处置和出租出借收入管理情况开展专项检查。")
    p("主任、各位副主任、秘书长、各位委员，市政府将认真落实本次会议的审议意见，持续提升行政事业性国有资产管理水平，为全市经济社会高质量发展提供有力保障。")
    B.append(("sign", "滦泽市人民政府"))
    B.append(("sign", "2025年10月15日"))
    L.anchor("落款", "2025年10月15日")
    L.fact("资产总额", f(tA)); L.fact("负债总额", f(tL)); L.fact("净资产总额", f(tN)); L.fact("车辆", car_t)
    return B, L


CSS = """
body{font-family:"SimSun","Songti SC",serif;max-width:900px;margin:24px auto;color:#222;line-height:1.85;font-size:15px}
h1{font-size:22px;text-align:center;font-weight:bold;margin-bottom:6px}
p.meta{text-align:center;font-family:"KaiTi",serif;margin:2px 0}
h2{font-size:17px;font-family:"SimHei",sans-serif;margin:18px 0 6px 0}
h3{font-size:16px;font-family:"KaiTi",serif;margin:12px 0 4px 2em}
p.c{text-indent:2em;margin:4px 0}
table{border-collapse:collapse;margin:10px auto;min-width:70%}
caption{font-weight:bold;padding:6px}
th,td{border:1px solid #555;padding:4px 10px;font-size:14px}
th[scope=col]{background:#e9eef4;text-align:center}
th[scope=row]{text-align:left;font-weight:normal}
td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.u{text-align:center}
p.sign{text-align:right;margin:2px 3em 2px 0}
"""


def render(B, path):
    e = html.escape
    o = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>滦泽市2024年度行政事业性国有资产管理情况的报告</title>\n<style>' + CSS + '</style>\n</head>\n<body>\n<article>\n']
    for blk in B:
        k = blk[0]
        if k == "h1":
            o.append("<h1>%s</h1>\n" % e(blk[1]))
        elif k == "meta":
            o.append('<p class="meta">%s</p>\n' % e(blk[1]))
        elif k == "h2":
            o.append("<h2>%s</h2>\n" % e(blk[1]))
        elif k == "h3":
            o.append("<h3>%s</h3>\n" % e(blk[1]))
        elif k == "p":
            o.append('<p class="c">%s</p>\n' % e(blk[1]))
        elif k == "table":
            t = blk[1]
            o.append("<table>\n<caption>%s</caption>\n<thead><tr>" % e(t["caption"]))
            o.append("".join('<th scope="col">%s</th>' % e(c) for c in t["head"]))
            o.append("</tr></thead>\n<tbody>\n")
            for r in t["rows"]:
                cells = ['<th scope="row">%s</th>' % e(r[0])]
                for c in r[1:]:
                    cls = ' class="u"' if not re.search(r"\d", c) else ""
                    cells.append("<td%s>%s</td>" % (cls, e(c)))
                o.append("<tr>" + "".join(cells) + "</tr>\n")
            o.append("</tbody>\n</table>\n")
        elif k == "sign":
            o.append('<p class="sign">%s</p>\n' % e(blk[1]))
    o.append("</article>\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(o))


def visible(path):
    return html_text(path)


def main():
    B, L = build()
    path = os.path.join(OUT, NAME + EXT)
    render(B, path)
    src = open(path, encoding="utf-8").read()
    L.cond("html: th scope=col and scope=row used", src.count('scope="col"') >= 15 and src.count('scope="row"') >= 30,
           "%d/%d" % (src.count('scope="col"'), src.count('scope="row"')))
    L.cond("html: numbers right-aligned via CSS", "td{text-align:right" in src, "")
    return finish(L, visible(path), "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
