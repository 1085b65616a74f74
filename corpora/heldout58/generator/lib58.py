# -*- coding: utf-8 -*-
"""lib58: helpers for the heldout58 set (written from scratch for this set).

Model: a report is a list of blocks whose text contains {token} placeholders.
Every figure is a token; checks in the Ledger refer to tokens by name and are
evaluated on the token *strings* (exactly as written).  prove() re-reads the
rendered file and requires every token string to be present in the read-back.
A planted error is one token overridden -> one minimal edit in the file.
"""
import io, re, json, zipfile, datetime, unicodedata, difflib
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(',', '').replace('%', '').strip())

def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)

def F(x, n=2):
    """thousands separators, n decimals, half-up"""
    v = q(x, n)
    return '{:,.{}f}'.format(v, n) if n > 0 else '{:,}'.format(int(v))

def P(x, n=2):
    return '{:.{}f}'.format(q(x, n), n)

def I(x):
    return '{:,}'.format(int(x))

# ---------------------------------------------------------------- dates
DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')

def parse_date(s):
    m = DATE_RE.search(s)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))

UP = ('增长', '增加', '提高', '提升', '上升', '高出', '增幅', '多')
DOWN = ('下降', '减少', '降低', '缩短', '降幅', '少', '回落')

def direction(word):
    for w in DOWN:
        if w in word:
            return -1
    for w in UP:
        if w in word:
            return 1
    raise ValueError(word)

# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, stem, fy, fmt):
        self.stem, self.fy, self.fmt = stem, fy, fmt
        self.tok = {}
        self.blocks = []
        self.checks = []
        self.meta = {}

    # tokens -------------------------------------------------------
    def set(self, name, s):
        assert name not in self.tok, name
        assert '{' not in s and '}' not in s
        self.tok[name] = s
        return s

    def n(self, name, x, places=2):
        """amount / rate token; returns the written value as Decimal"""
        s = F(x, places)
        self.set(name, s)
        return D(s)

    def i(self, name, x):
        s = I(x)
        self.set(name, s)
        return int(x)

    def v(self, name):
        return D(self.tok[name])

    # blocks -------------------------------------------------------
    def title(self, s):
        self.blocks.append(('title', s))

    def p(self, s, style='p'):
        self.blocks.append((style, s))

    def h(self, s):
        self.blocks.append(('h', s))

    def table(self, caption, unit, header, rows, widths=None):
        self.blocks.append(('table', caption, unit, header, rows, widths))

    def sign(self, lines):
        self.blocks.append(('sign', lines))

    # checks -------------------------------------------------------
    def _add(self, kind, desc, **args):
        c = dict(kind=kind, desc=desc, args=args)
        ok, detail = evaluate(c, self.tok)
        if not ok:
            raise AssertionError('check fails at build: %s %s' % (desc, detail))
        self.checks.append(c)

    def sum(self, desc, total, parts):
        self._add('sum', desc, total=total, parts=list(parts))

    def sumtol(self, desc, total, parts, unit='0.01'):
        """rounded shares: |sum(parts) - total| <= len(parts) * unit / 2"""
        self._add('sumtol', desc, total=total, parts=list(parts), unit=unit)

    def diff(self, desc, a, b, c):
        self._add('diff', desc, a=a, b=b, c=c)

    def bal(self, desc, opening, inc, out, closing):
        self._add('bal', desc, opening=opening, inc=list(inc), out=list(out), closing=closing)

    def prod(self, desc, a, b, c, div='=1', places=2):
        self._add('prod', desc, a=a, b=b, c=c, div=div, places=places)

    def ratio(self, desc, num, den, c, mul='=100', places=2):
        self._add('ratio', desc, num=num, den=den, c=c, mul=mul, places=places)

    def growth(self, desc, cur, prev, amt=None, rate=None, word=None):
        self._add('growth', desc, cur=cur, prev=prev, amt=amt, rate=rate, word=word)

    def pp(self, desc, cur, prev, delta, word):
        self._add('pp', desc, cur=cur, prev=prev, delta=delta, word=word)

    def count(self, desc, n, items):
        self._add('count', desc, n=n, items=list(items))

    def band(self, desc, score, grade, bands):
        self._add('band', desc, score=score, grade=grade, bands=bands)

    def dated(self, desc, date):
        self._add('dated', desc, date=date, fy=self.fy)

    def le(self, desc, a, b):
        self._add('le', desc, a=a, b=b)

    def minof(self, desc, x, xs):
        self._add('minof', desc, x=x, xs=list(xs))

    def maxof(self, desc, x, xs):
        self._add('maxof', desc, x=x, xs=list(xs))

    def same(self, desc, a, b):
        self._add('same', desc, a=a, b=b)

    def anchor(self, desc, a):
        self._add('anchor', desc, a=a)

    # rendering helpers -----------------------------------------------
    def filled(self, tok=None):
        tok = self.tok if tok is None else tok
        out = []
        for b in self.blocks:
            if b[0] == 'table':
                _, cap, unit, hdr, rows, w = b
                out.append(('table', cap.format_map(tok) if cap else cap,
                            unit.format_map(tok) if unit else unit,
                            [c.format_map(tok) for c in hdr],
                            [[c.format_map(tok) for c in r] for r in rows], w))
            elif b[0] == 'sign':
                out.append(('sign', [l.format_map(tok) for l in b[1]]))
            else:
                out.append((b[0], b[1].format_map(tok)))
        return out

    def tokens_used(self):
        used = set()
        for c in self.checks:
            for k, v in c['args'].items():
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, str) and x in self.tok:
                        used.add(x)
        return used

