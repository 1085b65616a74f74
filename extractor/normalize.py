"""A length-preserving normalised view of a text, for matchers.

Each character is mapped to exactly one character, so a match at ``[s, e)`` in the view is
``text[s:e]`` in the original.  Full-width ASCII becomes half-width, the ideographic space and
no-break spaces become ``" "``, and Word artefacts such as ``[bookmark: _Toc15377197]`` are masked
with spaces.
"""

from __future__ import annotations

import regex

# Artefacts that converters leave in the text: Word bookmarks and comment anchors.
ARTEFACT_PATTERN = regex.compile(r"\[(?:bookmark|comment|anchor):[^\]\n]{0,80}\]", regex.IGNORECASE)

_SPACES = "\u3000\u00a0\u2002\u2003\u2009\u202f\u200b\ufeff"


def _build_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update({ord(ch): " " for ch in _SPACES})
    return table


_TRANSLATION = _build_table()


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
    view = mask_artefacts(text.translate(_TRANSLATION))
    return view


def strip_artefacts(text: str) -> str:
    """Remove artefacts entirely (for titles and cell texts shown to people).

    >>> strip_artefacts("第2部分 [bookmark: _Toc15377204]2019年度部门决算情况说明")
    '第2部分 2019年度部门决算情况说明'
    """
    return ARTEFACT_PATTERN.sub("", text)
