"""Assembling tables: cell spans in, :class:`~extractor.document.Table` with headers out.

A cell's ``row_header`` is the nearest non-empty, non-numeric cell to its left in the same row;
its ``col_header`` the nearest such cell above it in the same column (a position covered by a
merged cell counts as that cell).  That covers both header-row
tables (``项目 | 年初预算 | 执行数``) and label/value forms (``预算数: | 32.23``).
"""

from __future__ import annotations

from typing import NamedTuple


from ..regexes import compile_pattern
from ..document import Cell, Table
from ..normalize import collapse_whitespace, strip_artefacts

NUMERIC_CELL = compile_pattern(
    r"^\s*[-+−－﹣＋]?\s*(?:[≥≦≧≤<>]=?|大于|小于|不低于|不超过)?\s*\d[\d,，]*(?:[.．]\d+)?\s*"
    r"(?:%|％|‰|分|万元|亿元|元|人次|家次|户次|公里|千米|平方米|平方公里|立方米|万亩|亩|公顷|万人|小时|[人名家个件项次台辆份张场批册本种类例处所起株棵吨座条篇期天户米])?"
    r"\s*(?:以上|以下|以内)?\s*(?:注\s*\d{1,2}|[（(]注\s*\d{1,2}[）)]|[①-⑳]|\*{1,3})?\s*$"
)


_BRACKETED = compile_pattern(r"^\s*[(（]([^()（）]*)[)）]\s*$")
_NUMERIC_STARTS = set("-+−－﹣＋≥≦≧≤<>大小不")  # －７１６．７５: a full-width minus too


def is_numeric_cell(text: str) -> bool:
    """Whether a cell holds just a number (optionally with %, 分 or a money unit).

    >>> is_numeric_cell(" 32.23"), is_numeric_cell("预算数:"), is_numeric_cell("98.58%"), is_numeric_cell("(7.20%)")
    (True, False, True, True)
    """
    first = text.lstrip()[:1]
    if first in "(（":
        # (1,972,166.74) / (7.20%): a negative number in accounting brackets
        inner = _BRACKETED.match(text)
        return inner is not None and bool(NUMERIC_CELL.match(inner.group(1)))
    if not first or not (first.isdigit() or first in _NUMERIC_STARTS):
        return False  # the usual case, a text cell, decided on one character
    return bool(NUMERIC_CELL.match(text))


class CellSpan(NamedTuple):
    """A cell located in the text, before headers are resolved (an immutable tuple)."""

    start: int
    end: int
    row_span: int = 1
    col_span: int = 1


def clean_cell_text(text: str) -> str:
    """Cell text as people read it: artefacts removed, whitespace runs collapsed.

    >>> clean_cell_text("  预算执行情况\\n(万元) ")
    '预算执行情况 (万元)'
    """
    return collapse_whitespace(strip_artefacts(text))


def assemble_table(text: str, rows: list[list[CellSpan | None]], layout: str) -> Table:
    """Build a Table from rows of cell spans; ``None`` marks a grid position covered by a merge.

    Example: rows ``[[项目, 年初预算], [基本支出, 569.44]]`` give the cell ``569.44`` the headers
    ``row_header="基本支出"`` and ``col_header="年初预算"``.
    """
    grid: list[list[tuple[CellSpan, str] | None]] = [
        [(span, clean_cell_text(text[span.start:span.end])) if span is not None else None for span in row]
        for row in rows
    ]
    # positions covered by a merged cell read as that cell when looking for headers
    occupied = _occupants(grid)
    header_text = [[entry[1] if _is_header_text(entry) else None for entry in row] for row in occupied]
    above: dict[int, str] = {}
    out_rows: list[tuple[Cell, ...]] = []
    for r, row in enumerate(grid):
        cells: list[Cell] = []
        left = ""
        for c, entry in enumerate(row):
            if entry is not None:
                span, cell_text = entry
                cells.append(
                    Cell(
                        row=r,
                        col=c,
                        start=span.start,
                        end=span.end,
                        text=cell_text,
                        row_span=span.row_span,
                        col_span=span.col_span,
                        row_header=left,
                        col_header=above.get(c, ""),
                    )
                )
            if header_text[r][c] is not None:
                left = header_text[r][c]
        filled = [c for c, entry in enumerate(row) if entry is not None and entry[1]]
        # 一、岚关镇 alone on its row of a wide table: a group label over the rows below, not a new
        # heading of every column it spans (a title row above the header is overwritten by it anyway)
        if not (len(filled) == 1 and filled[0] <= 1 and len(row) >= 3):
            for c, header in enumerate(header_text[r]):
                if header is not None:
                    above[c] = header
        out_rows.append(tuple(cells))
    spans = [span for row in rows for span in row if span is not None]
    start = min((s.start for s in spans), default=0)
    end = max((s.end for s in spans), default=0)
    return Table(start=start, end=end, rows=tuple(out_rows), layout=layout)


def _occupants(grid):
    """The grid with each position covered by a merge (``None``) filled with its merged cell."""
    occupied = [list(row) for row in grid]
    for r, row in enumerate(grid):
        for c, entry in enumerate(row):
            if entry is None:
                continue
            span = entry[0]
            if span.row_span == 1 and span.col_span == 1:
                continue  # covers only its own position, which the copy already holds
            for rr in range(r, min(r + span.row_span, len(occupied))):
                for cc in range(c, min(c + span.col_span, len(occupied[rr]))):
                    if occupied[rr][cc] is None:
                        occupied[rr][cc] = entry
    return occupied


_PLACEHOLDER = compile_pattern(r"^\s*(?:[—－\-–/／\\]+|无|不适用)\s*$")


def is_placeholder_cell(text: str) -> bool:
    """Whether a cell only says there is nothing to state there (—, /, 无, 不适用).

    Example: ``is_placeholder_cell("—")`` is True; ``is_placeholder_cell("100.00")`` is False.
    """
    return _PLACEHOLDER.match(text) is not None


def _is_header_text(entry) -> bool:
    """A cell that can head a row or column: text, not a number and not a placeholder (— for n/a)."""
    return entry is not None and entry[1] != "" and not is_numeric_cell(entry[1]) and not is_placeholder_cell(entry[1])
