"""T001 heading-number-out-of-sequence: sibling headings that skip, repeat or switch numbering."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of

CODE = "T001"


def outline(*headings: str) -> str:
    """A report made of heading lines, each followed by a line of body text."""
    return "\n".join(f"{heading}\n本部分正文内容。" for heading in headings) + "\n"


@pytest.mark.parametrize(
    "text, status, evidence, expected",
    [
        (
            outline("一、概况", "二、支出", "三、绩效", "四、结论", "五、问题", "六、措施", "七、三公经费", "八、基金", "七、国资", "十、其他"),
            "fail", ["七、", "八、", "七、", "十、"], "七、 八、 七、 十、 → 七、 八、 九、 十、",
        ),
        (outline("一、概况", "二、支出", "四、结论"), "fail", ["二、", "四、"], "二、 四、 → 二、 三、"),
        (outline("一、概况", "二、支出", "三、绩效", "二、问题", "五、措施"), "fail", ["二、", "三、", "二、", "五、"], None),
        (outline("一、概况", "（一）基本情况", "（二）职责", "（二）机构", "（三）人员"), "fail", ["（二）", "（二）"], None),
        (outline("1.机构组成", "2.机构职能", "2.人员概况", "3.工作目标"), "fail", ["2.", "2."], None),
        # a duplicate in a restarted list is not traced back into the earlier list
        (outline("一、概况", "二、支出", "三、绩效", "一、概况", "二、支出", "二、绩效"), "fail", ["二、", "二、"], None),
        (outline("2.1 预算编制", "2.3 预算执行"), "fail", ["2.1", "2.3"], None),
        (outline("（1）主要职能", "（2）机构设置", "（4）人员"), "fail", ["（2）", "（4）"], None),
        (outline("①参保", "③征缴"), "fail", ["①", "③"], None),
        # a scheme slip: （2） written for （二）, nested by the builder under （一）
        (outline("二、一般公共预算支出情况", "（一）基本支出情况", "（2） 项目支出情况"), "uncertain", ["（一）", "（2）"], "（一） （2） → （一） （二）"),
        (outline("一、项目基本情况", "（一）政策目标", "（2）资金管理办法", "（三）资金使用情况"), "uncertain", ["（一）", "（2）", "（三）"], None),
        (outline("一、概况", "2、支出", "三、绩效"), "uncertain", ["一、", "2、", "三、"], "一、 2、 三、 → 一、 二、 三、"),
        # CJK and Arabic numerals mixed within one scheme
        (outline("第一部分 部门概况", "第2部分 决算说明", "第三部分 名词解释"), "uncertain", ["第一部分", "第2部分", "第三部分"], "第一部分 第2部分 第三部分 → 第一部分 第二部分 第三部分"),
        (outline("附件1", "附件二"), "uncertain", ["附件1", "附件二"], None),
    ],
)
def test_heading_number_out_of_sequence_found(text, status, evidence, expected):
    (finding,) = findings_of(text, CODE)
    assert (finding.rule, finding.status, finding.severity) == (CODE, status, "warning")
    assert evidence_texts(finding, "heading") == evidence
    if expected is not None:
        assert finding.expected == expected


@pytest.mark.parametrize(
    "text",
    [
        outline("一、概况", "二、支出", "三、绩效"),
        # numbering restarts under a new parent
        outline("一、概况", "（一）基本情况", "（二）职责", "二、支出", "（一）基本支出", "（二）项目支出"),
        # restart at 1 in the same parent: a second report bound into one annex
        outline("附件2", "一、项目概况", "二、评价结论", "一、项目概况", "二、评价结论"),
        # a first child that does not start at 1 (a list continued from a table or an inline item)
        outline("九、自评结果应用", "2.2024年度部门整体支出绩效自评表", "3.2024年度项目支出绩效自评表"),
        outline("一、概况", "（二）职责", "（三）人员"),
        outline("第五部分 附表", "六、一般公共预算财政拨款支出决算表"),
        # the first item sits inline on the parent's line: （2） is not a slipped （二）
        "（一）主要职能：（1）负责政策执行；\n（2）负责基金监管。\n（二）机构设置\n正文。\n",
        # a list of （n） under （一）: not a slip either
        outline("（一）主要职能", "（2）负责政策执行", "（3）负责基金监管"),
        # the missing number is written in between, badly: a malformed marker, not a gap
        "1.基金预算执行及时。\n2.实施多种监管方式。\n3严格执行救助程序。\n4.从严执行标准。\n",
        "（1）第一项\n正文。\n3项工作未完成。\n（2）第二项\n正文。\n",
        # separators vary, numbers follow
        outline("3.名词一", "4、名词二", "5.名词三"),
        # multi-level numbers carried over to the next chapter
        outline("2.1 预算编制", "2.2 预算执行", "3.1 绩效目标"),
        # two lists in one parent: 1. 2. then 一、 二、
        outline("1.说明一", "2.说明二", "一、概况", "二、支出"),
        # an item opening with a month: 2.6月、9月… is item 2, not the decimal 2.6
        "1.年初设定目标4类。\n2.6月、9月开展2次绩效运行监控。\n3.对2个重点项目开展事前评估。\n",
        # items (二)–(四) run on inside the paragraph after a sentence each
        "（一）加强管理。建立机制。（二）加快执行。优化流程。（三）提升能力。开展轮训。（四）强化应用。\n（五）完善目标。细化指标。\n",
        # headings known only from markup have no number to check
        "## 部门概况\n正文。\n## 支出情况\n正文。\n",
    ],
)
def test_heading_number_out_of_sequence_not_found(text):
    assert findings_of(text, CODE) == []


def test_heading_number_out_of_sequence_evidence_is_the_marker_after_artefacts():
    text = "一、概况\n正文。\n[bookmark: _Toc1][bookmark: _Toc2]三、支出\n正文。\n"
    (finding,) = findings_of(text, CODE)
    second = finding.evidence[1]
    assert (second.text, text[second.start:second.end]) == ("三、", "三、")


SEED_FINDINGS = {
    "000": [],
    "001": [
        ("uncertain", ["第一部分", "第2部分", "第3部分", "第四部分", "第五部分"]),
        ("fail", ["七、", "八、", "七、", "十、"]),
        ("uncertain", ["（一）", "（2）", "（三）"]),  # 附件2, first project report
        ("uncertain", ["（一）", "（2）", "（三）"]),  # 附件2, second project report
    ],
    "002": [],
    "003": [("uncertain", ["（一）", "（2）"])],
    "004": [],
}


@pytest.mark.parametrize("seed", sorted(SEED_FINDINGS))
def test_heading_number_out_of_sequence_on_seeds(seed_doc, seed):
    found = findings_of(seed_doc(seed), CODE)
    assert [(f.status, evidence_texts(f)) for f in found] == SEED_FINDINGS[seed]
    assert len({f.fingerprint for f in found}) == len(found)


def test_heading_number_out_of_sequence_seed_offsets(seed_doc):
    found = findings_of(seed_doc("001"), CODE)
    assert [e.start for e in found[1].evidence] == [4029, 4760, 4845, 4932]
    assert [e.start for e in found[2].evidence] == [13853, 13960, 14314]
    assert [e.start for e in found[3].evidence] == [17128, 17317, 17407]
    (slip,) = findings_of(seed_doc("003"), CODE)
    assert [e.start for e in slip.evidence] == [414, 564]
