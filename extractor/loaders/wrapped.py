"""Plain text copied out of a PDF: lines broken at a fixed width in mid-sentence, with the pages'
running headers and 第N页 footers between them.  Such text is joined back into paragraphs, as the
PDF loader joins a page's lines, so that 项目\\n支出 reads as 项目支出 again.

Only text that is clearly wrapped is touched: most of its longer lines end at one right margin
(the same display width, a Han character counting two) without ending a sentence.  Text written
one paragraph per line, or with hand-broken short lines, is returned as it is.
"""

from __future__ import annotations

from collections import Counter


from ..regexes import compile_pattern
from .continued_tables import PAGE_FOOTER

from ..normalize import display_width

# 第1页 共4页 / - 3 - / — 3 — / 3/9: a page's own furniture, never report text
_PAGE_FOOTER = PAGE_FOOTER
# a line that opens a heading, a list item or a table starts a block of its own
_OPENS_BLOCK = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)"
    r"|[①-⑳]|第[一二三四五六七八九十\d]+[部章节条]|附件|附表|表\s*\d|图\s*\d|单位[：:])"
)
# a line at the margin ending a sentence may end its paragraph; one ending with ：or ； goes on
# unless the next line opens an item of its own
_ENDS_SENTENCE = tuple("。！？!?")
_INDENT = ("\u3000", " ", "\t")
_SHORTEST_MARGIN = 40  # display columns: narrower "margins" are headings and lists, not wrapping
_MARGIN_SLACK = 3  # a wide character or a word that would not fit ends a line this much short
_WRAPPED_SHARE = 0.5  # of the lines at least half the margin wide, this many end at the margin
_FEWEST_WRAPPED = 5
_FEWEST_WRAPPED_PAGED = 2
_OVERFLOW_SHARE = 0.1


def unwrap_lines(text: str) -> str | None:
    """``text`` with its hard-wrapped paragraphs joined and its page headers and footers removed
    (only those when its lines are not broken at a margin), or ``None`` when it has neither.

    Example: twelve lines 76 columns wide such as ``　　调整后全年预算8,979.30万元（含上年结转），其中基本
    支出2,186.40万元、项目`` / ``支出6,792.90万元。`` become one paragraph ending ``…项目支出6,792.90万元。``.
    """
    original = text.split("\n")
    lines = _without_page_furniture(original)
    # page footers say the text came out of a PDF: fewer broken lines are then evidence enough
    paged = len(lines) < len(original)
    margin = _margin(lines, paged=paged)
    if margin is None:
        # page furniture in text not broken at a margin: only the furniture goes
        return "\n".join(lines) if paged else None
    # where paragraphs open indented, a line that fills the margin goes on even after a 。
    indented = _paragraphs_indented(lines, margin)
    out: list[str] = []
    previous = ""  # the last physical line kept, "" after a break
    for line in lines:
        bare = line.rstrip()
        if not bare.strip():
            if previous and _fills(previous, "", margin):
                continue  # the blank lines around a page break inside a paragraph
            out.append(bare)
            previous = ""
            continue
        continues = (
            previous and _fills(previous, bare, margin) and (indented or not previous.endswith(_ENDS_SENTENCE))
            and not bare.startswith(_INDENT) and not _OPENS_BLOCK.match(bare) and not _TABLE_ROW.search(bare)
        )
        if continues:
            joiner = " " if previous[-1:].isascii() and previous[-1:].isalnum() and bare[:1].isascii() and bare[:1].isalpha() else ""
            out[-1] += joiner + bare
        else:
            out.append(bare)
        previous = bare
    joined = "\n".join(out)
    return joined if joined != text else None


_TABLE_ROW = compile_pattern(r"\t|\S\s{2,}\S|(?:\s[\d,.%-]+){2,}\s*$")


def _fills(line: str, following: str, margin: int) -> bool:
    """Whether ``line`` was broken at the margin: it reaches it, or the number or word that opens
    the next line would not have fitted after it (县道 / 386.52公里)."""
    width = display_width(line)
    return width >= margin - _MARGIN_SLACK or bool(following) and width + display_width(_first_word(following)) > margin


