# -*- coding: utf-8 -*-
"""heldout45 helper library (written from scratch for this set).

Decimal helpers, a re-evaluable Ledger, a block model with replace_once / set_cell,
renderers (txt tab / txt space-aligned / html / docx / pdf) and readers.
"""
import io, os, re, copy, json, zipfile, unicodedata, html as htmlmod
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    s = str(x).replace(',', '').replace('−', '-').strip()
    return Decimal(s)

def q(x, places=2):
    e = Decimal(1).scaleb(-places)
    return D(x).quantize(e, rounding=ROUND_HALF_UP)

def F(x, places=2):
    """thousands separated, fixed places"""
    v = q(x, places)
    s = '{:,.%df}' % places
    return s.format(v)

def P(x, places=2):
    return ('{:.%df}' % places).format(q(x, places))

def I(x):
    return '{:,}'.format(int(D(x)))

def pct(num, den, places=2):
    return q(D(num) / D(den) * 100, places)

def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

def _scale(sc):
    if isinstance(sc, str) and '/' in sc:
        a, b = sc.split('/')
        return D(a) / D(b)
    return D(sc)

UP = ('增加', '增长', '提高', '上升', '提升', '增幅')
DOWN = ('减少', '下降', '降低', '降幅', '回落')

# ---------------------------------------------------------------- ledger
class Ledger:
    """checks are (kind, desc, args); every number argument is a string as written."""
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}

    def add(self, kind, desc, **args):
        c = {'kind': kind, 'desc': desc, 'args': args}
        ok, det = evaluate(c)
        if not ok:
            raise AssertionError('ledger check failed: %s %s' % (desc, det))
        self.checks.append(c)
        return c

    def sum(self, desc, total, parts):
        return self.add('sum', desc, total=total, parts=list(parts))
    def diff(self, desc, a, b, c):
        return self.add('diff', desc, a=a, b=b, c=c)
    def ratio(self, desc, num, den, res, scale='100'):
        return self.add('ratio', desc, num=num, den=den, res=res, scale=scale)
    def prod(self, desc, a, b, res, scale='1'):
        return self.add('prod', desc, a=a, b=b, res=res, scale=scale)
    def growth(self, desc, cur, prev, dif, rate, word):
        return self.add('growth', desc, cur=cur, prev=prev, dif=dif, rate=rate, word=word)
    def pp(self, desc, cur, prev, dif, word):
        return self.add('pp', desc, cur=cur, prev=prev, dif=dif, word=word)
    def count(self, desc, n, items):
        return self.add('count', desc, n=n, items=list(items))
    def band(self, desc, score, bands, grade):
        return self.add('band', desc, score=score, bands=[list(b) for b in bands], grade=grade)
    def dated(self, desc, date, period_end):
        return self.add('dated', desc, date=date, period_end=period_end)
    def net(self, desc, prev, inc, out, cur):
        return self.add('net', desc, prev=prev, inc=inc, out=out, cur=cur)
    def chg(self, desc, cur, prev, res):
        return self.add('chg', desc, cur=cur, prev=prev, res=res)
    def le(self, desc, a, b):
        return self.add('le', desc, a=a, b=b)
    def eq(self, desc, a, b):
        return self.add('eq', desc, a=a, b=b)
    def maxof(self, desc, val, others, name):
        return self.add('max', desc, val=val, others=list(others), name=name)
    def minof(self, desc, val, others, name):
        return self.add('min', desc, val=val, others=list(others), name=name)
    def anchor(self, desc, text):
        return self.add('anchor', desc, text=text)
    def same(self, desc, fig, k):
        return self.add('same', desc, fig=fig, k=k)


def _pdate(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)))


