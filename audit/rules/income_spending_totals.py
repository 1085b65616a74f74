"""S002 income-total-differs-from-spending-total."""

from __future__ import annotations

from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "S002", "income-total-differs-from-spending-total", "warning"
INCOME_KEYS = ("收入总计", "财政拨款收入总计")
SPENDING_KEYS = ("支出总计", "财政拨款支出总计")
FINAL_ACCOUNTS = compile_pattern(r"(?<!预)决算")
_TITLE_AREA = 300


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    In a 部门决算 (final accounts) report, compares 收入总计 with 支出总计 (and 财政拨款收入总计 with
    财政拨款支出总计) stated for the same year in the same sentence.

    Why is this bad?
    The 决算 forms balance by construction: 支出总计 includes 年末结转和结余, so the two totals are
    equal. Different totals mean either the carry-over was left out of the spending total or one
    figure is wrong; the reader cannot reconcile the accounts. Because a report may quote spending
    without the carry-over in prose, this is reported as ``uncertain``.

    Example:
    ``2019年度收入总计318.74万元，支出总计313.74万元`` — 5.00万元 unaccounted for (年末结转和结余 is
    not stated).
    """
    in_scope = _final_accounts_scope(extraction)
    if in_scope is None:
        return
    incomes = [f for f in extraction.facts if f.key in INCOME_KEYS and f.role in ("value", "actual") and exact(f) and in_scope(f)]
    spendings: dict[int, list] = {}
    for fact in extraction.facts:
        if fact.key in SPENDING_KEYS and fact.role in ("value", "actual") and exact(fact):
            spendings.setdefault(fact.sentence_start, []).append(fact)
    for income in incomes:
        # 财政拨款收入总计318.74万元，支出总计313.74万元: the second total shares the sentence's scope
        spending = next(
            (f for f in spendings.get(income.sentence_start, []) if f.period == income.period and f.start > income.start),
            None,
        )
        if spending is None or interval_of(income).overlaps(interval_of(spending)):
            continue
        gap = income.entity.value - spending.entity.value
        if _balance_stated(extraction.facts, income, spending):
            continue  # 总收入60.43亿元…总支出55.54亿元；当期结余4.89亿元: the gap is the stated balance
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"决算{income.period}年{income.indicator}{income.entity.text}与{spending.indicator}{spending.entity.text}不相等，相差{show(abs(gap), income)}（年末结转和结余未说明）",
            message_en=f"final accounts {income.period}: {income.key} {income.entity.text} ≠ {spending.key} {spending.entity.text} (gap {show(abs(gap), income)}, no carry-over stated)",
            evidence=(evidence(income, "income_total"), evidence(spending, "spending_total")),
            expected=f"{income.key} = {spending.key} (支出总计 includes 年末结转和结余)",
            subject=f"{income.key}|{income.period}",
        )


_BALANCE_WORD = compile_pattern(r"结余|结存|结转")


def _balance_stated(facts, income, spending) -> bool:
    """Whether the sentence of the two totals states a balance equal to their difference."""
    gap = interval_of(income) - interval_of(spending)
    balances = [
        f for f in facts
        if f.sentence_start == income.sentence_start and f.measure == "amount" and _BALANCE_WORD.search(f.indicator)
    ]
    if any(interval_of(f).overlaps(gap) for f in balances):
        return True
    # 收入合计1286.45万元，支出合计1262.38万元，年初结转和结余35.20万元，年末结转和结余59.27万元: the
    # year's flows, reconciled by the balance's growth over the year
    opening = [f for f in balances if f.period.endswith("-12-31") and f.period[:4] < income.period[:4]]
    closing = [f for f in balances if f not in opening and f.period[:4] == income.period[:4]]
    return any((interval_of(c) - interval_of(o)).overlaps(gap) for c in closing for o in opening)


def _final_accounts_scope(extraction: Extraction):
    """Which facts are 决算 statements: all of them when the title says 决算 (not 预决算); those
    under a 决算 heading of the top two levels when only a part does; ``None`` otherwise."""
    if FINAL_ACCOUNTS.search(extraction.document.normalized[:_TITLE_AREA]):
        return lambda fact: True
    parts = [s for s in extraction.document.iter_sections() if s.level <= 2 and FINAL_ACCOUNTS.search(s.title)]
    if not parts:
        return None
    return lambda fact: any(s.start <= fact.start < s.end for s in parts)
