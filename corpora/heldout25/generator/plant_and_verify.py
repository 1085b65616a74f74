"""Plant 9 errors (3 per copy) into copies of t01 (txt), t02 (docx), t04 (pdf) and verify them.

For each error: one substring edit in the content model (replace_once) or one table cell (set_cell),
re-rendered by the generator's own render(). Checks: exactly three changed regions in the visible text,
evidence strings occur exactly once, planted text absent from the clean text, and a relation re-parsed by
regular expressions from the visible text holds on the clean report and fails on the copy; planted alone,
each error breaks only its own relation.
"""
import os, sys, re, json, copy, difflib, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hk25 import *

ROOT = os.path.dirname(HERE)
ERR = os.path.join(ROOT, 'errors')
SCR = os.path.join(ROOT, '_scratch', 'single')
os.makedirs(ERR, exist_ok=True); os.makedirs(SCR, exist_ok=True)
LOG = []
LINED = ['']   # line-kept text of the report currently checked (for r7)
FAILS = []

def check(desc, ok):
    LOG.append(f"{'ok  ' if ok else 'FAIL'} {desc}")
    if not ok:
        FAILS.append(desc)

def num(s):
    return D(s.replace(',', ''))

def find1(pat, t):
    m = re.search(pat, t)
    return m

# ---------------- relations re-parsed from visible text (flat = whitespace-free)
def r1(t):   # 部门预算执行 其中 list sums to total
    m = find1(r'共发现问题金额([\d,.]+)万元，其中：无预算、超预算支出([\d,.]+)万元，违规发放津贴补贴和福利([\d,.]+)万元，公务接待和公务用车运行维护费超标准列支([\d,.]+)万元，往来款项长期挂账未清理([\d,.]+)万元，政府采购程序不规范([\d,.]+)万元', t)
    v = [num(x) for x in m.groups()]
    return v[0] == sum(v[1:])
def r2(t):   # total problem amount stated in 一 and in 六 agree
    a = num(find1(r'本次审计共发现问题金额([\d,.]+)万元', t).group(1))
    b = num(find1(r'对本次审计查出的([\d,.]+)万元问题金额', t).group(1))
    return a == b
def r3(t):   # 整改率 change written as points (or as percent growth) matches
    m = find1(r'整改率为([\d.]+)%，比上一轮的([\d.]+)%提高([\d.]+)(个百分点|%)', t)
    a, b, x = num(m.group(1)), num(m.group(2)), num(m.group(3))
    return (a - b == x) if m.group(4) == '个百分点' else (q((a - b) / b * 100) == x)
def r4(t):   # 表2 人数 sum = 合计
    i = t.index('个人缴费分档次情况表缴费档次'); seg = t[i:]
    rows = re.findall(r'档次(?:（含政府代缴）)?\|([\d,]+)\|', seg)
    tot = num(re.search(r'(?<![\u4e00-\u9fff])合计\|([\d,]+)\|', seg).group(1))
    return len(rows) == 6 and sum(num(x) for x in rows) == tot
def r5(t):   # 年末滚存结余 growth over 年初
    o = num(find1(r'年初滚存结余([\d,.]+)万元', t).group(1))
    m = find1(r'年末滚存结余([\d,.]+)万元，比上年末增长([\d.]+)%', t)
    return q((num(m.group(1)) - o) / o * 100) == num(m.group(2))
def r6(t):   # prose 利息收入 (in 万元) = table 利息收入 row (单位：万元)
    m = find1(r'（四）利息收入([\d,.]+)(万元|元)，', t)
    v = num(m.group(1)) / (1 if m.group(2) == '万元' else 10000)
    tab = num(find1(r'（四）利息收入\|\d+\|([\d,.]+)\|', t).group(1))
    return v == tab
def _scores(t):
    seg = t[t.index('表2'):t.index('5存在的问题')]
    return [num(x) for x in re.findall(r'(?<![\d.])(\d{1,2}\.\d{2})(?!\d)', seg)]
def r7(t):   # 评分表 scores sum to 合计, and prose 自评得分 = 合计  (uses the line-kept text: pdf cells are column blocks)
    s = _scores(LINED[0])
    prose = num(find1(r'自评得分([\d.]+)分', t).group(1))
    return len(s) == 12 and sum(s[:-1]) == s[-1] and prose == s[-1]
def r8(t):   # share
    m = find1(r'抚恤和生活补助资金([\d,.]+)万元，占部门全年支出([\d,.]+)万元的([\d.]+)%', t)
    return q(num(m.group(1)) / num(m.group(2)) * 100) == num(m.group(3))
def r9(t):   # 落款 date after 2024-12-31
    m = re.findall(r'沂峄市退役军人事务局(\d{4})年(\d{1,2})月(\d{1,2})日', t)
    y, mo, d = (int(x) for x in m[-1])
    return (y, mo, d) > (2024, 12, 31)

