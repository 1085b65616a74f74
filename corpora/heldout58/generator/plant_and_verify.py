# -*- coding: utf-8 -*-
"""Plant 3 contradictions in each of three reports (one token override = one minimal edit each),
write errors/<report> and errors/<report>.expected.json, and verify:
  - clean re-render is byte-identical to the corpus file and its ledger proves on the read-back;
  - each edit alone breaks exactly the declared ledger checks (checks re-evaluated on the written strings);
  - each edit alone differs from clean in exactly one region of the whitespace-free read-back;
  - the combined copy breaks exactly the union and differs in exactly three regions;
  - every evidence string occurs exactly once in the copy and the first is absent from clean;
  - families differ within a copy; the nine kinds are pairwise different.
"""
import os, sys, json, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib58
from lib58 import nows, regions, failing, present

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

PLANTS = {
    'g01_yangchuan_village_work_teams_funds': [
        dict(token='county', new='79', kind='breakdown-sum-mismatch', family='sum',
             evidence=['县直单位选派79人'], breaks=['队员=县直选派+乡镇选派'],
             explanation='驻村工作队队员共131人，其中县直单位选派79人、乡镇选派34人，两项相加为113人，与总数131人不符。'
                         '（改动处：原文为“县直单位选派97人”，现为“县直单位选派79人”。）'),
        dict(token='avg_inv', new='68.93', kind='average-mismatch', family='ratio',
             evidence=['平均每个项目投资68.93万元'], breaks=['平均每个项目投资'],
             explanation='引进帮扶项目27个、总投资1,846.50万元，平均每个项目投资应为1,846.50÷27=68.39万元，文中写68.93万元。'
                         '（改动处：原文为“平均每个项目投资68.39万元”，现为“68.93万元”。）'),
        dict(token='date', new='2025年12月20日', kind='report-dated-before-period-end', family='date',
             evidence=['2025年12月20日'], breaks=['落款晚于年度终了'],
             explanation='报告反映2025年全年经费支出、结余收回和年度考核结果，落款日期却为2025年12月20日，早于2025年度终了；'
                         '与文号“旸组通〔2026〕5号”也不一致。（改动处：落款原为“2026年1月20日”，现为“2025年12月20日”。）'),
    ],
    'g03_jiaoning_agri_product_quality_testing_selfeval': [
        dict(token='s5', new='4.06', kind='score-total-mismatch', family='score',
             evidence=['4.06'], breaks=['表2 得分合计'],
             explanation='表2中“资金管理”得分改为4.06后，13项得分相加为94.67分，而合计行及结论仍为95.21分。'
                         '（改动处：表2“资金管理”得分原为“4.60”，现为“4.06”。）'),
        dict(token='x3', new='89.52', kind='execution-rate-mismatch', family='ratio',
             evidence=['89.52'], breaks=['表1 第3行 执行率'],
             explanation='表1“检测设备购置维护”全年预算20.00万元、实际支出17.85万元，执行率应为17.85÷20.00=89.25%，表中写89.52%。'
                         '（改动处：原为“89.25”，现为“89.52”。）'),
        dict(token='st_n', new='7', kind='item-count-mismatch', family='structure',
             evidence=['覆盖7个乡镇农产品质量安全监管站'], breaks=['监管站6个（即…）'],
             explanation='文中称检测网络覆盖7个乡镇监管站，但“即”后只列出滘东镇、滘西镇、滘南乡、滘北乡、中滘镇和上滘乡6个监管站。'
                         '（改动处：原文为“覆盖6个乡镇农产品质量安全监管站”，现为“覆盖7个”。）'),
    ],
    'g04_yiyang_land_transfer_income_use_disclosure': [
        dict(token='close', new='6,584.23', kind='balance-identity-broken', family='balance',
             evidence=['年末滚存结余6,584.23万元'], breaks=['年末滚存结余=年初+收入-支出-调出'],
             explanation='年初结转6,842.35万元＋当年收入86,425.60万元－当年支出84,913.72万元－调入一般公共预算1,500.00万元＝6,854.23万元，'
                         '文中年末滚存结余写为6,584.23万元，收支结余关系不成立。（改动处：原为“年末滚存结余6,854.23万元”，现为“6,584.23万元”。）'),
        dict(token='app', new='4.96', kind='percentage-point-mismatch', family='ratio',
             evidence=['高出4.96个百分点'], breaks=['占收益比重提高百分点'],
             explanation='农业农村支出占土地出让收益的比重由上年的28.47%升至33.16%，两者相差33.16－28.47=4.69个百分点，文中却写“高出4.96个百分点”。'
                         '（改动处：原为“高出4.69个百分点”，现为“高出4.96个百分点”。）'),
        dict(token='inc_r', new='86,245.60', kind='restated-figure-conflict', family='value-conflict',
             evidence=['土地出让收入86,245.60万元'], breaks=['总体评价收入=正文'],
             explanation='第一部分及表1合计均为土地出让收入86,425.60万元，“总体评价”部分却写全年土地出让收入86,245.60万元，同一数字前后不一致。'
                         '（改动处：总体评价原为“86,425.60万元”，现为“86,245.60万元”。）'),
    ],
}

