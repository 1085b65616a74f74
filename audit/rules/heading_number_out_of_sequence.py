"""T001 heading-number-out-of-sequence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain
from typing import Iterator, Sequence

import regex

from extractor.regexes import compile_pattern
from extractor import Document, Section
from extractor.extraction import Extraction
from extractor.structure.numerals import CIRCLED

from ..context import Occurrences, heading_marker
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "T001", "heading-number-out-of-sequence", "warning"

# Schemes that number the same level in two styles: （一）/（1） and 一、/1、.  The builder nests the
# Arabic form under the CJK one (it ranks deeper), so a slip shows up as a parent's first child.
FAMILY = {"cjk-paren": "paren", "arabic-paren": "paren", "cjk-dun": "dun", "arabic-dot": "dun"}
DEEPER_TWIN = {"cjk-paren": "arabic-paren", "cjk-dun": "arabic-dot"}
FIRST_ITEM = {
    "arabic-paren": compile_pattern(r"[（(]\s*1\s*[）)]"),
    "arabic-dot": compile_pattern(r"(?<![\d.．])1\s*[.．、](?![\d.．])"),
}
# Schemes whose numerals may be CJK or Arabic within one scheme (第一部分 / 第2部分).
STYLED = ("part", "annex")
_NUMERAL = compile_pattern(r"[〇零一二三四五六七八九十]+|[0-9]+|[０-９]+|[①-⑳]")
_CJK = "〇一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class _Heading:
    section: Section
    start: int
    end: int
    marker: str

    @property
    def ordinal(self) -> int:
        return self.section.ordinal

    @property
    def scheme(self) -> str:
        return self.section.scheme


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Reads the heading numbers of each run of sibling sections (the children of one section, or
    the top level) and reports (a) a number that does not follow its predecessor by one —
    ``七、八、七、十`` — as a fail; (b) a run that switches numeral scheme at one level —
    ``（一）`` followed by ``（2）`` — and (c) a run that mixes CJK and Arabic numerals in one
    scheme — ``第一部分``, ``第2部分`` — as uncertain. It does not report: numbering that restarts
    at 1 (a new list, or a second report bound into the same annex); a first child that does not
    start at 1 (lists continue across tables and pages, and a first item often sits inline on the
    heading's own line, like ``附件：1. …``); a gap whose missing number is written in the text
    between (``3严格执行…``, a malformed marker rather than a missing item, or ``…。（三）…`` inside a
    paragraph, an item run on after a sentence); headings known only
    from markup. A ``（2）`` nested under ``（一）`` counts as its sibling only when it is the only
    ``（n）`` child, there is no ``（1）`` before it, and its number is the parent's plus one.

    Why is this bad?
    Heading numbers are how a report is cited and cross-checked (见三（二）). A repeated or
    skipped number suggests a section was deleted, duplicated or pasted from another report, and
    makes references ambiguous; a switch of style at one level blurs which level a heading is.

    Example:
    Part 2 of a 部门决算说明 numbered ``六、七、八、七、十、`` (should be ``七、八、九、十、``);
    ``（一）基本支出情况`` followed by ``（2）项目支出情况`` (should be ``（二）``).
    """
    document = extraction.document
    subject = Occurrences()
    for key, siblings in _sibling_lists(document.sections, ""):
        for run in _family_runs(_run(document, siblings)):
            for finding in chain(
                _sequence_findings(document.text, key, run), _scheme_findings(key, run), _style_findings(key, run)
            ):
                yield replace(finding, subject=subject(finding.subject))


def _sibling_lists(sections: Sequence[Section], key: str) -> Iterator[tuple[str, Sequence[Section]]]:
    yield key, sections
    for index, section in enumerate(sections):
        if section.children:
            yield from _sibling_lists(section.children, f"{key}/{index}:{section.number or section.title}")


def _heading(document: Document, section: Section) -> _Heading | None:
    if section.scheme == "markup" or section.ordinal is None:
        return None
    span = heading_marker(document, section)
    if span is None:
        return None
    return _Heading(section, span[0], span[1], document.text[span[0]:span[1]])


