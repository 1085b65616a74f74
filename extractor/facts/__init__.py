"""Facts: every figure bound to its indicator, role and period, and the relations among them.

``bind_facts(document, entities, fiscal_year)`` returns ``(facts, relations)``; see
:mod:`extractor.facts.binding` (running text), :mod:`extractor.facts.table_binding` (table cells)
and :mod:`extractor.facts.relations`.
"""

from __future__ import annotations

from ..document import Document
from ..entities.model import Entity
from .binding import bind_text_facts
from .model import Fact, Relation
from .relations import find_relations
from .table_binding import bind_table_fact, cell_at

NUMERIC_LABELS = ("MONEY", "PERCENT", "COUNT", "SCORE")


def bind_facts(document: Document, entities, fiscal_year: int | None) -> tuple[list[Fact], list[Relation]]:
    """Bind the numeric entities of a document and relate the resulting facts.

    Example: seed 000 gives two facts with key 医保基金征收 and role growth — 1.3% and 1.2% —
    each related to its 7.55亿元 amount.
    """
    section_of = _section_titles(document)
    in_text: list[Entity] = []
    table_facts: list[Fact] = []
    for entity in entities:
        if entity.label not in NUMERIC_LABELS:
            if entity.label == "DATE":
                in_text.append(entity)
            continue
        located = cell_at(document, entity.start) if document.tables else None
        if located is None:
            in_text.append(entity)
        else:
            table_facts.append(bind_table_fact(document, entity, located, fiscal_year, section_of))
    facts = bind_text_facts(document, in_text, fiscal_year, section_of) + table_facts
    facts.sort(key=lambda f: f.start)
    return facts, find_relations(document, facts)


def _section_titles(document: Document):
    def section_of(offset: int) -> tuple[str, ...]:
        return tuple(f"{s.number}{s.title}" for s in document.section_path(offset))

    return section_of


__all__ = ["Fact", "Relation", "bind_facts"]
