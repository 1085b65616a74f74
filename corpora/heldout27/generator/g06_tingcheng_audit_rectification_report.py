"""t06 — 福建省汀澄县人民政府 关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告 (.txt, 整改 table)"""
from common import run, lk27
from lk27 import D, f, pct, Ledger, cn_num

NAME = "t06_tingcheng_audit_rectification_report_2023.txt"

# 类别, [ (问题, 问题金额, 已整改金额, 状态) ...]   状态: 完成 / 推进
CATS = [
    ("财政管理方面", [
        ("非税收入未及时缴入国库", "1286.40", "1286.40", "完成"),
        ("年初预算代编未细化到部门和项目", "2418.75", "2418.75", "完成"),
        ("违规从财政专户借出资金", "680.00", "350.00", "推进"),
        ("超范围安排预备费", "477.20", "160.45", "推进"),
    ]),
    ("部门预算执行方面", [
        ("超预算、无预算列支会议费培训费", "38.62", "38.62", "完成"),
        ("虚列支出、以拨代支", "864.15", "726.50", "推进"),
        ("违规发放津贴补贴", "52.36", "52.36", "完成"),
        ("政府采购未按规定执行", "331.34", "331.34", "完成"),
    ]),
    ("重点民生资金方面", [
        ("乡村振兴衔接资金闲置超过一年", "1426.80", "1102.30", "推进"),
        ("教育专项资金滞留未拨付", "965.40", "965.40", "完成"),
        ("向不符合条件人员发放城乡低保金", "18.26", "18.26", "完成"),
        ("医疗救助资金重复支付", "7.94", "7.94", "完成"),
    ]),
    ("政府投资项目方面", [
        ("工程结算多计工程款", "546.28", "546.28", "完成"),
        ("项目未批先建、超概算", "1628.40", "838.92", "推进"),
    ]),
]
# 整改方式 (typed except last, which balances)
WAYS = [("上缴国库", "1466.26"), ("拨付或归还原资金渠道", "3284.10"), ("调整账目或核减工程款", "1092.54")]
WAY_LAST = "统筹用于其他项目及其他方式"
BASE_TOTAL_PREV = "12365.80"   # 上年度审计查出问题金额
ACCOUNT_N, RULES_N = 9, 23


