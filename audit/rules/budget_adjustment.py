"""S003 adjusted-budget-identity."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts.sentences import open_brackets

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "S003", "adjusted-budget-identity", "error"
_WINDOW = 400
_SAME_PASSAGE = 120
_FULL_YEAR = compile_pattern(r"全年|共计|合计")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Checks 调整后预算 = 年初预算 + 追加 − 调减 where one passage states the initial budget, the
    in-year adjustment and the adjusted (full-year) budget of the same quantity.  A 上年结转 stated
    between them is added when the adjusted budget says so (含上年结转); when it does not say, the
    identity holds if it holds either way, and a mismatch is ``uncertain``.

    Why is this bad?
    Execution rates are computed on the adjusted budget; an adjusted budget that does not follow
    from the initial budget and its changes makes every rate built on it unreliable.

    Example:
    ``年初批复预算数 205.60 万元，年中调减数 3.60 万元，调整后全年预算数 202.00 万元`` is consistent;
    with ``调整后全年预算数 203.00 万元`` it is not.
    """
    facts = [f for f in extraction.facts if f.measure == "amount" and exact(f)]
    # 年初预算1,200.00万元，其中…县级配套120.00万元: a 其中 part is not the budget that was adjusted
    listed_parts = {id(p) for r in extraction.relations if r.kind == "parts" for p in r.parts}
    for index, adjusted in enumerate(facts):
        if adjusted.role != "adjusted_budget" and not (adjusted.role == "value" and _FULL_YEAR.search(adjusted.indicator)):
            continue
        if adjusted.role_carried:
            continue  # 全年总支出为1498.48万元，其中：基本支出719.48万元: a part read in its total's terms
        earlier = []
        for position in range(index - 1, -1, -1):  # nearest first, and only as far back as the window
            candidate = facts[position]
            if adjusted.start - candidate.start > _WINDOW:
                break
            if candidate.period == adjusted.period:
                earlier.append(candidate)
        # the passage names the quantity once (我单位年初批复预算数 … 调整后全年预算数): the nearest budget
        # before the adjustments is the one adjusted
        budget = next((f for f in earlier if f.role == "budget" and f.key == adjusted.key), None) or next(
            (f for f in earlier if f.role == "budget" and adjusted.start - f.start <= _SAME_PASSAGE and id(f) not in listed_parts), None
        )
        if budget is None or (adjusted.role == "value" and (budget.sentence_start != adjusted.sentence_start or budget.key != adjusted.key)):
            continue  # a plain 全年 total counts only in the sentence that builds it from the budget
        # 年中追加48.70万元（其中…追加…18.70万元）: a part of an adjustment is not another adjustment
        adjustments = [
            f for f in earlier if f.role == "adjustment" and f.start > budget.start
            # 年中追加48.70万元（其中…追加…18.70万元）: a bracketed breakdown, not an adjustment of its own
            and open_brackets(extraction.document.normalized, f.sentence_start, f.start) <= 0
        ]
        # the runs that break an adjustment down are folded first, nested ones included, then what
        # a 其中 list names as a part is left out
        adjustments = [f for f in _without_breakdowns(sorted(adjustments, key=lambda f: f.start)) if id(f) not in listed_parts]
        if not adjustments:
            continue
        # 上年结转资金412.36万元 between them: part of the full-year budget when it says so (含上年结转)
        view = extraction.document.normalized
        carried = [
            f for f in facts if budget.start < f.start < adjusted.start and f.role in ("value", "budget")
            and _CARRY_OVER.search(view, max(f.sentence_start, f.start - _CARRY_REACH), f.start) and id(f) not in listed_parts
        ]
        says_included = bool(_INCLUDES_CARRY_OVER.match(view, adjusted.end, min(adjusted.end + _CARRY_REACH, adjusted.sentence_end)))
        readings = [adjustments + carried] if says_included and carried else [adjustments, adjustments + carried] if carried else [adjustments]
        if any(_sums(budget, terms).overlaps(interval_of(adjusted)) for terms in readings):
            continue
        adjustments = readings[0]
        point = budget.entity.value + sum((a.entity.value * _sign(a) for a in adjustments), Decimal(0))
        pieces = " ".join(f"{'+' if _sign(a) > 0 else '−'} {a.entity.text}" for a in adjustments)
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain" if carried and not says_included else "fail",
            message=f"调整后预算{adjusted.entity.text}与年初预算{budget.entity.text}{pieces}不符，应为{show(point, adjusted)}",
            message_en=f"adjusted budget {adjusted.entity.text} ≠ initial {budget.entity.text} {pieces} = {show(point, adjusted)}",
            evidence=(evidence(adjusted, "adjusted_budget"), evidence(budget, "budget"), *(evidence(a, "adjustment") for a in adjustments)),
            expected=f"{budget.entity.text} {pieces} = {show(point, adjusted)}",
            subject=f"{adjusted.key}|{adjusted.period}",
        )


_CARRY_OVER = compile_pattern(r"(?:上年|年初)结转(?:结余|和结余)?(?:资金)?\s*(?:为|共)?\s*$")
_INCLUDES_CARRY_OVER = compile_pattern(r"\s*[（(]\s*含(?:上年|年初)?结转")
_CARRY_REACH = 12


def _sign(term) -> int:
    """An adjustment counts with its sign (调减 −1); a carry-over adds."""
    return term.sign if term.role == "adjustment" else 1


def _sums(budget, terms):
    """The interval of ``budget`` plus each term with its sign."""
    total = interval_of(budget)
    for term in terms:
        total = total + interval_of(term).scale(Decimal(_sign(term)))
    return total


def _without_breakdowns(adjustments: list) -> list:
    """The adjustments without the runs that break down one before them: 追加预算100.00万元，基本支出
    追加40.00万元，项目支出追加60.00万元 is one adjustment of 100.00, not three — and a member of such
    a run may be broken down in turn (项目支出追加1676.09万元，包括…1,050…420.00…206.09)."""
    kept, index = [], 0
    while index < len(adjustments):
        head = adjustments[index]
        kept.append(head)
        index = _breakdown_end(adjustments, index + 1, head) or index + 1
    return kept


def _breakdown_end(adjustments: list, start: int, head) -> int | None:
    """Where the run from ``start`` that adds up to ``head`` ends (two or more members, each with
    its own breakdown, if any, right after it), or ``None``."""
    running, members, index = None, 0, start
    while index < len(adjustments):
        member = adjustments[index]
        part = interval_of(member).scale(Decimal(member.sign * head.sign))
        running = part if running is None else running + part
        members += 1
        index = _breakdown_end(adjustments, index + 1, member) or index + 1
        if members >= 2 and running.overlaps(interval_of(head)):
            return index
        if running.low > interval_of(head).high:
            return None
    return None
