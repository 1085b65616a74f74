# -*- coding: utf-8 -*-
"""t06 中共岘西县委政法委员会 关于2024年度见义勇为奖励和抚慰资金使用情况的报告 (docx)"""
from lib56 import *

NAME = 't06_xianxi_county_political_legal_committee_brave_deeds_reward_and_relief_fund_use_report_2024.docx'
FMT = 'docx'
FY = 2024


def build():
    L = Ledger()
    f = L.f
    # ------------------------------------------------ base inputs
    cases, prev_persons = 14, 15
    died, severe, light, other = 1, 1, 5, 12
    tiers = [('一等（牺牲或重伤）', 2, 50000), ('二等（轻伤）', 5, 20000), ('三等（未受伤）', 12, 5000)]
    relief = [('牺牲人员遗属一次性抚慰金', '1户', 150000),
              ('负伤人员医疗救治补助', '6人', 83460),
              ('困难见义勇为人员及家属生活补助', '23户', None),
              ('宣传表彰活动经费', '—', 18650)]
    hard_hh, hard_std = 23, 2400
    opening = D('86.42')
    grant, donate, interest = D('50.00'), D('12.65'), D('1.08')
    donors_ent, donors_person = 7, 86
    members = ['县委政法委', '县公安局', '县民政局', '县财政局', '县人力资源和社会保障局']
    days_total = 329
    kinds = (6, 5, 3)   # 救助落水、制止违法犯罪、抢险救灾
    docno, date, phone = '岘政法〔2025〕4号', '2025年1月27日', '0746-3187095'

    # ------------------------------------------------ derived
    persons = died + severe + light + other
    injured = severe + light
    assert tiers[0][1] == died + severe and tiers[1][1] == light and tiers[2][1] == other
    rew = [t[1] * t[2] for t in tiers]
    rew_t = sum(rew)
    rel = [r[2] if r[2] is not None else hard_hh * hard_std for r in relief]
    spend_y = rew_t + sum(rel)
    spend_w = q(D(spend_y) / 10000)
    income = grant + donate + interest
    closing = opening + income - spend_w
    avg_rew = q(D(rew_t) / persons)
    rew_sh = q(D(rew_t) / spend_y * 100)
    avg_days = q(D(days_total) / cases, 1)

    # ------------------------------------------------ facts
    f('cases', str(cases)); f('persons', str(persons)); f('died', str(died)); f('injured', str(injured))
    f('severe', str(severe)); f('light', str(light)); f('other', str(other))
    f('prev_p', str(prev_persons)); f('p_inc', str(persons - prev_persons))
    f('p_g', P(q(D(persons - prev_persons) / prev_persons * 100)))
    for i, t in enumerate(tiers):
        f('tn%d' % i, str(t[1])); f('ts%d' % i, I(t[2])); f('ta%d' % i, I(rew[i]))
    f('rew_t', I(rew_t)); f('avg_rew', F(avg_rew)); f('rew_sh', P(rew_sh))
    for i in range(4):
        f('rl%d' % i, I(rel[i]))
    f('hard_hh', str(hard_hh)); f('hard_std', I(hard_std))
    f('spend_y', I(spend_y)); f('spend_w', F(spend_w))
    f('opening', F(opening)); f('grant', F(grant)); f('donate', F(donate)); f('interest', F(interest))
    f('income', F(income)); f('closing', F(closing)); f('cl_inc', F(closing - opening))
    f('d_ent', str(donors_ent)); f('d_per', str(donors_person))
    f('k0', str(kinds[0])); f('k1', str(kinds[1])); f('k2', str(kinds[2]))
    f('n_mem', str(len(members))); f('days', str(days_total)); f('avg_days', P(avg_days, 1)); f('date', date)
    fx = L.facts

    # ------------------------------------------------ checks
    L.add('sum', '确认人数=牺牲+重伤+轻伤+未受伤', total='persons', parts=['died', 'severe', 'light', 'other'])
    L.add('sum', '负伤=重伤+轻伤', total='injured', parts=['severe', 'light'])
    L.add('growth', '确认人数较上年', cur='persons', prev='prev_p', amt='p_inc', rate='p_g', dir='增')
    L.add('sum', '表1 人数列合计', total='persons', parts=['tn0', 'tn1', 'tn2'])
    L.add('sum', '一等人数=牺牲+重伤', total='tn0', parts=['died', 'severe'])
    for i in range(3):
        L.add('prod', '表1 %s金额=人数×标准' % tiers[i][0], r='ta%d' % i, x='tn%d' % i, y='ts%d' % i)
    L.add('sum', '表1 金额列合计(元)', total='rew_t', parts=['ta0', 'ta1', 'ta2'])
    L.add('ratio', '人均奖励(元)', r='avg_rew', num='rew_t', den='persons', scale=1)
    L.add('prod', '生活补助=户数×标准', r='rl2', x='hard_hh', y='hard_std')
    L.add('sum', '表2 支出合计(元)=奖励+各项抚慰', total='spend_y', parts=['rew_t', 'rl0', 'rl1', 'rl2', 'rl3'])
    L.add('conv', '支出折合万元(四舍五入)', r='spend_w', x='spend_y', scale='0.0001')
    L.add('ratio', '奖励占支出比重', r='rew_sh', num='rew_t', den='spend_y')
    L.add('sum', '本年收入=财政拨款+捐赠+利息', total='income', parts=['grant', 'donate', 'interest'])
    L.add('lin', '年末结余=年初+收入−支出', result='closing', terms=['opening', 'income', 'spend_w'], signs=[1, 1, -1])
    L.add('lin', '结余较年初增加', result='cl_inc', terms=['closing', 'opening'], signs=[1, -1])
    L.add('sum', '确认起数=三类行为之和', total='cases', parts=['k0', 'k1', 'k2'])
    L.add('count', '评审委员会成员单位=列举', n='n_mem', items=members)
    L.add('ratio', '平均办理天数', r='avg_days', num='days', den='cases', scale=1)
    L.add('dated', '落款晚于年度终了', date='date', fy=FY)
    L.anchor('文号', docno)
    L.anchor('电话', phone)
    L.anchor('主送', '县财政局：')
    L.same('奖励合计260,000元重述', fx['rew_t'], 3)

    # ------------------------------------------------ text
    m = []
    m.append({'t': 'title', 'text': '中共岘西县委政法委员会关于2024年度见义勇为奖励和抚慰资金使用情况的报告'})
    m.append({'t': 'sub', 'text': docno})
    m.append({'t': 'h', 'text': '县财政局：'})
    m.append(P_('根据《岘西县见义勇为人员奖励和保障办法》，现将2024年度见义勇为专项资金筹集、使用和结余情况报告如下。'))
    m.append(H('一、见义勇为行为确认情况'))
    m.append(P_('2024年，县见义勇为评审委员会共召开评审会议4次，评审委员会成员单位%s个，即%s。全年确认见义勇为行为%s起，涉及人员%s人，其中牺牲%s人、负伤%s人（重伤%s人、轻伤%s人）、未受伤%s人。按行为类型分，救助落水人员%s起、制止违法犯罪%s起、抢险救灾%s起。确认人数比上年增加%s人，增长%s%%（上年%s人）。%s起案件从受理申报到作出确认累计用时%s天，平均每起%s天。'
                % (fx['n_mem'], '、'.join(members), fx['cases'], fx['persons'], fx['died'], fx['injured'],
                   fx['severe'], fx['light'], fx['other'], fx['k0'], fx['k1'], fx['k2'], fx['p_inc'], fx['p_g'], fx['prev_p'],
                   fx['cases'], fx['days'], fx['avg_days'])))
    m.append(H('二、奖励发放情况'))
    m.append(P_('对确认的见义勇为人员按伤亡情况分三个等次给予一次性奖励，共发放奖励金%s元，人均%s元，明细见表1。' % (fx['rew_t'], fx['avg_rew'])))
    t1 = [[t[0], fx['tn%d' % i], fx['ts%d' % i], fx['ta%d' % i]] for i, t in enumerate(tiers)]
    t1.append(['合计', fx['persons'], '—', fx['rew_t']])
    m.append(T('表1　2024年度见义勇为奖励发放明细', None, ['奖励等次', '人数（人）', '标准（元/人）', '金额（元）'], t1, 'tab1'))
    m.append(H('三、资金收支情况'))
    m.append(P_('专项资金年初结余%s万元。本年收入%s万元，其中县财政拨款%s万元、社会捐赠%s万元（来自企业%s家、个人%s人次）、存款利息%s万元。'
                % (fx['opening'], fx['income'], fx['grant'], fx['donate'], fx['d_ent'], fx['d_per'], fx['interest'])))
    t2 = [['见义勇为奖励金', fx['persons'] + '人', fx['rew_t']]]
    for i, r in enumerate(relief):
        t2.append([r[0], r[1], fx['rl%d' % i]])
    t2.append(['合计', '—', fx['spend_y']])
    m.append(T('表2　2024年度专项资金支出明细', '单位：元', ['支出项目', '对象', '金额'], t2, 'tab2'))
    m.append(P_('全年支出%s元，折合%s万元，其中奖励金%s元，占支出的%s%%。困难见义勇为人员及家属生活补助按每户每年%s元标准发放%s户，对象包括历年确认的见义勇为人员及其家属，不限于本年确认人员。'
                % (fx['spend_y'], fx['spend_w'], fx['rew_t'], fx['rew_sh'], fx['hard_std'], fx['hard_hh'])))
    m.append(P_('年末专项资金结余%s万元，比年初增加%s万元，全部存放于县财政专户。' % (fx['closing'], fx['cl_inc'])))
    m.append(H('四、下一步工作'))
    m.append(P_('2025年将推动设立见义勇为人员医疗救治绿色通道，并于2025年3月底前完成困难人员生活补助对象年度复核。联系电话：%s。' % phone))
    m.append(P_('特此报告。'))
    m.append({'t': 'right', 'text': '中共岘西县委政法委员会'})
    m.append({'t': 'right', 'text': date})

    def render(model):
        return render_docx(model, '岘西县委政法委')
    return {'name': NAME, 'fmt': FMT, 'model': m, 'ledger': L, 'render': render, 'date': date, 'docno': docno}
