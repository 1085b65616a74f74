"""HTML reports: visible text in reading order, scripts and styles dropped, tables kept as tables."""

from __future__ import annotations

from pathlib import Path

import regex

from ..regexes import compile_pattern
from ..document import Document
from ..errors import LoadError
from ..structure.tables import is_numeric_cell
from .compose import GridCell, Paragraph, TableGrid, document_from_items
from .encoding import UndecodableText, decode_report_bytes

_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe", "object", "button", "select", "option"}
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "address", "form", "fieldset",
    "caption", "center", "hr", "body", "html",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_META_CHARSET = compile_pattern(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", regex.IGNORECASE)
_XML_DECLARATION = compile_pattern(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = compile_pattern(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def load_html(path: Path, data: bytes) -> Document:
    """Read an HTML page into a Document.

    Example: ``<h2>一、单位概况</h2><table><tr><td>基本支出</td><td>569.44</td></tr></table>`` gives a
    section ``单位概况`` and a one-row table.
    """
    import lxml.html
    from lxml import etree

    markup = _decode(path, data)
    try:
        root = lxml.html.fromstring(_XML_DECLARATION.sub("", markup) or "<html></html>")
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(str(path), f"not parseable HTML ({exc})") from None
    walker = _Walker()
    walker.visit(root)
    walker.flush()
    if not any(isinstance(item, TableGrid) or item.text.strip() for item in walker.items):
        raise LoadError(str(path), "HTML page has no visible text")
    return document_from_items(str(path), "html", walker.items)


def _decode(path: Path, data: bytes) -> str:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_report_bytes(data)[0]
    except UndecodableText as exc:
        raise LoadError(str(path), str(exc)) from None


def _hidden(element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or "")) or (
        element.get("aria-hidden") == "true" and element.tag in ("span", "div")
    )


class _Walker:
    """Collects paragraphs and tables from an lxml tree in document order."""

    def __init__(self):
        self.items: list[Paragraph | TableGrid] = []
        self._buffer: list[str] = []
        self._level: int | None = None

    def flush(self) -> None:
        text = "".join(self._buffer)
        if text.strip():
            self.items.append(Paragraph(regex.sub(r"[ \t\r\n\f\v]+", " ", text).strip(), self._level))
        self._buffer = []
        self._level = None

    def visit(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in _INVISIBLE or _hidden(element):
            self._tail(element)
            return
        if tag == "table" and _is_layout_table(element):
            # a portal page set out in one big table: its cells hold the article, read as text
            self.flush()
            for cell in _own_cells(element):
                self.flush()
                if cell.text:
                    self._buffer.append(cell.text)
                for child in cell:
                    self.visit(child)
                self.flush()
            self._tail(element)
            return
        if tag == "table":
            self.flush()
            caption = _caption_of(element)
            if caption:
                # <caption>表1 …（单位：万元）</caption>: the table's title and unit, read before it
                self.items.append(Paragraph(caption))
            self.items.append(_table_grid(element))
            self._tail(element)
            return
        if tag == "br":
            self.flush()
            self._tail(element)
            return
        block = tag in _BLOCKS
        if block:
            self.flush()
            if tag in _HEADINGS:
                self._level = _HEADINGS[tag]
        if element.text:
            self._buffer.append(element.text)
        children = list(element)
        index = 0
        while index < len(children):
            grid = _grid_run(children, index) if block else []
            if grid:
                # <div class="tr"><span class="td">基本支出</span><span class="td">569.44</span></div> …:
                # rows laid out as a grid by CSS, read as the table they show
                self.flush()
                self.items.append(TableGrid([[GridCell(text) for text in row] for row in grid]))
                self._tail(children[index + len(grid) - 1])
                index += len(grid)
                continue
            self.visit(children[index])
            index += 1
        if block:
            self.flush()
        self._tail(element)

    def _tail(self, element) -> None:
        if element.tail:
            self._buffer.append(element.tail)


_ROW_TAGS = {"div", "li", "p", "section"}
_CELL_TAGS = {"span", "div", "p", "b", "strong", "em", "i", "font", "label", "small"}
_FIGURE = compile_pattern(r"^[-+−]?[\d,，.]+%?$")


def _cells_of_row(element) -> list | None:
    """The cells of an element laid out as a table row — two or more leaf children and no text of
    its own between them — or ``None``."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag not in _ROW_TAGS or _hidden(element) or (element.text or "").strip():
        return None
    cells = [child for child in element if isinstance(child.tag, str)]
    if len(cells) < 2 or any(
        child.tag.lower() not in _CELL_TAGS or (child.tail or "").strip()
        or any(isinstance(inner.tag, str) and inner.tag.lower() in _BLOCKS | {"table"} for inner in child.iterdescendants())
        for child in cells
    ):
        return None
    return cells


def _grid_run(children: list, start: int) -> list[list[str]]:
    """The cell texts of the sibling elements from ``start`` that are rows of one grid: two or more
    rows of the same number of cells, with a figure in some row after the first (a menu or a
    signature block is no table); empty when there is none."""
    rows: list[list[str]] = []
    for child in children[start:]:
        cells = _cells_of_row(child)
        if cells is None or (rows and len(cells) != len(rows[0])):
            break
        rows.append([_cell_text(cell) for cell in cells])
    if len(rows) < 2 or not any(_FIGURE.match(text) for row in rows[1:] for text in row):
        return []
    return rows


def _cell_text(cell) -> str:
    parts: list[str] = []

    def collect(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and (tag in _INVISIBLE or _hidden(node)):
            if node.tail:
                parts.append(node.tail)
            return
        # block-level children and the cells of a nested table are separated, not glued together
        if tag in ("br", "p", "div", "li", "tr", "td", "th") and parts:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        for child in node:
            collect(child)
        if node.tail and node is not cell:
            parts.append(node.tail)

    collect(cell)
    return regex.sub(r"\s+", " ", "".join(parts)).strip()


def _table_grid(table) -> TableGrid:
    """Place td/th cells on a grid honouring rowspan and colspan."""
    rows = [tr for tr in table.iter("tr") if _owning_table(tr) is table]
    # a <tfoot> (the 合计 row) shows below the body wherever the markup puts it
    rows.sort(key=lambda tr: _in_footer(tr, table))
    grid: dict[tuple[int, int], GridCell | None] = {}
    width = 0
    rows = [row for tr in rows for row in _unstacked(tr)]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if isinstance(cell, str):  # one line of a column stacked with <br>
                grid[(r, c)] = GridCell(cell)
                c += 1
                width = max(width, c)
                continue
            tag = cell.tag.lower() if isinstance(cell.tag, str) else ""
            if tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            row_span = _span(cell.get("rowspan"))
            col_span = _span(cell.get("colspan"))
            grid[(r, c)] = GridCell(_cell_text(cell), row_span, col_span)
            for dr in range(row_span):
                for dc in range(col_span):
                    if dr or dc:
                        grid.setdefault((r + dr, c + dc), None)
            c += col_span
            width = max(width, c)
    out = []
    for r in range(len(rows)):
        row_width = max((c + 1 for (rr, c) in grid if rr == r), default=0)
        out.append([grid.get((r, c)) for c in range(row_width)])
    return TableGrid(out)


def _unstacked(tr) -> list:
    """A row as the page shows it: one ``<tr>`` whose cells each stack a column's values with
    ``<br>`` (``<td>合计<br>公务接待费</td><td>123,000.00<br>45,000.00</td>``, as some CMS render
    tables) is that many rows, line by line; any other row is itself."""
    cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
    if any(_span(cell.get("rowspan")) > 1 or _span(cell.get("colspan")) > 1 for cell in cells):
        return [tr]
    stacks = [_br_lines(cell) for cell in cells]
    stacked = [lines for lines in stacks if len(lines) > 1]
    figures = any(sum(1 for line in lines if is_numeric_cell(line)) >= 2 for lines in stacked)
    if len(stacked) < 2 or not figures:
        return [tr]  # a header wrapped onto two lines (年初<br>预算数) is still one cell
    depth = max(len(lines) for lines in stacks)
    return [[lines[i] if i < len(lines) else "" for lines in stacks] for i in range(depth)]


def _br_lines(cell) -> list[str]:
    """A cell's text split at its ``<br>`` elements, each line with its spaces collapsed; a
    trailing ``<br>`` leaves an empty last line."""
    lines: list[list[str]] = [[]]

    def collect(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag and (tag in _INVISIBLE or _hidden(node)):
            if node.tail:
                lines[-1].append(node.tail)
            return
        if tag == "br":
            lines.append([])
        elif node.text:
            lines[-1].append(node.text)
        for child in node:
            collect(child)
        if node.tail and node is not cell:
            lines[-1].append(node.tail)

    collect(cell)
    return [regex.sub(r"\s+", " ", "".join(parts)).strip() for parts in lines]


_LAYOUT_CONTENT = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "form"})
_LAYOUT_PARAGRAPHS = 2


def _is_layout_table(table) -> bool:
    """Whether a table lays out a page rather than holding data: one of its own cells holds
    another table, a heading or a list, or two or more paragraphs."""
    for cell in _own_cells(table):
        paragraphs = 0
        for node in cell.iterdescendants():
            tag = node.tag.lower() if isinstance(node.tag, str) else ""
            if tag in _LAYOUT_CONTENT:
                return True
            if tag == "p" and (node.text or "").strip():
                paragraphs += 1
                if paragraphs >= _LAYOUT_PARAGRAPHS:
                    return True
    return False


def _own_cells(table) -> list:
    """The td/th cells of ``table`` itself, not of the tables nested in them."""
    return [
        cell for tr in table.iter("tr") if _owning_table(tr) is table
        for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")
    ]


def _caption_of(table) -> str:
    """The text of a table's own <caption>, or ""."""
    caption = next((child for child in table if isinstance(child.tag, str) and child.tag.lower() == "caption"), None)
    return "" if caption is None else _cell_text(caption)


def _in_footer(tr, table) -> bool:
    node = tr.getparent()
    while node is not None and node is not table:
        if isinstance(node.tag, str) and node.tag.lower() == "tfoot":
            return True
        node = node.getparent()
    return False


def _owning_table(tr):
    node = tr.getparent()
    while node is not None and (not isinstance(node.tag, str) or node.tag.lower() != "table"):
        node = node.getparent()
    return node


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
