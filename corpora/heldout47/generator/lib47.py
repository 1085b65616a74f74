# -*- coding: utf-8 -*-
"""heldout47 helper library (written from scratch for this set).

Decimal helpers, a re-evaluable Ledger, a small block model with replace_once / set_cell,
renderers (txt-tab, txt-space, html, docx, pdf) and readers (read-back text).
"""
import copy
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

# ----------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(',', ''))


def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def F(x, places=2):
    """thousands separated, fixed places"""
    v = q(x, places)
    s = '{:,.{p}f}'.format(v, p=places)
    return s


def P(x, places=2):
    return '{:.{p}f}'.format(q(x, places), p=places)


def I(n):
    return '{:,}'.format(int(n))


def pct(num, den, places=2):
    return q(D(num) / D(den) * 100, places)


# ----------------------------------------------------------------- ledger

def _num_re(s):
    return re.compile(r'(?<![\d,.])' + re.escape(s) + r'(?![\d]|[.,]\d)')


def written(text, fig):
    """figure written as a standalone number (or a date / phrase as substring)"""
    nows = re.sub(r'\s+', '', text)
    if re.fullmatch(r'-?[\d,]+(\.\d+)?', fig):
        return bool(_num_re(fig).search(text) or _num_re(fig).search(nows))
    return fig in text or fig in nows


def count_written(text, fig):
    nows = re.sub(r'\s+', '', text)
    return len(_num_re(fig).findall(nows))


UP = ('增加', '增长', '提高', '上升', '提升', '增幅')
DOWN = ('减少', '下降', '降低', '降幅', '回落')


def _date_key(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)))


def evaluate(c, text=None):
    """returns (ok, detail, figures, anchors) for check c (a dict)"""
    k, a = c['kind'], c['args']
    figs, anchors = [], []
    if k == 'sum':
        tot, parts = a
        ok = D(tot) == sum(D(p) for p in parts)
        det = '%s = %s' % (tot, ' + '.join(parts))
        figs = [tot] + list(parts)
    elif k == 'lin':
        res, terms = a
        val = sum((D(f) if s == '+' else -D(f)) for s, f in terms)
        ok = D(res) == val
        det = '%s = %s' % (res, ' '.join('%s %s' % (s, f) for s, f in terms))
        figs = [res] + [f for s, f in terms]
    elif k == 'diff':
        res, x, y = a
        ok = D(res) == D(x) - D(y)
        det = '%s = %s - %s' % (res, x, y)
        figs = [res, x, y]
    elif k == 'ratio':
        res, num, den, scale = a
        ok = q(D(num) / D(den) * D(scale), places_of(res)) == D(res)
        det = '%s = %s / %s x %s' % (res, num, den, scale)
        figs = [res, num, den]
    elif k == 'prod':
        res, x, y, scale = a
        ok = q(D(x) * D(y) / D(scale), places_of(res)) == D(res)
        det = '%s = %s x %s / %s' % (res, x, y, scale)
        figs = [res, x, y]
    elif k == 'growth':
        cur, prev, chg, rate, word = a
        d = D(cur) - D(prev)
        ok = True
        if chg is not None:
            ok = ok and abs(d) == D(chg)
        if rate is not None:
            ok = ok and q(abs(d) / D(prev) * 100, places_of(rate)) == D(rate)
        if d > 0:
            ok = ok and any(w in word for w in UP)
        elif d < 0:
            ok = ok and any(w in word for w in DOWN)
        det = '%s vs %s: %s %s %s' % (cur, prev, word, chg, rate)
        figs = [cur, prev] + [x for x in (chg, rate) if x is not None]
    elif k == 'pp':
        cur, prev, delta, word = a
        d = D(cur) - D(prev)
        ok = abs(d) == D(delta) and ((d > 0 and any(w in word for w in UP)) or (d < 0 and any(w in word for w in DOWN)))
        det = '%s - %s = %s (%s)' % (cur, prev, delta, word)
        figs = [cur, prev, delta]
    elif k == 'count':
        n, items = a
        ok = int(D(n)) == len(items)
        det = '%s items: %s' % (n, '、'.join(items))
        figs = [n]
        anchors = list(items)
    elif k == 'band':
        score, phrase, word, bands = a
        got = None
        for lo, w in bands:
            if D(score) >= D(lo):
                got = w
                break
        ok = got == word
        det = '%s -> %s (stated %s)' % (score, got, word)
        figs = [score]
        anchors = [phrase]
    elif k == 'dated':
        date, end = a
        ok = _date_key(date) > _date_key(end)
        det = '%s after %s' % (date, end)
        figs = [date]
    elif k == 'le':
        x, y = a
        ok = D(x) <= D(y)
        det = '%s <= %s' % (x, y)
        figs = [x, y]
    elif k in ('max', 'min'):
        name, val, vals, phrase = a
        tgt = max(D(v) for v in vals) if k == 'max' else min(D(v) for v in vals)
        ok = D(val) == tgt
        det = '%s %s = %s of %s' % (k, name, val, ', '.join(vals))
        figs = [val] + list(vals)
        anchors = [phrase]
    elif k == 'conv':
        res, x, scale = a
        ok = q(D(x) * D(scale), places_of(res)) == D(res)
        det = '%s = %s x %s' % (res, x, scale)
        figs = [res, x]
    elif k == 'anchor':
        ok = True
        det = a[0]
        anchors = [a[0]]
    elif k == 'same':
        fig, n = a
        ok = True if text is None else count_written(text, fig) >= n
        det = '%s written >= %d times' % (fig, n)
        figs = [fig]
    else:
        raise ValueError(k)
    return ok, det, figs, anchors


