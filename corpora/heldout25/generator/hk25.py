"""hk25 - helpers for heldout set 25 (written from scratch).

Decimal arithmetic, a relation ledger (`Ledger`), a small content model
(list of blocks), four renderers (txt / html / docx / pdf), four readers,
and model edits used to plant errors (`replace_once`, `set_cell`).
"""
import json, re, os, io, zipfile, html as htmlmod
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    s = str(x).replace(',', '').replace('%', '').replace('（', '-').replace('）', '').strip()
    return Decimal(s)

def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

def f(x, places=2, sep=True):
    """format Decimal at `places` with thousands separators"""
    v = q(x, places)
    s = f"{abs(v):,.{places}f}" if sep else f"{abs(v):.{places}f}"
    return ('-' if v < 0 else '') + s

def fp(x, places=2):
    return f(x, places, sep=False) + '%'

def places_of(s):
    s = str(s).replace('%', '')
    return len(s.split('.')[1]) if '.' in s else 0

def pct(num, den, places=2):
    return q(D(num) / D(den) * 100, places)

def growth(cur, prev, places=2):
    return q((D(cur) - D(prev)) / D(prev) * 100, places)

def ssum(xs):
    t = Decimal(0)
    for x in xs:
        t += D(x)
    return t

# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.visible = []   # (desc, string) that must be visible as standalone numbers
        self.anchors = []   # strings that must be visible in whitespace-free text
        self.facts = {}

    def _add(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise AssertionError(f"{self.report}: {desc}: {detail}")
        for n in nums:
            self.visible.append((desc, n))

    def sum(self, desc, total, parts):
        p = places_of(total)
        calc = q(ssum(parts), p)
        self._add(f"sum {desc}", calc == D(total),
                  f"{total} =? {' + '.join(parts)} (= {f(calc, p)})", [total] + list(parts))

    def diff(self, desc, result, a, subs):
        p = places_of(result)
        calc = q(D(a) - ssum(subs), p)
        self._add(f"difference {desc}", calc == D(result),
                  f"{result} =? {a} - {' - '.join(subs)} (= {f(calc, p)})", [result, a] + list(subs))

    def rate(self, desc, r, num, den):
        p = places_of(r)
        calc = pct(num, den, p)
        self._add(f"ratio {desc}", calc == D(r), f"{r} =? {num} / {den} (= {fp(calc, p)})", [r, num, den])

    def growth(self, desc, r, cur, prev, word):
        """r is written unsigned next to word 增长/下降/增加/减少"""
        p = places_of(r)
        calc = growth(cur, prev, p)
        up = word in ('增长', '增加', '提高', '上升', '增幅')
        ok = abs(calc) == D(r) and ((calc > 0) == up or calc == 0)
        self._add(f"growth {desc}", ok, f"{word}{r} =? ({cur} - {prev}) / {prev} (= {fp(calc, p)})", [r, cur, prev])

    def pp(self, desc, pts, a, b, word):
        p = places_of(pts)
        calc = q(D(a) - D(b), p)
        up = word in ('提高', '上升', '增加')
        ok = abs(calc) == D(pts) and ((calc > 0) == up or calc == 0)
        self._add(f"percentage points {desc}", ok, f"{word}{pts}个百分点 =? {a} - {b} (= {f(calc, p)})", [pts, a, b])

    def prod(self, desc, result, a, b, div='1'):
        p = places_of(result)
        calc = q(D(a) * D(b) / D(div), p)
        self._add(f"product {desc}", calc == D(result), f"{result} =? {a} x {b} / {div} (= {f(calc, p)})",
                  [result, a, b] + ([] if div in ('1', '100', '10000', '12') else [div]))

    def quot(self, desc, result, a, b, scale='1'):
        p = places_of(result)
        calc = q(D(a) * D(scale) / D(b), p)
        self._add(f"quotient {desc}", calc == D(result), f"{result} =? {a} x {scale} / {b} (= {f(calc, p)})", [result, a, b])

    def same(self, desc, a, b):
        self._add(f"same value {desc}", D(a) == D(b), f"{a} == {b}", [a, b])

    def le(self, desc, a, b):
        self._add(f"not above {desc}", D(a) <= D(b), f"{a} <= {b}", [a, b])

    def scores(self, desc, total, rows, total_weight=None):
        """rows: list of (name, weight, score) strings"""
        for n, w, s in rows:
            self.le(f"{desc}: {n} score within weight", s, w)
        if total_weight is not None:
            self.sum(f"{desc}: weights", total_weight, [w for _, w, _ in rows])
        self.sum(f"{desc}: scores", total, [s for _, _, s in rows])

    def dated(self, desc, date_text, after=(2024, 12, 31)):
        m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', date_text)
        ymd = tuple(int(x) for x in m.groups())
        self.checks.append({"desc": f"date {desc}", "ok": ymd > after, "detail": f"{date_text} after {after}"})
        if not ymd > after:
            raise AssertionError(desc)
        self.anchors.append(date_text)

    def docno(self, desc, docno, date_text):
        y = int(re.search(r'〔(\d{4})〕', docno).group(1))
        dy = int(date_text[:4])
        ok = y == dy
        self.checks.append({"desc": f"document number year {desc}", "ok": ok, "detail": f"{docno} year {y} == date year {dy}"})
        if not ok:
            raise AssertionError(desc)
        self.anchors += [docno, date_text]

    def anchor(self, s):
        self.anchors.append(s)

    # ---- after rendering
    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        lined = re.sub(r'[ \t\u3000]+', '', text)
        out = []
        for desc, n in self.visible:
            pat = r'(?<![\d.,])' + re.escape(n) + r'(?![\d])(?![.,]\d)'
            ok = re.search(pat, lined) is not None or re.search(pat, flat) is not None
            out.append({"desc": f"visible number {n} of {desc}", "ok": ok, "detail": n})
        for a in self.anchors:
            out.append({"desc": f"visible anchor {a}", "ok": re.sub(r'\s+', '', a) in flat, "detail": a})
        bad = [c for c in out if not c['ok']]
        if bad:
            raise AssertionError(f"{self.report}: not visible: {bad[:5]}")
        return out

    def dump(self, path, text):
        vis = self.prove(text)
        flat = re.sub(r'\s+', '', text)
        self.facts["chars_nonspace"] = len(flat)
        self.facts["han_chars"] = len(re.findall(r'[\u4e00-\u9fff]', flat))
        allc = self.checks + vis
        data = {"report": self.report, "facts": self.facts, "checks": allc,
                "all_checks_ok": all(c['ok'] for c in allc)}
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        return data

# ---------------------------------------------------------------- model
# block kinds: title, sub (centered line), h1, h2, p, right (signature/date),
# table {"t":"table","cap":..., "unit":..., "rows":[[...]], "head":n}
def P(t): return {"t": "p", "text": t}
def H1(t): return {"t": "h1", "text": t}
def H2(t): return {"t": "h2", "text": t}
def TITLE(t): return {"t": "title", "text": t}
def SUB(t): return {"t": "sub", "text": t}
def RIGHT(t): return {"t": "right", "text": t}
def TABLE(cap, rows, unit='', head=1): return {"t": "table", "cap": cap, "unit": unit, "rows": rows, "head": head}

def replace_once(model, old, new):
    hits = []
    for i, b in enumerate(model):
        if b['t'] == 'table':
            for r, row in enumerate(b['rows']):
                for c, cell in enumerate(row):
                    if old in cell:
                        hits.append(('cell', i, r, c, cell.count(old)))
            if old in b.get('cap', ''):
                hits.append(('cap', i, 0, 0, b['cap'].count(old)))
        else:
            if old in b['text']:
                hits.append(('text', i, 0, 0, b['text'].count(old)))
    n = sum(h[4] for h in hits)
    if n != 1:
        raise AssertionError(f"replace_once: {old!r} occurs {n} times")
    kind, i, r, c, _ = hits[0]
    if kind == 'cell':
        model[i]['rows'][r][c] = model[i]['rows'][r][c].replace(old, new)
    elif kind == 'cap':
        model[i]['cap'] = model[i]['cap'].replace(old, new)
    else:
        model[i]['text'] = model[i]['text'].replace(old, new)

def set_cell(model, cap_contains, row_label, col, new, expect=None):
    tabs = [b for b in model if b['t'] == 'table' and cap_contains in b['cap']]
    assert len(tabs) == 1, cap_contains
    rows = [r for r in tabs[0]['rows'] if r[0] == row_label or (len(r) > 1 and r[1] == row_label)]
    assert len(rows) == 1, row_label
    if expect is not None:
        assert rows[0][col] == expect, (rows[0][col], expect)
    rows[0][col] = new

# ---------------------------------------------------------------- renderers
def render_txt(model, path, table_style='space', indent='\u3000\u3000', newline='\n'):
    lines = []
    for b in model:
        t = b['t']
        if t == 'title':
            lines += [b['text'], '']
        elif t == 'sub':
            lines.append(b['text'])
        elif t in ('h1', 'h2'):
            lines.append(indent + b['text'])
        elif t == 'p':
            lines.append(indent + b['text'])
        elif t == 'right':
            lines.append(' ' * 36 + b['text'])
        elif t == 'table':
            lines.append('')
            lines.append(b['cap'])
            if b['unit']:
                lines.append(b['unit'])
            if table_style == 'record':
                head = b['rows'][0]
                for row in b['rows'][1:]:
                    parts = [f"{h}{v}" if h else v for h, v in zip(head[1:], row[1:])]
                    lines.append(f"{row[0]}：" + '；'.join(parts) + '。')
            else:
                w = [max(_w(r[c]) for r in b['rows']) for c in range(len(b['rows'][0]))]
                for row in b['rows']:
                    lines.append('  '.join(_pad(cell, w[c], c) for c, cell in enumerate(row)).rstrip())
            lines.append('')
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(newline.join(lines) + newline)

def _w(s):
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)

