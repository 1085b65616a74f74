"""R008 change-contradicts-stated-base."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R008", "change-contradicts-stated-base", "error"
HUNDRED = Decimal(100)
_UP_DOWN = {1: "增加", -1: "减少"}
_BREAKDOWN = compile_pattern(r"其中|包括|分别为")
_RISE_FALL = {1: "增长", -1: "下降"}


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Where a sentence states this year's amount, last year's amount and the change or growth rate
    between them (``支出198.63万元，比上年的210.81万元增加12.18万元，增长5.78%``), recomputes the
    change (this year − last year) and the growth rate (change / last year) from the two stated
    amounts, direction included, and reports a change or rate that does not follow.  Two rates a
    year apart move by their difference in 个百分点, also when the change is named only 占比 after this
    year's and last year's share (…比重为76.44%，上年…、占比74.95%，占比提高1.49个百分点).  A change written after a 其中 list that fits
    the list's whole (共3,786.00万元，其中…，比上年3,512.00万元增长7.80%) is the whole's, not reported; so is
    one after parts listed without 其中 when the sentence's whole fits every change stated (资金210.00万元，中央
    …180.00万元，县级…30.00万元，比上年196.00万元增长7.14%，增加14.00万元).

    Why is this bad?
    With both years stated, the change is plain subtraction; a report that calls a fall an
    increase, or gives a change the two amounts do not differ by, misstates the trend it explains
    in the very same sentence.

    Example:
    ``机关运行经费支出198.63万元，比上年的210.81万元增加12.18万元，增长5.78%`` — 198.63 − 210.81
    = −12.18: spending fell by 12.18万元 (5.78%), it did not rise.
    """
    wrong: dict[tuple[int, int], list] = {}
    yield from _rate_on_stated_base(extraction)
    # …共3,786.00万元，其中省级补助1,620.00万元、市级预算安排2,166.00万元，比上年3,512.00万元增长7.80%:
    # a change written after a 其中 list may be the whole's — it is not reported when the whole fits it
    whole_of = {
        id(part): r.member("total") for r in extraction.relations
        if r.kind == "parts" and r.source == "text" and r.member("total") is not None for part in r.parts
    }
    view = extraction.document.normalized
    opening: dict[int, object] = {}
    for fact in extraction.facts:
        if fact.source == "text" and fact.measure == "amount":
            opening.setdefault(fact.sentence_start, fact)
    for relation in extraction.relations:
        if relation.kind not in ("change", "growth"):
            continue
        stated, amount, base = relation.member(relation.kind), relation.member("amount"), relation.member("base")
        if stated is None or amount is None or base is None or not all(exact(f) for f in (stated, amount, base)):
            continue
        whole = whole_of.get(id(amount)) or opening.get(amount.sentence_start)
        if (
            whole is not None and whole is not amount and exact(whole) and whole.sentence_start == amount.sentence_start
            and whole.start < amount.start and whole.measure == amount.measure
            and not _fits(relation.kind, stated, amount, base) and not any(_fits(k, s, amount, base) for k, s in _changes_of(extraction, amount, base))
            and any(_fits(k, s, whole, base) for k, s in _changes_of(extraction, amount, base))
        ):
            # 项目资金210.00万元，中央…180.00万元，县级配套30.00万元，比上年196.00万元增长7.41%，增加14.00万元:
            # the change fits the sentence's whole, so the change is the whole's — and the rate is off
            amount = whole
        difference = interval_of(amount) - interval_of(base)
        if relation.kind == "change":
            if stated.measure != amount.measure:
                continue
            expected, point = difference, amount.entity.value - base.entity.value
            shown, words = show(abs(point), amount), _UP_DOWN
        elif stated.measure == "points":
            # 占41.26%，比上年的38.53%提高2.73个百分点: a gap of two rates in points is their difference
            if amount.measure != "percent" or base.measure != "percent":
                continue
            expected, point = difference, amount.entity.value - base.entity.value
            shown, words = f"{abs(point)}个百分点", _RISE_FALL
        else:
            ratio = difference.divide(interval_of(base)) if stated.measure == "percent" else None
            if ratio is None:
                continue  # a zero base: R005 reports growth from zero
            expected = ratio.scale(HUNDRED)
            point = (amount.entity.value - base.entity.value) / base.entity.value * HUNDRED
            shown, words = f"{abs(point):.2f}%", _RISE_FALL
        if expected.overlaps(interval_of(stated).scale(Decimal(stated.sign))):
            continue
        whole = whole_of.get(id(amount)) or opening.get(amount.sentence_start)
        if (
            whole is not None and whole is not amount and exact(whole) and whole.sentence_start == amount.sentence_start
            and whole.start < amount.start and _fits(relation.kind, stated, whole, base)
            # (项目资金210.00万元，中央财政补助180.00万元，县级财政安排30.00万元，比上年196.00万元增长7.14%: the
            # sentence's whole, broken down without 其中, fits the change exactly)
            and (_BREAKDOWN.search(view, whole.end, amount.start) or all(_fits(k, s, whole, base) for k, s in _changes_of(extraction, amount, base)))
        ):
            continue
        direction = 1 if point >= 0 else -1
        wrong.setdefault((id(amount), id(base)), []).append((relation.kind, stated, amount, base, f"{words[direction]}{shown}", point))
    for statements in wrong.values():
        _, _, amount, base, _, _ = statements[0]
        should = "，".join(f"应为{correct}，报告为{(_UP_DOWN if kind == 'change' else _RISE_FALL)[stated.sign]}{stated.entity.text}" for kind, stated, _, _, correct, _ in statements)
        should_en = "; ".join(f"{kind} should be {correct}, stated {stated.sign * stated.entity.value}" for kind, stated, _, _, correct, _ in statements)
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{amount.indicator}”本年{amount.entity.text}、{_year_of(base, amount)}{base.entity.text}：{should}",
            message_en=f"{amount.key}: {amount.entity.text} this year against {base.entity.text} last year: {should_en}",
            evidence=(
                *(evidence(stated, kind) for kind, stated, *_ in statements), evidence(amount, "amount"), evidence(base, "base"),
            ),
            expected=f"{amount.entity.text} − {base.entity.text} = {show(amount.entity.value - base.entity.value, amount)}"
            + (f" ({statements[-1][5]:.2f}%)" if any(k == "growth" for k, *_ in statements) else ""),
            subject=f"{amount.key}|{amount.period}",
        )


