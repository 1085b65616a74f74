# -*- coding: utf-8 -*-
"""Shared helpers for the heldout16 generators.

* Decimal arithmetic with ROUND_HALF_UP (q, pct, growth), number formatting (f, fi) and parsing (P).
* A Ledger that records facts and *relations as written*: every relation is evaluated on the
  number strings exactly as they appear in the text, at the precision written, and each relation
  carries anchors (exact fragments of the visible text) that are looked up after rendering.
* Visible-text extraction for txt / docx / html / pdf.
"""
import json
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP, getcontext
from html.parser import HTMLParser

getcontext().prec = 50
D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERR = os.path.join(ROOT, "errors")


# ---------------------------------------------------------------- numbers
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(a, b, n=2):
    """a / b * 100, rounded half-up to n places."""
    return q(D(a) * 100 / D(b), n)


def growth(new, old, n=2):
    """signed growth rate in %, rounded half-up."""
    return q((D(new) - D(old)) * 100 / D(old), n)


def f(x, n=2, sep=True):
    """format a Decimal with n decimals (and thousands separators)."""
    x = q(x, n)
    s = format(abs(x), (",." if sep else ".") + str(n) + "f")
    return ("-" if x < 0 else "") + s


def fi(x, sep=True):
    x = D(x)
    assert x == x.to_integral_value(), x
    return format(int(x), "," if sep else "d")


def wan(yuan, n=2):
    """元 -> 万元, rounded half-up."""
    return q(D(yuan) / 10000, n)


_NUM = re.compile(r"[-−－]?\d[\d,]*(?:\.\d+)?")


def P(s):
    """parse a number string as written (thousands separators, %, minus signs)."""
    s = str(s).strip().replace(",", "").replace("%", "").replace("％", "")
    neg = s[:1] in "-−－"
    if neg:
        s = s[1:]
    v = D(s)
    return -v if neg else v


def dp(s):
    s = str(s).replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def han_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


