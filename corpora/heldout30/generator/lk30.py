"""lk30 — helpers for the heldout30 corpus (written from scratch for this set).

Decimal helpers, a Ledger of relations between numbers *as written*, a small block model, four renderers
(txt / html / docx / pdf), four readers and a `run` that renders, reads back and proves the ledger against the
rendered text.
"""
import datetime
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

# ----------------------------------------------------------------------------------------------- numbers

FW = str.maketrans('０１２３４５６７８９．－＋％', '0123456789.-+%')


def hw(s):
    return s.translate(FW)


def fw(s):
    return s.translate(str.maketrans('0123456789.,-+%', '０１２３４５６７８９．，－＋％'))


def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    s = hw(str(x)).replace(',', '').replace('，', '').replace('+', '').strip()
    return Decimal(s)


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2, sep=True, sign=False):
    """format a Decimal with n decimals, ROUND_HALF_UP, optional thousands separator and explicit sign"""
    v = q(x, n)
    s = f"{abs(v):,.{n}f}" if sep else f"{abs(v):.{n}f}"
    if v < 0:
        s = '-' + s
    elif sign and v > 0:
        s = '+' + s
    return s


def decs(s):
    s = hw(str(s)).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


CN_DIG = '〇一二三四五六七八九'


def cn_date(y, m, d):
    def num(k):
        if k < 10:
            return CN_DIG[k]
        if k < 20:
            return '十' + (CN_DIG[k % 10] if k % 10 else '')
        return CN_DIG[k // 10] + '十' + (CN_DIG[k % 10] if k % 10 else '')
    return ''.join(CN_DIG[int(c)] for c in str(y)) + '年' + num(m) + '月' + num(d) + '日'


# ----------------------------------------------------------------------------------------------- ledger

class CheckFailed(Exception):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.nums = []      # number strings that must be visible
        self.anchors = []   # literal strings that must be visible

    # --- internals
    def _rec(self, desc, ok, detail, nums):
        self.checks.append({'desc': desc, 'ok': bool(ok), 'detail': detail})
        for n in nums:
            if isinstance(n, str):
                self.nums.append(n)
        if not ok:
            raise CheckFailed(f'{self.report}: {desc}: {detail}')

    def fact(self, k, v):
        self.facts[k] = v

    def anchor(self, *s):
        self.anchors.extend(s)

    # --- relations (all stated numbers are strings as written)
    def sum(self, desc, total, parts, visible_total=True):
        t = D(total)
        s = sum(D(p) for p in parts)
        detail = f"{total} =? " + ' + '.join(parts) + f" (= {s})"
        self._rec(desc, s == t, detail + ('' if visible_total else ' [total implicit]'),
                  (parts + [total]) if visible_total else parts)

    def signed_sum(self, desc, total, terms):
        """terms: list of (sign, str)"""
        s = sum((D(v) if sg == '+' else -D(v)) for sg, v in terms)
        detail = f"{total} =? " + ' '.join(f'{sg} {v}' for sg, v in terms) + f" (= {s})"
        self._rec(desc, s == D(total), detail, [total] + [v for _, v in terms])

    def diff(self, desc, res, a, b):
        r = D(a) - D(b)
        self._rec(desc, r == D(res), f"{res} =? {a} - {b} (= {r})", [res, a, b])

    def rate(self, desc, res, num, den, scale=100):
        n = decs(res)
        r = D(num) / D(den) * scale
        self._rec(desc, q(r, n) == D(res), f"{res} =? {num} / {den} x {scale} (= {r:.6f})", [res, num, den])

    def growth(self, desc, res, cur, prev, word=None):
        """res unsigned as written; word 增长/下降 (or 增加/减少) must match the sign"""
        n = decs(res)
        g = (D(cur) - D(prev)) / D(prev) * 100
        ok = q(abs(g), n) == D(res)
        if word is not None:
            ok = ok and ((g > 0) == (word in ('增长', '增加', '上升', '提高')))
        self._rec(desc, ok, f"{word or ''} {res} =? ({cur} - {prev}) / {prev} (= {g:.4f}%)", [res, cur, prev])

    def change(self, desc, res, cur, prev, word):
        """absolute change written unsigned with 增加/减少"""
        d = D(cur) - D(prev)
        ok = abs(d) == D(res) and ((d > 0) == (word in ('增加', '增长', '上升', '提高')))
        self._rec(desc, ok, f"{word} {res} =? {cur} - {prev} (= {d})", [res, cur, prev])

    def pp(self, desc, res, cur, prev, word):
        d = D(cur) - D(prev)
        ok = abs(d) == D(res) and ((d > 0) == (word in ('上升', '提高', '增加')))
        self._rec(desc, ok, f"{word} {res} 个百分点 =? {cur} - {prev} (= {d})", [res, cur, prev])

    def prod(self, desc, res, factors, div=1, n=None):
        n = decs(res) if n is None else n
        p = Decimal(1)
        for f in factors:
            p *= D(f)
        p = p / D(div)
        self._rec(desc, q(p, n) == D(res),
                  f"{res} =? " + ' x '.join(factors) + (f" / {div}" if div != 1 else '') + f" (= {p})",
                  [res] + list(factors))

    def quot(self, desc, res, a, b, mul=1):
        n = decs(res)
        r = D(a) / D(b) * D(mul)
        self._rec(desc, q(r, n) == D(res), f"{res} =? {a} / {b}" + (f" x {mul}" if mul != 1 else '') +
                  f" (= {r:.6f})", [res, a, b])

    def conv(self, desc, res, src, factor):
        """res = src / factor (e.g. 元 -> 万元 factor 10000), rounded at res's precision"""
        n = decs(res)
        r = D(src) / D(factor)
        self._rec(desc, q(r, n) == D(res), f"{res} =? {src} / {factor} (= {r})", [res, src])

    def same(self, desc, a, b):
        self._rec(desc, D(a) == D(b), f"{a} == {b}", [a, b])

    def le(self, desc, a, b):
        self._rec(desc, D(a) <= D(b), f"{a} <= {b}", [a, b])

    def count(self, desc, n, items):
        self._rec(desc, int(D(n)) == len(items), f"{n} =? count({'、'.join(items)}) (= {len(items)})", [n])

    def dated(self, desc, written, ymd, period_end=(2024, 12, 31)):
        self._rec(desc, tuple(ymd) > tuple(period_end), f"{written} {tuple(ymd)} > period end {period_end}", [])
        self.anchors.append(written)

    def check(self, desc, ok, detail, nums=()):
        self._rec(desc, ok, detail, list(nums))

    # --- prove against rendered text
    def prove(self, text):
        t0 = hw(text)
        t1 = re.sub(r'[ \t\u3000]+', ' ', t0)
        t2 = re.sub(r'\s+', '', t0)
        missing = []
        for n in self.nums:
            nn = hw(n).lstrip('+')
            pat = r'(?<![\d.,])' + re.escape(nn) + r'(?![\d]|[.,]\d)'
            if not any(re.search(pat, t) for t in (t0, t1, t2)):
                missing.append(n)
        miss_a = [a for a in self.anchors if a not in text and hw(a) not in t0 and
                  re.sub(r'\s+', '', hw(a)) not in t2]
        ok = not missing and not miss_a
        self._rec('prove: every number of every relation and every anchor is visible in the rendered file', ok,
                  f"{len(set(self.nums))} numbers, {len(self.anchors)} anchors found" if ok else
                  f"missing numbers {missing} anchors {miss_a}", [])

    def dump(self, path):
        d = {'report': self.report, 'facts': self.facts, 'checks': self.checks,
             'all_checks_ok': all(c['ok'] for c in self.checks)}
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ----------------------------------------------------------------------------------------------- blocks
# ('TITLE', s) ('SUB', s) ('DOCNO', s) ('P', s) ('PLAIN', s) ('H1', s) ('H2', s) ('RIGHT', s) ('NOTE', s)
# ('BLANK',) ('TABLE', caption, header(list of rows), body(list of rows), unit_note)


def T(caption, header, body, unit=None):
    return ['TABLE', caption, [list(r) for r in header], [list(r) for r in body], unit]


def replace_once(blocks, old, new):
    hits = []
    for i, b in enumerate(blocks):
        if b[0] == 'TABLE':
            for part in (2, 3):
                for r, row in enumerate(b[part]):
                    for c, cell in enumerate(row):
                        if old in cell:
                            hits.append(('cell', i, part, r, c, cell.count(old)))
            if b[1] and old in b[1]:
                hits.append(('cap', i, b[1].count(old)))
        else:
            if len(b) > 1 and old in b[1]:
                hits.append(('txt', i, b[1].count(old)))
    total = sum(h[-1] for h in hits)
    if total != 1:
        raise ValueError(f'replace_once: {old!r} occurs {total} times')
    h = hits[0]
    out = [list(b) if b[0] != 'TABLE' else ['TABLE', b[1], [list(r) for r in b[2]], [list(r) for r in b[3]], b[4]]
           for b in blocks]
    if h[0] == 'cell':
        _, i, part, r, c, _ = h
        out[i][part][r][c] = out[i][part][r][c].replace(old, new)
    elif h[0] == 'cap':
        out[h[1]][1] = out[h[1]][1].replace(old, new)
    else:
        out[h[1]][1] = out[h[1]][1].replace(old, new)
    return out


def set_cell(blocks, caption_prefix, row_label, col, old, new):
    out = [list(b) if b[0] != 'TABLE' else ['TABLE', b[1], [list(r) for r in b[2]], [list(r) for r in b[3]], b[4]]
           for b in blocks]
    for b in out:
        if b[0] == 'TABLE' and b[1].startswith(caption_prefix):
            rows = [r for r in b[3] if r[0] == row_label or (len(r) > 1 and r[1] == row_label)]
            assert len(rows) == 1, (caption_prefix, row_label, len(rows))
            assert rows[0][col] == old, (rows[0][col], old)
            rows[0][col] = new
            return out
    raise ValueError('table not found')


# ----------------------------------------------------------------------------------------------- renderers

def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def _pad(s, w, right):
    p = ' ' * (w - _w(s))
    return p + s if right else s + p


def _isnum(s):
    return bool(re.fullmatch(r'[+\-－＋]?[\d０-９][\d０-９,，.．]*%?', s.strip())) or s.strip() in ('—', '-')


def render_txt(blocks, path, width=76):
    L = []
    for b in blocks:
        k = b[0]
        if k == 'TITLE':
            L.append(' ' * max(0, (width - _w(b[1])) // 2) + b[1])
        elif k in ('SUB', 'DOCNO'):
            L.append(' ' * max(0, (width - _w(b[1])) // 2) + b[1])
        elif k == 'P':
            L.append('\u3000\u3000' + b[1])
        elif k in ('PLAIN', 'H1', 'H2', 'NOTE'):
            L.append(('\u3000\u3000' if k in ('H1', 'H2') else '') + b[1])
        elif k == 'RIGHT':
            L.append(' ' * max(0, width - _w(b[1])) + b[1])
        elif k == 'BLANK':
            L.append('')
        elif k == 'TABLE':
            _, cap, head, body, unit = b
            L.append('')
            L.append(' ' * max(0, (width - _w(cap)) // 2) + cap)
            if unit:
                L.append(' ' * max(0, width - _w(unit)) + unit)
            rows = head + body
            ncol = max(len(r) for r in rows)
            ws = [max(_w(r[c]) if c < len(r) else 0 for r in rows) for c in range(ncol)]
            tw = sum(ws) + 2 * (ncol - 1)
            L.append('-' * tw)
            for i, r in enumerate(rows):
                cells = [_pad(r[c] if c < len(r) else '', ws[c], i >= len(head) and c > 0 and _isnum(r[c]))
                         for c in range(ncol)]
                L.append('  '.join(cells).rstrip())
                if i == len(head) - 1:
                    L.append('-' * tw)
            L.append('-' * tw)
            L.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L).rstrip() + '\n')


def render_html(blocks, path, chrome):
    """chrome: dict(site, nav(list), crumbs(list), source, pubdate, views, footer)"""
    e = htmlmod.escape
    H = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f"<title>{e(blocks[0][1])}_{e(chrome['site'])}</title>",
         '<style>body{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#f4f4f4}'
         '.wrap{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}'
         'h1{font-size:22px;text-align:center;color:#b00}.info{text-align:center;color:#666;font-size:13px;'
         'border-bottom:1px solid #ddd;padding-bottom:8px}p{text-indent:2em;line-height:1.9;font-size:16px}'
         'table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #333;padding:3px 8px;font-size:14px}'
         'td.n{text-align:right}.cap{text-align:center;font-weight:bold;text-indent:0}'
         '.unit{text-align:right;text-indent:0;font-size:13px}.right{text-align:right}'
         '.top{background:#b00;color:#fff;padding:10px 40px;font-size:24px}.nav a{margin-right:18px}'
         '.foot{text-align:center;color:#888;font-size:12px;padding:20px}</style>', '</head>', '<body>',
         f"<div class=\"top\">{e(chrome['site'])}</div>",
         '<div class="nav">' + ''.join(f'<a href="#">{e(n)}</a>' for n in chrome['nav']) + '</div>',
         '<div class="wrap">',
         '<div class="crumb">当前位置：' + ' &gt; '.join(f'<a href="#">{e(c)}</a>' for c in chrome['crumbs']) +
         '</div>']
    first = True
    for b in blocks:
        k = b[0]
        if k == 'TITLE':
            H.append(f'<h1>{e(b[1])}</h1>')
            if first:
                H.append(f"<div class=\"info\">信息来源：{e(chrome['source'])}　发布时间：{e(chrome['pubdate'])}"
                         f"　浏览次数：{e(chrome['views'])}　【字体：大 中 小】</div>")
                first = False
        elif k in ('SUB', 'DOCNO'):
            H.append(f'<p style="text-align:center;text-indent:0">{e(b[1])}</p>')
        elif k in ('P',):
            H.append(f'<p>{e(b[1])}</p>')
        elif k in ('H1', 'H2'):
            H.append(f'<p><strong>{e(b[1])}</strong></p>')
        elif k in ('PLAIN', 'NOTE'):
            H.append(f'<p style="text-indent:0">{e(b[1])}</p>')
        elif k == 'RIGHT':
            H.append(f'<p class="right">{e(b[1])}</p>')
        elif k == 'BLANK':
            H.append('<p>&nbsp;</p>')
        elif k == 'TABLE':
            _, cap, head, body, unit = b
            H.append(f'<p class="cap">{e(cap)}</p>')
            if unit:
                H.append(f'<p class="unit">{e(unit)}</p>')
            H.append('<table>')
            for r in head:
                H.append('<tr>' + ''.join(f'<th>{e(c)}</th>' for c in r) + '</tr>')
            for r in body:
                H.append('<tr>' + ''.join(f'<td class="n">{e(c)}</td>' if _isnum(c) else f'<td>{e(c)}</td>'
                                          for c in r) + '</tr>')
            H.append('</table>')
    H += ['<div class="share">分享到：微信 微博 QQ空间　【打印本页】【关闭窗口】</div>', '</div>',
          f"<div class=\"foot\">{e(chrome['footer'])}</div>", '</body>', '</html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(H) + '\n')


FIXED_DT = (2025, 1, 1, 0, 0, 0)


def _rezip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first as Word expects
        items.sort(key=lambda x: (x[0] != '[Content_Types].xml', x[0]))
        for n, data in items:
            zi = zipfile.ZipInfo(n, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(blocks, path, author='办公室'):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = '仿宋_GB2312'
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.revision = 1
    for b in blocks:
        k = b[0]
        if k == 'TITLE':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
        elif k in ('SUB', 'DOCNO'):
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'P':
            p = d.add_paragraph(b[1])
            p.paragraph_format.first_line_indent = Pt(24)
        elif k in ('H1', 'H2'):
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            r = p.add_run(b[1])
            r.bold = True
        elif k in ('PLAIN', 'NOTE'):
            d.add_paragraph(b[1])
        elif k == 'RIGHT':
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'BLANK':
            d.add_paragraph('')
        elif k == 'TABLE':
            _, cap, head, body, unit = b
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(cap).bold = True
            if unit:
                p = d.add_paragraph(unit)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = head + body
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for c in range(ncol):
                    cell = t.cell(i, c)
                    cell.text = r[c] if c < len(r) else ''
                    par = cell.paragraphs[0]
                    if i < len(head):
                        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for run in par.runs:
                            run.bold = True
                    elif c > 0 and _isnum(cell.text):
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)
    _rezip(path)


_FONT_OK = False


def _font():
    global _FONT_OK
    if not _FONT_OK:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        _FONT_OK = True


def render_pdf(blocks, path, title='', col_widths=None):
    _font()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether
    base = ParagraphStyle('b', fontName='STSong-Light', fontSize=11, leading=19, wordWrap='CJK',
                          firstLineIndent=22)
    st = {
        'TITLE': ParagraphStyle('t', parent=base, fontSize=17, leading=26, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=6),
        'SUB': ParagraphStyle('s', parent=base, alignment=TA_CENTER, firstLineIndent=0),
        'P': base,
        'H1': ParagraphStyle('h', parent=base, fontSize=12, spaceBefore=4),
        'PLAIN': ParagraphStyle('pl', parent=base, firstLineIndent=0),
        'RIGHT': ParagraphStyle('r', parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        'CAP': ParagraphStyle('c', parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=6),
        'UNIT': ParagraphStyle('u', parent=base, alignment=TA_RIGHT, firstLineIndent=0, fontSize=9.5, leading=13),
        'CELL': ParagraphStyle('cl', parent=base, fontSize=9, leading=12, firstLineIndent=0, alignment=TA_LEFT),
        'CELLR': ParagraphStyle('cr', parent=base, fontSize=9, leading=12, firstLineIndent=0, alignment=TA_RIGHT),
        'CELLH': ParagraphStyle('ch', parent=base, fontSize=9, leading=12, firstLineIndent=0, alignment=TA_CENTER),
    }
    st['DOCNO'] = st['SUB']
    st['H2'] = st['H1']
    st['NOTE'] = st['PLAIN']
    e = htmlmod.escape
    story = []
    avail = A4[0] - 40 * mm
    for b in blocks:
        k = b[0]
        if k == 'BLANK':
            story.append(Spacer(1, 8))
        elif k != 'TABLE':
            story.append(Paragraph(e(b[1]), st[k]))
        else:
            _, cap, head, body, unit = b
            parts = [Paragraph(e(cap), st['CAP'])]
            if unit:
                parts.append(Paragraph(e(unit), st['UNIT']))
            rows = head + body
            ncol = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(e(r[c] if c < len(r) else '').replace('\n', '<br/>'),
                                       st['CELLH'] if i < len(head) else
                                       st['CELLR'] if (i >= len(head) and c > 0 and _isnum(r[c] if c < len(r) else ''))
                                       else st['CELL']) for c in range(ncol)])
            cw = (col_widths or {}).get(cap)
            if cw:
                cw = [avail * x for x in cw]
            else:
                wts = [2.2] + [1] * (ncol - 1)
                cw = [avail * w / sum(wts) for w in wts]
            t = Table(data, colWidths=cw, repeatRows=len(head))
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('BACKGROUND', (0, 0), (-1, len(head) - 1), colors.HexColor('#eeeeee'))]))
            parts.append(t)
            story.append(KeepTogether(parts))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author='', invariant=1)
    doc.build(story)


