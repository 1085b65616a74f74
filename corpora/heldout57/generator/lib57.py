# -*- coding: utf-8 -*-
"""lib57: helpers for the heldout57 generators (written from scratch).

Only base inputs are typed in the generators; every derived figure is computed here
with Decimal and ROUND_HALF_UP.  Every figure that takes part in a relation is
registered as a named *field* in a Ledger; checks refer to fields by name and are
evaluated on the number strings exactly as written.
"""
import copy
import datetime as _dt
import io
import json
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

# ----------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(',', '').replace('%', '').strip())


def q(x, dp=2):
    return D(x).quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def F(x, dp=2):
    """thousands separators, fixed decimals"""
    return format(q(x, dp), ',.%df' % dp)


def P(x, dp=2):
    """plain fixed decimals, no separators"""
    return format(q(x, dp), '.%df' % dp)


def I(n):
    return format(int(D(n)), ',')


def pct(num, den, dp=2, scale=100):
    return q(D(num) / D(den) * scale, dp)


# ----------------------------------------------------------------- dates
_DRE = re.compile(r'^(\d{4})年(\d{1,2})月(\d{1,2})日$')


def pdate(s):
    m = _DRE.match(s)
    if not m:
        raise ValueError('bad date ' + s)
    return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# ----------------------------------------------------------------- ledger
class CheckFail(Exception):
    pass


class Ledger:
    def __init__(self):
        self.v = {}          # field -> string as written
        self.checks = []     # dicts: id, desc, kind, args
        self.anchors = []    # (label, text)
        self.counts = []     # (label, text, k) text must occur at least k times

    # ---- field registration; returns the string so it can sit in f-strings
    def f(self, name, s):
        s = str(s)
        if name in self.v and self.v[name] != s:
            raise ValueError('field %s re-registered with %s != %s' % (name, s, self.v[name]))
        self.v[name] = s
        return s

    def m(self, name, x, dp=2):
        return self.f(name, F(x, dp))

    def i(self, name, n):
        return self.f(name, I(n))

    def p(self, name, x, dp=2):
        return self.f(name, P(x, dp))

    def anchor(self, label, text):
        self.anchors.append((label, text))
        return text

    def at_least(self, label, text, k):
        self.counts.append((label, text, k))

    # ---- checks
    def add(self, cid, desc, kind, **args):
        if any(c['id'] == cid for c in self.checks):
            raise ValueError('dup check id ' + cid)
        c = {'id': cid, 'desc': desc, 'kind': kind, 'args': args}
        self.checks.append(c)
        ok, det = evaluate(c, self.v)
        if not ok:
            raise CheckFail('%s %s: %s' % (cid, desc, det))
        return c

    def lin(self, cid, desc, result, terms):
        """result == sum(coef * field); terms: list of field or (coef, field)"""
        t = [(1, x) if isinstance(x, str) else x for x in terms]
        return self.add(cid, desc, 'lin', result=result, terms=t)

    def ratio(self, cid, desc, num, den, res, scale=100, dp=2):
        return self.add(cid, desc, 'ratio', num=num, den=den, res=res, scale=str(scale), dp=dp)

    def prodn(self, cid, desc, fields, res, scale=1, dp=2):
        return self.add(cid, desc, 'prodn', fields=list(fields), res=res, scale=str(scale), dp=dp)

    def prod(self, cid, desc, a, b, res, scale=1, dp=2):
        return self.add(cid, desc, 'prod', a=a, b=b, res=res, scale=str(scale), dp=dp)

    def growth(self, cid, desc, cur, prev, amt, rate, direction, dp=2):
        return self.add(cid, desc, 'growth', cur=cur, prev=prev, amt=amt, rate=rate,
                        direction=direction, dp=dp)

    def pp(self, cid, desc, cur, prev, delta, direction):
        return self.add(cid, desc, 'pp', cur=cur, prev=prev, delta=delta, direction=direction)

    def count(self, cid, desc, n, items):
        return self.add(cid, desc, 'count', n=n, items=list(items))

    def band(self, cid, desc, score, grade, bands):
        return self.add(cid, desc, 'band', score=score, grade=grade, bands=bands)

    def dated(self, cid, desc, date, fy):
        return self.add(cid, desc, 'dated', date=date, fy=fy)

    def days(self, cid, desc, start, end, n):
        return self.add(cid, desc, 'days', start=start, end=end, n=n)

    def same(self, cid, desc, fields):
        return self.add(cid, desc, 'same', fields=list(fields))

    def le(self, cid, desc, a, b):
        return self.add(cid, desc, 'le', a=a, b=b)

    def extreme(self, cid, desc, which, name, pairs):
        """which='max'|'min'; name: literal label said to be extreme; pairs: [(label, field)]"""
        return self.add(cid, desc, 'extreme', which=which, name=name, pairs=[list(p) for p in pairs])

    # ---- evaluation
    def run(self, values=None):
        vals = self.v if values is None else values
        return [(c, *evaluate(c, vals)) for c in self.checks]