class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}

    def add(self, kind, desc, *args):
        c = {'kind': kind, 'desc': desc, 'args': list(args)}
        ok, det, _, _ = evaluate(c)
        if not ok:
            raise AssertionError('ledger check failed: %s: %s' % (desc, det))
        self.checks.append(c)
        return c

    # shorthands
    def sum(self, d, tot, parts): return self.add('sum', d, tot, list(parts))
    def lin(self, d, res, terms): return self.add('lin', d, res, list(terms))
    def diff(self, d, r, x, y): return self.add('diff', d, r, x, y)
    def ratio(self, d, r, n, den, scale=100): return self.add('ratio', d, r, n, den, str(scale))
    def prod(self, d, r, x, y, scale=1): return self.add('prod', d, r, x, y, str(scale))
    def growth(self, d, cur, prev, chg, rate, word): return self.add('growth', d, cur, prev, chg, rate, word)
    def pp(self, d, cur, prev, delta, word): return self.add('pp', d, cur, prev, delta, word)
    def count(self, d, n, items): return self.add('count', d, n, list(items))
    def band(self, d, score, phrase, word, bands): return self.add('band', d, score, phrase, word, [list(b) for b in bands])
    def dated(self, d, date, end): return self.add('dated', d, date, end)
    def le(self, d, x, y): return self.add('le', d, x, y)
    def mx(self, d, name, val, vals, phrase): return self.add('max', d, name, val, list(vals), phrase)
    def mn(self, d, name, val, vals, phrase): return self.add('min', d, name, val, list(vals), phrase)
    def conv(self, d, r, x, scale): return self.add('conv', d, r, x, str(scale))
    def anchor(self, d, s): return self.add('anchor', d, s)
    def same(self, d, fig, n): return self.add('same', d, fig, n)


def prove(ledger, text):
    """re-evaluate every check on the read-back; returns ledger rows"""
    rows = []
    for c in ledger.checks:
        ok, det, figs, anchors = evaluate(c, text)
        if c['kind'] not in ('anchor',):
            rows.append({'desc': c['desc'], 'ok': bool(ok), 'detail': det})
        if figs and c['kind'] != 'same':
            missing = [f for f in figs if not written(text, f)]
            rows.append({'desc': 'read-back: ' + c['desc'], 'ok': not missing,
                         'detail': 'all written: ' + ', '.join(figs) if not missing else 'missing: ' + ', '.join(missing)})
        elif c['kind'] == 'same':
            rows[-1]['desc'] = 'same: ' + c['desc']
        for an in anchors:
            rows.append({'desc': 'anchor: ' + c['desc'] + ' / ' + an, 'ok': an in text or an in re.sub(r'\s+', '', text),
                         'detail': an})
    return rows


