"""Score the audit against the expected findings written by reading the seeds.

    python -m benchmarks.audit [--list]

A gold finding is found when one of our findings of the same family has an evidence span that
overlaps one of its evidence spans.  Our findings that match no gold finding are listed for
judgement (a real contradiction the gold missed, or a false alarm); findings that touch a hard
negative's evidence are counted as false alarms.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from audit.engine import check_extraction
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

from .gold import GOLD, read_jsonl, seed_text

FAMILY_OF_CODE = {"V": "value-conflict", "S": "sum", "R": "ratio", "D": "date", "C": "score", "P": "part-whole", "T": "structure"}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def run() -> dict:
    gold = read_jsonl(GOLD / "findings.jsonl")
    negatives = read_jsonl(GOLD / "negatives.jsonl")
    docs = sorted({g["doc"] for g in gold} | {n["doc"] for n in negatives})
    ours = {}
    for doc in docs:
        extraction = extract(document_from_text(doc, "txt", seed_text(doc)))
        ours[doc] = check_extraction(extraction)
    found, missed, matched_ids = [], [], set()
    for record in gold:
        hits = [
            f for f in ours[record["doc"]]
            if FAMILY_OF_CODE[f.rule[0]] == record["family"]
            and any(overlaps(e.start, e.end, g["start"], g["end"]) for e in f.evidence for g in record["evidence"])
        ]
        (found if hits else missed).append(record)
        matched_ids.update(id(h) for h in hits)
    unmatched = [(doc, f) for doc in docs for f in ours[doc] if id(f) not in matched_ids]
    false_on_negatives = []
    for record in negatives:
        spans = [(e["start"], e["end"]) for e in record["evidence"]]
        for f in ours[record["doc"]]:
            touched = {(s, e) for s, e in spans for ev in f.evidence if overlaps(ev.start, ev.end, s, e)}
            if len(touched) >= max(2, len(spans)) or (len(spans) == 1 and touched):
                false_on_negatives.append((record, f))
    return {"gold": gold, "found": found, "missed": missed, "unmatched": unmatched, "negatives": false_on_negatives, "ours": ours}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list misses and unmatched findings")
    args = parser.parse_args(argv)
    result = run()
    gold, found = result["gold"], result["found"]
    by_status = Counter(g["status"] for g in gold)
    found_by_status = Counter(g["status"] for g in found)
    print(f"expected findings found: {len(found)}/{len(gold)}"
          f" (fail {found_by_status['fail']}/{by_status['fail']}, uncertain {found_by_status['uncertain']}/{by_status['uncertain']})")
    families = Counter(g["family"] for g in gold)
    found_families = Counter(g["family"] for g in found)
    for family in sorted(families):
        print(f"  {family:15} {found_families[family]}/{families[family]}")
    ours = [f for fs in result["ours"].values() for f in fs]
    fails = [f for f in ours if f.status == "fail"]
    print(f"our findings: {len(ours)} ({len(fails)} fail); not matching a recorded finding: {len(result['unmatched'])}")
    print(f"findings on hard negatives: {len(result['negatives'])}")
    if args.list:
        print("\nmissed:")
        for record in result["missed"]:
            print(f"  {record['doc'][:3]} {record['status']:9} {record['id']}: {record['description'][:110]}")
        print("\nnot matching a recorded finding:")
        for doc, f in result["unmatched"]:
            print(f"  {doc[:3]} {f.rule} {f.status:9} {f.message[:110]}")
        print("\non hard negatives:")
        for record, f in result["negatives"]:
            print(f"  {record['doc'][:3]} {record['id']} ← {f.rule} {f.message[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