def _n(vals, f):
    return D(vals[f])


def evaluate(c, vals):
    k, a = c['kind'], c['args']
    try:
        if k == 'lin':
            tot = sum((Decimal(co) * _n(vals, f) for co, f in a['terms']), Decimal(0))
            parts = ''.join(('+' if co > 0 else '-') + vals[f] for co, f in a['terms']).lstrip('+')
            return tot == _n(vals, a['result']), '%s=%s vs %s' % (parts, tot, vals[a['result']])
        if k == 'ratio':
            dens = a['den'] if isinstance(a['den'], list) else [a['den']]
            dv = Decimal(1)
            for f in dens:
                dv *= _n(vals, f)
            r = q(_n(vals, a['num']) / dv * D(a['scale']), a['dp'])
            return r == _n(vals, a['res']), '%s/(%s)*%s=%s vs %s' % (
                vals[a['num']], '*'.join(vals[f] for f in dens), a['scale'], r, vals[a['res']])
        if k == 'prodn':
            pv = Decimal(1)
            for f in a['fields']:
                pv *= _n(vals, f)
            r = q(pv * D(a['scale']), a['dp'])
            return r == _n(vals, a['res']), '%s*%s=%s vs %s' % (
                '*'.join(vals[f] for f in a['fields']), a['scale'], r, vals[a['res']])
        if k == 'prod':
            r = q(_n(vals, a['a']) * _n(vals, a['b']) * D(a['scale']), a['dp'])
            return r == _n(vals, a['res']), '%s*%s*%s=%s vs %s' % (
                vals[a['a']], vals[a['b']], a['scale'], r, vals[a['res']])
        if k == 'growth':
            cur, prev = _n(vals, a['cur']), _n(vals, a['prev'])
            ch = cur - prev
            ok = (ch > 0) == (a['direction'] == 'up') and ch != 0
            det = 'cur %s prev %s change %s' % (vals[a['cur']], vals[a['prev']], ch)
            if a.get('amt'):
                ok = ok and abs(ch) == _n(vals, a['amt'])
                det += ' amt %s' % vals[a['amt']]
            if a.get('rate'):
                r = q(abs(ch) / prev * 100, a['dp'])
                ok = ok and r == _n(vals, a['rate'])
                det += ' rate %s vs %s' % (r, vals[a['rate']])
            return ok, det
        if k == 'pp':
            ch = _n(vals, a['cur']) - _n(vals, a['prev'])
            ok = ((ch > 0) == (a['direction'] == 'up')) and abs(ch) == _n(vals, a['delta'])
            return ok, '%s-%s=%s vs %s (%s)' % (vals[a['cur']], vals[a['prev']], ch,
                                                vals[a['delta']], a['direction'])
        if k == 'count':
            n = int(_n(vals, a['n']))
            return n == len(a['items']), '%s vs %d listed: %s' % (vals[a['n']], len(a['items']),
                                                                  '、'.join(a['items']))
        if k == 'band':
            s = _n(vals, a['score'])
            g = None
            for lo, name in a['bands']:
                if s >= D(lo):
                    g = name
                    break
            return g == a['grade'], '%s -> %s vs %s' % (vals[a['score']], g, a['grade'])
        if k == 'dated':
            d = pdate(vals[a['date']])
            end = _dt.date(int(a['fy']), 12, 31)
            return d > end, '%s after %s年12月31日' % (vals[a['date']], a['fy'])
        if k == 'days':
            n = (pdate(vals[a['end']]) - pdate(vals[a['start']])).days + 1
            return n == int(_n(vals, a['n'])), '%s..%s inclusive = %d vs %s' % (
                vals[a['start']], vals[a['end']], n, vals[a['n']])
        if k == 'same':
            xs = [vals[f] for f in a['fields']]
            return len(set(D(x) for x in xs)) == 1, ' = '.join(xs)
        if k == 'le':
            return _n(vals, a['a']) <= _n(vals, a['b']), '%s <= %s' % (vals[a['a']], vals[a['b']])
        if k == 'extreme':
            xs = [(lab, _n(vals, f)) for lab, f in a['pairs']]
            best = (max if a['which'] == 'max' else min)(xs, key=lambda t: t[1])
            return best[0] == a['name'], '%s is %s (%s)' % (best[0], a['which'], best[1])
    except (KeyError, ArithmeticError, ValueError) as e:
        return False, 'error %r' % (e,)
    raise ValueError('unknown kind ' + k)


