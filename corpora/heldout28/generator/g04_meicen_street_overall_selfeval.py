# -*- coding: utf-8 -*-
"""t04 -- 浙江省婺川市梅岑街道办事处 2024年部门整体支出绩效自评报告 (portal html; 万元 and 元)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk28 import D, F, Ledger, T, render_html, run  # noqa: E402

NAME = 't04_meicen_street_office_overall_expenditure_selfeval_2024.html'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pct(num, den, p=2):
    return F(D(num) / D(den) * 100, p)


def I(n):
    return f'{n:,}'


def build():
    L = Ledger(NAME)
    m = []
    # ---------------------------------------------------------- base inputs (万元)
    gf, carry, other = '162.30', '186.45', '73.28'
    init_budget = '4,936.80'
    basic_budget = '2,752.60'
    staff, public = '2,418.93', '327.59'
    jg = '312.84'
    projects = [
        ('社区（村）工作者报酬及运转经费', '986.40', '978.25'),
        ('老旧小区改造街道配套资金', '420.00', '392.61'),
        ('垃圾分类及环境卫生保洁', '538.00', '531.40'),
        ('平安建设及网格化管理', '212.50', '204.86'),
        ('城市管理和市容环境整治', '168.00', '159.32'),
        ('民生实事及困难群众帮扶', '146.30', '143.95'),
        ('防汛防台及应急管理', '86.00', '81.37'),
        ('城中村改造安置补助（政府性基金）', '162.30', '162.30'),
    ]
    # 三公 (元): budget, actual 2024, actual 2023
    sg = {'因公出国（境）费': (0, 0, 0), '公务用车购置费': (0, 0, 0), '公务用车运行维护费': (60000, 52836, 49215),
          '公务接待费': (30000, 18460, 21380)}
    recv_batches, recv_people = 26, 178
    sat_ok, sat_n = 1328, 1400

    # ---------------------------------------------------------- derived
    basic = F(D(staff) + D(public))
    L.sum('基本支出 = 人员经费 + 公用经费', basic, [staff, public])
    proj_budget = F(sum(D(b) for _, b, _ in projects))
    proj_spent = F(sum(D(a) for _, _, a in projects))
    L.sum('表1 合计 全年预算', proj_budget, [b for _, b, _ in projects])
    L.sum('表1 合计 执行数', proj_spent, [a for _, _, a in projects])
    full_budget = F(D(basic_budget) + D(proj_budget))
    L.sum('全年预算 = 基本支出预算 + 项目支出预算', full_budget, [basic_budget, proj_budget])
    gp = F(D(full_budget) - D(gf) - D(carry) - D(other))
    L.sum('全年收入 = 一般公共预算 + 政府性基金 + 上年结转 + 其他收入', full_budget, [gp, gf, carry, other])
    spent = F(D(basic) + D(proj_spent))
    L.sum('实际支出 = 基本支出 + 项目支出', spent, [basic, proj_spent])
    exec_rate = pct(spent, full_budget)
    L.rate('预算执行率 = 实际支出 / 全年预算', exec_rate, spent, full_budget)
    vs_init = pct(spent, init_budget)
    L.rate('实际支出 为 年初预算 的%', vs_init, spent, init_budget)
    adj = F(D(full_budget) - D(init_budget))
    L.diff('预算调整增加 = 全年预算 - 年初预算', adj, full_budget, init_budget)
    left = F(D(full_budget) - D(spent))
    L.diff('年末结转结余 = 全年预算 - 实际支出', left, full_budget, spent)
    basic_rate = pct(basic, basic_budget)
    proj_rate = pct(proj_spent, proj_budget)
    L.rate('基本支出执行率', basic_rate, basic, basic_budget)
    L.rate('项目支出执行率', proj_rate, proj_spent, proj_budget)
    sh_basic, sh_proj = pct(basic, spent), pct(proj_spent, spent)
    L.rate('基本支出 占 实际支出', sh_basic, basic, spent)
    L.rate('项目支出 占 实际支出', sh_proj, proj_spent, spent)
    L.le('机关运行经费 <= 公用经费', jg, public)
    rows1 = []
    for n, b, a in projects:
        r = pct(a, b)
        L.rate(f'表1 {n} 执行率', r, a, b)
        rows1.append([n, b, a, r])
    rows1.append(['合计', proj_budget, proj_spent, proj_rate])
    # 三公
    car = tuple(sg['公务用车购置费'][i] + sg['公务用车运行维护费'][i] for i in range(3))
    tot = tuple(sg['因公出国（境）费'][i] + car[i] + sg['公务接待费'][i] for i in range(3))
    for i, lab in enumerate(('预算', '2024年决算', '2023年决算')):
        L.sum(f'三公 合计 {lab}', I(tot[i]), [I(sg['因公出国（境）费'][i]), I(car[i]), I(sg['公务接待费'][i])])
        L.sum(f'公务用车购置及运行维护费 {lab}', I(car[i]), [I(sg['公务用车购置费'][i]), I(sg['公务用车运行维护费'][i])])

    def srow(label, t):
        b, a, p = t
        d = a - p
        dtxt = I(d) if d <= 0 else '+' + I(d)
        if d < 0:
            dtxt = '-' + I(-d)
        g = F(D(d) / D(p) * 100, 2, sign=True) if p else '—'
        if p:
            L.diff(f'表2 {label} 增减额', I(d), I(a), I(p))
            L.growth(f'表2 {label} 增减率', g, I(a), I(p))
        return [label, I(b), I(a), I(p), dtxt if p or a else '0', g]
    rows2 = [srow('合计', tot), srow('1.因公出国（境）费', sg['因公出国（境）费']),
             srow('2.公务用车购置及运行维护费', car), srow('其中：公务用车购置费', sg['公务用车购置费']),
             srow('　　　公务用车运行维护费', sg['公务用车运行维护费']), srow('3.公务接待费', sg['公务接待费'])]
    sg_inc = tot[1] - tot[2]
    sg_gr = F(D(sg_inc) / D(tot[2]) * 100)
    sg_of_budget = pct(tot[1], tot[0])
    L.rate('三公 决算 为 预算 的%', sg_of_budget, I(tot[1]), I(tot[0]))
    L.growth('三公 比上年增长 (正文)', sg_gr, I(tot[1]), I(tot[2]), '增长')
    rc = sg['公务接待费']
    rc_dec = rc[2] - rc[1]
    rc_gr = F(D(rc_dec) / D(rc[2]) * 100)
    L.growth('公务接待费 比上年下降 (正文)', rc_gr, I(rc[1]), I(rc[2]), '下降')
    cr = sg['公务用车运行维护费']
    cr_inc = cr[1] - cr[2]
    cr_gr = F(D(cr_inc) / D(cr[2]) * 100)
    L.growth('公务用车运行维护费 比上年增长 (正文)', cr_gr, I(cr[1]), I(cr[2]), '增长')
    per_guest = F(D(rc[1]) / recv_people)
    L.quot('人均接待费(元/人次)', per_guest, I(rc[1]), str(recv_people))
    sg_wan = F(D(tot[1]) / 10000)
    L.conv('三公 元 -> 万元', I(tot[1]), sg_wan)
    # 自评得分
    sat = pct(sat_ok, sat_n)
    L.rate('群众满意度', sat, I(sat_ok), I(sat_n))
    s_exec = F(D(8) * D(exec_rate) / 100)
    L.prod('预算执行率 得分 = 8 x 执行率', s_exec, ['8', exec_rate], 100)
    s_sat = F(D(10) * D(sat) / 100)
    L.prod('满意度 得分 = 10 x 满意度', s_sat, ['10', sat], 100)
    t3 = [
        ['投入', '预算编制科学性', '6', '5.50'],
        ['投入', '预算执行率', '8', s_exec],
        ['投入', '“三公”经费控制率', '6', '6.00'],
        ['过程', '资金使用合规性', '8', '8.00'],
        ['过程', '财务和资产管理', '12', '10.50'],
        ['产出', '重点工作完成率', '12', '11.50'],
        ['产出', '民生实事完成情况', '10', '10.00'],
        ['产出', '工作完成及时性', '8', '7.00'],
        ['效益', '社会效益', '12', '11.00'],
        ['效益', '可持续影响', '8', '7.50'],
        ['效益', '群众满意度', '10', s_sat],
    ]
    L.sum('表3 分值合计', '100', [r[2] for r in t3])
    total = F(sum(D(r[3]) for r in t3))
    L.sum('表3 得分合计', total, [r[3] for r in t3])
    grp = {}
    for g in ('投入', '过程', '产出', '效益'):
        grp[g] = (str(sum(int(r[2]) for r in t3 if r[0] == g)), F(sum(D(r[3]) for r in t3 if r[0] == g)))
        L.sum(f'{g} 分值', grp[g][0], [r[2] for r in t3 if r[0] == g])
        L.sum(f'{g} 得分', grp[g][1], [r[3] for r in t3 if r[0] == g])
    L.sum('总分 = 投入 + 过程 + 产出 + 效益', total, [grp[g][1] for g in grp])
    t3.append(['合计', '', '100', total])
    date = '2025年4月15日'
    L.dated('成文日期在2024年度结束之后', date, (2024, 12, 31))
    for k, v in [('full_budget', full_budget), ('spent', spent), ('exec_rate', exec_rate), ('sangong', I(tot[1])),
                 ('score', total), ('date', date)]:
        L.fact(k, v)

    # ---------------------------------------------------------- text
    m.append(('TITLE', '梅岑街道办事处2024年部门整体支出绩效自评报告'))
    m.append(('H1', '一、部门基本情况'))
    m.append(('P', '梅岑街道办事处是婺川市人民政府的派出机关，辖12个社区、4个行政村，常住人口约8.6万人。主要职责是贯彻执行'
                   '党和国家的路线方针政策，统筹辖区经济社会发展，负责辖区社会治理、公共服务、城市管理、平安建设、'
                   '民生保障和基层组织建设等工作，承担市级部门下沉的有关行政执法和服务事项。'))
    m.append(('P', '街道内设党政办公室、经济发展办公室、社会事务办公室、平安建设办公室、城市管理办公室和党建工作办公室6个机构，'
                   '下设综合便民服务中心、社会治理中心和退役军人服务站3个事业单位。2024年末核定行政编制42名、事业编制28名，'
                   '实有行政人员40人、事业人员26人，另有编外聘用人员58人。'))
    m.append(('H1', '二、部门整体支出情况'))
    m.append(('H2', '（一）收入情况'))
    m.append(('P', f'2024年梅岑街道全年收入{full_budget}万元，其中：一般公共预算财政拨款{gp}万元，政府性基金预算财政拨款'
                   f'{gf}万元，上年结转{carry}万元，其他收入{other}万元。'))
    m.append(('H2', '（二）预算及执行情况'))
    m.append(('P', f'2024年年初预算{init_budget}万元，年中因老旧小区改造配套、城中村改造安置补助和防汛应急等事项追加预算'
                   f'{adj}万元，全年预算（调整后预算）{full_budget}万元。全年实际支出{spent}万元，预算执行率{exec_rate}%，'
                   f'年末结转结余{left}万元。实际支出为年初预算的{vs_init}%，高于100%是年中追加预算所致，'
                   f'预算执行率按调整后预算计算。'))
    m.append(('P', f'按支出性质分，基本支出{basic}万元，占实际支出的{sh_basic}%，其中人员经费{staff}万元、公用经费{public}万元，'
                   f'基本支出预算{basic_budget}万元，执行率{basic_rate}%；项目支出{proj_spent}万元，占{sh_proj}%，'
                   f'项目支出预算{proj_budget}万元，执行率{proj_rate}%。各项目执行情况见表1。'))
    m.append(T('t1', '表1　2024年项目支出执行情况', '单位：万元', [['项目名称', '全年预算数', '执行数', '执行率（%）']],
               rows1))
    m.append(('P', '老旧小区改造街道配套资金执行率最低，主要是2个小区的雨污分流工程在年末完成验收，尾款待审计后支付；'
                   '城市管理和市容环境整治、防汛防台及应急管理两个项目执行率也低于95%，主要是部分设备采购合同年末签订，'
                   '款项于次年支付。城中村改造安置补助资金来源于政府性基金预算，按安置协议全额兑付。'))
    m.append(('H2', '（三）“三公”经费和机关运行经费情况'))
    m.append(T('t2', '表2　2024年“三公”经费支出情况', '单位：元',
               [['项目', '2024年预算', '2024年决算', '2023年决算', '增减额', '增减率（%）']], rows2))
    m.append(('P', f'2024年“三公”经费支出{I(tot[1])}元（约{sg_wan}万元），为预算{I(tot[0])}元的{sg_of_budget}%，'
                   f'比上年的{I(tot[2])}元增加{I(sg_inc)}元，增长{sg_gr}%。其中：因公出国（境）费0元；公务用车购置费0元，'
                   f'本年未购置车辆；公务用车运行维护费{I(cr[1])}元，比上年增加{I(cr_inc)}元，增长{cr_gr}%，主要是2辆使用'
                   f'超过8年的执法执勤车辆维修费用增加；公务接待费{I(rc[1])}元，比上年减少{I(rc_dec)}元，下降{rc_gr}%，'
                   f'共接待{recv_batches}批次{recv_people}人次，人均{per_guest}元。'))
    m.append(('P', f'2024年机关运行经费支出{jg}万元，主要用于办公、水电、物业、维修等日常运转。机关运行经费仅含行政单位，'
                   f'不含3个事业单位的公用经费，因此小于上述公用经费{public}万元。'))
    m.append(('H1', '三、部门整体绩效目标实现情况'))
    m.append(('P', '（一）产出情况。全年完成老旧小区改造街道配套工程5个，惠及居民1,326户；完成生活垃圾分类示范小区创建8个，'
                   '垃圾分类覆盖率达到100%；划分城市网格186个，网格员在岗率保持在98%以上；全年排查整治安全隐患1,142处，'
                   '整改率96.3%；10件街道民生实事全部按期完成。'))
    m.append(('P', f'（二）效益情况。辖区全年未发生较大以上安全生产事故和群体性事件，信访总量同比下降；困难群众救助'
                   f'“应保尽保”，发放临时救助资金的审批时限由10个工作日压缩到5个工作日。委托第三方开展群众满意度调查，'
                   f'有效问卷{I(sat_n)}份，满意和较满意{I(sat_ok)}份，满意度{sat}%。'))
    m.append(('H1', '四、自评结论'))
    m.append(('P', f'根据婺川市部门整体支出绩效评价指标体系，街道对2024年部门整体支出进行了自评（见表3），自评得分{total}分，'
                   f'等级为“优”。其中投入类（{grp["投入"][0]}分）得{grp["投入"][1]}分、过程类（{grp["过程"][0]}分）得'
                   f'{grp["过程"][1]}分、产出类（{grp["产出"][0]}分）得{grp["产出"][1]}分、效益类（{grp["效益"][0]}分）得'
                   f'{grp["效益"][1]}分。预算执行率得分按8分乘以预算执行率计算，群众满意度得分按10分乘以满意度计算。'))
    m.append(T('t3', '表3　部门整体支出绩效自评得分', '', [['一级指标', '二级指标', '分值', '得分']], t3))
    m.append(('H1', '五、存在的问题'))
    m.append(('P', '一是预算编制的精准性有待提高，年中追加预算事项较多，年初预算对老旧小区改造配套、防汛应急等支出预计不足。'
                   '二是部分项目绩效目标设置偏笼统，定量指标较少，难以准确衡量产出和效益。三是公务用车老化，'
                   '运行维护费用有所上升。'))
    m.append(('H1', '六、改进措施'))
    m.append(('P', '一是加强预算编制与年度重点工作的衔接，提前谋划老旧小区改造等跨年度项目，减少年中追加。二是细化量化'
                   '绩效目标，将网格化管理、垃圾分类等项目的核心指标纳入月度监控。三是严格执行公务用车管理规定，'
                   '对超过使用年限的车辆按程序申请处置或更新。四是2025年继续压减一般性支出，“三公”经费预算安排不高于'
                   '2024年预算水平。'))
    m.append(('RIGHT', '婺川市梅岑街道办事处'))
    m.append(('RIGHT', date))
    return m, L


CHROME = {
    'page_title': '梅岑街道办事处2024年部门整体支出绩效自评报告_婺川市人民政府',
    'site': '婺川市人民政府　梅岑街道',
    'nav': ['首页', '走进梅岑', '政务动态', '政府信息公开', '政务服务', '互动交流'],
    'crumbs': ['首页', '政府信息公开', '法定主动公开内容', '财政资金', '绩效评价'],
    'source': '梅岑街道办事处', 'date': '2025-04-18 09:32', 'views': '317',
    'footer': ['主办：婺川市梅岑街道办事处　　地址：婺川市梅岑路88号　　邮编：321900',
               '网站标识码：3307990012　　浙ICP备05001234号', '建议使用1366×768分辨率浏览本网站'],
}


def render(model, path):
    render_html(model, path, CHROME)


if __name__ == '__main__':
    run(build, render, OUT, NAME)
