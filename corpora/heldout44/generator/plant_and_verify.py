"""Plant 9 contradictions (3 per copy) into t01, t04 and t06 and verify them.

Each error is one exact single replacement in the clean block model (replace_once: the old substring occurs exactly
once in the whole model) or one table-cell change (set_cell: old cell value asserted). Checks (all must pass):
  * the clean re-render is byte-identical to the corpus file and its ledger proves every check on the read-back;
  * every planted relation (an independent regex parse of the read-back text) holds on the clean text;
  * planted alone, each error breaks its own relation, leaves the other two relations of the copy intact and changes
    exactly one region of the whitespace-free read-back;
  * ledger test on each single copy and on the combined copy: the clean-ledger checks declared as broken by a planted
    error fail once the changed figure is substituted (arithmetic false with all figures written, or a restatement /
    anchor check fails on the copy), checks declared as carrying the changed figure still hold after substitution, and
    every other check still holds on the copy with all its figures written and anchors present;
  * the combined copy differs from the clean text in exactly 3 regions; every evidence string occurs exactly once in the
    copy's whitespace-free read-back, the first evidence string is absent from the clean text; families differ within a
    copy and the 9 kinds are pairwise different.
"""
import copy
import datetime
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib44  # noqa: E402
from lib44 import D, q, nows  # noqa: E402
import g01_hujiang_ltc_fund as g01  # noqa: E402
import g04_jiaxi_agri_extension_project as g04  # noqa: E402
import g06_qianning_culture_audit as g06  # noqa: E402

LOG = []
NFAIL = 0


def check(cond, msg):
    global NFAIL
    LOG.append(('ok   ' if cond else 'FAIL ') + msg)
    if not cond:
        NFAIL += 1


def num(x):
    return D(x.replace(',', ''))


# ---------------------------------------------------------------- independent relations (regex on read-back)

def r_e1(t):
    f = nows(t)
    m = re.search(r'参保人数([\d,]+)人.*?其中在职职工([\d,]+)人、退休人员([\d,]+)人', f)
    return num(m.group(1)) == num(m.group(2)) + num(m.group(3))


def r_e2(t):
    f = nows(t)
    tot = num(re.search(r'2024年基金收入([\d,.]+)万元', f).group(1))
    b = num(re.search(r'医保统筹基金划转([\d,.]+)万元', f).group(1))
    sh = re.search(r'分别占基金收入的([\d.]+)%、([\d.]+)%和([\d.]+)%', f).group(2)
    return q(b / tot * 100) == D(sh)


def r_e3(t):
    m = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t.strip().split('\n')[-1])
    y, mo, d = map(int, m[-1])
    return datetime.date(y, mo, d) > datetime.date(2024, 12, 31)


def r_e4(t):
    f = nows(t)
    seg = f[f.index('表2项目支出绩效自评指标得分'):f.index('经综合评定')]
    nums = []
    for blk in re.findall(r'得分((?:\d{1,2}\.\d{2})+)', seg):
        nums += re.findall(r'\d{1,2}\.\d{2}', blk)
    return sum(D(x) for x in nums[:-1]) == D(nums[-1])


def r_e5(t):
    f = nows(t)
    m = re.search(r'分布在(\d+)个乡镇，即(.+?)，基地数', f)
    items = re.split(r'、|和', m.group(2))
    return int(m.group(1)) == len(items)


def r_e6(t):
    f = nows(t)
    m = re.search(r'主推技术到位率([\d.]+)%，比上年的([\d.]+)%提高([\d.]+)个百分点', f)
    return D(m.group(1)) - D(m.group(2)) == D(m.group(3))


def r_e7(t):
    f = nows(t)
    a = re.search(r'审计发现问题\d+个，涉及金额([\d,.]+)万元', f).group(1)
    b = re.search(r'查出问题金额([\d,.]+)万元', f).group(1)
    return a == b


def r_e8(t):
    f = nows(t)
    spent = num(re.search(r'当年支出([\d,.]+)万元', f).group(1))
    rc = D(re.search(r'接待群众([\d.]+)万人次', f).group(1))
    avg = re.search(r'平均每人次补助([\d.]+)元', f).group(1)
    return q(spent / rc) == D(avg)


