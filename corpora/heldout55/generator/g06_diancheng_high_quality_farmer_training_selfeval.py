"""t06 簟城县农业农村局 2024年度高素质农民培育项目绩效自评报告 (FY2024, pdf)."""
from lib55 import D, F, I, P, Doc, Ledger

NAME = "t06_diancheng_county_high_quality_farmer_training_project_performance_selfeval_2024"
FMT = "pdf"


def build():
    d, L = Doc(), Ledger()
    docno = "簟农〔2025〕27号"
    date = "2025年4月18日"

    # ---- base inputs
    f_central, f_county = D("180.00"), D("30.00")
    prior_funds = D("196.00")
    target = 650
    prior_trained = 610
    types = [  # name, classes, trainees, days, spent (万元)
        ("经营管理型", 4, 186, 15, D("72.54")),
        ("专业生产型", 7, 318, 10, D("95.40")),
        ("技能服务型", 3, 168, 8, D("38.64")),
    ]
    uses = [("师资及教材费", D("58.36")), ("实训及食宿交通费", D("121.40")), ("跟踪指导服务费", D("26.82"))]
    teachers = [("高校及科研院所专家", 18), ("农技推广人员", 35), ("乡土专家", 19)]
    bases = ["县农广校实训中心", "簟北蔬菜产业园", "簟南茶叶专业合作社基地", "县农机化服务中心"]
    graduated = 659
    young, young_prior = 412, D("57.90")
    coops, farms = 15, 23
    inc_now, inc_prior = 46280, 41560
    sample, satisfied = 300, 292
    deduct = [  # 一级, 分值, 扣分, 原因
        ("决策", "20", "0.00", "无"),
        ("过程", "20", "1.50", "2个班次培训档案不完整"),
        ("产出", "30", "0.50", "部分学员未通过结业考核"),
        ("效益", "30", "1.20", "学员满意度未达98%的目标值"),
    ]
    bands = [("90", "优秀"), ("80", "良好"), ("60", "一般"), ("0", "较差")]

    # ---- derived
    funds = f_central + f_county
    classes = sum(t[1] for t in types)
    trained = sum(t[2] for t in types)
    spent = sum(t[4] for t in types)
    left = funds - spent
    per = [P(t[4] * 10000, t[2], scale=1) for t in types]
    per_all = P(spent * 10000, trained, scale=1)
    sat = P(satisfied, sample)
    yr = P(young, trained)
    ypp = D(yr) - young_prior
    rows = [(a, b, c, F(D(b) - D(c)), r) for a, b, c, r in deduct]
    tot_ded = sum(D(r[2]) for r in rows)
    total = sum(D(r[3]) for r in rows)
    assert total == 100 - tot_ded
    grade = [g for lo, g in bands if total >= D(lo)][0]

    s = dict(funds=F(funds), fc=F(f_central), fy=F(f_county), spent=F(spent), left=F(left), prior=F(prior_funds))
    d.title("簟城县农业农村局2024年度高素质农民培育项目绩效自评报告")
    d.docno(docno)
    d.h("一、项目概况")
    d.p(f"2024年度高素质农民培育项目资金{s['funds']}万元，中央财政补助{s['fc']}万元，县级财政安排{s['fy']}万元，比上年{s['prior']}万元增长"
        f"{P(funds - prior_funds, prior_funds)}%，增加{F(funds - prior_funds)}万元。项目依托实训基地{len(bases)}个，即{'、'.join(bases)}，"
        f"年度培育任务{I(target)}人。")
    d.h("二、资金使用情况")
    d.p(f"截至2024年12月31日，项目实际支出{s['spent']}万元，资金执行率{P(spent, funds)}%，结余{s['left']}万元已按规定收回县财政。"
        f"全年共举办培训班{I(classes)}期，按类型统计如下。")
    trs = [["培育类型", "班次（期）", "学员（人）", "培训天数（天）", "支出（万元）", "人均（元）"]]
    for (nm, c, n, dd, sp), pp in zip(types, per):
        trs.append([nm, I(c), I(n), I(dd), F(sp), pp])
    trs.append(["合计", I(classes), I(trained), "—", s["spent"], per_all])
    d.table("T1", "表1　2024年度高素质农民培育分类型情况", "", trs)
    d.p(f"各类型人均培育成本按该类型支出除以学员人数计算，全部学员人均{per_all}元；经营管理型培训周期长、含异地实训，人均成本高于其他两类。")
    assert sum(u[1] for u in uses) == spent
    ush = [P(u[1], spent) for u in uses]
    n_teach = sum(t[1] for t in teachers)
    d.p(f"按支出用途划分，{uses[0][0]}{F(uses[0][1])}万元、{uses[1][0]}{F(uses[1][1])}万元、{uses[2][0]}{F(uses[2][1])}万元，"
        f"依次占实际支出的{ush[0]}%、{ush[1]}%和{ush[2]}%。全年聘请授课教师{I(n_teach)}名，其中{teachers[0][0]}{I(teachers[0][1])}名、"
        f"{teachers[1][0]}{I(teachers[1][1])}名、{teachers[2][0]}{I(teachers[2][1])}名。")
    d.h("三、绩效指标完成情况")
    d.p(f"全年培育高素质农民{I(trained)}人，完成年度任务的{P(trained, target)}%，较上年的{I(prior_trained)}人多培育{I(trained - prior_trained)}人，"
        f"增长{P(trained - prior_trained, prior_trained)}%；平均每期{P(trained, classes, scale=1)}人。经考核，{I(graduated)}人结业，"
        f"结业率{P(graduated, trained)}%。学员中45岁以下{I(young)}人，占{yr}%，上年为{F(young_prior)}%，提高{F(ypp)}个百分点。")
    d.p(f"培育后学员新领办合作社{I(coops)}个、家庭农场{I(farms)}个，合计{I(coops + farms)}个新型经营主体。跟踪调查显示，学员户均经营性收入"
        f"{I(inc_now)}元，上年{I(inc_prior)}元，同比增长{P(inc_now - inc_prior, inc_prior)}%。抽样回访学员{I(sample)}人，"
        f"满意{I(satisfied)}人，满意度{sat}%。")
    d.h("四、自评得分")
    d.p("按照项目支出绩效评价指标体系逐项打分，90分及以上为优秀，80分至90分（不含）为良好，60分至80分（不含）为一般，60分以下为较差。")
    trs2 = [["一级指标", "分值", "扣分", "得分", "扣分原因"]]
    for r in rows:
        trs2.append([r[0], r[1], r[2], r[3], r[4]])
    trs2.append(["合计", "100", F(tot_ded), F(total), ""])
    d.table("T2", "表2　自评得分情况", "", trs2)
    d.p(f"综上，本项目2024年度自评得分{F(total)}分，评价等级为“{grade}”。2025年计划培育高素质农民700人，进一步提高青年农民比重。")
    d.sign(["簟城县农业农村局", date])

    # ---- ledger
    L.anchor("文号", docno)
    L.dated("落款晚于年度终了", date, "2024-12-31")
    L.sum("项目资金=中央+县级", [s["fc"], s["fy"]], s["funds"])
    L.growth("项目资金较上年", s["prior"], s["funds"], F(funds - prior_funds), P(funds - prior_funds, prior_funds), "增")
    L.count("实训基地个数=所列名称", str(len(bases)), bases)
    L.ratio("资金执行率", s["spent"], s["funds"], P(spent, funds))
    L.diff("结余=资金-支出", s["funds"], s["spent"], s["left"])
    for r in trs[1:-1]:
        L.ratio(f"表1 {r[0]}人均(元)", r[4], r[2], r[5], scale="10000")
    L.sum("表1班次合计", [r[1] for r in trs[1:-1]], I(classes))
    L.sum("表1学员合计", [r[2] for r in trs[1:-1]], I(trained))
    L.sum("表1支出合计", [r[4] for r in trs[1:-1]], s["spent"] + "#t1")
    L.ratio("表1全部学员人均(元)", s["spent"], I(trained), per_all, scale="10000")
    L.sum("实际支出=三类用途之和", [F(u[1]) for u in uses], s["spent"] + "#use")
    for u, sh in zip(uses, ush):
        L.ratio(f"{u[0]}占实际支出比重", F(u[1]), s["spent"], sh)
    L.sum("授课教师=三类之和", [I(t[1]) for t in teachers], I(n_teach))
    L.ratio("任务完成率", I(trained), I(target), P(trained, target))
    L.growth("培育人数较上年", I(prior_trained), I(trained), I(trained - prior_trained), P(trained - prior_trained, prior_trained), "增")
    L.ratio("平均每期人数", I(trained), I(classes), P(trained, classes, scale=1), scale="1")
    L.ratio("结业率", I(graduated), I(trained), P(graduated, trained))
    L.ratio("45岁以下占比", I(young), I(trained), yr)
    L.pp("青年占比较上年提高", F(young_prior), yr, F(ypp), "升")
    L.sum("新型经营主体=合作社+家庭农场", [I(coops), I(farms)], I(coops + farms))
    L.growth("学员户均经营性收入较上年", I(inc_prior), I(inc_now), None, P(inc_now - inc_prior, inc_prior), "增")
    L.ratio("满意度", I(satisfied), I(sample), sat)
    for r in trs2[1:-1]:
        L.diff(f"表2 {r[0]}得分=分值-扣分", r[1], r[2], r[3])
    L.sum("表2分值合计", [r[1] for r in trs2[1:-1]], "100")
    L.sum("表2扣分合计", [r[2] for r in trs2[1:-1]], F(tot_ded))
    L.sum("表2得分合计", [r[3] for r in trs2[1:-1]], F(total) + "#t2")
    L.diff("总分=100-扣分合计", "100", F(tot_ded), F(total) + "#t2d")
    L.band("等级与得分相符", F(total), grade, bands)
    L.same("自评得分重述", F(total), 2)

    meta = {"title": "簟城县2024年度高素质农民培育项目绩效自评报告", "date": date, "docno": docno, "fy": 2024,
            "col_widths": {"T1": [30, 22, 22, 28, 26, 26], "T2": [24, 18, 18, 18, 78]}}
    return d, L, meta
