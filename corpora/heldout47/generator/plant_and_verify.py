# -*- coding: utf-8 -*-
"""Plant nine contradictions (three per copy) into three of the six clean reports and verify them.

Writes errors/NAME.<ext>, errors/NAME.expected.json, logs/verify_errors.log, logs/evidence_offsets.json.
"""
import difflib
import hashlib
import json
import os
import re
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

from lib47 import render, read_back, replace_once, set_cell, check_holds  # noqa: E402
import g01_meijiang_red_cross_donations as g01  # noqa: E402
import g03_yinchuan_farmland_quota_trading_income as g03  # noqa: E402
import g04_xiening_foreign_trade_fund_selfeval as g04  # noqa: E402


def ws(t):
    return re.sub(r'\s+', '', t)


def N(s):
    return Decimal(s.replace(',', ''))


def hu(x, places):
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pl(s):
    return len(s.split('.')[1]) if '.' in s else 0


# ------------------------------------------------------------ independent relation parsers (on read-back text)

def r_t01_balance(t):
    m = re.search(r'年初捐赠资金结转([\d,.]+)万元，加上本年接收捐赠资金([\d,.]+)万元和利息收入([\d,.]+)万元.*?本年使用([\d,.]+)万元'
                  r'.*?捐赠资金结余([\d,.]+)万元', ws(t))
    a, b, c, d, e = (N(x) for x in m.groups())
    return a + b + c - d == e


def r_t01_growth(t):
    t = ws(t)
    cur = re.search(r'其中捐赠资金([\d,.]+)万元', t).group(1)
    m = re.search(r'捐赠资金较2023年（([\d,.]+)万元）增加([\d,.]+)万元，增长([\d.]+)%', t)
    prev, chg, rate = m.groups()
    return N(cur) - N(prev) == N(chg) and hu(N(chg) / N(prev) * 100, pl(rate)) == N(rate)


def _items(s):
    return [x for x in re.split(r'、|和', s) if x]


def r_t01_count(t):
    m = re.search(r'主要为(\d+)类，即([^，]+)，', ws(t))
    return int(m.group(1)) == len(_items(m.group(2)))


def r_t04_band(t):
    t = ws(t)
    hi = int(re.search(r'得分在(\d+)分及以上为优', t).group(1))
    mid = int(re.search(r'，(\d+)分至[\d.]+分为良', t).group(1))
    m = re.search(r'综合评价得分([\d.]+)分，自评等级为“(.)”', t)
    s, w = N(m.group(1)), m.group(2)
    want = '优' if s >= hi else ('良' if s >= mid else '中或差')
    return want == w


def r_t04_rate(t):
    m = re.search(r'境外展会参展补助预算([\d,.]+)万元、支出([\d,.]+)万元，执行率([\d.]+)%', ws(t))
    b, s, r = m.groups()
    return hu(N(s) / N(b) * 100, pl(r)) == N(r)


def r_t04_date(t):
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', ws(t))
    y, mo, d = (int(x) for x in ds[-1])
    return (y, mo, d) > (2024, 12, 31)


def r_t03_table(t):
    lines = t.splitlines()
    i = lines.index('|用途|安排金额|实际支出')
    rows = []
    for ln in lines[i + 1:]:
        cells = ln.split('|')[1:]
        if cells[0] == '合计':
            tot = cells
            break
        rows.append(cells)
    return all(sum(N(r[k]) for r in rows) == N(tot[k]) for k in (1, 2))


def r_t03_restated(t):
    t = ws(t)
    vals = re.findall(r'成交金额(?:合计)?([\d,]+\.\d+)万元', t)
    tab = re.search(r'\|合计\|\|\|[\d.]+\|\|([\d,.]+)', t).group(1)
    return len(vals) >= 2 and len(set(vals + [tab])) == 1


def r_t03_avg(t):
    t = ws(t)
    area = re.search(r'成交指标([\d.]+)亩', t).group(1)
    m = re.search(r'成交金额合计([\d,.]+)万元，平均每亩成交价([\d.]+)万元', t)
    amt, avg = m.groups()
    return hu(N(amt) / N(area), pl(avg)) == N(avg)


# ------------------------------------------------------------ error specs

