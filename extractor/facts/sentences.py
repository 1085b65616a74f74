"""Sentence and clause boundaries with offsets (on the normalised view).

A sentence ends at 。！？ or a line break — not at ；, because 其中 lists run across semicolons.
A clause ends at ，；：、 or an opening bracket: the stretch in which a figure's indicator is named.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from ..regexes import compile_pattern

SENTENCE_END = compile_pattern(r"[。！？!?\n]", scans=True)
CLAUSE_BREAK = compile_pattern(r"[，；;：:（(）)、]|,(?!\d{3}(?:\D|$))")  # 6,935.20: a thousands comma breaks nothing
# the same, searching backwards: its first match is the last clause break before an offset
_LAST_CLAUSE_BREAK = compile_pattern(CLAUSE_BREAK.pattern, regex.REVERSE)
_SHORT_GLOSS = 16


class Sentences:
    """Sentence lookup for one text: ``span_of(offset)`` gives the enclosing sentence."""

    def __init__(self, view: str):
        self._ends = [m.end() for m in SENTENCE_END.finditer(view)]
        self._length = len(view)

    def span_of(self, offset: int) -> tuple[int, int]:
        """``[start, end)`` of the sentence holding ``offset``.

        >>> Sentences("一二。三四。").span_of(3)
        (3, 6)
        """
        index = bisect_right(self._ends, offset)
        start = self._ends[index - 1] if index else 0
        end = self._ends[index] if index < len(self._ends) else self._length
        return start, end


# a figure inside brackets (not the 3 of 福彩3D): two or more digits, decimals, or a digit with a unit
# 2019年 / 2024年度 opening a title or a name: the year it is about, no part of what it names
LEADING_YEAR = compile_pattern(r"^\s*(?:19|20)\d{2}\s*年度?")
FIGURE_IN_GLOSS = compile_pattern(r"\d{2,}|\d[.．,，]\d|\d\s*(?:\p{Han}|[%％])")


def clause_start(view: str, sentence_start: int, offset: int) -> int:
    """Where the clause holding ``offset`` begins (after the last clause break before it).

    >>> clause_start("收入100万元，其中基本支出80万元", 0, 15)
    8
    """
    end = offset
    while True:
        found = _LAST_CLAUSE_BREAK.search(view, sentence_start, end)
        if found is None:
            return sentence_start
        opening = view.rfind("(", max(sentence_start, found.start() - _SHORT_GLOSS), found.start())
        if view[found.start()] == ")" and opening != -1 and not FIGURE_IN_GLOSS.search(view, opening, found.start()):
            # 社会保障和就业（类）支出, 离休干部（门诊和住院）医疗费: a short gloss in brackets is part
            # of the name; a bracket with figures in it is a breakdown, not a gloss
            end = opening
            continue
        return found.end()


def item_start(view: str, sentence_start: int, offset: int) -> int:
    """Where the ；-item holding ``offset`` begins: just past the last ；/; before it in its sentence.

    >>> item_start("森林防火项目…；生态公益林补偿资金…执行率100%", 0, 20)
    8
    """
    return max(sentence_start, view.rfind("；", sentence_start, offset) + 1, view.rfind(";", sentence_start, offset) + 1)


def open_brackets(view: str, start: int, end: int) -> int:
    """How many brackets are open at ``end``, counting from ``start`` (ASCII and full width).

    >>> open_brackets("实际支出29.28万元（因公出国21.36万元", 0, 22)
    1
    """
    stretch = view[start:end]
    return stretch.count("(") + stretch.count("（") - stretch.count(")") - stretch.count("）")


# a sentence opening that says it breaks down what came before: 从支出结构看， / 按用途分：
BREAKDOWN_LEAD = r"[分按从][\p{Han}]{1,8}?(?:看|分|来看|划分)[，,：:]"


# 为调整预算268,000万元的102.02% / 完成预算37,800.00万元的103.36%: a figure quoted as a rate's denominator
RATE_DENOMINATOR_AFTER = compile_pattern(r"\s*的\s*\d")


_OF_ONLY = compile_pattern(r"\s*的\s*")
_SHARE_OPENING = compile_pattern(r"\s*占")


def in_share_clause(view: str, sentence_start: int, offset: int) -> bool:
    """Whether the figure at ``offset`` stands in a clause that opens with 占 (占部门全年支出10,034.62万元的…).

    >>> in_share_clause("补助5,126.00万元，占部门全年支出10,034.62万元的51.08%", 0, 18)
    True
    """
    return bool(_SHARE_OPENING.match(view, clause_start(view, sentence_start, offset)))


def states_share_whole(view: str, sentence_start: int, whole_start: int, whole_end: int, share_start: int) -> bool:
    """Whether a figure is the whole a share is of, stated in the share's own words: ``占Y N万元的P%``
    (the figure in a clause opening with 占, and only 的 between it and the percent).

    >>> view = "补助5,126.00万元，占部门全年支出10,034.62万元的51.08%"
    >>> states_share_whole(view, 0, 20, 31, 32)
    True
    """
    return bool(_OF_ONLY.fullmatch(view, whole_end, share_start)) and in_share_clause(view, sentence_start, whole_start)

