# -*- coding: utf-8 -*-
"""heldout37 helpers: Decimal arithmetic, ledger, block model, renderers, readers (written from scratch)."""
import re, io, os, json, html, zipfile, datetime, unicodedata
from decimal import Decimal, ROUND_HALF_UP

def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x).replace(',', ''))

def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

def F(x, places=2, comma=False):
    v = q(x, places)
    s = f"{v:,.{places}f}" if comma else f"{v:.{places}f}"
    return s

def I(x):  # integer with thousands separator
    v = q(x, 0)
    return f"{v:,.0f}"

def places(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)

def growth(new, old, p=2):
    return F((D(new) - D(old)) / D(old) * 100, p)

class CheckFail(Exception):
    pass

class Ledger:
    def __init__(self, name):
        self.name = name
        self.checks = []   # dicts desc ok detail
        self.nums = []     # (desc, numstr)
        self.anchors = []  # (desc, string)
        self.sames = []    # (desc, s, k)

    def _rec(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        for n in nums:
            self.nums.append((desc, n))
        if not ok:
            raise CheckFail(f"{self.name}: {desc}: {detail}")

    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._rec(desc, D(total) == s, f"{total} =? {' + '.join(parts)} (= {s})", [total] + list(parts))

    def signed(self, desc, total, terms):  # terms: list of (sign, str)
        s = sum((D(t) if sg == '+' else -D(t)) for sg, t in terms)
        self._rec(desc, D(total) == s, f"{total} =? " + ' '.join(f"{sg} {t}" for sg, t in terms) + f" (= {s})",
                  [total] + [t for _, t in terms])

    def diff(self, desc, res, a, b):
        v = D(a) - D(b)
        self._rec(desc, D(res) == v, f"{res} =? {a} - {b} (= {v})", [res, a, b])

    def rate(self, desc, res, num, den, scale=100):
        v = D(num) / D(den) * scale
        self._rec(desc, q(v, places(res)) == D(res), f"{res} =? {num} / {den} x {scale} (= {v:.6f})", [res, num, den])

    def quot(self, desc, res, num, den, scale=1):
        v = D(num) / D(den) * scale
        self._rec(desc, q(v, places(res)) == D(res), f"{res} =? {num} / {den} x {scale} (= {v:.6f})", [res, num, den])

    def prod(self, desc, res, a, b, div=1):
        v = D(a) * D(b) / D(div)
        self._rec(desc, q(v, places(res)) == D(res) and v == q(v, places(res)),
                  f"{res} =? {a} x {b}" + (f" / {div}" if div != 1 else '') + f" (= {v})", [res, a, b])

    def growth(self, desc, res, new, old):
        v = (D(new) - D(old)) / D(old) * 100
        self._rec(desc, q(v, places(res)) == D(res), f"{res} =? ({new} - {old}) / {old} x 100 (= {v:.6f})", [res, new, old])

    def pp(self, desc, res, new, old):
        v = D(new) - D(old)
        self._rec(desc, D(res) == v, f"{res} =? {new} - {old} (pp) (= {v})", [res, new, old])

    def conv(self, desc, wan, yuan):
        v = D(yuan) / 10000
        self._rec(desc, q(v, places(wan)) == D(wan), f"{wan} 万元 =? {yuan} 元 / 10000 (= {v})", [wan, yuan])

    def le(self, desc, a, b):
        self._rec(desc, D(a) < D(b), f"{a} < {b}", [a, b])

    def same(self, desc, s, k):
        self.sames.append((desc, s, k))

    def anchor(self, desc, s):
        self.anchors.append((desc, s))

    def days(self, desc, start, end, n):
        v = (end - start).days + 1
        self._rec(desc, v == n, f"{start}..{end} inclusive = {v} =? {n}", [])

    def dated(self, desc, sign_date, period_end):
        self._rec(desc, sign_date > period_end, f"{sign_date} > {period_end}", [])

    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        for desc, n in self.nums:
            pat = r'(?<![\d.,])' + re.escape(n) + r'(?![\d]|\.\d|,\d)'
            ok = bool(re.search(pat, text) or re.search(pat, flat))
            self._rec(f"read-back: {desc}", ok, f"number {n} present as standalone", [])
        for desc, s, k in self.sames:
            pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|\.\d|,\d)'
            c = max(len(re.findall(pat, text)), len(re.findall(pat, flat)))
            self._rec(f"same: {desc}", c >= k, f"{s} written {c} times (>= {k})", [])
        for desc, s in self.anchors:
            ok = s in text or re.sub(r'\s+', '', s) in flat
            self._rec(f"anchor: {desc}", ok, f"present: {s}", [])
        # keep read-back checks compact: collapse into real check list only once
        return True

    def dump(self, report, date, docno, text):
        seen, out = set(), []
        for c in self.checks:
            key = (c['desc'], c['detail'])
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
        han = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
        return {"report": report, "facts": {"date": date, "docno": docno, "utf8_bytes": len(text.encode('utf8')),
                                            "han_chars": han}, "checks": out,
                "all_checks_ok": all(c['ok'] for c in out)}