# ----------------------------------------------------------------- read-back tests
def squash(s):
    return re.sub(r'\s+', '', s)


def num_present(s, text):
    pat = r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text) is not None


def is_numberlike(s):
    return re.fullmatch(r'-?[\d,]+(\.\d+)?', s) is not None


def prove(L, readback, report, facts, values=None):
    """re-evaluate every check and the presence of every field / anchor in the read-back.
    returns (rows, all_ok)"""
    vals = L.v if values is None else values
    sq = squash(readback)
    rows = []
    for lab, text in L.anchors:
        ok = squash(text) in sq
        rows.append({'desc': 'anchor: ' + lab, 'ok': ok, 'detail': text})
    for c, ok, det in L.run(vals):
        rows.append({'desc': c['desc'], 'ok': ok, 'detail': det})
        if c['kind'] == 'count':
            for it in c['args']['items']:
                okk = squash(it) in sq
                rows.append({'desc': 'listed item present: ' + it, 'ok': okk, 'detail': it})
    for name in sorted(vals):
        s = vals[name]
        if is_numberlike(s):
            ok = num_present(s, readback) or num_present(s, sq)
        else:
            ok = squash(s) in sq
        rows.append({'desc': 'read-back: ' + name, 'ok': ok, 'detail': s})
    for lab, text, k in L.counts:
        n = sq.count(squash(text))
        rows.append({'desc': 'same: ' + lab, 'ok': n >= k, 'detail': '%s x%d (need %d)' % (text, n, k)})
    all_ok = all(r['ok'] for r in rows)
    return rows, all_ok


def ledger_json(report, facts, rows, all_ok):
    return json.dumps({'report': report, 'facts': facts, 'checks': rows, 'all_checks_ok': all_ok},
                      ensure_ascii=False, indent=1) + '\n'


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


# ----------------------------------------------------------------- block model
# block kinds: title, sub (centred line), h (heading), p, table, right (right-aligned line)
# table: {'t':'table','caption':str,'unit':str or None,'head':[...],'rows':[[...]],'num_cols':set}

def texts_of(model):
    for b in model['blocks']:
        if b['t'] == 'table':
            yield b.get('caption') or ''
            yield b.get('unit') or ''
            for r in [b['head']] + b['rows']:
                for c in r:
                    yield c
            yield b.get('note') or ''
        else:
            yield b['text']
    for k in ('site', 'crumb', 'pubinfo'):
        if model.get(k):
            yield model[k]


def replace_once(model, old, new):
    n = sum(t.count(old) for t in texts_of(model))
    if n != 1:
        raise ValueError('replace_once: %r occurs %d times' % (old, n))
    m = copy.deepcopy(model)
    for b in m['blocks']:
        if b['t'] == 'table':
            for key in ('caption', 'unit', 'note'):
                if b.get(key) and old in b[key]:
                    b[key] = b[key].replace(old, new)
            for r in [b['head']] + b['rows']:
                for j, c in enumerate(r):
                    if old in c:
                        r[j] = c.replace(old, new)
        elif old in b['text']:
            b['text'] = b['text'].replace(old, new)
    return m


def set_cell(model, tno, r, c, old, new):
    m = copy.deepcopy(model)
    tabs = [b for b in m['blocks'] if b['t'] == 'table']
    row = tabs[tno]['rows'][r]
    if row[c] != old:
        raise ValueError('set_cell: %r != %r' % (row[c], old))
    row[c] = new
    return m


# ----------------------------------------------------------------- renderers
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)


