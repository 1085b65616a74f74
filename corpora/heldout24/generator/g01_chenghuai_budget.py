"""t01 江苏省澄淮市 关于2024年预算执行情况和2025年预算草案的报告 (.txt, 亿元, four books, 其中 in prose)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jk24 import *

NAME = "t01_chenghuai_budget_execution_and_draft_2024.txt"


def build():
    B = Book(NAME)
    M = []
    P = lambda s: M.append(("p", s))
    H = lambda s: M.append(("h", s))

    # ---------------- 一般公共预算 收入
    tax_items = [("增值税", "132.58"), ("企业所得税", "52.16"), ("个人所得税", "18.34"), ("城市维护建设税", "21.07"),
                 ("房产税", "12.45"), ("城镇土地使用税", "9.86"), ("土地增值税", "27.39"), ("契税", "14.62")]
    tax_other = "30.00"
    tax = f(sum(D(v) for _, v in tax_items) + D(tax_other))
    nt_items = [("专项收入", "24.35"), ("行政事业性收费收入", "11.62"), ("罚没收入", "8.47"),
                ("国有资源（资产）有偿使用收入", "46.18"), ("其他非税收入", "3.27")]
    nontax = f(sum(D(v) for _, v in nt_items))
    rev = f(D(tax) + D(nontax))
    rev_bud, rev_last = "405.00", "391.85"
    rev_done = pct(rev, rev_bud)
    rev_g, rev_w = grow(rev, rev_last)
    tax_sh = pct(tax, rev)
    tax_last = "305.12"
    tax_g, tax_w = grow(tax, tax_last)
    vat_last = "126.93"
    vat_g, vat_w = grow("132.58", vat_last)
    lvt_last = "33.84"
    lvt_g, lvt_w = grow("27.39", lvt_last)
    nt_last = f(D(rev_last) - D(tax_last))
    nt_g, nt_w = grow(nontax, nt_last)

    sub_up, debt_in, stab_use, carry_in = "186.42", "58.60", "12.00", "9.84"
    tr_fund, tr_soe, tr_oth = "38.20", "6.15", "3.00"
    tr_in = f(D(tr_fund) + D(tr_soe) + D(tr_oth))
    rev_all = f(D(rev) + D(sub_up) + D(debt_in) + D(tr_in) + D(stab_use) + D(carry_in))

    # 支出
    exp_items = [("一般公共服务支出", "52.36", "54.81"), ("公共安全支出", "31.82", "30.46"),
                 ("教育支出", "118.64", "111.27"), ("科学技术支出", "24.53", "21.08"),
                 ("社会保障和就业支出", "96.25", "90.74"), ("卫生健康支出", "58.37", "56.12"),
                 ("节能环保支出", "15.84", "17.26"), ("城乡社区支出", "72.48", "69.35"),
                 ("农林水支出", "46.19", "44.02"), ("交通运输支出", "21.70", "23.18")]
    exp_other = "110.75"
    exp = f(sum(D(v) for _, v, _ in exp_items) + D(exp_other))
    exp_adj, exp_last = "662.40", "621.57"
    exp_done = pct(exp, exp_adj)
    exp_g, exp_w = grow(exp, exp_last)
    live = "532.18"
    live_sh = pct(live, exp)
    pay_up, debt_pay, stab_set = "21.46", "32.80", "9.50"
    carry_out = f(D(rev_all) - D(exp) - D(pay_up) - D(debt_pay) - D(stab_set))
    assert D(carry_out) > 0

    # 政府性基金
    gf = "186.74"; gf_bud = "205.00"; gf_last = "214.36"
    gf_land = "162.38"
    gf_done = pct(gf, gf_bud); gf_g, gf_w = grow(gf, gf_last); gf_land_sh = pct(gf_land, gf)
    gf_land_last = "190.57"; gfl_g, gfl_w = grow(gf_land, gf_land_last)
    gf_sub, gf_bond, gf_carry = "3.26", "96.40", "11.52"
    gf_all = f(D(gf) + D(gf_sub) + D(gf_bond) + D(gf_carry))
    gf_exp = "241.65"; gf_exp_adj = "256.30"; gf_exp_done = pct(gf_exp, gf_exp_adj)
    gf_bondexp = "92.85"
    gf_repay = "9.60"
    gf_out = f(D(gf_all) - D(gf_exp) - D(tr_fund) - D(gf_repay))
    assert D(gf_out) > 0

    # 国有资本经营
    soe = "14.62"; soe_bud = "14.00"; soe_done = pct(soe, soe_bud)
    soe_profit, soe_div, soe_oth = "11.84", "2.31", "0.47"
    soe_carry = "0.38"
    soe_all = f(D(soe) + D(soe_carry))
    soe_exp = "8.12"
    soe_out = f(D(soe_all) - D(soe_exp) - D(tr_soe))
    soe_tr_sh = pct(tr_soe, soe)

    # 社保基金
    ss = "265.48"; ss_fee, ss_sub, ss_int, ss_oth = "178.62", "72.35", "6.84", "7.67"
    ss_exp = "248.91"
    ss_surplus = f(D(ss) - D(ss_exp))
    ss_bal0 = "302.74"; ss_bal = f(D(ss_bal0) + D(ss_surplus))

    # 债务
    lim = "1,086.50"; debt_g, debt_s = "412.58", "611.79"
    debt = f(D(debt_g) + D(debt_s))
    new_g, refi_g = "26.80", "31.80"
    new_s, refi_s = "78.60", "17.80"

    # 2025 草案
    rev25 = f(D(rev) * D("1.05"))
    exp25 = "631.20"
    gf25 = "180.00"; gf25_g, gf25_w = grow(gf25, gf, 1)
    soe25 = "15.20"; soe25_g, soe25_w = grow(soe25, soe, 1)
    ss25 = "279.30"; ss25_g, ss25_w = grow(ss25, ss, 1)
    ssx25 = "263.80"; ssx25_g, ssx25_w = grow(ssx25, ss_exp, 1)
    rev25_g, _ = grow(rev25, rev, 1)

    # ================== text
    M.append(("title", "关于澄淮市2024年预算执行情况和2025年预算草案的报告"))
    M.append(("meta", "——2025年1月14日在澄淮市第十七届人民代表大会第四次会议上"))
    M.append(("meta", "澄淮市财政局局长  顾明澜"))
    P("各位代表：")
    P("受市人民政府委托，现将澄淮市2024年全市和市级预算执行情况及2025年全市和市级预算草案提请市十七届人大四次会议审议，"
      "并请市政协委员和其他列席人员提出意见。")
    H("一、2024年预算执行情况")
    P("2024年是实现“十四五”规划目标任务的关键一年。面对外部环境变化带来的不利影响和房地产市场深度调整的压力，"
      "全市财政部门在市委坚强领导下，认真执行市十七届人大三次会议批准的预算，坚持过紧日子，全力稳收入、保重点、防风险，"
      "全市预算执行情况总体良好。需要说明的是，以下数据均为快报数，在决算编成后还会有一些变化，届时再向市人大常委会报告。")
    H("（一）一般公共预算执行情况")
    P(f"全市一般公共预算收入{rev}亿元，完成年初预算{rev_bud}亿元的{rev_done}%，比上年{rev_last}亿元{rev_w}{rev_g}%。"
      f"其中，税收收入{tax}亿元，比上年{tax_last}亿元{tax_w}{tax_g}%，税收占一般公共预算收入的比重为{tax_sh}%；"
      f"非税收入{nontax}亿元，比上年{nt_last}亿元{nt_w}{nt_g}%。")
    P("分税种看，" + "，".join(f"{n}{v}亿元" for n, v in tax_items[:4]) + "，" +
      "，".join(f"{n}{v}亿元" for n, v in tax_items[4:]) + f"，其他各税种合计{tax_other}亿元。"
      f"主体税种中，增值税比上年{vat_last}亿元{vat_w}{vat_g}%，主要是先进制造业和现代服务业企业经营回暖；"
      f"受房地产市场持续调整影响，土地增值税比上年{lvt_last}亿元{lvt_w}{lvt_g}%，是拖累税收增长的主要因素。")
    P("非税收入中，" + "，".join(f"{n}{v}亿元" for n, v in nt_items[:-1]) + f"，{nt_items[-1][0]}{nt_items[-1][1]}亿元。"
      "国有资源（资产）有偿使用收入较多，主要是盘活闲置厂房、停车泊位经营权等存量资产一次性入库。")
    P(f"加上上级补助收入{sub_up}亿元、债务转贷收入{debt_in}亿元、调入资金{tr_in}亿元、动用预算稳定调节基金{stab_use}亿元"
      f"和上年结转{carry_in}亿元，全市一般公共预算收入总计{rev_all}亿元。调入资金中，从政府性基金预算调入{tr_fund}亿元，"
      f"从国有资本经营预算调入{tr_soe}亿元，从其他渠道调入{tr_oth}亿元。")
    P(f"全市一般公共预算支出{exp}亿元，完成调整预算{exp_adj}亿元的{exp_done}%，比上年{exp_last}亿元{exp_w}{exp_g}%。"
      f"全市用于教育、社会保障、卫生健康、住房保障等方面的民生支出{live}亿元，占一般公共预算支出的{live_sh}%，"
      "保持在八成以上。")
    s = []
    for n, v, last in exp_items:
        g, w = grow(v, last)
        s.append(f"{n}{v}亿元，比上年{last}亿元{w}{g}%")
        B.growth(f"{n}", g, w, v, last)
    P("主要支出科目执行情况是：" + "；".join(s[:5]) + "。")
    P("；".join(s[5:]) + f"；其余各项支出合计{exp_other}亿元。节能环保支出和交通运输支出有所减少，主要是部分一次性污染治理项目"
      "和国省干线改造项目上年已集中完工，本年支出需求相应回落；一般公共服务支出下降，体现了压减一般性支出的要求。")
    P(f"全市一般公共预算支出{exp}亿元，加上上解上级支出{pay_up}亿元、地方政府一般债务还本支出{debt_pay}亿元、"
      f"安排预算稳定调节基金{stab_set}亿元，支出总计{f(D(exp)+D(pay_up)+D(debt_pay)+D(stab_set))}亿元。"
      f"收支相抵，结转下年{carry_out}亿元，全部为按规定结转的上级专项转移支付资金。")
    P("市级一般公共预算执行情况在附件中单列，这里不再详述。总的看，市级收入完成预算，支出进度快于上年，"
      "“三保”支出得到足额保障，没有发生工资拖欠和基层运转困难问题。")

    H("（二）政府性基金预算执行情况")
    P(f"全市政府性基金预算收入{gf}亿元，完成年初预算{gf_bud}亿元的{gf_done}%，比上年{gf_last}亿元{gf_w}{gf_g}%。"
      f"其中，国有土地使用权出让收入{gf_land}亿元，占政府性基金预算收入的{gf_land_sh}%，比上年{gf_land_last}亿元{gfl_w}{gfl_g}%。"
      "土地出让收入未完成预算，主要是部分经营性地块推迟出让，市场主体拿地意愿偏弱。")
    P(f"加上上级补助收入{gf_sub}亿元、专项债务转贷收入{gf_bond}亿元和上年结转{gf_carry}亿元，全市政府性基金预算收入总计"
      f"{gf_all}亿元。全市政府性基金预算支出{gf_exp}亿元，完成调整预算{gf_exp_adj}亿元的{gf_exp_done}%，"
      f"其中专项债券安排的支出{gf_bondexp}亿元。调出资金{tr_fund}亿元，专项债务还本支出{gf_repay}亿元，"
      f"收支相抵，结转下年{gf_out}亿元。")
    H("（三）国有资本经营预算执行情况")
    P(f"全市国有资本经营预算收入{soe}亿元，完成预算{soe_bud}亿元的{soe_done}%。其中，利润收入{soe_profit}亿元，股利、股息收入{soe_div}亿元，"
      f"其他国有资本经营预算收入{soe_oth}亿元。加上上年结转{soe_carry}亿元，收入总计{soe_all}亿元。"
      f"全市国有资本经营预算支出{soe_exp}亿元，主要用于市属企业解决历史遗留问题及改革成本、国有企业资本金注入；"
      f"调出资金{tr_soe}亿元，调出比例为当年收入的{soe_tr_sh}%；收支相抵，结转下年{soe_out}亿元。")
    H("（四）社会保险基金预算执行情况")
    P(f"全市社会保险基金预算收入{ss}亿元，其中，保险费收入{ss_fee}亿元，财政补贴收入{ss_sub}亿元，利息收入{ss_int}亿元，"
      f"其他收入{ss_oth}亿元。全市社会保险基金预算支出{ss_exp}亿元。收支相抵，当年结余{ss_surplus}亿元，"
      f"年末滚存结余由上年末的{ss_bal0}亿元增加到{ss_bal}亿元。企业职工基本养老保险自2022年起实行全国统筹，"
      "市级不再单独编列该项基金的结余。")
    H("（五）政府债务情况")
    P(f"经省政府核定，2024年末全市政府债务限额{lim}亿元。年末全市政府债务余额{debt}亿元，其中一般债务{debt_g}亿元，"
      f"专项债务{debt_s}亿元，控制在限额以内。全年发行新增一般债券{new_g}亿元、再融资一般债券{refi_g}亿元，"
      f"发行新增专项债券{new_s}亿元、再融资专项债券{refi_s}亿元，均按规定用于省政府批准的项目和到期债券本金偿还，"
      "全年没有发生债券逾期兑付情况。")
    H("（六）落实市人大预算决议情况")
    P("一是持续巩固财源。建立重点税源企业“一企一策”跟踪服务机制，对年纳税千万元以上企业实行季度走访，"
      "清理规范财政奖补政策，将有限资金集中投向先进制造业集群和科技创新平台。二是兜牢民生底线。"
      "严格落实“三保”支出优先顺序，提高城乡居民基础养老金最低标准，扩大普惠性托育服务供给，"
      "推动义务教育优质均衡发展，统筹做好就业、医疗、养老等重点民生支出保障。三是深化预算管理改革。"
      "推进零基预算改革，打破支出固化格局，全面实施预算绩效管理，对市级部门整体支出和重点项目开展绩效评价，"
      "评价结果与下年预算安排挂钩。四是防范化解风险。严格政府债务限额管理，落实一揽子化债方案，"
      "严禁新增隐性债务，推动融资平台公司市场化转型。五是主动接受监督。及时向市人大常委会报告预算调整、"
      "决算和审计查出问题整改情况，部门预决算全部按规定公开。")
    P("在肯定成绩的同时，我们也清醒地看到，预算执行中还存在一些困难和问题：收入增长的基础还不稳固，"
      "房地产相关税收和土地出让收入下行压力较大；刚性支出持续增长，收支平衡难度加大；"
      "部分专项资金使用效益不高，项目储备质量有待提升；个别县区“三保”和债务还本付息压力较大。"
      "对这些问题，我们将高度重视，采取有力措施认真加以解决。")

    H("二、2025年预算草案")
    H("（一）预算编制的指导思想")
    P("2025年预算编制的总体要求是：坚持稳中求进工作总基调，落实更加积极的财政政策，"
      "加强财政资源和预算统筹，大力优化支出结构，强化重大战略任务财力保障；坚持党政机关习惯过紧日子，"
      "严控一般性支出；坚持尽力而为、量力而行，兜牢“三保”底线；深化零基预算改革，持续防范化解地方政府债务风险。")
    H("（二）全市预算安排")
    P(f"一般公共预算收入安排{rev25}亿元，比2024年执行数增长{rev25_g}%，与全市经济发展预期目标相衔接。"
      f"一般公共预算支出安排{exp25}亿元，在收入预期的基础上，统筹上级补助、新增债券、调入资金和预算稳定调节基金后编列，"
      "收支平衡。")
    P(f"政府性基金预算收入预计{gf25}亿元，比2024年执行数{gf25_w}{gf25_g}%，主要考虑房地产市场仍处于调整期，"
      f"土地出让收入按审慎原则预计。国有资本经营预算收入预计{soe25}亿元，{soe25_w}{soe25_g}%。"
      f"社会保险基金预算收入预计{ss25}亿元，{ss25_w}{ss25_g}%；支出预计{ssx25}亿元，{ssx25_w}{ssx25_g}%。")
    H("（三）市级预算安排的主要方向")
    P("一是支持科技创新和现代化产业体系建设，集中财力支持重点实验室、中试基地和新型研发机构建设，"
      "落实企业研发费用奖补政策。二是支持扩大有效需求，统筹超长期特别国债和专项债券资金，推动设备更新和消费品以旧换新。"
      "三是支持乡村全面振兴，保持衔接资金投入力度，推进高标准农田建设和农村人居环境整治。"
      "四是保障和改善民生，落实就业优先政策，提高基本公共服务均等化水平，稳步提高城乡居民医保财政补助标准。"
      "五是支持生态环境保护，持续推进大气、水、土壤污染防治，推动重点河湖综合治理。")
    H("三、扎实做好2025年财政改革发展工作")
    P("（一）着力培植财源，增强财政发展后劲。健全财源建设工作机制，加强税收征管和非税收入管理，"
      "依法依规组织收入，坚决防止虚收空转。盘活闲置低效资产，拓宽收入来源。")
    P("（二）着力优化支出，提高资金使用效益。坚持零基预算理念，对各类支出逐项审核，"
      "该保的坚决保、该压的坚决压；完善预算绩效管理，扩大事前绩效评估范围，推动绩效评价结果应用。")
    P("（三）着力深化改革，提升财政治理效能。推进市与县区财政事权和支出责任划分改革，完善转移支付制度，"
      "加快预算管理一体化系统深度应用，强化预算执行动态监控。")
    P("（四）着力防范风险，守住不发生系统性风险底线。严格落实化债方案，规范举债融资行为，"
      "加强库款运行监测，确保“三保”支出和债务还本付息按时足额支付。")
    P("各位代表，做好2025年财政工作任务艰巨、责任重大。我们将在市委坚强领导下，自觉接受市人大的指导和监督，"
      "虚心听取市政协的意见建议，真抓实干，攻坚克难，努力完成全年预算任务，为谱写中国式现代化澄淮新篇章作出新的更大贡献！")
    M.append(("right", "澄淮市财政局"))
    M.append(("right", "2025年1月14日"))

    # ================== ledger
    B.total("税收收入=分税种+其他", tax, [v for _, v in tax_items] + [tax_other])
    B.total("非税收入=各项", nontax, [v for _, v in nt_items])
    B.total("一般公共预算收入=税收+非税", rev, [tax, nontax])
    B.ratio("一般公共预算收入完成预算", rev_done, rev, rev_bud)
    B.growth("一般公共预算收入", rev_g, rev_w, rev, rev_last)
    B.ratio("税收占比", tax_sh, tax, rev)
    B.growth("税收收入", tax_g, tax_w, tax, tax_last)
    B.growth("非税收入", nt_g, nt_w, nontax, nt_last)
    B.growth("增值税", vat_g, vat_w, "132.58", vat_last)
    B.growth("土地增值税", lvt_g, lvt_w, "27.39", lvt_last)
    B.total("调入资金", tr_in, [tr_fund, tr_soe, tr_oth])
    B.total("一般公共预算收入总计", rev_all, [rev, sub_up, debt_in, tr_in, stab_use, carry_in])
    B.total("一般公共预算支出=各科目+其余", exp, [v for _, v, _ in exp_items] + [exp_other])
    B.ratio("支出完成调整预算", exp_done, exp, exp_adj)
    B.growth("一般公共预算支出", exp_g, exp_w, exp, exp_last)
    B.ratio("民生支出占比", live_sh, live, exp)
    B.combo("结转下年=收入总计-支出-上解-还本-稳调", carry_out,
            [(1, rev_all), (-1, exp), (-1, pay_up), (-1, debt_pay), (-1, stab_set)])
    B.ratio("基金收入完成预算", gf_done, gf, gf_bud)
    B.growth("基金收入", gf_g, gf_w, gf, gf_last)
    B.ratio("土地出让占比", gf_land_sh, gf_land, gf)
    B.growth("土地出让收入", gfl_g, gfl_w, gf_land, gf_land_last)
    B.total("基金收入总计", gf_all, [gf, gf_sub, gf_bond, gf_carry])
    B.ratio("基金支出完成调整预算", gf_exp_done, gf_exp, gf_exp_adj)
    B.combo("基金结转下年", gf_out, [(1, gf_all), (-1, gf_exp), (-1, tr_fund), (-1, gf_repay)])
    B.le("专项债券支出<=基金支出", gf_bondexp, gf_exp)
    B.le("土地出让<=基金收入", gf_land, gf)
    B.ratio("国资收入完成预算", soe_done, soe, soe_bud)
    B.total("国资收入=利润+股利+其他", soe, [soe_profit, soe_div, soe_oth])
    B.total("国资收入总计", soe_all, [soe, soe_carry])
    B.combo("国资结转下年", soe_out, [(1, soe_all), (-1, soe_exp), (-1, tr_soe)])
    B.ratio("国资调出比例", soe_tr_sh, tr_soe, soe)
    B.total("社保收入", ss, [ss_fee, ss_sub, ss_int, ss_oth])
    B.combo("社保当年结余", ss_surplus, [(1, ss), (-1, ss_exp)])
    B.total("社保滚存结余", ss_bal, [ss_bal0, ss_surplus])
    B.total("债务余额", debt, [debt_g, debt_s])
    B.le("债务余额<=限额", debt, lim)
    B.total("一般债券转贷=新增+再融资", debt_in, [new_g, refi_g])
    B.total("专项债券转贷=新增+再融资", gf_bond, [new_s, refi_s])
    B.growth("2025一般公共预算收入", rev25_g, "增长", rev25, rev)
    B.growth("2025基金收入", gf25_g, gf25_w, gf25, gf)
    B.growth("2025国资收入", soe25_g, soe25_w, soe25, soe)
    B.growth("2025社保收入", ss25_g, ss25_w, ss25, ss)
    B.growth("2025社保支出", ssx25_g, ssx25_w, ssx25, ss_exp)
    B.dated("报告日期晚于年度终了", "2025年1月14日", 2024)
    B.anchor("2024年预算执行情况")
    for k, v in dict(rev=rev, tax=tax, nontax=nontax, exp=exp, gf=gf, soe=soe, ss=ss, debt=debt, carry_out=carry_out).items():
        B.fact(k, v)
    return M, B


def render(M, path):
    out = []
    for b in M:
        if b[0] == "title":
            out.append("　" * 4 + b[1] + "\n")
        elif b[0] == "meta":
            out.append("　" * 6 + b[1])
        elif b[0] == "h":
            out.append("\n" + b[1])
        elif b[0] == "p":
            out.append("　　" + b[1])
        elif b[0] == "right":
            out.append(" " * 40 + b[1])
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


read = read_txt


def main(outdir=ROOT):
    M, B = build()
    p = os.path.join(outdir, NAME)
    render(M, p)
    B.dump(read(p), p)
    print(NAME, "han", han(read(p)), "checks", len(B.prove(read(p))))


if __name__ == "__main__":
    main()
