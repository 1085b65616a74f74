"""Column groups that tell apart what a table's rows measure.

A table may set two funds side by side under spanning header cells, each over the same columns::

    项目      | 失业保险基金                 | 工伤保险基金                 | 两项基金合计
              | 年度预算 | 1—12月累计 | 上年同期 | 年度预算 | 1—12月累计 | 上年同期 | 1—12月累计 | …
    二、基金支出 | 48,300.00 | 37,999.51 | 40,685.37 | …

The row label 基金支出 names a different quantity under each group: 失业保险基金支出, 工伤保险基金支出
and the two funds' sum. A group label counts only where two groups repeat the same column
headers; a single spanning header (本年决算 over 合计/基本支出/项目支出) distinguishes nothing.
"""

from __future__ import annotations

from typing import Callable, Iterable


from ..regexes import compile_pattern
from ..document import Cell, Table
from .lexicon import canonical_key
from .model import Fact, Relation

_COMBINED = compile_pattern(r"合计|总计|合并")


def table_groups(table: Table) -> tuple[Cell, ...]:
    """The spanning header cells of ``table`` that tell its column groups apart — two or more of
    them over the same column headers — or ``()``.

    Example: the table above gives (失业保险基金, 工伤保险基金, 两项基金合计).
    """
    groups = _spanning_headers(table, len(table.rows))
    if len(groups) < 2 or not _headers_repeat(table, groups):
        return ()
    return tuple(groups)


def column_group(groups: tuple[Cell, ...], cell: Cell) -> str:
    """The label of the group (of :func:`table_groups`) over ``cell``'s column, or "".

    Example: the cell 37,999.51 under 失业保险基金 › 1—12月累计 → ``失业保险基金``.
    """
    if not groups or cell.row <= groups[0].row:
        return ""
    own = next((g for g in groups if g.col <= cell.col < g.col + g.col_span), None)
    return "" if own is None else own.text.replace(" ", "")


def grouped_key(group: str, key: str) -> str:
    """``失业保险基金`` + ``基金支出`` → 失业保险基金支出 (the words they share said once);
    ``两项基金合计`` + ``基金支出`` → 两项基金合计·基金支出."""
    for overlap in range(min(len(group), len(key)), 1, -1):
        if group.endswith(key[:overlap]):
            return canonical_key(group + key[overlap:])
    return f"{group}·{key}"


def combined_group_parts(table: Table, facts_in: Callable[[Cell], list[Fact]]) -> Iterable[Relation]:
    """Per row, the combined group's figure (两项基金合计 › 1—12月累计) as the total of the other
    groups' figures under the same column header (失业 + 工伤 › 1—12月累计).

    Example: ``二、基金支出 | … 37,999.51 … | … 36,081.99 … | 74,081.50`` gives
    ``parts(total=74,081.50, parts=[37,999.51, 36,081.99])``.
    """
    groups = table_groups(table)
    combined = [g for g in groups if _COMBINED.search(g.text)]
    if len(combined) != 1 or len(groups) < 3:
        return
    whole, members = combined[0], [g for g in groups if g is not combined[0]]
    header_row = next((row for row in table.rows if row and row[0].row > whole.row), ())
    headers = {c.col: c.text.replace(" ", "") for c in header_row}

    def group_of(col: int) -> Cell | None:
        return next((g for g in groups if g.col <= col < g.col + g.col_span), None)

    for row in table.rows:
        if not row or row[0].row <= (header_row[0].row if header_row else whole.row):
            continue
        by_header: dict[tuple[int, str], Fact] = {}
        for cell in row:
            group, header = group_of(cell.col), headers.get(cell.col, "")
            found = [f for f in facts_in(cell) if f.measure == "amount"]
            if group is not None and header and len(found) == 1:
                by_header[(id(group), header)] = found[0]
        for (group_id, header), total in by_header.items():
            if group_id != id(whole):
                continue
            parts = [by_header.get((id(g), header)) for g in members]
            if all(p is not None for p in parts):
                yield Relation("parts", (("total", total),), parts=tuple(parts), source="table")


def _spanning_headers(table: Table, below: int) -> list[Cell]:
    """The text cells spanning two or more columns in the first header row above ``below`` that has any."""
    for row in table.rows[:below]:
        spanning = [c for c in row if c.col_span >= 2 and c.text and not _is_figure(c.text)]
        if len(spanning) >= 2:
            return spanning
    return []


def _headers_repeat(table: Table, groups: list[Cell]) -> bool:
    """Whether two groups head columns with the same header texts (年度预算, 上年同期 …)."""
    first = groups[0]
    under: dict[int, list[str]] = {}
    for row in table.rows:
        if row and row[0].row <= first.row:
            continue
        for c in row:
            for index, group in enumerate(groups):
                if group.col <= c.col < group.col + group.col_span and c.text and not _is_figure(c.text):
                    under.setdefault(index, []).append(c.text.replace(" ", ""))
        if len(under) >= 2:
            break
    texts = [set(t) for t in under.values()]
    return any(a & b for i, a in enumerate(texts) for b in texts[i + 1:])


def _is_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("月", ""))
