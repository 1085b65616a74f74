"""Explicit relations between facts, so that rules read them instead of re-parsing text.

* ``parts``  — a total and its 其中 / bracketed parts (prose), or a 合计 row and the cells above
  it in the same column (tables);
* ``growth`` / ``change`` — a rate or difference and the amount it modifies, with last year's
  figure as ``base`` when the sentence states it (比上年的210.81万元增加…);
* ``share``  — 占…% with its part and, where named or implied, its total;
* ``rate``   — 执行率 / 完成预算的…% / 完成率 with numerator and denominator where stated;
* ``target`` — 预期指标值 and the value achieved against it;
* ``weight`` — a weight and the score given under it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Iterable


from ..regexes import compile_pattern
from ..document import Document
from .cues import MOVED_TO
from .lexicon import COUNTED_AS, canonical_key, decompositions, find_indicators, is_known_key, rate_terms
from .source_parts import source_parts
from .classified_lists import classified_respective_parts
from .model import Fact, Relation, counting_unit
from .binding import is_project_report
from .qualify import splits_expense_by_channel
from .score_parts import score_parts
from .sentences import RATE_DENOMINATOR_AFTER, clause_start, item_start, open_brackets, states_share_whole
from .table_relations import table_relations

# a sentence opening with a total's name and 中 (本年收入中，…): the parts of that total, stated earlier
OPENED_BY_NAME = r"(?<=(?:^|[。；;\n])[ \t　]*)(?P<opening>\p{Han}{2,10}?(?:资金|经费|支出|收入))中(?![心央国])\s*[:：，,]"
# 地方资金2,326,532元，地方资金中省级1,400,000元、县级926,532元: a total named again, then 中, opens its parts;
# 共下达…27万元，分别下达A镇12.5万元、…: what each was given
PARTS_MARKER = compile_pattern(
    r"其中\s*[:：]?|主要用于(?:以下|[一二三四五六七八九十两\d]{1,2}个)方面\s*[:：]?|具体包括\s*[:：]?|分别(?:为|下达|安排|拨付|分配|核定|发放)"
    r"|(?P<sources>资金来源(?:为|是|包括)\s*[:：]?)"
    r"|(?<=[，,]\s*)(?P<named>\p{Han}{2,10}?(?:资金|经费|支出|收入))中(?![心央国])\s*[:：，,]?"
    r"|" + OPENED_BY_NAME
)
# where a match of PARTS_MARKER can start: at one of its literal openings, or (the named branch,
# Han{2,10} then the ending) 4 to 12 characters before one of the endings 资金中/经费中/支出中/收入中
_MARKER_OPENINGS = ("其中", "主要用于", "具体包括", "分别", "资金来源")
_NAMED_MARKER_ENDINGS = ("资金中", "经费中", "支出中", "收入中")
_NAMED_MARKER_REACH = (2, 10)  # the ending starts this many characters after the named total does


def parts_markers(view: str) -> Iterable:
    """The matches of ``PARTS_MARKER.finditer(view)``, found by trying the pattern only where a
    plain ``str.find`` says one could start: scanning the whole text with the pattern (whose named
    branch opens with a lookbehind and ``\\p{Han}``) costs more than all of binding's other questions
    of a paragraph.  ``match`` at a position is what ``finditer`` tries there, lookbehind included."""
    upcoming: dict[str, int] = {}  # each needle's next occurrence at or after the position reached

    def next_at_or_after(needle: str, position: int) -> int:
        found = upcoming.get(needle)
        if found is None or (found != -1 and found < position):
            found = upcoming[needle] = view.find(needle, position)
        return found

    position = 0
    while True:
        candidates = [found for needle in _MARKER_OPENINGS if (found := next_at_or_after(needle, position)) != -1]
        for ending in _NAMED_MARKER_ENDINGS:
            found = next_at_or_after(ending, position)
            if found != -1:
                candidates.append(max(position, found - _NAMED_MARKER_REACH[1]))
        if not candidates:
            return
        start = min(candidates)
        marker = PARTS_MARKER.match(view, start)
        if marker is None:
            position = start + 1
            continue
        yield marker
        position = marker.end()


LEVEL_ROLES = ("value", "actual", "budget", "adjusted_budget", "achieved", "target")
_MAX_FOLLOWING_LINES = 8
# 1. / 1、 / （1） at a line's start, and which of these it is
_NUMBERED_ITEM = compile_pattern(r"\s*(?:\d{1,2}(?P<mark>[.．、])(?!\d)|[（(]\d{1,2}(?P<mark>[）)]))")
_PART_OF = compile_pattern(r"([\p{Han}]{2,12}?)部分[，,：:]")
_LISTED_TOGETHER = compile_pattern(r"[、和及][^，,。；;、]{0,8}")
_RETURNED_OR_BROUGHT = compile_pattern(r"收回|上缴|交回|缴回|退回|含上年|上年结转|其余(?:部分|资金|款项|\s*\d)")
_BROUGHT_IN = compile_pattern(r"上年结转|以前年度结转|上年结余")
_CLOSING = compile_pattern(r"(?:(?:年末|期末|滚存)?(?:结余结转|结转和?结余|滚存结余|结余|结转|结存)|(?:年末|期末)剩余)[^，,。；;]{0,4}$")
_SPENDING = compile_pattern(r"(?:支出|动用)[^，,。；;]{0,6}$")  # (预备费…全年动用2,316.50万元: spent)
_INCOME = compile_pattern(r"收入[^，,。；;]{0,6}$|金额[^，,。；;]{0,2}$|到位[^，,。；;]{0,4}$|筹集[^，,。；;]{0,4}$")
_OPENING = compile_pattern(r"(?:上年|年初|期初)[^，,。；;\d]{0,8}?(?:结转|结余|结存)")
_NET = compile_pattern(r"(?:当年|本年|当期|本期)(?:基金)?收支(?:结余|差额)[^，,。；;\d]{0,3}$")
_ADDED = compile_pattern(r"(?:加|加上)")
_ADDED_OPENING = compile_pattern(r"[，,]\s*(?:加|加上)(?:上年|年初|期初)[^，,。；;\d]{0,8}?(?:结转|结余)[^，,。；;\d]{0,4}$")
# 加上当年结余，: the year's surplus named without its figure, which the sentence before states
_SURPLUS_NAMED = compile_pattern(r"[，,]\s*(?:加|加上)(?:本年|当年|当期|本期)(?:基金)?(?:收支)?结余\s*[，,]")
_PRIOR_OR_PART = compile_pattern(r"上年|去年|统筹|个人账户|其中")
_YEAR_SURPLUS = compile_pattern(r"(?:本年|当年|当期|本期)(?:基金)?(?:收支)?结余[^，,。；;\d]{0,2}$")
_SURPLUS = compile_pattern(r"(?:加|加上)?(?:本年|当年|当期|本期)(?:基金)?收支结余[^，,。；;\d]{0,2}$")
def _shares_a_word(rate_key: str, count_key: str) -> bool:
    """Whether a rate and a count name the same thing (参保率 and 参保人数 share 参保; 满意度 and
    收回问卷 share nothing)."""
    stem = rate_key.rstrip("率度")
    return any(stem[i:i + 2] in count_key for i in range(len(stem) - 1))


def _counts_name_the_rate(rate_key: str, counts: list[Fact]) -> bool:
    """Whether one of two counts names what the rate measures: the two characters before its 率
    (参保率 over 实际参保人数; 漏损率 is not 排水管网改造 over 供水管网改造, two lengths of works)."""
    stem = _own_key(rate_key).rstrip("率度")[-2:]
    return len(stem) == 2 and any(stem in c.key for c in counts)


_EVENT_UNIT = compile_pattern(r"次|批|场|期")  # occurrences, not a population a rate could be a share of


def is_completion_rate(fact: Fact) -> bool:
    """Whether a rate is an indicator's completion (该指标完成率为105.22%), not its level.

    Example: in ``本次评价居民参保率为 99.96%，该指标完成率为 105.22%`` only 105.22% is.
    """
    return fact.role == "rate" and bool(_COMPLETION.search(fact.indicator))


_NAMED_RATE = compile_pattern(r"率$")
_ADJUSTMENT_RATE = compile_pattern(r"调整率")
_COMPLETION = compile_pattern(r"(?:完成率|达成率|完成比例)$")
_DIGIT = compile_pattern(r"\d")
# …；另有退休人员5人 / …；公务用车中，执法执勤用车512辆: an aside, or a ；-item breaking down a part
_ASIDE = compile_pattern(
    r"[，,；;]\s*(?:另有|另外|此外|还有|另)|[；;]\s*\p{Han}{2,10}?中[，,]"
    r"|[；;]\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])"  # …，其中城市社区21个、农村社区17个；2.…: the next item
)
# a whole of serving staff never counts the retired
_SERVING = compile_pattern(r"在职|在编|在岗")
_RETIRED = compile_pattern(r"[，,；;]\s*(?:离退休|退休|离休)")
_SENTENCE_STOP = compile_pattern(r"[。\n]")
_ITEM_STOP = compile_pattern(r"[；;]")
_HEADING_START = compile_pattern(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_TOTAL_SCOPE = compile_pattern(r"^(?:本年|全年|本单位|部门)+")
_TOTAL_TAIL = compile_pattern(r"(?:总额|总计|合计|总数)$")


def find_relations(document: Document, facts: list[Fact], fiscal_year: int | None = None) -> list[Relation]:
    """All relations among the facts of one document.

    Example: ``基本支出719.48万元（人员经费641.81万元，公用经费77.67万元）`` gives
    ``parts(total=719.48万元, parts=[641.81万元, 77.67万元])``.
    """
    text_facts = [f for f in facts if f.source == "text"]
    # 每人次3,000元 / 人均640元: a price per head, neither a part nor a whole of the sums around it;
    # a sentence inside a table cell (全年选聘1,262人，其中脱贫人口1,286人 under 实际完成情况) breaks
    # its figures down as running text does
    in_sentences = [f for f in facts if f.source in ("text", "cell") and not is_per_unit(document.normalized, f)]
    summable = [f for f in in_sentences if f.source == "text"]
    relations: list[Relation] = []
    relations.extend(_bracket_parts(document, in_sentences))
    relations.extend(_marker_parts(document, in_sentences))
    relations.extend(_listed_parts(document.normalized, summable, relations))
    relations.extend(_lead_parts(document, summable, relations))
    in_parts = {id(f) for r in relations if r.kind == "parts" for f in (r.member("total"), *r.parts) if f is not None}
    by_source = list(source_parts(document.normalized, summable, in_parts))
    relations.extend(by_source)
    in_parts |= {id(f) for r in by_source for f in (r.member("total"), *r.parts) if f is not None}
    relations.extend(classified_respective_parts(document.normalized, summable, in_parts))
    relations.extend(_named_whole_counts(document.normalized, summable, relations))
    relations.extend(score_parts(document, text_facts))
    relations.extend(_accounting_equations(document.normalized, summable))
    listed = {id(f) for r in relations if r.kind == "parts" for f in r.parts}
    relations.extend(_done_and_remaining(document.normalized, summable, listed))
    parts_of = {id(part): rel for rel in relations if rel.kind == "parts" for part in rel.parts}
    relations.extend(_modifiers(document, text_facts, parts_of, _prior_in_rows(facts)))
    shares = list(_shares(document, text_facts, facts, parts_of, fiscal_year))
    relations.extend(shares)
    relations.extend(_classified_parts(document.normalized, summable, shares, parts_of))
    relations.extend(_rates(document, text_facts, parts_of))
    relations.extend(_targets(text_facts))
    relations.extend(_weights(text_facts))
    relations.extend(_balances(document, text_facts))
    relations.extend(table_relations(document, [f for f in facts if f.source in ("table", "cell")]))
    return relations


_PRICE_PER_UNIT = compile_pattern(
    r"(?:人均|户均|亩均|生均|次均|单价|每(?:人|户|亩|人次|名|生|台|辆|公里|平方米|个|部|座|套|所|村|栋|间|张|处|家|件|宗|笔|批|场|期|项|吨|立方米|方|千瓦时|度|公斤|千克|斤|米|公里)(?:每(?:年|月|天|次))?)"
    r"(?:补助|补贴|资助|奖补|奖励|标准|缴费|费用|支出|投入|成本)?(?:为|按|达|计)?\s*$"
)
# 人均月基本养老金9,167.74元: a per-head word opening a longer name, of a sum in 元 (not 公用经费按人均定额拨付
# 98.36万元, the whole allotted by a per-head quota)
_PER_HEAD_NAME = compile_pattern(r"(?:人均|户均|亩均|生均|次均)[月年日]?\p{Han}{1,6}?(?:为|达)?\s*$")


_LIMIT = compile_pattern(r"(?:最高|最低)(?:额度|限额|标准|补助|金额)?(?:为|是|不超过)?\s*$|(?:不超过|不高于|不低于|上限|下限)\s*$")


def is_per_unit(view: str, fact: Fact) -> bool:
    """Whether an amount is a price per head, per household or per unit, or a cap, by the words before it.

    >>> from extractor.loaders.compose import document_from_text
    >>> from extractor.extraction import extract
    >>> text = "雨露计划补助1,856人次，每人次3,000元，计556.80万元。"
    >>> [is_per_unit(text, f) for f in extract(document_from_text("t.txt", "txt", text)).facts if f.measure == "amount"]
    [True, False]
    """
    if fact.measure != "amount":
        return False
    # …最高额度60万元，其中，单缴存职工最高额度40万元: caps, not amounts that add up
    return bool(
        _PRICE_PER_UNIT.search(view, max(0, fact.start - 12), fact.start) or _LIMIT.search(view, max(0, fact.start - 12), fact.start)
        or fact.entity.unit == "元" and _PER_HEAD_NAME.search(view, max(0, fact.start - 12), fact.start)
    )


def _depths(view: str, start: int, end: int) -> list[int]:
    depth, out = 0, []
    for ch in view[start:end]:
        out.append(depth)
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return out


def _is_level(fact: Fact) -> bool:
    return fact.role in LEVEL_ROLES and fact.measure in ("amount", "count")


def _bracket_parts(document: Document, facts: list[Fact]) -> Iterable[Relation]:
    """``基本支出719.48万元（人员经费641.81万元，公用经费77.67万元）``, and the bracket that follows
    the total's own growth rate: ``项目支出779.00万元，比上年同期增长45.4%（其中：…）``."""
    view = document.normalized
    for index, opener in enumerate(facts):
        total = opener if _is_level(opener) else _amount_of_growth(facts, index) or _amount_of_rate(facts, index)
        if total is None or not view[opener.end:opener.end + 2].startswith("("):
            continue
        close = _matching_bracket(view, opener.end)
        if close is None:
            continue
        if total is not opener and "其中" not in view[opener.end:opener.end + 6] and (
            opener.role != "rate" or _FORMULA.search(view, opener.end, close) or _GLOSS_OPENING.match(view, opener.end)
        ):
            continue  # 完成年初预算的97.11%（表2中该项支出3,226.93万元，含…）: a note on another figure
        depths = _depths(view, opener.end, close)
        parts = [
            f for f in _facts_before(facts, index + 1, close)
            if f.measure == total.measure and _is_level(f) and depths[f.start - opener.end] == 1
        ]
        if _LAST_YEAR_BRACKET.match(view, opener.end):
            continue  # 共接待47批次、386人次（上年为58批次、471人次）: last year's figures, not parts
        if any(_MINUS.search(view, a.end, b.start) for a, b in zip(parts, parts[1:])):
            continue  # 年末结转和结余202.46万元（年初126.40万元＋本年收入…－本年支出…）: a formula, not parts
        if any(_OTHER_WHOLE.match(view, p.end) for p in parts):
            continue  # 486.20万元（年初结转和结余1,124.38万元中的其余638.18万元为…）: a gloss on another whole
        parts = [p for p in parts if _compatible_roles(total, p)]
        if len(parts) >= 2 or (len(parts) == 1 and "其中" in view[opener.end:parts[0].start]):
            yield Relation("parts", (("total", total),), parts=tuple(parts))


_MINUS = compile_pattern(r"[\-－−–]|减去|扣除")
_OTHER_WHOLE = compile_pattern(r"\s*中的")
_NEW_ITEM = compile_pattern(r"[；;]")
_NEW_SUBJECT_LENGTH = 6
# ；其二， / ；二是 / ；第二， / ；（二）: the next item of an enumeration, after which a 其中 list is over
# …其一，…项目…其中… / 二是…其中…: the enumeration began before the 其中 list, in its paragraph (not
# 其中：一是…；二是…, its own items, nor a （一） heading above or opening the paragraph)
_ORDINAL_ITEM = compile_pattern(r"其[一二三四五六七八九]|[一二三四五六七八九十]是|第[一二三四五六七八九十](?=[，,、：:])|[（(][一二三四五六七八九十][）)]")
# 其中：一是…；二是…: the list numbers its own items
_OWN_ENUMERATION = compile_pattern(r"[：:，,]?\s*(?:一是|其一|第一[，,、]|[（(]1[）)]|1[.．、](?!\d)|①)")
_ENUMERATION_REACH = 200
_NEXT_ORDINAL_ITEM = compile_pattern(r"[；;。]\s*(?:其[二三四五六七八九]|[二三四五六七八九十]是|第[二三四五六七八九十]|[（(][二三四五六七八九十][）)])")
_LAST_YEAR_BRACKET = compile_pattern(r"\(\s*(?:上年|去年|上一年|上年度|同期|\d{4}年)(?:同期)?(?:为|是|:|：)?")


_FORMULA = compile_pattern(r"[÷×=＝/／]|除以|乘以")
_GLOSS_OPENING = compile_pattern(r"\(\s*(?:附?表|含|包含|该|此|即|按|以)")


def _amount_of_rate(facts: list[Fact], index: int) -> Fact | None:
    """The amount an execution rate right after it is the rate of (``财政拨款执行6,215.36万元，
    执行率95.92%（中央预算内投资…，专项债券资金…）``): the bracket after the rate breaks that amount down."""
    fact = facts[index]
    if fact.role != "rate" or index == 0:
        return None
    before = facts[index - 1]
    return before if _same_sentence(before, fact) and before.measure == "amount" and _is_level(before) else None


def _amount_of_growth(facts: list[Fact], index: int) -> Fact | None:
    """The amount a growth or change figure at ``index`` modifies, if stated just before it."""
    fact = facts[index]
    if fact.role not in ("growth", "change"):
        return None
    return next(
        (f for f in reversed(facts[max(0, index - 3):index]) if _same_sentence(f, fact) and f.key == fact.key and _is_level(f)),
        None,
    )


def _facts_before(facts: list[Fact], first: int, end: int) -> Iterable[Fact]:
    """The facts from index ``first`` on that start before offset ``end`` (facts are in text order)."""
    for fact in facts[first:]:
        if fact.start >= end:
            return
        yield fact


def _whole_before_gloss(view: str, facts: list[Fact], before: int, marker: int, total: Fact | None) -> Fact | None:
    """When a 其中 follows a bracket that breaks the figure before it down, and the nearest figure
    lies inside that bracket: the figure the bracket glosses, else None."""
    closing = marker - 1
    while closing >= 0 and view[closing] in " ，,：:":
        closing -= 1
    if total is None or closing < 0 or view[closing] != ")":
        return None
    opening = _matching_bracket(view, closing, backwards=True)
    if opening is None or total.start < opening:
        return None
    for index in range(before - 1, -1, -1):
        f = facts[index]
        if f.end <= opening:
            glossed = view[f.end:opening].strip() == "" and f.measure == total.measure and _is_level(f)
            return f if glossed else None
    return None