def check_holds(c, text, subs=None):
    """evaluate c with optional figure substitutions [(old, new), ...] on its top-level arguments and on
    lists of strings (not on band tables); require its figures / anchors to be written in text"""
    c2 = copy.deepcopy(c)
    for old, new in (subs or []):
        def rep(v):
            if isinstance(v, str):
                return new if v == old else v
            if isinstance(v, list) and all(isinstance(x, str) for x in v):
                return [new if x == old else x for x in v]
            return v
        c2['args'] = [rep(x) for x in c2['args']]
    ok, det, figs, anchors = evaluate(c2, text)
    nows = re.sub(r'\s+', '', text)
    allw = all(written(text, f) for f in figs) and all((an in text or an in nows) for an in anchors)
    return ok, allw, det


def write_ledger(path, ledger, text, facts):
    rows = prove(ledger, text)
    out = {'report': ledger.report, 'facts': facts, 'checks': rows,
           'all_checks_ok': all(r['ok'] for r in rows)}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return out


# ----------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('unit', s) ('cap', s)
#         ('table', {'id': name, 'rows': [[...]], 'head': 1}) ('sign', [lines])

def _texts(model):
    for bi, b in enumerate(model):
        if b[0] == 'table':
            for ri, r in enumerate(b[1]['rows']):
                for ci, c in enumerate(r):
                    yield ('cell', bi, ri, ci), c
        elif b[0] == 'sign':
            for li, s in enumerate(b[1]):
                yield ('sign', bi, li), s
        else:
            yield ('blk', bi), b[1]


def replace_once(model, old, new):
    m = copy.deepcopy(model)
    hits = [(loc, s) for loc, s in _texts(m) if old in s]
    n = sum(s.count(old) for loc, s in hits)
    assert n == 1, 'replace_once: %r occurs %d times' % (old, n)
    loc, s = hits[0]
    s2 = s.replace(old, new)
    if loc[0] == 'cell':
        m[loc[1]][1]['rows'][loc[2]][loc[3]] = s2
    elif loc[0] == 'sign':
        m[loc[1]][1][loc[2]] = s2
    else:
        m[loc[1]] = (m[loc[1]][0], s2)
    return m


def set_cell(model, tid, r, c, old, new):
    m = copy.deepcopy(model)
    for b in m:
        if b[0] == 'table' and b[1]['id'] == tid:
            assert b[1]['rows'][r][c] == old, 'set_cell: %r != %r' % (b[1]['rows'][r][c], old)
            b[1]['rows'][r][c] = new
            return m
    raise KeyError(tid)


# ----------------------------------------------------------------- renderers

IND = '\u3000\u3000'
NUMCELL = re.compile(r'^-?[\d,]+(\.\d+)?%?$')


def dwidth(s):
    w = 0
    for ch in s:
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1
    return w


