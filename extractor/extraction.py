"""``extract(document)``: everything the audit reads about one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .entities import Entity, tag_entities
from .facts import bind_facts


@dataclass(frozen=True)
class Extraction:
    """A document with its figures (and, once bound, its facts and relations)."""

    document: Document
    entities: tuple[Entity, ...]
    fiscal_year: int | None
    report_date: str | None
    facts: tuple = field(default=())
    relations: tuple = field(default=())


def extract(document: Document) -> Extraction:
    """Tag and bind the figures of a loaded document.

    Example: ``extract(load("seed 000"))`` has ``fiscal_year == 2023`` and
    ``report_date == "2023-03-16"``.
    """
    tagged = tag_entities(document)
    facts, relations = bind_facts(document, tagged.entities, tagged.fiscal_year)
    return Extraction(document, tagged.entities, tagged.fiscal_year, tagged.report_date, tuple(facts), tuple(relations))
