"""h41 helpers: Decimal arithmetic, a proving ledger, a small block model, renderers and readers.

Written from scratch for heldout41. Block model: list of (kind, payload) with kinds
title / sub / h / p / table / sign.  table payload: dict(caption=str, unit=str|None, rows=[[str]]).
"""
import copy
import datetime
import html
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


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", ""))


def places(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2, comma=True):
    """format with thousands separators at n places (ROUND_HALF_UP)"""
    v = q(x, n)
    s = f"{v:,.{n}f}" if comma else f"{v:.{n}f}"
    return s


def I(x, comma=True):
    return F(x, 0, comma)


def pct(num, den, n=2):
    return F(D(num) / D(den) * 100, n, comma=False)


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.numbers = []   # (desc, string) that must be present in read-back
        self.anchors = []
        self.sames = []
        self.facts = {}

    def _add(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        for s in nums:
            self.numbers.append((desc, s))
        if not ok:
            raise AssertionError(f"{self.report}: {desc}: {detail}")

    def sum(self, desc, parts, total):
        v = sum(D(p) for p in parts)
        self._add(desc, v == D(total), " + ".join(parts) + f" = {v} vs {total}", list(parts) + [total])

    def signed(self, desc, terms, total):
        """terms: list of (sign, str)"""
        v = sum((D(s) if g == "+" else -D(s)) for g, s in terms)
        txt = " ".join((g if i else ("" if g == "+" else "−")) + (" " if i else "") + s for i, (g, s) in enumerate(terms))
        txt = txt.replace("-", "−")
        self._add(desc, v == D(total), f"{txt} = {v} vs {total}", [s for _, s in terms] + [total])

    def diff(self, desc, a, b, written):
        v = abs(D(a) - D(b))
        self._add(desc, v == D(written), f"|{a} − {b}| = {v} vs {written}", [a, b, written])

    def rate(self, desc, num, den, written, scale=100):
        n = places(written)
        v = q(D(num) / D(den) * scale, n)
        self._add(desc, v == D(written), f"{num} ÷ {den} × {scale} = {v} vs {written}", [num, den, written])

    def quot(self, desc, num, den, written, scale=1, show=()):
        n = places(written)
        v = q(D(num) / D(den) * scale, n)
        nums = [num, den, written] if not show else list(show) + [written]
        self._add(desc, v == D(written), f"{num} ÷ {den} × {scale} = {v} vs {written}", nums)

    def prod(self, desc, a, b, written, scale=1, hide=()):
        n = places(written)
        exact = D(a) * D(b) / D(scale)
        v = q(exact, n)
        assert exact == v, f"{desc}: product not exact at {n} places ({exact})"
        nums = [x for x in (a, b, written) if x not in hide]
        self._add(desc, v == D(written), f"{a} × {b} ÷ {scale} = {v} vs {written}", nums)

    def growth(self, desc, new, old, written, word):
        n = places(written)
        g = q((D(new) - D(old)) / D(old) * 100, n)
        up = D(new) > D(old)
        ok_word = (word in ("增长", "提高", "增加", "上升", "增幅")) == up
        self._add(desc, abs(g) == D(written) and ok_word,
                  f"({new} − {old}) ÷ {old} = {g}%, written {word} {written}", [new, old, written])

    def pp(self, desc, a, b, written, word):
        v = q(D(a) - D(b), places(written))
        ok_word = (word in ("提高", "上升", "增加")) == (v > 0)
        self._add(desc, abs(v) == D(written) and ok_word, f"{a} − {b} = {v} pp, written {word} {written}", [a, b, written])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} ≤ {b}", [a, b])

    def band(self, desc, score, grade, lo, hi):
        ok = D(lo) <= D(score) < D(hi)
        self._add(desc, ok, f"{lo} ≤ {score} < {hi} → {grade}", [score])

    def dated(self, desc, date_str, docno_year, period_end="2024-12-31"):
        m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date_str)
        d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        pe = datetime.date.fromisoformat(period_end)
        ok = d > pe and (docno_year is None or int(docno_year) == d.year)
        self._add(desc, ok, f"{date_str} after {period_end}; 文号年份 {docno_year}", [])
        self.anchors.append((desc, date_str))

    def anchor(self, desc, s):
        self.anchors.append((desc, s))

    def same(self, desc, s, k):
        self.sames.append((desc, s, k))

    # -------------------------------------------------------------- prove
    def prove(self, text):
        flat = re.sub(r"\s+", "", text)
        out = list(self.checks)
        seen = set()
        for desc, s in self.numbers:
            if s in seen:
                continue
            seen.add(s)
            ok = present(s, text) or present(s, flat)
            out.append({"desc": f"read-back: {s}", "ok": ok, "detail": f"used by “{desc}”"})
            if not ok:
                raise AssertionError(f"{self.report}: number {s} ({desc}) not in read-back")
        for desc, s in self.anchors:
            ok = s in text or re.sub(r"\s+", "", s) in flat
            out.append({"desc": f"anchor: {desc}", "ok": ok, "detail": s})
            if not ok:
                raise AssertionError(f"{self.report}: anchor {s} missing")
        for desc, s, k in self.sames:
            n = max(count_num(s, text), count_num(s, flat))
            ok = n >= k
            out.append({"desc": f"same: {desc}", "ok": ok, "detail": f"{s} written {n} times (≥ {k})"})
            if not ok:
                raise AssertionError(f"{self.report}: same {s} {n} < {k}")
        self.proved = out
        return out

    def dump(self, path, text):
        han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        self.facts.update({"utf8_bytes": len(text.encode("utf8")), "han_chars": han})
        obj = {"report": self.report, "facts": self.facts, "checks": self.proved,
               "all_checks_ok": all(c["ok"] for c in self.proved)}
        with open(path, "w", encoding="utf8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")


