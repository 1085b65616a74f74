"""分别 lists: ``A、B分别下降3.39%和1.83%`` says one figure of each named item, in order.

Without this, every figure of the run takes the whole stretch before it as its name
(``二级医疗机构次均费用分别``), and the later figures lose the cue (``和1.83%`` is no decrease).
Here each figure is keyed under its own item and takes the first figure's role and sign. A first
name that is only a qualifier borrows the last one's tail: ``三级、二级医疗机构次均费用`` lists
三级医疗机构次均费用 and 二级医疗机构次均费用; one that ends in a noun of its own (公务接待费、
公务用车运行维护费) is complete as written. Shares (``分别占…的22.80%和20.86%``) are paired with the parts stated
before them elsewhere (``binding._respective_shares``) and are left alone here.
"""

from __future__ import annotations

from dataclasses import replace


from ..regexes import compile_pattern
from .cues import AMOUNT_CUES, find_role
from .lexicon import canonical_key
from .model import Fact

# 三级、二级医疗机构次均费用分别下降 / 基本支出和项目支出分别为 / A、B、C依次为: the items, then 分别 (依次) and its verb
_NAMES_THEN_RESPECTIVELY = compile_pattern(
    r"(?P<names>\p{Han}[\p{Han}“”]{0,30}?(?:(?:、|和|及|与)\p{Han}[\p{Han}“”]{0,30}?)+)\s*[，,]?\s*(?:分别|依次)"
    r"(?P<verb>[^\d，,。；;：:（）()]{0,10}?)\s*$"
)
_NAME_JOIN = compile_pattern(r"、|和|及|与")
_LIST_BREAK = compile_pattern(r"[，,；;：:。（）()]")  # what ends a list of names (、 joins one)
_RUN_JOIN = compile_pattern(r"\s*(?:和|、|及|与|,|，)\s*")
_QUOTES = compile_pattern(r"[“”]")
_SHARE_VERB = compile_pattern(r"占|比重|比例")
# a name that ends in a noun of its own needs no tail (公务接待费、公务用车运行维护费分别…)
_COMPLETE_NAME = compile_pattern(
    r"(?:费|费用|支出|收入|资金|经费|金|额|数|率|人|次|户|项目|工程|补助|补贴|救助|保险|基金|结余|结存|征收|服务|机构|单位)$"
)
# 全市三级、二级…: a scope word before the list is no part of its first name
_SCOPE = compile_pattern(r"^(?:全省|全市|全县|全区|本市|本县|本区|我市|我县|我区|我省|全国|其中|\d{4}年度?|年度)+")


def distribute_respectively(view: str, facts: list[Fact]) -> list[Fact]:
    """Facts with each figure of a 分别 run keyed under the item the list names in its place.

    Example: in ``三级、二级医疗机构次均费用分别下降3.39%和1.83%`` 3.39% gets the key
    三级医疗机构次均费用 and 1.83% the key 二级医疗机构次均费用, both role growth with sign −1.
    """
    if "分别" not in view and "依次" not in view:
        return facts
    out = list(facts)
    index = 0
    listed: tuple[int, list[str]] = (-1, [])  # the sentence and names of the last list distributed
    while index < len(out):
        first = out[index]
        run = _run_from(view, out, index)
        names = _names_for(view, first, len(run)) if len(run) >= 2 and first.role != "share" else []
        if not names and len(run) >= 2 and first.role != "share" and listed[0] == first.sentence_start:
            names = _same_items_again(view, first, listed[1], len(run))
        if not names and len(run) >= 2 and first.role in ("growth", "change"):
            levels = _figures_before(view, out, index, len(run))
            if levels:
                # 实缴单位7,426家，实缴职工32.65万人，缴存额58.37亿元，分别同比增长7.80%、3.29%、6.42%:
                # each change is of the figure in its place before 分别
                for position, level in zip(run, levels):
                    out[position] = replace(
                        out[position], indicator=level.indicator, key=level.key, role=first.role, sign=first.sign,
                        period=level.period, inherited=True, role_carried=position != index,
                    )
                index = run[-1] + 1
                continue
        if names:
            listed = (first.sentence_start, names)
            for position, name in zip(run, names):
                out[position] = replace(
                    out[position], indicator=name, key=canonical_key(name), role=first.role, sign=first.sign,
                    inherited=position != index, role_carried=position != index,
                )
            index = run[-1] + 1
        else:
            index += 1
    return out


# …收入分别为64.50亿元和54.82亿元，支出分别为58.36亿元和52.10亿元: the same items' other flow
_FLOW_THEN_RESPECTIVELY = compile_pattern(r"(?P<flow>收入|支出|结余|结存)\s*分别(?P<verb>[^\d，,。；;：:（）()]{0,10}?)\s*$")
_FLOW_END = compile_pattern(r"(?:收入|支出|结余|结存)$")


