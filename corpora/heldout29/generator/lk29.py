"""lk29 - shared helpers for the heldout29 generators (written from scratch for this set).

Decimal helpers, a Ledger of arithmetic relations (evaluated on the number strings *as written*),
a small block model, four renderers (txt / html / docx / pdf), four readers, and model edits
used to plant errors.  Everything is deterministic.
"""
import copy
import datetime
import html as _html
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60

# ---------------------------------------------------------------- numbers
_FW = str.maketrans('0123456789.%-+', '０１２３４５６７８９．％－＋')
_HW = str.maketrans('０１２３４５６７８９．％－＋', '0123456789.%-+')


def hw(s):
    """full-width digits . % - + -> half-width (the full-width comma stays punctuation)."""
    return s.translate(_HW)


def fw(s):
    """half-width digits . % - + -> full-width (used for full-width passages)."""
    return s.translate(_FW)


def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    s = hw(str(x)).replace(',', '').replace('−', '-').strip()
    return Decimal(s)


def places_of(s):
    s = hw(str(s)).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, n=2):
    e = Decimal(1).scaleb(-n)
    return D(x).quantize(e, rounding=ROUND_HALF_UP)


def F(x, n=2, sep=True, sign=False):
    """format a Decimal with n places, thousands separators and optional explicit sign."""
    v = q(x, n)
    s = f'{abs(v):,.{n}f}' if sep else f'{abs(v):.{n}f}'
    if v < 0:
        s = '-' + s
    elif sign and v > 0:
        s = '+' + s
    return s


def I(x, sep=True):
    return F(x, 0, sep)


def pct(num, den, n=2):
    return q(D(num) / D(den) * 100, n)


CN_DIG = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return '一二三四五六七八九'[n - 1] if n else '〇'
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN_DIG[t]) + '十' + (CN_DIG[u] if u else '')


def cn_date(y, m, d):
    return ''.join(CN_DIG[int(c)] for c in str(y)) + '年' + cn_num(m) + '月' + cn_num(d) + '日'


# ---------------------------------------------------------------- ledger
NUM_RE = re.compile(r'[-+]?\d[\d,]*(?:\.\d+)?')


