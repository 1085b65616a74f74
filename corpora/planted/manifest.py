"""Where the plantable figures of a report are, and edits that keep those offsets right.

A :class:`Manifest` names every figure a mutation may change (``basic.personnel`` →
``401.20万元`` at [224, 232)) and the stretches a rewrite may move (``sentence.car``). Every edit
— replacing a span, swapping two stretches, inserting a paragraph — returns the new text with a
manifest whose offsets point into it, so a second edit, or the scorer, can rely on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Mapping

Span = tuple[int, int]


@dataclass(frozen=True)
class Slot:
    """One figure or word as written: ``Slot("basic.personnel", 224, 232, "401.20万元", "money",
    Decimal("4012000"), places=2, unit="万元")``. ``value`` is in yuan for money, in % for
    percents, ISO for dates and the word itself for ``word`` slots (下降, 优)."""

    name: str
    start: int
    end: int
    text: str
    kind: str
    value: Decimal | str | None = None
    places: int | None = None
    unit: str | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        out = {"name": self.name, "start": self.start, "end": self.end, "text": self.text, "kind": self.kind}
        if self.value is not None:
            out["value"] = format(self.value, "f") if isinstance(self.value, Decimal) else self.value
        if self.places is not None:
            out["places"] = self.places
        if self.unit is not None:
            out["unit"] = self.unit
        return out


@dataclass(frozen=True)
class Manifest:
    """The slots and movable segments of one report, and the facts it was written from."""

    seed: int | str
    slots: Mapping[str, Slot]
    segments: Mapping[str, Span] = field(default_factory=dict)
    facts: Mapping[str, object] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Slot:
        return self.slots[name]

    def __contains__(self, name: str) -> bool:
        return name in self.slots

    def named(self, prefix: str) -> list[Slot]:
        """Slots whose name starts with ``prefix``, in text order."""
        return sorted((s for n, s in self.slots.items() if n.startswith(prefix)), key=lambda s: s.start)

    def to_dict(self) -> dict:
        return {
            "seed": self.seed,
            "facts": {k: (format(v, "f") if isinstance(v, Decimal) else v) for k, v in self.facts.items()},
            "slots": [s.to_dict() for s in sorted(self.slots.values(), key=lambda s: s.start)],
            "segments": {k: list(v) for k, v in self.segments.items()},
        }


@dataclass(frozen=True)
class Expected:
    """What an edit should make the tool say.

    ``codes`` are the rule codes that count as finding the planted error (empty for a harmless
    rewrite, which must raise nothing); ``spans`` are where such a finding's evidence must touch;
    ``changed`` are the edited spans. All offsets are into the new text.
    """

    kind: str
    codes: tuple[str, ...]
    spans: tuple[Span, ...]
    changed: tuple[Span, ...]
    description: str
    manifest: Manifest
    site: str = ""

    @property
    def harmless(self) -> bool:
        return not self.codes


def _shift(start: int, end: int, at: int, old_end: int, delta: int) -> Span:
    """A span after replacing [at, old_end) by a text ``delta`` longer."""
    if end <= at and not (start == end == at):
        return (start, end)
    if start >= old_end:
        return (start + delta, end + delta)
    if start <= at and old_end <= end:
        return (start, end + delta)
    raise ValueError(f"span [{start}, {end}) straddles the edit [{at}, {old_end})")


def replace_span(text: str, manifest: Manifest, start: int, end: int, new: str, **slot_fields) -> tuple[str, Manifest]:
    """Replace ``text[start:end]`` by ``new``. A slot exactly on that span takes the new text
    (and ``slot_fields`` such as ``value=``); slots after it shift; slots and segments around it
    grow or shrink.

    Example: replacing ``401.20万元`` by ``411.20万元`` moves nothing; by ``401.20元`` moves
    every later slot one place left.
    """
    delta = len(new) - (end - start)
    slots = {}
    for name, slot in manifest.slots.items():
        if (slot.start, slot.end) == (start, end):
            slots[name] = replace(slot, end=start + len(new), text=new, **slot_fields)
        else:
            s, e = _shift(slot.start, slot.end, start, end, delta)
            slots[name] = replace(slot, start=s, end=e)
    segments = {name: _shift(s, e, start, end, delta) for name, (s, e) in manifest.segments.items()}
    return text[:start] + new + text[end:], replace(manifest, slots=slots, segments=segments)


def edit_slot(text: str, manifest: Manifest, name: str, new: str, **slot_fields) -> tuple[str, Manifest]:
    """Replace one slot's text (see :func:`replace_span`)."""
    slot = manifest[name]
    return replace_span(text, manifest, slot.start, slot.end, new, **slot_fields)


def swap_segments(text: str, manifest: Manifest, first: str, second: str) -> tuple[str, Manifest]:
    """Exchange two non-overlapping segments (``first`` before ``second``), moving the slots
    inside them along.

    Example: swapping ``sentence.car`` and ``sentence.reception`` puts the 公务接待费 sentence first.
    """
    (a0, a1), (b0, b1) = manifest.segments[first], manifest.segments[second]
    if not a1 <= b0:
        raise ValueError(f"{first} must end before {second} starts")
    len_a, len_b = a1 - a0, b1 - b0

    def moved(p: int) -> int:
        if p < a0 or p >= b1:
            return p
        if p < a1:
            return p + (b1 - a1)
        if p < b0:
            return p + len_b - len_a
        return p - (b0 - a0)

    def move(s: int, e: int) -> Span:
        if e <= a0 or s >= b1 or (s <= a0 and b1 <= e):
            return (s, e)
        if (a0 <= s and e <= a1) or (a1 <= s and e <= b0) or (b0 <= s and e <= b1):
            return (moved(s), moved(s) + (e - s))
        raise ValueError(f"span [{s}, {e}) straddles a moved segment")

    new_text = text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]
    slots = {name: replace(slot, start=(m := move(slot.start, slot.end))[0], end=m[1]) for name, slot in manifest.slots.items()}
    segments = {}
    for name, (s, e) in manifest.segments.items():
        if name == first:
            segments[name] = (a0 + len_b + (b0 - a1), b1)
        elif name == second:
            segments[name] = (a0, a0 + len_b)
        else:
            segments[name] = move(s, e)
    return new_text, replace(manifest, slots=slots, segments=segments)