# ---------------------------------------------------------------- evaluation
def _val(a, tok):
    if isinstance(a, str) and a.startswith('='):
        return D(a[1:])
    return D(tok[a])

def _s(a, tok):
    if isinstance(a, str) and a.startswith('='):
        return a[1:]
    return tok[a]

def evaluate(c, tok):
    k, a = c['kind'], c['args']
    try:
        if k == 'sum':
            s = sum((_val(x, tok) for x in a['parts']), Decimal(0))
            return s == _val(a['total'], tok), '%s=%s vs %s' % ('+'.join(_s(x, tok) for x in a['parts']), s, _s(a['total'], tok))
        if k == 'sumtol':
            s = sum((_val(x, tok) for x in a['parts']), Decimal(0))
            tol = D(a['unit']) * len(a['parts']) / 2
            return abs(s - _val(a['total'], tok)) <= tol, '%s=%s vs %s (tolerance %s)' % ('+'.join(_s(x, tok) for x in a['parts']), s, _s(a['total'], tok), tol)
        if k == 'diff':
            r = _val(a['a'], tok) - _val(a['b'], tok)
            return r == _val(a['c'], tok), '%s-%s=%s vs %s' % (_s(a['a'], tok), _s(a['b'], tok), r, _s(a['c'], tok))
        if k == 'bal':
            r = _val(a['opening'], tok) + sum((_val(x, tok) for x in a['inc']), Decimal(0)) - sum((_val(x, tok) for x in a['out']), Decimal(0))
            return r == _val(a['closing'], tok), '%s+%s-%s=%s vs %s' % (_s(a['opening'], tok), '+'.join(_s(x, tok) for x in a['inc']), '-'.join(_s(x, tok) for x in a['out']), r, _s(a['closing'], tok))
        if k == 'prod':
            r = q(_val(a['a'], tok) * _val(a['b'], tok) / _val(a['div'], tok), a['places'])
            return r == _val(a['c'], tok), '%s*%s/%s=%s vs %s' % (_s(a['a'], tok), _s(a['b'], tok), _s(a['div'], tok), r, _s(a['c'], tok))
        if k == 'ratio':
            r = q(_val(a['num'], tok) * _val(a['mul'], tok) / _val(a['den'], tok), a['places'])
            return r == _val(a['c'], tok), '%s*%s/%s=%s vs %s' % (_s(a['num'], tok), _s(a['mul'], tok), _s(a['den'], tok), r, _s(a['c'], tok))
        if k == 'growth':
            cur, prev = _val(a['cur'], tok), _val(a['prev'], tok)
            ch = cur - prev
            ok = True
            det = ['%s vs %s change %s' % (_s(a['cur'], tok), _s(a['prev'], tok), ch)]
            if a['word']:
                ok &= direction(_s(a['word'], tok)) == (1 if ch > 0 else -1)
                det.append('word ' + _s(a['word'], tok))
            if a['amt']:
                ok &= abs(ch) == _val(a['amt'], tok)
                det.append('amt ' + _s(a['amt'], tok))
            if a['rate']:
                r = q(abs(ch) * 100 / prev, 2)
                ok &= r == _val(a['rate'], tok)
                det.append('rate %s vs %s' % (r, _s(a['rate'], tok)))
            return ok, '; '.join(det)
        if k == 'pp':
            ch = _val(a['cur'], tok) - _val(a['prev'], tok)
            ok = abs(ch) == _val(a['delta'], tok) and direction(_s(a['word'], tok)) == (1 if ch > 0 else -1)
            return ok, '%s-%s=%s vs %s %s' % (_s(a['cur'], tok), _s(a['prev'], tok), ch, _s(a['word'], tok), _s(a['delta'], tok))
        if k == 'count':
            n = int(_val(a['n'], tok))
            return n == len(a['items']), '%d listed vs %s' % (len(a['items']), _s(a['n'], tok))
        if k == 'band':
            sc = _val(a['score'], tok)
            exp = None
            for lo, label in a['bands']:
                if sc >= D(lo):
                    exp = label
                    break
            return exp == _s(a['grade'], tok), '%s -> %s vs %s' % (sc, exp, _s(a['grade'], tok))
        if k == 'dated':
            d = parse_date(_s(a['date'], tok))
            end = datetime.date(a['fy'], 12, 31)
            return d > end, '%s after %s' % (_s(a['date'], tok), end.strftime('%Y年%m月%d日'))
        if k == 'le':
            return _val(a['a'], tok) <= _val(a['b'], tok), '%s <= %s' % (_s(a['a'], tok), _s(a['b'], tok))
        if k == 'minof':
            m = min(_val(x, tok) for x in a['xs'])
            return m == _val(a['x'], tok), 'min %s vs %s' % (m, _s(a['x'], tok))
        if k == 'maxof':
            m = max(_val(x, tok) for x in a['xs'])
            return m == _val(a['x'], tok), 'max %s vs %s' % (m, _s(a['x'], tok))
        if k == 'same':
            return _s(a['a'], tok) == _s(a['b'], tok), '%s == %s' % (_s(a['a'], tok), _s(a['b'], tok))
        if k == 'anchor':
            return True, _s(a['a'], tok)
    except Exception as e:  # noqa
        return False, 'error %r' % e
    raise ValueError(k)

