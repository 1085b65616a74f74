"""extractor.loaders.docx: Word reports built with python-docx."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from extractor import LoadError, load

BODY = "我单位2023年初预算总收入为673.60万元，年中追加预算824.88万元。"


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory):
    """A report with headings, a body paragraph, a numbered list, a merged table, header/footer."""
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉：奉节县医疗保障局内部资料"
    section.footer.paragraphs[0].text = "页脚：第1页共3页"
    document.add_heading("一、单位概况", level=1)
    document.add_heading("（一）基本情况", level=2)
    document.add_paragraph(BODY)
    document.add_paragraph("贯彻执行医疗保障制度", style="List Number")
    document.add_paragraph("组织实施基金监督管理", style="List Number")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    values = [
        ["项目", "", "执行数"],
        ["基本支出", "569.44", "600.00"],
        ["", "104.16", "98.00"],
        ["合计", "673.60", "698.00"],
    ]
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(0, 1)).text = "项目与年初预算"  # horizontal merge
    table.cell(1, 0).merge(table.cell(2, 0)).text = "支出类别"  # vertical merge
    document.add_heading("二、整体支出管理及使用情况", level=1)
    document.add_paragraph("以上数据均已公开。")
    document.save(str(path))
    return load(path)


def test_loaders_docx_format_and_no_encoding(report_docx):
    assert report_docx.format == "docx"
    assert report_docx.encoding is None


def test_loaders_docx_text_lines(report_docx):
    assert report_docx.text.split("\n") == [
        "一、单位概况",
        "（一）基本情况",
        BODY,
        "1.贯彻执行医疗保障制度",
        "2.组织实施基金监督管理",
        "项目与年初预算\t\t执行数",
        "支出类别\t569.44\t600.00",
        "\t104.16\t98.00",
        "合计\t673.60\t698.00",
        "二、整体支出管理及使用情况",
        "以上数据均已公开。",
    ]


def test_loaders_docx_sections(report_docx):
    tree = [(s.level, s.number, s.title, s.scheme) for s in report_docx.iter_sections()]
    assert tree == [
        (1, "一、", "单位概况", "cjk-dun"),
        (2, "（一）", "基本情况", "cjk-paren"),
        (3, "1.", "贯彻执行医疗保障制度", "arabic-dot"),
        (3, "2.", "组织实施基金监督管理", "arabic-dot"),
        (1, "二、", "整体支出管理及使用情况", "cjk-dun"),
    ]
    first, second = report_docx.sections
    assert report_docx.text[first.start:first.heading_end] == "一、单位概况"
    assert first.end == second.start
    assert report_docx.text[second.start:second.end] == "二、整体支出管理及使用情况\n以上数据均已公开。"


def test_loaders_docx_heading_styles_become_block_levels(report_docx):
    levels = {
        report_docx.text[b.start:b.end]: b.heading_level for b in report_docx.blocks if b.kind == "paragraph"
    }
    assert levels["一、单位概况"] == 1
    assert levels["（一）基本情况"] == 2
    assert levels[BODY] is None


def test_loaders_docx_body_paragraph_offsets(report_docx):
    start = report_docx.text.index("673.60万元")
    assert report_docx.text[start:start + 6] == "673.60"
    block = next(b for b in report_docx.blocks if b.start <= start < b.end)
    assert (block.kind, report_docx.text[block.start:block.end]) == ("paragraph", BODY)


@pytest.mark.parametrize("label, item", [("1.", "贯彻执行医疗保障制度"), ("2.", "组织实施基金监督管理")])
def test_loaders_docx_list_numbers_are_rendered(report_docx, label, item):
    assert f"\n{label}{item}\n" in report_docx.text


@pytest.mark.parametrize("hidden", ["页眉", "奉节县医疗保障局内部资料", "页脚", "第1页共3页"])
def test_loaders_docx_header_and_footer_are_not_in_text(report_docx, hidden):
    assert hidden not in report_docx.text


def test_loaders_docx_table_cells_and_merges(report_docx):
    (table,) = report_docx.tables
    assert table.layout == "docx"
    cells = {(c.row, c.col): c for c in table.cells}
    assert sorted(cells) == [(0, 0), (0, 2), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (3, 0), (3, 1), (3, 2)]
    merged_h, merged_v = cells[(0, 0)], cells[(1, 0)]
    assert (merged_h.text, merged_h.row_span, merged_h.col_span) == ("项目与年初预算", 1, 2)
    assert (merged_v.text, merged_v.row_span, merged_v.col_span) == ("支出类别", 2, 1)
    # the merged cells appear once
    texts = [c.text for c in table.cells]
    assert texts.count("项目与年初预算") == 1 and texts.count("支出类别") == 1
    # covered positions have no Cell
    assert (0, 1) not in cells and (2, 0) not in cells
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目与年初预算", "执行数"],
        ["支出类别", "569.44", "600.00"],
        ["104.16", "98.00"],
        ["合计", "673.60", "698.00"],
    ]
    for cell in table.cells:
        assert report_docx.text[cell.start:cell.end] == cell.text
        assert (cell.row_span, cell.col_span) in ((1, 1), (1, 2), (2, 1))


@pytest.mark.parametrize(
    "position, row_header, col_header",
    [
        pytest.param((1, 1), "支出类别", "项目与年初预算", id="under-horizontal-merge"),
        pytest.param((2, 1), "支出类别", "项目与年初预算", id="beside-vertical-merge"),
        pytest.param((2, 2), "支出类别", "执行数", id="beside-vertical-merge-last-column"),
        pytest.param((3, 2), "合计", "执行数", id="total-row"),
    ],
)
def test_loaders_docx_headers_see_through_merged_cells(report_docx, position, row_header, col_header):
    cell = next(c for c in report_docx.tables[0].cells if (c.row, c.col) == position)
    assert (cell.row_header, cell.col_header) == (row_header, col_header)


def test_loaders_docx_table_sits_between_its_paragraphs(report_docx):
    (table,) = report_docx.tables
    assert report_docx.text.index("2.组织实施基金监督管理") < table.start
    assert table.end < report_docx.text.index("二、整体支出管理及使用情况")
    assert report_docx.text[table.start:table.end].startswith("项目与年初预算")
    assert report_docx.text[table.start:table.end].endswith("698.00")


def test_loaders_docx_cell_blocks_point_at_their_table(report_docx):
    cell_blocks = [b for b in report_docx.blocks if b.kind == "cell"]
    assert len(cell_blocks) == 10
    assert {b.table for b in cell_blocks} == {0}
    assert report_docx.text[cell_blocks[0].start:cell_blocks[0].end] == "项目与年初预算"


def test_loaders_docx_multi_paragraph_cell_is_one_line(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "预算执行情况"
    table.cell(0, 0).add_paragraph("(万元)")
    table.cell(0, 1).text = "预算数"
    table.cell(1, 0).text = "合计"
    table.cell(1, 1).text = "32.23"
    path = tmp_path / "cell.docx"
    document.save(str(path))
    doc = load(path)
    assert doc.text == "预算执行情况 (万元)\t预算数\n合计\t32.23"
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [["预算执行情况 (万元)", "预算数"], ["合计", "32.23"]]
    value = doc.tables[0].rows[1][1]
    assert (value.row_header, value.col_header) == ("合计", "预算数")


def _valid_docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("一、单位概况", level=1)
    for n in range(30):
        document.add_paragraph(f"第{n}段：我单位2023年初预算总收入为673.60万元。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, make",
    [
        pytest.param("truncated.docx", lambda: _valid_docx_bytes()[: len(_valid_docx_bytes()) // 2], id="truncated"),
        pytest.param("plain.docx", lambda: "一、单位概况\n这不是Word文件。\n".encode("utf-8") * 20, id="not-a-zip"),
        pytest.param("other.docx", _zip_without_document, id="zip-without-word-parts"),
    ],
)
def test_loaders_docx_broken_files_raise_load_error(tmp_path, name, make):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert name in message
    assert "docx" in message
    assert message == f"{path}: {caught.value.reason}"
    assert caught.value.reason.startswith("not a valid .docx")


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _revised_paragraph(document, pieces) -> None:
    """A paragraph of plain, inserted (``+``) and deleted (``-``) runs, as Word writes tracked changes."""
    from docx.oxml import parse_xml

    runs = []
    for mark, text in pieces:
        if mark == "+":
            runs.append(f'<w:ins w:id="1" w:author="a" w:date="2024-12-01T00:00:00Z"><w:r><w:t>{text}</w:t></w:r></w:ins>')
        elif mark == "-":
            runs.append(f'<w:del w:id="2" w:author="a" w:date="2024-12-01T00:00:00Z"><w:r><w:delText>{text}</w:delText></w:r></w:del>')
        else:
            runs.append(f"<w:r><w:t>{text}</w:t></w:r>")
    document.element.body.append(parse_xml(f'<w:p xmlns:w="{_W_NS}">{"".join(runs)}</w:p>'))


@pytest.mark.parametrize(
    "pieces, shown",
    [
        pytest.param(
            [("", "截至2024年"), ("-", "9月30日"), ("+", "10月31日"), ("", "，已完成整改"), ("-", "38"), ("+", "41"), ("", "个。")],
            "截至2024年10月31日，已完成整改41个。",
            id="inserted-kept-deleted-dropped",
        ),
        pytest.param([("+", "追回资金6,518.78万元。")], "追回资金6,518.78万元。", id="paragraph-all-inserted"),
        pytest.param([("", "整改率"), ("-", "72.27%")], "整改率", id="deleted-only-figure"),
    ],
)
def test_loaders_docx_tracked_changes_read_as_accepted(tmp_path, pieces, shown):
    document = docx.Document()
    _revised_paragraph(document, pieces)
    path = tmp_path / "revised.docx"
    document.save(str(path))
    assert load(path).text == shown


def test_loaders_docx_tracked_change_in_a_table_cell(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "问题类别"
    table.cell(0, 1).text = "已完成整改"
    table.cell(1, 0).text = "合计"
    paragraph = table.cell(1, 1).paragraphs[0]._p
    paragraph.append(parse_xml(f'<w:del xmlns:w="{_W_NS}" w:id="3" w:author="a"><w:r><w:delText>38</w:delText></w:r></w:del>'))
    paragraph.append(parse_xml(f'<w:ins xmlns:w="{_W_NS}" w:id="4" w:author="a"><w:r><w:t>41</w:t></w:r></w:ins>'))
    path = tmp_path / "cell.docx"
    document.save(str(path))
    loaded = load(path)
    assert [[c.text for c in row] for row in loaded.tables[0].rows] == [["问题类别", "已完成整改"], ["合计", "41"]]


def test_loaders_docx_block_content_control_is_read(tmp_path):
    # a cover page in a block-level content control: its title and date are part of the report
    from docx.oxml import parse_xml

    document = docx.Document()
    cover = parse_xml(
        f'<w:sdt xmlns:w="{_W_NS}"><w:sdtPr/><w:sdtContent>'
        "<w:p><w:r><w:t>2024年度部门整体支出绩效自评报告</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>2025年3月20日</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(0, cover)
    document.add_paragraph("一、部门概况")
    path = tmp_path / "cover.docx"
    document.save(str(path))
    assert load(path).text == "2024年度部门整体支出绩效自评报告\n2025年3月20日\n一、部门概况"


_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_V_NS = "urn:schemas-microsoft-com:vml"


def _box(text: str) -> str:
    return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"


@pytest.mark.parametrize(
    "run, shown",
    [
        pytest.param(
            # Word's own form: DrawingML in mc:Choice, the VML copy in mc:Fallback — read once
            f'<mc:AlternateContent xmlns:mc="{_MC_NS}"><mc:Choice Requires="wps"><w:drawing>'
            f'<wps:wsp xmlns:wps="{_WPS_NS}"><wps:txbx>{_box("全年支出数：3,327.62万元")}</wps:txbx></wps:wsp>'
            f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="{_V_NS}"><v:textbox>'
            f'{_box("全年支出数：3,327.62万元")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>',
            "自评主要数据\n全年支出数：3,327.62万元\n一、部门概况",
            id="choice-and-fallback-read-once",
        ),
        pytest.param(
            f'<w:pict><v:shape xmlns:v="{_V_NS}"><v:textbox>{_box("自评得分：95.81分")}</v:textbox></v:shape></w:pict>',
            "自评主要数据\n自评得分：95.81分\n一、部门概况",
            id="vml-only",
        ),
    ],
)
def test_loaders_docx_text_box_reads_after_its_anchor(tmp_path, run, shown):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("自评主要数据")._p.append(parse_xml(f'<w:r xmlns:w="{_W_NS}">{run}</w:r>'))
    document.add_paragraph("一、部门概况")
    path = tmp_path / "box.docx"
    document.save(str(path))
    assert load(path).text == shown


def test_loaders_docx_nested_table_is_laid_into_the_outer_grid(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=2, cols=4)
    outer.cell(0, 0).text = "项目名称"
    outer.cell(0, 1).merge(outer.cell(0, 3)).text = "城南管网改造项目"
    outer.cell(1, 0).text = "项目资金（万元）"
    holder = outer.cell(1, 1).merge(outer.cell(1, 3))
    inner = holder.add_table(rows=2, cols=3)
    for r, row in enumerate([["资金来源", "全年预算数", "全年执行数"], ["年度资金总额", "20,400.00", "19,342.30"]]):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    path = tmp_path / "nested.docx"
    document.save(str(path))
    table = load(path).tables[0]
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目名称", "城南管网改造项目"],
        ["项目资金（万元）", "资金来源", "全年预算数", "全年执行数"],
        ["年度资金总额", "20,400.00", "19,342.30"],
    ]
    figure = next(c for row in table.rows for c in row if c.text == "19,342.30")
    assert figure.col_header == "全年执行数"


@pytest.mark.parametrize(
    "lines, tables",
    [
        # a 收入支出决算总表 laid out with tab stops: one four-column table
        (["收入\t决算数\t支出\t决算数", "一、财政拨款收入\t1,352.18\t一、社会保障和就业支出\t1,313.82", "\t\t三、住房保障支出\t41.52", "总计\t1,429.29\t总计\t1,429.29"], 1),
        # a 目录 with tab leaders to page numbers: two columns, paragraphs
        (["一、部门概况\t3", "二、收入支出决算总体情况\t5", "三、财政拨款支出决算情况\t8"], 0),
        # two tabbed lines are too few to call a table
        (["收入\t决算数\t支出", "一、财政拨款收入\t1,352.18\t一、社会保障和就业支出"], 0),
    ],
)
def test_loaders_docx_tab_aligned_paragraphs_read_as_a_table(tmp_path, lines, tables):
    document = docx.Document()
    document.add_paragraph("一、收入支出决算总体情况")
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("二、财政拨款支出决算情况")
    path = tmp_path / "tabs.docx"
    document.save(str(path))
    loaded = load(path)
    assert len(loaded.tables) == tables
    if tables:
        assert [c.text for c in loaded.tables[0].rows[2]] == ["", "", "三、住房保障支出", "41.52"]


def test_loaders_docx_nested_table_keeps_vertically_merged_cells_in_their_column(tmp_path):
    # the inner 资金来源 cell spans two rows: the second row's figures stay under their own headers
    document = docx.Document()
    outer = document.add_table(rows=1, cols=5)
    outer.cell(0, 0).text = "项目资金（万元）"
    holder = outer.cell(0, 1).merge(outer.cell(0, 4))
    inner = holder.add_table(rows=3, cols=4)
    for r, row in enumerate([["资金来源", "类别", "全年预算数", "全年执行数"], ["财政资金", "中央", "300.00", "280.00"], ["", "市级", "100.00", "90.00"]]):
        for c, value in enumerate(row):
            if value:
                inner.cell(r, c).text = value
    inner.cell(1, 0).merge(inner.cell(2, 0))
    path = tmp_path / "nested_vmerge.docx"
    document.save(str(path))
    table = load(path).tables[0]
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目资金（万元）", "资金来源", "类别", "全年预算数", "全年执行数"],
        ["财政资金", "中央", "300.00", "280.00"],
        ["市级", "100.00", "90.00"],
    ]
    figure = next(c for row in table.rows for c in row if c.text == "90.00")
    assert figure.col_header == "全年执行数"
    assert next(c for row in table.rows for c in row if c.text == "市级").col == 2
    assert next(c for row in table.rows for c in row if c.text == "财政资金").row_span == 2


def _vml_box(inner_xml: str) -> str:
    return f'<w:pict><v:shape xmlns:v="{_V_NS}"><v:textbox><w:txbxContent>{inner_xml}</w:txbxContent></v:textbox></v:shape></w:pict>'


def test_loaders_docx_text_box_inside_a_text_box_reads_after_its_anchor(tmp_path):
    from docx.oxml import parse_xml

    inner = _vml_box("<w:p><w:r><w:t>自评得分：95.81分</w:t></w:r></w:p>")
    outer = _vml_box(f"<w:p><w:r><w:t>全年支出数：3,327.62万元</w:t></w:r><w:r>{inner}</w:r></w:p>")
    document = docx.Document()
    document.add_paragraph("自评主要数据")._p.append(parse_xml(f'<w:r xmlns:w="{_W_NS}">{outer}</w:r>'))
    document.add_paragraph("一、部门概况")
    path = tmp_path / "box_in_box.docx"
    document.save(str(path))
    assert load(path).text == "自评主要数据\n全年支出数：3,327.62万元\n自评得分：95.81分\n一、部门概况"


def test_loaders_docx_text_box_in_a_table_cell_is_the_cells_text(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 0).text = "指标", "得分", "预算执行率"
    table.cell(1, 1).paragraphs[0]._p.append(
        parse_xml(f'<w:r xmlns:w="{_W_NS}">{_vml_box("<w:p><w:r><w:t>9.74</w:t></w:r></w:p>")}</w:r>')
    )
    path = tmp_path / "box_in_cell.docx"
    document.save(str(path))
    cell = load(path).tables[0].rows[1][1]
    assert (cell.text, cell.col_header) == ("9.74", "得分")


def test_loaders_docx_nested_table_wider_than_its_cell_keeps_one_cell_per_column(tmp_path):
    # four inner columns in a two-column holder: the extra ones join the last column, and a cell
    # merged across two inner columns is cut short there rather than overlapping it
    document = docx.Document()
    outer = document.add_table(rows=2, cols=3)
    outer.cell(0, 0).text = "项目名称"
    outer.cell(0, 1).merge(outer.cell(0, 2)).text = "城乡医疗救助项目"
    outer.cell(1, 0).text = "项目资金（万元）"
    inner = outer.cell(1, 1).merge(outer.cell(1, 2)).add_table(rows=3, cols=4)
    for r, row in enumerate([["资金来源", "年初预算数", "全年预算数", "全年执行数"], ["年度资金总额", "", "120.00", "110.00"], ["其中：财政拨款", "100.00", "120.00", "110.00"]]):
        for c, value in enumerate(row):
            if value:
                inner.cell(r, c).text = value
    inner.cell(1, 0).merge(inner.cell(1, 1))
    path = tmp_path / "nested_wide.docx"
    document.save(str(path))
    for row in load(path).tables[0].rows:
        columns = [col for cell in row for col in range(cell.col, cell.col + cell.col_span)]
        assert len(columns) == len(set(columns)), [(c.text, c.col, c.col_span) for c in row]
