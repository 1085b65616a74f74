"""lk35 — helpers for heldout35 (written from scratch).

Decimal arithmetic (ROUND_HALF_UP at the written precision), a Ledger of checks over
numbers *as written*, a small block model, renderers (txt tab / txt aligned / html /
docx / pdf), readers that re-read the rendered files, and model edits for planting.
"""
import copy
import datetime as _dt
import html as _html
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP, getcontext
from html.parser import HTMLParser

getcontext().prec = 50

# ----------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    return Decimal(str(x).replace(',', '').replace('%', '').strip())


def places(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """Decimal → string with thousands separators and n decimals (half-up)."""
    v = q(x, n)
    return format(v, ',.%df' % n)


def I(x):
    v = D(x)
    assert v == v.to_integral_value(), x
    return format(int(v), ',')


def P(x, n=2):
    """plain (no separators)"""
    return format(q(x, n), '.%df' % n)


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


def growth(cur, prev, n=2):
    return q((D(cur) - D(prev)) / D(prev) * 100, n)


def share_fix(vals, n=2):
    """shares of a list; asserts they add to exactly 100 at n places."""
    tot = sum(D(v) for v in vals)
    sh = [pct(v, tot, n) for v in vals]
    assert sum(sh) == Decimal(100), (sh, sum(sh))
    return sh


DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')


def pdate(s):
    m = DATE_RE.search(s)
    return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# ----------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}
        self.nums = []      # (desc, [number strings as written])
        self.anchors = []   # (desc, [strings that must occur])
        self.multi = []     # (desc, number string, minimum occurrences)

    def _add(self, desc, ok, detail, nums=(), anchors=()):
        if not ok:
            raise AssertionError('%s: check failed: %s: %s' % (self.report, desc, detail))
        self.checks.append({'desc': desc, 'ok': True, 'detail': detail})
        self.nums.append((desc, [str(n) for n in nums]))
        self.anchors.append((desc, [str(a) for a in anchors]))

    # exact sums ---------------------------------------------------------
    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, D(total) == s, '%s =? %s (= %s)' % (total, ' + '.join(parts), s),
                  [total] + list(parts))

    def signed(self, desc, total, terms):
        """terms: list of (sign, str) with sign '+' or '-'"""
        s = Decimal(0)
        txt = []
        for i, (sg, v) in enumerate(terms):
            s += D(v) if sg == '+' else -D(v)
            txt.append(('' if i == 0 and sg == '+' else (' + ' if sg == '+' else ' - ')) + v)
        self._add(desc, D(total) == s, '%s =? %s (= %s)' % (total, ''.join(txt), s),
                  [total] + [v for _, v in terms])

    def sumprod(self, desc, total, pairs, div=1):
        """total =? sum(count x rate) / div ; pairs as written strings"""
        v = sum(D(a) * D(b) for a, b in pairs) / D(div)
        self._add(desc, q(v, places(total)) == D(total),
                  '%s =? %s (= %s)' % (total, ' + '.join('%s x %s' % p for p in pairs), q(v, 6)),
                  [total] + [x for p in pairs for x in p])

    def fact(self, desc, ok, detail, nums=(), anchors=()):
        """a relation that is not arithmetic on one formula (e.g. a ranking); numbers/anchors must be in the text"""
        self._add(desc, ok, detail, nums, anchors)

    def calc(self, desc, r, value, expr, nums):
        """general computed relation: r (as written) =? value rounded at r's precision; expr is the formula text"""
        self._add(desc, q(value, places(r)) == D(r), '%s =? %s (= %s)' % (r, expr, q(value, 6)), [r] + list(nums))

    def diff(self, desc, d, a, b):
        v = abs(D(a) - D(b))
        self._add(desc, D(d) == v, '%s =? |%s - %s| (= %s)' % (d, a, b, v), [d, a, b])

    # ratios ---------------------------------------------------------------
    def rate(self, desc, r, num, den, mul=100):
        v = D(num) * mul / D(den)
        self._add(desc, q(v, places(r)) == D(r), '%s =? %s / %s x %s (= %s)' % (r, num, den, mul, q(v, 6)),
                  [r, num, den])

    def quot(self, desc, r, a, b, mul=1, extra=()):
        v = D(a) * D(mul) / D(b)
        self._add(desc, q(v, places(r)) == D(r), '%s =? %s x %s / %s (= %s)' % (r, a, mul, b, q(v, 6)),
                  [r, a, b] + list(extra))

    def prod(self, desc, p, factors, div=1, consts=()):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        self._add(desc, q(v, places(p)) == D(p),
                  '%s =? %s / %s (= %s)' % (p, ' x '.join(factors), div, q(v, 6)) if div != 1 else
                  '%s =? %s (= %s)' % (p, ' x '.join(factors), q(v, 6)),
                  [p] + list(factors))

    def growth(self, desc, g, cur, prev, direction):
        cur_, prev_ = D(cur), D(prev)
        ok_dir = (cur_ > prev_) if direction == 'up' else (cur_ < prev_)
        v = abs((cur_ - prev_) / prev_ * 100)
        self._add(desc, ok_dir and q(v, places(g)) == D(g),
                  '%s =? |(%s - %s) / %s| (= %s%%), %s' % (g, cur, prev, prev, q(v, 6), direction),
                  [g, cur, prev])

    def pp(self, desc, d, a, b):
        v = D(a) - D(b)
        self._add(desc, D(d) == abs(v), '%s =? %s - %s (= %s) 个百分点' % (d, a, b, v), [d, a, b])

    def conv(self, desc, a, b, factor, consts=()):
        """a (small unit) / factor == b (large unit), rounded at b's precision"""
        v = D(a) / D(factor)
        self._add(desc, q(v, places(b)) == D(b), '%s =? %s / %s (= %s)' % (b, a, factor, q(v, 6)), [a, b])

    # relations ------------------------------------------------------------
    def same(self, desc, a, b, occ=None):
        """a == b; with occ=k the (identical) written figure must occur at least k times in the rendered text"""
        self._add(desc, D(a) == D(b), '%s = %s' % (a, b) + (' (written %d times)' % occ if occ else ''), [a, b])
        if occ:
            self.multi.append((desc, a, occ))

    def le(self, desc, a, b, strict=False):
        ok = D(a) < D(b) if strict else D(a) <= D(b)
        self._add(desc, ok, '%s %s %s' % (a, '<' if strict else '<=', b), [a, b])

    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), '%s =? len(%s) (= %d)' % (n, '、'.join(items), len(items)),
                  [n], items)

    def band(self, desc, score, lo, hi, grade):
        ok = D(lo) <= D(score) <= D(hi)
        self._add(desc, ok, '%s <= %s <= %s → %s' % (lo, score, hi, grade), [score], [grade])

    def dated(self, desc, date, after='2024-12-31'):
        d = pdate(date)
        a = _dt.date.fromisoformat(after)
        self._add(desc, d > a, '%s > %s' % (date, after), [], [date])

    def date_order(self, desc, d1, d2):
        self._add(desc, pdate(d1) < pdate(d2), '%s < %s' % (d1, d2), [], [d1, d2])

    def days(self, desc, n, d1, d2):
        v = (pdate(d2) - pdate(d1)).days + 1
        self._add(desc, int(D(n)) == v, '%s =? %s..%s inclusive (= %d)' % (n, d1, d2, v), [n], [d1, d2])

    def anchor(self, desc, s):
        self._add(desc, True, s, [], [s])

    # proof against the rendered file -----------------------------------------
    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        missing = []
        for desc, nums in self.nums:
            for n in nums:
                if not (has_number(text, n) or has_number(flat, n)):
                    missing.append((desc, n))
        for desc, anc in self.anchors:
            for a in anc:
                if a not in text and re.sub(r'\s+', '', a) not in flat:
                    missing.append((desc, a))
        for desc, n, k in self.multi:
            c = max(len(num_re(n).findall(text)), len(num_re(n).findall(flat)))
            if c < k:
                missing.append((desc, '%s x%d (found %d)' % (n, k, c)))
        if missing:
            raise AssertionError('%s: not found in rendered text: %r' % (self.report, missing))
        return True

    def dump(self, path, text):
        self.facts['utf8_bytes'] = len(text.encode('utf-8'))
        self.facts['han_chars'] = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
        out = {'report': self.report, 'facts': self.facts, 'checks': self.checks,
               'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')


