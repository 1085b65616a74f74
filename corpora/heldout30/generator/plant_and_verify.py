"""Plant 3 contradictions in each of 3 reports (t01 txt, t03 pdf, t04 docx), write errors/ copies and
*.expected.json, and verify the plants against the rendered text (clean vs copy)."""
import difflib
import importlib
import json
import os
import re
import shutil
import sys

import lk30
from lk30 import D, q, hw, replace_once, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERR = os.path.join(ROOT, 'errors')
SCRATCH = os.environ.get('H30_SCRATCH', '/tmp/heldout30_scratch')
LOG = []
NCHK = [0, 0]


def chk(desc, ok):
    NCHK[0] += 1
    if not ok:
        NCHK[1] += 1
    LOG.append(('ok  ' if ok else 'FAIL') + ' ' + desc)


def nows(s):
    return re.sub(r'\s+', '', hw(s))


def num(s):
    return D(s.replace(',', ''))


# ------------------------------------------------------------------ relations re-parsed from visible text

def r_t01_growth(t):
    m = re.search(r'立案查处各类违法案件([\d,]+)件，比上年的([\d,]+)件增加(\d+)件，同比增长([\d.]+)%', t)
    a, b, inc, g = num(m[1]), num(m[2]), num(m[3]), D(m[4])
    return a - b == inc and q((a - b) / b * 100) == g


def r_t01_fine(t):
    m1 = re.search(r'销售侵犯注册商标专用权商品案，罚没款([\d.]+)万元', t)
    m2 = re.search(r'销售侵犯注册商标专用权商品案罚没款([\d.]+)万元', t)
    lst = re.search(r'大要案\d+件，罚没款合计([\d.,]+)万元.*?分别为：(.*?)。', t)
    s = sum(D(x) for x in re.findall(r'罚没款([\d.]+)万元', lst[2]))
    return D(m1[1]) == D(m2[1]) and s == num(lst[1])


def r_t01_count(t):
    m = re.search(r'大要案(\d+)件，.*?分别为：(.*?)。', t)
    return int(m[1]) == len(m[2].split('；'))


def r_t03_unit(t):
    y = re.search(r'国有资本经营预算收入([\d.]+)亿元', t)
    w = re.search(r'2024年市级国有资本经营预算收入([\d,.]+)万元', t)
    return q(num(w[1]) / 10000) == D(y[1])


def r_t03_share(t):
    m = re.search(r'国有企业政策性补贴([\d,.]+)万元，占支出的([\d.]+)%', t)
    tot = re.search(r'2024年市级国有资本经营预算支出([\d,.]+)万元', t)
    return q(num(m[1]) / num(tot[1]) * 100) == D(m[2])


def r_t03_date(t):
    d = re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', t)[-1]
    end = re.search(r'截至(\d{4})年(\d{1,2})月(\d{1,2})日', t)
    return tuple(map(int, d)) > tuple(map(int, end.groups()))


def _rows(text, start, stop):
    seg = text[text.index(start):text.index(stop, text.index(start))]
    return [ln.split('|')[1:] for ln in seg.splitlines() if ln.startswith('|')]


def r_t04_score(text):
    rows = _rows(text, '表3', '五、')[1:]
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    prose = re.search(r'自评总得分([\d.]+)分', text)
    return sum(D(r[6]) for r in body) == D(tot[6]) == D(prose[1])


def r_t04_product(t):
    m = re.search(r'意外伤害保险按([\d,]+)人×(\d+)元/人计([\d.]+)万元', t)
    return q(num(m[1]) * D(m[2]) / 10000) == D(m[3])


def r_t04_sum(text):
    rows = _rows(text, '表2', '三、')[1:]
    body = [r for r in rows if r[0] != '合计']
    tot = [r for r in rows if r[0] == '合计'][0]
    return sum(D(r[3]) for r in body) == D(tot[3])


# ------------------------------------------------------------------ plants

