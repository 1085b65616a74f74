"""D006 date-does-not-exist."""

from __future__ import annotations

import calendar
from typing import Iterator

from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.structure.numerals import heading_ordinal

from ..context import Occurrences, section_key
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D006", "date-does-not-exist", "error"

_CJK_DIGITS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}
# 2025年2月29日 / 二〇二五年二月二十九日: a full date, its year in Arabic or Chinese digits
_FULL_DATE = compile_pattern(
    r"(?<![\d〇一二三四五六七八九零○])(?P<year>(?:19|20)\d\d|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年\s*"
    r"(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号](?![\d])",
    scans=True,
)


def _year(token: str) -> int:
    return int(token) if token.isdigit() else int("".join(_CJK_DIGITS[c] for c in token))


def impossible(year: int, month: int, day: int) -> bool:
    """Whether no calendar has this day: a 13th month, a 31st of a 30-day month, 29 February of a
    common year.

    >>> impossible(2025, 2, 29), impossible(2024, 2, 29), impossible(2024, 4, 31), impossible(2024, 12, 31)
    (True, False, True, False)
    """
    if not 1 <= month <= 12:
        return True
    return not 1 <= day <= calendar.monthrange(year, month)[1]


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Finds full dates written in the text (``2025年2月29日``, ``二〇二四年四月三十一日``) that no calendar
    has: a month past 12, a day past the month's last (30 April, 28 or 29 February by the year).

    Why is this bad?
    A report signed, or an event dated, on a day that does not exist is a typing slip in the date:
    the reader cannot tell which day was meant, and a report's date decides whether it could state
    the year's results at all (D001). The tagger cannot read such a date, so every date check passes
    it by in silence.

    Example:
    ``2025年2月29日`` as the 落款 of a 2024 report — 2025 is not a leap year.
    """
    document = extraction.document
    subject = Occurrences()
    for match in _FULL_DATE.finditer(document.normalized):
        year, month, day = _year(match.group("year")), heading_ordinal(match.group("month")), heading_ordinal(match.group("day"))
        if month is None or day is None or not impossible(year, month, day):
            continue
        start, end = match.span()
        written = document.text[start:end]
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            status="fail",
            message=f"日期{written}不存在（{year}年{month}月没有{day}日）" if 1 <= month <= 12 else f"日期{written}不存在（没有{month}月）",
            message_en=f"{written} is not a date: {year}-{month:02d} has no day {day}" if 1 <= month <= 12 else f"{written} is not a date: no month {month}",
            evidence=(Evidence(start, end, written, "date"),),
            expected=f"a day of {year}-{month:02d} (1–{calendar.monthrange(year, month)[1]})" if 1 <= month <= 12 else "a month 1–12",
            subject=subject(f"{section_key(document, start)}#{written}"),
        )