def num_re(n):
    return re.compile(r'(?<![\d.,])' + re.escape(str(n)) + r'(?![\d]|[.,]\d)')


def has_number(text, n):
    return num_re(n).search(text) is not None


# ----------------------------------------------------------------- block model
class Doc:
    def __init__(self, name, fmt, style=None):
        self.name = name          # file name
        self.fmt = fmt            # txt-tab | txt-aligned | html | docx | pdf
        self.style = style or {}
        self.blocks = []

    def title(self, s):
        self.blocks.append({'t': 'title', 'text': s})

    def sub(self, s):
        self.blocks.append({'t': 'sub', 'text': s})

    def h(self, s):
        self.blocks.append({'t': 'h', 'text': s})

    def p(self, s):
        self.blocks.append({'t': 'p', 'text': s})

    def table(self, tid, caption, head, rows, unit=None, note=None, align=None):
        self.blocks.append({'t': 'table', 'id': tid, 'caption': caption, 'unit': unit,
                            'head': head, 'rows': rows, 'note': note, 'align': align})

    def sign(self, lines):
        self.blocks.append({'t': 'sign', 'lines': list(lines)})

    # -- model edits (for planting) --
    def count_sub(self, s):
        n = 0
        for b in self.blocks:
            if b['t'] in ('title', 'sub', 'h', 'p'):
                n += b['text'].count(s)
            elif b['t'] == 'table':
                for k in ('caption', 'unit', 'note'):
                    if b.get(k):
                        n += b[k].count(s)
                for row in [b['head']] + b['rows']:
                    for c in row:
                        n += str(c).count(s)
            elif b['t'] == 'sign':
                for l in b['lines']:
                    n += l.count(s)
        return n


