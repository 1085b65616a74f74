"""A total score broken down in running text: ``项目自评得分98.80分，其中预算执行率9.47分、产出指标
49.83分、效益指标29.00分、满意度指标10.00分``.

Item scores in prose carry no 得分 cue of their own, so they bind as plain values and the 其中 lists
of amounts pass them over. A list is taken as the whole breakdown only when it names the two
first-level indicators every 绩效评价 framework has (产出 and 效益) and at least three items in
all: ``总分92分，其中产出指标45分`` is a partial mention, not a sum to check.
"""

from __future__ import annotations

from typing import Iterable


from ..regexes import compile_pattern
from ..document import Document
from .model import Fact, Relation
from .sentences import open_brackets

_MARKER = compile_pattern(r"其中\s*[:：]?|分别为\s*[:：]?")
_GAP_BEFORE_MARKER = compile_pattern(r"[\s，,：:]*")
_ITEM_GAP = compile_pattern(r"[\s、，,；;和及与]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])?\s*[^\d，,。；;、（()）]{0,16}?(?:得分|得|为|:|：)?\s*")
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
            continue
        parts = list(_items_after(view, scores[index + 1:], marker.end(), total))
        if len(parts) < _FEWEST_ITEMS or not all(any(p.search(f.indicator) for f in parts) for p in _FRAMEWORK):
            continue
        yield Relation("parts", (("total", total),), parts=tuple(parts))


def _items_after(view: str, later: list[Fact], position: int, total: Fact) -> Iterable[Fact]:
    """The item scores that follow one another from ``position``, each after a short name."""
    for fact in later:
        gap = _ITEM_GAP.fullmatch(view, position, fact.start)
        if (
            gap is None or fact.sentence_start != total.sentence_start or fact.role not in _ITEM_ROLES[total.role]
            or not fact.indicator or open_brackets(view, total.sentence_start, fact.start) > 0
        ):
            return
        yield fact
        position = fact.end
