"""P001 part-exceeds-whole."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from extractor.extraction import Extraction
from extractor.regexes import compile_pattern
from extractor.facts.binding import SAMPLED_PREFIX

from ..facts_view import count_total_not_a_sum, evidence, exact, interval_of, is_physical_measure
from ..model import Finding
from ..registry import rule

CODE, NAME, SEVERITY = "P001", "part-exceeds-whole", "error"


@rule(CODE, NAME, SEVERITY)
def check(extraction: Extraction) -> Iterator[Finding]:
    """What it does:
    For counts with a 其中 breakdown (posts, staff, institutions, cases), reports parts that add
    up to more than the whole they belong to.

    Why is this bad?
    A part cannot exceed its whole: ``编制3名，其中：行政编制4名`` means one of the two numbers is
    wrong, and staffing figures feed every per-head ratio in the report.

    Example:
    ``机关行政编制3名，其中：行政编制4名`` — 4 > 3.
    A shortfall (``编制26人，其中：行政编制9人``) is normal: a 其中 list may name only some parts. A
    whole that names what it counts after its figure (三个环节) is not compared with parts that count
    something else (其中财政重点抽查项目12个), nor when every part states its share of the whole (脱贫人口
    398人，占75.95%；女性231人，占44.08%): the report counts overlapping groups and says so.
    An excess read from a table's 合计 row is reported as ``uncertain``: a count table's 合计 may
    count distinct units across overlapping rows (去重). None is reported when the table says so
    (合计栏按机构去重统计) or the 合计 stands in a running-total column (累计新增).
    A sample's figure above the whole it was drawn from is reported too (``全县…公用经费支出2,500,000元``
    against ``抽查学校全年公用经费支出2,846,500元``), as ``uncertain``: the two may be counted differently.
    """
    yield from _sample_exceeds_whole(extraction)
    for relation in extraction.relations:
        if relation.kind != "parts":
            continue
        total = relation.member("total")
        if total is None or total.measure != "count" or not exact(total) or (is_physical_measure(total) and relation.source == "table"):
            continue  # a table's areas and lengths add up: S001 reports them
        parts = [p for p in relation.parts if exact(p) and (p.entity.unit or "") in _same_family(total.entity.unit)]
        if not parts or _counts_another_thing(extraction.document.normalized, total, parts):
            continue
        if _NET_CHANGE.search(total.indicator) or _NET_CHANGE.search(extraction.document.normalized, max(total.sentence_start, total.start - 6), total.start):
            continue  # 净增86户，其中新识别132户、风险消除46户: in and out, not parts of the net
        if _each_share_stated(extraction, total, parts) and not _disjoint(parts):
            continue  # 在岗524人，其中脱贫人口398人，占75.95%；女性231人，占44.08%: overlapping groups, by the report's own shares
        summed = sum((p.entity.value for p in parts), Decimal(0))
        if summed <= total.entity.value or count_total_not_a_sum(extraction, total):
            continue  # …合计栏按机构去重统计 / a 累计 column: its total is no sum of the rows
        pieces = " + ".join(p.entity.text for p in parts)
        # a count table's 合计 may count distinct units across overlapping rows, or sit beside a 平均
        # row or a 累计 column the table's layout hides: from a table, the excess is only likely
        status = "uncertain" if relation.source == "table" else "fail"
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status=status,
            message=f"“{total.indicator}”共{total.entity.text}，其中各项合计{pieces} = {summed}，部分大于整体",
            message_en=f"{total.key} is {total.entity.text} but its parts add up to {summed} ({pieces})",
            evidence=(evidence(total, "whole"), *(evidence(p, "part") for p in parts)),
            expected=f"Σ parts = {summed} ≤ {total.entity.value}",
            subject=f"{total.key}|{total.period}",
        )


def _same_family(unit: str | None) -> set[str]:
    people = {"人", "名", "位"}
    return people if unit in people else {unit or ""}




def _sample_exceeds_whole(extraction: Extraction) -> Iterator[Finding]:
    """A figure keyed as a sample's (抽查公用经费) above the one figure of the whole (公用经费) with the
    same measure, role and period."""
    wholes: dict[tuple, list] = {}
    for fact in extraction.facts:
        if fact.source == "text" and exact(fact) and fact.measure in ("amount", "count") and not fact.key.startswith(SAMPLED_PREFIX):
            wholes.setdefault((fact.key, fact.measure, fact.role, fact.period), []).append(fact)
    for sample in extraction.facts:
        if sample.source != "text" or not exact(sample) or not sample.key.startswith(SAMPLED_PREFIX) or sample.measure not in ("amount", "count"):
            continue
        found = wholes.get((sample.key[len(SAMPLED_PREFIX):], sample.measure, sample.role, sample.period), [])
        if len({f.entity.value for f in found}) != 1 or sample.entity.value <= found[0].entity.value:
            continue
        whole = found[0]
        yield Finding(
            rule=CODE, name=NAME, severity=SEVERITY, status="uncertain",
            message=f"抽查部分{sample.entity.text}大于总体“{whole.indicator}”{whole.entity.text}",
            message_en=f"the sample's {sample.entity.text} exceeds the whole {whole.key} {whole.entity.text}",
            evidence=(evidence(whole, "whole"), evidence(sample, "part")),
            expected=f"{sample.entity.text} ≤ {whole.entity.text}",
            subject=f"{sample.key}|{sample.period}",
        )


def _counts_another_thing(view: str, total, parts) -> bool:
    """Whether the whole names what it counts right after its figure (三个环节) and every part names
    another thing it counts (财政重点抽查项目12个): the list counts other things than the whole (not
    12个乡镇，其中山区7个: kinds of the towns)."""
    noun = total.indicator
    if len(noun) < 2 or not view.startswith(noun, total.end):
        return False
    words = {noun[i:i + 2] for i in range(len(noun) - 1)}
    measured = _MEASURED_RESPECTIVELY.search(view, total.end, parts[0].start)
    if measured is not None and not any(word in measured.group("thing") for word in words):
        return True  # 4个乡镇，其中城关镇、…的基地数分别为5个、…: the towns' 基地, not towns
    return all(
        (thing := _COUNTED_THING.search(part.indicator.rpartition("·")[2])) is not None
        and not any(word in thing.group() for word in words) or _MADE.match(part.indicator.rpartition("·")[2])
        for part in parts
    )


# the thing a part's name says it counts: 财政重点抽查项目 → 项目
# (基地数分别为3个、2个…: 基地, under 4个乡镇)
_COUNTED_THING = compile_pattern(
    r"(?:项目|单位|部门|乡镇|街道|村|社区|学校|医院|企业|机构|人员|人次|户|家庭|指标|问题|案件|合同|环节|基地|站点|网点|场所)(?:数|个数|数量)?(?:分别|依次)?$"
)
# 的基地数分别为 / 的项目个数依次为: what a 分别 list after the names counts
_MEASURED_RESPECTIVELY = compile_pattern(r"的?(?P<thing>\p{Han}{1,4}?)(?:数|个数|数量)\s*(?:分别|依次)")
# 建成高标准农田示范片8个 / 新修机耕道15条: things made or done, not kinds of the whole counted
_MADE = compile_pattern(r"(?:其中)?(?:建成|新建|新修|修建|完成|开展|培训|发放|抽查|改造|新增)")
# 较上年净增86户，其中新识别132户、风险消除46户: a net change and the gross flows that make it
_NET_CHANGE = compile_pattern(r"净增|净减|净增加|净减少|净流入|净流出")
# 其中男性320人…；女性220人…: two groups that cannot overlap
_DISJOINT_GROUPS = (frozenset({"男", "女"}),)


def _each_share_stated(extraction: Extraction, total, parts) -> bool:
    """Whether every part states its own share of the whole, and each share is that part over the
    whole: the report counts overlapping groups (脱贫人口 and 女性) and says so by its shares."""
    shares: dict[int, list] = {}
    for r in extraction.relations:
        if r.kind == "share" and r.member("part") is not None and r.member("share") is not None:
            shares.setdefault(id(r.member("part")), []).append(r.member("share"))
    hundred = Decimal(100)
    for part in parts:
        ratio = interval_of(part).divide(interval_of(total))
        if ratio is None or not any(
            share.measure == "percent" and exact(share) and ratio.scale(hundred).overlaps(interval_of(share))
            for share in shares.get(id(part), ())
        ):
            return False
    return True


def _disjoint(parts) -> bool:
    """Whether the parts are groups that cannot overlap, and only those (男性 / 女性; not 脱贫人口 beside them)."""
    firsts = {part.indicator.rpartition("·")[2][:1] for part in parts}
    return any(firsts == pair for pair in _DISJOINT_GROUPS)

