"""Plant 3 contradictions in each of three reports (from the clean model, one figure override per error),
write errors/<report>.<ext> and errors/<report>.expected.json, and verify:
  - the clean re-render is byte-identical to the corpus file and its ledger proves on the read-back;
  - each error alone breaks exactly the declared ledger checks and changes exactly one region;
  - the combined copy breaks exactly the union and changes exactly three regions;
  - every evidence string occurs exactly once in the copy (whitespace removed) and the first is absent from the clean text;
  - families differ within a copy, the nine kinds are pairwise different.
"""
import difflib
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib52 import prove, readback  # noqa: E402
from build_all import render_doc  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOG = os.path.join(HERE, 'logs')

ERRORS = {
    'g02_hechuan_archives_overall_selfeval': [
        dict(key='exr_p', old='97.83', new='97.38', kind='execution-rate-mismatch', family='ratio',
             evidence=['部门预算执行率为97.38%'], breaks=['部门预算执行率'],
             explanation='全年支出420.08万元÷全年预算429.40万元=97.83%，表1合计行执行率也是97.83%，'
                         '正文却写“部门预算执行率为97.38%”。（改动处：原文为“97.83%”，现为“97.38%”。）'),
        dict(key='df9', old='14.20', new='13.20', kind='score-total-mismatch', family='score',
             evidence=['13.20'], breaks=['表2 得分合计'],
             explanation='表2各项指标得分相加为94.72分（其中“社会效益”得13.20分），但合计行和结论均写95.72分，'
                         '分项得分之和与总分不符。（改动处：表2“社会效益”得分原为“14.20”，现为“13.20”。）'),
        dict(key='hold_r', old='86,420', new='86,240', kind='restated-figure-conflict', family='value-conflict',
             evidence=['截至年末馆藏档案86,240卷'], breaks=['年末馆藏前后一致'],
             explanation='第一部分写年末馆藏档案86,420卷（年初83,160卷加接收3,260卷），第三部分却写“截至年末馆藏档案86,240卷”，'
                         '同一指标前后不一致。（改动处：第三部分原为“86,420”，现为“86,240”。）'),
    ],
    'g03_zhiyuan_kindergarten_subsidy_settlement': [
        dict(key='a_t', old='1,479', new='1,497', kind='table-total-mismatch', family='sum',
             evidence=['1,497'], breaks=['表 春季学期列合计'],
             explanation='清算表“春季学期”列8所幼儿园相加为1,479人，合计行却写1,497人，列合计不符。'
                         '（改动处：合计行春季学期原为“1,479”，现为“1,497”。）'),
        dict(key='nk', old='8', new='9', kind='item-count-mismatch', family='structure',
             evidence=['普惠性民办幼儿园共9所'], breaks=['清算幼儿园所数'],
             explanation='正文称纳入清算的普惠性民办幼儿园“共9所”，但“即”后只列出8所，清算表也只有8行，'
                         '按等级分2+3+3也是8所。（改动处：原文为“共8所”，现为“共9所”。）'),
        dict(key='avg', old='17.64', new='17.46', kind='average-mismatch', family='ratio',
             evidence=['平均每所幼儿园17.46万元'], breaks=['平均每所应拨（表中8所）'],
             explanation='应拨补助资金141.10万元，8所幼儿园平均每所应为141.10÷8=17.64万元，文中写“平均每所幼儿园17.46万元”。'
                         '（改动处：原文为“17.64万元”，现为“17.46万元”。）'),
    ],
    'g04_yishan_road_lighting_selfeval': [
        dict(key='date', old='2025年4月22日', new='2024年12月22日', kind='report-dated-before-period-end', family='date',
             evidence=['2024年12月22日'], breaks=['落款晚于年度终了'],
             explanation='报告评价的是2024年度全年的资金使用和绩效（全年用电量、全年故障数、年末结余等），落款日期却为2024年12月22日，'
                         '早于年度终了，也与文号〔2025〕不符。（改动处：落款原为“2025年4月22日”，现为“2024年12月22日”。）'),
        dict(key='led_pp', old='9.25', new='9.52', kind='percentage-point-mismatch', family='ratio',
             evidence=['提高9.52个百分点'], breaks=['LED占比提高百分点'],
             explanation='LED路灯占比由上年末的70.75%升至80.00%，应提高9.25个百分点，文中写“提高9.52个百分点”。'
                         '（改动处：原文为“9.25”，现为“9.52”。）'),
        dict(key='bal', old='25.43', new='24.53', kind='balance-mismatch', family='sum',
             evidence=['年末结余24.53万元'], breaks=['年末结余=可用资金-支出'],
             explanation='可用资金630.36万元（上年结转18.36万元加本年预算612.00万元）减全年实际支出604.93万元，年末结余应为25.43万元，'
                         '文中写“年末结余24.53万元”。（改动处：原文为“25.43万元”，现为“24.53万元”。）'),
    ],
}

