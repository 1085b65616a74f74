"""The entity tagger against the hand-made gold: per-label F1 and value accuracy may not drop
below the recorded floors (raise a floor when the tagger improves; never lower one silently)."""

from __future__ import annotations

import pytest

from benchmarks.entities import hard_pairs, score, seed_pairs
from benchmarks.gold import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")

SEED_FLOORS = {"MONEY": 0.99, "PERCENT": 0.99, "DATE": 0.98, "COUNT": 0.99, "DOCNO": 1.0, "SCORE": 0.99}
HARD_FLOORS = {"MONEY": 0.96, "PERCENT": 0.99, "DATE": 0.98, "COUNT": 0.98, "DOCNO": 1.0, "SCORE": 0.96}


@pytest.fixture(scope="module")
def seed_scores():
    return score(seed_pairs())


@pytest.fixture(scope="module")
def hard_scores():
    return score(hard_pairs())


@pytest.mark.parametrize("label,floor", SEED_FLOORS.items(), ids=list(SEED_FLOORS))
def test_entities_seed_f1_at_least_floor(seed_scores, label, floor):
    assert seed_scores[label].f1 >= floor, (seed_scores[label].misses[:5], seed_scores[label].extras[:5])


@pytest.mark.parametrize("label,floor", HARD_FLOORS.items(), ids=list(HARD_FLOORS))
def test_entities_hard_case_f1_at_least_floor(hard_scores, label, floor):
    assert hard_scores[label].f1 >= floor, (hard_scores[label].misses[:5], hard_scores[label].extras[:5])


@pytest.mark.parametrize("label", list(SEED_FLOORS))
def test_entities_seed_values_exact(seed_scores, label):
    assert seed_scores[label].value_accuracy >= 0.995, seed_scores[label].wrong_values[:5]
