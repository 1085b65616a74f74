# -*- coding: utf-8 -*-
"""lk34 — helpers for the heldout34 corpus generator (written from scratch).

Decimal helpers, a Ledger of checked relations, a small block model of a report,
renderers (txt / html / docx / pdf), readers that re-read rendered files, and model edits.
"""
import json
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
FY_END = (2024, 12, 31)


# ----------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(',', '').replace('，', '').strip())


def places(s):
    s = str(s)
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, n):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2, sep=True):
    """format with ROUND_HALF_UP at n places and thousands separators"""
    v = q(x, n)
    s = f"{abs(v):,.{n}f}" if sep else f"{abs(v):.{n}f}"
    return ('-' if v < 0 else '') + s


def I(x, sep=True):
    v = D(x)
    assert v == v.to_integral_value(), x
    return f"{int(v):,}" if sep else str(int(v))


def pct(num, den, n=2):
    return F(D(num) / D(den) * 100, n)


def growth(new, old, n=2):
    return F(abs(D(new) - D(old)) / D(old) * 100, n)


# ----------------------------------------------------------------- ledger
class CheckFailed(AssertionError):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []      # dicts desc/ok/detail
        self.nums = []        # (desc, [number strings as written])
        self.anchors = []     # (desc, [strings])

    # internal
    def _add(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise CheckFailed(f"{self.report}: {desc}: {detail}")
        if nums:
            self.nums.append((desc, [str(n) for n in nums]))
        if anchors:
            self.anchors.append((desc, [str(a) for a in anchors]))

    def fact(self, k, v):
        self.facts[k] = v

    # relations — every argument is a number string as written in the report
    def sum(self, desc, total, parts):
        s = sum((D(p) for p in parts), Decimal(0))
        self._add(desc, D(total) == s, f"{total} =? {' + '.join(parts)} (= {s})", [total, *parts])

    def signed(self, desc, total, plus, minus):
        s = sum((D(p) for p in plus), Decimal(0)) - sum((D(m) for m in minus), Decimal(0))
        expr = ' + '.join(plus) + ''.join(' - ' + m for m in minus)
        self._add(desc, D(total) == s, f"{total} =? {expr} (= {s})", [total, *plus, *minus])

    def rate(self, desc, r, num, den, scale=100):
        v = D(num) / D(den) * scale
        self._add(desc, D(r) == q(v, places(r)), f"{r} =? {num} / {den} x {scale} (= {v:.6f})", [r, num, den])

    def growth(self, desc, g, new, old):
        v = abs(D(new) - D(old)) / D(old) * 100
        self._add(desc, D(g) == q(v, places(g)), f"{g} =? |({new} - {old}) / {old}| (= {v:.6f}%)", [g, new, old])

    def diff(self, desc, d, a, b):
        """d = |a - b| (increase/decrease amount or percentage points)"""
        v = abs(D(a) - D(b))
        self._add(desc, D(d) == v, f"{d} =? |{a} - {b}| (= {v})", [d, a, b])

    def prod(self, desc, result, factors, div=1, shown=None):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        self._add(desc, D(result) == q(v, places(result)),
                  f"{result} =? {' x '.join(factors)} / {div} (= {v})",
                  [result, *(shown if shown is not None else factors)])

    def quot(self, desc, result, num, den, mul=1, shown=None):
        v = D(num) * D(mul) / D(den)
        self._add(desc, D(result) == q(v, places(result)),
                  f"{result} =? {num} x {mul} / {den} (= {v:.6f})",
                  [result, *(shown if shown is not None else [num, den])])

    def conv(self, desc, a, b, factor):
        """a = b / factor, rounded to a's places"""
        v = D(b) / D(factor)
        self._add(desc, D(a) == q(v, places(a)), f"{a} =? {b} / {factor} (= {v})", [a, b])

    def same(self, desc, *vals):
        ok = len({D(v) for v in vals}) == 1
        self._add(desc, ok, ' = '.join(vals), list(vals))

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} <= {b}", [a, b])

    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), f"{n} =? len({'、'.join(items)}) (= {len(items)})", [n], items)

    def band(self, desc, score, lo, hi, grade):
        ok = D(lo) <= D(score) < D(hi) or (D(hi) == 100 and D(score) == 100)
        self._add(desc, ok, f"{lo} <= {score} < {hi} → {grade}", [score], [grade])

    def dated(self, desc, date_str, after=FY_END):
        m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', date_str)
        y, mo, d = map(int, m.groups())
        ok = (y, mo, d) > after
        self._add(desc, ok, f"{date_str} > {after[0]}-{after[1]:02d}-{after[2]:02d}", [], [date_str])

    def days(self, desc, n, start, end):
        import datetime as dt
        def p(s):
            y, mo, d = map(int, re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s).groups())
            return dt.date(y, mo, d)
        v = (p(end) - p(start)).days + 1
        self._add(desc, int(n) == v, f"{n} =? days({start}..{end}) inclusive (= {v})", [n], [start, end])

    def anchor(self, desc, *strings):
        self._add(desc, True, ' / '.join(strings), [], strings)

    # re-read check
    def prove(self, text):
        flat = text.replace('\n', '')
        bad = []
        for desc, nums in self.nums:
            for n in nums:
                if not (standalone(n, text) or standalone(n, flat)):
                    bad.append((desc, n))
        nows = re.sub(r'\s+', '', text)
        for desc, anchors in self.anchors:
            for a in anchors:
                if re.sub(r'\s+', '', a) not in nows:
                    bad.append((desc, a))
        if bad:
            raise CheckFailed(f"{self.report}: not found in rendered text: {bad}")
        return True

    def dump(self, path, text):
        self.facts.setdefault('utf8_bytes', len(text.encode('utf-8')))
        self.facts.setdefault('han_chars', sum(1 for c in text if '\u4e00' <= c <= '\u9fff'))
        d = {"report": self.report, "facts": self.facts, "checks": self.checks,
             "all_checks_ok": all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)


