"""C003 grade-does-not-match-score."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction
from extractor.facts.sentences import open_brackets

from ..context import clause_bounds
from ..facts_view import evidence, exact
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "C003", "grade-does-not-match-score", "error"

# 财预〔2020〕10号 (项目支出绩效评价管理办法) 第二十三条: 优 ≥ 90; 良 80 ≤ s < 90; 中 60 ≤ s < 80; 差 < 60
BANDS = {"优": (Decimal(90), Decimal(101)), "良": (Decimal(80), Decimal(90)), "中": (Decimal(60), Decimal(80)), "差": (Decimal(0), Decimal(60))}
_NATIONAL_GRADES = r"优秀|优|良好|良|中等|中|较差|差"  # the words of 财预〔2020〕10号's grades and their longer forms
GRADE = compile_pattern(
    rf"(?:评价结果|评价等级|绩效等级|等级|等次|结果)(?:为|是|评定为|：|:)?\s*[“\"「]?(?P<grade>{_NATIONAL_GRADES})[”\"」]?"
    # 总体处于“良好”等次: the grade before the word for it
    rf"|处于\s*[“\"「]?(?P<grade>{_NATIONAL_GRADES})[”\"」]?\s*(?:等次|等级|档次)"
)
_GRADE_OF = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "差": "差", "较差": "差"}
# 自评得分98.90分，其中…。根据评分等级标准（…），自评等级为“良”: the grade may follow the score's items
_REACH = 200
_ITEMS_MARKER = compile_pattern(r"\s*[，,：:]?\s*(?:其中|包括|分别为)")
# 共扣10.14分 / 扣减2分: points taken off the score, not another score that might be graded
_OTHER_SCORE = compile_pattern(r"(?<![扣减\d.])\d+(?:\.\d+)?\s?分")
_BRACKETED = compile_pattern(r"[（(][^（）()]*[）)]")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Reads an overall score (综合得分/综合评分/评价得分 …) and the grade stated after it in its
    paragraph (评价结果为优, 总体处于“良好”等次) — past the score's own items (其中投入20分…), a
    statement of the bands (bracketed, or 90分（含）以上为“优”… in the grade's sentence) and the score's
    own comparison with last year (较上年的85.42分提高2.64分), but not past any other score — or the
    合计 row's 得分 of a score table the grade's paragraph follows directly, and checks the grade against
    the bands of 财预〔2020〕10号: 优 ≥ 90, 良 80–90 (80 inclusive), 中 60–80 (60 inclusive), 差 < 60.
    A results table giving each unit's 总分 and 等次 is checked row by row against the bands the report
    itself states (90分及以上为优秀，80分（含）至90分为良好…); without stated bands it is left alone.

    Why is this bad?
    The grade is what gets reported upward and published; a grade better than the score earns
    means the self-evaluation overstates performance.

    Example:
    ``综合得分 79.12 分，评价结果为“良”`` — 79.12 is in the 中 band (60 ≤ s < 80).
    """
    view = extraction.document.normalized
    unbracketed = [
        f for f in extraction.facts
        if f.measure == "score" and f.source == "text" and open_brackets(view, f.sentence_start, f.start) == 0
    ]
    scores = [f for f in unbracketed if f.role == "score" and f.key and exact(f)]
    # 自评得分98.90分，其中投入20分、过程20分…: the items of a total score are not graded
    items = {id(p) for r in extraction.relations if r.kind == "parts" for p in r.parts}
    # …自评得分98.99分，其中…满意度指标得分9.60分: the scores listed after a total's 其中 are its items
    listing = [f for f in unbracketed if _ITEMS_MARKER.match(view, f.end)]
    items |= {id(f) for f in unbracketed for t in listing if t.sentence_start == f.sentence_start and t.end <= f.start}
    # 决策、过程、产出、效益四类指标分别得14.50分、18.91分、38.20分和24.04分: a list of items, none the total
    listed = {
        id(f) for a, b in zip(unbracketed, unbracketed[1:]) if a.sentence_start == b.sentence_start
        and _LIST_JOIN.fullmatch(view, a.end, b.start) for f in (a, b)
    }
    overall = [f for f in scores if id(f) not in items and id(f) not in listed]
    totals = [f for f in extraction.facts if _table_total_score(f)]
    # the report's own bands, by the national grade each word stands for (良好 → 良): 95分（含）以上为“优秀”…，
    # and a grade written 良 is read in the band stated for 良好
    statements = _band_statements(view)
    stated = {_GRADE_OF[word]: band for word, band in _first_stated(statements, 2).items() if word in _GRADE_OF}
    for found in GRADE.finditer(view):
        paragraph = view.rfind("\n", 0, found.start()) + 1
        if open_brackets(view, paragraph, found.start()) > 0:
            continue  # （90分（含）以上为“优”…）: the bands themselves, not a grade given
        fact = next((f for f in reversed(overall) if f.end <= found.start()), None)
        if _OTHER_YEAR.search(view, clause_bounds(view, paragraph, found.start(), found.start())[0], found.start()):
            continue  # 上年度本部门绩效评价结果为“良”，本年度…: last year's grade
        if fact is None or found.start() - fact.end > _REACH or "\n" in view[fact.end:found.start()]:
            # 合计 100 93.76 as the score table's last row, then 评价等级按…划分，本部门自评等级为“良”:
            # the paragraph right after the table grades the table's total (a whole score table: 分值 100)
            fact = next((f for f in totals if f.end < paragraph and view.count("\n", f.end, paragraph) == 1), None)
            if fact is None or found.start() - paragraph > _REACH or not _out_of_hundred(extraction.facts, fact):
                continue
            if any(f.end < fact.start and f.entity.value != fact.entity.value for f in overall):
                continue  # 本项目综合得分93.10分 stated before a 满意度 table of 100 points: which total is graded is unclear
        written = len(_OTHER_SCORE.findall(_COMPARED.sub(_blank, _BAND_CLAUSE.sub(_blank, _without_brackets(view[fact.end:found.start()])))))
        listed = sum(1 for f in unbracketed if fact.end <= f.start and f.end <= found.start() and id(f) in items)
        if written > listed:
            continue  # another score than the total's items stands between: which one is graded is unclear
        grade = _GRADE_OF[found.group("grade")]
        low, high = BANDS[grade]
        own_bands = grade in stated and any(a <= fact.entity.value < b for a, b in stated.values())
        if own_bands:
            # 95分（含）以上为“优”，85分（含）至95分为“良”: the report's own bands, where it states them and
            # they hold the score (90-100分为优，80-89分为良 leaves 89.60 between: the national bands decide)
            low, high = stated[grade]
        score = fact.entity.value
        if low <= score < high:
            continue
        earned = next((name for name, (a, b) in (stated if own_bands else BANDS).items() if a <= score < b), None)
        if earned is None:
            continue
        start, end = found.start("grade"), found.end("grade")
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="fail",
            message=f"综合得分{fact.entity.text}应评为“{earned}”，报告评为“{found.group('grade')}”",
            message_en=f"overall score {fact.entity.text} falls in band {earned}, but the grade stated is {found.group('grade')}",
            evidence=(evidence(fact, "score"), Evidence(start, end, extraction.document.text[start:end], "grade")),
            expected=f"{grade}: {low} ≤ score < {high}",
            subject=f"grade|{fact.period}",
        )
    yield from _table_row_grades(extraction, _first_stated(statements, _FEWEST_BANDS))


