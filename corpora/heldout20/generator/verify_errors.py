"""Verify the three error copies and their expected.json files.

For each copy:
* its visible text differs from the clean report's visible text in exactly three lines
  (docx: paragraph/cell lines; txt: lines; pdf: pdfminer text lines, and also the row-wise text
  rebuilt from character boxes); docx: all zip members except word/document.xml byte-identical;
* every evidence snippet occurs exactly once in the copy's visible text (docx paragraphs and
  cells; the txt file; the pdf's flattened pdfminer text -- and, for the pdf, also inside the
  raw pdfminer text without crossing a line break), and the first (planted) snippet does not
  occur in the clean text;
* for each planted error, a relation re-read from the visible text holds on the clean report
  and fails on the copy;
* expected.json equals the plant specification and re-planting into a scratch folder gives
  byte-identical files.
Set level: 9 errors, 9 different kinds, families value-conflict/sum/ratio/date/score/unit/
part-whole all present, three formats.
"""
import csv
import hashlib
import io
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, ERRDIR, N, ROOT, SCRATCH, docx_rows, pdf_flat, pdf_lines, r, read_docx, read_pdf, read_txt  # noqa
import plant_errors as PE

FAIL = []
LOG = []


def ok(cond, msg):
    LOG.append(("OK   " if cond else "FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def views(path):
    if path.endswith(".docx"):
        t = read_docx(path)
        return {"lines": t.split("\n"), "text": t, "raw": t}
    if path.endswith(".txt"):
        t = read_txt(path)
        return {"lines": t.split("\n"), "text": t, "raw": t}
    raw = read_pdf(path)
    return {"lines": raw.split("\n"), "text": pdf_flat(path), "raw": raw, "rows": pdf_lines(path).split("\n")}


def ndiff(a, b):
    if len(a) != len(b):
        return -1
    return sum(1 for x, y in zip(a, b) if x != y)


# ---------------------------------------------------------------- relations (text -> bool holds)
def rel_t01_kuan(path, text):
    rows = docx_rows(path)
    kuan = [rw for rw in rows if "农村综合改革" in rw][0]
    it1 = [rw for rw in rows if "对村级公益事业建设的补助" in rw][0]
    it2 = [rw for rw in rows if "对村民委员会和村党支部的补助" in rw][0]
    i = kuan.index("农村综合改革")
    j1, j2 = it1.index("对村级公益事业建设的补助"), it2.index("对村民委员会和村党支部的补助")
    return N(kuan[i + 1]) == N(it1[j1 + 1]) + N(it2[j2 + 1])


def rel_t01_growth(path, text):
    m = re.search(r"机关运行经费支出([\d,.]+)万元，比上年([\d,.]+)万元(下降|增长)([\d.]+)%", text)
    a, b, word, g = N(m.group(1)), N(m.group(2)), m.group(3), N(m.group(4))
    v = r((a - b) / b * 100, 2)
    return abs(v) == g and ((v < 0) == (word == "下降"))


def rel_t01_unit(path, text):
    m = re.search(r"政府采购支出总额([\d,.]+)(万元|元)，其中：政府采购货物支出([\d,.]+)(万元)、政府采购工程支出([\d,.]+)(万元)、"
                  r"政府采购服务支出([\d,.]+)(万元)", text)
    units = {m.group(2), m.group(4), m.group(6), m.group(8)}
    return len(units) == 1 and N(m.group(1)) == N(m.group(3)) + N(m.group(5)) + N(m.group(7))


def rel_t02_region(path, text):
    m = re.search(r"蒙岭县([\d,]+\.\d\d)万元", text)
    rows = [l for l in pdf_lines(path).split("\n") if l.startswith("蒙岭县 | ")]
    return len(rows) == 1 and N(m.group(1)) == N(rows[0].split(" | ")[1])


def rel_t02_pp(path, text):
    m = re.search(r"占转移支付总额的([\d.]+)%，比上年提高([\d.]+)个百分点", text)
    m2 = re.search(r"2023年一般性转移支付占比为([\d.]+)%", text)
    return N(m.group(1)) - N(m2.group(1)) == N(m.group(2))


def rel_t02_date(path, text):
    m = re.findall(r"沂澄市财政局(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    y, mo, d = map(int, m[-1])
    return (y, mo, d) > (2024, 12, 31)


def _t03_table(text, k):
    start = text.index("\r\n附件%d\r\n\r\n" % k) + len("\r\n附件%d\r\n\r\n" % k)
    end = text.find("\r\n\r\n", start)
    block = text[start:end]
    return list(csv.reader(io.StringIO(block, newline=""), delimiter="\t"))


def rel_t03_score(path, text):
    rows = _t03_table(text, 3)
    hdr = [i for i, rw in enumerate(rows) if rw and rw[0] == "绩效指标"][0]
    inds = rows[hdr + 1:-1]
    return all(N(rw[7]) <= N(rw[6]) for rw in inds)


def rel_t03_rate(path, text):
    m = re.search(r"全年预算合计([\d,.]+)万元（[^）]*）.*?全年执行数合计([\d,.]+)万元，总体预算执行率为([\d.]+)%", text)
    return r(N(m.group(2)) / N(m.group(1)) * 100, 2) == N(m.group(3))


def rel_t03_part(path, text):
    m = re.search(r"全年选聘生态护林员([\d,]+)人，其中脱贫人口（含监测对象）([\d,]+)人", text)
    return N(m.group(2)) <= N(m.group(1))


RELS = {
    "t01": [rel_t01_kuan, rel_t01_growth, rel_t01_unit],
    "t02": [rel_t02_region, rel_t02_pp, rel_t02_date],
    "t03": [rel_t03_score, rel_t03_rate, rel_t03_part],
}


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def main():
    kinds, fams, fmts = [], set(), set()
    for tag, gen, spec, ext in PE.TARGETS:
        clean = os.path.join(ROOT, gen.NAME + ext)
        bad = os.path.join(ERRDIR, gen.NAME + ext)
        expp = os.path.join(ERRDIR, gen.NAME + ".expected.json")
        fmts.add(ext)
        vc, vb = views(clean), views(bad)
        nd = ndiff(vc["lines"], vb["lines"])
        ok(nd == 3, "%s: visible text differs in exactly 3 lines (got %d)" % (tag, nd))
        if ext == ".pdf":
            ndr = ndiff(vc["rows"], vb["rows"])
            ok(ndr == 3, "%s: row-wise pdf text differs in exactly 3 lines (got %d)" % (tag, ndr))
            ok(len(vc["raw"].split("\x0c")) == len(vb["raw"].split("\x0c")), "%s: same page count" % tag)
        if ext == ".docx":
            zc, zb = zipfile.ZipFile(clean), zipfile.ZipFile(bad)
            names = zc.namelist()
            ok(names == zb.namelist(), "%s: same zip members" % tag)
            diff = [n for n in names if zc.read(n) != zb.read(n)]
            ok(diff == ["word/document.xml"], "%s: only word/document.xml differs (%s)" % (tag, diff))
        exp = json.load(open(expp, encoding="utf-8"))
        _, errs = spec()
        ok(exp == PE.expected_of(errs), "%s: expected.json equals the plant specification" % tag)
        ok(len(exp) == 3, "%s: three planted errors" % tag)
        for e, rel in zip(exp, RELS[tag]):
            kinds.append(e["kind"])
            fams.add(e["family"])
            for i, s in enumerate(e["evidence"]):
                n = vb["text"].count(s)
                ok(n == 1, "%s/%s: evidence %r occurs exactly once in the copy (got %d)" % (tag, e["kind"], s, n))
                ok(4 <= len(s) <= 30, "%s/%s: evidence %r length 4-30" % (tag, e["kind"], s))
                if ext == ".pdf":
                    ok(vb["raw"].count(s) == 1, "%s/%s: evidence %r within one pdfminer line" % (tag, e["kind"], s))
                if i == 0:
                    ok(vc["text"].count(s) == 0, "%s/%s: planted evidence %r absent from the clean text" % (tag, e["kind"], s))
            hc = rel(clean, vc["text"])
            hb = rel(bad, vb["text"])
            ok(hc and not hb, "%s/%s: relation holds on clean (%s) and fails on copy (%s)" % (tag, e["kind"], hc, hb))
        # re-plant into scratch and compare bytes
        tmp = os.path.join(SCRATCH, "replant")
        p2 = PE.plant(tag, gen, spec, ext, outdir=tmp)
        ok(sha(p2) == sha(bad), "%s: re-planting is byte-identical" % tag)
        ok(sha(os.path.join(tmp, gen.NAME + ".expected.json")) == sha(expp), "%s: expected.json re-planted identically" % tag)
    ok(len(kinds) == 9 and len(set(kinds)) == 9, "set: 9 errors of 9 different kinds (%s)" % ", ".join(kinds))
    need = {"value-conflict", "sum", "ratio", "date", "score", "unit", "part-whole"}
    ok(need <= fams, "set: families %s" % sorted(fams))
    ok(fmts == {".docx", ".pdf", ".txt"}, "set: formats %s" % sorted(fmts))
    for l in LOG:
        print(l)
    print("verify_errors: %d checks, %d failed" % (len(LOG), len(FAIL)))
    if FAIL:
        sys.exit(1)


if __name__ == "__main__":
    main()
