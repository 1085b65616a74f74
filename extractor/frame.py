"""pandas views of an extraction: entities, facts and relations as DataFrames.

Numbers stay ``Decimal`` (object columns): no value passes through a float on the way into
pandas, so ``frame.facts["value"].sum()`` is exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .extraction import Extraction

ENTITY_COLUMNS = ["label", "start", "end", "text", "value", "unit", "unit_source", "scale", "places", "approx",
                  "comparator", "lower", "upper", "points", "granularity", "as_of", "relative", "issuer", "year", "serial"]
FACT_COLUMNS = ["start", "end", "text", "value", "indicator", "key", "measure", "role", "period", "sign", "inherited",
                "source", "section", "row_header", "col_header", "sentence_start", "sentence_end"]
RELATION_COLUMNS = ["kind", "member", "start", "end", "text", "value"]


@dataclass(frozen=True)
class Frames:
    """The three tables of one extraction."""

    entities: pd.DataFrame
    facts: pd.DataFrame
    relations: pd.DataFrame


def to_frame(extraction: Extraction) -> Frames:
    """DataFrames of an extraction's entities, facts and relations (one row per relation member).

    Example: for seed 000, ``to_frame(x).facts.query("key == '医保基金征收' and role == 'growth'")``
    has the two rows 1.3% and 1.2%, with ``value`` the Decimals ``1.3`` and ``1.2``.
    """
    entities = pd.DataFrame(
        [{column: getattr(e, column) for column in ENTITY_COLUMNS} for e in extraction.entities], columns=ENTITY_COLUMNS
    ).astype({"value": object, "lower": object, "upper": object})
    facts = pd.DataFrame(
        [
            {
                "start": f.start, "end": f.end, "text": f.entity.text, "value": f.entity.value, "indicator": f.indicator,
                "key": f.key, "measure": f.measure, "role": f.role, "period": f.period, "sign": f.sign,
                "inherited": f.inherited, "source": f.source, "section": " > ".join(f.section),
                "row_header": f.row_header, "col_header": f.col_header,
                "sentence_start": f.sentence_start, "sentence_end": f.sentence_end,
            }
            for f in extraction.facts
        ],
        columns=FACT_COLUMNS,
    ).astype({"value": object})
    rows = []
    for index, relation in enumerate(extraction.relations):
        members = [(name, fact) for name, fact in relation.members if fact is not None]
        members += [("part", part) for part in relation.parts]
        for name, fact in members:
            rows.append({"relation": index, "kind": relation.kind, "member": name, "start": fact.start, "end": fact.end,
                         "text": fact.entity.text, "value": fact.entity.value})
    relations = pd.DataFrame(rows, columns=["relation", *RELATION_COLUMNS]).astype({"value": object})
    return Frames(entities, facts, relations)
