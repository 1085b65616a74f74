# -*- coding: utf-8 -*-
"""t06 峂江县交通运输局 客运站运营补贴资金2024年度绩效评价报告 (docx)"""
from lib47 import D, q, F, P, I, pct, Ledger

NAME = 't06_tongjiang_county_transport_bureau_bus_station_operating_subsidy_performance_evaluation_2024'
EXT = '.docx'
META = {'format': 'docx', 'issuer': '峂江县交通运输局'}

BANDS = [('85', '优'), ('70', '良'), ('60', '中'), ('0', '差')]


def build():
    L = Ledger(NAME + EXT)
    M = []
    docno = '峂交〔2025〕9号'
    date = '2025年4月2日'
    base = {'一级站': D('60.00'), '二级站': D('30.00'), '三级站': D('15.00')}
    stations = [('峂江县汽车客运中心站', '一级站', D('98.36')), ('城东客运站', '二级站', D('37.48')),
                ('嶅坪客运站', '三级站', D('19.25')), ('萏湾客运站', '三级站', D('13.41'))]
    std = D('0.60')
    budget = D('230.00')
    prev_pass, prev_sub = D('182.60'), D('212.40')
    lines_in, lines_out = 34, 12
    checks, hazards, fixed = 48, 63, 63
    sv_sent, sv_back, sv_ok = 500, 472, 436
    # ---- derived
    vol = [q(p * std) for _, _, p in stations]
    bases = [base[g] for _, g, _ in stations]
    subs = [b + v for b, v in zip(bases, vol)]
    total = sum(subs)
    shares = [pct(s, total) for s in subs]
    assert sum(shares) == 100, sum(shares)
    pas = sum(p for _, _, p in stations)
    exr = pct(total, budget)
    left = budget - total
    pd = prev_pass - pas
    pdr = pct(pd, prev_pass)
    sg = total - prev_sub
    sgr = pct(sg, prev_sub)
    per = q(total / pas)
    fixrate = pct(fixed, hazards)
    sat = pct(sv_ok, sv_back)
    names = [n for n, _, _ in stations]

    M.append(('title', '峂江县客运站运营补贴资金2024年度绩效评价报告'))
    M.append(('sub', docno))
    M.append(('h', '一、基本情况'))
    M.append(('p', '为保障城乡客运站点正常运营，县财政2024年预算安排客运站运营补贴资金%s万元。补贴对象为全县客运站4个，即%s、%s、%s和%s。'
                   '全县共开通客运班线%s条，其中县内班线%s条、县际班线%s条。'
                   % (F(budget), names[0], names[1], names[2], names[3], I(lines_in + lines_out), I(lines_in), I(lines_out))))
    L.count('补贴客运站个数', '4', names)
    L.sum('客运班线 = 县内 + 县际', I(lines_in + lines_out), [I(lines_in), I(lines_out)])
    M.append(('p', '补贴按“基础补贴＋发送量补贴”测算：基础补贴一级站%s万元、二级站%s万元、三级站%s万元；发送量补贴按每发送旅客1人次%s元计算。'
                   % (F(base['一级站']), F(base['二级站']), F(base['三级站']), P(std))))
    M.append(('h', '二、资金分配和使用情况'))
    M.append(('p', '经核定，2024年应拨付补贴%s万元，已全部拨付到站，执行率%s%%，结余%s万元收回县财政。补贴比上年的%s万元增加%s万元，增长%s%%。'
                   % (F(total), P(exr), F(left), F(prev_sub), F(sg), P(sgr))))
    L.ratio('执行率 = 核定补贴 / 预算', P(exr), F(total), F(budget))
    L.diff('结余 = 预算 - 核定补贴', F(left), F(budget), F(total))
    L.growth('补贴比上年增加、增长', F(total), F(prev_sub), F(sg), P(sgr), '增加…增长')
    M.append(('cap', '表1　2024年客运站运营补贴核定表'))
    M.append(('unit', '单位：万人次、万元、%'))
    rows = [['客运站', '站级', '旅客发送量', '基础补贴', '发送量补贴', '补贴合计', '占比']]
    for (n, g, p), b, v, s, sh in zip(stations, bases, vol, subs, shares):
        rows.append([n, g, P(p), F(b), F(v), F(s), P(sh)])
        L.prod('表1 %s发送量补贴 = 发送量 x %s元' % (n, P(std)), F(v), P(p), P(std), 1)
        L.sum('表1 %s补贴合计 = 基础 + 发送量' % n, F(s), [F(b), F(v)])
        L.ratio('表1 %s占比' % n, P(sh), F(s), F(total))
    rows.append(['合计', '', P(pas), F(sum(bases)), F(sum(vol)), F(total), P(sum(shares))])
    M.append(('table', {'id': 'T1', 'rows': rows}))
    L.sum('表1 旅客发送量合计', P(pas), [P(p) for _, _, p in stations])
    L.sum('表1 基础补贴合计', F(sum(bases)), [F(b) for b in bases])
    L.sum('表1 发送量补贴合计', F(sum(vol)), [F(v) for v in vol])
    L.sum('表1 补贴合计', F(total), [F(s) for s in subs])
    L.sum('表1 占比合计', P(sum(shares)), [P(s) for s in shares])
    M.append(('h', '三、绩效目标实现情况'))
    M.append(('p', '2024年全县客运站发送旅客%s万人次，较上年的%s万人次减少%s万人次，下降%s%%，主要受城乡公交延伸和私家车出行增加影响。'
                   '平均每发送旅客1人次补贴%s元。' % (P(pas), P(prev_pass), P(pd), P(pdr), P(per))))
    L.growth('发送量较上年减少、下降', P(pas), P(prev_pass), P(pd), P(pdr), '减少…下降')
    L.ratio('平均每人次补贴（元）', P(per), F(total), P(pas), 1)
    M.append(('p', '全年开展站务安全检查%s次，发现安全隐患%s处，已整改%s处，整改率%s%%。评价组发放群众满意度问卷%s份，回收%s份，满意%s份，满意度%s%%。'
                   % (I(checks), I(hazards), I(fixed), P(fixrate), I(sv_sent), I(sv_back), I(sv_ok), P(sat))))
    L.ratio('隐患整改率', P(fixrate), I(fixed), I(hazards))
    L.ratio('满意度 = 满意 / 回收', P(sat), I(sv_ok), I(sv_back))
    M.append(('h', '四、评价结论'))
    M.append(('p', '评价组于2025年3月3日至3月21日开展现场评价。根据评价指标体系，评价得分85分（含）以上为“优”，70分（含）至85分为“良”，'
                   '60分（含）至70分为“中”，60分以下为“差”。'))
    items = [('决策', '立项依据充分性', D(5), D('5.00')), ('决策', '补贴测算办法合理性', D(10), D('8.50')),
             ('过程', '资金到位及时性', D(5), D('5.00')), ('过程', '预算执行率', D(10), q(total / budget * 10)),
             ('过程', '资金管理规范性', D(10), D('9.00')), ('产出', '旅客发送量', D(15), D('10.00')),
             ('产出', '安全运营', D(15), D('15.00')), ('效益', '群众出行便利度', D(15), D('12.00')),
             ('效益', '群众满意度', D(15), q(D(sv_ok) / sv_back * 15))]
    assert sum(v for _, _, v, _ in items) == 100 and all(s <= v for _, _, v, s in items)
    score = sum(s for _, _, _, s in items)
    word = [w for lo, w in BANDS if score >= D(lo)][0]
    assert word == '优' and score < 90
    rows = [['一级指标', '二级指标', '分值', '得分']]
    for a, b, v, s in items:
        rows.append([a, b, I(v), P(s)])
    rows.append(['合计', '', I(100), P(score)])
    M.append(('table', {'id': 'T2', 'rows': rows}))
    L.sum('表2 分值合计', I(100), [I(v) for _, _, v, _ in items])
    L.sum('表2 得分合计', P(score), [P(s) for _, _, _, s in items])
    L.ratio('执行率得分 = 10 x 核定 / 预算', P(items[3][3]), F(total), F(budget), 10)
    L.ratio('满意度得分 = 15 x 满意 / 回收', P(items[8][3]), I(sv_ok), I(sv_back), 15)
    for a, b, v, s in items:
        L.le('得分不超过分值：%s' % b, P(s), I(v))
    M.append(('p', '综上，该项目2024年度绩效评价得分%s分，评价等级为“%s”。旅客发送量指标因发送量下降扣%s分。'
                   % (P(score), word, P(items[5][2] - items[5][3]))))
    L.band('评价等级与本报告分档一致', P(score), '评价等级为“%s”' % word, word, BANDS)
    L.diff('发送量指标扣分 = 分值 - 得分', P(items[5][2] - items[5][3]), I(items[5][2]), P(items[5][3]))
    M.append(('h', '五、问题和建议'))
    M.append(('p', '补贴测算未充分考虑站点发送量持续下降的趋势，部分三级站基础补贴占比偏高。建议2025年修订测算办法，将补贴与服务质量考核挂钩。'))
    L.anchor('文号', docno)
    M.append(('sign', ['峂江县交通运输局', date]))
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    return M, L, META, {'date': date, 'docno': docno}
