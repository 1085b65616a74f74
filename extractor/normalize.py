"""A length-preserving normalised view of a text, for matchers.

Each character is mapped to exactly one character, so a match at ``[s, e)`` in the view is
``text[s:e]`` in the original.  Full-width ASCII becomes half-width, the ideographic space and
no-break spaces become ``" "``, and Word artefacts such as ``[bookmark: _Toc15377197]`` are masked
with spaces.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import regex

from .regexes import compile_pattern

# Artefacts that converters leave in the text: Word bookmarks and comment anchors.
ARTEFACT_PATTERN = compile_pattern(r"\[(?:bookmark|comment|anchor):[^\]\n]{0,80}\]", regex.IGNORECASE)

_SPACES = "\u3000\u00a0\u2002\u2003\u2009\u202f\u200b\ufeff"
# the information separators U+001C–U+001F: whitespace to one regex engine (re) and not to the other,
# so the view makes them plain spaces and every matcher reads them alike
_SEPARATORS = "\x1c\x1d\x1e\x1f"
_SEPARATORS_AS_SPACES = str.maketrans(_SEPARATORS, " " * len(_SEPARATORS))


_SPACE_CODES = np.array([ord(ch) for ch in _SPACES + _SEPARATORS], dtype=np.uint32)
_FULLWIDTH_FIRST, _FULLWIDTH_LAST, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_VECTOR_MIN = 512  # below this, per-character folding beats setting up arrays


def _fold_char(ch: str) -> str:
    code = ord(ch)
    if _FULLWIDTH_FIRST <= code <= _FULLWIDTH_LAST:
        return chr(code - _FULLWIDTH_SHIFT)
    return " " if ch in _SPACES or ch in _SEPARATORS else ch


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width and odd spaces to ``" "``, one code point for one.

    Vectorised over the code points (a third of ``str.translate``'s time on report text).

    >>> fold_width("６７３．６０万元\u3000占"), fold_width("增长\x1f25.0%")
    ('673.60万元 占', '增长 25.0%')
    """
    if text.isascii():
        return text.translate(_SEPARATORS_AS_SPACES) if any(ch in text for ch in _SEPARATORS) else text
    if len(text) < _VECTOR_MIN:
        return "".join(_fold_char(ch) for ch in text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    wide = (codes >= _FULLWIDTH_FIRST) & (codes <= _FULLWIDTH_LAST)
    codes[wide] -= _FULLWIDTH_SHIFT
    codes[np.isin(codes, _SPACE_CODES)] = 0x20
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def mask_artefacts(text: str) -> str:
    """Replace converter artefacts with spaces of the same length.

    >>> mask_artefacts("[bookmark: _Toc1]一、基本情况")
    '                 一、基本情况'
    """
    if "[" not in text:
        return text
    return ARTEFACT_PATTERN.sub(lambda m: " " * len(m.group()), text)


def normalize_view(text: str) -> str:
    """The matcher view of ``text``: same length, full-width folded, artefacts masked.

    >>> normalize_view("６７３．６０万元，占１００％")
    '673.60万元,占100%'
    """
    return fold_other_digits(mask_artefacts(fold_width(text)))


# a decimal digit newer than Python's Unicode tables (regex knows it, Decimal cannot read it): this
# pattern needs regex's own tables, so it is compiled by regex (re's \d would miss the digit)
_OTHER_DIGIT = regex.compile(r"(?![0-9])\d")


def fold_other_digits(view: str) -> str:
    """A digit Python's number reader does not know becomes ``"?"``, one for one, so no matcher
    hands the reader a number it cannot parse; digits it knows (٣, 𝟘) stay as they are.

    >>> fold_other_digits("¥\U00010d40"), fold_other_digits("٣٤万元")
    ('¥?', '٣٤万元')
    """
    if view.isascii() or _OTHER_DIGIT.search(view) is None:
        return view
    return _OTHER_DIGIT.sub(lambda m: m.group() if unicodedata.decimal(m.group(), None) is not None else "?", view)


def strip_artefacts(text: str) -> str:
    """Remove artefacts entirely (for titles and cell texts shown to people).

    >>> strip_artefacts("第2部分 [bookmark: _Toc15377204]2019年度部门决算情况说明")
    '第2部分 2019年度部门决算情况说明'
    """
    if "[" not in text:  # every artefact opens with a bracket: most cells and titles have none
        return text
    return ARTEFACT_PATTERN.sub("", text)


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace as one space, none at the ends: what ``re.sub(r"\\s+", " ", text).strip()``
    gives (``str.split`` and ``re``'s ``\\s`` know the same whitespace, U+001C–U+001F included),
    without a regex call per cell.

    >>> collapse_whitespace("  预算执行情况\\n(万元) \u3000")
    '预算执行情况 (万元)'
    """
    return " ".join(text.split())


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font: a Han or full-width character two, others one.

    >>> display_width("项目支出4,806.10万")
    18
    """
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
