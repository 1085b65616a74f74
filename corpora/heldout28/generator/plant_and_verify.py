# -*- coding: utf-8 -*-
"""Plant three contradictions in each of t01 (pdf), t02 (txt) and t03 (docx), write the copies to errors/ with
NAME.expected.json, and verify by reading the rendered files back:

* every evidence string occurs exactly once in the copy's whitespace-free visible text (txt/docx: also verbatim in
  the visible text; pdf: also in pdfminer's plain extract_text with whitespace removed) and the planted text is
  absent from the clean text;
* for each error a relation, re-parsed by regular expressions from the visible text, holds on the clean report and
  fails on the copy;
* planted alone (copies in _scratch/single/), each error breaks its own relation, leaves the other two intact and
  changes exactly one region of the whitespace-free text; the full copy changes exactly three regions;
* 9 different kinds, three formats, each copy keeps >= 1,500 Han characters.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk28  # noqa: E402
from lk28 import D, q, places, read_any, han_count, replace_once, set_cell, copy_model  # noqa: E402
import g01_sangxi_health_final_accounts as g01  # noqa: E402
import g02_pizhou_housing_fund_annual_report as g02  # noqa: E402
import g03_rufeng_farmland_project_selfeval as g03  # noqa: E402

ROOT = os.path.dirname(HERE)
ERR = os.path.join(ROOT, 'errors')
SINGLE = os.path.join(ROOT, '_scratch', 'single')
N = r'([0-9][0-9,]*(?:\.[0-9]+)?)'


def nows(t):
    return re.sub(r'\s+', '', lk28.norm_digits(t))


def num(s):
    return D(s)


def eq_at(value, written):
    return q(value, places(written)) == D(written)


# ------------------------------------------------------------------ relations (text -> bool)

def rel_t01_sum(text):
    def cell(label):
        m = re.search(r'\|' + re.escape(label) + r'\|' + N, text)
        return m.group(1)
    tot = cell('收入总计')
    parts = [cell('本年收入合计'), cell('使用非财政拨款结余'), cell('年初结转和结余')]
    return sum(num(p) for p in parts) == num(tot)


def rel_t01_direction(text):
    t = nows(text)
    m = re.search(r'决算为' + N + r'万元，完成预算的[0-9.]+%，比上年减少' + N + r'万元，(增长|下降)([0-9.]+)%', t)
    cur, dec, word, rate = num(m.group(1)), num(m.group(2)), m.group(3), m.group(4)
    prev = cur + dec
    signed = (cur - prev) / prev * 100
    want_word = '下降' if cur < prev else '增长'
    return word == want_word and eq_at(abs(signed), rate)


def rel_t01_exec(text):
    t = nows(text)
    m = re.search(r'基本公共卫生服务（2100408）年初预算为' + N + r'万元，支出决算为' + N + r'万元，完成年初预算的' + N + '%', t)
    return eq_at(num(m.group(2)) / num(m.group(1)) * 100, m.group(3))


def rel_t02_share(text):
    t = nows(text)
    wd = re.search(r'缴存职工提取住房公积金' + N + '亿元', t).group(1)
    dep = re.search(r'实缴职工[0-9.]+万人，缴存额' + N + '亿元', t).group(1)
    r = re.search(r'提取额占当年缴存额的比率为' + N + '%', t).group(1)
    return eq_at(num(wd) / num(dep) * 100, r)


def rel_t02_growth(text):
    t = nows(text)
    m = re.search(r'业务收入' + N + r'万元，同比增长' + N + r'%（上年' + N + '万元）', t)
    cur, g, prev = m.group(1), m.group(2), m.group(3)
    return eq_at((num(cur) - num(prev)) / num(prev) * 100, g)


def rel_t02_date(text):
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    y, mo, d = lk28.parse_date(lines[-1])
    covers_year = '2024年年度报告' in nows(text)
    return covers_year and (y, mo, d) > (2024, 12, 31)


def rel_t03_product(text):
    m = re.search(r'\|柳营镇项目区\|新建\|' + N + r'\|' + N + r'\|' + N, text)
    mu, per, amt = m.group(1), m.group(2), m.group(3)
    return eq_at(num(mu) * num(per) / 10000, amt)


def rel_t03_score(text):
    rows = re.findall(r'^\|(?:产出指标|效益指标|满意度指标|预算执行率)\|.*\|' + N + r'$', text, re.M)
    tot = re.search(r'^\|合计\|\|\|100\|\|\|' + N + r'$', text, re.M).group(1)
    return len(rows) == 11 and sum(num(r) for r in rows) == num(tot)


def rel_t03_restated(text):
    t = nows(text)
    got = re.search(r'项目到位资金' + N + r'万元。截至2024年12月31日，累计支出' + N + r'万元', t)
    left = re.search(r'结转' + N + r'万元，主要为', t).group(1)
    again = re.search(r'年末尚有' + N + r'万元未支付', t).group(1)
    return num(got.group(1)) - num(got.group(2)) == num(left) == num(again)


# ------------------------------------------------------------------ the nine errors

ERRORS = {
    't01': {
        'mod': g01, 'name': g01.NAME, 'errors': [
            {'kind': 'breakdown-sum-mismatch', 'family': 'sum',
             'edit': ('cell', 't1', '年初结转和结余', 1, '1,208.64', '1,280.64'),
             'evidence': ['1,280.64', '收入总计18,422.34万元'],
             'relation': rel_t01_sum,
             'explanation': '表1收入支出决算总表收入栏：本年收入合计17,168.50万元＋使用非财政拨款结余45.20万元＋年初结转和结余'
                            '1,280.64万元＝18,494.34万元，与收入总计18,422.34万元（正文“收入总计18,422.34万元”，'
                            '亦等于支出总计）不符；按1,208.64万元计算恰好相等。其中项之和与总数不符（疑为数字颠倒）。'},
            {'kind': 'growth-direction-flipped', 'family': 'ratio',
             'edit': ('text', '比上年减少25.62万元，下降39.05%', '比上年减少25.62万元，增长39.05%'),
             'evidence': ['25.62万元，增长39.05%'],
             'relation': rel_t01_direction,
             'explanation': '“三公”经费2024年决算39.99万元，2023年决算65.61万元（表2），同句写“比上年减少25.62万元”，'
                            '(39.99－65.61)÷65.61＝－39.05%，应为“下降39.05%”，文中写“增长39.05%”；表2合计行增减率也为-39.05。'
                            '增减方向与数值相反。'},
            {'kind': 'execution-rate-mismatch', 'family': 'ratio',
             'edit': ('text', '完成年初预算的104.33%', '完成年初预算的103.43%'),
             'evidence': ['年初预算的103.43%',
                          '基本公共卫生服务（2100408）年初预算为3,150.00万元，支出决算为3,286.40万元'],
             'relation': rel_t01_exec,
             'explanation': '基本公共卫生服务（2100408）年初预算3,150.00万元，支出决算3,286.40万元，'
                            '3,286.40÷3,150.00＝104.33%，文中写“完成年初预算的103.43%”；表3同一科目完成年初预算%为104.33。'
                            '完成（执行）率与分子、分母不符（疑为数字颠倒）。'},
        ]},
    't02': {
        'mod': g02, 'name': g02.NAME, 'errors': [
            {'kind': 'share-mismatch', 'family': 'ratio',
             'edit': ('text', '提取额占当年缴存额的比率为75.18%', '提取额占当年缴存额的比率为78.15%'),
             'evidence': ['提取额占当年缴存额的比率为78.15%', '缴存职工提取住房公积金43.88亿元', '缴存额58.37亿元'],
             'relation': rel_t02_share,
             'explanation': '2024年提取额43.88亿元，当年缴存额58.37亿元，43.88÷58.37＝75.18%，'
                            '文中写“提取额占当年缴存额的比率为78.15%”。占比与分子、分母不符（疑为数字颠倒）。'},
            {'kind': 'growth-rate-mismatch', 'family': 'ratio',
             'edit': ('text', '业务收入68,452.37万元，同比增长5.29%', '业务收入68,452.37万元，同比增长5.92%'),
             'evidence': ['业务收入68,452.37万元，同比增长5.92%（上年65,013.80万元）'],
             'relation': rel_t02_growth,
             'explanation': '业务收入68,452.37万元，上年65,013.80万元，(68,452.37－65,013.80)÷65,013.80＝5.29%，'
                            '文中写“同比增长5.92%”。增长率与两个年度数值不符（疑为数字颠倒）。'},
            {'kind': 'report-dated-before-period-end', 'family': 'date',
             'edit': ('text', '2025年3月28日', '2024年3月28日'),
             'evidence': ['2024年3月28日', '现将淠州市住房公积金2024年年度报告公布如下'],
             'relation': rel_t02_date,
             'explanation': '落款日期为2024年3月28日，但本文是2024年年度报告，报告了2024年全年缴存、提取、贷款和'
                            '“2024年末”的余额及2024年度增值收益分配。成文日期早于所报告年度结束，不可能成立'
                            '（应为2025年3月28日）。'},
        ]},
    't03': {
        'mod': g03, 'name': g03.NAME, 'errors': [
            {'kind': 'product-mismatch', 'family': 'product',
             'edit': ('cell', 't1', '柳营镇项目区', 3, '3,120', '3,210'),
             'evidence': ['3,210', '2,444.83'],
             'relation': rel_t03_product,
             'explanation': '表1柳营镇项目区建设面积7,836亩，亩均投入填为3,210元/亩，7,836×3,210÷10000＝2,515.36万元，'
                            '而本行投资为2,444.83万元（＝7,836×3,120÷10000＝2,444.832）。面积×亩均投入与投资不符'
                            '（疑为数字颠倒）。'},
            {'kind': 'score-total-mismatch', 'family': 'score',
             'edit': ('cell', 't2', '合计', 6, '98.47', '98.74'),
             'evidence': ['98.74', '本项目自评得分98.47分'],
             'relation': rel_t03_score,
             'explanation': '表2“合计”行得分填为98.74分，但11项得分10.00＋7.68＋6.00＋10.00＋7.79＋8.00＋10.00＋10.00＋'
                            '9.51＋10.00＋9.49＝98.47分；正文“本项目自评得分98.47分”，且产出49.47＋效益29.51＋满意度10.00＋'
                            '预算执行率9.49＝98.47分。'},
            {'kind': 'restated-value-conflict', 'family': 'value-conflict',
             'edit': ('text', '年末尚有588.28万元未支付', '年末尚有585.28万元未支付'),
             'evidence': ['年末尚有585.28万元未支付', '结转588.28万元'],
             'relation': rel_t03_restated,
             'explanation': '“存在的问题”部分写“年末尚有585.28万元未支付”，而“资金执行情况”部分写到位资金11,477.62万元、'
                            '累计支出10,889.34万元、“结转588.28万元”（11,477.62－10,889.34＝588.28）。'
                            '同一数值前后表述不一致。'},
        ]},
}


def apply_edit(model, e):
    ed = e['edit']
    if ed[0] == 'cell':
        _, tid, row, col, old, new = ed
        set_cell(model, tid, row, col, old, new)
    else:
        _, old, new = ed
        replace_once(model, old, new)


def planted_text(e):
    return e['edit'][-1]


def regions(a, b, gap=6):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != 'equal']
    merged = []
    for op in ops:
        if merged and op[1] - merged[-1][2] < gap:
            merged[-1] = (merged[-1][0], merged[-1][1], op[2], merged[-1][3], op[4])
        else:
            merged.append(op)
    return merged


def pdf_plain(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


LOG = []
FAILS = []


def check(desc, ok, detail=''):
    LOG.append(f'{"ok  " if ok else "FAIL"} {desc}' + (f' -- {detail}' if detail else ''))
    if not ok:
        FAILS.append(desc)


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(SINGLE, exist_ok=True)
    kinds, fmts = set(), set()
    for key, spec in ERRORS.items():
        mod, name = spec['mod'], spec['name']
        ext = os.path.splitext(name)[1]
        fmts.add(ext)
        clean_model, _ = mod.build()
        clean_path = os.path.join(ROOT, name)
        mod.render(clean_model, clean_path)
        clean = read_any(clean_path)
        # full copy
        model = copy_model(clean_model)
        for e in spec['errors']:
            apply_edit(model, e)
        copy_path = os.path.join(ERR, name)
        mod.render(model, copy_path)
        copy = read_any(copy_path)
        cn, kn = nows(clean), nows(copy)
        plain = nows(pdf_plain(copy_path)) if ext == '.pdf' else None
        rg = regions(cn, kn)
        check(f'{key}: copy differs from clean in exactly 3 regions', len(rg) == 3, f'{len(rg)} regions')
        check(f'{key}: copy keeps >= 1,500 Han characters', han_count(copy) >= 1500, str(han_count(copy)))
        exp = []
        for e in spec['errors']:
            kinds.add(e['kind'])
            for ev in e['evidence']:
                n = kn.count(nows(ev))
                check(f'{key}/{e["kind"]}: evidence {ev!r} occurs once (whitespace-free)', n == 1, f'{n} times')
                if ext in ('.txt', '.docx', '.html'):
                    check(f'{key}/{e["kind"]}: evidence {ev!r} verbatim in visible text', ev in copy)
                else:
                    check(f'{key}/{e["kind"]}: evidence {ev!r} occurs once in pdfminer plain text (whitespace-free)',
                          plain.count(nows(ev)) == 1)
            pt = planted_text(e)
            check(f'{key}/{e["kind"]}: planted text {pt!r} absent from clean text', nows(pt) not in cn)
            check(f'{key}/{e["kind"]}: relation holds on clean', e['relation'](clean) is True)
            check(f'{key}/{e["kind"]}: relation fails on copy', e['relation'](copy) is False)
            exp.append({'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'],
                        'explanation': e['explanation']})
        with open(os.path.join(ERR, os.path.splitext(name)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        # single plants
        for i, e in enumerate(spec['errors']):
            sm = copy_model(clean_model)
            apply_edit(sm, e)
            sp = os.path.join(SINGLE, f'{os.path.splitext(name)[0]}.e{i + 1}{ext}')
            mod.render(sm, sp)
            st = read_any(sp)
            check(f'{key}/single e{i + 1} {e["kind"]}: own relation fails', e['relation'](st) is False)
            others = [o for o in spec['errors'] if o is not e]
            check(f'{key}/single e{i + 1} {e["kind"]}: other two relations hold',
                  all(o['relation'](st) is True for o in others))
            r1 = regions(cn, nows(st))
            check(f'{key}/single e{i + 1} {e["kind"]}: one region changed', len(r1) == 1, f'{len(r1)}')
    check('9 different kinds', len(kinds) == 9, str(sorted(kinds)))
    check('three formats', len(fmts) == 3, str(sorted(fmts)))
    os.makedirs(os.path.join(ROOT, '_scratch'), exist_ok=True)
    with open(os.path.join(ROOT, '_scratch', 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + f'\n{len(LOG)} checks, {len(FAILS)} failed\n')
    print(f'{len(LOG)} checks, {len(FAILS)} failed')
    for x in FAILS:
        print('FAILED:', x)
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
