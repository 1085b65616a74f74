"""heldout36 helper library: Decimal helpers, Ledger, block model, renderers, readers."""
import re, json, io, zipfile, html as _html, unicodedata
from decimal import Decimal, ROUND_HALF_UP

# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(',', ''))

def places(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

def q(x, p=2):
    return D(x).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)

def F(x, p=2):
    """format with thousands separators at p places"""
    v = q(x, p)
    s = f"{abs(v):,.{p}f}"
    return ('-' if v < 0 else '') + s

def I(x):
    return F(x, 0)

def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)

def growth(new, old, p=2):
    return F((D(new) - D(old)) / D(old) * 100, p)

def share_fix(vals, p=2):
    """shares of vals, asserted to add to exactly 100"""
    tot = sum(D(v) for v in vals)
    sh = [q(D(v) / tot * 100, p) for v in vals]
    assert sum(sh) == 100, (sh, sum(sh))
    return [F(s, p) for s in sh]

# ---------------------------------------------------------------- ledger
class CheckFail(Exception):
    pass

class Ledger:
    def __init__(self):
        self.checks = []   # dict(desc, ok, detail, nums, occ)
        self.anchors = []  # (desc, text)

    def _add(self, desc, ok, detail, nums, occ=None):
        if not ok:
            raise CheckFail(f"{desc}: {detail}")
        self.checks.append(dict(desc=desc, ok=True, detail=detail, nums=[str(n) for n in nums], occ=occ))

    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, D(total) == s, f"{total} =? {' + '.join(parts)} (= {s})", [total] + list(parts))

    def signed(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        det = f"{total} =? {' + '.join(plus)} - {' - '.join(minus)} (= {s})"
        self._add(desc, D(total) == s, det, [total] + list(plus) + list(minus))

    def diff(self, desc, res, a, b):
        s = D(a) - D(b)
        self._add(desc, D(res) == s, f"{res} =? {a} - {b} (= {s})", [res, a, b])

    def rate(self, desc, res, num, den, scale=100):
        v = D(num) / D(den) * scale
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {num} / {den} x {scale} (= {v:.6f})", [res, num, den])

    def quot(self, desc, res, num, den, mult=1):
        v = D(num) * D(mult) / D(den)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {num} x {mult} / {den} (= {v:.6f})", [res, num, den])

    def prod(self, desc, res, a, b, c='1', div=1, exact=True):
        v = D(a) * D(b) * D(c) / D(div)
        ok = (v == D(res)) if exact else (q(v, places(res)) == D(res))
        extra = [c] if c != '1' else []
        self._add(desc, ok, f"{res} =? {a} x {b}{' x ' + c if c != '1' else ''} / {div} (= {v:.6f})", [res, a, b] + extra)

    def growth(self, desc, res, new, old):
        v = (D(new) - D(old)) / D(old) * 100
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? ({new} - {old}) / {old} x 100 (= {v:.6f})", [res, new, old])

    def pp(self, desc, res, a, b):
        v = D(a) - D(b)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {a} - {b} points (= {v})", [res, a, b])

    def conv(self, desc, res, src, div):
        v = D(src) / D(div)
        self._add(desc, q(v, places(res)) == D(res), f"{res} =? {src} / {div} (= {v:.6f})", [res, src])

    def same(self, desc, val, occ=2):
        self._add(desc, True, f"{val} written at least {occ} times", [val], occ=(val, occ))

    def le(self, desc, a, b):
        self._add(desc, D(a) < D(b), f"{a} < {b}", [a, b])

    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), f"{n} =? len({items})", [])
        for it in items:
            self.anchors.append((desc + ' item', it))

    def dated(self, desc, date, after=(2024, 12, 31)):
        m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', date)
        ok = tuple(int(x) for x in m.groups()) > after
        self._add(desc, ok, f"{date} after {after}", [])
        self.anchors.append((desc, date))

    def days(self, desc, n, d1, d2):
        import datetime
        a = datetime.date(*d1); b = datetime.date(*d2)
        self._add(desc, (b - a).days + 1 == int(n), f"{n} =? {d1}..{d2} inclusive", [n])

    def fact(self, desc, ok, detail):
        self._add(desc, bool(ok), detail, [])

    def anchor(self, desc, text):
        self.anchors.append((desc, text))

    # -- prove against rendered read-back
    @staticmethod
    def _pat(n):
        return re.compile(r'(?<![\d.,])' + re.escape(n) + r'(?![\d]|[.,]\d)')

    def prove(self, text):
        squeezed = re.sub(r'\s+', '', text)
        out = []
        for c in self.checks:
            for n in c['nums']:
                p = self._pat(n)
                if not (p.search(text) or p.search(squeezed)):
                    raise CheckFail(f"{c['desc']}: number {n} not found in read-back")
            if c['occ']:
                v, k = c['occ']
                p = self._pat(v)
                cnt = max(len(p.findall(text)), len(p.findall(squeezed)))
                if cnt < k:
                    raise CheckFail(f"{c['desc']}: {v} written {cnt} < {k} times")
            out.append(dict(desc=c['desc'], ok=True, detail=c['detail']))
        for desc, a in self.anchors:
            if a not in text and re.sub(r'\s+', '', a) not in squeezed:
                raise CheckFail(f"anchor {desc}: {a!r} not in read-back")
            out.append(dict(desc='anchor: ' + desc, ok=True, detail=f"present: {a}"))
        return out

