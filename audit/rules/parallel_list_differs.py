"""V003 parallel-list-differs."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from extractor.extraction import Extraction
from extractor.facts.model import counting_unit

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V003", "parallel-list-differs", "warning"
_SHORTEST = 3


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds two lists of counts that name the same things in the same order (离休29人，伤残军人108人，
    建国初期老干部57人 … 离休干部共29人，伤残军人109人，建国初期老干部57人) and agree on every figure
    but one, even when one list is a table's target column and the other the narrative.

    Why is this bad?
    When three of four figures are copied identically, the odd one out is more likely a typo than
    a real difference; the report states two head counts for one group. Because one list may be a
    plan and the other the outcome, the finding is ``uncertain``.

    Example:
    ``离休29人，伤残军人108人，建国初期老干部57人`` in the 绩效指标 table and
    ``2019年离休干部共29人，伤残军人109人，建国初期老干部57人`` in the project report.
    """
    lists = _lists(extraction.facts)
    # lists that agree on all figures but the one at ``skip`` share a bucket: pairs are only
    # looked for within a bucket, so the rule stays linear in practice
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for number, items in enumerate(lists):
        units = tuple(counting_unit(f) for f in items)
        for skip in range(len(items)):
            rest = tuple(f.entity.value for position, f in enumerate(items) if position != skip)
            buckets[(len(items), units, items[0].period, skip, rest)].append(number)
    reported: set[tuple[int, int]] = set()
    for (_, _, _, skip, _), members in buckets.items():
        for index, number in enumerate(members):
            for other in members[index + 1:]:
                first, second = lists[number], lists[other]
                a, b = first[skip], second[skip]
                if a.entity.value == b.entity.value or (id(a), id(b)) in reported:
                    continue
                if not all(_same_item(x, y) for x, y in zip(first, second)):
                    continue
                if a.key == b.key and a.role == b.role:
                    continue  # V001 compares same-key, same-role figures
                if {a.role, b.role} == {"target", "achieved"}:
                    continue  # an outcome beside its own target may beat it (培训200人 → 216人)
                reported.add((id(a), id(b)))
                agreeing = "、".join(f"{x.indicator}{x.entity.text}" for x, y in zip(first, second) if x is not a)
                yield Finding(
                    rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
                    message=f"两处并列的人数/数量仅一项不同：“{a.indicator}”{a.entity.text}与“{b.indicator}”{b.entity.text}（其余{agreeing}均一致）",
                    message_en=f"two parallel lists agree except {a.indicator} {a.entity.text} vs {b.indicator} {b.entity.text}",
                    evidence=(evidence(a, a.role), evidence(b, b.role)),
                    expected=f"{a.entity.value} = {b.entity.value}",
                    subject=f"{b.key}|{b.period}",
                )


def _lists(facts) -> list[list]:
    """Runs of at least three exact counts with named subjects in one sentence or table cell."""
    runs: list[list] = []
    current: list = []
    for fact in facts:
        if fact.measure != "count" or fact.source == "table" or not exact(fact) or not fact.key:
            continue
        if current and fact.sentence_start != current[0].sentence_start:
            runs.append(current)
            current = []
        current.append(fact)
    if current:
        runs.append(current)
    return [run for run in runs if len(run) >= _SHORTEST and len({f.key for f in run}) == len(run)]


def _same_item(a, b) -> bool:
    """The same subject counted in the same unit for the same period (离休 and 离休干部 are one)."""
    if a.period != b.period or counting_unit(a) != counting_unit(b):
        return False
    return a.key == b.key or (min(len(a.key), len(b.key)) >= 2 and (a.key in b.key or b.key in a.key))