def _numre(s):
    return re.compile(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)")


def present(s, text):
    return bool(_numre(s).search(text))


def count_num(s, text):
    return len(_numre(s).findall(text))


# ---------------------------------------------------------------- block model edits
def replace_once(blocks, old, new):
    blocks = copy.deepcopy(blocks)
    hits = []
    for i, (k, v) in enumerate(blocks):
        if k == "table":
            for r, row in enumerate(v["rows"]):
                for c, cell in enumerate(row):
                    hits += [("cell", i, r, c)] * cell.count(old)
            for key in ("caption", "unit"):
                if v.get(key):
                    hits += [("tkey", i, key)] * v[key].count(old)
        elif k == "sign":
            for j, line in enumerate(v):
                hits += [("sign", i, j)] * line.count(old)
        else:
            hits += [("text", i)] * v.count(old)
    assert len(hits) == 1, f"replace_once: {old!r} occurs {len(hits)} times"
    h = hits[0]
    if h[0] == "cell":
        row = blocks[h[1]][1]["rows"][h[2]]
        row[h[3]] = row[h[3]].replace(old, new)
    elif h[0] == "tkey":
        blocks[h[1]][1][h[2]] = blocks[h[1]][1][h[2]].replace(old, new)
    elif h[0] == "sign":
        blocks[h[1]][1][h[2]] = blocks[h[1]][1][h[2]].replace(old, new)
    else:
        blocks[h[1]] = (blocks[h[1]][0], blocks[h[1]][1].replace(old, new))
    return blocks


def set_cell(blocks, caption_prefix, row_label, col, old, new):
    blocks = copy.deepcopy(blocks)
    tabs = [v for k, v in blocks if k == "table" and v["caption"].startswith(caption_prefix)]
    assert len(tabs) == 1
    rows = [r for r in tabs[0]["rows"] if r[0] == row_label]
    assert len(rows) == 1, row_label
    assert rows[0][col] == old, (rows[0][col], old)
    rows[0][col] = new
    return blocks


# ---------------------------------------------------------------- renderers
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


NUMCELL = re.compile(r"^[−\-]?[\d,]+(\.\d+)?%?$|^—$")


def _txt_table(t, style):
    lines = []
    lines.append(t["caption"])
    if t.get("unit"):
        lines.append(t["unit"])
    rows = t["rows"]
    if style == "tab":
        for r in rows:
            lines.append("\t".join(r))
        return lines
    n = len(rows[0])
    w = [max(dwidth(r[c]) for r in rows) for c in range(n)]
    rule = "-" * (sum(w) + 2 * (n - 1))
    lines.append(rule)
    for i, r in enumerate(rows):
        cells = []
        for c, cell in enumerate(r):
            pad = " " * (w[c] - dwidth(cell))
            right = c > 0 and (NUMCELL.match(cell) or i == 0)
            cells.append(pad + cell if right else cell + pad)
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append(rule)
    lines.append(rule)
    return lines


def render_txt(blocks, path, style="tab"):
    out = []
    for k, v in blocks:
        if k == "title":
            out += [v, ""]
        elif k == "sub":
            out += [v, ""]
        elif k == "h":
            out.append(v)
        elif k == "p":
            out.append("　　" + v)
        elif k == "table":
            out += _txt_table(v, style)
        elif k == "sign":
            out.append("")
            out += v
    text = "\n".join(out) + "\n"
    with open(path, "w", encoding="utf8") as f:
        f.write(text)