def r_e9(t):
    rows = [l.split('|')[1:] for l in t.split('\n') if l.startswith('|')]
    i0 = [k for k, r in enumerate(rows) if r[0] == '问题类别'][0]
    body = []
    for r in rows[i0 + 1:]:
        body.append(r)
        if r[0] == '合计':
            break
    return sum(num(r[3]) for r in body[:-1]) == num(body[-1][3])


# ---------------------------------------------------------------- the 9 errors

COPIES = [
    (g01, [
        dict(id='E1', kind='breakdown-sum-mismatch', family='sum',
             op=('replace', '其中在职职工61,385人', '其中在职职工61,835人'),
             evidence=['在职职工61,835人'], rel=r_e1,
             breaks={'参保人数 = 在职 + 退休': {'61,385': '61,835'}}, carries={},
             explanation='报告称2024年末参保人数86,420人，“其中在职职工61,835人、退休人员25,035人”，'
                         '但61,835 + 25,035 = 86,870，与86,420人不符。（改动处：原文为“61,385”，现为“61,835”。）'),
        dict(id='E2', kind='share-mismatch', family='ratio',
             op=('replace', '分别占基金收入的38.20%、45.84%', '分别占基金收入的38.20%、45.48%'),
             evidence=['分别占基金收入的38.20%、45.48%'], rel=r_e2,
             breaks={'统筹基金划转占基金收入（分别占）': {'45.84': '45.48'}}, carries={},
             explanation='医保统筹基金划转1,244.38万元，占基金收入2,714.40万元的比例应为45.84%，'
                         '文中“分别占基金收入的38.20%、45.48%和15.28%”中的第二项与此不符。'
                         '（改动处：原文为“45.84%”，现为“45.48%”。）'),
        dict(id='E3', kind='report-dated-before-period-end', family='date',
             op=('replace', '2025年2月26日', '2024年12月26日'),
             evidence=['2024年12月26日'], rel=r_e3,
             breaks={'落款日期晚于年度终了': {'2025年2月26日': '2024年12月26日'}}, carries={},
             explanation='报告公开的是2024年度基金决算数和“2024年末”参保、结余情况，落款日期却为2024年12月26日，'
                         '早于年度终了，且与文号“滹医保联〔2025〕5号”的年份矛盾。'
                         '（改动处：原文为“2025年2月26日”，现为“2024年12月26日”。）'),
    ]),
    (g04, [
        dict(id='E4', kind='score-total-mismatch', family='score',
             op=('cell', 'score', '资金投入', 3, '7.50', '7.05'),
             evidence=['7.05'], rel=r_e4,
             breaks={'表2 得分合计': {'7.50': '7.05'}},
             carries={'表2 得分 <= 分值：资金投入': {'7.50': '7.05'}},
             explanation='表2各项指标得分相加为88.48分（其中“资金投入”得7.05分），但合计行及结论均写自评得分88.93分，'
                         '分项得分之和与总分不符。（改动处：原文为“7.50”，现为“7.05”。）'),
        dict(id='E5', kind='item-count-mismatch', family='structure',
             op=('replace', '分布在4个乡镇', '分布在5个乡镇'),
             evidence=['分布在5个乡镇'], rel=r_e5,
             breaks={'示范基地分布在4个乡镇': {'4': '5'}}, carries={},
             explanation='报告称示范基地“分布在5个乡镇”，但其后“即”只列出蒡溪镇、茳口镇、橹坪乡和椑塘乡4个乡镇，'
                         '基地数也只列了4个数。（改动处：原文为“4个乡镇”，现为“5个乡镇”。）'),
        dict(id='E6', kind='percentage-point-change-mismatch', family='ratio',
             op=('replace', '提高2.30个百分点', '提高2.03个百分点'),
             evidence=['提高2.03个百分点'], rel=r_e6,
             breaks={'主推技术到位率 较上年提高': {'2.30': '2.03'}}, carries={},
             explanation='主推技术到位率96.50%，上年94.20%，应提高2.30个百分点，文中却写“提高2.03个百分点”。'
                         '（改动处：原文为“2.30”，现为“2.03”。）'),
    ]),
    (g06, [
        dict(id='E7', kind='restated-figure-conflict', family='value-conflict',
             op=('replace', '查出问题金额158.43万元', '查出问题金额185.43万元'),
             evidence=['查出问题金额185.43万元'], rel=r_e7,
             breaks={'问题金额写出次数（正文、表、评价）': None, '评价部分复述问题金额': None}, carries={},
             explanation='第二部分写“审计发现问题9个，涉及金额158.43万元”，问题表合计行也是158.43万元，'
                         '审计评价部分却写“本次审计查出问题金额185.43万元”，同一数字前后不一致。'
                         '（改动处：原文为“158.43”，现为“185.43”。）'),
        dict(id='E8', kind='average-mismatch', family='ratio',
             op=('replace', '平均每人次补助6.03元', '平均每人次补助6.30元'),
             evidence=['平均每人次补助6.30元'], rel=r_e8,
             breaks={'平均每人次补助（元）= 支出万元 ÷ 万人次': {'6.03': '6.30'}}, carries={},
             explanation='免费开放补助资金当年支出172.62万元，接待群众28.64万人次，平均每人次补助应为6.03元'
                         '（1,726,200元 ÷ 286,400人次），文中却写6.30元。（改动处：原文为“6.03”，现为“6.30”。）'),
        dict(id='E9', kind='table-total-mismatch', family='sum',
             op=('cell', 'probs', '政府采购程序不规范', 3, '31.70', '37.10'),
             evidence=['37.10'], rel=r_e9,
             breaks={'表 已整改金额合计': {'31.70': '37.10'},
                     '政府采购问题未整改 = 涉及 - 已整改': {'31.70': '37.10'}},
             carries={'表 已整改 <= 涉及：政府采购程序不规范': {'31.70': '37.10'}},
             explanation='问题表“已整改金额”列各行相加为149.28万元（其中政府采购程序不规范一行为37.10万元），'
                         '与合计行143.88万元不符；该行涉及46.25万元、已整改37.10万元，也与正文“尚未整改的14.55万元'
                         '为政府采购程序问题”对不上。（改动处：原文为“31.70”，现为“37.10”。）'),
    ]),
]


