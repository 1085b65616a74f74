"""lib44 - helpers for the heldout44 generators (written from scratch for this set).

Decimal helpers, a Ledger of re-evaluable checks over numbers *as written*, a small block
model (title/sub/h/p/unit/cap/table/sign) and renderers / readers for txt (tab or
space-aligned tables), html (county portal chrome), docx and pdf.
"""
import datetime
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # corpora/heldout44

# ---------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(',', '').replace('−', '-'))


def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def F(x, places=2):
    """thousands-separated, fixed places"""
    v = q(x, places)
    return format(v, ',.%df' % places)


def P(x, places=2):
    """fixed places, no separator"""
    return format(q(x, places), '.%df' % places)


def I(n):
    return format(int(n), ',')


def pct(a, b, places=2):
    return q(D(a) / D(b) * 100, places)


def places_of(s):
    s = str(s)
    return len(s.split('.')[1]) if '.' in s else 0


INC = ('增长', '增加', '增幅', '提高', '上升', '提升')
DEC = ('下降', '减少', '降幅', '降低')


def growth_word_ok(cur, prev, word):
    if word in INC:
        return D(cur) > D(prev)
    if word in DEC:
        return D(cur) < D(prev)
    if word in ('持平',):
        return D(cur) == D(prev)
    raise ValueError(word)


