"""The text around a span, as rules need it: sentences, 《》 titles, section keys, heading markers.

All positions are ``[start, end)`` code points of ``Document.text``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extractor.regexes import compile_pattern
from extractor import Document, Section
from extractor.normalize import normalize_view

SENTENCE_ENDS = frozenset("。！？!?；;\n")
_TITLE_REACH = 120


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the previous terminator (。！？；,
    line break) through the next one.

    >>> text = "一是完成。2023年6月以来，暂停1家。下一步"
    >>> s, e = sentence_bounds(text, 5, 12); text[s:e]
    '2023年6月以来，暂停1家。'
    """
    end = start if end is None else end
    left = start
    while left > 0 and text[left - 1] not in SENTENCE_ENDS:
        left -= 1
    right = end
    while right < len(text) and text[right] not in SENTENCE_ENDS:
        right += 1
    if right < len(text) and text[right] != "\n":
        right += 1
    return left, right


_CLAUSE_BREAK = compile_pattern(r"[，,；;。]")


def clause_bounds(view: str, start: int, end: int, at: int, at_end: int | None = None) -> tuple[int, int]:
    """The clause of ``[start, end)`` holding ``view[at:at_end]``: between the comma, semicolon or
    full stop before it and the next one.

    >>> view = "应在2024年12月31日前拨付，实际于2025年3月28日拨付到位。"
    >>> s, e = clause_bounds(view, 0, len(view), 19); view[s:e]
    '实际于2025年3月28日拨付到位'
    """
    clause_start = start
    for found in _CLAUSE_BREAK.finditer(view, start, at):
        clause_start = found.end()
    after = _CLAUSE_BREAK.search(view, at if at_end is None else at_end, end)
    return clause_start, after.start() if after else end


def inside_book_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a 《…》 title (on one line).

    >>> text = "制定《2024年医保基金监管集中宣传月活动方案》"
    >>> inside_book_title(text, 3, 8), inside_book_title("2024年6月", 0, 7)
    (True, False)
    """
    for cursor in range(start - 1, max(-1, start - _TITLE_REACH), -1):
        char = text[cursor]
        if char in "》\n":
            return False
        if char == "《":
            break
    else:
        return False
    for cursor in range(end, min(len(text), end + _TITLE_REACH)):
        char = text[cursor]
        if char in "《\n":
            return False
        if char == "》":
            return True
    return False


def section_key(document: Document, offset: int) -> str:
    """Where ``offset`` is in the section tree, as sibling indexes and numbers: stable when text
    elsewhere changes, and different for two verbatim-equal passages in different sections.

    Example: an offset under seed 004's ``一、/（一）/2.`` gives ``"0:附件7/0:一、/0:（一）/1:2."``.
    """
    parts: list[str] = []
    level = document.sections
    while True:
        found = next(((i, s) for i, s in enumerate(level) if s.start <= offset < s.end), None)
        if found is None:
            return "/".join(parts)
        index, section = found
        parts.append(f"{index}:{section.number or section.title}")
        level = section.children


def section_titles(document: Document, offset: int) -> tuple[str, ...]:
    """The titles of the sections containing ``offset``, outermost first.

    Example: an offset in seed 003's ``八、下一步改进措施`` gives ``("", "下一步改进措施")``.
    """
    return tuple(section.title for section in document.section_path(offset))


def heading_marker(document: Document, section: Section) -> tuple[int, int] | None:
    """The span of a section's number (``七、``, ``（2）``, ``第2部分``) in its heading line, found
    in the normalised view so that full-width forms, spaces inside the marker and Word bookmarks
    before it do not matter.

    Example: seed 001's second ``七、`` heading line starts with two ``[bookmark: …]`` artefacts;
    its marker is the ``七、`` after them.
    """
    if not section.number:
        return None
    found = _marker_pattern(section.number).search(document.normalized, section.start, section.heading_end)
    return (found.start(), found.end()) if found else None


@lru_cache(maxsize=512)
def _marker_pattern(number: str) -> regex.Pattern:
    """A heading number as a pattern over the normalised view, spaces allowed between characters."""
    return compile_pattern(r"\s*".join(regex.escape(char) for char in normalize_view(number)))


def is_table_cell(document: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one table cell.

    Example: in ``项目\\t增长%`` loaded as a table, the ``增长%`` cell is a column label.
    """
    return _cells_holding(document, start, end) == "one"


def spans_table_cells(document: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` starts in a table and runs past the cell it starts in.

    Example: ``个人住房贷款余额占缴存余额的比率\\t%`` in a table runs from a name cell into its unit cell.
    """
    return _cells_holding(document, start, end) == "several"


def _cells_holding(document: Document, start: int, end: int) -> str:
    """``"one"`` when one table cell holds ``[start, end)``, ``"several"`` when it starts in a table
    but no one cell holds it, ``"none"`` outside tables."""
    for table in document.tables:
        if table.start <= start < table.end:
            return "one" if any(cell.start <= start and end <= cell.end for cell in table.cells) else "several"
    return "none"


class Occurrences:
    """Numbers repeated mentions of one thing, so that verbatim repeats keep distinct fingerprints.

    >>> seen = Occurrences(); seen("一、/增长%"), seen("一、/增长%"), seen("二、/增长%")
    ('一、/增长%', '一、/增长%#2', '二、/增长%')
    """

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def __call__(self, subject: str) -> str:
        count = self._counts[subject] = self._counts.get(subject, 0) + 1
        return subject if count == 1 else f"{subject}#{count}"
