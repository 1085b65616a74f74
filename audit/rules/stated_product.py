"""R013 stated-product-mismatch."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern

from ..facts_view import evidence, exact, interval_of, show
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R013", "stated-product-mismatch", "error"

# the measure words a sum may be paid per (每座85万元, 每户1.2万元, 每亩120元)
_PER_WORDS = r"座|个|所|家|户|人|名|亩|公里|千米|处|台|辆|套|间|栋|件|宗|批|村|镇|乡|校|项"
# 按每座85万元标准安排 / 每户补助1.2万元 / 补助标准为每人3,000元: the sum per unit, right before the figure
_PER_BEFORE = compile_pattern(rf"每\s*(?P<per>{_PER_WORDS})\s*(?:补助|奖补|奖励|投入|安排|发放|补贴|资助|标准|为|是|平均)?\s*(?:为|是)?\s*$")
# 6座共480.00万元 / 共补助120户，计144.00万元: the whole, right after a word that sums
# 共 / 合计 / 共计 / 总计, with a few words naming the whole (合计安排资金, 共安排建设资金), or a bare 计 after a
# break (，计144.00万元) — not the 计 of 设计, 预计, 统计 nor 累计 (a multi-year total)
_SUMMED_BEFORE = compile_pattern(r"(?:(?<![设预统估公累])(?:共计|合计|总计|共)\p{Han}{0,6}?|(?<![\p{Han}])计)\s*(?:为|达)?\s*$")
# a cap, a range, a second factor (每人每月) or a figure that varies: no product to check
_NOT_A_PRODUCT = compile_pattern(r"档|最高|最低|不超过|不高于|不低于|以内|以上|以下|上限|平均|分别|每月|每年|每天|每日|每季|每学期|每次|/月|/年|左右|约|不等")
_STANDARD = compile_pattern(r"按\s*(?:照)?\s*每|标准")
# 每亩100元至150元 / 每亩100元、150元两档: a range or tiers of sums, no one sum per unit
_RANGE_AFTER = compile_pattern(r"\s*(?:至|到|～|~|－|—|-|、|或)\s*\d|\s*\p{Han}{0,3}档")
_SENTENCE_BREAK = compile_pattern(r"[。；;\n]")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    In one sentence that states a sum per unit (``每座85万元``), a count of those units (``6座``)
    and the whole they make (``共480.00万元``), multiplies the sum by the count with interval
    arithmetic and compares the product with the whole. The count must be the only one of its
    measure word in the sentence, and the whole must follow both after a word that sums (共, 合计,
    共计, 计, with a few words between: 合计安排资金). Caps, ranges and tiers (每亩100元至150元, 两档), averages, a second factor (每人每月) and 分别 lists are left alone. A
    sum stated as the standard applied (按每座…标准, 补助标准) is reported as ``fail``; any other as
    ``uncertain``, since some units may have been paid otherwise.

    Why is this bad?
    A standard times the number it is paid on is the whole a report says it paid; when they
    disagree the standard, the count or the whole is mistyped — and the budget built on it is too.

    Example:
    ``中央补助资金按每座85万元标准安排，6座共480.00万元`` — 85万元 × 6 = 510.00万元, not 480.00万元.
    """
    view = extraction.document.normalized
    facts = [f for f in extraction.facts if f.source == "text" and exact(f) and f.measure in ("amount", "count")]
    for index, rate in enumerate(facts):
        if rate.measure != "amount":
            continue
        per = _PER_BEFORE.search(view, max(rate.sentence_start, rate.start - 12), rate.start)
        if per is None or _RANGE_AFTER.match(view, rate.end):
            continue
        in_sentence = [f for f in facts if f.sentence_start == rate.sentence_start and f is not rate]
        counts = [f for f in in_sentence if f.measure == "count" and (f.entity.unit or "") == per.group("per")]
        if len(counts) != 1 or not counts[0].entity.value:
            continue
        count = counts[0]
        totals = [
            f for f in in_sentence
            if f.measure == "amount" and f.start > max(count.end, rate.end) and f.role in ("value", "actual", "budget", "adjusted_budget")
            and _SUMMED_BEFORE.search(view, max(f.sentence_start, f.start - 8), f.start)
        ]
        if not totals:
            continue
        total = totals[0]
        span_from, span_to = min(count.start, per.start()), total.start
        if (
            _NOT_A_PRODUCT.search(view, max(rate.sentence_start, per.start() - 6), rate.end + 4)
            or _NOT_A_PRODUCT.search(view, span_from, span_to)
            or view.count("每", span_from, span_to) > 1
            or _SENTENCE_BREAK.search(view, span_from, span_to)
        ):
            continue
        product = interval_of(rate).times(interval_of(count))
        if product.overlaps(interval_of(total)):
            continue
        point = rate.entity.value * count.entity.value
        standard = _STANDARD.search(view, max(rate.sentence_start, per.start() - 6), rate.end + 4)
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail" if standard else "uncertain",
            message=f"{total.entity.text}与{rate.entity.text} × {count.entity.text} = {show(point, total)}不符",
            message_en=f"{total.entity.text} is not {rate.entity.text} × {count.entity.text} = {show(point, total)}",
            evidence=(evidence(total, "total"), evidence(rate, "rate"), evidence(count, "count")),
            expected=f"{rate.entity.text} × {count.entity.text} = {show(point, total)}",
            subject=f"{total.key}|{total.period}|product",
        )

