# -*- coding: utf-8 -*-
"""Plant 3 single-edit contradictions into each of three clean reports and verify them.

For every planted error (alone) and for the combined copy:
  * the clean re-render is byte-identical to the corpus file and its ledger proves on the read-back;
  * the copy is built from the clean model by one replace_once / set_cell per error;
  * with the changed figure substituted into the fact table, the ledger rows that fail on the copy's
    read-back are exactly the declared ones (every other arithmetic, anchor, read-back and same row holds);
  * the copy's whitespace-free read-back differs from the clean one in exactly one region per error;
  * every evidence string occurs exactly once in the copy (whitespace removed); the first is absent from clean;
  * families differ within a copy and the nine kinds are pairwise different.
"""
import difflib
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib56 import READ, nows, prove, replace_once, set_cell  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

PLANTS = {
    'g02_geyang_agri_entity_loan_interest_subsidy_notice': [
        dict(kind='table-total-mismatch', family='sum',
             op=('cell', 'tab1', '4', 4, '120.00', '210.00'), fact=('loan3', '210.00'),
             declared=['表 贷款金额列合计'], evidence=['210.00'],
             explanation='贴息明细表“贷款金额”列8行相加为2,150.00万元，但合计行写2,060.00万元，列合计与分项不符。'
                         '（改动处：第4行舸阳县西舸果蔬专业合作社贷款金额原为“120.00”，现为“210.00”。）'),
        dict(kind='average-mismatch', family='ratio',
             op=('text', '平均每个主体贴息3.85万元', '平均每个主体贴息3.58万元'), fact=('avg', '3.58'),
             declared=['平均每个主体贴息'], evidence=['平均每个主体贴息3.58万元'],
             explanation='本批贴息合计30.77万元、通过审核的主体8个，平均每个主体应为30.77÷8≈3.85万元，文中写“3.58万元”。'
                         '（改动处：原文为“平均每个主体贴息3.85万元”，现为“平均每个主体贴息3.58万元”。）'),
        dict(kind='item-count-mismatch', family='structure',
             op=('text', '涉及5个乡镇', '涉及6个乡镇'), fact=('n_towns', '6'),
             declared=['涉及乡镇数=列举'], evidence=['涉及6个乡镇'],
             explanation='文中称“涉及6个乡镇”，但其后“即”列举的只有舸东镇、上舸乡、舸南镇、西舸镇、舸北镇5个，明细表“所在乡镇”列也只有这5个。'
                         '（改动处：原文为“涉及5个乡镇”，现为“涉及6个乡镇”。）'),
    ],
    'g03_houshan_public_security_overall_selfeval': [
        dict(kind='score-total-mismatch', family='score',
             op=('cell', 'tab2', '产出', 3, '33.30', '33.80'), fact=('sc2', '33.80'),
             declared=['评分表得分合计'], evidence=['33.80'],
             explanation='表2各一级指标得分14.40+23.25+33.80+23.60=95.05分，但合计行及结论均为94.55分，得分合计不符。'
                         '（改动处：表2“产出”得分原为“33.30”，现为“33.80”。）'),
        dict(kind='execution-rate-mismatch', family='ratio',
             op=('cell', 'tab1', '警用装备购置', 4, '90.97', '93.97'), fact=('r4', '93.97'),
             declared=['表1 警用装备购置执行率'], evidence=['93.97'],
             explanation='表1警用装备购置全年预算1,046.00万元、实际支出951.55万元，执行率应为951.55÷1,046.00≈90.97%，表中写“93.97”。'
                         '（改动处：该行执行率原为“90.97”，现为“93.97”。）'),
        dict(kind='breakdown-sum-mismatch', family='sum',
             op=('text', '工勤人员23人', '工勤人员32人'), fact=('workers', '32'),
             declared=['实有人数=民警+工勤'], evidence=['工勤人员32人'],
             explanation='年末实有271人，“其中民警248人、工勤人员32人”，248+32=280人，与271人不符。'
                         '（改动处：原文为“工勤人员23人”，现为“工勤人员32人”。）'),
    ],
    'g05_zhangyuan_rural_teacher_allowance_selfeval': [
        dict(kind='growth-rate-mismatch', family='ratio',
             op=('text', '增长3.28%', '增长3.82%'), fact=('n_g', '3.82'),
             declared=['享受人数较上年'], evidence=['增长3.82%'],
             explanation='享受补助教师1,386人，比上年的1,342人多44人，增长率应为44÷1,342≈3.28%，文中写“增长3.82%”。'
                         '（改动处：原文为“增长3.28%”，现为“增长3.82%”。）'),
        dict(kind='report-dated-before-period-end', family='date',
             op=('text', '2026年3月20日', '2025年12月20日'), fact=('date', '2025年12月20日'),
             declared=['落款晚于年度终了'], evidence=['2025年12月20日'],
             explanation='报告评价的是2025年度全年补助发放、流失率和结转情况，落款日期却为2025年12月20日，早于年度终了；与文号〔2026〕及“结转2026年使用”也不符。'
                         '（改动处：落款原为“2026年3月20日”，现为“2025年12月20日”。）'),
        dict(kind='balance-mismatch', family='sum',
             op=('text', '结转2026年使用12.34万元', '结转2026年使用13.24万元'), fact=('closing', '13.24'),
             declared=['结转下年=上年结转+到位−支出'], evidence=['结转2026年使用13.24万元'],
             explanation='上年结转23.80万元加本年到位720.00万元，减去全年发放731.46万元，应结转12.34万元，文中写“结转2026年使用13.24万元”，收支结余不平。'
                         '（改动处：原文为“结转2026年使用12.34万元”，现为“结转2026年使用13.24万元”。）'),
    ],
}