def standalone(num, text):
    pat = r'(?<![\d.,])' + re.escape(num) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text) is not None


# ----------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('sign', [lines])
#         ('table', {'caption', 'header': [..], 'rows': [[..]], 'note': s|None})
def T(caption, header, rows, note=None):
    return ('table', {'caption': caption, 'header': list(header), 'rows': [list(r) for r in rows], 'note': note})


def model_strings(model):
    for b in model:
        kind, v = b
        if kind == 'table':
            yield v['caption']
            yield from v['header']
            for r in v['rows']:
                yield from r
            if v['note']:
                yield v['note']
        elif kind == 'sign':
            yield from v
        else:
            yield v


def replace_once(model, old, new):
    n = sum(s.count(old) for s in model_strings(model))
    assert n == 1, f"{old!r} occurs {n} times in model"
    out = []
    for kind, v in model:
        if kind == 'table':
            v = dict(v)
            v['caption'] = v['caption'].replace(old, new)
            v['header'] = [c.replace(old, new) for c in v['header']]
            v['rows'] = [[c.replace(old, new) for c in r] for r in v['rows']]
            if v['note']:
                v['note'] = v['note'].replace(old, new)
        elif kind == 'sign':
            v = [s.replace(old, new) for s in v]
        else:
            v = v.replace(old, new)
        out.append((kind, v))
    return out


def set_cell(model, caption_prefix, row_label, col, old, new):
    out = []
    hit = 0
    for kind, v in model:
        if kind == 'table' and v['caption'].startswith(caption_prefix):
            v = dict(v)
            rows = [list(r) for r in v['rows']]
            for r in rows:
                if r[0] == row_label or (len(r) > 1 and r[1] == row_label):
                    assert r[col] == old, (r[col], old)
                    r[col] = new
                    hit += 1
            v['rows'] = rows
        out.append((kind, v))
    assert hit == 1, hit
    return out


def set_sign(model, old, new):
    out = []
    hit = 0
    for kind, v in model:
        if kind == 'sign':
            nv = [new if s == old else s for s in v]
            hit += sum(1 for s in v if s == old)
            v = nv
        out.append((kind, v))
    assert hit == 1, hit
    return out


# ----------------------------------------------------------------- txt
def wid(s):
    return sum(2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1 for c in s)


def pad(s, w, right=True):
    p = ' ' * max(0, w - wid(s))
    return p + s if right else s + p


