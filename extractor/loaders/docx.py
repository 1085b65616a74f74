"""Word .docx reports: paragraphs and tables in body order, merged cells, generated list numbers.

Headers and footers live in other parts of the package and are not read into the body. Tracked
changes are read as Word shows them after "accept all": inserted runs are text, deleted runs are not.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import regex

from ..regexes import compile_pattern
from ..document import Document
from ..errors import LoadError
from .compose import GridCell, Paragraph, TableGrid, document_from_items
from ..structure.tables import is_numeric_cell
from .continued_tables import join_continued_tables
from .docx_numbering import NumberingRenderer
from .docx_styles import paragraph_style

_HEADING_STYLE = compile_pattern(r"^(?:heading|标题)\s*(\d)$", regex.IGNORECASE)


def load_docx(path: Path) -> Document:
    """Read a .docx into a Document.

    Example: a document whose first paragraph has style "Heading 1" and text "一、单位概况" gives a
    top-level section titled ``单位概况``.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise LoadError(str(path), f"not a valid .docx (truncated or corrupt package: {exc.__class__.__name__})") from None
    except (ValueError, OSError) as exc:
        raise LoadError(str(path), f"not a valid .docx ({exc})") from None
    numbering = NumberingRenderer(word)
    items: list[Paragraph | TableGrid] = []
    for block in _body_blocks(word):
        if block.__class__.__name__ == "Paragraph":
            items.append(Paragraph(numbering.label(block) + paragraph_text(block._p), heading_level=_heading_level(block)))
            items.extend(_boxed_items(word, block, numbering))
        else:
            items.append(_table_grid(block))
    return document_from_items(str(path), "docx", join_continued_tables(tab_aligned_tables(items)))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MIN_TAB_ROWS = 3


def _boxed_items(word, paragraph, numbering) -> list:
    """The paragraphs and tables of the text boxes anchored in ``paragraph``, read after it, once
    each; a box inside a box reads after the paragraph of the outer box that anchors it."""
    items: list = []
    for box in text_boxes(paragraph._p):
        for inner in _body_blocks(word, box, paragraph._parent):
            if inner.__class__.__name__ == "Paragraph":
                items.append(Paragraph(numbering.label(inner) + paragraph_text(inner._p)))
                items.extend(_boxed_items(word, inner, numbering))
            else:
                items.append(_table_grid(inner))
    return items


def _lines_with_boxes(element) -> list[str]:
    """A paragraph's text, then the text of each text box anchored in it (inner boxes too), a line
    per paragraph: how a table cell holding a text box reads.

    Example: a cell paragraph ``自评得分`` anchoring a box ``95.81分`` reads ``自评得分`` / ``95.81分``.
    """
    lines = [paragraph_text(element)]
    for box in text_boxes(element):
        for inner in box.iter(_W + "p"):
            if _nearest_box(inner) is box:
                lines.extend(_lines_with_boxes(inner))
    return lines


def _nearest_box(element):
    return next((a for a in element.iterancestors() if a.tag == _TEXT_BOX), None)


def tab_aligned_tables(items: list) -> list:
    """Runs of three or more body paragraphs laid out in columns with tab stops, at least one of
    them with three or more columns and a figure, read as the table they show.

    Example: ``收　入\\t决算数\\t支　出\\t决算数`` / ``一、财政拨款收入\\t1,352.18\\t一、社会保障和就业支出\\t1,313.82``
    / ``\\t\\t三、住房保障支出\\t41.52`` become a four-column table; a 目录's ``一、部门概况\\t3`` lines
    (two columns) stay paragraphs.
    """
    out: list = []
    run: list[Paragraph] = []

    def flush() -> None:
        rows = [p.text.split("\t") for p in run]
        if len(run) >= _MIN_TAB_ROWS and any(len(r) >= 3 and any(is_numeric_cell(c.strip()) for c in r if c.strip()) for r in rows):
            width = max(len(r) for r in rows)
            out.append(TableGrid([[GridCell(c.strip()) for c in r + [""] * (width - len(r))] for r in rows]))
        else:
            out.extend(run)
        run.clear()

    for item in items:
        if isinstance(item, Paragraph) and "\t" in item.text.strip("\n") and item.heading_level is None:
            run.append(item)
            continue
        flush()
        out.append(item)
    flush()
    return out


