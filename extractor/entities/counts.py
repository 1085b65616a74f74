"""COUNT: a number with a measure word — ``898家``, ``7.59万人次``, ``约70万人``, ``2500余人``, ``一辆``."""

from __future__ import annotations

from typing import Iterator


from ..regexes import compile_pattern
from .model import Entity
from .windows import finditer_near
from .numerals import NumeralError, decimal_places, parse_number, scaled
from .patterns import CANDIDATE_START, APPROX, ARABIC, CJK_NUM, COMPARATOR, MORE, NUM_START, RANGE_DASH, SUFFIX, qualifier_fields

MEASURE_WORDS = (
    "人次", "家次", "条次", "场次", "批次", "户次", "件次", "车次", "辆次", "架次", "台次", "班次",
    "人", "名", "位", "户", "家", "个", "件", "项", "次", "条", "台", "套", "辆", "份", "张", "场", "批", "册",
    "本", "种", "类", "例", "处", "所", "起", "期", "篇", "轮", "宗", "笔", "座", "间", "支", "块", "架", "艘", "头", "只",
    "具",  # 火化遗体1,846具
    "卷",  # 馆藏档案86,420卷
) + (
    # physical measures, counted like things: 3.26万亩, 51.3公里, 450平方米, 15.26万吨
    "平方公里", "平方米", "立方米", "公里", "千米", "公顷", "千克", "公斤", "亩", "吨", "米",
)
# units of physical measures: written with decimals (51.3公里) and only in Arabic digits (一米阳光)
PHYSICAL_UNITS = frozenset({"平方公里", "平方米", "立方米", "公里", "千米", "公顷", "千克", "公斤", "亩", "吨", "米"})
_MEASURE = "(?P<unit>" + "|".join(sorted(MEASURE_WORDS, key=len, reverse=True)) + ")"
# 平均每起出动车辆 / 人均参加培训: an average, which may have decimals whatever it counts
_AVERAGE_BEFORE = compile_pattern(r"(?:平均|[人户次车生]均)[^，,。；;\d]{0,8}$")
# a numeral right before a measure word (with 余/多/万 between): far sparser than the words alone
_MEASURE_ANCHOR = compile_pattern(
    r"[\d零〇○一二两三四五六七八九十百千]\s?[余多]?[万亿]?[余多]?\s?[" + "".join(sorted({w[0] for w in MEASURE_WORDS})) + "]"
)
# words where a Chinese numeral and a measure word do not count anything
_IDIOMS = compile_pattern(r"^(?:二次|一起|一次性|一类|二类|三类|一批|一件事|一份子|一体|一个样|一条龙|一本通|一揽子|一把手|一次)$")

COUNT = compile_pattern(
    CANDIDATE_START + NUM_START + r"(?<!第)" + COMPARATOR + APPROX
    + rf"(?:(?P<low>{ARABIC})\s?{RANGE_DASH}\s?)?"
    + rf"(?P<num>{ARABIC}|{CJK_NUM})(?P<more>{MORE})?[^\S\t]?(?P<scale>万|亿)?(?P<more2>{MORE})?[^\S\t]?"  # not a tab: 4\t个 is two table cells
    + _MEASURE + r"(?:[（(](?:套|个|台|件|辆|人|名)[）)])?(?!百分点|\d+(?:\.\d+)?%|工作日|月|小时|季度|年|星期|周)"
    # 表2所列, 图1所示: 所 opens a relative clause there, it counts no schools
    + r"(?!(?<=所)[列示述属得需有在涉占含称指以])" + r"(?!(?<=具)[体备有])" + SUFFIX
)


_ONE_CUE = compile_pattern(r"(?:共|有|计|仅|只|达|为|是|各|增加|减少)\s?$")


def _counts_one(view: str, match) -> bool:
    """一 + measure word is mostly an article (建立一套制度); it counts after a noun (公务用车一辆。)
    or after a quantity cue (共一家, 仅有一人)."""
    after = view[match.end():match.end() + 1]
    return after in ("", "。", "，", ",", "；", ";", "、", "）", ")", "\n") or bool(_ONE_CUE.search(view[max(0, match.start() - 3):match.start()]))


def find_counts(text: str, view: str) -> Iterator[Entity]:
    """COUNT entities.

    >>> [(e.text, e.value, e.unit) for e in find_counts("累计清理核查7.59万人次", "累计清理核查7.59万人次")]
    [('7.59万人次', Decimal('75900'), '人次')]
    """
    for match in finditer_near(COUNT, view, _MEASURE_ANCHOR, 30, 8):
        raw = match.group("num")
        chinese = not raw[0].isdigit()
        physical = match.group("unit") in PHYSICAL_UNITS
        if chinese and physical:
            continue
        if chinese:
            if _IDIOMS.match(raw + match.group("unit")) or view[max(0, match.start() - 1):match.start()] in ("“", "\"", "第", "每", "同", "统", "唯"):
                continue
            if match.group("scale") or len(raw) > 6:
                continue
            if view[max(0, match.start() - 1):match.start()] in ("前", "后") or (raw == "一" and not _counts_one(view, match)):
                continue
            if match.start() and view[match.start() - 1] in "零〇一二两三四五六七八九十百千第":
                continue  # 第五十七条: the tail of a longer numeral or an ordinal
        try:
            number = parse_number(raw)
        except NumeralError:
            continue
        scale = match.group("scale") or ""
        if not scale and not physical and number != number.to_integral_value() and not _AVERAGE_BEFORE.search(view, max(0, match.start() - 12), match.start()):
            continue  # 2.2本计划: a section number, not 2.2 of anything (平均每起出动车辆2.12辆次 is an average)
        low = scaled(parse_number(match.group("low")), scale) if match.group("low") else None
        value = scaled(number, scale)
        yield Entity(
            "COUNT", match.start(), match.end(), text[match.start():match.end()], low if low is not None else value,
            lower=low, upper=value if low is not None else None,
            unit=match.group("unit"), scale=scale or None, places=0 if chinese else decimal_places(raw), **qualifier_fields(match),
            pattern="count:chinese" if chinese else "count:arabic",
        )
