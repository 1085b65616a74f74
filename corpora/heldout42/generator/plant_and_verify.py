# -*- coding: utf-8 -*-
"""Build the three error copies (3 single edits each) from the clean block models and verify them.

Checks (all must pass; log in logs/verify_errors.log):
  * clean re-render is byte-identical to the corpus file and its ledger proves every relation on the read-back;
  * every planted relation (re-parsed by regex from the read-back text) holds on the clean text;
  * each edit planted alone breaks its own relation, keeps the other two and all guard relations, and changes exactly
    one region of the whitespace-free read-back;
  * on the copy all three planted relations fail, all guard relations hold, 3 changed regions;
  * every evidence string occurs exactly once in the copy (whitespace removed); the first one is absent from the clean text;
  * kinds are pairwise different, families within a copy are pairwise different.
"""
import datetime
import difflib
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib42  # noqa: E402
from lib42 import D, q  # noqa: E402

ERRDIR = os.path.join(lib42.OUT, 'errors')
LOGDIR = os.path.join(lib42.HERE, 'logs')


def flat(t):
    return re.sub(r'\s+', '', t)


def nums(s):
    return [D(x) for x in re.findall(r'-?\d[\d,]*\.\d+|-?\d[\d,]*', s)]


def row(text, label):
    """space/tab table row -> list of cells after the label (txt read-back)."""
    for line in text.splitlines():
        if line.startswith(label):
            return [D(x) for x in line[len(label):].split()]
    raise KeyError(label)


def listed(s):
    return [x for x in re.split(r'、|和', s) if x]


def last_date(text):
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', text)
    y, m, d = map(int, ds[-1])
    return datetime.date(y, m, d)


def between(t, a, b):
    i = t.index(a)
    j = t.index(b, i)
    return t[i + len(a):j]


# ------------------------------------------------------------ relations (text -> bool)
# t01 (txt, space-aligned)
def r_a1(t):   # 表2 2023 支出合计 = 小计 + 大病 + 其他
    return row(t, '支出合计')[1] == row(t, '待遇支出小计')[1] + row(t, '大病保险支出')[1] + row(t, '其他支出')[1]


def r_a2(t):   # 住院 占 待遇支出
    f = flat(t)
    p = D(re.search(r'住院医疗费用支出占待遇支出的([\d.]+)%', f).group(1))
    m = re.search(r'待遇支出([\d,.]+)万元，由住院医疗费用([\d,.]+)万元', f)
    return q(D(m.group(2)) / D(m.group(1)) * 100) == p


def r_a3(t):   # 落款 after period end
    return last_date(t) > datetime.date(2024, 12, 31)


def g_a(t):    # guards: 2024 支出合计 sum, 支出合计 增减率, 表1 收入合计 2023
    ok = row(t, '支出合计')[0] == row(t, '待遇支出小计')[0] + row(t, '大病保险支出')[0] + row(t, '其他支出')[0]
    a, b, r = row(t, '支出合计')
    ok &= q((a - b) / b * 100) == r
    inc = row(t, '收入合计')
    ok &= inc[1] == sum(row(t, k)[1] for k in ['保险费收入', '财政补贴收入', '利息收入', '其他收入'])
    ok &= re.search(r'年末滚存结余17,332\.15万元', flat(t)) is not None
    return bool(ok)


# t04 (html)
BANDS = [(D(90), '优秀'), (D(80), '良好'), (D(60), '合格'), (D(0), '不合格')]


def band(x):
    return [g for lo, g in BANDS if x >= lo][0]


def r_b1(t):   # 平均得分 等次
    m = re.search(r'平均得分([\d.]+)分.*?总体处于“(.+?)”等次', flat(t))
    return band(D(m.group(1))) == m.group(2)


def r_b2(t):   # 抽查乡镇 个数 = 列举
    m = re.search(r'抽查了(\d+)个乡镇的会计凭证，即(.+?)，共', flat(t))
    return int(m.group(1)) == len(listed(m.group(2)))


def r_b3(t):   # 优秀率 个百分点
    f = flat(t)
    n = int(re.search(r'全县(\d+)个乡镇', f).group(1))
    m = re.search(r'优秀率为([\d.]+)%，比上年提高([\d.]+)个百分点（上年优秀乡镇(\d+)个）', f)
    return D(m.group(1)) - q(D(m.group(3)) / n * 100) == D(m.group(2))


