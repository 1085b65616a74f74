"""lk33: Decimal ledger + block model + renderers/readers for heldout33 (written from scratch)."""
import json, re, unicodedata, html as H
from decimal import Decimal, ROUND_HALF_UP
from datetime import date

def D(s):
    if isinstance(s, Decimal): return s
    return Decimal(str(s).replace(',', '').replace('%', '').replace('+', ''))

def q(x, p=2):
    return D(x).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)

def F(x, p=2, sep=True):
    v = q(x, p)
    s = f"{v:,.{p}f}" if sep else f"{v:.{p}f}"
    return s

def I(x, sep=True):
    return F(x, 0, sep)

def places(s):
    s = str(s).replace(',', '').replace('%', '')
    return len(s.split('.')[1]) if '.' in s else 0

class Ledger:
    def __init__(self, report):
        self.report = report; self.facts = {}; self.checks = []; self.nums = []; self.anchors = []
    def _add(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        self.nums += [str(n) for n in nums]
        if not ok: raise AssertionError(f"{self.report}: {desc}: {detail}")
    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, s == D(total), f"{total} =? {' + '.join(parts)} (= {s})", [total] + list(parts))
    def signed(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        self._add(desc, s == D(total), f"{total} =? {' + '.join(plus)} - {' - '.join(minus)} (= {s})", [total] + list(plus) + list(minus))
    def rate(self, desc, res, num, den, scale=100):
        v = D(num) / D(den) * scale
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {num} / {den} x {scale} (= {v:.6f})", [res, num, den])
    def growth(self, desc, res, cur, prev):
        v = (D(cur) - D(prev)) / D(prev) * 100
        self._add(desc, q(abs(v), places(res)) == D(res), f"{res} =? |({cur} - {prev}) / {prev}| (= {v:.6f}%)", [res, cur, prev])
    def pp(self, desc, res, a, b):
        v = D(a) - D(b)
        self._add(desc, abs(v) == D(res), f"{res} =? {a} - {b} (= {v})", [res, a, b])
    def prod(self, desc, res, a, b, div=1):
        v = D(a) * D(b) / D(div)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {a} x {b} / {div} (= {v})", [res, a, b])
    def quot(self, desc, res, a, b, mul=1):
        v = D(a) * D(mul) / D(b)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {a} x {mul} / {b} (= {v:.6f})", [res, a, b])
    def conv(self, desc, res, a, factor):
        v = D(a) / D(factor)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {a} / {factor} (= {v})", [res, a])
    def same(self, desc, a, b):
        self._add(desc, D(a) == D(b), f"{a} == {b}", [a, b])
    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} <= {b}", [a, b])
    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), f"{n} =? len({'、'.join(items)}) (= {len(items)})", [n])
        self.anchors += list(items)
    def dated(self, desc, dstr, period_end):
        m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", dstr)
        d = date(int(m[1]), int(m[2]), int(m[3]))
        self._add(desc, d > period_end, f"{dstr} > {period_end}", [])
        self.anchors.append(dstr)
    def anchor(self, *s): self.anchors += list(s)
    def prove(self, text):
        t = re.sub(r"\s+", "", text)
        miss = []
        for n in self.nums:
            if not re.search(r"(?<![\d.,])" + re.escape(n) + r"(?![\d]|\.\d|,\d)", text): miss.append(n)
        for a in self.anchors:
            if re.sub(r"\s+", "", a) not in t: miss.append(a)
        if miss: raise AssertionError(f"{self.report}: not in rendered text: {sorted(set(miss))}")
        self.facts["han_chars"] = len(re.findall(r"[\u4e00-\u9fff]", text))
        self.facts["chars_nonspace"] = len(t)
    def dump(self, path):
        json.dump({"report": self.report, "facts": self.facts, "checks": self.checks,
                   "all_checks_ok": all(c["ok"] for c in self.checks)}, open(path, "w"), ensure_ascii=False, indent=1)

# ---------- block model: list of (kind, payload) ----------
# ('title', s) ('docno', s) ('h', s) ('p', s) ('right', s) ('table', [caption, unit, rows])

def replace_once(blocks, old, new):
    hits = []
    for i, b in enumerate(blocks):
        if b[0] == 'table':
            for r, row in enumerate(b[1][2]):
                for c, cell in enumerate(row):
                    if old in cell: hits.append(('cell', i, r, c))
        elif old in b[1]: hits.append(('blk', i))
    tot = sum(blocks[h[1]][1].count(old) if h[0] == 'blk' else blocks[h[1]][1][2][h[2]][h[3]].count(old) for h in hits)
    assert tot == 1, f"replace_once: {old!r} occurs {tot} times"
    h = hits[0]
    out = [list(b) for b in blocks]
    if h[0] == 'blk':
        out[h[1]][1] = out[h[1]][1].replace(old, new)
    else:
        cap, unit, rows = out[h[1]][1]
        rows = [list(r) for r in rows]; rows[h[2]][h[3]] = rows[h[2]][h[3]].replace(old, new)
        out[h[1]][1] = [cap, unit, rows]
    return [tuple(b) for b in out]

def set_cell(blocks, tcap, rowkey, col, old, new):
    out = []
    done = 0
    for b in blocks:
        if b[0] == 'table' and b[1][0] == tcap:
            cap, unit, rows = b[1]; rows = [list(r) for r in rows]
            for r in rows:
                if r[0] == rowkey or (len(r) > 1 and r[1] == rowkey):
                    assert r[col] == old, (r[col], old); r[col] = new; done += 1
            b = ('table', [cap, unit, rows])
        out.append(b)
    assert done == 1
    return out

