"""t01 — 湖南省澧桥县市场监督管理局 关于2024年度行政处罚案件办理情况的通报 (.txt)"""
import sys
from lk30 import D, F, q, pct, Ledger, T, run

NAME = 't01_liqiao_market_penalty_statistics_notice_2024.txt'

TYPES = [  # 类别, 件数, 罚没款万元, 上年件数
    ('食品安全', 386, '512.46', 341),
    ('药品医疗器械化妆品', 97, '186.35', 104),
    ('特种设备', 58, '73.20', 49),
    ('产品质量', 133, '198.64', 118),
    ('价格收费', 74, '61.38', 82),
    ('广告', 63, '87.92', 57),
    ('计量', 89, '42.17', 76),
    ('知识产权（商标专利）', 71, '236.40', 63),
    ('登记注册与无照经营', 215, '38.56', 203),
    ('其他', 111, '197.47', 93),
]
UNITS = [  # 办案单位, 件数, 罚没款
    ('县局执法大队', 164, '602.58'),
    ('城关市场监管所', 278, '248.36'),
    ('澧滨市场监管所', 196, '187.42'),
    ('桥北市场监管所', 153, '142.75'),
    ('梅岗市场监管所', 131, '118.63'),
    ('石坳市场监管所', 119, '96.24'),
    ('渡口市场监管所', 137, '125.08'),
    ('新垭市场监管所', 119, None),  # balancing row
]
BIG = [  # 大要案
    ('某医药连锁有限公司销售劣药案', '32.60'),
    ('某商贸有限公司销售侵犯注册商标专用权商品案', '48.75'),
    ('某食品厂超范围使用食品添加剂案', '21.38'),
    ('某建材有限公司生产销售不合格产品案', '15.92'),
    ('某房地产开发有限公司发布虚假广告案', '12.40'),
]


