"""Score the entity tagger on the gold data: per-label precision, recall, F1 (exact span) and
value accuracy of matched entities; seeds and hard cases separately.

    python -m benchmarks.entities [--peers] [--errors LABEL]

``--peers`` also runs JioNLP and Recognizers-Text where installed (benchmark only; adapters in
:mod:`benchmarks.peers`) on the same texts and gold, and prints per label, side by side, the F1 on
exact spans, the value accuracy of the exact matches and a lenient F1 where any overlap of a
prediction with a gold entity of the same label counts as a match.  With ``--errors LABEL`` the
peers' misses, extras and wrong values are listed too.
"""

from __future__ import annotations

import argparse
import sys
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


@dataclass
class OverlapScore:
    """Lenient matching: a prediction counts when it overlaps a gold entity of its label, a gold
    entity is found when some prediction of its label overlaps it."""

    predicted: int = 0
    predicted_hit: int = 0
    gold: int = 0
    gold_hit: int = 0

    @property
    def f1(self) -> float:
        p = self.predicted_hit / self.predicted if self.predicted else 1.0
        r = self.gold_hit / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "OverlapScore") -> None:
        self.predicted += other.predicted
        self.predicted_hit += other.predicted_hit
        self.gold += other.gold
        self.gold_hit += other.gold_hit


def overlap_score(pairs) -> dict[str, OverlapScore]:
    """Per-label lenient (overlap) counts over the same ``pairs`` as :func:`score`."""
    scores = {label: OverlapScore() for label in LABELS}
    for _doc_id, _text, gold, ours in pairs:
        predicted = {(e.start, e.end, e.label) for e in ours}
        golds = {(g["start"], g["end"], g["label"]) for g in gold}
        for start, end, label in predicted:
            s = scores[label]
            s.predicted += 1
            s.predicted_hit += any(gl == label and gs < end and start < ge for gs, ge, gl in golds)
        for start, end, label in golds:
            s = scores[label]
            s.gold += 1
            s.gold_hit += any(pl == label and ps < end and start < pe for ps, pe, pl in predicted)
    return scores


def seed_docs() -> list[tuple[str, str, list[dict], int | None]]:
    """(doc id, text, gold, fiscal year) of every seed; the fiscal year is the one jiaohe detects
    (the gold's relative dates are resolved against the same year)."""
    from extractor.entities.document_dates import detect_fiscal_year

    docs = []
    for doc_id, gold in sorted(seed_entity_gold().items()):
        text = seed_text(doc_id)
        document = document_from_text(doc_id, "txt", text)
        docs.append((doc_id, text, gold, detect_fiscal_year(document.normalized)))
    return docs


def hard_docs() -> list[tuple[str, str, list[dict], int | None]]:
    return [(c["doc"], c["sentence"], c["entities"], c.get("fiscal_year")) for c in hard_cases()]


def peer_pairs(peer, docs):
    """The same (doc id, text, gold, entities) pairs as :func:`seed_pairs`, from a peer."""
    for doc_id, text, gold, fiscal_year in docs:
        yield doc_id, text, gold, peer.run(text, fiscal_year)


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


COMMON = ("MONEY", "DATE")  # the labels all three systems cover

