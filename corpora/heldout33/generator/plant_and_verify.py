"""Build error copies (3 reports x 3 planted contradictions) from the clean block models and verify them on read-back text."""
import os, sys, re, json, difflib, importlib, shutil
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk33 import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); ERR = os.path.join(OUT, 'errors')
LOG = []
def log(s): print(s); LOG.append(s)
def n(s): return D(s)
def nows(t): return re.sub(r'\s+', '', t)

# ---- relations re-parsed from visible text (True = holds) ----
def r_t02_rate(t):
    m = re.search(r'岑山大道东延段道路工程\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+)', t)
    return q(n(m[3]) / n(m[1]) * 100) == n(m[4])
def r_t02_causes(t):
    tt = nows(t)
    m = re.search(r'多计工程量([\d,.]+)万元.*?错套定额或取费标准([\d,.]+)万元；材料设备价格偏高([\d,.]+)万元；变更签证依据不足([\d,.]+)万元；其他([\d,.]+)万元', tt)
    j = re.search(r'审减金额([\d,.]+)万元，综合', tt)
    return sum(n(m[i]) for i in range(1, 6)) == n(j[1])
def r_t02_restate(t):
    tt = nows(t)
    return n(re.search(r'对审减的([\d,.]+)万元', tt)[1]) == n(re.search(r'审减金额([\d,.]+)万元，综合', tt)[1])
def r_t03_avg(t):
    tt = nows(t)
    T = n(re.search(r'共核定社区工作经费([\d,.]+)万元', tt)[1]); c = int(re.search(r'辖(\d+)个社区', tt)[1])
    return q(T / c) == n(re.search(r'平均每个社区([\d.]+)万元', tt)[1])
def r_t03_count(t):
    m = re.search(r'确定为民服务项目(\d+)个，分别为：(.*?)。', nows(t))
    return int(m[1]) == len(m[2].split('、'))
def r_t03_date(t):
    tt = nows(t); body = tt.split('主办单位')[0]
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', body)
    y, mo, d = map(int, ds[-1])
    assert '截至2024年12月31日' in tt
    return date(y, mo, d) > date(2024, 12, 31)
def r_t05_score(t):
    sc = [n(m[1]) for m in re.finditer(r'^\|(?:决策|过程|产出|效益)\|[^|]+\|\d+\|([\d.]+)\|', t, re.M)]
    tot = n(re.search(r'^\|合计\|\|100\|([\d.]+)\|', t, re.M)[1])
    return len(sc) == 11 and sum(sc) == tot
def r_t05_growth(t):
    tt = nows(t)
    cur = n(re.search(r'为(\d+)名0—6岁', tt)[1]); m = re.search(r'比上年(\d+)名增长([\d.]+)%', tt)
    return q((cur - n(m[1])) / n(m[1]) * 100) == n(m[2])
def r_t05_pp(t):
    m = re.search(r'基本康复服务覆盖率([\d.]+)%，比上年([\d.]+)%提高([\d.]+)个百分点', nows(t))
    return n(m[1]) - n(m[2]) == n(m[3])

