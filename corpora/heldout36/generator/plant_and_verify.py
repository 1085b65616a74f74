import os, sys, re, json, difflib, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk36 import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors'); os.makedirs(ERR, exist_ok=True)
LOG = os.path.join(HERE, 'logs'); os.makedirs(LOG, exist_ok=True)
N = lambda s: D(s)

def num(pat, t):
    m = re.search(pat, t)
    assert m, pat
    return m.group(1)

def tbl_rows(t, cap, n):
    """rows after caption: list of cell lists (tab / | separated)"""
    i = t.index(cap)
    lines = [l for l in t[i:].split('\n')[1:] if l.strip()][:n]
    out = []
    for l in lines:
        cells = [c.strip() for c in re.split(r'\t|\|', l) if c.strip()]
        out.append(cells)
    return out

# ---- relations re-parsed from visible text
def r_t01_tab_total(t):
    rows = tbl_rows(t, '表1  2024年度高龄津贴分档发放情况', 5)
    return sum(N(r[1]) for r in rows[1:4]) == N(rows[4][1])
def r_t01_avg(t):
    a = num(r'全年发放高龄津贴([\d,]+)元', t); n = num(r'2024年末全县享受高龄津贴([\d,]+)人', t)
    v = num(r'人均全年领取([\d.,]+)元', t)
    return q(N(a) / N(n)) == N(v)
CN = {'两': 2, '三': 3, '四': 4, '五': 5}
def r_t01_items(t):
    m = re.search(r'存在(.)个方面的问题：(.*?)。', t)
    k = CN[m.group(1)]
    listed = re.findall(r'[一二三四五六]是', m.group(2))
    return k == len(listed)
def r_t03_balance(t):
    due = num(r'应征([\d.,]+)万元', t); inn = num(r'已征收入库([\d.,]+)万元', t); owe = num(r'尚未入库([\d.,]+)万元', t)
    return N(due) - N(inn) == N(owe)
def r_t03_growth(t):
    inn = num(r'已征收入库([\d.,]+)万元', t); prev = num(r'比上年([\d.,]+)万元增加', t); g = num(r'增长([\d.]+)%', t)
    return q((N(inn) - N(prev)) / N(prev) * 100) == N(g)
def r_t03_date(t):
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t)
    y, m, d = (int(x) for x in ds[-1])
    return (y, m, d) > (2024, 12, 31)
def r_t04_score(t):
    rows = [l.split('|') for l in t.split('\n') if l.startswith('|')]
    i = [k for k, r in enumerate(rows) if r[1:3] == ['一级指标', '二级指标']][0]
    body = rows[i + 1:]
    tot = [r for r in body if r[1] == '合计'][0]
    items = [r for r in body[:body.index(tot)]]
    return sum(N(r[4]) for r in items) == N(tot[4])
def r_t04_share(t):
    a = num(r'乳腺癌患者(\d+)人', t); n = num(r'审核通过(\d+)人', t); s = num(r'乳腺癌患者\d+人、占([\d.]+)%', t)
    return q(N(a) / N(n) * 100) == N(s)
def r_t04_restated(t):
    a = num(r'截至2024年12月31日，项目支出([\d.]+)万元', t); b = num(r'全年项目支出([\d.]+)万元', t)
    return a == b

