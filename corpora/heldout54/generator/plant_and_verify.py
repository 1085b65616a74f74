# -*- coding: utf-8 -*-
"""Plant 9 contradictions into copies of three clean reports and verify them.

Each error is one change of one key's string (the key must occur exactly once in
the report model), i.e. one minimal edit of the rendered text.  For each error
alone, and for each combined copy, the copy is rendered, read back, its figures
are re-extracted from the read-back and the CLEAN ledger is evaluated on them:
exactly the declared checks must fail.
"""
import os
import re
import sys
import json
import difflib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOG = os.path.join(HERE, 'logs')
sys.path.insert(0, HERE)
from lib54 import *  # noqa
import build_all  # noqa

ERRORS = {
    'g01_mangchuan_maternity_insurance_fund': [
        dict(key='open_bal', new='1,625.84', breaks=['roll'],
             kind='balance-mismatch', family='sum',
             evidence=['上年末滚存结余1,625.84万元'],
             explanation='第四部分写上年末滚存结余1,625.84万元，加上当年结余194.17万元应为1,820.01万元，'
                         '而同段及总体评价均称年末滚存结余1,847.01万元，期初加当年结余不等于期末。'
                         '（改动处：原文为“上年末滚存结余1,652.84万元”，现为“上年末滚存结余1,625.84万元”。）'),
        dict(key='bf_sh', new='89.53', breaks=['bf_sh'],
             kind='share-mismatch', family='ratio',
             evidence=['占基金收入的89.53%'],
             explanation='生育保险费收入3,012.46万元占基金收入3,057.33万元的比重应为98.53%，文中写89.53%，'
                         '与其余两项收入合计仅44.87万元也明显不符。'
                         '（改动处：原文为“占基金收入的98.53%”，现为“占基金收入的89.53%”。）'),
        dict(key='e25_c', new='2,836.16', breaks=['c_e'],
             kind='restated-figure-conflict', family='value-conflict',
             evidence=['支出2,836.16万元'],
             explanation='第三部分和表1、表2均为2025年基金支出2,863.16万元，第六部分总体评价却写“支出2,836.16万元”，'
                         '同一数字前后不一致。（改动处：原文为“支出2,863.16万元”，现为“支出2,836.16万元”。）'),
    ],
    'g02_wanning_campus_food_safety_fund': [
        dict(key='sc11', new='4.60', breaks=['sc_sum'],
             kind='score-total-mismatch', family='score',
             evidence=['4.60'],
             explanation='表2中“可持续影响”得分改为4.60分后，13项得分之和为97.31分，而表2合计及结论均为96.71分。'
                         '（改动处：表2“可持续影响”得分原为“4.00”，现为“4.60”。）'),
        dict(key='n_items', new='6', breaks=['items'],
             kind='item-count-mismatch', family='structure',
             evidence=['项目主要内容共6项'],
             explanation='文中称项目主要内容共6项，但“即”后列举的只有5项（设备运维、快速检测、体检与培训、责任保险、'
                         '第三方陪餐监督评估），表1也只有5个项目。'
                         '（改动处：原文为“项目主要内容共5项”，现为“项目主要内容共6项”。）'),
        dict(key='exec_p', new='98.69', breaks=['exec_p'],
             kind='execution-rate-mismatch', family='ratio',
             evidence=['预算执行率98.69%'],
             explanation='实际支出159.87万元除以项目资金165.00万元应为96.89%，第二部分写预算执行率98.69%，'
                         '与表1合计行的96.89%也不一致。'
                         '（改动处：原文为“预算执行率96.89%”，现为“预算执行率98.69%”。）'),
    ],
    'g04_chongshan_rural_film_screening': [
        dict(key='tw2', new='14,820', breaks=['tw_sum'],
             kind='table-total-mismatch', family='sum',
             evidence=['14,820'],
             explanation='表1“观众（人次）”列各乡镇相加为101,420人次，但合计行及正文均为100,820人次；'
                         '差额600人次出在翀西镇一行。'
                         '（改动处：表1翀西镇观众人次原为“14,220”，现为“14,820”。）'),
        dict(key='kj_pp', new='3.42', breaks=['kj_pp'],
             kind='percentage-point-mismatch', family='ratio',
             evidence=['提升3.42个百分点'],
             explanation='科教片场次占比由上年的35.21%升至38.45%，应提升3.24个百分点，文中写提升3.42个百分点。'
                         '（改动处：原文为“提升3.24个百分点”，现为“提升3.42个百分点”。）'),
        dict(key='date', new='2024年12月20日', breaks=['date'],
             kind='report-dated-before-period-end', family='date',
             evidence=['2024年12月20日'],
             explanation='报告对2024年全年放映场次、观众和资金执行作出自评，落款日期却为2024年12月20日，'
                         '早于评价年度结束（2024年12月31日），与文号“〔2025〕”和“2025年二季度前”的安排也不协调。'
                         '（改动处：落款原为“2025年3月20日”，现为“2024年12月20日”。）'),
    ],
}