def failing(doc, tok):
    return [c['desc'] for c in doc.checks if not evaluate(c, tok)[0]]

# ---------------------------------------------------------------- widths
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

NUMCELL = re.compile(r'^-?[\d,]+(\.\d+)?%?$')

# ---------------------------------------------------------------- txt
def render_txt(blocks, mode='tab'):
    L = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            L.append(b[1])
        elif k == 'h':
            L.append(b[1])
        elif k in ('p', 'center', 'right'):
            L.append(('　　' + b[1]) if k == 'p' else b[1])
        elif k == 'plain':
            L.append(b[1])
        elif k == 'sign':
            L.extend(b[1])
        elif k == 'table':
            _, cap, unit, hdr, rows, w = b
            if cap:
                L.append(cap)
            if unit:
                L.append(unit)
            if mode == 'tab':
                L.append('\t'.join(hdr))
                for r in rows:
                    L.append('\t'.join(r))
            else:
                allr = [hdr] + rows
                ncol = len(hdr)
                wid = [max(dw(r[i]) for r in allr) for i in range(ncol)]
                def line(r):
                    cells = []
                    for i, c in enumerate(r):
                        pad = wid[i] - dw(c)
                        if i > 0 and NUMCELL.match(c):
                            cells.append(' ' * pad + c)
                        else:
                            cells.append(c + ' ' * pad)
                    return '  '.join(cells).rstrip()
                rule = '-' * (sum(wid) + 2 * (ncol - 1))
                L.append(rule)
                L.append(line(hdr))
                L.append(rule)
                for r in rows:
                    L.append(line(r))
                L.append(rule)
        L.append('') if k in ('title',) else None
    return ('\n'.join(L) + '\n').encode('utf-8')

def read_txt(data):
    return data.decode('utf-8')

