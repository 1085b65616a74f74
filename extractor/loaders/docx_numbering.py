"""Rendering the list numbers that Word generates (``一、``, ``（一）``, ``1.``) for .docx paragraphs.

python-docx gives a paragraph's text without its automatic number.  Reports number their headings
that way, so we read ``numbering.xml``: each ``w:numPr`` (numId, ilvl) points to a level with a
format (``decimal``, ``chineseCounting`` …) and a text pattern (``%1、``); counters run per list and
reset deeper levels when a shallower one advances.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from .docx_styles import paragraph_style

_CJK_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cjk_counting(n: int) -> str:
    """A counter in Chinese counting form.

    >>> [cjk_counting(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    if n < 10:
        return _CJK_DIGITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else _CJK_DIGITS[tens]) + "十" + (_CJK_DIGITS[units] if units else "")
    return str(n)


def format_counter(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified"):
        return cjk_counting(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperRoman" or fmt == "lowerRoman":
        numeral = _roman(n)
        return numeral if fmt == "upperRoman" else numeral.lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


class NumberingRenderer:
    """Produces the generated number of each numbered paragraph, in document order."""

    def __init__(self, document):
        self._levels: dict[tuple[str, int], _Level] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        part = getattr(document.part, "numbering_part", None) if _has_numbering(document) else None
        if part is None:
            return
        root = part.element
        abstract_levels: dict[str, dict[int, _Level]] = {}
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl")))] = _Level(
                    fmt=_val(lvl, "w:numFmt", "decimal"),
                    text=_val(lvl, "w:lvlText", ""),
                    start=int(_val(lvl, "w:start", "1")),
                )
            abstract_levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract_ref = num.find(qn("w:abstractNumId"))
            if abstract_ref is None:
                continue
            abstract_id = abstract_ref.get(qn("w:val"))
            self._abstract_of[num_id] = abstract_id
            for ilvl, level in abstract_levels.get(abstract_id, {}).items():
                self._levels[(num_id, ilvl)] = level

    def label(self, paragraph) -> str:
        """The generated label of ``paragraph`` (e.g. ``"（一）"``), or ``""`` when it has none."""
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id, ilvl = num_pr
        level = self._levels.get((num_id, ilvl))
        if level is None or num_id == "0":
            return ""
        counters = self._counters.setdefault(self._abstract_of.get(num_id, num_id), {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        label = level.text
        for k in range(ilvl, -1, -1):
            lv = self._levels.get((num_id, k))
            value = counters.get(k, lv.start if lv else 1)
            label = label.replace(f"%{k + 1}", format_counter(value, lv.fmt if lv else "decimal"))
        return label


def _has_numbering(document) -> bool:
    try:
        return document.part.numbering_part is not None
    except (KeyError, NotImplementedError):
        return False


def _val(element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    return child.get(qn("w:val"), default) if child is not None else default


def _num_pr(paragraph) -> tuple[str, int] | None:
    p_pr = paragraph._p.pPr
    if p_pr is None or p_pr.numPr is None:
        style = paragraph_style(paragraph)
        while style is not None:
            s_pr = style.element.pPr
            if s_pr is not None and s_pr.numPr is not None:
                num_pr = s_pr.numPr
                break
            style = style.base_style
        else:
            return None
    else:
        num_pr = p_pr.numPr
    num_id = num_pr.numId.val if num_pr.numId is not None else None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return (str(num_id), int(ilvl)) if num_id is not None else None
