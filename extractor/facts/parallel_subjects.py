"""Parallel paragraphs about different places or units are about different quantities.

A 公示 that gives each township a paragraph of its own — ``岚关镇安排项目6个，资金规模970.56万元…`` /
``坝朗镇安排项目5个，资金规模845.10万元…`` — states 资金规模 once per township: the two figures
are not one indicator written twice.  When two or more paragraphs of a section open with different
such subjects, the figures of each are keyed under its subject (``岚关镇·资金规模``).  A subject
named in one paragraph only (the department's own name) changes nothing.  So do numbered items of
an audit report's problems (``1．非税收入未及时缴库问题（问题2个…）…已完成整改2个``), and a paragraph that
opens by pointing back at its heading (``（一）县级财政管理方面`` / ``该方面反映问题9个…已完成整改8个``)
speaks of that heading's subject; a sentence opening with a named group's members
(``三级医疗机构9家中有5家超支，超支金额5,279.45万元``) speaks of that group, and a paragraph
telling one of several cases (``案例一：…处违约金25.93万元``) of that case.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace


from ..regexes import compile_pattern
from .lexicon import canonical_key
from .model import PEOPLE_UNITS, Fact
from .sentences import item_start

# （一） / 一、 / 1. / (1): a list number opening a paragraph or heading
_NUMBER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、）)](?!\d))"
# 岚关镇 / 石缸乡 / 城关街道 / 县人民医院 / 龙洼镇中心学校 right at a paragraph's start (after its
# list number), before the verb; 全县 / 本市 / 各乡镇 are the whole, not one of its members
_OPENING_SUBJECT = compile_pattern(
    rf"[ \t\u3000]*{_NUMBER}?[ \t\u3000]*"
    r"(?P<subject>(?![全本我该各每其此])\p{Han}{1,8}?"
    r"(?:街道办事处|街道|社区|[镇乡村县区市州旗]|机关|中心|[医学]院|保健院|卫生院|学校|中学|小学|[站所局队馆校园场厂]|公司|集团))"
    r"(?=安排|共|全年|年内|本年|当年|年初|年末|实现|完成|下达|争取|投入|拨付|实施|累计|新增|有|获得|落实|支出|收入|\d|20\d\d年|，|,|：|:|“)"
)


# 1．非税收入未及时缴库问题（问题2个，金额1,862.47万元）: a section that is one item of an audit
# report's list of problems, its title the problem (a project's section keeps its indicators' keys:
# they name the project's own measures, and scores and rates are scoped in binding)
_ITEM_TITLE = compile_pattern(r"(?P<subject>[^，,。；;:：（()\n\d]{2,24}?问题)(?:[（(。]|$)")
# 三级医疗机构9家中有5家超支，超支金额…: a sentence about some members of a named group
_GROUP_OPENING = compile_pattern(r"[ \t\u3000]*(?P<subject>[\p{Han}]{2,16}?)[ \t\u3000]*\d[\d,]*[ \t\u3000]*(?:家|个|所|户|人|名)中")
# 该方面反映问题9个: the paragraph is about the subject of its heading
_BACK_TO_HEADING = compile_pattern(r"[ \t\u3000]*(?:该|本)(?:方面|领域|类别|板块)")
# 1.生态护林员补助资金由中央财政…安排，年初预算1,200.00万元: a numbered item opening with its money
_NUMBERED_MONEY = compile_pattern(
    rf"[ \t\u3000]*{_NUMBER}[ \t\u3000]*"
    r"(?P<subject>[^，,。；;:：\d（()）\n]{2,20}?(?:项目|资金|经费|专项|工程))(?=由|为|是|，|,|：|:|年初|全年|共|20\d\d年)"
)
# 该项目年初预算… / 该资金… under a heading naming a project or fund
_BACK_TO_ITEM = compile_pattern(r"[ \t\u3000]*(?:该|本)(?:项目|资金|专项|经费)")
_ITEM_NAME = compile_pattern(r"(?:项目|资金|经费|专项|工程)$")
# …；奉节县医药价格和招标采购服务中心是机关下属独立核算事业单位，核定事业编制9人，年末实有人数9人: an
# item of a sentence about a subordinate unit, whose staff are its own, not the department's
_UNIT_ITEM = compile_pattern(r"[ \t\u3000]*(?P<subject>\p{Han}{2,30}?(?:中心|站|所|院|队|馆))(?:是|为|系|作为)[^，,。；;]{0,12}?(?:下属|所属|直属|二级)")
_HEADING_NUMBER = compile_pattern(rf"^\s*{_NUMBER}\s*")
# 案例一： / 典型案例2. / 【案例三】: a paragraph telling one case of a 典型案例 list
_CASE_OPENING = compile_pattern(r"[ \t\u3000【\[]*(?:典型)?(?P<subject>案例[一二三四五六七八九十\d]{1,3})\s*[】\]]?\s*[：:.．、]", scans=True)


# a line opening with a name and a colon, then fields separated by ；: one record of a table written out
_RECORD_LEAD = compile_pattern(rf"[ \t\u3000]*{_NUMBER}?[ \t\u3000]*(?P<subject>[\p{{Han}}（）()]{{2,16}}?)[ \t\u3000]*[：:]")
# 合计： / 全市： are the whole; 产出指标： / 资金来源： / 偏差原因： name a field, not a member
_RECORD_LEAD_NOT_SUBJECT = compile_pattern(
    r"^(?:合计|总计|小计|共计|全[省市县区州旗镇乡]|本[级年]|其中)|(?:指标|情况|目标|内容|原因|说明|依据|措施|方面|来源|标准|要求|结果|问题|建议|时间|地点|做法)$"
)
_FIELD_BREAK = compile_pattern(r"[；;]")
_MIN_RECORD_FIELDS = 3


_RECORDS = "records"  # the scope tag of record lines


def _drop_lone_records(subject_of: dict, facts: list[Fact], paragraph_of: list[int]) -> None:
    """Record lines count as parallel only when another record line of their section states at
    least two of the same fields: 收入决算：本年收入合计…；财政拨款收入… and 支出决算：本年支出合计…；
    基本支出… are two statements, not two records of one table."""
    fields: dict[int, set[str]] = defaultdict(set)
    for fact, start in zip(facts, paragraph_of):
        if fact.key:
            fields[start].add(fact.key)
    records = {
        start: (subject, scope[1]) for start, (subject, scope) in subject_of.items()
        if isinstance(scope, tuple) and len(scope) == 2 and scope[0] == _RECORDS
    }
    for start, (subject, titles) in records.items():
        shared = any(
            other != start and other_titles == titles and len(fields[start] & fields[other]) >= _MIN_SHARED_FIELDS
            for other, (_, other_titles) in records.items()
        )
        subject_of[start] = (subject, titles) if shared else ("", titles)


_MIN_SHARED_FIELDS = 2


def _subordinate_unit(view: str, fact: Fact) -> str:
    """The unit a later ；-item of a sentence opens with (``…；…中心是机关下属…单位，…实有人数9人``),
    unless the report's first line names it (the department's own staff)."""
    start = item_start(view, fact.sentence_start, fact.start)
    if start == fact.sentence_start:
        return ""  # 某某县疾病预防控制中心是县卫生健康局所属…单位，…实有人数43人: the report's own unit, opening its sentence
    found = _UNIT_ITEM.match(view, start, fact.start)
    if found is None:
        return ""
    title = view[:view.find("\n") if "\n" in view else len(view)]
    return "" if found.group("subject") in title else found.group("subject")


def _opening_subject(view: str, start: int, section_of_offset) -> tuple[str, object]:
    """The subject a paragraph is about, and the scope within which parallel subjects are counted
    (``None`` when it needs no parallels: a heading pointed back at)."""
    window_end = min(len(view), start + 40)
    titles = section_of_offset(start)
    if _BACK_TO_HEADING.match(view, start, window_end):
        return (_HEADING_NUMBER.sub("", titles[-1]).strip() if titles else ""), None
    if titles and _BACK_TO_ITEM.match(view, start, window_end):
        # （二）医保基金监管专项经费 / 该项目年初预算100.00万元…: that item's, when its siblings are items too
        title = _HEADING_NUMBER.sub("", titles[-1]).strip()
        if _ITEM_NAME.search(title):
            return title, titles[:-1]
    case = _CASE_OPENING.match(view, start, window_end)
    if case:
        # 案例一：某民营专科医院…处违约金25.93万元 / 案例二：…: each case's figures are its own
        return case.group("subject"), titles
    record = _RECORD_LEAD.match(view, start, window_end)
    if record and not _RECORD_LEAD_NOT_SUBJECT.search(record.group("subject")):
        line_end = view.find("\n", record.end())
        fields = view[record.end():line_end if line_end != -1 else len(view)]
        if len(_FIELD_BREAK.findall(fields)) >= _MIN_RECORD_FIELDS - 1:
            # 三级医疗机构：机构数9家；病例数214,386例；DRG应支付106,827.63万元 / 二级医疗机构：…: a table
            # written one record per line, each line's figures its lead's (if another line has its fields)
            return record.group("subject"), (_RECORDS, titles)
    found = _OPENING_SUBJECT.match(view, start, window_end) or _NUMBERED_MONEY.match(view, start, window_end)
    if found:
        # 1.岚关镇：安排项目6个… read as a heading of its own: counted among its sibling items
        own_heading = titles and found.group("subject") in _HEADING_NUMBER.sub("", titles[-1])[:12]
        return found.group("subject"), titles[:-1] if own_heading else titles
    item = _ITEM_TITLE.match(_HEADING_NUMBER.sub("", titles[-1])) if titles else None
    if item:
        return item.group("subject"), titles[:-1]  # counted among the sibling items
    return "", titles


def qualify_parallel_subjects(view: str, facts: list[Fact], section_of_offset) -> list[Fact]:
    """Facts of parallel subject paragraphs keyed ``<subject>·<key>``.

    Example: with ``岚关镇安排项目6个，资金规模970.56万元`` and ``坝朗镇安排项目5个，资金规模845.10万元``
    as two paragraphs of one section, the figures get the keys ``岚关镇·资金规模`` and
    ``坝朗镇·资金规模``.
    """
    paragraph_of = [view.rfind("\n", 0, fact.start) + 1 for fact in facts]
    subject_of: dict[int, tuple[str, object]] = {}  # paragraph start → its subject and scope
    for start in paragraph_of:
        if start not in subject_of:
            subject_of[start] = _opening_subject(view, start, section_of_offset)
    _drop_lone_records(subject_of, facts, paragraph_of)
    subjects_in: dict[object, set[str]] = defaultdict(set)
    for subject, scope in subject_of.values():
        if subject and scope is not None:
            subjects_in[scope].add(subject)
    out: list[Fact] = []
    for fact, start in zip(facts, paragraph_of):
        subject, scope = subject_of[start]
        group = _GROUP_OPENING.match(view, fact.sentence_start, fact.start)
        if group and fact.start > group.end():
            subject, scope = group.group("subject"), None
        unit = _subordinate_unit(view, fact) if fact.measure == "count" and fact.entity.unit in PEOPLE_UNITS else ""
        if unit:
            subject, scope = unit, None
        named = _ITEM_NAME.sub("", subject) or subject  # 医保信息化建设预算执行率 names its project already
        if subject and fact.key and named not in fact.key and (scope is None or len(subjects_in[scope]) >= 2):
            fact = replace(fact, key=f"{canonical_key(subject)}·{fact.key}")
        out.append(fact)
    return out
