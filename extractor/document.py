"""The document model: the exact text every offset refers to, plus its blocks, tables and sections.

Every span is ``[start, end)`` in code points of :attr:`Document.text`.  For plain text that is the
decoded file; for docx, pdf and html it is the plain text the loader produced (what
``jiaohe extract --format text`` prints).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Literal, NamedTuple

BlockKind = Literal["paragraph", "cell"]


class Block(NamedTuple):
    """A line-level unit of the text: a paragraph (one line) or a table cell.

    ``heading_level`` is a hint from the source markup (a Word heading style, an HTML ``<h2>``,
    a markdown ``##``); the section builder decides from the numbering what is really a heading.
    (An immutable named tuple: a report has tens of thousands of blocks.)
    """

    kind: BlockKind
    start: int
    end: int
    heading_level: int | None = None
    table: int | None = None

    def to_dict(self) -> dict:
        out = {"kind": self.kind, "start": self.start, "end": self.end}
        if self.heading_level is not None:
            out["heading_level"] = self.heading_level
        if self.table is not None:
            out["table"] = self.table
        return out


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention; not frozen, as tables build thousands
class Cell:
    """One table cell.  ``row_header``/``col_header`` are the nearest text cells to the left/above.

    Example: in ``预算数: | 32.23`` the cell ``32.23`` has ``row_header == "预算数:"``.
    """

    row: int
    col: int
    start: int
    end: int
    text: str
    row_span: int = 1
    col_span: int = 1
    row_header: str = ""
    col_header: str = ""

    def to_dict(self) -> dict:
        return {
            "row": self.row,
            "col": self.col,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "row_span": self.row_span,
            "col_span": self.col_span,
            "row_header": self.row_header,
            "col_header": self.col_header,
        }


@dataclass(frozen=True, slots=True)
class Table:
    """A table: rows of cells.  ``layout`` says how it was found (``docx``, ``pdf``, ``html``,
    ``tab-rows``, ``tab-cells``, ``pipe``, ``spaced``, ``header-cells``)."""

    start: int
    end: int
    rows: tuple[tuple[Cell, ...], ...]
    layout: str

    @property
    def cells(self) -> Iterator[Cell]:
        for row in self.rows:
            yield from row

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "layout": self.layout,
            "rows": [[cell.to_dict() for cell in row] for row in self.rows],
        }


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention; not frozen, as every heading builds one
class Section:
    """A heading and everything under it until the next heading of the same or a higher rank.

    ``number`` is the marker as written (``七、``, ``（一）``, ``第2部分``, ``附件1``); ``ordinal`` its
    integer value (7, 1, 2, 1) so that sequences can be checked; ``scheme`` names the numbering
    family; ``level`` is the depth in the tree (1 = top).
    """

    number: str
    ordinal: int | None
    scheme: str
    title: str
    level: int
    start: int
    end: int
    heading_end: int
    children: tuple["Section", ...] = ()

    def walk(self) -> Iterator["Section"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "ordinal": self.ordinal,
            "scheme": self.scheme,
            "title": self.title,
            "level": self.level,
            "start": self.start,
            "end": self.end,
            "heading_end": self.heading_end,
            "children": [child.to_dict() for child in self.children],
        }


@dataclass(frozen=True)
class Document:
    """A loaded report.  ``text`` is what all offsets index; ``normalized`` is a same-length view."""

    source: str
    format: str
    text: str
    blocks: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    sections: tuple[Section, ...] = ()
    encoding: str | None = None

    @cached_property
    def normalized(self) -> str:
        from .normalize import normalize_view

        return normalize_view(self.text)

    def iter_sections(self) -> Iterator[Section]:
        """All sections depth-first, in text order.

        Walked with a list of the sections still to visit rather than nested generators: one
        ``yield`` per section instead of one per level of depth (the tagger walks every document).
        """
        pending = list(reversed(self.sections))
        while pending:
            section = pending.pop()
            yield section
            pending.extend(reversed(section.children))

    def section_path(self, offset: int) -> tuple[Section, ...]:
        """The chain of sections that contain ``offset``, outermost first.

        Example: an offset inside ``（六）认真履行职责情况`` of seed 000 gives
        ``(附件1, 三、整体支出绩效情况, （六）认真履行职责情况)``.
        """
        edges, paths = self._section_index
        return paths[bisect_right(edges, offset) - 1]

    @cached_property
    def _section_index(self) -> tuple[list[int], list[tuple[Section, ...]]]:
        """Every offset where the enclosing sections change, with the chain from there on.

        One walk of the tree: a section's start opens its chain, its end returns to its parent's;
        at one offset, starts win over ends and deeper starts over shallower ones.
        """
        events: list[tuple[int, int, int, tuple[Section, ...]]] = []

        def walk(level: tuple[Section, ...], parent: tuple[Section, ...]) -> None:
            for section in level:
                chain = (*parent, section)
                events.append((section.start, 1, len(events), chain))
                walk(section.children, chain)
                events.append((section.end, 0, len(events), parent))

        walk(self.sections, ())
        events.sort(key=lambda event: event[:3])
        edges: list[int] = [0]
        paths: list[tuple[Section, ...]] = [()]
        for offset, _, _, chain in events:
            if offset == edges[-1]:
                paths[-1] = chain
            else:
                edges.append(offset)
                paths.append(chain)
        return edges, paths