# ---------------- block model ----------------
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('table', caption, rows, note) ('sign', [lines])

def replace_once(blocks, old, new):
    hits = []
    for i, b in enumerate(blocks):
        if b[0] in ('title', 'sub', 'h', 'p'):
            if old in b[1]:
                hits.append((i, None, None, b[1].count(old)))
        elif b[0] == 'table':
            for r, row in enumerate(b[2]):
                for c, cell in enumerate(row):
                    if old in cell:
                        hits.append((i, r, c, cell.count(old)))
        elif b[0] == 'sign':
            for r, line in enumerate(b[1]):
                if old in line:
                    hits.append((i, 'sign', r, line.count(old)))
    assert len(hits) == 1 and hits[0][3] == 1, (old, hits)
    i, r, c, _ = hits[0]
    nb = [list(x) if not isinstance(x, str) else x for x in blocks]
    b = blocks[i]
    if r is None:
        nb[i] = (b[0], b[1].replace(old, new))
    elif r == 'sign':
        lines = list(b[1]); lines[c] = lines[c].replace(old, new); nb[i] = ('sign', lines)
    else:
        rows = [list(x) for x in b[2]]; rows[r][c] = rows[r][c].replace(old, new)
        nb[i] = ('table', b[1], rows, b[3])
    return [tuple(x) for x in nb]

def set_cell(blocks, caption, r, c, old, new):
    out = []
    done = 0
    for b in blocks:
        if b[0] == 'table' and b[1] == caption:
            rows = [list(x) for x in b[2]]
            assert rows[r][c] == old, (rows[r][c], old)
            rows[r][c] = new; done += 1
            b = ('table', b[1], rows, b[3])
        out.append(b)
    assert done == 1
    return out

def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

def render_txt(blocks, mode='tab'):
    L = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            L.append(b[1]); L.append('')
        elif k == 'sub':
            L.append(b[1]); L.append('')
        elif k == 'h':
            L.append(b[1])
        elif k == 'p':
            L.append('　　' + b[1])
        elif k == 'table':
            L.append(''); L.append(b[1])
            rows = b[2]
            if mode == 'tab':
                for row in rows:
                    L.append('\t'.join(row))
            else:
                ncol = max(len(r) for r in rows)
                w = [max(dwidth(r[c]) for r in rows if c < len(r)) for c in range(ncol)]
                total = sum(w) + 2 * (ncol - 1)
                L.append('-' * total)
                for j, row in enumerate(rows):
                    cells = []
                    for c, cell in enumerate(row):
                        pad = w[c] - dwidth(cell)
                        numeric = bool(re.fullmatch(r'[-\d,.%]+', cell))
                        cells.append((' ' * pad + cell) if (numeric and c > 0) else (cell + ' ' * pad))
                    L.append('  '.join(cells).rstrip())
                    if j == 0:
                        L.append('-' * total)
                L.append('-' * total)
            if b[3]:
                L.append(b[3])
            L.append('')
        elif k == 'sign':
            L.append('')
            for line in b[1]:
                L.append(line)
    return '\n'.join(L).rstrip('\n') + '\n'