def _run(document: Document, siblings: Sequence[Section]) -> list[_Heading]:
    """The numbered siblings in order, each followed by its slipped first child if it has one."""
    run: list[_Heading] = []
    for section in siblings:
        heading = _heading(document, section)
        if heading is None:
            continue
        run.append(heading)
        slipped = _slipped_child(document, section)
        if slipped is not None:
            run.append(slipped)
    return run


def _slipped_child(document: Document, parent: Section) -> _Heading | None:
    """A first child that is really the parent's next sibling written in the twin scheme."""
    twin = DEEPER_TWIN.get(parent.scheme)
    children = [child for child in parent.children if child.scheme != "markup"]
    if twin is None or not children or parent.ordinal is None:
        return None
    first = children[0]
    if first.scheme != twin or first.ordinal != parent.ordinal + 1:
        return None
    if sum(child.scheme == twin for child in children) > 1:
        return None
    if FIRST_ITEM[twin].search(document.normalized, parent.start, first.start):
        return None
    return _heading(document, first)


def _family_runs(run: list[_Heading]) -> Iterator[list[_Heading]]:
    """Stretches of one list: one scheme family, and no switch of scheme that restarts at 1
    (``1. 2. 一、二、`` is two lists; ``（一）（2）（三）`` is one)."""
    current: list[_Heading] = []
    for heading in run:
        if current and _starts_new_list(current[-1], heading):
            yield current
            current = []
        current.append(heading)
    if current:
        yield current


def _starts_new_list(before: _Heading, after: _Heading) -> bool:
    if FAMILY.get(before.scheme, before.scheme) != FAMILY.get(after.scheme, after.scheme):
        return True
    return before.scheme != after.scheme and after.ordinal == 1


def _follows(text: str, before: _Heading, after: _Heading) -> bool:
    """Whether ``after`` may come right after ``before``: the next number, a restart at 1, or a
    gap whose missing numbers are written (badly) in between."""
    if before.scheme == after.scheme == "arabic-multi":
        return _follows_multi(before.section.number, after.section.number)
    if after.ordinal == before.ordinal + 1 or after.ordinal == 1:
        return True
    if after.ordinal > before.ordinal + 1:
        between = text[before.end:after.start]
        return all(_written_marker(between, missing) for missing in range(before.ordinal + 1, after.ordinal))
    return False


def _follows_multi(before: str, after: str) -> bool:
    """``2.1 → 2.2``, ``2.3 → 3.1``, or a restart ``→ x.1``."""
    a = [int(p) for p in regex.findall(r"\d+", before)]
    b = [int(p) for p in regex.findall(r"\d+", after)]
    if len(a) != len(b):
        return b[-1] == 1
    if a[:-1] == b[:-1]:
        return b[-1] == a[-1] + 1
    return b[-1] == 1


def _written_marker(between: str, ordinal: int) -> bool:
    """The missing number at a line start, as ``3``, ``3.``, ``（3）``, ``三、`` … but not as a figure, or
    as a whole marker right after a sentence inside a paragraph (``…。（三）…``)."""
    forms = f"{ordinal}|{_cjk(ordinal)}"
    pattern = rf"(?m)^[ \t\u3000#*]*[（(]?\s*(?:{forms})(?![\d０-９.．]*\s*[年月日万亿元%％个人家件次项台辆分])"
    # …提高档案使用率。（四）强化结果应用。…: the item written on inside the paragraph after a sentence
    inline = rf"[。；;！？]\s*(?:[（(]\s*(?:{forms})\s*[）)]|(?:{forms})\s*[、.．](?![\d０-９]))"
    return regex.search(pattern, between) is not None or regex.search(inline, between) is not None


def _sequence_findings(text: str, key: str, run: list[_Heading]) -> Iterator[Finding]:
    breaks = [index for index in range(1, len(run)) if not _follows(text, run[index - 1], run[index])]
    for first, last in _clusters(run, breaks):
        window = run[first:last + 1]
        stated = " ".join(h.marker for h in window)
        expected = " ".join(_renumber(window[0].section.number, window[0].ordinal + i) for i in range(len(window)))
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            status="fail",
            message=f"标题序号不连续：{stated}",
            message_en=f"heading numbers out of sequence: {stated}",
            evidence=tuple(Evidence(h.start, h.end, h.marker, "heading", str(h.ordinal)) for h in window),
            expected=f"{stated} → {expected}",
            subject=f"{key}#sequence",
        )