_BRACKET_REACH = 400


def _matching_bracket(view: str, at: int, backwards: bool = False) -> int | None:
    """Where the bracket at ``at`` closes — or, ``backwards``, where the one closed there opens."""
    inward, outward = (")", "(") if backwards else ("(", ")")
    positions = range(at, max(-1, at - _BRACKET_REACH), -1) if backwards else range(at, min(len(view), at + _BRACKET_REACH))
    depth = 0
    for position in positions:
        ch = view[position]
        if ch == inward:
            depth += 1
        elif ch == outward:
            depth -= 1
            if depth == 0:
                return position
    return None


def _siblings_make_the_whole(facts: list[Fact], before: int, item: Fact, after: int) -> bool:
    """Whether a 其中 item and the figures of the 分别 list after it add up to the whole stated before
    the item: ``年末在职人员72人，其中局机关18人，县图书馆、县文化馆和县博物馆分别为21人、19人和14人`` (18 + 21
    + 19 + 14 = 72) lists siblings; ``在编人员58人，男性、女性分别为33人、27人`` breaks 58 down."""
    whole = next(
        (f for f in reversed(facts[max(0, before - _MARKER_REACH):before]) if f is not item and f.sentence_start == item.sentence_start
         and f.start < item.start and f.measure == item.measure and f.entity.unit == item.entity.unit and _is_level(f)),
        None,
    )
    if whole is None:
        return False
    listed = [f for f in facts[before:] if f.sentence_start == item.sentence_start and f.start >= after and f.measure == item.measure and f.entity.unit == item.entity.unit]
    return bool(listed) and item.entity.value + sum(f.entity.value for f in listed) == whole.entity.value


def _level_the_parts_make(facts: list[Fact], before: int, total: Fact, parts: list[Fact]) -> Fact | None:
    """The earlier figure of the total's sentence that the parts add up to (within 2%: a part may be
    mistyped), when the figure just before the marker is a change they exceed: ``登记市场主体28,640户，较上年末的27,315户增长
    4.85%，净增1,325户，其中企业6,128户、个体工商户22,024户、农民专业合作社488户`` — of the 28,640."""
    if len(parts) < 2 or not _CHANGE_WORDS.search(total.indicator):
        return None
    summed = sum(p.entity.value for p in parts)
    if summed <= total.entity.value:
        return None
    levels = [
        f for f in reversed(facts[max(0, before - _MARKER_REACH):before])
        if f is not total and f.sentence_start == total.sentence_start and f.start < total.start and f.measure == total.measure
        and f.entity.unit == total.entity.unit and f.role in LEVEL_ROLES and f.entity.value
    ]
    # the parts make it, or miss it by a slip (企业6,218户 for 6,128户): within 2% of one level, the nearest
    near = [f for f in levels if abs(f.entity.value - summed) <= f.entity.value * _SLIP_SHARE]
    return min(near, key=lambda f: abs(f.entity.value - summed)) if near else None


_CHANGE_WORDS = compile_pattern(r"净增|净减|新增|增加|减少|增长|下降")
_SLIP_SHARE = Decimal("0.02")


def _enumeration_before(view: str, position: int) -> bool:
    """Whether an ordinal item (其一, 二是, 第三, （二）) stands before ``position`` in its paragraph —
    a bracketed number opening the paragraph is its heading, not an item."""
    paragraph = view.rfind("\n", 0, position) + 1
    for found in _ORDINAL_ITEM.finditer(view, max(paragraph, position - _ENUMERATION_REACH), position):
        if found.group().startswith(("（", "(")) and not view[paragraph:found.start()].strip():
            continue
        return True
    return False


def _marker_parts(document: Document, facts: list[Fact]) -> Iterable[Relation]:
    """``X，其中：A a，B b`` — the total is the last level figure before the marker."""
    view = document.normalized
    starts = [f.start for f in facts]
    classified: Fact | None = None  # the total the last 按…分类，其中 list broke down
    for marker in parts_markers(view):
        before = bisect_left(starts, marker.start())
        recut = _CLASSIFIED_BY.search(view, max(0, marker.start() - _CLASSIFIED_REACH), marker.start())
        if recut and classified is not None and "\n" not in view[classified.end:marker.start()]:
            # 按功能科目分类，其中…。按项目名称分类，其中…: the same total cut another way
            total = classified
            end = _list_end(view, marker.end(), total)
            parts = [
                f for f in _facts_before(facts, before, end)
                if f.start >= marker.end() and f.measure == total.measure and _is_level(f) and _compatible_roles(total, f, listed=True)
                and open_brackets(view, marker.end(), f.start) == 0
            ]
            if len(parts) >= 2:
                yield Relation("parts", (("total", total),), parts=tuple(parts))
            continue
        if marker.group("opening"):
            # 其中本年收入2,346.58万元、…。本年收入中，财政拨款收入…；其他收入…: a sentence opening
            # with a total named earlier in its paragraph breaks that total down
            total = _named_earlier(view, facts, before, marker)
            if total is None:
                continue
            listed = _marker_list(view, facts, starts, before, marker, total)
            if listed is not None and len(listed[1]) >= 2:
                yield Relation("parts", (("total", listed[0]),), parts=tuple(listed[1]))
            continue
        # not a per-unit figure (项目总投资3,900.00万元，亩均投资1500元。其中：…)
        total = _total_before_marker(view, facts[max(0, before - _MARKER_REACH):before], marker.start())
        adjusted = _adjustment_before(view, facts, before, marker.start())
        # 追加预算1691.94万元，其中：（1）基本支出追加15.85万元…（2）项目支出追加1676.09万元: an
        # adjustment broken down into the adjustments that make it
        whole = None if adjusted else _whole_of_first_part(facts, before, total)
        total = adjusted or total
        glossed = _whole_before_gloss(view, facts, before, marker.start(), total)
        if glossed is not None:
            # 共计一百二十三项（行政许可12项、…、公共服务73项），其中可全程网办九十八项: of the 123
            total = glossed
        if whole is not None:
            total = whole
        first_part = next((f for f in facts[before:before + 1] if _is_level(f) and f.start >= marker.end()), None)
        if total is not None and first_part is not None and first_part.measure == "count" and total.measure != "count":
            # 建设38个，补助1,106.00万元，其中城市社区21个、农村社区17个: the list counts, so it breaks the count down
            counted = next(
                (f for f in reversed(facts[max(0, before - _MARKER_REACH):before]) if f.measure == "count" and _is_level(f)
                 and f.sentence_start == total.sentence_start and _same_counting_unit(f, first_part)),
                None,
            )
            total = counted or total
        if total is not None and _COMPOSED_AFTER.match(view, total.end):
            # 项目预算256.00万元，由上级…150.00万元和县级配套资金106.00万元构成。其中，…: the last source
            # named closes the sentence; the list is of the whole it was composed into, if of anything
            total = _whole_composed(view, facts, before, total)
        between = view[total.end:marker.start()] if total is not None else ""
        if total is None or between.count("(") > between.count(")"):
            continue
        if marker.group("named") and (canonical_key(marker.group("named")) != total.key or between.strip(" ，,")):
            continue  # …资金中 opens the parts only of the figure it names, stated right before
        if marker.group("sources") and ("。" in between or "\n" in between):
            continue  # 总投资2,860.00万元，资金来源为：…: the sources of the figure in its own sentence only
        if marker.group().startswith("分别") and not marker.group().startswith("分别为") and not _sent_down_from(view, facts, before, total, between):
            continue  # 共安排860.00万元，县本级留用60.00万元，分别下达至…: of the whole less what was kept
        if marker.group().startswith("分别") and _LONE_FLOW_WORD.match(between):
            continue  # 收入分别为64.50亿元和54.82亿元，支出分别为58.36亿元和52.10亿元: another quantity's list
        if (
            marker.group().startswith("分别") and _PARTS_OPENING_BEFORE.search(_left_words(view, total))
            and _NAMED_ITEMS_BEFORE.search(between) and _siblings_make_the_whole(facts, before, total, marker.end())
        ):
            continue  # 其中局机关18人，县图书馆、县文化馆和县博物馆分别为21人…: the list's next items, not 18人's parts
        # the marker belongs to the total's sentence, or opens the next one (…318.74万元，完成预算100%。其中：)
        named_part = _PART_OF.search(between)
        if whole is not None and "\n" not in between and between.count("。") <= 1:
            pass  # 全年实际支出931.47万元，…；年末结余41.53万元。其中，基本支出…: the glossary's whole of 基本支出
        elif named_part and canonical_key(named_part.group(1)) == total.key and "\n" not in between:
            pass  # 预算执行数169万元。项目支出部分，按功能科目分类，其中…: the list is of the total it names
        elif "\n" in between or between.count("。") > 1 or len(between) > 40:
            continue
        elif _NEW_ITEM.search(between) and len(_NEW_ITEM.split(between)[-1].strip(" ，,")) > _NEW_SUBJECT_LENGTH:
            continue  # 1,106.82万元；其余各类…的差额均为…支出，其中…: the list of the new item's subject
        elif between.count("。") == 1 and not between.rstrip().endswith("。"):
            continue
        listed = _marker_list(view, facts, starts, before, marker, total)
        if listed is None:
            continue
        total, parts = listed
        if len(parts) >= 1:
            if recut:
                classified = total
            yield Relation("parts", (("total", total),), parts=tuple(parts))
            twin = _twin_counts(facts, total, parts)
            if twin is not None:
                yield Relation("parts", (("total", twin[0]),), parts=twin[1])


_OPENING_REACH = 200  # characters back, within the paragraph, to the figure an opening 本年收入中 names


def _named_earlier(view: str, facts: list[Fact], before: int, marker) -> Fact | None:
    """The figure a sentence opening ``X中，`` breaks down: the nearest level figure of X stated
    earlier in the same paragraph (``…其中本年收入2,346.58万元、…。本年收入中，…``), else None.
    (:func:`_lead_parts` reads the wider leads — 在…中, …决算中 — and only complete breakdowns; this
    opening, of money named 资金/经费/支出/收入, takes any list, and S001 checks a shortfall of it only
    when the glossary calls it complete.)"""
    key = canonical_key(marker.group("opening"))
    paragraph = view.rfind("\n", 0, marker.start()) + 1
    for fact in reversed(facts[:before]):
        if fact.start < max(paragraph, marker.start() - _OPENING_REACH):
            return None
        if fact.key == key and _is_level(fact) and not _LAST_YEAR_CLAUSE.match(view, clause_start(view, fact.sentence_start, fact.start)):
            return fact  # (not 上年本年收入合计1,120.00万元: last year's, whatever its words)
    return None


_LAST_YEAR_CLAUSE = compile_pattern(r"\s*(?:上年|去年|上一年度?|\d{4}年度?同期)")


# …和县级配套资金106.00万元构成。 / …组成；: a figure closing a 由…构成 sentence
_COMPOSED_AFTER = compile_pattern(r"\s*(?:共同)?(?:构成|组成)\s*[。；;]")


def _whole_composed(view: str, facts: list[Fact], before: int, source: Fact) -> Fact | None:
    """The whole a ``由A和B构成`` sentence composes: the last level figure of the sentence before its 由."""
    opener = view.rfind("由", source.sentence_start, source.start)
    if opener == -1:
        return None
    return next(
        (f for f in reversed(facts[:before]) if f.sentence_start == source.sentence_start and f.end <= opener and _is_level(f)
         and f.measure == source.measure),
        None,
    )


def _listed_in_glossary(total: Fact, part: Fact) -> bool:
    """Whether the glossary names ``part`` as one of ``total``'s parts (收入总计 → 本年收入合计)."""
    return any(part.key in parts for parts in decompositions().get(total.key, ()))


def _marker_list(view: str, facts: list[Fact], starts: list[int], before: int, marker, total: Fact) -> tuple[Fact, list[Fact]] | None:
    """The parts a marker's list gives ``total`` (and the total they make, when a level of it fits
    better), or None when the list is not a breakdown of it."""
    end = _list_end(view, marker.end(), total)
    depths = _depths(view, marker.end(), end)
    nested = _nested_lists(view, marker.end(), end, starts)
    siblings = _siblings_of(total.key)
    parts = []
    for f in _facts_before(facts, before, end):
        if marker.end() > f.start or depths[f.start - marker.end()] != 0:
            continue
        if any(a <= f.start < b for a, b in nested):
            continue  # 基本支出1,203.65万元，…包括人员经费1,070.99万元…；项目支出…: a part's own parts
        if f.measure == total.measure and (_NEW_TOTAL.search(f.indicator) or f.key in siblings) and not _listed_in_glossary(total, f):
            break  # …；财政拨款支出总计… or …；项目支出…: the list of another total or of a sibling
        own_key = _own_key(f.key)  # 退化林修复项目·…: the item's own measure, not its name
        if marker.group("named") and own_key.startswith(marker.group()):
            own_key = own_key[len(marker.group()):]  # 地方资金中省级…: the part 省级 the named total opens
        if _STOCK_TOTAL.search(total.indicator) and _PERIOD_FLOW.search(f.indicator):
            continue  # 累计结余…，其中：职工医保基金累计结余…，当期结余…: the year's flow beside each fund's stock
        if (
            _NEXT_ORDINAL_ITEM.search(view, max(marker.end(), parts[-1].end if parts else marker.end()), f.start)
            and _enumeration_before(view, marker.start()) and not _OWN_ENUMERATION.match(view, marker.end())
        ):
            break  # …，其中财政拨款收入180.00万元；其二，水土保持项目…: the next item of the enumeration
        if parts and _sibling_measure(view, parts[-1], f, total, own_key):
            break  # 房屋面积126.48万平方米，其中办公用房18.36万平方米；土地面积428.65万平方米: the next measure
        if (
            f.measure == total.measure and own_key != total.key and total.key and total.key in own_key and own_key != "其他" + total.key
            and not _KIND_OF.fullmatch(own_key.replace(total.key, "", 1))
        ):
            break  # …；货物采购授予中小企业合同金额…: the total cut another way, not one of its parts
        if (
            f.measure == total.measure and (_is_level(f) or f.role == total.role == "adjustment" and f.sign == total.sign)
            and _in_period_of(total, f, _left_words(view, f)) and _compatible_roles(total, f, listed=True)
            and _same_counting_unit(total, f) and not (_CLOSING_PART.search(_left_words(view, f)) and total.key not in _WITH_CARRY_OVER)
            and not _LEFT_OUT.search(_left_words(view, f))
            and not (f.measure == "count" and _STATUS_PART.search(_left_words(view, f)))
            and not (_BALANCE_PART.search(f.key) and _FLOW_TOTAL.search(total.key))
            and not RATE_DENOMINATOR_AFTER.match(view, f.end)  # …，占一般公共预算财政拨款支出1,512.00万元的27.13%: a base
        ):
            if parts and sum(p.entity.value for p in parts) == total.entity.value and total.entity.value and f.entity.value:
                break  # 分别为货物类…、服务类…、工程类…；授予中小企业…: the parts already make the whole
            if len(parts) >= 2 and f.entity.value == sum(p.entity.value for p in parts) and _SUBTOTAL_WORDS.search(_left_words(view, f)):
                continue  # 其中县交通运输局1,184.20万元、县水利局954.06万元，两个部门合计2,138.26万元: their sum, no part
            parts.append(f)
    parts = _without_sub_runs(view, parts, total)
    total = _level_the_parts_make(facts, before, total, parts) or total
    if marker.group("sources") and len(parts) < 2:
        return None  # 资金来源为产权转让超收收入660.00万元中的一部分: one source named, no breakdown
    if {_flow_of(p.indicator) for p in parts} >= {"收入", "支出"}:
        return None  # …当期结余70,914.42万元。其中职工医保基金收入…、支出…；居民…: each fund's two flows, not parts
    if parts and "。" in view[total.end:marker.start()] and _restates_a_sibling(facts, before, total, parts[0]):
        return None  # …加装电梯补助550.00万元；…其他费370.00万元。其中加装电梯…共补助550.00万元: of the earlier item
    if len(parts) >= 2 and _BALANCE_PART.search(total.key) and all(_SPENT_BEFORE.search(_left_words(view, p)) for p in parts):
        # …支出1,875.09万元，…；年末结余357.83万元。其中资助参保支出369.47万元，直接救助支出1,505.62万元:
        # spending parts after a balance break down the spending they add up to, stated just before
        summed = sum(p.entity.value for p in parts)
        spent = next(
            (f for f in reversed(facts[max(0, before - _WHOLE_REACH):before])
             if f.entity.value == summed and f.measure == total.measure and _flow_of(f.indicator) == "支出" and _is_level(f)),
            None,
        )
        if spent is None:
            return None  # a list of the main items, or a slip: which total it breaks down is not sure
        total = spent
    if (
        _CARRIED.search(total.key) and any(p.entity.value > total.entity.value for p in parts)
        and not any(_CARRIED.search(p.key) for p in parts)
    ):
        return None  # 结转21.77万元。其中…劳务补助合计119.28万元，占支出总额的…: of the spending, not the carry-over
    items = len(_NEW_ITEM.findall(view, parts[0].start, parts[-1].start)) + 1 if parts else 0
    repeated = max(Counter(p.indicator for p in parts).values(), default=0)
    if items >= 2 and len(parts) >= 2 * items and repeated >= items:
        # 其中口蹄疫2,400份、合格2,184份，合格率91.00%；小反刍兽疫1,200份、合格1,068份…: each ；-item states
        # two quantities (tested, then passed under one repeated name), not two parts of the total
        return None
    if any(_base_of_its_rate(total, p) for p in parts):
        return None  # 审减总额1,232.14万元。其中，…项目送审金额5,830.25万元，审减576.56万元: one item's figures, not parts
    return total, parts


def _twin_counts(facts: list[Fact], total: Fact, parts: list[Fact]) -> tuple[Fact, tuple[Fact, ...]] | None:
    """The second count written beside a listed count and beside each of its parts, in another
    measure word: ``低保对象4,316户7,025人…。其中城市低保826户1,318人，农村低保3,454户5,707人`` lists
    the households too (826户 + 3,454户 of 4,316户). None unless every part has exactly one such twin."""
    if total.measure != "count" or len(parts) < 2:
        return None

    def beside(fact: Fact) -> Fact | None:
        near = [
            f for f in facts if f.measure == "count" and f.sentence_start == fact.sentence_start and _is_level(f)
            and not _same_counting_unit(f, fact) and (f.end == fact.start or fact.end == f.start)
        ]
        return near[0] if len(near) == 1 else None

    twin_total = beside(total)
    if twin_total is None:
        return None
    twins = [beside(p) for p in parts]
    if any(t is None or not _same_counting_unit(t, twin_total) for t in twins) or len({id(t) for t in twins}) != len(twins):
        return None
    return twin_total, tuple(twins)


def _base_of_its_rate(total: Fact, part: Fact) -> bool:
    """Whether ``part`` is the base a rate of the lexicon divides ``total``'s kind by (a 送审金额
    beside a 审减 total): the figure of another quantity, not a part."""
    own = _own_key(part.key)
    return any(_own_key(total.key) in named and own.endswith(tuple(over)) for named, over, _, _ in rate_terms().values())


