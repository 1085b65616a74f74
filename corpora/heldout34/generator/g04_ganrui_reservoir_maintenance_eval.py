# -*- coding: utf-8 -*-
"""t04 — 江西汭衡工程咨询有限公司 受赣汭县财政局委托 小型水库维修养护资金 第三方绩效评价 (docx)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't04_ganrui_small_reservoir_maintenance_thirdparty_eval_2024'
FMT = 'docx'
DATE = '2025年5月20日'
DOCNO = '汭衡评〔2025〕第015号'


def build():
    L = Ledger(NAME + '.' + FMT)
    c, p, x = D('1080.00'), D('360.00'), D('210.00')
    fund = c + p + x
    L.sum('资金来源 = 中央 + 省级 + 县级', F(fund), [F(c), F(p), F(x)])
    n1, n2 = 18, 136
    s1, s2 = D('15.00'), D('6.00')
    b1, b2 = F(n1 * s1), F(n2 * s2)
    L.prod('小(1)型 预算 = 座数 x 定额', b1, [I(n1), F(s1)])
    L.prod('小(2)型 预算 = 座数 x 定额', b2, [I(n2), F(s2)])
    L.sum('水库座数 = 小(1)型 + 小(2)型', I(n1 + n2), [I(n1), I(n2)])
    sp = [('樟岭水库溢洪道修复', '138.00', '126.45'), ('黄茅坳水库放水涵管改造', '96.00', '90.12'),
          ('枫木塘水库坝坡护砌', '142.00', '117.36'), ('鹅公坑水库防汛道路硬化', '88.00', '81.20'),
          ('上庄坪水库安全监测设施', '100.00', '83.49')]
    e1, e2 = D('262.40'), D('781.35')
    rows = [['小(1)型水库日常维修养护', f'{n1}座×{F(s1)}', b1, F(e1), pct(e1, b1)],
            ['小(2)型水库日常维修养护', f'{n2}座×{F(s2)}', b2, F(e2), pct(e2, b2)]]
    L.rate('表1 小(1)型 执行率', pct(e1, b1), F(e1), b1)
    L.rate('表1 小(2)型 执行率', pct(e2, b2), F(e2), b2)
    for nm, b, e in sp:
        r = pct(e, b)
        rows.append([nm, '1处', b, e, r])
        L.rate(f'表1 {nm} 执行率', r, e, b)
    bud = F(D(b1) + D(b2) + sum(D(b) for _, b, _ in sp))
    exp = F(e1 + e2 + sum(D(e) for _, _, e in sp))
    exe = pct(exp, bud)
    rows.append(['合计', '—', bud, exp, exe])
    L.sum('表1 预算合计', bud, [b1, b2] + [b for _, b, _ in sp])
    L.sum('表1 支出合计', exp, [F(e1), F(e2)] + [e for _, _, e in sp])
    L.rate('表1 总执行率', exe, exp, bud)
    L.same('预算合计 = 资金来源合计', bud, F(fund))
    spb = F(sum(D(b) for _, b, _ in sp)); spe = F(sum(D(e) for _, _, e in sp))
    L.sum('专项维修预算小计', spb, [b for _, b, _ in sp])
    L.sum('专项维修支出小计', spe, [e for _, _, e in sp])
    spr = pct(spe, spb)
    L.rate('专项维修执行率', spr, spe, spb)
    low = [nm for nm, b, e in sp if D(pct(e, b)) < 90]
    L.count('执行率低于90%的专项项目', '2', low)
    carry = F(D(bud) - D(exp))
    L.signed('结转 = 预算 − 支出', carry, [bud], [exp])
    last = D('1386.20')
    g = growth(exp, last)
    L.growth('支出比上年增长', g, exp, F(last))
    L.anchor('结论重述支出（二 与 四 同一数）', f'项目支出{exp}万元', f'项目资金支出{exp}万元')
    cen_sh = pct(c, fund)
    L.rate('中央资金占比', cen_sh, F(c), F(fund))

    res, res_ok, cov0 = 154, 146, D('87.66')
    cov = pct(res_ok, res)
    L.rate('雨水情测报设施覆盖率', cov, I(res_ok), I(res))
    L.diff('覆盖率提高百分点', F(D(cov) - cov0), cov, F(cov0))
    iss, iss_ok = 217, 209
    fix = pct(iss_ok, iss)
    L.rate('巡查问题整改率', fix, I(iss_ok), I(iss))
    qn, qb, qs = 300, 288, 271
    back = pct(qb, qn); sat = pct(qs, qb)
    L.rate('问卷回收率', back, I(qb), I(qn))
    L.rate('满意度（有效问卷）', sat, I(qs), I(qb))

    # 表2 评分
    sc_exe = F(5 * D(exe) / 100); sc_cov = F(8 * D(cov) / 100)
    sc_fix = F(5 * D(fix) / 100); sc_sat = F(10 * D(sat) / 100)
    L.prod('预算执行得分 = 5 x 执行率', sc_exe, ['5', exe], div=100, shown=[exe])
    L.prod('测报覆盖得分 = 8 x 覆盖率', sc_cov, ['8', cov], div=100, shown=[cov])
    L.prod('整改率得分 = 5 x 整改率', sc_fix, ['5', fix], div=100, shown=[fix])
    L.prod('满意度得分 = 10 x 满意度', sc_sat, ['10', sat], div=100, shown=[sat])
    score = [
        ('决策', '项目立项', 5, '5.00'), ('决策', '绩效目标', 5, '4.00'), ('决策', '资金分配', 5, '4.00'),
        ('过程', '资金到位', 5, '5.00'), ('过程', '预算执行', 5, sc_exe), ('过程', '财务管理', 5, '3.60'),
        ('过程', '项目管理', 5, '3.50'),
        ('产出', '日常维修养护完成率', 10, '10.00'), ('产出', '专项维修工程质量', 10, '7.50'),
        ('产出', '测报设施覆盖率', 8, sc_cov), ('产出', '完成及时性', 7, '5.00'),
        ('效益', '安全度汛', 15, '15.00'), ('效益', '巡查问题整改率', 5, sc_fix), ('效益', '受益群众满意度', 10, sc_sat),
    ]
    rows2 = []
    for a, b, w, s in score:
        assert D(s) <= w
        rows2.append([a, b, f'{w}', s])
    tot = F(sum(D(s) for *_, s in score))
    rows2.append(['合计', '', '100', tot])
    L.sum('表2 权重合计', '100', [str(w) for _, _, w, _ in score])
    L.sum('表2 得分合计', tot, [s for *_, s in score])
    subs = {}
    for lv in ['决策', '过程', '产出', '效益']:
        ss = [s for a, _, _, s in score if a == lv]
        subs[lv] = F(sum(D(s) for s in ss))
        L.sum(f'{lv}指标得分小计（正文）', subs[lv], ss)
    L.sum('一级指标得分之和 = 总分', tot, list(subs.values()))
    L.band('评价等级', tot, 80, 90, '良')
    lost = F(100 - D(tot))
    L.signed('扣分 = 100 − 总分', lost, ['100'], [tot])
    L.anchor('正文总分 = 表2 合计', f'该项目得分{tot}分', f'|合计||100|{tot}')
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('报告编号', DOCNO)

    model = [
        ('title', '赣汭县2024年度小型水库维修养护资金第三方绩效评价报告'),
        ('sub', f'报告编号：{DOCNO}'),
        ('p', '受赣汭县财政局委托，江西汭衡工程咨询有限公司于2025年3月至4月对赣汭县水利局实施的2024年度小型水库维修养护资金'
              '开展第三方绩效评价，采取资料核查、现场抽查24座水库和问卷调查相结合的方式，评价期间为2024年1月1日至2024年12月31日。'),
        ('h', '一、项目基本情况'),
        ('p', f'全县纳入维修养护范围的小型水库{I(n1 + n2)}座，其中小(1)型{I(n1)}座、小(2)型{I(n2)}座。2024年安排资金{F(fund)}万元，'
              f'其中中央水利发展资金{F(c)}万元（占{cen_sh}%）、省级{F(p)}万元、县级{F(x)}万元。日常维修养护按定额安排，'
              f'小(1)型每座{F(s1)}万元、小(2)型每座{F(s2)}万元；另安排5处专项维修项目{spb}万元。'),
        ('h', '二、资金使用情况'),
        ('p', f'截至2024年12月31日，项目支出{exp}万元，执行率{exe}%，结转{carry}万元；'
              f'支出比上年{F(last)}万元增长{g}%。专项维修支出{spe}万元，执行率{spr}%，'
              f'其中枫木塘水库坝坡护砌、上庄坪水库安全监测设施2个项目执行率低于90%，主要是工程尾款待竣工验收后支付。'),
        T('表1　2024年度小型水库维修养护资金预算及执行情况（万元）', ['项目', '数量×定额', '预算', '支出', '执行率（%）'], rows),
        ('h', '三、绩效目标实现情况'),
        ('p', f'全年完成{I(n1 + n2)}座小型水库日常维修养护，完成率100%。雨水情测报设施覆盖{I(res_ok)}座，覆盖率{cov}%，'
              f'比上年{F(cov0)}%提高{F(D(cov) - cov0)}个百分点。汛前汛后巡查发现问题{I(iss)}个，已整改{I(iss_ok)}个，'
              f'整改率{fix}%。全年{I(n1 + n2)}座水库安全度汛。发放受益群众问卷{I(qn)}份，回收{I(qb)}份（回收率{back}%），'
              f'其中表示满意的{I(qs)}份，满意度{sat}%。'),
        T('表2　绩效评价指标得分', ['一级指标', '二级指标', '权重', '得分'], rows2),
        ('h', '四、评价结论'),
        ('p', f'经综合评价，该项目得分{tot}分，扣{lost}分，评价等级为“良”。其中决策指标得分{subs["决策"]}分、过程指标{subs["过程"]}分、'
              f'产出指标{subs["产出"]}分、效益指标{subs["效益"]}分。项目资金支出{exp}万元，'
              f'有效保障了水库安全运行。主要问题：一是部分专项维修项目进度滞后；二是维修养护台账不够规范。'),
        ('h', '五、建议'),
        ('p', '一是加快专项维修项目竣工验收和尾款支付；二是推行小型水库物业化管理，统一维修养护台账格式。'),
        ('sign', ['江西汭衡工程咨询有限公司', DATE]),
    ]
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    L.fact('score', tot)
    return model, L, {}
