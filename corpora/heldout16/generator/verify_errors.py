# -*- coding: utf-8 -*-
"""Verify the planted copies in errors/.

For each copy:
  1. its visible text equals the clean report's visible text with exactly the three planted
     replacements applied (each `vis_old` occurs exactly once in the clean text);
  2. its raw content differs from the clean file only at the planted spots (txt/html: the source text;
     docx: every zip member byte-identical except word/document.xml, which equals the clean XML with the
     three replacements);
  3. every evidence string occurs exactly once in the copy's visible text, and the planted new string does
     not occur in the clean visible text;
  4. the relation each error breaks holds in the clean text and fails in the copy (parsed from the
     visible text with regular expressions);
  5. expected.json equals the plant specification.
And for the set: nine different kinds, three different formats, at least one binary format.
"""
import importlib
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, q, pct, growth, P, ROOT, ERR  # noqa: E402
import plant_errors  # noqa: E402

NUM = r"([\d,]+(?:\.\d+)?)"


# ---------------------------------------------------------------- relation checks: text -> (holds, detail)
def r_t01_cell(t):
    a = P(re.search(r"基本公共卫生服务\n" + NUM, t).group(1))
    b = P(re.search(r"（2100408）。年初预算为" + NUM + "万元", t).group(1))
    return a == b, f"table {a} vs text {b}"


def r_t01_cars(t):
    m = re.search(r"共有车辆(\d+)辆，其中：(.*?)。", t)
    parts = [int(x) for x in re.findall(r"(\d+)辆", m.group(2))]
    return sum(parts) == int(m.group(1)), f"{parts} sum {sum(parts)} vs {m.group(1)}"


def r_t01_share(t):
    m = re.search(r"授予中小企业合同金额" + NUM + r"万元，占政府采购支出总额的([\d.]+)%", t)
    tot = P(re.search(r"政府采购支出总额" + NUM + "万元", t).group(1))
    v = pct(P(m.group(1)), tot)
    return v == P(m.group(2)), f"{m.group(1)}/{tot} = {v} vs stated {m.group(2)}"


def _t02_row(t, label):
    lines = t.split("\n")
    i = lines.index(label)
    return lines[i + 1:i + 12]


def r_t02_dir(t):
    m = re.search(r"失业保险基金支出" + NUM + r"万元，完成年度预算[\d,.]+万元的[\d.]+%，同比(增长|下降)([\d.]+)%", t)
    row = _t02_row(t, "二、基金支出")
    cur, prev = P(row[1]), P(row[2])
    g = growth(cur, prev)
    ok = (m.group(2) == "下降") == (g < 0) and P(m.group(3)) == abs(g)
    return ok, f"{cur} vs {prev}: {g}% ; text says {m.group(2)}{m.group(3)}%"


def r_t02_total(t):
    row = _t02_row(t, "二、基金支出")
    u, w, tot = P(row[1]), P(row[5]), P(row[8])
    return u + w == tot, f"{u} + {w} = {u + w} vs 合计 {tot}"


def r_t02_unit(t):
    m = re.search(r"一次性工亡补助金" + NUM + r"(万元|元)", t)
    s = re.search(r"为每人" + NUM + r"元，全年核定工亡职工(\d+)人", t)
    yuan = P(s.group(1)) * int(s.group(2))
    v_wan = P(m.group(1)) if m.group(2) == "万元" else P(m.group(1)) / 10000
    return v_wan == q(yuan / 10000), f"{m.group(1)}{m.group(2)} vs {yuan}元 = {q(yuan / 10000)}万元"


def r_t04_total(t):
    a = P(re.search(r"自评得分为([\d.]+)分", t).group(1))
    b = P(re.search(r"自评得分([\d.]+)分，等级为", t).group(1))
    sec = t[t.find("四、自评指标得分情况"):t.find("五、总体评价")]
    items = [P(x) for x in re.findall(r"得([\d.]+)分。", sec)]
    return a == b == sum(items) and len(items) == 12, f"总体评价 {a}, 结论 {b}, Σ{len(items)} = {sum(items)}"


def r_t04_pp(t):
    sec = t[t.find("近三年预算执行对比"):t.find("三、绩效目标完成情况")]
    rates = [P(x) for x in re.findall(r"预算执行率([\d.]+)%", sec)]
    pp = P(re.search(r"再提高([\d.]+)个百分点", sec).group(1))
    return rates[2] - rates[1] == pp, f"{rates[2]} - {rates[1]} = {rates[2] - rates[1]} vs {pp}"


def r_t04_date(t):
    m = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t.strip().split("\n")[-1])
    y, mo, d = map(int, m[-1])
    return (y, mo, d) > (2024, 12, 31), f"signed {y}-{mo}-{d}"


