# -*- coding: utf-8 -*-
"""Plant nine contradictions (three per copy) into copies of t01, t03, t04 and verify them.

Each error is one replace_once or one set_cell on the clean block model.  Every planted
relation is re-parsed from the read-back text by an independent regex (not by the ledger).
"""
import copy
import difflib
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib46 import (D, q, render, read_back, prove, evaluate, flat_of, num_present, numbers_of,  # noqa: E402
                   replace_once, set_cell, copy_doc, cn_date)

LOG = []


def log(ok, msg):
    LOG.append('%s %s' % ('ok  ' if ok else 'FAIL', msg))
    return ok


def num(s):
    return D(s)

# ------------------------------------------------------------ independent relations

def r_t01_balance(t):
    f = flat_of(t)
    m = re.search(r'当年收支结余([\d,]+\.\d+)万元，上年末滚存结余([\d,]+\.\d+)万元，年末滚存结余([\d,]+\.\d+)万元', f)
    return num(m.group(1)) + num(m.group(2)) == num(m.group(3))


def r_t01_direction(t):
    row = re.search(r'^基金收入\t([\d,.]+)\t([\d,.]+)\t', t, re.M)
    prev, cur = num(row.group(1)), num(row.group(2))
    w = re.search(r'基金收入比上年(增长|下降)([\d.]+)%', flat_of(t))
    rate = q(abs(cur - prev) * 100 / prev, 2)
    return (w.group(1) == '增长') == (cur > prev) and rate == num(w.group(2))


def r_t01_date(t):
    dates = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t.strip().split('\n')[-1])
    y, m, d = map(int, dates[-1])
    return (y, m, d) > (2024, 12, 31)


def t03_rows(t):
    rows = [l.split('|')[1:] for l in t.split('\n') if l.startswith('|')]
    head = rows.index(next(r for r in rows if r[0] == '采购方式'))
    body = []
    for r in rows[head + 1:]:
        body.append(r)
        if r[0] == '合计':
            break
    return body


def r_t03_table_budget(t):
    body = t03_rows(t)
    return sum(num(r[2]) for r in body[:-1]) == num(body[-1][2])


def r_t03_restated(t):
    f = flat_of(t)
    a = re.search(r'采购预算金额[\d,.]+万元，实际采购金额([\d,.]+)万元', f).group(1)
    b = re.search(r'全县政府采购实际采购金额([\d,.]+)万元', f).group(1)
    c = t03_rows(t)[-1][3]
    return a == b == c


def r_t03_saving(t):
    f = flat_of(t)
    m = re.search(r'采购预算金额([\d,.]+)万元，实际采购金额([\d,.]+)万元，节约资金([\d,.]+)万元，资金节约率([\d.]+)%', f)
    b, a, s, r = (num(x) for x in m.groups())
    return b - a == s and q(s * 100 / b, 2) == r


def r_t04_grade(t):
    f = flat_of(t)
    m = re.search(r'自评总分([\d.]+)分，评价等级为“(.)”', f)
    sc, g = num(m.group(1)), m.group(2)
    bands = re.search(r'优（(\d+)分及以上）、良（(\d+)分至[\d.]+分）、中（(\d+)分至[\d.]+分）', f)
    lo = [num(x) for x in bands.groups()]
    want = '优' if sc >= lo[0] else '良' if sc >= lo[1] else '中' if sc >= lo[2] else '差'
    return want == g


def r_t04_product(t):
    f = flat_of(t)
    m = re.search(r'按每座(\d+)万元标准安排，(\d+)座共([\d.]+)万元', f)
    return num(m.group(1)) * num(m.group(2)) == num(m.group(3))


def r_t04_count(t):
    f = flat_of(t)
    m = re.search(r'主要建设内容包括(\d+)项，即(.+?)。', f)
    items = re.split(r'、|和(?=[^和]*$)', m.group(2))
    return int(m.group(1)) == len(items)

# ------------------------------------------------------------ error specs

