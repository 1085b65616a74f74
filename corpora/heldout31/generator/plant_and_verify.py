# -*- coding: utf-8 -*-
"""Plant 3 contradictions into 3 of the 6 reports, write errors/*.expected.json and verify.

Scratch renders go to $H31_SCRATCH (default /tmp/heldout31_scratch), outside the corpus.
"""
import difflib
import importlib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk31
from lk31 import D, q, hw, nows, replace_once, set_cell

ROOT = os.path.dirname(HERE)
ERR = os.path.join(ROOT, 'errors')
SCR = os.environ.get('H31_SCRATCH', '/tmp/heldout31_scratch')
LOG = os.path.join(HERE, 'logs')
os.makedirs(ERR, exist_ok=True)
os.makedirs(SCR, exist_ok=True)
os.makedirs(LOG, exist_ok=True)

NUM = r'([\d,]+(?:\.\d+)?)'


def N(s):
    return D(s.replace(',', ''))


def T(text):
    return nows(hw(text))


# ------------------------------------------------------------------ relations (parsed from visible text)

def r_t02_edu_rows(t):
    m = re.search(r'\|20503\|职业教育\|' + NUM + r'\|' + NUM + r'\|' + NUM, t)
    rows = re.findall(r'\|205\d\d\|[^|]+\|' + NUM + r'\|' + NUM + r'\|' + NUM, t)
    top = re.search(r'\|205\|教育支出\|' + NUM + r'\|' + NUM + r'\|' + NUM, t)
    ok_row = N(m.group(1)) == N(m.group(2)) + N(m.group(3))
    ok_col = sum(N(r[2]) for r in rows) == N(top.group(3))
    return ok_row and ok_col


def r_t02_growth(t):
    tot = re.search(r'2024年度收入总计' + NUM + '万元', t).group(1)
    m = re.search(r'收支总计' + NUM + r'万元相比，各增加' + NUM + r'万元，增长' + NUM + '%', t)
    old, inc, g = m.groups()
    return N(tot) - N(old) == N(inc) and q((N(tot) - N(old)) / N(old) * 100) == N(g)


def r_t02_carry(t):
    prose = re.search(r'年末结转和结余' + NUM + '万元', t).group(1)
    table = re.search(r'\|年末结转和结余\|18\|' + NUM, t).group(1)
    return N(prose) == N(table)


def r_t03_count(t):
    m = re.search(r'任务分布在(\d+)个乡镇，分别为：(.*?)。', t)
    return int(m.group(1)) == len(m.group(2).split('、'))


def r_t03_avg(t):
    n = re.search(r'全县下达农村危房改造任务(\d+)户', t).group(1)
    m = re.search(r'全年安排补助资金' + NUM + r'万元，户均补助' + NUM + '万元', t)
    return q(N(m.group(1)) / N(n)) == N(m.group(2))


def r_t03_date(t):
    dates = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t)
    y, mo, d = map(int, dates[-1])
    return (y, mo, d) > (2024, 12, 31) and '截至2024年12月31日' in t


def r_t06_score(t):
    rows = re.findall(r'\|(?:决策|过程|产出|效益|满意度)\|[^|]+\|[^|]*\|[^|]*\|(\d+)\|' + NUM, t)
    tot = re.search(r'\|合计\|\|\|\|100\|' + NUM, t).group(1)
    prose = re.search(r'自评总得分' + NUM + '分', t).group(1)
    return sum(N(r[1]) for r in rows) == N(tot) == N(prose) and len(rows) == 13


def r_t06_product(t):
    m = re.search(r'按(\d+)人×' + NUM + r'元/月×(\d+)个月计' + NUM + '万元', t)
    a, b, c, v = m.groups()
    return q(N(a) * N(b) * N(c) / 10000) == N(v)


def r_t06_pp(t):
    m = re.search(r'优良中等路率' + NUM + r'%，比上年的' + NUM + r'%提高' + NUM + '个百分点', t)
    new, old, pp = m.groups()
    return N(new) - N(old) == N(pp)


# ------------------------------------------------------------------ plan

