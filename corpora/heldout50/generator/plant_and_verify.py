import os, sys, json, difflib, importlib
sys.dont_write_bytecode = True
from lib50 import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); ERR = os.path.join(OUT, 'errors')
os.makedirs(ERR, exist_ok=True); os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)

# op: ('r', old, new) replace_once | ('c', table_no, row, col, old, new) set_cell
PLAN = {
 'g02_dieyang_library_digital_resources': [
  dict(n=1, kind='score-total-mismatch', family='score', op=('c', 1, 5, 3, '9.00', '8.60'), subst={'9.00': '8.60'},
       broken=['评分表得分合计'], evidence=['8.60'],
       explanation='表2各项指标得分相加为93.09分（其中“组织实施”得8.60分），但合计行及结论均写得分93.49分，分项得分之和与总分不符。（改动处：表2“组织实施”得分原为“9.00”，现为“8.60”。）'),
  dict(n=2, kind='item-count-mismatch', family='structure', op=('r', '采购内容共4类', '采购内容共5类'), extra={'采购内容4类': {'n': '5'}},
       broken=['采购内容4类'], evidence=['采购内容共5类'],
       explanation='报告称采购内容“共5类”，但其后“即”只列出电子图书、电子期刊、专题数据库和有声视听资源4类，表1也只有4个子项目。（改动处：原文为“共4类”，现为“共5类”。）'),
  dict(n=3, kind='growth-rate-mismatch', family='ratio', op=('r', '增长10.71%', '增长10.17%'), subst={'10.71': '10.17'},
       broken=['资金增长'], evidence=['增长10.17%'],
       explanation='项目资金186.00万元较上年的168.00万元增加18.00万元，增长率应为18.00÷168.00=10.71%，文中却写“增长10.17%”。（改动处：原文为“10.71%”，现为“10.17%”。）')],
 'g04_loushan_rural_bus_transformation_subsidy': [
  dict(n=4, kind='table-total-mismatch', family='sum', op=('c', 0, 3, 5, '35.28', '32.58'), subst={'35.28': '32.58'},
       broken=['表 客运量 列合计'], evidence=['32.58'],
       explanation='分配表“客运量（万人次）”列各线路相加为183.72万人次，但合计行写186.42万人次，列合计不符。（改动处：3路客运量原为“35.28”，现为“32.58”。）'),
  dict(n=5, kind='average-mismatch', family='ratio', op=('r', '平均每辆车补贴10.87万元', '平均每辆车补贴10.78万元'), subst={'10.87': '10.78'},
       broken=['平均每辆车补贴'], evidence=['平均每辆车补贴10.78万元'],
       explanation='补贴资金282.54万元涉及车辆26辆，平均每辆应为282.54÷26=10.87万元，文中写“10.78万元”。（改动处：原文为“10.87万元”，现为“10.78万元”。）'),
  dict(n=6, kind='report-dated-before-period-end', family='date', op=('r', '2025年2月8日', '2024年12月8日'), subst={'2025年2月8日': '2024年12月8日'},
       broken=['落款晚于年度终了'], evidence=['2024年12月8日'],
       explanation='公示的是2024年度全年运营里程、客运量和补贴核定结果，落款日期却为2024年12月8日，早于年度终了；与文号〔2025〕及2025年2月的公示期也不符。（改动处：落款原为“2025年2月8日”，现为“2024年12月8日”。）')],
 'g05_fuyuan_retired_cadres_activity_funds': [
  dict(n=7, kind='breakdown-sum-mismatch', family='sum', op=('r', '退休干部1,228人', '退休干部1,282人'), subst={'1,228': '1,282'},
       broken=['离退休干部=离休+退休'], evidence=['退休干部1,282人'],
       explanation='离退休干部1,246人，其中离休18人、退休1,282人，两项相加为1,300人，与总数不符。（改动处：原文为“退休干部1,228人”，现为“退休干部1,282人”。）'),
  dict(n=8, kind='share-mismatch', family='ratio', op=('c', 0, 4, 4, '20.20', '22.20'), subst={'20.20': '22.20'},
       broken=['表 老年大学运行 占比'], evidence=['22.20'],
       explanation='老年大学运行支出26.92万元占支出合计133.27万元的比重应为20.20%，表中写22.20%，各项占比相加也不再等于100.00%。（改动处：原为“20.20”，现为“22.20”。）'),
  dict(n=9, kind='restated-figure-conflict', family='value-conflict', op=('r', '全年实际支出133.27万元', '全年实际支出133.72万元'),
       broken=['same: 133.27 x2', 'anchor: 结语复述'], evidence=['全年实际支出133.72万元'],
       explanation='第二部分及支出表合计均为经费支出133.27万元，结语却写“全年实际支出133.72万元”，同一数字前后不一致。（改动处：结语原为“133.27万元”，现为“133.72万元”。）')],
}

