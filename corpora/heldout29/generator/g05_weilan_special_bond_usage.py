"""t05 - 陕西省渭岚市财政局 2024年新增地方政府专项债券资金使用情况公告 (ruled .pdf)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, Ledger, T, pct, q, run  # noqa: E402

STEM = 't05_weilan_special_bond_usage_2024'
EXT = '.pdf'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs
    batches = [('第一批', '2024年3月', D('10.50'), 20, D('2.61')), ('第二批', '2024年6月', D('12.30'), 30, D('2.53')),
               ('第三批', '2024年9月', D('9.85'), 15, D('2.27')), ('第四批', '2024年11月', D('6.00'), 10, D('2.18'))]
    city, spent_city, spent_cnty = D('16.42'), D('15.36'), D('20.76')        # 亿元
    fields = [('交通基础设施', D('9.83')), ('市政和产业园区基础设施', D('13.27')), ('社会事业', D('7.33')),
              ('保障性安居工程', D('4.94')), ('农林水利', D('3.28'))]
    projects = [  # 项目, 主管部门, 债券资金(万元), 已支出(万元)
        ['渭岚市第二污水处理厂扩建工程', '市住建局', D('18600.00'), D('17245.80')],
        ['渭岚高新区标准化厂房（二期）', '高新区管委会', D('32000.00'), D('29873.65')],
        ['市中心医院新院区建设项目', '市卫健委', D('28500.00'), D('27106.42')],
        ['城北片区老旧小区改造项目', '市住建局', D('15400.00'), D('14215.37')],
        ['岚河南岸防洪治理工程', '市水利局', D('12800.00'), D('11932.16')],
        ['市职业教育实训基地', '市教育局', D('9600.00'), D('8854.30')],
        ['冷链物流园区基础设施项目', '市发改委', D('26300.00'), D('24618.25')],
        ['城区公共停车场建设项目', '市城管局', D('21000.00'), None],
    ]
    bal_last, repay, refin = D('217.45'), D('9.72'), D('6.50')
    limit = D('258.00')
    pj_inv, pj_income, pj_debt = D('6.20'), D('7.83'), D('5.76')
    interest = D('6.84')
    # ------------------------------------------------------------ derived
    total = sum((b[2] for b in batches), D(0))
    cnty = total - city
    spent = spent_city + spent_cnty
    prog = pct(spent, total)
    left = total - spent
    wrate = q(sum((b[2] * b[4] for b in batches), D(0)) / total)
    wterm = q(sum((b[2] * b[3] for b in batches), D(0)) / total)
    assert sum((f[1] for f in fields), D(0)) == total
    projects[-1][3] = spent_city * 10000 - sum((p[3] for p in projects[:-1]), D(0))
    p_bond = sum((p[2] for p in projects), D(0))
    p_spent = sum((p[3] for p in projects), D(0))
    assert p_bond == city * 10000 and p_spent == spent_city * 10000
    bal = bal_last + total - repay
    room = limit - bal
    own = repay - refin
    cover = q(pj_income / pj_debt)

    # ------------------------------------------------------------ text
    bl.append(B('TITLE', '渭岚市财政局'))
    bl.append(B('TITLE', '关于2024年新增地方政府专项债券资金使用情况的公告'))
    bl.append(B('DOCNO', '渭财债〔2025〕12号'))
    P('根据《地方政府债务信息公开办法》和陕西省财政厅关于做好地方政府专项债券信息公开工作的要求，现将我市2024年新增地方政府专项'
      '债券（以下简称“专项债券”）发行和资金使用情况公告如下。')

    bl.append(B('H1', '一、专项债券发行情况'))
    P(f'2024年，省财政厅分{len(batches)}批转贷我市新增专项债券{total}亿元，其中市本级{city}亿元、所辖县（区）{cnty}亿元。'
      f'各批次发行情况见表1，加权平均发行利率{wrate}%，加权平均期限{wterm}年。')
    L.count('批次数', str(len(batches)), [b[0] for b in batches])
    L.sum('新增专项债券 = 市本级 + 县区', str(total), [str(city), str(cnty)])
    L.check('加权平均利率 = sum(金额 x 利率) / 总额',
            wrate == q(sum((b[2] * b[4] for b in batches), D(0)) / total),
            f'{wrate} =? (' + ' + '.join(f'{b[2]} x {b[4]}' for b in batches) + f') / {total}')
    L.check('加权平均期限 = sum(金额 x 期限) / 总额',
            wterm == q(sum((b[2] * b[3] for b in batches), D(0)) / total),
            f'{wterm} =? (' + ' + '.join(f'{b[2]} x {b[3]}' for b in batches) + f') / {total}')
    L.numbers.extend([str(wrate), str(wterm)])
    rows = [[b[0], b[1], str(b[2]), str(b[3]), str(b[4])] for b in batches]
    rows.append(['合计', '—', str(total), '—', '—'])
    bl.append(T('表1', '表1  2024年新增专项债券发行情况', ['批次', '发行时间', '金额（亿元）', '期限（年）', '票面利率（%）'], rows,
                widths=[2.6, 3.2, 3.2, 2.8, 3.2]))
    L.sum('表1 发行金额合计', str(total), [str(b[2]) for b in batches])

    bl.append(B('H1', '二、专项债券资金使用情况'))
    P(f'截至2024年12月31日，全市新增专项债券资金已支出{spent}亿元，支出进度{prog}%，尚未支出{left}亿元。其中市本级已支出'
      f'{spent_city}亿元，支出进度{pct(spent_city, city)}%；县（区）已支出{spent_cnty}亿元，支出进度{pct(spent_cnty, cnty)}%。'
      f'未支出资金主要是第四批债券于2024年11月发行，相关项目尚在施工阶段。')
    L.anchor('截至2024年12月31日')
    L.sum('已支出 = 市本级 + 县区', str(spent), [str(spent_city), str(spent_cnty)])
    L.rate('全市支出进度', str(prog), str(spent), str(total))
    L.diff('尚未支出 = 总额 - 已支出', str(left), str(total), str(spent))
    L.rate('市本级支出进度', str(pct(spent_city, city)), str(spent_city), str(city))
    L.rate('县区支出进度', str(pct(spent_cnty, cnty)), str(spent_cnty), str(cnty))
    shares = [pct(v, total) for _, v in fields]
    P('按投向领域分，全市新增专项债券用于' + '、'.join(f'{k}{v}亿元（占{s}%）' for (k, v), s in zip(fields, shares)) +
      '，重点支持补短板、惠民生和产业园区配套项目。')
    L.sum('投向领域 = 五类', str(total), [str(f[1]) for f in fields])
    for (k, v), s in zip(fields, shares):
        L.rate(f'{k} 占比', str(s), str(v), str(total))
    L.sum('投向占比合计 100.00', '100.00', [str(s) for s in shares], implicit=True)
    P(f'市本级{city}亿元专项债券共安排市本级项目{len(projects)}个，各项目资金使用情况见表2。其中渭岚市第二污水处理厂扩建工程使用'
      f'债券资金{F(projects[0][2])}万元，已支出{F(projects[0][3])}万元，新增日处理能力5万吨，已于2024年12月通水试运行。')
    L.count('市本级项目个数', str(len(projects)), [p[0] for p in projects])
    L.same('正文 污水处理厂 债券资金 = 表2', F(projects[0][2]), F(projects[0][2]))
    L.same('正文 污水处理厂 已支出 = 表2', F(projects[0][3]), F(projects[0][3]))
    rows = []
    for i, p in enumerate(projects, 1):
        r = pct(p[3], p[2])
        rows.append([str(i), p[0], p[1], F(p[2]), F(p[3]), F(r)])
        L.rate(f'表2 {p[0]} 支出进度', F(r), F(p[3]), F(p[2]))
    rows.append(['', '合计', '', F(p_bond), F(p_spent), F(pct(p_spent, p_bond))])
    bl.append(T('表2', '表2  2024年市本级新增专项债券项目资金使用情况', ['序号', '项目名称', '主管部门', '债券资金',
                                                        '已支出', '支出进度（%）'], rows, unit='单位：万元',
                widths=[1.2, 5.0, 2.4, 2.3, 2.3, 2.8]))
    L.sum('表2 债券资金合计', F(p_bond), [F(p[2]) for p in projects])
    L.sum('表2 已支出合计', F(p_spent), [F(p[3]) for p in projects])
    L.conv('表2 债券资金合计 万元 -> 市本级 亿元', str(city), F(p_bond), '10000')
    L.conv('表2 已支出合计 万元 -> 市本级已支出 亿元', str(spent_city), F(p_spent), '10000')
    L.rate('表2 合计支出进度', F(pct(p_spent, p_bond)), F(p_spent), F(p_bond))

    cap = D('2.85')
    P(f'2024年全市将专项债券用作重大项目资本金{cap}亿元，占新增专项债券的{pct(cap, total)}%，未超过规定的比例上限，全部用于'
      f'交通基础设施和冷链物流园区项目。全部债券资金均通过国库集中支付系统直接拨付至项目施工、供货单位，未发生挤占、挪用和'
      f'用于经常性支出、楼堂馆所等负面清单领域的情况。')
    L.rate('资本金占新增专项债券', str(pct(cap, total)), str(cap), str(total))
    L.le('资本金 <= 新增专项债券 x 25%', str(cap), str(total * D('0.25')).rstrip('0'))
    L.numbers.remove(str(total * D('0.25')).rstrip('0'))
    P('从建设成效看，市本级项目中，城区公共停车场建设项目新增停车泊位2,360个；城北片区老旧小区改造项目完成改造小区48个，'
      '惠及居民1.26万户；市中心医院新院区主体结构已封顶，建成后新增床位800张；岚河南岸防洪治理工程新建堤防7.8公里，城区段'
      '防洪标准由二十年一遇提高到五十年一遇。')

    bl.append(B('H1', '三、项目收益与融资平衡情况'))
    P(f'各专项债券项目均编制了项目收益与融资自求平衡方案，经第三方机构评估，项目预期收益均能覆盖债券本息。以渭岚高新区标准化'
      f'厂房（二期）项目为例，项目总投资{pj_inv}亿元，使用专项债券{q(projects[1][2] / 10000)}亿元，债券存续期内预期租金等收益'
      f'{pj_income}亿元，应付债券本息{pj_debt}亿元，本息覆盖倍数{cover}倍。2024年已出租厂房4.6万平方米，入驻企业23家。项目收益实行专户管理，由项目单位按季度归集至市财政局'
      f'指定的偿债资金专户；市财政局按季度对项目收益实现情况进行跟踪评估，对收益不及预期的项目提前制定偿债应对预案，'
      f'确保不因收益波动影响债券本息偿还。')
    L.conv('标准化厂房 债券 亿元 <- 表2 万元', str(q(projects[1][2] / 10000)), F(projects[1][2]), '10000')
    L.quot('本息覆盖倍数 = 收益 / 本息', str(cover), str(pj_income), str(pj_debt))
    L.le('债券资金 <= 总投资', str(q(projects[1][2] / 10000)), str(pj_inv))

    bl.append(B('H1', '四、专项债务余额和还本付息情况'))
    P(f'2024年全市偿还到期专项债券本金{repay}亿元，其中通过发行再融资专项债券偿还{refin}亿元，通过政府性基金收入和项目收益偿还'
      f'{own}亿元；支付专项债券利息{interest}亿元，无逾期。截至2024年末，全市专项债务余额{bal}亿元（上年末{bal_last}亿元，'
      f'加本年新增{total}亿元，减本年偿还{repay}亿元），低于省财政厅核定的专项债务限额{limit}亿元，尚余限额空间{room}亿元。')
    L.sum('偿还本金 = 再融资 + 自有', str(repay), [str(refin), str(own)])
    L.signed_sum('年末余额 = 上年末 + 新增 - 偿还', str(bal), [('+', str(bal_last)), ('+', str(total)), ('-', str(repay))])
    L.diff('限额空间 = 限额 - 余额', str(room), str(limit), str(bal))
    L.le('余额 <= 限额', str(bal), str(limit))

    bl.append(B('H1', '五、存在的问题和下一步工作'))
    P('从执行情况看，个别项目前期工作不够充分，债券发行后征地拆迁、施工许可等手续办理耗时较长，影响资金支出进度；部分项目运营'
      '收入尚处于培育期，需持续跟踪收益实现情况。下一步，市财政局将会同项目主管部门加强专项债券项目全生命周期管理：一是严格项目'
      '储备审核，提高项目成熟度；二是实行支出进度按月通报，对支出进度缓慢的项目按规定调整债券用途；三是加强项目收益归集和'
      '专户管理，确保债券本息按时足额偿还，牢牢守住不发生系统性风险的底线。')
    bl.append(B('H1', '六、信息公开和社会监督'))
    P('专项债券项目名称、债券规模、资金使用和项目收益等信息已在渭岚市人民政府门户网站和陕西省政府债务信息公开平台同步公开，'
      '接受社会监督。对公告内容如有疑问，可在工作日向渭岚市财政局债务管理科咨询，联系电话：0913-6182405。')
    P('本公告所列数据为快报数，最终以2024年度政府债务决算数为准。')
    bl.append(B('BLANK'))
    bl.append(B('RIGHT', '渭岚市财政局'))
    bl.append(B('RIGHT', '2025年2月28日'))
    L.dated('公告日期在2024年度结束之后', '2025年2月28日', (2025, 2, 28), (2024, 12, 31))
    L.anchor('渭财债〔2025〕12号')
    L.facts.update({'total': str(total), 'spent': str(spent), 'progress': str(prog), 'balance': str(bal),
                    'n_projects_city': len(projects), 'date': '2025年2月28日'})
    model = {'blocks': bl, 'title': '渭岚市财政局关于2024年新增地方政府专项债券资金使用情况的公告', 'author': '渭岚市财政局'}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