def render_txt(model, table_style='aligned'):
    out = []
    for kind, v in model:
        if kind == 'title':
            out += [v, '']
        elif kind == 'sub':
            out += [v, '']
        elif kind == 'h':
            out.append(v)
        elif kind == 'p':
            out.append('　　' + v)
        elif kind == 'sign':
            out += [''] + [' ' * 40 + s for s in v]
        elif kind == 'table':
            out.append('')
            out.append(v['caption'])
            allrows = [v['header']] + v['rows']
            if table_style == 'pipe':
                for r in allrows:
                    out.append('| ' + ' | '.join(r) + ' |')
                    if r is v['header']:
                        out.append('|' + '|'.join(['---'] * len(r)) + '|')
            else:
                ws = [max(wid(r[i]) for r in allrows) for i in range(len(v['header']))]
                line = '-' * (sum(ws) + 2 * (len(ws) - 1))
                out.append(line)
                for k, r in enumerate(allrows):
                    cells = [pad(c, ws[i], right=(i > 0)) for i, c in enumerate(r)]
                    out.append('  '.join(cells).rstrip())
                    if k == 0:
                        out.append(line)
                out.append(line)
            if v['note']:
                out.append(v['note'])
            out.append('')
    return '\n'.join(out).rstrip() + '\n'


# ----------------------------------------------------------------- html
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, site, crumbs, meta_line, footer_lines):
    title = next(v for k, v in model if k == 'title')
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(title)} - {esc(site)}</title>',
         '<style>body{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#f4f6f9}'
         '.top{background:#0b4f8a;color:#fff;padding:14px 40px;font-size:22px}'
         '.crumb{padding:8px 40px;color:#666;font-size:13px}'
         '.main{background:#fff;margin:0 40px 20px;padding:24px 48px}'
         'h1{text-align:center;font-size:22px}.meta{text-align:center;color:#888;font-size:13px}'
         'p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}'
         'td,th{border:1px solid #555;padding:4px 8px;font-size:14px}td.n{text-align:right}'
         '.cap{text-align:center;font-weight:bold;text-indent:0}.sign{text-align:right;text-indent:0}'
         '.foot{text-align:center;color:#777;font-size:12px;padding:12px}</style>',
         '</head>', '<body>', f'<div class="top">{esc(site)}</div>',
         f'<div class="crumb">当前位置：{" &gt; ".join(esc(c) for c in crumbs)}</div>',
         '<div class="main">']
    for kind, v in model:
        if kind == 'title':
            h.append(f'<h1>{esc(v)}</h1>')
            if meta_line:
                h.append(f'<div class="meta">{esc(meta_line)}</div>')
        elif kind == 'sub':
            h.append(f'<p class="cap">{esc(v)}</p>')
        elif kind == 'h':
            h.append(f'<h3>{esc(v)}</h3>')
        elif kind == 'p':
            h.append(f'<p>{esc(v)}</p>')
        elif kind == 'sign':
            for s in v:
                h.append(f'<p class="sign">{esc(s)}</p>')
        elif kind == 'table':
            h.append(f'<p class="cap">{esc(v["caption"])}</p>')
            h.append('<table>')
            h.append('<tr>' + ''.join(f'<th>{esc(c)}</th>' for c in v['header']) + '</tr>')
            for r in v['rows']:
                h.append('<tr>' + ''.join(
                    f'<td class="n">{esc(c)}</td>' if re.fullmatch(r'[\d,.\-—%]+', c) else f'<td>{esc(c)}</td>'
                    for c in r) + '</tr>')
            h.append('</table>')
            if v['note']:
                h.append(f'<p>{esc(v["note"])}</p>')
    h.append('</div>')
    h.append('<div class="foot">' + '<br>'.join(esc(x) for x in footer_lines) + '</div>')
    h += ['</body>', '</html>']
    return '\n'.join(h) + '\n'


def read_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.cur, self.row, self.cell, self.skip = [], [], None, None, 0

        def handle_starttag(self, tag, a):
            if tag in ('style', 'script', 'title'):
                self.skip += 1
            elif tag == 'tr':
                self.flush()
                self.row = []
            elif tag in ('td', 'th'):
                self.cell = []
            elif tag == 'br':
                self.flush()

        def handle_endtag(self, tag):
            if tag in ('style', 'script', 'title'):
                self.skip -= 1
            elif tag in ('td', 'th'):
                self.row.append(''.join(self.cell).strip())
                self.cell = None
            elif tag == 'tr':
                self.out.append('|' + '|'.join(self.row))
                self.row = None
            elif tag in ('p', 'h1', 'h3', 'div', 'table'):
                self.flush()

        def handle_data(self, d):
            if self.skip:
                return
            if self.cell is not None:
                self.cell.append(d)
            elif self.row is None:
                self.cur.append(d)

        def flush(self):
            s = ''.join(self.cur).strip()
            if s:
                self.out.append(s)
            self.cur = []

    p = P()
    p.feed(open(path, encoding='utf-8').read())
    p.flush()
    return '\n'.join(p.out) + '\n'


