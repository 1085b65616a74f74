"""t03 -- 云南省滇枫县林业和草原局 2024年度项目支出绩效自评报告 (.txt).

Style: a plain-text report whose three 附件 are 项目支出绩效自评表 copied out of Excel and
pasted as text: cells separated by TAB, rows ending CRLF, a cell containing line breaks (LF)
or a double quote is wrapped in double quotes with inner quotes doubled (Excel's clipboard
format), merged cells give their value in the first cell and empty cells after it (trailing
TABs kept), vertically merged 一级/二级指标 cells are empty below their first row.  The whole
file uses CRLF line endings; line breaks inside quoted cells are bare LF.
"""
import csv
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, Book, N, ROOT, close, r, read_txt, share, w, wi  # noqa

NAME = "t03_dianfeng_forestry_project_selfeval_2024"
OUT = os.path.join(ROOT, NAME + ".txt")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")
NCOL = 9
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]

# ---------------------------------------------------------------- base inputs
# kind: "full" -> score = weight; ("ratio", a, b) -> score = weight * a / b (capped at weight);
PROJECTS = [
    {
        "name": "生态护林员补助资金",
        "short": "生态护林员项目",
        "funds": {"年初": ("1,200.00", "0.00", "0.00"), "全年": ("1,262.00", "0.00", "0.00"), "执行": ("1,248.50", "0.00", "0.00")},
        "goal": "按照\"县建、乡管、村用\"的管理机制，从脱贫人口和监测对象中选聘生态护林员不少于1,200人，\n"
                "落实森林资源网格化管护责任，管护森林面积不少于85万亩；\n按每人每年1万元标准按季度足额发放劳务补助，"
                "带动护林员稳定增收。",
        "done": "全年选聘生态护林员1,262人，其中脱贫人口（含监测对象）1,186人；\n落实管护森林面积86.42万亩，"
                "人均管护约685亩；\n全年发放劳务补助1,248.50万元，护林员人均年增收9,893元。",
        "ind": [
            ("产出指标", "数量指标", "选聘生态护林员人数", "≥1,200人", "1,262人", "15", "full", ""),
            ("", "", "管护森林面积", "≥85万亩", "86.42万亩", "10", "full", ""),
            ("", "质量指标", "巡护考核合格率", "≥95%", "97.62%", "10", "full", ""),
            ("", "时效指标", "劳务补助按季度发放及时率", "100%", "100%", "5", "full", ""),
            ("", "成本指标", "人均劳务补助标准", "1万元/人·年", "1万元/人·年", "10", "full", ""),
            ("效益指标", "经济效益指标", "护林员人均年增收", "≥9,000元", "9,893元", "10", "full", ""),
            ("", "社会效益指标", "森林资源管护责任落实率", "100%", "100%", "10", "full", ""),
            ("", "生态效益指标", "森林覆盖率", "≥68.50%", "68.92%", "5", "full", ""),
            ("", "可持续影响指标", "护林员队伍稳定率", "≥98%", "96.67%", "5", ("ratio", "96.67", "98"),
             "年内42名护林员因外出务工、身体原因等解聘，\n已按程序补聘；下一步将加强动态管理和岗前培训。"),
            ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "94.20%", "10", "full", ""),
        ],
    },
    {
        "name": "森林草原防火专项资金",
        "short": "森林草原防火项目",
        "funds": {"年初": ("380.00", "0.00", "0.00"), "全年": ("436.50", "0.00", "0.00"), "执行": ("402.86", "0.00", "0.00")},
        "goal": "建设防火隔离带不少于120公里，购置扑火机具和个人防护装备不少于1,500件（套），\n"
                "开展防火宣传培训不少于40场次，森林火灾受害率控制在0.9‰以内。",
        "done": "建成防火隔离带126.50公里，购置扑火装备1,620件（套），\n开展宣传培训46场次；"
                "全年发生森林火灾1起，受害森林面积较小，\n森林火灾受害率0.12‰，24小时扑灭率100%。",
        "ind": [
            ("产出指标", "数量指标", "建设防火隔离带", "≥120公里", "126.50公里", "10", "full", ""),
            ("", "", "购置扑火装备", "≥1,500件（套）", "1,620件（套）", "10", "full", ""),
            ("", "", "开展防火宣传培训", "≥40场次", "46场次", "5", "full", ""),
            ("", "质量指标", "防火设施验收合格率", "100%", "100%", "10", "full", ""),
            ("", "时效指标", "子项目按期完成率", "100%", "85.71%", "5", ("ratio", "85.71", "100"),
             "7个子项目中有1个因雨季施工受阻延期至2025年1月完工；\n今后将合理安排施工时序。"),
            ("", "成本指标", "防火隔离带建设单价", "≤1.80万元/公里", "1.72万元/公里", "10", "full", ""),
            ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", "10", "full", ""),
            ("", "", "24小时森林火灾扑灭率", "≥95%", "100%", "10", "full", ""),
            ("", "生态效益指标", "森林覆盖率", "≥68.50%", "68.92%", "5", "full", ""),
            ("", "可持续影响指标", "防火基础设施设计使用年限", "≥10年", "10年", "5", "full", ""),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "91.30%", "10", "full", ""),
        ],
    },
    {
        "name": "退化林修复项目",
        "short": "退化林修复项目",
        "funds": {"年初": ("860.00", "126.40", "0.00"), "全年": ("860.00", "126.40", "0.00"), "执行": ("715.75", "126.40", "0.00")},
        "goal": "在龙岗、石岩等4个乡镇实施退化林修复2.00万亩，\n造林成活率不低于85%，带动当地群众务工不少于2,000人次，\n"
                "亩均投资控制在500元以内。",
        "done": "完成退化林修复1.86万亩，占计划的93.00%；\n造林成活率88.60%，检查验收合格率96.24%；\n"
                "带动当地群众务工2,350人次，发放务工报酬312.60万元。",
        "ind": [
            ("产出指标", "数量指标", "完成退化林修复面积", "≥2.00万亩", "1.86万亩", "15", ("ratio", "1.86", "2.00"),
             "受春季持续干旱影响，石岩乡0.14万亩\n调整至2025年雨季补植；已落实苗木和资金。"),
            ("", "质量指标", "造林成活率", "≥85%", "88.60%", "10", "full", ""),
            ("", "", "检查验收合格率", "≥95%", "96.24%", "5", "full", ""),
            ("", "时效指标", "苗木按期到位率", "100%", "100%", "10", "full", ""),
            ("", "成本指标", "亩均投资", "≤500元/亩", "452.77元/亩", "10", "full", ""),
            ("效益指标", "经济效益指标", "带动当地群众务工", "≥2,000人次", "2,350人次", "10", "full", ""),
            ("", "生态效益指标", "改善林分质量面积", "≥2.00万亩", "1.86万亩", "10", ("ratio", "1.86", "2.00"),
             "同上，面积未完成导致该指标扣分。"),
            ("", "可持续影响指标", "修复林地管护责任落实率", "100%", "100%", "10", "full", ""),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.50%", "10", "full", ""),
        ],
    },
]
ACRES_P1 = "86.42"
RANGERS, POOR, LEAVE = 1262, 1186, 42
PASS_P1 = 1232                  # 巡护考核合格人数
BELT_COST = "217.58"            # 防火隔离带建设支出（万元）
REPORT_DATE = ("2025年3月28日", (2025, 3, 28))


