"""The same small report as .txt, .docx and .pdf gives the same structure."""

from __future__ import annotations

import pytest

from extractor import load

HEADINGS_AND_PARAGRAPHS = [
    ("h1", "一、单位概况"),
    ("h2", "（一）基本情况"),
    ("p", "我单位2023年初预算总收入为673.60万元。"),
    ("table", None),
    ("h2", "（二）支出情况"),
    ("p", "基本支出569.44万元，占比38.0%。"),
    ("h1", "二、整体支出绩效情况"),
    ("p", "综合评分96.50分，评价结果为优。"),
]
TABLE = [
    ["项目", "年初预算", "执行数"],
    ["基本支出", "569.44", "600.00"],
    ["项目支出", "104.16", "98.00"],
]
SECTIONS = [
    (1, "一、", "单位概况"),
    (2, "（一）", "基本情况"),
    (2, "（二）", "支出情况"),
    (1, "二、", "整体支出绩效情况"),
]


def _write_txt(path):
    lines = []
    for kind, payload in HEADINGS_AND_PARAGRAPHS:
        if kind == "table":
            lines.extend("\t".join(row) for row in TABLE)
        else:
            lines.append(payload)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _write_docx(path, make_docx):
    items = [("table", TABLE) if kind == "table" else (kind, payload) for kind, payload in HEADINGS_AND_PARAGRAPHS]
    return make_docx(path, items)


def _write_pdf(path, make_pdf):
    items = []
    for kind, payload in HEADINGS_AND_PARAGRAPHS:
        if kind == "table":
            items.append(("table", TABLE))
        else:
            items.append(("h" if kind.startswith("h") else "p", payload))
    return make_pdf(path, items)


@pytest.fixture(scope="module")
def documents(tmp_path_factory, make_docx, make_pdf):
    folder = tmp_path_factory.mktemp("equivalence")
    return {
        "txt": load(_write_txt(folder / "report.txt")),
        "docx": load(_write_docx(folder / "report.docx", make_docx)),
        "pdf": load(_write_pdf(folder / "report.pdf", make_pdf)),
    }


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_equivalence_sections(documents, fmt):
    doc = documents[fmt]
    assert doc.format == fmt
    assert [(s.level, s.number, s.title) for s in doc.iter_sections()] == SECTIONS


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_equivalence_table_cells(documents, fmt, cell_texts):
    (table,) = documents[fmt].tables
    assert cell_texts(table) == TABLE
    value = table.rows[2][2]
    assert (value.text, value.row_header, value.col_header) == ("98.00", "项目支出", "执行数")


def test_equivalence_same_sections_and_cells_across_formats(documents, cell_texts):
    structures = {
        fmt: (
            [(s.number, s.title) for s in doc.iter_sections()],
            [cell_texts(table) for table in doc.tables],
        )
        for fmt, doc in documents.items()
    }
    assert structures["txt"] == structures["docx"] == structures["pdf"]


def test_equivalence_same_text_across_formats(documents):
    # the structured loaders write one paragraph per line and TAB-separated table rows, which is
    # exactly how the .txt version is laid out
    txt = documents["txt"].text.rstrip("\n")
    assert documents["docx"].text == txt
    assert documents["pdf"].text == txt


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_equivalence_figures_sit_in_the_same_sections(documents, fmt):
    doc = documents[fmt]
    for figure, section in [("673.60", "基本情况"), ("569.44万元", "支出情况"), ("96.50", "整体支出绩效情况")]:
        offset = doc.text.index(figure)
        assert doc.section_path(offset)[-1].title == section
    in_table = doc.text.index("104.16")
    assert [s.title for s in doc.section_path(in_table)] == ["单位概况", "基本情况"]
