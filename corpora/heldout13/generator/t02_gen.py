"""t02: 黔溪县教育局 2024年度部门预算公开说明 (.docx). A BUDGET: 2024 预算数 vs 2023 预算数."""
import os
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
from common import D, q, pct, growth, f, fi, Ledger, OUT
import docx_text

NAME = 't02_qianxi_education_budget_2024'
L = Ledger(NAME + '.docx')

# ------------------------------------------------------------------ 基本支出 by 经济分类 (一般公共预算, 万元)
eco = [
    ('301', '工资福利支出', '人员经费', [
        ('30101', '基本工资', '186.24'), ('30102', '津贴补贴', '228.60'), ('30103', '奖金', '15.50'),
        ('30107', '绩效工资', '142.80'), ('30108', '机关事业单位基本养老保险缴费', '92.16'),
        ('30110', '职工基本医疗保险缴费', '48.38'), ('30112', '其他社会保障缴费', '3.46'),
        ('30113', '住房公积金', '69.12')]),
    ('302', '商品和服务支出', '公用经费', [
        ('30201', '办公费', '10.20'), ('30205', '水费', '1.80'), ('30206', '电费', '5.60'),
        ('30207', '邮电费', '2.80'), ('30211', '差旅费', '7.40'), ('30215', '会议费', '2.50'),
        ('30216', '培训费', '4.20'), ('30217', '公务接待费', '2.40'), ('30228', '工会经费', '11.86'),
        ('30229', '福利费', '7.44'), ('30231', '公务用车运行维护费', '6.50'),
        ('30239', '其他交通费用', '16.70'), ('30299', '其他商品和服务支出', '4.00')]),
    ('303', '对个人和家庭的补助', '人员经费', [
        ('30302', '退休费', '0.00'), ('30305', '生活补助', '4.32'), ('30399', '其他对个人和家庭的补助', '6.10')]),
]
eco_tot = {}
eco_item = {}
for code, name, kind, items in eco:
    s = sum(D(v) for _, _, v in items)
    eco_tot[code] = s
    for c, n, v in items:
        eco_item[c] = D(v)
        L.check('款 %s 属于类 %s' % (c, code), c.startswith(code))
L.eq('301 = Σ款', eco_tot['301'], D('786.26'))
L.eq('302 = Σ款', eco_tot['302'], D('83.40'))
L.eq('303 = Σ款', eco_tot['303'], D('10.42'))
GPB_BASIC = sum(eco_tot.values())
PERS = eco_tot['301'] + eco_tot['303']
PUB_GPB = eco_tot['302']
OTHER_INC = D('18.60')            # 其他收入, spent on 公用经费 of the equipment centre
PUB_ALL = PUB_GPB + OTHER_INC
BASIC_ALL = GPB_BASIC + OTHER_INC
L.eq('一般公共预算基本支出 = 301+302+303', GPB_BASIC, D('880.08'))
L.eq('人员经费 = 301 + 303', PERS, D('796.68'))
L.eq('公用经费（全口径） = 83.40 + 18.60', PUB_ALL, D('102.00'))
L.eq('基本支出（全口径）', BASIC_ALL, D('898.68'))

