# -*- coding: utf-8 -*-
"""Build errors/ copies (3 planted contradictions each) from the clean models and verify them.

For every error: one minimal model edit (replace_once / set_cell / set_sign); a relation re-parsed by regex
from the visible (re-read) text that holds on the clean text and fails on the copy; planted alone it breaks
its own relation only (the other two of that copy still hold) and changes exactly one token region.
"""
import datetime as dt
import difflib
import importlib
import json
import os
import re
import shutil
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk34
from lk34 import D, q, places

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOG = []
NCHK = [0, 0]


def log(s):
    LOG.append(s)
    print(s)


def check(cond, what):
    NCHK[0] += 1
    if not cond:
        NCHK[1] += 1
    log(('ok   ' if cond else 'FAIL ') + what)
    return cond


def flat(t):
    return re.sub(r'\s+', '', t)


def num(s):
    return D(s)


def approx_eq(shown, value):
    return D(shown) == q(value, places(shown))


# ------------------------------------------------------------------ relations (re-parsed from text)
def r_t01_table2_monitor_sum(t):
    part = t[t.index('表2　'):]
    towns, tot = [], None
    for line in part.splitlines():
        m = re.match(r'^(\S+?)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d.]+)\s*$', line)
        if not m:
            continue
        if m.group(1) == '合计':
            tot = num(m.group(3))
            break
        towns.append(num(m.group(3)))
    return len(towns) == 6 and tot == sum(towns)


def r_t01_avg(t):
    f = flat(t)
    total = num(re.search(r'累计发放救助资金([\d,]+)元', f).group(1))
    hh, avg = re.search(r'共救助([\d,]+)户，户均救助([\d,.]+)元', f).groups()
    return approx_eq(avg.replace(',', ''), total / num(hh))


def r_t01_count(t):
    f = flat(t)
    n, lst = re.search(r'涉及全县(\d+)个乡镇，分别为([^，]+)，', f).groups()
    return int(n) == len(lst.split('、'))


def r_t04_score_total(t):
    part = t[t.index('表2　'):t.index('四、评价结论')]
    sc = [num(m.group(1)) for m in re.finditer(r'^\|(?:决策|过程|产出|效益)\|[^|]+\|\d+\|([\d.]+)$', part, re.M)]
    tot = num(re.search(r'^\|合计\|\|100\|([\d.]+)$', part, re.M).group(1))
    return len(sc) == 14 and sum(sc) == tot


def r_t04_growth(t):
    f = flat(t)
    cur = num(re.search(r'截至2024年12月31日，项目支出([\d,.]+)万元', f).group(1))
    old, g = re.search(r'支出比上年([\d,.]+)万元增长([\d.]+)%', f).groups()
    return approx_eq(g, abs(cur - num(old)) / num(old) * 100)


def r_t04_restated(t):
    f = flat(t)
    a = num(re.search(r'截至2024年12月31日，项目支出([\d,.]+)万元', f).group(1))
    b = num(re.search(r'项目资金支出([\d,.]+)万元', f).group(1))
    c = num(re.search(r'\|合计\|—\|[\d,.]+\|([\d,.]+)\|', t).group(1))
    return a == b == c


def r_t05_share(t):
    f = flat(t)
    exp = num(re.search(r'专项经费支出([\d,.]+)万元', f).group(1))
    lab, sh = re.search(r'劳务补助合计([\d,.]+)万元，占支出总额的([\d.]+)%', f).groups()
    return approx_eq(sh, num(lab) / exp * 100)


def r_t05_balance(t):
    f = flat(t)
    bud = num(re.search(r'专项经费预算([\d,.]+)万元', f).group(1))
    exp, carry = re.search(r'专项经费支出([\d,.]+)万元，预算执行率[\d.]+%，结转([\d,.]+)万元', f).groups()
    return bud - num(exp) == num(carry)


def r_t05_date(t):
    y, m, d = map(int, re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t.strip())[-1])
    period_end = re.search(r'截至(\d{4})年12月31日', flat(t))
    return period_end is not None and dt.date(y, m, d) > dt.date(int(period_end.group(1)), 12, 31)


