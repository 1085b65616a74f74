"""Turning loader output into a Document.

Plain text keeps its decoded text verbatim and finds its tables by pattern.  Structured sources
(docx, pdf, html) hand over :class:`Paragraph` and :class:`TableGrid` items in body order; they
are written out as one paragraph per line and one table row per line with TAB-separated cells, so
the text that ``jiaohe extract --format text`` prints loads back as the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field


from ..regexes import compile_pattern
from ..document import Block, Document, Table
from ..normalize import normalize_view
from ..structure.flat_tables import find_flat_tables
from ..structure.lines import split_lines, trimmed
from ..structure.sections import build_sections
from ..structure.tables import CellSpan, assemble_table

_BREAKS = compile_pattern(r"[\t\r\n\u2028\u2029\v\f]+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph from a structured source; ``heading_level`` from its style or tag, if any."""

    text: str
    heading_level: int | None = None


@dataclass(frozen=True, slots=True)
class GridCell:
    """A table cell as the source gives it, with its merge extent."""

    text: str
    row_span: int = 1
    col_span: int = 1


@dataclass
class TableGrid:
    """Rows of a table; ``None`` marks a grid position covered by a merged cell."""

    rows: list[list[GridCell | None]] = field(default_factory=list)


def one_line(text: str) -> str:
    """Paragraph or cell text on one line: TABs and line breaks become single spaces.

    >>> one_line("预算执行情况\\n(万元)")
    '预算执行情况 (万元)'
    """
    return _BREAKS.sub(" ", text).strip()


def document_from_text(source: str, fmt: str, text: str, encoding: str | None = None) -> Document:
    """A Document over a plain text, tables recognised where their layout is clear.

    Example: ``document_from_text("a.txt", "txt", "一、单位概况\\n（一）基本情况。")`` has one
    top-level section ``单位概况`` with the child ``基本情况``.
    """
    view = normalize_view(text)
    lines = split_lines(text)
    flat = find_flat_tables(text, view, lines)
    consumed: set[int] = set()
    for found in flat:
        consumed.update(range(found.first_line, found.last_line + 1))
    blocks = [
        Block("paragraph", *trimmed(text, line.start, line.end))
        for index, line in enumerate(lines)
        if index not in consumed and view[line.start:line.end].strip()
    ]
    tables = tuple(found.table for found in flat)
    return _finish(source, fmt, text, view, blocks, tables, encoding)


def document_from_items(source: str, fmt: str, items: list[Paragraph | TableGrid]) -> Document:
    """A Document from paragraphs and tables in body order (docx, pdf, html)."""
    parts: list[str] = []
    cursor = 0
    blocks: list[Block] = []
    pending_tables: list[list[list[CellSpan | None]]] = []

    def emit(line: str) -> tuple[int, int]:
        nonlocal cursor
        if parts:
            parts.append("\n")
            cursor += 1
        start = cursor
        parts.append(line)
        cursor += len(line)
        return start, cursor

    for item in items:
        if isinstance(item, Paragraph):
            line = one_line(item.text)
            if line:
                start, end = emit(line)
                blocks.append(Block("paragraph", start, end, heading_level=item.heading_level))
            continue
        rows: list[list[CellSpan | None]] = []
        for grid_row in item.rows:
            texts = ["" if cell is None else one_line(cell.text) for cell in grid_row]
            if not grid_row:
                continue
            start, _ = emit("\t".join(texts))
            spans: list[CellSpan | None] = []
            offset = start
            for cell, cell_text in zip(grid_row, texts):
                spans.append(None if cell is None else CellSpan(offset, offset + len(cell_text), cell.row_span, cell.col_span))
                offset += len(cell_text) + 1
            rows.append(spans)
        if rows:
            pending_tables.append(rows)
    text = "".join(parts)
    tables = []
    for rows in pending_tables:
        table = assemble_table(text, rows, fmt)
        tables.append(table)
    return _finish(source, fmt, text, normalize_view(text), blocks, tuple(tables), None)


def _finish(source, fmt, text, view, blocks, tables: tuple[Table, ...], encoding) -> Document:
    cell_blocks = [
        Block("cell", cell.start, cell.end, table=index) for index, table in enumerate(tables) for cell in table.cells
    ]
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    ordered = tuple(sorted(paragraphs + cell_blocks, key=lambda b: (b.start, b.end)))
    sections = build_sections(text, view, paragraphs)
    document = Document(
        source=source, format=fmt, text=text, blocks=ordered, tables=tables, sections=sections, encoding=encoding
    )
    document.__dict__["normalized"] = view
    return document
