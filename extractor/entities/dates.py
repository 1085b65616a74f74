"""DATE: calendar dates, months, years and 年度, ranges, 截至 dates and relative year words.

Relative words (本年, 上年, 上年同期, 年初, 年末 …) and dates without a year (``12月12日``) are
resolved against the document's fiscal year, never against today.
"""

from __future__ import annotations

import calendar
from typing import Iterator

import regex

from ..regexes import compile_pattern
from .model import Entity
from .windows import anchored_segments, finditer_in
from .numerals import NumeralError, parse_chinese

_AS_OF = r"(?P<asof>截至到|截止到|截至|截止)?\s?"
_Y = r"(?P<y>(?:19|20)\d{2})\s?年"
_M = r"(?P<m>1[0-2]|0?[1-9])\s?月"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号]"
_EDGE = r"(?P<edge>底|末|初)?"
_CN_DIGIT = "〇零○一二三四五六七八九"

PATTERNS: tuple[tuple[str, regex.Pattern], ...] = (
    ("date:ymd-range", compile_pattern(
        r"(?<!\d)" + _Y + r"\s?" + _M + r"\s?" + _D + r"\s?[-—–~～至到]\s?(?:(?P<m2>1[0-2]|0?[1-9])\s?月)?\s?(?P<d2>3[01]|[12]\d|0?[1-9])\s?[日号]"
    , scans=True)),
    ("date:year-range", compile_pattern(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?(?:年)?\s?[-—–~～至到]\s?(?P<y2>(?:19|20)\d{2})\s?年(?:度)?", scans=True)),
    ("date:dotted-range", compile_pattern(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<m>1[0-2]|0?[1-9])\s?[-—–~～至到]\s?(?P<y2>(?:19|20)\d{2})\.(?P<m2>1[0-2]|0?[1-9])(?![\d.])", scans=True)),
    ("date:iso", compile_pattern(r"(?<![\d.])" + _AS_OF + r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])", scans=True)),
    ("date:ym-range", compile_pattern(r"(?<!\d)" + _Y + r"\s?(?P<m>1[0-2]|0?[1-9])\s?月?\s?[-—–~～至到]\s?(?P<m2>1[0-2]|0?[1-9])\s?月(?:份)?", scans=True)),
    ("date:cn", compile_pattern(_AS_OF + rf"(?P<cy>[{_CN_DIGIT}]{{4}})(?P<nian>年度|年)(?:(?P<cm>十[一二]?|[一二三四五六七八九])月(?:(?P<cd>三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?", scans=True)),
    # one scan for 2023年 / 2023年度 / 2023年3月 / 2023年3月16日 (the longest form at each place)
    ("date:y", compile_pattern(
        r"(?<!\d)" + _AS_OF + r"(?P<y>(?:19|20)\d{2})\s?(?P<nian>年度|年)"
        + r"(?:\s?(?P<m>1[0-2]|0?[1-9])\s?月(?:份)?(?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号])?)?" + _EDGE
    , scans=True)),
    ("date:m-range", compile_pattern(r"(?<![\d年.])(?P<m>1[0-2]|0?[1-9])\s?[-—–~～至]\s?(?P<m2>1[0-2]|0?[1-9])\s?月", scans=True)),
    # one scan for 12月12日 / 6月 / 截至12月底 (year from the fiscal year)
    ("date:m", compile_pattern(
        r"(?<![\d年.\-])" + _AS_OF + r"(?P<m>1[0-2]|0?[1-9])\s?月(?:份)?(?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号])?" + _EDGE + r"(?![\d日号])"
    , scans=True)),
)

# a numeral before 年/月, or the start of 2023-03 / 2023.3 / 2023/3.  Both forms open with one of the
# same characters, so that class comes first: then re skips ahead to the next such character in C
# (with the two forms as alternatives of a whole pattern it tried each at every position, twice the time)
_ANCHOR = compile_pattern(r"[\d〇零○一二三四五六七八九十](?:\s?[年月]|(?<=1)9\d\d[-/.]\d|(?<=2)0\d\d[-/.]\d)")
# relative year words: (offset in years, edge of the year or None)
RELATIVE_WORDS = {
    "上年同期": (-1, None), "上年度": (-1, None), "上一年度": (-1, None), "本年度": (0, None), "下一年度": (1, None),
    "上年": (-1, None), "去年": (-1, None), "本年": (0, None), "今年": (0, None), "当年": (0, None),
    "下一年": (1, None), "次年": (1, None), "下年度": (1, None), "年初": (0, "start"), "年末": (0, "end"), "年底": (0, "end"), "年终": (0, "end"),
    "上年末": (-1, "end"), "上年底": (-1, "end"), "本年末": (0, "end"), "本年底": (0, "end"), "上年初": (-1, "start"), "本年初": (0, "start"),
}
# not inside a longer word or number: 上本年, 每年初, 2023年初 (that is a date:y)
_NOT_BEFORE_RELATIVE = r"[\d上本今当下一次每]"
# Each word is written as its first character, then the check on the character before it (a
# two-character lookbehind ending at that first character), then the rest: a pattern whose every
# alternative opens with a plain character lets re skip in C to the next 上/本/年 …, where a
# leading lookbehind made both engines try every position (half the time of the regex scan).
RELATIVE = compile_pattern(
    "(?P<word>" + "|".join(
        rf"{word[0]}(?<!{_NOT_BEFORE_RELATIVE}{word[0]}){word[1:]}" for word in sorted(RELATIVE_WORDS, key=len, reverse=True)
    ) + ")"
)


def find_dates(text: str, view: str, fiscal_year: int | None) -> Iterator[Entity]:
    """DATE entities; ``fiscal_year`` anchors relative words and yearless dates.

    >>> [(e.text, e.value) for e in find_dates("2023年3月16日", "2023年3月16日", 2023)][0]
    ('2023年3月16日', '2023-03-16')
    """
    segments = anchored_segments(view, _ANCHOR, 12, 16)  # widest forms: 截止到2019年…, …年1月10日至2月5日
    covered = bytearray(len(view) + 1)  # patterns run longest form first; skip what they covered
    for kind, pattern in PATTERNS:
        for match in finditer_in(pattern, view, segments):
            if covered[match.start()] and covered[match.end() - 1]:
                continue
            entity = _entity(_refined(kind, match), text, match, fiscal_year)
            if entity is not None:
                covered[entity.start:entity.end] = b"\1" * (entity.end - entity.start)
                yield entity
    if fiscal_year is None:
        return
    for match in RELATIVE.finditer(view):
        word = match.group("word")
        offset, edge = RELATIVE_WORDS[word]
        year = fiscal_year + offset
        if edge == "start":
            value, granularity, span = f"{year}-01-01", "day", None
        elif edge == "end":
            value, granularity, span = f"{year}-12-31", "day", None
        else:
            value, granularity, span = str(year), "year", (f"{year}-01-01", f"{year}-12-31")
        yield Entity("DATE", match.start(), match.end(), text[match.start():match.end()], value,
                     granularity=granularity, range=span, relative=True, year=year, pattern="date:relative")


def _refined(kind: str, match) -> str:
    """The specific form a combined pattern matched (date:y → date:ymd / date:ym / date:year)."""
    if kind == "date:y":
        return "date:ymd" if match.group("d") else "date:ym" if match.group("m") else "date:year"
    if kind == "date:m":
        return "date:md" if match.group("d") else "date:month"
    return kind


def _entity(kind: str, text: str, match, fiscal_year: int | None) -> Entity | None:
    groups = match.groupdict()  # few matches per document: clarity over speed here
    as_of = bool(groups.get("asof"))
    try:
        if kind == "date:cn":
            year = int("".join(str(int(parse_chinese(ch))) for ch in groups["cy"]))
            month = int(parse_chinese(groups["cm"])) if groups.get("cm") else None
            day = int(parse_chinese(groups["cd"])) if groups.get("cd") else None
        else:
            year = int(groups["y"]) if groups.get("y") else fiscal_year
            month = int(groups["m"]) if groups.get("m") else None
            day = int(groups["d"]) if groups.get("d") else None
    except (NumeralError, ValueError):
        return None
    if year is None:
        return None
    edge = groups.get("edge")
    value, granularity, span = _value(year, month, day, edge, groups)
    if value is None:
        return None
    start = match.start()
    while start < match.end() and text[start].isspace():
        start += 1
    return Entity("DATE", start, match.end(), text[start:match.end()], value, granularity=granularity,
                  range=span, as_of=as_of, year=year, pattern=kind)


def _value(year: int, month: int | None, day: int | None, edge: str | None, groups: dict):
    if groups.get("y2"):
        last_year = int(groups["y2"])
        if last_year < year:
            return None, None, None
        if month is not None and groups.get("m2"):
            last_month = int(groups["m2"])
            end_day = calendar.monthrange(last_year, last_month)[1]
            return f"{year}-{month:02d}", "month", (f"{year}-{month:02d}-01", f"{last_year}-{last_month:02d}-{end_day:02d}")
        return str(year), "year", (f"{year}-01-01", f"{last_year}-12-31")
    if day is not None and groups.get("d2"):
        last_month = int(groups["m2"]) if groups.get("m2") else month
        last_day = int(groups["d2"])
        if last_day > calendar.monthrange(year, last_month)[1] or (last_month, last_day) < (month, day):
            return None, None, None
        return f"{year}-{month:02d}-{day:02d}", "day", (f"{year}-{month:02d}-{day:02d}", f"{year}-{last_month:02d}-{last_day:02d}")
    if month is not None and groups.get("m2"):
        last_month = int(groups["m2"])
        if last_month < month:
            return None, None, None
        end_day = calendar.monthrange(year, last_month)[1]
        return f"{year}-{month:02d}", "month", (f"{year}-{month:02d}-01", f"{year}-{last_month:02d}-{end_day:02d}")
    if day is not None and month is not None:
        if day > calendar.monthrange(year, month)[1]:
            return None, None, None
        return f"{year}-{month:02d}-{day:02d}", "day", None
    if month is not None:
        if edge in ("底", "末"):
            return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", "day", None
        if edge == "初":
            return f"{year}-{month:02d}-01", "day", None
        return f"{year}-{month:02d}", "month", None
    if edge in ("底", "末"):
        return f"{year}-12-31", "day", None
    if edge == "初":
        return f"{year}-01-01", "day", None
    span = (f"{year}-01-01", f"{year}-12-31") if groups.get("nian") == "年度" else None
    return str(year), "year", span