def render_html(blocks, path, site, crumb):
    esc = html.escape
    title = next(v for k, v in blocks if k == "title")
    o = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(title)}</title>",
         "<style>body{font-family:SimSun,serif;margin:0}.top{background:#8b1a1a;color:#fff;padding:8px 24px}"
         ".crumb{padding:6px 24px;font-size:12px;color:#666}.art{width:900px;margin:0 auto}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 8px}"
         "td.n{text-align:right}.foot{border-top:1px solid #ccc;font-size:12px;color:#777;padding:8px 24px}</style>",
         "</head>", "<body>", f'<div class="top">{esc(site)}</div>',
         f'<div class="crumb">{esc(crumb)}</div>', '<div class="art">']
    for k, v in blocks:
        if k == "title":
            o.append(f"<h1>{esc(v)}</h1>")
        elif k == "sub":
            o.append(f'<p class="sub">{esc(v)}</p>')
        elif k == "h":
            o.append(f"<h3>{esc(v)}</h3>")
        elif k == "p":
            o.append(f"<p>{esc(v)}</p>")
        elif k == "table":
            o.append(f'<p class="cap">{esc(v["caption"])}</p>')
            if v.get("unit"):
                o.append(f'<p class="unit">{esc(v["unit"])}</p>')
            o.append("<table>")
            for i, r in enumerate(v["rows"]):
                tag = "th" if i == 0 else "td"
                cells = "".join(
                    "<" + tag + (' class="n"' if (i and NUMCELL.match(c)) else "") + ">" + esc(c) + "</" + tag + ">" for c in r)
                o.append(f"<tr>{cells}</tr>")
            o.append("</table>")
        elif k == "sign":
            for line in v:
                o.append(f'<p class="sign">{esc(line)}</p>')
    o += ["</div>", f'<div class="foot">主办：{esc(site)}　｜　版权所有　｜　建议使用主流浏览器访问</div>',
          "</body>", "</html>"]
    with open(path, "w", encoding="utf8") as f:
        f.write("\n".join(o) + "\n")


def render_docx(blocks, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    for k, v in blocks:
        if k == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v)
            r.bold = True
            r.font.size = Pt(16)
        elif k == "sub":
            p = doc.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h":
            p = doc.add_paragraph()
            p.add_run(v).bold = True
        elif k == "p":
            p = doc.add_paragraph(v)
            p.paragraph_format.first_line_indent = Pt(24)
        elif k == "table":
            p = doc.add_paragraph(v["caption"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if v.get("unit"):
                p = doc.add_paragraph(v["unit"])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = v["rows"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i and j and NUMCELL.match(c):
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "sign":
            for line in v:
                p = doc.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21)
    cen = ParagraphStyle("c", parent=base, alignment=1, firstLineIndent=0)
    tit = ParagraphStyle("t", parent=cen, fontSize=15, leading=22)
    hd = ParagraphStyle("h", parent=base, firstLineIndent=0)
    rt = ParagraphStyle("r", parent=base, alignment=2, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12, firstLineIndent=0)
    celln = ParagraphStyle("celln", parent=cell, alignment=2)
    story = []
    for k, v in blocks:
        if k == "title":
            story += [Paragraph(html.escape(v), tit), Spacer(1, 4)]
        elif k == "sub":
            story.append(Paragraph(html.escape(v), cen))
        elif k == "h":
            story.append(Paragraph(html.escape(v), hd))
        elif k == "p":
            story.append(Paragraph(html.escape(v), base))
        elif k == "table":
            story.append(Paragraph(html.escape(v["caption"]), cen))
            if v.get("unit"):
                story.append(Paragraph(html.escape(v["unit"]), rt))
            rows = v["rows"]
            data = [[Paragraph(html.escape(c), celln if (i and j and NUMCELL.match(c)) else cell)
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            n = len(rows[0])
            first = 62 * mm if n <= 4 else 44 * mm
            rest = (165 * mm - first) / (n - 1)
            t = Table(data, colWidths=[first] + [rest] * (n - 1), repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 6)]
        elif k == "sign":
            story.append(Spacer(1, 8))
            for line in v:
                story.append(Paragraph(html.escape(line), rt))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


# ---------------------------------------------------------------- readers
class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell, self.incell = [], 0, None, "", False

    def handle_starttag(self, tag, a):
        if tag in ("style", "title", "script"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, ""

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.row.append(self.cell.strip())
            self.incell = False
        elif tag == "tr":
            self.out.append("|" + "|".join(self.row))
            self.row = None

    def handle_data(self, d):
        if self.skip:
            return
        if self.incell:
            self.cell += d
        elif self.row is None and d.strip():
            self.out.append(d.strip())


def read_back(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf8").read()
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf8").read())
        return "\n".join(h.out) + "\n"
    if path.endswith(".docx"):
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = Document(path)
        out = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                t = Paragraph(el, d).text
                if t.strip():
                    out.append(t)
            elif el.tag.endswith("}tbl"):
                for r in Table(el, d).rows:
                    out.append("|" + "|".join(c.text for c in r.cells))
        return "\n".join(out) + "\n"
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def render(blocks, meta, path):
    fmt = meta["format"]
    if fmt == "txt-tab":
        render_txt(blocks, path, "tab")
    elif fmt == "txt-space":
        render_txt(blocks, path, "space")
    elif fmt == "html":
        render_html(blocks, path, meta["site"], meta["crumb"])
    elif fmt == "docx":
        render_docx(blocks, path)
    elif fmt == "pdf":
        render_pdf(blocks, path)
