"""How the generator writes figures: fixed decimals, Chinese numerals, full-width digits.

All arithmetic is ``Decimal`` with half-up rounding, the way reports round by hand.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_CJK_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789.%"}


def rounded(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half-up to ``places`` decimals.

    >>> rounded(Decimal("20.6778"), 1), rounded(Decimal("2.25"), 1)
    (Decimal('20.7'), Decimal('2.3'))
    """
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fixed(value: Decimal, places: int) -> str:
    """A number written with exactly ``places`` decimals: 520 → ``520.00``.

    >>> fixed(Decimal("520"), 2), fixed(Decimal("95"), 0)
    ('520.00', '95')
    """
    return format(rounded(value, places), "f")


def places_of(number: str) -> int:
    """Decimals as written: ``673.60`` → 2, ``95`` → 0."""
    return len(number.split(".", 1)[1]) if "." in number else 0


def cjk_number(n: int) -> str:
    """0–99 in Chinese numerals as a count is written: 1 → 一, 10 → 十, 23 → 二十三.

    >>> cjk_number(1), cjk_number(10), cjk_number(20), cjk_number(23)
    ('一', '十', '二十', '二十三')
    """
    if not 0 <= n < 100:
        raise ValueError(f"{n} is outside 0–99")
    if n < 10:
        return "零一二三四五六七八九"[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CJK_DIGITS[tens]) + "十" + (_CJK_DIGITS[units] if units else "")


def cjk_date(year: int, month: int, day: int) -> str:
    """A signature date in Chinese numerals.

    >>> cjk_date(2024, 3, 20)
    '二〇二四年三月二十日'
    """
    return "".join(_CJK_DIGITS[int(d)] for d in str(year)) + f"年{cjk_number(month)}月{cjk_number(day)}日"


def full_width(text: str) -> str:
    """Digits, ``.`` and ``%`` in full width; everything else kept (same length).

    >>> full_width("673.60万元，占65.7%")
    '６７３．６０万元，占６５．７％'
    """
    return text.translate(_FULL_WIDTH)
