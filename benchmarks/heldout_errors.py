"""Recall on contradictions planted by hand in held-out reports (corpora/heldout2/errors).

    python -m benchmarks.heldout_errors [--list] [--dir corpora/heldout2/errors]

Each ``NAME.txt`` is a clean held-out report into which a separate author, who never saw the
code, wrote two or three contradictions of the kind careless drafters make; ``NAME.expected.json``
lists them, each with its family and the exact texts an auditor would point at.  An expected
contradiction is found when a finding (``info`` excluded) has evidence overlapping one of its
texts; a finding that overlaps none is an extra finding — on a report whose clean twin raises
nothing, a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor import load
from extractor.extraction import extract

from .clean import reports_in

ERRORS = Path(__file__).resolve().parents[1] / "corpora" / "heldout2" / "errors"


@dataclass
class ErrorScore:
    """Expected contradictions found and missed, per family, and the findings matching none."""

    found: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.expected.values())
        return sum(self.found.values()) / total if total else 1.0


def _spans(text: str, snippets: list[str], name: str) -> list[tuple[int, int]]:
    """Where each evidence text occurs, once; a run of spaces in it matches any run of white space
    (the author copied ``年末结转和结余 334.39`` from a PDF viewer; the loader keeps the table
    cell boundary as a tab)."""
    spans = []
    for snippet in snippets:
        pattern = regex.compile(r"\s+".join(regex.escape(part) for part in snippet.split()))
        found = list(pattern.finditer(text))
        if len(found) != 1:
            raise ValueError(f"{name}: evidence {snippet!r} must occur exactly once (found {len(found)} times)")
        spans.append(found[0].span())
    return spans


def run(folder: Path = ERRORS) -> ErrorScore:
    """Score every ``*.txt`` in ``folder`` against its ``*.expected.json``."""
    rules = selected_rules()
    score = ErrorScore()
    for path in reports_in(folder):
        answers = path.with_suffix(".expected.json")
        if not answers.exists():
            raise SystemExit(f"{path}: no {answers.name} beside it — is {folder} a folder of reports with planted contradictions (…/errors)?")
        document = load(path)
        expected = json.loads(answers.read_text(encoding="utf-8"))
        findings = [f for f in check_extraction(extract(document), rules) if f.severity != "info"]
        matched: set[int] = set()
        for item in expected:
            spans = _spans(document.text, item["evidence"], path.name)
            hits = [
                i for i, f in enumerate(findings)
                if any(e.start < end and start < e.end for e in f.evidence for start, end in spans)
            ]
            matched.update(hits)
            score.expected[item["family"]] += 1
            score.found[item["family"]] += bool(hits)
            codes = ", ".join(f"{findings[i].rule}/{findings[i].status}" for i in hits) or "—"
            score.lines.append(f"  {'found ' if hits else 'MISSED'} {path.name[:24]:24} {item['family']:15} {item['kind'][:60]}  [{codes}]")
        score.extra.extend(
            f"  {path.name[:24]:24} {f.rule} {f.status:9} {f.message}" for i, f in enumerate(findings) if i not in matched
        )
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="print every expected contradiction and extra finding")
    parser.add_argument("--dir", type=Path, default=ERRORS, help="folder of reports with planted contradictions")
    args = parser.parse_args(argv)
    score = run(args.dir)
    total, found = sum(score.expected.values()), sum(score.found.values())
    print(f"hand-planted contradictions: {total}; found {found} ({score.recall:.0%})")
    for family in sorted(score.expected):
        print(f"  {family:15} {score.found[family]}/{score.expected[family]}")
    print(f"findings matching no planted contradiction: {len(score.extra)}")
    if args.list:
        print("\n".join(score.lines + score.extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