ERRORS = {
    'g01_fuxi_resident_pension_fund': [
        dict(kind='balance-identity-broken', family='balance',
             op=('replace', '上年末滚存结余18,624.37万元', '上年末滚存结余18,642.37万元'),
             evidence=['上年末滚存结余18,642.37万元'], rel=r_t01_balance,
             breaks=['年末滚存结余 = 上年末滚存结余 + 当年收支结余'], subs=[('parts', '18,624.37', '18,642.37')],
             explanation='第四部分写当年收支结余2,354.05万元、年末滚存结余20,978.42万元，上年末滚存结余却写为18,642.37万元，'
                         '18,642.37＋2,354.05＝20,996.42，与年末滚存结余20,978.42万元不符，滚存结余的结转关系不成立。'
                         '（改动处：原文为“上年末滚存结余18,624.37万元”，现为“18,642.37万元”。）'),
        dict(kind='growth-direction-flipped', family='ratio',
             op=('replace', '基金收入比上年增长6.04%', '基金收入比上年下降6.04%'),
             evidence=['基金收入比上年下降6.04%'], rel=r_t01_direction,
             breaks=['基金收入比上年增长（上年数见附表）'],
             subs=[('words', '增长', '下降'), ('phrase', '基金收入比上年增长6.04%', '基金收入比上年下降6.04%')],
             explanation='附表显示基金收入由2023年的12,687.42万元增至2024年的13,453.60万元（增减率6.04），'
                         '正文却写“基金收入比上年下降6.04%”，增减方向与数据相反。（改动处：原文为“比上年增长6.04%”，现为“比上年下降6.04%”。）'),
        dict(kind='report-dated-before-period-end', family='date',
             op=('replace', '2025年3月14日', '2024年12月14日'),
             evidence=['2024年12月14日'], rel=r_t01_date,
             breaks=['落款日期晚于年度终了'], subs=[('date', '2025年3月14日', '2024年12月14日')],
             explanation='本公开报告2024年度全年基金收支及“截至2024年12月31日”的年末数据，文号为〔2025〕，'
                         '落款日期却为2024年12月14日，早于报告期结束。（改动处：原文落款“2025年3月14日”，现为“2024年12月14日”。）'),
    ],
    'g03_jiuchuan_government_procurement_notice': [
        dict(kind='table-total-mismatch', family='sum',
             op=('cell', '表1', 3, 2, '1,926.85', '1,962.85'),
             evidence=['1,962.85'], rel=r_t03_table_budget,
             breaks=['表1 预算金额合计'], subs=[('parts', '1,926.85', '1,962.85')],
             explanation='表1“预算金额”列各采购方式相加为28,683.35万元（其中竞争性谈判1,962.85万元），'
                         '但合计行及正文均为28,647.35万元，分项之和与合计不符。（改动处：竞争性谈判预算金额原为“1,926.85”，现为“1,962.85”。）'),
        dict(kind='restated-figure-conflict', family='value-conflict',
             op=('replace', '全县政府采购实际采购金额27,102.58万元', '全县政府采购实际采购金额27,120.58万元'),
             evidence=['采购金额27,120.58万元', '实际采购金额27,102.58万元'], rel=r_t03_restated,
             breaks=['实际采购金额写三次（概况、表1合计、结语）', '结语重述采购金额'], subs=[],
             explanation='“一、总体情况”和表1合计均写实际采购金额27,102.58万元，“六、结语”却写全年实际采购金额27,120.58万元，'
                         '同一指标前后数值不一致。（改动处：结语原文为“27,102.58万元”，现为“27,120.58万元”。）'),
        dict(kind='savings-rate-mismatch', family='ratio',
             op=('replace', '资金节约率5.39%', '资金节约率5.93%'),
             evidence=['资金节约率5.93%'], rel=r_t03_saving,
             breaks=['资金节约率'], subs=[('res', '5.39', '5.93')],
             explanation='节约资金1,544.77万元÷采购预算金额28,647.35万元＝5.39%，文中却写“资金节约率5.93%”。'
                         '（改动处：原文为“5.39%”，现为“5.93%”。）'),
    ],
    'g04_kaoling_small_reservoir_reinforcement_project': [
        dict(kind='grade-band-mismatch', family='score',
             op=('replace', '评价等级为“优”', '评价等级为“良”'),
             evidence=['评价等级为“良”'], rel=r_t04_grade,
             breaks=['评价等级'], subs=[('grade', '优', '良'), ('phrase', '评价等级为“优”', '评价等级为“良”')],
             explanation='自评总分92.36分（表2合计亦为92.36），按文中“优（90分及以上）、良（80分至89.99分）”的标准应为“优”，'
                         '结论却写“评价等级为‘良’”，等级与分档不符。（改动处：原文为“评价等级为“优””，现为“评价等级为“良””。）'),
        dict(kind='product-mismatch', family='product',
             op=('replace', '按每座80万元标准安排', '按每座85万元标准安排'),
             evidence=['按每座85万元标准安排'], rel=r_t04_product,
             breaks=['中央补助 = 每座80万元 × 6座'], subs=[('a', '80', '85')],
             explanation='中央补助资金“按每座85万元标准安排，6座共480.00万元”，但85×6＝510.00万元，与480.00万元不符'
                         '（480.00万元与县级配套268.50万元合计正好为项目资金748.50万元）。（改动处：原文为“每座80万元”，现为“每座85万元”。）'),
        dict(kind='item-count-mismatch', family='structure',
             op=('replace', '主要建设内容包括5项', '主要建设内容包括6项'),
             evidence=['主要建设内容包括6项'], rel=r_t04_count,
             breaks=['主要建设内容5项'], subs=[('n', '5', '6')],
             explanation='报告称“主要建设内容包括6项”，但“即”后只列出大坝防渗处理、溢洪道改建、放水设施更新、管理房维修和'
                         '安全监测设施安装5项。（改动处：原文为“包括5项”，现为“包括6项”。）'),
    ],
}


