"""t06 -- 福建省闽屿县卫生健康局 2024年度部门整体支出绩效自评报告 (.md).

Style: Markdown (ATX headings “#”/“##”/“###”) with three-level nested numbered lists
“1.” / “(1)” / “①” (the second and third levels indented 3 and 6 spaces, as Chinese authors
type them), figures inline in the list items, some key figures in **bold**, a block quote note,
and no table at all: the 评分 is written out as nested list items (一级 “1. 决策（15分），得分
14.00分。” → 二级 “(1) … （5分），得分4.50分。” → 三级 “① …（3分）：…，得2.50分。”).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, Book, N, ROOT, close, r, read_txt, rise, share, w, wi  # noqa

NAME = "t06_minyu_health_commission_overall_selfeval_2024"
OUT = os.path.join(ROOT, NAME + ".md")
LEDGER = os.path.join(ROOT, NAME + ".ledger.json")
BANDS = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]

# ---------------------------------------------------------------- base inputs (万元)
BEGIN = "18,426.50"
SRC = [("财政拨款收入", "16,842.36"), ("事业收入", "4,986.20"), ("其他收入", "490.08")]
STAFF_COST, PUBLIC_COST = "8,146.30", "1,433.82"
BASIC_BUDGET = "9,624.80"
# projects: name, 全年预算, 执行
PROJ = [
    ("基本公共卫生服务项目", "3,186.60", "3,186.60"),
    ("重大传染病防控项目", "486.20", "452.36"),
    ("基层医疗卫生机构能力建设项目", "2,860.00", "2,418.64"),
    ("计划生育家庭奖励扶助项目", "1,246.80", "1,246.80"),
    ("县域紧密型医共体建设项目", "1,520.00", "1,386.52"),
]
OTHER_PROJ_N = 23
SANGONG = ("24.00", "18.64", "21.36")      # budget, actual, last year
POP = "33.90"                              # 常住人口（万人）
PER_CAPITA = "94"                          # 基本公卫人均补助（元）
ELDER = (28650, 44640)
LIVE_BIRTHS, INFANT_DEATH, U5_DEATH = 3146, 9, 13
EQUIP = (78, 86)
JIANGFU = (10390, "1,200")                 # 奖扶对象（人）, 标准（元/人·年）
SURVEY = (1500, 1452, 1356)
SIGN_RATE, SIGN_TARGET = "43.20", "45"

# scoring tree: (name, weight, [(name, weight, [(name, weight, score_expr, text)])])
# score_expr: a string score, or ("formula", fn-description)


def build():
    B = Book(NAME + ".md")
    L = []

    def add(s=""):
        L.append(s)

    src_tot = sum(N(v) for _, v in SRC)
    basic_exec = N(STAFF_COST) + N(PUBLIC_COST)
    proj_budget = src_tot - N(BASIC_BUDGET)
    main_b = sum(N(b) for _, b, _ in PROJ)
    main_e = sum(N(e) for _, _, e in PROJ)
    other_b = proj_budget - main_b
    total_exec = D("21,316.70".replace(",", ""))
    proj_exec = total_exec - basic_exec
    other_e = proj_exec - main_e
    assert other_e > 0 and other_b > other_e
    rate = share(total_exec, src_tot)
    rate_basic = share(basic_exec, N(BASIC_BUDGET))
    rate_proj = share(proj_exec, proj_budget)
    adj = src_tot - N(BEGIN)
    adj_pct = share(adj, N(BEGIN))
    left = src_tot - total_exec
    left_pct = share(left, src_tot)

    # =================================================================== header
    add("# 闽屿县卫生健康局2024年度部门整体支出绩效自评报告")
    add()
    add("> 报送单位：闽屿县卫生健康局　　报送日期：2025年4月15日")
    add()
    add("根据《中共中央 国务院关于全面实施预算绩效管理的意见》和县财政局关于开展2024年度部门整体支出绩效自评工作的"
        "通知要求，我局对2024年度部门整体支出情况开展了绩效自评，现将自评情况报告如下。")
    add()
    add("## 一、部门基本情况")
    add()
    add("### （一）部门职能")
    add()
    add("闽屿县卫生健康局是县人民政府工作部门，主要职责是：贯彻执行国民健康政策和卫生健康法律法规，拟订全县卫生"
        "健康事业发展规划；统筹规划卫生健康资源配置，指导区域卫生健康规划的编制和实施；协调推进深化医药卫生体制"
        "改革；制定并组织落实疾病预防控制规划、国家免疫规划以及严重危害人民健康公共卫生问题的干预措施；组织实施"
        "基本公共卫生服务项目，负责计划生育管理和服务工作；指导基层医疗卫生、妇幼健康服务体系建设；负责职责范围内"
        "的职业卫生、放射卫生、环境卫生、学校卫生、公共场所卫生、饮用水卫生等公共卫生的监督管理。")
    add()
    add("### （二）机构和人员")
    add()
    units = ["县卫生健康局机关", "县疾病预防控制中心", "县卫生健康监督所", "县妇幼保健院", "县计划生育协会"]
    bz, sy = (286, 271)
    sub_bz = [42, 86, 28, 118, 12]
    sub_sy = [39, 82, 26, 113, 11]
    add("纳入2024年度部门整体支出范围的预算单位共%d个：%s。年末核定编制%d名，实有在职人员%d人，其中：" % (
        len(units), "、".join(units), bz, sy))
    add()
    for i, (u, b, s) in enumerate(zip(units, sub_bz, sub_sy), 1):
        add("%d. %s：编制%d名，实有%d人；" % (i, u, b, s))
    add()
    B.total("编制合计", str(bz), [str(x) for x in sub_bz], ["年末核定编制%d名" % bz])
    B.total("实有合计", str(sy), [str(x) for x in sub_sy], ["实有在职人员%d人" % sy])
    for u, b, s in zip(units, sub_bz, sub_sy):
        B.leq("%s 实有 <= 编制" % u, str(s), str(b), ["%s：编制%d名，实有%d人" % (u, b, s)])

    add("### （三）部门预算收支情况")
    add()
    add("1. 收入情况。2024年部门年初预算收入%s万元，年中追加调整后全年预算收入%s万元，比年初预算增加%s万元，增长%s%%。"
        "全年预算收入按来源分：" % (BEGIN, w(src_tot), w(adj), w(adj_pct)))
    a_src = "年中追加调整后全年预算收入%s万元，比年初预算增加%s万元，增长%s%%" % (w(src_tot), w(adj), w(adj_pct))
    B.diff("追加调整额", w(adj), w(src_tot), BEGIN, "增加", [a_src, "年初预算收入%s万元" % BEGIN])
    B.growth("追加调整比例", w(adj_pct), w(src_tot), BEGIN, "增长", [a_src])
    for k, (nm, v) in enumerate(SRC, 1):
        sh = share(N(v), src_tot)
        add("   (%d) %s%s万元，占%s%%；" % (k, nm, v, w(sh)))
        B.ratio("收入来源占比 %s" % nm, w(sh), v, w(src_tot), ["(%d) %s%s万元，占%s%%" % (k, nm, v, w(sh)), a_src])
    B.total("收入来源合计", w(src_tot), [v for _, v in SRC], [a_src] + ["%s%s万元" % (nm, v) for nm, v in SRC])
    B.shares("收入来源占比合计", [w(share(N(v), src_tot)) for _, v in SRC], anchors=["占%s%%" % w(share(N(SRC[0][1]), src_tot))])
    add("2. 支出情况。2024年部门全年支出%s万元，预算执行率%s%%，年末结转结余%s万元。其中：" % (w(total_exec), w(rate), w(left)))
    a_exp = "2024年部门全年支出%s万元，预算执行率%s%%，年末结转结余%s万元" % (w(total_exec), w(rate), w(left))
    B.ratio("部门预算执行率", w(rate), w(total_exec), w(src_tot), [a_exp, a_src])
    B.lin("结转结余 = 全年预算 - 支出", w(left), [(1, w(src_tot)), (-1, w(total_exec))], [a_exp])
    add("   (1) 基本支出%s万元，全年预算%s万元，执行率%s%%，其中：" % (w(basic_exec), BASIC_BUDGET, w(rate_basic)))
    add("      ① 人员经费%s万元，主要用于在职人员工资福利、社会保障缴费和住房公积金等；" % STAFF_COST)
    add("      ② 公用经费%s万元，主要用于办公、水电、差旅、维修和公务用车运行等日常运转支出。" % PUBLIC_COST)
    a_b = "(1) 基本支出%s万元，全年预算%s万元，执行率%s%%" % (w(basic_exec), BASIC_BUDGET, w(rate_basic))
    B.total("基本支出 = 人员 + 公用", w(basic_exec), [STAFF_COST, PUBLIC_COST], [a_b, "① 人员经费%s万元" % STAFF_COST, "② 公用经费%s万元" % PUBLIC_COST])
    B.ratio("基本支出执行率", w(rate_basic), w(basic_exec), BASIC_BUDGET, [a_b])
    add("   (2) 项目支出%s万元，全年预算%s万元，执行率%s%%。主要项目执行情况如下：" % (w(proj_exec), w(proj_budget), w(rate_proj)))
    a_p = "(2) 项目支出%s万元，全年预算%s万元，执行率%s%%" % (w(proj_exec), w(proj_budget), w(rate_proj))
    B.ratio("项目支出执行率", w(rate_proj), w(proj_exec), w(proj_budget), [a_p])
    B.total("全年支出 = 基本 + 项目", w(total_exec), [w(basic_exec), w(proj_exec)], [a_exp, a_b, a_p])
    B.total("全年预算 = 基本 + 项目", w(src_tot), [BASIC_BUDGET, w(proj_budget)], [a_b, a_p, a_src])
    circ = "①②③④⑤⑥"
    for k, (nm, b, e) in enumerate(PROJ):
        rt = share(N(e), N(b))
        extra = ""
        if nm == "基本公共卫生服务项目":
            extra = "，按常住人口%s万人、人均补助%s元的标准足额安排" % (POP, PER_CAPITA)
        if nm == "计划生育家庭奖励扶助项目":
            extra = "，按每人每年%s元标准向%s名奖扶对象足额发放" % (JIANGFU[1], wi(JIANGFU[0]))
        add("      %s %s：全年预算%s万元，执行%s万元，执行率%s%%%s；" % (circ[k], nm, b, e, w(rt), extra))
        B.ratio("%s 执行率" % nm, w(rt), e, b, ["%s：全年预算%s万元，执行%s万元，执行率%s%%" % (nm, b, e, w(rt))])
    B.prod("基本公卫 = 人口 x 人均", PROJ[0][1], [POP, PER_CAPITA], 1, ["按常住人口%s万人、人均补助%s元" % (POP, PER_CAPITA), "基本公共卫生服务项目：全年预算%s万元" % PROJ[0][1]])
    B.prod("奖扶 = 人数 x 标准", PROJ[3][2], [wi(JIANGFU[0]), JIANGFU[1]], "0.0001",
           ["按每人每年%s元标准向%s名奖扶对象足额发放" % (JIANGFU[1], wi(JIANGFU[0])), "执行%s万元" % PROJ[3][2]])
    ort = share(other_e, other_b)
    add("      %s 其他%d个项目：全年预算%s万元，执行%s万元，执行率%s%%。" % (circ[5], OTHER_PROJ_N, w(other_b), w(other_e), w(ort)))
    B.ratio("其他项目执行率", w(ort), w(other_e), w(other_b), ["其他%d个项目：全年预算%s万元，执行%s万元，执行率%s%%" % (OTHER_PROJ_N, w(other_b), w(other_e), w(ort))])
    B.total("项目预算 = 主要 + 其他", w(proj_budget), [b for _, b, _ in PROJ] + [w(other_b)], [a_p, "全年预算%s万元" % w(other_b)])
    B.total("项目支出 = 主要 + 其他", w(proj_exec), [e for _, _, e in PROJ] + [w(other_e)], [a_p, "执行%s万元，执行率%s%%。" % (w(other_e), w(ort))])
    sg_b, sg_a, sg_p = SANGONG
    sg_rate = share(N(sg_a), N(sg_b))
    sg_g = rise(N(sg_a), N(sg_p))
    add("3. “三公”经费。2024年“三公”经费预算%s万元，实际支出%s万元，占预算的%s%%，比上年%s万元下降%s%%，"
        "其中公务用车运行维护费14.32万元、公务接待费4.32万元，未发生因公出国（境）费和公务用车购置费。" % (sg_b, sg_a, w(sg_rate), sg_p, w(abs(sg_g))))
    a_sg = "“三公”经费预算%s万元，实际支出%s万元，占预算的%s%%，比上年%s万元下降%s%%" % (sg_b, sg_a, w(sg_rate), sg_p, w(abs(sg_g)))
    B.ratio("三公占预算", w(sg_rate), sg_a, sg_b, [a_sg])
    B.growth("三公比上年", w(abs(sg_g)), sg_a, sg_p, "下降", [a_sg])
    B.total("三公 = 运行 + 接待", sg_a, ["14.32", "4.32"], [a_sg, "其中公务用车运行维护费14.32万元、公务接待费4.32万元"])
    add()

    add("## 二、绩效自评工作开展情况")
    add()
    add("2025年3月，我局成立由局长任组长、分管副局长任副组长，财务审计股、规划信息股、基层卫生股、疾病预防控制股和"
        "各下属单位负责人为成员的自评工作小组，对照年初部门整体绩效目标，按照县财政局印发的部门整体支出绩效评价"
        "共性指标体系，从决策、过程、产出和效益四个方面逐项评分。评分采用百分制，决策15分、过程25分、产出35分、"
        "效益25分；定量指标按完成比例计分，超额完成不加分。总分90分（含）以上为“优”，80分（含）至90分为“良”，"
        "60分（含）至80分为“中”，60分以下为“差”。自评数据来源于部门决算、卫生健康统计年报、基本公共卫生服务信息系统"
        "和满意度问卷调查。")
    add()

    # =================================================================== scoring tree
    elder_rate = share(ELDER[0], ELDER[1])
    infant = r(D(INFANT_DEATH) / LIVE_BIRTHS * 1000, 2)
    u5 = r(D(U5_DEATH) / LIVE_BIRTHS * 1000, 2)
    equip_rate = share(EQUIP[0], EQUIP[1])
    sat = share(SURVEY[2], SURVEY[1])
    sc_rate = r(5 * rate / 100, 2)
    sc_equip = r(4 * equip_rate / 100, 2)
    sc_sign = r(3 * N(SIGN_RATE) / N(SIGN_TARGET), 2)
    sc_sat = r(6 * sat / 95, 2)
    sc_asset = r(2 * D("90.00") / 100, 2)
    tree = [
        ("决策", 15, [
            ("部门职责与绩效目标", 5, [
                ("职责明确性", 2, "2.00", "部门“三定”规定职责清晰，年度工作任务与职责相匹配，得2.00分。"),
                ("绩效目标合理性", 3, "2.50", "部门整体绩效目标与年度重点工作相符，但“医共体建设成效”等目标未细化量化，扣0.50分，得2.50分。"),
            ]),
            ("预算编制", 10, [
                ("预算编制科学性", 4, "3.50",
                 "年中追加调整%s万元，占年初预算的%s%%，追加比例偏高，扣0.50分，得3.50分。" % (w(adj), w(adj_pct))),
                ("预算编制完整性", 3, "3.00", "部门各项收入均纳入预算管理，得3.00分。"),
                ("资金分配合理性", 3, "3.00", "资金重点向基层医疗卫生和公共卫生领域倾斜，得3.00分。"),
            ]),
        ]),
        ("过程", 25, [
            ("预算执行", 10, [
                ("预算执行率", 5, w(sc_rate), "预算执行率%s%%，按“分值×执行率”计分，得%s分。" % (w(rate), w(sc_rate))),
                ("结转结余率", 3, "3.00", "结转结余%s万元，结转结余率%s%%，不超过5%%，得3.00分。" % (w(left), w(left_pct))),
                ("“三公”经费控制率", 2, "2.00", "“三公”经费实际支出占预算的%s%%，未超预算，得2.00分。" % w(sg_rate)),
            ]),
            ("预算管理", 10, [
                ("管理制度健全性", 3, "3.00", "制定了内部控制、项目资金管理等制度并有效执行，得3.00分。"),
                ("资金使用合规性", 4, "3.50", "县审计局审计发现1家下属单位存在1笔支出附件不全问题，已整改，扣0.50分，得3.50分。"),
                ("预决算信息公开性", 3, "3.00", "按规定公开部门预决算和“三公”经费，得3.00分。"),
            ]),
            ("资产管理", 5, [
                ("资产管理安全性", 3, "3.00", "资产账实相符，处置程序规范，得3.00分。"),
                ("固定资产利用率", 2, w(sc_asset), "固定资产利用率90.00%%，按比例计分，得%s分。" % w(sc_asset)),
            ]),
        ]),
        ("产出", 35, [
            ("产出数量", 15, [
                ("居民电子健康档案建档率", 4, "4.00", "目标≥90%，实际92.46%，得4.00分。"),
                ("65岁及以上老年人健康管理率", 4, "4.00",
                 "目标≥62%%，全县65岁及以上老年人%s人，接受健康管理%s人，管理率%s%%，得4.00分。" % (wi(ELDER[1]), wi(ELDER[0]), w(elder_rate))),
                ("乡镇卫生院设备配置完成率", 4, w(sc_equip),
                 "计划配置设备%d台（套），实际完成%d台（套），完成率%s%%，得%s分。" % (EQUIP[1], EQUIP[0], w(equip_rate), w(sc_equip))),
                ("计划生育奖励扶助对象覆盖人数", 3, "3.00", "目标≥10,300人，实际%s人，得3.00分。" % wi(JIANGFU[0])),
            ]),
            ("产出质量", 10, [
                ("适龄儿童免疫规划疫苗接种率", 4, "4.00", "目标≥90%，实际98.62%，得4.00分。"),
                ("高血压患者规范管理率", 3, "3.00", "目标≥62%，实际65.36%，得3.00分。"),
                ("家庭医生签约服务覆盖率", 3, w(sc_sign),
                 "目标≥%s%%，实际%s%%，按完成比例计分，得%s分。" % (SIGN_TARGET, SIGN_RATE, w(sc_sign))),
            ]),
            ("产出时效", 5, [
                ("资金拨付及时率", 5, "4.50", "个别项目资金因项目验收滞后未能按季度拨付，扣0.50分，得4.50分。"),
            ]),
            ("产出成本", 5, [
                ("基本公共卫生服务人均补助标准", 5, "5.00", "按人均%s元标准足额落实，得5.00分。" % PER_CAPITA),
            ]),
        ]),
        ("效益", 25, [
            ("社会效益", 15, [
                ("孕产妇死亡率", 5, "5.00", "目标≤12/10万，全年活产%s人，孕产妇死亡0例，得5.00分。" % wi(LIVE_BIRTHS)),
                ("婴儿死亡率", 5, "5.00", "目标≤5‰，婴儿死亡%d例，婴儿死亡率%s‰，得5.00分。" % (INFANT_DEATH, w(infant))),
                ("5岁以下儿童死亡率", 5, "5.00", "目标≤6‰，5岁以下儿童死亡%d例，死亡率%s‰，得5.00分。" % (U5_DEATH, w(u5))),
            ]),
            ("可持续影响", 4, [
                ("医共体运行机制", 4, "3.50", "医共体“六统一”管理基本建立，但医保基金打包支付尚未全面落地，扣0.50分，得3.50分。"),
            ]),
            ("满意度", 6, [
                ("群众满意度", 6, w(sc_sat),
                 "发放问卷%s份，有效问卷%s份，满意%s份，满意度%s%%，目标95%%，按“分值×满意度÷95%%”计分，得%s分。"
                 % (wi(SURVEY[0]), wi(SURVEY[1]), wi(SURVEY[2]), w(sat), w(sc_sat))),
            ]),
        ]),
    ]
    add("## 三、绩效目标完成情况及自评得分")
    add()
    tot = D(0)
    lvl1_scores = []
    for i, (n1, w1, subs) in enumerate(tree, 1):
        s1 = sum(N(sc) for _, _, thirds in subs for _, _, sc, _ in thirds)
        lvl1_scores.append((n1, w1, s1))
        tot += s1
        line1 = "%d. %s（%d分），得分%s分。" % (i, n1, w1, w(s1))
        add(line1)
        B.total("一级 %s 权重" % n1, str(w1), [str(w2) for _, w2, _ in subs], [line1])
        sub_lines = []
        for j, (n2, w2, thirds) in enumerate(subs, 1):
            s2 = sum(N(sc) for _, _, sc, _ in thirds)
            line2 = "(%d) %s（%d分），得分%s分。" % (j, n2, w2, w(s2))
            add("   " + line2)
            sub_lines.append(line2)
            B.total("二级 %s 权重" % n2, str(w2), [str(w3) for _, w3, _, _ in thirds], [line2])
            B.score("二级 %s 得分 <= 分值" % n2, w(s2), str(w2), [line2])
            t_lines = []
            for k, (n3, w3, sc, txt) in enumerate(thirds):
                line3 = "%s %s（%d分）：%s" % (circ[k], n3, w3, txt)
                add("      " + line3)
                t_lines.append(line3)
                B.score("三级 %s 得分 <= 分值" % n3, sc, str(w3), [line3])
                B.text("三级 %s 得分写在说明末尾" % n3, "得%s分。" % sc)
                if "扣" in txt:
                    ded = txt.split("扣")[1].split("分")[0]
                    B.diff("三级 %s 得分 = 分值 - 扣分" % n3, sc, str(w3), ded, None, [line3])
            B.total("二级 %s 得分 = Σ三级" % n2, w(s2), [sc for _, _, sc, _ in thirds], [line2] + t_lines)
        B.total("一级 %s 得分 = Σ二级" % n1, w(s1), [w(sum(N(sc) for _, _, sc, _ in th)) for _, _, th in subs], [line1] + sub_lines)
        B.score("一级 %s 得分 <= 分值" % n1, w(s1), str(w1), [line1])
    add()
    # formula-scored items
    B.formula("预算执行率得分 = 5 x 执行率", w(sc_rate), lambda a: 5 * a / 100, [w(rate)], "5 x rate",
              ["预算执行率%s%%，按“分值×执行率”计分，得%s分" % (w(rate), w(sc_rate))])
    B.ratio("结转结余率", w(left_pct), w(left), w(src_tot), ["结转结余%s万元，结转结余率%s%%" % (w(left), w(left_pct))])
    B.cond("结转结余率 <= 5%", left_pct <= 5, w(left_pct))
    B.ratio("老年人健康管理率", w(elder_rate), wi(ELDER[0]), wi(ELDER[1]), ["接受健康管理%s人，管理率%s%%" % (wi(ELDER[0]), w(elder_rate))])
    B.ratio("设备配置完成率", w(equip_rate), str(EQUIP[0]), str(EQUIP[1]), ["实际完成%d台（套），完成率%s%%" % (EQUIP[0], w(equip_rate))])
    B.formula("设备配置得分", w(sc_equip), lambda a: 4 * a / 100, [w(equip_rate)], "4 x rate", ["完成率%s%%，得%s分" % (w(equip_rate), w(sc_equip))])
    B.formula("签约覆盖率得分", w(sc_sign), lambda a, b: 3 * a / b, [SIGN_RATE, SIGN_TARGET], "3 x actual / target",
              ["目标≥%s%%，实际%s%%，按完成比例计分，得%s分" % (SIGN_TARGET, SIGN_RATE, w(sc_sign))])
    B.quot("婴儿死亡率（‰）", w(infant), str(INFANT_DEATH), wi(LIVE_BIRTHS), 1000, ["婴儿死亡%d例，婴儿死亡率%s‰" % (INFANT_DEATH, w(infant)), "全年活产%s人" % wi(LIVE_BIRTHS)])
    B.quot("5岁以下儿童死亡率（‰）", w(u5), str(U5_DEATH), wi(LIVE_BIRTHS), 1000, ["5岁以下儿童死亡%d例，死亡率%s‰" % (U5_DEATH, w(u5))])
    B.leq("婴儿死亡 <= 5岁以下儿童死亡", str(INFANT_DEATH), str(U5_DEATH), ["婴儿死亡%d例" % INFANT_DEATH])
    B.ratio("满意度（有效问卷）", w(sat), wi(SURVEY[2]), wi(SURVEY[1]), ["有效问卷%s份，满意%s份，满意度%s%%" % (wi(SURVEY[1]), wi(SURVEY[2]), w(sat))])
    B.leq("有效 <= 发放", wi(SURVEY[1]), wi(SURVEY[0]), ["发放问卷%s份" % wi(SURVEY[0])])
    B.formula("满意度得分", w(sc_sat), lambda a: 6 * a / 95, [w(sat)], "6 x sat / 95", ["满意度%s%%，目标95%%，按“分值×满意度÷95%%”计分，得%s分" % (w(sat), w(sc_sat))])
    B.formula("固定资产利用率得分", w(sc_asset), lambda a: 2 * a / 100, ["90.00"], "2 x 90%", ["固定资产利用率90.00%%，按比例计分，得%s分" % w(sc_asset)])
    B.ratio("追加比例（评分说明）", w(adj_pct), w(adj), BEGIN, ["年中追加调整%s万元，占年初预算的%s%%" % (w(adj), w(adj_pct))])

    grade = [g for lo, g in BANDS if tot >= lo][0]
    add("综上，2024年度部门整体支出绩效自评得分为**%s**分，其中决策%s分、过程%s分、产出%s分、效益%s分，自评等级为“%s”。"
        % (w(tot), w(lvl1_scores[0][2]), w(lvl1_scores[1][2]), w(lvl1_scores[2][2]), w(lvl1_scores[3][2]), grade))
    a_tot = "自评得分为**%s**分，其中决策%s分、过程%s分、产出%s分、效益%s分" % (
        w(tot), w(lvl1_scores[0][2]), w(lvl1_scores[1][2]), w(lvl1_scores[2][2]), w(lvl1_scores[3][2]))
    B.total("总分 = Σ一级", w(tot), [w(s) for _, _, s in lvl1_scores], [a_tot])
    B.total("一级权重合计 100", "100", [str(w1) for _, w1, _ in lvl1_scores], ["决策15分、过程25分、产出35分、效益25分"])
    B.grade("等级", w(tot), grade, BANDS, [a_tot, "自评等级为“%s”" % grade])
    for n1, w1, s1 in lvl1_scores:
        B.same("一级 %s 得分 (综述) = 列表" % n1, w(s1), w(s1), ["%d. %s（%d分），得分%s分。" % ([x[0] for x in lvl1_scores].index(n1) + 1, n1, w1, w(s1))])
    add()
    add("> 注：上述评分中，预算执行率、乡镇卫生院设备配置完成率、家庭医生签约服务覆盖率、群众满意度和固定资产利用率"
        "5项指标按公式计分，得分保留两位小数；其余指标按评分标准直接计分。")
    add()

    add("## 四、主要绩效")
    add()
    add("1. 公共卫生服务能力持续提升。全年为居民提供基本公共卫生服务，居民电子健康档案建档率92.46%%，65岁及以上老年人"
        "健康管理率%s%%，高血压患者规范管理率65.36%%，适龄儿童免疫规划疫苗接种率98.62%%，各项指标均达到年度目标。" % w(elder_rate))
    add("2. 妇幼健康水平稳步提高。全年活产%s人，孕产妇死亡0例，婴儿死亡率%s‰、5岁以下儿童死亡率%s‰，均低于全省平均水平。"
        % (wi(LIVE_BIRTHS), w(infant), w(u5)))
    add("3. 基层服务能力不断增强。完成%d台（套）乡镇卫生院医疗设备配置，县域紧密型医共体实现人员、财务、药械等统一"
        "管理，基层就诊率达到%s%%。" % (EQUIP[0], "65.80"))
    add("4. 惠民政策落实到位。向%s名计划生育家庭奖励扶助对象足额发放奖励扶助金%s万元，发放到位率100%%。"
        % (wi(JIANGFU[0]), PROJ[3][2]))
    B.text("奖扶金额与项目执行一致", "足额发放奖励扶助金%s万元" % PROJ[3][2])
    add()
    add("## 五、存在的问题")
    add()
    add("1. 预算编制精准度有待提高。年中追加调整比例达%s%%，部分项目年初预算编制时前期论证不够充分。" % w(adj_pct))
    add("2. 部分项目执行进度偏慢。基层医疗卫生机构能力建设项目执行率%s%%，主要是部分设备采购因供货周期延长于2025年"
        "1月到货验收。" % w(share(N(PROJ[2][2]), N(PROJ[2][1]))))
    B.ratio("能力建设项目执行率（问题部分）", w(share(N(PROJ[2][2]), N(PROJ[2][1]))), PROJ[2][2], PROJ[2][1],
            ["基层医疗卫生机构能力建设项目执行率%s%%" % w(share(N(PROJ[2][2]), N(PROJ[2][1])))])
    add("3. 家庭医生签约服务覆盖率%s%%，未达到%s%%的年度目标，签约服务质量有待提升。" % (SIGN_RATE, SIGN_TARGET))
    add()
    add("## 六、改进措施")
    add()
    add("1. 加强预算编制管理，完善项目库建设，提高年初预算编制的准确性和完整性，从严控制年中追加。")
    add("2. 强化预算执行监控，建立项目支出进度月通报制度，对执行进度滞后的项目及时督促整改。")
    add("3. 优化家庭医生签约服务包，扩大重点人群签约覆盖面，提升签约服务获得感。")
    add("4. 加强绩效评价结果应用，将自评结果作为2026年预算安排的重要参考。")
    add()
    add("闽屿县卫生健康局")
    add()
    add("2025年4月15日")
    B.date_after("报告日期晚于2024年度终了", "2025年4月15日", (2025, 4, 15), (2024, 12, 31))
    B.date_after("报告日期晚于自评开展（2025年3月）", "2025年4月15日", (2025, 4, 15), (2025, 3, 31))
    B.fact("total_score", w(tot))
    B.fact("lvl1", {n: w(s) for n, _, s in lvl1_scores})
    B.fact("report_date", "2025-04-15")
    return {"lines": L}, B


def render(M, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(M["lines"]).rstrip("\n") + "\n")


def visible(path):
    return read_txt(path)


def main():
    M, B = build()
    render(M, OUT)
    text = visible(OUT)
    lines = text.split("\n")
    n3 = sum(1 for l in lines if l.startswith("      ") and l.strip()[:1] in "①②③④⑤⑥")
    n2 = sum(1 for l in lines if l.startswith("   (") )
    n1 = sum(1 for l in lines if l[:2] in ("1.", "2.", "3.", "4.", "5.") and l[2:3] == " ")
    B.fact("list_items", {"level1": n1, "level2": n2, "level3": n3})
    B.cond("three nested list levels present", n1 >= 10 and n2 >= 12 and n3 >= 30, "%d/%d/%d" % (n1, n2, n3))
    B.cond("no pipe table", "|" not in text, "")
    B.cond("bold figure present", "**" in text, "")
    close(B, {"text": text}, LEDGER, text)


if __name__ == "__main__":
    main()
