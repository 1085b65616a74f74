"""extractor.structure.sections / headings: section trees of the seeds and the heading matcher."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize_view, strip_artefacts
from extractor.structure.headings import HeadingMatch, match_heading

ALL_SEEDS = ["000", "001", "002", "003", "004"]


def _find(doc, number: str, title: str):
    matches = [s for s in doc.iter_sections() if (s.number, s.title) == (number, title)]
    assert matches, f"no section {number}{title}"
    return matches[0]


def _pairs(sections) -> list[tuple[str, str]]:
    return [(s.number, s.title) for s in sections]


# --- invariants on every seed ---------------------------------------------------------------


@pytest.mark.parametrize("key", ALL_SEEDS)
def test_sections_tree_is_nested_and_contiguous(seed_doc, key):
    doc = seed_doc(key)

    def check(siblings, parent, level):
        for index, section in enumerate(siblings):
            assert section.level == level
            assert section.start < section.heading_end <= section.end
            if parent is not None:
                assert parent.heading_end <= section.start and section.end <= parent.end
            if index + 1 < len(siblings):
                assert section.end == siblings[index + 1].start
            check(section.children, section, level + 1)

    check(doc.sections, None, 1)
    assert doc.sections[-1].end == len(doc.text)


@pytest.mark.parametrize("key", ALL_SEEDS)
def test_sections_heading_line_holds_number_and_title(seed_doc, key):
    doc = seed_doc(key)
    for section in doc.iter_sections():
        heading = strip_artefacts(doc.text[section.start:section.heading_end])
        compact = "".join(heading.split()).replace("*", "")
        assert "".join(section.number.split()) in compact
        assert "".join(section.title.rstrip("…").split()) in compact


@pytest.mark.parametrize("key", ALL_SEEDS)
def test_sections_titles_are_clean(seed_doc, key):
    for section in seed_doc(key).iter_sections():
        for dirt in ("bookmark", "_Toc", "#", "*", "\t", "\n"):
            assert dirt not in section.title, (section.number, section.title)
        assert section.title == section.title.strip()


# --- seed 001: parts, bookmarks, out-of-sequence numbers ------------------------------------


def test_sections_seed001_top_level(seed_doc):
    assert _pairs(seed_doc("001").sections) == [
        ("第一部分", "部门概况"),
        ("第2部分", "2019年度部门决算情况说明"),
        ("第3部分", "名词解释"),
        ("第四部分", "附件"),
        ("第五部分", "附表"),
    ]
    assert [(s.ordinal, s.scheme) for s in seed_doc("001").sections] == [(n, "part") for n in (1, 2, 3, 4, 5)]


def test_sections_seed001_part2_keeps_numbers_as_written(seed_doc):
    part2 = seed_doc("001").sections[1]
    assert [c.number for c in part2.children] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "七、", "十、"]
    assert [c.ordinal for c in part2.children] == [1, 2, 3, 4, 5, 6, 7, 8, 7, 10]
    assert [c.ordinal for c in part2.children][-4:] == [7, 8, 7, 10]
    assert _pairs(part2.children[-4:]) == [
        ("七、", "“三公”经费财政拨款支出决算情况说明"),
        ("八、", "政府性基金预算支出决算情况说明"),
        ("七、", "国有资本经营预算支出决算情况说明"),
        ("十、", "其他重要事项的情况说明"),
    ]


def test_sections_seed001_bookmarked_headings(seed_doc):
    doc = seed_doc("001")
    titles = [s.title for s in doc.iter_sections()]
    assert not any("bookmark" in t or "_Toc" in t for t in titles)
    assert sum(1 for _ in doc.iter_sections()) >= 20
    part1 = doc.sections[0]
    assert _pairs(part1.children) == [("一、", "基本职能及主要工作"), ("二、", "机构设置")]
    assert _pairs(part1.children[0].children) == [("（一）", "主要职能"), ("（二）", "2019年重点工作完成情况")]
    section = _find(doc, "二、", "机构设置")
    assert doc.text[section.start:section.heading_end] == "[bookmark: _Toc15377200][bookmark: _Toc15396601]二、机构设置"


def test_sections_seed001_section_path(seed_doc):
    doc = seed_doc("001")
    heading = "（一）机关运行经费支出情况"
    offset = doc.text.index(heading) + 3
    assert doc.text[offset:offset + 4] == "机关运行"
    path = doc.section_path(offset)
    assert _pairs(path) == [
        ("第2部分", "2019年度部门决算情况说明"),
        ("十、", "其他重要事项的情况说明"),
        ("（一）", "机关运行经费支出情况"),
    ]
    assert [s.level for s in path] == [1, 2, 3]
    innermost = path[-1]
    assert strip_artefacts(doc.text[innermost.start:innermost.heading_end]) == heading
    # an offset in the body under it gives the same path
    body = doc.text.index("机关运行经费支出41.37万元")
    assert doc.section_path(body) == path


def test_sections_seed001_section_path_outside_any_section(seed_doc):
    doc = seed_doc("001")
    assert doc.section_path(len(doc.text) + 10) == ()
    assert doc.section_path(-1) == ()


def test_sections_seed001_nested_lists_under_annex(seed_doc):
    doc = seed_doc("001")
    annexes = [s for s in doc.sections[3].children if s.scheme == "annex"]
    assert [(s.number, s.ordinal) for s in annexes] == [("附件1", 1), ("附件2", 2)]
    functions = _find(doc, "2.", "机构职能")
    assert [c.ordinal for c in functions.children] == list(range(1, 12))
    assert {c.scheme for c in functions.children} == {"arabic-paren"}


# --- seed 002: markdown markup -----------------------------------------------------------------


def test_sections_seed002_markdown_titles(seed_doc):
    doc = seed_doc("002")
    dun = [s for s in doc.iter_sections() if s.scheme == "cjk-dun"]
    assert [s.title for s in dun] == [
        "基本情况",
        "部门单位整体支出管理及使用情况",
        "部门单位整体支出绩效分析",
        "评价结论",
        "存在的主要问题及原因分析",
        "改进措施和建议",
    ]
    assert [s.number for s in dun] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    # the lines as written carry markdown markup
    assert doc.text[dun[0].start:dun[0].heading_end] == "## **一、 基本情况：**"
    assert doc.text[dun[3].start:dun[3].heading_end] == "**四、评价结论：**"


def test_sections_seed002_indicators_with_and_without_markup(seed_doc):
    doc = seed_doc("002")
    analysis = _find(doc, "三、", "部门单位整体支出绩效分析")
    indicators = analysis.children
    assert _pairs(indicators) == [
        (f"（{cn}）", f"指标{cn}") for cn in "一二三四五六七八九"
    ]
    assert [s.ordinal for s in indicators] == list(range(1, 10))
    written = [doc.text[s.start:s.heading_end] for s in indicators]
    assert written[0] == "### （一）指标一："
    assert written[1] == "## （二）指标二："
    assert written[6:] == ["（七）指标七：", "（八）指标八：", "（九）指标九："]


def test_sections_seed002_numbered_markdown_headings(seed_doc):
    doc = seed_doc("002")
    basics = _find(doc, "（三）", "部门单位整体预算规模及安排情况")
    assert _pairs(basics.children) == [
        ("1.", "年初预算安排情况"),
        ("2.", "预算调整情况"),
        ("3.", "全年预算执行情况"),
        ("4.", "资金使用主要内容及范围"),
    ]
    projects = _find(doc, "（二）", "项目管理和使用情况")
    assert _pairs(projects.children) == [("1.", "项目管理情况"), ("2.", "项目使用情况")]
    assert _pairs(projects.children[1].children) == [("（1）", "转移支付项目"), ("（2）", "本级财力项目")]


def test_sections_seed002_unnumbered_markdown_heading_is_markup(seed_doc):
    doc = seed_doc("002")
    title = _find(doc, "", "部门单位整体支出绩效 自评报告")
    assert (title.scheme, title.ordinal) == ("markup", None)
    assert doc.text[title.start:title.heading_end] == "# 部门单位整体支出绩效 自评报告"


# --- seeds 000, 003, 004 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, annex, dun_titles",
    [
        pytest.param(
            "000",
            ("附件1", 1),
            ["单位概况", "整体支出管理及使用情况", "整体支出绩效情况", "评价结论及分析", "存在的问题", "改进措施和有关建议"],
            id="000",
        ),
        pytest.param(
            "003",
            ("附件4", 4),
            [
                "部门基本情况",
                "一般公共预算支出情况",
                "政府性基金预算支出情况",
                "国有资本经营预算支出情况",
                "社会保险基金预算支出情况",
                "资金使用及绩效情况",
                "存在的问题及原因分析",
                "下一步改进措施",
                "部门整体支出绩效自评结果拟应用和公开情况",
            ],
            id="003",
        ),
        pytest.param("004", ("附件7", 7), ["项目概况", "项目资金申报及使用情况", "项目绩效情况", "评价结论及建议"], id="004"),
    ],
)
def test_sections_seed_top_levels(seed_doc, key, annex, dun_titles):
    doc = seed_doc(key)
    # the report opens with its annex label, which becomes the root of the tree
    (root,) = doc.sections
    assert (root.number, root.ordinal, root.scheme, root.title) == (*annex, "annex", "")
    assert [s.title for s in root.children] == dun_titles
    assert [s.ordinal for s in root.children] == list(range(1, len(dun_titles) + 1))
    assert {s.level for s in root.children} == {2}


@pytest.mark.parametrize(
    "key, parent, children",
    [
        pytest.param(
            "000",
            ("一、", "单位概况"),
            [("（一）", "基本情况"), ("（二）", "基本职责"), ("（三）", "年度主要工作概述"), ("（四）", "绩效目标"), ("（五）", "年度预决算情况")],
            id="000-unit",
        ),
        pytest.param(
            "000",
            ("三、", "整体支出绩效情况"),
            [
                ("（一）", "财务管理制度建设情况"),
                ("（二）", "资产管理"),
                ("（三）", "预决算公开"),
                ("（四）", "“三公经费”控制情况"),
                ("（五）", "政府采购情况"),
                ("（六）", "认真履行职责情况"),
            ],
            id="000-performance",
        ),
        pytest.param(
            "003",
            ("六、", "资金使用及绩效情况"),
            [("（一）", "整体支出绩效情况"), ("（二）", "项目支出绩效情况")],
            id="003-funds",
        ),
        pytest.param(
            "004",
            ("（二）", "资金计划、到位及使用情况"),
            [("1．", "资金计划"), ("2．", "资金到位"), ("3．", "资金使用")],
            id="004-full-width-dots",
        ),
        pytest.param(
            "004",
            ("四、", "评价结论及建议"),
            [("（一）", "评价结论"), ("（二）", "相关建议")],
            id="004-conclusion",
        ),
    ],
)
def test_sections_seed_second_levels(seed_doc, key, parent, children):
    assert _pairs(_find(seed_doc(key), *parent).children) == children


def test_sections_seed000_section_path_docstring_example(seed_doc):
    doc = seed_doc("000")
    offset = doc.text.index("（六）认真履行职责情况") + 4
    assert _pairs(doc.section_path(offset)) == [("附件1", ""), ("三、", "整体支出绩效情况"), ("（六）", "认真履行职责情况")]


def test_sections_seed003_arabic_paren_kept_as_written(seed_doc):
    doc = seed_doc("003")
    section = _find(doc, "（2）", "项目支出情况")
    assert (section.scheme, section.ordinal) == ("arabic-paren", 2)
    assert doc.text[section.start:section.heading_end] == "（2） 项目支出情况"
    parent = doc.section_path(section.start)[-2]
    assert (parent.number, parent.title) == ("（一）", "基本支出情况")


def test_sections_seed003_annex_list_line_is_not_a_heading(seed_doc):
    doc = seed_doc("003")
    line_start = doc.text.index("附件：1. 2024年度部门整体支出绩效评价基础数据表")
    assert all(s.start != line_start for s in doc.iter_sections())


# --- match_heading --------------------------------------------------------------------------

HEADINGS = [
    ("第一部分 部门概况", ("第一部分", 1, "part", 0, "部门概况")),
    ("第2部分 [bookmark: _Toc15377204]2019年度部门决算情况说明", ("第2部分", 2, "part", 0, "2019年度部门决算情况说明")),
    ("第 三 部分  名词解释", ("第三部分", 3, "part", 0, "名词解释")),
    ("第五部分 附表", ("第五部分", 5, "part", 0, "附表")),
    ("附件1", ("附件1", 1, "annex", 1, "")),
    ("附件 4:", ("附件4", 4, "annex", 1, "")),
    ("附件1：", ("附件1", 1, "annex", 1, "")),
    ("附件二 绩效评价表", ("附件二", 2, "annex", 1, "绩效评价表")),
    ("一、单位概况", ("一、", 1, "cjk-dun", 2, "单位概况")),
    ("七、“三公”经费财政拨款支出决算情况说明", ("七、", 7, "cjk-dun", 2, "“三公”经费财政拨款支出决算情况说明")),
    ("十、其他重要事项的情况说明", ("十、", 10, "cjk-dun", 2, "其他重要事项的情况说明")),
    ("二十一、其他", ("二十一、", 21, "cjk-dun", 2, "其他")),
    ("三.总结", ("三.", 3, "cjk-dun", 2, "总结")),
    ("（一）基本情况。", ("（一）", 1, "cjk-paren", 3, "基本情况")),
    ("(三)预决算公开： ", ("(三)", 3, "cjk-paren", 3, "预决算公开")),
    ("（十一）其他", ("（十一）", 11, "cjk-paren", 3, "其他")),
    ("[bookmark: _Toc15378446][bookmark: _Toc15377199]（一）主要职能。", ("（一）", 1, "cjk-paren", 3, "主要职能")),
    ("1．贯彻执行国家政策。", ("1．", 1, "arabic-dot", 4, "贯彻执行国家政策")),
    ("１．资金计划", ("１．", 1, "arabic-dot", 4, "资金计划")),
    ("4、年末结转和结余：指单位", ("4、", 4, "arabic-dot", 4, "年末结转和结余")),
    ("2.2 资金使用情况", ("2.2", 2, "arabic-multi", 5, "资金使用情况")),
    ("1.1.3 分项指标", ("1.1.3", 3, "arabic-multi", 5, "分项指标")),
    ("（1）管理制度健全性", ("（1）", 1, "arabic-paren", 6, "管理制度健全性")),
    ("(2) 本级财力项目", ("(2)", 2, "arabic-paren", 6, "本级财力项目")),
    ("（２）项目支出", ("（２）", 2, "arabic-paren", 6, "项目支出")),
    ("①经济效益", ("①", 1, "circled", 7, "经济效益")),
    ("## **一、 基本情况：**", ("一、", 1, "cjk-dun", 2, "基本情况")),
    ("**四、评价结论：**", ("四、", 4, "cjk-dun", 2, "评价结论")),
    ("### 3. 全年预算执行情况", ("3.", 3, "arabic-dot", 4, "全年预算执行情况")),
    ("# 部门单位整体支出绩效 自评报告", ("", None, "markup", 0, "部门单位整体支出绩效 自评报告")),
    ("### 项目概况", ("", None, "markup", 2, "项目概况")),
]


@pytest.mark.parametrize("line, expected", [pytest.param(line, exp, id=line[:16]) for line, exp in HEADINGS])
def test_headings_match_heading_recognises(line, expected):
    found = match_heading(normalize_view(line), None, line)
    assert found == HeadingMatch(*expected)


NOT_HEADINGS = [
    "2019年度收入总计318.74万元",
    "6.88亿元",
    "12.5万元",
    "2.5%以上",
    "3.42",
    "附件：1. 2024年度部门整体支出绩效评价基础数据表",
    "一般公共预算",
    "一是统筹管理医保基金运行",
    "（图1：收、支决算总计变动情况图）",
    "（图2：收入决算结构图）（饼状图）",
    "2023年3月16日",
    "100%",
    "1.",
    "（1）",
    "3严格执行救助程序",
    "我单位2023年初预算总收入为673.60万元",
    "",
]


@pytest.mark.parametrize("line", [pytest.param(line, id=line[:16] or "empty") for line in NOT_HEADINGS])
def test_headings_match_heading_rejects_non_headings(line):
    assert match_heading(normalize_view(line), None, line) is None


@pytest.mark.parametrize(
    "hint, rank",
    [pytest.param(1, 0, id="h1"), pytest.param(2, 1, id="h2"), pytest.param(3, 2, id="h3")],
)
def test_headings_unnumbered_line_is_a_heading_only_with_markup(hint, rank):
    assert match_heading("部门概况") is None
    assert match_heading("部门概况", hint) == HeadingMatch("", None, "markup", rank, "部门概况")


def test_headings_numbered_line_ignores_markup_level():
    assert match_heading("一、单位概况", 4) == HeadingMatch("一、", 1, "cjk-dun", 2, "单位概况")


def test_headings_long_title_is_cut_at_clause_or_ellipsis():
    long_clause = "（一）" + "目标绩效申报表填报时绩效指标填报窗口太小" + "，" + "填报窗口下面还剩余有大量空白间无法下拉扩大" * 2
    assert match_heading(long_clause).title == "目标绩效申报表填报时绩效指标填报窗口太小"
    no_comma = "1." + "甲" * 50
    assert match_heading(no_comma).title == "甲" * 40 + "…"


def test_sections_item_opening_with_a_year_is_still_numbered():
    from extractor.loaders.compose import document_from_text

    doc = document_from_text("t.txt", "txt", "六、下一步措施\n1.对结转任务实行台账管理。\n2.2024年起按订单式培训模式开设课程。\n3.细化量化绩效目标。\n")
    items = [s.number for s in doc.sections[0].children]
    assert items == ["1.", "2.", "3."]
