"""C001 score-total-not-sum-of-items."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern
from extractor.facts.sentences import clause_start

from ..facts_view import evidence, exact, interval_of
from ..intervals import Interval
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C001", "score-total-not-sum-of-items", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Adds up the item scores (and the item weights) of a score table and compares them with its
    合计 row. Whole points are exact; scores with decimals stand for their rounding interval.

    Why is this bad?
    The total score decides the grade (优/良/中/差) that the report publishes. A 合计 that is not the
    sum of its items means either an item or the grade is wrong, and weights that do not add up
    to the stated total (normally 100) mean the scheme itself was mis-stated.

    A report that states each indicator in prose (``该指标权重分值为12分，自评得分4.89分``) and then
    its 综合得分 is checked the same way: when the weights add up to 100 the scores must add up to
    the total (``fail``); when they add up to less, the indicators left out can make up at most
    the missing weight — a total outside that reach is ``fail``, one within it but not equal to
    the listed scores is ``uncertain`` (an indicator is missing from the report). Nothing is said
    when the report states a bonus or deduction (加2分, 扣减2分) before the total, or scores other
    indicators another way (决策指标得分18分).

    Example:
    a 绩效指标 table with scores 19, 10, 28 and 38 and the row ``合计 | 100 | 96`` — the items add up
    to 95.
    """
    yield from _prose_scheme(extraction)
    for relation in extraction.relations:
        if relation.kind != "parts":
            continue
        total = relation.member("total")
        parts = relation.parts
        if total is None or total.measure != "score" or total.role not in ("weight", "score") or not parts:
            continue
        if not exact(total) or not all(exact(p) for p in parts):
            continue
        summed = Interval(Decimal(0), Decimal(0))
        for part in parts:
            summed = summed + interval_of(part)
        if summed.overlaps(interval_of(total)):
            continue
        if _funds_row_makes_up(extraction, total, parts, summed):
            continue  # the 资金 table's 预算执行率 row above the indicator table is an item of its 合计
        point = sum((p.entity.value for p in parts), Decimal(0))
        what = "分值" if total.role == "weight" else "得分"
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"评分表{what}合计{total.entity.text}与各项之和{point}不符",
            message_en=f"the score table's {total.role} total {total.entity.text} is not the sum of its items ({point})",
            evidence=(evidence(total, "total"), *(evidence(p, "item") for p in parts)),
            expected=f"Σ items = {point}",
            subject=f"{total.key}|{total.role}|{total.period}",
        )


_FUNDS_REACH = 600
_FULL_MARKS = Decimal(100)
# 部门整体扣减2分 / 总分加1分: an adjustment of the whole, wherever it is written
# 加分项得分2分 / 部门整体扣减2分 before the total's sentence: the total is adjusted (not 整体绩效自评得分情况良好)
_WHOLE_ADJUSTED = compile_pattern(r"加分项\p{Han}{0,6}?得分|(?:部门整体|整体|总分|综合得分|加分项)\p{Han}{0,6}?(?:扣|加|减)\p{Han}{0,3}?\d")
_LAST_YEAR_SCORE = compile_pattern(r"上年|去年")
# 加2分 / 扣减2分 / 扣除1.5分: an adjustment of the total the report states
_ADJUSTED = compile_pattern(r"(?:(?<!增)加|扣|(?<!增)减|奖励)\p{Han}{0,3}?\d+(?:\.\d+)?\s*分")
_FEWEST_PROSE_ITEMS = 3
# 部门整体支出绩效自评综合得分79.12分 / 自评总得分 / 总分: the scheme's total
_TOTAL_SCORE_KEYS = frozenset({"综合得分", "总得分", "总分", "自评总分", "自评综合得分"})


