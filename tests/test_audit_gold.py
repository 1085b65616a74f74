"""The audit on the real seeds against the contradictions recorded by reading them
(corpora/gold/findings.jsonl) and the hard negatives (corpora/gold/negatives.jsonl)."""

from __future__ import annotations

import pytest

from benchmarks.audit import run
from benchmarks.gold import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")

# every recorded contradiction the audit finds today; a regression drops one of these
FOUND = [
    "000-budget-basic-569.44+45.88", "000-car-decline-33.1-a", "000-car-decline-33.1-b",
    "000-date-events-after-report", "000-date-report-before-fy-end", "000-fines-659-vs-659.66-truncated",
    "000-fines-659.66-vs-633.39", "000-fund-balance-1.57-vs-6.90", "000-growth-1.3-vs-1.2",
    "000-sum-initial-budget-569.44", "001-basic-311.15-vs-313.74", "001-cars-0-vs-1",
    "001-gpb-spending-318.74-vs-313.74", "001-growth-zero-base-gpb", "001-growth-zero-base-total",
    "001-operating-costs-change-0", "001-personnel-269.77-vs-269.78", "001-project-spending-2.58-vs-2.59",
    "001-project2-actual-4-vs-2.58", "001-project2-budget-4-vs-6", "001-public-funds-43.96-vs-41.37",
    "001-score-budget-completion-1-of-3", "001-veterans-108-vs-109",
    "001-sangong-0.54-vs-2.28", "001-structure-heading-七-after-八", "001-structure-part-numerals",
    "001-structure-（一）（2）（三）-a", "001-structure-（一）（2）（三）-b", "001-sum-gpb-318.74-parts",
    "001-sum-rescue-funds-1311.21", "001-total-spending-313.72-vs-313.74", "001-totals-income-vs-spending-a",
    "001-totals-income-vs-spending-b", "002-posts-其中-exceeds-whole", "002-staff-4-exceeds-posts-3",
    "003-points-as-percent-1.08", "003-share-capital-0.75", "003-share-goods-16.06",
    "003-share-transfers-0.87", "003-share-wages-82.32", "003-structure-（一）（2）",
    "003-sum-basic-557.61", "004-date-1996-before-docno-1999-a", "004-date-1996-before-docno-1999-b",
    "000-kiosks-18-vs-21", "001-insured-43.66-vs-44.36", "002-total-score-79.12-vs-items-75.04",
    "002-midyear-execution-15-vs-1.88",
]


def test_audit_gold_every_recorded_contradiction_is_found(result):
    assert sorted(g["id"] for g in result["missed"]) == []


@pytest.fixture(scope="module")
def result():
    return run()


@pytest.mark.parametrize("finding_id", FOUND)
def test_audit_gold_recorded_contradiction_found(result, finding_id):
    assert finding_id in {g["id"] for g in result["found"]}


def test_audit_gold_nothing_on_hard_negatives(result):
    assert [(record["id"], f.rule, f.message) for record, f in result["negatives"]] == []


def test_audit_gold_every_fail_finding_is_a_recorded_contradiction(result):
    unexplained = [(doc, f.rule, f.message) for doc, f in result["unmatched"] if f.status == "fail"]
    assert unexplained == []


def test_audit_gold_statuses_and_severities_are_from_the_vocabulary(result):
    from audit.model import SEVERITIES, STATUSES

    findings = [f for found in result["ours"].values() for f in found]
    assert {f.status for f in findings} <= set(STATUSES)
    assert {f.severity for f in findings} <= set(SEVERITIES)
