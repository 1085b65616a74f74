# -*- coding: utf-8 -*-
"""plant 3 x 3 contradictions into copies of t02, t03, t04 and verify them.

Each planted error overrides exactly one slot of the clean model (one occurrence in the text).
Verification:
  * clean re-render is byte-identical to the corpus file and its ledger proves on the read-back;
  * each error alone: the set of failing clean-ledger checks equals the declared set, every figure
    used by the ledger is present in the copy's read-back, the copy differs from clean in exactly one
    region, the first evidence string is absent from the clean read-back;
  * an independent regex re-parse of the copy's read-back (not using the slot model) confirms the
    broken relation, and holds on the clean read-back;
  * the combined copy fails exactly the three declared checks and differs in exactly three regions;
  * every evidence string occurs exactly once in the copy's whitespace-free read-back;
  * families differ within a copy and all nine kinds are different.
"""
import difflib
import importlib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib51  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOG = os.path.join(HERE, 'logs')


def D(s):
    return Decimal(s.replace(',', ''))


def q2(x):
    return x.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- independent re-parses (on whitespace-free read-back)

def rp_score_total(t):
    # docx rows "|一级|二级|分值|得分" of 表3 and the 合计 row
    seg = t[t.index('表3'):t.index('四、存在的问题')]
    rows = re.findall(r'\|(决策|过程|产出|效益)\|[^|]+\|(\d+)\|([\d.]+)', seg)
    tot = re.search(r'\|合计\|\|100\|([\d.]+)', seg).group(1)
    return sum(D(r[2]) for r in rows) == D(tot) and len(rows) == 12


def rp_exec_row(t):
    m = re.search(r'\|信息平台运维\|([\d.,]+)\|([\d.,]+)\|([\d.]+)', t)
    return q2(D(m.group(2)) / D(m.group(1)) * 100) == D(m.group(3))


def rp_date(t):
    m = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日$', t.strip())
    y, mo, d = (int(x) for x in m[-1])
    return (y, mo, d) > (2025, 12, 31)


def rp_balance(t):
    m = re.search(r'年初结转和结余([\d.,]+)万元，加本年收入([\d.,]+)万元，减本年支出([\d.,]+)万元，年末结转和结余([\d.,]+)万元', t)
    a, b, c, d = (D(x) for x in m.groups())
    return a + b - c == d


def rp_pp(t):
    m = re.search(r'数据到报率([\d.]+)%，较上年的([\d.]+)%提高([\d.]+)个百分点', t)
    a, b, c = (D(x) for x in m.groups())
    return a - b == c


def rp_restated(t):
    a = re.search(r'包括财政拨款收入([\d.,]+)万元', t).group(1)
    b = re.search(r'2024年度财政拨款收入([\d.,]+)万元；', t).group(1)
    return a == b


def rp_table_col(t):
    seg = t[t.index('表2分乡镇'):t.index('注：机构集中')]
    rows = re.findall(r'\|([^|\d]+)\|(\d+)\|(\d+)\|(\d+)\|([\d.,]+)', seg)
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(D(r[4]) for r in body) == D(tot[4])


def rp_average(t):
    m = re.search(r'全年共发放基本生活费([\d.,]+)万元', t)
    n = re.search(r'全年累计发放([\d,]+)人月，人均月领取([\d.,]+)元', t)
    return q2(D(m.group(1)) * 10000 / D(n.group(1))) == D(n.group(2))


def rp_count(t):
    n = int(re.search(r'保障对象分布在(\d+)个乡镇（街道）', t).group(1))
    seg = t[t.index('表2分乡镇'):t.index('注：机构集中')]
    rows = [r for r in re.findall(r'\|([^|\d]+)\|\d+\|\d+\|\d+\|', seg) if r != '合计']
    return n == len(rows)


# ---------------------------------------------------------------- error specs

