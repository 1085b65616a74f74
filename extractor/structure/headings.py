"""Recognising a heading line by its Chinese numbering scheme.

Schemes, outermost first (their rank):

=========  =======================  =================
rank       scheme                   example
=========  =======================  =================
0          ``part``                 第一部分 / 第2部分
1          ``annex``                附件1 / 附件 4:
2          ``cjk-dun``              一、 / 七、
3          ``cjk-paren``            （一） / (三)
4          ``arabic-dot``           1． / 1. / 1、
5          ``arabic-multi``         2.2 / 1.1.3
6          ``arabic-paren``         （1） / (2)
7          ``circled``              ①
=========  =======================  =================

A line without a number is a heading only when the source marks it so (a markdown ``#``, a Word
heading style, an HTML ``<h2>``); its rank then follows the markup level.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from ..regexes import compile_pattern
from ..normalize import collapse_whitespace, strip_artefacts
from .numerals import heading_ordinal

_CJK = "〇零一二三四五六七八九十"
_NOT_A_TITLE_START = r"\d万亿元千百%个人家件次项台辆年月日号分倍"

# Each scheme: name, rank, pattern over the normalised line (leading markup already removed).
# Group "num" is the ordinal token; the whole match is the marker.
SCHEMES: tuple[tuple[str, int, regex.Pattern], ...] = (
    ("part", 0, compile_pattern(rf"第\s*(?P<num>[{_CJK}]+|\d{{1,2}})\s*部分")),
    ("annex", 1, compile_pattern(r"附\s*件\s*(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[:：])?(?=\s|$|[^\d\s:：]|[:：])")),
    ("cjk-dun", 2, compile_pattern(rf"(?P<num>[{_CJK}]{{1,3}})\s*[、.．]")),
    ("cjk-paren", 3, compile_pattern(rf"[（(]\s*(?P<num>[{_CJK}]{{1,3}})\s*[）)]")),
    ("arabic-multi", 5, compile_pattern(rf"(?P<num>\d{{1,2}}(?:[.．]\d{{1,2}})+)(?![\d.．])(?![{_NOT_A_TITLE_START}])")),
    # 2.2024年起…: an item opening with a year, not the decimal 2.2024
    # 1.2023年… and 2.6月、9月开展… are items opening with a date, not the decimals 1.2023 and 2.6
    ("arabic-dot", 4, compile_pattern(r"(?P<num>\d{1,2})\s*[.．、](?!(?!(?:19|20)\d{2}年|\d{1,2}月)[\d.．])")),
    ("arabic-paren", 6, compile_pattern(r"[（(]\s*(?P<num>\d{1,2})\s*[）)]")),
    ("circled", 7, compile_pattern(r"(?P<num>[①-⑳])")),
)

_SCHEMES_BY_NAME = {scheme: (scheme, rank, pattern) for scheme, rank, pattern in SCHEMES}


def _schemes_for(first: str) -> tuple:
    """Only the schemes a line starting with ``first`` could match (most lines match none)."""
    if first == "第":
        return (_SCHEMES_BY_NAME["part"],)
    if first == "附":
        return (_SCHEMES_BY_NAME["annex"],)
    if first in _CJK:
        return (_SCHEMES_BY_NAME["cjk-dun"],)
    if first in "（(":
        return (_SCHEMES_BY_NAME["cjk-paren"], _SCHEMES_BY_NAME["arabic-paren"])
    if "①" <= first <= "⑳":
        return (_SCHEMES_BY_NAME["circled"],)
    if first.isdigit():
        return (_SCHEMES_BY_NAME["arabic-multi"], _SCHEMES_BY_NAME["arabic-dot"])
    return ()


_LEADING_CHARS = " \t\u3000*#>"


def could_be_heading(line: str) -> bool:
    """Whether a line without heading markup could carry a heading number (a cheap pre-test).

    >>> could_be_heading("（一）基本情况"), could_be_heading("我单位2023年初预算总收入")
    (True, False)
    """
    first = line.lstrip(_LEADING_CHARS)[:1]
    return bool(first) and (_could_start_heading(first) or line.lstrip().startswith("#"))


def _could_start_heading(first: str) -> bool:
    return first in "第附（(" or first in _CJK or first.isdigit() or "①" <= first <= "⑳"


# Leading markup before a heading number: spaces, markdown hashes and bold, list bullets.
_LEADING = compile_pattern(r"^[\s*#>]*")
_MARKDOWN_HASHES = compile_pattern(r"^\s*(#{1,6})\s")
_TITLE_END = compile_pattern(r"[。；;：:！？!?]")
_TITLE_MAX = 40
_WHITESPACE = compile_pattern(r"\s+")
_MULTI_SEPARATOR = compile_pattern(r"[.．]")
_CLAUSE = compile_pattern(r"[，,]")


class HeadingMatch(NamedTuple):
    """A recognised heading line: its marker, ordinal, scheme and rank, and its clean title.

    (An immutable named tuple: every heading line of every document makes one, and a frozen
    dataclass spends most of its construction time guarding its fields.)
    """

    number: str
    ordinal: int | None
    scheme: str
    rank: int
    title: str


def match_heading(line: str, hint_level: int | None = None, original: str | None = None) -> HeadingMatch | None:
    """Recognise a heading line, or return ``None``.

    ``line`` is the line in the normalised view (matched against); ``original`` the same line as
    written (number and title are taken from it), defaulting to ``line``.

    >>> match_heading("（三）年度主要工作概述。")
    HeadingMatch(number='（三）', ordinal=3, scheme='cjk-paren', rank=3, title='年度主要工作概述')
    """
    original = line if original is None else original
    first = line.lstrip(_LEADING_CHARS)[:1]
    if hint_level is None and first and not _could_start_heading(first) and not line.lstrip().startswith("#"):
        return None  # most lines of a report are prose: decided on one character
    markdown = _MARKDOWN_HASHES.match(line)
    if markdown and hint_level is None:
        hint_level = len(markdown.group(1))
    lead = _LEADING.match(line).end()
    body = line[lead:]
    for scheme, rank, pattern in _schemes_for(body[:1]):
        found = pattern.match(body)
        if not found:
            continue
        if scheme == "cjk-dun" and found.group().endswith((".", "．")) and len(found.group("num")) > 1:
            continue
        title = _clean_title(original[lead + found.end():])
        if scheme in ("arabic-dot", "arabic-multi", "arabic-paren", "circled") and not title:
            return None
        return HeadingMatch(
            number=_clean_marker(original[lead + found.start():lead + found.end()]),
            ordinal=_ordinal(scheme, found.group("num")),
            scheme=scheme,
            rank=rank,
            title=title,
        )
    if hint_level is not None:
        title = _clean_title(original[lead:])
        if title:
            return HeadingMatch(number="", ordinal=None, scheme="markup", rank=max(0, hint_level - 1), title=title)
    return None


def _ordinal(scheme: str, token: str) -> int | None:
    if scheme == "arabic-multi":
        return heading_ordinal(_MULTI_SEPARATOR.split(token)[-1])
    return heading_ordinal(token.replace(" ", ""))


def _clean_marker(marker: str) -> str:
    return _WHITESPACE.sub("", marker).rstrip(":：")


def _clean_title(rest: str) -> str:
    """The title of a heading: the text up to the first terminator, markup and artefacts removed."""
    rest = strip_artefacts(rest).replace("*", "")
    rest = collapse_whitespace(rest)
    cut = _TITLE_END.search(rest)
    if cut:
        rest = rest[: cut.start()].rstrip()
    if len(rest) > _TITLE_MAX:
        clause = _CLAUSE.search(rest)
        rest = rest[: clause.start()] if clause and clause.start() <= _TITLE_MAX else rest[:_TITLE_MAX] + "…"
    return rest
