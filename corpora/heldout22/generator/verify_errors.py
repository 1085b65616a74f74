"""Check the three error copies against the clean reports, from the visible text only.

For each copy:
  * the visible text (pdf/docx/txt reader of h22lib) differs from the clean one in exactly 3 separate
    places (difflib regions on the whitespace-free text, nearby edits merged);
  * every evidence string is 4-40 characters long and occurs exactly once in the copy's visible LINES
    (i.e. not across a line break); the first (planted) one does not occur in the clean text;
  * each error's relation, re-parsed with regular expressions / table readers from the visible text,
    holds on the clean report and fails on the copy; planting each error ALONE makes exactly its own
    relation fail and changes exactly one region;
  * expected.json equals the plant specification; re-planting into _scratch is byte-identical.
And for the set: 9 errors, 9 different kinds, families score/date/part-whole/ratio/sum/unit/value-conflict,
three formats (docx, pdf, txt).
"""
import difflib
import filecmp
import json
import os
import re
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h22lib import SETDIR, ERRORS, SCRATCH, rnd, val, flat, docx_view, pdf_view, txt_view  # noqa
import plant_errors

LOG = []
FAILS = []


def ok(desc, cond, detail=""):
    LOG.append(("OK  " if cond else "FAIL") + " " + desc + ("" if cond else " :: " + str(detail)))
    if not cond:
        FAILS.append(desc)


def view(path):
    if path.endswith(".docx"):
        return docx_view(path)
    if path.endswith(".pdf"):
        return pdf_view(path)
    return txt_view(path)


def regions(a, b, near=12):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    spans = [(i1, i2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]
    merged = []
    for s in spans:
        if merged and s[0] - merged[-1][1] <= near:
            merged[-1] = (merged[-1][0], s[1])
        else:
            merged.append(s)
    return len(merged)


D = Decimal
num = lambda s: D(s.replace(",", ""))


# ---------------------------------------------------------------- relations (visible text -> bool)

def r_t03_score(v):
    rows = [r for t in v["tables"][1:] for r in t[1:]]
    items = [r for r in rows if r[0] not in ("合计",) and not r[0].endswith("小计")]
    tot = [r for r in rows if r[0] == "合计"][0]
    s = sum(num(r[5]) for r in items)
    prose = re.search(r"本项目自评得分(\d+\.\d+)分", v["flat"]).group(1)
    return s == num(tot[5]) and num(prose) == num(tot[5])


def r_t03_date(v):
    lines = [l for l in v["lines"].split("\n") if l.strip()]
    m = re.fullmatch(r"(\d{4})年(\d+)月(\d+)日", lines[-1].strip())
    period_end = re.search(r"截至(\d{4})年12月31日", v["flat"]).group(1)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) > (int(period_end), 12, 31)


def r_t03_part(v):
    m = re.search(r"学前教育幼儿资助([\d,]+)人，其中脱贫家庭幼儿([\d,]+)人、孤儿和残疾幼儿([\d,]+)人", v["flat"])
    return num(m.group(2)) + num(m.group(3)) <= num(m.group(1))


def r_t04_rate(v):
    m = re.search(r"（送审金额）([\d,.]+)万元，经审计审定工程投资([\d,.]+)万元，审减资金([\d,.]+)万元，审减率([\d.]+)%", v["flat"])
    sub, aud, cut, rate = (num(m.group(i)) for i in range(1, 5))
    return sub - aud == cut and rnd(cut / sub * 100, 2) == rate


def r_t04_sum(v):
    m = re.search(r"审减([\d.]+)万元，其中：工程量多计([\d.]+)万元、单价套用错误([\d.]+)万元、材料价差多计([\d.]+)万元", v["flat"])
    return num(m.group(1)) == sum(num(m.group(i)) for i in (2, 3, 4))


def r_t04_unit(v):
    m = re.search(r"已支付工程款([\d,.]+)万元，按审定工程投资计算，应付未付款项([\d,.]+)(万元|元)，其中质量保证金([\d,.]+)万元、工程尾款([\d,.]+)万元",
                  v["flat"])
    paid, unpaid, unit, qa, tail = num(m.group(1)), num(m.group(2)), m.group(3), num(m.group(4)), num(m.group(5))
    aud = num(re.search(r"审计审定工程投资([\d,.]+)万元", v["flat"]).group(1))
    unpaid_w = unpaid if unit == "万元" else unpaid / 10000
    return paid + unpaid_w == aud and qa + tail == unpaid_w


def r_t05_dir(v):
    m = re.search(r"城乡居民基本医疗保险参保([\d.]+)万人，同比(增长|下降)([\d.]+)%", v["flat"])
    prev = num(re.search(r"居民([\d.]+)万人）", v["flat"]).group(1))
    g = (num(m.group(1)) - prev) / prev * 100
    return rnd(abs(g), 2) == num(m.group(3)) and (g > 0) == (m.group(2) == "增长")