# ------------------------------------------------------------------ plan
PLAN = {
    'g01_yunchuan_disaster_relief_notice': [
        dict(kind='breakdown-sum-mismatch', family='sum',
             edit=('set_cell', '表2', '合计', 2, '146', '164'), rel=r_t01_table2_monitor_sum,
             evidence=['164'],
             explanation='表2“其中：监测对象（户）”一栏6个乡镇分别为38、27、31、19、22、9户，合计应为146户，'
                         '表中合计行填为164户；各乡镇数之和与合计数不符（疑为数字颠倒）。'
                         '（改动处：表2合计行“其中：监测对象（户）”原文为“146”，现为“164”。）'),
        dict(kind='average-mismatch', family='ratio',
             edit=('replace_once', '户均救助2,277.12元', '户均救助2,727.12元'), rel=r_t01_avg,
             evidence=['户均救助2,727.12元'],
             explanation='全县累计发放救助资金3,383,800元，共救助1,486户，3,383,800÷1,486＝2,277.12元，'
                         '文中写“户均救助2,727.12元”；按2,727.12元×1,486户约为405.25万元，与发放总额338.38万元不符。'
                         '平均数与总额÷户数不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“户均救助2,277.12元”，现为“户均救助2,727.12元”。）'),
        dict(kind='item-count-mismatch', family='structure',
             edit=('replace_once', '涉及全县6个乡镇', '涉及全县7个乡镇'), rel=r_t01_count,
             evidence=['涉及全县7个乡镇'],
             explanation='正文称资金发放“涉及全县7个乡镇”，但“分别为”后只列举了涢阳镇、白鹭湾镇、杉坪乡、石柘镇、青麓乡、'
                         '洑溪镇6个乡镇，表2也只有这6个乡镇。所称个数与列举项数不符。'
                         '（改动处：正文原文为“涉及全县6个乡镇”，现为“涉及全县7个乡镇”。）'),
    ],
    'g04_ganrui_reservoir_maintenance_eval': [
        dict(kind='score-total-mismatch', family='score',
             edit=('set_cell', '表2', '合计', 3, '89.08', '89.68'), rel=r_t04_score_total,
             evidence=['89.68', '该项目得分89.08分'],
             explanation='表2合计行得分填为89.68分，但14项二级指标得分5.00＋4.00＋4.00＋5.00＋4.67＋3.60＋3.50＋10.00＋7.50'
                         '＋7.58＋5.00＋15.00＋4.82＋9.41＝89.08分；正文“四、评价结论”也写“该项目得分89.08分，扣10.92分”，'
                         '四个一级指标得分13.00＋16.77＋30.08＋29.23＝89.08分。评分表合计与各项得分之和不符。'
                         '（改动处：表2“合计”行得分原文为“89.08”，现为“89.68”。）'),
        dict(kind='growth-rate-mismatch', family='ratio',
             edit=('replace_once', '万元增长11.27%', '万元增长12.17%'), rel=r_t04_growth,
             evidence=['支出比上年1,386.20万元增长12.17%'],
             explanation='2024年项目支出1,542.37万元，上年1,386.20万元，(1,542.37－1,386.20)÷1,386.20＝11.27%，'
                         '文中写“增长12.17%”；按12.17%推算本年支出应约为1,554.90万元，与1,542.37万元不符。'
                         '增长率与两年数值不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“支出比上年1,386.20万元增长11.27%”，现为“支出比上年1,386.20万元增长12.17%”。）'),
        dict(kind='restated-figure-conflict', family='value-conflict',
             edit=('replace_once', '项目资金支出1,542.37万元', '项目资金支出1,524.37万元'), rel=r_t04_restated,
             evidence=['项目资金支出1,524.37万元'],
             explanation='“四、评价结论”写“项目资金支出1,524.37万元”，而“二、资金使用情况”写“项目支出1,542.37万元，执行率93.48%”，'
                         '表1合计支出也为1,542.37万元（7项支出之和），同一支出总额前后不一致（疑为数字颠倒）。'
                         '（改动处：正文原文为“项目资金支出1,542.37万元”，现为“项目资金支出1,524.37万元”。）'),
    ],
    'g05_jucheng_economic_census_selfeval': [
        dict(kind='share-mismatch', family='ratio',
             edit=('replace_once', '占支出总额的61.25%', '占支出总额的65.21%'), rel=r_t05_share,
             evidence=['占支出总额的65.21%'],
             explanation='普查员和普查指导员劳务补助合计119.28万元（98.88＋20.40），专项经费支出194.73万元，'
                         '119.28÷194.73＝61.25%，文中写“占支出总额的65.21%”；表1两项占比50.78%与10.48%之和为61.26%'
                         '（分项四舍五入），也远低于65.21%。占比与金额÷总额不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“占支出总额的61.25%”，现为“占支出总额的65.21%”。）'),
        dict(kind='balance-mismatch', family='sum',
             edit=('replace_once', '结转21.77万元', '结转27.17万元'), rel=r_t05_balance,
             evidence=['结转27.17万元'],
             explanation='2024年专项经费预算216.50万元（168.00＋48.50），支出194.73万元，结转应为216.50－194.73＝21.77万元，'
                         '文中写“结转27.17万元”；支出与结转之和为221.90万元，超过预算216.50万元。结余（结转）数与预算减支出不符'
                         '（疑为数字颠倒）。（改动处：正文原文为“结转21.77万元”，现为“结转27.17万元”。）'),
        dict(kind='report-date-before-period-end', family='date',
             edit=('set_sign', '2025年3月25日', '2024年12月25日'), rel=r_t05_date,
             evidence=['2024年12月25日'],
             explanation='自评报告落款日期为2024年12月25日，但报告反映2024年度专项经费全年使用情况，写明“截至2024年12月31日，'
                         '专项经费支出194.73万元”，并给出全年执行率和结转数，落款日期早于所报告期间的截止日，时间上不可能。'
                         '（改动处：落款日期原文为“2025年3月25日”，现为“2024年12月25日”。）'),
    ],
}


