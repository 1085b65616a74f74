"""Plant three contradictions in each of three heldout35 reports and verify them.

For every copy: the clean model is re-rendered and must read back identical to the corpus file; each error is one
model edit (replace_once / set_cell / set_sign); each planted relation is re-parsed by regex from the *visible*
read-back text and must hold on the clean text and fail on the copy; planted alone, an error breaks its own relation,
leaves the other two intact and changes one token region; the copy differs from the clean text in exactly three
regions; every evidence string occurs exactly once in the copy (whitespace removed); the first evidence string is
absent from the clean text; the nine kinds are all different.
"""
import datetime as dt
import difflib
import importlib
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lk35  # noqa: E402
from lk35 import D, q  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, 'errors')
LOGS = os.path.join(HERE, 'logs')
NUM = r'([\d,]+(?:\.\d+)?)'


def n(s):
    return D(s.replace(',', ''))


def flat(t):
    return re.sub(r'\s+', '', t)


# ----------------------------------------------------------------- relations (visible text only)
def aligned_table(text, cap):
    lines = text.split('\n')
    i = next(k for k, l in enumerate(lines) if l.startswith(cap))
    rows = []
    for l in lines[i + 1:]:
        if not l.strip():
            break
        if set(l.strip()) == {'-'} or l.strip().startswith('单位') or l.startswith('注'):
            continue
        rows.append(re.split(r'\s{2,}', l.strip()))
    return rows[0], rows[1:]


def bar_table(text, cap):
    lines = text.split('\n')
    i = next(k for k, l in enumerate(lines) if l.startswith(cap))
    rows = []
    for l in lines[i + 1:]:
        if l.startswith('|'):
            rows.append(l[1:].split('|'))
        elif rows:
            break
    return rows[0], rows[1:]


def r_t02_households(text):
    head, rows = aligned_table(text, '表1')
    c = head.index('参保户次')
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(n(r[c]) for r in body) == n(tot[c])


def r_t02_growth(text):
    m = re.search(r'保费收入' + NUM + r'万元，比上年' + NUM + r'万元增加' + NUM + r'万元，增长' + NUM + '%', flat(text))
    cur, prev, g = n(m.group(1)), n(m.group(2)), n(m.group(4))
    return q((cur - prev) / prev * 100, 2) == g


def r_t02_claims(text):
    f = flat(text)
    a = n(re.search(r'全年已决赔款' + NUM + '万元', f).group(1))
    b = n(re.search(r'对全年' + NUM + '万元已决赔款', f).group(1))
    head, rows = aligned_table(text, '表1')
    c = n([r for r in rows if r[0] == '合计'][0][head.index('已决赔款(万元)')])
    return a == b == c


def r_t03_share(text):
    f = flat(text)
    tot = n(re.search(r'全年罚没决定金额合计' + NUM + '万元', f).group(1))
    m = re.search(r'对企业作出的罚没金额' + NUM + r'万元，占全年罚没决定金额的' + NUM + '%', f)
    return q(n(m.group(1)) / tot * 100, 2) == n(m.group(2))


def r_t03_balance(text):
    m = re.search(r'罚没决定金额' + NUM + r'万元，已缴库' + NUM + r'万元，缴库率[\d.]+%，尚未缴库' + NUM + '万元', flat(text))
    return n(m.group(1)) - n(m.group(2)) == n(m.group(3))


def last_date(text):
    ds = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', text)
    y, mo, d = ds[-1]
    return dt.date(int(y), int(mo), int(d))


def r_t03_date(text):
    assert '截至2024年12月31日' in text
    return last_date(text) > dt.date(2024, 12, 31)


def r_t04_score(text):
    head, rows = bar_table(text, '表2')
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(n(r[3]) for r in body) == n(tot[3])


def r_t04_nonpub(text):
    m = re.search(r'防治作业面积合计' + NUM + r'亩，其中[^，。]*无公害措施防治' + NUM + r'亩，无公害防治率' + NUM + '%', flat(text))
    return q(n(m.group(2)) / n(m.group(1)) * 100, 2) == n(m.group(3))


def r_t04_midyear(text):
    f = flat(text)
    mid = n(re.search(r'项目预算执行率为' + NUM + '%', f).group(1))
    end = n(re.search(r'项目支出' + NUM + r'万元，执行率' + NUM + '%', f).group(2))
    return mid <= end


