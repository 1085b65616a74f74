"""An execution rate stated in running text is a rate of the money it divides.

``全年预算数为202.00万元，全年实际支出资金82.35万元，预算执行率为40.77%``: the rate is 82.35 ÷ 202.00,
the department's spending over its budget, so it is keyed like them (部门整体支出, role ``rate``),
as a table row ``基本支出 | 82.00 | 80.10 | 97.68%`` keys its 执行率 cell by the row. Written
``基本支出预算执行率97.68%`` after ``实际支出80.10万元`` it is 基本支出's rate the same way. The
words as written stay in the fact's ``indicator``.

Only where the rate's own relation names its numerator and denominator, both amounts of one key:
an indicator of its own (``指标五：项目支出预算执行率：该指标预期指标值为100%…``), set against a
target rather than divided out of amounts, keeps its name.
"""

from __future__ import annotations

from dataclasses import replace

from ..regexes import compile_pattern
from .lexicon import canonical_key
from .model import Fact, Relation, swap_facts

# 预算执行率 / 资金执行率 / 执行率 / 基本支出预算执行率: an execution rate, whatever it is qualified by
_EXECUTION_RATE = compile_pattern(r"执行率$")
_BARE_EXECUTION_RATE = compile_pattern(r"(?:全年|年度)?(?:预算|资金)?执行率")


def key_execution_rates_by_subject(facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with each running-text execution rate keyed by the money it divides.

    Example: in ``实际支出80.10万元，基本支出预算执行率97.68%`` (its budget 82.00万元 stated before) the
    97.68% gets the key 基本支出, the key of 80.10万元 and 82.00万元, and keeps the indicator
    基本支出预算执行率.
    """
    swapped: dict[int, Fact] = {}
    subjects_of: dict[str, set[str]] = {}
    for relation in relations:
        if relation.kind != "rate":
            continue
        rate, numerator, denominator = relation.member("rate"), relation.member("numerator"), relation.member("denominator")
        if rate is None or numerator is None or denominator is None or not _is_running_text_rate(rate):
            continue
        subject = numerator.key
        if (
            not subject or denominator.key != subject or numerator.measure != "amount" or denominator.measure != "amount"
            or numerator.period != rate.period or denominator.period != rate.period
        ):
            continue
        subjects_of.setdefault(rate.key, set()).add(subject)
        if rate.key != subject and id(rate) not in swapped:
            swapped[id(rate)] = replace(rate, key=subject)
    # the same rate stated again without its amounts (基本支出预算执行率97.68% in a summary) is still
    # that subject's — when every statement of it that shows its amounts names one subject
    renamed = {key: next(iter(subjects)) for key, subjects in subjects_of.items() if len(subjects) == 1}
    for fact in facts:
        if id(fact) not in swapped and _is_running_text_rate(fact) and renamed.get(fact.key, fact.key) != fact.key:
            swapped[id(fact)] = replace(fact, key=renamed[fact.key])
    _carry_to_changes(facts, swapped)
    return swap_facts(facts, relations, swapped)


def _carry_to_changes(facts: list[Fact], swapped: dict[int, Fact]) -> None:
    """A rate's own change stated right after it (预算执行率96.00%，比上年提高2.00个百分点), bound to
    the rate's indicator and key, takes the rate's new key too."""
    last_rate: Fact | None = None
    for fact in facts:
        if fact.source != "text":
            continue
        if id(fact) in swapped and _is_running_text_rate(fact):
            last_rate = fact
        elif (
            last_rate is not None and fact.sentence_start == last_rate.sentence_start and id(fact) not in swapped
            and fact.role in ("growth", "change") and fact.measure in ("percent", "points")
            and fact.key == last_rate.key and fact.indicator == last_rate.indicator
        ):
            swapped[id(fact)] = replace(fact, key=swapped[id(last_rate)].key)
        elif fact.measure == "percent" and fact.role == "rate":
            last_rate = None


def _is_running_text_rate(fact: Fact) -> bool:
    return fact.source == "text" and fact.role == "rate" and fact.measure == "percent" and bool(_EXECUTION_RATE.search(fact.key))


_WHOLE_SPENDING = frozenset({"部门整体支出", "本年支出合计", "支出总计"})


def execution_rate_name(fact: Fact) -> str:
    """The name an execution rate goes by wherever it is stated, keyed by its subject or not: the
    department's is 预算执行率, 基本支出's is 基本支出预算执行率 — as an indicator table's row names it.
    Other facts keep their key.

    Example: ``实际支出80.10万元，基本支出预算执行率97.68%`` (key 基本支出) → ``基本支出预算执行率``;
    ``全年实际支出资金82.35万元，预算执行率为40.77%`` (key 部门整体支出) → ``预算执行率``.
    """
    if fact.measure != "percent" or fact.role != "rate" or not _EXECUTION_RATE.search(fact.indicator) or fact.key.endswith("执行率"):
        return fact.key
    scope, dot, own = fact.key.rpartition("·")  # 生态护林员补助·部门整体支出: one paragraph's subject's
    if own in _WHOLE_SPENDING or _BARE_EXECUTION_RATE.fullmatch(fact.indicator):
        return scope + dot + "预算执行率"  # the department's, or a project report's own project's: the report's 预算执行率
    return scope + dot + canonical_key(own + "预算执行率")
