"""Independent read-back: re-add every table's additive columns against its 合计 row, from the rendered files."""
import os
import re
import sys

import lk30
from lk30 import D

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = sorted(f for f in os.listdir(ROOT) if f.startswith('t0') and not f.endswith('.json'))


def tables(path):
    text = lk30.read(path)
    lines = text.splitlines()
    out, cur = [], None
    for ln in lines:
        if path.endswith('.txt'):
            if ln.strip() and set(ln.strip()) == {'-'}:
                if cur is None:
                    cur, dashes = [], 1
                elif dashes == 1:
                    dashes = 2
                else:
                    out.append(cur)
                    cur = None
                continue
            if cur is not None:
                cur.append(re.split(r'\s{2,}', ln.strip()))
        else:
            if ln.startswith('|') or (path.endswith('.pdf') and '|' in ln):
                cells = ln.strip('|').split('|')
                if cur is None:
                    cur = []
                cur.append(cells)
            elif cur is not None and path.endswith('.pdf') and len(ln.strip()) <= 8:
                cur.append([ln.strip()])
            elif cur is not None:
                out.append(cur)
                cur = None
    if cur:
        out.append(cur)
    res = []
    for t in out:
        rows = [r for r in t if isinstance(r, list)]
        res.append(rows)
    return res


def isnum(s):
    return re.fullmatch(r'[+-]?[\d,]+(\.\d+)?', s.strip() or 'x') is not None


def main():
    bad = 0
    n = 0
    for f in FILES:
        for t in tables(os.path.join(ROOT, f)):
            head = t[0]
            tot = [r for r in t if r and r[0].strip() == '合计' or (r and r[0].strip() in ('收入合计', '支出合计'))]
            if not tot:
                continue
            tot = tot[0]
            body = [r for r in t if r is not tot and r is not head and len(r) == len(tot) and
                    any(isnum(x) for x in r[1:])]
            if f.endswith('.pdf'):
                # the pdf header cells wrap onto two printed lines; name the non-additive columns by the 合计 label
                skip = {'收入合计': {3, 5}, '支出合计': {3}}.get(tot[0].strip(), set())
                head = ['完成' if c in skip else '' for c in range(len(tot))]
            elif len(head) != len(tot):
                print('skip (header cells merged by the reader)', f, head)
                continue
            for c in range(1, len(tot)):
                h = head[c] if c < len(head) else ''
                if any(k in h for k in ('率', '完成', '同比', '标准', '收取比例', '数量', '净利润')):
                    continue
                if not isnum(tot[c]) or not all(isnum(r[c]) for r in body):
                    continue
                s = sum(D(r[c]) for r in body)
                ok = s == D(tot[c])
                n += 1
                bad += not ok
                print(('ok  ' if ok else 'FAIL'), f, h, s, tot[c])
    print(f'{n} column sums, {bad} failed')
    return bad == 0


if __name__ == '__main__':
    sys.exit(0 if main() else 1)