# ----------------------------------------------------------------- the nine errors
PLANTS = {
    'g02_hengtang_agri_insurance_premium_subsidy': [
        dict(op=('set_cell', '表1', 6, 6, '18,022', '18,202'), rel=r_t02_households,
             kind='breakdown-sum-mismatch', family='sum', evidence=['18,202'],
             explanation='表1“参保户次”一栏6个险种分别为9,862、3,175、1,046、2,318、27、1,594户次，合计应为18,022户次，'
                         '表中合计行填为18,202户次；各险种之和与合计数不符（疑为数字颠倒）。'
                         '（改动处：表1合计行“参保户次”原文为“18,022”，现为“18,202”。）'),
        dict(op=('replace_once', '增加146.80万元，增长9.71%', '增加146.80万元，增长7.91%'), rel=r_t02_growth,
             kind='growth-rate-mismatch', family='ratio', evidence=['增加146.80万元，增长7.91%'],
             explanation='2024年保费收入1,659.20万元，上年1,512.40万元，增加146.80万元，(1,659.20－1,512.40)÷1,512.40＝9.71%，'
                         '文中写“增长7.91%”；按7.91%推算本年保费应约为1,632.03万元，与1,659.20万元和“增加146.80万元”均不符。'
                         '增长率与两年数值不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“增加146.80万元，增长9.71%”，现为“增加146.80万元，增长7.91%”。）'),
        dict(op=('replace_once', '对全年1,204.37万元已决赔款', '对全年1,240.37万元已决赔款'), rel=r_t02_claims,
             kind='restated-figure-conflict', family='value-conflict', evidence=['对全年1,240.37万元已决赔款'],
             explanation='“五、存在问题和下一步工作”写“督促承保机构对全年1,240.37万元已决赔款开展回访核查”，而“三、理赔情况”写'
                         '“全年已决赔款1,204.37万元”，表1已决赔款合计也为1,204.37万元（6个险种之和），简单赔付率72.59%也按'
                         '1,204.37万元计算；同一全年已决赔款前后不一致（疑为数字颠倒）。'
                         '（改动处：正文原文为“对全年1,204.37万元已决赔款”，现为“对全年1,240.37万元已决赔款”。）'),
    ],
    'g03_yichuan_urban_management_fines_disclosure': [
        dict(op=('replace_once', '占全年罚没决定金额的61.88%', '占全年罚没决定金额的68.18%'), rel=r_t03_share,
             kind='share-mismatch', family='ratio', evidence=['占全年罚没决定金额的68.18%'],
             explanation='对企业作出的罚没金额1,412.68万元，全年罚没决定金额合计2,283.09万元（一般程序2,266.00万元＋简易程序'
                         '17.09万元），1,412.68÷2,283.09＝61.88%，文中写“占全年罚没决定金额的68.18%”；按68.18%推算涉企罚没金额'
                         '应约为1,556.61万元。占比与金额÷总额不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“占全年罚没决定金额的61.88%”，现为“占全年罚没决定金额的68.18%”。）'),
        dict(op=('replace_once', '尚未缴库134.43万元', '尚未缴库143.43万元'), rel=r_t03_balance,
             kind='balance-mismatch', family='sum', evidence=['尚未缴库143.43万元'],
             explanation='截至2024年12月31日罚没决定金额2,283.09万元，已缴库2,148.66万元（表2四个执法单位之和），尚未缴库应为'
                         '2,283.09－2,148.66＝134.43万元，文中写“尚未缴库143.43万元”；已缴库与未缴库之和为2,292.09万元，'
                         '超过罚没决定金额2,283.09万元。余额与决定金额减已缴库不符（疑为数字颠倒）。'
                         '（改动处：正文原文为“尚未缴库134.43万元”，现为“尚未缴库143.43万元”。）'),
        dict(op=('set_sign', '2025年1月24日', '2024年12月24日'), rel=r_t03_date,
             kind='report-date-before-period-end', family='date', evidence=['2024年12月24日'],
             explanation='公开文件落款日期为2024年12月24日，但文件公开的是2024年度（2024年1月1日至12月31日）罚没收入，写明'
                         '“截至2024年12月31日，罚没决定金额2,283.09万元，已缴库2,148.66万元”，并提到12月下旬作出的罚没款，'
                         '落款日期早于所报告期间的截止日，时间上不可能。'
                         '（改动处：落款日期原文为“2025年1月24日”，现为“2024年12月24日”。）'),
    ],
    'g04_duanling_forest_pest_control_selfeval': [
        dict(op=('set_cell', '表2', 17, 3, '98.08', '98.80'), rel=r_t04_score,
             kind='score-total-mismatch', family='score', evidence=['98.80', '该项目得分98.08分'],
             explanation='表2合计行得分填为98.80分，但17项二级指标得分3.00＋4.00＋3.50＋4.00＋5.00＋4.77＋5.00＋4.50＋10.00＋'
                         '8.00＋7.88＋6.00＋4.00＋4.00＋8.00＋7.00＋9.43＝98.08分；正文“四、自评结论”也写“该项目得分98.08分，'
                         '扣1.92分”，四个一级指标得分14.50＋19.27＋39.88＋24.43＝98.08分。评分表合计与各项得分之和不符。'
                         '（改动处：表2“合计”行得分原文为“98.08”，现为“98.80”。）'),
        dict(op=('replace_once', '无公害防治率92.55%', '无公害防治率95.22%'), rel=r_t04_nonpub,
             kind='rate-mismatch', family='ratio', evidence=['无公害防治率95.22%'],
             explanation='美国白蛾和杨树食叶害虫防治作业面积合计82,000亩（52,000＋30,000），其中无公害措施防治75,893亩，'
                         '75,893÷82,000＝92.55%，文中写“无公害防治率95.22%”；按95.22%推算无公害防治面积应约为78,080亩。'
                         '比率与分子÷分母不符。'
                         '（改动处：正文原文为“无公害防治率92.55%”，现为“无公害防治率95.22%”。）'),
        dict(op=('replace_once', '项目预算执行率为47.26%', '项目预算执行率为97.26%'), rel=r_t04_midyear,
             kind='yearend-rate-below-midyear', family='value-conflict', evidence=['项目预算执行率为97.26%'],
             explanation='“二、资金使用情况”写年中监控时（截至2024年6月30日）“项目预算执行率为97.26%”，而截至2024年12月31日'
                         '项目支出400.74万元、执行率95.41%；执行率按同一预算420.00万元累计计算，年末不可能低于年中（年中97.26%'
                         '相当于已支出约408.49万元，多于全年支出400.74万元），且“五、存在问题及改进措施”称“年中执行进度偏慢”。'
                         '（改动处：正文原文为“项目预算执行率为47.26%”，现为“项目预算执行率为97.26%”。）'),
    ],
}