def evaluate(c, text=None, raw=None):
    """returns (ok, detail). text (whitespace-free read-back) needed for 'same'/'anchor'."""
    k, a = c['kind'], c['args']
    if k == 'sum':
        s = sum((D(p) for p in a['parts']), Decimal(0))
        return s == D(a['total']), '%s = %s' % (' + '.join(a['parts']), a['total'])
    if k == 'diff':
        return D(a['a']) - D(a['b']) == D(a['c']), '%s - %s = %s' % (a['a'], a['b'], a['c'])
    if k == 'ratio':
        r = a['res']
        den = D(a['den']) if a['den'] is not None else Decimal(1)
        v = q(D(a['num']) / den * _scale(a['scale']), places_of(r))
        return v == D(r), '%s / %s x %s = %s (written %s)' % (a['num'], a['den'], a['scale'], v, r)
    if k == 'prod':
        r = a['res']
        v = q(D(a['a']) * D(a['b']) * _scale(a['scale']), places_of(r))
        return v == D(r), '%s x %s x %s = %s (written %s)' % (a['a'], a['b'], a['scale'], v, r)
    if k == 'growth':
        cur, prev = D(a['cur']), D(a['prev'])
        d = abs(cur - prev)
        rate = q(d / prev * 100, places_of(a['rate']))
        up = cur > prev
        wok = (a['word'] in UP) if up else (a['word'] in DOWN)
        ok = d == D(a['dif']) and rate == D(a['rate']) and wok
        return ok, '%s vs %s: diff %s (written %s), rate %s (written %s), word %s' % (
            a['cur'], a['prev'], d, a['dif'], rate, a['rate'], a['word'])
    if k == 'pp':
        cur, prev = D(a['cur']), D(a['prev'])
        d = abs(cur - prev)
        wok = (a['word'] in UP) if cur > prev else (a['word'] in DOWN)
        return d == D(a['dif']) and wok, '%s vs %s: %s 个百分点 (written %s %s)' % (a['cur'], a['prev'], d, a['word'], a['dif'])
    if k == 'count':
        ok = int(D(a['n'])) == len(a['items'])
        if text is not None:
            ok = ok and all(re.sub(r'\s', '', i) in text for i in a['items'])
        return ok, '%s vs %d listed: %s' % (a['n'], len(a['items']), '、'.join(a['items']))
    if k == 'band':
        s = D(a['score'])
        g = None
        for lo, name in sorted(a['bands'], key=lambda b: -D(b[0])):
            if s >= D(lo):
                g = name
                break
        return g == a['grade'], '%s -> %s (written %s)' % (a['score'], g, a['grade'])
    if k == 'dated':
        return _pdate(a['date']) > _pdate(a['period_end']), '%s after %s' % (a['date'], a['period_end'])
    if k == 'net':
        return D(a['prev']) + D(a['inc']) - D(a['out']) == D(a['cur']), '%s + %s - %s = %s' % (a['prev'], a['inc'], a['out'], a['cur'])
    if k == 'chg':
        v = q((D(a['cur']) - D(a['prev'])) / D(a['prev']) * 100, places_of(a['res']))
        return v == D(a['res']), '(%s - %s) / %s = %s%% (written %s)' % (a['cur'], a['prev'], a['prev'], v, a['res'])
    if k == 'le':
        return D(a['a']) <= D(a['b']), '%s <= %s' % (a['a'], a['b'])
    if k == 'eq':
        return D(a['a']) == D(a['b']), '%s == %s' % (a['a'], a['b'])
    if k == 'max':
        return all(D(a['val']) > D(o) for o in a['others']), '%s (%s) > %s' % (a['name'], a['val'], ', '.join(a['others']))
    if k == 'min':
        return all(D(a['val']) < D(o) for o in a['others']), '%s (%s) < %s' % (a['name'], a['val'], ', '.join(a['others']))
    if k == 'anchor':
        if text is None:
            return True, a['text']
        return re.sub(r'\s', '', a['text']) in text, a['text']
    if k == 'same':
        if text is None:
            return True, a['fig']
        n = len(num_re(a['fig']).findall(text))
        if raw is not None:
            n = max(n, len(num_re(a['fig']).findall(raw)))
        return n >= a['k'], '%s written %d times (need >= %d)' % (a['fig'], n, a['k'])
    raise ValueError(k)


def figures(c):
    """number strings (and dates) a check needs to find in the read-back."""
    k, a = c['kind'], c['args']
    if k == 'sum':
        return [a['total']] + a['parts']
    if k == 'diff':
        return [a['a'], a['b'], a['c']]
    if k == 'ratio':
        return [a['num'], a['den'], a['res']] if a['den'] is not None else [a['num'], a['res']]
    if k == 'prod':
        return [a['a'], a['b'], a['res']]
    if k == 'growth':
        return [a['cur'], a['prev'], a['dif'], a['rate']]
    if k == 'pp':
        return [a['cur'], a['prev'], a['dif']]
    if k == 'count':
        return [a['n']]
    if k == 'band':
        return [a['score']]
    if k == 'dated':
        return [a['date']]
    if k in ('le', 'eq'):
        return [a['a'], a['b']]
    if k == 'net':
        return [a['prev'], a['inc'], a['out'], a['cur']]
    if k == 'chg':
        return [a['cur'], a['prev'], a['res']]
    if k in ('max', 'min'):
        return [a['val']] + a['others']
    return []


