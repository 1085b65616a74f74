"""Numerals to exact Decimals: Arabic, Chinese (lower case, financial uppercase, 〇/零, 两), scale words.

The last table documents where cn2an (installed version) is wrong and ``extractor.entities.numerals``
is right; each row calls cn2an to show the fault, so the table fails loudly if a cn2an release
fixes it (drop the row then).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.entities.numerals import NumeralError, decimal_places, parse_arabic, parse_chinese, parse_number, scaled

D = Decimal


# --------------------------------------------------------------------------- Arabic

@pytest.mark.parametrize(
    "text,value",
    [
        ("0", D("0")),
        ("7", D("7")),
        ("673.60", D("673.60")),
        ("33063.86", D("33063.86")),
        ("12,345.67", D("12345.67")),
        ("1,234,567", D("1234567")),
        ("999,999,999,999.9999", D("999999999999.9999")),
        ("0.000001", D("0.000001")),
        ("-67.77", D("-67.77")),
        ("−67.77", D("-67.77")),  # U+2212 minus sign
        ("12 345", D("12345")),  # a space as a separator
        ("1.23456", D("1.23456")),
    ],
)
def test_parse_arabic(text, value):
    parsed = parse_arabic(text)
    assert parsed == value
    assert str(parsed) == str(value)  # written precision kept: 673.60 stays 673.60


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "12元", "一二", "%"])
def test_parse_arabic_rejects(text):
    with pytest.raises(NumeralError):
        parse_arabic(text)


def test_parse_arabic_never_goes_through_float():
    # 0.1 + 0.2 style drift would show here
    assert parse_arabic("0.1") + parse_arabic("0.2") == D("0.3")
    assert parse_arabic("9007199254740993") == D(2**53 + 1)


# --------------------------------------------------------------------------- Chinese

@pytest.mark.parametrize(
    "text,value",
    [
        # lower case
        ("一", 1), ("九", 9), ("零", 0), ("〇", 0),
        ("十", 10), ("十一", 11), ("十九", 19), ("二十", 20), ("二十一", 21), ("三十五", 35), ("九十九", 99),
        ("一百", 100), ("一百一十", 110), ("一百零五", 105), ("一千零五", 1005), ("一千零五十", 1050),
        ("一千二百三十四", 1234), ("三千零五万零六", 30050006), ("十万零三", 100003), ("一万零一", 10001),
        ("十二万", 120000), ("十万", 100000), ("一百万", 1000000), ("一千万", 10000000),
        ("一亿零一万", 100010000), ("十二亿三千四百五十六万七千八百九十", 1234567890),
        # 两
        ("两", 2), ("两百", 200), ("两千", 2000), ("两万", 20000), ("两亿", 200000000), ("一千两百", 1200),
        # 〇 / ○ inside positional numbers
        ("一千〇五", 1005), ("一百○八", 108),
        # digit-by-digit (years, codes)
        ("二〇二四", 2024), ("二〇二三", 2023), ("二零一九", 2019), ("一九九八", 1998), ("二〇", 20), ("〇五", 5),
        # 万亿 and mixed big units
        ("一万二千亿", 1200000000000), ("三万亿", 3000000000000), ("十万亿", 10**13),
        ("一千二百万亿", 1200000000000000), ("一万亿零一", 1000000000001), ("三万亿五千万", 3000050000000),
        # financial uppercase
        ("壹", 1), ("拾", 10), ("壹拾", 10), ("壹拾伍", 15), ("贰拾", 20), ("叁佰", 300), ("肆仟", 4000),
        ("伍佰萬", 5000000), ("壹萬", 10000), ("壹億", 100000000), ("陆仟零柒", 6007), ("玖拾玖萬玖仟玖佰玖拾玖", 999999),
        ("壹佰贰拾叁万肆仟伍佰陆拾柒", 1234567), ("壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖", 123456789),
        ("貳", 2), ("兩", 2), ("參", 3), ("陸", 6),
        # 点 decimals
        ("九十八点五", D("98.5")), ("零点零五", D("0.05")), ("一点二三四五六", D("1.23456")), ("三點一四", D("3.14")),
        ("点五", D("0.5")), ("一百点〇一", D("100.01")),
    ],
)
def test_parse_chinese(text, value):
    assert parse_chinese(text) == D(value)


@pytest.mark.parametrize(
    "text,value",
    [
        # a last digit right after 百/千/万/亿 with no 零 between takes the next lower place
        ("一百二", 120), ("三千五", 3500), ("一万二", 12000), ("二十三万四", 234000), ("一亿二", 120000000),
        ("两千五", 2500),
        # …but not after 零 or 十
        ("一百零二", 102), ("一万零二", 10002), ("二十三", 23),
    ],
)
def test_parse_chinese_elided_last_unit(text, value):
    assert parse_chinese(text) == D(value)


@pytest.mark.parametrize(
    "text,value",
    [
        # a big unit that repeats or grows multiplies everything before it
        ("一万二千万", 120000000), ("一亿亿", 10**16), ("五千万亿", 5 * 10**15),
        # 点 decimals followed by a scale word
        ("一点五万", 15000), ("一点二万亿", 1200000000000), ("零点零七亿", 7000000), ("一点二三四五六万", D("12345.6")),
    ],
)
def test_parse_chinese_scaled_forms(text, value):
    assert parse_chinese(text) == D(value)


@pytest.mark.parametrize(
    "text",
    [
        "",  # nothing
        "两三", "五六", "三四十", "两三万", "五六百万",  # "two or three": approximate, not 23 / 40 / 30000
        "九十八点", "一点五六七八万零", "三点十",  # 点 without digits after it / units in the decimals
        "一百元", "abc", "12",  # not a Chinese numeral
    ],
)
def test_parse_chinese_rejects(text):
    with pytest.raises(NumeralError):
        parse_chinese(text)


@pytest.mark.parametrize(
    "text,value",
    [("7.55", D("7.55")), (" 12,345 ", D("12345")), ("-3", D("-3")), ("一", D("1")), ("壹拾", D("10")), ("两百", D("200"))],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


# --------------------------------------------------------------------------- decimal places

@pytest.mark.parametrize(
    "text,places",
    [
        ("673.60", 2), ("779", 0), ("12,345", 0), ("12,345.6", 1), ("1.23456", 5), ("0.000001", 6),
        ("九十八点五", 1), ("三點一四", 2), ("一百", 0), ("1.50", 2),
    ],
)
def test_decimal_places(text, places):
    assert decimal_places(text) == places


# --------------------------------------------------------------------------- scale words

@pytest.mark.parametrize(
    "value,scale,expected",
    [
        ("1.23456", "万", "12345.6"),
        ("1.2", "万亿", "1200000000000"),
        ("6.88", "亿", "688000000"),
        ("673.60", "万", "6736000"),
        ("0.000001", "万", "0.01"),
        ("0.00000001", "亿", "1"),
        ("0.0001", "万亿", "100000000"),
        ("12345.6789", "亿", "1234567890000"),
        ("1.5", "千", "1500"),
        ("3", "千万", "30000000"),
        ("4", "百万", "4000000"),
        ("2", "十万", "200000"),
        ("7", "百", "700"),
        ("5", "仟", "5000"),
        ("5", "萬", "50000"),
        ("5", "億", "500000000"),
        ("33063.86", "", "33063.86"),
        ("33063.80", "", "33063.8"),
        ("0", "亿", "0"),
    ],
)
def test_scaled_is_exact(value, scale, expected):
    result = scaled(D(value), scale)
    assert result == D(expected)
    # no exponent and no float artefact in the written form
    assert format(result, "f") == expected
    assert "E" not in str(result)


# --------------------------------------------------------------------------- cn2an faults

cn2an = pytest.importorskip("cn2an")


def _cn2an(text: str, mode: str):
    try:
        return cn2an.cn2an(text, mode)
    except (ValueError, KeyError) as exc:
        return exc


def _ours(text: str) -> Decimal | None:
    """Our reading: an Arabic number with a scale word, or a Chinese numeral; None = rejected."""
    for word in ("万亿", "亿", "万"):
        if text.endswith(word) and text[: -len(word)][:1].isdigit():
            return scaled(parse_arabic(text[: -len(word)]), word)
    try:
        return parse_chinese(text)
    except NumeralError:
        return None


@pytest.mark.parametrize(
    "text,mode,cn2an_gives,ours",
    [
        # truncation: smart mode drops the fifth decimal of 1.23456万 (→ 12345, not 12345.6)
        ("1.23456万", "smart", 12345, D("12345.6")),
        # 两三 is "two or three", cn2an reads it as the number 23 (两三个 itself raises on 个)
        ("两三", "smart", 23, None),
        ("两三", "normal", 23, None),
        # 1.2万亿 is an ordinary amount, cn2an cannot read it at all
        ("1.2万亿", "smart", ValueError, D("1200000000000")),
        # the colloquial 一亿二 (= 1.2亿) crashes cn2an inside its own tables: KeyError(10000000)
        ("一亿二", "normal", KeyError, D("120000000")),
        # 一万二千万 (= 1.2亿) is rejected
        ("一万二千万", "normal", ValueError, D("120000000")),
        # decimals after a Chinese scale word are rejected
        ("一点二万亿", "normal", ValueError, D("1200000000000")),
    ],
)
def test_cn2an_faults_we_avoid(text, mode, cn2an_gives, ours):
    got = _cn2an(text, mode)
    if cn2an_gives in (ValueError, KeyError):
        assert isinstance(got, cn2an_gives), f"cn2an now reads {text!r} as {got!r}: drop this row"
    else:
        assert got == cn2an_gives, f"cn2an now reads {text!r} as {got!r}: drop this row"
    assert _ours(text) == ours


@pytest.mark.parametrize(
    "text,mode",
    [
        # where cn2an is right we agree with it (its float results are exact for these)
        ("一千零五", "strict"), ("十一", "strict"), ("二十", "strict"), ("一万二千亿", "strict"),
        ("壹佰贰拾叁万肆仟伍佰陆拾柒", "strict"), ("九十八点五", "strict"), ("三千零五万零六", "strict"),
        ("二〇二四", "normal"), ("两千", "normal"), ("一万二", "normal"), ("三千五", "normal"), ("二十三万四", "normal"),
        ("12.3456万", "smart"), ("3.14亿", "smart"), ("12万亿", "smart"),
    ],
)
def test_agrees_with_cn2an_where_it_is_right(text, mode):
    assert _ours(text) == Decimal(str(cn2an.cn2an(text, mode)))