def _pad(s, w, c):
    gap = ' ' * (w - _w(s))
    return s + gap if c == 0 else gap + s

def render_html(model, path, head_extra='', css=''):
    e = htmlmod.escape
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = next(b['text'] for b in model if b['t'] == 'title')
    out.append(f'<title>{e(title)}</title>')
    out.append(f'<style>{css}</style>')
    out += ['</head>', '<body>', '<div class="article">', head_extra]
    for b in model:
        t = b['t']
        if t == 'title':
            out.append(f'<h1 class="art-title">{e(b["text"])}</h1>')
        elif t == 'sub':
            out.append(f'<p class="art-meta">{e(b["text"])}</p>')
        elif t == 'h1':
            out.append(f'<h3>{e(b["text"])}</h3>')
        elif t == 'h2':
            out.append(f'<h4>{e(b["text"])}</h4>')
        elif t == 'p':
            out.append(f'<p>{e(b["text"])}</p>')
        elif t == 'right':
            out.append(f'<p style="text-align:right">{e(b["text"])}</p>')
        elif t == 'table':
            out.append(f'<p class="tcap"><strong>{e(b["cap"])}</strong></p>')
            if b['unit']:
                out.append(f'<p class="tunit" style="text-align:right">{e(b["unit"])}</p>')
            out.append('<table border="1" cellspacing="0" cellpadding="4">')
            for r, row in enumerate(b['rows']):
                spans = b.get('spans', {})
                if r < b['head']:
                    out.append('<tr>' + ''.join(f'<th>{e(c)}</th>' for c in row) + '</tr>')
                elif r in spans:   # a section row spanning all columns
                    out.append(f'<tr class="sec"><td colspan="{len(b["rows"][0])}">{e(row[0])}</td></tr>')
                else:
                    out.append('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in row) + '</tr>')
            out.append('</table>')
    out += ['</div>', '</body>', '</html>', '']
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))

