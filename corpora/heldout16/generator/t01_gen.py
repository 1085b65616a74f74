# -*- coding: utf-8 -*-
"""t01 — 福建省岚溪市卫生健康委员会 2024年度部门决算说明 (.docx).

Word tables with merged cells (gridSpan + vMerge), a 类/款/项 coded table, 国有资产占用,
政府采购 (中小企业), 机关运行经费.  All figures are Decimal, ROUND_HALF_UP.
"""
import os
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, D, q, pct, growth, f, fi, Ledger, docx_text, ROOT, normalize_docx_zip  # noqa: E402

NAME = "t01_lanxi_health_commission_dept_final_accounts_2024"
UNIT = "岚溪市卫生健康委员会"

# ------------------------------------------------------------------ inputs (typed)
# 一般公共预算财政拨款支出 by 项: code, name, level, 年初预算, 基本, 项目
ITEMS = [
    ("208", "社会保障和就业支出", 1),
    ("20805", "行政事业单位养老支出", 2),
    ("2080505", "机关事业单位基本养老保险缴费支出", 3, "598.00", "612.48", "0"),
    ("2080506", "机关事业单位职业年金缴费支出", 3, "245.36", "245.36", "0"),
    ("210", "卫生健康支出", 1),
    ("21001", "卫生健康管理事务", 2),
    ("2100101", "行政运行", 3, "1402.00", "1386.52", "0"),
    ("2100199", "其他卫生健康管理事务支出", 3, "360.00", "0", "428.60"),
    ("21004", "公共卫生", 2),
    ("2100401", "疾病预防控制机构", 3, "2480.00", "2164.85", "386.40"),
    ("2100402", "卫生监督机构", 3, "1060.00", "986.24", "52.30"),
    ("2100408", "基本公共卫生服务", 3, "3600.00", "0", "3862.50"),
    ("2100409", "重大公共卫生服务", 3, "1400.00", "0", "1246.80"),
    ("2100410", "突发公共卫生事件应急处理", 3, "0", "0", "318.75"),
    ("21007", "计划生育事务", 2),
    ("2100717", "计划生育服务", 3, "640.00", "0", "624.36"),
    ("2100799", "其他计划生育事务支出", 3, "1050.00", "0", "1082.44"),
    ("21011", "行政事业单位医疗", 2),
    ("2101101", "行政单位医疗", 3, "98.00", "96.82", "0"),
    ("2101102", "事业单位医疗", 3, "170.00", "168.54", "0"),
    ("2101103", "公务员医疗补助", 3, "60.00", "58.16", "0"),
    ("221", "住房保障支出", 1),
    ("22102", "住房改革支出", 2),
    ("2210201", "住房公积金", 3, "362.58", "362.58", "0"),
]
REASONS = {
    "2080505": "年中调整缴费基数，按实际缴费基数补缴",
    "2080506": "",
    "2100101": "严格控制一般性支出，压减办公经费",
    "2100199": "年中追加全民健康信息平台升级改造经费",
    "2100401": "年中追加疾控中心实验室检测能力提升经费",
    "2100402": "部分执法装备采购项目按合同进度付款，尾款结转下年",
    "2100408": "上级追加基本公共卫生服务补助资金",
    "2100409": "部分重大公共卫生服务项目资金按进度拨付，剩余资金结转下年",
    "2100410": "年初未安排预算，年中根据传染病疫情防控需要追加",
    "2100717": "计划生育特殊家庭扶助对象自然减少",
    "2100799": "计划生育家庭奖励扶助对象增加",
    "2101101": "人员变动",
    "2101102": "人员变动",
    "2101103": "人员变动",
    "2210201": "",
}
NONFISCAL_BY_CLASS = {"208": D("126.30"), "210": D("2768.42"), "221": D("58.14")}
G = D("14286.45")      # 一般公共预算财政拨款收入
S = D("2846.32")       # 事业收入
O = D("186.74")        # 其他收入
U = D("58.20")         # 使用非财政拨款结余
FB0 = D("486.20")      # 年初财政拨款结转和结余
NB0 = D("638.18")      # 年初非财政拨款结转和结余
NONFIS_BASIC = D("1218.64")
R_PREV = D("16428.36")
E_PREV = D("16705.12")
GE_PREV = D("13512.80")
PERSON = D("5436.92")  # 人员经费 (财政拨款基本支出)
PUB_LIST = [("办公费", "128.46"), ("水电费", "96.30"), ("差旅费", "52.18"),
            ("维修（护）费", "86.74"), ("公务用车运行维护费", "31.62"), ("其他交通费用", "124.80")]
SG_BUDGET = D("48.00")
SG = {"出国": D("0"), "购置": D("0"), "运维": D("31.62"), "接待": D("10.74")}
SG_PREV = D("46.85")
JG = D("286.47")
JG_PREV = D("302.15")
JG_LIST = [("办公费", "72.36"), ("水电费", "38.64"), ("差旅费", "24.18"), ("公务用车运行维护费", "31.62")]
PROC = {"货物": D("1524.36"), "工程": D("312.80"), "服务": D("549.38")}
PROC_SME = {"货物": D("1086.24"), "工程": D("312.80"), "服务": D("463.43")}
SMALL = D("1036.25")
HOUSE = [("办公用房", "6,284.20"), ("业务用房", "19,852.40"), ("仓储及附属用房", "2,509.75")]
CARS = [("机要通信用车", 1), ("应急保障用车", 3), ("执法执勤用车", 4), ("特种专业技术用车", 8), ("其他用车", 2)]
OFFICIAL_CARS = [("执法执勤用车", 4), ("应急保障用车", 3), ("机要通信用车", 1)]
ASSETS = [("流动资产", "9,286.45"), ("固定资产", "24,183.52"), ("无形资产", "1,126.40"), ("其他资产", "2,245.80")]
EQUIP100 = 14
STAFF = [("行政编制", 36), ("参照公务员法管理事业编制", 42), ("事业编制", 178)]
ACTUAL = 231
RETIRED = 96
DEPTS = ["办公室", "规划发展与信息化科", "财务审计科", "基层卫生健康科", "医政医管科",
         "疾病预防控制科（卫生应急办公室）", "老龄健康与职业健康科", "妇幼健康与人口家庭科", "人事科"]
