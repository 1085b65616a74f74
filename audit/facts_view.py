"""Helpers that rules share for reading facts: intervals, evidence and number formatting."""

from __future__ import annotations

from decimal import Decimal


from extractor.regexes import compile_pattern
from extractor.entities.counts import PHYSICAL_UNITS
from extractor.facts import Fact

from .intervals import Interval
from .model import Evidence

_SCALE_WORDS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12, "千": Decimal(1000)}


def interval_of(fact: Fact) -> Interval:
    """The interval a fact's figure stands for (its written decimals in its written unit).

    Example: the fact of ``673.60万元`` → [6735950, 6736050] yuan.
    """
    entity = fact.entity
    if fact.measure == "score" and not entity.places:
        return Interval.exact(entity.value)  # whole points are awarded, not measured: 3 means exactly 3
    if fact.measure == "count" and not entity.places and not entity.scale and (entity.unit or "") not in PHYSICAL_UNITS and "均" not in fact.indicator:
        return Interval.exact(entity.value)  # 11条, 8人: things counted one by one, not a rounded measure (450平方米, 1.2万人)
    if fact.measure == "amount" and not entity.value:
        return Interval.exact(entity.value)  # 外事接待费0万元: nothing spent is exactly nothing, not ±0.5万元
    return Interval.stated(entity.value, entity.places, entity.scale)


def growth_with_change(extraction) -> list[tuple[Fact, Fact, Fact]]:
    """(growth, amount, change) for every amount stated with both its growth rate and its change.

    Example: ``公务用车运行维护费33063.86元，比上年度减少20439.25元，同比下降33.1%`` gives
    (33.1%, 33063.86元, 20439.25元).
    """
    changes: dict[int, list[Fact]] = {}
    for relation in extraction.relations:
        if relation.kind == "change" and relation.member("change") is not None:
            changes.setdefault(id(relation.member("amount")), []).append(relation.member("change"))
    triples = []
    for relation in extraction.relations:
        if relation.kind != "growth":
            continue
        growth, amount = relation.member("growth"), relation.member("amount")
        # 比2023年预算减少1.30万元，下降9.56%；比2023年执行数减少0.56万元: the change stated with the rate
        change = min(changes.get(id(amount), ()), key=lambda c: abs(c.start - growth.start), default=None) if growth is not None else None
        if growth is not None and amount is not None and change is not None and growth.measure == "percent":
            triples.append((growth, amount, change))
    return triples


def evidence(fact: Fact, role: str) -> Evidence:
    return Evidence(fact.start, fact.end, fact.entity.text, role, fact.entity.value)


def exact(fact: Fact) -> bool:
    """A figure the audit may do arithmetic with: not approximate, no comparator, no range."""
    entity = fact.entity
    return not entity.approx and entity.comparator is None and entity.lower is None


def show(value: Decimal, unit_of: Fact | None = None) -> str:
    """A value in the unit its fact was written in (``6736000`` with 万元 → ``673.6万元``)."""
    if unit_of is not None and unit_of.measure == "amount":
        scale = unit_of.entity.scale or ""
        factor = _SCALE_WORDS.get(scale, Decimal(1))
        number = (value / factor).quantize(Decimal(1).scaleb(-max(unit_of.entity.places or 0, 2)))
        return f"{_plain(number)}{scale}元"
    if unit_of is not None and is_physical_measure(unit_of) and not unit_of.entity.scale:
        # 86.40 亩 against 32.50 + 29.90 + 25.00: the sum at the total's decimals, in its unit
        number = value.quantize(Decimal(1).scaleb(-(unit_of.entity.places or 0)))
        return f"{format(number, 'f')}{unit_of.entity.unit}"
    if unit_of is not None and unit_of.measure == "count" and unit_of.entity.scale in _SCALE_WORDS:
        # 168.75万亩 against 18.62 + 22.45 + … : the sum in 万亩 too, not in 亩
        factor = _SCALE_WORDS[unit_of.entity.scale]
        number = (value / factor).quantize(Decimal(1).scaleb(-(unit_of.entity.places or 0)))
        return f"{_plain(number)}{unit_of.entity.scale}{unit_of.entity.unit or ''}"
    if unit_of is not None and unit_of.measure in ("percent", "points"):
        return f"{_plain(value.quantize(Decimal('0.01')))}%"
    if value != value.to_integral_value() and -value.as_tuple().exponent > 4:
        value = value.quantize(Decimal("0.01"))  # a quotient shown as people read it, not to 28 places
    return _plain(value)


def show_interval(interval: Interval, unit_of: Fact | None = None) -> str:
    return f"[{show(interval.low, unit_of)}, {show(interval.high, unit_of)}]"


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# 合计栏按机构去重统计 / 同一机构多次被检查的只计1家: the table says its total counts each unit once
_DISTINCT_COUNT_NOTE = compile_pattern(r"去重|不重复(?:计算|统计)?|重复(?:被)?\p{Han}{0,4}的?只计|只计\s*[1一]")
_PERIOD_COLUMN = compile_pattern(r"当月|本月|当期|本期|当季|本季")
_NOTE_REACH = 600  # characters around a table total where a note on how it counts is looked for


def is_physical_measure(fact: Fact) -> bool:
    """Whether a count is a physical measure (亩, 公里, 吨 …), which adds up like money: 管护面积168.75万亩."""
    return fact.measure == "count" and (fact.entity.unit or "") in PHYSICAL_UNITS


def count_total_not_a_sum(extraction, total: Fact) -> bool:
    """Whether a count table's 合计 is not meant as the sum of its rows: it stands in a running-total
    column (累计新增 under 当月新增), or the text around the table says it counts each unit once.

    >>> from extractor.extraction import extract
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "通报\\n表1\\n批次\\t检查机构数（家）\\n第一轮\\t80\\n第二轮\\t60\\n合计\\t120\\n注：合计栏按机构去重统计。\\n"
    >>> ex = extract(document_from_text("t.txt", "txt", text))
    >>> count_total_not_a_sum(ex, next(f for f in ex.facts if f.entity.text == "120"))
    True
    """
    if total.source != "table" or total.measure != "count":
        return False
    if "累计" in (total.col_header or "") and any(
        f.sentence_start == total.sentence_start and _PERIOD_COLUMN.search(f.col_header or "") for f in extraction.facts
    ):
        return True  # 当月新增 | 累计新增: the 累计 column runs on; 累计保障户数 by township is a sum
    document = extraction.document
    own_section = document.section_path(total.start)
    # the note of this table's section, not of another table's
    return any(
        document.section_path(note.start()) == own_section
        for note in _DISTINCT_COUNT_NOTE.finditer(document.normalized, max(0, total.start - _NOTE_REACH), total.end + _NOTE_REACH)
    )
