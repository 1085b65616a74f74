"""The seventh held-out set (corpora/heldout6): false alarms on its clean reports may only go
down, and recall on the contradictions planted by hand may only go up."""

from __future__ import annotations

from benchmarks.clean import run as run_clean
from benchmarks.gold import REPO
from benchmarks.heldout_errors import run as run_errors

FOLDER = REPO / "corpora" / "heldout6"
CEILING = 0
FOUND_FLOOR = 8
EXTRA_CEILING = 0


def test_heldout6_clean_reports_findings_at_most_ceiling():
    found = run_clean(FOLDER)
    assert len(found) == 6
    findings = [(name, f.rule, f.message) for name, fs in found.items() for f in fs]
    assert len(findings) <= CEILING, findings


def test_heldout6_planted_contradictions_found():
    score = run_errors(FOLDER / "errors")
    assert sum(score.expected.values()) == 9
    assert sum(score.found.values()) >= FOUND_FLOOR, score.lines
    assert len(score.extra) <= EXTRA_CEILING, score.extra
