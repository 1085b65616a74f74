"""t01 -- 沅岑县人民政府关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告
.docx WITH TRACKED CHANGES (w:ins kept, w:del dropped in the final text).

Content model: list of blocks
  ("title"|"subtitle"|"speaker"|"h1"|"h2"|"p"|"caption"|"unit", segs)
  ("table", {"header": [...], "rows": [[segs, ...], ...], "widths": [...]})
segs: list of (kind, text) with kind in {"n", "ins", "del"} (a bare str is ("n", str)).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (D, OUT, Ledger, P, q, fmt, fint, pct, finish, docx_text, normalize_docx,
                    set_docx_core)

NAME = "t01_yuancen_audit_rectification_2023"
REPORT_DATE = (2024, 12, 19)
AUTHOR = "县审计局法规审理股"
REV_DATE = "2024-12-09T10:30:00Z"


def segs_of(x):
    if isinstance(x, str):
        return [("n", x)]
    return [s if isinstance(s, tuple) else ("n", s) for s in x]


def final(x):
    return "".join(t for k, t in segs_of(x) if k != "del")


def naive(x):
    return "".join(t for k, t in segs_of(x))


# ---------------------------------------------------------------- base inputs
# each item: key, title, n (problems), A (问题金额), R {method: amount}, done, old (R, done) if tracked
M_SJ, M_GH, M_KJ, M_BF, M_QK, M_GF = ("上缴国库", "归还原资金渠道", "扣减工程价款", "拨付资金及加快支出",
                                      "督促收回欠款", "调账处理及完善手续")
CATS = [
    dict(key="c1", name="县级财政管理", items=[
        dict(key="1a", n=2, A="1862.47", R={M_SJ: "1862.47"}, done=2),
        dict(key="1b", n=3, A="3416.80", R={M_SJ: "3106.80"}, done=2),
        dict(key="1c", n=2, A="1268.00", R={M_GF: "1268.00"}, done=2),
        dict(key="1d", n=2, A="294.88", R={M_GF: "294.88"}, done=2),
    ]),
    dict(key="c2", name="部门预算执行", items=[
        dict(key="2a", n=4, A="186.34", R={M_GH: "186.34"}, done=4),
        dict(key="2b", n=3, A="642.70", R={M_SJ: "214.30", M_GF: "314.30"}, done=2),
        dict(key="2c", n=4, A="318.92", R={M_GF: "318.92"}, done=4),
        dict(key="2d", n=3, A="88.52", R={M_GF: "88.52"}, done=3),
    ]),
    dict(key="c3", name="重点专项资金", items=[
        dict(key="3a", n=3, A="1540.60", R={M_GF: "1284.60"}, done=2, old=("1016.60", 1)),
        dict(key="3b", n=3, A="36.52", R={M_GH: "36.52"}, done=3),
        dict(key="3c", n=2, A="1120.00", R={M_BF: "1120.00"}, done=2),
        dict(key="3d", n=3, A="821.60", R={M_BF: "538.20"}, done=2),
    ]),
    dict(key="c4", name="政府投资项目", items=[
        dict(key="4a", n=3, A="612.35", R={M_KJ: "612.35"}, done=3),
        dict(key="4b", n=2, A="2586.00", R={M_GF: "1860.00"}, done=1, old=("0.00", 0)),
        dict(key="4c", n=3, A="929.25", R={M_BF: "929.25"}, done=3),
    ]),
    dict(key="c5", name="国有企业", items=[
        dict(key="5a", n=2, A="1684.00", R={M_QK: "1106.00"}, done=1, old=("485.00", 0)),
        dict(key="5b", n=1, A="500.00", R={M_GH: "500.00"}, done=1),
        dict(key="5c", n=2, A="181.40", R={M_GF: "181.40"}, done=2),
    ]),
]
INST_COUNTY, INST_UNIT = 7, 16          # 制定完善制度
ACCOUNTABLE, CLUES = 12, 3              # 追责问责人数, 移送线索
CHECK_DOCS, URGE_UNITS = 386, 5
STAGED = ["1b", "3a", "3d", "4b"]       # 需分阶段推进
LASTING = ["2b", "5a"]                  # 历史遗留、需持续整改


def compute():
    v = {"items": {}, "cats": {}}
    tot = dict(n=0, done=0, A=D(0), R=D(0), oldR=D(0), olddone=0)
    meth = {}
    for c in CATS:
        cs = dict(n=0, done=0, A=D(0), R=D(0), oldR=D(0), olddone=0)
        for it in c["items"]:
            R = sum((D(x) for x in it["R"].values()), D(0))
            A = D(it["A"])
            assert R <= A and it["done"] <= it["n"]
            assert (it["n"] - it["done"] == 1) == (R < A)
            oldR, olddone = (D(it["old"][0]), it["old"][1]) if "old" in it else (R, it["done"])
            for m, x in it["R"].items():
                meth[m] = meth.get(m, D(0)) + D(x)
            v["items"][it["key"]] = dict(n=it["n"], done=it["done"], ip=it["n"] - it["done"], A=A, R=R, U=A - R,
                                         oldR=oldR, olddone=olddone, rate=pct(R, A))
            cs["n"] += it["n"]; cs["done"] += it["done"]; cs["A"] += A; cs["R"] += R
            cs["oldR"] += oldR; cs["olddone"] += olddone
        cs["ip"] = cs["n"] - cs["done"]
        cs["oldip"] = cs["n"] - cs["olddone"]
        cs["rate"] = pct(cs["R"], cs["A"])
        cs["oldrate"] = pct(cs["oldR"], cs["A"])
        v["cats"][c["key"]] = cs
        for k in ("n", "done", "A", "R", "oldR", "olddone"):
            tot[k] += cs[k]
    tot["ip"] = tot["n"] - tot["done"]
    tot["oldip"] = tot["n"] - tot["olddone"]
    tot["rate"] = pct(tot["R"], tot["A"])
    tot["oldrate"] = pct(tot["oldR"], tot["A"])
    tot["cntrate"] = pct(tot["done"], tot["n"])
    tot["U"] = tot["A"] - tot["R"]
    v["tot"] = tot
    v["meth"] = meth
    v["zhuihui"] = meth[M_SJ] + meth[M_GH] + meth[M_KJ]
    v["zhuihui_old"] = v["zhuihui"] + meth[M_QK]
    v["other"] = meth[M_BF] + meth[M_QK] + meth[M_GF]
    v["staged_U"] = sum((v["items"][k]["U"] for k in STAGED), D(0))
    v["lasting_U"] = sum((v["items"][k]["U"] for k in LASTING), D(0))
    return v


def build():
    v = compute()
    I, C, T, M = v["items"], v["cats"], v["tot"], v["meth"]
    led = Ledger(NAME)
    F = fmt
    B = []

    def item_head(k):
        return "（问题%d个，金额%s万元）" % (I[k]["n"], F(I[k]["A"]))

    # ------------------------------------------------------------ front
    B.append(("title", "沅岑县人民政府关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告"))
    B.append(("subtitle", "——2024年12月19日在沅岑县第十八届人民代表大会常务委员会第二十四次会议上"))
    B.append(("speaker", "沅岑县审计局局长　覃立峰"))
    B.append(("p", "主任、各位副主任、各位委员："))
    B.append(("p", "我受县人民政府委托，向县人大常委会报告2023年度县级预算执行和其他财政收支审计查出问题的整改情况，请予审议。"))
    B.append(("p", "2024年8月27日，县十八届人大常委会第二十一次会议听取和审议了《沅岑县人民政府关于2023年度县级预算执行"
                   "和其他财政收支的审计工作报告》（以下简称审计工作报告），要求有关部门和单位认真落实整改主体责任，"
                   "做好审计查出问题整改“下半篇文章”。县人民政府高度重视，先后召开县政府常务会议和审计整改专题推进会，"
                   "逐项研究部署整改工作。现将有关情况报告如下："))

    B.append(("h1", "一、审计查出问题整改工作推进情况"))
    B.append(("p", "（一）压实整改责任。县人民政府将审计查出问题整改情况纳入对各部门和乡镇的年度绩效考核，"
                   "县政府主要负责同志对涉及金额较大、整改难度较高的问题亲自督办；被审计单位主要负责人切实履行整改"
                   "第一责任人职责，按照问题清单、任务清单、责任清单逐项落实。"))
    p_tz = "县审计局对审计工作报告反映的%d个问题逐一建立整改台账" % T["n"]
    B.append(("p", "（二）健全整改机制。" + p_tz + "，实行“对账销号”管理，整改一个、核查一个、销号一个；县财政局、"
                   "县国资中心等主管部门加强行业督导，推动审计监督与人大监督、纪检监察监督、财会监督贯通协同。"))
    p_jc = "实地核查整改佐证资料%d份，对整改进度滞后的%d个单位下发了督促整改通知" % (CHECK_DOCS, URGE_UNITS)
    B.append(("p", "（三）强化督促检查。县审计局会同县政府督查室对整改情况开展了两轮跟踪检查，" + p_jc +
                   "。对虚假整改、敷衍整改的，依规依纪依法严肃处理。"))

    # ------------------------------------------------------------ 总体情况
    B.append(("h1", "二、审计查出问题整改总体情况"))
    s_overall_head = ("审计工作报告反映了县级财政管理、部门预算执行、重点专项资金、政府投资项目和国有企业5个方面共%d个问题，"
                      "涉及问题金额%s万元。" % (T["n"], F(T["A"])))
    seg_overall = [
        ("n", s_overall_head + "截至2024年"), ("del", "9月30日"), ("ins", "10月31日"),
        ("n", "，已完成整改"), ("del", "%d" % T["olddone"]), ("ins", "%d" % T["done"]),
        ("n", "个，正在整改"), ("del", "%d" % T["oldip"]), ("ins", "%d" % T["ip"]), ("n", "个；"),
        ("del", "已整改到位金额%s万元，整改率%s%%。" % (F(T["oldR"]), T["oldrate"])),
        ("ins", "整改到位金额%s万元，按金额计算的整改率为%s%%；按问题个数计算，整改完成率为%s%%。"
         % (F(T["R"]), T["rate"], T["cntrate"])),
    ]
    B.append(("p", seg_overall))
    ov = final(seg_overall)
    ov_naive = naive(seg_overall)

    s_zh = ("从整改方式看，通过上缴国库%s万元、归还原资金渠道%s万元、扣减工程价款%s万元，共追回资金"
            % (F(M[M_SJ]), F(M[M_GH]), F(M[M_KJ])))
    s_oth = ("；通过拨付资金及加快支出%s万元、督促收回欠款%s万元、调账处理及完善手续%s万元等方式整改到位%s万元。"
             % (F(M[M_BF]), F(M[M_QK]), F(M[M_GF]), F(v["other"])))
    s_zd = ("有关部门和单位制定完善制度%d项，其中县级层面%d项、部门和单位层面%d项；追责问责%d人，"
            "向县纪委监委移送问题线索%d件。" % (INST_COUNTY + INST_UNIT, INST_COUNTY, INST_UNIT, ACCOUNTABLE, CLUES))
    seg_way = [("n", s_zh),
               ("del", "%s万元（含县城投集团收回应收账款%s万元）" % (F(v["zhuihui_old"]), F(M[M_QK]))),
               ("ins", "%s万元" % F(v["zhuihui"])),
               ("n", s_oth + s_zd)]
    B.append(("p", seg_way))
    way = final(seg_way)
    way_naive = naive(seg_way)
    B.append(("p", "各方面问题整改情况见表1。"))

    # ------------------------------------------------------------ table 1
    hdr = ["序号", "问题类别", "问题个数", "已完成整改", "正在整改", "问题金额", "整改到位金额", "整改率（%）"]

    def tc(new, old):
        return [("n", new)] if new == old else [("del", old), ("ins", new)]

    rows = []
    for i, c in enumerate(CATS, 1):
        cs = C[c["key"]]
        rows.append([str(i), c["name"], str(cs["n"]),
                     tc(str(cs["done"]), str(cs["olddone"])), tc(str(cs["ip"]), str(cs["oldip"])),
                     F(cs["A"]), tc(F(cs["R"]), F(cs["oldR"])), tc(str(cs["rate"]), str(cs["oldrate"]))])
    rows.append(["", "合计", str(T["n"]), tc(str(T["done"]), str(T["olddone"])), tc(str(T["ip"]), str(T["oldip"])),
                 F(T["A"]), tc(F(T["R"]), F(T["oldR"])), tc(str(T["rate"]), str(T["oldrate"]))])
    B.append(("caption", [("n", "表1　2023年度审计查出问题整改情况汇总表（截至2024年"), ("del", "9月30日"),
                          ("ins", "10月31日"), ("n", "）")]))
    B.append(("unit", "单位：个、万元"))
    B.append(("table", {"header": hdr, "rows": rows, "widths": [0.9, 2.6, 1.4, 1.6, 1.4, 2.0, 2.2, 1.8]}))
    row_anchor = {}
    for r in rows:
        row_anchor[final(r[1])] = "\n".join(final(x) for x in r)
    B.append(("p", "注：问题个数和问题金额以审计工作报告为准；正在整改的问题中已部分整改到位的金额计入整改到位金额。"))

    # ------------------------------------------------------------ 三、具体情况
    B.append(("h1", "三、审计查出问题的具体整改情况"))
    cat_sent = {}

    def cat_summary(ck):
        cs = C[ck]
        s_a = "该方面反映问题%d个、问题金额%s万元，" % (cs["n"], F(cs["A"]))
        if cs["done"] == cs["olddone"] and cs["R"] == cs["oldR"]:
            seg = [("n", s_a + "已完成整改%d个，正在整改%d个，整改到位金额%s万元，整改率%s%%。"
                    % (cs["done"], cs["ip"], F(cs["R"]), cs["rate"]))]
        else:
            seg = [("n", s_a + "已完成整改"), ("del", str(cs["olddone"])), ("ins", str(cs["done"])),
                   ("n", "个，正在整改"), ("del", str(cs["oldip"])), ("ins", str(cs["ip"])),
                   ("n", "个，整改到位金额"), ("del", F(cs["oldR"])), ("ins", F(cs["R"])),
                   ("n", "万元，整改率"), ("del", str(cs["oldrate"])), ("ins", str(cs["rate"])), ("n", "%。")]
        cat_sent[ck] = final(seg)
        return seg

    txt = {}
    # (一)
    B.append(("h2", "（一）县级财政管理方面"))
    B.append(("p", cat_summary("c1")))
    txt["1a"] = ("1．非税收入未及时缴库问题" + item_head("1a") + "。审计发现，县自然资源局、县住房和城乡建设局2个单位"
                 "将收取的国有资源有偿使用收入和城市基础设施配套费共计%s万元滞留在单位账户，未及时缴入县级国库。"
                 "整改情况：2个单位已于2024年9月前将上述资金全部缴入国库，该问题已完成整改。" % F(I["1a"]["A"]))
    txt["1b"] = ("2．财政存量资金未及时盘活问题" + item_head("1b") + "。审计发现，县财政局对3个部门结转两年以上的"
                 "项目资金未及时收回统筹。整改情况：县财政局已收回存量资金%s万元，统筹用于义务教育薄弱环节改善等民生项目；"
                 "另有%s万元为在建项目尾款，已督促项目单位加快结算，计划于2025年3月底前支付完毕。已完成整改2个，正在整改1个。"
                 % (F(I["1b"]["R"]), F(I["1b"]["U"])))
    txt["1c"] = ("3．预算编制不够细化问题" + item_head("1c") + "。审计发现，2023年年初预算中有2个部门的项目支出"
                 "共%s万元未细化到具体项目和单位，代编预算比例偏高。整改情况：县财政局在编制2024年预算时已将上述事项"
                 "全部细化，并修订了项目支出预算管理办法，该问题已完成整改。" % F(I["1c"]["A"]))
    txt["1d"] = ("4．国库集中支付管理不规范问题" + item_head("1d") + "。审计发现，部分单位存在以拨代支、"
                 "年底突击拨付资金等情况。整改情况：相关单位已按规定完成调账，资金%s万元已全部按实际支出进度核算，"
                 "该问题已完成整改。" % F(I["1d"]["R"]))
    for k in ("1a", "1b", "1c", "1d"):
        B.append(("p", txt[k]))

    # (二)
    B.append(("h2", "（二）部门预算执行方面"))
    B.append(("p", "审计工作报告反映了县教育局、县卫生健康局等12个部门预算执行中存在的问题。"))
    B.append(("p", cat_summary("c2")))
    txt["2a"] = ("1．超范围、超标准列支问题" + item_head("2a") + "。审计发现，4个部门存在超标准列支差旅费、"
                 "在项目资金中列支日常办公经费等情况。整改情况：相关资金%s万元已全部归还原资金渠道，"
                 "4个问题均已完成整改。" % F(I["2a"]["R"]))
    txt["2b"] = ("2．往来款项长期挂账问题" + item_head("2b") + "。审计发现，3个部门的暂存、暂付款项挂账时间超过3年。"
                 "整改情况：有关部门已将清理出的结余资金%s万元上缴国库，调账核销%s万元，合计清理%s万元；"
                 "剩余%s万元因债务单位已注销，正在依法清理。已完成整改2个，正在整改1个。"
                 % (F(v["items"]["2b"]["R"] - D(CATS[1]["items"][1]["R"][M_GF])), F(CATS[1]["items"][1]["R"][M_GF]),
                    F(I["2b"]["R"]), F(I["2b"]["U"])))
    txt["2c"] = ("3．政府采购不规范问题" + item_head("2c") + "。审计发现，4个部门存在化整为零规避政府采购、"
                 "未按合同约定验收等问题。整改情况：相关部门已补办采购备案手续并完成履约验收，涉及金额%s万元，"
                 "该问题已完成整改。" % F(I["2c"]["R"]))
    txt["2d"] = ("4．资产管理不规范问题" + item_head("2d") + "。审计发现，3个部门购置的设备未及时登记入账。"
                 "整改情况：上述资产%s万元已全部补登固定资产账，该问题已完成整改。" % F(I["2d"]["R"]))
    for k in ("2a", "2b", "2c", "2d"):
        B.append(("p", txt[k]))

    # (三)
    B.append(("h2", "（三）重点专项资金方面"))
    B.append(("p", cat_summary("c3")))
    i3a = I["3a"]
    seg3a = [("n", "1．衔接推进乡村振兴补助资金形成的资产未确权移交问题" + item_head("3a") +
              "。审计发现，3个乡镇使用衔接资金建设的产业项目完工后，未及时办理资产确权和移交手续，部分资产闲置。"
              "整改情况："),
             ("del", "已完成1个问题涉及资产的确权移交，涉及金额%s万元；剩余%s万元资产正在办理移交。"
              % (F(i3a["oldR"]), F(i3a["A"] - i3a["oldR"]))),
             ("ins", "已完成2个问题涉及资产的确权移交，涉及金额%s万元；剩余%s万元为1个冷链仓储项目的资产，"
                     "因承接主体变更，计划于2025年4月底前完成移交。" % (F(i3a["R"]), F(i3a["U"])))]
    txt["3a"] = final(seg3a)
    txt["3b"] = ("2．养老服务补贴发放不规范问题" + item_head("3b") + "。审计发现，3个乡镇向已死亡或不符合条件的人员"
                 "发放高龄津贴和养老服务补贴。整改情况：县民政局已追回违规发放的补贴%s万元并归还原资金渠道，"
                 "同时建立了与公安、卫健部门的数据比对机制，该问题已完成整改。" % F(I["3b"]["R"]))
    txt["3c"] = ("3．教育专项资金滞留问题" + item_head("3c") + "。审计发现，县教育局将上级下达的学前教育发展资金和"
                 "义务教育薄弱环节改善资金共%s万元滞留在本级，未及时拨付到学校。整改情况：上述资金已于2024年7月全部"
                 "拨付到位，该问题已完成整改。" % F(I["3c"]["A"]))
    txt["3d"] = ("4．高标准农田建设项目进度滞后问题" + item_head("3d") + "。审计发现，3个高标准农田建设项目未按期完工，"
                 "资金支付进度缓慢。整改情况：2个项目已完工验收并支付工程款%s万元；另1个项目受汛期影响，"
                 "尚余%s万元未支付，计划于2025年春耕前完工。已完成整改2个，正在整改1个。"
                 % (F(I["3d"]["R"]), F(I["3d"]["U"])))
    B.append(("p", seg3a))
    for k in ("3b", "3c", "3d"):
        B.append(("p", txt[k]))

    # (四)
    B.append(("h2", "（四）政府投资项目方面"))
    B.append(("p", cat_summary("c4")))
    txt["4a"] = ("1．多计工程价款问题" + item_head("4a") + "。审计发现，3个项目存在工程量计算错误、重复计价等问题。"
                 "整改情况：建设单位已在结算中扣减工程价款%s万元，3个问题均已完成整改。" % F(I["4a"]["R"]))
    i4b = I["4b"]
    seg4b = [("n", "2．未批先建问题" + item_head("4b") + "。审计发现，2个项目在用地、规划手续不全的情况下开工建设。"
              "整改情况："),
             ("del", "目前2个项目均在补办用地、规划等手续。"),
             ("ins", "已补办1个项目的用地和规划手续，涉及金额%s万元；另1个项目涉及%s万元，因需调整规划，"
                     "正在办理中。" % (F(i4b["R"]), F(i4b["U"])))]
    txt["4b"] = final(seg4b)
    txt["4c"] = ("3．拖欠工程款问题" + item_head("4c") + "。审计发现，3个已完工项目拖欠施工企业工程款。"
                 "整改情况：项目单位已筹措资金支付拖欠款%s万元，3个问题均已完成整改。" % F(I["4c"]["R"]))
    B.append(("p", txt["4a"]))
    B.append(("p", seg4b))
    B.append(("p", txt["4c"]))

    # (五)
    B.append(("h2", "（五）国有企业方面"))
    B.append(("p", cat_summary("c5")))
    i5a = I["5a"]
    seg5a = [("n", "1．应收账款催收不力问题" + item_head("5a") + "。审计发现，县城投集团对2户单位的应收账款长期未催收。"
              "整改情况："),
             ("del", "县城投集团已收回应收账款%s万元，其余款项正在催收。" % F(i5a["oldR"])),
             ("ins", "县城投集团已收回应收账款%s万元，其中1户已全部结清；对另1户尚欠的%s万元已提起诉讼，"
                     "正在持续追收。" % (F(i5a["R"]), F(i5a["U"])))]
    txt["5a"] = final(seg5a)
    txt["5b"] = ("2．违规出借资金问题" + item_head("5b") + "。审计发现，县城投集团下属公司未经决策程序向民营企业出借资金。"
                 "整改情况：出借资金%s万元已全部收回，对相关责任人进行了问责，该问题已完成整改。" % F(I["5b"]["R"]))
    txt["5c"] = ("3．“三重一大”决策制度执行不到位问题" + item_head("5c") + "。审计发现，2个企业的部分大额资金支出"
                 "未经集体决策。整改情况：相关企业已修订“三重一大”决策制度实施办法，补充履行决策程序，涉及金额%s万元，"
                 "该问题已完成整改。" % F(I["5c"]["R"]))
    B.append(("p", seg5a))
    B.append(("p", txt["5b"]))
    B.append(("p", txt["5c"]))

    # ------------------------------------------------------------ 四、尚未完成
    B.append(("h1", "四、尚未完成整改的问题及原因"))
    s_un = ("截至2024年10月31日，正在整改的%d个问题未整改到位金额%s万元。" % (T["ip"], F(T["U"])))
    s_st = ("一是受项目建设周期、承接主体变更等客观条件限制，需要分阶段推进的%d个，未整改到位金额%s万元；"
            % (len(STAGED), F(v["staged_U"])))
    s_ls = ("二是涉及历史遗留问题、需要持续整改的%d个，未整改到位金额%s万元。" % (len(LASTING), F(v["lasting_U"])))
    B.append(("p", s_un + "从原因看，" + s_st + s_ls))
    B.append(("p", "对上述问题，有关部门和单位均已制定整改计划，明确了责任人和整改时限。县审计局将持续跟踪，"
                   "整改一个、销号一个，确保按期整改到位。"))

    # ------------------------------------------------------------ 五、下一步
    B.append(("h1", "五、下一步工作安排"))
    B.append(("p", "（一）持续推进后续整改。对正在整改的问题，实行清单化管理、挂图作战，督促有关部门和单位按照整改计划"
                   "推进落实；对分阶段整改的问题，逐项明确阶段性目标，防止整改“拖”“等”。"))
    B.append(("p", "（二）深化审计成果运用。把审计整改结果作为考核、奖惩的重要依据，对屡审屡犯问题深入剖析原因，"
                   "推动有关主管部门从制度层面堵塞漏洞，做到“治已病、防未病”。"))
    B.append(("p", "（三）强化贯通协同。进一步完善审计监督与人大监督、纪检监察监督、财会监督等的贯通协作机制，"
                   "对整改不力、敷衍整改的严肃追责问责。"))
    B.append(("p", "县人民政府将于2025年6月底前向县人大常委会书面报告上述问题的后续整改情况。"))
    B.append(("p", "主任、各位副主任、各位委员，我们将自觉接受县人大及其常委会的监督，持续抓好审计查出问题整改，"
                   "为推动沅岑县经济社会高质量发展提供有力保障。"))

    # ================================================================ ledger
    led.fact("report_date", "2024-12-19")
    led.fact("audited_year", 2023)
    led.fact("cutoff", "2024-10-31")
    led.fact("problems_total", T["n"])
    led.fact("problem_amount_total", F(T["A"]))
    led.fact("rectified_amount_total", F(T["R"]))
    for c in CATS:
        cs = C[c["key"]]
        ra = row_anchor[c["name"]]
        sent = cat_sent[c["key"]]
        parts_n = [str(I[it["key"]]["n"]) for it in c["items"]]
        parts_A = [F(I[it["key"]]["A"]) for it in c["items"]]
        parts_R = [F(I[it["key"]]["R"]) for it in c["items"]]
        parts_d = [str(I[it["key"]]["done"]) for it in c["items"]]
        item_anchors = [txt[it["key"]] for it in c["items"]]
        led.sum("%s problems = items" % c["name"], str(cs["n"]), parts_n, [sent] + [item_head(it["key"]) for it in c["items"]])
        led.sum("%s 问题金额 = items" % c["name"], F(cs["A"]), parts_A, [sent] + [item_head(it["key"]) for it in c["items"]])
        led.sum("%s 整改到位 = items" % c["name"], F(cs["R"]), parts_R, [sent])
        led.sum("%s 已完成 = items" % c["name"], str(cs["done"]), parts_d, [sent])
        led.lin("%s 正在整改 = 问题 - 已完成" % c["name"], str(cs["ip"]), [(1, str(cs["n"])), (-1, str(cs["done"]))], [sent])
        led.ratio("%s 整改率" % c["name"], str(cs["rate"]), F(cs["R"]), F(cs["A"]), [sent])
        for x in (str(cs["n"]), str(cs["done"]), str(cs["ip"]), F(cs["A"]), F(cs["R"]), str(cs["rate"])):
            led.cond("%s table row restates %s" % (c["name"], x), ("\n" + x) in ra, x, [x], [ra, sent])
        for it in c["items"]:
            k = it["key"]
            ii = I[k]
            led.leq("%s 整改到位 <= 问题金额" % k, F(ii["R"]), F(ii["A"]), [item_head(k)])
            if ii["U"] > 0:
                led.lin("%s 未到位 = 问题金额 - 到位" % k, F(ii["U"]), [(1, F(ii["A"])), (-1, F(ii["R"]))],
                        [txt[k], item_head(k)])
            led.anchor("%s text" % k, txt[k])
    # 2b split
    led.sum("2b 清理 = 上缴 + 调账", F(I["2b"]["R"]),
            [fmt(D(CATS[1]["items"][1]["R"][M_SJ])), fmt(D(CATS[1]["items"][1]["R"][M_GF]))], [txt["2b"]])

    ta = row_anchor["合计"]
    cats_rows = [row_anchor[c["name"]] for c in CATS]
    led.sum("total problems", str(T["n"]), [str(C[c["key"]]["n"]) for c in CATS], [ta, s_overall_head, p_tz] + cats_rows)
    led.sum("total 已完成", str(T["done"]), [str(C[c["key"]]["done"]) for c in CATS], [ta, ov])
    led.sum("total 正在整改", str(T["ip"]), [str(C[c["key"]]["ip"]) for c in CATS], [ta, ov])
    led.lin("已完成 + 正在整改 = 问题", str(T["n"]), [(1, str(T["done"])), (1, str(T["ip"]))], [ov])
    led.sum("total 问题金额", F(T["A"]), [F(C[c["key"]]["A"]) for c in CATS], [ta, s_overall_head])
    led.sum("total 整改到位", F(T["R"]), [F(C[c["key"]]["R"]) for c in CATS], [ta, ov])
    led.ratio("total 整改率 by amount", str(T["rate"]), F(T["R"]), F(T["A"]), [ta, ov])
    led.ratio("total 整改完成率 by count", str(T["cntrate"]), str(T["done"]), str(T["n"]), [ov])
    for x in (F(T["A"]), F(T["R"]), str(T["rate"]), str(T["done"]), str(T["ip"])):
        led.cond("合计 row restates %s" % x, ("\n" + x) in ta, x, [x], [ta])
    led.sum("追回资金 = 上缴 + 归还 + 扣减", F(v["zhuihui"]), [F(M[M_SJ]), F(M[M_GH]), F(M[M_KJ])], [way])
    led.sum("其他方式 = 拨付 + 收回欠款 + 调账", F(v["other"]), [F(M[M_BF]), F(M[M_QK]), F(M[M_GF])], [way])
    led.sum("追回 + 其他方式 = 整改到位", F(T["R"]), [F(v["zhuihui"]), F(v["other"])], [way, ov])
    allR = []
    for c in CATS:
        for it in c["items"]:
            for m, x in it["R"].items():
                allR.append((m, fmt(D(x))))
    for m in M:
        led.sum("method %s = item amounts" % m, F(M[m]), [x for mm, x in allR if mm == m], [way])
    led.sum("制度 = 县级 + 部门", str(INST_COUNTY + INST_UNIT), [str(INST_COUNTY), str(INST_UNIT)], [s_zd])
    led.lin("未整改到位 = 问题金额 - 整改到位", F(T["U"]), [(1, F(T["A"])), (-1, F(T["R"]))], [s_un, ta])
    led.sum("未整改到位 = 分阶段 + 持续", F(T["U"]), [F(v["staged_U"]), F(v["lasting_U"])], [s_un, s_st, s_ls])
    led.sum("正在整改 = 分阶段 + 持续 (counts)", str(T["ip"]), [str(len(STAGED)), str(len(LASTING))], [s_un, s_st, s_ls])
    led.sum("分阶段 未到位 = items", F(v["staged_U"]), [F(I[k]["U"]) for k in STAGED], [s_st])
    led.sum("持续 未到位 = items", F(v["lasting_U"]), [F(I[k]["U"]) for k in LASTING], [s_ls])
    led.anchor("督促整改 counts", p_jc)
    # dates
    led.date_after("report dated after the audited year 2023 ends", "2024年12月19日", REPORT_DATE, (2023, 12, 31),
                   ["——2024年12月19日在沅岑县第十八届人民代表大会常务委员会第二十四次会议上"])
    led.date_before("cutoff 2024-10-31 before report date", "截至2024年10月31日", (2024, 10, 31), REPORT_DATE,
                    [s_un])
    led.date_before("人大审议 2024-08-27 before cutoff", "2024年8月27日", (2024, 8, 27), (2024, 10, 31),
                    ["2024年8月27日，县十八届人大常委会第二十一次会议"])

    # ---------------------------------------------------------- tracked-change hazards
    hz = []
    hz.append(("deleted cutoff 9月30日 vs final 10月31日", "9月30日"))
    hz.append(("deleted old 已完成 %d / 正在整改 %d" % (T["olddone"], T["oldip"]), "已完成整改%d%d个" % (T["olddone"], T["done"])))
    hz.append(("deleted old 整改到位 %s" % F(T["oldR"]), F(T["oldR"])))
    hz.append(("deleted old 追回 %s" % F(v["zhuihui_old"]), F(v["zhuihui_old"])))
    led.fact("tracked_hazards", [h[0] for h in hz])
    led.cond("old draft counts add to total (deleted text self-consistent)",
             T["olddone"] + T["oldip"] == T["n"], "%d + %d = %d" % (T["olddone"], T["oldip"], T["n"]))
    led.cond("mixing deleted 已完成 with inserted 正在整改 breaks the sum",
             T["olddone"] + T["ip"] != T["n"], "%d + %d != %d" % (T["olddone"], T["ip"], T["n"]))
    led.cond("deleted 整改到位 would not match final table sum", T["oldR"] != T["R"],
             "%s != %s" % (F(T["oldR"]), F(T["R"])))
    led.cond("deleted 追回 (incl. 应收账款) would break 追回 + 其他 = 整改到位",
             v["zhuihui_old"] + v["other"] != T["R"], F(v["zhuihui_old"] + v["other"]))
    return B, led, dict(overall=ov, overall_naive=ov_naive, way=way, way_naive=way_naive, hazards=hz, v=v)


# ====================================================================== render
def render(B, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = docx.Document()
    set_docx_core(doc, "沅岑县2023年度审计查出问题整改情况的报告", "沅岑县审计局")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    # switch on Track Changes in settings (before w:defaultTabStop as the schema requires)
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    dts = settings.find(qn("w:defaultTabStop"))
    if dts is not None:
        dts.addprevious(tr)
    else:
        settings.append(tr)

    rev = [0]

    def font(run, face=None, size=None, bold=False):
        rpr = run._r.get_or_add_rPr()
        if face:
            rf = OxmlElement("w:rFonts")
            rf.set(qn("w:ascii"), face)
            rf.set(qn("w:hAnsi"), face)
            rf.set(qn("w:eastAsia"), face)
            rpr.insert(0, rf)
        if size:
            run.font.size = Pt(size)
        if bold:
            run.font.bold = True

    def add_segs(par, segs, face=None, size=None):
        for kind, text in segs_of(segs):
            if kind == "n":
                font(par.add_run(text), face, size)
                continue
            rev[0] += 1
            wrap = OxmlElement("w:" + kind)
            wrap.set(qn("w:id"), str(rev[0]))
            wrap.set(qn("w:author"), AUTHOR)
            wrap.set(qn("w:date"), REV_DATE)
            r = OxmlElement("w:r")
            if face or size:
                rpr = OxmlElement("w:rPr")
                if face:
                    rf = OxmlElement("w:rFonts")
                    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
                        rf.set(qn(a), face)
                    rpr.append(rf)
                if size:
                    for tag in ("w:sz", "w:szCs"):
                        sz = OxmlElement(tag)
                        sz.set(qn("w:val"), str(int(size * 2)))
                        rpr.append(sz)
                r.append(rpr)
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            wrap.append(r)
            par._p.append(wrap)

    for kind, content in B:
        if kind == "table":
            hdr, rows, widths = content["header"], content["rows"], content["widths"]
            t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                cell = t.rows[0].cells[j]
                cell.width = Cm(widths[j])
                par = cell.paragraphs[0]
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                font(par.add_run(h), "黑体", 10.5)
            for i, r in enumerate(rows, 1):
                for j, val in enumerate(r):
                    cell = t.rows[i].cells[j]
                    cell.width = Cm(widths[j])
                    par = cell.paragraphs[0]
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if j >= 2 else WD_ALIGN_PARAGRAPH.CENTER
                    add_segs(par, val, None, 10.5)
            continue
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        if kind == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_segs(par, content, "方正小标宋简体", 22)
        elif kind == "subtitle":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_segs(par, content, "楷体_GB2312", 16)
        elif kind == "speaker":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_segs(par, content, "楷体_GB2312", 16)
        elif kind == "h1":
            pf.first_line_indent = Pt(32)
            add_segs(par, content, "黑体", 16)
        elif kind == "h2":
            pf.first_line_indent = Pt(32)
            add_segs(par, content, "楷体_GB2312", 16)
        elif kind == "caption":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_segs(par, content, "黑体", 14)
        elif kind == "unit":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_segs(par, content, None, 12)
        else:
            pf.first_line_indent = Pt(32)
            add_segs(par, content)
    doc.save(path)
    normalize_docx(path)


def visible(path):
    return docx_text(path, final=True)


def main():
    B, led, extra = build()
    path = os.path.join(OUT, NAME + ".docx")
    render(B, path)
    text = visible(path)
    raw = docx_text(path, final=False)
    # structural checks on the tracked changes
    import zipfile
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        sett = z.read("word/settings.xml").decode("utf-8")
    n_ins, n_del = xml.count("<w:ins "), xml.count("<w:del ")
    led.fact("w_ins", n_ins)
    led.fact("w_del", n_del)
    led.cond("document has >= 10 w:ins and >= 10 w:del", n_ins >= 10 and n_del >= 10, "%d/%d" % (n_ins, n_del))
    led.cond("deleted text stored as w:delText", xml.count("<w:delText") == n_del, str(xml.count("<w:delText")))
    led.cond("trackRevisions on", "<w:trackRevisions/>" in sett)
    led.cond("final overall sentence visible", extra["overall"] in text)
    led.cond("naive overall sentence differs and is not visible", extra["overall_naive"] not in text and
             extra["overall_naive"] in raw)
    for desc, s in extra["hazards"]:
        led.cond("hazard only in deleted text: " + desc, s in raw and s not in text, s)
    finish(led, text, "docx-final", os.path.join(OUT, NAME + ".ledger.json"))


if __name__ == "__main__":
    main()
