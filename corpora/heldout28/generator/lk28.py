# -*- coding: utf-8 -*-
"""lk28 -- helpers for the heldout28 generators.

Decimal arithmetic (ROUND_HALF_UP at the written precision), a Ledger of relations
whose numbers are kept as the strings that are written in the report, a small block
content model, renderers for txt / html / docx / pdf, readers that read the rendered
file back, and model edits used to plant errors.
"""
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40

# ---------------------------------------------------------------- numbers

FW_MAP = {ord(c): ord('0') + i for i, c in enumerate('０１２３４５６７８９')}
FW_MAP.update({ord('．'): ord('.'), ord('％'): ord('%'), ord('－'): ord('-'), ord('＋'): ord('+'),
               ord('−'): ord('-')})


def norm_digits(s):
    """full-width digits / point / percent and the minus sign to ASCII"""
    return s.translate(FW_MAP)


def to_fullwidth(s):
    out = []
    for ch in s:
        if '0' <= ch <= '9':
            out.append(chr(ord('０') + ord(ch) - ord('0')))
        elif ch == '%':
            out.append('％')
        else:
            out.append(ch)
    s = ''.join(out)
    s = re.sub(r'-(?=[０-９])', '－', s)
    # decimal point between two (full-width) digits
    return re.sub(r'(?<=[０-９])\.(?=[０-９])', '．', s)


def D(s):
    """Decimal from a written number: '6,397.34', '97.83%', '-4.18', '＋３．２'"""
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return Decimal(s)
    t = norm_digits(str(s)).replace(',', '').replace('%', '').replace('‰', '').strip()
    t = t.lstrip('+')
    return Decimal(t)


def places(s):
    t = norm_digits(str(s)).replace(',', '').replace('%', '').replace('‰', '')
    return len(t.split('.')[1]) if '.' in t else 0


def q(x, p):
    return D(x).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)


def F(x, p=2, comma=True, sign=False):
    """format a Decimal at p places, ROUND_HALF_UP, optional thousands separators"""
    v = q(x, p)
    neg = v < 0
    a = abs(v)
    txt = f'{a:,.{p}f}' if comma else f'{a:.{p}f}'
    if neg:
        return '-' + txt
    if sign and v > 0:
        return '+' + txt
    return txt


def bare(s):
    """the visible token of a written number: no sign, no %"""
    t = str(s).replace('%', '').replace('‰', '')
    return t.lstrip('+-−')


# ---------------------------------------------------------------- dates

CN_DIGIT = {'〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
            '八': 8, '九': 9}


def cn_small(t):
    """'十' '十二' '二十三' '三十一' -> int"""
    if t == '十':
        return 10
    if '十' in t:
        a, b = t.split('十')
        return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    return CN_DIGIT[t]