class LedgerError(Exception):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}
        self.numbers = []   # number strings as written, to be proved visible
        self.anchors = []

    # -- internals
    def _add(self, desc, ok, detail, nums=()):
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
        for n in nums:
            if n not in self.numbers:
                self.numbers.append(n)
        if not ok:
            raise LedgerError(f'{self.report}: {desc}: {detail}')

    @staticmethod
    def _fmt(v):
        v = D(v)
        return format(v.normalize(), 'f') if v == v.to_integral() else format(v, 'f')

    # -- relations
    def sum(self, desc, total, parts, implicit=False):
        s = sum((D(p) for p in parts), Decimal(0))
        ok = s == D(total)
        det = f'{total} =? ' + ' + '.join(parts) + f' (= {s})' + (' [total implicit]' if implicit else '')
        self._add(desc, ok, det, ([] if implicit else [total]) + list(parts))

    def signed_sum(self, desc, total, terms):
        """terms: list of (sign, str) with sign '+' or '-'"""
        s = Decimal(0)
        txt = []
        for sg, t in terms:
            s += D(t) if sg == '+' else -D(t)
            txt.append(f'{sg} {t}')
        ok = s == D(total)
        self._add(desc, ok, f'{total} =? ' + ' '.join(txt).lstrip('+ ') + f' (= {s})', [total] + [t for _, t in terms])

    def diff(self, desc, d, a, b):
        v = D(a) - D(b)
        self._add(desc, v == D(d), f'{d} =? {a} - {b} (= {v})', [d, a, b])

    def rate(self, desc, r, num, den, scale=100, show=True):
        """r (written) == round(num/den*scale, places(r))"""
        v = D(num) / D(den) * scale
        ok = q(v, places_of(r)) == D(r)
        self._add(desc, ok, f'{r} =? {num} / {den} x {scale} (= {v:.6f})', [r, num, den] if show else [r])

    def growth(self, desc, g, new, old, word):
        """g written unsigned (with a direction word) or signed; new/old as written."""
        v = (D(new) - D(old)) / D(old) * 100
        gs = D(g)
        up = word in ('增长', '增加', '上升', '提高', '上涨', '+')
        down = word in ('下降', '减少', '降低', '回落', '-')
        if not (up or down):
            raise LedgerError('bad word ' + word)
        sv = gs if gs < 0 or str(g).startswith('+') else (gs if up else -gs)
        ok = q(v, places_of(g)) == sv and ((v > 0) == up)
        self._add(desc, ok, f'{word} {g} =? ({new} - {old}) / {old} (= {v:.4f}%)', [g.lstrip('+-'), new, old])

    def pp(self, desc, d, a, b, word):
        """percentage-point change d (unsigned) from b to a; word 上升/提高/增加 or 下降/降低/减少"""
        v = D(a) - D(b)
        up = word in ('上升', '提高', '增加', '增长')
        ok = abs(v) == D(d) and ((v > 0) == up)
        self._add(desc, ok, f'{word} {d} pt =? {a} - {b} (= {v})', [d, a, b])

    def prod(self, desc, result, factors, divisor='1', show_div=False):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(divisor)
        ok = q(v, places_of(result)) == D(result)
        self._add(desc, ok, f'{result} =? ' + ' x '.join(factors) + (f' / {divisor}' if divisor != '1' else '') + f' (= {v})',
                  [result] + list(factors) + ([divisor] if show_div else []))

    def quot(self, desc, result, num, den, scale='1'):
        v = D(num) * D(scale) / D(den)
        ok = q(v, places_of(result)) == D(result)
        self._add(desc, ok, f'{result} =? {num} x {scale} / {den} (= {v:.6f})', [result, num, den])

    def conv(self, desc, a, b, factor):
        """a == round(b / factor) at a's precision (e.g. 万元 from 元 with factor 10000)"""
        v = D(b) / D(factor)
        ok = q(v, places_of(a)) == D(a)
        self._add(desc, ok, f'{a} =? {b} / {factor} (= {v})', [a, b])

    def same(self, desc, a, b):
        self._add(desc, D(a) == D(b), f'{a} == {b}', [a, b])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f'{a} <= {b}', [a, b])

    def count(self, desc, n, items):
        self._add(desc, int(D(n)) == len(items), f'{n} =? count({"、".join(items)}) (= {len(items)})', [n])

    def dated(self, desc, date_str, ymd, period_end, after=True):
        ok = (ymd > period_end) if after else (ymd <= period_end)
        self._add(desc, ok, f'{date_str} {ymd} {">" if after else "<="} period end {period_end}')
        self.anchor(date_str)

    def anchor(self, text):
        if text not in self.anchors:
            self.anchors.append(text)

    def check(self, desc, ok, detail):
        self._add(desc, ok, detail)

    # -- read-back proof
    def prove(self, text):
        t0 = hw(text)
        t1 = re.sub(r'[ \t\u3000]+', ' ', t0)
        t2 = re.sub(r'\s+', '', t0)
        missing = []
        for n in self.numbers:
            found = False
            for n2 in dict.fromkeys([hw(n), hw(n).replace(',', '')]):   # full-width tables carry no separators
                pat = re.compile(r'(?<![\d.,])' + re.escape(n2) + r'(?![\d]|[.,]\d)')
                if pat.search(t0) or pat.search(t1) or pat.search(t2):
                    found = True
            if not found:
                missing.append(n)
        amiss = [a for a in self.anchors if hw(a) not in t0 and re.sub(r'\s+', '', hw(a)) not in t2]
        ok = not missing and not amiss
        self._add('prove: every number of every relation and every anchor is visible in the rendered file', ok,
                  f'{len(self.numbers)} numbers, {len(self.anchors)} anchors found' if ok else f'missing numbers {missing} anchors {amiss}')

    def dump(self, path):
        obj = {'report': self.report, 'facts': self.facts, 'checks': self.checks,
               'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ---------------------------------------------------------------- block model
# blocks: dicts with key 't' in TITLE SUB DOCNO H1 H2 P NOTE RIGHT TABLE BLANK
def B(t, x=''):
    return {'t': t, 'x': x}


def T(tid, caption, header, rows, unit='', note='', widths=None, align=None):
    return {'t': 'TABLE', 'id': tid, 'caption': caption, 'unit': unit, 'header': header, 'rows': rows,
            'note': note, 'widths': widths, 'align': align}


def model_texts(model):
    """yield (path, text) of every editable string in the model"""
    for i, b in enumerate(model['blocks']):
        if b['t'] == 'TABLE':
            for k in ('caption', 'unit', 'note'):
                if b[k]:
                    yield (i, k), b[k]
            for j, c in enumerate(b['header']):
                yield (i, 'h', j), c
            for r, row in enumerate(b['rows']):
                for c, cell in enumerate(row):
                    yield (i, 'r', r, c), cell
        else:
            yield (i,), b['x']
    for k in ('chrome',):
        if k in model:
            for j, s in enumerate(model[k]):
                yield ('chrome', j), s


def replace_once(model, old, new):
    m = copy.deepcopy(model)
    hits = [(p, s) for p, s in model_texts(m) if old in s]
    total = sum(s.count(old) for _, s in hits)
    if total != 1:
        raise ValueError(f'replace_once: {old!r} occurs {total} times')
    p, s = hits[0]
    ns = s.replace(old, new)
    if p[0] == 'chrome':
        m['chrome'][p[1]] = ns
    elif len(p) == 1:
        m['blocks'][p[0]]['x'] = ns
    elif p[1] == 'h':
        m['blocks'][p[0]]['header'][p[2]] = ns
    elif p[1] == 'r':
        m['blocks'][p[0]]['rows'][p[2]][p[3]] = ns
    else:
        m['blocks'][p[0]][p[1]] = ns
    return m


def set_cell(model, tid, row_label, col, old, new):
    m = copy.deepcopy(model)
    tabs = [b for b in m['blocks'] if b['t'] == 'TABLE' and b['id'] == tid]
    assert len(tabs) == 1, tid
    rows = [r for r in tabs[0]['rows'] if r[0] == row_label or (len(r) > 1 and r[1] == row_label)]
    assert len(rows) == 1, (tid, row_label, len(rows))
    assert rows[0][col] == old, (rows[0][col], old)
    rows[0][col] = new
    return m


# ---------------------------------------------------------------- txt
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def pad(s, w, right=False):
    sp = ' ' * max(0, w - dwidth(s))
    return sp + s if right else s + sp


def _num_like(s):
    return bool(re.fullmatch(r'[-+－＋]?[\d０-９][\d０-９,，.．]*[%％]?|—|-', s.strip()))


def render_txt_table(b, fullwidth=False):
    rows = [b['header']] + b['rows']
    if fullwidth:
        rows = [[fw(c.replace(',', '')) for c in r] for r in rows]
    ncol = max(len(r) for r in rows)
    w = [max(dwidth(r[c]) for r in rows if c < len(r)) for c in range(ncol)]
    out = []
    if b['caption']:
        out.append(b['caption'])
    if b['unit']:
        out.append(b['unit'])
    total = sum(w) + 2 * (ncol - 1)
    out.append('─' * ((total + 1) // 2))
    for k, r in enumerate(rows):
        cells = []
        for c in range(ncol):
            s = r[c] if c < len(r) else ''
            cells.append(pad(s, w[c], right=(k > 0 and c > 0 and _num_like(s))))
        out.append('  '.join(cells).rstrip())
        if k == 0:
            out.append('─' * ((total + 1) // 2))
    out.append('─' * ((total + 1) // 2))
    if b['note']:
        out.append(b['note'])
    return out


def render_txt(model, path, width=72):
    lines = []
    for b in model['blocks']:
        t, x = b['t'], b.get('x', '')
        if t == 'TITLE':
            lines.append(pad('', max(0, (width - dwidth(x)) // 2)) + x)
        elif t in ('SUB', 'DOCNO'):
            lines.append(pad('', max(0, (width - dwidth(x)) // 2)) + x)
        elif t in ('H1', 'H2', 'NOTE'):
            lines.append(x if t != 'H2' else '　　' + x)
        elif t == 'P':
            lines.append('　　' + x)
        elif t == 'PLAIN':
            lines.append(x)
        elif t == 'RIGHT':
            lines.append(pad('', max(0, width - dwidth(x))) + x)
        elif t == 'BLANK':
            lines.append('')
        elif t == 'TABLE':
            lines.append('')
            lines.extend(render_txt_table(b, model.get('table_fullwidth', False)))
            lines.append('')
    txt = '\n'.join(l.rstrip() for l in lines) + '\n'
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(txt)


def read_txt(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


# ---------------------------------------------------------------- html
def render_html(model, path):
    e = _html.escape
    ch = model['chrome_html']
    parts = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
             f'<title>{e(ch["title"])}</title>',
             '<style>body{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#f4f4f4}'
             '.wrap{width:1000px;margin:0 auto;background:#fff;padding:0 40px 30px}'
             '.hd{background:#9e1b1b;color:#fff;padding:18px 40px;font-size:26px}'
             '.nav a{margin-right:18px;color:#333;text-decoration:none}'
             '.crumb{color:#666;font-size:13px;margin:12px 0}'
             'h1{text-align:center;font-size:22px}h2{font-size:17px}h3{font-size:16px}'
             '.meta{text-align:center;color:#888;font-size:13px}'
             'p{text-indent:2em;line-height:1.9;font-size:16px}'
             'p.r{text-align:right}p.c{text-align:center;text-indent:0}'
             'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #444;padding:4px 8px;font-size:14px}'
             'td.n{text-align:right}.ft{color:#666;font-size:12px;text-align:center;padding:20px}</style>',
             '</head>', '<body>', f'<div class="hd">{e(ch["site"])}</div>',
             '<div class="wrap">', '<div class="nav">' + ''.join(f'<a href="#">{e(n)}</a>' for n in ch['nav']) + '</div>',
             f'<div class="crumb">{e(ch["crumb"])}</div>']
    for b in model['blocks']:
        t, x = b['t'], b.get('x', '')
        if t == 'TITLE':
            parts.append(f'<h1>{e(x)}</h1>')
        elif t == 'META':
            parts.append(f'<div class="meta">{e(x)}</div>')
        elif t in ('SUB', 'DOCNO'):
            parts.append(f'<p class="c">{e(x)}</p>')
        elif t == 'H1':
            parts.append(f'<h2>{e(x)}</h2>')
        elif t == 'H2':
            parts.append(f'<h3>{e(x)}</h3>')
        elif t in ('P', 'NOTE', 'PLAIN'):
            parts.append(f'<p>{e(x)}</p>')
        elif t == 'RIGHT':
            parts.append(f'<p class="r">{e(x)}</p>')
        elif t == 'BLANK':
            pass
        elif t == 'TABLE':
            if b['caption']:
                parts.append(f'<p class="c"><b>{e(b["caption"])}</b></p>')
            if b['unit']:
                parts.append(f'<p class="r">{e(b["unit"])}</p>')
            parts.append('<table>')
            parts.append('<tr>' + ''.join(f'<th>{e(c)}</th>' for c in b['header']) + '</tr>')
            for r in b['rows']:
                parts.append('<tr>' + ''.join(
                    f'<td class="n">{e(c)}</td>' if _num_like(c) else f'<td>{e(c)}</td>' for c in r) + '</tr>')
            parts.append('</table>')
            if b['note']:
                parts.append(f'<p>{e(b["note"])}</p>')
    parts.append('<div class="share">分享到：微信 微博 QQ空间</div>')
    parts.append('</div>')
    parts.append(f'<div class="ft">{e(ch["footer"])}</div>')
    parts.append('</body>')
    parts.append('</html>')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(parts) + '\n')


def read_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out = []
            self.cur = None
            self.row = None
            self.cell = None
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ('script', 'style', 'title', 'head'):
                self.skip += 1
            elif tag == 'tr':
                self.row = []
            elif tag in ('td', 'th'):
                self.cell = []

        def handle_endtag(self, tag):
            if tag in ('script', 'style', 'title', 'head'):
                self.skip -= 1
            elif tag in ('td', 'th'):
                self.row.append(''.join(self.cell).strip())
                self.cell = None
            elif tag == 'tr':
                self.out.append('|' + '|'.join(self.row))
                self.row = None
            elif tag in ('p', 'h1', 'h2', 'h3', 'div', 'a'):
                if self.cur:
                    s = ''.join(self.cur).strip()
                    if s:
                        self.out.append(s)
                self.cur = None

        def handle_data(self, data):
            if self.skip:
                return
            if self.cell is not None:
                self.cell.append(data)
            elif self.row is None:
                if self.cur is None:
                    self.cur = []
                self.cur.append(data)

    p = P()
    with open(path, encoding='utf-8') as f:
        p.feed(f.read())
    return '\n'.join(p.out) + '\n'


# ---------------------------------------------------------------- docx
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def _normalize_zip(path, when):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Word writes it
        items.sort(key=lambda it: (it[0] != '[Content_Types].xml', it[0]))
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(when.year, when.month, when.day, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def render_docx(model, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin = sec.bottom_margin = Cm(2.5)

    def para(text, align=None, bold=False, size=None, indent=False, font=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
        return p

    for b in model['blocks']:
        t, x = b['t'], b.get('x', '')
        if t == 'TITLE':
            para(x, 'c', True, 18, font='方正小标宋简体')
        elif t in ('SUB', 'DOCNO'):
            para(x, 'c', False, 12)
        elif t == 'H1':
            para(x, None, True, 14, font='黑体')
        elif t == 'H2':
            para(x, None, True, 12, indent=True, font='楷体_GB2312')
        elif t == 'P':
            para(x, indent=True)
        elif t in ('NOTE', 'PLAIN'):
            para(x)
        elif t == 'RIGHT':
            para(x, 'r')
        elif t == 'BLANK':
            para('')
        elif t == 'TABLE':
            if b['caption']:
                para(b['caption'], 'c', True, 12)
            if b['unit']:
                para(b['unit'], 'r', False, 10)
            ncol = len(b['header'])
            tab = doc.add_table(rows=1 + len(b['rows']), cols=ncol)
            tab.style = 'Table Grid'
            for j, c in enumerate(b['header']):
                cell = tab.rows[0].cells[j]
                cell.text = c
                for r in cell.paragraphs[0].runs:
                    r.bold = True
                    r.font.size = Pt(10)
            for i, row in enumerate(b['rows']):
                for j, c in enumerate(row):
                    cell = tab.rows[i + 1].cells[j]
                    cell.text = c
                    for r in cell.paragraphs[0].runs:
                        r.font.size = Pt(10)
                    if _num_like(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if b['note']:
                para(b['note'], None, False, 10)
    cp = doc.core_properties
    cp.author = model.get('author', '')
    cp.last_modified_by = model.get('author', '')
    cp.title = model.get('title', '')
    cp.created = model.get('when', FIXED_DT)
    cp.modified = model.get('when', FIXED_DT)
    cp.revision = 1
    doc.save(path)
    _normalize_zip(path, model.get('when', FIXED_DT))


def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    out = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(child, doc).text)
        elif tag == 'tbl':
            tb = Table(child, doc)
            for row in tb.rows:
                out.append('|' + '|'.join(c.text for c in row.cells))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- pdf
def render_pdf(model, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    base = ParagraphStyle('b', fontName=fn, fontSize=10.5, leading=17, wordWrap='CJK', firstLineIndent=21)
    sty = {
        'TITLE': ParagraphStyle('t', parent=base, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=6),
        'SUB': ParagraphStyle('s', parent=base, alignment=TA_CENTER, firstLineIndent=0),
        'DOCNO': ParagraphStyle('d', parent=base, alignment=TA_CENTER, firstLineIndent=0),
        'H1': ParagraphStyle('h1', parent=base, fontSize=12, leading=20, firstLineIndent=0, spaceBefore=4),
        'H2': ParagraphStyle('h2', parent=base, fontSize=11, leading=18),
        'P': base,
        'NOTE': ParagraphStyle('n', parent=base, fontSize=9, leading=14, firstLineIndent=0),
        'PLAIN': ParagraphStyle('pl', parent=base, firstLineIndent=0),
        'RIGHT': ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        'CAP': ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=4),
        'UNIT': ParagraphStyle('u', parent=base, alignment=TA_RIGHT, firstLineIndent=0, fontSize=9),
        'CELL': ParagraphStyle('cl', parent=base, fontSize=9, leading=12, firstLineIndent=0),
        'CELLR': ParagraphStyle('cr', parent=base, fontSize=9, leading=12, firstLineIndent=0, alignment=TA_RIGHT),
    }
    e = _html.escape
    story = []
    for b in model['blocks']:
        t, x = b['t'], b.get('x', '')
        if t == 'BLANK':
            story.append(Spacer(1, 8))
        elif t == 'TABLE':
            keep = []
            if b['caption']:
                keep.append(Paragraph(e(b['caption']), sty['CAP']))
            if b['unit']:
                keep.append(Paragraph(e(b['unit']), sty['UNIT']))
            data = [[Paragraph(e(c), sty['CELL']) for c in b['header']]]
            for r in b['rows']:
                data.append([Paragraph(e(c), sty['CELLR'] if _num_like(c) else sty['CELL']) for c in r])
            widths = [w * cm for w in b['widths']] if b.get('widths') else None
            tb = Table(data, colWidths=widths, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            keep.append(tb)
            story.append(KeepTogether(keep))  # small tables: caption, unit and all rows on one page
            if b['note']:
                story.append(Paragraph(e(b['note']), sty['NOTE']))
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(e(x), sty[t]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title=model.get('title', ''),
                            author=model.get('author', ''), creator='heldout29', producer='heldout29')
    doc.build(story)


def read_pdf(path):
    """pdfminer text lines regrouped into rows by vertical position; cells of one row joined by '|'."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    out = []
    for page in extract_pages(path):
        lines = []

        def walk(o):
            if isinstance(o, LTTextLine):
                s = o.get_text().strip()
                if s:
                    lines.append((o.y0, o.y1, o.x0, s))
            elif hasattr(o, '__iter__'):
                for c in o:
                    walk(c)
        walk(page)
        lines.sort(key=lambda l: (-round((l[0] + l[1]) / 2), l[2]))
        rows = []
        for l in lines:
            mid = (l[0] + l[1]) / 2
            if rows and abs(rows[-1][0] - mid) < 3.5:
                rows[-1][1].append(l)
            else:
                rows.append([mid, [l]])
        for mid, ls in rows:
            ls.sort(key=lambda l: l[2])
            out.append('|'.join(l[3] for l in ls))
    return '\n'.join(out) + '\n'


def read_pdf_plain(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


# ---------------------------------------------------------------- dispatch
RENDER = {'.txt': render_txt, '.html': render_html, '.docx': render_docx, '.pdf': render_pdf}
READ = {'.txt': read_txt, '.html': read_html, '.docx': read_docx, '.pdf': read_pdf}


def render(model, path):
    RENDER[os.path.splitext(path)[1]](model, path)


def read(path):
    return READ[os.path.splitext(path)[1]](path)


def han_count(text):
    return sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')


def run(build, outdir, stem, ext):
    model, led = build()
    path = os.path.join(outdir, stem + ext)
    render(model, path)
    text = read(path)
    led.prove(text)
    led.facts['han_chars'] = han_count(text)
    led.facts['chars_nonspace'] = len(re.sub(r'\s', '', text))
    led.dump(os.path.join(outdir, stem + '.ledger.json'))
    return path, led
