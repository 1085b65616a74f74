# -*- coding: utf-8 -*-
"""Independent, simpler read-back: parse every table out of the rendered clean reports
(txt by dashed rules and 2+ space gaps, html/docx/pdf by '|' rows) and re-add columns / rows.
Usage: python3 readback_tables.py [dir]   (default: the corpus folder)"""
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk31

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)


def n(s):
    s = lk31.hw(s).strip().replace(',', '').rstrip('%').replace('+', '')
    try:
        return Decimal(s)
    except Exception:
        return None


def q2(x, nd=2):
    return x.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def tables_txt(text):
    lines = text.split('\n')
    out, i = [], 0
    while i < len(lines):
        if re.fullmatch(r'-{20,}', lines[i]):
            j = i + 1
            body = []
            while j < len(lines) and not re.fullmatch(r'-{20,}', lines[j]):
                body.append(lines[j])
                j += 1
            k = j + 1
            rows = []
            while k < len(lines) and not re.fullmatch(r'-{20,}', lines[k]):
                rows.append(re.split(r'\s{2,}', lines[k].strip()))
                k += 1
            out.append(rows)
            i = k + 1
        else:
            i += 1
    return out


def tables_bar(text):
    out, cur = [], []
    for l in text.split('\n'):
        if l.startswith('|'):
            cur.append([c.strip() for c in l[1:].split('|')])
        elif cur:
            out.append(cur[1:])   # drop header row
            cur = []
    if cur:
        out.append(cur[1:])
    return out


results = []


def ck(ok, msg):
    results.append((ok, msg))


def colsum(rows, cols, parts, total, tag):
    for c in cols:
        s = sum(n(r[c]) for r in parts)
        ck(s == n(total[c]), '%s col %d: sum %s vs %s' % (tag, c, s, total[c]))


