# -*- coding: utf-8 -*-
"""lib56: Decimal helpers, a fact-keyed Ledger, a block model, four renderers and
four readers for the heldout56 set.  Written from scratch for this set."""
import copy
import io
import json
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, str):
        return Decimal(x.replace(',', ''))
    return Decimal(str(x))


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separators, n decimals, half-up"""
    v = q(x, n)
    s = '{:,.%df}' % n
    return s.format(v)


def P(x, n=2):
    """plain (no separators), n decimals, half-up"""
    return str(q(x, n))


def I(x):
    return '{:,}'.format(int(D(x)))


def places(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def num(s):
    return D(s.replace(',', '').replace('−', '-'))


# ---------------------------------------------------------------- ledger
class Ledger:
    """Checks refer to facts by key; a fact is a number string exactly as written."""

    def __init__(self):
        self.facts = {}
        self.checks = []      # (kind, desc, args)
        self.anchors = []     # (desc, string)
        self.sames = []       # (desc, string, k)

    def f(self, key, s):
        if key in self.facts and self.facts[key] != s:
            raise ValueError('fact %s redefined %s vs %s' % (key, self.facts[key], s))
        self.facts[key] = s
        return s

    def add(self, kind, desc, **args):
        self.checks.append((kind, desc, args))
        ok, detail = evaluate(kind, args, self.facts)
        if not ok:
            raise AssertionError('check failed at build: %s %s' % (desc, detail))

    def anchor(self, desc, s):
        self.anchors.append((desc, s))

    def same(self, desc, s, k):
        self.sames.append((desc, s, k))

    # evaluate all arithmetic checks against a (possibly substituted) fact table
    def run(self, facts=None):
        facts = facts or self.facts
        return [(desc, *evaluate(kind, args, facts)) for kind, desc, args in self.checks]

    def keys_used(self):
        ks = set()
        for kind, desc, args in self.checks:
            for k, v in args.items():
                if k in ('items', 'bands', 'fy', 'scale', 'dir', 'grade', 'signs', 'phrase', 'mult'):
                    continue
                if isinstance(v, (list, tuple)):
                    ks.update(v)
                else:
                    ks.add(v)
        return ks


def _v(facts, k):
    return num(facts[k])


def evaluate(kind, a, facts):
    g = lambda k: _v(facts, k)
    s = lambda k: facts[k]
    if kind == 'sum':           # total = sum(parts)
        tot = sum(g(k) for k in a['parts'])
        return tot == g(a['total']), '%s=%s vs %s' % ('+'.join(s(k) for k in a['parts']), tot, s(a['total']))
    if kind == 'lin':           # result = sum(sign*mult*term)
        mult = a.get('mult', [1] * len(a['terms']))
        tot = sum(sg * D(mu) * g(k) for sg, mu, k in zip(a['signs'], mult, a['terms']))
        expr = ''.join(('+' if sg > 0 else '−') + s(k) for sg, k in zip(a['signs'], a['terms']))
        return tot == g(a['result']), '%s=%s vs %s' % (expr.lstrip('+'), tot, s(a['result']))
    if kind == 'ratio':         # r = num/den*scale at r's precision
        sc = D(a.get('scale', 100))
        val = g(a['num']) / g(a['den']) * sc
        r = s(a['r'])
        return q(val, places(r)) == num(r), '%s/%s*%s=%s vs %s' % (s(a['num']), s(a['den']), sc, q(val, places(r) + 2), r)
    if kind == 'prod':          # r = x*y*scale
        sc = D(a.get('scale', 1))
        val = g(a['x']) * g(a['y']) * sc
        r = s(a['r'])
        return q(val, places(r)) == num(r), '%s*%s*%s=%s vs %s' % (s(a['x']), s(a['y']), sc, val, r)
    if kind == 'conv':          # r = x*scale (unit conversion, half-up at r's precision)
        val = g(a['x']) * D(a['scale'])
        r = s(a['r'])
        return q(val, places(r)) == num(r), '%s*%s=%s vs %s' % (s(a['x']), a['scale'], val, r)
    if kind == 'growth':        # cur vs prev, amount, rate, direction
        cur, prev = g(a['cur']), g(a['prev'])
        d = cur - prev
        ok = (d > 0) == (a['dir'] == '增') and d != 0
        if 'amt' in a:
            ok = ok and abs(d) == g(a['amt'])
        if 'rate' in a:
            r = s(a['rate'])
            ok = ok and q(abs(d) / prev * 100, places(r)) == num(r)
        return ok, 'cur %s prev %s diff %s dir %s amt %s rate %s' % (
            s(a['cur']), s(a['prev']), d, a['dir'], s(a['amt']) if 'amt' in a else '-', s(a['rate']) if 'rate' in a else '-')
    if kind == 'pp':            # percentage-point change
        d = g(a['cur']) - g(a['prev'])
        ok = (d > 0) == (a['dir'] == '升') and abs(d) == g(a['delta'])
        return ok, '%s−%s=%s vs %s(%s)' % (s(a['cur']), s(a['prev']), d, s(a['delta']), a['dir'])
    if kind == 'count':
        return int(g(a['n'])) == len(a['items']), '%s vs %d items: %s' % (s(a['n']), len(a['items']), '、'.join(a['items']))
    if kind == 'dated':
        m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s(a['date']))
        y, mo, dd = map(int, m.groups())
        return (y, mo, dd) > (a['fy'], 12, 31), '%s after %d年12月31日' % (s(a['date']), a['fy'])
    if kind == 'band':
        sc = g(a['score'])
        grade = None
        for lo, name in a['bands']:
            if sc >= D(lo):
                grade = name
                break
        return grade == a['grade'], '%s -> %s vs %s' % (s(a['score']), grade, a['grade'])
    if kind == 'le':
        return g(a['a']) <= g(a['b']), '%s <= %s' % (s(a['a']), s(a['b']))
    if kind == 'gt':
        return g(a['a']) > g(a['b']), '%s > %s' % (s(a['a']), s(a['b']))
    if kind == 'min':
        vals = [g(k) for k in a['among']]
        return g(a['m']) == min(vals), 'min(%s)=%s vs %s' % (','.join(s(k) for k in a['among']), min(vals), s(a['m']))
    if kind == 'max':
        vals = [g(k) for k in a['among']]
        return g(a['m']) == max(vals), 'max(%s)=%s vs %s' % (','.join(s(k) for k in a['among']), max(vals), s(a['m']))
    if kind == 'eq':
        return g(a['a']) == g(a['b']), '%s == %s' % (s(a['a']), s(a['b']))
    raise ValueError(kind)


# ---------------------------------------------------------------- read-back proof
def standalone(text, s):
    pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d])(?!\.\d)(?!,\d)'
    return len(re.findall(pat, text))


def nows(t):
    return re.sub(r'\s+', '', t)


def prove(ledger, text, facts=None):
    """Return ledger rows evaluated on the read-back text."""
    facts = facts or ledger.facts
    flat = nows(text)
    rows = []
    for desc, s in ledger.anchors:
        ok = s in text or nows(s) in flat
        rows.append({'desc': 'anchor: ' + desc, 'ok': ok, 'detail': s})
    for kind, desc, args in ledger.checks:
        ok, detail = evaluate(kind, args, facts)
        if kind == 'count':
            miss = [it for it in args['items'] if nows(it) not in flat]
            if miss:
                ok, detail = False, detail + ' missing ' + ','.join(miss)
        if kind == 'band' and nows(args.get('phrase', args['grade'])) not in flat:
            ok, detail = False, detail + ' grade text missing'
        rows.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
    for k in sorted(ledger.keys_used()):
        v = facts[k]
        if re.search(r'\d{4}年', v):
            ok = nows(v) in flat
        else:
            ok = standalone(text, v) > 0 or standalone(flat, v) > 0
        rows.append({'desc': 'read-back: ' + k, 'ok': ok, 'detail': v})
    for desc, s, k in ledger.sames:
        n = flat.count(nows(s))
        rows.append({'desc': 'same: ' + desc, 'ok': n >= k, 'detail': '%s x%d (need %d)' % (s, n, k)})
    return rows


# ---------------------------------------------------------------- block model
# blocks: {'t': 'title'|'sub'|'h'|'p'|'right'|'table'|'meta', ...}
def P_(text):
    return {'t': 'p', 'text': text}


def H(text):
    return {'t': 'h', 'text': text}


def T(caption, unit, header, rows, name):
    return {'t': 'table', 'caption': caption, 'unit': unit, 'header': header, 'rows': rows, 'name': name}


def model_text(model):
    out = []
    for b in model:
        if b['t'] == 'table':
            out.append(b['caption'] or '')
            out.append(b['unit'] or '')
            for r in [b['header']] + b['rows']:
                out.extend(r)
        else:
            out.append(b['text'])
    return '\n'.join(out)


def replace_once(model, old, new):
    m = copy.deepcopy(model)
    hits = 0
    for b in m:
        if b['t'] == 'table':
            for key in ('caption', 'unit'):
                if b[key]:
                    hits += b[key].count(old)
            for r in [b['header']] + b['rows']:
                for c in r:
                    hits += c.count(old)
        else:
            hits += b['text'].count(old)
    if hits != 1:
        raise AssertionError('replace_once: %r occurs %d times' % (old, hits))
    for b in m:
        if b['t'] == 'table':
            for key in ('caption', 'unit'):
                if b[key] and old in b[key]:
                    b[key] = b[key].replace(old, new)
            for r in [b['header']] + b['rows']:
                for i, c in enumerate(r):
                    if old in c:
                        r[i] = c.replace(old, new)
        elif old in b['text']:
            b['text'] = b['text'].replace(old, new)
    return m


def set_cell(model, name, row_label, col, old, new):
    m = copy.deepcopy(model)
    for b in m:
        if b['t'] == 'table' and b['name'] == name:
            for r in b['rows']:
                if r[0] == row_label or (len(r) > 1 and r[1] == row_label):
                    assert r[col] == old, (r[col], old)
                    r[col] = new
                    return m
    raise KeyError((name, row_label))


# ---------------------------------------------------------------- txt renderer
def ea_width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def _isnum(c):
    return bool(re.fullmatch(r'-?[\d,]+(\.\d+)?%?', c))


def render_txt(model, table_style='tab'):
    lines = []
    for b in model:
        t = b['t']
        if t == 'title':
            lines.append(b['text'])
            lines.append('')
        elif t == 'sub':
            lines.append(b['text'])
        elif t == 'h':
            lines.append(b['text'])
        elif t == 'p':
            lines.append('　　' + b['text'])
        elif t == 'right':
            lines.append(' ' * 24 + b['text'])
        elif t == 'table':
            if b['caption']:
                lines.append(b['caption'])
            if b['unit']:
                lines.append(b['unit'])
            rows = [b['header']] + b['rows']
            if table_style == 'tab':
                for r in rows:
                    lines.append('\t'.join(r))
            else:
                ncol = len(b['header'])
                w = [max(ea_width(r[i]) for r in rows) for i in range(ncol)]
                rule = '-' * (sum(w) + 2 * (ncol - 1))
                lines.append(rule)
                for j, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        pad = ' ' * (w[i] - ea_width(c))
                        cells.append(pad + c if (_isnum(c) and j > 0) else c + pad)
                    lines.append('  '.join(cells).rstrip())
                    if j == 0:
                        lines.append(rule)
                lines.append(rule)
        lines.append('') if t in ('p', 'table') else None
    return ('\n'.join(lines).rstrip('\n') + '\n').encode('utf-8')


def read_txt(data):
    return data.decode('utf-8')


# ---------------------------------------------------------------- html renderer / reader
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, site, nav, crumbs, publisher, pubdate, page_title):
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % esc(page_title),
         '<style>body{font-family:"SimSun",serif;margin:0}.top{background:#9c1c1c;color:#fff;padding:8px 24px}'
         'nav a{margin:0 10px;color:#333}.crumb{font-size:13px;color:#666;padding:6px 24px}'
         '.art{width:880px;margin:0 auto}.art h1{text-align:center;font-size:22px}.info{text-align:center;color:#888;font-size:13px}'
         'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #666;padding:3px 6px;font-size:14px}'
         '.r{text-align:right}</style>', '</head>', '<body>',
         '<div class="top">%s</div>' % esc(site),
         '<nav>' + ''.join('<a href="#">%s</a>' % esc(n) for n in nav) + '</nav>',
         '<div class="crumb">当前位置：' + ' &gt; '.join(esc(c) for c in crumbs) + '</div>',
         '<div class="art">']
    for b in model:
        t = b['t']
        if t == 'title':
            o.append('<h1>%s</h1>' % esc(b['text']))
            o.append('<div class="info">发布机构：%s　　发布日期：%s</div>' % (esc(publisher), esc(pubdate)))
        elif t == 'sub':
            o.append('<p style="text-align:center">%s</p>' % esc(b['text']))
        elif t == 'h':
            o.append('<h3>%s</h3>' % esc(b['text']))
        elif t == 'p':
            o.append('<p>%s</p>' % esc(b['text']))
        elif t == 'right':
            o.append('<p class="r">%s</p>' % esc(b['text']))
        elif t == 'table':
            if b['caption']:
                o.append('<p style="text-align:center"><b>%s</b></p>' % esc(b['caption']))
            if b['unit']:
                o.append('<p class="r">%s</p>' % esc(b['unit']))
            o.append('<table>')
            o.append('<tr>' + ''.join('<th>%s</th>' % esc(c) for c in b['header']) + '</tr>')
            for r in b['rows']:
                o.append('<tr>' + ''.join('<td>%s</td>' % esc(c) for c in r) + '</tr>')
            o.append('</table>')
    o += ['</div>', '<div class="foot">主办：%s　　版权所有　转载请注明来源</div>' % esc(site), '</body>', '</html>']
    return ('\n'.join(o) + '\n').encode('utf-8')


class _HR(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None
        self.buf = ''

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = ''
        elif tag in ('p', 'h1', 'h3', 'div', 'nav'):
            self._flush()

    def _flush(self):
        if self.buf.strip():
            self.out.append(self.buf.strip())
        self.buf = ''

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag in ('td', 'th'):
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == 'tr':
            self.out.append('|' + '|'.join(self.row))
            self.row = None
        elif tag in ('p', 'h1', 'h3', 'div', 'nav'):
            self._flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell += d
        elif self.row is None:
            self.buf += d


def read_html(data):
    p = _HR()
    p.feed(data.decode('utf-8'))
    p._flush()
    return '\n'.join(p.out) + '\n'


# ---------------------------------------------------------------- docx renderer / reader
def render_docx(model, title_meta):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for b in model:
        t = b['t']
        if t == 'title':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b['text'])
            r.bold = True
            r.font.size = Pt(16)
        elif t == 'sub':
            p = d.add_paragraph(b['text'])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            p = d.add_paragraph()
            p.add_run(b['text']).bold = True
        elif t == 'p':
            p = d.add_paragraph(b['text'])
            p.paragraph_format.first_line_indent = Pt(22)
        elif t == 'right':
            p = d.add_paragraph(b['text'])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            if b['caption']:
                p = d.add_paragraph(b['caption'])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b['unit']:
                p = d.add_paragraph(b['unit'])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [b['header']] + b['rows']
            tb = d.add_table(rows=len(rows), cols=len(b['header']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = title_meta
    cp.last_modified_by = title_meta
    cp.title = ''
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(name))
    return out.getvalue()


def read_docx(data):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            for r in Table(el, d).rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- pdf renderer / reader
def render_pdf(model, title_meta):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK', firstLineIndent=21)
    st_t = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    st_c = ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    st_h = ParagraphStyle('h', parent=base, firstLineIndent=0)
    st_r = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    st_cell = ParagraphStyle('cell', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    story = []
    for b in model:
        t = b['t']
        if t == 'title':
            story += [Paragraph(esc(b['text']), st_t), Spacer(1, 4)]
        elif t == 'sub':
            story.append(Paragraph(esc(b['text']), st_c))
        elif t == 'h':
            story.append(Paragraph(esc(b['text']), st_h))
        elif t == 'p':
            story.append(Paragraph(esc(b['text']), base))
        elif t == 'right':
            story.append(Paragraph(esc(b['text']), st_r))
        elif t == 'table':
            if b['caption']:
                story.append(Paragraph(esc(b['caption']), st_c))
            if b['unit']:
                story.append(Paragraph(esc(b['unit']), st_r))
            rows = [[Paragraph(esc(c), st_cell) for c in r] for r in [b['header']] + b['rows']]
            tb = Table(rows, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [tb, Spacer(1, 6)]
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title_meta, author=title_meta, invariant=1)
    doc.build(story)
    return bio.getvalue()


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


RENDER = {'txt': None, 'html': None, 'docx': None, 'pdf': None}
READ = {'txt': read_txt, 'html': read_html, 'docx': read_docx, 'pdf': read_pdf}


def han_count(t):
    return sum(1 for ch in t if '\u4e00' <= ch <= '\u9fff')


def ledger_json(report, date, docno, text, rows):
    return json.dumps({'report': report,
                       'facts': {'date': date, 'docno': docno, 'utf8_bytes': len(text.encode('utf-8')),
                                 'han_chars': han_count(text)},
                       'checks': rows,
                       'all_checks_ok': all(r['ok'] for r in rows)}, ensure_ascii=False, indent=1) + '\n'