PLAN = [
    {'gen': 'g02_guiyuan_education_final_accounts', 'errors': [
        {'kind': 'breakdown-sum-mismatch', 'family': 'sum',
         'edit': ('cell', '表2', '20503', 4, '2,615.30', '2,651.30'),
         'evidence': ['2,651.30', '职业教育7,961.57万元'],
         'rel': r_t02_edu_rows,
         'explanation': '表2“20503 职业教育”行项目支出填为2,651.30万元，但该行本年支出合计7,961.57万元－基本支出5,346.27万元＝2,615.30万元，'
                        '正文也写“职业教育7,961.57万元”；教育支出各款项目支出318.60＋10,426.58＋2,651.30＋356.12＋486.35＋1,532.40＝15,771.35万元，'
                        '与“205 教育支出”行项目支出15,735.35万元（及合计行16,915.35万元）不符，按2,615.30万元计算恰好相等。分项与合计不符。'
                        '（改动处：表2“职业教育”行项目支出原文为“2,615.30”，现为“2,651.30”。）'},
        {'kind': 'growth-rate-mismatch', 'family': 'ratio',
         'edit': ('text', '各增加4,736.53万元，增长7.25%', '各增加4,736.53万元，增长7.52%'),
         'evidence': ['增加4,736.53万元，增长7.52%'],
         'rel': r_t02_growth,
         'explanation': '2024年度收支总计70,055.15万元，上年65,318.62万元，增加4,736.53万元，4,736.53÷65,318.62＝7.25%，'
                        '文中写“增长7.52%”；按7.52%推算增加额应约为4,911.96万元，与同句“增加4,736.53万元”不符。增长率与两年数值不符（疑为数字颠倒）。'
                        '（改动处：正文原文为“增长7.25%”，现为“增长7.52%”。）'},
        {'kind': 'restated-figure-conflict', 'family': 'value-conflict',
         'edit': ('text', '年末结转和结余2,038.31万元', '年末结转和结余2,083.31万元'),
         'evidence': ['年末结转和结余2,083.31万元', '2,038.31'],
         'rel': r_t02_carry,
         'explanation': '“一、收入支出决算总体情况说明”写“年末结转和结余2,083.31万元”，而表1收入支出决算总表第18行“年末结转和结余”为2,038.31万元；'
                        '支出总计70,055.15－本年支出合计68,016.84＝2,038.31万元，与表1相符。同一指标前后两处数值不一致（疑为数字颠倒）。'
                        '（改动处：正文原文为“年末结转和结余2,038.31万元”，现为“年末结转和结余2,083.31万元”。）'},
    ]},
    {'gen': 'g03_suigang_rural_dilapidated_housing_selfeval', 'errors': [
        {'kind': 'item-count-mismatch', 'family': 'structure',
         'edit': ('text', '任务分布在8个乡镇', '任务分布在9个乡镇'),
         'evidence': ['任务分布在9个乡镇'],
         'rel': r_t03_count,
         'explanation': '文中称“任务分布在9个乡镇”，但随后“分别为：”只列举了岗集镇、濉南镇、芦沟乡、杨湖镇、柏林乡、大庄镇、石碾乡、沱湾镇8个乡镇，'
                        '表1也只有这8个乡镇，其任务户数合计340户即全县任务数。所称个数与列举项数不符。'
                        '（改动处：正文原文为“任务分布在8个乡镇”，现为“任务分布在9个乡镇”。）'},
        {'kind': 'average-mismatch', 'family': 'ratio',
         'edit': ('text', '户均补助1.67万元', '户均补助1.76万元'),
         'evidence': ['全年安排补助资金566.40万元，户均补助1.76万元'],
         'rel': r_t03_avg,
         'explanation': '全年安排补助资金566.40万元，改造任务340户，户均566.40÷340＝1.67万元，文中写“户均补助1.76万元”；按1.76万元×340户＝598.40万元，'
                        '与566.40万元不符（按已竣工336户、已拨付554.40万元计算也只有1.65万元）。平均数与总额÷个数不符（疑为数字颠倒）。'
                        '（改动处：正文原文为“户均补助1.67万元”，现为“户均补助1.76万元”。）'},
        {'kind': 'report-dated-before-period-end', 'family': 'date',
         'edit': ('text', '2025年3月5日', '2024年12月5日'),
         'evidence': ['2024年12月5日', '截至2024年12月31日，已拨付554.40万元'],
         'rel': r_t03_date,
         'explanation': '报告为2024年度项目支出绩效自评，正文两处写“截至2024年12月31日”（已拨付554.40万元、全县竣工336户），'
                        '落款日期却为2024年12月5日，早于所报告期间的结束日期。报告日期早于报告期末。'
                        '（改动处：落款原文为“2025年3月5日”，现为“2024年12月5日”。）'},
    ]},
    {'gen': 'g06_qiling_rural_road_maintenance_selfeval', 'errors': [
        {'kind': 'score-total-mismatch', 'family': 'score',
         'edit': ('cell', '表3', '合计', 5, '97.36', '96.36'),
         'evidence': ['96.36', '自评总得分97.36分'],
         'rel': r_t06_score,
         'explanation': '表3合计行得分填为96.36分，但13项指标得分5.00＋5.00＋5.00＋9.78＋4.50＋10.00＋10.00＋9.75＋5.00＋5.00＋14.00＋5.00＋9.33＝97.36分，'
                        '正文也写“自评总得分97.36分”。评分表合计与各项得分之和不符。（改动处：表3“合计”行得分原文为“97.36”，现为“96.36”。）'},
        {'kind': 'product-mismatch', 'family': 'product',
         'edit': ('text', '按236人×600元/月×12个月', '按236人×650元/月×12个月'),
         'evidence': ['按236人×650元/月×12个月计169.92万元'],
         'rel': r_t06_product,
         'explanation': '236人×650元/月×12个月＝1,840,800元＝184.08万元，而同句写“计169.92万元”（＝236×600×12÷10000）；'
                        '实际支出明细中“公益性岗位养护员劳务补助169.92万元”及五项支出之和1,012.64万元也按169.92万元计算。人数×标准×月数与金额不符。'
                        '（改动处：正文原文为“236人×600元/月”，现为“236人×650元/月”。）'},
        {'kind': 'percentage-point-mismatch', 'family': 'ratio',
         'edit': ('text', '提高2.45个百分点', '提高2.54个百分点'),
         'evidence': ['优良中等路率76.81%，比上年的74.36%提高2.54个百分点'],
         'rel': r_t06_pp,
         'explanation': '优良中等路率由上年74.36%升至76.81%（＝1,823.474÷2,374.158），76.81－74.36＝2.45个百分点，文中写“提高2.54个百分点”。'
                        '百分点变化与两年比率不符（疑为数字颠倒）。（改动处：正文原文为“提高2.45个百分点”，现为“提高2.54个百分点”。）'},
    ]},
]


