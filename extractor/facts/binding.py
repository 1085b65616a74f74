"""Binding a figure in running text to its indicator, role and period.

For each MONEY, PERCENT, COUNT or SCORE entity outside tables:

1. the clause left of it (bounded: it starts after the last ，；：、 or bracket) gives the cue
   (role) and the indicator — a lexicon term when one is there, otherwise the cleaned phrase;
2. a clause that names nothing (``完成预算的43%``, ``下降43%``, ``该指标…``) takes the subject of
   the figure before it in the same sentence, or the sentence's lead term (``预算经费：该指标…``);
3. COUNTs may name what they count on the right (``898家定点医药机构``);
4. the period is the fiscal year unless a year, 上年 or 截至 date in the clause says otherwise.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from dataclasses import replace
from functools import lru_cache

import regex

from ..regexes import compile_pattern
from ..document import Document
from ..entities.document_dates import YEAR_NOT_A_DATE
from ..entities.model import Entity
from ..entities.numerals import parse_number
from .respectively import distribute_respectively
from .cues import AMOUNT_CUES, MOVED_TO, PERCENT_CUES, SCORE_CUES, find_role
from .lexicon import COUNTED_AS, HEALTH_FUND_TERM, SCHEMES, SHORTFALL, VEHICLE_CLASSES, canonical_key, find_indicators, is_known_key, scheme_name
from .model import Fact
from .sentences import (
    BREAKDOWN_LEAD, FIGURE_IN_GLOSS, RATE_DENOMINATOR_AFTER, Sentences, clause_start, in_share_clause, item_start, open_brackets,
    states_share_whole,
)

_LEADING_WORDS = compile_pattern(
    r"^(?:\s|\d{1,2}[.、．]|[①-⑳⑴-⒇⒈-⒛㈠-㈩❶-❿]|[一二三四五六七八九十]是|其中|包括|主要包括|主要是|主要用于|以及|另外|同时|并且|并|和|及|与|对|在(?![职编岗建校读册用途库线])|为|是"
    r"|本次评价|本次|共计|共有|现有|拥有|折合|约合|作出|做出|加上|有(?!效|关|力|序|偿|益|机|的)|共|另|即|均|其(?![他它余])|此外|从|由|按照|按|用于|全年|本年度|本年|年中|年初|年末|我单位|我局|本单位|本部门|单位|部门"
    r"|[本我](?:馆|院|中心|委|办)(?!\p{Han}{0,2}(?:馆|院))"  # 本馆共有车辆2辆: the reporting unit itself
    r")+"
)
# the unit's own name before what it has (广汉市医疗保障局共有车辆0辆): not part of the indicator
_ORGANIZATION = compile_pattern(r"(?:本|我|该)?\p{Han}{0,16}?(?:局|委员会|委|办公室|中心|院|支队|大队|图书馆|文化馆|档案馆|电视台|党校|联合会|单位|部门)")
_OWN_NAME = compile_pattern(r"^\p{Han}{0,24}?(?<![每均])(?:局|委员会|委|办公室|中心|院|站|所|支队|大队|图书馆|文化馆|纪念馆|档案馆|电视台|党校|联合会)(?=共有|现有|拥有|年末|全年|本年|实有|核定|共|\s|实际|年初|年度)")
# …，完成投资比上年的4,012.36万元下降10.27%: 比 / 较 end the comparison's subject, no part of its name
_TRAILING_WORDS = compile_pattern(r"(?:" + r"(?:共|已|全额|足额|按期)?到位|为|是|(?<![下送抵传])达|达到|共|共计|计|合计|累计|约|了|至|到|的|有|以|在|总|(?<!理)由|(?<=\p{Han}{2})(?:比|较)|\s|:|：" + r")+$")
# words that state a role or scope, not an indicator: what is left of 实际预算执行数 after its cue
_CUE_NOUN = compile_pattern(r"(?:支出|收入)$")
_TOTAL_KEYS = ("收入总计", "支出总计", "本年收入合计", "本年支出合计")
_ROLE_WORDS = compile_pattern(r"执行(?:过程)?中|实际|预算|执行|决算|年初|年中|调整后|批复|全年|本年度?|年度|数(?=$|\s)")
_LONGEST_DATE = 40
_WHITESPACE = compile_pattern(r"\s+")
_HAN = compile_pattern(r"\p{Han}")
_HAN_WORD = compile_pattern(r"\p{Han}{2,}")
# a heading number needs its bracket or delimiter: 三公经费控制率： begins with 三, not with number 三
_LEAD_TERM = compile_pattern(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*((?:\d{4}年)?[^，,。；;：:\d]{2,48})[：:]", scans=True)
# what a paragraph lead says about itself rather than its subject (…项目绩效目标完成情况综述)
_LEAD_SUFFIX = compile_pattern(r"(?:绩效目标)?(?:完成情况)?(?:综述|说明|概述|分析)$|绩效目标完成情况$")
_LEAD_YEAR = compile_pattern(r"^\d{4}年(?:度)?")
_LEAD_MAX = 15
_ORDINAL_LABEL = compile_pattern(r"指标[一二三四五六七八九十\d]+")
_NAME_AFTER_LABEL = compile_pattern(r"\s*([^，,。；;：:\d]{2,30})[：:。]")
_WHOLE_UNIT = "部门整体支出"
_MID_YEAR = compile_pattern(r"年中监控(?:时|中|期间)|截至\s*(?:6|六)\s*月(?:底|末|30日|三十日)|上半年|(?<!\d)1\s*[—\-－~～至]\s*6\s*月", scans=True)
_MID_YEAR_WORDS = ("月", "监控", "半年")  # every match of _MID_YEAR holds one of them
_ONE_MONTH = compile_pattern(r"(?<![—\-－~～至到\d])(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?当月|(?<![—\-－~～至到\d])(?P<month>1[0-2]|[1-9])月份(?!累计)")
# 前10个月 / 1—10月 / 1至10月份: the months of the year so far
_MONTHS_TO_DATE = compile_pattern(
    r"(?<![提较超延推])前\s*(?P<last>1[01]|[1-9]|十[一]?|[一二三四五六七八九])\s*个?月|(?<![\d.])1\s*[—\-－~～至到]\s*(?P<last>1[01]|[2-9])\s*月(?!\d|\s*[1-9]\d?日)"
)
_YEAR_AGAINST_YEAR = compile_pattern(r"(?P<year>\d{4})\s*年度?[^，,；;。\d]{0,12}?(?:比|较|同)\s*\d{4}\s*年")
_ITEM_MARK = compile_pattern(r"[；;]\s*")
_QUALIFIABLE_BALANCES = frozenset({"结转和结余", "结转结余", "结余", "结转"})
_FUNDING_QUALIFIER = compile_pattern(r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)?财政拨款|(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)")
_MID_YEAR_REVIEW = compile_pattern(r"开展[^。，,]{0,6}?(?:年中|半年)(?:绩效)?(?:运行)?监控|(?:年中|半年)(?:绩效)?监控(?:结果|情况)?显示")  # a paragraph reporting the mid-year review
_DATED_ROLES = ("value", "actual", "rate", "achieved")
_LAST_YEAR_LEAD = compile_pattern(r"\s*上年(?>度?(?:同期)?)(?!结转|结余|末|年末|相比|比|为|增|减|下降)[“\"‘「]?\p{Han}")  # 上年“三公”经费…
_OWN_PERIOD = compile_pattern(r"本年|当年|今年|年末|年初|本期|\d{4}\s*年|上年")
# 、预算执行类15个 / 其中资金监管类: a category's label right before its count
_CATEGORY_LABEL = compile_pattern(r"(?:^|[，,、；;：:（(])\s*(?:其中)?\s*(?P<label>\p{Han}{2,8}类)\s*(?:为|有|共)?\s*$")
_CATEGORY_REACH = 14
# 6,842.30万元、占比74.95% / 6,842.30万元，占转移支付总额的74.95%: a share right after the figure it is of
_SHARE_OF_FIGURE_BEFORE = compile_pattern(r"\s*[、，,]\s*占(?:比|[^，,。；;、\d%]{0,16}?的?(?:比重|比例)?)\s*(?:为|达|是)?\s*")
_WHOLE_YEAR_WORDS = compile_pattern(r"全年|全年度|年末|年底|本次评价|12月31日|十二月三十一日")
# 上年“三公”经费决算为15.26万元，今年决算数较上年减少3.16万元，下降20.71%: past 今年 the sentence is this year's
_THIS_YEAR_AGAIN = compile_pattern(r"本年|当年|今年|本期|\d{4}\s*年")
_CODED_SUBJECT = compile_pattern(r"\s*(?P<item>\p{Han}{2,24}?)\s*[（(]\d{3,7}[）)]")
_OWN_RATE = compile_pattern(r"(?:完成率|执行率|达成率|完成比例)")
_NAMED_RATE = compile_pattern(r"(?:率|满意度|比例|比重|覆盖面|(?:支出|执行|支付|拨付)进度)$")
# 个贷率为82.92%，比上年末减少2.96%: a change written right after a named rate is the rate's own
_RATE_CHANGE_NEXT = compile_pattern(r"[，,]\s*(?:比|较)(?:上年|去年|上年末|上年同期)?(?:同期)?(?:提高|上升|增长|增加|下降|降低|减少)了?")
_CARRIED_ROLES = ("budget", "adjusted_budget", "actual", "weight", "adjustment")
_OWN_SCOPE = compile_pattern(r"全年|年末|年中|共计|合计|总|决算|实际|执行|追加|本年|上年|比|较|结余|结转|余额")
_THIS_INDICATOR = compile_pattern(r"该指标|该项|本指标")
# 33个乡镇（街道）社保所: a short bracketed alternative stays inside the noun
_RIGHT_NOUN = compile_pattern(r"^(?:[^，,。；;、：:（()）\s\d%]|[（(]\p{Han}{1,4}[）)]){1,12}")
# money moving between the counted and the fund: 86家参保单位退回基金300余万元
_MONEY_VERB = r"(?:退回|追回|退还|返还|缴纳|上缴|领取|申领)"
_VERB_AFTER_NOUN = compile_pattern(rf"(?:创建|开展|编制|实现|完成|进行|纳入|共计|获得|用于|实施|参加|通过|成为|的|了|未|尚未|{_MONEY_VERB})")  # 基层机构创建成为…, 8个问题未整改到位
_MAX_INDICATOR = 24
_BRACKETED = compile_pattern(r"[（(][^（()）]{1,16}[）)]")  # 离休干部（门诊和住院）医疗费: a gloss the key drops
# 比目标低5.8个百分点: a gap to the target, naming no indicator of its own
_AGAINST_TARGET = compile_pattern(r"(?:比|较|低于|高于|距|离)?(?:年度|绩效)?(?:目标|预期|计划|目标值|指标值|控制目标)(?:值)?(?:低|高|少|多|差|还差)?")
_CHANGED_TO = compile_pattern(r"调整为?|调整后|变更为?|核定为?|确定为?")  # 全年预算调整为3054.12万元
_NEGATED_VERB = compile_pattern(r"(?:没有|没|未能|未|尚未|仍未|均未)(?:达到|完成|实现|达)?")
_ENDS_WITH_ACTION = compile_pattern(r"(?:购置|购买|采购|配备|配置|增设|新增|建成|建设|开展|组织|举办|召开|培训|发放|查处|检查|走访|完成|办理|受理|接待|处理|约谈|暂停|解除|追回|移交|公开|发布|印发|制定|出台)了?$")
# a count written with a classifier (两个, 33个, 2台) is followed by the thing it counts
# 惠及11个行政村农户: who a project benefits (a place or a count may stand between)
_BENEFITED = compile_pattern(r"(?:惠及|受益)[^，,。；;]{0,16}?(?P<who>农户|群众|人口|居民|人群|脱贫户|学生|患者)\s*(?:数)?\s*(?:达|达到|共|共计|为)?\s*$")
_COUNTED_AFTER = compile_pattern(r".*(?:个|家|台|项|辆|所|套|座|处|批)$")
# a sentence that opens a list of goals: 年度绩效目标为：… / 项目年初设定的绩效目标是：…
_GOALS_OPENING = compile_pattern(r"(?:绩效|年度|总体|预期)目标(?:为|是|设定为|确定为)?\s*[：:]|(?:绩效|年度|总体|预期)目标(?:为|是)|计划(?:为|是)\s*[：:]", scans=True)
_WEIGHTS_OPENING = compile_pattern(r"(?:评分标准|分值设置|权重设置|分值分配|权重分配)(?:为|是)?\s*[：:]")
# 财政拨款收入、支出总计: the qualifier before 收入 qualifies the 支出 after the 、 too
_QUALIFIED_INCOME_BEFORE = compile_pattern(r"(?P<qualifier>\p{Han}{2,12}?)收入\s*[、和及与]\s*$")
_BARE_TOTAL_WORDS = frozenset({"支出", "收入"})
_PREPOSITION_END = compile_pattern(r"\p{Han}(?:对|将|把|就)$")  # …机构对(全年)1,240.37万元已决赔款…
_THIS_YEAR_WORDS = compile_pattern(r"^(?:本年度?|当年|今年|全年)")
_RUN_IN_LABEL = compile_pattern(r"(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])\s*(?P<name>[^，,。；;\d（）()\n]{2,20})[。.]\s*$")
_COMPARED_OPENING = compile_pattern(r"\s*(?:答[：:])?\s*(?:与|同)\s*(?:\d{4}年度?|上年度?|去年|上一年度?)[^，,。；;]{0,16}?相比")
# whose satisfaction, when it is not the public's: institutions, units, or a named group
_SATISFIED_GROUP = compile_pattern(r"\p{Han}{0,6}(?:机构|单位|企业|医院|药店|部门|学校|师生|教师|学生|患者|家长|农户)$")
_GLOSS_BRACKETS = compile_pattern(r"[（(][^（）()]*[）)]")
# a 功能分类 item as a heading: 卫生健康支出（类）综合医院（项）（2100201）
_BUDGET_ITEM = compile_pattern(r"(?P<item>[^（）()\s]{2,20})\s*[（(](?:项|款)[）)]")
_FUNDED_INCOME_AND_SPENDING = compile_pattern(r"(?P<funding>财政拨款|政府性基金预算|国有资本经营预算)收入[、和及与]?支出(?P<total>总计|合计)", scans=True)
_YEAR_END = compile_pattern(r"(?:(?P<year>\d{4})年)?(?:年末|末)(?!期)")
_YEAR_END_REACH = 80
_EXTREME_NAMED = compile_pattern(r"(?P<what>\p{Han}{1,8}?)(?:最高|最低|最大|最小|最多|最少)的(?:是|为)\s*(?P<name>\p{Han}[^，,。；;:：()（）]{1,20})$")
_LAST_YEAR_TAIL = compile_pattern(r"(?:较|比|与)(?:上年|上年度|去年|上一年度?)(?:同期)?(?:的|为|是)?$")
_YEAR_COMPARED_TAIL = compile_pattern(r"(?:较|比|与)\s*(?P<year>(?:19|20)\d\d)\s*年度?(?:同期)?(?:的|为|是)?\s*$")
_LAST_YEAR_ONLY = compile_pattern(r"(?:较|比|与)?(?:上年|上年度|去年|上一年度?)(?:同期)?(?:的|为|是)?")
_QUALIFIER_BEFORE = compile_pattern(r"的\s*$")
# 综合得分90分（含）以上为“优”: a grade band's bound, not a score the report gives
_BAND_UPPER_BEFORE = compile_pattern(r"(?:至|到|[-－～~—])\s*$")
_GRADED_AFTER = compile_pattern(r"[^。；;\n]{0,14}?为\s*[“\"]?(?:优|良|中|差|合格|不合格|较好|好|一般)")
_BAND_BOUND_AFTER = compile_pattern(r"\s*(?:[（(]含[）)])?\s*(?:及?以[上下]|至|[-－～~—])")
_NAMED_IN_BRACKETS = compile_pattern(r"\s*[）)]")
_COUNTING_VERB = compile_pattern(r"(?:涉及|共计|合计|累计|共|计|达到?|约|惠及|覆盖)")
_BUDGET_LOOK_BACK = 6
_SUBJECT_REACH = 120
_BUDGET_REACH = 200
_EQUALS_BEFORE = compile_pattern(r"(?:[=＝]|得(?:出|到)?)\s*$")  # …＝9.64分 / 按“分值×执行率”计算得9.52分: a worked-out result
_TIMES_BEFORE = compile_pattern(r"(?:[×*xX]|乘以)\s*$")
_CHANGE_WORD = compile_pattern(r"增加|减少|增长|下降|提高|降低|相比|较|比|同比|上升|持平")
# …机构不合理申报费用: a sum of money named after the term it belongs to
_MONEY_OBJECT = compile_pattern(r"(?:的)?(?P<money>\p{Han}{2,10}(?:费用|资金|经费|金额|款项))")
_LISTED_ITEM = compile_pattern(r"(?:主要|具体)?(?:包括|包含)[:：]?\s*(?P<item>\p{Han}{2,20})")
# the ones singled out for wrongdoing: a subset, not the whole the term names
# 现场检查定点医药机构312家 / 抽查定点零售药店…: the ones inspected, not all of them
_INSPECTED = compile_pattern(r"(?:现场|飞行|专项|日常|实地)?(?:检查|抽查|核查|稽核|巡查)(?:了)?(?:的)?\s*$")
_INSPECTABLE = compile_pattern(r"(?:机构|药店|医院|单位|企业|文化站|场馆|卫生院|卫生室|学校|幼儿园)$")
# 实地抽查了3个县级场馆和12个乡镇综合文化站: a clause whose counts are of the places inspected
_INSPECTING_CLAUSE = compile_pattern(r"(?:现场|飞行|专项|实地)?(?:检查|抽查|核查|巡查)了?(?!结果|情况|工作|组|发现|中|问题|制度|通报|考核)")
_INSPECTED_PREFIX = "检查"
_WHOLE_AREA_BEFORE = compile_pattern(r"(?:全|本)(?:省|市|州|县|区|镇|乡)(?:的)?$|全部$")  # 全县312家: all of them
_REST_BEFORE = compile_pattern(r"(?:其余|剩余|其他|其它)(?:各项|各类|部分|项目)?\s*$")
# …1,286家，实现全覆盖 / …，检查覆盖率100%: the next clause says all were inspected
_FULL_COVERAGE = compile_pattern(r"\s*[，,]?\s*(?:实现|达到|做到)?(?:检查)?(?:全覆盖|覆盖率(?:为|达到?|达)?\s*100(?:\.0+)?\s*[%％])")
_WRONGDOING = compile_pattern(r"(?:违法违规|违规违法|违法|违规|违约|失信|欺诈骗保|不合格|存在问题|有问题)(?:的)?\s*$")
_BARE_VERB = compile_pattern(r"完成|实现|达成|占|比|较|与|同比|相比|增加|减少|增长|下降|提高|降低|上升|追加|调增|调减|核减|追减")  # 完成年度预算44.50万元: the verb names nothing
_RATE_NOUN_CUE = compile_pattern(r"率|满意度|比例|比重")
_TARGET_AFTER = compile_pattern(r"的(?:年度|全年|绩效)?(?:目标值?|预期(?:指标)?值|计划值|指标值)(?!\p{Han})|\s*(?:即|则|的)?得满分")
_TIMES_AFTER = compile_pattern(r"\s*[×＊*]|\s*乘以")
_RESULT_BEFORE = compile_pattern(r"(?:(?<![合总共累])计|得|[=＝])\s*$")
_EXECUTION_TAIL = compile_pattern(r"(?:执行|完成)率$")  # 基本支出预算执行率: a role of 基本支出, not a new indicator
_FLOWS = ("收入", "支出")
_FUNDS = ("资金", "基金")
_PARTS_OPENING = compile_pattern(r"其中")
_CARRIED_IN = compile_pattern(r"(?:上年|年初|上年度)(?:结转|结余)")
_OWN_UNIT = compile_pattern(r"我局|我单位|本单位|本部门|部门")
_BASIS_OPENING = compile_pattern(r"\s*按(?:照)?")
_BASIS_CLOSING = compile_pattern(r"\s*(?:计算|测算|核算|计)")
_SOME_PROJECTS = compile_pattern(r"重点|自评|评价|新增|部分|其中|开展|实施中|在建|续建")  # 开展自评的重点项目共有2个: some, not all
_ALL_PROJECTS = compile_pattern(r"^项目(?:总金额|总额|资金总额|总预算|合计)$")
# 医疗保障基金本年收入合计: the fund's own account, not the department's (a fund named right before the term)
_FUND_ACCOUNT_KEYS = frozenset({"本年收入合计", "本年支出合计", "收入总计", "支出总计"})
_FUND_BEFORE = compile_pattern(r"(?P<fund>(?:医疗保障|医保|(?:基本)?医疗保险|社会保险|社保|\p{Han}{2,6}保险|统筹)基金)(?:的)?\s*$")
_HEALTH_FUND = compile_pattern(r"^(?:医疗保障|医保|(?:基本)?医疗保险)基金$")
_SCHEME_BEFORE = compile_pattern(SCHEMES + r"\s*$")
_SCHEMES_LISTED = compile_pattern(r"(?:城镇职工|城乡居民|职工|居民)(?:基本)?(?:医保|医疗保险)?\s*(?:和|、|及|与|以及)\s*$")
_SUB_CATEGORY = compile_pattern(r"\p{Han}{2,4}(?:支出|收入|经费|费用)")
_RATE_TAIL = compile_pattern(r"\p{Han}{0,8}(?:率|满意度|比例|比重)")
_COVERED_AFTER = compile_pattern(r"\s*全?(?P<verb>覆盖|参保)(?=[，,。；;、）)]|$)")  # 实现困难群体100%参保: a rate named after it
_ACHIEVED_VERB = compile_pattern(r"^(?:实现|达到|做到|确保)")
_AIMED_AT = compile_pattern(r"力争|争取|预计")  # 力争…创建12个, 预计服务65万人: a goal, not a count reached
# 调整后预算中，基本支出…: a sentence breaking down the named budget or spending, in its terms
_ROLE_LEAD_WORDS = r"(?P<cue>调整后(?:全年)?预算|全年预算|年初预算|预算执行|实际支出|决算)(?:数)?中\s*[，,：:]"
_ROLE_LEAD = compile_pattern(r"\s*" + _ROLE_LEAD_WORDS)
_EXPENSE_SPENT = compile_pattern(r"费[”\"]?\s?(?:(?:19|20)\d{2}\s?年度?\s?)?支出(?:为|是|共计|合计|达)?\s*$")  # “三公”经费支出为2.28万元: the money spent
_SUMMED_INCOME = compile_pattern(r"(?:共计|合计)收入(?:为|是|达|:|：|\s)*$")


def measure_of(entity: Entity) -> str:
    if entity.label == "MONEY":
        return "amount"
    if entity.label == "COUNT":
        return "count"
    if entity.label == "SCORE":
        return "score"
    return "points" if entity.points else "percent"


def bind_text_facts(
    document: Document, entities: list[Entity], fiscal_year: int | None, section_of, cells: dict[int, tuple[int, int]] | None = None
) -> list[Fact]:
    """Facts for the figures of running text, in text order.  ``cells`` maps the start of a figure
    inside a table cell of prose to that cell's span: its sentence ends at the cell's edges.

    Example: ``公务用车运行维护费33063.86元，比上年度减少20439.25元,同比下降33.1%`` gives three
    facts with key 公务用车运行维护费 and roles value, change (sign −1) and growth (sign −1).
    """
    view = document.normalized
    sentences = Sentences(view)
    # in a 项目支出绩效自评报告 the project's 项目支出 is the whole; elsewhere it is a part of the spending
    project_report = is_project_report(view)
    # once per sentence, and only for this document (a module-wide cache would keep every text alive)
    opens_mid_year_review = lru_cache(maxsize=None)(lambda sentence_start: _opens_mid_year_review(view, sentence_start))
    lead_term_of = lru_cache(maxsize=None)(lambda sentence: _lead_term(view, sentence))  # the same for every figure of a sentence
    # a document names the same things and writes the same cue phrases again and again (a third of
    # its clauses repeat one); each is read once per document — never module-wide, for the same reason
    indicator_of = lru_cache(maxsize=None)(_indicator)
    roles_read: dict[tuple[str, bool, int], tuple] = {}
    dates = [e for e in entities if e.label == "DATE"]
    date_starts = [d.start for d in dates]
    facts: list[Fact] = []
    previous_in_sentence: Fact | None = None
    previous_sentence = None
    first_in_sentence: Fact | None = None
    subject_in_sentence: Fact | None = None
    adjoining_first: Fact | None = None
    outside_brackets: Fact | None = None
    segment_first: Fact | None = None
    previous_figure_end = 0
    subject_before: Fact | None = None
    for entity in entities:
        if entity.label not in ("MONEY", "PERCENT", "COUNT", "SCORE"):
            continue
        sentence = sentences.span_of(entity.start)
        if cells and entity.start in cells:
            # 1|地震应急保障用车|3|含应急通信保障车一辆: the remark cell's words, not the row's label
            cell_start, cell_end = cells[entity.start]
            sentence = (max(sentence[0], cell_start), min(sentence[1], cell_end))
        if sentence != previous_sentence:
            first_figure = entity.start
            adjoining_first = first_in_sentence if first_in_sentence is not None and sentence[0] - previous_sentence[1] <= 1 else None
            if first_in_sentence is not None and sentence[0] - previous_sentence[1] <= 1 and not _BREAKDOWN_OPENING.match(view, previous_sentence[0]):
                # the sentence just before, for 实际支出… opening the next — unless it broke a total
                # down (其中：一般公共预算资金…): its first figure is a part, not the subject
                subject_before = first_in_sentence
            else:
                subject_before = None
            previous_in_sentence = first_in_sentence = subject_in_sentence = segment_first = outside_brackets = None
            previous_sentence = sentence
            previous_figure_end = sentence[0]
        clause_from = clause_start(view, sentence[0], entity.start)
        titles = section_of(entity.start)
        # 包括财政拨款收入6,935.20万元和其他收入15.36万元: a figure's name lies after the figure
        # before it; a cue before that figure still gives the role (追加9个项目支出计779.00万元)
        name_from = max(clause_from, previous_figure_end)
        prior_figure_end = previous_figure_end
        previous_figure_end = entity.end
        if _ITEM_BREAK.search(view, prior_figure_end, entity.start):
            segment_first = None  # 一是…执行率98.71%；二是…: each ；-item has its own subject
        raw_left = view[clause_from:entity.start]
        nearby_dates = _dates_between(dates, date_starts, sentence[0], entity.start)
        left = _without_dates(view, clause_from, entity.start, nearby_dates)
        if ")" in raw_left and (glossed := _GLOSSED_RATE.search(raw_left)) is not None and (same := _GLOSSED_RATE.search(left)) is not None:
            # 资金使用率（支出占可使用资金的比例）83.97%: the rate it names; the brackets define it
            raw_left = raw_left[:glossed.start("gloss")] + raw_left[glossed.end("gloss"):]
            left = left[:same.start("gloss")] + left[same.end("gloss"):]
        skipped = name_from - clause_from
        measure = measure_of(entity)
        table = PERCENT_CUES if entity.label == "PERCENT" else SCORE_CUES if entity.label == "SCORE" else AMOUNT_CUES
        # a lexicon term may hide a cue word (一般公共预算收入 is not a budget); score words never mislead
        masked = entity.label in ("MONEY", "COUNT")
        role, sign, cue = _role_of(raw_left, table, masked, roles_read)
        if cue is not None and role in ("budget", "adjusted_budget", "actual") and _ASPECT_AFTER.match(raw_left, cue.end()):
            role, sign, cue = "value", 1, None  # 财政预算管理方面共发现问题金额: 预算 names a field of work, not this figure's role
        verb = _NAME_VERB_CUE.fullmatch(cue.group()) if cue is not None and role == "change" and cue.start() > 0 else None
        if verb and _NAMED_THING_AFTER.match(raw_left, cue.start() + verb.end("verb")) and _HAN_CHAR.match(raw_left, cue.start() - 1):
            role, sign, cue = "value", 1, None  # 农村饮用水安全巩固提升项目支出: 提升 ends the project's name
        if measure == "points" and role == "value":
            role = "change"
        elif role == "value" and measure == "amount" and _SPENDING_PLANNED.search(raw_left):
            role = "budget"  # 一般公共预算支出安排186,400万元: the spending planned, not the spending done
        if entity.label == "SCORE" and _TIMES_BEFORE.search(view, max(0, entity.start - 3), entity.start):
            role = "weight"  # 预算执行率得分＝预算执行率×10分: the factor is the weight
        elif entity.label == "SCORE" and _EQUALS_BEFORE.search(view, max(0, entity.start - 3), entity.start):
            role = "score"  # 得分 = 执行率×分值 = 96.41%×10 = 9.64分: a worked-out result is a score
        named = left[skipped:]
        if cue is not None and cue.start() >= skipped:
            if role == "rate" and _RATE_NOUN_CUE.match(cue.group()):
                pass  # 参保率为: the rate word is the end of the indicator's own name
            elif role != "share" and _term_across(left[skipped:cue.start()], left[cue.end():]):
                named = left[skipped:cue.start()] + left[cue.end():]  # 收入预算总计: the 收入总计, budgeted
            else:
                named = left[skipped:cue.start()] if role == "share" else left[skipped:cue.start()] + " " + left[cue.end():]
            whole_term = find_indicators(left[skipped:])
            if whole_term and not find_indicators(named) and role != "share":
                named = left[skipped:]  # the cue sat beside a lexicon term that names the figure
            elif role == "share" and whole_term and whole_term[-1].start <= cue.start() - skipped < whole_term[-1].end and _RATE_NOUN_CUE.search(whole_term[-1].key):
                # 个人住房贷款余额占缴存余额的比率为82.92%: the 占 is inside a named ratio (个贷率)
                named, role = left[skipped:], "rate"
            elif role == "score":
                whole = find_indicators(left[skipped:])
                if whole and whole[-1].start < cue.end() - skipped <= whole[-1].end:
                    named = left[skipped:]  # 部门整体支出绩效自评综合得分79.12分: the cue ends a name (综合得分)
        if named.startswith("占") and measure in ("amount", "count") and RATE_DENOMINATOR_AFTER.match(view, entity.end):
            named = named[1:]  # 占部门全年支出10,034.62万元的51.08%: the whole the share is of
        indicator, key = indicator_of(named)
        if (
            _THRESHOLD_OPENING.match(raw_left) and previous_in_sentence is not None and previous_in_sentence.measure == measure
            and previous_in_sentence.key and previous_in_sentence.role not in ("growth", "change")
        ):
            # 比重为63.72%，不低于办法规定的60%: the floor the figure before it is held to
            indicator, key, role = previous_in_sentence.indicator, previous_in_sentence.key, "target"
        if key == _INVOLVED_KEY and _PROBLEMS_FOUND_BEFORE.search(view, sentence[0], clause_from):
            # 审计发现问题9个，涉及金额158.43万元: the money of the problems found, which the
            # evaluation restates as 审计查出问题金额
            indicator, key = _PROBLEM_MONEY, canonical_key(_PROBLEM_MONEY)
        if key.startswith(_INSPECTED_PREFIX) and _FULL_COVERAGE.match(view, entity.end, sentence[1]):
            # 检查定点医药机构1,286家，实现全覆盖: every one of them was inspected
            indicator, key = indicator[len(_INSPECTED_PREFIX):], key[len(_INSPECTED_PREFIX):]
        if key == "满意度" and indicator in ("满意度", "满意率"):
            # 8.定点医药机构满意度（分值4分…）… 满意度91.55%: the satisfaction its section is about
            title = _GLOSS_BRACKETS.sub("", _TITLE_NUMBER.sub("", titles[-1])) if titles else ""
            titled = _indicator(title) if title else ("", "")
            if titled[1] != key and titled[1].endswith(key):
                indicator, key = titled
        # a bare 支出 changing on last year, or last year's figure it changed from (支出比上年1,386.20万元增长…)
        against_last_year = indicator in _BARE_TOTAL_WORDS and (
            role in ("growth", "change") or role == "value" and bool(_COMPARED_TO_LAST_YEAR.search(view, clause_from, entity.start))
        )
        if (
            indicator in _BARE_TOTAL_WORDS and first_in_sentence is not None and first_in_sentence.role in ("budget", "adjusted_budget")
            and first_in_sentence.key and first_in_sentence.key not in _WHOLE_KEYS and first_in_sentence.key != _WHOLE_UNIT
            # 项目预算1,650.00万元，全年项目支出1,542.37万元，…；支出比上年…增长: the spending named since
            and not (against_last_year and _bare_word_subject(view, facts, sentence[0], indicator, fiscal_year, None, None, facts))
        ):
            # “三公”经费年初预算15.50万元，全年支出13.83万元: the spending of the budget's subject
            indicator, key = first_in_sentence.indicator, first_in_sentence.key
        elif (
            indicator in _BARE_TOTAL_WORDS and previous_in_sentence is not None and previous_in_sentence.measure == "amount"
            and previous_in_sentence.key and previous_in_sentence.key not in _WHOLE_KEYS
            and _NAMED_IN_BRACKETS.match(view, previous_in_sentence.end) and previous_in_sentence.end < clause_from <= previous_in_sentence.end + 2
            and _OPENS_BRACKET_BEFORE.search(view, max(0, previous_in_sentence.start - 4), previous_in_sentence.start)
        ):
            # 提升医保能力经费（20 万元）2023 年度支出 2.25 万: the spending of the item the bracket sized
            indicator, key = previous_in_sentence.indicator, previous_in_sentence.key
            if role == "value" and _SPENT_ONLY.fullmatch(left):
                # …（20 万元）2023 年度支出 2.25 万: what was spent of the sum the bracket gave it
                role = "actual"
                if facts and facts[-1] is previous_in_sentence and previous_in_sentence.role == "value":
                    facts[-1] = replace(previous_in_sentence, role="budget")
        elif (
            role in ("growth", "change") and _THIS_YEAR_WORDS.sub("", indicator) in _BARE_TOTAL_WORDS
            and previous_in_sentence is not None and previous_in_sentence.measure == "amount" and previous_in_sentence.key
            and previous_in_sentence.key not in _WHOLE_KEYS and previous_in_sentence.period != str(fiscal_year)
            and previous_in_sentence.indicator.endswith(_THIS_YEAR_WORDS.sub("", indicator))
        ):
            # 上年居民医保基金收入55.63亿元，本年收入比上年增长1.46%: the change of that income
            indicator, key = previous_in_sentence.indicator, previous_in_sentence.key
        elif (
            against_last_year
            and (spent := _bare_word_subject(view, facts, sentence[0], indicator, fiscal_year, first_in_sentence, subject_before, facts)) is not None
        ):
            # 项目支出1,542.37万元，执行率93.48%，结转107.63万元；支出比上年1,386.20万元增长12.17%: the
            # one spending the sentence is about, last year's (1,386.20) and its growth
            indicator, key = spent.indicator, spent.key
        elif indicator in _BARE_TOTAL_WORDS:
            label = _RUN_IN_LABEL.search(view, max(0, sentence[0] - 30), sentence[0])
            found = find_indicators(label.group("name")) if label else ()
            if found and found[-1].end == len(label.group("name")) and found[0].start == 0:
                # （3）公务用车运行维护费。2023年支出15.73万元: the item the run-in label names
                indicator, key = found[-1].written, found[-1].key
            elif role in ("actual", "budget", "adjusted_budget") and (item := _run_in_item(view, sentence[0])):
                # 2.农村供水保障工程。全年预算…，实际支出1086.27万元: the project the label names
                indicator, key = item, canonical_key(item)
            elif role in ("value", "actual") and (subject := _paragraph_subject(view, facts, sentence[0], entity.start)) is not None:
                # 国内公务接待支出0.54万元，…。国内公务接4批次，47人次，共计支出0.54万元: the spending
                # the paragraph opened with, not the unit's 本年支出合计
                indicator, key = subject.indicator, subject.key
        if (
            (not indicator or indicator in _BARE_TOTAL_WORDS) and role in ("value", "actual", "budget", "adjusted_budget")
            and measure == "amount" and not _ITEM_BREAK.search(view, sentence[0], entity.start)
            and open_brackets(view, sentence[0], entity.start) == 0
            # the sentence's first sum (a later one may be a part of it, or inherit its name)
            and not any(
                f.measure == "amount" and not _BARE_PER_UNIT.fullmatch(f.indicator)  # (每人每月400元 before it: a standard)
                for f in facts[-_BUDGET_LOOK_BACK:] if f.sentence_start == sentence[0]
            )
            and (item := _colon_label(view, sentence[0], clause_from) or _run_in_topic(view, sentence[0]))
        ):
            # LED节能改造：改造钠灯1,096盏，支出92.46万元 / （一）全民健身设施。新建…，共支出117.60万元: the
            # item the sentence's label names (before any ；, which opens another item)
            indicator, key = item, canonical_key(item)
        if measure == "amount" and _BARE_PER_UNIT.fullmatch(indicator) and (item := _colon_label(view, sentence[0], clause_from)):
            # （一）在岗乡村医生定额补助：每人每月400元 / （二）…生活补助：…每人每月300元: each label's own standard
            key = f"{canonical_key(item)}·{key}"
        if indicator == "各" and role in ("growth", "change") and first_in_sentence is not None and first_in_sentence.key and first_in_sentence.measure == "amount":
            # 与上年收支总计65,318.62万元相比，各增加4,736.53万元，增长7.52%: the change of the total the sentence names
            indicator, key = first_in_sentence.indicator, first_in_sentence.key
        if indicator.startswith("支出") and clause_from > sentence[0]:
            paired = _QUALIFIED_INCOME_BEFORE.search(view, max(sentence[0], clause_from - 16), clause_from)
            qualifier = paired.group("qualifier") if paired else ""
            written = next(
                (qualifier[i:] + indicator for i in range(len(qualifier) - 1) if is_known_key(canonical_key(qualifier[i:] + indicator))), ""
            )
            if written:
                indicator, key = written, canonical_key(written)  # 财政拨款收入、支出总计各增加…: 财政拨款支出总计
        if key and role in _ITEM_SCOPED_ROLES and is_known_key(key) and (item := _item_of_paragraph(view, entity.start)):
            # （一）市级工业和信息化发展专项资金。…评价得分91.36分 / （二）…专项资金。…评价得分88.42分:
            # each numbered fund's own score, not the report's
            item_key = canonical_key(item)
            if not key.startswith(item_key):
                key = f"{item_key}·{key}"
        if key in _APPROPRIATION_TOTALS and titles and _APPROPRIATION_SECTION.search(titles[-1]):
            # 四、财政拨款收入支出决算总体情况说明 … 支出总计313.74万元: the appropriation's total, which
            # differs from 一、's all-funds total when the unit has other income
            key = _APPROPRIATION_TOTALS[key]
        if (
            indicator and previous_in_sentence is not None and previous_in_sentence.measure == "count"
            and view.startswith(indicator, previous_in_sentence.end)
            and view[max(0, previous_in_sentence.start - 2):previous_in_sentence.start] in _THE_REST
        ):
            # 其余12个项目全年预算1,526.24万元: the remaining projects', not all projects'
            indicator = view[previous_in_sentence.start - 2:previous_in_sentence.start] + indicator
            key = canonical_key(indicator)
        if role in ("actual", "budget", "adjusted_budget", "adjustment") and _ORGANIZATION.fullmatch(indicator):
            indicator = key = ""  # 支队2023年度实际支出19,452.18万元: the unit's own spending, named by the cue
        last_year_in_brackets = False
        year_in_brackets = ""
        if not indicator and not left.strip() and clause_from > sentence[0] and view[clause_from - 1] == "(":
            # 城乡医疗救助（100 万元）: the figure in brackets belongs to the words before them
            indicator, key = _indicator(view[clause_start(view, sentence[0], clause_from - 1):clause_from - 1])
            extreme = _EXTREME_NAMED.search(view, clause_start(view, sentence[0], clause_from - 1), clause_from - 1)
            if extreme is not None:
                # 执行率最低的是仓储设施维护（80.35%）: the rate of the item it names, not the whole's
                indicator = extreme.group("name") + extreme.group("what")
                key = canonical_key(extreme.group("name")) + canonical_key(extreme.group("what"))
            if facts and facts[-1].end == clause_from - 1 and facts[-1].sentence_start == sentence[0]:
                indicator, key = facts[-1].indicator, facts[-1].key  # 3.26万亩（32,600亩）: the same figure restated
            if _LAST_YEAR_ONLY.fullmatch(indicator):
                # 3.26万亩，较上年（2.8万亩）增长…: last year's figure of the sentence's subject
                indicator = key = ""
                last_year_in_brackets = True
            elif (compared := _LAST_YEAR_TAIL.search(indicator)) is not None and compared.start() >= 2:
                # 资金总额较上年（1,795.20万元）增长3.74%: last year's figure of the subject named before 较上年
                indicator, key = _indicator(indicator[:compared.start()])
                last_year_in_brackets = True
            elif (
                dated := _YEAR_COMPARED_TAIL.search(view, clause_start(view, sentence[0], clause_from - 1), clause_from - 1)
            ) is not None and fiscal_year and int(dated.group("year")) < fiscal_year:
                # 本年支出比2023年度（633.14万元）少27.17万元: that year's figure of the subject named before 比
                indicator, key = _indicator(view[clause_start(view, sentence[0], clause_from - 1):dated.start()])
                year_in_brackets = dated.group("year")
        if entity.label == "COUNT" and (
            not indicator or _ENDS_WITH_ACTION.search(indicator) or (_COUNTED_AFTER.match(entity.text) and not find_indicators(named))
        ):
            # 购置18台医保自助服务一体机, 在大厅增设2台…, 仅有两个项目, 全县33个乡镇社保所: when the words
            # on the left hold no indicator (a verb, a place, a determiner), the thing counted follows
            right = _right_indicator(view, entity)
            if right[0] and _QUALIFIER_BEFORE.search(named) and indicator:
                # 对检查发现存在违规问题的437家定点医药机构: the ones the clause singles out, a subset
                written = indicator + right[0]
                indicator, key = written, canonical_key(written)
            elif right[0]:
                indicator, key = right
                if (
                    _INSPECTING_CLAUSE.search(_comma_clause(view, sentence[0], entity.start)) and _INSPECTABLE.search(key)
                    and not _FULL_COVERAGE.match(view, entity.end, sentence[1])
                    and not _WHOLE_AREA_BEFORE.search(view, max(sentence[0], entity.start - 3), entity.start)
                ):
                    # 实地抽查了3个县级场馆和12个乡镇综合文化站: the ones inspected, not all 68 the project covers
                    indicator, key = _INSPECTED_PREFIX + indicator, _INSPECTED_PREFIX + key
        if entity.label == "MONEY" and _PREPOSITION_END.search(indicator) and (right := _right_indicator(view, entity))[0]:
            # 督促承保机构对全年1,240.37万元已决赔款开展回访核查: the money is named after it
            indicator, key = right
        if measure == "count" and indicator:
            benefited = _BENEFITED.search(view, clause_start(view, sentence[0], entity.start), entity.start)
            if benefited:
                # 项目惠及11个行政村农户4,218户: the households it benefits, as a 受益农户数 row counts them
                indicator = key = "受益" + benefited.group("who")
        if measure == "count" and _COUNTING_VERB.fullmatch(indicator):
            indicator = key = ""  # 统筹实际支出228.01万元，涉及434人次: the verb names nothing; the subject does
        if measure == "count" and key in COUNTED_AS:
            key = COUNTED_AS[key]  # 共有公务用车0辆: the fleet, as 车辆 and 公务用车保有量 are
        if (
            measure == "amount" and key and is_known_key(key) and (subset := _COUNTED_SUBSET.search(view, clause_from, entity.start))
            and not _counts_the_whole(view, facts, subset)
        ):
            # 经复核，上述12所学校全年公用经费支出2,864,500元: those schools' 公用经费, not every school's
            key = "上述" + key
        if key == "单价" and measure == "amount" and (priced := _PRICED_THING.match(view, entity.end)):
            # 单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）: two thresholds, two things
            indicator = key = priced.group("thing") + "单价"
        if measure == "count" and key == COUNTED_AS["项目"] and (kind := _project_of_section(titles)):
            # （1）转移支付项目 … 共计1个项目 / （2）本级财力项目 … 共计1个项目: the projects of that kind
            key = kind + key
        if not indicator and (top := _SUPERLATIVE_BEFORE.search(view, max(sentence[0], entity.start - _SUPERLATIVE_REACH), entity.start)):
            # 岚城区分配最多，为621.00万元: what the clause before says is largest
            written = top.group("subject") + (top.group("what") or "")
            indicator, key = written, canonical_key(written)
        if not indicator and cue is not None and _CUE_NOUN.search(cue.group()):
            if previous_in_sentence is None and subject_before is not None and subject_before.role in ("budget", "adjusted_budget"):
                # 基本支出全年预算总额82.00万元…。实际支出80.10万元: the actual of the budget just stated
                indicator, key = subject_before.indicator, subject_before.key
            elif previous_in_sentence is None or previous_in_sentence.key in _TOTAL_KEYS:
                # 实际收入318.74万元；实际支出313.72万元: the cue names the total too, once its role words go
                indicator, key = _indicator(_ROLE_WORDS.sub("", cue.group()))
        if (
            key.endswith("支出") and "支出" not in indicator and outside_brackets is not None and outside_brackets.key.endswith("收入")
            and open_brackets(view, sentence[0], entity.start) > 0 and is_known_key(canonical_key(indicator + "收入"))
        ):
            # 本年财政拨款收入38,642.18万元（一般公共预算财政拨款36,842.18万元，…）: income, like its whole
            indicator, key = indicator, canonical_key(indicator + "收入")
        if _THIS_PROJECT.fullmatch(key):
            key = "项目"  # 该项目资金计划… / 该项目资金已支付使用资金…: the project the report is about
        if key in _PROJECT_WORDS:
            project = _project_of_section(titles)
            if project:
                indicator, key = project, canonical_key(project)  # （1）筹资工作经费项目 … 项目支出60万元
        if key in _GENERIC_KEYS:
            # 金额10万元 / 实际支出资金82.35万元 name money, not what it is for: the quoted project
            # name before them, else the subject of the sentence so far
            quoted = _quoted_subject(view, sentence[0], clause_from)
            if quoted:
                indicator, key = quoted, canonical_key(quoted)
                if role == "value" and _ADDED_PROJECTS.match(view, _paragraph_start(view, entity.start)):
                    role = "adjustment"  # 2.年中追加项目“委托…服务费”，金额10万元: the sum the budget was raised by
            elif key == "资金" and project_report and previous_in_sentence is None and _FUNDS_ARRIVED.match(view, entity.end):
                # 项目支出绩效自评报告 … 2021年资金215.11万元已全额到位: the project's funds
                indicator, key = "项目资金", _project_of_section(titles) or "项目"
                key = canonical_key(key)
            elif previous_in_sentence is not None:
                indicator = key = ""
        if (
            not indicator and role == "adjusted_budget" and measure == "amount" and previous_in_sentence is not None
            and previous_in_sentence.role not in ("budget", "adjusted_budget")
        ):
            # …调减基本支出15.30万元，调整后全年预算1038.66万元: the whole budget, not the item just
            # adjusted — the one the sentence's first budget names (项目年初预算441.40万元，…), else the unit's
            budget_before = next(
                (f for f in reversed(facts[-_BUDGET_LOOK_BACK:]) if f.role == "budget" and f.key and f.measure == "amount" and not f.role_carried
                 and entity.start - f.end <= _BUDGET_REACH and "\n" not in view[f.end:entity.start]),
                None,
            )
            if RATE_DENOMINATOR_AFTER.match(view, entity.end) and previous_in_sentence.measure == "amount" and previous_in_sentence.key:
                # 一般公共预算收入273,416万元，为调整预算268,000万元的102.02%: the budget of the figure measured
                indicator, key = previous_in_sentence.indicator, previous_in_sentence.key
            elif first_in_sentence is not None and first_in_sentence.role == "budget" and first_in_sentence.key:
                indicator, key = first_in_sentence.indicator, first_in_sentence.key  # 项目年初预算441.40万元，…
            elif budget_before is not None:
                # …年初预算2,860.00万元…。年中…调减预算120.00万元，调整后预算为2,740.00万元: the same paragraph's budget
                indicator, key = budget_before.indicator, budget_before.key
            elif (opening := _paragraph_budget(facts, _paragraph_start(view, entity.start))) is not None:
                # 2024年项目年初预算6,000.00万元，其中…（…）。年中追加…，全年预算数调整为7,280.00万元: the
                # budget the paragraph opened with, however long its breakdown
                indicator, key = opening.indicator, opening.key
            else:
                indicator = key = _WHOLE_UNIT
        if measure == "percent" and role == "value" and not indicator and not left.strip() and _HAN.match(view, entity.end):
            shared = _right_indicator(view, entity)
            if shared[0]:
                indicator, key = shared
                role = "share"  # 80%高频业务实现微信公众号自助办理: the share of the business named after it
        inherited = False
        if not indicator or _THIS_INDICATOR.search(left):
            lead = lead_term_of(sentence)
            # a rate names a ratio, not the subject the figures after it share (预算38.50万元，…，
            # 执行率89.92%，比上年的37.18万元减少2.56万元: the spending's, not the rate's)
            source = previous_in_sentence
            if (
                source is not None and source.role == "rate" and measure != "points"
                and (measure != "percent" or role in ("growth", "change")) and subject_in_sentence is not None
                and not (measure == "percent" and _RATE_CHANGE_NEXT.fullmatch(view, source.end, entity.start)
                         and _NAMED_RATE.search(source.indicator) and "完成" not in source.indicator)
            ):
                # …完成目标的101.88%；较上年下降16.43%: the area's fall, not the rate's (but 支付比例84.36%，
                # 比上年的83.52%提高0.84个百分点: points are always a rate's change)
                source = subject_in_sentence
            counted_before = source is not None and source.measure == "count" and measure == "amount"
            if counted_before:
                # （1）转移支付项目 … 共计1个项目，预算金额为20.00万元: the money of the section's
                # projects, not their number — and never the department's whole budget
                project = _project_of_section(titles) if source.key.endswith(COUNTED_AS["项目"]) else ""
                source = None
                if project and not indicator:
                    indicator, key, inherited = project, canonical_key(project), True
            if (
                source is not None and outside_brackets is not None and source is not outside_brackets
                and open_brackets(view, sentence[0], source.start) > 0 and open_brackets(view, sentence[0], entity.start) == 0
                # (not 资金总额较上年（1,795.20万元）增长3.74%: the growth of the subject last year's figure is of)
                and not (source.key and any(
                    tail.search(view, max(sentence[0], source.start - 10), max(sentence[0], view.rfind("(", sentence[0], source.start)))
                    for tail in (_LAST_YEAR_TAIL, _YEAR_COMPARED_TAIL)
                ))
            ):
                # 实际支出29.28万元（因公出国（境）费21.36万元、…公务接待费3.12万元），较预算节约5.72万元:
                # after the bracket the sentence speaks of its subject again, not of the last part listed
                source = outside_brackets
            if (
                first_in_sentence is not None and _ITEM_BREAK.search(view, prior_figure_end, entity.start)
                and _COMPARISON_START.match(view, clause_from)
            ):
                # “三公”经费支出3.26万元，全部为A0.86万元和B2.40万元；比上年3.58万元减少0.32万元: a new
                # item comparing with last year speaks of the sentence's subject, not of its last part
                source = first_in_sentence
            elif (
                source is not None and first_in_sentence is not None and source is not first_in_sentence
                and _ITEM_BREAK.search(view, prior_figure_end, entity.start) and _PARTS_OPENING.search(view, first_in_sentence.end, source.start)
            ):
                # 该项目全年预算20,400.00万元，其中专项债券资金18,000.00万元；全年执行19,342.30万元: past the
                # ；the sentence speaks of its subject again, not of the 其中 part it last named
                source = first_in_sentence
            if source is None and subject_before is not None and _COMPARED_OPENING.match(view, sentence[0]):
                # …支出决算21.36万元。与2022年的24.18万元相比，减少2.82万元: the sentence before's subject
                # (not when that sentence broke a total down: 其中，财政拨款…。与上年相比，全年执行数…)
                source = subject_before
            named_before = (
                _named_clause_before(view, max(sentence[0], prior_figure_end), clause_from, after_figure=prior_figure_end > sentence[0])
                if not indicator else None
            )
            if named_before and indicator_of(named_before)[0]:
                indicator, key = indicator_of(named_before)  # 一是促进消费专项资金，预算280.00万元
            elif source is not None and (not indicator or not lead):
                indicator, key, inherited = source.indicator, source.key, True
                flow = _CUE_NOUN.search(cue.group()) if cue is not None else None
                other = {"收入": "支出", "支出": "收入"}.get(flow.group()) if flow else None
                if other and indicator.endswith(other) and not _NAMED_RATE.search(key):
                    # 1—6月失业保险基金收入23,862.45万元，…，支出17,486.92万元: the same fund's spending
                    indicator = indicator[:-len(other)] + flow.group()
                    key = canonical_key(key[:-len(other)] + flow.group() if key.endswith(other) else indicator)
                if measure == "count" and entity.unit and (source.measure != "count" or source.entity.unit != entity.unit):
                    # 医疗费发生额87.93万元，共计154人次 / 接待4批次，47人次: the subject's head count
                    # is a quantity of its own, not the subject's amount or its number of batches
                    key = key + entity.unit
            elif lead:
                indicator, key, inherited = lead, canonical_key(lead), True
            own_rate = _OWN_RATE.search(left) if _THIS_INDICATOR.search(left) else None
            if own_rate and inherited:
                # 该指标完成率为105.22%: the indicator's completion — its key, role rate, and the
                # indicator as written says which rate it is
                indicator = indicator + own_rate.group()
        if not indicator and cue is not None and measure == "points":
            # 2024年比2023年再提高1.68个百分点: the change of the rate stated just before, not of the verb
            earlier = next(
                (f for f in reversed(facts[-_BUDGET_LOOK_BACK:]) if f.measure == "percent" and f.key and f.role in ("rate", "share", "value")
                 and entity.start - f.end <= _SUBJECT_REACH),
                None,
            )
            if earlier is not None:
                indicator, key, inherited = earlier.indicator, earlier.key, True
        elif not indicator and cue is not None:
            indicator, key = _indicator(cue.group())
            if key in _GENERIC_KEYS:
                indicator = key = ""  # 预算金额为20.00万元: 金额 is what money is, not what it is for
        if measure == "percent" and role == "value" and _NAMED_RATE.search(indicator):
            role = "rate"  # 城乡居民参保率为93.92%: the indicator is itself a rate
        covered = _COVERED_AFTER.match(view, entity.end) if measure == "percent" and role == "value" else None
        if covered and _ACHIEVED_VERB.sub("", indicator):
            # 实现人员100%全覆盖 / 实现困难群体100%参保: the coverage of the group named before the figure
            indicator = _ACHIEVED_VERB.sub("", indicator) + covered.group("verb") + "率"
            key, role = canonical_key(indicator), "rate"
        if (
            role == "rate" and _BARE_EXECUTION_RATE.fullmatch(indicator) and segment_first is not None
            and segment_first.measure == "amount" and segment_first.key not in _WHOLE_KEYS
            and (not _PROJECT_WORDS & {segment_first.key} or _BREAKDOWN_OPENING.match(view, sentence[0]) or not project_report)
        ):
            # “三公”经费预算120,000.00元，实际支出86,420.00元，预算执行率72.02%: the rate of the
            # sentence's (or ；-item's) subject, not the department's 预算执行率
            if not segment_first.indicator.endswith(indicator):
                indicator = segment_first.indicator + indicator  # (5.预算执行率。全年预算…，预算执行率96.48%: named once)
            key = _execution_rate_of(segment_first.key)
        elif role == "rate" and _BARE_EXECUTION_RATE.fullmatch(indicator) and segment_first is None:
            # 县域商业体系建设资金集中在第四季度拨付，执行率仅为95.04%: the money the clause before opens with
            subject = _LEADING_MONEY_NAME.match(_last_clause(view, max(sentence[0], prior_figure_end), clause_from))
            if subject is None and not project_report and prior_figure_end <= sentence[0]:
                # 旅游宣传推介项目受节会活动…影响，…，全年执行率为93.20%: the project the sentence opens with
                # (…；生态公益林补偿资金按照…发放，执行率100%: or the ；-item it stands in)
                subject = _LEADING_MONEY_NAME.match(view[item_start(view, sentence[0], clause_from):clause_from])
            project = "" if subject or project_report else (_run_in_item(view, sentence[0]) or _project_of_section(titles))
            if subject:
                indicator = subject.group(1) + indicator
                key = _execution_rate_of(canonical_key(subject.group(1)))
            elif project:
                # （2）医保能力提升中央财政补助资金项目 … 资金执行率100%: that project's, not the department's
                indicator = project + indicator
                key = _execution_rate_of(canonical_key(project))
        if (
            not indicator and role in ("budget", "adjusted_budget", "adjustment", "actual") and measure == "amount"
            and (previous_in_sentence is None or previous_in_sentence.measure != "count")
        ):
            # 1.公务用车购置费。预算28.00万元: the section it sits in names it; else 我单位年初预算数为
            # 205.60万元 is the department's whole budget
            paragraph = _paragraph_start(view, entity.start)
            opening = next(
                (f for f in facts if f.start >= paragraph and f.key and f.measure == "amount" and f.sentence_start < sentence[0]), None
            )
            item = _BUDGET_ITEM.search(titles[-1]) if titles else None
            coded = _CODED_SUBJECT.match(view, sentence[0], clause_from)
            if coded:
                # 中等职业教育（2050302）年初预算15,900,000.00元: the coded item the sentence opens with
                indicator, key = coded.group("item"), canonical_key(coded.group("item"))
            elif item:
                # 7. 卫生健康支出（类）综合医院（项）（2100201）。年初预算为17,500.00万元: that 项's budget
                indicator, key = item.group("item"), canonical_key(item.group("item"))
            elif opening is not None:
                # 一般公共预算财政拨款支出71,376.34万元。…。年初预算为69,530.00万元: the paragraph's subject
                indicator, key = opening.indicator, opening.key
            elif item := _run_in_item(view, sentence[0]):
                # 2.农村供水保障工程。全年预算1120.50万元: the project the run-in label names
                indicator, key = item, canonical_key(item)
            elif (topic := _run_in_topic(view, sentence[0])) and not _section_subject(titles) and not _works_of_section(titles):
                # （一）保基本民生。执行82,812万元: the spending of the item the run-in label names, not the whole unit's
                indicator, key = topic, canonical_key(topic)
            else:
                indicator, key = _section_subject(titles) or _works_of_section(titles) or (_WHOLE_UNIT, _WHOLE_UNIT)
        band_bound = False
        if not indicator or (measure == "percent" and _TIMES_BEFORE.search(view, max(0, entity.start - 3), entity.start)):
            indicator = key = ""  # 执行率=实际支出÷调整预算×100%: a factor of a formula, no figure of the report
        elif entity.label == "SCORE" and (
            _BAND_BOUND_AFTER.match(view, entity.end) and (role != "weight" or _GRADED_AFTER.match(view, entity.end))
            # …至90分为“良”, 60分以下为“差”: the other bound of a band
            or (_BAND_UPPER_BEFORE.search(view, max(0, entity.start - 2), entity.start) or entity.text.endswith(("以上", "以下")))
            and _GRADED_AFTER.match(view, entity.end)
        ):
            # 综合得分90分（含）以上为“优”，80分（含）至90分为“良”: a grade band's bound, no score the report
            # gives and no weight (分值 words before a bound keep it a weight unless a grade follows)
            indicator = key = ""
            role, band_bound = "value", True
        if (
            _BARE_BALANCE.fullmatch(key) and segment_first is not None and segment_first.key
            and segment_first.key not in _WHOLE_KEYS and not segment_first.key.endswith(_TOTAL_ENDINGS) and segment_first.key != key
            and not segment_first.key.endswith("收入")  # 全年收入…，其中：…，上年结转186.45万元: a source of the income
            # 可用资金446.50万元，其中省级补助…、上年结转26.50万元: last year's carry-over listed as a source
            and not (_CARRIED_IN.search(raw_left) and _PARTS_OPENING.search(view, segment_first.end, entity.start))
            # …年初结转和结余…，年末结转和结余…: the closing balance of the same account
            and not (segment_first.key.endswith(key) and _OPENING_OR_CLOSING.search(raw_left))
        ):
            # “委托…经办服务费”，金额10万元，实际支出10万元，结余结转0万元: that project's balance —
            # two projects' balances are two quantities
            indicator, key = segment_first.indicator + indicator, segment_first.key + key
        if (
            role == "value" and measure == "amount" and _FULL_YEAR_INCOME.search(raw_left) and previous_in_sentence is not None
            and _after_budget_and_adjustment(facts, sentence[0])
        ):
            role = "adjusted_budget"  # 年初预算…，年中追加…，全年总收入为1498.48万元: the income after adjustment
        if (
            (role == "value" and measure in ("amount", "count", "percent") or role == "rate" and not _OWN_RATE.search(indicator))
            and _GOALS_OPENING.search(view, sentence[0], clause_from)
        ):
            role = "target"  # 年度绩效目标为：…肺结核患者规范管理率达到90%，…: every figure listed is a goal
        if role == "value" and measure == "score" and not band_bound and _WEIGHTS_OPENING.search(view, sentence[0], clause_from):
            role = "weight"  # 评分标准：预算执行率10分，…；产出指标50分: the scheme's weights
        if role in ("value", "rate", "growth") and measure in ("count", "amount", "percent") and _TARGET_AFTER.match(view, entity.end):
            role = "target"  # 完成改造老旧小区44个，超过40个的年度目标 / 未达到增长5%的年度目标: the goal it is measured against
        lead_role = _ROLE_LEAD.match(view, sentence[0]) if role == "value" and measure == "amount" else None
        if lead_role:
            role = find_role(lead_role.group("cue"), AMOUNT_CUES)[0]  # 调整后预算中，基本支出2,312.45万元: the budget's parts
        if role == "value" and measure == "amount" and _EXPENSE_SPENT.search(raw_left):
            role = "actual"  # 今年单位“三公”经费支出为2.28万元: an expense's 支出 is what was spent on it
        if measure == "count" and role in ("value", "budget") and _AIMED_AT.search(_comma_clause(view, sentence[0], entity.start)):
            role = "target"
        elif measure == "count" and role == "adjustment":
            role = "value"  # 追加9个项目支出计779.00万元: how many projects were added; only money is adjusted
        if (
            role == "value" and measure == "amount" and _SUMMED_INCOME.search(raw_left) and previous_in_sentence is not None
            and _after_budget_and_adjustment(facts, sentence[0])
        ):
            role = "adjusted_budget"  # 年初预算收入…，年中追加…，共计收入1498.48万元: the income after adjustment
        if measure == "score" and _TIMES_AFTER.match(view, entity.end):
            role = "weight"  # 预算执行率得分为10分×97.43%，计9.74分: the weight the rate multiplies
        elif measure == "score" and role == "value" and _RESULT_BEFORE.search(view[max(sentence[0], entity.start - 2):entity.start]):
            role = "score"  # …×97.43%，计9.74分: what the product comes to
        category = _CATEGORY_LABEL.search(view[max(clause_from, entity.start - _CATEGORY_REACH):entity.start]) if measure == "count" else None
        if category is not None:
            # 其中预算编制类12个、预算执行类15个: a kind of what is counted, named by its label — no budget,
            # no spending
            indicator, key, role = category.group("label"), canonical_key(category.group("label")), "value"
        role_carried = False
        if (
            role == "value" and previous_in_sentence is not None and previous_in_sentence.role in _CARRIED_ROLES
            and previous_in_sentence.measure == measure and (measure == "score" or not _OWN_SCOPE.search(raw_left))
            and not (previous_in_sentence.role == "actual" and SHORTFALL.search(indicator))
            # …1,286.00万元（含…7月追加的300.00万元），省级…342.00万元: a bracket's cue stays in the bracket
            and not (open_brackets(view, sentence[0], previous_in_sentence.start) > 0 and open_brackets(view, sentence[0], entity.start) == 0)
        ):
            role = previous_in_sentence.role  # 年初预算支出673.60万元，基本支出569.44万元：still the budget
            if role == "adjustment":
                sign = previous_in_sentence.sign  # 年中追加预算1,904.44万元，其中基本支出150.00万元: still added
            role_carried = True
        # 二、2024年预算草案 … 全市一般公共预算收入预期164.92亿元: the section's own year
        section_year = _section_year(titles) or fiscal_year
        if role == "budget" and _COMPARED_TO_OPENING.search(view, clause_from, entity.start) and _STOCK_NAME.search(indicator + key):
            role = "value"  # 累计结余…，比年初的52,889.21万元增加…: the balance the year opened with, no budget
        period = _period(view, sentence[0], clause_from, entity, nearby_dates, section_year, role, first_figure)
        if year_in_brackets:
            period = year_in_brackets
        elif last_year_in_brackets and period[:4].isdigit():
            period = str(int(period[:4]) - 1)
        elif (
            period == str(section_year) and _LAST_YEAR_LEAD.match(view, sentence[0])
            and not _OWN_PERIOD.search(view, clause_from, entity.start)
            and not _THIS_YEAR_AGAIN.search(view, sentence[0] + 2, entity.start)
        ):
            # 上年经营结余222,539.50元，缴纳企业所得税55,634.88元，提取职工福利基金66,761.85元: the
            # sentence is about last year, each clause of it too
            period = str(section_year - 1)
        elif (
            period == str(section_year) and role in _DATED_ROLES and open_brackets(view, sentence[0], entity.start) > 0
            and _in_last_year_bracket(view, sentence[0], entity.start)
        ):
            # …（上年末资产总额4,016,852.37万元、负债总额548,126.90万元、…）: every figure the bracket lists is last year's
            period = str(section_year - 1)
        elif (
            role == "share" and previous_in_sentence is not None and previous_in_sentence.measure == "amount"
            and period == str(section_year) and previous_in_sentence.period != period
            and _SHARE_OF_FIGURE_BEFORE.fullmatch(view, previous_in_sentence.end, entity.start)
        ):
            # 上年一般性转移支付6,842.30万元、占比74.95%: the share of the figure it follows, of that figure's year
            period = previous_in_sentence.period
        elif period == str(section_year) and view.find("月", clause_from, entity.start) != -1 and (month := _ONE_MONTH.search(view, clause_from, entity.start)):
            period = f"{section_year}-{int(parse_number(month.group('month'))):02d}"  # 12月当月保险费收入4,126.38万元: one month's
        elif period == str(section_year) and _may_name_mid_year(view, sentence[0], entity.start) and _MID_YEAR.search(view, sentence[0], entity.start):
            period = f"{section_year}-06-30"  # 年中监控时，资助参保15,120人: the mid-year count, not the year's
        elif (
            period == str(section_year) and view.find("月", sentence[0], entity.start) != -1
            and (months := _MONTHS_TO_DATE.search(view, sentence[0], entity.start)) is not None
            and 1 <= (last := int(parse_number(months.group("last")))) < 12
            and not _WHOLE_YEAR_WORDS.search(view, months.end(), entity.start)
        ):
            # 前10个月职工医保基金收入15,210.80万元 / 1-10月项目支出…: the year to that month, not the year's
            period = f"{section_year}-{last:02d}-{monthrange(section_year, last)[1]:02d}"
        elif (
            period == str(section_year) and role in _DATED_ROLES and not _OWN_PERIOD.search(view, clause_from, entity.start)
            and not _WHOLE_YEAR_WORDS.search(view, sentence[0], entity.start)  # …。全年项目支出预算执行率为97.80%: the year's
            and opens_mid_year_review(sentence[0])
        ):
            # 2024年7月，我局对截至6月30日的项目执行情况开展年中绩效监控。…二是即时结算率为91.8%: the
            # paragraph reports the review, each of its figures the mid-year one
            period = f"{section_year}-06-30"
        if measure == "amount" and "累计" in raw_left and period.isdigit():
            year_end = None
            for year_end in _YEAR_END.finditer(view, max(0, sentence[0] - _YEAR_END_REACH), entity.start):
                pass
            if year_end is not None:
                # 2023年末，…。累计提取…补充资金612,486.35万元: the total since the start at the year's end,
                # not the year's 75,543.87万元
                period = f"{year_end.group('year') or period}-12-31"
        if (
            role not in ("change", "growth") and adjoining_first is not None and _BREAKDOWN_OPENING.match(view, sentence[0])
            and not any(d.year and d.start >= sentence[0] for d in nearby_dates) and adjoining_first.period[:4].isdigit()
            and adjoining_first.period[:4] > period[:4] and period == (str(fiscal_year) if fiscal_year else "")
        ):
            # 2024年…预算11.50万元…。其中：公务接待费5.50万元: the breakdown is of the year just stated
            period = adjoining_first.period[:4]
        level = next(
            (f for f in _in_this_sentence(facts, sentence[0]) if f.key == key and f.role in ("value", "actual", "budget", "adjusted_budget")),
            None,
        ) if role in ("change", "growth") else None
        if level is not None and level.period[:4].isdigit() and period[:4].isdigit() and level.period[:4] > period[:4]:
            # 2024年…预算11.50万元，比2023年预算减少1.30万元: the change of the 2024 figure it follows
            period = level.period[:4]
        if role == "interim":
            role, period = "achieved", f"{fiscal_year}-06-30" if fiscal_year else period  # 年中监控: the mid-year value
        key = _within_whole(view, sentence[0], entity.start, key)
        gap = _GAP_TO_TARGET.search(view, clause_from, entity.start) if measure in ("percent", "points") else None
        if gap is not None and (reached := _last_rate_in(facts, sentence[0])) is not None:
            # 居民参保率达93.92%，…没有达到年度目标值95%，质量指标距绩效目标少1.08%: the rate's shortfall
            indicator, key, role, sign = reached.indicator, reached.key, "change", -1 if gap.group("way") in _SHORT_WORDS else 1
        if (
            key and measure == "amount" and first_in_sentence is not None and first_in_sentence.measure == "amount"
            and first_in_sentence.key and first_in_sentence.key != key and _EXCEPT_OPENING.match(view, clause_from)
            and _EXCEPT_CLOSING.match(view, entity.end)
        ):
            # 交通运输支出24,160.37万元，除表2所列一般公共预算财政拨款20,193.55万元外，还包括…: a part
            # of the sentence's subject, not the appropriation's whole spending
            key = f"{first_in_sentence.key}·{key}"
        if (
            first_in_sentence is not None and key in _QUALIFIABLE_BALANCES and first_in_sentence.key.endswith(key)
            and _FUNDING_QUALIFIER.fullmatch(first_in_sentence.key[:-len(key)])
        ):
            # 政府性基金预算财政拨款年初结转和结余44.85万元，…，年末结转和结余70.55万元: the same fund's
            key = first_in_sentence.key
        if (
            first_in_sentence is not None and key in _FUND_ACCOUNT_KEYS and (fund := _fund_of_account(first_in_sentence.key))
            and not _ITEM_BREAK.search(view, first_in_sentence.end, entity.start) and not _OWN_UNIT.search(view, clause_from, entity.start)
        ):
            # 医疗保障基金本年收入合计数累计6.88亿元，本年支出合计数累计6.9亿元: the same fund's spending
            key = fund + key
        if key == "项目" and measure in ("amount", "percent") and not project_report and (named := _project_in_titles(titles)):
            # （2）2019年医疗服务…补助资金项目绩效目标完成情况综述：项目全年预算数6万元: that project's
            # budget, not one shared by every project the report names
            key = canonical_key(named)
        elif (
            key == "项目" and measure == "amount" and not project_report and _ALL_PROJECTS.search(indicator)
            and previous_in_sentence is not None and previous_in_sentence.key == COUNTED_AS["项目"]
            and not _SOME_PROJECTS.search(view, sentence[0], previous_in_sentence.start)
        ):
            # 本单位共有2个项目，项目总金额为120.00万元: the money of all the projects just counted
            key = "项目支出"
        if (
            key in _YEAR_FLOW_TOTALS and indicator in _PROSE_TOTAL_WORDS
            and (_CARRY_OVER_INCLUDED[key].match(view, entity.end, sentence[1]) or _CARRY_OVER_BEFORE.search(view, sentence[0], entity.start))
        ):
            # 总收入1,600万元，其中：本年收入1,500万元、上年结转100万元: the total with the carry-over
            key = _YEAR_FLOW_TOTALS[key]
        if key in _TOTAL_KEYS and measure == "amount" and (unit := _other_unit_opening(view, sentence[0], clause_from)):
            # 县社会福利院全年总收入120.00万元: a subordinate unit's totals, not the department's
            key = f"{unit}·{key}"
        if measure == "amount" and _UNSPENT.search(view, max(sentence[0], entity.start - 12), entity.start):
            # 执行842.15万元，执行率85.38%。未执行的144.25万元…: what was left unspent, not the spending
            key = f"{key}·未执行" if key else "未执行"
            if role == "actual":
                role = "value"
        if (
            measure == "amount" and not RATE_DENOMINATOR_AFTER.match(view, entity.end)
            and (problems := _problem_total_before(view, facts, sentence[0], entity.start)) is not None
        ):
            # 共发现问题金额5,008.01万元，其中：无预算、超预算支出1,243.58万元，…政府采购程序不规范924.75万元:
            # each part is a kind of problem, named by its words; the 预算 or 政府采购 in them is no cue
            # and no indicator of the department's own
            phrase = _problem_name(view, sentence[0], entity.start) if role in _LEVEL_OR_PLAN_ROLES else ""
            if phrase:
                # keyed by its words as written (not by a lexicon term inside them), so the same kind
                # restated in the details (一是违规使用专项资金650.00万元) is compared with it
                indicator, key, role, sign, role_carried = phrase, canonical_key(phrase), problems.role, 1, False
        of = ""
        if role == "share" and cue is not None and "total" in cue.re.groupindex and cue.group("total"):
            of = cue.group("total").strip()
        elif (stated := _share_of_stated_whole(view, facts, sentence[0], entity)) is not None:
            # 补助资金5,126.00万元，占部门全年支出10,034.62万元的51.08%: the share of the sentence's
            # amount in the whole stated right before it
            part, whole = stated
            indicator, key, role, sign, of, inherited = part.indicator, part.key, "share", 1, whole.indicator, True
        if key and entity.label == "COUNT" and _RANK_BEFORE.search(view, max(sentence[0], entity.start - 4), entity.start) and entity.unit in ("名", "位"):
            key = ""  # 执行率排名前5名的乡镇: a place in a ranking, not a count of anything the report measures
        if key and (named := _group_named_before(view, sentence[0], entity.start)):
            # 按预算规模排序前8位的部门调整预算121,720.50万元 / 其余34个部门…: a group of the units, each
            # group's figures its own, not the whole's
            # (a key taken from the sentence's first figure has it already; 其余项目 names its group itself)
            names_itself = key.startswith(named) or named.startswith(_REST_WORDS) and key.startswith(_REST_WORDS)
            key = key if named + "·" in key or names_itself else named + "·" + key
        fact = Fact(
            entity=entity, indicator=indicator, key=key, measure=measure, role=role, period=period, sign=sign,
            inherited=inherited, sentence_start=sentence[0], sentence_end=sentence[1], section=titles,
            of=of, role_carried=role_carried,
        )
        if role == "rate" and cue is not None and _AGAINST_BUDGET.search(cue.group()):
            _mark_actual(facts, fact)  # 公务接待费支出0.54万元，完成预算100%: measured against the budget
        facts.append(fact)
        if indicator:
            previous_in_sentence = fact
            if open_brackets(view, sentence[0], entity.start) == 0:
                outside_brackets = fact
            if segment_first is None and measure == "amount":
                segment_first = fact
            if fact.role != "rate" and not (_BASIS_OPENING.match(view, clause_from) and _BASIS_CLOSING.match(view, entity.end)):
                # …参保480.78万人，按全市常住人口500.20万人计算，参保率96.12%，比上年末…减少5.29万人:
                # the figure a rate was worked out on is no subject the sentence goes on about
                subject_in_sentence = fact
            if first_in_sentence is None:
                first_in_sentence = fact
    _respective_shares(view, facts)
    facts[:] = distribute_respectively(view, facts)
    _compared_bases(view, facts)
    _bracketed_breakdown_periods(view, facts)
    _appropriation_parts_beside_other_funds(view, facts)
    if is_whole_unit_report(view):
        # 部门整体支出绩效自评报告 › 指标二：预算经费 — 预期指标值205.60万元: the department's whole budget
        facts[:] = [replace(f, key=_WHOLE_UNIT) if f.key in _WHOLE_UNIT_TERMS else f for f in facts]
    return facts


# in a report on a department's whole spending, its 预算经费 is that whole, not a fund of its own
_WHOLE_UNIT_TERMS = frozenset({"预算经费", "部门预算经费", "部门预算资金", "部门预算"})


_COMPARED_AFTER = compile_pattern(r"\s*相比\s*[，,]?\s*")


# 使用事业收入和其他收入安排的支出486.52万元: spending paid from other money than the appropriation
_OTHER_FUNDED = compile_pattern(r"(?:事业收入|其他收入|经营收入|自有资金|非财政拨款|其他资金)[^，,。；;]{0,10}?(?:安排|列支|用于)[^，,。；;]{0,4}?支出")
_APPROPRIATED = "财政拨款"


def _appropriation_parts_beside_other_funds(view: str, facts: list[Fact]) -> None:
    """财政拨款项目支出 is all 项目支出 only where all money is appropriated: in a sentence that also
    states spending from other money (…；使用事业收入和其他收入安排的支出486.52万元), it keeps its
    funding (key 财政拨款项目支出)."""
    other_funded = {f.sentence_start for f in facts if _OTHER_FUNDED.search(f.indicator)}
    if not other_funded:
        return
    for index, fact in enumerate(facts):
        if (
            fact.sentence_start in other_funded and fact.indicator.startswith(_APPROPRIATED)
            and not fact.key.startswith(_APPROPRIATED) and fact.measure == "amount"
        ):
            facts[index] = replace(fact, key=_APPROPRIATED + fact.key)


_OWN_DATE_WORDS = compile_pattern(r"\d{4}\s*年|上年|本年|去年|当年|同期|年末|年初")


def _bracketed_breakdown_periods(view: str, facts: list[Fact]) -> None:
    """Figures in a bracket that opens right after a figure break that figure down, and are of its
    period: ``比上年末的486.07万人（职工67.15万人、居民418.92万人）`` — 67.15万人 is last year-end's too."""
    for index, whole in enumerate(facts):
        if whole.measure not in ("amount", "count"):
            continue
        opening = whole.end
        while opening < len(view) and view[opening] in " \u3000":
            opening += 1
        if opening >= len(view) or view[opening] not in "（(":
            continue
        closing = min((c for c in (view.find("）", opening), view.find(")", opening)) if c != -1), default=-1)
        if closing == -1:
            continue
        for later in range(index + 1, len(facts)):
            part = facts[later]
            if part.start >= closing:
                break
            if part.measure == whole.measure and part.period != whole.period and not _OWN_DATE_WORDS.search(view, opening, part.start):
                facts[later] = replace(part, period=whole.period)


