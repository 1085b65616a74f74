# -*- coding: utf-8 -*-
"""heldout46 helper library (written from scratch for this set).

Decimal helpers, a ledger whose checks take number strings *as written*,
a small block model with replace_once / set_cell, four renderers
(txt-tab, txt-space, html, docx, pdf) and the matching readers.
"""
import html as _html
import io
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers

def D(s):
    return Decimal(str(s).replace(',', ''))


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, p):
    return Decimal(x).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)


def F(x, p=2):
    """thousands-separated, p places"""
    return format(q(D(x), p), ',.%df' % p)


def P(x, p=2):
    """plain, p places"""
    return format(q(D(x), p), '.%df' % p)


def I(x):
    return format(int(D(x)), ',d')


def pct(num, den, p=2, mul=100):
    return q(D(num) * D(mul) / D(den), p)


def same_fmt(like, value):
    """format value like the written string `like` (separators, places)"""
    p = places_of(like)
    return F(value, p) if ',' in like or abs(D(value)) >= 1000 and ',' in like else P(value, p)


NUM_RE = r'(?<![\d.,])%s(?![\d]|[.,]\d)'


def num_present(s, raw, flat):
    pat = NUM_RE % re.escape(s)
    return bool(re.search(pat, raw) or re.search(pat, flat))


def flat_of(text):
    return re.sub(r'\s+', '', text)


def cn_date(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)))


UP_WORDS = ('增加', '增长', '提高', '上升', '增幅', '提升', '多')
DOWN_WORDS = ('减少', '下降', '降低', '降幅', '少')

# ---------------------------------------------------------------- ledger

class Ledger:
    """Every check is (kind, desc, args) with args as written strings."""

    def __init__(self):
        self.checks = []

    def _add(self, kind, desc, **a):
        c = {'kind': kind, 'desc': desc, 'args': a}
        ok, detail = evaluate(c)
        if not ok:
            raise AssertionError('ledger check fails at build: %s %s' % (desc, detail))
        self.checks.append(c)

    # relations -------------------------------------------------------
    def sum(self, desc, total, parts):
        self._add('sum', desc, total=total, parts=list(parts))

    def diff(self, desc, res, a, b):
        self._add('diff', desc, res=res, a=a, b=b)

    def ratio(self, desc, res, num, den, mul='100', div='1'):
        self._add('ratio', desc, res=res, num=num, den=den, mul=mul, div=div)

    def prod(self, desc, res, a, b, div='1'):
        self._add('prod', desc, res=res, a=a, b=b, div=div)

    def growth(self, desc, cur, prev, delta=None, rate=None, words=(), phrase=None):
        self._add('growth', desc, cur=cur, prev=prev, delta=delta, rate=rate,
                  words=list(words), phrase=phrase)

    def pp(self, desc, cur, prev, delta, word, phrase=None):
        self._add('pp', desc, cur=cur, prev=prev, delta=delta, word=word, phrase=phrase)

    def count(self, desc, n, items):
        self._add('count', desc, n=n, items=list(items))

    def band(self, desc, score, grade, bands, phrase=None):
        self._add('band', desc, score=score, grade=grade, bands=[list(b) for b in bands], phrase=phrase)

    def dated(self, desc, date, after='2024年12月31日'):
        self._add('dated', desc, date=date, after=after)

    def le(self, desc, a, b):
        self._add('le', desc, a=a, b=b)

    def eq(self, desc, a, b):
        self._add('eq', desc, a=a, b=b)

    def extreme(self, desc, which, name, val, others):
        self._add('extreme', desc, which=which, name=name, val=val, others=list(others))

    def anchor(self, desc, s):
        self._add('anchor', desc, s=s)

    def same(self, desc, s, k):
        self._add('same', desc, s=s, k=k)


