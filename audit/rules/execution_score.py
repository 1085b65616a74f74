"""C005 execution-score-not-weight-times-rate."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

import regex

from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of
from ..intervals import Interval
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C005", "execution-score-not-weight-times-rate", "warning"
HUNDRED = Decimal(100)
HALF = Decimal("0.5")
# score-table rows that score how much of the budget was spent
_EXECUTION_ROW = regex.compile(r"预算(?:完成|执行)|资金(?:执行|使用)(?:率|情况)?$|执行率$")
# the figure those rows are scored on: the project's own execution rate
_EXECUTION_RATE = regex.compile(r"执行率|完成预算|资金使用率")
# a rate and a score row count as one project's when they share this much of their section path
_SAME_PART = 2
_REACH = 6000


def _awarded(score) -> Interval:
    """A whole-point score may be weight × rate rounded: 3 × 43% = 1.29 is scored 1."""
    if score.entity.places:
        return interval_of(score)
    return Interval(score.entity.value - HALF, score.entity.value + HALF)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    For a score-table row that scores budget execution (预算完成, 预算执行率, 资金执行率), finds
    the execution rate the same project states earlier (its 年度预算 / 实际执行 / 执行率 table or
    text) and checks the score against weight × rate, with the rate capped at 100%.

    Why is this bad?
    Budget execution is scored in proportion to the execution rate in the standard project
    self-evaluation forms. A project that reports 100% execution but scores 1 of 3 on 预算完成
    (or 40% execution and full marks) contradicts itself: either the rate or the score is wrong.
    Some rubrics score in steps, so a mismatch is ``uncertain``; a whole-point score may round
    the product (3 × 43% = 1.29 scored 1 is consistent).

    Example:
    a project table ``年度预算 100 | 预算调整数 -67.77 | 实际执行 32.23 | 执行率 100%`` followed by
    the score row ``完成结果 | 预算完成 | 3 | 1`` — 3 × 100% = 3, scored 1.
    """
    rates = [
        f for f in extraction.facts
        if f.role == "rate" and f.measure == "percent" and exact(f)
        and (_EXECUTION_RATE.search(f.indicator) or _EXECUTION_RATE.search(f.col_header))
    ]
    for relation in extraction.relations:
        if relation.kind != "weight" or relation.source != "table":
            continue
        weight, score = relation.member("weight"), relation.member("score")
        if weight is None or score is None or not exact(weight) or not exact(score):
            continue
        if not _EXECUTION_ROW.search(weight.key):
            continue
        rate = next(
            (r for r in reversed(rates) if r.start < weight.start and weight.start - r.start <= _REACH
             and r.section[:_SAME_PART] == weight.section[:_SAME_PART]),
            None,
        )
        if rate is None:
            continue
        share = min(rate.entity.value, HUNDRED) / HUNDRED
        expected = interval_of(rate).scale(weight.entity.value / HUNDRED)
        if rate.entity.value >= HUNDRED:
            expected = interval_of(weight)
        if expected.overlaps(_awarded(score)):
            continue
        point = weight.entity.value * share
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"“{weight.key}”分值{weight.entity.text}×执行率{rate.entity.text} = {point:.2f}分，自评得分为{score.entity.text}",
            message_en=f"{weight.key}: weight {weight.entity.text} × execution rate {rate.entity.text} = {point:.2f}, scored {score.entity.text}",
            evidence=(evidence(score, "score"), evidence(weight, "weight"), evidence(rate, "rate")),
            expected=f"{weight.entity.value} × {min(rate.entity.value, HUNDRED)}% = {point:.2f}",
            subject=f"{weight.key}|{weight.period}",
        )