PLAN = {
 'g02_wancen_investment_audit_notice': [
  dict(op=('cell', '表1　2024年度政府投资项目竣工结算审计结果', '岑山大道东延段道路工程', 5, '7.08', '7.80'), rel=r_t02_rate,
       kind='audit-reduction-rate-mismatch', family='ratio', evidence=['7.80'],
       explanation='表1第1项“岑山大道东延段道路工程”送审4,862.37万元、审定4,518.06万元、审减344.31万元，审减率应为344.31÷4,862.37＝7.08%，表中填为7.80%；按7.80%计算审减额约为379.26万元，与344.31万元不符。审减率与审减额÷送审额不符（疑为数字颠倒）。（改动处：表1第1项审减率原文为“7.08”，现为“7.80”。）'),
  dict(op=('text', '错套定额或取费标准312.18万元', '错套定额或取费标准321.18万元'), rel=r_t02_causes,
       kind='breakdown-sum-mismatch', family='sum', evidence=['错套定额或取费标准321.18万元'],
       explanation='审减原因分项为多计工程量566.42万元、错套定额或取费标准321.18万元、材料设备价格偏高241.57万元、变更签证依据不足128.35万元、其他169.72万元，合计1,427.24万元，与审减总额1,418.24万元（正文及表1合计）不符；按312.18万元计算恰好为1,418.24万元。分项之和与总额不符。（改动处：正文原文为“错套定额或取费标准312.18万元”，现为“错套定额或取费标准321.18万元”。）'),
  dict(op=('text', '对审减的1,418.24万元', '对审减的1,481.24万元'), rel=r_t02_restate,
       kind='restated-figure-conflict', family='value-conflict', evidence=['对审减的1,481.24万元'],
       explanation='第四部分写“对审减的1,481.24万元”，而第一部分“审减金额1,418.24万元”、表1合计审减1,418.24万元（＝21,946.64－20,528.40），同一审减总额前后不一致（疑为数字颠倒）。（改动处：正文原文为“对审减的1,418.24万元”，现为“对审减的1,481.24万元”。）'),
 ],
 'g03_qintang_community_funds_disclosure': [
  dict(op=('text', '平均每个社区33.08万元', '平均每个社区33.80万元'), rel=r_t03_avg,
       kind='average-mismatch', family='ratio', evidence=['平均每个社区33.80万元'],
       explanation='全街道6个社区共核定社区工作经费198.45万元，198.45÷6＝33.08万元，文中写“平均每个社区33.80万元”；按33.80万元×6＝202.80万元，与198.45万元不符。平均数与总额÷个数不符（疑为数字颠倒）。（改动处：正文原文为“平均每个社区33.08万元”，现为“平均每个社区33.80万元”。）'),
  dict(op=('text', '确定为民服务项目7个', '确定为民服务项目8个'), rel=r_t03_count,
       kind='item-count-mismatch', family='structure', evidence=['确定为民服务项目8个'],
       explanation='正文称“确定为民服务项目8个”，但“分别为：”后只列举了老年助餐点运营补贴、楼道照明修缮、“一老一小”托管服务、小区监控补点、困难家庭临时帮扶、社区书屋提升、便民理发义剪7个项目。所称个数与列举项数不符。（改动处：正文原文为“确定为民服务项目7个”，现为“确定为民服务项目8个”。）'),
  dict(op=('last_right', '2025年1月20日', '2024年12月20日'), rel=r_t03_date,
       kind='report-date-before-period-end', family='date', evidence=['2024年12月20日'],
       explanation='公开文本落款日期为2024年12月20日，但文中报告的是2024年度全年的经费使用情况，并写明“截至2024年12月31日，6个社区共使用社区工作经费184.57万元”，落款日期早于所报告期间的截止日，时间上不可能。（改动处：落款日期原文为“2025年1月20日”，现为“2024年12月20日”。）'),
 ],
 'g05_qianlong_disabled_federation_overall_selfeval': [
  dict(op=('cell', '表2　部门整体支出绩效自评评分表', '合计', 3, '94.72', '95.72'), rel=r_t05_score,
       kind='score-total-mismatch', family='score', evidence=['95.72', '部门整体支出自评得分94.72分'],
       explanation='表2合计行得分填为95.72分，但11项指标得分7.50＋6.50＋9.56＋9.00＋4.50＋10.00＋10.00＋10.00＋9.00＋9.46＋9.20＝94.72分，正文“四、自评得分情况”也写“自评得分94.72分，扣5.28分”，表2扣分合计5.28也对应94.72分。评分表合计与各项得分之和不符。（改动处：表2“合计”行得分原文为“94.72”，现为“95.72”。）'),
  dict(op=('text', '比上年278名增长12.23%', '比上年278名增长21.23%'), rel=r_t05_growth,
       kind='growth-rate-mismatch', family='ratio', evidence=['比上年278名增长21.23%'],
       explanation='全年康复救助残疾儿童312名，上年278名，(312－278)÷278＝12.23%，文中写“增长21.23%”；按21.23%推算本年应约为337名，与312名不符。增长率与两年数值不符。（改动处：正文原文为“比上年278名增长12.23%”，现为“比上年278名增长21.23%”。）'),
  dict(op=('text', '提高2.24个百分点', '提高2.42个百分点'), rel=r_t05_pp,
       kind='percentage-point-mismatch', family='ratio', evidence=['比上年92.37%提高2.42个百分点'],
       explanation='基本康复服务覆盖率94.61%（＝9,864÷10,426），上年92.37%，94.61－92.37＝2.24个百分点，文中写“提高2.42个百分点”。百分点差值与两期比率不符（疑为数字颠倒）。（改动处：正文原文为“提高2.24个百分点”，现为“提高2.42个百分点”。）'),
 ],
}

