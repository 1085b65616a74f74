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

    Example:
    ``按“执行率×分值”计算，97.03%×10=9.07分`` — 0.9703 × 10 = 9.703, so the score is 9.70.
    """
    view = extraction.document.normalized
    subject = Occurrences()
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