def w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

def render_txt(blocks):
    L = []
    for k, v in blocks:
        if k == 'title': L += [v, '']
        elif k == 'docno': L += [v, '']
        elif k == 'h': L += ['', v]
        elif k == 'p': L += ['　　' + v]
        elif k == 'right': L += [' ' * 40 + v]
        elif k == 'table':
            cap, unit, rows = v
            L += ['', cap]
            if unit: L += [' ' * 50 + unit]
            ws = [max(w(r[c]) for r in rows) for c in range(len(rows[0]))]
            rule = '-' * (sum(ws) + 2 * len(ws))
            L.append(rule)
            for i, r in enumerate(rows):
                cells = []
                for c, cell in enumerate(r):
                    pad = ws[c] - w(cell)
                    cells.append(cell + ' ' * pad if c == 0 else ' ' * pad + cell)
                L.append('  '.join(cells))
                if i == 0: L.append(rule)
            L += [rule, '']
    return '\n'.join(L) + '\n'

def render_html(blocks, site):
    o = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>' % H.escape(blocks[0][1]),
         '<style>body{font-family:SimSun;width:960px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}td.n{text-align:right}</style></head><body>',
         '<div class="top">%s</div><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a></div>' % H.escape(site), '<div class="article">']
    for k, v in blocks:
        if k == 'title': o.append('<h1>%s</h1>' % H.escape(v))
        elif k == 'docno': o.append('<p class="info">%s</p>' % H.escape(v))
        elif k == 'h': o.append('<h3>%s</h3>' % H.escape(v))
        elif k == 'p': o.append('<p>　　%s</p>' % H.escape(v))
        elif k == 'right': o.append('<p style="text-align:right">%s</p>' % H.escape(v))
        elif k == 'table':
            cap, unit, rows = v
            o.append('<p style="text-align:center"><b>%s</b></p>' % H.escape(cap))
            if unit: o.append('<p style="text-align:right">%s</p>' % H.escape(unit))
            o.append('<table>')
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                o.append('<tr>' + ''.join('<%s%s>%s</%s>' % (tag, ' class="n"' if (i and c) else '', H.escape(x), tag) for c, x in enumerate(r)) + '</tr>')
            o.append('</table>')
    o += ['</div><div class="foot">主办单位：%s　地址：槐阳区沁塘路88号　联系电话：0379-6655213</div></body></html>' % H.escape(site)]
    return '\n'.join(o) + '\n'

def read_html(s):
    s = re.sub(r'<style.*?</style>', '', s, flags=re.S)
    s = re.sub(r'<title>.*?</title>', '', s, flags=re.S)
    s = re.sub(r'</t[dh]>\s*', '', s)
    s = re.sub(r'<t[dh][^>]*>', '|', s)
    s = re.sub(r'</(p|h\d|tr|div|table)>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return H.unescape(s)

def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'SimSun'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for k, v in blocks:
        if k == 'title':
            p = d.add_paragraph(); r = p.add_run(v); r.bold = True; r.font.size = Pt(16); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'docno':
            p = d.add_paragraph(v); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'h':
            p = d.add_paragraph(); p.add_run(v).bold = True
        elif k == 'p': d.add_paragraph('　　' + v)
        elif k == 'right':
            p = d.add_paragraph(v); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'table':
            cap, unit, rows = v
            p = d.add_paragraph(); p.add_run(cap).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if unit:
                p = d.add_paragraph(unit); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for c, x in enumerate(r): t.cell(i, c).text = x
    d.core_properties.author = ''
    d.save(path)

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
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    ti = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=1)
    ce = ParagraphStyle('c', parent=base, alignment=1)
    ri = ParagraphStyle('r', parent=base, alignment=2)
    cell = ParagraphStyle('cell', parent=base, fontSize=9, leading=12)
    story = []
    for k, v in blocks:
        if k == 'title': story += [Paragraph(H.escape(v), ti), Spacer(1, 6)]
        elif k == 'docno': story.append(Paragraph(H.escape(v), ce))
        elif k == 'h': story.append(Paragraph('<b>%s</b>' % H.escape(v), base))
        elif k == 'p': story.append(Paragraph('　　' + H.escape(v), base))
        elif k == 'right': story.append(Paragraph(H.escape(v), ri))
        elif k == 'table':
            cap, unit, rows = v
            story.append(Paragraph(H.escape(cap), ce))
            if unit: story.append(Paragraph(H.escape(unit), ri))
            t = Table([[Paragraph(H.escape(x), cell) for x in r] for r in rows], repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title='', author='').build(story)

def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

def write(blocks, fmt, path, site=''):
    if fmt == 'txt': open(path, 'w').write(render_txt(blocks))
    elif fmt == 'html': open(path, 'w').write(render_html(blocks, site))
    elif fmt == 'docx': render_docx(blocks, path)
    elif fmt == 'pdf': render_pdf(blocks, path)

def read(fmt, path):
    if fmt == 'txt': return open(path).read()
    if fmt == 'html': return read_html(open(path).read())
    if fmt == 'docx': return read_docx(path)
    if fmt == 'pdf': return read_pdf(path)