def numbers_of(c):
    a = c['args']
    k = c['kind']
    if k == 'sum':
        return [a['total']] + a['parts']
    if k == 'diff':
        return [a['res'], a['a'], a['b']]
    if k == 'ratio':
        return [a['res'], a['num'], a['den']]
    if k == 'prod':
        return [a['res'], a['a'], a['b']]
    if k == 'growth':
        return [x for x in (a['cur'], a['prev'], a['delta'], a['rate']) if x is not None]
    if k == 'pp':
        return [a['cur'], a['prev'], a['delta']]
    if k == 'count':
        return [a['n']]
    if k == 'band':
        return [a['score']]
    if k in ('le', 'eq'):
        return [a['a'], a['b']]
    if k == 'extreme':
        return [a['val']] + a['others']
    return []


def anchors_of(c):
    a = c['args']
    k = c['kind']
    if k == 'count':
        return a['items']
    if k == 'anchor':
        return [a['s']]
    if k in ('growth', 'pp', 'band') and a.get('phrase'):
        return [a['phrase']]
    if k == 'band':
        return [a['grade']]
    if k == 'dated':
        return [a['date']]
    if k == 'extreme':
        return [a['name']]
    return []


def evaluate(c, text=None):
    """(ok, detail) of one check; with text also the same-count is evaluated"""
    a = c['args']
    k = c['kind']
    if k == 'sum':
        s = sum((D(x) for x in a['parts']), Decimal(0))
        return s == D(a['total']), '%s = %s (%s)' % (' + '.join(a['parts']), a['total'], s)
    if k == 'diff':
        v = D(a['a']) - D(a['b'])
        return v == D(a['res']), '%s - %s = %s (%s)' % (a['a'], a['b'], a['res'], v)
    if k == 'ratio':
        v = q(D(a['num']) * D(a['mul']) / D(a['den']) / D(a['div']), places_of(a['res']))
        return v == D(a['res']), '%s x %s / %s / %s -> %s (written %s)' % (
            a['num'], a['mul'], a['den'], a['div'], v, a['res'])
    if k == 'prod':
        v = q(D(a['a']) * D(a['b']) / D(a['div']), places_of(a['res']))
        return v == D(a['res']), '%s x %s / %s -> %s (written %s)' % (a['a'], a['b'], a['div'], v, a['res'])
    if k == 'growth':
        cur, prev = D(a['cur']), D(a['prev'])
        ok = True
        det = []
        if a['delta'] is not None:
            ok &= abs(cur - prev) == D(a['delta'])
            det.append('|%s - %s| = %s' % (a['cur'], a['prev'], a['delta']))
        if a['rate'] is not None:
            r = q(abs(cur - prev) * 100 / prev, places_of(a['rate']))
            ok &= r == D(a['rate'])
            det.append('rate %s (written %s)' % (r, a['rate']))
        for w in a['words']:
            if cur > prev:
                ok &= w in UP_WORDS
            elif cur < prev:
                ok &= w in DOWN_WORDS
            det.append('word %s' % w)
        if a.get('phrase'):
            ok &= all(w in a['phrase'] for w in a['words'])
        return bool(ok), '; '.join(det)
    if k == 'pp':
        cur, prev = D(a['cur']), D(a['prev'])
        ok = abs(cur - prev) == D(a['delta'])
        ok &= (a['word'] in UP_WORDS) if cur > prev else (a['word'] in DOWN_WORDS)
        if a.get('phrase'):
            ok &= a['word'] in a['phrase'] and a['delta'] in a['phrase']
        return bool(ok), '%s vs %s: %s %s个百分点' % (a['cur'], a['prev'], a['word'], a['delta'])
    if k == 'count':
        return D(a['n']) == len(a['items']), '%s vs %d listed: %s' % (a['n'], len(a['items']), '、'.join(a['items']))
    if k == 'band':
        sc = D(a['score'])
        want = None
        for lo, word in a['bands']:
            if sc >= D(lo):
                want = word
                break
        ok = want == a['grade']
        if a.get('phrase'):
            ok &= a['grade'] in a['phrase']
        return ok, '%s -> %s (written %s)' % (a['score'], want, a['grade'])
    if k == 'dated':
        return cn_date(a['date']) > cn_date(a['after']), '%s after %s' % (a['date'], a['after'])
    if k == 'le':
        return D(a['a']) <= D(a['b']), '%s <= %s' % (a['a'], a['b'])
    if k == 'eq':
        return D(a['a']) == D(a['b']), '%s == %s' % (a['a'], a['b'])
    if k == 'extreme':
        v = D(a['val'])
        o = [D(x) for x in a['others']]
        ok = all(v >= x for x in o) if a['which'] == 'max' else all(v <= x for x in o)
        return ok, '%s %s %s among %s' % (a['name'], a['which'], a['val'], ', '.join(a['others']))
    if k == 'anchor':
        if text is None:
            return True, a['s']
        return a['s'] in text or a['s'] in flat_of(text), a['s']
    if k == 'same':
        if text is None:
            return True, a['s']
        pat = NUM_RE % re.escape(a['s'])
        n = max(len(re.findall(pat, text)), len(re.findall(pat, flat_of(text))))
        return n >= a['k'], '%s written %d times (>= %d)' % (a['s'], n, a['k'])
    raise ValueError(k)


