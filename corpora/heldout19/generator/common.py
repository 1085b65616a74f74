"""Shared helpers for the heldout19 generators (independent implementation).

Contents
* Decimal arithmetic: every derived figure is rounded ROUND_HALF_UP at the
  precision at which it is written;
* formatting / parsing of written numbers;
* ``Ledger``: facts + relation checks evaluated on the number *strings exactly
  as written*, each relation carrying anchors (exact fragments of the visible
  text).  Any failed check raises immediately;
* visible-text extractors for txt / html / docx (final text of tracked
  changes: w:ins kept, w:del dropped) / pdf;
* content-model helpers (unique replacement) and a docx zip normaliser so that
  repeated runs are byte-identical.
"""
import datetime
import json
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = os.path.join(OUT, "errors")
SCRATCH = os.path.join(OUT, "_scratch")


# ====================================================================== numbers
def q(x, n=2):
    """round half-up to n decimals"""
    return D(str(x)).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def fmt(x, n=2):
    """written form with thousands separators: 12,345.60"""
    return "{:,.{}f}".format(q(x, n), n)


def fnum(x, n=2):
    """written form without separators: 12345.60"""
    return "{:.{}f}".format(q(x, n), n)


def fint(x):
    return "{:,}".format(int(x))


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


def growth(new, old, n=2):
    return q((D(new) - D(old)) / D(old) * 100, n)


def sgn(x, n=2):
    v = q(x, n)
    return ("-" + fnum(-v, n)) if v < 0 else fnum(v, n)


def P(s):
    t = str(s).strip()
    for a, b in ((",", ""), ("%", ""), ("％", ""), ("−", "-"), ("－", "-"), ("+", "")):
        t = t.replace(a, b)
    return D(t)


