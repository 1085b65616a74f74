# -*- coding: utf-8 -*-
"""t02 椋阳县公共资源交易中心 2024年度部门整体支出绩效自评报告 (docx)"""
from lib46 import D, F, P, I, q, pct, Doc, Ledger

NAME = 't02_liangyang_county_public_resources_trading_center_overall_expenditure_selfeval_2024.docx'


def build():
    L = Ledger()
    d = Doc()
    docno = '椋公资〔2025〕6号'
    date = '2025年4月18日'

    units = ['综合股', '交易服务股', '信息技术股', '档案管理股']
    staff_quota, staff_real, dispatch = 18, 17, 5
    init_b, add_b = '412.60', '38.40'
    adj_b = P(D(init_b) + D(add_b))
    lines = [('基本支出', '330.00', '326.15'), ('电子交易系统运维', '52.00', '48.64'),
             ('评标专家劳务费', '36.00', '34.18'), ('交易档案数字化', '22.00', '18.26'),
             ('开评标场所运行维护', '11.00', '10.05')]
    assert sum(D(b) for _, b, _ in lines) == D(adj_b)
    spent = P(sum(D(s) for _, _, s in lines))
    person, public = '281.40', '44.75'
    assert D(person) + D(public) == D(lines[0][2])
    proj = P(sum(D(s) for _, _, s in lines[1:]))
    rate_prev = '93.47'
    sg, sg_prev = '0.86', '1.12'
    deals = [('工程建设', 412, '18.64'), ('政府采购', 706, '5.27'), ('土地使用权及矿业权出让', 94, '6.85'),
             ('国有产权交易', 74, '0.76')]
    n_deals = sum(n for _, n, _ in deals)
    amt = P(sum(D(a) for _, _, a in deals))
    n_prev = 1193
    remote = 1204
    sent, back, happy = 500, 486, 469

    rate = P(pct(spent, adj_b))
    rate_pp = P(D(rate) - D(rate_prev))
    sh_basic = P(pct(lines[0][2], spent))
    sh_proj = P(pct(proj, spent))
    assert D(sh_basic) + D(sh_proj) == 100
    per_public = P(q(D(public) / staff_real, 2))
    sg_d = P(D(sg_prev) - D(sg))
    sg_r = P(pct(D(sg_prev) - D(sg), sg_prev))
    per_deal = P(q(D(amt) * 10000 / n_deals, 2))
    n_d = n_deals - n_prev
    n_r = P(pct(n_d, n_prev))
    remote_r = P(pct(remote, n_deals))
    sat = P(pct(happy, back))

    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date)
    L.count('内设4个股室', '4', units)
    L.le('实有在编人员不超过核定编制', str(staff_real), str(staff_quota))
    L.sum('调整预算 = 年初预算 + 追加', adj_b, [init_b, add_b])
    L.ratio('预算执行率', rate, spent, adj_b)
    L.pp('执行率比上年上升', rate, rate_prev, rate_pp, '上升')
    L.sum('全年支出 = 基本支出 + 项目支出', spent, [lines[0][2], proj])
    L.sum('基本支出 = 人员经费 + 公用经费', lines[0][2], [person, public])
    L.ratio('基本支出占比', sh_basic, lines[0][2], spent)
    L.ratio('项目支出占比', sh_proj, proj, spent)
    L.ratio('人均公用经费（按实有在编人员）', per_public, public, str(staff_real), '1')
    L.growth('三公经费较上年减少、下降', sg, sg_prev, sg_d, sg_r, ('降低',))
    L.sum('交易项目数分别为', I(n_deals), [str(n) for _, n, _ in deals])
    L.sum('成交金额（亿元）其中', amt, [a for _, _, a in deals])
    L.count('交易类别4类', '4', [k for k, _, _ in deals])
    L.growth('交易项目较上年增加、增长', I(n_deals), I(n_prev), str(n_d), n_r, ('增长',))
    L.ratio('平均每个项目成交金额（亿元→万元）', per_deal, amt, I(n_deals), '10000')
    L.ratio('不见面开标率', remote_r, I(remote), I(n_deals))
    L.ratio('满意度（以收回问卷为基数）', sat, str(happy), str(back))
    L.le('收回问卷不超过发放', str(back), str(sent))

    t1 = [['项目', '调整预算（万元）', '实际支出（万元）', '执行率（%）']]
    rates = {}
    for k, b, s in lines:
        r = P(pct(s, b))
        rates[k] = r
        t1.append([k, b, s, r])
        L.ratio('表1 %s 执行率' % k, r, s, b)
    t1.append(['合计', adj_b, spent, rate])
    L.sum('表1 调整预算合计', adj_b, [b for _, b, _ in lines])
    L.sum('表1 实际支出合计', spent, [s for _, _, s in lines])
    low = min(rates, key=lambda k: D(rates[k]))
    assert low == '交易档案数字化'
    L.extreme('执行率最低的项目', 'min', low, rates[low], [v for k, v in rates.items() if k != low])

    # score table
    sc = [('投入', '预算编制科学性', '8', '7.50'),
          ('投入', '预算执行率', '10', P(q(D(rate) / 10, 2))),
          ('过程', '资金管理合规性', '10', '9.50'),
          ('过程', '资产管理规范性', '6', '5.60'),
          ('过程', '政府采购规范性', '6', '6.00'),
          ('产出', '交易项目数量', '15', '15.00'),
          ('产出', '不见面开标率', '10', P(q(D(remote_r) / 10, 2))),
          ('产出', '交易服务时效', '10', '9.20'),
          ('效益', '营商环境改善', '15', '13.80'),
          ('满意度', '服务对象满意度', '10', P(q(D(sat) / 10, 2)))]
    assert sum(int(x[2]) for x in sc) == 100
    for x in sc:
        assert D(x[3]) <= D(x[2])
    total = P(sum(D(x[3]) for x in sc))
    t2 = [['一级指标', '二级指标', '分值', '得分']] + [list(x) for x in sc] + [['合计', '', '100', total]]
    L.sum('表2 得分合计', total, [x[3] for x in sc])
    L.sum('表2 分值合计', '100', [x[2] for x in sc])
    L.ratio('预算执行率得分 = 执行率 × 10分', sc[1][3], rate, '100', '10')
    L.ratio('不见面开标率得分', sc[6][3], remote_r, '100', '10')
    L.ratio('满意度得分', sc[9][3], sat, '100', '10')
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    grade = next(w for lo, w in bands if D(total) >= D(lo))
    L.band('等级', total, grade, bands, phrase='自评等级为“%s”' % grade)
    L.same('综合得分写两次', total, 2)
    L.diff('执行率得分扣分', P(D('10') - D(sc[1][3])), '10', sc[1][3])

    d.title('椋阳县公共资源交易中心2024年度部门整体支出绩效自评报告')
    d.sub(docno)
    d.h('一、部门基本情况')
    d.p('椋阳县公共资源交易中心为县政府直属公益一类事业单位，主要承担全县工程建设、政府采购、土地使用权及矿业权出让、'
        '国有产权交易等公共资源交易的场所服务和信息服务。中心内设4个股室，即%s。核定事业编制%d名，年末实有在编人员%d名，'
        '另有劳务派遣人员%d名。' % ('、'.join(units[:-1]) + '和' + units[-1], staff_quota, staff_real, dispatch))
    d.h('二、部门预算及执行情况')
    d.p('2024年年初预算%s万元，年中追加%s万元，调整预算%s万元。全年实际支出%s万元，预算执行率%s%%，'
        '比上年（%s%%）上升%s个百分点。从支出结构看，基本支出%s万元（人员经费%s万元、公用经费%s万元），占%s%%；'
        '项目支出%s万元，占%s%%。按年末实有在编人员计算，人均公用经费%s万元。'
        % (init_b, add_b, adj_b, spent, rate, rate_prev, rate_pp, lines[0][2], person, public, sh_basic,
           proj, sh_proj, per_public))
    d.cap('表1　2024年度预算执行情况')
    d.table('表1', t1)
    d.p('执行率最低的是%s项目（%s%%），主要是部分年度档案扫描延至2025年一季度验收付款。'
        '“三公”经费支出%s万元，全部为公务接待费，比上年%s万元压减%s万元，降低%s%%；因公出国（境）费和公务用车'
        '购置及运行费均为零。' % (low, rates[low], sg, sg_prev, sg_d, sg_r))
    d.h('三、部门履职绩效情况')
    d.p('全年进场交易项目%s个，同比增长%s%%，多出%d个（上年为%s个）。按交易类别分为4类，即%s，项目数分别为%s个。'
        '成交金额%s亿元，其中工程建设%s亿元、政府采购%s亿元、土地使用权及矿业权出让%s亿元、国有产权交易%s亿元，'
        '平均每个项目成交金额%s万元。'
        % (I(n_deals), n_r, n_d, I(n_prev), '、'.join(k for k, _, _ in deals[:-1]) + '和' + deals[-1][0],
           '个、'.join(str(n) for _, n, _ in deals[:-1]) + '个和' + str(deals[-1][1]),
           amt, deals[0][2], deals[1][2], deals[2][2], deals[3][2], per_deal))
    d.p('全面推行远程异地评标和不见面开标，不见面开标项目%s个，不见面开标率%s%%。开展服务对象满意度调查，'
        '发放问卷%d份，收回%d份，其中表示满意的%d份，满意度%s%%。' % (I(remote), remote_r, sent, back, happy, sat))
    d.h('四、自评结论')
    d.p('评分标准：综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。'
        '各项指标得分情况见表2。')
    d.cap('表2　部门整体支出绩效自评得分表')
    d.table('表2', t2)
    d.p('经自评，本部门2024年度综合得分%s分，自评等级为“%s”。预算执行率指标扣%s分，主要是交易档案数字化项目进度滞后。'
        '下一步将于2025年6月底前完成档案数字化项目验收，并提高预算编制的精准度。'
        % (total, grade, P(D('10') - D(sc[1][3]))))
    d.sign('椋阳县公共资源交易中心', date)
    meta = {'name': NAME, 'format': 'docx', 'date': date, 'docno': docno,
            'title': '椋阳县公共资源交易中心2024年度部门整体支出绩效自评报告', 'author': '椋阳县公共资源交易中心'}
    return d, L, meta