def prove(ledger, text, checks=None):
    """re-evaluate every check on a read-back text; returns rows"""
    checks = ledger.checks if checks is None else checks
    raw, flat = text, flat_of(text)
    rows = []
    seen_num, seen_anchor = [], []
    for c in checks:
        ok, det = evaluate(c, text)
        rows.append({'desc': c['desc'], 'ok': bool(ok), 'detail': det})
        for n in numbers_of(c):
            if n not in seen_num:
                seen_num.append(n)
        for s in anchors_of(c):
            if s not in seen_anchor and c['kind'] != 'anchor':
                seen_anchor.append(s)
    for n in seen_num:
        rows.append({'desc': 'read-back: %s' % n, 'ok': num_present(n, raw, flat), 'detail': n})
    for s in seen_anchor:
        rows.append({'desc': 'anchor: %s' % s, 'ok': (s in raw or flat_of(s) in flat), 'detail': s})
    return rows

# ---------------------------------------------------------------- block model

class Doc:
    def __init__(self):
        self.blocks = []

    def add(self, t, text=None, **kw):
        b = {'t': t}
        if text is not None:
            b['text'] = text
        b.update(kw)
        self.blocks.append(b)
        return b

    def title(self, s): self.add('title', s)
    def sub(self, s): self.add('sub', s)
    def h(self, s): self.add('h', s)
    def p(self, s): self.add('p', s)
    def unit(self, s): self.add('unit', s)
    def cap(self, s): self.add('cap', s)
    def sign(self, *lines): self.add('sign', lines=list(lines))

    def table(self, name, rows, widths=None):
        self.add('table', name=name, rows=[list(r) for r in rows], widths=widths)

    def texts(self):
        for b in self.blocks:
            if 'text' in b:
                yield b['text']
            elif b['t'] == 'sign':
                for l in b['lines']:
                    yield l
            elif b['t'] == 'table':
                for r in b['rows']:
                    for c in r:
                        yield c


def copy_doc(doc):
    import copy
    return copy.deepcopy(doc)


def replace_once(doc, old, new):
    n = sum(t.count(old) for t in doc.texts())
    assert n == 1, 'replace_once: %r occurs %d times' % (old, n)
    for b in doc.blocks:
        if 'text' in b and old in b['text']:
            b['text'] = b['text'].replace(old, new)
        elif b['t'] == 'sign':
            b['lines'] = [l.replace(old, new) for l in b['lines']]
        elif b['t'] == 'table':
            b['rows'] = [[c.replace(old, new) for c in r] for r in b['rows']]


def set_cell(doc, name, r, c, old, new):
    for b in doc.blocks:
        if b['t'] == 'table' and b['name'] == name:
            assert b['rows'][r][c] == old, (b['rows'][r][c], old)
            b['rows'][r][c] = new
            return
    raise KeyError(name)

# ---------------------------------------------------------------- txt

def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WFA' else 1 for ch in s)