def g_b(t):    # guards: table rows add up and bands; 优秀率 = 优秀个数 / n; 等次 lists
    ok = True
    for line in t.splitlines():
        m = re.match(r'\|(\S+?[镇乡])\|([\d.]+)\|([\d.]+)\|([\d.]+)\|([\d.]+)\|([\d.]+)\|(\S+)$', line)
        if m:
            ok &= sum(D(m.group(k)) for k in range(2, 6)) == D(m.group(6)) and band(D(m.group(6))) == m.group(7)
    f = flat(t)
    n = int(re.search(r'全县(\d+)个乡镇', f).group(1))
    m = re.search(r'优秀(\d+)个，即(.+?)；良好(\d+)个，即(.+?)；合格(\d+)个，即(.+?)；', f)
    ok &= int(m.group(1)) == len(listed(m.group(2))) and int(m.group(3)) == len(listed(m.group(4)))
    ok &= q(D(m.group(1)) / n * 100) == D(re.search(r'优秀率为([\d.]+)%', f).group(1))
    return bool(ok)


# t05 (pdf; pdfminer reads tables column by column)
def t1cols(t):
    seg = between(t, '子项目预算执行情况（万元）', '表2')
    v = [D(x) for x in re.findall(r'^\s*(-?[\d,]+\.\d+)\s*$', seg, re.M)]   # one number per line
    assert len(v) == 15, v
    return v[0:5], v[5:10], v[10:15]


def r_c1(t):   # 综上 ... 公里 = 全年累计 ... 公里
    f = flat(t)
    a = D(re.search(r'全年累计改造燃气管道([\d.]+)公里', f).group(1))
    b = D(re.search(r'本年度完成改造燃气管道([\d.]+)公里', f).group(1))
    return a == b


def r_c2(t):   # 表1 庭院 执行率
    b, s, r = t1cols(t)
    return q(s[1] / b[1] * 100) == r[1]


def scores(t):
    seg = between(t, '项目支出绩效自评评分表', '综上')
    return [D(x) for x in re.findall(r'^\s*(\d+\.\d\d)\s*$', seg, re.M)]


def r_c3(t):   # 表3 合计 = 各项得分
    s = scores(t)
    assert len(s) == 8, s
    return sum(s[:-1]) == s[-1]


def g_c(t):    # guards: 表1 合计 rows, other rates, 表2 合计, band vs total
    b, s, r = t1cols(t)
    ok = sum(b[:4]) == b[4] and sum(s[:4]) == s[4]
    ok &= all(q(s[k] / b[k] * 100) == r[k] for k in (0, 2, 3, 4))
    f = flat(t)
    ok &= re.search(r'累计支出2,514\.07万元，预算执行率95\.23%', f) is not None
    total = scores(t)[-1]
    ok &= (total >= 90) == ('自评等级为“优”' in f)
    ok &= re.search(r'全年累计改造燃气管道86\.4公里，为年度目标的102\.86%', f) is not None
    return bool(ok)


