# -*- coding: utf-8 -*-
"""Build the three error copies of heldout49 from the clean models and verify them.

Each planted error is one replace_once or one set_cell on the clean block model.
"""
import copy
import difflib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib49  # noqa: E402
from lib49 import D, q, squash, evaluate, places_of  # noqa: E402
import build_all  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')


def num(s):
    return D(s.replace(',', ''))


# ---------------------------------------------------------------- independent relations (regex on whitespace-free text)

def rel_t01_date(t):
    last = DATE_RE.findall(t)[-1]
    return tuple(int(x) for x in last) > (2024, 6, 30)


def rel_t01_growth(t):
    m = re.search(r'比上年同期的([\d,.]+)万元增加([\d,.]+)万元，增长([\d.]+)%', t)
    prev, d, r = num(m.group(1)), num(m.group(2)), m.group(3)
    return q(d * 100 / prev, places_of(r)) == D(r)


def rel_t01_breakdown(t):
    m = re.search(r'上级补助收入([\d,.]+)万元，其中返还性收入([\d,.]+)万元、一般性转移支付收入([\d,.]+)万元、'
                  r'专项转移支付收入([\d,.]+)万元', t)
    return num(m.group(1)) == num(m.group(2)) + num(m.group(3)) + num(m.group(4))


def rel_t04_band(t):
    m = re.search(r'综合得分([\d.]+)分，绩效评价等级为“(.)”', t)
    s, w = D(m.group(1)), m.group(2)
    exp = '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
    return exp == w


def rel_t04_restated(t):
    a = re.search(r'全年平台受理办件([\d,]+)件', t).group(1)
    b = re.search(r'全年办件量([\d,]+)件', t).group(1)
    return a == b


def rel_t04_rate(t):
    n = num(re.search(r'上线政务服务事项([\d,]+)项，为年度目标', t).group(1))
    m = re.search(r'可全程网办([\d,]+)项，全程网办率([\d.]+)%', t)
    return q(num(m.group(1)) * 100 / n, places_of(m.group(2))) == D(m.group(2))


def rel_t06_table(t):
    # docx read-back rows "|厂名|规模|申报|核定|服务费"; squashed text keeps the bars
    rows = re.findall(r'\|(甍山县城[东西]污水处理厂)\|([\d.]+)\|([\d,.]+)\|([\d,.]+)\|([\d,.]+)', t)
    tot = re.search(r'\|合计\|([\d.]+)\|([\d,.]+)\|([\d,.]+)\|([\d,.]+)', t)
    return len(rows) == 2 and sum(num(r[2]) for r in rows) == num(tot.group(2))


def rel_t06_count(t):
    m = re.search(r'审计发现问题(\d+)个，即([^。]+)。', t)
    return int(m.group(1)) == len(m.group(2).split('、'))


def rel_t06_average(t):
    cost = num(re.search(r'污水处理运营成本([\d,.]+)万元', t).group(1))
    water = num(re.search(r'核定处理水量([\d,.]+)万吨', t).group(1))
    u = re.search(r'单位处理成本([\d.]+)元/吨', t).group(1)
    return q(cost / water, places_of(u)) == D(u)


# ---------------------------------------------------------------- error specs