def _compared_bases(view: str, facts: list[Fact]) -> None:
    """``与上年的2,318.72万元相比，一般公共预算财政拨款支出增加113.32万元``: last year's figure
    named by the change after it takes that change's indicator."""
    for index, fact in enumerate(facts[:-1]):
        following = facts[index + 1]
        if fact.key or following.sentence_start != fact.sentence_start or following.role not in ("change", "growth"):
            continue
        if not _COMPARED_AFTER.match(view, fact.end) or following.measure not in (fact.measure, "percent"):
            continue
        facts[index] = replace(fact, indicator=following.indicator, key=following.key, inherited=True)


_RESPECTIVELY = compile_pattern(r"分别")
_LIST_JOIN = compile_pattern(r"\s*(?:和|、|及|与|,|，)\s*")


def _respective_shares(view: str, facts: list[Fact]) -> None:
    """``包括财政拨款收入6,935.20万元和其他收入15.36万元，分别占本年收入的99.78%和0.22%``: a
    分别 list of shares pairs, in order, with the figures listed just before it — each share is
    re-bound to its part's indicator, and the later ones (``和0.22%``) become shares too."""
    index = 0
    while index < len(facts):
        first = facts[index]
        if first.role != "share" or not _RESPECTIVELY.search(view, first.sentence_start, first.start):
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < len(facts):
            following = facts[run[-1] + 1]
            if following.measure != first.measure or following.sentence_start != first.sentence_start:
                break
            if not _LIST_JOIN.fullmatch(view, facts[run[-1]].end, following.start):
                break
            run.append(run[-1] + 1)
        listed = [i for i in range(index - 1, -1, -1) if facts[i].sentence_start == first.sentence_start]
        parts = [i for i in listed if facts[i].role in ("value", "actual", "budget", "adjusted_budget") and facts[i].measure in ("amount", "count")]
        named = _names_before_respectively(view, facts[listed[0]].end if listed else first.sentence_start, first.start)
        if named:
            # …、维修（护）费6.35万元，其中物业管理费和差旅费占比较高，分别占…的22.80%和20.86%: the
            # shares are of the parts the clause names, not of the figures just before it
            by_key = {facts[i].key: i for i in reversed(parts)}
            parts = [by_key.get(canonical_key(name), -1) for name in named]
            if -1 in parts or len(parts) != len(run):
                for share_index in run:
                    # named, but not among the figures: no part to check the share against
                    facts[share_index] = replace(facts[share_index], key="", indicator="", role="value")
                index = run[-1] + 1
                continue
        else:
            parts = list(reversed(parts[:len(run)]))
        if len(run) >= 2 and len(parts) == len(run) and len({facts[i].key for i in parts}) == len(parts):
            for share_index, part_index in zip(run, parts):
                part = facts[part_index]
                facts[share_index] = replace(
                    facts[share_index], role="share", indicator=part.indicator, key=part.key, of=first.of,
                    sign=1, inherited=True, role_carried=share_index != index,
                )
        index = run[-1] + 1


