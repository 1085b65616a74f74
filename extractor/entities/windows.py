"""Scanning only near anchors: a figure's pattern runs on the stretches of text around the
characters it must contain (元 for money, % for percentages …) instead of on the whole text.

Finding the anchors is one fast character-class search; the expensive patterns then see a small
fraction of the text.  Windows closer than their margins are merged, so a match that fits inside
``before`` characters left of its anchor and ``after`` right of it is always found.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..regexes import compile_pattern


# windows closer than this are scanned as one: a short stretch of extra text costs less than
# another call into the regex engine
_MERGE_GAP = 64


def anchored_segments(view: str, anchor: regex.Pattern, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around every anchor match.

    >>> anchored_segments("收入5元，其后又支出3元", compile_pattern("元"), 3, 1)
    [(0, 5), (8, 12)]
    """
    segments: list[tuple[int, int]] = []
    limit = len(view)
    spans = [found.span() for found in anchor.finditer(view)]
    if len(spans) * (before + after) >= limit:
        # anchors so dense that the windows would cover the text anyway: one segment is cheaper
        return [(0, limit)] if spans else []
    for anchor_start, anchor_end in spans:
        start = anchor_start - before if anchor_start > before else 0
        end = anchor_end + after if anchor_end + after < limit else limit
        if segments and start <= segments[-1][1] + _MERGE_GAP:
            segments[-1] = (segments[-1][0], max(segments[-1][1], end))
        else:
            segments.append((start, end))
    return segments


def finditer_in(pattern: regex.Pattern, view: str, segments: list[tuple[int, int]]) -> Iterator:
    """``pattern.finditer`` over each segment in turn."""
    for start, end in segments:
        yield from pattern.finditer(view, start, end)


def finditer_near(pattern: regex.Pattern, view: str, anchor: regex.Pattern, before: int, after: int) -> Iterator:
    """``pattern.finditer`` restricted to the windows around ``anchor`` matches.

    >>> [m.group() for m in finditer_near(compile_pattern(r"\\d+元"), "收入5元，支出3元", compile_pattern("元"), 4, 1)]
    ['5元', '3元']
    """
    return finditer_in(pattern, view, anchored_segments(view, anchor, before, after))
