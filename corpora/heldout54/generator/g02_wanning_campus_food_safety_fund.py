# -*- coding: utf-8 -*-
"""t02 畹宁县教育局 校园食品安全监管专项经费2024年度项目支出绩效自评报告 (docx)"""
from lib54 import *

NAME = 't02_wanning_county_education_bureau_campus_food_safety_supervision_fund_project_selfeval_2024'
EXT = 'docx'


def build():
    V, L, d = {}, Ledger(), Doc()
    # ---------------- base inputs
    sch = dict(zx=D(12), xx=D(46), yey=D(23))
    canteens, canteens_prev = D(74), D(63)
    students = D(38652)
    staff_checked, staff_valid = D(1068), D(58)
    fund_cnty, fund_up, fund_prev = D('120.00'), D('45.00'), D('150.00')
    items = ['食堂“明厨亮灶”设备运维', '食品安全快速检测', '从业人员健康体检与培训',
             '校园食品安全责任保险', '第三方陪餐监督评估']
    unit_mc = D(6000)       # 元/食堂
    prem = D(5)             # 元/生
    bud_other = dict(kj=D('38.00'), tj=D('22.50'), bx=D('19.40'))
    act = dict(mc=D('43.86'), kj=D('36.12'), tj=D('21.36'), pc=D('39.20'))
    tests_plan, tests_done, tests_pass, tests_prev = D(3200), D(3416), D(3402), D(3200 - 220)
    train_plan, train_done = D(1100), D(1186)
    meals = D(12840)
    q_sent, q_back, q_sat = D(1500), D(1462), D(1398)
    date = '2025年4月15日'
    docno = '畹教〔2025〕7号'
    phone = '0745-2837169'

    # ---------------- derived
    n_sch = sum(sch.values())
    n_pei = n_sch - canteens
    fund = fund_cnty + fund_up
    bud = dict(mc=q(canteens * unit_mc / 10000), kj=bud_other['kj'], tj=bud_other['tj'], bx=bud_other['bx'])
    bud['pc'] = fund - sum(bud.values())
    act['bx'] = q(students * prem / 10000)
    order = ['mc', 'kj', 'tj', 'bx', 'pc']
    tot_act = sum(act[k] for k in order)
    exec_rate = q(tot_act / fund * 100)
    rates = {k: q(act[k] / bud[k] * 100) for k in order}
    assert tot_act / fund < 1 and act['bx'] <= bud['bx']
    # scores: (一级, 二级, 分值, 得分)
    score_rows = [('决策', '项目立项', D(5), D('5.00')), ('决策', '绩效目标', D(5), D('4.50')),
                  ('决策', '资金投入', D(10), D('10.00')),
                  ('过程', '预算执行率', D(10), q(exec_rate / 10)), ('过程', '资金使用合规性', D(5), D('5.00')),
                  ('过程', '组织实施', D(5), D('4.50')),
                  ('产出', '数量指标', D(15), D('15.00')), ('产出', '质量指标', D(10), q(tests_pass / tests_done * 100, 2) / 10),
                  ('产出', '时效指标', D(5), D('5.00')), ('产出', '成本指标', D(5), D('4.50')),
                  ('效益', '社会效益', D(10), D('10.00')), ('效益', '可持续影响', D(5), D('4.00')),
                  ('效益', '满意度', D(10), q(q_sat / q_back * 100, 2) / 10)]
    score_rows = [(a, b, c, q(s)) for a, b, c, s in score_rows]
    assert sum(r[2] for r in score_rows) == 100 and all(r[3] <= r[2] for r in score_rows)
    total_score = sum(r[3] for r in score_rows)
    grade = '优' if total_score >= 90 else '良'

    V.update(n_zx=I(sch['zx']), n_xx=I(sch['xx']), n_yey=I(sch['yey']), n_sch=I(n_sch),
             canteens=I(canteens), n_pei=I(n_pei), students=I(students),
             fund=F(fund), fund_cnty=F(fund_cnty), fund_up=F(fund_up), cnty_sh=P(fund_cnty / fund * 100),
             fund_prev=F(fund_prev), fund_inc=F(fund - fund_prev), fund_rate=P((fund - fund_prev) / fund_prev * 100),
             n_items=I(len(items)), unit_mc=I(unit_mc), prem=I(prem),
             tot_act=F(tot_act), exec_p=P(exec_rate), left=F(fund - tot_act),
             staff_checked=I(staff_checked), staff_valid=I(staff_valid), staff=I(staff_checked + staff_valid),
             tests_plan=I(tests_plan), tests_done=I(tests_done), tests_pass=I(tests_pass),
             tests_fail=I(tests_done - tests_pass), tests_compl=P(tests_done / tests_plan * 100),
             pass_rate=P(tests_pass / tests_done * 100), tests_prev=I(tests_prev),
             tests_inc=I(tests_done - tests_prev), tests_rate=P((tests_done - tests_prev) / tests_prev * 100),
             canteens_prev=I(canteens_prev), mc_cov=P(canteens / canteens * 100),
             mc_cov_prev=P(canteens_prev / canteens * 100),
             mc_pp=P(q(canteens / canteens * 100) - q(canteens_prev / canteens * 100)),
             train_plan=I(train_plan), train_done=I(train_done), train_rate=P(train_done / train_plan * 100),
             meals=I(meals), meals_avg=P(meals / n_sch), q_sent=I(q_sent), q_back=I(q_back), q_sat=I(q_sat),
             q_back_rate=P(q_back / q_sent * 100), sat_rate=P(q_sat / q_back * 100),
             min_rate=P(min(rates.values())), max_rate=P(max(rates.values())),
             second_rate=P(sorted(rates.values())[-2]),
             total_score=P(total_score), grade=grade, total_score_c=P(total_score), grade_c=grade,
             date=date, docno=docno, phone=phone)
    labels = dict(zip(order, items))
    trows = []
    for k in order:
        V['b_' + k] = F(bud[k]); V['a_' + k] = F(act[k]); V['r_' + k] = P(rates[k])
        trows.append([labels[k], '{b_%s}' % k, '{a_%s}' % k, '{r_%s}' % k])
        L.ratio('r_' + k, '表1 %s 执行率' % labels[k], 'a_' + k, 'b_' + k, 'r_' + k)
    V['b_tot'] = F(fund); V['a_tot'] = F(tot_act); V['r_tot'] = P(exec_rate)
    trows.append(['合计', '{b_tot}', '{a_tot}', '{r_tot}'])
    srows = []
    skeys = []
    for i, (a, b, c, s) in enumerate(score_rows):
        V['sv%d' % i] = P(c, 0); V['sc%d' % i] = P(s)
        srows.append([a, b, '{sv%d}' % i, '{sc%d}' % i])
        skeys.append('sc%d' % i)
        L.le('sle%d' % i, '表2 %s 得分不超过分值' % b, 'sc%d' % i, 'sv%d' % i)
    V['sv_tot'] = '100'; V['sc_tot'] = P(total_score)
    srows.append(['合计', '', '{sv_tot}', '{sc_tot}'])

    # ---------------- text
    d.title('畹宁县教育局')
    d.title('校园食品安全监管专项经费2024年度项目支出绩效自评报告')
    d.sub('{docno}')
    d.h('一、项目概况')
    d.p('全县纳入校园食品安全监管范围的学校{n_sch}所，其中中学{n_zx}所、小学{n_xx}所、幼儿园{n_yey}所；'
        '自办学生食堂{canteens}个，另有{n_pei}所学校由具备资质的企业集中配餐，在校就餐学生{students}人。')
    d.p('2024年项目资金{fund}万元，由县级财政预算安排{fund_cnty}万元和上级补助{fund_up}万元两部分组成，'
        '县级资金占{cnty_sh}%。与上年的{fund_prev}万元相比，资金规模增加{fund_inc}万元，增长{fund_rate}%。'
        '项目主要内容共{n_items}项，即' + '、'.join(items) + '。其中设备运维按每个食堂每年{unit_mc}元核定，'
        '责任保险按每生每年{prem}元投保。')
    d.h('二、资金使用情况')
    d.p('截至2024年12月31日，项目实际支出{tot_act}万元，预算执行率{exec_p}%，结余{left}万元已按规定收回县财政。'
        '分项执行情况见表1，执行率最低的是从业人员健康体检与培训，为{min_rate}%，'
        '原因是部分从业人员持有效期内的健康证明，无需重复体检；执行率最高和次高的项目分别为校园食品安全责任保险'
        '和食堂“明厨亮灶”设备运维，执行率分别为{max_rate}%和{second_rate}%。')
    d.table('表1　资金预算及执行情况（金额单位：万元）', '',
            ['项目内容', '预算数', '实际支出', '执行率（%）'], trows)
    d.h('三、绩效目标完成情况')
    d.p('（一）数量指标。全年完成食品安全快速检测{tests_done}批次，计划{tests_plan}批次，完成计划的{tests_compl}%；'
        '比上年的{tests_prev}批次多{tests_inc}批次，增长{tests_rate}%。食堂从业人员{staff}人，'
        '当年体检{staff_checked}人，其余{staff_valid}人持有效期内健康证明；开展食品安全培训{train_done}人次，'
        '为计划{train_plan}人次的{train_rate}%。')
    d.p('（二）质量指标。快速检测合格{tests_pass}批次，合格率{pass_rate}%；不合格{tests_fail}批次均已下架处置并溯源。'
        '“明厨亮灶”覆盖食堂{canteens}个，覆盖率{mc_cov}%，上年覆盖{canteens_prev}个、覆盖率{mc_cov_prev}%，'
        '提高{mc_pp}个百分点。')
    d.p('（三）效益指标。全年未发生校园食品安全事故。学校负责人陪餐累计{meals}餐次，平均每校{meals_avg}餐次。'
        '发放满意度问卷{q_sent}份，回收{q_back}份，回收率{q_back_rate}%；其中表示满意的{q_sat}份，'
        '满意率{sat_rate}%（以回收问卷为基数）。')
    d.h('四、自评得分')
    d.p('按照项目支出绩效评价指标体系，自评总分90分（含）以上为“优”，80（含）至90分为“良”，'
        '60（含）至80分为“中”，60分以下为“差”。各指标得分见表2。')
    d.table('表2　项目支出绩效自评得分表', '',
            ['一级指标', '二级指标', '分值', '得分'], srows)
    d.p('经自评，本项目综合得分{total_score_c}分，评价等级为“{grade_c}”。')
    d.h('五、存在问题及改进措施')
    d.p('部分农村学校快检设备老化，检测项目覆盖面不足。下一步将于2025年6月底前完成食堂智慧监管平台升级，'
        '将集中配餐企业纳入视频监管。联系电话：{phone}。')
    d.sign('畹宁县教育局', '{date}')

    # ---------------- ledger
    L.anchor('文号', docno); L.anchor('电话', phone); L.anchor('等级', '评价等级为“%s”' % grade)
    L.dated('date', '落款晚于年度终了', 'date', '2024-12-31')
    L.sum('sch', '学校数=中学+小学+幼儿园', ['n_zx', 'n_xx', 'n_yey'], 'n_sch')
    L.sum('sch2', '学校数=自办食堂+集中配餐', ['canteens', 'n_pei'], 'n_sch')
    L.sum('fund', '资金=县级+上级', ['fund_cnty', 'fund_up'], 'fund')
    L.ratio('cnty_sh', '县级资金占比', 'fund_cnty', 'fund', 'cnty_sh')
    L.growth('fund_g', '资金较上年增加额与增长率', 'fund_prev', 'fund', 'fund_inc', 'fund_rate', '=增')
    L.count('items', '项目内容项数=列举', 'n_items', items)
    L.prod('b_mc', '设备运维预算=食堂数×6000元', ['canteens', 'unit_mc'], 'b_mc', scale='0.0001')
    L.prod('a_bx', '责任保险支出=学生数×5元', ['students', 'prem'], 'a_bx', scale='0.0001')
    L.sum('b_sum', '表1 预算列合计', ['b_' + k for k in order], 'b_tot')
    L.sum('a_sum', '表1 支出列合计', ['a_' + k for k in order], 'a_tot')
    L.ratio('r_tot', '表1 合计执行率', 'a_tot', 'b_tot', 'r_tot')
    L.eq('fund_eq', '表1 预算合计=项目资金', ['b_tot', 'fund'])
    L.eq('act_eq', '正文实际支出=表1 支出合计', ['tot_act', 'a_tot'])
    L.ratio('exec_p', '正文预算执行率=实际支出/资金', 'tot_act', 'fund', 'exec_p')
    L.lin('left', '结余=资金-支出', [(1, 'fund'), (-1, 'tot_act')], 'left')
    L.min('min_rate', '执行率最低项', ['r_' + k for k in order], 'r_tj')
    L.eq('min_eq', '正文最低执行率=表1', ['min_rate', 'r_tj'])
    L.max('max_rate', '执行率最高项', ['r_' + k for k in order], 'r_bx')
    L.eq('max_eq', '正文最高执行率=表1', ['max_rate', 'r_bx'])
    L.max('second', '执行率次高项(除责任保险外最高)', ['r_mc', 'r_kj', 'r_tj', 'r_pc'], 'r_mc')
    L.eq('second_eq', '正文次高执行率=表1', ['second_rate', 'r_mc'])
    L.ratio('compl', '快检完成计划比例', 'tests_done', 'tests_plan', 'tests_compl')
    L.growth('tests_g', '快检批次较上年', 'tests_prev', 'tests_done', 'tests_inc', 'tests_rate', '=增')
    L.sum('staff', '从业人员=体检+持证', ['staff_checked', 'staff_valid'], 'staff')
    L.prod('a_tj', '体检支出=体检人数×200元', ['staff_checked', '=200'], 'a_tj', scale='0.0001')
    L.ratio('train', '培训完成比例', 'train_done', 'train_plan', 'train_rate')
    L.lin('fail', '不合格=检测-合格', [(1, 'tests_done'), (-1, 'tests_pass')], 'tests_fail')
    L.ratio('pass', '合格率', 'tests_pass', 'tests_done', 'pass_rate')
    L.ratio('cov', '明厨亮灶覆盖率', 'canteens', 'canteens', 'mc_cov')
    L.ratio('cov_prev', '上年覆盖率', 'canteens_prev', 'canteens', 'mc_cov_prev')
    L.pp('mc_pp', '覆盖率提高百分点', 'mc_cov_prev', 'mc_cov', 'mc_pp', '=升')
    L.ratio('meals', '平均每校陪餐', 'meals', 'n_sch', 'meals_avg', scale=1)
    L.ratio('qback', '问卷回收率', 'q_back', 'q_sent', 'q_back_rate')
    L.ratio('sat', '满意率(以回收为基数)', 'q_sat', 'q_back', 'sat_rate')
    L.ratio('s_exec', '表2 预算执行率得分=执行率/10', 'r_tot', '=10', 'sc3', scale=1)
    L.ratio('s_pass', '表2 质量指标得分=合格率/10', 'pass_rate', '=10', 'sc7', scale=1)
    L.ratio('s_sat', '表2 满意度得分=满意率/10', 'sat_rate', '=10', 'sc12', scale=1)
    L.sum('sv_sum', '表2 分值合计100', ['sv%d' % i for i in range(len(score_rows))], 'sv_tot')
    L.sum('sc_sum', '表2 得分合计', skeys, 'sc_tot')
    L.eq('sc_eq', '结论得分=表2合计', ['total_score_c', 'sc_tot'])
    L.band('band', '得分对应等级', 'total_score_c', [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')], 'grade_c')
    L.assert_all(V)
    return dict(name=NAME, ext=EXT, doc=d, V=V, ledger=L,
                render=lambda VV: render_docx(d, VV, dict(title='校园食品安全监管专项经费2024年度项目支出绩效自评报告',
                                                          author='畹宁县教育局')),
                facts=dict(date=date, docno=docno))
