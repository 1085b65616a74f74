"""PDF reports: the text layer in reading order, with the tables pdfplumber finds.

On each page the tables are located first; text lines outside them are read top to bottom, and
each table is placed where its top edge falls among those lines.
"""

from __future__ import annotations

import math
from pathlib import Path
from statistics import median


from ..regexes import compile_pattern
from ..document import Document
from ..errors import LoadError
from ..structure.flat_tables import is_figure_row
from ..structure.tables import is_numeric_cell
from .compose import GridCell, Paragraph, TableGrid, document_from_items
from .continued_tables import join_continued_tables


def load_pdf(path: Path) -> Document:
    """Read a PDF's text layer into a Document.

    Example: a PDF whose page shows ``一、单位概况`` above a ruled table gives a section titled
    ``单位概况`` followed by that table.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
    except PDFSyntaxError as exc:
        raise LoadError(str(path), f"not a valid PDF ({exc})") from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        # pdfplumber wraps pdfminer's errors: PdfminerException(PDFPasswordIncorrect())
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
        if isinstance(inner, PDFSyntaxError):
            raise LoadError(str(path), f"not a valid PDF ({inner})") from None
        if "password" in str(exc).lower() or "encrypt" in exc.__class__.__name__.lower():
            raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
        raise LoadError(str(path), f"not a readable PDF ({exc.__class__.__name__}: {exc})") from None
    items: list[Paragraph | TableGrid] = []
    characters = 0
    images = 0
    try:
        with pdf:
            open_end = False
            for page in pdf.pages:
                characters += len(page.chars)
                images += len(page.images)
                page_items, continues, open_end_here = _page_items(page)
                if open_end and continues and items and isinstance(items[-1], Paragraph) and page_items and isinstance(page_items[0], Paragraph):
                    # a paragraph broken by the page: its last line ran to the edge, the next page goes on
                    items[-1] = Paragraph(items[-1].text + page_items[0].text)
                    page_items = page_items[1:]
                items.extend(page_items)
                open_end = open_end_here
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(str(path), f"could not read the PDF ({exc.__class__.__name__}: {exc})") from None
    if characters == 0:
        reason = "has no text layer (a scanned PDF?): run OCR first" if images else "has no text layer"
        raise LoadError(str(path), reason)
    return document_from_items(str(path), "pdf", join_continued_tables(items))


def _page_items(page) -> tuple[list[Paragraph | TableGrid], bool, bool]:
    """The page's paragraphs and tables in reading order; whether its first line may continue the
    previous page's paragraph, and whether its last paragraph runs on past the page."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, Paragraph | TableGrid]] = []
    text_layer = page.filter(outside)
    blocks = None if tables else _column_blocks(text_layer)
    if blocks is None:
        paragraphs, continues, open_end = _reflowed(text_layer.extract_text_lines(return_chars=False))
    else:
        # two columns: each block read on its own, in reading order; the order is the blocks'
        paragraphs, continues, open_end = _reflowed_blocks(blocks)
        for order, (_, text) in enumerate(paragraphs):
            placed.append((float(order), Paragraph(text)))
        return [item for _, item in placed], continues, open_end
    for top, text in paragraphs:
        placed.append((top, Paragraph(text)))
    for table in tables:
        rows = table.extract()
        grid = [[GridCell(cell) if cell is not None else None for cell in row] for row in rows]
        placed.append((table.bbox[1], TableGrid(grid)))
    placed.sort(key=lambda pair: pair[0])
    last_is_text = bool(placed) and isinstance(placed[-1][1], Paragraph)
    first_is_text = bool(placed) and isinstance(placed[0][1], Paragraph)
    return [item for _, item in placed], continues and first_is_text, open_end and last_is_text


_GUTTER_SPAN = (0.35, 0.65)  # where on the page a column gutter may fall, as a share of its width
_FEWEST_COLUMN_ROWS = 6  # text rows on each side of the gutter before it counts as one