# …，分别同比增长 / ，分别比上年减少: the changes of the figures just listed, in their order
_CHANGES_RESPECTIVELY = compile_pattern(
    r"\s*[，,]?\s*分别(?:同比|比上年(?:末|同期)?|较上年(?:末|同期)?)?(?:增长|增加|提高|上升|下降|减少|降低)了?\s*"
)


def _figures_before(view: str, facts: list[Fact], index: int, count: int) -> list[Fact]:
    """The ``count`` figures of the sentence right before a 分别 run of changes, each a level of a
    key of its own, or [] when the run does not follow them so."""
    if index < count or not _CHANGES_RESPECTIVELY.fullmatch(view, facts[index - 1].end, facts[index].start):
        return []
    levels = facts[index - count:index]
    if any(
        f.sentence_start != facts[index].sentence_start or f.role not in ("value", "actual") or f.measure not in ("amount", "count")
        or not f.key for f in levels
    ):
        return []
    return levels if len({f.key for f in levels}) == count else []


def _same_items_again(view: str, first: Fact, names: list[str], count: int) -> list[str]:
    """The names of the sentence's previous 分别 list with their flow word swapped for the one
    this list names (职工医保基金收入 → 职工医保基金支出), or [] when it names no flow alone."""
    again = _FLOW_THEN_RESPECTIVELY.match(view, _list_clause_start(view, first), first.start)
    if again is None or len(names) != count or not all(_FLOW_END.search(name) for name in names):
        return []
    return [_FLOW_END.sub(again.group("flow"), name) for name in names]


def _run_from(view: str, facts: list[Fact], index: int) -> list[int]:
    """The figures listed from ``index`` on: one measure, one sentence, joined by 和 、 or a comma."""
    run = [index]
    first = facts[index]
    while run[-1] + 1 < len(facts):
        following = facts[run[-1] + 1]
        if following.measure != first.measure or following.sentence_start != first.sentence_start:
            break
        if not _RUN_JOIN.fullmatch(view, facts[run[-1]].end, following.start):
            break
        run.append(run[-1] + 1)
    return run


def _list_clause_start(view: str, first: Fact) -> int:
    """Where the clause naming a 分别 list begins: past the last break that ends a list of names."""
    start = first.sentence_start
    for found in _LIST_BREAK.finditer(view, first.sentence_start, first.start):
        start = found.end()
    return start


def _names_for(view: str, first: Fact, count: int) -> list[str]:
    """The ``count`` item names of the 分别 list just before ``first``, or [] when there is none
    or its names cannot be told apart with confidence."""
    stretch = _NAMES_THEN_RESPECTIVELY.search(view, _list_clause_start(view, first), first.start)
    if stretch is None:
        return []
    verb = stretch.group("verb")
    if _SHARE_VERB.search(verb) or find_role(verb, AMOUNT_CUES)[0] in ("budget", "adjusted_budget", "actual", "adjustment"):
        return []  # 分别占… is binding's (shares of the parts before); 分别执行…: the verb gives a role the names do not
    names = [_SCOPE.sub("", _QUOTES.sub("", name)) for name in _NAME_JOIN.split(stretch.group("names"))]
    if len(names) != count or any(len(name) < 2 for name in names):
        return []
    if any(find_role(name, AMOUNT_CUES)[0] != "value" for name in names):
        return []  # 年初预算和调整预算分别为…: roles of one item, not items
    last = names[-1]
    return [_completed(name, last) for name in names[:-1]] + [last]


def _completed(name: str, last: str) -> str:
    """A name of the list completed by the tail the last one adds after a head as long as it.

    A name that already ends in a noun of its own (公务接待费, 基本支出, 医疗救助) is complete; a
    bare qualifier takes the last name's tail when the two heads are parallel (三级 / 二级,
    城镇职工 / 城乡居民) or both two characters (职工 / 居民, 中央 / 省级); otherwise it stays as
    written (一般公共预算 / 政府性基金预算财政拨款支出).

    >>> _completed("城镇职工", "城乡居民医保基金收入"), _completed("三级", "二级医疗机构次均费用"), _completed("公务接待费", "公务用车运行维护费")
    ('城镇职工医保基金收入', '三级医疗机构次均费用', '公务接待费')
    """
    if len(name) >= len(last) or _COMPLETE_NAME.search(name):
        return name
    head = last[:len(name)]
    if name != head and any(a == b for a, b in zip(name, head)):
        return name + last[len(name):]  # 三级 / 二级医疗机构…, 城镇职工 / 城乡居民医保…: parallel heads
    if len(name) == 2 and len(head) == 2:
        return name + last[2:]  # 职工、居民医保基金收入 / 中央和省级补助资金: two-character qualifiers
    return name
