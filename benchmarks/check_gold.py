"""Verify gold files: JSON parses, text[start:end] == text, sorted, no overlaps.

    python -m benchmarks.check_gold
"""

from __future__ import annotations

import sys

from .gold import GOLD, hard_cases, read_jsonl, seed_entity_gold, seed_text


def problems() -> list[str]:
    """Every inconsistency found in the gold files."""
    found: list[str] = []
    for doc_id, records in seed_entity_gold().items():
        text = seed_text(doc_id)
        last_end = -1
        for record in records:
            if text[record["start"]:record["end"]] != record["text"]:
                found.append(f"{doc_id} {record['start']}: span text {text[record['start']:record['end']]!r} != {record['text']!r}")
            if record["start"] < last_end:
                found.append(f"{doc_id} {record['start']}: overlaps the previous record")
            last_end = max(last_end, record["end"])
    for case in hard_cases():
        for record in case["entities"]:
            if case["sentence"][record["start"]:record["end"]] != record["text"]:
                found.append(f"{case['doc']}: span {record['text']!r} misplaced")
    for name in ("findings.jsonl", "negatives.jsonl"):
        path = GOLD / name
        if not path.exists():
            continue
        for record in read_jsonl(path):
            text = seed_text(record["doc"])
            for evidence in record.get("evidence", []):
                if text[evidence["start"]:evidence["end"]] != evidence["text"]:
                    found.append(f"{name} {record['id']}: evidence {evidence['text']!r} misplaced")
    return found


def main() -> int:
    issues = problems()
    for issue in issues:
        print(issue)
    print(f"{len(issues)} problem(s)")
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
