# -*- coding: utf-8 -*-
"""Build errors/ copies (3 reports x 3 single edits) from the clean block models and verify them.

For every planted error:
  * the edit is one exact single replacement (replace_once: substring occurs once in the whole model)
    or one set_cell (old cell value asserted);
  * its evidence strings each occur exactly once in the copy's whitespace-free read-back, the first one
    is absent from the clean read-back;
  * an independent regex relation, re-parsed from the read-back text, holds on the clean text, fails
    when this error alone is planted, and still holds when only the other errors are planted;
  * ledger: the clean ledger proves every check on the clean read-back; on the copy the checks tagged for
    the planted error fail once the changed figure is substituted, every other check still holds with all
    its figures written (the error copy breaks exactly the planted relations).
"""
import difflib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib43  # noqa: E402
from lib43 import D, q, EVAL, subst, nows, replace_once, set_cell, _nums_of, NUM_RE  # noqa: E402
from build_all import load  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = os.path.join(lib43.OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')

# --------------------------------------------------------------------------- independent relations

def _rows_tab(raw, first):
    return [l.split('\t') for l in raw.splitlines() if '\t' in l and l.split('\t')[0] in first]


def _rows_bar(raw, first):
    return [l[1:].split('|') for l in raw.splitlines() if l.startswith('|') and l[1:].split('|')[0] in first]


def r_t01_total(raw, t):
    names = ['防火隔离带建设', '林火视频监测系统升级', '专业扑火队运行保障', '森林防火宣传教育']
    rows = _rows_tab(raw, names)
    tot = [r for r in _rows_tab(raw, ['合计']) if len(r) == 5][0]
    return sum(D(r[4]) for r in rows) == D(tot[4])


def r_t01_growth(raw, t):
    m = re.search(r'资金共计([\d,.]+)万元，较上年的([\d,.]+)万元增加([\d,.]+)万元，增幅([\d.]+)%', t)
    a, b, d, r = (D(x) for x in m.groups())
    return a - b == d and q(d / b * 100) == r


def r_t01_score(raw, t):
    rows = [l.split('\t') for l in raw.splitlines() if l.count('\t') == 3 and re.fullmatch(r'\d+', l.split('\t')[2])]
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(D(r[3]) for r in body) == D(tot[3])


def r_t02_count(raw, t):
    m = re.search(r'下属事业单位(\d+)个，即([^。]+)。', t)
    items = re.split(r'、|和', m.group(2))
    return int(m.group(1)) == len(items)


def r_t02_band(raw, t):
    s = D(re.search(r'自评得分([\d.]+)分。', t).group(1))
    g = re.search(r'本局自评等级为“(.)”', t).group(1)
    want = '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
    return g == want


def r_t02_restate(raw, t):
    a = re.search(r'全年支出([\d,.]+)万元，预算执行率', t).group(1)
    b = re.search(r'综上，本局2024年度部门整体支出([\d,.]+)万元', t).group(1)
    c = _rows_bar(raw, ['合计'])[0][2]
    return a == b == c


def r_t03_date(raw, t):
    m = re.search(r'楫江县财政局(\d{4})年(\d{1,2})月(\d{1,2})日主办', t)
    return tuple(int(x) for x in m.groups()) > (2024, 12, 31)


def r_t03_average(raw, t):
    a = D(re.search(r'补贴资金共计([\d,.]+)万元', t).group(1))
    n, avg = re.search(r'累计享受补贴(\d+)人，人均领取补贴([\d,.]+)元', t).groups()
    return q(a * 10000 / D(n)) == D(avg)


def r_t03_subtotal(raw, t):
    towns = _rows_bar(raw, ['菅口镇', '蔸溪镇', '莕湾镇'])
    sub = _rows_bar(raw, ['镇小计'])[0]
    xsub = _rows_bar(raw, ['乡小计'])[0]
    tot = _rows_bar(raw, ['合计'])[0]
    return sum(int(r[1]) for r in towns) == int(sub[1]) and int(sub[1]) + int(xsub[1]) == int(tot[1])

# --------------------------------------------------------------------------- the nine errors
# edit: ('replace', old, new) or ('cell', table_no, row, col, old, new)
# touch: untagged checks that use the edited figure and must still hold with the new value
#        (t01: 95.56 is still in the 优 band)
# sub: (old, new) substitution applied to the args of the ledger checks carrying `tag`
#      ((key, old, new): only in that argument); None: the tagged relation is a `same` count

ERRORS = {
    't01_jinling_county_forest_fire_prevention_project_selfeval_2024.txt': [
        dict(kind='table-total-mismatch', family='sum', tag='t01_total', rel=r_t01_total,
             edit=('cell', 0, 1, 4, '781.26', '781.62'), sub=('781.26', '781.62'),
             evidence=['781.62'],
             explanation='表1“合计”行上年支出数为781.62万元，但四个子项目上年支出数276.90＋218.45＋210.00＋75.91＝781.26万元，'
                         '合计数与分项之和不符。（改动处：原文为“781.26”，现为“781.62”。）'),
        dict(kind='growth-rate-mismatch', family='ratio', tag='t01_growth', rel=r_t01_growth,
             edit=('replace', '增幅5.91%', '增幅5.19%'), sub=('5.91', '5.19'),
             evidence=['增加48.00万元，增幅5.19%'],
             explanation='报告称项目资金860.00万元，较上年的812.00万元增加48.00万元，“增幅5.19%”；按48.00÷812.00计算，'
                         '增幅应为5.91%。（改动处：原文为“5.91%”，现为“5.19%”。）'),
        dict(kind='score-total-mismatch', family='score', tag='t01_score', rel=r_t01_score,
             edit=('cell', 1, 12, 3, '95.65', '95.56'), sub=('95.65', '95.56'), touch=['自评等级 按分档'],
             evidence=['95.56'],
             explanation='表2“合计”得分为95.56分，但11项二级指标得分8.00＋6.50＋9.71＋9.20＋15.00＋9.40＋4.50＋9.30＋9.60＋5.00＋9.44'
                         '＝95.65分，正文所列四类指标得分14.50＋18.91＋38.20＋24.04也等于95.65分。'
                         '（改动处：原文为“95.65”，现为“95.56”。）'),
    ],
    't02_dichuan_county_market_regulation_bureau_overall_expenditure_selfeval_2024.docx': [
        dict(kind='item-count-mismatch', family='structure', tag='t02_count', rel=r_t02_count,
             edit=('replace', '下属事业单位3个', '下属事业单位4个'), sub=('3', '4'),
             evidence=['下属事业单位4个'],
             explanation='报告称“下属事业单位4个”，但其后“即”只列出县检验检测中心、县知识产权服务中心和县个体私营经济服务中心'
                         '3个单位。（改动处：原文为“3个”，现为“4个”。）'),
        dict(kind='grade-band-mismatch', family='score', tag='t02_band', rel=r_t02_band,
             edit=('replace', '本局自评等级为“优”', '本局自评等级为“良”'), sub=('grade', '优', '良'),
             evidence=['本局自评等级为“良”'],
             explanation='报告自评得分92.27分，按文中“得分90分（含）以上为‘优’，80分（含）至90分为‘良’”的标准应评为“优”，'
                         '却写“本局自评等级为‘良’”。（改动处：原文为“优”，现为“良”。）'),
        dict(kind='restated-figure-conflict', family='value-conflict', tag='t02_restate', rel=r_t02_restate,
             edit=('replace', '部门整体支出3,327.41万元', '部门整体支出3,372.41万元'), sub=None,
             evidence=['部门整体支出3,372.41万元'],
             explanation='第二部分写“全年支出3,327.41万元”，表1合计行支出数也是3,327.41万元，结论部分却写“部门整体支出3,372.41万元”，'
                         '同一数字前后不一致。（改动处：原文为“3,327.41”，现为“3,372.41”。）'),
    ],
    't03_jijiang_county_rural_public_welfare_post_subsidy_usage_disclosure_2024.html': [
        dict(kind='report-dated-before-period-end', family='date', tag='t03_date', rel=r_t03_date,
             edit=('replace', '2025年1月24日', '2024年12月27日'), sub=('2025年1月24日', '2024年12月27日'),
             evidence=['2024年12月27日'],
             explanation='公示反映的是2024年全年补贴发放情况（全年资金365.40万元、年末在岗524人），文号为楫人社联〔2025〕3号，'
                         '落款日期却为2024年12月27日，早于报告期末2024年12月31日。'
                         '（改动处：原文为“2025年1月24日”，现为“2024年12月27日”。）'),
        dict(kind='average-mismatch', family='ratio', tag='t03_average', rel=r_t03_average,
             edit=('replace', '人均领取补贴6,501.78元', '人均领取补贴6,051.78元'), sub=('6,501.78', '6,051.78'),
             evidence=['人均领取补贴6,051.78元'],
             explanation='全年补贴资金共计365.40万元，累计享受补贴562人，人均应为3,654,000÷562＝6,501.78元，'
                         '文中却写“人均领取补贴6,051.78元”。（改动处：原文为“6,501.78”，现为“6,051.78”。）'),
        dict(kind='subtotal-mismatch', family='sum', tag='t03_subtotal', rel=r_t03_subtotal,
             edit=('cell', 0, 4, 1, '328', '318'), sub=('328', '318'),
             evidence=['318'],
             explanation='表中“镇小计”岗位数为318个，但菅口镇126＋蔸溪镇104＋莕湾镇98＝328个；且318＋乡小计196＝514，'
                         '也不等于合计524个。（改动处：原文为“328”，现为“318”。）'),
    ],
}

# --------------------------------------------------------------------------- machinery

LOG = []
FAILED = 0


def check(ok, msg):
    global FAILED
    LOG.append(('ok  ' if ok else 'FAIL') + ' ' + msg)
    if not ok:
        FAILED += 1


def apply(B, e):
    ed = e['edit']
    if ed[0] == 'replace':
        return replace_once(B, ed[1], ed[2])
    return set_cell(B, ed[1], ed[2], ed[3], ed[4], ed[5])


def regions(a, b, gap=4):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != 'equal']
    n, last = 0, None
    for o in ops:
        if last is None or o[1] - last >= gap:
            n += 1
        last = o[2]
    return n


