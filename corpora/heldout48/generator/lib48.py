# -*- coding: utf-8 -*-
"""lib48: Decimal helpers, a ledger of checks over numbers as written, a block model,
renderers (txt-tab, txt-space, html, docx, pdf) and readers.  Written for heldout48."""
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
    return Decimal(str(x).replace(',', ''))


def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def P(x, places=2):
    """fixed places, no separators"""
    return format(q(x, places), 'f')


def F(x, places=2):
    """fixed places, thousands separators"""
    v = q(x, places)
    return format(v, ',.%df' % places)


def I(x):
    """integer with thousands separators"""
    return format(int(D(x)), ',d')


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def pct(num, den, places=2, scale=100):
    return q(D(num) / D(den) * scale, places)


# ---------------------------------------------------------------- dates
def parse_date(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)))


# ---------------------------------------------------------------- ledger
UP = ('增长', '增加', '提高', '上升', '增幅')
DOWN = ('下降', '减少', '降低', '降幅', '减幅')


def _num_re(s):
    return re.compile(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)')


class Ledger:
    """Each check is (kind, desc, args).  Numeric arguments are strings as written."""

    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}

    def add(self, kind, desc, *args):
        if any(c['desc'] == desc for c in self.checks):
            raise ValueError('duplicate desc ' + desc)
        c = {'kind': kind, 'desc': desc, 'args': list(args)}
        ok, det = evaluate(c)
        if not ok:
            raise AssertionError('ledger check failed at build: %s %s' % (desc, det))
        self.checks.append(c)
        return c

    # convenience wrappers
    def sum(self, desc, total, parts):
        return self.add('sum', desc, total, list(parts))

    def diff(self, desc, a, b, c):
        return self.add('diff', desc, a, b, c)

    def ratio(self, desc, num, den, res, scale=100):
        return self.add('ratio', desc, num, den, res, scale)

    def prod(self, desc, a, b, res, scale=1):
        return self.add('prod', desc, a, b, res, scale)

    def growth(self, desc, cur, prev, d, rate, word):
        return self.add('growth', desc, cur, prev, d, rate, word)

    def pp(self, desc, cur, prev, d, word):
        return self.add('pp', desc, cur, prev, d, word)

    def count(self, desc, n, items):
        return self.add('count', desc, n, list(items))

    def band(self, desc, score, grade, bands):
        return self.add('band', desc, score, grade, [list(b) for b in bands])

    def dated(self, desc, date, after):
        return self.add('dated', desc, date, after)

    def le(self, desc, a, b):
        return self.add('le', desc, a, b)

    def eq(self, desc, a, b):
        return self.add('eq', desc, a, b)

    def max(self, desc, name, pairs):
        return self.add('max', desc, name, [list(p) for p in pairs])

    def min(self, desc, name, pairs):
        return self.add('min', desc, name, [list(p) for p in pairs])

    def anchor(self, desc, text):
        return self.add('anchor', desc, text)

    def same(self, desc, text, k):
        return self.add('same', desc, text, k)


def evaluate(c, text=None):
    k, a = c['kind'], c['args']
    try:
        if k == 'sum':
            s = sum((D(x) for x in a[1]), Decimal(0))
            return s == D(a[0]), '%s = %s (%s)' % (' + '.join(a[1]), a[0], s)
        if k == 'diff':
            return D(a[0]) - D(a[1]) == D(a[2]), '%s - %s = %s' % tuple(a[:3])
        if k == 'ratio':
            v = q(D(a[0]) / D(a[1]) * D(a[3]), places_of(a[2]))
            return v == D(a[2]), '%s / %s x %s = %s (written %s)' % (a[0], a[1], a[3], v, a[2])
        if k == 'prod':
            v = q(D(a[0]) * D(a[1]) * D(a[3]), places_of(a[2]))
            return v == D(a[2]), '%s x %s x %s = %s (written %s)' % (a[0], a[1], a[3], v, a[2])
        if k == 'growth':
            cur, prev, d, rate, word = a
            ch = D(cur) - D(prev)
            ok = True
            if d is not None:
                ok &= abs(ch) == D(d)
            if rate is not None:
                ok &= q(abs(ch) / D(prev) * 100, places_of(rate)) == D(rate)
            if word is not None:
                ok &= (word in UP) if ch > 0 else (word in DOWN) if ch < 0 else False
            return ok, '%s vs %s: %s %s %s%%' % (cur, prev, word, d, rate)
        if k == 'pp':
            cur, prev, d, word = a
            ch = D(cur) - D(prev)
            ok = abs(ch) == D(d) and ((word in UP) if ch > 0 else (word in DOWN))
            return ok, '%s - %s = %s 个百分点 (%s)' % (cur, prev, d, word)
        if k == 'count':
            return int(D(a[0])) == len(a[1]), '%s = len(%s)' % (a[0], '、'.join(a[1]))
        if k == 'band':
            score, grade, bands = a
            g = None
            for low, name in bands:
                if D(score) >= D(low):
                    g = name
                    break
            return g == grade, '%s -> %s (written %s)' % (score, g, grade)
        if k == 'dated':
            return parse_date(a[0]) > parse_date(a[1]), '%s after %s' % (a[0], a[1])
        if k == 'le':
            return D(a[0]) <= D(a[1]), '%s <= %s' % (a[0], a[1])
        if k == 'eq':
            return D(a[0]) == D(a[1]), '%s == %s' % (a[0], a[1])
        if k in ('max', 'min'):
            vals = [D(v) for _, v in a[1]]
            best = max(vals) if k == 'max' else min(vals)
            names = [n for n, v in a[1] if D(v) == best]
            return names == [a[0]], '%s of %s is %s' % (k, a[1], a[0])
        if k == 'anchor':
            if text is None:
                return True, a[0]
            return a[0] in text or a[0] in nows(text), a[0]
        if k == 'same':
            if text is None:
                return True, a[0]
            n = nows(text).count(nows(a[0]))
            return n >= a[1], '%s written %d times (need %d)' % (a[0], n, a[1])
    except Exception as e:  # noqa
        return False, 'error %r' % e
    raise ValueError(k)


