"""R003 growth-mismatch."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction

from ..facts_view import evidence, growth_with_change, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R003", "growth-mismatch", "error"
HUNDRED = Decimal(100)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Where a report gives an amount, its change on last year and its growth rate together, derives
    last year's base (current − change) and recomputes the growth rate = change / base. When the
    sentence states last year's figure itself, R008 checks against that instead. A change and rate written
    after a whole's parts that fit the whole (基金总收入…，职工…、居民…，较上年增加…，增长…) are the whole's.

    Why is this bad?
    Growth rates are quoted alone in summaries; one that does not follow from the stated amounts
    misreports the trend. A frequent slip is dividing by the current year instead of the base.

    Example:
    ``公务用车运行维护费33063.86元，比上年度减少20439.25元，同比下降33.1%`` — last year was
    53503.11元, so the fall is 38.20%; 33.1% is neither that nor 20439.25/33063.86 (61.8%).
    """
    # with last year's figure stated, R008 recomputes from it instead of from the change
    with_stated_base = {id(r.member("growth")) for r in extraction.relations if r.kind == "growth" and r.member("base") is not None}
    opening: dict[int, object] = {}
    for fact in extraction.facts:
        if fact.source == "text" and fact.measure == "amount":
            opening.setdefault(fact.sentence_start, fact)
    for growth, amount, change in growth_with_change(extraction):
        if not all(exact(f) for f in (growth, amount, change)) or change.measure != amount.measure:
            continue
        if id(growth) in with_stated_base:
            continue
        signed_change = interval_of(change).scale(Decimal(change.sign))
        base = interval_of(amount) - signed_change
        ratio = signed_change.divide(base)
        if ratio is None:
            continue  # a zero base has no growth rate: R005 reports that case
        expected = ratio.scale(HUNDRED)
        stated = interval_of(growth).scale(Decimal(growth.sign))
        if expected.overlaps(stated):
            continue
        whole = opening.get(amount.sentence_start)
        if whole is not None and whole is not amount and exact(whole) and whole.start < amount.start and whole.measure == amount.measure:
            # 基金总收入85,642.30万元，职工…52,318.60万元、城乡居民…33,323.70万元，较上年增加4,742.30万元，增长5.86%:
            # the change and rate fit the sentence's whole, listed before its parts
            whole_base = interval_of(whole) - signed_change
            whole_ratio = signed_change.divide(whole_base)
            if whole_ratio is not None and whole_ratio.scale(HUNDRED).overlaps(stated):
                continue
        base_point = amount.entity.value - change.entity.value * change.sign
        point = change.entity.value * change.sign / base_point * HUNDRED
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=(
                f"“{amount.indicator}”本年{amount.entity.text}、较上年{'增加' if change.sign > 0 else '减少'}{change.entity.text}，"
                f"上年应为{show(base_point, amount)}，增幅应为{point:.2f}%，报告为{'增长' if growth.sign > 0 else '下降'}{growth.entity.text}"
            ),
            message_en=(
                f"{amount.key}: {amount.entity.text} now, change {change.sign * change.entity.value} → base {show(base_point, amount)},"
                f" growth {point:.2f}%, stated as {growth.sign * growth.entity.value}%"
            ),
            evidence=(evidence(growth, "growth"), evidence(amount, "amount"), evidence(change, "change")),
            expected=f"({amount.entity.text} − base) / base with base = {show(base_point, amount)} → {point:.2f}%",
            subject=f"{amount.key}|{amount.period}",
        )
