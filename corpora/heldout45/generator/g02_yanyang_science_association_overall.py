# -*- coding: utf-8 -*-
"""t02 棪阳县科学技术协会 2024年度部门整体支出绩效自评报告 (docx)"""
from lib45 import *

NAME = 't02_yanyang_county_science_and_technology_association_overall_expenditure_selfeval_2024.docx'
FMT = 'docx'


def build():
    L = Ledger(NAME)
    docno = '棪科协〔2025〕4号'
    date = '2025年4月9日'
    depts = ['办公室', '学会学术部', '科学普及部']
    staff_admin, staff_inst, staff_real = 9, 8, 15
    initial, added = D('326.80'), D('48.50')
    basic_budget = D('248.80')
    person, public = D('205.16'), D('36.19')
    prev_rate = D('93.18')
    projs = [('科普活动经费', '52.00', '49.86'), ('县科技馆运行补助', '38.00', '37.12'),
             ('青少年科技创新大赛', '12.50', '11.64'), ('学会能力提升', '10.00', '8.65'),
             ('基层科普阵地建设', '14.00', '10.00')]
    sg_recv, sg_car, sg_prev = D('0.86'), D('1.28'), D('2.37')
    events, events_target = 186, 160
    audience = D('4.82')
    museum = D('6.35')
    survey_out, survey_back, survey_ok = 320, 305, 283
    pp_prev = D('1.12')
    # scores (指标, 分值, 得分 or None = computed)
    # ---- derived
    adj = initial + added
    basic = person + public
    pb = [D(b) for _, b, _ in projs]
    pe = [D(e) for _, _, e in projs]
    proj_budget, proj_exp = sum(pb), sum(pe)
    assert basic_budget + proj_budget == adj
    spend = basic + proj_exp
    rate = pct(spend, adj)
    dpp = rate - prev_rate
    sh_basic = pct(basic, spend)
    sh_proj = pct(proj_exp, spend)
    assert sh_basic + sh_proj == 100
    sg = sg_recv + sg_car
    sg_dif = sg_prev - sg
    sg_rate = pct(sg_dif, sg_prev)
    ev_rate = pct(events, events_target)
    per_event = q(pe[0] * 10000 / events, 2)
    sat = pct(survey_ok, survey_back)
    back_rate = pct(survey_back, survey_out)
    rates = [pct(e, b) for b, e in zip(pb, pe)]
    s_exec = q(rate / 10, 2)
    s_sat = q(sat * 5 / 100, 2)
    table = [('决策', '目标设定', '5', '5.00'), ('决策', '预算编制', '5', '4.50'),
             ('过程', '预算执行率', '10', P(s_exec)), ('过程', '资金管理', '10', '9.20'),
             ('过程', '政府采购管理', '5', '5.00'), ('过程', '资产管理', '5', '4.50'),
             ('产出', '产出数量', '15', '14.00'), ('产出', '产出质量', '10', '8.50'),
             ('产出', '产出时效', '10', '8.00'), ('效益', '社会效益', '15', '12.50'),
             ('效益', '可持续影响', '5', '4.00'), ('满意度', '服务对象满意度', '5', P(s_sat))]
    assert sum(int(r[2]) for r in table) == 100
    for r in table:
        assert D(r[3]) <= D(r[2])
    total = sum(D(r[3]) for r in table)
    bands = [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]
    grade = [g for lo, g in bands if total >= D(lo)][0]
    lost = 100 - total

    f = lambda x: F(x)
    M = []
    M.append(TITLE('棪阳县科学技术协会2024年度部门整体支出绩效自评报告'))
    M.append(SUB(docno))
    M.append(P_('按照县财政局关于开展2024年度部门整体支出绩效自评工作的通知要求，县科协成立自评工作小组，对本部门2024年度整体支出情况进行了自评，现将有关情况报告如下。'))
    M.append(H('一、部门基本情况'))
    M.append(P_('县科协是县委领导下的人民团体，主要承担全民科学素质建设和学会服务等职能。机关内设机构%d个，分别是%s，下属县科技馆1个公益一类事业单位；联系县级学会、协会21个。核定编制%d名，其中行政编制%d名、事业编制%d名，年末实有在编人员%d人。'
                % (len(depts), '、'.join(depts[:-1]) + '和' + depts[-1], staff_admin + staff_inst, staff_admin, staff_inst, staff_real)))
    L.count('机关内设机构', str(len(depts)), depts)
    L.sum('核定编制 = 行政 + 事业', str(staff_admin + staff_inst), [str(staff_admin), str(staff_inst)])
    M.append(H('二、部门预算及执行情况'))
    M.append(P_('2024年县科协年初预算%s万元，年中追加%s万元，调整后预算%s万元。全年实际支出%s万元，预算执行率%s%%，比2023年上升%s个百分点（2023年为%s%%）。'
                % (f(initial), f(added), f(adj), f(spend), P(rate), P(dpp), P(prev_rate))))
    L.sum('调整预算 = 年初 + 追加', f(adj), [f(initial), f(added)])
    L.ratio('预算执行率', f(spend), f(adj), P(rate))
    L.pp('执行率上升（个百分点）', P(rate), P(prev_rate), P(dpp), '上升')
    M.append(P_('按支出性质分：基本支出%s万元，占%s%%，其中人员经费%s万元、公用经费%s万元；项目支出%s万元，占%s%%。项目支出预算%s万元，涉及项目%d个，执行情况见表1。'
                % (f(basic), P(sh_basic), f(person), f(public), f(proj_exp), P(sh_proj), f(proj_budget), len(projs))))
    L.sum('实际支出 = 基本 + 项目', f(spend), [f(basic), f(proj_exp)])
    L.sum('基本支出 = 人员 + 公用', f(basic), [f(person), f(public)])
    L.ratio('基本支出占比', f(basic), f(spend), P(sh_basic))
    L.ratio('项目支出占比', f(proj_exp), f(spend), P(sh_proj))
    M.append(CAP('表1　2024年度项目支出执行情况'))
    M.append(UNIT('单位：万元、%'))
    rows = []
    for (n, b, e), r in zip(projs, rates):
        rows.append([n, f(D(b)), f(D(e)), P(r)])
        L.ratio('表1 %s 执行率' % n, f(D(e)), f(D(b)), P(r))
    rows.append(['合计', f(proj_budget), f(proj_exp), P(pct(proj_exp, proj_budget))])
    L.sum('表1 预算数合计', f(proj_budget), [r[1] for r in rows[:-1]])
    L.sum('表1 支出数合计', f(proj_exp), [r[2] for r in rows[:-1]])
    L.ratio('表1 合计执行率', f(proj_exp), f(proj_budget), rows[-1][3])
    M.append(TABLE('T1', ['项目名称', '预算数', '支出数', '执行率'], rows))
    low = min(range(len(rates)), key=lambda i: rates[i])
    L.minof('执行率最低项目', P(rates[low]), [P(r) for i, r in enumerate(rates) if i != low], projs[low][0])
    M.append(P_('%s项目执行率最低，主要是2个社区科普活动室建设延至2025年一季度完工，剩余资金已按规定结转。'
                % projs[low][0]))
    M.append(P_('“三公”经费支出%s万元，由公务接待费%s万元和公务用车运行维护费%s万元组成，因公出国（境）费和公务用车购置费均未发生；与上年的%s万元相比减少%s万元，下降%s%%。'
                % (f(sg), f(sg_recv), f(sg_car), f(sg_prev), f(sg_dif), P(sg_rate))))
    L.sum('三公 = 接待 + 用车运行', f(sg), [f(sg_recv), f(sg_car)])
    L.growth('三公经费下降', f(sg), f(sg_prev), f(sg_dif), P(sg_rate), '下降')
    M.append(H('三、绩效目标完成情况'))
    M.append(P_('（一）产出。全年组织科普活动%d场，年度目标%d场，完成率%s%%；各类活动受众%s万人次。科普活动经费按活动场次平均，每场%s元。县科技馆全年接待观众%s万人次。'
                % (events, events_target, P(ev_rate), P(audience), f(per_event), P(museum))))
    L.ratio('科普活动完成率', str(events), str(events_target), P(ev_rate))
    L.ratio('每场科普活动经费（元）', f(pe[0]), str(events), f(per_event), scale='10000')
    M.append(P_('（二）效益。全县公民具备科学素质比例测评结果较上年提高%s个百分点，青少年科技创新大赛参赛作品质量明显提升。'
                % P(pp_prev)))
    M.append(P_('（三）满意度。发放服务对象满意度问卷%d份，收回%d份，回收率%s%%；其中表示满意的%d份，满意度%s%%。'
                % (survey_out, survey_back, P(back_rate), survey_ok, P(sat))))
    L.ratio('问卷回收率', str(survey_back), str(survey_out), P(back_rate))
    L.ratio('满意度（按收回问卷）', str(survey_ok), str(survey_back), P(sat))
    M.append(H('四、自评结果'))
    M.append(P_('对照部门整体支出绩效评价指标体系，自评得分情况见表2。其中预算执行率指标得分按执行率÷10计算，满意度指标得分按满意度×5%计算。'))
    M.append(CAP('表2　部门整体支出绩效自评评分表'))
    rows2 = [list(r) for r in table] + [['合计', '', '100', P(total)]]
    M.append(TABLE('T2', ['一级指标', '二级指标', '分值', '得分'], rows2))
    L.sum('表2 分值合计', '100', [r[2] for r in table])
    L.sum('表2 得分合计', P(total), [r[3] for r in table])
    L.ratio('执行率指标得分 = 执行率 ÷ 10', P(rate), None, P(s_exec), scale='1/10')
    L.ratio('满意度指标得分 = 满意度 × 5%', P(sat), None, P(s_sat), scale='5/100')
    M.append(P_('自评结果按百分制划分为四个等级：90（含）—100分为优秀，80（含）—90分为良好，60（含）—80分为合格，60分以下为不合格。县科协2024年度部门整体支出自评得分%s分，自评等级为“%s”。扣分%s分，主要在社会效益、产出时效和产出质量指标。'
                % (P(total), grade, P(lost))))
    L.band('自评等级', P(total), bands, grade)
    L.anchor('等级句', '自评等级为“%s”' % grade)
    L.diff('扣分 = 100 - 得分', '100', P(total), P(lost))
    M.append(H('五、存在问题及改进措施'))
    M.append(P_('一是部分项目前期准备不足，执行进度偏慢；二是绩效指标设置偏重数量，效益类指标量化不够。下一步将提前谋划2025年度项目，6月底前完成全部项目实施方案审定，细化可衡量的效益指标。'))
    M.append(SIGN('棪阳县科学技术协会', date))
    L.anchor('文号', docno)
    L.dated('落款日期晚于年度终了', date, '2024年12月31日')
    L.facts.update(date=date, docno=docno)
    meta = {'title': '棪阳县科学技术协会2024年度部门整体支出绩效自评报告', 'author': ''}
    return M, L, meta
