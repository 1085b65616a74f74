"""lk27 — helpers for the heldout27 generators (written from scratch for this set).

Decimal helpers, a Ledger of checked relations, a small block content model and
renderers / readers for txt, html, docx and pdf.

Block model: list of tuples
  ("TITLE", text) ("SUB", text) ("H1", text) ("H2", text) ("P", text)
  ("RIGHT", text) ("NOTE", text)
  ("TABLE", {"caption": str, "unit": str|None, "rows": [[cell,...],...], "head": int,
             "widths": [..] optional (pdf/docx relative widths), "note": str|None})
"""
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

FW = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")


# ------------------------------------------------------------------ numbers
def D(s):
    """Decimal from a number string as written (commas, full-width digits allowed)."""
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return Decimal(s)
    t = str(s).translate(FW).replace(",", "").replace("%", "").strip()
    return Decimal(t)


def places(s):
    t = str(s).translate(FW).replace(",", "").replace("%", "")
    return len(t.split(".")[1]) if "." in t else 0


def q(x, n):
    """round half up to n places"""
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n=2, comma=True):
    """format Decimal at n places, thousands separators"""
    v = q(x, n)
    s = f"{v:,.{n}f}" if comma else f"{v:.{n}f}"
    if s.startswith("-0") and v == 0:
        s = s[1:]
    return s


def fw(s):
    """ASCII digits -> full-width digits (no thousands separators expected)."""
    return str(s).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


def pct(num, den, n=2):
    return q(D(num) * 100 / D(den), n)