def ledger_on_copy(L, rb, planted):
    """returns (broken tags, problems); planted: list of error dicts applied to this text"""
    toks = L.tokens(rb)
    t = nows(rb)
    toks2 = L.tokens(t)
    by_tag = {e['tag']: e for e in planted}
    broken, problems, lost = set(), [], []
    touch = {d: e for e in planted for d in e.get('touch', [])}
    for c in L.checks:
        e = by_tag.get(c['tag'])
        args = c['args']
        if c['desc'] in touch:   # uses the edited figure but must still hold with the new value
            args = subst(args, *touch[c['desc']]['sub'])
        if e is not None and e['sub']:
            if len(e['sub']) == 3:   # (key, old, new): substitute in one argument only
                k, old, new = e['sub']
                args = dict(args, **{k: subst(args[k], old, new)})
            else:
                args = subst(args, *e['sub'])
        ok, detail = EVAL[c['kind']](**args)
        miss = L.missing(dict(args=args), toks, toks2, t)
        if e is not None:
            if ok:
                problems.append('tagged check still holds: ' + c['desc'])
            else:
                broken.add(c['tag'])
            if miss:
                problems.append('tagged check lost figures {}: {}'.format(miss, c['desc']))
        else:
            if not ok:
                problems.append('untagged check broken: ' + c['desc'])
            if miss:
                lost.append(c['desc'])
                problems.append('untagged check lost figures {}: {}'.format(miss, c['desc']))
    for desc, s, k, tag in L.sames:
        n = t.count(s)
        if tag in by_tag:
            if n >= k:
                problems.append('tagged same still holds: ' + desc)
            else:
                broken.add(tag)
        elif n < k:
            problems.append('untagged same broken: ' + desc)
    for desc, s in L.anchors:
        if nows(s) not in t:
            problems.append('anchor lost: ' + desc)
    return broken, problems


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    models = {n: (B, L, M) for n, B, L, M in load()}
    offsets = {}
    kinds = []
    tmp = os.path.join(LOGS, '_tmp')
    os.makedirs(tmp, exist_ok=True)
    for name, errs in ERRORS.items():
        B, L, M = models[name]
        ext = name.rsplit('.', 1)[1]
        # clean
        clean_path = os.path.join(lib43.OUT, name)
        before = open(clean_path, 'rb').read()
        crb = lib43.render(B, M, os.path.join(tmp, 'clean.' + ext))
        check(open(os.path.join(tmp, 'clean.' + ext), 'rb').read() == before, name + ': clean re-render byte-identical')
        check(crb == lib43.read_any(clean_path), name + ': clean read-back identical')
        try:
            L.prove(crb)
            check(True, name + ': clean ledger proves all {} checks on read-back'.format(len(L.checks)))
        except AssertionError as ex:
            check(False, name + ': clean ledger ' + repr(ex))
        ct = nows(crb)
        for e in errs:
            check(e['rel'](crb, ct), name + ': relation holds on clean [' + e['kind'] + ']')
        fams = [e['family'] for e in errs]
        check(len(set(fams)) == 3, name + ': families differ ' + ','.join(fams))
        # each error alone
        for i, e in enumerate(errs):
            Bi = apply(B, e)
            rb = lib43.render(Bi, M, os.path.join(tmp, 'single.' + ext))
            t = nows(rb)
            check(not e['rel'](rb, t), name + ': alone, breaks its relation [' + e['kind'] + ']')
            for o in errs:
                if o is not e:
                    check(o['rel'](rb, t), name + ': alone [' + e['kind'] + '] leaves [' + o['kind'] + '] intact')
            check(regions(ct, t) == 1, name + ': alone [' + e['kind'] + '] changes one region of the read-back')
            broken, probs = ledger_on_copy(L, rb, [e])
            check(broken == {e['tag']} and not probs,
                  name + ': alone [' + e['kind'] + '] ledger breaks exactly ' + e['tag'] + (' ' + '; '.join(probs) if probs else ''))
        # all three
        Bc = B
        for e in errs:
            Bc = apply(Bc, e)
        out = os.path.join(ERR, name)
        rb = lib43.render(Bc, M, out)
        t = nows(rb)
        check(regions(ct, t) == 3, name + ': copy differs from clean in exactly 3 regions')
        broken, probs = ledger_on_copy(L, rb, errs)
        check(broken == {e['tag'] for e in errs} and not probs,
              name + ': copy ledger breaks exactly ' + ','.join(sorted(broken)) + (' ' + '; '.join(probs) if probs else ''))
        exp = []
        for e in errs:
            check(not e['rel'](rb, t), name + ': copy breaks [' + e['kind'] + ']')
            for ev in e['evidence']:
                n = t.count(nows(ev))
                check(n == 1, name + ': evidence occurs once in copy: ' + ev + ' ({})'.format(n))
                offsets.setdefault(name, []).append(dict(kind=e['kind'], evidence=ev, offset=t.find(nows(ev))))
            check(nows(e['evidence'][0]) not in ct, name + ': first evidence absent from clean: ' + e['evidence'][0])
            check(e['explanation'].endswith('。）') and '（改动处：原文为' in e['explanation'], name + ': explanation form')
            exp.append(dict(kind=e['kind'], family=e['family'], evidence=e['evidence'], explanation=e['explanation']))
            kinds.append(e['kind'])
        with open(os.path.join(ERR, name.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    check(len(kinds) == 9 and len(set(kinds)) == 9, 'the 9 kinds are pairwise different')
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    LOG.append('{} checks, {} failed'.format(len(LOG), FAILED))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(LOG))
    assert FAILED == 0


if __name__ == '__main__':
    main()
