"""Numerals to ``Decimal``: Arabic with separators, Chinese (incl. 〇/零/两) and financial uppercase.

We parse Chinese numerals ourselves rather than through cn2an's ``cn2an`` because its known
faults matter for money: ``1.23456万`` loses digits, ``两三个`` and ``1.2万亿`` are mis-read.
Everything here works on ``Decimal`` so no value ever passes through a float.
"""

from __future__ import annotations

from decimal import Decimal

CJK_DIGIT = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNIT = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8}
POINT = {"点", "點"}

SCALE_WORDS = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "億": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "萬": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "仟": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
    "": Decimal(1),
}


class NumeralError(ValueError):
    """Text that is not a numeral we can read exactly."""


def parse_arabic(text: str) -> Decimal:
    """An Arabic numeral (half-width, as in the normalised view) with optional separators.

    >>> parse_arabic("12,345.67"), parse_arabic("673.60"), parse_arabic("-67.77")
    (Decimal('12345.67'), Decimal('673.60'), Decimal('-67.77'))
    """
    cleaned = text.replace(",", "").replace(" ", "").replace("−", "-")
    try:
        return Decimal(cleaned)
    except Exception as exc:  # decimal.InvalidOperation
        raise NumeralError(text) from exc


def decimal_places(text: str) -> int:
    """Decimals as written: ``673.60`` → 2, ``779`` → 0.

    >>> decimal_places("673.60"), decimal_places("12,345"), decimal_places("九十八点五")
    (2, 0, 1)
    """
    for mark in (".", "点", "點"):
        if mark in text:
            return len(text.split(mark, 1)[1].replace(",", "").strip())
    return 0


def parse_chinese(text: str) -> Decimal:
    """A Chinese numeral, lower or financial uppercase, with 万/亿 sections and 点 decimals.

    >>> [parse_chinese(t) for t in ("三十五", "一百零五", "十二万", "二〇二四", "九十八点五", "壹佰贰拾叁万肆仟伍佰陆拾柒")]
    [Decimal('35'), Decimal('105'), Decimal('120000'), Decimal('2024'), Decimal('98.5'), Decimal('1234567')]
    """
    if not text:
        raise NumeralError(text)
    integer_part, point, fraction_part = _split_point(text)
    value = _parse_chinese_integer(integer_part) if integer_part else Decimal(0)
    if point:
        scale_word = next((w for w in _POINT_SCALES if fraction_part.endswith(w)), "")  # 一点五万
        fraction_part = fraction_part[: len(fraction_part) - len(scale_word)]
        if not fraction_part or any(ch not in CJK_DIGIT for ch in fraction_part):
            raise NumeralError(text)
        digits = "".join(str(CJK_DIGIT[ch]) for ch in fraction_part)
        value += Decimal("0." + digits)
        if scale_word:
            value = scaled(value, scale_word)
    return value


_POINT_SCALES = ("万亿", "亿", "億", "万", "萬")


def _split_point(text: str) -> tuple[str, bool, str]:
    for mark in POINT:
        if mark in text:
            head, tail = text.split(mark, 1)
            return head, True, tail
    return text, False, ""


def _parse_chinese_integer(text: str) -> Decimal:
    if all(ch in CJK_DIGIT for ch in text):
        if len(text) == 2 and CJK_DIGIT[text[0]] and CJK_DIGIT[text[1]]:
            raise NumeralError(text)  # 两三, 五六: "two or three", not 23
        # digit-by-digit form: 二〇二四
        if len(text) > 1 and any(CJK_DIGIT[ch] == 0 for ch in text[1:]) or len(text) > 2:
            return Decimal("".join(str(CJK_DIGIT[ch]) for ch in text))
        if len(text) == 1:
            return Decimal(CJK_DIGIT[text])
        return Decimal("".join(str(CJK_DIGIT[ch]) for ch in text))
    total = Decimal(0)
    section = Decimal(0)
    number = None
    last_big = None
    last_unit = None  # the unit a final digit follows directly: 三千五 = 3500 (None after 零 or 十)
    for ch in text:
        if ch in CJK_DIGIT:
            if number:
                raise NumeralError(text)  # 三四十, 两三万: "thirty or forty", not 40
            number = CJK_DIGIT[ch]
            if number == 0:
                last_unit = None
        elif ch in SMALL_UNIT:
            unit = SMALL_UNIT[ch]
            section += Decimal(number if number is not None else 1) * unit
            number = None
            last_unit = unit
        elif ch in BIG_UNIT:
            big = BIG_UNIT[ch]
            if number is not None:
                section += number
                number = None
            if last_big is not None and big >= last_big:
                total = (total + section) * big  # 万亿, 一万二千万
                last_unit = Decimal(0)  # 一万亿二: no single place for the 二
            else:
                total += section * big
                last_unit = big
            last_big = big
            section = Decimal(0)
        else:
            raise NumeralError(text)
    if number is not None:
        if number and last_unit == 0:
            raise NumeralError(text)
        if number and last_unit is not None and last_unit >= 100:
            number = Decimal(number) * last_unit / 10  # 一百二 = 120, 一万二 = 12000, 一亿二 = 1.2亿
        section += number
    return total + section


def parse_number(text: str) -> Decimal:
    """Arabic or Chinese, whichever ``text`` is (view text: half-width digits).

    >>> parse_number("7.55"), parse_number("一辆"[:1])
    (Decimal('7.55'), Decimal('1'))
    """
    stripped = text.strip()
    if stripped and (stripped[0].isdigit() or stripped[0] in "-−+"):
        return parse_arabic(stripped)
    return parse_chinese(stripped)


def scaled(value: Decimal, scale_word: str) -> Decimal:
    """``value`` times the scale word (万, 亿, 万亿 …), exactly.

    >>> scaled(Decimal("1.23456"), "万"), scaled(Decimal("1.2"), "万亿")
    (Decimal('12345.6'), Decimal('1200000000000'))
    """
    result = value * SCALE_WORDS[scale_word]
    return _tidy(result)


def _tidy(value: Decimal) -> Decimal:
    """The same value without trailing zeros or an exponent (1.2E+12 → 1200000000000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return Decimal(format(value.normalize(), "f"))
