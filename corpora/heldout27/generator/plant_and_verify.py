"""Plant three contradictions into three of the six reports and verify them.

For each copy: build the clean content model with the generator's build(), apply one edit per error
(replace_once: a substring occurring exactly once in the model; set_cell: one table cell, old value asserted),
render with the generator's own render(), read the file back and check:
  * whitespace-free visible text differs from the clean one in exactly as many regions as errors
    (edit pieces closer than 6 characters merged);
  * each evidence string occurs exactly once in the copy's whitespace-free text, and the planted text is absent
    from the clean text;
  * each error's relation, re-parsed by regular expressions from the visible text, holds on the clean report and
    fails on the copy; planted alone, each error breaks its own relation only and changes one region;
  * each copy keeps >= 1,000 Han characters and the nine kinds are all different.
"""
import copy
import difflib
import importlib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lk27  # noqa: E402
from lk27 import FW, q  # noqa: E402

ERR = os.path.join(ROOT, "errors")
SCR = os.path.join(ROOT, "_scratch", "single")
os.makedirs(ERR, exist_ok=True)
os.makedirs(SCR, exist_ok=True)

LOG = []


def log(ok, msg):
    LOG.append(("ok  " if ok else "FAIL") + "  " + msg)
    print(LOG[-1])
    return ok


def flat(text):
    return re.sub(r"\s+", "", text)


def norm(text):
    return flat(text).translate(FW)


def N(s):
    return Decimal(s.replace(",", ""))


# ------------------------------------------------------------------ relations (on normalized text)
def rel_t02_row210(t):
    m = re.search(r"\|210\|卫生健康支出\|([\d,]+)\|([\d,]+)\|([\d,]+)", t)
    tot = re.search(r"\|\|合计\|([\d,]+)\|([\d,]+)\|([\d,]+)", t)
    rows = re.findall(r"\|2\d\d\|[^|]+\|([\d,]+)\|([\d,]+)\|([\d,]+)", t)
    col = sum(N(r[1]) for r in rows)
    return N(m.group(1)) == N(m.group(2)) + N(m.group(3)) and col == N(tot.group(2))


def rel_t02_ops(t):
    m = re.search(r"机关运行经费预算([\d,]+)元，比上年的([\d,]+)元减少[\d,]+元，(增长|下降)([\d.]+)%", t)
    new, old, d, p = N(m.group(1)), N(m.group(2)), m.group(3), Decimal(m.group(4))
    g = (new - old) * 100 / old
    return q(abs(g), 2) == p and ((g > 0) == (d == "增长"))


def rel_t02_share(t):
    tot = N(re.search(r"支出预算总计([\d,]+)元", t).group(1))
    m = re.search(r"项目支出([\d,]+)元，占([\d.]+)%", t)
    return q(N(m.group(1)) * 100 / tot, 2) == Decimal(m.group(2))


def rel_t03_date(t):
    ds = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t)
    y, mo, d = map(int, ds[-1])          # 落款 is the last full date
    return (y, mo, d) > (2024, 12, 31)


def rel_t03_growth(t):
    m = re.search(r"职工医保基金收入([\d.]+)亿元，比上年的([\d.]+)亿元增长([\d.]+)%", t)
    new, old, p = map(Decimal, m.groups())
    return q((new - old) * 100 / old, 2) == p


def rel_t03_gap(t):
    m = re.search(r"居民医保基金收入([\d.]+)亿元，比上年的[\d.]+亿元增长[\d.]+%；支出([\d.]+)亿元，当期收不抵支([\d.]+)亿元", t)
    inc, exp, gap = map(Decimal, m.groups())
    gaps = [Decimal(x) for x in re.findall(r"当期收不抵支([\d.]+)亿元", t)]
    return exp - inc == gap and all(g == gap for g in gaps) and len(gaps) == 2


def rel_t05_score(t):
    rows = re.findall(r"\|(\d+)\|[^|\n]*\|[^|\n]*\|[^|\n]+\|(\d+)\|[^|\n]*\|[^|\n]*\|([\d.]+)(?=\n|\|\|合计)", t)
    tot = re.search(r"\|\|合计\|\|\|100\|\|\|([\d.]+)", t)
    s = sum(Decimal(r[2]) for r in rows)
    prose = Decimal(re.search(r"自评得分([\d.]+)分", t).group(1))
    return len(rows) == 13 and s == Decimal(tot.group(1)) == prose


def rel_t05_prod(t):
    m = re.search(r"\|3\|义务教育家庭经济困难学生生活补助（初中）\|[^|]+\|(\d+)元/生·学期\|([\d,]+)\|([\d.,]+)", t)
    std, cnt, amt = N(m.group(1)), N(m.group(2)), N(m.group(3))
    return q(std * cnt / 10000, 2) == amt


