"""Verify the planted copies against the clean reports, reading both back from the rendered files."""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plant_errors as PE  # noqa: E402
from h23kit import ROOT, ERRDIR, SCR, flat  # noqa: E402


def n(s):
    return D(s.replace(",", ""))


def q(x, k):
    return x.quantize(D(1).scaleb(-k), rounding=ROUND_HALF_UP)


def dec(s):
    return len(s.split(".")[1]) if "." in s else 0


# relations re-parsed from the whitespace-free visible text; each returns True when it holds
def r_t01_total(t):
    tot = re.search(r"合计\|\|\|100\|([\d.]+)", t).group(1)
    subs = re.findall(r"小计\|\d+\|([\d.]+)", t)
    prose = re.search(r"自评总得分([\d.]+)分", t).group(1)
    return n(tot) == sum(n(x) for x in subs) == n(prose)


def r_t01_date(t):
    y, m, d = map(int, re.search(r"枫溆区卫生健康局(\d{4})年(\d+)月(\d+)日$", t).groups())
    return (y, m, d) > (2024, 12, 31)


def r_t01_rate(t):
    b, o, r = re.search(r"全年预算([\d,.]+)万元，实际支出([\d,.]+)万元，预算执行率([\d.]+)%", t).groups()
    return q(n(o) / n(b) * 100, dec(r)) == n(r)


def r_t05_patent(t):
    a = re.search(r"新增发明专利授权数\|≥80件\|(\d+)件", t).group(1)
    b = re.search(r"新增发明专利授权(\d+)件", t).group(1)
    return a == b


def r_t05_sum(t):
    tot, body = re.search(r"全年实际支出([\d,.]+)万元，其中(.*?)。", t).groups()
    parts = re.findall(r"([\d,]+\.\d+)万元", body)
    return sum(n(p) for p in parts) == n(tot) and len(parts) == 5


def r_t05_share(t):
    b, o, p, s = re.search(r"2024年项目预算([\d,.]+)万元，其中县本级财政安排([\d,.]+)万元，省级科技创新转移支付([\d,.]+)万元，占([\d.]+)%", t).groups()
    return q(n(p) / n(b) * 100, dec(s)) == n(s)


def r_t06_growth(t):
    new = re.search(r"居民医保基金收入([\d.]+)亿元，其中", t).group(1)
    old, w, g = re.search(r"上年居民医保基金收入([\d.]+)亿元，本年收入比上年(增长|下降)([\d.]+)%", t).groups()
    v = q((n(new) - n(old)) / n(old) * 100, dec(g))
    return v == (n(g) if w == "增长" else -n(g))


def r_t06_months(t):
    st = re.search(r"统筹基金累计结存([\d.]+)亿元", t).group(1)
    out = re.search(r"统筹基金本年支出([\d.]+)亿元", t).group(1)
    m = re.search(r"统筹基金累计结存可支付([\d.]+)个月", t).group(1)
    return q(n(st) / (n(out) / 12), dec(m)) == n(m)


def r_t06_stock(t):
    a = re.search(r"下同）收入.*?年末累计结存([\d.]+)亿元", t).group(1)
    b, z, r = re.search(r"两项基金累计结存([\d.]+)亿元，其中职工医保([\d.]+)亿元、居民医保([\d.]+)亿元", t).groups()
    return n(a) == n(b) == n(z) + n(r)


REL = {"t01": [r_t01_total, r_t01_date, r_t01_rate],
       "t05": [r_t05_patent, r_t05_sum, r_t05_share],
       "t06": [r_t06_growth, r_t06_months, r_t06_stock]}

LOG = []


def check(cond, msg):
    LOG.append(("ok  " if cond else "FAIL") + " " + msg)
    if not cond:
        print("FAIL", msg)
    return cond


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    merged = []
    for op in ops:
        if merged and op[1] - merged[-1][2] <= 3:
            merged[-1] = (merged[-1][0], merged[-1][1], op[2])
        else:
            merged.append(op)
    return len(merged)


def main():
    ok = True
    kinds, fams, fmts = set(), set(), set()
    for key, plants in PE.PLANTS.items():
        g = PE.GENS[key]
        clean = flat(g.read(os.path.join(ROOT, g.NAME + g.EXT)))
        copy_ = flat(g.read(os.path.join(ERRDIR, g.NAME + g.EXT)))
        fmts.add(g.EXT)
        ok &= check(regions(clean, copy_) == 3, "%s: copy differs from clean in exactly 3 regions" % key)
        exp = json.load(open(os.path.join(ERRDIR, g.NAME + ".expected.json"), encoding="utf-8"))
        ok &= check(exp == PE.expected(key), "%s: expected.json equals plant spec" % key)
        for k, p in enumerate(plants):
            kinds.add(p["kind"])
            fams.add(p["family"])
            for i, ev in enumerate(p["evidence"]):
                ok &= check(4 <= len(ev) <= 40 or i == 0 and len(ev) >= 3, "%s/%d: evidence length %r" % (key, k, ev))
                ok &= check(copy_.count(flat(ev)) == 1, "%s/%d: evidence once in copy %r" % (key, k, ev))
            ok &= check(flat(p["evidence"][0]) not in clean, "%s/%d: planted evidence absent from clean" % (key, k))
            rel = REL[key][k]
            ok &= check(rel(clean), "%s/%d: relation %s holds on clean" % (key, k, rel.__name__))
            ok &= check(not rel(copy_), "%s/%d: relation %s fails on copy" % (key, k, rel.__name__))
            one = PE.make(key, outdir=os.path.join(SCR, "single%d" % k), only=k)
            t1 = flat(g.read(one))
            ok &= check(regions(clean, t1) == 1, "%s/%d: single plant changes one region" % (key, k))
            for j, r in enumerate(REL[key]):
                ok &= check(r(t1) == (j != k), "%s/%d: alone, relation %s %s" % (key, k, r.__name__, "holds" if j != k else "fails"))
    ok &= check(len(kinds) == 9, "9 different kinds")
    ok &= check(len(fmts) == 3, "three formats")
    os.makedirs(SCR, exist_ok=True)
    with open(os.path.join(SCR, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + "\n")
    print("%d checks, %d failed" % (len(LOG), sum(1 for l in LOG if l.startswith("FAIL"))))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
