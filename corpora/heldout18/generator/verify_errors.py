"""Verify the three error copies against the clean reports.

For every copy:
* the visible text differs from the clean visible text in exactly three lines;
* txt / html: the raw files differ in exactly three lines;
  docx: every zip member is byte-identical except word/document.xml;
* every evidence string occurs exactly once in the copy's visible text, and the
  planted (first) evidence string does not occur in the clean visible text;
* each planted error's relation check holds on the clean text and fails on the copy,
  (the checks re-parse the numbers with regular expressions);
* errors/NAME.expected.json equals the plant specification.
For the set: 9 planted errors, 9 different kinds, formats include docx (binary), html, txt.
"""
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plant_errors as PE  # noqa: E402
from common import ERR  # noqa: E402


def fail(msg):
    raise AssertionError(msg)


def main():
    kinds, fmts, n = [], set(), 0
    for mod, cp, sp in PE.specs():
        ep = os.path.join(ERR, os.path.basename(cp))
        ext = os.path.splitext(cp)[1]
        fmts.add(ext)
        clean, err = mod.visible(cp), mod.visible(ep)
        cl, el = clean.split("\n"), err.split("\n")
        if len(cl) != len(el):
            fail("%s: line count differs" % ep)
        diff = [i for i, (a, b) in enumerate(zip(cl, el)) if a != b]
        if len(diff) != 3:
            fail("%s: %d visible lines differ" % (ep, len(diff)))
        if ext in (".txt", ".html", ".md"):
            ra = open(cp, encoding="utf-8").read().split("\n")
            rb = open(ep, encoding="utf-8").read().split("\n")
            rd = [i for i, (a, b) in enumerate(zip(ra, rb)) if a != b]
            if len(ra) != len(rb) or len(rd) != 3:
                fail("%s: raw lines differing = %d" % (ep, len(rd)))
        elif ext == ".docx":
            with zipfile.ZipFile(cp) as za, zipfile.ZipFile(ep) as zb:
                if za.namelist() != zb.namelist():
                    fail("%s: zip members differ" % ep)
                changed = [m for m in za.namelist() if za.read(m) != zb.read(m)]
                if changed != ["word/document.xml"]:
                    fail("%s: changed members %s" % (ep, changed))
        for e in sp:
            for ev in e["evidence"]:
                c = err.count(ev)
                if c != 1:
                    fail("%s: evidence %r occurs %d times in the copy" % (ep, ev, c))
            if e["evidence"][0] in clean:
                fail("%s: planted string %r already in the clean text" % (ep, e["evidence"][0]))
            if not e["holds"](clean):
                fail("%s: relation of %s does not hold on the clean text" % (ep, e["kind"]))
            if e["holds"](err):
                fail("%s: relation of %s still holds on the copy" % (ep, e["kind"]))
            kinds.append(e["kind"])
            n += 1
            print("  ok  %-40s %s" % (e["kind"], os.path.basename(ep)))
        with open(os.path.join(ERR, mod.NAME + ".expected.json"), encoding="utf-8") as fh:
            if json.load(fh) != PE.expected_of(sp):
                fail("%s: expected.json differs from the plant specification" % mod.NAME)
    if n != 9 or len(set(kinds)) != 9:
        fail("set: %d errors, %d kinds" % (n, len(set(kinds))))
    if not {".docx", ".html", ".txt"} <= fmts:
        fail("set: formats %s" % sorted(fmts))
    print("verify_errors: %d planted errors, %d kinds, formats %s -- all OK" % (n, len(set(kinds)), " ".join(sorted(fmts))))
    return True


if __name__ == "__main__":
    try:
        ok = main()
    except AssertionError as exc:
        print("verify_errors FAILED:", exc)
        ok = False
    sys.exit(0 if ok else 1)
