"""R012 row-product-mismatch."""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from typing import Iterator

from extractor.document import Table
from extractor.entities.model import Entity
from extractor.entities.table_cells import listed_units
from extractor.extraction import Extraction
from extractor.regexes import compile_pattern

from ..intervals import Interval
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R012", "row-product-mismatch", "error"

# 1000元/生·学期 / 380元/人·年 / 120元/亩: a sum of money per unit, the whole cell
_RATE_CELL = compile_pattern(r"\s*(?:每\p{Han}{1,3})?[\d,，.．]+\s*元\s*[/／每]\s*\p{Han}{1,2}(?:\s*[·•・.]\s*\p{Han}{1,2})?\s*")
# 资助人数（人次） / 补助户数 / 面积（亩）: the column counting what the rate is paid on
_COUNT_HEADER = compile_pattern(r"人次|人数|人月|户数|例数|件数|个数|人口|数量|面积|[（(]\s*(?:万?人次?|户|亩|个|家|辆|台|套)\s*[）)]")
# 资助金额（万元） / 补助资金（元） / 发放金额: the column of the row's money
_AMOUNT_HEADER = compile_pattern(r"金额|资金|[（(]\s*万?元\s*[）)]")
# 补助标准 / 亩均投入（元/亩） / 单价（元/台）: the column of sums per unit
_RATE_HEADER = compile_pattern(r"标准|[（(]\s*元\s*[/／每]\s*\p{Han}|^\s*(?:人均|户均|亩均|单价)")
_HOLDING_ROWS_FOR_FAIL = 3


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    In a table with a rate column (资助标准 ``625元/生·学期``, 单价 ``56元``, or plain numbers under 补贴标准（元/亩）
    or 人均标准（元）, or under a 标准 column when the table's unit line lists a sum per unit:
    ``（单位：例、元/例、元、%）``), a count column (资助人数（人次）, 补贴面积（亩）, 常住人口（万人）) and an amount
    column (资助金额（万元）, 应安排资金), multiplies each row's rate by its count and compares the
    product with the row's amount, with the amount's written decimals as its interval. A row is
    checked only when the rate cell holds one sum per unit and nothing else (``5元/生·天，200天``
    has a second factor), and a table is checked only when two or more of its rows hold — the
    table's own rows show that its amounts are rate × count. A row that does not hold is ``fail``
    when three or more rows hold, otherwise ``uncertain``.

    Why is this bad?
    Per-head programmes (学生资助, 补贴发放) state their money as 人次 × 标准; a row whose amount is
    not its count times its standard has a mistyped standard, count or amount — and the table's
    total is built on it.

    Example:
    ``义务教育生活补助（初中） | 652元/生·学期 | 9,358 | 584.88`` — 652元 × 9,358 = 610.14万元, not
    584.88万元 (625元 × 9,358 = 584.875万元 would hold).
    """
    entities = [e for e in extraction.entities if e.label in ("MONEY", "COUNT") or e.label == "PERCENT"]
    starts = [e.start for e in entities]
    view = extraction.document.normalized
    for table in extraction.document.tables:
        columns = _columns(table)
        if columns is None:
            continue
        rate_col, count_col, amount_col = columns
        listed = listed_units(view, table)
        # 资助标准（元/人·年）, or a 标准 column under the caption's 单位：例、元/例、元、%: sums per unit
        per_unit_header = (listed is not None and listed.per_unit is not None) or any(
            _PER_UNIT_HEADER.search(c.col_header) for row in table.rows for c in row if c.col == rate_col and c.col_header
        )
        checked = []
        for row in table.rows:
            cells = {c.col: c for c in row}
            if not {rate_col, count_col, amount_col} <= cells.keys():
                continue
            rate = _rate_in(entities, starts, cells[rate_col], view, per_unit_header)
            count = _count_in(entities, starts, cells[count_col], view)
            amount = _only_entity(entities, starts, cells[amount_col], "MONEY")
            if rate is None or count is None or amount is None:
                continue
            if not all(isinstance(e.value, Decimal) and not e.approx and e.lower is None and not e.comparator for e in (rate, count, amount)):
                continue
            product = rate.value * count.value
            stated = Interval.stated(amount.value, amount.places, amount.scale)
            checked.append((rate, count, amount, product, stated.overlaps(Interval.exact(product))))
        holding = sum(1 for *_, holds in checked if holds)
        if holding < 2:
            continue  # the table's amounts are not shown to be rate × count
        for rate, count, amount, product, holds in checked:
            if holds:
                continue
            status = "fail" if holding >= _HOLDING_ROWS_FOR_FAIL else "uncertain"
            written = _in_unit(product, amount)
            yield Finding(
                rule=CODE, name=NAME, severity=SEVERITY, status=status,
                message=f"{rate.text} × {count.text} = {written}，表中金额为{amount.text}",
                message_en=f"{rate.text} × {count.text} = {written}, but the row states {amount.text}",
                evidence=(
                    Evidence(rate.start, rate.end, rate.text, "rate", rate.value),
                    Evidence(count.start, count.end, count.text, "count", count.value),
                    Evidence(amount.start, amount.end, amount.text, "amount", amount.value),
                ),
                expected=f"{rate.value} × {count.value} = {product}; amount {amount.text} stands for [{Interval.stated(amount.value, amount.places, amount.scale)}]",
                subject=f"{amount.start}",
            )


def _columns(table: Table) -> tuple[int, int, int] | None:
    """The (rate, count, amount) columns of a table, each the only one of its kind; ``None`` if any
    is missing or ambiguous."""
    headers: dict[int, str] = {}
    for row in table.rows:
        for cell in row:
            if cell.col_header:
                headers.setdefault(cell.col, cell.col_header)
    rate = [col for col, header in headers.items() if _RATE_HEADER.search(header)]
    if len(rate) > 1:
        # 单价（元/台） beside 补贴标准（元/台）: the 标准 is what the amount is paid at
        rate = [col for col in rate if "标准" in headers[col]]
    count = [col for col, header in headers.items() if _COUNT_HEADER.search(header) and not _AMOUNT_HEADER.search(header) and col not in rate]
    amount = [col for col, header in headers.items() if _AMOUNT_HEADER.search(header) and col not in rate and col not in count]
    if len(rate) != 1 or len(count) != 1 or len(amount) != 1:
        return None
    return rate[0], count[0], amount[0]


# 资助标准（元/人·年）: the column's plain numbers are sums in 元 per unit
_PER_UNIT_HEADER = compile_pattern(
    r"[（(]\s*元\s*[/／每]\s*\p{Han}|^\s*(?:人均|户均|亩均|单价)\p{Han}{0,4}\s*[（(]\s*元\s*[）)]"
    r"|标准\s*[（(]\s*元\s*[）)]"  # 月标准（元） over 发放人月数: a sum per unit counted
)
_MONEY_CELL = compile_pattern(r"\s*[\d,，.．]+\s*(?:万|亿)?元\s*")  # 56元 / 18.60万元 alone in a 单价 cell
_PLAIN_NUMBER = compile_pattern(r"\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")


def _rate_in(entities: list[Entity], starts: list[int], cell, view: str, per_unit_header: bool) -> Entity | None:
    """The sum per unit a rate cell states: ``625元/生·学期`` alone in its cell, or a plain number
    under a header in 元 per unit (资助标准（元/人·年） | 1,250), or a sum alone under the 单价/标准 column
    (``单价 | 56元``)."""
    inside = entities[bisect_left(starts, cell.start):bisect_left(starts, cell.end)]
    if len(inside) == 1 and inside[0].label == "MONEY" and (
        _RATE_CELL.fullmatch(view, cell.start, cell.end) or _MONEY_CELL.fullmatch(view, cell.start, cell.end)
    ):
        return inside[0]  # 625元/生·学期, or 56元 under 单价: the sum per unit the column holds
    if not per_unit_header:
        return None
    return _plain_number(view, cell, "MONEY", "元")


def _count_in(entities: list[Entity], starts: list[int], cell, view: str) -> Entity | None:
    """The count a count cell states: its one figure, or a plain number (补贴面积（亩） | 6.40)."""
    return _only_entity(entities, starts, cell, None) or _plain_number(view, cell, "COUNT", None)


def _plain_number(view: str, cell, label: str, unit: str | None) -> Entity | None:
    """A cell holding a bare number, read as a figure of ``label`` (its digits as written)."""
    plain = _PLAIN_NUMBER.fullmatch(view, cell.start, cell.end)
    if plain is None:
        return None
    start, end = plain.span("number")
    return Entity(label, start, end, view[start:end], Decimal(plain.group("number").replace(",", "")), unit=unit)


def _only_entity(entities: list[Entity], starts: list[int], cell, label: str | None) -> Entity | None:
    """The one figure in ``cell`` (of ``label`` when given); ``None`` when there is none or more."""
    inside = entities[bisect_left(starts, cell.start):bisect_left(starts, cell.end)]
    if len(inside) != 1 or (label is not None and inside[0].label != label):
        return None
    return inside[0]


_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000)}


def _in_unit(value: Decimal, like: Entity) -> str:
    """``value`` (yuan) in the unit ``like`` was written in (6101416 with 万元 → 610.14万元)."""
    factor = _SCALES.get(like.scale or "", Decimal(1))
    places = max(like.places or 0, 2)
    return f"{(value / factor).quantize(Decimal(1).scaleb(-places)):,}{like.scale or ''}元"