def render_txt(model, mode='tab'):
    out = []
    for kind, v in model:
        if kind == 'title':
            out += [v, '']
        elif kind == 'sub':
            out.append(v)
        elif kind == 'h':
            out.append(v)
        elif kind == 'p':
            out.append(IND + v)
        elif kind in ('unit', 'cap'):
            out.append(v)
        elif kind == 'table':
            rows = v['rows']
            if mode == 'tab':
                out += ['\t'.join(r) for r in rows]
            else:
                ncol = max(len(r) for r in rows)
                wid = [max(dwidth(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
                total = sum(wid) + 2 * (ncol - 1)
                out.append('-' * total)
                for ri, r in enumerate(rows):
                    cells = []
                    for i in range(ncol):
                        c = r[i] if i < len(r) else ''
                        pad = ' ' * (wid[i] - dwidth(c))
                        cells.append(pad + c if (NUMCELL.match(c) and ri > 0) else c + pad)
                    out.append('  '.join(cells).rstrip())
                    if ri == 0:
                        out.append('-' * total)
                out.append('-' * total)
        elif kind == 'sign':
            out.append('')
            out += v
        if kind in ('title',):
            continue
    return '\n'.join(out) + '\n'


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(model, site, nav, crumb, issuer):
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = [v for k, v in model if k == 'title'][0]
    h.append('<title>%s_%s</title>' % (_esc(title), _esc(site)))
    h.append('<style>body{font-family:SimSun,serif;margin:0}.bar{background:#a61b1b;color:#fff;padding:6px 20px}'
             '.nav a{margin:0 6px}.main{width:960px;margin:0 auto}table{border-collapse:collapse;margin:8px auto}'
             'td,th{border:1px solid #666;padding:3px 8px}.num{text-align:right}.c{text-align:center}'
             '.u{text-align:right}.info{color:#666;font-size:13px;text-align:center}</style>')
    h += ['</head>', '<body>', '<div class="bar">%s</div>' % _esc(site)]
    h.append('<div class="nav">' + ' | '.join('<a href="#">%s</a>' % _esc(n) for n in nav) + '</div>')
    h.append('<div class="main">')
    h.append('<div class="crumb">当前位置：' + ' &gt; '.join(_esc(c) for c in crumb) + '</div>')
    for kind, v in model:
        if kind == 'title':
            h.append('<h1 class="c">%s</h1>' % _esc(v))
            h.append('<div class="info">发布机构：%s　　字体：[大 中 小]</div>' % _esc(issuer))
        elif kind == 'sub':
            h.append('<p class="c">%s</p>' % _esc(v))
        elif kind == 'h':
            h.append('<h3>%s</h3>' % _esc(v))
        elif kind == 'p':
            h.append('<p>　　%s</p>' % _esc(v))
        elif kind == 'unit':
            h.append('<p class="u">%s</p>' % _esc(v))
        elif kind == 'cap':
            h.append('<p class="c"><b>%s</b></p>' % _esc(v))
        elif kind == 'table':
            h.append('<table>')
            for ri, r in enumerate(v['rows']):
                tag = 'th' if ri == 0 else 'td'
                cells = []
                for c in r:
                    cls = ' class="num"' if (ri > 0 and NUMCELL.match(c)) else ''
                    cells.append('<%s%s>%s</%s>' % (tag, cls, _esc(c), tag))
                h.append('<tr>' + ''.join(cells) + '</tr>')
            h.append('</table>')
        elif kind == 'sign':
            for s in v:
                h.append('<p class="u">%s</p>' % _esc(s))
    h.append('</div>')
    h.append('<div class="foot">主办：%s　　承办：%s办公室　　网站标识码：略</div>' % (_esc(site), _esc(issuer)))
    h += ['</body>', '</html>']
    return '\n'.join(h) + '\n'


FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def _restamp_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = sorted(zin.infolist(), key=lambda i: i.filename)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for it in items:
            zi = zipfile.ZipInfo(it.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(it.filename))
    return buf.getvalue()


def render_docx(model, path, author):
    import datetime
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for kind, v in model:
        if kind == 'title':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == 'sub':
            p = doc.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'h':
            p = doc.add_paragraph()
            p.add_run(v).bold = True
        elif kind == 'p':
            doc.add_paragraph(IND + v)
        elif kind == 'unit':
            p = doc.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'cap':
            p = doc.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'table':
            rows = v['rows']
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = c
                    if ri == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    if ri > 0 and NUMCELL.match(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'sign':
            for s in v:
                p = doc.add_paragraph(s)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = [v for k, v in model if k == 'title'][0]
    buf = io.BytesIO()
    doc.save(buf)
    data = _restamp_zip(buf.getvalue())
    with open(path, 'wb') as f:
        f.write(data)


def render_pdf(model, path, author, colw=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=16, wordWrap='CJK')
    ttl = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER)
    ctr = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
    rgt = ParagraphStyle('r', parent=base, alignment=TA_RIGHT)
    hd = ParagraphStyle('h', parent=base, fontSize=11)
    cell = ParagraphStyle('cell', parent=base, fontSize=9, leading=12)
    celln = ParagraphStyle('celln', parent=cell, alignment=TA_RIGHT)
    story = []
    for kind, v in model:
        if kind == 'title':
            story += [Paragraph(_esc(v), ttl), Spacer(1, 4)]
        elif kind == 'sub':
            story.append(Paragraph(_esc(v), ctr))
        elif kind == 'h':
            story.append(Paragraph(_esc(v), hd))
        elif kind == 'p':
            story.append(Paragraph(IND + _esc(v), base))
        elif kind == 'unit':
            story.append(Paragraph(_esc(v), rgt))
        elif kind == 'cap':
            story.append(Paragraph(_esc(v), ctr))
        elif kind == 'table':
            rows = v['rows']
            data = [[Paragraph(_esc(c), celln if (ri > 0 and NUMCELL.match(c)) else cell) for c in r]
                    for ri, r in enumerate(rows)]
            cw = v.get('colw')
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 4)]
        elif kind == 'sign':
            story.append(Spacer(1, 8))
            for s in v:
                story.append(Paragraph(_esc(s), rgt))
    title = [v for k, v in model if k == 'title'][0]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator=author, invariant=1)
    doc.build(story)


