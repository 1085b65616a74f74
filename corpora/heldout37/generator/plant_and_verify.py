# -*- coding: utf-8 -*-
import importlib, json, os, re, sys, difflib, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib37 import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.abspath(os.path.join(HERE, '..'))
ERR = os.path.join(OUT, 'errors'); LOG = os.path.join(HERE, 'logs')

def flat(t): return re.sub(r'\s+', '', t)
def N(s): return D(s.replace(',', ''))
def m1(p, t):
    r = re.search(p, t); assert r, p; return r.groups()

# relations: functions of (raw readback text) -> bool
def r_product(t):
    a, b, c = m1(r'遗体火化\t([\d,]+)\t([\d,]+)\t([\d,]+)', t); return N(a) * N(b) == N(c)
def r_growth_dir(t):
    old, d, g = m1(r'比上年([\d,]+)具增加83具、(增长|下降)([\d.]+)%', flat(t))
    return d == '增长' and q((1846 - N(old)) / N(old) * 100) == N(g)
def r_conv(t):
    y, w = m1(r'合计([\d,]+)元（折合([\d.,]+)万元）', flat(t)); return q(N(y) / 10000) == N(w)
def r_subtotal(t):
    a, b, c = m1(r'\|过程\|预算执行率\|10\|([\d.]+)\n\|\|资金管理\|5\|([\d.]+)\n\|\|组织实施\|5\|([\d.]+)', t)
    s, = m1(r'过程指标得分([\d.]+)分', flat(t)); return N(a) + N(b) + N(c) == N(s)
def r_completion(t):
    tgt, = m1(r'全年开展巡展和讲座(\d+)场', flat(t)); n, r = m1(r'合计(\d+)场，目标完成率([\d.]+)%', flat(t))
    return q(N(n) / N(tgt) * 100) == N(r)
def r_exec(t):
    b, = m1(r'项目预算([\d.]+)万元', flat(t)); s, r = m1(r'全年项目支出([\d.]+)万元，预算执行率([\d.]+)%', flat(t))
    return q(N(s) / N(b) * 100) == N(r)
def r_pp(t):
    a, b, c = m1(r'群测群防覆盖率由上年的([\d.]+)%提高到([\d.]+)%，提高([\d.]+)个百分点', flat(t)); return N(b) - N(a) == N(c)
def r_docyear(t):
    y, = m1(r'蔻楠评字〔(\d{4})〕9号', flat(t)); sy, = m1(r'(\d{4})年\d+月\d+日$', flat(t)); return int(y) <= int(sy)
def r_breakdown(t):
    a, b, c, d, tot = m1(r'([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+蔻北不稳定斜坡治理工程\s*([\d.]+)\s+合计\s+([\d.]+)', t)
    return N(a) + N(b) + N(c) + N(d) == N(tot)

ERRS = {
 'g01_lixi_funeral_benefit': [
  dict(kind='product-mismatch', family='product', op=('cell', '表1　2024年度惠民殡葬补贴分项目发放情况（单位：例、元/例、元、%）', 3, 2, '600', '650'),
       rel=r_product, evidence=['遗体火化\t1,846\t650\t1,107,600'],
       expl='表1“遗体火化”行写人数1,846、标准650元/例、金额1,107,600元；但1,846×650＝1,199,900元，与金额不符，而1,846×600＝1,107,600元；正文也写明“遗体火化600元”、每例合计1,250元（300＋150＋600＋200）。表内单价与金额的乘积不成立。（改动处：表1遗体火化标准原文为“600”，现为“650”。）'),
  dict(kind='growth-direction-flipped', family='ratio', op=('rep', '增加83具、增长4.71%', '增加83具、下降4.71%'), rel=r_growth_dir,
       evidence=['增加83具、下降4.71%'],
       expl='正文写全年火化遗体1,846具，“比上年1,763具增加83具、下降4.71%”；1,846＞1,763，(1,846－1,763)÷1,763＝4.71%，应为增长而非下降，同一句中“增加83具”与“下降”方向矛盾。（改动处：原文为“增加83具、增长4.71%”，现为“增加83具、下降4.71%”。）'),
  dict(kind='unit-conversion-mismatch', family='unit', op=('rep', '（折合269.75万元）', '（折合26.98万元）'), rel=r_conv,
       evidence=['（折合26.98万元）'],
       expl='正文写全年减免及补贴资金合计2,697,500元“（折合26.98万元）”；2,697,500元÷10,000＝269.75万元，折算错了一个数量级；第三部分也写“全年资金269.75万元”（省级120.00＋县级149.75）。（改动处：原文为“（折合269.75万元）”，现为“（折合26.98万元）”。）')],
 'g04_lingjiang_sci_assoc_popsci': [
  dict(kind='score-subtotal-mismatch', family='score', op=('rep', '过程指标得分18.06分', '过程指标得分18.60分'), rel=r_subtotal,
       evidence=['过程指标得分18.60分'],
       expl='第四部分写“过程指标得分18.60分（满分20分）”；表2过程类三项得分为预算执行率9.06、资金管理5.00、组织实施4.00，合计18.06分；四个一级指标小计14.00＋18.60＋32.50＋26.48＝91.58，与总分91.04不符。（改动处：原文为“过程指标得分18.06分”，现为“过程指标得分18.60分”。）'),
  dict(kind='completion-rate-mismatch', family='ratio', op=('rep', '目标完成率105.00%', '目标完成率115.00%'), rel=r_completion,
       evidence=['目标完成率115.00%'],
       expl='年度目标为全年开展巡展和讲座80场，实际巡展36场、讲座48场合计84场，84÷80＝105.00%，文中写“目标完成率115.00%”，与场次不符（115%对应92场）。（改动处：原文为“目标完成率105.00%”，现为“目标完成率115.00%”。）'),
  dict(kind='execution-rate-mismatch', family='ratio', op=('rep', '预算执行率90.64%', '预算执行率96.04%'), rel=r_exec,
       evidence=['预算执行率96.04%'],
       expl='项目预算80.00万元（年初65.00＋追加15.00），全年支出72.51万元，72.51÷80.00＝90.64%，文中写“预算执行率96.04%”；结余7.49万元和评分表中执行率得分9.06（10分×90.64%）均按90.64%计算。（改动处：原文为“预算执行率90.64%”，现为“预算执行率96.04%”。）')],
 'g05_kouping_geohazard_thirdparty': [
  dict(kind='percentage-point-mismatch', family='ratio', op=('rep', '提高4.35个百分点', '提高3.45个百分点'), rel=r_pp,
       evidence=['提高3.45个百分点'],
       expl='报告写群测群防覆盖率“由上年的93.50%提高到97.85%，提高3.45个百分点”；97.85－93.50＝4.35个百分点，百分点差值不符（疑为数字颠倒）。（改动处：原文为“提高4.35个百分点”，现为“提高3.45个百分点”。）'),
  dict(kind='document-number-year-after-date', family='date', op=('rep', '蔻楠评字〔2025〕9号', '蔻楠评字〔2026〕9号'), rel=r_docyear,
       evidence=['蔻楠评字〔2026〕9号'],
       expl='报告文号为“蔻楠评字〔2026〕9号”，但落款日期为2025年4月8日，评价工作于2025年2月至3月开展；文号年份晚于成文日期，时间上不可能。（改动处：原文为“蔻楠评字〔2025〕9号”，现为“蔻楠评字〔2026〕9号”。）'),
  dict(kind='breakdown-sum-mismatch', family='sum', op=('cell', '表2　2024年度地质灾害治理工程投资情况', 5, 1, '285.20', '258.20'), rel=r_breakdown,
       evidence=['258.20'],
       expl='表2四处治理工程投资68.20＋75.60＋59.40＋82.00＝285.20万元，表2合计却写258.20万元；表1“工程治理”金额和正文“工程治理支出285.20万元”均为285.20万元，各工程占比也按285.20计算。（改动处：表2合计投资原文为“285.20”，现为“258.20”。）')],
}

