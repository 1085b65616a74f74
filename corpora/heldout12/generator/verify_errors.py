# -*- coding: utf-8 -*-
"""Verify the planted-error copies in errors/:
 1. every evidence snippet of every expected entry occurs EXACTLY ONCE in the visible
    text of the copy (txt: whole file; docx: body paragraphs + table cells, checked both
    with each <w:tc> once and with python-docx's naive row.cells iteration; html: text
    nodes outside <head>, checked joined with "\n" and with "");
 2. the copy differs from its original in exactly len(expected) places (visible-text
    diff hunks; for txt/html also the raw file), and each hunk lies inside an evidence
    snippet of exactly one expected entry, each entry owning exactly one hunk;
 3. docx copies keep the original table/paragraph structure;
 4. each entry has the required keys and a known family.
Exit status 0 only if everything passes."""
import difflib
import json
import os
import sys

from docx_text import docx_visible_text, docx_naive_text, docx_blocks
from html_text import html_visible_text

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = os.path.join(HERE, "errors")
FAMILIES = {"value-conflict", "sum", "ratio", "date", "score", "structure"}
failures = []


def fail(msg):
    failures.append(msg)
    print("  FAIL:", msg)


def visible_variants(path):
    """Return (primary_text, [other variants that must give the same counts])."""
    if path.endswith(".docx"):
        return docx_visible_text(path), [docx_naive_text(path)]
    src = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return html_visible_text(src, "\n"), [html_visible_text(src, "")]
    return src, []


def raw_text(path):
    if path.endswith(".docx"):
        return None
    return open(path, encoding="utf-8").read()


def hunks(a, b, gap=8):
    """Changed regions of b relative to a, as (j1, j2) spans in b, merging regions
    closer than `gap` characters."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    spans = [(j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]
    merged = []
    for j1, j2 in spans:
        if merged and j1 - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], max(j2, merged[-1][1]))
        else:
            merged.append((j1, j2))
    return merged


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i >= 0:
        out.append((i, i + len(snip)))
        i = text.find(snip, i + 1)
    return out


def main():
    files = sorted(fn for fn in os.listdir(ERR) if fn.endswith((".txt", ".docx", ".html", ".pdf")))
    total_entries = 0
    fams = set()
    for fn in files:
        copy, orig = os.path.join(ERR, fn), os.path.join(HERE, fn)
        stem = os.path.splitext(fn)[0]
        exp_path = os.path.join(ERR, stem + ".expected.json")
        print("==", fn)
        if not os.path.exists(orig):
            fail("%s: original missing" % fn)
            continue
        if not os.path.exists(exp_path):
            fail("%s: expected.json missing" % fn)
            continue
        entries = json.load(open(exp_path, encoding="utf-8"))
        total_entries += len(entries)
        vt, variants = visible_variants(copy)
        # 4. schema
        for k, e in enumerate(entries):
            for key in ("kind", "family", "evidence", "explanation"):
                if key not in e:
                    fail("%s entry %d: missing %s" % (fn, k, key))
            if e.get("family") not in FAMILIES:
                fail("%s entry %d: bad family %r" % (fn, k, e.get("family")))
            fams.add(e.get("family"))
            if not e.get("evidence"):
                fail("%s entry %d: empty evidence" % (fn, k))
        # 1. evidence exactly once
        for k, e in enumerate(entries):
            for snip in e["evidence"]:
                n = vt.count(snip)
                if n != 1:
                    fail("%s entry %d (%s): evidence %r occurs %d times" % (fn, k, e["kind"], snip, n))
                for v in variants:
                    if v.count(snip) != 1:
                        fail("%s entry %d: evidence %r occurs %d times in alternative extraction"
                             % (fn, k, snip, v.count(snip)))
        # 2. diff hunks
        ov, _ = visible_variants(orig)
        hs = hunks(ov, vt)
        if len(hs) != len(entries):
            fail("%s: %d visible-text hunks, expected %d: %s" % (fn, len(hs), len(entries),
                                                                 [vt[a - 5:b + 5] for a, b in hs]))
        owner = {}
        for h in hs:
            who = []
            for k, e in enumerate(entries):
                spans = [sp for snip in e["evidence"] for sp in occurrences(vt, snip)]
                if any(s0 <= h[0] and h[1] <= s1 for s0, s1 in spans):
                    who.append(k)
            if len(who) != 1:
                fail("%s: hunk %r (%r) covered by entries %s" % (fn, h, vt[h[0]:h[1]], who))
            else:
                owner.setdefault(who[0], []).append(h)
        for k, e in enumerate(entries):
            if len(owner.get(k, [])) != 1:
                fail("%s entry %d (%s) owns %d hunks" % (fn, k, e["kind"], len(owner.get(k, []))))
            else:
                (a, b), = owner[k]
                print("  ok  [%s/%s] changed %r" % (e["family"], e["kind"], vt[max(0, a - 6):b + 6].replace("\n", "|")))
        ro, rc = raw_text(orig), raw_text(copy)
        if ro is not None:
            rh = hunks(ro, rc)
            if len(rh) != len(entries):
                fail("%s: %d raw-file hunks, expected %d" % (fn, len(rh), len(entries)))
        # 3. docx structure preserved
        if fn.endswith(".docx"):
            bo, bc = docx_blocks(orig), docx_blocks(copy)
            if len(bo) != len(bc):
                fail("%s: block count changed %d -> %d" % (fn, len(bo), len(bc)))
            changed = sum(1 for x, y in zip(bo, bc) if x != y)
            if changed != len(entries):
                fail("%s: %d blocks changed, expected %d" % (fn, changed, len(entries)))
    print()
    print("files: %d, planted entries: %d, families: %s" % (len(files), total_entries, sorted(fams)))
    if any(fn.endswith(".txt") for fn in files) and not any(fn.endswith((".docx", ".html", ".pdf")) for fn in files):
        fail("need at least one non-.txt copy")
    if failures:
        print("VERIFY FAILED (%d problems)" % len(failures))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