# ----------------------------------------------------------------- readers

def read_back(path):
    if path.endswith('.txt'):
        with open(path, encoding='utf-8') as f:
            return f.read()
    if path.endswith('.html'):
        return _html_text(open(path, encoding='utf-8').read())
    if path.endswith('.docx'):
        return _docx_text(path)
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def _html_text(src):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.skip, self.cur, self.row, self.incell = [], 0, [], None, False

        def handle_starttag(self, tag, attrs):
            if tag in ('style', 'script', 'title'):
                self.skip += 1
            elif tag == 'tr':
                self.row = []
            elif tag in ('td', 'th'):
                self.incell = True
                self.cur = []

        def handle_endtag(self, tag):
            if tag in ('style', 'script', 'title'):
                self.skip -= 1
            elif tag in ('td', 'th'):
                self.row.append(''.join(self.cur).strip())
                self.incell = False
                self.cur = []
            elif tag == 'tr':
                self.out.append('|' + '|'.join(self.row))
                self.row = None
            elif tag in ('p', 'h1', 'h3', 'div') and not self.incell:
                s = ''.join(self.cur).strip()
                if s:
                    self.out.append(s)
                self.cur = []

        def handle_data(self, data):
            if self.skip:
                return
            self.cur.append(data)

    p = P()
    p.feed(src)
    return '\n'.join(p.out) + '\n'


def _docx_text(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn('w:p'):
            s = ''.join(t.text or '' for t in el.iter(qn('w:t')))
            if s.strip():
                out.append(s)
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                cells = []
                for tc in tr.iter(qn('w:tc')):
                    cells.append(''.join(t.text or '' for t in tc.iter(qn('w:t'))))
                out.append('|' + '|'.join(cells))
    return '\n'.join(out) + '\n'


def render(model, meta, path):
    fmt = meta['format']
    if fmt == 'txt-tab':
        open(path, 'w', encoding='utf-8').write(render_txt(model, 'tab'))
    elif fmt == 'txt-space':
        open(path, 'w', encoding='utf-8').write(render_txt(model, 'space'))
    elif fmt == 'html':
        open(path, 'w', encoding='utf-8').write(render_html(model, meta['site'], meta['nav'], meta['crumb'],
                                                            meta['issuer']))
    elif fmt == 'docx':
        render_docx(model, path, meta['issuer'])
    elif fmt == 'pdf':
        render_pdf(model, path, meta['issuer'])
    else:
        raise ValueError(fmt)


def stats(text):
    return len(text.encode('utf-8')), sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
