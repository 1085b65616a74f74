"""A total score broken down in running text: ``项目自评得分98.80分，其中预算执行率9.47分、产出指标
49.83分、效益指标29.00分、满意度指标10.00分``.

Item scores in prose carry no 得分 cue of their own, so they bind as plain values and the 其中 lists
of amounts pass them over. A list is taken as the whole breakdown only when it names the two
first-level indicators every 绩效评价 framework has (产出 and 效益) and at least three items in
all: ``总分92分，其中产出指标45分`` is a partial mention, not a sum to check. The breakdown may open
the next sentence after the total's grade and lost points (``自评得分91.04分，等级为“优”，共扣8.96分。
其中决策指标得分14.00分（满分15分），…``), its items' weights in brackets.
"""

from __future__ import annotations

from typing import Iterable


from ..regexes import compile_pattern
from ..document import Document
from .model import Fact, Relation
from .sentences import open_brackets

_MARKER = compile_pattern(r"其中\s*[:：]?|分别为\s*[:：]?")
_GAP_BEFORE_MARKER = compile_pattern(r"[\s，,：:]*")
# 决策指标得分14.00分（满分15分），过程指标得分…: an item's weight in brackets after it
_ITEM_GAP = compile_pattern(r"(?:[（(][^（()）\d]{0,4}\d+(?:\.\d+)?分?[）)])?[\s、，,；;和及与]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])?\s*[^\d，,。；;、（()）]{0,16}?(?:得分|得|为|:|：)?\s*")
_FRAMEWORK = (compile_pattern("产出"), compile_pattern("效益|效果"))
_FEWEST_ITEMS = 3
_ITEM_ROLES = {"score": ("value", "score"), "weight": ("value", "weight")}


def score_parts(document: Document, facts: list[Fact]) -> Iterable[Relation]:
    """Parts relations of total scores that running text breaks down into its items.

    Example: ``项目自评得分98.80分，其中预算执行率9.47分、产出指标49.83分、效益指标29.00分``
    gives ``parts(total=98.80分, parts=[9.47分, 49.83分, 29.00分])``.
    """
    view = document.normalized
    scores = [f for f in facts if f.source == "text" and f.measure == "score"]
    for index, total in enumerate(scores):
        if total.role not in _ITEM_ROLES:
            continue
        marker = _MARKER.match(view, _GAP_BEFORE_MARKER.match(view, total.end).end())
        if marker is None:
            marker = _marker_after_grade(view, scores, index)
        if marker is None:
            continue
        parts = list(_items_after(view, scores[index + 1:], marker.end(), total))
        if len(parts) < _FEWEST_ITEMS or not all(any(p.search(f.indicator) for f in parts) for p in _FRAMEWORK):
            continue
        yield Relation("parts", (("total", total),), parts=tuple(parts))


# 自评得分91.04分，等级为“优”，共扣8.96分。其中…: the grade and the points lost between the total and its breakdown
_GRADE_AND_LOSS = compile_pattern(r"[，,]\s*(?:(?:评价)?等级为?[“\"”]?\p{Han}{1,2}[”\"]?|(?:共|合计)?扣(?:减|除)?)")


def _marker_after_grade(view: str, scores: list[Fact], index: int):
    """The 其中 opening the sentence after a total score's, when all that stands between is its
    grade and the points it lost (``…91.04分，等级为“优”，共扣8.96分。其中…``), else None."""
    total = scores[index]
    if not _GRADE_AND_LOSS.match(view, total.end):
        return None
    between = [f for f in scores[index + 1:] if f.start < total.sentence_end]
    if any(f.role != "change" for f in between):
        return None
    after = total.sentence_end
    while after < len(view) and view[after] in "。 \u3000":
        after += 1
    return _MARKER.match(view, after)


def _items_after(view: str, later: list[Fact], position: int, total: Fact) -> Iterable[Fact]:
    """The item scores that follow one another from ``position``, each after a short name (and the
    weight in brackets after an item: ``决策指标得分14.00分（满分15分），…``)."""
    sentence = None  # the sentence of the items: the total's, or the next one opening with 其中
    for fact in later:
        if fact.start < position:
            continue  # 共扣8.96分 before the 其中 that opens the next sentence
        if fact.role == "weight" and open_brackets(view, fact.sentence_start, fact.start) > 0 and fact.sentence_start == sentence:
            continue  # （满分15分）: passed over with its brackets
        gap = _ITEM_GAP.fullmatch(view, position, fact.start)
        if (
            gap is None or fact.sentence_start != (sentence if sentence is not None else fact.sentence_start)
            or fact.role not in _ITEM_ROLES[total.role] or not fact.indicator
            or open_brackets(view, fact.sentence_start, fact.start) > 0
        ):
            return
        sentence = fact.sentence_start
        yield fact
        position = fact.end
