"""A total broken down, in the sentence after it, by a classification naming every class in turn.

``一般性转移支付7,380.00万元主要保障乡镇正常运转。按项目分，基本财力保障补助、均衡性转移支付、
村级组织运转补助、乡镇工作人员津补贴补助依次为3,420.00万元、1,865.00万元、1,256.00万元、839.00万元。``
The lead (按项目分，) says the sentence cuts the amount just stated by one dimension, and the
分别/依次 list gives one figure for each class it names. Every yuan falls in one class, so the
figures are parts of the amount before; the list may still leave a class out, which is why the
audit calls a shortfall ``uncertain`` and only an excess certain.

Taken only when nothing else already relates the figures, the sentence before states one amount
(its subject), the list is the new sentence's first clause, it names as many classes as it gives
figures, and it does not end in 等.
"""

from __future__ import annotations

from typing import Iterable

from ..regexes import compile_pattern
from .model import Fact, Relation
from .sentences import BREAKDOWN_LEAD

# 按项目分，A、B、C依次为 / 从用途看，A和B分别为: the lead, the names, then 分别/依次 and 为/是
_CLASSIFIED_RESPECTIVE = compile_pattern(
    rf"\s*{BREAKDOWN_LEAD}\s*(?P<names>[^，,。；;：:\d]{{2,80}}?)\s*[，,]?\s*(?:分别|依次)(?:为|是)?\s*[:：]?\s*$"
)
_NAME_JOIN = compile_pattern(r"、|和|及|与")
_RUN_JOIN = compile_pattern(r"\s*(?:、|和|及|与|，|,)\s*")
_OPEN_ENDED = compile_pattern(r"等$")
_OPEN_ENDED_AFTER = compile_pattern(r"\s*等")
_TOTAL_ROLES = ("value", "actual", "budget", "adjusted_budget")
# 按来源分： / 从用途看，: a sentence opening that cuts what came before by one dimension
_CLASSIFIED_LEAD = compile_pattern(rf"\s*{BREAKDOWN_LEAD}")
_BREAKDOWN_OPENING = compile_pattern(rf"\s*(?:其中|包括|含|{BREAKDOWN_LEAD})")
_ITEM_END = compile_pattern(r"[；;。\n]")
# ，县级财政安排 / 、省级补助: a class's label between the separator and its amount
_LABEL = compile_pattern(r"[^\p{Han}\d]{0,3}?(?P<label>\p{Han}{2,16})\s*(?:为|达)?\s*")
_NOT_A_CLASS = compile_pattern(r"其中|合计|共计|总计|累计|小计|结余|结转|剩余|其余|到位|已|占|比上年|较上年|同比|增长|减少|下降")


def classified_respective_parts(view: str, facts: list[Fact], taken: set[int]) -> Iterable[Relation]:
    """The parts relation of each amount broken down by a 按…分，A、B依次为a、b sentence right after it.

    Example: ``支出80万元。按用途分，人员经费、公用经费分别为50万元、30万元。`` gives the total 80万元 with
    the parts 50万元 and 30万元.
    """
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence_start, []).append(fact)
    starts = sorted(by_sentence)
    for position, start in enumerate(starts):
        if position == 0:
            continue
        members = by_sentence[start]
        first = members[0]
        lead = _CLASSIFIED_RESPECTIVE.match(view, start, first.start)
        if lead is not None and _OPEN_ENDED.search(lead.group("names")):
            continue
        if lead is None:
            run = _labelled_run(view, start, members)
            total = _subject_before(view, by_sentence[starts[position - 1]], start) if run else None
            if total is not None and not any(id(f) in taken for f in (total, *run)) and _fits(total, run):
                yield Relation("parts", (("total", total),), parts=tuple(run))
            continue
        names = [name for name in _NAME_JOIN.split(lead.group("names")) if name.strip()]
        run = [first]
        for following in members[1:]:
            if not _RUN_JOIN.fullmatch(view, run[-1].end, following.start):
                break
            run.append(following)
        if len(run) < 2 or len(run) != len(names) or any(f.measure != "amount" for f in run):
            continue
        total = _subject_before(view, by_sentence[starts[position - 1]], start)
        if total is None or any(id(f) in taken for f in (total, *run)):
            continue
        if not _fits(total, run):
            continue
        yield Relation("parts", (("total", total),), parts=tuple(run))


def _fits(total: Fact, run: list[Fact]) -> bool:
    """Whether the listed figures can be parts of ``total``: its year and unit kind, no estimates,
    and not half as much again as the whole (a list of another, larger whole)."""
    if sum(f.entity.value for f in run) * 2 > total.entity.value * 3:
        return False
    return not any(
        f.period != total.period or f.entity.approx or f.role not in ("value", total.role) or f.measure != total.measure
        for f in run
    )


def _labelled_run(view: str, start: int, members: list[Fact]) -> list[Fact]:
    """The amounts of a ``按来源分：中央财政补助860.00万元，省级财政补助370.00万元，县级财政安排250.00万元``
    list: the sentence's first ；-item, each amount right after a label of its own, or [] when the
    sentence is no such list."""
    lead = _CLASSIFIED_LEAD.match(view, start)
    if lead is None:
        return []
    item_end = _ITEM_END.search(view, lead.end())
    end = item_end.start() if item_end else len(view)
    run, previous = [], lead.end()
    for fact in members:
        if fact.start >= end:
            break
        if fact.measure != "amount":
            previous = fact.end
            continue
        label = _LABEL.fullmatch(view, previous, fact.start)
        if label is None or _NOT_A_CLASS.search(label.group("label")):
            return []
        run.append(fact)
        previous = fact.end
    if len(run) < 2 or _OPEN_ENDED_AFTER.match(view, run[-1].end):
        return []  # 按乡镇分：甲镇320.00万元，乙镇280.00万元，丙镇245.00万元等: some classes only
    return run


def _subject_before(view: str, members: list[Fact], start: int) -> Fact | None:
    """The one amount the sentence before states, in the same paragraph, or None."""
    amounts = [f for f in members if f.measure == "amount"]
    if len(amounts) != 1 or members[-1].sentence_end > start or "\n" in view[members[-1].end:start]:
        return None
    total = amounts[0]
    if _BREAKDOWN_OPENING.match(view, total.sentence_start):
        return None  # 其中，中央财政资金年初下达4,702.00万元。按支出方向分：…: a part's detail, not the whole cut next
    if total.role not in _TOTAL_ROLES or total.entity.approx or total.entity.lower is not None:
        return None
    return total