COPIES = [
    (g01, [
        dict(op=('replace', '捐赠资金结余157.59万元', '捐赠资金结余175.59万元'), subs=[('157.59', '175.59')],
             breaks=['年末结余 = 年初结转 + 捐赠资金 + 利息 - 使用'], carries=[], rel=r_t01_balance,
             kind='balance-mismatch', family='sum', evidence=['捐赠资金结余175.59万元'],
             explanation='年初结转142.35万元加本年捐赠资金260.45万元和利息收入1.26万元，减去本年使用246.47万元，年末结余应为157.59万元，'
                         '文中却写“捐赠资金结余175.59万元”，结余与收支不衔接。（改动处：原文为“157.59”，现为“175.59”。）'),
        dict(op=('replace', '增加28.85万元，增长12.46%', '增加28.85万元，增长12.64%'), subs=[('12.46', '12.64')],
             breaks=['捐赠资金较2023年增加、增长'], carries=[], rel=r_t01_growth,
             kind='growth-rate-mismatch', family='ratio', evidence=['增长12.64%'],
             explanation='捐赠资金260.45万元，较2023年的231.60万元增加28.85万元，增长率应为28.85÷231.60=12.46%，文中却写“增长12.64%”。'
                         '（改动处：原文为“12.46%”，现为“12.64%”。）'),
        dict(op=('replace', '主要为3类', '主要为4类'), subs=[('3', '4')],
             breaks=['捐赠物资类别数与所列类别一致'], carries=[], rel=r_t01_count,
             kind='item-count-mismatch', family='structure', evidence=['主要为4类'],
             explanation='文中称捐赠物资“主要为4类”，但其后“即”只列出棉被、食用油和防疫用品3类，折价也只列了3个数。'
                         '（改动处：原文为“3类”，现为“4类”。）'),
    ]),
    (g04, [
        dict(op=('replace', '自评等级为“良”', '自评等级为“优”'), subs=[('自评等级为“良”', '自评等级为“优”'), ('良', '优')],
             breaks=['自评等级与分档一致'], carries=[], rel=r_t04_band,
             kind='grade-band-mismatch', family='score', evidence=['自评等级为“优”'],
             explanation='报告规定“得分在90分及以上为优，80分至89.99分为良”，综合评价得分88.21分应为“良”，文中却写“自评等级为“优””。'
                         '（改动处：原文为“良”，现为“优”。）'),
        dict(op=('replace', '执行率98.33%', '执行率96.33%'), subs=[('98.33', '96.33')],
             breaks=['境外展会参展补助执行率'], carries=['执行率最低项目'], rel=r_t04_rate,
             kind='execution-rate-mismatch', family='ratio', evidence=['执行率96.33%'],
             explanation='境外展会参展补助预算160.00万元、支出157.32万元，执行率应为157.32÷160.00=98.33%，文中却写“执行率96.33%”。'
                         '（改动处：原文为“98.33%”，现为“96.33%”。）'),
        dict(op=('replace', '2025年4月8日', '2024年12月18日'), subs=[('2025年4月8日', '2024年12月18日')],
             breaks=['落款日期晚于年度终了'], carries=[], rel=r_t04_date,
             kind='report-dated-before-period-end', family='date', evidence=['2024年12月18日'],
             explanation='报告对2024年度项目进行自评，引用“截至2024年12月31日”的支出数和全年进出口数据，文号为〔2025〕，'
                         '落款日期却为2024年12月18日，早于评价年度终了。（改动处：原文为“2025年4月8日”，现为“2024年12月18日”。）'),
    ]),
    (g03, [
        dict(op=('cell', 'T2', 1, 2, '3,865.20', '3,856.20'), subs=[('3,865.20', '3,856.20')],
             breaks=['表2 实际支出合计'], carries=[], rel=r_t03_table,
             kind='table-total-mismatch', family='sum', evidence=['3,856.20'],
             explanation='收入使用表“实际支出”列各行相加为9,865.36万元（其中补充耕地项目建设3,856.20万元），与合计行9,874.36万元不符。'
                         '（改动处：原文为“3,865.20”，现为“3,856.20”。）'),
        dict(op=('replace', '2024年指标交易成交金额13,154.28万元', '2024年指标交易成交金额13,514.28万元'), subs=[],
             breaks=['成交金额重述'], carries=[], rel=r_t03_restated,
             kind='restated-figure-conflict', family='value-conflict', evidence=['成交金额13,514.28万元'],
             explanation='第二部分及成交情况表合计行均写成交金额13,154.28万元，第四部分却写“2024年指标交易成交金额13,514.28万元”，'
                         '同一指标前后不一致。（改动处：原文为“13,154.28”，现为“13,514.28”。）'),
        dict(op=('replace', '平均每亩成交价30.54万元', '平均每亩成交价30.45万元'), subs=[('30.54', '30.45')],
             breaks=['平均每亩成交价 = 成交金额 / 成交面积'], carries=[], rel=r_t03_avg,
             kind='average-mismatch', family='ratio', evidence=['平均每亩成交价30.45万元'],
             explanation='成交金额13,154.28万元÷成交面积430.75亩=30.54万元/亩，文中却写“平均每亩成交价30.45万元”。'
                         '（改动处：原文为“30.54”，现为“30.45”。）'),
    ]),
]