def anchors(c):
    k, a = c['kind'], c['args']
    if k == 'count':
        return a['items']
    if k == 'band':
        return [a['grade']]
    if k in ('max', 'min'):
        return [a['name']]
    if k == 'growth' or k == 'pp':
        return []
    if k == 'anchor':
        return [a['text']]
    return []


def num_re(fig):
    if '年' in fig:
        return re.compile(re.escape(fig))
    return re.compile(r'(?<![0-9.,])' + re.escape(fig) + r'(?![0-9]|[.,][0-9])')


def present(fig, raw, flat):
    r = num_re(fig)
    return bool(r.search(raw) or r.search(flat))


def flat(t):
    return re.sub(r'\s', '', t)


def prove(ledger_checks, text):
    """re-evaluate every check on the read-back; returns list of ledger rows."""
    fl = flat(text)
    rows = []
    for c in ledger_checks:
        k = c['kind']
        if c['args'].get('den') is None and k == 'ratio':
            pass
        if k not in ('anchor', 'same'):
            ok, det = evaluate(c, fl)
            rows.append({'desc': c['desc'], 'ok': ok, 'detail': det})
            for f in figures(c):
                rows.append({'desc': 'read-back: %s / %s' % (c['desc'], f), 'ok': present(f, text, fl), 'detail': f})
            for an in anchors(c):
                rows.append({'desc': 'anchor: %s / %s' % (c['desc'], an), 'ok': flat(an) in fl, 'detail': an})
        else:
            ok, det = evaluate(c, fl, text)
            rows.append({'desc': ('anchor: ' if k == 'anchor' else 'same: ') + c['desc'], 'ok': ok, 'detail': det})
    return rows


# ---------------------------------------------------------------- model
def P_(x):
    return {'t': 'p', 'x': x}

def H(x):
    return {'t': 'h', 'x': x}

def TITLE(x):
    return {'t': 'title', 'x': x}

def SUB(x):
    return {'t': 'sub', 'x': x}

def CAP(x):
    return {'t': 'cap', 'x': x}

def UNIT(x):
    return {'t': 'unit', 'x': x}

def SIGN(*lines):
    return {'t': 'sign', 'x': list(lines)}

def TABLE(tid, head, rows):
    return {'t': 'table', 'id': tid, 'head': list(head), 'rows': [list(r) for r in rows]}


def _texts(model):
    for b in model:
        if b['t'] == 'table':
            for r in [b['head']] + b['rows']:
                for c in r:
                    yield c
        elif b['t'] == 'sign':
            for l in b['x']:
                yield l
        else:
            yield b['x']


def model_count(model, s):
    return sum(t.count(s) for t in _texts(model))


def replace_once(model, old, new):
    n = model_count(model, old)
    assert n == 1, 'replace_once: %r occurs %d times' % (old, n)
    m = copy.deepcopy(model)
    for b in m:
        if b['t'] == 'table':
            b['head'] = [c.replace(old, new) for c in b['head']]
            b['rows'] = [[c.replace(old, new) for c in r] for r in b['rows']]
        elif b['t'] == 'sign':
            b['x'] = [l.replace(old, new) for l in b['x']]
        else:
            b['x'] = b['x'].replace(old, new)
    return m


def set_cell(model, tid, row, col, old, new):
    m = copy.deepcopy(model)
    for b in m:
        if b['t'] == 'table' and b['id'] == tid:
            assert b['rows'][row][col] == old, 'set_cell: %r != %r' % (b['rows'][row][col], old)
            b['rows'][row][col] = new
            return m
    raise KeyError(tid)


# ---------------------------------------------------------------- renderers
IND = '\u3000\u3000'

