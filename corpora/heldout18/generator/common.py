"""Shared helpers for the heldout18 generators.

* Decimal arithmetic, always ROUND_HALF_UP at the written precision;
* number formatting / parsing (also simple Chinese numerals such as 一百二十三);
* a Ledger that records facts and checks every stated relation on the number
  *strings* exactly as they are written, each relation carrying anchors
  (exact fragments of the visible text);
* visible-text extraction for txt / md / html / docx / pdf;
* helpers for the content model (unique substring replacement) and a docx
  zip normaliser (fixed timestamps => byte-identical runs).
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


# ------------------------------------------------------------------ numbers
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def f(x, n=2):
    """thousands separators, n decimals"""
    return "{:,.{}f}".format(q(x, n), n)


def fn(x, n=2):
    """no separators, n decimals"""
    return "{:.{}f}".format(q(x, n), n)


def fi(x):
    return "{:,}".format(int(x))


def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)


def growth(new, old, n=2):
    return q((D(new) - D(old)) / D(old) * 100, n)


def wan(yuan, n=2):
    return q(D(yuan) / D(10000), n)


def sgn(x, n=2):
    """signed, for table growth columns: 5.20 / -3.10 / 0.00"""
    v = q(x, n)
    return fn(v, n) if v >= 0 else "-" + fn(-v, n)


def P(s):
    t = str(s).replace(",", "").replace("%", "").replace("％", "").strip()
    t = t.replace("−", "-").replace("－", "-")
    return D(t)


def dec(s):
    t = str(s).replace(",", "").replace("%", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


def han_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


UP = ("增长", "增加", "提高", "上升", "上涨", "多")
DOWN = ("下降", "减少", "降低", "回落", "压减", "少")

_CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def cn2int(s):
    """一百二十三 -> 123, 两千三百 -> 2300, 十二 -> 12 (no 亿)."""
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in _CN_DIG:
            num = _CN_DIG[ch]
        elif ch in _CN_UNIT:
            u = _CN_UNIT[ch]
            if u == 10000:
                total += (section + num) * u
                section, num = 0, 0
            else:
                section += (num or 1) * u
                num = 0
        else:
            raise ValueError(s)
    return total + section + num


def int2cn(n):
    """small integers (< 10000) in the usual written form; 2 before 千/百 as 两."""
    digs = "零一二三四五六七八九"
    if n == 0:
        return "零"
    out, zero = "", False
    for val, u in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // val % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        if u == "十" and d == 1 and not out:
            out += "十"
        elif d == 2 and u in ("千", "百") and not out:
            out += "两" + u
        else:
            out += digs[d] + u
    return out


# ------------------------------------------------------------------ ledger
class Ledger:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.checks = []
        self.rels = []  # (desc, nums, anchors)

    def fact(self, k, v):
        self.facts[k] = str(v)

    def _add(self, desc, ok, detail, nums=(), anchors=()):
        self.checks.append({"desc": desc, "ok": bool(ok), "detail": detail})
        if not ok:
            raise AssertionError("check failed: %s -- %s" % (desc, detail))
        if nums or anchors:
            self.rels.append((desc, [str(x) for x in nums], list(anchors)))

    def sum(self, desc, total, parts, anchors=()):
        s = sum((P(p) for p in parts), D(0))
        self._add("sum: " + desc, q(s, dec(total)) == P(total),
                  "%s = %s (computed %s)" % (total, " + ".join(parts), s), [total] + list(parts), anchors)

    def lin(self, desc, total, terms, anchors=()):
        s = sum((D(c) * P(v) for c, v in terms), D(0))
        txt = " ".join(("+" if D(c) > 0 else "-") + ("" if abs(D(c)) == 1 else "%s*" % abs(D(c))) + v
                       for c, v in terms)
        self._add("lin: " + desc, q(s, dec(total)) == P(total), "%s = %s (computed %s)" % (total, txt, s),
                  [total] + [v for _, v in terms], anchors)

    def ratio(self, desc, res, num, den, anchors=(), scale=100):
        v = q(P(num) / P(den) * D(scale), dec(res))
        self._add("ratio: " + desc, v == P(res), "%s / %s x %s = %s (stated %s)" % (num, den, scale, v, res),
                  [res, num, den], anchors)

    def growth(self, desc, res, new, old, word=None, anchors=()):
        v = q((P(new) - P(old)) / P(old) * 100, dec(res))
        if word is None:
            ok = v == P(res)
        else:
            ok = abs(v) == abs(P(res)) and ((word in UP and v > 0) or (word in DOWN and v < 0))
        self._add("growth: " + desc, ok, "(%s - %s)/%s = %s%% (stated %s %s)" % (new, old, old, v, word or "", res),
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
        v = D(scale)
        for x in factors:
            v *= P(x)
        self._add("prod: " + desc, q(v, dec(res)) == P(res),
                  "%s x %s = %s (stated %s)" % (" x ".join(factors), scale, v, res), [res] + list(factors), anchors)

    def quot(self, desc, res, a, b, anchors=(), scale=1):
        v = P(a) / P(b) * D(scale)
        self._add("quot: " + desc, q(v, dec(res)) == P(res), "%s / %s x %s = %s (stated %s)" % (a, b, scale, v, res),
                  [res, a, b], anchors)

    def formula(self, desc, res, fn_, args, expr, anchors=()):
        """res = fn_(*parsed args), compared at the written precision of res"""
        v = fn_(*[P(a) for a in args])
        self._add("formula: " + desc, q(v, dec(res)) == P(res), "%s = %s = %s (stated %s)" % (res, expr, v, res),
                  [res] + list(args), anchors)

    def shares100(self, desc, shares, anchors=(), tol="0.01"):
        """stated shares add up to 100 up to a rounding remainder (尾差)"""
        s = sum((P(x) for x in shares), D(0))
        self._add("shares100: " + desc, abs(s - 100) <= D(tol), "%s = %s" % (" + ".join(shares), s),
                  list(shares), anchors)
        return s

    def same(self, desc, a, b, anchors=()):
        self._add("same: " + desc, P(a) == P(b), "%s == %s" % (a, b), [a, b], anchors)

    def leq(self, desc, part, whole, anchors=()):
        self._add("leq: " + desc, P(part) <= P(whole), "%s <= %s" % (part, whole), [part, whole], anchors)

    def score(self, desc, got, weight, anchors=()):
        self._add("score<=weight: " + desc, D(0) <= P(got) <= P(weight), "0 <= %s <= %s" % (got, weight),
                  [got, weight], anchors)

    def band(self, desc, score, grade, bands, anchors=()):
        """bands: list of (lower_inclusive, grade) descending"""
        g = None
        for lo, name in bands:
            if P(score) >= D(lo):
                g = name
                break
        self._add("band: " + desc, g == grade, "%s -> %s (stated %s)" % (score, g, grade), [score], anchors)

    def date_after(self, desc, written, y, m, d, after=(2024, 12, 31), anchors=()):
        ok = datetime.date(y, m, d) > datetime.date(*after)
        self._add("date: " + desc, ok, "%s > %04d-%02d-%02d" % (written, *after), [], anchors or [written])

    def cn(self, desc, written, value, anchors=()):
        """a Chinese-numeral count equals an integer computed elsewhere"""
        ok = cn2int(written) == int(value)
        self._add("cn: " + desc, ok, "%s = %s" % (written, value), [], anchors or [written])

    def cond(self, desc, ok, detail="", nums=(), anchors=()):
        self._add("cond: " + desc, ok, detail, nums, anchors)

    def anchor(self, desc, *anchors):
        self._add("text: " + desc, True, "anchored", (), anchors)

    # -------------------------------------------------------------- visible
    def verify_visible(self, text, label):
        for desc, nums, anchors in list(self.rels):
            for a in anchors:
                self._add("visible[%s]: anchor of %s" % (label, desc), a in text, a)
            for x in nums:
                ok = any(x in a for a in anchors) or x in text
                self._add("visible[%s]: number %s of %s" % (label, x, desc), ok, x)

    def write(self, path):
        data = {"report": self.report, "facts": self.facts, "checks": self.checks,
                "all_checks_ok": all(c["ok"] for c in self.checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return data["all_checks_ok"]


# ------------------------------------------------------------------ content model
def iter_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from iter_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from iter_strings(v)


def count_in(obj, s):
    return sum(x.count(s) for x in iter_strings(obj))


def replace_unique(obj, old, new):
    n = count_in(obj, old)
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


# ------------------------------------------------------------------ visible text
def txt_text(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


md_text = txt_text


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
        if not self.depth and data.strip():
            self.out.append(data.strip())


def html_text(path):
    p = _HTMLText()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    p.close()
    return "\n".join(p.out)


def docx_text(path):
    """body paragraphs and table cells in document order, one line each;
    vMerge continuation cells skipped; automatic numbering is NOT text."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    lines = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
                    if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                        continue
                    lines.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    return "\n".join(lines)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_match_text(path, footer_re=r"—\s*\d+\s*—"):
    t = re.sub(footer_re, "", pdf_text(path))
    return t.replace("\n", "").replace("\x0c", "")


def normalize_docx(path, stamp=(2025, 1, 1, 0, 0, 0)):
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
    print("%-66s checks=%4d han=%5d ok=%s" % (os.path.basename(path_ledger), len(led.checks), n, ok))
    return ok