# ---------------------------------------------------------------- html
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def render_html(blocks, portal):
    o = []
    o.append('<!DOCTYPE html>')
    o.append('<html lang="zh-CN">')
    o.append('<head>')
    o.append('<meta charset="utf-8">')
    o.append('<title>%s</title>' % esc(portal['page_title']))
    o.append('<style>body{font-family:SimSun,serif;margin:0}.top{background:#9b1c1c;color:#fff;padding:8px 24px}'
             '.nav a{margin-right:18px;color:#333}.crumb{font-size:13px;color:#666;margin:10px 24px}'
             '.art{width:900px;margin:0 auto}.art h1{text-align:center;font-size:22px}.info{text-align:center;color:#888;font-size:13px}'
             '.art p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #444;padding:3px 8px}'
             'td.n{text-align:right}.sign{text-align:right}.foot{border-top:1px solid #ccc;margin-top:30px;padding:12px;text-align:center;font-size:12px;color:#777}</style>')
    o.append('<script>var pageTag="detail";</script>')
    o.append('</head>')
    o.append('<body>')
    o.append('<div class="top">%s</div>' % esc(portal['site']))
    o.append('<div class="nav">' + ' | '.join('<a href="#">%s</a>' % esc(x) for x in portal['nav']) + '</div>')
    o.append('<div class="crumb">%s</div>' % esc(portal['crumb']))
    o.append('<div class="art">')
    for b in blocks:
        k = b[0]
        if k == 'title':
            o.append('<h1>%s</h1>' % esc(b[1]))
            o.append('<div class="info">%s</div>' % esc(portal['info']))
        elif k == 'h':
            o.append('<h3>%s</h3>' % esc(b[1]))
        elif k in ('p',):
            o.append('<p>%s</p>' % esc(b[1]))
        elif k in ('center', 'plain'):
            o.append('<div>%s</div>' % esc(b[1]))
        elif k == 'sign':
            o.append('<div class="sign">' + ''.join('<div>%s</div>' % esc(l) for l in b[1]) + '</div>')
        elif k == 'table':
            _, cap, unit, hdr, rows, w = b
            if cap:
                o.append('<p class="cap" style="text-align:center;text-indent:0">%s</p>' % esc(cap))
            if unit:
                o.append('<div style="text-align:right">%s</div>' % esc(unit))
            o.append('<table>')
            o.append('<tr>' + ''.join('<th>%s</th>' % esc(c) for c in hdr) + '</tr>')
            for r in rows:
                o.append('<tr>' + ''.join(('<td class="n">%s</td>' if NUMCELL.match(c) else '<td>%s</td>') % esc(c) for c in r) + '</tr>')
            o.append('</table>')
    o.append('</div>')
    o.append('<div class="foot">%s</div>' % esc(portal['foot']))
    o.append('</body>')
    o.append('</html>')
    return ('\n'.join(o) + '\n').encode('utf-8')

class _HR(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'tr', 'table', 'br', 'li'}
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None
    def handle_starttag(self, t, a):
        if t in ('style', 'script', 'title'):
            self.skip += 1
        elif t == 'tr':
            self.row = []
        elif t in ('td', 'th'):
            self.cell = []
        elif t in self.BLOCK:
            self.out.append('\n')
    def handle_endtag(self, t):
        if t in ('style', 'script', 'title'):
            self.skip -= 1
        elif t in ('td', 'th'):
            self.row.append(''.join(self.cell).strip())
            self.cell = None
        elif t == 'tr':
            self.out.append('\n|' + '|'.join(self.row) + '\n')
            self.row = None
        elif t in self.BLOCK:
            self.out.append('\n')
    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)

def read_html(data):
    h = _HR()
    h.feed(data.decode('utf-8'))
    t = ''.join(h.out)
    return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'

# ---------------------------------------------------------------- docx
FIXED = datetime.datetime(2020, 1, 1, 0, 0, 0)

