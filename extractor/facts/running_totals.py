"""Running totals in a month-by-month table: each month's 累计 is the month before's 累计 plus
this month's 当月 figure.

    月份 | 当月收入  | 累计收入   | …
    4月  | 37,884.42 | 167,321.42 |
    5月  | 37,920.42 | 205,241.84 |      167,321.42 + 37,920.42 = 205,241.84

Each such step is an identity, reported like a total with its parts.
"""

from __future__ import annotations

from typing import Callable, Iterable


from ..regexes import compile_pattern
from ..document import Cell, Table
from .model import Fact, Relation

_MONTH_ROW = compile_pattern(r"^\s*(?P<month>1[0-2]|[1-9])\s*月(?:份)?\s*$")
_MONTHLY = compile_pattern(r"^\s*(?:当月|本月)\s*(?P<what>\S.*)$")
_CUMULATIVE = compile_pattern(r"^\s*(?:累计|累积)\s*(?P<what>\S.*)$")


def running_total_steps(table: Table, facts_in: Callable[[Cell], list[Fact]]) -> Iterable[Relation]:
    """``parts(total=累计 of month n, parts=[累计 of month n−1, 当月 of month n])`` for each step.

    Example: the rows 4月 and 5月 above give ``parts(205,241.84, [167,321.42, 37,920.42])``.
    """
    if not table.rows:
        return
    header = table.rows[0]
    monthly = {_MONTHLY.match(c.text).group("what"): c.col for c in header if _MONTHLY.match(c.text)}
    pairs = [(monthly[found.group("what")], c.col) for c in header if (found := _CUMULATIVE.match(c.text)) and found.group("what") in monthly]
    if not pairs:
        return
    previous: tuple[int, list[Cell]] | None = None
    for row in table.rows[1:]:
        label = _MONTH_ROW.match(row[0].text) if row and row[0].col == 0 else None
        if label is None:
            previous = None
            continue
        month = int(label.group("month"))
        if previous is not None and previous[0] == month - 1:
            for month_col, cumulative_col in pairs:
                before = _amount(previous[1], cumulative_col, facts_in)
                this_month, running = _amount(row, month_col, facts_in), _amount(row, cumulative_col, facts_in)
                if None not in (before, this_month, running):
                    yield Relation("parts", (("total", running),), parts=(before, this_month), source="identity")
        previous = (month, row)


def _amount(row, col: int, facts_in) -> Fact | None:
    cell = next((c for c in row if c.col == col), None)
    found = [f for f in facts_in(cell) if f.measure == "amount"] if cell is not None else []
    return found[0] if len(found) == 1 else None
