"""lib55: helpers for heldout55 (written from scratch for this set).

Decimal helpers, a Ledger of checks over number strings exactly as written,
a small block model, renderers (txt tab / txt aligned / html / docx / pdf)
and read-back readers.
"""
import io
import json
import re
import unicodedata
import zipfile
from datetime import date, datetime
from decimal import Decimal, ROUND_HALF_UP
from html import escape
from html.parser import HTMLParser

# ---------------------------------------------------------------- numbers

def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x))


def q(x, n=2):
    return D(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def F(x, n=2):
    """thousands separators, n decimals, half-up"""
    v = q(x, n)
    s = f"{abs(v):,.{n}f}"
    return ("-" + s) if v < 0 else s


def I(x):
    v = D(x)
    assert v == v.to_integral_value(), x
    return f"{int(v):,}"


def P(num, den, n=2, scale=100):
    return F(D(num) / D(den) * scale, n)


def num(s):
    """number string as written (may carry '#tag') -> Decimal"""
    s = s.split("#")[0].replace(",", "").replace("−", "-")
    return Decimal(s)


def bare(s):
    return s.split("#")[0]


def dp(s):
    s = bare(s)
    return len(s.split(".")[1]) if "." in s else 0


def han_count(t):
    return sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")


# ---------------------------------------------------------------- ledger

NUMERIC_KINDS = {"sum", "diff", "prod", "ratio", "growth", "pp", "count", "band",
                 "le", "max", "min", "eq", "bal", "lin"}


class Ledger:
    def __init__(self):
        self.checks = []  # dicts: kind, desc, args

    def _add(self, kind, desc, **args):
        assert all(c["desc"] != desc for c in self.checks), "duplicate desc " + desc
        c = {"kind": kind, "desc": desc, "args": args}
        ok, detail = evaluate(c)
        if not ok:
            raise AssertionError(f"ledger check fails when built: {desc}: {detail}")
        self.checks.append(c)
        return c

    # relations
    def sum(self, desc, parts, total):
        return self._add("sum", desc, parts=list(parts), total=total)

    def diff(self, desc, a, b, res):
        return self._add("diff", desc, a=a, b=b, res=res)

    def bal(self, desc, opening, inflow, outflow, closing):
        return self._add("bal", desc, opening=opening, inflow=inflow, outflow=outflow, closing=closing)

    def lin(self, desc, terms, res):
        """sum(coef*value) = res, coef given as plain text constants, values as written"""
        return self._add("lin", desc, terms=[list(t) for t in terms], res=res)

    def prod(self, desc, a, b, res, scale="1"):
        return self._add("prod", desc, a=a, b=b, res=res, scale=scale)

    def ratio(self, desc, n, d, res, scale="100"):
        return self._add("ratio", desc, n=n, d=d, res=res, scale=scale)

    def growth(self, desc, prior, cur, amt, rate, direction):
        return self._add("growth", desc, prior=prior, cur=cur, amt=amt, rate=rate, dir=direction)

    def pp(self, desc, prior, cur, delta, direction):
        return self._add("pp", desc, prior=prior, cur=cur, delta=delta, dir=direction)

    def count(self, desc, n, items):
        return self._add("count", desc, n=n, items=list(items))

    def band(self, desc, score, grade, bands):
        return self._add("band", desc, score=score, grade=grade, bands=[list(b) for b in bands])

    def dated(self, desc, written, period_end):
        return self._add("dated", desc, written=written, end=period_end)

    def le(self, desc, a, b):
        return self._add("le", desc, a=a, b=b)

    def max(self, desc, val, others):
        return self._add("max", desc, val=val, others=list(others))

    def min(self, desc, val, others):
        return self._add("min", desc, val=val, others=list(others))

    def eq(self, desc, a, b):
        return self._add("eq", desc, a=a, b=b)

    def anchor(self, desc, s):
        return self._add("anchor", desc, s=s)

    def same(self, desc, s, k):
        return self._add("same", desc, s=s, k=k)


def parse_cn_date(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", bare(s))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def evaluate(c, subst=None):
    """returns (ok, detail). subst maps arg strings to replacement strings."""
    a = json.loads(json.dumps(c["args"]))
    if subst:
        def sub(v):
            if isinstance(v, str):
                return subst.get(v, v)
            if isinstance(v, list):
                return [sub(x) for x in v]
            return v
        a = {k: sub(v) for k, v in a.items()}
    k = c["kind"]
    if k == "sum":
        s = sum(num(p) for p in a["parts"])
        return s == num(a["total"]), "+".join(bare(p) for p in a["parts"]) + f"={s} vs {bare(a['total'])}"
    if k == "diff":
        r = num(a["a"]) - num(a["b"])
        return r == num(a["res"]), f"{bare(a['a'])}-{bare(a['b'])}={r} vs {bare(a['res'])}"
    if k == "bal":
        r = num(a["opening"]) + num(a["inflow"]) - num(a["outflow"])
        return r == num(a["closing"]), f"{bare(a['opening'])}+{bare(a['inflow'])}-{bare(a['outflow'])}={r} vs {bare(a['closing'])}"
    if k == "lin":
        r = sum(D(cf) * num(v) for cf, v in a["terms"])
        return q(r, dp(a["res"])) == num(a["res"]), " + ".join(f"{cf}*{bare(v)}" for cf, v in a["terms"]) + f"={r} vs {bare(a['res'])}"
    if k == "prod":
        r = q(num(a["a"]) * num(a["b"]) * D(a["scale"]), dp(a["res"]))
        return r == num(a["res"]), f"{bare(a['a'])}*{bare(a['b'])}*{a['scale']}={r} vs {bare(a['res'])}"
    if k == "ratio":
        r = q(num(a["n"]) / num(a["d"]) * D(a["scale"]), dp(a["res"]))
        return r == num(a["res"]), f"{bare(a['n'])}/{bare(a['d'])}*{a['scale']}={r} vs {bare(a['res'])}"
    if k == "growth":
        p, cu = num(a["prior"]), num(a["cur"])
        ch = cu - p
        ok = (ch > 0) == (a["dir"] == "增")
        det = f"{bare(a['prior'])}->{bare(a['cur'])} change {ch} dir {a['dir']}"
        if a["amt"] is not None:
            ok = ok and abs(ch) == num(a["amt"])
            det += f" amt {bare(a['amt'])}"
        if a["rate"] is not None:
            r = q(abs(ch) / p * 100, dp(a["rate"]))
            ok = ok and r == num(a["rate"])
            det += f" rate {r} vs {bare(a['rate'])}"
        return ok, det
    if k == "pp":
        ch = num(a["cur"]) - num(a["prior"])
        ok = (ch > 0) == (a["dir"] == "升") and abs(ch) == num(a["delta"])
        return ok, f"{bare(a['cur'])}-{bare(a['prior'])}={ch} vs {a['dir']}{bare(a['delta'])}"
    if k == "count":
        return int(num(a["n"])) == len(a["items"]), f"{bare(a['n'])} vs {len(a['items'])} listed: " + "、".join(a["items"])
    if k == "band":
        s = num(a["score"])
        g = None
        for lo, name in a["bands"]:
            if s >= D(lo):
                g = name
                break
        return g == a["grade"], f"{bare(a['score'])} -> {g} vs {a['grade']}"
    if k == "dated":
        w = parse_cn_date(a["written"])
        e = datetime.strptime(a["end"], "%Y-%m-%d").date()
        return w > e, f"{bare(a['written'])} after {e.year}年{e.month}月{e.day}日" if w > e else f"{bare(a['written'])} NOT after {a['end']}"
    if k == "le":
        return num(a["a"]) <= num(a["b"]), f"{bare(a['a'])}<={bare(a['b'])}"
    if k == "max":
        ok = all(num(a["val"]) >= num(o) for o in a["others"])
        return ok, f"{bare(a['val'])} >= " + ",".join(bare(o) for o in a["others"])
    if k == "min":
        ok = all(num(a["val"]) <= num(o) for o in a["others"])
        return ok, f"{bare(a['val'])} <= " + ",".join(bare(o) for o in a["others"])
    if k == "eq":
        return num(a["a"]) == num(a["b"]), f"{bare(a['a'])} == {bare(a['b'])}"
    if k in ("anchor", "same"):
        return True, a["s"]
    raise ValueError(k)


def numbers_of(c):
    """number strings (bare) a check relies on"""
    a = c["args"]
    k = c["kind"]
    out = []
    if k == "sum":
        out = a["parts"] + [a["total"]]
    elif k in ("diff",):
        out = [a["a"], a["b"], a["res"]]
    elif k == "bal":
        out = [a["opening"], a["inflow"], a["outflow"], a["closing"]]
    elif k == "lin":
        out = [v for _, v in a["terms"]] + [a["res"]]
    elif k == "prod":
        out = [a["a"], a["b"], a["res"]]
    elif k == "ratio":
        out = [a["n"], a["d"], a["res"]]
    elif k == "growth":
        out = [a["prior"], a["cur"]] + [x for x in (a["amt"], a["rate"]) if x is not None]
    elif k == "pp":
        out = [a["prior"], a["cur"], a["delta"]]
    elif k == "count":
        out = [a["n"]]
    elif k == "band":
        out = [a["score"]]
    elif k in ("le", "eq"):
        out = [a["a"], a["b"]]
    elif k in ("max", "min"):
        out = [a["val"]] + a["others"]
    return [bare(x) for x in out]


def standalone(text, s):
    pat = r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None


def prove(ledger, text, report_name, facts):
    """re-evaluate every check on the read-back text; returns ledger json dict"""
    ws = re.sub(r"\s+", "", text)
    rows = []
    seen = set()
    for c in ledger.checks:
        ok, det = evaluate(c)
        k = c["kind"]
        if k == "anchor":
            ok = ok and (c["args"]["s"] in text or c["args"]["s"] in ws)
            rows.append({"desc": "anchor: " + c["desc"], "ok": ok, "detail": c["args"]["s"]})
            continue
        if k == "same":
            n = ws.count(re.sub(r"\s+", "", c["args"]["s"]))
            ok = n >= c["args"]["k"]
            rows.append({"desc": "same: " + c["desc"], "ok": ok, "detail": f"{c['args']['s']} x{n} (need {c['args']['k']})"})
            continue
        if k == "count":
            for it in c["args"]["items"]:
                ok = ok and (it in ws)
        if k == "band":
            ok = ok and (c["args"]["grade"] in ws)
        if k == "dated":
            ok = ok and (bare(c["args"]["written"]) in ws)
        rows.append({"desc": c["desc"], "ok": ok, "detail": det})
        for s in numbers_of(c):
            if s in seen:
                continue
            seen.add(s)
            present = standalone(text, s) or standalone(ws, s)
            rows.append({"desc": "read-back: " + s, "ok": present, "detail": "standalone number present" if present else "MISSING"})
    allok = all(r["ok"] for r in rows)
    if not allok:
        bad = [r for r in rows if not r["ok"]]
        raise AssertionError(f"{report_name}: proof failed: {bad[:5]}")
    return {"report": report_name, "facts": facts, "checks": rows, "all_checks_ok": allok}


# ---------------------------------------------------------------- block model

class Doc:
    """blocks: dicts with t in title/sub/docno/h/p/table/sign/date"""

    def __init__(self):
        self.blocks = []

    def title(self, s):
        self.blocks.append({"t": "title", "text": s})

    def docno(self, s):
        self.blocks.append({"t": "docno", "text": s})

    def h(self, s):
        self.blocks.append({"t": "h", "text": s})

    def p(self, s):
        self.blocks.append({"t": "p", "text": s})

    def table(self, tid, caption, unit, rows, note=None, align=None):
        self.blocks.append({"t": "table", "id": tid, "caption": caption, "unit": unit,
                            "rows": [list(r) for r in rows], "note": note, "align": align})

    def sign(self, lines):
        self.blocks.append({"t": "sign", "lines": list(lines)})

    # editing ---------------------------------------------------------
    def _fields(self):
        for b in self.blocks:
            if b["t"] == "table":
                for key in ("caption", "unit", "note"):
                    if b.get(key):
                        yield b, key, None
                for r, row in enumerate(b["rows"]):
                    for ci, _ in enumerate(row):
                        yield b, "cell", (r, ci)
            elif b["t"] == "sign":
                for i, _ in enumerate(b["lines"]):
                    yield b, "line", i
            else:
                yield b, "text", None

    def _get(self, b, key, pos):
        if key == "cell":
            return b["rows"][pos[0]][pos[1]]
        if key == "line":
            return b["lines"][pos]
        return b[key]

    def _set(self, b, key, pos, v):
        if key == "cell":
            b["rows"][pos[0]][pos[1]] = v
        elif key == "line":
            b["lines"][pos] = v
        else:
            b[key] = v

    def replace_once(self, old, new):
        hits = [(b, k, p) for b, k, p in self._fields() if old in self._get(b, k, p)]
        total = sum(self._get(b, k, p).count(old) for b, k, p in hits)
        assert total == 1, f"replace_once: {old!r} occurs {total} times"
        b, k, p = hits[0]
        self._set(b, k, p, self._get(b, k, p).replace(old, new))

    def set_cell(self, tid, r, c, old, new):
        b = [x for x in self.blocks if x["t"] == "table" and x["id"] == tid][0]
        assert b["rows"][r][c] == old, (b["rows"][r][c], old)
        b["rows"][r][c] = new

    def copy(self):
        d = Doc()
        d.blocks = json.loads(json.dumps(self.blocks))
        return d


# ---------------------------------------------------------------- txt

def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


_NUMCELL = re.compile(r"^[-−]?[\d,]+(\.\d+)?%?$")


def render_txt(doc, mode="tab"):
    out = []
    for b in doc.blocks:
        t = b["t"]
        if t == "title":
            out.append(b["text"])
            out.append("")
        elif t == "docno":
            out.append(b["text"])
            out.append("")
        elif t == "h":
            out.append(b["text"])
        elif t == "p":
            out.append("　　" + b["text"])
        elif t == "table":
            out.append("")
            if mode == "tab":
                cap = b["caption"] + ("\t" + b["unit"] if b["unit"] else "")
                out.append(cap)
                for row in b["rows"]:
                    out.append("\t".join(row))
            else:
                out.append(b["caption"])
                if b["unit"]:
                    out.append(b["unit"])
                ncol = len(b["rows"][0])
                widths = [max(_w(r[i]) for r in b["rows"]) for i in range(ncol)]
                total = sum(widths) + 2 * (ncol - 1)
                out.append("-" * total)
                for ri, row in enumerate(b["rows"]):
                    cells = []
                    for i, cell in enumerate(row):
                        pad = widths[i] - _w(cell)
                        if i > 0 and (_NUMCELL.match(cell) or ri == 0):
                            cells.append(" " * pad + cell)
                        else:
                            cells.append(cell + " " * pad)
                    out.append("  ".join(cells).rstrip())
                    if ri == 0:
                        out.append("-" * total)
                out.append("-" * total)
            if b.get("note"):
                out.append(b["note"])
            out.append("")
        elif t == "sign":
            out.append("")
            for ln in b["lines"]:
                out.append(" " * 24 + ln)
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


# ---------------------------------------------------------------- html

def render_html(doc, site):
    h = []
    title = [b for b in doc.blocks if b["t"] == "title"][0]["text"]
    h.append("<!DOCTYPE html>")
    h.append('<html lang="zh-CN">')
    h.append("<head>")
    h.append('<meta charset="utf-8">')
    h.append(f"<title>{escape(title)}_{escape(site['name'])}</title>")
    h.append("<style>body{font-family:'SimSun',serif;margin:0}.bar{background:#a8281e;color:#fff;padding:4px 20px;font-size:12px}"
             ".nav a{margin-right:18px;color:#333}.crumb{color:#666;font-size:13px;margin:8px 20px}"
             ".art{width:960px;margin:0 auto}.art h1{text-align:center;font-size:22px}.meta{text-align:center;color:#888;font-size:12px}"
             "table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #999;padding:3px 6px;font-size:13px}"
             "td.n{text-align:right}.sign{text-align:right;margin-top:24px}</style>")
    h.append("</head>")
    h.append("<body>")
    h.append(f'<div class="bar">{escape(site["name"])}　|　无障碍浏览　|　长者模式　|　手机版</div>')
    h.append('<div class="nav">' + "　|　".join(f'<a href="#">{escape(x)}</a>' for x in site["nav"]) + "</div>")
    h.append('<div class="crumb">当前位置：' + " &gt; ".join(escape(x) for x in site["crumb"]) + "</div>")
    h.append('<div class="art">')
    h.append(f"<h1>{escape(title)}</h1>")
    h.append(f'<div class="meta">发布机构：{escape(site["publisher"])}　　发布日期：{escape(site["pubdate"])}　　浏览次数：{escape(site["views"])}</div>')
    for b in doc.blocks:
        t = b["t"]
        if t == "title":
            continue
        if t == "docno":
            h.append(f'<p class="docno">{escape(b["text"])}</p>')
        elif t == "h":
            h.append(f"<h3>{escape(b['text'])}</h3>")
        elif t == "p":
            h.append(f"<p>{escape(b['text'])}</p>")
        elif t == "table":
            h.append(f'<p class="cap">{escape(b["caption"])}</p>')
            if b["unit"]:
                h.append(f'<p class="unit">{escape(b["unit"])}</p>')
            h.append("<table>")
            for ri, row in enumerate(b["rows"]):
                tag = "th" if ri == 0 else "td"
                cells = []
                for cell in row:
                    cls = ' class="n"' if (ri and _NUMCELL.match(cell)) else ""
                    cells.append(f"<{tag}{cls}>{escape(cell)}</{tag}>")
                h.append("<tr>" + "".join(cells) + "</tr>")
            h.append("</table>")
            if b.get("note"):
                h.append(f'<p class="note">{escape(b["note"])}</p>')
        elif t == "sign":
            h.append('<div class="sign">' + "".join(f"<p>{escape(x)}</p>" for x in b["lines"]) + "</div>")
    h.append("</div>")
    h.append(f'<div class="foot"><p>主办单位：{escape(site["host"])}　网站标识码：{escape(site["siteid"])}</p>'
             f'<p>{escape(site["icp"])}</p></div>')
    h.append("</body>")
    h.append("</html>")
    return ("\n".join(h) + "\n").encode("utf-8")


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "tr", "table", "br", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
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
        elif tag in self.BLOCK:
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
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def read_html(data):
    p = _HTMLText()
    p.feed(data.decode("utf-8"))
    t = "".join(p.out)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{2,}", "\n", t)
    return t.strip() + "\n"


# ---------------------------------------------------------------- docx

FIXED_DT = datetime(2020, 1, 1, 0, 0, 0)


def _zip_normalise(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    return out.getvalue()


def render_docx(doc, meta_title):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = "heldout55"
    cp.last_modified_by = "heldout55"
    cp.title = meta_title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for b in doc.blocks:
        t = b["t"]
        if t == "title":
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(16)
        elif t == "docno":
            para = d.add_paragraph(b["text"])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "h":
            para = d.add_paragraph()
            r = para.add_run(b["text"])
            r.bold = True
        elif t == "p":
            para = d.add_paragraph(b["text"])
            para.paragraph_format.first_line_indent = Pt(22)
        elif t == "table":
            para = d.add_paragraph(b["caption"])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b["unit"]:
                para = d.add_paragraph(b["unit"])
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rows = b["rows"]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = tb.cell(ri, ci)
                    c.text = cell
                    if ri == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                    elif _NUMCELL.match(cell):
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if b.get("note"):
                d.add_paragraph(b["note"])
        elif t == "sign":
            for ln in b["lines"]:
                para = d.add_paragraph(ln)
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    return _zip_normalise(buf.getvalue())


def read_docx(data):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            tb = Table(el, d)
            for row in tb.rows:
                out.append("|" + "|".join(c.text for c in row.cells))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- pdf

def render_pdf(doc, meta_title, col_widths=None):
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

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
    ttl = ParagraphStyle("t", fontName="STSong-Light", fontSize=15, leading=22, alignment=TA_CENTER, wordWrap="CJK")
    cen = ParagraphStyle("c", fontName="STSong-Light", fontSize=10.5, leading=16, alignment=TA_CENTER, wordWrap="CJK")
    rgt = ParagraphStyle("r", fontName="STSong-Light", fontSize=10.5, leading=16, alignment=TA_RIGHT, wordWrap="CJK")
    hd = ParagraphStyle("h", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    celln = ParagraphStyle("celln", parent=cell, alignment=TA_RIGHT)
    story = []
    for b in doc.blocks:
        t = b["t"]
        if t == "title":
            story.append(Paragraph(escape(b["text"]), ttl))
        elif t == "docno":
            story.append(Paragraph(escape(b["text"]), cen))
        elif t == "h":
            story.append(Paragraph(escape(b["text"]), hd))
        elif t == "p":
            story.append(Paragraph(escape(b["text"]), body))
        elif t == "table":
            story.append(Spacer(1, 4))
            story.append(Paragraph(escape(b["caption"] + ("　　" + b["unit"] if b["unit"] else "")), cen))
            rows = [[Paragraph(escape(c), celln if (ri and _NUMCELL.match(c)) else cell) for c in row]
                    for ri, row in enumerate(b["rows"])]
            cw = None
            if col_widths and b["id"] in col_widths:
                cw = [x * mm for x in col_widths[b["id"]]]
            tb = Table(rows, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(tb)
            if b.get("note"):
                story.append(Paragraph(escape(b["note"]), body))
            story.append(Spacer(1, 4))
        elif t == "sign":
            story.append(Spacer(1, 10))
            for ln in b["lines"]:
                story.append(Paragraph(escape(ln), rgt))
    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                           bottomMargin=20 * mm, title=meta_title, author="heldout55", subject="", creator="heldout55",
                           invariant=1)
    sd.build(story)
    return buf.getvalue()


def read_pdf(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


# ---------------------------------------------------------------- dispatch

def render(fmt, doc, meta):
    if fmt == "txt-tab":
        return render_txt(doc, "tab")
    if fmt == "txt-space":
        return render_txt(doc, "space")
    if fmt == "html":
        return render_html(doc, meta["site"])
    if fmt == "docx":
        return render_docx(doc, meta["title"])
    if fmt == "pdf":
        return render_pdf(doc, meta["title"], meta.get("col_widths"))
    raise ValueError(fmt)


def read_back(fmt, data):
    if fmt.startswith("txt"):
        return data.decode("utf-8")
    if fmt == "html":
        return read_html(data)
    if fmt == "docx":
        return read_docx(data)
    if fmt == "pdf":
        return read_pdf(data)
    raise ValueError(fmt)
