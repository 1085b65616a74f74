"""Toolkit for the h21 generators (written for this set; not derived from any tool code).

Sections
  1. numbers   -- Decimal rounding half-up at the written precision, writers and a reader
  2. Ledger    -- facts + relations over the number *strings as written*; each relation
                  records "where" fragments that must be found in a named view of the
                  rendered file (Ledger.confirm).  Any failing relation raises at once.
  3. views     -- readers of what a person sees: txt (with page furniture removed),
                  html (block lines / bare text nodes / table grids / ul-li grids),
                  docx (body, text boxes from the mc:Choice branch, nested tables),
                  pdf (pdfminer text, and rows rebuilt from glyph boxes)
  4. misc      -- content-model substitution for planting, byte-stable docx output
"""
import datetime
import json
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

Dec = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.dirname(HERE)
ERRORS = os.path.join(SETDIR, "errors")
SCRATCH = os.path.join(SETDIR, "_scratch")


# =========================================================== 1. numbers

def q(x, nd=2):
    """Decimal(x) rounded half-up to nd decimals."""
    return Dec(str(x)).quantize(Dec(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def fmt(x, nd=2, sep=True):
    """written form: thousands separators (sep) and nd decimals."""
    v = q(x, nd)
    body = ("{:,.%df}" % nd if sep else "{:.%df}" % nd).format(abs(v))
    return ("-" if v < 0 else "") + body


def fint(n, sep=True):
    return "{:,}".format(int(n)) if sep else str(int(n))


def pct(a, b, nd=2):
    """a / b as a percentage, half-up."""
    return q(Dec(str(a)) / Dec(str(b)) * 100, nd)


def chg(new, old, nd=2):
    """growth percentage (new-old)/old, half-up, signed."""
    return q((Dec(str(new)) - Dec(str(old))) / Dec(str(old)) * 100, nd)


_FULL = str.maketrans("０１２３４５６７８９．，％－", "0123456789.,%-")


def val(s):
    """read a written number back (commas, %, ‰, nbsp, full-width, minus signs)."""
    t = str(s).translate(_FULL)
    for junk in (",", "%", "‰", "\u00a0", " ", "\u3000", "+"):
        t = t.replace(junk, "")
    t = t.replace("−", "-").replace("－", "-")
    return Dec(t)


def ndp(s):
    t = str(s).translate(_FULL).replace(",", "").replace("%", "").replace("‰", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


def hanzi(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


RISE_WORDS = ("增长", "增加", "提高", "上升", "多支出", "超支")
FALL_WORDS = ("下降", "减少", "降低", "节约", "压减", "少支出", "回落")


def direction_ok(word, signed):
    if word in RISE_WORDS:
        return signed > 0
    if word in FALL_WORDS:
        return signed < 0
    if word == "持平":
        return signed == 0
    raise ValueError("unknown direction word " + word)


# =========================================================== 2. Ledger

class LedgerError(AssertionError):
    pass


class Ledger:
    """Relations on written strings.  `at` is a list of fragments; a fragment is a
    string (looked up in the default view) or a (view, string) pair."""

    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.log = []
        self._anchored = []

    # ---- bookkeeping
    def note(self, key, value):
        if isinstance(value, Dec):
            value = str(value)
        self.facts[key] = value

    def _rec(self, kind, desc, ok, detail, nums=(), at=()):
        self.log.append({"desc": "%s: %s" % (kind, desc), "ok": bool(ok), "detail": detail})
        if not ok:
            raise LedgerError("%s: %s -- %s" % (kind, desc, detail))
        if nums or at:
            self._anchored.append(("%s: %s" % (kind, desc), [str(n) for n in nums], list(at)))

    # ---- relations (operands are written strings)
    def sum_(self, desc, total, parts, at=()):
        s = sum((val(p) for p in parts), Dec(0))
        self._rec("sum", desc, q(s, ndp(total)) == val(total),
                  "%s = %s (computed %s)" % (total, " + ".join(parts), s), [total] + list(parts), at)

    def combo(self, desc, result, terms, at=()):
        """result = sum(coef * value) ; terms: [(coef, written)]"""
        s = sum((Dec(str(c)) * val(x) for c, x in terms), Dec(0))
        expr = " ".join("%s%s%s" % ("+" if Dec(str(c)) >= 0 else "-",
                                    "" if abs(Dec(str(c))) == 1 else "%s*" % abs(Dec(str(c))), x) for c, x in terms)
        self._rec("combo", desc, q(s, ndp(result)) == val(result), "%s = %s (computed %s)" % (result, expr, s),
                  [result] + [x for _, x in terms], at)

    def pct(self, desc, result, num, den, at=(), per=100):
        v = q(val(num) / val(den) * per, ndp(result))
        self._rec("ratio", desc, v == val(result), "%s / %s * %s = %s (written %s)" % (num, den, per, v, result),
                  [result, num, den], at)

    def yoy(self, desc, result, new, old, word=None, at=()):
        v = q((val(new) - val(old)) / val(old) * 100, ndp(result))
        ok = v == val(result) if word is None else (abs(v) == abs(val(result)) and direction_ok(word, v))
        self._rec("growth", desc, ok, "(%s - %s) / %s = %s%% (written %s %s)" % (new, old, old, v, word or "", result),
                  [result, new, old], at)

    def gap(self, desc, result, a, b, word=None, at=()):
        v = val(a) - val(b)
        ok = (q(v, ndp(result)) == val(result)) if word is None else \
            (q(abs(v), ndp(result)) == abs(val(result)) and direction_ok(word, v))
        self._rec("diff", desc, ok, "%s - %s = %s (written %s %s)" % (a, b, v, word or "", result), [result, a, b], at)

    def times(self, desc, result, factors, k=1, at=()):
        v = Dec(str(k))
        for f in factors:
            v *= val(f)
        self._rec("product", desc, q(v, ndp(result)) == val(result),
                  "%s * %s = %s (written %s)" % (" * ".join(factors), k, v, result), [result] + list(factors), at)

    def per(self, desc, result, a, b, k=1, at=()):
        v = val(a) / val(b) * Dec(str(k))
        self._rec("quotient", desc, q(v, ndp(result)) == val(result),
                  "%s / %s * %s = %s (written %s)" % (a, b, k, v, result), [result, a, b], at)

    def scale(self, desc, result, src, factor, at=()):
        """unit conversion: result = src * factor (factor is a constant, not a written figure)"""
        v = val(src) * Dec(str(factor))
        self._rec("convert", desc, q(v, ndp(result)) == val(result),
                  "%s * %s = %s (written %s)" % (src, factor, v, result), [result, src], at)

    def fn(self, desc, result, f, args, expr, at=()):
        v = f(*[val(a) for a in args])
        self._rec("formula", desc, q(v, ndp(result)) == val(result), "%s = %s = %s" % (result, expr, v),
                  [result] + list(args), at)

    def eq(self, desc, a, b, at=()):
        self._rec("same", desc, val(a) == val(b), "%s == %s" % (a, b), [a, b], at)

    def le(self, desc, part, whole, at=()):
        self._rec("part<=whole", desc, val(part) <= val(whole), "%s <= %s" % (part, whole), [part, whole], at)

    def within(self, desc, got, full, at=()):
        self._rec("score", desc, Dec(0) <= val(got) <= val(full), "0 <= %s <= %s" % (got, full), [got, full], at)

    def band(self, desc, score, grade, bands, at=()):
        g = next((name for lo, name in bands if val(score) >= Dec(str(lo))), None)
        self._rec("grade", desc, g == grade, "%s -> %s (written %s)" % (score, g, grade), [score], at)

    def hundred(self, desc, parts, target=100, tol=0, at=()):
        s = sum((val(p) for p in parts), Dec(0))
        self._rec("shares", desc, abs(s - Dec(str(target))) <= Dec(str(tol)),
                  "%s = %s (target %s, tolerance %s)" % (" + ".join(parts), s, target, tol), list(parts), at)

    def order(self, desc, earlier, later, at=()):
        """earlier/later: (y, m, d) tuples; strictly earlier"""
        ok = datetime.date(*earlier) < datetime.date(*later)
        self._rec("date", desc, ok, "%04d-%02d-%02d < %04d-%02d-%02d" % (*earlier, *later), [], at)

    def truth(self, desc, ok, detail="", nums=(), at=()):
        self._rec("cond", desc, ok, detail, nums, at)

    def shown(self, desc, *at):
        self._rec("text", desc, True, "anchored", (), at)

    # ---- visible confirmation
    def confirm(self, views, default):
        for desc, nums, at in list(self._anchored):
            frags = []
            for a in at:
                view, s = a if isinstance(a, tuple) else (default, a)
                self._rec("visible", "[%s] %s" % (view, desc), s in views[view], s)
                frags.append(s)
            for n in nums:
                self._rec("visible-number", "%s in %s" % (n, desc),
                          any(n in f for f in frags) or n in views[default], n)

    def dump(self, path):
        out = {"report": self.report, "facts": self.facts, "checks": self.log,
               "all_checks_ok": all(c["ok"] for c in self.log)}
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return out["all_checks_ok"]


def finish(ledger, views, default, ledger_path, han_source, lo=2500, hi=5000):
    n = hanzi(han_source)
    ledger.note("han_chars", n)
    ledger.truth("Han characters %d-%d" % (lo, hi), lo <= n <= hi, str(n))
    ledger.confirm(views, default)
    ok = ledger.dump(ledger_path)
    print("%-62s checks=%5d han=%5d ok=%s" % (os.path.basename(ledger_path), len(ledger.log), n, ok))
    if not ok:
        raise SystemExit(1)
    return n


# =========================================================== 3. views

def read_text_file(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as fh:
        return fh.read()


class _HtmlWalker(HTMLParser):
    """Collects (a) block lines with inline elements joined, (b) bare text nodes,
    (c) <table> grids (cells as written, rowspan/colspan recorded),
    (d) <ul class=...> grids whose <li> are cells of a row."""
    IGNORE = {"head", "script", "style", "title", "noscript"}
    BLOCKS = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "table", "caption", "thead", "tbody", "tfoot", "section", "article", "header", "footer",
              "body", "html", "dl", "dt", "dd", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ignore = 0
        self.blocks = [""]
        self.nodes = []
        self.tables = []      # list of list of rows; row = list of (text, rowspan, colspan)
        self._tstack = []
        self.ulrows = []      # (ul class, [cell texts])
        self._ul = []         # stack of [class, cells, current li text or None]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.IGNORE:
            self.ignore += 1
            return
        if tag in self.BLOCKS:
            self.blocks.append("")
        if tag == "table":
            self._tstack.append([])
        elif tag == "tr" and self._tstack:
            self._tstack[-1].append([])
        elif tag in ("td", "th") and self._tstack and self._tstack[-1]:
            self._tstack[-1][-1].append(["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))])
        elif tag == "ul":
            self._ul.append([a.get("class", ""), [], None])
        elif tag == "li" and self._ul:
            self._ul[-1][2] = ""

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag in self.IGNORE:
            self.ignore = max(0, self.ignore - 1)
            return
        if tag in self.BLOCKS:
            self.blocks.append("")
        if tag == "table" and self._tstack:
            self.tables.append(self._tstack.pop())
        elif tag == "li" and self._ul and self._ul[-1][2] is not None:
            self._ul[-1][1].append(_squash(self._ul[-1][2]))
            self._ul[-1][2] = None
        elif tag == "ul" and self._ul:
            cls, cells, _ = self._ul.pop()
            self.ulrows.append((cls, cells))

    def handle_data(self, data):
        if self.ignore:
            return
        if data.strip():
            self.nodes.append(data.strip().replace("\u00a0", " ").strip())
        self.blocks[-1] += data
        if self._tstack and self._tstack[-1] and self._tstack[-1][-1]:
            self._tstack[-1][-1][-1][0] += data
        if self._ul and self._ul[-1][2] is not None:
            self._ul[-1][2] += data


def _squash(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def html_parse(path):
    w = _HtmlWalker()
    with open(path, encoding="utf-8") as fh:
        w.feed(fh.read())
    w.close()
    return w


def html_blocks(path):
    """one line per block element, inline elements joined, nbsp and runs of spaces squashed"""
    w = html_parse(path)
    return "\n".join(s for s in (_squash(b) for b in w.blocks) if s)


def html_nodes(path):
    return "\n".join(n for n in html_parse(path).nodes if n)


def html_tables(path):
    """tables as lists of rows of (text, rowspan, colspan); text squashed"""
    return [[[(_squash(t), rs, cs) for t, rs, cs in row] for row in tb] for tb in html_parse(path).tables]


def html_ulrows(path):
    return [(c, cells) for c, cells in html_parse(path).ulrows]


WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % WNS
MCNS = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _own_text(p):
    """text of a paragraph's own runs, skipping anything inside drawings/pict/AlternateContent"""
    out = []

    def walk(el):
        for ch in el:
            if ch.tag in (W + "drawing", W + "pict", MCNS + "AlternateContent", W + "txbxContent"):
                continue
            if ch.tag == W + "t":
                out.append(ch.text or "")
            elif ch.tag == W + "tab":
                out.append("\t")
            else:
                walk(ch)
    walk(p)
    return "".join(out)


def _boxes(p):
    """text-box paragraphs anchored in paragraph p: the mc:Choice branch only (the VML
    fallback repeats the same text); bare VML boxes counted when there is no choice."""
    res = []
    for ac in p.iter(MCNS + "AlternateContent"):
        ch = ac.find(MCNS + "Choice")
        if ch is not None:
            for tx in ch.iter(W + "txbxContent"):
                res.append(tx)
    if not res:
        res = list(p.iter(W + "txbxContent"))
    return res


def _block_lines(container, lines, cells_out, depth=0):
    for el in container.iterchildren():
        if el.tag == W + "p":
            for tx in _boxes(el):
                _block_lines(tx, lines, cells_out, depth)
            lines.append(_own_text(el))
        elif el.tag == W + "tbl":
            rows = []
            for tr in el.iterchildren(W + "tr"):
                row = []
                for tc in tr.iterchildren(W + "tc"):
                    vm = tc.find(W + "tcPr/" + W + "vMerge")
                    if vm is not None and vm.get(W + "val") in (None, "continue"):
                        row.append(None)          # continuation of a vertical merge
                        continue
                    own = [_own_text(pp) for pp in tc.iterchildren(W + "p")]
                    row.append("\n".join(x for x in own if x))
                    lines.append("".join(own))
                    for sub in tc.iterchildren(W + "tbl"):
                        holder = [sub]
                        _block_lines(_Wrap(holder), lines, cells_out, depth + 1)
                rows.append(row)
            cells_out.append((depth, rows))


class _Wrap:
    def __init__(self, kids):
        self.kids = kids

    def iterchildren(self):
        return iter(self.kids)


def docx_read(path):
    """(lines, tables): lines = body paragraphs, text-box paragraphs (before the paragraph
    that anchors them), table cells in document order (nested tables after their cell);
    tables = [(depth, rows)] with None for vMerge continuation cells, cell paragraphs
    joined by newline.  Inner tables are listed before the table that holds them."""
    import docx
    body = docx.Document(path).element.body
    lines, tables = [], []
    _block_lines(body, lines, tables)
    return lines, tables


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_glyph_rows(path, ytol=1.2, gap=3.0):
    """rows rebuilt from glyph boxes, page by page: list of pages, each a list of rows,
    each row a list of cell strings (a horizontal gap > `gap` pt splits cells)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    def glyphs(o):
        if isinstance(o, LTChar):
            yield o
        elif hasattr(o, "__iter__"):
            for c in o:
                yield from glyphs(c)

    pages = []
    for page in extract_pages(path):
        gs = [g for g in glyphs(page) if g.get_text().strip()]
        gs.sort(key=lambda g: (-g.y0, g.x0))
        lines = []
        for g in gs:
            if lines and abs(lines[-1][0] - g.y0) <= ytol:
                lines[-1][1].append(g)
            else:
                lines.append([g.y0, [g]])
        rows = []
        for _, lg in lines:
            lg.sort(key=lambda g: g.x0)
            cells, cur, last = [], "", None
            for g in lg:
                if last is not None and g.x0 - last > gap:
                    cells.append(cur)
                    cur = ""
                cur += g.get_text()
                last = g.x1
            cells.append(cur)
            rows.append(cells)
        pages.append(rows)
    return pages


# =========================================================== 4. misc

def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, (list, tuple)):
        for v in o:
            yield from _strings(v)


def _subst(o, old, new):
    if isinstance(o, str):
        return o.replace(old, new)
    if isinstance(o, dict):
        return {k: _subst(v, old, new) for k, v in o.items()}
    if isinstance(o, list):
        return [_subst(v, old, new) for v in o]
    if isinstance(o, tuple):
        return tuple(_subst(v, old, new) for v in o)
    return o


def replace_unique(model, old, new):
    """replace a substring that occurs exactly once in all strings of the content model"""
    n = sum(s.count(old) for s in _strings(model))
    if n != 1:
        raise ValueError("%r occurs %d times in the model" % (old, n))
    return _subst(model, old, new)


def docx_stabilise(doc, title, author):
    cp = doc.core_properties
    t = datetime.datetime(2025, 6, 1, 8, 0, 0)
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = t
    cp.comments = cp.keywords = cp.subject = cp.category = ""


def docx_rezip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def out_path(name):
    return os.path.join(SETDIR, name)


# =========================================================== 5. docx building blocks

def docx_new(east="仿宋_GB2312", size=14):
    """A python-docx Document with an East-Asian body font and A4 portrait page."""
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    _TXBX_SEQ[0] = 0          # text-box ids restart in every document (byte-stable output)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), east)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    return d


def docx_par(d_or_cell, text, east=None, size=None, bold=False, align=None, indent=True, color=None):
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d_or_cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt((size or 14) * 2)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if east:
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def docx_borders(table, sz=4):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    xml = ('<w:tblBorders %s>' % nsdecls("w") +
           "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (e, sz)
                   for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblPr.append(parse_xml(xml))


def docx_cell_text(cell, text, size=10.5, bold=False, align="center"):
    """replace a cell's content by one paragraph"""
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold


_TXBX_SEQ = [0]


def textbox_run_xml(lines, width_cm=15.8, height_cm=5.0, shape_id=None, fill="F2F2F2", size_hp=24):
    """A <w:r> holding a floating text box: mc:AlternateContent with a DrawingML (wps)
    choice and a VML fallback, both carrying the same w:txbxContent paragraphs."""
    from xml.sax.saxutils import escape
    _TXBX_SEQ[0] += 1
    sid = shape_id or _TXBX_SEQ[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def paras():
        out = []
        for i, ln in enumerate(lines):
            bold = "<w:b/>" if i == 0 else ""
            jc = '<w:jc w:val="center"/>' if i == 0 else ""
            out.append('<w:p><w:pPr><w:spacing w:line="300" w:lineRule="auto"/>%s</w:pPr>'
                       '<w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/>%s<w:sz w:val="%d"/></w:rPr>'
                       '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (jc, bold, size_hp, escape(ln)))
        return "".join(out)

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    body = paras()
    return (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:%d;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#%s" strokeweight="1pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (ns, 251659264 + sid, cx, cy, 100 + sid, sid, cx, cy, fill, body,
           sid, 20 + sid, width_cm * 28.3465, height_cm * 28.3465, sid, fill.lower(), body))


def docx_add_textbox(doc, lines, **kw):
    """an (otherwise empty) anchor paragraph carrying a text box"""
    from lxml import etree
    p = doc.add_paragraph()
    p._p.append(etree.fromstring(textbox_run_xml(lines, **kw)))
    return p