def rel_t05_docno(t):
    y = int(re.search(r"湄教资〔(\d{4})〕\d+号", t).group(1))
    dy = int(re.findall(r"(\d{4})年\d{1,2}月\d{1,2}日", t)[-1])
    return y <= dy


def _text_for_rel(path):
    raw = lk27.read_any(path)
    # keep line breaks (needed by the score-table regex); remove other whitespace
    t = "\n".join(re.sub(r"[ \t\u3000]+", "", ln) for ln in raw.splitlines())
    return t.translate(FW)


# ------------------------------------------------------------------ plans
PLANS = [
    {"gen": "g02_fengxi_town_budget_disclosure", "errors": [
        {"op": ("set_cell", 1, 4, 3, "356,840", "365,840"), "rel": rel_t02_row210,
         "kind": "breakdown-sum-mismatch", "family": "sum",
         "evidence": ["365,840", "基本支出7,664,880元"],
         "explanation": "表2中210卫生健康支出一行：合计684,200元，而基本支出填为365,840元，365,840＋项目支出327,360＝693,200元，"
                        "与本行合计不符；基本支出一列各类之和也变为7,673,880元，与表2合计行及正文“基本支出7,664,880元”不符"
                        "（按356,840元计算两者均成立）。其中项之和与总数不符（疑为数字颠倒）。"},
        {"op": ("replace_once", "减少44,300元，下降5.76%", "减少44,300元，增长5.76%"), "rel": rel_t02_ops,
         "kind": "growth-direction-flipped", "family": "ratio",
         "evidence": ["比上年的768,900元减少44,300元，增长5.76%"],
         "explanation": "机关运行经费2025年预算724,600元，低于上年的768,900元，(724,600－768,900)÷768,900＝－5.76%，"
                        "同句也写“减少44,300元”，应为“下降5.76%”，文中写“增长5.76%”。增减方向与数值相反。"},
        {"op": ("replace_once", "项目支出8,546,900元，占52.72%", "项目支出8,546,900元，占57.22%"), "rel": rel_t02_share,
         "kind": "share-mismatch", "family": "ratio",
         "evidence": ["项目支出8,546,900元，占57.22%", "支出预算总计16,211,780元"],
         "explanation": "项目支出8,546,900元÷支出预算总计16,211,780元＝52.72%，文中写57.22%；同句基本支出占47.28%，"
                        "47.28%＋57.22%＝104.50%，超过100%。占比与分子、分母不符（疑为数字颠倒）。"},
    ]},
    {"gen": "g03_yidai_healthcare_security_work_summary", "errors": [
        {"op": ("replace_once", "２０２５年１月２０日", "２０２４年１０月２０日"), "rel": rel_t03_date,
         "kind": "report-dated-before-period-end", "family": "date",
         "evidence": ["２０２４年１０月２０日", "截至２０２４年１２月３１日两项基金累计结余"],
         "explanation": "落款日期为2024年10月20日，但本文是2024年全年工作总结，报告了全年基金收支、"
                        "“截至2024年12月31日”的累计结余和全年参保、结算人次。成文日期早于所报告年度结束，不可能成立（应为2025年1月20日）。"},
        {"op": ("replace_once", "比上年的６４．１８亿元增长６．６１％", "比上年的６４．１８亿元增长６．１６％"), "rel": rel_t03_growth,
         "kind": "growth-rate-mismatch", "family": "ratio",
         "evidence": ["职工医保基金收入６８．４２亿元，比上年的６４．１８亿元增长６．１６％"],
         "explanation": "职工医保基金收入68.42亿元，上年64.18亿元，(68.42－64.18)÷64.18＝6.61%，文中写6.16%。"
                        "增长率与两个年度数值不符（疑为数字颠倒）。"},
        {"op": ("replace_once", "加大，当期收不抵支１．２７亿元", "加大，当期收不抵支１．７２亿元"), "rel": rel_t03_gap,
         "kind": "restated-value-conflict", "family": "value-conflict",
         "evidence": ["当期收不抵支１．７２亿元，基金可持续运行面临挑战", "支出５４．１３亿元，当期收不抵支１．２７亿元"],
         "explanation": "“存在的问题”部分写居民医保“当期收不抵支1.72亿元”，而“基金收支运行平稳”部分写“当期收不抵支1.27亿元”，"
                        "且54.13－52.86＝1.27亿元，累计结余31.45－1.27＝30.18亿元。同一数值前后表述不一致。"},
    ]},
    {"gen": "g05_meiling_student_aid_selfeval", "errors": [
        {"op": ("set_cell", 1, 14, 7, "99.57", "99.75"), "rel": rel_t05_score,
         "kind": "score-total-mismatch", "family": "score",
         "evidence": ["99.75", "自评得分99.57分"],
         "explanation": "表2“合计”行得分填为99.75分，但13项得分6.00＋6.00＋5.94＋6.00＋7.97＋6.00＋6.00＋6.00＋10.00＋9.88＋10.00"
                        "＋10.00＋9.78＝99.57分；正文“自评得分99.57分”，且产出49.91＋效益29.88＋满意度10.00＋预算执行9.78＝99.57分。"},
        {"op": ("set_cell", 0, 3, 3, "625元/生·学期", "652元/生·学期"), "rel": rel_t05_prod,
         "kind": "product-mismatch", "family": "product",
         "evidence": ["652元/生·学期", "584.88"],
         "explanation": "表1初中生活补助资助9,358人次，标准填为652元/生·学期，9,358×652＝6,101,416元＝610.14万元，"
                        "而本行资助金额为584.88万元（＝9,358×625元）。人次×标准与金额不符（疑为数字颠倒）。"},
        {"op": ("replace_once", "湄教资〔2025〕9号", "湄教资〔2026〕9号"), "rel": rel_t05_docno,
         "kind": "document-number-year-after-date", "family": "date",
         "evidence": ["湄教资〔2026〕9号", "2025年4月8日"],
         "explanation": "标题上方文号为“湄教资〔2026〕9号”，而落款日期为2025年4月8日，报告评价的是2024年度。"
                        "文号年份晚于成文日期，不可能成立（应为〔2025〕）。"},
    ]},
]