def replace_once(doc, old, new):
    d = copy.deepcopy(doc)
    assert d.count_sub(old) == 1, (old, d.count_sub(old))
    for b in d.blocks:
        if b['t'] in ('title', 'sub', 'h', 'p') and old in b['text']:
            b['text'] = b['text'].replace(old, new)
            return d
        if b['t'] == 'table':
            for k in ('caption', 'unit', 'note'):
                if b.get(k) and old in b[k]:
                    b[k] = b[k].replace(old, new)
                    return d
    raise AssertionError('replace_once: %r only found in table cells / sign' % old)


def set_cell(doc, tid, r, c, old, new):
    d = copy.deepcopy(doc)
    for b in d.blocks:
        if b['t'] == 'table' and b['id'] == tid:
            assert b['rows'][r][c] == old, (b['rows'][r][c], old)
            b['rows'][r][c] = new
            return d
    raise AssertionError('no table %s' % tid)


def set_sign(doc, old, new):
    d = copy.deepcopy(doc)
    for b in d.blocks:
        if b['t'] == 'sign':
            for i, l in enumerate(b['lines']):
                if l == old:
                    b['lines'][i] = new
                    return d
    raise AssertionError('sign line %r not found' % old)


# ----------------------------------------------------------------- renderers
IND = '\u3000\u3000'


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def _isnum(s):
    return bool(re.fullmatch(r'[-+]?[\d,]+(\.\d+)?%?', s.strip()))