# ----------------------------------------------------------------------------------------------- readers

def read_txt(path):
    return open(path, encoding='utf-8').read()


def read_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.cur, self.row, self.cell, self.skip = [], [], None, None, 0

        def handle_starttag(self, tag, a):
            if tag in ('style', 'script', 'title'):
                self.skip += 1
            elif tag == 'tr':
                self.flush()
                self.row = []
            elif tag in ('td', 'th'):
                self.cell = []
            elif tag in ('p', 'div', 'h1', 'br', 'table'):
                self.flush()

        def handle_endtag(self, tag):
            if tag in ('style', 'script', 'title'):
                self.skip -= 1
            elif tag in ('td', 'th'):
                self.row.append(''.join(self.cell).strip())
                self.cell = None
            elif tag == 'tr':
                self.out.append('|' + '|'.join(self.row))
                self.row = None
            elif tag in ('p', 'div', 'h1'):
                self.flush()

        def handle_data(self, d):
            if self.skip:
                return
            if self.cell is not None:
                self.cell.append(d)
            elif self.row is None:
                self.cur.append(d)

        def flush(self):
            s = ''.join(self.cur).strip()
            if s:
                self.out.append(s)
            self.cur = []

    p = P()
    p.feed(open(path, encoding='utf-8').read())
    p.flush()
    return '\n'.join(p.out).replace('\xa0', ' ')


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            t = Table(el, d)
            for r in t.rows:
                out.append('|' + '|'.join(c.text for c in r.cells))
    return '\n'.join(out)