def build():
    L = Ledger(NAME)
    rows = []
    tn = tdone = tdo = 0
    ta = tr = D(0)
    details = []
    for cat, items in CATS:
        n = len(items)
        done = sum(1 for it in items if it[3] == "完成")
        doing = n - done
        a = sum(D(it[1]) for it in items)
        r = sum(D(it[2]) for it in items)
        L.sum(f"{cat} 问题金额 = 各问题之和", f(a), [f(D(it[1])) for it in items])
        L.sum(f"{cat} 已整改金额 = 各问题之和", f(r), [f(D(it[2])) for it in items])
        L.sum(f"{cat} 问题个数 = 已完成 + 正在整改", str(n), [str(done), str(doing)])
        rate = pct(r, a)
        L.rate(f"{cat} 整改金额比例", f(rate), f(r), f(a))
        for it in items:
            L.le(f"{it[0]} 已整改 ≤ 问题金额", f(D(it[2])), f(D(it[1])))
        rows.append([cat, str(n), str(done), str(doing), f(a), f(r), f(rate)])
        details.append((cat, items, a, r, rate, n, done, doing))
        tn += n; tdone += done; tdo += doing; ta += a; tr += r
    for ci, lab, tv in [(1, "问题个数", str(tn)), (2, "已完成", str(tdone)), (3, "正在整改", str(tdo)),
                        (4, "问题金额", f(ta)), (5, "已整改金额", f(tr))]:
        L.sum(f"表1 合计 {lab}", tv, [r[ci] for r in rows])
    trate = pct(tr, ta); L.rate("合计 整改金额比例", f(trate), f(tr), f(ta))
    done_rate = pct(tdone, tn); L.rate("已完成整改问题 占比", f(done_rate), str(tdone), str(tn))
    left = ta - tr; L.diff("尚未整改金额", f(left), f(ta), f(tr))
    rows.append(["合计", str(tn), str(tdone), str(tdo), f(ta), f(tr), f(trate)])
    hdr = ["问题类别", "问题个数", "已完成整改", "正在整改", "问题金额", "已整改金额", "整改金额比例（%）"]
    t1 = {"caption": "表1  审计查出问题整改情况汇总表", "unit": "单位：个、万元", "rows": [hdr] + rows, "head": 1}
    last = tr - sum(D(a) for _, a in WAYS)
    L.sum("整改方式 合计 = 已整改金额", f(tr), [f(D(a)) for _, a in WAYS] + [f(last)])
    g_prev = lk27.growth(ta, BASE_TOTAL_PREV)
    L.growth("问题金额 比上年度审计减少", f(abs(g_prev)), f(ta), f(D(BASE_TOTAL_PREV)), "down")

    date = "二〇二四年十二月二十三日"
    L.dated("报告日期在整改截止日（2024年10月31日）之后", date, (2024, 12, 23), (2024, 10, 31))
    L.anchor("截至2024年10月31日")
    L.anchor(f"{cn_num(len(CATS))}个方面{cn_num(tn)}个问题")
    L.facts.update({"problems": str(tn), "amount": f(ta), "rectified": f(tr), "rate": f(trate), "date": date,
                    "note": "report on the 2023 audit, dated December 2024 after the 2024-10-31 cut-off"})

    m = [("TITLE", "汀澄县人民政府关于2023年度县级预算执行和其他财政收支"), ("TITLE", "审计查出问题整改情况的报告"),
         ("SUB", "——二〇二四年十二月在县第十八届人大常委会第二十三次会议上"), ("SUB", "汀澄县审计局")]
    m.append(("P", "县人大常委会："))
    m.append(("P", "受县人民政府委托，现将2023年度县级预算执行和其他财政收支审计查出问题的整改情况报告如下，请予审议。"))
    m.append(("H1", "一、审计整改工作部署推进情况"))
    m.append(("P", "县人民政府高度重视审计整改工作，将审计查出问题整改纳入县政府督查重点事项，建立“问题清单、责任清单、整改清单”，"
                   "实行对账销号管理。县审计局对整改情况进行跟踪检查，对整改不到位的问题逐项督促；各被审计单位落实整改主体责任，"
                   "主要负责人亲自部署、亲自督办。县人大常委会预算工作委员会对重点问题整改开展了跟踪监督。"))
    m.append(("H1", "二、审计查出问题的整改情况"))
    m.append(("P", f"2023年度县级预算执行和其他财政收支审计工作报告反映了{cn_num(len(CATS))}个方面{cn_num(tn)}个问题。"
                   f"截至2024年10月31日，已完成整改{tdone}个，正在整改{tdo}个，已完成整改的问题占{f(done_rate)}%。审计查出问题金额"
                   f"{f(ta)}万元，已整改{f(tr)}万元，整改金额比例为{f(trate)}%，尚未整改{f(left)}万元。问题金额比上年度审计查出的"
                   f"{f(D(BASE_TOTAL_PREV))}万元下降{f(abs(g_prev))}%。分类情况见表1。"))
    m.append(("TABLE", t1))
    m.append(("P", f"从整改方式看，已整改的{f(tr)}万元中，{WAYS[0][0]}{f(D(WAYS[0][1]))}万元，{WAYS[1][0]}{f(D(WAYS[1][1]))}万元，"
                   f"{WAYS[2][0]}{f(D(WAYS[2][1]))}万元，{WAY_LAST}{f(last)}万元。相关部门和单位制定完善制度{RULES_N}项，"
                   f"追责问责{ACCOUNT_N}人。"))
    cn_idx = ["（一）", "（二）", "（三）", "（四）"]
    for k, (cat, items, a, r, rate, n, done, doing) in enumerate(details):
        m.append(("H2", f"{cn_idx[k]}{cat}的问题"))
        parts = []
        for j, it in enumerate(items, 1):
            if it[3] == "完成":
                L.same(f"{it[0]} 已全部整改：整改金额 = 问题金额", f(D(it[2])), f(D(it[1])))
                s = f"{j}．关于{it[0]}{f(D(it[1]))}万元的问题。已全部整改，整改金额{f(D(it[2]))}万元。"
            else:
                rem = D(it[1]) - D(it[2])
                L.diff(f"{it[0]} 尚未整改金额", f(rem), f(D(it[1])), f(D(it[2])))
                s = (f"{j}．关于{it[0]}{f(D(it[1]))}万元的问题。已整改{f(D(it[2]))}万元，剩余{f(rem)}万元正在整改。")
            parts.append(s + EXPLAIN[it[0][:5]])
        m.append(("P", f"该方面审计查出问题{n}个、金额{f(a)}万元，已完成整改{done}个，已整改金额{f(r)}万元，整改金额比例{f(rate)}%。"))
        for s in parts:
            m.append(("P", s))
    rems = [f(D(it[1]) - D(it[2])) for _, items, *_ in details for it in items if it[3] != "完成"]
    L.sum("尚未整改金额 = 各正在整改问题剩余金额之和", f(left), rems)
    m.append(("H1", "三、尚未完成整改的问题及原因"))
    m.append(("P", f"截至2024年10月31日，尚有{tdo}个问题正在整改，涉及金额{f(left)}万元。未完成整改的原因主要是：一是部分问题涉及历史遗留，"
                   f"如违规从财政专户借出资金需借款单位筹措资金归还，短期内难以全部收回；二是部分政府投资项目需履行概算调整审批程序，"
                   f"整改周期较长；三是乡村振兴衔接资金闲置问题需结合项目实施进度逐步消化。对上述问题，县人民政府已明确整改时限，"
                   f"将在2025年6月底前全面完成整改，整改结果向县人大常委会专项报告。"))
    m.append(("H1", "四、下一步工作措施"))
    m.append(("P", "一是持续跟踪督促，对正在整改的问题实行挂图作战，确保按期整改到位。二是强化源头治理，推动相关部门从体制机制层面"
                   "查找原因，建章立制，防止屡审屡犯。三是加强审计结果运用，将审计整改情况纳入部门绩效考核，对整改不力、敷衍整改的"
                   "严肃追责问责。四是加强与人大监督、纪检监察监督、财会监督的贯通协同，形成监督合力。"))
    m.append(("RIGHT", "汀澄县人民政府"))
    m.append(("RIGHT", date))
    return m, L


