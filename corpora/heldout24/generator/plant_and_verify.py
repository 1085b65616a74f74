"""Plant 3 contradictions into each of t01 (txt), t03 (html), t05 (docx); write errors/*.expected.json; verify.

Each plant edits one substring that occurs exactly once in the content model (replace_once) or one table cell
(set_cell). Verification re-reads the rendered copy and the clean file and checks, per error:
  * the evidence strings all occur in the copy; the planted string does not occur in the clean text;
  * a relation re-parsed by regular expressions from the visible text holds on the clean file and fails on the copy;
and per copy: the copy differs from the clean text in exactly three places (difflib opcodes on the flat text).
"""
import os, sys, re, json, difflib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jk24 import *
import g01_chenghuai_budget as g01
import g03_boyang_medinsure_supervision as g03
import g05_jinling_employment_subsidy_selfeval as g05

ERR = os.path.join(ROOT, "errors")


def num(m, i=1):
    return D(m.group(i))


def rx(text, pat):
    m = re.search(pat, re.sub(r"\s+", "", text))
    if not m:
        raise AssertionError("pattern not found: " + pat)
    return m


# ---- relation checkers (text -> bool), parsed from visible text only
def c01_gf_dir(t):
    m = rx(t, r"政府性基金预算收入([\d,.]+)亿元，完成年初预算[\d,.]+亿元的[\d.]+%，比上年([\d,.]+)亿元(增长|下降)([\d.]+)%")
    g = (num(m, 1) - num(m, 2)) / num(m, 2) * 100
    return (g < 0) == (m[3] == "下降") and rnd(abs(g), 2) == D(m[4])


def c01_done(t):
    m = rx(t, r"一般公共预算收入([\d,.]+)亿元，完成年初预算([\d,.]+)亿元的([\d.]+)%")
    return rnd(num(m, 1) / num(m, 2) * 100, 2) == D(m[3])


def c01_nontax(t):
    m = rx(t, r"非税收入([\d,.]+)亿元，比上年")
    tot = num(m)
    s = re.sub(r"\s+", "", t)
    seg = s[s.index("非税收入中，"):]
    seg = seg[:seg.index("。")]
    parts = [D(x.replace(",", "")) for x in re.findall(r"([\d,.]+)亿元", seg)]
    return sum(parts) == tot


def c03_shop(t):
    m = rx(t, r"全年共现场检查定点医药机构(\d+)家，其中定点医疗机构(\d+)家、定点零售药店(\d+)家")
    return int(m[1]) == int(m[2]) + int(m[3])


def _table_rows(t):
    return [ln.split("|") for ln in t.splitlines() if ln.count("|") >= 5]


def c03_total(t):
    rows = _table_rows(t)
    body = [r for r in rows if r[0] not in ("机构类型", "合计")]
    tot = [r for r in rows if r[0] == "合计"][0]
    m = rx(t, r"共追回医保基金([\d,.]+)万元")
    col = sum(D(r[3].replace(",", "")) for r in body)
    return col == D(tot[3].replace(",", "")) and D(tot[3].replace(",", "")) == num(m)


def c03_growth(t):
    m = rx(t, r"共计([\d,.]+)万元，比上年([\d,.]+)万元(增长|下降)([\d.]+)%")
    g = (D(m[1].replace(",", "")) - D(m[2].replace(",", ""))) / D(m[2].replace(",", "")) * 100
    return rnd(abs(g), 2) == D(m[4]) and (g > 0) == (m[3] == "增长")


def _score_rows(t):
    return [ln.split("|") for ln in t.splitlines() if ln.count("|") == 7]


def c05_weight(t):
    return all(D(r[6]) <= D(r[3]) for r in _score_rows(t)[1:] if re.fullmatch(r"[\d.]+", r[6]))


def c05_table_prose(t):
    m = rx(t, r"再就业[\d.]+万人；帮助就业困难人员实现就业([\d,]+)人")
    row = [r for r in _score_rows(t) if r[2] == "就业困难人员实现就业人数"][0]
    return row[5] == m[1] + "人"


def c05_date(t):
    flat = re.sub(r"\s+", "", t)
    m = re.search(r"锦凌市人力资源和社会保障局(\d{4})年(\d{1,2})月(\d{1,2})日$", flat)
    fy = int(re.search(r"锦凌市(\d{4})年度就业补助资金", flat)[1])
    return int(m[1]) > fy