def render_txt(doc):
    tab = doc.fmt == 'txt-tab'
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
            out.append(IND + b['text'])
        elif t == 'table':
            out.append('')
            out.append(b['caption'])
            if b.get('unit'):
                out.append(b['unit'] if tab else ' ' * 2 + b['unit'])
            rows = [b['head']] + b['rows']
            if tab:
                for r in rows:
                    out.append('\t'.join(str(c) for c in r))
            else:
                ncol = len(b['head'])
                w = [max(dw(str(r[i])) for r in rows) for i in range(ncol)]
                total = sum(w) + 2 * (ncol - 1)
                rule = '-' * total
                out.append(rule)
                for k, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        c = str(c)
                        pad = ' ' * (w[i] - dw(c))
                        if i > 0 and (_isnum(c) or c in ('—', '-')) and k > 0:
                            cells.append(pad + c)
                        elif i == 0:
                            cells.append(c + pad)
                        else:
                            # header / text cell: centre-ish (right align header over numbers)
                            cells.append(pad + c)
                    out.append('  '.join(cells).rstrip())
                    if k == 0 or (k == len(rows) - 1 and str(r[0]).startswith('合')):
                        out.append(rule)
                if not str(rows[-1][0]).startswith('合'):
                    out.append(rule)
            if b.get('note'):
                out.append(b['note'])
            out.append('')
        elif t == 'sign':
            out.append('')
            for l in b['lines']:
                out.append(l)
    return '\n'.join(out).rstrip('\n') + '\n'


def render_html(doc):
    st = doc.style
    e = _html.escape
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % e(doc.blocks[0]['text'] + '_' + st.get('site', '')),
         '<style>body{font-family:"SimSun",serif;margin:0}.top{background:#8b1a1a;color:#fff;padding:8px 24px}'
         '.crumb{padding:6px 24px;font-size:13px;color:#555}.art{width:880px;margin:0 auto}'
         'table{border-collapse:collapse;margin:6px 0 12px 0}td,th{border:1px solid #888;padding:3px 8px;font-size:14px}'
         'td.n{text-align:right}.sign{text-align:right}</style>', '</head>', '<body>',
         '<div class="top">%s</div>' % e(st.get('site', '')),
         '<div class="crumb">%s</div>' % e(st.get('crumb', '')),
         '<div class="art">']
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            o.append('<h1>%s</h1>' % e(b['text']))
        elif t == 'sub':
            o.append('<p class="docno">%s</p>' % e(b['text']))
        elif t == 'h':
            o.append('<h3>%s</h3>' % e(b['text']))
        elif t == 'p':
            o.append('<p>%s</p>' % e(b['text']))
        elif t == 'table':
            o.append('<p class="cap"><b>%s</b></p>' % e(b['caption']))
            if b.get('unit'):
                o.append('<p class="unit">%s</p>' % e(b['unit']))
            o.append('<table>')
            o.append('<tr>' + ''.join('<th>%s</th>' % e(str(c)) for c in b['head']) + '</tr>')
            for r in b['rows']:
                o.append('<tr>' + ''.join(('<td class="n">%s</td>' if _isnum(str(c)) else '<td>%s</td>') % e(str(c))
                                          for c in r) + '</tr>')
            o.append('</table>')
            if b.get('note'):
                o.append('<p class="note">%s</p>' % e(b['note']))
        elif t == 'sign':
            o.append('<div class="sign">' + ''.join('<p>%s</p>' % e(l) for l in b['lines']) + '</div>')
    o.append('</div>')
    o.append('<div class="foot">%s</div>' % e(st.get('foot', '')))
    o.append('</body>')
    o.append('</html>')
    return '\n'.join(o) + '\n'


FIXED_DT = _dt.datetime(2025, 1, 1, 0, 0, 0)


def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, zin.read(info.filename))
    zout.close()
    return buf.getvalue()