def numbers_of(c):
    """number strings (as written) that a check needs present in the text"""
    k, a = c['kind'], c['args']
    if k == 'sum':
        return [a[0]] + list(a[1])
    if k in ('diff',):
        return list(a[:3])
    if k in ('ratio', 'prod'):
        return list(a[:3])
    if k == 'growth':
        return [x for x in a[:4] if x is not None]
    if k == 'pp':
        return list(a[:3])
    if k == 'count':
        return [a[0]]
    if k == 'band':
        return [a[0]]
    if k in ('le', 'eq'):
        return list(a[:2])
    if k in ('max', 'min'):
        return [v for _, v in a[1]]
    return []


def anchors_of(c):
    k, a = c['kind'], c['args']
    if k == 'count':
        return list(a[1])
    if k == 'band':
        return [a[1]]
    if k in ('max', 'min'):
        return [a[0]]
    if k == 'dated':
        return [a[0]]
    if k == 'growth' and a[4] is not None:
        return [a[4]]
    if k == 'pp':
        return [a[3]]
    return []


def nows(t):
    return re.sub(r'[\s\u3000]+', '', t)


def present(num, text):
    r = _num_re(num)
    return bool(r.search(text)) or bool(r.search(nows(text)))


def prove(ledger, text, name=None):
    rows = []
    for c in ledger.checks:
        ok, det = evaluate(c, text)
        rows.append({'desc': c['desc'], 'ok': ok, 'detail': det})
    seen = set()
    for c in ledger.checks:
        for n in numbers_of(c):
            if n in seen:
                continue
            seen.add(n)
            rows.append({'desc': 'read-back: ' + n, 'ok': present(n, text), 'detail': c['desc']})
        for an in anchors_of(c):
            rows.append({'desc': 'anchor: %s / %s' % (c['desc'], an),
                         'ok': an in text or an in nows(text), 'detail': an})
    return rows


def ledger_json(ledger, text, name):
    rows = prove(ledger, text)
    return {
        'report': name,
        'facts': {'date': ledger.facts.get('date'), 'docno': ledger.facts.get('docno'),
                  'utf8_bytes': len(text.encode('utf-8')),
                  'han_chars': len(re.findall(r'[\u4e00-\u9fff]', text))},
        'checks': rows,
        'all_checks_ok': all(r['ok'] for r in rows),
    }


# ---------------------------------------------------------------- block model
# blocks: dict(t=kind, x=text) for title/sub/h/p/unit/cap/sign/addr;
#         dict(t='table', rows=[[...]], cap=optional str, unit=optional str, num=set of numeric cols)
def B(t, x):
    return {'t': t, 'x': x}


def T(rows, cap=None, unit=None):
    return {'t': 'table', 'rows': [list(r) for r in rows], 'cap': cap, 'unit': unit}


def _strings(model):
    for b in model:
        if b['t'] == 'table':
            for s in (b.get('cap'), b.get('unit')):
                if s:
                    yield s
            for r in b['rows']:
                for c in r:
                    yield c
        else:
            yield b['x']


