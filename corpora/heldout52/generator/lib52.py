"""lib52: helpers for the heldout52 generators (written from scratch for this set).

Every figure that is written into a report is registered under a key with Doc.s(key, text);
each key stands for exactly one place in the text.  The Ledger stores checks as (kind, keys)
and evaluates them on the *strings as written*.  prove() re-reads the rendered file and
requires every string used by a check to be present in the read-back.
"""
import io
import json
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html import escape
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers

def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separators, n decimals, half-up"""
    return format(q(x, n), ',.%df' % n)


def P(x, n=2):
    """percentage figure without separator"""
    return format(q(x, n), '.%df' % n)


def I(x):
    return format(int(D(x)), ',d')


def num(s):
    s = s.strip().replace(',', '').replace('%', '')
    return Decimal(s)


def places(s):
    s = s.strip().replace(',', '').replace('%', '')
    return len(s.split('.')[1]) if '.' in s else 0


DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')


def parse_date(s):
    m = DATE_RE.search(s)
    return tuple(int(g) for g in m.groups())

# ---------------------------------------------------------------- document model


class Doc:
    def __init__(self, overrides=None):
        self.v = {}
        self.ov = dict(overrides or {})
        self.used_ov = set()
        self.blocks = []
        self.L = Ledger(self)
        self.meta = {}

    def s(self, key, text):
        """register the string written at one place of the report"""
        assert key not in self.v, 'duplicate key ' + key
        text = str(text)
        if key in self.ov:
            text = self.ov[key]
            self.used_ov.add(key)
        self.v[key] = text
        return text

    # block builders
    def title(self, t):
        self.blocks.append(('title', t))

    def center(self, t):
        self.blocks.append(('center', t))

    def h(self, t):
        self.blocks.append(('h', t))

    def p(self, t):
        self.blocks.append(('p', t))

    def plain(self, t):
        self.blocks.append(('plain', t))

    def table(self, caption, unit, head, rows, note=None):
        self.blocks.append(('table', dict(caption=caption, unit=unit, head=head, rows=rows, note=note)))

    def sign(self, *lines):
        self.blocks.append(('sign', list(lines)))

# ---------------------------------------------------------------- ledger


class Ledger:
    def __init__(self, doc):
        self.doc = doc
        self.checks = []   # dicts: kind, desc, args
        self.anchors = []  # literal strings that must be present

    # -- registration
    def _add(self, kind, desc, **args):
        self.checks.append(dict(kind=kind, desc=desc, args=args))

    def sum(self, desc, total, parts):
        self._add('sum', desc, total=total, parts=list(parts))

    def diff(self, desc, res, a, b):
        self._add('diff', desc, res=res, a=a, b=b)

    def prod(self, desc, res, a, b, scale='=1'):
        self._add('prod', desc, res=res, a=a, b=b, scale=scale)

    def ratio(self, desc, res, n, d, scale='=100'):
        self._add('ratio', desc, res=res, n=n, d=d, scale=scale)

    def growth(self, desc, cur, prev, amt, rate, sign):
        self._add('growth', desc, cur=cur, prev=prev, amt=amt, rate=rate, sign=sign)

    def pp(self, desc, cur, prev, chg, sign):
        self._add('pp', desc, cur=cur, prev=prev, chg=chg, sign=sign)

    def count(self, desc, n, items):
        self._add('count', desc, n=n, items=list(items))
        self.anchors.extend(items)

    def band(self, desc, score, grade, bands):
        self._add('band', desc, score=score, grade=grade, bands=bands)

    def dated(self, desc, date, fy):
        self._add('dated', desc, date=date, fy=fy)

    def le(self, desc, a, b):
        self._add('le', desc, a=a, b=b)

    def minof(self, desc, res, keys):
        self._add('minof', desc, res=res, keys=list(keys))

    def maxof(self, desc, res, keys):
        self._add('maxof', desc, res=res, keys=list(keys))

    def same(self, desc, keys):
        self._add('same', desc, keys=list(keys))

    def expr(self, desc, res, keys, fn, formula, nplaces=None):
        self._add('expr', desc, res=res, keys=list(keys), fn=fn, formula=formula, nplaces=nplaces)

    def anchor(self, desc, text):
        self.anchors.append(text)
        self._add('anchor', desc, text=text)

    # -- evaluation
    def val(self, k):
        if k.startswith('='):
            return k[1:]
        return self.doc.v[k]

    def keys_of(self, c):
        out = []
        for name, a in c['args'].items():
            if name in ('fn', 'formula', 'bands', 'sign', 'fy', 'nplaces', 'items', 'text'):
                continue
            for k in (a if isinstance(a, list) else [a]):
                if isinstance(k, str) and not k.startswith('='):
                    out.append(k)
        return out

    def evaluate(self, c, readback=None):
        a = c['args']
        V = self.val
        N = lambda k: num(V(k))
        kind = c['kind']
        if kind == 'sum':
            s = sum(N(k) for k in a['parts'])
            return s == N(a['total']), '%s=%s vs %s' % ('+'.join(V(k) for k in a['parts']), s, V(a['total']))
        if kind == 'diff':
            r = N(a['a']) - N(a['b'])
            return r == N(a['res']), '%s-%s=%s vs %s' % (V(a['a']), V(a['b']), r, V(a['res']))
        if kind == 'prod':
            r = q(N(a['a']) * N(a['b']) * N(a['scale']), places(V(a['res'])))
            return r == N(a['res']), '%s*%s*%s=%s vs %s' % (V(a['a']), V(a['b']), V(a['scale']), r, V(a['res']))
        if kind == 'ratio':
            r = q(N(a['n']) / N(a['d']) * N(a['scale']), places(V(a['res'])))
            return r == N(a['res']), '%s/%s*%s=%s vs %s' % (V(a['n']), V(a['d']), V(a['scale']), r, V(a['res']))
        if kind == 'growth':
            sg = a['sign']
            amt = (N(a['cur']) - N(a['prev'])) * sg
            rate = q(amt / N(a['prev']) * 100, places(V(a['rate'])))
            ok = amt == N(a['amt']) and rate == N(a['rate'])
            return ok, '(%s-%s)*%d=%s vs %s; rate %s vs %s' % (V(a['cur']), V(a['prev']), sg, amt, V(a['amt']), rate, V(a['rate']))
        if kind == 'pp':
            sg = a['sign']
            r = (N(a['cur']) - N(a['prev'])) * sg
            return r == N(a['chg']), '(%s-%s)*%d=%s vs %s' % (V(a['cur']), V(a['prev']), sg, r, V(a['chg']))
        if kind == 'count':
            n = int(N(a['n']))
            ok = n == len(a['items'])
            if readback is not None:
                ok = ok and all(i in readback for i in a['items'])
            return ok, '%s vs %d listed (%s)' % (V(a['n']), len(a['items']), '、'.join(a['items']))
        if kind == 'band':
            sc = N(a['score'])
            g = None
            for lo, name in a['bands']:
                if sc >= D(lo):
                    g = name
                    break
            return g == V(a['grade']), '%s -> %s vs %s' % (V(a['score']), g, V(a['grade']))
        if kind == 'dated':
            y, m, d = parse_date(V(a['date']))
            return (y, m, d) > (a['fy'], 12, 31), '%s after %d年12月31日' % (V(a['date']), a['fy'])
        if kind == 'le':
            return N(a['a']) <= N(a['b']), '%s <= %s' % (V(a['a']), V(a['b']))
        if kind in ('minof', 'maxof'):
            vals = [N(k) for k in a['keys']]
            t = min(vals) if kind == 'minof' else max(vals)
            return t == N(a['res']), '%s of (%s)=%s vs %s' % (kind[:3], ','.join(V(k) for k in a['keys']), t, V(a['res']))
        if kind == 'same':
            vs = [V(k) for k in a['keys']]
            return len(set(vs)) == 1, ' = '.join(vs)
        if kind == 'expr':
            vals = [N(k) for k in a['keys']]
            r = a['fn'](*vals)
            np_ = a['nplaces'] if a['nplaces'] is not None else places(V(a['res']))
            r = q(r, np_)
            return r == N(a['res']), '%s with (%s) = %s vs %s' % (a['formula'], ','.join(V(k) for k in a['keys']), r, V(a['res']))
        if kind == 'anchor':
            ok = True if readback is None else a['text'] in readback
            return ok, a['text']
        raise ValueError(kind)

    def run(self, strict=True):
        res = []
        for c in self.checks:
            ok, det = self.evaluate(c)
            if strict and not ok:
                raise AssertionError('check failed: %s: %s' % (c['desc'], det))
            res.append((c['desc'], ok, det))
        return res

    def failed(self):
        return [c['desc'] for c in self.checks if not self.evaluate(c)[0]]

# ---------------------------------------------------------------- read-back proof

NUMLIKE = re.compile(r'^-?[\d,]+(\.\d+)?$')


def standalone(s, text):
    pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)'
    return len(re.findall(pat, text))


def present(s, text):
    flat = re.sub(r'\s+', '', text)
    if NUMLIKE.match(s):
        return max(standalone(s, text), standalone(s, flat))
    return max(text.count(s), flat.count(s))


def prove(doc, readback, fy):
    """Re-evaluate every check with presence of every used string in the read-back."""
    L = doc.L
    rows = []
    flat = re.sub(r'\s+', '', readback)
    for c in L.checks:
        ok, det = L.evaluate(c, readback=flat)
        assert ok, 'prove failed: %s %s' % (c['desc'], det)
        desc = c['desc'] if c['kind'] != 'anchor' else 'anchor: ' + c['desc']
        rows.append(dict(desc=desc, ok=ok, detail=det))
    # every string used by a check must be in the read-back, as often as it is used at distinct places
    used = {}
    for c in L.checks:
        for k in L.keys_of(c):
            used.setdefault(k, doc.v[k])
    bystr = {}
    for k, s in used.items():
        bystr.setdefault(s, []).append(k)
    for k in sorted(used):
        s = used[k]
        n = present(s, readback)
        need = len(bystr[s])
        ok = n >= need
        assert ok, 'read-back missing %s=%r (found %d, need %d)' % (k, s, n, need)
        rows.append(dict(desc='read-back: ' + k, ok=True, detail='%r found %d time(s), %d key(s) use it' % (s, n, need)))
    return rows


def ledger_json(name, doc, rows, readback):
    han = sum(1 for ch in readback if '\u4e00' <= ch <= '\u9fff')
    obj = dict(report=name,
               facts=dict(date=doc.meta['date'], docno=doc.meta['docno'],
                          utf8_bytes=len(readback.encode('utf-8')), han_chars=han),
               checks=rows,
               all_checks_ok=all(r['ok'] for r in rows))
    return json.dumps(obj, ensure_ascii=False, indent=1) + '\n'

# ---------------------------------------------------------------- width helpers


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def isnum(s):
    return bool(re.match(r'^[-+]?[\d,]+(\.\d+)?%?$', s.strip()))

# ---------------------------------------------------------------- txt renderers


def render_txt(doc, tables='tab'):
    out = []
    for kind, b in doc.blocks:
        if kind == 'title':
            out.append(b)
            out.append('')
        elif kind == 'center':
            out.append(b)
        elif kind == 'h':
            out.append('')
            out.append(b)
        elif kind == 'p':
            out.append('\u3000\u3000' + b)
        elif kind == 'plain':
            out.append(b)
        elif kind == 'sign':
            out.append('')
            out.extend(b)
        elif kind == 'table':
            out.append('')
            if b['caption']:
                out.append(b['caption'])
            if b['unit']:
                out.append(b['unit'])
            if tables == 'tab':
                out.append('\t'.join(b['head']))
                for r in b['rows']:
                    out.append('\t'.join(r))
            else:
                allrows = [b['head']] + b['rows']
                ncol = len(b['head'])
                w = [max(dw(r[i]) for r in allrows) for i in range(ncol)]

                def fmt(r, head=False):
                    cells = []
                    for i, c in enumerate(r):
                        pad = ' ' * (w[i] - dw(c))
                        if i > 0 and (head or isnum(c)):
                            cells.append(pad + c)
                        else:
                            cells.append(c + pad)
                    return '  '.join(cells).rstrip()
                rule = '-' * (sum(w) + 2 * (ncol - 1))
                out.append(rule)
                out.append(fmt(b['head'], True))
                out.append(rule)
                for r in b['rows']:
                    out.append(fmt(r))
                out.append(rule)
            if b['note']:
                out.append(b['note'])
            out.append('')
    text = '\n'.join(out).rstrip('\n') + '\n'
    text = re.sub(r'\n{3,}', '\n\n', text)
    return text.encode('utf-8')


def read_txt(data):
    return data.decode('utf-8')

# ---------------------------------------------------------------- html


def render_html(doc, site):
    css = ('body{font-family:"SimSun",serif;margin:0;background:#f4f4f4}'
           '.top{background:#1d4f91;color:#fff;padding:10px 24px;font-size:20px}'
           'nav{background:#2d6bb5;padding:6px 24px}nav a{color:#fff;margin-right:18px;text-decoration:none}'
           '.crumb{padding:8px 24px;font-size:13px;color:#555}'
           '.art{background:#fff;margin:0 24px 24px;padding:20px 40px}'
           'h1{text-align:center;font-size:22px}.meta{text-align:center;color:#777;font-size:13px}'
           'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #999;padding:3px 8px}'
           'td.n{text-align:right}.sign{text-align:right}footer{text-align:center;font-size:12px;color:#777;padding:12px}')
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % escape(site['page_title']), '<style>%s</style>' % css, '</head>', '<body>',
         '<div class="top">%s</div>' % escape(site['site']),
         '<nav>' + ''.join('<a href="#">%s</a>' % escape(n) for n in site['nav']) + '</nav>',
         '<div class="crumb">%s</div>' % escape(site['crumb']),
         '<div class="art">']
    for kind, b in doc.blocks:
        if kind == 'title':
            h.append('<h1>%s</h1>' % escape(b))
            h.append('<div class="meta">%s</div>' % escape(site['meta']))
        elif kind == 'center':
            h.append('<p style="text-align:center">%s</p>' % escape(b))
        elif kind == 'h':
            h.append('<h3>%s</h3>' % escape(b))
        elif kind in ('p', 'plain'):
            h.append('<p>%s</p>' % escape(b))
        elif kind == 'sign':
            h.append('<div class="sign">' + ''.join('<p>%s</p>' % escape(x) for x in b) + '</div>')
        elif kind == 'table':
            if b['caption']:
                h.append('<p style="text-align:center"><b>%s</b></p>' % escape(b['caption']))
            if b['unit']:
                h.append('<p style="text-align:right">%s</p>' % escape(b['unit']))
            h.append('<table>')
            h.append('<tr>' + ''.join('<th>%s</th>' % escape(c) for c in b['head']) + '</tr>')
            for r in b['rows']:
                h.append('<tr>' + ''.join(('<td class="n">%s</td>' if isnum(c) else '<td>%s</td>') % escape(c) for c in r) + '</tr>')
            h.append('</table>')
            if b['note']:
                h.append('<p>%s</p>' % escape(b['note']))
    h.append('</div>')
    h.append('<footer>%s</footer>' % escape(site['footer']))
    h.append('</body>')
    h.append('</html>')
    return ('\n'.join(h) + '\n').encode('utf-8')


class _HR(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'nav', 'footer', 'table', 'br', 'li'}

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
        elif tag == 'a':
            self.out.append(' ')

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
    p = _HR()
    p.feed(data.decode('utf-8'))
    t = ''.join(p.out)
    t = re.sub(r'[ \t]*\n[ \t\n]*', '\n', t)
    return t.strip() + '\n'

# ---------------------------------------------------------------- docx


def render_docx(doc, core_title):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')

    def para(text, align=None, bold=False, size=None, indent=False):
        p = d.add_paragraph()
        r = p.add_run(('\u3000\u3000' if indent else '') + text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    for kind, b in doc.blocks:
        if kind == 'title':
            para(b, WD_ALIGN_PARAGRAPH.CENTER, True, 16)
        elif kind == 'center':
            para(b, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == 'h':
            para(b, bold=True)
        elif kind == 'p':
            para(b, indent=True)
        elif kind == 'plain':
            para(b)
        elif kind == 'sign':
            for x in b:
                para(x, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == 'table':
            if b['caption']:
                para(b['caption'], WD_ALIGN_PARAGRAPH.CENTER, True)
            if b['unit']:
                para(b['unit'], WD_ALIGN_PARAGRAPH.RIGHT)
            t = d.add_table(rows=1 + len(b['rows']), cols=len(b['head']))
            t.style = 'Table Grid'
            for i, row in enumerate([b['head']] + b['rows']):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = c
                    pp = cell.paragraphs[0]
                    if i == 0:
                        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for r in pp.runs:
                            r.bold = True
                    elif isnum(c):
                        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if b['note']:
                para(b['note'])
    cp = d.core_properties
    fixed = datetime.datetime(2020, 1, 1, 0, 0, 0)
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = core_title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.comments = ''
    cp.keywords = ''
    cp.subject = ''
    cp.category = ''
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip: entries in name order, fixed timestamp
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def read_docx(data):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(io.BytesIO(data))
    lines = []
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'):
            lines.append(''.join(t.text or '' for t in el.iter(qn('w:t'))))
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells = []
                for tc in tr.iter(qn('w:tc')):
                    cells.append(''.join(t.text or '' for t in tc.iter(qn('w:t'))))
                lines.append('|' + '|'.join(cells))
    return '\n'.join(lines) + '\n'

# ---------------------------------------------------------------- pdf


def render_pdf(doc, core_title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = dict(fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    sp = ParagraphStyle('p', firstLineIndent=21, **base)
    sh = ParagraphStyle('h', **base)
    st = ParagraphStyle('t', alignment=TA_CENTER, fontName='STSong-Light', fontSize=15, leading=22, wordWrap='CJK')
    sc = ParagraphStyle('c', alignment=TA_CENTER, **base)
    sr = ParagraphStyle('r', alignment=TA_RIGHT, **base)
    cell = ParagraphStyle('cell', fontName='STSong-Light', fontSize=9, leading=12, wordWrap='CJK')
    celln = ParagraphStyle('celln', alignment=TA_RIGHT, fontName='STSong-Light', fontSize=9, leading=12, wordWrap='CJK')
    story = []
    E = lambda s: escape(s, quote=False)
    for kind, b in doc.blocks:
        if kind == 'title':
            story.append(Paragraph(E(b), st))
            story.append(Spacer(1, 4 * mm))
        elif kind == 'center':
            story.append(Paragraph(E(b), sc))
        elif kind == 'h':
            story.append(Paragraph(E(b), sh))
        elif kind == 'p':
            story.append(Paragraph(E(b), sp))
        elif kind == 'plain':
            story.append(Paragraph(E(b), sh))
        elif kind == 'sign':
            story.append(Spacer(1, 6 * mm))
            for x in b:
                story.append(Paragraph(E(x), sr))
        elif kind == 'table':
            if b['caption']:
                story.append(Spacer(1, 2 * mm))
                story.append(Paragraph(E(b['caption']), sc))
            if b['unit']:
                story.append(Paragraph(E(b['unit']), sr))
            data = [[Paragraph(E(c), cell) for c in b['head']]]
            for r in b['rows']:
                data.append([Paragraph(E(c), celln if isnum(c) else cell) for c in r])
            t = Table(data, repeatRows=1, hAlign='CENTER')
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            if b['note']:
                story.append(Paragraph(E(b['note']), sh))
            story.append(Spacer(1, 2 * mm))
    buf = io.BytesIO()
    sdt = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title=core_title, author='', subject='', creator='', producer='')
    sdt.build(story)
    return buf.getvalue()


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))

# ---------------------------------------------------------------- dispatch


def render(doc, fmt, **kw):
    if fmt == 'txt-tab':
        return render_txt(doc, 'tab')
    if fmt == 'txt-space':
        return render_txt(doc, 'space')
    if fmt == 'html':
        return render_html(doc, kw['site'])
    if fmt == 'docx':
        return render_docx(doc, kw['core_title'])
    if fmt == 'pdf':
        return render_pdf(doc, kw['core_title'])
    raise ValueError(fmt)


def readback(data, fmt):
    if fmt.startswith('txt'):
        return read_txt(data)
    if fmt == 'html':
        return read_html(data)
    if fmt == 'docx':
        return read_docx(data)
    if fmt == 'pdf':
        return read_pdf(data)
    raise ValueError(fmt)
