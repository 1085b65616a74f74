"""Interval arithmetic for stated figures (the tolerance model of XBRL Calculations 1.1).

A value written with d decimals in a unit of scale s stands for ``[v − ½·10⁻ᵈ·s, v + ½·10⁻ᵈ·s]``:
``673.60万元`` is any amount in [6 735 950, 6 736 050] yuan.  Sums add intervals, ratios divide
them; two statements are compatible when their intervals overlap.  No fixed epsilon anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extractor.entities.numerals import SCALE_WORDS

HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval ``[low, high]`` of Decimals."""

    low: Decimal
    high: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    @classmethod
    def stated(cls, value: Decimal, places: int | None, scale: str | None = None) -> "Interval":
        """The interval a written figure stands for.

        >>> Interval.stated(Decimal("6736000"), 2, "万")
        Interval(low=Decimal('6735950.000'), high=Decimal('6736050.000'))
        """
        half = HALF * Decimal(10) ** -(places or 0) * SCALE_WORDS.get(scale or "", Decimal(1))
        return cls(value - half, value + half)

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.low - other.high, self.high - other.low)

    def scale(self, factor: Decimal) -> "Interval":
        ends = (self.low * factor, self.high * factor)
        return Interval(min(ends), max(ends))

    def times(self, other: "Interval") -> "Interval":
        """``self × other``.

        >>> Interval(Decimal("0.97025"), Decimal("0.97035")).times(Interval(Decimal(10), Decimal(10)))
        Interval(low=Decimal('9.70250'), high=Decimal('9.70350'))
        """
        products = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def divide(self, other: "Interval") -> "Interval | None":
        """``self / other``; ``None`` when ``other`` contains zero (the ratio is unbounded).

        >>> Interval(Decimal(1), Decimal(2)).divide(Interval(Decimal(4), Decimal(5)))
        Interval(low=Decimal('0.2'), high=Decimal('0.5'))
        """
        if other.low <= 0 <= other.high:
            return None
        quotients = [a / b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(quotients), max(quotients))

    def overlaps(self, other: "Interval") -> bool:
        """Closed overlap: touching ends count as compatible (used for sums and ratios)."""
        return self.low <= other.high and other.low <= self.high

    def overlaps_open(self, other: "Interval") -> bool:
        """Overlap of the interiors: two figures rounded by one rule cannot both sit on a shared end.

        >>> Interval.stated(Decimal("1.3"), 1).overlaps_open(Interval.stated(Decimal("1.2"), 1))
        False
        """
        return self.low < other.high and other.low < self.high

    def __str__(self) -> str:
        return f"[{_plain(self.low)}, {_plain(self.high)}]"


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def truncation_explains(coarse: Decimal, coarse_places: int, fine: Decimal, scale: str | None = None) -> bool:
    """Whether ``coarse`` is ``fine`` cut (not rounded) to ``coarse_places`` decimals.

    >>> truncation_explains(Decimal("6590000"), 0, Decimal("6596600"), "万")
    True
    """
    unit = Decimal(10) ** -coarse_places * SCALE_WORDS.get(scale or "", Decimal(1))
    cut = (fine / unit).to_integral_value(rounding="ROUND_DOWN") * unit
    return cut == coarse
