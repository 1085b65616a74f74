"""Build the three error copies (3 planted contradictions each) and verify them. Writes errors/*.expected.json."""
import os, sys, re, json, difflib, tempfile, shutil
from lk32 import *
import g02_ouxi_sci_tech_fund_selfeval as g02, g03_shulan_culture_tourism_allocation as g03, g06_dianxiu_medical_assistance_fund as g06
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); ERR = os.path.join(ROOT, 'errors')
os.makedirs(ERR, exist_ok=True)
N = lambda s: D(s)
def T(t): return hw(nows(t))

# ---- relations re-parsed from visible text (whitespace removed, NFKC)
def r_count(t):
    m = re.search(r'新建省级企业研发中心(\d+)家,分别为:(.*?)。', t); return int(m.group(1)) == len(m.group(2).split('、'))
def r_growth(t):
    a = re.search(r'其中发明专利(\d+)件', t).group(1); m = re.search(r'授权量比上年(\d+)件增长([\d.]+)%', t)
    return q((N(a) - N(m.group(1))) / N(m.group(1)) * 100, 2) == N(m.group(2))
def r_score(t):
    seg = t[t.index('表2'):]; seg = seg[seg.index('项目绩效自评表'):seg.index('五、存在问题')]
    sc = re.findall(r'(10\.00|\d\.\d\d)(?=决策|过程|产出|效益|合计)', seg)
    tot = re.search(r'合计100([\d.]+)', seg).group(1)
    return len(sc) == 14 and sum(N(x) for x in sc) == N(tot)
def r_projsum(t):
    seg = t[t.index('表2'):]; seg = seg[:seg.index('四、')]
    amts = re.findall(r'\|\d\|[^|]+\|[^|]+\|([\d,.]+)', seg); tot = re.search(r'\|合计\|\|\|([\d,.]+)', seg).group(1)
    return len(amts) == 8 and sum(N(a) for a in amts) == N(tot)
def r_share(t):
    tot = re.search(r'专项资金共([\d,.]+)万元', t).group(1); m = re.search(r'项目法支持重点项目([\d,.]+)万元,占专项资金总额的([\d.]+)%', t)
    return q(N(m.group(1)) / N(tot) * 100, 2) == N(m.group(2))
def r_restate(t):
    p = re.search(r'岚城区分配最多,为([\d,.]+)万元', t).group(1); row = re.search(r'\|岚城区\|(?:[\d.]+\|){5}([\d,.]+)', t).group(1)
    return N(p) == N(row)
def r_conv(t):
    m = re.search(r'资助参保合计[\d,]+人、([\d,]+)元\(([\d,.]+)万元\)', t); return q(N(m.group(1)) / 10000, 2) == N(m.group(2))
def r_avg(t):
    m = re.search(r'住院救助([\d,]+)人次、支出([\d,.]+)万元,次均住院救助([\d,.]+)元', t)
    return q(N(m.group(2)) * 10000 / N(m.group(1)), 2) == N(m.group(3))
def r_exe(t):
    a = re.search(r'全年可使用资金([\d,.]+)万元', t).group(1); m = re.search(r'医疗救助资金支出([\d,.]+)万元,资金使用率\(支出占可使用资金的比例\)([\d.]+)%', t)
    return q(N(m.group(1)) / N(a) * 100, 2) == N(m.group(2))

