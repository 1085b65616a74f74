# -*- coding: utf-8 -*-
"""plant nine contradictions into three copies of heldout45 and verify them.

Each error is one replace_once or one set_cell on the clean model.  Each planted relation is an
independent regex parse of the read-back text.  Writes errors/*.{txt,docx,html}, errors/*.expected.json,
logs/verify_errors.log and logs/evidence_offsets.json.
"""
import os, sys, re, json, difflib, copy, importlib, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib45 import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')
LOG = []
FAILS = [0]


def check(cond, msg):
    LOG.append(('ok    ' if cond else 'FAIL  ') + msg)
    if not cond:
        FAILS[0] += 1


def num(s):
    return D(s.replace(',', ''))


# ------------------------------------------------------------ independent relations (regex on read-back)
def rel_income_growth(raw, fl):
    m = re.search(r'基金收入([\d,.]+)万元，同比增长([\d.]+)%，增加([\d,.]+)万元', fl)
    cur, rate, dif = num(m.group(1)), num(m.group(2)), num(m.group(3))
    return q(dif / (cur - dif) * 100, 2) == rate


def rel_t2_total(raw, fl):
    seg = raw[raw.index('机构类别\t'):]
    lines = seg.split('\n')[1:]
    vals, tot = [], None
    for ln in lines:
        c = ln.split('\t')
        if len(c) != 3:
            break
        if c[0] == '合计':
            tot = num(c[2]); break
        vals.append(num(c[2]))
    return sum(vals) == tot


def rel_restated_balance(raw, fl):
    xs = re.findall(r'(?<!上)年末累计结余([\d,.]+)万元', fl)
    return len(xs) == 2 and xs[0] == xs[1]


def rel_grade(raw, fl):
    m = re.search(r'自评得分([\d.]+)分，自评等级为“(.+?)”', fl)
    s, g = num(m.group(1)), m.group(2)
    want = '优秀' if s >= 90 else '良好' if s >= 80 else '合格' if s >= 60 else '不合格'
    return g == want


def rel_offices(raw, fl):
    m = re.search(r'机关内设机构(\d+)个，分别是(.+?)，下属', fl)
    items = re.split(r'、|和', m.group(2))
    return int(m.group(1)) == len(items)


def rel_row_rate(raw, fl):
    m = re.search(r'\|学会能力提升\|([\d,.]+)\|([\d,.]+)\|([\d.]+)', raw)
    return q(num(m.group(2)) / num(m.group(1)) * 100, 2) == num(m.group(3))


def rel_date(raw, fl):
    ds = re.findall(r'^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$', raw, re.M)
    y, mo, d = [int(x) for x in ds[-1]]
    return (y, mo, d) > (2024, 12, 31)


def rel_households(raw, fl):
    tot = num(re.search(r'共有城乡低保对象([\d,]+)户', fl).group(1))
    c = num(re.search(r'城市低保([\d,]+)户', fl).group(1))
    r = num(re.search(r'农村低保([\d,]+)户', fl).group(1))
    return c + r == tot


def rel_rural_avg(raw, fl):
    p = num(re.search(r'农村低保[\d,]+户([\d,]+)人', fl).group(1))
    e = num(re.search(r'农村低保金([\d,.]+)万元', fl).group(1))
    a = num(re.search(r'农村低保对象月人均补差([\d,.]+)元', fl).group(1))
    return q(e * 10000 / p / 12, 2) == a


