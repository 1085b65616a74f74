"""C004 score-not-weight-times-rate."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction
from extractor.facts.relations import is_completion_rate

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C004", "score-not-weight-times-rate", "warning"
HUNDRED = Decimal(100)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    For an indicator scored in proportion to its completion (完成率 below 100%), checks that the
    score equals weight × completion rate, as the report's own figures state them.

    Why is this bad?
    Proportional scoring is the usual rule for quantitative indicators; a score that does not
    follow from the weight and the completion rate was adjusted by hand or mistyped, and the total
    score and grade inherit the error. Reports may use other scoring rules (steps, thresholds), so
    a mismatch is ``uncertain``.

    Example:
    ``该指标完成率为 40.77%。该指标权重分值为 12 分，自评得分 4.89 分`` — 12 × 40.77% = 4.89 ✓;
    ``自评得分 6 分`` would not be.
    """
    rates = [f for f in extraction.facts if is_completion_rate(f) and f.measure == "percent" and exact(f)]
    weights = {}
    for relation in extraction.relations:
        if relation.kind == "weight":
            weights[id(relation.member("weight"))] = relation.member("score")
    for relation in extraction.relations:
        if relation.kind != "weight":
            continue
        weight, score = relation.member("weight"), relation.member("score")
        if weight is None or score is None or not exact(weight) or not exact(score):
            continue
        rate = next((r for r in reversed(rates) if r.start < weight.start and weight.start - r.start < 300
                     and r.key == weight.key), None)
        if rate is None or rate.entity.value >= HUNDRED:
            continue
        product = interval_of(rate).scale(weight.entity.value / HUNDRED)
        stated = interval_of(score)
        if product.overlaps(stated):
            continue
        point = weight.entity.value * rate.entity.value / HUNDRED
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"“{weight.key}”分值{weight.entity.text}×完成率{rate.entity.text} = {point:.2f}分，自评得分为{score.entity.text}",
            message_en=f"{weight.key}: weight {weight.entity.text} × completion {rate.entity.text} = {point:.2f}, scored {score.entity.text}",
            evidence=(evidence(score, "score"), evidence(weight, "weight"), evidence(rate, "rate")),
            expected=f"{weight.entity.value} × {rate.entity.value}% = {point:.2f}",
            subject=f"{weight.key}|{weight.period}",
        )
