# -*- coding: utf-8 -*-
"""lk31 - helpers for the heldout31 corpus (written from scratch).

Decimal helpers, a Ledger of relations between numbers *as written*, a small
block model, renderers (txt / html / docx / pdf), readers and model edits.
"""
import copy
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

# ----------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, (int,)):
        return Decimal(x)
    s = hw(str(x)).replace(',', '').replace('+', '').strip()
    return Decimal(s)


def q(x, nd=2):
    x = D(x)
    e = Decimal(1).scaleb(-nd) if nd > 0 else Decimal(1)
    return x.quantize(e, rounding=ROUND_HALF_UP)


def F(x, nd=2, sep=True, sign=False):
    v = q(x, nd)
    s = ('{:,.%df}' % nd).format(v) if sep else ('{:.%df}' % nd).format(v)
    if sign and v > 0:
        s = '+' + s
    return s


def I(x, sep=True):
    return F(x, 0, sep)


def hw(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19:
            out.append(chr(o - 0xFEE0))
        elif ch == '．':
            out.append('.')
        elif ch == '，':
            out.append('，')
        elif ch in '＋':
            out.append('+')
        elif ch in '－':
            out.append('-')
        else:
            out.append(ch)
    return ''.join(out)


def shares(parts, total, nd=2):
    return [q(D(p) / D(total) * 100, nd) for p in parts]


def nows(s):
    return re.sub(r'\s+', '', s)

# ----------------------------------------------------------------- ledger

class CheckFailed(Exception):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.anchors = []

    # record ---------------------------------------------------------
    def _add(self, desc, ok, detail, nums):
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail,
                            'nums': [n for n in nums if n is not None]})
        if not ok:
            raise CheckFailed('%s: %s' % (desc, detail))

    @staticmethod
    def _nd(s):
        s = hw(s).replace(',', '')
        return len(s.split('.')[1]) if '.' in s else 0

    def fact(self, k, v):
        self.facts[k] = v

    def sum(self, desc, total, parts, show=True):
        t = D(total)
        s = sum(D(p) for p in parts)
        self._add(desc, t == s, '%s =? %s (= %s)' % (total, ' + '.join(parts), s),
                  [total] + list(parts) if show else list(parts))

    def signed_sum(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        self._add(desc, D(total) == s, '%s =? %s - %s (= %s)' % (
            total, ' + '.join(plus), ' - '.join(minus), s), [total] + list(plus) + list(minus))

    def diff(self, desc, res, a, b):
        v = D(a) - D(b)
        self._add(desc, D(res) == v, '%s =? %s - %s (= %s)' % (res, a, b, v), [res, a, b])

    def rate(self, desc, r, num, den, nd=None, mul=100):
        nd = self._nd(r) if nd is None else nd
        v = D(num) / D(den) * mul
        self._add(desc, q(v, nd) == D(r), '%s =? %s / %s x %s (= %s)' % (r, num, den, mul, q(v, 6)),
                  [r, num, den])

    def growth(self, desc, word, r, new, old):
        v = (D(new) - D(old)) / D(old) * 100
        nd = self._nd(r)
        w = '增长' if v > 0 else ('下降' if v < 0 else '持平')
        ok = q(abs(v), nd) == D(r) and (word == w or (word in ('增加', '提高', '上升') and v > 0)
                                         or (word in ('减少', '下降', '降低') and v < 0))
        self._add(desc, ok, '%s %s%% =? (%s - %s) / %s (= %s)' % (word, r, new, old, old, q(v, 6)),
                  [r, new, old])

    def change(self, desc, word, amt, new, old):
        v = D(new) - D(old)
        ok = abs(v) == D(amt) and ((word in ('增加', '增长', '提高', '上升', '多') and v > 0) or
                                   (word in ('减少', '下降', '降低', '少') and v < 0))
        self._add(desc, ok, '%s %s =? %s - %s (= %s)' % (word, amt, new, old, v), [amt, new, old])

    def pp(self, desc, word, r, new, old):
        v = D(new) - D(old)
        ok = abs(v) == D(r) and ((word in ('提高', '上升', '增加') and v > 0) or
                                 (word in ('下降', '降低', '减少') and v < 0))
        self._add(desc, ok, '%s %s 个百分点 =? %s - %s (= %s)' % (word, r, new, old, v), [r, new, old])

    def prod(self, desc, res, factors, div=1, nd=None):
        nd = self._nd(res) if nd is None else nd
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        self._add(desc, q(v, nd) == D(res), '%s =? %s%s (= %s)' % (
            res, ' x '.join(factors), (' / %s' % div) if div != 1 else '', v), [res] + list(factors))

    def quot(self, desc, res, num, den, mul=1, nd=None):
        nd = self._nd(res) if nd is None else nd
        v = D(num) / D(den) * D(mul)
        self._add(desc, q(v, nd) == D(res), '%s =? %s / %s%s (= %s)' % (
            res, num, den, (' x %s' % mul) if mul != 1 else '', q(v, 6)), [res, num, den])

    def conv(self, desc, res, val, factor, nd=None):
        """res = val / factor (e.g. 元 -> 万元 factor 10000)."""
        nd = self._nd(res) if nd is None else nd
        v = D(val) / D(factor)
        self._add(desc, q(v, nd) == D(res), '%s =? %s / %s (= %s)' % (res, val, factor, v), [res, val])

    def same(self, desc, a, b):
        self._add(desc, D(a) == D(b), '%s == %s' % (a, b), [a, b])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), '%s <= %s' % (a, b), [a, b])

    def count(self, desc, n, items):
        self._add(desc, D(n) == len(items), '%s =? count(%s) (= %d)' % (n, '、'.join(items), len(items)), [n])

    def dated(self, desc, date, period_end):
        def key(s):
            y, m, d = map(int, re.findall(r'\d+', hw(s))[:3])
            return (y, m, d)
        self._add(desc, key(date) > key(period_end), '%s > %s' % (date, period_end), [])
        self.anchors += [date]

    def check(self, desc, ok, detail, nums=()):
        self._add(desc, ok, detail, list(nums))

    def anchor(self, s):
        self.anchors.append(s)

    # prove ---------------------------------------------------------
    def prove(self, texts):
        """every number of every relation is visible as a standalone number."""
        forms = []
        for t in texts:
            t = hw(t)
            forms += [t, re.sub(r'[ \t\u3000]+', ' ', t), nows(t)]
        missing = []
        for c in self.checks:
            for n in c['nums']:
                pat = r'(?<![\d.,])' + re.escape(hw(n)) + r'(?![\d]|[.,]\d)'
                if not any(re.search(pat, f) for f in forms):
                    missing.append((c['desc'], n))
        for a in self.anchors:
            if not any(a in f or nows(a) in f for f in forms):
                missing.append(('anchor', a))
        ok = not missing
        self.checks.append({'desc': '读回校验：所有关系中的数字及锚点均出现在渲染文件中', 'ok': ok,
                            'detail': 'numbers: %d, anchors: %d, missing: %s' % (
                                sum(len(c['nums']) for c in self.checks), len(self.anchors), missing)})
        if not ok:
            raise CheckFailed('prove: missing %s' % missing)

    def dump(self, path):
        d = {'report': self.report, 'facts': self.facts,
             'checks': [{'desc': c['desc'], 'ok': c['ok'], 'detail': c['detail']} for c in self.checks],
             'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')

