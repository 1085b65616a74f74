"""Build the three error copies from the clean models and verify them (logs/verify_errors.log)."""
import difflib, hashlib, importlib, json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib38 import *

ERR = os.path.join(OUT, 'errors')
LOG = []
FAILED = []

def log(ok, msg):
    LOG.append(('ok   ' if ok else 'FAIL ') + msg)
    if not ok:
        FAILED.append(msg)

def flat(t):
    return re.sub(r'\s+', '', t)

def num(s):
    return D(s)

# ---------------------------------------------------------------- relations (parsed from visible read-back)
def r_local_split(t):
    m = re.search(r'地方资金([\d,]+)元，地方资金中省级([\d,]+)元、县级([\d,]+)元', flat(t))
    return num(m[1]) == num(m[2]) + num(m[3])

def r_stu_growth(t):
    m = re.search(r'比上年([\d,]+)人减少([\d,]+)人、下降([\d.]+)%', flat(t))
    return pct(num(m[2]), num(m[1])) == num(m[3])

def r_per_student(t):
    f = flat(t)
    tot = re.search(r'全年核定公用经费([\d,]+)元', f)[1]
    stu = re.search(r'核定在校生([\d,]+)人', f)[1]
    avg = re.search(r'生均公用经费([\d.,]+)元', f)[1]
    return q(num(tot) / num(stu), 2) == num(avg)

def r_share_ecom(t):
    f = flat(t)
    m = re.search(r'\|农村电商服务站点\|48\|个\|0\.80\|([\d.]+)\|([\d.]+)', f)
    tot = re.search(r'\|合计\|—\|—\|—\|([\d.]+)\|', f)[1]
    return pct(num(m[1]), num(tot)) == num(m[2])

def r_paid_restated(t):
    f = flat(t)
    a = re.search(r'已拨付项目资金([\d.]+)万元', f)[1]
    b = re.search(r'全年已拨付资金([\d.]+)万元', f)[1]
    return a == b

def r_sign_date(t):
    lines = [l.strip() for l in t.strip().splitlines() if l.strip()]
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', '\n'.join(lines[-4:]))
    y, mo, d = map(int, ds[-1])
    return (y, mo, d) > (2024, 12, 31)

def r_score_total(t):
    f = flat(t)
    m = re.search(r'决策指标([\d.]+)分、过程指标([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分', f)
    s = sum(num(x) for x in m.groups())
    tt = re.search(r'100(\d{2}\.\d{2})注：预算执行率', f)[1]
    return s == num(tt)

def r_burn_product(t):
    f = flat(t)
    price = re.search(r'—(\d+)元275\.34', f)[1]
    return q(D(42360) * num(price) / 10000, 2) == D('275.34')

def r_problem_count(t):
    f = flat(t)
    w = re.search(r'存在以下(.)个方面的问题', f)[1]
    n = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4}[w]
    seg = f[f.index('五、存在的问题'):]
    k = len(re.findall(r'[一二三四五]是', seg))
    return n == k

