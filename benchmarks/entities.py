"""Score the entity tagger on the gold data: per-label precision, recall, F1 (exact span) and
value accuracy of matched entities; seeds and hard cases separately.

    python -m benchmarks.entities [--peers] [--errors LABEL]

``--peers`` also runs JioNLP and Recognizers-Text where installed (benchmark only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from extractor.entities import LABELS, tag_entities
from extractor.loaders.compose import document_from_text

from .gold import hard_cases, seed_entity_gold, seed_text


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    wrong_values: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.tp if self.tp else 1.0


def same_value(label: str, gold_value, ours) -> bool:
    """Numbers compare numerically, dates and document numbers as strings."""
    if label in ("DATE", "DOCNO"):
        return str(gold_value) == str(ours)
    try:
        return Decimal(str(gold_value)) == Decimal(str(ours))
    except InvalidOperation:
        return False


def score(pairs) -> dict[str, LabelScore]:
    """``pairs``: iterable of (doc id, text, gold records, our entities)."""
    scores = {label: LabelScore() for label in LABELS}
    for doc_id, text, gold, ours in pairs:
        gold_by_span = {(g["start"], g["end"], g["label"]): g for g in gold}
        ours_by_span = {(e.start, e.end, e.label): e for e in ours}
        for key, g in gold_by_span.items():
            s = scores[key[2]]
            if key in ours_by_span:
                s.tp += 1
                if same_value(key[2], g["value"], ours_by_span[key].to_dict()["value"]):
                    s.value_ok += 1
                else:
                    s.wrong_values.append((doc_id, g["text"], g["value"], ours_by_span[key].to_dict()["value"]))
            else:
                s.fn += 1
                s.misses.append((doc_id, g["text"], _context(text, g["start"], g["end"])))
        for key, e in ours_by_span.items():
            if key not in gold_by_span:
                scores[key[2]].fp += 1
                scores[key[2]].extras.append((doc_id, e.text, _context(text, e.start, e.end)))
    return scores


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 12):start] + "[" + text[start:end] + "]" + text[end:end + 8]).replace("\n", "⏎")


def seed_pairs():
    for doc_id, gold in sorted(seed_entity_gold().items()):
        text = seed_text(doc_id)
        document = document_from_text(doc_id, "txt", text)
        yield doc_id, text, gold, tag_entities(document).entities


def hard_pairs():
    for case in hard_cases():
        document = document_from_text(case["doc"], "txt", case["sentence"])
        yield case["doc"], case["sentence"], case["entities"], tag_entities(document, case.get("fiscal_year")).entities


def print_table(title: str, scores: dict[str, LabelScore]) -> None:
    print(f"\n{title}")
    print(f"{'label':8} {'gold':>5} {'P':>7} {'R':>7} {'F1':>7} {'value':>7}")
    total = LabelScore()
    for label, s in scores.items():
        print(f"{label:8} {s.tp + s.fn:5d} {s.precision:7.3f} {s.recall:7.3f} {s.f1:7.3f} {s.value_accuracy:7.3f}")
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        total.value_ok += s.value_ok
    print(f"{'all':8} {total.tp + total.fn:5d} {total.precision:7.3f} {total.recall:7.3f} {total.f1:7.3f} {total.value_accuracy:7.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", metavar="LABEL", help="list misses, extras and wrong values for LABEL")
    args = parser.parse_args(argv)
    results = {"seeds": score(seed_pairs()), "hard cases": score(hard_pairs())}
    for title, scores in results.items():
        print_table(title, scores)
    if args.errors:
        for title, scores in results.items():
            s = scores[args.errors]
            print(f"\n== {title} {args.errors}: misses")
            for row in s.misses:
                print("  ", *row)
            print(f"== {title} {args.errors}: extras")
            for row in s.extras:
                print("  ", *row)
            print(f"== {title} {args.errors}: wrong values")
            for row in s.wrong_values:
                print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
