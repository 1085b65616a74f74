"""R002 rate-mismatch."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R002", "rate-mismatch", "error"
HUNDRED = Decimal(100)
_SLIP = Decimal(1000)
# 计划投资450.00万元，完成投资398.75万元，投资完成率88.61%: the plan is what the rate is measured on
_PLAN_BEFORE = compile_pattern(r"计划[\u4e00-\u9fff]{0,6}$")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Recomputes an execution or completion rate (执行率, 完成预算的…%, 完成率 — of a target, or of a
    plan in ``计划12条，完成11条，完成率91.67%``, or of the one goal set earlier in that unit when a sum
    comes right before it: ``…合计84场，目标完成率105.00%`` over ``年度绩效目标为…80场``), or a rate the
    lexicon defines by two named figures (整改率 = 整改到位金额 / 问题金额, in
    ``extractor/data/rate_terms.json``) or by the brackets after its name (资金使用率（支出占可使用资金的
    比例）), from the numerator and denominator stated with it in the same sentence (or on its table
    row, under the columns the lexicon names: 送审金额 | 审减金额 | 审减率; a plain execution rate right
    after a spending may take the project's one budget stated earlier) and compares it with the
    stated rate.

    Why is this bad?
    执行率 = actual / adjusted budget is how a report shows it spent what it was given. A rate
    that does not follow from its own numbers overstates or understates execution.

    Example:
    ``项目全年预算数6万元，执行数为2.58万元，完成预算的43%`` — 2.58 / 6 = 43.0% ✓.
    ``全年预算数202.00万元，实际支出82.35万元，预算执行率为45%`` — 40.77%, not 45%.
    A denominator that is the initial budget (年初预算) while the rate may be on the adjusted
    budget is reported as ``uncertain``, unless the gap is a thousandfold or more (a 万元/亿元 slip in
    one of the terms, always ``fail``); so is a defined rate (``问题金额6,842.15万元…整改到位金额
    6,532.15万元，整改率97.45%`` — 95.47%), whose terms are named rather than budget and actual.
    """
    view = extraction.document.normalized
    adjustments = [f for f in extraction.facts if f.role == "adjustment" and f.measure == "amount" and exact(f)]
    for relation in extraction.relations:
        if relation.kind != "rate":
            continue
        rate, numerator, denominator = relation.member("rate"), relation.member("numerator"), relation.member("denominator")
        if rate is None or numerator is None or denominator is None:
            continue
        if not all(exact(f) for f in (rate, numerator, denominator)) or numerator.measure != denominator.measure:
            continue
        ratio = interval_of(numerator).divide(interval_of(denominator))
        if ratio is None:
            continue
        expected = ratio.scale(HUNDRED)
        if expected.overlaps(interval_of(rate)):
            continue
        if _explained_by_adjustment(rate, numerator, denominator, adjustments):
            continue
        point = numerator.entity.value / denominator.entity.value * HUNDRED
        # 已支付4,336.75亿元 over 资金规模4,821.18万元 for a 89.95% rate: a thousandfold gap is a unit slip
        slip = point and rate.entity.value and (point / rate.entity.value >= _SLIP or rate.entity.value / point >= _SLIP)
        planned = bool(_PLAN_BEFORE.search(view, max(0, denominator.start - 8), denominator.start))
        status = "fail" if slip or planned or denominator.role in ("adjusted_budget", "target") or numerator.key == denominator.key else "uncertain"
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status=status,
            message=f"{rate.indicator or '比率'}{rate.entity.text}与其分子分母不符：{numerator.entity.text} / {denominator.entity.text} = {point:.2f}%",
            message_en=f"{rate.key or 'rate'} {rate.entity.text} does not follow from {numerator.entity.text} / {denominator.entity.text} = {point:.2f}%",
            evidence=(evidence(rate, "rate"), evidence(numerator, "numerator"), evidence(denominator, "denominator")),
            expected=f"{numerator.entity.text} / {denominator.entity.text} = {point:.2f}% (interval {expected.low:.4f}%–{expected.high:.4f}%)",
            subject=f"{rate.key}|{rate.period}",
        )


def _explained_by_adjustment(rate, numerator, denominator, adjustments) -> bool:
    """A 调减/追加 stated in the same sentence may have moved the denominator (205.60 − 3.6)."""
    for adjustment in adjustments:
        if adjustment.sentence_start != rate.sentence_start:
            continue
        moved = interval_of(denominator) + interval_of(adjustment).scale(Decimal(adjustment.sign))
        ratio = interval_of(numerator).divide(moved)
        if ratio is not None and ratio.scale(HUNDRED).overlaps(interval_of(rate)):
            return True
    return False
