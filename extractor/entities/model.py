"""The entity record: one tagged figure with its exact span and normalised value."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

LABELS = ("MONEY", "PERCENT", "DATE", "COUNT", "DOCNO", "SCORE")


class Entity(NamedTuple):
    """A figure in the text.  ``value`` is a ``Decimal`` for numbers and an ISO string for dates.

    Immutable; a named tuple rather than a frozen dataclass because a report has thousands of
    figures and a frozen dataclass spends most of its construction time guarding its fields.

    Example: ``673.60万元`` → ``Entity("MONEY", s, e, "673.60万元", Decimal("6736000"),
    unit="万元", scale="万", places=2)``.
    """

    label: str
    start: int
    end: int
    text: str
    value: Decimal | str
    unit: str | None = None
    unit_source: str | None = None
    scale: str | None = None
    places: int | None = None
    approx: bool = False
    comparator: str | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    points: bool = False
    granularity: str | None = None
    range: tuple[str, str] | None = None
    as_of: bool = False
    relative: bool = False
    issuer: str | None = None
    year: int | None = None
    serial: int | None = None
    pattern: str = ""

    def to_dict(self) -> dict:
        """The contract form: Decimals as strings, defaults left out except the core fields."""
        out: dict = {"label": self.label, "start": self.start, "end": self.end, "text": self.text, "value": _plain(self.value)}
        for name, value in zip(self._fields, self):
            if name in out or name == "pattern" or value is None or value is False:
                continue
            out[name] = list(value) if isinstance(value, tuple) else _plain(value)
        out["pattern"] = self.pattern
        return out


def _plain(value):
    if isinstance(value, Decimal):
        return format(value, "f")
    return value
