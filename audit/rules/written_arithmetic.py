"""S005 written-arithmetic-wrong."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..intervals import Interval
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "S005", "written-arithmetic-wrong", "error"
HUNDRED = Decimal(100)

_NUMBER = r"\d[\d,]*(?:\.\d+)?%?"
_OPERATOR = r"[+＋\-−×xX*÷/]"
# 44.36/45=98.58% · 97.03%×10=9.70分 · 8.5+9+10=27.5 — at least one operator, then = and a result
FORMULA = compile_pattern(
    rf"(?<![\d.%/])(?<!\d,)(?P<left>{_NUMBER}(?:\s*{_OPERATOR}\s*{_NUMBER})+)\s*[=＝]\s*(?P<result>{_NUMBER})(?![\d.])"
, scans=True)
_TOKEN = compile_pattern(rf"{_NUMBER}|{_OPERATOR}")
_MULTIPLY, _DIVIDE, _ADD = "×xX*", "÷/", "+＋"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Evaluates the arithmetic a report writes out (``44.36/45=98.58%``, ``97.03%×10=9.70分``,
    ``8.5+9+10=27.5``) with × and ÷ before + and −, a percentage read as a fraction, and every
    figure with decimals standing for its rounding interval; reports a written result the
    left-hand side cannot give. A result that is the exact value cut off at its decimals passes.

    Why is this bad?
    A calculation printed in the report is the author's own working; when it is wrong the score
    or rate built on it is wrong, and the reader sees the error in plain sight.

    Products written with their units and the result in words are worked out too
    (``637人×650元/月×12个月核定，计458.64万元``: in 元 when a factor is money, against the result in
    万元; a count in 万 scales the product: ``5万亩×100元/亩，计500万元``), as is ``按48÷60×5计算，得4.5分``.

    Example:
    ``按“执行率×分值”计算，97.03%×10=9.07分`` — 0.9703 × 10 = 9.703, so the score is 9.70.
    """
    view = extraction.document.normalized
    subject = Occurrences()
    yield from _unit_formulas(extraction, view, subject)
    for found in FORMULA.finditer(view):
        if _only_years(found.group("left")):
            continue  # 2023-2025: a span of years, not a subtraction
        value = _evaluate(found.group("left"))
        result = _interval(found.group("result"))
        if value is None or result is None:
            continue
        low, high, point = value
        if Interval(low, high).overlaps(result) or _cut_off(point, found.group("result")):
            continue
        text = extraction.document.text[found.start():found.end()]
        shown = _shown(point, found.group("result"))
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"算式“{text}”计算有误：等号左边得{shown}，写为{found.group('result')}",
            message_en=f"the written calculation {text} gives {shown}, not {found.group('result')}",
            evidence=(Evidence(found.start(), found.end(), text, "formula", None),),
            expected=f"{found.group('left')} = {shown}",
            subject=subject(f"{section_key(extraction.document, found.start())}#{text}"),
        )


# 637人×600元/月×12个月核定，计458.64万元 · 按48÷60×5计算，得4.0分: figures with their units, an
# operator between each, and the result after 计/得/为 — worked out in words, not with =; never
# starting inside a product or right after a + or −(…+500人×250元/月×12个月=450万元: one term of a sum)
_UNIT = r"[\p{Han}·]{1,4}(?:/[\p{Han}·]{1,3})?"
UNIT_FORMULA = compile_pattern(
    rf"(?<![\d.%/+＋\-−×xX*÷])(?P<left>{_NUMBER}(?:{_UNIT})?(?:\s*[×xX*÷]\s*{_NUMBER}(?:{_UNIT})?)+"
    rf"(?:\s*[+＋]\s*{_NUMBER}(?:{_UNIT})?(?:\s*[×xX*÷]\s*{_NUMBER}(?:{_UNIT})?)+)*)"
    rf"(?:核定|计算|测算)?\s*[，,]?\s*(?P<says>计得|共计|合计|计|得|为|[=＝])\s*(?P<result>{_NUMBER})\s*(?P<unit>万元|亿元|元|分)",
    scans=True,
)
_UNIT_WORDS = compile_pattern(_UNIT)
_TEN_THOUSAND_COUNT = compile_pattern(r"\d\s*[万亿](?!元)")
_COUNT_SCALE = {"万": Decimal(10000), "亿": Decimal(100000000)}
_SUM_SIGN = compile_pattern(r"[+＋]")
_OPERATOR_BEFORE = compile_pattern(r"[+＋\-−][\p{Han}/·]*$")
_RESULT_SCALE = {"万元": Decimal(10000), "亿元": Decimal(100000000)}
_YUAN_ONLY = compile_pattern(r"(?<![万亿千])元")


