"""t05 蒹江县 2024年度残疾人就业保障金征收使用情况公开 (txt, tab tables)."""
import datetime
from lib39 import D, F, I, q, pct, growth, shares, Doc, Ledger

NAME = 't05_jianjiang_county_disabled_persons_employment_security_fund_collection_use_disclosure_2024'
FMT, EXT = 'tab', 'txt'


def build():
    L = Ledger(NAME)
    coll, coll_prev = D('586.30'), D('642.80')
    payers, payers_prev = 214, 238
    exempt = 1126
    carry_in = D('138.40')
    # (用途, 数量, 单位, 标准元, 金额万元 or None)
    uses = [('残疾人职业技能培训补贴', 962, '人次', 1000, None),
            ('就业创业扶持（含自主创业补贴）', None, '', None, D('148.60')),
            ('辅助性就业机构运营补贴', 8, '家', 80000, None),
            ('超比例安排就业单位奖励', 32, '户', 12000, None),
            ('困难残疾人生活补助', 1033, '人', 1600, None)]
    amts = []
    for n, k, u, std, a in uses:
        amts.append(a if a is not None else D(k) * D(std) / 10000)
    spend = sum(amts)
    carry_out = carry_in + coll - spend
    sh = shares(amts, spend)
    train_prev = 875
    by = [('机关事业单位', 36, D('112.40')), ('企业', 178, D('473.90'))]
    inst_people = 156

    d = Doc()
    d.title('蒹江县2024年度残疾人就业保障金征收使用情况公开')
    d.sub('蒹江县财政局　蒹江县残疾人联合会')
    d.sub('蒹财社〔2025〕9号')
    d.p('按照残疾人就业保障金管理办法和预决算公开要求，现就我县2024年度残疾人就业保障金（以下简称残保金）'
        '的征收、减免和使用情况予以公开。')
    d.h('一、征收情况')
    d.p(f'2024年县税务部门共征收残保金{F(coll)}万元，同比减少{F(coll_prev - coll)}万元，降幅为{growth(coll, coll_prev)}%'
        f'（2023年为{F(coll_prev)}万元）。缴费单位{payers}户，上年{payers_prev}户，少了{payers_prev - payers}户。'
        f'按缴费单位类型分，机关事业单位{by[0][1]}户、缴纳{F(by[0][2])}万元，企业{by[1][1]}户、缴纳{F(by[1][2])}万元，'
        f'企业缴纳额占征收总额的{pct(by[1][2], coll)}%。'
        f'收入下降的主要原因：一是在职职工30人（含）以下企业继续暂免征收，全年免征{I(exempt)}户；'
        f'二是按比例安排残疾人就业的单位有所增加。')
    d.h('二、使用情况')
    d.p(f'残保金纳入一般公共预算统筹安排。2024年使用残保金安排的支出共计{F(spend)}万元，'
        f'相当于当年征收额的{pct(spend, coll)}%。具体用途见下表。')
    rows = [['用途', '数量', '补助标准（元）', '金额（万元）', '占比（%）']]
    for (n, k, u, std, a), am, s in zip(uses, amts, sh):
        rows.append([n, f'{I(k)}{u}' if k else '—', I(std) if std else '—', F(am), s])
    rows.append(['合计', '—', '—', F(spend), '100.00'])
    d.table('2024年残疾人就业保障金支出明细表', rows)
    d.p(f'其中，职业技能培训补贴{F(amts[0])}万元，补贴{I(uses[0][1])}人次，上年为{train_prev}人次，'
        f'同比多{I(uses[0][1] - train_prev)}人次、增长{growth(uses[0][1], train_prev)}%；'
        f'困难残疾人生活补助按每人每年{I(uses[4][3])}元标准发放给{I(uses[4][1])}名未就业困难残疾人，'
        f'合计{F(amts[4])}万元；{uses[2][1]}家辅助性就业机构共安置智力、精神和重度肢体残疾人{inst_people}名，'
        f'平均每家{F(D(inst_people) / uses[2][1], 1)}名。')
    d.h('三、结转结余情况')
    d.p(f'年初结转{F(carry_in)}万元，加上本年征收{F(coll)}万元，扣除本年支出{F(spend)}万元，'
        f'年末结转{F(carry_out)}万元，将统筹用于2025年残疾人就业和保障项目。')
    d.h('四、下一步工作')
    d.p('县残联将会同财政、税务部门加强残保金征收信息共享，对超比例安排就业单位的奖励实行“免申即享”，'
        '并对辅助性就业机构补贴开展年度绩效评价，评价结果与下年补贴挂钩。'
        '社会各界对本公开内容如有疑问，可在工作日致电县残联就业服务所（0719-6284307）查询。')
    d.sign('蒹江县财政局　蒹江县残疾人联合会', '2025年4月8日')

    L.facts.update(date='2025年4月8日', docno='蒹财社〔2025〕9号')
    L.diff('征收 减少额', F(coll_prev), F(coll), F(coll_prev - coll))
    L.growth('征收 降幅', F(coll), F(coll_prev), growth(coll, coll_prev), '降')
    L.diff('缴费单位 减少', str(payers_prev), str(payers), str(payers_prev - payers))
    for (n, k, u, std, a), am in zip(uses, amts):
        if k:
            L.prod(f'{n} = {k} × {std} ÷ 10000', F(am), [I(k), I(std)], 10000)
    L.sum('支出合计 = 5 用途', F(spend), [F(a) for a in amts])
    for (n, *_), am, s in zip(uses, amts, sh):
        L.rate(f'{n} 占比', F(am), F(spend), s)
    L.sum('占比合计 100.00', '100.00', sh)
    L.rate('支出 ÷ 征收', F(spend), F(coll), pct(spend, coll))
    L.diff('培训 人次 增加', I(uses[0][1]), str(train_prev), I(uses[0][1] - train_prev))
    L.growth('培训 人次 增长', I(uses[0][1]), str(train_prev), growth(uses[0][1], train_prev), '增')
    L.signed('年末结转 = 年初 + 征收 − 支出', F(carry_out), [F(carry_in), F(coll)], [F(spend)])
    L.sum('缴费单位 = 机关事业 + 企业', str(payers), [str(by[0][1]), str(by[1][1])])
    L.sum('征收 = 机关事业 + 企业', F(coll), [F(by[0][2]), F(by[1][2])])
    L.rate('企业缴纳 占比', F(by[1][2]), F(coll), pct(by[1][2], coll))
    L.quot('辅助性就业 平均每家安置', str(inst_people), str(uses[2][1]), F(D(inst_people) / uses[2][1], 1))
    L.dated('落款晚于 2024-12-31', '2025年4月8日', datetime.date(2024, 12, 31))
    L.same(F(amts[0]), 2)
    L.same(F(amts[4]), 2)
    for a in ['0719-6284307', '蒹财社〔2025〕9号', '2025年4月8日', '一是', '二是']:
        L.anchor(a)
    return d, L
