"""V006 restatement-differs."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..intervals import Interval
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V006", "restatement-differs", "error"

# 182,852.40万元（约18.29亿元） / 1.23万元（12,300元） / 6,000千元（折合600.00万元）: the bracket holds
# nothing but the same sum in another unit
_OPENS_RESTATEMENT = compile_pattern(r"\s*[（(]\s*(?:约合?|约为|折合(?:人民币)?约?|即约?|相当于约?)?\s*")
_CLOSES_RESTATEMENT = compile_pattern(r"\s*[）)]")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds a sum of money followed by a bracket that restates it, and nothing else, in another unit
    (``182,852.40万元（约18.29亿元）``, ``1.23万元（12,300元）``), and checks the two against each other
    with their intervals: the figure's half-unit of its last place, and for an ``约`` restatement one
    whole unit of the restatement's last place, so rounding either way is never reported.

    Why is this bad?
    The bracket is there so the reader can take in the sum at a glance; when the two disagree one
    of them is wrong, most often the unit of the first (千元 written for 万元 gives a figure ten
    times too small), and every total or share built on it is wrong by the same factor.

    Example:
    ``基金总收入182,852.40千元（约18.29亿元）`` — 182,852.40千元 is about 1.83亿元; the bracket and the
    rest of the report speak of 182,852.40万元.
    """
    document = extraction.document
    view, text = document.normalized, document.text
    subject = Occurrences()
    money = [e for e in extraction.entities if e.label == "MONEY" and isinstance(e.value, Decimal)]
    for first, second in zip(money, money[1:]):
        if first.scale == second.scale or first.comparator or second.comparator or first.lower is not None or second.lower is not None:
            continue  # the same unit twice is no restatement; a range or a bound has no single value
        opening = _OPENS_RESTATEMENT.fullmatch(view, first.end, second.start)
        if opening is None or _CLOSES_RESTATEMENT.match(view, second.end) is None:
            continue
        stated = Interval.stated(first.value, first.places, first.scale)
        restated = Interval.stated(second.value, second.places, second.scale)
        unit = restated.high - restated.low
        if second.approx or "约" in opening.group():
            # 约18.29亿元 may be rounded or cut: one unit of its last place either way
            restated = Interval(restated.low - unit / 2, restated.high + unit / 2)
        else:
            # 11,869.80万元（1.18亿元）: a restatement may be cut rather than rounded
            restated = Interval(restated.low, restated.high + unit / 2)
        if stated.overlaps(restated):
            continue
        ratio = max(first.value, second.value) / min(first.value, second.value) if first.value and second.value else Decimal(0)
        power = _nearest_power_of_ten(ratio)
        slip = power >= 10 and abs(ratio - power) <= power * _SLIP_TOLERANCE
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            status="fail",
            message=f"{text[first.start:first.end]}与括号内的{text[second.start:second.end]}不符"
            + (f"，相差约{power}倍，疑为单位笔误" if slip else ""),
            message_en=f"{first.value} and its restatement {second.value} in brackets disagree" + (" (a unit slip?)" if slip else ""),
            evidence=(
                Evidence(first.start, first.end, text[first.start:first.end], "stated", first.value),
                Evidence(second.start, second.end, text[second.start:second.end], "restated", second.value),
            ),
            expected=f"{first.value} [{stated.low}, {stated.high}] ∩ {second.value} [{restated.low}, {restated.high}] ≠ ∅",
            subject=subject(f"{section_key(document, first.start)}#{first.value}"),
        )


_SLIP_TOLERANCE = Decimal("0.02")  # 约18.29亿元 against 1.83亿元: a tenfold gap, give or take rounding


def _nearest_power_of_ten(ratio: Decimal) -> int:
    """The power of ten nearest a ratio (9.99 → 10, 1,002 → 1000); 1 for a ratio below 3.

    >>> _nearest_power_of_ten(Decimal("9.99")), _nearest_power_of_ten(Decimal("1002")), _nearest_power_of_ten(Decimal("1.2"))
    (10, 1000, 1)
    """
    power = 1
    while power * 3 < ratio:
        power *= 10
    return power
