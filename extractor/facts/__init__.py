"""Facts: every figure bound to its indicator, role and period, and the relations among them.

``bind_facts(document, entities, fiscal_year)`` returns ``(facts, relations)``; see
:mod:`extractor.facts.binding` (running text), :mod:`extractor.facts.table_binding` (table cells)
and :mod:`extractor.facts.relations`.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from ..entities.model import Entity
from ..entities.table_cells import SPLIT_CELL
from .binding import bind_text_facts
from .bracketed_weights import bracketed_weights
from .model import Fact, Relation
from .relations import find_relations, is_completion_rate
from .qualify import qualify_listed_counts
from .column_groups import table_groups
from .table_binding import (
    CONTENT_COLUMN, bind_table_fact, cell_locator, describing_columns, naming_header, total_columns, with_column_role,
)
from .listed_items import qualify_listed_items
from .parallel_subjects import qualify_parallel_subjects
from .lexicon import canonical_key
from .name_variants import merge_name_variants
from .single_project import key_single_projects
from .rate_subjects import key_execution_rates_by_subject

NUMERIC_LABELS = ("MONEY", "PERCENT", "COUNT", "SCORE")


def bind_facts(document: Document, entities, fiscal_year: int | None) -> tuple[list[Fact], list[Relation]]:
    """Bind the numeric entities of a document and relate the resulting facts.

    Example: seed 000 gives two facts with key 医保基金征收 and role growth — 1.3% and 1.2% —
    each related to its 7.55亿元 amount.
    """
    section_of = _section_titles(document)
    in_text: list[Entity] = []
    table_facts: list[Fact] = []
    prose_cells: dict[int, object] = {}
    locate = cell_locator(document)
    groups_of: dict[int, tuple] = {}  # table index → its column groups and describing columns, found once
    for entity in entities:
        if entity.label not in NUMERIC_LABELS:
            if entity.label == "DATE":
                in_text.append(entity)
            continue
        located = locate(entity.start)
        if located is None:
            in_text.append(entity)
        elif _is_prose_cell(document, located[2], entity):
            in_text.append(entity)  # 离休29人，伤残军人108人: a sentence inside a cell
            prose_cells[entity.start] = located
        else:
            groups, describing, _, totals = _layout_of(located, groups_of)
            table_facts.append(bind_table_fact(document, entity, located, fiscal_year, section_of, groups, describing, totals))
    text_facts = [
        _of_described_row(with_column_role(fact, prose_cells[fact.start]), prose_cells[fact.start], groups_of)
        if fact.start in prose_cells else fact
        for fact in bind_text_facts(
            document, in_text, fiscal_year, section_of, {start: (cell.start, cell.end) for start, (_, _, cell) in prose_cells.items()}
        )
    ]
    text_facts = bracketed_weights(document.normalized, qualify_parallel_subjects(document.normalized, text_facts, section_of))
    facts = _levels_of_targeted_rates(sorted(text_facts + table_facts, key=lambda f: f.start))
    relations = find_relations(document, facts, fiscal_year)
    return key_execution_rates_by_subject(
        *merge_name_variants(
            *qualify_listed_items(document.normalized, *key_single_projects(document.normalized, *qualify_listed_counts(facts, relations)))
        )
    )


def _layout_of(located, groups_of: dict) -> tuple:
    """A table's column groups, describing columns, content columns and total columns, found once per table."""
    index, table, _ = located
    if index not in groups_of:
        groups_of[index] = (
            table_groups(table), describing_columns(table), describing_columns(table, CONTENT_COLUMN), total_columns(table)
        )
    return groups_of[index]


def _of_described_row(fact: Fact, located, groups_of: dict) -> Fact:
    """A figure inside a cell that describes its row (建设内容 ``硬化通组路4.2公里``, 完成情况
    ``在建（完成工程量的80%）``) is that row's: keyed under the cell naming the row, so that two
    projects' roads are not one road stated twice."""
    _, table, cell = located
    _, describing, content, _ = _layout_of(located, groups_of)
    if cell.col not in content or not fact.key:
        return fact
    name = naming_header(table, cell, describing)
    if not name or name == cell.text or name in fact.key:
        return fact
    return replace(fact, key=f"{canonical_key(name)}·{fact.key}")


def _levels_of_targeted_rates(facts: list[Fact]) -> list[Fact]:
    """A rate-named indicator with a target in its section is a performance indicator there: a
    level of it is the value achieved against that target, and ``rate`` is left for its completion
    (居民参保率达93.92%，没有达到年度目标值95% → achieved). Another section's figure of the same
    name (the department's 群众满意度 beside one project's) keeps its own role."""
    targeted = {(f.key, f.section) for f in facts if f.role == "target" and f.measure == "percent"}
    if not targeted:
        return facts
    return [
        replace(f, role="achieved")
        if f.role == "rate" and f.measure == "percent" and (f.key, f.section) in targeted and not is_completion_rate(f) else f
        for f in facts
    ]


def _is_prose_cell(document: Document, cell, entity: Entity) -> bool:
    """A cell whose text is more than the figure itself (and more than a comparator and unit)."""
    if SPLIT_CELL.match(document.normalized[cell.start:cell.end]):
        return False  # 96.93%／9.69 under 执行率／得分: two figures, each its column's
    rest = document.normalized[cell.start:entity.start] + document.normalized[entity.end:cell.end]
    return len(rest.strip()) > 2


def _section_titles(document: Document):
    """``section_of(offset)``: the titles of the sections around an offset."""

    # one tuple of titles per path, built once; the document keeps each path alive, so its id is stable
    titles_of: dict[int, tuple[str, ...]] = {}

    def section_of(offset: int) -> tuple[str, ...]:
        path = document.section_path(offset)
        titles = titles_of.get(id(path))
        if titles is None:
            titles = titles_of[id(path)] = tuple(f"{s.number}{s.title}" for s in path)
        return titles

    return section_of


__all__ = ["Fact", "Relation", "bind_facts"]