def render_html(blocks, site):
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = next(b[1] for b in blocks if b[0] == 'title')
    out.append(f'<title>{e(title)}</title>')
    out += ['<style>body{font-family:SimSun,serif;} table{border-collapse:collapse;} td,th{border:1px solid #666;padding:3px 6px;}</style>',
            '</head>', '<body>', f'<div class="top">{e(site)}</div>',
            '<div class="nav"><a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">财政资金</a></div>',
            '<div class="article">']
    for b in blocks:
        k = b[0]
        if k == 'title':
            out.append(f'<h1>{e(b[1])}</h1>')
        elif k == 'sub':
            out.append(f'<p class="sub">{e(b[1])}</p>')
        elif k == 'h':
            out.append(f'<h3>{e(b[1])}</h3>')
        elif k == 'p':
            out.append(f'<p>{e(b[1])}</p>')
        elif k == 'table':
            out.append(f'<p class="cap">{e(b[1])}</p>')
            out.append('<table>')
            for j, row in enumerate(b[2]):
                tag = 'th' if j == 0 else 'td'
                out.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in row) + '</tr>')
            out.append('</table>')
            if b[3]:
                out.append(f'<p class="note">{e(b[3])}</p>')
        elif k == 'sign':
            for line in b[1]:
                out.append(f'<p class="sign">{e(line)}</p>')
    out += ['</div>', f'<div class="foot">{e(site)}　主办</div>', '</body>', '</html>']
    return '\n'.join(out) + '\n'

def read_html(s):
    s = re.sub(r'(?s)<head>.*?</head>', '', s)
    s = re.sub(r'<tr>', '\n', s)
    s = re.sub(r'<t[dh]>', '|', s)
    s = re.sub(r'</(p|h1|h3|div|table)>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return '\n'.join(l.strip() for l in s.split('\n') if l.strip()) + '\n'

FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)

def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'SimSun'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    cp = d.core_properties
    cp.author = ''; cp.last_modified_by = ''; cp.created = FIXED; cp.modified = FIXED; cp.revision = 1; cp.title = ''
    for b in blocks:
        k = b[0]
        if k == 'title':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'sub':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == 'p':
            p = d.add_paragraph(b[1]); p.paragraph_format.first_line_indent = Pt(22)
        elif k == 'table':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            rows = b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            if b[3]:
                d.add_paragraph(b[3])
        elif k == 'sign':
            for line in b[1]:
                p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bio = io.BytesIO(); d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))

def read_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
        elif tag == 'tbl':
            for tr in el.iter():
                if tr.tag.endswith('}tr'):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith('}tc'):
                            cells.append(''.join(t.text or '' for t in tc.iter() if t.tag.endswith('}t')))
                    out.append('|' + '|'.join(cells))
    return '\n'.join(out) + '\n'

def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, firstLineIndent=21, wordWrap='CJK')
    tit = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=1, firstLineIndent=0)
    sub = ParagraphStyle('s', parent=base, alignment=1, firstLineIndent=0)
    hd = ParagraphStyle('h', parent=base, firstLineIndent=0)
    cell = ParagraphStyle('c', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    sign = ParagraphStyle('g', parent=base, alignment=2, firstLineIndent=0)
    e = html.escape
    story = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            story += [Paragraph(e(b[1]), tit), Spacer(1, 4)]
        elif k == 'sub':
            story.append(Paragraph(e(b[1]), sub))
        elif k == 'h':
            story.append(Paragraph(e(b[1]), hd))
        elif k == 'p':
            story.append(Paragraph(e(b[1]), base))
        elif k == 'table':
            story.append(Paragraph(e(b[1]), hd))
            data = [[Paragraph(e(c), cell) for c in row] for row in b[2]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            if b[3]:
                story.append(Paragraph(e(b[3]), hd))
            story.append(Spacer(1, 4))
        elif k == 'sign':
            story.append(Spacer(1, 8))
            for line in b[1]:
                story.append(Paragraph(e(line), sign))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title='', author='', creator='', producer='')
    doc.build(story)

def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

def render(blocks, fmt, path, site=None):
    if fmt == 'txt-tab':
        open(path, 'w', encoding='utf8').write(render_txt(blocks, 'tab'))
    elif fmt == 'txt-aligned':
        open(path, 'w', encoding='utf8').write(render_txt(blocks, 'aligned'))
    elif fmt == 'html':
        open(path, 'w', encoding='utf8').write(render_html(blocks, site))
    elif fmt == 'docx':
        render_docx(blocks, path)
    elif fmt == 'pdf':
        render_pdf(blocks, path)

def readback(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf8').read()
    if path.endswith('.html'):
        return read_html(open(path, encoding='utf8').read())
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
