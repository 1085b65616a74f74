"""S001 total-not-sum-of-parts."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Iterator

import regex

from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.entities.numerals import parse_number
from extractor.facts.lexicon import SHORTFALL, decompositions
from extractor.facts.relations import OPENED_BY_NAME
from extractor.structure.numerals import heading_ordinal

from ..facts_view import count_total_not_a_sum, evidence, exact, interval_of, is_physical_measure, show, show_interval
from ..intervals import Interval
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "S001", "total-not-sum-of-parts", "error"



# 八类民生支出合计 / 5个方面共 / 12项: how many kinds the whole is made of, written just before it
_KINDS = compile_pattern(r"(?P<count>[一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?(?:大类|类|个方面|方面|个领域|项)")


def _kinds_named(view: str, total) -> int:
    """The number of kinds named within the total's clause before it (八类民生支出合计 → 8), else 0."""
    clause = view[max(total.sentence_start, total.start - 30):total.start]
    clause = regex.split(r"[，,。；;：:]", clause)[-1]
    found = list(_KINDS.finditer(clause))
    if not found:
        return 0
    return heading_ordinal(found[-1].group("count")) or 0


# the words after a list's last figure that name what is left without a figure (其余为缴费补贴)
_REMAINDER_NAMED = compile_pattern(r"[^。；;\d]{0,8}?[，,；;、]\s*(?:其余|剩余|余下|其他|另有)(?:部分|资金)?(?:为|是|用于|均为|主要为)[^\d。；;]*(?:[。；;]|$)")


def _complete_count(total, parts) -> bool:
    """Whether counted parts are a complete breakdown of the glossary (定点医药机构 = 定点医疗机构 +
    定点零售药店), whatever qualifies the whole (检查定点医药机构312家，其中…)."""
    own = {p.key.rpartition("·")[2] for p in parts}
    return any(total.key.endswith(whole) and own in sets for whole, sets in decompositions().items())


# the 三公 breakdowns: each part is stated once, often in a section of its own
_SPREAD_WHOLES = ("三公经费", "公务用车购置及运行维护费", "公务接待费")
_LEVEL_ROLES = ("value", "actual")
# words that narrow a figure to one funding source or one part of the department
_SCOPE_WORDS = compile_pattern(r"财政拨款|一般公共预算|政府性基金|自有资金|事业收入|其他资金|本级|机关|下属|所属|二级单位")


def _glossary_sums_across_sentences(extraction: Extraction) -> Iterator[Finding]:
    """A 三公 total and every part of it stated in separate sentences (公务接待费2.00万元 in the
    summary; 国内公务接待费1.50万元，外事接待费0.00万元 in its own section): ``uncertain`` when the parts,
    each stated with one value in the whole report, do not add up to the total's one value."""
    view = extraction.document.normalized
    parts_relations = [r for r in extraction.relations if r.kind == "parts" and r.member("total") is not None]
    # a total broken down in a list of its own, or parts listed under it, are checked as that list
    totals_checked = {id(r.member("total")) for r in parts_relations}
    listed_under = {(id(p), r.member("total").key) for r in parts_relations for p in r.parts}
    stated: dict[tuple[str, str], list] = {}
    for fact in extraction.facts:
        if fact.source == "text" and fact.measure == "amount" and fact.role in _LEVEL_ROLES and exact(fact):
            stated.setdefault((fact.key, fact.period), []).append(fact)
    for (key, period), totals in stated.items():
        if key not in _SPREAD_WHOLES or not _one_value(totals) or any(id(t) in totals_checked for t in totals):
            continue
        total = totals[0]
        for keys in decompositions().get(key, []):
            groups = [stated.get((k, period), []) for k in keys]
            if not all(groups) or not all(_one_value(g) for g in groups):
                continue
            if any((id(p), key) in listed_under for group in groups for p in group):
                continue  # a list under this whole, already checked as one
            parts = sorted((group[0] for group in groups), key=lambda f: f.start)
            if any(_SCOPE_WORDS.search(view, f.sentence_start, f.start) for f in (total, *parts)):
                continue  # 财政拨款“三公”经费 / 机关本级公务用车… / …和单位自有资金安排的: scopes that may differ
            summed = _sum_of(parts)
            if summed.overlaps(interval_of(total)):
                continue
            point = sum((p.entity.value for p in parts), Decimal(0))
            pieces = " + ".join(p.entity.text for p in parts)
            yield Finding(
                rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
                message=f"“{total.indicator}”{total.entity.text}与文中分别列出的组成部分之和不符：{pieces} = {show(point, total)}，相差{show(abs(point - total.entity.value), total)}",
                message_en=f"{total.key} {total.entity.text} is not the sum of its parts stated elsewhere: {pieces} = {show(point, total)}",
                evidence=(evidence(total, "total"), *(evidence(p, "part") for p in parts)),
                expected=f"Σ parts = {show(point, total)} {show_interval(summed, total)}; total {total.entity.text} {show_interval(interval_of(total), total)}",
                subject=f"{total.key}|spread|{total.period}",
            )