def _clusters(run: list[_Heading], breaks: list[int]) -> Iterator[tuple[int, int]]:
    """Windows around the breaks: from the heading before each break to the break, widened back
    to an earlier heading of the same list with the same number (a duplicate); overlapping
    windows merged."""
    windows = []
    for index in breaks:
        first = index - 1
        for earlier in range(index - 2, -1, -1):
            if run[earlier].ordinal == run[index].ordinal:
                first = earlier
                break
            if run[earlier].ordinal == 1:  # the start of this list: earlier numbers are another list's
                break
        windows.append((first, index))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(windows):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return iter(merged)


def _scheme_findings(key: str, run: list[_Heading]) -> Iterator[Finding]:
    """One finding per heading written in the other scheme of its family."""
    reference = _majority([h.scheme for h in run])
    for index, heading in enumerate(run):
        if heading.scheme == reference:
            continue
        window = run[max(0, index - 1):index + 2]
        template = next(h for h in run if h.scheme == reference).section.number
        stated = " ".join(h.marker for h in window)
        expected = " ".join(
            h.marker if h.scheme == reference else _renumber(template, h.ordinal) for h in window
        )
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            status="uncertain",
            message=f"同级标题序号格式不一致：{stated}",
            message_en=f"sibling headings switch numbering scheme: {stated}",
            evidence=tuple(Evidence(h.start, h.end, h.marker, "heading", str(h.ordinal)) for h in window),
            expected=f"{stated} → {expected}",
            subject=f"{key}#scheme:{heading.marker}",
        )


def _style_findings(key: str, run: list[_Heading]) -> Iterator[Finding]:
    """第一部分 / 第2部分: CJK and Arabic numerals mixed within one scheme."""
    if not run or run[0].scheme not in STYLED:
        return
    styles = [_style(h.section.number) for h in run]
    if len(set(styles)) < 2:
        return
    reference = _majority(styles)
    stated = " ".join(h.marker for h in run)
    expected = " ".join(
        h.marker if style == reference else _renumber(h.section.number, h.ordinal, reference)
        for h, style in zip(run, styles)
    )
    yield Finding(
        rule=CODE,
        name=NAME,
        severity=SEVERITY,
        status="uncertain",
        message=f"同级标题混用中文和阿拉伯数字：{stated}",
        message_en=f"sibling headings mix Chinese and Arabic numerals: {stated}",
        evidence=tuple(Evidence(h.start, h.end, h.marker, "heading", str(h.ordinal)) for h in run),
        expected=f"{stated} → {expected}",
        subject=f"{key}#style",
    )


def _majority(values: list[str]) -> str:
    """The most frequent value; on a tie the one that comes first."""
    counts = {value: values.count(value) for value in values}
    return max(values, key=lambda value: (counts[value], -values.index(value)))


def _style(number: str) -> str:
    found = _NUMERAL.search(number)
    return "cjk" if found and found.group()[0] in _CJK + "十零" else "arabic"


def _renumber(template: str, ordinal: int, style: str | None = None) -> str:
    """``template`` with its numeral replaced by ``ordinal`` written the same way (or in ``style``).

    >>> _renumber("（一）", 2), _renumber("八、", 9), _renumber("第2部分", 2, "cjk"), _renumber("2.3", 4)
    ('（二）', '九、', '第二部分', '2.4')
    """
    numerals = list(_NUMERAL.finditer(template))
    if not numerals:
        return template
    token = numerals[-1]
    style = style or _style(token.group())
    if token.group()[0] in CIRCLED:
        written = CIRCLED[ordinal - 1] if 0 < ordinal <= len(CIRCLED) else str(ordinal)
    elif style == "cjk":
        written = _cjk(ordinal)
    elif "０" <= token.group()[0] <= "９":
        written = "".join(chr(ord(c) + 0xFEE0) for c in str(ordinal))
    else:
        written = str(ordinal)
    return template[:token.start()] + written + template[token.end():]


def _cjk(number: int) -> str:
    """1–99 in CJK numerals: 7 → 七, 10 → 十, 23 → 二十三."""
    if number < 10:
        return _CJK[number]
    tens, units = divmod(number, 10)
    return ("" if tens == 1 else _CJK[tens]) + "十" + (_CJK[units] if units else "")