def _isnum(s):
    return bool(re.fullmatch(r'[-−]?[0-9][0-9,]*(\.[0-9]+)?%?', s.strip()))


def render_txt_tab(model, meta):
    out = []
    for b in model:
        t = b['t']
        if t == 'title':
            out += [b['x'], '']
        elif t == 'sub':
            out += [b['x'], '']
        elif t in ('h',):
            out.append(IND + b['x'])
        elif t == 'p':
            out.append(IND + b['x'])
        elif t in ('cap', 'unit'):
            out.append(b['x'])
        elif t == 'table':
            for r in [b['head']] + b['rows']:
                out.append('\t'.join(r))
            out.append('')
        elif t == 'sign':
            out.append('')
            out += [' ' * 28 + l for l in b['x']]
    return ('\n'.join(out).rstrip() + '\n').encode('utf-8')


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1 for ch in s)


def render_txt_space(model, meta):
    out = []
    for b in model:
        t = b['t']
        if t in ('title', 'sub'):
            w = dwidth(b['x'])
            out += [' ' * max(0, (72 - w) // 2) + b['x'], '']
        elif t in ('h', 'p'):
            out.append(IND + b['x'])
        elif t in ('cap', 'unit'):
            out.append(b['x'])
        elif t == 'table':
            rows = [b['head']] + b['rows']
            n = len(b['head'])
            ws = [max(dwidth(r[i]) for r in rows) for i in range(n)]
            tot = sum(ws) + 2 * (n - 1)
            out.append('=' * tot)
            for j, r in enumerate(rows):
                cells = []
                for i, c in enumerate(r):
                    pad = ' ' * (ws[i] - dwidth(c))
                    cells.append(pad + c if (j > 0 and _isnum(c)) else c + pad)
                out.append('  '.join(cells).rstrip())
                if j == 0:
                    out.append('-' * tot)
            out.append('=' * tot)
            out.append('')
        elif t == 'sign':
            out.append('')
            out += [' ' * 40 + l for l in b['x']]
    return ('\n'.join(out).rstrip() + '\n').encode('utf-8')


def render_html(model, meta):
    e = htmlmod.escape
    site = meta['site']
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % e(meta['title']),
         '<style>body{font-family:"SimSun",serif;margin:0;background:#f4f4f4}'
         '.top{background:#9b1c1c;color:#fff;padding:10px 40px;font-size:22px}'
         '.nav{background:#b83232;padding:6px 40px}.nav a{color:#fff;margin-right:6px;text-decoration:none}'
         '.wrap{width:960px;margin:12px auto;background:#fff;padding:24px 48px}'
         'h1{text-align:center;font-size:22px}.info{text-align:center;color:#666;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}'
         'p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #333;padding:3px 8px}'
         'td.n{text-align:right}.sign{text-align:right}.foot{text-align:center;color:#888;font-size:12px;padding:16px}</style>',
         '</head>', '<body>', '<div class="top">%s</div>' % e(site),
         '<div class="nav">' + ' | '.join('<a href="#">%s</a>' % e(n) for n in meta['nav']) + '</div>',
         '<div class="wrap">', '<div class="crumb">当前位置：' + ' &gt; '.join(e(c) for c in meta['crumb']) + '</div>']
    for b in model:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % e(b['x']))
        elif t == 'sub':
            h.append('<div class="info">%s</div>' % e(b['x']))
        elif t == 'h':
            h.append('<p><strong>%s</strong></p>' % e(b['x']))
        elif t == 'p':
            h.append('<p>%s</p>' % e(b['x']))
        elif t in ('cap', 'unit'):
            h.append('<p style="text-align:center;text-indent:0">%s</p>' % e(b['x']))
        elif t == 'table':
            h.append('<table>')
            h.append('<tr>' + ''.join('<th>%s</th>' % e(c) for c in b['head']) + '</tr>')
            for r in b['rows']:
                h.append('<tr>' + ''.join(('<td class="n">%s</td>' if _isnum(c) else '<td>%s</td>') % e(c) for c in r) + '</tr>')
            h.append('</table>')
        elif t == 'sign':
            h.append('<div class="sign">' + '<br>'.join(e(l) for l in b['x']) + '</div>')
    h += ['</div>', '<div class="foot">%s</div>' % e(meta['footer']), '</body>', '</html>']
    return ('\n'.join(h) + '\n').encode('utf-8')


