"""extractor.regexes: each pattern on the engine that reads it unchanged, and reads it the same."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
import regex

import audit
import extractor
from extractor.normalize import normalize_view
from extractor.regexes import compile_pattern

from conftest import SEEDS


@pytest.mark.parametrize(
    "pattern, flags, scans, engine",
    [
        (r"年初预算\d+(?:\.\d+)?万元", 0, False, "re"),  # plain: re
        (r"(?<=[，,])比上年(?:增加|减少)", 0, False, "re"),  # fixed-width lookbehind: re reads it
        (r"[a-z]+", regex.IGNORECASE, False, "re"),  # a flag both engines share
        (r"\p{Han}{2,}", 0, False, "regex"),  # a Unicode property: regex syntax
        (r"(?<=预算[^，]*)\d+", 0, False, "regex"),  # variable-width lookbehind: re refuses it
        (r"[，,；;。]", regex.REVERSE, False, "regex"),  # searching backwards: regex only
        (r"[[:alpha:]]", 0, False, "regex"),  # re warns of a nested set: not read the same
        (r"(?<!\d)(?:19|20)\d{2}年", 0, True, "regex"),  # a whole-text scan: regex skips ahead faster
    ],
)
def test_compile_pattern_engine(pattern, flags, scans, engine):
    compiled = compile_pattern(pattern, flags, scans=scans)
    assert isinstance(compiled, re.Pattern if engine == "re" else regex.Pattern)


def _project_patterns() -> list[tuple[str, re.Pattern]]:
    """Every text pattern a module of extractor or audit compiled with re, named by module and variable."""
    found: dict[int, tuple[str, re.Pattern]] = {}
    for package in (extractor, audit):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            stack = [(f"{info.name}.{name}", value) for name, value in vars(module).items()]
            while stack:
                name, value = stack.pop()
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.setdefault(id(value), (name, value))
                elif isinstance(value, (tuple, list, frozenset, set)) and len(value) < 200:
                    stack.extend((f"{name}[{i}]", item) for i, item in enumerate(value))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _project_patterns()


def test_most_patterns_run_on_re():
    assert len(PATTERNS) > 300  # the point of the module: a failure here means compile_pattern fell back


@pytest.fixture(scope="module")
def seed_views() -> list[str]:
    return [normalize_view(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]


def test_re_patterns_match_as_regex_does(seed_views):
    """On the five seeds, every re-compiled pattern finds exactly the matches regex finds."""
    differing = []
    for name, pattern in PATTERNS:
        twin = regex.compile(pattern.pattern, pattern.flags & ~re.UNICODE)
        for view in seed_views:
            ours = [(m.span(), m.groups()) for m in pattern.finditer(view)]
            theirs = [(m.span(), m.groups()) for m in twin.finditer(view)]
            if ours != theirs:
                differing.append(name)
                break
    assert differing == []
