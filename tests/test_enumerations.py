"""audit.enumerations: items numbered 一是/二是…, 其一…, 1./2.…, （1）… after a count."""

from __future__ import annotations

import pytest

from audit.enumerations import enumerated_items, starts_enumeration


def _count_after(text: str, count: str):
    found = enumerated_items(text, text.index(count) + len(count))
    return None if found is None else (found[0], [text[a:b] for a, b in found[1]])


@pytest.mark.parametrize(
    "text, count, expected",
    [
        ("存在的问题主要有三个方面：一是预算编制不够精准；二是绩效目标设置不够细化。", "三个", ({2}, ["一是", "二是"])),
        ("主要做法有四项：其一，完善制度；其二，强化监管；其三，优化服务；其四，加强宣传。", "四项", ({4}, ["其一", "其四"])),
        ("下一步重点做好三个方面工作：（1）加强预算管理；（2）强化绩效监控；（3）推进信息公开。", "三个", ({3}, ["（1）", "（3）"])),
        ("项目共6个子项：\n1.教学楼屋面防水改造；\n2.宿舍楼卫生间改造；\n3.围墙修缮。", "6个", ({3}, ["1.", "3."])),
        # one paragraph per item, the list ending where a heading begins
        ("存在以下三个问题：\n一是预算编制不够精准。\n二是绩效目标设置不够细化。\n\n三、下一步工作\n加强管理。", "三个", ({2}, ["一是", "二是"])),
        ("坚持三个抓手，推进参保扩面：一是抓组织；二是抓学习。", "三个", ({2}, ["一是", "二是"])),
        ("采取了三项措施，一是加强领导；二是完善机制；三是强化督查。", "三项", ({3}, ["一是", "三是"])),
        # 2.5亿元 is no item marker
        ("资金用于两个方面：1.道路建设2.5亿元；2.桥梁维修。", "两个", ({2}, ["1.", "2."])),
    ],
)
def test_enumerated_items_counts_the_markers(text, count, expected):
    assert _count_after(text, count) == expected


@pytest.mark.parametrize(
    "text, count",
    [
        # a nested list restarts at 一是: the count of the outer one is not safe
        ("主要采取了三项措施，一是加强领导；二是完善机制，其中：一是建立台账，二是定期通报；三是强化督查。", "三项"),
        # projects counted, ways of working listed
        ("全年实施项目12个，一是道路硬化，二是路灯安装。", "12个"),
        ("全年实施项目12个，主要做法：一是抓进度，二是抓质量。", "12个"),
        # names, not numbered items
        ("覆盖3个社区：东城、西城、南城。", "3个"),
        # a single item
        ("有一个问题：一是资金拨付较慢。", "一个"),
        # out of order
        ("有三个问题：一是甲；三是丙；二是乙。", "三个"),
        # the next item further on, past a table or a heading: the list may go on there
        ("存在以下三个问题：\n一是预算编制不够精准。\n二是绩效目标设置不够细化。\n\n| 项目 | 金额 |\n| 甲 | 1 |\n\n三是资金拨付较慢。", "三个"),
        # a count of problems before the comma: the points that follow are kinds of problem
        ("发现问题12个，主要表现在：一是资料不全；二是拨付滞后。", "12个"),
    ],
)
def test_enumerated_items_gives_up(text, count):
    assert _count_after(text, count) is None


@pytest.mark.parametrize("text, expected", [("一是加强", True), ("其一，", True), ("（1）加强", True), ("①加强", True), ("1.5万元", False), ("加强", False)])
def test_starts_enumeration(text, expected):
    assert starts_enumeration(text, 0) is expected