# ------------------------------------------------------------------ 一般公共预算支出 by 功能分类 (类/款/项)
# (code, name, basic, project)
func = [
    ('205', '教育支出', [
        ('20501', '教育管理事务', [('2050101', '行政运行', '312.46', '0.00'),
                             ('2050102', '一般行政管理事务', '0.00', '46.80'),
                             ('2050199', '其他教育管理事务支出', '357.96', '0.00')]),
        ('20502', '普通教育', [('2050201', '学前教育', '0.00', '146.00'), ('2050202', '小学教育', '0.00', '960.20'),
                           ('2050203', '初中教育', '0.00', '1026.30'), ('2050204', '高中教育', '0.00', '298.02')]),
        ('20508', '进修及培训', [('2050803', '培训支出', '0.00', '185.00')]),
        ('20599', '其他教育支出', [('2059999', '其他教育支出', '0.00', '320.00')]),
    ]),
    ('208', '社会保障和就业支出', [
        ('20805', '行政事业单位养老支出', [('2080505', '机关事业单位基本养老保险缴费支出', '92.16', '0.00')])]),
    ('210', '卫生健康支出', [
        ('21011', '行政事业单位医疗', [('2101101', '行政单位医疗', '21.06', '0.00'),
                                  ('2101102', '事业单位医疗', '27.32', '0.00')])]),
    ('221', '住房保障支出', [
        ('22102', '住房改革支出', [('2210201', '住房公积金', '69.12', '0.00')])]),
]
lei = {}; kuan = {}
ft_rows = []    # (code, name, total, basic, project)
for c1, n1, ks in func:
    b1 = p1 = D(0)
    krows = []
    for c2, n2, xs in ks:
        L.check('款 %s 属于类 %s' % (c2, c1), c2.startswith(c1))
        b2 = p2 = D(0)
        xrows = []
        for c3, n3, b, p in xs:
            L.check('项 %s 属于款 %s' % (c3, c2), c3.startswith(c2))
            b, p = D(b), D(p)
            xrows.append((c3, n3, b + p, b, p))
            b2 += b; p2 += p
        krows.append((c2, n2, b2 + p2, b2, p2))
        krows.extend(xrows)
        kuan[c2] = (b2, p2)
        b1 += b2; p1 += p2
    lei[c1] = (b1, p1)
    ft_rows.append((c1, n1, b1 + p1, b1, p1))
    ft_rows.extend(krows)
GPB_PROJ = sum(p for b, p in lei.values())
GPB = sum(b + p for b, p in lei.values())
L.eq('功能分类基本支出 = 经济分类基本支出', sum(b for b, p in lei.values()), GPB_BASIC)
L.eq('一般公共预算 = 3,862.40', GPB, D('3862.40'))
L.eq('项目支出', GPB_PROJ, D('2982.32'))
L.eq('2080505 = 30108', lei['208'][0], eco_item['30108'])
L.eq('21011 = 30110', lei['210'][0], eco_item['30110'])
L.eq('2210201 = 30113', lei['221'][0], eco_item['30113'])
edu_gpb = sum(lei['205'])
edu_all = edu_gpb + OTHER_INC
L.eq('教育支出全口径 = 一般公共预算 + 其他收入', edu_all, D('3671.34'))

# ------------------------------------------------------------------ 收支总表
inc = [('一、一般公共预算拨款收入', GPB), ('二、政府性基金预算拨款收入', D('0')),
       ('三、国有资本经营预算拨款收入', D('0')), ('四、事业收入', D('0')), ('五、其他收入', OTHER_INC)]
exp = [('一、教育支出', edu_all), ('二、社会保障和就业支出', sum(lei['208'])),
       ('三、卫生健康支出', sum(lei['210'])), ('四、住房保障支出', sum(lei['221']))]
INC = sum(v for _, v in inc); EXP = sum(v for _, v in exp)
L.eq('收入合计 = 支出合计', INC, EXP)
L.eq('收入总计', INC, D('3881.00'))
L.eq('支出 = 基本 + 项目', EXP, BASIC_ALL + GPB_PROJ)
INC23 = D('3655.20'); GPB23 = D('3640.20'); OTH23 = D('15.00')
L.eq('2023收入 = 3640.20 + 15.00', GPB23 + OTH23, INC23)
BASIC23 = D('871.35'); PROJ23 = D('2783.85')
L.eq('2023 基本 + 项目', BASIC23 + PROJ23, INC23)
g_inc = growth(INC, INC23); g_gpb = growth(GPB, GPB23)
g_basic = growth(BASIC_ALL, BASIC23); g_proj = growth(GPB_PROJ, PROJ23)
sh_gpb = pct(GPB, INC); sh_oth = pct(OTHER_INC, INC)
sh_basic = pct(BASIC_ALL, EXP); sh_proj = pct(GPB_PROJ, EXP)
L.eq('收入占比合计 100.00', sh_gpb + sh_oth, D('100.00'))
L.eq('支出占比合计 100.00', sh_basic + sh_proj, D('100.00'))
sh_lei = {c: pct(sum(v), GPB) for c, v in lei.items()}
L.eq('一般公共预算 类 占比合计', sum(sh_lei.values()), D('100.00'))