COPIES = [
 ('g01_xulan_audit_work_report', [
   dict(rel=r1, kind='breakdown-sum-mismatch', family='sum', edit=('replace', '政府采购程序不规范924.75万元', '政府采购程序不规范942.75万元'),
        evidence=['政府采购程序不规范942.75万元', '共发现问题金额5,008.01万元'],
        explanation='部门预算执行审计“共发现问题金额5,008.01万元”，其中五项为无预算、超预算支出1,243.58＋违规发放津贴补贴和福利186.42＋公务接待和公务用车运行维护费超标准列支37.96＋往来款项长期挂账未清理2,615.30＋政府采购程序不规范942.75＝5,026.01万元，比合计多18.00万元；按924.75万元计算五项之和恰为5,008.01万元，且四个方面合计24,815.02＋5,008.01＋2,214.56＋7,638.62＝39,676.21万元也只与5,008.01相符。其中项之和与合计不符（疑为数字颠倒）。'),
   dict(rel=r2, kind='section-value-conflict', family='value-conflict', edit=('replace', '对本次审计查出的39,676.21万元问题金额', '对本次审计查出的39,767.21万元问题金额'),
        evidence=['对本次审计查出的39,767.21万元问题金额', '本次审计共发现问题金额39,676.21万元'],
        explanation='第一部分写“本次审计共发现问题金额39,676.21万元”（四个方面24,815.02＋5,008.01＋2,214.56＋7,638.62＝39,676.21万元，约3.97亿元），第六部分却写“对本次审计查出的39,767.21万元问题金额”。同一报告前后两处对同一总额的表述不一致。'),
   dict(rel=r3, kind='percent-vs-points', family='ratio', edit=('replace', '提高4.35个百分点', '提高4.35%'),
        evidence=['比上一轮的86.95%提高4.35%', '整改率为91.30%'],
        explanation='整改率91.30%（126÷138）比上一轮86.95%高4.35个百分点；若按百分比计，增幅应为(91.30－86.95)÷86.95＝5.00%。文中写“提高4.35%”，把百分点差当作百分比增幅。'),
 ]),
 ('g02_yingxi_resident_pension_fund_final', [
   dict(rel=r4, kind='table-total-mismatch', family='sum', edit=('cell', '表2', '合计', 1, '168,420', '186,420'),
        evidence=['186,420', '全年实际缴费人数168,420人'],
        explanation='表2“合计”行缴费人数填为186,420人，但六个档次人数96,214＋31,508＋18,736＋12,945＋6,873＋2,144＝168,420人；正文也写“全年实际缴费人数168,420人”，缴费率78.81%（168,420÷213,695）也只与168,420相符。表格合计数与分项及正文不符（疑为数字颠倒）。'),
   dict(rel=r5, kind='growth-rate-mismatch', family='ratio', edit=('replace', '比上年末增长8.17%', '比上年末增长8.71%'),
        evidence=['比上年末增长8.71%', '年末滚存结余74,013.51万元', '年初滚存结余68,420.55万元'],
        explanation='年末滚存结余74,013.51万元，年初（即上年末）滚存结余68,420.55万元，增幅应为(74,013.51－68,420.55)÷68,420.55＝8.17%（表1“五、年末滚存结余”行增减率也为8.17），文中写“增长8.71%”。增幅与其基数不符（疑为数字颠倒）。'),
   dict(rel=r6, kind='unit-error', family='unit', edit=('replace', '（四）利息收入2,318.46万元', '（四）利息收入2,318.46元'),
        evidence=['利息收入2,318.46元'],
        explanation='正文“（四）利息收入2,318.46元”，而表1（单位：万元）“（四）利息收入”本年决算数为2,318.46，即2,318.46万元；基金收入合计30,923.23万元也只有按2,318.46万元计入才平衡。单位写错（万元误作元），数额相差一万倍。'),
 ]),
 ('g04_yiyi_veterans_affairs_overall_selfeval', [
   dict(rel=r7, kind='score-total-mismatch', family='score', edit=('cell', '表2', '合计', 3, '96.90', '97.90'),
        evidence=['97.90', '自评得分96.90分'],
        explanation='表2评分表“合计”得分填为97.90分，但11项得分5.00＋9.70＋4.00＋5.00＋10.00＋4.50＋15.00＋9.42＋10.00＋10.00＋14.28＝96.90分，正文也写“自评得分96.90分”。评分表合计与各项得分之和及正文不符。'),
   dict(rel=r8, kind='share-mismatch', family='ratio', edit=('replace', '万元的51.08%', '万元的51.80%'),
        evidence=['的51.80%', '占部门全年支出10,034.62万元'],
        explanation='重点优抚对象抚恤和生活补助资金5,126.00万元，占部门全年支出10,034.62万元的比重应为5,126.00÷10,034.62＝51.08%，文中写51.80%；按项目支出8,517.69万元计算为60.18%（表1），也不是51.80%。占比与其分子、分母不符（疑为数字颠倒）。'),
   dict(rel=r9, kind='report-dated-before-period-end', family='date', edit=('replace', '2025年4月22日', '2024年4月22日'),
        evidence=['2024年4月22日'],
        explanation='报告评价的是2024年度部门整体支出（全年支出、年末实有人员、年末结转结余、2024年8月提标、2024年11月开工的工程），落款日期却为2024年4月22日，早于评价年度结束（2024年12月31日），也早于文中所述的年内事项。成文日期不可能早于所报告期间结束。'),
 ]),
]

