"""Score fact binding against the hand-made fact and relation gold.

    python -m benchmarks.facts [--errors]

Facts are matched by their figure's span.  Reported: coverage (gold facts we bind), role and
period accuracy, key accuracy and key+role accuracy, and relation precision/recall/F1.

Key accuracy compares groupings, not spellings (the gold's key names are the annotators' own):
each gold key is mapped to the key we most often give its facts, a mapping no other gold key may
claim; a fact's key is right when we gave it its gold key's mapped key.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

from .gold import seed_fact_gold, seed_relation_gold, seed_text

MAIN_MEMBER = {"parts": "total", "growth": "growth", "change": "change", "share": "share", "rate": "rate",
               "target": "target", "weight": "weight", "balance": "closing"}


@dataclass
class FactScore:
    gold: int = 0
    matched: int = 0
    role_ok: int = 0
    period_ok: int = 0
    key_ok: int = 0
    key_role_ok: int = 0
    relations_gold: int = 0
    relations_ours: int = 0
    relations_ok: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_kind_gold: Counter = field(default_factory=Counter)
    by_kind_ours: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0


def key_mapping(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Gold key → our key, each of ours claimed by the gold key with the most facts on it.

    >>> key_mapping([("罚款", "罚款"), ("罚款", "罚款"), ("罚款", "处罚款"), ("追回", "罚款")])
    {'罚款': '罚款'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for gold_key, our_key in pairs:
        votes[gold_key][our_key] += 1
    claims = sorted(((count, gold_key, our_key) for gold_key, c in votes.items() for our_key, count in c.items()), reverse=True)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for count, gold_key, our_key in claims:
        if gold_key in mapping or our_key in taken or not our_key:
            continue
        mapping[gold_key] = our_key
        taken.add(our_key)
    return mapping


def _spans(record: dict, name: str):
    value = record.get(name)
    if value is None:
        return None
    if value and isinstance(value[0], list):
        return frozenset(tuple(v) for v in value)
    return tuple(value)


def relation_signature(kind: str, members: dict) -> tuple:
    return (kind, members.get(MAIN_MEMBER.get(kind, "")), tuple(sorted((k, v) for k, v in members.items() if k != MAIN_MEMBER.get(kind) and v is not None)))


def run() -> FactScore:
    score = FactScore()
    relations_gold = seed_relation_gold()
    for doc, gold in seed_fact_gold().items():
        extraction = extract(document_from_text(doc, "txt", seed_text(doc)))
        ours = {(f.start, f.end): f for f in extraction.facts}
        pairs = []
        for record in gold:
            score.gold += 1
            fact = ours.get((record["start"], record["end"]))
            if fact is None:
                score.errors.append((doc, record["text"], "not bound", record["key"], ""))
                continue
            score.matched += 1
            score.role_ok += fact.role == record["role"]
            score.period_ok += fact.period == str(record["period"])
            pairs.append((record["key"], fact.key))
        mapping = key_mapping(pairs)
        for record in gold:
            fact = ours.get((record["start"], record["end"]))
            if fact is None:
                continue
            key_ok = mapping.get(record["key"]) == fact.key
            score.key_ok += key_ok
            score.key_role_ok += key_ok and fact.role == record["role"]
            if not key_ok or fact.role != record["role"]:
                score.errors.append((doc, record["text"], f"{record['key']}/{record['role']}", f"{fact.key}/{fact.role}", fact.indicator))
        gold_relations = set()
        for record in relations_gold.get(doc, []):
            members = {k: _spans(record, k) for k in record if k not in ("doc", "kind", "note")}
            gold_relations.add(relation_signature(record["kind"], members))
        annotated = {(r["start"], r["end"]) for r in gold}
        our_relations = set()
        for relation in extraction.relations:
            main = relation.member(MAIN_MEMBER.get(relation.kind, ""))
            if main is None or (main.start, main.end) not in annotated:
                continue  # outside the stretches the gold covers
            members = {name: (f.start, f.end) if f is not None else None for name, f in relation.members}
            if relation.parts:
                members["parts"] = frozenset((p.start, p.end) for p in relation.parts)
            our_relations.add(relation_signature(relation.kind, members))
        score.relations_gold += len(gold_relations)
        score.relations_ours += len(our_relations)
        score.relations_ok += len(gold_relations & our_relations)
        for signature in gold_relations:
            score.by_kind_gold[signature[0]] += 1
        for signature in our_relations:
            score.by_kind_ours[signature[0]] += 1
        for signature in gold_relations & our_relations:
            score.by_kind[signature[0]] += 1
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list facts whose key or role is wrong")
    args = parser.parse_args(argv)
    s = run()
    print(f"gold facts {s.gold}; bound {s.matched} ({s.ratio(s.matched, s.gold):.3f})")
    print(f"role accuracy   {s.ratio(s.role_ok, s.matched):.3f}")
    print(f"period accuracy {s.ratio(s.period_ok, s.matched):.3f}")
    print(f"key accuracy    {s.ratio(s.key_ok, s.matched):.3f}")
    print(f"key+role        {s.ratio(s.key_role_ok, s.matched):.3f}")
    precision = s.ratio(s.relations_ok, s.relations_ours)
    recall = s.ratio(s.relations_ok, s.relations_gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"relations: gold {s.relations_gold}, ours {s.relations_ours}, exact matches {s.relations_ok}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    for kind in sorted(s.by_kind_gold | s.by_kind_ours):
        print(f"  {kind:8} gold {s.by_kind_gold[kind]:3} ours {s.by_kind_ours[kind]:3} matched {s.by_kind[kind]:3}")
    if args.errors:
        for row in s.errors:
            print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
