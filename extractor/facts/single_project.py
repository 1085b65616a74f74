"""A category that holds one project is that project.

``本年转移支付资金共计1个项目，预算金额为20.00万元，执行金额为2.25万元，为提升医保服务能力经费项目，…``:
the category's budget and spending are its only project's, so the figures stated for the category
are keyed under the project named later in the same sentence. The same sum stated for the
project (预算金额为20.00万元 again) is then one quantity stated twice, as it is.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal


from ..regexes import compile_pattern
from .lexicon import canonical_key
from .model import Fact, Relation, swap_facts

_ONE_BEFORE = compile_pattern(r"(?:共计|共有|合计|共|仅有|仅|只有)\s*$")
# …，为提升医保服务能力经费项目，… / …，即城乡医疗救助项目。: the project the category holds, by name
_NAMED_AS = compile_pattern(r"[，,]\s*(?:为|即|系|是)\s*[“\"]?(?P<name>\p{Han}[^，,。；;、：:]{1,40}?项目)[”\"]?\s*(?=[，,。；;])")
_COUNT_KEY_END = "项目个数"
# 为新增项目 / 为延续性项目: the project's kind, not its name
_KIND_ONLY = compile_pattern(
    r"^(?:新增|新建|续建|延续性?|持续性?|一次性|经常性|常规性?|重点|专项|其他|其它|本级|上级|中央|省级|市级|县级|区级|基本建设|民生|政府投资)项目$"
)
_LOOKBACK = 8


def key_single_projects(view: str, facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with a one-project category's amounts keyed under that project.

    Example: in ``共计1个项目，金额为100.00万元，为城乡医疗救助项目，预算金额为100.00万元`` the first
    100.00万元 gets the key of 城乡医疗救助项目, not the section's 本级财力.
    """
    if "个项目" not in view:
        return facts, relations
    swapped: dict[int, Fact] = {}
    for count in facts:
        if not _is_one_project(view, count):
            continue
        named = _NAMED_AS.search(view, count.end, count.sentence_end or len(view))
        if named is None or _KIND_ONLY.match(named.group("name")):
            continue
        project_key = canonical_key(named.group("name"))
        category_key = count.key[: -len(_COUNT_KEY_END)]
        for fact in facts:
            if (
                fact.sentence_start == count.sentence_start and count.end < fact.start < named.start()
                and fact.measure == "amount" and fact.key in {category_key, "项目支出", ""} and id(fact) not in swapped
            ):
                swapped[id(fact)] = replace(fact, key=project_key)
    return swap_facts(facts, relations, swapped)


def _is_one_project(view: str, fact: Fact) -> bool:
    """Whether ``fact`` is the 1 of 共计1个项目 (how many projects a category holds)."""
    return (
        fact.measure == "count" and fact.entity.value == Decimal(1) and fact.key.endswith(_COUNT_KEY_END)
        and view.startswith("项目", fact.end) and _ONE_BEFORE.search(view, max(0, fact.start - _LOOKBACK), fact.start) is not None
    )