def excel_cell(s):
    if any(c in s for c in "\t\n\"\r"):
        return '"' + s.replace('"', '""') + '"'
    return s


def excel_rows(rows):
    return [("\t".join(excel_cell(c) for c in rw)) for rw in rows]


def build():
    B = Book(NAME + ".txt")
    M = {"prose": [], "tables": []}
    X = M["prose"]

    # ---------------- compute each project
    res = []
    for pj in PROJECTS:
        f = pj["funds"]
        tot = {k: sum(N(x) for x in v) for k, v in f.items()}
        rate = share(tot["执行"], tot["全年"])
        fscore = r(D(10) * rate / 100, 2)
        scores = []
        for (l1, l2, l3, tgt, act, wt, kind, why) in pj["ind"]:
            if kind == "full":
                sc = wt
            else:
                _, a, b = kind
                sc = w(min(D(wt), D(wt) * N(a) / N(b)), 2)
            scores.append(sc)
        total = fscore + sum(N(s) for s in scores)
        res.append({"tot": tot, "rate": rate, "fscore": fscore, "scores": scores, "total": total})

    # ---------------- tables (content model: list of rows of cells)
    for pj, rs in zip(PROJECTS, res):
        f = pj["funds"]
        rows = []
        rows.append(["项目支出绩效自评表"] + [""] * (NCOL - 1))
        rows.append(["（2024年度）"] + [""] * (NCOL - 1))
        rows.append(["项目名称", pj["name"]] + [""] * (NCOL - 2))
        rows.append(["主管部门", "滇枫县林业和草原局", "", "", "实施单位", "滇枫县林业和草原局", "", "", ""])
        rows.append(["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        rows.append(["", "年度资金总额", "", w(rs["tot"]["年初"]), w(rs["tot"]["全年"]), w(rs["tot"]["执行"]), "10",
                     w(rs["rate"]) + "%", w(rs["fscore"])])
        for i, lab in enumerate(["其中：当年财政拨款", "      上年结转资金", "      其他资金"]):
            rows.append(["", lab, "", f["年初"][i], f["全年"][i], f["执行"][i], "—", "—", "—"])
        rows.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
        rows.append(["", pj["goal"], "", "", "", pj["done"], "", "", ""])
        rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        for (l1, l2, l3, tgt, act, wt, kind, why), sc in zip(pj["ind"], rs["scores"]):
            rows.append(["", l1, l2, l3, tgt, act, wt, sc, why])
        rows.append(["总分", "", "", "", "", "", "100", w(rs["total"]), "（自评等级：%s）" % grade(rs["total"])])
        M["tables"].append(rows)

    # =================================================================== prose
    def p(s):
        X.append(s)

    p("滇枫县林业和草原局2024年度项目支出绩效自评报告")
    p("")
    p("根据《中华人民共和国预算法》、《中共中央 国务院关于全面实施预算绩效管理的意见》和县财政局《关于开展2024年度"
      "项目支出绩效自评工作的通知》要求，我局对2024年度实施的生态护林员补助资金、森林草原防火专项资金和退化林修复"
      "项目等3个项目开展了绩效自评，现将有关情况报告如下。")
    p("一、基本情况")
    p("（一）部门概况")
    p("滇枫县林业和草原局为县人民政府工作部门，内设办公室、计划财务股、生态保护修复股、森林资源管理股、林业改革"
      "发展股和自然保护地管理股6个股室，下属县林业和草原技术推广站、县森林草原防火指挥中心和县国有林场3个事业"
      "单位。全县林地面积186.3万亩，森林覆盖率68.92%，比上年的68.55%提高0.37个百分点。")
    B.diff("森林覆盖率比上年（个百分点）", "0.37", "68.92", "68.55", "提高", ["森林覆盖率68.92%，比上年的68.55%提高0.37个百分点"])
    p("（二）项目概况")
    t_bud = sum(x["tot"]["全年"] for x in res)
    t_exe = sum(x["tot"]["执行"] for x in res)
    t_rate = share(t_exe, t_bud)
    t_beg = sum(x["tot"]["年初"] for x in res)
    p("2024年纳入本次自评的3个项目年初预算合计%s万元，全年预算合计%s万元（含上年结转资金%s万元），全年执行数合计"
      "%s万元，总体预算执行率为%s%%。其中：" % (w(t_beg), w(t_bud), PROJECTS[2]["funds"]["全年"][1], w(t_exe), w(t_rate)))
    a_all = "全年执行数合计%s万元，总体预算执行率为%s%%" % (w(t_exe), w(t_rate))
    B.total("年初预算合计", w(t_beg), [w(x["tot"]["年初"]) for x in res], ["年初预算合计%s万元" % w(t_beg)])
    B.total("全年预算合计", w(t_bud), [w(x["tot"]["全年"]) for x in res], ["全年预算合计%s万元" % w(t_bud)])
    B.total("执行数合计", w(t_exe), [w(x["tot"]["执行"]) for x in res], [a_all])
    B.ratio("总体预算执行率", w(t_rate), w(t_exe), w(t_bud), ["全年预算合计%s万元" % w(t_bud), a_all])
    descs = [
        "生态护林员补助资金由中央财政林业草原生态保护恢复资金安排，年初预算%s万元，年中根据省级下达的选聘指标追加%s万元，"
        "全年预算%s万元，执行%s万元，执行率%s%%。未执行的%s万元为年内解聘人员停发的补助，已按规定收回统筹使用。",
        "森林草原防火专项资金由县级财政安排，年初预算%s万元，年中追加%s万元用于购置扑火装备，全年预算%s万元，执行%s万元，"
        "执行率%s%%。未执行的%s万元为1个延期子项目的尾款，将于2025年结算。",
        "退化林修复项目由中央和省级林业改革发展资金安排，年初预算%s万元，另有上年结转资金126.40万元，全年预算%s万元，执行"
        "%s万元，执行率%s%%。未执行的%s万元主要是石岩乡0.14万亩补植任务调整至2025年雨季实施。",
    ]
    for i, (pj, rs) in enumerate(zip(PROJECTS, res)):
        beg, bud, exe = rs["tot"]["年初"], rs["tot"]["全年"], rs["tot"]["执行"]
        left = bud - exe
        if i < 2:
            s = ("%d." % (i + 1)) + descs[i] % (w(beg), w(bud - beg), w(bud), w(exe), w(rs["rate"]), w(left))
            B.lin("%s 年中追加" % pj["name"], w(bud - beg), [(1, w(bud)), (-1, w(beg))],
                  ["年初预算%s万元" % w(beg), "追加%s万元" % w(bud - beg), "全年预算%s万元" % w(bud)])
        else:
            beg0 = pj["funds"]["年初"][0]
            s = ("%d." % (i + 1)) + descs[i] % (beg0, w(bud), w(exe), w(rs["rate"]), w(left))
            B.total("%s 全年 = 当年拨款 + 结转" % pj["name"], w(bud), [beg0, "126.40"],
                    ["年初预算%s万元，另有上年结转资金126.40万元，全年预算%s万元" % (beg0, w(bud))])
        p(s)
        B.ratio("%s 执行率 (prose)" % pj["name"], w(rs["rate"]), w(exe), w(bud),
                ["全年预算%s万元，执行%s万元，执行率%s%%" % (w(bud), w(exe), w(rs["rate"])) if i < 2 else
                 "全年预算%s万元，执行%s万元，执行率%s%%" % (w(bud), w(exe), w(rs["rate"]))])
        B.diff("%s 未执行" % pj["name"], w(left), w(bud), w(exe), None,
               ["执行率%s%%。未执行的%s万元" % (w(rs["rate"]), w(left))])

    p("二、绩效自评工作开展情况")
    p("2025年2月，我局成立由分管财务的副局长任组长，计划财务股、相关业务股室和项目实施单位负责人为成员的绩效自评"
      "工作组。按照“谁申报、谁自评”的原则，各项目实施单位对照年初设定的绩效目标，采取资料核查、实地抽查、问卷调查"
      "相结合的方式逐项打分。自评评分按照县财政局统一的评分规则执行：预算执行率指标分值10分，得分＝分值×执行率；"
      "产出指标50分、效益指标30分、满意度指标10分；定量指标全部完成的得满分，未完成的按完成比例计分，超额完成的"
      "不加分。自评结果90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。")
    p("三、绩效目标实现情况")
    pj1, pj2, pj3 = PROJECTS
    r1, r2, r3 = res
    p("（一）生态护林员补助资金")
    pass_rate = share(PASS_P1, RANGERS)
    stable = share(RANGERS - LEAVE, RANGERS)
    per_inc = r(N(pj1["funds"]["执行"][0]) * 10000 / RANGERS, 0)
    per_acre = r(N(ACRES_P1) * 10000 / RANGERS, 0)
    p("全年选聘生态护林员%s人，超过年度目标1,200人；落实管护森林面积%s万亩，人均管护约%d亩。全年组织巡护考核4次，"
      "考核合格%s人，合格率%s%%。全年发放劳务补助%s万元，护林员人均年增收%s元。年内解聘%d人并及时补聘，队伍稳定率"
      "%s%%，低于98%%的目标。问卷调查显示护林员满意度为94.20%%。该项目自评得分%s分，等级为“%s”。"
      % (wi(RANGERS), ACRES_P1, per_acre, wi(PASS_P1), w(pass_rate), pj1["funds"]["执行"][0], wi(per_inc), LEAVE,
         w(stable), w(r1["total"]), grade(r1["total"])))
    B.ratio("巡护考核合格率", w(pass_rate), wi(PASS_P1), wi(RANGERS),
            ["考核合格%s人，合格率%s%%" % (wi(PASS_P1), w(pass_rate)), "全年选聘生态护林员%s人" % wi(RANGERS)])
    B.formula("队伍稳定率 = (选聘 - 解聘) / 选聘", w(stable), lambda a, b: (a - b) / a * 100, [wi(RANGERS), str(LEAVE)],
              "(rangers - left) / rangers", ["年内解聘%d人并及时补聘，队伍稳定率%s%%" % (LEAVE, w(stable))])
    B.quot("人均年增收（元）", wi(per_inc), pj1["funds"]["执行"][0], wi(RANGERS), 10000, ["护林员人均年增收%s元" % wi(per_inc)])
    B.quot("人均管护面积（亩）", str(per_acre), ACRES_P1, wi(RANGERS), 10000, ["人均管护约%d亩" % per_acre])
    B.leq("其中脱贫人口 <= 选聘人数", wi(POOR), wi(RANGERS), [("text", "其中脱贫人口（含监测对象）%s人" % wi(POOR))])
    p("（二）森林草原防火专项资金")
    unit = r(N(BELT_COST) / D("126.50"), 2)
    p("建成防火隔离带126.50公里，支出%s万元，每公里建设成本%s万元，低于1.80万元/公里的控制标准；购置扑火装备1,620件"
      "（套），开展防火宣传培训46场次。全年全县发生森林火灾1起，森林火灾受害率0.12‰，远低于0.9‰的控制目标，"
      "24小时扑灭率100%%。7个子项目中6个按期完工，按期完成率85.71%%。该项目自评得分%s分，等级为“%s”。"
      % (BELT_COST, w(unit), w(r2["total"]), grade(r2["total"])))
    B.quot("隔离带单价", w(unit), BELT_COST, "126.50", 1, ["支出%s万元，每公里建设成本%s万元" % (BELT_COST, w(unit)), "建成防火隔离带126.50公里"])
    B.same("隔离带单价 = 自评表实际完成值", w(unit), "1.72", ["每公里建设成本%s万元" % w(unit)])
    B.ratio("按期完成率", "85.71", "6", "7", ["7个子项目中6个按期完工，按期完成率85.71%"])
    B.leq("隔离带支出 <= 项目执行数", BELT_COST, w(r2["tot"]["执行"]), ["支出%s万元" % BELT_COST])
    p("（三）退化林修复项目")
    done_pct = share(D("1.86"), D("2.00"))
    per_mu = r(r3["tot"]["执行"] * 10000 / (D("1.86") * 10000), 2)
    p("完成退化林修复1.86万亩，为计划2.00万亩的%s%%；造林成活率88.60%%，检查验收合格率96.24%%；按实际执行数%s万元"
      "计算，亩均投资%s元，控制在500元以内。项目带动当地群众务工2,350人次，发放务工报酬312.60万元，人均每人次"
      "%s元。该项目自评得分%s分，等级为“%s”。"
      % (w(done_pct), w(r3["tot"]["执行"]), w(per_mu), wi(r(D("312.60") * 10000 / 2350, 0)), w(r3["total"]),
         grade(r3["total"])))
    B.ratio("修复面积完成比例", w(done_pct), "1.86", "2.00", ["完成退化林修复1.86万亩，为计划2.00万亩的%s%%" % w(done_pct)])
    B.quot("亩均投资（元）", w(per_mu), w(r3["tot"]["执行"]), "1.86", 1, ["按实际执行数%s万元计算，亩均投资%s元" % (w(r3["tot"]["执行"]), w(per_mu))])
    B.quot("每人次务工报酬（元）", wi(r(D("312.60") * 10000 / 2350, 0)), "312.60", "2,350", 10000,
           ["发放务工报酬312.60万元，人均每人次%s元" % wi(r(D("312.60") * 10000 / 2350, 0)), "带动当地群众务工2,350人次"])
    B.leq("务工报酬 <= 项目执行数", "312.60", w(r3["tot"]["执行"]), ["发放务工报酬312.60万元"])

    p("四、自评结论")
    avg = r(sum(x["total"] for x in res) / 3, 2)
    p("经自评，生态护林员补助资金、森林草原防火专项资金和退化林修复项目的自评得分分别为%s分、%s分和%s分，"
      "三个项目平均得分%s分，自评等级均为“优”。各项目预算执行率、产出和效益目标总体完成较好，未完成的指标主要是"
      "护林员队伍稳定率、子项目按期完成率和退化林修复面积。" % (w(r1["total"]), w(r2["total"]), w(r3["total"]), w(avg)))
    B.formula("平均得分", w(avg), lambda a, b, c: (a + b + c) / 3, [w(x["total"]) for x in res], "(a+b+c)/3",
              ["三个项目平均得分%s分" % w(avg)])
    for x in res:
        B.grade("自评等级", w(x["total"]), "优", BANDS, ["自评等级均为“优”"])

    p("五、存在的问题及原因")
    p("（一）预算编制不够精准。森林草原防火专项资金年中追加比例较高，追加资金占年初预算的%s%%，反映年初预算编制时"
      "对扑火装备更新需求测算不足。" % w(share(r2["tot"]["全年"] - r2["tot"]["年初"], r2["tot"]["年初"])))
    B.ratio("防火追加占年初", w(share(r2["tot"]["全年"] - r2["tot"]["年初"], r2["tot"]["年初"])),
            w(r2["tot"]["全年"] - r2["tot"]["年初"]), w(r2["tot"]["年初"]),
            ["追加资金占年初预算的%s%%" % w(share(r2["tot"]["全年"] - r2["tot"]["年初"], r2["tot"]["年初"]))])
    p("（二）部分绩效指标设置不够科学。个别指标如“森林覆盖率”同时用于两个项目，难以反映单个项目的实际贡献；部分"
      "定量指标目标值偏低，挑战性不足。")
    p("（三）项目实施受自然条件影响较大。退化林修复受春季干旱影响未能全部完成年度任务，防火隔离带建设受雨季影响"
      "部分延期。")
    p("六、改进措施及结果应用")
    p("一是加强预算编制与项目储备衔接，提高年初预算到位率，减少年中追加；二是优化绩效指标体系，突出项目个性指标，"
      "合理设置目标值；三是加强项目实施进度管理，科学安排造林和工程施工时序；四是将自评结果作为2025年预算安排的"
      "重要依据，对执行率低于90%的项目在下年度预算中适当压减，并按规定在县政府门户网站公开自评结果。")
    p("七、其他需要说明的情况")
    p("附件中自评表由各项目实施单位从Excel填报表中导出，“分值”栏为该项指标满分，“得分”栏为自评得分。年度资金总额"
      "行的“执行率”为全年执行数占全年预算数的比例。")
    p("")
    p("附件：1.生态护林员补助资金绩效自评表")
    p("      2.森林草原防火专项资金绩效自评表")
    p("      3.退化林修复项目绩效自评表")
    p("")
    p("滇枫县林业和草原局")
    p(REPORT_DATE[0])
    B.date_after("报告日期晚于2024年度终了", REPORT_DATE[0], REPORT_DATE[1], (2024, 12, 31))
    B.date_after("报告日期晚于自评启动（2025年2月）", REPORT_DATE[0], REPORT_DATE[1], (2025, 2, 28))

    # =================================================================== table checks
    for ti, (pj, rs, rows) in enumerate(zip(PROJECTS, res, M["tables"])):
        lines = excel_rows(rows)
        tag = "附件%d %s" % (ti + 1, pj["name"])
        fr = rows[5]
        B.ratio("%s 执行率" % tag, fr[7], fr[5], fr[4], [lines[5]])
        B.formula("%s 执行率得分 = 10 x 执行率" % tag, fr[8], lambda wt, rt: wt * rt / 100, [fr[6], fr[7]], "10 x rate",
                  [lines[5]])
        B.score("%s 执行率得分 <= 10" % tag, fr[8], fr[6], [lines[5]])
        for col, cn in ((3, "年初"), (4, "全年"), (5, "执行")):
            B.total("%s 年度资金总额 %s = 三类资金" % (tag, cn), fr[col], [rows[6][col], rows[7][col], rows[8][col]],
                    [lines[5], lines[6], lines[7], lines[8]])
        B.same("%s 全年预算 = prose" % tag, fr[4], w(rs["tot"]["全年"]), ["全年预算%s万元" % fr[4]])
        B.same("%s 执行 = prose" % tag, fr[5], w(rs["tot"]["执行"]), ["执行%s万元" % fr[5]])
        ind_rows = rows[12:-1]
        ind_lines = lines[12:-1]
        for (l1, l2, l3, tgt, act, wt, kind, why), rw, ln in zip(pj["ind"], ind_rows, ind_lines):
            B.score("%s %s 得分 <= 分值" % (tag, l3), rw[7], rw[6], [ln])
            if kind == "full":
                B.same("%s %s 满分（目标完成）" % (tag, l3), rw[7], rw[6], [ln])
            else:
                _, a, b = kind
                B.formula("%s %s 按完成比例计分" % (tag, l3), rw[7], lambda wt, x, y: min(wt, wt * x / y), [rw[6], a, b],
                          "weight x actual / target", [ln])
                B.cond("%s %s 未完成有偏差说明" % (tag, l3), bool(why), why[:12], anchors=[ln])
        tr = rows[-1]
        B.total("%s 分值合计 100" % tag, tr[6], [fr[6]] + [rw[6] for rw in ind_rows], [lines[-1], lines[5]] + ind_lines)
        B.total("%s 总分 = Σ得分" % tag, tr[7], [fr[8]] + [rw[7] for rw in ind_rows], [lines[-1], lines[5]] + ind_lines)
        for l1n, target in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
            ws, cur = [], None
            for rw in ind_rows:
                if rw[1]:
                    cur = rw[1]
                if cur == l1n:
                    ws.append(rw[6])
            B.total("%s %s 分值" % (tag, l1n), str(target), ws, ind_lines)
        B.grade("%s 自评等级" % tag, tr[7], grade(rs["total"]), BANDS, [lines[-1]])
        B.same("%s 总分 = prose" % tag, tr[7], w(rs["total"]), ["自评得分%s分" % tr[7] if ti < 2 else "和%s分" % tr[7]])
        # parse-back via csv
        raw = "\r\n".join(lines)
        back = list(csv.reader(io.StringIO(raw, newline=""), delimiter="\t"))
        B.cond("%s TSV parses back to the model (%d rows x %d cols)" % (tag, len(rows), NCOL), back == rows,
               "rows=%d" % len(back))
    p1 = M["tables"][0]
    B.same("附件1 选聘人数 = prose", "1,262", p1[12][5].rstrip("人"), ["全年选聘生态护林员1,262人"])
    B.same("附件2 森林覆盖率 = 附件1", M["tables"][1][20][5], p1[19][5], ["森林覆盖率68.92%"])
    B.fact("totals", [w(x["total"]) for x in res])
    B.fact("rates", [w(x["rate"]) for x in res])
    B.fact("report_date", "2025-03-28")
    return M, B


