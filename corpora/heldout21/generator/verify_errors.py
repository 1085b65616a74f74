"""Check the three error copies against the clean reports.

For every copy:
  * the visible text differs from the clean visible text in exactly three lines
    (docx: body/text-box paragraphs and table cells, and every zip member except
    word/document.xml byte-identical; pdf: pdfminer text lines AND rows rebuilt from glyph
    boxes, same page count; html: block lines AND bare text nodes);
  * each evidence string is 4-30 characters and occurs exactly once in the copy's visible text
    (pdf: in the flattened text and also inside one raw pdfminer line); the first (planted)
    evidence string does not occur in the clean text;
  * for each error, a relation re-read from the VISIBLE text holds on the clean report and
    fails on the copy;
  * expected.json equals the plant specification and re-planting is byte-identical.
Set checks: 9 errors, 9 different kinds, 3 formats, the families present.
"""
import difflib
import filecmp
import hashlib
import json
import os
import re
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
from kit import Dec, q, val
import plant_errors

LOG = []
FAIL = []


def check(desc, ok, detail=""):
    LOG.append("%s  %s  %s" % ("ok  " if ok else "FAIL", desc, detail))
    if not ok:
        FAIL.append(desc)


NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def find1(pattern, text, desc):
    m = re.findall(pattern, text)
    check("pattern found once: %s" % desc, len(m) == 1, "%d hits" % len(m))
    return m[0] if m else None


# ------------------------------------------------------------------ visible readers

def vis_docx(path):
    lines, tables = kit.docx_read(path)
    return {"lines": lines, "text": "\n".join(lines), "tables": tables}


def vis_pdf(path):
    raw = kit.pdf_text(path)
    flat = re.sub(r"— \d+ —", "", raw).replace("\n", "").replace("\x0c", "")
    pages = kit.pdf_glyph_rows(path)
    rows = [" | ".join(r) for pg in pages for r in pg]
    return {"lines": raw.split("\n"), "text": flat, "raw": raw, "rows": rows, "pages": len(pages),
            "grid": [r for pg in pages for r in pg]}


def vis_html(path):
    blocks = kit.html_blocks(path)
    return {"lines": blocks.split("\n"), "text": blocks, "nodes": kit.html_nodes(path).split("\n"),
            "tables": kit.html_tables(path)}


def changed_lines(a, b):
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    n = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            n += max(i2 - i1, j2 - j1)
    return n


# ------------------------------------------------------------------ relations per error

def rel_t01(v):
    t = v["text"]
    out = {}
    # E1: score table total = sum of rows ; = text box total
    score = [tb for d, tb in v["tables"] if d == 0][1]
    body = [r for r in score[1:] if r[0] != "合计"]
    tot = [r for r in score if r[0] == "合计"][0]
    s = sum(val(r[4]) for r in body)
    box = find1(r"自评得分：" + NUM + "分", t, "自评得分")
    out["score-total-mismatch"] = (q(s) == val(tot[-2]) and val(box) == val(tot[-2]),
                                   "rows %s, 合计 %s, box %s" % (s, tot[-2], box))
    # E2: text box spent = body spent and the box rate = spent / budget
    m = find1(r"全年支出数：" + NUM + r"万元，预算执行率" + NUM + "%", t, "box spent")
    body_spent = find1(r"2024年实际支出" + NUM + "万元", t, "body spent")
    budget = find1(r"调整后全年预算数为" + NUM + "万元", t, "budget")
    ok = m and val(m[0]) == val(body_spent) and q(val(m[0]) / val(budget) * 100) == val(m[1])
    out["figure-restated-differently"] = (bool(ok), "box %s / body %s / rate %s" % (m, body_spent, budget))
    # E3: 三公 direction word
    now = find1(r"“三公”经费预算[0-9.]+万元，实际支出" + NUM + "万元", t, "三公 now")
    m3 = find1(r"“三公”经费比上年" + NUM + r"万元减少" + NUM + r"万元，(增长|下降)" + NUM + "%", t, "三公 sentence")
    g = q((val(now) - val(m3[0])) / val(m3[0]) * 100)
    ok = abs(g) == val(m3[3]) and ((g < 0) == (m3[2] == "下降"))
    out["growth-direction-flipped"] = (bool(ok), "computed %s, written %s%s" % (g, m3[2], m3[3]))
    return out


