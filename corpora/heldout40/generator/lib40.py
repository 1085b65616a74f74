"""h40 helpers: Decimal arithmetic, a ledger of checks, a block model, renderers and read-back.

Written from scratch for heldout40.  Every number that a ledger relation uses is taken as the string that
is written in the report; the ledger recomputes the relation with Decimal (ROUND_HALF_UP at the written
precision) and, after rendering, re-reads the rendered file and requires each of those strings to be present.
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


# ---------------------------------------------------------------- numbers
def D(s):
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return Decimal(s)
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2, comma=True):
    v = q(x, n)
    return f"{v:,.{n}f}" if comma else f"{v:.{n}f}"


def I(x, comma=True):
    v = D(x)
    assert v == v.to_integral_value(), v
    return f"{int(v):,}" if comma else str(int(v))


def pct(num, den, n=2):
    return q(D(num) * 100 / D(den), n)


def shares(parts, total, n=2):
    out = [pct(p, total, n) for p in parts]
    assert sum(out) == Decimal(100), ("shares do not add to 100", out)
    return out


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, name):
        self.name = name
        self.checks = []
        self.nums = []      # number strings as written, must appear in read-back
        self.anchors = []
        self.sames = []
        self.facts = {}
        self.implicit = {"12", "366"}   # months per year / days in 2024: constants, not written figures

    def _add(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        for n in nums:
            if n not in self.nums:
                self.nums.append(n)
        if not ok:
            raise AssertionError(f"{self.name}: {desc}: {detail}")

    def sum(self, desc, parts, total):
        s = sum(D(p) for p in parts)
        n = places(total)
        self._add(desc, q(s, n) == D(total), " + ".join(parts) + f" = {s} vs {total}", list(parts) + [total])

    def signed(self, desc, plus, minus, total):
        s = sum(D(p) for p in plus) - sum(D(m) for m in minus)
        txt = " + ".join(plus) + "".join(f" − {m}" for m in minus)
        self._add(desc, s == D(total), f"{txt} = {s} vs {total}", list(plus) + list(minus) + [total])

    def diff(self, desc, a, b, res):
        d = abs(D(a) - D(b))
        self._add(desc, d == D(res), f"|{a} − {b}| = {d} vs {res}", [a, b, res])

    def rate(self, desc, num, den, res, scale=100):
        n = places(res)
        v = q(D(num) * scale / D(den), n)
        self._add(desc, v == D(res), f"{num} ÷ {den} × {scale} = {v} vs {res}", [num, den, res])

    def quot(self, desc, num, den, res):
        n = places(res)
        v = q(D(num) / D(den), n)
        self._add(desc, v == D(res), f"{num} ÷ {den} = {v} vs {res}", [num, den, res])

    def prod(self, desc, factors, res, scale=1):
        v = Decimal(1)
        for f in factors:
            v *= D(f)
        v = v / D(scale)
        n = places(res)
        self._add(desc, v == D(res) and q(v, n) == v, " × ".join(factors) + (f" ÷ {scale}" if scale != 1 else "") +
                  f" = {v} vs {res}", list(factors) + [res])

    def growth(self, desc, new, old, res, word):
        n = places(res)
        g = q((D(new) - D(old)) * 100 / D(old), n)
        w_ok = (word in ("增长", "增加", "提高", "上升", "增幅") and g > 0) or (word in ("下降", "减少", "降低", "降幅") and g < 0)
        self._add(desc, abs(g) == D(res) and w_ok, f"({new} − {old}) ÷ {old} = {g}%, written {word} {res}", [new, old, res])

    def pp(self, desc, a, b, res):
        d = abs(D(a) - D(b))
        self._add(desc, d == D(res), f"|{a} − {b}| = {d} pp vs {res}", [a, b, res])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} ≤ {b}", [a, b])

    def days(self, desc, start, end, n):
        d = (end - start).days + 1
        self._add(desc, d == int(n), f"{start} .. {end} inclusive = {d} vs {n}", [])

    def dated(self, desc, written, after=datetime.date(2024, 12, 31)):
        m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", written)
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        self._add(desc, d > after, f"{written} after {after}", [])
        self.anchor(written)

    def anchor(self, s):
        self.anchors.append(s)

    def same(self, s, k):
        self.sames.append((s, k))

    def prove(self, readback):
        flat = re.sub(r"\s+", "", readback)
        for n in self.nums:
            if n in self.implicit:
                continue
            pat = r"(?<![\d.,])" + re.escape(n) + r"(?![\d]|[.,]\d)"
            ok = bool(re.search(pat, readback) or re.search(pat, flat))
            self._add(f"read-back: {n}", ok, "standalone in read-back" if ok else "MISSING", [])
        for a in self.anchors:
            ok = a in readback or re.sub(r"\s+", "", a) in flat
            self._add(f"anchor: {a}", ok, "present" if ok else "MISSING", [])
        for s, k in self.sames:
            c = flat.count(s)
            self._add(f"same: {s}", c >= k, f"written {c} times (need ≥ {k})", [])

    def dump(self, report, date, docno, readback):
        b = len(readback.encode("utf-8"))
        han = sum(1 for ch in readback if "\u4e00" <= ch <= "\u9fff")
        return {"report": report, "facts": {"date": date, "docno": docno, "utf8_bytes": b, "han_chars": han},
                "checks": self.checks, "all_checks_ok": all(c["ok"] for c in self.checks)}


# ---------------------------------------------------------------- block model
# blocks: dicts {"t": "title"|"sub"|"h"|"p"|"sign"|"table", "text": str} ; tables:
# {"t":"table","caption":str,"unit":str|None,"head":[...],"rows":[[...],...],"align":[ 'l'|'r' ...]}

def textfields(blocks):
    for b in blocks:
        if b["t"] == "table":
            yield b, "caption", None
            if b.get("unit"):
                yield b, "unit", None
            for r, row in enumerate([b["head"]] + b["rows"]):
                for c in range(len(row)):
                    yield b, r, c
        else:
            yield b, "text", None


def _get(b, k, c):
    if k in ("caption", "unit", "text"):
        return b[k]
    return ([b["head"]] + b["rows"])[k][c]


def _set(b, k, c, v):
    if k in ("caption", "unit", "text"):
        b[k] = v
    elif k == 0:
        b["head"][c] = v
    else:
        b["rows"][k - 1][c] = v


def replace_once(blocks, old, new):
    blocks = copy.deepcopy(blocks)
    hits = [(b, k, c) for b, k, c in textfields(blocks) for _ in range(_get(b, k, c).count(old))]
    assert len(hits) == 1, (old, len(hits))
    b, k, c = hits[0]
    _set(b, k, c, _get(b, k, c).replace(old, new))
    return blocks


def set_cell(blocks, tindex, row, col, old, new):
    blocks = copy.deepcopy(blocks)
    tabs = [b for b in blocks if b["t"] == "table"]
    b = tabs[tindex]
    assert b["rows"][row][col] == old, (b["rows"][row][col], old)
    b["rows"][row][col] = new
    return blocks


# ---------------------------------------------------------------- renderers
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def render_txt(blocks, tables="tab"):
    out = []
    for b in blocks:
        t = b["t"]
        if t == "title":
            out.append(b["text"])
        elif t == "sub":
            out.append(b["text"])
        elif t == "h":
            out.append("")
            out.append(b["text"])
        elif t == "p":
            out.append("\u3000\u3000" + b["text"])
        elif t == "sign":
            out.append("")
            out.extend(b["text"].split("\n"))
        elif t == "table":
            out.append("")
            out.append(b["caption"])
            if b.get("unit"):
                out.append(b["unit"])
            rows = [b["head"]] + b["rows"]
            if tables == "tab":
                out.extend("\t".join(r) for r in rows)
            else:
                n = len(b["head"])
                w = [max(dwidth(r[i]) for r in rows) for i in range(n)]
                al = b.get("align") or (["l"] + ["r"] * (n - 1))
                rule = "-" * (sum(w) + 2 * (n - 1))

                def fmt(r):
                    cells = []
                    for i, x in enumerate(r):
                        pad = " " * (w[i] - dwidth(x))
                        cells.append(x + pad if al[i] == "l" else pad + x)
                    return "  ".join(cells).rstrip()
                out.append(rule)
                out.append(fmt(rows[0]))
                out.append(rule)
                out.extend(fmt(r) for r in rows[1:])
                out.append(rule)
            out.append("")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip("\n") + "\n"
    return txt


def render_html(blocks, site, crumbs):
    e = htmlmod.escape
    title = next(b["text"] for b in blocks if b["t"] == "title")
    h = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
         "<style>body{font-family:SimSun,serif;margin:0}.top{background:#1d4f91;color:#fff;padding:8px 24px}"
         ".main{width:900px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #666;padding:3px 6px}"
         ".r{text-align:right}.foot{color:#666;font-size:12px;border-top:1px solid #ccc;margin-top:24px}</style>",
         "</head>", "<body>", f'<div class="top">{e(site)}</div>', '<div class="main">',
         f'<div class="crumb">当前位置：{" &gt; ".join(e(c) for c in crumbs)}</div>', '<div class="article">']
    for b in blocks:
        t = b["t"]
        if t == "title":
            h.append(f"<h1>{e(b['text'])}</h1>")
        elif t == "sub":
            h.append(f'<p class="sub">{e(b["text"])}</p>')
        elif t == "h":
            h.append(f"<h3>{e(b['text'])}</h3>")
        elif t == "p":
            h.append(f"<p>{e(b['text'])}</p>")
        elif t == "sign":
            h.append('<div class="sign">' + "<br>".join(e(x) for x in b["text"].split("\n")) + "</div>")
        elif t == "table":
            h.append(f'<p class="cap">{e(b["caption"])}</p>')
            if b.get("unit"):
                h.append(f'<p class="unit">{e(b["unit"])}</p>')
            h.append("<table>")
            h.append("<tr>" + "".join(f"<th>{e(x)}</th>" for x in b["head"]) + "</tr>")
            for r in b["rows"]:
                h.append("<tr>" + "".join(
                    ("<td class='r'>" if i else "<td>") + e(x) + "</td>" for i, x in enumerate(r)) + "</tr>")
            h.append("</table>")
    h += ["</div>", f'<div class="foot">主办：{e(site)}　｜　网站标识码：略　｜　技术支持：县政务服务数据管理中心</div>',
          "</div>", "</body>", "</html>"]
    return "\n".join(h) + "\n"


def render_docx(blocks, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    for b in blocks:
        t = b["t"]
        if t == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(16)
        elif t == "sub":
            p = doc.add_paragraph(b["text"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "h":
            p = doc.add_paragraph()
            p.add_run(b["text"]).bold = True
        elif t == "p":
            p = doc.add_paragraph(b["text"])
            p.paragraph_format.first_line_indent = Pt(22)
        elif t == "sign":
            for line in b["text"].split("\n"):
                p = doc.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "table":
            p = doc.add_paragraph(b["caption"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b.get("unit"):
                p = doc.add_paragraph(b["unit"])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = [b["head"]] + b["rows"]
            tb = doc.add_table(rows=len(rows), cols=len(b["head"]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = x
                    if j and i:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21)
    ttl = ParagraphStyle("t", parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0)
    sub = ParagraphStyle("s", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    hd = ParagraphStyle("h", parent=base, firstLineIndent=0, fontSize=11)
    rt = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=12, firstLineIndent=0)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT)
    e = htmlmod.escape
    story = []
    for b in blocks:
        t = b["t"]
        if t == "title":
            story.append(Paragraph(e(b["text"]), ttl))
        elif t == "sub":
            story.append(Paragraph(e(b["text"]), sub))
        elif t == "h":
            story.append(Spacer(1, 4))
            story.append(Paragraph(e(b["text"]), hd))
        elif t == "p":
            story.append(Paragraph(e(b["text"]), base))
        elif t == "sign":
            story.append(Spacer(1, 10))
            for line in b["text"].split("\n"):
                story.append(Paragraph(e(line), rt))
        elif t == "table":
            story.append(Spacer(1, 4))
            story.append(Paragraph(e(b["caption"]), sub))
            if b.get("unit"):
                story.append(Paragraph(e(b["unit"]), rt))
            rows = [[Paragraph(e(x), cell) for x in b["head"]]]
            for r in b["rows"]:
                rows.append([Paragraph(e(x), cellr if j else cell) for j, x in enumerate(r)])
            tb = Table(rows, colWidths=b.get("widths"), repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(tb)
            story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="", creator="", producer="")
    doc.build(story)


# ---------------------------------------------------------------- readers
class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None

    def handle_starttag(self, tag, a):
        if tag in ("style", "title", "script"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.skip -= 1
        elif tag == "tr":
            self.out.append("\n" + "".join("|" + c.strip() for c in self.row) + "\n")
            self.row = None
        elif tag in ("p", "h1", "h3", "div"):
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.row is not None:
            if d.strip():
                self.row.append(d)
            return
        self.out.append(d)

    def handle_starttag_td(self):
        pass


def _html_text(s):
    # table cells: one entry per td/th
    s2 = re.sub(r"<t[dh][^>]*>(.*?)</t[dh]>", lambda m: "<td>" + m.group(1).replace("\n", " ") + "</td>", s)
    p = _H()
    p.feed(s2)
    t = "".join(p.out)
    t = re.sub(r"[ \t]*\n[ \t\n]*", "\n", t)
    return t.strip() + "\n"


def readback(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return _html_text(open(path, encoding="utf-8").read())
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        out = []
        body = doc.element.body
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for el in body.iterchildren():
            if el.tag.endswith("}p"):
                out.append(Paragraph(el, doc).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, doc).rows:
                    out.append("".join("|" + c.text for c in row.cells))
        return "\n".join(out) + "\n"
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def render(blocks, path, fmt, **kw):
    if fmt == "txt-tab":
        open(path, "w", encoding="utf-8").write(render_txt(blocks, "tab"))
    elif fmt == "txt-space":
        open(path, "w", encoding="utf-8").write(render_txt(blocks, "space"))
    elif fmt == "html":
        open(path, "w", encoding="utf-8").write(render_html(blocks, kw["site"], kw["crumbs"]))
    elif fmt == "docx":
        render_docx(blocks, path)
    elif fmt == "pdf":
        render_pdf(blocks, path)


def build_report(mod):
    """mod.build() -> (blocks, ledger, meta); renders, proves, writes ledger. Returns read-back text."""
    blocks, led, meta = mod.build()
    path = os.path.join(OUT, meta["file"])
    render(blocks, path, meta["fmt"], **meta.get("kw", {}))
    rb = readback(path)
    led.prove(rb)
    js = led.dump(meta["file"], meta["date"], meta["docno"], rb)
    base = re.sub(r"\.(txt|html|docx|pdf)$", "", meta["file"])
    with open(os.path.join(OUT, base + ".ledger.json"), "w", encoding="utf-8") as f:
        json.dump(js, f, ensure_ascii=False, indent=1)
    return rb, js