# ------------------------------------------------------------------ 三公, 机关运行, 采购, 资产
sg24 = {'出国': D('0.00'), '购置': D('0.00'), '运行': D('6.50'), '接待': D('3.20')}
sg23 = {'出国': D('0.00'), '购置': D('0.00'), '运行': D('7.20'), '接待': D('3.20')}
SG24 = sum(sg24.values()); SG23 = sum(sg23.values())
car24 = sg24['购置'] + sg24['运行']; car23 = sg23['购置'] + sg23['运行']
g_sg = growth(SG24, SG23); g_car = growth(car24, car23)
L.eq('三公运行费 = 30231', sg24['运行'], eco_item['30231'])
recv_proj = sg24['接待'] - eco_item['30217']
L.eq('接待费 = 基本支出30217 + 项目支出0.80', recv_proj, D('0.80'))
L.check('三公 下降', SG24 < SG23)
OPS24 = D('58.30'); OPS23 = D('61.20')
g_ops = growth(OPS24, OPS23)
L.check('机关运行经费 ≤ 一般公共预算公用经费', OPS24 <= PUB_GPB)
PROC = {'货物': D('298.40'), '工程': D('0.00'), '服务': D('114.20')}
PROC_T = sum(PROC.values())
SME = D('286.40'); SMALL = D('206.20')
sh_sme = pct(SME, PROC_T); sh_small = pct(SMALL, SME)
L.eq('采购总额', PROC_T, D('412.60'))
L.eq('采购 元', PROC_T * 10000, D('4126000.00'))
cars = {'一般公务用车': 2, '特种专业技术用车': 1, '其他用车': 1}
N_CARS = sum(cars.values())
# projects (partial list)
projects = [('学生资助补助经费', D('1126.50')), ('农村义务教育学校校舍维修改造经费', D('860.00')),
            ('教师培训及教研经费', D('185.00')), ('教育信息化建设经费', D('320.00')),
            ('县级教育考试组织经费', D('46.80'))]
PROJ_LISTED = sum(v for _, v in projects)
sh_listed = pct(PROJ_LISTED, GPB_PROJ)
L.check('项目列举为部分', PROJ_LISTED < GPB_PROJ)
L.eq('培训经费 = 2050803', projects[2][1], sum(kuan['20508']))
L.eq('信息化 = 2059999', projects[3][1], sum(kuan['20599']))
L.eq('考试经费 = 2050102', projects[4][1], D('46.80'))
schools = 18; per_school = q(projects[1][1] / schools)
trainees = 3700; per_trainee = q(projects[2][1] * 10000 / trainees, 0)
L.eq('人均培训 500 元', per_trainee, D('500'))
N_PROJ = 12
SERVER = D('58.00')
L.check('服务器 ≤ 信息化经费', SERVER <= projects[3][1])

# ------------------------------------------------------------------ document model
B = []   # blocks: ('title'|'h1'|'h2'|'p', text) or ('table', caption, rows, merges, widths)
def P(t): B.append(('p', t))
def H1(t): B.append(('h1', t))
def H2(t): B.append(('h2', t))