def rel_t05(v):
    t = v["text"]
    out = {}
    year = find1(r"滦人社发〔(\d{4})〕18号", t, "文号")
    sign = find1(r"(\d{4})年(\d{1,2})月(\d{1,2})日（此件公开发布）", t, "成文日期")
    out["document-number-year-before-period"] = (year == sign[0] and int(year) > 2024,
                                                  "文号 %s, 成文 %s" % (year, sign))
    m = find1(r"基金总收入" + NUM + r"(万元|千元)（约" + NUM + "亿元）", t, "总收入")
    inc_row = [r for r in v["grid"] if r and r[0] == "一、基金收入合计"][0]
    k = val(m[0]) * (10 if m[1] == "万元" else 1)
    out["unit-slip-qian-wan"] = (k == val(inc_row[2]) and q(k / 100000) == val(m[2]),
                                 "%s%s vs table %s千元" % (m[0], m[1], inc_row[2]))
    mm = find1(r"年末累计结余可支付" + NUM + r"个月，比上年的" + NUM + r"个月增加" + NUM + "个月", t, "月数")
    close = find1(r"年末累计结余" + NUM + r"万元（约", t, "年末累计结余")
    spend = find1(r"基金总支出" + NUM + r"万元（约", t, "总支出")
    calc = q(val(close) / (val(spend) / 12))
    out["coverage-months-mismatch"] = (calc == val(mm[0]) and val(mm[0]) - val(mm[1]) == val(mm[2]),
                                       "computed %s, written %s" % (calc, mm))
    return out


def rel_t03(v):
    t = v["text"]
    out = {}
    det = v["tables"][2]
    rows = [[c[0] for c in r] for r in det]
    i = [k for k, r in enumerate(rows) if "杨*军" in r][0]
    r = rows[i]
    cells = [c for c in r if c]
    area, rate, amt = [c for c in cells if re.fullmatch(r"[0-9,]+\.[0-9]{2}", c)]
    # the group runs from its first row (the one carrying the rowspan cell) to its 小计 row
    start = max(k for k in range(i + 1) if any(rs > 1 for _, rs, _ in det[k]))
    end = [k for k in range(i, len(rows)) if "小计" in rows[k]][0]
    amts = []
    for k in range(start, end):
        nums = [c for c in rows[k] if re.fullmatch(r"[0-9,]+\.[0-9]{2}", c)]
        amts.append(val(nums[2]))
    sub_nums = [c for c in rows[end] if re.fullmatch(r"[0-9,]+\.[0-9]{2}", c)]
    ok = q(val(area) * val(rate)) == val(amt) and sum(amts) == val(sub_nums[1])
    out["subsidy-amount-not-area-times-standard"] = (ok, "%s x %s vs %s; group sum %s vs 小计 %s"
                                                     % (area, rate, amt, sum(amts), sub_nums[1]))
    m = find1(r"共(\d+)户，补贴面积" + NUM + r"亩，补贴资金" + NUM + r"元，其中脱贫户（含监测户）(\d+)户", t, "脱贫户")
    out["count-part-exceeds-whole"] = (int(m[3]) <= int(m[0]), "part %s, whole %s" % (m[3], m[0]))
    m = find1(r"补贴资金合计" + NUM + r"元，其中：([^。]*)。", t, "管区其中")
    parts = re.findall(r"(\S{2}管区)" + NUM + "元", m[1])
    t1 = [[c[0] for c in r] for r in v["tables"][0]]
    subs, cur = {}, None
    for r in t1:
        if r[0].endswith("管区"):
            cur = r[0]
        if r[0] == "小计":
            subs[cur] = r[3]
    ok = q(sum(val(x) for _, x in parts)) == val(m[0]) and all(val(subs[g]) == val(x) for g, x in parts)
    out["breakdown-sum-mismatch"] = (ok, "%s vs %s; 表1 %s" % (parts, m[0], subs))
    return out


# ------------------------------------------------------------------ main

