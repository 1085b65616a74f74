"""A total broken down by where its money came from.

``从资金来源看，全年完成投资4,424.35万元中，争取上级补助资金2,184.30万元，占49.37%；区级财政资金
1,356.20万元；街道自筹资金571.40万元；引入社会资本312.45万元，主要用于…``: every yuan has one
source, so the sources are disjoint parts of the total. The list may still leave a source out, so
it is taken as the total's parts only when it holds the whole or more — then an excess is certain.

Only the one dimension its lead names: a sentence that goes on to break the same total down a
second way (``…；按资金用途分，工程建设支出…``) is left alone, as is a sentence whose other amounts
are no sources (已到位, 结余, 计划投资 …), which the lead and the ``中，`` alone cannot tell apart.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ..regexes import compile_pattern
from .model import Fact, Relation

# 从资金来源看， / 按资金来源分， / 分资金来源看：: the lead naming the dimension
_SOURCE_LEAD = compile_pattern(r"\s*(?:从|按|分)(?:资金|投资|经费)?来源(?:渠道)?(?:看|分|来看|划分)[，,：:]")
# a second dimension, or amounts of another kind than sources, after the total
_OTHER_DIMENSION = compile_pattern(r"[分按从]\p{Han}{1,8}?(?:看|分|来看|划分)[，,：:]|用途|用于\p{Han}{0,12}\d")
_NO_SOURCE = compile_pattern(
    r"到位|结余|结转|支付|付款|计划|年度|收回|上缴|节约|剩余|其余|其中|合计|共计|总计|累计|小计|^\s*[合共]\s*(?:为|达)?\s*$"
    r"|已(?:全部|累计)?(?:拨付|支付|使用|支出|兑付|发放|完成|到账|到位)|合同|完成投资|到账|拨付(?:给|至|到)?\p{Han}{0,4}?(?:项目|单位|乡镇|街道|村|企业)|发放|兑付|支出|工程款|用于|结算"
)
# 上级补助资金800万元，包括中央资金500万元、省级资金300万元；县级…: a source broken down, then the next source
_SUB_LIST = compile_pattern(r"包括|其中|[，,]\s*含")
# …包括中央资金500万元、省级资金300万元 / 和… / ，… : the sub-run goes on until a ；or the sentence ends
_SAME_RUN = compile_pattern(r"[^；;。]*")
_WHOLE_OPENS = compile_pattern(r"\s*中\s*[，,：:]")
_ITEM_LABEL = compile_pattern(r"[^，,。；;：:\d]{2,24}$")


def source_parts(view: str, facts: list[Fact], taken: set[int]) -> Iterable[Relation]:
    """The parts relation of each total broken down by source in its own sentence.

    Example: ``从资金来源看，全年完成投资4,424.35万元中，争取上级补助资金2,184.30万元；区级财政资金
    1,536.20万元；街道自筹资金571.40万元；引入社会资本312.45万元。`` gives the total 4,424.35万元 with
    four parts (4,604.35万元 in all: more than the whole).
    """
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence_start, []).append(fact)
    for sentence_start, members in by_sentence.items():
        lead = _SOURCE_LEAD.match(view, sentence_start)
        if lead is None or any(id(f) in taken for f in members):
            continue
        amounts = [f for f in members if f.measure == "amount"]
        if len(amounts) < 3:
            continue
        total = amounts[0]
        parts = [
            f for f in amounts[1:] if not _in_parenthesis(view, sentence_start, f) and not _restates_total(view, total, f)
        ]
        parts = _without_sub_sources(view, total, parts)
        if len(parts) < 2:
            continue
        opens = _WHOLE_OPENS.match(view, total.end)
        if opens is None or view[lead.end():total.start].count("，") > 1:
            continue
        after = view[opens.end():members[-1].end]
        if _OTHER_DIMENSION.search(after) or not all(_is_source(view, total, part) for part in parts):
            continue
        if sum((p.entity.value for p in parts), Decimal(0)) >= total.entity.value:
            yield Relation("parts", (("total", total),), parts=tuple(parts))


def _without_sub_sources(view: str, total: Fact, parts: list[Fact]) -> list[Fact]:
    """The sources without the ones a source is broken into (…，包括中央资金500万元、省级资金300万元):
    a run opened by 包括/其中/含 belongs to the source before it up to the next ；, or up to where it
    adds up to that source (…，包括中央资金400万元和省级资金200万元，县级财政资金300万元)."""
    kept, inside, previous = [], False, total.end
    broken_down, sub_sum = None, Decimal(0)
    for part in parts:
        between = view[previous:part.start]
        if _SUB_LIST.search(between) and kept:
            inside, broken_down, sub_sum = True, kept[-1], Decimal(0)
        elif not (inside and _SAME_RUN.fullmatch(between)) or (inside and sub_sum == broken_down.entity.value):
            inside = False  # a ；, or the sub-run has added up to the source it breaks down: the next source
        if inside:
            sub_sum += part.entity.value
        else:
            kept.append(part)
        previous = part.end
    return kept


_CLOSING_TOTAL = compile_pattern(r"(?:合计|共计|总计|累计|共|合)\s*(?:为|达)?\s*$")


def _restates_total(view: str, total: Fact, part: Fact) -> bool:
    """Whether ``part`` closes the list by restating the whole (…，县级资金1,000.00万元，合计4,424.35万元)."""
    return part.entity.value == total.entity.value and bool(_CLOSING_TOTAL.search(view, max(0, part.start - 6), part.start))


def _in_parenthesis(view: str, sentence_start: int, part: Fact) -> bool:
    """Whether ``part`` stands inside brackets — ``（含地方政府专项债券资金500.00万元）`` details the
    source before it and is no source of its own."""
    before = view[sentence_start:part.start]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _is_source(view: str, total: Fact, part: Fact) -> bool:
    """Whether ``part`` is a source's amount: named by a label of its own right before it, in the
    total's unit, year and role."""
    label = _ITEM_LABEL.search(view, max(0, part.start - 24), part.start)
    return (
        label is not None and not _NO_SOURCE.search(label.group()) and part.period == total.period
        and part.entity.unit == total.entity.unit and part.role in ("value", total.role) and not part.entity.approx
    )