_NAMED_LIST = compile_pattern(r"(?:其中|以|尤以)?\s*(?P<names>[\p{Han}（）()“”]{2,20}(?:(?:和|、|及|与)[\p{Han}（）()“”]{2,20})+?)(?:的?(?:占比|比重|支出|数额)?(?:较高|较大|最高|最大|居前|为主)?)?\s*[，,]?\s*分别$")


def _names_before_respectively(view: str, start: int, end: int) -> list[str]:
    """The parts named between the last figure (``start``) and 分别 (``，其中物业管理费和差旅费占比
    较高，分别``), or [] when the stretch names no list."""
    stretch = view[start:end]
    at = stretch.find("分别")
    found = _NAMED_LIST.search(stretch[:at + 2]) if at >= 0 else None
    if found is None:
        return []
    names = [_NAME_TAIL.sub("", n) for n in _NAME_JOIN.split(found.group("names"))]
    return [n for n in names if len(n) >= 2]


_NAME_JOIN = compile_pattern(r"和|、|及|与")
_QUOTES_AND_BRACKETS = compile_pattern(r"[“”\"（）()]")
_NAME_TAIL = compile_pattern(r"的?(?:占比|比重|支出|数额|金额)?(?:较高|较大|最高|最大|居前|为主)$")


# income only: 全年总支出 after a budget and its adjustment may be the spending, short of a carry-over
_FULL_YEAR_INCOME = compile_pattern(r"全年(?:总|共计)?收入(?:总额|合计|总计)?(?:为|是|达|共计|计|:|：|\s)*$")