EXPLAIN = {
    "非税收入未": "县财政局已将滞留的非税收入全部缴入国库，并建立非税收入按月清缴制度。",
    "年初预算代": "县财政局已在2024年预算编制中将代编资金细化到具体部门和项目，年初预算代编比例压减至5%以内。",
    "违规从财政": "已收回借出资金，其余部分借款单位已制定分期还款计划。",
    "超范围安排": "县财政局已收回部分超范围安排的预备费，并修订预备费使用管理办法。",
    "超预算、无": "相关单位已调整账务，将超预算列支的会议费、培训费归还原资金渠道。",
    "虚列支出、": "相关单位已将以拨代支资金退回财政，剩余部分待项目验收后据实结算。",
    "违规发放津": "已追回违规发放的津贴补贴，并对相关责任人进行了批评教育。",
    "政府采购未": "相关单位已补办采购手续，并组织政府采购业务培训。",
    "乡村振兴衔": "已将闲置资金调整用于产业发展项目，其余资金待项目开工后拨付。",
    "教育专项资": "县教育局已将滞留资金全部拨付到学校。",
    "向不符合条": "县民政局已追回违规发放的低保金，并开展低保对象动态核查。",
    "医疗救助资": "县医疗保障局已追回重复支付的救助资金。",
    "工程结算多": "已核减多计工程款，并对造价咨询机构进行了约谈。",
    "项目未批先": "项目单位已补办用地和规划手续，超概算部分正在履行概算调整审批程序。",
}


def render(model, path):
    lk27.render_txt(model, path, width=40)


if __name__ == "__main__":
    run(build, render, NAME)
