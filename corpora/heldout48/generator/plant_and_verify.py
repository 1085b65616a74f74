# -*- coding: utf-8 -*-
"""Plant nine contradictions (three copies x three) into heldout48 clean models and verify them."""
import copy
import difflib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib48  # noqa: E402
from lib48 import D, q, nows  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOG = os.path.join(HERE, 'logs')

NUM = r'[\d,]+(?:\.\d+)?'


def num(s):
    return D(s.replace(',', ''))


def table_rows(text, start, stop, fmt):
    """rows (list of cells) of the table between the first line containing `start` and the next line containing stop"""
    lines = text.split('\n')
    i = next(k for k, l in enumerate(lines) if start in l)
    rows = []
    for l in lines[i + 1:]:
        if stop in l:
            break
        if fmt == 'txt-tab' and '\t' in l:
            rows.append(l.split('\t'))
        elif fmt == 'docx' and l.startswith('|'):
            rows.append(l[1:].split('|'))
        elif fmt == 'txt-space' and l and not l.startswith('-') and not l.startswith('单位'):
            rows.append(re.split(r' {2,}', l.strip()))
    return rows


# ------------------------------------------------------------- relations (independent parses of read-back)
def r_growth_fund(t, fmt):
    w = nows(t)
    cur = num(re.search(r'全年筹集大病保险资金(' + NUM + r')万元', w).group(1))
    m = re.search(r'同比增长(' + NUM + r')%，比上年增加(' + NUM + r')万元', w)
    rate, d = num(m.group(1)), num(m.group(2))
    return q(d / (cur - d) * 100, 2) == rate


def r_table_times(t, fmt):
    rows = table_rows(t, '表1', '三、', fmt)
    body = [r for r in rows[1:] if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(num(r[1]) for r in body) == num(tot[1])


def r_date(t, fmt):
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t.strip().split('\n')[-1])
    y, mth, d = map(int, ds[-1])
    return (y, mth, d) > (2024, 12, 31)


def r_grade(t, fmt):
    w = nows(t)
    m = re.search(r'绩效得分(' + NUM + r')分，评定等级为“(.)”', w)
    s, g = num(m.group(1)), m.group(2)
    b = re.search(r'(\d+)分（含）以上为优，(\d+)分（含）至\d+分为良，(\d+)分（含）至\d+分为中', w)
    hi, mid, lo = (D(x) for x in b.groups())
    want = '优' if s >= hi else '良' if s >= mid else '中' if s >= lo else '差'
    return want == g


def r_count_station(t, fmt):
    w = nows(t)
    m = re.search(r'下辖消防救援站(\d+)个，即(.+?)。', w)
    items = re.split(r'、|和', m.group(2))
    return int(m.group(1)) == len(items)


def r_avg_trucks(t, fmt):
    w = nows(t)
    a = num(re.search(r'接处警出动(' + NUM + r')起', w).group(1))
    m = re.search(r'出动车辆(' + NUM + r')辆次，平均每起出动车辆(' + NUM + r')辆次', w)
    return q(num(m.group(1)) / a, 2) == num(m.group(2))


def r_income_sum(t, fmt):
    w = nows(t)
    tot = num(re.search(r'其中本年收入(' + NUM + r')万元', w).group(1))
    a = num(re.search(r'财政拨款收入(' + NUM + r')万元', w).group(1))
    b = num(re.search(r'其他收入(' + NUM + r')万元', w).group(1))
    return a + b == tot


def _t5_total(t, fmt):
    rows = table_rows(t, '表1', '（三）基本支出', fmt)
    tot = [r for r in rows if r[0] == '合计'][0]
    return num(tot[1]), rows


def r_restated_fin(t, fmt):
    w = nows(t)
    a = num(re.search(r'2024年度财政拨款支出(' + NUM + r')万元，主要用于', w).group(1))
    tot, rows = _t5_total(t, fmt)
    return a == tot