PLANTS = {
    "t01": (g01, [
        dict(how=("text", "比上年214.36亿元下降12.88%", "比上年214.36亿元增长12.88%"),
             kind="growth-direction-flipped", family="ratio", check=c01_gf_dir,
             evidence=["比上年214.36亿元增长12.88%", "全市政府性基金预算收入186.74亿元"],
             explanation="政府性基金预算收入186.74亿元，上年为214.36亿元，(186.74－214.36)÷214.36＝－12.88%，应为“下降12.88%”，"
                         "文中却写“增长12.88%”；同段的国有土地使用权出让收入也比上年下降，且称“土地出让收入未完成预算”。增减方向写反。"),
        dict(how=("text", "完成年初预算405.00亿元的101.82%", "完成年初预算405.00亿元的102.18%"),
             kind="budget-completion-rate-mismatch", family="ratio", check=c01_done,
             evidence=["完成年初预算405.00亿元的102.18%", "全市一般公共预算收入412.36亿元"],
             explanation="一般公共预算收入412.36亿元，年初预算405.00亿元，完成预算的比例应为412.36÷405.00＝101.82%，"
                         "文中写102.18%。完成率与其分子、分母不符（疑为数字颠倒）。"),
        dict(how=("text", "行政事业性收费收入11.62亿元", "行政事业性收费收入16.12亿元"),
             kind="breakdown-sum-mismatch", family="sum", check=c01_nontax,
             evidence=["行政事业性收费收入16.12亿元", "非税收入93.89亿元"],
             explanation="非税收入93.89亿元，“非税收入中”列出的五项为专项收入24.35＋行政事业性收费收入16.12＋罚没收入8.47＋"
                         "国有资源（资产）有偿使用收入46.18＋其他非税收入3.27＝98.39亿元，比总数多4.50亿元；按11.62亿元计算"
                         "五项之和恰为93.89亿元（税收318.47＋非税93.89＝一般公共预算收入412.36亿元）。其中项之和与合计不符。"),
    ]),
    "t03": (g03, [
        dict(how=("text", "其中定点医疗机构128家、定点零售药店184家，检查覆盖率", "其中定点医疗机构128家、定点零售药店148家，检查覆盖率"),
             kind="breakdown-count-mismatch", family="sum", check=c03_shop,
             evidence=["定点零售药店148家", "全年共现场检查定点医药机构312家"],
             explanation="正文称全年现场检查定点医药机构312家，其中定点医疗机构128家、定点零售药店148家，128＋148＝276≠312；"
                         "处理结果统计表中定点零售药店检查家数为184家，128＋184＝312，检查覆盖率81.25%（312÷384）也只与312家相符。"
                         "其中数与合计不符，且与表格不一致（疑为数字颠倒）。"),
        dict(how=("cell", 0, 6, 3, "961.86", "916.86"),
             kind="table-total-mismatch", family="sum", check=c03_total,
             evidence=["916.86", "共追回医保基金961.86万元"],
             explanation="处理结果统计表“合计”行的“追回医保基金”填为916.86万元，但表内五类机构之和为186.42＋238.57＋127.35＋"
                         "312.68＋96.84＝961.86万元，正文也写“共追回医保基金961.86万元”；合计行的“小计”1,292.78万元也只与"
                         "961.86＋218.81＋112.11相符。表格合计数与分项及正文不符。"),
        dict(how=("text", "比上年1,068.37万元增长21.81%", "比上年1,068.37万元增长18.21%"),
             kind="growth-rate-mismatch", family="ratio", check=c03_growth,
             evidence=["增长18.21%", "全年追回和处罚资金共计1,301.40万元", "比上年1,068.37万元"],
             explanation="全年追回和处罚资金共计1,301.40万元，上年为1,068.37万元，增长率应为(1,301.40－1,068.37)÷1,068.37＝21.81%，"
                         "文中写“增长18.21%”。增幅与其基数不符（疑为数字颠倒）。"),
    ]),
    "t05": (g05, [
        dict(how=("cell", 0, 2, 6, "6.00", "6.60"),
             kind="score-above-weight", family="score", check=c05_weight,
             evidence=["失业人员再就业人数", "6.60"],
             explanation="自评表中“失业人员再就业人数”分值为6分，得分却填为6.60分，超过该指标分值；且“产出指标小计”得分49.33分"
                         "只与该项6.00分相符（8.00＋6.00＋6.00＋7.39＋6.00＋6.00＋4.94＋5.00＝49.33）。得分高于分值。"),
        dict(how=("cell", 0, 3, 5, "3,184人", "3,148人"),
             kind="table-prose-value-conflict", family="value-conflict", check=c05_table_prose,
             evidence=["3,148人", "帮助就业困难人员实现就业3,184人"],
             explanation="自评表“就业困难人员实现就业人数”实际完成值填为3,148人，而正文“（二）产出指标完成情况”写"
                         "“帮助就业困难人员实现就业3,184人”。同一指标的完成值在表格与正文中不一致（疑为数字颠倒）。"),
        dict(how=("text", "2025年3月20日", "2024年3月20日"),
             kind="report-dated-before-period-end", family="date", check=c05_date,
             evidence=["2024年3月20日", "锦财绩〔2025〕4号"],
             explanation="报告落款日期为2024年3月20日，但报告评价的是2024年度就业补助资金全年的执行情况（全年实际支出11,788.70万元、"
                         "年末结余711.30万元、2024届高校毕业生年末就业率），且开篇所依据的市财政局通知文号为锦财绩〔2025〕4号，"
                         "是2025年的文件。报告日期早于所评价年度结束，也早于所依据的通知，落款年份应为2025年。"),
    ]),
}