RELS = {"t01_gen": [r_t01_cell, r_t01_cars, r_t01_share],
        "t02_gen": [r_t02_dir, r_t02_total, r_t02_unit],
        "t04_gen": [r_t04_total, r_t04_pp, r_t04_date]}


def raw_old_new(sp, ext):
    if ext == ".docx" and sp["mode"] == "cell":
        return ">" + sp["old"] + "<", ">" + sp["new"] + "<"
    return sp["old"], sp["new"]


def main():
    problems = []
    allkinds, fams, fmts = [], [], []
    for modname, fn in plant_errors.PLANTS:
        mod = importlib.import_module(modname)
        specs = fn()
        ext = plant_errors.exts(mod)
        clean = os.path.join(ROOT, mod.NAME + ext)
        err = os.path.join(ERR, mod.NAME + ext)
        cv, ev = mod.visible(clean), mod.visible(err)
        fmts.append(ext)
        # 1. visible text
        exp = cv
        for sp in specs:
            n = exp.count(sp["vis_old"])
            if n != 1:
                problems.append(f"{mod.NAME}: vis_old {sp['vis_old']!r} occurs {n}x in clean text")
            exp = exp.replace(sp["vis_old"], sp["vis_new"])
        if exp != ev:
            problems.append(f"{mod.NAME}: visible text differs beyond the planted replacements")
        # 2. raw content
        if ext == ".docx":
            zc, ze = zipfile.ZipFile(clean), zipfile.ZipFile(err)
            if zc.namelist() != ze.namelist():
                problems.append(f"{mod.NAME}: zip member lists differ")
            for nm in zc.namelist():
                a, b = zc.read(nm), ze.read(nm)
                if nm == "word/document.xml":
                    a = a.decode("utf-8")
                    for sp in specs:
                        o, nw = raw_old_new(sp, ext)
                        if a.count(o) != 1:
                            problems.append(f"{mod.NAME}: raw {o!r} occurs {a.count(o)}x in document.xml")
                        a = a.replace(o, nw)
                    if a != b.decode("utf-8"):
                        problems.append(f"{mod.NAME}: document.xml differs beyond the planted replacements")
                elif a != b:
                    problems.append(f"{mod.NAME}: zip member {nm} differs")
        else:
            a = open(clean, encoding="utf-8").read()
            b = open(err, encoding="utf-8").read()
            for sp in specs:
                o, nw = raw_old_new(sp, ext)
                if a.count(o) != 1:
                    problems.append(f"{mod.NAME}: raw {o!r} occurs {a.count(o)}x")
                a = a.replace(o, nw)
            if a != b:
                problems.append(f"{mod.NAME}: source differs beyond the planted replacements")
        # 3. evidence
        for sp in specs:
            allkinds.append(sp["kind"])
            fams.append(sp["family"])
            if sp["vis_new"] in cv:
                problems.append(f"{mod.NAME}: planted string {sp['vis_new']!r} already in clean text")
            for e in sp["evidence"]:
                n = ev.count(e)
                if n != 1 or "\n" in e or not (4 <= len(e) <= 30):
                    problems.append(f"{mod.NAME}: evidence {e!r} occurs {n}x (len {len(e)})")
        # 4. relations
        for rel in RELS[modname]:
            ok_c, det_c = rel(cv)
            ok_e, det_e = rel(ev)
            if not ok_c:
                problems.append(f"{mod.NAME}: {rel.__name__} does not hold in the clean text: {det_c}")
            if ok_e:
                problems.append(f"{mod.NAME}: {rel.__name__} still holds in the copy: {det_e}")
            print(f"  {mod.NAME} {rel.__name__}: clean [{det_c}] / copy [{det_e}]")
        # 5. expected.json
        with open(os.path.join(ERR, mod.NAME + ".expected.json"), encoding="utf-8") as fh:
            got = json.load(fh)
        want = [{k: sp[k] for k in ("kind", "family", "evidence", "explanation")} for sp in specs]
        if got != want:
            problems.append(f"{mod.NAME}: expected.json does not match the plant spec")
        if len(specs) != 3:
            problems.append(f"{mod.NAME}: {len(specs)} planted errors, expected 3")
    if len(set(allkinds)) != 9:
        problems.append(f"kinds not all different: {allkinds}")
    if len(set(fmts)) != 3 or not ({".docx", ".pdf"} & set(fmts)):
        problems.append(f"formats: {fmts}")
    print("kinds:", allkinds)
    print("families:", sorted(fams))
    print("formats:", fmts)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("verify_errors: all checks passed (9 planted errors in 3 copies)")


if __name__ == "__main__":
    main()