# ----------------------------------------------------------------- blocks
# ('TITLE', s) ('SUB', s) ('DOCNO', s) ('PLAIN', s) ('P', s) ('H1', s) ('H2', s)
# ('RIGHT', s) ('NOTE', s) ('BLANK', '') ('TABLE', dict(caption, unit, header, rows, widths))


def T(caption, header, rows, unit=None, widths=None, notes=None):
    return ('TABLE', {'caption': caption, 'unit': unit, 'header': header, 'rows': rows,
                      'widths': widths, 'notes': notes or []})


def block_texts(blocks):
    for i, b in enumerate(blocks):
        if b[0] == 'TABLE':
            t = b[1]
            yield t['caption']
            if t['unit']:
                yield t['unit']
            for r in [t['header']] + t['rows']:
                for c in r:
                    yield c
            for n in t['notes']:
                yield n
        else:
            yield b[1]


def replace_once(blocks, old, new):
    blocks = copy.deepcopy(blocks)
    hits = sum(s.count(old) for s in block_texts(blocks))
    assert hits == 1, (old, hits)
    for i, b in enumerate(blocks):
        if b[0] == 'TABLE':
            t = b[1]
            for key in ('caption', 'unit'):
                if t[key] and old in t[key]:
                    t[key] = t[key].replace(old, new)
            for r in [t['header']] + t['rows']:
                for j, c in enumerate(r):
                    if old in c:
                        r[j] = c.replace(old, new)
            t['notes'] = [n.replace(old, new) for n in t['notes']]
        elif old in b[1]:
            blocks[i] = (b[0], b[1].replace(old, new))
    return blocks


def set_cell(blocks, caption_start, row_label, col, old, new):
    blocks = copy.deepcopy(blocks)
    done = 0
    for b in blocks:
        if b[0] == 'TABLE' and b[1]['caption'].startswith(caption_start):
            for r in b[1]['rows']:
                if r[0] == row_label:
                    assert r[col] == old, (r[col], old)
                    r[col] = new
                    done += 1
    assert done == 1, done
    return blocks

# ----------------------------------------------------------------- txt

