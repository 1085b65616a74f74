"""Counts listed as parts of different wholes are different quantities: 行政编制9人 among 核定编制
and 行政编制8人 among 实有人数.  So are one expense's funding channels: 项目支出安排0.80万元 among
公务接待费 is not the department's 项目支出.  Their keys are qualified by the whole's key."""

from __future__ import annotations

from dataclasses import replace

import regex

from .model import Fact, Relation


def qualify_listed_counts(facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with count parts keyed ``<whole key>·<part key>``.

    Example: in ``年末实有在职在岗人数23人（其中：行政编制8人…）`` the part 8人 gets the key
    ``实有人数·行政编制``; in ``公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元``
    the part 0.80万元 gets ``公务接待费·项目支出``.
    """
    renamed: dict[int, Fact] = {}
    for relation in relations:
        total = relation.member("total")
        if relation.kind != "parts" or total is None:
            continue
        if total.measure != "count" and not splits_expense_by_channel(total, relation.parts):
            continue
        for part in relation.parts:
            if part.key and total.key and part.key != total.key and id(part) not in renamed:
                renamed[id(part)] = replace(part, key=f"{total.key}·{part.key}")
    if not renamed:
        return facts, relations

    def swap(fact: Fact | None) -> Fact | None:
        return None if fact is None else renamed.get(id(fact), fact)

    new_facts = [swap(f) for f in facts]
    new_relations = [
        replace(r, members=tuple((name, swap(f)) for name, f in r.members), parts=tuple(swap(p) for p in r.parts))
        for r in relations
    ]
    return new_facts, new_relations


_CHANNELS = {"基本支出", "项目支出"}
# 公务接待费, 三公经费, 机关运行经费, 培训费: an expense item, which the department's 基本/项目 split splits too
_EXPENSE_ITEM = regex.compile(r"(?:经费|费)$")


def splits_expense_by_channel(total: Fact, parts: tuple[Fact, ...]) -> bool:
    """Whether ``parts`` split an expense item (not the department's spending) by funding channel:
    ``公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元`` → True."""
    return total.measure == "amount" and bool(_EXPENSE_ITEM.search(total.key)) and bool(parts) and all(
        p.key in _CHANNELS for p in parts
    )
