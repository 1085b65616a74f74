# -*- coding: utf-8 -*-
"""Build the three error copies from the clean models and verify every planted edit.

Each error is one replace_once (the substring must occur exactly once in the whole model)
or one set_cell (the old value is asserted).  For each error planted alone, the clean-ledger
checks that fail on the copy must be exactly the declared ones (the changed figure is
substituted into the checks that use it; every other figure stays as written and must still
be present in the copy's read-back)."""
import difflib
import importlib
import json
import os
import re

from lib57 import render, read_back, prove, replace_once, set_cell, squash, D, q

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

PLANTS = {
    'g02_zichuan_community_correction_funds': [
        {'op': ('cell', 1, 4, 3, '9.00', '8.40'), 'field': 'sc4', 'new': '8.40', 'fails': ['c_sc'],
         'kind': 'score-total-mismatch', 'family': 'score', 'evidence': ['8.40'],
         'explanation': '表2各项得分相加为95.03分（其中“组织实施”得8.40分），但合计行和自评结论均写95.63分，分项得分之和与总分不符。'
                        '（改动处：表2“组织实施”得分原为“9.00”，现为“8.40”。）'},
        {'op': ('rep', '预算执行率为96.54%', '预算执行率为95.64%'), 'field': 'exe_text', 'new': '95.64', 'fails': ['c_exe_text'],
         'kind': 'execution-rate-mismatch', 'family': 'ratio', 'evidence': ['预算执行率为95.64%'],
         'explanation': '项目预算96.00万元、实际支出92.68万元，执行率应为92.68÷96.00=96.54%（表1合计行亦为96.54%），正文却写“预算执行率为95.64%”。'
                        '（改动处：原文为“96.54%”，现为“95.64%”。）'},
        {'op': ('rep', '全县设司法所6个', '全县设司法所7个'), 'field': 'n_office', 'new': '7', 'fails': ['c_office'],
         'kind': 'item-count-mismatch', 'family': 'structure', 'evidence': ['全县设司法所7个'],
         'explanation': '报告称“全县设司法所7个”，但其后“即”只列出嵫城、嵫东、嵫西、嵫南、北嵫、嵫口6个司法所，个数与所列名称不符。'
                        '（改动处：原文为“司法所6个”，现为“司法所7个”。）'},
    ],
    'g04_zhuning_after_school_service_fee': [
        {'op': ('rep', '年末结余113.74万元', '年末结余131.74万元'), 'field': 'close', 'new': '131.74', 'fails': ['c_bal'],
         'kind': 'balance-mismatch', 'family': 'sum', 'evidence': ['年末结余131.74万元'],
         'explanation': '年初结余86.37万元＋本年收入1,051.95万元－本年支出1,024.58万元＝113.74万元，文中却写“年末结余131.74万元”，结余滚存关系不成立。'
                        '（改动处：原文为“113.74万元”，现为“131.74万元”。）'},
        {'op': ('rep', '人均获得劳务补助4,260.02元', '人均获得劳务补助4,620.02元'), 'field': 'per_teacher', 'new': '4,620.02',
         'fails': ['c_per_teacher'], 'kind': 'average-mismatch', 'family': 'ratio', 'evidence': ['人均获得劳务补助4,620.02元'],
         'explanation': '教师劳务补助786.40万元、参与教师1,846人，人均应为786.40万元÷1,846=4,260.02元，文中写“4,620.02元”。'
                        '（改动处：原文为“4,260.02元”，现为“4,620.02元”。）'},
        {'op': ('rep', '2026年1月26日', '2025年12月26日'), 'field': 'date', 'new': '2025年12月26日', 'fails': ['c_date'],
         'kind': 'report-dated-before-period-end', 'family': 'date', 'evidence': ['2025年12月26日'],
         'explanation': '公开的是2025年度全年（含秋季学期）的收入、支出和年末结余，落款却为2025年12月26日，早于年度终了；与文号〔2026〕也不符。'
                        '（改动处：落款原为“2026年1月26日”，现为“2025年12月26日”。）'},
    ],
    'g05_heling_clean_heating_subsidy': [
        {'op': ('cell', 0, 5, 1, '1,395', '1,359'), 'field': 'a_tot', 'new': '1,359', 'fails': ['c_acol'],
         'kind': 'table-total-mismatch', 'family': 'sum', 'evidence': ['1,359'],
         'explanation': '分乡镇发放表“煤改电”列各乡镇户数相加为412+338+205+264+176=1,395户，合计行却写1,359户，列合计不符（合计行三类户数相加也不等于2,553户）。'
                        '（改动处：合计行煤改电原为“1,395”，现为“1,359”。）'},
        {'op': ('rep', '覆盖率提高27.55个百分点', '覆盖率提高27.35个百分点'), 'field': 'cov_pp', 'new': '27.35', 'fails': ['c_cov_pp'],
         'kind': 'percentage-point-mismatch', 'family': 'ratio', 'evidence': ['覆盖率提高27.35个百分点'],
         'explanation': '年末覆盖率68.42%、上年末40.87%，应提高68.42−40.87=27.55个百分点，文中写“提高27.35个百分点”。'
                        '（改动处：原文为“27.55个百分点”，现为“27.35个百分点”。）'},
        {'op': ('rep', '本次共公示补贴资金771.36万元', '本次共公示补贴资金717.36万元'), 'field': 'total_concl', 'new': '717.36',
         'fails': ['c_total_s'], 'kind': 'restated-figure-conflict', 'family': 'value-conflict',
         'evidence': ['本次共公示补贴资金717.36万元'],
         'explanation': '第二部分写明设备购置补贴与运行补贴合计771.36万元（617.52+153.84，且与资金来源合计一致），公示说明却写“本次共公示补贴资金717.36万元”，同一数字前后不一致。'
                        '（改动处：原文为“771.36万元”，现为“717.36万元”。）'},
    ],
}


