"""The entity tagger: every amount, percentage, date, count, document number and score.

Each recognizer works on the normalised view (so offsets index the original text) and proposes
candidates; :func:`resolve_overlaps` keeps one entity per stretch of text, preferring DOCNO over
DATE over MONEY over PERCENT over SCORE over COUNT, and the longer match within a label.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter


from ..regexes import compile_pattern
from ..document import Document
from .counts import find_counts
from .dates import find_dates
from .docno import find_docnos
from .document_dates import detect_fiscal_year, pick_report_date
from .model import LABELS, Entity
from .money import find_money
from .percent import find_percent
from .scores import find_scores
from .shared_units import find_shared_units
from .table_cells import find_table_cell_entities

PRIORITY = {"DOCNO": 0, "DATE": 1, "MONEY": 2, "PERCENT": 3, "SCORE": 4, "COUNT": 5}


@dataclass(frozen=True)
class EntityResult:
    """What the tagger found in a document."""

    entities: tuple[Entity, ...]
    fiscal_year: int | None
    report_date: str | None


def tag_entities(document: Document, fiscal_year: int | None = None) -> EntityResult:
    """Tag the figures of a document.

    Example: in seed 000 ``医保基金累计征收7.55亿元，同比增长1.3%`` gives MONEY ``7.55亿元``
    (Decimal('755000000')) and PERCENT ``1.3%``; the fiscal year is 2023.
    ``fiscal_year`` overrides the detected one (for snippets that do not state it).
    """
    text, view = document.text, document.normalized
    if fiscal_year is None:
        fiscal_year = detect_fiscal_year(view)
    candidates: list[Entity] = []
    candidates.extend(find_docnos(text, view))
    candidates.extend(find_dates(text, view, fiscal_year))
    candidates.extend(find_money(text, view))
    candidates.extend(find_percent(text, view))
    candidates.extend(find_scores(text, view))
    candidates.extend(find_counts(text, view))
    candidates.extend(find_table_cell_entities(document))
    entities = resolve_overlaps([trim_span(text, view, c) for c in candidates])
    shared = list(find_shared_units(text, view, entities))
    if shared:
        entities = resolve_overlaps(entities + shared)
    entities = _without_glossary_relatives(document, entities)
    entities = _month_days_in_the_year_before_them(view, entities)
    report = pick_report_date(view, [e for e in entities if e.label == "DATE"])
    return EntityResult(tuple(entities), fiscal_year, report.value if report is not None else None)


_SENTENCE_BREAK = compile_pattern(r"[。；;！？!?\n]")


def _month_days_in_the_year_before_them(view: str, entities: list[Entity]) -> list[Entity]:
    """A month and day written without a year take the year of the full date just before them in
    their sentence, not the fiscal year: ``自评工作于2024年2月26日启动，3月29日完成`` — 2024-03-29."""
    fixed = list(entities)
    last_dated = None
    for index, entity in enumerate(fixed):
        if entity.label != "DATE":
            continue
        if entity.pattern in ("date:ymd", "date:ym") and not entity.relative:
            last_dated = entity
            continue
        if (
            entity.pattern == "date:md" and last_dated is not None and last_dated.year != entity.year
            and not _SENTENCE_BREAK.search(view, last_dated.end, entity.start)
        ):
            value = f"{last_dated.year}{entity.value[4:]}"
            fixed[index] = entity._replace(value=value, year=last_dated.year)
    return fixed


_GLOSSARY = ("名词解释", "术语解释", "名词释义", "相关术语")


def _without_glossary_relatives(document: Document, entities: list[Entity]) -> list[Entity]:
    """年初/本年 in a glossary define terms (年初结转和结余：指…); they date nothing."""
    glossaries = [s for s in document.iter_sections() if any(word in s.title for word in _GLOSSARY)]
    if not glossaries:
        return entities
    return [
        e for e in entities
        if not (e.label == "DATE" and e.relative and any(s.start <= e.start < s.end for s in glossaries))
    ]


def trim_span(text: str, view: str, entity: Entity) -> Entity:
    """The entity without surrounding whitespace or masked artefacts (``为 100%`` → ``100%``)."""
    start, end = entity.start, entity.end
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    if (start, end) == (entity.start, entity.end):
        return entity
    return entity._replace(start=start, end=end, text=text[start:end])


_span_order = attrgetter("start", "end")


def resolve_overlaps(candidates: list[Entity]) -> list[Entity]:
    """Keep non-overlapping entities: label priority first, then the longer span, then the earlier.

    >>> from decimal import Decimal
    >>> a = Entity("DATE", 0, 5, "2023年", "2023"); b = Entity("COUNT", 3, 6, "3年", Decimal(3))
    >>> [e.label for e in resolve_overlaps([b, a])]
    ['DATE']
    """
    chosen: list[Entity] = []
    taken = bytearray(max((entity.end for entity in candidates), default=0))  # 1 where a kept entity lies
    for entity in sorted(candidates, key=lambda e: (PRIORITY[e.label], -(e.end - e.start), e.start)):
        if taken.find(1, entity.start, entity.end) != -1:  # a kept entity overlaps (searched in C)
            continue
        taken[entity.start:entity.end] = b"\1" * (entity.end - entity.start)
        chosen.append(entity)
    return sorted(chosen, key=_span_order)


__all__ = ["EntityResult", "Entity", "LABELS", "resolve_overlaps", "tag_entities"]
