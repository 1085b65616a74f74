# -*- coding: utf-8 -*-
"""lib54: helpers for heldout54 (written from scratch for this set).

Model: a report is a list of blocks whose texts are templates with {key}
placeholders, plus a dict V of key -> number/text string exactly as written.
Ledger checks name keys (or '=literal'), never numbers, so a planted edit is
"change the string of one key" and the clean ledger can be re-evaluated on
the copy's read-back.
"""
import io
import re
import zipfile
import datetime
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    s = str(x).replace(',', '').replace('%', '').strip()
    if s.startswith('+'):
        s = s[1:]
    return Decimal(s)


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separators, n decimals, half-up"""
    v = q(x, n)
    return format(v, ',.%df' % n)


def P(x, n=2):
    """plain, no separators"""
    return format(q(x, n), '.%df' % n)


def I(x):
    return F(x, 0)


def places(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


NUM_RE = re.compile(r'^[+-]?[0-9][0-9,]*(?:\.[0-9]+)?$')

# ---------------------------------------------------------------- ledger

class Ledger:
    def __init__(self):
        self.checks = []   # dicts: id, kind, desc, args
        self.anchors = []  # (desc, literal string) that must occur in read-back
        self.ids = set()

    def _add(self, cid, kind, desc, **args):
        assert cid not in self.ids, cid
        self.ids.add(cid)
        self.checks.append(dict(id=cid, kind=kind, desc=desc, args=args))

    # relations
    def sum(self, cid, desc, parts, total):
        self._add(cid, 'sum', desc, parts=parts, total=total)

    def lin(self, cid, desc, terms, total):
        """terms: [(coef, key)]"""
        self._add(cid, 'lin', desc, terms=terms, total=total)

    def ratio(self, cid, desc, num, den, res, scale=100):
        self._add(cid, 'ratio', desc, num=num, den=den, res=res, scale=str(scale))

    def prod(self, cid, desc, factors, res, scale=1):
        self._add(cid, 'prod', desc, factors=factors, res=res, scale=str(scale))

    def growth(self, cid, desc, prior, cur, amt=None, rate=None, dir=None):
        """unsigned amount / rate with a direction word 增/减 (key or '=增')."""
        self._add(cid, 'growth', desc, prior=prior, cur=cur, amt=amt, rate=rate, dir=dir)

    def chg(self, cid, desc, prior, cur, amt=None, rate=None):
        """signed amount / rate (tables)"""
        self._add(cid, 'chg', desc, prior=prior, cur=cur, amt=amt, rate=rate)

    def pp(self, cid, desc, prior, cur, pp, dir):
        self._add(cid, 'pp', desc, prior=prior, cur=cur, pp=pp, dir=dir)

    def eq(self, cid, desc, keys):
        self._add(cid, 'eq', desc, keys=keys)

    def count(self, cid, desc, n, items):
        self._add(cid, 'count', desc, n=n, items=items)
        for it in items:
            self.anchors.append(('count item: ' + it, it))

    def band(self, cid, desc, score, bands, grade):
        """bands: [(min_score_str, label)], highest first"""
        self._add(cid, 'band', desc, score=score, bands=bands, grade=grade)

    def dated(self, cid, desc, date, period_end):
        self._add(cid, 'dated', desc, date=date, period_end=period_end)

    def le(self, cid, desc, a, b):
        self._add(cid, 'le', desc, a=a, b=b)

    def max(self, cid, desc, keys, chosen):
        self._add(cid, 'max', desc, keys=keys, chosen=chosen)

    def min(self, cid, desc, keys, chosen):
        self._add(cid, 'min', desc, keys=keys, chosen=chosen)

    def anchor(self, desc, s):
        self.anchors.append((desc, s))

    # evaluation
    def keys_of(self, c):
        ks = []
        def walk(v):
            if isinstance(v, str):
                if not v.startswith('=') and v not in ('增', '减'):
                    ks.append(v)
            elif isinstance(v, (list, tuple)):
                for x in v:
                    walk(x)
        for k, v in c['args'].items():
            if k in ('scale', 'period_end', 'items', 'bands'):
                continue
            if k == 'terms':
                for _, key in v:
                    ks.append(key)
                continue
            if v is None:
                continue
            walk(v)
        return ks

    def evaluate(self, val):
        """val: key -> string. returns list of (check, ok, detail)"""
        out = []
        for c in self.checks:
            try:
                ok, det = _eval(c, val)
            except Exception as e:  # unparsable value counts as failure
                ok, det = False, 'error: %r' % (e,)
            out.append((c, ok, det))
        return out

    def assert_all(self, val):
        for c, ok, det in self.evaluate(val):
            if not ok:
                raise AssertionError('%s %s: %s' % (c['id'], c['desc'], det))


def _g(val, k):
    if k.startswith('='):
        return k[1:]
    return val[k]


DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')


def _eval(c, val):
    a = c['args']
    g = lambda k: _g(val, k)
    k = c['kind']
    if k == 'sum':
        s = sum(D(g(x)) for x in a['parts'])
        return s == D(g(a['total'])), '%s = %s vs %s' % ('+'.join(g(x) for x in a['parts']), s, g(a['total']))
    if k == 'lin':
        s = sum(Decimal(cf) * D(g(x)) for cf, x in a['terms'])
        expr = ''.join(('+' if cf > 0 else '-') + g(x) for cf, x in a['terms'])
        return s == D(g(a['total'])), '%s = %s vs %s' % (expr.lstrip('+'), s, g(a['total']))
    if k == 'ratio':
        r = g(a['res'])
        v = q(D(g(a['num'])) / D(g(a['den'])) * D(a['scale']), places(r))
        return v == D(r), '%s/%s*%s = %s vs %s' % (g(a['num']), g(a['den']), a['scale'], v, r)
    if k == 'prod':
        r = g(a['res'])
        p = D(a['scale'])
        for x in a['factors']:
            p *= D(g(x))
        v = q(p, places(r))
        return v == D(r), '%s*%s = %s vs %s' % ('*'.join(g(x) for x in a['factors']), a['scale'], v, r)
    if k in ('growth', 'chg'):
        pr, cu = D(g(a['prior'])), D(g(a['cur']))
        d = cu - pr
        oks, det = [], ['%s->%s diff %s' % (g(a['prior']), g(a['cur']), d)]
        if k == 'growth':
            dw = g(a['dir']) if a['dir'] else None
            if dw is not None:
                oks.append((d > 0 and dw == '增') or (d < 0 and dw == '减'))
                det.append('dir ' + dw)
            if a['amt']:
                oks.append(abs(d) == D(g(a['amt'])))
                det.append('amt ' + g(a['amt']))
            if a['rate']:
                r = g(a['rate'])
                v = q(abs(d) / pr * 100, places(r))
                oks.append(v == D(r))
                det.append('rate %s vs %s' % (v, r))
        else:
            if a['amt']:
                oks.append(d == D(g(a['amt'])))
                det.append('amt ' + g(a['amt']))
            if a['rate']:
                r = g(a['rate'])
                v = q(d / pr * 100, places(r))
                oks.append(v == D(r))
                det.append('rate %s vs %s' % (v, r))
        return all(oks), '; '.join(det)
    if k == 'pp':
        pr, cu, pp = D(g(a['prior'])), D(g(a['cur'])), D(g(a['pp']))
        dw = g(a['dir'])
        d = cu - pr
        ok = abs(d) == pp and ((d > 0 and dw == '升') or (d < 0 and dw == '降'))
        return ok, '%s-%s = %s vs %s个百分点(%s)' % (g(a['cur']), g(a['prior']), d, g(a['pp']), dw)
    if k == 'eq':
        vs = [g(x) for x in a['keys']]
        return len(set(D(v) if NUM_RE.match(v) else v for v in vs)) == 1, ' = '.join(vs)
    if k == 'count':
        n = D(g(a['n']))
        return n == len(a['items']), '%s vs %d listed (%s)' % (g(a['n']), len(a['items']), '、'.join(a['items']))
    if k == 'band':
        s = D(g(a['score']))
        lab = None
        for mn, l in a['bands']:
            if s >= D(mn):
                lab = l
                break
        return lab == g(a['grade']), '%s -> %s vs %s' % (g(a['score']), lab, g(a['grade']))
    if k == 'dated':
        m = DATE_RE.search(g(a['date']))
        dt = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        pe = datetime.date.fromisoformat(a['period_end'])
        return dt > pe, '%s after %s' % (g(a['date']), a['period_end'])
    if k == 'le':
        return D(g(a['a'])) <= D(g(a['b'])), '%s <= %s' % (g(a['a']), g(a['b']))
    if k in ('max', 'min'):
        vs = [D(g(x)) for x in a['keys']]
        t = max(vs) if k == 'max' else min(vs)
        return D(g(a['chosen'])) == t and vs.count(t) == 1, '%s of %s vs %s' % (k, [g(x) for x in a['keys']], g(a['chosen']))
    raise ValueError(k)

# ---------------------------------------------------------------- model

PH = re.compile(r'\{([A-Za-z_][A-Za-z0-9_]*)\}')


class Doc:
    """blocks: (kind, payload). kinds: title, sub, p, h, table, sign"""

    def __init__(self):
        self.blocks = []

    def title(self, t): self.blocks.append(('title', t))
    def sub(self, t): self.blocks.append(('sub', t))
    def p(self, t): self.blocks.append(('p', t))
    def h(self, t): self.blocks.append(('h', t))
    def sign(self, *lines): self.blocks.append(('sign', list(lines)))

    def table(self, caption, unit, header, rows, unit_in_caption=False):
        self.blocks.append(('table', dict(caption=caption, unit=unit, header=header, rows=rows,
                                          unit_in_caption=unit_in_caption)))

    def templates(self):
        """(kind, template) for every text piece, in order"""
        out = []
        for kind, pl in self.blocks:
            if kind == 'table':
                for t in (pl['caption'], pl['unit']):
                    if t:
                        out.append(('line', t))
                for t in pl['header']:
                    out.append(('cell', t))
                for r in pl['rows']:
                    for t in r:
                        out.append(('cell', t))
            elif kind == 'sign':
                out.append(('line', ''.join(pl)))
            else:
                out.append(('line', pl))
        return out

    def key_uses(self):
        uses = {}
        for _, t in self.templates():
            for k in PH.findall(t):
                uses[k] = uses.get(k, 0) + 1
        return uses


def fill(t, V):
    return PH.sub(lambda m: V[m.group(1)], t)

# ---------------------------------------------------------------- text width

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def is_num_cell(s):
    return bool(re.match(r'^[+-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$', s)) or s in ('—', '-')

# ---------------------------------------------------------------- renderers

def render_txt(doc, V, table_mode='tab'):
    L = []
    for kind, pl in doc.blocks:
        if kind == 'title':
            L.append(fill(pl, V)); L.append('')
        elif kind == 'sub':
            L.append(fill(pl, V)); L.append('')
        elif kind == 'h':
            L.append(fill(pl, V))
        elif kind == 'p':
            L.append('　　' + fill(pl, V))
        elif kind == 'sign':
            L.append('')
            for t in pl:
                L.append(' ' * 40 + fill(t, V))
        elif kind == 'table':
            cap = fill(pl['caption'], V)
            unit = fill(pl['unit'], V) if pl['unit'] else ''
            hdr = [fill(t, V) for t in pl['header']]
            rows = [[fill(t, V) for t in r] for r in pl['rows']]
            L.append('')
            if table_mode == 'tab':
                L.append(cap + ('\t' + unit if unit and pl['unit_in_caption'] else ''))
                if unit and not pl['unit_in_caption']:
                    L.append(unit)
                L.append('\t'.join(hdr))
                for r in rows:
                    L.append('\t'.join(r))
            else:
                L.append(cap)
                if unit:
                    L.append(unit)
                allr = [hdr] + rows
                ncol = len(hdr)
                w = [max(dw(r[i]) for r in allr) for i in range(ncol)]
                tot = sum(w) + 2 * (ncol - 1)
                L.append('-' * tot)
                for ri, r in enumerate(allr):
                    cells = []
                    for i, c in enumerate(r):
                        pad = ' ' * (w[i] - dw(c))
                        if ri > 0 and is_num_cell(c):
                            cells.append(pad + c)
                        else:
                            cells.append(c + pad)
                    L.append('  '.join(cells).rstrip())
                    if ri == 0:
                        L.append('-' * tot)
                L.append('-' * tot)
            L.append('')
    return ('\n'.join(L).rstrip('\n') + '\n').encode('utf-8')


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(doc, V, site, nav, crumb, meta):
    o = []
    o.append('<!DOCTYPE html>')
    o.append('<html lang="zh-CN">')
    o.append('<head>')
    o.append('<meta charset="utf-8">')
    o.append('<title>%s</title>' % _esc(fill(doc.blocks[0][1], V)))
    o.append('<style>body{font-family:"SimSun",serif;margin:0;background:#f4f4f4}'
             '.site{background:#1c4e80;color:#fff;padding:10px 24px;font-size:20px}'
             '.nav{background:#2f6aa3;padding:6px 24px}.nav a{color:#fff;margin-right:18px;text-decoration:none}'
             '.crumb{padding:8px 24px;font-size:13px;color:#555}.main{background:#fff;margin:0 24px;padding:20px 40px}'
             'h1{text-align:center;font-size:22px}.meta{text-align:center;color:#777;font-size:13px}'
             'p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}'
             'td,th{border:1px solid #666;padding:3px 8px;font-size:14px}td.n{text-align:right}'
             '.cap{text-align:center;font-weight:bold;text-indent:0}.unit{text-align:right;text-indent:0;font-size:13px}'
             '.sign{text-align:right;text-indent:0}.foot{text-align:center;font-size:12px;color:#777;padding:14px}</style>')
    o.append('</head>')
    o.append('<body>')
    o.append('<div class="site">%s</div>' % _esc(site))
    o.append('<div class="nav">%s</div>' % ''.join('<a href="#">%s</a>' % _esc(n) for n in nav))
    o.append('<div class="crumb">当前位置：%s</div>' % ' &gt; '.join(_esc(c) for c in crumb))
    o.append('<div class="main">')
    for kind, pl in doc.blocks:
        if kind == 'title':
            o.append('<h1>%s</h1>' % _esc(fill(pl, V)))
            o.append('<div class="meta">%s</div>' % _esc(meta))
        elif kind == 'sub':
            o.append('<p class="cap">%s</p>' % _esc(fill(pl, V)))
        elif kind == 'h':
            o.append('<h3>%s</h3>' % _esc(fill(pl, V)))
        elif kind == 'p':
            o.append('<p>%s</p>' % _esc(fill(pl, V)))
        elif kind == 'sign':
            for t in pl:
                o.append('<p class="sign">%s</p>' % _esc(fill(t, V)))
        elif kind == 'table':
            o.append('<p class="cap">%s</p>' % _esc(fill(pl['caption'], V)))
            if pl['unit']:
                o.append('<p class="unit">%s</p>' % _esc(fill(pl['unit'], V)))
            o.append('<table>')
            o.append('<thead><tr>%s</tr></thead>' % ''.join('<th>%s</th>' % _esc(fill(t, V)) for t in pl['header']))
            o.append('<tbody>')
            for r in pl['rows']:
                cs = []
                for t in r:
                    c = fill(t, V)
                    cs.append('<td class="n">%s</td>' % _esc(c) if is_num_cell(c) else '<td>%s</td>' % _esc(c))
                o.append('<tr>%s</tr>' % ''.join(cs))
            o.append('</tbody>')
            o.append('</table>')
    o.append('</div>')
    o.append('<div class="foot">主办：%s办公室　承办：%s</div>' % (_esc(site.split('｜')[0]), _esc(meta.split('　')[0].replace('发布机构：', ''))))
    o.append('</body>')
    o.append('</html>')
    return ('\n'.join(o) + '\n').encode('utf-8')


FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def _docx_font(run, size=None, bold=False):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    run.font.name = '宋体'
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {})
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), '宋体')
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render_docx(doc, V, title_meta):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = title_meta.get('author', '')
    cp.title = title_meta.get('title', '')
    cp.last_modified_by = ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ''
    for kind, pl in doc.blocks:
        if kind in ('title', 'sub'):
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_font(para.add_run(fill(pl, V)), 16 if kind == 'title' else 12, kind == 'title')
        elif kind == 'h':
            para = d.add_paragraph()
            _docx_font(para.add_run(fill(pl, V)), 12, True)
        elif kind == 'p':
            para = d.add_paragraph()
            para.paragraph_format.first_line_indent = Pt(24)
            _docx_font(para.add_run(fill(pl, V)), 12)
        elif kind == 'sign':
            for t in pl:
                para = d.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _docx_font(para.add_run(fill(t, V)), 12)
        elif kind == 'table':
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_font(para.add_run(fill(pl['caption'], V)), 11, True)
            if pl['unit']:
                para = d.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _docx_font(para.add_run(fill(pl['unit'], V)), 10)
            rows = [pl['header']] + pl['rows']
            tb = d.add_table(rows=len(rows), cols=len(pl['header']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, t in enumerate(r):
                    cell = tb.cell(i, j)
                    c = fill(t, V)
                    cp_ = cell.paragraphs[0]
                    if i > 0 and is_num_cell(c):
                        cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif i == 0:
                        cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _docx_font(cp_.add_run(c), 10, i == 0)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(name))
    return out.getvalue()


def render_pdf(doc, V, title_meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    try:
        pdfmetrics.getFont('STSong-Light')
    except Exception:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    st_t = ParagraphStyle('t', fontName=fn, fontSize=15, leading=22, alignment=1, wordWrap='CJK', spaceAfter=6)
    st_s = ParagraphStyle('s', fontName=fn, fontSize=10.5, leading=16, alignment=1, wordWrap='CJK', spaceAfter=6)
    st_h = ParagraphStyle('h', fontName=fn, fontSize=11, leading=18, wordWrap='CJK', spaceBefore=4)
    st_p = ParagraphStyle('p', fontName=fn, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    st_r = ParagraphStyle('r', fontName=fn, fontSize=10.5, leading=17, alignment=2, wordWrap='CJK')
    st_c = ParagraphStyle('c', fontName=fn, fontSize=10.5, leading=16, alignment=1, wordWrap='CJK', spaceBefore=6)
    st_cell = ParagraphStyle('cell', fontName=fn, fontSize=9, leading=12, wordWrap='CJK')
    st_celln = ParagraphStyle('celln', fontName=fn, fontSize=9, leading=12, alignment=2, wordWrap='CJK')
    E = lambda s: _esc(s)
    story = []
    for kind, pl in doc.blocks:
        if kind == 'title':
            story.append(Paragraph(E(fill(pl, V)), st_t))
        elif kind == 'sub':
            story.append(Paragraph(E(fill(pl, V)), st_s))
        elif kind == 'h':
            story.append(Paragraph(E(fill(pl, V)), st_h))
        elif kind == 'p':
            story.append(Paragraph(E(fill(pl, V)), st_p))
        elif kind == 'sign':
            story.append(Spacer(1, 8))
            for t in pl:
                story.append(Paragraph(E(fill(t, V)), st_r))
        elif kind == 'table':
            story.append(Paragraph(E(fill(pl['caption'], V)), st_c))
            if pl['unit']:
                story.append(Paragraph(E(fill(pl['unit'], V)), st_r))
            data = []
            for i, r in enumerate([pl['header']] + pl['rows']):
                row = []
                for t in r:
                    c = fill(t, V)
                    row.append(Paragraph(E(c), st_celln if (i > 0 and is_num_cell(c)) else st_cell))
                data.append(row)
            tb = Table(data, repeatRows=1, hAlign='CENTER')
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(tb)
            story.append(Spacer(1, 4))
    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                           title=title_meta.get('title', ''), author=title_meta.get('author', ''),
                           subject='', creator='', producer='')
    sd.build(story)
    return buf.getvalue()

# ---------------------------------------------------------------- readers

class _HR(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'li', 'br', 'tr', 'table', 'thead', 'tbody'}

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
        elif tag in self.BLOCK or tag == 'a':
            self.out.append('\n' if tag != 'a' else ' ')

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        h = _HR()
        h.feed(open(path, encoding='utf-8').read())
        t = ''.join(h.out)
        return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'
    if path.endswith('.docx'):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        L = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                L.append(Paragraph(el, d).text)
            elif tag == 'tbl':
                for r in Table(el, d).rows:
                    L.append('|' + '|'.join(c.text for c in r.cells))
        return '\n'.join(L) + '\n'
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def wsfree(s):
    return re.sub(r'\s+', '', s)

# ---------------------------------------------------------------- proof

def _standalone(val, text):
    pat = r'(?<![0-9.,])' + re.escape(val) + r'(?![0-9]|\.[0-9]|,[0-9])'
    return re.search(pat, text) is not None


def template_regex(t, V):
    parts = []
    seen = set()
    pos = 0
    prev_ph = False
    for m in PH.finditer(t):
        lit = wsfree(t[pos:m.start()])
        if lit == '' and prev_ph:
            raise AssertionError('adjacent placeholders in ' + t)
        parts.append(re.escape(lit))
        k = m.group(1)
        if k in seen:
            parts.append('(?P=%s)' % k)
        else:
            seen.add(k)
            v = wsfree(V[k])
            if NUM_RE.match(v):
                parts.append(r'(?P<%s>[+-]?[0-9][0-9,]*(?:\.[0-9]+)?)' % k)
            elif DATE_RE.fullmatch(v):
                parts.append(r'(?P<%s>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)' % k)
            else:
                parts.append(r'(?P<%s>%s)' % (k, re.escape(v)))
        prev_ph = True
        pos = m.end()
    tail = wsfree(t[pos:])
    parts.append(re.escape(tail))
    if not seen:
        return None, None
    return re.compile(''.join(parts)), seen


def prove(doc, V, ledger, text):
    """Re-read values from the read-back text and evaluate the ledger on them.
    returns (rows, got) rows = [(desc, ok, detail)]"""
    ws = wsfree(text)
    rows = []
    got = {}
    for kind, t in doc.templates():
        ft = fill(t, V)
        if kind == 'line':
            rx, ks = template_regex(t, V)
            if rx is None:
                ok = wsfree(ft) in ws
                if not ok:
                    rows.append(('read-back: line', False, ft[:40]))
                continue
            m = rx.search(ws)
            if not m:
                rows.append(('read-back: line', False, ft[:60]))
                continue
            for k in ks:
                got.setdefault(k, []).append(m.group(k))
        else:
            ks = PH.findall(t)
            if not ks:
                continue
            v = ft
            if NUM_RE.match(v) or re.match(r'^[+-]?[0-9][0-9,]*(?:\.[0-9]+)?%$', v):
                ok = _standalone(v, text) or _standalone(v, ws)
            else:
                ok = wsfree(v) in ws
            if not ok:
                rows.append(('read-back: cell', False, v))
                continue
            if len(ks) == 1 and t == '{%s}' % ks[0]:
                got.setdefault(ks[0], []).append(V[ks[0]])
            else:
                for k in ks:
                    got.setdefault(k, []).append(V[k])
    val = {}
    for k in sorted(got):
        vs = got[k]
        ok = len(set(vs)) == 1 and vs[0] == wsfree(V[k])
        val[k] = vs[0]
        rows.append(('read-back: %s = %s' % (k, V[k]), ok, '%d occurrence(s) read back' % len(vs)))
    for k in V:
        if k not in got and k in doc.key_uses():
            rows.append(('read-back: %s' % k, False, 'not read back'))
    for desc, s in ledger.anchors:
        rows.append(('anchor: ' + desc, wsfree(s) in ws, s))
    return rows, val


def ledger_json(name, facts, ledger, val, rb_rows):
    import json
    checks = []
    for c, ok, det in ledger.evaluate(val):
        checks.append(dict(desc=c['desc'], ok=bool(ok), detail=det))
    for d_, ok, det in rb_rows:
        checks.append(dict(desc=d_, ok=bool(ok), detail=det))
    allok = all(c['ok'] for c in checks)
    return json.dumps(dict(report=name, facts=facts, checks=checks, all_checks_ok=allok),
                      ensure_ascii=False, indent=1) + '\n', allok


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')
