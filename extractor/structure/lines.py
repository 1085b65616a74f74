"""Splitting a text into lines with their offsets (``\\n``, ``\\r\\n`` and ``\\r`` all end a line)."""

from __future__ import annotations

from typing import NamedTuple

from ..regexes import compile_pattern


_LINE = compile_pattern(r"[^\r\n]*(?:\r\n|\r|\n|$)")


class Line(NamedTuple):
    """One line: ``[start, end)`` excludes the line break.  (A tuple: a report has tens of
    thousands of lines, and tuples are the cheapest immutable records to make.)"""

    start: int
    end: int

    def content(self, text: str) -> str:
        return text[self.start:self.end]


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with offsets.

    >>> split_lines("一、概况\\r\\n正文")
    [Line(start=0, end=4), Line(start=6, end=8)]
    """
    if "\r" not in text:
        lines, cursor = [], 0
        for piece in text.split("\n"):
            lines.append(Line(cursor, cursor + len(piece)))
            cursor += len(piece) + 1
        if lines and lines[-1].start == len(text) and len(text) > 0:
            lines.pop()  # a final newline ends the last line; it does not start another
        return lines if text else []
    lines: list[Line] = []
    for found in _LINE.finditer(text):
        if found.start() == len(text) and found.end() == len(text):
            break
        body = found.group().rstrip("\r\n")
        lines.append(Line(found.start(), found.start() + len(body)))
    return lines


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding whitespace (an empty span stays at ``start``).

    >>> trimmed("\\t 32.23 ", 0, 8)
    (2, 7)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
