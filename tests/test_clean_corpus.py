"""False alarms on the independently written clean reports (corpora/clean): every finding on
them is one, so none may appear (the ceiling only ever goes down)."""

from __future__ import annotations

import pytest

from benchmarks.clean import run

UNCERTAIN_CEILING = 0


@pytest.fixture(scope="module")
def found():
    return run()


def test_clean_corpus_has_twelve_reports(found):
    assert len(found) == 12


def test_clean_corpus_no_fail_finding(found):
    fails = [(name, f.rule, f.message) for name, findings in found.items() for f in findings if f.status == "fail"]
    assert fails == []


def test_clean_corpus_uncertain_findings_at_most_ceiling(found):
    uncertain = [(name, f.rule, f.message) for name, findings in found.items() for f in findings if f.status == "uncertain"]
    assert len(uncertain) <= UNCERTAIN_CEILING, uncertain