def _set_font(run, size=None, bold=False):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    run.font.name = '宋体'
    run._element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    if size:
        run.font.size = Pt(size)
    run.bold = bold

def render_docx(model, path, numbered_rows=False):
    import docx, datetime
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = docx.Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = 'hk25'
    cp.title = next(b['text'] for b in model if b['t'] == 'title')
    for b in model:
        t = b['t']
        if t == 'table':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(b['cap']), 12, True)
            if b['unit']:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _set_font(p.add_run(b['unit']), 10)
            rows = b['rows']
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    para = tb.cell(r, c).paragraphs[0]
                    _set_font(para.add_run(cell), 9, r < b['head'])
                    if c > 0 and r >= b['head']:
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            continue
        p = doc.add_paragraph()
        if t == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(b['text']), 18, True)
        elif t == 'sub':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(b['text']), 12)
        elif t == 'h1':
            _set_font(p.add_run(b['text']), 14, True)
        elif t == 'h2':
            _set_font(p.add_run(b['text']), 12, True)
        elif t == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(b['text']), 12)
        else:
            p.paragraph_format.first_line_indent = Pt(24)
            _set_font(p.add_run(b['text']), 12)
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)

def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != '[Content_Types].xml', i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))

def render_pdf(model, path, numbered=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    st = {
        'title': ParagraphStyle('t', fontName=fn, fontSize=16, leading=24, alignment=1, spaceAfter=6),
        'sub': ParagraphStyle('s', fontName=fn, fontSize=11, leading=16, alignment=1),
        'h1': ParagraphStyle('h1', fontName=fn, fontSize=13, leading=20, spaceBefore=6),
        'h2': ParagraphStyle('h2', fontName=fn, fontSize=11.5, leading=18, leftIndent=6),
        'p': ParagraphStyle('p', fontName=fn, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK'),
        'right': ParagraphStyle('r', fontName=fn, fontSize=10.5, leading=17, alignment=2),
        'cap': ParagraphStyle('c', fontName=fn, fontSize=11, leading=16, alignment=1, spaceBefore=6),
        'unit': ParagraphStyle('u', fontName=fn, fontSize=9, leading=12, alignment=2),
        'cell': ParagraphStyle('cell', fontName=fn, fontSize=8.5, leading=11, wordWrap='CJK'),
    }
    e = htmlmod.escape
    story = []
    for b in model:
        t = b['t']
        if t == 'table':
            story.append(Paragraph(e(b['cap']), st['cap']))
            if b['unit']:
                story.append(Paragraph(e(b['unit']), st['unit']))
            data = [[Paragraph(e(c), st['cell']) for c in row] for row in b['rows']]
            ncol = len(b['rows'][0])
            first = 60 * mm if ncol <= 5 else 46 * mm
            rest = (170 * mm - first) / (ncol - 1)
            tb = Table(data, colWidths=[first] + [rest] * (ncol - 1), repeatRows=b['head'])
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(tb)
            story.append(Spacer(1, 4 * mm))
        else:
            story.append(Paragraph(e(b['text']), st[t]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title='report', author='hk25', creator='hk25', producer='hk25', subject='')
    doc.build(story)

# ---------------------------------------------------------------- readers
def read_txt(path):
    with open(path, encoding='utf-8') as fh:
        return fh.read()

class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.cell = [], 0, False
    def handle_starttag(self, tag, a):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.out.append('\n')
        elif tag in ('td', 'th'):
            self.out.append('|')
        elif tag in ('p', 'h1', 'h3', 'h4', 'div', 'br'):
            self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def read_html(path):
    p = _HP()
    p.feed(read_txt(path))
    return ''.join(p.out)

def read_docx(path):
    import docx
    doc = docx.Document(path)
    body = doc.element.body
    out = []
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
                    out.append('|'.join(cells))
    return '\n'.join(out)

def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

def reader_for(path):
    ext = os.path.splitext(path)[1]
    return {'.txt': read_txt, '.html': read_html, '.docx': read_docx, '.pdf': read_pdf}[ext]

def flat(text):
    return re.sub(r'\s+', '', text)