SUBUNITS = ["岚溪市疾病预防控制中心", "岚溪市卫生健康综合监督执法支队", "岚溪市急救指挥中心",
            "岚溪市卫生健康事业发展中心"]
CN = "零一二三四五六七八九十"
KEY_PROJ = ["2100408", "2100409", "2100410"]


def build():
    L = Ledger(NAME + ".docx", "docx")
    B = []  # blocks
    add = B.append

    # ---------------- derived
    leaf = [it for it in ITEMS if it[2] == 3]
    bud = {it[0]: D(it[3]) for it in leaf}
    bas = {it[0]: D(it[4]) for it in leaf}
    pro = {it[0]: D(it[5]) for it in leaf}
    tot = {c: bas[c] + pro[c] for c in bas}

    def agg(prefix, d):
        return sum((v for c, v in d.items() if c.startswith(prefix)), D(0))

    GE = agg("", tot)
    GB = agg("", bas)
    GP = agg("", pro)
    BUD = agg("", bud)
    FB1 = FB0 + G - GE
    N = sum(NONFISCAL_BY_CLASS.values())
    NB1 = NB0 + S + O + U - N
    R = G + S + O
    B0 = FB0 + NB0
    TI = R + U + B0
    E_cls = {c: agg(c, tot) + NONFISCAL_BY_CLASS[c] for c in ("208", "210", "221")}
    E = sum(E_cls.values())
    B1 = TI - E
    assert B1 == FB1 + NB1
    EB = GB + NONFIS_BASIC
    EP = E - EB
    PUB = GB - PERSON
    pub_listed = sum(D(v) for _, v in PUB_LIST)
    pub_rest = PUB - pub_listed
    SGT = sum(SG.values())
    jg_listed = sum(D(v) for _, v in JG_LIST)
    PT = sum(PROC.values())
    PST = sum(PROC_SME.values())
    house = sum(D(v.replace(",", "")) for _, v in HOUSE)
    cars = sum(n for _, n in CARS)
    ocars = sum(n for _, n in OFFICIAL_CARS)
    assets = sum(D(v.replace(",", "")) for _, v in ASSETS)
    staff = sum(n for _, n in STAFF)

    s = {}  # formatted strings
    for k, v in dict(G=G, S=S, O=O, U=U, R=R, B0=B0, TI=TI, E=E, B1=B1, FB0=FB0, FB1=FB1, NB0=NB0,
                     NB1=NB1, GE=GE, GB=GB, GP=GP, BUD=BUD, EB=EB, EP=EP, PUB=PUB, PERSON=PERSON,
                     R_PREV=R_PREV, E_PREV=E_PREV, GE_PREV=GE_PREV, N=N, SGT=SGT, SG_BUDGET=SG_BUDGET,
                     SG_PREV=SG_PREV, JG=JG, JG_PREV=JG_PREV, PT=PT, PST=PST, SMALL=SMALL,
                     pub_listed=pub_listed, pub_rest=pub_rest, jg_listed=jg_listed,
                     house=house, assets=assets).items():
        s[k] = f(v)
    for c, v in E_cls.items():
        s["E" + c] = f(v)
    for c in ("208", "210", "221"):
        s["G" + c] = f(agg(c, tot))
    zero = f(0)

    # ---------------- facts
    for k in ("G", "S", "O", "R", "TI", "E", "B1", "GE", "GB", "GP", "BUD", "PUB", "JG", "PT", "PST"):
        L.fact(k, s[k])

    # ================================================================ text
    add(("title", "岚溪市卫生健康委员会2024年度部门决算说明"))
    add(("h1", "第一部分　部门概况"))
    add(("h2", "一、主要职能"))
    add(("p", "岚溪市卫生健康委员会是市政府工作部门，主要职责是：贯彻落实国家和省卫生健康工作方针政策，"
              "拟订全市卫生健康事业发展规划并组织实施；协调推进深化医药卫生体制改革；制定并组织落实疾病预防控制规划、"
              "免疫规划以及严重危害人民健康公共卫生问题的干预措施；负责卫生应急工作，组织指导突发公共卫生事件的预防控制"
              "和各类突发公共事件的医疗卫生救援；组织实施国家基本药物制度；负责职责范围内的职业卫生、放射卫生、环境卫生、"
              "学校卫生、公共场所卫生、饮用水卫生等公共卫生的监督管理；负责计划生育管理和服务工作，开展人口监测预警；"
              "指导全市老龄健康和妇幼健康服务体系建设；承担市爱国卫生运动委员会日常工作。"))
    add(("h2", "二、机构设置及决算单位构成"))
    dep_txt = "、".join(DEPTS)
    sub_txt = "、".join(SUBUNITS)
    ndep, nsub = len(DEPTS), len(SUBUNITS)
    L.cond("内设科室数 = 列举数", ndep == 9, "9 listed", [f"内设{CN[ndep]}个科室"])
    L.cond("所属单位数 = 列举数", nsub == 4, "4 listed", [f"所属事业单位{CN[nsub]}个"])
    L.cond("决算单位 = 机关本级 + 所属单位", 1 + nsub == 5, "1 + 4 = 5", [f"共{CN[1 + nsub]}个"])
    add(("p", f"委机关内设{CN[ndep]}个科室，分别为：{dep_txt}。所属事业单位{CN[nsub]}个，分别为：{sub_txt}。"
              f"纳入本部门2024年度部门决算编制范围的单位包括委机关本级和上述所属事业单位，共{CN[1 + nsub]}个。"))
    st = "、".join(f"{a}{b}名" for a, b in STAFF)
    L.sum("编制总数 = 各类编制之和", str(staff), [str(b) for _, b in STAFF],
          [f"编制总数{staff}名", st])
    add(("p", f"截至2024年末，本部门编制总数{staff}名，其中{st}；年末实有在职人员{ACTUAL}名，"
              f"另有离休退休人员{RETIRED}名（离退休人员经费在机关事业单位养老保险等渠道列支，不计入上述在职人数）。"))

    add(("h1", "第二部分　2024年度部门决算表"))
    add(("p", "本部分公开收入支出决算总表和一般公共预算财政拨款支出决算表，其他决算报表详见岚溪市财政局门户网站"
              "“预决算公开”专栏。本部门2024年度无政府性基金预算财政拨款收入和支出，无国有资本经营预算财政拨款收入和支出，"
              "相关报表为空表。"))
    # ---- 表1 收入支出决算总表 (gridSpan + vMerge)
    rows = [["收入", "", "", "支出", "", ""],
            ["项目", "行次", "金额", "项目", "行次", "金额"],
            ["一、一般公共预算财政拨款收入", "1", s["G"], "一、社会保障和就业支出", "9", s["E208"]],
            ["二、政府性基金预算财政拨款收入", "2", zero, "二、卫生健康支出", "10", s["E210"]],
            ["三、国有资本经营预算财政拨款收入", "3", zero, "三、住房保障支出", "11", s["E221"]],
            ["四、上级补助收入", "4", zero, "", "", ""],
            ["五、事业收入", "5", s["S"], "", "", ""],
            ["六、经营收入", "6", zero, "", "", ""],
            ["七、附属单位上缴收入", "7", zero, "", "", ""],
            ["八、其他收入", "8", s["O"], "", "", ""],
            ["本年收入合计", "12", s["R"], "本年支出合计", "13", s["E"]],
            ["使用非财政拨款结余", "14", s["U"], "结余分配", "15", zero],
            ["年初结转和结余", "16", s["B0"], "年末结转和结余", "17", s["B1"]],
            ["总计", "18", s["TI"], "总计", "19", s["TI"]]]
    merges = [(0, 0, 0, 2), (0, 3, 0, 5), (5, 3, 9, 5)]
    add(("table", {"caption": "表1　收入支出决算总表", "unit": "单位：万元", "rows": rows, "merges": merges,
                   "header_rows": 2, "widths": [4.6, 1.0, 2.1, 4.0, 1.0, 2.1]}))
    L.sum("表1 本年收入合计 = 八项收入", s["R"], [s["G"], zero, zero, zero, s["S"], zero, zero, s["O"]],
          [s["G"], s["S"], s["O"], s["R"], zero])
    L.sum("表1 本年支出合计 = 三类支出", s["E"], [s["E208"], s["E210"], s["E221"]],
          [s["E208"], s["E210"], s["E221"], s["E"]])
    L.sum("表1 收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余", s["TI"], [s["R"], s["U"], s["B0"]],
          [s["TI"], s["U"], s["B0"]])
    L.sum("表1 支出总计 = 本年支出 + 结余分配 + 年末结转和结余", s["TI"], [s["E"], zero, s["B1"]],
          [s["TI"], s["B1"], zero])

    # ---- 表2 一般公共预算财政拨款支出决算表 (coded, vMerge header)
    rows = [["科目编码", "科目名称", "年初预算", "本年支出决算", "", ""],
            ["", "", "", "合计", "基本支出", "项目支出"]]
    for it in ITEMS:
        code, name, lvl = it[:3]
        if lvl == 3:
            rows.append([code, name, f(bud[code]), f(tot[code]), f(bas[code]), f(pro[code])])
        else:
            rows.append([code, name, f(agg(code, bud)), f(agg(code, tot)), f(agg(code, bas)), f(agg(code, pro))])
    rows.append(["合计", "", s["BUD"], s["GE"], s["GB"], s["GP"]])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (len(rows) - 1, 0, len(rows) - 1, 1)]
    add(("table", {"caption": "表2　一般公共预算财政拨款支出决算表", "unit": "单位：万元", "rows": rows,
                   "merges": merges, "header_rows": 2, "widths": [1.8, 5.6, 2.0, 2.0, 2.0, 2.0]}))
    # hierarchy checks on the table strings
    for it in ITEMS:
        code, name, lvl = it[:3]
        if lvl == 3:
            L.sum(f"表2 {code} 合计 = 基本 + 项目", f(tot[code]), [f(bas[code]), f(pro[code])])
        else:
            kids = [x[0] for x in ITEMS if x[0].startswith(code) and x[2] == lvl + 1]
            for col, dd in (("合计", tot), ("基本", bas), ("项目", pro), ("年初预算", bud)):
                L.sum(f"表2 {code} {col} = Σ下级", f(agg(code, dd)), [f(agg(k, dd)) for k in kids])
    for col, dd, key in (("合计", tot, "GE"), ("基本", bas, "GB"), ("项目", pro, "GP"), ("年初预算", bud, "BUD")):
        L.sum(f"表2 合计行 {col} = Σ类", s[key], [f(agg(c, dd)) for c in ("208", "210", "221")])
    L.sum("表2 合计 = 基本 + 项目", s["GE"], [s["GB"], s["GP"]])

    add(("h1", "第三部分　2024年度部门决算情况说明"))
    # ---- 一、收入支出决算总体情况
    add(("h2", "一、收入支出决算总体情况说明"))
    gr_r = growth(R, R_PREV)
    gr_e = growth(E, E_PREV)
    a_ti = f"收入总计{s['TI']}万元"
    a_r = f"本年收入合计{s['R']}万元"
    a_u = f"使用非财政拨款结余{s['U']}万元"
    a_b0 = f"年初结转和结余{s['B0']}万元"
    add(("p", f"2024年度收入总计、支出总计均为{s['TI']}万元。收入方面，{a_r}，{a_u}，{a_b0}；支出方面，"
              f"本年支出合计{s['E']}万元，结余分配{zero}万元，年末结转和结余{s['B1']}万元。"
              f"与上年相比，本年收入合计增加{f(R - R_PREV)}万元，增长{f(gr_r)}%；本年支出合计增加{f(E - E_PREV)}万元，"
              f"增长{f(gr_e)}%。主要原因是上级追加基本公共卫生服务补助和疾控中心实验室检测能力提升经费，"
              f"以及疾控中心检验检测业务量增加带来事业收入增长。"))
    L.sum("收入总计 = 本年收入 + 使用结余 + 年初结转", s["TI"], [s["R"], s["U"], s["B0"]],
          [f"收入总计、支出总计均为{s['TI']}万元", a_r, a_u, a_b0])
    L.sum("支出总计 = 本年支出 + 结余分配 + 年末结转", s["TI"], [s["E"], zero, s["B1"]],
          [f"本年支出合计{s['E']}万元，结余分配{zero}万元，年末结转和结余{s['B1']}万元"])
    L.lin("本年收入增加额", f(R - R_PREV), [(1, s["R"]), (-1, f(R_PREV))],
          [f"本年收入合计增加{f(R - R_PREV)}万元"])
    L.fact("R_prev", f(R_PREV))
    L.lin("本年支出增加额", f(E - E_PREV), [(1, s["E"]), (-1, f(E_PREV))],
          [f"本年支出合计增加{f(E - E_PREV)}万元"])

    # ---- 二、收入决算
    add(("h2", "二、收入决算情况说明"))
    sh_g, sh_s, sh_o = pct(G, R), pct(S, R), pct(O, R)
    add(("p", f"2024年度本年收入合计{s['R']}万元，上年为{f(R_PREV)}万元。其中：一般公共预算财政拨款收入{s['G']}万元，"
              f"占{f(sh_g)}%；事业收入{s['S']}万元，占{f(sh_s)}%，主要是疾控中心预防性健康检查、委托检验检测等服务收费；"
              f"其他收入{s['O']}万元，占{f(sh_o)}%，主要是存款利息收入和培训收入。本部门无政府性基金预算财政拨款收入、"
              f"国有资本经营预算财政拨款收入、上级补助收入、经营收入和附属单位上缴收入。"))
    L.growth("本年收入增长率", f(gr_r), s["R"], f(R_PREV), "增长",
             [f"本年收入合计{s['R']}万元，上年为{f(R_PREV)}万元", f"增长{f(gr_r)}%"])
    L.growth("本年支出增长率", f(gr_e), s["E"], f(E_PREV), "增长", [f"增长{f(gr_e)}%"])
    L.sum("本年收入 = 财政拨款 + 事业 + 其他", s["R"], [s["G"], s["S"], s["O"]],
          [f"一般公共预算财政拨款收入{s['G']}万元", f"事业收入{s['S']}万元", f"其他收入{s['O']}万元"])
    for nm, sh, v in (("财政拨款", sh_g, "G"), ("事业收入", sh_s, "S"), ("其他收入", sh_o, "O")):
        L.ratio(f"收入占比 {nm}", f(sh), s[v], s["R"], [f"{s[v]}万元，占{f(sh)}%"])
    L.cond("收入占比合计 100.00（内部核对，正文未陈述）", sum(P(x) for x in [f(sh_g), f(sh_s), f(sh_o)]) == 100, str([f(sh_g), f(sh_s), f(sh_o)]))

    # ---- 三、支出决算
    add(("h2", "三、支出决算情况说明"))
    sh_b, sh_p = pct(EB, E), pct(EP, E)
    add(("p", f"2024年度本年支出合计{s['E']}万元，上年为{f(E_PREV)}万元。其中：基本支出{s['EB']}万元，占{f(sh_b)}%，"
              f"是为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费；项目支出{s['EP']}万元，占{f(sh_p)}%，"
              f"是为完成特定行政任务和事业发展目标而发生的支出。按支出功能分类，社会保障和就业支出{s['E208']}万元，"
              f"卫生健康支出{s['E210']}万元，住房保障支出{s['E221']}万元。上述支出含使用事业收入、其他收入等非财政拨款资金安排的支出"
              f"{s['N']}万元（其中社会保障和就业支出{f(NONFISCAL_BY_CLASS['208'])}万元、卫生健康支出{f(NONFISCAL_BY_CLASS['210'])}万元、"
              f"住房保障支出{f(NONFISCAL_BY_CLASS['221'])}万元），故各类支出数均大于下文一般公共预算财政拨款安排的同类支出数。"))
    L.sum("本年支出 = 基本 + 项目", s["E"], [s["EB"], s["EP"]], [f"基本支出{s['EB']}万元", f"项目支出{s['EP']}万元"])
    L.ratio("基本支出占比", f(sh_b), s["EB"], s["E"], [f"基本支出{s['EB']}万元，占{f(sh_b)}%"])
    L.ratio("项目支出占比", f(sh_p), s["EP"], s["E"], [f"项目支出{s['EP']}万元，占{f(sh_p)}%"])
    L.cond("基本+项目占比 = 100.00（内部核对，正文未陈述）", sum(P(x) for x in [f(sh_b), f(sh_p)]) == 100, str([f(sh_b), f(sh_p)]))
    L.sum("本年支出 = 财政拨款支出 + 非财政拨款支出", s["E"], [s["GE"], s["N"]], [f"非财政拨款资金安排的支出{s['N']}万元"])
    for c in ("208", "210", "221"):
        L.sum(f"{c} 全口径 = 财政拨款 + 非财政拨款", s["E" + c], [s["G" + c], f(NONFISCAL_BY_CLASS[c])])

    # ---- 四、财政拨款收支总体
    add(("h2", "四、财政拨款收入支出决算总体情况说明"))
    gr_ge = growth(GE, GE_PREV)
    add(("p", f"2024年度财政拨款收入{s['G']}万元，全部为一般公共预算财政拨款；年初财政拨款结转和结余{s['FB0']}万元"
              f"（年初结转和结余{s['B0']}万元中的其余{s['NB0']}万元为非财政拨款结转和结余）；"
              f"财政拨款支出{s['GE']}万元；年末财政拨款结转和结余{s['FB1']}万元。财政拨款支出比上年的{f(GE_PREV)}万元"
              f"增加{f(GE - GE_PREV)}万元，增长{f(gr_ge)}%。年末结转和结余中，财政拨款结转和结余{s['FB1']}万元，"
              f"非财政拨款结转和结余{s['NB1']}万元，合计{s['B1']}万元，与收入支出决算总表一致。"))
    L.lin("年末财政拨款结转 = 年初 + 收入 − 支出", s["FB1"], [(1, s["FB0"]), (1, s["G"]), (-1, s["GE"])],
          [f"年初财政拨款结转和结余{s['FB0']}万元", f"财政拨款支出{s['GE']}万元", f"年末财政拨款结转和结余{s['FB1']}万元"])
    L.growth("财政拨款支出增长率", f(gr_ge), s["GE"], f(GE_PREV), "增长",
             [f"财政拨款支出比上年的{f(GE_PREV)}万元增加{f(GE - GE_PREV)}万元，增长{f(gr_ge)}%"])
    L.sum("年末结转和结余 = 财政 + 非财政", s["B1"], [s["FB1"], s["NB1"]],
          [f"财政拨款结转和结余{s['FB1']}万元，非财政拨款结转和结余{s['NB1']}万元，合计{s['B1']}万元"])
    L.lin("非财政拨款结转和结余 = 年初 + 事业 + 其他 + 使用结余 − 非财政支出", s["NB1"],
          [(1, s["NB0"]), (1, s["S"]), (1, s["O"]), (1, s["U"]), (-1, s["N"])])
    L.sum("年初结转和结余 = 财政 + 非财政", s["B0"], [s["FB0"], s["NB0"]],
          [f"年初财政拨款结转和结余{s['FB0']}万元（年初结转和结余{s['B0']}万元中的其余{s['NB0']}万元为非财政拨款结转和结余）"])

    # ---- 五、一般公共预算财政拨款支出
    add(("h2", "五、一般公共预算财政拨款支出决算情况说明"))
    add(("h3", "（一）总体情况"))
    done = pct(GE, BUD)
    add(("p", f"2024年度一般公共预算财政拨款支出年初预算为{s['BUD']}万元，支出决算为{s['GE']}万元，完成年初预算的{f(done)}%。"
              f"决算数大于年初预算数，主要是年中追加了基本公共卫生服务补助、突发公共卫生事件应急处理和全民健康信息平台升级改造等经费。"))
    L.ratio("一般公共预算财政拨款完成年初预算%", f(done), s["GE"], s["BUD"],
            [f"年初预算为{s['BUD']}万元，支出决算为{s['GE']}万元，完成年初预算的{f(done)}%"])
    add(("h3", "（二）结构情况"))
    shs = {c: pct(agg(c, tot), GE) for c in ("208", "210", "221")}
    add(("p", f"一般公共预算财政拨款支出决算{s['GE']}万元，按支出功能分类，社会保障和就业支出{s['G208']}万元，占{f(shs['208'])}%；"
              f"卫生健康支出{s['G210']}万元，占{f(shs['210'])}%；住房保障支出{s['G221']}万元，占{f(shs['221'])}%。"
              f"三项占比分别按四舍五入保留两位小数，合计为{f(sum(shs.values()))}%，与100%的差额为尾差。"))
    for c, nm in (("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("221", "住房保障支出")):
        L.ratio(f"财政拨款结构占比 {c}", f(shs[c]), s["G" + c], s["GE"], [f"{nm}{s['G' + c]}万元，占{f(shs[c])}%"])
    L.sum("财政拨款结构三项占比合计（尾差）", f(sum(shs.values())), [f(v) for v in shs.values()],
          [f"合计为{f(sum(shs.values()))}%"])
    L.cond("结构占比合计为 99.99（尾差 hazard）", sum(shs.values()) == D("99.99"), str(sum(shs.values())))
    L.sum("财政拨款三类 = 合计", s["GE"], [s["G208"], s["G210"], s["G221"]])
    add(("h3", "（三）具体情况"))
    cls_name = {it[0]: it[1] for it in ITEMS}
    k = 0
    for it in leaf:
        code, name = it[0], it[1]
        k += 1
        b, t = bud[code], tot[code]
        head = f"{k}．{cls_name[code[:3]]}（类）{cls_name[code[:5]]}（款）{name}（项）（{code}）。"
        if b == 0:
            txt = (f"{head}年初预算为{zero}万元，支出决算为{f(t)}万元。{REASONS[code]}。")
            L.cond(f"{code} 年初预算为 0 → 不计算完成率", b == 0 and t > 0, f"{f(t)}",
                   [f"{head}年初预算为{zero}万元，支出决算为{f(t)}万元"])
        else:
            r_ = pct(t, b)
            if t == b:
                tail = "决算数与年初预算数持平。"
            elif t > b:
                tail = f"决算数大于年初预算数的主要原因是{REASONS[code]}。"
            else:
                tail = f"决算数小于年初预算数的主要原因是{REASONS[code]}。"
            txt = f"{head}年初预算为{f(b)}万元，支出决算为{f(t)}万元，完成年初预算的{f(r_)}%。{tail}"
            L.ratio(f"{code} 完成年初预算%", f(r_), f(t), f(b),
                    [f"{head}年初预算为{f(b)}万元，支出决算为{f(t)}万元，完成年初预算的{f(r_)}%"])
            L.cond(f"{code} 大于/小于 与数值一致", (t > b) == ("大于" in tail) and (t < b) == ("小于" in tail), tail)
        add(("p", txt))
    L.cond("具体情况逐项列示 = 表2 项级科目数", k == 15, str(k))

    # ---- 六、基本支出
    add(("h2", "六、一般公共预算财政拨款基本支出决算情况说明"))
    pl = "、".join(f"{a}{b}万元" for a, b in PUB_LIST)
    add(("p", f"2024年度一般公共预算财政拨款基本支出{s['GB']}万元，其中：人员经费{s['PERSON']}万元，主要包括基本工资、津贴补贴、"
              f"奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金等；"
              f"公用经费{s['PUB']}万元，主要包括{pl}，以上六项合计{s['pub_listed']}万元，其余{s['pub_rest']}万元为印刷费、"
              f"邮电费、工会经费、福利费、劳务费等。"))
    L.sum("基本支出 = 人员经费 + 公用经费", s["GB"], [s["PERSON"], s["PUB"]],
          [f"基本支出{s['GB']}万元，其中：人员经费{s['PERSON']}万元", f"公用经费{s['PUB']}万元"])
    L.sum("公用经费列举六项合计", s["pub_listed"], [b for _, b in PUB_LIST], [pl, f"以上六项合计{s['pub_listed']}万元"])
    L.sum("公用经费 = 列举六项 + 其余", s["PUB"], [s["pub_listed"], s["pub_rest"]], [f"其余{s['pub_rest']}万元"])

    # ---- 七、三公
    add(("h2", "七、一般公共预算财政拨款“三公”经费支出决算情况说明"))
    sg_done = pct(SGT, SG_BUDGET)
    sg_gr = growth(SGT, SG_PREV)
    add(("p", f"2024年度“三公”经费年初预算为{s['SG_BUDGET']}万元，支出决算为{s['SGT']}万元，完成预算的{f(sg_done)}%，"
              f"比上年的{s['SG_PREV']}万元下降{f(-sg_gr)}%。其中：因公出国（境）费{f(SG['出国'])}万元，公务用车购置费{f(SG['购置'])}万元，"
              f"公务用车运行维护费{f(SG['运维'])}万元，公务接待费{f(SG['接待'])}万元。2024年末，纳入“三公”经费统计的公务用车保有量"
              f"{ocars}辆（" + "、".join(f"{a}{b}辆" for a, b in OFFICIAL_CARS) + "），"
              f"救护车、疾控采样检测车等特种专业技术用车的运行维护费在相关业务经费中列支，不在“三公”经费统计范围内。"))
    L.sum("三公 = 四项", s["SGT"], [f(v) for v in SG.values()],
          [f"支出决算为{s['SGT']}万元", f"公务用车运行维护费{f(SG['运维'])}万元，公务接待费{f(SG['接待'])}万元"])
    L.ratio("三公完成预算%", f(sg_done), s["SGT"], s["SG_BUDGET"], [f"年初预算为{s['SG_BUDGET']}万元，支出决算为{s['SGT']}万元，完成预算的{f(sg_done)}%"])
    L.growth("三公比上年", f(-sg_gr), s["SGT"], s["SG_PREV"], "下降", [f"比上年的{s['SG_PREV']}万元下降{f(-sg_gr)}%"])
    L.sum("公务用车保有量 = 分类之和", str(ocars), [str(b) for _, b in OFFICIAL_CARS], [f"公务用车保有量{ocars}辆"])
    L.same("三公运维费 = 公用经费中公务用车运行维护费", f(SG["运维"]), dict(PUB_LIST)["公务用车运行维护费"])

    # ---- 八、机关运行经费
    add(("h2", "八、机关运行经费支出情况说明"))
    jg_gr = growth(JG, JG_PREV)
    jl = "、".join(f"{a}{b}万元" for a, b in JG_LIST)
    add(("p", f"本部门机关运行经费是指委机关本级和卫生健康综合监督执法支队（参照公务员法管理）使用一般公共预算财政拨款安排的"
              f"基本支出中的公用经费。2024年度机关运行经费支出{s['JG']}万元，比上年的{s['JG_PREV']}万元减少{f(JG_PREV - JG)}万元，"
              f"下降{f(-jg_gr)}%，主要是严格落实过紧日子要求，压减会议、差旅等一般性支出。其中{jl}，"
              f"以上四项合计{s['jg_listed']}万元，其余为印刷费、邮电费、物业管理费等。其他三个所属事业单位的公用经费"
              f"不属于机关运行经费，故机关运行经费小于前述公用经费{s['PUB']}万元。"))
    L.growth("机关运行经费比上年", f(-jg_gr), s["JG"], s["JG_PREV"], "下降",
             [f"机关运行经费支出{s['JG']}万元，比上年的{s['JG_PREV']}万元减少{f(JG_PREV - JG)}万元", f"下降{f(-jg_gr)}%"])
    L.lin("机关运行经费减少额", f(JG_PREV - JG), [(1, s["JG_PREV"]), (-1, s["JG"])])
    L.sum("机关运行经费列举四项", s["jg_listed"], [b for _, b in JG_LIST], [jl, f"以上四项合计{s['jg_listed']}万元"])
    L.cond("机关运行经费 ≤ 公用经费（口径不同）", JG < PUB and jg_listed < JG, f"{s['JG']} < {s['PUB']}")

    # ---- 九、政府采购
    add(("h2", "九、政府采购支出情况说明"))
    sme_sh = pct(PST, PT)
    small_sh = pct(SMALL, PST)
    cat_sh = {k_: pct(PROC_SME[k_], PROC[k_]) for k_ in PROC}
    add(("p", f"2024年度本部门政府采购支出总额{s['PT']}万元，其中：政府采购货物支出{f(PROC['货物'])}万元、"
              f"政府采购工程支出{f(PROC['工程'])}万元、政府采购服务支出{f(PROC['服务'])}万元。"
              f"授予中小企业合同金额{s['PST']}万元，占政府采购支出总额的{f(sme_sh)}%，其中：授予小微企业合同金额{s['SMALL']}万元，"
              f"占授予中小企业合同金额的{f(small_sh)}%。分类型看，货物采购授予中小企业合同金额{f(PROC_SME['货物'])}万元，"
              f"占货物支出金额的{f(cat_sh['货物'])}%；工程采购授予中小企业合同金额{f(PROC_SME['工程'])}万元，占工程支出金额的"
              f"{f(cat_sh['工程'])}%；服务采购授予中小企业合同金额{f(PROC_SME['服务'])}万元，占服务支出金额的{f(cat_sh['服务'])}%。"))
    L.sum("政府采购 = 货物 + 工程 + 服务", s["PT"], [f(v) for v in PROC.values()],
          [f"政府采购支出总额{s['PT']}万元，其中：政府采购货物支出{f(PROC['货物'])}万元、政府采购工程支出{f(PROC['工程'])}万元、政府采购服务支出{f(PROC['服务'])}万元"])
    L.sum("中小企业合同 = 三类之和", s["PST"], [f(v) for v in PROC_SME.values()],
          [f"货物采购授予中小企业合同金额{f(PROC_SME['货物'])}万元", f"工程采购授予中小企业合同金额{f(PROC_SME['工程'])}万元",
           f"服务采购授予中小企业合同金额{f(PROC_SME['服务'])}万元"])
    L.ratio("中小企业占政府采购总额%", f(sme_sh), s["PST"], s["PT"],
            [f"授予中小企业合同金额{s['PST']}万元，占政府采购支出总额的{f(sme_sh)}%"])
    L.ratio("小微企业占中小企业%（基数为中小企业）", f(small_sh), s["SMALL"], s["PST"],
            [f"授予小微企业合同金额{s['SMALL']}万元，占授予中小企业合同金额的{f(small_sh)}%"])
    for k_, nm in (("货物", "货物"), ("工程", "工程"), ("服务", "服务")):
        L.ratio(f"{k_}中小企业占比（基数为本类支出）", f(cat_sh[k_]), f(PROC_SME[k_]), f(PROC[k_]),
                [f"{nm}采购授予中小企业合同金额{f(PROC_SME[k_])}万元，占{nm}支出金额的{f(cat_sh[k_])}%"])
    L.cond("小微 ≤ 中小 ≤ 总额", SMALL <= PST <= PT, "")

    # ---- 十、国有资产占用
    add(("h2", "十、国有资产占用情况说明"))
    hl = "、".join(f"{a}{b}平方米" for a, b in HOUSE[:2])
    cl = "、".join(f"{a}{b}辆" for a, b in CARS)
    al = "、".join(f"{a}{b}万元" for a, b in ASSETS)
    add(("p", f"截至2024年12月31日，本部门资产总额{s['assets']}万元，其中{al}。共有房屋{f(house)}平方米，其中：{hl}，"
              f"其余{HOUSE[2][1]}平方米为{HOUSE[2][0]}。共有车辆{cars}辆，其中：{cl}。"
              f"特种专业技术用车主要为救护车、疾控采样检测车和卫生监督快检车，其他用车为疫苗冷链运输车。"
              f"单价100万元（含）以上专用设备{EQUIP100}台（套），主要为疾控中心实验室的气相色谱—质谱联用仪、"
              f"全自动核酸提取仪等检测设备；无单价50万元（含）以上通用设备。"))
    L.sum("资产总额 = 四类之和", s["assets"], [b for _, b in ASSETS], [f"资产总额{s['assets']}万元，其中{al}"])
    L.sum("房屋面积 = 办公 + 业务 + 其余", f(house), [b for _, b in HOUSE],
          [f"共有房屋{f(house)}平方米，其中：{hl}", f"其余{HOUSE[2][1]}平方米"])
    L.sum("车辆 = 分类之和", str(cars), [str(b) for _, b in CARS], [f"共有车辆{cars}辆，其中：{cl}"])
    L.cond("公务用车保有量（三公口径）< 车辆总数（资产口径）", ocars < cars, f"{ocars} < {cars}")

    # ---- 十一、绩效
    add(("h2", "十一、预算绩效管理情况说明"))
    key_amt = sum((tot[c] for c in KEY_PROJ), D(0))
    add(("p", f"本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，涉及项目支出{s['GP']}万元，自评覆盖率100%。"
              f"在此基础上，选取基本公共卫生服务、重大公共卫生服务、突发公共卫生事件应急处理{CN[len(KEY_PROJ)]}个重点项目开展部门评价，"
              f"涉及资金{f(key_amt)}万元。评价结果显示，项目资金使用总体规范，绩效目标基本实现，但部分项目存在资金拨付进度偏慢、"
              f"绩效指标设置不够细化等问题。下一步，将把评价结果作为2025年预算安排和政策调整的重要依据。"))
    L.sum("重点项目资金 = 三个项目之和", f(key_amt), [f(tot[c]) for c in KEY_PROJ], [f"涉及资金{f(key_amt)}万元"])
    L.same("绩效自评涉及项目支出 = 表2项目支出合计", s["GP"], s["GP"], [f"涉及项目支出{s['GP']}万元"])

    # ---- 名词解释
    add(("h1", "第四部分　名词解释"))
    add(("p", "1．财政拨款收入：指本级财政当年拨付的资金。2．事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。"
              "3．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。4．结余分配：指事业单位按规定提取的"
              "职工福利基金、事业基金和缴纳的所得税等。5．机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行，"
              "用于购买货物和服务等的各项资金。6．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费"
              "和公务接待费。"))
    add(("sign", UNIT))
    add(("sign", "2025年8月26日"))
    L.fact("sign_date", "2025-08-26")
    L.present("落款日期在财政年度结束之后", ["2025年8月26日"])
    return B, L


# ------------------------------------------------------------------ rendering
def _font(run, size=None, bold=False, east="仿宋_GB2312"):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render(blocks, path):
    doc = Document()
    cp = doc.core_properties
    import datetime
    cp.author = UNIT
    cp.title = "2024年度部门决算说明"
    cp.created = cp.modified = datetime.datetime(2025, 8, 26, 9, 0, 0)
    cp.last_modified_by = UNIT
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    for kind, payload in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(payload), 18, True, "方正小标宋简体")
        elif kind == "h1":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(payload), 16, True, "黑体")
        elif kind == "h2":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _font(p.add_run(payload), 16, False, "黑体")
        elif kind == "h3":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _font(p.add_run(payload), 16, False, "楷体_GB2312")
        elif kind == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            p.paragraph_format.line_spacing = Pt(28)
            _font(p.add_run(payload), 16)
        elif kind == "sign":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(payload), 16)
        elif kind == "table":
            t = payload
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(t["caption"]), 14, True, "黑体")
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(t["unit"]), 10.5)
            rows = t["rows"]
            nc = len(rows[0])
            tbl = doc.add_table(rows=len(rows), cols=nc)
            tbl.style = "Table Grid"
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            covered = set()
            for (r1, c1, r2, c2) in t["merges"]:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            covered.add((r, c))
                            assert rows[r][c] == "", (r, c, rows[r][c])
            cells = {(r, c): tbl.cell(r, c) for r in range(len(rows)) for c in range(nc)}
            for (r1, c1, r2, c2) in t["merges"]:
                cells[(r1, c1)].merge(cells[(r2, c2)])
            for r, row in enumerate(rows):
                for c, txt in enumerate(row):
                    if (r, c) in covered or txt == "":
                        continue
                    cell = tbl.cell(r, c)
                    para = cell.paragraphs[0]
                    num = any(ch.isdigit() for ch in txt) and c > 1 or txt.replace(",", "").replace(".", "").isdigit() and r >= t["header_rows"] and c not in (0,)
                    if r < t["header_rows"]:
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif num:
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    _font(para.add_run(txt), 9, r < t["header_rows"], "宋体")
            if "widths" in t:
                for r in range(len(rows)):
                    for c in range(nc):
                        if (r, c) not in covered:
                            try:
                                tbl.cell(r, c).width = Cm(t["widths"][c])
                            except Exception:
                                pass
            doc.add_paragraph()
    doc.save(path)
    normalize_docx_zip(path, (2025, 8, 26, 9, 0, 0))


def visible(path):
    return docx_text(path)


def main(outdir=ROOT):
    blocks, L = build()
    path = os.path.join(outdir, NAME + ".docx")
    render(blocks, path)
    vis = visible(path)
    n = L.verify_text(vis)
    # structural checks on the Word XML
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    L.cond("Word tables carry horizontal merges (w:gridSpan)", xml.count("<w:gridSpan") >= 4, str(xml.count("<w:gridSpan")))
    L.cond("Word tables carry vertical merges (w:vMerge)", xml.count("<w:vMerge") >= 6, str(xml.count("<w:vMerge")))
    L.cond("merged header text appears once in visible text", vis.count("本年支出决算") == 1 and vis.count("\n收入\n") == 1, "")
    L.write(os.path.join(outdir, NAME + ".ledger.json"))
    print(NAME, "Han", n, "checks", len(L.checks))


if __name__ == "__main__":
    main()