def apply(model, e):
    op = e['op']
    if op[0] == 'replace':
        lib44.replace_once(model, op[1], op[2])
    else:
        lib44.set_cell(model, op[1], op[2], op[3], op[4], op[5])


def regions(a, b):
    fa, fb = nows(a), nows(b)
    ops = [o for o in difflib.SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append(o)
    return merged


def ledger_test(ledger, text, errs, label):
    tagged_b, tagged_c = {}, {}
    for e in errs:
        for d, sub in e['breaks'].items():
            tagged_b[d] = (e['id'], sub)
        for d, sub in e['carries'].items():
            tagged_c[d] = (e['id'], sub)
    descs = [c['desc'] for c in ledger.checks]
    for d in list(tagged_b) + list(tagged_c):
        check(d in descs, '%s: declared check exists: %s' % (label, d))
    n_other_ok = 0
    n_other = 0
    for c in ledger.checks:
        if c['desc'] in tagged_b:
            eid, sub = tagged_b[c['desc']]
            if sub is None:
                ok, _, _ = lib44.prove_check(c, text)
                check(not ok, '%s: %s breaks restatement/anchor check: %s' % (label, eid, c['desc']))
            else:
                args = json.loads(json.dumps(c['args']))
                args = {k: ([sub.get(x, x) for x in v] if isinstance(v, list) else sub.get(v, v) if isinstance(v, str) else v)
                        for k, v in args.items()}
                ok, det, nums, _ = lib44.evaluate(c['kind'], args)
                flat = nows(text)
                miss = [n for n in nums if not lib44.written(n, text, flat)]
                check(not ok and not miss, '%s: %s breaks: %s [%s]%s' % (label, eid, c['desc'], det,
                                                                        ' missing ' + ','.join(miss) if miss else ''))
        elif c['desc'] in tagged_c:
            eid, sub = tagged_c[c['desc']]
            ok, det, _ = lib44.prove_check(c, text, sub)
            check(ok, '%s: %s carries the changed figure and still holds: %s [%s]' % (label, eid, c['desc'], det))
        else:
            n_other += 1
            ok, _, rows = lib44.prove_check(c, text)
            if ok:
                n_other_ok += 1
            else:
                check(False, '%s: untagged check fails: %s %s' % (label, c['desc'], [r for r in rows if not r['ok']]))
    check(n_other_ok == n_other, '%s: all %d other ledger checks hold on the copy' % (label, n_other))


def main():
    errdir = os.path.join(lib44.ROOT, 'errors')
    logdir = os.path.join(lib44.HERE, 'logs')
    os.makedirs(errdir, exist_ok=True)
    os.makedirs(logdir, exist_ok=True)
    offsets = {}
    kinds = []
    for g, errs in COPIES:
        r = g.build()
        fname = r['fname']
        clean_data = lib44.render(r['meta'], r['model'])
        with open(os.path.join(lib44.ROOT, fname), 'rb') as f:
            corpus = f.read()
        check(clean_data == corpus, '%s: clean re-render byte-identical to corpus file' % fname)
        clean = lib44.read_back(fname, clean_data)
        check(clean == lib44.read_back(fname, corpus), '%s: clean read-back identical' % fname)
        allok, _ = lib44.prove(r['ledger'], clean)
        check(allok, '%s: clean ledger proves all %d checks' % (fname, len(r['ledger'].checks)))
        fams = [e['family'] for e in errs]
        check(len(set(fams)) == 3, '%s: three different families %s' % (fname, fams))
        kinds += [e['kind'] for e in errs]
        for e in errs:
            check(e['rel'](clean), '%s %s: relation holds on clean text' % (fname, e['id']))
            check(e['evidence'][0] not in nows(clean), '%s %s: first evidence absent from clean text' % (fname, e['id']))
        # single copies
        for e in errs:
            m = copy.deepcopy(r['model'])
            apply(m, e)
            t = lib44.read_back(fname, lib44.render(r['meta'], m))
            check(not e['rel'](t), '%s %s alone: its relation breaks' % (fname, e['id']))
            for o in errs:
                if o is not e:
                    check(o['rel'](t), '%s %s alone: relation of %s intact' % (fname, e['id'], o['id']))
            rg = regions(clean, t)
            check(len(rg) == 1, '%s %s alone: exactly one changed region (%d)' % (fname, e['id'], len(rg)))
            ledger_test(r['ledger'], t, [e], '%s %s alone' % (fname, e['id']))
        # combined copy
        m = copy.deepcopy(r['model'])
        for e in errs:
            apply(m, e)
        data = lib44.render(r['meta'], m)
        t = lib44.read_back(fname, data)
        for e in errs:
            check(not e['rel'](t), '%s combined: %s relation breaks' % (fname, e['id']))
        rg = regions(clean, t)
        check(len(rg) == 3, '%s combined: exactly 3 changed regions (%d)' % (fname, len(rg)))
        ledger_test(r['ledger'], t, errs, '%s combined' % fname)
        flat = nows(t)
        offsets[fname] = {}
        for e in errs:
            for ev in e['evidence']:
                n = flat.count(nows(ev))
                check(n == 1, '%s %s: evidence %r occurs once in copy (%d)' % (fname, e['id'], ev, n))
                offsets[fname][ev] = flat.find(nows(ev))
        with open(os.path.join(errdir, fname), 'wb') as f:
            f.write(data)
        exp = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']}
               for e in errs]
        base = os.path.splitext(fname)[0]
        with open(os.path.join(errdir, base + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    check(len(set(kinds)) == 9, '9 pairwise different kinds')
    LOG.append('%d checks, %d failed' % (len(LOG), NFAIL))
    with open(os.path.join(logdir, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(logdir, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(LOG))
    if NFAIL:
        raise SystemExit(1)


if __name__ == '__main__':
    main()
