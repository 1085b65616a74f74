"""Build the error copies in ../errors from the clean block models and verify them."""
import datetime
import difflib
import importlib
import json
import os
import re
import tempfile
from decimal import Decimal
from lib39 import OUT, D, q, render, read_back

ERR = os.path.join(OUT, 'errors')
LOG = os.path.join(os.path.dirname(__file__), 'logs')
os.makedirs(ERR, exist_ok=True)
os.makedirs(LOG, exist_ok=True)


def flat(t):
    return re.sub(r'\s+', '', t)


def n(s):
    return D(s)


# relation predicates over the read-back text; return True if the relation holds
def rel_sangong(t):
    m = re.search(r'(\d+\.\d\d)\s+(\d+\.\d\d)\s+(\d+\.\d\d)\s+0\.00\s+0\.00\s+4\.05', t)
    return n(m.group(1)) + n(m.group(2)) == n(m.group(3)) and re.search(r'“三公”经费财政拨款支出' + re.escape(m.group(3)) + '万元', flat(t)) is not None


def rel_fin_balance(t):
    m = re.search(r'财政拨款收入([\d.]+)万元，加上年初财政拨款结转和结余([\d.]+)万元，当年财政拨款支出([\d.]+)万元，'
                  r'年末财政拨款结转和结余([\d.]+)万元', flat(t))
    return n(m.group(1)) + n(m.group(2)) - n(m.group(3)) == n(m.group(4))


def rel_vehicles(t):
    f = flat(t)
    return re.search(r'保有量(\d+)辆', f).group(1) == re.search(r'共有车辆(\d+)辆', f).group(1)


def rel_subtotal_guocheng(t):
    items = re.findall(r'^\|过程\|[^|]+\|\d+\|([\d.]+)$', t, re.M)
    sub = re.search(r'^\|过程小计\|\|\d+\|([\d.]+)$', t, re.M).group(1)
    return sum(n(x) for x in items) == n(sub)


def rel_exec(t):
    f = flat(t)
    b = re.search(r'全年预算数([\d.]+)万元', f).group(1)
    m = re.search(r'全年实际支出([\d.]+)万元，预算执行率([\d.]+)%', f)
    return q(n(m.group(1)) * 100 / n(b), 2) == n(m.group(2))


def rel_grade(t):
    m = re.search(r'自评总分([\d.]+)分，评价等级为“(.)”', flat(t))
    return (m.group(2) == '优') == (n(m.group(1)) >= 90)


def rel_exp_direction(t):
    m = re.search(r'全年基金支出([\d,.]+)万元，较上年的([\d,.]+)万元(下降|增长)([\d.]+)%', flat(t))
    a, b = n(m.group(1)), n(m.group(2))
    g = q((a - b) * 100 / b, 2)
    return abs(g) == n(m.group(4)) and ((g < 0) == (m.group(3) == '下降'))


def rel_balance(t):
    f = flat(t)
    i = re.search(r'全年基金收入([\d,.]+)万元', f).group(1)
    e = re.search(r'全年基金支出([\d,.]+)万元', f).group(1)
    b = re.search(r'收支相抵，本年收支结余([\d,.]+)万元', f).group(1)
    return n(i) - n(e) == n(b)