def _changes_of(extraction: Extraction, amount, base) -> list[tuple[str, object]]:
    """Every change and growth stated between ``amount`` and ``base`` (kind, stated figure)."""
    return [
        (r.kind, r.member(r.kind)) for r in extraction.relations
        if r.kind in ("change", "growth") and r.member("amount") is amount and r.member("base") is base and r.member(r.kind) is not None
    ]


def _fits(kind: str, stated, amount, base) -> bool:
    """Whether a stated change or growth rate follows from ``amount`` against ``base``."""
    difference = interval_of(amount) - interval_of(base)
    if kind == "change":
        expected = difference
    else:
        ratio = difference.divide(interval_of(base))
        if ratio is None or stated.measure != "percent":
            return False
        expected = ratio.scale(HUNDRED)
    return expected.overlaps(interval_of(stated).scale(Decimal(stated.sign)))


def _rate_on_stated_base(extraction: Extraction) -> Iterator[Finding]:
    """Last year's figure, the change and the rate stated without this year's amount
    (``较上年的18,715.40万元增加826.78万元，同比增长4.42%``): the rate must be change ÷ last year."""
    changes = {
        id(r.member("base")): r.member("change") for r in extraction.relations
        if r.kind == "change" and r.member("amount") is None and r.member("base") is not None and r.member("change") is not None
    }
    for relation in extraction.relations:
        growth, base = relation.member("growth"), relation.member("base")
        if relation.kind != "growth" or relation.member("amount") is not None or growth is None or base is None:
            continue
        change = changes.get(id(base))
        if change is None or change.measure != base.measure or growth.measure != "percent" or not all(exact(f) for f in (growth, base, change)):
            continue
        ratio = interval_of(change).scale(Decimal(change.sign)).divide(interval_of(base))
        if ratio is None or ratio.scale(HUNDRED).overlaps(interval_of(growth).scale(Decimal(growth.sign))):
            continue
        point = change.sign * change.entity.value / base.entity.value * HUNDRED
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{base.indicator}”{_year_of(base, growth)}{base.entity.text}、{_UP_DOWN[change.sign]}{change.entity.text}，应为{_RISE_FALL[1 if point >= 0 else -1]}{abs(point):.2f}%，报告为{_RISE_FALL[growth.sign]}{growth.entity.text}",
            message_en=f"{base.key}: {change.entity.text} on last year's {base.entity.text} is {point:.2f}%, stated as {growth.sign * growth.entity.value}%",
            evidence=(evidence(growth, "growth"), evidence(change, "change"), evidence(base, "base")),
            expected=f"{change.entity.text} / {base.entity.text} = {point:.2f}%",
            subject=f"{base.key}|{base.period}|rate",
        )


def _year_of(base, current) -> str:
    """上年 for last year's figure, else its own year (与2021年的27.45万元相比 in a 2023 report)."""
    if base.period[:4].isdigit() and current.period[:4].isdigit() and int(current.period[:4]) - int(base.period[:4]) != 1:
        return f"{base.period[:4]}年"
    return "上年"
