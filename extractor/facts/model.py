"""Facts (a figure bound to what it measures) and relations between facts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..entities.model import Entity

ROLES = (
    "value", "budget", "adjusted_budget", "adjustment", "actual", "growth", "change", "share", "rate",
    "target", "achieved", "weight", "score",
)
MEASURES = ("amount", "count", "percent", "points", "score")


# Not frozen: a frozen dataclass guards each field on construction, about seven times the cost of
# plain slots, and a report builds tens of thousands of facts.  Treat them as immutable all the
# same (``dataclasses.replace`` makes a changed copy); the hash still covers every field.
@dataclass(slots=True, unsafe_hash=True)
class Fact:
    """One figure bound to its indicator.

    Example: in ``医保基金累计征收7.55亿元`` the MONEY entity becomes
    ``Fact(indicator="医保基金累计征收", key="医保基金征收", measure="amount", role="value",
    period="2023", …)``.
    """

    entity: Entity
    indicator: str
    key: str
    measure: str
    role: str
    period: str
    sign: int = 1
    inherited: bool = False
    sentence_start: int = 0
    sentence_end: int = 0
    section: tuple[str, ...] = ()
    row_header: str = ""
    col_header: str = ""
    source: str = "text"
    of: str = ""
    role_carried: bool = False

    @property
    def start(self) -> int:
        return self.entity.start

    @property
    def end(self) -> int:
        return self.entity.end

    @property
    def value(self) -> Decimal:
        return self.entity.value

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """What must match for two facts to state the same thing: key, measure, role, period."""
        return (self.key, self.measure, self.role, self.period)

    def to_dict(self) -> dict:
        value = self.entity.value
        out = {
            "indicator": self.indicator,
            "key": self.key,
            "measure": self.measure,
            "role": self.role,
            "period": self.period,
            "value": format(value, "f") if isinstance(value, Decimal) else value,
            "start": self.start,
            "end": self.end,
            "text": self.entity.text,
            "sentence": [self.sentence_start, self.sentence_end],
            "section": list(self.section),
            "source": self.source,
        }
        if self.role in ("growth", "change", "adjustment"):
            out["sign"] = self.sign
        if self.inherited:
            out["inherited"] = True
        if self.of:
            out["of"] = self.of
        if self.source == "table":
            out["row_header"] = self.row_header
            out["col_header"] = self.col_header
        return out


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention, as Fact
class Relation:
    """An explicit link between facts: ``kind`` and named members (each a Fact or None).

    Example: ``Relation("parts", {"total": 1498.48万元}, parts=(719.48万元, 779万元))``.
    """

    kind: str
    members: tuple[tuple[str, Fact | None], ...]
    parts: tuple[Fact, ...] = ()
    source: str = "text"

    def member(self, name: str) -> Fact | None:
        return dict(self.members).get(name)

    def to_dict(self) -> dict:
        out: dict = {"kind": self.kind, "source": self.source}
        for name, fact in self.members:
            out[name] = None if fact is None else [fact.start, fact.end]
        if self.parts:
            out["parts"] = [[fact.start, fact.end] for fact in self.parts]
        return out


def swap_facts(facts: list[Fact], relations: list[Relation], swapped: dict[int, Fact]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with each fact whose ``id`` is in ``swapped`` replaced by its new version,
    wherever a relation names it.

    Example: re-keying 20.00万元 from 转移支付 to 提升医保服务能力经费 re-keys it in its relations too.
    """
    if not swapped:
        return facts, relations

    def swap(fact: Fact | None) -> Fact | None:
        return None if fact is None else swapped.get(id(fact), fact)

    return [swap(f) for f in facts], [
        replace(r, members=tuple((name, swap(f)) for name, f in r.members), parts=tuple(swap(p) for p in r.parts)) for r in relations
    ]


PEOPLE_UNITS = frozenset({"人", "名", "位"})


def counting_unit(fact: Fact) -> str:
    """The measure-word family a count is in ("" for other measures): 人, 名 and 位 count people alike.

    Example: ``26人`` and ``9名`` give ``"人"``; ``1台`` gives ``"台"``.
    """
    if fact.measure != "count":
        return ""
    unit = fact.entity.unit or ""
    return "人" if unit in PEOPLE_UNITS else unit