# ------------------------------------------------------------ error definitions
# op: ('r', old, new) replace_once or ('c', table, row, col, old, new) set_cell
# sub: (old figure, new figure) substituted in the declared checks; breaks / carries: ledger check descs
COPIES = [
    ('g01_weijiang_employee_medical_insurance_fund', [
        dict(kind='growth-rate-mismatch', family='ratio', op=('r', '同比增长5.28%', '同比增长5.82%'),
             evidence=['同比增长5.82%'], rel=rel_income_growth, sub=('5.28', '5.82'),
             breaks=['基金收入同比增长'], carries=[],
             expl='报告称2024年职工医保基金收入22,616.98万元，“同比增长5.82%，增加1,133.86万元”，但上年收入为21,483.12万元（表1合计），1,133.86 ÷ 21,483.12 = 5.28%，增长率与增加额不符。（改动处：原文为“同比增长5.28%”，现为“同比增长5.82%”。）'),
        dict(kind='table-total-mismatch', family='sum', op=('c', 'T2', 2, 2, '1,406.37', '1,460.37'),
             evidence=['1,460.37'], rel=rel_t2_total, sub=('1,406.37', '1,460.37'),
             breaks=['表2 统筹基金支出合计'], carries=[],
             expl='表2“统筹基金支出”列各机构类别相加为13,958.25万元（其中民营定点医疗机构一行为1,460.37万元），与合计行及正文所写统筹基金支出13,904.25万元不符。（改动处：原文为“1,406.37”，现为“1,460.37”。）'),
        dict(kind='restated-figure-conflict', family='value-conflict',
             op=('r', '年末累计结余18,426.90万元，基金运行', '年末累计结余18,462.90万元，基金运行'),
             evidence=['年末累计结余18,462.90万元'], rel=rel_restated_balance, sub=None,
             breaks=['年末累计结余在第四、五部分两处写明'], carries=[],
             expl='第四部分写“年末累计结余18,426.90万元”（= 上年末16,763.39万元 + 当期结余1,663.51万元），第五部分基金运行分析却写“年末累计结余18,462.90万元”，同一数字前后不一致。（改动处：原文为“18,426.90”，现为“18,462.90”。）'),
    ]),
    ('g02_yanyang_science_association_overall', [
        dict(kind='grade-band-mismatch', family='score', op=('r', '自评等级为“良好”', '自评等级为“优秀”'),
             evidence=['自评等级为“优秀”'], rel=rel_grade, sub=('良好', '优秀'),
             breaks=['自评等级'], carries=['等级句'],
             expl='报告规定“90（含）—100分为优秀，80（含）—90分为良好”，自评得分为89.40分（表2合计），应为“良好”，结论却写“自评等级为“优秀””，等级与分档标准不符。（改动处：原文为“良好”，现为“优秀”。）'),
        dict(kind='item-count-mismatch', family='structure', op=('r', '机关内设机构3个', '机关内设机构4个'),
             evidence=['机关内设机构4个'], rel=rel_offices, sub=('3', '4'),
             breaks=['机关内设机构'], carries=[],
             expl='报告称“机关内设机构4个”，但其后“分别是”只列出办公室、学会学术部和科学普及部3个机构。（改动处：原文为“3个”，现为“4个”。）'),
        dict(kind='execution-rate-mismatch', family='ratio', op=('c', 'T1', 3, 3, '86.50', '88.50'),
             evidence=['88.50'], rel=rel_row_rate, sub=('86.50', '88.50'),
             breaks=['表1 学会能力提升 执行率'], carries=['执行率最低项目'],
             expl='表1“学会能力提升”项目预算数10.00万元、支出数8.65万元，执行率应为86.50%，表中却写88.50。（改动处：原文为“86.50”，现为“88.50”。）'),
    ]),
    ('g03_xiangxi_minimum_living_allowance', [
        dict(kind='report-dated-before-period-end', family='date', op=('r', '2025年2月14日', '2024年12月14日'),
             evidence=['2024年12月14日'], rel=rel_date, sub=('2025年2月14日', '2024年12月14日'),
             breaks=['落款日期晚于年度终了'], carries=[],
             expl='公开的是2024年度低保资金全年筹集、发放情况和“截至2024年12月底”的保障对象数，落款日期却为2024年12月14日，早于年度终了，也与文号“葙民〔2025〕6号”的年份矛盾。（改动处：原文为“2025年2月14日”，现为“2024年12月14日”。）'),
        dict(kind='breakdown-sum-mismatch', family='sum', op=('r', '其中城市低保862户', '其中城市低保826户'),
             evidence=['城市低保826户'], rel=rel_households, sub=('862', '826'),
             breaks=['低保户数 = 城市 + 农村'], carries=[],
             expl='报告称全县城乡低保对象4,316户，“其中城市低保826户……农村低保3,454户”，但826 + 3,454 = 4,280，与4,316户不符（分乡镇表合计仍为4,316户）。（改动处：原文为“862户”，现为“826户”。）'),
        dict(kind='average-mismatch', family='ratio',
             op=('r', '农村低保对象月人均补差451.53元', '农村低保对象月人均补差415.53元'),
             evidence=['月人均补差415.53元'], rel=rel_rural_avg, sub=('451.53', '415.53'),
             breaks=['农村月人均补差（元，按12个月）'], carries=['农村补差不超过标准'],
             expl='农村低保金3,092.27万元，农村低保对象5,707人，按12个月计算月人均补差应为451.53元（30,922,700元 ÷ 5,707人 ÷ 12），文中却写415.53元。（改动处：原文为“451.53”，现为“415.53”。）'),
    ]),
]


def apply(model, op):
    if op[0] == 'r':
        return replace_once(model, op[1], op[2])
    return set_cell(model, *op[1:])


def subst_check(c, old, new):
    c = copy.deepcopy(c)
    for k, v in c['args'].items():
        if isinstance(v, str):
            if v == old:
                c['args'][k] = new
            elif c['kind'] == 'anchor' and old in v:
                c['args'][k] = v.replace(old, new)
        elif isinstance(v, list):
            c['args'][k] = [new if x == old else x for x in v]
    return c


def render_read(g, M, meta, path):
    data = RENDER[g.FMT](M, meta)
    with open(path, 'wb') as fh:
        fh.write(data)
    return data, read_back(path)