def tokens(text):
    return re.findall(r'\d{4}年\d{1,2}月\d{1,2}日|\d[\d,]*(?:\.\d+)?|\S', text)


def regions(a, b):
    sm = difflib.SequenceMatcher(None, tokens(a), tokens(b), autojunk=False)
    return [op for op in sm.get_opcodes() if op[0] != 'equal']


def apply(doc, op):
    if op[0] == 'replace_once':
        return lk35.replace_once(doc, op[1], op[2])
    if op[0] == 'set_cell':
        return lk35.set_cell(doc, *op[1:])
    if op[0] == 'set_sign':
        return lk35.set_sign(doc, op[1], op[2])
    raise ValueError(op)


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    log = []
    offsets = {}
    nchk = [0, 0]

    def check(cond, msg):
        nchk[0] += 1
        if not cond:
            nchk[1] += 1
        log.append(('ok   ' if cond else 'FAIL ') + msg)

    kinds = []
    tmp = tempfile.mkdtemp(prefix='h35_')
    for mod_name, plants in PLANTS.items():
        mod = importlib.import_module(mod_name)
        doc, _ = mod.build()
        name = doc.name
        log.append('== ' + name)
        clean_file = lk35.read_back(os.path.join(OUT, name))
        clean = lk35.render_to_text(doc, os.path.join(tmp, 'clean'))
        check(clean == clean_file, 'clean re-render reads back identical to corpus file')
        for p in plants:
            check(p['rel'](clean), '%s: relation holds on clean text' % p['kind'])
        # each alone
        for i, p in enumerate(plants):
            d1 = apply(doc, p['op'])
            t1 = lk35.render_to_text(d1, os.path.join(tmp, 'one%d' % i))
            check(not p['rel'](t1), '%s alone: own relation fails' % p['kind'])
            for j, o in enumerate(plants):
                if j != i:
                    check(o['rel'](t1), '%s alone: %s still holds' % (p['kind'], o['kind']))
            check(len(regions(clean, t1)) == 1, '%s alone: one changed region (%d)' % (p['kind'],
                                                                                    len(regions(clean, t1))))
        # all three
        d3 = doc
        for p in plants:
            d3 = apply(d3, p['op'])
        path = lk35.render(d3, ERR)
        copy = lk35.read_back(path)
        check(len(regions(clean, copy)) == 3, 'copy differs from clean in exactly 3 regions')
        fc, fl = flat(copy), flat(clean)
        offsets[name] = []
        for p in plants:
            check(not p['rel'](copy), '%s: relation fails on copy' % p['kind'])
            for k, ev in enumerate(p['evidence']):
                c = fc.count(flat(ev))
                check(c == 1, '%s: evidence %r occurs once in copy (%d)' % (p['kind'], ev, c))
                if k == 0:
                    check(flat(ev) not in fl, '%s: first evidence %r absent from clean text' % (p['kind'], ev))
                offsets[name].append({'kind': p['kind'], 'evidence': ev, 'offset': copy.find(ev),
                                      'offset_flat': fc.find(flat(ev))})
            kinds.append(p['kind'])
        exp = [{'kind': p['kind'], 'family': p['family'], 'evidence': p['evidence'],
                'explanation': p['explanation']} for p in plants]
        with open(os.path.join(ERR, os.path.splitext(name)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    shutil.rmtree(tmp, ignore_errors=True)
    check(len(set(kinds)) == 9 and len(kinds) == 9, 'nine different kinds')
    log.append('checks: %d, failed: %d' % tuple(nchk))
    with open(os.path.join(LOGS, 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(log) + '\n')
    with open(os.path.join(LOGS, 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\n'.join(l for l in log if not l.startswith('ok')))
    if nchk[1]:
        raise SystemExit('verification failed')


if __name__ == '__main__':
    main()