NOWS = lambda s: re.sub(r'\s+', '', s)

# ---------------------------------------------------------------- independent re-parse of each planted relation
# Each function reads the relation's figures from the read-back text with its own regular expressions
# (not from the model) and says whether the relation holds.
from decimal import Decimal as _D, ROUND_HALF_UP as _RHU


def _n(s):
    return _D(s.replace(',', ''))


def _q(x, n=2):
    return x.quantize(_D(1).scaleb(-n), rounding=_RHU)


def _t02_exr(raw, flat):
    m = re.search(r'调整后全年预算([\d,.]+)万元。全年支出([\d,.]+)万元，部门预算执行率为([\d.]+)%', flat)
    a, b, c = map(_n, m.groups())
    return _q(b / a * 100) == c, '%s/%s vs %s' % (b, a, c)


def _t02_score(raw, flat):
    rows = re.findall(r'\|(?:决策|过程|产出|效益)\|[^|]*\|(\d+)\|([\d.]+)', flat)
    tot = re.search(r'\|合计\|\|100\|([\d.]+)', flat).group(1)
    s = sum(_n(r[1]) for r in rows)
    return s == _n(tot), 'sum of %d rows %s vs %s' % (len(rows), s, tot)


def _t02_hold(raw, flat):
    a = re.search(r'年末馆藏档案([\d,]+)卷、', flat).group(1)
    b = re.search(r'截至年末馆藏档案([\d,]+)卷', flat).group(1)
    return a == b, '%s vs %s' % (a, b)


def _t03_rows(raw):
    rows, tot = [], None
    for line in raw.splitlines():
        f = line.split()
        if len(f) == 10 and f[1] in ('一级', '二级', '三级'):
            rows.append(f)
        elif len(f) == 9 and f[0] == '合计':
            tot = f
    return rows, tot


def _t03_spring(raw, flat):
    rows, tot = _t03_rows(raw)
    s = sum(_n(r[2]) for r in rows)
    return s == _n(tot[1]), 'sum %s vs 合计 %s' % (s, tot[1])


def _t03_count(raw, flat):
    m = re.search(r'共(\d+)所，即([^。]+)。', flat)
    items = m.group(2).split('、')
    return int(m.group(1)) == len(items), '%s vs %d listed' % (m.group(1), len(items))


def _t03_avg(raw, flat):
    rows, tot = _t03_rows(raw)
    due = _n(re.search(r'应拨补助资金([\d,.]+)万元', flat).group(1))
    avg = _n(re.search(r'平均每所幼儿园([\d.]+)万元', flat).group(1))
    return _q(due / len(rows)) == avg, '%s/%d vs %s' % (due, len(rows), avg)


