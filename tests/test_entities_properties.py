"""Property tests through the public tagger: written amounts parse back to the same exact value.

Every example goes through ``tag_entities(document_from_text(...))`` inside a Chinese carrier
sentence, so spans, normalisation (full-width digits) and overlap resolution are exercised too.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from extractor.entities import tag_entities
from extractor.loaders.compose import document_from_text

CARRIERS = (
    "全年支出合计{x}，较上年有所增长。",
    "其中：基本支出{x}。",
    "{x}",
    "本年度收到财政拨款{x}，主要用于日常运转",
)
PERCENT_CARRIERS = ("同比增长{x}，增幅较大。", "执行率为{x}。", "{x}")

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def tag(text: str):
    return tag_entities(document_from_text("t.txt", "txt", text), 2023).entities


def only(text: str, label: str):
    return [e for e in tag(text) if e.label == label]


def plain(d: Decimal, strip: bool) -> str:
    """``d`` written out exactly, without exponent; trailing zeros of the fraction stripped if asked."""
    s = format(d, "f")
    if strip and "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


# --------------------------------------------------------------------------- Arabic money

# 0 < v < 10^12 with 2, 3 or 4 decimals
amounts = st.integers(min_value=2, max_value=4).flatmap(
    lambda places: st.integers(min_value=1, max_value=10**12 * 10**places - 1).map(
        lambda n: Decimal(n).scaleb(-places)
    )
)
SCALES = {"": 0, "万": 4, "亿": 8}


@st.composite
def written_amounts(draw):
    value = draw(amounts)
    scale = draw(st.sampled_from(sorted(SCALES)))
    number = value.scaleb(-SCALES[scale])
    written = plain(number, strip=draw(st.booleans()))
    if draw(st.booleans()):
        integer, _, fraction = written.partition(".")
        written = f"{int(integer):,}" + ("." + fraction if fraction else "")
    if draw(st.booleans()):
        written = written.translate(FULL_WIDTH)
    return value, f"{written}{scale}元"


@FAST
@given(written_amounts(), st.sampled_from(CARRIERS))
@example((Decimal("12345.6"), "1.23456万元"), CARRIERS[0])
@example((Decimal("1200000000000"), "12,000.00亿元"), CARRIERS[0])
@example((Decimal("123456700"), "１２，３４５．６７万元"), CARRIERS[0])
@example((Decimal("0.01"), "0.000001万元"), CARRIERS[0])
@example((Decimal("2023.12"), "2023.12元"), CARRIERS[0])
def test_arabic_money_round_trips(case, carrier):
    value, written = case
    sentence = carrier.format(x=written)
    money = only(sentence, "MONEY")
    assert [sentence[e.start:e.end] for e in money] == [written]
    assert money[0].text == written
    assert money[0].value == value


# --------------------------------------------------------------------------- Chinese money

LOWER = "零一二三四五六七八九"
UPPER = "零壹贰叁肆伍陆柒捌玖"


def to_chinese(n: int, upper: bool = False, zero: str = "零", liang: bool = False, wan: str = "万") -> str:
    """1 ≤ n < 10^8 as a Chinese numeral: 一千零五, 十二万, 壹拾伍, 两千 (``liang``), 萬 (``wan``)."""
    assert 0 < n < 10**8
    digits = UPPER if upper else LOWER
    small = ("", "拾", "佰", "仟") if upper else ("", "十", "百", "千")

    def group(g: int, leading: bool) -> str:
        out, pending_zero = [], not leading and g < 1000
        for place in (3, 2, 1, 0):
            d = g // 10**place % 10
            if d == 0:
                pending_zero = pending_zero or bool(out)
                continue
            if pending_zero:
                out.append(zero)
                pending_zero = False
            ch = digits[d]
            if liang and d == 2 and place >= 2 and not upper:
                ch = "两"
            out.append(ch + small[place])
        return "".join(out)

    high, low = divmod(n, 10**4)
    text = ""
    if high:
        text = group(high, leading=True) + wan
    if low:
        text += group(low, leading=not high)
    elif high and low == 0:
        pass
    if not upper and text.startswith("一十"):
        text = text[1:]  # 十五, 十万 (but 一百一十 inside)
    return text


_PLACE = {"十": 10, "百": 100, "千": 1000, "万": 10**4}


def elide(text: str) -> str:
    """The colloquial short form when there is one: 三千五百 → 三千五, 一万二千 → 一万二 (not 十二万 → 十二)."""
    if (
        len(text) >= 3 and text[-1] in _PLACE and text[-2] in LOWER[1:] + "两" and text[-3] in _PLACE
        and _PLACE[text[-3]] == 10 * _PLACE[text[-1]]
    ):
        return text[:-1]
    return text


def test_to_chinese_itself():
    assert to_chinese(1005) == "一千零五"
    assert to_chinese(15) == "十五"
    assert to_chinese(110) == "一百一十"
    assert to_chinese(100010) == "十万零一十"
    assert to_chinese(120000) == "十二万"
    assert to_chinese(10000001) == "一千万零一"
    assert to_chinese(30050006) == "三千零五万零六"
    assert to_chinese(1234567, upper=True) == "壹佰贰拾叁万肆仟伍佰陆拾柒"
    assert to_chinese(15, upper=True) == "壹拾伍"
    assert to_chinese(2200, liang=True) == "两千两百"
    assert to_chinese(2024, zero="〇") == "二千〇二十四"
    assert [elide(to_chinese(n)) for n in (3500, 12000, 234000, 120000, 1005, 20)] == [
        "三千五", "一万二", "二十三万四", "十二万", "一千零五", "二十"]


@st.composite
def chinese_amounts(draw):
    n = draw(st.integers(min_value=1, max_value=99_999_999))
    upper = draw(st.booleans())
    if upper:
        written = to_chinese(n, upper=True, wan=draw(st.sampled_from("万萬")))
    else:
        written = to_chinese(n, zero=draw(st.sampled_from("零〇")), liang=draw(st.booleans()))
        if draw(st.booleans()):
            written = elide(written)
    written += "元" + draw(st.sampled_from(["", "整"]))
    return Decimal(n), written


@FAST
@given(chinese_amounts(), st.sampled_from(CARRIERS))
@example((Decimal(1234567), "壹佰贰拾叁万肆仟伍佰陆拾柒元整"), CARRIERS[0])
@example((Decimal(15), "壹拾伍元"), CARRIERS[0])
@example((Decimal(10), "十元"), CARRIERS[0])
@example((Decimal(1005), "一千零五元"), CARRIERS[0])
def test_chinese_money_round_trips(case, carrier):
    value, written = case
    sentence = carrier.format(x=written)
    money = only(sentence, "MONEY")
    assert [sentence[e.start:e.end] for e in money] == [written]
    assert money[0].value == value


@st.composite
def chinese_decimal_amounts(draw):
    """十二点五万元, 零点零七亿元, 三点一四元: a Chinese integer part, 点, digit-by-digit decimals, a scale."""
    integer = draw(st.integers(min_value=0, max_value=9999))
    fraction = draw(st.text(alphabet="0123456789", min_size=1, max_size=4))
    scale = draw(st.sampled_from(sorted(SCALES)))
    zero = draw(st.sampled_from("零〇"))
    head = to_chinese(integer, zero=zero) if integer else "零"
    tail = "".join(zero if d == "0" else LOWER[int(d)] for d in fraction)
    value = Decimal(f"{integer}.{fraction}").scaleb(SCALES[scale])
    return value, f"{head}点{tail}{scale}元"


@FAST
@given(chinese_decimal_amounts(), st.sampled_from(CARRIERS))
@example((Decimal("15000"), "一点五万元"), CARRIERS[0])
@example((Decimal("7000000"), "零点零七亿元"), CARRIERS[0])
@example((Decimal("12345.6"), "一点二三四五六万元"), CARRIERS[0])
def test_chinese_decimal_money_round_trips(case, carrier):
    value, written = case
    sentence = carrier.format(x=written)
    money = only(sentence, "MONEY")
    assert [sentence[e.start:e.end] for e in money] == [written]
    assert money[0].value == value


@pytest.mark.parametrize("pair", ["一两", "两三", "三四", "四五", "五六", "六七", "七八", "八九"])
@pytest.mark.parametrize("unit", ["个", "人", "家", "万元", "百万元", "十个", "千人"])
def test_two_digit_approximations_are_not_numbers(pair, unit):
    """两三个, 五六万元, 三四十个: "two or three …" is never read as 23, 56万, 40 (exhaustive, not random)."""
    sentence = f"共组织{pair}{unit}，"
    wrong = [e for e in tag(sentence) if e.label in ("MONEY", "COUNT") and pair in e.text]
    assert wrong == []


# --------------------------------------------------------------------------- percentages

percents = st.integers(min_value=0, max_value=2).flatmap(
    lambda places: st.integers(min_value=0, max_value=1000 * 10**places).map(lambda n: Decimal(n).scaleb(-places))
)


@FAST
@given(percents, st.booleans(), st.booleans(), st.sampled_from(PERCENT_CARRIERS))
@example(Decimal("98.50"), False, False, PERCENT_CARRIERS[0])
@example(Decimal("0"), False, False, PERCENT_CARRIERS[1])
def test_percent_round_trips(value, strip, full_width, carrier):
    written = plain(value, strip) + "%"
    if full_width:
        written = written.translate(FULL_WIDTH)
    sentence = carrier.format(x=written)
    found = only(sentence, "PERCENT")
    assert [sentence[e.start:e.end] for e in found] == [written]
    assert found[0].value == value
    assert not found[0].points


# --------------------------------------------------------------------------- ranges and shared units

@FAST
@given(amounts, amounts, st.sampled_from(["万", "亿"]), st.sampled_from("-—~至"))
def test_money_range_round_trips(a, b, scale, dash):
    low, high = sorted((a, b))
    shift = SCALES[scale]
    written = f"{plain(low.scaleb(-shift), True)}{scale}{dash}{plain(high.scaleb(-shift), True)}{scale}元"
    sentence = f"预计项目总投资{written}，分年度安排。"
    money = only(sentence, "MONEY")
    assert [(e.text, e.lower, e.upper) for e in money] == [(written, low, high)]


@FAST
@given(
    st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999),
    st.sampled_from(["万", "亿"]), st.sampled_from(["至", "到", "—", "~"]), st.booleans(),
)
@example(3, 5, "万", "至", False)
@example(1, 2, "万", "至", True)
def test_chinese_money_range_shares_the_scale(a, b, scale, dash, liang):
    """三至五万元 is 3万–5万 (the scale sits inside the Chinese upper numeral but scales both ends)."""
    low, high = sorted((a, b))
    written = f"{to_chinese(low, liang=liang)}{dash}{to_chinese(high, liang=liang)}{scale}元"
    sentence = f"预计项目总投资{written}，分年度安排。"
    money = only(sentence, "MONEY")
    factor = Decimal(10) ** SCALES[scale]
    assert [(e.text, e.lower, e.upper) for e in money] == [(written, low * factor, high * factor)]


@pytest.mark.parametrize(
    "written,lower,upper",
    [("一百至一万元", 100, 10000), ("一万至两万元", 10000, 20000), ("三至五元", 3, 5), ("一至一点五万元", 10000, 15000)],
)
def test_chinese_money_range_scale_not_shared_when_low_is_larger(written, lower, upper):
    money = only(f"预计项目总投资{written}，分年度安排。", "MONEY")
    assert [(e.text, e.lower, e.upper) for e in money] == [(written, Decimal(lower), Decimal(upper))]


@FAST
@given(amounts, amounts, st.sampled_from(["", "万", "亿"]))
def test_money_shared_unit_round_trips(a, b, scale):
    shift = SCALES[scale]
    first, second = plain(a.scaleb(-shift), True), plain(b.scaleb(-shift), True)
    sentence = f"收、支总计各是{first}、{second}{scale}元。"
    money = only(sentence, "MONEY")
    assert [(e.text, e.value) for e in money] == [(first, a), (f"{second}{scale}元", b)]
    assert money[0].unit_source == "shared"


# --------------------------------------------------------------------------- anything at all

FIGURE_ALPHABET = st.sampled_from(
    list("0123456789０１２３４５６７８９.,，．%％-—~ 　\t\n")
    + list("零〇○一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟萬億元角分整")
    + list("年月日号第约近余多以上下内左右个人家次项分之百点同比增长下降合计（）()〔〕[]【】:：、；。")
    + ["\u2028", "\u00a0", "\ufeff", "\u200b", "\r", "[bookmark: _Toc1]"]
)


def check_entities(text: str) -> None:
    entities = tag(text)
    previous_end = 0
    for e in entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end  # sorted and non-overlapping
        previous_end = e.end
        if e.label != "DATE":
            assert isinstance(e.value, Decimal)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    check_entities(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(FIGURE_ALPHABET, max_size=60).map("".join))
def test_figure_like_text_never_raises(text):
    check_entities(text)
