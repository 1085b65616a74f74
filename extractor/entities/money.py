"""MONEY: amounts in 元, 万元, 亿元 … with approximation, comparators, ranges and uppercase forms.

Patterns (tried on the normalised view):

* ``673.60万元``, ``33,063.86元``, ``约451万元``, ``300余万元``, ``不低于50万元``, ``50万元以上``
* ``1.5亿—2亿元`` (one range entity), ``壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分``, ``伍万元整``
* ``2.25 万`` with no 元 when a money word (经费, 资金, 支出 …) precedes it in the clause
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from ..regexes import compile_pattern
from .model import Entity
from .windows import finditer_near
from .numerals import NumeralError, decimal_places, parse_arabic, parse_number, scaled
from .patterns import CANDIDATE_START, APPROX, ARABIC, COMPARATOR, MORE, NUM_START, NUMBER, RANGE_DASH, SUFFIX, qualifier_fields

_SCALE = r"(?P<scale>万亿|亿|千万|百万|十万|万|千)"
_SCALE_LOW = r"(?P<scale_low>万亿|亿|千万|百万|十万|万|千)?"

YUAN = compile_pattern(
    CANDIDATE_START + NUM_START + COMPARATOR + APPROX
    + rf"(?:(?P<low>{NUMBER}){_SCALE_LOW}\s?{RANGE_DASH}\s?)?"
    + rf"(?P<num>{NUMBER})(?P<more>{MORE})?\s{{0,2}}{_SCALE}?(?P<more2>{MORE})?\s{{0,2}}"
    + r"(?P<unit>元)(?![旦宵素首件年月])(?:(?P<jiao>[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d])角)?(?:零?(?P<fen>[〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d])分)?(?P<zheng>整)?"
    + SUFFIX
)

# 伍角, 3角5分: an amount under one yuan written in 角 (financial or Arabic digits only: 三角 is a shape)
JIAO = compile_pattern(
    NUM_START + r"(?<![零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億元])(?P<jiao>[壹贰叁肆伍陆柒捌玖\d])角"
    r"(?:零?(?P<fen>[壹贰叁肆伍陆柒捌玖\d])分)?(?P<zheng>整)?"
)
# ¥1,234,567.89
SIGNED = compile_pattern(r"(?P<sign>[¥￥])\s?(?P<num>" + ARABIC + r")(?![\d.])")

# 万 without 元, only where the clause is about money
BARE_WAN = compile_pattern(
    CANDIDATE_START + NUM_START + COMPARATOR + APPROX + rf"(?P<num>{ARABIC})(?P<more>{MORE})?\s{{0,2}}(?P<scale>万)(?P<more2>{MORE})?"
    + r"(?![元亿人次家个件项台辆份张场批名册户套种类例处所起期条位本卷余多平方公里吨亩米顷斤克])" + SUFFIX
)
MONEY_CUE = compile_pattern(r"(?:经费|资金|支出|费用|预算|金额|收入|拨款|罚款|拨付|结余|结转|医药费|补助|投资|专项|执行)[^。；;，,]{0,12}$")

_YUAN_ANCHOR = compile_pattern("元")
_JIAO_ANCHOR = compile_pattern("角")
_SIGN_ANCHOR = compile_pattern("[¥￥]")
_WAN_ANCHOR = compile_pattern(r"\d\s{0,2}万(?![元亿人次家个件项台辆份张场批名册户套种类例处所起期条位本卷])", scans=True)
_UNIT_TEXT = {"万亿": "万亿元", "亿": "亿元", "千万": "千万元", "百万": "百万元", "十万": "十万元", "万": "万元", "千": "千元"}


def find_money(text: str, view: str) -> Iterator[Entity]:
    """MONEY entities in a text (``view`` is its normalised view).

    >>> [(e.text, e.value) for e in find_money("全年总收入为1498.48万元。", "全年总收入为1498.48万元。")]
    [('1498.48万元', Decimal('14984800'))]
    """
    for match in finditer_near(YUAN, view, _YUAN_ANCHOR, 40, 8):
        entity = _from_yuan(text, match)
        if entity is not None:
            yield entity
    for match in finditer_near(JIAO, view, _JIAO_ANCHOR, 2, 4):
        value = Decimal(_digit(match.group("jiao"))) / 10
        if match.group("fen"):
            value += Decimal(_digit(match.group("fen"))) / 100
        yield Entity("MONEY", match.start(), match.end(), text[match.start():match.end()], value, unit="角",
                     unit_source="text", places=2 if match.group("fen") else 1, pattern="money:jiao")
    for match in finditer_near(SIGNED, view, _SIGN_ANCHOR, 0, 20):
        raw = match.group("num")
        try:
            value = parse_arabic(raw.replace(",", ""))
        except NumeralError:
            continue  # ¥ before a digit of a script Decimal cannot read: no amount we can state exactly
        yield Entity("MONEY", match.start(), match.end(), text[match.start():match.end()], value,
                     unit="¥", unit_source="text", places=decimal_places(raw), pattern="money:sign")
    for match in finditer_near(BARE_WAN, view, _WAN_ANCHOR, 30, 6):
        if not MONEY_CUE.search(view[max(0, match.start() - 16):match.start()]):
            continue
        try:
            number = parse_number(match.group("num"))
        except NumeralError:
            continue
        yield Entity(
            "MONEY", match.start(), match.end(), text[match.start():match.end()],
            scaled(number, "万"), unit="万", unit_source="text", scale="万",
            places=decimal_places(match.group("num")), **qualifier_fields(match),
            pattern="money:bare-wan",
        )


def _from_yuan(text: str, match) -> Entity | None:
    raw = match.group("num")
    try:
        number = parse_number(raw)
    except NumeralError:
        return None
    scale = match.group("scale") or ""
    value = scaled(number, scale)
    jiao, fen = match.group("jiao"), match.group("fen")
    if jiao:
        value += Decimal(_digit(jiao)) / 10
    if fen:
        value += Decimal(_digit(fen)) / 100
    lower = upper = None
    if match.group("low"):
        try:
            low_number = parse_number(match.group("low"))
        except NumeralError:
            return None
        lower = scaled(low_number, match.group("scale_low") or scale or _shared_cjk_scale(match.group("low"), raw, low_number))
        upper = value
        value = lower
    unit = _UNIT_TEXT.get(scale, "元")
    start = match.start()
    if text[start:match.end()].startswith((" ", "\u3000")):
        start += 1
    return Entity(
        "MONEY", start, match.end(), text[start:match.end()], value,
        unit=unit, unit_source="text", scale=scale or None, places=decimal_places(raw) if not (jiao or fen) else 2,
        **qualifier_fields(match), lower=lower, upper=upper,
        pattern="money:range" if lower is not None else "money:yuan",
    )


def _shared_cjk_scale(low: str, raw: str, low_number: Decimal) -> str:
    """三至五万元: the 万 ends the Chinese upper numeral but scales both ends (not in 一百至一万元)."""
    if low[0].isdigit() or any(ch in low for ch in "万萬亿億"):
        return ""
    for word in ("万亿", "亿", "億", "万", "萬"):
        if raw.endswith(word) and len(raw) > len(word):
            try:
                coefficient = parse_number(raw[: -len(word)])
            except NumeralError:
                return ""
            return word if low_number <= coefficient else ""
    return ""


def _digit(ch: str) -> int:
    return int(ch) if ch.isdigit() else int(parse_number(ch))