def grade(sc):
    for lo, g in BANDS:
        if sc >= lo:
            return g


def render(M, path):
    parts = list(M["prose"])
    parts.append("")
    for i, rows in enumerate(M["tables"], 1):
        parts.append("附件%d" % i)
        parts.append("")
        parts.extend(excel_rows(rows))
        parts.append("")
    data = "\r\n".join(parts) + "\r\n"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


def visible(path):
    return read_txt(path)


def main():
    M, B = build()
    render(M, OUT)
    text = visible(OUT)
    raw = open(OUT, "rb").read()
    n_crlf = raw.count(b"\r\n")
    n_lf_bare = raw.count(b"\n") - n_crlf
    n_quoted = sum(1 for rows in M["tables"] for rw in rows for c in rw if any(x in c for x in "\n\""))
    B.fact("crlf_lines", n_crlf)
    B.fact("bare_lf_inside_cells", n_lf_bare)
    B.fact("quoted_cells", n_quoted)
    B.cond("rows end CRLF, in-cell breaks bare LF", n_crlf > 100 and n_lf_bare >= 10, "%d / %d" % (n_crlf, n_lf_bare))
    B.cond("at least 8 quoted multi-line cells", n_quoted >= 8, str(n_quoted))
    B.cond("a doubled double-quote inside a cell", '""' in text, "")
    B.cond("tab-separated rows with trailing empty cells", "\t\t\t\r\n" in text, "")
    for rows in M["tables"]:
        for ln in excel_rows(rows):
            B.text("table row", ln)
    close(B, {"text": text}, LEDGER, text)


if __name__ == "__main__":
    main()
