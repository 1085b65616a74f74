"""Check the planted copies in ../errors/:

1. every evidence snippet (4-20 chars) occurs exactly once in the copy's visible text;
2. the copy's visible text differs from the original's only at the planted spots: the
   character diff has exactly as many change clusters as expected errors, and every cluster
   lies inside an occurrence of an evidence snippet of a distinct error;
3. the nine errors use nine different kinds, and the families are score, date, structure,
   sum x2, value-conflict x2 and ratio x2;
4. the three copies have three different formats, and a GBK original stays GBK.

Visible text: txt = whole file decoded (UTF-8, else GB18030); docx = paragraphs + table cells
(docx_text.py); html = text nodes outside <head> (html_text.py); pdf = pdfminer.six
extract_text with default parameters (pdf_text.py), line breaks kept as extracted.
"""
import collections
import difflib
import glob
import json
import os
import sys
from common import OUT, ERR
import docx_text
import html_text
import pdf_text
import txt_text


def visible(path):
    if path.endswith('.txt') or path.endswith('.md'):
        return txt_text.visible_text(path)
    if path.endswith('.docx'):
        return docx_text.visible_text(path)
    if path.endswith('.html'):
        return html_text.visible_text(path)
    if path.endswith('.pdf'):
        return pdf_text.visible_text(path)
    raise ValueError(path)


def clusters(a, b, gap=3):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == 'equal':
            continue
        if out and j1 - out[-1][3] <= gap and i1 - out[-1][1] <= gap:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
    return out


def main():
    ok = True
    exps = sorted(glob.glob(os.path.join(ERR, '*.expected.json')))
    assert len(exps) == 3, exps
    all_kinds, fams, fmts = [], collections.Counter(), set()
    for ep in exps:
        stem = os.path.basename(ep)[:-len('.expected.json')]
        copies = [p for p in glob.glob(os.path.join(ERR, stem + '.*')) if not p.endswith('.json')]
        assert len(copies) == 1, copies
        cp = copies[0]
        fmts.add(cp.rsplit('.', 1)[1])
        orig = os.path.join(OUT, os.path.basename(cp))
        O, C = visible(orig), visible(cp)
        errs = json.load(open(ep, encoding='utf-8'))
        print('==', os.path.basename(cp), '(%d errors)' % len(errs))
        if cp.endswith('.txt'):
            eo, ec = txt_text.encoding(orig), txt_text.encoding(cp)
            good = eo == ec
            ok &= good
            print('  %s encoding original=%s copy=%s' % ('ok  ' if good else 'FAIL', eo, ec))
        if len(errs) != 3:
            print('  FAIL: expected 3 errors'); ok = False
        for e in errs:
            assert e['family'] in ('value-conflict', 'sum', 'ratio', 'date', 'score', 'structure'), e['family']
            fams[e['family']] += 1
            all_kinds.append(e['kind'])
            for s in e['evidence']:
                n = C.count(s)
                good = n == 1 and 4 <= len(s) <= 20
                ok &= good
                print('  %s evidence %r: count=%d len=%d' % ('ok  ' if good else 'FAIL', s, n, len(s)))
        cl = clusters(O, C)
        if len(cl) != len(errs):
            print('  FAIL: %d change clusters, expected %d' % (len(cl), len(errs))); ok = False
        used = set()
        for (i1, i2, j1, j2) in cl:
            hit = None
            for k, e in enumerate(errs):
                if k in used:
                    continue
                for s in e['evidence']:
                    p = C.find(s)
                    if p >= 0 and p <= j1 and j2 <= p + len(s):
                        hit = k
                        break
                if hit is not None:
                    break
            good = hit is not None
            used.add(hit)
            ok &= good
            print('  %s change %r -> %r covered by error #%s' % ('ok  ' if good else 'FAIL', O[i1:i2], C[j1:j2],
                                                               None if hit is None else hit + 1))
        if O == C:
            print('  FAIL: copy identical to original'); ok = False
    want = collections.Counter({'score': 1, 'date': 1, 'structure': 1, 'sum': 2, 'value-conflict': 2, 'ratio': 2})
    if fams != want:
        print('FAIL: families %s, want %s' % (dict(fams), dict(want))); ok = False
    else:
        print('ok   families', dict(fams))
    if len(set(all_kinds)) != 9:
        print('FAIL: kinds not all different: %s' % all_kinds); ok = False
    else:
        print('ok   nine different kinds')
    if len(fmts) != 3:
        print('FAIL: copies not in three formats: %s' % fmts); ok = False
    else:
        print('ok   formats', sorted(fmts))
    print('ALL OK' if ok else 'FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