def apply(model, edit):
    op, *args = edit
    return getattr(lk34, op)(model, *args)


def tokens(t):
    return re.findall(r'\d{4}年\d{1,2}月\d{1,2}日|\d[\d,.]*|\S', t)


def regions(a, b):
    sm = difflib.SequenceMatcher(None, tokens(a), tokens(b), autojunk=False)
    return sum(1 for op in sm.get_opcodes() if op[0] != 'equal')


def render_read(model, mod, kw, tmpdir, tag):
    p = os.path.join(tmpdir, f'{tag}.{mod.FMT}')
    lk34.render(model, p, mod.FMT, **kw)
    return lk34.read(p), p


def main():
    os.makedirs(ERR, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='h34_')
    kinds = []
    offsets = {}
    for mname, errs in PLAN.items():
        mod = importlib.import_module(mname)
        model, L, kw = mod.build()
        fname = mod.NAME + '.' + mod.FMT
        log(f'== {fname}')
        clean, _ = render_read(model, mod, kw, tmp, 'clean')
        check(clean == lk34.read(os.path.join(OUT, fname)), 'clean re-render reads back identical to corpus file')
        rels = [e['rel'] for e in errs]
        for e in errs:
            check(e['rel'](clean), f'[{e["kind"]}] relation holds on clean text')
        for i, e in enumerate(errs):
            m1 = apply(model, e['edit'])
            t1, _ = render_read(m1, mod, kw, tmp, f'single{i}')
            check(not e['rel'](t1), f'[{e["kind"]}] planted alone: own relation fails')
            for j, o in enumerate(errs):
                if j != i:
                    check(o['rel'](t1), f'[{e["kind"]}] planted alone: [{o["kind"]}] still holds')
            check(regions(clean, t1) == 1, f'[{e["kind"]}] planted alone: one changed region')
        m3 = model
        for e in errs:
            m3 = apply(m3, e['edit'])
        copy, p3 = render_read(m3, mod, kw, tmp, 'copy')
        shutil.copy(p3, os.path.join(ERR, fname))
        copy = lk34.read(os.path.join(ERR, fname))
        for e in errs:
            check(not e['rel'](copy), f'[{e["kind"]}] relation fails on copy')
        check(regions(clean, copy) == 3, f'copy differs from clean text in exactly 3 regions ({regions(clean, copy)})')
        fc, fl = flat(copy), flat(clean)
        offs = []
        for e in errs:
            for ev in e['evidence']:
                n = fc.count(flat(ev))
                check(n == 1, f'[{e["kind"]}] evidence {ev!r} occurs exactly once in copy ({n})')
                offs.append({'kind': e['kind'], 'evidence': ev, 'offset_nows': fc.find(flat(ev)),
                             'offset_text': copy.find(ev)})
            check(flat(e['evidence'][0]) not in fl, f'[{e["kind"]}] first evidence absent from clean text')
            kinds.append(e['kind'])
        offsets[fname] = offs
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']}
               for e in errs]
        with open(os.path.join(ERR, mod.NAME + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
    check(len(kinds) == 9 and len(set(kinds)) == 9, f'9 different kinds: {kinds}')
    shutil.rmtree(tmp)
    log(f'{NCHK[0]} checks, {NCHK[1]} failed')
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf-8').write('\n'.join(LOG) + '\n')
    json.dump(offsets, open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    if NCHK[1]:
        sys.exit(1)


if __name__ == '__main__':
    main()