def replace_once(model, old, new):
    import copy
    n = sum(s.count(old) for s in _strings(model))
    if n != 1:
        raise AssertionError('replace_once: %r occurs %d times' % (old, n))
    m = copy.deepcopy(model)
    for b in m:
        if b['t'] == 'table':
            for key in ('cap', 'unit'):
                if b.get(key) and old in b[key]:
                    b[key] = b[key].replace(old, new)
            for r in b['rows']:
                for i, c in enumerate(r):
                    if old in c:
                        r[i] = c.replace(old, new)
        elif old in b['x']:
            b['x'] = b['x'].replace(old, new)
    return m


def set_cell(model, tindex, r, c, old, new):
    import copy
    m = copy.deepcopy(model)
    tabs = [b for b in m if b['t'] == 'table']
    if tabs[tindex]['rows'][r][c] != old:
        raise AssertionError('set_cell: cell is %r not %r' % (tabs[tindex]['rows'][r][c], old))
    tabs[tindex]['rows'][r][c] = new
    return m


# ---------------------------------------------------------------- text renderers
INDENT = '\u3000\u3000'


def dwidth(s):
    w = 0
    for ch in s:
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1
    return w


def _isnum(s):
    return bool(re.fullmatch(r'[-+]?[\d,]+(\.\d+)?%?|—|-', s.strip()))


def render_txt(model, mode='tab'):
    out = []
    for b in model:
        t = b['t']
        if t == 'title':
            out.append(b['x'])
            out.append('')
        elif t == 'sub':
            out.append(b['x'])
        elif t == 'addr':
            out.append('')
            out.append(b['x'])
        elif t == 'h':
            out.append(b['x'])
        elif t == 'p':
            out.append(INDENT + b['x'])
        elif t in ('unit', 'cap'):
            out.append(b['x'])
        elif t == 'sign':
            out.append('')
            for line in b['x'].split('\n'):
                out.append(line)
        elif t == 'table':
            if b.get('cap'):
                out.append(b['cap'])
            if b.get('unit'):
                out.append(b['unit'])
            if mode == 'tab':
                for r in b['rows']:
                    out.append('\t'.join(r))
            else:
                out.extend(_space_table(b['rows']))
    return '\n'.join(out) + '\n'


def _space_table(rows):
    n = len(rows[0])
    widths = [max(dwidth(r[i]) for r in rows) for i in range(n)]
    total = sum(widths) + 2 * (n - 1)
    lines = ['-' * total]
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - dwidth(c)
            if k > 0 and i > 0 and _isnum(c):
                cells.append(' ' * pad + c)
            else:
                cells.append(c + ' ' * pad)
        lines.append('  '.join(cells).rstrip())
        if k == 0:
            lines.append('-' * total)
    lines.append('-' * total)
    return lines


# ---------------------------------------------------------------- html
def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, site, nav, crumb, issuer, page_title):
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % _esc(page_title),
         '<style>body{font-family:SimSun,serif;margin:0}.bar{background:#a4161a;color:#fff;padding:6px 20px}'
         '.nav a{margin:0 6px}.art{width:900px;margin:0 auto}.art h1{text-align:center;font-size:22px}'
         'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #333;padding:3px 8px}'
         '.r{text-align:right}.sign{text-align:right}.foot{border-top:1px solid #ccc;color:#666;'
         'text-align:center;font-size:12px;padding:10px}</style>',
         '</head>', '<body>',
         '<div class="bar">%s</div>' % _esc(site),
         '<div class="nav">' + ' | '.join('<a href="#">%s</a>' % _esc(x) for x in nav) + '</div>',
         '<div class="crumb">当前位置：%s</div>' % ' &gt; '.join(_esc(x) for x in crumb),
         '<div class="art">']
    for b in model:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % _esc(b['x']))
            h.append('<p class="meta">发布机构：%s　　字体：【大 中 小】</p>' % _esc(issuer))
        elif t == 'sub':
            h.append('<p class="docno">%s</p>' % _esc(b['x']))
        elif t == 'addr':
            h.append('<p>%s</p>' % _esc(b['x']))
        elif t == 'h':
            h.append('<h3>%s</h3>' % _esc(b['x']))
        elif t == 'p':
            h.append('<p>\u3000\u3000%s</p>' % _esc(b['x']))
        elif t in ('unit', 'cap'):
            h.append('<p class="cap">%s</p>' % _esc(b['x']))
        elif t == 'sign':
            h.append('<div class="sign">' + ''.join('<p>%s</p>' % _esc(x) for x in b['x'].split('\n')) + '</div>')
        elif t == 'table':
            if b.get('cap'):
                h.append('<p class="cap">%s</p>' % _esc(b['cap']))
            if b.get('unit'):
                h.append('<p class="cap">%s</p>' % _esc(b['unit']))
            h.append('<table>')
            for k, r in enumerate(b['rows']):
                tag = 'th' if k == 0 else 'td'
                h.append('<tr>' + ''.join(
                    '<%s%s>%s</%s>' % (tag, ' class="r"' if (k and i and _isnum(c)) else '', _esc(c), tag)
                    for i, c in enumerate(r)) + '</tr>')
            h.append('</table>')
    h += ['</div>', '<div class="foot">%s　版权所有　　主办：%s</div>' % (_esc(site), _esc(issuer)),
          '</body>', '</html>']
    return ('\n'.join(h) + '\n').encode('utf-8')


