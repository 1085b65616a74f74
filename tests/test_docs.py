"""audit.docs: docs/rules.md is generated from the registry and committed up to date."""

from __future__ import annotations

from audit.docs import RULES_PAGE, main, rules_markdown
from audit.registry import all_rules


def test_docs_rules_page_is_current():
    assert RULES_PAGE.read_text(encoding="utf-8") == rules_markdown(), "run: python -m audit.docs"


def test_docs_rules_page_lists_every_rule_with_its_sections():
    page = rules_markdown()
    for rule in all_rules():
        assert f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | {rule.name} | {rule.severity} | {rule.family} |" in page
        assert f"\n## {rule.code} {rule.name}\n" in page
    assert page.count("\n### What it does\n") == len(all_rules())
    assert page.count("\n### Why is this bad?\n") == len(all_rules())
    assert page.count("\n### Example\n") == len(all_rules())


def test_docs_check_mode_reports_a_current_page(capsys):
    assert main(["--check"]) == 0
