"""R009 shares-imply-different-wholes."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of, show
from ..intervals import Interval
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "R009", "shares-imply-different-wholes", "warning"
HUNDRED = Decimal(100)
_MIN_AGREEING = 2


_SHARES_SUMMED = compile_pattern(r"(?:合计|总计|共计|之和)[^，,。；;]{0,3}$")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Where one sentence lists parts with their shares but does not name the whole
    (``按支出内容分：定期抚恤金1,423.58万元，占57.23%；义务兵家庭优待金562.40万元，占22.61%；…``),
    derives from each part and share the whole it implies (part ÷ share, by interval division).
    When all but one of the shares imply the same whole and the odd one implies another, that
    share (or its part) is reported, as ``uncertain``: the list may mix wholes.

    Why is this bad?
    Shares of one list describe one whole; a share that implies a different whole was mistyped
    or computed from another figure, and the structure it reports is wrong. R001 checks shares
    whose whole is named; this rule covers the lists where it is only implied.

    Example:
    ``定期抚恤金1,423.58万元，占57.23%；义务兵家庭优待金562.40万元，占24.61%；参战参试退役人员生活
    补助318.92万元，占12.82%`` — the first and third imply a whole of about 2,487.4万元, the
    second one of 2,285.3万元: 562.40 is 22.61% of 2,487.4, not 24.61%.
    """
    lists: dict[tuple[int, str], list] = defaultdict(list)
    for relation in extraction.relations:
        share, part = relation.member("share"), relation.member("part")
        if relation.kind != "share" or relation.member("total") is not None or share is None or part is None:
            continue
        if share.measure != "percent" or not exact(share) or not exact(part) or share.entity.value <= 0 or part.entity.value <= 0:
            continue
        if part.measure not in ("amount", "count") or _SHARES_SUMMED.search(extraction.document.normalized, max(share.sentence_start, share.start - 8), share.start):
            continue  # 四项占比合计100.00%: the shares added up, not one more share
        lists[(share.sentence_start, share.of)].append((share, part, interval_of(part).divide(interval_of(share).scale(1 / HUNDRED))))
    for items in lists.values():
        items = [item for item in items if item[2] is not None]
        if len({id(part) for _, part, _ in items}) != len(items) or len(items) < _MIN_AGREEING + 1:
            continue
        if _common(w for _, _, w in items) is not None:
            continue
        odd = [i for i in range(len(items)) if _common(w for j, (_, _, w) in enumerate(items) if j != i) is not None]
        if len(odd) != 1:
            continue
        share, part, implied = items[odd[0]]
        whole = _common(w for j, (_, _, w) in enumerate(items) if j != odd[0])
        middle = (whole.low + whole.high) / 2
        point = part.entity.value / middle * HUNDRED
        others = [item for j, item in enumerate(items) if j != odd[0]]
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=(
                f"同一列举中其他占比均对应总额约{show(middle, part)}，“{part.indicator}”{part.entity.text}"
                f"按此应占{point:.2f}%，报告为{share.entity.text}"
            ),
            message_en=(
                f"the other shares in the list imply a whole of about {show(middle, part)}; {part.key} {part.entity.text} "
                f"would be {point:.2f}% of it, stated as {share.entity.text}"
            ),
            evidence=(
                evidence(share, "share"), evidence(part, "part"),
                *(e for s, p, _ in others for e in (evidence(s, "share"), evidence(p, "part"))),
            ),
            expected=f"{part.entity.text} / {show(middle, part)} = {point:.2f}%",
            subject=f"{part.key}|{share.sentence_start}",
        )


def _common(intervals) -> Interval | None:
    """The intersection of closed intervals, or None when it is empty."""
    low = high = None
    for interval in intervals:
        low = interval.low if low is None else max(low, interval.low)
        high = interval.high if high is None else min(high, interval.high)
    if low is None or low > high:
        return None
    return Interval(low, high)