_LAST_COMMA_BREAK = compile_pattern(r"[，,；;。]", regex.REVERSE)  # searching backwards: the last break first


_LAST_YEAR_BRACKET = compile_pattern(r"[（(]\s*(?:上年末|上年度|上年|去年|上一年度?)")


def _in_last_year_bracket(view: str, sentence_start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside a bracket that opens with 上年末/上年 (…（上年末资产总额…、负债总额…）)."""
    depth = 0
    for position in range(offset - 1, sentence_start - 1, -1):
        character = view[position]
        if character in ")）":
            depth += 1
        elif character in "(（":
            if depth == 0:
                return bool(_LAST_YEAR_BRACKET.match(view, position))
            depth -= 1
    return False


def _opens_mid_year_review(view: str, sentence_start: int) -> bool:
    """Whether the paragraph holding a sentence opens by saying it reports the mid-year review
    (``2024年7月，我局对截至6月30日的项目执行情况开展年中绩效监控。``)."""
    paragraph = _paragraph_start(view, sentence_start)
    stop = view.find("。", paragraph, sentence_start + 1)
    return stop != -1 and bool(_MID_YEAR_REVIEW.search(view, paragraph, stop))


def _may_name_mid_year(view: str, start: int, end: int) -> bool:
    """False when ``view[start:end]`` holds none of the words every ``_MID_YEAR`` match holds: most
    stretches hold none, and ``str.find`` says so faster than the pattern's search."""
    return any(view.find(word, start, end) != -1 for word in _MID_YEAR_WORDS)


def _comma_clause(view: str, sentence_start: int, offset: int) -> str:
    """The text from the last comma or semicolon before ``offset`` (a list's 、 does not end it).

    >>> _comma_clause("二是提升能力，力争将社保所、中医院等12个", 0, 18)
    '力争将社保所、中医院等'
    """
    found = _LAST_COMMA_BREAK.search(view, sentence_start, offset)
    return view[found.end() if found else sentence_start:offset]


def _after_budget_and_adjustment(facts: list[Fact], sentence_start: int) -> bool:
    """Whether the sentence so far stated a budget and an adjustment to it."""
    roles = set()
    for fact in reversed(facts):
        if fact.sentence_start != sentence_start:
            break
        roles.add(fact.role)
    return "budget" in roles and "adjustment" in roles


_AGAINST_BUDGET = compile_pattern(r"完成(?:年初|年度|全年)?预算")


def _mark_actual(facts: list[Fact], rate: Fact) -> None:
    """The amount a 完成预算…% rate measures is an actual: re-role the plain amount just before it."""
    for index in range(len(facts) - 1, -1, -1):
        fact = facts[index]
        if fact.sentence_start != rate.sentence_start:
            return
        if fact.measure == "amount" and fact.key == rate.key:
            if fact.role in ("budget", "adjusted_budget"):
                continue  # 支出37.89万元，完成年度预算44.50万元的85.15%: the budget is the denominator
            if fact.role == "value":
                facts[index] = replace(fact, role="actual")
            return


_BARE_EXECUTION_RATE = compile_pattern(r"(?:预算|资金)?执行率")
_SEVERAL_ITEMS = compile_pattern(r"[两二三四五六七八九十\d]项|上述|以上|各项|合计|总计")
_LEADING_YEAR_WORDS = compile_pattern(r"^\s*(?:\d{4}\s*年度?|本年度?|全年|当年)?\s*")
_WHOLE_KEYS = frozenset({_WHOLE_UNIT, "本年支出合计", "支出总计", "本年收入合计", "收入总计", "财政拨款支出总计"})
_PROJECT_WORDS = frozenset({"项目支出", "项目资金", "项目", "该项目"})
_PROJECT_TITLE = compile_pattern(r"^\s*(?:[（(][^）)]{1,3}[）)]|[^、.．\s]{1,3}[、.．])?\s*(?P<name>[^，,。；;：:]{2,40}?)项目\s*$")


# （2）2019年医疗服务与保障能力提升中央财政补助资金项目绩效目标完成情况综述: a title naming one project
_PROJECT_NAMED_TITLE = compile_pattern(
    r"^\s*(?>(?:[（(][^）)]{1,3}[）)]|[^、.．\s（(]{1,3}[、.．])?)\s*(?:(?:19|20)\d{2}\s*年度?)?"
    r"(?P<name>(?!重点|部门|各|其他|其它|主要|本)[^，,。；;：:\d、（）()]{2,40}?项目)(?:绩效目标完成情况综述|绩效目标完成情况|绩效自评报告|绩效评价报告|支出绩效自评报告|实施情况|执行情况|情况)?\s*$"
)


@lru_cache(maxsize=4096)
def _project_in_titles(titles: tuple[str, ...]) -> str:
    """The project the nearest section title naming one is about (``（2）2019年…补助资金项目绩效目标
    完成情况综述`` → ``医疗服务…补助资金项目``), else ``""``."""
    for title in reversed(titles):
        found = _PROJECT_NAMED_TITLE.match(title)
        if found:
            return found.group("name")
    return ""


_TITLE_SUFFIX = compile_pattern(r"(?:的)?(?:使用|支出|执行)?(?:情况|说明|分析)$")
_TITLE_NOISE = compile_pattern(r"[。.．:：\s]+$")
_TITLE_NUMBER = compile_pattern(r"^\s*(?:[（(][^）)]{1,3}[）)]|[^、.．\s]{1,3}[、.．])\s*")
_MAX_SUBJECT_TITLE = 16


_COMPARISON_START = compile_pattern(r"\s*(?:比|较|与|同比)")
_PROJECT_REPORT = compile_pattern(r"项目(?:支出)?\s*绩效\s*(?:自评|评价)")  # a title wrapped over lines (…项目支出⏎⏎绩效自评报告)
_DEPARTMENT_REPORT = compile_pattern(r"部门整体支出绩效|整体支出绩效(?:自评|评价)")
_WHOLE_UNIT_TITLE = compile_pattern(r"整体支出")  # 部门单位整体支出绩效 自评报告: however the title spaces it
_TITLE_AREA = 300
# 其中… / 按功能分类看，… / 调整后预算中，…: a sentence breaking down a total stated before
_BREAKDOWN_OPENING = compile_pattern(rf"\s*(?:其中|分别为|包括|{BREAKDOWN_LEAD}|{_ROLE_LEAD_WORDS})")
_ITEM_BREAK = compile_pattern(r"[；;]")
_ITEM_OPENING = compile_pattern(r"^\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|第[一二三四五六七八九十]+)\s*")
_CLAUSE_SPLIT = compile_pattern(r"[，,；;：:]")


_LEADING_MONEY_NAME = compile_pattern(r"^\s*([\p{Han}“”\"]{2,20}?(?:资金|经费|项目|补助|补贴|专项))")


def is_project_report(text: str) -> bool:
    r"""Whether a report is one project's self-assessment, by the words of its title area.

    >>> is_project_report("2023年度人民防空警报设施建设维护项目支出绩效自评报告\n一、项目概况")
    True
    >>> is_project_report("业务运行费及追加工作经费项目支出\n\n绩效自评报告\n一、项目概况")
    True
    >>> is_project_report("农业农村局2024年度部门整体支出绩效评价报告\n按照《项目支出绩效评价管理办法》…")
    False
    """
    for found in _PROJECT_REPORT.finditer(text, 0, _TITLE_AREA):
        if text.rfind("《", 0, found.start()) > text.rfind("》", 0, found.start()):
            continue  # 按照《项目支出绩效评价管理办法》: a document cited, not this report's title
        return not _DEPARTMENT_REPORT.search(text, 0, found.start())
    return False


def is_whole_unit_report(text: str) -> bool:
    r"""Whether a report is on a department's whole spending, by the words of its title area (a
    title of two lines included).

    >>> is_whole_unit_report("青川县文化广电旅游局\n2024年度部门整体支出绩效自评报告\n")
    True
    >>> is_whole_unit_report("2023年度人民防空警报设施建设维护项目支出绩效自评报告\n")
    False
    """
    return any(text.rfind("《", 0, found.start()) <= text.rfind("》", 0, found.start()) for found in _WHOLE_UNIT_TITLE.finditer(text, 0, _TITLE_AREA))


def _last_clause(view: str, start: int, clause_from: int) -> str:
    pieces = [p for p in _CLAUSE_SPLIT.split(view[start:clause_from]) if p.strip()] if clause_from > start else []
    return _ITEM_OPENING.sub("", pieces[-1]) if pieces and not _DIGIT_IN.search(pieces[-1]) else ""


def qualified_execution_rate(named: str, found: tuple | None = None) -> tuple[str, str] | None:
    """A bare 执行率 qualified by the words before it, as (written, key); ``None`` otherwise.

    >>> qualified_execution_rate("资助标准执行率")
    ('资助标准执行率', '资助标准预算执行率')
    """
    found = find_indicators(named) if found is None else found
    if not found or found[-1].key != "预算执行率" or found[-1].written not in ("执行率", "资金执行率"):
        return None
    prefix = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", _ROLE_WORDS.sub("", named[:found[-1].start]).strip())).strip()
    if _HAN_WORD.fullmatch(_QUOTES_AND_BRACKETS.sub("", prefix)) and not find_indicators(prefix) and len(prefix) <= _MAX_INDICATOR:
        # 项目执行率 / 专项资金执行率 / 县级资金执行率: a qualified rate, not the department's 预算执行率
        return prefix + found[-1].written, _execution_rate_of(prefix)
    return None


def _execution_rate_of(subject_key: str) -> str:
    """The key of a subject's own execution rate (项目支出 → 项目支出预算执行率)."""
    return canonical_key(subject_key + "预算执行率")


def _in_this_sentence(facts: list[Fact], sentence_start: int):
    """The facts bound so far in the sentence starting at ``sentence_start``, nearest first."""
    for fact in reversed(facts):
        if fact.sentence_start != sentence_start:
            return
        yield fact


_ITEM_SCOPED_ROLES = ("score", "rate", "weight")
_THE_REST = ("其余", "剩余", "其他", "其它")
_UNSPENT = compile_pattern(r"(?:未执行|未支出|未使用|尚未支付|未支付|未拨付)(?:的|部分)?(?:资金|金额)?(?:为|共|计)?\s*$")
# （一）市级科技创新专项资金。… / 市级科技创新专项资金（评价得分88.42分，…）: a paragraph titled with
# a fund, run in before its first sentence or glossed by a bracket
_PARAGRAPH_ITEM = compile_pattern(
    r"\s*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])\s*(?P<name>[^，,。；;:：\d（）()\n]{2,20})[。.]"
    r"|(?P<name>[^，,。；;:：\d（）()\n\s]{2,20})[（(]"
    # 项目一：城乡居民医保信息系统运维项目，综合得分90分
    r"|(?:项目|资金)[一二三四五六七八九十\d]{1,3}\s*[:：]\s*(?P<name>[^，,。；;:：\d（）()\n]{2,30}?)[，,。])"
)


def _last_rate_in(facts: list[Fact], sentence_start: int) -> Fact | None:
    """The last rate-like percent stated so far in the sentence (a rate, or the value achieved)."""
    for fact in reversed(facts):
        if fact.sentence_start != sentence_start:
            return None
        if fact.measure == "percent" and fact.role in ("rate", "achieved", "value"):
            return fact
    return None


def _paragraph_budget(facts: list[Fact], paragraph: int) -> Fact | None:
    """The first budget stated in its own words in the paragraph starting at ``paragraph``."""
    first = bisect_left(facts, paragraph, key=lambda f: f.start)
    return next(
        (f for f in facts[first:] if f.role == "budget" and f.measure == "amount" and f.key and not f.role_carried),
        None,
    )


def _item_of_paragraph(view: str, offset: int) -> str:
    """The fund or project a paragraph is titled with, run in before its first sentence
    (``（一）市级科技创新专项资金。资金规模5,200.00万元，…`` → 市级科技创新专项资金) or glossed by the
    bracket after it (``市级科技创新专项资金（评价得分88.42分）``); else ``""``."""
    label = _PARAGRAPH_ITEM.match(view, _paragraph_start(view, offset))
    if label is None or label.end() > offset:
        return ""
    name = label.group("name").strip()
    return name if _MONEY_NAME.search(name) else ""


_ASPECT_AFTER = compile_pattern(r"[\p{Han}]{0,2}方面")  # …管理方面 / …执行方面: the cue word was part of a field's name
_LEVEL_OR_PLAN_ROLES = frozenset({"value", "actual", "budget", "adjusted_budget"})  # not a change 比上年增加40万元
_PROBLEM_TOTAL = compile_pattern(r"问题(?:金额|资金)")
# the list of kinds follows: 其中： / 具体为： / 主要是： / a colon right after the total
_PROBLEM_LIST = compile_pattern(r"其中|具体(?:为|是|包括)|主要(?:是|为|包括)|包括|[：:]")
_PROBLEM_NAME_START = compile_pattern(r"[，,；;：:。]", regex.REVERSE)
_PROBLEM_NAME_TRIM = compile_pattern(r"^\s*(?:其中|具体(?:为|是)|主要(?:是|为)|包括)?\s*[：:]?\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])?\s*|(?:问题)?(?:金额|资金)?(?:为|共|计|达)?\s*$")


def _problem_total_before(view: str, facts: list[Fact], sentence_start: int, figure: int) -> Fact | None:
    """The 问题金额 total a figure is listed under, when the sentence lists the kinds of problem
    after it (``共发现问题金额5,008.01万元，其中：…``); else ``None``."""
    for fact in reversed(facts):
        if fact.sentence_start != sentence_start:
            return None
        if fact.measure == "amount" and _PROBLEM_TOTAL.search(fact.indicator):
            return fact if _PROBLEM_LIST.search(view, fact.end, figure) else None
    return None


def _problem_name(view: str, sentence_start: int, figure: int) -> str:
    """The words naming one kind of problem in a list: from the last comma, semicolon or colon
    before the figure (a 、 joins two words of one name: 无预算、超预算支出)."""
    found = _PROBLEM_NAME_START.search(view, sentence_start, figure)
    name = _PROBLEM_NAME_TRIM.sub("", view[found.end() if found else sentence_start:figure])
    if name.startswith("占"):
        return ""  # 占年初项目支出预算86,420.00万元: the base of a share, no kind of problem
    return _WHITESPACE.sub("", name) if 2 <= len(name) <= _MAX_INDICATOR * 2 else ""


def _share_of_stated_whole(view: str, facts: list[Fact], sentence_start: int, entity: Entity) -> tuple[Fact, Fact] | None:
    """The part and the whole of a percent written ``X占Y N万元的P%``: the whole is the figure right
    before it, in a clause opening with 占; the part is this year's level of the sentence before
    it, outside brackets and outside any earlier 占 clause (…，占支出…的69.35%，占收入…的56.82%)."""
    if entity.label != "PERCENT" or len(facts) < 2:
        return None
    whole = facts[-1]
    if (
        whole.sentence_start != sentence_start or whole.measure not in ("amount", "count")
        or not states_share_whole(view, sentence_start, whole.start, whole.end, entity.start)
    ):
        return None
    part = next(
        (f for f in reversed(facts[:-1]) if f.sentence_start == sentence_start and f.period == whole.period
         and f.role in _LEVEL_OR_PLAN_ROLES and f.measure == whole.measure and open_brackets(view, sentence_start, f.start) == 0
         and not in_share_clause(view, sentence_start, f.start)),
        None,
    )  # 项目支出5,126.00万元（上年为4,700.00万元），占…: this year's, not the bracketed last year's
    return (part, whole) if part is not None else None


# prose 总收入 / 总支出 are the year's flows, unless the sentence counts a carry-over in them
_YEAR_FLOW_TOTALS = {"本年收入合计": "收入总计", "本年支出合计": "支出总计"}
_PROSE_TOTAL_WORDS = frozenset({"总收入", "全年总收入", "收入总额", "总支出", "全年总支出", "支出总额", "全年共计支出"})
_CARRY_OVER_BEFORE = compile_pattern(r"(?:计入|含|包括|加上)[^。，,]{0,8}?结转")  # 计入年末结转和结余后，全年总支出为…
_CARRY_OVER_INCLUDED = {
    "本年收入合计": compile_pattern(r"[^。]{0,40}?(?:含|包括|其中)[^。]{0,40}?(?:上年|年初)(?:结转|结余)"),
    "本年支出合计": compile_pattern(r"[^。]{0,40}?(?:含|包括|其中)[^。]{0,40}?(?:年末|结转下年)(?:结转|结余)?"),
}


def _other_unit_opening(view: str, sentence_start: int, clause_from: int) -> str:
    """The unit a sentence opens with (…院, …中心, …站), when it is not the report's own unit named in
    its title lines and the figure is in the sentence's first ；-item; else ``""``."""
    found = _UNIT_OPENING.match(view, sentence_start)
    if found is None or item_start(view, sentence_start, clause_from) != sentence_start:
        return ""  # …；县机关…: a later ；-item may speak of another unit
    name = found.group().strip()
    if name[:1] in "本我该" or len(name) < 3 or name in view[:min(_TITLE_AREA, sentence_start)]:
        return ""
    return name


_UNIT_OPENING = compile_pattern(_OWN_NAME.pattern.removeprefix("^"))  # matched at a sentence's start


def _paragraph_subject(view: str, facts: list[Fact], sentence_start: int, figure: int) -> Fact | None:
    """The amount the sentence before opened with, when a bare 共计支出 carries it on.

    The sentence before must be in the same paragraph and open with a named amount that is not a
    whole (本年支出合计, 部门整体支出), and nothing before the bare word in this sentence names
    another indicator or states another amount (counts of the activity may come first).

    >>> from extractor.extraction import extract
    >>> from extractor.loaders.compose import document_from_text
    >>> text = "三公经费说明\\n国内公务接待支出0.54万元，主要用于用餐费。国内公务接待4批次，共计支出0.54万元。"
    >>> [f.key for f in extract(document_from_text("x.txt", "txt", text)).facts if f.measure == "amount"]
    ['国内公务接待费', '国内公务接待费']
    """
    if not facts or view.rfind("\n", 0, sentence_start) > facts[-1].sentence_start:
        return None
    previous_start = None
    for fact in reversed(facts):
        if fact.sentence_start >= sentence_start:
            if fact.measure != "count":
                return None  # an amount of this sentence came first: the bare word is about it, not the paragraph's subject
            continue
        previous_start = fact.sentence_start if previous_start is None else previous_start
        if fact.sentence_start != previous_start:
            break
        opening = fact
    if previous_start is None:
        return None
    if (
        opening.measure != "amount" or opening.source != "text" or not opening.key or opening.key in _WHOLE_KEYS
        or not is_known_key(opening.key) or find_indicators(view[sentence_start:figure])
        or _LEADING_YEAR_WORDS.sub("", view[previous_start:opening.start]).strip() != opening.indicator
        or _SEVERAL_ITEMS.search(view, sentence_start, figure)
        or any(f.sentence_start == previous_start and f.measure == "amount" and f.key != opening.key for f in facts)
    ):
        return None  # 公务用车运行维护费3.60万元，公务接待费1.20万元。两项共计支出4.80万元: the sum of both
    return opening


# a clause stating the limit a figure is held to: 不低于办法规定的 / 不超过 / 不得低于
_THRESHOLD_OPENING = compile_pattern(r"\s*(?:不低于|不少于|不高于|不超过|不得(?:低于|少于|高于|超过))[^，,。；;\d]{0,12}$")
# a budget's spending 安排 (planned) right before its figure (not 基本支出安排2.40万元, one channel of an expense)
_SPENDING_PLANNED = compile_pattern(r"预算支出(?:预计)?安排(?:为|了)?\s*$")
# a sentence opening with a label and a colon (电费：…, LED节能改造：…), the label naming an item
_COLON_LABEL = compile_pattern(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、.．])?\s*(?P<name>[^\s，,。；;：:\d（）()“”]{2,16})[：:]"
)
# a price per head or per unit named by nothing else: 每人每月, 人均, 每亩
_BARE_PER_UNIT = compile_pattern(r"(?:每\p{Han}{1,2}){1,2}|[人户亩生]均")
# labels that name a kind of statement, not an item: 存在问题：…, 一是：…, 主要做法：…
_STATEMENT_LABEL = compile_pattern(
    r"(?:问题|原因|措施|建议|结论|说明|备注|注|情况|方面|做法|成效|经验|举措|目标|依据)$"
    r"|^(?:其中|主要|具体|总体|综上|截至|经|据|一是|二是|三是|四是|首先|其次|最后)"
    # 资金使用：/ 经费保障：/ 预算执行：: the money in general, not an item of it (村级办公经费 is one)
    r"|^(?:资金|经费|预算|支出|收入|项目|绩效|指标|单位|部门)(?:使用|管理|保障|执行|安排|支出|收入|来源|分配)?$"
)


