"""lib38: Decimal helpers, a checking ledger, a small block model and five renderers/readers.
Written from scratch for heldout38."""
import io, json, os, re, unicodedata, zipfile, datetime
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- numbers
def D(s):
    if isinstance(s, Decimal):
        return s
    return Decimal(str(s).replace(',', ''))

def q(x, p=2):
    return D(x).quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)

def F(x, p=2):
    """format with thousands separators at p places"""
    return '{:,.{p}f}'.format(q(x, p), p=p)

def I(x):
    return F(x, 0)

def pct(num, den, p=2):
    return q(D(num) / D(den) * 100, p)

def growth(new, old, p=2):
    return q((D(new) - D(old)) / D(old) * 100, p)

def places(s):
    s = str(s)
    return len(s.split('.')[1]) if '.' in s else 0

def shares(values, p=2):
    """shares of a list that must add to exactly 100.00 (asserted, no forcing)"""
    tot = sum(D(v) for v in values)
    sh = [pct(v, tot, p) for v in values]
    assert sum(sh) == Decimal(100), ('shares do not add to 100', sh, sum(sh))
    return sh

# ---------------------------------------------------------------- ledger
class CheckFailed(Exception):
    pass

class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.nums = []      # (desc, number string as written)
        self.anchors = []
        self.sames = []
        self.facts = {}

    def _add(self, desc, ok, detail, nums):
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
        for n in nums:
            self.nums.append((desc, str(n)))
        if not ok:
            raise CheckFailed(desc + ': ' + detail)

    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, s == D(total), '%s =? %s (= %s)' % (total, ' + '.join(map(str, parts)), s), [total] + list(parts))

    def signed(self, desc, total, plus, minus):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        self._add(desc, s == D(total), '%s =? %s - %s (= %s)' % (total, ' + '.join(plus), ' - '.join(minus), s),
                  [total] + list(plus) + list(minus))

    def diff(self, desc, a, b, r):
        v = D(a) - D(b)
        self._add(desc, v == D(r), '%s =? %s - %s (= %s)' % (r, a, b, v), [a, b, r])

    def rate(self, desc, num, den, r, scale=100):
        v = D(num) / D(den) * scale
        self._add(desc, q(v, places(r)) == D(r), '%s =? %s / %s x %s (= %.6f)' % (r, num, den, scale, v), [num, den, r])

    def quot(self, desc, num, den, r, mult=1):
        v = D(num) * D(mult) / D(den)
        self._add(desc, q(v, places(r)) == D(r), '%s =? %s / %s%s (= %.6f)' % (r, num, den, '' if mult == 1 else ' x %s' % mult, v), [num, den, r])

    def prod(self, desc, r, factors, div=1):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(div)
        ok = q(v, places(r)) == D(r) if div != 1 else v == D(r)
        self._add(desc, ok, '%s =? %s%s (= %s)' % (r, ' x '.join(map(str, factors)), '' if div == 1 else ' / %s' % div, v),
                  [r] + list(factors))

    def growth(self, desc, new, old, chg, g, down=False):
        d = D(new) - D(old)
        ok1 = (abs(d) == D(chg)) and ((d < 0) == down)
        gv = abs(d) / D(old) * 100
        ok2 = q(gv, places(g)) == D(g)
        self._add(desc, ok1 and ok2, '%s -> %s: %s %s (= %s), %s%% (= %.6f)' % (old, new, '减少' if down else '增加', chg, d, g, gv),
                  [new, old, chg, g])

    def pp(self, desc, new, old, r, down=False):
        d = D(new) - D(old)
        self._add(desc, abs(d) == D(r) and ((d < 0) == down), '%s =? |%s - %s| (= %s)' % (r, new, old, d), [new, old, r])

    def conv(self, desc, yuan, wan):
        v = D(yuan) / 10000
        self._add(desc, q(v, places(wan)) == D(wan), '%s万元 =? %s元 / 10000 (= %s)' % (wan, yuan, v), [yuan, wan])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), '%s <= %s' % (a, b), [a, b])

    def days(self, desc, start, end, n):
        d = (end - start).days + 1
        self._add(desc, d == int(n), '%s..%s inclusive = %d =? %s' % (start, end, d, n), [n])

    def dated(self, desc, date, period_end):
        self._add(desc, date > period_end, '%s > %s' % (date, period_end), [])

    def same(self, s, k):
        self.sames.append((s, k))

    def anchor(self, s, desc=None):
        self.anchors.append((desc or s, s))

    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        seen = set()
        for desc, n in self.nums:
            if n in seen:
                continue
            seen.add(n)
            pat = re.compile(r'(?<![\d.,])' + re.escape(n) + r'(?![\d]|[.,]\d)')
            ok = bool(pat.search(text) or pat.search(flat))
            self._add('read-back: ' + n, ok, 'standalone in read-back' if ok else 'MISSING', [])
        for desc, s in self.anchors:
            ok = s in text or re.sub(r'\s+', '', s) in flat
            self._add('anchor: ' + desc, ok, ('present: ' if ok else 'MISSING: ') + s, [])
        for s, k in self.sames:
            c = flat.count(s)
            self._add('same: %s written >= %d times' % (s, k), c >= k, 'count %d' % c, [])

    def dump(self, path, text):
        self.facts['utf8_bytes'] = len(text.encode('utf8'))
        self.facts['han_chars'] = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
        obj = {'report': self.report, 'facts': self.facts, 'checks': self.checks,
               'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf8') as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write('\n')

