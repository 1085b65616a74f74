"""C005 full-execution-scored-below-weight."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts.rate_subjects import execution_rate_name

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C005", "full-execution-scored-below-weight", "warning"
HUNDRED = Decimal(100)
# score-table rows that score how much of the budget was spent
_EXECUTION_ROW = compile_pattern(r"预算(?:完成|执行)(?:率|情况)?|资金(?:执行|使用)(?:率|情况)?|执行率")
# the figure those rows are scored on: the project's own execution rate
_EXECUTION_RATE = compile_pattern(r"执行率|完成预算|资金使用率")
_AGAINST_BUDGET = compile_pattern(r"完成(?:年初)?预算(?:的)?\s*$")
_SUB_RATE = compile_pattern(r"基本支出|项目支出|人员|公用")
# a rate and a score row belong to one report when they sit in the same part or annex of the file
_PART_TITLE = compile_pattern(r"^(?:第[一二三四五六七八九十百\d]+部分|附件\s*[\d一二三四五六七八九十]*)")
_REACH = 6000


def _part(section: tuple[str, ...]) -> tuple[str, ...]:
    """The 第…部分 / 附件 titles on a section path: which bound-in report a figure belongs to."""
    return tuple(title for title in section if _PART_TITLE.match(title))


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    For a score-table row that scores budget execution (预算完成, 预算执行率, 资金执行率), finds
    the execution rate the same project states before it (its 年度预算 / 实际执行 / 执行率 table,
    or 完成预算的…% in its text) and, when that rate is 100% or more, checks that the row got its
    full weight.

    Why is this bad?
    Whatever the rubric — proportional (weight × rate), so many points off per point below 100%,
    or bands — spending the whole budget earns the whole weight of the execution row. A project
    that reports 100% execution but scores 1 of 3 on 预算完成 contradicts itself: either the rate
    or the score is wrong. A rubric may also penalise timing (序时进度), so the finding is
    ``uncertain``; below 100% execution rubrics differ too much to check. A score row that states
    its own achieved rate (``资金执行率 | 10 | 100% | 94.31% | 9.43``) is judged by that rate, not by a
    100% some sub-project states in the text.

    Example:
    a project table ``年度预算 100 | 预算调整数 -67.77 | 实际执行 32.23 | 执行率 100%`` followed by
    the score row ``完成结果 | 预算完成 | 3 | 1`` — full execution, 1 of 3 points.
    """
    view = extraction.document.normalized
    rates = [
        f for f in extraction.facts
        if f.role == "rate" and f.measure == "percent" and exact(f) and f.source != "cell"
        and (_EXECUTION_RATE.search(f.indicator) or _EXECUTION_RATE.search(f.col_header) or _AGAINST_BUDGET.search(view[f.sentence_start:f.start]))
    ]
    previous_row = -1
    for relation in sorted((r for r in extraction.relations if r.kind == "weight" and r.source == "table"), key=lambda r: r.member("weight").start):
        weight, score = relation.member("weight"), relation.member("score")
        if weight is None or score is None or not _EXECUTION_ROW.fullmatch(weight.key):
            continue
        since, previous_row = previous_row, weight.start
        if not exact(weight) or not exact(score):
            continue
        # the project's own rate: stated after the previous scored execution row, in this part of
        # the file and year; its own key first, and not a sub-rate (项目支出预算执行率)
        candidates = [
            r for r in rates if since < r.start < weight.start and weight.start - r.start <= _REACH
            and _part(r.section) == _part(weight.section) and r.period == weight.period
            and r.sentence_start != weight.sentence_start and not (_SUB_RATE.match(execution_rate_name(r)) and not _SUB_RATE.match(weight.key))
        ]
        rate = next((r for r in reversed(candidates) if execution_rate_name(r) == weight.key), None) or (candidates[-1] if candidates else None)
        if any(
            f.role == "achieved" and f.measure == "percent" and f.source == "table" and f.sentence_start == weight.sentence_start
            and "偏差" not in (f.col_header or "") and f.entity.value < HUNDRED for f in extraction.facts
        ):
            continue  # 资金执行率 | 10 | 100% | 94.31% | 9.43: the row states its own rate, below 100%
        if rate is None or rate.entity.value < HUNDRED or score.entity.value >= weight.entity.value:
            continue
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"执行率{rate.entity.text}，“{weight.key}”应得满分{weight.entity.text}分，自评得分为{score.entity.text}",
            message_en=f"{weight.key}: execution rate {rate.entity.text} earns the full {weight.entity.text} points, scored {score.entity.text}",
            evidence=(evidence(score, "score"), evidence(weight, "weight"), evidence(rate, "rate")),
            expected=f"{weight.entity.value} (the full weight at {rate.entity.value}% execution)",
            subject=f"{weight.key}|{weight.period}",
        )
