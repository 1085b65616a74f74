"""extractor.loaders.continued_tables: a table cut by a page break is read as one table."""

from __future__ import annotations

import pytest

from extractor.extraction import extract
from extractor.loaders import load
from extractor.loaders.compose import GridCell, Paragraph, TableGrid
from extractor.loaders.continued_tables import join_continued_tables


HEADER = ["三级指标", "分值", "得分"]


def grid(*rows: list[str]) -> TableGrid:
    return TableGrid(rows=[[GridCell(text) for text in row] for row in rows])


def shape(items) -> list:
    return [("p", i.text) if isinstance(i, Paragraph) else [[c.text for c in row] for row in i.rows] for i in items]


@pytest.mark.parametrize(
    "items,expected",
    [
        # the header repeated after the page footer: one table, the footer and the repeat gone
        (
            [grid(HEADER, ["预算执行率", "10", "9.80"]), Paragraph("第 4 页"), grid(HEADER, ["长效运行机制", "10", "9.00"], ["合计", "20", "18.80"])],
            [[HEADER, ["预算执行率", "10", "9.80"], ["长效运行机制", "10", "9.00"], ["合计", "20", "18.80"]]],
        ),
        # right after it on the next page, with no footer between
        (
            [grid(HEADER, ["a", "1", "1"]), grid(HEADER, ["b", "2", "2"])],
            [[HEADER, ["a", "1", "1"], ["b", "2", "2"]]],
        ),
        # a Word table split under a 表2（续） caption
        (
            [grid(HEADER, ["a", "1", "1"]), Paragraph("表2（续）"), grid(HEADER, ["b", "2", "2"])],
            [[HEADER, ["a", "1", "1"], ["b", "2", "2"]]],
        ),
        # a 续表 caption before a table under another header stays, as does that table
        (
            [grid(HEADER, ["a", "1", "1"]), Paragraph("续表3"), grid(["项目", "金额"], ["b", "2"])],
            [[HEADER, ["a", "1", "1"]], ("p", "续表3"), [["项目", "金额"], ["b", "2"]]],
        ),
        # another table under another header stays apart, and the footer stays
        (
            [grid(HEADER, ["a", "1", "1"]), Paragraph("－4－"), grid(["项目", "金额"], ["b", "2"])],
            [[HEADER, ["a", "1", "1"]], ("p", "－4－"), [["项目", "金额"], ["b", "2"]]],
        ),
        # a caption between two tables: two tables
        (
            [grid(HEADER, ["a", "1", "1"]), Paragraph("表2 分项得分"), grid(HEADER, ["b", "2", "2"])],
            [[HEADER, ["a", "1", "1"]], ("p", "表2 分项得分"), [HEADER, ["b", "2", "2"]]],
        ),
    ],
)
def test_join_continued_tables(items, expected):
    assert shape(join_continued_tables(items)) == expected


def test_pdf_score_table_across_a_page_break_totals_all_its_rows(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from conftest import _CJK_FONT, _register_cjk_font

    _register_cjk_font()
    rows = [HEADER] + [[f"指标{i}", "5", "5.00"] for i in range(1, 61)] + [["合计", "300", "300.00"]]
    path = tmp_path / "long.pdf"
    table = Table(rows, repeatRows=1, style=[("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), _CJK_FONT)])
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    (joined,) = extract(load(path)).document.tables
    assert len(joined.rows) == len(rows)
    assert [c.text for c in joined.rows[-1]] == ["合计", "300", "300.00"]