_CLASSIFIED_BY = compile_pattern(r"按[^，,。；;：:\d]{1,8}分类\s*[，,：:]?\s*$")
_CLASSIFIED_REACH = 14


_ASSETS = compile_pattern(r"(?<!净|固定|流动|无形|在建工程|长期|其他)资产$")


def _accounting_equations(view: str, facts: list[Fact]) -> Iterable[Relation]:
    """``资产总额4,232,656.10万元，负债总额539,115.41万元，净资产总额3,693,540.69万元``: one sentence
    (or ；-item) stating a unit's assets, liabilities and net assets states 资产 = 负债 + 净资产."""
    by_sentence: dict[tuple[int, int], list[Fact]] = {}
    for fact in facts:
        if fact.measure == "amount" and fact.role in LEVEL_ROLES:
            item = len(_NEW_ITEM.findall(view, fact.sentence_start, fact.start))
            by_sentence.setdefault((fact.sentence_start, item), []).append(fact)
    for members in by_sentence.values():
        assets = [f for f in members if _ASSETS.search(f.key)]
        liabilities = [f for f in members if f.key.endswith("负债")]
        net = [f for f in members if f.key.endswith("净资产")]
        if len(assets) == len(liabilities) == len(net) == 1 and len({assets[0].period, liabilities[0].period, net[0].period}) == 1:
            yield Relation("parts", (("total", assets[0]),), parts=(liabilities[0], net[0]), source="identity")


def _flow_of(indicator: str) -> str:
    """收入 or 支出 when an indicator names an income or a spending, else ""."""
    found = _FLOW.search(indicator)
    return found.group() if found else ""


_FLOW = compile_pattern(r"收入|支出(?=$|合计|总计|·)")


def _without_sub_runs(view: str, parts: list[Fact], total: Fact) -> list[Fact]:
    """The parts without the runs that break one of them down within its item, when the parts do
    not make the total as listed: ``一般债务本金3.46亿元，通过发行再融资债券偿还2.86亿元、一般公共预算
    安排偿还0.60亿元；专项债务本金4.02亿元，…3.52亿元、…0.50亿元`` → 3.46, 4.02."""
    if sum(p.entity.value for p in parts) == total.entity.value:
        return parts
    if all(_CATEGORY_NAME.search(p.indicator) for p in parts):
        return parts  # 预算执行类15个、资产管理类9个、基础工作类6个: categories side by side, 15 = 9 + 6 by chance
    kept, index = [], 0
    while index < len(parts):
        head = parts[index]
        kept.append(head)
        index += 1
        running = Decimal(0)
        for end in range(index, len(parts)):
            if _ITEM_END.search(view, parts[end - 1].end if end > index else head.end, parts[end].start):
                break  # a run ends with its item (；)
            running += parts[end].entity.value
            if running == head.entity.value and end > index:
                index = end + 1
                break
            if running > head.entity.value >= 0:
                break
    return kept


def _restates_a_sibling(facts: list[Fact], before: int, total: Fact, part: Fact) -> bool:
    """Whether ``part`` repeats a figure stated beside ``total`` in its sentence (same value and
    measure), so that a 其中 opening the next sentence breaks down that figure, not the total."""
    for index in range(before - 1, -1, -1):
        fact = facts[index]
        if fact.start < total.sentence_start:
            return False  # walked back past the total's sentence
        if (
            fact is not total and fact.sentence_start == total.sentence_start and fact.start < total.start
            and fact.measure == part.measure and fact.entity.value == part.entity.value
        ):
            return True
    return False


def _adjustment_before(view: str, facts: list[Fact], before: int, marker: int) -> Fact | None:
    """The adjustment a 其中 marker right after it breaks down (``追加预算1691.94万元，其中：``)."""
    last = facts[before - 1] if before else None
    if last is None or last.role != "adjustment" or last.measure != "amount":
        return None
    return last if _JOINER.fullmatch(view[last.end:marker]) else None


_JOINER = compile_pattern(r"\s*[，,]?\s*")
_WHOLE_REACH = 6
_MARKER_REACH = 5
_NEAREST_REACH = 3


def _total_before_marker(view: str, window: list[Fact], marker_start: int) -> Fact | None:
    """The level figure a 其中 list belongs to: the nearest one before the marker, passing over —
    within its sentence — a budget quoted as a rate's denominator (职工医保基金收入39,070.10万元，
    完成预算37,800.00万元的103.36%，…。其中), last year's figure (参保52,386人，比上年末的50,917人
    增加…，其中) and an aside in brackets closed before the marker (保有量11辆，比上年末减少1辆（报废1辆），
    分别为…)."""
    candidates = [
        f for f in reversed(window) if _is_level(f) and not _PER_UNIT.search(f.indicator)
        and not (f.sentence_start <= marker_start and open_brackets(view, f.sentence_start, f.start) > open_brackets(view, f.sentence_start, marker_start))
    ]
    nearest = next((f for f in candidates if f in window[-_NEAREST_REACH:]), None)
    if nearest is None:
        return None  # …11,293.65万元，增长7.93%。其中：… — no total right before the list
    own = [f for f in candidates if f.sentence_start == nearest.sentence_start]
    latest = max(f.period[:4] for f in own)
    if not RATE_DENOMINATOR_AFTER.match(view, nearest.end) and nearest.period[:4] == latest:
        return nearest
    return next((f for f in own if not RATE_DENOMINATOR_AFTER.match(view, f.end) and f.period[:4] == latest), nearest)

def _whole_of_first_part(facts: list[Fact], before: int, nearest: Fact | None) -> Fact | None:
    """The total a 其中 list belongs to when the figure just before the marker is not it: the
    list's first part is one the glossary breaks a whole into (基本支出 of 本年支出合计), and that
    whole is stated a little earlier (``全年实际支出931.47万元，…；年末结余41.53万元。其中，基本支出
    712.63万元``).  None when the nearest figure already is such a whole, or none is found."""
    first = next((f for f in facts[before:before + 1] if _is_level(f)), None)
    if first is None or nearest is None:
        return None
    wholes = {key for key, sets in decompositions().items() for parts in sets if first.key in parts}
    if not wholes or nearest.key in wholes or first.key == nearest.key:
        return None  # (项目支出482.60万元…；其中一般公共预算财政拨款项目支出410.20万元: a narrower cut of the nearest)
    return next(
        (
            f for f in reversed(facts[max(0, before - _WHOLE_REACH):before])
            if f.key in wholes and _is_level(f) and f.measure == first.measure and f.period == first.period
        ),
        None,
    )


# …，其中待遇支出34,915.26万元，待遇支出中住院费用支出…: a part's own breakdown ("X中") nests too
_REST_OF = compile_pattern(r"(?:其他|其它|其余)")
# …54.82亿元，支出分别为…: a flow word alone between a figure and 分别为 is the list's own subject
_LONE_FLOW_WORD = compile_pattern(r"^[，,；;\s]*(?:收入|支出|结余|结存)\s*$")
_NESTED_MARKER = compile_pattern(r"(?:主要|具体)?包括[:：]?|其中[:：，,]?|分别为|分别是|\p{Han}{1,8}(?:支出|收入|经费|资金)中[:：，,]?")
_ITEM_END = compile_pattern(r"[；;。\n]")


def _nested_lists(view: str, start: int, end: int, figure_starts: list[int]) -> list[tuple[int, int]]:
    """The stretches of a 其中 list that break one of its items down further: a 包括/其中 after a
    figure of the same item (between two ；), up to the item's end.

    ``其中：基本支出1,203.65万元，占…，包括人员经费1,070.99万元、公用经费132.66万元；项目支出634.44万元``
    — the stretch from 包括 to ；."""
    stretches = []
    for found in _NESTED_MARKER.finditer(view, start, end):
        item_start = max([start, *(m.end() for m in _ITEM_END.finditer(view, start, found.start()))])
        if bisect_left(figure_starts, item_start) == bisect_left(figure_starts, found.start()):
            continue  # no figure of this item before the marker: the item itself is being listed
        item_end = _ITEM_END.search(view, found.end(), end)
        stretches.append((found.end(), item_end.start() if item_end else end))
    return stretches


_PER_UNIT = compile_pattern(r"均|每|单价|标准")
# 全年执行2,665.12万元。其中，财政拨款执行2,538.72万元，未执行的77.28万元为…: what was left out, no part
_LEFT_OUT = compile_pattern(r"未(?:执行|支出|使用|拨付|支付|到位)")
# 其中局机关18人，县图书馆、县文化馆和县博物馆分别为…: an item of a 其中 list, then names before 分别为
_PARTS_OPENING_BEFORE = compile_pattern(r"其中")
_NAMED_ITEMS_BEFORE = compile_pattern(r"\p{Han}{2,}(?:、|和|及|与)\p{Han}{2,}\s*$")
_CATEGORY_NAME = compile_pattern(r"类$")  # 预算执行类: a category's name
_SUBTOTAL_WORDS = compile_pattern(r"合计|共计|小计|总计|累计")
# …，其中预算编制类12个…；已整改39个: how many were dealt with, not a kind of what was counted
_STATUS_PART = compile_pattern(r"已(?:全部)?(?:整改|办结|完成|结案|处理|落实|解决|销号|化解)")
# a year-end balance is no part of the spending it follows (实际支出…，其中…，年末结转结余136.76万元)
_CLOSING_PART = compile_pattern(r"年末|期末")
# 本年支出合计…。其中，基本支出结转和结余20.00万元: a balance is no part of a flow of money
_BALANCE_PART = compile_pattern(r"结转和?结余$|结余$|结存$")
_CARRIED = compile_pattern(r"结转$|结余$|结存$|余额$")
_FLOW_TOTAL = compile_pattern(r"(?:收入|支出)(?:合计)?$")  # (基金支出29.10亿元，其中…；当期结余2.75亿元: a sibling)
_SPENT_BEFORE = compile_pattern(r"支出\s*(?:为|是|达)?\s*$")
_WITH_CARRY_OVER = ("支出总计", "收入总计", "财政拨款支出总计", "财政拨款收入总计")
_OPENING_PART = compile_pattern(r"年初|上年|期初")
_OPENING_BALANCE = compile_pattern(r"(?:年初|上年|期初)(?:结转|结余)")


_STOCK = compile_pattern(r"结余|结存|余额|累计")


_STOCK_TOTAL = compile_pattern(r"累计|滚存|年末")
_TOTAL_QUALIFIER = compile_pattern(r".*(?:总|全部|合计|累计|共|全)")
_PERIOD_FLOW = compile_pattern(r"当期|本期|当年")


def _sibling_measure(view: str, last: Fact, fact: Fact, total: Fact, own_key: str) -> bool:
    """Whether ``fact``, past a ； after the list's last part, is a measure beside the total rather
    than a part of it: its name has the total's head noun with another qualifier (土地面积 beside
    房屋面积) and it alone exceeds the total."""
    total_key = _own_key(total.key)
    head, qualifier = total_key[-2:], total_key[:-2]
    return (
        len(total_key) > 2 and len(own_key) > 2 and own_key.endswith(head) and own_key != total_key
        and own_key[:-2] not in total_key and qualifier not in own_key and not _TOTAL_QUALIFIER.fullmatch(qualifier)
        and fact.entity.value > total.entity.value and _NEW_ITEM.search(view, last.end, fact.start) is not None
    )  # not 总投资1,200万元，其中…；地方配套投资4,000万元 (a part of 总投资, mistyped)


def _in_period_of(total: Fact, part: Fact, left: str = "") -> bool:
    """A part is of the total's period; the opening balance (年初结转结余) dates from the year before."""
    if part.period == total.period:
        return True
    if (part.measure == "count" or _STOCK.search(total.key) and _STOCK.search(part.key)) and {part.period, total.period} == {total.period[:4], f"{total.period[:4]}-12-31"}:
        # 截至2024年12月31日，共有车辆18辆。其中：…用车2辆 / 累计结余…。其中：职工医保基金累计结余…: a stock at the year's end
        return True
    if not total.period.isdigit() or total.role == "actual":
        return False  # what was spent in the year holds no balance carried in from the year before
    if part.period == f"{int(total.period) - 1}-12-31":
        return True  # bound as the opening balance (年初结转和结余812.54万元)
    # 上年结转资金420.00万元: the opening balance named by the words before it (上年 is a period word,
    # not part of the indicator)
    return bool(_OPENING_PART.search(part.indicator) or _OPENING_BALANCE.search(left)) and part.period[:4] == str(int(total.period) - 1)


@lru_cache(maxsize=None)
def _siblings_of(key: str) -> frozenset[str]:
    """Keys that sit beside ``key`` in one complete breakdown (基本支出 beside 项目支出)."""
    return frozenset(other for sets in decompositions().values() for parts in sets if key in parts for other in parts if other != key)



def _same_counting_unit(total: Fact, part: Fact) -> bool:
    """Counts add up only in one measure word (共有车辆0辆，其中：…用车0辆 — not …设备0台（套））."""
    return counting_unit(total) == counting_unit(part)


_NEW_TOTAL = compile_pattern(r"共计|合计|总计|^总|全年")


def _compatible_roles(total: Fact, part: Fact, listed: bool = False) -> bool:
    """Parts are stated in the total's terms: a budget's parts are budgets, an actual's actuals.
    In a 其中 list a plain figure is read in its total's terms (全年预算586.40万元。其中：中央财政
    …资金312.00万元 is a budget)."""
    plain = ("value", "actual")
    if listed and part.role == "value" and total.role in ("budget", "adjusted_budget"):
        return True
    return part.role == total.role or (total.role in plain and part.role in plain)


def _list_end(view: str, start: int, total: Fact) -> int:
    """Where a 其中 list ends: the sentence end, or — when the marker ends its line — the next
    blank line or heading-like line within a few lines."""
    line_end = view.find("\n", start)
    rest_of_line = view[start:line_end if line_end != -1 else len(view)]
    if _DIGIT.search(rest_of_line):
        stop = _SENTENCE_STOP.search(view, start)
        end = stop.start() if stop else len(view)
        first_item = _ITEM_STOP.search(view, start, end)
        if first_item is not None and not _DIGIT.search(view, start, first_item.start()):
            # 已整改2,786.10万元，其中违规拨付…的资金已全部收回；管理不规范问题已整改7,333.32万元: the
            # 其中 speaks in words, and the ；-items after it are the total's siblings, not its parts
            return first_item.start()
        aside = _ASIDE.search(view, start, end)  # …；另有退休人员5人: not one of the parts
        if aside is None and _SERVING.search(view, max(0, total.start - 12), total.start):
            aside = _RETIRED.search(view, start, end)  # 在职教职工5,126人，其中…；离退休人员2,043人
        return aside.start() if aside else end
    position = line_end
    taken = 0
    numbered = None  # the numbering the list's lines go by (1. / （1）), once its first line shows one
    while position != -1 and position + 1 < len(view):
        next_end = view.find("\n", position + 1)
        line = view[position + 1:next_end if next_end != -1 else len(view)]
        if not line.strip() or _HEADING_START.match(line):
            break
        item = _NUMBERED_ITEM.match(line)
        if taken == 0:
            numbered = item.group("mark") if item else None
        elif numbered is not None:
            # 1.…（2080501）… / 2.… / … / 12.…: a numbered list runs as long as its items do
            if not item or item.group("mark") != numbered:
                break
        elif taken >= _MAX_FOLLOWING_LINES:
            break
        taken += 1
        position = next_end
    return position if position != -1 else len(view)


_SUMMED = compile_pattern(r"共计|合计|总计")
# 公务用车中，执法执勤用车512辆、…: a ；-item or sentence opening on the whole it breaks down
_NAMED_WHOLE = compile_pattern(r"\s*(?P<whole>\p{Han}{2,10}?)中[，,]")
_ITEM_END = compile_pattern(r"[。；;\n]")


def _named_whole_openings(view: str):
    """``X中，`` opening a sentence or ；-item: found from each 中， back to the item's start (a
    scan of the whole text with the pattern alone is slow), in the order of the text."""
    found_all = []
    for comma in ("中，", "中,"):
        at = view.find(comma)
        while at != -1:
            item_start = max(view.rfind(mark, max(0, at - 16), at) for mark in "。；;\n") + 1
            if at - item_start <= 16:
                found = _NAMED_WHOLE.fullmatch(view, item_start, at + 2)
                if found is not None:
                    found_all.append(found)
            at = view.find(comma, at + 2)
    return sorted(found_all, key=lambda m: m.start())


def _named_whole_counts(view: str, facts: list[Fact], found: list[Relation]) -> Iterable[Relation]:
    """Counts listed after ``X中，`` are parts of the count of X stated just before:
    ``年末实有车辆1,284辆，其中公务用车846辆、其他车辆438辆；公务用车中，执法执勤用车512辆、机要通信用车36辆…``
    gives 846辆 → 512辆 + 36辆 + …  Only counts: a part can then only be checked not to exceed
    its whole, as such lists may leave some parts out."""
    already = {id(r.member("total")) for r in found if r.kind == "parts"}
    starts = [f.start for f in facts]
    for opening in _named_whole_openings(view):
        key = canonical_key(opening.group("whole"))
        keys = {key, COUNTED_AS.get(key, key)}
        paragraph_start = view.rfind("\n", 0, opening.start()) + 1
        before = bisect_left(starts, opening.start())
        total = None
        for index in range(before - 1, -1, -1):
            f = facts[index]
            if f.start < paragraph_start:
                break
            if f.measure == "count" and f.key in keys and f.role in LEVEL_ROLES:
                total = f
                break
        if total is None or id(total) in already:
            continue
        stop = _ITEM_END.search(view, opening.end())
        end = stop.start() if stop else len(view)
        parts = [
            f for f in facts[before:bisect_left(starts, end)]
            if f.start >= opening.end() and f.measure == "count" and f.role in LEVEL_ROLES and f.period == total.period
            and _same_counting_unit(total, f) and f.key not in keys
        ]
        if len(parts) >= 2:
            already.add(id(total))
            yield Relation("parts", (("total", total),), parts=tuple(parts))


def _listed_beyond(window: list[Fact], chosen: dict[str, Fact], total: Fact) -> bool:
    """Whether the sentence listing a breakdown's parts lists another flow of the same kind beside them
    (其中：基本支出…；项目支出…；经营支出23.20万元): the glossary's breakdown is then not the whole list."""
    kind = next((word for word in ("支出", "收入") if word in total.key), None)
    sentences = {f.sentence_start for f in chosen.values()}
    first = min(f.start for f in chosen.values())
    siblings = _siblings_of(total.key)  # 其中基本支出…，包括人员经费…、公用经费…；项目支出…: the total's sibling, no part
    return kind is not None and any(
        f.sentence_start in sentences and f.start > first and f.key not in chosen and f.key != total.key
        and f.key not in siblings and f.key.endswith(kind) and f.measure == "amount"
        for f in window
    )


