"""T004 count-differs-from-listed-items: a stated number of items against the items listed beside it."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "T004"


@pytest.mark.parametrize(
    "body, count, listed",
    [
        ("未达到年度指标值的定量指标2个，分别为65岁及以上老年人健康管理率、肺结核患者管理率、服务对象满意度。", "2个", "3项"),
        ("资金分四批次下达（安排）：\n1.江财农〔2023〕11号，下达资金4,260.00万元；\n2.江财农〔2023〕38号，下达资金1,825.00万元；\n3.南财农〔2023〕21号，安排资金915.00万元；\n4.江财农〔2023〕97号，下达资金1,320.00万元；\n5.江财农〔2023〕142号，下达资金680.00万元。\n", "四批次", "5项"),
        ("本单位内设3个科室：办公室、财务科。", "3个", "2项"),
        ("重点推进四项工作：\n（1）参保扩面；\n（2）基金监管；\n（3）待遇保障。\n", "四项", "3项"),
        # names one by one, then a group counted on its own: 1 + 5 units
        ("纳入2023年度部门决算编制范围的单位共7个，包括：局机关本级，以及所属的市公路中心、市港航中心、市质监站、市执法队、市信息中心等5个事业单位。", "7个", "6项"),
        # a count of internal units, named after 内设 in the next paragraph
        # items after 分别为： each with a figure of its own, split at ；
        ("查办罚没款10万元以上的大要案3件，罚没款合计60.00万元，分别为：某医药公司销售劣药案，罚没款30.00万元；某商贸公司侵犯商标案，罚没款30.00万元。", "3件", "2项"),
        # the names end at a comma that opens a clause summing them up
        ("资金发放涉及全县7个乡镇，分别为涢阳镇、白鹭湾镇、杉坪乡、石柘镇、青麓乡、洑溪镇，共救助1,486户，户均救助2,277.12元。", "7个", "6项"),
        ("覆盖4个社区，分别为东城、西城、南城，均已完成改造，投入120万元。", "4个", "3项"),
        # the names end at a comma that opens a clause about the unit's other parts; 普及 joins nothing
        ("机关内设机构4个，分别是办公室、学会学术部和科学普及部，下属县科技馆1个公益一类事业单位。", "4个", "3项"),
        ("中心为公益一类事业单位，设8个处（科），6个管理部。\n\n中心内设综合科、计划财务科、归集管理科、信贷管理科、稽核审计科、信息技术科、法规宣传科；下设市区管理部、东城管理部。", "8个", "7项"),
    ],
)
def test_count_differs_from_listed_items_found(body, count, listed):
    (finding,) = findings_of(report(body), CODE)
    assert finding.status == "fail"
    assert evidence_texts(finding, "count") == [count]
    assert listed in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "未达到年度指标值的定量指标3个，分别为65岁及以上老年人健康管理率、肺结核患者管理率、服务对象满意度。",
        "机关内设机构3个，分别是办公室、学会学术部和科学普及部，下属县科技馆1个公益一类事业单位。",
        # 和 may join two names: 2 or 3 items
        "机关内设机构2个，分别是办公室、学会学术部和科学普及部，下属县科技馆1个公益一类事业单位。",
        "资金发放涉及全县6个乡镇，分别为涢阳镇、白鹭湾镇、杉坪乡、石柘镇、青麓乡、洑溪镇，共救助1,486户，户均救助2,277.12元。",
        # after the comma the list goes on, with a figure of its own
        "共实施3个项目，包括甲项目、乙项目，以及丙项目（投资500万元）。",
        "共实施3个项目，包括甲项目、乙项目，丙项目投资500万元。",
        "分3批次下达，分别为3个、5个，共8个。",
        # a comma standing for the last 、
        "医保局内设五个股室，即办公室、基金监管法规股、医疗保障信息股、医药价格管理股，行政审批股。",
        # a name holding 、 inside its quotes is one item
        "组织对两个项目：“2019年离休、二等乙级伤残军人医疗费、建国老干部门诊补助项目”、“医疗服务与保障能力提升”项目开展了评估。",
        # 和 inside the last name, or joining the last two: either reading
        "设置两个科室，分别为办公室和财务科。",
        "设置三个科室，分别为办公室、人事科和财务科。",
        # the list after 即 is of the nearer count (7个行政村), not of 三个乡镇
        "工程覆盖城关、红崖、马家塬三个乡镇的7个行政村，即红崖村、沙湾村、马家塬村、杨庄村、石窑村、新庄村、下河村。",
        # two 和 in the last item: one inside a name, one joining the last two
        "编报范围的单位共3个，包括林草局本级（行政单位）、林业和草原工作站（事业单位）和巴音国有林场（事业单位）。",
        # examples, not the whole list
        "建成3个示范点，包括永安街道社保所、中医院等。",
        # a list of figures, not of names
        "全年开展检查2批次，分别为3家、5家。",
        # the numbered lines are as many as stated
        "资金分两批次下达：\n1.第一批下达资金100.00万元；\n2.第二批下达资金50.00万元。\n3.其他说明。\n",
        "重点推进两项工作：\n（1）参保扩面；\n（2）基金监管。\n三、下一步工作\n",
        # a count not followed by its list
        "共有2个项目，项目总金额为120.00万元。",
        # 以及 joining two names inside the first item
        "纳入2024年度部门决算编制范围的单位共4家，即局机关本级以及市公路与运输管理中心、市交通工程建设服务中心、市港航管理服务站。",
        # internal units as many as counted; a 内设 list of other things; examples only
        "中心为公益一类事业单位，设7个处（科），6个管理部。\n\n中心内设综合科、计划财务科、归集管理科、信贷管理科、稽核审计科、信息技术科、法规宣传科；下设市区管理部、东城管理部。",
        "局机关设3个科室。内设党支部、工会、妇委会，负责群团工作。",
        "局机关设5个科室。内设办公室、财务科等科室。",
        # names one by one, then a group counted on its own, that add up (1 + 5, 2 + 5)
        "纳入2023年度部门决算编制范围的单位共6个，包括：局机关本级，以及所属的市公路中心、市港航中心、市质监站、市执法队、市信息中心等5个事业单位。",
        "单位共7个，包括：局机关本级、机关服务中心，以及所属的市公路中心、市港航中心等5个事业单位。",
        # items with figures as many as counted; an item naming two cases; another count before the list
        "查办大要案2件，罚没款合计60.00万元，分别为：某医药公司销售劣药案，罚没款30.00万元；某商贸公司侵犯商标案，罚没款30.00万元。",
        "查办大要案3件，罚没款合计60.00万元，分别为：某医药公司和某药店销售劣药案，罚没款30.00万元；某商贸公司侵犯商标案，罚没款30.00万元。",
        "查办大要案3件，涉及企业2家，分别为：某医药公司，罚没款30.00万元；某商贸公司，罚没款30.00万元。",
    ],
)
def test_count_differs_from_listed_items_not_found(body):
    assert findings_of(report(body), CODE) == []


BOND_PROJECTS = (
    "市本级16.42亿元专项债券共安排市本级项目{count}个，各项目资金使用情况见表2。\n"
    "表2 2024年市本级新增专项债券项目资金使用情况\n单位：万元\n序号\t项目名称\t债券资金\n"
    "1\t第二污水处理厂扩建工程\t18,600.00\n2\t标准化厂房（二期）\t32,000.00\n3\t市中心医院新院区\t28,500.00\n\t合计\t79,100.00\n"
)


@pytest.mark.parametrize("count, found", [("3", []), ("4", [("4个", "所指表格列有3项", ["第二污水处理厂扩建工程", "市中心医院新院区"])])])
def test_count_against_the_numbered_rows_of_the_table_it_refers_to(count, found):
    findings = findings_of(report(BOND_PROJECTS.format(count=count)), CODE)
    assert [(evidence_texts(f, "count")[0], f.message.split("，")[1], evidence_texts(f, "first_item") + evidence_texts(f, "last_item")) for f in findings] == found


@pytest.mark.parametrize(
    "body, count, listed",
    [
        ("存在的问题主要有三个方面：一是预算编制不够精准；二是绩效目标设置不够细化。", "三个", "2项"),
        ("存在两个方面问题：（1）预算编制不够精准；（2）绩效目标设置不够细化；（3）资金拨付较慢。", "两个", "3项"),
        ("存在以下三个问题：\n一是预算编制不够精准。\n二是绩效目标设置不够细化。\n\n三、下一步工作\n加强管理。\n", "三个", "2项"),
    ],
)
def test_count_differs_from_numbered_items(body, count, listed):
    (finding,) = findings_of(report(body), CODE)
    assert finding.status == "uncertain"  # a later item may stand where the walk cannot follow it
    assert evidence_texts(finding, "count") == [count]
    assert f"分条列举了{listed}" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "存在以下三个问题：\n一是预算编制不够精准。\n二是绩效目标设置不够细化。\n三是资金拨付较慢。\n",
        # numbered items whose first names two things with 、: four items, not two names
        "我局重点开展了四项工作：一是完善制度、健全机制；二是强化监管；三是优化服务；四是加强宣传。",
        "我局重点开展了三项工作：1.完善制度、健全机制；2.强化监管；3.优化服务。",
        "全年实施项目12个，主要做法：一是抓进度，二是抓质量。",
        "主要采取了三项措施，一是加强组织领导；二是完善工作机制，其中：一是建立台账，二是定期通报；三是强化督查。",
    ],
)
def test_count_matches_numbered_items(body):
    assert findings_of(report(body), CODE) == []
