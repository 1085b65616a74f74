"""R001 share-mismatch."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R001", "share-mismatch", "error"
HUNDRED = Decimal(100)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Recomputes a stated share (占…%) from its part and its total — the total named in the
    sentence (占本年支出合计的…) or the total of the 其中 list the part belongs to — by interval
    division, and compares it with the stated percentage.

    Why is this bad?
    A share that does not follow from its own figures means the part, the total or the percentage
    is wrong; readers use shares to judge structure (how much went to 基本支出) and are misled.

    Example:
    ``基本支出部分，工资福利支出444.31万元，占比82.32%`` of a 基本支出 of 557.61万元 —
    444.31 / 557.61 = 79.68%, not 82.32%.
    """
    for relation in extraction.relations:
        if relation.kind != "share":
            continue
        share, part, total = relation.member("share"), relation.member("part"), relation.member("total")
        if share is None or part is None or total is None or not all(exact(f) for f in (share, part, total)):
            continue
        if share.measure != "percent" or part.measure != total.measure:
            continue
        ratio = interval_of(part).divide(interval_of(total))
        if ratio is None:
            continue
        expected = ratio.scale(HUNDRED)
        stated = interval_of(share)
        if expected.overlaps(stated):
            continue
        point = part.entity.value / total.entity.value * HUNDRED
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{part.indicator}”{part.entity.text}占“{total.indicator}”{total.entity.text}的比例应为{point:.2f}%，报告为{share.entity.text}",
            message_en=f"{part.key} {part.entity.text} of {total.key} {total.entity.text} is {point:.2f}%, stated as {share.entity.text}",
            evidence=(evidence(share, "share"), evidence(part, "part"), evidence(total, "total")),
            expected=f"{part.entity.text} / {total.entity.text} = {point:.2f}% (interval {expected.low:.4f}%–{expected.high:.4f}%)",
            subject=f"{part.key}|{total.key}|{part.period}",
        )