def _date(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# ---------------------------------------------------------------- ledger

def evaluate(kind, a):
    """returns (ok, detail, numbers_that_must_be_written, anchors)"""
    if kind == 'sum':
        parts, total = a['parts'], a['total']
        s = sum(D(p) for p in parts)
        return (s == D(total), '%s = %s vs %s' % (' + '.join(parts), s, total), list(parts) + [total], [])
    if kind == 'diff':  # a - b = d  (d signed as written)
        v = D(a['a']) - D(a['b'])
        return (v == D(a['d']), '%s - %s = %s vs %s' % (a['a'], a['b'], v, a['d']), [a['a'], a['b'], a['d']], [])
    if kind == 'ratio':  # r = num / den * scale, half-up at r's places
        scale = D(a.get('scale', '100'))
        v = q(D(a['num']) / D(a['den']) * scale, places_of(a['r']))
        return (v == D(a['r']), '%s / %s x %s = %s vs %s' % (a['num'], a['den'], scale, v, a['r']),
                [a['num'], a['den'], a['r']], [])
    if kind == 'prod':  # c = a * b * scale exactly
        scale = D(a.get('scale', '1'))
        v = D(a['a']) * D(a['b']) * scale
        return (v == D(a['c']), '%s x %s x %s = %s vs %s' % (a['a'], a['b'], scale, v, a['c']),
                [a['a'], a['b'], a['c']], [])
    if kind == 'growth':
        cur, prev, d, r, word = a['cur'], a['prev'], a.get('d'), a.get('r'), a['word']
        dd = abs(D(cur) - D(prev))
        ok = growth_word_ok(cur, prev, word)
        det = '%s vs %s: |diff| %s' % (cur, prev, dd)
        nums = [cur, prev]
        if d is not None:
            ok = ok and dd == D(d)
            det += ' (%s)' % d
            nums.append(d)
        if r is not None:
            rr = q(dd / D(prev) * 100, places_of(r))
            ok = ok and rr == D(r)
            det += ', rate %s%% (%s%%)' % (rr, r)
            nums.append(r)
        det += ', word ' + word
        return (ok, det, nums, [])
    if kind == 'pp':
        cur, prev, d, word = a['cur'], a['prev'], a['d'], a['word']
        dd = abs(D(cur) - D(prev))
        ok = dd == D(d) and growth_word_ok(cur, prev, word)
        return (ok, '%s vs %s: %s points (%s), word %s' % (cur, prev, dd, d, word), [cur, prev, d], [])
    if kind == 'count':
        n, items = a['n'], a['items']
        return (int(D(n)) == len(items), '%s vs %d listed: %s' % (n, len(items), '、'.join(items)), [n], list(items))
    if kind == 'band':
        sc, grade = D(a['score']), a['grade']
        hit = None
        for lo, hi, name in a['bands']:
            if (lo is None or sc >= D(lo)) and (hi is None or sc < D(hi)):
                hit = name
        return (hit == grade, '%s -> %s vs %s' % (a['score'], hit, grade), [a['score']], [a['phrase']])
    if kind == 'dated':
        d = _date(a['date'])
        end = _date(a['period_end'])
        return (d > end, '%s after %s' % (a['date'], a['period_end']), [], [a['date']])
    if kind == 'le':
        return (D(a['a']) <= D(a['b']), '%s <= %s' % (a['a'], a['b']), [a['a'], a['b']], [])
    if kind == 'eq':
        return (D(a['a']) == D(a['b']), '%s == %s' % (a['a'], a['b']), [a['a'], a['b']], [])
    if kind == 'max':
        return (D(a['v']) == max(D(x) for x in a['among']), '%s is max of %s' % (a['v'], a['among']),
                [a['v']] + list(a['among']), [a['item']])
    if kind == 'min':
        return (D(a['v']) == min(D(x) for x in a['among']), '%s is min of %s' % (a['v'], a['among']),
                [a['v']] + list(a['among']), [a['item']])
    if kind == 'anchor':
        return (True, a['s'], [], [a['s']])
    if kind == 'same':
        return (True, '%s written >= %d times' % (a['s'], a['k']), [], [a['s']])
    raise ValueError(kind)


class Ledger:
    def __init__(self):
        self.checks = []  # dicts: desc, kind, args

    def add(self, kind, desc, **args):
        assert all(c['desc'] != desc for c in self.checks), 'duplicate desc ' + desc
        ok, det, _, _ = evaluate(kind, args)
        assert ok, 'ledger check failed: %s: %s' % (desc, det)
        self.checks.append({'desc': desc, 'kind': kind, 'args': args})

    # shorthands
    def sum(self, desc, parts, total):
        self.add('sum', desc, parts=list(parts), total=total)

    def diff(self, desc, a, b, d):
        self.add('diff', desc, a=a, b=b, d=d)

    def ratio(self, desc, num, den, r, scale='100'):
        self.add('ratio', desc, num=num, den=den, r=r, scale=scale)

    def prod(self, desc, a, b, c, scale='1'):
        self.add('prod', desc, a=a, b=b, c=c, scale=scale)

    def growth(self, desc, cur, prev, d=None, r=None, word='增长'):
        self.add('growth', desc, cur=cur, prev=prev, d=d, r=r, word=word)

    def pp(self, desc, cur, prev, d, word):
        self.add('pp', desc, cur=cur, prev=prev, d=d, word=word)

    def count(self, desc, n, items):
        self.add('count', desc, n=n, items=list(items))

    def band(self, desc, score, bands, grade, phrase):
        self.add('band', desc, score=score, bands=bands, grade=grade, phrase=phrase)

    def dated(self, desc, date, period_end='2024年12月31日'):
        self.add('dated', desc, date=date, period_end=period_end)

    def le(self, desc, a, b):
        self.add('le', desc, a=a, b=b)

    def eq(self, desc, a, b):
        self.add('eq', desc, a=a, b=b)

    def max(self, desc, v, among, item):
        self.add('max', desc, v=v, among=list(among), item=item)

    def min(self, desc, v, among, item):
        self.add('min', desc, v=v, among=list(among), item=item)

    def anchor(self, desc, s):
        self.add('anchor', desc, s=s)

    def same(self, desc, s, k):
        self.add('same', desc, s=s, k=k)


def nows(t):
    return re.sub(r'\s+', '', t)


def written(num, text, flat):
    pat = r'(?<![0-9.,])' + re.escape(num) + r'(?![0-9]|[.,][0-9])'
    return re.search(pat, text) is not None or re.search(pat, flat) is not None


def prove_check(c, text, subst=None):
    """re-evaluate one check on a read-back text. subst: {old: new} applied to its args.
    returns (ok, detail, list of result rows)"""
    args = json.loads(json.dumps(c['args']))
    if subst:
        def sub(v):
            if isinstance(v, str):
                return subst.get(v, v)
            if isinstance(v, list):
                return [sub(x) for x in v]
            return v
        args = {k: sub(v) for k, v in args.items()}
    flat = nows(text)
    ok, det, nums, anchors = evaluate(c['kind'], args)
    rows = []
    if c['kind'] == 'same':
        n = flat.count(nows(args['s']))
        ok = n >= args['k']
        rows.append({'desc': 'same: ' + c['desc'], 'ok': ok, 'detail': '%s written %d times (>= %d)' % (args['s'], n, args['k'])})
        return ok, det, rows
    if c['kind'] != 'anchor':
        rows.append({'desc': c['desc'], 'ok': ok, 'detail': det})
    if nums:
        miss = [n for n in nums if not written(n, text, flat)]
        rows.append({'desc': 'read-back: ' + c['desc'], 'ok': not miss,
                     'detail': ('written: ' + ', '.join(nums)) if not miss else 'missing: ' + ', '.join(miss)})
        ok = ok and not miss
    for an in anchors:
        hit = nows(an) in flat
        rows.append({'desc': 'anchor: ' + (c['desc'] if c['kind'] == 'anchor' else c['desc'] + ' / ' + an),
                     'ok': hit, 'detail': an})
        ok = ok and hit
    return ok, det, rows


def prove(ledger, text):
    rows = []
    allok = True
    for c in ledger.checks:
        ok, _, r = prove_check(c, text)
        rows.extend(r)
        allok = allok and ok
    return allok, rows


# ---------------------------------------------------------------- block model

def T(kind, text=None, **kw):
    b = {'t': kind}
    if text is not None:
        b['text'] = text
    b.update(kw)
    return b


def table(head, rows, name, align=None):
    return {'t': 'table', 'name': name, 'head': list(head), 'rows': [list(r) for r in rows], 'align': align}


def _strings(model):
    for b in model['blocks']:
        if b['t'] == 'table':
            for r in [b['head']] + b['rows']:
                for c in r:
                    yield c
        elif b['t'] == 'sign':
            for l in b['lines']:
                yield l
        else:
            yield b['text']


def replace_once(model, old, new):
    n = sum(s.count(old) for s in _strings(model))
    assert n == 1, 'replace_once: %r occurs %d times' % (old, n)
    for b in model['blocks']:
        if b['t'] == 'table':
            for r in [b['head']] + b['rows']:
                for i, c in enumerate(r):
                    if old in c:
                        r[i] = c.replace(old, new)
        elif b['t'] == 'sign':
            b['lines'] = [l.replace(old, new) for l in b['lines']]
        else:
            b['text'] = b['text'].replace(old, new)


def set_cell(model, name, row_label, col, old, new):
    """row_label must be an exact cell of exactly one row of the named table"""
    tb = [b for b in model['blocks'] if b['t'] == 'table' and b['name'] == name]
    assert len(tb) == 1
    rows = [r for r in tb[0]['rows'] if row_label in r]
    assert len(rows) == 1, row_label
    assert rows[0][col] == old, (rows[0][col], old)
    rows[0][col] = new


# ---------------------------------------------------------------- renderers

IND = '\u3000\u3000'


def _dw(s):
    w = 0
    for ch in s:
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1
    return w


def _isnum(s):
    return re.fullmatch(r'[-−]?[0-9][0-9,]*(\.[0-9]+)?', s) is not None


def render_txt(model, tables='tab'):
    out = []
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            out.append(b['text'])
        elif t == 'sub':
            out.append(b['text'])
        elif t == 'h':
            out.append('')
            out.append(b['text'])
        elif t == 'p':
            out.append(IND + b['text'])
        elif t == 'cap':
            out.append('')
            out.append(b['text'])
        elif t == 'unit':
            out.append(b['text'])
        elif t == 'table':
            rows = [b['head']] + b['rows']
            if tables == 'tab':
                for r in rows:
                    out.append('\t'.join(r))
            else:
                ncol = len(b['head'])
                wid = [max(_dw(r[i]) for r in rows) for i in range(ncol)]
                total = sum(wid) + 2 * (ncol - 1)
                rule = '-' * total
                out.append(rule)
                for k, r in enumerate(rows):
                    cells = []
                    for i, c in enumerate(r):
                        pad = ' ' * (wid[i] - _dw(c))
                        right = i > 0 and (k > 0 and _isnum(c) or k == 0)
                        cells.append(pad + c if right else c + pad)
                    out.append('  '.join(cells).rstrip())
                    if k == 0 or k == len(rows) - 2 and b.get('rule_before_last'):
                        out.append(rule)
                out.append(rule)
        elif t == 'sign':
            out.append('')
            out.extend(b['lines'])
    return '\n'.join(out) + '\n'


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, site, org, crumbs):
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (_esc(model['blocks'][0]['text']), _esc(site)),
         '<style>body{font-family:SimSun,serif;margin:0}.bar{background:#b3202a;color:#fff;padding:6px 20px}'
         '.nav a{margin-right:18px}.art{width:900px;margin:0 auto}table{border-collapse:collapse}'
         'td,th{border:1px solid #666;padding:3px 8px}td.n{text-align:right}</style>',
         '</head>', '<body>',
         '<div class="bar">%s</div>' % _esc(site),
         '<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政策文件</a> | '
         '<a href="#">办事服务</a> | <a href="#">互动交流</a></div>',
         '<div class="crumb">当前位置：%s</div>' % ' &gt; '.join(_esc(c) for c in crumbs),
         '<div class="art">']
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % _esc(b['text']))
            h.append('<div class="info">发布机构：%s　　字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>' % _esc(org))
        elif t == 'sub':
            h.append('<p class="sub">%s</p>' % _esc(b['text']))
        elif t == 'h':
            h.append('<h3>%s</h3>' % _esc(b['text']))
        elif t == 'p':
            h.append('<p>%s</p>' % _esc(b['text']))
        elif t in ('unit', 'cap'):
            h.append('<p class="%s">%s</p>' % (t, _esc(b['text'])))
        elif t == 'table':
            h.append('<table>')
            h.append('<tr>' + ''.join('<th>%s</th>' % _esc(c) for c in b['head']) + '</tr>')
            for r in b['rows']:
                h.append('<tr>' + ''.join(('<td class="n">%s</td>' if _isnum(c) else '<td>%s</td>') % _esc(c) for c in r) + '</tr>')
            h.append('</table>')
        elif t == 'sign':
            for l in b['lines']:
                h.append('<p class="sign">%s</p>' % _esc(l))
    h.append('</div>')
    h.append('<div class="foot">主办单位：%s　　<a href="#">网站地图</a>　<a href="#">联系我们</a>　<a href="#">隐私声明</a></div>' % _esc(site.replace('门户网站', '办公室')))
    h.append('</body>')
    h.append('</html>')
    return ('\n'.join(h) + '\n').encode('utf-8')


FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def _stable_zip(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    return out.getvalue()


def render_docx(model, author):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = model['blocks'][0]['text']
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            p = d.add_paragraph()
            r = p.add_run(b['text'])
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'sub':
            p = d.add_paragraph(b['text'])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            p = d.add_paragraph()
            p.add_run(b['text']).bold = True
        elif t == 'p':
            p = d.add_paragraph(b['text'])
            p.paragraph_format.first_line_indent = Pt(22)
        elif t in ('unit', 'cap'):
            p = d.add_paragraph(b['text'])
            if t == 'cap':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            rows = [b['head']] + b['rows']
            tb = d.add_table(rows=len(rows), cols=len(b['head']))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i > 0 and _isnum(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'sign':
            for l in b['lines']:
                p = d.add_paragraph(l)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    return _stable_zip(buf.getvalue())


def render_pdf(model, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = dict(fontName='STSong-Light', wordWrap='CJK')
    s_title = ParagraphStyle('t', fontSize=15, leading=22, alignment=1, **base)
    s_sub = ParagraphStyle('s', fontSize=10.5, leading=16, alignment=1, **base)
    s_h = ParagraphStyle('h', fontSize=11, leading=18, spaceBefore=4, **base)
    s_p = ParagraphStyle('p', fontSize=10.5, leading=17, firstLineIndent=21, **base)
    s_u = ParagraphStyle('u', fontSize=9.5, leading=14, alignment=2, **base)
    s_c = ParagraphStyle('c', fontSize=9.5, leading=13, **base)
    s_sign = ParagraphStyle('g', fontSize=10.5, leading=17, alignment=2, **base)
    story = []
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            story.append(Paragraph(_esc(b['text']), s_title))
        elif t == 'sub':
            story.append(Paragraph(_esc(b['text']), s_sub))
        elif t == 'h':
            story.append(Paragraph(_esc(b['text']), s_h))
        elif t == 'p':
            story.append(Paragraph(_esc(b['text']), s_p))
        elif t in ('unit', 'cap'):
            story.append(Paragraph(_esc(b['text']), s_u if t == 'unit' else s_sub))
        elif t == 'table':
            rows = [b['head']] + b['rows']
            data = [[Paragraph(_esc(c), s_c) for c in r] for r in rows]
            cw = b.get('colw')
            tb = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story.append(Spacer(1, 3))
            story.append(tb)
            story.append(Spacer(1, 3))
        elif t == 'sign':
            story.append(Spacer(1, 8))
            for l in b['lines']:
                story.append(Paragraph(_esc(l), s_sign))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=model['blocks'][0]['text'],
                            author=author, creator=author, producer='reportlab', invariant=1)
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- readers

def read_txt(data):
    return data.decode('utf-8')


def read_html(data):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.skip, self.row, self.cell = [], 0, None, None

        def handle_starttag(self, tag, attrs):
            if tag in ('style', 'script', 'title'):
                self.skip += 1
            elif tag == 'tr':
                self.row = []
            elif tag in ('td', 'th'):
                self.cell = []
            elif tag in ('p', 'div', 'h1', 'h2', 'h3', 'br', 'table'):
                self.out.append('\n')

        def handle_endtag(self, tag):
            if tag in ('style', 'script', 'title'):
                self.skip -= 1
            elif tag in ('td', 'th'):
                self.row.append(''.join(self.cell).strip())
                self.cell = None
            elif tag == 'tr':
                self.out.append('\n|' + '|'.join(self.row) + '\n')
                self.row = None
            elif tag in ('p', 'div', 'h1', 'h2', 'h3'):
                self.out.append('\n')

        def handle_data(self, data):
            if self.skip:
                return
            if self.cell is not None:
                self.cell.append(data)
            elif self.row is None:
                self.out.append(data)

    p = P()
    p.feed(data.decode('utf-8'))
    txt = ''.join(p.out)
    lines = [l.strip() for l in txt.split('\n')]
    return '\n'.join(l for l in lines if l) + '\n'


def read_docx(data):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            for r in Table(el, d).rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out) + '\n'


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


READERS = {'.txt': read_txt, '.html': read_html, '.docx': read_docx, '.pdf': read_pdf}


def render(meta, model):
    r = meta['render']
    if r == 'txt-tab':
        return render_txt(model, 'tab').encode('utf-8')
    if r == 'txt-space':
        return render_txt(model, 'space').encode('utf-8')
    if r == 'html':
        return render_html(model, meta['site'], meta['org'], meta['crumbs'])
    if r == 'docx':
        return render_docx(model, meta['author'])
    if r == 'pdf':
        return render_pdf(model, meta['author'])
    raise ValueError(r)


def read_back(fname, data):
    return READERS[os.path.splitext(fname)[1]](data)


def han_count(t):
    return sum(1 for ch in t if '\u4e00' <= ch <= '\u9fff' or '\u3400' <= ch <= '\u4dbf')


def ledger_json(fname, meta, ledger, text):
    allok, rows = prove(ledger, text)
    return {'report': fname,
            'facts': {'date': meta['date'], 'docno': meta['docno'],
                      'utf8_bytes': len(text.encode('utf-8')), 'han_chars': han_count(text)},
            'checks': rows, 'all_checks_ok': allok}
