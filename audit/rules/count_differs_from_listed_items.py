"""T004 count-differs-from-listed-items."""

from __future__ import annotations

from typing import Iterator


from extractor.regexes import compile_pattern
from extractor.extraction import Extraction

from ..context import Occurrences, section_key
from ..enumerations import enumerated_items, starts_enumeration
from ..model import Evidence, Finding
from ..registry import rule

CODE, NAME, SEVERITY = "T004", "count-differs-from-listed-items", "warning"

# a count of things (2个, 四批次, 3项) and the words that open their list right after it
_COUNTED_UNIT = compile_pattern(r"(?:个|项|类|批次|批|条|家|所|种|方面)$")
_INLINE_OPENING = compile_pattern(r"[^，,。；;：:\n]{0,12}?[，,]?\s*(?:分别为|分别是|即|包括|具体为|依次为)[：:]?\s*|[^，,。；;：:\n]{0,12}?[：:]\s*")
_ANOTHER_COUNT = compile_pattern(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|项|类|家|所|条|种|名|人|户|村|座)")
_LIST_END = compile_pattern(r"[。；;\n]")
_EXAMPLES = compile_pattern(r"等(?:[\p{Han}]{0,6})?$|等等|诸如|例如|比如")
# (及 inside a word — 普及, 涉及, 惠及, 及时 — joins nothing)
# (与 before 不一致, 相符, 脱节 … compares two things inside one item: 折旧年限与协议约定不一致)
_LAST_JOIN = compile_pattern(r"和|(?<![普涉以波企触论顾危惠遍提不])及(?![时格早])|与(?![^、，,]*?(?:不一致|一致|相符|不符|相比|对比|比较|衔接|脱节|挂钩|匹配|不匹配))|以及")
_COMMA = compile_pattern(r"[，,]")
# …、洑溪镇，共救助1,486户: a clause summing up what the list names, not another item
# …，共救助1,486户 / …，基地数分别为3个、2个: a clause about the items just named, which ends their list
_SUMMING_CLAUSE = compile_pattern(r"\s*(?:共|合计|总计|累计|均|全部|总共|一共|\p{Han}{0,6}(?:分别|依次)(?:为|是|有|达))")
# …和科学普及部，下属县科技馆1个事业单位: a clause about the unit's other parts, with a count of its own
_NEXT_UNITS_CLAUSE = compile_pattern(r"\s*(?:下属|所属|直属|另有|还有|另设|联系)")
_BLOCK_OPENING = compile_pattern(r"[^。；;\n]{0,16}?[：:]\s*\n")
_ITEM_LINE = compile_pattern(r"[ \t\u3000]*(?:(?P<arabic>\d{1,2})\s*[.．、]|[（(]\s*(?P<paren>\d{1,2})\s*[）)]|(?P<cjk>[一二三四五六七八九十]{1,3})\s*[、是])")
_CJK_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}
_OPEN, _CLOSE = "“‘《（(【「", "”’》）)】」"
_MOST_ITEMS = 20
# …包括：局机关本级，以及所属的A、B等5个事业单位: the names before the join, then a group counted
_GROUP_JOIN = compile_pattern(r"[，,、]?\s*(?:以及|和|及|还有|另有)\s*(?:所属|下属|直属)?的?")
_NAME_SEPARATORS = compile_pattern(r"[、，,]")
# 设8个处（科） … 中心内设综合科、计划财务科…: a count of internal units, listed after 内设 nearby
_UNIT_KIND = compile_pattern(r"\s*(?P<kind>处|科|室|股|科室|股室|处室)(?:\s*[（(](?P<alt>处|科|室|股|科室|股室)[）)])?(?!\p{Han})")
_INTERNAL_LIST = compile_pattern(r"内设(?:机构|职能)?(?:有|为|包括)?[：:]?\s*")
_INTERNAL_REACH = 300
# …大要案5件，…，分别为：A案，罚没款32.60万元；B案，…: items each with a figure, after the count's own words
_FIGURED_LIST_OPENING = compile_pattern(r"[，,]\s*(?:分别为|分别是|具体为|依次为|具体如下)[：:]\s*")
_SENTENCE_END = compile_pattern(r"[。\n]")
_SEVERAL_NAMED = compile_pattern(r"[、]|和|及|与")
_CASE_UNITS = ("件", "起")  # 大要案5件 / 4起
_ONE_CASE = compile_pattern(r"案(?!件)")  # 某医药公司销售劣药案: one case (案件 names a kind)


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    Takes a count of things (``定量指标2个``, ``分四批次``, ``3项``) that the text goes on to list —
    right after it, following 分别为 / 即 / 包括 / a colon, as names separated by 、 (``…2个，分别为A、
    B、C``), or as numbered lines after a colon ending the line (``分四批次下达：`` then ``1.`` …
    ``5.``, up to the line that ends in 。) — and compares the count with the number of items listed. Names inside quotation
    marks or brackets are one item whatever they contain; a list ending in 等 gives examples and
    is left alone, unless it counts that group itself after names listed one by one (``共7个，包括：
    局机关本级，以及所属的…等5个事业单位`` lists 1 + 5); a count of internal units (``设8个处（科）``)
    is compared with the units named after 内设 in the next few lines when each of them ends in
    the kind counted (综合科、计划财务科、…); a last item joined by 和/及/与 or by a comma may be one item or two, and either
    reading is accepted.

    Why is this bad?
    A stated number of items and the items listed beside it are two statements of one fact;
    when they differ, an item was added or dropped after the count was written (or the count is a
    typo), and the reader cannot tell which projects, batches or indicators the report means.

    A count of points whose items are numbered (``存在三个方面的问题：一是…；二是…``, 其一/其二, 1./2.,
    （1）/（2）, ①/②, inline or one paragraph each) is compared with the markers that follow in order,
    as ``uncertain``; a list that restarts at 一是 (nested) or skips a number is left alone, and after a
    comma only a count of points (方面, 措施, 问题 …) opens such a list (not ``项目12个，一是…``).

    A count of cases (``大要案5件``) whose sentence goes on ``分别为：`` to list items split at ；, each
    with one figure of its own (``某医药公司销售劣药案，罚没款32.60万元；…``), is compared with those items.

    A count whose sentence sends the reader to a table (``共安排市本级项目9个，各项目资金使用情况见
    表2``) is compared with that table's rows when they are numbered 1, 2, 3 … in its first column.

    Example:
    ``未达到年度指标值的定量指标2个，分别为65岁及以上老年人健康管理率、肺结核患者管理率、服务
    对象满意度`` — three are listed.
    """
    document = extraction.document
    text, view = document.text, document.normalized
    subject = Occurrences()
    for entity in extraction.entities:
        if entity.label != "COUNT" or entity.unit is None:
            continue
        named_list = _COUNTED_UNIT.search(entity.unit) is not None
        if not named_list and entity.unit not in _CASE_UNITS:
            continue
        stated = entity.value
        if stated != int(stated) or not 2 <= stated <= _MOST_ITEMS:
            continue
        listed = enumerated = None
        if named_list:
            # numbered lines under a colon ending the line first: their full stop closes the list
            listed = _inline_items(view, entity.end, extraction.entities) or _block_items(view, entity.end)
            enumerated = None if listed else enumerated_items(view, entity.end)
            listed = listed or enumerated or _grouped_items(view, entity, extraction.entities) or _internal_units_listed(view, entity)
        listed = listed or _items_with_figures(view, entity, extraction.entities)
        where = "其后分条列举了" if enumerated else "其后列举了"
        if listed is None:
            listed = _table_rows_referred_to(document, entity)
            where = "所指表格列有"
        if listed is None:
            continue
        counts, items = listed
        if int(stated) in counts:
            continue
        shown = max(counts)
        first, last = items[0], items[-1]
        yield Finding(
            rule=CODE,
            name=NAME,
            severity=SEVERITY,
            # items numbered 一是…二是…: a later item may stand where the walk cannot follow it
            status="uncertain" if enumerated else "fail",
            message=f"称{entity.text}，{where}{shown}项",
            message_en=f"{entity.text} stated, {shown} items listed",
            evidence=(
                Evidence(entity.start, entity.end, entity.text, "count", str(stated)),
                Evidence(first[0], first[1], text[first[0]:first[1]], "first_item", "1"),
                Evidence(last[0], last[1], text[last[0]:last[1]], "last_item", str(shown)),
            ),
            expected=f"{int(stated)} items listed; listed {' or '.join(str(c) for c in sorted(counts))}",
            subject=subject(f"{section_key(document, entity.start)}#{entity.text}"),
        )


def _inline_items(view: str, after: int, entities) -> tuple[set[int], list[tuple[int, int]]] | None:
    """The items named right after a count in its sentence, split at 、 outside quotes and brackets."""
    opening = _INLINE_OPENING.match(view, after)
    if not opening or "\n" in opening.group():
        return None
    if _ANOTHER_COUNT.search(opening.group()):
        return None  # 三个乡镇的7个行政村，即…: the list names what the nearer count counts
    start = opening.end()
    if starts_enumeration(view, start):
        return None  # 四项工作：一是完善制度、健全机制；二是…: numbered items, not names split at 、
    end_match = _LIST_END.search(view, start)
    end = end_match.start() if end_match else len(view)
    if end <= start or _EXAMPLES.search(view, start, end):
        return None
    first_figure = min((e.start for e in entities if e.label in ("MONEY", "PERCENT", "COUNT", "SCORE") and start <= e.start < end), default=None)
    if first_figure is not None:
        # 分别为涢阳镇、白鹭湾镇、…、洑溪镇，共救助1,486户: the names end at the comma before the
        # clause with the figure; 分别为3个、5个 is a list of figures, not of names
        comma = _COMMA.search(view, start, first_figure)
        comma = comma.start() if comma else -1
        if comma <= start or "、" not in view[start:comma] or not (
            _SUMMING_CLAUSE.match(view, comma + 1) or _NEXT_UNITS_CLAUSE.match(view, comma + 1)
        ):
            return None  # …、乙项目，以及丙项目（投资500万元） / …，丙项目投资500万元: the list goes on past the comma
        end = comma
    else:
        # 包括以下5类：助餐、…、精神慰藉，人次依次为82,350、46,780…: bare numbers (no figure) after a clause
        # about the items just named are not items
        comma = _COMMA.search(view, start, end)
        if comma is not None and "、" in view[start:comma.start()] and (
            _SUMMING_CLAUSE.match(view, comma.end()) or _NEXT_UNITS_CLAUSE.match(view, comma.end())
        ):
            end = comma.start()
    items = _split_outside_quotes(view, start, end, "、")
    if len(items) < 2 or any(b - a < 2 for a, b in items):
        return None
    counts = {len(items)}
    last_text = _outside_quotes(view[items[-1][0]:items[-1][1]])
    # A、B和C: three names, or two when 和 belongs to a name (林业和草原工作站和…林场: two 和, one of
    # them inside a name); A、B，C: a comma for the last 、, or a clause after the list
    joins = len(_LAST_JOIN.findall(last_text)) + (1 if _COMMA.search(last_text) else 0)
    # 局机关本级以及A、B、C: 以及 joins two names inside the first item too
    joins += sum(_outside_quotes(view[a:b]).count("以及") for a, b in items[:-1])
    counts.update(len(items) + extra for extra in range(1, joins + 1))
    return counts, items


def _items_with_figures(view: str, count, entities) -> tuple[set[int], list[tuple[int, int]]] | None:
    """Items listed after 分别为： in the count's sentence, each with one figure of its own and
    split at ；: ``大要案5件，罚没款合计131.05万元，分别为：某医药连锁有限公司销售劣药案，罚没款
    32.60万元；某商贸有限公司…案，罚没款48.75万元；…``. Items naming several things (、 和 及) or
    a list ending in 等 are left alone."""
    sentence_end = _SENTENCE_END.search(view, count.end)
    end = sentence_end.start() if sentence_end else len(view)
    opening = _FIGURED_LIST_OPENING.search(view, count.end, end)
    if opening is None or _EXAMPLES.search(view, opening.end(), end):
        return None
    figures = [e for e in entities if e.label in ("MONEY", "PERCENT", "COUNT", "SCORE") and count.end <= e.start < end]
    if any(e.label == "COUNT" and e.start < opening.start() for e in figures):
        return None  # another count between: the list may be of that one
    items = [(a, b) for a, b in _split_outside_quotes(view, opening.end(), end, ";") if view[a:b].strip()]
    if len(items) < 2:
        return None
    for a, b in items:
        own = [e for e in figures if a <= e.start < b]
        if len(own) != 1 or own[0].label != "MONEY":
            return None  # 哄抬价格案件3件；不明码标价案件4件: a breakdown by kind, not the cases one by one
        named = _outside_quotes(view[a:own[0].start])
        if _SEVERAL_NAMED.search(named) or not _ONE_CASE.search(named):
            return None  # 价格欺诈案件，罚没款…: a kind of case, not one case
    return {len(items)}, items


def _grouped_items(view: str, count, entities) -> tuple[set[int], list[tuple[int, int]]] | None:
    """Names listed right after a count, then a group counted on its own: ``共7个，包括：局机关本级，
    以及所属的市公路与运输管理中心…等5个事业单位`` lists 1 + 5 = 6."""
    opening = _INLINE_OPENING.match(view, count.end)
    if not opening or "\n" in opening.group() or _ANOTHER_COUNT.search(opening.group()):
        return None
    start = opening.end()
    end_match = _LIST_END.search(view, start)
    end = end_match.start() if end_match else len(view)
    inside = [e for e in entities if e.label in ("MONEY", "PERCENT", "COUNT", "SCORE") and start <= e.start < end]
    if len(inside) != 1 or inside[0].label != "COUNT" or inside[0].unit != count.unit or view[inside[0].start - 1] != "等":
        return None
    group = inside[0]
    if group.value != int(group.value):
        return None
    join = None
    for join in _GROUP_JOIN.finditer(view, start, group.start):
        break  # the first join: the names before it are the ones listed one by one
    if join is None:
        return None
    names = [span for span in _split_outside_quotes(view, start, join.start(), "、") for span in _split_commas(view, *span)]
    if not names or any(b - a < 2 for a, b in names):
        return None
    return {len(names) + int(group.value)}, [names[0], (group.start, group.end)]


def _internal_units_listed(view: str, count) -> tuple[set[int], list[tuple[int, int]]] | None:
    """The internal units a count of them (``设8个处（科）``) goes on to name after 内设 within the
    next few lines (``中心内设综合科、计划财务科、…、法规宣传科；下设…``): every item must end in
    the kind counted."""
    kind = _UNIT_KIND.match(view, count.end)
    if kind is None or count.unit != "个":
        return None
    endings = tuple({kind.group("kind")[-1], (kind.group("alt") or kind.group("kind"))[-1]})
    opening = _INTERNAL_LIST.search(view, kind.end(), min(len(view), kind.end() + _INTERNAL_REACH))
    if opening is None:
        return None
    end_match = _LIST_END.search(view, opening.end())
    end = end_match.start() if end_match else len(view)
    items = _split_outside_quotes(view, opening.end(), end, "、")
    if len(items) < 2 or _EXAMPLES.search(view, opening.end(), end):
        return None
    if not all(view[a:b].strip().endswith(endings) and not _DIGIT_OR_COUNT.search(view, a, b) for a, b in items):
        return None
    return {len(items)}, items


_DIGIT_OR_COUNT = compile_pattern(r"\d|[一二三四五六七八九十两]+个")


def _split_commas(view: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, item_start = [], start
    for found in _NAME_SEPARATORS.finditer(view, start, end):
        spans.append((item_start, found.start()))
        item_start = found.end()
    spans.append((item_start, end))
    return [(a, b) for a, b in spans if view[a:b].strip()]


def _block_items(view: str, after: int) -> tuple[set[int], list[tuple[int, int]]] | None:
    """Numbered lines right after a count whose sentence ends in a colon at the end of its line."""
    opening = _BLOCK_OPENING.match(view, after)
    if not opening:
        return None
    position, expected, scheme, items = opening.end(), 1, None, []
    while position < len(view):
        line_end = view.find("\n", position)
        line_end = len(view) if line_end < 0 else line_end
        marker = _ITEM_LINE.match(view, position, line_end)
        if not marker:
            break
        kind = next(name for name in ("arabic", "paren", "cjk") if marker.group(name))
        number = _number(marker.group(kind))
        if scheme is None:
            scheme = kind
        if kind != scheme or number != expected:
            break
        items.append((position, line_end))
        if view[position:line_end].rstrip().endswith("。"):
            break  # …；…；…。 the full stop closes the list
        expected += 1
        position = line_end + 1
    if len(items) < 2:
        return None
    return {len(items)}, items


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if written == "十":
        return 10
    if written.startswith("十"):
        return 10 + _CJK_DIGITS.get(written[1:], 0)
    return _CJK_DIGITS.get(written, 0)


def _split_outside_quotes(view: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Spans of ``view[start:end]`` between separators that stand outside quotes and brackets."""
    spans, depth, item_start = [], 0, start
    for position in range(start, end):
        character = view[position]
        if character in _OPEN:
            depth += 1
        elif character in _CLOSE:
            depth = max(0, depth - 1)
        elif character == separator and depth == 0:
            spans.append((item_start, position))
            item_start = position + 1
    spans.append((item_start, end))
    return [(a, b) for a, b in spans if view[a:b].strip()]


