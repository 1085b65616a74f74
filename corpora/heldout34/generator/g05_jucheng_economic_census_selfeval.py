# -*- coding: utf-8 -*-
"""t05 — 莒澄县统计局 第五次全国经济普查专项经费 项目支出绩效自评报告 (pdf, STSong-Light)"""
from lk34 import D, F, I, q, pct, growth, Ledger, T

NAME = 't05_jucheng_economic_census_fund_selfeval_2024'
FMT = 'pdf'
DATE = '2025年3月25日'
DOCNO = '莒澄统〔2025〕4号'


def build():
    L = Ledger(NAME + '.' + FMT)
    b0, b1 = D('168.00'), D('48.50')
    bud = b0 + b1
    L.sum('全年预算 = 县级年初安排 + 上级补助', F(bud), [F(b0), F(b1)])
    n_e, s_e, n_g, s_g = 412, 2400, 68, 3000
    labor_e = F(D(n_e) * s_e / 10000)
    labor_g = F(D(n_g) * s_g / 10000)
    L.prod('普查员劳务补助 = 人数 x 标准', labor_e, [I(n_e), I(s_e)], div=10000)
    L.prod('普查指导员劳务补助 = 人数 x 标准', labor_g, [I(n_g), I(s_g)], div=10000)
    items = [('普查员劳务补助', f'{n_e}人×{I(s_e)}元', labor_e), ('普查指导员劳务补助', f'{n_g}人×{I(s_g)}元', labor_g),
             ('培训费', '县乡两级培训', '14.36'), ('宣传费', '入户宣传及公益广告', '8.71'),
             ('数据处理及设备购置', '手持终端及服务器', '31.85'), ('印刷及办公用品', '表册印刷', '6.43'),
             ('交通及差旅费', '入户核查用车', '9.18'), ('事后质量抽查', '320个单位', '4.92')]
    exp = F(sum(D(v) for *_, v in items))
    shs = [pct(v, exp) for *_, v in items]
    assert sum(D(s) for s in shs) == 100, (shs, sum(D(s) for s in shs))
    rows = []
    for (nm, basis, v), s in zip(items, shs):
        rows.append([nm, basis, v, s])
        L.rate(f'表1 {nm} 占比', s, v, exp)
    rows.append(['合计', '—', exp, '100.00'])
    L.sum('表1 支出合计', exp, [v for *_, v in items])
    L.sum('表1 占比合计', '100.00', shs)
    labor = F(D(labor_e) + D(labor_g))
    L.sum('劳务补助合计', labor, [labor_e, labor_g])
    labor_sh = pct(labor, exp)
    L.rate('劳务补助占支出总额', labor_sh, labor, exp)
    exe = pct(exp, bud)
    L.rate('预算执行率', exe, exp, F(bud))
    carry = F(bud - D(exp))
    L.signed('结转 = 预算 − 支出', carry, [F(bud)], [exp])
    L.sum('普查人员 = 普查员 + 指导员', I(n_e + n_g), [I(n_e), I(n_g)])

    legal, units, indiv = 5862, 7315, 23406
    legal0, indiv0 = 4927, 21118
    gl, gi = growth(legal, legal0), growth(indiv, indiv0)
    L.growth('法人单位比四经普增长', gl, I(legal), I(legal0))
    L.growth('个体经营户比四经普增长', gi, I(indiv), I(indiv0))
    L.diff('法人单位比四经普增加', I(legal - legal0), I(legal), I(legal0))
    per = F(D(legal + indiv) / n_e)
    L.sum('法人单位 + 个体经营户', I(legal + indiv), [I(legal), I(indiv)])
    L.quot('平均每名普查员登记对象', per, I(legal + indiv), I(n_e))
    chk, err = 320, 3
    acc = pct(chk - err, chk)
    L.rate('事后抽查登记准确率', acc, I(chk - err), I(chk))
    L.diff('抽查准确单位数', I(chk - err), I(chk), I(err))
    qn, qb, qs = 500, 472, 455
    sat = pct(qs, qb)
    L.rate('普查对象满意度（有效问卷）', sat, I(qs), I(qb))
    L.rate('问卷回收率', pct(qb, qn), I(qb), I(qn))

    sc_exe = F(10 * D(exe) / 100); sc_acc = F(10 * D(acc) / 100); sc_sat = F(10 * D(sat) / 100)
    L.prod('预算执行得分 = 10 x 执行率', sc_exe, ['10', exe], div=100, shown=[exe])
    L.prod('数据质量得分 = 10 x 准确率', sc_acc, ['10', acc], div=100, shown=[acc])
    L.prod('满意度得分 = 10 x 满意度', sc_sat, ['10', sat], div=100, shown=[sat])
    score = [('决策', '立项依据充分性', 5, '5.00'), ('决策', '绩效目标合理性', 5, '5.00'), ('决策', '预算编制科学性', 5, '4.50'),
             ('过程', '资金到位率', 5, '5.00'), ('过程', '预算执行率', 10, sc_exe), ('过程', '资金使用合规性', 5, '5.00'),
             ('过程', '管理制度执行', 5, '4.50'),
             ('产出', '普查对象登记完成率', 10, '10.00'), ('产出', '登记数据准确率', 10, sc_acc), ('产出', '数据按时上报率', 10, '10.00'),
             ('效益', '普查数据开发应用', 10, '8.50'), ('效益', '社会公众知晓度', 10, '9.00'), ('效益', '普查对象满意度', 10, sc_sat)]
    rows2 = [[a, b, str(w), s] for a, b, w, s in score]
    tot = F(sum(D(s) for *_, s in score))
    rows2.append(['合计', '', '100', tot])
    L.sum('表2 权重合计', '100', [str(w) for _, _, w, _ in score])
    L.sum('表2 得分合计', tot, [s for *_, s in score])
    L.band('自评等级', tot, 90, 100, '优')
    L.dated('报告日期晚于年度末', DATE)
    L.anchor('文号', DOCNO)

    model = [
        ('title', '莒澄县第五次全国经济普查专项经费2024年度项目支出绩效自评报告'),
        ('sub', DOCNO),
        ('h', '一、项目概况'),
        ('p', '根据《全国经济普查条例》和省、市第五次全国经济普查领导小组部署，我县第五次全国经济普查以2023年12月31日为标准时点，'
              '2024年1月1日至4月30日开展普查登记，5月至7月进行数据审核汇总。本报告反映2024年度专项经费的使用和绩效情况。'),
        ('p', f'2024年专项经费预算{F(bud)}万元，其中县级年初安排{F(b0)}万元、上级补助{F(b1)}万元。全县选聘普查员{I(n_e)}名、'
              f'普查指导员{I(n_g)}名，共{I(n_e + n_g)}名，劳务补助分别按每人{I(s_e)}元和{I(s_g)}元发放。'),
        ('h', '二、资金使用情况'),
        ('p', f'截至2024年12月31日，专项经费支出{exp}万元，预算执行率{exe}%，结转{carry}万元用于2025年普查资料开发。'
              f'其中普查员和普查指导员劳务补助合计{labor}万元，占支出总额的{labor_sh}%。'),
        T('表1　2024年度第五次全国经济普查专项经费支出明细', ['支出项目', '计算依据', '金额（万元）', '占比（%）'], rows),
        ('h', '三、绩效目标完成情况'),
        ('p', f'全县共登记法人单位{I(legal)}个、产业活动单位{I(units)}个、个体经营户{I(indiv)}户。与第四次全国经济普查（2018年末）相比，'
              f'法人单位增加{I(legal - legal0)}个（上次{I(legal0)}个），增长{gl}%；个体经营户增长{gi}%（上次{I(indiv0)}户）。'
              f'法人单位和个体经营户合计{I(legal + indiv)}个（户），平均每名普查员登记{per}个（户）。'
              f'事后质量抽查{I(chk)}个单位，登记准确{I(chk - err)}个、差错{err}个，'
              f'准确率{acc}%。数据均按时上报。向普查对象发放满意度问卷{I(qn)}份，回收{I(qb)}份（回收率{pct(qb, qn)}%），'
              f'满意{I(qs)}份，满意度{sat}%。'),
        ('h', '四、自评结论'),
        ('p', f'按照项目支出绩效评价指标体系自评，得分{tot}分，等级为“优”。评分情况见表2。'),
        T('表2　项目支出绩效自评得分', ['一级指标', '二级指标', '权重', '得分'], rows2),
        ('h', '五、存在问题及改进措施'),
        ('p', '一是部分乡镇普查员劳务补助发放时间晚于登记结束时间两个月以上；二是普查数据开发应用深度不够。'
              '下一步将及时兑付劳务补助，编印普查资料汇编，开展专题分析。'),
        ('sign', ['莒澄县统计局', DATE]),
    ]
    L.fact('date', DATE)
    L.fact('docno', DOCNO)
    L.fact('score', tot)
    cw = {'表1　': [40, 52, 32, 26], '表2　': [30, 60, 22, 24]}
    return model, L, {'col_widths': cw}
