"""C001 score-total-not-sum-of-items."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of
from ..intervals import Interval
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C001", "score-total-not-sum-of-items", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Adds up the item scores (and the item weights) of a score table and compares them with its
    合计 row. Whole points are exact; scores with decimals stand for their rounding interval.

    Why is this bad?
    The total score decides the grade (优/良/中/差) that the report publishes. A 合计 that is not the
    sum of its items means either an item or the grade is wrong, and weights that do not add up
    to the stated total (normally 100) mean the scheme itself was mis-stated.

    Example:
    a 绩效指标 table with scores 19, 10, 28 and 38 and the row ``合计 | 100 | 96`` — the items add up
    to 95.
    """
    for relation in extraction.relations:
        if relation.kind != "parts":
            continue
        total = relation.member("total")
        parts = relation.parts
        if total is None or total.measure != "score" or total.role not in ("weight", "score") or not parts:
            continue
        if not exact(total) or not all(exact(p) for p in parts):
            continue
        summed = Interval(Decimal(0), Decimal(0))
        for part in parts:
            summed = summed + interval_of(part)
        if summed.overlaps(interval_of(total)):
            continue
        if _funds_row_makes_up(extraction, total, parts, summed):
            continue  # the 资金 table's 预算执行率 row above the indicator table is an item of its 合计
        point = sum((p.entity.value for p in parts), Decimal(0))
        what = "分值" if total.role == "weight" else "得分"
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"评分表{what}合计{total.entity.text}与各项之和{point}不符",
            message_en=f"the score table's {total.role} total {total.entity.text} is not the sum of its items ({point})",
            evidence=(evidence(total, "total"), *(evidence(p, "item") for p in parts)),
            expected=f"Σ items = {point}",
            subject=f"{total.key}|{total.role}|{total.period}",
        )


_FUNDS_REACH = 600


def _funds_row_makes_up(extraction: Extraction, total, parts, summed: Interval) -> bool:
    """Whether one figure of the total's role in a table just above the items (the 自评表's funds
    row, ``｜2,204.41｜2,086.52｜94.65%｜10｜9.47｜``, set as a table of its own) is exactly what
    the items lack."""
    first = min(p.start for p in parts)
    listed = {id(p) for p in parts}
    for fact in extraction.facts:
        if (
            fact.source == "table" and fact.measure == "score" and fact.role == total.role and id(fact) not in listed
            and fact.start < first and first - fact.start <= _FUNDS_REACH and exact(fact)
            and (summed + interval_of(fact)).overlaps(interval_of(total))
        ):
            return True
    return False
