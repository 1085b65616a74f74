"""SCORE: points of a score or weight — ``96.50分``, ``权重分值为 8 分``, ``（10分）``."""

from __future__ import annotations

from typing import Iterator


from ..regexes import compile_pattern
from .model import Entity
from .windows import finditer_near
from .numerals import decimal_places, parse_arabic
from .patterns import CANDIDATE_START, ARABIC, COMPARATOR, NUM_START, RANGE_DASH, SUFFIX, comparator_of

SCORE = compile_pattern(
    CANDIDATE_START + NUM_START + COMPARATOR + rf"(?:(?P<low>{ARABIC})\s?{RANGE_DASH}\s?)?(?P<num>{ARABIC})\s?分"
    + r"(?![之钟别析配类布散项管批期局支摊担红成辨清解值数])" + SUFFIX
)

_ANCHOR = compile_pattern("分")


def find_scores(text: str, view: str) -> Iterator[Entity]:
    """SCORE entities.

    >>> [(e.text, e.value) for e in find_scores("综合评分96.50分，", "综合评分96.50分,")]
    [('96.50分', Decimal('96.50'))]
    """
    for match in finditer_near(SCORE, view, _ANCHOR, 30, 5):
        raw = match.group("num")
        low = parse_arabic(match.group("low")) if match.group("low") else None
        value = parse_arabic(raw)
        yield Entity("SCORE", match.start(), match.end(), text[match.start():match.end()], low if low is not None else value,
                     places=decimal_places(raw), comparator=comparator_of(match), lower=low,
                     upper=value if low is not None else None, pattern="score")