def build():
    L = Ledger(NAME)
    n = sum(t[1] for t in TYPES)
    n0 = sum(t[3] for t in TYPES)
    fm = sum(D(t[2]) for t in TYPES)
    fm0 = D('1512.60')
    forfeit = D('247.83')
    fine = fm - forfeit
    closed = 1254
    n_gen, n_simple = 1073, n - 1073
    # unit table balancing row
    last = fm - sum(D(u[2]) for u in UNITS[:-1])
    units = UNITS[:-1] + [(UNITS[-1][0], UNITS[-1][1], F(last))]
    assert sum(u[1] for u in units) == n, sum(u[1] for u in units)
    # shares
    cs = [pct(t[1], n) for t in TYPES]
    fs = [pct(D(t[2]), fm) for t in TYPES]
    assert sum(cs) == 100 and sum(fs) == 100, (sum(cs), sum(fs))
    big_sum = sum(D(b[1]) for b in BIG)
    comp_recv, comp_done, comp_case = 8642, 8598, 213
    food_sub = [('餐饮服务环节', 172), ('食品销售环节', 128), ('食品生产环节', 41), ('食用农产品市场', 45)]
    assert sum(x[1] for x in food_sub) == TYPES[0][1]
    police = 6
    hearing = 4
    recon, recon_keep, recon_rev = 3, 2, 1

    s = {
        'n': F(n, 0), 'n0': F(n0, 0), 'g': F(pct(n - n0, n0), 2), 'closed': F(closed, 0),
        'cr': F(pct(closed, n), 2), 'ngen': F(n_gen, 0), 'nsim': F(n_simple, 0),
        'fm': F(fm), 'fm0': F(fm0), 'fg': F(pct(fm - fm0, fm0), 2), 'fine': F(fine), 'forf': F(forfeit),
        'fdiff': F(fm - fm0),
        'big': F(big_sum), 'bigs': F(pct(big_sum, fm), 2),
        'cr_r': F(comp_recv, 0), 'cr_d': F(comp_done, 0), 'cr_rate': F(pct(comp_done, comp_recv), 2),
        'cc': F(comp_case, 0), 'cc_s': F(pct(comp_case, n), 2),
        'avg': F(q(fm * 10000 / n, 0), 0),
    }
    food = TYPES[0]
    fg_food = pct(food[1] - food[3], food[3], 2)
    ip = TYPES[7]
    drug = TYPES[1]
    price = TYPES[4]

    B = [
        ['TITLE', '澧桥县市场监督管理局'],
        ['TITLE', '关于2024年度行政处罚案件办理情况的通报'],
        ['DOCNO', '澧市监〔2025〕6号'],
        ['BLANK'],
        ['PLAIN', '各市场监管所、局机关各股室、执法大队：'],
        ['P', '为全面掌握全局行政执法办案情况，进一步规范行政处罚行为，根据《市场监督管理行政处罚程序规定》和市局关于'
              '执法统计工作的要求，局法规股对2024年1月1日至12月31日全局行政处罚案件进行了统计分析。现将有关情况通报如下：'],
        ['H1', '一、总体情况'],
        ['P', f"2024年，全局共立案查处各类违法案件{s['n']}件，比上年的{s['n0']}件增加{n - n0}件，同比增长{s['g']}%。"
              f"其中，适用一般程序案件{s['ngen']}件，适用简易程序案件{s['nsim']}件。全年办结案件{s['closed']}件，结案率"
              f"{s['cr']}%，其余{n - closed}件因案情复杂、涉案物品检验检测周期长等原因结转2025年继续办理。"],
        ['P', f"全年共作出罚没款{s['fm']}万元，其中罚款{s['fine']}万元、没收违法所得{s['forf']}万元；上年罚没款"
              f"{s['fm0']}万元，同比增加{s['fdiff']}万元、增长{s['fg']}%。平均每件案件罚没款约{s['avg']}元。全部罚没款"
              f"均已通过非税收入收缴系统缴入国库，未发生截留、坐支现象。"],
        ['P', f"全年移送公安机关涉嫌犯罪案件{police}件，组织听证{hearing}件；发生行政复议{recon}件，其中维持{recon_keep}件、"
              f"撤销{recon_rev}件，未发生行政诉讼败诉案件。"],
        ['H1', '二、案件类别分布'],
        ['P', f"从案件类别看，食品安全案件数量最多，为{food[1]}件，占案件总数的{F(cs[0])}%；登记注册与无照经营类案件"
              f"{TYPES[8][1]}件，占{F(cs[8])}%；产品质量类案件{TYPES[3][1]}件，占{F(cs[3])}%。从罚没金额看，食品安全案件罚没款"
              f"{food[2]}万元，占罚没款总额的{F(fs[0])}%；知识产权（商标专利）案件虽然只有{ip[1]}件，但罚没款达{ip[2]}万元，"
              f"占{F(fs[7])}%，案均罚没款明显高于其他类别。各类别案件情况见表1。"],
        T('表1  2024年度行政处罚案件分类别统计表',
          [['案件类别', '案件数（件）', '占比（%）', '罚没款（万元）', '占比（%）', '上年案件数（件）']],
          [[t[0], F(t[1], 0), F(cs[i]), t[2], F(fs[i]), F(t[3], 0)] for i, t in enumerate(TYPES)] +
          [['合计', s['n'], '100.00', s['fm'], '100.00', s['n0']]]),
        ['H1', '三、重点领域执法情况'],
        ['P', f"（一）食品安全领域。全年查办食品安全案件{food[1]}件，比上年{food[3]}件增长{F(fg_food)}%。其中，"
              + '、'.join(f"{a}{b}件" for a, b in food_sub) +
              f"。重点查处了校园及周边食品安全、农村集体聚餐、“三小”食品等领域的违法行为。"],
        ['P', f"（二）药品安全领域。查办药品医疗器械化妆品案件{drug[1]}件，罚没款{drug[2]}万元，案件数比上年减少"
              f"{drug[3] - drug[1]}件。其中某医药连锁有限公司销售劣药案罚没款32.60万元，为本年度全局单案罚没金额第二高的案件。"],
        ['P', f"（三）知识产权领域。围绕地理标志产品和驰名商标保护开展专项整治，查办商标、专利侵权案件{ip[1]}件，"
              f"某商贸有限公司销售侵犯注册商标专用权商品案罚没款48.75万元，为本年度单案罚没金额最高的案件。"],
        ['P', f"（四）价格收费领域。查办价格收费案件{price[1]}件，比上年{price[3]}件有所减少，主要集中在明码标价不规范、"
              f"涉企违规收费等方面。"],
        ['P', f"全年查办罚没款10万元以上的大要案{len(BIG)}件，罚没款合计{s['big']}万元，占全年罚没款总额的{s['bigs']}%，"
              f"分别为：" + '；'.join(f"{a}，罚没款{b}万元" for a, b in BIG) + '。'],
        ['H1', '四、各单位办案情况'],
        ['P', f"各单位办案数量差距较大。县局执法大队办理案件{units[0][1]}件，罚没款{units[0][2]}万元；城关市场监管所办案"
              f"{units[1][1]}件，在各所中数量最多。各单位办案情况见表2。"],
        T('表2  2024年度各单位行政处罚案件办理情况',
          [['办案单位', '立案数（件）', '罚没款（万元）', '占罚没款比重（%）']],
          [[u[0], F(u[1], 0), u[2], F(pct(D(u[2]), fm))] for u in units] +
          [['合计', s['n'], s['fm'], '100.00']]),
        ['H1', '五、投诉举报转案和信息公示情况'],
        ['P', f"全年通过12315平台受理投诉举报{s['cr_r']}件，按期办结{s['cr_d']}件，按期办结率{s['cr_rate']}%；"
              f"由投诉举报线索转立案{s['cc']}件，占全年立案总数的{s['cc_s']}%。全年办结的一般程序案件中作出行政处罚决定"
              f"{F(closed - n_simple, 0)}件，均在作出决定之日起20个工作日内通过国家企业信用信息公示系统向社会公示，公示率100%。"],
        ['H1', '六、存在的问题和下一步工作'],
        ['P', '从统计情况看，全局执法办案还存在以下问题：一是各所办案数量不均衡，个别所全年办案不足120件；二是简易程序'
              '案件占比偏低，轻微违法行为“首违不罚”清单适用不够规范；三是案件卷宗制作质量参差不齐，年度案卷评查中发现'
              '文书制作不规范问题较多。'],
        ['P', '2025年，各单位要对照本通报，认真查找差距，聚焦民生领域和群众反映强烈的突出问题，加大执法办案力度；严格执行'
              '行政裁量权基准，落实“谁执法谁普法”责任制；局法规股每季度通报一次办案进度，年底纳入年度绩效考核。'],
        ['BLANK'],
        ['PLAIN', '附件：2024年度行政处罚案件分类别统计表（表1）、各单位办案情况（表2）'],
        ['BLANK'],
        ['RIGHT', '澧桥县市场监督管理局'],
        ['RIGHT', '2025年1月22日'],
    ]

    # ----------------------------------------------------------------- ledger
    L.fact('立案数', s['n']); L.fact('上年立案数', s['n0']); L.fact('罚没款万元', s['fm'])
    L.fact('罚款', s['fine']); L.fact('没收违法所得', s['forf']); L.fact('大要案件数', len(BIG))
    L.fact('date', '2025年1月22日')
    L.sum('表1 案件数合计', s['n'], [F(t[1], 0) for t in TYPES])
    L.sum('表1 罚没款合计', s['fm'], [t[2] for t in TYPES])
    L.sum('表1 上年案件数合计', s['n0'], [F(t[3], 0) for t in TYPES])
    L.sum('表1 案件数占比合计 100.00', '100.00', [F(x) for x in cs])
    L.sum('表1 罚没款占比合计 100.00', '100.00', [F(x) for x in fs])
    for i, t in enumerate(TYPES):
        L.rate(f'表1 {t[0]} 案件数占比', F(cs[i]), F(t[1], 0), s['n'])
        L.rate(f'表1 {t[0]} 罚没款占比', F(fs[i]), t[2], s['fm'])
    L.diff('立案 增加件数', str(n - n0), s['n'], s['n0'])
    L.growth('立案数 同比增长', s['g'], s['n'], s['n0'], '增长')
    L.sum('一般程序 + 简易程序 = 立案数', s['n'], [s['ngen'], s['nsim']])
    L.rate('结案率', s['cr'], s['closed'], s['n'])
    L.diff('结转件数 = 立案 - 办结', str(n - closed), s['n'], s['closed'])
    L.sum('罚没款 = 罚款 + 没收违法所得', s['fm'], [s['fine'], s['forf']])
    L.change('罚没款 同比增加额', s['fdiff'], s['fm'], s['fm0'], '增加')
    L.growth('罚没款 同比增长', s['fg'], s['fm'], s['fm0'], '增长')
    L.quot('平均每件罚没款（元）', s['avg'], s['fm'], s['n'], mul=10000)
    L.sum('复议 维持 + 撤销', str(recon), [str(recon_keep), str(recon_rev)])
    L.growth('食品安全案件 同比增长', F(fg_food), str(food[1]), str(food[3]), '增长')
    L.sum('食品安全 分环节之和', str(food[1]), [str(x[1]) for x in food_sub])
    L.diff('药品案件 减少件数', str(drug[3] - drug[1]), str(drug[3]), str(drug[1]))
    L.check('价格收费案件 比上年减少', price[1] < price[3], f"{price[1]} < {price[3]}")
    L.count('大要案件数 = 列举案件数', str(len(BIG)), [b[0] for b in BIG])
    L.sum('大要案 罚没款合计', s['big'], [b[1] for b in BIG])
    L.rate('大要案 占罚没款总额', s['bigs'], s['big'], s['fm'])
    L.check('大要案 均在10万元以上', all(D(b[1]) >= 10 for b in BIG), ' '.join(b[1] for b in BIG))
    L.check('最高单案 = 48.75 (商标案), 第二高 = 32.60 (劣药案)',
            sorted([D(b[1]) for b in BIG], reverse=True)[:2] == [D('48.75'), D('32.60')], '48.75 > 32.60 > others')
    L.sum('表2 立案数合计', s['n'], [F(u[1], 0) for u in units])
    L.sum('表2 罚没款合计', s['fm'], [u[2] for u in units])
    L.sum('表2 占比合计 100.00', '100.00', [F(pct(D(u[2]), fm)) for u in units])
    for u in units:
        L.rate(f'表2 {u[0]} 占比', F(pct(D(u[2]), fm)), u[2], s['fm'])
    L.check('城关所 办案数在各所中最多', max(u[1] for u in units[1:]) == units[1][1], str(units[1][1]))
    L.check('个别所全年办案不足120件', min(u[1] for u in units[1:]) < 120, str(min(u[1] for u in units[1:])))
    L.diff('一般程序处罚决定 = 办结 - 简易程序', F(closed - n_simple, 0), s['closed'], s['nsim'])
    L.rate('投诉举报 按期办结率', s['cr_rate'], s['cr_d'], s['cr_r'])
    L.rate('投诉举报转立案 占立案总数', s['cc_s'], s['cc'], s['n'])
    L.dated('通报日期在2024年度结束之后', '2025年1月22日', (2025, 1, 22))
    L.anchor('澧市监〔2025〕6号', '2024年1月1日至12月31日')
    return B, L


if __name__ == '__main__':
    run(NAME, build, sys.argv[1] if len(sys.argv) > 1 else None)
