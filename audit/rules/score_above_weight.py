"""C002 score-above-weight."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C002", "score-above-weight", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares each indicator's self-assessed score with the weight (分值/权重) it is scored out of,
    in score tables and in sentences such as ``该指标权重分值为 8 分，自评得分 8 分``.

    Why is this bad?
    A score cannot exceed its weight: the total would then pass 100 on paper while items were
    over-credited, which inflates the grade the report claims.

    Example:
    ``该指标权重分值为 5 分，自评得分 6 分`` — 6 > 5.
    """
    for relation in extraction.relations:
        if relation.kind != "weight":
            continue
        weight, score = relation.member("weight"), relation.member("score")
        if weight is None or score is None or not exact(weight) or not exact(score):
            continue
        if score.entity.value <= weight.entity.value:
            continue
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{score.indicator or weight.indicator}”得分{score.entity.text}超过其分值{weight.entity.text}",
            message_en=f"{score.key or weight.key}: score {score.entity.text} exceeds its weight {weight.entity.text}",
            evidence=(evidence(weight, "weight"), evidence(score, "score")),
            expected=f"score ≤ {weight.entity.value}",
            subject=f"{weight.key}|{weight.period}",
        )
