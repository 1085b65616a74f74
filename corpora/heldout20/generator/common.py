"""Helpers shared by the heldout20 generators (written for this set).

* Decimal arithmetic, always ROUND_HALF_UP at the precision a figure is written;
* writing numbers (thousands separators, signed, full-width) and reading them back;
* ``Book``: the ledger.  Facts plus relation checks that take the number *strings as
  written*, re-parse them and test the relation at the written precision.  Each relation
  names anchors (exact fragments of the visible text, optionally tagged with a view name);
  after rendering, ``Book.verify`` re-reads the file and proves every anchor is present and
  every number of the relation lies inside an anchor or occurs in the text.  A failing check
  raises at once, so a ledger on disk always has ``all_checks_ok: true``;
* visible-text readers for .txt/.md, .html (text nodes; and an inline-joined variant),
  .docx (body paragraphs and table cells in order, vMerge continuations skipped) and .pdf
  (pdfminer text, flattened; and rows rebuilt from character boxes);
* ``swap_once`` for content-model edits, docx zip normalisation for byte-identical output.
"""
import datetime
import json
import os
import re
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

D = Decimal
GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
ERRDIR = os.path.join(ROOT, "errors")
SCRATCH = os.path.join(ROOT, "_scratch")

# ---------------------------------------------------------------- arithmetic


def r(x, n=2):
    """Decimal rounded half-up to n places"""
    return D(str(x)).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def w(x, n=2):
    """written with thousands separators"""
    v = r(x, n)
    s = "{:,.{}f}".format(abs(v), n)
    return "-" + s if v < 0 else s


def wp(x, n=2):
    """written without separators"""
    v = r(x, n)
    return "{:.{}f}".format(v, n)


def wi(x):
    return "{:,}".format(int(x))


def share(a, b, n=2):
    return r(D(a) / D(b) * 100, n)


def rise(new, old, n=2):
    return r((D(new) - D(old)) / D(old) * 100, n)


_FW = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．，％－＋"}


def to_fw(s):
    """ASCII digits . , % - + -> full-width"""
    return "".join(chr(ord(c) + 0xFEE0) if c in "0123456789.,%-+" else c for c in s)


def N(s):
    """parse a written number: separators, %, ‰, full-width digits, unicode minus"""
    t = str(s).translate(_FW).strip()
    for a in (",", "%", "‰", " ", "\u3000"):
        t = t.replace(a, "")
    t = t.replace("−", "-").replace("+", "")
    return D(t)


def places(s):
    t = str(s).translate(_FW).replace(",", "").replace("%", "").replace("‰", "").strip()
    return len(t.split(".", 1)[1]) if "." in t else 0


def han(text):
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


UP = {"增长", "增加", "提高", "上升", "多", "增收", "超收", "扩大"}
DOWN = {"下降", "减少", "降低", "回落", "压减", "少", "节约", "减收", "缩小"}


def dir_ok(word, v):
    if word in UP:
        return v > 0
    if word in DOWN:
        return v < 0
    if word in ("持平",):
        return v == 0
    raise ValueError("direction word %r" % word)


# ---------------------------------------------------------------- ledger


class CheckFailed(AssertionError):
    pass


