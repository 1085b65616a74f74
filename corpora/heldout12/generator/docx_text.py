# -*- coding: utf-8 -*-
"""Visible text of a .docx: body paragraphs and table cells in document order.
Each <w:tc> element is visited once (merged cells are not repeated)."""
from docx import Document
from docx.oxml.ns import qn


def _para_text(p_el):
    return "".join(t.text or "" for t in p_el.iter(qn("w:t")))


def docx_blocks(path):
    """List of text blocks: one per body paragraph, one per table cell (w:tc)."""
    doc = Document(path)
    blocks = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            blocks.append(_para_text(el))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                blocks.append("\n".join(_para_text(p) for p in tc.iter(qn("w:p"))))
    return blocks


def docx_visible_text(path):
    return "\n".join(docx_blocks(path))


def docx_naive_text(path):
    """What a naive python-docx reader sees (merged cells repeated)."""
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)