COPIES = [
    {'module': 'g01_tingtang_town_midyear_budget_execution', 'errors': [
        {'kind': 'report-dated-before-period-end', 'family': 'date', 'op': ('replace', '2024年7月16日', '2024年6月16日'),
         'sub': ('2024年7月16日', '2024年6月16日'), 'evidence': ['2024年6月16日'], 'rel': rel_t01_date,
         'breaks': {'落款日期晚于报告期（上半年）终了': True}, 'carries': [],
         'explanation': '报告题为“2024年上半年财政预算执行情况”，通报的是1—6月完成数（“上半年”“1—6月”），落款日期却为'
                        '2024年6月16日，早于报告期终了日6月30日，上半年数据在该日尚不可能形成。'
                        '（改动处：原文为“2024年7月16日”，现为“2024年6月16日”。）'},
        {'kind': 'growth-rate-mismatch', 'family': 'ratio', 'op': ('replace', '增加74.06万元，增长5.15%', '增加74.06万元，增长5.51%'),
         'sub': ('5.15', '5.51'), 'evidence': ['增长5.51%'], 'rel': rel_t01_growth,
         'breaks': {'一般公共预算收入 比上年同期': True}, 'carries': [],
         'explanation': '一般公共预算收入1,512.36万元，“比上年同期的1,438.30万元增加74.06万元”，增长率应为'
                        '74.06 ÷ 1,438.30 = 5.15%，文中却写“增长5.51%”。（改动处：原文为“5.15%”，现为“5.51%”。）'},
        {'kind': 'breakdown-sum-mismatch', 'family': 'sum',
         'op': ('replace', '一般性转移支付收入812.55万元', '一般性转移支付收入821.55万元'),
         'sub': ('812.55', '821.55'), 'evidence': ['一般性转移支付收入821.55万元'], 'rel': rel_t01_breakdown,
         'breaks': {'上级补助收入 其中': True}, 'carries': [],
         'explanation': '上级补助收入1,235.80万元，“其中返还性收入186.40万元、一般性转移支付收入821.55万元、专项转移支付收入'
                        '236.85万元”，三项相加为1,244.80万元，与1,235.80万元不符（可用财力2,835.83万元仍按1,235.80万元计算）。'
                        '（改动处：原文为“812.55”，现为“821.55”。）'},
    ]},
    {'module': 'g04_luning_gov_service_platform_thirdparty_eval', 'errors': [
        {'kind': 'grade-band-mismatch', 'family': 'score', 'op': ('replace', '绩效评价等级为“良”', '绩效评价等级为“优”'),
         'sub': ('良', '优'), 'evidence': ['绩效评价等级为“优”'], 'rel': rel_t04_band,
         'breaks': {'结论等级与评分标准相符': True}, 'carries': [],
         'explanation': '评分标准为“90分（含）以上为优，80分（含）至90分为良”，表2合计及评价结论中的综合得分均为86.43分，'
                        '应评为“良”，评价结论却写“绩效评价等级为“优””。（改动处：原文为“良”，现为“优”。）'},
        {'kind': 'restated-figure-conflict', 'family': 'value-conflict',
         'op': ('replace', '全年办件量186,420件', '全年办件量168,420件'),
         'sub': None, 'evidence': ['全年办件量168,420件'], 'rel': rel_t04_restated,
         'breaks': {'结论复述 办件量': False, '办件量写两次（正文、结论）': False}, 'carries': [],
         'explanation': '第二部分写“全年平台受理办件186,420件，同比增长14.83%”，评价结论复述时却写“全年办件量168,420件”，'
                        '同一指标前后不一致。（改动处：原文为“186,420”，现为“168,420”。）'},
        {'kind': 'rate-mismatch', 'family': 'ratio', 'op': ('replace', '全程网办率78.69%', '全程网办率76.89%'),
         'sub': ('78.69', '76.89'), 'evidence': ['全程网办率76.89%'], 'rel': rel_t04_rate,
         'breaks': {'全程网办率': True}, 'carries': [],
         'explanation': '平台上线政务服务事项1,286项，其中可全程网办1,012项，全程网办率应为1,012 ÷ 1,286 = 78.69%，'
                        '文中却写“全程网办率76.89%”。（改动处：原文为“78.69%”，现为“76.89%”。）'},
    ]},
    {'module': 'g06_mengshan_sewage_concession_fee_audit', 'errors': [
        {'kind': 'table-total-mismatch', 'family': 'sum', 'op': ('cell', 'T1', 2, 2, '639.24', '693.24'),
         'sub': ('639.24', '693.24'), 'evidence': ['693.24'], 'rel': rel_t06_table,
         'breaks': {'表1 申报水量合计': True}, 'carries': [],
         'explanation': '表1“申报水量”列两厂分别为1,003.56万吨和693.24万吨，相加为1,696.80万吨，与合计行及正文的申报水量'
                        '1,642.80万吨不符。（改动处：城西污水处理厂申报水量原为“639.24”，现为“693.24”。）'},
        {'kind': 'item-count-mismatch', 'family': 'structure', 'op': ('replace', '审计发现问题4个', '审计发现问题5个'),
         'sub': ('4', '5'), 'evidence': ['审计发现问题5个'], 'rel': rel_t06_count,
         'breaks': {'审计发现问题4个，即…': True}, 'carries': [],
         'explanation': '正文称“审计发现问题5个”，但其后“即”只列出4个问题，整改情况表也只有4行。'
                        '（改动处：原文为“4个”，现为“5个”。）'},
        {'kind': 'average-mismatch', 'family': 'ratio', 'op': ('replace', '单位处理成本0.966元/吨', '单位处理成本0.996元/吨'),
         'sub': ('0.966', '0.996'), 'evidence': ['单位处理成本0.996元/吨'], 'rel': rel_t06_average,
         'breaks': {'单位处理成本（元/吨）': True}, 'carries': ['单位处理成本低于服务费单价'],
         'explanation': '运营成本1,563.28万元、核定处理水量1,618.45万吨，单位处理成本应为1,563.28 ÷ 1,618.45 = 0.966元/吨，'
                        '文中却写“单位处理成本0.996元/吨”。（改动处：原文为“0.966”，现为“0.996”。）'},
    ]},
]


def apply(model, err):
    op = err['op']
    if op[0] == 'replace':
        return lib49.replace_once(model, op[1], op[2])
    return lib49.set_cell(model, op[1], op[2], op[3], op[4], op[5])


def subst_check(c, old, new):
    c = copy.deepcopy(c)
    for k, v in c['args'].items():
        if k == 'bands':
            continue
        if isinstance(v, str) and v == old:
            c['args'][k] = new
        elif isinstance(v, list):
            c['args'][k] = [new if (isinstance(x, str) and x == old) else x for x in v]
    c['figs'] = [new if f == old else f for f in c['figs']]
    c['anchors'] = [a.replace(old, new) for a in c['anchors']]
    return c


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


