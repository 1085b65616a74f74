"""The examples in the audit helpers' docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "audit.context",
    "audit.dated_numbers",
    "audit.registry",
    "audit.render",
    "audit.report_dates",
    "audit.rules.achieved_differs_from_narrative",
    "audit.rules.heading_number_out_of_sequence",
    "audit.rules.restatement_differs",
]


@pytest.mark.parametrize("name", MODULES)
def test_audit_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