def apply(model, e):
    op = e['op']
    if op[0] == 'replace':
        return replace_once(model, op[1], op[2])
    return set_cell(model, op[1], op[2], op[3], op[4], op[5])


def regions(a, b):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def render_text(model, meta, name, ext, td):
    p = os.path.join(td, name + ext)
    render(model, meta, p)
    return p, read_back(p)


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    log, nchk, nfail = [], 0, 0
    offsets = {}

    def ok(cond, msg):
        nonlocal nchk, nfail
        nchk += 1
        if not cond:
            nfail += 1
        log.append(('ok   ' if cond else 'FAIL ') + msg)

    kinds = []
    for g, errs in COPIES:
        M, L, meta, facts = g.build()
        descs = [c['desc'] for c in L.checks]
        assert len(descs) == len(set(descs)), 'duplicate ledger descs in ' + g.NAME
        fname = g.NAME + g.EXT
        log.append('== ' + fname)
        corpus = os.path.join(OUT, fname)
        with tempfile.TemporaryDirectory() as td:
            p, clean = render_text(M, meta, g.NAME, g.EXT, td)
            ok(open(p, 'rb').read() == open(corpus, 'rb').read(), 'clean re-render byte-identical to corpus file')
            ok(read_back(corpus) == clean, 'clean read-back identical')
            for c in L.checks:
                good, allw, det = check_holds(c, clean)
                if not (good and allw):
                    ok(False, 'clean ledger check: %s (%s)' % (c['desc'], det))
            ok(True, 'clean ledger: %d checks hold on read-back with all figures written' % len(L.checks))
            fams = [e['family'] for e in errs]
            ok(len(set(fams)) == 3, 'families differ within copy: ' + ', '.join(fams))
            for i, e in enumerate(errs):
                kinds.append(e['kind'])
                ok(e['rel'](clean), '#%d %s: relation holds on clean text' % (i + 1, e['kind']))
                ok(e['evidence'][0] not in ws(clean), '#%d first evidence absent from clean text' % (i + 1))
                for d in e['breaks'] + e['carries']:
                    assert d in descs, d
                # single
                m1 = apply(M, e)
                _, t1 = render_text(m1, meta, g.NAME, g.EXT, td)
                ok(not e['rel'](t1), '#%d planted alone: own relation broken' % (i + 1))
                for j, e2 in enumerate(errs):
                    if j != i:
                        ok(e2['rel'](t1), '#%d planted alone: relation of #%d intact' % (i + 1, j + 1))
                ok(regions(ws(clean), ws(t1)) == 1, '#%d planted alone: exactly one changed region' % (i + 1))
                ledger_test(L, [e], t1, ok, '#%d single' % (i + 1))
            # combined
            mc = M
            for e in errs:
                mc = apply(mc, e)
            dst = os.path.join(ERR, fname)
            render(mc, meta, dst)
            tc = read_back(dst)
            ok(regions(ws(clean), ws(tc)) == 3, 'combined copy: exactly 3 changed regions')
            for i, e in enumerate(errs):
                ok(not e['rel'](tc), '#%d combined: relation broken' % (i + 1))
                for ev in e['evidence']:
                    ok(ws(tc).count(ev) == 1, '#%d evidence %r occurs exactly once in copy' % (i + 1, ev))
                    offsets.setdefault(fname, {})[ev] = ws(tc).index(ev)
            ledger_test(L, errs, tc, ok, 'combined')
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']}
               for e in errs]
        with open(os.path.join(ERR, g.NAME + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    ok(len(set(kinds)) == 9 and len(kinds) == 9, '9 kinds pairwise different')
    log.append('%d checks, %d failed' % (nchk, nfail))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    print('\n'.join(log))
    if nfail:
        sys.exit(1)


def ledger_test(L, errs, text, ok, label):
    broken = {}
    carried = {}
    for e in errs:
        for d in e['breaks']:
            broken[d] = e['subs']
        for d in e['carries']:
            carried[d] = e['subs']
    nb = no = 0
    for c in L.checks:
        d = c['desc']
        if d in broken:
            good, allw, det = check_holds(c, text, broken[d])
            ok((not good) and allw, '%s ledger: declared broken check false on copy: %s (%s)' % (label, d, det))
            nb += 1
        elif d in carried:
            good, allw, det = check_holds(c, text, carried[d])
            ok(good and allw, '%s ledger: check carrying the changed figure still holds: %s' % (label, d))
        else:
            good, allw, det = check_holds(c, text)
            if not (good and allw):
                ok(False, '%s ledger: undeclared check broken: %s (%s)' % (label, d, det))
            no += 1
    ok(True, '%s ledger: %d other checks hold with all figures written' % (label, no))


if __name__ == '__main__':
    main()