def apply(blocks, e):
    ed = e['edit']
    if ed[0] == 'text':
        return replace_once(blocks, ed[1], ed[2])
    return set_cell(blocks, ed[1], ed[2], ed[3], ed[4], ed[5])


def planted_text(e):
    return e['edit'][2] if e['edit'][0] == 'text' else e['edit'][5]


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != 'equal']
    merged = []
    for op in ops:
        if merged and op[1] - merged[-1][2] < 6:
            merged[-1] = (merged[-1][0], merged[-1][1], op[2])
        else:
            merged.append(op)
    return len(merged)


def main():
    n_checks = 0
    fails = []
    log = []
    offsets = {}
    kinds = []

    def ck(cond, msg):
        nonlocal n_checks
        n_checks += 1
        log.append(('OK   ' if cond else 'FAIL ') + msg)
        if not cond:
            fails.append(msg)

    for item in PLAN:
        mod = importlib.import_module(item['gen'])
        name = mod.NAME
        chrome = getattr(mod, 'CHROME', None)
        blocks, _ = mod.build()
        ext = name.rsplit('.', 1)[1]
        # clean re-render identical to corpus text
        cpath = os.path.join(SCR, 'clean_' + name)
        lk31.render(blocks, cpath, chrome)
        clean_txt = lk31.read(cpath)
        ck(clean_txt == lk31.read(os.path.join(ROOT, name)), '%s: clean re-render reads back identical to corpus file' % name)
        cn = T(clean_txt)
        # singles
        for i, e in enumerate(item['errors']):
            sb = apply(blocks, e)
            sp = os.path.join(SCR, 'single%d_%s' % (i + 1, name))
            lk31.render(sb, sp, chrome)
            st = T(lk31.read(sp))
            ck(regions(cn, st) == 1, '%s single %d (%s): exactly one changed region' % (name, i + 1, e['kind']))
            for j, e2 in enumerate(item['errors']):
                want = (j != i)
                ck(e2['rel'](st) == want, '%s single %d: relation %d %s' % (name, i + 1, j + 1, 'holds' if want else 'fails'))
        # full copy
        b = blocks
        for e in item['errors']:
            b = apply(b, e)
        epath = os.path.join(ERR, name)
        lk31.render(b, epath, chrome)
        et = lk31.read(epath)
        en = T(et)
        ck(regions(cn, en) == 3, '%s: copy differs from clean in exactly 3 regions' % name)
        ck(lk31.han_count(et) >= 1000, '%s: copy keeps >= 1000 Han chars (%d)' % (name, lk31.han_count(et)))
        plain_n = T(lk31.read_pdf_plain(epath)) if ext == 'pdf' else None
        lines_n = [T(l) for l in et.split('\n')]
        offsets[name] = []
        exp = []
        for e in item['errors']:
            kinds.append(e['kind'])
            ck(e['rel'](cn), '%s: relation for %s holds on clean' % (name, e['kind']))
            ck(not e['rel'](en), '%s: relation for %s fails on copy' % (name, e['kind']))
            pt = T(planted_text(e))
            ck(pt not in cn, '%s: planted text %r absent from clean' % (name, planted_text(e)))
            for ev in e['evidence']:
                evn = T(ev)
                ck(en.count(evn) == 1, '%s: evidence %r occurs exactly once (nows)' % (name, ev))
                if ext in ('txt', 'docx', 'html'):
                    ck(et.count(ev) == 1, '%s: evidence %r verbatim once in visible text' % (name, ev))
                if ext == 'pdf':
                    ck(plain_n.count(evn) == 1, '%s: evidence %r once in pdfminer extract_text' % (name, ev))
                    ck(any(evn in l for l in lines_n), '%s: evidence %r on one printed line' % (name, ev))
                offsets[name].append({'kind': e['kind'], 'evidence': ev,
                                      'offset_reader_text': et.find(ev) if et.find(ev) >= 0 else None,
                                      'offset_nows': en.find(evn)})
            exp.append({'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'],
                        'explanation': e['explanation']})
        with open(os.path.join(ERR, name.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    ck(len(set(kinds)) == 9 and len(kinds) == 9, '9 different kinds: %s' % kinds)
    with open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n%d checks, %d failed\n' % (n_checks, len(fails)))
    with open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d checks, %d failed' % (n_checks, len(fails)))
    for x in fails:
        print('FAIL', x)
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
