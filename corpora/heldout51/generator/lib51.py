# -*- coding: utf-8 -*-
"""lib51: helpers for the heldout51 generators (written from scratch for this set).

Model: a report is a list of blocks whose text contains {key} slots; every figure that
appears in the text is one slot with one written string.  A Ledger holds checks over
slot keys and evaluates them on the written strings (as a reader would), so that a
planted error (one slot overridden) shows exactly which relations break.
"""
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
    return Decimal(str(x))


def q(x, places=2):
    exp = Decimal(1).scaleb(-places)
    return D(x).quantize(exp, rounding=ROUND_HALF_UP)


def F(x, places=2):
    """thousands separators, fixed places, half-up"""
    v = q(x, places)
    s = '{:,.{p}f}'.format(v, p=places)
    return s


def P(x, places=2):
    """plain fixed places without separators"""
    return '{:.{p}f}'.format(q(x, places), p=places)


def I(x):
    return '{:,}'.format(int(D(x)))


def num(s):
    """parse a written number string"""
    t = s.replace(',', '').replace('%', '').replace('−', '-').strip()
    return D(t)


def parse_date(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    if not m:
        raise ValueError(s)
    return tuple(int(g) for g in m.groups())


# ---------------------------------------------------------------- ledger

class CheckFailed(AssertionError):
    pass


class Ledger:
    def __init__(self):
        self.checks = []   # (desc, kind, args)
        self.anchors = []  # (desc, literal)

    def _add(self, desc, kind, **args):
        for d, _, _ in self.checks:
            if d == desc:
                raise ValueError('duplicate check desc ' + desc)
        self.checks.append((desc, kind, args))

    # --- check kinds
    def sum(self, desc, total, parts):
        self._add(desc, 'sum', total=total, parts=list(parts))

    def bal(self, desc, result, plus, minus=()):
        self._add(desc, 'bal', result=result, plus=list(plus), minus=list(minus))

    def prod(self, desc, result, factors, places=2, scale='1'):
        self._add(desc, 'prod', result=result, factors=list(factors), places=places, scale=str(scale))

    def ratio(self, desc, result, num_, den, places=2, scale='100'):
        self._add(desc, 'ratio', result=result, num=num_, den=den, places=places, scale=str(scale))

    def growth(self, desc, cur, prev, amt=None, rate=None, sign=1, places=2):
        self._add(desc, 'growth', cur=cur, prev=prev, amt=amt, rate=rate, sign=sign, places=places)

    def pp(self, desc, cur, prev, chg, sign=1):
        self._add(desc, 'pp', cur=cur, prev=prev, chg=chg, sign=sign)

    def count(self, desc, n, items):
        self._add(desc, 'count', n=n, items=list(items))

    def dated(self, desc, date, period_end):
        self._add(desc, 'dated', date=date, period_end=period_end)

    def band(self, desc, score, grade, bands):
        # bands: list of (lower_bound_inclusive, grade_word), descending
        self._add(desc, 'band', score=score, grade=grade, bands=[(str(a), b) for a, b in bands])

    def same(self, desc, keys):
        self._add(desc, 'same', keys=list(keys))

    def extreme(self, desc, key, among, which='max'):
        self._add(desc, 'extreme', key=key, among=list(among), which=which)

    def sumprod(self, desc, total, pairs):
        self._add(desc, 'sumprod', total=total, pairs=list(pairs))

    def le(self, desc, a, b):
        self._add(desc, 'le', a=a, b=b)

    def anchor(self, desc, literal):
        self.anchors.append((desc, literal))

    # --- evaluation
    def keys_of(self, kind, a):
        ks = []
        for k, v in a.items():
            if k in ('places', 'scale', 'sign', 'bands', 'period_end', 'which', 'items', 'grade'):
                continue
            if v is None:
                continue
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, tuple):
                        ks.extend(x)
                    else:
                        ks.append(x)
            else:
                ks.append(v)
        return ks

    def eval_one(self, kind, a, S):
        g = lambda k: num(S[k])
        if kind == 'sum':
            l, r = sum((g(k) for k in a['parts']), D(0)), g(a['total'])
            return l == r, '%s=%s vs %s' % ('+'.join(S[k] for k in a['parts']), l, S[a['total']])
        if kind == 'bal':
            l = sum((g(k) for k in a['plus']), D(0)) - sum((g(k) for k in a['minus']), D(0))
            expr = '+'.join(S[k] for k in a['plus']) + ''.join('-' + S[k] for k in a['minus'])
            return l == g(a['result']), '%s=%s vs %s' % (expr, l, S[a['result']])
        if kind == 'prod':
            v = D(1)
            for k in a['factors']:
                v *= g(k)
            v = q(v * D(a['scale']), a['places'])
            return v == g(a['result']), '%s x %s -> %s vs %s' % ('x'.join(S[k] for k in a['factors']), a['scale'], v, S[a['result']])
        if kind == 'ratio':
            den = g(a['den'])
            if den == 0:
                return False, 'zero denominator'
            v = q(g(a['num']) / den * D(a['scale']), a['places'])
            return v == g(a['result']), '%s/%s x %s -> %s vs %s' % (S[a['num']], S[a['den']], a['scale'], v, S[a['result']])
        if kind == 'growth':
            c, p = g(a['cur']), g(a['prev'])
            d = c - p
            ok = True
            det = 'cur %s prev %s diff %s' % (S[a['cur']], S[a['prev']], d)
            if a['amt'] is not None:
                ok = ok and (d == a['sign'] * g(a['amt']))
                det += ' amt %s' % S[a['amt']]
            if a['rate'] is not None:
                r = q(abs(d) / p * 100, a['places'])
                ok = ok and (r == g(a['rate'])) and (d * a['sign'] > 0)
                det += ' rate -> %s vs %s' % (r, S[a['rate']])
            return ok, det
        if kind == 'pp':
            d = g(a['cur']) - g(a['prev'])
            return d == a['sign'] * g(a['chg']), '%s-%s=%s vs %s%s' % (S[a['cur']], S[a['prev']], d, '+' if a['sign'] > 0 else '-', S[a['chg']])
        if kind == 'count':
            return int(g(a['n'])) == len(a['items']), '%s vs %d listed' % (S[a['n']], len(a['items']))
        if kind == 'dated':
            d = parse_date(S[a['date']])
            return d > a['period_end'], '%s after %04d年%d月%d日' % ((S[a['date']],) + tuple(a['period_end']))
        if kind == 'band':
            s = g(a['score'])
            for lb, w in a['bands']:
                if s >= D(lb):
                    return w == a['grade'], '%s -> %s vs %s' % (S[a['score']], w, a['grade'])
            return False, 'no band'
        if kind == 'same':
            vals = [S[k] for k in a['keys']]
            return len(set(vals)) == 1, ' = '.join(vals)
        if kind == 'extreme':
            vals = [g(k) for k in a['among']]
            t = max(vals) if a['which'] == 'max' else min(vals)
            return g(a['key']) == t and vals.count(t) == 1, '%s is %s of %s' % (S[a['key']], a['which'], ','.join(S[k] for k in a['among']))
        if kind == 'sumprod':
            tot = D(0)
            for x, y in a['pairs']:
                tot += g(x) * g(y)
            return tot == g(a['total']), '%s -> %s vs %s' % ('+'.join('%sx%s' % (S[x], S[y]) for x, y in a['pairs']), tot, S[a['total']])
        if kind == 'le':
            return g(a['a']) <= g(a['b']), '%s <= %s' % (S[a['a']], S[a['b']])
        raise ValueError(kind)

    def evaluate(self, S):
        out = []
        for desc, kind, a in self.checks:
            try:
                ok, det = self.eval_one(kind, a, S)
            except Exception as e:  # noqa
                ok, det = False, 'error %r' % (e,)
            out.append((desc, ok, det))
        return out

    def failing(self, S):
        return [d for d, ok, _ in self.evaluate(S) if not ok]

    def require_all(self, S):
        bad = [(d, det) for d, ok, det in self.evaluate(S) if not ok]
        if bad:
            raise CheckFailed(repr(bad))

    def used_keys(self):
        ks = []
        for desc, kind, a in self.checks:
            for k in self.keys_of(kind, a):
                if k not in ks:
                    ks.append(k)
        return ks