# ---------------------------------------------------------------- independent re-parse
# Each planted relation is also re-read from the read-back text with its own regular
# expression (no ledger involved): it must hold on the clean text, fail on the copy with
# that error alone, and still hold on the copies carrying only one of the other errors.
def _n(x):
    return D(x.replace(',', ''))


def _one(rx, text):
    m = re.findall(rx, text, re.M)
    assert len(m) == 1, (rx, m)
    return m[0]


def rp_score(t):
    rows = re.findall(r'^\|(决策|过程|产出|效益)\|[^|]*\|(\d+)\|([\d.]+)$', t, re.M)
    tot = _one(r'^\|合计\|\|100\|([\d.]+)$', t)
    return len(rows) == 11 and sum(_n(r[2]) for r in rows) == _n(tot)


def rp_exe(t):
    s = squash(t)
    bud = _one(r'项目预算([\d.,]+)万元', s)
    out, rate = _one(r'全年实际支出([\d.,]+)万元，预算执行率为([\d.]+)%', s)
    return q(_n(out) / _n(bud) * 100, 2) == _n(rate)


def rp_count(t):
    s = squash(t)
    n, items = _one(r'司法所(\d+)个，即([^，]+)，', s)
    return int(n) == len(items.split('、'))


def rp_balance(t):
    s = squash(t)
    a, b, c, d = _one(r'年初课后服务费结余([\d.,]+)万元，本年收入([\d.,]+)万元，本年支出([\d.,]+)万元，年末结余([\d.,]+)万元', s)
    return _n(a) + _n(b) - _n(c) == _n(d)


def rp_avg(t):
    s = squash(t)
    amt = _one(r'每课时\d+元，计([\d.,]+)万元', s)
    n, avg = _one(r'教师([\d,]+)人，人均获得劳务补助([\d.,]+)元', s)
    return q(_n(amt) * 10000 / _n(n), 2) == _n(avg)


def rp_date(t):
    lines = [x.strip() for x in t.strip().splitlines() if x.strip()]
    dl = [x for x in lines if re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日', x)]
    fy = int(_one(r'关于(\d{4})年度', squash(t)))
    y, mo, d = map(int, re.match(r'(\d{4})年(\d+)月(\d+)日', dl[-1]).groups())
    return (y, mo, d) > (fy, 12, 31)


def rp_coltotal(t):
    rows = [x.split() for x in t.splitlines() if re.match(r'^(鹖城镇|鹖东镇|西鹖乡|鹖南乡|上鹖乡|合计)\s', x)]
    body, tot = rows[:-1], rows[-1]
    return all(sum(_n(r[j]) for r in body) == _n(tot[j]) for j in range(1, 6))


def rp_pp(t):
    s = squash(t)
    now, prev, pp = _one(r'的([\d.]+)%；上年末为([\d.]+)%.*?覆盖率提高([\d.]+)个百分点', s)
    return _n(now) - _n(prev) == _n(pp)


def rp_restated(t):
    s = squash(t)
    a = _one(r'设备购置补贴与运行补贴合计([\d.,]+)万元', s)
    b = _one(r'本次共公示补贴资金([\d.,]+)万元', s)
    return _n(a) == _n(b)


REPARSE = {'score-total-mismatch': rp_score, 'execution-rate-mismatch': rp_exe, 'item-count-mismatch': rp_count,
           'balance-mismatch': rp_balance, 'average-mismatch': rp_avg, 'report-dated-before-period-end': rp_date,
           'table-total-mismatch': rp_coltotal, 'percentage-point-mismatch': rp_pp, 'restated-figure-conflict': rp_restated}


def apply(model, op):
    if op[0] == 'rep':
        return replace_once(model, op[1], op[2])
    _, tno, r, c, old, new = op
    return set_cell(model, tno, r, c, old, new)


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2])
        else:
            merged.append((o[0], o[1], o[2]))
    return merged


