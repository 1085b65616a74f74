"""t03 -- 黔岚县2024年度财政衔接推进乡村振兴补助资金项目计划及完成情况公示 (贵州省黔岚县)
HTML; one long table (30 project rows) grouped by 乡镇, a 小计 row after each group and a 合计 row,
two-row header with colspan (资金规模（万元）: 合计/中央/省级/市县; 受益户数（户）: 合计/其中脱贫户（含监测户）).

Content model: {"meta": {...}, "blocks": [("h2"|"p"|"note", str) | ("table", {...})]}
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, Ledger, P, q, fmt, fint, pct, finish, html_text

NAME = "t03_qianlan_rural_revitalization_funds_projects_2024"
DASH = "—"

# ---------------------------------------------------------------- base inputs
# (项目名称, 类型, 建设内容, 中央, 省级, 市县, 受益户数, 其中脱贫户, 完成情况)
TOWNS = [
    ("岚关镇", [
        ("岚关镇茶园提质增效项目", "产业发展", "改造低产茶园1,200亩，配套建设茶园步道3.6公里、喷灌设施1套",
         "186.40", "42.00", "15.60", 326, 118, "已完工验收"),
        ("岚关镇食用菌大棚建设项目", "产业发展", "新建钢架大棚48栋2.4万平方米，配套冷库1座",
         "268.00", None, "32.00", 154, 96, "已完工验收"),
        ("岚关镇新寨村通组路硬化项目", "乡村建设", "硬化通组路4.2公里，路面宽4.5米",
         "126.50", None, "18.30", 212, 64, "已完工验收"),
        ("岚关镇脱贫劳动力跨省务工交通补助", "就业帮扶", "对跨省务工的脱贫人口（含监测对象）646人按每人600元给予一次性交通补助",
         "38.76", None, None, 521, 521, "已完成发放"),
        ("岚关镇太子参种植基地项目", "产业发展", "建设太子参标准化种植基地600亩，购置种苗及有机肥",
         "145.00", "30.00", None, 188, 102, "已完工验收"),
        ("岚关镇坪上村人居环境整治项目", "乡村建设", "建设垃圾收集池12个，改造排污沟渠1.8公里",
         "58.20", None, "9.80", 167, 41, "在建（完成工程量的80%）"),
    ]),
    ("坝朗镇", [
        ("坝朗镇生态养牛场扩建项目", "产业发展", "扩建标准化牛舍3,600平方米，购置青贮设备2套",
         "312.00", "60.00", "28.00", 245, 131, "已完工验收"),
        ("坝朗镇蔬菜保供基地配套设施项目", "产业发展", "建设机耕道2.5公里、蓄水池3口及分拣中心1座",
         "176.35", None, "24.65", 198, 87, "已完工"),
        ("坝朗镇板桥村饮水巩固提升工程", "乡村建设", "新建蓄水池2座，铺设供水管网8.6公里",
         "94.80", "18.00", None, 276, 92, "已完工验收"),
        ("坝朗镇雨露计划职业教育补助", "就业帮扶", "对就读中高职的脱贫家庭（含监测户）学生按每生每学期1,500元补助142人次",
         "21.30", None, None, 118, 118, "已完成发放"),
        ("坝朗镇林下养鸡示范项目", "产业发展", "建设鸡舍1,500平方米，引进鸡苗3万羽",
         "98.50", None, "11.50", 96, 58, "在建（完成工程量的65%）"),
    ]),
    ("石缸乡", [
        ("石缸乡蜂糖李精品水果产业项目", "产业发展", "新植蜂糖李800亩，建设水肥一体化设施",
         "224.60", "45.00", "20.40", 302, 146, "已完工验收"),
        ("石缸乡农产品冷链仓储设施项目", "产业发展", "新建冷库500立方米及预冷间1处",
         "158.00", None, "22.00", 410, 165, "已完工"),
        ("石缸乡河坝村产业路建设项目", "乡村建设", "新建产业路3.1公里，路面宽3.5米",
         "112.40", None, "15.60", 148, 53, "已完工验收"),
        ("石缸乡乡村公益性岗位补贴", "就业帮扶", "开发乡村公益性岗位56个，按每人每月800元发放岗位补贴12个月",
         "53.76", None, None, 56, 56, "已完成发放"),
        ("石缸乡养蜂产业扶持项目", "产业发展", "采购标准蜂箱1,200箱，开展养蜂技术培训",
         "46.80", "12.00", None, 88, 70, "已完工"),
    ]),
    ("平寨镇", [
        ("平寨镇辣椒加工厂技改项目", "产业发展", "购置辣椒烘干及分选生产线1条，改造厂房1,200平方米",
         "286.00", "50.00", "34.00", 520, 208, "已完工验收"),
        ("平寨镇稻渔综合种养项目", "产业发展", "改造稻田450亩，配套田埂加固及防逃设施",
         "134.20", None, "15.80", 135, 72, "已完工验收"),
        ("平寨镇大坪村串户路建设项目", "乡村建设", "硬化串户路2.8公里，安装太阳能路灯60盏",
         "68.40", None, "11.60", 185, 58, "已完工验收"),
        ("平寨镇易地搬迁安置点帮扶车间项目", "乡村建设", "在安置点建设帮扶车间1栋1,800平方米",
         "245.00", "40.00", None, 386, 386, "在建（完成工程量的90%）"),
        ("平寨镇农村生活污水治理项目", "乡村建设", "建设小型污水处理设施3处，铺设管网2.2公里",
         "87.60", None, "14.40", 143, 37, "在建（完成工程量的70%）"),
    ]),
    ("高枧乡", [
        ("高枧乡刺梨基地提质项目", "产业发展", "管护刺梨基地1,500亩，补植补种及病虫害防治",
         "96.00", "20.00", "8.00", 264, 121, "已完工验收"),
        ("高枧乡肉牛养殖合作社配套设施项目", "产业发展", "建设草料棚800平方米、粪污处理池2个",
         "118.50", None, "16.50", 92, 61, "已完工验收"),
        ("高枧乡组组通道路提质项目", "乡村建设", "拓宽改造组组通道路2.6公里",
         "103.70", None, "13.30", 230, 71, "已完工验收"),
        ("高枧乡以工代赈农田水利项目", "就业帮扶", "建设灌溉渠道3.4公里，吸纳当地群众务工并发放劳务报酬",
         "82.00", None, "10.00", 126, 64, "已完工"),
    ]),
    ("龙洼镇", [
        ("龙洼镇生猪代养场建设项目", "产业发展", "新建代养圈舍4,200平方米及配套环保设施",
         "345.00", "65.00", "30.00", 286, 142, "已完工验收"),
        ("龙洼镇高山茶加工厂设备购置项目", "产业发展", "购置名优茶加工生产线1条",
         "152.00", None, "18.00", 340, 135, "已完工验收"),
        ("龙洼镇石门村通组路硬化项目", "乡村建设", "硬化通组路3.8公里",
         "118.60", "20.00", None, 174, 49, "已完工验收"),
        ("龙洼镇脱贫人口小额信贷贴息", "金融帮扶", "对脱贫户（含监测户）小额信贷按贷款市场报价利率全额贴息",
         "42.36", None, None, 365, 365, "已完成贴息"),
        ("龙洼镇庭院经济奖补项目", "产业发展", "对发展庭院种养殖的脱贫户（含监测户）按每户2,000元标准奖补245户",
         "49.00", None, None, 245, 245, "已完成兑付"),
    ]),
]
PAID = "4336.75"                 # 截至2024年12月31日已支付资金 (万元)
COUNTY_POOR_HH = 3862            # 全县脱贫户及监测户户数 (户)
PUB_FROM, PUB_TO = "2025年1月20日", "2025年1月29日"


def amt(x):
    return DASH if x is None else fmt(x)


def build():
    led = Ledger(NAME)
    blocks = []
    rows = []          # rendered table rows: ("group", text) | ("proj", cells) | ("sub", cells) | ("total", cells)
    T = dict(zy=D(0), sj=D(0), sx=D(0), hh=0, poor=0)
    by_type = {}
    by_type_zy = {}
    status = dict(accepted=0, done=0, paid=0, building=0)
    building_amt = D(0)
    town_info = []
    seq = 0
    proj_cells = {}
    for ti, (town, projs) in enumerate(TOWNS):
        rows.append(("group", "%s、%s" % ("一二三四五六七八九"[ti], town)))
        S = dict(zy=D(0), sj=D(0), sx=D(0), hh=0, poor=0, n=0, built=0, building=0)
        for (name, typ, content, zy, sj, sx, hh, poor, st) in projs:
            seq += 1
            tot = sum((D(x) for x in (zy, sj, sx) if x is not None), D(0))
            assert poor <= hh
            cells = [str(seq), name, typ, content, fmt(tot), amt(zy), amt(sj), amt(sx), fint(hh), fint(poor), st]
            rows.append(("proj", cells))
            proj_cells[name] = cells
            for k, x in (("zy", zy), ("sj", sj), ("sx", sx)):
                if x is not None:
                    S[k] += D(x)
            S["hh"] += hh
            S["poor"] += poor
            S["n"] += 1
            by_type[typ] = by_type.get(typ, D(0)) + tot
            by_type_zy[typ] = by_type_zy.get(typ, D(0)) + D(zy)
            if st.startswith("在建"):
                status["building"] += 1
                S["building"] += 1
                building_amt += tot
            else:
                S["built"] += 1
                if st == "已完工验收":
                    status["accepted"] += 1
                elif st == "已完工":
                    status["done"] += 1
                else:
                    status["paid"] += 1
        S["tot"] = S["zy"] + S["sj"] + S["sx"]
        sub = ["", "%s小计" % town, "", "%d个项目" % S["n"], fmt(S["tot"]), fmt(S["zy"]), fmt(S["sj"]) if S["sj"] else DASH,
               fmt(S["sx"]) if S["sx"] else DASH, fint(S["hh"]), fint(S["poor"]), ""]
        rows.append(("sub", sub))
        town_info.append((town, projs, S, sub))
        for k in ("zy", "sj", "sx", "hh", "poor"):
            T[k] += S[k]
    T["tot"] = T["zy"] + T["sj"] + T["sx"]
    T["n"] = seq
    total_row = ["", "合计", "", "%d个项目" % seq, fmt(T["tot"]), fmt(T["zy"]), fmt(T["sj"]), fmt(T["sx"]),
                 fint(T["hh"]), fint(T["poor"]), ""]
    rows.append(("total", total_row))

    cy = by_type["产业发展"]
    cy_zy = by_type_zy["产业发展"]
    cy_share = pct(cy, T["tot"])
    cy_zy_share = pct(cy_zy, T["zy"])
    assert cy_zy_share >= 60
    built = status["accepted"] + status["done"] + status["paid"]
    paid_rate = pct(PAID, T["tot"])
    yi = q(T["tot"] / 10000)
    share_zy, share_sj, share_sx = pct(T["zy"], T["tot"]), pct(T["sj"], T["tot"]), pct(T["sx"], T["tot"])

    # ------------------------------------------------------------ text
    P_ = lambda s: blocks.append(("p", s))
    H = lambda s: blocks.append(("h2", s))
    P_("根据《中央财政衔接推进乡村振兴补助资金管理办法》和省、市关于衔接资金项目公告公示的有关要求，"
       "现将黔岚县2024年度财政衔接推进乡村振兴补助资金（以下简称衔接资金）项目计划及截至2024年12月31日的完成情况"
       "予以公示，接受社会监督。")
    H("一、资金安排情况")
    s_tot = ("2024年，全县共安排衔接资金项目%d个，资金规模%s万元（约%s亿元）" % (T["n"], fmt(T["tot"]), fmt(yi)))
    s_src = ("其中：中央衔接资金%s万元，占%s%%；省级衔接资金%s万元，占%s%%；市县级衔接资金%s万元，占%s%%"
             % (fmt(T["zy"]), share_zy, fmt(T["sj"]), share_sj, fmt(T["sx"]), share_sx))
    P_(s_tot + "，涉及%d个乡（镇）。" % len(TOWNS) + s_src + "。")
    s_typ = ("按项目类型分，产业发展类项目%d个、资金%s万元，乡村建设类项目%d个、资金%s万元，就业帮扶类项目%d个、资金%s万元，"
             "金融帮扶类项目%d个、资金%s万元"
             % tuple(x for t in ("产业发展", "乡村建设", "就业帮扶", "金融帮扶")
                     for x in (sum(1 for _, ps in TOWNS for p in ps if p[1] == t), fmt(by_type[t]))))
    s_cy = ("用于产业发展的衔接资金占资金总规模的%s%%；其中中央衔接资金用于产业发展%s万元，占中央衔接资金的%s%%，"
            "高于不低于60%%的政策要求" % (cy_share, fmt(cy_zy), cy_zy_share))
    P_(s_typ + "。" + s_cy + "。")
    H("二、分乡（镇）项目安排及完成情况")
    town_sent = {}
    for town, projs, S, sub in town_info:
        s = ("%s安排项目%d个，资金规模%s万元，其中中央%s万元" % (town, S["n"], fmt(S["tot"]), fmt(S["zy"])))
        extra = []
        if S["sj"]:
            extra.append("省级%s万元" % fmt(S["sj"]))
        if S["sx"]:
            extra.append("市县级%s万元" % fmt(S["sx"]))
        if extra:
            s += "、" + "、".join(extra)
        s += "；受益农户%s户，其中脱贫户（含监测户）%s户" % (fint(S["hh"]), fint(S["poor"]))
        if S["building"]:
            s += "；已完工（含已完成发放）%d个，在建%d个" % (S["built"], S["building"])
        else:
            s += "；%d个项目均已完工或完成发放" % S["n"]
        town_sent[town] = s
        P_(s + "。")
    H("三、总体完成情况")
    s_st = ("截至2024年12月31日，%d个项目中已完工（含已完成发放、贴息和兑付）%d个，其中已完工验收%d个、已完工待验收%d个、"
            "资金直补类项目%d个；在建项目%d个，涉及资金%s万元"
            % (T["n"], built, status["accepted"], status["done"], status["paid"], status["building"], fmt(building_amt)))
    s_pay = ("全县已支付衔接资金%s万元，资金支出进度%s%%" % (fmt(PAID), paid_rate))
    P_(s_st + "，预计2025年3月底前全部完工。" + s_pay + "，未支付部分主要为在建项目进度款和已完工项目的质量保证金。")
    s_hh = ("各项目合计受益农户%s户（次），其中脱贫户（含监测户）%s户（次）" % (fint(T["hh"]), fint(T["poor"])))
    s_rep = ("由于同一农户可能同时受益于多个项目，上述户数按项目累加计算，不能与全县脱贫户及监测户总数%s户直接比较"
             % fint(COUNTY_POOR_HH))
    P_(s_hh + "。" + s_rep + "。")
    p4 = proj_cells["岚关镇脱贫劳动力跨省务工交通补助"]
    p10 = proj_cells["坝朗镇雨露计划职业教育补助"]
    p15 = proj_cells["石缸乡乡村公益性岗位补贴"]
    p30 = proj_cells["龙洼镇庭院经济奖补项目"]
    s_ex = ("需要说明的是，就业帮扶和直补类项目的补助对象按人计算，表中受益户数按户填列：跨省务工交通补助646人共%s万元，"
            "涉及%s户；雨露计划补助142人次共%s万元，涉及%s户；公益性岗位56个，每人每月800元，全年补贴%s万元"
            % (p4[4], p4[8], p10[4], p10[8], p15[4]))
    s_ex2 = "庭院经济奖补245户，每户2,000元，共%s万元" % p30[4]
    P_(s_ex + "；" + s_ex2 + "。平寨镇易地搬迁安置点帮扶车间项目的受益对象均为搬迁脱贫户，故受益户数与其中脱贫户数相同。")
    blocks.append(("caption", "黔岚县2024年度财政衔接推进乡村振兴补助资金项目计划及完成情况表"))
    blocks.append(("unit", "单位：万元、户"))
    blocks.append(("table", {"rows": rows}))
    blocks.append(("note", "注：1．资金规模“合计”为中央、省级、市县级资金之和，“—”表示该项目未安排该级资金。"
                           "2．完成情况截至2024年12月31日。3．受益户数按项目分别统计，存在同一农户重复受益的情况。"))
    H("四、项目资产管理和联农带农情况")
    cy_done = [proj_cells[p[0]] for _, ps in TOWNS for p in ps
               if p[1] == "产业发展" and p[8] in ("已完工验收", "已完工")]
    cy_done_amt = sum((P(c[4]) for c in cy_done), D(0))
    s_as = ("已完工的产业发展类项目%d个（不含直补类项目），涉及资金%s万元，形成的经营性资产已明确产权归属，"
            "分别确权到村集体经济组织或农民专业合作社" % (len(cy_done), fmt(cy_done_amt)))
    P_(s_as + "，由乡（镇）人民政府督促经营主体建立资产管护台账，资产收益优先用于脱贫户和监测户分红、"
       "公益性岗位补助和小型公益设施维护。林下养鸡示范项目尚在建设，待完工验收后再办理资产移交。")
    P_("在联农带农方面，各项目通过土地流转、务工就业、订单收购和入股分红等方式带动农户增收。项目建设和运营中优先吸纳"
       "脱贫劳动力和监测对象务工，乡村建设类和以工代赈项目的劳务报酬按月足额发放，未发生拖欠。"
       "县农业农村局会同县财政局对项目实行月调度、季通报，对进度滞后的在建项目逐一明确完工时限和责任人。")
    H("五、公示时间及监督方式")
    P_("公示时间：%s至%s，共10天。公示期间，如对公示内容有异议，可通过来信、来电或来访等方式向黔岚县农业农村局、"
       "黔岚县财政局反映。监督电话：0855-7621346（县农业农村局）、0855-7623108（县财政局）；"
       "也可拨打全国乡村振兴监督举报电话12317反映。" % (PUB_FROM, PUB_TO))
    P_("各乡（镇）应同步在乡（镇）政务公开栏和项目所在村村务公开栏公示本乡（镇）项目安排及完成情况，"
       "公示时间不少于10天，并留存公示照片备查。")
    P_("黔岚县农业农村局　黔岚县财政局")
    P_("2025年1月20日")

    meta = {"title": "黔岚县2024年度财政衔接推进乡村振兴补助资金项目计划及完成情况公示",
            "date": "2025-01-20", "source": "黔岚县农业农村局", "views": "1,273"}

    # ================================================================ ledger
    def row_anchor(cells):
        return "\n".join(c for c in cells if c != "")

    led.fact("projects", T["n"])
    led.fact("total_wan", fmt(T["tot"]))
    led.fact("towns", [t for t, _ in TOWNS])
    for kind, cells in rows:
        if kind == "proj":
            ra = row_anchor(cells)
            led.sum("项目%s 合计 = 中央+省级+市县" % cells[0], cells[4], [x for x in cells[5:8] if x != DASH], [ra])
            led.leq("项目%s 其中脱贫户 <= 受益户数" % cells[0], cells[9], cells[8], [ra])
    for town, projs, S, sub in town_info:
        ra = row_anchor(sub)
        pc = [proj_cells[p[0]] for p in projs]
        for ci, lab in ((4, "合计"), (5, "中央"), (6, "省级"), (7, "市县"), (8, "受益户数"), (9, "脱贫户")):
            parts = [c[ci] for c in pc if c[ci] != DASH]
            if sub[ci] == DASH:
                led.cond("%s小计 %s dash (no funds)" % (town, lab), not parts, anchors=[ra])
            else:
                led.sum("%s小计 %s" % (town, lab), sub[ci], parts, [ra])
        led.sum("%s小计 合计 = 中央+省级+市县" % town, sub[4], [x for x in sub[5:8] if x != DASH], [ra])
        led.leq("%s小计 脱贫户 <= 受益户数" % town, sub[9], sub[8], [ra])
        led.cond("%s小计 项目数" % town, sub[3] == "%d个项目" % len(projs), anchors=[ra])
        ts = town_sent[town]
        for x in (sub[4], sub[5], sub[8], sub[9]):
            led.cond("%s prose restates %s" % (town, x), x in ts, x, [x], [ts, ra])
        if S["sj"]:
            led.cond("%s prose 省级" % town, ("省级%s万元" % sub[6]) in ts, anchors=[ts])
        if S["sx"]:
            led.cond("%s prose 市县" % town, ("市县级%s万元" % sub[7]) in ts, anchors=[ts])
        led.cond("%s prose project count" % town, ("安排项目%d个" % S["n"]) in ts, anchors=[ts])
        if S["building"]:
            led.sum("%s built + building = n" % town, str(S["n"]), [str(S["built"]), str(S["building"])], [ts])
    ta = row_anchor(total_row)
    subs = [sub for _, _, _, sub in town_info]
    for ci, lab in ((4, "合计"), (5, "中央"), (6, "省级"), (7, "市县"), (8, "受益户数"), (9, "脱贫户")):
        led.sum("合计行 %s = 各小计" % lab, total_row[ci], [s[ci] for s in subs if s[ci] != DASH],
                [ta] + [row_anchor(s) for s in subs])
    led.sum("合计行 合计 = 中央+省级+市县", total_row[4], total_row[5:8], [ta])
    led.same("prose total = 合计行", fmt(T["tot"]), total_row[4], [s_tot, ta])
    led.conv("万元 -> 亿元", fmt(yi), fmt(T["tot"]), "0.0001", [s_tot])
    led.sum("prose 中央+省级+市县", fmt(T["tot"]), [fmt(T["zy"]), fmt(T["sj"]), fmt(T["sx"])], [s_tot, s_src])
    for a, lab in ((share_zy, "中央"), (share_sj, "省级"), (share_sx, "市县")):
        led.ratio("%s 占比" % lab, str(a), fmt(T[{"中央": "zy", "省级": "sj", "市县": "sx"}[lab]]), fmt(T["tot"]), [s_src, s_tot])
    led.shares100("source shares", [str(share_zy), str(share_sj), str(share_sx)], [s_src])
    led.sum("项目类型资金 = 总规模", fmt(T["tot"]), [fmt(by_type[t]) for t in ("产业发展", "乡村建设", "就业帮扶", "金融帮扶")],
            [s_typ, s_tot])
    led.sum("项目类型个数 = 项目数", str(T["n"]),
            [str(sum(1 for _, ps in TOWNS for p in ps if p[1] == t)) for t in ("产业发展", "乡村建设", "就业帮扶", "金融帮扶")],
            [s_typ, s_tot])
    for t in ("产业发展", "乡村建设", "就业帮扶", "金融帮扶"):
        led.sum("类型 %s = 项目合计" % t, fmt(by_type[t]),
                [proj_cells[p[0]][4] for _, ps in TOWNS for p in ps if p[1] == t], [s_typ])
    led.ratio("产业发展 占总规模", str(cy_share), fmt(cy), fmt(T["tot"]), [s_cy, s_typ])
    led.sum("产业发展 中央 = 项目中央", fmt(cy_zy), [proj_cells[p[0]][5] for _, ps in TOWNS for p in ps if p[1] == "产业发展"],
            [s_cy])
    led.ratio("产业发展 占中央", str(cy_zy_share), fmt(cy_zy), fmt(T["zy"]), [s_cy, s_src])
    led.leq("60% policy", "60", str(cy_zy_share), [s_cy])
    led.sum("完工 = 验收 + 待验收 + 直补", str(built), [str(status["accepted"]), str(status["done"]), str(status["paid"])], [s_st])
    led.sum("完工 + 在建 = 项目数", str(T["n"]), [str(built), str(status["building"])], [s_st])
    led.sum("在建项目资金", fmt(building_amt),
            [c[4] for k, c in rows if k == "proj" and c[10].startswith("在建")], [s_st])
    led.ratio("支出进度", str(paid_rate), fmt(PAID), fmt(T["tot"]), [s_pay])
    led.leq("已支付 <= 总规模", fmt(PAID), fmt(T["tot"]), [s_pay])
    led.same("prose 受益户数 = 合计行", fint(T["hh"]), total_row[8], [s_hh, ta])
    led.same("prose 脱贫户 = 合计行", fint(T["poor"]), total_row[9], [s_hh, ta])
    led.cond("repeated counting: 累计脱贫户 > 全县脱贫户 (explained)", T["poor"] > COUNTY_POOR_HH,
             "%d > %d" % (T["poor"], COUNTY_POOR_HH), [fint(T["poor"]), fint(COUNTY_POOR_HH)], [s_hh, s_rep])
    led.prod("交通补助 646 x 600元", p4[4], ["646", "600"], "0.0001", [s_ex, row_anchor(p4)])
    led.prod("雨露计划 142 x 1,500元", p10[4], ["142", "1,500"], "0.0001", [s_ex, row_anchor(p10)])
    led.prod("公益岗位 56 x 800 x 12", p15[4], ["56", "800", "12"], "0.0001", [s_ex, row_anchor(p15)])
    led.prod("庭院经济 245 x 2,000元", p30[4], ["245", "2,000"], "0.0001", [s_ex2, row_anchor(p30)])
    led.same("庭院经济 受益户数 = 245", p30[8], "245", [row_anchor(p30)])
    led.same("搬迁车间 受益 = 脱贫 (part equals whole)", proj_cells["平寨镇易地搬迁安置点帮扶车间项目"][8],
             proj_cells["平寨镇易地搬迁安置点帮扶车间项目"][9], [row_anchor(proj_cells["平寨镇易地搬迁安置点帮扶车间项目"])])
    led.sum("产业发展已完工项目资金", fmt(cy_done_amt), [c[4] for c in cy_done], [s_as])
    led.cond("产业发展已完工项目数", ("产业发展类项目%d个" % len(cy_done)) in s_as, anchors=[s_as])
    led.cond(">= 28 project rows", T["n"] >= 28, str(T["n"]))
    led.date_after("公示 dated after FY2024", "2025年1月20日", (2025, 1, 20), (2024, 12, 31), ["2025年1月20日"])
    return {"meta": meta, "blocks": blocks}, led


CSS = """body{font-family:"Microsoft YaHei","SimSun",sans-serif;background:#f4f4f4;margin:0}
.wrap{width:1180px;margin:0 auto;background:#fff;padding:24px 36px}
.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
h1{font-size:22px;text-align:center;color:#1a3d7c;margin:22px 0 10px}
.info{text-align:center;font-size:13px;color:#888;margin-bottom:18px}
.article p{font-size:16px;line-height:2em;text-indent:2em;margin:6px 0}
.article h2{font-size:17px;margin:14px 0 4px;text-indent:2em}
.article p.sign{text-align:right;text-indent:0}
table.gs{border-collapse:collapse;width:100%;font-size:12px;margin:6px 0}
table.gs th,table.gs td{border:1px solid #555;padding:3px 4px}
table.gs th{background:#e8eef7}
table.gs td.n{text-align:right;white-space:nowrap}
table.gs tr.grp td{background:#f6f6f6;font-weight:bold}
table.gs tr.sub td{background:#fff8e6;font-weight:bold}
table.gs tr.tot td{background:#ffe9c7;font-weight:bold}
.cap{text-align:center;font-weight:bold;font-size:16px;text-indent:0!important}
.unit{text-align:right;font-size:13px;text-indent:0!important}
.note{font-size:13px;color:#444;text-indent:0!important}
.foot{border-top:1px solid #ddd;margin-top:26px;padding-top:10px;font-size:12px;color:#888;text-align:center}"""


def render(model, path):
    e = html.escape
    meta, blocks = model["meta"], model["blocks"]
    o = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         "<title>%s</title>" % e(meta["title"]), "<style>", CSS, "</style>", "</head>", "<body>", '<div class="wrap">',
         '<div class="crumb">首页 &gt; 政务公开 &gt; 重点领域信息公开 &gt; 乡村振兴</div>',
         "<h1>%s</h1>" % e(meta["title"]),
         '<div class="info">发布日期：%s　信息来源：%s　浏览次数：%s</div>' % (meta["date"], e(meta["source"]), meta["views"]),
         '<div class="article">']
    for kind, c in blocks:
        if kind == "h2":
            o.append("<h2>%s</h2>" % e(c))
        elif kind == "p":
            cls = ' class="sign"' if c.startswith("黔岚县农业农村局") or c.startswith("2025年1月20日") else ""
            o.append("<p%s>%s</p>" % (cls, e(c)))
        elif kind == "caption":
            o.append('<p class="cap">%s</p>' % e(c))
        elif kind == "unit":
            o.append('<p class="unit">%s</p>' % e(c))
        elif kind == "note":
            o.append('<p class="note">%s</p>' % e(c))
        elif kind == "table":
            o.append('<table class="gs">')
            o.append("<thead>")
            o.append('<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">项目类型</th>'
                     '<th rowspan="2">建设内容</th><th colspan="4">资金规模（万元）</th><th colspan="2">受益户数（户）</th>'
                     '<th rowspan="2">完成情况</th></tr>')
            o.append("<tr><th>合计</th><th>中央</th><th>省级</th><th>市县</th><th>合计</th><th>其中脱贫户（含监测户）</th></tr>")
            o.append("</thead>")
            o.append("<tbody>")
            for k, cells in c["rows"]:
                if k == "group":
                    o.append('<tr class="grp"><td colspan="11">%s</td></tr>' % e(cells))
                    continue
                cls = {"proj": "", "sub": ' class="sub"', "total": ' class="tot"'}[k]
                tds = []
                for j, v in enumerate(cells):
                    if k in ("sub", "total") and j == 1:
                        continue
                    if k in ("sub", "total") and j == 2:
                        tds.append('<td colspan="2">%s</td>' % e(cells[1]))
                        continue
                    num = ' class="n"' if 4 <= j <= 9 else ""
                    tds.append("<td%s>%s</td>" % (num, e(v)))
                o.append("<tr%s>%s</tr>" % (cls, "".join(tds)))
            o.append("</tbody>")
            o.append("</table>")
    o.append("</div>")
    o.append('<div class="foot">主办：黔岚县人民政府办公室　网站标识码：5226310012　黔ICP备05002716号</div>')
    o.append("</div>")
    o.append("</body>")
    o.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(o) + "\n")


def visible(path):
    return html_text(path)


def main():
    model, led = build()
    path = os.path.join(OUT, NAME + ".html")
    render(model, path)
    text = visible(path)
    raw = open(path, encoding="utf-8").read()
    led.cond("two-row header with colspan", raw.count('colspan="4"') == 1 and raw.count('colspan="2">受益户数') == 1)
    led.cond("小计 rows after each group", raw.count('class="sub"') == len(TOWNS), str(raw.count('class="sub"')))
    led.cond("one 合计 row", raw.count('class="tot"') == 1)
    finish(led, text, "html", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    main()