B.append(('title', '黔溪县教育局2024年度部门预算公开说明'))
H1('第一部分  部门概况')
H2('一、主要职能')
P('黔溪县教育局是县人民政府工作部门。主要职责是：贯彻执行国家和省、州有关教育工作的方针政策和法律法规；统筹规划全县学前教育、义务教育、高中阶段教育和继续教育的发展；负责教育经费的统筹管理，参与拟定教育经费筹措、教育拨款和教育基本建设投资的政策；负责全县家庭经济困难学生资助工作；负责教师队伍建设、教师培训和教育督导工作；负责县内各类教育考试的组织实施；完成县委、县人民政府交办的其他任务。')
H2('二、部门预算单位构成')
P('纳入本部门2024年度部门预算编制范围的单位共4个，包括：县教育局本级（行政单位）、县教育技术装备中心、县教师发展中心、县学生资助管理中心（均为公益一类事业单位）。全县中小学校和幼儿园作为独立的预算单位单独编报部门预算，不包括在本部门预算中。')
H2('三、人员构成')
P('截至2023年12月31日，本部门编制数58名，其中行政编制21名、事业编制37名；实有在职人员54人，其中行政人员21人、事业人员33人；退休人员27人，离休人员0人。')

H1('第二部分  2024年度部门预算情况说明')
H2('一、收支预算总体情况')
P(f'按照全口径预算的原则，本部门2024年收入预算总计{f(INC)}万元，支出预算总计{f(EXP)}万元，收支平衡。与2023年预算相比，收支预算总计各增加{f(INC - INC23)}万元，{"增长" if g_inc > 0 else "下降"}{f(abs(g_inc))}%。主要原因：一是按政策调整在职人员基本工资标准和社会保险缴费基数，人员经费相应增加；二是县级新增农村义务教育学校校舍维修改造和教育信息化建设资金。本部门2024年收支预算情况见表1。')
t1 = [['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数']]
for i in range(max(len(inc), len(exp))):
    a = inc[i] if i < len(inc) else ('', None)
    b = exp[i] if i < len(exp) else ('', None)
    t1.append([a[0], f(a[1]) if a[1] is not None else '', b[0], f(b[1]) if b[1] is not None else ''])
t1.append(['本年收入合计', f(INC), '本年支出合计', f(EXP)])
t1.append(['六、上年结转', '0.00', '结转下年', '0.00'])
t1.append(['收入总计', f(INC), '支出总计', f(EXP)])
B.append(('table', '表1  收支预算总表（单位：万元）', t1, [(0, 0, 0, 1), (0, 2, 0, 3)], [5.2, 2.4, 5.2, 2.4]))

H2('二、收入预算情况')
P(f'本部门2024年收入预算{f(INC)}万元，其中：一般公共预算拨款收入{f(GPB)}万元，占{f(sh_gpb)}%；其他收入{f(OTHER_INC)}万元，占{f(sh_oth)}%，为县教育技术装备中心场地出租收入。政府性基金预算拨款收入、国有资本经营预算拨款收入、事业收入和上年结转均为0。')
H2('三、支出预算情况')
P(f'本部门2024年支出预算{f(EXP)}万元，其中：基本支出{f(BASIC_ALL)}万元，占{f(sh_basic)}%；项目支出{f(GPB_PROJ)}万元，占{f(sh_proj)}%。基本支出比2023年预算{f(BASIC23)}万元增长{f(g_basic)}%，主要是调整基本工资标准和缴费基数；项目支出比2023年预算{f(PROJ23)}万元增长{f(g_proj)}%，主要是新增校舍维修改造资金。按支出功能分类，教育支出{f(edu_all)}万元，社会保障和就业支出{f(sum(lei["208"]))}万元，卫生健康支出{f(sum(lei["210"]))}万元，住房保障支出{f(sum(lei["221"]))}万元。')
H2('四、财政拨款收支预算总体情况')
P(f'本部门2024年财政拨款收支预算总计{f(GPB)}万元，全部为一般公共预算拨款，比2023年预算{f(GPB23)}万元增加{f(GPB - GPB23)}万元，增长{f(g_gpb)}%。政府性基金预算拨款和国有资本经营预算拨款均为0，与上年持平。')
H2('五、一般公共预算当年拨款情况')
P(f'（一）规模变化。2024年本部门一般公共预算当年拨款{f(GPB)}万元，其中基本支出{f(GPB_BASIC)}万元、项目支出{f(GPB_PROJ)}万元。')
P(f'（二）结构情况。按支出功能分类（不含其他收入安排的支出），教育支出{f(edu_gpb)}万元，占{f(sh_lei["205"])}%；社会保障和就业支出{f(sum(lei["208"]))}万元，占{f(sh_lei["208"])}%；卫生健康支出{f(sum(lei["210"]))}万元，占{f(sh_lei["210"])}%；住房保障支出{f(sum(lei["221"]))}万元，占{f(sh_lei["221"])}%。')
P(f'（三）具体使用情况。1.教育支出（类）教育管理事务（款）行政运行（项）{f(D("312.46"))}万元，主要用于局机关人员工资和日常运转。2.教育支出（类）普通教育（款）初中教育（项）{f(D("1026.30"))}万元，主要用于初中学生资助和校舍维修改造补助。3.教育支出（类）进修及培训（款）培训支出（项）{f(D("185.00"))}万元，用于全县中小学教师培训和教研活动。4.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）{f(eco_item["30108"])}万元，用于按规定为在职人员缴纳基本养老保险。其余科目详见表2。')
t2 = [['科目编码', '科目名称', '2024年预算数', '', ''], ['', '', '合计', '基本支出', '项目支出']]
for c, n, t, b, p in ft_rows:
    t2.append([c, n, f(t), f(b), f(p)])
