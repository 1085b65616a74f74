"""jk24 -- shared helpers for the heldout24 generators.

Numbers: Decimal with ROUND_HALF_UP at the written precision.
Doc model: a list of blocks  ("title"|"h"|"p"|"right"|"pre", text)  or  ("table", caption, rows).
Book: the ledger; every relation is given the number strings exactly as written,
      evaluated at once (raises on failure) and later re-proved against the rendered file.
Renderers: txt / html / docx / pdf;  readers: read_any(path) -> visible text.
"""
import json, os, re, zipfile, io, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x).replace(",", "").replace("，", ""))


def rnd(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n=2, comma=True):
    """format a Decimal with n decimals (and thousands separators)."""
    v = rnd(x, n)
    s = f"{v:,.{n}f}" if comma else f"{v:.{n}f}"
    return s


def pct(a, b, n=2):
    return f(D(a) / D(b) * 100, n, comma=False)


def grow(new, old, n=2):
    """absolute growth percent string (no sign) and the direction word."""
    g = (D(new) - D(old)) / D(old) * 100
    return f(abs(g), n, comma=False), ("增长" if g > 0 else "下降")


def decs(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def fnum(s):
    return D(s)


# ---------------------------------------------------------------- ledger
class Book:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.rels = []          # (kind, desc, strings, detail)
        self.anchors = []       # exact text fragments that must be visible

    def fact(self, k, v):
        self.facts[k] = v

    def _add(self, kind, desc, ok, strings, detail):
        if not ok:
            raise AssertionError(f"{self.report}: {kind} {desc} failed: {detail}")
        self.rels.append({"kind": kind, "desc": desc, "strings": [str(s) for s in strings], "detail": detail})

    def total(self, desc, tot, parts):
        """tot == sum(parts) exactly at the written decimals"""
        s = sum(D(p) for p in parts)
        self._add("sum", desc, s == D(tot), [tot] + list(parts),
                  f"{tot} =? {' + '.join(map(str, parts))} (= {s})")

    def combo(self, desc, res, terms):
        """res == sum(coef * value)"""
        s = sum(Decimal(c) * D(v) for c, v in terms)
        txt = " ".join(f"{'+' if c > 0 else '-'}{abs(c) if abs(c) != 1 else ''}{v}" for c, v in terms)
        self._add("combo", desc, s == D(res), [res] + [v for _, v in terms], f"{res} =? {txt} (= {s})")

    def ratio(self, desc, written, num, den, scale=100):
        n = decs(written)
        v = D(num) / D(den) * scale
        self._add("ratio", desc, rnd(v, n) == D(written), [written, num, den],
                  f"{num} / {den} x {scale} = {v:.6f}, written {written}")

    def prod(self, desc, written, a, b, scale=1):
        """written == a * b / scale, rounded at written decimals"""
        n = decs(written)
        v = D(a) * D(b) / scale
        self._add("prod", desc, rnd(v, n) == D(written), [written, a, b],
                  f"{a} x {b} / {scale} = {v:.6f}, written {written}")

    def scored(self, desc, written, w, act, tgt):
        """written == w x act / tgt (formula score)"""
        n = decs(written)
        v = D(w) * D(act) / D(tgt)
        self._add("score", desc, rnd(v, n) == D(written), [written, w, act, tgt],
                  f"{w} x {act} / {tgt} = {v:.6f}, written {written}")

    def growth(self, desc, written, word, new, old):
        n = decs(written)
        g = (D(new) - D(old)) / D(old) * 100
        w = "增长" if g > 0 else "下降"
        ok = rnd(abs(g), n) == D(written) and (word in ("增长", "增加", "提高", "上升") and g > 0 or
                                               word in ("下降", "减少", "降低") and g < 0)
        self._add("growth", desc, ok, [written, new, old],
                  f"({new} - {old}) / {old} = {g:.4f}%, written {word}{written} (true {w})")

    def pp(self, desc, written, word, new, old):
        g = D(new) - D(old)
        ok = abs(g) == D(written) and ((word in ("提高", "上升", "增加")) == (g > 0))
        self._add("pp", desc, ok, [written, new, old], f"{new} - {old} = {g} 个百分点, written {word}{written}")

    def same(self, desc, *vals):
        ok = len({D(v) for v in vals}) == 1
        self._add("same", desc, ok, list(vals), " = ".join(map(str, vals)))

    def le(self, desc, a, b):
        self._add("le", desc, D(a) <= D(b), [a, b], f"{a} <= {b}")

    def lt(self, desc, a, b):
        self._add("lt", desc, D(a) < D(b), [a, b], f"{a} < {b}")

    def dated(self, desc, datestr, fy):
        m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", datestr)
        d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        self._add("date", desc, d > datetime.date(fy, 12, 31), [],
                  f"{datestr} after {fy}-12-31")
        self.anchors.append(datestr)

    def docno(self, desc, docno, datestr):
        y1 = re.search(r"〔(\d{4})〕", docno)[1]
        y2 = re.match(r"(\d{4})年", datestr)[1]
        self._add("docno", desc, y1 == y2, [], f"{docno} year {y1} == date year {y2}")
        self.anchors += [docno, datestr]

    def anchor(self, *frags):
        self.anchors += list(frags)

    # ---- proof against the rendered file
    def prove(self, text):
        flat = re.sub(r"\s+", "", text)
        spaced = re.sub(r"\s+", " ", text)
        checks = []
        for r in self.rels:
            checks.append({"desc": f"{r['kind']} {r['desc']}", "ok": True, "detail": r["detail"]})
            for s in r["strings"]:
                ok = visible_number(spaced, s)
                checks.append({"desc": f"visible number {s} of {r['kind']} {r['desc']}", "ok": ok, "detail": s})
        for a in self.anchors:
            checks.append({"desc": "visible anchor", "ok": re.sub(r"\s+", "", a) in flat, "detail": a})
        return checks

    def dump(self, text, path):
        checks = self.prove(text)
        flat = re.sub(r"\s+", "", text)
        self.facts["chars_nonspace"] = len(flat)
        self.facts["han_chars"] = han(text)
        allok = all(c["ok"] for c in checks)
        out = {"report": os.path.basename(path), "facts": self.facts, "checks": checks, "all_checks_ok": allok}
        lp = os.path.splitext(path)[0] + ".ledger.json"
        with open(lp, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        bad = [c for c in checks if not c["ok"]]
        if bad:
            raise AssertionError(f"{path}: {len(bad)} failed checks, e.g. {bad[:3]}")
        return out


def visible_number(flat, s):
    pat = r"(?<![\d.,])" + re.escape(s) + r"(?![\d])(?!\.\d)(?!,\d)"
    return re.search(pat, flat) is not None


def han(text):
    return len(re.findall(r"[\u4e00-\u9fff]", text))


# ---------------------------------------------------------------- model editing
def replace_once(model, old, new):
    """replace a substring occurring exactly once in all text of the model."""
    hits = []
    for i, b in enumerate(model):
        if b[0] == "table":
            for r, row in enumerate(b[2]):
                for c, cell in enumerate(row):
                    n = str(cell).count(old)
                    hits += [("cell", i, r, c)] * n
            if b[1]:
                hits += [("cap", i)] * b[1].count(old)
        else:
            hits += [("blk", i)] * b[1].count(old)
    if len(hits) != 1:
        raise ValueError(f"{old!r} occurs {len(hits)} times")
    h = hits[0]
    m = [list(b) if b[0] != "table" else ["table", b[1], [list(r) for r in b[2]]] for b in model]
    if h[0] == "cell":
        m[h[1]][2][h[2]][h[3]] = m[h[1]][2][h[2]][h[3]].replace(old, new)
    elif h[0] == "cap":
        m[h[1]][1] = m[h[1]][1].replace(old, new)
    else:
        m[h[1]][1] = m[h[1]][1].replace(old, new)
    return [tuple(b) for b in m]


def set_cell(model, ti, r, c, old, new):
    """set cell (r,c) of the ti-th table (0-based), checking its old value."""
    m = [list(b) if b[0] != "table" else ["table", b[1], [list(x) for x in b[2]]] for b in model]
    tabs = [b for b in m if b[0] == "table"]
    assert tabs[ti][2][r][c] == old, (tabs[ti][2][r][c], old)
    tabs[ti][2][r][c] = new
    return [tuple(b) for b in m]


# ---------------------------------------------------------------- renderers
def _w(s):
    """display width for monospace alignment"""
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in str(s))


def table_txt(rows, sep="  "):
    ncol = max(len(r) for r in rows)
    wid = [max(_w(r[c]) if c < len(r) else 0 for r in rows) for c in range(ncol)]
    out = []
    for r in rows:
        cells = []
        for c in range(ncol):
            v = str(r[c]) if c < len(r) else ""
            pad = " " * (wid[c] - _w(v))
            cells.append(v + pad if c < 2 else pad + v)
        out.append(sep.join(cells).rstrip())
    return "\n".join(out)


def render_html(model, path, title, head_extra=""):
    import html as H
    parts = [f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{H.escape(title)}</title>\n"
             "<style>body{font-family:SimSun,serif;max-width:960px;margin:auto}table{border-collapse:collapse;margin:8px 0}"
             "td,th{border:1px solid #777;padding:3px 6px}td.n{text-align:right}.r{text-align:right}</style>\n"
             f"{head_extra}</head>\n<body>\n"]
    for b in model:
        if b[0] == "title":
            parts.append(f"<h1 style=\"text-align:center\">{H.escape(b[1])}</h1>\n")
        elif b[0] == "meta":
            parts.append(f"<div class=\"info\">{H.escape(b[1])}</div>\n")
        elif b[0] == "h":
            parts.append(f"<h3>{H.escape(b[1])}</h3>\n")
        elif b[0] == "h4":
            parts.append(f"<h4>{H.escape(b[1])}</h4>\n")
        elif b[0] == "p":
            parts.append(f"<p>{H.escape(b[1])}</p>\n")
        elif b[0] == "right":
            parts.append(f"<p class=\"r\">{H.escape(b[1])}</p>\n")
        elif b[0] == "table":
            rows = b[2]
            parts.append("<table>\n")
            if b[1]:
                parts.append(f"<caption>{H.escape(b[1])}</caption>\n")
            parts.append("<thead><tr>" + "".join(f"<th>{H.escape(str(c))}</th>" for c in rows[0]) + "</tr></thead>\n<tbody>\n")
            for r in rows[1:]:
                cells = []
                for c in r:
                    cls = " class=\"n\"" if re.fullmatch(r"[\d,.%‰]+", str(c)) else ""
                    cells.append(f"<td{cls}>{H.escape(str(c))}</td>")
                parts.append("<tr>" + "".join(cells) + "</tr>\n")
            parts.append("</tbody>\n</table>\n")
    parts.append("</body>\n</html>\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


def render_docx(model, path, bold_rows=None):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for b in model:
        if b[0] == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(18)
        elif b[0] in ("h", "h4"):
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True
        elif b[0] == "p":
            p = doc.add_paragraph(b[1])
            p.paragraph_format.first_line_indent = Pt(24)
        elif b[0] in ("right", "meta"):
            p = doc.add_paragraph(b[1])
            if b[0] == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "table":
            if b[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(b[1]).bold = True
            rows = b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = str(v)
                    para = cell.paragraphs[0]
                    if re.fullmatch(r"[\d,.%‰≥≤]+.*", str(v)) and j > 0:
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0 or any(k in str(row[0]) + str(row[1] if len(row) > 1 else "") for k in ("合计", "小计", "总计")):
                        for run in para.runs:
                            run.bold = True
    doc.core_properties.created = datetime.datetime(2025, 1, 1)
    doc.core_properties.modified = datetime.datetime(2025, 1, 1)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    bio = io.BytesIO()
    doc.save(bio)
    _fix_zip(bio.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------- readers
def read_txt(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def read_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out = []
            self.skip = 0
            self.row = None

        def handle_starttag(self, tag, a):
            if tag in ("style", "script", "title"):
                self.skip += 1
            if tag == "tr":
                self.row = []
            if tag in ("td", "th") and self.row is not None:
                self.row.append("")

        def handle_endtag(self, tag):
            if tag in ("style", "script", "title"):
                self.skip -= 1
            if tag == "tr" and self.row is not None:
                self.out.append("\n" + "|".join(self.row) + "\n")
                self.row = None
            if tag in ("p", "h1", "h3", "h4", "div", "caption", "li"):
                self.out.append("\n")

        def handle_data(self, d):
            if self.skip:
                return
            if self.row is not None and self.row:
                self.row[-1] += d
            elif self.row is None:
                self.out.append(d)

    p = P()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    return "".join(p.out)


def read_docx(path):
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
                out.append("|".join(c.text for c in row.cells))
    return "\n".join(out)


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def read_any(path):
    ext = os.path.splitext(path)[1]
    return {".txt": read_txt, ".html": read_html, ".docx": read_docx, ".pdf": read_pdf}[ext](path)


def tables_of(model):
    return [b for b in model if b[0] == "table"]


def check_table_sums(book, model, ti, label, rows_spec):
    """helper: rows_spec = list of (desc, total_row, [part_rows], cols)"""
    tab = tables_of(model)[ti][2]
    for desc, tr, prs, cols in rows_spec:
        for c in cols:
            book.total(f"{label} {desc} col{c}", tab[tr][c], [tab[p][c] for p in prs])


def render_pdf(model, path, title, col_widths=None):
    """single-column ruled pdf via platypus; STSong-Light; invariant."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
    st = {
        "title": ParagraphStyle("t", parent=base, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "meta": ParagraphStyle("m", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontSize=11.5, firstLineIndent=0, spaceBefore=6),
        "h4": ParagraphStyle("h4", parent=base, firstLineIndent=0),
        "p": base,
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
    }
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=12, firstLineIndent=0)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT)
    story = []
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="", invariant=1)
    width = A4[0] - 40 * mm
    ti = 0
    for b in model:
        if b[0] == "table":
            if b[1]:
                story.append(Paragraph(b[1], ParagraphStyle("cap", parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=6)))
            rows = b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(str(v), cellr if (j > 0 and re.fullmatch(r"[\d,.%\-—]+", str(v))) else cell)
                             for j, v in enumerate(r)])
            cw = col_widths[ti] if col_widths else None
            if cw:
                cw = [width * x for x in cw]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
            story.append(t)
            story.append(Spacer(1, 6))
            ti += 1
        else:
            story.append(Paragraph(b[1], st[b[0]]))
    doc.build(story)