class Log:
    def __init__(self):
        self.lines = []
        self.n = 0
        self.bad = 0

    def check(self, ok, msg):
        self.n += 1
        if not ok:
            self.bad += 1
        self.lines.append(('ok    ' if ok else 'FAIL  ') + msg)


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    log = Log()
    offsets = {}
    kinds = []
    for cp in COPIES:
        spec = build_all.load(cp['module'])
        fmt = spec['fmt']
        fname = spec['name'] + '.' + lib49.EXT[fmt]
        clean_bytes = build_all.render(spec)
        with open(os.path.join(OUT, fname), 'rb') as f:
            corpus_bytes = f.read()
        log.check(clean_bytes == corpus_bytes, '%s: clean re-render byte-identical to corpus file' % fname)
        clean_text = lib49.read_back(clean_bytes, fmt)
        log.check(clean_text == lib49.read_back(corpus_bytes, fmt), '%s: clean read-back identical' % fname)
        ctx = squash(clean_text)
        ledger = spec['ledger']
        log.check(all(evaluate(c, clean_text)[0] for c in ledger.checks),
                  '%s: clean ledger proves all %d checks on read-back' % (fname, len(ledger.checks)))
        errs = cp['errors']
        for e in errs:
            log.check(e['rel'](ctx), '%s: relation of %s holds on clean text' % (fname, e['kind']))
            log.check(squash(e['evidence'][0]) not in ctx, '%s: evidence %r absent from clean text' % (fname, e['evidence'][0]))
        log.check(len({e['family'] for e in errs}) == 3, '%s: three different families' % fname)

        def ledger_test(text, active, label):
            declared = {}
            for e in active:
                for d, use_sub in e['breaks'].items():
                    declared[d] = ('break', e, use_sub)
                for d in e['carries']:
                    declared[d] = ('carry', e, True)
            for c in ledger.checks:
                if c['desc'] in declared:
                    mode, e, use_sub = declared[c['desc']]
                    cc = subst_check(c, *e['sub']) if (use_sub and e['sub']) else c
                    ok = evaluate(cc, text)[0]
                    if mode == 'break':
                        log.check(not ok, '%s %s: ledger check %r broken by %s' % (fname, label, c['desc'], e['kind']))
                    else:
                        log.check(ok, '%s %s: ledger check %r still holds with changed figure' % (fname, label, c['desc']))
                else:
                    ok, det = evaluate(c, text)
                    if not ok:
                        log.check(False, '%s %s: untouched ledger check %r fails: %s' % (fname, label, c['desc'], det))
            log.check(True, '%s %s: all %d undeclared ledger checks hold on the copy' % (
                fname, label, sum(1 for c in ledger.checks if c['desc'] not in declared)))

        # singles
        for e in errs:
            m1 = apply(spec['model'], e)
            t1 = lib49.read_back(build_all.render(spec, m1), fmt)
            s1 = squash(t1)
            log.check(not e['rel'](s1), '%s single %s: own relation broken' % (fname, e['kind']))
            for o in errs:
                if o is not e:
                    log.check(o['rel'](s1), '%s single %s: relation of %s intact' % (fname, e['kind'], o['kind']))
            log.check(regions(ctx, s1) == 1, '%s single %s: exactly one changed region' % (fname, e['kind']))
            ledger_test(t1, [e], 'single ' + e['kind'])
        # combined
        m = spec['model']
        for e in errs:
            m = apply(m, e)
        data = build_all.render(spec, m)
        data2 = build_all.render(spec, m)
        log.check(data == data2, '%s copy: byte-stable' % fname)
        text = lib49.read_back(data, fmt)
        s = squash(text)
        log.check(regions(ctx, s) == 3, '%s copy: exactly three changed regions' % fname)
        nb = lib49.text_stats(text)[0]
        log.check(2500 <= nb <= 4000 and not any(w in text for w in ('省', '自治区', '直辖市')),
                  '%s copy: %d UTF-8 bytes of read-back, no 省/自治区/直辖市' % (fname, nb))
        for e in errs:
            log.check(not e['rel'](s), '%s copy: relation of %s broken' % (fname, e['kind']))
            for ev in e['evidence']:
                n = s.count(squash(ev))
                log.check(n == 1, '%s copy: evidence %r occurs once (%d)' % (fname, ev, n))
                offsets.setdefault(fname, []).append({'kind': e['kind'], 'evidence': ev, 'offset': s.find(squash(ev))})
        ledger_test(text, errs, 'combined')
        with open(os.path.join(ERR, fname), 'wb') as f:
            f.write(data)
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']}
               for e in errs]
        with open(os.path.join(ERR, spec['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        kinds += [e['kind'] for e in errs]
    log.check(len(kinds) == 9 and len(set(kinds)) == 9, 'nine planted kinds pairwise different')
    log.lines.append('%d checks, %d failed' % (log.n, log.bad))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log.lines) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(log.lines))
    if log.bad:
        sys.exit(1)


if __name__ == '__main__':
    main()