t2.append(['', '合计', f(GPB), f(GPB_BASIC), f(GPB_PROJ)])
B.append(('table', '表2  一般公共预算支出预算表（单位：万元）', t2,
          [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)], [2.2, 6.6, 2.4, 2.4, 2.4]))

H2('六、一般公共预算基本支出情况')
P(f'2024年本部门一般公共预算基本支出{f(GPB_BASIC)}万元，其中：人员经费{f(PERS)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金和生活补助等；公用经费{f(PUB_GPB)}万元，主要包括办公费、水电费、邮电费、差旅费、会议费、培训费、工会经费、福利费、公务用车运行维护费和其他交通费用等。另有其他收入安排的公用经费{f(OTHER_INC)}万元，部门基本支出中的公用经费合计为{f(PUB_ALL)}万元。按规定，退休费已纳入机关事业单位养老保险统筹发放，本年退休费预算为0。')
t3 = [['经费类别', '科目编码', '科目名称', '预算数']]
merges3 = []
for code, name, kind, items in eco:
    start = len(t3)
    t3.append([kind, code, name, f(eco_tot[code])])
    for c, n, v in items:
        t3.append(['', c, n, f(D(v))])
    merges3.append((start, 0, len(t3) - 1, 0))
t3.append(['合计', '', '', f(GPB_BASIC)])
merges3.append((len(t3) - 1, 0, len(t3) - 1, 2))
B.append(('table', '表3  一般公共预算基本支出预算表（按经济分类，单位：万元）', t3, merges3, [2.2, 2.2, 8.0, 2.6]))

H2('七、“三公”经费预算情况')
P(f'2024年本部门“三公”经费预算{f(SG24)}万元，比2023年预算{f(SG23)}万元减少{f(SG23 - SG24)}万元，下降{f(-g_sg)}%。其中：因公出国（境）费{f(sg24["出国"])}万元，与上年持平；公务用车购置及运行费{f(car24)}万元，其中购置费{f(sg24["购置"])}万元、运行费{f(sg24["运行"])}万元，比上年预算下降{f(-g_car)}%，主要是严格控制车辆使用；公务接待费{f(sg24["接待"])}万元，与上年持平，其中基本支出安排{f(eco_item["30217"])}万元、项目支出安排{f(recv_proj)}万元（用于接待省、州教育督导检查）。')
t4 = [['项目', '2024年预算数', '2023年预算数', '增减额', '增减率']]
def row4(label, a, b):
    d = a - b
    rate = '—' if b == 0 else ('0.00%' if d == 0 else '%s%%' % f(growth(a, b)))
    return [label, f(a), f(b), f(d), rate]
