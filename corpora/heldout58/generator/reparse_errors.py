# -*- coding: utf-8 -*-
"""Independent re-parse of the nine planted relations with plain regexes on the read-back of the
written files (clean corpus file vs errors/ copy).  Does not use the Ledger: each relation must hold
in the clean file and fail in the copy."""
import os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib58
from lib58 import D, q, nows

OUT = os.path.dirname(HERE)
T01 = 't01_yangchuan_county_village_resident_work_teams_funds_use_report_2025.txt'
T03 = 't03_jiaoning_county_agricultural_product_quality_safety_testing_funds_project_selfeval_2025.pdf'
T04 = 't04_yiyang_county_state_owned_land_use_right_transfer_income_use_disclosure_2024.html'

def g(pat, t):
    m = re.search(pat, t)
    assert m, pat
    return [D(x) if re.match(r'^[\d,.]+$', x) else x for x in m.groups()]

def r01_sum(raw):
    a, b, c = g(r'队员([\d,]+)人（含第一书记\d+人），其中县直单位选派([\d,]+)人、乡镇选派([\d,]+)人', nows(raw))
    return a == b + c

def r01_avg(raw):
    n, inv, avg = g(r'引进帮扶项目(\d+)个、总投资([\d,.]+)万元，平均每个项目投资([\d.]+)万元', nows(raw))
    return q(inv / n) == avg

def r01_date(raw):
    y, m, d = [int(x) for x in re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', raw)[-1]]
    return datetime.date(y, m, d) > datetime.date(2025, 12, 31)

def _after(raw, caption, stop):
    lines = [l.strip() for l in raw.split('\n')]
    i = next(k for k, l in enumerate(lines) if l.startswith(caption))
    out = []
    for l in lines[i + 1:]:
        if l.startswith(stop):
            break
        if re.match(r'^[\d,]+\.\d\d$', l):
            out.append(D(l))
    return out

def r03_score(raw):
    xs = _after(raw, '表2', '本项目')
    return len(xs) == 14 and sum(xs[:13]) == xs[13]

def r03_exec(raw):
    xs = _after(raw, '用途', '（一）')
    b, e, r = xs[0:6], xs[6:12], xs[12:18]
    return q(e[2] * 100 / b[2]) == r[2]

def r03_count(raw):
    n, lst = g(r'覆盖(\d+)个乡镇农产品质量安全监管站，即(.*?)监管站，', nows(raw))
    items = re.split(r'、|和', lst)
    return int(n) == len(items)

def r04_bal(raw):
    t = nows(raw)
    inc, = g(r'实现土地出让收入([\d,.]+)万元', t)
    sp, = g(r'安排的支出为([\d,.]+)万元', t)
    op, out, cl = g(r'2024年初土地出让收入结转([\d,.]+)万元.*?调入一般公共预算([\d,.]+)万元后，年末滚存结余([\d,.]+)万元', t)
    return op + inc - sp - out == cl

def r04_pp(raw):
    a, b, c = g(r'占土地出让收益的([\d.]+)%，比上年的([\d.]+)%高出([\d.]+)个百分点', nows(raw))
    return a - b == c

def r04_restate(raw):
    t = nows(raw)
    a, = g(r'实现土地出让收入([\d,.]+)万元', t)
    b, = g(r'2024年全县土地出让收入([\d,.]+)万元、安排支出', t)
    return a == b

CASES = [(T01, 'breakdown-sum-mismatch', r01_sum), (T01, 'average-mismatch', r01_avg),
         (T01, 'report-dated-before-period-end', r01_date),
         (T03, 'score-total-mismatch', r03_score), (T03, 'execution-rate-mismatch', r03_exec),
         (T03, 'item-count-mismatch', r03_count),
         (T04, 'balance-identity-broken', r04_bal), (T04, 'percentage-point-mismatch', r04_pp),
         (T04, 'restated-figure-conflict', r04_restate)]

def main():
    log, bad = [], 0
    for f, kind, fn in CASES:
        clean = lib58.readback(os.path.join(OUT, f))
        copy = lib58.readback(os.path.join(OUT, 'errors', f))
        hc, hp = fn(clean), fn(copy)
        ok = hc and not hp
        bad += not ok
        log.append('%s %s %s: holds in clean=%s, holds in copy=%s' % ('OK  ' if ok else 'FAIL', f[:3], kind, hc, hp))
    log.append('%d relations re-parsed, %d failed' % (len(CASES), bad))
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    with open(os.path.join(HERE, 'logs', 'reparse_errors.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(log) + '\n')
    print('\n'.join(log))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