def _listed_parts(view: str, facts: list[Fact], found: list[Relation]) -> Iterable[Relation]:
    """A total followed by a complete breakdown without a 其中 marker, or introduced by
    ``X部分，`` in the next sentence: ``年初预算支出673.60万元，基本支出569.44万元，项目支出0万元``.
    Only breakdowns the glossary calls complete count (基本支出 = 人员经费 + 公用经费 …)."""
    already = {id(r.member("total")) for r in found if r.kind == "parts"}
    complete = decompositions()
    for index, total in enumerate(facts):
        if id(total) in already or not _is_level(total) or total.key not in complete:
            continue
        window = [
            f for f in facts[index + 1:index + 12]
            if f.sentence_start - total.sentence_end <= 1 and f.measure == total.measure and _is_level(f)
            and f.period == total.period and _compatible_roles(total, f)
        ]
        for parts_keys in complete[total.key]:
            if any(key.endswith(_CARRY_OVER_KEY) for key in parts_keys):
                pair = _flow_and_carry_over(view, facts, index, parts_keys)
                if pair is not None:
                    # 收入总计包括本年收入合计1,492.17万元、年初结转和结余94.52万元: the year's flow and the
                    # carry-over, side by side in the next clauses
                    yield Relation("parts", (("total", total),), parts=pair)
                    already.add(id(total))
                    break
                continue
            chosen: dict[str, Fact] = {}
            for fact in window:
                if fact.key in parts_keys and fact.key not in chosen:
                    chosen[fact.key] = fact
                elif fact.key == total.key or parts_keys in complete.get(fact.key, ()):
                    break  # 支出总计…。本年支出合计…，其中，基本支出…: the parts of the nearer total
            if set(chosen) == parts_keys and not _listed_beyond(window, chosen, total):
                yield Relation("parts", (("total", total),), parts=tuple(chosen.values()))
                already.add(id(total))
                break
        if id(total) not in already and _SUMMED.search(total.indicator):
            # 年末预算执行基本支出719.48万元、项目支出779.00万元，全年共计支出为1498.48万元: the parts come first
            before = [
                f for f in _earlier_in_sentence(facts, index)
                if f.measure == total.measure and _is_level(f) and f.period == total.period and _compatible_roles(total, f)
            ]
            for parts_keys in complete[total.key]:
                chosen = {}
                for fact in before:
                    if fact.key == total.key:
                        break
                    if fact.key in parts_keys and fact.key not in chosen:
                        chosen[fact.key] = fact
                if set(chosen) == parts_keys:
                    parts = tuple(sorted(chosen.values(), key=lambda f: f.start))
                    yield Relation("parts", (("total", total),), parts=parts)
                    break


def _sent_down_from(view: str, facts: list[Fact], before: int, total: Fact, between: str) -> bool:
    """Whether a 分别下达/分别安排 list divides ``total``: the one sum its sentence opens with, followed by no
    more than words of how (共下达…27万元，按照…，分别下达…) — not a sum kept back or a source listed before it."""
    if _DIGIT.search(between) or any(mark in between for mark in "。;；") or len(between) > _LONGEST_ASIDE:
        return False
    return not any(
        f.sentence_start == total.sentence_start and f.measure == total.measure and f.start < total.start
        for f in facts[max(0, before - _MARKER_REACH):before]
    )


_CARRY_OVER_KEY = "结转和结余"
_LONGEST_ASIDE = 30  # …860.00万元，按照救助对象人数和上年支出情况，分别下达…: words of how, between the sum and its list


def _flow_and_carry_over(view: str, facts: list[Fact], index: int, parts_keys) -> tuple[Fact, Fact] | None:
    """The year's flow and the carry-over that make a 收入总计 or 支出总计: two facts side by side in one
    sentence, keyed as the glossary's parts, right after the total or after its name written again
    (``收入总计1,586.42万元，…。收入总计包括本年收入合计…、年初结转和结余…``) — the carry-over dated at a
    year's end whatever the flow's year (年初结转和结余 is last year's closing balance)."""
    total = facts[index]
    for position in range(index + 1, min(index + _CARRY_OVER_REACH, len(facts) - 1)):
        flow, carried = facts[position], facts[position + 1]
        if flow.sentence_start - total.sentence_end > _NEARBY or flow.sentence_start != carried.sentence_start:
            continue
        if {flow.key, carried.key} != set(parts_keys) or not carried.key.endswith(_CARRY_OVER_KEY) or flow.period != total.period:
            continue
        if not all(f.measure == total.measure and _is_level(f) for f in (flow, carried)):
            continue
        named_again = total.indicator and total.indicator in view[max(flow.sentence_start, flow.start - 16):flow.start]
        if position == index + 1 or named_again:
            return flow, carried
    return None


_CARRY_OVER_REACH = 6


def _lead_parts(document: Document, facts: list[Fact], found: list[Relation]) -> Iterable[Relation]:
    """``“三公”经费财政拨款支出为0.54万元。…“三公”经费财政拨款支出决算中，因公出国（境）费0万元，…
    公务接待费0.54万元``: a sentence opening with ``X中，`` lists the parts of the X stated before it."""
    view = document.normalized
    taken = {id(r.member("total")) for r in found if r.kind == "parts"} | {id(p) for r in found if r.kind == "parts" for p in r.parts}
    by_key: dict[str, list[Fact]] = {}
    for fact in facts:
        if _is_level(fact):
            by_key.setdefault(fact.key, []).append(fact)
    index = 0
    while index < len(facts):
        sentence_start = facts[index].sentence_start
        end = index
        while end < len(facts) and facts[end].sentence_start == sentence_start:
            end += 1
        members, index = facts[index:end], end
        lead = _LEAD_WHOLE.match(view, sentence_start)
        if not lead or any(id(f) in taken for f in members):
            continue
        # the lexicon's terms in the lead, else the lead's own words (非税收入中，…)
        keys = [term.key for term in reversed(find_indicators(lead.group()))] or [canonical_key(_LEAD_END.sub("", lead.group()).strip())]
        for key in keys:
            period = next((f.period for f in members if _is_level(f)), None)
            total = next(
                (
                    f for f in reversed(by_key.get(key, [])) if f.start < sentence_start and sentence_start - f.end <= _LEAD_REACH
                    and f.period == period  # not last year's 86.73亿元 quoted beside this year's 93.89亿元
                ),
                None,
            )
            if total is None or any(r.member("total") is total for r in found if r.kind == "parts"):
                continue  # (a part of another total may be broken down in turn: 非税收入 of 一般公共预算收入)
            parts = [
                f for f in members if _is_level(f) and f.key != total.key and f.measure == total.measure
                and f.period == total.period and _compatible_roles(total, f) and _same_counting_unit(total, f)
            ]
            # only a breakdown the glossary calls complete (在项目支出中，重点保障了… lists examples), or one
            # closed by the rest of the whole that holds more than the whole (非税收入中，…，其他非税收入…)
            if len(parts) >= 2 and ({p.key for p in parts} in decompositions().get(total.key, []) or _exceeds_closed_list(parts, total)):
                yield Relation("parts", (("total", total),), parts=tuple(parts))
            break


def _exceeds_closed_list(parts: list[Fact], total: Fact) -> bool:
    """Whether a list ending with 其他X (非税收入中，…，其他非税收入…) holds more than its X. Such a
    list may still leave a 款 out (其他社会保障和就业支出 is a 款 of its own), so only an excess is
    certain, and only then is the list taken as X's parts."""
    last = parts[-1].indicator
    closed = bool(_REST_OF.match(last)) and len(total.key) >= 2 and total.key in last
    return closed and sum((p.entity.value for p in parts), Decimal(0)) > total.entity.value


def _earlier_in_sentence(facts: list[Fact], index: int) -> Iterable[Fact]:
    """The facts before ``facts[index]`` in its sentence, nearest first (facts are in text order,
    so the walk stops at the first fact of an earlier sentence)."""
    fact = facts[index]
    for position in range(index - 1, -1, -1):
        other = facts[position]
        if other.sentence_start != fact.sentence_start:
            if other.start < fact.sentence_start:
                return
            continue
        yield other


def _same_sentence(a: Fact, b: Fact) -> bool:
    return a.sentence_start == b.sentence_start


_AGAINST_BUDGET_CHANGE = compile_pattern(r"(?:较|比|与)(?:年初|全年|调整后)?预算(?:数)?(?:相比)?[^，,。；;]{0,4}$")
_COMPARED_WITH = compile_pattern(r"与(?:\d{4}年(?:度)?|上年(?:度|同期)?)(?:的[\d,.]+(?:万元|亿元|元|%)?)?相比|比上年|较上年|同比")
_LOOK_BACK = 8
_NEARBY = 200


# 参保率96.50%，完成年度目标的101.20%，比上年提高0.50个百分点: the share of the goal met, not the rate
_TARGET_COMPLETED = compile_pattern(r"(?:完成|达到|实现)(?:了)?(?:年度|全年|计划|预期)?(?:目标|任务|指标)(?:值|数)?的?\s*$")


def _completes_target(view: str, fact: Fact) -> bool:
    """Whether a percentage says how much of a goal was met (its clause ends 完成年度目标的)."""
    return is_completion_rate(fact) or bool(_TARGET_COMPLETED.search(view, max(fact.sentence_start, fact.start - 16), fact.start))


def _prior_in_rows(facts: list[Fact]) -> dict[tuple, list[tuple[str, Fact]]]:
    """Last year's figure of each table row that states a figure and last year's beside it
    (``2.个人账户收入 | 98,642.18 | 104,120.45``), by (measure, period, value) of this year's
    figure, with the row's key: ``{("amount", "2024", 986421800): [("个人账户收入", <104,120.45>)]}``."""
    rows: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.source == "table" and fact.role in ("value", "actual") and fact.period.isdigit():
            rows.setdefault(fact.sentence_start, []).append(fact)
    found: dict[tuple, list[tuple[str, Fact]]] = {}
    for row in rows.values():
        for current in row:
            prior = str(int(current.period) - 1)
            earlier = [
                f for f in row if f.key == current.key and f.measure == current.measure and f.period == prior
                and _same_column_measure(f.col_header, current.col_header)
            ]
            if len(earlier) == 1:
                found.setdefault((current.measure, current.period, current.entity.value), []).append((current.key, earlier[0]))
    return found


# 本年收入 | 上年收入, 年末累计结存 | 上年末累计结存, 2023年 | 2022年: one measure in two years
_COLUMN_PERIOD = compile_pattern(
    r"\d{4}\s*年度?[末初]?|上?年末|上?年初|本年度?|上年度?|当年|今年|去年|同期|本期|上期|[（(][^）)]*[）)]|\s+"
    r"|(?:执行|决算|预算|实际|完成|预计)数?$"  # 2024年执行数 | 2023年决算数: one measure, a role word apart
)


def _same_column_measure(first: str | None, second: str | None) -> bool:
    """Whether two columns can measure one thing in two years: unless both name a measure and the
    names share no two characters (本年收入 against 上年末累计结存); a header that names only a period
    (2023年, 上年同期) or is cut off says nothing against it.

    >>> _same_column_measure("本年收入", "上年收入"), _same_column_measure("本年收入", "上年末累计结存"), _same_column_measure("1—12月 累计", "上年 同期")
    (True, False, True)
    """
    a, b = _HAN_ONLY.sub("", _column_measure(first)), _HAN_ONLY.sub("", _column_measure(second))
    if len(a) < 2 or len(b) < 2:
        return True
    return bool({a[i:i + 2] for i in range(len(a) - 1)} & {b[i:i + 2] for i in range(len(b) - 1)})


_HAN_ONLY = compile_pattern(r"[^\p{Han}]")


def _column_measure(header: str | None) -> str:
    """What a column measures, without its period words.

    >>> [_column_measure(h) for h in ("本年收入", "上年收入", "年末累计结存", "上年末累计结存", "2023年", "2022年末")]
    ['收入', '收入', '累计结存', '累计结存', '', '']
    """
    return _COLUMN_PERIOD.sub("", header or "")


_PART_REACH = 400  # characters back to a breakdown of last year's total


def _prior_part_nearby(facts: list[Fact], index: int, amount: Fact, parts_of: dict) -> Fact | None:
    """Last year's figure of ``amount`` stated shortly before as a part of last year's total, when
    the total's name and the part's name are both in ``amount``'s name, no other part fits and no
    other figure after the breakdown names that part too (退休职工… and 在职职工… are parts of 职工):
    ``比上年末的486.07万人（职工67.15万人、居民418.92万人）。…城乡居民基本医疗保险参保412.36万人，
    同比增长1.57%`` — 418.92万人 (居民, a part of 基本医疗保险参保) is the base of 412.36万人."""
    if not amount.period[:4].isdigit() or "·" in amount.key:
        return None
    prior = str(int(amount.period[:4]) - 1)
    found = []
    for earlier in reversed(facts[:index]):
        if amount.start - earlier.end > _PART_REACH:
            break
        if earlier.measure != amount.measure or earlier.period[:4] != prior or earlier.entity.unit != amount.entity.unit:
            continue
        total = parts_of[id(earlier)].member("total") if id(earlier) in parts_of else None
        if total is not None and len(earlier.key) >= 2 and total.key and _names_part_of(amount.key, total.key, earlier.key):
            found.append((earlier, total))
    if len(found) != 1:
        return None
    part, total = found[0]
    # 退休职工…18.30万人 and 在职职工…50.12万人 both name 职工: parts of the part, neither of them the part
    namesakes = [
        f for f in facts
        if part.end < f.start <= part.end + 2 * _PART_REACH and f.measure == amount.measure and f.period == amount.period
        and f.role in ("value", "actual") and _names_part_of(f.key, total.key, part.key)
    ]
    return part if len(namesakes) == 1 else None


def _names_part_of(key: str, total_key: str, part_key: str) -> bool:
    return total_key in key and part_key in key


def _prior_in_row_of(prior_in_rows: dict[tuple, list[tuple[str, Fact]]], amount: Fact) -> Fact | None:
    """Last year's figure a table row sets beside ``amount``: the row of its key, or else the one row
    stating this very figure whose label is part of its name (prose ``二级医疗机构6,907.66元`` and the
    row ``二级 | 7,036.57 | 6,907.66``)."""
    stating = prior_in_rows.get((amount.measure, amount.period, amount.entity.value), ())
    own = [prior for key, prior in stating if key == amount.key]
    if own or not amount.key:
        return own[-1] if own else None
    rows = [prior for key, prior in stating if len(key) >= 2 and (key in amount.key or amount.key in key)]
    return rows[0] if len(rows) == 1 else None


# a limit the figure is measured against, not a level of the subject (比重为63.72%，不低于办法规定的60%)
_THRESHOLD_BEFORE = compile_pattern(r"(?:不低于|不少于|不高于|不超过|不得(?:低于|少于|高于|超过)|高于|低于|超过|未达到)[^，,。；;\d]{0,10}?\s*$")


def _modifiers(document: Document, facts: list[Fact], parts_of: dict | None = None, prior_in_rows: dict | None = None) -> Iterable[Relation]:
    view = document.normalized
    parts_of = parts_of or {}
    prior_in_rows = prior_in_rows or {}
    for index, fact in enumerate(facts):
        if fact.role not in ("growth", "change"):
            continue
        if _AGAINST_BUDGET_CHANGE.search(view[max(fact.sentence_start, fact.start - 12):fact.start]):
            continue  # 较预算节约5.72万元: a saving against the budget, not a change on last year
        if _TARGET_AFTER.match(view, fact.end):
            continue  # 未达到提高3个百分点的年度目标: the change aimed at, not one any two figures made
        # a change is in its level's measure (增加12,800元 is no change of 46人); a growth rate of either
        wanted = ("amount", "count") if fact.measure == "percent" else (fact.measure,) if fact.measure in ("amount", "count") else ("percent",)
        if fact.measure == "points":
            wanted = ("percent",)
        # 占缴费人员的41.26%，比上年的38.53%提高2.73个百分点: a share moves by points too
        skipped = ("growth", "change") if fact.measure == "points" else ("growth", "change", "share")
        candidates = [
            f for f in _earlier_in_sentence(facts, index)
            if f.key == fact.key and f.measure in wanted and f.role not in skipped
            and not _OTHER_SUBJECT_COMPARED.search(view, max(f.sentence_start, f.start - 12), f.start)
            and not _THRESHOLD_BEFORE.search(view, max(f.sentence_start, f.start - 16), f.start)  # 不低于办法规定的60%: a floor
            and f.period[:4] == fact.period[:4]  # not 与2022年度的4,987.30万元相比: last year's figure is the base
            and not (f.measure == "percent" and _completes_target(view, f))  # 完成年度目标的101.20%: no level
        ]
        item_from = item_start(view, fact.sentence_start, fact.start)
        if candidates and not any(f.start >= item_from for f in candidates) and not _COMPARISON_OPENS.match(view, item_from) and any(
            f.start >= item_from and f.key == fact.key and f.measure in wanted and f.role in ("value", "actual")
            and f.measure not in {c.measure for c in candidates}
            for f in _earlier_in_sentence(facts, index)
        ):
            # 发放人数由41人增至46人，增加5人；发放金额比上年的108,000元增加12,800元，增长11.85%: the ；-item
            # states last year's figure of another quantity (元, not 人) — the change is of that one
            candidates = []
        # 支出37.89万元，完成年度预算44.50万元的85.15%；较上年减少26.04万元: the spending changed, not its budget
        base = next((f for f in candidates if f.role in ("value", "actual")), None) or next(iter(candidates), None)
        # 标准为158元，其中…县级加发15元，比上年的138元提高20元: the figure last year's and the change make
        made = _made_by_change(facts, index)
        if made is not None:
            yield Relation(fact.role, ((fact.role, fact), ("amount", made[0]), ("base", made[1])))
            continue
        if base is not None and id(base) in parts_of and _after_a_list(view, parts_of[id(base)], base, fact):
            # 参保人数30.86万人，其中在职职工22.41万人、退休人员8.45万人，比上年增加0.89万人: the
            # change follows the whole list — of the total or of its last part, the text does not say
            continue
        if base is None and _COMPARED_WITH.search(view[fact.sentence_start:fact.start]):
            # 2019年度支出总计313.74万元。与2018年相比，支出总计增加313.74万元: the amount is the
            # current figure stated in the sentences just before
            base = next(
                (
                    f for f in reversed(facts[max(0, index - _LOOK_BACK):index])
                    if f.sentence_start < fact.sentence_start and fact.sentence_start - f.sentence_end <= _NEARBY
                    and f.key == fact.key and f.measure in wanted and f.role in ("value", "actual") and f.period == fact.period
                ),
                None,
            )
        if base is None and fact.measure == "points" and fact.period[:4].isdigit() and _GENERIC_SHARE_WORD.fullmatch(fact.key):
            # 占…的比重为76.44%，上年…、占比74.95%，占比提高1.49个百分点: the two years' shares of the sentence
            pair = _shares_of_two_years(facts, index, fact.period[:4])
            if pair is not None:
                yield Relation(fact.role, ((fact.role, fact), ("amount", pair[0]), ("base", pair[1])))
                continue
        if base is None and fact.measure == "points" and fact.period[:4].isdigit():
            # …预算执行率94.38%；2024年…预算执行率96.24%。…2024年比2023年再提高1.68个百分点: the two
            # years' rates stated just before
            level = _recent_rate(facts, index, fact.period[:4])
            prior = _recent_rate(facts, index, str(int(fact.period[:4]) - 1))
            if level is not None and prior is not None:
                yield Relation(fact.role, ((fact.role, fact), ("amount", level), ("base", prior)))
                continue
        if base is not None:
            # 个人账户收入98,642.18万元，同比下降5.26% with the 附表's row 98,642.18 | 104,120.45: last year's
            # figure is the one the table sets beside this same figure
            stated = (
                _stated_base(view, facts, index, base) or _bracketed_prior(view, facts, index, base)
                or _prior_in_row_of(prior_in_rows, base) or _prior_part_nearby(facts, index, base, parts_of)
            )
            if stated is None and fact.measure == "points":
                # 占…总额的74.06%，比上年提高0.15个百分点 with 2023年…占比为73.55% stated elsewhere: the one
                # prior-year level of the same share in the report
                stated = _prior_level_anywhere(facts, base)
            yield Relation(fact.role, ((fact.role, fact), ("amount", base), ("base", stated)))
        elif fact.period[:4].isdigit():
            # 2023年实际支出较上年的18,715.40万元增加826.78万元，同比增长4.42%: this year's amount is
            # not restated, but last year's is — the change and the rate still relate through it
            prior = str(int(fact.period[:4]) - 1)
            nearest = next(
                (f for f in _earlier_in_sentence(facts, index) if f.key == fact.key and f.measure in wanted and f.role in ("value", "actual")),
                None,
            )
            # …与2021年的27.45万元相比，减少6.09万元: against the earlier year's figure just before it
            stated = nearest if nearest is not None and (nearest.period[:4] == prior or _earlier_year(nearest, fact)) else None
            if stated is not None:
                level = _named_level_before(view, facts, index, stated)
                if level is None and fact.measure == "points" and _GROWTH_RATE_WORD.fullmatch(fact.key):
                    # …增长5.3%，增速较上年的6.5%回落2.2个百分点: the growth rate the sentence just stated
                    level = next(
                        (f for f in _earlier_in_sentence(facts, index) if f.role == "growth" and f.measure == "percent" and f.period == fact.period),
                        None,
                    )
                yield Relation(fact.role, ((fact.role, fact), ("amount", level), ("base", stated)))


