"""audit.registry: every rule module registers one documented rule with a well-formed code."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import audit.rules
from audit.model import SEVERITIES
from audit.registry import DOC_HEADINGS, FAMILIES, all_rules, doc_sections, selected_rules

RULES = all_rules()
MODULES = sorted(f"{audit.rules.__name__}.{m.name}" for m in pkgutil.iter_modules(audit.rules.__path__))


@pytest.mark.parametrize("module", MODULES)
def test_registry_each_module_registers_exactly_one_rule(module):
    importlib.import_module(module)
    assert [r.code for r in RULES if r.check.__module__ == module] != []
    assert len([r for r in RULES if r.check.__module__ == module]) == 1, module


def test_registry_every_rule_comes_from_a_rule_module():
    assert sorted({r.check.__module__ for r in RULES}) == MODULES


def test_registry_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[VSRDCPT]\d{3}", code), code
        assert code[0] in FAMILIES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_registry_rule_metadata(rule):
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name), rule.name
    assert rule.severity in SEVERITIES
    assert rule.family == FAMILIES[rule.code[0]]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_registry_rule_docstring_has_the_three_sections(rule):
    headings = [line.strip() for line in rule.doc.splitlines() if line.strip() in DOC_HEADINGS]
    assert headings == list(DOC_HEADINGS), rule.code
    for heading, body in rule.sections.items():
        assert body, f"{rule.code}: empty {heading}"


def test_registry_doc_sections_of_a_partial_docstring():
    assert doc_sections("What it does:\n查日期。") == {"What it does:": "查日期。", "Why is this bad?": "", "Example:": ""}


def test_registry_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        ((), (), {r.code for r in RULES}),
        (("D",), (), {r.code for r in RULES if r.code.startswith("D")}),
        (("d002", "T"), (), {"D002"} | {r.code for r in RULES if r.code.startswith("T")}),
        (("D",), ("D002",), {r.code for r in RULES if r.code.startswith("D")} - {"D002"}),
        (("D002",), ("D",), set()),  # ignore wins
        ((), ("T", "D"), {r.code for r in RULES if r.code[0] not in "TD"}),
    ],
)
def test_registry_selected_rules_by_prefix(select, ignore, expected):
    assert {r.code for r in selected_rules(select, ignore)} == expected
