"""S004 balance-identity."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "S004", "balance-identity", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Where a report states an opening balance, the year's income and spending and the closing
    balance together, checks 年末结余 = 上年结余 + 本年收入 − 本年支出 with interval arithmetic.

    Why is this bad?
    The rolling balance of a fund or a unit links one year to the next; a closing balance that
    does not follow from its own inflows and outflows means money is missing from the account as
    written, or a figure is wrong. Without an opening balance nothing can be checked, and nothing
    is reported.

    Example:
    ``上年结余2.10亿元，本年收入6.88亿元，本年支出6.90亿元，年末滚存结余1.57亿元`` — the balance
    should be 2.08亿元.
    """
    for relation in extraction.relations:
        if relation.kind != "balance":
            continue
        opening, income, spending, closing = (relation.member(n) for n in ("opening", "income", "spending", "closing"))
        if opening is None or income is None or spending is None or closing is None:
            continue
        if not all(exact(f) for f in (opening, income, spending, closing)):
            continue
        expected = interval_of(opening) + interval_of(income) - interval_of(spending)
        if expected.overlaps(interval_of(closing)):
            continue
        point = opening.entity.value + income.entity.value - spending.entity.value
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"年末结余{closing.entity.text}与上年结余{opening.entity.text} + 收入{income.entity.text} − 支出{spending.entity.text} = {show(point, closing)}不符",
            message_en=f"closing balance {closing.entity.text} ≠ {opening.entity.text} + {income.entity.text} − {spending.entity.text} = {show(point, closing)}",
            evidence=tuple(evidence(f, name) for name, f in (("opening", opening), ("income", income), ("spending", spending), ("closing", closing))),
            expected=f"{opening.entity.text} + {income.entity.text} − {spending.entity.text} = {show(point, closing)}",
            subject=f"{closing.key}|{closing.period}",
        )