def apply(M, e):
    ed = e['edit']
    if ed[0] == 'replace':
        replace_once(M, ed[1], ed[2])
    else:
        _, cap, row, col, old, new = ed
        set_cell(M, cap, row, col, new, expect=old)

def planted_text(e):
    return e['edit'][2] if e['edit'][0] == 'replace' else e['edit'][5]

def main():
    summary = []
    for mod_name, errs in COPIES:
        mod = importlib.import_module(mod_name)
        M0, _ = mod.build()
        ext = os.path.splitext(mod.OUT)[1]
        rd = reader_for(mod.OUT)
        clean_path = os.path.join(SCR, 'clean_' + os.path.basename(mod.OUT))
        mod.render(copy.deepcopy(M0), clean_path)
        craw = rd(clean_path); clean = flat(craw); LINED[0] = re.sub(r'[ \t\u3000]+', '', craw)
        for e in errs:
            check(f'{mod_name}: relation {e["kind"]} holds on clean report', e['rel'](clean))
        # single plants
        for i, e in enumerate(errs):
            M1 = copy.deepcopy(M0); apply(M1, e)
            p = os.path.join(SCR, f'single{i + 1}_' + os.path.basename(mod.OUT))
            mod.render(M1, p)
            praw = rd(p); t = flat(praw); LINED[0] = re.sub(r'[ \t\u3000]+', '', praw)
            for j, e2 in enumerate(errs):
                want = (j != i)
                check(f'{mod_name}: single plant {e["kind"]}: relation {e2["kind"]} {"holds" if want else "fails"}', e2['rel'](t) == want)
        # full copy
        M = copy.deepcopy(M0)
        for e in errs:
            apply(M, e)
        out = os.path.join(ERR, os.path.basename(mod.OUT))
        mod.render(M, out)
        raw = rd(out); t = flat(raw); LINED[0] = re.sub(r'[ \t\u3000]+', '', raw)
        sm = difflib.SequenceMatcher(None, clean, t, autojunk=False)
        ops = [op for op in sm.get_opcodes() if op[0] != 'equal']
        regions = []
        for op in ops:   # merge edit pieces closer than 6 characters (a digit swap gives two pieces)
            if regions and op[1] - regions[-1][2] < 6:
                regions[-1] = (regions[-1][0], regions[-1][1], op[2])
            else:
                regions.append(op)
        check(f'{mod_name}: copy differs from clean in exactly 3 regions (got {len(regions)})', len(regions) == 3)
        for e in errs:
            check(f'{mod_name}: relation {e["kind"]} fails on copy', not e['rel'](t))
            check(f'{mod_name}: planted text {planted_text(e)!r} absent from clean', planted_text(e) not in clean)
            for ev in e['evidence']:
                check(f'{mod_name}: evidence {ev!r} occurs exactly once in copy (flat)', t.count(flat(ev)) == 1)
                check(f'{mod_name}: evidence {ev!r} occurs in copy raw/lined text', ev in raw or ev in re.sub(r'[ \t\u3000]+', '', raw) or ext == '.pdf')
        exp = [{"kind": e['kind'], "family": e['family'], "evidence": e['evidence'], "explanation": e['explanation']} for e in errs]
        with open(out.rsplit('.', 1)[0] + '.expected.json', 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1); fh.write('\n')
        summary.append((os.path.basename(out), [e['kind'] for e in errs]))
    kinds = [k for _, ks in summary for k in ks]
    check('9 different kinds', len(set(kinds)) == 9 and len(kinds) == 9)
    check('three formats', len({os.path.splitext(n)[1] for n, _ in summary}) == 3)
    os.makedirs(os.path.join(ROOT, '_scratch'), exist_ok=True)
    with open(os.path.join(ROOT, '_scratch', 'verify_errors.log'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(LOG) + f'\n{len(LOG)} checks, {len(FAILS)} failed\n')
    print(f'{len(LOG)} checks, {len(FAILS)} failed')
    for x in FAILS:
        print('FAIL', x)
    sys.exit(1 if FAILS else 0)

if __name__ == '__main__':
    main()
