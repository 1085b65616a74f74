"""R010 average-mismatch: an average that does not follow from its total and count."""

from __future__ import annotations

import pytest

from rule_cases import evidence_texts, findings_of, report

CODE = "R010"


@pytest.mark.parametrize(
    "body, status, average, total, count",
    [
        # the income written in 元 for 万元: off by ten thousand
        ("出租出借房屋42,600平方米，取得出租出借收入1,286.45元，平均租金301.98元/平方米。", "fail", "301.98元", "1,286.45元", "42,600平方米"),
        # a mistyped count: 9.32万元 ÷ 621人次 = 150.08元
        ("公务接待费9.32万元，全年共接待国内来访团组68批次、621人次，人均接待费用152.29元。", "uncertain", "152.29元", "9.32万元", "621人次"),
        ("新建和改造农村道路86.4公里，投入3,758.40万元，平均每公里45.30万元。", "uncertain", "45.30万元", "3,758.40万元", "86.4公里"),
        # the count of what the average is per, stated in the sentence before (198.45 ÷ 6 = 33.08)
        ("街道辖6个社区，共有居民18,075户。2023年共核定社区工作经费198.45万元，比上年172.50万元增长15.04%，平均每个社区33.80万元。", "uncertain", "33.80万元", "198.45万元", "6个"),
        # 生均 over the students counted before; the total restated in brackets is the same total
        ("2023年秋季学期核定在校生12,564人。\n全年核定公用经费11,632,660元（折合1,163.27万元），生均公用经费952.87元。", "uncertain", "952.87元", "11,632,660元", "12,564人"),
        # the total in the 合计 row that states the count too: 1,727,900 ÷ 710 = 2,433.66元
        ("资金发放涉及2个乡镇，共救助710户，户均救助2,343.66元。\n\n表2 分乡镇发放情况\n| 乡镇 | 救助户数（户） | 发放金额（元） |\n|---|---|---|\n| 涢阳镇 | 412 | 1,021,600 |\n| 白鹭湾镇 | 298 | 706,300 |\n| 合计 | 710 | 1,727,900 |\n", "uncertain", "2,343.66元", "1,727,900", "710户"),
        # the money the sentence says it averaged (按补助资金支出计), stated in the sentence before: 172.62万元 ÷ 28.64万人次 = 6.03元
        ("免费开放补助资金186.00万元。当年支出172.62万元，执行率92.81%，结余13.38万元。三馆全年免费接待群众28.64万人次，按补助资金支出计，平均每人次补助6.30元。", "uncertain", "6.30元", "172.62万元", "28.64万人次"),
        # …or in a table's 合计 row, with the length done stated before it (not the plan): 2,596.36 ÷ 18.6 = 139.59
        ("计划治理河长17.5公里。\n表1 分项投资完成情况\n单位：万元\n工程内容\t计划投资\t完成投资\n堤防工程\t1,240.00\t1,186.52\n护岸工程\t760.00\t1,409.84\n合计\t2,000.00\t2,596.36\n项目实际治理河长18.6公里，为计划的106.29%。按累计完成投资计，平均每公里治理河长投资135.99万元。", "uncertain", "135.99万元", "2,596.36", "18.6公里"),
        # an area stated before, named like the average and the total (成交): 13,154.28万元 ÷ 430.75亩 = 30.54万元
        ("全年分3批成交指标430.75亩，其中水田指标215.00亩、旱地指标215.75亩，剩余81.55亩纳入储备。成交金额合计13,154.28万元，平均每亩成交价30.45万元。", "uncertain", "30.45万元", "13,154.28万元", "430.75亩"),
        # a base named, not stated: 3,092.27万元 ÷ 5,707人 ÷ 12 = 451.53元
        ("全县共有城乡低保对象4,316户7,025人，其中城市低保862户1,318人，农村低保3,454户5,707人。全年发放低保金4,118.62万元，其中城市低保金1,026.35万元，农村低保金3,092.27万元。\n按年末保障人数和12个月计算，城市低保对象月人均补差648.93元，农村低保对象月人均补差415.53元。", "uncertain", "415.53元", "3,092.27万元", "5,707人"),
        # the money words name, in the sentence before, and no flow shared: 1,860.45万元 ÷ 42,310户 = 439.72元
        ("全年发放耕地地力保护补贴资金1,860.45万元。共惠及农户42,310户，按补贴资金计，户均补贴493.72元。", "uncertain", "493.72元", "1,860.45万元", "42,310户"),
        # an average of a count over the whole of a 其中 list: 2,941 ÷ 1,386 = 2.12辆次
        ("全年接处警出动1,386起，其中火灾318起、抢险救援792起、社会救助276起；出动车辆2,941辆次，平均每起出动车辆2.21辆次。", "uncertain", "2.21辆次", "2,941辆次", "1,386起"),
        # both terms in the sentence just before, the 其中 parts and the bracketed count left aside: 282.54 ÷ 26 = 10.87
        ("全年核定补贴资金282.54万元，其中车辆更新补贴72.00万元、运营补贴210.54万元，涉及车辆26辆（新增车辆12辆，占46.15%）。平均每辆车补贴10.78万元。", "uncertain", "10.78万元", "282.54万元", "26辆"),
        # an average of a count written with places, its per-count stated sentences before: 672 ÷ 14 = 48.00
        ("全年共举办培训班14期，按类型统计如下。\n全年培育高素质农民672人，较上年的610人多培育62人，增长10.16%；平均每期46.00人。", "uncertain", "46.00人", "672人", "14期"),
        # a named base (登记人数) and the money the average's own words name (助餐补贴, not the budget): 234.96万元 ÷ 6,842 = 343.41元
        ("年初安排老年助餐补贴资金350.00万元。使用资金中：助餐补贴234.96万元，占71.32%。\n全年登记就餐老年人6,842人。按登记人数计算，人均享受助餐补贴334.41元。", "uncertain", "334.41元", "234.96万元", "6,842人"),
    ],
)
def test_average_mismatch_found(body, status, average, total, count):
    (finding,) = findings_of(report(body), CODE)
    assert finding.status == status
    assert (evidence_texts(finding, "average"), evidence_texts(finding, "total"), evidence_texts(finding, "count")) == ([average], [total], [count])


