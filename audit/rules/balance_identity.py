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
    balance together, checks 年末结余 = 上年结余 + 本年收入 − 本年支出 with interval arithmetic — or
    年末结余 = 上年结余 + 本年收支结余 where the year's surplus is stated instead (加本年收支结余…),
    and 当年收支结余 = 收入 − 支出 where a sentence states the three.

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
        surplus = relation.member("surplus")
        if surplus is not None and opening is not None and closing is not None:
            yield from _with_surplus(opening, surplus, closing)
            continue
        if surplus is not None and income is not None and spending is not None:
            yield from _net_of(income, spending, surplus)
            continue
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


def _with_surplus(opening, surplus, closing) -> Iterator[Finding]:
    """年初滚存结余 + 本年收支结余 = 年末滚存结余."""
    if not all(exact(f) for f in (opening, surplus, closing)):
        return
    if (interval_of(opening) + interval_of(surplus)).overlaps(interval_of(closing)):
        return
    point = opening.entity.value + surplus.entity.value
    yield Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status="fail",
        message=f"年末结余{closing.entity.text}与上年结余{opening.entity.text} + 本年收支结余{surplus.entity.text} = {show(point, closing)}不符",
        message_en=f"closing balance {closing.entity.text} ≠ {opening.entity.text} + the year's surplus {surplus.entity.text} = {show(point, closing)}",
        evidence=tuple(evidence(f, name) for name, f in (("opening", opening), ("surplus", surplus), ("closing", closing))),
        expected=f"{opening.entity.text} + {surplus.entity.text} = {show(point, closing)}",
        subject=f"{closing.key}|{closing.period}",
    )


def _net_of(income, spending, surplus) -> Iterator[Finding]:
    """本年收入 − 本年支出 = 当年收支结余."""
    if not all(exact(f) for f in (income, spending, surplus)):
        return
    if (interval_of(income) - interval_of(spending)).overlaps(interval_of(surplus)):
        return
    point = income.entity.value - spending.entity.value
    yield Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status="fail",
        message=f"当年收支结余{surplus.entity.text}与收入{income.entity.text} − 支出{spending.entity.text} = {show(point, surplus)}不符",
        message_en=f"the year's surplus {surplus.entity.text} ≠ {income.entity.text} − {spending.entity.text} = {show(point, surplus)}",
        evidence=tuple(evidence(f, name) for name, f in (("income", income), ("spending", spending), ("surplus", surplus))),
        expected=f"{income.entity.text} − {spending.entity.text} = {show(point, surplus)}",
        subject=f"{surplus.key}|{surplus.period}",
    )
