# -*- coding: utf-8 -*-
"""heldout49 helper library: Decimal helpers, ledger, block model, renderers, readers.

Written from scratch for this set.
"""
import copy
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

# ---------------------------------------------------------------- numbers

def D(x):
    return Decimal(str(x).replace(',', ''))


def q(x, n):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separated, n places"""
    return '{:,.{}f}'.format(q(x, n), n)


def P(x, n=2):
    """plain, n places"""
    return '{:.{}f}'.format(q(x, n), n)


def I(x):
    return '{:,}'.format(int(D(x)))


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def pct(num, den, n=2):
    return P(D(num) * 100 / D(den), n)


def date_key(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    assert m, s
    return tuple(int(g) for g in m.groups())


UP_WORDS = ('增加', '增长', '提高', '上升', '提升', '增幅')
DOWN_WORDS = ('减少', '下降', '降低', '降幅', '减幅')

# ---------------------------------------------------------------- ledger


class CheckFailed(AssertionError):
    pass


class Ledger:
    """Checks take number strings as written; they are stored and can be re-evaluated on any text."""

    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}

    # each add_* evaluates immediately and raises on failure
    def _add(self, kind, desc, args, figs=(), anchors=()):
        c = {'kind': kind, 'desc': desc, 'args': args, 'figs': list(figs), 'anchors': list(anchors)}
        ok, detail = evaluate(c)
        if not ok:
            raise CheckFailed('%s: %s (%s)' % (self.report, desc, detail))
        self.checks.append(c)
        return c

    def sum(self, desc, total, parts):
        return self._add('sum', desc, {'total': total, 'parts': list(parts)}, [total] + list(parts))

    def bal(self, desc, total, plus, minus):
        return self._add('bal', desc, {'total': total, 'plus': list(plus), 'minus': list(minus)},
                         [total] + list(plus) + list(minus))

    def diff(self, desc, a, b, r):
        return self._add('diff', desc, {'a': a, 'b': b, 'r': r}, [a, b, r])

    def ratio(self, desc, num, den, r, scale=100):
        return self._add('ratio', desc, {'num': num, 'den': den, 'r': r, 'scale': str(scale)}, [num, den, r])

    def prod(self, desc, a, b, r, scale=1):
        return self._add('prod', desc, {'a': a, 'b': b, 'r': r, 'scale': str(scale)}, [a, b, r])

    def growth(self, desc, cur, prev, d, rate, word):
        figs = [cur, prev] + ([d] if d else []) + ([rate] if rate else [])
        return self._add('growth', desc, {'cur': cur, 'prev': prev, 'd': d, 'rate': rate, 'word': word}, figs)

    def pp(self, desc, cur, prev, d, word):
        return self._add('pp', desc, {'cur': cur, 'prev': prev, 'd': d, 'word': word}, [cur, prev, d])

    def count(self, desc, n, items):
        return self._add('count', desc, {'n': n, 'items': list(items)}, [], list(items))

    def band(self, desc, score, word, bands, phrase):
        return self._add('band', desc, {'score': score, 'word': word, 'bands': bands}, [score], [phrase])

    def dated(self, desc, date, after):
        return self._add('dated', desc, {'date': date, 'after': after}, [], [date])

    def le(self, desc, a, b):
        return self._add('le', desc, {'a': a, 'b': b}, [a, b])

    def eq(self, desc, a, b):
        return self._add('eq', desc, {'a': a, 'b': b}, [a, b])

    def maxof(self, desc, v, values, name):
        return self._add('max', desc, {'v': v, 'values': list(values)}, [v] + list(values), [name])

    def minof(self, desc, v, values, name):
        return self._add('min', desc, {'v': v, 'values': list(values)}, [v] + list(values), [name])

    def anchor(self, desc, text):
        return self._add('anchor', desc, {'text': text}, [], [text])

    def same(self, desc, fig, k):
        return self._add('same', desc, {'fig': fig, 'k': k}, [fig])


def evaluate(c, text=None):
    """Evaluate one check; if text is given, also require figures / anchors on it."""
    k, a = c['kind'], c['args']
    ok, detail = True, ''
    if k == 'sum':
        s = sum((D(p) for p in a['parts']), Decimal(0))
        ok = s == D(a['total'])
        detail = '%s = %s' % (' + '.join(a['parts']), a['total']) if ok else 'parts add to %s, written %s' % (s, a['total'])
    elif k == 'bal':
        s = sum((D(p) for p in a['plus']), Decimal(0)) - sum((D(p) for p in a['minus']), Decimal(0))
        ok = s == D(a['total'])
        detail = '%s - %s = %s (written %s)' % (' + '.join(a['plus']), ' - '.join(a['minus']), s, a['total'])
    elif k == 'diff':
        r = D(a['a']) - D(a['b'])
        ok = r == D(a['r'])
        detail = '%s - %s = %s' % (a['a'], a['b'], r)
    elif k == 'ratio':
        r = q(D(a['num']) * D(a['scale']) / D(a['den']), places_of(a['r']))
        ok = r == D(a['r'])
        detail = '%s / %s x %s = %s (written %s)' % (a['num'], a['den'], a['scale'], r, a['r'])
    elif k == 'prod':
        r = q(D(a['a']) * D(a['b']) * D(a['scale']), places_of(a['r']))
        ok = r == D(a['r'])
        detail = '%s x %s x %s = %s (written %s)' % (a['a'], a['b'], a['scale'], r, a['r'])
    elif k == 'growth':
        cur, prev = D(a['cur']), D(a['prev'])
        dd = abs(cur - prev)
        ok = True
        if a['d']:
            ok = ok and dd == D(a['d'])
        if a['rate']:
            ok = ok and q(dd * 100 / prev, places_of(a['rate'])) == D(a['rate'])
        w = a['word']
        if w in UP_WORDS:
            ok = ok and cur > prev
        elif w in DOWN_WORDS:
            ok = ok and cur < prev
        else:
            ok = ok and cur == prev
        detail = '%s vs %s: diff %s, rate %s, word %s' % (a['cur'], a['prev'], a['d'], a['rate'], w)
    elif k == 'pp':
        cur, prev = D(a['cur']), D(a['prev'])
        ok = abs(cur - prev) == D(a['d'])
        ok = ok and ((cur > prev) if a['word'] in UP_WORDS else (cur < prev))
        detail = '%s - %s = %s 个百分点 (%s)' % (a['cur'], a['prev'], a['d'], a['word'])
    elif k == 'count':
        ok = int(a['n']) == len(a['items'])
        detail = '%s = %d items: %s' % (a['n'], len(a['items']), '、'.join(a['items']))
    elif k == 'band':
        s = D(a['score'])
        w = None
        for lo, word in a['bands']:
            if s >= D(lo):
                w = word
                break
        ok = w == a['word']
        detail = '%s -> %s (written %s)' % (a['score'], w, a['word'])
    elif k == 'dated':
        ok = date_key(a['date']) > date_key(a['after'])
        detail = '%s after %s' % (a['date'], a['after'])
    elif k == 'le':
        ok = D(a['a']) <= D(a['b'])
        detail = '%s <= %s' % (a['a'], a['b'])
    elif k == 'eq':
        ok = D(a['a']) == D(a['b'])
        detail = '%s == %s' % (a['a'], a['b'])
    elif k == 'max':
        ok = D(a['v']) == max(D(x) for x in a['values'])
        detail = 'max of %s is %s' % ('/'.join(a['values']), a['v'])
    elif k == 'min':
        ok = D(a['v']) == min(D(x) for x in a['values'])
        detail = 'min of %s is %s' % ('/'.join(a['values']), a['v'])
    elif k == 'anchor':
        detail = a['text']
    elif k == 'same':
        detail = '%s written >= %d times' % (a['fig'], a['k'])
        if text is not None:
            n = count_number(text, a['fig'])
            ok = n >= a['k']
            detail = '%s written %d times (need %d)' % (a['fig'], n, a['k'])
    if text is not None and ok:
        for f in c['figs']:
            if not number_present(text, f):
                ok = False
                detail += ' | figure %s not in read-back' % f
        nows = squash(text)
        for an in c['anchors']:
            if squash(an) not in nows:
                ok = False
                detail += ' | anchor %s not in read-back' % an
    return ok, detail


def squash(t):
    return re.sub(r'\s+', '', t)


def _num_re(f):
    return re.compile(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)')


def number_present(text, f):
    return bool(_num_re(f).search(text) or _num_re(f).search(squash(text)))


def count_number(text, f):
    return len(_num_re(f).findall(text))


def prove(ledger, text, extra_facts):
    rows = []
    for c in ledger.checks:
        ok, detail = evaluate(c, text)
        rows.append({'desc': c['desc'], 'ok': ok, 'detail': detail})
        if c['kind'] not in ('anchor', 'same'):
            for f in c['figs']:
                rows.append({'desc': 'read-back: %s' % f, 'ok': number_present(text, f), 'detail': c['desc']})
    out = {'report': ledger.report, 'facts': extra_facts, 'checks': rows,
           'all_checks_ok': all(r['ok'] for r in rows)}
    return out


# ---------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('to', s) ('h', s) ('p', s) ('unit', s) ('cap', s)
#         ('table', {'id':..., 'rows': [[...], ...], 'num_cols': set}) ('sign', [s, ...])

TEXT_KINDS = ('title', 'sub', 'to', 'h', 'p', 'unit', 'cap')


def model_strings(model):
    for b in model:
        if b[0] in TEXT_KINDS:
            yield b[1]
        elif b[0] == 'table':
            for row in b[1]['rows']:
                for cell in row:
                    yield cell
        elif b[0] == 'sign':
            for s in b[1]:
                yield s


def replace_once(model, old, new):
    n = sum(s.count(old) for s in model_strings(model))
    assert n == 1, 'replace_once: %r occurs %d times' % (old, n)
    m = copy.deepcopy(model)
    out = []
    for b in m:
        if b[0] in TEXT_KINDS:
            out.append((b[0], b[1].replace(old, new)))
        elif b[0] == 'table':
            t = b[1]
            t['rows'] = [[c.replace(old, new) for c in r] for r in t['rows']]
            out.append(b)
        elif b[0] == 'sign':
            out.append(('sign', [s.replace(old, new) for s in b[1]]))
        else:
            out.append(b)
    return out


def set_cell(model, table_id, r, c, old, new):
    m = copy.deepcopy(model)
    for b in m:
        if b[0] == 'table' and b[1]['id'] == table_id:
            assert b[1]['rows'][r][c] == old, (b[1]['rows'][r][c], old)
            b[1]['rows'][r][c] = new
            return m
    raise KeyError(table_id)


def is_num_cell(s):
    return bool(re.fullmatch(r'[-+]?[\d,]+(\.\d+)?%?', s.strip())) or s.strip() in ('—', '-', '0')


# ---------------------------------------------------------------- renderers

def dwidth(s):
    w = 0
    for ch in s:
        ea = unicodedata.east_asian_width(ch)
        w += 2 if ea in ('W', 'F', 'A') else 1
    return w


def render_txt(model, table_style='tab'):
    lines = []
    for b in model:
        k = b[0]
        if k == 'title':
            lines += [b[1], '']
        elif k == 'sub':
            lines += [b[1], '']
        elif k == 'to':
            lines += [b[1]]
        elif k == 'h':
            lines += [b[1]]
        elif k == 'p':
            lines += ['　　' + b[1]]
        elif k in ('unit', 'cap'):
            lines += [b[1]]
        elif k == 'table':
            rows = b[1]['rows']
            if table_style == 'tab':
                lines += ['\t'.join(r) for r in rows]
            else:
                ncol = max(len(r) for r in rows)
                widths = [max(dwidth(r[i]) for r in rows if i < len(r)) for i in range(ncol)]
                total = sum(widths) + 2 * (ncol - 1)
                rule = '-' * total
                lines.append(rule)
                for ri, r in enumerate(rows):
                    cells = []
                    for i, cell in enumerate(r):
                        pad = widths[i] - dwidth(cell)
                        if i > 0 and is_num_cell(cell) and ri > 0:
                            cells.append(' ' * pad + cell)
                        else:
                            cells.append(cell + ' ' * pad)
                    lines.append('  '.join(cells).rstrip())
                    if ri == 0:
                        lines.append(rule)
                lines.append(rule)
            lines.append('')
        elif k == 'sign':
            lines += [''] + b[1]
    return '\n'.join(lines).rstrip('\n') + '\n'


def render_html(model, site, nav, crumb, publisher):
    e = htmlmod.escape
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = next(b[1] for b in model if b[0] == 'title')
    out.append('<title>%s_%s</title>' % (e(title), e(site)))
    out.append('<style>body{font-family:"SimSun",serif;margin:0}.bar{background:#1d4f91;color:#fff;padding:6px 20px}'
               '.nav a{margin:0 8px}.main{width:960px;margin:10px auto}.art h1{text-align:center;font-size:22px}'
               '.info{text-align:center;color:#666;font-size:13px}.art p{text-indent:2em;line-height:1.9}'
               'table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #333;padding:3px 8px}'
               'td.n{text-align:right}.sign{text-align:right}.foot{background:#eee;text-align:center;padding:10px;'
               'font-size:12px}</style>')
    out += ['</head>', '<body>']
    out.append('<div class="bar">%s</div>' % e(site))
    out.append('<div class="nav">' + ' | '.join('<a href="#">%s</a>' % e(n) for n in nav) + '</div>')
    out.append('<div class="main">')
    out.append('<div class="crumb">当前位置：' + ' &gt; '.join(e(c) for c in crumb) + '</div>')
    out.append('<div class="art">')
    for b in model:
        k = b[0]
        if k == 'title':
            out.append('<h1>%s</h1>' % e(b[1]))
            out.append('<div class="info">发布机构：%s　字体：〖大 中 小〗</div>' % e(publisher))
        elif k == 'sub':
            out.append('<p style="text-align:center;text-indent:0">%s</p>' % e(b[1]))
        elif k == 'to':
            out.append('<p style="text-indent:0">%s</p>' % e(b[1]))
        elif k == 'h':
            out.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p':
            out.append('<p>%s</p>' % e(b[1]))
        elif k in ('unit', 'cap'):
            out.append('<p style="text-align:center;text-indent:0">%s</p>' % e(b[1]))
        elif k == 'table':
            out.append('<table>')
            for ri, r in enumerate(b[1]['rows']):
                tag = 'th' if ri == 0 else 'td'
                cells = []
                for ci, c in enumerate(r):
                    cls = ' class="n"' if (ri > 0 and ci > 0 and is_num_cell(c)) else ''
                    cells.append('<%s%s>%s</%s>' % (tag, cls, e(c), tag))
                out.append('<tr>' + ''.join(cells) + '</tr>')
            out.append('</table>')
        elif k == 'sign':
            out.append('<div class="sign">' + ''.join('<p>%s</p>' % e(s) for s in b[1]) + '</div>')
    out.append('</div></div>')
    out.append('<div class="foot">主办单位：%s　｜　网站标识码：略　｜　技术支持：县大数据服务中心</div>' % e(site.replace('门户网站', '')))
    out += ['</body>', '</html>']
    return ('\n'.join(out) + '\n').encode('utf-8')


FIXED_DT = datetime.datetime(2025, 1, 1, 8, 0, 0)


def _stable_zip(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return buf.getvalue()


def render_docx(model):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    cp = doc.core_properties
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = ''
    cp.comments = ''
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    for b in model:
        k = b[0]
        if k == 'title':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
        elif k in ('sub', 'unit', 'cap'):
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'to':
            doc.add_paragraph(b[1])
        elif k == 'h':
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif k == 'p':
            p = doc.add_paragraph(b[1])
            p.paragraph_format.first_line_indent = Pt(24)
        elif k == 'table':
            rows = b[1]['rows']
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = c
                    if ri > 0 and ci > 0 and is_num_cell(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'sign':
            for s in b[1]:
                p = doc.add_paragraph(s)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def render_pdf(model):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    try:
        pdfmetrics.getFont('STSong-Light')
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK', firstLineIndent=21)
    title = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    center = ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    head = ParagraphStyle('h', parent=base, firstLineIndent=0)
    right = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cellst = ParagraphStyle('cell', parent=base, fontSize=9, leading=12, firstLineIndent=0)
    cellr = ParagraphStyle('cellr', parent=cellst, alignment=TA_RIGHT)
    e = htmlmod.escape
    story = []
    for b in model:
        k = b[0]
        if k == 'title':
            story += [Paragraph(e(b[1]), title), Spacer(1, 4)]
        elif k in ('sub', 'unit', 'cap'):
            story.append(Paragraph(e(b[1]), center))
        elif k in ('to', 'h'):
            story.append(Paragraph(e(b[1]), head))
        elif k == 'p':
            story.append(Paragraph(e(b[1]), base))
        elif k == 'table':
            rows = b[1]['rows']
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(e(c), cellr if (ri > 0 and ci > 0 and is_num_cell(c)) else cellst)
                             for ci, c in enumerate(r)])
            widths = b[1].get('pdf_widths')
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [Spacer(1, 3), t, Spacer(1, 5)]
        elif k == 'sign':
            story.append(Spacer(1, 8))
            for s in b[1]:
                story.append(Paragraph(e(s), right))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title='', author='', subject='', creator='', producer='')
    doc.build(story)
    return buf.getvalue()


def render(model, fmt, html_opts=None):
    if fmt == 'txt-tab':
        return render_txt(model, 'tab').encode('utf-8')
    if fmt == 'txt-space':
        return render_txt(model, 'space').encode('utf-8')
    if fmt == 'html':
        return render_html(model, **html_opts)
    if fmt == 'docx':
        return render_docx(model)
    if fmt == 'pdf':
        return render_pdf(model)
    raise ValueError(fmt)


# ---------------------------------------------------------------- readers

class _H2T(HTMLParser):
    BLOCK = ('p', 'div', 'h1', 'h2', 'h3', 'h4', 'br', 'li', 'table')

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.out.append('\n')
        elif tag in ('td', 'th'):
            self.out.append('|')
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.strip('\n'))


def read_back(data, fmt):
    if fmt.startswith('txt'):
        return data.decode('utf-8')
    if fmt == 'html':
        p = _H2T()
        p.feed(data.decode('utf-8'))
        t = ''.join(p.out)
        return re.sub(r'\n\s*\n+', '\n', t).strip() + '\n'
    if fmt == 'docx':
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(io.BytesIO(data))
        lines = []
        for el in doc.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                lines.append(Paragraph(el, doc).text)
            elif tag == 'tbl':
                t = Table(el, doc)
                for r in t.rows:
                    lines.append('|' + '|'.join(c.text for c in r.cells))
        return '\n'.join(lines) + '\n'
    if fmt == 'pdf':
        from pdfminer.high_level import extract_text
        return extract_text(io.BytesIO(data))
    raise ValueError(fmt)


def text_stats(text):
    han = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
    return len(text.encode('utf-8')), han


EXT = {'txt-tab': 'txt', 'txt-space': 'txt', 'html': 'html', 'docx': 'docx', 'pdf': 'pdf'}