def cn_date(y, m, d=None):
    ys = ''.join('〇一二三四五六七八九'[int(c)] for c in str(y))

    def small(n):
        if n < 10:
            return '〇一二三四五六七八九'[n]
        if n == 10:
            return '十'
        if n < 20:
            return '十' + '〇一二三四五六七八九'[n - 10]
        return '〇一二三四五六七八九'[n // 10] + '十' + ('' if n % 10 == 0 else '〇一二三四五六七八九'[n % 10])
    s = f'{ys}年{small(m)}月'
    if d is not None:
        s += f'{small(d)}日'
    return s


def parse_date(s):
    s = norm_digits(s)
    m = re.search(r'(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?', s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    m = re.search(r'([〇○零一二三四五六七八九]{4})年([十一二三四五六七八九]{1,2})月(?:([十一二三四五六七八九]{1,3})日)?', s)
    if m:
        y = int(''.join(str(CN_DIGIT[c]) for c in m.group(1)))
        return y, cn_small(m.group(2)), (cn_small(m.group(3)) if m.group(3) else 0)
    raise ValueError('no date in ' + s)


# ---------------------------------------------------------------- ledger

class CheckFailed(Exception):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.numbers = []   # (desc, token)
        self.anchors = []

    # -- bookkeeping
    def _add(self, desc, ok, detail, nums):
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
        for n in nums:
            self.numbers.append((desc, bare(n)))
        if not ok:
            raise CheckFailed(f'{self.report}: {desc}: {detail}')

    def fact(self, k, v):
        self.facts[k] = v

    # -- relations (all inputs are the strings as written)
    def sum(self, desc, total, parts, implicit_total=False):
        """implicit_total: the total (e.g. 100.00 for shares) is not written in the report"""
        s = sum(D(p) for p in parts)
        ok = q(s, places(total)) == D(total)
        self._add(desc, ok, f'{total} =? ' + ' + '.join(parts) + f' (= {s})' + (' [total implicit]' if implicit_total
                                                                                 else ''),
                  ([] if implicit_total else [total]) + list(parts))

    def diff(self, desc, result, a, b):
        s = D(a) - D(b)
        ok = q(s, places(result)) == D(result)
        self._add(desc, ok, f'{result} =? {a} - {b} (= {s})', [result, a, b])

    def signed_sum(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        ok = q(s, places(total)) == D(total)
        self._add(desc, ok, f'{total} =? ' + ' + '.join(plus) + ''.join(' - ' + m for m in minus) + f' (= {s})',
                  [total] + list(plus) + list(minus))

    def rate(self, desc, pct, num, den, scale=100, mult=1):
        """pct =? num * mult / den * scale"""
        v = D(num) * D(mult) / D(den) * scale
        ok = q(v, places(pct)) == D(pct)
        extra = f' x {mult}' if mult != 1 else ''
        self._add(desc, ok, f'{pct} =? {num}{extra} / {den} x {scale} (= {q(v, 6)})', [pct, num, den])

    def growth(self, desc, pct, cur, prev, word=None):
        """signed growth rate; word '增长'/'下降'/'增加'/'减少' (if written) must match the sign"""
        v = (D(cur) - D(prev)) / D(prev) * 100
        written = D(pct)
        if word in ('下降', '减少', '降低'):
            written = -abs(written)
        ok = q(v, places(pct)) == written
        if word is not None:
            ok = ok and ((v > 0) == (word in ('增长', '增加', '提高', '上升')))
        self._add(desc, ok, f'{word or ""} {pct} =? ({cur} - {prev}) / {prev} (= {q(v, 4)}%)', [pct, cur, prev])

    def pp(self, desc, pts, a, b, word=None):
        """percentage-point change a - b"""
        v = D(a) - D(b)
        written = D(pts)
        if word in ('下降', '降低', '减少'):
            written = -abs(written)
        ok = q(v, places(pts)) == written
        self._add(desc, ok, f'{word or ""} {pts} pt =? {a} - {b} (= {v})', [pts, a, b])

    def prod(self, desc, result, factors, div=1):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        ok = q(v, places(result)) == D(result)
        self._add(desc, ok, f'{result} =? ' + ' x '.join(factors) + (f' / {div}' if div != 1 else '') + f' (= {v})',
                  [result] + list(factors))

    def quot(self, desc, result, num, den, mult=1):
        v = D(num) * D(mult) / D(den)
        ok = q(v, places(result)) == D(result)
        self._add(desc, ok, f'{result} =? {num}' + (f' x {mult}' if mult != 1 else '') + f' / {den} (= {q(v, 6)})',
                  [result, num, den])

    def conv(self, desc, small, big, factor=10000):
        """big (e.g. 亿元) = small (e.g. 万元) / factor, rounded at big's precision"""
        v = D(small) / factor
        ok = q(v, places(big)) == D(big)
        self._add(desc, ok, f'{big} =? {small} / {factor} (= {v})', [small, big])

    def same(self, desc, a, b):
        ok = D(a) == D(b)
        self._add(desc, ok, f'{a} == {b}', [a, b])

    def le(self, desc, a, b):
        ok = D(a) <= D(b)
        self._add(desc, ok, f'{a} <= {b}', [a, b])

    def dated(self, desc, date_text, period_end):
        d = parse_date(date_text)
        ok = d > tuple(period_end)
        self._add(desc, ok, f'{date_text} {d} > period end {tuple(period_end)}', [])
        self.anchors.append(date_text)

    def docno(self, desc, docno, date_text):
        y = int(re.search(r'〔(\d{4})〕', docno).group(1))
        dy = parse_date(date_text)[0]
        ok = y <= dy
        self._add(desc, ok, f'{docno} year {y} <= {date_text} year {dy}', [])
        self.anchors.append(docno)

    def anchor(self, text):
        self.anchors.append(text)

    # -- read-back proof
    def prove(self, visible):
        raw = norm_digits(visible)
        nows = re.sub(r'\s+', '', raw)
        coll = re.sub(r'[ \t\u3000]+', ' ', raw)
        missing, only_nows = [], []
        seen = set()
        for desc, tok in self.numbers:
            if (desc, tok) in seen:
                continue
            seen.add((desc, tok))
            pat = re.compile(r'(?<![\d.,])' + re.escape(tok) + r'(?![\d]|[.,]\d)')
            if pat.search(raw) or pat.search(coll):
                continue
            if pat.search(nows):
                only_nows.append(tok)
                continue
            missing.append((desc, tok))
        amiss = [a for a in self.anchors if re.sub(r'\s+', '', norm_digits(a)) not in nows]
        ok = not missing and not amiss
        n_nums = len({t for _, t in self.numbers})
        detail = f'{n_nums} numbers, {len(self.anchors)} anchors found'
        if only_nows:
            detail += f'; {len(only_nows)} only in the whitespace-free text: ' + ', '.join(sorted(set(only_nows)))
        if not ok:
            detail = f'missing numbers {missing[:10]} anchors {amiss}'
        self.checks.append({'desc': 'prove: every number of every relation and every anchor is visible in the '
                                    'rendered file', 'ok': ok, 'detail': detail})
        if not ok:
            raise CheckFailed(f'{self.report}: {detail}')
        return only_nows

    def dump(self, path):
        out = {'report': self.report, 'facts': self.facts, 'checks': self.checks,
               'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ---------------------------------------------------------------- content model
# a model is a list of blocks: (KIND, payload)
#   TITLE / SUB / H1 / H2 / P / NOTE / RIGHT / PRE : str
#   TABLE : dict(id, caption, unit, header=[[...]], rows=[[...]], widths=[...], align=[...])


def T(tid, caption, unit, header, rows, widths=None, align=None):
    return ('TABLE', {'id': tid, 'caption': caption, 'unit': unit, 'header': header, 'rows': rows,
                      'widths': widths, 'align': align})


def model_texts(model):
    for i, (k, v) in enumerate(model):
        if k == 'TABLE':
            for part in ('caption', 'unit'):
                if v.get(part):
                    yield (i, part, None, None), v[part]
            for hi, row in enumerate(v['header']):
                for ci, c in enumerate(row):
                    yield (i, 'header', hi, ci), c
            for ri, row in enumerate(v['rows']):
                for ci, c in enumerate(row):
                    yield (i, 'rows', ri, ci), c
        else:
            yield (i, None, None, None), v


def replace_once(model, old, new):
    hits = [(loc, t) for loc, t in model_texts(model) if old in t]
    n = sum(t.count(old) for _, t in hits)
    assert n == 1, f'{old!r} occurs {n} times in the model'
    (i, part, a, b), t = hits[0]
    t2 = t.replace(old, new)
    if part is None:
        model[i] = (model[i][0], t2)
    elif a is None:
        model[i][1][part] = t2
    else:
        model[i][1][part][a][b] = t2


def set_cell(model, tid, row_label, col, old, new):
    for k, v in model:
        if k == 'TABLE' and v['id'] == tid:
            rows = [r for r in v['rows'] if r[0] == row_label]
            assert len(rows) == 1, f'row {row_label!r} found {len(rows)} times'
            assert rows[0][col] == old, f'cell is {rows[0][col]!r}, not {old!r}'
            rows[0][col] = new
            return
    raise KeyError(tid)


def copy_model(model):
    import copy
    return copy.deepcopy(model)


# ---------------------------------------------------------------- txt

def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def pad(s, w, align='l'):
    gap = max(0, w - dwidth(s))
    if align == 'r':
        return ' ' * gap + s
    if align == 'c':
        return ' ' * (gap // 2) + s + ' ' * (gap - gap // 2)
    return s + ' ' * gap


def render_txt(model, path, fullwidth=False, width=72):
    lines = []

    def fw(s):
        return to_fullwidth(s) if fullwidth else s
    for k, v in model:
        if k == 'TITLE':
            lines.append(pad(fw(v), width, 'c').rstrip())
        elif k == 'SUB':
            lines.append(pad(fw(v), width, 'c').rstrip())
            lines.append('')
        elif k == 'H1':
            lines += ['', fw(v)]
        elif k == 'H2':
            lines.append(fw(v))
        elif k == 'P':
            lines.append('　　' + fw(v))
        elif k == 'NOTE':
            lines.append('　　' + fw(v))
        elif k == 'RIGHT':
            lines.append(pad(fw(v), width, 'r'))
        elif k == 'PRE':
            lines.append(fw(v))
        elif k == 'TABLE':
            rows = [[fw(c) for c in r] for r in v['header'] + v['rows']]
            ncol = max(len(r) for r in rows)
            ws = [max(dwidth(r[c]) for r in rows if c < len(r)) for c in range(ncol)]
            align = v.get('align') or (['l'] + ['r'] * (ncol - 1))
            total = sum(ws) + 2 * (ncol - 1)
            lines.append('')
            lines.append(pad(fw(v['caption']), total, 'c').rstrip())
            if v.get('unit'):
                lines.append(pad(fw(v['unit']), total, 'r'))
            lines.append('─' * (total // 2 + 1))
            nh = len(v['header'])
            for ri, r in enumerate(rows):
                cells = [pad(r[c], ws[c], 'l' if ri < nh and c == 0 else (align[c] if ri >= nh else 'c'))
                         for c in range(len(r))]
                lines.append('  '.join(cells).rstrip())
                if ri == nh - 1:
                    lines.append('─' * (total // 2 + 1))
            lines.append('─' * (total // 2 + 1))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def read_txt(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


# ---------------------------------------------------------------- html

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, path, chrome):
    """chrome: dict(site, nav=[...], crumbs=[...], source, date, views, footer=[...])"""
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(chrome["page_title"])}</title>',
         '<style>body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f3f5f8}'
         '.hd{background:#0b4f8a;color:#fff;padding:14px 40px;font-size:22px}'
         '.nav{background:#1667ad;padding:6px 40px}.nav a{color:#fff;margin-right:18px;text-decoration:none}'
         '.crumb{padding:10px 40px;color:#666;font-size:13px}'
         '.main{background:#fff;margin:0 40px;padding:24px 60px}'
         'h1{text-align:center;font-size:22px}.info{text-align:center;color:#888;font-size:13px;'
         'border-bottom:1px solid #ddd;padding-bottom:10px}'
         '.art p{text-indent:2em;line-height:1.9;font-size:16px}.art h3{font-size:16px}'
         '.art table{border-collapse:collapse;margin:8px auto;font-size:14px}'
         '.art td,.art th{border:1px solid #555;padding:3px 8px}.art td.n{text-align:right}'
         '.cap{text-align:center;font-weight:bold;text-indent:0!important}.unit{text-align:right}'
         '.right{text-align:right}.ft{color:#666;font-size:12px;text-align:center;padding:20px}</style>',
         '</head>', '<body>',
         f'<div class="hd">{esc(chrome["site"])}</div>',
         '<div class="nav">' + ''.join(f'<a href="#">{esc(n)}</a>' for n in chrome['nav']) + '</div>',
         '<div class="crumb">当前位置：' + ' &gt; '.join(esc(c) for c in chrome['crumbs']) + '</div>',
         '<div class="main">']
    title_done = False
    o_art = []
    for k, v in model:
        if k == 'TITLE':
            o.append(f'<h1>{esc(v)}</h1>')
            if not title_done:
                o.append(f'<div class="info">信息来源：{esc(chrome["source"])}　　发布时间：{esc(chrome["date"])}'
                         f'　　浏览次数：{esc(chrome["views"])}　　【字体：大 中 小】</div>')
                o.append('<div class="art">')
                title_done = True
        elif k == 'SUB':
            o.append(f'<p class="cap">{esc(v)}</p>')
        elif k == 'H1':
            o.append(f'<h3>{esc(v)}</h3>')
        elif k == 'H2':
            o.append(f'<p><strong>{esc(v)}</strong></p>')
        elif k in ('P', 'NOTE', 'PRE'):
            o.append(f'<p>{esc(v)}</p>')
        elif k == 'RIGHT':
            o.append(f'<p class="right">{esc(v)}</p>')
        elif k == 'TABLE':
            o.append(f'<p class="cap">{esc(v["caption"])}</p>')
            if v.get('unit'):
                o.append(f'<p class="unit">{esc(v["unit"])}</p>')
            o.append('<table>')
            for r in v['header']:
                o.append('<tr>' + ''.join(f'<th>{esc(c)}</th>' for c in r) + '</tr>')
            for r in v['rows']:
                o.append('<tr>' + ''.join(
                    ('<td class="n">' if ci else '<td>') + esc(c) + '</td>' for ci, c in enumerate(r)) + '</tr>')
            o.append('</table>')
    o.append('</div>')  # art
    o.append('<div class="share">分享到：微信 微博　　【打印本页】【关闭窗口】</div>')
    o.append('</div>')  # main
    o.append('<div class="ft">' + '<br>'.join(esc(x) for x in chrome['footer']) + '</div>')
    o += ['</body>', '</html>']
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(o) + '\n')


def read_html(path):
    import html as _h
    s = read_txt(path)
    s = re.sub(r'(?is)<(script|style|title)[^>]*>.*?</\1>', '', s)
    s = re.sub(r'(?i)<tr[^>]*>', '\n', s)
    s = re.sub(r'(?i)<t[dh][^>]*>', '|', s)
    s = re.sub(r'(?i)</(p|div|h\d|tr|table)>|<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = _h.unescape(s)
    s = re.sub(r'[ \t]*\n[ \t\n]*', '\n', s)
    return s.strip() + '\n'


# ---------------------------------------------------------------- docx

def _set_font(run, size=None, bold=False, east='宋体'):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render_docx(model, path, author='办公室'):
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.5), Cm(2.5)
    for k, v in model:
        if k == 'TITLE':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(v), 20, True, '方正小标宋简体')
        elif k == 'SUB':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(v), 16, False, '楷体_GB2312')
        elif k == 'H1':
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _set_font(p.add_run(v), 16, False, '黑体')
        elif k == 'H2':
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _set_font(p.add_run(v), 16, True, '楷体_GB2312')
        elif k in ('P', 'NOTE', 'PRE'):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _set_font(p.add_run(v), 16 if k == 'P' else 12, False, '仿宋_GB2312')
        elif k == 'RIGHT':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(v), 16, False, '仿宋_GB2312')
        elif k == 'TABLE':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(v['caption']), 14, True, '黑体')
            if v.get('unit'):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _set_font(p.add_run(v['unit']), 10.5)
            rows = v['header'] + v['rows']
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    cell.text = ''
                    txt = r[ci] if ci < len(r) else ''
                    para = cell.paragraphs[0]
                    if ri < len(v['header']):
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif ci > 0:
                        al = v['align'][ci] if v.get('align') else 'r'
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT if al == 'r' else (
                            WD_ALIGN_PARAGRAPH.CENTER if al == 'c' else WD_ALIGN_PARAGRAPH.LEFT)
                    _set_font(para.add_run(txt), 10.5, ri < len(v['header']))
            if v.get('widths'):
                for ri in range(len(rows)):
                    for ci, w in enumerate(v['widths']):
                        t.cell(ri, ci).width = Cm(w)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ''
    buf = io.BytesIO()
    doc.save(buf)
    # re-write the zip with sorted entries and a fixed timestamp (byte-identical output)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def read_docx(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    out = []
    body = doc.element.body
    for el in body.iterchildren():
        if el.tag == qn('w:p'):
            out.append(''.join(t.text or '' for t in el.iter(qn('w:t'))))
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells = []
                for tc in tr.iter(qn('w:tc')):
                    cells.append(''.join(t.text or '' for t in tc.iter(qn('w:t'))))
                out.append('|' + '|'.join(cells))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- pdf

def render_pdf(model, path, title='', author=''):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    st = {
        'TITLE': ParagraphStyle('t', fontName=fn, fontSize=17, leading=26, alignment=TA_CENTER, spaceAfter=6),
        'SUB': ParagraphStyle('s', fontName=fn, fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=8),
        'H1': ParagraphStyle('h1', fontName=fn, fontSize=13, leading=20, spaceBefore=6, spaceAfter=2),
        'H2': ParagraphStyle('h2', fontName=fn, fontSize=11.5, leading=18, firstLineIndent=23),
        'P': ParagraphStyle('p', fontName=fn, fontSize=11, leading=18, firstLineIndent=22, wordWrap='CJK'),
        'NOTE': ParagraphStyle('n', fontName=fn, fontSize=9.5, leading=14, wordWrap='CJK'),
        'RIGHT': ParagraphStyle('r', fontName=fn, fontSize=11, leading=18, alignment=TA_RIGHT),
        'CAP': ParagraphStyle('c', fontName=fn, fontSize=11.5, leading=17, alignment=TA_CENTER, spaceBefore=6),
        'UNIT': ParagraphStyle('u', fontName=fn, fontSize=9, leading=12, alignment=TA_RIGHT),
        'CELL': ParagraphStyle('cl', fontName=fn, fontSize=9, leading=11.5, wordWrap='CJK'),
        'CELLR': ParagraphStyle('cr', fontName=fn, fontSize=9, leading=11.5, alignment=TA_RIGHT),
        'CELLC': ParagraphStyle('cc', fontName=fn, fontSize=9, leading=11.5, alignment=TA_CENTER, wordWrap='CJK'),
    }
    story = []
    for k, v in model:
        if k == 'TABLE':
            story.append(Paragraph(esc(v['caption']), st['CAP']))
            if v.get('unit'):
                story.append(Paragraph(esc(v['unit']), st['UNIT']))
            nh = len(v['header'])
            data = []
            for ri, r in enumerate(v['header'] + v['rows']):
                row = []
                for ci, c in enumerate(r):
                    s = st['CELLC'] if ri < nh else (st['CELL'] if ci == 0 or (v.get('align') and v['align'][ci] == 'l')
                                                     else st['CELLR'])
                    row.append(Paragraph(esc(c), s))
                data.append(row)
            widths = [w * cm for w in v['widths']] if v.get('widths') else None
            t = Table(data, colWidths=widths, repeatRows=nh)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
            story.append(t)
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(esc(v), st.get(k, st['P'])))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.5 * cm,
                            bottomMargin=2.3 * cm, title=title, author=author, creator='', producer='',
                            invariant=1)
    doc.build(story)


def read_pdf(path):
    """pdfminer.six text lines, re-assembled into rows by their vertical position (cells joined by '|')."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine, LAParams
    out = []
    for page in extract_pages(path, laparams=LAParams(line_margin=0.3, char_margin=1.0)):
        lines = []
        for el in page:
            if isinstance(el, LTTextContainer):
                for ln in el:
                    if isinstance(ln, LTTextLine):
                        t = ln.get_text().strip()
                        if t:
                            lines.append((round(ln.y0, 0), ln.x0, t))
        # group by y (tolerance 3pt)
        lines.sort(key=lambda x: (-x[0], x[1]))
        rows = []
        for y, x, t in lines:
            if rows and abs(rows[-1][0] - y) <= 3:
                rows[-1][1].append((x, t))
            else:
                rows.append([y, [(x, t)]])
        for y, cells in rows:
            cells.sort()
            if len(cells) == 1:
                out.append(cells[0][1])
            else:
                out.append('|' + '|'.join(c for _, c in cells))
    return '\n'.join(out) + '\n'


def read_any(path):
    ext = os.path.splitext(path)[1].lower()
    return {'.txt': read_txt, '.html': read_html, '.docx': read_docx, '.pdf': read_pdf}[ext](path)


def han_count(text):
    return sum(1 for c in text if '\u4e00' <= c <= '\u9fff')


def nonspace_count(text):
    return len(re.sub(r'\s+', '', text))


# ---------------------------------------------------------------- run

def run(build, render, outdir, name):
    """build() -> (model, ledger); render(model, path); read back; prove; dump ledger."""
    model, led = build()
    path = os.path.join(outdir, name)
    render(model, path)
    text = read_any(path)
    led.fact('han_chars', han_count(text))
    led.fact('chars_nonspace', nonspace_count(text))
    led.prove(text)
    assert han_count(text) >= 1500, f'{name}: only {han_count(text)} Han characters'
    led.dump(os.path.splitext(path)[0] + '.ledger.json')
    print(f'{name}: {len(led.checks)} checks ok, {han_count(text)} Han, {nonspace_count(text)} non-space')
    return model, led, text
