"""Figures of a list whose items each name their subject before a bare measure.

A 通报 lists its big cases as ``分别为：某医药连锁有限公司销售劣药案，罚没款32.60万元；某商贸有限公司
销售侵犯注册商标专用权商品案，罚没款48.75万元；…``: each 罚没款 is its own case's, and the same case
told in its own paragraph (``某商贸有限公司销售侵犯注册商标专用权商品案罚没款48.75万元``) states the
same figure.  Such a figure is keyed under the item's name, as the paragraph keys it.
"""

from __future__ import annotations

from dataclasses import replace

from ..regexes import compile_pattern
from .lexicon import canonical_key
from .model import Fact, Relation, swap_facts
from .sentences import clause_start, item_start

# the list opens after 分别为： / 具体为： (the view has half-width punctuation)
_LIST_OPENING = compile_pattern(r"(?:分别为|分别是|具体为|依次为|主要有)\s*:")
# 某商贸有限公司销售侵犯注册商标专用权商品案， : a named subject, a comma, then the figure's clause
_ITEM_NAME = compile_pattern(r"\s*(?P<name>[^,;:。\d（）()]{4,40}?(?:案|项目|工程|公司|厂|店))\s*,\s*")


def qualify_listed_items(view: str, facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts of a 分别为： list of ；-items, each keyed under the name its item opens with — after the
    relations are found, so the list still adds up to its 合计.

    Example: ``分别为：某医药公司销售劣药案，罚没款32.60万元；某商贸公司侵犯商标案，罚没款48.75万元。``
    keys 48.75万元 as 某商贸公司侵犯商标案罚没款.
    """
    swapped = {}
    for fact in facts:
        if fact.source == "text" and fact.measure == "amount" and fact.indicator:
            qualified = _qualified(view, fact)
            if qualified is not fact:
                swapped[id(fact)] = qualified
    return swap_facts(facts, relations, swapped)


def _qualified(view: str, fact: Fact) -> Fact:
    opening = None
    for opening in _LIST_OPENING.finditer(view, fact.sentence_start, fact.start):
        pass
    if opening is None:
        return fact
    item_from = item_start(view, opening.end(), fact.start)
    clause_from = clause_start(view, fact.sentence_start, fact.start)
    if view[clause_from:fact.start].strip() != fact.indicator:
        return fact  # the clause names more than the bare measure
    name = _ITEM_NAME.fullmatch(view, item_from, clause_from)
    if name is None:
        return fact
    written = name.group("name") + fact.indicator
    return replace(fact, indicator=written, key=canonical_key(written))