def main():
    f = os.path.join(DIR, 't01_longyu_health_dept_overall_selfeval_2024.docx')
    t1, t2 = tables_bar(lk31.read_docx(f))
    leaf = [r for r in t1 if not re.match(r'[一二]、|合计', r[0])]
    colsum(t1, [1, 2], leaf, t1[-1], 't01 表1 leaves')
    colsum(t1, [1, 2], [t1[1], t1[2]], t1[0], 't01 表1 基本支出')
    colsum(t1, [1, 2], t1[4:10], t1[3], 't01 表1 项目支出')
    for r in t1:
        ck(q2(n(r[2]) / n(r[1]) * 100) == n(r[3]), 't01 表1 %s 执行率' % r[0].strip())
    colsum(t2, [3, 4], t2[:-1], t2[-1], 't01 表2')

    f = os.path.join(DIR, 't02_guiyuan_education_final_accounts_2024.pdf')
    t1, t2 = tables_bar(lk31.read_pdf(f))
    inc = [r for r in t1 if re.match(r'[一二三四五六七八]、', r[0])]
    bn = [r for r in t1 if r[0] == '本年收入合计'][0]
    ck(sum(n(r[2]) for r in inc) == n(bn[2]), 't02 表1 收入 rows 1-8 = 行9')
    exp = [r for r in t1 if len(r) == 6 and re.match(r'[一二三四五]、', r[3])]
    ck(sum(n(r[5]) for r in exp) == n(bn[5]), 't02 表1 支出 rows 12-16 = 行17')
    nc = [r for r in t1 if r[0] == '年初结转和结余'][0]
    zj = [r for r in t1 if r[0] == '总计'][0]
    ck(n(bn[2]) + n(nc[2]) == n(zj[2]), 't02 表1 行9 + 行10 = 行11')
    ck(n(bn[5]) + n(nc[5]) == n(zj[5]), 't02 表1 行17 + 行18 = 行19')
    ck(n(zj[2]) == n(zj[5]), 't02 表1 收入总计 = 支出总计')
    kuan = [r for r in t2 if re.fullmatch(r'205\d\d', r[0])]
    colsum(t2, [2, 3, 4], kuan, t2[0], 't02 表2 教育支出 款')
    lei = [r for r in t2 if re.fullmatch(r'2\d\d', r[0])]
    tot = t2[-1]
    for c in (2, 3, 4):
        s = sum(n(r[c]) for r in lei)
        ck(s == n(tot[c - 1]), 't02 表2 类 col %d: %s vs %s' % (c, s, tot[c - 1]))
    for r in t2[:-1]:
        ck(n(r[2]) == n(r[3]) + n(r[4]), 't02 表2 %s 合计 = 基本 + 项目' % r[1])

    f = os.path.join(DIR, 't03_suigang_rural_dilapidated_housing_selfeval_2024.txt')
    t1, t2 = tables_txt(lk31.read_txt(f))
    colsum(t1, [1, 2, 3, 4, 5], t1[:-1], t1[-1], 't03 表1')
    for r in t1:
        ck(n(r[1]) == n(r[2]) + n(r[3]), 't03 表1 %s 任务 = 重建 + 修缮' % r[0])
        ck(n(r[4]) == n(r[2]) * 3 + n(r[3]) * Decimal('1.2'), 't03 表1 %s 资金' % r[0])
    colsum(t2, [-2, -1], t2[:-1], t2[-1], 't03 表2')

    f = os.path.join(DIR, 't04_eying_government_procurement_2024.html')
    t1, t2 = tables_bar(lk31.read_html(f))
    colsum(t1, [1, 2, 3], t1[:-1], t1[-1], 't04 表1')
    for r in t1:
        g = q2((n(r[1]) - n(r[3])) / n(r[3]) * 100)
        ck(g == n(r[4]), 't04 表1 %s 同比' % r[0])
        ck(q2(n(r[1]) / n(t1[-1][1]) * 100) == n(r[2]), 't04 表1 %s 占比' % r[0])
    colsum(t2, [1, 2, 3], t2[:-1], t2[-1], 't04 表2')
    for r in t2:
        ck(q2(n(r[2]) / n(t2[-1][2]) * 100) == n(r[3]), 't04 表2 %s 占比' % r[0])

    f = os.path.join(DIR, 't05_nenhua_farmland_subsidy_notice_2024.txt')
    (t1,) = tables_txt(lk31.read_txt(f))
    colsum(t1, [1, 2, 3, 4, 5], t1[:-1], t1[-1], 't05 表')
    for r in t1:
        ck(n(r[4]) == n(r[2]) - n(r[3]), 't05 %s 核实 = 申报 - 核减' % r[0])
        ck(n(r[5]) == n(r[4]) * Decimal('72.30'), 't05 %s 金额 = 面积 x 72.30' % r[0])

    f = os.path.join(DIR, 't06_qiling_rural_road_maintenance_selfeval_2024.docx')
    t1, t2, t3 = tables_bar(lk31.read_docx(f))
    colsum(t1, [1, 3], t1[:-1], t1[-1], 't06 表1')
    for r in t1[:-1]:
        ck(q2(n(r[1]) * n(r[2]) / 10000) == n(r[3]), 't06 表1 %s 里程 x 标准' % r[0])
    colsum(t2, [1, 2, 3, 4], t2[:-1], t2[-1], 't06 表2')
    for r in t2:
        ck(n(r[4]) == n(r[1]) + n(r[2]) + n(r[3]), 't06 表2 %s 小计' % r[0])
    colsum(t3, [4, 5], t3[:-1], t3[-1], 't06 表3')

    bad = [m for ok, m in results if not ok]
    with open(os.path.join(HERE, 'logs', 'readback_tables.log'), 'w', encoding='utf-8') as fo:
        for ok, m in results:
            fo.write(('OK   ' if ok else 'FAIL ') + m + '\n')
        fo.write('%d checks, %d failed\n' % (len(results), len(bad)))
    print('readback_tables: %d checks, %d failed' % (len(results), len(bad)))
    for m in bad:
        print('FAIL', m)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