def _colon_label(view: str, sentence_start: int, clause_from: int) -> str:
    """The item a label opening the sentence names (``LED节能改造：…，支出92.46万元`` →
    LED节能改造), when the figure's clause comes after it; else ``""``."""
    label = _COLON_LABEL.match(view, sentence_start)
    if label is None or label.end() > clause_from or _STATEMENT_LABEL.search(label.group("name")):
        return ""
    return label.group("name")


def _run_in_item(view: str, sentence_start: int) -> str:
    """The project or fund a run-in label right before a sentence names, when it is one
    (``2.农村供水保障工程。全年预算…`` → 农村供水保障工程); else ``""``."""
    label = _RUN_IN_LABEL.search(view, max(0, sentence_start - 30), sentence_start)
    if label is None:
        return ""
    name = label.group("name").strip()
    return name if _MONEY_NAME.search(name) and not _DIGIT_IN.search(name) else ""


# 基本情况 / 存在问题 / 主要成效: a heading about the report, not a thing with money of its own
_GENERIC_TOPIC = compile_pattern(r"情况|概况|说明|分析|问题|措施|成效|目标|评价|结论|建议|工作|意见|依据|过程|方法|得分")


def _run_in_topic(view: str, sentence_start: int) -> str:
    """The short item a run-in label names when it is not a heading about the report itself
    (``（一）保基本民生。执行82,812万元`` → 保基本民生; not ``（一）基本情况。``); else ``""``."""
    label = _RUN_IN_LABEL.search(view, max(0, sentence_start - 30), sentence_start)
    if label is None:
        return ""
    name = label.group("name").strip()
    return name if 2 <= len(name) <= 10 and not _GENERIC_TOPIC.search(name) and not _DIGIT_IN.search(name) else ""