def _outside_quotes(text: str) -> str:
    """``text`` without what stands inside quotes and brackets."""
    kept, depth = [], 0
    for character in text:
        if character in _OPEN:
            depth += 1
        elif character in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(character)
    return "".join(kept)


# 共安排市本级项目9个，各项目资金使用情况见表2: the count, then the table it sends the reader to
_SEE_TABLE = compile_pattern(r"(?:见|详见|如|列于|附)表\s*(?P<number>\d{1,2})(?!\d)")
_TABLE_CAPTION = compile_pattern(r"表\s*(?P<number>\d{1,2})(?!\d)")
_COUNTED_PROJECTS = compile_pattern(r"项目")
_PROJECT_HEADER = compile_pattern(r"项目|工程名称")  # a projects table: 项目名称 / 工程名称
# 4个市本级项目 / 市本级项目数量为4个: the projects counted, a few words off
_PROJECTS_AFTER = compile_pattern(
    r"(?:[市县区省]本级|[市县区省]级|本级)?(?:重点|民生|建设|专项|基础设施|产业发展|产业|公益性)?(?:建设)?项目(?![\p{Han}]{0,2}(?:资金|支出|预算))"
)
_PROJECTS_BEFORE = compile_pattern(r"项目(?:数量|总数|个数)?(?:为|共|共计|合计|达)?\s*$")
_QUALIFIED_COUNT = compile_pattern(r"已|竣工|完工|开工|在建|其中|新建|续建|未")
_TOTAL_ROW_LABEL = compile_pattern(r"合\s*计|总\s*计")
_ROW_NUMBER = compile_pattern(r"\s*(?P<n>\d{1,3})\s*")


