"""T003 doubled-unit."""

from __future__ import annotations

from typing import Iterator

import regex

from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "T003", "doubled-unit", "warning"

# The unit written twice after a number, and the single unit meant.  元 must not start a word
# (元旦, 元月, 元宵, 元素, 元件 …) for 元元 to count.
DOUBLED = {
    "万元万元": "万元",
    "亿元亿元": "亿元",
    "万万元": "万元",
    "亿亿元": "亿元",
    "亿亿": "亿",
    "万元元": "万元",
    "亿元元": "亿元",
    "元元": "元",
    "%%": "%",
}
_NOT_A_UNIT_AFTER = "旦月宵素件首帅年器老气代"
FIGURE = compile_pattern(
    r"(?<![\d.])(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<units>"
    + "|".join(r"\s*".join(regex.escape(c) for c in units) for units in sorted(DOUBLED, key=len, reverse=True))
    + rf")(?![{_NOT_A_UNIT_AFTER}])"
)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds a number followed by its unit written twice: ``万万元``, ``亿亿元``, ``亿亿``, ``万元万元``,
    ``亿元亿元``, ``万元元``, ``元元``, ``%%`` (full-width forms and spaces between the units
    included). A number must come right before, and ``元`` must not begin a word (``500元元旦``).

    Why is this bad?
    A doubled unit is a typing slip that makes the magnitude ambiguous: ``100万万元`` read
    literally is 100亿元 (万万 = 亿), ten thousand times the 100万元 most likely meant. Figures
    whose unit is in doubt cannot be added up or compared.

    Example:
    ``项目支出169万万元`` — 169万元, or 169亿元?
    """
    document = extraction.document
    text = document.text
    subject = Occurrences()
    for match in FIGURE.finditer(document.normalized):
        start, end = match.span()
        units = regex.sub(r"\s", "", match.group("units"))
        found = text[start:end]
        meant = f"{match.group('number')}{DOUBLED[units]}"
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            status="fail",
            message=f"单位重复：{found}",
            message_en=f"unit written twice: {found}",
            evidence=(Evidence(start, end, found, "figure"),),
            expected=f"one unit: {meant}",
            subject=subject(f"{section_key(document, start)}#{found}"),
        )
