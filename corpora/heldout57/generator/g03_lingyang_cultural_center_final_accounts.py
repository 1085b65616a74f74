# -*- coding: utf-8 -*-
"""t03 澪阳县文化馆 2024年度部门决算说明 (pdf)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't03_lingyang_county_cultural_center_departmental_final_accounts_explanation_2024.pdf'
FY = 2024


def build():
    L = Ledger()
    depts = ['办公室', '群众文化部', '艺术培训部', '非遗保护部', '数字文化部']
    quota, staff = 28, [('专业技术人员', 21), ('管理人员', 3), ('工勤技能人员', 2)]
    retired = 9
    inc = [('财政拨款收入', '768.30'), ('事业收入', '26.40'), ('其他收入', '17.76')]
    carry_in = D('35.18')
    basic_person, basic_public, project = D('483.71'), D('82.64'), D('234.92')
    prev_total = D('913.50')
    func = [('2070109', '群众文化', '596.40', '620.18'), ('2070199', '其他文化和旅游支出', '36.00', '28.46'),
            ('2080505', '机关事业单位基本养老保险缴费支出', '52.80', '52.80'), ('2101102', '事业单位医疗', '24.60', '24.02'),
            ('2210201', '住房公积金', '32.20', '34.18')]
    sg_bud, sg_car, sg_recv, sg_prev = D('3.20'), D('1.88'), D('0.58'), D('2.71')
    recv_batches, recv_people = 12, 96
    gp_goods, gp_serv, gp_sme = D('21.30'), D('27.30'), D('45.20')
    events, events_prev, visits_wan = 186, 172, D('4.62')
    docno, date = '澪文馆〔2025〕6号', '2025年8月22日'

    # ---------------- derived
    staff_n = sum(n for _, n in staff)
    inc_year = sum(D(x) for _, x in inc)
    total = inc_year + carry_in
    basic = basic_person + basic_public
    out_year = basic + project
    carry_out = total - out_year
    total_dec = prev_total - total
    total_dec_rate = pct(total_dec, prev_total)
    inc_sh = [pct(D(x), inc_year) for _, x in inc]
    assert sum(inc_sh) == 100
    basic_sh, proj_sh = pct(basic, out_year), pct(project, out_year)
    assert basic_sh + proj_sh == 100
    fb = sum(D(r[2]) for r in func)
    fa = sum(D(r[3]) for r in func)
    f_rate = [pct(D(r[3]), D(r[2])) for r in func]
    fa_rate = pct(fa, fb)
    sg = sg_car + sg_recv
    sg_rate = pct(sg, sg_bud)
    sg_dec = sg_prev - sg
    sg_dec_rate = pct(sg_dec, sg_prev)
    recv_avg = q(sg_recv * 10000 / recv_people, 2)
    gp = gp_goods + gp_serv
    sme_sh = pct(gp_sme, gp)
    ev_inc = events - events_prev
    ev_rate = pct(ev_inc, events_prev)
    ev_avg = q(visits_wan * 10000 / events, 2)

    B = []
    B.append({'t': 'title', 'text': '澪阳县文化馆2024年度部门决算说明'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'h', 'text': '第一部分　单位概况'})
    B.append({'t': 'p', 'text': '澪阳县文化馆为县文化和旅游局所属公益一类事业单位，主要承担群众文化活动组织、公益艺术培训、非物质文化遗产保护传承和乡镇综合文化站业务指导等职责。'
              '馆内设部室%s个，即%s。核定事业编制%s名，年末实有在职人员%s人，其中专业技术人员%s人、管理人员%s人、工勤技能人员%s人；另有离退休人员%s人（不计入在职人数）。' % (
                  L.i('n_dept', len(depts)), '、'.join(depts), L.i('quota', quota), L.i('staff_n', staff_n),
                  L.i('st0', 21), L.i('st1', 3), L.i('st2', 2), L.i('retired', retired))})
    B.append({'t': 'h', 'text': '第二部分　2024年度决算情况说明'})
    B.append({'t': 'p', 'text': '一、收入支出决算总体情况。2024年度收入总计%s万元，包括本年收入%s万元和年初结转结余%s万元；支出总计%s万元，包括本年支出%s万元和年末结转结余%s万元。'
              '收入、支出总计与2023年度的%s万元相比均减少%s万元，下降%s%%，主要原因是上年安排的非遗展示馆布展项目已于2023年完工。' % (
                  L.m('total_in', total), L.m('inc_year', inc_year), L.m('carry_in', carry_in), L.m('total_out', total),
                  L.m('out_year', out_year), L.m('carry_out', carry_out), L.m('prev_total', prev_total), L.m('total_dec', total_dec),
                  L.p('total_dec_rate', total_dec_rate))})
    B.append({'t': 'p', 'text': '二、收入决算情况。本年收入%s万元，其中：财政拨款收入%s万元，占%s%%；事业收入%s万元，占%s%%；其他收入%s万元，占%s%%。' % (
        L.m('inc_year_2', inc_year), L.m('inc0', inc[0][1]), L.p('inc_sh0', inc_sh[0]), L.m('inc1', inc[1][1]), L.p('inc_sh1', inc_sh[1]),
        L.m('inc2', inc[2][1]), L.p('inc_sh2', inc_sh[2]))})
    B.append({'t': 'p', 'text': '三、支出决算情况。本年支出%s万元，其中：基本支出%s万元，占%s%%（人员经费%s万元、公用经费%s万元）；项目支出%s万元，占%s%%。' % (
        L.m('out_year_2', out_year), L.m('basic', basic), L.p('basic_sh', basic_sh), L.m('b_person', basic_person), L.m('b_public', basic_public),
        L.m('project', project), L.p('proj_sh', proj_sh))})
    B.append({'t': 'p', 'text': '四、财政拨款支出决算情况。财政拨款支出%s万元，为年初预算%s万元的%s%%。决算数大于年初预算，主要是年中追加文化惠民演出经费，'
              '以及住房公积金缴存基数调整。分科目情况见表1。' % (L.m('fa_text', fa), L.m('fb_text', fb), L.p('fa_rate_text', fa_rate))})
    rows = []
    for k, (code, nm, b, a) in enumerate(func):
        rows.append([code, nm, L.m('fb%d' % k, b), L.m('fa%d' % k, a), L.p('fr%d' % k, f_rate[k])])
    rows.append(['', '合计', L.m('fb_tot', fb), L.m('fa_tot', fa), L.p('fr_tot', fa_rate)])
    B.append({'t': 'table', 'caption': '表1　2024年度财政拨款支出决算表（按功能分类科目）', 'unit': '金额单位：万元',
              'head': ['科目编码', '科目名称', '年初预算', '决算数', '完成率（%）'], 'rows': rows,
              'pdf_widths': [62, 170, 70, 70, 70]})
    B.append({'t': 'p', 'text': '五、“三公”经费支出情况。“三公”经费年初预算%s万元，决算支出%s万元，完成预算的%s%%；较2023年（%s万元）压减%s万元，降幅%s%%。'
              '其中：因公出国（境）费0万元；公务用车购置及运行维护费%s万元，全部为运行维护费，年末公务用车保有量1辆；'
              '公务接待费%s万元，共接待%s批次%s人次，人均接待费%s元。' % (
                  L.m('sg_bud', sg_bud), L.m('sg', sg), L.p('sg_rate', sg_rate), L.m('sg_prev', sg_prev), L.m('sg_dec', sg_dec),
                  L.p('sg_dec_rate', sg_dec_rate), L.m('sg_car', sg_car), L.m('sg_recv', sg_recv), L.i('recv_b', recv_batches),
                  L.i('recv_p', recv_people), L.p('recv_avg', recv_avg))})
    B.append({'t': 'p', 'text': '六、政府采购支出情况。政府采购支出总额%s万元，其中货物%s万元、服务%s万元；授予中小企业合同金额%s万元，占政府采购支出总额的%s%%。' % (
        L.m('gp', gp), L.m('gp_goods', gp_goods), L.m('gp_serv', gp_serv), L.m('gp_sme', gp_sme), L.p('sme_sh', sme_sh))})
    B.append({'t': 'p', 'text': '七、国有资产占用情况。截至2024年12月31日，共有车辆1辆，单位价值100万元以上设备0台（套）。'})
    B.append({'t': 'p', 'text': '八、绩效情况。全年组织群众文化活动%s场，比上年（%s场）增加%s场，增长%s%%；参与群众%s万人次，场均%s人次。'
              '开设公益艺术培训班38个，惠及学员1,140人。' % (
                  L.i('events', events), L.i('events_prev', events_prev), L.i('ev_inc', ev_inc), L.p('ev_rate', ev_rate), L.p('visits', visits_wan), L.p('ev_avg', ev_avg))})
    B.append({'t': 'p', 'text': '九、名词解释。年初结转结余指以前年度尚未完成、结转到本年按原规定用途继续使用的资金；基本支出指为保障单位正常运转、完成日常工作任务发生的支出。'})
    B.append({'t': 'right', 'text': '澪阳县文化馆'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    L.count('c_dept', '内设部室数=所列名称数', 'n_dept', depts)
    L.lin('c_staff', '在职人数=各类人员之和', 'staff_n', ['st0', 'st1', 'st2'])
    L.le('c_quota', '在职人数≤编制数', 'staff_n', 'quota')
    L.lin('c_total_in', '收入总计=本年收入+年初结转结余', 'total_in', ['inc_year', 'carry_in'])
    L.lin('c_total_out', '支出总计=本年支出+年末结转结余', 'total_out', ['out_year', 'carry_out'])
    L.same('c_total_eq', '收入总计=支出总计', ['total_in', 'total_out'])
    L.growth('c_total_dec', '总计较上年减少额与降幅', 'total_in', 'prev_total', 'total_dec', 'total_dec_rate', 'down')
    L.lin('c_inc', '本年收入=各项收入之和', 'inc_year_2', ['inc0', 'inc1', 'inc2'])
    L.same('c_inc_s', '本年收入前后一致', ['inc_year', 'inc_year_2'])
    for k in range(3):
        L.ratio('c_inc_sh%d' % k, '%s占本年收入比重' % inc[k][0], 'inc%d' % k, 'inc_year_2', 'inc_sh%d' % k)
    L.lin('c_basic', '基本支出=人员经费+公用经费', 'basic', ['b_person', 'b_public'])
    L.lin('c_out', '本年支出=基本支出+项目支出', 'out_year_2', ['basic', 'project'])
    L.same('c_out_s', '本年支出前后一致', ['out_year', 'out_year_2'])
    L.ratio('c_basic_sh', '基本支出占比', 'basic', 'out_year_2', 'basic_sh')
    L.ratio('c_proj_sh', '项目支出占比', 'project', 'out_year_2', 'proj_sh')
    for k in range(5):
        L.ratio('c_fr%d' % k, '表1 %s 完成率=决算÷预算' % func[k][1], 'fa%d' % k, 'fb%d' % k, 'fr%d' % k)
    L.lin('c_fb', '表1年初预算合计=各科目之和', 'fb_tot', ['fb%d' % k for k in range(5)])
    L.lin('c_fa', '表1决算数合计=各科目之和', 'fa_tot', ['fa%d' % k for k in range(5)])
    L.ratio('c_fr', '表1合计完成率', 'fa_tot', 'fb_tot', 'fr_tot')
    L.same('c_fa_s', '正文财政拨款支出=表1合计', ['fa_text', 'fa_tot'])
    L.same('c_fb_s', '正文年初预算=表1合计', ['fb_text', 'fb_tot'])
    L.ratio('c_fa_rate', '正文完成年初预算比例', 'fa_text', 'fb_text', 'fa_rate_text')
    L.le('c_fa_le', '财政拨款支出≤本年支出', 'fa_tot', 'out_year')
    L.lin('c_sg', '三公=公务用车+公务接待（出国为0）', 'sg', ['sg_car', 'sg_recv'])
    L.ratio('c_sg_rate', '三公完成预算比例', 'sg', 'sg_bud', 'sg_rate')
    L.growth('c_sg_dec', '三公较上年减少额与降幅', 'sg', 'sg_prev', 'sg_dec', 'sg_dec_rate', 'down')
    L.ratio('c_recv_avg', '人均接待费=接待费×10000÷人次', 'sg_recv', 'recv_p', 'recv_avg', scale=10000)
    L.lin('c_gp', '政府采购=货物+服务', 'gp', ['gp_goods', 'gp_serv'])
    L.ratio('c_sme', '中小企业合同占比', 'gp_sme', 'gp', 'sme_sh')
    L.growth('c_ev', '活动场次增加与增长率', 'events', 'events_prev', 'ev_inc', 'ev_rate', 'up')
    L.ratio('c_ev_avg', '场均参与人次=万人次×10000÷场次', 'visits', 'events', 'ev_avg', scale=10000)
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'pdf', 'blocks': B, 'html_title': '澪阳县文化馆2024年度部门决算说明', 'author': '澪阳县文化馆'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