def _isnum(s):
    return re.fullmatch(r'[-+]?[\d,]+(\.\d+)?%?|—|-', s.strip()) is not None


def render_txt(model, style='tab'):
    out = []
    for b in model['blocks']:
        t = b['t']
        if t in ('title', 'sub'):
            out.append(b['text'])
        elif t == 'right':
            out.append(' ' * 36 + b['text'])
        elif t in ('h', 'p'):
            out.append(('　　' if t == 'p' and not b.get('flush') else '') + b['text'])
        elif t == 'table':
            if b.get('caption'):
                out.append(b['caption'])
            if b.get('unit'):
                out.append(b['unit'])
            rows = [b['head']] + b['rows']
            if style == 'tab':
                for r in rows:
                    out.append('\t'.join(r))
            else:
                ncol = len(b['head'])
                wid = [max(_w(r[j]) for r in rows) for j in range(ncol)]
                rule = '-' * (sum(wid) + 2 * (ncol - 1))
                out.append(rule)
                for i, r in enumerate(rows):
                    cells = []
                    for j, c in enumerate(r):
                        pad = ' ' * (wid[j] - _w(c))
                        cells.append(pad + c if (i > 0 and _isnum(c)) else c + pad)
                    out.append('  '.join(cells).rstrip())
                    if i == 0:
                        out.append(rule)
                out.append(rule)
            if b.get('note'):
                out.append(b['note'])
        out.append('')
    return ('\n'.join(out).rstrip('\n') + '\n').encode('utf-8')


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model):
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s</title>' % _esc(model['html_title']),
         '<style>body{font-family:"SimSun",serif;margin:0}.top{background:#9b1c1c;color:#fff;padding:8px 24px}'
         'nav a{margin-right:14px;color:#fff}.crumb{padding:6px 24px;color:#555;font-size:13px}'
         'main{width:900px;margin:0 auto}h1{text-align:center;font-size:22px}.pub{text-align:center;color:#666;font-size:13px}'
         'p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}'
         'td,th{border:1px solid #444;padding:3px 8px}td.n{text-align:right}.r{text-align:right}'
         'footer{margin-top:30px;border-top:1px solid #ccc;padding:10px 24px;color:#777;font-size:12px}</style>',
         '</head>', '<body>',
         '<div class="top"><span class="site">%s</span>' % _esc(model['site']),
         '<nav>' + ''.join('<a href="#">%s</a>' % _esc(x) for x in model['nav']) + '</nav></div>',
         '<div class="crumb">%s</div>' % _esc(model['crumb']), '<main>']
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % _esc(b['text']))
            if model.get('pubinfo'):
                h.append('<div class="pub">%s</div>' % _esc(model['pubinfo']))
        elif t == 'sub':
            h.append('<div class="pub">%s</div>' % _esc(b['text']))
        elif t == 'h':
            h.append('<h3>%s</h3>' % _esc(b['text']))
        elif t == 'p':
            h.append('<p>%s</p>' % _esc(b['text']))
        elif t == 'right':
            h.append('<div class="r">%s</div>' % _esc(b['text']))
        elif t == 'table':
            if b.get('caption'):
                h.append('<p style="text-indent:0;text-align:center"><b>%s</b></p>' % _esc(b['caption']))
            if b.get('unit'):
                h.append('<div class="r">%s</div>' % _esc(b['unit']))
            h.append('<table>')
            h.append('<tr>' + ''.join('<th>%s</th>' % _esc(c) for c in b['head']) + '</tr>')
            for r in b['rows']:
                h.append('<tr>' + ''.join(('<td class="n">%s</td>' if _isnum(c) else '<td>%s</td>') % _esc(c)
                                          for c in r) + '</tr>')
            h.append('</table>')
            if b.get('note'):
                h.append('<p>%s</p>' % _esc(b['note']))
    h += ['</main>', '<footer>%s</footer>' % _esc(model['footer']), '</body>', '</html>']
    return ('\n'.join(h) + '\n').encode('utf-8')