def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    return out.getvalue()


def render_docx(model, meta):
    import datetime
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for b in model:
        t = b['t']
        if t == 'title':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b['x']); r.bold = True; r.font.size = Pt(18)
        elif t == 'sub':
            p = doc.add_paragraph(b['x']); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            p = doc.add_paragraph(); r = p.add_run(IND + b['x']); r.bold = True
        elif t == 'p':
            doc.add_paragraph(IND + b['x'])
        elif t in ('cap', 'unit'):
            p = doc.add_paragraph(b['x']); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'table':
            rows = [b['head']] + b['rows']
            tb = doc.add_table(rows=len(rows), cols=len(b['head']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    elif _isnum(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'sign':
            for l in b['x']:
                p = doc.add_paragraph(l); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = meta.get('author', '')
    cp.title = meta['title']
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.last_modified_by = ''
    cp.revision = 1
    bio = io.BytesIO()
    doc.save(bio)
    return _fix_zip(bio.getvalue())


def render_pdf(model, meta):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    try:
        pdfmetrics.getFont('STSong-Light')
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    e = htmlmod.escape
    body = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK', firstLineIndent=21)
    tit = ParagraphStyle('t', parent=body, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6)
    sub = ParagraphStyle('s', parent=body, alignment=TA_CENTER, firstLineIndent=0)
    cap = ParagraphStyle('c', parent=body, alignment=TA_CENTER, firstLineIndent=0, fontSize=10)
    cell = ParagraphStyle('cl', parent=body, fontSize=9, leading=12, firstLineIndent=0)
    celr = ParagraphStyle('cr', parent=cell, alignment=TA_RIGHT)
    sig = ParagraphStyle('g', parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    story = []
    for b in model:
        t = b['t']
        if t == 'title':
            story.append(Paragraph(e(b['x']), tit))
        elif t == 'sub':
            story.append(Paragraph(e(b['x']), sub))
        elif t == 'h':
            story.append(Paragraph('<b>%s</b>' % e(b['x']), body))
        elif t == 'p':
            story.append(Paragraph(e(b['x']), body))
        elif t in ('cap', 'unit'):
            story.append(Paragraph(e(b['x']), cap))
        elif t == 'table':
            rows = [b['head']] + b['rows']
            data = [[Paragraph(e(c), celr if (i > 0 and _isnum(c)) else cell) for c in r] for i, r in enumerate(rows)]
            cw = b.get('widths')
            tb = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                    ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
            story += [Spacer(1, 3), tb, Spacer(1, 6)]
        elif t == 'sign':
            story.append(Spacer(1, 10))
            for l in b['x']:
                story.append(Paragraph(e(l), sig))
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=meta['title'], author=meta.get('author', ''),
                            creator='', producer='', subject='', invariant=1)
    doc.build(story)
    return bio.getvalue()


RENDER = {'txt_tab': render_txt_tab, 'txt_space': render_txt_space, 'html': render_html,
          'docx': render_docx, 'pdf': render_pdf}

# ---------------------------------------------------------------- readers
class _H2T(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'br', 'table', 'li'}
    def __init__(self):
        super().__init__()
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
            self.row.append(''.join(self.cell).strip()); self.cell = None
        elif tag == 'tr':
            self.out.append('\n|' + '|'.join(self.row) + '\n'); self.row = None
        elif tag in self.BLOCK:
            self.out.append('\n')
    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        p = _H2T(); p.feed(open(path, encoding='utf-8').read())
        t = ''.join(p.out)
        return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'
    if path.endswith('.docx'):
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = Document(path)
        out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(el, d).text)
            elif tag == 'tbl':
                for r in Table(el, d).rows:
                    out.append('|' + '|'.join(c.text for c in r.cells))
        return '\n'.join(out) + '\n'
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def han_count(t):
    return sum(1 for ch in t if '\u4e00' <= ch <= '\u9fff')


def write_ledger(path, name, ledger, rows, text):
    obj = {'report': name,
           'facts': {'date': ledger.facts['date'], 'docno': ledger.facts.get('docno', ''),
                     'utf8_bytes': len(text.encode('utf-8')), 'han_chars': han_count(text)},
           'checks': rows,
           'all_checks_ok': all(r['ok'] for r in rows)}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')
