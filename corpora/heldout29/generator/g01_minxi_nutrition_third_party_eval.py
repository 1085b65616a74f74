"""t01 - 四川省岷溪县 农村义务教育学生营养改善计划 2024年度 第三方绩效评价报告 (.docx)."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, I, Ledger, T, pct, q, run  # noqa: E402

STEM = 't01_minxi_student_nutrition_third_party_eval_2024'
EXT = '.docx'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs
    sch = {'小学': 41, '初中': 14, '九年一贯制学校': 3}
    n_sch = sum(sch.values())
    mode = {'食堂供餐': 52, '企业集中供餐': 4, '混合供餐': 2}
    assert sum(mode.values()) == n_sch
    spring, autumn = 23905, 23416
    aut_pri, aut_mid = 15872, 7544
    std, days_half = 5, 100
    amt_spring = spring * std * days_half
    amt_autumn = autumn * std * days_half
    amt_meal = amt_spring + amt_autumn                      # 元
    meal_wan = q(D(amt_meal) / 10000)
    c_budget = D('2380.00')                                 # 中央下达
    c_spent = meal_wan
    c_left = c_budget - c_spent
    p_budget, p_spent = D('260.00'), D('235.62')
    p_left = p_budget - p_spent
    staff, wage = 637, 600
    labor = q(D(staff * wage * 12) / 10000)
    utility = D('43.71')
    k_budget = labor + utility
    k_spent = k_budget
    budget = c_budget + p_budget + k_budget
    spent = c_spent + p_spent + k_spent
    left = budget - spent
    exe = pct(spent, budget)
    c_share = pct(c_budget, budget)
    canteen_share = pct(mode['食堂供餐'], n_sch)
    insp, passed = 312, 309
    pass_rate = pct(passed, insp)
    q_sent, q_back, q_valid = 1200, 1146, 1118
    back_rate = pct(q_back, q_sent)
    valid_rate = pct(q_valid, q_back)
    stunt_23, stunt_24 = D('4.62'), D('3.95')
    anem_23, anem_24 = D('8.16'), D('7.28')
    per_staff = q(D(autumn) / staff, 1)
    equip_sch = 9

    # score table (一级, 二级, 三级, 分值, 得分)
    s_exe = q(5 * exe / 100)
    s_pass = q(6 * pass_rate / 100)
    s_canteen = q(D(5) * canteen_share / D(95))
    rows = [
        ('决策', '项目立项', '立项依据充分性', 3, D('3.00')),
        ('决策', '项目立项', '立项程序规范性', 2, D('2.00')),
        ('决策', '绩效目标', '绩效目标合理性', 3, D('2.50')),
        ('决策', '绩效目标', '绩效指标明确性', 3, D('1.50')),
        ('决策', '资金投入', '预算编制科学性', 2, D('2.00')),
        ('决策', '资金投入', '资金分配合理性', 2, D('2.00')),
        ('过程', '资金管理', '资金到位率', 4, D('4.00')),
        ('过程', '资金管理', '预算执行率', 5, s_exe),
        ('过程', '资金管理', '资金使用合规性', 5, D('4.50')),
        ('过程', '组织实施', '管理制度健全性', 4, D('3.50')),
        ('过程', '组织实施', '制度执行有效性', 7, D('5.00')),
        ('产出', '产出数量', '受益学生覆盖率', 8, D('8.00')),
        ('产出', '产出数量', '供餐天数', 5, D('5.00')),
        ('产出', '产出质量', '食品安全抽检合格率', 6, s_pass),
        ('产出', '产出质量', '食堂供餐学校比例', 5, s_canteen),
        ('产出', '产出时效', '资金拨付及时性', 5, D('3.50')),
        ('产出', '产出成本', '膳食补助标准执行', 6, D('6.00')),
        ('效益', '社会效益', '学生营养状况改善', 8, D('6.00')),
        ('效益', '可持续影响', '长效管理机制健全性', 5, D('3.50')),
        ('效益', '满意度', '学生满意度', 4, D('4.00')),
        ('效益', '满意度', '家长满意度', 4, D('4.00')),
        ('效益', '满意度', '教师满意度', 4, D('4.00')),
    ]
    groups = ['决策', '过程', '产出', '效益']
    gmax = {g: sum(r[3] for r in rows if r[0] == g) for g in groups}
    gsc = {g: sum((r[4] for r in rows if r[0] == g), D(0)) for g in groups}
    total = sum(gsc.values(), D(0))
    n2 = len({(r[0], r[1]) for r in rows})
    grade = '优' if total >= 90 else '良' if total >= 80 else '中'
    assert grade == '良'
    lost = {g: gmax[g] - gsc[g] for g in groups}

    Fm = lambda x: F(x)          # 万元
    # ------------------------------------------------------------ text
    bl.append(B('TITLE', '岷溪县农村义务教育学生营养改善计划'))
    bl.append(B('TITLE', '2024年度财政支出绩效评价报告'))
    bl.append(B('DOCNO', '岷信绩评〔2025〕12号'))
    bl.append(B('PLAIN', '委托单位：岷溪县财政局'))
    bl.append(B('PLAIN', '项目主管单位：岷溪县教育局'))
    bl.append(B('PLAIN', '评价机构：四川岷信会计师事务所有限公司'))
    P('受岷溪县财政局委托，四川岷信会计师事务所有限公司（以下简称“评价组”）按照《项目支出绩效评价管理办法》和四川省财政支出'
      '绩效评价有关规定，于2025年3月至5月对岷溪县教育局实施的2024年度农村义务教育学生营养改善计划（以下简称“营养改善计划”）'
      '开展了第三方绩效评价。评价组由注册会计师2名、教育和营养领域专家2名及项目助理3名组成，现将评价情况报告如下。')

    bl.append(B('H1', '一、项目基本情况'))
    bl.append(B('H2', '（一）项目概况'))
    P(f'岷溪县自2012年起实施营养改善计划，2024年实施范围为全县农村义务教育阶段学校{n_sch}所，其中小学{sch["小学"]}所、'
      f'初中{sch["初中"]}所、九年一贯制学校{sch["九年一贯制学校"]}所。按供餐模式分，食堂供餐学校{mode["食堂供餐"]}所、'
      f'企业集中供餐学校{mode["企业集中供餐"]}所、混合供餐学校{mode["混合供餐"]}所，食堂供餐学校占全部实施学校的{canteen_share}%。')
    L.sum('实施学校 = 小学 + 初中 + 九年一贯制', str(n_sch), [str(v) for v in sch.values()])
    L.sum('实施学校 = 三种供餐模式', str(n_sch), [str(v) for v in mode.values()])
    L.rate('食堂供餐学校占比', str(canteen_share), str(mode['食堂供餐']), str(n_sch))
    P(f'2024年春季学期受益学生{I(spring)}人；秋季学期受益学生{I(autumn)}人，其中小学阶段{I(aut_pri)}人、初中阶段{I(aut_mid)}人'
      f'（九年一贯制学校学生分别计入小学、初中阶段）。秋季学期受益学生较春季学期减少{I(spring - autumn)}人，主要是部分村小撤并后'
      f'学生转入县城学校就读，不再纳入实施范围。膳食补助标准为每生每天{std}元，全年按在校{2 * days_half}天计算，'
      f'即每生每年{I(std * 2 * days_half)}元。')
    L.sum('秋季受益学生 = 小学 + 初中', I(autumn), [I(aut_pri), I(aut_mid)])
    L.diff('秋季较春季减少', I(spring - autumn), I(spring), I(autumn))
    L.prod('每生每年补助 = 5元 x 200天', I(std * 2 * days_half), [str(std), str(2 * days_half)])

    bl.append(B('H2', '（二）资金安排和使用情况'))
    P(f'2024年营养改善计划共安排资金{Fm(budget)}万元，其中：中央财政下达膳食补助资金{Fm(c_budget)}万元，占{c_share}%；'
      f'省级财政下达食堂设备购置补助资金{Fm(p_budget)}万元；县级财政安排配套资金{Fm(k_budget)}万元，包括食堂从业人员劳务补助'
      f'{Fm(labor)}万元和食堂水电燃料补助{Fm(utility)}万元。')
    L.sum('资金安排 = 中央 + 省级 + 县级', Fm(budget), [Fm(c_budget), Fm(p_budget), Fm(k_budget)])
    L.rate('中央资金占比', str(c_share), Fm(c_budget), Fm(budget))
    L.sum('县级配套 = 劳务补助 + 水电燃料', Fm(k_budget), [Fm(labor), Fm(utility)])
    P(f'膳食补助按学期据实核定：春季学期{I(spring)}人×{std}元×{days_half}天＝{I(amt_spring)}元，秋季学期{I(autumn)}人×{std}元×'
      f'{days_half}天＝{I(amt_autumn)}元，全年膳食补助{I(amt_meal)}元，折合{Fm(meal_wan)}万元（见表1）。中央下达资金与据实核定数'
      f'之间的差额{Fm(c_left)}万元已按规定结转下年统筹使用。县级劳务补助按食堂从业人员{staff}人×{wage}元/月×12个月核定，'
      f'计{Fm(labor)}万元，已全额兑付；平均每名从业人员服务秋季学期受益学生{per_staff}人。')
    L.prod('春季膳食补助 = 人数 x 5 x 100', I(amt_spring), [I(spring), str(std), str(days_half)])
    L.prod('秋季膳食补助 = 人数 x 5 x 100', I(amt_autumn), [I(autumn), str(std), str(days_half)])
    L.sum('全年膳食补助(元)', I(amt_meal), [I(amt_spring), I(amt_autumn)])
    L.conv('膳食补助 元 -> 万元', Fm(meal_wan), I(amt_meal), '10000')
    L.diff('中央结转 = 下达 - 核定', Fm(c_left), Fm(c_budget), Fm(meal_wan))
    L.prod('劳务补助 = 637人 x 600元 x 12月 (万元)', Fm(labor), [str(staff), str(wage), '12'], '10000')
    L.quot('每名从业人员服务学生', str(per_staff), I(autumn), str(staff))

    tab1 = T('表1', '表1  2024年膳食补助资金核定表', ['学期', '受益学生（人）', '补助标准（元/人·天）', '供餐天数（天）', '金额（元）'],
             [['春季学期', I(spring), str(std), str(days_half), I(amt_spring)],
              ['秋季学期', I(autumn), str(std), str(days_half), I(amt_autumn)],
              ['合计', '—', '—', str(2 * days_half), I(amt_meal)]], unit='')
    bl.append(tab1)
    L.sum('表1 供餐天数合计', str(2 * days_half), [str(days_half), str(days_half)])

    P(f'截至2024年12月31日，营养改善计划实际支出{Fm(spent)}万元，预算执行率{exe}%；年末未支出{Fm(left)}万元，其中中央膳食补助'
      f'结转{Fm(c_left)}万元、省级食堂设备补助未支出{Fm(p_left)}万元。分资金来源的执行情况见表2。')
    L.sum('实际支出 = 中央 + 省级 + 县级', Fm(spent), [Fm(c_spent), Fm(p_spent), Fm(k_spent)])
    L.rate('预算执行率', str(exe), Fm(spent), Fm(budget))
    L.diff('未支出 = 预算 - 支出', Fm(left), Fm(budget), Fm(spent))
    L.sum('未支出 = 中央结转 + 省级未支出', Fm(left), [Fm(c_left), Fm(p_left)])
    L.anchor('截至2024年12月31日')

    srcs = [('中央膳食补助资金', c_budget, c_spent), ('省级食堂设备购置补助', p_budget, p_spent),
            ('县级配套资金', k_budget, k_spent)]
    t2rows = []
    for name, bu, sp in srcs:
        r = pct(sp, bu)
        t2rows.append([name, Fm(bu), Fm(sp), F(r), Fm(bu - sp)])
        L.rate(f'表2 {name} 执行率', F(r), Fm(sp), Fm(bu))
        L.diff(f'表2 {name} 未支出', Fm(bu - sp), Fm(bu), Fm(sp))
    t2rows.append(['合计', Fm(budget), Fm(spent), F(exe), Fm(left)])
    bl.append(T('表2', '表2  2024年营养改善计划资金执行情况表', ['资金来源', '预算数', '实际支出', '执行率（%）', '未支出'],
                t2rows, unit='单位：万元'))
    L.sum('表2 预算合计', Fm(budget), [Fm(x[1]) for x in srcs])
    L.sum('表2 未支出合计', Fm(left), [Fm(x[1] - x[2]) for x in srcs])

    bl.append(B('H2', '（三）绩效目标'))
    P('2024年度绩效目标为：农村义务教育阶段受益学生覆盖率100%；全年供餐天数不少于200天；食品安全抽检合格率100%；食堂供餐学校'
      '比例不低于95%；学生营养健康状况持续改善；学生、家长和教师满意度均不低于90%。')

    bl.append(B('H1', '二、绩效评价工作开展情况'))
    P(f'评价组采用案卷研究、实地核查、问卷调查和座谈访谈相结合的方法，按照“决策、过程、产出、效益”四个维度构建评价指标体系，'
      f'共设置一级指标{len(groups)}个、二级指标{n2}个、三级指标{len(rows)}个，满分100分（见表3）。评价组抽取18所学校'
      f'进行实地核查，覆盖全部{len(mode)}种供餐模式。')
    L.count('一级指标个数', str(len(groups)), groups)
    L.count('二级指标个数', str(n2), sorted({r[0] + r[1] for r in rows}))
    L.count('三级指标个数', str(len(rows)), [r[2] for r in rows])
    P(f'问卷调查面向学生、家长和教师，共发放问卷{I(q_sent)}份，回收{I(q_back)}份，回收率{back_rate}%；其中有效问卷{I(q_valid)}份，'
      f'占回收问卷的{valid_rate}%。')
    L.rate('问卷回收率', str(back_rate), I(q_back), I(q_sent))
    L.rate('有效问卷占回收问卷', str(valid_rate), I(q_valid), I(q_back))

    bl.append(B('H1', '三、综合评价结论'))
    P(f'经综合评价，岷溪县2024年度营养改善计划绩效评价得分为{total}分，评价等级为“{grade}”。其中：决策指标得分{gsc["决策"]}分'
      f'（满分{gmax["决策"]}分），过程指标得分{gsc["过程"]}分（满分{gmax["过程"]}分），产出指标得分{gsc["产出"]}分'
      f'（满分{gmax["产出"]}分），效益指标得分{gsc["效益"]}分（满分{gmax["效益"]}分）。评价等级按90分（含）以上为“优”、'
      f'80分（含）至90分为“良”、60分（含）至80分为“中”、60分以下为“差”划分。')
    L.sum('总得分 = 四个一级指标得分', str(total), [str(gsc[g]) for g in groups])
    L.sum('满分 = 四个一级指标分值', '100', [str(gmax[g]) for g in groups])
    L.check('评价等级 良 (80 <= 总分 < 90)', 80 <= total < 90, f'{total} in [80, 90)')

    bl.append(B('H1', '四、绩效分析'))
    bl.append(B('H2', '（一）决策情况'))
    P(f'项目立项依据充分、程序规范，预算编制和资金分配符合政策规定。扣分原因：县教育局设定的绩效目标中“学生营养健康状况持续改善”'
      f'未细化为可衡量的指标值，绩效目标合理性和绩效指标明确性两项共扣{lost["决策"]}分。')
    L.diff('决策扣分', str(lost['决策']), str(gmax['决策']), str(gsc['决策']))
    bl.append(B('H2', '（二）过程情况'))
    P(f'各级资金均已足额到位，资金到位率100%。预算执行率{exe}%，按“执行率×分值”计得{s_exe}分。抽查发现1所学校学生伙食费与'
      f'教师伙食账户未完全分账核算，资金使用合规性扣0.50分；县教育局未制定食堂财务管理实施细则，管理制度健全性扣0.50分；'
      f'2所学校食堂采购台账登记不完整，部分学校陪餐记录不连续，制度执行有效性扣2.00分。')
    L.prod('预算执行率得分 = 5 x 执行率', str(s_exe), ['5', str(exe)], '100')
    L.diff('资金使用合规性扣分', '0.50', '5', '4.50')
    L.diff('管理制度健全性扣分', '0.50', '4', '3.50')
    L.diff('制度执行有效性扣分', '2.00', '7', '5.00')
    bl.append(B('H2', '（三）产出情况'))
    P(f'受益学生覆盖率100%，全年实际供餐{2 * days_half}天，均达到目标。全年市场监管部门对学校食堂和供餐企业抽检{insp}批次，'
      f'合格{passed}批次，抽检合格率{pass_rate}%，按完成比例得{s_pass}分；不合格的3批次均为餐具消毒项目，已督促整改。食堂供餐'
      f'学校比例{canteen_share}%，未达到不低于95%的目标，按{canteen_share}÷95×5计得{s_canteen}分。省级设备补助用于{equip_sch}所'
      f'学校购置冷藏、消毒等厨房设备，因2所学校食堂改造未完工，设备未能按期安装，资金拨付及时性扣1.50分。')
    L.rate('抽检合格率', str(pass_rate), str(passed), str(insp))
    L.diff('不合格批次 = 抽检 - 合格', '3', str(insp), str(passed))
    L.prod('抽检合格率得分 = 6 x 合格率', str(s_pass), ['6', str(pass_rate)], '100')
    L.prod('食堂供餐比例得分 = 5 x 比例 / 95', str(s_canteen), ['5', str(canteen_share)], '95')
    L.diff('资金拨付及时性扣分', '1.50', '5', '3.50')
    bl.append(B('H2', '（四）效益情况'))
    P(f'根据县疾控中心学生营养健康监测结果，监测学校学生生长迟缓率由2023年的{stunt_23}%降至2024年的{stunt_24}%，下降'
      f'{stunt_23 - stunt_24}个百分点；贫血率由{anem_23}%降至{anem_24}%，下降{anem_23 - anem_24}个百分点。营养改善效果'
      f'较为明显，但监测学校仅覆盖部分乡镇，学生营养状况改善指标扣2.00分。食堂从业人员劳务补助依赖县级财政逐年安排，尚未形成'
      f'稳定的经费保障机制，长效管理机制健全性扣1.50分。问卷调查显示，学生满意度93.12%、家长满意度91.46%、'
      f'教师满意度95.08%，均达到不低于90%的目标。')
    L.pp('生长迟缓率下降百分点', str(stunt_23 - stunt_24), str(stunt_24), str(stunt_23), '下降')
    L.diff('学生营养状况改善扣分', '2.00', '8', '6.00')
    L.diff('长效管理机制健全性扣分', '1.50', '5', '3.50')
    L.pp('贫血率下降百分点', str(anem_23 - anem_24), str(anem_24), str(anem_23), '下降')

    trows = []
    for g in groups:
        first = True
        for r in rows:
            if r[0] != g:
                continue
            trows.append([f'{g}（{gmax[g]}分）' if first else '', r[1], r[2], str(r[3]), str(r[4])])
            first = False
        trows.append([f'{g}小计', '', '', str(gmax[g]), str(gsc[g])])
        L.sum(f'表3 {g}小计 = 各三级指标得分', str(gsc[g]), [str(r[4]) for r in rows if r[0] == g])
        L.sum(f'表3 {g}分值 = 各三级指标分值', str(gmax[g]), [str(r[3]) for r in rows if r[0] == g])
    trows.append(['合计', '', '', '100', str(total)])
    bl.append(T('表3', '表3  绩效评价指标得分表', ['一级指标', '二级指标', '三级指标', '分值', '得分'], trows))

    bl.append(B('H1', '五、存在的问题'))
    P(f'一是绩效目标不够细化，营养健康改善类目标缺少量化指标。二是省级食堂设备补助资金执行偏慢，年末仍有{Fm(p_left)}万元未支出，'
      f'执行率仅{pct(p_spent, p_budget)}%。三是食堂供餐学校比例{canteen_share}%，仍有{mode["企业集中供餐"] + mode["混合供餐"]}所'
      f'学校依靠企业集中供餐或混合供餐。四是部分学校食堂财务管理和陪餐制度执行不到位。')
    L.sum('非食堂供餐学校 = 企业 + 混合', str(mode['企业集中供餐'] + mode['混合供餐']),
          [str(mode['企业集中供餐']), str(mode['混合供餐'])])
    bl.append(B('H1', '六、有关建议'))
    P('一是将营养健康改善目标细化为生长迟缓率、贫血率等可量化指标，并扩大监测学校范围。二是加快食堂改造工程进度，督促剩余设备'
      '于2025年6月底前安装使用。三是结合学校布局调整，逐步推进具备条件的学校改为食堂供餐。四是强化食堂财务专账核算和陪餐制度'
      '落实，县教育局每学期开展一次专项检查。')
    P('附件：绩效评价指标体系及评分说明（略）')
    bl.append(B('BLANK'))
    bl.append(B('RIGHT', '四川岷信会计师事务所有限公司'))
    bl.append(B('RIGHT', '项目负责人：何文清（注册会计师）'))
    bl.append(B('RIGHT', '2025年5月20日'))
    L.dated('报告日期在评价年度结束之后', '2025年5月20日', (2025, 5, 20), (2024, 12, 31))
    L.anchor('岷信绩评〔2025〕12号')

    L.facts.update({'total_score': str(total), 'budget': Fm(budget), 'spent': Fm(spent), 'exe_rate': str(exe),
                    'meal_yuan': I(amt_meal), 'date': '2025年5月20日'})
    model = {'blocks': bl, 'title': '岷溪县农村义务教育学生营养改善计划2024年度财政支出绩效评价报告',
             'author': '四川岷信会计师事务所有限公司', 'when': datetime.datetime(2025, 5, 20)}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
