"""Shared helpers for the h22 generators (written from scratch for this set).

Sections:
  * numbers   -- Decimal rounding (ROUND_HALF_UP), writing (with/without separators, full width)
                 and reading back (``val``) with the written precision (``prec``);
  * Audit     -- the ledger: facts + relations evaluated on the number *strings as written*;
                 each relation keeps "anchors" (exact visible fragments) that ``Audit.bind``
                 later looks up in the rendered file's visible-text views;
  * views     -- visible-text readers for .txt, .html (block lines, dl rows), .docx (paragraphs,
                 tables as rows, tab paragraphs as rows) and .pdf (pdfminer text + glyph rows);
  * misc      -- unique substitution in a content model, docx determinism.
"""
import datetime
import json
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

DEC = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.dirname(HERE)
ERRORS = os.path.join(SETDIR, "errors")
SCRATCH = os.path.join(SETDIR, "_scratch")

# ------------------------------------------------------------------ numbers


def rnd(x, n=2):
    return DEC(str(x)).quantize(DEC(1).scaleb(-n), rounding=ROUND_HALF_UP)


def fmt(x, n=2, sep=True):
    v = rnd(x, n)
    body = ("{:,.%df}" % n if sep else "{:.%df}" % n).format(abs(v))
    return ("-" if v < 0 else "") + body


def fint(x, sep=True):
    return fmt(x, 0, sep)


def pct(num, den, n=2):
    return rnd(DEC(str(num)) / DEC(str(den)) * 100, n)


def grow(new, old, n=2):
    return rnd((DEC(str(new)) - DEC(str(old))) / DEC(str(old)) * 100, n)


_FULL = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．，％－＋"}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c in "0123456789.,%-+" else c for c in s)


def val(s):
    t = str(s).translate(_FULL).strip()
    for junk in (",", "%", "‰", " ", "\u3000", "\u00a0"):
        t = t.replace(junk, "")
    t = t.replace("−", "-").replace("+", "")
    return DEC(t)


