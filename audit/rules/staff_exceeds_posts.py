"""P002 staff-exceeds-posts."""

from __future__ import annotations

from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern
from extractor.facts.model import PEOPLE_UNITS

from ..facts_view import evidence, exact
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "P002", "staff-exceeds-posts", "warning"


# staff hired outside the establishment, counted among those in post
_OFF_ESTABLISHMENT = compile_pattern(r"编外|聘用|临聘|劳务派遣|合同制|借调|外聘")


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Compares staff in post (实有) with authorised posts (编制) stated in one sentence, such as
    ``行政编制6人，实有4人`` or ``机关行政编制3名 … 实有人员4人``.

    Why is this bad?
    Staff above the establishment is either an error in one of the counts or an over-staffing
    the report does not explain; both need a look. Posts borrowed from other units can explain
    it, so the finding is ``uncertain``; a staff count its sentence says includes people hired
    outside the posts (编外聘用, 劳务派遣) is left alone.

    Example:
    ``机关行政编制3名，其中：行政编制4名。实有人员4人`` — 4 in post against 3 posts.
    """
    facts = [f for f in extraction.facts if f.measure == "count" and exact(f) and (f.entity.unit or "") in PEOPLE_UNITS]
    for index, staff in enumerate(facts):
        if not staff.key.startswith("实有"):
            continue
        establishment = [
            f for f in facts[max(0, index - 6):index]
            if "编制" in f.key and "·" not in f.key and staff.start - f.start < 160
        ]
        if not establishment:
            continue
        # posts of several units (机关行政编制7名 … 事业编制25名) add up to the establishment
        total_posts = sum(f.entity.value for f in establishment)
        posts = establishment[-1]
        if staff.entity.value <= total_posts:
            continue
        if _OFF_ESTABLISHMENT.search(extraction.document.normalized, staff.end, staff.sentence_end):
            continue  # 年末实有人员64人，其中在编51人、编外聘用13人: those hired outside the posts are counted too
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"实有人数{staff.entity.text}超过编制数{'+'.join(f.entity.text for f in establishment)}",
            message_en=f"{staff.entity.text} in post against {total_posts} authorised posts",
            evidence=(*(evidence(f, "posts") for f in establishment), evidence(staff, "staff")),
            expected=f"实有 ≤ 编制 ({total_posts})",
            subject=f"{posts.key}|{staff.period}",
        )