def failing(L, rb, values):
    rows, ok = prove(L, rb, '', {}, values)
    bad_rows = [r for r in rows if not r['ok']]
    bad_checks = [c['id'] for c, okk, _ in L.run(values) if not okk]
    return bad_checks, bad_rows


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    log = []
    n_checks = n_fail = 0
    offsets = {}
    kinds = []

    def chk(cond, msg):
        nonlocal n_checks, n_fail
        n_checks += 1
        if not cond:
            n_fail += 1
        log.append(('ok   ' if cond else 'FAIL ') + msg)

    for modname, plants in PLANTS.items():
        mod = importlib.import_module(modname)
        model, L, meta = mod.build()
        name = meta['name']
        clean = render(model)
        with open(os.path.join(OUT, name), 'rb') as fh:
            chk(fh.read() == clean, '%s: clean re-render identical to corpus file' % name)
        rb_clean = read_back(model['fmt'], clean)
        rows, ok = prove(L, rb_clean, name, {})
        chk(ok, '%s: clean ledger proves on read-back (%d rows)' % (name, len(rows)))
        sq_clean = squash(rb_clean)
        fams = []
        alone = {}
        for p in plants:
            alone[p['kind']] = read_back(model['fmt'], render(apply(model, p['op'])))
        for p in plants:
            fn = REPARSE[p['kind']]
            chk(fn(rb_clean), '%s: re-parse %s holds on clean text' % (name, p['kind']))
            for k2, rbk in alone.items():
                want = (k2 != p['kind'])
                chk(fn(rbk) == want, '%s: re-parse %s %s on copy with only %s' % (
                    name, p['kind'], 'holds' if want else 'fails', k2))
        for p in plants:
            m1 = apply(model, p['op'])
            rb1 = read_back(model['fmt'], render(m1))
            vals = dict(L.v)
            vals[p['field']] = p['new']
            bad, bad_rows = failing(L, rb1, vals)
            chk(sorted(bad) == sorted(p['fails']), '%s: alone %s breaks exactly %s (got %s)' % (name, p['kind'], p['fails'], bad))
            extra = [r['desc'] for r in bad_rows if not any(r['desc'] == c['desc'] for c in L.checks if c['id'] in p['fails'])]
            chk(not extra, '%s: alone %s no other read-back/anchor row fails %s' % (name, p['kind'], extra))
            chk(len(regions(rb_clean, rb1)) == 1, '%s: alone %s differs from clean in exactly 1 region' % (name, p['kind']))
            chk(squash(p['evidence'][0]) not in sq_clean, '%s: evidence %r absent from clean text' % (name, p['evidence'][0]))
            fams.append(p['family'])
            kinds.append(p['kind'])
        chk(len(set(fams)) == len(fams), '%s: families differ within the copy %s' % (name, fams))
        # combined copy
        m = model
        vals = dict(L.v)
        for p in plants:
            m = apply(m, p['op'])
            vals[p['field']] = p['new']
        data = render(m)
        rb = read_back(model['fmt'], data)
        bad, bad_rows = failing(L, rb, vals)
        want = sorted(f for p in plants for f in p['fails'])
        chk(sorted(bad) == want, '%s: combined copy breaks exactly %s (got %s)' % (name, want, bad))
        chk(len(regions(rb_clean, rb)) == 3, '%s: combined copy differs from clean in exactly 3 regions' % name)
        sq = squash(rb)
        offsets[name] = {}
        for p in plants:
            for ev in p['evidence']:
                n = sq.count(squash(ev))
                chk(n == 1, '%s: evidence %r occurs exactly once in copy (%d)' % (name, ev, n))
                offsets[name][ev] = sq.find(squash(ev))
        with open(os.path.join(ERR, name), 'wb') as fh:
            fh.write(data)
        base = name.rsplit('.', 1)[0]
        exp = [{'kind': p['kind'], 'family': p['family'], 'evidence': p['evidence'], 'explanation': p['explanation']}
               for p in plants]
        with open(os.path.join(ERR, base + '.expected.json'), 'w', encoding='utf-8') as fh:
            fh.write(json.dumps(exp, ensure_ascii=False, indent=1) + '\n')
    chk(len(set(kinds)) == 9 and len(kinds) == 9, '9 planted kinds pairwise different: %s' % kinds)
    log.append('TOTAL %d checks, %d failed' % (n_checks, n_fail))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(log) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as fh:
        fh.write(json.dumps(offsets, ensure_ascii=False, indent=1, sort_keys=True) + '\n')
    print('\n'.join(log))
    if n_fail:
        raise SystemExit(1)


if __name__ == '__main__':
    main()