def r_t05_same(v):
    a = re.search(r"职工医保基金收入([\d.]+)亿元", v["flat"]).group(1)
    b = re.search(r"职工医保：基金收入([\d.]+)亿元", v["flat"]).group(1)
    return a == b


def r_t05_pp(v):
    res = re.findall(r"基金支付比例([\d.]+)%，比上年的([\d.]+)%(提高|下降)([\d.]+)个百分点", v["flat"])
    good = True
    for a, b, w, d in res:
        diff = num(a) - num(b)
        good &= abs(diff) == num(d) and (diff > 0) == (w == "提高")
    return len(res) == 2 and good


REL = {"t03": [r_t03_score, r_t03_date, r_t03_part], "t04": [r_t04_rate, r_t04_sum, r_t04_unit],
       "t05": [r_t05_dir, r_t05_same, r_t05_pp]}


def main():
    os.makedirs(SCRATCH, exist_ok=True)
    kinds, fams, fmts = [], set(), set()
    for key, rels in REL.items():
        gen, specs = plant_errors.PLANS[key]()
        name = gen.NAME
        ext = {"t03": ".docx", "t04": ".pdf", "t05": ".txt"}[key]
        fmts.add(ext)
        clean_p = os.path.join(SETDIR, name + ext)
        err_p = os.path.join(ERRORS, name + ext)
        cv, ev = view(clean_p), view(err_p)
        ok("%s: 3 changed regions" % key, regions(cv["flat"], ev["flat"]) == 3, regions(cv["flat"], ev["flat"]))
        if ext == ".pdf":
            ok("%s: same page count" % key, cv["pages"] == ev["pages"], (cv["pages"], ev["pages"]))
        with open(os.path.join(ERRORS, name + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        want = [{"kind": s["kind"], "family": s["family"], "evidence": s["evidence"], "explanation": s["explanation"]}
                for s in specs]
        ok("%s: expected.json == plan" % key, exp == want)
        for e in exp:
            kinds.append(e["kind"])
            fams.add(e["family"])
            for i, s in enumerate(e["evidence"]):
                ok("%s/%s: evidence length %r" % (key, e["kind"], s), 4 <= len(s) <= 40)
                c = ev["lines"].count(s)
                ok("%s/%s: evidence once in copy lines %r" % (key, e["kind"], s), c == 1, c)
                ok("%s/%s: evidence once in copy flat %r" % (key, e["kind"], s), flat(ev["lines"]).count(s) == 1)
                if i == 0:
                    ok("%s/%s: planted evidence absent from clean %r" % (key, e["kind"], s), s not in cv["flat"])
        for i, r in enumerate(rels):
            ok("%s: relation %s holds on clean" % (key, r.__name__), r(cv))
            ok("%s: relation %s fails on copy" % (key, r.__name__), not r(ev))
        # each error alone
        for i in range(len(specs)):
            d = os.path.join(SCRATCH, "single_%s_%d" % (key, i))
            p, _ = plant_errors.plant(key, d, only=i)
            sv = view(p)
            fails = [r.__name__ for r in rels if not r(sv)]
            ok("%s: alone #%d breaks exactly its own relation" % (key, i), fails == [rels[i].__name__], fails)
            ok("%s: alone #%d changes one region" % (key, i), regions(cv["flat"], sv["flat"]) == 1,
               regions(cv["flat"], sv["flat"]))
        # byte-identical re-plant
        d = os.path.join(SCRATCH, "replant")
        p, _ = plant_errors.plant(key, d)
        ok("%s: re-plant byte-identical" % key, filecmp.cmp(p, err_p, shallow=False))
        if ext == ".docx":
            import zipfile
            with zipfile.ZipFile(clean_p) as a, zipfile.ZipFile(err_p) as b:
                diff = [n for n in a.namelist() if a.read(n) != b.read(n)]
            ok("%s: only word/document.xml differs" % key, diff == ["word/document.xml"], diff)
    ok("set: 9 errors", len(kinds) == 9, len(kinds))
    ok("set: 9 different kinds", len(set(kinds)) == 9, kinds)
    ok("set: families", {"score", "date", "part-whole", "ratio", "sum", "unit", "value-conflict"} <= fams, fams)
    ok("set: three formats", fmts == {".docx", ".pdf", ".txt"}, fmts)
    with open(os.path.join(SCRATCH, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + "\n")
    print("verify_errors: %d checks, %d failed" % (len(LOG), len(FAILS)))
    for f in FAILS:
        print("  FAIL", f)
    if FAILS:
        sys.exit(1)


if __name__ == "__main__":
    main()