# …；较上年（2.8万亩）下降16.43%: a ；-item opening with the comparison still speaks of the subject before
_COMPARISON_OPENS = compile_pattern(r"\s*(?:较|比|与|同比|环比|相比)")
_GROWTH_RATE_WORD = compile_pattern(r"增速|增幅|增长率|增长速度")
# 示范区亩产586.4公斤，较非示范区的541.2公斤增加45.2公斤: the figure of another subject compared with, not a
# year's level the change is of
_OTHER_SUBJECT_COMPARED = compile_pattern(r"(?:较|比|与)(?!上年|去年|同期|上一年|前一年|上期|年初|上年末|\d{4}|\p{Han}{0,4}预算)\p{Han}{1,10}的\s*$")
_GENERIC_SHARE_WORD = compile_pattern(r"占比|比重|所占比重|所占比例")


def _shares_of_two_years(facts: list[Fact], index: int, year: str) -> tuple[Fact, Fact] | None:
    """This year's and last year's share of one key, the only two shares of the sentence before a
    points change named only 占比: ``…的比重为76.44%，上年…、占比74.95%，占比提高1.49个百分点``."""
    shares = [f for f in _earlier_in_sentence(facts, index) if f.role == "share" and f.measure == "percent"]
    if len(shares) != 2 or shares[0].key != shares[1].key:
        return None
    level = next((f for f in shares if f.period[:4] == year), None)
    prior = next((f for f in shares if f.period[:4] == str(int(year) - 1)), None)
    return (level, prior) if level is not None and prior is not None else None


def _named_level_before(view: str, facts: list[Fact], index: int, prior: Fact) -> Fact | None:
    """This year's figure of a changed quantity named with a measure word the level's own name
    lacks: ``其中发明专利268件…。发明专利授权量比上年221件增长12.27%`` — the one 发明专利 count of the
    sentence just before, in the prior figure's unit."""
    fact = facts[index]
    found = [
        f for f in facts[max(0, index - _LOOK_BACK):index]
        if f.sentence_start < fact.sentence_start and fact.sentence_start - f.sentence_end <= _NEARBY
        and len(f.key) >= 2 and fact.key.startswith(f.key) and _QUANTITY_TAIL.fullmatch(fact.key[len(f.key):])
        and f.measure == prior.measure and f.entity.unit == prior.entity.unit and f.period == fact.period
        and f.role in ("value", "actual")
    ]
    if len(found) != 1:
        return None
    verb = _QUANTITY_TAIL.fullmatch(fact.key[len(found[0].key):]).group("verb")
    if verb and verb not in view[found[0].sentence_start:found[0].end]:
        return None  # 专利授权量…其中发明专利268件 against 发明专利申请量: granted, not applied for
    return found[0]


_QUANTITY_TAIL = compile_pattern(r"(?P<verb>授权|申请|登记|认定|发放|完成)?(?:量|数量|数|总量|件数|人数)")


# 未达到提高3个百分点的年度目标: a target's change, not the one the level made
_TARGET_AFTER = compile_pattern(r"\s*的?(?:年度|全年|绩效)?(?:目标|任务|要求)")


def _prior_level_anywhere(facts: list[Fact], level: Fact) -> Fact | None:
    """The previous year's figure of ``level``'s key, role and measure, when the report states
    exactly one value for it (in running text)."""
    if not level.period[:4].isdigit():
        return None
    prior = str(int(level.period[:4]) - 1)
    found = [
        f for f in facts if f.key == level.key and f.measure == level.measure and f.role == level.role
        and f.period == prior and f.source == "text"
    ]
    return found[0] if len({f.entity.value for f in found}) == 1 else None


def _recent_rate(facts: list[Fact], index: int, year: str) -> Fact | None:
    """The rate of ``facts[index]``'s key for ``year`` stated in its sentence or the ones just before."""
    fact = facts[index]
    return next(
        (
            f for f in reversed(facts[max(0, index - _LOOK_BACK):index])
            if fact.sentence_start - f.sentence_end <= _NEARBY and f.key == fact.key and f.measure == "percent"
            and f.role in ("rate", "share", "value") and f.period == year
        ),
        None,
    )


def _made_by_change(facts: list[Fact], index: int) -> tuple[Fact, Fact] | None:
    """The figure earlier in the sentence that last year's figure and the change stated before
    ``facts[index]`` (or that change itself) add up to exactly, whatever it is named, with last
    year's figure: in ``标准为158元，其中…县级加发15元，比上年的138元提高20元，增长14.49%`` it is
    (158元, 138元), as 138 + 20 = 158."""
    fact = facts[index]
    if not fact.period[:4].isdigit():
        return None
    earlier = list(_earlier_in_sentence(facts, index))  # nearest first
    # the rate right after its change, the change right after last year's figure: 138元提高20元，增长14.49%
    change = fact if fact.role == "change" else next(iter(earlier), None)
    if change is None or change.role != "change" or change.measure not in ("amount", "count"):
        return None
    before_change = earlier if change is fact else earlier[1:]
    prior = next(iter(before_change), None)
    if prior is None or prior.period[:4] != str(int(fact.period[:4]) - 1) or prior.measure != change.measure or prior.role not in ("value", "actual"):
        return None
    made = prior.entity.value + change.sign * change.entity.value
    amount = next(
        (f for f in earlier if f.start < prior.start and f.measure == change.measure and f.role in ("value", "actual")
         and f.period[:4] == fact.period[:4] and f.entity.value == made and counting_unit(f) == counting_unit(prior)),
        None,
    )
    return (amount, prior) if amount is not None else None


def _after_a_list(view: str, relation: Relation, part: Fact, change: Fact) -> bool:
    """Whether ``change`` follows a list of two or more parts ending in ``part`` within one item."""
    earlier = [p for p in relation.parts if p.start < part.start]
    return bool(earlier) and not _ITEM_END.search(view, earlier[-1].end, change.start)


def _stated_base(view: str, facts: list[Fact], index: int, amount: Fact) -> Fact | None:
    """Last year's figure when the sentence states it before the change: ``支出198.63万元，比上年的
    210.81万元增加12.18万元`` — the base 210.81万元 (of the amount's key, dated the year before)."""
    if not amount.period[:4].isdigit():
        return None
    prior = str(int(amount.period[:4]) - 1) + amount.period[4:]  # 2023 → 2022; 2023-12-31 → 2022-12-31
    nearest = next(
        (
            f for f in _earlier_in_sentence(facts, index)
            if f is not amount and f.start > amount.start and f.key == amount.key and f.measure == amount.measure
            and f.role in ("value", "actual", amount.role)  # 支付比例84.36%，比上年的83.52%…: a rate's own last year
        ),
        None,
    )
    # …与2022年的24.18万元相比，减少2.82万元；与2021年的27.45万元相比，减少6.09万元: each change is
    # against the earlier year's figure just before it — the second against 2021's
    if nearest is not None and (nearest.period == prior or _earlier_year(nearest, amount)):
        return nearest
    # 亩产由2023年的468公斤提高到2024年的524公斤，增长…: the figure it moved from, just before it
    moved_from = next(
        (
            f for f in _earlier_in_sentence(facts, index)
            if f.end <= amount.start and f.key == amount.key and f.measure == amount.measure
            and (f.role in ("value", "actual", amount.role) or f.measure == "percent" and f.role in ("share", "rate"))  # 比重由上年的32.6%降至28.1%
        ),
        None,
    )
    if moved_from is not None and (moved_from.period == prior or _earlier_year(moved_from, amount)) and _MOVED_TO.fullmatch(
        view, moved_from.end, amount.start
    ):
        return moved_from
    return None


_PRIOR_BRACKET = compile_pattern(r"\s*[（(]\s*(?:上年|去年|上年同期|\d{4}\s*年度?)\s*(?:为|是|[:：])?\s*")


def _bracketed_prior(view: str, facts: list[Fact], index: int, amount: Fact) -> Fact | None:
    """Last year's figure in brackets right after the change: ``业务收入68,452.37万元，同比增长5.29%
    （上年65,013.80万元）`` — the base 65,013.80万元."""
    if index + 1 >= len(facts) or not amount.period[:4].isdigit():
        return None
    after = facts[index + 1]
    prior = str(int(amount.period[:4]) - 1) + amount.period[4:]
    if (
        after.key == amount.key and after.measure == amount.measure and after.period == prior
        and after.sentence_start == facts[index].sentence_start and _PRIOR_BRACKET.fullmatch(view, facts[index].end, after.start)
    ):
        return after
    if facts[index].measure == "points" and amount.measure == "percent" and _PRIOR_BRACKET_OPENS.match(view, facts[index].end):
        # 占80.00%，比上年末提高9.25个百分点（上年末LED路灯8,786盏，占70.75%）: the one rate the bracket gives last year
        close = view.find(")", facts[index].end)
        inside = [f for f in facts[index + 1:index + 4] if close != -1 and f.start < close and f.measure == "percent"]
        if len(inside) == 1:
            return inside[0]
    return None


_PRIOR_BRACKET_OPENS = compile_pattern(r"\s*[（(]\s*(?:上年末?|去年末?|上年同期|\d{4}\s*年末?)")
# 468公斤提高到2024年的524公斤: from one figure to the next
_MOVED_TO = compile_pattern(r"\s*" + MOVED_TO + r"\s*(?:\d{4}年(?:度)?(?:末)?的?)?\s*")


def _earlier_year(base: Fact, amount: Fact) -> bool:
    """Whether ``base`` is dated a plain year before ``amount``'s (2021 against 2023)."""
    return base.period.isdigit() and amount.period[:4].isdigit() and base.period < amount.period[:4]


_WHOLE_TO_SHARE = 3  # 2,500万元的82.4%: at most 的 and spaces between a named whole and its share


def _shares(document: Document, text_facts: list[Fact], all_facts: list[Fact], parts_of: dict, fiscal_year: int | None) -> Iterable[Relation]:
    view = document.normalized
    by_key: dict[str, list[Fact]] = {}
    for candidate in all_facts:
        if candidate.role in LEVEL_ROLES:
            by_key.setdefault(candidate.key, []).append(candidate)
    for index, fact in enumerate(text_facts):
        if fact.role != "share":
            continue
        earlier = [
            f for f in _earlier_in_sentence(text_facts, index) if f.measure in ("amount", "count") and f.role in LEVEL_ROLES
            # not the whole the share names (累计下达2,060万元，占年度资金总额2,500万元的82.4%)
            and not (RATE_DENOMINATOR_AFTER.match(view, f.end) and fact.start - f.end <= _WHOLE_TO_SHARE)
        ]
        # 固定资产占资产总额的84.71% after …、固定资产19,874.32万元、无形资产371.12万元: the share names its part
        part = next((f for f in earlier if fact.key and f.key == fact.key and f.period == fact.period), None) or next(
            (f for f in earlier if fact.key and f.key == fact.key), None
        )  # 项目支出5,126.00万元（上年为4,700.00万元），占…的51.08%: this year's share is of this year's
        if part is None and len(fact.key) >= 2:
            # 中央…860.00万元，省级…370.00万元，县级财政安排250.00万元；县级资金占筹集总额的16.89%: the one
            # part whose name the share's subject opens
            headed = [f for f in earlier if f.key.startswith(fact.key) and f.period == fact.period and f.measure == "amount"]
            part = headed[0] if len(headed) == 1 and id(headed[0]) in parts_of else None
        if part is None and fact.key and not fact.inherited and _names_its_part(view, fact):
            # 项目支出占全部支出的51.27%, 项目支出 stated in the sentence before: the part it names, or none
            part = next(
                (f for f in reversed(text_facts[max(0, index - _PART_LOOK_BACK):index]) if f.key == fact.key
                 and f.measure in ("amount", "count") and f.role in LEVEL_ROLES and fact.start - f.end <= _NEARBY),
                None,
            )
            if part is None and (bare_key := _FLOW_TAIL.sub("", fact.key)) != fact.key and len(bare_key) >= 3:
                # 住院医疗费用支出占待遇支出的74.98% after …由住院医疗费用18,642.30万元…构成: named with 支出 added
                part = next(
                    (f for f in reversed(text_facts[max(0, index - _PART_LOOK_BACK):index]) if f.key == bare_key
                     and f.measure == "amount" and f.role in LEVEL_ROLES and fact.start - f.end <= _NEARBY),
                    None,
                )
            if part is None:
                # 提取额占当年缴存额的比率为75.18%, 提取额 stated only in the table: the one figure of that name for the year
                named = {
                    f.entity.value: f for f in by_key.get(fact.key, ())
                    if f.period == fact.period and f.measure in ("amount", "count") and f.role in ("value", "actual")
                    and _bare_name(f.indicator) == _bare_name(fact.indicator)
                    # (not 财政拨款支出中，基本支出1580.40万元 in a later part: 本年支出中，基本支出占73.60% is of another whole)
                    and (f.source != "text" or f.start < fact.start)
                }
                part = next(iter(named.values())) if len(named) == 1 else None
            if part is None:
                continue
        part = part or next(iter(earlier), None)
        if part is None:
            continue
        total = None
        stated = text_facts[index - 1] if index else None
        if (
            stated is not None and stated is not part and stated.sentence_start == fact.sentence_start
            and stated.measure == part.measure and states_share_whole(view, fact.sentence_start, stated.start, stated.end, fact.start)
        ):
            total = stated  # …，占专项转移支付调整预算数163,100.00万元的72.47%: the whole stated in the share's own words
        elif fact.of and len(fact.of) >= 2:
            whole = fact.of.strip()
            wanted = canonical_key(whole) if is_known_key(canonical_key(whole)) else canonical_key(_strip_total_words(whole))
            # 占政府采购预算总额的: the 政府采购 figure whose role is its budget
            candidates = by_key.get(wanted) or by_key.get(_BUDGET_TAIL.sub("", wanted), [])
            bare = _BARE_FLOW_WHOLE.fullmatch(whole)
            if not candidates and bare:
                # 占实际支出的41.30%: the year's whole spending, however the report keyed it
                candidates = [f for key in _FLOW_TOTAL_KEYS[bare.group("flow")] for f in by_key.get(key, [])]
                candidates.sort(key=lambda f: f.start)
            if not candidates:
                # 共发放问卷1,200份，回收1,146份，…有效问卷1,118份，占回收问卷的93.17%: the count its verb
                # names just before, in the part's own unit
                candidates = [
                    f for f in text_facts[max(0, index - _PART_LOOK_BACK):index]
                    if len(f.key) >= 2 and whole.startswith(f.key) and whole != f.key and f.measure == part.measure == "count"
                    and f.entity.unit == part.entity.unit and f.sentence_start == fact.sentence_start
                ]
            fitting = [
                f for f in reversed(candidates) if f.start < fact.start and f.period == part.period
                and f.measure == part.measure and f is not part
                # “三公”经费支出总额45.60万元 between 支出总额5,000.00万元 and 人员经费2,400.00万元，占支出总额的
                # 48.00%: a whole is never smaller than its part
                and f.entity.value >= part.entity.value
                and (_is_budget(f) if _BUDGET_WHOLE.search(whole) else _same_level_class(f, part))
                and not _channel_of_an_expense(f, parts_of)
                and not _prior_year_column(f, whole, fiscal_year)
                and bool(_CUMULATIVE.search(f.indicator)) == bool(_CUMULATIVE.search(whole))
            ]
            if not fitting and bare:
                # 二、支出执行情况 2024年…支出9,325.84万元。主要是：…补贴1,800.00万元，占支出的19.30%: the
                # spending the section opens with, when the report keys it by its own name
                opening = next((f for f in text_facts[:index] if f.section == fact.section and f.measure == "amount"), None)
                titled = _FLOW_SECTION.fullmatch(fact.section[-1]) if fact.section else None
                if (
                    opening is not None and titled is not None and titled.group("flow") == bare.group("flow")
                    and opening.key.endswith(bare.group("flow")) and opening.role in ("value", "actual")
                    and opening.period == part.period and opening is not part and opening.entity.value >= part.entity.value
                ):
                    fitting = [opening]
            if not fitting and bare:
                # 专项经费支出194.73万元，…。其中…劳务补助合计119.28万元，占支出总额的65.21%: the one
                # spending its paragraph states, named …支出
                paragraph = view.rfind("\n", 0, fact.start) + 1
                stated = [f for f in text_facts[:index] if f.start >= paragraph and f.measure == "amount"]
                spent = [
                    f for f in stated if f is not part and f.indicator.endswith(bare.group("flow")) and f.role in ("value", "actual")
                    and id(f) not in parts_of and not _glossary_part(f.key)
                    and f.period[:4] == part.period[:4] and f.entity.value >= part.entity.value
                ]
                # not when the paragraph states the unit's own total (支出预算总计…：基本支出…；项目支出…)
                whole_stated = any(f.key in _FLOW_TOTAL_KEYS[bare.group("flow")] for f in stated)
                # not an item numbered in a list of them ((二)国有企业资本金注入支出3,162.50万元，其中…占支出的19.30%:
                # of the section's spending, stated above)
                numbered = _NUMBERED_PARAGRAPH.match(view, paragraph)
                fitting = spent if len({f.entity.value for f in spent}) == 1 and not whole_stated and not numbered else []
            if not fitting and len(whole) >= 3 and part.measure == "amount":
                # (not for counts: 占结算病例的 after 三级医疗机构结算病例168,426例 — one level's cases, a part)
                # 占资产总额的27.40% after 全县行政事业性国有资产总额68.42亿元: the one figure whose name ends so
                # (占专项资金总额的 after 市级文化旅游发展专项资金共3,786.00万元: with 总额 or without)
                endings = (whole, _TOTAL_TAIL.sub("", whole)) if len(_TOTAL_TAIL.sub("", whole)) >= 3 else (whole,)
                named = [
                    f for f in text_facts[:index] if f.indicator.endswith(endings) and f.measure == part.measure
                    and f.role in ("value", "actual") and f.period == part.period and f.entity.value >= part.entity.value
                ]
                fitting = named[-1:] if len({f.entity.value for f in named}) == 1 else []
            if not fitting and id(part) in parts_of and not bare:
                # 全年筹集…资金1,480.00万元。按来源分：…县级财政安排250.00万元；县级资金占筹集总额的16.89%: the
                # whole the part was listed under, when the share's words name it (not 占支出的: which spending,
                # the section's or the item's, is not said)
                listed_under = parts_of[id(part)].member("total")
                stem = _TOTAL_TAIL.sub("", whole)
                if listed_under is not None and len(stem) >= 2 and stem in listed_under.indicator and listed_under.start < fact.start:
                    fitting = [listed_under]
            # 占全部提取额的: the 提取额 written so, before the 提取总额 (the running total) of that key
            as_named = _bare_name(whole)
            total = next((f for f in fitting if _bare_name(f.indicator) == as_named), None) or next(iter(fitting), None)
            if (
                total is not None and _TOTAL_TAIL.search(whole)  # 占审减总额的 (not 占全部提取额的: the year's, not the running total)
                and (total.key == part.key or _PART_SENTENCE.match(view, total.sentence_start))
            ):
                # 占全年罚没款总额的8.02% after a field's own 罚没款186.35万元 / 占审减总额的 after one project's
                # 审减576.56万元: the total of that name, which no figure of it exceeds
                total = max(fitting, key=lambda f: f.entity.value if f.key == total.key and f.role == total.role else -1)
        elif id(part) in parts_of:
            total = parts_of[id(part)].member("total")
            if any(f.role == "share" and f.of for f in _earlier_in_sentence(text_facts, index)):
                # …，占政府采购支出总额的91.83%，其中授予小微企业合同金额128.64万元，占68.99%: of the
                # named total or of the 其中 list's? The sentence does not say
                total = None
        else:
            total = _total_named_by_lead(view, fact, part, by_key, text_facts[:index]) or _total_before_classification(view, text_facts, index, part)
        yield Relation("share", (("share", fact), ("part", part), ("total", total)))