# 90分及以上为优秀，80分（含）至90分为良好，…60分以下为不合格: the bands a report states for its own grades
_GRADE_WORDS = r"优秀|优|良好|良|基本合格|合格|中等|中|不合格|较差|差"
_BAND_FROM = compile_pattern(rf"(?P<low>\d+(?:\.\d+)?)\s?分(?:[（(]含[）)])?(?:及以上|以上|及其以上)(?:[（(]含[）)])?为\s*[“\"「]?(?P<grade>{_GRADE_WORDS})")
_BAND_BETWEEN = compile_pattern(
    rf"(?P<low>\d+(?:\.\d+)?)\s?分?(?:[（(]含[）)])?\s*(?:至|到|-|—|～|~)\s*(?P<high>\d+(?:\.\d+)?)\s?分(?:[（(]不含[）)])?(?:以下)?为\s*[“\"「]?(?P<grade>{_GRADE_WORDS})"
)
_BAND_BELOW = compile_pattern(rf"(?P<high>\d+(?:\.\d+)?)\s?分以下为\s*[“\"「]?(?P<grade>{_GRADE_WORDS})")
_OTHER_YEAR_COLUMN = compile_pattern(r"上年|去年|上一年|\d{4}\s*年")
_GRADE_COLUMN = compile_pattern(r"(?:考评|评价|评定|绩效|考核)?(?:等次|等级|结果等次)")
_SCORE_COLUMN = compile_pattern(r"\p{Han}{0,4}?(?:总分|得分)(?:[（(]分[）)])?")
_FEWEST_BANDS = 3
_GRADE_NAMED = compile_pattern(rf"分(?:[（(]不含[）)])?\s*为\s*[“\"「]?(?:{_GRADE_WORDS})|(?:以上|以下)为\s*[“\"「]?(?:{_GRADE_WORDS})")


