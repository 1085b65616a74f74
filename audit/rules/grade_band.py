"""C003 grade-does-not-match-score."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

import regex

from extractor.extraction import Extraction

from ..facts_view import evidence, exact
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C003", "grade-does-not-match-score", "error"

# 财预〔2020〕10号 (项目支出绩效评价管理办法) 第二十三条: 优 ≥ 90; 良 80 ≤ s < 90; 中 60 ≤ s < 80; 差 < 60
BANDS = {"优": (Decimal(90), Decimal(101)), "良": (Decimal(80), Decimal(90)), "中": (Decimal(60), Decimal(80)), "差": (Decimal(0), Decimal(60))}
GRADE = regex.compile(r"(?:评价结果|评价等级|绩效等级|等级|结果)(?:为|是|评定为|：|:)?\s*[“\"「]?(?P<grade>优秀|优|良好|良|中等|中|差|较差)[”\"」]?")
_WINDOW = 60
_GRADE_OF = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "差": "差", "较差": "差"}


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Reads an overall score (综合得分/综合评分/评价得分 …) and the grade stated next to it
    (评价结果为优) and checks the grade against the bands of 财预〔2020〕10号: 优 ≥ 90,
    良 80–90 (80 inclusive), 中 60–80 (60 inclusive), 差 < 60.

    Why is this bad?
    The grade is what gets reported upward and published; a grade better than the score earns
    means the self-evaluation overstates performance.

    Example:
    ``综合得分 79.12 分，评价结果为“良”`` — 79.12 is in the 中 band (60 ≤ s < 80).
    """
    view = extraction.document.normalized
    for fact in extraction.facts:
        if fact.measure != "score" or fact.role != "score" or fact.source != "text" or not exact(fact):
            continue
        window = view[fact.end:fact.end + _WINDOW]
        found = GRADE.search(window)
        if not found or regex.search(r"\d+(?:\.\d+)?\s?分", window[: found.start()]):
            continue
        grade = _GRADE_OF[found.group("grade")]
        low, high = BANDS[grade]
        score = fact.entity.value
        if low <= score < high:
            continue
        earned = next(name for name, (a, b) in BANDS.items() if a <= score < b)
        start = fact.end + found.start("grade")
        end = fact.end + found.end("grade")
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"综合得分{fact.entity.text}应评为“{earned}”，报告评为“{found.group('grade')}”",
            message_en=f"overall score {fact.entity.text} falls in band {earned}, but the grade stated is {found.group('grade')}",
            evidence=(evidence(fact, "score"), Evidence(start, end, extraction.document.text[start:end], "grade")),
            expected=f"{grade}: {low} ≤ score < {high}",
            subject=f"grade|{fact.period}",
        )