def ndec(s):
    t = str(s).replace(",", "").replace("%", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


def han_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


UP_WORDS = ("增长", "增加", "提高", "上升", "多", "增收", "超支")
DOWN_WORDS = ("下降", "减少", "降低", "回落", "压减", "少", "节约", "减收")


def direction_ok(word, v):
    if word in UP_WORDS:
        return v > 0
    if word in DOWN_WORDS:
        return v < 0
    raise ValueError("unknown direction word %r" % word)


_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn2int(s):
    total, num = 0, 0
    for ch in s:
        if ch in _CN:
            num = _CN[ch]
        elif ch in "十百千":
            total += (num or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            num = 0
        else:
            raise ValueError(s)
    return total + num


# ====================================================================== ledger
class Ledger:
    """Relations are evaluated on written strings; every failure aborts."""

    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.rels = []

    # ------------------------------------------------------------ core
    def fact(self, key, value):
        self.facts[key] = value if isinstance(value, (int, list, dict)) else str(value)

    def _check(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise AssertionError("CHECK FAILED: %s -- %s" % (desc, detail))
        if nums or anchors:
            self.rels.append((desc, [str(x) for x in nums], [a for a in anchors]))

    # ------------------------------------------------------------ relations
    def sum(self, desc, total, parts, anchors=()):
        s = sum((P(p) for p in parts), D(0))
        self._check("sum: " + desc, q(s, ndec(total)) == P(total),
                    "%s = %s (computed %s)" % (total, " + ".join(parts), s), [total] + list(parts), anchors)

    def lin(self, desc, res, terms, anchors=()):
        """res = sum(c * x) for (c, x) in terms; c is +1/-1 or a factor"""
        s = sum((D(c) * P(x) for c, x in terms), D(0))
        expr = " ".join("%s%s" % ("+" if D(c) >= 0 else "-", x if abs(D(c)) == 1 else "%s*%s" % (abs(D(c)), x))
                        for c, x in terms)
        self._check("lin: " + desc, q(s, ndec(res)) == P(res), "%s = %s (computed %s)" % (res, expr, s),
                    [res] + [x for _, x in terms], anchors)

    def ratio(self, desc, res, num, den, anchors=(), scale=100):
        v = q(P(num) / P(den) * D(scale), ndec(res))
        self._check("ratio: " + desc, v == P(res), "%s / %s * %s = %s (written %s)" % (num, den, scale, v, res),
                    [res, num, den], anchors)

    def growth(self, desc, res, new, old, word=None, anchors=()):
        v = q((P(new) - P(old)) / P(old) * 100, ndec(res))
        if word is None:
            ok = v == P(res)
        else:
            ok = abs(v) == abs(P(res)) and direction_ok(word, v)
        self._check("growth: " + desc, ok, "(%s - %s) / %s = %s%% (written %s%s)" % (new, old, old, v, word or "", res),
                    [res, new, old], anchors)

    def diff(self, desc, res, a, b, word=None, anchors=()):
        v = P(a) - P(b)
        if word is None:
            ok = q(v, ndec(res)) == P(res)
        else:
            ok = q(abs(v), ndec(res)) == abs(P(res)) and direction_ok(word, v)
        self._check("diff: " + desc, ok, "%s - %s = %s (written %s%s)" % (a, b, v, word or "", res),
                    [res, a, b], anchors)

    def prod(self, desc, res, factors, scale=1, anchors=()):
        v = D(scale)
        for x in factors:
            v *= P(x)
        self._check("prod: " + desc, q(v, ndec(res)) == P(res),
                    "%s * %s = %s (written %s)" % (" * ".join(factors), scale, v, res), [res] + list(factors), anchors)

    def quot(self, desc, res, a, b, scale=1, anchors=()):
        v = P(a) / P(b) * D(scale)
        self._check("quot: " + desc, q(v, ndec(res)) == P(res), "%s / %s * %s = %s (written %s)" % (a, b, scale, v, res),
                    [res, a, b], anchors)

    def conv(self, desc, res, src, factor, anchors=()):
        """unit conversion: res = src * factor (e.g. 万元 -> 亿元 factor 0.0001)"""
        v = P(src) * D(str(factor))
        self._check("conv: " + desc, q(v, ndec(res)) == P(res), "%s * %s = %s (written %s)" % (src, factor, v, res),
                    [res, src], anchors)

    def formula(self, desc, res, fn, args, expr, anchors=()):
        """res = fn(*parsed args), compared at the written precision of res"""
        v = fn(*[P(a) for a in args])
        self._check("formula: " + desc, q(v, ndec(res)) == P(res), "%s = %s = %s (written %s)" % (res, expr, v, res),
                    [res] + list(args), anchors)

    def same(self, desc, a, b, anchors=()):
        self._check("same: " + desc, P(a) == P(b), "%s == %s" % (a, b), [a, b], anchors)

    def leq(self, desc, part, whole, anchors=()):
        self._check("leq: " + desc, P(part) <= P(whole), "%s <= %s" % (part, whole), [part, whole], anchors)

    def score(self, desc, got, weight, anchors=()):
        self._check("score: " + desc, D(0) <= P(got) <= P(weight), "0 <= %s <= %s" % (got, weight),
                    [got, weight], anchors)

    def band(self, desc, score, grade, bands, anchors=()):
        g = None
        for lo, name in bands:
            if P(score) >= D(str(lo)):
                g = name
                break
        self._check("band: " + desc, g == grade, "%s -> %s (written %s)" % (score, g, grade), [score], anchors)

    def shares100(self, desc, shares, anchors=(), tol="0.00"):
        s = sum((P(x) for x in shares), D(0))
        self._check("shares100: " + desc, abs(s - 100) <= D(tol), "%s = %s (tolerance %s)" % (" + ".join(shares), s, tol),
                    list(shares), anchors)
        return s

    def date_after(self, desc, written, ymd, after, anchors=()):
        ok = datetime.date(*ymd) > datetime.date(*after)
        self._check("date: " + desc, ok, "%s > %04d-%02d-%02d" % (written, *after), [], list(anchors) or [written])

    def date_before(self, desc, written, ymd, before, anchors=()):
        ok = datetime.date(*ymd) < datetime.date(*before)
        self._check("date: " + desc, ok, "%s < %04d-%02d-%02d" % (written, *before), [], list(anchors) or [written])

    def cn(self, desc, written, value, anchors=()):
        self._check("cn: " + desc, cn2int(written) == int(value), "%s = %s" % (written, value), [],
                    list(anchors) or [written])

    def cond(self, desc, ok, detail="", nums=(), anchors=()):
        self._check("cond: " + desc, ok, detail, nums, anchors)

    def anchor(self, desc, *anchors):
        self._check("text: " + desc, True, "anchored", (), anchors)

    # ------------------------------------------------------------ visible text
    def verify_visible(self, text, label):
        for desc, nums, anchors in list(self.rels):
            for a in anchors:
                self._check("visible[%s] anchor of %s" % (label, desc), a in text, a)
            for x in nums:
                ok = any(x in a for a in anchors) or x in text
                self._check("visible[%s] number %s of %s" % (label, x, desc), ok, x)

    def write(self, path):
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return data["all_checks_ok"]


# ====================================================================== content model
def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)


def count_in(obj, s):
    return sum(x.count(s) for x in _strings(obj))


def _replace(obj, old, new):
    if isinstance(obj, str):
        return obj.replace(old, new)
    if isinstance(obj, dict):
        return {k: _replace(v, old, new) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_replace(v, old, new) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_replace(v, old, new) for v in obj)
    return obj


def replace_unique(obj, old, new):
    n = count_in(obj, old)
    if n != 1:
        raise ValueError("%r occurs %d times in the content model" % (old, n))
    return _replace(obj, old, new)


# ====================================================================== extractors
def txt_text(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


class _VisibleHTML(HTMLParser):
    HIDDEN = {"head", "script", "style", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            s = data.strip()
            if s:
                self.parts.append(s)


def html_text(path):
    """text nodes outside head/script/style, stripped, one per line"""
    p = _VisibleHTML()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    return "\n".join(p.parts)


def _w(tag):
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _para_text(p, final=True):
    """final=True: w:t outside w:del (what Word shows with changes accepted).
    final=False: a naive reader that also takes w:delText."""
    out = []
    for el in p.iter():
        if el.tag == _w("t"):
            anc = el.getparent()
            deleted = False
            while anc is not None and anc is not p:
                if anc.tag == _w("del"):
                    deleted = True
                    break
                anc = anc.getparent()
            if not (final and deleted):
                out.append(el.text or "")
        elif el.tag == _w("delText") and not final:
            out.append(el.text or "")
    return "".join(out)


def docx_text(path, final=True):
    """body paragraphs and table cells in document order, one line each;
    vMerge continuation cells skipped."""
    import docx
    d = docx.Document(path)
    lines = []
    for el in d.element.body.iterchildren():
        if el.tag == _w("p"):
            lines.append(_para_text(el, final))
        elif el.tag == _w("tbl"):
            for tr in el.iter(_w("tr")):
                for tc in tr.iter(_w("tc")):
                    vm = tc.find(_w("tcPr") + "/" + _w("vMerge"))
                    if vm is not None and vm.get(_w("val")) in (None, "continue"):
                        continue
                    lines.append("".join(_para_text(p, final) for p in tc.iter(_w("p"))))
    return "\n".join(lines)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_flat(path, footer_re=r"第\s*\d+\s*页\s*共\s*\d+\s*页"):
    """pdfminer text with page footers, line breaks and form feeds removed"""
    t = re.sub(footer_re, "", pdf_text(path))
    return t.replace("\n", "").replace("\x0c", "")


def pdf_rows(path, ytol=1.5, gap=2.5):
    """Rebuild visual lines from pdfminer character boxes: characters are grouped per page by
    baseline (within ytol points) and sorted by x; a horizontal gap > `gap` points starts a new
    token.  Returns one line per visual row, tokens joined by " | ".  Used to read ruled tables
    row by row (pdfminer's own text order runs column by column)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTAnno

    def chars(obj):
        if isinstance(obj, LTChar):
            yield obj
        elif hasattr(obj, "__iter__") and not isinstance(obj, LTAnno):
            for o in obj:
                yield from chars(o)

    out = []
    for page in extract_pages(path):
        cs = sorted(chars(page), key=lambda c: (-round(c.y0, 1), c.x0))
        rows = []
        for c in cs:
            if c.get_text().strip() == "":
                continue
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
    return "\n".join(out)


def normalize_docx(path, stamp=(2025, 1, 1, 0, 0, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def set_docx_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.last_printed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def finish(led, text, label, ledger_path, han_min=2500, han_max=5000, han_text=None):
    n = han_count(text if han_text is None else han_text)
    led.fact("han_chars", n)
    led.cond("Han count within %d-%d" % (han_min, han_max), han_min <= n <= han_max, str(n))
    led.verify_visible(text, label)
    ok = led.write(ledger_path)
    print("%-62s checks=%4d han=%5d ok=%s" % (os.path.basename(ledger_path), len(led.checks), n, ok))
    if not ok:
        raise SystemExit(1)
    return ok