# ---------------------------------------------------------------- planted errors
PLANS = {
 'g02_yiling_school_public_funds': [
  dict(kind='breakdown-sum-mismatch', family='sum', op=('replace', '县级926,532元', '县级962,532元'),
       evidence=['县级962,532元'], rel=r_local_split,
       explanation='正文写地方资金2,326,532元，“地方资金中省级1,400,000元、县级962,532元”；但1,400,000＋962,532＝2,362,532元，与地方资金2,326,532元不符（应为1,400,000＋926,532）；中央9,306,128＋地方2,326,532＝11,632,660元与表1合计一致，可见其中部分写错。（改动处：原文为“县级926,532元”，现为“县级962,532元”。）'),
  dict(kind='growth-rate-mismatch', family='ratio', op=('replace', '减少417人、下降3.21%', '减少417人、下降3.12%'),
       evidence=['减少417人、下降3.12%'], rel=r_stu_growth,
       explanation='正文写核定在校生12,564人，“比上年12,981人减少417人、下降3.12%”；417÷12,981＝3.21%，不是3.12%，降幅与两个人数不符。（改动处：原文为“下降3.21%”，现为“下降3.12%”。）'),
  dict(kind='average-mismatch', family='ratio', op=('replace', '生均公用经费925.87元', '生均公用经费952.87元'),
       evidence=['生均公用经费952.87元'], rel=r_per_student,
       explanation='正文写全年核定公用经费11,632,660元，核定在校生12,564人，“生均公用经费952.87元”；11,632,660÷12,564＝925.87元，平均数与分子分母不符。（改动处：原文为“925.87元”，现为“952.87元”。）'),
 ],
 'g03_qiuyang_county_commerce_fund': [
  dict(kind='share-mismatch', family='ratio', op=('cell', 0, 3, 5, '5.74', '7.54'),
       evidence=['7.54', '农村电商服务站点'], rel=r_share_ecom,
       explanation='表1“农村电商服务站点”行补助金额38.40万元、占比7.54%；38.40÷668.60（下达项目资金合计）＝5.74%，占比与金额不符，表1占比列合计也变为101.80而非100.00。（改动处：表1该行占比原文为“5.74”，现为“7.54”。）'),
  dict(kind='restated-figure-conflict', family='value-conflict', op=('replace', '全年已拨付资金612.30万元', '全年已拨付资金621.30万元'),
       evidence=['全年已拨付资金621.30万元'], rel=r_paid_restated,
       explanation='第三部分写“截至2024年12月31日，已拨付项目资金612.30万元”，拨付率91.58%（612.30÷668.60），尚未拨付56.30万元（612.30＋56.30＝668.60）；第五部分问题中却写“全年已拨付资金621.30万元”，同一指标前后两处数值不一致。（改动处：第五部分原文为“612.30万元”，现为“621.30万元”。）'),
  dict(kind='report-dated-before-period-end', family='date', op=('replace', '2025年3月6日', '2024年12月6日'),
       evidence=['2024年12月6日'], rel=r_sign_date,
       explanation='公示内容为2024年度资金使用情况，并写明“截至2024年12月31日”的拨付数及全年实施成效，文号为萩商发〔2025〕6号；落款日期却为2024年12月6日，早于所报告年度结束，也早于文号年份。（改动处：落款原文为“2025年3月6日”，现为“2024年12月6日”。）'),
 ],
 'g05_futang_rural_waste_collection': [
  dict(kind='score-total-mismatch', family='score', op=('cell', 1, -1, 3, '93.07', '93.70'),
       evidence=['93.70'], rel=r_score_total,
       explanation='表2评分表合计得分写93.70分；但各三级指标得分相加为93.07分，正文写四类指标得分14.00＋23.08＋33.69＋22.30＝93.07分，正文综合得分也为93.07分，表内合计与分项之和不符。（改动处：表2合计得分原文为“93.07”，现为“93.70”。）'),
  dict(kind='product-mismatch', family='product', op=('cell', 0, 2, 3, '65元', '56元'),
       evidence=['56元'], rel=r_burn_product,
       explanation='表1“焚烧处置费”行数量42,360吨、单价56元、金额275.34万元；42,360×56÷10,000＝237.22万元，与金额不符，而42,360×65÷10,000＝275.34万元；正文也写“按实际进厂量每吨65元结算”。（改动处：表1单价原文为“65元”，现为“56元”。）'),
  dict(kind='item-count-mismatch', family='structure', op=('replace', '存在以下三个方面的问题', '存在以下两个方面的问题'),
       evidence=['存在以下两个方面的问题'], rel=r_problem_count,
       explanation='第五部分写“项目实施中存在以下两个方面的问题”，随后却列出一是、二是、三是共三项问题（转运站设备老化、考核以台账检查为主、源头分类意识不强），所述个数与列举项数不符。（改动处：原文为“三个方面”，现为“两个方面”。）'),
 ],
}