UP_WORDS = ("增长", "增加", "提高", "上升", "多")
DOWN_WORDS = ("下降", "减少", "降低", "少")


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report, fmt):
        self.report = report
        self.fmt = fmt
        self.facts = {}
        self.checks = []
        self.rels = []  # (desc, anchors)

    # -- bookkeeping
    def fact(self, key, value):
        if isinstance(value, Decimal):
            value = str(value)
        self.facts[key] = value

    def _rec(self, desc, ok, detail, anchors=(), nums=()):
        ok = bool(ok)
        self.checks.append({"desc": desc, "ok": ok, "detail": detail})
        if not ok:
            raise AssertionError("%s: %s" % (desc, detail))
        anchors = list(anchors)
        # every number of a relation must be in the visible text: inside one of the relation's
        # anchors (context given) or, failing that, at least as a bare string (e.g. a table cell)
        for n in nums:
            if not any(str(n) in a for a in anchors):
                anchors.append(str(n))
        if anchors:
            self.rels.append((desc, anchors))

    # -- relations on numbers as written
    def sum(self, desc, total, parts, anchors=()):
        s = sum((P(p) for p in parts), D(0))
        self._rec(desc, s == P(total), "%s = %s (%s)" % (total, " + ".join(parts), s),
                  anchors, [total] + list(parts))

    def lin(self, desc, result, terms, anchors=()):
        """result = sum(sign * term); terms = [(+1, '1,234.00'), (-1, '56.00'), ...]"""
        s = sum((D(sg) * P(t) for sg, t in terms), D(0))
        expr = " ".join(("+ " if sg > 0 else "- ") + t for sg, t in terms)
        self._rec(desc, s == P(result), "%s = %s (%s)" % (result, expr, s), anchors,
                  [result] + [t for _, t in terms])

    def ratio(self, desc, r, num, den, anchors=(), scale=100):
        v = q(P(num) * scale / P(den), dp(r))
        self._rec(desc, v == P(r), "%s = %s / %s x %s -> %s" % (r, num, den, scale, v),
                  anchors, [r, num, den])

    def growth(self, desc, r, new, old, word, anchors=()):
        ch = P(new) - P(old)
        v = q(abs(ch) * 100 / P(old), dp(r))
        okw = (word in UP_WORDS and ch > 0) or (word in DOWN_WORDS and ch < 0)
        self._rec(desc, okw and v == P(r),
                  "%s %s%% : (%s - %s) / %s -> %s%s" % (word, r, new, old, old, "+" if ch > 0 else "-", v),
                  anchors, [r, new, old])

    def diff(self, desc, d, a, b, word, anchors=()):
        """d = |a - b| with the direction word (个百分点, 分, 人 ...)."""
        ch = P(a) - P(b)
        okw = (word in UP_WORDS and ch > 0) or (word in DOWN_WORDS and ch < 0)
        self._rec(desc, okw and abs(ch) == P(d), "%s %s = %s - %s (%s)" % (word, d, a, b, ch),
                  anchors, [d, a, b])

    def prod(self, desc, r, factors, anchors=(), div=1, extra_nums=()):
        v = D(1)
        for x in factors:
            v *= P(x)
        v = q(v / D(div), dp(r))
        self._rec(desc, v == P(r), "%s = %s / %s -> %s" % (r, " x ".join(factors), div, v),
                  anchors, [r] + list(factors) + list(extra_nums))

    def quot(self, desc, r, num, den, anchors=(), mult=1):
        v = q(P(num) * D(mult) / P(den), dp(r))
        self._rec(desc, v == P(r), "%s = %s x %s / %s -> %s" % (r, num, mult, den, v),
                  anchors, [r, num, den])

    def same(self, desc, a, b, anchors=(), factor=1):
        """a (as written) equals b x factor rounded to a's precision (factor for 元/万元 etc.)."""
        v = q(P(b) * D(factor), dp(a))
        self._rec(desc, v == P(a), "%s == %s x %s (%s)" % (a, b, factor, v), anchors, [a, b])

    def cond(self, desc, ok, detail, anchors=()):
        self._rec(desc, ok, detail, anchors)

    def present(self, desc, anchors):
        self._rec(desc, True, "anchors: " + " | ".join(anchors), anchors)

    # -- after rendering
    def verify_text(self, visible, match_text=None):
        mt = visible if match_text is None else match_text
        missing = []
        for desc, anchors in self.rels:
            miss = [a for a in anchors if a not in mt]
            self.checks.append({"desc": "visible text states: " + desc, "ok": not miss,
                                "detail": ("missing: %r" % miss) if miss else "all %d anchor(s) found" % len(anchors)})
            if miss:
                missing.append((desc, miss))
        if missing:
            raise AssertionError("anchors missing from visible text: %r" % missing[:5])
        n = han_count(visible)
        self.fact("han_chars", n)
        self._rec("Han-character count within 2,500-5,000", 2500 <= n <= 5000, "Han = %d" % n)
        return n

    def write(self, path):
        out = {"report": self.report, "facts": self.facts, "checks": self.checks,
               "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        assert out["all_checks_ok"]


# ---------------------------------------------------------------- content-model editing (plant_errors)
def replace_in_blocks(obj, old, new, counter):
    """walk nested lists/tuples/dicts, replacing `old` by `new` in every str; counts hits."""
    if isinstance(obj, str):
        c = obj.count(old)
        counter[0] += c
        return obj.replace(old, new)
    if isinstance(obj, list):
        return [replace_in_blocks(x, old, new, counter) for x in obj]
    if isinstance(obj, tuple):
        return tuple(replace_in_blocks(x, old, new, counter) for x in obj)
    if isinstance(obj, dict):
        return {k: replace_in_blocks(v, old, new, counter) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- visible text
def txt_text(path):
    with open(path, "rb") as fh:
        return fh.read().decode("utf-8")


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _para_text(p):
    out = []
    for node in p.iter():
        if node.tag == W_NS + "t":
            out.append(node.text or "")
        elif node.tag == W_NS + "tab":
            out.append("\t")
        elif node.tag in (W_NS + "br", W_NS + "cr"):
            out.append("\n")
    return "".join(out)


def docx_text(path):
    """body paragraphs and table-cell texts in document order (one line per paragraph / cell);
    vertically merged continuation cells are skipped."""
    from xml.etree import ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W_NS + "body")
    lines = []

    def walk_tbl(tbl):
        for tr in tbl.findall(W_NS + "tr"):
            for tc in tr.findall(W_NS + "tc"):
                tcpr = tc.find(W_NS + "tcPr")
                if tcpr is not None:
                    vm = tcpr.find(W_NS + "vMerge")
                    if vm is not None and vm.get(W_NS + "val") in (None, "continue"):
                        continue
                parts = []
                for ch in tc:
                    if ch.tag == W_NS + "p":
                        parts.append(_para_text(ch))
                    elif ch.tag == W_NS + "tbl":
                        walk_tbl(ch)
                lines.append("".join(parts))

    for el in body:
        if el.tag == W_NS + "p":
            lines.append(_para_text(el))
        elif el.tag == W_NS + "tbl":
            walk_tbl(el)
    return "\n".join(lines)


class _HT(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "link", "img", "hr", "col", "input"):
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        s = data.strip()
        if s:
            self.nodes.append(s)


def html_text(path):
    """text nodes outside <head>/<script>/<style>, each stripped, one per line."""
    p = _HT()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    return "\n".join(p.nodes)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


PDF_FOOTER = re.compile(r"第 \d+ 页")


def pdf_match_text(text):
    """for anchor look-up in PDFs: line breaks introduced by wrapping, form feeds and the running page
    footers (“第 N 页”) are removed, so that a paragraph broken across lines or pages reads whole."""
    return PDF_FOOTER.sub("", text.replace("\n", "")).replace("\f", "")


def normalize_docx_zip(path, when=(2025, 1, 1, 0, 0, 0)):
    """rewrite a .docx with fixed zip timestamps so that it is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
