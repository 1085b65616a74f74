"""Building the section tree from the heading lines of a document.

A heading of rank r closes every open section of rank ≥ r; the section then runs to the start of
the next heading that closes it (or to the end of the text).  Numbers are recorded as written:
``七、八、七、十`` stays ``7, 8, 7, 10`` so that the audit can report the sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..document import Block, Section
from .headings import HeadingMatch, could_be_heading, match_heading


@dataclass
class _Open:
    heading: HeadingMatch
    start: int
    heading_end: int
    children: list[Section] = field(default_factory=list)


def build_sections(text: str, view: str, blocks: Iterable[Block]) -> tuple[Section, ...]:
    """The section tree of a document, from its paragraph blocks.

    Example: the lines ``一、单位概况`` / ``（一）基本情况。`` / ``二、整体支出`` give two top-level
    sections, the first with the child ``（一）基本情况``.
    """
    roots: list[Section] = []
    stack: list[_Open] = []
    text_end = len(view)

    def close(until_rank: int, at: int) -> None:
        while stack and stack[-1].heading.rank >= until_rank:
            done = stack.pop()
            section = _finish(done, at, level=len(stack) + 1)
            (stack[-1].children if stack else roots).append(section)

    for block in blocks:
        if block.kind != "paragraph":
            continue
        line = view[block.start:block.end]
        if block.heading_level is None and not could_be_heading(line):
            continue  # most lines are prose: one character decides, before any pattern runs
        heading = match_heading(line, block.heading_level, text[block.start:block.end])
        if heading is None:
            continue
        close(heading.rank, block.start)
        stack.append(_Open(heading, block.start, block.end))
    close(-1, text_end)
    return tuple(roots)


def _finish(node: _Open, end: int, level: int) -> Section:
    return Section(
        number=node.heading.number,
        ordinal=node.heading.ordinal,
        scheme=node.heading.scheme,
        title=node.heading.title,
        level=level,
        start=node.start,
        end=end,
        heading_end=node.heading_end,
        children=tuple(node.children),
    )