def is_num(s):
    return bool(re.fullmatch(r'-?[\d,]+(\.\d+)?%?|—|－', s))


def render_txt(doc, style='tab'):
    out = []
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            out.append(b['text'])
            out.append('')
        elif t == 'sub':
            out.append(b['text'])
            out.append('')
        elif t == 'h':
            out.append(b['text'])
        elif t == 'p':
            out.append('　　' + b['text'])
        elif t in ('unit', 'cap'):
            out.append(b['text'])
        elif t == 'sign':
            out.append('')
            out.extend(b['lines'])
        elif t == 'table':
            rows = b['rows']
            if style == 'tab':
                for r in rows:
                    out.append('\t'.join(r))
            else:
                ncol = len(rows[0])
                w = [max(dwidth(r[i]) for r in rows) for i in range(ncol)]
                total = sum(w) + 3 * (ncol - 1)
                out.append('=' * total)
                for ri, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        pad = ' ' * (w[i] - dwidth(c))
                        if i > 0 and ri > 0 and is_num(c):
                            cells.append(pad + c)
                        else:
                            cells.append(c + pad)
                    out.append('   '.join(cells).rstrip())
                    if ri == 0:
                        out.append('-' * total)
                out.append('=' * total)
            out.append('')
    return ('\n'.join(out).rstrip('\n') + '\n').encode('utf-8')


def read_txt(data):
    return data.decode('utf-8')

# ---------------------------------------------------------------- html

def render_html(doc, chrome):
    e = _html.escape
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % e(chrome['page_title']),
         '<style>body{font-family:"SimSun",serif;margin:0;background:#f3f3f3}'
         '.top{background:#8c1a1a;color:#fff;padding:10px 40px;font-size:22px}'
         '.nav{background:#a82828;padding:6px 40px}.nav a{color:#fff;text-decoration:none;margin-right:6px}'
         '.crumb{padding:8px 40px;font-size:13px;color:#555}'
         '.box{background:#fff;margin:0 40px;padding:20px 50px}'
         'h1{text-align:center;font-size:21px}.meta{text-align:center;color:#777;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}'
         'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #555;padding:3px 8px;font-size:14px}'
         '.r{text-align:right}.sign{text-align:right}.foot{text-align:center;color:#666;font-size:12px;padding:16px}</style>',
         '</head>', '<body>',
         '<div class="top">%s</div>' % e(chrome['site']),
         '<div class="nav">%s</div>' % ' | '.join('<a href="#">%s</a>' % e(x) for x in chrome['nav']),
         '<div class="crumb">当前位置：%s</div>' % ' &gt; '.join(e(x) for x in chrome['crumb']),
         '<div class="box">']
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % e(b['text']))
        elif t == 'sub':
            h.append('<div class="meta">%s</div>' % e(b['text']))
        elif t == 'h':
            h.append('<p><strong>%s</strong></p>' % e(b['text']))
        elif t == 'p':
            h.append('<p>　　%s</p>' % e(b['text']))
        elif t in ('unit', 'cap'):
            h.append('<p style="text-align:center">%s</p>' % e(b['text']))
        elif t == 'sign':
            for l in b['lines']:
                h.append('<p class="sign">%s</p>' % e(l))
        elif t == 'table':
            h.append('<table>')
            for ri, r in enumerate(b['rows']):
                tag = 'th' if ri == 0 else 'td'
                cells = []
                for ci, c in enumerate(r):
                    cls = ' class="r"' if ri > 0 and ci > 0 and is_num(c) else ''
                    cells.append('<%s%s>%s</%s>' % (tag, cls, e(c), tag))
                h.append('<tr>%s</tr>' % ''.join(cells))
            h.append('</table>')
    h += ['</div>', '<div class="foot">%s</div>' % e(chrome['footer']), '</body>', '</html>']
    return ('\n'.join(h) + '\n').encode('utf-8')


