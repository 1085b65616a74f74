"""The indicator lexicon (``extractor/data/indicators.json``): canonical keys and written forms.

Matching is longest-first over all written forms, so ``一般公共预算财政拨款支出`` wins over
``一般公共预算财政拨款`` and ``项目支出`` is not read as ``支出``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..regexes import compile_pattern


# words that qualify a quantity's period or scope rather than name it (stripped from keys)
KEY_PREFIXES = compile_pattern(
    r"^(?:累计|全年|本年度?|年末|年初|当年|共计|合计|共|总|全县|全市|全区|全部|我单位|我局|单位|本单位|本部门|部门|帮助|帮扶(?=\p{Han}{4})"
    # 实际完成改造老旧小区 / 改造老旧小区数量: the thing done, not the doing (完成率 and 完成值 stay)
    r"|(?:实际)?(?:已)?完成(?=\p{Han}{2})(?!率|值|数|情况))+"
)
# …总金额 / …数量 / 培训费支出 (an expense's 支出 is the expense): the quantity, not how it is named
KEY_SUFFIXES = compile_pattern(r"(?:总金额|总数|数量|(?<=\p{Han}{2})人数|数|额|金额|总额|资金|合计|总计|(?<=费)支出)$")


# bare words that name a total only when they are the whole indicator (年初预算支出 → 支出)
# (a bare 支出 or 收入 is the year's own spending or income, not the 总计 that adds carry-overs)
# (共有车辆5辆 is the year-end fleet the 三公 section calls 公务用车保有量; 执法执勤车辆 is a part of it)
EXACT_ONLY = {"支出": "本年支出合计", "收入": "本年收入合计", "总支出": "支出总计", "总收入": "收入总计", "车辆": "公务用车保有量"}

# keys that, for a count, name the number of things rather than their money
# (共有公务用车0辆 is the fleet; 仅有两个项目 is how many projects, not the projects' spending)
COUNTED_AS = {"公务用车": "公务用车保有量", "项目": "项目个数"}
# the classes of 公务用车 every final account counts its fleet in: each class is one quantity
# whichever list names it (共有车辆5辆，其中执法执勤用车3辆 / 表4 执法执勤用车 3)
VEHICLE_CLASSES = frozenset({"执法执勤用车", "机要通信用车", "应急保障用车", "特种专业技术用车", "主要领导干部用车"})


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    start: int
    end: int
    written: str
    key: str


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], re.Pattern]:
    data = json.loads(resources.files("extractor.data").joinpath("indicators.json").read_text(encoding="utf-8"))
    written_to_key: dict[str, str] = {}
    for key, forms in data.items():
        if key.startswith("_"):
            continue
        for form in [key, *forms]:
            written_to_key.setdefault(form, key)
    alternatives = sorted(written_to_key, key=len, reverse=True)
    # an alternation of plain strings, longest first: the standard library's engine runs it about
    # three times faster than ``regex`` and finds the same matches
    pattern = re.compile("|".join(re.escape(form) for form in alternatives))
    return written_to_key, pattern


@lru_cache(maxsize=16384)
def find_indicators(text: str) -> tuple[LexiconMatch, ...]:
    """Lexicon indicators in ``text``, longest match at each position, left to right.

    >>> [(m.written, m.key) for m in find_indicators("医保基金累计征收7.55亿元")]
    [('医保基金累计征收', '医保基金征收')]
    """
    written_to_key, pattern = _lexicon()
    return tuple(LexiconMatch(m.start(), m.end(), m.group(), written_to_key[m.group()]) for m in pattern.finditer(text))


_QUOTES = compile_pattern(r"[“”\"‘’「」『』]")
# 项目“筹资工作经费专项资金”: the project is the name in quotes
_PROJECT_BEFORE_QUOTE = compile_pattern(r"^(?:\p{Han}{0,4}项目)(?=[“\"‘「『]\p{Han}{2})")


@lru_cache(maxsize=16384)
def canonical_key(indicator: str) -> str:
    """The key of an indicator: its lexicon key, else the phrase without scope words.

    >>> canonical_key("行政罚款"), canonical_key("累计检查定点医疗机构数"), canonical_key("项目“筹资工作经费专项资金")
    ('罚款', '检查定点医疗机构', '筹资工作经费专项')
    >>> canonical_key("城镇职工医保基金收入")
    '职工医保基金征收'
    
    """
    written_to_key, _ = _lexicon()
    if indicator in written_to_key:
        return written_to_key[indicator]
    indicator = _QUOTES.sub("", _PROJECT_BEFORE_QUOTE.sub("", indicator)) or indicator  # “医保能力提升资金” and 医保能力提升资金 are one
    if indicator in written_to_key:
        return written_to_key[indicator]
    if indicator in EXACT_ONLY:
        return EXACT_ONLY[indicator]
    stripped = KEY_SUFFIXES.sub("", KEY_PREFIXES.sub("", indicator)) or indicator
    scheme = _SCHEME_WRITTEN.match(stripped)
    if scheme is not None and written_to_key.get(stripped[scheme.end():], "").startswith(HEALTH_FUND_TERM):
        # 城镇职工医保基金收入 → 职工医保基金征收: a health fund's term, of one scheme
        return scheme_name(scheme.group("scheme")) + written_to_key[stripped[scheme.end():]]
    return written_to_key.get(stripped, EXACT_ONLY.get(stripped, stripped))


@lru_cache(maxsize=1)
def decompositions() -> dict[str, list[set[str]]]:
    """Complete breakdowns of a total into part keys (``extractor/data/decompositions.json``).

    >>> sorted(decompositions()["基本支出"][0])
    ['人员经费', '公用经费']
    """
    data = json.loads(resources.files("extractor.data").joinpath("decompositions.json").read_text(encoding="utf-8"))
    return {key: [set(parts) for parts in sets] for key, sets in data.items() if not key.startswith("_")}


@lru_cache(maxsize=1)
def rate_terms() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]:
    """Rates defined by two named figures (``extractor/data/rate_terms.json``): rate name →
    (numerator keys, denominator keys, numerator roles, denominator roles — empty when any level will do).

    >>> "审计查出问题" in rate_terms()["整改率"][1], "已整改" in rate_terms()["整改率"][0]
    (True, True)
    """
    data = json.loads(resources.files("extractor.data").joinpath("rate_terms.json").read_text(encoding="utf-8"))
    return {
        name: (
            frozenset(terms["numerator"]), frozenset(terms["denominator"]), frozenset(terms.get("numerator_roles", ())),
            frozenset(terms.get("denominator_roles", ())),
        )
        for name, terms in data.items() if not name.startswith("_")
    }


def is_known_key(key: str) -> bool:
    """Whether ``key`` is one of the lexicon's canonical keys (``收入总计``, ``罚款`` …).

    A health fund's term qualified by its scheme (``职工医保基金征收``) is one too.

    >>> is_known_key("医保基金征收"), is_known_key("居民医保基金征收"), is_known_key("检查定点医疗机构")
    (True, True, False)
    """
    return key in _known_keys() or (SCHEME_QUALIFIED.match(key) is not None and key[2:] in _known_keys())


# 职工医保基金征收 / 居民医保基金待遇支出: a health fund's lexicon term, of one scheme
HEALTH_FUND_TERM = "医保基金"
# 当期收不抵支716.75万元 / 资金缺口 / 赤字: a balance below zero, named without its minus
SHORTFALL = compile_pattern(r"收不抵支|缺口|赤字")
SCHEME_QUALIFIED = compile_pattern(r"^(?:职工|居民)(?=医保基金)")
SCHEMES = r"(?P<scheme>城镇职工|城乡居民|职工|居民)(?:基本)?"
_SCHEME_WRITTEN = compile_pattern("^" + SCHEMES)


def scheme_name(written: str) -> str:
    """The scheme a health fund's figure is of: 城镇职工 → 职工, 城乡居民 → 居民."""
    return {"城镇职工": "职工", "城乡居民": "居民"}.get(written, written)


@lru_cache(maxsize=1)
def _known_keys() -> frozenset:
    written_to_key, _ = _lexicon()
    return frozenset(written_to_key.values()) | frozenset(EXACT_ONLY.values())