def _band_statements(view: str) -> list[dict[str, tuple[Decimal, Decimal]]]:
    """The grade bands each paragraph states (each grade word with its [low, high) scores), in order,
    for the paragraphs where a grade word follows 为 (分为/以上为/以下为)."""
    statements = []
    seen: set[int] = set()
    for named in _GRADE_NAMED.finditer(view):
        start = view.rfind("\n", 0, named.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        end = view.find("\n", named.end())
        paragraph = view[start:end if end != -1 else len(view)]
        bands: dict[str, tuple[Decimal, Decimal]] = {}
        for found in _BAND_FROM.finditer(paragraph):
            bands.setdefault(found.group("grade"), (Decimal(found.group("low")), Decimal(1000)))
        for found in _BAND_BETWEEN.finditer(paragraph):
            bands.setdefault(found.group("grade"), (Decimal(found.group("low")), Decimal(found.group("high"))))
        for found in _BAND_BELOW.finditer(paragraph):
            bands.setdefault(found.group("grade"), (Decimal(0), Decimal(found.group("high"))))
        statements.append(bands)
    return statements


def _first_stated(statements: list[dict], fewest: int) -> dict[str, tuple[Decimal, Decimal]]:
    """The first paragraph's bands that state at least ``fewest`` grades, or none."""
    return next((bands for bands in statements if len(bands) >= fewest), {})


def _table_row_grades(extraction: Extraction, bands: dict[str, tuple[Decimal, Decimal]]) -> Iterator[Finding]:
    """Rows of a results table giving each unit's total score and its grade (总分 | 等次), checked
    against the bands the report states: ``楦河镇 | … | 91.5 | 良好`` under 90分及以上为优秀 is wrong."""
    if not bands:
        return
    # 优 in a table under bands stated for 优秀: the same grade, by meaning (合格/不合格 only as written)
    meaning = {_GRADE_OF.get(word, word): word for word in bands}
    facts_at = {f.start: f for f in extraction.facts if f.source == "table"}
    for table in extraction.document.tables:
        if not table.rows:
            continue
        # a text cell's col_header is the text above it (the row before's grade): the header row names the column
        headers = {c.col: c.text.strip() for c in table.rows[0]}
        for row in table.rows[1:]:
            grades = [
                c for c in row if _GRADE_COLUMN.fullmatch(headers.get(c.col, ""))
                and (c.text.strip() in bands or _GRADE_OF.get(c.text.strip()) in meaning)
            ]
            if len(grades) != 1:
                continue
            grade = grades[0]
            # 总分 | 加分 | 最终得分 | 等次: the grade is of the score column nearest before it (or, with none
            # before, after it: 等次 | 得分), not of last year's (本年得分 | 上年得分 | 等次)
            scores = [
                c for c in row if _SCORE_COLUMN.fullmatch(headers.get(c.col, "")) and c.start in facts_at
                and not _OTHER_YEAR_COLUMN.search(headers.get(c.col, ""))
            ]
            before = [c for c in scores if c.col < grade.col]
            if not scores:
                continue
            cell = max(before, key=lambda c: c.col) if before else min(scores, key=lambda c: c.col)
            fact = facts_at[cell.start]
            if fact.measure not in ("score", "count", "amount", "percent") or not exact(fact):
                continue
            written = grade.text.strip()
            low, high = bands[written] if written in bands else bands[meaning[_GRADE_OF[written]]]
            score = fact.entity.value
            if low <= score < high:
                continue
            earned = next((name for name, (a, b) in bands.items() if a <= score < b), None)
            if earned is None:
                continue
            yield Finding(
                rule=CODE, name=NAME, severity=SEVERITY, status="fail",
                message=f"“{fact.row_header}”得分{fact.entity.text}应为“{earned}”，表中为“{grade.text.strip()}”",
                message_en=f"{fact.row_header}: score {fact.entity.text} falls in band {earned}, but the table grades it {grade.text.strip()}",
                evidence=(evidence(fact, "score"), Evidence(grade.start, grade.end, extraction.document.text[grade.start:grade.end], "grade")),
                expected=f"{grade.text.strip()}: {low} ≤ score < {high}",
                subject=f"grade|{fact.row_header}|{fact.period}",
            )


# 90分（含）以上为“优”、80分（含）至90分为“良”: the bands stated in the grade's own sentence
_BAND_CLAUSE = compile_pattern(rf"\d+(?:\.\d+)?\s?分[^，,；;。、“\"「\d]{{0,8}}?(?:\d+(?:\.\d+)?\s?分)?[^，,；;。、“\"「\d]{{0,6}}?为\s*[“\"「]?(?:{_NATIONAL_GRADES})")
_TOTAL_ROW = compile_pattern(r"合计|总计|总分|综合得分|总得分")
# ，较上年的85.42分提高2.64分: the same score's last year and its change, not another score graded
_COMPARED = compile_pattern(r"(?:较|比)上年(?:的)?\s*\d+(?:\.\d+)?\s?分|(?:提高|增加|上升|下降|减少|降低)了?\s*\d+(?:\.\d+)?\s?分")


_LIST_JOIN = compile_pattern(r"\s*(?:、|和|及|与)\s*")
_OTHER_YEAR = compile_pattern(r"上年(?!基础)|去年|上一年")  # not 在上年基础上评价结果为“优”: this year's
def _out_of_hundred(facts, total) -> bool:
    """Whether the 合计 row holding ``total`` gives 100 as its 分值: the whole score table, not a part's."""
    return any(
        f.source == "table" and f.role == "weight" and f.entity.value == 100 and f.row_header == total.row_header
        and total.start - 40 <= f.start < total.start for f in facts
    )


def _table_total_score(fact) -> bool:
    """A score table's total: the 得分 cell of its 合计 (总分) row."""
    return (
        fact.source == "table" and fact.measure == "score" and fact.role == "score" and exact(fact)
        and _TOTAL_ROW.fullmatch(fact.row_header.strip()) is not None and "得分" in fact.col_header
    )


def _blank(found) -> str:
    return " " * len(found.group())


def _without_brackets(text: str) -> str:
    """The text with its bracketed asides blanked, innermost first."""
    while True:
        blanked = _BRACKETED.sub(_blank, text)
        if blanked == text:
            return text
        text = blanked