def rel_date(t):
    y, mo, d = map(int, re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日\s*$', t.strip())[-1])
    return datetime.date(y, mo, d) > datetime.date(2024, 12, 31)


ERRORS = {
    'g01_chunchuan_archives_final_accounts': [
        dict(op=('set_cell', 1, 5, 2, '4.51', '4.61'), kind='table-total-mismatch', family='sum', rel=rel_sangong,
             evidence=['4.61'],
             explanation='表2“三公”经费财政拨款支出决算表“决算数”列：因公出国（境）费0.00、公务用车购置费0.00、'
                         '公务用车运行维护费3.64、公务接待费0.87万元，合计栏却为4.61万元；0.00＋0.00＋3.64＋0.87＝4.51万元，'
                         '正文也写“2024年度‘三公’经费财政拨款支出4.51万元”，完成预算80.54%（4.51÷5.60），表内合计与分项之和不符。'
                         '（改动处：表2决算数合计原文为“4.51”，现为“4.61”。）'),
        dict(op=('replace', '年末财政拨款结转和结余15.15万元', '年末财政拨款结转和结余15.51万元'),
             kind='balance-identity-broken', family='balance', rel=rel_fin_balance,
             evidence=['年末财政拨款结转和结余15.51万元'],
             explanation='第三部分写财政拨款收入386.42万元，加上年初财政拨款结转和结余18.90万元，当年财政拨款支出390.17万元，'
                         '“年末财政拨款结转和结余15.51万元”；18.90＋386.42－390.17＝15.15万元，年末数与年初、收入、支出不衔接。'
                         '（改动处：原文为“15.15万元”，现为“15.51万元”。）'),
        dict(op=('replace', '保有量2辆', '保有量3辆'), kind='restated-figure-conflict', family='value-conflict',
             rel=rel_vehicles, evidence=['公务用车保有量3辆'],
             explanation='第四部分写公务用车运行维护费用于“年末公务用车保有量3辆”；第五部分国有资产占用情况写“截至2024年12月31日，'
                         '本馆共有车辆2辆，其中机要通信用车1辆、应急转运用车1辆”（1＋1＝2），同一年末车辆数前后不一致。'
                         '（改动处：第四部分原文为“保有量2辆”，现为“保有量3辆”。）'),
    ],
    'g02_quyang_supply_marketing_coop_overall_selfeval': [
        dict(op=('set_cell', 1, 9, 3, '23.32', '23.23'), kind='score-subtotal-mismatch', family='score',
             rel=rel_subtotal_guocheng, evidence=['23.23'],
             explanation='表2评分表“过程小计”得分写23.23分；但过程类四项得分9.62＋4.50＋5.00＋4.20＝23.32分，正文也写过程类指标'
                         '得分23.32分，且14.00＋23.32＋31.00＋22.44＝90.76与合计90.76相符；小计与其分项之和不符。'
                         '（改动处：表2过程小计得分原文为“23.32”，现为“23.23”。）'),
        dict(op=('replace', '预算执行率96.19%', '预算执行率96.91%'), kind='execution-rate-mismatch', family='ratio',
             rel=rel_exec, evidence=['预算执行率96.91%'],
             explanation='第二部分写全年预算数612.80万元、全年实际支出589.46万元，“预算执行率96.91%”；589.46÷612.80＝96.19%，'
                         '执行率与其分子分母不符（评分表预算执行率得分9.62也对应96.19%）。'
                         '（改动处：原文为“96.19%”，现为“96.91%”。）'),
        dict(op=('replace', '评价等级为“优”', '评价等级为“良”'), kind='grade-band-mismatch', family='score',
             rel=rel_grade, evidence=['评价等级为“良”'],
             explanation='报告写明“90分（含）以上为‘优’，80（含）—90分为‘良’”，自评总分90.76分（表2合计90.76），'
                         '结论却写“评价等级为‘良’”，等级与得分所在档次不符。（改动处：原文为“评价等级为‘优’”，现为“评价等级为‘良’”。）'),
    ],
    'g03_changping_work_injury_insurance_fund': [
        dict(op=('replace', '万元下降3.34%', '万元增长3.34%'), kind='growth-direction-wrong', family='ratio',
             rel=rel_exp_direction, evidence=['较上年的1,191.70万元增长3.34%'],
             explanation='第三部分写“全年基金支出1,151.86万元，较上年的1,191.70万元增长3.34%”；1,151.86＜1,191.70，'
                         '实为下降（(1,151.86－1,191.70)÷1,191.70＝－3.34%），表1基金支出合计增减额－39.84、增减率－3.34也为下降，'
                         '方向词与数字相反。（改动处：原文为“下降3.34%”，现为“增长3.34%”。）'),
        dict(op=('replace', '本年收支结余198.34万元', '本年收支结余189.34万元'), kind='income-minus-expenditure-mismatch',
             family='sum', rel=rel_balance, evidence=['本年收支结余189.34万元'],
             explanation='第二、三部分写全年基金收入1,350.20万元、基金支出1,151.86万元，第四部分却写“收支相抵，本年收支结余189.34万元”；'
                         '1,350.20－1,151.86＝198.34万元（表1本年收支结余亦为198.34，年末滚存2,318.46＋198.34＝2,516.80），'
                         '结余与收入减支出不符。（改动处：原文为“198.34万元”，现为“189.34万元”。）'),
        dict(op=('replace', '2025年2月18日', '2024年12月18日'), kind='report-dated-before-period-end', family='date',
             rel=rel_date, evidence=['2024年12月18日'],
             explanation='公开内容为2024年度工伤保险基金收支决算数据，并写明“数据截至2024年12月31日，以基金决算为准”，'
                         '落款日期却为2024年12月18日，早于所报告年度结束。（改动处：落款原文为“2025年2月18日”，现为“2024年12月18日”。）'),
    ],
}


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append(o)
    return len(merged)


def apply(doc, op):
    if op[0] == 'set_cell':
        doc.set_cell(*op[1:])
    else:
        doc.replace_once(op[1], op[2])


def main():
    log = []
    offsets = {}
    nchk = nfail = 0

    def check(desc, ok):
        nonlocal nchk, nfail
        nchk += 1
        nfail += (not ok)
        log.append(f'{"ok  " if ok else "FAIL"} {desc}')

    kinds = set()
    for modname, errs in ERRORS.items():
        mod = importlib.import_module(modname)
        clean_doc, _ = mod.build()
        fn = mod.NAME + '.' + mod.EXT
        cpath = os.path.join(OUT, fn)
        clean_text = read_back(cpath)
        with tempfile.TemporaryDirectory() as td:
            tp = os.path.join(td, fn)
            render(clean_doc, tp, mod.FMT)
            check(f'{fn}: clean re-render byte-identical', open(tp, 'rb').read() == open(cpath, 'rb').read())
            check(f'{fn}: clean re-render reads back identical', read_back(tp) == clean_text)
            for i, e in enumerate(errs):
                check(f'{fn} #{i + 1} relation holds on clean text', e['rel'](clean_text))
                one = clean_doc.copy()
                apply(one, e['op'])
                p1 = os.path.join(td, 'one_' + fn)
                render(one, p1, mod.FMT)
                t1 = read_back(p1)
                check(f'{fn} #{i + 1} alone breaks its relation', not e['rel'](t1))
                for j, e2 in enumerate(errs):
                    if j != i:
                        check(f'{fn} #{i + 1} alone leaves #{j + 1} intact', e2['rel'](t1))
                check(f'{fn} #{i + 1} alone changes one region', regions(flat(clean_text), flat(t1)) == 1)
        bad = clean_doc.copy()
        for e in errs:
            apply(bad, e['op'])
        epath = os.path.join(ERR, fn)
        render(bad, epath, mod.FMT)
        et = read_back(epath)
        check(f'{fn}: copy differs from clean in exactly 3 regions', regions(flat(clean_text), flat(et)) == 3)
        exp = []
        for i, e in enumerate(errs):
            kinds.add(e['kind'])
            check(f'{fn} #{i + 1} relation fails on copy', not e['rel'](et))
            for ev in e['evidence']:
                c = flat(et).count(flat(ev))
                check(f'{fn} #{i + 1} evidence {ev!r} occurs once in copy ({c})', c == 1)
                offsets.setdefault(fn, []).append({'error': i + 1, 'evidence': ev, 'offset_in_flat_readback': flat(et).find(flat(ev))})
            check(f'{fn} #{i + 1} first evidence absent from clean', flat(e['evidence'][0]) not in flat(clean_text))
            exp.append({'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']})
        with open(os.path.join(ERR, mod.NAME + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
    check(f'9 different kinds ({len(kinds)})', len(kinds) == 9)
    log.append(f'{nchk} checks, {nfail} failed')
    open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8').write('\n'.join(log) + '\n')
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
    print(f'{nchk} checks, {nfail} failed')
    assert nfail == 0


if __name__ == '__main__':
    main()
