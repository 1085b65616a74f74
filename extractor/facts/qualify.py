"""Counts listed as parts of different wholes are different quantities: 行政编制9人 among 核定编制
and 行政编制8人 among 实有人数.  Their keys are qualified by the whole's key."""

from __future__ import annotations

from dataclasses import replace

from .model import Fact, Relation


def qualify_listed_counts(facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with count parts keyed ``<whole key>·<part key>``.

    Example: in ``年末实有在职在岗人数23人（其中：行政编制8人…）`` the part 8人 gets the key
    ``实有人数·行政编制``.
    """
    renamed: dict[int, Fact] = {}
    for relation in relations:
        total = relation.member("total")
        if relation.kind != "parts" or total is None or total.measure != "count":
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
