"""Small ordinals as written in headings: 一 … 九十九, 〇, Arabic and full-width digits."""

from __future__ import annotations

CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def heading_ordinal(token: str) -> int | None:
    """The integer value of a heading number token.

    >>> [heading_ordinal(t) for t in ("七", "十", "十一", "二十三", "2", "１２", "③")]
    [7, 10, 11, 23, 2, 12, 3]
    """
    token = token.strip()
    if not token:
        return None
    if token in CIRCLED:
        return CIRCLED.index(token) + 1
    folded = token.translate(_FULLWIDTH_DIGITS)
    if folded.isdigit():
        return int(folded)
    if "十" in token:
        tens, _, units = token.partition("十")
        tens_value = CJK_DIGITS.get(tens, None) if tens else 1
        units_value = CJK_DIGITS.get(units, None) if units else 0
        if tens_value is None or units_value is None:
            return None
        return tens_value * 10 + units_value
    if len(token) == 1 and token in CJK_DIGITS:
        return CJK_DIGITS[token]
    return None
