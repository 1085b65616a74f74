"""Reading the gold annotations in corpora/gold (format: docs/gold-format.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpora" / "gold"
SEEDS = REPO.parent / "shared" / "seeds"


def read_jsonl(path: Path) -> list[dict]:
    """All records of a JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def seed_entity_gold() -> dict[str, list[dict]]:
    """Gold entities per seed document id, parts merged, in text order."""
    per_doc: dict[str, list[dict]] = defaultdict(list)
    for path in sorted((GOLD / "entities").glob("*.jsonl")):
        doc_id = path.name.split(".")[0]
        per_doc[doc_id].extend(read_jsonl(path))
    for records in per_doc.values():
        records.sort(key=lambda r: (r["start"], r["end"]))
    return dict(per_doc)


def seed_text(doc_id: str) -> str:
    """The decoded text of a seed report."""
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def hard_cases() -> list[dict]:
    """The hand-written hard-case sentences with their entities."""
    path = GOLD / "hard_cases.jsonl"
    return read_jsonl(path) if path.exists() else []


def seed_fact_gold() -> dict[str, list[dict]]:
    """Gold facts per seed document id (``corpora/gold/facts``)."""
    return {path.name.split(".")[0]: read_jsonl(path) for path in sorted((GOLD / "facts").glob("*.jsonl"))}


def seed_relation_gold() -> dict[str, list[dict]]:
    """Gold relations per seed document id (``corpora/gold/relations``)."""
    return {path.name.split(".")[0]: read_jsonl(path) for path in sorted((GOLD / "relations").glob("*.jsonl"))}
