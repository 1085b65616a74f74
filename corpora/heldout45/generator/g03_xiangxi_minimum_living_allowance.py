# -*- coding: utf-8 -*-
"""t03 葙溪县民政局 2024年度最低生活保障资金使用情况公开 (portal html)"""
from lib45 import *

NAME = 't03_xiangxi_county_civil_affairs_bureau_minimum_living_allowance_fund_usage_disclosure_2024.html'
FMT = 'html'


def build():
    L = Ledger(NAME)
    docno = '葙民〔2025〕6号'
    date = '2025年2月14日'
    phone = '0744-8264713'
    city_h, city_p, rural_h, rural_p = 862, 1318, 3454, 5707
    prev_h, prev_p = 4382, 7286
    new_h, new_p, out_h, out_p = 386, 612, 452, 873
    city_std, city_std_prev = 780, 750
    rural_m, rural_m_prev = 620, 590
    central, county = D('3214.80'), D('1071.70')
    city_exp, rural_exp = D('1026.35'), D('3092.27')
    towns = [('葙溪街道', 702, 1046, '852.40'), ('蓂坪镇', 912, 1498, '812.36'), ('檠口镇', 748, 1226, '668.15'),
             ('榅塘乡', 693, 1142, '621.08'), ('樕林乡', 651, 1088, '592.44'), ('棫溪乡', 610, 1025, None)]
    checked, prob_h = 1280, 37
    # ---- derived
    hh, pp = city_h + rural_h, city_p + rural_p
    assert prev_h + new_h - out_h == hh and prev_p + new_p - out_p == pp
    per_h = q(D(pp) / hh, 2)
    p_dec = prev_p - pp
    p_rate = pct(p_dec, prev_p)
    c_up = city_std - city_std_prev
    c_rate = pct(c_up, city_std_prev)
    rural_y, rural_y_prev = rural_m * 12, rural_m_prev * 12
    r_rate = pct(rural_y - rural_y_prev, rural_y_prev)
    fund = central + county
    sh_county = pct(county, fund)
    spend = city_exp + rural_exp
    use_rate = pct(spend, fund)
    bal = fund - spend
    city_avg = q(city_exp * 10000 / city_p / 12, 2)
    rural_avg = q(rural_exp * 10000 / rural_p / 12, 2)
    last = spend - sum(D(x) for *_, x in towns if x)
    towns[-1] = towns[-1][:3] + (P(last),)
    assert sum(t[1] for t in towns) == hh and sum(t[2] for t in towns) == pp
    amts = [D(t[3]) for t in towns]
    top = max(range(len(towns)), key=lambda i: amts[i])
    prob_rate = pct(prob_h, checked)
    assert city_avg <= city_std and rural_avg <= rural_m

    f = lambda x: F(x)
    M = []
    M.append(TITLE('葙溪县2024年度最低生活保障资金使用情况公开'))
    M.append(SUB('发布机构：葙溪县民政局　文号：%s　字体：大 中 小' % docno))
    M.append(P_('为主动接受社会监督，根据社会救助资金信息公开的有关要求，现将我县2024年度城乡最低生活保障（以下简称低保）资金筹集、发放和管理情况公开如下。'))
    M.append(H('一、保障对象情况'))
    M.append(P_('截至2024年12月底，全县共有城乡低保对象%s户%s人，户均%s人。其中城市低保%s户%s人，农村低保%s户%s人。与上年末的%s户%s人相比，低保人数减少%s人，降幅%s%%。全年新纳入低保%s户%s人，因家庭收入增加等原因退出%s户%s人。'
                % (I(hh), I(pp), P(per_h), I(city_h), I(city_p), I(rural_h), I(rural_p), I(prev_h), I(prev_p), I(p_dec), P(p_rate),
                   I(new_h), I(new_p), I(out_h), I(out_p))))
    L.sum('低保户数 = 城市 + 农村', I(hh), [I(city_h), I(rural_h)])
    L.sum('低保人数 = 城市 + 农村', I(pp), [I(city_p), I(rural_p)])
    L.ratio('户均人数', I(pp), I(hh), P(per_h), scale='1')
    L.growth('低保人数减少', I(pp), I(prev_p), I(p_dec), P(p_rate), '减少')
    L.net('户数：上年末 + 新纳入 - 退出', I(prev_h), I(new_h), I(out_h), I(hh))
    L.net('人数：上年末 + 新纳入 - 退出', I(prev_p), I(new_p), I(out_p), I(pp))
    M.append(H('二、保障标准'))
    M.append(P_('2024年城市低保标准为每人每月%d元，比上年的%d元提高%d元，增长%s%%；农村低保标准由每人每年%s元提高到%s元，增加%s元，增长%s%%，折合每人每月%d元。按照县政府常务会议决定，2025年1月起城市低保标准将调整为每人每月810元。'
                % (city_std, city_std_prev, c_up, P(c_rate), I(rural_y_prev), I(rural_y), I(rural_y - rural_y_prev), P(r_rate), rural_m)))
    L.growth('城市低保标准提高', str(city_std), str(city_std_prev), str(c_up), P(c_rate), '提高')
    L.growth('农村低保标准增长', I(rural_y), I(rural_y_prev), I(rural_y - rural_y_prev), P(r_rate), '增长')
    L.prod('农村年标准 = 月标准 × 12', str(rural_m), '1', I(rural_y), scale='12')
    M.append(H('三、资金筹集和使用情况'))
    M.append(P_('2024年全县共筹集低保资金%s万元，其中中央财政困难群众救助补助资金%s万元，县级财政安排%s万元，县级资金占筹集总额的%s%%。全年发放低保金%s万元，资金使用率%s%%；其中城市低保金%s万元，农村低保金%s万元。年末结余%s万元，已按规定结转2025年继续用于困难群众救助。'
                % (f(fund), f(central), f(county), P(sh_county), f(spend), P(use_rate), f(city_exp), f(rural_exp), f(bal))))
    L.sum('筹集资金 = 中央 + 县级', f(fund), [f(central), f(county)])
    L.ratio('县级资金占比', f(county), f(fund), P(sh_county))
    L.sum('低保金支出 = 城市 + 农村', f(spend), [f(city_exp), f(rural_exp)])
    L.ratio('资金使用率', f(spend), f(fund), P(use_rate))
    L.diff('年末结余 = 筹集 - 发放', f(fund), f(spend), f(bal))
    M.append(P_('按年末保障人数和12个月计算，城市低保对象月人均补差%s元，农村低保对象月人均补差%s元，均未超过当地低保标准。'
                % (f(city_avg), f(rural_avg))))
    L.ratio('城市月人均补差（元，按12个月）', f(city_exp), I(city_p), f(city_avg), scale='10000/12')
    L.ratio('农村月人均补差（元，按12个月）', f(rural_exp), I(rural_p), f(rural_avg), scale='10000/12')
    L.le('城市补差不超过标准', f(city_avg), str(city_std))
    L.le('农村补差不超过标准', f(rural_avg), str(rural_m))
    M.append(P_('低保对象分布在全县%d个乡镇（街道），即%s。各乡镇（街道）低保金发放情况如下表（金额单位：万元）。'
                % (len(towns), '、'.join(t[0] for t in towns[:-1]) + '和' + towns[-1][0])))
    L.count('乡镇（街道）个数', str(len(towns)), [t[0] for t in towns])
    rows = [[t[0], I(t[1]), I(t[2]), f(D(t[3]))] for t in towns]
    rows.append(['合计', I(hh), I(pp), f(spend)])
    M.append(TABLE('T1', ['乡镇（街道）', '户数（户）', '人数（人）', '发放金额'], rows))
    L.sum('表 户数合计', I(hh), [r[1] for r in rows[:-1]])
    L.sum('表 人数合计', I(pp), [r[2] for r in rows[:-1]])
    L.sum('表 发放金额合计', f(spend), [r[3] for r in rows[:-1]])
    L.maxof('发放金额最多', rows[top][3], [r[3] for i, r in enumerate(rows[:-1]) if i != top], towns[top][0])
    M.append(P_('其中%s发放金额最多，主要是城区低保对象相对集中。' % towns[top][0]))
    M.append(H('四、监督管理情况'))
    M.append(P_('县民政局会同各乡镇（街道）开展低保对象动态管理，全年入户抽查%s户，发现问题家庭%d户，问题发生率%s%%。发现的问题主要有3类，即家庭成员就业收入未及时申报、家庭财产状况发生变化、户籍迁出未及时注销，均已督促整改，停发或减发低保金的已按程序办理。低保金全部通过“一卡通”社会化发放，做到直接打卡到户。'
                % (I(checked), prob_h, P(prob_rate))))
    L.ratio('问题发生率', str(prob_h), I(checked), P(prob_rate))
    L.count('问题类别', '3', ['家庭成员就业收入未及时申报', '家庭财产状况发生变化', '户籍迁出未及时注销'])
    M.append(P_('2025年，各乡镇（街道）须于3月31日前完成低保对象年度复核。社会各界如发现违规享受低保或资金使用问题，可向县民政局社会救助股反映，监督电话：%s。' % phone))
    L.anchor('监督电话', phone)
    M.append(SIGN('葙溪县民政局', date))
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.facts.update(date=date, docno=docno)
    meta = {'title': '葙溪县2024年度最低生活保障资金使用情况公开', 'site': '葙溪县人民政府门户网站',
            'nav': ['首页', '政务公开', '政务服务', '互动交流', '走进葙溪'],
            'crumb': ['首页', '政务公开', '重点领域信息公开', '社会救助'],
            'footer': '主办：葙溪县人民政府办公室　承办：葙溪县民政局　网站标识码及备案信息略'}
    return M, L, meta