# ---------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('table', caption, rows, note) ('sign', [lines])

def model_texts(model):
    for b in model:
        if b[0] == 'table':
            yield b[1]
            for r in b[2]:
                for c in r:
                    yield c
            if b[3]:
                yield b[3]
        elif b[0] == 'sign':
            for s in b[1]:
                yield s
        else:
            yield b[1]

def replace_once(model, old, new):
    n = sum(t.count(old) for t in model_texts(model))
    assert n == 1, (old, n)
    out = []
    for b in model:
        if b[0] == 'table':
            out.append(('table', b[1].replace(old, new), [[c.replace(old, new) for c in r] for r in b[2]],
                        b[3].replace(old, new) if b[3] else b[3]))
        elif b[0] == 'sign':
            out.append(('sign', [s.replace(old, new) for s in b[1]]))
        else:
            out.append((b[0], b[1].replace(old, new)))
    return out

def set_cell(model, caption_prefix, row0, col, old, new):
    out = []
    hit = 0
    for b in model:
        if b[0] == 'table' and b[1].startswith(caption_prefix):
            rows = [list(r) for r in b[2]]
            ri = [i for i, r in enumerate(rows) if r[0] == row0]
            assert len(ri) == 1
            assert rows[ri[0]][col] == old, (rows[ri[0]][col], old)
            rows[ri[0]][col] = new
            hit += 1
            out.append(('table', b[1], rows, b[3]))
        else:
            out.append(b)
    assert hit == 1
    return out

# ---------------------------------------------------------------- renderers
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

def render_txt(model, table_style='tab'):
    L = []
    for b in model:
        k = b[0]
        if k == 'title':
            L += [b[1], '']
        elif k == 'sub':
            L += [b[1], '']
        elif k == 'h':
            L += [b[1]]
        elif k == 'p':
            L += ['　　' + b[1]]
        elif k == 'table':
            L += ['', b[1]]
            for r in b[2]:
                if table_style == 'tab':
                    L.append('\t'.join(r))
                else:
                    L.append('| ' + ' | '.join(r) + ' |')
            if b[3]:
                L.append(b[3])
            L.append('')
        elif k == 'sign':
            L += [''] + [' ' * 30 + s for s in b[1]]
    return '\n'.join(L) + '\n'

HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:SimSun,serif;margin:0}}.top{{background:#1f5f8b;color:#fff;padding:8px 20px}}
.nav a{{margin-right:14px;color:#1f5f8b}}.main{{width:900px;margin:16px auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #888;padding:3px 6px;font-size:14px}}p{{text-indent:2em;line-height:1.8}}.sign{{text-align:right}}</style>
</head><body>
<div class="top">{site}</div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">财政资金</a><a href="#">政策文件</a><a href="#">互动交流</a></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金</div>
"""

def render_html(model, site):
    e = _html.escape
    title = [b[1] for b in model if b[0] == 'title'][0]
    out = [HTML_HEAD.format(title=e(title), site=e(site))]
    for b in model:
        k = b[0]
        if k == 'title':
            out.append(f'<h1 style="text-align:center">{e(b[1])}</h1>')
        elif k == 'sub':
            out.append(f'<div style="text-align:center">{e(b[1])}</div>')
        elif k == 'h':
            out.append(f'<h3>{e(b[1])}</h3>')
        elif k == 'p':
            out.append(f'<p>{e(b[1])}</p>')
        elif k == 'table':
            out.append(f'<p class="cap" style="text-align:center">{e(b[1])}</p><table>')
            for i, r in enumerate(b[2]):
                tg = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join(f'<{tg}>{e(c)}</{tg}>' for c in r) + '</tr>')
            out.append('</table>')
            if b[3]:
                out.append(f'<p class="note">{e(b[3])}</p>')
        elif k == 'sign':
            for s in b[1]:
                out.append(f'<p class="sign">{e(s)}</p>')
    out.append('</div>\n<div class="foot">主办单位：{}　技术支持：信息中心</div>\n</body></html>\n'.format(e(site)))
    return '\n'.join(out)

def render_docx(model, path, author):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import datetime
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    for b in model:
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
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rows = b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            if b[3]:
                d.add_paragraph(b[3])
        elif k == 'sign':
            for s in b[1]:
                p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = author; cp.last_modified_by = author; cp.created = fixed; cp.modified = fixed
    cp.revision = 1; cp.title = [b[1] for b in model if b[0] == 'title'][0]
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda x: (x != '[Content_Types].xml', x)):
            zi = zipfile.ZipInfo(n, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))

def render_pdf(model, path, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    ti = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    ce = ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    hd = ParagraphStyle('h', parent=base, firstLineIndent=0)
    rt = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle('cell', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    story = []
    for b in model:
        k = b[0]
        if k == 'title':
            story += [Paragraph(escape(b[1]), ti), Spacer(1, 6)]
        elif k == 'sub':
            story.append(Paragraph(escape(b[1]), ce))
        elif k == 'h':
            story.append(Paragraph(escape(b[1]), hd))
        elif k == 'p':
            story.append(Paragraph(escape(b[1]), base))
        elif k == 'table':
            story.append(Paragraph(escape(b[1]), ce))
            data = [[Paragraph(escape(c), cell) for c in r] for r in b[2]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            if b[3]:
                story.append(Paragraph(escape(b[3]), hd))
            story.append(Spacer(1, 6))
        elif k == 'sign':
            for s in b[1]:
                story.append(Paragraph(escape(s), rt))
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, author=author,
                            title=[b[1] for b in model if b[0] == 'title'][0],
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    doc.build(story)

# ---------------------------------------------------------------- readers
def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = open(path, encoding='utf-8').read()
        s = re.sub(r'<(style|script)[^>]*>.*?</\1>', '', s, flags=re.S)
        s = re.sub(r'</t[dh]>\s*', '', s)
        s = re.sub(r'<t[dh][^>]*>', '|', s)
        s = re.sub(r'</tr>', '\n', s)
        s = re.sub(r'<(p|div|h\d|br|table)[^>]*>', '\n', s)
        s = re.sub(r'<[^>]+>', '', s)
        s = _html.unescape(s)
        return re.sub(r'\n\s*\n+', '\n', s)
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path)
        out = []
        body = d.element.body
        for ch in body.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p':
                out.append(''.join(t.text or '' for t in ch.iter() if t.tag.endswith('}t')))
            elif tag == 'tbl':
                for tr in ch.iter():
                    if tr.tag.endswith('}tr'):
                        cells = []
                        for tc in tr.iterchildren():
                            if tc.tag.endswith('}tc'):
                                cells.append(''.join(t.text or '' for t in tc.iter() if t.tag.endswith('}t')))
                        out.append('|' + '|'.join(cells))
        return '\n'.join(out) + '\n'
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)

def render(model, path, fmt, site=None, author=None):
    if fmt == 'txt-tab':
        open(path, 'w', encoding='utf-8').write(render_txt(model, 'tab'))
    elif fmt == 'txt-pipe':
        open(path, 'w', encoding='utf-8').write(render_txt(model, 'pipe'))
    elif fmt == 'html':
        open(path, 'w', encoding='utf-8').write(render_html(model, site))
    elif fmt == 'docx':
        render_docx(model, path, author)
    elif fmt == 'pdf':
        render_pdf(model, path, author)

def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')
