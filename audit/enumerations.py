"""Items enumerated with ordinal markers after a count: ``存在三个方面的问题：一是…；二是…；三是…``.

Reports announce how many points follow and then number them 一是/二是…, 其一/其二…, 第一/第二…,
1./2./…, （1）/（2）… or ①/②…, inline (split at ；) or one paragraph each.  The items are counted by
walking the markers of one style in order: 一是, then 二是, then 三是 … as long as each next marker
follows the last at an item boundary, in the same paragraph or at the start of a following one.
The walk gives up (``None``) when a marker repeats or comes out of order — nested lists and lists
the text resumes later cannot be counted safely.
"""

from __future__ import annotations

from extractor.regexes import compile_pattern

_CJK = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# the words between a count and its list: 存在三个方面的问题： / 主要做了四项工作，
_OPENING = compile_pattern(r"(?P<words>[^。；;：:\n]{0,24}?)(?P<mark>[：:]|[，,])[ \t\u3000]*\n?[ \t\u3000]*")
# a comma opens a list only after an abstract noun that is enumerated (三项措施，一是… — not 12个项目，一是…)
_ENUMERABLE = compile_pattern(r"方面|措施|工作|问题|做法|举措|特点|原因|任务|抓手|环节|目标|重点|成效|经验|亮点|原则|机制|制度|不足|短板|困难|建议")
_FIRST_CLAUSE = compile_pattern(r"[^，,]*")
_BOUNDARY = "；;。，,：:\n \t\u3000"
_REACH = 2000
_MOST = 10


def _marker_patterns(number: int) -> dict:
    digit = _CJK[number - 1]
    return {
        "shi": compile_pattern(f"{digit}是"),
        "qi": compile_pattern(f"其{digit}"),
        "di": compile_pattern(f"第{digit}(?=[，,、：:])"),
        "arabic": compile_pattern(rf"(?<![\d.．]){number}[.．、](?!\d)"),
        "paren": compile_pattern(rf"[（(]{number}[）)]"),
        "circled": compile_pattern(_CIRCLED[number - 1]),
    }


# every style's markers of items 1 … 10, compiled once
_MARKERS = {number: _marker_patterns(number) for number in range(1, _MOST + 1)}


def _marker_pattern(style: str, number: int):
    return _MARKERS[number][style]


_STYLES = ("shi", "qi", "di", "arabic", "paren", "circled")


def starts_enumeration(view: str, position: int) -> bool:
    """Whether an ordinal marker of item one stands at ``position`` (一是, 其一, 1., （1）, ① …)."""
    return any(_marker_pattern(style, 1).match(view, position) for style in _STYLES)


def enumerated_items(view: str, after: int) -> tuple[set[int], list[tuple[int, int]]] | None:
    """The items numbered with ordinal markers right after a count ending at ``after``: how many,
    and the spans of the first and the last marker.

    Example: after ``三个方面`` in ``存在三个方面的问题：一是预算编制不够精准；二是绩效目标不够细化。`` →
    ``({2}, [(…一是), (…二是)])``.
    """
    opening = _opening(view, after)
    if opening is None:
        return None
    start, words, mark = opening
    if mark in "，," or "，" in words or "," in words:
        # 三项措施，一是… / 三个抓手，推进参保扩面：一是…: the thing counted, named right after the
        # count (or before it: 问题3个，) must be enumerable points — 全年实施项目12个，主要做法：一是…
        # lists the ways of working, not the projects
        # named after the count (三项措施，); 发现问题12个，主要表现在：… lists kinds, not the problems
        counted = _FIRST_CLAUSE.match(words).group()
        if not counted.strip() and mark in "，,":
            counted = view[max(0, after - 8):after]  # 共发现问题3个，一是…: the list right after the comma
        if not _ENUMERABLE.search(counted):
            return None
    style = next((s for s in _STYLES if _marker_pattern(s, 1).match(view, start)), None)
    if style is None:
        return None
    first = _marker_pattern(style, 1).match(view, start)
    spans = [first.span()]
    position = first.end()
    limit = min(len(view), start + _REACH)
    for number in range(2, _MOST + 1):
        found = _next_marker(view, style, number, position, limit)
        if found is None:
            break
        # a marker of item one again, or of a later item first: a nested or resumed list
        if _marker_pattern(style, 1).search(view, position, found.start()) or any(
            _at_boundary(view, m.start()) for later in range(number + 1, _MOST + 1)
            for m in [_marker_pattern(style, later).search(view, position, found.start())] if m
        ):
            return None
        spans.append(found.span())
        position = found.end()
    if len(spans) < 2:
        return None
    # the next marker further on (after a table, a quotation …): the list may go on where the walk stopped
    fresh = _marker_pattern(style, 1).search(view, position, limit)  # 四、下一步工作：一是…: another list
    if len(spans) < _MOST and _at_any_boundary(_marker_pattern(style, len(spans) + 1), view, position, fresh.start() if fresh else limit):
        return None
    return {len(spans)}, [spans[0], spans[-1]]


def _opening(view: str, after: int) -> tuple[int, str, str] | None:
    """Where the list after a count starts: past the words naming what is counted and the colon (or
    comma) before item one — ``的问题：`` / ``，推进参保扩面：`` — with those words and that mark."""
    for found in _OPENING.finditer(view, after, min(len(view), after + 40)):
        if found.start() != after:
            break
        if any(_marker_pattern(s, 1).match(view, found.end()) for s in _STYLES):
            return found.end(), found.group("words"), found.group("mark")
        break
    # a comma before the colon: 三个抓手，推进参保扩面：一是…
    colon = _COLON_AFTER.match(view, after)
    if colon is not None and any(_marker_pattern(s, 1).match(view, colon.end()) for s in _STYLES):
        return colon.end(), colon.group("words"), "："
    return None


_COLON_AFTER = compile_pattern(r"(?P<words>[^。；;：:\n]{0,24}?)[：:][ \t\u3000]*\n?[ \t\u3000]*")


def _next_marker(view: str, style: str, number: int, position: int, limit: int):
    """Marker ``number`` after ``position`` at an item boundary: in the same paragraph, or opening
    one of the paragraphs that follow directly (no other paragraph between)."""
    pattern = _marker_pattern(style, number)
    line_end = view.find("\n", position)
    line_end = limit if line_end == -1 or line_end > limit else line_end
    for found in pattern.finditer(view, position, line_end):
        if _at_boundary(view, found.start()):
            return found
    # the next paragraph (blank lines skipped) must open with it
    next_start = line_end
    while next_start < limit and view[next_start] in "\n \t\u3000":
        next_start += 1
    found = pattern.match(view, next_start)
    return found if found is not None and next_start < limit else None


def _at_any_boundary(pattern, view: str, start: int, end: int) -> bool:
    return any(_at_boundary(view, found.start()) for found in pattern.finditer(view, start, end))


def _at_boundary(view: str, position: int) -> bool:
    return position == 0 or view[position - 1] in _BOUNDARY
