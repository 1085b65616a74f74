"""h50 helper library, written from scratch: Decimal helpers, ledger, block model, renderers, readers."""
import re, io, json, zipfile, html as _html
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser
import unicodedata

def D(x): return Decimal(str(x).replace(',', ''))
def q(x, places): return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
def F(x, places=2):
    v = q(x, places); s = f"{abs(v):,.{places}f}"
    return ('-' if v < 0 else '') + s
def P(x, places=2): return f"{q(x, places):.{places}f}"
def I(x): return f"{int(D(x)):,}"
def places_of(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

# ---------------------------------------------------------------- ledger
def _ev(kind, a):
    """Evaluate one check on number strings as written. Returns (ok, detail)."""
    if kind == 'sum':
        tot, parts = a['total'], a['parts']
        s = sum(D(p) for p in parts); return s == D(tot), f"{'+'.join(parts)}={s} vs {tot}"
    if kind == 'diff':
        r = D(a['a']) - D(a['b']); return r == D(a['r']), f"{a['a']}-{a['b']}={r} vs {a['r']}"
    if kind == 'prod':
        r = q(D(a['a']) * D(a['b']) / D(a.get('div', '1')), places_of(a['r'])); return r == D(a['r']), f"{a['a']}x{a['b']}={r} vs {a['r']}"
    if kind == 'ratio':
        r = q(D(a['num']) / D(a['den']) * D(a.get('scale', '100')), places_of(a['r']))
        return r == D(a['r']), f"{a['num']}/{a['den']}x{a.get('scale','100')}={r} vs {a['r']}"
    if kind == 'growth':
        d = D(a['cur']) - D(a['prev']); w = '增' if d > 0 else ('减' if d < 0 else '平')
        ok = abs(d) == D(a['d']) and w == a['word']
        if 'rate' in a:
            r = q(abs(d) / D(a['prev']) * 100, places_of(a['rate'])); ok = ok and r == D(a['rate'])
        return ok, f"{a['cur']}-{a['prev']}={d} ({w}) vs {a['d']} {a['word']} {a.get('rate','')}"
    if kind == 'pp':
        d = D(a['cur']) - D(a['prev']); w = '升' if d > 0 else '降'
        return abs(d) == D(a['d']) and w == a['word'], f"{a['cur']}-{a['prev']}={d} vs {a['word']}{a['d']}"
    if kind == 'count':
        return int(a['n']) == len(a['items']), f"{a['n']} vs {len(a['items'])} items"
    if kind == 'band':
        g = None
        for lo, name in a['bands']:
            if D(a['score']) >= D(lo): g = name; break
        return g == a['grade'], f"{a['score']} -> {g} vs {a['grade']}"
    if kind == 'dated':
        m = re.match(r'(\d+)年(\d+)月(\d+)日', a['date']); y, mo, d = map(int, m.groups())
        return (y, mo, d) > (int(a['year']), 12, 31), f"{a['date']} after {a['year']}年12月31日"
    if kind == 'le':
        return D(a['a']) <= D(a['b']), f"{a['a']} <= {a['b']}"
    if kind == 'max':
        return D(a['v']) == max(D(x) for x in a['all']), f"{a['v']} max of {a['all']}"
    if kind == 'min':
        return D(a['v']) == min(D(x) for x in a['all']), f"{a['v']} min of {a['all']}"
    if kind in ('anchor', 'same'):
        return True, a['s']
    raise ValueError(kind)

NUMKEYS = ('total', 'parts', 'a', 'b', 'r', 'num', 'den', 'cur', 'prev', 'd', 'rate', 'score', 'v', 'all')

def nums_of(kind, a):
    if kind in ('anchor', 'same', 'dated', 'count', 'band'):
        return [a['score']] if kind == 'band' else []
    out = []
    for k in NUMKEYS:
        if k in a:
            v = a[k]; out.extend(v if isinstance(v, list) else [v])
    return out

def anchors_of(kind, a):
    if kind == 'anchor': return [a['s']]
    if kind == 'dated': return [a['date']]
    if kind == 'count': return list(a['items'])
    if kind == 'band': return [a['grade']]
    return []

class Ledger:
    def __init__(self): self.checks = []
    def add(self, desc, kind, **a):
        ok, det = _ev(kind, a)
        if not ok: raise AssertionError(f"{desc}: {det}")
        self.checks.append({'desc': desc, 'kind': kind, 'args': a})
    def anchor(self, desc, s): self.add('anchor: ' + desc, 'anchor', s=s)
    def same(self, s, k): self.add(f'same: {s} x{k}', 'same', s=s, k=k)

def num_present(n, raw, flat):
    pat = r'(?<![\d.,])' + re.escape(n) + r'(?![\d]|\.\d|,\d)'
    return re.search(pat, raw) is not None or re.search(pat, flat) is not None

def flat(t): return re.sub(r'\s+', '', t)

def prove(ledger_checks, text, subst=None):
    """Re-evaluate every check on the read-back text. subst: {old: new} applied to check arguments.
    Returns list of (desc, ok, detail)."""
    fl = flat(text); res = []
    for c in ledger_checks:
        a = json.loads(json.dumps(c['args'], ensure_ascii=False))
        if subst:
            for k in list(a):
                if isinstance(a[k], str) and a[k] in subst: a[k] = subst[a[k]]
                elif isinstance(a[k], list): a[k] = [subst.get(x, x) if isinstance(x, str) else x for x in a[k]]
        ok, det = _ev(c['kind'], a)
        miss = [n for n in nums_of(c['kind'], a) if not num_present(n, text, fl)]
        miss += [s for s in anchors_of(c['kind'], a) if flat(s) not in fl]
        if c['kind'] == 'same':
            cnt = len(re.findall(r'(?<![\d.,])' + re.escape(a['s']) + r'(?![\d]|\.\d|,\d)', fl))
            if cnt < a['k']: miss.append(f"{a['s']} only {cnt}x")
        if miss: ok = False; det += ' MISSING ' + repr(miss)
        res.append((c['desc'], ok, det))
    return res

def ledger_json(name, ledger, text, date, docno):
    res = prove(ledger.checks, text)
    # presence rows
    rows = [{'desc': d, 'ok': ok, 'detail': det} for d, ok, det in res]
    fl = flat(text)
    seen = []
    for c in ledger.checks:
        for n in nums_of(c['kind'], c['args']):
            if n not in seen: seen.append(n)
    for n in seen:
        rows.append({'desc': 'read-back: ' + n, 'ok': num_present(n, text, fl), 'detail': n})
    allok = all(r['ok'] for r in rows)
    assert allok, [r for r in rows if not r['ok']]
    return {'report': name, 'facts': {'date': date, 'docno': docno, 'utf8_bytes': len(text.encode('utf8')),
            'han_chars': len(re.findall(r'[\u4e00-\u9fff]', text))}, 'checks': rows, 'all_checks_ok': allok}

# ---------------------------------------------------------------- block model
def strings_of(model):
    for b in model:
        if b[0] == 'table':
            for row in b[1]:
                for cell in row: yield cell
        else: yield b[1]

def replace_once(model, old, new):
    n = sum(s.count(old) for s in strings_of(model))
    assert n == 1, (old, n)
    out = []
    for b in model:
        if b[0] == 'table':
            out.append(('table', [[c.replace(old, new) for c in r] for r in b[1]]) + tuple(b[2:]))
        else:
            out.append((b[0], b[1].replace(old, new)) + tuple(b[2:]))
    return out

def set_cell(model, tno, r, c, old, new):
    out = []; k = -1
    for b in model:
        if b[0] == 'table':
            k += 1
            if k == tno:
                rows = [list(x) for x in b[1]]
                assert rows[r][c] == old, (rows[r][c], old); rows[r][c] = new
                b = ('table', rows) + tuple(b[2:])
        out.append(b)
    return out

# ---------------------------------------------------------------- renderers
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WFA' else 1 for ch in s)

def _isnum(s): return re.fullmatch(r'-?[\d,]+(\.\d+)?%?', s) is not None

def render_txt(model, tables='tab'):
    L = []
    for b in model:
        t = b[0]
        if t == 'title': L += ['　　' + b[1], '']
        elif t == 'sub': L += [b[1]]
        elif t == 'h': L += ['', b[1]]
        elif t == 'p': L += ['　　' + b[1]]
        elif t in ('cap', 'unit'): L += [b[1]]
        elif t == 'sign': L += [b[1]] if b[1] else ['']
        elif t == 'table':
            rows = b[1]
            if tables == 'tab':
                L += ['\t'.join(r) for r in rows]
            else:
                ws = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
                def fmt(r):
                    cs = []
                    for i, c in enumerate(r):
                        pad = ' ' * (ws[i] - _w(c))
                        cs.append(pad + c if _isnum(c) else c + pad)
                    return '  '.join(cs).rstrip()
                rule = '-' * (sum(ws) + 2 * (len(ws) - 1))
                L += [rule, fmt(rows[0]), rule] + [fmt(r) for r in rows[1:]] + [rule]
    return '\n'.join(L).rstrip('\n') + '\n'

def render_html(model, site, crumb, issuer):
    e = _html.escape
    title = [b[1] for b in model if b[0] == 'title'][0]
    H = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', f'<title>{e(title)}</title>',
         '<style>body{font-family:SimSun,serif;margin:0}.top{background:#1f4e8c;color:#fff;padding:8px 20px}'
         '.nav a{margin:0 6px}.box{width:960px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #666;padding:3px 8px}'
         'td.n{text-align:right}</style>', '</head>', '<body>',
         f'<div class="top">{e(site)}</div>',
         '<div class="nav"><a href="#">首页</a>|<a href="#">政务公开</a>|<a href="#">财政信息</a>|<a href="#">办事服务</a>|<a href="#">互动交流</a></div>',
         f'<div class="box"><div class="crumb">当前位置：{e(crumb)}</div>', f'<h1>{e(title)}</h1>',
         f'<div class="info">发布机构：{e(issuer)}　字体：【大 中 小】</div>', '<div class="content">']
    for b in model:
        t = b[0]
        if t == 'title': continue
        if t == 'sub': H.append(f'<p class="sub">{e(b[1])}</p>')
        elif t == 'h': H.append(f'<h3>{e(b[1])}</h3>')
        elif t in ('p',): H.append(f'<p>{e(b[1])}</p>')
        elif t in ('cap', 'unit'): H.append(f'<p class="cap">{e(b[1])}</p>')
        elif t == 'sign': H.append(f'<p class="sign">{e(b[1])}</p>')
        elif t == 'table':
            H.append('<table>')
            for i, r in enumerate(b[1]):
                tag = 'th' if i == 0 else 'td'
                NC = ' class="n"'
                H.append('<tr>' + ''.join(f'<{tag}{NC if (i and _isnum(c)) else ""}>{e(c)}</{tag}>' for c in r) + '</tr>')
            H.append('</table>')
    H += ['</div></div>', f'<div class="foot">主办单位：{e(issuer)}　　网站标识码：略　　版权所有</div>', '</body>', '</html>']
    return '\n'.join(H) + '\n'

