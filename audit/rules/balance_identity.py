"""S004 balance-identity."""

from __future__ import annotations

from decimal import Decimal
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
    and 当年收支结余 = 收入 − 支出 where a sentence states the three. A balance opening its own sentence
    (截至2024年12月31日，捐赠资金结余…) is checked as what the sentence before says was available less
    what it says was used (可使用资金共404.06万元，本年使用246.47万元).

    Why is this bad?
    The rolling balance of a fund or a unit links one year to the next; a closing balance that
    does not follow from its own inflows and outflows means money is missing from the account as
    written, or a figure is wrong. Without an opening balance nothing can be checked, and nothing
    is reported.

    Example:
    ``上年结余2.10亿元，本年收入6.88亿元，本年支出6.90亿元，年末滚存结余1.57亿元`` — the balance
    should be 2.08亿元.

    A fund's carry-over stated with its spending and execution rate (``专项经费支出194.73万元，预算执行率
    89.94%，结转27.17万元``) is checked against the budget the rate measures against: 预算 − 支出 =
    结转, as ``uncertain`` (part of what was not spent may have been returned).
    """
    for relation in extraction.relations:
        if relation.kind != "balance":
            continue
        opening, income, spending, closing, surplus, budget = (
            relation.member(n) for n in ("opening", "income", "spending", "closing", "surplus", "budget")
        )
        if surplus is not None and opening is not None and closing is not None:
            # 年初滚存结余 + 本年收支结余 = 年末滚存结余
            yield from _identity([(1, "opening", opening), (1, "surplus", surplus)], "closing", closing)
        elif surplus is not None and income is not None and spending is not None:
            # 本年收入 − 本年支出 = 当年收支结余
            yield from _identity([(1, "income", income), (-1, "spending", spending)], "surplus", surplus)
        elif None not in (opening, income, spending, closing):
            yield from _identity([(1, "opening", opening), (1, "income", income), (-1, "spending", spending)], "closing", closing)
        elif budget is not None and spending is not None and closing is not None:
            # 预算216.50万元 … 支出194.73万元，预算执行率89.94%，结转21.77万元: what is carried over is the
            # budget not spent — unless some of it was returned, which the report would have to say
            yield from _identity([(1, "budget", budget), (-1, "spending", spending)], "closing", closing, status="uncertain")


# how each figure is named in the message: as a term of the sum, and as its result
_TERM_ZH = {"opening": "上年结余", "income": "收入", "spending": "支出", "surplus": "本年收支结余", "budget": "预算"}
_TERM_EN = {"opening": "", "income": "", "spending": "", "surplus": "the year's surplus ", "budget": "budget "}
_RESULT_ZH = {"closing": "年末结余", "surplus": "当年收支结余"}
_RESULT_EN = {"closing": "closing balance", "surplus": "the year's surplus"}


def _identity(terms: list[tuple[int, str, object]], name: str, result, status: str = "fail") -> Iterator[Finding]:
    """A finding when the signed ``terms`` do not add up to ``result`` within their intervals."""
    facts = [fact for _, _, fact in terms]
    if not all(exact(f) for f in (*facts, result)):
        return
    expected = interval_of(facts[0]).scale(Decimal(terms[0][0]))
    for sign, _, fact in terms[1:]:
        expected = expected + interval_of(fact).scale(Decimal(sign))
    if expected.overlaps(interval_of(result)):
        return
    point = sum((sign * fact.entity.value for sign, _, fact in terms), Decimal(0))

    def written(labels: dict[str, str]) -> str:
        return "".join(
            ("" if index == 0 else " + " if sign > 0 else " − ") + labels[role] + fact.entity.text
            for index, (sign, role, fact) in enumerate(terms)
        )
    yield Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status=status,
        message=f"{_RESULT_ZH[name]}{result.entity.text}与{written(_TERM_ZH)} = {show(point, result)}不符",
        message_en=f"{_RESULT_EN[name]} {result.entity.text} ≠ {written(_TERM_EN)} = {show(point, result)}",
        evidence=(*(evidence(fact, role) for _, role, fact in terms), evidence(result, name)),
        expected=f"{written(dict.fromkeys(_TERM_ZH, ''))} = {show(point, result)}",
        subject=f"{result.key}|{result.period}",
    )
