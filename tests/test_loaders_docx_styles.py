"""extractor.loaders.docx_styles: a paragraph's style, looked up once per style id."""

from __future__ import annotations

import docx
import pytest

from extractor.loaders.docx_styles import paragraph_style


@pytest.fixture(scope="module")
def paragraphs():
    document = docx.Document()
    document.add_heading("一、单位概况", level=1)
    document.add_paragraph("我单位2023年初预算总收入为673.60万元。")
    document.add_heading("二、预算执行", level=1)
    document.add_paragraph("全年支出1,498.48万元。")
    return document.paragraphs


@pytest.mark.parametrize("index, name", [(0, "Heading 1"), (1, "Normal"), (2, "Heading 1"), (3, "Normal")])
def test_paragraph_style_is_python_docx_style(paragraphs, index, name):
    assert paragraph_style(paragraphs[index]).name == name == paragraphs[index].style.name


def test_paragraph_style_is_looked_up_once_per_style_id(paragraphs):
    assert paragraph_style(paragraphs[0]) is paragraph_style(paragraphs[2])
    assert paragraph_style(paragraphs[1]) is paragraph_style(paragraphs[3])
