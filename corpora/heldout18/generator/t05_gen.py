"""t05 -- 皖溪市财政局 关于2024年度市级财政专项资金绩效评价结果的报告 (.txt, UTF-8).

Roll-up of a third-party evaluation: 12 专项资金 with 资金规模 / 实际支出 / 支出率 /
评价得分 / 等级; grade bands; counts and fund shares per grade; weighted vs simple
average; an attached score breakdown (决策/过程/产出/效益 20/20/30/30 with
二级指标) for 3 of them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, Ledger, OUT, f, fn, pct, growth, q, txt_text, finish)  # noqa: E402

NAME = "t05_wanxi_city_special_funds_evaluation_results_2024"
BANDS = [("90", "优"), ("80", "良"), ("60", "中"), ("0", "差")]
CN_IDX = "一二三四五六七八九十"


def cn_idx(i):
    return CN_IDX[i - 1] if i <= 10 else "十" + CN_IDX[i - 11]


def build():
    L = Ledger(NAME + ".txt")
    B = []

    def p(t):
        B.append("　　" + t)

    def h(t):
        B.append("　　" + t)

    def raw(t=""):
        B.append(t)

    # ---------------------------------------------------------------- base inputs (万元 / 分)
    funds = [  # name, 规模, 支出, 得分(None -> from breakdown), 主要扣分原因
        ("市级工业和信息化发展专项资金", "8600.00", "8217.36", None,
         "部分技改补助项目验收滞后，2个项目未按期完成设备购置；个别企业绩效目标填报不完整"),
        ("市级科技创新专项资金", "5200.00", "4862.40", "88.42",
         "研发费用后补助审核周期长，年末集中拨付；科技成果转化指标未设置量化目标值"),
        ("市级农业产业化发展专项资金", "4350.00", "4186.75", "86.15",
         "部分新型经营主体奖补资金分配因素法测算依据不充分；联农带农效益跟踪不足"),
        ("市级文化旅游发展专项资金", "2180.00", "1635.00", "78.64",
         "2个景区提升项目未开工，资金闲置；旅游接待人次增长目标未完成"),
        ("市级城乡环境综合整治专项资金", "6420.00", "6311.52", "92.08",
         "个别县区配套资金到位较晚，部分整治点位长效管护机制未建立"),
        ("市级就业创业补助资金", "3060.00", "3012.66", "90.00",
         "部分职业技能培训补贴审核资料不全，培训后就业情况跟踪不到位"),
        ("市级养老服务体系建设专项资金", "1860.00", "1702.38", "84.37",
         "2所乡镇敬老院改造进度滞后；部分社区养老服务站使用率偏低"),
        ("市级教育发展专项资金", "7450.00", "7386.10", "93.25",
         "个别学校设备采购验收资料归档不及时"),
        ("市级商贸流通发展专项资金", "1240.00", "868.00", None,
         "项目储备不足，年中调整用途未履行报批程序；部分补助对象申报材料真实性核查不到位"),
        ("市级交通运输发展专项资金", "9800.00", "9264.88", "87.56",
         "农村公路养护资金按里程切块分配，未与养护质量考核挂钩；1个桥梁改造项目延期"),
        ("市级人才发展专项资金", "2600.00", "2214.60", "80.00",
         "人才安居补贴兑现周期长，部分引进人才服务期届满后流失情况未跟踪评估"),
        ("市级招商引资奖励资金", "1450.00", "725.00", None,
         "奖励政策与企业实际投资、税收贡献挂钩不紧，3家受奖企业未达到协议约定投资额，资金未及时追回"),
    ]
    # breakdown (二级指标 weights and scores) for funds 1, 9, 12
    sub_w = [("决策", [("项目立项", 5), ("绩效目标", 8), ("资金投入", 7)]),
             ("过程", [("资金管理", 12), ("组织实施", 8)]),
             ("产出", [("产出数量", 10), ("产出质量", 8), ("产出时效", 6), ("产出成本", 6)]),
             ("效益", [("项目效益", 20), ("满意度", 10)])]
    sub_s = {
        1: [["5.00", "7.20", "6.30"], ["11.00", "7.20"], ["10.00", "7.36", "5.00", "5.50"], ["18.00", "8.80"]],
        9: [["4.00", "5.60", "5.40"], ["8.68", "6.00"], ["8.00", "6.50", "3.00", "5.00"], ["12.80", "7.20"]],
        12: [["3.50", "4.00", "4.50"], ["7.40", "6.00"], ["6.00", "5.00", "3.00", "4.00"], ["8.00", "7.00"]],
    }
    total_special, n_special = D("86420.00"), 37
    agencies = ["皖溪华信会计师事务所有限公司", "安徽安澜工程咨询有限公司", "皖溪市正衡资产评估有限公司"]
    sampled, onsite, questionnaires, valid_q = 168, 94, 2860, 2791
    prev = {"n": 10, "优": 3, "良": 4, "中": 2, "差": 1, "avg": D("81.26")}
    cut = {4: D("20"), 9: D("20")}            # 压减比例 %
    issues = {"目标": 7, "进度": 5, "分配": 4}

    # ---------------------------------------------------------------- derived
    dims = {}
    for k, rows in sub_s.items():
        d = []
        for (dn, ws), ss in zip(sub_w, rows):
            d.append((dn, sum(w for _, w in ws), sum((D(x) for x in ss), D(0))))
        dims[k] = d
    F = []
    for i, (nm, size, spent, sc, why) in enumerate(funds, 1):
        size, spent = D(size), D(spent)
        score = q(sum(x[2] for x in dims[i])) if sc is None else D(sc)
        g = [gname for lo, gname in BANDS if score >= D(lo)][0]
        F.append({"i": i, "name": nm, "size": size, "spent": spent, "rate": pct(spent, size), "score": score,
                  "grade": g, "why": why})
    tot = sum(x["size"] for x in F)
    tot_spent = sum(x["spent"] for x in F)
    simple = q(sum(x["score"] for x in F) / len(F))
    weighted = q(sum(x["score"] * x["size"] for x in F) / tot)
    G = {}
    for g in ["优", "良", "中", "差"]:
        items = [x for x in F if x["grade"] == g]
        amt = sum((x["size"] for x in items), D(0))
        G[g] = {"n": len(items), "amt": amt, "share": pct(amt, tot), "items": items}
    good = G["优"]["n"] + G["良"]["n"]

    # ---------------------------------------------------------------- text
    raw("皖溪市财政局")
    raw("关于2024年度市级财政专项资金绩效评价结果的报告")
    raw("")
    raw("皖溪财绩〔2025〕18号")
    raw("")
    raw("市人民政府：")
    raw("")
    p("为提高财政资金使用效益，根据《中华人民共和国预算法》《皖溪市市级财政专项资金绩效评价管理办法》有关规定，市财政局组织第三方机构"
      "对2024年度市级财政专项资金开展了重点绩效评价。现将评价结果报告如下。")
    raw("")
    h("一、评价工作基本情况")
    a_cov = "本次选取%d项市级财政专项资金开展重点绩效评价，涉及资金%s万元，占2024年度市级财政专项资金总规模%s万元的%s%%" % (
        len(F), f(tot), f(total_special), pct(tot, total_special))
    a_cnt = "2024年度市级财政专项资金共%d项，本次评价项数占%s%%" % (n_special, pct(len(F), n_special))
    p("（一）评价范围。%s；%s。评价对象按照资金规模较大、社会关注度较高、以前年度未评价或评价结果较差的原则确定。" % (a_cov, a_cnt))
    L.ratio("评价资金占比", str(pct(tot, total_special)), f(tot), f(total_special), [a_cov])
    L.ratio("评价项数占比", str(pct(len(F), n_special)), str(len(F)), str(n_special), [a_cnt, a_cov])
    L.leq("评价项数 <= 专项总数", str(len(F)), str(n_special), [a_cnt, a_cov])
    a_ag = "委托%s、%s和%s共%d家第三方机构具体实施" % (agencies[0], agencies[1], agencies[2], len(agencies))
    a_sam = "抽查项目%d个，其中现场核查项目%d个" % (sampled, onsite)
    a_q = "发放满意度调查问卷%s份，回收有效问卷%s份，有效回收率%s%%" % (f(questionnaires, 0), f(valid_q, 0), pct(valid_q, questionnaires))
    p("（二）组织实施。评价工作由市财政局统一组织，%s。评价采取资料审核、现场核查、问卷调查和座谈访谈相结合的方式，%s，%s。"
      "评价报告初稿形成后，征求了各主管部门意见，并经专家评审组复核。" % (a_ag, a_sam, a_q))
    L.leq("现场核查 <= 抽查", str(onsite), str(sampled), [a_sam])
    L.ratio("问卷有效率", str(pct(valid_q, questionnaires)), f(valid_q, 0), f(questionnaires, 0), [a_q])
    a_w = "评价指标体系由决策、过程、产出、效益四类一级指标构成，权重分别为20%、20%、30%、30%，满分100分"
    a_band = "评价结果分为四个等级：90分（含）以上为“优”，80（含）—89.99分为“良”，60（含）—79.99分为“中”，60分以下为“差”"
    p("（三）评价标准。%s。%s。" % (a_w, a_band))
    L.sum("一级权重", "100", ["20", "20", "30", "30"], [a_w])
    raw("")

    h("二、评价结果总体情况")
    a_avg = "12项专项资金评价平均得分%s分（简单算术平均），按资金规模加权平均得分%s分" % (simple, weighted)
    p("%s。加权平均分高于简单平均分，主要是资金规模较大的交通运输、工业和信息化、教育等专项得分较高。" % a_avg)
    L.formula("简单平均", str(simple), lambda *xs: sum(xs) / len(xs), [str(x["score"]) for x in F], "mean", [a_avg])
    nums = []
    for x in F:
        nums += [str(x["score"]), f(x["size"])]
    L.formula("加权平均", str(weighted), lambda *xs: sum(xs[i] * xs[i + 1] for i in range(0, len(xs), 2)) /
              sum(xs[i + 1] for i in range(0, len(xs), 2)), nums, "sum(score*size)/sum(size)", [a_avg])
    a_g = []
    for g in ["优", "良", "中", "差"]:
        a_g.append("评价等级为“%s”的%d项，涉及资金%s万元，占评价资金总额的%s%%" % (g, G[g]["n"], f(G[g]["amt"]), G[g]["share"]))
    share_sum = sum(G[g]["share"] for g in ["优", "良", "中", "差"])
    a_ws = "各等级资金占比之和为%s%%，系四舍五入尾差" % share_sum
    p("从等级分布看：%s（%s）。" % ("；".join(a_g), a_ws))
    L.sum("等级占比之和 as stated", str(share_sum), [str(G[g]["share"]) for g in ["优", "良", "中", "差"]], a_g + [a_ws])
    L.sum("等级项数", str(len(F)), [str(G[g]["n"]) for g in ["优", "良", "中", "差"]], a_g + [a_cov])
    L.sum("等级资金", f(tot), [f(G[g]["amt"]) for g in ["优", "良", "中", "差"]], a_g + [a_cov])
    for g, a in zip(["优", "良", "中", "差"], a_g):
        L.ratio("等级资金占比 %s" % g, str(G[g]["share"]), f(G[g]["amt"]), f(tot), [a, a_cov])
    L.fact("grade_share_sum", L.shares100("等级资金占比", [str(G[g]["share"]) for g in ["优", "良", "中", "差"]], a_g))
    a_good = "“优”“良”等级合计%d项，优良率%s%%" % (good, pct(good, len(F)))
    a_prev = "2023年度评价%d项，其中“优”%d项、“良”%d项、“中”%d项、“差”%d项，简单平均得分%s分" % (
        prev["n"], prev["优"], prev["良"], prev["中"], prev["差"], prev["avg"])
    a_up = "本年度简单平均得分比上年提高%s分" % (simple - prev["avg"])
    p("%s。%s，%s，评价项数增加2项。" % (a_good, a_prev, a_up))
    L.sum("优良", str(good), [str(G["优"]["n"]), str(G["良"]["n"])], [a_good] + a_g)
    L.ratio("优良率", str(pct(good, len(F))), str(good), str(len(F)), [a_good])
    L.sum("上年项数", str(prev["n"]), [str(prev[g]) for g in ["优", "良", "中", "差"]], [a_prev])
    L.diff("平均分提高", str(simple - prev["avg"]), str(simple), str(prev["avg"]), "提高", [a_up, a_prev, a_avg])
    L.diff("项数增加", "2", str(len(F)), str(prev["n"]), None, [a_prev])
    a_sp = "12项专项资金全年实际支出%s万元，总体支出率%s%%" % (f(tot_spent), pct(tot_spent, tot))
    p("%s。" % a_sp)
    L.sum("支出合计", f(tot_spent), [f(x["spent"]) for x in F], [a_sp])
    L.ratio("总体支出率", str(pct(tot_spent, tot)), f(tot_spent), f(tot), [a_sp, a_cov])
    raw("")

    h("三、各项专项资金评价结果")
    for x in F:
        a1 = "资金规模%s万元，实际支出%s万元，支出率%s%%" % (f(x["size"]), f(x["spent"]), x["rate"])
        a2 = "评价得分%s分，评价等级为“%s”" % (x["score"], x["grade"])
        p("（%s）%s。%s；%s。主要扣分原因：%s。" % (cn_idx(x["i"]), x["name"], a1, a2, x["why"]))
        L.ratio("支出率 %d" % x["i"], str(x["rate"]), f(x["spent"]), f(x["size"]), [a1])
        L.leq("支出 <= 规模 %d" % x["i"], f(x["spent"]), f(x["size"]), [a1])
        L.band("等级 %d" % x["i"], str(x["score"]), x["grade"], BANDS, [a2])
        L.score("得分<=100 %d" % x["i"], str(x["score"]), "100", [a2])
    p("其中，就业创业补助资金得分90.00分、人才发展专项资金得分80.00分，恰好处于等级分界点，按“含”的规定分别评为“优”和“良”。")
    raw("")

    h("四、评价发现的主要问题")
    a_iss = "12项专项资金中，有%d项存在绩效目标设置不够细化、量化的问题，有%d项存在资金支出进度偏慢的问题，有%d项存在资金分配依据不充分的问题" % (
        issues["目标"], issues["进度"], issues["分配"])
    p("%s（部分专项资金同时存在多类问题）。具体表现为：一是部分专项资金绩效目标与预算资金匹配度不高，产出指标多为定性描述；"
      "二是部分项目前期准备不充分，资金拨付后项目迟迟不能开工，如商贸流通发展专项资金支出率仅%s%%；三是个别专项资金“小而散”，"
      "政策效应不明显；四是部分主管部门对项目实施的跟踪问效不够，绩效监控流于形式。" % (a_iss, F[8]["rate"]))
    for k in issues:
        L.leq("问题项数 %s <= 12" % k, str(issues[k]), str(len(F)), [a_iss])
    L.same("商贸支出率 restated", str(F[8]["rate"]), str(F[8]["rate"]))
    raw("")

    h("五、评价结果应用")
    cut_rows = []
    for i, r in cut.items():
        x = F[i - 1]
        new = q(x["size"] * (100 - r) / 100)
        cut_rows.append((x, r, new))
    a_cut = "；".join("%s（等级“%s”）2025年预算安排%s万元，比2024年%s万元压减%s%%" % (
        x["name"], x["grade"], f(new), f(x["size"]), fn(r)) for x, r, new in cut_rows)
    a_stop = "%s（等级“差”）2025年暂停安排，待主管部门整改到位并重新论证后再研究" % F[11]["name"]
    cut_total = sum((x["size"] - new for x, r, new in cut_rows), D(0)) + F[11]["size"]
    a_ct = "以上三项合计减少2025年预算安排%s万元" % f(cut_total)
    p("根据《皖溪市市级财政专项资金绩效评价管理办法》，评价结果已作为2025年预算安排的重要依据：%s；%s；%s，调减资金统筹用于"
      "民生领域重点支出。对评价等级为“优”的专项资金，2025年预算在同等条件下优先保障。对招商引资奖励资金中未达到协议约定投资额的3家企业，"
      "已督促主管部门按协议追回奖励资金。" % (a_cut, a_stop, a_ct))
    for x, r, new in cut_rows:
        L.formula("压减 %d" % x["i"], f(new), lambda s_, r_: s_ * (100 - r_) / 100, [f(x["size"]), fn(r)], "size*(1-r)",
                  [a_cut])
    L.lin("减少合计", f(cut_total), [(1, f(cut_rows[0][0]["size"])), (-1, f(cut_rows[0][2])),
                                    (1, f(cut_rows[1][0]["size"])), (-1, f(cut_rows[1][2])),
                                    (1, f(F[11]["size"]))], [a_ct, a_cut])
    raw("")

    h("六、下一步工作")
    p("一是督促整改。将评价发现的问题逐项反馈主管部门，要求在2025年6月底前完成整改并报送整改情况，整改结果纳入部门绩效考核。"
      "二是完善制度。修订市级专项资金管理办法，建立专项资金定期评估和退出机制，对政策到期、绩效低下的专项资金予以整合或取消。"
      "三是扩大覆盖。2025年将重点绩效评价范围扩大到全部市级专项资金的40%以上，并逐步开展部门整体支出绩效评价。四是强化公开。"
      "评价结果按规定向社会公开，接受人大监督和社会监督。")
    raw("")
    p("附件：3项市级财政专项资金绩效评价得分明细")
    raw("")
    raw("　　　　　　　　　　　　　　　　　　　　皖溪市财政局")
    raw("　　　　　　　　　　　　　　　　　　　　2025年5月20日")
    L.date_after("落款", "2025年5月20日", 2025, 5, 20)
    raw("")
    raw("")
    raw("附件")
    raw("")
    raw("3项市级财政专项资金绩效评价得分明细")
    raw("")
    for k in (1, 9, 12):
        x = F[k - 1]
        raw("%s（评价得分%s分，等级“%s”）" % (x["name"], x["score"], x["grade"]))
        raw("一级指标    权重    二级指标        权重    得分    得分率")
        for (dn, ws), ss, (dn2, wd, sd) in zip(sub_w, sub_s[k], dims[k]):
            for j, ((sn, sw), sv) in enumerate(zip(ws, ss)):
                first = (dn if j == 0 else "") .ljust(4, "　")
                wcol = (str(wd) if j == 0 else "").ljust(4)
                raw("%s    %s    %s    %s    %s    %s%%" % (first, wcol, sn.ljust(6, "　"), str(sw).rjust(2), sv.rjust(5),
                                                            pct(D(sv), sw)))
                L.score("附件 %d %s" % (k, sn), sv, str(sw))
                L.ratio("附件 得分率 %d %s" % (k, sn), str(pct(D(sv), sw)), sv, str(sw))
            raw("　　　　    　　    %s小计　　    %s    %s    %s%%" % (dn, str(wd).rjust(2), fn(sd).rjust(5), pct(sd, wd)))
            L.sum("附件 %d %s 小计" % (k, dn), fn(sd), ss)
            L.sum("附件 %d %s 权重" % (k, dn), str(wd), [str(w) for _, w in ws])
            L.score("附件 %d %s 小计<=权重" % (k, dn), fn(sd), str(wd))
            L.ratio("附件 %d %s 得分率" % (k, dn), str(pct(sd, wd)), fn(sd), str(wd))
        raw("合计        100                            %s" % fn(x["score"]).rjust(5))
        L.sum("附件 %d 合计" % k, fn(x["score"]), [fn(sd) for _, _, sd in dims[k]])
        L.sum("附件 %d 一级权重" % k, "100", [str(wd) for _, wd, _ in dims[k]])
        raw("")
    L.fact("simple_avg", simple)
    L.fact("weighted_avg", weighted)
    L.fact("grade_counts", {g: G[g]["n"] for g in G})
    return B, L, {}


def render(blocks, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(blocks).rstrip("\n") + "\n")


def visible(path):
    return txt_text(path)


def main():
    blocks, L, _ = build()
    path = os.path.join(OUT, NAME + ".txt")
    render(blocks, path)
    text = visible(path)
    L.cond("12 numbered items （一）…（十二）", all("（%s）" % cn_idx(i) in text for i in range(1, 13)))
    return finish(L, text, "txt", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