def prec(s):
    t = str(s).translate(_FULL).replace(",", "").replace("%", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


def hanzi(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


RISE = ("增长", "增加", "提高", "上升", "多")
FALL = ("下降", "减少", "降低", "回落", "少", "压减")


def word_sign(word):
    if word in RISE:
        return 1
    if word in FALL:
        return -1
    if word == "持平":
        return 0
    raise ValueError(word)


# ------------------------------------------------------------------ ledger


class Broken(AssertionError):
    pass


class Audit:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.pending = []   # (desc, numbers, anchors)

    def fact(self, key, value):
        self.facts[key] = value if isinstance(value, (int, bool, list, dict)) else str(value)

    def _log(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise Broken(desc + " :: " + detail)
        if nums or anchors:
            self.pending.append((desc, [str(n) for n in nums], list(anchors)))

    # --- relations on written strings
    def adds_up(self, desc, total, parts, anchors=(), tol="0"):
        s = sum((val(p) for p in parts), DEC(0))
        ok = abs(rnd(s, prec(total)) - val(total)) <= DEC(tol)
        self._log("sum " + desc, ok, "%s =? %s (=%s, tol %s)" % (total, "+".join(parts), s, tol),
                  [total] + list(parts), anchors)

    def signed(self, desc, result, terms, anchors=()):
        s = DEC(0)
        for sign, x in terms:
            s += DEC(sign) * val(x)
        self._log("combo " + desc, rnd(s, prec(result)) == val(result),
                  "%s =? %s (=%s)" % (result, " ".join("%+d*%s" % (g, x) for g, x in terms), s),
                  [result] + [x for _, x in terms], anchors)

    def ratio(self, desc, result, num, den, scale=100, anchors=()):
        v = rnd(val(num) / val(den) * DEC(scale), prec(result))
        self._log("ratio " + desc, v == val(result), "%s/%s*%s = %s, written %s" % (num, den, scale, v, result),
                  [result, num, den], anchors)

    def growth(self, desc, result, new, old, word=None, anchors=()):
        g = rnd((val(new) - val(old)) / val(old) * 100, prec(result))
        if word is None:
            ok = g == val(result)
        else:
            ok = abs(g) == abs(val(result)) and (g > 0) - (g < 0) == word_sign(word)
        self._log("growth " + desc, ok, "(%s-%s)/%s = %s%%, written %s%s" % (new, old, old, g, word or "", result),
                  [result, new, old], anchors)

    def delta(self, desc, result, a, b, word=None, anchors=()):
        d = val(a) - val(b)
        if word is None:
            ok = rnd(d, prec(result)) == val(result)
        else:
            ok = rnd(abs(d), prec(result)) == abs(val(result)) and (d > 0) - (d < 0) == word_sign(word)
        self._log("delta " + desc, ok, "%s-%s = %s, written %s%s" % (a, b, d, word or "", result),
                  [result, a, b], anchors)

    def times(self, desc, result, factors, scale=1, anchors=()):
        v = DEC(str(scale))
        for f in factors:
            v *= val(f)
        self._log("times " + desc, rnd(v, prec(result)) == val(result),
                  "%s*%s = %s, written %s" % ("*".join(factors), scale, v, result), [result] + list(factors), anchors)

    def per(self, desc, result, a, b, scale=1, anchors=()):
        v = val(a) / val(b) * DEC(str(scale))
        self._log("per " + desc, rnd(v, prec(result)) == val(result),
                  "%s/%s*%s = %s, written %s" % (a, b, scale, v, result), [result, a, b], anchors)

    def same(self, desc, a, b, anchors=()):
        self._log("same " + desc, val(a) == val(b), "%s == %s" % (a, b), [a, b], anchors)

    def not_above(self, desc, part, whole, anchors=()):
        self._log("le " + desc, val(part) <= val(whole), "%s <= %s" % (part, whole), [part, whole], anchors)

    def within(self, desc, got, full, anchors=()):
        self._log("score " + desc, DEC(0) <= val(got) <= val(full), "0 <= %s <= %s" % (got, full), [got, full], anchors)

    def grade(self, desc, score, written, bands, anchors=()):
        g = None
        for lo, name in bands:
            if val(score) >= DEC(str(lo)):
                g = name
                break
        self._log("grade " + desc, g == written, "%s -> %s, written %s" % (score, g, written), [score], anchors)

    def dated(self, desc, ymd, later_than, anchors=()):
        ok = datetime.date(*ymd) > datetime.date(*later_than)
        self._log("date " + desc, ok, "%s > %s" % (ymd, later_than), [], anchors)

    def holds(self, desc, ok, detail="", nums=(), anchors=()):
        self._log("cond " + desc, ok, detail, nums, anchors)

    def seen(self, desc, *anchors):
        self._log("text " + desc, True, "anchor", (), anchors)

    # --- visible-text binding
    def bind(self, views, main="flat"):
        """anchors: plain string (looked up in `main`) or (view, string)."""
        for desc, nums, anchors in list(self.pending):
            got = []
            for a in anchors:
                view, s = a if isinstance(a, tuple) else (main, a)
                self._log("visible[%s] %s" % (view, desc), s in views[view], s)
                got.append(s)
            for n in nums:
                self._log("visible number %s of %s" % (n, desc), any(n in g for g in got) or n in views[main], n)

    def close(self, path, views, main="flat", han_text=None, lo=2000, hi=4000):
        n = hanzi(han_text if han_text is not None else views[main])
        self.fact("han_chars", n)
        self.holds("Han characters within %d-%d" % (lo, hi), lo <= n <= hi, str(n))
        self.bind(views, main)
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%-62s checks=%4d han=%5d ok=%s" % (os.path.basename(path), len(self.checks), n, data["all_checks_ok"]))
        if not data["all_checks_ok"]:
            raise SystemExit(1)


# ------------------------------------------------------------------ views

def flat(text):
    """join lines; drop spaces of all kinds (a visible-text reading independent of layout)"""
    return re.sub(r"[\s\u3000\u00a0]+", "", text)


def txt_view(path):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    lines = raw.replace("\r\n", "\n").split("\n")
    rows = ["|".join(c for c in re.split(r"[\u3000 ]{2,}|\u3000", ln.strip()) if c) for ln in lines]
    return {"raw": raw, "lines": "\n".join(l.strip() for l in lines), "flat": flat(raw), "rows": "\n".join(rows)}


class _Html(HTMLParser):
    HIDDEN = {"head", "script", "style", "title", "noscript"}
    BLOCKS = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "dl", "dt", "dd", "table",
              "section", "article", "header", "footer", "ul", "ol", "body", "caption", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hide = 0
        self.blocks = [""]
        self.dls = []      # list of lists of (tag, text)
        self.cur = None    # (tag, buffer) inside dl

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hide += 1
        if tag in self.BLOCKS:
            self.blocks.append("")
        if tag == "dl":
            self.dls.append([])
        if tag in ("dt", "dd") and self.dls:
            self.cur = [tag, ""]

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hide:
            self.hide -= 1
        if tag in self.BLOCKS:
            self.blocks.append("")
        if tag in ("dt", "dd") and self.cur is not None:
            self.dls[-1].append((self.cur[0], re.sub(r"\s+", " ", self.cur[1].replace("\u00a0", " ")).strip()))
            self.cur = None

    def handle_data(self, data):
        if self.hide:
            return
        self.blocks[-1] += data
        if self.cur is not None:
            self.cur[1] += data


def html_view(path):
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    p = _Html()
    p.feed(src)
    p.close()
    lines = [re.sub(r"\s+", " ", b.replace("\u00a0", " ")).strip() for b in p.blocks]
    lines = [l for l in lines if l]
    rows = []
    for dl in p.dls:
        row = None
        for tag, text in dl:
            if tag == "dt":
                if row is not None:
                    rows.append(" | ".join(row))
                row = [text]
            else:
                row = (row or []) + [text]
        if row is not None:
            rows.append(" | ".join(row))
        rows.append("")
    return {"raw": src, "lines": "\n".join(lines), "flat": flat("\n".join(lines)), "rows": "\n".join(rows),
            "dls": p.dls}


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ptext(p):
    out = []
    for el in p.iter():
        if el.getparent() is not None and el.getparent().tag == W + "tabs":
            continue        # tab-stop definitions in w:pPr are not text
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag == W + "br":
            out.append("\n")
    return "".join(out)


def docx_view(path):
    import docx
    body = docx.Document(path).element.body
    lines, rows, tables = [], [], []
    for el in body.iterchildren():
        if el.tag == W + "p":
            t = _ptext(el)
            lines.append(t)
            if "\t" in t:
                rows.append(" | ".join(c.strip() for c in t.split("\t") if c.strip()))
        elif el.tag == W + "tbl":
            grid = []
            for tr in el.iterchildren(W + "tr"):
                cells = []
                for tc in tr.iterchildren(W + "tc"):
                    cells.append("".join(_ptext(p) for p in tc.iter(W + "p")))
                grid.append(cells)
                lines.extend(cells)
                rows.append(" | ".join(cells))
            tables.append(grid)
            rows.append("")
    text = "\n".join(lines)
    return {"lines": text, "flat": flat(text), "rows": "\n".join(rows), "tables": tables}


def pdf_view(path, folio=r"—\s*\d+\s*—"):
    from pdfminer.high_level import extract_text, extract_pages
    from pdfminer.layout import LTChar, LTAnno
    text = extract_text(path)

    def chars(o):
        if isinstance(o, LTChar):
            yield o
        elif hasattr(o, "__iter__") and not isinstance(o, LTAnno):
            for c in o:
                yield from chars(c)

    rows, npages = [], 0
    for page in extract_pages(path):
        npages += 1
        cs = sorted((c for c in chars(page) if c.get_text().strip()), key=lambda c: (-round(c.y0, 1), c.x0))
        groups = []
        for c in cs:
            if groups and abs(groups[-1][0] - c.y0) <= 1.5:
                groups[-1][1].append(c)
            else:
                groups.append([c.y0, [c]])
        for _, g in groups:
            g.sort(key=lambda c: c.x0)
            cells, cur, last = [], "", None
            for c in g:
                if last is not None and c.x0 - last > 6:
                    cells.append(cur)
                    cur = ""
                cur += c.get_text()
                last = c.x1
            cells.append(cur)
            rows.append(" | ".join(cells))
        rows.append("")
    body = re.sub(folio, "", text)
    return {"lines": text, "flat": flat(body), "rows": "\n".join(rows), "pages": npages}


# ------------------------------------------------------------------ misc


def count_in(model, s):
    if isinstance(model, str):
        return model.count(s)
    if isinstance(model, dict):
        return sum(count_in(v, s) for v in model.values())
    if isinstance(model, (list, tuple)):
        return sum(count_in(v, s) for v in model)
    return 0


def _swap(model, old, new):
    if isinstance(model, str):
        return model.replace(old, new)
    if isinstance(model, dict):
        return {k: _swap(v, old, new) for k, v in model.items()}
    if isinstance(model, list):
        return [_swap(v, old, new) for v in model]
    if isinstance(model, tuple):
        return tuple(_swap(v, old, new) for v in model)
    return model


def swap_unique(model, old, new):
    n = count_in(model, old)
    if n != 1:
        raise ValueError("%r occurs %d times in model" % (old, n))
    return _swap(model, old, new)


def docx_fix(doc, title, author):
    cp = doc.core_properties
    t0 = datetime.datetime(2025, 1, 1)
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = t0
    cp.comments = cp.keywords = cp.subject = cp.category = ""


def docx_zip_fix(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