def _column_blocks(page) -> list[list[dict]] | None:
    """The page's text lines in reading order when it is set in two columns — lines that run
    across the gutter (a title, a full-width paragraph) each a block, and between two of them the
    left column's lines, then the right column's — or ``None`` for a single column.

    A gutter is the x position in the middle of the page that the fewest characters cover, with
    six or more text rows on each side of it and fewer lines across it than beside it."""
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if not chars:
        return None
    width = float(page.width)
    # how many characters cover each whole x position (a boundary inside a line counts), counted
    # once per character rather than once per character and position
    covered = [0] * (int(width) + 2)
    for c in chars:
        first, last = max(0, math.ceil(c["x0"])), min(len(covered) - 2, math.floor(c["x1"]))
        if first <= last:
            covered[first] += 1
            covered[last + 1] -= 1
    running, coverage = 0, []
    for step in covered:
        running += step
        coverage.append(running)
    low, high = int(width * _GUTTER_SPAN[0]), int(width * _GUTTER_SPAN[1])
    gutter = min(range(low, high), key=lambda x: coverage[x])
    lines = page.extract_text_lines(return_chars=True)
    spanning = [line for line in lines if any(c["x0"] <= gutter <= c["x1"] for c in line["chars"])]
    # a row of a table drawn without rules leaves a gap at the gutter too; it is no column of text
    split = [line for line in lines if line not in spanning and not _has_figure_cell(line["text"])]
    left_rows = [line for line in split if any(c["x1"] <= gutter for c in line["chars"])]
    right_rows = [line for line in split if any(c["x0"] >= gutter for c in line["chars"])]
    if min(len(left_rows), len(right_rows)) < _FEWEST_COLUMN_ROWS or len(spanning) > len(split):
        return None
    bands = [line["top"] for line in spanning]

    def in_band(top: float) -> int:
        return sum(1 for start in bands if start <= top)
    halves: dict[tuple[int, int], list[dict]] = {}
    for side, keep in ((0, lambda c: (c["x0"] + c["x1"]) / 2 < gutter), (1, lambda c: (c["x0"] + c["x1"]) / 2 >= gutter)):
        part = page.filter(lambda obj, keep=keep: obj.get("object_type") != "char" or (keep(obj) and not _on_spanning(obj, spanning)))
        for line in part.extract_text_lines(return_chars=False):
            halves.setdefault((in_band(line["top"]), side), []).append(line)
    blocks: list[list[dict]] = []
    across: list[dict] | None = None  # the block of full-width lines being gathered
    for band in range(len(bands) + 1):
        if band:
            line = {k: v for k, v in spanning[band - 1].items() if k != "chars"}
            if across is None:
                across = []
                blocks.append(across)
            across.append(line)  # a title and the full-width paragraph under it: one block
        for side in (0, 1):
            if halves.get((band, side)):
                blocks.append(halves[(band, side)])
                across = None
    return blocks


def _has_figure_cell(text: str) -> bool:
    """Whether a line holds a figure standing apart as a cell, as rows of a table drawn without
    rules do (``国有土地收益基金安排的支出 2,186.40``); two columns of prose never do.

    >>> _has_figure_cell("污水处理费安排的支出 2,106.52"), _has_figure_cell("支出决算为1.71万元，完成 预算的43%")
    (True, False)
    """
    return any(is_numeric_cell(word) for word in text.split())


def _on_spanning(obj, spanning: list[dict]) -> bool:
    middle = (obj["top"] + obj["bottom"]) / 2
    return any(line["top"] <= middle <= line["bottom"] for line in spanning)


def _reflowed_blocks(blocks: list[list[dict]]) -> tuple[list[tuple[float, str]], bool, bool]:
    """Each block joined into paragraphs on its own; a paragraph left open at a block's end goes
    on into the next block's first line (a column continued at the top of the next)."""
    paragraphs: list[tuple[float, str]] = []
    first_continues = open_end = False
    for index, block in enumerate(blocks):
        block_paragraphs, continues, block_open = _reflowed(block)
        if index == 0:
            first_continues = continues
        elif open_end and continues and paragraphs and block_paragraphs:
            top, text = paragraphs.pop()
            block_paragraphs[0] = (top, text + block_paragraphs[0][1])
        paragraphs.extend(block_paragraphs)
        open_end = block_open
    return paragraphs, first_continues, open_end


