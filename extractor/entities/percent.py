"""PERCENT: ``1.3%``, ``≥90%``, ``98%以上``, ``10%-15%``, ``百分之九十八点五``, ``2.3个百分点`` (points)."""

from __future__ import annotations

from typing import Iterator


from ..regexes import compile_pattern
from .model import Entity
from .windows import finditer_near
from .numerals import NumeralError, decimal_places, parse_number
from .patterns import CANDIDATE_START, group, APPROX, ARABIC, CJK_NUM, COMPARATOR, NUM_START, NUMBER, RANGE_DASH, SUFFIX, qualifier_fields

SIGN = compile_pattern(
    CANDIDATE_START + NUM_START + COMPARATOR + APPROX + rf"(?:(?P<low>{ARABIC})\s?%?\s?{RANGE_DASH}\s?)?(?P<num>-?{ARABIC})\s?%" + SUFFIX
)
SPELLED = compile_pattern(COMPARATOR + APPROX + rf"百分之(?P<num>{CJK_NUM}|百)" + SUFFIX)
POINTS = compile_pattern(CANDIDATE_START + NUM_START + COMPARATOR + APPROX + rf"(?P<num>{NUMBER})\s?个?百分点")

_SCANS = (
    (SIGN, "percent:sign", compile_pattern("%"), 40, 4),
    (SPELLED, "percent:spelled", compile_pattern("百分之"), 8, 24),
    (POINTS, "percent:points", compile_pattern("百分点"), 30, 3),
)


def find_percent(text: str, view: str) -> Iterator[Entity]:
    """PERCENT entities.

    >>> [(e.text, e.value, e.points) for e in find_percent("下降2.3个百分点，增长1.3%", "下降2.3个百分点,增长1.3%")]
    [('1.3%', Decimal('1.3'), False), ('2.3个百分点', Decimal('2.3'), True)]
    """
    for pattern, kind, anchor, before, after in _SCANS:
        for match in finditer_near(pattern, view, anchor, before, after):
            try:
                value = parse_number(match.group("num"))
                low = parse_number(match.group("low")) if group(match, "low") else None
            except NumeralError:
                continue
            yield Entity(
                "PERCENT", match.start(), match.end(), text[match.start():match.end()], low if low is not None else value,
                places=decimal_places(match.group("num")), **qualifier_fields(match),
                points=kind == "percent:points", lower=low, upper=value if low is not None else None, pattern=kind,
            )
