"""t02 翯川县档案馆 2025年度部门整体支出绩效自评报告 (docx)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't02_hechuan_county_archives_overall_expenditure_performance_selfeval_2025'
FMT = 'docx'
EXT = 'docx'
FY = 2025


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    depts = ['办公室', '接收征集股', '保管利用股', '信息技术股', '编研股']
    staff_m, staff_t, staff_w, retired, quota = 6, 11, 2, 8, 22
    hold0, recv, books = 83160, 3260, 12350
    lines = [  # 类别, 项目, 年初预算, 全年预算, 实际支出
        ('基本支出', '人员经费', D('268.40'), D('268.40'), D('266.95')),
        ('基本支出', '公用经费', D('38.20'), D('38.20'), D('36.74')),
        ('项目支出', '档案数字化加工', D('40.00'), D('86.80'), D('84.12')),
        ('项目支出', '档案库房安全运维', D('24.00'), D('24.00'), D('21.86')),
        ('项目支出', '档案编研出版', D('12.00'), D('12.00'), D('10.41')),
    ]
    add = D('46.80')
    sp_prev = D('437.26')
    sg_rec, sg_car, sg_prev = D('0.64'), D('1.22'), D('2.05')
    scans, scan_goal, vols = 1286400, 1200000, 6432
    visit_on, visit_off, visit0, files_used = 2915, 3927, 6118, 15390
    q_back, q_sat = 546, 537
    books_pub = ['《翯川县大事记（2021—2025）》', '《翯川老地名》']
    # ---- derived
    staff = staff_m + staff_t + staff_w
    hold = hold0 + recv
    bud0 = sum(x[2] for x in lines)
    bud = sum(x[3] for x in lines)
    assert bud == bud0 + add
    sp = sum(x[4] for x in lines)
    basic = lines[0][4] + lines[1][4]
    proj = sp - basic
    exr = q(sp / bud * 100)
    sg = sg_rec + sg_car
    visits = visit_on + visit_off
    sat = q(D(q_sat) / q_back * 100)
    # score table: (一级, 二级, 分值, 得分)
    score_rows = [
        ('决策', '目标设定', D(4), D('4.00')),
        ('决策', '预算编制', D(6), D('5.60')),
        ('过程', '预算执行率', D(10), q(exr / 10)),
        ('过程', '资金管理', D(10), D('9.50')),
        ('过程', '资产及采购管理', D(10), D('9.20')),
        ('产出', '数量指标', D(15), D('15.00')),
        ('产出', '质量指标', D(10), D('9.60')),
        ('产出', '时效指标', D(10), D('9.00')),
        ('效益', '社会效益', D(15), D('14.20')),
        ('效益', '服务对象满意度', D(10), q(sat / 10)),
    ]
    assert sum(r[2] for r in score_rows) == 100
    assert all(r[3] <= r[2] for r in score_rows)
    total_score = sum(r[3] for r in score_rows)
    grade = '优' if total_score >= 90 else '良' if total_score >= 80 else '中' if total_score >= 60 else '差'

    d.title('翯川县档案馆2025年度部门整体支出绩效自评报告')
    d.center(v('docno', '翯档〔2026〕3号'))
    d.h('一、部门基本情况')
    d.p('翯川县档案馆为县委直属公益一类事业单位，内设机构%s个，即%s。核定事业编制%s名，年末实有在职人员%s人，'
        '其中管理岗位%s人、专业技术岗位%s人、工勤技能岗位%s人；另有退休人员%s人。' % (
            v('ndept', '5'), '、'.join(depts), v('quota', I(quota)), v('staff', I(staff)),
            v('st_m', I(staff_m)), v('st_t', I(staff_t)), v('st_w', I(staff_w)), v('retired', I(retired))))
    L.count('内设机构数', 'ndept', depts)
    L.sum('在职人员=管理+专技+工勤', 'staff', ['st_m', 'st_t', 'st_w'])
    L.le('在职人数不超编制', 'staff', 'quota')
    d.p('年初馆藏档案%s卷，全年接收进馆%s卷，年末馆藏档案%s卷、资料%s册。' % (
        v('hold0', I(hold0)), v('recv', I(recv)), v('hold', I(hold)), v('books', I(books))))
    L.sum('年末馆藏=年初+接收', 'hold', ['hold0', 'recv'])

    d.h('二、部门预算及执行情况')
    d.p('2025年年初预算%s万元，年中追加档案数字化二期经费%s万元，调整后全年预算%s万元。全年支出%s万元，部门预算执行率为%s%%。'
        '上年支出为%s万元，本年减少%s万元，下降%s%%，主要是上年一次性安排的库房设备购置不再发生。' % (
            v('bud0', F(bud0)), v('add', F(add)), v('bud', F(bud)), v('sp', F(sp)), v('exr_p', P(exr)),
            v('sp0', F(sp_prev)), v('sp_d', F(sp_prev - sp)), v('sp_r', P((sp_prev - sp) / sp_prev * 100))))
    L.sum('全年预算=年初+追加', 'bud', ['bud0', 'add'])
    L.ratio('部门预算执行率', 'exr_p', 'sp', 'bud')
    L.growth('支出较上年下降', 'sp', 'sp0', 'sp_d', 'sp_r', -1)
    rows = []
    for i, (cat, nm, b0, b, s) in enumerate(lines, 1):
        rows.append([cat, nm, v('b0_%d' % i, F(b0)), v('b_%d' % i, F(b)), v('s_%d' % i, F(s)), v('r_%d' % i, P(s / b * 100))])
        L.ratio('表1 %s 执行率' % nm, 'r_%d' % i, 's_%d' % i, 'b_%d' % i)
    rows.append(['合计', '', v('b0_t', F(bud0)), v('b_t', F(bud)), v('s_t', F(sp)), v('r_t', P(sp / bud * 100))])
    n = len(lines)
    L.sum('表1 年初预算列合计', 'b0_t', ['b0_%d' % i for i in range(1, n + 1)])
    L.sum('表1 全年预算列合计', 'b_t', ['b_%d' % i for i in range(1, n + 1)])
    L.sum('表1 实际支出列合计', 's_t', ['s_%d' % i for i in range(1, n + 1)])
    L.ratio('表1 合计执行率', 'r_t', 's_t', 'b_t')
    L.same('表1 支出合计与正文一致', ['s_t', 'sp'])
    L.diff('数字化加工追加=全年-年初', 'add', 'b_3', 'b0_3')
    d.table('表1　2025年度部门预算执行情况（金额单位：万元）', None,
            ['类别', '项目', '年初预算', '全年预算', '实际支出', '执行率（%）'], rows)
    d.p('其中基本支出%s万元、项目支出%s万元，基本支出占全部支出的%s%%。人均公用经费%s元（按年末在职人数计算）。' % (
        v('basic', F(basic)), v('proj', F(proj)), v('basic_sh', P(basic / sp * 100)), v('pub_pc', F(lines[1][4] * 10000 / staff))))
    L.sum('支出=基本+项目', 'sp', ['basic', 'proj'])
    L.sum('基本支出=人员+公用', 'basic', ['s_1', 's_2'])
    L.sum('项目支出=三个项目', 'proj', ['s_3', 's_4', 's_5'])
    L.ratio('基本支出占比', 'basic_sh', 'basic', 'sp')
    L.ratio('人均公用经费', 'pub_pc', 's_2', 'staff', '=10000')
    d.p('“三公”经费支出%s万元，其中公务接待费%s万元、公务用车运行维护费%s万元，因公出国（境）费为零；较上年的%s万元下降%s万元，降幅%s%%。' % (
        v('sg', F(sg)), v('sg_r', F(sg_rec)), v('sg_c', F(sg_car)), v('sg0', F(sg_prev)),
        v('sg_d', F(sg_prev - sg)), v('sg_rt', P((sg_prev - sg) / sg_prev * 100))))
    L.sum('三公=接待+用车', 'sg', ['sg_r', 'sg_c'])
    L.growth('三公下降', 'sg', 'sg0', 'sg_d', 'sg_rt', -1)

    d.h('三、部门整体绩效情况')
    d.p('（一）档案数字化。全年完成%s卷档案的扫描加工，计%s画幅，平均每卷%s画幅，为年度目标%s画幅的%s%%。' % (
        v('vols', I(vols)), v('scans', I(scans)), v('scan_pv', I(q(D(scans) / vols, 0))),
        v('scan_goal', I(scan_goal)), v('scan_rt', P(D(scans) / scan_goal * 100))))
    L.ratio('平均每卷画幅', 'scan_pv', 'scans', 'vols', '=1')
    L.ratio('数字化完成率', 'scan_rt', 'scans', 'scan_goal')
    d.p('（二）档案利用。接待查档%s人次，比上年多接待%s人次，增幅%s%%（上年为%s人次）；其中网上查档%s人次、现场查档%s人次，'
        '网上查档占%s%%。共提供档案%s卷次，每人次平均%s卷次。' % (
            v('visits', I(visits)), v('vis_d', I(visits - visit0)), v('vis_r', P(D(visits - visit0) / visit0 * 100)),
            v('vis0', I(visit0)), v('vis_on', I(visit_on)), v('vis_off', I(visit_off)),
            v('on_sh', P(D(visit_on) / visits * 100)), v('files', I(files_used)), v('files_pv', F(D(files_used) / visits))))
    L.growth('查档人次增长', 'visits', 'vis0', 'vis_d', 'vis_r', 1)
    L.sum('查档=网上+现场', 'visits', ['vis_on', 'vis_off'])
    L.ratio('网上查档占比', 'on_sh', 'vis_on', 'visits')
    L.ratio('每人次平均卷次', 'files_pv', 'files', 'visits', '=1')
    d.p('（三）编研与安全。编辑出版史料%s部，即%s；截至年末馆藏档案%s卷，全年未发生档案安全事故。' % (
        v('nbook', '2'), '、'.join(books_pub), v('hold_r', I(hold))))
    L.count('出版史料部数', 'nbook', books_pub)
    L.same('年末馆藏前后一致', ['hold', 'hold_r'])
    d.p('（四）满意度。回收有效问卷%s份，表示满意的%s份，满意度%s%%。' % (
        v('q_back', I(q_back)), v('q_sat', I(q_sat)), v('sat', P(sat))))
    L.ratio('满意度', 'sat', 'q_sat', 'q_back')

    d.h('四、自评得分')
    d.p('按部门整体支出绩效评价指标体系逐项打分，预算执行率指标按执行率折算，满意度指标按满意度折算，结果见表2。')
    rows2 = []
    for i, (a, b, fz, df) in enumerate(score_rows, 1):
        rows2.append([a, b, v('fz%d' % i, I(fz)), v('df%d' % i, F(df))])
        L.le('表2 %s 得分不超分值' % b, 'df%d' % i, 'fz%d' % i)
    rows2.append(['合计', '', v('fz_t', '100'), v('df_t', F(total_score))])
    m = len(score_rows)
    L.sum('表2 分值合计', 'fz_t', ['fz%d' % i for i in range(1, m + 1)])
    L.sum('表2 得分合计', 'df_t', ['df%d' % i for i in range(1, m + 1)])
    L.ratio('预算执行率得分=执行率/10', 'df3', 'r_t', '=100', '=10')
    L.ratio('满意度得分=满意度/10', 'df10', 'sat', '=100', '=10')
    d.table('表2　部门整体支出绩效自评得分表', None, ['一级指标', '二级指标', '分值', '得分'], rows2)

    d.h('五、结论及改进措施')
    d.p('综合评价，翯川县档案馆2025年度部门整体支出绩效自评得分%s分，等级为“%s”（90分及以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）。'
        '存在的问题：公用经费和编研出版经费执行偏低，部分数字化成果尚未挂接利用平台。2026年将加快数字化三期实施，'
        '力争2026年9月底前完成馆藏重点全宗数字化。' % (v('score_c', F(total_score)), v('grade', grade)))
    L.same('结论得分与表2一致', ['score_c', 'df_t'])
    L.band('等级与得分相符', 'score_c', 'grade', [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')])
    d.sign('翯川县档案馆', v('date', '2026年4月16日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '翯档〔2026〕3号')
    d.meta.update(date=d.v['date'], docno=d.v['docno'])
    if strict:
        L.run()
    return d