def apply(B, op):
    if op[0] == 'rep': return replace_once(B, op[1], op[2])
    return set_cell(B, op[1], op[2], op[3], op[4], op[5])

def rb(B, fmt, name, site):
    d = tempfile.mkdtemp(); p = os.path.join(d, name); render(B, fmt, p, site); return readback(p), p

def toks(t): return re.findall(r'\d{4}年\d+月\d+日|[\d][\d,.]*|\S', flat(t))
def regions(a, b):
    return sum(1 for op in difflib.SequenceMatcher(None, toks(a), toks(b), autojunk=False).get_opcodes() if op[0] != 'equal')

def main():
    os.makedirs(ERR, exist_ok=True); os.makedirs(LOG, exist_ok=True)
    log = []; fails = 0; n = 0; offs = {}
    def chk(desc, ok):
        nonlocal fails, n
        n += 1; fails += (not ok); log.append(('ok  ' if ok else 'FAIL') + ' ' + desc)
    kinds = set()
    for m, errs in ERRS.items():
        g = importlib.import_module(m); B, _ = g.build(); site = getattr(g, 'SITE', None)
        clean, _ = rb(B, g.FMT, g.NAME, site)
        chk(f'{g.NAME}: clean re-render == corpus file', clean == readback(os.path.join(OUT, g.NAME)))
        Bc = B
        for e in errs:
            kinds.add(e['kind'])
            chk(f'{g.NAME}: {e["kind"]} relation holds on clean', e['rel'](clean))
            alone, _ = rb(apply(B, e['op']), g.FMT, g.NAME, site)
            chk(f'{g.NAME}: {e["kind"]} alone breaks own relation', not e['rel'](alone))
            for o in errs:
                if o is not e: chk(f'{g.NAME}: {e["kind"]} alone leaves {o["kind"]} intact', o['rel'](alone))
            chk(f'{g.NAME}: {e["kind"]} alone changes 1 region', regions(clean, alone) == 1)
            Bc = apply(Bc, e['op'])
        path = os.path.join(ERR, g.NAME); render(Bc, g.FMT, path, site); copy = readback(path)
        chk(f'{g.NAME}: copy differs in exactly 3 regions', regions(clean, copy) == 3)
        exp = []
        for e in errs:
            chk(f'{g.NAME}: {e["kind"]} relation fails on copy', not e['rel'](copy))
            for ev in e['evidence']:
                c = flat(copy).count(flat(ev)); chk(f'{g.NAME}: evidence {ev!r} occurs once in copy ({c})', c == 1)
                offs.setdefault(g.NAME, {})[ev] = flat(copy).find(flat(ev))
            chk(f'{g.NAME}: first evidence absent from clean', flat(e['evidence'][0]) not in flat(clean))
            exp.append({'kind': e['kind'], 'family': e['family'], 'evidence': e['evidence'], 'explanation': e['expl']})
        json.dump(exp, open(os.path.join(ERR, g.NAME.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
    chk('9 different kinds', len(kinds) == 9)
    log.append(f'{n} checks, {fails} failed')
    open(os.path.join(LOG, 'verify_errors.log'), 'w', encoding='utf8').write('\n'.join(log) + '\n')
    json.dump(offs, open(os.path.join(LOG, 'evidence_offsets.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1, sort_keys=True)
    print('\n'.join(l for l in log if not l.startswith('ok')))
    assert fails == 0
if __name__ == '__main__':
    main()