class Book:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.rels = []          # (desc, [numbers], [anchors])

    def fact(self, k, v):
        self.facts[k] = v if isinstance(v, (int, list, dict, bool)) else str(v)

    def _add(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise CheckFailed("%s -- %s" % (desc, detail))
        if nums or anchors:
            self.rels.append((desc, [str(x) for x in nums], list(anchors)))

    # relations (all operands are strings as written) -------------------------
    def total(self, desc, tot, parts, anchors=()):
        s = sum((N(p) for p in parts), D(0))
        self._add("sum: " + desc, r(s, places(tot)) == N(tot),
                  "%s = %s (computed %s)" % (tot, " + ".join(parts), s), [tot] + list(parts), anchors)

    def lin(self, desc, res, terms, anchors=()):
        s = sum((D(str(c)) * N(x) for c, x in terms), D(0))
        ex = " ".join(("+ " if D(str(c)) >= 0 else "- ") + (x if abs(D(str(c))) == 1 else "%s*%s" % (abs(D(str(c))), x))
                      for c, x in terms)
        self._add("lin: " + desc, r(s, places(res)) == N(res), "%s = %s (computed %s)" % (res, ex, s),
                  [res] + [x for _, x in terms], anchors)

    def ratio(self, desc, res, num, den, anchors=(), scale=100):
        v = r(N(num) / N(den) * D(scale), places(res))
        self._add("ratio: " + desc, v == N(res), "%s / %s x %s = %s (written %s)" % (num, den, scale, v, res),
                  [res, num, den], anchors)

    def growth(self, desc, res, new, old, word=None, anchors=()):
        v = r((N(new) - N(old)) / N(old) * 100, places(res))
        ok = (v == N(res)) if word is None else (abs(v) == abs(N(res)) and dir_ok(word, v))
        self._add("growth: " + desc, ok, "(%s - %s) / %s = %s%% (written %s%s)" % (new, old, old, v, word or "", res),
                  [res, new, old], anchors)

    def diff(self, desc, res, a, b, word=None, anchors=()):
        v = N(a) - N(b)
        ok = (r(v, places(res)) == N(res)) if word is None else (r(abs(v), places(res)) == abs(N(res)) and dir_ok(word, v))
        self._add("diff: " + desc, ok, "%s - %s = %s (written %s%s)" % (a, b, v, word or "", res), [res, a, b], anchors)

    def prod(self, desc, res, factors, scale=1, anchors=()):
        v = D(str(scale))
        for f in factors:
            v *= N(f)
        self._add("prod: " + desc, r(v, places(res)) == N(res),
                  "%s x %s = %s (written %s)" % (" x ".join(factors), scale, v, res), [res] + list(factors), anchors)

    def quot(self, desc, res, a, b, scale=1, anchors=()):
        v = N(a) / N(b) * D(str(scale))
        self._add("quot: " + desc, r(v, places(res)) == N(res), "%s / %s x %s = %s (written %s)" % (a, b, scale, v, res),
                  [res, a, b], anchors)

    def conv(self, desc, res, src, factor, anchors=()):
        v = N(src) * D(str(factor))
        self._add("conv: " + desc, r(v, places(res)) == N(res), "%s x %s = %s (written %s)" % (src, factor, v, res),
                  [res, src], anchors)

    def formula(self, desc, res, fn, args, expr, anchors=()):
        v = fn(*[N(a) for a in args])
        self._add("formula: " + desc, r(v, places(res)) == N(res), "%s = %s = %s" % (res, expr, v),
                  [res] + list(args), anchors)

    def same(self, desc, a, b, anchors=()):
        self._add("same: " + desc, N(a) == N(b), "%s == %s" % (a, b), [a, b], anchors)

    def leq(self, desc, part, whole, anchors=()):
        self._add("leq: " + desc, N(part) <= N(whole), "%s <= %s" % (part, whole), [part, whole], anchors)

    def score(self, desc, got, weight, anchors=()):
        self._add("score: " + desc, D(0) <= N(got) <= N(weight), "0 <= %s <= %s" % (got, weight), [got, weight], anchors)

    def grade(self, desc, sc, written, bands, anchors=()):
        g = None
        for lo, name in bands:
            if N(sc) >= D(str(lo)):
                g = name
                break
        self._add("grade: " + desc, g == written, "%s -> %s (written %s)" % (sc, g, written), [sc], anchors)

    def shares(self, desc, parts, target="100", tol="0", anchors=()):
        s = sum((N(p) for p in parts), D(0))
        self._add("shares: " + desc, abs(s - D(target)) <= D(tol),
                  "%s = %s (target %s, tolerance %s)" % (" + ".join(parts), s, target, tol), list(parts), anchors)
        return s

    def date_after(self, desc, written, ymd, after, anchors=()):
        ok = datetime.date(*ymd) > datetime.date(*after)
        self._add("date: " + desc, ok, "%s > %04d-%02d-%02d" % (written, *after), [], list(anchors) or [written])

    def date_before(self, desc, written, ymd, before, anchors=()):
        ok = datetime.date(*ymd) < datetime.date(*before)
        self._add("date: " + desc, ok, "%s < %04d-%02d-%02d" % (written, *before), [], list(anchors) or [written])

    def cond(self, desc, ok, detail="", nums=(), anchors=()):
        self._add("cond: " + desc, ok, detail, nums, anchors)

    def text(self, desc, *anchors):
        self._add("text: " + desc, True, "anchored", (), anchors)

    # visible verification ----------------------------------------------------
    def verify(self, views, main="text"):
        """views: dict name -> visible text.  An anchor is a string (checked in `main`)
        or a (view, string) pair."""
        for desc, nums, anchors in list(self.rels):
            found = []
            for a in anchors:
                view, s = (a if isinstance(a, tuple) else (main, a))
                self._add("visible[%s] anchor of %s" % (view, desc), s in views[view], s)
                found.append(s)
            for x in nums:
                ok = any(x in s for s in found) or x in views[main]
                self._add("visible number %s of %s" % (x, desc), ok, x)

    def save(self, path):
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return data["all_checks_ok"]


def close(book, views, ledger_path, han_text, main="text", lo=2500, hi=5000):
    n = han(han_text)
    book.fact("han_chars", n)
    book.cond("Han characters within %d-%d" % (lo, hi), lo <= n <= hi, str(n))
    book.verify(views, main)
    ok = book.save(ledger_path)
    print("%-64s checks=%5d han=%5d ok=%s" % (os.path.basename(ledger_path), len(book.checks), n, ok))
    if not ok:
        raise SystemExit(1)


# ---------------------------------------------------------------- content model


def _walk(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _walk(v)
    elif isinstance(o, (list, tuple)):
        for v in o:
            yield from _walk(v)


def occurrences(model, s):
    return sum(x.count(s) for x in _walk(model))


def _sub(o, old, new):
    if isinstance(o, str):
        return o.replace(old, new)
    if isinstance(o, dict):
        return {k: _sub(v, old, new) for k, v in o.items()}
    if isinstance(o, list):
        return [_sub(v, old, new) for v in o]
    if isinstance(o, tuple):
        return tuple(_sub(v, old, new) for v in o)
    return o


def swap_once(model, old, new):
    n = occurrences(model, old)
    if n != 1:
        raise ValueError("%r occurs %d times in the content model" % (old, n))
    return _sub(model, old, new)


# ---------------------------------------------------------------- readers


def read_txt(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


class _Nodes(HTMLParser):
    SKIP = {"head", "script", "style", "title", "template", "noscript"}
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption",
             "thead", "tbody", "tfoot", "section", "article", "header", "footer", "ul", "ol", "body", "html"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []
        self.inline = [""]

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.inline.append("")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.inline.append("")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.inline.append("")

    def handle_data(self, data):
        if self.skip:
            return
        s = data.strip()
        if s:
            self.nodes.append(s)
        self.inline[-1] += data


def read_html(path):
    """text nodes outside head/script/style, stripped, one per line"""
    p = _Nodes()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    return "\n".join(p.nodes)


def read_html_inline(path):
    """inline elements joined (span/strong/a/font do not break), one line per block"""
    p = _Nodes()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    out = []
    for s in p.inline:
        s = re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
        if s:
            out.append(s)
    return "\n".join(out)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ptext(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
    return "".join(out)


def read_docx(path):
    """body paragraphs and table cells in document order, one line each;
    vMerge continuation cells skipped; nested tables not used in this set."""
    import docx
    body = docx.Document(path).element.body
    lines = []
    for el in body.iterchildren():
        if el.tag == W + "p":
            lines.append(_ptext(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.iterchildren(W + "tc"):
                    vm = tc.find(W + "tcPr/" + W + "vMerge")
                    if vm is not None and vm.get(W + "val") in (None, "continue"):
                        continue
                    lines.append("".join(_ptext(p) for p in tc.iter(W + "p")))
    return "\n".join(lines)


def docx_rows(path):
    """each table row as its non-continuation cells joined by newlines (row anchors)"""
    import docx
    body = docx.Document(path).element.body
    rows = []
    for tbl in body.iter(W + "tbl"):
        for tr in tbl.iter(W + "tr"):
            cells = []
            for tc in tr.iterchildren(W + "tc"):
                vm = tc.find(W + "tcPr/" + W + "vMerge")
                if vm is not None and vm.get(W + "val") in (None, "continue"):
                    continue
                cells.append("".join(_ptext(p) for p in tc.iter(W + "p")))
            rows.append(cells)
    return rows


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_flat(path, footer=r"—\s*\d+\s*—"):
    t = re.sub(footer, "", read_pdf(path))
    return t.replace("\n", "").replace("\x0c", "")


def pdf_lines(path, ytol=1.5, gap=2.5):
    """visual lines rebuilt from pdfminer character boxes; cells separated by ' | '"""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTAnno

    def chars(o):
        if isinstance(o, LTChar):
            yield o
        elif hasattr(o, "__iter__") and not isinstance(o, LTAnno):
            for c in o:
                yield from chars(c)

    out = []
    for page in extract_pages(path):
        cs = sorted((c for c in chars(page) if c.get_text().strip()), key=lambda c: (-round(c.y0, 1), c.x0))
        rows = []
        for c in cs:
            if rows and abs(rows[-1][0] - c.y0) <= ytol:
                rows[-1][1].append(c)
            else:
                rows.append([c.y0, [c]])
        for _, rc in rows:
            rc.sort(key=lambda c: c.x0)
            toks, cur, last = [], "", None
            for c in rc:
                if last is not None and c.x0 - last > gap:
                    toks.append(cur)
                    cur = ""
                cur += c.get_text()
                last = c.x1
            toks.append(cur)
            out.append(" | ".join(toks))
        out.append("\f")
    return "\n".join(out)


# ---------------------------------------------------------------- docx determinism


def docx_core(doc, title, author):
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = fixed
    cp.comments = cp.keywords = cp.subject = cp.category = ""


def docx_fix_zip(path):
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
