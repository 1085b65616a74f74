"""Parallel paragraphs about different townships or units key their figures under their subject."""

from __future__ import annotations

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

RECORDS = (
    "2024年度DRG付费年度清算情况的通报\n二、清算结果\n"
    "三级医疗机构：机构数9家；病例数214,386例；DRG应支付106,827.63万元；结余（超支）1,895.47万元。\n"
    "二级医疗机构：机构数38家；病例数236,915例；DRG应支付64,770.16万元；结余（超支）-1,948.26万元。\n"
    "合计：机构数47家；病例数451,301例；DRG应支付171,597.79万元；结余（超支）-52.79万元。\n"
)
TOWNSHIPS = (
    "黔岚县2024年度衔接资金项目公示\n"
    "二、分乡（镇）项目安排情况\n"
    "岚关镇安排项目6个，资金规模970.56万元；受益农户1,568户。\n"
    "坝朗镇安排项目5个，资金规模845.10万元；受益农户933户。\n"
    "三、总体完成情况\n"
    "全县已支付衔接资金4,336.75万元。\n"
)


UNITS = (
    "某县卫生健康局2024年度部门决算说明\n二、收入支出决算总体情况\n"
    "局机关本年收入3,210.00万元，本年支出3,150.00万元，年末结转和结余60.00万元。\n"
    "县疾病预防控制中心本年收入2,100.00万元，本年支出2,050.00万元，年末结转和结余50.00万元。\n"
    "县妇幼保健院本年收入6,000.00万元，本年支出5,900.00万元，年末结转和结余100.00万元。\n"
)
ITEMS = (
    "2024年度林草局项目支出绩效自评报告\n一、项目情况\n3个项目全年预算合计1,422.90万元，全年执行数合计1,245.01万元。其中：\n"
    "1.森林草原防火专项资金由县级财政安排，年初预算380.00万元，全年预算436.50万元，执行402.86万元，执行率92.29%。\n"
    "2.退化林修复项目由中央和省级资金安排，年初预算860.00万元，另有上年结转资金126.40万元，全年预算986.40万元，执行842.15万元，执行率85.38%。未执行的144.25万元主要是补植任务调整。\n"
)
DIP = (
    "2024年度DIP支付方式改革运行评估报告\n（四）结余留用\n"
    "全市34家医疗机构超支，超支金额合计6,125.16万元。三级医疗机构9家中有5家超支，超支金额5,279.45万元。\n"
)
AUDIT = (
    "关于2023年度审计查出问题整改情况的报告\n二、整改总体情况\n截至2024年10月31日，已完成整改41个，正在整改6个。\n"
    "三、具体整改情况\n（一）县级财政管理方面\n该方面反映问题9个，已完成整改8个，正在整改1个。\n"
    "1．非税收入未及时缴库问题（问题2个）。整改情况：已完成整改2个。\n"
    "2．财政存量资金未及时盘活问题（问题4个）。整改情况：已完成整改3个，正在整改1个。\n"
)


def _fact(extraction, text: str):
    return next(f for f in extraction.facts if f.entity.text == text)


@pytest.mark.parametrize(
    "text, figure, key",
    [
        (TOWNSHIPS, "970.56万元", "岚关镇·资金规模"),
        (TOWNSHIPS, "845.10万元", "坝朗镇·资金规模"),
        (TOWNSHIPS, "933户", "坝朗镇·受益农户"),
        (TOWNSHIPS, "4,336.75万元", "衔接"),  # 全县: the whole, not a member (资金 is no part of a key)
        # one paragraph naming its subject is not a parallel set: the key stays as it was
        ("2024年度报告\n一、概况\n岚关镇安排项目6个，资金规模970.56万元。\n全年资金规模970.56万元。\n", "970.56万元", "资金规模"),
        # a 部门决算 stating each unit's flows in a paragraph of its own
        (UNITS, "2,100.00万元", "县疾病预防控制中心·本年收入合计"),
        (UNITS, "5,900.00万元", "县妇幼保健院·本年支出合计"),
        (UNITS, "60.00万元", "局机关·结转和结余"),
        # numbered items each opening with the money they are about
        (ITEMS, "402.86万元", "森林草原防火专项·部门整体支出"),
        (ITEMS, "144.25万元", "退化林修复项目·部门整体支出·未执行"),  # what was left unspent
        # numbered township items read as headings of their own are still parallel
        ("2024年度公示\n二、分乡镇情况\n1.岚关镇：安排项目6个，资金规模970.56万元。\n2.坝朗镇：安排项目5个，资金规模845.10万元。\n", "845.10万元", "坝朗镇·资金规模"),
        # a unit's spending after its income: the unit's, its list number left out of the key
        ("2024年度报告\n（三）县人民医院全年收入5,000.00万元，支出4,800.00万元。\n", "4,800.00万元", "县人民医院支出"),
        # a sentence about some members of a named group speaks of that group
        (DIP, "5,279.45万元", "三级医疗机构·超支"),
        (DIP, "6,125.16万元", "超支"),
        # audit problems: numbered problem items and paragraphs pointing back at their heading
        (AUDIT, "8个", "县级财政管理方面·已完成整改"),
        (AUDIT, "3个", "财政存量资金未及时盘活问题·已完成整改"),
        (AUDIT, "41个", "已完成整改"),
        # a table written one record per line: each line's figures are its lead's; 合计 is the whole
        (RECORDS, "106,827.63万元", "三级医疗机构·DRG应支付"),
        (RECORDS, "64,770.16万元", "二级医疗机构·DRG应支付"),
        (RECORDS, "171,597.79万元", "DRG应支付"),
        # a lead naming a field (资金来源：) is no member, whatever follows it
        ("2024年度报告\n一、资金\n资金来源：中央补助100万元；省级补助50万元；市级配套20万元。\n偏差原因：中央补助下达晚；省级补助到位慢；市级配套不足。\n", "100万元", "中央补助"),
    ],
)
def test_parallel_subject_paragraphs_key_their_figures(text, figure, key):
    assert _fact(extract(document_from_text("t.txt", "txt", text)), figure).key == key