@pytest.mark.parametrize(
    "body",
    [
        "出租出借房屋42,600平方米，取得出租出借收入1,286.45万元，平均租金301.98元/平方米。",
        "免费开放补助资金186.00万元。当年支出172.62万元，执行率92.81%，结余13.38万元。三馆全年免费接待群众28.64万人次，按补助资金支出计，平均每人次补助6.03元。",
        "全年分3批成交指标430.75亩，其中水田指标215.00亩、旱地指标215.75亩，剩余81.55亩纳入储备。成交金额合计13,154.28万元，平均每亩成交价30.54万元。",
        "全县共有城乡低保对象4,316户7,025人，其中城市低保862户1,318人，农村低保3,454户5,707人。全年发放低保金4,118.62万元，其中城市低保金1,026.35万元，农村低保金3,092.27万元。\n按年末保障人数和12个月计算，城市低保对象月人均补差648.93元，农村低保对象月人均补差451.53元。",
        "全年接处警出动1,386起，其中火灾318起、抢险救援792起、社会救助276起；出动车辆2,941辆次，平均每起出动车辆2.12辆次。",
        "全年核定补贴资金282.54万元，其中车辆更新补贴72.00万元、运营补贴210.54万元，涉及车辆26辆（新增车辆12辆，占46.15%）。平均每辆车补贴10.87万元。",
        # two totals in the sentence before: which one is averaged is not said
        "全年核定补贴资金282.54万元，另拨付以前年度补贴40.00万元，涉及车辆26辆。平均每辆车补贴10.78万元。",
        # two areas named like the average: which one is not said
        "成交指标430.75亩，另有挂牌成交指标215.00亩。成交金额合计13,154.28万元，平均每亩成交价30.45万元。",
        "计划治理河长17.5公里。\n表1 分项投资完成情况\n单位：万元\n工程内容\t计划投资\t完成投资\n堤防工程\t1,240.00\t1,186.52\n护岸工程\t760.00\t1,409.84\n合计\t2,000.00\t2,596.36\n项目实际治理河长18.6公里，为计划的106.29%。按累计完成投资计，平均每公里治理河长投资139.59万元。",
        # two lengths done that the average's words name: which one it is per is not said
        "项目治理河长18.6公里。\n表1\n单位：万元\n工程内容\t完成投资\n堤防工程\t1,186.52\n护岸工程\t1,409.84\n合计\t2,596.36\n其中主河道治理河长12.4公里。按累计完成投资计，平均每公里治理河长投资135.99万元。",
        # the money named is not stated anywhere: nothing to divide
        "项目实际治理河长18.6公里。按累计结算投资计，平均每公里治理河长投资135.99万元。",
        "公务接待费9.32万元，全年共接待国内来访团组68批次、612人次，人均接待费用152.29元。",
        "新建和改造农村道路86.4公里，投入3,758.40万元，平均每公里43.50万元。",
        # a count stated in another sentence is borrowed only when the average's words name what it counts and
        # one such count stands before: 人均 / 户均 name nothing, and two counts of 社区 leave the base open
        "街道辖6个社区，共有居民18,075户。2023年共核定社区工作经费198.45万元，比上年172.50万元增长15.04%，户均112.50元。",
        "街道辖6个社区，当年新增试点社区4个。2023年共核定社区工作经费198.45万元，平均每个社区33.80万元。",
        "街道上年辖5个社区。2023年共核定社区工作经费198.45万元，平均每个社区33.80万元。",
        "街道辖6个社区，共有居民18,075户。2023年共核定社区工作经费198.45万元，平均每个社区33.08万元，户均109.79元。",
        "受理法律援助案件712件，结案688件。办案补贴110.20万元，平均每件1,601.74元。",
        # the sentence names its own base; new pupils are not the pupils
        "2023年秋季学期，全县义务教育阶段在校生12,564人。\n全年拨付义务教育学校公用经费811.20万元，按年初核定学生数计算，生均公用经费676.00元。",
        "2023年秋季学期，全县义务教育学校招收一年级新生1,850人。\n全年下达义务教育公用经费879.48万元，生均700.00元。",
        # an income gain per household is not the grant shared out
        "发放产业奖补资金96万元，带动脱贫户320户，户均增收5,200元。",
        # two counts of households before: which one is averaged over is not guessed
        "全镇农户3,200户，其中脱贫户1,850户。2023年发放补贴555.00万元，户均补助3,000元。",
        # standards, caps and monthly rates are not the total over the count
        "保障城乡低保对象39,484人，发放低保金2,186.40万元，平均标准为每人每月560元。",
        "全年培训612人次，支出培训费4.17万元，按照每人每天420元的综合定额标准控制开支。",
        "年末领取失业保险金0.86万人，全年发放失业保险金18,652.40万元，按年末领取人数计算月人均失业保险金1,807.40元。",
        # two totals: which one is averaged is not guessed
        "下达补助资金6,850.00万元，实际支出6,612.48万元，惠及4,069户，户均补助16,250.00元。",
        # a ；-item's own total and count: not the other item's per-unit grant
        "新建养老服务中心12个，每个补助80.00万元；为1,850户实施适老化改造，户均补助3,000元。",
        # a standard inside brackets is no average of the total before them
        "技能提升补贴2,368.00万元，共发放17,754人次（初级证书1,000元/人，9,264人次；中级证书1,500元/人，5,128人次）。",
        "资金发放涉及2个乡镇，共救助710户，户均救助2,433.66元。\n\n表2 分乡镇发放情况\n| 乡镇 | 救助户数（户） | 发放金额（元） |\n|---|---|---|\n| 涢阳镇 | 412 | 1,021,600 |\n| 白鹭湾镇 | 298 | 706,300 |\n| 合计 | 710 | 1,727,900 |\n",
        # the count in two 合计 rows: which total is averaged is not sure
        "共救助710户，户均救助2,343.66元。\n\n表2 分乡镇发放情况\n| 乡镇 | 救助户数（户） | 发放金额（元） |\n|---|---|---|\n| 涢阳镇 | 412 | 1,021,600 |\n| 白鹭湾镇 | 298 | 706,300 |\n| 合计 | 710 | 1,727,900 |\n\n\n表2 分乡镇发放情况\n| 乡镇 | 救助户数（户） | 发放金额（元） |\n|---|---|---|\n| 涢阳镇 | 412 | 1,021,600 |\n| 白鹭湾镇 | 298 | 706,300 |\n| 合计 | 710 | 1,727,900 |\n",
    ],
)
def test_average_mismatch_not_found(body):
    assert findings_of(report(body), CODE) == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_average_mismatch_on_seeds(seed_doc, seed):
    assert findings_of(seed_doc(seed), CODE) == []