def r_share_ps(t, fmt):
    w = nows(t)
    m = re.search(r'其中公共安全支出(' + NUM + r')万元，占财政拨款支出的(' + NUM + r')%', w)
    tot, rows = _t5_total(t, fmt)
    return q(num(m.group(1)) / tot * 100, 2) == num(m.group(2))


# ------------------------------------------------------------- error specs
T01 = 't01_pengchuan_county_resident_critical_illness_insurance_fund_operation_disclosure_2024.txt'
T02 = 't02_yingyang_county_fire_rescue_brigade_overall_expenditure_selfeval_2024.docx'
T05 = 't05_liaojiang_county_peoples_procuratorate_final_accounts_explanation_2024.txt'

COPIES = [
    ('g01_pengchuan_critical_illness_insurance', T01, [
        dict(op=('replace', '同比增长6.15%', '同比增长6.51%'), kind='growth-rate-mismatch', family='ratio',
             evidence=['同比增长6.51%'], rel=r_growth_fund, subs={'6.15': '6.51'}, breaks=['筹资总额同比增长'],
             expl='2024年筹集大病保险资金2,030.99万元，比上年增加117.58万元，上年为1,913.41万元（表2同），增长率应为'
                  '117.58 ÷ 1,913.41 = 6.15%，文中却写“同比增长6.51%”。（改动处：原文为“6.15%”，现为“6.51%”。）'),
        dict(op=('cell', 0, 2, 1, '1,012', '1,021'), kind='table-total-mismatch', family='sum',
             evidence=['1,021'], rel=r_table_times, subs={'1,012': '1,021'}, breaks=['表1 赔付人次合计'],
             expl='表1“赔付人次”列各分段相加为3,694 + 1,021 + 442 = 5,157人次，与合计行及正文的5,148人次不符'
                  '（其中“5万—10万元（含）”一行为1,021人次）。（改动处：原文为“1,012”，现为“1,021”。）'),
        dict(op=('replace', '淜川县医疗保障局\n2025年3月14日', '淜川县医疗保障局\n2024年12月14日'),
             kind='report-dated-before-period-end', family='date', evidence=['2024年12月14日'], rel=r_date,
             subs={'2025年3月14日': '2024年12月14日'}, breaks=['落款日期晚于年度终了'],
             expl='报告公开2024年度全年筹资、赔付及承办机构年度结余返还情况（返还已于“2025年2月底前”完成），落款日期却为'
                  '2024年12月14日，早于年度终了，也与文号“淜医保〔2025〕4号”的年份矛盾。（改动处：原文为“2025年3月14日”，'
                  '现为“2024年12月14日”。）'),
    ]),
    ('g02_yingyang_fire_rescue_overall', T02, [
        dict(op=('replace', '评定等级为“良”', '评定等级为“优”'), kind='grade-band-mismatch', family='score',
             evidence=['评定等级为“优”'], rel=r_grade, subs={'良': '优'}, breaks=['自评等级与分值标准一致'],
             expl='报告规定“90分（含）以上为优，80分（含）至90分为良”，表2合计及结论得分均为89.46分，应评为“良”，'
                  '结论却写“评定等级为“优””。（改动处：原文为“良”，现为“优”。）'),
        dict(op=('replace', '下辖消防救援站3个', '下辖消防救援站4个'), kind='item-count-mismatch', family='structure',
             evidence=['下辖消防救援站4个'], rel=r_count_station, subs={'3': '4'}, breaks=['下辖消防救援站3个'],
             expl='报告称“下辖消防救援站4个”，但其后“即”只列出城区消防救援站、工业园区消防救援站和苠坪镇政府专职消防队'
                  '3个。（改动处：原文为“3个”，现为“4个”。）'),
        dict(op=('replace', '平均每起出动车辆2.12辆次', '平均每起出动车辆2.21辆次'), kind='average-mismatch',
             family='ratio', evidence=['平均每起出动车辆2.21辆次'], rel=r_avg_trucks, subs={'2.12': '2.21'},
             breaks=['平均每起出动车辆'],
             expl='全年接处警出动1,386起、出动车辆2,941辆次，平均每起应为2,941 ÷ 1,386 = 2.12辆次，文中却写2.21辆次。'
                  '（改动处：原文为“2.12”，现为“2.21”。）'),
    ]),
    ('g05_liaojiang_procuratorate_final_accounts', T05, [
        dict(op=('replace', '其他收入28.38万元', '其他收入28.83万元'), kind='breakdown-sum-mismatch', family='sum',
             evidence=['其他收入28.83万元'], rel=r_income_sum, subs={'28.38': '28.83'},
             breaks=['本年收入 = 财政拨款收入 + 其他收入'],
             expl='本年收入2,346.58万元“其中”财政拨款收入2,318.20万元、其他收入28.83万元，两项相加为2,347.03万元，'
                  '与本年收入2,346.58万元不符。（改动处：原文为“28.38”，现为“28.83”。）'),
        dict(op=('replace', '财政拨款支出2,301.54万元，主要用于', '财政拨款支出2,310.54万元，主要用于'),
             kind='restated-figure-conflict', family='value-conflict', evidence=['财政拨款支出2,310.54万元'],
             rel=r_restated_fin, subs={}, breaks=['same: 财政拨款支出决算写两次'],
             expl='“（一）总体情况”写2024年度财政拨款支出2,310.54万元，而表1按功能分类的财政拨款支出合计为2,301.54万元'
                  '（公共安全支出占比也以2,301.54万元为分母），同一指标前后不一致。（改动处：原文为“2,301.54”，现为“2,310.54”。）'),
        dict(op=('replace', '占财政拨款支出的79.51%', '占财政拨款支出的75.91%'), kind='share-mismatch', family='ratio',
             evidence=['占财政拨款支出的75.91%'], rel=r_share_ps, subs={'79.51': '75.91'},
             breaks=['公共安全支出占财政拨款支出'],
             expl='公共安全支出1,829.85万元（表1三个检察款项之和），占财政拨款支出2,301.54万元的比例应为79.51%，'
                  '文中却写75.91%。（改动处：原文为“79.51%”，现为“75.91%”。）'),
    ]),
]