def read_pdf(path):
    """pdfminer text boxes regrouped into rows by their vertical position; cells joined by |"""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    out = []
    for page in extract_pages(path):
        lines = []
        for el in page:
            if isinstance(el, LTTextContainer):
                for ln in el:
                    if isinstance(ln, LTTextLine):
                        s = ln.get_text().strip()
                        if s:
                            lines.append((round(ln.y0), ln.x0, s))
        lines.sort(key=lambda x: (-x[0], x[1]))
        rows = []
        for y, x, s in lines:
            if rows and abs(rows[-1][0] - y) <= 3:
                rows[-1][1].append((x, s))
            else:
                rows.append([y, [(x, s)]])
        for y, cells in rows:
            cells.sort()
            out.append('|'.join(c[1] for c in cells) if len(cells) > 1 else cells[0][1])
    return '\n'.join(out)


def read_pdf_plain(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def read(path):
    if path.endswith('.txt'):
        return read_txt(path)
    if path.endswith('.html'):
        return read_html(path)
    if path.endswith('.docx'):
        return read_docx(path)
    if path.endswith('.pdf'):
        return read_pdf(path)
    raise ValueError(path)


def render(blocks, path, **kw):
    if path.endswith('.txt'):
        render_txt(blocks, path)
    elif path.endswith('.html'):
        render_html(blocks, path, kw['chrome'])
    elif path.endswith('.docx'):
        render_docx(blocks, path, kw.get('author', '办公室'))
    elif path.endswith('.pdf'):
        render_pdf(blocks, path, kw.get('title', ''), kw.get('col_widths'))


def han_count(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def run(name, build, outdir=None, **kw):
    outdir = outdir or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    blocks, led = build()
    path = os.path.join(outdir, name)
    render(blocks, path, **kw)
    text = read(path)
    if path.endswith('.pdf'):
        text = text + '\n' + read_pdf_plain(path)
    led.fact('han_chars', han_count(read(path)))
    led.fact('chars_nonspace', len(re.sub(r'\s+', '', read(path))))
    led.prove(text)
    led.dump(os.path.splitext(path)[0] + '.ledger.json')
    print(f"{name}: {len(led.checks)} checks ok, {led.facts['chars_nonspace']} chars, {led.facts['han_chars']} han")
    return blocks, led
