"""heldout23 shared kit (independent implementation).

* Decimal helpers (ROUND_HALF_UP at the written precision): rq, fm, pc, gr;
* parsing written numbers back: wn (value), wd (written decimals);
* ``Tally`` -- the ledger.  Each relation receives the number *strings as written*
  plus anchors (exact fragments of the visible text); it is evaluated at the
  written precision at once and raises on failure.  ``attach`` proves after
  rendering that every anchor is in the re-read visible text and every number of
  a relation lies inside one of its anchors;
* readers of the rendered files: read_txt, read_html, read_docx, read_pdf
  (tables come back as "cell|cell|cell" lines);
* replace_once for planting errors.
"""
import datetime
import json
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

D = Decimal
GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
ERRDIR = os.path.join(ROOT, "errors")
SCR = os.path.join(ROOT, "_scratch")


# ------------------------------------------------------------------ numbers
def rq(x, n=2):
    return D(str(x)).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def fm(x, n=2, sep=True):
    v = rq(x, n)
    return "{:,.{}f}".format(v, n) if sep else "{:.{}f}".format(v, n)


def pc(a, b, n=2):
    return rq(D(str(a)) / D(str(b)) * 100, n)


def gr(new, old, n=2):
    return rq((D(str(new)) - D(str(old))) / D(str(old)) * 100, n)


def wn(s):
    t = str(s).strip().replace(",", "").replace("%", "").replace("％", "").replace("−", "-")
    return D(t)


def wd(s):
    t = str(s).replace(",", "").replace("%", "").strip()
    return len(t.split(".")[1]) if "." in t else 0


UP = ("增长", "增加", "提高", "上升", "多")
DOWN = ("下降", "减少", "降低", "回落", "少")


