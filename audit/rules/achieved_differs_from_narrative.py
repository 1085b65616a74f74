"""V004 achieved-differs-from-narrative."""

from __future__ import annotations

from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V004", "achieved-differs-from-narrative", "warning"
_MAX_EXTRA = 2
_MIN_NAME = 4
_HAN = compile_pattern(r"\p{Han}")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares each value in a 绩效指标 table's 实际完成值 column with the narrative's statement of
    the same indicator when the narrative words it slightly differently — the table's 三级指标
    name read in order inside the narrative's name with at most two characters more
    (``带动企业研发投入`` in ``带动企业新增研发投入``) — and reports values that cannot be equal, as
    ``uncertain``: the extra words may name another quantity. Identically named figures are V001's.

    Why is this bad?
    The table's completed value is what the score is given for; when the narrative explaining the
    results states another figure, either the score rests on a wrong value or the narrative
    misreports the result.

    Example:
    ``带动企业新增研发投入1.64亿元`` in the narrative and ``| 带动企业研发投入 | ≥1.2亿元 | 1.46亿元 |``
    in the table.
    """
    narrative = [f for f in extraction.facts if f.source == "text" and f.role in ("value", "achieved") and exact(f)]
    for achieved in extraction.facts:
        if achieved.source != "table" or achieved.role != "achieved" or not exact(achieved):
            continue
        name = achieved.indicator
        if len(_HAN.findall(name)) < _MIN_NAME:
            continue
        matches = [
            f for f in narrative
            if f.key != achieved.key and f.measure == achieved.measure and f.period == achieved.period
            and f.entity.unit == achieved.entity.unit and _reads_inside(name, f.indicator)
        ]
        if not matches or any(interval_of(f).overlaps(interval_of(achieved)) for f in matches):
            continue
        stated = matches[0]
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"绩效指标表中“{name}”实际完成值为{achieved.entity.text}，正文“{stated.indicator}”为{stated.entity.text}",
            message_en=f"the indicator table gives {name} as {achieved.entity.text}; the narrative's {stated.indicator} is {stated.entity.text}",
            evidence=(evidence(achieved, "table"), *(evidence(f, "text") for f in matches)),
            expected=f"{achieved.entity.text} in both, unless the narrative's extra words name another quantity",
            subject=f"{achieved.key}|{stated.key}",
        )


def _reads_inside(short: str, long: str) -> bool:
    """Whether ``short`` reads in order inside ``long`` with at most two other characters.

    >>> _reads_inside("带动企业研发投入", "带动企业新增研发投入"), _reads_inside("参保率", "参保人数")
    (True, False)
    """
    if not long or len(long) - len(short) > _MAX_EXTRA or len(long) < len(short):
        return False
    position = 0
    for char in long:
        if position < len(short) and char == short[position]:
            position += 1
    return position == len(short)
