# -*- coding: utf-8 -*-
"""t06 — 广西壮族自治区桂岭市柳岸区 2024年度区级“三公”经费、会议费、培训费支出决算情况说明 (.txt, UTF-8).

Terse 政务公开 style.  Amounts in 万元 in some places and in 元 in others; 公务用车 fleet
(年末保有量 = 上年末 + 新购 − 报废); 公务接待 批次/人次 with 人均/批均; a three-year (2022–2024)
comparison table in plain text aligned with spaces (display width, CJK = 2 columns).
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, f, fi, wan, Ledger, txt_text, ROOT  # noqa: E402

NAME = "t06_liuan_district_sangong_meeting_training_2024"

# 元 (exact)
Y = {"出国": D("186200"), "购置": D("648000"), "运维": D("3864500"), "接待": D("486250"),
     "会议": D("1286400"), "培训": D("2148600")}
BUD = {"出国": D("20.00"), "购置": D("70.00"), "运维": D("420.00"), "接待": D("60.00"), "会议": D("150.00"), "培训": D("240.00")}
PREV = {2022: {"出国": D("0"), "购置": D("42.60"), "运维": D("418.92"), "接待": D("61.08"), "会议": D("156.84"), "培训": D("172.30")},
        2023: {"出国": D("0"), "购置": D("0"), "运维": D("402.18"), "接待": D("55.36"), "会议": D("142.36"), "培训": D("196.52")}}
TEAMS, TRIPS = 2, 9
CAR_PREV_END, CAR_NEW, CAR_SCRAP = 126, 4, 9
CAR_2022_END, CAR_2023_NEW, CAR_2023_SCRAP = 131, 0, 5
CAR_TYPES = [("执法执勤用车", 86), ("应急保障用车", 11), ("机要通信用车", 6), ("特种专业技术用车", 18)]
REC_BATCH, REC_PERSON = 412, 3186
REC_PREV_BATCH, REC_PREV_PERSON = 468, 3624
MEET_N, MEET_P = 126, 8642
TRAIN_N, TRAIN_P = 86, 6420
UNITS_TOTAL, UNITS_SPEND = 110, 108
DEPTS_TOP = [("区城市管理和综合执法局", D("68.42")), ("区应急管理局", D("45.36")), ("区交通运输局", D("38.90")),
             ("区农业农村局", D("34.12")), ("区市场监督管理局", D("31.56"))]
SG_KEYS = ["出国", "购置", "运维", "接待"]
LABEL = {"出国": "因公出国（境）费", "购置": "公务用车购置费", "运维": "公务用车运行维护费", "接待": "公务接待费",
         "会议": "会议费", "培训": "培训费"}
CN = "零一二三四五六七八九十"


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w, right=False):
    sp = " " * max(0, w - dw(s))
    return sp + s if right else s + sp


def build():
    L = Ledger(NAME + ".txt", "txt")
    out = []

    def ln(t=""):
        out.append(t)

    W = {k: wan(v) for k, v in Y.items()}
    sg_yuan = sum(Y[k] for k in SG_KEYS)
    SG = wan(sg_yuan)
    assert SG == sum(W[k] for k in SG_KEYS), (SG, sum(W[k] for k in SG_KEYS))
    SGB = sum(BUD[k] for k in SG_KEYS)
    SGP = {yr: sum(PREV[yr][k] for k in SG_KEYS) for yr in PREV}
    cars_end = CAR_PREV_END + CAR_NEW - CAR_SCRAP
    L.fact("sangong_wan", f(SG))
    L.fact("sangong_yuan", fi(sg_yuan))
    L.fact("cars_end", cars_end)

    ln("柳岸区2024年度区级“三公”经费、会议费和培训费支出决算情况说明")
    ln()
    ln("一、公开范围")
    a0 = f"区本级纳入部门决算编制范围的预算单位共{UNITS_TOTAL}个，其中{UNITS_SPEND}个单位2024年度发生“三公”经费支出"
    ln(f"（一）{a0}。")
    ln("（二）本说明反映区本级使用一般公共预算财政拨款安排的“三公”经费、会议费和培训费，不含各镇（街道），不含政府性基金预算和单位自有资金安排的支出。")
    ln("（三）会议费、培训费不属于“三公”经费，单独列示。")
    ln("（四）以元列示的金额为精确数；以万元列示的金额按四舍五入保留两位小数，比率保留两位小数。")
    L.cond("发生支出单位数 ≤ 单位总数", UNITS_SPEND <= UNITS_TOTAL, "", [a0])
    ln()
    ln("二、“三公”经费总体情况")
    g_sg = growth(SG, SGP[2023])
    b1 = f"2024年度区级“三公”经费预算{f(SGB)}万元，决算{f(SG)}万元，完成预算的{f(pct(SG, SGB))}%"
    b2 = f"决算数折合{fi(sg_yuan)}元"
    b3 = f"比上年决算{f(SGP[2023])}万元增加{f(SG - SGP[2023])}万元，增长{f(g_sg)}%"
    ln(f"（一）{b1}；{b2}。")
    ln(f"（二）{b3}。增长原因：恢复因公出国（境）团组；按车辆更新计划购置执法执勤用车。剔除上述两项后，“三公”经费比上年下降。")
    L.sum("三公预算 = 四项预算", f(SGB), [f(BUD[k]) for k in SG_KEYS], [b1])
    L.ratio("三公完成预算%", f(pct(SG, SGB)), f(SG), f(SGB), [b1])
    L.same("三公 元 → 万元", f(SG), fi(sg_yuan), [b1, b2], factor=D("0.0001"))
    L.lin("三公增加额", f(SG - SGP[2023]), [(1, f(SG)), (-1, f(SGP[2023]))], [b3])
    L.growth("三公比上年", f(g_sg), f(SG), f(SGP[2023]), "增长", [b3])
    rest_sg = SG - W["出国"] - W["购置"]
    rest_prev = SGP[2023] - PREV[2023]["出国"] - PREV[2023]["购置"]
    L.cond("剔除出国、购置后比上年下降（已说明）", rest_sg < rest_prev, f"{rest_sg} < {rest_prev}")
    sh = {k: pct(W[k], SG) for k in SG_KEYS}
    parts = "；".join(f"{LABEL[k]}{f(W[k])}万元，占{f(sh[k])}%" for k in SG_KEYS)
    ln(f"（三）支出构成：{parts}。")
    for k in SG_KEYS:
        L.ratio(f"构成占比 {k}", f(sh[k]), f(W[k]), f(SG), [f"{LABEL[k]}{f(W[k])}万元，占{f(sh[k])}%"])
    L.sum("三公 = 四项（万元）", f(SG), [f(W[k]) for k in SG_KEYS], [parts, b1])
    L.cond("构成占比合计 100.00（内部核对，正文未陈述）", sum(sh.values()) == 100, str(sum(sh.values())))
    save = SGB - SG
    b4 = f"决算比预算节约{f(save)}万元，节约率{f(pct(save, SGB))}%"
    GPB = D("286452.36")
    b5 = f"区本级一般公共预算财政拨款支出{f(GPB)}万元，“三公”经费占{f(pct(SG, GPB))}%"
    ln(f"（四）{b4}。各分项均未超预算，主要是严格执行公务用车定点维修、公务接待标准，部分出访和接待计划取消。")
    ln(f"（五）{b5}。")
    L.lin("节约额 = 预算 − 决算", f(save), [(1, f(SGB)), (-1, f(SG))], [b4, b1])
    L.ratio("节约率", f(pct(save, SGB)), f(save), f(SGB), [b4, b1])
    L.ratio("三公占财政拨款支出%", f(pct(SG, GPB)), f(SG), f(GPB), [b5])
    ln()

    ln("三、“三公”经费分项情况")
    ln("（一）因公出国（境）费")
    c1 = f"决算{f(W['出国'])}万元（{fi(Y['出国'])}元），预算{f(BUD['出国'])}万元，完成预算的{f(pct(W['出国'], BUD['出国']))}%"
    c2 = f"全年组派出访团组{TEAMS}个、{TRIPS}人次，人均{f(q(W['出国'] / TRIPS))}万元"
    ln(f"1．{c1}。")
    ln(f"2．{c2}。")
    tg = [("越南", 5, 6), ("泰国、马来西亚", 4, 7)]
    tgl = "；".join(f"赴{a}团组{n}人、在外{d}天" for a, n, d in tg)
    ln(f"3．团组明细：{tgl}。主要任务为开展经贸招商和友好城市交流，出访计划均经区外事部门审核，出访报告已按规定公示。")
    L.sum("出访人次 = 两团组之和", str(TRIPS), [str(n) for _, n, _ in tg], [c2, tgl])
    L.cond("团组数 = 明细数", len(tg) == TEAMS, "", [f"团组{TEAMS}个"])
    ln("4．上年决算为0，不计算增减幅度。")
    L.same("出国 元→万元", f(W["出国"]), fi(Y["出国"]), [c1], factor=D("0.0001"))
    L.ratio("出国完成预算%", f(pct(W["出国"], BUD["出国"])), f(W["出国"]), f(BUD["出国"]), [c1])
    L.quot("出国人均 = 决算 / 人次", f(q(W["出国"] / TRIPS)), f(W["出国"]), str(TRIPS), [c2, c1])
    ln("（二）公务用车购置费")
    per_car = q(W["购置"] / CAR_NEW)
    c3 = f"决算{f(W['购置'])}万元，预算{f(BUD['购置'])}万元，完成预算的{f(pct(W['购置'], BUD['购置']))}%"
    c4 = f"更新购置执法执勤用车{CAR_NEW}辆，均为新能源汽车，平均每辆{f(per_car)}万元"
    ln(f"1．{c3}。")
    ln(f"2．{c4}。")
    ln("3．上年未购置车辆，决算为0。")
    CAP = D("18.00")
    ln(f"4．购置车辆均经区机关事务管理局审核，单车价格未超过执法执勤用车每辆{f(CAP)}万元的配备标准，购置资金全部来源于年初预算。")
    L.cond("单车价格 ≤ 配备标准", per_car <= CAP, f"{per_car} <= {CAP}", [f"每辆{f(CAP)}万元"])
    L.ratio("购置完成预算%", f(pct(W["购置"], BUD["购置"])), f(W["购置"]), f(BUD["购置"]), [c3])
    L.quot("每辆 = 购置费 / 辆数", f(per_car), f(W["购置"]), str(CAR_NEW), [c4, c3])
    ln("（三）公务用车运行维护费")
    g_ops = growth(W["运维"], PREV[2023]["运维"])
    c5 = (f"决算{f(W['运维'])}万元，预算{f(BUD['运维'])}万元，完成预算的{f(pct(W['运维'], BUD['运维']))}%；"
          f"比上年{f(PREV[2023]['运维'])}万元下降{f(-g_ops)}%")
    c6 = (f"公务用车年末保有量{cars_end}辆＝上年末{CAR_PREV_END}辆＋本年新购{CAR_NEW}辆－本年报废处置{CAR_SCRAP}辆")
    tl = "、".join(f"{a}{n}辆" for a, n in CAR_TYPES)
    c7 = f"年末保有车辆中，{tl}"
    per_ops = q(W["运维"] / cars_end)
    c8 = f"按年末保有量计算，车均运行维护费{f(per_ops)}万元"
    ln(f"1．{c5}。")
    ln(f"2．{c6}。")
    ln(f"3．{c7}。")
    ln(f"4．{c8}。报废车辆年内曾发生的运行维护费也计入本项，车均数据仅作参考。")
    ln(f"5．报废处置的{CAR_SCRAP}辆车均已达到规定使用年限或行驶里程，经评估后通过公共资源交易平台公开拍卖，处置收入全部上缴国库，不冲减运行维护费。")
    L.ratio("运维完成预算%", f(pct(W["运维"], BUD["运维"])), f(W["运维"]), f(BUD["运维"]), [c5])
    L.growth("运维比上年", f(-g_ops), f(W["运维"]), f(PREV[2023]["运维"]), "下降", [c5])
    L.lin("年末保有量 = 上年末 + 新购 − 报废", str(cars_end), [(1, str(CAR_PREV_END)), (1, str(CAR_NEW)), (-1, str(CAR_SCRAP))], [c6])
    L.sum("年末保有量 = 分类之和", str(cars_end), [str(n) for _, n in CAR_TYPES], [c7, c6])
    L.quot("车均运维 = 运维 / 年末保有量", f(per_ops), f(W["运维"]), str(cars_end), [c8, c5])
    L.same("新购辆数 = 购置费对应辆数", str(CAR_NEW), str(CAR_NEW), [c4, c6])
    ln("（四）公务接待费")
    g_rec = growth(W["接待"], PREV[2023]["接待"])
    per_p = q(Y["接待"] / REC_PERSON)
    per_b = q(Y["接待"] / REC_BATCH)
    c9 = f"决算{fi(Y['接待'])}元，折合{f(W['接待'])}万元，预算{f(BUD['接待'])}万元，完成预算的{f(pct(W['接待'], BUD['接待']))}%"
    c10 = f"比上年{f(PREV[2023]['接待'])}万元下降{f(-g_rec)}%"
    c11 = f"全年国内公务接待{REC_BATCH}批次、{fi(REC_PERSON)}人次（上年{REC_PREV_BATCH}批次、{fi(REC_PREV_PERSON)}人次）"
    c12 = f"人均接待费{f(per_p)}元，批均接待费{f(per_b)}元"
    ln(f"1．{c9}。")
    ln(f"2．{c10}。")
    ln(f"3．{c11}；{c12}。")
    rb = [("上级机关检查指导", 236), ("兄弟县（市、区）考察交流", 118), ("招商引资洽谈", 58)]
    rbl = "、".join(f"{a}{n}批次" for a, n in rb)
    ln(f"4．按接待对象分：{rbl}。无外事接待。")
    ln("5．接待工作严格执行公函、接待清单和审批单“三单”制度，工作餐不安排高档菜肴，不提供香烟和酒水。")
    L.sum("接待批次 = 分类之和", str(REC_BATCH), [str(n) for _, n in rb], [rbl, c11])
    L.same("接待 元→万元（48.625 → 48.63）", f(W["接待"]), fi(Y["接待"]), [c9], factor=D("0.0001"))
    L.cond("接待 元→万元恰在半分位（hazard）", Y["接待"] / 10000 == D("48.625"), "")
    L.ratio("接待完成预算%", f(pct(W["接待"], BUD["接待"])), f(W["接待"]), f(BUD["接待"]), [c9])
    L.growth("接待比上年", f(-g_rec), f(W["接待"]), f(PREV[2023]["接待"]), "下降", [c10])
    L.quot("人均接待费 = 元 / 人次", f(per_p), fi(Y["接待"]), fi(REC_PERSON), [c12, c9, c11])
    L.quot("批均接待费 = 元 / 批次", f(per_b), fi(Y["接待"]), str(REC_BATCH), [c12, c9, c11])
    ln()

    ln("四、会议费")
    g_m = growth(W["会议"], PREV[2023]["会议"])
    per_m = q(Y["会议"] / MEET_P)
    d1 = f"决算{fi(Y['会议'])}元（{f(W['会议'])}万元），预算{f(BUD['会议'])}万元，完成预算的{f(pct(W['会议'], BUD['会议']))}%"
    d2 = f"比上年{f(PREV[2023]['会议'])}万元下降{f(-g_m)}%"
    d3 = f"全年召开会议{MEET_N}个，参会{fi(MEET_P)}人次，人均{f(per_m)}元"
    ln(f"（一）{d1}。")
    ln(f"（二）{d2}。")
    ln(f"（三）{d3}。")
    mt = [("二类会议", 8, 2146), ("三类会议", 118, 6496)]
    mtl = "；".join(f"{a}{n}个、{fi(p_)}人次" for a, n, p_ in mt)
    ln(f"（四）按会议类别分：{mtl}。二类会议主要为区人大、区政协年度会议，三类会议为区直部门召开的专题工作会议。")
    ln("（五）会议费由会议主办单位承担，严格执行会议计划审批和定点管理，能合并的合并召开，能视频召开的不集中召开。")
    L.sum("会议个数 = 分类之和", str(MEET_N), [str(n) for _, n, _ in mt], [mtl, d3])
    L.sum("参会人次 = 分类之和", fi(MEET_P), [fi(p_) for _, _, p_ in mt], [mtl, d3])
    L.same("会议 元→万元", f(W["会议"]), fi(Y["会议"]), [d1], factor=D("0.0001"))
    L.ratio("会议完成预算%", f(pct(W["会议"], BUD["会议"])), f(W["会议"]), f(BUD["会议"]), [d1])
    L.growth("会议比上年", f(-g_m), f(W["会议"]), f(PREV[2023]["会议"]), "下降", [d2])
    L.quot("会议人均 = 元 / 人次", f(per_m), fi(Y["会议"]), fi(MEET_P), [d3, d1])
    ln()
    ln("五、培训费")
    g_t = growth(W["培训"], PREV[2023]["培训"])
    per_t = q(Y["培训"] / TRAIN_P)
    e1 = f"决算{fi(Y['培训'])}元（{f(W['培训'])}万元），预算{f(BUD['培训'])}万元，完成预算的{f(pct(W['培训'], BUD['培训']))}%"
    e2 = f"比上年{f(PREV[2023]['培训'])}万元增长{f(g_t)}%"
    e3 = f"全年举办培训{TRAIN_N}期，培训{fi(TRAIN_P)}人次，人均{f(per_t)}元"
    ln(f"（一）{e1}。")
    ln(f"（二）{e2}。增长原因：新增基层应急管理和安全生产执法人员轮训。")
    ln(f"（三）{e3}。")
    tt = [("二类培训", 12, 1286), ("三类培训", 74, 5134)]
    ttl = "；".join(f"{a}{n}期、{fi(p_)}人次" for a, n, p_ in tt)
    ln(f"（四）按培训类别分：{ttl}。二类培训由区委组织部等综合部门组织，三类培训为区直部门业务培训。")
    ln("（五）培训计划年初报区委组织部、区财政局备案，培训经费据实结算，不在培训费中列支与培训无关的支出。")
    L.sum("培训期数 = 分类之和", str(TRAIN_N), [str(n) for _, n, _ in tt], [ttl, e3])
    L.sum("培训人次 = 分类之和", fi(TRAIN_P), [fi(p_) for _, _, p_ in tt], [ttl, e3])
    L.same("培训 元→万元", f(W["培训"]), fi(Y["培训"]), [e1], factor=D("0.0001"))
    L.ratio("培训完成预算%", f(pct(W["培训"], BUD["培训"])), f(W["培训"]), f(BUD["培训"]), [e1])
    L.growth("培训比上年", f(g_t), f(W["培训"]), f(PREV[2023]["培训"]), "增长", [e2])
    L.quot("培训人均 = 元 / 人次", f(per_t), fi(Y["培训"]), fi(TRAIN_P), [e3, e1])
    ln()

    ln("六、近三年对比")
    ln("表1　2022—2024年区级“三公”经费、会议费、培训费决算对比")
    ln("单位：万元")
    ys = {2022: PREV[2022], 2023: PREV[2023], 2024: W}
    rows = [LABEL[k] for k in SG_KEYS] + ["“三公”经费合计", "会议费", "培训费"]
    keys = SG_KEYS + ["合计", "会议", "培训"]
    hdr = ["项目", "2022年", "2023年", "2024年", "2024年比2023年增减%"]
    widths = [22, 10, 10, 10, 22]
    ln(pad(hdr[0], widths[0]) + "".join(pad(h, w, True) for h, w in zip(hdr[1:], widths[1:])))
    for lab, k in zip(rows, keys):
        vals = []
        for yr in (2022, 2023, 2024):
            v = sum(ys[yr][x] for x in SG_KEYS) if k == "合计" else ys[yr][k]
            vals.append(v)
        gtxt = f(growth(vals[2], vals[1])) if vals[1] else "—"
        line = pad(lab, widths[0]) + "".join(pad(x, w, True) for x, w in zip([f(v) for v in vals] + [gtxt], widths[1:]))
        ln(line)
        if vals[1]:
            g_ = growth(vals[2], vals[1])
            L.growth(f"表1 {lab} 2024比2023", f(abs(g_)), f(vals[2]), f(vals[1]), "增长" if g_ > 0 else "下降", [line])
    for yr in (2022, 2023, 2024):
        L.sum(f"表1 {yr} 三公合计 = 四项", f(sum(ys[yr][x] for x in SG_KEYS)), [f(ys[yr][x]) for x in SG_KEYS])
    g3 = growth(SGP[2023], SGP[2022])
    f1 = f"2023年“三公”经费比2022年下降{f(-g3)}%，2024年比2023年增长{f(g_sg)}%，但仍低于2022年水平"
    ln(f"注：{f1}；会议费连续两年下降，培训费连续两年增长。")
    L.growth("2023 vs 2022 三公", f(-g3), f(SGP[2023]), f(SGP[2022]), "下降", [f1])
    L.cond("2024 三公 < 2022（已说明）", SG < SGP[2022], f"{SG} < {SGP[2022]}")
    L.cond("会议费连续两年下降、培训费连续两年增长",
           PREV[2022]["会议"] > PREV[2023]["会议"] > W["会议"] and PREV[2022]["培训"] < PREV[2023]["培训"] < W["培训"], "")
    ln()
    ln("表2　2022—2024年末公务用车保有量")
    ln("单位：辆")
    c_hdr = ["年度", "上年末", "新购", "报废处置", "年末保有量"]
    cw = [10, 10, 8, 12, 14]
    ln(pad(c_hdr[0], cw[0]) + "".join(pad(h, w, True) for h, w in zip(c_hdr[1:], cw[1:])))
    c2023_end = CAR_2022_END + CAR_2023_NEW - CAR_2023_SCRAP
    crow = [("2023年", CAR_2022_END, CAR_2023_NEW, CAR_2023_SCRAP, c2023_end),
            ("2024年", CAR_PREV_END, CAR_NEW, CAR_SCRAP, cars_end)]
    assert c2023_end == CAR_PREV_END
    for r in crow:
        ln(pad(r[0], cw[0]) + "".join(pad(str(x), w, True) for x, w in zip(r[1:], cw[1:])))
        L.lin(f"表2 {r[0]} 年末 = 上年末 + 新购 − 报废", str(r[4]), [(1, str(r[1])), (1, str(r[2])), (-1, str(r[3]))])
    L.same("表2 2024上年末 = 2023年末", str(CAR_PREV_END), str(c2023_end))
    ln()

    ln("七、分部门情况")
    top = sum(v for _, v in DEPTS_TOP)
    rest = SG - top
    n_rest = UNITS_SPEND - len(DEPTS_TOP)
    dl = "、".join(f"{a}{f(v)}万元" for a, v in DEPTS_TOP)
    h1 = f"“三公”经费支出居前{CN[len(DEPTS_TOP)]}位的单位为：{dl}"
    h2 = f"上述{CN[len(DEPTS_TOP)]}个单位合计{f(top)}万元，占区级“三公”经费的{f(pct(top, SG))}%"
    h3 = f"其余{n_rest}个单位合计{f(rest)}万元"
    ln(f"（一）{h1}。")
    ln(f"（二）{h2}；{h3}。")
    ln("（三）支出较多的单位主要承担城市管理、应急救援、交通运输执法等一线执法任务，车辆保有量较大。")
    TT = [("区应急管理局", D("48.36")), ("区委组织部", D("42.18")), ("区教育局", D("31.62"))]
    ttop = sum(v for _, v in TT)
    h4 = ("培训费支出居前三位的单位为：" + "、".join(f"{a}{f(v)}万元" for a, v in TT) +
          f"，合计{f(ttop)}万元，占区级培训费的{f(pct(ttop, W['培训']))}%")
    ln(f"（四）{h4}。区应急管理局培训费较多，是承担全区基层应急管理和安全生产执法人员轮训任务所致。")
    L.sum("培训费前三位合计", f(ttop), [f(v) for _, v in TT], [h4])
    L.ratio("培训费前三位占比", f(pct(ttop, W["培训"])), f(ttop), f(W["培训"]), [h4])
    ln("（五）各单位“三公”经费明细见各部门2024年度部门决算公开文本。")
    L.sum("前五位合计", f(top), [f(v) for _, v in DEPTS_TOP], [h1, h2])
    L.ratio("前五位占比", f(pct(top, SG)), f(top), f(SG), [h2])
    L.lin("其余单位 = 三公 − 前五位", f(rest), [(1, f(SG)), (-1, f(top))], [h3])
    L.lin("其余单位数 = 发生支出单位 − 5", str(n_rest), [(1, str(UNITS_SPEND)), (-1, str(len(DEPTS_TOP)))], [h3, a0])
    ln()
    ln("八、管理措施")
    ln("（一）从严编制预算。“三公”经费、会议费、培训费年初预算按照只减不增的原则核定，年中一般不予追加。")
    ln("（二）加强公务用车管理。公务用车实行统一标识、定点保险、定点维修、定点加油，车辆使用实行派车单制度，并安装北斗定位终端，对车辆行驶轨迹实时监控。")
    ln("（三）规范公务接待。严格执行接待标准，接待对象按规定自行用餐的，不另行安排接待；确需安排的，凭公函和审批单结算，接待清单如实填写。")
    ln("（四）严控会议和培训。实行会议、培训年度计划管理，未列入计划的原则上不得召开或举办；严禁借会议、培训名义组织旅游、宴请和发放纪念品。")
    ln("（五）强化监督检查。区财政局会同区纪委监委机关对“三公”经费使用情况开展专项检查，检查结果纳入部门预算绩效考核。")
    ln()
    ln("九、绩效目标完成情况")
    ok3, video = 410, 38
    i1 = f"“三公”经费预算控制率目标不高于100%，实际为{f(pct(SG, SGB))}%，目标完成"
    i2 = f"公务接待“三单”齐全率目标100%，抽查{REC_BATCH}批次中{ok3}批次齐全，齐全率{f(pct(ok3, REC_BATCH))}%，未完成目标"
    i3 = f"视频会议占比目标不低于25%，全年视频会议{video}个，占会议总数的{f(pct(video, MEET_N))}%，目标完成"
    ln(f"（一）{i1}。")
    ln(f"（二）{i2}，2批次缺少审批单，已责令相关单位补正并通报。")
    ln(f"（三）{i3}。")
    ln("（四）公务用车定点维修、定点加油覆盖率均为100%，目标完成。")
    L.ratio("接待三单齐全率", f(pct(ok3, REC_BATCH)), str(ok3), str(REC_BATCH), [i2])
    L.lin("缺少审批单批次 = 412 − 410", "2", [(1, str(REC_BATCH)), (-1, str(ok3))], [i2, "2批次缺少审批单"])
    L.ratio("视频会议占比", f(pct(video, MEET_N)), str(video), str(MEET_N), [i3])
    ln()
    ln("十、名词解释")
    ln("（一）因公出国（境）费：单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。")
    ln("（二）公务用车购置及运行维护费：单位公务用车购置费及燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。")
    ln("（三）公务接待费：单位按规定开支的各类公务接待（含外宾接待）支出。")
    ln("（四）会议费：单位在会议期间按规定开支的住宿费、伙食费、会议场地租金、交通费、文件印刷费等。")
    ln("（五）培训费：单位开展培训按规定开支的师资费、住宿费、伙食费、培训场地费、资料费等。")
    ln("（六）公务用车保有量：年末单位实有的、使用财政拨款保障运行的公务用车数量，不含已批准报废处置的车辆。")
    ln("（七）人均接待费、批均接待费：分别按公务接待费（元）除以接待人次、接待批次计算；会议费、培训费人均数按支出（元）除以参会、参训人次计算。")
    ln()
    ln("十一、其他说明")
    ln("（一）2025年区级“三公”经费预算安排520.00万元，为2025年预算数，与本说明2024年决算数口径不同。")
    ln("（二）特种专业技术用车主要为消防救援、应急抢险和环境监测车辆，其运行维护费按规定在“三公”经费中反映。")
    ln("（三）本说明数据与区级部门决算汇总数据一致。")
    ln("（四）本说明在柳岸区人民政府门户网站“财政预决算公开”专栏公开，公开期限不少于五年。对公开内容有疑问的，可向区财政局咨询。")
    ln("（五）区级部门“三公”经费决算数已经区审计局审计，审计发现的个别单位接待清单填写不规范等问题已整改完毕。")
    ln()
    ln("桂岭市柳岸区财政局")
    ln("2025年9月12日")
    L.present("落款日期在财政年度结束之后", ["2025年9月12日"])
    L.fact("sign_date", "2025-09-12")
    return out, L


def render(blocks, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(blocks) + "\n")


def visible(path):
    return txt_text(path)


def main(outdir=ROOT):
    blocks, L = build()
    path = os.path.join(outdir, NAME + ".txt")
    render(blocks, path)
    vis = visible(path)
    n = L.verify_text(vis)
    tbl = [l for l in vis.split("\n") if l.startswith(("项目", "因公出国", "公务用车", "公务接待费 ", "“三公”经费合计", "会议费 ", "培训费 "))]
    widths = {dw(l) for l in tbl}
    L.cond("表1 rows are space-aligned to the same display width", len(widths) == 1, str(widths))
    L.cond("no tabs / pipes in the table", "\t" not in vis and "|" not in vis, "")
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks))


if __name__ == "__main__":
    main()