@pytest.mark.parametrize("text", [TOWNSHIPS, UNITS, RECORDS])
def test_parallel_subject_paragraphs_raise_no_value_conflict(text):
    extraction = extract(document_from_text("t.txt", "txt", text))
    assert [f.rule for f in check_extraction(extraction, selected_rules())] == []


PROJECTS = (
    "某市医疗保障局2024年度项目支出绩效自评报告\n二、各项目自评情况\n（一）医保信息化建设项目\n"
    "该项目年初预算200.00万元，全年预算200.00万元，全年执行190.00万元，预算执行率95.00%。\n"
    "（二）医保基金监管专项经费\n该项目年初预算100.00万元，全年预算120.00万元，全年执行114.00万元，预算执行率{rate}。\n"
)


@pytest.mark.parametrize("rate, findings", [("95.00%", []), ("96.00%", [("R002", "fail")])])
def test_sibling_project_sections_pointed_back_at_are_their_own(rate, findings):
    # 该项目 under （二）医保基金监管专项经费: that project's rate, checked on its own terms and not
    # set against the first project's 95.00%
    extraction = extract(document_from_text("t.txt", "txt", PROJECTS.format(rate=rate)))
    second = [f for f in extraction.facts if f.entity.text == rate][-1]
    assert (second.key, second.indicator) == ("医保基金监管专项经费·项目", "预算执行率")  # keyed like the 114.00 and 120.00 it divides
    assert [(f.rule, f.status) for f in check_extraction(extraction, selected_rules())] == findings


def test_numbered_items_are_the_parts_of_the_total_before_them():
    # 其中：1.… 402.86 / 2.… 842.15 — the carried-in 126.40 is no part of what was spent
    extraction = extract(document_from_text("t.txt", "txt", ITEMS))
    assert [f.rule for f in check_extraction(extraction, selected_rules())] == []
    (parts,) = [r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == "1,245.01万元"]
    assert [p.entity.text for p in parts.parts] == ["402.86万元", "842.15万元"]


STAFF = (
    "奉岭县医疗保障局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    "局机关和事务中心核定人员编制数为26人，年末单位实有在职在岗人数23人；"
    "奉岭县医药价格和招标采购服务中心是机关下属独立核算事业单位，核定事业编制9人，年末实有人数9人。\n"
    "二、人员情况\n年末实有人数23人。\n"
)


@pytest.mark.parametrize(
    "figure, nth, key",
    [
        ("23人", 0, "实有人数"),  # the department's own staff
        ("9人", 1, "奉岭县医药价格和招标采购服务中心·实有人数"),  # the subordinate unit's, in its own ；-item
    ],
)
def test_subordinate_units_staff_is_its_own(figure, nth, key):
    facts = [f for f in extract(document_from_text("t.txt", "txt", STAFF)).facts if f.entity.text == figure]
    assert facts[nth].key == key


def test_subordinate_units_staff_raises_nothing_against_the_departments():
    extraction = extract(document_from_text("t.txt", "txt", STAFF))
    assert [f.rule for f in check_extraction(extraction, selected_rules(select=["V"]))] == []