# ----------------------------------------------------------------- docx
def render_docx(model, path, font='宋体'):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = docx.Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    doc.core_properties.author = ''
    doc.core_properties.title = ''
    import datetime as dt
    doc.core_properties.created = dt.datetime(2025, 1, 1)
    doc.core_properties.modified = dt.datetime(2025, 1, 1)

    def para(text, align=None, bold=False, size=None, indent=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Cm(0.85)
        return p

    for kind, v in model:
        if kind == 'title':
            para(v, WD_ALIGN_PARAGRAPH.CENTER, True, 16)
        elif kind == 'sub':
            para(v, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == 'h':
            para(v, bold=True)
        elif kind == 'p':
            para(v, indent=True)
        elif kind == 'sign':
            for s in v:
                para(s, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == 'table':
            para(v['caption'], WD_ALIGN_PARAGRAPH.CENTER, True)
            t = doc.add_table(rows=1 + len(v['rows']), cols=len(v['header']))
            t.style = 'Table Grid'
            for i, c in enumerate(v['header']):
                t.rows[0].cells[i].text = c
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for k, row in enumerate(v['rows']):
                for i, c in enumerate(row):
                    t.rows[k + 1].cells[i].text = c
                    if re.fullmatch(r'[\d,.\-—%]+', c):
                        t.rows[k + 1].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if v['note']:
                para(v['note'])
    doc.save(path)
    _normalize_docx(path)


def _normalize_docx(path):
    """rewrite the zip with fixed timestamps so regeneration is byte-stable"""
    import zipfile, shutil, os
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(ni, data)
    shutil.move(tmp, path)


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            t = Paragraph(el, d).text
            if t.strip():
                out.append(t)
        elif tag == 'tbl':
            for row in Table(el, d).rows:
                out.append('|' + '|'.join(c.text for c in row.cells))
    return '\n'.join(out) + '\n'


# ----------------------------------------------------------------- pdf
def render_pdf(model, path, col_widths=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK',
                          firstLineIndent=21)
    title = ParagraphStyle('t', parent=base, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0,
                           spaceAfter=6)
    sub = ParagraphStyle('s', parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6)
    head = ParagraphStyle('h', parent=base, firstLineIndent=0, spaceBefore=6, fontSize=11.5)
    sign = ParagraphStyle('g', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle('c', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    cap = ParagraphStyle('cap', parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=6, spaceAfter=3)
    story = []
    for kind, v in model:
        if kind == 'title':
            story.append(Paragraph(esc(v), title))
        elif kind == 'sub':
            story.append(Paragraph(esc(v), sub))
        elif kind == 'h':
            story.append(Paragraph(esc(v), head))
        elif kind == 'p':
            story.append(Paragraph(esc(v), base))
        elif kind == 'sign':
            story.append(Spacer(1, 10))
            for s in v:
                story.append(Paragraph(esc(s), sign))
        elif kind == 'table':
            story.append(Paragraph(esc(v['caption']), cap))
            data = [[Paragraph(esc(c), cell) for c in v['header']]] + \
                   [[Paragraph(esc(c), cell) for c in r] for r in v['rows']]
            cw = (col_widths or {}).get(v['caption'][:3])
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            if v['note']:
                story.append(Paragraph(esc(v['note']), base))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1, title='', author='')
    doc.build(story)


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


# ----------------------------------------------------------------- dispatch
def render(model, path, fmt, **kw):
    if fmt == 'txt':
        open(path, 'w', encoding='utf-8').write(render_txt(model, kw.get('table_style', 'aligned')))
    elif fmt == 'html':
        open(path, 'w', encoding='utf-8').write(
            render_html(model, kw['site'], kw['crumbs'], kw.get('meta_line'), kw['footer']))
    elif fmt == 'docx':
        render_docx(model, path)
    elif fmt == 'pdf':
        render_pdf(model, path, kw.get('col_widths'))
    else:
        raise ValueError(fmt)


def read(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        return read_html(path)
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
    raise ValueError(path)
