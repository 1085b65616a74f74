# -*- coding: utf-8 -*-
"""t01 -- 滦宁市桑溪区卫生健康局 2024年度部门决算说明 (ruled pdf)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, render_pdf, run  # noqa: E402

NAME = 't01_sangxi_health_bureau_final_accounts_2024.pdf'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)


def gr(cur, prev, p=2):
    return F((D(cur) - D(prev)) / D(prev) * 100, p)


def build():
    L = Ledger(NAME)
    m = []
    # ------------------------------------------------------------ base inputs (万元)
    inc = {'gp': '12,486.35', 'gf': '620.00', 'sy': '3,875.42', 'qt': '186.73'}
    use_nonfiscal = '45.20'
    carry_in = '1,208.64'
    exp = {'sb': '1,162.58', 'ws': '15,406.27', 'zf': '486.91', 'qz': '583.60'}
    distrib = '24.80'
    basic_all = '9,874.16'
    prev_total = '17,836.90'
    # 财政拨款
    fis_carry_in = '326.18'
    # 表3 一般公共预算财政拨款支出 (项)
    items = [
        ('2080505', '机关事业单位基本养老保险缴费支出', '812.40', '826.75'),
        ('2080506', '机关事业单位职业年金缴费支出', '330.00', '335.83'),
        ('2100101', '行政运行', '486.20', '472.36'),
        ('2100301', '城市社区卫生机构', '1,880.00', None),
        ('2100401', '疾病预防控制机构', '1,920.00', '2,046.58'),
        ('2100402', '卫生监督机构', '530.00', '518.24'),
        ('2100403', '妇幼保健机构', '1,360.00', '1,342.17'),
        ('2100408', '基本公共卫生服务', '3,150.00', '3,286.40'),
        ('2100409', '重大公共卫生服务', '680.00', '612.95'),
        ('2101101', '行政单位医疗', '96.50', '95.82'),
        ('2101102', '事业单位医疗', '410.00', '402.61'),
        ('2210201', '住房公积金', '480.00', '486.91'),
    ]
    gp_prev = '12,108.52'
    staff, public = '8,102.66', '817.79'
    # 三公 (万元): budget 2024, actual 2024, actual 2023
    car_buy = ('0.00', '0.00', '23.50')
    car_run = ('38.00', '35.62', '36.85')
    recep = ('6.00', '4.37', '5.26')
    jg, jg_prev = '71.48', '76.93'
    proc = {'hw': '1,102.38', 'gc': '386.40', 'fw': '357.74'}
    sme, small = '1,523.61', '1,126.30'
    cars = [('应急保障用车', 6), ('执法执勤用车', 1), ('特种专业技术用车', 2)]
    perf_n, perf_amt = 18, '3,206.54'

    # ------------------------------------------------------------ derived
    income_year = F(sum(D(v) for v in inc.values()))
    income_total = F(D(income_year) + D(use_nonfiscal) + D(carry_in))
    exp_year = F(sum(D(v) for v in exp.values()))
    carry_out = F(D(income_total) - D(exp_year) - D(distrib))
    exp_total = F(D(exp_year) + D(distrib) + D(carry_out))
    L.sum('表1 本年收入合计', income_year, list(inc.values()))
    L.sum('表1 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', income_total,
          [income_year, use_nonfiscal, carry_in])
    L.sum('表1 本年支出合计', exp_year, list(exp.values()))
    L.sum('表1 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', exp_total, [exp_year, distrib, carry_out])
    L.same('表1 收入总计 = 支出总计', income_total, exp_total)
    tot_chg = F(D(income_total) - D(prev_total))
    tot_gr = gr(income_total, prev_total)
    L.diff('收支总计 比上年增加额', tot_chg, income_total, prev_total)
    L.growth('收支总计 比上年增长', tot_gr, income_total, prev_total, '增长')
    yi = F(D(exp_year) / 10000, 2)
    L.conv('本年支出合计 万元 -> 亿元', exp_year, yi)
    fis_inc = F(D(inc['gp']) + D(inc['gf']))
    L.sum('财政拨款收入 = 一般公共预算 + 政府性基金', fis_inc, [inc['gp'], inc['gf']])
    sh_fis, sh_sy, sh_qt = pct(fis_inc, income_year), pct(inc['sy'], income_year), pct(inc['qt'], income_year)
    L.rate('财政拨款收入 占 本年收入合计', sh_fis, fis_inc, income_year)
    L.rate('事业收入 占 本年收入合计', sh_sy, inc['sy'], income_year)
    L.rate('其他收入 占 本年收入合计', sh_qt, inc['qt'], income_year)
    proj_all = F(D(exp_year) - D(basic_all))
    L.diff('项目支出 = 本年支出合计 - 基本支出', proj_all, exp_year, basic_all)
    sh_b, sh_p = pct(basic_all, exp_year), pct(proj_all, exp_year)
    L.rate('基本支出 占 本年支出合计', sh_b, basic_all, exp_year)
    L.rate('项目支出 占 本年支出合计', sh_p, proj_all, exp_year)

    # 表3
    ws_items = [it for it in items if it[0].startswith('210')]
    known = sum(D(it[3]) for it in ws_items if it[3])
    gp_exp_ws_target = None  # derived below from the 卫生健康 total
    sb_gp = F(D(items[0][3]) + D(items[1][3]))
    L.sum('一般公共预算 社会保障和就业支出 = 养老保险缴费 + 职业年金缴费', sb_gp, [items[0][3], items[1][3]])
    L.same('一般公共预算 社保就业支出 = 表1 社保就业支出 (全部由财政拨款安排)', sb_gp, exp['sb'])
    zf_gp = items[-1][3]
    # 卫生健康 一般公共预算 支出 is set, 城市社区卫生机构 is the balancing item
    ws_gp = '10,985.65'
    comm = F(D(ws_gp) - known)
    items = [(c, n, b, (a if a else comm)) for c, n, b, a in items]
    L.sum('一般公共预算 卫生健康支出 = 各项之和', ws_gp, [it[3] for it in items if it[0].startswith('210')])
    gp_exp = F(D(sb_gp) + D(ws_gp) + D(zf_gp))
    L.sum('一般公共预算财政拨款支出 = 社保就业 + 卫生健康 + 住房保障', gp_exp, [sb_gp, ws_gp, zf_gp])
    L.sum('表3 合计 支出决算', gp_exp, [it[3] for it in items])
    budget_total = F(sum(D(it[2]) for it in items))
    L.sum('表3 合计 年初预算', budget_total, [it[2] for it in items])
    rows3 = []
    rates = {}
    for c, n, b, a in items:
        r = pct(a, b)
        rates[c] = r
        L.rate(f'表3 {n} 完成年初预算', r, a, b)
        rows3.append([c, n, b, a, r])
    tot_rate = pct(gp_exp, budget_total)
    L.rate('表3 合计 完成年初预算', tot_rate, gp_exp, budget_total)
    rows3.append(['', '合计', budget_total, gp_exp, tot_rate])
    sh_gp = pct(gp_exp, exp_year)
    L.rate('一般公共预算财政拨款支出 占 本年支出合计', sh_gp, gp_exp, exp_year)
    gp_chg, gp_gr = F(D(gp_exp) - D(gp_prev)), gr(gp_exp, gp_prev)
    L.diff('一般公共预算财政拨款支出 比上年增加', gp_chg, gp_exp, gp_prev)
    L.growth('一般公共预算财政拨款支出 比上年增长', gp_gr, gp_exp, gp_prev, '增长')
    s_sb, s_ws, s_zf = pct(sb_gp, gp_exp), pct(ws_gp, gp_exp), pct(zf_gp, gp_exp)
    L.rate('社保就业 占 一般公共预算财政拨款支出', s_sb, sb_gp, gp_exp)
    L.rate('卫生健康 占 一般公共预算财政拨款支出', s_ws, ws_gp, gp_exp)
    L.rate('住房保障 占 一般公共预算财政拨款支出', s_zf, zf_gp, gp_exp)
    # 财政拨款 收支
    fis_exp = F(D(gp_exp) + D(exp['qz']))
    L.sum('财政拨款支出 = 一般公共预算 + 政府性基金', fis_exp, [gp_exp, exp['qz']])
    fis_total = F(D(fis_inc) + D(fis_carry_in))
    L.sum('财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余', fis_total, [fis_inc, fis_carry_in])
    fis_carry_out = F(D(fis_total) - D(fis_exp))
    L.diff('年末财政拨款结转和结余 = 财政拨款收入总计 - 财政拨款支出', fis_carry_out, fis_total, fis_exp)
    gf_left = F(D(inc['gf']) - D(exp['qz']))
    L.diff('政府性基金 年末结转 = 收入 - 支出', gf_left, inc['gf'], exp['qz'])
    gp_left = F(D(fis_carry_in) + D(inc['gp']) - D(gp_exp))
    L.signed_sum('一般公共预算 年末结转和结余 = 年初 + 收入 - 支出', gp_left, [fis_carry_in, inc['gp']], [gp_exp])
    L.sum('年末财政拨款结转和结余 = 一般公共预算 + 政府性基金', fis_carry_out, [gp_left, gf_left])
    # 基本支出
    gp_basic = F(D(staff) + D(public))
    L.sum('一般公共预算财政拨款基本支出 = 人员经费 + 公用经费', gp_basic, [staff, public])
    gp_proj = F(D(gp_exp) - D(gp_basic))
    L.diff('一般公共预算财政拨款项目支出', gp_proj, gp_exp, gp_basic)
    perf_sh = pct(perf_amt, gp_proj)
    L.rate('绩效自评资金 占 一般公共预算项目支出', perf_sh, perf_amt, gp_proj)
    # 三公
    car = tuple(F(D(a) + D(b)) for a, b in zip(car_buy, car_run))
    for i, lab in enumerate(('2024年预算', '2024年决算', '2023年决算')):
        L.sum(f'公务用车购置及运行维护费 {lab} = 购置 + 运行维护', car[i], [car_buy[i], car_run[i]])
    sg = tuple(F(D(c) + D(r)) for c, r in zip(car, recep))
    for i, lab in enumerate(('2024年预算', '2024年决算', '2023年决算')):
        L.sum(f'三公 合计 {lab} = 出国 0 + 公务用车 + 公务接待', sg[i], ['0.00', car[i], recep[i]])

    def row3g(label, t):
        b, a, p = t
        done = pct(a, b) if D(b) else '—'
        g = gr(a, p) if D(p) else '—'
        if done != '—':
            L.rate(f'表2 {label} 完成预算', done, a, b)
        if g != '—':
            L.growth(f'表2 {label} 比上年增减', g, a, p)
        return [label, b, a, done, p, g]
    rows2 = [row3g('合计', sg), ['1.因公出国（境）费', '0.00', '0.00', '—', '0.00', '—'],
             row3g('2.公务用车购置及运行维护费', car), row3g('其中：公务用车购置费', car_buy),
             row3g('　　　公务用车运行维护费', car_run), row3g('3.公务接待费', recep)]
    sg_dec = F(D(sg[2]) - D(sg[1]))
    sg_rate = F((D(sg[2]) - D(sg[1])) / D(sg[2]) * 100)
    L.diff('三公 比上年减少额', sg_dec, sg[2], sg[1])
    L.growth('三公 比上年下降', sg_rate, sg[1], sg[2], '下降')
    sg_done = pct(sg[1], sg[0])
    jg_dec = F(D(jg_prev) - D(jg))
    jg_rate = F((D(jg_prev) - D(jg)) / D(jg_prev) * 100)
    L.diff('机关运行经费 比上年减少额', jg_dec, jg_prev, jg)
    L.growth('机关运行经费 比上年下降', jg_rate, jg, jg_prev, '下降')
    L.le('机关运行经费 <= 公用经费 (机关运行经费只含行政单位)', jg, public)
    proc_total = F(sum(D(v) for v in proc.values()))
    L.sum('政府采购支出总额 = 货物 + 工程 + 服务', proc_total, list(proc.values()))
    sme_sh, small_sh = pct(sme, proc_total), pct(small, proc_total)
    L.rate('授予中小企业 占 政府采购总额', sme_sh, sme, proc_total)
    L.rate('授予小微企业 占 政府采购总额', small_sh, small, proc_total)
    ncar = sum(n for _, n in cars)
    L.sum('车辆总数', str(ncar), [str(n) for _, n in cars])
    date = '2025年8月26日'
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))

    for k, v in [('income_total', income_total), ('exp_year', exp_year), ('gp_exp', gp_exp), ('sangong', sg[1]),
                 ('date', date)]:
        L.fact(k, v)

    # ------------------------------------------------------------ text
    m.append(('TITLE', '滦宁市桑溪区卫生健康局2024年度部门决算说明'))
    m.append(('SUB', '（区卫生健康局本级及所属单位汇总）'))
    m.append(('H1', '第一部分　部门概况'))
    m.append(('H2', '一、主要职能'))
    m.append(('P', '桑溪区卫生健康局是区政府工作部门，主要职责是贯彻执行国家、省、市卫生健康工作方针政策和法律法规，'
                   '拟订全区卫生健康事业发展规划并组织实施；统筹规划卫生健康资源配置，指导区域卫生健康规划的编制和实施；'
                   '组织实施基本公共卫生服务和重大公共卫生服务项目；负责疾病预防控制、妇幼健康、老龄健康、职业健康和'
                   '卫生应急工作；负责职责范围内的公共卫生、医疗卫生监督执法；指导社区卫生服务机构建设和基层卫生健康工作。'))
    m.append(('H2', '二、部门决算单位构成'))
    m.append(('P', '纳入本部门2024年度部门决算编制范围的单位共7个，包括：区卫生健康局机关（行政单位）、区疾病预防控制中心、'
                   '区妇幼保健计划生育服务中心、区卫生健康综合监督执法大队（参照公务员法管理）、区急救指挥中心、'
                   '城东社区卫生服务中心和城西社区卫生服务中心。2024年末本部门编制总数286名，实有在职人员271人，'
                   '离退休人员94人。区人民医院、区中医医院单独编制部门决算，未纳入本说明。'))
    m.append(('H1', '第二部分　2024年度部门决算情况说明'))
    m.append(('H2', '一、收入支出决算总体情况说明'))
    m.append(('P', f'2024年度收入总计{income_total}万元、支出总计{exp_total}万元。与2023年度的{prev_total}万元相比，'
                   f'收、支总计各增加{tot_chg}万元，增长{tot_gr}%。主要原因是基本公共卫生服务人均财政补助标准提高，'
                   f'以及疾病预防控制中心实验室能力提升项目追加预算。按本年支出合计计算，全年部门支出约{yi}亿元。'))
    rows1 = [
        ['一、一般公共预算财政拨款收入', inc['gp'], '一、社会保障和就业支出', exp['sb']],
        ['二、政府性基金预算财政拨款收入', inc['gf'], '二、卫生健康支出', exp['ws']],
        ['三、国有资本经营预算财政拨款收入', '0.00', '三、住房保障支出', exp['zf']],
        ['四、上级补助收入', '0.00', '四、其他支出', exp['qz']],
        ['五、事业收入', inc['sy'], '', ''],
        ['六、经营收入', '0.00', '', ''],
        ['七、附属单位上缴收入', '0.00', '', ''],
        ['八、其他收入', inc['qt'], '', ''],
        ['本年收入合计', income_year, '本年支出合计', exp_year],
        ['使用非财政拨款结余', use_nonfiscal, '结余分配', distrib],
        ['年初结转和结余', carry_in, '年末结转和结余', carry_out],
        ['收入总计', income_total, '支出总计', exp_total],
    ]
    m.append(T('t1', '表1　收入支出决算总表', '单位：万元', [['收入项目', '决算数', '支出项目', '决算数']], rows1,
               widths=[5.6, 2.4, 5.0, 2.4], align=['l', 'r', 'l', 'r']))
    m.append(('H2', '二、收入决算情况说明'))
    m.append(('P', f'2024年度本年收入合计{income_year}万元，其中：财政拨款收入{fis_inc}万元，占{sh_fis}%；'
                   f'事业收入{inc["sy"]}万元，占{sh_sy}%，主要为各社区卫生服务中心的医疗服务收入和疾控中心的检验检测收入；'
                   f'其他收入{inc["qt"]}万元，占{sh_qt}%。本年无上级补助收入、经营收入和附属单位上缴收入。'))
    m.append(('H2', '三、支出决算情况说明'))
    m.append(('P', f'2024年度本年支出合计{exp_year}万元，其中：基本支出{basic_all}万元，占{sh_b}%，'
                   f'是为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费（含事业收入安排的部分）；'
                   f'项目支出{proj_all}万元，占{sh_p}%，是为完成特定公共卫生任务和事业发展目标发生的支出。'))
    m.append(('H2', '四、财政拨款收入支出决算总体情况说明'))
    m.append(('P', f'2024年度财政拨款收入总计{fis_total}万元，其中本年财政拨款收入{fis_inc}万元、年初财政拨款结转和结余'
                   f'{fis_carry_in}万元；财政拨款支出{fis_exp}万元，年末财政拨款结转和结余{fis_carry_out}万元。'
                   f'年末财政拨款结转和结余中，一般公共预算{gp_left}万元，政府性基金预算{gf_left}万元。'))
    m.append(('H2', '五、一般公共预算财政拨款支出决算情况说明'))
    m.append(('P', f'（一）总体情况。2024年度一般公共预算财政拨款支出{gp_exp}万元，占本年支出合计的{sh_gp}%。'
                   f'与2023年度的{gp_prev}万元相比，增加{gp_chg}万元，增长{gp_gr}%。'
                   f'本年一般公共预算财政拨款支出大于本年一般公共预算财政拨款收入{inc["gp"]}万元，差额由年初结转资金安排。'))
    m.append(('P', f'（二）结构情况。社会保障和就业支出{sb_gp}万元，占{s_sb}%；卫生健康支出{ws_gp}万元，占{s_ws}%；'
                   f'住房保障支出{zf_gp}万元，占{s_zf}%。表1中卫生健康支出{exp["ws"]}万元含事业收入和其他收入安排的支出，'
                   f'口径大于本节的一般公共预算财政拨款卫生健康支出。'))
    m.append(('P', '（三）具体情况。一般公共预算财政拨款支出按功能分类“项”级科目列示如表3。'))
    m.append(T('t3', '表3　一般公共预算财政拨款支出决算（按功能分类）', '单位：万元',
               [['科目编码', '科目名称', '年初预算', '支出决算', '完成年初预算%']], rows3,
               widths=[2.0, 6.0, 2.4, 2.4, 2.8], align=['l', 'l', 'r', 'r', 'r']))
    it = {c: (n, b, a) for c, n, b, a in items}
    m.append(('P', f'其中，疾病预防控制机构（2100401）年初预算为{it["2100401"][1]}万元，支出决算为{it["2100401"][2]}万元，'
                   f'完成年初预算的{rates["2100401"]}%，决算数大于年初预算数的主要原因是年中追加实验室能力提升项目资金。'))
    m.append(('P', f'基本公共卫生服务（2100408）年初预算为{it["2100408"][1]}万元，支出决算为{it["2100408"][2]}万元，'
                   f'完成年初预算的{rates["2100408"]}%，主要原因是人均财政补助标准提高后追加了上级补助资金。'))
    m.append(('P', f'重大公共卫生服务（2100409）年初预算为{it["2100409"][1]}万元，支出决算为{it["2100409"][2]}万元，'
                   f'完成年初预算的{rates["2100409"]}%，主要原因是部分项目按进度结转下年使用。'))
    m.append(('P', f'城市社区卫生机构（2100301）年初预算为{it["2100301"][1]}万元，支出决算为{it["2100301"][2]}万元，'
                   f'完成年初预算的{rates["2100301"]}%，主要原因是城西社区卫生服务中心业务用房改造追加预算。'))
    m.append(('H2', '六、一般公共预算财政拨款基本支出决算情况说明'))
    m.append(('P', f'2024年度一般公共预算财政拨款基本支出{gp_basic}万元，其中：人员经费{staff}万元，主要包括基本工资、'
                   f'津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金等；公用经费{public}万元，'
                   f'主要包括办公费、水电费、邮电费、差旅费、维修（护）费、公务接待费等。一般公共预算财政拨款项目支出为'
                   f'{gp_proj}万元。'))
    m.append(('H2', '七、“三公”经费财政拨款支出决算情况说明'))
    m.append(T('t2', '表2　“三公”经费财政拨款支出情况', '单位：万元',
               [['项目', '2024年预算', '2024年决算', '完成预算%', '2023年决算', '增减%']], rows2,
               widths=[4.8, 2.2, 2.2, 2.0, 2.2, 2.0], align=['l', 'r', 'r', 'r', 'r', 'r']))
    m.append(('P', f'2024年度“三公”经费财政拨款支出决算为{sg[1]}万元，完成预算的{sg_done}%，'
                   f'比上年减少{sg_dec}万元，下降{sg_rate}%。主要原因是上年购置1辆疾控应急保障车辆，本年无车辆购置支出。'))
    L.rate('三公 完成预算 (正文)', sg_done, sg[1], sg[0])
    m.append(('P', f'其中：因公出国（境）费0.00万元，本部门无因公出国（境）团组；公务用车购置及运行维护费{car[1]}万元，'
                   f'全部为公务用车运行维护费，主要用于应急保障、执法执勤和特种专业技术用车的燃料、维修、保险等支出；'
                   f'公务接待费{recep[1]}万元，全部为国内接待，共接待23批次196人次，主要为上级业务督导和兄弟县区交流考察。'))
    m.append(('H2', '八、政府性基金预算和国有资本经营预算财政拨款情况说明'))
    m.append(('P', f'2024年度政府性基金预算财政拨款收入{inc["gf"]}万元，为中央专项彩票公益金支持医疗卫生项目资金，'
                   f'支出{exp["qz"]}万元，年末结转{gf_left}万元。本部门2024年度无国有资本经营预算财政拨款收入和支出。'))
    m.append(('H2', '九、机关运行经费支出说明'))
    m.append(('P', f'2024年度本部门行政单位（含参照公务员法管理的事业单位）机关运行经费支出{jg}万元，比上年的{jg_prev}万元'
                   f'减少{jg_dec}万元，下降{jg_rate}%，主要原因是严控一般性支出，压减会议费和培训费。'
                   f'机关运行经费不含事业单位的公用经费，因此小于前述公用经费。'))
    m.append(('H2', '十、政府采购支出说明'))
    m.append(('P', f'2024年度本部门政府采购支出总额{proc_total}万元，其中：政府采购货物支出{proc["hw"]}万元、'
                   f'政府采购工程支出{proc["gc"]}万元、政府采购服务支出{proc["fw"]}万元。授予中小企业合同金额{sme}万元，'
                   f'占政府采购支出总额的{sme_sh}%，其中：授予小微企业合同金额{small}万元，占政府采购支出总额的{small_sh}%。'))
    m.append(('H2', '十一、国有资产占有使用情况说明'))
    m.append(('P', f'截至2024年12月31日，本部门共有车辆{ncar}辆，其中：' +
              '、'.join(f'{n}{c}辆' for n, c in cars) +
              '；单价50万元（含）以上通用设备0台（套），单价100万元（含）以上专用设备12台（套），主要为疾控中心实验室'
              '检测设备。'))
    m.append(('H2', '十二、预算绩效管理情况说明'))
    m.append(('P', f'2024年度本部门组织对{perf_n}个项目开展绩效自评，涉及一般公共预算项目资金{perf_amt}万元，'
                   f'占一般公共预算财政拨款项目支出的{perf_sh}%。从评价情况看，基本公共卫生服务、家庭医生签约服务等项目'
                   f'绩效目标基本完成；重大公共卫生服务项目中的个别子项目因进度滞后，资金未能在年内全部支出，'
                   f'已按规定结转下年使用，并纳入2025年度绩效跟踪监控重点。'))
    m.append(('H1', '第三部分　名词解释'))
    m.append(('P', '1.财政拨款收入：指区级财政当年拨付的资金，包括一般公共预算财政拨款和政府性基金预算财政拨款。'))
    m.append(('P', '2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。'))
    m.append(('P', '3.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'))
    m.append(('P', '4.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。'))
    m.append(('P', '5.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。'))
    m.append(('RIGHT', '滦宁市桑溪区卫生健康局'))
    m.append(('RIGHT', date))
    return m, L


def render(model, path):
    render_pdf(model, path, title='桑溪区卫生健康局2024年度部门决算说明', author='桑溪区卫生健康局')


if __name__ == '__main__':
    run(build, render, OUT, NAME)
