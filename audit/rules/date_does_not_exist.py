"""D006 date-does-not-exist."""

from __future__ import annotations

import calendar
from typing import Iterator

from extractor.regexes import compile_pattern
from extractor.entities.numerals import CJK_DIGIT
from extractor.extraction import Extraction
from extractor.structure.numerals import heading_ordinal

from ..context import Occurrences, section_key
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "D006", "date-does-not-exist", "error"

# 2025年2月29日 / 二〇二五年二月二十九日: a full date, its year in Arabic or Chinese digits
_FULL_DATE = compile_pattern(
    r"(?<![\d〇一二三四五六七八九零○])(?P<year>(?:19|20)\d\d|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年\s*"
    r"(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号](?![\d])",
    scans=True,
)


# …至9月31日 right after a full date: the range's end, in the start's year
_RANGE_END = compile_pattern(
    r"\s*(?:至|到|—|－|-|～|~)\s*(?:(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*)?"
    r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号](?![\d])"
)


def _year(token: str) -> int:
    return int(token) if token.isdigit() else int("".join(str(CJK_DIGIT[c]) for c in token))


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
    view = document.normalized
    for dated in _FULL_DATE.finditer(view):
        year = _year(dated.group("year"))
        ended = _RANGE_END.match(view, dated.end())  # 2024年9月25日至9月31日: the range's end too
        yield from _impossible_date(document, subject, dated, year, heading_ordinal(dated.group("month")))
        if ended is not None:
            # (6月1日至31日: the end's month is the start's when not written)
            month = heading_ordinal(ended.group("month")) if ended.group("month") else heading_ordinal(dated.group("month"))
            yield from _impossible_date(document, subject, ended, year, month)


def _impossible_date(document, subject, match, year: int, month: int | None) -> Iterator[Finding]:
    """A finding for a date match (full, or a range's end read in the start's year) no calendar has."""
    day = heading_ordinal(match.group("day"))
    if month is None or day is None or not impossible(year, month, day):
        return
    start, end = match.span()
    start += len(match.group()) - len(match.group().lstrip("至到—－-～~ \t"))
    written = document.text[start:end]
    known = 1 <= month <= 12
    yield Finding(
        rule=CODE,
        name=NAME,
        severity=SEVERITY,
        status="fail",
        message=f"日期{written}不存在（{year}年{month}月没有{day}日）" if known else f"日期{written}不存在（没有{month}月）",
        message_en=f"{written} is not a date: {year}-{month:02d} has no day {day}" if known else f"{written} is not a date: no month {month}",
        evidence=(Evidence(start, end, written, "date"),),
        expected=f"a day of {year}-{month:02d} (1–{calendar.monthrange(year, month)[1]})" if known else "a month 1–12",
        subject=subject(f"{section_key(document, start)}#{written}"),
    )
