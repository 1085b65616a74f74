"""Shared fixtures: the seed reports and builders of small .docx / .pdf reports.

The five real seed reports live in ``../shared/seeds/`` beside the repository (CI checks out
``shared`` next to it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extractor import Document, load

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

SEED_FILES = {
    "000": "000_481fe573c2d24300.txt",
    "001": "001_900203f525f79846.txt",
    "002": "002_cd7f2cff915a66a5.txt",
    "003": "003_b24b32566d30b840.txt",
    "004": "004_ef1cb9aaacb3619b.txt",
}


def seed_path(key: str) -> Path:
    path = SEEDS / SEED_FILES[key]
    if not path.exists():
        pytest.fail(f"seed report missing: {path} (../shared/seeds must sit beside the repository)")
    return path


@lru_cache(maxsize=None)
def _load_seed(key: str) -> Document:
    return load(seed_path(key))


@pytest.fixture(scope="session")
def seed_doc():
    """``seed_doc("001")`` -> the loaded Document of that seed (loaded once per session)."""
    return _load_seed


@pytest.fixture(scope="session")
def seed_file():
    """``seed_file("001")`` -> the Path of that seed."""
    return seed_path


# --- builders -------------------------------------------------------------------------------


def build_docx(path: Path, items: list) -> Path:
    """Write a .docx from items: ``("h1", text)``, ``("h2", text)``, ``("p", text)``,
    ``("list", text)`` (style List Number) and ``("table", rows)``."""
    import docx

    document = docx.Document()
    for kind, payload in items:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(payload, level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(payload)
        elif kind == "list":
            document.add_paragraph(payload, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        else:
            raise ValueError(kind)
    document.save(str(path))
    return path


_CJK_FONT = "STSong-Light"


def _register_cjk_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if _CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_CJK_FONT))


def build_pdf(path: Path, items: list) -> Path:
    """Write a PDF with reportlab platypus from items: ``("h", text)`` (a larger heading line),
    ``("p", text)`` and ``("table", rows)`` (a ruled table, GRID style)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_cjk_font()
    body = ParagraphStyle("body", fontName=_CJK_FONT, fontSize=11, leading=16)
    heading = ParagraphStyle("heading", fontName=_CJK_FONT, fontSize=14, leading=20)
    story = []
    for kind, payload in items:
        if kind == "h":
            story.append(Paragraph(payload, heading))
        elif kind == "p":
            story.append(Paragraph(payload, body))
        elif kind == "table":
            story.append(Spacer(1, 6))
            story.append(
                Table(
                    payload,
                    style=TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("FONTNAME", (0, 0), (-1, -1), _CJK_FONT),
                        ]
                    ),
                )
            )
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.fixture(scope="session")
def make_docx():
    return build_docx


@pytest.fixture(scope="session")
def make_pdf():
    return build_pdf


@pytest.fixture(scope="session")
def cjk_font():
    """Registers the CID font STSong-Light with reportlab and returns its name."""
    _register_cjk_font()
    return _CJK_FONT


def table_texts(table) -> list[list[str]]:
    """A table's cell texts row by row."""
    return [[cell.text for cell in row] for row in table.rows]


@pytest.fixture(scope="session")
def cell_texts():
    return table_texts