def _one_value(facts: list) -> bool:
    return len({f.entity.value for f in facts}) == 1


def _sum_of(parts, total=None) -> Interval:
    """The interval sum of the parts' intervals (a shortfall under a balance taken off)."""
    summed = Interval(Decimal(0), Decimal(0))
    for part in parts:
        summed = summed - interval_of(part) if _shortfall_of(part, total) else summed + interval_of(part)
    return summed


# 当期结余1,940.31万元。其中：职工医保…当期结余2,657.06万元；居民医保…当期收不抵支716.75万元: the
# shortfall is a balance below zero, written without its minus
_BALANCE = compile_pattern(r"结余|结存|余额")


def _shortfall_of(part, total) -> bool:
    return total is not None and bool(SHORTFALL.search(part.key)) and bool(_BALANCE.search(total.key)) and not SHORTFALL.search(total.key)


def _selection_of_full_breakdown(extraction: Extraction, relation) -> bool:
    """Whether another breakdown of the same figure adds up and holds every part this one lists,
    and more: the shorter list names only some of the parts."""
    total = relation.member("total")
    listed = Counter(p.entity.value for p in relation.parts)
    for other in extraction.relations:
        other_total = other.member("total") if other.kind == "parts" and other is not relation else None
        if other_total is None or other_total.entity.value != total.entity.value or other_total.period != total.period:
            continue
        held = Counter(p.entity.value for p in other.parts)
        if len(other.parts) > len(relation.parts) and not listed - held and _sum_of(other.parts).overlaps(interval_of(other_total)):
            return True
        gap = total.entity.value - sum(listed.elements())
        if (
            gap > 0 and len(other.parts) <= _MOST_ROWS_LEFT_OUT and _sum_of(other.parts).overlaps(interval_of(other_total))
            and _some_rows_make(other.parts, gap)
        ):
            # 年末滚存结余2,331,712.57万元，其中养老保险基金…1,312,085.62万元，医疗保险基金…786,688.02万元 beside a
            # table of seven funds adding up to it: what the list leaves out is exactly 工伤 + 失业's rows
            return True
    return False


_MOST_ROWS_LEFT_OUT = 12