PLANTS = {
 g02: [dict(kind='item-count-mismatch', family='structure', op=('text', '新建省级企业研发中心6家', '新建省级企业研发中心7家'), rel=r_count,
            evidence=['新建省级企业研发中心7家'],
            explanation='正文称“新建省级企业研发中心7家”，但随后“分别为：”只列举了瓯溪恒川智能装备有限公司、瓯溪澜泰新材料股份有限公司、瓯溪明拓电子科技有限公司、瓯溪禾源生物科技有限公司、瓯溪精越阀门有限公司、瓯溪聚丰纺织科技有限公司6家；表1“省级企业研发中心奖励”为6家×30.00万元＝180.00万元，表2实际完成也为“6家”。所称个数与列举项数不符。（改动处：正文原文为“新建省级企业研发中心6家”，现为“新建省级企业研发中心7家”。）'),
       dict(kind='growth-rate-mismatch', family='ratio', op=('text', '221件增长21.27%', '221件增长12.27%'), rel=r_growth,
            evidence=['发明专利授权量比上年221件增长12.27%'],
            explanation='发明专利授权268件（正文及表2），上年221件，(268－221)÷221＝21.27%，文中写“增长12.27%”；按12.27%推算本年应约为248件，与268件不符。增长率与两年数值不符（疑为数字颠倒）。（改动处：正文原文为“增长21.27%”，现为“增长12.27%”。）'),
       dict(kind='score-total-mismatch', family='score', op=('cell', '表2  2024年度科技创新专项资金项目绩效自评表', '合计', 5, '98.23', '97.23'), rel=r_score,
            evidence=['97.23', '项目自评得分98.23分'],
            explanation='表2合计行得分填为97.23分，但14项指标得分5.00＋5.00＋4.50＋5.00＋9.05＋5.00＋10.00＋5.00＋10.00＋5.00＋4.80＋10.00＋9.88＋10.00＝98.23分，正文“四、自评结论”也写“项目自评得分98.23分”。评分表合计与各项得分之和不符。（改动处：表2“合计”行得分原文为“98.23”，现为“97.23”。）')],
 g03: [dict(kind='breakdown-sum-mismatch', family='sum', op=('cell', '表2  2024年度项目法支持项目（单位：万元）', '5', 3, '118.00', '128.00'), rel=r_projsum,
            evidence=['128.00'],
            explanation='表2第5项“雅屏茶马古道步道修缮项目”安排资金填为128.00万元，8个项目合计则为168.00＋96.00＋85.00＋42.00＋128.00＋110.00＋95.00＋72.00＝796.00万元，与表2合计行及正文“安排资金786.00万元”不符；表3雅屏县项目法仍为118.00万元，按118.00万元计算恰好合计786.00万元。分项与合计不符。（改动处：表2第5项安排资金原文为“118.00”，现为“128.00”。）'),
       dict(kind='share-wrong-base', family='ratio', op=('text', '占专项资金总额的20.76%', '占专项资金总额的26.20%'), rel=r_share,
            evidence=['按项目法支持重点项目786.00万元，占专项资金总额的26.20%'],
            explanation='项目法资金786.00万元，专项资金总额3,786.00万元，786.00÷3,786.00＝20.76%，文中写“占专项资金总额的26.20%”；26.20%是786.00÷3,000.00（因素法资金）的结果，分母用错；且与同句因素法占比79.24%相加不等于100%。占比与所称基数不符。（改动处：正文原文为“占专项资金总额的20.76%”，现为“占专项资金总额的26.20%”。）'),
       dict(kind='restated-figure-conflict', family='value-conflict', op=('text', '岚城区分配最多，为612.00万元', '岚城区分配最多，为621.00万元'), rel=r_restate,
            evidence=['岚城区分配最多，为621.00万元'],
            explanation='正文写“岚城区分配最多，为621.00万元”，而表1岚城区分配金额为612.00万元（＝3,000.00×20.400%），表3岚城区因素法也为612.00万元。同一数值前后两处不一致（疑为数字颠倒）。（改动处：正文原文为“为612.00万元”，现为“为621.00万元”。）')],
 g06: [dict(kind='unit-conversion-mismatch', family='unit', op=('text', '3,694,702元（369.47万元）', '3,694,702元（36.95万元）'), rel=r_conv,
            evidence=['3,694,702元（36.95万元）'],
            explanation='资助参保合计3,694,702元，折合369.47万元，文中括注“36.95万元”，相差10倍；表2“其中：资助参保”及正文“资助参保支出369.47万元”均为369.47万元。元与万元换算错误。（改动处：正文原文为“（369.47万元）”，现为“（36.95万元）”。）'),
       dict(kind='average-mismatch', family='ratio', op=('text', '次均住院救助1,042.56元', '次均住院救助1,024.56元'), rel=r_avg,
            evidence=['住院救助12,126人次、支出1,264.21万元，次均住院救助1,024.56元'],
            explanation='住院救助支出1,264.21万元÷12,126人次＝1,042.56元/人次，文中写“次均住院救助1,024.56元”；按1,024.56元×12,126人次约为1,242.38万元，与1,264.21万元不符。平均数与总额÷人次不符（疑为数字颠倒）。（改动处：正文原文为“次均住院救助1,042.56元”，现为“次均住院救助1,024.56元”。）'),
       dict(kind='execution-rate-mismatch', family='ratio', op=('text', '的比例）83.97%', '的比例）87.39%'), rel=r_exe,
            evidence=['资金使用率（支出占可使用资金的比例）87.39%'],
            explanation='全年支出1,875.09万元，可使用资金2,232.92万元（上年结余186.42＋当年筹集2,046.50），1,875.09÷2,232.92＝83.97%，文中写“资金使用率（支出占可使用资金的比例）87.39%”；年末结余357.83万元也对应83.97%。执行（使用）率与支出÷可用资金不符（疑为数字颠倒）。（改动处：正文原文为“83.97%”，现为“87.39%”。）')],
}