def _glossary_part(key: str) -> bool:
    """Whether ``key`` is a part of one of the glossary's complete breakdowns (基本支出, 项目支出 …)."""
    return any(key in parts for sets in decompositions().values() for parts in sets)


_PART_LOOK_BACK = 8
_FLOW_TAIL = compile_pattern(r"(?:支出|收入)$")
_NUMBERED_PARAGRAPH = compile_pattern(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]|[一二三四五六七八九十]是|其[一二三四五六七八九])")
_BARE_FLOW_WHOLE = compile_pattern(r"(?:实际|全年|本年|全部|年度|总)*(?P<flow>支出|收入)(?:总额|合计|总计|总数)?")
_FLOW_TOTAL_KEYS = {"支出": ("本年支出合计", "支出总计", "部门整体支出"), "收入": ("本年收入合计", "收入总计")}
_BUDGET_TAIL = compile_pattern(r"预算数?$")
# 二、支出执行情况 / （二）收入决算情况: a section about the whole flow, whose first figure is that flow's total
_FLOW_SECTION = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*(?:\d{4}年度?)?(?:全年|本年|年度)?"
    r"(?:[市县区省]级|本级|全[市县区省])?(?:一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|财政拨款)?"
    r"(?P<flow>支出|收入)(?:预算)?(?:执行|决算|完成)?情况\s*"
)
_PART_SENTENCE = compile_pattern(r"\s*(?:其中|分\p{Han}{1,6}看)")  # 其中，县第二人民医院…审减576.56万元: one item's
_CUMULATIVE = compile_pattern(r"累计")
_CLAUSE_OR_SENTENCE_BREAK = compile_pattern(r"[，,；;：:。]")
_NAMED_SHARE = compile_pattern(r"[\p{Han}（）()“”]{2,}\s*占")


# 占政府采购预算总额的69.41%: a whole named as a budget (not 一般公共预算收入, a budget's income)
_BUDGET_WHOLE = compile_pattern(r"预算(?:总额|总数|数)?$")


def _is_budget(fact: Fact) -> bool:
    return fact.role in ("budget", "adjusted_budget")


_NAME_SCOPE = compile_pattern(r"^(?:全部|当年|本年度?|全年|年度|\d{4}年度?|的)+")


def _bare_name(indicator: str) -> str:
    """An indicator without its leading scope words: 当年缴存额 → 缴存额."""
    return _NAME_SCOPE.sub("", indicator.strip())


def _prior_year_column(total: Fact, whole: str, fiscal_year: int | None) -> bool:
    """Whether ``total`` sits in a table column its header dates to another year (上年执行数,
    2022年) while the share's words name no year: ``占利润收入的29.45%`` is of this year's."""
    return (
        total.source == "table" and fiscal_year is not None and total.period[:4] != str(fiscal_year)
        and not _NAMED_YEAR.search(whole)
    )


_NAMED_YEAR = compile_pattern(r"\d{4}\s*年|上年|去年|同期")


def _channel_of_an_expense(fact: Fact, parts_of: dict) -> bool:
    """Whether ``fact`` is one expense's funding channel (项目支出安排0.80万元 of 公务接待费), so no
    whole a share of the department's 项目支出 is of."""
    relation = parts_of.get(id(fact))
    return relation is not None and splits_expense_by_channel(relation.member("total"), relation.parts)


def _names_its_part(view: str, share: Fact) -> bool:
    """Whether the share's own clause names its part before 占 (``项目支出占全部支出的51.27%``)."""
    clause = view[max(share.sentence_start, share.start - 40):share.start]
    clause = _CLAUSE_OR_SENTENCE_BREAK.split(clause)[-1]
    return bool(_NAMED_SHARE.match(clause.strip()))


def _same_level_class(total: Fact, part: Fact) -> bool:
    """A share's whole is read like its part: spending over spending, not over a budget."""
    budgets = ("budget", "adjusted_budget")
    return (total.role in budgets) == (part.role in budgets)


_LEAD_WHOLE = compile_pattern(r"[^，,。；;：:]{2,40}?中[，,：:]")
_LEAD_PEOPLE = compile_pattern(r"\s*(?P<who>\p{Han}{2,6}?)(?:人员|对象|人群|家庭|户)中(?=\p{Han})")
_LEAD_REACH = 400
_LEAD_END = compile_pattern(r"中[，,：:]$")


# 支出预算总计16,211,780元，按支出性质分：基本支出…: the figure a classification breaks down
_CLASSIFICATION_AFTER = compile_pattern(r"\s*[，,]?\s*按[^，,。；;：:\d]{1,8}分(?:类)?\s*[：:，,]")


# 分资产类别看，流动资产18.75亿元，占资产总额的27.40%；固定资产…: a sentence listing a whole by class
_CLASSIFIED_OPENING = compile_pattern(r"\s*(?:分|按|从)[^，,。；;：:\d]{1,8}?(?:看|分|来看|划分)\s*[，,：:]")
_FEWEST_CLASSES = 3
# ；无形资产3.27亿元: a class named right after the list's separator, nothing else in its clause
_CLASS_LABEL = compile_pattern(r"(?:^|[，,；;、：:])\s*(?!\p{Han}*(?:原值|净值|本年|新增|转固|其中|含|累计|折旧))\p{Han}{2,12}\s*(?:为|达)?\s*$")
_SUBTOTAL_BEFORE = compile_pattern(r"(?:合计|共计|总计|小计|以上|上述)[^，,。；;]{0,6}$")


def _classified_parts(view: str, facts: list[Fact], shares: list[Relation], parts_of: dict) -> Iterable[Relation]:
    """``分资产类别看，流动资产18.75亿元，占资产总额的27.40%；固定资产24.68亿元，占36.07%；在建工程
    6.14亿元；…``: the amounts a classifying sentence lists are parts of the whole its shares are of
    (stated before the sentence) — taken as such only when they hold the whole or more, since the
    list may leave a class out."""
    whole_of = {id(r.member("part")): r.member("total") for r in shares if r.member("part") is not None}
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence_start, []).append(fact)
    for start, members in by_sentence.items():
        if not _CLASSIFIED_OPENING.match(view, start):
            continue
        amounts = [
            f for f in members if f.measure == "amount" and f.role in ("value", "actual") and not f.entity.approx and f.entity.lower is None
            and not _SUBTOTAL_BEFORE.search(view, max(start, f.start - 12), f.start)  # 以上四类合计107,359.50万元: the list's own sum
        ]
        if any(not _CLASS_LABEL.search(view, max(start, f.start - 14), f.start) or open_brackets(view, start, f.start) > 0 for f in amounts):
            continue  # （含货币资金…）, 账面原值…, 本年转固…: figures other than one per class
        wholes = {id(w): w for f in amounts for w in [whole_of.get(id(f))] if w is not None}
        if len(amounts) < _FEWEST_CLASSES or len(wholes) != 1 or any(id(f) in parts_of for f in amounts):
            continue
        total = next(iter(wholes.values()))
        if total.sentence_start == start or any(f.period != total.period for f in amounts):
            continue
        if sum((f.entity.value for f in amounts), Decimal(0)) >= total.entity.value:
            yield Relation("parts", (("total", total),), parts=tuple(amounts))


def _total_before_classification(view: str, text_facts: list[Fact], index: int, part: Fact) -> Fact | None:
    """``支出预算总计16,211,780元，按支出性质分：基本支出7,664,880元，占47.28%；项目支出…，占52.72%``:
    the shares of a list that a classification opens are of the figure just before it."""
    share = text_facts[index]
    for lead in _earlier_in_sentence(text_facts, index):
        if lead is part or lead.start > part.start:
            continue
        classified = _CLASSIFICATION_AFTER.match(view, lead.end)
        if (
            classified and classified.end() <= part.start and lead.measure == part.measure and lead.period == part.period
            and lead.role in LEVEL_ROLES and lead.sentence_start == share.sentence_start
        ):
            return lead
    return None


def _total_named_by_lead(view: str, share: Fact, part: Fact, by_key: dict, earlier: list[Fact] | None = None) -> Fact | None:
    """``“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%``: the sentence opens
    with the whole its shares are of, stated just before — or, for counts, ``审核通过94人。通过人员中
    乳腺癌患者58人、占61.70%``: the count of the people the lead names (通过)."""
    lead = _LEAD_WHOLE.match(view, share.sentence_start)
    if not lead:
        people = _LEAD_PEOPLE.match(view, share.sentence_start) if part.measure == "count" and earlier else None
        if people is None or _NEW_ITEM.search(view, share.sentence_start, share.start):
            return None  # …；脱贫劳动力中已实现就业的318人，占76.63%: the next item has its own lead
        stem = people.group("who")[:2]
        counted = [
            f for f in earlier if f.sentence_start < share.sentence_start and share.sentence_start - f.end <= _LEAD_REACH // 2
            and f.measure == "count" and f.entity.unit == part.entity.unit and stem in f.indicator and f.entity.value >= part.entity.value
        ]
        return counted[-1] if len({f.entity.value for f in counted}) == 1 else None
    for term in reversed(find_indicators(lead.group())):
        total = next(
            (f for f in reversed(by_key.get(term.key, [])) if f.start < share.sentence_start
             and share.sentence_start - f.end <= _LEAD_REACH and f.period == part.period and f.measure == part.measure),
            None,
        )
        if total is not None:
            return total
    return None


def _strip_total_words(text: str) -> str:
    return _TOTAL_SCOPE.sub("", text.strip())


_SAME_CLAUSE = compile_pattern(r"[\p{Han}（）()]{1,30}?(?:为|达|达到)?")


# 计划12条，完成11条，完成率91.67% / 计划投资450.00万元，完成投资398.75万元，投资完成率88.61%
_PLANNED = compile_pattern(r"(?:^|[，,；;：:。\s])(?:年度|全年)?计划(?P<what>[\u4e00-\u9fff]{0,10})$")
_DONE = compile_pattern(r"^[，,]\s*(?:(?:实际|累计|已)?完成|实际)(?P<what>[\u4e00-\u9fff]{0,6})$")  # (实际培训926人次)
_DONE_RATE = compile_pattern(r"^[，,]\s*(?P<what>[\u4e00-\u9fff]{0,6}?)完成(?:率|比例)(?:为|达|达到)?\s*$")


# 合计84场 / 共计… / 累计…: the count the clauses before have summed
_PLAIN_COMPLETION = compile_pattern(r"(?:年度)?(?:绩效)?(?:目标)?(?:任务)?完成率")
_OWN_PLAN = compile_pattern(r"计划|应(?:开展|完成|举办)")
_SUMMED_BEFORE = compile_pattern(r"(?:合计|共计|累计|总计|共)\s*$")


def _summed_against_goal(view: str, facts: list[Fact], index: int) -> tuple[Fact | None, Fact | None]:
    """(goal, done) for ``…36场、…48场，合计84场，目标完成率105.00%`` when the report set one goal in
    that unit before (年度绩效目标为全年开展巡展和讲座80场): the summed count right before the
    rate, over the one earlier target count of the same unit and year."""
    rate = facts[index]
    done = facts[index - 1] if index else None
    if (
        done is None or done.measure != "count" or done.sentence_start != rate.sentence_start
        or not _SUMMED_BEFORE.search(view, max(done.sentence_start, done.start - 4), done.start)
    ):
        return None, None
    goals = [
        f for f in facts[:index] if f.role == "target" and f.measure == "count" and f.entity.unit == done.entity.unit
        and f.period == done.period and f.source == "text" and f.entity.comparator is None
    ]
    if len(goals) != 1 or not _PLAIN_COMPLETION.fullmatch(rate.indicator) or _OWN_PLAN.search(view, done.sentence_start, done.start):
        # two goals in the unit (巡展40场，讲座40场); a part's own rate (种植类完成率, 季度计划完成率); a
        # sentence stating its own plan (…计划30期，实际…合计28期): not the year's one goal
        return None, None
    return goals[0], done


def _planned_and_done(view: str, facts: list[Fact], index: int) -> tuple[Fact | None, Fact | None]:
    """(plan, done) when a completion rate follows ``计划A，完成B，完成率`` in one run of clauses,
    both figures of one measure and unit and the three clauses naming the same thing (投资 / 投资 /
    投资完成率) or nothing (条 / 条 / 完成率)."""
    if index < 2:
        return None, None
    rate, done, plan = facts[index], facts[index - 1], facts[index - 2]
    if not (plan.sentence_start == done.sentence_start == rate.sentence_start):
        return None, None
    if plan.measure != done.measure or plan.measure not in ("amount", "count") or plan.entity.unit != done.entity.unit:
        return None, None
    # the window holds the break before 计划 (a sentence's 。 too): ^ matches only at the text's start
    planned = _PLANNED.search(view, max(0, plan.start - 13), plan.start)
    completed = _DONE.match(view[plan.end:done.start])
    rated = _DONE_RATE.match(view[done.end:rate.start])
    if planned is None or completed is None or rated is None:
        return None, None
    if not planned.group("what").startswith(completed.group("what")) or rated.group("what") not in ("", planned.group("what")):
        return None, None  # (计划培训800人次，实际培训926人次，完成率…: a bare 完成率 is of what the two clauses name)
    if not completed.group("what") and not view[plan.end:done.start].lstrip("，, ").startswith(("完成", "实际完成", "累计完成", "已完成")):
        return None, None  # 实际 alone names nothing done
    return plan, done


_CAPPED_AFTER = compile_pattern(r"\s*[（(][^（）()]{0,20}?(?:按\s*100\s*%\s*计|封顶|最高按)")


_POPULATION_BASE = compile_pattern(r"户籍人口|常住人口|总人口|应参保人")


