"""Tables that a page break cut in two, joined back into one.

A PDF table longer than a page goes on under the next page's top with its header row repeated
(``一级指标 | 二级指标 | … | 得分``), and the page footer (``第 4 页``) lies between the halves; a
Word document splits a table in two under a ``表2（续）`` caption. Read
as two tables, the second half's 合计 row would total only the rows on its own page.
"""

from __future__ import annotations

import regex

from ..regexes import compile_pattern
from .compose import GridCell, Paragraph, TableGrid

# 表2（续） / 续表2: a caption saying the table before goes on, as a Word document writes it
CONTINUED_CAPTION = compile_pattern(r"\s*(?:表\s*[\d一二三四五六七八九十]+\s*[（(]\s*续\s*[）)]|续表\s*[\d一二三四五六七八九十]*)\s*")
PAGE_FOOTER = compile_pattern(r"\s*(?:第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?|[-－—–]{1,2}\s*\d+\s*[-－—–]{1,2}|\d+\s*/\s*\d+)\s*")


def join_continued_tables(items: list[Paragraph | TableGrid]) -> list[Paragraph | TableGrid]:
    """The items with each table that goes on, right after it or after a page footer, under the
    same header row joined to the table it continues; the footers between the halves and the
    repeated header go.

    Example: ``[表(表头, 行1), Paragraph("第 4 页"), 表(表头, 行2)]`` → ``[表(表头, 行1, 行2)]``.
    """
    joined: list[Paragraph | TableGrid] = []
    footers: list[Paragraph] = []
    for item in items:
        if (
            isinstance(item, Paragraph) and (PAGE_FOOTER.fullmatch(item.text) or CONTINUED_CAPTION.fullmatch(item.text))
            and joined and isinstance(joined[-1], TableGrid)
        ):
            footers.append(item)  # held back until we know whether a table goes on after it
            continue
        if isinstance(item, TableGrid) and joined and isinstance(joined[-1], TableGrid) and _continues(joined[-1], item):
            joined[-1] = TableGrid(rows=[*joined[-1].rows, *item.rows[1:]])
            footers = []
            continue
        joined.extend(footers)
        footers = []
        joined.append(item)
    joined.extend(footers)
    return joined


def _continues(before: TableGrid, after: TableGrid) -> bool:
    """Whether ``after`` repeats ``before``'s header row over rows of its own."""
    if not before.rows or len(after.rows) < 2:
        return False
    return _texts(before.rows[0]) == _texts(after.rows[0])


def _texts(row: list[GridCell | None]) -> tuple[str, ...]:
    return tuple("" if cell is None else regex.sub(r"\s+", "", cell.text) for cell in row)
