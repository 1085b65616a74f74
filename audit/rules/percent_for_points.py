"""R006 percent-written-for-points."""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R006", "percent-written-for-points", "warning"
HUNDRED = Decimal(100)


# the words that make a percent a gap between two others (少1.08% / 低于目标2% / 相差)
_COMPARED = compile_pattern(r"少|多|低|高|差|距|超|不足|减|增|降|升|提高")
_COMPARE_REACH = 10


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds a gap between two percentages of the same sentence that is written as a percent
    (``少1.08%``) although it is their difference in percentage points (95% − 93.92%). A rate's
    change on last year written as a percent (``个贷率为82.92%，比上年末减少2.96%``) is checked the
    same way against last year's rate stated elsewhere in the report (a table's 2022年 column, 85.88).

    Why is this bad?
    "1.08%" of 95% is 1.03 points, not 1.08: a difference of two rates is measured in 个百分点.
    Mixing them misstates how far a target was missed.

    The mirror slip is reported too: an amount's growth written in 个百分点
    (``资产总额68.42亿元，比上年64.05亿元增长6.82个百分点`` — an amount grows by 6.82%).

    Example:
    ``居民参保率达93.92%，参保率没有达到年度目标值95%，质量指标距绩效目标少1.08%`` — 95 − 93.92 =
    1.08 个百分点; as a relative gap it would be 1.14%.
    """
    by_sentence: dict[int, list] = {}
    for fact in extraction.facts:
        if fact.measure == "percent" and exact(fact) and fact.source == "text":
            by_sentence.setdefault(fact.sentence_start, []).append(fact)
    for facts in by_sentence.values():
        for gap in facts:
            if gap.role not in ("change", "growth", "value"):
                continue
            if gap.role == "value" and not _COMPARED.search(extraction.document.normalized, max(gap.sentence_start, gap.start - _COMPARE_REACH), gap.start):
                continue  # 按20%缴费，其中8%记入个人账户: a part, not a gap between two rates
            earlier = [f for f in facts if f.start < gap.start and f is not gap]
            for a, b in combinations(earlier, 2):
                high, low = (a, b) if a.entity.value >= b.entity.value else (b, a)
                if low.entity.value <= 0:
                    continue
                # the written digits are exactly the point difference, and the relative gap would
                # read differently at the same precision: the writer subtracted two rates
                finding = _points_written_as_percent(gap, high, low, low, "")
                if finding is not None:
                    yield finding
                    break
    yield from _changes_of_a_rate(extraction, by_sentence)
    yield from _amount_changes_in_points(extraction)


_RATE_ROLES = ("rate", "share", "value")


def _changes_of_a_rate(extraction: Extraction, by_sentence: dict[int, list]) -> Iterator[Finding]:
    """A rate's change on last year written as a percent (``个贷率为82.92%，比上年末减少2.96%``)
    that is exactly the point difference from last year's rate stated elsewhere (a table's 85.88)."""
    prior_rates: dict[tuple[str, str], list] = {}
    for fact in extraction.facts:
        if fact.measure == "percent" and fact.role in _RATE_ROLES and fact.key and exact(fact):
            prior_rates.setdefault((fact.key, fact.period), []).append(fact)
    for facts in by_sentence.values():
        for gap in facts:
            if gap.role != "growth" or gap.entity.points or not gap.key or not gap.period[:4].isdigit():
                continue
            # the rate's own change: 个贷率…比上年末减少2.96%, not 部门整体支出较上年增长2.00% beside
            # 预算执行率 (a key that names the rate's subject, not the rate)
            level = next(
                (f for f in reversed(facts)
                 if f.start < gap.start and f.key == gap.key and f.indicator == gap.indicator and f.role in ("rate", "share")),
                None,
            )
            if level is None:
                continue
            earlier = prior_rates.get((gap.key, str(int(gap.period[:4]) - 1)), [])
            values = {f.entity.value for f in earlier}
            if len(values) != 1:
                continue  # no last-year rate, or two that disagree: nothing firm to subtract
            high, low = (level, earlier[0]) if level.entity.value >= earlier[0].entity.value else (earlier[0], level)
            finding = _points_written_as_percent(gap, high, low, earlier[0], "上年" if low is earlier[0] else "")
            if finding is not None:
                yield finding


def _points_written_as_percent(gap, high, low, base, low_label: str) -> Finding | None:
    """The finding when ``gap`` states exactly ``high − low`` as a percent that the relative gap
    (relative to ``base``) would not round to."""
    if low.entity.value <= 0:
        return None
    difference = high.entity.value - low.entity.value
    relative = difference / base.entity.value * HUNDRED
    if difference != gap.entity.value or round(relative, gap.entity.places or 0) == gap.entity.value:
        return None
    return Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status="fail",
        message=f"{high.entity.text}与{low_label}{low.entity.text}之差为{difference}个百分点，报告写作{gap.entity.text}",
        message_en=f"the gap between {high.entity.text} and {low.entity.text} is {difference} percentage points, written as {gap.entity.text}",
        evidence=(evidence(gap, "gap"), evidence(high, "minuend"), evidence(low, "subtrahend")),
        expected=f"{high.entity.value} − {low.entity.value} = {difference} 个百分点 (relative: {relative:.2f}%)",
        subject=f"{gap.key}|{gap.period}",
    )


def _amount_changes_in_points(extraction: Extraction) -> Iterator[Finding]:
    """An amount's growth written in 个百分点 (``资产总额68.42亿元，比上年64.05亿元增长6.82个百分点``):
    points measure a rate's change; an amount grows by a percent. Reported when the sentence
    states the amount and last year's, no rate of that key stands before the points, and the
    relative growth reads as the written figure."""
    by_sentence: dict[int, list] = {}
    for fact in extraction.facts:
        if fact.source == "text":
            by_sentence.setdefault(fact.sentence_start, []).append(fact)
    for facts in by_sentence.values():
        for gap in facts:
            if gap.measure != "points" or gap.role not in ("growth", "change") or not exact(gap) or not gap.period[:4].isdigit():
                continue
            before = [f for f in facts if f.start < gap.start and f.key == gap.key]
            if any(f.measure == "percent" for f in before):
                continue  # 参保率96.12%，比上年提高1.2个百分点: a rate's change
            amounts = [f for f in before if f.measure == "amount" and f.role in ("value", "actual") and exact(f)]
            level = next((f for f in amounts if f.period[:4] == gap.period[:4]), None)
            prior = next((f for f in amounts if f.period[:4] == str(int(gap.period[:4]) - 1)), None)
            if level is None or prior is None or prior.entity.value <= 0:
                continue
            relative = (level.entity.value - prior.entity.value) / prior.entity.value * HUNDRED
            if round(abs(relative), gap.entity.places or 0) != gap.entity.value:
                continue
            yield Finding(
                rule=CODE, name=NAME, severity=SEVERITY, status="fail",
                message=f"{level.entity.text}比上年{prior.entity.text}的增减为{abs(relative):.2f}%，报告写作{gap.entity.text}（金额的增幅以百分比计，不以百分点计）",
                message_en=f"{level.entity.text} against last year's {prior.entity.text} is a change of {abs(relative):.2f}%, written as {gap.entity.text}",
                evidence=(evidence(gap, "gap"), evidence(level, "amount"), evidence(prior, "base")),
                expected=f"({level.entity.value} − {prior.entity.value}) / {prior.entity.value} = {relative:.4f}% (a percent, not points)",
                subject=f"{gap.key}|{gap.period}|points",
            )