def _rates(document: Document, facts: list[Fact], parts_of: dict) -> Iterable[Relation]:
    view = document.normalized
    for index, fact in enumerate(facts):
        if fact.role not in ("rate", "achieved") or fact.measure != "percent":
            continue
        if fact.role == "achieved" and not _NAMED_RATE.search(fact.key):
            continue  # 年中监控实际完成值为 0%: a value reached, with no numerator of its own
        if _CAPPED_AFTER.match(view, fact.end):
            continue  # 完成率100%（超过100%的按100%计）: a rate capped by rule, not the quotient of its figures
        earlier = list(_earlier_in_sentence(facts, index))
        if _ADJUSTMENT_RATE.search(fact.indicator):
            # 年初批复预算数 205.60 万元，年中调减数 3.60 万元，…预算调整率 1.75%: the change over the initial budget
            passage = [f for f in reversed(facts[max(0, index - 6):index]) if fact.start - f.end <= _NEARBY and f.measure == "amount"]
            adjustment = next((f for f in passage if f.role == "adjustment"), None)
            budgets = [f for f in passage if f.role == "budget" and adjustment is not None and f.start < adjustment.start]
            # 年初预算18,426.30万元，其中…项目支出14,990.00万元。…追加预算…: the whole budget, not its last part
            budget = next((f for f in budgets if id(f) not in parts_of), None) or next(iter(budgets), None)
            if adjustment is not None and budget is not None:
                yield Relation("rate", (("rate", fact), ("numerator", adjustment), ("denominator", budget)))
            continue
        if is_completion_rate(fact):
            # 该指标完成率为105.26%: achieved over target of the same indicator, in its paragraph
            paragraph = [f for f in reversed(facts[max(0, index - 8):index]) if f.key == fact.key and f.period == fact.period]
            achieved = next((f for f in paragraph if f.role == "achieved"), None)
            target = next((f for f in paragraph if f.role == "target"), None)
            if achieved is None or target is None or achieved.measure != target.measure:
                target, achieved = _planned_and_done(view, facts, index)
            if achieved is None or target is None:
                target, achieved = _summed_against_goal(view, facts, index)
            if achieved is not None and target is not None:
                yield Relation("rate", (("rate", fact), ("numerator", achieved), ("denominator", target)))
            continue
        # …项目预算486.00万元，实际支出452.38万元，…群众满意度95.80%: a rate of people or cases, not of the money
        amounts = [f for f in earlier if f.measure == "amount"] if not _NOT_OF_MONEY.search(_own_key(fact.key)) else []
        if fact.key.endswith("·" + _EXECUTION_KEY_TAIL):
            # 医保基金监管专项经费·预算执行率: the plain rate of a subject the paragraph is about
            amounts = [f for f in amounts if f.key.startswith(fact.key[: -len(_EXECUTION_KEY_TAIL)])]
        elif fact.key.endswith(_EXECUTION_KEY_TAIL) and fact.key != _EXECUTION_KEY_TAIL:
            # …；执行率最高的是法律援助经费（98.45%）: a named subject's rate is over that subject's figures
            amounts = [f for f in amounts if f.key == fact.key[: -len(_EXECUTION_KEY_TAIL)]]
        # the whole spent, not one of its 其中 parts (全年实际支出2917.36万元，其中…项目支出1214.88万元，预算执行率95.52%)
        spent = [f for f in amounts if f.role in ("actual", "achieved") and f.period[:4] == fact.period[:4]]  # (截至12月31日，实际支出…)
        spending_stated = False  # the numerator is a spending stated beside the rate, not an 实际支出
        if not spent and fact.key.endswith(_EXECUTION_KEY_TAIL) and is_project_report(view) and not _BASE_GLOSS_AFTER.match(view, fact.end):
            # 全年项目支出72.51万元，预算执行率90.64%: in a project's report, a spending stated with the plain
            # execution rate is what the project spent (not with a rate glossed 按到位资金计算, on another base)
            spent = [f for f in amounts[-1:] if f.role == "value" and f.key.endswith("支出") and f.period == fact.period and id(f) not in parts_of]
            spending_stated = bool(spent)
        budget_before = None
        if (
            not spent and fact.key.endswith(_EXECUTION_KEY_TAIL) and amounts and amounts[-1].role == "value"
            and amounts[-1].key.endswith(("支出", "支出合计")) and amounts[-1].period == fact.period and id(amounts[-1]) not in parts_of
            and not any(f.role in ("budget", "adjusted_budget") for f in amounts) and not _BASE_GLOSS_AFTER.match(view, fact.end)
        ):
            # 调整后全年预算429.40万元。全年支出420.08万元，部门预算执行率为97.38%: the spending beside the
            # rate, over the budget the sentence just before states (its last one, the full year's)
            budget_before = next(
                (f for f in reversed(facts[max(0, index - 8):index]) if f.sentence_start < fact.sentence_start
                 and fact.sentence_start - f.sentence_end <= 1 and f.measure == "amount" and f.role in ("budget", "adjusted_budget")
                 and f.period == fact.period and open_brackets(view, f.sentence_start, f.start) == 0),
                None,
            )
            if budget_before is not None:
                spent, spending_stated = amounts[-1:], True
        numerator = next((f for f in spent if id(f) not in parts_of), None) or (spent[0] if spent else None)
        # execution is measured on the full-year budget when the passage states one — the one the
        # sentence states, not a term of it in brackets (可用预算数2,560.27万元（调整预算2,473.75万元加…）)
        stated = [f for f in amounts if open_brackets(view, f.sentence_start, f.start) == 0] or amounts
        denominator = budget_before or next((f for f in stated if f.role == "adjusted_budget"), None) or next(
            (f for f in stated if f.role in ("budget", "target")), None
        )
        if numerator is not None and denominator is None and not spending_stated:
            # 基本支出全年预算总额82.00万元…。实际支出80.10万元，基本支出预算执行率97.68%
            before = [
                f for f in reversed(facts[max(0, index - 12):index]) if f.sentence_start < fact.sentence_start
                and fact.sentence_start - f.sentence_end <= 200 and f.key == numerator.key and f.measure == "amount"
                and f.role in ("budget", "adjusted_budget") and f.period[:4] == numerator.period[:4]  # (截至12月31日…实际支出)
            ]
            denominator = next((f for f in before if f.role == "adjusted_budget"), None) or (before[0] if before else None)
        if numerator is not None and denominator is None and "预算" in fact.indicator + view[fact.sentence_start:fact.end]:
            # 全年预算数为360.00万元 stated paragraphs earlier: the one full-year budget of the same subject
            denominator = _only_budget_of(facts[:index], numerator, parts_of)
        if denominator is None:
            # 资金支出1,875.09万元，资金使用率（支出占可使用资金的比例）83.97%: the terms its brackets name
            glossed = _glossed_terms(view, fact, earlier, facts[:index])
            if glossed[1] is not None:
                numerator, denominator = glossed
        if denominator is None or numerator is None:
            # 问题金额6,842.15万元，…整改到位金额6,532.15万元，整改率95.47%: a rate the lexicon defines (also
            # beside a budget that is no execution's: 采购预算金额…，节约资金…，资金节约率…)
            defined = _defined_terms(view, fact, earlier, facts[:index])
            if defined[0] is not None and defined[1] is not None:
                numerator, denominator = defined
        if numerator is None and denominator is None:
            # 发现问题7个（进度滞后3个、资料不完整2个…），已整改7个: the bracketed breakdown is not the pair
            unbracketed = [f for f in earlier if open_brackets(view, f.sentence_start, f.start) == 0]
            # (…好评率99.69%，比上年的99.42%提高…: last year's rate is not of this year's counts)
            counts = [f for f in unbracketed[:2] if f.measure == "count" and f.role == "value" and f.period[:4] == fact.period[:4]]
            if len({id(f) in parts_of for f in counts}) > 1 and not any(
                parts_of[id(f)].member("total") in counts for f in counts if id(f) in parts_of
            ):
                # 受理56件，其中价格类18件、质量类22件、服务类16件，办结54件，办结率96.43%: a listed part beside a
                # count of another kind is no term of the rate (防治82,000亩，其中无公害措施75,893亩: of its own whole, it is)
                counts = []
            if any(_REMAINDER.search(view, max(f.sentence_start, f.start - 4), f.start) for f in counts):
                counts = []  # 已办结209件，其余5件均在法定审理期限内，…办结率100%: the rate counts the rest too
            if any(f.entity.unit == "份" for f in counts) and not _RESPONSE_RATE.search(fact.indicator):
                counts = []  # 发放问卷2,400份，收回有效问卷2,352份，满意度95.8%: the answers, not the rate's terms
            if _POPULATION_BASE.search(view, max(fact.sentence_start, fact.start - 12), fact.start) and not any(
                _POPULATION_BASE.search(f.indicator) for f in counts
            ):
                counts = []  # 参保人数31.25万人，其中职工4.86万人…，户籍人口参保率96.80%: over a population not stated
            if (
                len(counts) == 2 and counts[0].entity.unit == counts[1].entity.unit and fact.entity.value <= 100
                and not _EVENT_UNIT.search(counts[0].entity.unit or "")
                and any(_shares_a_word(fact.key, c.key) for c in counts) and _counts_name_the_rate(fact.key, counts)
            ):
                # 城乡居民人数221000人，实际参保人数为207569人，居民参保率达93.92%: part over whole
                small, large = sorted(counts, key=lambda f: f.entity.value)
                numerator, denominator = small, large
                before = unbracketed[2] if len(unbracketed) > 2 else None
                nearer, farther = sorted(counts, key=lambda f: f.start)
                if (
                    before is not None and before.measure == "count" and before.entity.unit == small.entity.unit
                    and small.entity.value + large.entity.value == before.entity.value
                    # listed together (准确317个、差错3个), not two clauses that add up by chance
                    and _LISTED_TOGETHER.fullmatch(view[nearer.end:farther.start])
                ):
                    # 抽查320个单位，登记准确317个、差错3个，准确率99.06%: two parts of the count before
                    # them; the rate is the part it names over that whole
                    stem = _own_key(fact.key).rstrip("率度")
                    named = [c for c in counts if stem and stem in c.key] or [c for c in counts if _counts_name_the_rate(fact.key, [c])]
                    numerator, denominator = (named[0], before) if len(named) == 1 else (None, None)
                whole = parts_of.get(id(numerator)) if numerator is not None else None
                if whole is not None and whole.member("total") is not None:
                    # 特困人员6,213人，其中集中供养1,874人、分散供养4,339人，集中供养率为30.16%: over the whole
                    denominator = whole.member("total")
        if numerator is None and denominator is None:
            # 上线事项1,286项，…，其中可全程网办1,012项，全程网办率78.69%: the part the rate names over its whole
            stem = _own_key(fact.key).removesuffix("率") if fact.indicator.endswith("率") else ""
            named = [
                f for f in earlier if f.measure == "count" and len(stem) >= 2 and _own_key(f.key).endswith(stem) and id(f) in parts_of
                and f.period[:4] == fact.period[:4]
            ]
            whole = parts_of[id(named[0])].member("total") if len(named) == 1 else None
            if whole is not None and whole.measure == "count" and whole.entity.unit == named[0].entity.unit:
                numerator, denominator = named[0], whole
        if (
            numerator is None and denominator is None and fact.key.endswith(_EXECUTION_KEY_TAIL)
            and fact.key != _EXECUTION_KEY_TAIL and not fact.key.endswith("·" + _EXECUTION_KEY_TAIL)
        ):
            # “医保能力提升中央财政补助资金”，金额29万元，实际支出29万元。…（2）…资金执行率100%: the one
            # spending and the one sum stated together earlier for the same subject
            numerator, denominator = _stated_execution_of(facts[:index], fact.key[: -len(_EXECUTION_KEY_TAIL)], fact.period)
        if numerator is None and denominator is None and earlier and earlier[0].measure == "count" and _SAME_CLAUSE.fullmatch(view[earlier[0].end:fact.start]):
            # 全县898家定点医药机构检查覆盖率100%: the rate is over the population counted in its own clause
            denominator = earlier[0]
        if numerator is None and denominator is None:
            continue
        yield Relation("rate", (("rate", fact), ("numerator", numerator), ("denominator", denominator)))


_EXECUTION_KEY_TAIL = "预算执行率"
# 满意度 / 参保率 / 办结率: a rate of people or cases, by the name that ends it
_NOT_OF_MONEY = compile_pattern(
    r"(?:满意|知晓|参保|覆盖|及时|合格|达标|完好|网办|办结|结案|入学|巩固|出勤|准确|正确|优良|好评|投诉|到场"
    r"|入住|出租|接种|治愈|检出|查处|立案)(?:率|度)$"
)


def _own_key(key: str) -> str:
    """A key without the subject it is qualified by: 退化林修复项目·部门整体支出 → 部门整体支出."""
    return key.rpartition("·")[2]


def _glossed_terms(view: str, rate: Fact, earlier: list[Fact], before: list[Fact]) -> tuple[Fact | None, Fact | None]:
    """The numerator and denominator a rate's brackets name: ``全年医疗救助资金支出1,875.09万元，资金使用率
    （支出占可使用资金的比例）83.97%`` → the nearest figure named …支出 in its sentence, over the one figure
    named …可使用资金 stated before."""
    gloss = _RATE_GLOSS.search(view, max(rate.sentence_start, rate.start - _GLOSS_REACH), rate.start)
    if gloss is None:
        return None, None
    numerators = [f for f in earlier if f.measure in ("amount", "count") and f.indicator.endswith(gloss.group("num"))]
    if not numerators:
        return None, None
    numerator = numerators[-1]
    stated = [
        f for f in before if f.indicator.endswith(gloss.group("den")) and f.measure == numerator.measure
        and f.period == numerator.period and f.source == "text" and f is not numerator and not f.entity.approx
    ]
    if len({f.entity.value for f in stated}) != 1:
        return None, None
    return numerator, stated[-1]


_RATE_GLOSS = compile_pattern(
    r"\((?P<num>\p{Han}{1,12}?)(?:占|÷|/|除以)(?P<den>\p{Han}{2,12}?)的?(?:比例|比重|比率)?\)\s*(?:为|达|达到|是)?\s*$"
)
_GLOSS_REACH = 40


def _period_fits(denominator: Fact, numerator: Fact) -> bool:
    """Whether a defined rate's terms are of one period — or the numerator counts, up to a day, what the
    denominator found earlier (查出问题… of 2022; 截至2023年10月底已整改…)."""
    return denominator.period == numerator.period or (
        len(numerator.period) > 4 and denominator.period[:4].isdigit() and denominator.period[:4] <= numerator.period[:4]
    )


def _defined_terms(view: str, rate: Fact, earlier: list[Fact], before: list[Fact]) -> tuple[Fact | None, Fact | None]:
    """The numerator and denominator of a rate defined in ``extractor/data/rate_terms.json``: one
    figure of each in its sentence — the denominator, if the sentence has none, the one figure of
    its name stated before in the report.

    Example: ``问题金额6,842.15万元，已完成整改8个，整改到位金额6,532.15万元，整改率95.47%`` →
    (6,532.15万元, 6,842.15万元); ``资金规模4,821.18万元。…已支付衔接资金4,336.75万元，资金支出进度
    89.95%`` → (4,336.75万元, 4,821.18万元).
    """
    terms = next((t for name, t in rate_terms().items() if _own_key(rate.key).endswith(name)), None)
    if terms is None:
        return None, None
    # …、审减576.56万元，审减率5.93%；洄溪河城区段综合治理工程审减率最高，为7.88%: a ；-item's rate is of
    # that item's figures, not of the item before
    item_from = item_start(view, rate.sentence_start, rate.start)
    earlier = [f for f in earlier if f.start >= item_from]
    named, over, roles, over_roles = terms
    numerators = [
        f for f in earlier if f.measure in ("amount", "count")
        and (f.role == "value" and _own_key(f.key) in named or f.role in roles)
    ]
    if len(numerators) > 1:
        # 送审8,265.06万元，审定7,914.11万元，审减350.95万元: of the figures in the role, the one it names
        numerators = [f for f in numerators if _own_key(f.key) in named] or numerators
    if len(numerators) != 1:
        return None, None
    numerator = numerators[0]

    def in_denominator_role(f: Fact) -> bool:
        return f.role in over_roles if over_roles else f.role == "value" or f.role in roles

    def is_denominator(f: Fact) -> bool:
        # 项目法人报送的竣工财务工程投资(送审金额)8,265.06万元: named by its gloss as well
        named_so = _own_key(f.key) in over or any(f"({t})" in f.indicator or f"（{t}）" in f.indicator for t in over)
        return in_denominator_role(f) and f.measure == numerator.measure and _period_fits(f, numerator) and named_so

    denominators = [f for f in earlier if is_denominator(f)]
    if not denominators:
        # 县第二人民医院门诊综合楼项目送审金额5,830.25万元，审减576.56万元，审减率9.89%: the item's own
        # 送审, keyed by the item's name
        denominators = [
            f for f in earlier if f.measure == numerator.measure and _period_fits(f, numerator)
            and in_denominator_role(f) and _own_key(f.key).endswith(tuple(over))
        ]
    if not denominators:
        # stated elsewhere: of the same subject (岚关镇·资金规模 is not the county's 资金规模)
        subject = numerator.key.rpartition("·")[0]
        stated = [
            f for f in before if is_denominator(f) and f.source == "text" and not f.entity.approx
            and f.key.rpartition("·")[0] == subject
        ]  # 资金规模4,821.18万元（约0.48亿元）: the figure, not its rounded restatement
        if len({f.entity.value for f in stated}) == 1:
            denominators = stated[-1:]
    if len(denominators) != 1:
        return None, None
    return numerator, denominators[0]


# 政府采购 → 政府采购货物支出: a kind of the total, one of its parts
_KIND_OF = compile_pattern(r"\p{Han}{1,4}(?:支出|收入|经费|费用|类)|国内|境内|境外")  # 国内公务接待费: a part of 公务接待费
_RESPONSE_RATE = compile_pattern(r"回收|有效")
_REMAINDER = compile_pattern(r"(?:其余|剩余|其他|另有|未\p{Han}{1,3}|在建|在办|待\p{Han}{1,2})\s*$")  # …未完工13个 / 在建15个: the complement


def _stated_execution_of(earlier: list[Fact], subject: str, period: str) -> tuple[Fact | None, Fact | None]:
    """The single actual of ``subject`` stated before, and the budget (else the plain sum) of its
    sentence: ``“医保能力提升中央财政补助资金”，金额29万元，实际支出29万元`` → (29, 29)."""
    spent = [f for f in earlier if f.key == subject and f.role == "actual" and f.measure == "amount" and f.period == period and f.source == "text"]
    if len({f.entity.value for f in spent}) != 1:
        return None, None
    actual = spent[-1]
    beside = [f for f in earlier if f.key == subject and f.measure == "amount" and f.sentence_start == actual.sentence_start and f.start < actual.start]
    budget = next((f for f in beside if f.role == "adjusted_budget"), None) or next((f for f in beside if f.role == "budget"), None)
    if budget is None and len(beside) == 1 and (beside[0].role == "value" or beside[0].role == "adjustment" and beside[0].sign > 0):
        budget = beside[0]  # …金额29万元 (a plain sum, or the sum a project added mid-year was given)
    return (actual, budget) if budget is not None else (None, None)


# 预算执行率96.04%（按到位资金计算） / （该项目调整后预算75.50万元）: the rate's own base, in brackets after it
_BASE_GLOSS_AFTER = compile_pattern(r"\s*[（(]")


def _only_budget_of(earlier: list[Fact], numerator: Fact, parts_of: dict) -> Fact | None:
    """The adjusted (else initial) budget of ``numerator``'s subject and year, when everything
    before states exactly one value for it (a 其中 part of it, 其中年初预算65.00万元, is not another)."""
    for role in ("adjusted_budget", "budget"):
        found = [
            f for f in earlier if f.role == role and (f.key == numerator.key or f.key + "支出" == numerator.key) and f.measure == "amount"
            and f.period == numerator.period and f.source == "text" and not f.role_carried and id(f) not in parts_of
        ]  # 项目预算80.00万元 … 项目支出72.51万元: the project's budget is its spending's
        if found and role == "budget" and any(
            f.role in ("adjusted_budget", "adjustment") and f.sentence_start > found[-1].sentence_end and id(f) not in parts_of
            and f.period == numerator.period for f in earlier
        ):
            # 年初预算500.00万元。…追加预算300.00万元: the rate is on the budget as it ended (but 项目预算80.00万元，
            # 其中年初预算65.00万元、年中追加15.00万元 states the budget with its addition)
            return None
        if found:
            return found[-1] if len({f.entity.value for f in found}) == 1 else None
    return None


def _targets(facts: list[Fact]) -> Iterable[Relation]:
    for index, fact in enumerate(facts):
        if fact.role != "target":
            continue
        achieved = next(
            (f for f in facts[index + 1:index + 6] if f.role == "achieved" and f.measure == fact.measure
             and f.period == fact.period and f.key == fact.key),
            None,
        )
        if achieved is None:
            # 居民参保率达93.92%，没有达到年度目标值95%: the value reached may come first
            achieved = next(
                (f for f in reversed(facts[max(0, index - 3):index]) if _same_sentence(f, fact) and f.measure == fact.measure
                 and f.key == fact.key and f.role in ("value", "rate", "achieved")),
                None,
            )
        if achieved is not None:
            yield Relation("target", (("target", fact), ("achieved", achieved)))


_BALANCE_REACH = 10  # facts before a closing balance that may state its flows
_GRAND_TOTAL = compile_pattern(r"总计$")
_BREAKDOWN_BEFORE = compile_pattern(r"其中")
_ITEM_OPENERS = "。；;\n"


def _item_start(view: str, fact: Fact) -> int:
    """Where the sentence or ；-item holding a fact begins."""
    return max(fact.sentence_start, max(view.rfind(mark, fact.sentence_start, fact.start) for mark in _ITEM_OPENERS) + 1)


_OPENS_BREAKDOWN = compile_pattern(r"\s*(?:其中|包括|分别)")
_CLOSING_WORDS = compile_pattern(r"(?:年末|期末|滚存|累计)?(?:结余|结转|结存|余额)(?:资金)?$")
_AVAILABLE = compile_pattern(r"可(?:使用|用|支配)(?:的)?(?:资金|金额|经费)?(?:共计|合计|总计|共)?(?:为|达)?\s*$")
_USED = compile_pattern(r"(?:本年|全年|当年)?(?:使用|支出|拨付|发放)(?:资金|金额)?(?:共计|合计|共)?(?:为|达)?\s*$")


