"""R004 direction-word-contradicts-change."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, growth_with_change
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R004", "direction-word-contradicts-change", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Where an amount is given with both its change on last year and its growth rate, checks that
    the two direction words agree (增加 … 增长, 减少 … 下降).

    Why is this bad?
    ``比上年减少20439.25元，同比增长33.1%`` cannot both be true: the reader cannot tell whether
    spending rose or fell, which is the point of the sentence.

    Example:
    ``公务接待费8256元，同比增加1414.64元，下降20.7%`` — an increase reported as a fall.
    """
    for growth, amount, change in growth_with_change(extraction):
        if growth.entity.value == 0 or change.entity.value == 0 or growth.sign == change.sign:
            continue
        word = {1: "增加/增长", -1: "减少/下降"}
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{amount.indicator}”的增减方向前后矛盾：金额{word[change.sign]}{change.entity.text}，比例却为{word[growth.sign]}{growth.entity.text}",
            message_en=f"{amount.key}: the change {change.entity.text} goes one way ({'up' if change.sign > 0 else 'down'}) and the rate {growth.entity.text} the other",
            evidence=(evidence(change, "change"), evidence(growth, "growth"), evidence(amount, "amount")),
            expected="the same direction for the change and its rate",
            subject=f"{amount.key}|{amount.period}",
        )