def apply(blocks, op):
    if op[0] == 'text': return replace_once(blocks, op[1], op[2])
    return set_cell(blocks, op[1], op[2], op[3], op[4], op[5])

def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 6: merged[-1] = (merged[-1][0], merged[-1][1], o[2])
        else: merged.append(o)
    return len(merged)

def main():
    log = []; nchk = 0; fail = 0
    def ok(c, msg):
        nonlocal nchk, fail
        nchk += 1; fail += (not c); log.append(('OK  ' if c else 'FAIL') + ' ' + msg)
    scratch = tempfile.mkdtemp(prefix='h32_')
    kinds = []
    offsets = {}
    for g, plants in PLANTS.items():
        B, L = g.build(); name = g.NAME; ch = getattr(g, 'CHROME', None)
        cpath = os.path.join(scratch, name); render(B, cpath, ch); clean = read(cpath)
        ok(clean == read(os.path.join(ROOT, name)), f'{name}: clean re-render reads back identical to corpus file')
        Bc = B
        for p in plants:
            Bc = apply(Bc, p['op'])
            Bs = apply(B, p['op']); sp = os.path.join(scratch, 'single_' + name); render(Bs, sp, ch); st = read(sp)
            ok(not p['rel'](T(st)), f'{name}: {p["kind"]} planted alone breaks its relation')
            for q2 in plants:
                if q2 is not p: ok(q2['rel'](T(st)), f'{name}: {p["kind"]} planted alone leaves {q2["kind"]} intact')
            ok(regions(T(clean), T(st)) == 1, f'{name}: {p["kind"]} alone changes one region')
        epath = os.path.join(ERR, name); render(Bc, epath, ch); et = read(epath)
        ok(regions(T(clean), T(et)) == 3, f'{name}: copy differs from clean in exactly 3 regions')
        ok(han(et) >= 700, f'{name}: copy keeps {han(et)} Han characters')
        exp = []
        for p in plants:
            kinds.append(p['kind'])
            ok(p['rel'](T(clean)), f'{name}: relation for {p["kind"]} holds on clean text')
            ok(not p['rel'](T(et)), f'{name}: relation for {p["kind"]} fails on copy')
            for ev in p['evidence']:
                ok(T(et).count(T(ev)) == 1, f'{name}: evidence "{ev}" occurs exactly once in copy')
                offsets.setdefault(name, []).append({'evidence': ev, 'offset_reader_text': et.find(ev), 'offset_nows': T(et).find(T(ev))})
            ok(T(p['evidence'][0]) not in T(clean), f'{name}: planted evidence "{p["evidence"][0]}" absent from clean text')
            exp.append({k: p[k] for k in ('kind', 'family', 'evidence', 'explanation')})
        with open(os.path.join(ERR, name.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
    ok(len(set(kinds)) == 9, f'9 different kinds: {sorted(set(kinds))}')
    shutil.rmtree(scratch)
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    with open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + f'\n{nchk} checks, {fail} failed\n')
    with open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
    print('\n'.join(l for l in log if l.startswith('FAIL'))); print(nchk, 'checks,', fail, 'failed')
    return fail

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