def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def isnum(s):
    return bool(re.fullmatch(r'[+\-]?[\d,]+(\.\d+)?%?|—|-', s.strip()))


def pad(s, w, right):
    p = w - dwidth(s)
    return (' ' * p + s) if right else (s + ' ' * p)


def txt_table(t):
    rows = [t['header']] + t['rows']
    n = len(t['header'])
    w = [max(dwidth(r[j]) for r in rows) for j in range(n)]
    tot = sum(w) + 2 * (n - 1)
    out = [t['caption']]
    if t['unit']:
        out.append(pad(t['unit'], tot, True))
    out.append('-' * tot)
    for k, r in enumerate(rows):
        cells = [pad(c, w[j], isnum(c) and k > 0) for j, c in enumerate(r)]
        out.append('  '.join(cells).rstrip())
        if k == 0:
            out.append('-' * tot)
    out.append('-' * tot)
    out += t['notes']
    return out


def render_txt(blocks, path):
    out = []
    for kind, v in blocks:
        if kind == 'TABLE':
            out += txt_table(v)
        elif kind in ('TITLE', 'SUB', 'DOCNO'):
            out.append(' ' * max(0, (72 - dwidth(v)) // 4 * 2 // 2) + v)
        elif kind == 'P':
            out.append('\u3000\u3000' + v)
        elif kind == 'RIGHT':
            out.append(' ' * max(0, 70 - dwidth(v)) + v)
        elif kind == 'BLANK':
            out.append('')
        else:
            out.append(v)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def read_txt(path):
    return open(path, encoding='utf-8').read()

# ----------------------------------------------------------------- html

def render_html(blocks, path, chrome):
    e = htmlmod.escape
    body = []
    for kind, v in blocks:
        if kind == 'TABLE':
            body.append('<p class="tcap">%s</p>' % e(v['caption']))
            if v['unit']:
                body.append('<p class="tunit">%s</p>' % e(v['unit']))
            body.append('<table class="data">')
            body.append('<tr>' + ''.join('<th>%s</th>' % e(c) for c in v['header']) + '</tr>')
            for r in v['rows']:
                body.append('<tr>' + ''.join('<td>%s</td>' % e(c) for c in r) + '</tr>')
            body.append('</table>')
            for n in v['notes']:
                body.append('<p class="note">%s</p>' % e(n))
        elif kind == 'TITLE':
            body.append('<h1 class="art-title">%s</h1>' % e(v))
        elif kind == 'H1':
            body.append('<h3>%s</h3>' % e(v))
        elif kind == 'H2':
            body.append('<h4>%s</h4>' % e(v))
        elif kind == 'RIGHT':
            body.append('<p style="text-align:right">%s</p>' % e(v))
        elif kind == 'BLANK':
            continue
        elif kind == 'P':
            body.append('<p style="text-indent:2em">%s</p>' % e(v))
        else:
            body.append('<p>%s</p>' % e(v))
    doc = chrome['head'] + '\n'.join(body) + chrome['tail']
    with open(path, 'w', encoding='utf-8') as f:
        f.write(doc)


from html.parser import HTMLParser


class _HP(HTMLParser):
    BLOCK = {'p', 'h1', 'h2', 'h3', 'h4', 'div', 'li', 'tr', 'title', 'br', 'table', 'ul', 'span_block'}

    def __init__(self):
        super().__init__()
        self.lines = []
        self.cur = ''
        self.row = None
        self.cell = None
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'):
            self.skip += 1
        elif tag == 'tr':
            self.flush()
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = ''
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        elif tag in ('td', 'th'):
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == 'tr':
            self.lines.append('|' + '|'.join(self.row))
            self.row = None
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell += d
        else:
            self.cur += d

    def flush(self):
        s = re.sub(r'\s+', ' ', self.cur).strip()
        if s:
            self.lines.append(s)
        self.cur = ''


def read_html(path):
    p = _HP()
    p.feed(open(path, encoding='utf-8').read())
    p.flush()
    return '\n'.join(p.lines)

# ----------------------------------------------------------------- docx

def render_docx(blocks, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    import datetime
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = '宋体'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    for kind, v in blocks:
        if kind == 'TABLE':
            p = d.add_paragraph(v['caption'])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if v['unit']:
                p = d.add_paragraph(v['unit'])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [v['header']] + v['rows']
            tb = d.add_table(rows=len(rows), cols=len(v['header']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    para = cell.paragraphs[0]
                    if i == 0:
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for run in para.runs:
                            run.bold = True
                    elif isnum(c):
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for run in para.runs:
                        run.font.size = Pt(9.5)
            for n in v['notes']:
                p = d.add_paragraph(n)
        elif kind == 'TITLE':
            p = d.add_paragraph()
            r = p.add_run(v)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ('SUB', 'DOCNO'):
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ('H1', 'H2'):
            p = d.add_paragraph()
            r = p.add_run(v)
            r.bold = True
        elif kind == 'RIGHT':
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'BLANK':
            d.add_paragraph('')
        elif kind == 'P':
            p = d.add_paragraph(v)
            p.paragraph_format.first_line_indent = Pt(22)
        else:
            d.add_paragraph(v)
    cp = d.core_properties
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = ''
    cp.comments = ''
    cp.revision = 1
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


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
            for r in Table(el, d).rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out)

# ----------------------------------------------------------------- pdf

_FONT = None


def _font():
    global _FONT
    if not _FONT:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _FONT = 'STSong-Light'
    return _FONT


def render_pdf(blocks, path, title='report'):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    fn = _font()
    base = ParagraphStyle('b', fontName=fn, fontSize=10.5, leading=16, wordWrap='CJK')
    ps = {
        'TITLE': ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=1, spaceAfter=6),
        'SUB': ParagraphStyle('s', parent=base, alignment=1),
        'DOCNO': ParagraphStyle('dn', parent=base, alignment=1),
        'H1': ParagraphStyle('h1', parent=base, spaceBefore=4),
        'H2': ParagraphStyle('h2', parent=base),
        'P': ParagraphStyle('p', parent=base, firstLineIndent=21),
        'PLAIN': base,
        'NOTE': ParagraphStyle('n', parent=base, fontSize=9, leading=13),
        'RIGHT': ParagraphStyle('r', parent=base, alignment=2),
        'cap': ParagraphStyle('c', parent=base, alignment=1, fontSize=10.5),
        'unit': ParagraphStyle('u', parent=base, alignment=2, fontSize=9),
        'cell': ParagraphStyle('cell', parent=base, fontSize=8.5, leading=11),
        'celln': ParagraphStyle('celln', parent=base, fontSize=8.5, leading=11, alignment=2),
    }
    e = htmlmod.escape
    story = []
    W = A4[0] - 40 * mm
    for kind, v in blocks:
        if kind == 'TABLE':
            rows = [v['header']] + v['rows']
            data = [[Paragraph(e(c), ps['celln'] if (i > 0 and isnum(c)) else ps['cell']) for c in r]
                    for i, r in enumerate(rows)]
            widths = v['widths']
            if widths:
                widths = [W * x / sum(widths) for x in widths]
            tb = Table(data, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            items = [Paragraph(e(v['caption']), ps['cap'])]
            if v['unit']:
                items.append(Paragraph(e(v['unit']), ps['unit']))
            items.append(tb)
            for n in v['notes']:
                items.append(Paragraph(e(n), ps['NOTE']))
            story.append(KeepTogether(items))
            story.append(Spacer(1, 4))
        elif kind == 'BLANK':
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(e(v), ps[kind]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author='',
                            invariant=1)
    doc.build(story)


def read_pdf(path):
    """pdfminer text lines regrouped into rows by vertical position; cells joined by '|'."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine, LAParams
    out = []
    for page in extract_pages(path, laparams=LAParams(line_margin=0.3, char_margin=1.0)):
        lines = []

        def walk(o):
            if isinstance(o, LTTextLine):
                t = o.get_text().strip()
                if t:
                    lines.append((round(o.y1, 0), o.x0, t))
            elif hasattr(o, '__iter__'):
                for c in o:
                    walk(c)
        walk(page)
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
                out.append('|' + '|'.join(c[1] for c in cells))
    return '\n'.join(out)


def read_pdf_plain(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

# ----------------------------------------------------------------- run

def render(blocks, path, chrome=None):
    ext = path.rsplit('.', 1)[1]
    if ext == 'txt':
        render_txt(blocks, path)
    elif ext == 'html':
        render_html(blocks, path, chrome)
    elif ext == 'docx':
        render_docx(blocks, path)
    elif ext == 'pdf':
        render_pdf(blocks, path)


def read(path):
    ext = path.rsplit('.', 1)[1]
    return {'txt': read_txt, 'html': read_html, 'docx': read_docx, 'pdf': read_pdf}[ext](path)


def read_all(path):
    ts = [read(path)]
    if path.endswith('.pdf'):
        ts.append(read_pdf_plain(path))
    return ts


def han_count(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')


def run(name, build, outdir, chrome=None):
    blocks, L = build()
    path = os.path.join(outdir, name)
    render(blocks, path, chrome)
    texts = read_all(path)
    L.prove(texts)
    L.fact('han_chars', han_count(texts[0]))
    L.fact('chars_nonspace', len(nows(texts[0])))
    L.dump(os.path.join(outdir, name.rsplit('.', 1)[0] + '.ledger.json'))
    print('%s: %d checks ok, %d Han chars, %d bytes' % (name, len(L.checks), han_count(texts[0]),
                                                        os.path.getsize(path)))
    return blocks, L