PLANTS = {
    'g01_liqiao_market_penalty_statistics': [
        dict(kind='growth-rate-mismatch', family='ratio', op=('replace', '同比增长9.36%', '同比增长11.36%'),
             rel=r_t01_growth, on='nows',
             evidence=['比上年的1,186件增加111件，同比增长11.36%'],
             explanation='2024年立案1,297件，上年1,186件，增加111件，(1,297－1,186)÷1,186＝9.36%，文中写“同比增长11.36%”；'
                         '按11.36%推算上年应为约1,165件或本年应为约1,321件，均与同句数字不符。增长率与两年数值不符。'
                         '（改动处：正文原文为“同比增长9.36%”，现为“同比增长11.36%”。）'),
        dict(kind='fine-amount-conflict', family='value-conflict',
             op=('replace', '销售侵犯注册商标专用权商品案罚没款48.75万元', '销售侵犯注册商标专用权商品案罚没款47.85万元'),
             rel=r_t01_fine, on='nows',
             evidence=['销售侵犯注册商标专用权商品案罚没款47.85万元', '销售侵犯注册商标专用权商品案，罚没款48.75万元'],
             explanation='同一案件（某商贸有限公司销售侵犯注册商标专用权商品案）的罚没款，“三、（三）知识产权领域”写47.85万元，'
                         '大要案列表写48.75万元；大要案列表32.60＋48.75＋21.38＋15.92＋12.40＝131.05万元与“罚没款合计131.05万元”'
                         '相符，按47.85万元则为130.15万元。同一案件罚没金额前后不一致（疑为数字颠倒）。'
                         '（改动处：正文原文为“销售侵犯注册商标专用权商品案罚没款48.75万元”，现为“……罚没款47.85万元”。）'),
        dict(kind='item-count-mismatch', family='structure', op=('replace', '大要案5件', '大要案6件'),
             rel=r_t01_count, on='nows',
             evidence=['罚没款10万元以上的大要案6件'],
             explanation='文中称“大要案6件”，但随后“分别为：”只列举了5个案件（劣药案、商标侵权案、食品添加剂案、不合格产品案、'
                         '虚假广告案），其罚没款32.60＋48.75＋21.38＋15.92＋12.40＝131.05万元即为所称“罚没款合计131.05万元”。'
                         '所称件数与列举的案件数不符。（改动处：正文原文为“大要案5件”，现为“大要案6件”。）'),
    ],
    'g03_cangyue_state_capital_budget_execution': [
        dict(kind='unit-conversion-mismatch', family='unit', op=('replace', '预算收入1.44亿元', '预算收入14.42亿元'),
             rel=r_t03_unit, on='nows',
             evidence=['收入14.42亿元，完成年初预算的101.53%', '2024年市级国有资本经营预算收入14,417.02万元'],
             explanation='开头写“全年市级国有资本经营预算收入14.42亿元”，而“一、收入执行情况”和表1为14,417.02万元；'
                         '14,417.02万元＝1.44亿元，14.42亿元是按1千而非1万折算（差10倍），与同段“完成年初预算的101.53%”'
                         '（＝14,417.02÷14,200.00）也不相容。万元与亿元换算错误。'
                         '（改动处：正文原文为“预算收入1.44亿元”，现为“预算收入14.42亿元”。）'),
        dict(kind='share-wrong-base', family='ratio', op=('replace', '占支出的19.30%', '占支出的18.56%'),
             rel=r_t03_share, on='nows',
             evidence=['国有企业政策性补贴1,800.00万元，占支出的18.56%', '2024年市级国有资本经营预算支出9,325.84万元'],
             explanation='国有企业政策性补贴1,800.00万元，支出执行数9,325.84万元，1,800.00÷9,325.84＝19.30%，文中写'
                         '“占支出的18.56%”；18.56%是1,800.00÷9,700.00（支出预算数）的结果，占比用错了分母；四项占比'
                         '58.12＋18.56＋14.61＋7.97＝99.26%也不等于100%。'
                         '（改动处：正文原文为“占支出的19.30%”，现为“占支出的18.56%”。）'),
        dict(kind='report-dated-before-period-end', family='date', op=('replace', '2025年1月18日', '2024年12月18日'),
             rel=r_t03_date, on='nows',
             evidence=['2024年12月18日', '截至2024年12月31日'],
             explanation='说明报告2024年全年的国有资本经营预算执行结果（全年收入、支出、结转下年）和“截至2024年12月31日”的'
                         '资产负债情况，落款日期却为2024年12月18日，早于报告期末。报告日期早于所报告期间的结束。'
                         '（改动处：落款原文为“2025年1月18日”，现为“2024年12月18日”。）'),
    ],
    'g04_diantong_forest_ranger_project_selfeval': [
        dict(kind='score-total-mismatch', family='score', op=('cell', '表3', '合计', 6, '99.14', '98.14'),
             rel=r_t04_score, on='text',
             evidence=['98.14', '自评总得分99.14分'],
             explanation='表3合计行得分填为98.14分，但12项三级指标得分10.00＋10.00＋4.83＋9.93＋5.00＋4.58＋5.00＋10.00＋10.00'
                         '＋10.00＋9.85＋9.95＝99.14分；正文也写“自评总得分99.14分”（＝49.34＋30.00＋9.85＋9.95）。'
                         '评分表合计与各项得分之和不符。（改动处：表3“合计”行得分原文为“99.14”，现为“98.14”。）'),
        dict(kind='product-mismatch', family='product', op=('replace', '人×120元/人', '人×150元/人'),
             rel=r_t04_product, on='nows',
             evidence=['意外伤害保险按1,236人×150元/人计14.83万元'],
             explanation='1,236人×150元/人＝185,400元＝18.54万元，而同句写“计14.83万元”（＝1,236×120÷10000）；'
                         '县级资金38.33万元＝14.83＋23.50、实际支出中“意外伤害保险支出14.83万元”也按14.83万元计算。'
                         '人数×标准与金额不符。（改动处：正文原文为“1,236人×120元/人”，现为“1,236人×150元/人”。）'),
        dict(kind='breakdown-sum-mismatch', family='sum', op=('cell', '表2', '大箐乡', 3, '30.86', '32.86'),
             rel=r_t04_sum, on='text',
             evidence=['32.86', '落实管护森林草原面积168.75万亩'],
             explanation='表2各乡镇管护面积18.62＋22.45＋32.86＋26.37＋28.14＋19.93＋22.38＝170.75万亩，与合计行168.75万亩'
                         '及正文“落实管护森林草原面积168.75万亩”（人均1,365.3亩＝168.75万亩÷1,236人）不符；按30.86万亩'
                         '计算恰好相等。分项之和与合计不符。（改动处：表2“大箐乡”管护面积原文为“30.86”，现为“32.86”。）'),
    ],
}


