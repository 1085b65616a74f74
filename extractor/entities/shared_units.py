"""One unit shared by a list of numbers: ``收、支总计各是4125.49,4143.91万元``, ``分别为12、15、18人``.

The unit is written once, after the last number; each bare number before it, joined by 、 , ，
和 或 及 与, takes the same unit and scale (``unit_source="shared"``).
"""

from __future__ import annotations

from typing import Iterable, Iterator


from ..regexes import compile_pattern
from .model import Entity
from .numerals import NumeralError, decimal_places, parse_arabic, scaled

BARE_BEFORE = compile_pattern(r"(?<![\d.A-Za-z\-/])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:[、,，和或及与])\s?$")
_SHARING_LABELS = ("MONEY", "COUNT", "PERCENT", "SCORE")
_LOOKBACK = 24
_SEPARATORS = set("、,，和或及与")


def find_shared_units(text: str, view: str, entities: Iterable[Entity]) -> Iterator[Entity]:
    """Entities for bare numbers that share the unit of the entity after them.

    >>> from decimal import Decimal
    >>> last = Entity("MONEY", 8, 17, "4143.91万元", Decimal("41439100"), unit="万元", scale="万")
    >>> [(e.text, e.value) for e in find_shared_units("各是4125.49,4143.91万元", "各是4125.49,4143.91万元", [last])]
    [('4125.49', Decimal('41254900'))]
    """
    for entity in entities:
        if entity.label not in _SHARING_LABELS or entity.lower is not None:
            continue
        if entity.label in ("MONEY", "COUNT") and not entity.text[:1].isdigit():
            continue
        anchor = entity
        while True:
            if view[max(0, anchor.start - 2):anchor.start].strip(" ")[-1:] not in _SEPARATORS:
                break  # the cheap test first: a shared unit needs a list separator right before
            window_start = max(0, anchor.start - _LOOKBACK)
            found = BARE_BEFORE.search(view[window_start:anchor.start])
            if not found:
                break
            start = window_start + found.start("num")
            end = window_start + found.end("num")
            raw = found.group("num")
            try:
                number = parse_arabic(raw)
            except NumeralError:
                break
            value = scaled(number, entity.scale or "") if entity.label in ("MONEY", "COUNT") else number
            anchor = entity._replace(start=start, end=end, text=text[start:end], value=value, places=decimal_places(raw),
                             unit_source="shared", approx=False, comparator=None, pattern=f"{entity.pattern}+shared")
            yield anchor