# ---------------------------------------------------------------- block model

class Report:
    """blocks: ('title', text) ('sub', text) ('h', text) ('p', text) ('right', text)
    ('table', {'caption':..., 'unit':..., 'head':[...], 'rows':[[...]], 'align':[...]})"""

    def __init__(self, name, fmt, S, blocks, ledger, meta):
        self.name, self.fmt, self.S, self.blocks, self.ledger, self.meta = name, fmt, S, blocks, ledger, meta

    def template_texts(self):
        for b in self.blocks:
            if b[0] == 'table':
                t = b[1]
                yield t.get('caption', '')
                yield t.get('unit', '') or ''
                for c in t['head']:
                    yield c
                for r in t['rows']:
                    for c in r:
                        yield c
            else:
                yield b[1]

    def slot_counts(self):
        cnt = {}
        for t in self.template_texts():
            for k in re.findall(r'\{([A-Za-z0-9_]+)\}', t):
                cnt[k] = cnt.get(k, 0) + 1
        return cnt

    def assert_slots(self):
        cnt = self.slot_counts()
        for k, n in cnt.items():
            if k not in self.S:
                raise KeyError('slot without value: ' + k)
            if n != 1:
                raise AssertionError('slot %s used %d times' % (k, n))
        for k in self.ledger.used_keys():
            if k not in cnt:
                raise AssertionError('ledger key not in text: ' + k)

    def fill(self, text, S=None):
        S = S or self.S
        return re.sub(r'\{([A-Za-z0-9_]+)\}', lambda m: S[m.group(1)], text)

    def filled_blocks(self, S=None):
        S = S or self.S
        out = []
        for b in self.blocks:
            if b[0] == 'table':
                t = dict(b[1])
                t['caption'] = self.fill(t.get('caption', ''), S)
                t['unit'] = self.fill(t.get('unit', '') or '', S)
                t['head'] = [self.fill(c, S) for c in t['head']]
                t['rows'] = [[self.fill(c, S) for c in r] for r in t['rows']]
                out.append(('table', t))
            else:
                out.append((b[0], self.fill(b[1], S)))
        return out