def _named_clause_before(view: str, start: int, clause_from: int, after_figure: bool = True) -> str:
    """The money a figure-less clause just before names (``一是促进消费专项资金，预算280.00万元``
    → 促进消费专项资金): the last clause between the previous figure and this one, when it is a
    short name ending in 资金/经费/项目/费/补助/补贴/工程."""
    if clause_from <= start:
        return ""
    stretch = view[start:clause_from]
    segments = _ITEM_BREAK.split(stretch)
    pieces = _CLAUSE_SPLIT.split(segments[-1])
    if after_figure and len(segments) == 1 and pieces and pieces[0]:
        pieces = pieces[1:]  # 共计1个项目，预算金额…: the words right after a figure are its own noun
    pieces = [p for p in pieces if p.strip()]
    if not pieces:
        return ""
    if len(pieces) > 1 and not after_figure and len(segments) == 1 and (topic := _TOPIC_CLAUSE.match(pieces[0])):
        return topic.group("name")  # 耕地地力保护补贴为直补资金，按确权面积…发放到户，执行率为100%: the sentence's topic
    if len(pieces) > 1 and not _ITEM_OPENING.match(pieces[-1]):
        return ""  # …，并纳入不动产登记收费等其他资金，全年预算调整为…: a clause inside a sentence, not its subject
    name = _ITEM_OPENING.sub("", pieces[-1]).strip()
    if not name or len(name) > 30 or not _MONEY_NAME.search(name) or _DIGIT_IN.search(name):
        return ""
    return name


@lru_cache(maxsize=4096)
def _section_subject(titles: tuple[str, ...]) -> tuple[str, str] | None:
    """The indicator a section's own title names, when the title is just that name
    (``1.公务用车购置费。`` → 公务用车购置费); a longer title (``部门整体支出管理及使用情况``) names none."""
    titles = _without_run_in_items(titles)
    if not titles:
        return None
    title = _TITLE_SUFFIX.sub("", _TITLE_NOISE.sub("", _TITLE_NUMBER.sub("", titles[-1])))
    found = find_indicators(title)
    if found and found[-1].end == len(title) and found[-1].start > 0 and _BARE_EXECUTION_RATE.fullmatch(found[-1].written):
        # （五）项目资金执行率。全年预算300.00万元: the rate of the money the title qualifies it by —
        # the section's figures are that money's, not the department's
        money = (title[:found[-1].start] + ("资金" if found[-1].written.startswith("资金") else "")).strip()
        return (money, canonical_key(money)) if _MONEY_NAME.search(money) else None
    if not found or len(title) > _MAX_SUBJECT_TITLE or found[-1].end != len(title) or found[0].start > 2:
        return None
    return found[-1].written, found[-1].key


_SENTENCE_TITLE = compile_pattern(r"\d[^，,。；;]*[，,；;]|。\s*$|\d\s*(?:万元|亿元|元|%|％)|[（(]\d+$|\p{Han}\d+$")


