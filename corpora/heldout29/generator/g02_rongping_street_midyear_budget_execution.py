"""t02 - 福建省闽汀市榕坪街道办事处 2024年上半年部门预算执行情况报告 (.txt, table in full-width digits).

A half-year report: it is legitimately dated in July 2024 (period end 2024-06-30)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, Ledger, T, pct, q, run  # noqa: E402

STEM = 't02_rongping_street_midyear_budget_execution_2024'
EXT = '.txt'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs (万元)
    gen0, fund0 = D('3612.90'), D('252.50')
    staff0, office0 = D('1874.30'), D('312.22')
    carry, add1, add2 = D('148.36'), D('48.00'), D('78.80')
    s_gen, s_fund, s_carry = D('1812.46'), D('96.15'), D('48.23')
    s_staff, s_office = D('932.65'), D('136.28')
    last_h1 = D('1803.27')
    san_budget, san_recv, san_car, san_abroad, san_last = D('18.60'), D('1.26'), D('5.16'), D('0.00'), D('7.25')
    grid_n, grid_pay, grid_m = 86, 2600, 6
    old_budget0, old_spent = D('320.00'), D('156.42')
    func = [  # name, 调整后全年预算, 1-6月支出, 上年同期
        ('一般公共服务支出', D('1486.72'), D('738.15'), D('702.34')),
        ('公共安全支出', D('142.36'), D('61.28'), D('58.90')),
        ('社会保障和就业支出', D('598.44'), D('312.06'), D('287.45')),
        ('卫生健康支出', D('236.18'), D('108.72'), D('112.36')),
        ('节能环保支出', D('186.50'), D('92.37'), D('80.14')),
        ('城乡社区支出', D('1126.84'), D('476.40'), D('423.65')),
        ('农林水支出', D('110.92'), D('42.71'), D('45.38')),
    ]
    # ------------------------------------------------------------ derived
    budget0 = gen0 + fund0
    basic0 = staff0 + office0
    proj0 = budget0 - basic0
    add = add1 + add2
    budget = budget0 + carry + add
    proj = proj0 + carry + add
    gen = gen0 + add
    spent = s_gen + s_fund + s_carry
    s_basic = s_staff + s_office
    s_proj = spent - s_basic
    exe = pct(spent, budget)
    gap = D(50) - exe
    g_all = pct(spent - last_h1, last_h1)
    func.append(('住房保障支出', budget - sum(f[1] for f in func), spent - sum(f[2] for f in func),
                 last_h1 - sum(f[3] for f in func)))
    san = san_recv + san_car + san_abroad
    san_share = pct(san, san_budget)
    san_g = pct(san - san_last, san_last)
    grid_yuan = grid_n * grid_pay * grid_m
    grid_wan = q(D(grid_yuan) / 10000)
    old_budget = old_budget0 + add2
    Fm = F

    # ------------------------------------------------------------ text
    bl.append(B('TITLE', '闽汀市榕坪街道办事处'))
    bl.append(B('TITLE', '关于2024年上半年部门预算执行情况的报告'))
    bl.append(B('DOCNO', '榕街〔2024〕31号'))
    bl.append(B('BLANK'))
    bl.append(B('PLAIN', '市财政局：'))
    P('根据《闽汀市财政局关于做好2024年上半年预算执行分析工作的通知》要求，现将我街道2024年1—6月部门预算执行情况报告如下。'
      '本报告数据截至2024年6月30日，未经审计。')
    L.anchor('截至2024年6月30日')

    bl.append(B('H1', '一、2024年部门预算安排情况'))
    P(f'2024年我街道部门年初预算{Fm(budget0)}万元，其中一般公共预算拨款{Fm(gen0)}万元、政府性基金预算拨款{Fm(fund0)}万元。'
      f'按支出性质分，基本支出{Fm(basic0)}万元（人员经费{Fm(staff0)}万元、公用经费{Fm(office0)}万元），项目支出{Fm(proj0)}万元。')
    L.sum('年初预算 = 一般公共预算 + 政府性基金', Fm(budget0), [Fm(gen0), Fm(fund0)])
    L.sum('基本支出 = 人员经费 + 公用经费', Fm(basic0), [Fm(staff0), Fm(office0)])
    L.sum('年初预算 = 基本支出 + 项目支出', Fm(budget0), [Fm(basic0), Fm(proj0)])
    P(f'上半年，市财政追加一般公共预算项目资金{Fm(add)}万元，其中防汛抢险应急资金{Fm(add1)}万元、老旧小区改造街道配套资金'
      f'{Fm(add2)}万元；加上2023年结转资金{Fm(carry)}万元，我街道2024年调整后全年预算为{Fm(budget)}万元。其中，基本支出'
      f'{Fm(basic0)}万元未作调整，项目支出调整为{Fm(proj)}万元。')
    L.sum('追加 = 防汛 + 老旧小区配套', Fm(add), [Fm(add1), Fm(add2)])
    L.sum('调整后全年预算 = 年初预算 + 追加 + 上年结转', Fm(budget), [Fm(budget0), Fm(add), Fm(carry)])
    L.sum('调整后项目支出 = 年初项目 + 追加 + 结转', Fm(proj), [Fm(proj0), Fm(add), Fm(carry)])
    L.sum('调整后全年预算 = 基本 + 项目', Fm(budget), [Fm(basic0), Fm(proj)])

    bl.append(B('H1', '二、上半年预算执行情况'))
    bl.append(B('H2', '（一）总体执行情况'))
    P(f'1—6月，我街道累计支出{Fm(spent)}万元，占调整后全年预算的{exe}%，比时序进度（50%）低{F(gap)}个百分点；比上年同期'
      f'{Fm(last_h1)}万元增长{g_all}%。按资金来源分，一般公共预算资金支出{Fm(s_gen)}万元，执行进度{pct(s_gen, gen)}%'
      f'（全年{Fm(gen)}万元，含追加资金）；政府性基金预算资金支出{Fm(s_fund)}万元，执行进度{pct(s_fund, fund0)}%；'
      f'上年结转资金支出{Fm(s_carry)}万元，执行进度{pct(s_carry, carry)}%。')
    L.sum('1-6月支出 = 一般公共预算 + 政府性基金 + 结转', Fm(spent), [Fm(s_gen), Fm(s_fund), Fm(s_carry)])
    L.rate('执行进度 = 支出 / 调整后全年预算', str(exe), Fm(spent), Fm(budget))
    L.pp('低于时序进度', F(gap), str(exe), '50', '下降')
    L.growth('同比增长', str(g_all), Fm(spent), Fm(last_h1), '增长')
    L.sum('一般公共预算全年 = 年初 + 追加', Fm(gen), [Fm(gen0), Fm(add)])
    L.rate('一般公共预算执行进度', str(pct(s_gen, gen)), Fm(s_gen), Fm(gen))
    L.rate('政府性基金执行进度', str(pct(s_fund, fund0)), Fm(s_fund), Fm(fund0))
    L.rate('结转资金执行进度', str(pct(s_carry, carry)), Fm(s_carry), Fm(carry))

    bl.append(B('H2', '（二）基本支出和项目支出'))
    P(f'基本支出{Fm(s_basic)}万元，执行进度{pct(s_basic, basic0)}%，其中人员经费{Fm(s_staff)}万元、公用经费{Fm(s_office)}万元。'
      f'项目支出{Fm(s_proj)}万元，执行进度{pct(s_proj, proj)}%，主要是老旧小区改造等工程类项目按合同约定在竣工验收后集中支付，'
      f'上半年支付比例较低。')
    L.sum('基本支出执行 = 人员 + 公用', Fm(s_basic), [Fm(s_staff), Fm(s_office)])
    L.sum('1-6月支出 = 基本 + 项目', Fm(spent), [Fm(s_basic), Fm(s_proj)])
    L.rate('基本支出进度', str(pct(s_basic, basic0)), Fm(s_basic), Fm(basic0))
    L.rate('项目支出进度', str(pct(s_proj, proj)), Fm(s_proj), Fm(proj))

    bl.append(B('H2', '（三）分功能科目执行情况'))
    P('按支出功能分类科目分，上半年各类支出执行情况见表1（表中数字为全角）。')
    rows = []
    for name, bu, sp, la in func:
        r = pct(sp, bu)
        g = pct(sp - la, la)
        rows.append([name, Fm(bu), Fm(sp), F(r), Fm(la), F(g, sign=True)])
        L.rate(f'表1 {name} 执行进度', F(r), Fm(sp), Fm(bu))
        L.growth(f'表1 {name} 同比', F(g, sign=True), Fm(sp), Fm(la), '+' if g > 0 else '-')
    rows.append(['合计', Fm(budget), Fm(spent), F(exe), Fm(last_h1), F(g_all, sign=True)])
    bl.append(T('表1', '表1  2024年1—6月支出分功能科目执行情况表', ['功能科目', '调整后全年预算', '1—6月支出', '执行进度（%）',
                                                             '上年同期', '同比增减（%）'], rows, unit='单位：万元'))
    L.sum('表1 全年预算合计', Fm(budget), [Fm(f[1]) for f in func])
    L.sum('表1 1-6月支出合计', Fm(spent), [Fm(f[2]) for f in func])
    L.sum('表1 上年同期合计', Fm(last_h1), [Fm(f[3]) for f in func])
    fg = {f[0]: f for f in func}
    big3 = ['一般公共服务支出', '城乡社区支出', '社会保障和就业支出']
    sh = [pct(fg[n][2], spent) for n in big3]
    P(f'支出规模居前三位的科目是一般公共服务支出、城乡社区支出和社会保障和就业支出，分别占1—6月支出的{sh[0]}%、{sh[1]}%和'
      f'{sh[2]}%。卫生健康支出和农林水支出同比下降，主要是2023年上半年集中支付了疫情防控结算资金和农田水利设施修缮款。节能环保'
      f'支出全部为垃圾分类项目支出。')
    for n, s in zip(big3, sh):
        L.rate(f'{n} 占1-6月支出', str(s), Fm(fg[n][2]), Fm(spent))
    L.check('卫生健康、农林水 同比下降', fg['卫生健康支出'][2] < fg['卫生健康支出'][3] and fg['农林水支出'][2] < fg['农林水支出'][3],
            'both below last year')

    bl.append(B('H2', '（四）“三公”经费支出情况'))
    P(f'1—6月“三公”经费支出{Fm(san)}万元，占全年预算{Fm(san_budget)}万元的{san_share}%，比上年同期{Fm(san_last)}万元下降'
      f'{abs(san_g)}%。其中：公务接待费{Fm(san_recv)}万元，公务用车运行维护费{Fm(san_car)}万元，因公出国（境）费用'
      f'{Fm(san_abroad)}万元。我街道无公务用车购置计划。')
    L.sum('三公 = 接待 + 用车 + 出国', Fm(san), [Fm(san_recv), Fm(san_car), Fm(san_abroad)])
    L.rate('三公占全年预算', str(san_share), Fm(san), Fm(san_budget))
    L.growth('三公同比下降', str(abs(san_g)), Fm(san), Fm(san_last), '下降')

    bl.append(B('H2', '（五）重点项目执行情况'))
    P(f'1.老旧小区改造配套项目。全年预算{Fm(old_budget)}万元（年初{Fm(old_budget0)}万元，追加{Fm(add2)}万元），1—6月支出'
      f'{Fm(old_spent)}万元，执行进度{pct(old_spent, old_budget)}%。榕西、后街、新港三个小区已完成管网改造，外立面工程预计9月完工。')
    L.sum('老旧小区全年预算 = 年初 + 追加', Fm(old_budget), [Fm(old_budget0), Fm(add2)])
    L.rate('老旧小区执行进度', str(pct(old_spent, old_budget)), Fm(old_spent), Fm(old_budget))
    gs = fg['节能环保支出']
    P(f'2.生活垃圾分类项目。全年预算{Fm(gs[1])}万元，1—6月支出{Fm(gs[2])}万元，执行进度{pct(gs[2], gs[1])}%，'
      f'辖区24个小区实现定时定点投放全覆盖。')
    L.rate('垃圾分类执行进度', str(pct(gs[2], gs[1])), Fm(gs[2]), Fm(gs[1]))
    P(f'3.网格化服务管理项目。上半年发放专职网格员补贴{grid_wan}万元，按{grid_n}人×{grid_pay:,}元/月×{grid_m}个月核发。')
    L.prod('网格员补贴 = 86人 x 2600元 x 6月 (万元)', str(grid_wan), [str(grid_n), f'{grid_pay:,}', str(grid_m)], '10000')

    bl.append(B('H2', '（六）财政拨款到位情况'))
    rec_gen, rec_fund = D('1928.50'), D('157.90')
    rec = rec_gen + rec_fund
    fin_year = gen + fund0
    rec_rate = pct(rec, fin_year)
    s_fin = s_gen + s_fund
    P(f'1—6月，市财政局累计拨付我街道财政拨款资金{Fm(rec)}万元，其中一般公共预算资金{Fm(rec_gen)}万元、政府性基金预算资金'
      f'{Fm(rec_fund)}万元，占全年财政拨款预算{Fm(fin_year)}万元（不含上年结转）的{rec_rate}%。扣除当年财政拨款支出'
      f'{Fm(s_fin)}万元后，6月末当年拨款结存{Fm(rec - s_fin)}万元，均为已签订合同尚未到付款节点的项目资金。')
    L.sum('拨付 = 一般公共预算 + 政府性基金', Fm(rec), [Fm(rec_gen), Fm(rec_fund)])
    L.sum('全年财政拨款预算 = 一般公共预算 + 政府性基金', Fm(fin_year), [Fm(gen), Fm(fund0)])
    L.rate('拨款到位比例', str(rec_rate), Fm(rec), Fm(fin_year))
    L.sum('当年财政拨款支出 = 一般 + 基金', Fm(s_fin), [Fm(s_gen), Fm(s_fund)])
    L.diff('拨款结存 = 拨付 - 支出', Fm(rec - s_fin), Fm(rec), Fm(s_fin))

    bl.append(B('H2', '（七）政府采购执行情况'))
    pg, pw, ps, psme = D('48.36'), D('186.90'), D('77.32'), D('286.14')
    pt = pg + pw + ps
    P(f'1—6月共签订政府采购合同{Fm(pt)}万元，其中货物类{Fm(pg)}万元、工程类{Fm(pw)}万元、服务类{Fm(ps)}万元。授予中小企业'
      f'合同金额{Fm(psme)}万元，占政府采购合同总额的{pct(psme, pt)}%，高于面向中小企业预留采购份额的规定比例。')
    L.sum('政府采购 = 货物 + 工程 + 服务', Fm(pt), [Fm(pg), Fm(pw), Fm(ps)])
    L.rate('中小企业合同占比', str(pct(psme, pt)), Fm(psme), Fm(pt))

    bl.append(B('H2', '（八）预算绩效运行监控情况'))
    mon = {'执行进度和绩效目标实现情况正常': 17, '存在轻微偏差': 5, '存在较大偏差': 2}
    n_mon = sum(mon.values())
    P(f'上半年，我街道对纳入监控范围的{n_mon}个项目开展绩效运行监控，其中执行进度和绩效目标实现情况正常的{mon["执行进度和绩效目标实现情况正常"]}个，'
      f'存在轻微偏差的{mon["存在轻微偏差"]}个，存在较大偏差的{mon["存在较大偏差"]}个。存在较大偏差的2个项目为城中村改造征收补偿项目和'
      f'榕西片区排水管网提升项目，已分析原因并制定纠偏措施，纠偏情况将在三季度监控中跟踪。监控结果已报市财政局备案。')
    L.sum('监控项目 = 正常 + 轻微偏差 + 较大偏差', str(n_mon), [str(v) for v in mon.values()])

    bl.append(B('H1', '三、存在的主要问题'))
    P(f'一是总体执行进度{exe}%，低于时序进度{F(gap)}个百分点，项目支出进度仅{pct(s_proj, proj)}%。二是政府性基金预算资金执行'
      f'进度{pct(s_fund, fund0)}%，明显偏慢，主要是城中村改造项目征收补偿协议尚未全部签订。三是上年结转资金执行进度'
      f'{pct(s_carry, carry)}%，部分结转项目前期手续办理较慢。')

    bl.append(B('H1', '四、下半年工作措施'))
    P('一是建立重点项目支出进度周调度机制，对执行进度低于序时进度的项目逐一约谈项目负责人。二是加快城中村改造征收补偿协议签订，'
      '力争9月底前政府性基金预算资金执行进度达到70%以上。三是对确实无法在年内支出的结转资金，按规定及时报市财政局收回统筹。'
      '四是严格执行过紧日子要求，“三公”经费全年支出控制在预算以内。力争全年预算执行率达到95%以上。')
    P('特此报告。')
    bl.append(B('BLANK'))
    bl.append(B('RIGHT', '闽汀市榕坪街道办事处'))
    bl.append(B('RIGHT', '2024年7月12日'))
    bl.append(B('PLAIN', '（联系人：林素琴，联系电话：0593-7261485）'))
    L.dated('报告日期在半年度（2024-06-30）结束之后', '2024年7月12日', (2024, 7, 12), (2024, 6, 30))
    L.anchor('榕街〔2024〕31号')

    L.facts.update({'budget_adjusted': Fm(budget), 'spent_h1': Fm(spent), 'exe_rate': str(exe), 'date': '2024年7月12日',
                    'period': '2024-01-01..2024-06-30', 'table_fullwidth': True})
    model = {'blocks': bl, 'table_fullwidth': True}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