COPIES = [
    {
        'module': 'g02_niuyang_home_community_elderly_care_subsidy',
        'errors': [
            {'slot': 'sc4', 'old': '9.50', 'new': '9.05',
             'kind': 'score-total-mismatch', 'family': 'score',
             'fails': ['评分表 得分合计'], 'reparse': rp_score_total,
             'evidence': ['9.05'],
             'explanation': '表3各项指标得分相加为93.52分（其中“组织实施”得9.05分），但合计行写93.97分，自评结论也称得分93.97分，分项得分之和与总分不符。（改动处：表3“组织实施”得分原为“9.50”，现为“9.05”。）'},
            {'slot': 'lr2', 'old': '90.75', 'new': '95.70',
             'kind': 'execution-rate-mismatch', 'family': 'ratio',
             'fails': ['表2 信息平台运维 执行率'], 'reparse': rp_exec_row,
             'evidence': ['95.70'],
             'explanation': '表2“信息平台运维”预算40.00万元、实际支出36.30万元，执行率应为36.30÷40.00=90.75%，表中却写95.70%。（改动处：该行执行率原为“90.75”，现为“95.70”。）'},
            {'slot': 'date', 'old': '2026年3月10日', 'new': '2025年12月10日',
             'kind': 'report-dated-before-period-end', 'family': 'date',
             'fails': ['落款晚于年度终了'], 'reparse': rp_date,
             'evidence': ['2025年12月10日'],
             'explanation': '报告评价的是2025年度全年的支出、服务人次和年末在册人数，落款日期却为2025年12月10日，早于年度终了，且与文号〔2026〕不符。（改动处：落款原为“2026年3月10日”，现为“2025年12月10日”。）'},
        ],
    },
    {
        'module': 'g03_yuanjiang_meteorological_bureau_final_accounts',
        'errors': [
            {'slot': 'carry_out', 'old': '67.47', 'new': '76.47',
             'kind': 'balance-mismatch', 'family': 'sum',
             'fails': ['年末结转结余=年初结转结余+本年收入-本年支出'], 'reparse': rp_balance,
             'evidence': ['年末结转和结余76.47万元'],
             'explanation': '年初结转和结余60.24万元加本年收入1,326.18万元减本年支出1,318.95万元，应为67.47万元，文中却写年末结转和结余76.47万元，收支平衡关系不成立。（改动处：原文为“年末结转和结余67.47万元”，现为“76.47万元”。）'},
            {'slot': 'aws_pp', 'old': '0.31', 'new': '0.13',
             'kind': 'percentage-point-mismatch', 'family': 'ratio',
             'fails': ['到报率提高百分点'], 'reparse': rp_pp,
             'evidence': ['提高0.13个百分点'],
             'explanation': '数据到报率99.62%，上年为99.31%，应提高0.31个百分点，文中写“提高0.13个百分点”。（改动处：原文为“提高0.31个百分点”，现为“提高0.13个百分点”。）'},
            {'slot': 'fin_inc2', 'old': '1,184.50', 'new': '1,148.50',
             'kind': 'restated-figure-conflict', 'family': 'value-conflict',
             'fails': ['财政拨款收入 收入段=财政拨款段'], 'reparse': rp_restated,
             'evidence': ['财政拨款收入1,148.50万元'],
             'explanation': '“二、收入支出决算总体情况”称财政拨款收入1,184.50万元（并据此计算占比89.32%），“四、财政拨款收入支出决算情况”却写财政拨款收入1,148.50万元，同一数据前后不一致。（改动处：第四部分原为“财政拨款收入1,184.50万元”，现为“1,148.50万元”。）'},
        ],
    },
    {
        'module': 'g04_xunyuan_orphan_basic_living_allowance',
        'errors': [
            {'slot': 'ta3', 'old': '53.27', 'new': '55.27',
             'kind': 'table-total-mismatch', 'family': 'sum',
             'fails': ['表2 发放金额列合计'], 'reparse': rp_table_col,
             'evidence': ['55.27'],
             'explanation': '表2“发放金额（万元）”列各乡镇（街道）相加为391.42万元，但合计行写389.42万元（正文和表1也为389.42万元），列合计不符。（改动处：镡口镇发放金额原为“53.27”，现为“55.27”。）'},
            {'slot': 'avg', 'old': '1,482.38', 'new': '1,428.38',
             'kind': 'average-mismatch', 'family': 'ratio',
             'fails': ['人均月领取（元）'], 'reparse': rp_average,
             'evidence': ['人均月领取1,428.38元'],
             'explanation': '全年发放389.42万元、累计2,627人月，人均月领取应为3,894,200÷2,627=1,482.38元，文中写1,428.38元。（改动处：原文为“人均月领取1,482.38元”，现为“1,428.38元”。）'},
            {'slot': 'town_n', 'old': '9', 'new': '10',
             'kind': 'item-count-mismatch', 'family': 'structure',
             'fails': ['乡镇（街道）个数与表2所列'], 'reparse': rp_count,
             'evidence': ['分布在10个乡镇（街道）'],
             'explanation': '正文称保障对象“分布在10个乡镇（街道）”，但表2只列出镡城街道、镡东镇、镡西镇、镡口镇、上镡乡、下镡乡、镡溪镇、镡岭乡、镡坪乡9个。（改动处：原文为“分布在9个乡镇（街道）”，现为“分布在10个乡镇（街道）”。）'},
        ],
    },
]


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != 'equal']
    merged = []
    for op in ops:
        if merged and op[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], op[2], merged[-1][3], op[4])
        else:
            merged.append(op)
    return merged


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOG, exist_ok=True)
    log, offsets = [], {}
    nchk = nfail = 0

    def chk(cond, msg):
        nonlocal nchk, nfail
        nchk += 1
        if not cond:
            nfail += 1
        log.append('%s %s' % ('ok  ' if cond else 'FAIL', msg))

    kinds = []
    for cp in COPIES:
        rep = importlib.import_module(cp['module']).build()
        clean_bytes = lib51.render(rep)
        with open(os.path.join(OUT, rep.name), 'rb') as f:
            chk(f.read() == clean_bytes, '%s clean re-render identical to corpus file' % rep.name)
        clean_text = lib51.read_back(rep.fmt, clean_bytes)
        clean_flat = lib51.nows(clean_text)
        chk(all(r['ok'] for r in lib51.prove(rep, clean_text)), '%s clean ledger proves on read-back' % rep.name)
        fams = [e['family'] for e in cp['errors']]
        chk(len(set(fams)) == len(fams), '%s families differ within copy: %s' % (rep.name, fams))
        combo = dict(rep.S)
        for e in cp['errors']:
            kinds.append(e['kind'])
            chk(rep.S[e['slot']] == e['old'], '%s slot %s old value %s' % (rep.name, e['slot'], e['old']))
            chk(rep.slot_counts().get(e['slot']) == 1, '%s slot %s occurs once in the text' % (rep.name, e['slot']))
            S1 = dict(rep.S)
            S1[e['slot']] = e['new']
            combo[e['slot']] = e['new']
            fails = rep.ledger.failing(S1)
            chk(fails == e['fails'], '%s [%s] failing checks %s == declared %s' % (rep.name, e['kind'], fails, e['fails']))
            b1 = lib51.render(rep, S1)
            t1 = lib51.read_back(rep.fmt, b1)
            pr = lib51.prove(rep, t1, S1)
            miss = [r for r in pr if r['desc'].startswith(('read-back', 'anchor')) and not r['ok']]
            chk(not miss, '%s [%s] all ledger figures present in copy read-back' % (rep.name, e['kind']))
            rg = regions(clean_text, t1)
            chk(len(rg) == 1, '%s [%s] copy differs from clean in %d region(s)' % (rep.name, e['kind'], len(rg)))
            chk(e['evidence'][0] not in clean_flat, '%s [%s] evidence absent from clean' % (rep.name, e['kind']))
            t1f = lib51.nows(t1)
            chk(e['reparse'](clean_flat) and not e['reparse'](t1f),
                '%s [%s] independent re-parse: holds on clean, broken on copy' % (rep.name, e['kind']))
        bc = lib51.render(rep, combo)
        tc = lib51.read_back(rep.fmt, bc)
        tcf = lib51.nows(tc)
        declared = [f for e in cp['errors'] for f in e['fails']]
        fails = rep.ledger.failing(combo)
        chk(sorted(fails) == sorted(declared), '%s combined copy fails exactly %s' % (rep.name, fails))
        rg = regions(clean_text, tc)
        chk(len(rg) == 3, '%s combined copy differs in %d regions' % (rep.name, len(rg)))
        for e in cp['errors']:
            chk(not e['reparse'](tcf), '%s combined copy: re-parse of [%s] broken' % (rep.name, e['kind']))
        offsets[rep.name] = {}
        for e in cp['errors']:
            for ev in e['evidence']:
                n = tcf.count(ev)
                chk(n == 1, '%s evidence %r occurs %d time(s) in copy' % (rep.name, ev, n))
                offsets[rep.name][ev] = tcf.find(ev)
        with open(os.path.join(ERR, rep.name), 'wb') as f:
            f.write(bc)
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']}
               for e in cp['errors']]
        base = rep.name.rsplit('.', 1)[0]
        with open(os.path.join(ERR, base + '.expected.json'), 'wb') as f:
            f.write(lib51.dump_json(exp))
        bc2 = lib51.render(rep, combo)
        chk(bc2 == bc, '%s copy byte-stable' % rep.name)
    chk(len(set(kinds)) == 9 and len(kinds) == 9, 'nine pairwise different kinds: %s' % kinds)
    log.append('SUMMARY %d checks, %d failed' % (nchk, nfail))
    with open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'wb') as f:
        f.write(lib51.dump_json(offsets))
    print('\n'.join(log))
    if nfail:
        sys.exit(1)


if __name__ == '__main__':
    main()