PLAN = {
 'g01_pengxi_senior_longevity_allowance_notice': [
  dict(kind='breakdown-sum-mismatch', family='sum', op=('cell', '表1', '合计', 1, '9,897', '9,987'), rel=r_t01_tab_total,
       evidence=['9,987'],
       explanation='表1“年末享受人数”一栏三个年龄段分别为8,642、1,218、37人，合计应为9,897人，表中合计行填为9,987人；正文“2024年末全县享受高龄津贴9,897人”、人数变动（9,724＋1,046－873＝9,897）和表2合计也均为9,897人。分项之和与合计数不符（疑为数字颠倒）。（改动处：表1合计行“年末享受人数”原文为“9,897”，现为“9,987”。）'),
  dict(kind='average-mismatch', family='ratio', op=('rep', '人均全年领取823.72元', '人均全年领取832.72元'), rel=r_t01_avg,
       evidence=['人均全年领取832.72元'],
       explanation='正文写“按年末享受人数计算，人均全年领取832.72元”，但全年发放8,152,400元，年末享受人数9,897人，8,152,400÷9,897＝823.72元；按832.72元推算发放总额应约为8,241,430元，与8,152,400元不符。平均数与总额÷人数不符（疑为数字颠倒）。（改动处：正文原文为“人均全年领取823.72元”，现为“人均全年领取832.72元”。）'),
  dict(kind='item-count-mismatch', family='structure', op=('rep', '存在三个方面的问题', '存在四个方面的问题'), rel=r_t01_items,
       evidence=['存在四个方面的问题'],
       explanation='“三、存在的问题”写“存在四个方面的问题”，但其后只列出“一是……二是……三是……”三项，没有第四项；所称问题数量与实际列举条目数不符。（改动处：正文原文为“存在三个方面的问题”，现为“存在四个方面的问题”。）'),
 ],
 'g03_wanxi_soil_conservation_fee_disclosure': [
  dict(kind='balance-mismatch', family='sum', op=('rep', '尚未入库14.85万元', '尚未入库18.45万元'), rel=r_t03_balance,
       evidence=['尚未入库18.45万元'],
       explanation='正文写应征254.48万元，截至2024年12月31日已征收入库239.63万元，“尚未入库18.45万元”；但254.48－239.63＝14.85万元，表1尚未入库合计（3.12＋2.71＋3.74＋0.00＋5.28）也是14.85万元，入库率94.16%也按此计算。已入库与尚未入库之和（258.08万元）超过应征额，余额不符（疑为数字颠倒）。（改动处：正文原文为“尚未入库14.85万元”，现为“尚未入库18.45万元”。）'),
  dict(kind='growth-rate-mismatch', family='ratio', op=('rep', '增长4.83%', '增长8.43%'), rel=r_t03_growth,
       evidence=['增加11.03万元，增长8.43%'],
       explanation='征收入库额239.63万元，上年228.60万元，增加11.03万元，(239.63－228.60)÷228.60＝4.83%，文中写“增长8.43%”；按8.43%推算本年入库额应约为247.87万元，与239.63万元和“增加11.03万元”均不符。增长率与两年数值不符（疑为数字颠倒）。（改动处：正文原文为“增加11.03万元，增长4.83%”，现为“增加11.03万元，增长8.43%”。）'),
  dict(kind='report-date-before-period-end', family='date', op=('rep', '2025年3月5日', '2024年12月5日'), rel=r_t03_date,
       evidence=['2024年12月5日'],
       explanation='公开文件落款日期为2024年12月5日，但文件公开的是2024年度（2024年1月1日至12月31日）水土保持补偿费征收使用情况，写明“截至2024年12月31日已征收入库239.63万元”及全年支出、结转下年数，文号也为涴水发〔2025〕8号；落款日期早于所报告期间的截止日，时间上不可能。（改动处：落款日期原文为“2025年3月5日”，现为“2024年12月5日”。）'),
 ],
 'g04_cenchuan_womens_federation_two_cancers_aid_selfeval': [
  dict(kind='score-total-mismatch', family='score', op=('cell', '表2', '合计', 3, '94.82', '94.28'), rel=r_t04_score,
       evidence=['94.28', '该项目得分94.82分'],
       explanation='表2合计行得分填为94.28分，但13项指标得分5.00＋4.50＋5.00＋5.00＋9.76＋5.00＋4.00＋15.00＋10.00＋9.00＋9.00＋4.00＋9.56＝94.82分；正文“四、自评结论”写“该项目得分94.82分，扣5.18分”，五个一级指标得分14.50＋23.76＋34.00＋13.00＋9.56＝94.82分。评分表合计与各项得分之和不符。（改动处：表2“合计”行得分原文为“94.82”，现为“94.28”。）'),
  dict(kind='share-mismatch', family='ratio', op=('rep', '乳腺癌患者58人、占61.70%', '乳腺癌患者58人、占67.10%'), rel=r_t04_share,
       evidence=['乳腺癌患者58人、占67.10%'],
       explanation='审核通过94人，其中乳腺癌患者58人，58÷94＝61.70%，文中写“占67.10%”；宫颈癌36人占38.30%，两者相加应为100%，而67.10%＋38.30%＝105.40%。占比与人数÷总数不符（疑为数字颠倒）。（改动处：正文原文为“乳腺癌患者58人、占61.70%”，现为“乳腺癌患者58人、占67.10%”。）'),
  dict(kind='restated-figure-conflict', family='value-conflict', op=('rep', '全年项目支出97.64万元', '全年项目支出97.46万元'), rel=r_t04_restated,
       evidence=['全年项目支出97.46万元'],
       explanation='“四、自评结论”写“全年项目支出97.46万元”，而“二、资金使用情况”写“截至2024年12月31日，项目支出97.64万元”，表1合计也为97.64万元（94.00＋2.80＋0.84），预算执行率97.64%和结余2.36万元均按97.64万元计算；同一全年支出前后不一致（疑为数字颠倒）。（改动处：正文原文为“全年项目支出97.64万元”，现为“全年项目支出97.46万元”。）'),
 ],
}