def render_docx(model, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import datetime
    d = docx.Document()
    st = d.styles['Normal']; st.font.size = Pt(12)
    for b in model:
        t = b[0]
        if t == 'title':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'sub':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif t == 'p': d.add_paragraph('　　' + b[1])
        elif t in ('cap', 'unit'): d.add_paragraph(b[1])
        elif t == 'sign':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            rows = b[1]; tb = d.add_table(rows=len(rows), cols=len(rows[0])); tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r): tb.cell(i, j).text = c
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = ''; cp.last_modified_by = ''; cp.created = fixed; cp.modified = fixed; cp.revision = 1; cp.title = ''
    bio = io.BytesIO(); d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    open(path, 'wb').write(out.getvalue())

def render_pdf(model, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    ti = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=1)
    ce = ParagraphStyle('c', parent=base, alignment=1)
    ri = ParagraphStyle('r', parent=base, alignment=2)
    hh = ParagraphStyle('h', parent=base, fontSize=11)
    cell = ParagraphStyle('cell', parent=base, fontSize=9, leading=12)
    st = []
    e = _html.escape
    for b in model:
        t = b[0]
        if t == 'title': st += [Paragraph(e(b[1]), ti), Spacer(1, 6)]
        elif t == 'sub': st.append(Paragraph(e(b[1]), ce))
        elif t == 'h': st.append(Paragraph('<b>' + e(b[1]) + '</b>', hh))
        elif t == 'p': st.append(Paragraph('　　' + e(b[1]), base))
        elif t in ('cap', 'unit'): st.append(Paragraph(e(b[1]), base))
        elif t == 'sign': st.append(Paragraph(e(b[1]), ri))
        elif t == 'table':
            data = [[Paragraph(e(c), cell) for c in r] for r in b[1]]
            tb = Table(data, repeatRows=1, colWidths=b[2] if len(b) > 2 else None)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            st += [tb, Spacer(1, 6)]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60,
                            title='', author='', creator='', producer='')
    doc.build(st)

