"""t02 蕖阳县供销合作社联合社 2024年度部门整体支出绩效自评报告 (docx) with 评分表."""
import datetime
from lib39 import D, F, I, q, pct, growth, Doc, Ledger

NAME = 't02_quyang_county_supply_marketing_cooperative_overall_expenditure_selfeval_2024'
FMT, EXT = 'docx', 'docx'


def build():
    L = Ledger(NAME)
    b_init, b_add = D('548.00'), D('64.80')
    basic_b = D('410.00')
    staff, office = D('351.20'), D('51.16')
    projs = [('农资商品储备贴息', D('60.00'), D('58.20')),
             ('基层供销社改造提升', D('85.00'), D('81.90')),
             ('农产品产销对接活动', D('30.00'), D('28.60')),
             ('县域冷链物流节点补助', D('27.80'), D('18.40'))]
    budget = b_init + b_add
    proj_b = sum(p[1] for p in projs)
    assert basic_b + proj_b == budget
    proj_a = sum(p[2] for p in projs)
    basic_a = staff + office
    actual = basic_a + proj_a
    exec_r = pct(actual, budget)
    coop_t, coop_a = 8, 9
    fert_t, fert_a = 3000, 3260
    sales, sales_prev = D('4860'), D('4315')
    sent, back, sat = 260, 250, 236
    sat_r = pct(sat, back)
    # 评分表: (一级, 二级/三级, 分值, 得分)
    s_exec = q(D(10) * D(exec_r) / 100, 2)
    s_sat = q(D(10) * D(sat_r) / 100, 2)
    meet, meet_t = 12, 15
    s_meet = q(D(8) * meet / meet_t, 2)
    rows_sc = [
        ('决策', '部门职责与目标设定', '5', '5.00'),
        ('决策', '绩效目标合理性、明确性', '5', '4.50'),
        ('决策', '预算编制科学性', '5', '4.50'),
        ('过程', '预算执行率', '10', F(s_exec)),
        ('过程', '结转结余控制', '5', '4.50'),
        ('过程', '“三公”经费控制', '5', '5.00'),
        ('过程', '资产与采购管理', '5', '4.20'),
        ('产出', '基层社改造提升完成数', '10', '10.00'),
        ('产出', '农资储备任务完成率', '10', '10.00'),
        ('产出', '产销对接活动场次', '8', F(s_meet)),
        ('产出', '冷链项目完成及时性', '7', '4.60'),
        ('效益', '农产品销售额增长', '10', '9.00'),
        ('效益', '服务对象满意度', '10', F(s_sat)),
        ('效益', '长效管理机制', '5', '4.00'),
    ]
    groups = ['决策', '过程', '产出', '效益']
    sub_w = {g: sum(D(r[2]) for r in rows_sc if r[0] == g) for g in groups}
    sub_s = {g: sum(D(r[3]) for r in rows_sc if r[0] == g) for g in groups}
    for r in rows_sc:
        assert D(r[3]) <= D(r[2])
    total_w = sum(sub_w.values())
    total_s = sum(sub_s.values())
    assert total_w == 100
    grade = '优' if total_s >= 90 else '良'

    d = Doc()
    d.title('蕖阳县供销合作社联合社2024年度部门整体支出绩效自评报告')
    d.sub('蕖供社〔2025〕7号')
    d.h('一、部门基本情况')
    d.p('县供销合作社联合社（以下简称县供销社）是县政府直属参公事业单位，主要承担农资保供、农产品流通、'
        '基层社建设和为农服务等职能，内设办公室、业务发展股、财务审计股、合作指导股、资产管理股5个股室，'
        '指导全县9个基层供销社。2024年末在职人员19人，编制21名。')
    d.h('二、部门预算安排及支出情况')
    d.p(f'2024年全年预算数{F(budget)}万元，系年初预算{F(b_init)}万元与年中追加{F(b_add)}万元之和；'
        f'按性质分，基本支出预算{F(basic_b)}万元，项目支出预算{F(proj_b)}万元。全年实际支出{F(actual)}万元，'
        f'预算执行率{exec_r}%，结余{F(budget - actual)}万元。实际支出中，基本支出{F(basic_a)}万元'
        f'（人员经费{F(staff)}万元，公用经费{F(office)}万元），项目支出{F(proj_a)}万元，详见表1。')
    rows1 = [['项目名称', '预算数（万元）', '实际支出（万元）', '执行率（%）']]
    for n, b, a in projs:
        rows1.append([n, F(b), F(a), pct(a, b)])
    rows1.append(['项目支出小计', F(proj_b), F(proj_a), pct(proj_a, proj_b)])
    d.table('表1  2024年项目支出执行情况', rows1)
    d.p(f'冷链物流节点补助执行偏低，原因是1个节点因用地手续延后至2025年建设，相应结转'
        f'{F(projs[3][1] - projs[3][2])}万元。')
    d.h('三、绩效目标完成情况')
    d.p(f'（一）产出方面。全年改造提升基层供销社网点{coop_a}个，目标{coop_t}个，完成率{pct(coop_a, coop_t)}%；'
        f'储备化肥{I(fert_a)}吨，超过下达的{I(fert_t)}吨储备任务，完成率{pct(fert_a, fert_t)}%；'
        f'组织产销对接活动{meet}场（计划{meet_t}场）。')
    d.p(f'（二）效益方面。通过系统网点带动农产品销售{I(sales)}万元，上年为{I(sales_prev)}万元，'
        f'同比多出{I(sales - sales_prev)}万元，增长{growth(sales, sales_prev)}%。'
        f'向农户和合作社发放满意度问卷{sent}份，收回{back}份，表示满意的{sat}份，满意度{sat_r}%。')
    d.h('四、自评结论')
    d.p('评分按决策、过程、产出、效益四类指标进行，满分100分，90分（含）以上为“优”，80（含）—90分为“良”，'
        '60（含）—80分为“中”，60分以下为“差”。')
    rows2 = [['一级指标', '二级/三级指标', '分值', '得分']]
    for g in groups:
        for r in rows_sc:
            if r[0] == g:
                rows2.append([g, r[1], r[2], r[3]])
        rows2.append([g + '小计', '', I(sub_w[g]), F(sub_s[g])])
    rows2.append(['合计', '', I(total_w), F(total_s)])
    d.table('表2  部门整体支出绩效自评评分表', rows2)
    d.p(f'四类指标依次得分{F(sub_s["决策"])}分、{F(sub_s["过程"])}分、{F(sub_s["产出"])}分、'
        f'{F(sub_s["效益"])}分，自评总分{F(total_s)}分，评价等级为“{grade}”。')
    d.h('五、存在的问题及改进措施')
    d.p('主要存在以下两个问题：一是个别项目前期论证不足，冷链节点建设进度滞后；二是产销对接活动未完成计划场次。'
        '下一步将加强项目储备和前期工作，按季度调度执行进度。')
    d.sign('蕖阳县供销合作社联合社', '2025年3月28日')

    L.facts.update(date='2025年3月28日', docno='蕖供社〔2025〕7号')
    L.sum('全年预算 = 年初 + 追加', F(budget), [F(b_init), F(b_add)])
    L.sum('全年预算 = 基本 + 项目', F(budget), [F(basic_b), F(proj_b)])
    L.sum('实际支出 = 基本 + 项目', F(actual), [F(basic_a), F(proj_a)])
    L.sum('基本支出 = 人员 + 公用', F(basic_a), [F(staff), F(office)])
    L.rate('预算执行率', F(actual), F(budget), exec_r)
    L.diff('结余 = 预算 − 实际', F(budget), F(actual), F(budget - actual))
    L.sum('表1 预算 小计', F(proj_b), [F(p[1]) for p in projs])
    L.sum('表1 实际 小计', F(proj_a), [F(p[2]) for p in projs])
    for n, b, a in projs:
        L.rate(f'表1 {n} 执行率', F(a), F(b), pct(a, b))
    L.rate('表1 小计 执行率', F(proj_a), F(proj_b), pct(proj_a, proj_b))
    L.diff('冷链 结转', F(projs[3][1]), F(projs[3][2]), F(projs[3][1] - projs[3][2]))
    L.rate('基层社 完成率', str(coop_a), str(coop_t), pct(coop_a, coop_t))
    L.rate('化肥储备 完成率', I(fert_a), I(fert_t), pct(fert_a, fert_t))
    L.diff('销售额 增加', I(sales), I(sales_prev), I(sales - sales_prev))
    L.growth('销售额 增长', I(sales), I(sales_prev), growth(sales, sales_prev), '增')
    L.rate('满意度 = 满意 ÷ 收回', str(sat), str(back), sat_r)
    L.le('收回 ≤ 发放', str(back), str(sent))
    L.quot('评分 预算执行率 = 10 × 执行率 (2位, ROUND_HALF_UP)', exec_r, '100', F(s_exec), mult=10, shown=[F(s_exec), exec_r])
    L.quot('评分 满意度 = 10 × 满意度', sat_r, '100', F(s_sat), mult=10, shown=[F(s_sat), sat_r])
    for g in groups:
        L.sum(f'评分表 {g}小计 得分', F(sub_s[g]), [r[3] for r in rows_sc if r[0] == g])
        L.sum(f'评分表 {g}小计 分值', I(sub_w[g]), [r[2] for r in rows_sc if r[0] == g])
    L.sum('评分表 合计 = 4 小计', F(total_s), [F(sub_s[g]) for g in groups])
    L.sum('分值 合计 100', I(total_w), [I(sub_w[g]) for g in groups])
    L.ge('总分 ≥ 90 → 优', F(total_s), '90')
    L.dated('落款晚于 2024-12-31', '2025年3月28日', datetime.date(2024, 12, 31))
    L.quot('评分 产销对接 = 8 × 12 ÷ 15', str(meet), str(meet_t), F(s_meet), mult=8, shown=[F(s_meet), str(meet), str(meet_t)])
    L.same(F(total_s), 2)
    for a in ['蕖供社〔2025〕7号', '评价等级为“优”', '90分（含）以上为“优”', '以下两个问题', '一是', '二是', '2025年3月28日']:
        L.anchor(a)
    return d, L
