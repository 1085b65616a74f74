"""The rule registry: every module under ``audit/rules/`` defines one rule with ``@rule``.

A rule is a function ``check(extraction) -> Iterable[Finding]`` plus its metadata: a stable code
with a family prefix (``V`` value conflicts, ``S`` sums, ``R`` ratios, ``D`` dates, ``C`` scores,
``P`` parts and wholes, ``T`` structure), a kebab-case name, a default severity and a docstring in
*What it does / Why is this bad? / Example* form.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from typing import Callable, Iterable

FAMILIES = {
    "V": "value conflicts",
    "S": "sums (勾稽)",
    "R": "ratios",
    "D": "dates",
    "C": "scores",
    "P": "parts and wholes",
    "T": "structure",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    check: Callable
    doc: str

    @property
    def family(self) -> str:
        return FAMILIES[self.code[0]]

    @property
    def sections(self) -> dict[str, str]:
        """The docstring split into its parts, keyed by heading (empty text where one is missing).

        >>> Rule("T003", "doubled-unit", "warning", print,
        ...      "What it does:\\nA.\\n\\nWhy is this bad?\\nB.\\n\\nExample:\\n100万万元").sections["Example:"]
        '100万万元'
        """
        return doc_sections(self.doc)


_RULES: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str):
    """Register a rule function under ``code``.

    Example::

        @rule("V001", "value-conflict", "error")
        def check(extraction): ...
    """

    def register(function: Callable) -> Callable:
        if code in _RULES and _RULES[code].check is not function:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, severity, function, inspect.cleandoc(function.__doc__ or ""))
        return function

    return register


DOC_HEADINGS = ("What it does:", "Why is this bad?", "Example:")
_DOC_HEADING = re.compile(r"^(What it does:|Why is this bad\?|Example:)[ \t]*$", re.MULTILINE)


def doc_sections(doc: str) -> dict[str, str]:
    """A rule docstring's *What it does / Why is this bad? / Example* parts, stripped.

    >>> doc_sections("What it does:\\n查报告日期。\\nWhy is this bad?\\n日期错。\\nExample:\\n2023年3月16日")["Why is this bad?"]
    '日期错。'
    """
    parts = {heading: "" for heading in DOC_HEADINGS}
    marks = list(_DOC_HEADING.finditer(doc))
    for mark, following in zip(marks, marks[1:] + [None]):
        body = doc[mark.end(): following.start() if following else len(doc)]
        parts[mark.group(1)] = body.strip()
    return parts


def all_rules() -> list[Rule]:
    """Every rule, imported from ``audit/rules/`` on first use, ordered by code."""
    global _IMPORTED
    if not _IMPORTED:
        from . import rules as package

        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
        _IMPORTED = True  # the package's modules are listed once per process, not per document
    return [_RULES[code] for code in sorted(_RULES)]


_IMPORTED = False


def selected_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a ``select`` prefix (all when none) and with no ``ignore``
    prefix; ignore wins.

    >>> [r.code for r in selected_rules(select=["D"], ignore=["D002"])][:1]  # doctest: +SKIP
    ['D001']
    """
    select = [s.upper() for s in select if s]
    ignore = [s.upper() for s in ignore if s]
    chosen = []
    for candidate in all_rules():
        if select and not any(candidate.code.startswith(prefix) for prefix in select):
            continue
        if any(candidate.code.startswith(prefix) for prefix in ignore):
            continue
        chosen.append(candidate)
    return chosen