# ---------------------------------------------------------------- readers
class _HP(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0; self.row = None; self.cell = None
    def handle_starttag(self, tag, at):
        if tag in ('style', 'script', 'title'): self.skip += 1
        elif tag == 'tr': self.row = []
        elif tag in ('td', 'th'): self.cell = []
    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'): self.skip -= 1
        elif tag in ('td', 'th'): self.row.append(''.join(self.cell)); self.cell = None
        elif tag == 'tr': self.out.append('|' + '|'.join(self.row)); self.row = None
        elif tag in ('p', 'h1', 'h3', 'div') and self.row is None: self.out.append('\n')
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)

def read_html(path):
    p = _HP(); p.feed(open(path, encoding='utf8').read())
    t = '\n'.join(x if x != '\n' else '' for x in p.out)
    return re.sub(r'\n{2,}', '\n', t).strip() + '\n'

def read_docx(path):
    import docx
    d = docx.Document(path); out = []
    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for ch in body.iterchildren():
        if ch.tag.endswith('}p'): out.append(Paragraph(ch, d).text)
        elif ch.tag.endswith('}tbl'):
            for r in Table(ch, d).rows: out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out) + '\n'

def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)

def read_back(path):
    if path.endswith('.txt'): return open(path, encoding='utf8').read()
    if path.endswith('.html'): return read_html(path)
    if path.endswith('.docx'): return read_docx(path)
    if path.endswith('.pdf'): return read_pdf(path)

def render(model, path, meta):
    fmt = meta['format']
    if fmt == 'txt-tab': open(path, 'w', encoding='utf8').write(render_txt(model, 'tab'))
    elif fmt == 'txt-space': open(path, 'w', encoding='utf8').write(render_txt(model, 'space'))
    elif fmt == 'html': open(path, 'w', encoding='utf8').write(render_html(model, meta['site'], meta['crumb'], meta['issuer']))
    elif fmt == 'docx': render_docx(model, path)
    elif fmt == 'pdf': render_pdf(model, path)
