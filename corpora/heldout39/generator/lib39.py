"""lib39 — helpers for heldout39 (written from scratch).

Decimal arithmetic with ROUND_HALF_UP at the written precision, a Ledger that
proves relations on number strings *as written* and then re-reads the rendered
file, a small block model, renderers (txt-tab, txt-space, html, docx, pdf) and
readers.
"""
import datetime
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(',', '').replace('%', ''))


def places(s):
    s = str(s).replace(',', '').replace('%', '')
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separator, n places"""
    v = q(x, n)
    return f'{v:,.{n}f}'


def I(x):
    v = D(x)
    assert v == v.to_integral_value(), x
    return f'{int(v):,}'


def pct(num, den, n=2):
    return F(D(num) * 100 / D(den), n)


def growth(new, old, n=2):
    """absolute growth percentage (sign given in words)"""
    return F(abs(D(new) - D(old)) * 100 / D(old), n)


def shares(parts, total, n=2):
    out = [pct(p, total, n) for p in parts]
    s = sum(D(x) for x in out)
    assert s == 100, ('shares do not add to 100', out, s)
    return out


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.nums = []      # (check index, number string)
        self.anchors = []
        self.sames = []
        self.facts = {}

    def _add(self, desc, ok, detail, nums):
        if not ok:
            raise AssertionError(f'{self.report}: {desc}: {detail}')
        i = len(self.checks)
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
        for n in nums:
            self.nums.append((desc, str(n)))

    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, s == D(total), ' + '.join(map(str, parts)) + f' = {s} vs {total}', [total] + list(parts))

    def signed(self, desc, result, plus, minus, shown=None):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        self._add(desc, s == D(result),
                  ' + '.join(map(str, plus)) + ' − ' + ' − '.join(map(str, minus)) + f' = {s} vs {result}',
                  ([result] + list(plus) + list(minus)) if shown is None else shown)

    def diff(self, desc, a, b, d):
        s = D(a) - D(b)
        self._add(desc, abs(s) == D(d), f'|{a} − {b}| = {abs(s)} vs {d}', [a, b, d])

    def rate(self, desc, num, den, r, scale=100):
        v = q(D(num) * scale / D(den), places(r))
        self._add(desc, v == D(r), f'{num} × {scale} ÷ {den} = {v} vs {r}', [num, den, r])

    def quot(self, desc, num, den, r, mult=1, shown=None):
        v = q(D(num) * mult / D(den), places(r))
        self._add(desc, v == D(r), f'{num} × {mult} ÷ {den} = {v} vs {r}', ([num, den, r] if shown is None else shown))

    def prod(self, desc, result, factors, div=1, shown=None):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        ok = v == D(result)
        self._add(desc, ok, ' × '.join(map(str, factors)) + f' ÷ {div} = {v} vs {result}',
                  ([result] + list(factors)) if shown is None else shown)

    def growth(self, desc, new, old, r, direction):
        g = q((D(new) - D(old)) * 100 / D(old), places(r))
        word_ok = (direction == '增' and g > 0) or (direction == '降' and g < 0)
        self._add(desc, abs(g) == D(r) and word_ok, f'({new} − {old}) ÷ {old} = {g}%, written {direction} {r}', [new, old, r])

    def pp(self, desc, a, b, d):
        self._add(desc, abs(D(a) - D(b)) == D(d), f'{a} − {b} = {D(a) - D(b)} pp vs {d}', [a, b, d])

    def conv(self, desc, yuan, wan):
        v = q(D(yuan) / 10000, places(wan))
        self._add(desc, v == D(wan), f'{yuan} 元 = {v} 万元 vs {wan}', [yuan, wan])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f'{a} ≤ {b}', [a, b])

    def ge(self, desc, a, b):
        self._add(desc, D(a) >= D(b), f'{a} ≥ {b}', [a, b])

    def days(self, desc, d1, d2, n):
        k = (d2 - d1).days + 1
        self._add(desc, k == n, f'{d1} — {d2} inclusive = {k} days vs {n}', [])

    def dated(self, desc, written, period_end):
        y, m, d = map(int, re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', written).groups())
        ok = datetime.date(y, m, d) > period_end
        self._add(desc, ok, f'{written} after {period_end}', [])

    def anchor(self, s):
        self.anchors.append(s)

    def same(self, s, k):
        self.sames.append((s, k))

    # -- read-back proof
    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        out = list(self.checks)
        seen = set()
        for desc, n in self.nums:
            if n in seen:
                continue
            seen.add(n)
            pat = r'(?<![\d.,])' + re.escape(n) + r'(?![\d]|[.,]\d)'
            ok = bool(re.search(pat, text) or re.search(pat, flat))
            if not ok:
                raise AssertionError(f'{self.report}: number {n} ({desc}) not in read-back')
            out.append({'desc': f'read-back: {n}', 'ok': True, 'detail': 'standalone number present'})
        for a in self.anchors:
            ok = a in text or re.sub(r'\s+', '', a) in flat
            if not ok:
                raise AssertionError(f'{self.report}: anchor {a!r} missing')
            out.append({'desc': f'anchor: {a}', 'ok': True, 'detail': 'present'})
        for s, k in self.sames:
            c = flat.count(re.sub(r'\s+', '', s))
            if c < k:
                raise AssertionError(f'{self.report}: same {s!r} {c} < {k}')
            out.append({'desc': f'same: {s}', 'ok': True, 'detail': f'written {c} times (≥ {k})'})
        return out


# ---------------------------------------------------------------- block model
class Doc:
    def __init__(self, portal=None):
        self.blocks = []
        self.portal = portal

    def title(self, s): self.blocks.append(['title', s])
    def sub(self, s): self.blocks.append(['sub', s])
    def h(self, s): self.blocks.append(['h', s])
    def p(self, s): self.blocks.append(['p', s])
    def table(self, caption, rows, note=None): self.blocks.append(['table', caption, rows, note])
    def sign(self, *lines): self.blocks.append(['sign', list(lines)])

    def copy(self):
        return _clone(self)

    def strings(self):
        for b in self.blocks:
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

    def replace_once(self, old, new):
        n = sum(s.count(old) for s in self.strings())
        assert n == 1, (old, n)
        for b in self.blocks:
            if b[0] == 'table':
                b[1] = b[1].replace(old, new)
                for r in b[2]:
                    for i, c in enumerate(r):
                        r[i] = c.replace(old, new)
                if b[3]:
                    b[3] = b[3].replace(old, new)
            elif b[0] == 'sign':
                b[1] = [s.replace(old, new) for s in b[1]]
            else:
                b[1] = b[1].replace(old, new)

    def set_cell(self, tno, r, c, old, new):
        tabs = [b for b in self.blocks if b[0] == 'table']
        assert tabs[tno][2][r][c] == old, (tabs[tno][2][r][c], old)
        tabs[tno][2][r][c] = new


def _clone(doc):
    d = Doc(doc.portal)
    d.blocks = json.loads(json.dumps(doc.blocks))
    return d


# ---------------------------------------------------------------- renderers
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def render_txt(doc, mode):
    L = []
    for b in doc.blocks:
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
            rows = b[2]
            if mode == 'tab':
                L += ['\t'.join(r) for r in rows]
            else:
                ncol = max(len(r) for r in rows)
                w = [max(dw(r[i]) for r in rows if i < len(r)) for i in range(ncol)]
                rule = '-' * (sum(w) + 2 * (ncol - 1))
                L.append(rule)
                for j, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        pad = w[i] - dw(c)
                        num = bool(re.fullmatch(r'[-\d.,%]+', c))
                        cells.append((' ' * pad + c) if (num and i > 0) else (c + ' ' * pad))
                    L.append('  '.join(cells).rstrip())
                    if j == 0:
                        L.append(rule)
                L.append(rule)
            if b[3]:
                L.append(b[3])
            L.append('')
        elif k == 'sign':
            L += [''] + [' ' * 36 + s for s in b[1]]
    return '\n'.join(L).rstrip() + '\n'


def render_html(doc):
    site, crumb, foot = doc.portal
    e = htmlmod.escape
    H = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(doc.blocks[0][1])}</title>',
         '<style>body{font-family:SimSun,serif;margin:0}.top{background:#a5281b;color:#fff;padding:10px 24px;font-size:22px}'
         '.crumb{padding:6px 24px;font-size:13px;color:#555}.article{width:900px;margin:0 auto}'
         'h1{text-align:center;font-size:22px}p{text-indent:2em;line-height:1.8}'
         'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #333;padding:3px 8px}'
         '.sign{text-align:right}.foot{border-top:1px solid #ccc;margin-top:30px;padding:10px;text-align:center;font-size:12px}</style>',
         '</head>', '<body>', f'<div class="top">{e(site)}</div>', f'<div class="crumb">{e(crumb)}</div>',
         '<div class="article">']
    for b in doc.blocks:
        k = b[0]
        if k == 'title':
            H.append(f'<h1>{e(b[1])}</h1>')
        elif k == 'sub':
            H.append(f'<p style="text-align:center;text-indent:0">{e(b[1])}</p>')
        elif k == 'h':
            H.append(f'<h3>{e(b[1])}</h3>')
        elif k == 'p':
            H.append(f'<p>{e(b[1])}</p>')
        elif k == 'table':
            H.append(f'<p style="text-align:center;text-indent:0"><b>{e(b[1])}</b></p>')
            H.append('<table>')
            for j, r in enumerate(b[2]):
                tag = 'th' if j == 0 else 'td'
                H.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in r) + '</tr>')
            H.append('</table>')
            if b[3]:
                H.append(f'<p>{e(b[3])}</p>')
        elif k == 'sign':
            for s in b[1]:
                H.append(f'<p class="sign">{e(s)}</p>')
    H += ['</div>', f'<div class="foot">{e(foot)}</div>', '</body>', '</html>']
    return '\n'.join(H) + '\n'


FIXED = datetime.datetime(2025, 1, 1, 9, 0, 0)


def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    cp = d.core_properties
    cp.author = ''
    cp.title = doc.blocks[0][1]
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ''
    cp.revision = 1
    for b in doc.blocks:
        k = b[0]
        if k == 'title':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == 'sub':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == 'p':
            p = d.add_paragraph(b[1]); p.paragraph_format.first_line_indent = Pt(22)
        elif k == 'table':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b[1]).bold = True
            rows = b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            if b[3]:
                d.add_paragraph(b[3])
        elif k == 'sign':
            for s in b[1]:
                p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    F_ = 'STSong-Light'
    sT = ParagraphStyle('t', fontName=F_, fontSize=15, leading=22, alignment=1, spaceAfter=6)
    sS = ParagraphStyle('s', fontName=F_, fontSize=10.5, leading=16, alignment=1)
    sH = ParagraphStyle('h', fontName=F_, fontSize=11.5, leading=18, spaceBefore=4)
    sP = ParagraphStyle('p', fontName=F_, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
    sC = ParagraphStyle('c', fontName=F_, fontSize=9.5, leading=13, wordWrap='CJK')
    sR = ParagraphStyle('r', fontName=F_, fontSize=10.5, leading=17, alignment=2)
    e = htmlmod.escape
    story = []
    for b in doc.blocks:
        k = b[0]
        if k == 'title':
            story.append(Paragraph(e(b[1]), sT))
        elif k == 'sub':
            story.append(Paragraph(e(b[1]), sS))
        elif k == 'h':
            story.append(Paragraph(e(b[1]), sH))
        elif k == 'p':
            story.append(Paragraph(e(b[1]), sP))
        elif k == 'table':
            story.append(Spacer(1, 3))
            story.append(Paragraph(e(b[1]), sS))
            data = [[Paragraph(e(c), sC) for c in r] for r in b[2]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(t)
            if b[3]:
                story.append(Paragraph(e(b[3]), sP))
            story.append(Spacer(1, 3))
        elif k == 'sign':
            for s in b[1]:
                story.append(Paragraph(e(s), sR))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, invariant=1, title=doc.blocks[0][1], author='').build(story)


# ---------------------------------------------------------------- readers
class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, a):
        if tag in ('style', 'title', 'script'):
            self.skip += 1
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = []
        elif tag in ('p', 'h1', 'h3', 'div'):
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'title', 'script'):
            self.skip -= 1
        elif tag in ('td', 'th'):
            self.row.append(''.join(self.cell).strip())
            self.cell = None
        elif tag == 'tr':
            self.out.append('\n|' + '|'.join(self.row) + '\n')
            self.row = None
        elif tag in ('p', 'h1', 'h3', 'div'):
            self.out.append('\n')

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        hp = _HP()
        hp.feed(open(path, encoding='utf-8').read())
        t = ''.join(hp.out)
        return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'
    if path.endswith('.docx'):
        from docx import Document
        d = Document(path)
        body = d.element.body
        out = []
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for ch in body.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(ch, d).text)
            elif tag == 'tbl':
                for r in Table(ch, d).rows:
                    out.append('|' + '|'.join(c.text for c in r.cells))
        return '\n'.join(out) + '\n'
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def render(doc, path, fmt):
    if fmt in ('tab', 'space'):
        open(path, 'w', encoding='utf-8').write(render_txt(doc, fmt))
    elif fmt == 'html':
        open(path, 'w', encoding='utf-8').write(render_html(doc))
    elif fmt == 'docx':
        render_docx(doc, path)
    elif fmt == 'pdf':
        render_pdf(doc, path)


def han(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def build_and_prove(name, fmt, ext, builder):
    doc, L = builder()
    path = os.path.join(OUT, name + '.' + ext)
    render(doc, path, fmt)
    text = read_back(path)
    checks = L.prove(text)
    facts = dict(L.facts)
    facts['utf8_bytes'] = len(text.encode('utf-8'))
    facts['han_chars'] = han(text)
    led = {'report': name + '.' + ext, 'facts': facts, 'checks': checks,
           'all_checks_ok': all(c['ok'] for c in checks)}
    with open(os.path.join(OUT, name + '.ledger.json'), 'w', encoding='utf-8') as f:
        json.dump(led, f, ensure_ascii=False, indent=1)
    return path, text, led