# ---------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('table', {'cap','head','rows','note'}) ('sign', [lines])
def _fields(model):
    for i, b in enumerate(model):
        if b[0] in ('title', 'sub', 'h', 'p'):
            yield (i, None), b[1]
        elif b[0] == 'sign':
            for j, s in enumerate(b[1]):
                yield (i, ('sign', j)), s
        elif b[0] == 'table':
            t = b[1]
            for k in ('cap', 'note'):
                if t.get(k):
                    yield (i, (k,)), t[k]
            for r, row in enumerate([t['head']] + t['rows']):
                for c, cell in enumerate(row):
                    yield (i, ('cell', r, c)), cell

def _set(model, key, val):
    i, sub = key
    b = model[i]
    if sub is None:
        model[i] = (b[0], val)
    elif sub[0] == 'sign':
        b[1][sub[1]] = val
    elif sub[0] in ('cap', 'note'):
        b[1][sub[0]] = val
    else:
        _, r, c = sub
        rows = [b[1]['head']] + b[1]['rows']
        rows[r][c] = val

def replace_once(model, old, new):
    hits = [(k, s) for k, s in _fields(model) if old in s]
    n = sum(s.count(old) for k, s in hits)
    assert n == 1, ('replace_once: %r occurs %d times' % (old, n))
    k, s = hits[0]
    _set(model, k, s.replace(old, new))

def set_cell(model, tidx, row, col, old, new):
    tabs = [b for b in model if b[0] == 'table']
    t = tabs[tidx][1]
    assert t['rows'][row][col] == old, (t['rows'][row][col], old)
    t['rows'][row][col] = new

# ---------------------------------------------------------------- renderers
IND = '\u3000\u3000'

def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)

def _isnum(s):
    return bool(re.fullmatch(r'[-−]?[\d,]+(\.\d+)?%?', s)) or s == '—'

def render_txt(model, path, tables='tab'):
    L = []
    for b in model:
        k = b[0]
        if k == 'title':
            L += [b[1], '']
        elif k == 'sub':
            L += [b[1], '']
        elif k == 'h':
            L.append(b[1])
        elif k == 'p':
            L.append(IND + b[1])
        elif k == 'table':
            t = b[1]
            L += ['', t['cap']]
            rows = [t['head']] + t['rows']
            if tables == 'tab':
                L += ['\t'.join(r) for r in rows]
            else:
                ncol = len(t['head'])
                wid = [max(_w(r[c]) for r in rows) for c in range(ncol)]
                total = sum(wid) + 2 * (ncol - 1)
                rule = '-' * total
                out = []
                for ri, r in enumerate(rows):
                    cells = []
                    for c in range(ncol):
                        pad = ' ' * (wid[c] - _w(r[c]))
                        cells.append(r[c] + pad if (c == 0 or not _isnum(r[c])) and ri > 0 or c == 0 else pad + r[c])
                    out.append('  '.join(cells).rstrip())
                    if ri == 0:
                        out.append(rule)
                L += [rule] + out + [rule]
            if t.get('note'):
                L.append(t['note'])
            L.append('')
        elif k == 'sign':
            L.append('')
            L += b[1]
    text = '\n'.join(L) + '\n'
    with open(path, 'w', encoding='utf8') as f:
        f.write(text)

def render_html(model, path, site='萩阳县人民政府门户网站', column='政府信息公开 > 财政资金'):
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    H = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = [b[1] for b in model if b[0] == 'title'][0]
    H += ['<title>%s - %s</title>' % (esc(title), site), '<style>body{font-family:SimSun,serif;margin:0}'
          '.top{background:#8b1a1a;color:#fff;padding:8px 24px}.crumb{padding:6px 24px;color:#555;font-size:13px}'
          '.art{width:880px;margin:0 auto}h1{text-align:center;font-size:22px}.docno{text-align:center}'
          'table{border-collapse:collapse;margin:6px auto}td,th{border:1px solid #333;padding:3px 8px}'
          '.sign{text-align:right}.foot{border-top:1px solid #ccc;color:#777;font-size:12px;padding:8px 24px}</style>',
          '</head>', '<body>', '<div class="top">%s</div>' % site,
          '<div class="crumb">当前位置：首页 &gt; %s</div>' % esc(column), '<div class="art">']
    for b in model:
        k = b[0]
        if k == 'title':
            H.append('<h1>%s</h1>' % esc(b[1]))
        elif k == 'sub':
            H.append('<p class="docno">%s</p>' % esc(b[1]))
        elif k == 'h':
            H.append('<h3>%s</h3>' % esc(b[1]))
        elif k == 'p':
            H.append('<p>%s%s</p>' % (IND, esc(b[1])))
        elif k == 'table':
            t = b[1]
            H.append('<p class="cap">%s</p>' % esc(t['cap']))
            H.append('<table>')
            H.append('<tr>' + ''.join('<th>%s</th>' % esc(c) for c in t['head']) + '</tr>')
            for r in t['rows']:
                H.append('<tr>' + ''.join('<td>%s</td>' % esc(c) for c in r) + '</tr>')
            H.append('</table>')
            if t.get('note'):
                H.append('<p class="note">%s</p>' % esc(t['note']))
        elif k == 'sign':
            H.append('<div class="sign">' + ''.join('<p>%s</p>' % esc(s) for s in b[1]) + '</div>')
    H += ['</div>', '<div class="foot">主办：%s　｜　网站标识码 0000000000　｜　技术支持：信息中心</div>' % site,
          '</body>', '</html>']
    with open(path, 'w', encoding='utf8') as f:
        f.write('\n'.join(H) + '\n')