def apply(B, op):
    if op[0] == 'text': return replace_once(B, op[1], op[2])
    if op[0] == 'cell': return set_cell(B, op[1], op[2], op[3], op[4], op[5])
    if op[0] == 'last_right':
        idx = max(i for i, b in enumerate(B) if b[0] == 'right')
        assert B[idx][1] == op[1]; B = list(B); B[idx] = ('right', op[2]); return B

def regions(a, b):
    """token-level diff (numbers are atomic tokens); changes closer than 4 tokens count as one region"""
    ta = re.findall(r'\d[\d,.]*|\S', a); tb = re.findall(r'\d[\d,.]*|\S', b)
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < 4: merged[-1] = (merged[-1][0], merged[-1][1], o[2])
        else: merged.append((o[0], o[1], o[2]))
    return merged

def main():
    os.makedirs(ERR, exist_ok=True)
    fails = 0; nchk = 0; kinds = set(); offsets = {}
    def chk(ok, msg):
        nonlocal fails, nchk
        nchk += 1
        if not ok: fails += 1
        log(('ok   ' if ok else 'FAIL ') + msg)
    for mod, errs in PLAN.items():
        g = importlib.import_module(mod)
        B0, L = g.build(); fname = g.NAME + '.' + g.FMT
        tmp = '/tmp/h33_' + fname
        write(B0, g.FMT, tmp, getattr(g, 'SITE', '')); clean = read(g.FMT, tmp)
        corpus = read(g.FMT, os.path.join(OUT, fname))
        chk(clean == corpus, f'{fname}: clean re-render reads back identical to corpus file')
        for e in errs:
            chk(e['rel'](clean), f'{fname}: [{e["kind"]}] relation holds on clean text')
        B = B0
        for k, e in enumerate(errs):
            Bs = apply(B0, e['op'])
            write(Bs, g.FMT, tmp, getattr(g, 'SITE', '')); single = read(g.FMT, tmp)
            chk(not e['rel'](single), f'{fname}: [{e["kind"]}] planted alone breaks its relation')
            for j, o in enumerate(errs):
                if j != k: chk(o['rel'](single), f'{fname}: [{e["kind"]}] planted alone leaves [{o["kind"]}] intact')
            chk(len(regions(clean, single)) == 1, f'{fname}: [{e["kind"]}] alone changes one region')
            B = apply(B, e['op'])
        path = os.path.join(ERR, fname)
        write(B, g.FMT, path, getattr(g, 'SITE', '')); bad = read(g.FMT, path)
        chk(len(regions(clean, bad)) == 3, f'{fname}: copy differs from clean in exactly 3 regions ({len(regions(clean, bad))})')
        exp = []
        offsets[fname] = []
        for e in errs:
            chk(not e['rel'](bad), f'{fname}: [{e["kind"]}] relation fails on copy')
            for ev in e['evidence']:
                c = nows(bad).count(nows(ev))
                chk(c == 1, f'{fname}: evidence {ev!r} occurs once in copy ({c})')
            chk(nows(e['evidence'][0]) not in nows(clean), f'{fname}: first evidence {e["evidence"][0]!r} absent from clean')
            offsets[fname].append({'evidence': e['evidence'][0], 'offset_nows': nows(bad).find(nows(e['evidence'][0]))})
            kinds.add(e['kind'])
            exp.append({k: e[k] for k in ('kind', 'family', 'evidence', 'explanation')})
        json.dump(exp, open(os.path.join(ERR, g.NAME + '.expected.json'), 'w'), ensure_ascii=False, indent=1)
    chk(len(kinds) == 9, f'9 different kinds ({len(kinds)})')
    log(f'{nchk} checks, {fails} failed')
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w').write('\n'.join(LOG) + '\n')
    json.dump(offsets, open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w'), ensure_ascii=False, indent=1)
    sys.exit(1 if fails else 0)
if __name__ == '__main__': main()