# a line that opens a heading or a list item starts a paragraph of its own
_OPENS_ITEM = compile_pattern(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[部章节条]|附件|附表|表\s*\d|图\s*\d|单位[：:])")
_ENDS_SENTENCE = tuple("。！？!?：:；;")
_SHORT_HEADER_CELL = 8


def _is_table_row(text: str) -> bool:
    """Whether a text line reads as a row of a table drawn without rules: a label and figures
    apart by spaces (``污水处理费收入 2,150.00 2,263.18 105.26``), labels and figures in turn, or
    four or more short header cells (``项目 调整预算数 执行数 完成%``).

    >>> _is_table_row("污水处理费收入 2,150.00 2,263.18 105.26"), _is_table_row("项目 调整预算数 执行数 完成%"), _is_table_row("全年支出 82.35 万元，完成年度预算。")
    (True, True, False)
    """
    cells = text.split()
    if len(cells) < 3 or any(mark in text for mark in "，。；："):
        return False
    return is_figure_row(cells) or _is_pair_row(cells) or (len(cells) >= 4 and all(len(cell) <= _SHORT_HEADER_CELL for cell in cells))


def _is_pair_row(cells: list[str]) -> bool:
    """Whether a row is label, figure, label, figure … — a 收支平衡表 set side by side
    (``上级补助收入 2,385.60 调出资金 8,600.00``).

    >>> _is_pair_row(["上级补助收入", "2,385.60", "调出资金", "8,600.00"]), _is_pair_row(["合计", "2,385.60", "8,600.00", "1.00"])
    (True, False)
    """
    return (
        len(cells) >= 4 and len(cells) % 2 == 0 and all(is_numeric_cell(cell) for cell in cells[1::2])
        and not any(is_numeric_cell(cell) for cell in cells[0::2])
    )


_BODY_LINE = 8  # characters: shorter lines say little about the text block's width


def _reflowed(lines: list[dict]) -> tuple[list[tuple[float, str]], bool, bool]:
    """A page's text lines joined back into paragraphs: a line that runs to the right edge of the
    text block and does not end a sentence continues on the next line, unless that line is
    indented or opens a heading or an item.  Also whether the first line could continue a
    paragraph and whether the last paragraph is left open.

    >>> lines = [{"text": "本项目共设置三级绩", "x0": 50, "x1": 140, "top": 10}, {"text": "效指标14个。", "x0": 50, "x1": 110, "top": 22}]
    >>> _reflowed(lines)
    ([(10, '本项目共设置三级绩效指标14个。')], True, False)
    """
    body = [line for line in lines if len(line["text"]) >= _BODY_LINE]
    if not body:
        return [(line["top"], line["text"]) for line in lines], False, False
    width = median((line["x1"] - line["x0"]) / len(line["text"]) for line in body)
    left = min(line["x0"] for line in body)
    right = max(line["x1"] for line in body)
    paragraphs: list[list] = []
    open_paragraph = False
    for line in lines:
        text = line["text"]
        tabular = _is_table_row(text)
        continues = (
            open_paragraph and paragraphs and line["x0"] <= left + 0.8 * width and not _OPENS_ITEM.match(text) and not tabular
        )
        if continues:
            paragraphs[-1][1] += text
        else:
            paragraphs.append([line["top"], text])
        # a row of a table drawn without rules ends where it ends, however far right it reaches
        open_paragraph = line["x1"] >= right - 4 * width and not text.rstrip().endswith(_ENDS_SENTENCE) and not tabular
    first = lines[0]
    first_continues = first["x0"] <= left + 0.8 * width and not _OPENS_ITEM.match(first["text"])
    return [(top, text) for top, text in paragraphs], first_continues, open_paragraph
