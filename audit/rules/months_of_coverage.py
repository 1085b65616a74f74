"""R011 months-of-coverage-mismatch."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts import Fact

from ..facts_view import evidence, exact, interval_of
from ..intervals import Interval
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R011", "months-of-coverage-mismatch", "error"

# 累计结余可支付9.76个月 / 可支付月数为12.13个月 / 可支付4.82个月
_MONTHS = compile_pattern(r"可(?:持续)?支付(?:月数)?(?:为|约|达)?\s*(?P<months>\d+(?:\.\d+)?)\s*个?月(?!\s*(?:以上|以下|多|左右))")
# the stock the months are counted from, and the year's spending they divide by
_BALANCE = compile_pattern(r"累计结[余存]|滚存结[余存]|年末结[余存]|期末结[余存]")
_FLOW_BALANCE = compile_pattern(r"当期|当年|本年|收支")
_SPENDING = compile_pattern(r"支出")
_PART_OF_FUND = compile_pattern(r"统筹|个人账户|其中|大病|生育")
_NAMED_PARTS = frozenset({"统筹", "个人账户", "大病", "生育"})
# 职工医保统筹基金本年支出: a named part's whole spending, by part
_WHOLE_SPENDING = {
    part: compile_pattern(rf"(?:\p{{Han}}{{0,6}}?(?:医保|医疗保险))?{part}(?:基金)?(?:本年|当年|全年|年度)?(?:总)?支出(?:合计|总额)?")
    for part in _NAMED_PARTS
}
_SCHEME = compile_pattern(r"职工|居民")
_SENTENCE_END = compile_pattern(r"[。\n]")
_PER_HEAD = compile_pattern(r"人均|月均|次均")
_REACH = 1200
_BALANCE_REACH = 120


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Recomputes the months a fund's balance would pay for (``累计结余可支付9.76个月``) as the
    balance stated before it (年末累计结余, 滚存结余, 累计结存) over a month of the year's fund
    spending stated before it (基金总支出 ÷ 12), with interval arithmetic. Every balance and
    every spending figure of the passage is tried (a report may count the months of its 统筹基金
    on 统筹基金支出, or on 待遇支出); only when no pair gives the stated months, and a balance
    stands right before the months, is it reported, as ``uncertain``. Months of a part of the fund
    (统筹基金累计结余可支付16.0个月) are checked only when the passage states that part's own
    balance and spending (统筹基金本年支出…); otherwise they are left alone.

    Why is this bad?
    可支付月数 is the headline of a social-insurance fund's safety; when it does not follow from
    the balance and the spending the report itself states, one of the three figures is wrong.

    Example:
    ``基金总支出172,859.50万元…年末累计结余114,664.70万元…可支付9.76个月`` — 114,664.70 ÷
    (172,859.50 ÷ 12) = 7.96个月.
    """
    document = extraction.document
    view, text = document.normalized, document.text
    facts = [f for f in extraction.facts if f.measure == "amount" and exact(f) and f.source == "text"]
    for found in _MONTHS.finditer(view):
        start = found.start("months")
        clause_from = max(view.rfind(mark, 0, found.start()) for mark in "，,。；;\n") + 1
        part = _PART_OF_FUND.search(view, clause_from, found.start())
        before = [f for f in facts if start - _REACH <= f.start < start and f.role in ("value", "actual")]
        balances = [f for f in before if _BALANCE.search(f.indicator) and not _FLOW_BALANCE.search(f.indicator)]
        sentence_end = next((m.start() for m in _SENTENCE_END.finditer(view, start)), len(view))
        after = [f for f in facts if start < f.start < sentence_end and f.role in ("value", "actual")]
        spendings = [f for f in before + after if _SPENDING.search(f.indicator) and not _PER_HEAD.search(f.indicator) and f.entity.value]
        if part is not None:
            # 统筹基金累计结存48.62亿元…统筹基金本年支出42.44亿元，…统筹基金累计结存可支付17.3个月: a
            # part's months are checked only on that part's own balance and spending, both stated
            if part.group() not in _NAMED_PARTS:
                continue  # 其中…，可支付21.2个月: which part, the text does not say
            balances = [f for f in balances if part.group() in f.indicator]
            # the part's whole spending (统筹基金本年支出), not one use of it (普通门诊统筹支出)
            spendings = [f for f in spendings if _WHOLE_SPENDING[part.group()].fullmatch(f.indicator)]
        if not balances or not spendings or start - balances[-1].end > _BALANCE_REACH:
            continue  # the months are counted on a balance stated right before them, or on none we know
        named_from = max(view.rfind(mark, 0, balances[-1].start) for mark in "，,。；;\n") + 1
        own = _PART_OF_FUND.search(view, named_from, balances[-1].start) if part is None else None
        if own is not None and own.group() in _NAMED_PARTS and not _PART_OF_FUND.search(view, balances[-1].end, found.start()):
            # 统筹基金年末累计结余25.84亿元，累计结余可支付15.9个月: the months of the part the balance names,
            # on that part's own spending
            balances = [f for f in balances if own.group() in f.indicator]
            spendings = [f for f in spendings if _WHOLE_SPENDING[own.group()].fullmatch(f.indicator)]
            if not balances or not spendings:
                continue
            part = own
        if part is None and (
            _PART_OF_FUND.search(view, balances[-1].end, found.start()) or _PART_OF_FUND.search(view, named_from, balances[-1].start)
        ):
            continue  # 年末累计结存447,940.54万元，其中统筹基金329,212.46万元，可支付21.2个月: the part's months
        scheme = _SCHEME.search(balances[-1].indicator) or _SCHEME.search(view, max(0, balances[-1].start - 20), balances[-1].start)
        if scheme is not None:
            # 居民医保基金年末累计结余…可支付8个月: over 居民医保's spending, not 职工's
            spendings = [f for f in spendings if scheme.group() in f.indicator or not _SCHEME.search(f.indicator)]
            if not spendings:
                continue
        stated_text = found.group("months")
        places = len(stated_text.partition(".")[2])
        stated = Interval.stated(Decimal(stated_text), places)
        if any(_months(b, s).overlaps(stated) for b in balances for s in spendings):
            continue  # some balance over some spending of the passage gives it: 统筹基金 over 统筹基金支出
        balance = balances[-1]
        spending = max(spendings, key=lambda f: f.entity.value)  # the fund's whole spending, as a rule
        point = balance.entity.value / (spending.entity.value / 12)
        shown = point.quantize(Decimal(10) ** -max(places, 1))
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"可支付月数{stated_text}个月与{balance.entity.text} ÷（{spending.entity.text} ÷ 12）= {shown}个月不符",
            message_en=f"{stated_text} months of cover, but {balance.entity.text} / ({spending.entity.text} / 12) = {shown} months",
            evidence=(
                Evidence(found.start(), found.end(), text[found.start():found.end()], "months", Decimal(stated_text)),
                evidence(balance, "balance"),
                evidence(spending, "spending"),
            ),
            expected=f"{balance.entity.text} / ({spending.entity.text} / 12) = {shown}",
            subject=f"{balance.key}|{balance.period}|months",
        )


def _months(balance: Fact, spending: Fact) -> Interval:
    """balance ÷ (spending ÷ 12), as an interval."""
    return interval_of(balance).divide(interval_of(spending).scale(Decimal(1) / 12)) or Interval(Decimal(0), Decimal(0))