def _zip_stable(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    return out.getvalue()

def render_docx(blocks, meta):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋')
    cp = doc.core_properties
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = meta.get('title', '')
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for b in blocks:
        k = b[0]
        if k == 'title':
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == 'h':
            para = doc.add_paragraph()
            r = para.add_run(b[1]); r.bold = True
        elif k == 'center':
            para = doc.add_paragraph(b[1]); para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'plain':
            doc.add_paragraph(b[1])
        elif k == 'p':
            para = doc.add_paragraph(b[1])
            para.paragraph_format.first_line_indent = Pt(24)
        elif k == 'sign':
            for l in b[1]:
                para = doc.add_paragraph(l); para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'table':
            _, cap, unit, hdr, rows, w = b
            if cap:
                para = doc.add_paragraph(cap); para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if unit:
                para = doc.add_paragraph(unit); para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = 'Table Grid'
            for j, c in enumerate(hdr):
                t.rows[0].cells[j].text = c
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.rows[i + 1].cells[j].text = c
                    if j > 0 and NUMCELL.match(c):
                        t.rows[i + 1].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    doc.save(buf)
    return _zip_stable(buf.getvalue())

def read_docx(data):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(io.BytesIO(data))
    out = []
    for el in doc.element.body.iterchildren():
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
def render_pdf(blocks, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    body = ParagraphStyle('b', fontName=fn, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    plain = ParagraphStyle('pl', parent=body, firstLineIndent=0)
    ttl = ParagraphStyle('t', fontName=fn, fontSize=15, leading=22, alignment=TA_CENTER, wordWrap='CJK', spaceAfter=6)
    hd = ParagraphStyle('h', parent=plain, fontSize=11, spaceBefore=4)
    ctr = ParagraphStyle('c', parent=plain, alignment=TA_CENTER)
    rgt = ParagraphStyle('r', parent=plain, alignment=TA_RIGHT)
    cell = ParagraphStyle('cell', fontName=fn, fontSize=9, leading=12, wordWrap='CJK')
    celln = ParagraphStyle('celln', parent=cell, alignment=TA_RIGHT)
    story = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            story.append(Paragraph(esc(b[1]), ttl))
        elif k == 'h':
            story.append(Paragraph(esc(b[1]), hd))
        elif k == 'center':
            story.append(Paragraph(esc(b[1]), ctr))
        elif k == 'plain':
            story.append(Paragraph(esc(b[1]), plain))
        elif k == 'p':
            story.append(Paragraph(esc(b[1]), body))
        elif k == 'sign':
            story.append(Spacer(1, 8))
            for l in b[1]:
                story.append(Paragraph(esc(l), rgt))
        elif k == 'table':
            _, cap, unit, hdr, rows, w = b
            if cap:
                story.append(Paragraph(esc(cap), ctr))
            if unit:
                story.append(Paragraph(esc(unit), rgt))
            data = [[Paragraph(esc(c), cell) for c in hdr]]
            for r in rows:
                data.append([Paragraph(esc(c), celln if (j > 0 and NUMCELL.match(c)) else cell) for j, c in enumerate(r)])
            cw = [x * mm for x in w] if w else None
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            story.append(Spacer(1, 6))
    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=meta.get('title', ''), author='', subject='', creator='',
                          invariant=1)
    d.build(story)
    return buf.getvalue()

def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))

# ---------------------------------------------------------------- dispatch
def render(doc, tok=None):
    blocks = doc.filled(tok)
    f = doc.fmt
    if f == 'txt-tab':
        return render_txt(blocks, 'tab')
    if f == 'txt-space':
        return render_txt(blocks, 'space')
    if f == 'html':
        return render_html(blocks, doc.meta['portal'])
    if f == 'docx':
        return render_docx(blocks, doc.meta)
    if f == 'pdf':
        return render_pdf(blocks, doc.meta)
    raise ValueError(f)

def ext(doc):
    return {'txt-tab': 'txt', 'txt-space': 'txt'}.get(doc.fmt, doc.fmt)

def readback_bytes(data, e):
    return {'txt': read_txt, 'html': read_html, 'docx': read_docx, 'pdf': read_pdf}[e](data)

def readback(path):
    return readback_bytes(open(path, 'rb').read(), path.rsplit('.', 1)[1])

def nows(s):
    return re.sub(r'\s+', '', s)

def standalone(s, text):
    pat = r'(?<![0-9.,])' + re.escape(s) + r'(?![0-9]|[.,][0-9])'
    return re.search(pat, text) is not None

NUMTOK = re.compile(r'^-?[\d,]+(\.\d+)?$')

def present(s, text):
    if NUMTOK.match(s):
        return standalone(s, text) or standalone(s, nows(text))
    return s in text or nows(s) in nows(text)

def prove(doc, path):
    """re-read the rendered file; every token used must be present; every check re-evaluated"""
    text = readback(path)
    rows = []
    for c in doc.checks:
        ok, det = evaluate(c, doc.tok)
        if c['kind'] == 'count':
            for it in c['args']['items']:
                s = it[1:] if it.startswith('=') else doc.tok[it]
                ok &= present(s, text)
        rows.append({'desc': c['desc'], 'ok': bool(ok), 'detail': det})
    for name in sorted(doc.tokens_used()):
        s = doc.tok[name]
        rows.append({'desc': 'read-back: %s' % name, 'ok': present(s, text), 'detail': s})
    b = text.encode('utf-8')
    han = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
    led = {'report': doc.stem + '.' + ext(doc),
           'facts': {'date': doc.tok.get('date'), 'docno': doc.tok.get('docno'),
                     'utf8_bytes': len(b), 'han_chars': han},
           'checks': rows,
           'all_checks_ok': all(r['ok'] for r in rows)}
    return led, text

def regions(a, b, gap=4):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != 'equal']
    merged = []
    for o in ops:
        if merged and o[1] - merged[-1][2] < gap:
            merged[-1] = (merged[-1][0], merged[-1][1], o[2], merged[-1][3], o[4])
        else:
            merged.append((o[0], o[1], o[2], o[3], o[4]))
    return merged