t4.append(row4('合计', SG24, SG23))
t4.append(row4('1.因公出国（境）费', sg24['出国'], sg23['出国']))
t4.append(row4('2.公务用车购置及运行费', car24, car23))
t4.append(row4('其中：公务用车购置费', sg24['购置'], sg23['购置']))
t4.append(row4('公务用车运行费', sg24['运行'], sg23['运行']))
t4.append(row4('3.公务接待费', sg24['接待'], sg23['接待']))
B.append(('table', '表4  “三公”经费预算表（单位：万元）', t4, [], [5.6, 2.6, 2.6, 2.2, 2.2]))

H2('八、机关运行经费预算情况')
P(f'2024年本部门机关运行经费预算{f(OPS24)}万元，比2023年预算{f(OPS23)}万元减少{f(OPS23 - OPS24)}万元，下降{f(-g_ops)}%，主要是压减办公费和差旅费。机关运行经费仅指行政单位（本部门为县教育局本级）使用一般公共预算安排的基本支出中的公用经费，3个事业单位的公用经费不在此列。')
H2('九、政府采购预算情况')
P(f'2024年本部门政府采购预算总额{f(PROC_T)}万元（{f(PROC_T * 10000)}元），其中：货物类{f(PROC["货物"])}万元，工程类{f(PROC["工程"])}万元，服务类{f(PROC["服务"])}万元。面向中小企业预留{f(SME)}万元，占政府采购预算总额的{f(sh_sme)}%；在面向中小企业预留的份额中，预留给小微企业{f(SMALL)}万元，占{f(sh_small)}%。')
H2('十、国有资产占用情况')
P(f'截至2023年12月31日，本部门共有车辆{N_CARS}辆，其中：一般公务用车{cars["一般公务用车"]}辆，特种专业技术用车{cars["特种专业技术用车"]}辆（教育装备流动检测车），其他用车{cars["其他用车"]}辆（送教下乡服务车）；领导干部用车和执法执勤用车均为0辆。单价50万元以上通用设备0台（套），单价50万元以上专用设备2台（套），为标准化考点视频监控主机。2024年部门预算安排购置车辆0辆；安排购置单价50万元以上设备1台（套），为教育考试指挥中心服务器，预算{f(SERVER)}万元，列入教育信息化建设经费。')
H2('十一、项目支出及绩效目标情况')
P(f'2024年本部门实行绩效目标管理的项目{N_PROJ}个，涉及项目支出预算{f(GPB_PROJ)}万元，项目支出绩效目标实现全覆盖。项目支出主要包括：')
P(f'1.{projects[0][0]}{f(projects[0][1])}万元，用于落实学前教育至高中阶段家庭经济困难学生资助政策，绩效目标为资助政策落实率100%；')
P(f'2.{projects[1][0]}{f(projects[1][1])}万元，用于{schools}所农村中小学校舍维修改造，校均{f(per_school)}万元；')
P(f'3.{projects[2][0]}{f(projects[2][1])}万元，计划培训中小学教师{fi(trainees)}人次，人均{f(per_trainee, 0)}元；')
P(f'4.{projects[3][0]}{f(projects[3][1])}万元，用于智慧校园和教育考试指挥中心建设；')
P(f'5.{projects[4][0]}{f(projects[4][1])}万元，用于中考、学业水平考试等考务组织。')
P(f'上述5个项目合计{f(PROJ_LISTED)}万元，占项目支出的{f(sh_listed)}%。')
H2('十二、其他重要事项说明')
P('2024年本部门没有政府性基金预算拨款和国有资本经营预算拨款安排，相应公开表为空表。本部门2024年部门预算已经县第十八届人民代表大会第四次会议于2024年1月18日审查批准，县财政局于2024年1月26日批复。')
H1('第三部分  名词解释')
P('1.财政拨款收入：指县级财政当年拨付的资金。')
P('2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。')
P('3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。')
P('4.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。')
P('5.机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的公用经费。')
B.append(('sign', '黔溪县教育局'))
B.append(('sign', '2024年2月6日'))


