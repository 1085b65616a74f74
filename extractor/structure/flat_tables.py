"""Tables that arrive flattened in plain text, recognised where the pattern is clear.

Layouts (tried in this order on each run of lines):

* ``tab-cells`` — one cell per line, each cell line starting with a TAB, rows separated by blank
  lines; a line without the TAB continues the previous cell (Word tables saved as text; seed 001).
* ``tab-rows`` — one row per line, cells separated by TABs (at least one line with two filled cells).
* ``pipe`` — ``|``-separated rows; a markdown ``|---|`` rule is skipped.
* ``csv`` — comma-separated rows as Excel exports them (``税收收入,"498,756.00",99.14,,``): the same
  number of fields (three or more) on every line, a quoted field's cell being its inside.
* ``spaced`` — rows whose cells are separated by two or more spaces, the same count on every line.
* ``single-spaced`` — a label and figures one space apart on each line (text copied out of a PDF),
  under an optional header of as many words.
* ``header-cells`` — one cell per line: k header lines, then rows of k lines whose cells after the
  first are numbers (at least two such rows).

Anything less regular stays prose.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..regexes import compile_pattern
from ..document import Table
from ..normalize import display_width
from .headings import could_be_heading, match_heading
from .lines import Line, split_lines, trimmed
from .tables import CellSpan, assemble_table, is_numeric_cell

_PIPE_RULE = compile_pattern(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACED_SPLIT = compile_pattern(r"[ \u3000]{2,}|\u3000")
_SENTENCE_MARK = compile_pattern(r"[。；;，,：:]")
_DIGIT_GROUPS = compile_pattern(r"(?<=\d)[,，](?=\d{3})")  # 8,642.35: a figure's commas end no clause
_SHORT_LINE = 30
_RULE_LINE = compile_pattern(r"[─━═—\-=＝_－]{3,}")
_LOOKAHEAD = 4
# 救助户数（户）  其中：监测对象（户）: the colon of a 其中 column header ends no clause
_OF_WHICH_COLON = compile_pattern(r"(?<=其中)[：:]")


@dataclass(frozen=True)
class _Scan:
    """A text split into lines, with per-line facts the finders test again and again."""

    text: str
    view: str
    lines: list[Line]
    cell_line: list[bool]
    blank: list[bool]


def _scan(text: str, view: str, lines: list[Line]) -> _Scan:
    if "\t" not in text:  # the TAB layouts cannot occur: skip the per-line facts they need
        return _Scan(text, view, lines, [False] * len(lines), [])
    cell_line, blank = [], []
    for line in lines:
        content = text[line.start:line.end]
        cell_line.append(content.startswith("\t") and "\t" not in content[1:].rstrip("\t"))
        blank.append(not view[line.start:line.end].strip())
    return _Scan(text, view, lines, cell_line, blank)


@dataclass(frozen=True, slots=True)
class FlatTable:
    """A table found in plain text and the line indices it consumed."""

    table: Table
    first_line: int
    last_line: int


def find_flat_tables(text: str, view: str, lines: list[Line] | None = None) -> list[FlatTable]:
    """All tables recognised in a plain text, in order; ``view`` is the normalised text.

    Example: the lines ``项目|年初预算`` / ``基本支出|569.44`` form one ``pipe`` table of two rows.
    """
    lines = lines if lines is not None else split_lines(text)
    scan = _scan(text, view, lines)
    found: list[FlatTable] = []
    i = 0
    previous_short = False
    while i < len(lines):
        line_view = view[lines[i].start:lines[i].end]
        short = _is_short_cell_line(line_view)
        result = None
        for finder in _finders_for(text[lines[i].start:lines[i].end], line_view, short and not previous_short):
            result = finder(scan, i)
            if result is not None:
                break
        if result is not None:
            found.append(result)
            i = result.last_line + 1
            previous_short = False
        else:
            i += 1
            previous_short = short
    return found


def _is_short_cell_line(line_view: str) -> bool:
    content = line_view.strip()
    return bool(content) and len(content) <= _SHORT_LINE and not _SENTENCE_MARK.search(content.rstrip("：:"))


def _finders_for(line: str, line_view: str, starts_short_run: bool):
    """Only the layouts this line could start (a cheap test before each finder runs)."""
    if "\t" in line:
        yield _tab_cells
        yield _tab_rows
    if line_view.count("|") >= 2:
        yield _pipe_rows
    if line.count(",") >= 2 and "。" not in line:
        yield _csv_rows
    if "  " in line_view.strip():
        yield _spaced_rows
    elif " " in line_view.strip():
        yield _single_spaced_rows
    if starts_short_run:
        yield _header_cells


def _tab_cells(scan: _Scan, i: int):
    text, lines, starts_cell_flags, blank = scan.text, scan.lines, scan.cell_line, scan.blank

    def starts_cell(k: int) -> bool:
        return starts_cell_flags[k]

    def cell_follows(k: int) -> bool:
        """A cell line comes again within a few lines, so the table goes on."""
        return any(starts_cell(j) for j in range(k, min(k + _LOOKAHEAD, len(lines))))

    if not starts_cell(i):
        return None
    groups: list[list[CellSpan]] = []
    k = i
    last = i
    while k < len(lines) and starts_cell(k):
        group: list[CellSpan] = []
        while k < len(lines) and (starts_cell(k) or not blank[k]):
            line = lines[k]
            if starts_cell(k):
                group.append(CellSpan(*trimmed(text, line.start + 1, line.end)))
            else:
                group[-1] = _extend(text, group[-1], line)
            last = k
            k += 1
        groups.append(group)
        while k < len(lines) and not starts_cell(k) and cell_follows(k) and not _heading_line(scan, k):
            if not blank[k]:
                groups[-1][-1] = _extend(text, groups[-1][-1], lines[k])
            k += 1
    rows = _rows_from_groups(groups)
    # one cell per row is TAB-indented prose (paragraphs with blank lines between), not a table
    if len(rows) < 2 or sum(len(r) for r in rows) < 4 or max(len(r) for r in rows) < 2:
        return None
    return FlatTable(assemble_table(text, rows, "tab-cells"), i, last)


def _heading_line(scan: _Scan, k: int) -> bool:
    """A numbered heading between blank lines ends a table rather than continuing its last cell
    (``100%`` ⏎⏎ ``三、评价结论`` ⏎ ``\t一级指标``: a new section, then a new table)."""
    line = scan.lines[k]
    content = scan.view[line.start:line.end]
    return could_be_heading(content) and match_heading(content) is not None


def _rows_from_groups(groups: list[list[CellSpan]]) -> list[list[CellSpan]]:
    """Rows from blank-line groups of cells.

    A blank line separates rows, but an empty paragraph inside a Word cell prints as a blank line
    too.  So a lone cell followed by a blank line is joined with the next groups when together
    they fill exactly the width of the row before; otherwise groups stay rows as they are.
    """
    rows: list[list[CellSpan]] = []
    pending: list[list[CellSpan]] = []
    width = None
    for group in groups:
        if pending:
            pending.append(group)
            filled = sum(len(g) for g in pending)
            if filled == width:
                rows.append([cell for g in pending for cell in g])
                pending = []
            elif filled > width:
                rows.extend(pending)
                width = len(pending[-1]) if len(pending[-1]) >= 2 else width
                pending = []
            continue
        if len(group) == 1 and width is not None and width >= 2:
            pending.append(group)
            continue
        rows.append(group)
        if len(group) >= 2:
            width = len(group)
    rows.extend(pending)
    return rows


def _extend(text: str, cell: CellSpan, line: Line) -> CellSpan:
    """A cell continued on a line without the leading TAB."""
    start, end = trimmed(text, line.start, line.end)
    return CellSpan(cell.start if cell.end > cell.start else start, end)


def _split_row(text: str, line: Line, separator: regex.Pattern | str) -> list[CellSpan]:
    content = text[line.start:line.end]
    if isinstance(separator, str):
        pieces, cursor = [], 0
        for part in content.split(separator):
            pieces.append((cursor, cursor + len(part)))
            cursor += len(part) + len(separator)
    else:
        pieces, cursor = [], 0
        for sep in separator.finditer(content):
            pieces.append((cursor, sep.start()))
            cursor = sep.end()
        pieces.append((cursor, len(content)))
    return [CellSpan(*trimmed(text, line.start + a, line.start + b)) for a, b in pieces]


def _filled(cells: list[CellSpan]) -> int:
    return sum(1 for c in cells if c.end > c.start)


def _tab_rows(scan: _Scan, i: int):
    text, lines = scan.text, scan.lines
    def row_at(k: int) -> list[CellSpan] | None:
        content = text[lines[k].start:lines[k].end]
        if "\t" not in content.strip("\t ") and not content.startswith("\t"):
            if k == i or not content.rstrip(" ").endswith("\t") or not content.strip("\t "):
                return None
            # 一、岚关镇\t\t\t… inside a table: a group row, its label alone in the first cell
            return _split_row(text, Line(lines[k].start, lines[k].start + len(content.rstrip(" "))), "\t")
        cells = _split_row(text, Line(lines[k].start, lines[k].start + len(content.rstrip("\t "))), "\t")
        return cells if len(cells) >= 2 else None

    def quoted_row_at(k: int) -> tuple[list[CellSpan], int] | None:
        """An Excel row whose quoted cell runs over line breaks (``…\t"受春季持续干旱影响…`` /
        ``调整至2025年雨季补植。"``): its lines joined, each quoted cell without its quotes."""
        content = text[lines[k].start:lines[k].end]
        if "\t" not in content or content.count('"') % 2 == 0:
            return None
        for last in range(k + 1, min(k + _QUOTED_LINES, len(lines))):
            joined = text[lines[k].start:lines[last].end]
            if joined.count('"') % 2 == 0:
                cells = _split_row(text, Line(lines[k].start, lines[k].start + len(joined.rstrip("\t "))), "\t")
                return [_unquoted(text, cell) for cell in cells], last
        return None

    rows: list[list[CellSpan]] = []
    k = i
    while k < len(lines):
        quoted = quoted_row_at(k)
        if quoted is not None:
            rows.append(quoted[0])
            k = quoted[1] + 1
            continue
        row = row_at(k)
        if row is None:
            break
        rows.append(row)
        k += 1
    if not rows or max(_filled(r) for r in rows) < 2:
        return None
    return FlatTable(assemble_table(text, rows, "tab-rows"), i, k - 1)


_QUOTED_LINES = 8  # lines one quoted Excel cell may run over


def _unquoted(text: str, cell: CellSpan) -> CellSpan:
    """A cell ``"…"`` without the quotes Excel wrapped it in."""
    if cell.end - cell.start >= 2 and text[cell.start] == '"' and text[cell.end - 1] == '"':
        return CellSpan(cell.start + 1, cell.end - 1, cell.row_span, cell.col_span)
    return cell


_CSV_FIELD = compile_pattern(r'"(?P<quoted>(?:[^"]|"")*)"(?=,|\s*$)|(?P<plain>[^,"]*)(?=,|\s*$)')
_LONGEST_CSV_FIELD = 40


def _csv_fields(text: str, line: Line) -> list[CellSpan] | None:
    """The fields of one comma-separated line as cell spans, or ``None`` when it is not one
    (a stray quote, a field as long as a sentence)."""
    cells: list[CellSpan] = []
    at, end = line.start, line.start + len(text[line.start:line.end].rstrip())
    while True:
        found = _CSV_FIELD.match(text, at, end)
        if found is None:
            return None
        name = "quoted" if found.group("quoted") is not None else "plain"
        start, stop = trimmed(text, found.start(name), found.end(name))
        if stop - start > _LONGEST_CSV_FIELD or "。" in text[start:stop]:
            return None
        cells.append(CellSpan(start, stop))
        at = found.end()
        if at >= end:
            return cells
        at += 1  # the comma
        if at == end:  # a trailing comma: one more, empty field
            cells.append(CellSpan(at, at))
            return cells


def _csv_rows(scan: _Scan, i: int):
    """Rows of an Excel CSV export: a header of text fields, then rows with figures, every line
    with the same number of fields."""
    text, lines = scan.text, scan.lines
    rows: list[list[CellSpan]] = []
    k = i
    while k < len(lines):
        cells = _csv_fields(text, lines[k])
        if cells is None or len(cells) < 3 or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
        k += 1
    if len(rows) < 2:
        return None
    header, body = rows[0], rows[1:]
    if any(is_numeric_cell(text[c.start:c.end]) for c in header[1:]):
        return None  # 1,2,3 in a sentence, or a data block without its header
    if not any(is_numeric_cell(text[c.start:c.end]) for row in body for c in row[1:]):
        return None
    return FlatTable(assemble_table(text, rows, "csv"), i, k - 1)


def _pipe_rows(scan: _Scan, i: int):
    text, view, lines = scan.text, scan.view, scan.lines
    rows: list[list[CellSpan]] = []
    k = i
    while k < len(lines):
        content = view[lines[k].start:lines[k].end]
        if content.count("|") < 2:
            break
        if not _PIPE_RULE.match(content):
            cells = _split_row(view, lines[k], "|")  # the view: a full-width ｜ splits too
            if content.strip().startswith("|"):
                cells = cells[1:]
            if content.strip().endswith("|"):
                cells = cells[:-1]
            rows.append(cells)
        k += 1
    if len(rows) < 2 or max(_filled(r) for r in rows) < 2:
        return None
    return FlatTable(assemble_table(text, rows, "pipe"), i, k - 1)


def _spaced_rows(scan: _Scan, i: int):
    text, view, lines = scan.text, scan.view, scan.lines
    rows: list[list[CellSpan]] = []
    k = i
    width = None
    while k < len(lines):
        content = view[lines[k].start:lines[k].end].strip()
        if rows and _RULE_LINE.fullmatch(content):
            k += 1  # ──────── under the header or between groups: a drawn rule, no row
            continue
        if not content or len(_SPACED_SPLIT.sub("  ", content)) > 80 or _SENTENCE_MARK.search(_DIGIT_GROUPS.sub("", _OF_WHICH_COLON.sub("", content))):
            break
        line = lines[k]
        cells = _split_row(view, _content_of(view, line), _SPACED_SPLIT)
        if len(cells) >= 2 and rows and len(cells) < width:
            # ``四、经营收入    4    0.00`` under a six-column header: cells placed by where they stand
            # measured on the text as written: a full-width space pads two columns, as a Han character does
            cells = _aligned(text, line, cells, rows[0], lines[i])
        if len(cells) < 2 or (width is not None and len(cells) != width):
            break
        width = len(cells)
        rows.append(cells)
        k += 1
    if len(rows) < 2:
        return None
    if not any(is_numeric_cell(view[c.start:c.end]) for row in rows[1:] for c in row):
        return None
    return FlatTable(assemble_table(text, rows, "spaced"), i, k - 1)


def _content_of(view: str, line: Line) -> Line:
    """The line without the whitespace around its text."""
    return Line(*trimmed(view, line.start, line.end))


def _display_span(view: str, line: Line, cell: CellSpan) -> tuple[int, int]:
    """Where a cell stands on its line as a monospaced screen shows it (a Han character is two wide)."""
    start = display_width(view[line.start:cell.start])
    return start, start + display_width(view[cell.start:cell.end])


def _aligned(view: str, line: Line, cells: list[CellSpan], header: list[CellSpan], header_line: Line) -> list[CellSpan]:
    """A short row's cells put under the header columns they stand under — by the nearer of the
    left and right edges, as labels align left and figures right — with the columns it leaves out
    empty.  The row as split when two cells would take one column or the order would change."""
    columns = [_display_span(view, header_line, c) for c in header]
    placed: list[CellSpan | None] = [None] * len(columns)
    last = -1
    for cell in cells:
        left, right = _display_span(view, line, cell)
        column = min(range(len(columns)), key=lambda j: min(abs(left - columns[j][0]), abs(right - columns[j][1])))
        if column <= last:
            return cells
        placed[column], last = cell, column
    end = line.start + len(view[line.start:line.end].rstrip())
    return [cell if cell is not None else CellSpan(end, end) for cell in placed]


def is_figure_row(words: list[str]) -> bool:
    """Whether a row's cells are a label followed by two or more figures.

    >>> is_figure_row(["基本支出", "2,036.40", "0.00", "150.00"]), is_figure_row(["2023", "年支出", "82.35", "万元"])
    (True, False)
    """
    return len(words) >= 3 and not is_numeric_cell(words[0]) and all(is_numeric_cell(word) for word in words[1:])


def _single_spaced_rows(scan: _Scan, i: int):
    """Rows whose cells one space apart are a label and figures — ``基本支出 2,036.40 0.00 150.00``
    — as text copied out of a PDF gives them, under an optional header of as many words: at least
    two such rows of one width.  Prose never qualifies: every cell after the first is a number."""
    text, view, lines = scan.text, scan.view, scan.lines
    rows: list[list[CellSpan]] = []
    width = None
    k = i
    while k < len(lines):
        content = view[lines[k].start:lines[k].end].strip()
        if not content or "  " in content or _SENTENCE_MARK.search(_DIGIT_GROUPS.sub("", content)):
            break
        cells = _split_row(view, _content_of(view, lines[k]), " ")
        words = [view[c.start:c.end] for c in cells]
        is_header = k == i and not any(is_numeric_cell(word) for word in words)
        is_row = is_figure_row(words)
        if not (is_header or is_row) or (width is not None and len(cells) != width):
            break
        width = len(cells)
        rows.append(cells)
        k += 1
    data_rows = len(rows) - (1 if rows and not any(is_numeric_cell(view[c.start:c.end]) for c in rows[0]) else 0)
    if data_rows < 2:
        return None
    return FlatTable(assemble_table(text, rows, "single-spaced"), i, k - 1)


def _header_cells(scan: _Scan, i: int):
    text, view, lines = scan.text, scan.view, scan.lines
    run: list[Line] = []
    k = i
    while k < len(lines):
        content = view[lines[k].start:lines[k].end].strip()
        if not content or len(content) > _SHORT_LINE or _SENTENCE_MARK.search(content.rstrip("：:")):
            break
        run.append(lines[k])
        k += 1
    cells = [CellSpan(*trimmed(text, line.start, line.end)) for line in run]
    numeric = [is_numeric_cell(view[c.start:c.end]) for c in cells]
    width = next((n for n, is_num in enumerate(numeric) if is_num), 0) - 1
    if width < 2 or width > 8 or len(cells) % width or len(cells) // width < 3:
        return None
    for r in range(1, len(cells) // width):
        row = numeric[r * width:(r + 1) * width]
        if row[0] or not all(row[1:]):
            return None
    rows = [cells[r * width:(r + 1) * width] for r in range(len(cells) // width)]
    return FlatTable(assemble_table(text, rows, "header-cells"), i, i + len(run) - 1)
