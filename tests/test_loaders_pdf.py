"""extractor.loaders.pdf: PDFs generated with reportlab (CID font STSong-Light)."""

from __future__ import annotations

import pytest

from extractor import LoadError, load

BEFORE = "我单位2023年初预算总收入为673.60万元，年中追加预算824.88万元。"
AFTER = "以上为2023年度收支明细，数据均已公开。"
TABLE = [
    ["项目", "年初预算", "执行数"],
    ["基本支出", "569.44", "600.00"],
    ["项目支出", "104.16", "98.00"],
]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory, make_pdf):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    make_pdf(
        path,
        [
            ("h", "一、单位概况"),
            ("h", "（一）基本情况"),
            ("p", BEFORE),
            ("table", TABLE),
            ("p", AFTER),
            ("h", "二、整体支出管理及使用情况"),
            ("p", "全年总支出为1498.48万元。"),
        ],
    )
    return load(path)


def test_loaders_pdf_format(report_pdf):
    assert report_pdf.format == "pdf"
    assert report_pdf.encoding is None


def test_loaders_pdf_section_titles(report_pdf):
    assert [(s.level, s.number, s.title) for s in report_pdf.iter_sections()] == [
        (1, "一、", "单位概况"),
        (2, "（一）", "基本情况"),
        (1, "二、", "整体支出管理及使用情况"),
    ]


def test_loaders_pdf_paragraph_text_and_offsets(report_pdf):
    lines = report_pdf.text.split("\n")
    assert BEFORE in lines and AFTER in lines
    start = report_pdf.text.index("824.88")
    assert report_pdf.text[start:start + 6] == "824.88"
    block = next(b for b in report_pdf.blocks if b.start <= start < b.end)
    assert report_pdf.text[block.start:block.end] == BEFORE


def test_loaders_pdf_table_cells_in_reading_order(report_pdf, cell_texts):
    (table,) = report_pdf.tables
    assert table.layout == "pdf"
    assert cell_texts(table) == TABLE
    for cell in table.cells:
        assert report_pdf.text[cell.start:cell.end] == cell.text
    value = table.rows[1][1]
    assert (value.text, value.row_header, value.col_header) == ("569.44", "基本支出", "年初预算")


def test_loaders_pdf_table_between_its_paragraphs(report_pdf):
    (table,) = report_pdf.tables
    text = report_pdf.text
    before_end = text.index(BEFORE) + len(BEFORE)
    after_start = text.index(AFTER)
    assert before_end < table.start < table.end < after_start
    assert text[before_end:table.start] == "\n"
    assert text[table.end:after_start] == "\n"


def test_loaders_pdf_table_is_inside_its_section(report_pdf):
    (table,) = report_pdf.tables
    path = report_pdf.section_path(table.start)
    assert [(s.number, s.title) for s in path] == [("一、", "单位概况"), ("（一）", "基本情况")]


def test_loaders_pdf_encrypted_raises(tmp_path, cjk_font):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt=StandardEncryption("userpw", canPrint=0))
    pdf.setFont(cjk_font, 12)
    pdf.drawString(72, 720, "一、单位概况")
    pdf.save()
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: encrypted PDF: a password is required to read it"


def test_loaders_pdf_image_only_raises(tmp_path):
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    image_path = tmp_path / "scan.png"
    image = Image.new("RGB", (240, 120), "white")
    ImageDraw.Draw(image).rectangle([20, 20, 220, 100], outline="black", width=3)
    image.save(image_path)
    path = tmp_path / "scanned.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(str(image_path), 72, 600, width=240, height=120)
    pdf.save()
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: has no text layer (a scanned PDF?): run OCR first"


