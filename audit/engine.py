"""Running the rules over an extraction."""

from __future__ import annotations

from typing import Iterable

from extractor.extraction import Extraction

from .model import Finding
from .registry import Rule, selected_rules


def check_extraction(extraction: Extraction, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """All findings of ``rules`` (default: every rule) on one extraction, deterministically sorted.

    Example: seed 000 yields a D001 finding for a 2023 report dated 2023年3月16日.
    """
    findings: list[Finding] = []
    for current in rules if rules is not None else selected_rules():
        findings.extend(current.check(extraction))
    unique = {f.fingerprint: f for f in findings}
    return sorted(unique.values(), key=Finding.sort_key)