COPIES = [
    dict(module='g01_wengxi_resident_medical_insurance_fund_final', guard=g_a, errors=[
        dict(op=('cell', 1, 7, 2, '25,921.35', '25,921.53'), rel=r_a1,
             kind='table-total-mismatch', family='sum', evidence=['25,921.53'],
             explanation='表2“支出合计”行2023年数为25,921.53万元，而同列待遇支出小计23,522.75＋大病保险支出2,310.00＋其他支出88.60＝'
                         '25,921.35万元，合计行与分项之和不符。（改动处：原文为“25,921.35”，现为“25,921.53”。）'),
        dict(op=('rep', '占待遇支出的74.98%', '占待遇支出的79.48%'), rel=r_a2,
             kind='share-mismatch', family='ratio', evidence=['住院医疗费用支出占待遇支出的79.48%'],
             explanation='第三部分写“住院医疗费用支出占待遇支出的79.48%”，但同段前文待遇支出24,864.65万元、住院医疗费用18,642.30万元，'
                         '18,642.30÷24,864.65＝74.98%。（改动处：原文为“74.98%”，现为“79.48%”。）'),
        dict(op=('rep', '2025年3月18日', '2024年12月28日'), rel=r_a3,
             kind='report-dated-before-period-end', family='date', evidence=['2024年12月28日'],
             explanation='落款日期为2024年12月28日，早于2024年度终了（2024年12月31日），却已报告2024年末参保人数、全年基金收支决算数和'
                         '年末滚存结余，文号亦为〔2025〕。（改动处：原文为“2025年3月18日”，现为“2024年12月28日”。）'),
    ]),
    dict(module='g04_guachuan_township_fiscal_management_appraisal_notice', guard=g_b, errors=[
        dict(op=('rep', '总体处于“良好”等次', '总体处于“优秀”等次'), rel=r_b1,
             kind='grade-band-mismatch', family='score', evidence=['总体处于“优秀”等次'],
             explanation='通报写全县乡镇平均得分88.06分，“总体处于‘优秀’等次”；按通报规定的标准，90分及以上为优秀，80分（含）至90分为良好，'
                         '88.06分应为良好。（改动处：原文为“良好”，现为“优秀”。）'),
        dict(op=('rep', '考评组抽查了3个乡镇', '考评组抽查了4个乡镇'), rel=r_b2,
             kind='item-count-mismatch', family='structure', evidence=['抽查了4个乡镇的会计凭证'],
             explanation='第一部分写“考评组抽查了4个乡镇的会计凭证”，但其后“即”只列出萹口乡、薹湾乡和檵桥乡3个乡镇。'
                         '（改动处：原文为“3个”，现为“4个”。）'),
        dict(op=('rep', '比上年提高12.50个百分点', '比上年提高15.20个百分点'), rel=r_b3,
             kind='percentage-point-mismatch', family='ratio', evidence=['比上年提高15.20个百分点'],
             explanation='优秀率为50.00%（8个乡镇中4个优秀），上年优秀乡镇3个，优秀率3÷8＝37.50%，应提高50.00－37.50＝12.50个百分点，'
                         '而不是15.20个百分点。（改动处：原文为“12.50”，现为“15.20”。）'),
    ]),
    dict(module='g05_yuanjiang_gas_pipeline_renewal_fund_selfeval', guard=g_c, errors=[
        dict(op=('rep', '综上，本年度完成改造燃气管道86.4公里', '综上，本年度完成改造燃气管道84.6公里'), rel=r_c1,
             kind='restated-figure-conflict', family='value-conflict', evidence=['本年度完成改造燃气管道84.6公里'],
             explanation='结论部分写“本年度完成改造燃气管道84.6公里”，而第三部分写“全年累计改造燃气管道86.4公里”，表2合计实际完成亦为86.4公里'
                         '（32.6＋41.3＋12.5）。（改动处：原文为“86.4”，现为“84.6”。）'),
        dict(op=('cell', 0, 2, 3, '95.11', '91.51'), rel=r_c2,
             kind='execution-rate-mismatch', family='ratio', evidence=['91.51'],
             explanation='表1“庭院燃气管网改造”预算数1,050.00万元、支出数998.62万元，执行率应为998.62÷1,050.00＝95.11%，表中写91.51%。'
                         '（改动处：原文为“95.11”，现为“91.51”。）'),
        dict(op=('cell', 2, 8, 3, '94.47', '94.74'), rel=r_c3,
             kind='score-total-mismatch', family='score', evidence=['94.74'],
             explanation='表3各项得分14.00＋9.52＋9.10＋18.60＋19.20＋14.50＋9.55＝94.47分，合计行却写94.74分。'
                         '（改动处：原文为“94.47”，现为“94.74”。）'),
    ]),
]


def apply(blocks, op):
    if op[0] == 'rep':
        return lib42.replace_once(blocks, op[1], op[2])
    return lib42.set_cell(blocks, op[1], op[2], op[3], op[4], op[5])


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= 4:
            n += 1
        last = o[2]
    return n