# ------------------------------------------------------------------ render
def _set_font(run, size=None, bold=False):
    run.font.name = 'SimSun'
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), '宋体')
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def render(blocks, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    d = docx.Document()
    for blk in blocks:
        kind = blk[0]
        if kind == 'table':
            _, cap, rows, merges, widths = blk
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(cap), 10.5, True)
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    if v:
                        _set_font(cell.paragraphs[0].add_run(v), 9)
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1); b = t.cell(r2, c2)
                keep = a.text
                m = a.merge(b)
                # python-docx concatenates the paragraphs of merged cells; keep only the first text
                for extra in m.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                assert m.text == keep, (m.text, keep)
            continue
        text = blk[1]
        p = d.add_paragraph()
        if kind == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(text), 16, True)
        elif kind == 'h1':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(text), 14, True)
        elif kind == 'h2':
            _set_font(p.add_run(text), 12, True)
        elif kind == 'sign':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(text), 12)
        else:
            p.paragraph_format.first_line_indent = Pt(24)
            _set_font(p.add_run(text), 12)
    d.core_properties.author = '黔溪县教育局'
    d.core_properties.title = '黔溪县教育局2024年度部门预算公开说明'
    d.save(path)


def main():
    path = os.path.join(OUT, NAME + '.docx')
    render(B, path)
    V = docx_text.visible_text(path)
    # ---------------- text-level assertions
    L.stated(V, '增加%s万元，增长%s%%' % (f(INC - INC23), f(g_inc)))
    L.eq('收支总计增长', g_inc, D('6.18'))
    L.eq('一般公共预算增长', g_gpb, D('6.10'))
    L.eq('基本支出增长', g_basic, D('3.14'))
    L.eq('项目支出增长', g_proj, D('7.13'))
    L.eq('三公 下降', g_sg, D('-6.73'))
    L.eq('公务用车 下降', g_car, D('-9.72'))
    L.eq('机关运行经费 下降', g_ops, D('-4.74'))
    L.eq('中小企业占比', sh_sme, D('69.41'))
    L.eq('小微企业占中小企业', sh_small, D('72.00'))
    L.eq('列举项目占项目支出', sh_listed, D('85.11'))
    L.eq('车辆 2+1+1', N_CARS, 4)
    L.stated(V, '车辆%d辆' % N_CARS, '占%s%%' % f(sh_gpb), '占%s%%' % f(sh_oth), '下降%s%%' % f(-g_sg),
             '下降%s%%' % f(-g_car), '下降%s%%' % f(-g_ops), '的%s%%' % f(sh_sme), '占%s%%' % f(sh_small),
             '%s元' % f(PROC_T * 10000), '2024年2月6日', '2024年1月18日')
    for c, v in eco_item.items():
        L.stated(V, '%s\n' % c)
    L.stated_once(V, '绩效工资\n142.80', '786.26', '机关运行经费预算58.30万元', '减少2.90万元',
                  '预留286.40万元', '总额的69.41%')
    L.check('budget report dated inside the budget year (a budget, not a final account)',
            '2024年2月6日' in V)
    for k, v in [('收入总计', INC), ('一般公共预算', GPB), ('基本支出全口径', BASIC_ALL),
                 ('一般公共预算基本支出', GPB_BASIC), ('人员经费', PERS), ('公用经费一般公共预算', PUB_GPB),
                 ('公用经费全口径', PUB_ALL), ('项目支出', GPB_PROJ), ('教育支出全口径', edu_all),
                 ('教育支出一般公共预算', edu_gpb), ('三公2024', SG24), ('三公2023', SG23),
                 ('机关运行经费', OPS24), ('政府采购', PROC_T), ('中小企业', SME), ('小微企业', SMALL)]:
        L.fact(k, v)
    L.fact('经济分类', {k: str(v) for k, v in eco_item.items()})
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'])


if __name__ == '__main__':
    main()