def apply(model, how):
    if how[0] == "text":
        return replace_once(model, how[1], how[2])
    _, ti, r, c, old, new = how
    return set_cell(model, ti, r, c, old, new)


def main():
    os.makedirs(ERR, exist_ok=True)
    results = []
    ok_all = True

    def chk(desc, ok):
        nonlocal ok_all
        results.append(("OK  " if ok else "FAIL") + " " + desc)
        ok_all &= bool(ok)

    kinds = set()
    for key, (g, plants) in PLANTS.items():
        M, B = g.build()
        clean_path = os.path.join(ROOT, g.NAME)
        clean = g.read(clean_path)
        m2 = M
        for p in plants:
            m2 = apply(m2, p["how"])
        out = os.path.join(ERR, g.NAME)
        g.render(m2, out)
        copy = g.read(out)
        exp = [{k: p[k] for k in ("kind", "family", "evidence", "explanation")} for p in plants]
        with open(os.path.splitext(out)[0] + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        a, b = re.sub(r"\s+", "", clean), re.sub(r"\s+", "", copy)
        raw = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != "equal"]
        ops = []
        for o in raw:   # merge edits closer than 6 characters into one region
            if ops and o[1] - ops[-1][2] <= 6:
                ops[-1] = (ops[-1][0], ops[-1][1], o[2])
            else:
                ops.append((o[0], o[1], o[2]))
        chk(f"{key}: copy differs from clean in exactly 3 regions (found {len(ops)})", len(ops) == 3)
        for p in plants:
            kinds.add(p["kind"])
            flatc = re.sub(r"\s+", "", copy)
            for e in p["evidence"]:
                chk(f"{key} {p['kind']}: evidence {e!r} in copy", e in flatc)
            new = p["how"][2] if p["how"][0] == "text" else p["how"][5]
            if p["how"][0] == "text":
                chk(f"{key} {p['kind']}: planted text absent from clean", new not in a)
            chk(f"{key} {p['kind']}: relation holds on clean", p["check"](clean))
            chk(f"{key} {p['kind']}: relation fails on copy", not p["check"](copy))
            # alone
            single = apply(M, p["how"])
            tmp = os.path.join(ROOT, "_scratch"); os.makedirs(tmp, exist_ok=True)
            sp = os.path.join(tmp, f"{key}_{p['kind']}" + os.path.splitext(g.NAME)[1])
            g.render(single, sp)
            st = g.read(sp)
            others = [q for q in plants if q is not p]
            chk(f"{key} {p['kind']}: alone breaks its own relation", not p["check"](st))
            chk(f"{key} {p['kind']}: alone leaves the other two relations intact", all(q["check"](st) for q in others))
    chk(f"9 different kinds ({len(kinds)})", len(kinds) == 9)
    log = "\n".join(results) + f"\n{sum(r.startswith('OK') for r in results)} ok, {sum(r.startswith('FAIL') for r in results)} failed\n"
    os.makedirs(os.path.join(ROOT, "_scratch"), exist_ok=True)
    with open(os.path.join(ROOT, "_scratch", "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write(log)
    print(log)
    if not ok_all:
        sys.exit(1)


if __name__ == "__main__":
    main()
