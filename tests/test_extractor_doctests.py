"""The examples in the extractor helpers' docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "extractor.entities.document_dates",
    "extractor.facts.binding",
    "extractor.facts.lexicon",
    "extractor.facts.table_binding",
    "extractor.structure.tables",
]


@pytest.mark.parametrize("name", MODULES)
def test_extractor_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