def apply(doc, op):
    if op[0] == 'replace':
        replace_once(doc, op[1], op[2])
    else:
        set_cell(doc, op[1], op[2], op[3], op[4], op[5])


def subst(c, subs):
    c = copy.deepcopy(c)
    for key, old, new in subs:
        v = c['args'].get(key)
        if isinstance(v, list):
            c['args'][key] = [new if x == old else x for x in v]
        elif v == old:
            c['args'][key] = new
    return c


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    n = 0
    last = None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def ledger_test(tag, L, errs, text):
    ok = True
    broken = set()
    for e in errs:
        for desc in e['breaks']:
            broken.add(desc)
            c = next(c for c in L.checks if c['desc'] == desc)
            cs = subst(c, e['subs'])
            good, det = evaluate(cs, text)
            ok &= log(not good, '%s ledger: declared check "%s" is false on the copy (%s)' % (tag, desc, det))
            miss = [n for n in numbers_of(cs) if not num_present(n, text, flat_of(text))]
            ok &= log(not miss, '%s ledger: figures of "%s" written in the copy %s' % (tag, desc, miss or ''))
    others = [c for c in L.checks if c['desc'] not in broken]
    rows = prove(L, text, others)
    bad = [r['desc'] for r in rows if not r['ok']]
    ok &= log(not bad, '%s ledger: all %d other checks (with read-back and anchors: %d rows) hold on the copy %s'
              % (tag, len(others), len(rows), bad or ''))
    return ok


def main():
    os.makedirs(os.path.join(OUT, 'errors'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    offsets = {}
    allok = True
    kinds = []
    for mod, errs in ERRORS.items():
        m = importlib.import_module(mod)
        doc, L, meta = m.build()
        name = meta['name']
        data = render(doc, meta)
        with open(os.path.join(OUT, name), 'rb') as f:
            corpus = f.read()
        allok &= log(data == corpus, '%s: clean re-render byte-identical to corpus file' % name)
        clean = read_back(data, meta['format'])
        allok &= log(clean == read_back(corpus, meta['format']), '%s: clean read-back identical' % name)
        rows = prove(L, clean)
        allok &= log(all(r['ok'] for r in rows), '%s: clean ledger proves all %d rows' % (name, len(rows)))
        fams = [e['family'] for e in errs]
        allok &= log(len(set(fams)) == 3, '%s: three different families %s' % (name, fams))
        cf = flat_of(clean)
        for i, e in enumerate(errs, 1):
            kinds.append(e['kind'])
            allok &= log(e['rel'](clean), '%s E%d: relation holds on clean text' % (name, i))
            allok &= log(e['evidence'][0] not in cf, '%s E%d: first evidence absent from clean text' % (name, i))
        for i, e in enumerate(errs, 1):
            d1 = copy_doc(doc)
            apply(d1, e['op'])
            t1 = read_back(render(d1, meta), meta['format'])
            allok &= log(not e['rel'](t1), '%s E%d alone: its relation breaks' % (name, i))
            for j, o in enumerate(errs, 1):
                if j != i:
                    allok &= log(o['rel'](t1), '%s E%d alone: relation of E%d still holds' % (name, i, j))
            rg = regions(cf, flat_of(t1))
            allok &= log(rg == 1, '%s E%d alone: changes exactly one region of the read-back (%d)' % (name, i, rg))
            allok &= ledger_test('%s E%d alone' % (name, i), L, [e], t1)
        dc = copy_doc(doc)
        for e in errs:
            apply(dc, e['op'])
        cdata = render(dc, meta)
        ct = read_back(cdata, meta['format'])
        cflat = flat_of(ct)
        rg = regions(cf, cflat)
        allok &= log(rg == 3, '%s copy: differs from clean text in exactly 3 regions (%d)' % (name, rg))
        for i, e in enumerate(errs, 1):
            allok &= log(not e['rel'](ct), '%s copy E%d: relation broken' % (name, i))
            for ev in e['evidence']:
                n = cflat.count(flat_of(ev))
                allok &= log(n == 1, '%s copy E%d: evidence "%s" occurs exactly once (%d)' % (name, i, ev, n))
        allok &= ledger_test('%s copy' % name, L, errs, ct)
        with open(os.path.join(OUT, 'errors', name), 'wb') as f:
            f.write(cdata)
        base = name.rsplit('.', 1)[0]
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'],
                'explanation': e['explanation']} for e in errs]
        with open(os.path.join(OUT, 'errors', base + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        offsets[name] = {e['evidence'][0]: cflat.find(flat_of(e['evidence'][0])) for e in errs}
    allok &= log(len(set(kinds)) == 9, 'nine pairwise different kinds %s' % kinds)
    n_ok = sum(1 for l in LOG if l.startswith('ok'))
    n_fail = len(LOG) - n_ok
    LOG.append('%d checks, %d failed' % (len(LOG), n_fail))
    with open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(LOG))
    if not allok:
        sys.exit(1)


if __name__ == '__main__':
    main()
