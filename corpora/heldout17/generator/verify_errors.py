"""Check the three errored copies against their clean originals and expected.json.

For each copy:
  * its visible text differs from the clean visible text in exactly three lines, one per planted edit;
  * the raw file differs only there (txt/html: exactly three changed lines, each = clean line with the edit;
    docx: every zip member byte-identical except word/document.xml, which equals the clean XML with the
    three edits applied);
  * every evidence string occurs exactly once in the copy's visible text, and no planted string occurs in
    the clean visible text;
  * the relation each error breaks holds on the clean text and fails on the copy;
  * expected.json equals the plant specification.
For the set: 9 different kinds, 3 formats with at least one binary (docx/pdf).
"""
import difflib
import importlib
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
import plant_errors as PE

FAIL = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def changed_pairs(a_lines, b_lines):
    sm = difflib.SequenceMatcher(a=a_lines, b=b_lines, autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag != "replace" or (i2 - i1) != (j2 - j1):
            return None
        pairs += list(zip(a_lines[i1:i2], b_lines[j1:j2]))
    return pairs


def edit_matches(e, a, b):
    if e["type"] == "text":
        return a.count(e["old"]) == 1 and a.replace(e["old"], e["new"]) == b
    # cell: whole line (docx/html visible) or one tab field (txt)
    if a == e["old"] and b == e["new"]:
        return True
    fa, fb = a.split("\t"), b.split("\t")
    return (len(fa) == len(fb) > e["col"] and fa[0] == e["row"] and fa[e["col"]] == e["old"]
            and fb[e["col"]] == e["new"] and fa[:e["col"]] + fa[e["col"] + 1:] == fb[:e["col"]] + fb[e["col"] + 1:])


def main():
    clean = {}
    mods = {}
    for k, fn_ in PE.FILES.items():
        mods[k] = importlib.import_module("%s_gen" % k)
        clean[k] = mods[k].visible(os.path.join(OUT, fn_))
    sp = PE.specs(clean)
    kinds, fams, fmts = [], [], []
    for k, s in sp.items():
        fn_ = PE.FILES[k]
        cpath, epath = os.path.join(OUT, fn_), os.path.join(ERR, fn_)
        ext = os.path.splitext(fn_)[1]
        fmts.append(ext)
        print("== errors/%s" % fn_)
        cv, ev = clean[k], mods[k].visible(epath)
        # visible text: exactly three changed lines, one per edit
        pairs = changed_pairs(cv.split("\n"), ev.split("\n"))
        check(pairs is not None and len(pairs) == 3, "visible text differs in exactly 3 lines (%s)" % (None if pairs is None else len(pairs)))
        if pairs:
            used = set()
            for e in s["edits"]:
                hit = [i for i, (a, b) in enumerate(pairs) if i not in used and edit_matches(e, a, b)]
                check(len(hit) == 1, "visible edit %r -> %r" % (e["old"], e["new"]))
                used.update(hit[:1])
        # raw file
        if ext in (".txt", ".html"):
            ra = open(cpath, encoding="utf-8").read().split("\n")
            rb = open(epath, encoding="utf-8").read().split("\n")
            rp = changed_pairs(ra, rb)
            check(rp is not None and len(rp) == 3, "raw source differs in exactly 3 lines")
            if rp:
                used = set()
                for e in s["edits"]:
                    hit = [i for i, (a, b) in enumerate(rp) if i not in used and
                           (edit_matches(e, a, b) or (e["type"] == "cell" and a.replace(">%s<" % e["old"], ">%s<" % e["new"]) == b))]
                    check(len(hit) == 1, "raw edit %r" % e["old"])
                    used.update(hit[:1])
        else:
            za, zb = zipfile.ZipFile(cpath), zipfile.ZipFile(epath)
            check(za.namelist() == zb.namelist(), "docx: same zip members")
            for nm in za.namelist():
                if nm != "word/document.xml":
                    check(za.read(nm) == zb.read(nm), "docx: %s byte-identical" % nm)
            xa, xb = za.read("word/document.xml").decode(), zb.read("word/document.xml").decode()
            for e in s["edits"]:
                if e["type"] == "text":
                    o, n = escape(e["old"]), escape(e["new"])
                else:
                    o, n = ">%s</w:t>" % escape(e["old"]), ">%s</w:t>" % escape(e["new"])
                check(xa.count(o) == 1, "docx xml: edit target unique %r" % o)
                xa = xa.replace(o, n)
            check(xa == xb, "docx: document.xml = clean XML with the three edits")
        # evidence
        for e in s["expected"]:
            for ev_s in e["evidence"]:
                check(ev.count(ev_s) == 1, "evidence once in copy: %r (%d)" % (ev_s, ev.count(ev_s)))
                check(6 <= len(ev_s) <= 30 or (len(ev_s) >= 5 and any(c.isdigit() for c in ev_s)), "evidence short: %r" % ev_s)
            rel = getattr(PE, e["rel"])
            check(rel(cv) and not rel(ev), "relation %s holds in clean, fails in copy" % e["rel"])
            kinds.append(e["kind"])
            fams.append(e["family"])
        for e in s["edits"]:
            if e["type"] == "text":
                check(e["new"] not in cv, "planted string absent from clean text: %r" % e["new"])
            else:
                check(e["new"] not in cv.split("\n") and all(e["new"] not in l.split("\t") for l in cv.split("\n")),
                      "planted cell value absent from clean cells: %r" % e["new"])
        base = os.path.splitext(fn_)[0]
        exp = json.load(open(os.path.join(ERR, base + ".expected.json"), encoding="utf-8"))
        check(exp == [{kk: e[kk] for kk in ("kind", "family", "evidence", "explanation")} for e in s["expected"]],
              "expected.json matches the plant specification")
        check(len(exp) == 3, "three planted errors")
    print("== set")
    check(len(kinds) == 9 and len(set(kinds)) == 9, "9 different kinds")
    check(len(set(fmts)) == 3 and any(x in (".docx", ".pdf") for x in fmts), "three formats incl. a binary one: %s" % fmts)
    print("families:", sorted(fams))
    if FAIL:
        print("%d FAILURES" % len(FAIL))
        sys.exit(1)
    print("all error checks passed")


if __name__ == "__main__":
    main()