def flat(text):
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------ ledger
class Tally:
    def __init__(self, report):
        self.report = report
        self.facts = {}
        self.items = []  # (desc, ok, detail, nums, anchors)

    def fact(self, **kw):
        for k, v in kw.items():
            self.facts[k] = v

    def _put(self, desc, ok, detail, nums, anchors):
        if not ok:
            raise AssertionError("%s: %s -- %s" % (self.report, desc, detail))
        self.items.append({"desc": desc, "ok": True, "detail": detail,
                           "nums": [str(x) for x in nums], "anchors": list(anchors)})

    def total(self, desc, tot, parts, anchors=(), tol="0"):
        n = wd(tot)
        s = sum(wn(p) for p in parts)
        ok = abs(rq(s, n) - wn(tot)) <= D(tol)
        self._put("sum " + desc, ok, "%s =? %s (=%s, tol %s)" % (tot, "+".join(parts), s, tol),
                  [tot] + list(parts), anchors)

    def combo(self, desc, res, terms, anchors=()):
        """res = sum(sign*term); terms list of (sign, str)"""
        s = sum(D(sg) * wn(t) for sg, t in terms)
        ok = rq(s, wd(res)) == wn(res)
        self._put("combo " + desc, ok, "%s =? %s (=%s)" % (res, " ".join("%+d*%s" % (sg, t) for sg, t in terms), s),
                  [res] + [t for _, t in terms], anchors)

    def share(self, desc, part, whole, written, anchors=(), scale=100):
        v = wn(part) / wn(whole) * scale
        ok = rq(v, wd(written)) == wn(written)
        self._put("ratio " + desc, ok, "%s/%s*%s = %s, written %s" % (part, whole, scale, v, written),
                  [part, whole, written], anchors)

    def quot(self, desc, a, b, written, anchors=(), scale=1):
        v = wn(a) / wn(b) * D(str(scale))
        ok = rq(v, wd(written)) == wn(written)
        self._put("per " + desc, ok, "%s/%s*%s = %s, written %s" % (a, b, scale, v, written),
                  [a, b, written], anchors)

    def prod(self, desc, a, b, written, anchors=(), scale=1):
        v = wn(a) * wn(b) * D(str(scale))
        ok = rq(v, wd(written)) == wn(written)
        self._put("times " + desc, ok, "%s*%s*%s = %s, written %s" % (a, b, scale, v, written),
                  [a, b, written], anchors)

    def change(self, desc, new, old, written, word, anchors=()):
        v = (wn(new) - wn(old)) / wn(old) * 100
        sign = 1 if word in UP else -1 if word in DOWN else 0
        ok = rq(v, wd(written)) == sign * wn(written) and sign != 0
        self._put("growth %s %s" % (desc, word), ok, "(%s-%s)/%s = %s%%, written %s%s" % (new, old, old, rq(v, wd(written)), word, written),
                  [new, old, written], anchors)

    def delta(self, desc, new, old, written, word=None, anchors=()):
        v = wn(new) - wn(old)
        if word is None:
            ok = rq(v, wd(written)) == wn(written)
        else:
            sign = 1 if word in UP else -1 if word in DOWN else 0
            ok = sign != 0 and rq(v, wd(written)) == sign * wn(written)
        self._put("delta %s %s" % (desc, word or ""), ok, "%s-%s = %s, written %s%s" % (new, old, v, word or "", written),
                  [new, old, written], anchors)

    def same(self, desc, a, b, anchors=()):
        self._put("same " + desc, wn(a) == wn(b), "%s == %s" % (a, b), [a, b], anchors)

    def le(self, desc, a, b, anchors=()):
        self._put("le " + desc, wn(a) <= wn(b), "%s <= %s" % (a, b), [a, b], anchors)

    def within(self, desc, got, weight, anchors=()):
        self._put("score " + desc, D(0) <= wn(got) <= wn(weight), "0 <= %s <= %s" % (got, weight),
                  [got, weight], anchors)

    def grade(self, desc, score, word, bands, anchors=()):
        """bands: list of (lower bound, word) descending"""
        exp = next(w for lo, w in bands if wn(score) >= D(str(lo)))
        self._put("grade " + desc, exp == word, "%s -> %s, written %s" % (score, exp, word), [score], anchors)

    def dated(self, desc, when, after, anchors=()):
        self._put("date " + desc, when > after, "%s > %s" % (when, after), [], anchors)

    def holds(self, desc, cond, detail, anchors=()):
        self._put("holds " + desc, bool(cond), detail, [], anchors)

    # -- after rendering
    def attach(self, text, view="flat"):
        fl = flat(text)
        extra = []
        for it in self.items:
            fa = [flat(a) for a in it["anchors"]]
            for a in fa:
                if a not in fl:
                    raise AssertionError("%s: anchor not visible for %s: %r" % (self.report, it["desc"], a))
                extra.append({"desc": "visible[%s] %s" % (view, it["desc"]), "ok": True, "detail": a})
            for nm in it["nums"]:
                if fa and not any(nm in a for a in fa):
                    raise AssertionError("%s: number %s of %s not inside an anchor" % (self.report, nm, it["desc"]))
                if nm not in fl:
                    raise AssertionError("%s: number %s of %s not visible" % (self.report, nm, it["desc"]))
                extra.append({"desc": "visible number %s of %s" % (nm, it["desc"]), "ok": True, "detail": nm})
        self.visible = extra

    def dump(self, path, text):
        nch = len(flat(text))
        han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
        self.facts["chars_nonspace"] = nch
        self.facts["han_chars"] = han
        if not (2000 <= nch <= 6000):
            raise AssertionError("%s: %d characters" % (self.report, nch))
        checks = [{"desc": i["desc"], "ok": i["ok"], "detail": i["detail"]} for i in self.items]
        checks.append({"desc": "length 2000-6000 non-space characters", "ok": True, "detail": str(nch)})
        checks += self.visible
        out = {"report": self.report, "facts": self.facts, "checks": checks,
               "all_checks_ok": all(c["ok"] for c in checks)}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return len(checks)


# ------------------------------------------------------------------ readers
def read_txt(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


class _HtmlText(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "caption", "tr", "br", "table", "section", "header", "footer"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.cells = None
        self.cur = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag == "tr":
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cur = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cur is not None:
            self.cells.append("".join(self.cur).strip())
            self.cur = None
        elif tag == "tr" and self.cells is not None:
            self.out.append("\n" + "|".join(self.cells) + "\n")
            self.cells = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cur is not None:
            self.cur.append(data)
        else:
            self.out.append(data)


def read_html(path):
    p = _HtmlText()
    p.feed(read_txt(path))
    lines = [re.sub(r"[ \t\r]+", " ", l).strip() for l in "".join(p.out).split("\n")]
    return "\n".join(l for l in lines if l)


def html_rows(path):
    """tables as lists of rows of cell texts (rowspan cells appear only in their first row)"""
    txt = read_html(path)
    return [l.split("|") for l in txt.split("\n") if "|" in l]


def read_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in child.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    out.append("|".join(cells))
    return "\n".join(out)


def read_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


# ------------------------------------------------------------------ planting
def replace_once(s, old, new):
    n = s.count(old)
    if n != 1:
        raise AssertionError("replace_once: %r occurs %d times" % (old, n))
    return s.replace(old, new)


def fix_docx(path, when=datetime.datetime(2025, 3, 1, 9, 0, 0)):
    """normalise zip timestamps so reruns are byte-identical"""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