def _unit_formulas(extraction: Extraction, view: str, subject: Occurrences) -> Iterator[Finding]:
    """The worked results written in words (``637人×600元/月×12个月核定，计458.64万元``): the
    figures multiplied as written, in 元 when one of them is a sum of money, against the result in
    its own unit."""
    for found in UNIT_FORMULA.finditer(view):
        left = found.group("left")
        if _OPERATOR_BEFORE.search(view, max(0, found.start() - 8), found.start()):
            continue  # …+500人×150元/月: one term of a sum
        # 1.2万人×640元/人: a count in 万 scales the product (only in a product: ÷ 万 is left alone)
        counted_in = [m.group()[-1] for m in _TEN_THOUSAND_COUNT.finditer(left)]
        if counted_in and ("÷" in left or _SUM_SIGN.search(left)):
            continue  # a count in 万 inside a quotient or one term of a sum: no single scale for the whole
        left = _TEN_THOUSAND_COUNT.sub(lambda m: m.group()[:-1], left)
        count_scale = Decimal(1)
        for word in counted_in:
            count_scale *= _COUNT_SCALE[word]
        bare = not _UNIT_WORDS.search(left)
        if bare and (found.group("says") in "=＝" or found.group("unit") != "分"):
            continue  # 44.36/45=98.58%: FORMULA's; bare figures giving 万元: no unit to scale by
        value = _evaluate(_UNIT_WORDS.sub("", left))
        result = _interval(found.group("result"))
        if value is None or result is None:
            continue
        if found.group("unit") in _RESULT_SCALE and "元" not in left:
            continue  # 万元 from figures none of which is money: a unit the words do not give
        scales = {_RESULT_SCALE[u] for u in _RESULT_SCALE if u in left} | ({Decimal(1)} if _YUAN_ONLY.search(left) else set())
        if len(scales) > 1:
            continue  # 万元 and 元 among the factors: not one product as written
        # 8,642.50万元×15% gives 万元; 637人×600元/月 gives 元: the result's unit scales it
        scale = _RESULT_SCALE.get(found.group("unit"), Decimal(1)) / (scales.pop() if scales else Decimal(1)) if "元" in left else Decimal(1)
        low, high, point = (part * count_scale for part in value)
        stated = Interval(result.low * scale, result.high * scale)
        if Interval(low, high).overlaps(stated) or _cut_off(point / scale, found.group("result")):
            continue
        text = extraction.document.text[found.start():found.end()]
        shown = _shown(point / scale, found.group("result"))
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"算式“{text}”计算有误：得{shown}{found.group('unit')}，写为{found.group('result')}{found.group('unit')}",
            message_en=f"the written calculation {text} gives {shown}{found.group('unit')}, not {found.group('result')}",
            evidence=(Evidence(found.start(), found.end(), text, "formula", None),),
            expected=f"{left} = {shown}{found.group('unit')}",
            subject=subject(f"{section_key(extraction.document, found.start())}#{text}"),
        )


_YEAR = compile_pattern(r"(?:19|20)\d{2}")


def _only_years(left: str) -> bool:
    return all(_YEAR.fullmatch(token) for token in _TOKEN.findall(left) if token[0].isdigit())


def _figure(token: str) -> tuple[Decimal, int] | None:
    """A written figure as a number (a percentage as a fraction) and its written decimals."""
    percent = token.endswith("%")
    digits = token.rstrip("%").replace(",", "")
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return None
    places = len(digits.split(".")[1]) if "." in digits else 0
    return (number / HUNDRED if percent else number), places + (2 if percent else 0)


def _interval(token: str) -> Interval | None:
    figure = _figure(token)
    if figure is None:
        return None
    number, places = figure
    half = Decimal("0.5").scaleb(-places)
    return Interval(number - half, number + half)


def _operand(token: str) -> Interval | None:
    """An operand's interval: a figure with decimals stands for its rounding; a whole number (a
    weight, a target of 45) is taken as exact."""
    figure = _figure(token)
    if figure is None:
        return None
    number, places = figure
    if "." not in token:
        return Interval(number, number)
    half = Decimal("0.5").scaleb(-places)
    return Interval(number - half, number + half)


def _evaluate(left: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """The interval and the point value of ``left`` (× ÷ before + −)."""
    tokens = _TOKEN.findall(left)
    terms: list[tuple[int, Interval, Decimal]] = []
    sign, current, point = 1, None, None
    pending = None
    for token in tokens:
        if token[0].isdigit():
            operand = _operand(token)
            figure = _figure(token)
            if operand is None or figure is None:
                return None
            if current is None:
                current, point = operand, figure[0]
            elif pending in _MULTIPLY:
                current, point = current.times(operand), point * figure[0]
            else:
                quotient = current.divide(operand)
                if quotient is None or figure[0] == 0:
                    return None
                current, point = quotient, point / figure[0]
        elif token in _MULTIPLY or token in _DIVIDE:
            pending = token
        else:
            terms.append((sign, current, point))
            sign, current, point, pending = (1 if token in _ADD else -1), None, None, None
    terms.append((sign, current, point))
    if any(current is None for _, current, _ in terms):
        return None
    low = sum((c.low if s > 0 else -c.high) for s, c, _ in terms)
    high = sum((c.high if s > 0 else -c.low) for s, c, _ in terms)
    return low, high, sum(s * p for s, _, p in terms)


def _cut_off(point: Decimal, written: str) -> bool:
    figure = _figure(written)
    if figure is None:
        return False
    number, places = figure
    return point.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN) == number


def _shown(point: Decimal, written: str) -> str:
    figure = _figure(written)
    places = figure[1] if figure else 2
    if written.endswith("%"):
        return f"{(point * HUNDRED).quantize(Decimal(1).scaleb(-(places - 2)))}%"
    return f"{point.quantize(Decimal(1).scaleb(-places))}"