def test_loaders_pdf_blank_page_raises(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.showPage()
    pdf.save()
    with pytest.raises(LoadError, match="has no text layer$"):
        load(path)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.4\ngarbage garbage \x01\x02\x03\n" * 8, id="pdf-header-then-garbage"),
        pytest.param(bytes(range(1, 256)) * 4, id="random-bytes"),
        pytest.param("一、单位概况\n这不是PDF文件。\n".encode("utf-8"), id="text"),
    ],
)
def test_loaders_pdf_garbage_raises(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "PDF" in caught.value.reason
    assert "Traceback" not in message


def test_loaders_pdf_truncated_raises(tmp_path, make_pdf):
    whole = make_pdf(tmp_path / "whole.pdf", [("h", "一、单位概况"), ("p", BEFORE)]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value).startswith(f"{path}: not a readable PDF (")


LONG = (
    "经自评，本项目2023年度绩效自评得分为94.50分，评价等级为“优”。其中：预算执行率得分9.82分，"
    "产出指标得分49.77分，效益指标得分25.00分，满意度指标得分9.91分。本项目共设置三级绩效指标14个，"
    "其中定量指标12个、定性指标2个；未达到年度指标值的定量指标3个，分别为65岁及以上老年人健康管理率、"
    "肺结核患者管理率、服务对象满意度。"
)


@pytest.mark.parametrize("filler", [0, 38])
def test_loaders_pdf_wrapped_lines_are_one_paragraph(tmp_path, make_pdf, filler):
    # filler paragraphs push LONG across a page break in the second case
    items = [("p", "全年完成在网警报器巡检维护312台，新建更新多媒体电声警报器24台，均达到年度目标。")] * filler
    path = make_pdf(tmp_path / "wrapped.pdf", [("h", "三、综合评价结论"), *items, ("p", LONG), ("h", "四、绩效指标完成情况分析"), ("p", "1.数量指标：全区累计建立居民电子健康档案35.46万份。")])
    lines = load(path).text.split("\n")
    assert LONG in lines
    assert "四、绩效指标完成情况分析" in lines and "1.数量指标：全区累计建立居民电子健康档案35.46万份。" in lines


def test_loaders_pdf_two_columns_read_column_by_column(tmp_path, cjk_font):
    # a full-width title over two columns of wrapped lines: the left column is read to its end
    # before the right one, not line by line across both
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    left = ["一、基本情况", "全市共辖8个县（区），分别为汝东区、", "汝西区、北湖区、槐店县、泥河县、商", "桥县、白塔县、柳沟县。本决算为全市", "汇总数，保险费由税务部门征收。",
            "二、基金收入情况", "2024年全市基金收入合计808,677.85", "万元，完成预算的101.83%，比上年增", "长5.87%，主要是参保人数增加。"]
    right = ["三、基金支出情况", "2024年全市基金支出合计780,552.96", "万元，完成预算的99.65%，比上年增", "长5.61%，主要是待遇调整。其中基本", "养老金688,420.36万元。",
             "四、基金结余情况", "当年收支结余28,124.89万元，年末滚", "存结余264,543.51万元，可支付4.5个", "月。"]
    path = tmp_path / "columns.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(cjk_font, 16)
    page.drawString(100, 800, "汝阴市企业职工基本养老保险基金2024年度决算情况说明")
    page.setFont(cjk_font, 10.5)
    for row, (a, b) in enumerate(zip(left, right)):
        y = 760 - row * 16
        page.drawString(57, y, a)
        page.drawString(323, y, b)
    page.save()
    text = load(path).text
    assert text.index("一、基本情况") < text.index("二、基金收入情况") < text.index("三、基金支出情况") < text.index("四、基金结余情况")
    assert "2024年全市基金收入合计808,677.85万元，完成预算的101.83%，比上年增长5.87%，主要是参保人数增加。" in text
    assert text.startswith("汝阴市企业职工基本养老保险基金2024年度决算情况说明\n一、基本情况")  # the title whole
    assert "当年收支结余28,124.89万元，年末滚存结余264,543.51万元，可支付4.5个月。" in text.replace("\n", "")


def test_loaders_pdf_table_without_rules_is_not_read_as_two_columns(tmp_path, cjk_font):
    # a table drawn without rules leaves a gap in mid-page on every row, as a column gutter
    # does; its rows are still read across, label and figures on one line
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rows = [("社会保障和就业支出", "1,260.00", "1,236.84", "98.16"), ("城乡社区支出", "136,800.00", "124,468.87", "90.99"),
            ("其中：国有土地使用权出让收入安排的支出", "", "74,418.27", ""), ("国有土地收益基金安排的支出", "", "2,186.40", ""),
            ("农业土地开发资金安排的支出", "", "412.90", ""), ("城市基础设施配套费安排的支出", "", "3,844.78", ""),
            ("污水处理费安排的支出", "", "2,106.52", ""), ("专项债券收入安排的支出", "", "41,500.00", ""),
            ("农林水支出", "12,650.00", "12,598.16", "99.59"), ("其他支出", "860.00", "804.52", "93.55")]
    path = tmp_path / "unruled.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(cjk_font, 10.5)
    page.drawString(57, 800, "表2 2024年政府性基金预算支出执行表")
    for row, (label, budget, spent, rate) in enumerate(rows):
        y = 770 - row * 17
        page.drawString(57, y, label)
        for x, cell in ((330, budget), (420, spent), (500, rate)):
            if cell:
                page.drawRightString(x, y, cell)
    page.save()
    lines = load(path).text.split("\n")
    assert "城乡社区支出 136,800.00 124,468.87 90.99" in lines
    assert "国有土地收益基金安排的支出 2,186.40" in lines


@pytest.mark.parametrize(
    "line,row",
    [
        ("污水处理费收入 2,150.00 2,263.18 105.26 2,048.65 10.47", True),
        ("项目 调整预算数 执行数 完成% 上年执行数 增长%", True),
        ("合计 146,370.00 139,242.21 95.13 154,308.95 -9.76", True),
        ("上级补助收入 2,385.60 调出资金 8,600.00", True),  # a 收支平衡表 set side by side
        ("上级补助收入 2,385.60 调出资金", False),
        ("2023 年全年预算支出金额共计 82.35 万元，其中基本支出 80.10 万元", False),
        ("本年度未安排因公出国（境）团组，支出为零。", False),
    ],
)
def test_pdf_line_of_a_table_without_rules_is_not_joined_into_a_paragraph(line, row):
    from extractor.loaders.pdf import _is_table_row

    assert _is_table_row(line) is row
