"""The third held-out set (corpora/heldout2): false alarms on its clean reports may only go down,
and recall on the contradictions planted by hand in its error variants may only go up."""

from __future__ import annotations

from benchmarks.clean import run as run_clean
from benchmarks.gold import REPO
from benchmarks.heldout_errors import run as run_errors

FOLDER = REPO / "corpora" / "heldout2"
CEILING = 0
FOUND_FLOOR = 12


def test_heldout2_clean_reports_findings_at_most_ceiling():
    found = run_clean(FOLDER)
    assert len(found) == 8
    findings = [(name, f.rule, f.message) for name, fs in found.items() for f in fs]
    assert len(findings) <= CEILING, findings


def test_heldout2_planted_contradictions_found_and_nothing_else():
    score = run_errors(FOLDER / "errors")
    assert sum(score.expected.values()) == 12
    assert sum(score.found.values()) >= FOUND_FLOOR, score.lines
    assert score.extra == []
