# -*- coding: utf-8 -*-
"""lib53: slot model, Decimal helpers, Ledger, renderers and readers for heldout53.

Every figure that a check uses is a *slot*: a named, single rendered occurrence.
Texts hold slot markers; rendering substitutes the current value of each slot.
A planted error overrides exactly one slot value, so the ledger can be
re-evaluated on the changed figure while every other figure stays as written.
"""
import io, os, re, json, zipfile, datetime, difflib, html as htmlmod
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


# ---------------------------------------------------------------- numbers
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places=2):
    e = Decimal(1).scaleb(-places)
    return D(x).quantize(e, rounding=ROUND_HALF_UP)


def F(x, places=2, sep=True):
    """format with thousands separators (sep) at fixed places, half-up"""
    v = q(x, places)
    s = f"{v:,.{places}f}" if sep else f"{v:.{places}f}"
    return s


def I(x, sep=True):
    return F(x, 0, sep)


def num(s):
    """number string as written -> Decimal"""
    s = s.replace(",", "").replace("，", "")
    return Decimal(s)


def places_of(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- slots
MK = re.compile(r"\x02([A-Za-z0-9_]+)\x03")


class Doc:
    def __init__(self, name, fmt, title):
        self.name, self.fmt, self.title = name, fmt, title
        self.vals = {}       # slot -> string
        self.kinds = {}      # slot -> 'num' | 'text'
        self.blocks = []
        self.meta = {}

    # slot creation -------------------------------------------------
    def _reg(self, key, s, kind):
        if key in self.vals:
            raise KeyError("duplicate slot " + key)
        self.vals[key] = s
        self.kinds[key] = kind
        return "\x02%s\x03" % key

    def n(self, key, x, places=2, sep=True):
        return self._reg(key, F(x, places, sep), "num")

    def i(self, key, x, sep=True):
        return self._reg(key, I(x, sep), "num")

    def t(self, key, s):
        return self._reg(key, s, "text")

    # blocks ------------------------------------------------------------
    def title_(self, s):
        self.blocks.append(("title", s))

    def sub(self, s):
        self.blocks.append(("sub", s))

    def h(self, s):
        self.blocks.append(("h", s))

    def p(self, s):
        self.blocks.append(("p", s))

    def table(self, caption, unit, header, rows):
        self.blocks.append(("table", dict(caption=caption, unit=unit, header=header, rows=rows)))

    def sign(self, lines):
        self.blocks.append(("sign", lines))

    # substitution ----------------------------------------------------------
    def sub_vals(self, s, vals):
        return MK.sub(lambda m: vals[m.group(1)], s)

    def resolved(self, vals=None):
        vals = dict(self.vals, **(vals or {}))
        out = []
        for kind, b in self.blocks:
            if kind == "table":
                out.append((kind, dict(caption=self.sub_vals(b["caption"], vals),
                                       unit=self.sub_vals(b["unit"], vals) if b["unit"] else "",
                                       header=[self.sub_vals(c, vals) for c in b["header"]],
                                       rows=[[self.sub_vals(str(c), vals) for c in r] for r in b["rows"]])))
            elif kind == "sign":
                out.append((kind, [self.sub_vals(x, vals) for x in b]))
            else:
                out.append((kind, self.sub_vals(b, vals)))
        return out


# ---------------------------------------------------------------- ledger
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _v(vals, k):
    if isinstance(k, str) and k.startswith("c:"):
        return k[2:]
    return vals[k]


class Ledger:
    """checks are (desc, kind, args); args reference slot names (or 'c:<const>')."""

    def __init__(self, doc):
        self.doc = doc
        self.checks = []
        self.anchors = []   # (desc, text) must appear in read-back
        self.sames = []     # (desc, text, k) at least k occurrences

    def add(self, desc, kind, **args):
        self.checks.append((desc, kind, args))
        ok, detail = self.eval_one(kind, args, self.doc.vals)
        if not ok:
            raise AssertionError("check fails at build: %s: %s" % (desc, detail))

    def anchor(self, desc, text):
        self.anchors.append((desc, text))

    def same_n(self, desc, text, k):
        self.sames.append((desc, text, k))

    # evaluation ------------------------------------------------------------
    @staticmethod
    def eval_one(kind, a, vals):
        g = lambda k: _v(vals, k)
        n = lambda k: num(g(k))
        if kind == "lin":      # sum(coef*x) == r exactly
            terms = a["terms"]
            tot = sum((D(c) * n(k) for c, k in terms), Decimal(0))
            r = n(a["r"])
            det = "+".join(("%s%s" % ("" if c == 1 else ("-" if c == -1 else str(c) + "*"), g(k))) for c, k in terms).replace("+-", "-")
            return tot == r, "%s=%s vs %s" % (det, tot, g(a["r"]))
        if kind == "prod":     # q(x*y/scale) == r
            x = n(a["x"]) * n(a["y"]) / D(a.get("scale", 1))
            r = g(a["r"])
            v = q(x, places_of(r))
            return v == num(r), "%s*%s/%s=%s vs %s" % (g(a["x"]), g(a["y"]), a.get("scale", 1), v, r)
        if kind == "ratio":    # q(num/den*scale) == r
            den = sum((n(k) for k in a["den"]), Decimal(0)) if isinstance(a["den"], list) else n(a["den"])
            nu = sum((n(k) for k in a["num"]), Decimal(0)) if isinstance(a["num"], list) else n(a["num"])
            r = g(a["r"])
            v = q(nu / den * D(a.get("scale", 100)), places_of(r))
            return v == num(r), "%s/%s*%s=%s vs %s" % (nu, den, a.get("scale", 100), v, r)
        if kind == "growth":   # cur-prior = +-amt ; amt/prior = rate ; direction word
            p, c = n(a["prior"]), n(a["cur"])
            d = c - p
            word = g(a["dir"]) if a.get("dir") else None
            ok = True
            det = []
            if word is not None:
                up = word in ("增加", "增长", "提高", "上升", "增", "多", "提升", "增幅")
                ok &= (d > 0) == up
                det.append("dir %s" % word)
            if a.get("amt"):
                ok &= abs(d) == n(a["amt"])
                det.append("|%s-%s|=%s vs %s" % (g(a["cur"]), g(a["prior"]), abs(d), g(a["amt"])))
            if a.get("rate"):
                r = g(a["rate"])
                v = q(abs(d) / p * 100, places_of(r))
                ok &= v == num(r)
                det.append("rate %s vs %s" % (v, r))
            return ok, "; ".join(det)
        if kind == "pp":
            p, c = n(a["prior"]), n(a["cur"])
            d = c - p
            up = g(a["dir"]) in ("提高", "上升", "提升", "增加")
            ok = abs(d) == n(a["delta"]) and (d > 0) == up
            return ok, "%s-%s=%s vs %s %s" % (g(a["cur"]), g(a["prior"]), d, g(a["dir"]), g(a["delta"]))
        if kind == "count":
            k = int(n(a["n"]))
            return k == len(a["items"]), "%s vs %d items" % (g(a["n"]), len(a["items"]))
        if kind == "band":
            s = n(a["score"])
            grade = None
            for lo, name in a["bands"]:
                if s >= D(lo):
                    grade = name
                    break
            return grade == g(a["grade"]), "%s -> %s vs %s" % (g(a["score"]), grade, g(a["grade"]))
        if kind == "dated":
            m = DATE_RE.search(g(a["date"]))
            dt = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            end = datetime.date(int(a["fy"]), 12, 31)
            return dt > end, "%s after %s-12-31" % (g(a["date"]), a["fy"])
        if kind == "le":
            return n(a["a"]) <= n(a["b"]), "%s <= %s" % (g(a["a"]), g(a["b"]))
        if kind == "min" or kind == "max":
            vs = [n(k) for k in a["among"]]
            t = n(a["x"])
            ok = t == (min(vs) if kind == "min" else max(vs))
            return ok, "%s %s of %s" % (g(a["x"]), kind, ",".join(g(k) for k in a["among"]))
        if kind == "same":
            vs = [g(k) for k in a["keys"]]
            return len(set(vs)) == 1, " = ".join(vs)
        if kind == "days":     # days in year y == r
            y = int(a["year"])
            dd = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
            return dd == int(n(a["r"])), "%d days in %d vs %s" % (dd, y, g(a["r"]))
        raise ValueError(kind)

    def keys_of(self, a):
        ks = []
        for k, v in a.items():
            if k in ("scale", "fy", "bands", "items", "year"):
                continue
            if k == "terms":
                ks += [x for _, x in v]
            elif isinstance(v, list):
                ks += v
            else:
                ks.append(v)
        return [k for k in ks if isinstance(k, str) and not k.startswith("c:")]

    def run(self, vals):
        res = []
        for desc, kind, a in self.checks:
            ok, det = self.eval_one(kind, a, vals)
            res.append((desc, ok, det))
        return res


# ---------------------------------------------------------------- read-back helpers
def squeeze(s):
    return re.sub(r"\s+", "", s)


def has_number(text, s):
    pat = r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None or re.search(pat, squeeze(text)) is not None


def prove(doc, L, readback, vals=None):
    """re-evaluate every check on the read-back; returns ledger rows"""
    vals = dict(doc.vals, **(vals or {}))
    rows = []
    for desc, ok, det in L.run(vals):
        rows.append({"desc": desc, "ok": ok, "detail": det})
    sq = squeeze(readback)
    used = []
    for desc, kind, a in L.checks:
        for k in L.keys_of(a):
            if k not in used:
                used.append(k)
    for k in used:
        s = vals[k]
        if doc.kinds[k] == "num":
            ok = has_number(readback, s)
        else:
            ok = squeeze(s) in sq
        rows.append({"desc": "read-back: " + k, "ok": ok, "detail": s})
    for desc, kind, a in L.checks:
        if kind == "count":
            for it in a["items"]:
                rows.append({"desc": "anchor: item of " + desc, "ok": squeeze(it) in sq, "detail": it})
    for desc, text in L.anchors:
        rows.append({"desc": "anchor: " + desc, "ok": squeeze(text) in sq, "detail": text})
    for desc, text, k in L.sames:
        c = sq.count(squeeze(text))
        rows.append({"desc": "same: " + desc, "ok": c >= k, "detail": "%s x%d (need %d)" % (text, c, k)})
    return rows


# ---------------------------------------------------------------- renderers
def _ea_width(s):
    import unicodedata
    w = 0
    for ch in s:
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _isnum(s):
    return re.fullmatch(r"[-+]?[\d,]+(\.\d+)?%?", s.strip()) is not None


def render_txt(blocks, style="tab"):
    out = []
    for kind, b in blocks:
        if kind == "title":
            out.append(b)
        elif kind == "sub":
            out.append(b)
            out.append("")
        elif kind == "h":
            out.append(b)
        elif kind == "p":
            out.append("　　" + b)
        elif kind == "table":
            out.append("")
            if style == "tab":
                out.append(b["caption"] + ("\t" + b["unit"] if b["unit"] else ""))
                out.append("\t".join(b["header"]))
                for r in b["rows"]:
                    out.append("\t".join(r))
            else:
                out.append(b["caption"])
                if b["unit"]:
                    out.append(b["unit"])
                allr = [b["header"]] + b["rows"]
                ncol = len(b["header"])
                wid = [max(_ea_width(r[c]) for r in allr) for c in range(ncol)]
                tot = sum(wid) + 2 * (ncol - 1)
                out.append("-" * tot)
                for ri, r in enumerate(allr):
                    cells = []
                    for c in range(ncol):
                        pad = wid[c] - _ea_width(r[c])
                        if ri > 0 and _isnum(r[c]):
                            cells.append(" " * pad + r[c])
                        else:
                            cells.append(r[c] + " " * pad)
                    out.append("  ".join(cells).rstrip())
                    if ri == 0 or ri == len(allr) - 2:
                        out.append("-" * tot)
                out.append("-" * tot)
            out.append("")
        elif kind == "sign":
            out.append("")
            for x in b:
                out.append(" " * 28 + x)
    return "\n".join(out).rstrip("\n") + "\n"


def render_html(blocks, site, nav, crumbs, publisher, pubdate):
    e = htmlmod.escape
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (e(blocks[0][1]), e(site)),
         '<style>body{font-family:SimSun,serif;margin:0}.top{background:#a61b1b;color:#fff;padding:8px 24px}'
         'nav a{margin-right:14px}.crumb{font-size:13px;color:#666;padding:6px 24px}article{width:880px;margin:0 auto}'
         'table{border-collapse:collapse}td,th{border:1px solid #333;padding:3px 6px}.num{text-align:right}'
         '.sign{text-align:right}</style>', '</head>', '<body>',
         '<div class="top">%s</div>' % e(site),
         '<nav>' + "".join('<a href="#">%s</a>' % e(x) for x in nav) + '</nav>',
         '<div class="crumb">当前位置：' + " &gt; ".join(e(x) for x in crumbs) + '</div>',
         '<article>']
    first = True
    for kind, b in blocks:
        if kind == "title":
            o.append('<h1>%s</h1>' % e(b))
            if first:
                o.append('<div class="info">发布机构：%s　发布日期：%s</div>' % (e(publisher), e(pubdate)))
                first = False
        elif kind == "sub":
            o.append('<p class="docno">%s</p>' % e(b))
        elif kind == "h":
            o.append('<h3>%s</h3>' % e(b))
        elif kind == "p":
            o.append('<p>%s</p>' % e(b))
        elif kind == "table":
            o.append('<p class="cap">%s</p>' % e(b["caption"]))
            if b["unit"]:
                o.append('<p class="unit">%s</p>' % e(b["unit"]))
            o.append('<table>')
            o.append('<tr>' + "".join('<th>%s</th>' % e(c) for c in b["header"]) + '</tr>')
            for r in b["rows"]:
                o.append('<tr>' + "".join(('<td class="num">%s</td>' if _isnum(c) else '<td>%s</td>') % e(c) for c in r) + '</tr>')
            o.append('</table>')
        elif kind == "sign":
            for x in b:
                o.append('<p class="sign">%s</p>' % e(x))
    o += ['</article>', '<footer>主办：%s　技术支持：%s信息中心</footer>' % (e(site), e(publisher)), '</body>', '</html>']
    return "\n".join(o) + "\n"


FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)


def _restamp_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return buf.getvalue()


def render_docx(blocks, author):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, b in blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "sub":
            p = d.add_paragraph(b)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(b).bold = True
        elif kind == "p":
            p = d.add_paragraph(b)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "table":
            p = d.add_paragraph(b["caption"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b["unit"]:
                p = d.add_paragraph(b["unit"])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            t = d.add_table(rows=1 + len(b["rows"]), cols=len(b["header"]))
            t.style = "Table Grid"
            for ci, c in enumerate(b["header"]):
                t.cell(0, ci).text = c
            for ri, r in enumerate(b["rows"]):
                for ci, c in enumerate(r):
                    t.cell(ri + 1, ci).text = c
                    if _isnum(c):
                        t.cell(ri + 1, ci).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sign":
            for x in b:
                p = d.add_paragraph(x)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = blocks[0][1]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _restamp_zip(buf.getvalue())


def render_pdf(blocks, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    fn = "STSong-Light"
    sT = ParagraphStyle("t", fontName=fn, fontSize=15, leading=22, alignment=1, wordWrap="CJK")
    sS = ParagraphStyle("s", fontName=fn, fontSize=10.5, leading=16, alignment=1, wordWrap="CJK")
    sH = ParagraphStyle("h", fontName=fn, fontSize=11.5, leading=18, wordWrap="CJK", spaceBefore=4)
    sP = ParagraphStyle("p", fontName=fn, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK")
    sC = ParagraphStyle("c", fontName=fn, fontSize=9, leading=12, wordWrap="CJK")
    sR = ParagraphStyle("r", fontName=fn, fontSize=10.5, leading=17, alignment=2, wordWrap="CJK")
    e = htmlmod.escape
    story = []
    for kind, b in blocks:
        if kind == "title":
            story.append(Paragraph(e(b), sT))
        elif kind == "sub":
            story.append(Paragraph(e(b), sS))
            story.append(Spacer(1, 4))
        elif kind == "h":
            story.append(Paragraph(e(b), sH))
        elif kind == "p":
            story.append(Paragraph(e(b), sP))
        elif kind == "table":
            story.append(Spacer(1, 4))
            story.append(Paragraph(e(b["caption"]), sS))
            if b["unit"]:
                story.append(Paragraph(e(b["unit"]), sR))
            data = [[Paragraph(e(c), sC) for c in b["header"]]] + [[Paragraph(e(c), sC) for c in r] for r in b["rows"]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sign":
            story.append(Spacer(1, 10))
            for x in b:
                story.append(Paragraph(e(x), sR))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=blocks[0][1], author=author, creator=author,
                            invariant=1)
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- readers
class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "h1", "h3", "div", "nav", "footer", "br"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr":
            self.out.append("\n|" + "|".join(self.row) + "\n")
            self.row = None
        elif tag in ("p", "h1", "h3", "div"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def read_back(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        t = "".join(h.out)
        return re.sub(r"\n\s*\n+", "\n", t).strip() + "\n"
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        out = []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                out.append("".join(x.text or "" for x in el.iter() if x.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(x.text or "" for x in tc.iter() if x.tag.endswith("}t")))
                        out.append("|" + "|".join(cells))
        return "\n".join(out) + "\n"
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    raise ValueError(path)


def render(doc, vals=None, **kw):
    blocks = doc.resolved(vals)
    if doc.fmt == "txt":
        return render_txt(blocks, kw.get("style", "tab")).encode("utf-8")
    if doc.fmt == "html":
        return render_html(blocks, **kw).encode("utf-8")
    if doc.fmt == "docx":
        return render_docx(blocks, kw["author"])
    if doc.fmt == "pdf":
        return render_pdf(blocks, kw["author"])
    raise ValueError(doc.fmt)


def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def ledger_json(doc, rows, readback):
    return {"report": doc.name,
            "facts": {"date": doc.vals[doc.meta["date_slot"]], "docno": doc.meta["docno"],
                      "utf8_bytes": len(readback.encode("utf-8")), "han_chars": han_count(readback)},
            "checks": rows,
            "all_checks_ok": all(r["ok"] for r in rows)}


def diff_regions(a, b, merge=4):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    regs = []
    for op in ops:
        if regs and op[1] - regs[-1][2] < merge:
            regs[-1] = (regs[-1][0], regs[-1][1], op[2])
        else:
            regs.append(op[:3])
    return regs