PEER_LEGEND = """\
F1 = exact span and label (the headline); val = share of the exact matches whose value equals
the gold value (money in yuan, percent as a number, dates as ISO at their granularity — a peer
that gives no comparable value counts as wrong; 'n/a' = no exact match); ovl = lenient F1, a
prediction overlapping a gold entity of its label counts. '—' = the system has no such label.
JioNLP runs extract_money + extract_time; Recognizers-Text (Chinese) runs currency, percentage and
datetime; both get 31 Dec of the fiscal year as reference date; their spans are trimmed of
surrounding whitespace and a peer's DATE overlapping its own MONEY/PERCENT is dropped
(adapters: benchmarks/peers.py). Spans follow the gold's conventions (qualifiers such as 约, 不低于,
以上, ≥ and 截至 inside the span; 年度 whole; bare table cells whose unit is in a header are MONEY),
which the peers do not share: ovl shows how much of the gap is span convention.
MONEY+DATE = micro-average over the two labels all three cover."""


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def _cells(label_scores: list[tuple[LabelScore, OverlapScore]] | None) -> str:
    if label_scores is None:
        return f"{'—':>5} {'—':>5} {'—':>5}"
    exact, lenient = LabelScore(), OverlapScore()
    for e, o in label_scores:
        exact.tp += e.tp
        exact.fp += e.fp
        exact.fn += e.fn
        exact.value_ok += e.value_ok
        lenient.add(o)
    value = exact.value_ok / exact.tp if exact.tp else None
    return f"{exact.f1:5.3f} {_fmt(value)} {lenient.f1:5.3f}"


def print_peer_table(title: str, systems: list[tuple[str, tuple[str, ...], dict, dict]]) -> None:
    """``systems``: (name, labels covered, exact scores, overlap scores), jiaohe first."""
    width = 17
    print(f"\n{title}: jiaohe beside its peers (exact-span F1, value accuracy, overlap F1)")
    print(f"{'':10} {'':>5} " + " ".join(f"| {name:<{width}}" for name, *_ in systems).rstrip())
    print(f"{'label':10} {'gold':>5} " + " ".join(f"| {'F1':>5} {'val':>5} {'ovl':>5}" for _ in systems))
    gold_scores = systems[0][2]
    rows = [(label, (label,)) for label in LABELS] + [("+".join(COMMON), COMMON)]
    for row, labels in rows:
        gold_n = sum(gold_scores[label].tp + gold_scores[label].fn for label in labels)
        cells = []
        for _name, covered, exact, lenient in systems:
            if all(label in covered for label in labels):
                cells.append(_cells([(exact[label], lenient[label]) for label in labels]))
            else:
                cells.append(_cells(None))
        print(f"{row:10} {gold_n:5d} " + " ".join(f"| {cell:<{width}}" for cell in cells).rstrip())


def print_errors(title: str, label: str, s: LabelScore) -> None:
    print(f"\n== {title} {label}: misses")
    for row in s.misses:
        print("  ", *row)
    print(f"== {title} {label}: extras")
    for row in s.extras:
        print("  ", *row)
    print(f"== {title} {label}: wrong values")
    for row in s.wrong_values:
        print("  ", *row)


def run_peers(errors: str | None) -> None:
    from .peers import PEERS, available_peers  # never imported unless asked for

    peers, missing = available_peers()
    print("\npeers:")
    for peer in PEERS:
        if peer.name in missing:
            print(f"  {peer.name}: not installed ({missing[peer.name]}) — {peer.install}")
        else:
            print(f"  {peer.name}: installed")
    sets = {"seeds": (seed_docs(), seed_pairs), "hard cases": (hard_docs(), hard_pairs)}
    for title, (docs, ours) in sets.items():
        systems = [("jiaohe", tuple(LABELS), score(ours()), overlap_score(ours()))]
        for peer in peers:
            pairs = list(peer_pairs(peer, docs))
            systems.append((peer.name, peer.labels, score(pairs), overlap_score(pairs)))
        print_peer_table(title, systems)
        if errors:
            for name, covered, exact, _lenient in systems[1:]:
                if errors in covered:
                    print_errors(f"{title} [{name}]", errors, exact[errors])
    print("\n" + PEER_LEGEND)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", metavar="LABEL", help="list misses, extras and wrong values for LABEL")
    parser.add_argument("--peers", action="store_true",
                        help="also score JioNLP and Recognizers-Text where installed (benchmark only)")
    args = parser.parse_args(argv)
    results = {"seeds": score(seed_pairs()), "hard cases": score(hard_pairs())}
    for title, scores in results.items():
        print_table(title, scores)
    if args.errors:
        for title, scores in results.items():
            print_errors(title, args.errors, scores[args.errors])
    if args.peers:
        run_peers(args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