LOG = []
def ok(cond, msg):
    LOG.append(('ok   ' if cond else 'FAIL ') + msg)
def flatregions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False); ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    n = 0; last = None
    for o in ops:
        if last is None or o[1] - last >= 4: n += 1
        last = o[2]
    return n, ops
def apply(M, e):
    op = e['op']
    return replace_once(M, op[1], op[2]) if op[0] == 'r' else set_cell(M, *op[1:])
def prove_x(checks, text, subst=None, extra=None):
    cs = json.loads(json.dumps(checks, ensure_ascii=False))
    for c in cs:
        if extra and c['desc'] in extra: c['args'].update(extra[c['desc']])
    return prove(cs, text, subst)

offsets = {}; kinds = []
for mod, errs in PLAN.items():
    M, Lg, meta = importlib.import_module(mod).build(); name = meta['name']
    path = os.path.join(OUT, name); tmp = os.path.join('/tmp', 'h50_' + name)
    render(M, tmp, meta)
    ok(open(tmp, 'rb').read() == open(path, 'rb').read(), f'{name}: clean re-render byte-identical to corpus file')
    clean = read_back(path); cf = flat(clean)
    r = prove(Lg.checks, clean); ok(all(x[1] for x in r), f'{name}: clean ledger proves all {len(r)} checks')
    fams = [e['family'] for e in errs]; ok(len(set(fams)) == 3, f'{name}: three different families {fams}')
    subst_all, extra_all = {}, {}; CM = M
    for e in errs:
        subst_all.update(e.get('subst', {})); extra_all.update(e.get('extra', {}))
        CM = apply(CM, e)
        SM = apply(M, e); render(SM, tmp, meta); st = read_back(tmp); sf = flat(st)
        res = prove_x(Lg.checks, st, e.get('subst'), e.get('extra'))
        bad = sorted(d for d, okk, _ in res if not okk)
        ok(bad == sorted(e['broken']), f'{name} E{e["n"]}: single copy breaks exactly {e["broken"]} (got {bad})')
        n, _ = flatregions(cf, sf); ok(n == 1, f'{name} E{e["n"]}: single copy differs in exactly one region ({n})')
        ok(e['evidence'][0] not in cf, f'{name} E{e["n"]}: evidence {e["evidence"][0]!r} absent from clean text')
        kinds.append(e['kind'])
    epath = os.path.join(ERR, name); render(CM, epath, meta); ct = read_back(epath); cfl = flat(ct)
    res = prove_x(Lg.checks, ct, subst_all, extra_all)
    bad = sorted(d for d, okk, _ in res if not okk); exp = sorted(sum((e['broken'] for e in errs), []))
    ok(bad == exp, f'{name}: combined copy breaks exactly {exp} (got {bad}); all other {len(res)-len(bad)} checks hold with figures written')
    n, _ = flatregions(cf, cfl); ok(n == 3, f'{name}: combined copy differs from clean in exactly 3 regions ({n})')
    offsets[name] = {}
    for e in errs:
        for ev in e['evidence']:
            c = cfl.count(ev); ok(c == 1, f'{name} E{e["n"]}: evidence {ev!r} occurs once in copy ({c})')
            offsets[name][ev] = cfl.find(ev)
    exp_json = [{'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['explanation']} for e in errs]
    json.dump(exp_json, open(epath.rsplit('.', 1)[0] + '.expected.json', 'w', encoding='utf8'), ensure_ascii=False, indent=1)
    os.remove(tmp)
ok(len(set(kinds)) == 9, '9 pairwise different kinds')
nf = sum(1 for l in LOG if l.startswith('FAIL'))
LOG.append(f'{len(LOG)} checks, {nf} failed')
open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf8').write('\n'.join(LOG) + '\n')
json.dump(offsets, open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
print('\n'.join(LOG))
sys.exit(1 if nf else 0)