def main():
    os.makedirs(ERRDIR, exist_ok=True)
    os.makedirs(LOGDIR, exist_ok=True)
    tmp = os.path.join(LOGDIR, '_tmp')
    os.makedirs(tmp, exist_ok=True)
    log, offsets = [], {}
    nchk = [0, 0]

    def check(desc, ok):
        nchk[0] += 1
        if not ok:
            nchk[1] += 1
        log.append('%s  %s' % ('ok  ' if ok else 'FAIL', desc))

    kinds = []
    for cp in COPIES:
        m = importlib.import_module(cp['module'])
        blocks, L, meta = m.build()
        fname = meta['fname']
        corpus = os.path.join(lib42.OUT, fname)
        cpath = os.path.join(tmp, fname)
        lib42.render(meta, blocks, cpath)
        check('%s: clean re-render byte-identical to corpus file' % fname,
              open(cpath, 'rb').read() == open(corpus, 'rb').read())
        clean = lib42.read_back(cpath)
        check('%s: clean read-back identical to corpus read-back' % fname, clean == lib42.read_back(corpus))
        try:
            L.prove(clean)
            ok = True
        except AssertionError:
            ok = False
        check('%s: clean ledger proves all %d ledger checks on read-back' % (fname, len(L.checks)), ok)
        check('%s: guard relations hold on clean text' % fname, cp['guard'](clean))
        for e in cp['errors']:
            check('%s: [%s] relation holds on clean text' % (fname, e['kind']), e['rel'](clean))
        # each error alone
        for i, e in enumerate(cp['errors']):
            b1 = apply(blocks, e['op'])
            p1 = os.path.join(tmp, 'single_%d_' % i + fname)
            lib42.render(meta, b1, p1)
            t1 = lib42.read_back(p1)
            check('%s: [%s] alone breaks its relation' % (fname, e['kind']), not e['rel'](t1))
            for j, e2 in enumerate(cp['errors']):
                if j != i:
                    check('%s: [%s] alone keeps [%s]' % (fname, e['kind'], e2['kind']), e2['rel'](t1))
            check('%s: [%s] alone keeps guard relations' % (fname, e['kind']), cp['guard'](t1))
            check('%s: [%s] alone changes exactly one region' % (fname, e['kind']), regions(flat(clean), flat(t1)) == 1)
            os.remove(p1)
        # the copy
        b3 = blocks
        for e in cp['errors']:
            b3 = apply(b3, e['op'])
        epath = os.path.join(ERRDIR, fname)
        lib42.render(meta, b3, epath)
        et = lib42.read_back(epath)
        check('%s: copy differs from clean in exactly 3 regions' % fname, regions(flat(clean), flat(et)) == 3)
        check('%s: guard relations hold on copy' % fname, cp['guard'](et))
        fams = []
        offsets[fname] = {}
        for e in cp['errors']:
            check('%s: [%s] relation fails on copy' % (fname, e['kind']), not e['rel'](et))
            for k, ev in enumerate(e['evidence']):
                check('%s: evidence %r occurs exactly once in copy' % (fname, ev), flat(et).count(flat(ev)) == 1)
                if k == 0:
                    check('%s: evidence %r absent from clean text' % (fname, ev), flat(ev) not in flat(clean))
                offsets[fname][ev] = flat(et).find(flat(ev))
            check('%s: explanation ends with 改动处 note' % fname,
                  re.search(r'（改动处：原文为“.+”，现为“.+”。）$', e['explanation']) is not None)
            fams.append(e['family'])
            kinds.append(e['kind'])
        check('%s: families pairwise different' % fname, len(set(fams)) == 3)
        # ledger presence on the copy (informational: which ledger checks lose a written number / anchor)
        lost = []
        ff = flat(et)
        for c in L.checks:
            miss = [n for n in c['nums'] if not (lib42.standalone(n, et) or lib42.standalone(n, ff))]
            miss += [a for a in c['anchors'] if flat(a) not in ff]
            if miss:
                lost.append('%s (missing %s)' % (c['desc'], ', '.join(miss)))
        log.append('info  %s: ledger checks whose written figures are gone in the copy: %s' % (fname, '; '.join(lost) or 'none'))
        exp = [dict(kind=e['kind'], family=e['family'], evidence=e['evidence'], explanation=e['explanation'])
               for e in cp['errors']]
        with open(os.path.join(ERRDIR, fname.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        os.remove(cpath)
    check('all 9 kinds pairwise different', len(set(kinds)) == 9)
    os.rmdir(tmp)
    log.append('%d checks, %d failed' % tuple(nchk))
    with open(os.path.join(LOGDIR, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOGDIR, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(log))
    assert nchk[1] == 0


if __name__ == '__main__':
    main()