def apply(M, op):
    if op[0] == 'replace':
        replace_once(M, op[1], op[2])
    else:
        _, ti, r, c, old, new = op
        tabs = [b for b in M if b[0] == 'table']
        rows = tabs[ti][1]['rows']
        set_cell(M, ti, r if r >= 0 else len(rows) + r, c, old, new)

def regions(a, b):
    """number of changed token regions: differing opcodes separated by fewer than 4 equal characters are one region"""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    n, last = 0, None
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == 'equal':
            continue
        if last is None or i1 - last >= 4:
            n += 1
        last = i2
    return n

def md5(p):
    return hashlib.md5(open(p, 'rb').read()).hexdigest()

def main():
    tmp = tempfile.mkdtemp(prefix='h38_')
    offsets = {}
    kinds = []
    for g, plans in PLANS.items():
        mod = importlib.import_module(g)
        ext = '.' + mod.NAME.rsplit('.', 1)[1]
        M, _ = mod.build()
        corpus = os.path.join(OUT, mod.NAME)
        p0 = os.path.join(tmp, 'clean' + ext)
        clean = render(M, p0, mod.FMT)
        log(clean == read_back(corpus), '%s: clean re-render reads back identical to corpus file' % mod.NAME)
        log(md5(p0) == md5(corpus), '%s: clean re-render byte-identical to corpus file' % mod.NAME)
        for i, pl in enumerate(plans):
            log(pl['rel'](clean), '%s #%d %s: relation holds on clean text' % (mod.NAME, i + 1, pl['kind']))
            Mi, _ = mod.build()
            apply(Mi, pl['op'])
            ti = render(Mi, os.path.join(tmp, 'one%d%s' % (i, ext)), mod.FMT)
            log(not pl['rel'](ti), '%s #%d: planted alone, its relation fails' % (mod.NAME, i + 1))
            for j, other in enumerate(plans):
                if j != i:
                    log(other['rel'](ti), '%s #%d: planted alone, relation #%d still holds' % (mod.NAME, i + 1, j + 1))
            log(regions(flat(clean), flat(ti)) == 1, '%s #%d: changes exactly one region' % (mod.NAME, i + 1))
        Me, _ = mod.build()
        for pl in plans:
            apply(Me, pl['op'])
        outp = os.path.join(ERR, mod.NAME)
        te = render(Me, outp, mod.FMT)
        fe, fc = flat(te), flat(clean)
        log(regions(fc, fe) == 3, '%s: copy differs from clean in exactly 3 regions' % mod.NAME)
        exp = []
        for i, pl in enumerate(plans):
            log(not pl['rel'](te), '%s #%d: relation fails on the copy' % (mod.NAME, i + 1))
            for ev in pl['evidence']:
                c = fe.count(flat(ev))
                log(c == 1, '%s #%d: evidence %r occurs once in copy (%d)' % (mod.NAME, i + 1, ev, c))
                offsets.setdefault(mod.NAME, []).append({'error': i + 1, 'evidence': ev, 'offset_in_flat_readback': fe.find(flat(ev))})
            log(flat(pl['evidence'][0]) not in fc, '%s #%d: first evidence absent from clean text' % (mod.NAME, i + 1))
            exp.append({'kind': pl['kind'], 'family': pl['family'], 'evidence': pl['evidence'], 'explanation': pl['explanation']})
            kinds.append(pl['kind'])
        with open(os.path.join(ERR, mod.NAME.rsplit('.', 1)[0] + '.expected.json'), 'w', encoding='utf8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
    log(len(set(kinds)) == 9, '9 different kinds')
    LOG.append('%d checks, %d failed' % (len(LOG), len(FAILED)))
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    with open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf8') as f:
        f.write('\n'.join(LOG) + '\n')
    with open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
    print('\n'.join(LOG[-1:]))
    for x in FAILED:
        print('FAILED:', x)
    assert not FAILED

if __name__ == '__main__':
    main()