def _paragraphs_indented(lines: list[str], margin: int) -> bool:
    """Whether most lines after a paragraph's sure end (a 。 short of the margin) open indented
    (　　), as paragraphs do."""
    after_end = [
        line for previous, line in zip(lines, lines[1:])
        if previous.rstrip().endswith("。") and not _fills(previous.rstrip(), "", margin)
        and line.strip() and not _OPENS_BLOCK.match(line)
    ]
    return bool(after_end) and sum(line.startswith(_INDENT) for line in after_end) * 2 > len(after_end)


_WORD = compile_pattern(r"[0-9A-Za-z.,%，、（）()〔〕\-—]+")


def _first_word(line: str) -> str:
    """The unbreakable run a line opens with: a number with its separators, or a Latin word;
    else its first character."""
    found = _WORD.match(line)
    return found.group() if found else line[:1]


def _margin(lines: list[str], paged: bool = False) -> int | None:
    """The right margin most long lines end at, if the text is wrapped there (``paged``: page
    furniture was found, and two lines broken at the margin are enough)."""
    widths = [display_width(line.rstrip()) for line in lines if line.strip() and "\t" not in line]
    widest = Counter(w for w in widths if w >= _SHORTEST_MARGIN)
    if not widest:
        return None
    margin = max(widest, key=lambda w: (widest[w], w))
    long_lines = [w for w in widths if w >= margin // 2]
    at_margin = [w for w in long_lines if margin - _MARGIN_SLACK <= w <= margin]
    wrapped_body = [
        line for line in lines
        if "\t" not in line and margin - _MARGIN_SLACK <= display_width(line.rstrip()) <= margin
        and not line.rstrip().endswith(_ENDS_SENTENCE)
    ]
    # a line may run past the margin by the punctuation that hangs at its end; many longer lines
    # mean the text is not broken at this width
    overflowing = [w for w in widths if w > margin + _MARGIN_SLACK]
    if len(overflowing) > _OVERFLOW_SHARE * len(long_lines):
        return None
    if paged:
        return margin if len(wrapped_body) >= _FEWEST_WRAPPED_PAGED else None
    if len(wrapped_body) < _FEWEST_WRAPPED or len(at_margin) < _WRAPPED_SHARE * len(long_lines):
        return None
    return margin


def _without_page_furniture(lines: list[str]) -> list[str]:
    """The lines without page footers (第1页 共4页), the running header after them, and the blank
    lines around both: a page break, across which a paragraph or a table goes on."""
    headers = _running_headers(lines)
    footers = [index for index, line in enumerate(lines) if line.strip() and _PAGE_FOOTER.fullmatch(line.rstrip())]
    furniture = set(footers)
    for index in footers:
        # the running header is the first line after a footer — the document's own title stays
        following = next((other for other in range(index + 1, len(lines)) if lines[other].strip()), None)
        if following is not None and lines[following].strip() in headers:
            furniture.add(following)
    dropped = set(furniture)
    for index in furniture:
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and (not lines[other].strip() or other in furniture):
                dropped.add(other)
                other += step
    return [line for index, line in enumerate(lines) if index not in dropped]


def _running_headers(lines: list[str]) -> set[str]:
    """Lines that recur right after a page footer (the report's title repeated on every page):
    after two footers, or after one when the document opens with the same line."""
    after_footer: Counter[str] = Counter()
    for index, line in enumerate(lines):
        if not (_PAGE_FOOTER.fullmatch(line.rstrip()) and line.strip()):
            continue
        following = next((other.strip() for other in lines[index + 1:] if other.strip()), "")
        if following:
            after_footer[following] += 1
    opening = [line.strip() for line in lines if line.strip()][:_TITLE_LINES]
    return {line for line, count in after_footer.items() if count >= 2 or line in opening}


_TITLE_LINES = 3