@lru_cache(maxsize=4096)
def _without_run_in_items(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Section titles without the trailing ones that are numbered sentences, not names
    (``（一）因公出国（境）费`` › ``1．决算18.62万元（186,200元），预算20.00万元，…。``)."""
    end = len(titles)
    while end and _SENTENCE_TITLE.search(titles[end - 1]):
        end -= 1
    return titles[:end]


# vehicles bought, replaced or disposed of in the year are a flow, not the fleet at its end
# vehicles or devices bought, replaced, set up or disposed of in the year: a flow, not the stock
_STOCK_CHANGE = compile_pattern(r"(?P<verb>购置|新购|购买|采购|更新|新增|增设|报废|处置|拍卖|调剂|调入|调出|划转|配备|配置)了?\s*$")
_PURCHASE = frozenset({"购置", "新购", "购买", "采购", "配备", "配置"})


def _bought(verb: str) -> str:
    """One name for buying (购买配备, 采购, 新购 → 购置): purchases stated two ways are one quantity."""
    return "购置" if verb in _PURCHASE else verb


_FLEET_KEYS = VEHICLE_CLASSES | {"公务用车保有量"}
_SUBSET_BEFORE = compile_pattern(r"(?:重点|主要)$")
_RATE_NOUN_END = compile_pattern(r"(?:率|度)$")  # 抽查满意度: a rate measured on a sample is the rate
# a sentence opening with a group of the units it reports on: 其余34个部门 / 按预算规模排序前8位的部门 /
# 8个重点部门 / 排名后5位的乡镇
_GROUP_UNITS = r"部门|单位|乡镇|街道|项目|学校|医院|县区|区县"
_GROUP_SUBJECT = compile_pattern(
    r"\s*(?:[，,]\s*)?(?P<group>(?:按(?P<criterion>\p{Han}{1,8}?)排序|排名)?(?P<rank>(?:前|后)\s*\d{1,3})\s*(?:(?:位|名)的?|的)|(?P<rest>其余|其他|剩余))"
    rf"\s*(?:(?P<many>[\d一二三四五六七八九十两]{{1,3}})\s*个)?\s*(?P<units>{_GROUP_UNITS})"
)
_RANK_BEFORE = compile_pattern(r"(?:排名|排序|位列|位居|居|列)?\s*(?:前|后|第)\s*$")
_INVOLVED_KEY = "涉及"
_PROBLEM_MONEY = "审计查出问题金额"
_PROBLEMS_FOUND_BEFORE = compile_pattern(r"(?:审计|检查)?(?:发现|查出)(?:的|各类|主要)?问题\s*[\d一二三四五六七八九十]{1,4}\s*(?:个|项|条|处)[，,]\s*$")
_WHOLE_SCOPE = compile_pattern(r"全县|全市|全区|全省|全镇|全部|全体")
# inside a sentence: a ranked group (执行率排名前5名的乡镇, named with what it is ranked by) or the
# rest (，其余7个乡镇) after a break
_GROUP_INSIDE = compile_pattern(
    r"(?P<group>(?P<criterion>\p{Han}{0,6}?)(?:排名|排序|位列)\s*(?P<rank>(?:前|后)\s*[\d一二三四五六七八九十]{1,3})\s*(?:(?:位|名)的?|的)"
    r"|(?<=[，,；;、]|其中)(?P<rest>其余|剩余))"
    rf"\s*(?:(?P<many>[\d一二三四五六七八九十两]{{1,3}})\s*个)?\s*(?P<units>{_GROUP_UNITS})"
)
_GROUP_INSIDE_WORDS = ("排名", "排序", "位列", "其余", "剩余")
_REST_WORDS = ("其余", "剩余")
_CRITERION_NOISE = compile_pattern(r"^(?:其中|其|中|在|从|按|全县|全市|各)+|\s")


def group_and_key(key: str) -> tuple[str, str]:
    """A key's group of units and the key within it, or ("", key).

    Example: ``预算执行率排名前5的乡镇·支出总计`` → (``预算执行率排名前5的乡镇``, ``支出总计``).

    >>> group_and_key("预算执行率排名前5的乡镇·支出总计"), group_and_key("其余十个乡镇·支出总计"), group_and_key("支出总计")
    (('预算执行率排名前5的乡镇', '支出总计'), ('其余十个乡镇', '支出总计'), ('', '支出总计'))
    """
    group = _GROUP_KEY.match(key)
    return (group.group("group"), key[group.end():]) if group else ("", key)


_GROUP_KEY = compile_pattern(
    rf"(?P<group>(?:\p{{Han}}{{0,14}}?(?:前|后)[\d一二三四五六七八九十]{{1,3}}的|其余(?:[\d一二三四五六七八九十两]{{1,3}}个)?)(?:{_GROUP_UNITS}))·"
)



def _group_named_before(view: str, sentence_start: int, figure_start: int) -> str:
    """The group of units a figure's sentence is about, as its key prefix, or "" (the whole's).

    Example: in ``执行率排名前5名的乡镇支出合计21,306.40万元`` the figure is the group's, prefix
    ``预算执行率排名前5的乡镇`` (what they are ranked by, the rank and the units); in
    ``其余8个单位于…补报，补报后全县…支出合计`` the whole's again.
    """
    group = _GROUP_SUBJECT.match(view, sentence_start)
    found = group if group is not None and group.end() <= figure_start else None
    rest_from = found.end() if found else sentence_start
    if any(view.find(word, rest_from, figure_start) != -1 for word in _GROUP_INSIDE_WORDS):
        for inside in _GROUP_INSIDE.finditer(view, rest_from, figure_start):
            found = inside  # (rare: looked for only when a word that can name one is there)
    if found is None:
        return ""
    if _WHOLE_SCOPE.search(view, found.end(), figure_start):
        return ""
    return _group_name(found)


def _group_name(found) -> str:
    """``预算执行率排名前5的乡镇`` / ``其余34个部门``: a group named the same way wherever a report names it."""
    units, many = found.group("units"), found.group("many") or ""
    if found.group("rest"):
        return f"其余{many}{'个' if many else ''}{units}"
    criterion = _CRITERION_NOISE.sub("", found.group("criterion") or "")
    criterion = canonical_key(criterion) + "排名" if len(criterion) >= 2 else ""
    return f"{criterion}{_WHITESPACE.sub('', found.group('rank'))}的{units}"

_COUNTED_SUBSET = compile_pattern(r"上述\s*(?P<number>[\d一二三四五六七八九十两]+)\s*(?P<unit>所|个|家|户|人|项|名|座|处)")
SAMPLED_PREFIX = "抽查"  # the key prefix of a sample's figure (抽查公用经费), which the audit reads too
_SAMPLING_WORDS = ("抽查", "检查", "抽样", "抽检", "选取", "其中")


def _counts_the_whole(view: str, facts: list[Fact], subset) -> bool:
    """Whether 上述N所 counts everything an earlier figure counts (全县共有农村学校12所 … 上述12所学校): the
    whole, not a sample of it — its last earlier count in that unit is N and was not drawn as a sample."""
    number = subset.group("number")
    if not number.isdigit():
        return False
    earlier = [f for f in facts if f.measure == "count" and f.entity.unit == subset.group("unit") and f.end <= subset.start()]
    if not earlier or earlier[-1].entity.value != int(number):
        return False
    said = view[earlier[-1].sentence_start:earlier[-1].sentence_end]  # 对12所学校开展了抽查: drawn as a sample
    return not any(word in said for word in _SAMPLING_WORDS)
_SAMPLED_BEFORE = compile_pattern(r"^\s*(?:对)?(?:抽查|抽样|抽检|抽取)(?:了)?(?:的)?\p{Han}{1,8}?(?:全年|本年|年度)?$")
_PROJECT_AFTER_TERM = compile_pattern(r"(?:项目|工程)(?!支出|资金|经费|个数|数)")
_NAME_BEFORE_TERM = compile_pattern(r"\p{Han}{2}$")
# 巩固提升项目 / 能力提升工程: a verb that ends a named undertaking, not a change
_NAME_VERB_CUE = compile_pattern(r"(?P<verb>提升|提高)\s*")
_NAMED_THING_AFTER = compile_pattern(r"\s*(?:项目|工程|行动|专项|补助资金|资金)")
_HAN_CHAR = compile_pattern(r"[\u4e00-\u9fff]")
# 农村饮用水安全巩固提升项目支出: a project's name written before 项目支出 (four Han or more, after
# the words that open a clause); not a scope (本年, 部门, 财政拨款 …) nor a selection (上述, 重点 …)
_PROJECT_NAME_BEFORE = compile_pattern(r"(?:^|[^\p{Han}])(?P<name>\p{Han}{4,24})$")
_NOT_A_PROJECT_NAME = compile_pattern(
    r"本年|全年|年度|本级|部门|单位|机关|财政|预算|资金|经费|上述|以上|其他|其它|其余|剩余|重点|主要|全部|各项|各类|所有|共计|合计|累计|比上年|较上年|同比|增加|减少|下降|增长|\d"
)
_SUBSET_KEYS = frozenset({"项目支出", "基本支出", "支出总计", "本年支出合计"})
_SCOPED_TOTAL_KEYS = frozenset({"本年支出合计", "本年收入合计"})
_SCOPE_OF_TOTAL = compile_pattern(r"(?P<scope>[\p{Han}“”\"]{2,14})$")
# words that name the reporting unit itself or the year, not a part of it
_NEUTRAL_SCOPE = compile_pattern(
    r"[“”\"]|\d{4}年度?|本年度?|全年|当年|上年|年度|(?:本|我|全)(?:院|所|站|中心|馆|校|会|委|厅|办|队|处|局|社|部门|单位|系统|公司|集团|学校|医院)"
    r"|部门整体|部门|单位|全部|实际|整体|全县|全市|全区|全省|总|合计|共计|累计|决算"
)
_WORKS_TITLE = compile_pattern(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*(?P<name>\p{Han}[^，,。；;：:\d]{1,18}?(?:工程|项目|改造|建设|提升|整治|修缮|维修|安装|购置|补助|补贴|行动|计划|扩建|新建|改建|修建|延伸|服务|培训|监测))\s*[。.]?\s*$")


@lru_cache(maxsize=4096)
def _works_of_section(titles: tuple[str, ...]) -> tuple[str, str] | None:
    """The works a numbered item's own title names (``1．村组道路硬化工程``), whose budget and
    spending the item's sentences state without naming it again."""
    titles = _without_run_in_items(titles)
    found = _WORKS_TITLE.match(titles[-1]) if titles else None
    return (found.group("name"), canonical_key(found.group("name"))) if found else None


@lru_cache(maxsize=4096)
def _section_year(titles: tuple[str, ...]) -> int | None:
    """The year named by the nearest section title that names one (二、2024年预算草案 → 2024)."""
    for title in reversed(titles):
        found = YEAR_NOT_A_DATE.search(title)
        if found:
            return int(found.group(1))
    return None


@lru_cache(maxsize=4096)
def _project_of_section(titles: tuple[str, ...]) -> str:
    """The project a section is about, when its own title names one (（1）筹资工作经费项目)."""
    if not titles:
        return ""
    found = _PROJECT_TITLE.match(titles[-1])
    return found.group("name") if found else ""


_APPROPRIATION_SECTION = compile_pattern(r"^\S{0,6}?财政拨款收入支出决算总体情况")
_APPROPRIATION_TOTALS = {"收入总计": "财政拨款收入总计", "支出总计": "财政拨款支出总计"}
_PRICED_THING = compile_pattern(r"(?:以上|以下|及以上)?(?:的)?(?P<thing>\p{Han}{2,8}?)(?=\d|[零一二两三四五六七八九十]+[台套辆件个])")
_GAP_TO_TARGET = compile_pattern(r"距\p{Han}{0,8}?目标值?(?:还|尚)?(?P<way>少|差|低|多|高|超)了?\s*$")
_SHORT_WORDS = ("少", "差", "低")
_ADDED_PROJECTS = compile_pattern(r"\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*(?:年中|年内)?追加(?:的)?(?:项目|资金|预算)")
_WHOLE_YEAR = compile_pattern(r"全年|本年度?")
_OPENS_BRACKET_BEFORE = compile_pattern(r"[（(]\s*$")
_SPENT_ONLY = compile_pattern(r"\s*度?\s*(?:实际)?支出(?:了|为)?\s*")
_EXCEPT_OPENING = compile_pattern(r"\s*除")
_EXCEPT_CLOSING = compile_pattern(r"\s*(?:以)?外")
_BARE_BALANCE = compile_pattern(r"结余结转|结转结余|结转和结余|结余|结转|剩余资金|剩余")
_OPENING_OR_CLOSING = compile_pattern(r"年末|年初|期末|期初")
_SUPERLATIVE_BEFORE = compile_pattern(
    r"(?:^|(?<=[,，。;；:：\s]))(?P<subject>[\p{Han}（）()]{2,20}?)(?P<what>分配|安排|支出|投入|收入|补助)?(?:资金|金额)?"
    r"(?:最多|最少|最高|最低|最大|最小)\s*[,，]\s*(?:为|达|是|计)?\s*$"
)
_SUPERLATIVE_REACH = 40
# 资金使用率（支出占可使用资金的比例） / 个贷率（个贷余额÷缴存余额）: a rate defined in the brackets after its name
_GLOSSED_RATE = compile_pattern(r"(?:率|比例|比重|进度)(?P<gloss>\s*\([^()]{2,30}(?:比例|比重|比率|[/÷]|除以)[^()]{0,20}\))\s*(?:为|达|达到|是)?\s*$")
# 政府性基金预算财政拨款收入总计…，年终结转44,336.49万元: a fund's totals, like 收入总计, own no balance
_TOTAL_ENDINGS = ("总计", "合计")
_THIS_PROJECT = compile_pattern(r"(?:该|本)项目(?:资金)?(?:使用|支付)?")
_FUNDS_ARRIVED = compile_pattern(r"\s*(?:已|均已|已经)?(?:全额|全部|足额)到位")  # 260万元已到位 may be part of it
_GENERIC_KEYS = frozenset({"资金", "金额", "经费", "费用", "总额", "款项", "专项"})
_DIGIT_IN = compile_pattern(r"\d")
_MONEY_NAME = compile_pattern(r"(?:项目|费|经费|资金|补助|补贴|工程)$")
# 耕地地力保护补贴为直补资金: a sentence opening by saying what its money is
_TOPIC_CLAUSE = compile_pattern(r"^\s*(?P<name>[^，,。；;：:\d]{2,20}?(?:项目|经费|资金|补助|补贴|工程))(?:为|是|系|属于)")
_QUOTED = compile_pattern(r"[“\"]([^”\"，,。；;]{2,30})[”\"]")


def _quoted_subject(view: str, sentence_start: int, clause_from: int) -> str:
    """The quoted project or fund name the clause follows (年中追加项目“委托…服务费”，金额10万元):
    the last quote of the sentence, when it names money (…费, …资金, …项目) or closes just before
    the clause — not a slogan (围绕“健康中国”战略).

    >>> _quoted_subject("年中追加项目“委托商业保险公司经办服务费”，金额10万元", 0, 21)
    '委托商业保险公司经办服务费'
    """
    found = None
    for found in _QUOTED.finditer(view, sentence_start, clause_from):
        pass
    if found is None:
        return ""
    name = found.group(1)
    if _MONEY_NAME.search(name) or not view[found.end():clause_from].strip(" ，,：:"):
        return name
    return ""


# 统筹基金累计结存 / 个人账户累计结余: a part of a health fund, right before the fund's term
_FUND_PART_BEFORE = compile_pattern(r"(?P<part>统筹基金|个人账户)\s*$")


# 支出54.13亿元，当期收不抵支1.27亿元: a fund's shortfall is what its year came to, not money spent


def _term_across(before: str, after: str) -> bool:
    """Whether a lexicon term spans the join of the words either side of a cue: the cue sat inside
    the indicator's name (收入|预算|总计 → 收入总计), not after it."""
    if not before or not after:
        return False
    before = before[-_MAX_INDICATOR:]
    return any(term.start < len(before) < term.end for term in find_indicators(before + after[:_MAX_INDICATOR]))


def _bare_word_subject(
    view: str, facts: list[Fact], sentence_start: int, word: str, fiscal_year, first: Fact | None, before: Fact | None,
    stated: list[Fact] | None = None,
) -> Fact | None:
    """The one amount named ``…支出`` (``…收入``) this year that a bare 支出 (收入) changing on last
    year refers to: the first figure of its sentence, or of the ；-clause just before it — or, given
    ``stated``, the one such figure of the sentence (after a budget: 项目预算…，全年项目支出…；支出比上年…)."""
    def names_it(fact: Fact | None) -> bool:
        return (
            fact is not None and fact.measure == "amount" and bool(fact.key) and fact.key not in _WHOLE_KEYS
            and fact.indicator.endswith(word) and fact.period[:4] == str(fiscal_year)
        )

    subject = first if names_it(first) else before if names_it(before) and view[sentence_start - 1:sentence_start] in ("；", ";") else None
    if subject is None and stated is not None:
        named = [f for f in stated if f.sentence_start == sentence_start and names_it(f) and f.role in ("value", "actual")]
        subject = named[0] if len(named) == 1 else None
    if subject is None:
        return None
    named = {
        f.key for f in facts
        if f.start >= subject.start and f.measure == "amount" and f.indicator.endswith(word) and f.period[:4] == str(fiscal_year)
    }
    return subject if len(named) == 1 else None


def _role_of(left: str, table, masked: bool, roles_read: dict) -> tuple:
    """``find_role`` of a clause (its lexicon terms blanked out first when ``masked``), each clause
    text read once per document: ``roles_read`` keeps the answers (the match is only ever read)."""
    read = (left, masked, id(table))
    found = roles_read.get(read)
    if found is None:
        found = roles_read[read] = find_role(_mask_lexicon_terms(left) if masked else left, table)
    return found


def _mask_lexicon_terms(text: str) -> str:
    """Blank out lexicon terms so that the 预算 inside 一般公共预算收入 is not read as a cue."""
    for found in find_indicators(text):
        text = text[:found.start] + "　" * (found.end - found.start) + text[found.end:]
    return text


def _dates_between(dates: list[Entity], starts: list[int], start: int, end: int) -> list[Entity]:
    """The DATE entities lying in ``[start, end)`` (``starts`` is their sorted start offsets)."""
    return dates[bisect_left(starts, start - _LONGEST_DATE):bisect_left(starts, end)]


def _without_dates(view: str, start: int, end: int, dates: list[Entity]) -> str:
    text = view[start:end]
    for date in dates:
        if date.end <= start or date.start >= end:
            continue
        if date.relative and _opens_lexicon_term(view, date):
            continue  # 本年支出合计 is an indicator of its own, not 本年 + 支出合计
        a, b = max(date.start, start) - start, min(date.end, end) - start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _opens_lexicon_term(view: str, date: Entity) -> bool:
    found = find_indicators(view[date.start:date.end + _MAX_INDICATOR])
    return bool(found) and found[0].start == 0 and found[0].end > date.end - date.start