class _HTMLText(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'tr', 'table', 'br', 'li'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag in ('td', 'th'):
            self.row.append(''.join(self.cell).strip())
            self.cell = None
        elif tag == 'tr':
            self.out.append('\n|' + '|'.join(self.row) + '\n')
            self.row = None
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def read_html(data):
    p = _HTMLText()
    p.feed(data.decode('utf-8'))
    t = ''.join(p.out)
    lines = [l.strip() for l in t.split('\n')]
    return '\n'.join(l for l in lines if l) + '\n'

# ---------------------------------------------------------------- docx

def render_docx(doc, meta):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    import datetime
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋')
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(b['text'])
            r.bold = True
            r.font.size = Pt(16)
        elif t in ('sub', 'unit', 'cap'):
            para = d.add_paragraph(b['text'])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER if t != 'unit' else WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'h':
            para = d.add_paragraph()
            r = para.add_run(b['text'])
            r.bold = True
        elif t == 'p':
            para = d.add_paragraph(b['text'])
            para.paragraph_format.first_line_indent = Pt(22)
        elif t == 'sign':
            for l in b['lines']:
                para = d.add_paragraph(l)
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            rows = b['rows']
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = tb.cell(ri, ci)
                    cell.text = c
                    if ri > 0 and ci > 0 and is_num(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if ri == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = meta.get('author', '')
    cp.last_modified_by = meta.get('author', '')
    cp.title = meta.get('title', '')
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def read_docx(data):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'):
            t = ''.join(x.text or '' for x in el.iter(qn('w:t')))
            if t.strip():
                out.append(t)
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells = []
                for tc in tr.iter(qn('w:tc')):
                    cells.append(''.join(x.text or '' for x in tc.iter(qn('w:t'))))
                out.append('|' + '|'.join(cells))
    return '\n'.join(out) + '\n'

# ---------------------------------------------------------------- pdf

def render_pdf(doc, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK',
                          firstLineIndent=21)
    ttl = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    rgt = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    hed = ParagraphStyle('h', parent=base, firstLineIndent=0, fontSize=11)
    cel = ParagraphStyle('cell', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    celr = ParagraphStyle('cellr', parent=cel, alignment=TA_RIGHT)
    e = _html.escape
    story = []
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            story += [Paragraph(e(b['text']), ttl), Spacer(1, 4)]
        elif t == 'sub':
            story.append(Paragraph(e(b['text']), cen))
        elif t == 'h':
            story.append(Paragraph('<b>%s</b>' % e(b['text']), hed))
        elif t == 'p':
            story.append(Paragraph(e(b['text']), base))
        elif t in ('unit', 'cap'):
            story.append(Paragraph(e(b['text']), cen))
        elif t == 'sign':
            story.append(Spacer(1, 8))
            for l in b['lines']:
                story.append(Paragraph(e(l), rgt))
        elif t == 'table':
            rows = b['rows']
            data = [[Paragraph(e(c), celr if (ri > 0 and ci > 0 and is_num(c)) else cel)
                     for ci, c in enumerate(r)] for ri, r in enumerate(rows)]
            widths = [w * mm for w in b['widths']] if b.get('widths') else None
            tb = Table(data, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [Spacer(1, 3), tb, Spacer(1, 3)]
    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=20 * mm, title=meta.get('title', ''),
                           author=meta.get('author', ''), invariant=1)
    sd.build(story)
    return buf.getvalue()


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))

# ---------------------------------------------------------------- dispatch

def render(doc, meta):
    f = meta['format']
    if f == 'txt-tab':
        return render_txt(doc, 'tab')
    if f == 'txt-space':
        return render_txt(doc, 'space')
    if f == 'html':
        return render_html(doc, meta['chrome'])
    if f == 'docx':
        return render_docx(doc, meta)
    if f == 'pdf':
        return render_pdf(doc, meta)
    raise ValueError(f)


def read_back(data, fmt):
    if fmt.startswith('txt'):
        return read_txt(data)
    if fmt == 'html':
        return read_html(data)
    if fmt == 'docx':
        return read_docx(data)
    if fmt == 'pdf':
        return read_pdf(data)
    raise ValueError(fmt)


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')