class _HR(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'tr', 'table', 'br', 'li'}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag in ('td', 'th'):
            self.out.append('|')
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d.replace('\n', ''))


def read_html(data):
    p = _HR()
    p.feed(data.decode('utf-8'))
    t = ''.join(p.out)
    t = re.sub(r'\n[ \t]*\n+', '\n', t)
    return t.strip('\n') + '\n'


# ---------------------------------------------------------------- docx
def render_docx(model, title):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    import datetime
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for b in model:
        t = b['t']
        if t == 'title':
            p = d.add_paragraph()
            r = p.add_run(b['x'])
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'sub':
            p = d.add_paragraph(b['x'])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            p = d.add_paragraph()
            p.add_run(b['x']).bold = True
        elif t == 'p':
            d.add_paragraph('\u3000\u3000' + b['x'])
        elif t in ('unit', 'cap', 'addr'):
            d.add_paragraph(b['x'])
        elif t == 'sign':
            for x in b['x'].split('\n'):
                p = d.add_paragraph(x)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            if b.get('cap'):
                p = d.add_paragraph(b['cap'])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b.get('unit'):
                p = d.add_paragraph(b['unit'])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = b['rows']
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i and j and _isnum(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ''
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
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
            tb = Table(el, d)
            for r in tb.rows:
                out.append(''.join('|' + c.text for c in r.cells))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- pdf
def render_pdf(model, title, colw=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    st = {
        'title': ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6),
        'sub': ParagraphStyle('s', parent=base, alignment=TA_CENTER, spaceAfter=6),
        'h': ParagraphStyle('h', parent=base, fontSize=11, spaceBefore=4),
        'p': ParagraphStyle('p', parent=base, firstLineIndent=21),
        'cap': ParagraphStyle('c', parent=base, alignment=TA_CENTER),
        'unit': ParagraphStyle('u', parent=base, alignment=TA_RIGHT),
        'sign': ParagraphStyle('g', parent=base, alignment=TA_RIGHT),
        'cell': ParagraphStyle('cl', parent=base, fontSize=9.5, leading=13),
        'celln': ParagraphStyle('cn', parent=base, fontSize=9.5, leading=13, alignment=TA_RIGHT),
    }
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author='', subject='', creator='', producer='',
                            invariant=1)
    story = []
    tcount = 0
    for b in model:
        t = b['t']
        if t == 'table':
            if b.get('cap'):
                story.append(Paragraph(_esc(b['cap']), st['cap']))
            if b.get('unit'):
                story.append(Paragraph(_esc(b['unit']), st['unit']))
            data = []
            for i, r in enumerate(b['rows']):
                data.append([Paragraph(_esc(c), st['celln'] if (i and j and _isnum(c)) else st['cell'])
                             for j, c in enumerate(r)])
            cw = colw[tcount] if colw else None
            tcount += 1
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(tb)
            story.append(Spacer(1, 4))
        elif t == 'sign':
            story.append(Spacer(1, 8))
            for x in b['x'].split('\n'):
                story.append(Paragraph(_esc(x), st['sign']))
        elif t == 'addr':
            story.append(Paragraph(_esc(b['x']), base))
        else:
            story.append(Paragraph(_esc(b['x']), st[t]))
    doc.build(story)
    return buf.getvalue()


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


# ---------------------------------------------------------------- dispatch
def render(model, fmt, meta):
    if fmt == 'txt-tab':
        return render_txt(model, 'tab').encode('utf-8')
    if fmt == 'txt-space':
        return render_txt(model, 'space').encode('utf-8')
    if fmt == 'html':
        return render_html(model, meta['site'], meta['nav'], meta['crumb'], meta['issuer'], meta['title'])
    if fmt == 'docx':
        return render_docx(model, meta['title'])
    if fmt == 'pdf':
        return render_pdf(model, meta['title'], meta.get('colw'))
    raise ValueError(fmt)


def read_back(data, fmt):
    if fmt.startswith('txt'):
        return data.decode('utf-8')
    if fmt == 'html':
        return read_html(data)
    if fmt == 'docx':
        return read_docx(data)
    if fmt == 'pdf':
        return read_pdf(data)
    raise ValueError(fmt)


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=1) + '\n').encode('utf-8')