def _prose_scheme(extraction: Extraction) -> Iterator[Finding]:
    """The 综合得分 against the indicators a report scores one by one in prose."""
    pairs = [
        (r.member("weight"), r.member("score")) for r in extraction.relations
        if r.kind == "weight" and r.member("weight") is not None and r.member("score") is not None
    ]
    if any(w.source != "text" or s.source != "text" for w, s in pairs) or len(pairs) < _FEWEST_PROSE_ITEMS:
        return
    if not all(exact(w) and exact(s) for w, s in pairs):
        return
    totals = [f for f in extraction.facts if f.source == "text" and f.measure == "score" and f.role in ("score", "value") and f.key in _TOTAL_SCORE_KEYS]
    if len({f.entity.value for f in totals}) != 1 or totals[0].start < max(s.start for _, s in pairs):
        return
    total = totals[0]
    view = extraction.document.normalized
    item_sentences = {s.sentence_start for _, s in pairs}
    last_sentence_end = max(s.sentence_end for _, s in pairs)
    last_score_end = max(s.end for _, s in pairs)
    if (
        _ADJUSTED.search(view, last_sentence_end, total.sentence_end) or _WHOLE_ADJUSTED.search(view, min(s.start for _, s in pairs), total.sentence_start)
        # …决策及过程指标（10分）得分9分，加3分，综合得分97分: a bonus between the last item and the total
        or last_score_end < total.start and any(s.sentence_start == total.sentence_start for _, s in pairs)
        and _ADJUSTED.search(view, last_score_end, total.start)
    ):
        # 按评价办法加2分 / 扣减2分 in a sentence of its own before the total: the total is adjusted
        # (not 自评得分27分，因…扣3分, which explains that item's own score)
        return
    paired = {id(f) for pair in pairs for f in pair}
    weights = sum((w.entity.value for w, _ in pairs), Decimal(0))
    if any(
        f.source == "text" and f.measure == "score" and f.role in ("score", "value") and id(f) not in paired
        and f is not total and f.start < total.start and f.key not in _TOTAL_SCORE_KEYS and f.sentence_start not in item_sentences
        and not _LAST_YEAR_SCORE.search(view, clause_start(view, f.sentence_start, f.start), f.start)
        for f in extraction.facts
    ):
        return  # 决策指标得分18分 beside the 权重分值 phrases: the missing weight is scored another way
    if weights > _FULL_MARKS:
        return  # bonus points or a scheme out of more than 100: nothing firm
    summed = Interval(Decimal(0), Decimal(0))
    for _, score in pairs:
        summed = summed + interval_of(score)
    stated = interval_of(total)
    if summed.overlaps(stated):
        return
    missing = _FULL_MARKS - weights
    reach = Interval(summed.low, summed.high + missing)
    status = "uncertain" if missing and reach.overlaps(stated) else "fail"
    point = sum((s.entity.value for _, s in pairs), Decimal(0))
    scheme = f"（各项分值合计{weights}分）" if missing else ""
    yield Finding(
        rule=CODE, name=NAME, severity=SEVERITY, status=status,
        message=f"{len(pairs)}项指标得分之和{point}分{scheme}与{total.indicator}{total.entity.text}不符",
        message_en=f"the {len(pairs)} indicators scored in the text add up to {point} (weights {weights} of {_FULL_MARKS}), not the total {total.entity.text}",
        evidence=(evidence(total, "total"), *(evidence(s, "item") for _, s in pairs)),
        expected=f"Σ scores = {point}" + (f"; the {missing} points of unlisted indicators can add at most {missing}" if missing else ""),
        subject=f"{total.key}|score|{total.period}",
    )


def _funds_row_makes_up(extraction: Extraction, total, parts, summed: Interval) -> bool:
    """Whether one figure of the total's role in a table just above the items (the 自评表's funds
    row, ``｜2,204.41｜2,086.52｜94.65%｜10｜9.47｜``, set as a table of its own) is exactly what
    the items lack."""
    first = min(p.start for p in parts)
    listed = {id(p) for p in parts}
    for fact in extraction.facts:
        if (
            fact.source == "table" and fact.measure == "score" and fact.role == total.role and id(fact) not in listed
            and fact.start < first and first - fact.start <= _FUNDS_REACH and exact(fact)
            and (summed + interval_of(fact)).overlaps(interval_of(total))
        ):
            return True
    return False