def _available_less_used_before(view: str, facts: list[Fact], index: int) -> tuple[Fact, Fact] | None:
    """(available, used) stated in the sentence before a closing balance that opens its own sentence
    with no other figure, in its paragraph or the one just before: ``可使用资金共404.06万元，本年使用246.47万元。
    截至…，捐赠资金结余157.59万元`` — when that sentence states no other outflow and the balance names the
    money it accounted for."""
    closing = facts[index]
    if index and facts[index - 1].sentence_start == closing.sentence_start or _OPENS_BREAKDOWN.match(view, closing.sentence_start):
        return None  # 其中基本支出结余57.83万元，项目支出结余300.00万元: parts of the balance stated before
    before = [f for f in facts[max(0, index - _BALANCE_REACH):index] if f.sentence_end <= closing.sentence_start]
    if not before or "\n\n" in view[before[-1].sentence_end:closing.start] or view.count("\n", before[-1].sentence_end, closing.start) > 1:
        return None  # the sentence right before, in the paragraph or the one just before it
    previous = [f for f in before if f.sentence_start == before[-1].sentence_start and f.measure == "amount" and f.role in ("value", "actual")]
    available = [f for f in previous if _AVAILABLE.search(_left_words(view, f))]
    if len(available) != 1:
        return None
    after = [f for f in previous if f.start > available[0].start]
    if len(after) != 1 or not _USED.search(_left_words(view, after[0])):
        return None  # …本年使用246.47万元，退回捐赠方10.00万元: another outflow, or none named
    used = after[0]
    if used.period[:4] != closing.period[:4] or available[0].period[:4] != closing.period[:4]:
        return None
    fund = _CLOSING_WORDS.sub("", closing.indicator)
    if len(fund) >= 2 and view.find(fund, previous[0].sentence_start, closing.sentence_start) == -1:
        return None  # …。截至…，党建工作经费结余12.30万元: another fund's balance than the money just accounted for
    return available[0], used


def _accounted_otherwise(view: str, facts: list[Fact], index: int) -> bool:
    """Whether the closing balance's sentence accounts for the unspent money otherwise: another sum
    after it (…结转18.58万元，其余4.00万元…收回县财政) or words of money returned or brought in."""
    closing = facts[index]
    said_more = any(
        f.measure == "amount" and f.sentence_start == closing.sentence_start and f.start > closing.start
        and f.role not in ("change", "growth")  # 结转27.17万元，比上年减少3.20万元: its change, nothing more of the money
        for f in facts[index + 1:index + 4]
    )
    return bool(said_more or _RETURNED_OR_BROUGHT.search(view, closing.sentence_start, closing.sentence_end))


def _available_before_spending(view: str, facts: list[Fact], index: int, spending: Fact) -> Fact | None:
    """The money available, stated alone in the sentence before one that states the spending and
    then the closing balance (``项目可用资金630.36万元，系…。全年实际支出604.93万元，…，年末结余25.43万元``),
    in the same paragraph; else None."""
    closing = facts[index]
    if spending.sentence_start != closing.sentence_start or spending.start > closing.start:
        return None
    before = [f for f in facts[max(0, index - _BALANCE_REACH):index] if f.sentence_end <= closing.sentence_start]
    if not before or "\n" in view[before[-1].sentence_end:closing.sentence_start]:
        return None
    previous = [f for f in before if f.sentence_start == before[-1].sentence_start and f.measure == "amount"]
    available = [f for f in previous if f.role in ("value", "actual") and _AVAILABLE.search(_left_words(view, f))]
    if len(available) != 1 or any(_USED.search(_left_words(view, f)) for f in previous):
        return None
    if available[0].period[:4] != closing.period[:4] or spending.period[:4] != closing.period[:4] or _accounted_otherwise(view, facts, index):
        return None
    return available[0]


def _balances(document: Document, facts: list[Fact]) -> Iterable[Relation]:
    """上年结余 + 本年收入 − 本年支出 = 年末结余, stated in one sentence (the opening may be missing).

    Example: ``本年收入合计数累计6.88亿元，本年支出合计数累计6.9亿元，期末滚存结余1.57亿元``.
    """
    view = document.normalized
    for index, closing in enumerate(facts):
        if closing.measure != "amount" or not _CLOSING.search(_left_words(view, closing)):
            continue
        if index and "其中" in view[facts[index - 1].end:closing.start]:
            continue  # 年末…结转和结余922.75万元，其中政府性基金…结转150.00万元: a part of the closing balance
        formula = _bracketed_balance(view, facts, index)
        if formula is not None:
            # 年末结转和结余202.46万元（年初结转和结余126.40万元＋本年收入5112.80万元－本年支出5036.74万元）
            opening, income, spending = formula
            yield Relation("balance", (("opening", opening), ("income", income), ("spending", spending), ("closing", closing)))
            continue
        # …基金收入57,525.17万元，其中统筹基金收入…、个人账户收入…；基金支出…: the flows, not their 其中 parts
        earlier = [
            f for f in reversed(facts[max(0, index - _BALANCE_REACH):index])
            if _same_sentence(f, closing) and f.measure == "amount" and not _BREAKDOWN_BEFORE.search(view, _item_start(view, f), f.start)
        ]
        if not earlier:
            carried = _available_less_used_before(view, facts, index)
            if carried is not None:
                # 可使用资金共404.06万元，本年使用246.47万元，…。截至2024年12月31日，捐赠资金结余157.59万元
                yield Relation("balance", (("budget", carried[0]), ("spending", carried[1]), ("closing", closing)))
                continue
        # 年初滚存结余68,412.54万元，加本年收支结余8,153.09万元，年末滚存结余76,556.63万元: the opening and
        # the year's surplus make the closing balance
        surplus = next((f for f in earlier if _SURPLUS.search(_left_words(view, f))), None)
        # (…本年收支结余198.34万元；加上年初滚存结余2,318.46万元，年末…: the opening may come second)
        opening = next((f for f in earlier if surplus is not None and f is not surplus and _OPENING.search(_left_words(view, f))), None)
        if (
            surplus is not None and opening is not None and (opening.start > surplus.start or not _ADDED.match(_left_words(view, surplus)))
            and _DIGIT.search(view[surplus.end:opening.start] + view[opening.end:closing.start] if surplus.end <= opening.start else view[surplus.end:closing.start])
        ):
            # 城乡居民…结余198.34万元，机关事业…结余-52.10万元；加上年初… / …，减去调出资金100.00万元: the
            # surplus-first form holds only the surplus and the opening — more terms, and the identity has more
            continue
        opened = (
            next((f for f in earlier if _OPENING.search(_left_words(view, f))), None)
            if surplus is None and not _YEAR_SURPLUS.search(_left_words(view, closing)) else None  # (加本年收支结余1.43亿元: no closing)
        )
        if opened is not None and (_SURPLUS_NAMED.search(view, opened.end, closing.start) or earlier == [opened]):
            # (…当年收支结余1.43亿元。上年末滚存结余14.96亿元，年末滚存结余16.39亿元: the sentence before's)
            # 收支相抵，当年结余194.17万元。上年末滚存结余1,652.84万元，加上当年结余，年末滚存结余1,847.01万元:
            # the year's surplus named again without its figure, stated in the sentence before
            # (this year's, of the whole fund: not 上年当年收支结余, nor 个人账户当期结余 in brackets)
            stated = [
                f for f in facts[max(0, index - _BALANCE_REACH):index] if f.sentence_end <= opened.sentence_start
                and opened.sentence_start - f.sentence_end <= 1 and f.measure == "amount" and _YEAR_SURPLUS.search(_left_words(view, f))
                and f.period[:4] == closing.period[:4] and open_brackets(view, f.sentence_start, f.start) == 0
                and not _PRIOR_OR_PART.search(_left_words(view, f))
            ]
            surplus = stated[0] if len({f.entity.value for f in stated}) == 1 else None
            opening = opened if surplus is not None else None
        if surplus is not None and opening is not None:
            yield Relation("balance", (("opening", opening), ("surplus", surplus), ("closing", closing)))
            continue
        # not a bracketed part (…支出3981.32万元（…，政府性基金预算财政拨款支出1077.68万元）)
        spending = next(
            (f for f in earlier if _SPENDING.search(_left_words(view, f)) and f.role in ("value", "actual")
             and open_brackets(view, f.sentence_start, f.start) == 0
             # not 财政拨款支出总计 (the spending and the closing balance), when a breakdown follows
             and not (_GRAND_TOTAL.search(f.key) and "其中" in view[f.end:closing.start])),
            None,
        )
        income = next(
            (f for f in earlier if spending is not None and f.start < spending.start and f.role in ("value", "actual", "adjusted_budget", "budget", "adjustment")
             and (_INCOME.search(_left_words(view, f)) or f.role != "value")),
            None,
        )
        if (
            spending is not None and income is None and index >= 2 and facts[index - 2] is spending
            and facts[index - 1].key == spending.key + _EXECUTION_KEY_TAIL and facts[index - 1].measure == "percent"
        ):
            # 专项经费预算216.50万元…。专项经费支出194.73万元，预算执行率89.94%，结转27.17万元: what is carried
            # over is the budget the rate measures against, less the spending
            budgets = [
                f for f in facts[:index] if f.key == spending.key and f.measure == "amount" and f.role in ("budget", "adjusted_budget")
                and f.period[:4] == spending.period[:4] and f.start < spending.start
            ]
            budget = next((f for f in reversed(budgets) if f.role == "adjusted_budget"), None) or (budgets[-1] if budgets else None)
            # …结转18.58万元，其余4.00万元…收回县财政 / 结转18.50万元（含上年结转资金15.00万元）: the
            # sentence accounts for the unspent money otherwise
            said_more = _accounted_otherwise(view, facts, index)
            # 预算…，另有上年结转资金5.40万元: carried in before, so the carry-over holds it too
            said_more = said_more or (budget is not None and _BROUGHT_IN.search(view, budget.sentence_start, closing.start))
            if budget is not None and not said_more and len({f.entity.value for f in budgets if f.role == budget.role}) == 1:
                yield Relation("balance", (("budget", budget), ("spending", spending), ("closing", closing)))
            continue
        if spending is not None and income is None and all(_FUNDS.search(f.indicator) for f in (spending, closing)):
            # 财政拨款收入598.30万元，加上年初财政拨款结转和结余20.06万元…。财政拨款支出604.91万元，…；
            # 年末财政拨款结转和结余14.35万元: one fund's balance across two adjoining sentences
            before = [
                f for f in reversed(facts[max(0, index - 10):index]) if f.measure == "amount"
                and f.sentence_end <= spending.sentence_start and spending.sentence_start - f.sentence_end <= 1
                and _FUNDS.search(f.indicator)
            ]
            income = next((f for f in before if _INCOME.search(_left_words(view, f)) and f.role in ("value", "actual")), None)
            opening = next((f for f in before if _OPENING.search(_left_words(view, f))), None)
            if income is not None and opening is not None:
                yield Relation("balance", (("opening", opening), ("income", income), ("spending", spending), ("closing", closing)))
            continue
        if spending is not None and income is None and (available := _available_before_spending(view, facts, index, spending)) is not None:
            # 项目可用资金630.36万元，系…。全年实际支出604.93万元，执行率95.97%，年末结余25.43万元: what was
            # available, less what was spent
            yield Relation("balance", (("budget", available), ("spending", spending), ("closing", closing)))
            continue
        if income is None or spending is None:
            continue
        if any(
            f.start < income.start and _INCOME.search(_left_words(view, f)) and not _OPENING.search(_left_words(view, f))
            and f.role in ("value", "actual") for f in earlier
        ):
            continue  # …收入386.42万元，加上年初…，加上政府性基金…收入20.00万元: two incomes, the identity has more terms
        if any(spending.start < f.start and open_brackets(view, f.sentence_start, f.start) == 0 for f in earlier):
            continue  # 减去本年支出30,268.85万元和调出资金14,720.84万元: more outflows than the identity has terms
        opening = next((f for f in earlier if f.start < income.start and _OPENING.search(_left_words(view, f))), None) or next(
            # 财政拨款收入386.42万元，加上年初财政拨款结转和结余18.90万元，…支出…: the opening added after the income
            (f for f in earlier if income.start < f.start < spending.start and _ADDED_OPENING.search(view, max(f.sentence_start, f.start - 24), f.start)), None
        )
        if (
            opening is not None and income.start < opening.start
            and (
                any(income.start < f.start < spending.start and f is not opening for f in earlier)
                or not _CLOSING_PART.search(_left_words(view, closing))
            )
        ):
            # …加上年初…18.90万元，减去调出资金5.00万元，…支出… / …加上使用其他资金…3.00万元: another term;
            # …和上缴国库结余资金5.00万元: not the year-end balance
            continue
        if opening is not None and _GRAND_TOTAL.search(income.key):
            continue  # 本年收入…加上年结转收入…，收入总计…: the opening is inside the 总计 already
        if opening is None and _NET.search(_left_words(view, closing)):
            if not closing.period == income.period == spending.period or "上年" in _left_words(view, closing):
                continue  # …，上年当年收支结余为24,743.06万元: last year's, not this sentence's net
            # 基金收入808,677.85万元，基金支出780,552.96万元，当年收支结余28,124.89万元: the year's net
            yield Relation("balance", (("income", income), ("spending", spending), ("surplus", closing)))
            continue
        if opening is None and income.role in ("budget", "adjusted_budget") and len(earlier) == 2:
            if _accounted_otherwise(view, facts, index):
                continue  # …结转18.50万元，其余4.00万元按规定收回县财政: not all the rest is carried over
            # 预备费年初安排2,800.00万元，全年动用2,316.50万元，年末剩余483.50万元: the budget not spent (the
            # sentence states nothing else)
            yield Relation("balance", (("budget", income), ("spending", spending), ("closing", closing)))
            continue
        yield Relation("balance", (("opening", opening), ("income", income), ("spending", spending), ("closing", closing)))


def _bracketed_balance(view: str, facts: list[Fact], index: int) -> tuple[Fact, Fact, Fact] | None:
    """The opening, income and spending a closing balance's bracket writes out as ``a＋b－c``."""
    closing = facts[index]
    if not view[closing.end:closing.end + 2].lstrip().startswith("("):
        return None
    close = _matching_bracket(view, view.index("(", closing.end))
    if close is None:
        return None
    inside = [f for f in _facts_before(facts, index + 1, close) if f.measure == "amount"]
    if len(inside) != 3:
        return None
    opening, income, spending = inside
    if _PLUS.fullmatch(_operator_between(view, opening, income)) and _MINUS.fullmatch(_operator_between(view, income, spending)):
        return opening, income, spending
    return None


def _operator_between(view: str, left: Fact, right: Fact) -> str:
    """The operator that opens the words between two figures (``＋本年收入`` → ``+``)."""
    found = _OPERATOR.match(view, left.end, right.start)
    return found.group(0).strip() if found else ""


_PLUS = compile_pattern(r"[+＋]|加上?")
_OPERATOR = compile_pattern(r"\s*(?:[+＋\-－−–]|加上?|减去|扣除)")


# a fund named in a figure's indicator (财政拨款收入, 政府性基金预算财政拨款支出 …)
_FUNDS = compile_pattern(r"财政拨款|政府性基金")


def _done_and_remaining(view: str, facts: list[Fact], taken: set[int]) -> Iterable[Relation]:
    """A whole split into what was done and what was not, in one sentence: ``罚没决定金额2,283.09万元，
    已缴库2,148.66万元，缴库率94.11%，尚未缴库134.43万元`` gives parts(2,283.09 = 2,148.66 + 134.43).

    The two parts name one verb (已缴库 / 尚未缴库, 已拨付 / 未拨付, 已整改 / 未整改), and the whole is the
    figure of their measure stated just before the first, with nothing but rates between them.
    ``taken``: the facts already parts of a breakdown (one may be the whole of its own 其中 list).
    """
    for index, done in enumerate(facts):
        found = _ALREADY_DONE.search(_left_words(view, done))
        if found is None or done.measure not in ("amount", "count") or id(done) in taken or index == 0:
            continue
        whole = facts[index - 1]
        if whole.sentence_start != done.sentence_start or whole.measure != done.measure or id(whole) in taken or whole.role in ("share", "rate", "growth", "change"):
            continue
        verb = found.group("verb")[:2]
        remaining = None
        for later in facts[index + 1:index + 4]:
            if later.sentence_start != done.sentence_start:
                break
            if later.measure == "percent":
                continue  # 缴库率94.11%: the rate of the two, between them
            left = _NOT_YET_DONE.search(_left_words(view, later))
            if left is not None and (
                _REST_WORDS.sub("", _left_words(view, later)[:left.start()]).strip() or _ITEM_BREAK_BETWEEN.search(view, done.end, later.start)
            ):
                left = None  # …已拨付1,320.00万元；上年结转资金中尚未拨付86.50万元: another sum's unpaid part
            if later.measure == done.measure and left is not None and (left.group("verb")[:2] in found.group("verb") or verb in left.group("verb")) and id(later) not in taken:
                remaining = later
            break
        if remaining is None or not _same_counting_unit(whole, done) or not _same_counting_unit(whole, remaining):
            continue
        yield Relation("parts", (("total", whole),), parts=(done, remaining))


_ITEM_BREAK_BETWEEN = compile_pattern(r"[；;。]")
_REST_WORDS = compile_pattern(r"其余|剩余|余下|另有")
_ALREADY_DONE = compile_pattern(r"(?:^|[，,；;])?\s*(?:累计)?已(?:经)?(?P<verb>\p{Han}{2,4}?)(?:资金|金额|款项)?(?:为|达)?$")
_NOT_YET_DONE = compile_pattern(r"(?:尚未|仍未|暂未|未)(?P<verb>\p{Han}{2,4}?)(?:资金|金额|款项)?(?:为|达)?$")


def _left_words(view: str, fact: Fact, width: int = 12) -> str:
    """The words just before a figure (bounded by its clause)."""
    start = max(fact.sentence_start, fact.start - width)
    text = view[start:fact.start]
    cut = max(text.rfind("，"), text.rfind(","), text.rfind("；"), text.rfind(";"))
    return text[cut + 1:]


def _weights(facts: list[Fact]) -> Iterable[Relation]:
    for index, fact in enumerate(facts):
        if fact.role != "weight" or fact.measure != "score":
            continue
        nearby = [f for f in facts[max(0, index - 2):index + 3] if f.role == "score" and _same_sentence(f, fact)]
        # 该指标权重分值为 12 分，自评得分 4.89 分 — or 过程类得分23.04分（分值25分）: the score of the
        # same indicator, nearest first; one of another indicator is not this weight's
        same = [f for f in nearby if f.key == fact.key]
        score = min(same, key=lambda f: abs(f.start - fact.start)) if same else None
        if score is None and len({f.key for f in nearby}) <= 1:
            score = next((f for f in facts[index + 1:index + 3] if f.role == "score" and _same_sentence(f, fact)), None)
        if score is not None:
            yield Relation("weight", (("weight", fact), ("score", score)))