def main():
    import t01_gen
    import t03_gen
    import t05_gen
    cases = [(t01_gen.DOCX, vis_docx, rel_t01), (t05_gen.PDF, vis_pdf, rel_t05), (t03_gen.HTML, vis_html, rel_t03)]
    specs = {}
    for gen, fn, fname in plant_errors.PLANTS:
        specs[fname] = fn()[1]
    kinds, fams, fmts = [], set(), set()
    for fname, reader, rel in cases:
        clean_p = os.path.join(kit.SETDIR, fname)
        err_p = os.path.join(kit.ERRORS, fname)
        stem = os.path.splitext(fname)[0]
        exp = json.load(open(os.path.join(kit.ERRORS, stem + ".expected.json"), encoding="utf-8"))
        check("%s expected.json equals plant spec" % stem, exp == specs[fname])
        check("%s has 3 errors" % stem, len(exp) == 3)
        C, E = reader(clean_p), reader(err_p)
        n = changed_lines(C["lines"], E["lines"])
        check("%s: exactly 3 visible lines differ" % stem, n == 3, str(n))
        ext = os.path.splitext(fname)[1]
        fmts.add(ext)
        if ext == ".docx":
            za, zb = zipfile.ZipFile(clean_p), zipfile.ZipFile(err_p)
            same = all(za.read(x) == zb.read(x) for x in za.namelist() if x != "word/document.xml")
            check("%s: zip members other than document.xml identical" % stem,
                  same and za.namelist() == zb.namelist())
        if ext == ".pdf":
            check("%s: same page count" % stem, C["pages"] == E["pages"], str(E["pages"]))
            n2 = changed_lines(C["rows"], E["rows"])
            check("%s: exactly 3 glyph rows differ" % stem, n2 == 3, str(n2))
        if ext == ".html":
            n2 = changed_lines(C["nodes"], E["nodes"])
            check("%s: exactly 3 text nodes differ" % stem, n2 == 3, str(n2))
        rc, re_ = rel(C), rel(E)
        for e in exp:
            k = e["kind"]
            kinds.append(k)
            fams.add(e["family"])
            check("%s [%s]: relation holds on clean" % (stem, k), rc[k][0], rc[k][1])
            check("%s [%s]: relation fails on copy" % (stem, k), not re_[k][0], re_[k][1])
            for j, ev in enumerate(e["evidence"]):
                check("%s [%s]: evidence %r length 4-30" % (stem, k, ev), 4 <= len(ev) <= 30, str(len(ev)))
                cnt = E["text"].count(ev)
                check("%s [%s]: evidence %r once in copy" % (stem, k, ev), cnt == 1, str(cnt))
                if ext == ".pdf":
                    inline = sum(ln.count(ev) for ln in E["raw"].split("\n"))
                    check("%s [%s]: evidence %r once inside one pdfminer line" % (stem, k, ev), inline == 1,
                          str(inline))
                if j == 0:
                    check("%s [%s]: planted evidence %r absent from clean" % (stem, k, ev), ev not in C["text"])
            # the other relations of this copy are untouched by this error only if they hold on the copy
        check("%s: all relations hold on clean" % stem, all(x[0] for x in rc.values()))
        # each error planted ALONE breaks its own relation and none of the other two
        gen, fn = [(g, f) for g, f, n_ in plant_errors.PLANTS if n_ == fname][0]
        with tempfile.TemporaryDirectory() as td:
            for k_i, e in enumerate(exp):
                M1, _ = fn(only=k_i)
                p1 = gen.main(out_dir=td, model=M1, ledger=False)
                r1 = rel(reader(p1))
                bad = sorted(k for k, (ok, _) in r1.items() if not ok)
                check("%s [%s] planted alone breaks exactly its own relation" % (stem, e["kind"]),
                      bad == [e["kind"]], str(bad))
                n1 = changed_lines(C["lines"], reader(p1)["lines"])
                check("%s [%s] planted alone changes exactly one visible line" % (stem, e["kind"]), n1 == 1, str(n1))
    check("9 errors", len(kinds) == 9, str(len(kinds)))
    check("9 different kinds", len(set(kinds)) == 9, str(sorted(set(kinds))))
    check("3 formats", fmts == {".docx", ".pdf", ".html"}, str(fmts))
    need = {"score", "value-conflict", "ratio", "date", "unit", "part-whole", "sum"}
    check("families present", need <= fams, str(sorted(fams)))
    # re-plant into a scratch folder: byte-identical
    with tempfile.TemporaryDirectory() as td:
        plant_errors.make(td)
        for f in sorted(os.listdir(kit.ERRORS)):
            a, b = os.path.join(kit.ERRORS, f), os.path.join(td, f)
            check("re-plant byte-identical: %s" % f, os.path.exists(b) and filecmp.cmp(a, b, shallow=False))
    os.makedirs(kit.SCRATCH, exist_ok=True)
    with open(os.path.join(kit.SCRATCH, "verify_errors.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(LOG) + "\n")
    print("verify_errors: %d checks, %d failed" % (len(LOG), len(FAIL)))
    for f in FAIL:
        print("  FAILED:", f)
    if FAIL:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
