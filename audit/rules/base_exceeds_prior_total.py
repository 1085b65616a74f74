"""R007 prior-year-base-exceeds-prior-total."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R007", "prior-year-base-exceeds-prior-total", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Derives last year's value of a spending item from its current amount and its stated change
    (base = current − change) and compares it with last year's total spending as the report
    states it.

    Why is this bad?
    No item can have been larger last year than all of last year's spending. A unit founded this
    year (上年支出总计0万元) that reports ``比上年增加0万元，增长0%`` for its running costs implies a
    prior year it did not have; either the change or the totals are wrong.

    Example:
    ``2018年度支出总计0万元`` … ``机关运行经费支出41.37万元，比2018年增加0万元，增长0%`` — the implied
    2018 base of 41.37万元 exceeds 2018 spending of 0.
    """
    if extraction.fiscal_year is None:
        return
    prior = str(extraction.fiscal_year - 1)
    total = next(
        (f for f in extraction.facts if f.key == "支出总计" and f.period == prior and f.role in ("value", "actual") and exact(f)),
        None,
    )
    if total is None:
        return
    for relation in extraction.relations:
        if relation.kind != "change":
            continue
        change, amount = relation.member("change"), relation.member("amount")
        if change is None or amount is None or amount.measure != "amount" or amount.key in ("收入总计", "支出总计"):
            continue
        if not exact(change) or not exact(amount) or "收入" in amount.key:
            continue
        base = interval_of(amount) - interval_of(change).scale(Decimal(change.sign))
        if base.low <= interval_of(total).high:
            continue
        point = amount.entity.value - change.entity.value * change.sign
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{amount.indicator}”本年{amount.entity.text}、较上年增减{change.entity.text}，推得上年{show(point, amount)}，超过上年支出总计{total.entity.text}",
            message_en=f"{amount.key}: {amount.entity.text} now with a change of {change.entity.text} implies {show(point, amount)} last year, more than last year's total spending {total.entity.text}",
            evidence=(evidence(amount, "amount"), evidence(change, "change"), evidence(total, "prior_total")),
            expected=f"base = {show(point, amount)} ≤ {total.entity.text}",
            subject=f"{amount.key}|{amount.period}",
        )
