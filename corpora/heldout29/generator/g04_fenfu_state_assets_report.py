"""t04 - 山西省汾阜县人民政府 关于2024年度行政事业性国有资产管理情况的综合报告 (portal .html of the county 人大常委会)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, I, Ledger, T, pct, q, run  # noqa: E402

STEM = 't04_fenfu_administrative_state_assets_report_2024'
EXT = '.html'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs
    n_adm, n_ins = 62, 124
    a_adm, l_adm = D('21.36'), D('3.12')          # 亿元
    a_ins, l_ins = D('47.06'), D('6.71')
    a_last, l_last = D('64.05'), D('8.52')
    comp = [('流动资产', D('18.75')), ('固定资产', D('24.68')), ('在建工程', D('6.14')), ('无形资产', D('3.27')),
            ('公共基础设施', D('13.82')), ('其他资产', D('1.76'))]
    fixed = [('房屋及构筑物', D('168540.26')), ('通用设备', D('41362.18')), ('专用设备', D('28915.37')),
             ('家具、用具及其他', D('7982.19'))]     # 万元
    house, office = D('126.48'), D('18.36')      # 万平方米
    cars = [('执法执勤用车', 143), ('特种专业技术用车', 57), ('一般公务用车', 86), ('其他用车', 126)]
    land = D('428.65')
    sector = [('教育', D('26.84')), ('卫生健康', D('12.47'))]
    infra = [('交通基础设施', D('9.46')), ('水利基础设施', D('2.83')), ('市政基础设施', D('1.53'))]
    roads = [('县道', D('318.6')), ('乡道', D('502.3')), ('村道', D('465.5'))]
    disp = [('报废', D('2146.35')), ('出售', D('384.92')), ('无偿划转', D('332.21'))]   # 万元 原值
    disp_income = D('168.34')
    rent, rent_last = D('1236.48'), D('1173.60')
    swap_items, swap_saved = 126, D('312.60')
    # ------------------------------------------------------------ derived
    n_units = n_adm + n_ins
    a_tot, l_tot = a_adm + a_ins, l_adm + l_ins
    assert sum((c[1] for c in comp), D(0)) == a_tot
    n_tot = a_tot - l_tot
    n_last = a_last - l_last
    g_a = pct(a_tot - a_last, a_last)
    g_l = pct(l_tot - l_last, l_last)
    g_n = pct(n_tot - n_last, n_last)
    r_now, r_last = pct(l_tot, a_tot), pct(l_last, a_last)
    fixed_tot = sum((f[1] for f in fixed), D(0))
    cdict = dict(comp)
    assert fixed_tot == cdict['固定资产'] * 10000
    n_cars = sum(c[1] for c in cars)
    other_sector = a_ins - sum((s[1] for s in sector), D(0))
    infra_tot = sum((i[1] for i in infra), D(0))
    assert infra_tot == cdict['公共基础设施']
    road_tot = sum((r[1] for r in roads), D(0))
    disp_tot = sum((d[1] for d in disp), D(0))
    g_rent = pct(rent - rent_last, rent_last)

    # ------------------------------------------------------------ text
    bl.append(B('TITLE', '汾阜县人民政府关于2024年度行政事业性国有资产管理情况的综合报告'))
    bl.append(B('META', '来源：县人大常委会办公室　　发布时间：2025-11-03 09:30　　浏览次数：2317'))
    bl.append(B('SUB', '——2025年10月28日在汾阜县第十八届人民代表大会常务委员会第二十六次会议上'))
    bl.append(B('SUB', '汾阜县财政局局长　冯立新'))
    bl.append(B('PLAIN', '主任、各位副主任、各位委员：'))
    P('根据《中共中央关于建立国务院向全国人大常委会报告国有资产管理情况制度的意见》和县人大常委会2025年监督工作计划安排，受县人民'
      '政府委托，现将我县2024年度行政事业性国有资产管理情况报告如下，请予审议。')

    bl.append(B('H1', '一、行政事业性国有资产总体情况'))
    P(f'截至2024年12月31日，全县纳入统计范围的行政事业单位共{n_units}户，其中行政单位{n_adm}户、事业单位{n_ins}户。'
      f'全县行政事业性国有资产总额{a_tot}亿元，比上年{a_last}亿元增长{g_a}%；负债总额{l_tot}亿元，比上年{l_last}亿元增长'
      f'{g_l}%；净资产{n_tot}亿元，比上年{n_last}亿元增长{g_n}%。资产负债率为{r_now}%，比上年的{r_last}%上升{F(r_now - r_last)}个百分点，'
      f'主要是部分公立医院和学校新增基本建设项目应付款项。')
    L.anchor('截至2024年12月31日')
    L.sum('单位户数 = 行政 + 事业', str(n_units), [str(n_adm), str(n_ins)])
    L.growth('资产总额 同比增长', str(g_a), str(a_tot), str(a_last), '增长')
    L.growth('负债总额 同比增长', str(g_l), str(l_tot), str(l_last), '增长')
    L.diff('净资产 = 资产 - 负债', str(n_tot), str(a_tot), str(l_tot))
    L.diff('上年净资产 = 上年资产 - 上年负债', str(n_last), str(a_last), str(l_last))
    L.growth('净资产 同比增长', str(g_n), str(n_tot), str(n_last), '增长')
    L.rate('资产负债率', str(r_now), str(l_tot), str(a_tot))
    L.rate('上年资产负债率', str(r_last), str(l_last), str(a_last))
    L.pp('资产负债率上升百分点', F(r_now - r_last), str(r_now), str(r_last), '上升')
    P(f'分单位类型看，行政单位资产{a_adm}亿元、负债{l_adm}亿元；事业单位资产{a_ins}亿元、负债{l_ins}亿元。')
    L.sum('资产总额 = 行政 + 事业', str(a_tot), [str(a_adm), str(a_ins)])
    L.sum('负债总额 = 行政 + 事业', str(l_tot), [str(l_adm), str(l_ins)])
    sh = {k: pct(v, a_tot) for k, v in comp}
    P(f'分资产类别看，流动资产{cdict["流动资产"]}亿元，占资产总额的{sh["流动资产"]}%；固定资产{cdict["固定资产"]}亿元，占'
      f'{sh["固定资产"]}%；在建工程{cdict["在建工程"]}亿元；无形资产{cdict["无形资产"]}亿元；公共基础设施'
      f'{cdict["公共基础设施"]}亿元，占{sh["公共基础设施"]}%；其他资产{cdict["其他资产"]}亿元。')
    L.sum('资产总额 = 六类资产', str(a_tot), [str(c[1]) for c in comp])
    for k in ('流动资产', '固定资产', '公共基础设施'):
        L.rate(f'{k} 占资产总额', str(sh[k]), str(cdict[k]), str(a_tot))
    rows = []
    for k, v in fixed:
        rows.append([k, F(v), F(pct(v, fixed_tot))])
        L.rate(f'表1 {k} 占固定资产', F(pct(v, fixed_tot)), F(v), F(fixed_tot))
    rows.append(['合计', F(fixed_tot), '100.00'])
    P(f'固定资产{cdict["固定资产"]}亿元（折合{F(fixed_tot)}万元）按类别构成见表1。全县行政事业单位房屋面积{house}万平方米，'
      f'其中办公用房{office}万平方米，占{pct(office, house)}%；土地面积{land}万平方米；车辆{n_cars}辆，其中'
      + '、'.join(f'{k}{v}辆' for k, v in cars) + '。')
    L.conv('固定资产 亿元 <- 万元', str(cdict['固定资产']), F(fixed_tot), '10000')
    L.rate('办公用房占房屋面积', str(pct(office, house)), str(office), str(house))
    L.sum('车辆 = 四类', str(n_cars), [str(c[1]) for c in cars])
    bl.append(T('表1', '表1  2024年末全县行政事业单位固定资产构成', ['资产类别', '账面净值（万元）', '占比（%）'], rows))
    L.sum('表1 固定资产合计', F(fixed_tot), [F(f[1]) for f in fixed])
    L.sum('表1 占比合计 100.00', '100.00', [F(pct(f[1], fixed_tot)) for f in fixed])

    bl.append(B('H1', '二、分类资产情况'))
    bl.append(B('H2', '（一）行政单位资产'))
    P(f'全县{n_adm}户行政单位资产总额{a_adm}亿元，负债总额{l_adm}亿元，净资产{a_adm - l_adm}亿元，资产负债率'
      f'{pct(l_adm, a_adm)}%。行政单位资产以办公用房、执法执勤车辆和办公设备为主，负债主要为应付职工薪酬和其他应付款。')
    L.diff('行政单位净资产', str(a_adm - l_adm), str(a_adm), str(l_adm))
    L.rate('行政单位资产负债率', str(pct(l_adm, a_adm)), str(l_adm), str(a_adm))
    bl.append(B('H2', '（二）事业单位资产'))
    P(f'全县{n_ins}户事业单位资产总额{a_ins}亿元，负债总额{l_ins}亿元，净资产{a_ins - l_ins}亿元，资产负债率'
      f'{pct(l_ins, a_ins)}%。分行业看，教育事业单位资产{sector[0][1]}亿元，占事业单位资产的{pct(sector[0][1], a_ins)}%；'
      f'卫生健康事业单位资产{sector[1][1]}亿元，占{pct(sector[1][1], a_ins)}%；其他事业单位资产{other_sector}亿元。')
    L.diff('事业单位净资产', str(a_ins - l_ins), str(a_ins), str(l_ins))
    L.rate('事业单位资产负债率', str(pct(l_ins, a_ins)), str(l_ins), str(a_ins))
    L.sum('事业单位资产 = 教育 + 卫生 + 其他', str(a_ins), [str(sector[0][1]), str(sector[1][1]), str(other_sector)])
    for k, v in sector:
        L.rate(f'{k} 占事业单位资产', str(pct(v, a_ins)), str(v), str(a_ins))
    bl.append(B('H2', '（三）公共基础设施'))
    P(f'行政事业单位管理的公共基础设施账面净值{infra_tot}亿元，其中' + '、'.join(f'{k}{v}亿元' for k, v in infra) +
      f'。县、乡、村三级公路{F(road_tot, 1)}公里，其中' + '、'.join(f'{k}{v}公里' for k, v in roads) +
      '。部分2019年以前建成的农村公路尚未完成入账，正在逐步补录。')
    L.sum('公共基础设施 = 交通 + 水利 + 市政', str(infra_tot), [str(i[1]) for i in infra])
    L.sum('公路里程 = 县道 + 乡道 + 村道', F(road_tot, 1), [str(r[1]) for r in roads])

    bl.append(B('H1', '三、行政事业性国有资产管理工作情况'))
    bl.append(B('H2', '（一）健全资产管理制度'))
    P('2024年，县财政局会同机关事务服务中心修订了《汾阜县行政事业单位国有资产处置管理办法》，制定了公物仓管理暂行规定，明确'
      '资产配置、使用、处置各环节的审批权限和工作流程，将资产管理要求嵌入预算管理一体化系统。')
    bl.append(B('H2', '（二）盘活闲置低效资产'))
    P(f'依托县级公物仓，全年调剂闲置办公设备、家具等资产{swap_items}件（台），节约财政资金{F(swap_saved)}万元。'
      f'全县行政事业单位出租出借资产取得收入{F(rent)}万元，比上年{F(rent_last)}万元增长{g_rent}%，收入按规定全部'
      f'上缴县级国库。')
    L.growth('出租收入 同比增长', str(g_rent), F(rent), F(rent_last), '增长')
    bl.append(B('H2', '（三）规范资产处置'))
    P(f'全年处置国有资产原值{F(disp_tot)}万元，其中' + '、'.join(f'{k}{F(v)}万元' for k, v in disp) +
      f'；取得处置收入{F(disp_income)}万元，已全部上缴国库。报废资产主要为超过使用年限且无维修价值的车辆和电子设备。')
    L.sum('处置原值 = 报废 + 出售 + 无偿划转', F(disp_tot), [F(d[1]) for d in disp])
    bl.append(B('H2', '（四）严格资产配置管理'))
    cfg_budget = D('1.86')
    cfg = [('通用设备', D('0.58')), ('专用设备', D('0.97')), ('家具、用具', D('0.17'))]
    cfg_tot = sum((c[1] for c in cfg), D(0))
    P(f'坚持“有预算不超标、无预算不配置”，2024年全县行政事业单位新增资产配置预算{cfg_budget}亿元，实际配置{cfg_tot}亿元，'
      f'其中' + '、'.join(f'{k}{v}亿元' for k, v in cfg) + f'，配置预算执行率{pct(cfg_tot, cfg_budget)}%。专用设备主要为县人民医院'
      f'医学影像设备和中小学实验室设备。全年未发现超标准配置办公用房和公务用车的情况。')
    L.sum('新增配置 = 通用 + 专用 + 家具', str(cfg_tot), [str(c[1]) for c in cfg])
    L.rate('配置预算执行率', str(pct(cfg_tot, cfg_budget)), str(cfg_tot), str(cfg_budget))
    bl.append(B('H2', '（五）夯实资产基础管理'))
    P('组织开展行政事业单位资产清查，对账实不符、长期挂账的在建工程逐项核实，督促已交付使用的项目及时办理竣工决算和转固手续。'
      '全县行政事业单位资产卡片与财务账核对一致率达到98%以上。')

    bl.append(B('H1', '四、存在的主要问题'))
    P(f'一是在建工程转固不及时，年末在建工程{cdict["在建工程"]}亿元中有部分项目已交付使用但未办理竣工决算。二是公共基础设施'
      f'入账不完整，部分农村公路、小型水利设施尚未登记入账。三是资产使用效率有待提高，部分单位存在闲置房产，出租出借收入'
      f'增长有限。四是资产负债率较上年上升，部分公立医院新增负债较多，需防范财务风险。')
    bl.append(B('H1', '五、下一步工作打算'))
    P('一是加快在建工程转固，2025年底前完成已交付使用项目的竣工决算。二是推进公共基础设施应入尽入，按照“谁管理、谁入账”的原则'
      '明确入账主体。三是扩大公物仓覆盖范围，推动闲置资产跨部门调剂使用。四是加强公立医院、学校负债管理，严控新增债务。')
    P('主任、各位副主任、各位委员，我们将认真落实本次会议审议意见，进一步提高行政事业性国有资产管理水平。')

    L.dated('报告（会议）日期在2024年度结束之后', '2025年10月28日', (2025, 10, 28), (2024, 12, 31))
    L.facts.update({'assets': str(a_tot), 'liab': str(l_tot), 'net': str(n_tot), 'ratio': str(r_now),
                    'date': '2025年10月28日', 'published': '2025-11-03'})
    chrome = {'title': '汾阜县人民政府关于2024年度行政事业性国有资产管理情况的综合报告_汾阜县人大常委会',
              'site': '汾阜县人民代表大会常务委员会',
              'nav': ['首页', '常委会动态', '人大要闻', '决议决定', '监督工作', '代表工作', '公告公报'],
              'crumb': '当前位置：首页 > 公告公报 > 常委会公报',
              'footer': '版权所有：汾阜县人民代表大会常务委员会办公室　　地址：汾阜县府前街8号'}
    model = {'blocks': bl, 'chrome_html': chrome}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
