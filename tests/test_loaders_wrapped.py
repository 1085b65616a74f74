"""Plain text hard-wrapped at a fixed width (copied out of a PDF): joined back into paragraphs."""

from __future__ import annotations

import pytest
import regex

from extractor.loaders.wrapped import unwrap_lines
from extractor.normalize import display_width

FIRST = (
    "　　2024年年初预算6,842.50万元，其中基本支出2,036.40万元、项目支出4,806.10万元。上年结转资金412.36万元，"
    "全部为项目支出。年中追加预算1,904.44万元，其中基本支出150.00万元，项目支出1,754.44万元。调整后全年预算为"
    "8,979.30万元（含上年结转），执行率为百分之九十五点七四。其中项目支出6,792.90万元，执行率94.56%。"
)
SECOND = "　　二是优化资金拨付流程，推行工程计量资料线上审核，压缩拨付时限并加强监督检查，确保资金安全高效使用，发挥资金使用效益。"
FOOTER = ["", "                 第1页 共2页", "", "某某县交通运输局2024年度部门整体支出绩效自评报告", ""]


def _wrap(paragraph: str, width: int = 40) -> list[str]:
    """``paragraph`` broken as a PDF copy breaks it: at ``width`` columns, never inside a number."""
    lines, line = [], ""
    for token in regex.findall(r"[0-9,.%]+|.", paragraph):
        if display_width(line + token) > width and line:
            lines.append(line)
            line = ""
        line += token
    return [*lines, line]


def _report() -> str:
    first = _wrap(FIRST)
    # the page breaks inside the first paragraph: its footer and the next page's running header
    lines = [*first[:3], *FOOTER, *first[3:], *_wrap(SECOND), "                 第2页 共2页", "", FOOTER[3], "三、下一步措施"]
    return "\n".join(lines) + "\n"


def test_unwrap_joins_a_paragraph_across_lines_and_a_page_break():
    joined = unwrap_lines(_report())
    assert joined.split("\n")[:3] == [FIRST, SECOND, "三、下一步措施"]  # indented lines and headings open their own
    assert "第1页" not in joined and "自评报告" not in joined  # the footers and the running header are gone


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph per line, of many lengths: not wrapped
        "一、部门基本情况\n　　我局内设6个股室，下设3个二级单位。\n　　2024年实际支出8,596.42万元，预算执行率为95.74%，比上年提高1.2个百分点，主要是追加资金及时拨付。\n",
        # short hand-broken lines under the width at which wrapping is told apart from headings and lists
        "项目名称\n农村公路提质改造\n预算数\n3,120.50万元\n执行数\n3,004.18万元\n",
    ],
)
def test_unwrap_leaves_unwrapped_text_alone(text):
    assert unwrap_lines(text) is None


def test_unwrap_keeps_table_rows_apart():
    wrapped = "".join(
        f"　　第{n}段说明文字写到右边界为止然后折行继续说明情况并且这一行写\n满了才折行。\n" for n in range(1, 7)
    )
    table = "项目 年初预算 全年预算 实际支出 执行率\n基本支出 2,036.40 2,186.40 2,172.86 99.38%\n"
    joined = unwrap_lines(wrapped + table)
    assert joined.endswith(table)


def test_display_width_counts_han_characters_twice():
    assert display_width("项目支出4,806.10万") == 18


def test_load_joins_a_wrapped_text_file(tmp_path):
    from extractor import extract, load

    path = tmp_path / "wrapped.txt"
    path.write_text("2024年度部门整体支出绩效自评报告\n" + _report(), encoding="utf-8")
    document = load(path)
    assert FIRST in document.text
    # 项目\n支出 is 项目支出 again: the figure binds to it
    (fact,) = [f for f in extract(document).facts if f.entity.text == "6,792.90万元"]
    assert fact.key == "项目支出"



def test_unwrap_drops_page_furniture_of_text_not_wrapped():
    # one line a paragraph, but page footers and the title repeated after them: only those go
    text = "附件2\n一、部门基本情况\n　　我局内设6个股室。\n\n        第1页 共2页\n\n附件2\n二、整体支出情况\n　　全年支出571.47万元。\n"
    assert unwrap_lines(text) == "附件2\n一、部门基本情况\n　　我局内设6个股室。\n二、整体支出情况\n　　全年支出571.47万元。\n"
