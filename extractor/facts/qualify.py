"""Counts listed as parts of different wholes are different quantities: 行政编制9人 among 核定编制
and 行政编制8人 among 实有人数.  So are one expense's funding channels: 项目支出安排0.80万元 among
公务接待费 is not the department's 项目支出; and the uses of one source of money: 城乡社区支出
41,500.00万元 among 新增专项债券 is not all of 城乡社区支出.  Their keys are qualified by the whole's
key."""

from __future__ import annotations

from dataclasses import replace


from ..regexes import compile_pattern
from .lexicon import COUNTED_AS, VEHICLE_CLASSES
from .model import Fact, Relation, swap_facts


def qualify_listed_counts(facts: list[Fact], relations: list[Relation]) -> tuple[list[Fact], list[Relation]]:
    """Facts and relations with count parts keyed ``<whole key>·<part key>``.

    Example: in ``年末实有在职在岗人数23人（其中：行政编制8人…）`` the part 8人 gets the key
    ``实有人数·行政编制``; in ``公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元``
    the part 0.80万元 gets ``公务接待费·项目支出``; in ``新增专项债券68,000.00万元…，其中城乡社区支出
    41,500.00万元、…`` the part gets ``新增专项债券·城乡社区支出``.
    """
    renamed: dict[int, Fact] = {}
    for relation in relations:
        total = relation.member("total")
        if relation.kind != "parts" or total is None:
            continue
        if total.measure != "count" and not splits_expense_by_channel(total, relation.parts) and not splits_source_by_use(total, relation.parts):
            continue
        for part in relation.parts:
            if part.key in VEHICLE_CLASSES and total.key == COUNTED_AS["公务用车"]:
                continue  # 共有车辆5辆，其中执法执勤用车3辆: a class of the fleet is one quantity, whatever lists it
            if part.key and total.key and part.key != total.key and id(part) not in renamed:
                renamed[id(part)] = replace(part, key=f"{total.key}·{part.key}")
    return swap_facts(facts, relations, renamed)


_CHANNELS = {"基本支出", "项目支出"}
# 公务接待费, 三公经费, 机关运行经费, 培训费: an expense item, which the department's 基本/项目 split splits too
_EXPENSE_ITEM = compile_pattern(r"(?:经费|费)$")


def splits_expense_by_channel(total: Fact, parts: tuple[Fact, ...]) -> bool:
    """Whether ``parts`` split an expense item (not the department's spending) by funding channel:
    ``公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元`` → True."""
    return total.measure == "amount" and bool(_EXPENSE_ITEM.search(total.key)) and bool(parts) and all(
        p.key in _CHANNELS for p in parts
    )


# 新增专项债券, 中央补助资金, 彩票公益金, 土地出让收入: a source of money, not a spending category
_MONEY_SOURCE = compile_pattern(r"(?:债券|债务收入|补助资金|转移支付资金|公益金|基金|出让收入)$")


def splits_source_by_use(total: Fact, parts: tuple[Fact, ...]) -> bool:
    """Whether ``parts`` split a source of money by the spending categories it paid for:
    ``新增专项债券68,000.00万元全部安排用于项目建设，其中城乡社区支出41,500.00万元、农林水支出12,000.00万元`` → True."""
    source = _MONEY_SOURCE.search(total.key) or _MONEY_SOURCE.search(total.indicator)
    return total.measure == "amount" and bool(source) and bool(parts) and all(
        p.key.endswith("支出") for p in parts
    )