TOK = re.compile(r'\d{4}年\d{1,2}月\d{1,2}日|\d[\d,]*(?:\.\d+)?|\S')
def regions(a, b):
    ta, tb = TOK.findall(a), TOK.findall(b)
    return sum(1 for op in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if op[0] != 'equal')

def apply(model, op):
    if op[0] == 'rep':
        return replace_once(model, op[1], op[2])
    return set_cell(model, op[1], op[2], op[3], op[4], op[5])

def main():
    log = []; nchk = 0; nfail = 0; offsets = {}
    def ck(desc, ok):
        nonlocal nchk, nfail
        nchk += 1; nfail += (not ok); log.append(('ok  ' if ok else 'FAIL') + ' ' + desc)
    kinds = set()
    for mn, errs in PLAN.items():
        g = importlib.import_module(mn)
        model, L, meta, _ = g.build()
        stem, ext = meta['name'].rsplit('.', 1)
        tmp = os.path.join(LOG, '_tmp.' + ext)
        render(model, tmp, meta['fmt'], site=meta.get('site'), author=meta['author'])
        clean = read_back(tmp)
        ck(f'{stem}: clean re-render reads back identical to corpus file', clean == read_back(os.path.join(OUT, meta['name'])))
        for e in errs:
            ck(f'{stem}: [{e["kind"]}] relation holds on clean text', e['rel'](clean))
            m1 = apply(model, e['op'])
            render(m1, tmp, meta['fmt'], site=meta.get('site'), author=meta['author'])
            t1 = read_back(tmp)
            ck(f'{stem}: [{e["kind"]}] alone breaks its relation', not e['rel'](t1))
            for o in errs:
                if o is not e:
                    ck(f'{stem}: [{e["kind"]}] alone leaves [{o["kind"]}] intact', o['rel'](t1))
            ck(f'{stem}: [{e["kind"]}] alone changes one region', regions(clean, t1) == 1)
        m = model
        for e in errs:
            m = apply(m, e['op'])
        path = os.path.join(ERR, meta['name'])
        render(m, path, meta['fmt'], site=meta.get('site'), author=meta['author'])
        bad = read_back(path)
        ck(f'{stem}: copy differs in exactly 3 regions', regions(clean, bad) == 3)
        sq = re.sub(r'\s+', '', bad); sqc = re.sub(r'\s+', '', clean)
        offsets[stem] = []
        for e in errs:
            ck(f'{stem}: [{e["kind"]}] relation fails on copy', not e['rel'](bad))
            for ev in e['evidence']:
                evs = re.sub(r'\s+', '', ev)
                ck(f'{stem}: evidence {ev!r} occurs exactly once in copy', sq.count(evs) == 1)
            ck(f'{stem}: first evidence {e["evidence"][0]!r} absent from clean', re.sub(r'\s+', '', e['evidence'][0]) not in sqc)
            offsets[stem].append({'kind': e['kind'], 'evidence': e['evidence'][0], 'offset_in_squeezed_readback': sq.find(re.sub(r'\s+', '', e['evidence'][0]))})
            kinds.add(e['kind'])
        json.dump([{k: e[k] for k in ('kind', 'family', 'evidence', 'explanation')} for e in errs],
                  open(os.path.join(ERR, stem + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        os.remove(tmp)
    ck('9 different kinds', len(kinds) == 9)
    log.append(f'{nchk} checks, {nfail} failed')
    open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8').write('\n'.join(log) + '\n')
    json.dump(offsets, open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'{nchk} checks, {nfail} failed')
    if nfail:
        print('\n'.join(l for l in log if l.startswith('FAIL')))
        sys.exit(1)

if __name__ == '__main__':
    main()