def render_docx(doc, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.style.get('author', '')
    cp.title = doc.blocks[0]['text']
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.last_modified_by = ''
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(b['text'])
            r.bold = True
            r.font.size = Pt(16)
        elif t == 'sub':
            para = d.add_paragraph(b['text'])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            para = d.add_paragraph()
            r = para.add_run(b['text'])
            r.bold = True
        elif t == 'p':
            para = d.add_paragraph(IND + b['text'])
        elif t == 'table':
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(b['caption']).bold = True
            if b.get('unit'):
                up = d.add_paragraph(b['unit'])
                up.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [b['head']] + b['rows']
            tb = d.add_table(rows=len(rows), cols=len(b['head']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = str(c)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    elif _isnum(str(c)):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if b.get('note'):
                d.add_paragraph(b['note'])
        elif t == 'sign':
            for l in b['lines']:
                para = d.add_paragraph(l)
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    with open(path, 'wb') as f:
        f.write(_fix_zip(buf.getvalue()))


_FONT_DONE = []


def render_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    if not _FONT_DONE:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _FONT_DONE.append(1)
    fn = 'STSong-Light'
    s_title = ParagraphStyle('t', fontName=fn, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6)
    s_sub = ParagraphStyle('s', fontName=fn, fontSize=10.5, leading=16, alignment=TA_CENTER, spaceAfter=6)
    s_h = ParagraphStyle('h', fontName=fn, fontSize=11.5, leading=18, spaceBefore=4)
    s_p = ParagraphStyle('p', fontName=fn, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    s_cap = ParagraphStyle('c', fontName=fn, fontSize=10.5, leading=16, alignment=TA_CENTER, spaceBefore=6)
    s_unit = ParagraphStyle('u', fontName=fn, fontSize=9, leading=13, alignment=TA_RIGHT)
    s_note = ParagraphStyle('n', fontName=fn, fontSize=9, leading=13, wordWrap='CJK')
    s_sign = ParagraphStyle('g', fontName=fn, fontSize=10.5, leading=17, alignment=TA_RIGHT)
    s_cell = ParagraphStyle('cell', fontName=fn, fontSize=9, leading=12, wordWrap='CJK')
    e = _html.escape
    story = []
    for b in doc.blocks:
        t = b['t']
        if t == 'title':
            story.append(Paragraph(e(b['text']), s_title))
        elif t == 'sub':
            story.append(Paragraph(e(b['text']), s_sub))
        elif t == 'h':
            story.append(Paragraph(e(b['text']), s_h))
        elif t == 'p':
            story.append(Paragraph(e(b['text']), s_p))
        elif t == 'table':
            story.append(Paragraph(e(b['caption']), s_cap))
            if b.get('unit'):
                story.append(Paragraph(e(b['unit']), s_unit))
            rows = [b['head']] + b['rows']
            data = []
            for r in rows:
                data.append([Paragraph(e(str(c)), s_cell) if (not _isnum(str(c)) and dw(str(c)) > 16) else str(c)
                             for c in r])
            cw = doc.style.get('colw', {}).get(b['id'])
            tb = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            tb.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), fn), ('FONTSIZE', (0, 0), (-1, -1), 9),
                                    ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('ALIGN', (1, 1), (-1, -1), 'RIGHT'),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(tb)
            if b.get('note'):
                story.append(Paragraph(e(b['note']), s_note))
            story.append(Spacer(1, 4))
        elif t == 'sign':
            story.append(Spacer(1, 10))
            for l in b['lines']:
                story.append(Paragraph(e(l), s_sign))
    pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=doc.blocks[0]['text'],
                            author=doc.style.get('author', ''))
    pdf.build(story)


def render(doc, outdir):
    path = os.path.join(outdir, doc.name)
    if doc.fmt.startswith('txt'):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(render_txt(doc))
    elif doc.fmt == 'html':
        with open(path, 'w', encoding='utf-8') as f:
            f.write(render_html(doc))
    elif doc.fmt == 'docx':
        render_docx(doc, path)
    elif doc.fmt == 'pdf':
        render_pdf(doc, path)
    else:
        raise ValueError(doc.fmt)
    return path


# ----------------------------------------------------------------- readers
class _H2T(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'br', 'title', 'table'}

    def __init__(self):
        super().__init__()
        self.out = []
        self.row = None
        self.cell = None
        self.skip = 0

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


def read_html(path):
    p = _H2T()
    p.feed(open(path, encoding='utf-8').read())
    t = ''.join(p.out)
    lines = [l.strip() for l in t.split('\n')]
    return '\n'.join(l for l in lines if l) + '\n'


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            tb = Table(el, d)
            for r in tb.rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out) + '\n'


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        return read_html(path)
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
    raise ValueError(path)


def render_to_text(doc, tmpdir):
    os.makedirs(tmpdir, exist_ok=True)
    return read_back(render(doc, tmpdir))
