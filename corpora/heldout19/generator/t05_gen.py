"""t05 -- 陇岫县农业农村局2024年度部门整体支出绩效评价报告 (甘肃省陇岫县; third-party: 甘肃岫信会计师事务所有限公司)
.docx; 评分表 columns 指标/分值/扣分/得分/评分说明 (得分 = 分值 - 扣分), 一级 header rows (merged),
二级 小计 rows, 合计 row; grade 优/良/中/差 with bands.

Content model: list of blocks ("title"|"center"|"h1"|"h2"|"p"|"cap"|"unit"|"note"|"right", str) and
("table", {"id", "header", "rows": [{"kind": "merge"|"row"|"sub"|"total", "cells": [...]}], "widths"}).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, Ledger, P, q, fmt, fint, pct, finish, docx_text, normalize_docx, set_docx_core

NAME = "t05_longxiu_agriculture_bureau_overall_evaluation_2024"
BANDS = [("90", "优"), ("80", "良"), ("60", "中"), ("0", "差")]

# ---------------------------------------------------------------- base inputs (万元)
# budget rows: (name, 年初预算, 全年预算, 实际支出)
BUDGET = [("人员经费", "2512.38", "2561.00", "2558.64"),
          ("公用经费", "334.14", "334.14", "318.27")]
PROJ_TOTAL = ("8620.00", "11905.40", "11285.93")
PROJECTS = [("高标准农田建设项目", "5360.00", "5126.45"),
            ("耕地地力保护补贴", "3412.86", "3412.86"),
            ("农机购置与应用补贴", "1120.00", "1035.60"),
            ("动物疫病防控项目", "486.30", "462.18")]
OTHER_N = 12
SANGONG_B, SANGONG_A = "12.50", "10.80"
STAFF = dict(bz_x=32, bz_s=154, sy_x=30, sy_s=142)
HSF_TASK, HSF_DONE = "2.00", "2.15"           # 高标准农田 万亩
TRAIN_T, TRAIN_A = 3000, 2860                # 农技培训人次
PROJ_PLAN, PROJ_DONE = 13, 11                # 计划完工 / 按期完工项目
Q_SENT, Q_VALID, Q_SAT = 450, 416, 380       # 问卷
SAT_TARGET = "95"
SELF_SCORE = "96.50"
FIELD_PROJECTS = 9

# indicator tree: 一级 -> 二级 -> 三级 (name, 分值, 扣分 or callable key, 说明 template)
TREE = [
    ("决策", [
        ("目标设定", [("绩效目标合理性", "3", "0.50", "部分项目绩效目标与部门职能关联不够紧密"),
                      ("绩效指标明确性", "2", "0.50", "部分产出指标未细化量化")]),
        ("决策过程", [("决策依据充分性", "2", "0.00", "项目立项依据充分，符合规定"),
                      ("预算编制科学性", "3", "1.50", "ZHUIJIA")]),
        ("资金分配", [("资金分配合理性", "3", "0.00", "资金分配办法明确，分配结果合理"),
                      ("资金分配及时性", "2", "0.50", "个别项目资金下达晚于规定时限")]),
    ]),
    ("过程", [
        ("预算执行", [("预算执行率", "5", "EXEC", "EXEC"),
                      ("结转结余率", "3", "0.00", "JZJY"),
                      ("“三公”经费控制率", "2", "0.00", "SANGONG")]),
        ("资金管理", [("资金使用合规性", "4", "1.50", "抽查发现2笔支出原始凭证附件不全"),
                      ("管理制度健全性", "2", "0.00", "制定了项目资金管理办法和内控制度"),
                      ("政府采购执行情况", "2", "0.50", "1个项目未及时公开采购合同")]),
        ("资产管理", [("资产管理规范性", "4", "1.50", "部分固定资产账实不符，未及时处置报废资产"),
                      ("固定资产利用率", "3", "0.00", "固定资产使用情况良好")]),
    ]),
    ("产出", [
        ("产出数量", [("高标准农田建设任务完成率", "4", "0.00", "HSF"),
                      ("耕地地力保护补贴发放面积", "3", "0.00", "按确权面积足额发放"),
                      ("动物强制免疫密度", "4", "0.00", "应免畜禽免疫密度达到90%以上"),
                      ("农技培训人次完成率", "3", "TRAIN", "TRAIN")]),
        ("产出质量", [("高标准农田验收合格率", "4", "0.00", "已完工项目验收合格率100%"),
                      ("农产品质量安全抽检合格率", "4", "0.00", "抽检合格率高于98%的目标值"),
                      ("补贴发放准确率", "3", "0.50", "抽查发现3户补贴面积核定有误，已追回")]),
        ("产出时效", [("补贴发放及时率", "4", "0.00", "补贴在规定时限内发放到户"),
                      ("项目按期完工率", "6", "PROJ", "PROJ")]),
    ]),
    ("效益", [
        ("经济效益", [("农村居民人均可支配收入增长", "4", "0.00", "增长7.2%，高于7%的目标值"),
                      ("新增粮食产能", "4", "1.50", "部分高标准农田当年完工，产能提升数据支撑不足")]),
        ("社会效益", [("粮食播种面积", "4", "0.00", "粮食播种面积保持稳定"),
                      ("重大动物疫情发生情况", "3", "0.00", "全年未发生区域性重大动物疫情")]),
        ("生态效益", [("化肥农药使用量变化", "4", "2.00", "化肥使用量下降1.2%，未达到下降3%的目标")]),
        ("满意度", [("服务对象满意度", "6", "SAT", "SAT")]),
    ]),
]


def build():
    led = Ledger(NAME)
    F = fmt
    # ------------------------------------------------------------ budget computations
    basic = [sum((D(r[i]) for r in BUDGET), D(0)) for i in (1, 2, 3)]
    proj = [D(x) for x in PROJ_TOTAL]
    tot = [a + b for a, b in zip(basic, proj)]
    rate = pct(tot[2], tot[1])
    add = tot[1] - tot[0]
    add_rate = pct(add, tot[0])
    jz = tot[1] - tot[2]
    jz_rate = pct(jz, tot[1])
    sg_rate = pct(SANGONG_A, SANGONG_B)
    other_b = proj[1] - sum((D(p[1]) for p in PROJECTS), D(0))
    other_a = proj[2] - sum((D(p[2]) for p in PROJECTS), D(0))
    hsf_rate = pct(HSF_DONE, HSF_TASK)
    train_rate = pct(TRAIN_A, TRAIN_T)
    proj_rate = pct(PROJ_DONE, PROJ_PLAN)
    sat = pct(Q_SAT, Q_VALID)

    # formula scores
    special = {}
    s_exec = q(D(5) * rate / 100)
    special["EXEC"] = (D(5) - s_exec, "全年预算执行率%s%%，得分=5×%s%%=%s分" % (rate, rate, F(s_exec)))
    s_train = q(D(3) * train_rate / 100)
    special["TRAIN"] = (D(3) - s_train, "完成培训%s人次，为目标%s人次的%s%%，得分=3×%s%%=%s分"
                        % (fint(TRAIN_A), fint(TRAIN_T), train_rate, train_rate, F(s_train)))
    s_proj = q(D(6) * proj_rate / 100)
    special["PROJ"] = (D(6) - s_proj, "计划完工%d个，按期完工%d个，完工率%s%%，得分=6×%s%%=%s分"
                       % (PROJ_PLAN, PROJ_DONE, proj_rate, proj_rate, F(s_proj)))
    s_sat = q(D(6) * sat / D(SAT_TARGET))
    special["SAT"] = (D(6) - s_sat, "满意度%s%%，低于%s%%的目标值，得分=6×%s÷%s=%s分"
                      % (sat, SAT_TARGET, sat, SAT_TARGET, F(s_sat)))
    notes = {
        "ZHUIJIA": "年中追加预算%s万元，占年初预算的%s%%，年初预算编制不够精准" % (F(add), add_rate),
        "JZJY": "结转结余率%s%%，不高于5%%，得满分" % jz_rate,
        "SANGONG": "“三公”经费支出%s万元，为预算的%s%%，未超预算" % (F(SANGONG_A), sg_rate),
        "HSF": "建成%s万亩，为任务的%s%%，超额部分不加分" % (HSF_DONE, hsf_rate),
    }

    rows = []
    lvl1 = []
    lvl2 = []
    items = {}
    T_w, T_d = D(0), D(0)
    for i1, (n1, groups) in enumerate(TREE):
        w1 = sum((D(it[1]) for _, its in groups for it in its), D(0))
        rows.append({"kind": "merge", "cells": ["%s、%s（%s分）" % ("一二三四"[i1], n1, fint(w1))]})
        d1 = D(0)
        for n2, its in groups:
            w2, d2 = D(0), D(0)
            for (n3, w, ded, note) in its:
                if ded in special:
                    dv, nt = special[ded]
                else:
                    dv = D(ded)
                    nt = notes.get(note, note)
                sc = D(w) - dv
                assert D(0) <= dv <= D(w)
                cells = [n3, F(w), F(dv), F(sc), nt]
                rows.append({"kind": "row", "cells": cells})
                items[n3] = cells
                w2 += D(w)
                d2 += dv
            sub = ["%s小计" % n2, F(w2), F(d2), F(w2 - d2), ""]
            rows.append({"kind": "sub", "cells": sub})
            lvl2.append((n1, n2, sub, [items[it[0]] for it in its]))
            d1 += d2
        lvl1.append((n1, w1, d1, w1 - d1))
        T_w += w1
        T_d += d1
    T_s = T_w - T_d
    assert T_w == 100
    grade = [g for lo, g in BANDS if T_s >= D(lo)][0]
    total_row = ["合计", F(T_w), F(T_d), F(T_s), "评价等级：%s" % grade]
    rows.append({"kind": "total", "cells": total_row})

    # ------------------------------------------------------------ text
    B = []
    p = lambda s: B.append(("p", s))
    B.append(("title", "陇岫县农业农村局2024年度部门整体支出绩效评价报告"))
    B.append(("center", "岫信绩评字〔2025〕第017号"))
    B.append(("p", "委托单位：陇岫县财政局"))
    B.append(("p", "被评价单位：陇岫县农业农村局"))
    B.append(("p", "评价机构：甘肃岫信会计师事务所有限公司"))
    B.append(("p", "陇岫县财政局："))
    p("受贵局委托，我公司组成评价工作组，按照《项目支出绩效评价管理办法》和《陇岫县部门整体支出绩效评价实施细则》"
      "的规定，对陇岫县农业农村局（以下简称县农业农村局）2024年度部门整体支出开展了绩效评价。现将评价情况报告如下：")
    B.append(("h1", "一、部门基本情况"))
    B.append(("h2", "（一）部门职能及机构人员"))
    bz = STAFF["bz_x"] + STAFF["bz_s"]
    sy = STAFF["sy_x"] + STAFF["sy_s"]
    s_staff = ("县农业农村局内设股室9个，下属事业单位4个。核定编制%d名，其中行政编制%d名、事业编制%d名；"
               "年末实有人员%d名，其中行政%d名、事业%d名" % (bz, STAFF["bz_x"], STAFF["bz_s"], sy, STAFF["sy_x"], STAFF["sy_s"]))
    p("县农业农村局主要负责全县农业农村经济发展、粮食安全保障、耕地质量建设、动植物疫病防控、农产品质量安全监管"
      "和农村改革等工作。" + s_staff + "。")
    B.append(("h2", "（二）部门预算及执行情况"))
    s_b1 = ("2024年县农业农村局年初预算%s万元，年中追加%s万元，全年预算%s万元；全年实际支出%s万元，预算执行率%s%%"
            % (F(tot[0]), F(add), F(tot[1]), F(tot[2]), rate))
    s_b2 = ("其中基本支出%s万元（人员经费%s万元、公用经费%s万元），项目支出%s万元"
            % (F(basic[2]), F(BUDGET[0][3]), F(BUDGET[1][3]), F(proj[2])))
    s_b3 = "年末结转结余%s万元，结转结余率%s%%" % (F(jz), jz_rate)
    p(s_b1 + "。" + s_b2 + "。" + s_b3 + "，主要为高标准农田建设项目尚未支付的工程质量保证金和部分农机购置补贴待兑付资金。")
    t1_rows = []
    for nm, a, b, c in BUDGET:
        t1_rows.append({"kind": "row", "cells": [nm, F(a), F(b), F(c), str(pct(c, b))]})
    t1_rows.insert(0, {"kind": "sub", "cells": ["基本支出", F(basic[0]), F(basic[1]), F(basic[2]), str(pct(basic[2], basic[1]))]})
    t1_rows.append({"kind": "sub", "cells": ["项目支出", F(proj[0]), F(proj[1]), F(proj[2]), str(pct(proj[2], proj[1]))]})
    t1_rows.append({"kind": "total", "cells": ["合计", F(tot[0]), F(tot[1]), F(tot[2]), str(rate)]})
    B.append(("cap", "表1　2024年度预算及执行情况"))
    B.append(("unit", "单位：万元"))
    B.append(("table", {"id": "t1", "header": ["项目", "年初预算", "全年预算", "实际支出", "执行率（%）"],
                        "rows": t1_rows, "widths": [3.4, 2.6, 2.6, 2.6, 2.4]}))
    s_pj = []
    for nm, b, a in PROJECTS:
        s_pj.append("%s全年预算%s万元、支出%s万元，执行率%s%%" % (nm, F(b), F(a), pct(a, b)))
    s_oth = ("其余%d个项目全年预算%s万元、支出%s万元，执行率%s%%" % (OTHER_N, F(other_b), F(other_a), pct(other_a, other_b)))
    p("项目支出中，" + "；".join(s_pj) + "；" + s_oth + "。耕地地力保护补贴为直补资金，按确权面积全额发放到户，执行率为100%。")
    t2_rows = [{"kind": "row", "cells": [nm, F(b), F(a), str(pct(a, b))]} for nm, b, a in PROJECTS]
    t2_rows.append({"kind": "row", "cells": ["其他项目（%d个）" % OTHER_N, F(other_b), F(other_a), str(pct(other_a, other_b))]})
    t2_rows.append({"kind": "total", "cells": ["项目支出合计", F(proj[1]), F(proj[2]), str(pct(proj[2], proj[1]))]})
    B.append(("cap", "表2　2024年度主要项目支出情况"))
    B.append(("unit", "单位：万元"))
    B.append(("table", {"id": "t2", "header": ["项目名称", "全年预算", "实际支出", "执行率（%）"], "rows": t2_rows,
                        "widths": [5.2, 3.0, 3.0, 2.6]}))
    B.append(("h1", "二、绩效评价工作开展情况"))
    B.append(("h2", "（一）评价目的、对象和范围"))
    p("本次评价以县农业农村局2024年度部门整体支出为对象，范围包括基本支出和全部项目支出，旨在全面反映部门预算资金"
      "的使用效果，查找预算管理中存在的问题，为完善预算管理和优化资源配置提供参考。")
    B.append(("h2", "（二）评价指标体系、评价标准和方法"))
    w_text = "、".join("%s%s分" % (n1, fint(w1)) for n1, w1, _, _ in lvl1)
    s_sys = ("评价指标体系由决策、过程、产出、效益4个一级指标、%d个二级指标和%d个三级指标构成，一级指标分值分别为%s，"
             "满分100分" % (len(lvl2), len(items), w_text))
    p(s_sys + "。评价采用比较法、因素分析法和公众评判法，各三级指标按“得分＝分值－扣分”计算，定量指标按完成比例计分，"
      "超额完成的不加分。")
    s_band = "评价结果分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”"
    p(s_band + "。")
    B.append(("h2", "（三）评价工作过程"))
    s_q = ("评价工作组于2025年5月12日至5月23日开展现场评价，查阅了预算、会计核算及项目管理资料，对%d个重点项目进行了"
           "现场核查，并向农户、新型农业经营主体等服务对象发放调查问卷%d份，回收有效问卷%d份" % (FIELD_PROJECTS, Q_SENT, Q_VALID))
    p("评价分为前期准备、组织实施和分析评价三个阶段。" + s_q + "。在与被评价单位充分沟通的基础上形成本报告。")
    B.append(("h1", "三、综合评价情况及评价结论"))
    s_tot = ("经综合评价，县农业农村局2024年度部门整体支出绩效评价得分为%s分，扣%s分，评价等级为“%s”" % (F(T_s), F(T_d), grade))
    s_l1 = "，".join("%s类指标得分%s分（分值%s分，得分率%s%%）" % (n1, F(s1), fint(w1), pct(s1, w1)) for n1, w1, d1, s1 in lvl1)
    p(s_tot + "。其中" + s_l1 + "。")
    s_self = ("县农业农村局自评得分为%s分，比本次评价得分高%s分，主要是自评时未对资产管理和生态效益指标扣分"
              % (SELF_SCORE, F(D(SELF_SCORE) - T_s)))
    p(s_self + "。评价认为，县农业农村局较好地完成了年度工作任务，但在预算编制、资产管理和生态效益方面仍有提升空间。")
    B.append(("h1", "四、绩效评价指标分析"))
    L1 = {n1: (w1, d1, s1) for n1, w1, d1, s1 in lvl1}

    def l1s(n):
        w1, d1, s1 = L1[n]
        return "%s类指标分值%s分，扣%s分，得分%s分" % (n, fint(w1), F(d1), F(s1))

    B.append(("h2", "（一）决策"))
    s_d = l1s("决策")
    p(s_d + "。部门年度绩效目标总体合理，但部分项目绩效目标与部门职能关联不够紧密，部分产出指标未细化量化。"
      "年中追加预算%s万元，占年初预算的%s%%，反映年初预算编制的精准度不足，“预算编制科学性”指标扣%s分。"
      % (F(add), add_rate, items["预算编制科学性"][2]))
    B.append(("h2", "（二）过程"))
    s_p = l1s("过程")
    p(s_p + "。全年预算执行率%s%%，按“5×执行率”计算得%s分；结转结余率%s%%，“三公”经费支出%s万元，为预算%s万元的%s%%。"
      "资金管理和资产管理方面，抽查发现2笔支出原始凭证附件不全、部分固定资产账实不符，相应扣分。"
      % (rate, items["预算执行率"][3], jz_rate, F(SANGONG_A), F(SANGONG_B), sg_rate))
    B.append(("h2", "（三）产出"))
    s_o = l1s("产出")
    p(s_o + "。全年建成高标准农田%s万亩，为年度任务%s万亩的%s%%；完成农技培训%s人次，为目标的%s%%，得%s分；"
      "计划完工的%d个项目中按期完工%d个，按期完工率%s%%，得%s分。" % (HSF_DONE, HSF_TASK, hsf_rate, fint(TRAIN_A), train_rate,
                                                       items["农技培训人次完成率"][3], PROJ_PLAN, PROJ_DONE, proj_rate,
                                                       items["项目按期完工率"][3]))
    B.append(("h2", "（四）效益"))
    s_e = l1s("效益")
    p(s_e + "。农村居民人均可支配收入增长7.2%%，全年未发生区域性重大动物疫情；化肥使用量下降1.2%%，未达到下降3%%的目标，"
      "扣2.00分。服务对象满意度%s%%（满意%d份÷有效问卷%d份），低于%s%%的目标值，得%s分。"
      % (sat, Q_SAT, Q_VALID, SAT_TARGET, items["服务对象满意度"][3]))
    B.append(("h1", "五、主要经验及做法"))
    p("一是坚持资金跟着项目走，将高标准农田建设、动物疫病防控等重点项目纳入县级重点工作台账，实行月调度；"
      "二是严格补贴发放程序，耕地地力保护补贴和农机购置补贴实行“一卡通”直接发放，全程公开公示；"
      "三是加强农技推广队伍建设，依托基层农技推广体系开展技术培训和田间指导。")
    B.append(("h1", "六、存在的问题及原因分析"))
    s_prob = "%d个计划完工项目中有%d个未按期完工" % (PROJ_PLAN, PROJ_PLAN - PROJ_DONE)
    p("（一）预算编制精准度不高。年中追加预算规模较大，部分项目在年初未纳入预算。（二）项目实施进度不均衡，"
      + s_prob + "，主要受施工季节和招标时间影响。（三）资产管理基础薄弱，部分已报废设备"
      "未及时办理处置手续。（四）生态效益目标未完全实现，化肥减量推广力度有待加大。")
    B.append(("h1", "七、有关建议"))
    p("（一）提高预算编制质量，加强项目储备，将可预见的支出事项全部纳入年初预算。（二）加快项目实施进度，"
      "科学安排招标和施工时序，确保项目按期完工。（三）开展资产清查，及时处置报废资产，做到账实相符。"
      "（四）加大测土配方施肥和绿色防控技术推广力度，推动化肥农药减量增效。")
    B.append(("h1", "八、其他需要说明的问题"))
    p("本报告的评价结论仅基于被评价单位提供的资料和评价工作组现场核查情况作出。被评价单位对所提供资料的真实性、"
      "完整性负责。附件：陇岫县农业农村局2024年度部门整体支出绩效评价评分表。")
    B.append(("right", "甘肃岫信会计师事务所有限公司"))
    B.append(("right", "2025年6月20日"))
    B.append(("cap", "附件　陇岫县农业农村局2024年度部门整体支出绩效评价评分表"))
    B.append(("table", {"id": "score", "header": ["指标", "分值", "扣分", "得分", "评分说明"], "rows": rows,
                        "widths": [4.2, 1.3, 1.3, 1.3, 7.0]}))
    B.append(("note", "注：得分＝分值－扣分；二级指标小计为所属三级指标之和；评价等级按合计得分确定。"))

    # ================================================================ ledger
    def ra(cells):
        return "\n".join(cells)

    led.fact("total_score", F(T_s))
    led.fact("grade", grade)
    led.fact("report_date", "2025-06-20")
    led.date_after("report dated after FY2024", "2025年6月20日", (2025, 6, 20), (2024, 12, 31), ["2025年6月20日"])
    led.sum("编制", str(bz), [str(STAFF["bz_x"]), str(STAFF["bz_s"])], [s_staff])
    led.sum("实有", str(sy), [str(STAFF["sy_x"]), str(STAFF["sy_s"])], [s_staff])
    led.leq("实有 <= 编制", str(sy), str(bz), [s_staff])
    for r in t1_rows + t2_rows:
        c = r["cells"]
        led.ratio("预算表 %s 执行率" % c[0], c[-1], c[-2], c[-3], [ra(c)])
    t1m = {r["cells"][0]: r["cells"] for r in t1_rows}
    for ci in (1, 2, 3):
        led.sum("表1 基本支出 col%d" % ci, t1m["基本支出"][ci], [t1m["人员经费"][ci], t1m["公用经费"][ci]],
                [ra(t1m["基本支出"]), ra(t1m["人员经费"]), ra(t1m["公用经费"])])
        led.sum("表1 合计 col%d" % ci, t1m["合计"][ci], [t1m["基本支出"][ci], t1m["项目支出"][ci]], [ra(t1m["合计"])])
    t2c = [r["cells"] for r in t2_rows]
    for ci in (1, 2):
        led.sum("表2 合计 col%d" % ci, t2c[-1][ci], [c[ci] for c in t2c[:-1]], [ra(c) for c in t2c])
    led.same("表2 项目合计 全年 = 表1 项目支出", t2c[-1][1], t1m["项目支出"][2])
    led.same("表2 项目合计 支出 = 表1 项目支出", t2c[-1][2], t1m["项目支出"][3])
    led.lin("年中追加 = 全年 - 年初", F(add), [(1, F(tot[1])), (-1, F(tot[0]))], [s_b1])
    led.ratio("执行率", str(rate), F(tot[2]), F(tot[1]), [s_b1])
    led.sum("支出 = 基本 + 项目", F(tot[2]), [F(basic[2]), F(proj[2])], [s_b1, s_b2])
    led.sum("基本 = 人员 + 公用", F(basic[2]), [F(BUDGET[0][3]), F(BUDGET[1][3])], [s_b2])
    led.lin("结转结余 = 全年 - 支出", F(jz), [(1, F(tot[1])), (-1, F(tot[2]))], [s_b3, s_b1])
    led.ratio("结转结余率", str(jz_rate), F(jz), F(tot[1]), [s_b3])
    led.ratio("追加占年初", str(add_rate), F(add), F(tot[0]), [notes["ZHUIJIA"]])
    for s, (nm, b, a) in zip(s_pj, PROJECTS):
        led.ratio("%s 执行率" % nm, str(pct(a, b)), F(a), F(b), [s])
    led.ratio("其余项目 执行率", str(pct(other_a, other_b)), F(other_a), F(other_b), [s_oth])
    led.lin("其余项目 预算 = 项目 - 四项", F(other_b), [(1, F(proj[1]))] + [(-1, F(p_[1])) for p_ in PROJECTS], [s_oth])
    led.lin("其余项目 支出 = 项目 - 四项", F(other_a), [(1, F(proj[2]))] + [(-1, F(p_[2])) for p_ in PROJECTS], [s_oth])
    led.ratio("三公 控制率", str(sg_rate), F(SANGONG_A), F(SANGONG_B), [notes["SANGONG"]])
    led.ratio("高标准农田 完成率", str(hsf_rate), HSF_DONE, HSF_TASK, [notes["HSF"]])
    led.ratio("培训 完成率", str(train_rate), fint(TRAIN_A), fint(TRAIN_T), [special["TRAIN"][1]])
    led.ratio("按期完工率", str(proj_rate), str(PROJ_DONE), str(PROJ_PLAN), [special["PROJ"][1]])
    led.ratio("满意度 (有效问卷)", str(sat), str(Q_SAT), str(Q_VALID))
    led.leq("有效 <= 发放", str(Q_VALID), str(Q_SENT), [s_q])
    led.prod("执行率得分", items["预算执行率"][3], ["5", str(rate)], "0.01", [special["EXEC"][1]])
    led.prod("培训得分", items["农技培训人次完成率"][3], ["3", str(train_rate)], "0.01", [special["TRAIN"][1]])
    led.prod("完工率得分", items["项目按期完工率"][3], ["6", str(proj_rate)], "0.01", [special["PROJ"][1]])
    led.formula("满意度得分 = 6 x 满意度 / 95", items["服务对象满意度"][3], lambda a, b, c: a * b / c,
                ["6", str(sat), SAT_TARGET], "6 x sat / 95", [special["SAT"][1]])
    # score table
    for r in rows:
        c = r["cells"]
        if r["kind"] in ("row", "sub", "total"):
            led.lin("评分表 %s 得分 = 分值 - 扣分" % c[0], c[3], [(1, c[1]), (-1, c[2])], [ra(c)])
            led.score("评分表 %s 得分 <= 分值" % c[0], c[3], c[1], [ra(c)])
    for n1, n2, sub, its in lvl2:
        for ci, lab in ((1, "分值"), (2, "扣分"), (3, "得分")):
            led.sum("%s %s" % (sub[0], lab), sub[ci], [c[ci] for c in its], [ra(sub)] + [ra(c) for c in its])
    subs = [sub for _, _, sub, _ in lvl2]
    for ci, lab in ((1, "分值"), (2, "扣分"), (3, "得分")):
        led.sum("合计 %s = 二级小计" % lab, total_row[ci], [s_[ci] for s_ in subs], [ra(total_row)] + [ra(s_) for s_ in subs])
    led.band("total grade", F(T_s), grade, BANDS, [s_tot, ra(total_row), s_band])
    for n1, w1, d1, s1 in lvl1:
        own = [s_ for a, _, s_, _ in lvl2 if a == n1]
        sent = {"决策": s_d, "过程": s_p, "产出": s_o, "效益": s_e}[n1]
        led.sum("%s 一级得分 = 二级小计" % n1, F(s1), [s_[3] for s_ in own], [sent, s_l1])
        led.sum("%s 一级扣分 = 二级小计" % n1, F(d1), [s_[2] for s_ in own], [sent])
        led.sum("%s 一级分值 = 二级小计" % n1, fint(w1), [s_[1] for s_ in own], [sent])
        led.ratio("%s 得分率" % n1, str(pct(s1, w1)), F(s1), fint(w1), [s_l1])
    led.sum("总分 = 一级得分", F(T_s), [F(s1) for _, _, _, s1 in lvl1], [s_tot, s_l1])
    led.lin("总分 = 100 - 扣分", F(T_s), [(1, "100"), (-1, F(T_d))], [s_tot, s_sys])
    led.sum("一级分值 = 100", "100", [fint(w1) for _, w1, _, _ in lvl1], [s_sys])
    led.cond("count 二级/三级", ("%d个二级指标和%d个三级指标" % (len(lvl2), len(items))) in s_sys, anchors=[s_sys])
    led.diff("自评 - 评价", F(D(SELF_SCORE) - T_s), SELF_SCORE, F(T_s), "多", [s_self])
    led.lin("未按期完工 = 计划 - 完工", str(PROJ_PLAN - PROJ_DONE), [(1, str(PROJ_PLAN)), (-1, str(PROJ_DONE))], [s_prob])
    return B, led


def render(B, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = docx.Document()
    set_docx_core(doc, "陇岫县农业农村局2024年度部门整体支出绩效评价报告", "甘肃岫信会计师事务所有限公司")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def run(par, text, face=None, size=None, bold=False):
        r = par.add_run(text)
        if face:
            r.font.name = face
            r._r.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), face)
        if size:
            r.font.size = Pt(size)
        if bold:
            r.font.bold = True
        return r

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    for kind, c in B:
        if kind == "table":
            hdr, rows, widths = c["header"], c["rows"], c["widths"]
            t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                cell = t.rows[0].cells[j]
                cell.width = Cm(widths[j])
                par = cell.paragraphs[0]
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(par, h, "黑体", 10.5)
                shade(cell, "D9E2F3")
            for i, r in enumerate(rows, 1):
                cells = t.rows[i].cells
                if r["kind"] == "merge":
                    m = cells[0].merge(cells[-1])
                    par = m.paragraphs[0]
                    run(par, r["cells"][0], "黑体", 10.5)
                    shade(m, "F2F2F2")
                    continue
                for j, v in enumerate(r["cells"]):
                    cell = cells[j]
                    cell.width = Cm(widths[j])
                    par = cell.paragraphs[0]
                    if j == 0:
                        par.alignment = WD_ALIGN_PARAGRAPH.LEFT if r["kind"] == "row" else WD_ALIGN_PARAGRAPH.CENTER
                    elif j == len(r["cells"]) - 1 and c["id"] == "score":
                        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    else:
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    bold = r["kind"] in ("sub", "total")
                    run(par, v, None, 10, bold)
                    if r["kind"] in ("sub", "total"):
                        shade(cell, "FFF2CC" if r["kind"] == "sub" else "FCE4D6")
            continue
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(24)
        if kind == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.space_after = Pt(6)
            run(par, c, "方正小标宋简体", 20)
        elif kind == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(par, c, "楷体", 12)
        elif kind == "h1":
            run(par, c, "黑体", 14)
        elif kind == "h2":
            pf.first_line_indent = Pt(24)
            run(par, c, "楷体", 12, True)
        elif kind == "cap":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.space_before = Pt(6)
            run(par, c, "黑体", 11)
        elif kind == "unit":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(par, c, None, 10)
        elif kind == "note":
            run(par, c, None, 9)
        elif kind == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(par, c)
        else:
            pf.first_line_indent = Pt(24)
            run(par, c)
    doc.save(path)
    normalize_docx(path)


def visible(path):
    return docx_text(path, final=True)


def main():
    B, led = build()
    path = os.path.join(OUT, NAME + ".docx")
    render(B, path)
    text = visible(path)
    import zipfile
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    led.cond("merged 一级 header rows (gridSpan) in the score table", xml.count('<w:gridSpan w:val="5"/>') == 4,
             str(xml.count('<w:gridSpan w:val="5"/>')))
    finish(led, text, "docx", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    main()
