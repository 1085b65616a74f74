"""V005 working-differs-from-narrative: a score table's written working against the narrative's
figure for the same task."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

NARRATIVE = "五、重点工作\n8.创新工作模式，确保征缴扩面，城乡居民参保人数达到{stated}万人。\n"
TABLE = (
    "六、评分表\n一级指标\t二级指标\t三级指标\t分值\t自评分\t完成指标\n"
    "履职效能（70分）\t创新工作模式，确保征缴扩面（30分）\t任务完成率\t3\t2\t{working}\n"
    "\t\t政策知晓率\t12\t12\t≧90%\n"
)


@pytest.mark.parametrize(
    "stated,working,texts",
    [
        ("43.66", "44.36/45=98.58%", ["43.66万人", "44.36"]),
        ("44.36", "44.36/45=98.58%", None),
        ("43.66", "43.66/45=97.02%", None),
        ("4.366", "44.36/45=98.58%", None),  # another magnitude: not the same count
    ],
)
def test_working_differs_from_narrative(stated, working, texts):
    found = findings_of(report(NARRATIVE.format(stated=stated) + TABLE.format(working=working), fiscal_year=2019), "V005")
    if texts is None:
        assert found == []
    else:
        assert [(f.status, sorted(evidence_texts(f))) for f in found] == [("uncertain", sorted(texts))]


def test_working_needs_a_sentence_about_the_same_task():
    text = "五、重点工作\n8.加强基金监管，城乡居民参保人数达到43.66万人。\n" + TABLE.format(working="44.36/45=98.58%")
    assert findings_of(report(text, fiscal_year=2019), "V005") == []