def regions(a, b):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def ledger_test(L, errs, raw, label):
    fl = flat(raw)
    broken = {}
    carried = {}
    for e in errs:
        for d in e['breaks']:
            broken[d] = e
        for d in e['carries']:
            carried[d] = e
    descs = [c['desc'] for c in L.checks]
    for d in list(broken) + list(carried):
        check(d in descs, '%s ledger: declared check exists: %s' % (label, d))
    for c in L.checks:
        d = c['desc']
        if d in broken or d in carried:
            e = broken.get(d) or carried.get(d)
            cc = subst_check(c, *e['sub']) if e['sub'] else c
            ok, det = evaluate(cc, fl, raw)
            figs_ok = all(present(f, raw, fl) for f in figures(cc))
            if d in broken:
                check(not ok, '%s ledger: broken as declared: %s (%s)' % (label, d, det))
                if cc['kind'] not in ('same', 'anchor'):
                    check(figs_ok, '%s ledger: broken check has all its figures written: %s' % (label, d))
            else:
                check(ok and figs_ok, '%s ledger: carries the changed figure and still holds: %s (%s)' % (label, d, det))
        else:
            ok, det = evaluate(c, fl, raw)
            figs_ok = all(present(f, raw, fl) for f in figures(c))
            anc_ok = all(flat(a) in fl for a in anchors(c))
            if not (ok and figs_ok and anc_ok):
                check(False, '%s ledger: other check no longer holds: %s (%s)' % (label, d, det))
    check(True, '%s ledger: all %d other checks hold with figures and anchors present' % (label, len(L.checks) - len(broken) - len(carried)))


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='h45pv_')
    kinds = []
    offsets = {}
    for mod, errs in COPIES:
        g = importlib.import_module(mod)
        M, L, meta = g.build()
        ext = g.NAME.rsplit('.', 1)[1]
        cpath = os.path.join(tmp, 'clean.' + ext)
        data, raw = render_read(g, M, meta, cpath)
        corpus = os.path.join(OUT, g.NAME)
        check(data == open(corpus, 'rb').read(), '%s: clean re-render byte-identical to corpus file' % g.NAME)
        check(raw == read_back(corpus), '%s: clean read-back identical' % g.NAME)
        rows = prove(L.checks, raw)
        check(all(r['ok'] for r in rows), '%s: clean ledger proves %d rows on read-back' % (g.NAME, len(rows)))
        fl = flat(raw)
        fams = [e['family'] for e in errs]
        check(len(set(fams)) == 3, '%s: three different families %s' % (g.NAME, fams))
        for e in errs:
            kinds.append(e['kind'])
            check(e['rel'](raw, fl), '%s #%s: relation holds on clean text' % (g.NAME, e['kind']))
            check(e['evidence'][0] not in fl, '%s #%s: first evidence absent from clean text' % (g.NAME, e['kind']))
        # single plants
        for i, e in enumerate(errs):
            Mi = apply(M, e['op'])
            p = os.path.join(tmp, 'single%d.%s' % (i, ext))
            _, r1 = render_read(g, Mi, meta, p)
            f1 = flat(r1)
            check(not e['rel'](r1, f1), '%s #%s single: own relation broken' % (g.NAME, e['kind']))
            for j, o in enumerate(errs):
                if j != i:
                    check(o['rel'](r1, f1), '%s #%s single: relation of %s intact' % (g.NAME, e['kind'], o['kind']))
            check(regions(fl, f1) == 1, '%s #%s single: exactly one changed region' % (g.NAME, e['kind']))
            ledger_test(L, [e], r1, '%s #%s single' % (g.NAME, e['kind']))
        # combined copy
        Mc = M
        for e in errs:
            Mc = apply(Mc, e['op'])
        epath = os.path.join(ERR, g.NAME)
        data_c, rc = render_read(g, Mc, meta, epath)
        data_c2 = RENDER[g.FMT](Mc, meta)
        check(data_c == data_c2, '%s copy: byte-stable' % g.NAME)
        fc = flat(rc)
        for e in errs:
            check(not e['rel'](rc, fc), '%s copy: relation %s broken' % (g.NAME, e['kind']))
            for ev in e['evidence']:
                n = fc.count(flat(ev))
                check(n == 1, '%s copy: evidence %r occurs once (%d)' % (g.NAME, ev, n))
                offsets.setdefault(g.NAME, {})[ev] = fc.find(flat(ev))
        check(regions(fl, fc) == 3, '%s copy: exactly three changed regions' % g.NAME)
        ledger_test(L, errs, rc, '%s copy' % g.NAME)
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['expl']} for e in errs]
        with open(os.path.join(ERR, g.NAME.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    check(len(kinds) == 9 and len(set(kinds)) == 9, 'nine pairwise different kinds: %s' % ', '.join(kinds))
    for fn in os.listdir(tmp):
        os.remove(os.path.join(tmp, fn))
    os.rmdir(tmp)
    n = len(LOG)
    LOG.append('%d checks, %d failed' % (n, FAILS[0]))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(LOG) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as fh:
        json.dump(offsets, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    print('\n'.join(LOG))
    if FAILS[0]:
        sys.exit(1)


if __name__ == '__main__':
    main()
