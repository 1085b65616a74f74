# -*- coding: utf-8 -*-
"""t04 翥宁县教育局 2025年度义务教育学校课后服务费收支情况公开 (portal html)"""
from lib57 import Ledger, D, q, F, P, I, pct

NAME = 't04_zhuning_county_education_bureau_after_school_service_fee_income_expenditure_disclosure_2025.html'
FY = 2025


def build():
    L = Ledger()
    schools = [('小学', 29), ('初中', 9)]
    std = {'小学': 300, '初中': 360}
    # 学段, 学期, 参加, 免收, 在校
    sem = [('小学', '春季学期', 12480, 356, 14102), ('小学', '秋季学期', 12916, 372, 14208),
           ('初中', '春季学期', 4326, 118, 5690), ('初中', '秋季学期', 4582, 126, 5736)]
    open_bal = D('86.37')
    prev_inc = D('968.20')
    hours, hour_std = 196600, D('40')
    teachers = 1846
    other_out = [('购买第三方机构服务', '162.30'), ('活动耗材及器材', '48.26'), ('课后服务管理及意外保险', '27.62')]
    orgs = 14
    docno, date, phone = '翥教财〔2026〕2号', '2026年1月26日', '0746-2813597'

    # ---------------- derived
    nsch = sum(n for _, n in schools)
    paying = [p - f for _, _, p, f, _ in sem]
    inc_rows = [q(D(paying[k]) * std[sem[k][0]] / 10000, 2) for k in range(4)]
    inc = sum(inc_rows)                       # 合计为各行（已四舍五入）之和
    part_tot = sum(s[2] for s in sem)
    free_tot = sum(s[3] for s in sem)
    pay_tot = sum(paying)
    rates = [pct(s[2], s[4]) for s in sem]
    pp_pri = rates[1] - rates[0]
    pp_mid = rates[3] - rates[2]
    teach = q(hours * hour_std / 10000, 2)
    outs = [('参与教师课后服务劳务补助', teach)] + [(n, D(x)) for n, x in other_out]
    out = sum(x for _, x in outs)
    shares = [pct(x, out) for _, x in outs]
    assert sum(shares) == 100, sum(shares)
    close_bal = open_bal + inc - out
    per_teacher = q(teach * 10000 / teachers, 2)
    g = inc - prev_inc
    g_rate = pct(g, prev_inc)

    B = []
    B.append({'t': 'title', 'text': '翥宁县教育局关于2025年度义务教育学校课后服务费收支情况的公开'})
    B.append({'t': 'sub', 'text': L.anchor('文号', docno)})
    B.append({'t': 'p', 'text': '为接受家长和社会监督，现将全县2025年度（含2024—2025学年春季学期和2025—2026学年秋季学期）义务教育学校课后服务费收支情况公开如下。'})
    B.append({'t': 'h', 'text': '一、基本情况'})
    B.append({'t': 'p', 'text': '全县开展课后服务的义务教育学校%s所，其中小学%s所、初中%s所。课后服务费按学期收取，小学每生每学期%s元、初中每生每学期%s元，'
              '最低生活保障家庭、特困供养和残疾学生等免收。' % (
                  L.i('nsch', nsch), L.i('sch_pri', 29), L.i('sch_mid', 9), L.i('std_pri', 300), L.i('std_mid', 360))})
    B.append({'t': 'p', 'text': '秋季学期小学、初中参加率分别为%s%%和%s%%（参加人数÷在校生人数），比春季学期的%s%%和%s%%分别提高%s和%s个百分点。'
              '春季、秋季学期小学在校生分别为%s人、%s人，初中分别为%s人、%s人。' % (
                  L.p('r1', rates[1]), L.p('r3', rates[3]), L.p('r0', rates[0]), L.p('r2', rates[2]), L.p('pp_pri', pp_pri), L.p('pp_mid', pp_mid),
                  L.i('enr0', sem[0][4]), L.i('enr1', sem[1][4]), L.i('enr2', sem[2][4]), L.i('enr3', sem[3][4]))})
    B.append({'t': 'h', 'text': '二、收入情况'})
    rows = []
    for k, (st, term, p, f, _) in enumerate(sem):
        rows.append([st, term, L.i('part%d' % k, p), L.i('free%d' % k, f), L.i('pay%d' % k, paying[k]),
                     L.i('rstd%d' % k, std[st]), L.m('inc%d' % k, inc_rows[k])])
    rows.append(['合计', '', L.i('part_tot', part_tot), L.i('free_tot', free_tot), L.i('pay_tot', pay_tot), '—', L.m('inc_tot', inc)])
    B.append({'t': 'table', 'caption': '表1　2025年度课后服务费收入情况', 'unit': '人数单位：人；标准单位：元/生·学期；金额单位：万元',
              'head': ['学段', '学期', '参加学生', '免收学生', '收费学生', '收费标准', '收费金额'], 'rows': rows})
    B.append({'t': 'p', 'text': '全年课后服务费收入%s万元，同比多%s万元，增幅%s%%（2024年为%s万元），主要是参加学生增加。表中合计金额为各行金额相加。' % (
        L.m('inc_text', inc), L.m('g', g), L.p('g_rate', g_rate), L.m('prev_inc', prev_inc))})
    B.append({'t': 'h', 'text': '三、支出及结余情况'})
    rows2 = []
    for k, (nm, x) in enumerate(outs):
        rows2.append([nm, L.m('o%d' % k, x), L.p('osh%d' % k, shares[k])])
    rows2.append(['合计', L.m('o_tot', out), L.p('osh_tot', D(100))])
    B.append({'t': 'table', 'caption': '表2　2025年度课后服务费支出情况', 'unit': '单位：万元、%',
              'head': ['支出项目', '金额', '占比'], 'rows': rows2})
    B.append({'t': 'p', 'text': '教师劳务补助按实际课时发放，全年共%s课时，每课时%s元，计%s万元，占支出总额的%s%%，符合不低于70%%的规定；'
              '参与课后服务的教师%s人，人均获得劳务补助%s元。引入第三方机构%s家，提供科技、体育、艺术类课程。' % (
                  L.i('hours', hours), L.f('hour_std', str(hour_std)), L.m('teach_text', teach), L.p('teach_sh', shares[0]),
                  L.i('teachers', teachers), L.m('per_teacher', per_teacher), L.i('orgs', orgs))})
    B.append({'t': 'p', 'text': '2025年初课后服务费结余%s万元，本年收入%s万元，本年支出%s万元，年末结余%s万元，结转下年继续用于课后服务。' % (
        L.m('open', open_bal), L.m('inc_text2', inc), L.m('out_text', out), L.m('close', close_bal))})
    B.append({'t': 'h', 'text': '四、监督渠道'})
    B.append({'t': 'p', 'text': '2026年春季学期起收费标准保持不变。对课后服务收费有异议的，可向县教育局反映，监督电话：%s。' % L.anchor('电话', phone)})
    B.append({'t': 'right', 'text': '翥宁县教育局'})
    B.append({'t': 'right', 'text': L.f('date', date)})

    # ---------------- checks
    L.lin('c_sch', '学校数=小学+初中', 'nsch', ['sch_pri', 'sch_mid'])
    for k in range(4):
        L.lin('c_pay%d' % k, '表1 %s%s 收费学生=参加−免收' % sem[k][:2], 'pay%d' % k, ['part%d' % k, (-1, 'free%d' % k)])
        L.prod('c_inc%d' % k, '表1 %s%s 收费金额=收费学生×标准÷10000' % sem[k][:2], 'pay%d' % k, 'rstd%d' % k, 'inc%d' % k,
               scale=D('0.0001'))
    L.same('c_std_pri', '小学标准正文=表1', ['std_pri', 'rstd0', 'rstd1'])
    L.same('c_std_mid', '初中标准正文=表1', ['std_mid', 'rstd2', 'rstd3'])
    L.lin('c_part', '表1参加学生合计', 'part_tot', ['part%d' % k for k in range(4)])
    L.lin('c_free', '表1免收学生合计', 'free_tot', ['free%d' % k for k in range(4)])
    L.lin('c_paytot', '表1收费学生合计', 'pay_tot', ['pay%d' % k for k in range(4)])
    L.lin('c_inctot', '表1收费金额合计', 'inc_tot', ['inc%d' % k for k in range(4)])
    for k in range(4):
        L.ratio('c_r%d' % k, '%s%s参加率=参加÷在校' % sem[k][:2], 'part%d' % k, 'enr%d' % k, 'r%d' % k)
    L.pp('c_pp_pri', '小学参加率提高百分点', 'r1', 'r0', 'pp_pri', 'up')
    L.pp('c_pp_mid', '初中参加率提高百分点', 'r3', 'r2', 'pp_mid', 'up')
    L.same('c_inc_s', '收入正文（两处）=表1合计', ['inc_text', 'inc_text2', 'inc_tot'])
    L.growth('c_g', '收入同比增加额与增幅', 'inc_text', 'prev_inc', 'g', 'g_rate', 'up')
    L.lin('c_otot', '表2支出合计=各项之和', 'o_tot', ['o%d' % k for k in range(4)])
    for k in range(4):
        L.ratio('c_osh%d' % k, '表2 %s 占比' % outs[k][0], 'o%d' % k, 'o_tot', 'osh%d' % k)
    L.lin('c_oshtot', '表2占比合计', 'osh_tot', ['osh%d' % k for k in range(4)])
    L.prod('c_teach', '教师劳务补助=课时×每课时标准', 'hours', 'hour_std', 'teach_text', scale=D('0.0001'))
    L.same('c_teach_s', '教师劳务补助正文=表2', ['teach_text', 'o0'])
    L.same('c_teach_sh', '教师劳务占比正文=表2', ['teach_sh', 'osh0'])
    L.ratio('c_per_teacher', '人均劳务补助=补助×10000÷教师人数', 'teach_text', 'teachers', 'per_teacher', scale=10000)
    L.same('c_out_s', '支出正文=表2合计', ['out_text', 'o_tot'])
    L.lin('c_bal', '年末结余=年初结余+本年收入−本年支出', 'close', ['open', 'inc_text2', (-1, 'out_text')])
    L.dated('c_date', '落款晚于年度终了', 'date', FY)
    model = {'fmt': 'html', 'blocks': B, 'html_title': '翥宁县教育局关于2025年度义务教育学校课后服务费收支情况的公开',
             'site': '翥宁县人民政府', 'nav': ['首页', '政务公开', '政府信息公开目录', '财政预决算', '政民互动'],
             'crumb': '当前位置：首页 > 政务公开 > 政府信息公开目录 > 教育收费公示',
             'pubinfo': '发布机构：翥宁县教育局　　信息来源：县教育局计划财务股',
             'footer': '翥宁县人民政府办公室主办　网站标识码：ZN0426000001'}
    return model, L, {'name': NAME, 'fy': FY, 'docno': docno}
