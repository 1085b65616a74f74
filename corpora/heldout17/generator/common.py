"""Shared helpers for the heldout17 generators.

Decimal rounding (ROUND_HALF_UP everywhere), number formatting and parsing,
a Ledger that checks every stated relation on the number *strings* as written,
and visible-text extraction for txt / html / docx / pdf.
"""
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


# ---------------------------------------------------------------- numbers
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n=2):
    """Amount with thousands separators, n decimals, half-up."""
    return "{:,.{}f}".format(q(x, n), n)


def fn(x, n=2):
    """Plain number, no separators."""
    return "{:.{}f}".format(q(x, n), n)


def fi(x):
    return "{:,}".format(int(x))


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


def growth(new, old, n=2):
    return q((D(new) - D(old)) / D(old) * 100, n)


def wan(yuan, n=2):
    return q(D(yuan) / D(10000), n)


def P(s):
    """Parse a written number: 1,234.56 / -6.60 / 95.1% / 12,345 ."""
    t = str(s).replace(",", "").replace("%", "").replace("％", "").strip()
    t = t.replace("−", "-")
    return D(t)


def dec(s):
    t = str(s).replace(",", "").replace("%", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


def han_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


UP = ("增长", "增加", "提高", "上升", "上涨")
DOWN = ("下降", "减少", "降低", "回落")


# ---------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.rels = []          # (desc, [number strings], [anchors])

    def fact(self, key, value):
        self.facts[key] = str(value)

    def _add(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise AssertionError("check failed: %s -- %s" % (desc, detail))
        if nums or anchors:
            self.rels.append((desc, [str(x) for x in nums], list(anchors)))

    # relations on written strings -------------------------------------
    def sum(self, desc, total, parts, anchors=()):
        s = sum((P(p) for p in parts), D(0))
        ok = q(s, dec(total)) == P(total)
        self._add("sum: " + desc, ok, "%s = %s (computed %s)" % (total, " + ".join(parts), s),
                  [total] + list(parts), anchors)

    def lin(self, desc, total, terms, anchors=()):
        """total = sum(coef * value) ; terms = [(coef, str), ...]"""
        s = sum((D(c) * P(v) for c, v in terms), D(0))
        ok = q(s, dec(total)) == P(total)
        txt = " ".join(("+" if D(c) > 0 else "-") + ("" if abs(D(c)) == 1 else str(abs(D(c))) + "×") + v for c, v in terms)
        self._add("lin: " + desc, ok, "%s = %s (computed %s)" % (total, txt, s),
                  [total] + [v for _, v in terms], anchors)

    def ratio(self, desc, res, num, den, anchors=(), scale=100):
        v = q(P(num) / P(den) * D(scale), dec(res))
        ok = v == P(res)
        self._add("ratio: " + desc, ok, "%s / %s x %s = %s (stated %s)" % (num, den, scale, v, res),
                  [res, num, den], anchors)

    def growth(self, desc, res, new, old, word=None, anchors=()):
        v = q((P(new) - P(old)) / P(old) * 100, dec(res))
        if word is None:
            ok = v == P(res)
        else:
            ok = abs(v) == abs(P(res)) and ((word in UP and v > 0) or (word in DOWN and v < 0))
        self._add("growth: " + desc, ok, "(%s - %s) / %s = %s%% (stated %s %s)" % (new, old, old, v, word or "", res),
                  [res, new, old], anchors)

    def diff(self, desc, res, a, b, word=None, anchors=()):
        v = P(a) - P(b)
        if word is None:
            ok = q(v, dec(res)) == P(res)
        else:
            ok = q(abs(v), dec(res)) == P(res) and ((word in UP and v > 0) or (word in DOWN and v < 0))
        self._add("diff: " + desc, ok, "%s - %s = %s (stated %s %s)" % (a, b, v, word or "", res),
                  [res, a, b], anchors)

    def prod(self, desc, res, factors, anchors=(), scale=1):
        v = D(1)
        for x in factors:
            v *= P(x)
        v = v * D(scale)
        ok = q(v, dec(res)) == P(res)
        self._add("prod: " + desc, ok, "%s x scale %s = %s (stated %s)" % (" x ".join(factors), scale, v, res),
                  [res] + list(factors), anchors)

    def quot(self, desc, res, a, b, anchors=(), scale=1):
        v = P(a) / P(b) * D(scale)
        ok = q(v, dec(res)) == P(res)
        self._add("quot: " + desc, ok, "%s / %s x %s = %s (stated %s)" % (a, b, scale, v, res),
                  [res, a, b], anchors)

    def same(self, desc, a, b, anchors=()):
        ok = P(a) == P(b)
        self._add("same: " + desc, ok, "%s == %s" % (a, b), [a, b], anchors)

    def cond(self, desc, ok, detail="", nums=(), anchors=()):
        self._add("cond: " + desc, ok, detail, nums, anchors)

    def anchor(self, desc, *anchors):
        self._add("text: " + desc, True, "anchored", (), anchors)

    # visible-text verification ---------------------------------------
    def verify_visible(self, text, label):
        n_anchor = 0
        for desc, nums, anchors in self.rels:
            for a in anchors:
                n_anchor += 1
                self._add("visible[%s]: anchor of %s" % (label, desc), a in text, a)
            for x in nums:
                ok = any(x in a for a in anchors) or x in text
                self._add("visible[%s]: number %s of %s" % (label, x, desc), ok, x)
        return n_anchor

    def write(self, path):
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return data["all_checks_ok"]


# ---------------------------------------------------------------- content model
def iter_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from iter_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from iter_strings(v)


def count_in_blocks(blocks, old):
    return sum(s.count(old) for s in iter_strings(blocks))


def replace_in_blocks(obj, old, new):
    """Replace `old` (which must occur exactly once in the whole model)."""
    n = count_in_blocks(obj, old)
    if n != 1:
        raise ValueError("%r occurs %d times in the content model" % (old, n))
    return _repl(obj, old, new)


def _repl(obj, old, new):
    if isinstance(obj, str):
        return obj.replace(old, new)
    if isinstance(obj, dict):
        return {k: _repl(v, old, new) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_repl(v, old, new) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_repl(v, old, new) for v in obj)
    return obj


# ---------------------------------------------------------------- visible text
def txt_text(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


class _HTMLText(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            return
        t = data.strip()
        if t:
            self.out.append(t)


def html_text(path):
    p = _HTMLText()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    return "\n".join(p.out)


def docx_text(path):
    """Body paragraphs and table cells in document order (one line each),
    then the footnote texts (one line each)."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    lines = []
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
                    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                        continue
                    lines.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" in z.namelist():
            from lxml import etree
            root = etree.fromstring(z.read("word/footnotes.xml"))
            for fnote in root.iter(qn("w:footnote")):
                if int(fnote.get(qn("w:id"))) > 0:
                    lines.append("".join(t.text or "" for t in fnote.iter(qn("w:t"))))
    return "\n".join(lines)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_match_text(path, footer_re=r"—\s*\d+\s*—"):
    t = pdf_text(path)
    t = re.sub(footer_re, "", t)
    return t.replace("\n", "").replace("\x0c", "")


def normalize_docx(path, stamp=(2025, 1, 1, 0, 0, 0)):
    """Rewrite the docx zip with fixed timestamps so that runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def finish(led, text, label, path_ledger, han_min=2500, han_max=5000):
    n = han_count(text)
    led.fact("han_chars", n)
    led.cond("Han count within %d-%d" % (han_min, han_max), han_min <= n <= han_max, str(n))
    led.verify_visible(text, label)
    ok = led.write(path_ledger)
    print("%-70s checks=%4d han=%5d ok=%s" % (os.path.basename(path_ledger), len(led.checks), n, ok))
    return ok