# ---------------------------------------------------------------- renderers

def dispw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)


def is_numcell(s):
    return bool(re.fullmatch(r'[-−]?[\d,]+(\.\d+)?%?', s.strip()))


def render_txt(blocks, table_style='tab', width=72):
    L = []
    for kind, b in blocks:
        if kind == 'title':
            pad = max(0, (width - dispw(b)) // 2)
            L.append(' ' * pad + b)
        elif kind == 'sub':
            pad = max(0, (width - dispw(b)) // 2)
            L.append(' ' * pad + b)
            L.append('')
        elif kind == 'h':
            L.append(b)
        elif kind == 'p':
            L.append('    ' + b if not b.startswith('  ') else b)
        elif kind == 'plain':
            L.append(b)
        elif kind == 'right':
            pad = max(0, width - dispw(b))
            L.append(' ' * pad + b)
        elif kind == 'blank':
            L.append('')
        elif kind == 'table':
            if b.get('caption'):
                L.append(b['caption'])
            if b.get('unit'):
                L.append(b['unit'])
            rows = [b['head']] + b['rows']
            if table_style == 'tab':
                for r in rows:
                    L.append('\t'.join(r))
            else:
                n = len(b['head'])
                ws = [max(dispw(r[i]) for r in rows) for i in range(n)]
                total = sum(ws) + 2 * (n - 1)
                L.append('-' * total)
                for ri, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        padn = ws[i] - dispw(c)
                        if ri > 0 and is_numcell(c):
                            cells.append(' ' * padn + c)
                        else:
                            cells.append(c + ' ' * padn)
                    L.append('  '.join(cells).rstrip())
                    if ri == 0 or ri == len(rows) - 2:
                        L.append('-' * total)
                L.append('-' * total)
        else:
            raise ValueError(kind)
    return ('\n'.join(L) + '\n').encode('utf-8')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(blocks, site, nav, crumbs, publisher, pubdate, title):
    h = []
    h.append('<!DOCTYPE html>')
    h.append('<html lang="zh-CN">')
    h.append('<head>')
    h.append('<meta charset="utf-8">')
    h.append('<title>%s</title>' % esc(title))
    h.append('<style>body{font-family:"SimSun",serif;margin:0}.top{background:#a61b1b;color:#fff;padding:8px 24px}'
             'nav a{margin-right:14px}.crumb{font-size:13px;color:#666;padding:6px 24px}.art{width:900px;margin:0 auto}'
             'table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #888;padding:3px 8px}td.n{text-align:right}'
             '.meta{color:#777;font-size:13px;text-align:center}.r{text-align:right}</style>')
    h.append('</head>')
    h.append('<body>')
    h.append('<div class="top"><div class="site">%s</div>' % esc(site))
    h.append('<nav>' + ' | '.join('<a href="#">%s</a>' % esc(n) for n in nav) + '</nav></div>')
    h.append('<div class="crumb">当前位置：' + ' &gt; '.join('<a href="#">%s</a>' % esc(c) for c in crumbs[:-1]) + ' &gt; <span>%s</span></div>' % esc(crumbs[-1]))
    h.append('<div class="art">')
    for kind, b in blocks:
        if kind == 'title':
            h.append('<h1>%s</h1>' % esc(b))
            h.append('<div class="meta">发布机构：%s　发布日期：%s</div>' % (esc(publisher), esc(pubdate)))
        elif kind == 'sub':
            h.append('<p class="meta">%s</p>' % esc(b))
        elif kind == 'h':
            h.append('<h3>%s</h3>' % esc(b))
        elif kind in ('p', 'plain'):
            h.append('<p>%s</p>' % esc(b.strip()))
        elif kind == 'right':
            h.append('<p class="r">%s</p>' % esc(b))
        elif kind == 'blank':
            continue
        elif kind == 'table':
            if b.get('caption'):
                h.append('<p class="cap"><b>%s</b></p>' % esc(b['caption']))
            if b.get('unit'):
                h.append('<p class="r">%s</p>' % esc(b['unit']))
            h.append('<table>')
            h.append('<tr>' + ''.join('<th>%s</th>' % esc(c) for c in b['head']) + '</tr>')
            for r in b['rows']:
                h.append('<tr>' + ''.join(('<td class="n">%s</td>' if is_numcell(c) else '<td>%s</td>') % esc(c) for c in r) + '</tr>')
            h.append('</table>')
    h.append('</div>')
    h.append('<div class="foot">主办单位：%s办公室</div>' % esc(site.replace('门户网站', '')))
    h.append('</body>')
    h.append('</html>')
    return ('\n'.join(h) + '\n').encode('utf-8')


FIXED_ZIP_DT = (2020, 1, 1, 0, 0, 0)


def render_docx(blocks, core_title):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    for kind, b in blocks:
        if kind == 'title':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == 'sub':
            p = doc.add_paragraph(b)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'h':
            p = doc.add_paragraph()
            p.add_run(b).bold = True
        elif kind in ('p', 'plain'):
            p = doc.add_paragraph(b.strip())
            if kind == 'p':
                p.paragraph_format.first_line_indent = Pt(24)
        elif kind == 'right':
            p = doc.add_paragraph(b)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'blank':
            doc.add_paragraph('')
        elif kind == 'table':
            if b.get('caption'):
                p = doc.add_paragraph(b['caption'])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b.get('unit'):
                p = doc.add_paragraph(b['unit'])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [b['head']] + b['rows']
            t = doc.add_table(rows=len(rows), cols=len(b['head']))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i > 0 and is_numcell(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.title = core_title
    cp.author = ''
    cp.last_modified_by = ''
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.comments = ''
    bio = io.BytesIO()
    doc.save(bio)
    return restamp_zip(bio.getvalue())


def restamp_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def render_pdf(blocks, doc_title, col_widths=None):
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    try:
        pdfmetrics.getFont('STSong-Light')
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK', firstLineIndent=21)
    plain = ParagraphStyle('pl', parent=base, firstLineIndent=0)
    title = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6)
    sub = ParagraphStyle('s', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    head = ParagraphStyle('h', parent=base, firstLineIndent=0, spaceBefore=4)
    right = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cellL = ParagraphStyle('cl', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    cellR = ParagraphStyle('cr', parent=cellL, alignment=TA_RIGHT)
    cap = ParagraphStyle('cap', parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=4)
    story = []
    for kind, b in blocks:
        if kind == 'title':
            story.append(Paragraph(esc(b), title))
        elif kind == 'sub':
            story.append(Paragraph(esc(b), sub))
        elif kind == 'h':
            story.append(Paragraph(esc(b), head))
        elif kind == 'p':
            story.append(Paragraph(esc(b.strip()), base))
        elif kind == 'plain':
            story.append(Paragraph(esc(b.strip()), plain))
        elif kind == 'right':
            story.append(Paragraph(esc(b), right))
        elif kind == 'blank':
            story.append(Spacer(1, 6))
        elif kind == 'table':
            if b.get('caption'):
                story.append(Paragraph(esc(b['caption']), cap))
            if b.get('unit'):
                story.append(Paragraph(esc(b['unit']), right))
            rows = [b['head']] + b['rows']
            data = [[Paragraph(esc(c), cellR if (i > 0 and is_numcell(c)) else cellL) for c in r] for i, r in enumerate(rows)]
            cw = b.get('widths')
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            story.append(Spacer(1, 4))
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=doc_title, author='', subject='', creator='', producer='',
                            invariant=1)
    doc.build(story)
    return bio.getvalue()


# ---------------------------------------------------------------- readers

class _HTMLText(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'nav', 'table', 'br', 'li'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.out.append('\n')
        elif tag in ('td', 'th'):
            self.out.append('|')
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def read_html(data):
    p = _HTMLText()
    p.feed(data.decode('utf-8'))
    t = ''.join(p.out)
    t = re.sub(r'[ \t]*\n[ \t]*', '\n', t)
    t = re.sub(r'\n{2,}', '\n', t)
    return t.strip() + '\n'


def read_docx(data):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(io.BytesIO(data))
    L = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            L.append(Paragraph(el, doc).text)
        elif tag == 'tbl':
            t = Table(el, doc)
            for r in t.rows:
                L.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(L) + '\n'


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def read_back(fmt, data):
    if fmt == 'txt':
        return data.decode('utf-8')
    if fmt == 'html':
        return read_html(data)
    if fmt == 'docx':
        return read_docx(data)
    if fmt == 'pdf':
        return read_pdf(data)
    raise ValueError(fmt)


def nows(s):
    return re.sub(r'\s+', '', s)


def has_number(text, s):
    """s occurs as a standalone number in text"""
    pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text) is not None


def count_number(text, s):
    pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)'
    return len(re.findall(pat, text))


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


# ---------------------------------------------------------------- prove

def prove(rep, text, S=None):
    """re-evaluate all checks on written strings and require each used string in the read-back"""
    S = S or rep.S
    rows = []
    flat = nows(text)
    for desc, ok, det in rep.ledger.evaluate(S):
        rows.append({'desc': desc, 'ok': ok, 'detail': det})
    for k in rep.ledger.used_keys():
        s = S[k]
        if '年' in s:
            ok = s in text or s in flat
        else:
            ok = has_number(text, s) or has_number(flat, s)
        rows.append({'desc': 'read-back: %s' % k, 'ok': ok, 'detail': s})
    for desc, lit in rep.ledger.anchors:
        ok = lit in text or nows(lit) in flat
        rows.append({'desc': 'anchor: %s' % desc, 'ok': ok, 'detail': lit})
    for desc, kind, a in rep.ledger.checks:
        if kind == 'count':
            for it in a['items']:
                ok = it in text or nows(it) in flat
                rows.append({'desc': 'anchor: item of %s' % desc, 'ok': ok, 'detail': it})
        if kind == 'band':
            ok = a['grade'] in text
            rows.append({'desc': 'anchor: grade of %s' % desc, 'ok': ok, 'detail': a['grade']})
    return rows


def ledger_json(rep, text, data):
    rows = prove(rep, text)
    return {
        'report': rep.name,
        'facts': {
            'date': rep.S[rep.meta['date_key']],
            'docno': rep.meta['docno'],
            'fiscal_year': rep.meta['year'],
            'utf8_bytes': len(text.encode('utf-8')),
            'han_chars': han_count(text),
        },
        'checks': rows,
        'all_checks_ok': all(r['ok'] for r in rows),
    }


def render(rep, S=None):
    blocks = rep.filled_blocks(S)
    m = rep.meta
    if rep.fmt == 'txt':
        return render_txt(blocks, m.get('table_style', 'tab'))
    if rep.fmt == 'html':
        return render_html(blocks, m['site'], m['nav'], m['crumbs'], m['publisher'], m['pubdate'], m['title'])
    if rep.fmt == 'docx':
        return render_docx(blocks, m['title'])
    if rep.fmt == 'pdf':
        return render_pdf(blocks, m['title'])
    raise ValueError(rep.fmt)


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=1) + '\n').encode('utf-8')