def _indicator(named: str) -> tuple[str, str]:
    """The indicator named in a clause: its rightmost lexicon term, else the cleaned phrase."""
    paired = None
    for paired in _FUNDED_INCOME_AND_SPENDING.finditer(named):
        pass
    if paired is not None:
        # 财政拨款收入支出总计各增加…: the appropriation's totals, stated as one
        written = paired.group("funding") + "支出" + paired.group("total")
        if is_known_key(canonical_key(written)):
            return written, canonical_key(written)
    found = find_indicators(named)
    if len(found) >= 2 and found[-1].key == "预算执行率" and found[-2].end == found[-1].start and found[-2].key not in _WHOLE_KEYS:
        # 项目支出执行率 / 基本支出执行率: the execution rate of the term before it
        written = found[-2].written + found[-1].written
        return written, _execution_rate_of(found[-2].key)
    qualified = qualified_execution_rate(named, found)
    if qualified is not None:
        return qualified
    if found and _PROJECT_AFTER_TERM.match(named, found[-1].end) and _NAME_BEFORE_TERM.search(named, 0, found[-1].start):
        found = ()  # 村庄规划编制项目预算626.40万元: a project named after its work, not the post count 编制
    if found:
        last = found[-1]
        if last.key == "满意度":
            qualifier = _SATISFIED_GROUP.search(named, 0, last.start)
            if qualifier:
                # 定点医药机构满意度91.55% is not the 参保群众's 89.55%: whose satisfaction is part of it
                return qualifier.group() + last.written, qualifier.group() + "满意度"
        fund_part = _FUND_PART_BEFORE.search(named, 0, last.start) if last.key.startswith(HEALTH_FUND_TERM) else None
        if fund_part:
            # 统筹基金累计结存48.62亿元 is not the 77.14亿元 of the whole fund: its pooled part
            return fund_part.group("part") + last.written, fund_part.group("part") + last.key
        subset = _SUBSET_BEFORE.search(named, 0, last.start)
        if subset and last.key in _SUBSET_KEYS:
            # 上述四个重点项目支出合计2,108.18万元 is not the department's 项目支出: some of it
            return subset.group() + last.written, subset.group() + last.key
        moved = _STOCK_CHANGE.search(named, 0, last.start)
        if moved and last.key in _FLEET_KEYS:
            # 购置执法执勤用车2辆 are not the 5 辆 the unit has at the year's end: the ones bought
            verb = _bought(moved.group("verb"))
            return verb + last.written, verb + last.key
        inspected = _INSPECTED.search(named, 0, last.start) if _INSPECTABLE.search(last.key) else None
        if inspected:
            # 全区共有定点医药机构384家 / 全年共现场检查定点医药机构312家: the ones inspected, a subset
            return "检查" + last.written, "检查" + last.key
        sampled = _SAMPLED_BEFORE.search(named, 0, last.start)
        if sampled and not _RATE_NOUN_END.search(last.key):
            # 抽查学校全年公用经费支出2,846,500元 is not all schools' 公用经费: the sample's
            return SAMPLED_PREFIX + last.written, SAMPLED_PREFIX + last.key
        wrongdoing = _WRONGDOING.search(named, 0, last.start)
        if wrongdoing:
            # 处理违法违规定点医药机构218家 are not the 1,286家定点医药机构 inspected: the offenders among them
            return wrongdoing.group() + last.written, wrongdoing.group() + last.key
        project = _PROJECT_NAME_BEFORE.search(named, 0, last.start) if last.written == "项目支出" else None
        name = _LEADING_WORDS.sub("", project.group("name")) if project else ""
        if len(name) >= 4 and not find_indicators(name) and not _NOT_A_PROJECT_NAME.search(name):
            # 其中农村饮用水安全巩固提升项目支出1,986.32万元: that project's spending, not all projects'
            return name + "项目支出", canonical_key(name + "项目")
        if named[max(0, last.start - 2):last.start] in ("其他", "其它") or _REST_BEFORE.search(named, 0, last.start):
            return "其他" + last.written, "其他" + last.key  # 其余各项支出合计110.75亿元: the rest, not the total
        scheme = _SCHEME_BEFORE.search(named, 0, last.start) if last.key.startswith(HEALTH_FUND_TERM) else None
        if scheme and not _SCHEMES_LISTED.search(named, 0, scheme.start()):
            # 居民医保基金收入54.82亿元 is not 职工医保基金收入64.50亿元: the scheme is part of the fund
            # (but 职工和居民医保基金收入合计 is both schemes', not 居民's alone)
            return scheme.group() + last.written, scheme_name(scheme.group("scheme")) + last.key
        fund = _FUND_BEFORE.search(named, 0, last.start) if last.key in _FUND_ACCOUNT_KEYS else None
        if fund:
            # 医疗保障基金本年收入合计数累计6.88亿元 is the fund's income, not the bureau's 673.60万元
            name = "医保基金" if _HEALTH_FUND.match(fund.group("fund")) else fund.group("fund")
            return fund.group("fund") + last.written, name + last.key  # 其他国有资本经营预算支出: the rest, not the whole
        tail = _TRAILING_WORDS.sub("", named[last.end:]).strip()
        paid = _MONEY_OBJECT.fullmatch(tail)
        if paid and not find_indicators(paid.group("money")):
            # 拒付定点医药机构不合理申报费用8.43万元: the money the clause names, not the institutions
            return paid.group("money"), canonical_key(paid.group("money"))
        listed = _LISTED_ITEM.fullmatch(tail)
        if listed and not find_indicators(listed.group("item")):
            # 项目支出主要包括乡村振兴示范村建设186.40万元: the item listed, not the whole it is listed in
            return listed.group("item"), canonical_key(listed.group("item"))
        if named[last.end:].strip().startswith("总计") and last.key.endswith(("收入", "支出")) and not last.key.endswith(("总计", "合计")):
            # 国有资本经营预算收入总计43,095万元: with the carry-over, not the year's income
            return last.written + "总计", last.key + "总计"
        if tail in _FLOWS and last.key.endswith(_FUNDS):
            # 医疗救助资金收入 / 医疗救助资金支出: a fund's two flows, not the fund (an expense's 支出 is the expense)
            return last.written + tail, last.key + tail
        if (_RATE_TAIL.fullmatch(tail) and not _EXECUTION_TAIL.search(tail)) or _SUB_CATEGORY.fullmatch(tail) or (_BARE_BALANCE.fullmatch(tail) and not last.written.endswith(tail)):
            # …; 项目支出结转119.38万元: the balance carried over of the term, not the term
            # 定点医药机构检查覆盖率100%: the rate of the term, not the term; 政府采购服务支出: a kind of it
            written = last.written + tail
            return written, canonical_key(written)
        scope = _SCOPE_OF_TOTAL.search(named, 0, last.start) if last.key in _SCOPED_TOTAL_KEYS and last.written.endswith("总额") else None
        owner = _NEUTRAL_SCOPE.sub("", scope.group("scope")) if scope else ""
        if len(owner) >= 2:
            # 所属事业单位支出总额4,100.00万元 / “三公”经费支出总额45.60万元 / 项目服务收入总额426.80万元:
            # the total of a part of the unit or of one kind of spending, not the unit's own
            return owner + last.written, owner + last.key
        return last.written, last.key
    phrase = _ROLE_WORDS.sub("", named)
    phrase = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", _OWN_NAME.sub("", phrase.strip()))).strip()
    phrase = _WHITESPACE.sub("", phrase)
    if _NEGATED_VERB.fullmatch(phrase) or _BARE_VERB.fullmatch(phrase) or _AGAINST_TARGET.fullmatch(phrase) or _CHANGED_TO.fullmatch(phrase):
        return "", ""  # 没有达到年度目标值95%: a verb and its negation name no indicator
    if len(phrase) > _MAX_INDICATOR:
        phrase = phrase[-_MAX_INDICATOR:]
    if not phrase or not _HAN.search(phrase):
        return "", ""
    return phrase, canonical_key(_without_glosses(phrase) or phrase)


def _fund_of_account(key: str) -> str:
    """The fund a fund-account key names (医保基金本年收入合计 → 医保基金), else ``""``."""
    for account in _FUND_ACCOUNT_KEYS:
        if key.endswith(account) and key[:-len(account)].endswith("基金"):
            return key[:-len(account)]
    return ""


def _without_glosses(phrase: str) -> str:
    """离休干部（门诊和住院）医疗费 → 离休干部医疗费: the key drops a gloss, not a bracket with figures."""
    return _BRACKETED.sub(lambda m: m.group() if FIGURE_IN_GLOSS.search(m.group()) else "", phrase)


def _right_indicator(view: str, entity: Entity) -> tuple[str, str]:
    """What a count counts when it is named after the measure word (898家定点医药机构)."""
    after = view[entity.end:entity.end + 16]
    counted = next((word for word in COUNTED_AS if after.startswith(word)), None)
    if counted:
        return counted, COUNTED_AS[counted]  # 两个项目开展绩效监控, 两个项目支出绩效评价: how many projects
    found = find_indicators(after)
    if found and found[0].start == 0:
        return found[0].written, found[0].key
    noun = _RIGHT_NOUN.match(after)
    if noun and not _CHANGE_WORD.match(noun.group()):
        written = _VERB_AFTER_NOUN.split(noun.group(), maxsplit=1)[0]
        if len(written) >= 2:
            return written, canonical_key(written)
    return "", ""  # 比上年的131.32万人增加1.84万人: a verb after the count, not what it counts


def _lead_term(view: str, sentence: tuple[int, int]) -> str:
    """The lead term of the paragraph holding a sentence, before its first colon
    (``预算经费：该指标…。该指标权重分值为 12 分`` → 预算经费 for both sentences)."""
    paragraph = _paragraph_start(view, sentence[0])
    head = view[paragraph:min(len(view), paragraph + 64)]
    found = _LEAD_TERM.match(head)
    if not found:
        return ""
    lead = found.group(1).strip()
    if _ORDINAL_LABEL.fullmatch(lead):
        # （二）指标二：城镇新增就业人数：该指标… — the ordinal label is followed by the name
        named = _NAME_AFTER_LABEL.match(head, found.end())
        return named.group(1).strip() if named else ""
    if len(lead) > _LEAD_MAX:
        # 2019年离休…门诊补助项目绩效目标完成情况综述： names its project once the frame words go
        trimmed = _LEAD_SUFFIX.sub("", _LEAD_YEAR.sub("", lead))
        return trimmed if trimmed != lead and 2 <= len(trimmed) <= 40 else ""
    return lead


_CONTINUED = "，,"
_MAX_CONTINUED_LINES = 3
_MAX_BLANK_RUN = 200


def _paragraph_start(view: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` starts; a line break right after a comma does not
    end one (``…年中监控实际完成值为 96.25%，\n\n本次评价…`` is one paragraph), unless the line
    opens with its own lead term (``群众满意度：…``)."""
    start = view.rfind("\n", 0, offset + 1) + 1
    for _ in range(_MAX_CONTINUED_LINES):
        if _LEAD_TERM.match(view[start:start + 64]):
            break
        end = start
        floor = max(0, start - _MAX_BLANK_RUN)
        while end > floor and view[end - 1].isspace():
            end -= 1
        if end == 0 or view[end - 1] not in _CONTINUED:
            break
        start = view.rfind("\n", 0, end) + 1
    return start


_COMPARED_TO_LAST_YEAR = compile_pattern(r"(?:较|比|与|同)(?:上年|上年度|去年|上一年度?)(?:同期)?(?:的|决算数?的?|支出的?)?\s*(?:[（(]\s*(?:为|是)?\s*)?$")
# 累计结余54,829.52万元，比年初的52,889.21万元增加…: the level the year opened with
_COMPARED_DATE = compile_pattern(r"(?:的\S{0,8})?相比|比较")  # 与2023年末相比: a comparison base, no date of the sentence
_COMPARING_BEFORE = compile_pattern(r"[与较比同]\s*$")
_YEAR_END_DATE = compile_pattern(r"\d{4}\s*年(?:度)?(?:末|底)")
_STOCK_NAME = compile_pattern(r"结余|结存|余额|累计|资产|负债|存款|贷款|基金")
_COMPARED_TO_OPENING = compile_pattern(r"(?:较|比|与)(?:年初|期初)(?:的)?\s*$")
OPENING_BALANCE = compile_pattern(r"(?:年初|期初|上年末|上年结转)[^，,。；;：:\d]{0,10}?(?:结转|结余)[^，,。；;：:\d]{0,6}$")
_PREVIOUS_YEAR = compile_pattern(r"上年同期|上年度|上一年度|上年|去年")
_AFTER_GLOSS = compile_pattern(r"\)\s*(?:为|是|达到?|共计?)?\s*$")
_LAST_YEAR_BEFORE_GLOSS = compile_pattern(r"(?:^|[，,；;。])\s*(?:上年|上年度|去年|上一年度)(?:同期)?\s*$")


# 由2023年的91.20%提高到: the figure after 到 is where it moved to
_FROM_TO = compile_pattern(r"由(?P<source>[^，,。；;]*?)" + MOVED_TO + r"[^，,。；;]*$")


# 机关运行经费中的公务接待费168.24万元、公务用车运行维护费512.65万元: items of another whole
_WITHIN = compile_pattern(r"(?P<whole>[\p{Han}“”\"]{2,14}?)中的")
_CLAUSE_BREAK = compile_pattern(r"[，,；;。：:]")


def _within_whole(view: str, sentence_start: int, figure: int, key: str) -> str:
    """``key`` qualified by the whole its clause says the figure is inside (``A中的B…``), when A is
    a lexicon quantity of its own: the 公务接待费 of the 机关运行经费 is not the 三公 one."""
    if not key:
        return key
    found = None
    for found in _WITHIN.finditer(view, sentence_start, figure):
        pass
    if found is None or _CLAUSE_BREAK.search(view, found.end(), figure):
        return key
    terms = find_indicators(found.group("whole"))
    whole = terms[-1].key if terms and terms[-1].end == len(found.group("whole")) else ""
    if not whole or whole == key or key.startswith(whole + "·"):
        return key
    return f"{whole}·{key}"


def _period(view, sentence_start, clause_from, entity, dates, fiscal_year, role, first_figure) -> str:
    """The period a figure is about: a 截至 date, a year in its clause or sentence, or the fiscal
    year — and the year before that for the level a figure moved from (由5辆减少为4辆)."""
    period = _stated_period(view, sentence_start, clause_from, entity, dates, fiscal_year, role, first_figure)
    if (
        fiscal_year and period == str(fiscal_year - 1) and role in ("value", "actual", "rate", "achieved")
        and _REACHED_FROM_LAST_YEAR.search(view, clause_from, entity.start)
    ):
        return str(fiscal_year)  # 冰雹受灾面积由上年3,420亩降至1,150亩: 上年 dates the level it fell from, not this one
    if (
        role in ("value", "actual") and len(period) == 4 and period.isdigit()
        and _MOVED_FROM.search(view, max(clause_from, entity.start - 2), entity.start) and _MOVED_TO.match(view, entity.end)
    ):
        return str(int(period) - 1)  # 2022年…保有量由5辆减少为4辆: 5辆 is where 2022 began, 2021's level
    return period


_MOVED_FROM = compile_pattern(r"由\s*$")
_REACHED_FROM_LAST_YEAR = compile_pattern(
    r"由(?:上年|去年|上年度)(?:的)?\p{Han}{0,6}?\s*[\d,.，%％]*\s*\p{Han}{0,4}?(?:" + MOVED_TO + r"|降至|升至|增至|减至|达到)\s*$"
)  # 由上年3,420亩降至 / 由上年的每人每年39,600元提高到
_MOVED_TO = compile_pattern(r"\s*" + MOVED_TO)  # 减少为 / 提高到 — not 调减为: a budget cut within the year


_MONTH_END = compile_pattern(r"月份?(?:末|底)$")


def _after_last_item_mark(view: str, start: int, end: int) -> int:
    """The end of the last ``_ITEM_MARK`` match (``[；;]\\s*``) in ``view[start:end]``, else ``start``:
    every ；/; begins a match (\\s never takes one), so the last match is at the last of them."""
    mark = max(view.rfind("；", start, end), view.rfind(";", start, end))
    if mark == -1:
        return start
    position = mark + 1
    while position < end and view[position].isspace():  # re's \\s is str.isspace
        position += 1
    return position


def _stated_period(view, sentence_start, clause_from, entity, dates, fiscal_year, role, first_figure) -> str:
    default = str(fiscal_year) if fiscal_year else ""
    if role not in ("change", "growth") and fiscal_year and _COMPARED_TO_LAST_YEAR.search(view, clause_from, entity.start):
        # 2023年实际支出较上年的18,715.40万元增加…: the figure right after 较上年的 is last year's
        as_of = next((d for d in reversed(dates) if sentence_start <= d.start < entity.start and d.as_of and d.granularity == "day" and d.year), None)
        if as_of is not None:
            return f"{as_of.year - 1}{as_of.value[4:]}"  # 截至2023年12月31日…，比上年的131.32万人: last year-end
        year = next((d.year for d in reversed(dates) if clause_from <= d.start < entity.start and not d.relative and d.year), fiscal_year)
        return str(year - 1)
    if role not in ("change", "growth") and fiscal_year:
        glossed = _AFTER_GLOSS.search(view, sentence_start, entity.start)
        opening = view.rfind("(", sentence_start, glossed.start() if glossed else entity.start)
        inside = glossed is None and opening != -1 and view.find(")", opening, entity.start) == -1
        if (glossed or inside) and opening != -1 and _LAST_YEAR_BEFORE_GLOSS.search(view, max(sentence_start, opening - 8), opening):
            # 上年（医疗总费用440,274.19万元、…）为64.51%: last year's, inside its gloss and past it
            return str(fiscal_year - 1)
    if role not in ("change", "growth") and fiscal_year and (
        OPENING_BALANCE.search(view, clause_from, entity.start)
        or role != "budget" and _COMPARED_TO_OPENING.search(view, clause_from, entity.start)  # not 比年初(预算)的1,100万元
    ):
        return f"{fiscal_year - 1}-12-31"  # 年初财政拨款结转和结余398.35万元: the balance the year opened with
    before = [d for d in dates if sentence_start <= d.start and d.end <= entity.start]
    moved = _FROM_TO.search(view, clause_from, entity.start) if role not in ("change", "growth") else None
    if moved:
        # 普及率由2023年的91.20%提高到93.40%: the year dates the figure it moved from, not this one
        before = [d for d in before if not moved.start("source") <= d.start < moved.end("source")]
    in_clause = [d for d in before if d.start >= clause_from]
    if role in ("change", "growth"):
        against = None
        for against in _YEAR_AGAINST_YEAR.finditer(view, clause_from, entity.start):
            pass
        if against is not None:
            return against.group("year")  # 2023年执行率比2022年提高2.45个百分点: the change of 2023's figure
    # an explicit year outranks a relative word beside it (2019年本年支出合计 is 2019)
    in_clause.sort(key=lambda d: (not d.relative, d.start))
    for date in reversed(in_clause):
        if date.as_of:
            return date.value  # 截至 dates are measured at a day
        if date.relative and entity.label == "COUNT":
            continue  # 年末实有30人: decided below with the whole sentence
        if role in ("change", "growth"):
            break
        if date.relative and date.granularity == "year" and fiscal_year and _PREVIOUS_YEAR.fullmatch(date.text):
            return str(fiscal_year - 1)  # 二、2025年预算草案 … 比上年执行数472,860万元: the year before the section's
        if date.granularity == "day" and _MONTH_END.search(date.text) and not date.value.endswith("-12-31") and role in ("value", "actual") and "全年" not in view[date.end:entity.start]:
            return date.value  # 期初滚存结余为9月末余额11,937.14万元: a level at that month's end, not the year's
        if date.year is not None and date.granularity in ("year", "month", "day") and not date.as_of:
            return str(date.year)
    sentence_as_of = [d for d in before if d.as_of]
    if (
        sentence_as_of and role in ("value", "actual") and sentence_as_of[-1].granularity == "day"
        and _PREVIOUS_YEAR.search(view[clause_from:entity.start]) and sentence_as_of[-1].year
    ):
        return f"{sentence_as_of[-1].year - 1}{sentence_as_of[-1].value[4:]}"  # 截至2023年12月31日…，比上年的131.32万人
    if (
        sentence_as_of and role == "actual" and entity.label == "MONEY" and sentence_as_of[-1].year
        and sentence_as_of[-1].value.endswith("-12-31") and _WHOLE_YEAR.search(view, clause_from, entity.start)
    ):
        return str(sentence_as_of[-1].year)  # 截至2024年12月31日，项目全年执行6,957.54万元: the year's spending
    if sentence_as_of and role in ("value", "actual") and sentence_as_of[-1].granularity == "day":
        return sentence_as_of[-1].value  # 截至2019年12月31日，…共有车辆0辆: the sentence is measured at that day
    if entity.label == "COUNT" and role == "value":
        year_end = [d for d in before if d.relative and d.granularity == "day" and d.value.endswith("-12-31")]
        if year_end:
            return year_end[-1].value  # 年末实有在职人员30人，其中行政编制6名: a head count at year end
    if role not in ("change", "growth") and _PREVIOUS_YEAR.search(view[clause_from:entity.start]) and fiscal_year:
        return str(fiscal_year - 1)
    # a year opening the sentence dates it; one after its first figure (…尾款，按合同约定在2024年验收后支付；
    # 基本支出结余1.44万元) belongs to its own clause
    if role not in ("change", "growth"):
        # 2022年…预算执行率91.93%；2023年调整后预算…、支出5,534.86万元: each ；-item opening with a year is that year's
        item_from = _after_last_item_mark(view, sentence_start, entity.start)
        item_years = [d for d in before if d.granularity == "year" and not d.relative and item_from <= d.start <= item_from + 2]
        if item_from > sentence_start and item_years:
            return str(item_years[-1].year)
    # 2023年末，个人住房贷款率为85.88%: a year's end opening the sentence dates it to that year
    sentence_years = [
        d for d in before
        if (
            # (not 与2023年相比，资助人次由2,475人次增至2,628人次: the year compared with, not this one)
            d.granularity == "year" and not (_COMPARED_DATE.match(view, d.end) and _COMPARING_BEFORE.search(view, sentence_start, d.start))
            or d.granularity == "day" and _YEAR_END_DATE.fullmatch(d.text) and d.start - sentence_start <= 3
            and not _COMPARED_DATE.match(view, d.end) and not _COMPARING_BEFORE.search(view, sentence_start, d.start)
        )
        and not d.relative and d.start < first_figure
    ]
    if sentence_years and role not in ("change", "growth"):
        return str(sentence_years[-1].year)
    return default
