"""R005 growth-from-zero-base."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.facts.lexicon import is_known_key

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R005", "growth-from-zero-base", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds growth rates stated for a quantity whose increase equals its whole current amount —
    so last year's base was zero — such as ``增加313.74万元，增长100%`` for a unit founded this year.

    Why is this bad?
    Growth from zero is undefined, not 100%: the percentage is arithmetic that cannot be right
    and suggests a trend that does not exist. The report should say there is no prior-year figure.

    Example:
    ``2019年一般公共预算财政拨款支出313.74万元 … 与2018年相比，一般公共预算财政拨款增加313.74万元，
    增长100%`` — the 2018 base is 313.74 − 313.74 = 0.
    """
    levels, in_sentence = {}, {}
    for fact in extraction.facts:
        if fact.role in ("value", "actual") and fact.measure in ("amount", "count") and exact(fact) and fact.entity.value > 0:
            levels.setdefault((fact.key, fact.period), fact)
            in_sentence.setdefault((fact.sentence_start, fact.key, fact.period), fact)
    increases: dict[tuple[int, str], list] = {}
    for fact in extraction.facts:
        if fact.role == "change" and fact.sign > 0 and exact(fact):
            increases.setdefault((fact.sentence_start, fact.key), []).append(fact)
    for fact in extraction.facts:
        if fact.role != "growth" or fact.measure != "percent" or fact.sign < 0:
            continue
        change = next((f for f in increases.get((fact.sentence_start, fact.key), []) if f.start < fact.start), None)
        if change is None:
            continue
        # the level of the change's own sentence (or table row); one stated elsewhere only under the
        # same name — 缴存总额's row rises by 86.54, which is this year's 缴存额, not 缴存总额
        level = in_sentence.get((change.sentence_start, change.key, change.period))
        if level is None:
            level = levels.get((change.key, change.period))
            if level is not None and level.indicator != change.indicator and not is_known_key(change.key):
                level = None  # a free phrase (缴存 of 缴存额 and of 缴存总额) is trusted only as written
        if level is None or level.entity.value != change.entity.value:
            continue
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"“{change.indicator}”本年{level.entity.text}，较上年增加{change.entity.text}，上年基数为0，不应表述为增长{fact.entity.text}",
            message_en=f"{change.key} rose by {change.entity.text}, its whole current amount {level.entity.text}: the base is zero, so a growth of {fact.entity.text} is undefined",
            evidence=(evidence(fact, "growth"), evidence(change, "change"), evidence(level, "amount")),
            expected=f"base = {level.entity.text} − {change.entity.text} = 0 → growth undefined",
            subject=f"{change.key}|{change.period}",
        )