def apply(model, op):
    if op[0] == "replace_once":
        lk27.replace_once(model, op[1], op[2])
    else:
        lk27.set_cell(model, *op[1:])


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 6:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2])
        else:
            merged.append(("x", o[1], o[2]))
    return len(merged)


def planted_text(op):
    return op[2] if op[0] == "replace_once" else op[5]


def main():
    kinds = []
    fails = 0
    for plan in PLANS:
        g = importlib.import_module(plan["gen"])
        name = g.NAME
        clean_model, _ = g.build()
        ext = os.path.splitext(name)[1]
        cpath = os.path.join(SCR, "clean_" + name)
        g.render(copy.deepcopy(clean_model), cpath)
        ctext = lk27.read_any(cpath)
        cflat = flat(ctext)
        crel = _text_for_rel(cpath)
        model = copy.deepcopy(clean_model)
        for e in plan["errors"]:
            apply(model, e["op"])
        epath = os.path.join(ERR, name)
        g.render(model, epath)
        etext = lk27.read_any(epath)
        eflat = flat(etext)
        erel = _text_for_rel(epath)
        fails += not log(regions(cflat, eflat) == len(plan["errors"]), f"{name}: {regions(cflat, eflat)} changed regions")
        han = sum(1 for ch in etext if "\u4e00" <= ch <= "\u9fff")
        fails += not log(han >= 1000, f"{name}: copy has {han} Han characters")
        for i, e in enumerate(plan["errors"]):
            kinds.append(e["kind"])
            for ev in e["evidence"]:
                n = eflat.count(flat(ev))
                fails += not log(n == 1, f"{name} #{i+1} evidence {ev!r} occurs {n}x in copy")
                if ext in (".txt", ".docx"):
                    fails += not log(ev in etext, f"{name} #{i+1} evidence {ev!r} verbatim in visible text")
            pt = flat(planted_text(e["op"]))
            fails += not log(pt not in cflat, f"{name} #{i+1} planted text {pt!r} absent from clean")
            fails += not log(e["rel"](crel), f"{name} #{i+1} relation holds on clean")
            fails += not log(not e["rel"](erel), f"{name} #{i+1} relation fails on copy")
            # single plant
            sm_ = copy.deepcopy(clean_model)
            apply(sm_, e["op"])
            spath = os.path.join(SCR, f"single{i+1}_" + name)
            g.render(sm_, spath)
            st = lk27.read_any(spath)
            srel = _text_for_rel(spath)
            fails += not log(regions(cflat, flat(st)) == 1, f"{name} #{i+1} single plant changes one region")
            fails += not log(not e["rel"](srel), f"{name} #{i+1} single plant breaks its own relation")
            for j, e2 in enumerate(plan["errors"]):
                if j != i:
                    fails += not log(e2["rel"](srel), f"{name} #{i+1} single plant leaves relation #{j+1} intact")
        exp = [{k: e[k] for k in ("kind", "family", "evidence", "explanation")} for e in plan["errors"]]
        with open(os.path.join(ERR, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    fails += not log(len(set(kinds)) == len(kinds) == 9, f"{len(set(kinds))} different kinds of {len(kinds)}")
    os.makedirs(os.path.join(ROOT, "_scratch"), exist_ok=True)
    with open(os.path.join(ROOT, "_scratch", "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + f"\n{len(LOG)} checks, {fails} failed\n")
    print(f"{len(LOG)} checks, {fails} failed")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
