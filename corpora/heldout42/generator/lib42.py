# -*- coding: utf-8 -*-
"""heldout42 helpers, written from scratch: Decimal arithmetic, a ledger of
relations over numbers *as written*, a small block model and five renderers
(txt/tab, txt/space-aligned, portal html, docx, pdf) with matching readers."""
import datetime
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


# ---------------------------------------------------------------- numbers
def D(s):
    """Decimal from a written number ('1,234.50', '-7.2', 12)."""
    if isinstance(s, Decimal):
        return s
    return Decimal(str(s).replace(',', '').replace('−', '-'))


def q(x, places=2):
    e = Decimal(1).scaleb(-places)
    return D(x).quantize(e, rounding=ROUND_HALF_UP)


def F(x, places=2):
    """Format with thousands separator at a fixed precision."""
    v = q(x, places)
    return '{:,.{p}f}'.format(v, p=places)


def I(n):
    return '{:,}'.format(int(n))


def P(x, places=2):
    """Plain number without separator (percent values)."""
    return '{:.{p}f}'.format(q(x, places), p=places)


def pct(num, den, places=2):
    return q(D(num) / D(den) * 100, places)


def places_of(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


# ---------------------------------------------------------------- ledger
CN_NUM = {'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}


class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.facts = {}

    def _add(self, desc, ok, detail, nums=(), anchors=(), kind='rel', same=None):
        if not ok:
            raise AssertionError('%s: %s | %s' % (self.report, desc, detail))
        self.checks.append(dict(desc=desc, ok=True, detail=detail, nums=[str(n) for n in nums],
                                anchors=list(anchors), kind=kind, same=same))

    # --- arithmetic relations (inputs are strings as written)
    def sum(self, desc, total, *parts):
        s = sum(D(p) for p in parts)
        self._add(desc, s == D(total), '%s = %s vs %s' % (' + '.join(map(str, parts)), s, total),
                  [total] + list(parts))

    def signed(self, desc, total, terms):
        """terms: list of (sign, value)."""
        s = sum((D(v) if sg > 0 else -D(v)) for sg, v in terms)
        txt = ' '.join(('+ ' if sg > 0 else '- ') + str(v) for sg, v in terms)
        self._add(desc, s == D(total), '%s = %s vs %s' % (txt, s, total), [total] + [v for _, v in terms])

    def diff(self, desc, a, b, result):
        r = D(a) - D(b)
        self._add(desc, r == D(result), '%s - %s = %s vs %s' % (a, b, r, result), [a, b, result])

    def rate(self, desc, num, den, p, places=None):
        places = places_of(p) if places is None else places
        r = q(D(num) / D(den) * 100, places)
        self._add(desc, r == D(p), '%s / %s = %s%% vs %s%%' % (num, den, r, p), [num, den, p])

    def quot(self, desc, num, den, result, scale=1, places=None, const_den=False, const_scale=True):
        places = places_of(result) if places is None else places
        r = q(D(num) * D(scale) / D(den), places)
        nums = [num, result] + ([] if const_den else [den])
        self._add(desc, r == D(result), '%s x %s / %s = %s vs %s' % (num, scale, den, r, result), nums)

    def prod(self, desc, a, b, result, scale=1, const_b=False):
        exact = D(a) * D(b) / D(scale)
        ok = exact == D(result)
        self._add(desc, ok, '%s x %s / %s = %s (exact) vs %s' % (a, b, scale, exact, result),
                  [a, result] + ([] if const_b else [b]))

    def growth(self, desc, new, old, amt, p, word):
        n, o = D(new), D(old)
        a = abs(n - o)
        r = q(a / o * 100, places_of(p))
        up = ('增' in word or '提高' in word or '上升' in word or '多' in word)
        down = ('减' in word or '下降' in word or '降' in word or '少' in word)
        okdir = (n > o and up and not down) or (n < o and down and not up)
        ok = okdir and a == D(amt) and r == D(p)
        self._add(desc, ok, '%s vs %s: |diff| %s (%s), rate %s%% (%s%%), word %s' % (new, old, a, amt, r, p, word),
                  [new, old, amt, p])

    def growth_rate(self, desc, new, old, p, word):
        n, o = D(new), D(old)
        r = q(abs(n - o) / o * 100, places_of(p))
        up = ('增' in word or '提高' in word or '上升' in word)
        down = ('减' in word or '下降' in word or '降' in word)
        okdir = (n > o and up) or (n < o and down)
        self._add(desc, okdir and r == D(p), '%s vs %s: rate %s%% (%s%%) word %s' % (new, old, r, p, word),
                  [new, old, p])

    def signed_growth(self, desc, new, old, amt, p):
        """table form: amt and p written with sign."""
        n, o = D(new), D(old)
        ok = (n - o) == D(amt) and q((n - o) / o * 100, places_of(p)) == D(p)
        self._add(desc, ok, '%s - %s = %s (%s); rate %s' % (new, old, n - o, amt, p), [new, old, amt, p])

    def pp(self, desc, a, b, d, word):
        r = D(a) - D(b)
        okdir = (r > 0 and ('提高' in word or '上升' in word or '增加' in word)) or \
                (r < 0 and ('下降' in word or '降低' in word or '减少' in word))
        self._add(desc, okdir and abs(r) == D(d), '%s - %s = %s (%s %s)' % (a, b, r, word, d), [a, b, d])

    def mean(self, desc, avg, items, places=None):
        places = places_of(avg) if places is None else places
        r = q(sum(D(x) for x in items) / len(items), places)
        self._add(desc, r == D(avg), 'mean(%s) = %s vs %s' % (', '.join(items), r, avg), [avg] + list(items))

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), '%s <= %s' % (a, b), [a, b])

    def eq(self, desc, a, b):
        self._add(desc, D(a) == D(b), '%s == %s' % (a, b), [a, b])

    def band(self, desc, score, grade, bands):
        """bands: list of (lower bound inclusive, grade) in descending order."""
        g = None
        for lo, name in bands:
            if D(score) >= D(lo):
                g = name
                break
        self._add(desc, g == grade, '%s -> %s vs %s' % (score, g, grade), [score], anchors=[grade])

    def dated(self, desc, date_text, period_end=(2024, 12, 31)):
        m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', date_text)
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        self._add(desc, d > datetime.date(*period_end), '%s > %04d-%02d-%02d' % (d, *period_end),
                  anchors=[date_text], kind='date')
        self.facts['date'] = date_text

    def count(self, desc, n_text, items):
        n = CN_NUM.get(n_text, None)
        if n is None:
            n = int(n_text)
        self._add(desc, n == len(items), '%s vs %d listed (%s)' % (n_text, len(items), '、'.join(items)),
                  anchors=list(items), kind='count')

    def anchor(self, desc, s):
        self._add(desc, True, s, anchors=[s], kind='anchor')

    def same(self, desc, s, k):
        self._add(desc, True, '%s written >= %d times' % (s, k), kind='same', same=[s, k])

    # --- read-back proof
    def prove(self, text):
        flat = re.sub(r'\s+', '', text)
        extra = []
        for c in list(self.checks):
            for n in c['nums']:
                if not (standalone(n, text) or standalone(n, flat)):
                    raise AssertionError('%s: number %s of "%s" not in read-back' % (self.report, n, c['desc']))
            for a in c['anchors']:
                if a not in text and re.sub(r'\s+', '', a) not in flat:
                    raise AssertionError('%s: anchor %s of "%s" not in read-back' % (self.report, a, c['desc']))
            if c['same']:
                s, k = c['same']
                if re.match(r'^[\d,.\-]+$', s):
                    cnt = max(len(re.findall(num_re(s), text)), len(re.findall(num_re(s), flat)))
                else:
                    cnt = flat.count(s)
                if cnt < k:
                    raise AssertionError('%s: %s written %d < %d times' % (self.report, s, cnt, k))
        # number-presence checks, one per distinct number
        seen = []
        for c in self.checks:
            for n in c['nums']:
                if n not in seen:
                    seen.append(n)
        for n in seen:
            extra.append(dict(desc='read-back: %s' % n, ok=True, detail='standalone in rendered text'))
        anchors = []
        for c in self.checks:
            for a in c['anchors']:
                if a not in anchors:
                    anchors.append(a)
        for a in anchors:
            extra.append(dict(desc='anchor: %s' % a, ok=True, detail='present in rendered text'))
        self.proof = extra
        return True

    def dump(self, path, fname, text):
        han = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
        facts = dict(date=self.facts.get('date'), docno=self.facts.get('docno'),
                     utf8_bytes=len(text.encode('utf-8')), han_chars=han)
        checks = [dict(desc=('same: ' if c['kind'] == 'same' else '') + c['desc'], ok=c['ok'], detail=c['detail'])
                  for c in self.checks] + self.proof
        obj = {'report': fname, 'facts': facts, 'checks': checks, 'all_checks_ok': all(c['ok'] for c in checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write('\n')
        return facts, len(checks)


def num_re(n):
    return r'(?<![\d.,])' + re.escape(str(n)) + r'(?![\d]|[.,]\d)'


def standalone(n, text):
    return re.search(num_re(n), text) is not None


# ---------------------------------------------------------------- block model
# blocks: ('title', s) ('sub', s) ('h', s) ('p', s) ('unit', s) ('cap', s)
#         ('table', {'rows': [[...], ...], 'head': 1}) ('sign', [lines])
def replace_once(blocks, old, new):
    hits = []
    for i, b in enumerate(blocks):
        if b[0] == 'table':
            for r, row in enumerate(b[1]['rows']):
                for c, cell in enumerate(row):
                    hits += [(i, r, c)] * cell.count(old)
        elif b[0] == 'sign':
            for j, line in enumerate(b[1]):
                hits += [(i, j, None)] * line.count(old)
        else:
            hits += [(i, None, None)] * b[1].count(old)
    assert len(hits) == 1, 'replace_once: %r occurs %d times' % (old, len(hits))
    i, r, c = hits[0]
    b = blocks[i]
    out = list(blocks)
    if b[0] == 'table':
        rows = [list(x) for x in b[1]['rows']]
        rows[r][c] = rows[r][c].replace(old, new)
        out[i] = ('table', dict(b[1], rows=rows))
    elif b[0] == 'sign':
        lines = list(b[1])
        lines[r] = lines[r].replace(old, new)
        out[i] = ('sign', lines)
    else:
        out[i] = (b[0], b[1].replace(old, new))
    return out


def set_cell(blocks, tindex, r, c, old, new):
    out = list(blocks)
    k = -1
    for i, b in enumerate(blocks):
        if b[0] == 'table':
            k += 1
            if k == tindex:
                rows = [list(x) for x in b[1]['rows']]
                assert rows[r][c] == old, 'set_cell: %r != %r' % (rows[r][c], old)
                rows[r][c] = new
                out[i] = ('table', dict(b[1], rows=rows))
                return out
    raise AssertionError('no table %d' % tindex)


# ---------------------------------------------------------------- renderers
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def isnum(s):
    return re.match(r'^[-−]?[\d,]+(\.\d+)?%?$', s.strip()) is not None


def render_txt(blocks, mode='tab'):
    out = []
    for kind, val in blocks:
        if kind == 'title':
            out.append(val)
        elif kind == 'sub':
            out.append(val)
        elif kind == 'h':
            out.append(val)
        elif kind == 'p':
            out.append('　　' + val)
        elif kind in ('unit', 'cap'):
            out.append(val)
        elif kind == 'sign':
            out.extend(val)
        elif kind == 'table':
            rows = val['rows']
            if mode == 'tab':
                for row in rows:
                    out.append('\t'.join(row))
            else:
                ncol = len(rows[0])
                w = [max(dwidth(r[c]) for r in rows) for c in range(ncol)]
                total = sum(w) + 2 * (ncol - 1)
                out.append('-' * total)
                for k, row in enumerate(rows):
                    cells = []
                    for c, cell in enumerate(row):
                        pad = ' ' * (w[c] - dwidth(cell))
                        if c > 0 and (isnum(cell) or k < val.get('head', 1)):
                            cells.append(pad + cell)
                        else:
                            cells.append(cell + pad)
                    out.append('  '.join(cells).rstrip())
                    if k == val.get('head', 1) - 1:
                        out.append('-' * total)
                out.append('-' * total)
        if kind in ('title',):
            out.append('')
    return '\n'.join(out) + '\n'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def render_html(blocks, site, crumbs, publisher, host):
    title = [v for k, v in blocks if k == 'title'][0]
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (esc(title), esc(site)),
         '<style>body{font-family:"SimSun",serif;margin:0}.top{background:#b71c1c;color:#fff;padding:8px 24px}'
         '.nav a{color:#fff;margin-right:18px;text-decoration:none}.crumb{padding:6px 24px;font-size:13px;color:#555}'
         '.art{width:960px;margin:0 auto}.art h1{text-align:center;font-size:22px}.meta{text-align:center;color:#777;'
         'font-size:13px}.art p{text-indent:2em;line-height:1.9}table{border-collapse:collapse;margin:8px auto}'
         'td,th{border:1px solid #666;padding:3px 8px;font-size:14px}.r{text-align:right}.foot{background:#eee;'
         'padding:12px 24px;font-size:12px;color:#666;text-align:center}</style>', '</head>', '<body>',
         '<div class="top"><div class="site">%s</div>' % esc(site),
         '<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政策文件</a>'
         '<a href="#">办事服务</a><a href="#">互动交流</a></div></div>',
         '<div class="crumb">当前位置：%s</div>' % ' &gt; '.join(esc(c) for c in crumbs),
         '<div class="art">']
    for kind, val in blocks:
        if kind == 'title':
            h.append('<h1>%s</h1>' % esc(val))
            h.append('<div class="meta">发布机构：%s　【字体：大 中 小】　打印本页</div>' % esc(publisher))
        elif kind == 'sub':
            h.append('<p style="text-align:center;text-indent:0">%s</p>' % esc(val))
        elif kind == 'h':
            h.append('<h3>%s</h3>' % esc(val))
        elif kind == 'p':
            h.append('<p>%s</p>' % esc(val))
        elif kind in ('unit', 'cap'):
            h.append('<div class="%s" style="text-align:%s">%s</div>' % (kind, 'right' if kind == 'unit' else 'center', esc(val)))
        elif kind == 'sign':
            for line in val:
                h.append('<p style="text-align:right">%s</p>' % esc(line))
        elif kind == 'table':
            h.append('<table>')
            for k, row in enumerate(val['rows']):
                tag = 'th' if k < val.get('head', 1) else 'td'
                h.append('<tr>' + ''.join('<%s%s>%s</%s>' % (tag, ' class="r"' if (tag == 'td' and isnum(c)) else '',
                                                               esc(c), tag) for c in row) + '</tr>')
            h.append('</table>')
    h += ['</div>', '<div class="foot">主办单位：%s　　技术支持：县政务服务数据管理中心<br>'
                    '版权所有　　建议使用宽屏浏览本站</div>' % esc(host), '</body>', '</html>']
    return '\n'.join(h) + '\n'


FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def render_docx(blocks, path, author):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    for kind, val in blocks:
        if kind == 'title':
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'sub':
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'h':
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == 'p':
            p = d.add_paragraph(val)
            p.paragraph_format.first_line_indent = Pt(22)
        elif kind == 'unit':
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'cap':
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'sign':
            for line in val:
                p = d.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'table':
            rows = val['rows']
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i < val.get('head', 1):
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                    elif isnum(cell):
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = [v for k, v in blocks if k == 'title'][0]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_pdf(blocks, path, author):
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
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=10.5, leading=17, wordWrap='CJK',
                          firstLineIndent=21)
    title = ParagraphStyle('t', parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    center = ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    head = ParagraphStyle('h', parent=base, firstLineIndent=0, fontSize=11)
    cell = ParagraphStyle('cell', parent=base, fontSize=9.5, leading=13, firstLineIndent=0)
    celr = ParagraphStyle('celr', parent=cell, alignment=TA_RIGHT)
    story = []
    for kind, val in blocks:
        if kind == 'title':
            story += [Paragraph(esc(val), title), Spacer(1, 4)]
        elif kind == 'sub':
            story.append(Paragraph(esc(val), center))
        elif kind == 'h':
            story.append(Paragraph(esc(val), head))
        elif kind == 'p':
            story.append(Paragraph(esc(val), base))
        elif kind == 'unit':
            story.append(Paragraph(esc(val), right))
        elif kind == 'cap':
            story.append(Paragraph(esc(val), center))
        elif kind == 'sign':
            story.append(Spacer(1, 8))
            for line in val:
                story.append(Paragraph(esc(line), right))
        elif kind == 'table':
            rows = val['rows']
            data = [[Paragraph(esc(c), celr if (i >= val.get('head', 1) and isnum(c)) else cell)
                     for c in row] for i, row in enumerate(rows)]
            ws = val.get('widths')
            t = Table(data, colWidths=[w * mm for w in ws] if ws else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 4)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=[v for k, v in blocks if k == 'title'][0], author=author,
                            creator='heldout42', producer='heldout42', subject='', keywords='', invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- readers
def read_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.lines, self.cur, self.skip, self.row = [], [], 0, None

        def handle_starttag(self, tag, a):
            if tag in ('style', 'script', 'title'):
                self.skip += 1
            elif tag == 'tr':
                self.flush()
                self.row = []
            elif tag in ('td', 'th'):
                self.cur = []
            elif tag in ('p', 'div', 'h1', 'h3', 'br'):
                self.flush()

        def handle_endtag(self, tag):
            if tag in ('style', 'script', 'title'):
                self.skip -= 1
            elif tag in ('td', 'th') and self.row is not None:
                self.row.append(''.join(self.cur).strip())
                self.cur = []
            elif tag == 'tr':
                self.lines.append('|' + '|'.join(self.row))
                self.row = None
            elif tag in ('p', 'div', 'h1', 'h3'):
                self.flush()

        def handle_data(self, data):
            if not self.skip:
                self.cur.append(data)

        def flush(self):
            if self.row is None:
                s = ''.join(self.cur).strip()
                if s:
                    self.lines.append(s)
                self.cur = []

    p = P()
    p.feed(open(path, encoding='utf-8').read())
    p.flush()
    return '\n'.join(p.lines) + '\n'


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    lines = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            s = Paragraph(el, d).text
            if s.strip():
                lines.append(s)
        elif tag == 'tbl':
            for row in Table(el, d).rows:
                lines.append('|' + '|'.join(c.text for c in row.cells))
    return '\n'.join(lines) + '\n'


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def read_back(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        return read_html(path)
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
    raise ValueError(path)


def render(meta, blocks, path):
    fmt = meta['fmt']
    if fmt in ('txt-tab', 'txt-space'):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(render_txt(blocks, 'tab' if fmt == 'txt-tab' else 'space'))
    elif fmt == 'html':
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(render_html(blocks, meta['site'], meta['crumbs'], meta['author'], meta['host']))
    elif fmt == 'docx':
        render_docx(blocks, path, meta['author'])
    elif fmt == 'pdf':
        render_pdf(blocks, path, meta['author'])
    else:
        raise ValueError(fmt)


def han(text):
    return sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
