"""One project or fund written two ways is one indicator.

A report names its projects in full in one place and shortened in another: 提升医保服务能力经费项目
in the list of projects, 提升医保能力经费 in the evaluation; 离休、二等乙级伤残军人医疗费、建国初期老干部
门诊补助 in the 自评表, …建国老干部门诊补助项目 in the narrative. Two such keys are merged when,
without punctuation, glosses in brackets, a leading year and trailing 项目/资金/经费/专项, the shorter
is the longer with some characters left out, keeps at least 70% of it and is five characters or
more, and at least one names a project or fund; or when both hold the same ten or more
characters in another order (a word moved: 中央财政医疗服务…补助 / 医疗服务…中央财政补助). Two
names that stand side by side anywhere — in one table, one sentence or one section — are
different items of one list, and are never merged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace


from ..regexes import compile_pattern
from .lexicon import is_known_key
from .model import Fact, Relation, swap_facts
from .sentences import LEADING_YEAR

_PROJECT_LIKE = compile_pattern(r"(?:项目|经费|资金|专项|补助|补贴|工程)$")
_GLOSS = compile_pattern(r"[（(][^）)]*[）)]")
_PUNCTUATION = compile_pattern(r"[、，,“”\"‘’《》\s·]")
_TRAILING_KIND = compile_pattern(r"(?:项目|资金|经费|专项)+$")
# 发放一次性创业补贴 / 实施农村人居环境整治项目: the doing of the item, not another item
_LEADING_VERB = compile_pattern(r"^(?:发放|实施|开展|推进|督促|用于|对|向)")
_SHORTEST = 5
_SHORTEST_REORDERED = 10  # a moved word makes a new name of a short one too often (城乡居民 / 居民城乡)
_KEPT = 0.7


def merge_name_variants(facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with the shortened and full names of one project keyed alike.

    Example: ``提升医保能力经费`` (4 figures) and ``提升医保服务能力经费项目`` (2 figures) in one
    report become one key, the more frequent ``提升医保能力经费``; ``城乡居民医疗救助`` and
    ``城乡医疗救助`` listed in one table stay apart.
    """
    counts = Counter(f.key for f in facts if f.key and "·" not in f.key and not is_known_key(f.key))
    names = {key: _core(key) for key in counts}
    names = {key: core for key, core in names.items() if len(core) >= _SHORTEST - 1}
    if len(names) < 2:
        return facts, relations
    # only names with the same first and last characters can be variants: compare within those
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, core in names.items():
        bare = _LEADING_VERB.sub("", core) or core
        buckets[(bare[0], bare[-2:])].append(key)
    # …or the same characters in another order, a word moved (中央财政医疗服务…补助 / 医疗服务…中央财政补助)
    for key, core in names.items():
        if len(core) >= _SHORTEST_REORDERED:
            buckets[("".join(sorted(core)), "")].append(key)
    if all(len(keys) < 2 for keys in buckets.values()):
        return facts, relations
    project_like = {key for key in names if _PROJECT_LIKE.search(key)}
    scopes = _scopes_of(facts)
    renamed: dict[str, str] = {}
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        by_length = sorted(keys, key=lambda k: (len(names[k]), k))
        for i, short in enumerate(by_length):
            for long in by_length[i + 1:]:
                if short in renamed or long in renamed or scopes[short] & scopes[long]:
                    continue
                if short not in project_like and long not in project_like:
                    continue
                if _variant(names[short], names[long]) or _reordered(names[short], names[long]):
                    keep, drop = (short, long) if (counts[short], -len(short)) >= (counts[long], -len(long)) else (long, short)
                    renamed[drop] = keep
    if not renamed:
        return facts, relations
    def final(key: str) -> str:
        while key in renamed:
            key = renamed[key]
        return key

    return swap_facts(facts, relations, {id(f): replace(f, key=final(f.key)) for f in facts if f.key in renamed})


def _core(key: str) -> str:
    """离休、二等乙级伤残军人医疗费（含…）项目 → 离休二等乙级伤残军人医疗费: the name's own characters."""
    return _TRAILING_KIND.sub("", LEADING_YEAR.sub("", _PUNCTUATION.sub("", _GLOSS.sub("", key)))) or key


def _reordered(one: str, other: str) -> bool:
    """Whether two long names hold the same characters in another order (a word moved).

    >>> _reordered("中央财政医疗服务与保障能力提升补助", "医疗服务与保障能力提升中央财政补助")
    True
    """
    return one != other and len(one) >= _SHORTEST_REORDERED and sorted(one) == sorted(other)


def _variant(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with characters left out, keeping most of it — but not
    ``long`` with words added at its end (…补助其它, …补助财政拨款, …补助预算执行率 are a part
    or a measure of the item, not its name written out), nor with words added before it (人均…)."""
    if short == long:
        return True
    short, long = _LEADING_VERB.sub("", short), _LEADING_VERB.sub("", long)
    if len(short) < _SHORTEST or len(short) < _KEPT * len(long) or long.endswith("率"):
        return False
    if short[0] != long[0] or short[-2:] != long[-2:]:
        return False  # 人均职业培训补贴 is not 职业培训补贴, nor …补助财政拨款 the whole …补助
    rest = iter(long)
    return all(ch in rest for ch in short)


def _scopes_of(facts: list[Fact]) -> dict[str, set]:
    """Each key's lists: the table columns and the sentences it stands in. Two keys sharing one
    name items of one list, side by side."""
    scopes: dict[str, set] = defaultdict(set)
    for fact in facts:
        if fact.key:
            scopes[fact.key].add(("table", fact.section, fact.col_header) if fact.source == "table" else ("text", fact.sentence_start))
            if fact.source == "text":
                scopes[fact.key].add(("section", fact.section))  # 城市道路建设项目 and 城市道路照明建设项目 in one section: two items
    return scopes
