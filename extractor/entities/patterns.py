"""Shared regular-expression fragments over the normalised view (half-width digits)."""

from __future__ import annotations

import regex

ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
CJK_NUM = r"[零〇○一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][零〇○一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟萬億]*"
NUMBER = rf"(?:{ARABIC}|{CJK_NUM})"
# a cheap first-character test: most positions in Chinese prose cannot start a figure, and
# failing here spares the engine the optional prefix groups (about twice as fast overall)
CANDIDATE_START = r"(?=[\d零〇○一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾约近逾将接大不小高低超多少至最≥≤<>≧≦])"
# a number must not continue a longer token: no digit, dot, letter or slash right before it
NUM_START = r"(?<![\d.A-Za-z/_\-])"

COMPARATOR_WORDS = {
    "不低于": ">=", "不少于": ">=", "大于等于": ">=", "大于或等于": ">=", "≥": ">=", "≧": ">=", ">=": ">=", "至少": ">=",
    "不超过": "<=", "不高于": "<=", "不大于": "<=", "不多于": "<=", "小于等于": "<=", "小于或等于": "<=", "≤": "<=", "≦": "<=", "<=": "<=", "最多": "<=",
    "大于": ">", "高于": ">", "超过": ">", "多于": ">", ">": ">",
    "小于": "<", "低于": "<", "少于": "<", "不足": "<", "<": "<",
}
SUFFIX_COMPARATORS = {"以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<=", "以内": "<="}
APPROX_PREFIXES = ("大约", "将近", "接近", "约", "近", "逾")

# 变更签证依据不足128.35万元 / 资料不足 / 手续不足: a name ending in 不足, not "less than"
_WORD_PATTERNS = {"不足": r"(?<![据料续])不足"}
COMPARATOR = "(?P<cmp>" + "|".join(
    _WORD_PATTERNS.get(word, regex.escape(word)) for word in sorted(COMPARATOR_WORDS, key=len, reverse=True)
) + r")?\s?"
APPROX = r"(?P<approx>(?<![节制签预合邀公简特])(?:" + "|".join(APPROX_PREFIXES) + r"))?\s?"
MORE = r"(?:余|多)"
SUFFIX = r"(?P<suffix>及以上|及以下|以上|以下|以内|左右)?"
RANGE_DASH = r"[-—–~～至到]"


def group(match, name: str) -> str | None:
    """A named group's text, or ``None`` when the pattern has no such group or it did not take part."""
    return match.group(name) if name in match.re.groupindex else None


_QUALIFIER_GROUPS = ("cmp", "approx", "more", "more2", "suffix")
_PRESENT: dict[int, tuple[str, ...]] = {}


def _qualifier_texts(match) -> dict[str, str | None]:
    """The qualifier groups of a match, fetched in one call (a recognizer's hot path)."""
    key = id(match.re)
    names = _PRESENT.get(key)
    if names is None:
        names = _PRESENT[key] = tuple(n for n in _QUALIFIER_GROUPS if n in match.re.groupindex)
    values = match.group(*names) if len(names) > 1 else (match.group(names[0]),) if names else ()
    return dict(zip(names, values))


def qualifiers(match) -> tuple[str | None, bool]:
    """(comparator, approx) of a match, from one look at its qualifier groups."""
    found = _qualifier_texts(match)
    word = found.get("cmp")
    if word:
        comparator = COMPARATOR_WORDS[word]
    else:
        comparator = SUFFIX_COMPARATORS.get(found.get("suffix") or "")
    approx = bool(found.get("approx") or found.get("more") or found.get("more2") or found.get("suffix") == "左右")
    return comparator, approx


def qualifier_fields(match) -> dict:
    """``approx`` and ``comparator`` of a match as Entity keyword arguments."""
    comparator, approx = qualifiers(match)
    return {"approx": approx, "comparator": comparator}


def comparator_of(match) -> str | None:
    """The comparator a match states, from its prefix word or its 以上/以下 suffix."""
    found = _qualifier_texts(match)
    word = found.get("cmp")
    if word:
        return COMPARATOR_WORDS[word]
    suffix = found.get("suffix")
    if suffix in SUFFIX_COMPARATORS:
        return SUFFIX_COMPARATORS[suffix]
    return None


