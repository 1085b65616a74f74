"""Plant 9 contradictions (3 each) into copies of t01 (.docx), t04 (.html) and t05 (.pdf), write
errors/<stem>.expected.json, and verify the copies by reading the rendered files back.

Usage: python3 plant_and_verify.py [outdir]   (outdir defaults to the heldout29 folder)
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
import lk29  # noqa: E402
from lk29 import hw, read, read_pdf_plain, render, replace_once, set_cell, han_count  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, '..'))
ERR = os.path.join(OUT, 'errors')
SCR = os.environ.get('H29_SCRATCH', '/tmp/heldout29_scratch')   # private work folder, outside the corpus
LOGDIR = os.path.join(HERE, 'logs')
os.makedirs(LOGDIR, exist_ok=True)
SINGLE = os.path.join(SCR, 'single')
os.makedirs(ERR, exist_ok=True)
os.makedirs(SINGLE, exist_ok=True)

LOG = []
FAILS = []


def log(s):
    LOG.append(s)


def check(desc, ok):
    LOG.append(('PASS ' if ok else 'FAIL ') + desc)
    if not ok:
        FAILS.append(desc)


def D(s):
    return Decimal(hw(s).replace(',', ''))


def r2(x, n=2):
    return x.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def nows(t):
    return re.sub(r'\s+', '', hw(t))


# ------------------------------------------------------------------ relations re-parsed from visible text
# each takes the reader text of a rendered file and returns (holds: bool, detail: str)

def rel_t01_score(text):
    lines = [l for l in hw(text).split('\n') if l.startswith('|')]
    i0 = next(i for i, l in enumerate(lines) if l.startswith('|产出（'))
    i1 = next(i for i, l in enumerate(lines) if l.startswith('|产出小计'))
    items = [D(l.split('|')[-1]) for l in lines[i0:i1]]
    sub = D(lines[i1].split('|')[-1])
    subs = [D(l.split('|')[-1]) for l in lines if re.match(r'\|..小计', l)]
    i2 = next(i for i, l in enumerate(lines) if l.startswith('|效益小计'))
    tot = D(next(l for l in lines[i2:] if l.startswith('|合计|')).split('|')[-1])
    ok = sum(items) == sub and sum(subs) == tot
    return ok, f'产出 items {sum(items)} vs 小计 {sub}; 小计s {sum(subs)} vs 合计 {tot}'


def rel_t01_product(text):
    m = re.search(r'食堂从业人员(\d+)人×([\d,]+)元/月×(\d+)个月核定，计([\d,.]+)万元', nows(text))
    v = D(m.group(1)) * D(m.group(2)) * D(m.group(3)) / 10000
    return r2(v) == D(m.group(4)), f'{m.group(1)} x {m.group(2)} x {m.group(3)} / 10000 = {v} vs {m.group(4)}'


def rel_t01_share(text):
    m = re.search(r'回收([\d,]+)份，回收率[\d.]+%；其中有效问卷([\d,]+)份，占回收问卷的([\d.]+)%', nows(text))
    v = D(m.group(2)) / D(m.group(1)) * 100
    return r2(v) == D(m.group(3)), f'{m.group(2)} / {m.group(1)} = {v:.4f}% vs {m.group(3)}%'


def rel_t04_sum(text):
    t = nows(text)
    tot = D(re.search(r'国有资产总额([\d.]+)亿元', t).group(1))
    parts = [D(re.search(k + r'([\d.]+)亿元', t).group(1)) for k in ('流动资产', '固定资产', '在建工程', '无形资产', '公共基础设施',
                                                                  '其他资产')]
    return sum(parts) == tot, f'parts {" + ".join(map(str, parts))} = {sum(parts)} vs 总额 {tot}'


def rel_t04_growth(text):
    m = re.search(r'资产总额([\d.]+)亿元，比上年([\d.]+)亿元增长([\d.]+)(%|个百分点)', nows(text))
    v = (D(m.group(1)) - D(m.group(2))) / D(m.group(2)) * 100
    ok = m.group(4) == '%' and r2(v) == D(m.group(3))
    return ok, f'({m.group(1)} - {m.group(2)}) / {m.group(2)} = {v:.4f}% vs stated {m.group(3)}{m.group(4)}'


def rel_t04_restated(text):
    t = nows(text)
    a = re.search(r'行政单位资产([\d.]+)亿元、负债([\d.]+)亿元', t)
    b = re.search(r'行政单位资产总额([\d.]+)亿元，负债总额([\d.]+)亿元，净资产([\d.]+)亿元', t)
    ok = D(a.group(1)) == D(b.group(1)) and D(b.group(1)) - D(b.group(2)) == D(b.group(3))
    return ok, f'一: {a.group(1)}; 二(一): {b.group(1)} - {b.group(2)} = {D(b.group(1)) - D(b.group(2))} vs 净资产 {b.group(3)}'


def rel_t05_date(text):
    dates = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', nows(text))
    y, m, d = map(int, dates[-1])
    return (y, m, d) > (2024, 12, 31), f'落款 {y}-{m}-{d} vs 截至2024年12月31日'


def rel_t05_table_text(text):
    t = hw(text)
    m = re.search(r'扩建工程使用债券资金([\d,.]+)万元', nows(t))
    row = next(l for l in t.split('\n') if '第二污水处理厂扩建工程' in l and '|' in l)
    cell = row.split('|')[1]
    return D(m.group(1)) == D(cell), f'正文 {m.group(1)} vs 表2 {cell}'


def rel_t05_count(text):
    t = hw(text)
    m = re.search(r'共安排市本级项目(\d+)个', nows(t))
    rows = [l for l in t.split('\n')
            if re.match(r'^\d+ [^|]+(\|[^|\d][^|]*)?\|[\d,]+\.\d\d\|[\d,]+\.\d\d\|[\d.]+$', l)]
    return int(m.group(1)) == len(rows), f'stated {m.group(1)} vs 表2 rows {len(rows)}'


# ------------------------------------------------------------------ the plan
PLAN = {
    't01': {
        'gen': 'g01_minxi_nutrition_third_party_eval',
        'errors': [
            {'edit': ('cell', '表3', '产出小计', 4, '33.16', '33.61'),
             'kind': 'score-subtotal-mismatch', 'family': 'score', 'rel': rel_t01_score,
             'evidence': ['33.61', '产出指标得分33.16分'],
             'explanation': '表3“产出小计”得分填为33.61分，但产出6项三级指标得分8.00＋5.00＋5.94＋4.72＋3.50＋6.00＝33.16分；'
                            '正文“产出指标得分33.16分”；且四个小计13.00＋21.94＋33.61＋21.50＝90.05分，与合计89.60分不符。'
                            '小计与其明细及合计不符（疑为数字颠倒）。',
             'planted': '产出小计 33.16 → 33.61'},
            {'edit': ('text', '637人×600元/月×12个月', '637人×650元/月×12个月'),
             'kind': 'product-mismatch', 'family': 'product', 'rel': rel_t01_product,
             'evidence': ['按食堂从业人员637人×650元/月×12个月核定，计458.64万元'],
             'explanation': '县级劳务补助按“637人×650元/月×12个月”核定，637×650×12＝4,968,600元＝496.86万元，而同句写“计458.64万元”'
                            '（＝637×600×12÷10000），县级配套资金502.35万元＝劳务补助458.64万元＋水电燃料43.71万元也按458.64万元计算。'
                            '人数×标准×月数与金额不符。',
             'planted': '劳务补助标准 600元/月 → 650元/月'},
            {'edit': ('text', '占回收问卷的97.56%', '占回收问卷的93.17%'),
             'kind': 'share-wrong-base', 'family': 'ratio', 'rel': rel_t01_share,
             'evidence': ['有效问卷1,118份，占回收问卷的93.17%', '回收1,146份'],
             'explanation': '有效问卷1,118份，回收问卷1,146份，1,118÷1,146＝97.56%，文中写“占回收问卷的93.17%”；93.17%是'
                            '1,118÷1,200（发放问卷数）的结果，占比用错了分母。',
             'planted': '有效问卷占比 97.56% → 93.17%（用发放数1,200作分母）'},
        ]},
    't04': {
        'gen': 'g04_fenfu_state_assets_report',
        'errors': [
            {'edit': ('text', '无形资产3.27亿元', '无形资产3.72亿元'),
             'kind': 'breakdown-sum-mismatch', 'family': 'sum', 'rel': rel_t04_sum,
             'evidence': ['无形资产3.72亿元', '全县行政事业性国有资产总额68.42亿元'],
             'explanation': '分资产类别：流动资产18.75＋固定资产24.68＋在建工程6.14＋无形资产3.72＋公共基础设施13.82＋其他资产1.76'
                            '＝68.87亿元，与资产总额68.42亿元（＝行政单位21.36＋事业单位47.06）不符；按3.27亿元计算恰好相等。'
                            '分项之和与总数不符（疑为数字颠倒）。',
             'planted': '无形资产 3.27 → 3.72'},
            {'edit': ('text', '比上年64.05亿元增长6.82%', '比上年64.05亿元增长6.82个百分点'),
             'kind': 'growth-written-as-points', 'family': 'ratio', 'rel': rel_t04_growth,
             'evidence': ['资产总额68.42亿元，比上年64.05亿元增长6.82个百分点'],
             'explanation': '资产总额是金额，不是比率，其变动只能用百分比（或亿元）表述：(68.42－64.05)÷64.05＝6.82%，应为“增长6.82%”；'
                            '写成“增长6.82个百分点”错误（两个年度数值之差为4.37亿元，也不是6.82）。同段资产负债率的变动才使用“个百分点”。',
             'planted': '资产总额增长 6.82% → 6.82个百分点'},
            {'edit': ('text', '全县62户行政单位资产总额21.36亿元', '全县62户行政单位资产总额21.63亿元'),
             'kind': 'restated-value-conflict', 'family': 'value-conflict', 'rel': rel_t04_restated,
             'evidence': ['全县62户行政单位资产总额21.63亿元', '行政单位资产21.36亿元'],
             'explanation': '“一、总体情况”写“行政单位资产21.36亿元”（21.36＋47.06＝68.42），“二、（一）行政单位资产”重述为'
                            '“资产总额21.63亿元”；同句净资产18.24亿元＝21.36－3.12，按21.63计算应为18.51亿元；同句资产负债率14.61%＝3.12÷21.36，按21.63计算应为14.42%。同一数值前后表述不一致'
                            '（疑为数字颠倒）。',
             'planted': '行政单位资产重述 21.36 → 21.63'},
        ]},
    't05': {
        'gen': 'g05_weilan_special_bond_usage',
        'errors': [
            {'edit': ('text', '2025年2月28日', '2024年2月28日'),
             'kind': 'report-dated-before-period-end', 'family': 'date', 'rel': rel_t05_date,
             'evidence': ['2024年2月28日', '截至2024年12月31日'],
             'explanation': '公告落款日期为2024年2月28日，但公告报告的是2024年全年（3月至11月分4批）发行的新增专项债券及“截至2024年12月31日”'
                            '的支出进度和2024年末债务余额。成文日期早于所报告期间结束（甚至早于第一批债券发行），不可能成立'
                            '（应为2025年2月28日）。',
             'planted': '落款 2025年2月28日 → 2024年2月28日'},
            {'edit': ('text', '使用债券资金18,600.00万元', '使用债券资金16,800.00万元'),
             'kind': 'table-text-mismatch', 'family': 'value-conflict', 'rel': rel_t05_table_text,
             'evidence': ['债券资金16,800.00万元', '18,600.00'],
             'explanation': '正文写渭岚市第二污水处理厂扩建工程“使用债券资金16,800.00万元，已支出17,245.80万元”，而表2同一项目债券资金'
                            '为18,600.00万元（支出进度92.72%＝17,245.80÷18,600.00；表2合计164,200.00万元＝市本级16.42亿元）。'
                            '正文与表格数值不一致，且按16,800.00万元计算已支出将超过债券资金。',
             'planted': '正文 污水处理厂债券资金 18,600.00 → 16,800.00'},
            {'edit': ('text', '共安排市本级项目8个', '共安排市本级项目9个'),
             'kind': 'item-count-mismatch', 'family': 'structure', 'rel': rel_t05_count,
             'evidence': ['共安排市本级项目9个', '164,200.00'],
             'explanation': '正文写市本级16.42亿元专项债券“共安排市本级项目9个”，但表2只列出序号1至8共8个项目（最后一个为城区公共停车场建设'
                            '项目），表2合计行债券资金164,200.00万元＝16.42亿元，没有第9个项目的位置。所述项目个数与表格所列不符。',
             'planted': '市本级项目个数 8 → 9'},
        ]},
}


def apply(model, edit):
    if edit[0] == 'cell':
        _, tid, row, col, old, new = edit
        return set_cell(model, tid, row, col, old, new)
    _, old, new = edit
    return replace_once(model, old, new)


def regions(a, b, merge=6):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != 'equal']
    merged = []
    for op in ops:
        if merged and op[0] - merged[-1][1] < merge:
            merged[-1] = (merged[-1][0], op[1], merged[-1][2], op[3])
        else:
            merged.append(op)
    return merged


def main():
    kinds = set()
    fmts = set()
    offsets = {}
    n_checks_before = 0
    for key, plan in PLAN.items():
        mod = importlib.import_module(plan['gen'])
        model, _ = mod.build()
        stem, ext = mod.STEM, mod.EXT
        fmts.add(ext)
        clean_path = os.path.join(SCR, stem + '.clean' + ext)
        render(model, clean_path)
        clean_text = read(clean_path)
        m = model
        for e in plan['errors']:
            m = apply(m, e['edit'])
        copy_path = os.path.join(ERR, stem + ext)
        render(m, copy_path)
        text = read(copy_path)
        ct, tt = nows(clean_text), nows(text)
        log(f'== {key} {stem}{ext}')
        check(f'{key}: copy keeps >= 1500 Han characters ({han_count(text)})', han_count(text) >= 1500)
        rg = regions(ct, tt)
        check(f'{key}: whitespace-free text differs from clean in exactly 3 regions ({len(rg)})', len(rg) == 3)
        plain = nows(read_pdf_plain(copy_path)) if ext == '.pdf' else None
        exp = []
        for e in plan['errors']:
            kinds.add(e['kind'])
            new = e['edit'][-1]
            check(f'{key} {e["kind"]}: planted text {new!r} absent from clean text', nows(new) not in ct)
            for ev in e['evidence']:
                n = tt.count(nows(ev))
                check(f'{key} {e["kind"]}: evidence {ev!r} occurs exactly once in copy (whitespace-free) [{n}]', n == 1)
                if ext == '.pdf':
                    check(f'{key} {e["kind"]}: evidence {ev!r} exactly once in pdfminer extract_text (whitespace removed)',
                          plain.count(nows(ev)) == 1)
                else:
                    check(f'{key} {e["kind"]}: evidence {ev!r} verbatim in visible text', ev in hw(text) or ev in text)
                rec = {'kind': e['kind'], 'evidence': ev, 'offset_reader_text': text.find(ev),
                       'offset_nows': tt.find(nows(ev))}
                if ext == '.pdf':
                    rec['offset_pdfminer_extract_text'] = read_pdf_plain(copy_path).find(ev)
                offsets.setdefault(stem, []).append(rec)
            ok_c, det_c = e['rel'](clean_text)
            ok_e, det_e = e['rel'](text)
            check(f'{key} {e["kind"]}: relation holds on clean [{det_c}]', ok_c)
            check(f'{key} {e["kind"]}: relation fails on copy [{det_e}]', not ok_e)
            # single plant
            sm = apply(model, e['edit'])
            sp = os.path.join(SINGLE, f'{stem}.{e["kind"]}{ext}')
            render(sm, sp)
            st = read(sp)
            check(f'{key} {e["kind"]}: single plant changes exactly one region', len(regions(ct, nows(st))) == 1)
            check(f'{key} {e["kind"]}: single plant breaks its own relation', not e['rel'](st)[0])
            others = [o for o in plan['errors'] if o is not e]
            check(f'{key} {e["kind"]}: single plant leaves the other two relations intact',
                  all(o['rel'](st)[0] for o in others))
            ed = e['edit']
            orig, now = ed[-2], ed[-1]
            where = f'{ed[1]}“{ed[2]}”行' if ed[0] == 'cell' else '正文'
            expl = e['explanation'] + f'（改动处：{where}原文为“{orig}”，现为“{now}”。）'
            exp.append({'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'],
                        'explanation': expl})
        with open(os.path.join(ERR, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    check(f'9 different kinds ({len(kinds)})', len(kinds) == 9)
    check(f'three formats ({sorted(fmts)})', len(fmts) == 3)
    n = sum(1 for l in LOG if l.startswith(('PASS', 'FAIL')))
    log(f'{n} checks, {len(FAILS)} failed')
    with open(os.path.join(LOGDIR, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(LOGDIR, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(LOG[-3:]))
    if FAILS:
        print('FAILED:', *FAILS, sep='\n  ')
        sys.exit(1)


if __name__ == '__main__':
    main()
