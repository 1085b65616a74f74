"""V005 working-differs-from-narrative."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.entities.numerals import SCALE_WORDS
from extractor.extraction import Extraction

from ..facts_view import evidence, exact, interval_of
from ..intervals import Interval
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "V005", "working-differs-from-narrative", "warning"
# 44.36/45=98.58% — the achieved figure over the target, worked out in a score table's cell
WORKING = compile_pattern(r"^\s*(?P<numerator>\d[\d,]*(?:\.\d+)?)\s*[/÷]\s*\d[\d,]*(?:\.\d+)?\s*[=＝]\s*\d[\d,]*(?:\.\d+)?\s*%\s*$")
_SHARED = 6
_NOTE = compile_pattern(r"[（(][^）)]*[）)]")
_CLOSE = Decimal("1.5")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Reads the working a score table shows in a cell (``44.36/45=98.58%``: achieved over target)
    and finds the narrative sentence about the same task — one that repeats six or more
    characters of the row's labels (``创新工作模式，确保征缴扩面``) — and compares the figure the
    working starts from with the count or amount that sentence states, in its written unit. A
    difference is reported as ``uncertain``: the working may use another count.

    Why is this bad?
    The score is computed from the working; when the narrative states a different achieved value
    for the same task, either the score rests on an unreported figure or the narrative is wrong.

    Example:
    ``8.创新工作模式，确保征缴扩面，城乡居民参保人数达到43.66万人`` in the narrative, and the score
    table's row ``创新工作模式，确保征缴扩面（30分）| 任务完成率 | 3 | 2 | 44.36/45=98.58%``.
    """
    document = extraction.document
    narrative = [f for f in extraction.facts if f.source == "text" and f.measure in ("count", "amount") and exact(f)]
    for table in document.tables:
        for row in table.rows:
            for cell in row:
                working = WORKING.match(cell.text)
                if working is None:
                    continue
                numerator = _number(working.group("numerator"))
                labels = _labels(table, cell)
                if numerator is None or not labels:
                    continue
                stated = [
                    f for f in narrative
                    if _about(document.normalized[f.sentence_start:f.sentence_end], labels) and _close(_written(f), numerator)
                ]
                places = len(working.group("numerator").split(".")[1]) if "." in working.group("numerator") else 0
                half = Decimal("0.5").scaleb(-places)
                mine = Interval(numerator - half, numerator + half)
                differing = [f for f in stated if not _written_interval(f).overlaps(mine)]
                if not stated or len(differing) != len(stated):
                    continue
                start = cell.start + working.start("numerator")
                yield Finding(
                    rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
                    message=f"评分表中的计算“{cell.text.strip()}”以{working.group('numerator')}为完成数，正文同一任务为{differing[0].entity.text}",
                    message_en=f"the score table works from {working.group('numerator')} ({cell.text.strip()}); the narrative states {differing[0].entity.text} for the same task",
                    evidence=(
                        Evidence(start, start + len(working.group("numerator")), working.group("numerator"), "working", numerator),
                        *(evidence(f, "text") for f in differing),
                    ),
                    expected=f"{differing[0].entity.text} in the working, or the working's {working.group('numerator')} in the narrative",
                    subject=f"{cell.text.strip()}|{differing[0].key}",
                )


def _labels(table, cell) -> list[str]:
    """The row's label texts left of the cell, a merged (empty) label taken from the rows above."""
    labels = []
    for col in range(cell.col):
        for r in range(cell.row, -1, -1):
            above = next((c for c in table.rows[r] if c.col == col), None)
            if above is not None and above.text.strip():
                text = _NOTE.sub("", above.text).strip()
                if len(text) >= _SHARED:
                    labels.append(text)
                break
    return labels


def _about(sentence: str, labels: list[str]) -> bool:
    return any(label[i:i + _SHARED] in sentence for label in labels for i in range(len(label) - _SHARED + 1))


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _written(fact) -> Decimal:
    """A figure's number as written (43.66 for 43.66万人)."""
    return fact.entity.value / SCALE_WORDS.get(fact.entity.scale or "", Decimal(1))


def _written_interval(fact) -> Interval:
    interval = interval_of(fact)
    factor = SCALE_WORDS.get(fact.entity.scale or "", Decimal(1))
    return Interval(interval.low / factor, interval.high / factor)


def _close(a: Decimal, b: Decimal) -> bool:
    """Figures of one magnitude (43.66 and 44.36), not a count beside an unrelated amount."""
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= _CLOSE
