"""SCORE: points of a score or weight — ``96.50分``, ``权重分值为 8 分``, ``（10分）``."""

from __future__ import annotations

from typing import Iterator

import regex

from .model import Entity
from .numerals import decimal_places, parse_arabic
from .patterns import ARABIC, NUM_START

SCORE = regex.compile(NUM_START + rf"(?P<num>{ARABIC})\s?分(?![之钟别析配类布散项管批期局支摊担红成辨清解])")


def find_scores(text: str, view: str) -> Iterator[Entity]:
    """SCORE entities.

    >>> [(e.text, e.value) for e in find_scores("综合评分96.50分，", "综合评分96.50分,")]
    [('96.50分', Decimal('96.50'))]
    """
    for match in SCORE.finditer(view):
        raw = match.group("num")
        yield Entity("SCORE", match.start(), match.end(), text[match.start():match.end()], parse_arabic(raw),
                     places=decimal_places(raw), pattern="score")
