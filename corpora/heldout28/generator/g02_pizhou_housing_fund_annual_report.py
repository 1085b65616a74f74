# -*- coding: utf-8 -*-
"""t02 -- 安徽省淠州市住房公积金2024年年度报告 (UTF-8 txt, space-aligned table)."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, render_txt, run  # noqa: E402

NAME = 't02_pizhou_housing_provident_fund_annual_report_2024.txt'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2, mult=1):
    return F(D(num) * D(mult) / D(den) * 100, p)


def gr(cur, prev, p=2):
    return F((D(cur) - D(prev)) / D(prev) * 100, p)


def build():
    L = Ledger(NAME)
    m = []
    # ---------------------------------------------------------- base inputs
    staff_in, staff_out = 98, 48
    new_units, units, units_prev = 862, 7426, 6889
    new_emp, emp, emp_prev = '3.18', '32.65', '31.61'          # 万人
    dep, dep_prev = '58.37', '54.85'                          # 亿元
    dep_cum_prev = '554.11'
    bal, bal_prev = '238.64', '224.15'
    wd_emp = '14.26'
    wd_prev = '41.07'
    loan_n, loan_n_prev = '0.86', '0.93'                      # 万笔
    loan, loan_prev = '36.52', '35.18'
    repay = '24.61'
    cum_n_prev, cum_loan_prev = '9.88', '361.74'
    lbal_prev = '193.46'
    deposits = {'活期': '2.46', '1年（含）以下定期': '10.80', '1年以上定期': '15.36', '其他（协定、通知存款等）': '6.50'}
    inc_parts = {'存款利息': '6,385.29', '委托贷款利息': '61,942.36', '其他': '124.72'}
    inc_prev = '65,013.80'
    exp_parts = {'支付职工住房公积金利息': '34,802.15', '委托贷款手续费': '1,502.37', '其他': '214.12'}
    exp_prev = '34,276.05'
    vprev = '30,737.75'
    avg_bal = '231.58'
    mgmt_draw = '4,286.50'
    mgmt = {'人员经费': '2,346.85', '公用经费': '512.30', '专项经费': '1,153.53'}
    overdue = '412.36'
    risk_prev = '21,846.25'
    dep_share = [('国家机关和事业单位', '28.46'), ('国有企业', '21.37'), ('城镇集体企业', '1.85'),
                 ('外商投资企业', '6.12'), ('城镇私营企业及其他城镇企业', '36.58'), ('民办非企业单位和社会团体', '2.04'),
                 ('灵活就业人员', '1.22'), ('其他', '2.36')]
    housing_wd = '34.12'
    wd_house = [('购买、建造、翻建、大修自住住房', '21.35'), ('偿还购房贷款本息', '47.62'), ('租赁住房', '8.79')]
    wd_other = [('离休和退休提取', '17.84'), ('完全丧失劳动能力并与单位终止劳动关系提取', '0.36'),
                ('出境定居', '0.00'), ('其他', '4.04')]
    area = [('90（含）平方米以下', '31.26'), ('90—144（含）平方米', '58.93'), ('144平方米以上', '9.81')]
    newold = [('新房', '72.45'), ('二手房', '27.55')]
    avg_wage, cap_mult, floor_base = '7,526', '3', '2,010'

    # ---------------------------------------------------------- derived + ledger
    L.sum('从业人员 = 在编 + 非在编', str(staff_in + staff_out), [str(staff_in), str(staff_out)])
    net_units = f'{units - units_prev}'
    L.diff('净增单位 = 实缴单位 - 上年', net_units, f'{units:,}', f'{units_prev:,}')
    net_emp = F(D(emp) - D(emp_prev))
    L.diff('净增职工 = 实缴职工 - 上年', net_emp, emp, emp_prev)
    g_units, g_emp, g_dep = gr(units, units_prev), gr(emp, emp_prev), gr(dep, dep_prev)
    L.growth('实缴单位 同比增长', g_units, f'{units:,}', f'{units_prev:,}', '增长')
    L.growth('实缴职工 同比增长', g_emp, emp, emp_prev, '增长')
    L.growth('缴存额 同比增长', g_dep, dep, dep_prev, '增长')
    dep_cum = F(D(dep_cum_prev) + D(dep))
    L.sum('缴存总额 = 上年末缴存总额 + 本年缴存额', dep_cum, [dep_cum_prev, dep])
    g_cum = gr(dep_cum, dep_cum_prev)
    L.growth('缴存总额 比上年末增加', g_cum, dep_cum, dep_cum_prev, '增加')
    g_bal = gr(bal, bal_prev)
    L.growth('缴存余额 同比增长', g_bal, bal, bal_prev, '增长')
    wd_cum = F(D(dep_cum) - D(bal))
    L.diff('提取总额 = 缴存总额 - 缴存余额', wd_cum, dep_cum, bal)
    wd_cum_prev = F(D(dep_cum_prev) - D(bal_prev))
    wd = F(D(wd_cum) - D(wd_cum_prev))
    L.diff('本年提取额 = 提取总额 - 上年末提取总额', wd, wd_cum, wd_cum_prev)
    L.signed_sum('缴存余额 = 上年末 + 缴存额 - 提取额', bal, [bal_prev, dep], [wd])
    g_wd = gr(wd, wd_prev)
    L.growth('提取额 同比增长', g_wd, wd, wd_prev, '增长')
    wd_rate = pct(wd, dep)
    L.rate('提取额占当年缴存额的比率', wd_rate, wd, dep)
    g_wdcum = gr(wd_cum, wd_cum_prev)
    L.growth('提取总额 比上年末增加', g_wdcum, wd_cum, wd_cum_prev, '增加')
    g_ln, g_l = gr(loan_n, loan_n_prev), gr(loan, loan_prev)
    L.growth('发放笔数 同比下降', g_ln, loan_n, loan_n_prev, '下降')
    L.growth('发放金额 同比增长', g_l, loan, loan_prev, '增长')
    cum_n = F(D(cum_n_prev) + D(loan_n))
    cum_loan = F(D(cum_loan_prev) + D(loan))
    L.sum('累计发放笔数', cum_n, [cum_n_prev, loan_n])
    L.sum('累计发放金额', cum_loan, [cum_loan_prev, loan])
    lbal = F(D(lbal_prev) + D(loan) - D(repay))
    L.signed_sum('贷款余额 = 上年末 + 发放 - 回收', lbal, [lbal_prev, loan], [repay])
    g_cn, g_cl, g_lb = gr(cum_n, cum_n_prev), gr(cum_loan, cum_loan_prev), gr(lbal, lbal_prev)
    L.growth('累计笔数 比上年末增加', g_cn, cum_n, cum_n_prev, '增加')
    L.growth('累计金额 比上年末增加', g_cl, cum_loan, cum_loan_prev, '增加')
    L.growth('贷款余额 比上年末增加', g_lb, lbal, lbal_prev, '增加')
    ratio, ratio_prev = pct(lbal, bal), pct(lbal_prev, bal_prev)
    L.rate('个贷率 = 贷款余额 / 缴存余额', ratio, lbal, bal)
    L.rate('上年末个贷率', ratio_prev, lbal_prev, bal_prev)
    ratio_pp = F(D(ratio_prev) - D(ratio))
    L.pp('个贷率 比上年末减少 百分点', ratio_pp, ratio, ratio_prev, '减少')
    dep_total = F(sum(D(v) for v in deposits.values()))
    L.sum('住房公积金存款 = 活期 + 定期 + 其他', dep_total, list(deposits.values()))
    use_rate = pct(lbal, bal)
    L.same('资金运用率 = 个贷率 (无项目贷款和国债)', use_rate, ratio)
    inc = F(sum(D(v) for v in inc_parts.values()))
    L.sum('业务收入', inc, list(inc_parts.values()))
    g_inc = gr(inc, inc_prev)
    L.growth('业务收入 同比增长', g_inc, inc, inc_prev, '增长')
    exp = F(sum(D(v) for v in exp_parts.values()))
    L.sum('业务支出', exp, list(exp_parts.values()))
    g_exp = gr(exp, exp_prev)
    L.growth('业务支出 同比增长', g_exp, exp, exp_prev, '增长')
    val = F(D(inc) - D(exp))
    L.diff('增值收益 = 业务收入 - 业务支出', val, inc, exp)
    g_val = gr(val, vprev)
    L.growth('增值收益 同比增长', g_val, val, vprev, '增长')
    vrate = F(D(val) / (D(avg_bal) * 10000) * 100, 2)
    L.rate('增值收益率 = 增值收益(万元) / 月均缴存余额(亿元x10000)', vrate, val, avg_bal, mult=Decimal('0.0001'))
    risk_draw = F(D(val) * Decimal('0.1'))
    L.prod('贷款风险准备金 = 增值收益 x 10%', risk_draw, [val, '10'], 100)
    rent = F(D(val) - D(risk_draw) - D(mgmt_draw))
    L.sum('增值收益分配 = 风险准备金 + 管理费用 + 公租房补充资金', val, [risk_draw, mgmt_draw, rent])
    mgmt_total = F(sum(D(v) for v in mgmt.values()))
    L.sum('管理费用支出', mgmt_total, list(mgmt.values()))
    ovr = F(D(overdue) / (D(lbal) * 10000) * 1000, 2)
    L.rate('逾期率(‰) = 逾期额(万元) / 贷款余额(亿元x10000)', ovr, overdue, lbal, scale=1000, mult=Decimal('0.0001'))
    risk_bal = F(D(risk_prev) + D(risk_draw))
    L.sum('风险准备金余额 = 上年末 + 提取 - 使用0', risk_bal, [risk_prev, risk_draw, '0.00'])
    risk_sh = F(D(risk_bal) / (D(lbal) * 10000) * 100, 2)
    L.rate('风险准备金余额 占 贷款余额', risk_sh, risk_bal, lbal, mult=Decimal('0.0001'))
    L.sum('缴存职工 单位性质 占比合计 100', '100.00', [v for _, v in dep_share], implicit_total=True)
    house_sh = pct(housing_wd, wd)
    L.rate('住房消费提取 占 提取额', house_sh, housing_wd, wd)
    L.sum('住房消费提取占比 = 购买 + 偿还 + 租赁', house_sh, [v for _, v in wd_house])
    nonhouse = F(100 - D(house_sh))
    L.sum('非住房消费提取占比', nonhouse, [v for _, v in wd_other])
    L.sum('购房面积 占比合计', '100.00', [v for _, v in area], implicit_total=True)
    L.sum('新房 + 二手房', '100.00', [v for _, v in newold], implicit_total=True)
    contrib = pct(D(loan) + D(housing_wd), dep)
    L.rate('住房贡献率 = (个贷发放 + 住房消费提取) / 缴存额', contrib, F(D(loan) + D(housing_wd)), dep)
    L.sum('个贷发放 + 住房消费提取', F(D(loan) + D(housing_wd)), [loan, housing_wd])
    cap = F(D(avg_wage) * D(cap_mult), 0)
    L.prod('缴存基数上限 = 上年月平均工资 x 3', cap, [avg_wage, cap_mult])
    date = '2025年3月28日'
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))
    for k, v in [('deposit', dep), ('balance', bal), ('loan_balance', lbal), ('loan_ratio', ratio),
                 ('value_added', val), ('date', date)]:
        L.fact(k, v)

    # ---------------------------------------------------------- text
    m.append(('TITLE', '淠州市住房公积金2024年年度报告'))
    m.append(('SUB', '淠州市住房公积金管理委员会'))
    m.append(('P', '根据国务院《住房公积金管理条例》和住房城乡建设部、财政部、人民银行《关于健全住房公积金信息披露制度的通知》'
                   '的规定，经市住房公积金管理委员会审议通过，现将淠州市住房公积金2024年年度报告公布如下：'))
    m.append(('H1', '一、机构概况'))
    m.append(('P', '（一）住房公积金管理委员会。住房公积金管理委员会有委员25名，2024年召开1次会议，审议通过的事项主要包括：'
                   '《淠州市住房公积金2023年年度报告》、2024年住房公积金归集使用计划、2023年度增值收益分配方案、'
                   '调整住房公积金个人住房贷款政策等。'))
    m.append(('P', f'（二）住房公积金管理中心。住房公积金管理中心为直属市人民政府不以营利为目的的公益一类事业单位，'
                   f'设7个科室、5个县（区）管理部。从业人员{staff_in + staff_out}人，其中，在编{staff_in}人，'
                   f'非在编{staff_out}人。'))
    m.append(('H1', '二、业务运行情况'))
    m.append(('P', f'（一）缴存。2024年，新开户单位{new_units}家，净增单位{net_units}家；新开户职工{new_emp}万人，'
                   f'净增职工{net_emp}万人；实缴单位{units:,}家，实缴职工{emp}万人，缴存额{dep}亿元，'
                   f'分别同比增长{g_units}%、{g_emp}%、{g_dep}%。2024年末，缴存总额{dep_cum}亿元，'
                   f'比上年末增加{g_cum}%；缴存余额{bal}亿元，同比增长{g_bal}%。'))
    m.append(('P', '受委托办理住房公积金缴存业务的银行7家。'))
    m.append(('P', f'（二）提取。2024年，{wd_emp}万名缴存职工提取住房公积金{wd}亿元，同比增长{g_wd}%；'
                   f'提取额占当年缴存额的比率为{wd_rate}%。2024年末，提取总额{wd_cum}亿元，比上年末增加{g_wdcum}%。'))
    m.append(('P', f'（三）贷款。1.个人住房贷款。2024年，发放个人住房贷款{loan_n}万笔、{loan}亿元，同比分别下降'
                   f'{g_ln.lstrip("-")}%、增长{g_l}%；回收个人住房贷款{repay}亿元。2024年末，累计发放个人住房贷款{cum_n}万笔、'
                   f'{cum_loan}亿元，贷款余额{lbal}亿元，分别比上年末增加{g_cn}%、{g_cl}%、{g_lb}%。'
                   f'个人住房贷款余额占缴存余额的比率为{ratio}%，比上年末减少{ratio_pp}个百分点。'))
    m.append(('P', '受委托办理住房公积金个人住房贷款业务的银行12家。2.异地贷款。2024年，发放异地贷款416笔、1.73亿元。'
                   '3.公转商贴息贷款。2024年，未发放公转商贴息贷款。4.住房公积金支持保障性住房建设项目贷款。'
                   '2024年末，无项目贷款余额。'))
    m.append(('P', '（四）购买国债。2024年，未购买国债，年末国债余额为零。（五）融资。2024年，未发生融资，年末融资总额为零。'))
    m.append(('P', f'（六）资金存储。2024年末，住房公积金存款{dep_total}亿元。其中，' +
              '，'.join(f'{k}{v}亿元' for k, v in deposits.items()) + '。'))
    m.append(('P', f'（七）资金运用率。2024年末，住房公积金个人住房贷款余额、项目贷款余额和购买国债余额的总和占缴存余额的'
                   f'比率为{use_rate}%，与个贷率相同，原因是年末无项目贷款余额和国债余额。'))
    rows = [
        ['实缴单位（家）', f'{units:,}', f'{units_prev:,}', g_units],
        ['实缴职工（万人）', emp, emp_prev, g_emp],
        ['缴存额（亿元）', dep, dep_prev, g_dep],
        ['提取额（亿元）', wd, wd_prev, g_wd],
        ['个人住房贷款发放笔数（万笔）', loan_n, loan_n_prev, g_ln],
        ['个人住房贷款发放额（亿元）', loan, loan_prev, g_l],
        ['年末缴存余额（亿元）', bal, bal_prev, g_bal],
        ['年末个人住房贷款余额（亿元）', lbal, lbal_prev, g_lb],
        ['个贷率（%）', ratio, ratio_prev, '-' + ratio_pp],
        ['年末缴存总额（亿元）', dep_cum, dep_cum_prev, g_cum],
        ['年末提取总额（亿元）', wd_cum, wd_cum_prev, g_wdcum],
        ['累计发放个人住房贷款笔数（万笔）', cum_n, cum_n_prev, g_cn],
        ['累计发放个人住房贷款金额（亿元）', cum_loan, cum_loan_prev, g_cl],
    ]
    m.append(T('t1', '表1  2024年主要业务指标', '', [['指标', '2024年', '2023年', '同比增减（%）']], rows))
    m.append(('NOTE', '注：个贷率一行的“同比增减”为增减的百分点；其余各行为增减百分比，负数表示下降。'))
    m.append(('H1', '三、主要财务数据'))
    m.append(('P', f'（一）业务收入。2024年，业务收入{inc}万元，同比增长{g_inc}%（上年{inc_prev}万元）。其中，' +
              '，'.join(f'{k}{v}万元' for k, v in inc_parts.items()) + '。'))
    m.append(('P', f'（二）业务支出。2024年，业务支出{exp}万元，同比增长{g_exp}%（上年{exp_prev}万元）。其中，' +
              '，'.join(f'{k}{v}万元' for k, v in exp_parts.items()) + '。'))
    m.append(('P', f'（三）增值收益。2024年，增值收益{val}万元，同比增长{g_val}%（上年{vprev}万元）；增值收益率{vrate}%，'
                   f'为增值收益与月均缴存余额{avg_bal}亿元之比（年末缴存余额高于月均缴存余额）。'))
    m.append(('P', f'（四）增值收益分配。2024年，按增值收益的10%提取贷款风险准备金{risk_draw}万元，提取管理费用{mgmt_draw}万元，'
                   f'提取城市公共租赁住房（廉租住房）建设补充资金{rent}万元。2024年，上交财政管理费用{mgmt_draw}万元，'
                   f'上缴财政城市公共租赁住房（廉租住房）建设补充资金{rent}万元。'))
    m.append(('P', f'（五）管理费用支出。2024年，管理费用支出{mgmt_total}万元，其中，' +
              '，'.join(f'{k}{v}万元' for k, v in mgmt.items()) +
              '。管理费用支出由财政按部门预算拨付，与当年提取并上交财政的管理费用不是同一口径。'))
    m.append(('H1', '四、资产风险状况'))
    m.append(('P', f'个人住房贷款。2024年末，个人住房贷款逾期额{overdue}万元，逾期率{ovr}‰。个人贷款风险准备金按增值收益的10%提取。'
                   f'2024年，提取个人贷款风险准备金{risk_draw}万元，未使用个人贷款风险准备金核销呆坏账。2024年末，'
                   f'个人贷款风险准备金余额{risk_bal}万元（上年末{risk_prev}万元），占个人住房贷款余额的{risk_sh}%，'
                   f'个人贷款逾期额与个人贷款风险准备金余额的比率处于较低水平。'))
    m.append(('H1', '五、社会经济效益'))
    m.append(('P', '（一）缴存业务。缴存职工中，' + '，'.join(f'{k}占{v}%' for k, v in dep_share) +
              '；中、低收入占96.48%，高收入占3.52%。新开户职工中，城镇私营企业及其他城镇企业和灵活就业人员合计占'
              '61.73%，35岁以下青年职工占比较高。'))
    m.append(('P', f'（二）提取业务。提取金额中，' + '，'.join(f'{k}占{v}%' for k, v in wd_house) +
              '；' + '，'.join(f'{k}占{v}%' for k, v in wd_other) +
              f'。全年住房消费提取{housing_wd}亿元，占提取额的{house_sh}%；非住房消费提取占{nonhouse}%。'
              f'提取职工中，中、低收入占97.15%，高收入占2.85%。'))
    m.append(('P', '（三）贷款业务。职工贷款笔数中，购房建筑面积' + '，'.join(f'{k}占{v}%' for k, v in area) +
              '。购买' + '，购买'.join(f'{k}占{v}%' for k, v in newold) +
              '。职工贷款笔数中，单缴存职工申请贷款占42.18%，双缴存职工申请贷款占57.82%。'
              '贷款职工中，30岁（含）以下占36.74%，中、低收入占98.26%。'))
    m.append(('P', f'（四）住房贡献率。2024年，个人住房贷款发放额、公转商贴息贷款发放额、项目贷款发放额、住房消费提取额'
                   f'的总和（{F(D(loan) + D(housing_wd))}亿元）与当年缴存额的比率为{contrib}%。'))
    m.append(('H1', '六、其他重要事项'))
    m.append(('P', f'（一）缴存基数限额及确定方法、缴存比例。2024年度（2024年7月1日至2025年6月30日），缴存基数上限为'
                   f'{cap}元，按我市2023年全口径城镇单位就业人员月平均工资{avg_wage}元的{cap_mult}倍确定；'
                   f'缴存基数下限为{floor_base}元，按我市最低工资标准确定。单位和职工缴存比例均为5%—12%。'))
    m.append(('P', '（二）住房公积金存贷款利率执行标准。2024年，职工住房公积金账户存款利率按一年期定期存款基准利率1.50%执行；'
                   '首套个人住房公积金贷款利率5年以下（含5年）为2.35%，5年以上为2.85%；第二套个人住房公积金贷款利率'
                   '5年以下（含5年）为2.775%，5年以上为3.325%。'))
    m.append(('P', '（三）服务改进情况。2024年，中心持续推进“高效办成一件事”，实现灵活就业人员缴存、提取、贷款业务'
                   '线上办理，租房提取业务实现“秒批秒办”；与长三角城市开展异地贷款缴存证明互认。2025年计划归集住房公积金'
                   '62.00亿元、发放个人住房贷款38.00亿元，以上为计划数。'))
    m.append(('P', '（四）信用体系建设。2024年，未发现违规提取住房公积金的重大案件，对3家长期欠缴单位依法下达限期缴存决定书。'))
    m.append(('RIGHT', '淠州市住房公积金管理委员会'))
    m.append(('RIGHT', date))
    return m, L


def render(model, path):
    render_txt(model, path)


if __name__ == '__main__':
    run(build, render, OUT, NAME)