def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return bio.getvalue()

def render_docx(model, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    for b in model:
        k = b[0]
        if k == 'title':
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'sub':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == 'p':
            d.add_paragraph(IND + b[1])
        elif k == 'table':
            t = b[1]
            p = d.add_paragraph(t['cap']); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rows = [t['head']] + t['rows']
            tb = d.add_table(rows=len(rows), cols=len(t['head']))
            tb.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    tb.cell(ri, ci).text = cell
            if t.get('note'):
                d.add_paragraph(t['note'])
        elif k == 'sign':
            for s in b[1]:
                p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = ''; cp.last_modified_by = ''; cp.title = ''; cp.revision = 1
    bio = io.BytesIO(); d.save(bio)
    with open(path, 'wb') as f:
        f.write(_fix_zip(bio.getvalue()))

def render_pdf(model, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    fn = 'STSong-Light'
    body = ParagraphStyle('b', fontName=fn, fontSize=10.5, leading=16, wordWrap='CJK', firstLineIndent=21)
    ttl = ParagraphStyle('t', fontName=fn, fontSize=16, leading=22, alignment=1, spaceAfter=6)
    sub = ParagraphStyle('s', fontName=fn, fontSize=10.5, leading=16, alignment=1, spaceAfter=6)
    hd = ParagraphStyle('h', fontName=fn, fontSize=11, leading=18, spaceBefore=4)
    cap = ParagraphStyle('c', fontName=fn, fontSize=10, leading=15, alignment=1, spaceBefore=4)
    note = ParagraphStyle('n', fontName=fn, fontSize=9, leading=13, wordWrap='CJK')
    sg = ParagraphStyle('g', fontName=fn, fontSize=10.5, leading=16, alignment=2)
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    S = []
    for b in model:
        k = b[0]
        if k == 'title':
            S.append(Paragraph(esc(b[1]), ttl))
        elif k == 'sub':
            S.append(Paragraph(esc(b[1]), sub))
        elif k == 'h':
            S.append(Paragraph(esc(b[1]), hd))
        elif k == 'p':
            S.append(Paragraph(esc(b[1]), body))
        elif k == 'table':
            t = b[1]
            S.append(Paragraph(esc(t['cap']), cap))
            rows = [t['head']] + t['rows']
            tb = Table(rows, repeatRows=1)
            tb.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), fn), ('FONTSIZE', (0, 0), (-1, -1), 9),
                                    ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('ALIGN', (1, 1), (-1, -1), 'RIGHT')]))
            S.append(tb)
            if t.get('note'):
                S.append(Paragraph(esc(t['note']), note))
        elif k == 'sign':
            S.append(Spacer(1, 8))
            for s in b[1]:
                S.append(Paragraph(esc(s), sg))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title='', author='')
    doc.build(S)

# ---------------------------------------------------------------- readers
class _H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = False
    def handle_starttag(self, tag, a):
        if tag in ('style', 'script'):
            self.skip = True
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = []
        elif tag in ('p', 'h1', 'h3', 'div', 'title'):
            self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('style', 'script'):
            self.skip = False
        elif tag in ('td', 'th'):
            self.row.append(''.join(self.cell)); self.cell = None
        elif tag == 'tr':
            self.out.append('\n|' + '|'.join(self.row) + '\n'); self.row = None
        elif tag in ('p', 'h1', 'h3', 'div', 'title'):
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
        return open(path, encoding='utf8').read()
    if path.endswith('.html'):
        h = _H(); h.feed(open(path, encoding='utf8').read())
        t = ''.join(h.out)
        return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'
    if path.endswith('.docx'):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        L = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                L.append(Paragraph(el, d).text)
            elif tag == 'tbl':
                for r in Table(el, d).rows:
                    L.append('|' + '|'.join(c.text for c in r.cells))
        return '\n'.join(L) + '\n'
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)

def render(model, path, fmt):
    if fmt == 'txt-tab':
        render_txt(model, path, 'tab')
    elif fmt == 'txt-space':
        render_txt(model, path, 'space')
    elif fmt == 'html':
        render_html(model, path)
    elif fmt == 'docx':
        render_docx(model, path)
    elif fmt == 'pdf':
        render_pdf(model, path)
    return read_back(path)