def _table_rows_referred_to(document, entity) -> tuple[set[int], list[tuple[int, int]]] | None:
    """The rows of the table the count's sentence refers to (``…项目9个，…见表2``), when that table
    numbers its rows 1, 2, 3 … in its first column: their number, and the first and last row."""
    view = document.normalized
    end = view.find("。", entity.end)
    found = _SEE_TABLE.search(view, entity.end, end if end != -1 else len(view))
    if found is None or _ANOTHER_COUNT.search(view, entity.end, found.start()):
        return None
    counts_projects = (
        _COUNTED_PROJECTS.search(view, max(0, entity.start - 4), entity.end + 3)
        or _PROJECTS_AFTER.match(view, entity.end) or _PROJECTS_BEFORE.search(view, max(0, entity.start - 12), entity.start)
    )
    if not counts_projects or _QUALIFIED_COUNT.search(view, max(0, entity.start - 8), entity.start):
        return None  # only a count of all the projects (已竣工项目3个 / 覆盖8个乡镇 count something else)
    for table in document.tables:
        lines = view[max(0, table.start - 120):table.start].rstrip().split("\n")[-3:]
        if not any((c := _TABLE_CAPTION.match(line.strip())) and c.group("number") == found.group("number") for line in lines):
            continue
        numbered = [row for row in table.rows if row and _ROW_NUMBER.fullmatch(row[0].text)]
        if len(numbered) < 2 or [int(row[0].text) for row in numbered] != list(range(1, len(numbered) + 1)):
            return None
        if not any(_PROJECT_HEADER.search(c.text) for row in table.rows[:2] for c in row) or not _TOTAL_ROW_LABEL.search(" ".join(c.text for c in table.rows[-1])):
            return None  # a table of projects closed by its 合计 row (not one continued under 表2（续）)
        names = [row[1] if len(row) > 1 else row[0] for row in (numbered[0], numbered[-1])]  # the row's name, after its number
        return {len(numbered)}, [(cell.start, cell.end) for cell in names]
    return None

