"""V007 year-end-below-mid-year: spending or its execution rate smaller at the year's end than at
its mid-year review."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.facts import Fact
from extractor.regexes import compile_pattern

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V007", "year-end-below-mid-year", "warning"

# what only accumulates through a year: money spent, and its share of the budget
_EXECUTION_RATE = compile_pattern(r"执行率$")
_SPENDING = compile_pattern(r"支出|执行数|使用资金|拨付")
_READINGS = ("achieved", "actual", "rate", "value")
# 8月追加预算300.00万元 / 调整后预算800.00万元 — not 下半年未追加预算, nor 调整后续拨付计划
_BUDGET_RAISED = compile_pattern(
    r"(?<!未)(?<!无)(?<!不)(?<!没有)(?<!没)(?:追加|调增|增拨)|调整后(?:的)?(?:全年|年度)?预算|(?<!未)(?<!无)(?<!不)(?<!没)(?:增加|新增|补充)预算"
)
# the year-end reading follows its mid-year one closely (该指标…年中监控实际完成值为15%，本次评价…为1.88%)
_REACH = 160


def _accumulates(fact: Fact) -> bool:
    if fact.measure == "percent":
        return bool(_EXECUTION_RATE.search(fact.key))
    return fact.measure == "amount" and bool(_SPENDING.search(fact.key))


def _within_year(period: str) -> str | None:
    """The year of a date before its 31 December (``2023-06-30`` → ``2023``), else None."""
    if len(period) == 10 and period[4] == "-" and period[:4].isdigit() and not period.endswith("-12-31"):
        return period[:4]
    return None


def _year_end_reading(facts: list[Fact], index: int, year: str, text: str) -> Fact | None:
    """The first reading of the same indicator for the whole ``year`` after ``facts[index]``,
    with no figure of another indicator in between."""
    interim = facts[index]
    for later in facts[index + 1:]:
        if later.start - interim.end > _REACH:
            return None
        if later.measure != interim.measure:
            continue
        if later.key != interim.key:
            return None  # the next indicator's readings begin
        if later.period == year and later.role in _READINGS and "\n\n" not in text[interim.end:later.start].strip():
            return later
    return None


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares an indicator of spending (项目支出预算执行率, 实际支出 …) read at the mid-year
    review (年中监控实际完成值, 截至6月底) with the whole year's reading stated right after it.

    Why is this bad?
    Money spent only accumulates through a year, so the year's figure cannot be below the
    half-year's unless money was returned; an execution rate can fall only if the budget grew in
    between. A fall the report does not explain means one of the two readings is wrong, so the
    finding is ``uncertain``; a rate is left alone when the words between the two readings raise the
    budget (追加, 调增, 调整后预算).

    Example:
    ``项目支出预算执行率：该指标预期指标值为 100%，年中监控实际完成值为 15%，本次评价项目支出预算执行率为 1.88%``
    — 15% spent by June, 1.88% by December.
    """
    text = extraction.document.normalized
    facts = [f for f in extraction.facts if _accumulates(f) and exact(f)]
    for index, interim in enumerate(facts):
        year = _within_year(interim.period)
        if year is None or interim.role not in _READINGS:
            continue
        final = _year_end_reading(facts, index, year, text)
        if final is None or interval_of(interim).low <= interval_of(final).high:
            continue
        if interim.measure == "percent" and _BUDGET_RAISED.search(text, interim.end, final.start):
            continue  # 8月，县财政追加预算300.00万元…，调整后预算800.00万元: the rate fell because the budget grew
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"“{final.indicator or interim.indicator}”全年为{final.entity.text}，低于年中（{interim.period}）的{interim.entity.text}",
            message_en=f"{final.key}: {final.entity.text} for the year, below {interim.entity.text} at {interim.period}",
            evidence=(evidence(interim, "mid_year"), evidence(final, "year_end")),
            expected=f"year-end ≥ mid-year ({interim.entity.text})",
            subject=f"{final.key}|{year}",
        )