LOG = []
NCHK = [0, 0]

def check(cond, msg):
    NCHK[0] += 1
    if not cond:
        NCHK[1] += 1
    LOG.append(('OK   ' if cond else 'FAIL ') + msg)

def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    kinds, offsets = [], {}
    for m, plants in PLANTS.items():
        mod = importlib.import_module(m)
        d = mod.build()
        e = lib58.ext(d)
        name = d.stem + '.' + e
        clean_b = lib58.render(d)
        check(clean_b == open(os.path.join(OUT, name), 'rb').read(), '%s: clean re-render byte-identical to corpus file' % name)
        led, _ = lib58.prove(d, os.path.join(OUT, name))
        check(led['all_checks_ok'], '%s: clean ledger proves on read-back (%d rows)' % (name, len(led['checks'])))
        clean_t = nows(lib58.readback_bytes(clean_b, e))
        check(failing(d, d.tok) == [], '%s: no clean check fails' % name)
        for p in plants:
            tok = dict(d.tok)
            old = tok[p['token']]
            tok[p['token']] = p['new']
            b = lib58.render(d, tok)
            raw = lib58.readback_bytes(b, e)
            t = nows(raw)
            fl = failing(d, tok)
            check(fl == p['breaks'], '%s: %s alone (%s -> %s) breaks exactly %s; got %s' % (name, p['kind'], old, p['new'], p['breaks'], fl))
            rg = regions(clean_t, t)
            check(len(rg) == 1, '%s: %s alone differs from clean in 1 region (got %d)' % (name, p['kind'], len(rg)))
            check(nows(p['evidence'][0]) not in clean_t, '%s: evidence %r absent from clean' % (name, p['evidence'][0]))
            check(present(p['new'], raw), '%s: new value %r present in copy' % (name, p['new']))
        tok = dict(d.tok)
        for p in plants:
            tok[p['token']] = p['new']
        b = lib58.render(d, tok)
        t = nows(lib58.readback_bytes(b, e))
        fl = failing(d, tok)
        union = [c['desc'] for c in d.checks if c['desc'] in sum((p['breaks'] for p in plants), [])]
        check(fl == union, '%s: combined copy breaks exactly %s; got %s' % (name, union, fl))
        rg = regions(clean_t, t)
        check(len(rg) == 3, '%s: combined copy differs from clean in 3 regions (got %d)' % (name, len(rg)))
        offsets[name] = {}
        for p in plants:
            for ev in p['evidence']:
                n = t.count(nows(ev))
                check(n == 1, '%s: evidence %r occurs exactly once in copy (got %d)' % (name, ev, n))
                offsets[name][ev] = t.find(nows(ev))
        fams = [p['family'] for p in plants]
        check(len(set(fams)) == 3, '%s: families differ %s' % (name, fams))
        kinds += [p['kind'] for p in plants]
        with open(os.path.join(ERR, name), 'wb') as f:
            f.write(b)
        exp = [{'kind': p['kind'], 'family': p['family'], 'evidence': p['evidence'], 'explanation': p['explanation']} for p in plants]
        with open(os.path.join(ERR, d.stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        # the written copy reads back as built
        check(nows(lib58.readback(os.path.join(ERR, name))) == t, '%s: written copy reads back as verified' % name)
    check(len(set(kinds)) == 9 and len(kinds) == 9, 'nine kinds pairwise different: %s' % kinds)
    LOG.append('%d checks, %d failed' % (NCHK[0], NCHK[1]))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    print('\n'.join(LOG))
    if NCHK[1]:
        sys.exit(1)

if __name__ == '__main__':
    main()
