"""Fact binding: indicator, canonical key, role, period and relations on the issue's examples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.engine import check_extraction
from audit.registry import selected_rules
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

HEADER = "2023年度部门整体支出绩效自评报告\n"


def bound(text: str):
    return extract(document_from_text("t.txt", "txt", HEADER + text))


def fact(extraction, figure: str, nth: int = 0):
    return [f for f in extraction.facts if f.entity.text == figure][nth]


@pytest.mark.parametrize(
    "text,figure,key,role,period",
    [
        ("医保基金累计征收7.55亿元，同比增长1.3%。", "7.55亿元", "医保基金征收", "value", "2023"),
        ("医保基金累计征收7.55亿元，同比增长1.3%。", "1.3%", "医保基金征收", "growth", "2023"),
        ("年初预算支出673.60万元，基本支出569.44万元，项目支出0万元。", "673.60万元", "本年支出合计", "budget", "2023"),
        ("年初预算支出673.60万元，基本支出569.44万元，项目支出0万元。", "569.44万元", "基本支出", "budget", "2023"),
        ("公务用车运行维护费33063.86元，比上年度减少20439.25元,同比下降33.1%。", "20439.25元", "公务用车运行维护费", "change", "2023"),
        ("社会保障和就业: 支出决算为1.71万元,完成预算的43%,较上年减少1.29万元,下降43%。", "43%", "社会保障和就业支出", "rate", "2023"),
        ("2022年一般公共预算支出300.00万元。", "300.00万元", "一般公共预算财政拨款支出", "value", "2022"),
        ("上年公务接待费0.50万元。", "0.50万元", "公务接待费", "value", "2022"),
        ("预算经费：该指标预期指标值为 205.60 万元，本次评价预算经费为 82.35 万元。该指标权重分值为 12 分，自评得分 4.89 分。", "12 分", "部门整体支出", "weight", "2023"),  # the whole unit's, in a 部门整体 report
        ("预算经费：该指标预期指标值为 205.60 万元，本次评价预算经费为 82.35 万元。该指标权重分值为 12 分，自评得分 4.89 分。", "205.60 万元", "部门整体支出", "target", "2023"),
        ("城乡居民参保率为93.92%。", "93.92%", "城乡居民参保率", "rate", "2023"),
        ("截至2023年12月31日，示例县医疗保障局共有车辆2辆。", "2辆", "公务用车保有量", "value", "2023-12-31"),
        ("年末在职人员120人，在编人员112人。", "120人", "在职人员", "value", "2023-12-31"),  # 在职 is no 在 + 职
        ("年末实有车辆1,284辆。", "1,284辆", "实有车辆", "value", "2023-12-31"),  # not 实有人数
        ("截至2023年12月31日，本部门共有车辆5辆，其中：一般公务用车2辆，执法执勤车辆3辆。", "3辆", "执法执勤用车", "value", "2023-12-31"),
        ("我局有公务用车一辆。", "一辆", "公务用车保有量", "value", "2023"),
        ("本部门还自行组织了两个项目支出绩效评价。", "两个", "项目个数", "value", "2023"),
        # a bare execution rate in a project's own section is that project's
        ("二、项目情况\n（2）医保能力提升中央财政补助资金项目\n主要用于宣传费用。资金执行率100%。", "100%", "医保能力提升中央财政补助预算执行率", "rate", "2023"),
        # a bare balance is the balance of the item its clause is about
        ("“委托商业保险公司经办服务费”，金额10万元，实际支出10万元，结余结转0万元。", "0万元", "委托商业保险公司经办服务费结余结转", "value", "2023"),
        # 该项目 / 该项目资金使用: the project the passage is about, one key
        ("该项目资金计划215.11万元，为财政全额拨款资金。", "215.11万元", "项目", "budget", "2023"),
        ("截止2023年12月31日，该项目资金已支付使用资金215.11万元。", "215.11万元", "项目", "actual", "2023-12-31"),
        # a figure restated in brackets, and last year's in brackets after 较上年, keep the subject
        ("建设面积3.26万亩（32,600亩），完成目标的101.88%；较上年（2.8万亩）增长16.43%。", "32,600亩", "建设面积", "value", "2023"),
        ("建设面积3.26万亩（32,600亩），完成目标的101.88%；较上年（2.8万亩）增长16.43%。", "101.88%", "建设面积", "rate", "2023"),
        ("建设面积3.26万亩（32,600亩），完成目标的101.88%；较上年（2.8万亩）增长16.43%。", "2.8万亩", "建设面积", "value", "2022"),
        ("建设面积3.26万亩（32,600亩），完成目标的101.88%；较上年（2.8万亩）增长16.43%。", "16.43%", "建设面积", "growth", "2023"),
        # keys the wording qualifies: 财政拨款…支出总计, a run-in item label, 项目支出结转, …收入总计, 其他…
        ("2023年度财政拨款收入、支出总计均为143,098.88万元。", "143,098.88万元", "财政拨款支出总计", "value", "2023"),
        ("（3）公务用车运行维护费。2023年支出15.73万元，比上年下降10.22%。", "15.73万元", "公务用车运行维护费", "value", "2023"),
        ("年末结转结余133.52万元，其中项目支出结转119.38万元。", "119.38万元", "项目支出结转", "value", "2023"),
        ("加上上年结转收入1,820万元，2023年市级国有资本经营预算收入总计43,095万元。", "43,095万元", "国有资本经营预算财政拨款收入总计", "value", "2023"),
        ("（四）其他国有资本经营预算支出1,758万元，完成预算的92.53%。", "1,758万元", "其他国有资本经营预算财政拨款支出", "actual", "2023"),
        ("自评总分88.40分，评价等级为“良”。", "88.40分", "综合得分", "score", "2023"),
        # the figures of a sentence listing the year's goals are targets
        ("年度绩效目标为：主次干道机械化清扫率达到85%，新建更新电声警报器24台。", "85%", "主次干道机械化清扫率", "target", "2023"),
        ("年度绩效目标为：主次干道机械化清扫率达到85%，新建更新电声警报器24台。", "24台", "新建更新电声警报器", "target", "2023"),
        ("全年主次干道机械化清扫率82.4%，新建更新电声警报器24台。", "24台", "新建更新电声警报器", "value", "2023"),
        # a count after a word that names nothing (a determiner, a place, 仅有) counts what follows it
        ("2023年仅有两个项目，均已完成自评。", "两个", "项目个数", "value", "2023"),
        ("预算执行过程中，选取该两个项目开展绩效监控。", "两个", "项目个数", "value", "2023"),
        ("全县33个乡镇（街道）社保所共计检查药店215家。", "33个", "乡镇(街道)社保所", "value", "2023"),
        ("力争将永安街道社保所、中医院等12个基层机构创建成为示范点。", "12个", "基层机构", "target", "2023"),
        ("购置自助一体机21台，预计服务参保群众65万人。", "65万人", "服务参保群众", "target", "2023"),
        ("开展廉政谈心谈话4次，实现人员100%全覆盖。", "100%", "人员覆盖率", "rate", "2023"),
        ("参保总人数约70万人，实现困难群体100%参保，其他群众应保尽保。", "100%", "困难群体参保率", "rate", "2023"),
        ("落地住院费用跨省直接结算，80%高频业务实现微信公众号自助办理。", "80%", "高频业务", "share", "2023"),
        ("年中追加基本支出45.88万元，追加9个项目支出计779.00万元。", "9个", "项目个数", "value", "2023"),
        ("今年单位“三公”经费支出为2.28万元，其中公务接待费0.54万元。", "2.28万元", "三公经费", "actual", "2023"),
        # a numbered sentence under an item's heading is no heading of its own: the item names its figures
        ("三、“三公”经费分项情况\n（一）因公出国（境）费\n1．决算18.62万元（186,200元），预算20.00万元，完成预算的93.10%。\n", "18.62万元", "因公出国（境）费", "actual", "2023"),
        ("三、“三公”经费分项情况\n（四）公务接待费\n1．决算486,250元，折合48.63万元，预算60.00万元，完成预算的81.05%。\n", "60.00万元", "公务接待费", "budget", "2023"),
        # one month's figure inside a year's 其中 list; a half year's figures; the same fund's spending
        ("其中，保险费收入46,842.36万元，同比增长6.16%，12月当月保险费收入4,126.38万元。", "4,126.38万元", "当月保险费收入", "value", "2023-12"),
        ("1—6月失业保险基金收入23,862.45万元，完成年度预算的45.37%，支出17,486.92万元，完成年度预算的36.20%。", "17,486.92万元", "失业保险基金支出", "actual", "2023-06-30"),
        # a sentence opening 调整后预算中， breaks that budget down
        ("调整后预算中，基本支出2,312.45万元，项目支出1,173.75万元。", "1,173.75万元", "项目支出", "adjusted_budget", "2023"),
        # each ；-item opening with its year is that year's; a change of 2023 on 2022 is 2023's
        ("2022年调整后预算5,126.40万元、支出4,712.85万元，预算执行率91.93%；2023年调整后预算5,864.72万元、支出5,534.86万元，预算执行率94.38%。", "5,534.86万元", "部门整体支出", "actual", "2023"),
        ("2022年预算执行率91.93%；2023年预算执行率94.38%。2023年执行率比2022年提高2.45个百分点，2024年比2023年再提高1.86个百分点。", "2.45个百分点", "预算执行率", "growth", "2023"),
        ("2022年预算执行率91.93%；2023年预算执行率94.38%。2023年执行率比2022年提高2.45个百分点，2024年比2023年再提高1.86个百分点。", "1.86个百分点", "预算执行率", "growth", "2024"),
        # every figure of a bracket opening with 上年末 is last year's
        ("资产总额4,232,656.10万元，负债总额539,115.41万元（上年末资产总额4,016,852.37万元、负债总额548,126.90万元）。", "548,126.90万元", "负债", "value", "2022"),
        # a numbered item titled with its works names their budget and spending
        ("三、项目实施情况\n1．村组道路硬化工程\n计划硬化村组道路不少于12.50公里。预算580.00万元，实际支出594.00万元。\n", "594.00万元", "村组道路硬化工程", "actual", "2023"),
        # 重点项目支出 is some of the 项目支出; a growth the year's goal names is a target
        ("上述四个重点项目支出合计2,108.18万元，其余1,634.08万元为一般项目支出。", "2,108.18万元", "重点项目支出", "value", "2023"),
        ("全年新登记经营主体28,436户，比上年的27,295户增长4.18%，未达到增长5%的年度目标。", "5%", "新登记经营主体", "target", "2023"),
        # a fund's closing balance in the sentence that opened with its opening balance
        ("2023年度政府性基金预算财政拨款年初结转和结余44.85万元，本年收入1,206.00万元，本年支出1,180.30万元，年末结转和结余70.55万元。", "70.55万元", "政府性基金财政拨款结转和结余", "value", "2023"),
        ("今年单位“三公”经费支出为2.28万元，其中公务接待费0.54万元。", "0.54万元", "公务接待费", "actual", "2023"),
        # …but a named count keeps its name, and money after a count of projects is not their number
        ("本年转移支付资金共计1个项目，预算金额为20.00万元。", "1个", "项目个数", "value", "2023"),
        ("本年转移支付资金共计1个项目，预算金额为20.00万元。", "20.00万元", "", "budget", "2023"),
        ("2023年本单位共有2个项目，预算金额为120.00万元。", "120.00万元", "", "budget", "2023"),
        ("全年受理有效投诉12件。", "12件", "受理有效投诉", "value", "2023"),
        ("截至12月，全县离休干部（门诊和住院）医疗费发生额 87.93万元。", "87.93万元", "离休干部医疗费", "actual", "2023"),
        ("伤残军人（门诊和住院）医疗费总发生额为235.77万元。", "235.77万元", "伤残军人医疗费", "actual", "2023"),
        ("2023年县内定点医疗机构月结算统筹报销9901.62万元。", "9901.62万元", "县内定点医疗机构月结算统筹报销", "value", "2023"),
        ("城乡居民人数221000人，实际参保人数为207569人，居民参保率达93.92%，没有达到年度目标值95%。", "93.92%", "城乡居民参保率", "achieved", "2023"),
        ("我单位年初批复预算数 205.60 万元，年中调减数 3.60 万元。", "3.60 万元", "部门整体支出", "adjustment", "2023"),
        ("（二）项目支出绩效情况\n（1）筹资工作经费项目\n项目支出60万元，主要用于支持乡镇开展参保工作。", "60万元", "筹资工作经费", "value", "2023"),
        ("（二）项目支出情况\n项目支出60万元，主要用于支持乡镇开展参保工作。", "60万元", "项目支出", "value", "2023"),
        ("年中追加项目“委托商业保险公司经办服务费”，金额10万元，实际支出10万元。", "10万元", "委托商业保险公司经办服务费", "adjustment", "2023"),  # the sum the budget was raised by
        ("全年预算数为 202.00 万元，全年实际支出资金 82.35 万元，预算执行率为 40.77%。", "82.35 万元", "部门整体支出", "actual", "2023"),
        ("居民参保率：该指标预期指标值为 95%，本次评价居民参保率为 99.96%，该指标完成率为 105.22%。", "105.22%", "城乡居民参保率", "rate", "2023"),
        ("三公经费控制率：该指标预期指标值为 100%，本次评价“三公经费”控制率为 100%。该指标权重分值为 8 分。", "8 分", "三公经费控制率", "weight", "2023"),
        ("2023年全县898家定点医药机构检查覆盖率100%。", "100%", "定点医药机构检查覆盖率", "rate", "2023"),
        ("年初预算总收入为673.60万元，年中追加预算824.88万元，全年总收入为1498.48万元。", "1498.48万元", "本年收入合计", "adjusted_budget", "2023"),
        ("筹资工作经费年中调增20万元，实际支出60万元，结余结转0万元。", "0万元", "筹资工作经费结余结转", "value", "2023"),
        ("居民参保率：该指标预期指标值为 95%，\n\n本次评价居民参保率为 99.96%。该指标权重分值为 15 分，自评得分 15 分。", "15 分", "城乡居民参保率", "weight", "2023"),
        ("本年收入6,950.56万元，包括财政拨款收入6,935.20万元和其他收入15.36万元。", "15.36万元", "其他收入", "value", "2023"),
        ("追加9个项目支出计779.00万元。", "779.00万元", "项目支出", "adjustment", "2023"),
        ("本年收入6,950.56万元，包括财政拨款收入6,935.20万元和其他收入15.36万元，分别占本年收入的99.78%和0.22%。", "0.22%", "其他收入", "share", "2023"),
        ("本年支出7,050.17万元，包括基本支出2,318.77万元、项目支出4,731.40万元，占比分别为32.89%和67.11%。", "32.89%", "基本支出", "share", "2023"),
        ("基本支出中人员经费2,046.31万元，占基本支出的88.25%。", "88.25%", "人员经费", "share", "2023"),
        ("“三公”经费财政拨款支出37.89万元，完成年度预算44.50万元的85.15%。", "44.50万元", "三公经费", "budget", "2023"),
        ("“三公”经费财政拨款支出37.89万元，完成年度预算44.50万元的85.15%。", "85.15%", "三公经费", "rate", "2023"),
        ("三是购置18台医保自助服务一体机，配送至乡镇（街道）。", "18台", "自助服务一体机", "value", "2023"),
        ("完成 152 家医药机构网上审批和现场勘察。", "152 家", "医药机构网上审批和现场勘", "value", "2023"),
        ("2023年度“三公”经费预算120,000.00元，实际支出86,420.00元，预算执行率72.02%。", "72.02%", "三公经费", "rate", "2023"),  # the rate of the money it divides
        ("全年实际支出2917.36万元，其中基本支出1702.48万元，项目支出1214.88万元，预算执行率95.52%。", "95.52%", "预算执行率", "rate", "2023"),
        ("财政拨款收入总计4378.77万元，包括本年财政拨款收入3980.42万元和年初财政拨款结转和结余398.35万元。", "398.35万元", "财政拨款结转和结余", "value", "2022-12-31"),
        ("项目年初预算441.40万元，年中追加145.00万元，全年预算586.40万元。", "586.40万元", "项目", "adjusted_budget", "2023"),
        ("（二）公务用车购置及运行维护费\n1.公务用车购置费。预算28.00万元，决算26.75万元，执行率95.54%。", "28.00万元", "公务用车购置费", "budget", "2023"),
        ("（二）公务用车购置及运行维护费\n1.公务用车购置费。预算28.00万元，决算26.75万元，执行率95.54%。", "95.54%", "公务用车购置费", "rate", "2023"),
        ("一是促进消费专项资金，预算280.00万元，支出276.40万元，执行率98.71%；二是县域商业体系建设资金，预算360.00万元，支出342.16万元，执行率95.04%。", "342.16万元", "县域商业体系建设", "actual", "2023"),
        ("一是促进消费专项资金，预算280.00万元，支出276.40万元，执行率98.71%；二是县域商业体系建设资金，预算360.00万元，支出342.16万元，执行率95.04%。", "95.04%", "县域商业体系建设", "rate", "2023"),
        ("全年完成外贸进出口总额35.68亿元，年度目标为32.00亿元，较上年的31.27亿元增长14.1%。", "32.00亿元", "外贸进出口", "target", "2023"),
        # the thing done, not the doing: 完成改造老旧小区 is 改造老旧小区, as the table's 改造老旧小区数量 is
        ("完成改造老旧小区44个，超过40个的年度目标。", "44个", "改造老旧小区", "value", "2023"),
        ("完成改造老旧小区44个，超过40个的年度目标。", "超过40个", "改造老旧小区", "target", "2023"),  # the goal after it
        ("农村公路优良路率达到82.6%，高于80%的目标值。", "高于80%", "农村公路优良路率", "target", "2023"),
        ("本项目满分100分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分。", "50分", "产出指标", "weight", "2023"),
        ("一是项目资金执行进度慢。项目支出执行率仅为65.03%。", "65.03%", "项目支出预算执行率", "rate", "2023"),
        ("（三）公务接待费\n2.公务用车运行维护费。预算38.50万元，决算34.62万元，执行率89.92%，比上年的37.18万元减少2.56万元。", "37.18万元", "公务用车运行维护费", "value", "2022"),
        ("财政拨款收入中，一般公共预算财政拨款收入2,176.18万元，政府性基金预算财政拨款收入120.00万元。", "120.00万元", "政府性基金预算财政拨款收入", "value", "2023"),
        ("与上年的2,318.72万元相比，一般公共预算财政拨款支出减少113.32万元。", "2,318.72万元", "一般公共预算财政拨款支出", "value", "2022"),
        ("过程方面，预算执行率未达到100%，按公式计分。", "100%", "预算执行率", "target", "2023"),
        ("1.无障碍改造项目进度滞后。项目执行率仅57.92%，完成户数未达目标。", "57.92%", "项目预算执行率", "rate", "2023"),
        ("预算执行率得分 = 执行率×分值 = 96.41%×10 = 9.64分；产出指标得分48.00分。", "9.64分", "预算执行率", "score", "2023"),
        ("其中：基本支出4,912,386.45元，执行率98.64%；项目支出4,005,065.60元，执行率85.72%。", "85.72%", "项目支出预算执行率", "rate", "2023"),
        ("与上年相比，2023年实际支出较上年的18,715.40万元增加826.78万元，同比增长4.42%。", "18,715.40万元", "本年支出合计", "actual", "2022"),
        ("经综合评定，支队2023年度实际支出19,452.18万元，自评总分93.85分。", "19,452.18万元", "本年支出合计", "actual", "2023"),
        ("（三）“三公”经费情况。全年预算35.00万元，实际支出29.28万元（因公出国（境）费21.36万元、公务接待费7.92万元），较预算节约5.72万元；与上年18.64万元相比增加10.64万元。", "35.00万元", "三公经费", "adjusted_budget", "2023"),
        ("（三）“三公”经费情况。全年预算35.00万元，实际支出29.28万元（因公出国（境）费21.36万元、公务接待费7.92万元），较预算节约5.72万元；与上年18.64万元相比增加10.64万元。", "10.64万元", "三公经费", "change", "2023"),
        # a run-in label names the project its budget, spending and rate belong to, lexicon or not
        # a project named after its work (规划编制) is no post count (编制)
        ("（三）重点项目支出情况\n地质灾害防治项目预算1,120.00万元,支出1,046.38万元,执行率93.43%;村庄规划编制项目预算626.40万元,支出512.36万元,执行率81.79%。", "626.40万元", "村庄规划编制项目", "budget", "2023"),
        ("（三）重点项目实施情况\n2.农村供水保障工程。全年预算1120.50万元，实际支出1086.27万元，执行率96.95%。", "1120.50万元", "农村供水保障工程", "adjusted_budget", "2023"),
        ("（三）重点项目实施情况\n2.农村供水保障工程。全年预算1120.50万元，实际支出1086.27万元，执行率96.95%。", "1086.27万元", "农村供水保障工程", "actual", "2023"),
        ("（三）重点项目实施情况\n2.农村供水保障工程。全年预算1120.50万元，实际支出1086.27万元，执行率96.95%。", "96.95%", "农村供水保障工程", "rate", "2023"),
        # 由…提高到: the level reached, in the report's year, not a growth rate of the year moved from
        ("农村自来水普及率由2022年的91.20%提高到93.40%，提高2.20个百分点。", "93.40%", "农村自来水普及率", "rate", "2023"),
        ("农村自来水普及率由2022年的91.20%提高到93.40%，提高2.20个百分点。", "91.20%", "农村自来水普及率", "rate", "2022"),
        ("年度执行中追加预算1691.94万元，其中：基本支出追加15.85万元。", "1691.94万元", "部门整体支出", "adjustment", "2023"),
        # the offenders among the institutions, and an item listed under its whole, are not that whole
        ("对全市1,286家定点医药机构开展现场检查。全年共处理违法违规定点医药机构218家。", "218家", "违法违规定点医药机构", "value", "2023"),
        ("对全市1,286家定点医药机构开展现场检查。全年共处理违法违规定点医药机构218家。", "1,286家", "定点医药机构", "value", "2023"),
        ("项目支出主要包括乡村振兴示范村建设186.40万元、农村人居环境整治142.30万元等。", "186.40万元", "乡村振兴示范村建设", "value", "2023"),
        # the money a clause names after the institutions it is refused to; a vehicle quota is no head count
        ("通过大数据智能审核，共拒付定点医药机构不合理申报费用8.43万元。", "8.43万元", "不合理申报费用", "value", "2023"),
        ("机关公务用车编制数1台，实际保有车辆1台。", "1台", "公务用车编制数", "value", "2023"),
        # the households a project benefits are its 受益农户, as the 自评表 counts them
        ("项目惠及11个行政村农户4,218户，农户生产成本有所下降。", "4,218户", "受益农户", "value", "2023"),
        # 上年 in a section on a later year is the year before that section's
        ("二、2024年预算草案\n全区一般公共预算支出安排462,300万元，比上年执行数472,860万元下降2.23%。", "472,860万元", "一般公共预算财政拨款支出", "actual", "2023"),
        # 调整预算 is the adjusted budget, and a rate's quoted denominator is the budget of the figure measured
        ("全区一般公共预算收入273,416万元，为调整预算268,000万元的102.02%。", "268,000万元", "一般公共预算财政拨款收入", "adjusted_budget", "2023"),
        ("全区一般公共预算收入273,416万元，为调整预算268,000万元的102.02%。", "102.02%", "一般公共预算财政拨款收入", "rate", "2023"),
        # a fund's own account is not the department's, and its next clause is still the fund's
        ("2023年，医疗保障基金本年收入合计数累计6.88亿元，本年支出合计数累计6.9亿元。", "6.88亿元", "医保基金本年收入合计", "value", "2023"),
        ("2023年，医疗保障基金本年收入合计数累计6.88亿元，本年支出合计数累计6.9亿元。", "6.9亿元", "医保基金本年支出合计", "value", "2023"),
        ("2023年本年收入合计673.60万元，本年支出合计600.00万元。", "600.00万元", "本年支出合计", "value", "2023"),
        # a bare 项目 under a title naming one project is that project's
        ("（二）预算绩效管理情况\n（1）2023年城乡医疗救助项目绩效目标完成情况综述：项目全年预算数6万元，执行数为2.58万元。", "6万元", "城乡医疗救助项目", "adjusted_budget", "2023"),
        # a sentence opening on 上年同期 is last year's in each of its clauses
        ("上年同期基金总收入75.22亿元、总支出68.41亿元。", "68.41亿元", "本年支出合计", "value", "2022"),
        # the figure a rate was worked out on is not what the next clause's change is of
        ("截至2023年12月底，全市参保480.78万人，按全市常住人口500.20万人计算，参保率96.12%，比上年末的486.07万人减少5.29万人。", "5.29万人", "参保", "change", "2023"),
        # the money of all the projects just counted is the department's 项目支出
        ("2023年本单位共有2个项目，项目总金额为120.00万元，执行金额为2.25万元。", "120.00万元", "项目支出", "value", "2023"),
        ("2023年本单位共有2个项目，项目总金额为120.00万元，执行金额为2.25万元。", "2.25万元", "项目支出", "actual", "2023"),
        # 到位 is what happened to the money, not part of its name
        ("2023年医保能力提升补助资金共到位6万元，实际支出2.58万元。", "6万元", "医保能力提升补助", "value", "2023"),
        # 国内公务接待 is a part of 公务接待费 (外事接待 is the other), not another name for it
        ("2023年国内公务接待支出0.54万元，主要用于用餐费。", "0.54万元", "国内公务接待费", "value", "2023"),
        ("2023年公务接待费支出0.80万元，外事接待支出0.26万元。", "0.26万元", "外事接待费", "actual", "2023"),
        # the 三公 total is no department total, whatever 支出合计 it ends with
        ("2023年度“三公”经费支出合计5.00万元，其中：公务接待费2.00万元。", "5.00万元", "三公经费", "actual", "2023"),
        # a bare 共计支出 after counts of the activity the paragraph opened with is that activity's spending
        ("国内公务接待支出0.54万元，主要用于用餐费。国内公务接待4批次，47人次，共计支出0.45万元。", "0.45万元", "国内公务接待费", "value", "2023"),
        # … but not when the sentence states an amount of its own first
        ("国内公务接待支出0.54万元，主要用于用餐费。本年收入100万元，共计支出90万元。", "90万元", "本年支出合计", "value", "2023"),
        # … nor when the paragraph opened with a whole
        ("本年支出合计91万元，主要用于人员工资。全年接待4批次，共计支出90万元。", "90万元", "本年支出合计", "value", "2023"),
        # the units that returned money are counted: the count's name stops at the verb
        ("共有86家参保单位退回基金300余万元。", "86家", "参保单位", "value", "2023"),
        # … and the money keeps the units' name, so two payers' sums stay apart (review s13)
        ("全县1,286家参保企业缴纳基本养老保险费12,345.00万元。", "12,345.00万元", "参保企业缴纳基本养老保险费", "value", "2023"),
        # an audit's problem amounts: each kind named by its own words, the 预算 in them no cue
        ("审计共发现问题金额39,676.21万元，其中：财政预算管理方面24,815.02万元，部门预算执行方面14,861.19万元。", "24,815.02万元", "财政预算管理方面", "value", "2023"),
        ("共发现问题金额5,008.01万元，其中：无预算、超预算支出1,243.58万元，政府采购程序不规范3,764.43万元。", "1,243.58万元", "无预算、超预算支出", "value", "2023"),
        ("共发现问题金额5,008.01万元，其中：无预算、超预算支出1,243.58万元，政府采购程序不规范3,764.43万元。", "3,764.43万元", "政府采购程序不规范", "value", "2023"),
        # a change stated inside the list stays a change (review s13)
        ("共发现问题金额860.00万元，其中：无预算支出320.00万元，比上年增加40.00万元；超范围支出540.00万元。", "40.00万元", "无预算支出", "change", "2023"),
        ("财政预算管理方面共发现问题金额24,815.02万元。", "24,815.02万元", "财政管理方面共发现问题", "value", "2023"),
        # counts named after the measure word in a clause about inspecting: the ones inspected
        ("实地抽查了3个县级场馆和12个乡镇综合文化站。", "12个", "检查乡镇综合文化站", "value", "2023"),
        # a score worked out in words is a score, whatever cue the formula names
        ("项目预算执行率95.20%，按“分值×执行率”计算得9.52分。", "9.52分", "预算执行率", "score", "2023"),
        # 占X N万元的P%: the share of the sentence's amount in the whole stated in the share's words
        ("抚恤补助资金5,126.00万元，占部门全年支出10,034.62万元的51.08%。", "51.08%", "抚恤补助", "share", "2023"),
        ("抚恤补助资金5,126.00万元，占部门全年支出10,034.62万元的51.08%。", "10,034.62万元", "本年支出合计", "value", "2023"),
        # a second share of the same subject in another whole
        ("用于养老服务2,023.10万元，占本年留成资金支出2,917.30万元的69.35%，占当年留成收入3,560.84万元的56.82%。", "56.82%", "养老服务", "share", "2023"),
        # the level a figure moved from is the year before's
        ("2023年公务用车保有量由5辆减少为4辆。", "5辆", "公务用车保有量", "value", "2022"),
        ("2023年公务用车保有量由5辆减少为4辆。", "4辆", "公务用车保有量", "value", "2023"),
        # 比 ends the comparison's subject: the growth is 完成投资's
        ("全年完成投资4,424.35万元。完成投资比上年的4,012.36万元增长10.27%。", "4,012.36万元", "投资", "value", "2022"),
        # prose 总收入 / 总支出 are the year's own flows (本年…合计) — unless the sentence counts a carry-over in
        ("全年总支出为1,450万元，其中：基本支出1,000万元，项目支出450万元。", "1,450万元", "本年支出合计", "value", "2023"),
        ("2023年总收入1,600万元，其中：本年收入1,500万元、上年结转100万元。", "1,600万元", "收入总计", "value", "2023"),
        # a balance at a month's end is that day's level; the balance the year opened with is no budget
        ("“10—12月”栏的期初滚存结余为9月末余额11,937.14万元。", "11,937.14万元", "医保基金滚存结余", "value", "2023-09-30"),
        ("“1—12月累计”栏的期初滚存结余为年初余额11,846.27万元。", "11,846.27万元", "医保基金滚存结余", "value", "2022-12-31"),
        ("年初预算收入673.60万元。", "673.60万元", "本年收入合计", "budget", "2023"),
        # 结存 is the fund's balance, as 结余 is; its pooled part is a quantity of its own
        ("全市基本医疗保险基金年末累计结存105.28亿元。", "105.28亿元", "医保基金滚存结余", "value", "2023-12-31"),
        ("年末累计结存中，统筹基金累计结存48.62亿元。", "48.62亿元", "统筹基金医保基金滚存结余", "value", "2023-12-31"),
        ("个人账户累计结余28.52亿元。", "28.52亿元", "个人账户医保基金滚存结余", "value", "2023"),
        # a fund's shortfall after its spending is what the year came to, not more spending
        ("居民医保基金支出54.13亿元，当期收不抵支1.27亿元。", "1.27亿元", "医保基金当期收不抵支", "value", "2023"),
        # a cue inside the indicator's name: 收入预算总计 is the 收入总计, budgeted
        ("2025年青石镇收入预算总计1,620万元，其中：一般公共预算拨款收入1,450万元，上年结转170万元。", "1,620万元", "收入总计", "budget", "2025"),
        ("支出决算合计1,310.52万元。", "1,310.52万元", "本年支出合计", "actual", "2023"),
        # a project named before 项目支出 spends that project's money; 提升 ending its name is no change
        ("其中农村饮用水安全巩固提升项目支出1,986.32万元。", "1,986.32万元", "农村饮用水安全巩固提升项目", "value", "2023"),
        ("送戏下乡项目支出12.50万元。", "12.50万元", "送戏下乡项目", "value", "2023"),
        ("本年项目支出100.00万元。", "100.00万元", "项目支出", "value", "2023"),
        ("上述四个重点项目支出2,108.18万元。", "2,108.18万元", "重点项目支出", "value", "2023"),
        ("项目支出比上年提升5.00万元。", "5.00万元", "项目支出", "change", "2023"),
        # 各增加: the change of the total the sentence names (收支总计: the balanced statement's two totals)
        ("收入总计70,055.15万元，支出总计70,055.15万元。与上年收支总计65,318.62万元相比，各增加4,736.53万元，增长7.25%。", "7.25%", "收入总计", "growth", "2023"),
        ("与上年收支总计65,318.62万元相比，各增加4,736.53万元。", "65,318.62万元", "收入总计", "value", "2022"),
        # 作出 / 加上 open no indicator
        ("全年共作出罚没款1,634.55万元。", "1,634.55万元", "罚没款", "value", "2023"),
        ("加上上年结转收入186.45万元，收入总计14,603.47万元。", "186.45万元", "上年结转收入", "value", "2022"),
        # a run-in label naming an item, not a heading about the report: that item's spending
        ("二、分项保障情况\n（一）保基本民生。执行82,812万元，完成调整后预算的98.82%。", "82,812万元", "保基本民生", "actual", "2023"),
        # the sampled schools' spending, not all schools' 公用经费 (a rate measured on a sample keeps the rate's key)
        ("县教育局进行了抽查，抽查学校全年公用经费支出2,846,500元。", "2,846,500元", "抽查公用经费", "actual", "2023"),
        ("食品安全抽检监测项目支出806.04万元。", "806.04万元", "食品安全抽检监测项目", "value", "2023"),
    ],
)
def test_facts_binding(text, figure, key, role, period):
    found = fact(bound(text), figure)
    assert (found.key, found.role, found.period) == (key, role, period)


@pytest.mark.parametrize(
    "first,second,same",
    [
        ("医保基金累计征收7.55亿元。", "医保基金征收7.55亿元。", True),
        ("一般公共预算财政拨款支出313.74万元。", "一般公共预算支出313.74万元。", True),
        ("处罚款659.66万元。", "处理行政罚款633.39万元。", True),
        ("三公经费2.28万元。", "公务用车运行维护费1.74万元。", False),
        ("基本支出80.10万元。", "基本支出年初预算数为67.60万元。", False),
        ("公务接待费0.54万元。", "上年公务接待费0.50万元。", False),
        ("职工参保率100%。", "城乡居民参保率93.92%。", False),
        ("本年支出合计313.74万元。", "支出总计318.74万元。", False),
        ("本年收入合计318.74万元。", "本年收入318.74万元。", True),
        ("财政拨款收入总计2,386.56万元。", "本年财政拨款收入2,386.56万元。", False),
    ],
)
def test_facts_identity_groups_synonyms_only(first, second, same):
    extraction = bound(first + "\n" + second)
    a, b = [f for f in extraction.facts if f.measure in ("amount", "percent")]
    assert (a.identity == b.identity) is same


def test_facts_relation_growth_binds_amount():
    extraction = bound("医保基金累计征收7.55亿元，同比增长1.3%。")
    growth = next(r for r in extraction.relations if r.kind == "growth")
    assert (growth.member("growth").entity.text, growth.member("amount").entity.text) == ("1.3%", "7.55亿元")


@pytest.mark.parametrize(
    "text,total,parts",
    [
        ("全年总支出为1498.48万元，其中：基本支出719.48万元（人员经费641.81万元，公用经费77.67万元），项目支出779万元。", "1498.48万元", ["719.48万元", "779万元"]),
        ("全年总支出为1498.48万元，其中：基本支出719.48万元（人员经费641.81万元，公用经费77.67万元），项目支出779万元。", "719.48万元", ["641.81万元", "77.67万元"]),
        ("年初预算支出673.60万元，基本支出569.44万元，项目支出0万元。", "673.60万元", ["569.44万元", "0万元"]),
        ("核定人员编制数为26人（其中：行政编制9人、参公编制17人）。", "26人", ["9人", "17人"]),
        ("共有车辆3辆，其中：主要领导干部用车1辆、其他用车2辆，单价50万元以上通用设备0台（套）。", "3辆", ["1辆", "2辆"]),
        ("年末预算执行基本支出719.48万元、项目支出779.00万元，全年共计支出为1498.48万元。", "1498.48万元", ["719.48万元", "779.00万元"]),
        ("2023年“三公”经费财政拨款支出决算为0.54万元。\n2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算0万元；公务接待费支出决算0.54万元。", "0.54万元", ["0万元", "0万元", "0.54万元"]),
        # 多计 is a sum over-stated, one of the parts, not a change on last year
        ("送审986.42万元，审定951.24万元，审减35.18万元，其中：建设管理费超标准计列12.65万元、工程监理费多计9.83万元、勘察设计费重复计列12.70万元。", "35.18万元", ["12.65万元", "9.83万元", "12.70万元"]),
        # an in-year adjustment broken down over numbered lines
        ("年度执行中追加预算1691.94万元，其中：\n（1）基本支出追加15.85万元，主要为人员经费；\n（2）项目支出追加1676.09万元，包括中央资金1050万元、省级资金626.09万元。\n调整后全年预算5218.46万元。", "1691.94万元", ["15.85万元", "1676.09万元"]),
        # last year's carry-over, named by the words before it, is a part of this year's budget
        # a part broken down within its item (by the ways it was repaid) keeps its own place in the list
        ("2023年偿还政府债务本金7.48亿元。其中：一般债务本金3.46亿元，通过发行再融资债券偿还2.86亿元、一般公共预算安排偿还0.60亿元；专项债务本金4.02亿元，通过发行再融资债券偿还3.52亿元、项目专项收入偿还0.50亿元。", "7.48亿元", ["3.46亿元", "4.02亿元"]),
        # the year's carry-over is a part of a 收入总计 the cue word splits (收入|预算|总计)
        ("2023年青石镇收入预算总计1,620万元，其中：一般公共预算拨款收入1,350万元，政府性基金预算拨款收入100万元，上年结转170万元。", "1,620万元", ["1,350万元", "100万元", "170万元"]),
        ("调整后全年预算6,388.40万元，其中当年财政拨款5,700.00万元（土地出让收入3,300.00万元、专项债券2,400.00万元），上年结转资金420.00万元，其他资金268.40万元。", "6,388.40万元", ["5,700.00万元", "420.00万元", "268.40万元"]),
        # last year's carry-over listed as a source of the funds available, not their balance
        ("2023年可用资金446.50万元，其中省级补助300.00万元、县级财政安排120.00万元、上年结转26.50万元。", "446.50万元", ["300.00万元", "120.00万元", "26.50万元"]),
        # a cue inside one item's brackets (含…追加的300.00万元) gives no role to the items after them
        ("2023年度项目资金全年可用2,204.41万元，其中：中央补助资金1,286.00万元（含2023年7月追加的300.00万元），省级补助资金342.00万元，县级财政安排资金420.00万元，上年结余资金156.41万元。", "2,204.41万元", ["1,286.00万元", "342.00万元", "420.00万元", "156.41万元"]),
        # the total named again, then 中, opens its parts
        ("资金来源为中央资金9,306,128元、地方资金2,326,532元，地方资金中省级1,400,000元、县级926,532元。", "2,326,532元", ["1,400,000元", "926,532元"]),
    ],
)
def test_facts_relation_parts(text, total, parts):
    extraction = bound(text)
    relation = next(r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == total)
    assert [p.entity.text for p in relation.parts] == parts


def test_facts_relation_figure_lead_naming_some_parts_is_no_breakdown():
    """全年支出1,000万元中，用于A 300万元、用于B 200万元: two examples of its uses, not all of them."""
    extraction = bound("全年支出1,000.00万元中，用于校舍维修300.00万元、用于设备购置200.00万元。")
    assert [r for r in extraction.relations if r.kind == "parts"] == []


def test_facts_relation_share_takes_total_of_its_list():
    extraction = bound("2019年本年支出合计313.74万元，其中：基本支出311.15万元，占99.17%；项目支出2.59万元，占0.83%。")
    shares = {r.member("share").entity.text: (r.member("part").entity.text, r.member("total").entity.text) for r in extraction.relations if r.kind == "share"}
    assert shares == {"99.17%": ("311.15万元", "313.74万元"), "0.83%": ("2.59万元", "313.74万元")}


@pytest.mark.parametrize(
    "text",
    [
        "支出预算总计1,620.00万元，按支出性质分：基本支出1,050.00万元，占64.81%；项目支出570.00万元，占35.19%。",
        "支出预算总计1,620.00万元，按支出性质分类，基本支出1,050.00万元，占64.81%；项目支出570.00万元，占35.19%。",
    ],
)
def test_facts_relation_share_takes_the_total_its_classification_breaks_down(text):
    extraction = bound(text)
    shares = {r.member("share").entity.text: (r.member("part").entity.text, r.member("total").entity.text) for r in extraction.relations if r.kind == "share"}
    assert shares == {"64.81%": ("1,050.00万元", "1,620.00万元"), "35.19%": ("570.00万元", "1,620.00万元")}


def test_facts_relation_change_takes_the_amount_stated_before_the_comparison():
    extraction = bound("2023年度支出总计313.74万元。与2022年相比，支出总计增加13.74万元，增长4.6%。")
    amounts = {r.member(r.kind).entity.text: r.member("amount").entity.text for r in extraction.relations if r.kind in ("change", "growth")}
    assert amounts == {"13.74万元": "313.74万元", "4.6%": "313.74万元"}


def test_facts_relation_adjustment_rate_is_the_change_over_the_initial_budget():
    extraction = bound("我单位年初批复预算数 205.60 万元，年中调减数 3.60 万元，调整后全年预算数 202.00 万元，预算调整率 1.75%。")
    rate = next(r for r in extraction.relations if r.kind == "rate")
    assert (rate.member("numerator").entity.text, rate.member("denominator").entity.text) == ("3.60 万元", "205.60 万元")


@pytest.mark.parametrize(
    "text,share,part",
    [
        ("资产总额23,461.08万元，其中流动资产3,215.64万元、固定资产19,874.32万元、无形资产371.12万元，固定资产占资产总额的84.71%。", "84.71%", "19,874.32万元"),
        ("本年收入6,950.56万元，包括财政拨款收入6,935.20万元和其他收入15.36万元，分别占本年收入的99.78%和0.22%。", "99.78%", "6,935.20万元"),
        ("本年收入6,950.56万元，包括财政拨款收入6,935.20万元和其他收入15.36万元，分别占本年收入的99.78%和0.22%。", "0.22%", "15.36万元"),
        ("基本支出62,357.94万元，包括人员经费58,106.27万元、公用经费4,251.67万元，人员经费占基本支出的93.18%。", "93.18%", "58,106.27万元"),
    ],
)
def test_facts_relation_share_part_is_the_one_it_names(text, share, part):
    relation = next(r for r in bound(text).relations if r.kind == "share" and r.member("share").entity.text == share)
    assert relation.member("part").entity.text == part


def test_facts_relation_growth_base_is_the_figure_it_moved_from():
    extraction = bound("项目区粮食亩产由2022年的468公斤提高到2023年的524公斤，增长11.97%。")
    growth = next(r for r in extraction.relations if r.kind == "growth")
    assert [growth.member(n).entity.text for n in ("growth", "amount", "base")] == ["11.97%", "524公斤", "468公斤"]


def test_facts_relation_change_and_growth_carry_last_years_stated_figure():
    extraction = bound("机关运行经费支出198.63万元，较上年度的210.81万元减少12.18万元，下降5.78%。")
    bases = {r.kind: (r.member("amount").entity.text, r.member("base").entity.text) for r in extraction.relations if r.kind in ("change", "growth")}
    assert bases == {"change": ("198.63万元", "210.81万元"), "growth": ("198.63万元", "210.81万元")}
    assert fact(extraction, "210.81万元").key == "机关运行经费" and fact(extraction, "210.81万元").period == "2022"


def test_facts_binding_budget_cut_is_a_negative_adjustment():
    cut = fact(bound("年初预算1,286.40万元。年度执行中，追加预算318.60万元；调减预算45.00万元。调整后全年预算1,560.00万元。"), "45.00万元")
    assert (cut.role, cut.sign) == ("adjustment", -1)


def test_facts_relation_rate_takes_the_one_full_year_budget_stated_paragraphs_before():
    text = "（一）预算\n2023年项目年初预算300.00万元，年中追加预算60.00万元，全年预算数为360.00万元。\n（二）绩效目标\n" + "全年服务企业三百家。" * 30 + "\n（三）执行\n2023年项目实际执行342.72万元，预算执行率95.20%（执行数/全年预算数）。"
    rate = next(r for r in bound(text).relations if r.kind == "rate")
    assert (rate.member("numerator").entity.text, rate.member("denominator").entity.text) == ("342.72万元", "360.00万元")


@pytest.mark.parametrize(
    "spending,related",
    [
        ("金额29万元，实际支出29万元，结余结转0万元", ("29万元", "29万元")),
        # two different spendings stated for the subject: which one the rate is of is not guessed
        ("金额29万元，实际支出29万元。“医保能力提升中央财政补助资金”实际支出28万元", None),
    ],
)
def test_facts_relation_project_execution_rate_in_its_own_section(spending, related):
    text = f"二、项目情况\n年中追加“医保能力提升中央财政补助资金”，{spending}。\n（2）医保能力提升中央财政补助资金项目\n主要用于宣传费用。资金执行率100%。"
    rates = [r for r in bound(text).relations if r.kind == "rate" and r.member("rate").entity.text == "100%"]
    assert [(r.member("numerator").entity.text, r.member("denominator").entity.text) for r in rates] == ([related] if related else [])


def test_facts_relation_change_modifies_the_spending_not_its_budget():
    extraction = bound("“三公”经费财政拨款支出37.89万元，完成年度预算44.50万元的85.15%；较上年减少26.04万元，下降40.73%。")
    modified = {r.kind: r.member("amount").entity.text for r in extraction.relations if r.kind in ("change", "growth")}
    assert modified == {"change": "37.89万元", "growth": "37.89万元"}
    rate = next(r for r in extraction.relations if r.kind == "rate")
    assert (rate.member("numerator").entity.text, rate.member("denominator").entity.text) == ("37.89万元", "44.50万元")


@pytest.mark.parametrize(
    "text,share,total",
    [
        ("2023年本年支出合计313.74万元。\n2023年支出总计320.00万元。\n2023年一般公共预算财政拨款支出313.74万元，占本年支出合计的100%。", "100%", "313.74万元"),
        ("2023年“三公”经费财政拨款支出决算为0.54万元。\n2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算0.54万元，占100%。", "0%", "0.54万元"),
    ],
)
def test_facts_relation_share_total_named_before(text, share, total):
    extraction = extract(document_from_text("t.txt", "txt", text))
    relation = next(r for r in extraction.relations if r.kind == "share" and r.member("share").entity.text == share)
    assert relation.member("total") is not None and relation.member("total").entity.text == total
    assert relation.member("total").start < relation.member("part").start


@pytest.mark.parametrize(
    "text,related",
    [
        ("城乡居民人数221000人，实际参保人数为207569人，居民参保率达93.92%。", True),
        ("开展理论中心组14次、机关党支部集中学习14次，集中学习覆盖率100%。", False),
        # two lengths of works are no leak rate's terms
        ("完成供水管网改造38.6公里、排水管网改造21.5公里，供水管网漏损率降至10.86%。", False),
        ("特困人员6,213人，集中供养1,874人，集中供养率为30.16%。", True),
    ],
)
def test_facts_relation_rate_from_two_counts_only_for_populations(text, related):
    assert any(r.kind == "rate" for r in bound(text).relations) is related


def test_facts_relation_coverage_rate_is_over_the_count_in_its_clause():
    rate = next(r for r in bound("2023年全县898家定点医药机构检查覆盖率100%。").relations if r.kind == "rate")
    assert (rate.member("numerator"), rate.member("denominator").entity.text) == (None, "898家")


def test_facts_relation_target_pairs_only_its_own_indicator():
    extraction = bound("城乡居民参保率年度目标值95%，职工参保率达99%。")
    assert [r for r in extraction.relations if r.kind == "target"] == []


def test_facts_relation_rate_numerator_and_denominator():
    extraction = bound("全年预算数为 202.00 万元，全年实际支出资金 82.35 万元，预算执行率为 40.77%。")
    rate = next(r for r in extraction.relations if r.kind == "rate")
    assert (rate.member("numerator").value, rate.member("denominator").value) == (Decimal("823500"), Decimal("2020000"))


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_facts_roles_and_measures_are_from_the_vocabulary(seed):
    from conftest import seed_path
    from extractor import load
    from extractor.facts.model import MEASURES, ROLES

    extraction = extract(load(seed_path(seed)))
    assert {f.role for f in extraction.facts} <= set(ROLES)
    assert {f.measure for f in extraction.facts} <= set(MEASURES)


@pytest.mark.parametrize(
    "text,members",
    [
        ("年末结转和结余202.46万元（年初结转和结余126.40万元＋本年收入5112.80万元－本年支出5036.74万元），结转结余率3.88%。",
         ["126.40万元", "5112.80万元", "5036.74万元", "202.46万元"]),
    ],
)
def test_facts_relation_balance_written_out_in_brackets(text, members):
    extraction = bound(text)
    balance = next(r for r in extraction.relations if r.kind == "balance")
    assert [balance.member(n).entity.text for n in ("opening", "income", "spending", "closing")] == members
    assert not [r for r in extraction.relations if r.kind == "parts"]  # a formula, not a list of parts


@pytest.mark.parametrize(
    "text,figure,role",
    [
        ("预算执行率得分为10分×97.43%，计9.74分。", "10分", "weight"),  # the weight the rate multiplies
        ("预算执行率得分为10分×97.43%，计9.74分。", "9.74分", "score"),  # what the product comes to
        ("四类一级指标的分值分别为15分、25分、35分、25分，合计100分。", "100分", "weight"),  # 合计 is no result of a product
    ],
)
def test_facts_binding_written_score_product(text, figure, role):
    assert fact(bound(text), figure).role == role


def _share_total(text: str, share: str):
    extraction = extract(document_from_text("t.txt", "txt", text))
    relation = next(r for r in extraction.relations if r.kind == "share" and r.member("share").entity.text == share)
    total = relation.member("total")
    return total.entity.text if total is not None else None


@pytest.mark.parametrize(
    "text,share,total",
    [
        # a whole named as a budget is the budget
        ("政府采购预算总额412.60万元，其中货物类298.40万元。面向中小企业预留286.40万元，占政府采购预算总额的69.41%。", "69.41%", "412.60万元"),
        # 全部提取额 is the year's 提取额, not the running 提取总额 stated after it
        ("2023年提取额71.25亿元。2023年末，提取总额579.76亿元。住房消费提取57.89亿元，占全部提取额的81.25%。", "81.25%", "71.25亿元"),
        # one expense's funding channel is not the department's 项目支出
        ("项目支出2,982.32万元。公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元。上述5个项目合计2,538.30万元，占项目支出的85.11%。", "85.11%", "2,982.32万元"),
        # a table column dated another year is no whole of a share that names no year
        ("项目\t执行数\t上年执行数\n利润收入\t33,486\t30,862\n\n2022年度净利润49,310万元，按20%的比例上缴利润9,862万元，占利润收入的29.45%。", "29.45%", None),
        # 占项目支出的比重: the whole is 项目支出 (的 before 比重 is no part of its name), the part one project's
        ("全年实际支出6,675.83万元，其中项目支出5,203.18万元。其中农村饮用水安全巩固提升项目支出1,986.32万元，占项目支出的比重为38.18%。", "38.18%", "5,203.18万元"),
    ],
)
def test_facts_relation_share_named_whole(text, share, total):
    assert _share_total(text, share) == total


def test_facts_qualify_an_expense_split_by_funding_channel():
    extraction = bound("公务接待费3.20万元，其中基本支出安排2.40万元、项目支出安排0.80万元。")
    assert [fact(extraction, f).key for f in ("2.40万元", "0.80万元")] == ["公务接待费·基本支出", "公务接待费·项目支出"]


@pytest.mark.parametrize(
    "text, part, key",
    [
        ("2024年新增专项债券68,000.00万元全部安排用于项目建设，其中城乡社区支出41,500.00万元、农林水支出12,000.00万元。", "41,500.00万元", "新增专项债券·城乡社区支出"),
        ("下达中央补助资金300.00万元，其中卫生健康支出200.00万元、社会保障和就业支出100.00万元。", "100.00万元", "下达中央补助·社会保障和就业支出"),
        # parts of the department's spending are its own categories, not qualified
        ("本年支出合计300.00万元，其中卫生健康支出200.00万元、社会保障和就业支出100.00万元。", "200.00万元", "卫生健康支出"),
    ],
)
def test_facts_qualify_a_source_of_money_split_by_its_uses(text, part, key):
    assert fact(bound(text), part).key == key


@pytest.mark.parametrize(
    "text, figure, key",
    [
        ("交通运输支出24,160.37万元，除一般公共预算财政拨款20,193.55万元外，还包括政府性基金预算财政拨款支出2,860.00万元。", "20,193.55万元", "交通运输支出·一般公共预算财政拨款支出"),
        ("交通运输支出24,160.37万元，其中一般公共预算财政拨款20,193.55万元。", "20,193.55万元", "一般公共预算财政拨款支出"),
    ],
)
def test_facts_figure_set_apart_by_chu_wai_is_a_part_of_the_subject(text, figure, key):
    assert fact(bound(text), figure).key == key


@pytest.mark.parametrize(
    "text, figure, key",
    [
        ("购置执法执勤用车2辆，年末共有执法执勤用车5辆。", "2辆", "购置执法执勤用车"),
        ("购置执法执勤用车2辆，年末共有执法执勤用车5辆。", "5辆", "执法执勤用车"),
        ("全年报废应急保障车辆1辆。", "1辆", "报废应急保障用车"),
        ("全年购置公务用车2辆，年末共有公务用车10辆。", "2辆", "购置公务用车"),
        ("全年购置公务用车2辆，年末共有公务用车10辆。", "10辆", "公务用车保有量"),
    ],
)
def test_facts_vehicles_bought_or_disposed_of_are_not_the_fleet(text, figure, key):
    assert fact(bound(text), figure).key == key


@pytest.mark.parametrize(
    "text, total, parts",
    [
        ("年末实有车辆1,284辆，其中公务用车846辆、其他车辆438辆；公务用车中，执法执勤用车512辆、机要通信用车36辆。", "846辆", ["512辆", "36辆"]),
        ("年末实有车辆1,284辆，其中公务用车846辆、其他车辆438辆；公务用车中，执法执勤用车512辆、机要通信用车36辆。", "1,284辆", ["846辆", "438辆"]),
        ("在职人员120人。在职人员中，博士5人、硕士42人。", "120人", ["5人", "42人"]),
        # sums too, as after 其中 (a sentence opening with the whole's name)
        ("项目支出300.00万元。项目支出中，A项目100.00万元、B项目50.00万元。", "300.00万元", ["100.00万元", "50.00万元"]),
        ("本年收入2,346.58万元、年初结转和结余42.16万元。本年收入中，财政拨款收入2,318.20万元，占本年收入的98.79%；其他收入28.38万元。",
         "2,346.58万元", ["2,318.20万元", "28.38万元"]),
        # the whole named is not stated in the paragraph: no list
        ("项目支出300.00万元。\n基本支出中，人员经费100.00万元、公用经费50.00万元。", "300.00万元", None),
    ],
)
def test_facts_relation_counts_after_a_named_whole(text, total, parts):
    relations = [r for r in bound(text).relations if r.kind == "parts" and r.member("total").entity.text == total]
    assert [[p.entity.text for p in r.parts] for r in relations] == ([parts] if parts else [])


def test_facts_totals_under_the_appropriation_section_are_the_appropriation_totals():
    text = "一、收入支出决算总体情况说明\n2024年度收入总计338.74万元，支出总计333.74万元。\n四、财政拨款收入支出决算总体情况说明\n2024年财政拨款收入总计318.74万元，支出总计313.74万元。"
    extraction = bound(text)
    assert [fact(extraction, figure).key for figure in ("333.74万元", "318.74万元", "313.74万元")] == ["支出总计", "财政拨款收入总计", "财政拨款支出总计"]


@pytest.mark.parametrize(
    "text, figure, key",
    [
        ("（一）市级科技创新专项资金。资金规模5,200.00万元，支出率93.51%；评价得分88.42分。", "88.42分", "市级科技创新专项·综合得分"),
        ("（二）市级教育发展专项资金。资金规模7,450.00万元；评价得分93.25分。", "93.25分", "市级教育发展专项·综合得分"),
        ("市级科技创新专项资金（评价得分88.42分，等级“良”）", "88.42分", "市级科技创新专项·综合得分"),
        ("（一）部门整体支出情况。评价得分88.42分。", "88.42分", "综合得分"),  # no fund names the item
    ],
)
def test_facts_scores_of_a_numbered_fund_are_that_funds(text, figure, key):
    assert fact(bound(text), figure).key == key


def test_facts_target_of_the_year_the_figure_before_is_measured_against():
    text = "全年完成管网改造33.6公里，完成年度指标32.0公里的105.00%；新建改造检查井1,286座，完成全年任务1,200座的107.17%。"
    extraction = bound(text)
    targets = [(r.member("target").entity.text, r.member("achieved").entity.text) for r in extraction.relations if r.kind == "target"]
    assert targets == [("32.0公里", "33.6公里"), ("1,200座", "1,286座")]


def test_facts_relation_balance_uses_the_flows_not_their_parts():
    text = "2023年职工医保基金收入57,525.17万元，比上年增长4.08%，其中统筹基金收入40,318.72万元、个人账户收入17,206.45万元；基金支出54,271.06万元，比上年增长6.04%，其中统筹基金支出37,842.16万元、个人账户支出16,428.90万元；当年收支结余3,254.11万元。"
    (balance,) = [r for r in bound(text).relations if r.kind == "balance"]
    assert [(name, f.entity.text) for name, f in balance.members] == [("income", "57,525.17万元"), ("spending", "54,271.06万元"), ("surplus", "3,254.11万元")]


@pytest.mark.parametrize(
    "text, figure, key",
    [
        ("2024年医疗救助资金收入2,100.88万元。医疗救助资金支出2,101.74万元。", "2,100.88万元", "医疗救助资金收入"),
        ("2024年医疗救助资金收入2,100.88万元。医疗救助资金支出2,101.74万元。", "2,101.74万元", "医疗救助资金支出"),
        ("公务接待费支出0.54万元。", "0.54万元", "公务接待费"),  # an expense's 支出 is the expense
    ],
)
def test_facts_a_funds_two_flows_are_two_quantities(text, figure, key):
    assert fact(bound(text), figure).key == key


PROJECT_FUNDS = (
    "2023年项目年初预算6,000.00万元，其中财政拨款5,200.00万元（中央预算内投资2,000.00万元、地方政府专项债券资金2,000.00万元、县级财政配套资金1,200.00万元），其他资金800.00万元。"
    "年中追加县级财政配套资金280.00万元，全年预算数调整为6,280.00万元。\n"
    "截至2023年12月31日，项目全年执行6,057.54万元，预算执行率为96.46%。其中：财政拨款执行5,315.36万元，执行率96.99%"
    "（中央预算内投资2,000.00万元已全部支出，专项债券资金支出2,000.00万元，县级财政配套资金支出1,315.36万元）；其他资金执行742.18万元，执行率92.77%。"
)


def test_facts_project_funds_breakdowns():
    extraction = bound(PROJECT_FUNDS)
    parts = {r.member("total").entity.text: [p.entity.text for p in r.parts] for r in extraction.relations if r.kind == "parts"}
    # the bracket after the execution rate breaks the appropriation's spending down
    assert parts["5,315.36万元"] == ["2,000.00万元", "2,000.00万元", "1,315.36万元"]
    # 截至12月31日 … 全年执行: the year's spending, so its 其中 parts are of it
    assert parts["6,057.54万元"] == ["5,315.36万元", "742.18万元"]
    assert fact(extraction, "6,057.54万元").period == "2023"
    # 中央预算内投资 names a source of money; its 预算 is no budget cue
    assert (fact(extraction, "2,000.00万元").key, fact(extraction, "2,000.00万元").role) == ("中央预算内投资", "budget")
    assert fact(extraction, "2,000.00万元", 2).role == "value"
    # the adjusted budget is the project's, the paragraph's opening budget names it
    assert fact(extraction, "6,280.00万元").key == fact(extraction, "6,000.00万元").key


@pytest.mark.parametrize(
    "text, parts",
    [
        ("全年执行数2,665.12万元。其中，财政拨款执行2,538.72万元，未执行的77.28万元为质量保证金；其他资金执行126.40万元。", ["2,538.72万元", "126.40万元"]),
        ("支出决算为2,602.43万元，完成年初预算的97.11%（表2中该项支出3,226.93万元，含其他收入安排的支出624.50万元）。", None),
    ],
)
def test_facts_relation_parts_leave_out_what_was_not_spent_and_notes(text, parts):
    found = [[p.entity.text for p in r.parts] for r in bound(text).relations if r.kind == "parts"]
    assert found == ([parts] if parts else [])


def test_facts_relation_one_total_cut_two_ways():
    text = "项目支出预算执行数169万元。项目支出部分，按功能科目分类，其中其他卫生健康支出70万元，占比41.42%，一般行政管理事务支出99万元，占比58.58%。按项目名称分类，其中筹资工作经费60万元；历史遗留医药费用70万元；经办服务费39万元。"
    parts = [(r.member("total").entity.text, [p.entity.text for p in r.parts]) for r in bound(text).relations if r.kind == "parts"]
    assert parts == [("169万元", ["70万元", "99万元"]), ("169万元", ["60万元", "70万元", "39万元"])]


def test_facts_shortfall_against_the_target_is_a_change_of_the_rate():
    text = "实际参保人数为207569人，居民参保率达93.92%，没有达到年度目标值95%，质量指标距绩效目标少1.08%。"
    extraction = bound(text)
    gap, reached = fact(extraction, "1.08%"), fact(extraction, "93.92%")
    assert (gap.key, gap.role, gap.sign) == (reached.key, "change", -1)


def test_facts_relation_execution_rate_of_a_project_added_mid_year():
    text = "2.年中追加项目“医保能力提升中央财政补助资金”，金额29万元，实际支出29万元，结余结转0万元。\n（2）医保能力提升中央财政补助资金项目\n项目支出29万元，主要用于宣传费用。资金执行率100%。"
    (rate,) = [r for r in bound(text).relations if r.kind == "rate"]
    assert (rate.member("numerator").start, rate.member("denominator").start) == (fact(bound(text), "29万元", 1).start, fact(bound(text), "29万元").start)
    assert fact(bound(text), "29万元").role == "adjustment"


@pytest.mark.parametrize(
    "text, figure, key",
    [
        ("单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。", "50万元以上", "通用设备单价"),
        ("单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。", "100万元以上", "专用设备单价"),
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元。\n（2）本级财力项目\n共计2个项目，金额为100.00万元。", "1个", "转移支付项目个数"),
        ("（1）转移支付项目\n本年转移支付资金共计1个项目，预算金额为20.00万元。\n（2）本级财力项目\n共计2个项目，金额为100.00万元。", "2个", "本级财力项目个数"),
        # an audit rectification report's two counts, however the problems are worded
        ("截至2024年10月31日，已完成整改41个，正在整改6个。", "41个", "已完成整改"),
        ("截至2024年10月31日，正在整改的6个问题未整改到位金额2,267.50万元。", "6个", "正在整改"),
        ("该方面反映问题9个，已整改到位8个。", "8个", "已完成整改"),
        # the rest of the projects, not all of them
        ("其余12个项目全年预算1,526.24万元、支出1,248.84万元，执行率81.82%。", "1,526.24万元", "其余项目"),
        ("其余12个项目全年预算1,526.24万元、支出1,248.84万元，执行率81.82%。", "81.82%", "其余项目"),
        # a sentence opening by saying what its money is: the rate is that money's
        ("耕地地力保护补贴为直补资金，按确权面积全额发放到户，执行率为100%。", "100%", "耕地地力保护补贴预算执行率"),
    ],
)
def test_facts_counts_and_thresholds_named_by_what_they_are_of(text, figure, key):
    assert fact(bound(text), figure).key == key


@pytest.mark.parametrize(
    "text, figure, key, role",
    [
        ("提升医保能力经费（20 万元）2023 年度支出 2.25 万，剩余资金上缴。", "20 万元", "提升医保能力经费", "budget"),
        ("提升医保能力经费（20 万元）2023 年度支出 2.25 万，剩余资金上缴。", "2.25 万", "提升医保能力经费", "actual"),
        ("培训费2023年度支出3.60万元。", "3.60万元", "培训费", "actual"),  # an expense's 支出 is the expense
    ],
)
def test_facts_spending_of_an_expense_or_a_sized_item(text, figure, key, role):
    found = fact(bound(text), figure)
    assert (found.key, found.role) == (key, role)


def test_facts_year_end_balance_after_a_fund_total_keeps_its_own_name():
    text = "全县政府性基金收入总计235,474.03万元，支出总计235,474.03万元，其中：政府性基金预算支出160,537.54万元，调出资金8,600.00万元，年终结转66,336.49万元。"
    extraction = bound("涟溪县2024年政府性基金预算执行情况\n" + text)
    assert fact(extraction, "66,336.49万元").key == "结转"  # not 政府性基金预算财政拨款收入总计结转
    parts = next(r for r in extraction.relations if r.kind == "parts")
    assert [p.entity.text for p in parts.parts] == ["160,537.54万元", "8,600.00万元", "66,336.49万元"]


def test_facts_relation_growth_base_from_the_table_row_restating_the_amount():
    text = "个人账户收入98,642.18万元，同比增长5.26%。\n\n附表（单位：万元）\n项目\t2023年\t2022年\n个人账户收入\t98,642.18\t104,120.45\n"
    growth = next(r for r in bound(text).relations if r.kind == "growth" and r.member("growth").entity.text == "5.26%")
    assert (growth.member("amount").entity.text, growth.member("base").entity.text) == ("98,642.18万元", "104,120.45")


def test_facts_relation_year_end_stock_lists_its_parts_in_the_next_sentence():
    text = "截至2023年12月31日，本部门共有车辆18辆。其中：应急保障用车2辆，执法执勤用车3辆，特种专业技术用车11辆，其他用车2辆。"
    parts = next(r for r in bound(text).relations if r.kind == "parts")
    assert (parts.member("total").entity.text, [p.entity.text for p in parts.parts]) == ("18辆", ["2辆", "3辆", "11辆", "2辆"])


@pytest.mark.parametrize(
    "text,total",
    [
        # a 其中 opening the next sentence that restates an earlier item of the list breaks that item down
        ("电梯补助550.00万元，占8.93%；设计、监理等其他费370.00万元，占6.01%。其中加装电梯按每部25.00万元的标准给予补助，22部共补助550.00万元。", "370.00万元"),
        # last year's figure in a 其中 sentence is no part (较上年的42.10万元)
        ("维修维护支出38.62万元，控制系统升级支出28.95万元。其中维修维护支出较上年的42.10万元减少3.48万元，同比下降8.27%。", "28.95万元"),
    ],
)
def test_facts_relation_no_parts_for(text, total):
    extraction = bound(text)
    assert not [r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == total]


def test_facts_relation_change_of_the_figure_it_makes_after_a_list():
    # 138 + 20 = 158: the change and its rate are of the standard, not of the list's last part
    text = "全县基础养老金标准为每人每月158元，其中中央确定的最低标准123元、省级加发20元、县级加发15元，比上年的138元提高20元，增长14.49%。"
    extraction = bound(text)
    assert fact(extraction, "20元", 1).role == "change"  # 提高20元 is a change, as 增加20元 is
    growth = next(r for r in extraction.relations if r.kind == "growth")
    assert (growth.member("amount").entity.text, growth.member("base").entity.text) == ("158元", "138元")


def test_facts_key_of_an_item_inside_another_whole():
    # 机关运行经费中的公务接待费 is not the 三公 公务接待费, and the item listed after it neither
    extraction = bound("机关运行经费中的公务接待费168.24万元、公务用车运行维护费512.65万元，仅为50个单位的支出。公务接待费272.58万元。")
    assert [fact(extraction, t).key for t in ("168.24万元", "512.65万元", "272.58万元")] == [
        "机关运行经费·公务接待费", "机关运行经费·公务用车运行维护费", "公务接待费",
    ]


def test_facts_binding_a_funds_name_is_no_budget():
    # 一般公共预算 names the fund the money came from, not a budget figure
    assert fact(bound("一般债务本金3.46亿元，一般公共预算安排偿还0.60亿元。"), "0.60亿元").role == "value"
    assert fact(bound("2023年预算安排资金0.60亿元。"), "0.60亿元").role == "budget"


def test_facts_relation_parts_over_a_long_numbered_list():
    # a 其中 list of twelve numbered lines is read to its last item, not cut after eight lines
    items = "".join(f"{n}.项目{n}（21401{n:02d}）。支出决算为{n}0.00万元。\n" for n in range(1, 13))
    extraction = bound(f"2023年度支出决算为780.00万元。其中：\n{items}六、其他说明\n")
    relation = next(r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == "780.00万元")
    assert [p.entity.text for p in relation.parts] == [f"{n}0.00万元" for n in range(1, 13)]


def test_facts_binding_an_adjustments_parts_are_adjustments():
    # 其中 after 追加 lists what was added, each with the adjustment's sign
    extraction = bound("年中追加预算1,904.44万元，其中基本支出150.00万元，项目支出1,754.44万元；年中调减预算180.00万元。")
    assert [(fact(extraction, t).role, fact(extraction, t).sign) for t in ("150.00万元", "1,754.44万元", "180.00万元")] == [
        ("adjustment", 1), ("adjustment", 1), ("adjustment", -1),
    ]



@pytest.mark.parametrize(
    "text,figure,key,role,period",
    [
        # a coded item the sentence opens with names its budget, spending and rate
        ("中等职业教育（2050302）年初预算15,900,000.00元，支出决算16,854,274.80元，为年初预算的106.00%。", "106.00%", "中等职业教育", "value", "2023"),
        # a sentence opening with 上年 is about last year in each of its clauses
        ("上年经营结余222,539.50元，缴纳企业所得税55,634.88元，提取职工福利基金66,761.85元。", "66,761.85元", "提取职工福利基金", "value", "2022"),
        ("上年结余2.10亿元，本年收入6.88亿元。", "6.88亿元", "本年收入合计", "value", "2023"),  # unless a clause says its own
        # the mid-year monitoring count is not the year's
        ("年中监控时，资助参保15,120人，住院救助3,912人次。", "15,120人", "资助参保人次", "value", "2023-06-30"),
        # a scoring threshold is a target
        ("预算执行率达到95%即得满分。", "95%", "预算执行率", "target", "2023"),
        # a share right after last year's figure is last year's share
        ("一般性转移支付7,380.00万元、占比76.44%，上年一般性转移支付6,842.30万元、占比74.95%。", "74.95%", "一般性转移支付", "share", "2022"),
        ("一般性转移支付7,380.00万元、占比76.44%，上年一般性转移支付6,842.30万元、占比74.95%。", "76.44%", "一般性转移支付", "share", "2023"),
    ],
)
def test_facts_binding_subjects_and_periods_of_whole_sentences(text, figure, key, role, period):
    found = fact(bound(text), figure)
    assert (found.key, found.role, found.period) == (key, role, period)


@pytest.mark.parametrize(
    "text,total,parts",
    [
        ("项目自评得分98.80分，其中预算执行率9.47分、产出指标49.83分、效益指标29.00分、满意度指标10.00分，自评等级为“优”（90分以上为优）。", "98.80分", ["9.47分", "49.83分", "29.00分", "10.00分"]),
        ("综合得分为91.5分，其中：决策指标14分，过程指标18.5分，产出指标35分，效益指标24分。", "91.5分", ["14分", "18.5分", "35分", "24分"]),
        ("综合得分92分，其中产出指标45分、效益指标28分。", "92分", None),
        ("自评得分95分，其中产出指标48分。", "95分", None),
        # the breakdown opening the next sentence, after the grade and the points lost; weights in brackets passed over
        ("本项目自评得分91.04分，等级为“优”，共扣8.96分。其中决策指标得分14.00分（满分15分），过程指标得分18.06分（满分20分），产出指标得分32.50分（满分35分），效益指标得分26.48分（满分30分）。", "91.04分", ["14.00分", "18.06分", "32.50分", "26.48分"]),
        # a next sentence on something else is no breakdown
        ("本项目自评得分91.04分，等级为“优”。其中满意度调查得分由第三方评定。", "91.04分", None),
    ],
)
def test_facts_relation_score_parts_in_prose(text, total, parts):
    extraction = bound(text)
    relation = next((r for r in extraction.relations if r.kind == "parts" and r.member("total").entity.text == total), None)
    assert (None if relation is None else [p.entity.text for p in relation.parts]) == parts


@pytest.mark.parametrize(
    "text, figure, role, sign",
    [
        ("决策类指标分值15分，扣3.00分，得分12.00分。", "15分", "weight", 1),
        ("决策类指标分值15分，扣3.00分，得分12.00分。", "3.00分", "change", -1),  # the points deducted
        ("决策类指标分值15分，扣3.00分，得分12.00分。", "12.00分", "score", 1),
    ],
)
def test_facts_score_deduction_is_a_change_of_the_weight(text, figure, role, sign):
    found = fact(bound(text), figure)
    assert (found.role, found.sign) == (role, sign)


def test_facts_department_report_citing_the_project_rules_is_no_project_report():
    # 《项目支出绩效评价管理办法》 cited in a 部门整体 report: a bare 执行率 later is still a project's
    title = "农业农村局2024年度部门整体支出绩效评价报告\n按照《项目支出绩效评价管理办法》开展评价。\n"
    text = title + "全年预算执行率95.69%。耕地地力保护补贴为直补资金，按确权面积全额发放到户，执行率为100%。"
    assert fact(bound(text), "100%").key == "耕地地力保护补贴预算执行率"


@pytest.mark.parametrize(
    "text, figure, key",
    [
        # a gloss of twelve characters with a game's name in it (福彩3D) is still a gloss
        ("其中：乐透数字型（双色球、福彩3D、七乐彩）销售47,816.30万元，即开型（刮刮乐）销售12,224.60万元。", "47,816.30万元", "乐透数字型销售"),
        # a list counting what an amount paid for breaks down the count, not the amount
        ("1.资助社区居家养老服务中心建设38个，补助1,106.00万元，其中城市社区21个、农村社区17个；2.资助供养机构改造12个，补助1,092.50万元。", "1,106.00万元", "补助"),
    ],
)
def test_facts_glosses_and_counted_lists(text, figure, key):
    extraction = bound(text)
    assert fact(extraction, figure).key == key
    if "其中城市社区" in text:
        (parts,) = [r for r in extraction.relations if r.kind == "parts"]
        assert (parts.member("total").entity.text, [p.entity.text for p in parts.parts]) == ("38个", ["21个", "17个"])


def test_facts_relation_parts_of_a_qizhong_in_words_stop_at_its_item():
    """已整改2,786.10万元，其中…已全部收回；…: the ；-items after a 其中 told in words are siblings."""
    extraction = bound("违规使用资金已整改2,786.10万元，其中违规拨付城投公司的资金已全部收回；管理不规范问题已整改7,333.32万元；损失浪费问题已整改62.50万元。")
    assert [r for r in extraction.relations if r.kind == "parts"] == []


def test_facts_relation_rate_past_a_semicolon_is_the_totals():
    """Past the ；that closes a 其中, 全年执行 is the project's spending, over the project's budget."""
    extraction = bound("该项目全年预算20,400.00万元，其中专项债券资金18,000.00万元；全年执行19,342.30万元，预算执行率94.82%。")
    rate = next(r for r in extraction.relations if r.kind == "rate")
    assert (rate.member("numerator").entity.text, rate.member("denominator").entity.text) == ("19,342.30万元", "20,400.00万元")


def test_facts_relation_audit_reduction_rate_over_the_submitted_sum():
    """审减率 = 审减 ÷ 送审 (rate_terms.json), the submitted sum named by its gloss."""
    extraction = bound("项目法人报送的竣工财务工程投资(送审金额)8,265.06万元，经审计审定工程投资7,914.11万元，审减资金350.95万元，审减率4.25%。")
    rate = next(r for r in extraction.relations if r.kind == "rate")
    assert (rate.member("numerator").entity.text, rate.member("denominator").entity.text) == ("350.95万元", "8,265.06万元")


def test_facts_whole_unit_budget_under_a_two_line_title():
    """青川县文化广电旅游局 / 2024年度部门整体支出绩效自评报告: still a report on the whole unit."""
    text = "青川县文化广电旅游局\n2023年度部门整体支出绩效自评报告\n（二）指标二：预算经费\n预算经费：该指标预期指标值为 205.60 万元。"
    found = fact(extract(document_from_text("t.txt", "txt", text)), "205.60 万元")
    assert (found.key, found.role) == ("部门整体支出", "target")


BULLETIN = (
    "截至2023年12月底，全市基本医疗保险参保480.78万人，比上年末的486.07万人（职工67.15万人、居民418.92万人）减少5.29万人。\n"
    "①职工基本医疗保险参保68.42万人，同比增长1.89%。\n②城乡居民基本医疗保险参保412.36万人，同比下降1.57%。\n"
)


@pytest.mark.parametrize(
    "figure, key, period",
    [
        ("68.42万人", "职工基本医疗保险参保", "2023"),  # ① is the item's mark, not its name
        ("418.92万人", "基本医疗保险参保·居民", "2022-12-31"),  # a bracket breaking down last year-end's total is of that day
        ("67.15万人", "基本医疗保险参保·职工", "2022-12-31"),
    ],
)
def test_facts_bulletin_items_and_bracketed_breakdown(figure, key, period):
    found = fact(bound(BULLETIN), figure)
    assert (found.key, found.period) == (key, period)


@pytest.mark.parametrize(
    "growth, amount, base",
    [
        # last year's figure is a part of last year's total, stated in an earlier sentence
        ("1.57%", "412.36万人", "418.92万人"),
        ("1.89%", "68.42万人", "67.15万人"),
    ],
)
def test_relations_growth_base_from_an_earlier_breakdown(growth, amount, base):
    extraction = bound(BULLETIN)
    relation = next(r for r in extraction.relations if r.kind == "growth" and r.member("growth").entity.text == growth)
    assert (relation.member("amount").entity.text, relation.member("base").entity.text) == (amount, base)


@pytest.mark.parametrize(
    "text, figure, period",
    [
        # a sentence opening with 上年 and a quoted name is last year's in every clause
        ("上年“三公”经费15.26万元，其中公务用车运行维护费12.58万元、公务接待费2.68万元。", "12.58万元", "2022"),
        ("上年“三公”经费15.26万元，其中公务用车运行维护费12.58万元、公务接待费2.68万元。", "15.26万元", "2022"),
    ],
)
def test_facts_last_year_lead_before_a_quoted_name(text, figure, period):
    assert fact(bound(text), figure).period == period


FUNDS = (
    "城乡居民医保基金收入54.82亿元，其中个人缴费收入15.64亿元。城镇职工医保基金收入64.50亿元。"
    "上年居民医保基金收入55.63亿元，本年收入比上年增长1.46%。"
)


@pytest.mark.parametrize(
    "figure, key, role, period",
    [
        ("54.82亿元", "居民医保基金征收", "value", "2023"),  # the scheme is part of the fund's income
        ("64.50亿元", "职工医保基金征收", "value", "2023"),
        ("55.63亿元", "居民医保基金征收", "value", "2022"),
        ("1.46%", "居民医保基金征收", "growth", "2023"),  # 本年收入 after last year's named income is that income
    ],
)
def test_facts_health_fund_scheme_qualifies_its_terms(figure, key, role, period):
    found = fact(bound(FUNDS), figure)
    assert (found.key, found.role, found.period) == (key, role, period)


def test_relations_growth_of_an_income_named_only_by_last_years_figure():
    relation = next(r for r in bound(FUNDS).relations if r.kind == "growth")
    assert [relation.member(n).entity.text for n in ("growth", "amount", "base")] == ["1.46%", "54.82亿元", "55.63亿元"]


@pytest.mark.parametrize(
    "text, figure, key",
    [
        # inspected, not all: 检查 qualifies the count — unless every one was inspected
        ("全区共有定点医药机构384家。全年共现场检查定点医药机构312家，检查覆盖率81.25%。", "312家", "检查定点医药机构"),
        ("全区共有定点医药机构384家。全年共现场检查定点医药机构384家，实现全覆盖。", "384家", "定点医药机构"),
        # the rest of the items is not the total
        ("卫生健康支出58.37亿元；其余各项支出合计110.75亿元。", "110.75亿元", "其他支出总计"),
        # the ；-item's own project, not the sentence's first one
        ("森林防火项目主要用于专职护林员劳务补助；生态公益林补偿资金按照“直补到户”方式发放，全年足额兑付，执行率100%。", "100%", "生态公益林补偿预算执行率"),
        # appropriated project spending beside spending from other money is not all 项目支出
        ("本年支出合计30,604.40万元，其中：基本支出26,325.88万元；财政拨款项目支出3,792.00万元；使用事业收入和其他收入安排的支出486.52万元。", "3,792.00万元", "财政拨款项目支出"),
        ("本年支出合计4,171.60万元，其中：基本支出379.60万元；财政拨款项目支出3,792.00万元。", "3,792.00万元", "项目支出"),
    ],
)
def test_facts_keys_found_on_heldout24(text, figure, key):
    assert fact(bound(text), figure).key == key


@pytest.mark.parametrize("fees, rules", [("16.12", ["S001"]), ("11.62", [])])
def test_lead_breakdown_closed_by_the_rest_of_its_whole_checked_for_excess(fees, rules):
    # 非税收入中，…，其他非税收入…: such a list may still leave an item out, so only an excess is certain
    from audit.engine import check_extraction
    from audit.registry import selected_rules

    text = (
        "全市一般公共预算收入412.36亿元。其中，税收收入318.47亿元；非税收入93.89亿元，比上年86.73亿元增长8.26%。\n"
        f"非税收入中，专项收入24.35亿元，行政事业性收费收入{fees}亿元，罚没收入8.47亿元，其他非税收入49.45亿元。\n"
    )
    assert [f.rule for f in check_extraction(bound(text), selected_rules(select=["S001"]))] == rules


@pytest.mark.parametrize(
    "indicator, key",
    [
        # a head count named with or without 人数, and with or without the verb 帮助, is one quantity
        ("就业困难人员实现就业人数", "就业困难人员实现就业"),
        ("帮助就业困难人员实现就业", "就业困难人员实现就业"),
        ("实有人数", "实有人数"),  # a lexicon term stays as it is
    ],
)
def test_canonical_key_head_counts(indicator, key):
    from extractor.facts.lexicon import canonical_key

    assert canonical_key(indicator) == key


@pytest.mark.parametrize("table, rules", [("3,148人", ["V001"]), ("3,184人", [])])
def test_value_conflict_head_count_in_prose_and_self_evaluation_table(table, rules):
    from audit.engine import check_extraction
    from audit.registry import selected_rules

    text = (
        "2024年度就业补助资金项目支出绩效自评报告\n三、绩效目标完成情况\n1.数量指标\n帮助就业困难人员实现就业3,184人，完成年度目标的106.13%。\n"
        "四、自评结论\n一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n"
        f"产出指标\t数量指标\t就业困难人员实现就业人数\t6\t≥3,000人\t{table}\t6.00\n"
    )
    extraction = extract(document_from_text("t.txt", "txt", text))  # its own title: a project report
    assert [f.rule for f in check_extraction(extraction, selected_rules(select=["V001"]))] == rules


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("2021年资金215.11万元已全额到位，资金到位率100%。", "业务运行费"),  # the project's funds, as they arrived
        ("2021年资金215.11万元用于人员工资。", "资金"),  # no 到位: a sum named only as money stays unnamed
    ],
)
def test_facts_bare_funds_arrived_in_a_project_report_are_the_projects(sentence, key):
    text = "业务运行费项目支出\n\n绩效自评报告\n\n一、项目资金情况\n（一）业务运行费项目\n" + sentence
    found = [f for f in extract(document_from_text("t.txt", "txt", text)).facts if f.entity.text == "215.11万元"][0]
    assert found.key == key


def test_facts_share_of_a_whole_stated_in_its_words_relates_that_whole():
    found = bound("专项转移支付提前下达118,200.00万元，占专项转移支付调整预算数163,100.00万元的72.47%。专项转移支付决算158,223.00万元。")
    share = next(r for r in found.relations if r.kind == "share")
    assert (share.member("part").entity.text, share.member("total").entity.text) == ("118,200.00万元", "163,100.00万元")



def test_facts_relation_growth_base_in_brackets_after_it():
    extraction = extract(document_from_text("t.txt", "txt", "2024年住房公积金年度报告\n2024年，业务收入68,452.37万元，同比增长5.29%（上年65,013.80万元）。\n"))
    growth = next(r for r in extraction.relations if r.kind == "growth")
    assert [growth.member(n).entity.text for n in ("growth", "amount", "base")] == ["5.29%", "68,452.37万元", "65,013.80万元"]


@pytest.mark.parametrize("share, found", [("75.18%", []), ("78.15%", ["R001"])])
def test_facts_share_whose_named_part_is_stated_only_in_a_table(share, found):
    # 提取额占当年缴存额的比率: the part is the table's one 提取额 of the year, the whole the text's 缴存额
    text = (
        "2024年住房公积金年度报告\n（一）缴存。2024年，实缴职工32.65万人，缴存额58.37亿元。\n"
        f"（二）提取。2024年，14.26万名缴存职工提取住房公积金；提取额占当年缴存额的比率为{share}。\n"
        "指标\t2024年\t2023年\n提取额（亿元）\t43.88\t41.07\n"
    )
    extraction = extract(document_from_text("t.txt", "txt", text))
    relation = next(r for r in extraction.relations if r.kind == "share" and r.member("share").entity.text == share)
    assert (relation.member("part").entity.text, relation.member("total").entity.text) == ("43.88", "58.37亿元")
    assert [f.rule for f in check_extraction(extraction, selected_rules(select=["R001"]))] == found


@pytest.mark.parametrize(
    "text, figure, key, role, period",
    [
        # a label and a colon opening the sentence name its first sum
        ("LED节能改造：改造钠灯1,096盏，支出92.46万元，单盏改造成本843.61元。", "92.46万元", "LED节能改造", "actual", "2023"),
        # a run-in label names the first sum of the sentence after it (not a later ；-item's)
        ("（一）全民健身设施。新建和更新健身路径42套，共支出117.60万元，平均每套2.80万元；建成笼式多功能运动场3片，支出110.86万元。",
         "117.60万元", "全民健身设施", "value", "2023"),
        # each label's own standard per head
        ("（一）在岗乡村医生定额补助：每人每月400元，按实际在岗月数核发。（二）退出岗位老年乡村医生生活补助：对年满60周岁的人员，每人每月300元。",
         "400元", "在岗乡村医生定额补助·每人每月", "value", "2023"),
        ("（一）在岗乡村医生定额补助：每人每月400元，按实际在岗月数核发。（二）退出岗位老年乡村医生生活补助：对年满60周岁的人员，每人每月300元。",
         "300元", "退出岗位老年乡村医生生活补助·每人每月", "value", "2023"),
        # 比2022年度（…）: that year's figure of the subject named before 比
        ("本年支出605.97万元。本年支出比2022年度（633.14万元）少27.17万元，下降4.29%。", "633.14万元", "本年支出合计", "value", "2022"),
        # a floor the figure before is held to
        ("公益岗位工资占村级分配的比重为63.72%，不低于办法规定的60%，比上年（61.05%）提高2.67个百分点。", "60%", "公益岗位工资", "target", "2023"),
        # 平均每所: an average, not a unit's own name (…所 followed by 核定)
        ("7所幼儿园在园幼儿合计1,359人，平均每所核定奖补19.79万元。", "19.79万元", "平均每所核定奖补", "value", "2023"),
        # 预算支出安排: the spending planned
        ("县本级一般公共预算支出安排186,400万元，其中预备费2,800.00万元。", "186,400万元", "一般公共预算财政拨款支出", "budget", "2023"),
        # an indicator's weight in brackets, its score right after
        ("满意度指标（10分）得分9.5分。", "10分", "满意度", "weight", "2023"),
    ],
)
def test_facts_named_by_labels_brackets_and_limits(text, figure, key, role, period):
    found = fact(bound(text), figure)
    assert (found.key, found.role, found.period) == (key, role, period)