def _some_rows_make(rows, amount: Decimal) -> bool:
    """Whether some of the rows (one or more, not all) add up to ``amount`` exactly."""
    values = [p.entity.value for p in rows]
    reachable = {Decimal(0): 0}
    for value in values:
        for reached, used in list(reachable.items()):
            reachable.setdefault(reached + value, used + 1)
    used = reachable.get(amount)
    return used is not None and 0 < used < len(values)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Adds up the parts a total lists (其中 lists, bracketed breakdowns, the rows above a 合计 row)
    with interval arithmetic and compares the sum with the total.

    Why is this bad?
    勾稽关系 is the first thing an auditor checks: a total that is not the sum of its own parts
    means a figure was mistyped or a part was left out, and the report cannot be relied on.

    Example:
    ``基本支出719.48万元（人员经费641.81万元，公用经费77.67万元）`` is consistent (641.81 + 77.67 =
    719.48); ``…共筹集资金1311.21万元，其中：…904.49万元，…206.64万元，…200.11万元`` is not —
    the parts add up to 1311.24万元. Parts that exceed the total are always reported; a shortfall is
    reported as ``fail`` only when the parts form a complete breakdown (基本支出 = 人员经费 +
    公用经费), otherwise as ``uncertain`` (a 其中 list may name only some parts) — and not at
    all when the list names a single part (其中统筹基金13.07亿元) or says it leaves the rest out
    (…，其余为缴费补贴) or names more kinds than it lists (八类民生支出合计…，其中 five of them), or
    when every figure it lists is a row of another breakdown of the same total that adds up (本级支出
    855,674万元。其中：three of the eight rows of 表2, whose 本级支出合计 row is their sum), or when what it
    leaves out is exactly some rows of such a breakdown (养老 and 医疗 funds listed, 工伤 and 失业 rows left out).
    A list opened by 资金来源为 (every source) or by 主要用于四个方面 naming four parts is complete.
    A sentence cutting the amount stated just before it by one dimension (按项目分，A、B依次为…;
    按来源分：A…，B…) lists its parts; a shortfall there is ``uncertain``, since a class may be left out.
    A sentence stating a unit's 资产, 负债 and 净资产 is checked as the identity 资产 = 负债 + 净资产, and a month-by-month table's 累计 column as the running total of its 当月
    column. A 三公 total and its parts stated in separate sentences (公务接待费 in the summary, 国内
    and 外事 in their own section) are checked too, as ``uncertain``, when each is stated with one
    value. Counts in prose are checked only when their breakdown is one the glossary calls complete
    (检查定点医药机构312家，其中定点医疗机构…、定点零售药店…): counted sanctions or categories
    often overlap — or when the list counts a second measure word beside each part and those add up
    (低保对象4,316户7,025人。其中城市低保826户1,318人，农村低保3,454户5,707人: the people add up, so the
    households must). A 其中 list adding up to less than half of a total it does not complete names a
    few large items, not a breakdown, and is left alone. A count table's 合计 that is not the sum of its rows is ``uncertain``: it may
    count distinct units, or be an average or a running total (a table of areas, lengths or weights —
    管护面积（万亩） — adds up like money: ``fail``) — and not reported at all when the
    table says it counts each unit once (去重) or the 合计 stands in a 累计 column. A total whose
    part is itself a total off by the same amount (收入总计 over a wrong 本年收入合计) is one slip,
    reported once, on the inner total. A final-accounts statement's 收入总计 is checked as
    本年收入合计 plus the carry-over rows under it (使用非财政拨款结余, 年初结转和结余), and
    本年收入合计 (本年支出合计) as the rows numbered 一、二、… above it in its column; a
    shortfall (收不抵支) listed under a balance is taken off it.
    """
    yield from _glossary_sums_across_sentences(extraction)
    found = list(_relations_off(extraction))
    gaps = {id(relation.member("total")): gap for relation, gap, _ in found}
    for relation, gap, finding in found:
        if any(gaps.get(id(p)) == -gap for p in relation.parts):
            # 总计 off by exactly what its 本年收入合计 is off the other way: one mistyped inner total,
            # reported where it is (two slips of one size and sign are two findings)
            continue
        yield finding


_SOURCES_OPEN = compile_pattern(r"[^。\n]{0,6}?(?:等|不足部分|其余部分|差额部分|缺口)")
_SOURCES_LISTED = compile_pattern(r"[，,]\s*资金来源(?:为|是|包括)\s*[:：]?\s*\p{Han}{2,16}")


# 安排使用1,488.30万元，主要用于四个方面：…: as many uses listed as the sentence counts
_WAYS_COUNTED = compile_pattern(r"[，,]?\s*主要用于(?P<ways>[一二三四五六七八九十两\d]{1,2})个方面\s*[:：]?\s*\p{Han}{2,16}")


def _ways_counted(view: str, total, parts) -> bool:
    """Whether the list opens with 主要用于N个方面 and names N parts: every use, not the main ones."""
    found = _WAYS_COUNTED.fullmatch(view, total.end, parts[0].start)
    if found is None:
        return False
    return parse_number(found.group("ways")) == len(parts)


def _twin_adds_up(relations, relation) -> bool:
    """Whether the same list counts another measure word beside each part, and those add up to the
    count beside the total (低保对象4,316户7,025人。其中城市低保826户1,318人，农村低保3,454户5,707人: the
    people add up, so the list is complete and the households must add up too)."""
    total, parts = relation.member("total"), relation.parts

    def beside(a, b) -> bool:
        return a.sentence_start == b.sentence_start and (a.end == b.start or b.end == a.start)

    for other in relations:
        twin = other.member("total") if other.kind == "parts" and other is not relation else None
        if (
            twin is None or twin.measure != "count" or not beside(twin, total) or len(other.parts) != len(parts)
            or not all(beside(a, b) for a, b in zip(parts, other.parts)) or not exact(twin) or not all(exact(p) for p in other.parts)
        ):
            continue
        if _sum_of(other.parts, twin).overlaps(interval_of(twin)):
            return True
    return False


# a sentence opening with the whole's name and 中: 本年收入中，…
_OPENED_BY_NAME = compile_pattern(OPENED_BY_NAME)


def _relations_off(extraction: Extraction) -> Iterator[tuple]:
    """(relation, gap, finding) for each parts relation whose total is not the sum of its parts."""
    for relation in extraction.relations:
        if relation.kind != "parts":
            continue
        total = relation.member("total")
        parts = relation.parts
        if total is None or not parts or total.measure not in ("amount", "count"):
            continue  # score tables are C001's
        if is_physical_measure(total) and any(p.entity.unit != total.entity.unit for p in parts):
            continue  # 建成冷库库容2.4万吨（二期0.6万吨未完工）: a phase's name is no part of the tonnage
        twin_complete = total.measure == "count" and total.source == "text" and _twin_adds_up(extraction.relations, relation)
        counted_loosely = total.measure == "count" and not _complete_count(total, parts) and not twin_complete
        if counted_loosely and (total.source != "table" or count_total_not_a_sum(extraction, total)):
            # 处理违规机构97家，其中约谈63家、暂停协议11家: sanctions overlap — only the glossary's
            # breakdowns of counts in prose add up
            continue
        if not exact(total) or not all(exact(p) for p in parts):
            continue
        summed = _sum_of(parts, total)
        stated = interval_of(total)
        if summed.overlaps(stated):
            continue
        exceeds = summed.low > stated.high
        if not exceeds and _REMAINDER_NAMED.match(extraction.document.normalized, parts[-1].end, parts[-1].sentence_end):
            continue  # …、为困难群体代缴保费186.40万元，其余为缴费补贴: the list says it leaves a remainder out
        sources_listed = _SOURCES_LISTED.fullmatch(extraction.document.normalized, total.end, parts[0].start) is not None
        # not …等 nor 不足部分由…: the list says it leaves sources out
        sources_open = _SOURCES_OPEN.match(extraction.document.normalized, parts[-1].end) is not None
        complete = (
            total.source == "table" or relation.source == "identity" or {p.key for p in parts} in decompositions().get(total.key, [])
            or twin_complete
            # 总投资2,860.00万元，资金来源为：中央…、省级…、县级…: every source, by the words that list them
            or sources_listed and not sources_open
            or _ways_counted(extraction.document.normalized, total, parts)
        )
        if not complete and (sources_listed or _WAYS_COUNTED.fullmatch(extraction.document.normalized, total.end, parts[0].start)):
            # …资金来源为…等 / 不足部分由县级财政统筹 / 主要用于三个方面 with two figures: a list that says it is partial
            continue
        if not exceeds and not complete and _OPENED_BY_NAME.search(extraction.document.normalized, total.end, parts[0].start):
            continue  # …。社会保障和就业支出中，A…，B…，其他社会保障和就业支出…: the items it speaks of, maybe not all
        if not exceeds and not complete and len(parts) == 1:
            continue  # 其中统筹基金13.07亿元: one part named is not a breakdown
        if not exceeds and not complete and _kinds_named(extraction.document.normalized, total) > len(parts):
            continue  # 八类民生支出合计…，其中：教育支出…（five of the eight named): the list is a selection
        if not exceeds and not complete and _selection_of_full_breakdown(extraction, relation):
            continue  # 本级支出855,674万元。其中：城乡社区支出…（three of the eight rows 表2 adds up): a selection
        if not exceeds and not complete and summed.high * 2 < stated.low:
            continue  # 合计支出9,325.84万元。其中：…1,800.00万元，…1,362.50万元: a few large items, not a breakdown
        # a count table's 合计 may count distinct units, an average or a running total: uncertain
        # (a table's areas, lengths and weights add up like money: 管护面积（万亩）)
        status = "fail" if (exceeds or complete) and (not counted_loosely or is_physical_measure(total)) else "uncertain"
        point = sum((-p.entity.value if _shortfall_of(p, total) else p.entity.value for p in parts), Decimal(0))
        gap = point - total.entity.value
        pieces = "".join(
            (" − " if _shortfall_of(p, total) else " + " if i else "") + p.entity.text for i, p in enumerate(parts)
        ).removeprefix(" ")
        yield relation, gap, Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status=status,
            message=f"“{total.indicator}”{total.entity.text}与其组成部分之和不符：{pieces} = {show(point, total)}，相差{show(abs(gap), total)}",
            message_en=f"{total.key} {total.entity.text} is not the sum of its parts: {pieces} = {show(point, total)} (off by {show(abs(gap), total)})",
            evidence=(evidence(total, "total"), *(evidence(p, "part") for p in parts)),
            expected=f"Σ parts = {show(point, total)} {show_interval(summed, total)}; total {total.entity.text} {show_interval(stated, total)}",
            subject=f"{total.key}|{total.role}|{total.period}",
        )