def apply(model, e):
    op = e['op']
    if op[0] == 'replace':
        return lib48.replace_once(model, op[1], op[2])
    return lib48.set_cell(model, op[1], op[2], op[3], op[4], op[5])


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def subst(c, subs):
    c = copy.deepcopy(c)

    def s(x, depth=0):
        # top-level string arguments and flat lists of them (sum parts); nested lists (grade bands,
        # max/min pairs) are the rule, not the written figure, and are left alone
        if isinstance(x, str):
            return subs.get(x, x)
        if isinstance(x, list) and depth == 0:
            return [s(y, 1) for y in x]
        return x
    c['args'] = [s(a) for a in c['args']]
    return c


def ledger_test(L, text, errs):
    """broken checks false (figures present), all other checks true with figures and anchors present"""
    msgs = []
    ok_all = True
    broken = {}
    for e in errs:
        for d in e['breaks']:
            broken[d] = e
    for c in L.checks:
        if c['desc'] in broken:
            c2 = subst(c, broken[c['desc']]['subs'])
            ok, det = lib48.evaluate(c2, text)
            pres = all(lib48.present(n, text) for n in lib48.numbers_of(c2))
            good = (not ok) and pres
            msgs.append(('declared broken', c['desc'], good, det))
        else:
            ok, det = lib48.evaluate(c, text)
            pres = all(lib48.present(n, text) for n in lib48.numbers_of(c))
            anch = all(a in text or a in nows(text) for a in lib48.anchors_of(c))
            good = ok and pres and anch
            if not good:
                msgs.append(('other', c['desc'], good, det))
        ok_all &= good
    return ok_all, msgs


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOG, exist_ok=True)
    log = []
    fails = 0
    offsets = {}
    kinds = []

    def rec(ok, msg):
        nonlocal fails
        log.append(('ok   ' if ok else 'FAIL ') + msg)
        if not ok:
            fails += 1

    for modname, name, errs in COPIES:
        mod = __import__(modname)
        model, L, meta, values = mod.build()
        fmt = mod.FMT
        clean = lib48.render(model, fmt, meta)
        with open(os.path.join(OUT, name), 'rb') as f:
            corpus = f.read()
        rec(clean == corpus, '%s: clean re-render byte-identical to corpus file' % name)
        ctext = lib48.read_back(clean, fmt)
        rec(ctext == lib48.read_back(corpus, fmt), '%s: clean read-back identical' % name)
        rows = lib48.prove(L, ctext)
        rec(all(r['ok'] for r in rows), '%s: clean ledger proves all %d rows' % (name, len(rows)))
        fams = [e['family'] for e in errs]
        rec(len(set(fams)) == 3, '%s: three different families %s' % (name, fams))
        cw = nows(ctext)
        for i, e in enumerate(errs):
            rec(e['rel'](ctext, fmt), '%s E%d: relation holds on clean text' % (name, i + 1))
            rec(e['evidence'][0] not in cw, '%s E%d: first evidence absent from clean text' % (name, i + 1))
        # singles
        for i, e in enumerate(errs):
            m1 = apply(model, e)
            t1 = lib48.read_back(lib48.render(m1, fmt, meta), fmt)
            rec(not e['rel'](t1, fmt), '%s E%d alone: its relation breaks' % (name, i + 1))
            for j, o in enumerate(errs):
                if j != i:
                    rec(o['rel'](t1, fmt), '%s E%d alone: relation of E%d still holds' % (name, i + 1, j + 1))
            rec(regions(cw, nows(t1)) == 1, '%s E%d alone: exactly one changed region' % (name, i + 1))
            ok, msgs = ledger_test(L, t1, [e])
            rec(ok, '%s E%d alone: ledger test (declared %s false, all other checks hold) %s'
                % (name, i + 1, e['breaks'], [m for m in msgs if not m[2]]))
        # combined copy
        mc = model
        for e in errs:
            mc = apply(mc, e)
        data = lib48.render(mc, fmt, meta)
        assert data == lib48.render(mc, fmt, meta)
        with open(os.path.join(ERR, name), 'wb') as f:
            f.write(data)
        tc = lib48.read_back(data, fmt)
        tw = nows(tc)
        for i, e in enumerate(errs):
            rec(not e['rel'](tc, fmt), '%s E%d: relation broken in combined copy' % (name, i + 1))
        ok, msgs = ledger_test(L, tc, errs)
        rec(ok, '%s combined: ledger test %s' % (name, [m for m in msgs if not m[2]]))
        rec(regions(cw, tw) == 3, '%s: copy differs from clean in exactly 3 regions (%d)' % (name, regions(cw, tw)))
        offsets[name] = {}
        for i, e in enumerate(errs):
            for ev in e['evidence']:
                n = tw.count(nows(ev))
                rec(n == 1, "%s E%d: evidence '%s' occurs once in copy (%d)" % (name, i + 1, ev, n))
                offsets[name][ev] = tw.find(nows(ev))
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['expl']}
               for e in errs]
        base = re.sub(r'\.(txt|docx|pdf|html)$', '', name)
        with open(os.path.join(ERR, base + '.expected.json'), 'wb') as f:
            f.write(lib48.dump_json(exp))
        kinds += [e['kind'] for e in errs]
    rec(len(kinds) == 9 and len(set(kinds)) == 9, '9 pairwise different kinds')
    log.append('%d checks, %d failed' % (len(log), fails))
    with open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'wb') as f:
        f.write(lib48.dump_json(offsets))
    print('\n'.join(log))
    if fails:
        sys.exit(1)


if __name__ == '__main__':
    main()