def apply(model, op):
    if op[0] == 'text':
        return replace_once(model, op[1], op[2])
    _, name, row, col, old, new = op
    return set_cell(model, name, row, col, old, new)


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append((o[0], o[1], o[2], o[3], o[4]))
    return merged


def failing(rows):
    return sorted(r['desc'] for r in rows if not r['ok'])


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    log = []
    offsets = {}
    nchk = nfail = 0

    def check(cond, msg):
        nonlocal nchk, nfail
        nchk += 1
        if not cond:
            nfail += 1
        log.append(('ok   ' if cond else 'FAIL ') + msg)

    kinds = []
    for mod, plants in PLANTS.items():
        g = importlib.import_module(mod)
        r = g.build()
        L, model = r['ledger'], r['model']
        clean = r['render'](model)
        with open(os.path.join(OUT, r['name']), 'rb') as fh:
            check(fh.read() == clean, '%s clean re-render byte-identical' % r['name'])
        ctext = READ[r['fmt']](clean)
        check(not failing(prove(L, ctext)), '%s clean ledger proves on read-back' % r['name'])
        cflat = nows(ctext)
        fams = [p['family'] for p in plants]
        check(len(set(fams)) == len(fams), '%s families differ within copy: %s' % (r['name'], fams))
        kinds += [p['kind'] for p in plants]
        # ---- each plant alone
        for p in plants:
            m2 = apply(model, p['op'])
            t2 = READ[r['fmt']](r['render'](m2))
            facts = dict(L.facts)
            facts[p['fact'][0]] = p['fact'][1]
            fl = failing(prove(L, t2, facts))
            check(fl == sorted(p['declared']), '%s [%s] alone: failing=%s declared=%s'
                  % (r['name'][:3], p['kind'], fl, p['declared']))
            rg = regions(cflat, nows(t2))
            check(len(rg) == 1, '%s [%s] alone: %d differing region(s)' % (r['name'][:3], p['kind'], len(rg)))
            check(p['evidence'][0] not in cflat, '%s [%s] evidence absent from clean' % (r['name'][:3], p['kind']))
        # ---- combined copy
        m3 = model
        facts = dict(L.facts)
        for p in plants:
            m3 = apply(m3, p['op'])
            facts[p['fact'][0]] = p['fact'][1]
        data = r['render'](m3)
        t3 = READ[r['fmt']](data)
        flat3 = nows(t3)
        fl = failing(prove(L, t3, facts))
        decl = sorted(d for p in plants for d in p['declared'])
        check(fl == decl, '%s combined: failing=%s declared=%s' % (r['name'][:3], fl, decl))
        rg = regions(cflat, flat3)
        check(len(rg) == len(plants), '%s combined: %d differing regions' % (r['name'][:3], len(rg)))
        offs = {}
        for p in plants:
            for e in p['evidence']:
                n = flat3.count(nows(e))
                check(n == 1, '%s evidence %r occurs %d time(s) in copy' % (r['name'][:3], e, n))
                offs[e] = flat3.find(nows(e))
        offsets[r['name']] = offs
        with open(os.path.join(ERR, r['name']), 'wb') as fh:
            fh.write(data)
        exp = [{'kind': p['kind'], 'family': p['family'], 'evidence': p['evidence'], 'explanation': p['explanation']}
               for p in plants]
        base = r['name'].rsplit('.', 1)[0]
        with open(os.path.join(ERR, base + '.expected.json'), 'w', encoding='utf-8') as fh:
            fh.write(json.dumps(exp, ensure_ascii=False, indent=1) + '\n')
    check(len(set(kinds)) == len(kinds) == 9, 'nine kinds pairwise different: %s' % kinds)
    log.append('%d checks, %d failed' % (nchk, nfail))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(log) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as fh:
        fh.write(json.dumps(offsets, ensure_ascii=False, indent=1, sort_keys=True) + '\n')
    print('\n'.join(log))
    if nfail:
        sys.exit(1)


if __name__ == '__main__':
    main()