def apply(blocks, op):
    if op[0] == 'replace':
        return replace_once(blocks, op[1], op[2])
    return set_cell(blocks, op[1], op[2], op[3], op[4], op[5])


def regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    regs = [(i1, i2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != 'equal']
    merged = []
    for r in regs:
        if merged and r[0] - merged[-1][1] < 6:
            merged[-1] = (merged[-1][0], r[1])
        else:
            merged.append(r)
    return merged


def render_read(blocks, path, kw):
    lk30.render(blocks, path, **kw)
    t = lk30.read(path)
    plain = lk30.read_pdf_plain(path) if path.endswith('.pdf') else None
    return t, plain


def main():
    os.makedirs(ERR, exist_ok=True)
    os.makedirs(SCRATCH, exist_ok=True)
    offsets = {}
    kinds = set()
    for gname, plants in PLANTS.items():
        g = importlib.import_module(gname)
        kw = {}
        if hasattr(g, 'CHROME'):
            kw['chrome'] = g.CHROME
        if g.NAME.endswith('.docx'):
            kw['author'] = g.NAME
        if g.NAME.endswith('.pdf'):
            kw['title'] = '关于2024年市级国有资本经营预算执行情况的说明'
        if g.NAME.endswith('.docx'):
            kw['author'] = {'t04': '滇桐县林业和草原局', 't06': '潍岑市民政局'}[g.NAME[:3]]
        blocks, _ = g.build()
        cpath = os.path.join(SCRATCH, 'clean_' + g.NAME)
        ct, cplain = render_read(blocks, cpath, kw)
        # the clean re-render equals the corpus file's text
        chk(f'{g.NAME}: clean re-render text == corpus file text', ct == lk30.read(os.path.join(ROOT, g.NAME)))
        cn = nows(ct)
        edited = blocks
        for i, p in enumerate(plants):
            edited = apply(edited, p['op'])
            single = apply(blocks, p['op'])
            spath = os.path.join(SCRATCH, f'single{i + 1}_' + g.NAME)
            st, _ = render_read(single, spath, kw)
            src = (lambda x: nows(x)) if p['on'] == 'nows' else (lambda x: x)
            chk(f"{g.NAME} #{i + 1} {p['kind']}: relation holds on clean", p['rel'](src(ct)))
            chk(f"{g.NAME} #{i + 1} {p['kind']}: relation fails with this plant alone", not p['rel'](src(st)))
            for j, p2 in enumerate(plants):
                if j != i:
                    src2 = (lambda x: nows(x)) if p2['on'] == 'nows' else (lambda x: x)
                    chk(f"{g.NAME} #{i + 1} alone leaves relation #{j + 1} intact", p2['rel'](src2(st)))
            chk(f"{g.NAME} #{i + 1}: single plant changes exactly one region", len(regions(cn, nows(st))) == 1)
            kinds.add(p['kind'])
        epath = os.path.join(ERR, g.NAME)
        et, eplain = render_read(edited, epath, kw)
        en = nows(et)
        chk(f'{g.NAME}: copy differs from clean in exactly 3 regions (got {len(regions(cn, en))})',
            len(regions(cn, en)) == 3)
        chk(f'{g.NAME}: copy keeps >= 1,000 Han characters ({lk30.han_count(et)})', lk30.han_count(et) >= 1000)
        exp = []
        for i, p in enumerate(plants):
            src = (lambda x: nows(x)) if p['on'] == 'nows' else (lambda x: x)
            chk(f"{g.NAME} #{i + 1}: relation fails on the copy", not p['rel'](src(et)))
            planted_new = p['op'][2] if p['op'][0] == 'replace' else p['op'][5]
            if p['op'][0] == 'replace':
                chk(f"{g.NAME} #{i + 1}: planted text absent from clean", nows(planted_new) not in cn)
            for e in p['evidence']:
                ne = nows(e)
                chk(f"{g.NAME} #{i + 1}: evidence {e!r} occurs exactly once in the copy (no whitespace)",
                    en.count(ne) == 1)
                if not g.NAME.endswith('.pdf'):
                    chk(f"{g.NAME} #{i + 1}: evidence {e!r} verbatim in visible text", e in et)
                else:
                    chk(f"{g.NAME} #{i + 1}: evidence {e!r} once in pdfminer extract_text (no whitespace)",
                        nows(eplain).count(ne) == 1)
                    chk(f"{g.NAME} #{i + 1}: evidence {e!r} on one printed line",
                        sum(nows(ln).count(ne) for ln in eplain.splitlines()) == 1)
            e0 = p['evidence'][0]
            off = {'evidence': e0, 'offset_reader_text': et.find(e0) if e0 in et else None,
                   'offset_nows': en.find(nows(e0))}
            if eplain is not None:
                off['offset_pdfminer_extract_text'] = eplain.find(e0)
                off['offset_pdfminer_extract_text_nows'] = nows(eplain).find(nows(e0))
            offsets.setdefault(g.NAME, []).append(off)
            exp.append({'kind': p['kind'], 'family': p['family'], 'evidence': p['evidence'],
                        'explanation': p['explanation']})
        with open(os.path.join(ERR, os.path.splitext(g.NAME)[0] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
    chk(f'9 different kinds ({len(kinds)})', len(kinds) == 9)
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    with open(os.path.join(HERE, 'logs', 'evidence_offsets.json'), 'w', encoding='utf-8') as f:
        json.dump(offsets, f, ensure_ascii=False, indent=1)
        f.write('\n')
    LOG.append(f'{NCHK[0]} checks, {NCHK[1]} failed')
    with open(os.path.join(HERE, 'logs', 'verify_errors.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(LOG) + '\n')
    print('\n'.join(LOG))
    return NCHK[1] == 0


if __name__ == '__main__':
    sys.exit(0 if main() else 1)
