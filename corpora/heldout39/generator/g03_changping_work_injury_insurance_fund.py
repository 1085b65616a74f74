"""t03 菖平县 2024年度工伤保险基金收支情况公开 (txt, space-aligned tables)."""
import datetime
from lib39 import D, F, I, q, pct, growth, shares, Doc, Ledger

NAME = 't03_changping_county_work_injury_insurance_fund_income_expenditure_disclosure_2024'
FMT, EXT = 'space', 'txt'


def build():
    L = Ledger(NAME)
    inc = [('保险费收入', D('1286.40'), D('1203.75')), ('利息收入', D('18.62'), D('21.30')),
           ('上级补助收入', D('42.00'), D('35.00')), ('其他收入', D('3.18'), D('4.05'))]
    exp = [('工伤保险待遇支出', D('1102.56'), D('1148.30')), ('劳动能力鉴定支出', D('12.40'), D('10.80')),
           ('工伤预防费用支出', D('34.80'), D('30.00')), ('其他支出', D('2.10'), D('2.60'))]
    open_prev = D('2246.06')
    ins, ins_prev = 28416, 27309
    recog, recog_prev = 312, 287
    treat = [('一次性伤残补助金', D('386.20'), 168), ('工伤医疗费', D('412.74'), 296),
             ('伤残津贴', D('148.30'), 74), ('供养亲属抚恤金', D('62.52'), 41), ('一次性工亡补助金', D('92.80'), 1)]
    I24 = sum(r[1] for r in inc); I23 = sum(r[2] for r in inc)
    E24 = sum(r[1] for r in exp); E23 = sum(r[2] for r in exp)
    B24, B23 = I24 - E24, I23 - E23
    open24 = open_prev + B23
    close24 = open24 + B24
    tsum = sum(r[1] for r in treat)
    assert tsum == exp[0][1]
    tsh = shares([r[1] for r in treat], tsum)
    months = q(close24 * 12 / E24, 2)
    prev_share = pct(exp[2][1], inc[0][1])

    def sign_pct(a, b):
        g = q((a - b) * 100 / b, 2)
        return F(g)

    d = Doc()
    d.title('菖平县2024年度工伤保险基金收支情况公开')
    d.sub('菖平县社会保险事业服务中心　菖平县人力资源和社会保障局')
    d.p('根据社会保险基金信息公开有关规定，现将本县2024年度工伤保险基金收支、结余及参保情况公开如下，'
        '数据截至2024年12月31日，以基金决算为准。')
    d.h('一、参保和待遇享受情况')
    d.p(f'2024年末全县工伤保险参保职工{I(ins)}人，上年末是{I(ins_prev)}人，净增{I(ins - ins_prev)}人，'
        f'增长{growth(ins, ins_prev)}%。全年新认定（视同）工伤{recog}人，较上年{recog_prev}人多{recog - recog_prev}人；'
        f'其中因工死亡1人。')
    d.h('二、基金收入情况')
    d.p(f'全年基金收入{F(I24)}万元，比上年的{F(I23)}万元增加{F(I24 - I23)}万元，增长{growth(I24, I23)}%。'
        f'收入由四块组成：保险费收入{F(inc[0][1])}万元，占基金收入的{pct(inc[0][1], I24)}%；利息收入{F(inc[1][1])}万元；'
        f'上级补助收入{F(inc[2][1])}万元；其他收入{F(inc[3][1])}万元。利息收入较上年减少，主要是存款利率下调。')
    d.h('三、基金支出情况')
    d.p(f'全年基金支出{F(E24)}万元，较上年的{F(E23)}万元下降{growth(E24, E23)}%，主要是上年集中支付了'
        f'2起工亡待遇。其中，工伤保险待遇支出{F(exp[0][1])}万元，劳动能力鉴定支出{F(exp[1][1])}万元，'
        f'工伤预防费用支出{F(exp[2][1])}万元，其他支出{F(exp[3][1])}万元。工伤预防费用相当于当年保险费收入的'
        f'{prev_share}%，控制在3%以内。待遇支出的构成见表2。')
    rows1 = [['项目', '2024年', '2023年', '增减额', '增减率（%）']]
    for n, a, b in inc:
        rows1.append([n, F(a), F(b), F(a - b), sign_pct(a, b)])
    rows1.append(['基金收入合计', F(I24), F(I23), F(I24 - I23), sign_pct(I24, I23)])
    for n, a, b in exp:
        rows1.append([n, F(a), F(b), F(a - b), sign_pct(a, b)])
    rows1.append(['基金支出合计', F(E24), F(E23), F(E24 - E23), sign_pct(E24, E23)])
    rows1.append(['本年收支结余', F(B24), F(B23), F(B24 - B23), sign_pct(B24, B23)])
    rows1.append(['年末滚存结余', F(close24), F(open24), F(close24 - open24), sign_pct(close24, open24)])
    d.table('表1  工伤保险基金收支总表（单位：万元）', rows1)
    rows2 = [['待遇项目', '享受人数（人）', '金额（万元）', '占比（%）']]
    for (n, a, k), s in zip(treat, tsh):
        rows2.append([n, str(k), F(a), s])
    rows2.append(['合计', '—', F(tsum), '100.00'])
    d.table('表2  2024年工伤保险待遇支出构成', rows2, '注：同一人可享受多项待遇，人数不相加。')
    d.h('四、基金结余情况')
    d.p(f'收支相抵，本年收支结余{F(B24)}万元；加上年初滚存结余{F(open24)}万元，年末滚存结余达到{F(close24)}万元。'
        f'按2024年月均支出计算，滚存结余可支付{F(months)}个月。')
    d.h('五、监督渠道')
    d.p('对公开内容有疑问的，可在工作日拨打0738-4415926咨询，或到县政务服务中心社保窗口查询。')
    d.sign('菖平县社会保险事业服务中心', '2025年2月18日')

    L.facts.update(date='2025年2月18日', docno='(none; 公开 by 服务中心)')
    L.sum('2024 收入合计', F(I24), [F(r[1]) for r in inc])
    L.sum('2023 收入合计', F(I23), [F(r[2]) for r in inc])
    L.sum('2024 支出合计', F(E24), [F(r[1]) for r in exp])
    L.sum('2023 支出合计', F(E23), [F(r[2]) for r in exp])
    L.signed('2024 收支结余 = 收入 − 支出', F(B24), [F(I24)], [F(E24)])
    L.signed('2023 收支结余 = 收入 − 支出', F(B23), [F(I23)], [F(E23)])
    L.sum('年末滚存 = 年初 + 当年结余', F(close24), [F(open24), F(B24)])
    L.diff('收入 增加额', F(I24), F(I23), F(I24 - I23))
    L.growth('收入 增长率', F(I24), F(I23), growth(I24, I23), '增')
    L.growth('支出 下降率 (prose “下降”)', F(E24), F(E23), growth(E24, E23), '降')
    L.diff('支出 增减额', F(E24), F(E23), F(E24 - E23).lstrip('-'))
    L.rate('保险费收入占比', F(inc[0][1]), F(I24), pct(inc[0][1], I24))
    L.rate('工伤预防费用 ÷ 保险费收入', F(exp[2][1]), F(inc[0][1]), prev_share)
    L.le('预防费比例 ≤ 3%', prev_share, '3')
    for n, a, b in inc + exp:
        L.diff(f'表1 {n} 增减额', F(a), F(b), F(a - b).lstrip('-'))
        L.growth(f'表1 {n} 增减率', F(a), F(b), sign_pct(a, b).lstrip('-'), '增' if a > b else '降')
    L.sum('表2 待遇合计 = 待遇支出', F(exp[0][1]), [F(r[1]) for r in treat])
    for (n, a, k), s in zip(treat, tsh):
        L.rate(f'表2 {n} 占比', F(a), F(tsum), s)
    L.sum('表2 占比合计 100.00', '100.00', tsh)
    L.quot('可支付月数 = 年末滚存 × 12 ÷ 支出', F(close24), F(E24), F(months), mult=12)
    L.diff('参保 净增', I(ins), I(ins_prev), I(ins - ins_prev))
    L.growth('参保 增长', I(ins), I(ins_prev), growth(ins, ins_prev), '增')
    L.diff('认定工伤 增加', str(recog), str(recog_prev), str(recog - recog_prev))
    L.dated('落款晚于 2024-12-31', '2025年2月18日', datetime.date(2024, 12, 31))
    L.same(F(B24), 2)
    L.same(F(close24), 2)
    for a in ['截至2024年12月31日', '2025年2月18日', '0738-4415926', '下降' + growth(E24, E23) + '%']:
        L.anchor(a)
    return d, L
