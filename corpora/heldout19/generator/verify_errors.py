"""Verify the three error copies against the clean reports.

For each copy:
* the visible text differs from the clean visible text in exactly three lines;
* html: the raw files differ in exactly three lines; pdf: the visible-text check uses pdfminer's own text lines
  and the row-wise text rebuilt from character boxes also differs in exactly three lines;
  docx: every zip member is byte-identical except word/document.xml;
* every evidence string occurs exactly once in the copy's visible text, and the first (planted) one does not
  occur in the clean visible text;
* for each planted error, a relation re-parsed from the visible text (or the rendered table) HOLDS on the clean
  report and FAILS on the copy;
* expected.json equals the plant specification, and re-planting into a scratch file gives a byte-identical copy.
For the set: 9 errors of 9 different kinds, in three formats.
"""
import difflib
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ERR, OUT, SCRATCH
import plant_errors as PE


def ndiff_lines(a, b):
    sm = difflib.SequenceMatcher(None, a.split("\n"), b.split("\n"), autojunk=False)
    n = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            n += max(i2 - i1, j2 - j1)
    return n


def main():
    os.makedirs(SCRATCH, exist_ok=True)
    kinds, formats, total, fails = [], set(), 0, []

    def ok(cond, msg):
        if not cond:
            fails.append(msg)
        print(("  ok    " if cond else "  FAIL  ") + msg)

    for name, ext, fn, vis, rawkind, rels in PE.PLANTS:
        print("== errors/%s.%s" % (name, ext))
        clean = os.path.join(OUT, name + "." + ext)
        bad = os.path.join(ERR, name + "." + ext)
        exp = json.load(open(os.path.join(ERR, name + ".expected.json"), encoding="utf-8"))
        tmp = os.path.join(SCRATCH, "replant_" + name + "." + ext)
        _, spec = fn(tmp)
        ok(spec == exp, "expected.json equals the plant specification")
        ok(open(tmp, "rb").read() == open(bad, "rb").read(), "re-planting is byte-identical")
        os.remove(tmp)
        vc, vb = vis(clean), vis(bad)
        if ext == "pdf":
            # the flattened PDF text has no line breaks; compare pdfminer's own text lines
            nd = ndiff_lines(PE.lines_pdf(clean), PE.lines_pdf(bad))
            ok(nd == 3, "visible (pdfminer) text differs in exactly 3 lines (%d)" % nd)
        else:
            nd = ndiff_lines(vc, vb)
            ok(nd == 3, "visible text differs in exactly 3 lines (%d)" % nd)
        if rawkind == "html":
            nd = ndiff_lines(open(clean, encoding="utf-8").read(), open(bad, encoding="utf-8").read())
            ok(nd == 3, "raw html differs in exactly 3 lines (%d)" % nd)
        elif rawkind == "pdf":
            nd = ndiff_lines(PE.pdf_rows(clean), PE.pdf_rows(bad))
            ok(nd == 3, "row-wise PDF text (character boxes) differs in exactly 3 lines (%d)" % nd)
        else:
            with zipfile.ZipFile(clean) as za, zipfile.ZipFile(bad) as zb:
                na, nb = za.namelist(), zb.namelist()
                ok(na == nb, "same zip members")
                diff = [m for m in na if za.read(m) != zb.read(m)]
            ok(diff == ["word/document.xml"], "only word/document.xml differs (%s)" % diff)
        ok(len(exp) == 3 and len(rels) == 3, "3 errors")
        for e, rel in zip(exp, rels):
            total += 1
            kinds.append(e["kind"])
            ok(set(e) == {"kind", "family", "evidence", "explanation"}, "%s: fields" % e["kind"])
            for s in e["evidence"]:
                c = vb.count(s)
                ok(c == 1, "%s: evidence %r occurs once in the copy (%d)" % (e["kind"], s, c))
            ok(e["evidence"][0] not in vc, "%s: planted evidence %r absent from the clean report" % (e["kind"], e["evidence"][0]))
            hc, hb = rel(vc, clean), rel(vb, bad)
            ok(hc and not hb, "%s: relation %s holds on clean (%s) and fails on the copy (%s)"
               % (e["kind"], rel.__name__, hc, hb))
        formats.add(ext)
    ok(total == 9, "9 planted errors in total (%d)" % total)
    ok(len(set(kinds)) == 9, "9 different kinds (%d)" % len(set(kinds)))
    ok(formats == {"docx", "html", "pdf"}, "three formats %s" % sorted(formats))
    if fails:
        print("verify_errors: %d FAILED" % len(fails))
        sys.exit(1)
    print("verify_errors: all checks passed")


if __name__ == "__main__":
    main()