def growth(new, old, n=2):
    return q((D(new) - D(old)) * 100 / D(old), n)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    n = int(n)
    if n < 10:
        return CN_DIG[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(y, m, d=None):
    s = f"{cn_year(y)}年{cn_num(m)}月"
    if d:
        s += f"{cn_num(d)}日"
    return s


# ------------------------------------------------------------------ ledger
class CheckFailed(Exception):
    pass


class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []   # dicts desc/ok/detail/nums
        self.anchors = []

    def _add(self, desc, ok, detail, nums):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail, "nums": [str(x) for x in nums]})
        if not ok:
            raise CheckFailed(f"{desc}: {detail}")

    def sum(self, desc, total, parts):
        s = sum(D(p) for p in parts)
        self._add(desc, s == D(total), f"{total} =? " + " + ".join(map(str, parts)) + f" (= {s})", [total, *parts])

    def diff(self, desc, result, a, b):
        v = D(a) - D(b)
        self._add(desc, v == D(result), f"{result} =? {a} - {b} (= {v})", [result, a, b])

    def rate(self, desc, p, num, den):
        v = D(num) * 100 / D(den)
        self._add(desc, q(v, places(p)) == D(p), f"{p}% =? {num} / {den} x 100 (= {v:.4f})", [p, num, den])

    def growth(self, desc, p, new, old, direction):
        v = (D(new) - D(old)) * 100 / D(old)
        ok = q(abs(v), places(p)) == D(p) and ((v > 0) == (direction == "up")) and v != 0
        self._add(desc, ok, f"{direction} {p}% =? ({new} - {old}) / {old} (= {v:.4f}%)", [p, new, old])

    def pp(self, desc, points, new, old, direction):
        v = D(new) - D(old)
        ok = abs(v) == D(points) and ((v > 0) == (direction == "up"))
        self._add(desc, ok, f"{direction} {points} points =? {new} - {old} (= {v})", [points, new, old])

    def prod(self, desc, result, a, b, div=1):
        v = D(a) * D(b) / D(div)
        ok = q(v, places(result)) == D(result)
        self._add(desc, ok, f"{result} =? {a} x {b} / {div} (= {v})", [result, a, b])

    def quot(self, desc, result, a, b, mult=1):
        v = D(a) * D(mult) / D(b)
        ok = q(v, places(result)) == D(result)
        self._add(desc, ok, f"{result} =? {a} x {mult} / {b} (= {v})", [result, a, b])

    def conv(self, desc, big, small, factor=10000):
        v = D(small) / D(factor)
        ok = q(v, places(big)) == D(big)
        self._add(desc, ok, f"{big} =? {small} / {factor} (= {v})", [big, small])

    def same(self, desc, a, b):
        self._add(desc, D(a) == D(b), f"{a} = {b}", [a, b])

    def le(self, desc, a, b):
        self._add(desc, D(a) <= D(b), f"{a} <= {b}", [a, b])

    def dated(self, desc, text, ymd, after_ymd):
        ok = tuple(ymd) > tuple(after_ymd)
        self._add(desc, ok, f"{text} {tuple(ymd)} > period end {tuple(after_ymd)}", [])
        self.anchors.append(text)

    def docno(self, desc, text, year, date_text, date_year):
        ok = year <= date_year
        self._add(desc, ok, f"{text} year {year} <= {date_text} year {date_year}", [])
        self.anchors += [text, date_text]

    def anchor(self, text):
        self.anchors.append(text)

    # --------------------------------------------------------- prove & dump
    def prove(self, text):
        variants = [
            text.translate(FW),
            re.sub(r"\s+", "", text).translate(FW),
            re.sub(r"[ \t\u3000]+", " ", text).translate(FW),
        ]
        missing = []
        for c in self.checks:
            for n in c["nums"]:
                ns = str(n).translate(FW).replace("%", "")
                pat = r"(?<![\d.,])" + re.escape(ns) + r"(?![\d]|[.,]\d)"
                if not any(re.search(pat, v) for v in variants):
                    missing.append((c["desc"], n))
        flat = re.sub(r"\s+", "", text)
        for a in self.anchors:
            if re.sub(r"\s+", "", a) not in flat:
                missing.append(("anchor", a))
        return missing

    def dump(self, path, text):
        missing = self.prove(text)
        han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        self.facts["han_chars"] = han
        self.facts["chars_nonspace"] = len(re.sub(r"\s+", "", text))
        self.checks.append({"desc": "prove: every number of every relation and every anchor is visible in the rendered file",
                            "ok": not missing, "detail": "missing: " + repr(missing) if missing else
                            f"{sum(len(c['nums']) for c in self.checks)} numbers, {len(self.anchors)} anchors found"})
        out = {"report": os.path.basename(self.report), "facts": self.facts,
               "checks": [{"desc": c["desc"], "ok": c["ok"], "detail": c["detail"]} for c in self.checks],
               "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if missing:
            raise CheckFailed("not visible: " + repr(missing))
        return out


# ------------------------------------------------------------------ model edits
def _texts(model):
    for i, (k, v) in enumerate(model):
        if k == "TABLE":
            for r, row in enumerate(v["rows"]):
                for c, cell in enumerate(row):
                    yield ("cell", i, r, c), cell
            for key in ("caption", "unit", "note"):
                if v.get(key):
                    yield ("tkey", i, key), v[key]
        else:
            yield ("blk", i), v


def replace_once(model, old, new):
    hits = [(loc, t) for loc, t in _texts(model) if old in t]
    n = sum(t.count(old) for _, t in hits)
    if n != 1:
        raise ValueError(f"replace_once: {old!r} occurs {n} times")
    loc, t = hits[0]
    t2 = t.replace(old, new)
    if loc[0] == "cell":
        model[loc[1]][1]["rows"][loc[2]][loc[3]] = t2
    elif loc[0] == "tkey":
        model[loc[1]][1][loc[2]] = t2
    else:
        model[loc[1]] = (model[loc[1]][0], t2)


def set_cell(model, table_no, r, c, old, new):
    tabs = [v for k, v in model if k == "TABLE"]
    t = tabs[table_no]
    if t["rows"][r][c] != old:
        raise ValueError(f"set_cell: expected {old!r}, found {t['rows'][r][c]!r}")
    t["rows"][r][c] = new


# ------------------------------------------------------------------ txt
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _isnum(s):
    return bool(re.fullmatch(r"[-+]?[\d,０-９．.]+%?|—|-", s.strip()))


def txt_table(rows, head=1):
    ncol = max(len(r) for r in rows)
    w = [0] * ncol
    for r in rows:
        for i, c in enumerate(r):
            w[i] = max(w[i], dwidth(c))
    out = []
    for ri, r in enumerate(rows):
        cells = []
        for i in range(ncol):
            c = r[i] if i < len(r) else ""
            pad = " " * (w[i] - dwidth(c))
            cells.append(pad + c if (ri >= head and _isnum(c)) else c + pad)
        out.append("  ".join(cells).rstrip())
        if ri == head - 1:
            out.append("-" * (sum(w) + 2 * (ncol - 1)))
    return out


def render_txt(model, path, width=36):
    lines = []
    for k, v in model:
        if k == "TITLE":
            lines += [" " * max(0, (width * 2 - dwidth(v)) // 4) + v, ""]
        elif k == "SUB":
            lines += [" " * max(0, (width * 2 - dwidth(v)) // 4) + v, ""]
        elif k in ("H1", "H2"):
            lines += [v, ""] if k == "H1" else [v]
        elif k == "P":
            lines += ["　　" + v, ""]
        elif k == "NOTE":
            lines += [v, ""]
        elif k == "RIGHT":
            lines += [" " * max(0, width * 2 - dwidth(v) - 4) + v]
        elif k == "TABLE":
            if v.get("caption"):
                lines.append(v["caption"])
            if v.get("unit"):
                lines.append(v["unit"])
            lines += txt_table(v["rows"], v.get("head", 1))
            if v.get("note"):
                lines.append(v["note"])
            lines.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines).rstrip() + "\n")


def read_txt(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ------------------------------------------------------------------ html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(model, path, chrome=None):
    chrome = chrome or {}
    h = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(chrome.get('page_title', ''))}</title>",
         "<style>body{font-family:SimSun,serif;width:960px;margin:0 auto}"
         "table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #333;padding:3px 6px;font-size:14px}"
         "td.n{text-align:right}.c{text-align:center}.r{text-align:right}p{text-indent:2em;line-height:1.8}"
         "</style>", "</head>", "<body>"]
    if chrome.get("site"):
        h.append(f'<div class="head">{esc(chrome["site"])}</div>')
    if chrome.get("crumb"):
        h.append(f'<div class="crumb">{esc(chrome["crumb"])}</div>')
    h.append('<div class="article">')
    for k, v in model:
        if k == "TITLE":
            h.append(f'<h1 class="c">{esc(v)}</h1>')
            if chrome.get("meta"):
                h.append(f'<div class="c meta">{esc(chrome["meta"])}</div>')
        elif k == "SUB":
            h.append(f'<div class="c">{esc(v)}</div>')
        elif k == "H1":
            h.append(f"<h2>{esc(v)}</h2>")
        elif k == "H2":
            h.append(f"<h3>{esc(v)}</h3>")
        elif k == "P":
            h.append(f"<p>{esc(v)}</p>")
        elif k == "NOTE":
            h.append(f'<div class="note">{esc(v)}</div>')
        elif k == "RIGHT":
            h.append(f'<div class="r">{esc(v)}</div>')
        elif k == "TABLE":
            if v.get("caption"):
                h.append(f'<div class="c"><b>{esc(v["caption"])}</b></div>')
            if v.get("unit"):
                h.append(f'<div class="r">{esc(v["unit"])}</div>')
            h.append("<table>")
            for ri, row in enumerate(v["rows"]):
                tag = "th" if ri < v.get("head", 1) else "td"
                ncls = ' class="n"'
                cells = "".join(
                    f'<{tag}{ncls if tag == "td" and _isnum(c) else ""}>{esc(c)}</{tag}>' for c in row)
                h.append(f"<tr>{cells}</tr>")
            h.append("</table>")
            if v.get("note"):
                h.append(f'<div class="note">{esc(v["note"])}</div>')
    h.append("</div>")
    if chrome.get("footer"):
        h.append(f'<div class="foot">{esc(chrome["footer"])}</div>')
    h += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(h) + "\n")


def read_html(path):
    import html as H
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?s)<head>.*?</head>", "", s)
    s = re.sub(r"(?s)</t[dh]>\s*", "", s)
    s = re.sub(r"<t[dh][^>]*>", "|", s)
    s = re.sub(r"</tr>", "\n", s)
    s = re.sub(r"<(p|div|h\d|table|br)[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = H.unescape(s)
    return re.sub(r"\n\s*\n+", "\n", s)


# ------------------------------------------------------------------ docx
def render_docx(model, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    import datetime

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)

    def para(text, align=None, bold=False, size=None, indent=False):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    for k, v in model:
        if k == "TITLE":
            para(v, WD_ALIGN_PARAGRAPH.CENTER, True, 18)
        elif k == "SUB":
            para(v, WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "H1":
            para(v, bold=True, size=14)
        elif k == "H2":
            para(v, bold=True)
        elif k == "P":
            para(v, indent=True)
        elif k == "NOTE":
            para(v, size=10.5)
        elif k == "RIGHT":
            para(v, WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == "TABLE":
            if v.get("caption"):
                para(v["caption"], WD_ALIGN_PARAGRAPH.CENTER, True)
            if v.get("unit"):
                para(v["unit"], WD_ALIGN_PARAGRAPH.RIGHT, size=10.5)
            rows = v["rows"]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    c = row[ci] if ci < len(row) else ""
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    p = cell.paragraphs[0]
                    run = p.add_run(c)
                    run.font.size = Pt(10.5)
                    if ri < v.get("head", 1):
                        run.bold = True
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif _isnum(c):
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if v.get("note"):
                para(v["note"], size=10.5)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    os.remove(tmp)


def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            for row in Table(el, doc).rows:
                out.append("|" + "|".join(c.text for c in row.cells))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ pdf
def render_pdf(model, path, title=""):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    S = {
        "TITLE": ParagraphStyle("t", fontName=F, fontSize=16, leading=24, alignment=1, spaceAfter=6),
        "SUB": ParagraphStyle("s", fontName=F, fontSize=11, leading=16, alignment=1, spaceAfter=6),
        "H1": ParagraphStyle("h1", fontName=F, fontSize=12.5, leading=20, spaceBefore=6, spaceAfter=3),
        "H2": ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=18, spaceBefore=3),
        "P": ParagraphStyle("p", fontName=F, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"),
        "NOTE": ParagraphStyle("n", fontName=F, fontSize=9.5, leading=14, wordWrap="CJK"),
        "RIGHT": ParagraphStyle("r", fontName=F, fontSize=11, leading=18, alignment=2),
        "CELL": ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12, wordWrap="CJK"),
        "CELLR": ParagraphStyle("cr", fontName=F, fontSize=9.5, leading=12, alignment=2),
        "CAP": ParagraphStyle("cap", fontName=F, fontSize=11, leading=16, alignment=1, spaceBefore=6),
    }
    story = []
    avail = A4[0] - 40 * mm
    for k, v in model:
        if k == "TABLE":
            if v.get("caption"):
                story.append(Paragraph(esc(v["caption"]), S["CAP"]))
            if v.get("unit"):
                story.append(Paragraph(esc(v["unit"]), S["RIGHT"]))
            rows = v["rows"]
            ncol = max(len(r) for r in rows)
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(esc(row[ci] if ci < len(row) else ""),
                                       S["CELLR"] if ri >= v.get("head", 1) and _isnum(row[ci] if ci < len(row) else "")
                                       else S["CELL"]) for ci in range(ncol)])
            wts = v.get("widths") or [1] * ncol
            tot = sum(wts)
            t = Table(data, colWidths=[avail * w / tot for w in wts], repeatRows=v.get("head", 1))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            if v.get("note"):
                story.append(Paragraph(esc(v["note"]), S["NOTE"]))
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(esc(v), S[k]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author="", creator="",
                            producer="", invariant=1)
    doc.build(story)


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_pages(path):
    from pdfminer.high_level import extract_pages
    return sum(1 for _ in extract_pages(path))


READERS = {".txt": read_txt, ".html": read_html, ".docx": read_docx, ".pdf": read_pdf}


def read_any(path):
    return READERS[os.path.splitext(path)[1]](path)