def regions(a, b):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append(o)
    return merged


def render_read(r, V, path):
    data = r['render'](V)
    with open(path, 'wb') as f:
        f.write(data)
    return data, read_back(path)


def failing(r, V, text):
    rows, val = prove(r['doc'], V, r['ledger'], text)
    rb_bad = [x for x in rows if not x[1]]
    fails = sorted(c['id'] for c, ok, _ in r['ledger'].evaluate(val) if not ok)
    return fails, rb_bad


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOG, exist_ok=True)
    tmp = os.path.join(LOG, '_tmp')
    os.makedirs(tmp, exist_ok=True)
    log = []
    n_ok = n_bad = 0
    offsets = {}
    all_kinds = []

    def check(cond, msg):
        nonlocal n_ok, n_bad
        if cond:
            n_ok += 1
            log.append('ok    ' + msg)
        else:
            n_bad += 1
            log.append('FAIL  ' + msg)

    for mod, errs in ERRORS.items():
        r = build_all.load(mod)
        fname = r['name'] + '.' + r['ext']
        clean_path = os.path.join(OUT, fname)
        data = r['render'](r['V'])
        check(data == open(clean_path, 'rb').read(), '%s: clean re-render byte-identical' % fname)
        clean_text = read_back(clean_path)
        f0, rb0 = failing(r, r['V'], clean_text)
        check(not f0 and not rb0, '%s: clean ledger proves on read-back (%d relations)' % (fname, len(r['ledger'].checks)))
        cws = wsfree(clean_text)
        uses = r['doc'].key_uses()
        fams = [e['family'] for e in errs]
        check(len(set(fams)) == len(fams), '%s: families differ within copy %s' % (fname, fams))
        Vall = dict(r['V'])
        for e in errs:
            all_kinds.append(e['kind'])
            k = e['key']
            check(uses.get(k) == 1, '%s: key %s occurs once in the model' % (fname, k))
            check(r['V'][k] != e['new'], '%s: %s changes %s -> %s' % (fname, k, r['V'][k], e['new']))
            V1 = dict(r['V']); V1[k] = e['new']
            Vall[k] = e['new']
            p1 = os.path.join(tmp, 'single.' + r['ext'])
            _, t1 = render_read(r, V1, p1)
            fails, rb_bad = failing(r, V1, t1)
            check(fails == sorted(e['breaks']) and not rb_bad,
                  '%s [%s] alone: failing checks %s == declared %s' % (fname, e['kind'], fails, sorted(e['breaks'])))
            rg = regions(cws, wsfree(t1))
            check(len(rg) == 1, '%s [%s] alone: differs from clean in %d region(s)' % (fname, e['kind'], len(rg)))
            check(e['evidence'][0] not in cws, '%s [%s]: first evidence absent from clean text' % (fname, e['kind']))
        copy_path = os.path.join(ERR, fname)
        _, tc = render_read(r, Vall, copy_path)
        wc = wsfree(tc)
        fails, rb_bad = failing(r, Vall, tc)
        declared = sorted(sum((e['breaks'] for e in errs), []))
        check(fails == declared and not rb_bad, '%s combined: failing %s == declared %s' % (fname, fails, declared))
        rg = regions(cws, wc)
        check(len(rg) == len(errs), '%s combined: differs from clean in %d regions' % (fname, len(rg)))
        offsets[fname] = {}
        for e in errs:
            for ev in e['evidence']:
                n = wc.count(wsfree(ev))
                check(n == 1, '%s combined: evidence %r occurs %d time(s)' % (fname, ev, n))
                offsets[fname][ev] = wc.find(wsfree(ev))
        exp = [dict(kind=e['kind'], family=e['family'], evidence=e['evidence'], explanation=e['explanation'])
               for e in errs]
        with open(os.path.join(ERR, r['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(exp, ensure_ascii=False, indent=1) + '\n')
    check(len(set(all_kinds)) == len(all_kinds) == 9, 'nine pairwise different kinds: %s' % all_kinds)
    for fn in os.listdir(tmp):
        os.remove(os.path.join(tmp, fn))
    os.rmdir(tmp)
    log.append('%d checks, %d failed' % (n_ok + n_bad, n_bad))
    with open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(offsets, ensure_ascii=False, indent=1, sort_keys=True) + '\n')
    print('\n'.join(log))
    if n_bad:
        sys.exit(1)


if __name__ == '__main__':
    main()