def render_docx(model):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            para = doc.add_paragraph()
            run = para.add_run(b['text'])
            run.bold = True
            run.font.size = Pt(16)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'sub':
            para = doc.add_paragraph(b['text'])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == 'h':
            para = doc.add_paragraph()
            run = para.add_run(b['text'])
            run.bold = True
        elif t == 'p':
            para = doc.add_paragraph(b['text'])
            para.paragraph_format.first_line_indent = Pt(22)
        elif t == 'right':
            para = doc.add_paragraph(b['text'])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'table':
            if b.get('caption'):
                para = doc.add_paragraph(b['caption'])
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b.get('unit'):
                para = doc.add_paragraph(b['unit'])
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [b['head']] + b['rows']
            tab = doc.add_table(rows=len(rows), cols=len(b['head']))
            tab.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tab.cell(i, j)
                    cell.text = c
                    if i > 0 and _isnum(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            if b.get('note'):
                doc.add_paragraph(b['note'])
    cp = doc.core_properties
    fixed = _dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = model.get('author', '')
    cp.last_modified_by = model.get('author', '')
    cp.title = model['html_title'] if model.get('html_title') else ''
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.comments = ''
    cp.keywords = ''
    cp.subject = ''
    cp.category = ''
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    return out.getvalue()


def render_pdf(model):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    try:
        pdfmetrics.getFont('STSong-Light')
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK',
                          firstLineIndent=21)
    ttl = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    sub = ParagraphStyle('s', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    hd = ParagraphStyle('h', parent=base, firstLineIndent=0, fontSize=11)
    rt = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle('c', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    celln = ParagraphStyle('cn', parent=cell, alignment=TA_RIGHT)
    story = []
    for b in model['blocks']:
        t = b['t']
        if t == 'title':
            story += [Paragraph(_esc(b['text']), ttl), Spacer(1, 4)]
        elif t == 'sub':
            story.append(Paragraph(_esc(b['text']), sub))
        elif t == 'h':
            story.append(Paragraph(_esc(b['text']), hd))
        elif t == 'p':
            story.append(Paragraph(_esc(b['text']), base))
        elif t == 'right':
            story.append(Paragraph(_esc(b['text']), rt))
        elif t == 'table':
            if b.get('caption'):
                story.append(Paragraph(_esc(b['caption']), sub))
            if b.get('unit'):
                story.append(Paragraph(_esc(b['unit']), rt))
            data = [[Paragraph(_esc(c), cell) for c in b['head']]]
            for r in b['rows']:
                data.append([Paragraph(_esc(c), celln if _isnum(c) else cell) for c in r])
            tab = Table(data, colWidths=b.get('pdf_widths'), repeatRows=1)
            tab.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                     ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [tab, Spacer(1, 4)]
            if b.get('note'):
                story.append(Paragraph(_esc(b['note']), base))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=model.get('html_title', ''),
                            author=model.get('author', ''), invariant=1)
    doc.build(story)
    return buf.getvalue()


def render(model):
    fmt = model['fmt']
    if fmt == 'txt-tab':
        return render_txt(model, 'tab')
    if fmt == 'txt-space':
        return render_txt(model, 'space')
    if fmt == 'html':
        return render_html(model)
    if fmt == 'docx':
        return render_docx(model)
    if fmt == 'pdf':
        return render_pdf(model)
    raise ValueError(fmt)


# ----------------------------------------------------------------- readers
class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th') and self.row is not None:
            self.row.append('')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag == 'tr':
            self.out.append('|' + '|'.join(c.strip() for c in self.row))
            self.row = None
        elif tag in ('p', 'div', 'h1', 'h3', 'nav', 'footer', 'span'):
            self.out.append('\n')

    def handle_data(self, data):
        if self.skip:
            return
        if self.row is not None and self.row:
            self.row[-1] += data
        elif self.row is None:
            self.out.append(data)


def read_html(data):
    p = _HT()
    p.feed(data.decode('utf-8'))
    txt = ''.join(x if x.startswith('|') is False else '\n' + x + '\n' for x in p.out)
    return re.sub(r'\n\s*\n+', '\n', txt).strip() + '\n'


def read_docx(data):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(io.BytesIO(data))
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, doc).text)
        elif tag == 'tbl':
            for row in Table(el, doc).rows:
                out.append('|' + '|'.join(c.text for c in row.cells))
    return '\n'.join(out) + '\n'


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def read_back(fmt, data):
    if fmt.startswith('txt'):
        return data.decode('utf-8')
    if fmt == 'html':
        return read_html(data)
    if fmt == 'docx':
        return read_docx(data)
    if fmt == 'pdf':
        return read_pdf(data)
    raise ValueError(fmt)
