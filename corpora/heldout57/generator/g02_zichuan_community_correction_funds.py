# -*- coding: utf-8 -*-
"""t02 嵫川县司法局 社区矫正经费项目2025年度支出绩效自评报告 (docx)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't02_zichuan_county_justice_bureau_community_correction_funds_project_selfeval_2025.docx'
FY = 2025


def build():
    L = Ledger()
    offices = ['嵫城司法所', '嵫东司法所', '嵫西司法所', '嵫南司法所', '北嵫司法所', '嵫口司法所']
    open_n, new_n, release_n, revoke_n = 186, 142, 129, 4
    types = [('缓刑', 168), ('假释', 14), ('管制', 9), ('暂予监外执行', 4)]
    county, upper, prev_bud = D('72.00'), D('24.00'), D('88.00')
    items = [('教育帮扶与心理矫治', '22.00', '21.35'), ('电子定位监管服务', '18.60', '18.60'),
             ('社会工作者购买服务', None, None), ('集中教育培训', '6.20', '5.86'), ('办公及执法装备', '6.00', '5.47')]
    sw_n, sw_std = 12, D('3.60')            # 社工人数, 万元/人·年
    reoffend, reoffend_prev = 1, D('0.35')
    need_help = 37
    sessions, attend = 24, 1426
    sv_sent, sv_back, sv_ok = 300, 286, 271
    docno, date = '嵫司〔2026〕4号', '2026年2月12日'

    # ---------------- derived
    close_n = open_n + new_n - release_n - revoke_n
    assert close_n == sum(n for _, n in types)
    total_managed = open_n + new_n
    avg_n = (D(open_n) + D(close_n)) / 2
    bud = county + upper
    sw_bud = q(sw_n * sw_std, 2)
    sw_out = sw_bud - q(sw_std / 2, 2)      # 1名社工岗位空缺半年
    rows = []
    for nm, b, s in items:
        if b is None:
            b, s = sw_bud, sw_out
        rows.append((nm, D(b), D(s)))
    assert sum(r[1] for r in rows) == bud
    out = sum(r[2] for r in rows)
    exe = pct(out, bud)
    row_exe = [pct(s, b) for _, b, s in rows]
    grow = bud - prev_bud
    grow_rate = pct(grow, prev_bud)
    per_cap = q(out * 10000 / avg_n, 2)
    re_rate = pct(reoffend, total_managed)
    re_pp = reoffend_prev - re_rate
    per_sess = q(D(attend) / sessions, 2)
    sat = pct(sv_ok, sv_back)
    score_rows = [('决策', '项目立项', 5, '5.00'), ('决策', '绩效目标', 5, '4.50'), ('决策', '资金投入', 5, '5.00'),
                  ('过程', '资金管理', 10, q(exe / 10, 2)), ('过程', '组织实施', 10, '9.00'),
                  ('产出', '产出数量', 15, '15.00'), ('产出', '产出质量', 10, '9.50'), ('产出', '产出时效', 8, '8.00'),
                  ('产出', '产出成本', 7, '6.50'), ('效益', '社会效益', 15, '14.00'), ('效益', '满意度', 10, q(sat / 10, 2))]
    assert sum(r[2] for r in score_rows) == 100
    total_score = sum(D(r[3]) for r in score_rows)
    for r in score_rows:
        assert D(r[3]) <= r[2]
    bands = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
    grade = next(g for lo, g in bands if total_score >= D(lo))

    B = []
    B.append({'t': 'title', 'text': '嵫川县司法局'})
    B.append({'t': 'title', 'text': '社区矫正经费项目2025年度支出绩效自评报告'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'h', 'text': '一、项目基本情况'})
    B.append({'t': 'p', 'text': '（一）项目概况。社区矫正经费用于社区矫正对象的监督管理、教育帮扶和社会适应性帮扶。全县设司法所%s个，即%s，具体承担日常监管工作。'
              '2025年初在册社区矫正对象%s人，全年新接收%s人，解除矫正%s人，收监执行%s人，年末在册%s人，全年累计管理%s人。'
              '年末在册人员按矫正类别分，缓刑%s人、假释%s人、管制%s人、暂予监外执行%s人。' % (
                  L.i('n_office', len(offices)), '、'.join(offices), L.i('open_n', open_n), L.i('new_n', new_n),
                  L.i('release_n', release_n), L.i('revoke_n', revoke_n), L.i('close_n', close_n), L.i('managed', total_managed),
                  L.i('t_huan', 168), L.i('t_jia', 14), L.i('t_guan', 9), L.i('t_zan', 4))})
    B.append({'t': 'p', 'text': '（二）资金情况。2025年项目预算%s万元，资金来源为县本级财政%s万元、上级转移支付%s万元；预算规模比上年增长%s%%，绝对额增加%s万元（上年为%s万元）。'
              '全年实际支出%s万元，预算执行率为%s%%（见表1）。' % (
                  L.m('bud', bud), L.m('county', county), L.m('upper', upper), L.p('grow_rate', grow_rate), L.m('grow', grow),
                  L.m('prev_bud', prev_bud), L.m('out_text', out), L.p('exe_text', exe))})
    trows = []
    for k, (nm, b, s) in enumerate(rows):
        trows.append([nm, L.m('b%d' % k, b), L.m('s%d' % k, s), L.p('e%d' % k, row_exe[k])])
    trows.append(['合计', L.m('b_tot', bud), L.m('s_tot', out), L.p('e_tot', exe)])
    B.append({'t': 'table', 'caption': '表1　社区矫正经费支出明细（金额单位：万元）', 'head': ['支出内容', '预算数', '实际支出', '执行率（%）'],
              'rows': trows})
    B.append({'t': 'p', 'text': '社会工作者购买服务按%s名、每人每年%s万元安排预算%s万元，其中1名社工7月起离职、岗位空缺半年，实际支出%s万元。'
              '按年平均在册%s人计算，人均矫正经费%s元。' % (
                  L.i('sw_n', sw_n), L.p('sw_std', sw_std), L.m('sw_bud', sw_bud), L.m('sw_out', sw_out),
                  L.f('avg_n', format(avg_n, 'f')), L.m('per_cap', per_cap))})
    B.append({'t': 'h', 'text': '二、绩效目标完成情况'})
    B.append({'t': 'p', 'text': '（一）产出。对全年累计管理的%s人全部开展心理测评，筛查出需重点干预对象%s人并全部落实干预措施；举办集中教育%s期，'
              '参加%s人次，期均%s人次；年末在册对象全部纳入电子定位或信息化核查。' % (
                  L.i('managed_2', total_managed), L.i('need_help', need_help), L.i('sessions', sessions), L.i('attend', attend),
                  L.p('per_sess', per_sess))})
    B.append({'t': 'p', 'text': '（二）效益。全年社区矫正对象再犯罪%s人，再犯罪率%s%%（以累计管理人数为基数），较上年（%s%%）低%s个百分点，'
              '优于不高于0.50%%的目标值。向矫正对象及家属发放问卷%s份、收回%s份，表示满意的%s份，满意度%s%%。' % (
                  L.i('reoffend', reoffend), L.p('re_rate', re_rate), L.p('re_prev', reoffend_prev), L.p('re_pp', re_pp),
                  L.i('sv_sent', sv_sent), L.i('sv_back', sv_back), L.i('sv_ok', sv_ok), L.p('sat', sat))})
    B.append({'t': 'h', 'text': '三、自评结论'})
    B.append({'t': 'p', 'text': '按照90分（含）以上为“优”、80（含）至90分为“良”、60（含）至80分为“中”、60分以下为“差”的标准，'
              '资金管理得分按预算执行率折算，满意度得分按满意度折算，评分情况见表2。'})
    srows = []
    for k, (a, b, fz, sc) in enumerate(score_rows):
        srows.append([a, b, L.i('fz%d' % k, fz), L.p('sc%d' % k, sc)])
    srows.append(['合计', '', L.i('fz_tot', 100), L.p('sc_tot', total_score)])
    B.append({'t': 'table', 'caption': '表2　项目支出绩效自评评分表', 'head': ['一级指标', '二级指标', '分值', '得分'], 'rows': srows})
    B.append({'t': 'p', 'text': '经自评，本项目得分%s分，等级为“%s”。存在的问题是绩效目标中成本指标细化不够、社工队伍稳定性不足。'
              '下一步将于2026年4月底前完成社工岗位补员，并细化分项成本指标。' % (L.p('sc_concl', total_score), L.anchor('等级', grade))})
    B.append({'t': 'right', 'text': '嵫川县司法局'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    L.count('c_office', '司法所个数=所列名称数', 'n_office', offices)
    L.lin('c_flow', '年末在册=年初+新接收−解除−收监', 'close_n', ['open_n', 'new_n', (-1, 'release_n'), (-1, 'revoke_n')])
    L.lin('c_types', '年末在册=各矫正类别之和', 'close_n', ['t_huan', 't_jia', 't_guan', 't_zan'])
    L.lin('c_managed', '累计管理=年初+新接收', 'managed', ['open_n', 'new_n'])
    L.same('c_managed_s', '累计管理人数前后一致', ['managed', 'managed_2'])
    L.lin('c_src', '预算=县本级+上级', 'bud', ['county', 'upper'])
    L.growth('c_grow', '预算较上年增加额与增长率', 'bud', 'prev_bud', 'grow', 'grow_rate', 'up')
    for k in range(5):
        L.ratio('c_e%d' % k, '表1 %s 执行率' % rows[k][0], 's%d' % k, 'b%d' % k, 'e%d' % k)
    L.lin('c_btot', '表1预算合计=各行之和', 'b_tot', ['b%d' % k for k in range(5)])
    L.lin('c_stot', '表1支出合计=各行之和', 's_tot', ['s%d' % k for k in range(5)])
    L.ratio('c_etot', '表1合计执行率=支出÷预算', 's_tot', 'b_tot', 'e_tot')
    L.same('c_bud_s', '正文预算=表1合计', ['bud', 'b_tot'])
    L.same('c_out_s', '正文支出=表1合计', ['out_text', 's_tot'])
    L.ratio('c_exe_text', '正文预算执行率=实际支出÷预算', 'out_text', 'bud', 'exe_text')
    L.prod('c_sw', '社工预算=人数×标准', 'sw_n', 'sw_std', 'sw_bud')
    L.same('c_sw_b', '社工预算=表1行', ['sw_bud', 'b2'])
    L.same('c_sw_s', '社工实际支出=表1行', ['sw_out', 's2'])
    L.lin('c_avg', '年平均在册=(年初+年末)÷2', 'avg_n', [(D('0.5'), 'open_n'), (D('0.5'), 'close_n')])
    L.ratio('c_percap', '人均矫正经费=支出×10000÷年平均在册', 's_tot', 'avg_n', 'per_cap', scale=10000)
    L.ratio('c_sess', '期均参训人次=人次÷期数', 'attend', 'sessions', 'per_sess', scale=1)
    L.ratio('c_re', '再犯罪率=再犯罪人数÷累计管理', 'reoffend', 'managed', 're_rate')
    L.pp('c_re_pp', '再犯罪率较上年下降百分点', 're_rate', 're_prev', 're_pp', 'down')
    L.ratio('c_sat', '满意度=满意份数÷收回份数', 'sv_ok', 'sv_back', 'sat')
    L.le('c_back', '收回份数≤发放份数', 'sv_back', 'sv_sent')
    L.lin('c_fz', '表2分值合计=100', 'fz_tot', ['fz%d' % k for k in range(len(score_rows))])
    L.lin('c_sc', '表2得分合计=各项得分之和', 'sc_tot', ['sc%d' % k for k in range(len(score_rows))])
    L.prod('c_sc_exe', '资金管理得分=表1合计执行率×分值÷100', 'e_tot', 'fz3', 'sc3', scale=D('0.01'))
    L.prod('c_sc_sat', '满意度得分=满意度×分值÷100', 'sat', 'fz10', 'sc10', scale=D('0.01'))
    L.same('c_sc_s', '结论得分=表2合计', ['sc_concl', 'sc_tot'])
    L.band('c_band', '等级与得分档次相符', 'sc_tot', grade, bands)
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'docx', 'blocks': B, 'html_title': '社区矫正经费项目2025年度支出绩效自评报告', 'author': '嵫川县司法局'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