def _body_blocks(word, container=None, parent=None):
    """The body's paragraphs and tables in order, including those inside block-level content
    controls (``w:sdt``: a cover page, a 目录), which python-docx's own iteration passes over; or
    those of ``container`` (a text box's ``w:txbxContent``)."""
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

    def walk(container, parent):
        for child in container.iterchildren():
            if child.tag == _W + "p":
                yield WordParagraph(child, parent)
            elif child.tag == _W + "tbl":
                yield WordTable(child, parent)
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    yield from walk(content, parent)

    if container is None:
        yield from walk(word.element.body, word._body)
    else:
        yield from walk(container, parent)


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXT_BOX = _W + "txbxContent"


def text_boxes(paragraph) -> list:
    """The ``w:txbxContent`` of each text box anchored in a paragraph, in order, one copy each.

    Word stores a text box twice: as DrawingML in ``mc:Choice`` and as VML in ``mc:Fallback``.
    The choice is read, the fallback only when there is no choice holding a box (older files keep
    VML alone, in a bare ``w:pict``).

    Example: a paragraph anchoring a box that reads ``全年支出数3,327.62万元`` in both copies gives
    one ``w:txbxContent``, whose paragraph is read once, after the anchoring paragraph.
    """
    found: list = []

    def visit(element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in (_W + "del", _W + "moveFrom"):
                continue
            if tag == _MC + "AlternateContent":
                choice = [box for c in child.findall(_MC + "Choice") for box in _outer_boxes(c)]
                found.extend(choice or [box for c in child.findall(_MC + "Fallback") for box in _outer_boxes(c)])
            elif tag in (_W + "drawing", _W + "pict", _W + "object"):
                found.extend(_outer_boxes(child))
            elif tag != _W + "pPr":
                visit(child)

    visit(paragraph)
    return found


def _outer_boxes(element) -> list:
    """The text boxes in ``element`` not nested inside another of them (``element`` may itself lie
    in a box: a box in a box is read from the outer box's paragraph)."""
    boxes = list(element.iter(_TEXT_BOX))
    return [box for box in boxes if not any(_nearest_box(box) is other for other in boxes)]


# subtrees whose text is not part of the paragraph as shown: deleted or moved-away revisions, and
# drawings or text boxes (their own paragraphs; Word keeps a second, fallback copy of each as well)
_HIDDEN = frozenset(
    {_W + "del", _W + "moveFrom", _W + "drawing", _W + "pict", _W + "object",
     "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
)
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def paragraph_text(element) -> str:
    """The text of a ``w:p`` as Word shows it with all tracked changes accepted.

    python-docx reads only runs that are direct children of the paragraph, so runs inside a
    ``w:ins`` revision, a content control or a smart tag are lost; deleted runs must stay lost.

    Example: ``截至2024年<w:del>9月30日</w:del><w:ins>10月31日</w:ins>`` reads ``截至2024年10月31日``.
    """
    parts: list[str] = []
    _collect_text(element, parts)
    return "".join(parts)


def _collect_text(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        elif tag == _W + "br":
            if child.get(_W + "type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag != _W + "pPr" and tag != _W + "rPr":
            _collect_text(child, parts)


def _heading_level(paragraph) -> int | None:
    style = paragraph_style(paragraph)
    name = style.name if style is not None else ""
    found = _HEADING_STYLE.match(name or "")
    if found:
        return int(found.group(1))
    if name in ("Title", "标题"):
        return 1
    p_pr = paragraph._p.pPr
    outline = p_pr.find(_W + "outlineLvl") if p_pr is not None else None
    if outline is not None:
        level = int(outline.get(_W + "val", "9"))
        return level + 1 if level < 9 else None
    return None


def _table_grid(table) -> TableGrid:
    """Rows of a Word table with merges: repeated cells become ``None`` and widen their origin."""
    grid: list[list[GridCell | None]] = []
    # keyed by the cell element itself (kept alive here), so a merged cell seen again is recognised
    origin_of: dict[object, tuple[int, int]] = {}
    spans: dict[tuple[int, int], list[int]] = {}
    nested: dict[tuple[int, int], list[list[GridCell | None]]] = {}
    for r, row in enumerate(table.rows):
        out_row: list[GridCell | None] = []
        for c, cell in enumerate(row.cells):
            key = cell._tc
            if key in origin_of:
                o_r, o_c = origin_of[key]
                span = spans[(o_r, o_c)]
                span[0] = max(span[0], r - o_r + 1)
                span[1] = max(span[1], c - o_c + 1)
                out_row.append(None)
                continue
            origin_of[key] = (r, c)
            spans[(r, c)] = [1, 1]
            out_row.append(GridCell("\n".join(line for p in cell.paragraphs for line in _lines_with_boxes(p._p))))
            if cell.tables and (r, c) not in nested:
                nested[(r, c)] = _table_grid(cell.tables[0]).rows
        grid.append(out_row)
    for (r, c), (row_span, col_span) in spans.items():
        cell = grid[r][c]
        grid[r][c] = GridCell(cell.text, row_span, col_span)
    for (r, c) in sorted(nested, reverse=True):
        _spread_nested(grid, r, c, nested[(r, c)])
    return TableGrid(grid)


def _spread_nested(grid: list[list[GridCell | None]], r: int, c: int, inner: list[list[GridCell | None]]) -> None:
    """Lay a table nested in cell (r, c) into the outer grid: its rows become rows of the outer
    table, its columns the columns the holding cell spans; the outer row's other cells span them.

    Example: ``项目资金（万元） | [资金来源 | 全年预算数 …] / [年度资金总额 | 20,400.00 …]`` becomes
    two outer rows, ``项目资金（万元）`` merged down over both, so each figure has its column header.
    """
    holder = grid[r][c]
    if not inner or holder is None:
        return
    width = holder.col_span
    extra = len(inner) - 1
    for above in range(r + 1):
        for col, cell in enumerate(grid[above]):
            if cell is not None and (above, col) != (r, c) and above + cell.row_span > r:
                grid[above][col] = GridCell(cell.text, cell.row_span + extra, cell.col_span)
    laid: list[list[GridCell | None]] = []
    for k, inner_row in enumerate(inner):
        fitted = _fit_row(inner_row, width, holder.text if k == 0 else "")
        row = list(grid[r]) if k == 0 else [None] * len(grid[r])
        row[c:c + width] = fitted
        laid.append(row)
    grid[r:r + 1] = laid


def _fit_row(cells: list[GridCell | None], width: int, lead: str) -> list[GridCell | None]:
    """A nested row fitted to ``width`` columns, each cell kept in its own column (a ``None`` is a
    place a merged cell covers, and holds it). A row wider than ``width`` has its extra cells joined
    into the last column, and a merged cell before it is cut short there; a narrower one has its
    last cell widened. Text the holding cell had besides its table goes in front of the row's first
    cell.

    Example: ``[财政资金 (two rows) | 中央 | 300.00]`` over ``[None | 市级 | 100.00]`` keeps 市级
    under 类别, not under 资金来源.
    """
    if not any(cell is not None for cell in cells):
        return [GridCell("", 1, width)] + [None] * (width - 1)
    reach = width  # the columns a kept cell may span up to
    if len(cells) > width:
        extra = [cell.text for cell in cells[width - 1:] if cell is not None]
        cells = cells[:width - 1] + [GridCell(" ".join(extra)) if extra else None]
        reach = width - 1 if extra else width  # the joined cell owns the last column
    out: list[GridCell | None] = list(cells) + [None] * (width - len(cells))
    last = max(index for index, cell in enumerate(out) if cell is not None)
    # a short row's last cell is widened, unless cells merged down from above still follow it
    widen = last + out[last].col_span >= len(cells)
    for index, cell in enumerate(out):
        if cell is None:
            continue
        span = width - index if index == last and widen else min(cell.col_span, max(1, (reach if index < reach else width) - index))
        text = (lead + " " + cell.text).strip() if index == 0 and lead else cell.text
        out[index] = GridCell(text, cell.row_span, span)
    return out
