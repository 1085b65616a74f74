# -*- coding: utf-8 -*-
"""heldout43 helper library (written from scratch for this set).

Decimal helpers, a Ledger whose checks take number strings *as written*,
a tiny block model, five renderers (txt-tab, txt-space, html, docx, pdf)
and the matching read-back functions.
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ----------------------------------------------------------------- numbers

def D(s):
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return Decimal(s)
    return Decimal(str(s).replace(',', '').replace('−', '-'))


def q(x, places=2):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def F(x, places=2):
    """thousands separated, fixed places"""
    v = q(x, places)
    return '{:,.{p}f}'.format(v, p=places)


def P(x, places=2):
    """plain fixed places, no separators"""
    return '{:.{p}f}'.format(q(x, places), p=places)


def I(n):
    return '{:,}'.format(int(n))


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def pct(a, b, places=2):
    return q(D(a) / D(b) * 100, places)


UP = ('增加', '增长', '增幅', '提高', '上升')
DOWN = ('减少', '下降', '降幅', '降低')

NUM_RE = re.compile(r'\d+(?:,\d{3})*(?:\.\d+)?')


def _dparse(s):
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))

# ----------------------------------------------------------------- check evaluators
# every evaluator takes only strings / lists of strings / ints and returns (ok, detail)

def ev_sum(parts, total):
    s = sum(D(p) for p in parts)
    return s == D(total), '{} = {} vs {}'.format(' + '.join(parts), s, total)


def ev_diff(a, b, d):
    r = D(a) - D(b)
    return r == D(d), '{} - {} = {} vs {}'.format(a, b, r, d)


def ev_rate(num, den, r, scale='100'):
    v = q(D(num) / D(den) * D(scale), places_of(r))
    return v == D(r), '{} / {} x {} = {} vs {}'.format(num, den, scale, v, r)


def ev_quot(a, b, r, scale='1'):
    v = q(D(a) * D(scale) / D(b), places_of(r))
    return v == D(r), '{} x {} / {} = {} vs {}'.format(a, scale, b, v, r)


def ev_prod(a, b, r, scale='1'):
    v = D(a) * D(b) * D(scale)
    return v == D(r), '{} x {} x {} = {} vs {} (exact)'.format(a, b, scale, v, r)


def ev_growth(cur, prev, d, r, word):
    dv = D(cur) - D(prev)
    ok = True
    parts = []
    if d is not None:
        ok &= abs(dv) == D(d)
        parts.append('|diff| {} ({})'.format(abs(dv), d))
    if r is not None:
        rv = q(abs(dv) / D(prev) * 100, places_of(r))
        ok &= rv == D(r)
        parts.append('rate {}% ({}%)'.format(rv, r))
    if dv > 0:
        ok &= word in UP
    elif dv < 0:
        ok &= word in DOWN
    else:
        ok &= word == '持平'
    parts.append('word ' + word)
    return bool(ok), '{} vs {}: '.format(cur, prev) + ', '.join(parts)


def ev_pp(a, b, p, word):
    dv = D(a) - D(b)
    ok = abs(dv) == D(p) and ((dv > 0 and word in UP) or (dv < 0 and word in DOWN))
    return bool(ok), '{} - {} = {} ({} {})'.format(a, b, dv, word, p)


def ev_count(n, items):
    return int(n) == len(items), '{} vs {} listed ({})'.format(n, len(items), '、'.join(items))


def ev_band(score, bands, grade):
    """bands: list of [lower_inclusive, word], descending"""
    g = None
    for lo, w in bands:
        if D(score) >= D(lo):
            g = w
            break
    return g == grade, '{} -> {} vs {}'.format(score, g, grade)


def ev_dated(date, end):
    return _dparse(date) > _dparse(end), '{} after {}'.format(date, end)


def ev_le(a, b):
    return D(a) <= D(b), '{} <= {}'.format(a, b)


def ev_eq(a, b):
    return D(a) == D(b), '{} == {}'.format(a, b)


def ev_max(name, value, pairs):
    m = max(pairs, key=lambda p: D(p[1]))
    return m[0] == name and D(m[1]) == D(value), 'max {} {} vs {} {}'.format(m[0], m[1], name, value)


def ev_min(name, value, pairs):
    m = min(pairs, key=lambda p: D(p[1]))
    return m[0] == name and D(m[1]) == D(value), 'min {} {} vs {} {}'.format(m[0], m[1], name, value)


EVAL = dict(sum=ev_sum, diff=ev_diff, rate=ev_rate, quot=ev_quot, prod=ev_prod,
            growth=ev_growth, pp=ev_pp, count=ev_count, band=ev_band, dated=ev_dated,
            le=ev_le, eq=ev_eq, max=ev_max, min=ev_min)

# arguments that are constants, not figures that must be written
_CONST_KEYS = {'scale', 'bands', 'end', 'word', 'items', 'name', 'grade'}


def _nums_of(args):
    out = []
    for k, v in args.items():
        if k in _CONST_KEYS:
            continue
        if k == 'pairs':
            out += [p[1] for p in v]
        elif isinstance(v, (list, tuple)):
            out += [x for x in v]
        elif v is not None:
            out.append(v)
    return [str(x) for x in out]


def subst(obj, old, new):
    if isinstance(obj, str):
        return new if obj == old else obj
    if isinstance(obj, list):
        return [subst(x, old, new) for x in obj]
    if isinstance(obj, tuple):
        return tuple(subst(x, old, new) for x in obj)
    if isinstance(obj, dict):
        return {k: subst(v, old, new) for k, v in obj.items()}
    return obj


class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.anchors = []   # (desc, string)
        self.sames = []     # (desc, string, k, tag)
        self.facts = {}

    def _add(self, kind, desc, tag=None, **args):
        ok, detail = EVAL[kind](**args)
        assert ok, (self.report, desc, detail)
        self.checks.append(dict(kind=kind, desc=desc, args=args, tag=tag, ok=ok, detail=detail))

    def sum(self, desc, parts, total, tag=None):
        self._add('sum', desc, tag, parts=list(parts), total=total)

    def diff(self, desc, a, b, d, tag=None):
        self._add('diff', desc, tag, a=a, b=b, d=d)

    def rate(self, desc, num, den, r, scale='100', tag=None):
        self._add('rate', desc, tag, num=num, den=den, r=r, scale=scale)

    def quot(self, desc, a, b, r, scale='1', tag=None):
        self._add('quot', desc, tag, a=a, b=b, r=r, scale=scale)

    def prod(self, desc, a, b, r, scale='1', tag=None):
        self._add('prod', desc, tag, a=a, b=b, r=r, scale=scale)

    def growth(self, desc, cur, prev, d, r, word, tag=None):
        self._add('growth', desc, tag, cur=cur, prev=prev, d=d, r=r, word=word)

    def pp(self, desc, a, b, p, word, tag=None):
        self._add('pp', desc, tag, a=a, b=b, p=p, word=word)

    def count(self, desc, n, items, tag=None):
        self._add('count', desc, tag, n=n, items=list(items))
        for it in items:
            self.anchor('列举项 ' + it, it)

    def band(self, desc, score, bands, grade, tag=None):
        self._add('band', desc, tag, score=score, bands=bands, grade=grade)

    def dated(self, desc, date, end='2024年12月31日', tag=None):
        self._add('dated', desc, tag, date=date, end=end)
        self.facts['date'] = date

    def le(self, desc, a, b, tag=None):
        self._add('le', desc, tag, a=a, b=b)

    def eq(self, desc, a, b, tag=None):
        self._add('eq', desc, tag, a=a, b=b)

    def max(self, desc, name, value, pairs, tag=None):
        self._add('max', desc, tag, name=name, value=value, pairs=[list(p) for p in pairs])
        self.anchor('最高项 ' + name, name)

    def min(self, desc, name, value, pairs, tag=None):
        self._add('min', desc, tag, name=name, value=value, pairs=[list(p) for p in pairs])
        self.anchor('最低项 ' + name, name)

    def anchor(self, desc, s):
        self.anchors.append((desc, s))

    def same(self, desc, s, k, tag=None):
        self.sames.append((desc, s, k, tag))

    # ------------------------------------------------------------ proving
    @staticmethod
    def tokens(text):
        return set(NUM_RE.findall(text))

    def missing(self, check, toks, toks_nows, nows_text=''):
        miss = []
        for n in _nums_of(check['args']):
            if NUM_RE.fullmatch(n):
                if n not in toks and n not in toks_nows:
                    miss.append(n)
            elif n not in nows_text:   # dates: must be written as such
                miss.append(n)
        return miss

    def prove(self, readback):
        """re-evaluate every check and require its figures and anchors in the read-back"""
        toks = self.tokens(readback)
        nows = re.sub(r'\s+', '', readback)
        toks2 = self.tokens(nows)
        out = []
        for c in self.checks:
            ok, detail = EVAL[c['kind']](**c['args'])
            assert ok, (self.report, c['desc'], detail)
            out.append(dict(desc=c['desc'], ok=True, detail=detail))
            miss = self.missing(c, toks, toks2, nows)
            assert not miss, (self.report, c['desc'], 'not written', miss)
            out.append(dict(desc='read-back: ' + c['desc'], ok=True,
                            detail='written: ' + ', '.join(_nums_of(c['args']))))
        for desc, s in self.anchors:
            assert re.sub(r'\s+', '', s) in nows, (self.report, 'anchor', s)
            out.append(dict(desc='anchor: ' + desc, ok=True, detail=s))
        for desc, s, k, tag in self.sames:
            n = nows.count(s)
            assert n >= k, (self.report, 'same', s, n, k)
            out.append(dict(desc='same: ' + desc, ok=True, detail='{} written {} times (>= {})'.format(s, n, k)))
        return out

    def write(self, readback, path):
        checks = self.prove(readback)
        han = len(re.findall(r'[\u4e00-\u9fff]', readback))
        facts = dict(date=self.facts['date'], docno=self.facts['docno'],
                     utf8_bytes=len(readback.encode('utf-8')), han_chars=han)
        doc = dict(report=self.report, facts=facts, checks=checks,
                   all_checks_ok=all(c['ok'] for c in checks))
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
        return doc

# ----------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('unit', s) ('cap', s)
#         ('table', rows) ('sign', [lines])

def replace_once(blocks, old, new):
    hits = 0
    for b in blocks:
        if b[0] == 'table':
            for row in b[1]:
                for c in row:
                    hits += c.count(old)
        elif b[0] == 'sign':
            hits += sum(x.count(old) for x in b[1])
        else:
            hits += b[1].count(old)
    assert hits == 1, ('replace_once', old, hits)
    out = []
    for b in blocks:
        if b[0] == 'table':
            out.append(('table', [[c.replace(old, new) for c in row] for row in b[1]]))
        elif b[0] == 'sign':
            out.append(('sign', [x.replace(old, new) for x in b[1]]))
        else:
            out.append((b[0], b[1].replace(old, new)))
    return out


def set_cell(blocks, tno, r, c, old, new):
    blocks = copy.deepcopy(blocks)
    k = -1
    for b in blocks:
        if b[0] == 'table':
            k += 1
            if k == tno:
                assert b[1][r][c] == old, ('set_cell', b[1][r][c], old)
                b[1][r][c] = new
                return blocks
    raise AssertionError('no table %d' % tno)

# ----------------------------------------------------------------- renderers

def _isnum(s):
    return bool(re.fullmatch(r'-?[\d,]+(\.\d+)?%?', s))


def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WFA' else 1 for ch in s)


def render_txt_tab(blocks):
    L = []
    for kind, v in blocks:
        if kind == 'title':
            L += [v, '']
        elif kind == 'sub':
            L += [v, '']
        elif kind == 'h':
            L.append(v)
        elif kind == 'p':
            L.append('　　' + v)
        elif kind in ('unit', 'cap'):
            L.append(v)
        elif kind == 'table':
            L += ['\t'.join(r) for r in v]
        elif kind == 'sign':
            L.append('')
            L += v
    return '\n'.join(L) + '\n'


def render_txt_space(blocks):
    L = []
    for kind, v in blocks:
        if kind == 'title':
            L += [v, '']
        elif kind == 'sub':
            L += [v, '']
        elif kind == 'h':
            L.append(v)
        elif kind == 'p':
            L.append('    ' + v)
        elif kind in ('unit', 'cap'):
            L.append(v)
        elif kind == 'table':
            ncol = len(v[0])
            wid = [max(_w(r[i]) for r in v) for i in range(ncol)]
            tot = sum(wid) + 2 * (ncol - 1)
            rule = '-' * tot
            L.append(rule)
            for j, r in enumerate(v):
                cells = []
                for i, c in enumerate(r):
                    pad = ' ' * (wid[i] - _w(c))
                    cells.append(pad + c if (_isnum(c) and i > 0) else c + pad)
                L.append('  '.join(cells).rstrip())
                if j == 0:
                    L.append(rule)
            L.append(rule)
        elif kind == 'sign':
            L.append('')
            L += [' ' * 36 + x for x in v]
    return '\n'.join(L) + '\n'


def render_html(blocks, portal, org):
    e = htmlmod.escape
    H = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>' + e(blocks[0][1]) + '-' + e(portal) + '</title>',
         '<style>body{font-family:SimSun,serif;margin:0}.bar{background:#b8242a;color:#fff;padding:4px 12px}'
         '.nav a{margin:0 8px}.main{width:960px;margin:0 auto}table{border-collapse:collapse}'
         'td,th{border:1px solid #666;padding:2px 6px}td.n{text-align:right}.sign{text-align:right}</style>',
         '</head>', '<body>',
         '<div class="bar">' + e(portal) + '　无障碍浏览　|　长者模式　|　繁體版</div>',
         '<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a>'
         '<a href="#">互动交流</a><a href="#">走进' + e(org) + '</a></div>',
         '<div class="main">',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政资金</div>',
         '<h1>' + e(blocks[0][1]) + '</h1>',
         '<div class="info">发布机构：' + e(org) + '　　字体：[大 中 小]　　打印本页</div>',
         '<div class="content">']
    for kind, v in blocks[1:]:
        if kind == 'sub':
            H.append('<p class="docno">' + e(v) + '</p>')
        elif kind == 'h':
            H.append('<h3>' + e(v) + '</h3>')
        elif kind == 'p':
            H.append('<p>' + e(v) + '</p>')
        elif kind in ('unit', 'cap'):
            H.append('<p class="cap">' + e(v) + '</p>')
        elif kind == 'table':
            H.append('<table>')
            for j, r in enumerate(v):
                tag = 'th' if j == 0 else 'td'
                cells = ''.join('<{t}{c}>{x}</{t}>'.format(t=tag, c=' class="n"' if (j and _isnum(x)) else '', x=e(x)) for x in r)
                H.append('<tr>' + cells + '</tr>')
            H.append('</table>')
        elif kind == 'sign':
            for x in v:
                H.append('<p class="sign">' + e(x) + '</p>')
    H += ['</div>', '</div>',
          '<div class="foot">主办：' + e(portal.replace('门户网站', '')) + '办公室　　承办：' + e(org) +
          '　　网站标识码及备案信息略　　技术支持：县政务数据服务中心</div>',
          '</body>', '</html>']
    return '\n'.join(H) + '\n'


FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def render_docx(blocks, path, author):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for kind, v in blocks:
        if kind == 'title':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == 'sub':
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'h':
            p = d.add_paragraph()
            p.add_run(v).bold = True
        elif kind == 'p':
            p = d.add_paragraph(v)
            p.paragraph_format.first_line_indent = Pt(22)
        elif kind in ('unit', 'cap'):
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == 'cap' else WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'table':
            t = d.add_table(rows=len(v), cols=len(v[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i and j and _isnum(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'sign':
            for x in v:
                p = d.add_paragraph(x)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = blocks[0][1]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))


def render_pdf(blocks, path, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    try:
        pdfmetrics.getFont('STSong-Light')
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    base = dict(fontName='STSong-Light', wordWrap='CJK')
    sT = ParagraphStyle('t', fontSize=15, leading=22, alignment=1, **base)
    sS = ParagraphStyle('s', fontSize=10.5, leading=16, alignment=1, **base)
    sH = ParagraphStyle('h', fontSize=11, leading=17, **base)
    sP = ParagraphStyle('p', fontSize=10.5, leading=16, firstLineIndent=21, **base)
    sC = ParagraphStyle('c', fontSize=10, leading=14, alignment=1, **base)
    sR = ParagraphStyle('r', fontSize=10.5, leading=16, alignment=2, **base)
    sCell = ParagraphStyle('cell', fontSize=9, leading=12, **base)
    sCellR = ParagraphStyle('cellr', fontSize=9, leading=12, alignment=2, **base)
    e = htmlmod.escape
    story = []
    for kind, v in blocks:
        if kind == 'title':
            story += [Paragraph(e(v), sT), Spacer(1, 4)]
        elif kind == 'sub':
            story.append(Paragraph(e(v), sS))
        elif kind == 'h':
            story.append(Paragraph(e(v), sH))
        elif kind == 'p':
            story.append(Paragraph(e(v), sP))
        elif kind == 'unit':
            story.append(Paragraph(e(v), sR))
        elif kind == 'cap':
            story.append(Paragraph(e(v), sC))
        elif kind == 'table':
            data = [[Paragraph(e(c), sCellR if (i and j and _isnum(c)) else sCell) for j, c in enumerate(r)]
                    for i, r in enumerate(v)]
            ncol = len(v[0])
            first = 56 * mm if ncol <= 4 else 46 * mm
            rest = (170 * mm - first) / (ncol - 1)
            t = Table(data, colWidths=[first] + [rest] * (ncol - 1), repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 4)]
        elif kind == 'sign':
            story.append(Spacer(1, 8))
            for x in v:
                story.append(Paragraph(e(x), sR))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=blocks[0][1],
                            author=author, creator='heldout43 generator', invariant=1)
    doc.build(story)

# ----------------------------------------------------------------- readers

class _H2T(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'tr', 'table', 'br', 'li'}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = []
        elif tag in self.BLOCK:
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
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def read_html(path):
    p = _H2T()
    p.feed(open(path, encoding='utf-8').read())
    t = ''.join(p.out)
    t = re.sub(r'[ \t]*\n[\s]*', '\n', t)
    return t.strip() + '\n'


def read_docx(path):
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


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def read_any(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        return read_html(path)
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
    raise ValueError(path)


def render(blocks, meta, path):
    fmt = meta['format']
    if fmt == 'txt-tab':
        open(path, 'w', encoding='utf-8').write(render_txt_tab(blocks))
    elif fmt == 'txt-space':
        open(path, 'w', encoding='utf-8').write(render_txt_space(blocks))
    elif fmt == 'html':
        open(path, 'w', encoding='utf-8').write(render_html(blocks, meta['portal'], meta['org']))
    elif fmt == 'docx':
        render_docx(blocks, path, meta['org'])
    elif fmt == 'pdf':
        render_pdf(blocks, path, meta['org'])
    else:
        raise ValueError(fmt)
    return read_any(path)


def nows(s):
    return re.sub(r'\s+', '', s)