def _t04_date(raw, flat):
    y, m, d = map(int, re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', flat)[-1])
    return (y, m, d) > (2024, 12, 31), '%d-%d-%d' % (y, m, d)


def _t04_pp(raw, flat):
    m = re.search(r'LED路灯占([\d.]+)%，比上年末提高([\d.]+)个百分点（上年末LED路灯[\d,]+盏，占([\d.]+)%）', flat)
    a, b, c = map(_n, m.groups())
    return a - c == b, '%s-%s vs %s' % (a, c, b)


def _t04_bal(raw, flat):
    a = _n(re.search(r'项目可用资金([\d,.]+)万元', flat).group(1))
    b = _n(re.search(r'全年实际支出([\d,.]+)万元', flat).group(1))
    c = _n(re.search(r'年末结余([\d,.]+)万元', flat).group(1))
    return a - b == c, '%s-%s vs %s' % (a, b, c)


REPARSE = {
    'g02_hechuan_archives_overall_selfeval': [_t02_exr, _t02_score, _t02_hold],
    'g03_zhiyuan_kindergarten_subsidy_settlement': [_t03_spring, _t03_count, _t03_avg],
    'g04_yishan_road_lighting_selfeval': [_t04_date, _t04_pp, _t04_bal],
}


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append(o)
    return merged


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOG, exist_ok=True)
    log = []
    nfail = [0]
    offsets = {}

    def ok(cond, msg):
        log.append(('ok   ' if cond else 'FAIL ') + msg)
        if not cond:
            nfail[0] += 1

    kinds = []
    for modname, errs in ERRORS.items():
        mod = importlib.import_module(modname)
        fn = mod.NAME + '.' + mod.EXT
        clean = mod.build()
        cb = render_doc(mod, clean)
        with open(os.path.join(OUT, fn), 'rb') as f:
            ok(f.read() == cb, '%s: clean re-render byte-identical to corpus file' % fn)
        crb = readback(cb, mod.FMT)
        rows = prove(clean, crb, mod.FY)
        nrel = len(clean.L.checks)
        ok(all(r['ok'] for r in rows), '%s: clean ledger proves all %d checks on the read-back' % (fn, nrel))
        fams = [e['family'] for e in errs]
        ok(len(set(fams)) == 3, '%s: three different families %s' % (fn, fams))
        cflat = NOWS(crb)
        for i, e in enumerate(errs, 1):
            ok(clean.v[e['key']] == e['old'], '%s E%d: clean value of %s is %r' % (fn, i, e['key'], e['old']))
            dd = mod.build({e['key']: e['new']})
            ok(dd.used_ov == {e['key']}, '%s E%d: override applied at exactly one place' % (fn, i))
            got = dd.L.failed()
            ok(sorted(got) == sorted(e['breaks']), '%s E%d: single copy breaks exactly %s (got %s)' % (fn, i, e['breaks'], got))
            b = render_doc(mod, dd)
            rb = readback(b, mod.FMT)
            reg = regions(cflat, NOWS(rb))
            ok(len(reg) == 1, '%s E%d: copy differs from clean in exactly one region (%d)' % (fn, i, len(reg)))
            if mod.FMT.startswith('txt') or mod.FMT == 'html':
                rr = regions(cb.decode('utf-8'), b.decode('utf-8'))
                ok(len(rr) == 1, '%s E%d: raw file differs in exactly one region' % (fn, i))
            ok(e['evidence'][0] not in cflat, '%s E%d: evidence %r absent from the clean text' % (fn, i, e['evidence'][0]))
            ok(e['new'] in rb or e['new'] in NOWS(rb), '%s E%d: new figure %r present in the copy read-back' % (fn, i, e['new']))
            rp = REPARSE[modname][i - 1]
            h0, det0 = rp(crb, cflat)
            h1, det1 = rp(rb, NOWS(rb))
            ok(h0 and not h1, '%s E%d: regex re-parse of the read-back: holds on clean (%s), fails on copy (%s)' % (fn, i, det0, det1))
        # combined copy
        ov = {e['key']: e['new'] for e in errs}
        dc = mod.build(ov)
        got = dc.L.failed()
        want = sorted(sum((e['breaks'] for e in errs), []))
        ok(sorted(got) == want, '%s combined: breaks exactly %s (got %s)' % (fn, want, got))
        b = render_doc(mod, dc)
        b2 = render_doc(mod, mod.build(ov))
        ok(b == b2, '%s combined: byte-stable' % fn)
        rb = readback(b, mod.FMT)
        flat = NOWS(rb)
        reg = regions(cflat, flat)
        ok(len(reg) == 3, '%s combined: differs from clean in exactly 3 regions (%d)' % (fn, len(reg)))
        offsets[fn] = {}
        for e in errs:
            for ev in e['evidence']:
                c = flat.count(NOWS(ev))
                ok(c == 1, '%s combined: evidence %r occurs exactly once (%d)' % (fn, ev, c))
                offsets[fn][ev] = flat.find(NOWS(ev))
        with open(os.path.join(ERR, fn), 'wb') as f:
            f.write(b)
        exp = [dict(kind=e['kind'], family=e['family'], evidence=e['evidence'], explanation=e['explanation']) for e in errs]
        with open(os.path.join(ERR, mod.NAME + '.expected.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(exp, ensure_ascii=False, indent=1) + '\n')
        kinds.extend(e['kind'] for e in errs)
    ok(len(kinds) == 9 and len(set(kinds)) == 9, 'nine planted kinds pairwise different: %s' % kinds)
    n = len(log)
    log.append('%d checks, %d failed' % (n, nfail[0]))
    with open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(offsets, ensure_ascii=False, indent=1, sort_keys=True) + '\n')
    print('\n'.join(log))
    return nfail[0]


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
