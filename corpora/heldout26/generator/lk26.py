"""lk26 -- helpers for held-out set 26 (written from scratch).

Decimal arithmetic, a relation ledger, a small block content model, renderers
(txt / html / docx / pdf), readers for the rendered files, and model edits used
to plant errors.
"""
import copy
import datetime
import html as _html
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- numbers
def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    s = str(x).replace(",", "").replace("，", "").strip()
    return Decimal(s)


def q(x, places=2):
    e = Decimal(1).scaleb(-places) if places > 0 else Decimal(1)
    return D(x).quantize(e, rounding=ROUND_HALF_UP)


def f(x, places=2, sep=True):
    """format a Decimal at `places` with optional thousands separators"""
    v = q(x, places)
    s = f"{v:,.{places}f}" if sep else f"{v:.{places}f}"
    return s


def fi(x, sep=True):
    return f(x, 0, sep)


def pct(num, den, places=2):
    return q(D(num) * 100 / D(den), places)


def ndigits(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.checks = []
        self.nums = []      # number strings as written that must be visible
        self.anchors = []   # other strings that must be visible
        self.facts = {}

    def _add(self, desc, ok, detail, nums):
        if not ok:
            raise AssertionError(f"{self.report}: {desc}: {detail}")
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        for n in nums:
            self.nums.append(str(n).lstrip("-"))

    def sum(self, desc, total, parts, minus=()):
        v = sum((D(p) for p in parts), Decimal(0)) - sum((D(m) for m in minus), Decimal(0))
        ok = q(v, ndigits(total)) == D(total)
        det = f"{total} =? " + " + ".join(parts) + "".join(f" - {m}" for m in minus) + f" (= {v})"
        self._add("sum " + desc, ok, det, [total, *parts, *minus])

    def diff(self, desc, result, a, b):
        v = D(a) - D(b)
        self._add("difference " + desc, q(v, ndigits(result)) == D(result),
                  f"{result} =? {a} - {b} (= {v})", [result, a, b])

    def rate(self, desc, p, num, den, mult=100):
        v = D(num) * mult / D(den)
        self._add("rate " + desc, q(v, ndigits(p)) == D(p), f"{p}% =? {num} / {den} x {mult} (= {v:.4f})", [p, num, den])

    def growth(self, desc, p, cur, prev, direction):
        """p written without sign; direction 'up' or 'down' must match the change"""
        v = (D(cur) - D(prev)) * 100 / D(prev)
        okdir = (v > 0 and direction == "up") or (v < 0 and direction == "down")
        ok = q(abs(v), ndigits(p)) == D(p) and okdir
        self._add("growth " + desc, ok, f"{direction} {p}% =? ({cur} - {prev}) / {prev} (= {v:.4f}%)", [p, cur, prev])

    def pp(self, desc, pts, a, b, direction):
        v = D(a) - D(b)
        okdir = (v > 0 and direction == "up") or (v < 0 and direction == "down")
        self._add("points " + desc, q(abs(v), ndigits(pts)) == D(pts) and okdir,
                  f"{direction} {pts} pts =? {a} - {b} (= {v})", [pts, a, b])

    def prod(self, desc, result, a, b, div=1):
        v = D(a) * D(b) / D(div)
        self._add("product " + desc, q(v, ndigits(result)) == D(result),
                  f"{result} =? {a} x {b} / {div} (= {v})", [result, a, b])

    def quot(self, desc, result, a, b, mult=1):
        v = D(a) * D(mult) / D(b)
        self._add("quotient " + desc, q(v, ndigits(result)) == D(result),
                  f"{result} =? {a} x {mult} / {b} (= {v})", [result, a, b])

    def same(self, desc, *vals):
        ok = len({D(v) for v in vals}) == 1
        self._add("same " + desc, ok, " = ".join(vals), list(vals))

    def le(self, desc, a, b):
        self._add("le " + desc, D(a) <= D(b), f"{a} <= {b}", [a, b])

    def conv(self, desc, wan, yuan):
        """万元 figure equals 元 figure / 10000 at wan's precision"""
        v = D(yuan) / 10000
        self._add("unit " + desc, q(v, ndigits(wan)) == D(wan), f"{wan}万元 =? {yuan}元 / 10000 (= {v})", [wan, yuan])

    def dated(self, desc, date_text, period_end=datetime.date(2024, 12, 31)):
        m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date_text)
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        self._add("date " + desc, d > period_end, f"{date_text} > {period_end}", [])
        self.anchors.append(date_text)

    def docno(self, desc, docno, date_text):
        y = int(re.search(r"〔(\d{4})〕", docno).group(1))
        dy = int(date_text[:4])
        self._add("docno " + desc, y == dy, f"{docno} year {y} == date year {dy}", [])
        self.anchors.append(docno)

    def anchor(self, s):
        self.anchors.append(s)

    # ---- proof on the rendered text
    def prove(self, text):
        flat = re.sub(r"[ \t\u3000\u00a0]+", "", text)
        flat_all = re.sub(r"\s+", "", text)
        missing = []
        for n in sorted(set(self.nums)):
            pat = r"(?<![\d.,])" + re.escape(n) + r"(?![\d]|[.,]\d)"
            spaced = re.sub(r"[ \t\u3000\u00a0]+", " ", text)
            if not (re.search(pat, flat) or re.search(pat, flat_all) or re.search(pat, spaced)):
                missing.append(n)
        for a in self.anchors:
            if re.sub(r"\s+", "", a) not in flat_all:
                missing.append(a)
        ok = not missing
        self.checks.append({"desc": "prove: every relation number and anchor visible in rendered file",
                            "ok": ok, "detail": f"{len(set(self.nums))} numbers, {len(self.anchors)} anchors; missing={missing}"})
        if not ok:
            raise AssertionError(f"{self.report}: not visible: {missing}")

    def dump(self, path, text):
        self.prove(text)
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        nonspace = len(re.sub(r"\s", "", text))
        self.facts["han_chars"] = han
        self.facts["chars_nonspace"] = nonspace
        out = {"report": os.path.basename(self.report), "facts": self.facts, "checks": self.checks,
               "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return han


# ---------------------------------------------------------------- model
# blocks: ("TITLE", s) ("SUB", s) ("H1", s) ("H2", s) ("P", s) ("RIGHT", s)
#         ("TABLE", {"id","title","unit","header":[..] or [[..],[..]],"rows":[[..]],"note"})
def strings_of(model):
    for bi, b in enumerate(model):
        if b[0] == "TABLE":
            t = b[1]
            for k in ("title", "unit", "note"):
                if t.get(k):
                    yield (bi, k, None, None), t[k]
            hdr = t["header"] if isinstance(t["header"][0], list) else [t["header"]]
            for ri, r in enumerate(hdr):
                for ci, c in enumerate(r):
                    yield (bi, "h", ri, ci), c
            for ri, r in enumerate(t["rows"]):
                for ci, c in enumerate(r):
                    yield (bi, "r", ri, ci), c
        else:
            yield (bi, None, None, None), b[1]


def replace_once(model, old, new):
    hits = [(loc, s) for loc, s in strings_of(model) if old in s]
    cnt = sum(s.count(old) for _, s in hits)
    assert cnt == 1, f"replace_once: {old!r} occurs {cnt} times"
    (bi, k, ri, ci), s = hits[0]
    m = copy.deepcopy(model)
    ns = s.replace(old, new)
    if k is None:
        m[bi] = (m[bi][0], ns)
    elif k in ("title", "unit", "note"):
        m[bi][1][k] = ns
    elif k == "r":
        m[bi][1]["rows"][ri][ci] = ns
    else:
        m[bi][1]["header"][ri][ci] = ns
    return m


def set_cell(model, tid, row0, col, old, new):
    """row0: first-cell text of the row"""
    m = copy.deepcopy(model)
    for b in m:
        if b[0] == "TABLE" and b[1]["id"] == tid:
            rows = [r for r in b[1]["rows"] if r[0] == row0]
            assert len(rows) == 1, (tid, row0)
            assert rows[0][col] == old, (rows[0][col], old)
            rows[0][col] = new
            return m
    raise KeyError(tid)


# ---------------------------------------------------------------- txt
def wlen(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def txt_table(t, style="space"):
    hdr = t["header"] if isinstance(t["header"][0], list) else [t["header"]]
    rows = hdr + t["rows"]
    n = max(len(r) for r in rows)
    widths = [max(wlen(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    if t.get("title"):
        out.append(t["title"])
    if t.get("unit"):
        out.append(t["unit"])
    for ri, r in enumerate(rows):
        cells = []
        for i in range(n):
            c = r[i] if i < len(r) else ""
            pad = widths[i] - wlen(c)
            if i == 0 or not re.fullmatch(r"[-\d,.%]+", c):
                cells.append(c + " " * pad)
            else:
                cells.append(" " * pad + c)
        out.append("  ".join(cells).rstrip())
        if ri == len(hdr) - 1:
            out.append("-" * (sum(widths) + 2 * (n - 1)))
    if t.get("note"):
        out.append(t["note"])
    return "\n".join(out)


def render_txt(model, path, crlf=False):
    lines = []
    for kind, v in model:
        if kind == "TITLE":
            lines += [v, ""]
        elif kind == "SUB":
            lines += [v, ""]
        elif kind in ("H1", "H2"):
            lines += [v]
        elif kind == "P":
            lines += ["　　" + v]
        elif kind == "RIGHT":
            lines += [" " * 40 + v]
        elif kind == "BLANK":
            lines += [""]
        elif kind == "TABLE":
            lines += ["", txt_table(v), ""]
    s = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8", newline="\r\n" if crlf else "\n") as fh:
        fh.write(s)


def read_txt(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- html
def render_html(model, path, site="", crumbs="", meta=""):
    e = _html.escape
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    title = next(v for k, v in model if k == "TITLE")
    o.append(f"<title>{e(title)}</title>")
    o.append("<style>body{font-family:SimSun,serif;width:960px;margin:0 auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #666;padding:3px 6px}td.n{text-align:right}.r{text-align:right}</style>")
    o += ["</head>", "<body>", f'<div class="top">{e(site)}</div>', f'<div class="crumb">{e(crumbs)}</div>',
          '<div class="article">']
    for kind, v in model:
        if kind == "TITLE":
            o.append(f"<h1>{e(v)}</h1>")
            if meta:
                o.append(f'<div class="meta">{e(meta)}</div>')
        elif kind == "SUB":
            o.append(f'<p class="sub">{e(v)}</p>')
        elif kind == "H1":
            o.append(f"<h3>{e(v)}</h3>")
        elif kind == "H2":
            o.append(f"<h4>{e(v)}</h4>")
        elif kind == "P":
            o.append(f"<p>{e(v)}</p>")
        elif kind == "RIGHT":
            o.append(f'<p class="r">{e(v)}</p>')
        elif kind == "TABLE":
            t = v
            if t.get("title"):
                o.append(f'<p class="tt"><b>{e(t["title"])}</b></p>')
            if t.get("unit"):
                o.append(f'<p class="r">{e(t["unit"])}</p>')
            o.append(f'<table id="{e(t["id"])}">')
            hdr = t["header"] if isinstance(t["header"][0], list) else [t["header"]]
            o.append("<thead>")
            for r in hdr:
                o.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in r) + "</tr>")
            o.append("</thead><tbody>")
            for r in t["rows"]:
                if len(r) == 1:
                    o.append(f'<tr><td colspan="{len(hdr[-1])}"><b>{e(r[0])}</b></td></tr>')
                    continue
                cells = []
                for i, c in enumerate(r):
                    cls = ' class="n"' if i and re.fullmatch(r"[-\d,.%]+", c) else ""
                    cells.append(f"<td{cls}>{e(c)}</td>")
                o.append("<tr>" + "".join(cells) + "</tr>")
            o.append("</tbody></table>")
            if t.get("note"):
                o.append(f'<p class="note">{e(t["note"])}</p>')
    o += ["</div>", '<div class="foot">主办单位：' + e(site) + "</div>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(o) + "\n")


class _HP(HTMLParser):
    BLOCK = {"p", "h1", "h3", "h4", "div", "title", "tr", "table", "br"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.in_row = False
        self.skip = False

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title"):
            self.skip = True
        if tag == "tr":
            self.in_row = True
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("|")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip = False
        if tag == "tr":
            self.in_row = False
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace("\n", " ") if self.in_row else data)


def read_html(path):
    p = _HP()
    p.feed(read_txt(path))
    s = "".join(p.out)
    return re.sub(r"\n\s*\n+", "\n", s).strip() + "\n"


# ---------------------------------------------------------------- docx
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


def render_docx(model, path, author="", landscape=False):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, v in model:
        if kind == "TITLE":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v)
            r.bold = True
            r.font.size = Pt(16)
        elif kind in ("SUB",):
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("H1", "H2"):
            p = d.add_paragraph()
            r = p.add_run(v)
            r.bold = True
        elif kind == "P":
            p = d.add_paragraph(v)
            p.paragraph_format.first_line_indent = Pt(22)
        elif kind == "RIGHT":
            p = d.add_paragraph(v)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "TABLE":
            t = v
            if t.get("title"):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(t["title"]).bold = True
            if t.get("unit"):
                p = d.add_paragraph(t["unit"])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            hdr = t["header"] if isinstance(t["header"][0], list) else [t["header"]]
            ncol = len(hdr[-1])
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            for r in hdr + t["rows"]:
                cells = tb.add_row().cells
                if len(r) == 1:
                    m = cells[0].merge(cells[-1])
                    m.text = r[0]
                    continue
                for i, c in enumerate(r):
                    cells[i].text = c
                    if i and re.fullmatch(r"[-\d,.%]+", c):
                        cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if t.get("note"):
                d.add_paragraph(t["note"])
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    os.remove(tmp)


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            t = Table(el, d)
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if seen and c._tc is seen[-1]._tc:
                        continue
                    seen.append(c)
                out.append("|" + "|".join(c.text for c in seen))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- pdf
def render_pdf(model, path, colw=None, author=""):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=16, firstLineIndent=21, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=F, fontSize=16, leading=22, alignment=TA_CENTER, wordWrap="CJK")
    sub = ParagraphStyle("s", fontName=F, fontSize=10.5, leading=16, alignment=TA_CENTER, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=F, fontSize=12, leading=18, spaceBefore=6, wordWrap="CJK")
    right = ParagraphStyle("r", fontName=F, fontSize=10.5, leading=16, alignment=TA_RIGHT, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=F, fontSize=8.5, leading=11, wordWrap="CJK")
    celln = ParagraphStyle("cn", fontName=F, fontSize=8.5, leading=11, alignment=TA_RIGHT, wordWrap="CJK")
    e = _html.escape
    story = []
    for kind, v in model:
        if kind == "TITLE":
            story += [Paragraph(e(v), title), Spacer(1, 4)]
        elif kind == "SUB":
            story.append(Paragraph(e(v), sub))
        elif kind in ("H1", "H2"):
            story.append(Paragraph(e(v), h1))
        elif kind == "P":
            story.append(Paragraph(e(v), body))
        elif kind == "RIGHT":
            story.append(Paragraph(e(v), right))
        elif kind == "TABLE":
            t = v
            if t.get("title"):
                story.append(Paragraph(e(t["title"]), sub))
            if t.get("unit"):
                story.append(Paragraph(e(t["unit"]), right))
            hdr = t["header"] if isinstance(t["header"][0], list) else [t["header"]]
            data = []
            for r in hdr + t["rows"]:
                data.append([Paragraph(e(c), celln if (i and re.fullmatch(r"[-\d,.%]+", c)) else cell)
                             for i, c in enumerate(r)])
            cw = t.get("colw")
            tb = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=len(hdr))
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [tb, Spacer(1, 3)]
            if t.get("note"):
                story.append(Paragraph(e(t["note"]), body))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, author=author, title="", creator="", producer="")
    doc.build(story)


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


READERS = {".txt": read_txt, ".html": read_html, ".docx": read_docx, ".pdf": read_pdf}


def read_any(path):
    return READERS[os.path.splitext(path)[1]](path)


def han(text):
    return len(re.findall(r"[\u4e00-\u9fff]", text))
