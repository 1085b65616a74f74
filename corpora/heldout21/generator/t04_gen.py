"""t04 -- 甘肃省陇溱县审计局 2024年度县级预算执行和其他财政收支审计结果公告
.txt as exported from WPS: CRLF, hard line breaks every 36 full-width columns (numbers are never
split, a unit may start the next line, closing punctuation never starts a line), a running page
header and a "第 N 页 共 M 页" footer on every page -- a page can break in the middle of a sentence;
问题金额 given twice (by audit area and by problem type) plus a TAB-separated 附表."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, fmt, fint, pct, chg

NAME = "t04_longqin_budget_execution_audit_results_2024"
TXT = NAME + ".txt"
WIDTH = 36          # full-width columns per line
PAGE_LINES = 30     # body lines per page
HEADER = "陇溱县审计局　　　　　　　　　　　审计结果公告2025年第1号"

# problems: (area, text-key, type, amount)
TYPES = ["违规使用资金", "损失浪费", "管理不规范", "应缴未缴"]


def build():
    L = kit.Ledger(TXT)
    S = {}
    # --------------------------------------------------------- budget base inputs
    inc = [("本级收入", "86452.37"), ("上级补助收入", "312684.52"), ("债务转贷收入", "18500.00"),
           ("调入资金", "12300.00"), ("上年结转", "6864.25")]
    out_ = [("本级支出", "405917.68"), ("上解支出", "4862.10"), ("债务还本支出", "12400.00")]
    inc_total = sum(Dec(v) for _, v in inc)
    carry = inc_total - sum(Dec(v) for _, v in out_)
    out_.append(("结转下年", str(carry)))
    S["inc"] = [(n, fmt(Dec(v))) for n, v in inc]
    S["out"] = [(n, fmt(Dec(v))) for n, v in out_]
    S["inc_total"] = fmt(inc_total)
    L.sum_("一般公共预算收入总计", S["inc_total"], [v for _, v in S["inc"]])
    L.sum_("一般公共预算支出总计", S["inc_total"], [v for _, v in S["out"]])
    own_last, tax = Dec("82316.90"), Dec("61238.45")
    S["own_last"], S["tax"] = fmt(own_last), fmt(tax)
    S["own_g"] = fmt(chg(Dec(inc[0][1]), own_last)) + "%"
    L.yoy("本级收入增长", S["own_g"], S["inc"][0][1], S["own_last"], "增长")
    S["tax_sh"] = fmt(pct(tax, Dec(inc[0][1]))) + "%"
    L.pct("税收占比", S["tax_sh"], S["tax"], S["inc"][0][1])
    spend_last = Dec("391406.75")
    S["spend_last"] = fmt(spend_last)
    S["spend_g"] = fmt(chg(Dec(out_[0][1]), spend_last)) + "%"
    L.yoy("本级支出增长", S["spend_g"], S["out"][0][1], S["spend_last"], "增长")
    ms = Dec("326184.50")
    S["ms"] = fmt(ms)
    S["ms_sh"] = fmt(pct(ms, Dec(out_[0][1]))) + "%"
    L.pct("民生支出占比", S["ms_sh"], S["ms"], S["out"][0][1])
    fund_in, fund_out = Dec("96420.18"), Dec("88615.42")
    S["fund_in"], S["fund_out"], S["fund_carry"] = fmt(fund_in), fmt(fund_out), fmt(fund_in - fund_out)
    L.gap("基金结转", S["fund_carry"], S["fund_in"], S["fund_out"])
    soe = Dec("386.50")
    S["soe"] = fmt(soe)
    # 代编
    init_spend, proxy = Dec("362400.00"), Dec("42615.00")
    S["init_spend"], S["proxy"] = fmt(init_spend), fmt(proxy)
    S["proxy_sh"] = fmt(pct(proxy, init_spend)) + "%"
    L.pct("代编占比", S["proxy_sh"], S["proxy"], S["init_spend"])
    L.truth("代编占比 above 10%", kit.val(S["proxy_sh"]) > 10, S["proxy_sh"])
    # 医保 duplicate insured
    dup, std = 1263, Dec("670")
    S["dup"], S["std"] = fint(dup), fint(std)
    S["dup_amt"] = fmt(dup * std / 10000)
    L.times("重复参保多付补助(万元)", S["dup_amt"], [S["dup"], S["std"]], Dec("0.0001"))

    P = {}  # problem amounts written
    items = [
        ("一", "unpaid", "应缴未缴", "1286.40"),
        ("一", "city_inv", "违规使用资金", "2350.00"),
        ("一", "stale", "管理不规范", "1864.72"),
        ("二", "over", "违规使用资金", "426.85"),
        ("二", "proc", "管理不规范", "318.60"),
        ("二", "car", "违规使用资金", "12.46"),
        ("二", "ar", "管理不规范", "2106.30"),
        ("三", "idle", "管理不规范", "1450.00"),
        ("三", "waste", "损失浪费", "186.40"),
        ("三", "dup", "违规使用资金", S["dup_amt"]),
        ("三", "edu", "违规使用资金", "56.30"),
        ("四", "bond", "管理不规范", "3200.00"),
    ]
    for a, k, t, v in items:
        P[k] = fmt(kit.val(v))
    by_area = {}
    by_type = {}
    for a, k, t, v in items:
        by_area.setdefault(a, []).append(P[k])
        by_type.setdefault(t, []).append(P[k])
    S["area"] = {a: fmt(sum(kit.val(x) for x in xs)) for a, xs in by_area.items()}
    S["type"] = {t: fmt(sum(kit.val(x) for x in by_type[t])) for t in TYPES}
    total = fmt(sum(kit.val(P[k]) for _, k, _, _ in items))
    S["total"] = total
    for a, xs in by_area.items():
        L.sum_("领域 %s 小计" % a, S["area"][a], xs)
    for t in TYPES:
        L.sum_("类型 %s 小计" % t, S["type"][t], by_type[t])
    L.sum_("问题金额 = Σ领域", total, list(S["area"].values()))
    L.sum_("问题金额 = Σ类型", total, [S["type"][t] for t in TYPES])
    fixed = {"违规使用资金": "2786.10", "损失浪费": "62.50", "管理不规范": "7333.32", "应缴未缴": "1286.40"}
    S["fixed"] = {t: fmt(Dec(v)) for t, v in fixed.items()}
    S["fixed_total"] = fmt(sum(Dec(v) for v in fixed.values()))
    L.sum_("已整改合计", S["fixed_total"], [S["fixed"][t] for t in TYPES])
    S["fix_rate"] = fmt(pct(kit.val(S["fixed_total"]), kit.val(total))) + "%"
    L.pct("整改率", S["fix_rate"], S["fixed_total"], total)
    table = []
    shs = []
    for t in TYPES:
        sh = fmt(pct(kit.val(S["type"][t]), kit.val(total))) + "%"
        rt = fmt(pct(kit.val(S["fixed"][t]), kit.val(S["type"][t]))) + "%"
        table.append([t, S["type"][t], sh, S["fixed"][t], rt])
        shs.append(sh)
        L.pct("附表 占比 %s" % t, sh, S["type"][t], total)
        L.pct("附表 整改率 %s" % t, rt, S["fixed"][t], S["type"][t])
        L.le("整改 <= 问题 %s" % t, S["fixed"][t], S["type"][t])
    L.hundred("附表 占比", shs, tol="0.01")
    table.append(["合计", total, "100.00%", S["fixed_total"], S["fix_rate"]])
    S["share_sum"] = fmt(sum(kit.val(x) for x in shs))
    S["table"] = table
    S["not_fixed"] = fmt(kit.val(total) - kit.val(S["fixed_total"]))
    L.gap("未整改", S["not_fixed"], total, S["fixed_total"])
    S["P"] = P
    # counts
    n_dept, n_units = 12, 26
    S["n_dept"], S["n_units"] = n_dept, n_units
    dept_cnt = {"over": 3, "proc": 5, "car": 2, "ar": 4}
    S["dept_cnt"] = dept_cnt
    for k, c in dept_cnt.items():
        L.le("部门数 %s <= 12" % k, str(c), str(n_dept))
    n_sugg, n_done_sugg = 17, 15
    L.le("建议采纳", str(n_done_sugg), str(n_sugg))
    S["rules"], S["clues"], S["acc"] = 14, 3, 9
    S["idle_proj"] = 3
    return S, L


def paragraphs(S, L):
    """content as a list of (kind, text): kind 'p' paragraph, 'h' heading, 'c' centred, 'tab' table row"""
    P = S["P"]
    out = []

    def p(t):
        out.append(("p", t))
        return t

    def h(t):
        out.append(("h", t))

    out.append(("c", "陇溱县2024年度县级预算执行和其他财政收支"))
    out.append(("c", "审计结果公告"))
    out.append(("c", "（2025年9月12日公告）"))
    p("根据《中华人民共和国审计法》规定，陇溱县审计局于2025年3月至5月对2024年度县级预算执行和其他财政收支情况"
      "进行了审计，重点审计了县财政局具体组织县级预算执行情况，延伸审计了%d个部门及其所属%d个单位，并对衔接推进乡村"
      "振兴补助资金、城乡居民基本医疗保险财政补助资金、学生资助资金和地方政府专项债券资金进行了专项审计调查。"
      % (S["n_dept"], S["n_units"]))
    p("审计中，县审计局坚持以习近平新时代中国特色社会主义思想为指导，聚焦财政资金分配、管理和使用的真实性、合法性和"
      "效益性，采取“总体分析、发现疑点、分散核实、系统研究”的数字化审计方式，对县级预算执行、部门预算执行和重点"
      "专项资金进行了全面审计和延伸核查，对发现的问题逐项核实取证，并充分听取了被审计单位的意见。")
    h("一、基本情况")
    a_inc = p("2024年，县级一般公共预算收入总计%s万元，其中：%s。县级一般公共预算支出总计%s万元，其中：%s。收支相抵，"
              "年终实现收支平衡。" % (S["inc_total"], "、".join("%s%s万元" % x for x in S["inc"]), S["inc_total"],
                                 "、".join("%s%s万元" % x for x in S["out"])))
    a_own = p("县级本级收入%s万元，比上年%s万元增长%s，其中税收收入%s万元，占本级收入的%s；本级支出%s万元，比上年"
              "%s万元增长%s，主要用于教育、社会保障和就业、农林水、卫生健康等民生领域。"
              % (S["inc"][0][1], S["own_last"], S["own_g"], S["tax"], S["tax_sh"], S["out"][0][1], S["spend_last"],
                 S["spend_g"]))
    a_ms = p("全年民生支出%s万元，占本级支出的%s，教育、医疗、养老等基本民生支出得到较好保障；“三保”支出全部按时足额"
             "兑现，未发生拖欠工资和保运转支出的情况。" % (S["ms"], S["ms_sh"]))
    a_fund = p("县级政府性基金预算收入%s万元，支出%s万元，结转下年%s万元；国有资本经营预算收入%s万元，已全部调入一般公共"
               "预算统筹使用。" % (S["fund_in"], S["fund_out"], S["fund_carry"], S["soe"]))
    p("审计结果表明，县财政局和各部门单位认真落实县委、县政府决策部署，坚持过紧日子要求，着力保障基本民生和重点支出，"
      "财政运行总体平稳，预算管理水平进一步提升。但审计也发现，预算编制不够精准、部分资金管理使用不规范、专项资金"
      "绩效不高等问题仍然存在。")
    h("二、审计发现的主要问题")
    a_tot = p("本次审计共查出主要问题金额%s万元，其中：%s。按审计领域分，县级财政管理方面%s万元、部门预算执行方面%s万元、"
              "重点专项资金方面%s万元、政府债务管理方面%s万元。"
              % (S["total"], "、".join("%s%s万元" % (t, S["type"][t]) for t in TYPES), S["area"]["一"],
                 S["area"]["二"], S["area"]["三"], S["area"]["四"]))
    h("（一）县级财政管理方面")
    a11 = p("1．非税收入未及时缴入国库。县自然资源局、县水务局等单位收取的国有资源有偿使用收入%s万元，未按规定及时"
            "缴入国库，截至审计时仍滞留在单位账户。" % P["unpaid"])
    a12 = p("2．年初预算代编比例偏高。2024年县级年初一般公共预算支出%s万元中，由县财政局代编的支出%s万元，占%s，"
            "超过不高于10%%的规定比例，部分代编资金至年底仍未细化到具体部门和项目。此项问题属于预算编制不规范，不计入"
            "问题金额。" % (S["init_spend"], S["proxy"], S["proxy_sh"]))
    a13 = p("3．违规向国有企业拨付财政资金。县财政局以“借款”名义将财政资金%s万元拨付县城市建设投资有限公司，用于"
            "偿还该公司经营性债务，违反了财政资金不得用于偿还国有企业债务的规定。" % P["city_inv"])
    a14 = p("4．结转两年以上资金未按规定收回统筹。截至2024年底，县级部门结转两年以上的财政拨款资金%s万元，未按规定"
            "收回总预算统筹使用。" % P["stale"])
    L.truth("领域一 = 3 items", True, "")
    h("（二）部门预算执行方面")
    a21 = p("1．无预算、超预算支出。%d个部门无预算或超预算列支办公设备购置、会议费等支出%s万元。" % (S["dept_cnt"]["over"], P["over"]))
    a22 = p("2．未按规定执行政府采购。%d个部门将应当实行政府采购的物业服务、信息系统运维等项目化整为零直接采购，"
            "涉及金额%s万元。" % (S["dept_cnt"]["proc"], P["proc"]))
    a23 = p("3．重复报销市内交通费用。%d个部门在已发放公务交通补贴的情况下，仍报销工作人员市内交通费用，涉及金额%s万元。"
            % (S["dept_cnt"]["car"], P["car"]))
    a24 = p("4．往来款项长期挂账。%d个部门其他应收款、其他应付款中3年以上未清理的往来款项%s万元，长期挂账未及时清理。"
            % (S["dept_cnt"]["ar"], P["ar"]))
    a2s = p("以上部门预算执行方面问题金额合计%s万元。" % S["area"]["二"])
    h("（三）重点专项资金方面")
    a31 = p("1．衔接推进乡村振兴补助资金闲置。%d个村级产业项目因选址变更、手续不全等原因未能按期开工，下达的补助资金"
            "%s万元闲置一年以上；另有2个已建成的扶贫车间长期闲置，形成损失浪费%s万元。"
            % (S["idle_proj"], P["idle"], P["waste"]))
    a32 = p("2．城乡居民基本医疗保险重复参保。通过大数据比对发现，%s人在城乡居民医保和职工医保重复参保，按2024年城乡"
            "居民医保人均财政补助标准%s元计算，多安排财政补助资金%s万元。" % (S["dup"], S["std"], P["dup"]))
    a33 = p("3．挤占学生资助资金。县教育局从学生资助资金中列支学校日常办公经费%s万元。" % P["edu"])
    h("（四）政府债务管理方面")
    a41 = p("专项债券资金闲置。2023年发行的县城污水处理厂扩建项目专项债券资金%s万元，因项目前期工作不充分，截至2024年底"
            "仍未支出，闲置时间超过一年，增加了利息负担。" % P["bond"])
    h("三、审计处理及整改情况")
    a_fix = p("对审计发现的问题，县审计局已依法出具审计报告、下达审计决定，要求有关部门单位予以纠正，并提出审计建议17条，"
              "已采纳15条。截至2025年8月31日，已整改问题金额%s万元，整改率%s，尚未整改%s万元；有关部门单位已制定完善"
              "制度%d项，审计移送问题线索%d件，已追责问责%d人。各类问题的金额及整改情况见附表。"
              % (S["fixed_total"], S["fix_rate"], S["not_fixed"], S["rules"], S["clues"], S["acc"]))
    a_fix2 = p("分类型看，应缴未缴的%s万元非税收入已全部缴入国库；违规使用资金已整改%s万元，其中违规拨付县城市建设投资"
               "有限公司的资金已全部收回；管理不规范问题已整改%s万元；损失浪费问题已整改%s万元，相关责任人已被追责问责。"
               % (S["fixed"]["应缴未缴"], S["fixed"]["违规使用资金"], S["fixed"]["管理不规范"], S["fixed"]["损失浪费"]))
    L.eq("应缴未缴 fully fixed", S["fixed"]["应缴未缴"], S["type"]["应缴未缴"], [a_fix2])
    L.le("city_inv fully recovered within 违规使用 fixed", P["city_inv"], S["fixed"]["违规使用资金"])
    p("尚未整改到位的问题主要是乡村振兴补助资金闲置、往来款长期挂账和专项债券资金闲置等问题，整改涉及项目调整、"
      "债权债务清理等，需要一定时间，有关部门单位已制定整改计划，明确了整改时限。县审计局将持续跟踪督促整改，整改"
      "结果由有关部门单位自行公告。")
    p("对审计移送的%d件问题线索，有关部门正在依纪依法查处。县人民政府已将审计查出问题的整改情况纳入年度目标责任考核，"
      "对整改不力、敷衍整改、虚假整改的，将依规依纪依法严肃追责问责。" % S["clues"])
    h("四、审计建议")
    p("（一）提高预算编制的精准性。严格控制年初代编预算规模，代编资金要在年初预算批复后及时细化落实到具体部门和项目；"
      "加大结转结余资金统筹力度，对结转两年以上的资金一律收回统筹使用。")
    p("（二）严格财政资金管理。严禁违规向融资平台公司拨付财政资金，加强非税收入征缴管理，确保应缴尽缴、及时入库；"
      "督促各部门严格执行政府采购和公务支出相关规定，加快清理长期挂账的往来款项。")
    p("（三）提升专项资金使用绩效。加强项目前期论证和储备，做到资金等项目而不是项目等资金；建立部门间数据共享机制，"
      "定期开展参保信息比对，杜绝重复参保；强化学生资助资金专款专用管理。")
    p("（四）防范化解政府债务风险。加快专项债券项目建设进度，对确实无法实施的项目及时按程序调整债券资金用途，提高"
      "债券资金使用效益，减少资金闲置带来的利息损失。")
    p("（五）强化审计整改和结果运用。各部门单位主要负责人要切实履行整改第一责任人职责，建立问题清单、任务清单和"
      "责任清单，逐项对账销号；财政部门要将审计结果作为安排部门预算和调整支出结构的重要依据，推动审计整改与完善"
      "制度、堵塞漏洞相结合，从源头上防止同类问题反复发生。")
    p("本公告所称问题金额，是指审计查出的违规使用资金、损失浪费、管理不规范和应缴未缴等问题涉及的资金数额，同一笔"
      "资金涉及多个问题的只计算一次；预算编制不规范等不直接涉及资金收付的问题，不计入问题金额。")
    out.append(("p", "附表：陇溱县2024年度县级预算执行审计查出问题金额及整改情况表（单位：万元）"))
    out.append(("tab", ["问题类型", "问题金额", "占比", "已整改金额", "整改率"]))
    for r in S["table"]:
        out.append(("tab", r))
    if kit.val(S["share_sum"]) == 100:
        p("注：占比为各类问题金额占问题金额合计的比重，整改率为已整改金额占该类问题金额的比重，均四舍五入保留两位小数。")
    else:
        p("注：各类问题金额占比按四舍五入保留两位小数，合计为%s%%，与100%%的差额系尾差。" % S["share_sum"])
    out.append(("sign", "陇溱县审计局"))
    out.append(("sign", "2025年9月12日"))

    # relation anchors on the flat text
    L.shown("收入/支出总计 sentence", a_inc)
    L.shown("本级收入 sentence", a_own, a_fund)
    L.shown("问题金额 sentence", a_tot)
    for s_ in (a11, a12, a13, a14, a21, a22, a23, a24, a2s, a31, a32, a33, a41, a_fix):
        L.shown("problem item", s_)
    L.sum_("prose 问题金额 by type", S["total"], [S["type"][t] for t in TYPES], [a_tot])
    L.sum_("prose 问题金额 by area", S["total"], [S["area"][a] for a in "一二三四"], [a_tot])
    L.order("audit (2025年3月至5月) after FY", (2024, 12, 31), (2025, 3, 1), ["2025年3月至5月"])
    L.order("整改 cut-off before 公告", (2025, 8, 31), (2025, 9, 12), ["截至2025年8月31日"])
    return out


# ---------------------------------------------------------------------- layout

def _tokens(text):
    """Han / full-width chars are single tokens of width 1; runs of ASCII are one token of width len/2"""
    toks = []
    for m in re.finditer(r"[\x21-\x7e]+|.", text):
        s = m.group(0)
        toks.append((s, len(s) / 2 if s.isascii() else 1))
    return toks


NO_START = set("，。、；：？！）》」”’％")


def wrap(text, first_indent=True):
    lines = []
    cur = "　　" if first_indent else ""
    w = 2 if first_indent else 0
    for s, tw in _tokens(text):
        if w + tw > WIDTH and cur.strip() and not (s in NO_START):
            lines.append(cur)
            cur, w = "", 0
        cur += s
        w += tw
    if cur:
        lines.append(cur)
    return lines


def layout(items):
    body = []
    for kind, t in items:
        if kind == "c":
            pad = max(0, int((WIDTH - sum(w for _, w in _tokens(t))) / 2))
            body.append("　" * pad + t)
        elif kind == "h":
            body.extend(wrap(t))
        elif kind == "p":
            body.extend(wrap(t))
        elif kind == "tab":
            body.append("\t".join(t))
        elif kind == "sign":
            pad = WIDTH - int(sum(w for _, w in _tokens(t))) - 2
            body.append("　" * pad + t)
    pages = [body[i:i + PAGE_LINES] for i in range(0, len(body), PAGE_LINES)]
    total = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        out.append(HEADER)
        out.append("")
        out.extend(pg)
        out.append("")
        out.append("                              第 %d 页 共 %d 页" % (n, total))
        out.append("")
    return "\r\n".join(out) + "\r\n", total


FURNITURE = re.compile(r"^(陇溱县审计局　+审计结果公告2025年第1号|\s*第 \d+ 页 共 \d+ 页)$")


def flat(raw):
    """page furniture and blank lines dropped, hard line breaks removed (TAB rows keep a newline)"""
    keep = []
    for ln in raw.split("\r\n"):
        if not ln or FURNITURE.match(ln):
            continue
        keep.append(ln + "\n" if "\t" in ln else ln)
    return "".join(keep)


def build_model():
    S, L = build()
    items = paragraphs(S, L)
    return {"items": items, "S": S}, L


def render(M, path):
    raw, pages = layout(M["items"])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(raw)
    return pages


def main(out_dir=kit.SETDIR, model=None, ledger=True):
    M, L = build_model() if model is None else (model, None)
    path = os.path.join(out_dir, TXT)
    pages = render(M, path)
    if not ledger:
        return path
    raw = kit.read_text_file(path)
    V = {"flat": flat(raw), "raw": raw}
    L.note("pages", pages)
    L.truth("CRLF only", "\n" not in raw.replace("\r\n", ""), "")
    L.truth("page furniture on every page", raw.count("第 ") >= pages and
            all(("第 %d 页 共 %d 页" % (n, pages)) in raw for n in range(1, pages + 1)), str(pages))
    L.truth("at least 3 pages", pages >= 3, str(pages))
    # no number is split by a hard line break: every line break sits between two tokens where
    # not both sides are ASCII digits/separators
    lines = [ln for ln in raw.split("\r\n")]
    bad = [(a, b) for a, b in zip(lines, lines[1:]) if a and b and re.search(r"[0-9.,%]$", a) and re.match(r"^[0-9.,%]", b)]
    L.truth("no number split across lines", not bad, str(bad[:2]))
    # a page break falls inside a paragraph at least once (sentence continues after the header)
    mid = 0
    for i, ln in enumerate(lines):
        if FURNITURE.match(ln) and "页" in ln and i + 4 < len(lines) and lines[i + 4] and \
                not lines[i + 4].startswith("　　"):
            mid += 1
    L.truth("a page break inside a paragraph", mid >= 1, str(mid))
    # table rows read back
    rows = [ln.split("\t") for ln in raw.split("\r\n") if "\t" in ln]
    L.truth("附表 read back", rows[1:] == M["S"]["table"] and rows[0][0] == "问题类型", str(len(rows)))
    for r in M["S"]["table"]:
        L.shown("附表 row", ("raw", "\t".join(r)))
    kit.finish(L, V, "flat", os.path.join(out_dir, NAME + ".ledger.json"), V["flat"])
    return path


if __name__ == "__main__":
    main()
