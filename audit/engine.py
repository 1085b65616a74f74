"""Running the rules over an extraction."""

from __future__ import annotations

from os import PathLike
from typing import Iterable

from extractor import Document, load
from extractor.extraction import Extraction, extract

from .model import Finding
from .registry import Rule, selected_rules


def check_extraction(extraction: Extraction, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """All findings of ``rules`` (default: every rule) on one extraction, deterministically sorted.

    Example: seed 000 yields a D001 finding for a 2023 report dated 2023年3月16日.
    """
    findings: list[Finding] = []
    for current in rules if rules is not None else selected_rules():
        findings.extend(current.check(extraction))
    # the same finding may come twice from one rule (a repeated paragraph is two findings, not one)
    unique = {(f.rule, tuple((e.start, e.end) for e in f.evidence)): f for f in findings}
    return sorted(unique.values(), key=Finding.sort_key)


def check(
    source: str | PathLike | Document | Extraction, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Finding]:
    """The findings on one report: a path (loaded with the default size limit), a loaded
    Document or an Extraction; ``select``/``ignore`` are code prefixes as on the command line.

    Example: ``check("seed 004", select=["D"])`` gives two D003 findings, 1996年6月29日 against
    劳社部发〔1999〕23号. Raises :class:`extractor.LoadError` when a path cannot be loaded.
    """
    if isinstance(source, Extraction):
        extraction = source
    else:
        extraction = extract(source if isinstance(source, Document) else load(source))
    return check_extraction(extraction, selected_rules(select, ignore))
