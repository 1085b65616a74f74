# -*- coding: utf-8 -*-
"""t06 瀣江县民政局 生活无着的流浪乞讨人员救助管理经费2024年度项目支出绩效自评报告 (docx)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't06_xiejiang_county_civil_affairs_bureau_vagrant_beggar_relief_management_funds_project_selfeval_2024.docx'
FY = 2024


def build():
    L = Ledger()
    beds = [('男性区', 40), ('女性区', 14), ('未成年人区', 6)]
    county, upper = D('158.00'), D('42.00')
    foster_n, foster_std, months = 6, 2800, 12
    items = [('生活救助（伙食、衣被）', '46.00', '44.82'), ('医疗救治', '38.00', '36.57'), ('返乡救助（乘车、护送）', '24.00', '22.96'),
             ('长期滞留人员委托托养', None, None), ('站务运行及购买护理服务', '71.84', '68.13')]
    inside_by = [('成年男性', 604), ('成年女性', 237), ('未成年人', 21)]
    outside = 422
    prev_total = 1196
    person_days = 9150
    year_days = 366
    home_n = 538
    med_n = 146
    stay_open, stay_found, stay_new = 9, 5, 2
    patrols = 312
    scores = [('决策', 15, '14.00', '绩效目标未细化返乡救助时效指标'), ('过程', 20, '19.20', '1笔医疗费用报销凭证不完整'),
              ('产出', 40, '37.50', '床位使用率低于60%的目标值'), ('效益', 25, '23.60', '长期滞留人员寻亲未全部完成')]
    docno, date = '瀣民〔2025〕9号', '2025年3月18日'

    # ---------------- derived
    nbeds = sum(n for _, n in beds)
    bud = county + upper
    foster = q(D(foster_n * foster_std * months) / 10000, 2)
    rows = [(nm, D(b) if b else foster, D(s) if s else foster) for nm, b, s in items]
    assert sum(r[1] for r in rows) == bud
    out = sum(r[2] for r in rows)
    exe = pct(out, bud)
    inside = sum(n for _, n in inside_by)
    total = inside + outside
    g = total - prev_total
    g_rate = pct(g, prev_total)
    stay_days = q(D(person_days) / inside, 2)
    bed_use = pct(person_days, nbeds * year_days)
    daily = q(D(person_days) / year_days, 2)
    home_avg = q(rows[2][2] * 10000 / home_n, 2)
    med_avg = q(rows[1][2] * 10000 / med_n, 2)
    cost_avg = q(out * 10000 / total, 2)
    stay_close = stay_open - stay_found + stay_new
    assert stay_close == foster_n
    total_score = sum(D(s[2]) for s in scores)
    assert sum(s[1] for s in scores) == 100
    deduct = 100 - total_score

    B = []
    B.append({'t': 'title', 'text': '瀣江县民政局'})
    B.append({'t': 'title', 'text': '生活无着的流浪乞讨人员救助管理经费2024年度项目支出绩效自评报告'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'h', 'text': '一、项目概况'})
    B.append({'t': 'p', 'text': '项目由县救助管理站具体实施，主要用于生活无着的流浪乞讨人员的生活救助、医疗救治、返乡护送和长期滞留人员安置。'
              '救助管理站核定床位%s张，分为男性区%s张、女性区%s张和未成年人区%s张。' % (
                  L.i('nbeds', nbeds), L.i('bed0', 40), L.i('bed1', 14), L.i('bed2', 6))})
    B.append({'t': 'p', 'text': '2024年项目预算%s万元（县级财政%s万元，上级补助%s万元），实际支出%s万元，执行率%s%%。各项支出见表1。' % (
        L.m('bud', bud), L.m('county', county), L.m('upper', upper), L.m('out_text', out), L.p('exe', exe))})
    trows = []
    for k, (nm, b, s) in enumerate(rows):
        trows.append([nm, L.m('b%d' % k, b), L.m('s%d' % k, s)])
    trows.append(['合计', L.m('b_tot', bud), L.m('s_tot', out)])
    B.append({'t': 'table', 'caption': '表1　2024年度救助管理经费支出情况', 'unit': '单位：万元', 'head': ['支出内容', '预算数', '实际支出'],
              'rows': trows})
    B.append({'t': 'p', 'text': '委托托养按%s人、每人每月%s元、全年%s个月包干结算，计%s万元。' % (
        L.i('foster_n', foster_n), L.i('foster_std', foster_std), L.i('months', months), L.m('foster', foster))})
    B.append({'t': 'h', 'text': '二、绩效目标完成情况'})
    B.append({'t': 'p', 'text': '（一）救助数量。全年救助%s人次，比2023年的%s人次多%s人次，增幅%s%%。其中站内救助%s人次（成年男性%s人次、成年女性%s人次、'
              '未成年人%s人次），站外临时救助%s人次。冬春季节开展街面巡查%s次。' % (
                  L.i('total', total), L.i('prev_total', prev_total), L.i('g', g), L.p('g_rate', g_rate), L.i('inside', inside),
                  L.i('in0', 604), L.i('in1', 237), L.i('in2', 21), L.i('outside', outside), L.i('patrols', patrols))})
    B.append({'t': 'p', 'text': '（二）在站服务。受助人员在站累计%s人天，站内救助人员人均在站%s天；全年按%s天计，日均在站%s人，床位使用率%s%%（人天数÷床位数÷全年天数）。' % (
        L.i('pdays', person_days), L.p('stay_days', stay_days), L.i('ydays', year_days), L.p('daily', daily), L.p('bed_use', bed_use))})
    B.append({'t': 'p', 'text': '（三）返乡与医疗。购票或护送返乡%s人次，人均返乡费用%s元；送医救治%s人次，次均医疗费用%s元。全年人次均救助成本%s元。' % (
        L.i('home_n', home_n), L.m('home_avg', home_avg), L.i('med_n', med_n), L.m('med_avg', med_avg), L.m('cost_avg', cost_avg))})
    B.append({'t': 'p', 'text': '（四）寻亲安置。年初长期滞留人员%s人，通过DNA比对和人脸识别寻亲成功%s人，新增长期滞留%s人，年末%s人，均已委托托养。' % (
        L.i('stay_open', stay_open), L.i('stay_found', stay_found), L.i('stay_new', stay_new), L.i('stay_close', stay_close))})
    B.append({'t': 'p', 'text': '（五）服务质量。全年未发生受助人员在站死亡、走失等安全责任事故。对离站人员发放满意度问卷%s份，收回%s份，其中满意%s份，满意度%s%%。' % (
        L.i('sv_sent', 120), L.i('sv_back', 118), L.i('sv_ok', 112), L.p('sat', pct(112, 118)))})
    B.append({'t': 'p', 'text': '存在的主要问题：一是床位使用率不高，冬季与夏季在站人数差异较大；二是个别医疗救治费用凭证不齐全，报销审核把关不严。'})
    B.append({'t': 'h', 'text': '三、自评得分'})
    srows = []
    for k, (nm, fz, sc, why) in enumerate(scores):
        srows.append([nm, L.i('fz%d' % k, fz), L.p('sc%d' % k, sc), why])
    srows.append(['合计', L.i('fz_tot', 100), L.p('sc_tot', total_score), '扣%s分' % L.p('deduct', deduct)])
    B.append({'t': 'table', 'caption': '表2　自评得分情况', 'head': ['一级指标', '分值', '得分', '扣分原因'], 'rows': srows})
    B.append({'t': 'p', 'text': '综合评定，本项目自评得分%s分，等级为“%s”（90分以上为优）。2025年将于6月底前完成返乡救助时效指标修订。' % (
        L.p('sc_concl', total_score), L.anchor('等级', '优'))})
    B.append({'t': 'right', 'text': '瀣江县民政局'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    L.lin('c_beds', '床位=各区之和', 'nbeds', ['bed0', 'bed1', 'bed2'])
    L.lin('c_bud', '预算=县级+上级', 'bud', ['county', 'upper'])
    L.lin('c_btot', '表1预算合计=各项之和', 'b_tot', ['b%d' % k for k in range(5)])
    L.lin('c_stot', '表1支出合计=各项之和', 's_tot', ['s%d' % k for k in range(5)])
    L.same('c_bud_s', '正文预算=表1合计', ['bud', 'b_tot'])
    L.same('c_out_s', '正文支出=表1合计', ['out_text', 's_tot'])
    L.ratio('c_exe', '执行率=支出÷预算', 'out_text', 'bud', 'exe')
    L.prodn('c_foster', '托养=人数×月标准×月数÷10000', ['foster_n', 'foster_std', 'months'], 'foster', scale=D('0.0001'))
    L.same('c_foster_s', '托养金额=表1行（预算与支出）', ['foster', 'b3', 's3'])
    L.lin('c_inside', '站内救助=各类之和', 'inside', ['in0', 'in1', 'in2'])
    L.lin('c_total', '救助人次=站内+站外', 'total', ['inside', 'outside'])
    L.growth('c_g', '救助人次较上年增加与增幅', 'total', 'prev_total', 'g', 'g_rate', 'up')
    L.ratio('c_stay', '人均在站天数=人天数÷站内人次', 'pdays', 'inside', 'stay_days', scale=1)
    L.ratio('c_daily', '日均在站=人天数÷366', 'pdays', 'ydays', 'daily', scale=1)
    L.ratio('c_beduse', '床位使用率=人天数÷(床位×366)', 'pdays', ['nbeds', 'ydays'], 'bed_use')
    L.ratio('c_home', '人均返乡费用', 's2', 'home_n', 'home_avg', scale=10000)
    L.ratio('c_med', '次均医疗费用', 's1', 'med_n', 'med_avg', scale=10000)
    L.ratio('c_cost', '人次均救助成本', 's_tot', 'total', 'cost_avg', scale=10000)
    L.lin('c_stayflow', '年末滞留=年初−寻亲成功+新增', 'stay_close', ['stay_open', (-1, 'stay_found'), 'stay_new'])
    L.same('c_stay_foster', '年末滞留人数=托养人数', ['stay_close', 'foster_n'])
    L.ratio('c_sat', '满意度=满意份数÷收回份数', 'sv_ok', 'sv_back', 'sat')
    L.le('c_svback', '收回≤发放', 'sv_back', 'sv_sent')
    L.lin('c_fz', '分值合计=100', 'fz_tot', ['fz%d' % k for k in range(4)])
    L.lin('c_sc', '得分合计=各项之和', 'sc_tot', ['sc%d' % k for k in range(4)])
    for k in range(4):
        L.le('c_le%d' % k, '%s得分≤分值' % scores[k][0], 'sc%d' % k, 'fz%d' % k)
    L.lin('c_deduct', '扣分=100−合计得分', 'deduct', ['fz_tot', (-1, 'sc_tot')])
    L.same('c_sc_s', '结论得分=表2合计', ['sc_concl', 'sc_tot'])
    L.band('c_band', '等级与得分相符（90分以上为优）', 'sc_tot', '优', [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')])
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'docx', 'blocks': B, 'html_title': '生活无着的流浪乞讨人员救助管理经费2024年度项目支出绩效自评报告', 'author': '瀣江县民政局'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
