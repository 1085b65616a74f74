"""lk32 -- small toolkit for heldout32: Decimal helpers, Ledger, block model, renderers, readers."""
import json, os, re, html, unicodedata, zipfile, io, datetime
from decimal import Decimal, ROUND_HALF_UP, getcontext
getcontext().prec = 40

def D(x):
    if isinstance(x, Decimal): return x
    return Decimal(str(x).replace(',', '').replace('+', ''))

def q(x, n):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)

def F(x, n=2, sep=True, sign=False):
    """format Decimal with n places, thousands separator, optional explicit sign"""
    v = q(x, n)
    s = f"{abs(v):,.{n}f}" if sep else f"{abs(v):.{n}f}"
    if v < 0: s = '-' + s
    elif sign and v > 0: s = '+' + s
    return s

def I(x, sep=True):
    v = D(x); assert v == v.to_integral_value(), x
    return f"{int(v):,}" if sep else str(int(v))

def places(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

def nows(t):
    return re.sub(r'\s+', '', t)

def hw(t):
    return unicodedata.normalize('NFKC', t)

# ------------------------------------------------------------------ ledger
class Ledger:
    def __init__(self, report):
        self.report = report; self.facts = {}; self.checks = []; self.numbers = set(); self.anchors = []
    def _add(self, desc, ok, detail, nums=()):
        for n in nums:
            self.numbers.add(str(n))
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise AssertionError(f"{self.report}: {desc}: {detail}")
    def fact(self, k, v): self.facts[k] = v
    def anchor(self, s): self.anchors.append(s)
    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, D(total) == s, f"{total} =? {' + '.join(map(str, parts))} (= {s})", [total, *parts])
    def signed_sum(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        self._add(desc, D(total) == s, f"{total} =? {' + '.join(map(str, plus))} - {' - '.join(map(str, minus))} (= {s})", [total, *plus, *minus])
    def diff(self, desc, res, a, b):
        v = D(a) - D(b)
        self._add(desc, D(res) == v, f"{res} =? {a} - {b} (= {v})", [res, a, b])
    def rate(self, desc, r, num, den, scale=100):
        v = D(num) / D(den) * scale
        self._add(desc, D(r) == q(v, places(r)), f"{r} =? {num} / {den} x {scale} (= {v:.6f})", [r, num, den])
    def growth(self, desc, r, cur, prev, word=None):
        v = (D(cur) - D(prev)) / D(prev) * 100
        ok = abs(D(r)) == q(abs(v), places(r))
        if word is not None:
            ok = ok and ((word in ('增长', '增加', '提高', '上升')) == (v > 0))
        self._add(desc, ok, f"{word or ''} {r}% =? ({cur} - {prev}) / {prev} (= {v:.6f})", [r, cur, prev])
    def pp(self, desc, d, a, b, word=None):
        v = D(a) - D(b)
        ok = abs(D(d)) == abs(v) and (word is None or (word in ('提高', '上升', '增加')) == (v > 0))
        self._add(desc, ok, f"{word or ''} {d} 个百分点 =? {a} - {b} (= {v})", [d, a, b])
    def prod(self, desc, res, factors, div=1):
        v = Decimal(1)
        for f_ in factors: v *= D(f_)
        v = v / D(div)
        self._add(desc, D(res) == q(v, places(res)), f"{res} =? {' x '.join(map(str, factors))} / {div} (= {v})", [res, *factors])
    def quot(self, desc, res, a, b, mul=1):
        v = D(a) / D(b) * D(mul)
        self._add(desc, D(res) == q(v, places(res)), f"{res} =? {a} / {b} x {mul} (= {v:.6f})", [res, a, b])
    def conv(self, desc, small, big, factor):
        v = D(small) / D(factor)
        self._add(desc, D(big) == q(v, places(big)), f"{big} =? {small} / {factor} (= {v})", [small, big])
    def same(self, desc, a, b):
        self._add(desc, D(a) == D(b), f"{a} == {b}", [a, b])
    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} <= {b}", [a, b])
    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), f"{n} =? count({'、'.join(items)}) (= {len(items)})", [n])
    def dated(self, desc, date_s, end=(2024, 12, 31)):
        m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', date_s)
        d = datetime.date(*map(int, m.groups()))
        self._add(desc, d > datetime.date(*end), f"{date_s} > {end[0]}年{end[1]}月{end[2]}日", [])
    def check(self, desc, ok, detail, nums=()):
        self._add(desc, ok, detail, nums)
    def prove(self, text):
        """every number of every relation appears as a standalone number; every anchor appears"""
        views = [hw(text), hw(nows(text))]
        missing = []
        for n in sorted(self.numbers):
            pat = r'(?<![\d.,])' + re.escape(n) + r'(?![\d])(?!\.\d)(?!,\d)'
            pat2 = r'(?<![\d.,])' + re.escape(n.replace(',', '')) + r'(?![\d])(?!\.\d)(?!,\d)'
            if not any(re.search(pat, v) or re.search(pat2, v) for v in views):
                missing.append(n)
        amiss = [a for a in self.anchors if a not in text and nows(a) not in nows(text)]
        ok = not missing and not amiss
        self.checks.append({"desc": "读回校验：所有关系中的数字及锚点均出现在渲染文件中", "ok": ok,
                            "detail": f"numbers: {len(self.numbers)}, anchors: {len(self.anchors)}, missing: {missing + amiss}"})
        if not ok:
            raise AssertionError(f"{self.report}: readback missing {missing} {amiss}")
    def dump(self, path):
        d = {"report": self.report, "facts": self.facts, "checks": self.checks,
             "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)

# ------------------------------------------------------------------ block model
# blocks: ('title', s) ('docno', s) ('plain', s) ('p', s) ('h1', s) ('h2', s) ('right', s) ('table', caption, rows) ('blank',)

def replace_once(blocks, old, new):
    hits = [(i, j) for i, b in enumerate(blocks) for j, s in enumerate(_strings(b)) if old in s]
    tot = sum(s.count(old) for b in blocks for s in _strings(b))
    assert tot == 1, (old, tot)
    out = []
    for b in blocks:
        if b[0] == 'table':
            out.append(('table', b[1], [[c.replace(old, new) for c in r] for r in b[2]]))
        else:
            out.append(tuple([b[0]] + [x.replace(old, new) if isinstance(x, str) else x for x in b[1:]]))
    return out

def set_cell(blocks, caption, row0, col, old, new):
    out = []; done = 0
    for b in blocks:
        if b[0] == 'table' and b[1] == caption:
            rows = [list(r) for r in b[2]]
            for r in rows:
                if r[0] == row0:
                    assert r[col] == old, (r[col], old); r[col] = new; done += 1
            b = ('table', b[1], rows)
        out.append(b)
    assert done == 1
    return out

def _strings(b):
    if b[0] == 'table':
        return [b[1]] + [c for r in b[2] for c in r]
    return [x for x in b[1:] if isinstance(x, str)]

# ------------------------------------------------------------------ renderers
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

def render_txt(blocks, path):
    L = []
    for b in blocks:
        k = b[0]
        if k == 'title': L += ['', ' ' * max(0, (72 - _w(b[1])) // 2) + b[1]]
        elif k == 'docno': L += [' ' * max(0, (72 - _w(b[1])) // 2) + b[1], '']
        elif k == 'plain': L.append(b[1])
        elif k == 'p': L.append('\u3000\u3000' + b[1])
        elif k in ('h1', 'h2'): L.append('\u3000\u3000' + b[1])
        elif k == 'right': L.append(' ' * max(0, 72 - _w(b[1])) + b[1])
        elif k == 'blank': L.append('')
        elif k == 'table':
            cap, rows = b[1], b[2]
            L += ['', ' ' * max(0, (72 - _w(cap)) // 2) + cap]
            n = len(rows[0]); ws = [max(_w(r[i]) for r in rows) for i in range(n)]
            rule = '-' * (sum(ws) + 2 * (n - 1))
            L.append(rule)
            for ri, r in enumerate(rows):
                cells = []
                for i, c in enumerate(r):
                    pad = ' ' * (ws[i] - _w(c))
                    cells.append(c + pad if i == 0 or not re.match(r'^[-+\d.,%]+$', c) else pad + c)
                L.append('  '.join(cells).rstrip())
                if ri == 0: L.append(rule)
            L += [rule, '']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L).rstrip() + '\n')

def render_html(blocks, path, chrome):
    e = html.escape
    P = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', f'<title>{e(chrome["title"])}</title>',
         '<style>body{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#f3f3f3}.wrap{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}'
         'table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #666;padding:4px 8px;font-size:14px}h1{text-align:center;font-size:22px}'
         '.info{text-align:center;color:#666;font-size:13px}.r{text-align:right}p{text-indent:2em;line-height:1.9}</style>', '</head>', '<body>',
         f'<div class="header">{e(chrome["site"])}</div>',
         '<div class="nav">' + ' | '.join(f'<a href="#">{e(x)}</a>' for x in chrome["nav"]) + '</div>',
         f'<div class="crumb">当前位置：{e(chrome["crumb"])}</div>', '<div class="wrap">']
    for b in blocks:
        k = b[0]
        if k == 'title': P.append(f'<h1>{e(b[1])}</h1>')
        elif k == 'docno': P.append(f'<p class="info">{e(b[1])}</p>')
        elif k == 'info': P.append(f'<div class="info">{e(b[1])}</div>')
        elif k == 'plain': P.append(f'<p style="text-indent:0">{e(b[1])}</p>')
        elif k in ('p', 'h1', 'h2'): P.append(f'<p>{e(b[1])}</p>' if k == 'p' else f'<p><strong>{e(b[1])}</strong></p>')
        elif k == 'right': P.append(f'<p class="r">{e(b[1])}</p>')
        elif k == 'blank': P.append('<br>')
        elif k == 'table':
            P.append(f'<p style="text-align:center;text-indent:0"><strong>{e(b[1])}</strong></p><table>')
            for ri, r in enumerate(b[2]):
                tag = 'th' if ri == 0 else 'td'
                P.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in r) + '</tr>')
            P.append('</table>')
    P += ['</div>', f'<div class="footer">{e(chrome["footer"])}</div>', '</body>', '</html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(P) + '\n')

def render_docx(blocks, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'SimSun'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    for b in blocks:
        k = b[0]
        if k == 'table':
            cp = doc.add_paragraph(b[1]); cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rows = b[2]; t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            continue
        if k == 'blank':
            doc.add_paragraph(''); continue
        p = doc.add_paragraph()
        run = p.add_run(b[1])
        if k == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run.bold = True; run.font.size = Pt(16)
        elif k == 'docno': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k in ('h1', 'h2'): run.bold = True; p.paragraph_format.first_line_indent = Pt(22)
        elif k == 'p': p.paragraph_format.first_line_indent = Pt(22)
    cp = doc.core_properties
    cp.author = ''; cp.created = datetime.datetime(2025, 1, 1); cp.modified = datetime.datetime(2025, 1, 1); cp.last_modified_by = ''
    doc.save(path)

def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    body = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    plain = ParagraphStyle('pl', parent=body, firstLineIndent=0)
    title = ParagraphStyle('t', parent=body, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    center = ParagraphStyle('c', parent=body, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle('r', parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle('cell', fontName='STSong-Light', fontSize=9, leading=12, wordWrap='CJK')
    S = []
    for b in blocks:
        k = b[0]
        e = lambda s: html.escape(s)
        if k == 'title': S += [Paragraph(e(b[1]), title), Spacer(1, 6)]
        elif k == 'docno': S.append(Paragraph(e(b[1]), center))
        elif k == 'plain': S.append(Paragraph(e(b[1]), plain))
        elif k in ('p', 'h1', 'h2'): S.append(Paragraph(e(b[1]), body))
        elif k == 'right': S.append(Paragraph(e(b[1]), right))
        elif k == 'blank': S.append(Spacer(1, 8))
        elif k == 'table':
            data = [[Paragraph(e(c), cell) for c in r] for r in b[2]]
            ncol = len(b[2][0]); first = 150 if ncol <= 6 else 120
            cw = [first] + [(480 - first) / (ncol - 1)] * (ncol - 1)
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            S.append(KeepTogether([Spacer(1, 4), Paragraph(e(b[1]), center), Spacer(1, 3), t, Spacer(1, 6)]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=60, bottomMargin=60,
                            title='', author='', creator='', producer='', invariant=1)
    doc.build(S)

# ------------------------------------------------------------------ readers
def read_txt(path):
    return open(path, encoding='utf-8').read()

def read_html(path):
    from html.parser import HTMLParser
    class P(HTMLParser):
        def __init__(s):
            super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
        def handle_starttag(s, t, a):
            if t in ('style', 'script', 'title'): s.skip += 1
            if t == 'tr': s.row = []
            if t in ('td', 'th'): s.cell = []
            if t in ('p', 'div', 'h1', 'br'): s.out.append('\n')
        def handle_endtag(s, t):
            if t in ('style', 'script', 'title'): s.skip -= 1
            if t in ('td', 'th') and s.row is not None: s.row.append(''.join(s.cell).strip()); s.cell = None
            if t == 'tr': s.out.append('\n|' + '|'.join(s.row) + '\n'); s.row = None
            if t in ('p', 'div', 'h1'): s.out.append('\n')
        def handle_data(s, d):
            if s.skip: return
            if s.cell is not None: s.cell.append(d)
            else: s.out.append(d)
    p = P(); p.feed(open(path, encoding='utf-8').read())
    return re.sub(r'\n\s*\n+', '\n', ''.join(p.out)).strip() + '\n'

def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path); out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p': out.append(Paragraph(el, doc).text)
        elif tag == 'tbl':
            for r in Table(el, doc).rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out) + '\n'

def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

def read(path):
    ext = path.rsplit('.', 1)[1]
    return {'txt': read_txt, 'html': read_html, 'docx': read_docx, 'pdf': read_pdf}[ext](path)

def render(blocks, path, chrome=None):
    ext = path.rsplit('.', 1)[1]
    if ext == 'txt': render_txt(blocks, path)
    elif ext == 'html': render_html(blocks, path, chrome)
    elif ext == 'docx': render_docx(blocks, path)
    elif ext == 'pdf': render_pdf(blocks, path)

def han(t):
    return sum(1 for ch in t if '\u4e00' <= ch <= '\u9fff')

def run(name, blocks, L, outdir, chrome=None):
    path = os.path.join(outdir, name)
    render(blocks, path, chrome)
    text = read(path)
    L.fact('han_chars', han(text)); L.fact('chars_nonspace', len(nows(text)))
    L.prove(text)
    L.dump(os.path.join(outdir, name.rsplit('.', 1)[0] + '.ledger.json'))
    print(name, 'checks', len(L.checks), 'han', han(text), 'bytes', os.path.getsize(path))
    return text
