"""t06: 嫩川市医疗保障局 2024年医保基金收支情况公开 (.pdf via reportlab, CID font STSong-Light)."""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT

NAME = 't06_nenchuan_medical_insurance_fund_2024'
L = Ledger(NAME + '.pdf')

# ---------------------------------------------------------------- fund data (万元): (2024, 2023)
E = {  # 职工
    '征缴收入': (D('206128.46'), D('193846.20')), '统筹利息收入': (D('3214.82'), D('3102.66')),
    '统筹其他收入': (D('5043.24'), D('4479.50')), '个人账户收入': (D('98642.18'), D('104120.45')),
    '职工住院': (D('144862.30'), D('134215.60')), '职工普通门诊': (D('18406.52'), D('12860.44')),
    '职工门诊慢特病': (D('20865.04'), D('23324.16')), '生育': (D('2286.50'), D('2284.30')),
    '个人账户支出': (D('91286.24'), D('95462.18')),
}
R = {  # 居民
    '个人缴费': (D('61842.60'), D('64215.80')), '财政补助': (D('112316.48'), D('113372.92')),
    '居民利息及其他': (D('1020.36'), D('1031.40')),
    '居民住院': (D('149486.20'), D('143120.88')), '居民普通门诊': (D('14216.38'), D('13860.12')),
    '居民门诊慢特病': (D('8942.16'), D('8816.30')), '大病保险': (D('3564.16'), D('3765.00')),
}
def s2(keys, src):
    return tuple(sum(src[k][i] for k in keys) for i in (0, 1))
def sub(a, b): return (a[0] - b[0], a[1] - b[1])
def add(a, b): return (a[0] + b[0], a[1] + b[1])
e_pool_in = s2(['征缴收入', '统筹利息收入', '统筹其他收入'], E)
e_acct_in = E['个人账户收入']
e_in = add(e_pool_in, e_acct_in)
e_pool_out = s2(['职工住院', '职工普通门诊', '职工门诊慢特病', '生育'], E)
e_acct_out = E['个人账户支出']
e_out = add(e_pool_out, e_acct_out)
e_bal = sub(e_in, e_out)
e_pool_stock23, e_acct_stock23 = D('301246.30'), D('111372.14')
e_pool_stock = e_pool_stock23 + e_pool_in[0] - e_pool_out[0]
e_acct_stock = e_acct_stock23 + e_acct_in[0] - e_acct_out[0]
e_stock = (e_pool_stock + e_acct_stock, e_pool_stock23 + e_acct_stock23)
r_in = s2(['个人缴费', '财政补助', '居民利息及其他'], R)
r_out = s2(['居民住院', '居民普通门诊', '居民门诊慢特病', '大病保险'], R)
r_bal = sub(r_in, r_out)
r_stock23 = D('98512.75')
r_stock = (r_stock23 + r_bal[0], r_stock23)
t_in, t_out, t_bal, t_stock = add(e_in, r_in), add(e_out, r_out), add(e_bal, r_bal), add(e_stock, r_stock)
L.eq('职工收入', e_in[0], D('313028.70')); L.eq('职工统筹收入', e_pool_in, (D('214386.52'), D('201428.36')))
L.eq('职工支出', e_out[0], D('277706.60')); L.eq('职工统筹支出', e_pool_out, (D('186420.36'), D('172684.50')))
L.eq('职工累计结存', e_stock, (D('447940.54'), D('412618.44')))
L.eq('居民收入', r_in, (D('175179.44'), D('178620.12'))); L.eq('居民支出', r_out, (D('176208.90'), D('169562.30')))
L.eq('居民当期结余为负', r_bal[0], D('-1029.46'))
L.eq('居民累计结存 = 上年 + 当期', r_stock[0], D('97483.29'))
L.eq('合计收入', t_in, (D('488208.14'), D('484168.93')))
L.eq('合计累计结存', t_stock[0], D('545423.83'))
L.eq('合计当期结余 = 收入 − 支出', t_bal[0], t_in[0] - t_out[0])
yi = lambda x: q(x / 10000)
# 亿元 parts add up to the 亿元 totals
for nm, a, b, t in [('收入', e_in[0], r_in[0], t_in[0]), ('支出', e_out[0], r_out[0], t_out[0]),
                    ('当期结余', e_bal[0], r_bal[0], t_bal[0]), ('累计结存', e_stock[0], r_stock[0], t_stock[0])]:
    L.eq('亿元: 职工 + 居民 = 合计（%s）' % nm, yi(a) + yi(b), yi(t))
G = lambda pair: growth(pair[0], pair[1])
g_tin, g_tout = G(t_in), G(t_out)
L.eq('收入增长（万元 / 亿元 一致）', g_tin, growth(yi(t_in[0]), yi(t_in[1])))
L.eq('支出增长（万元 / 亿元 一致）', g_tout, growth(yi(t_out[0]), yi(t_out[1])))
gap_pp = g_tout - g_tin
e_pool_months = q(e_pool_stock * 12 / e_pool_out[0], 1)
r_months = q(r_stock[0] * 12 / r_out[0], 1)

# ---------------------------------------------------------------- 参保, 待遇
emp_act, emp_ret = D('45.12'), D('17.36'); emp = emp_act + emp_ret
emp_act23, emp_ret23 = D('44.70'), D('17.05'); emp23 = emp_act23 + emp_ret23
res, res23 = D('168.36'), D('171.62')
tot, tot23 = emp + res, emp23 + res23
ratio, ratio23 = q(emp_act / emp_ret), q(emp_act23 / emp_ret23)
g_emp, g_res, g_tot = growth(emp, emp23), growth(res, res23), growth(tot, tot23)
std_ind, std_fin = 380, 670
pay_e, pay_e23 = D('85.6'), D('84.9')
pay_r, pay_r23 = D('69.1'), D('69.5')
hosp_e, hosp_e23 = D('12.46'), D('11.82')
hosp_r, hosp_r23 = D('40.38'), D('41.05')
hosp, hosp23 = hosp_e + hosp_r, hosp_e23 + hosp_r23

# ---------------------------------------------------------------- DRG / DIP
drg_org, dip_org, inpat_org = 46, 138, 192
pay_org = drg_org + dip_org
org_cov = pct(pay_org, inpat_org)
drg_case, dip_case = D('28.16'), D('19.42')
case = drg_case + dip_case
case_sh = pct(case, hosp)
drg_amt, dip_amt = D('16.48'), D('8.06')
drg_dip = drg_amt + dip_amt
inpat_fund = E['职工住院'][0] + R['居民住院'][0]
drg_sh = pct(drg_dip * 10000, inpat_fund)
drg_groups, dip_groups = 628, 4216
keep = D('1.26')

# ---------------------------------------------------------------- 基金监管
org_med, org_pha = 642, 644
orgs = org_med + org_pha
viol = 312
viol_sh = pct(viol, orgs)
suspend, terminate, punish, court = 18, 4, 11, 2
rec_fund, penalty, fine = D('2316.58'), D('428.64'), D('119.10')
rec_total = rec_fund + penalty + fine
rec_fund23 = D('2486.90')
g_rec = growth(rec_fund, rec_fund23)
insured_viol, insured_rec = 26, D('38.60')

# ---------------------------------------------------------------- text blocks
def yf(x): return f(yi(x))
def ud(x): return '增长' if x > 0 else '下降'
blocks = []
def T(x): blocks.append(('title', x))
def H(x): blocks.append(('h', x))
def P(x): blocks.append(('p', x))

T('嫩川市2024年基本医疗保险基金收支情况公开')
blocks.append(('sub', '嫩川市医疗保障局'))
P('根据《医疗保障基金使用监督管理条例》和基金信息公开有关规定，现将嫩川市2024年度职工基本医疗保险（含生育保险）和城乡居民基本医疗保险基金收支情况公布如下。本公开所列2024年数据为经市财政局审核的基金决算数，2023年数据为上年决算数。')
H('一、参保情况')
P(f'2024年末，全市基本医疗保险参保{f(tot)}万人，比上年末减少{f(tot23 - tot)}万人，下降{f(-g_tot)}%，参保率稳定在96.20%。其中，职工基本医疗保险参保{f(emp)}万人，{ud(g_emp)}{f(abs(g_emp))}%，包括在职职工{f(emp_act)}万人、退休人员{f(emp_ret)}万人，在职退休比为{ratio}:1（上年为{ratio23}:1）；城乡居民基本医疗保险参保{f(res)}万人，下降{f(-g_res)}%，主要是部分灵活就业人员由居民医保转入职工医保以及外出务工人员在就业地参保。')
P('2024年，市医疗保障局会同税务、教育、民政等部门开展参保扩面专项行动，对新生儿、在校学生、新就业形态从业人员和灵活就业人员实行精准动员，落实困难群众分类资助参保政策，全市特困人员、低保对象和返贫致贫人口应保尽保。')
P(f'2024年城乡居民医保人均筹资标准为1,050元，其中个人缴费{std_ind}元、财政补助{std_fin}元。')
H('二、基金收支情况')
P(f'（一）总体情况。2024年，全市基本医疗保险基金收入{yf(t_in[0])}亿元，同比增长{f(g_tin)}%；基金支出{yf(t_out[0])}亿元，同比增长{f(g_tout)}%，支出增速高于收入增速{f(gap_pp)}个百分点；当期结余{yf(t_bal[0])}亿元；年末累计结存{yf(t_stock[0])}亿元。')
P(f'（二）职工基本医疗保险（含生育保险）。基金收入{f(e_in[0])}万元，同比增长{f(G(e_in))}%。其中，统筹基金收入{f(e_pool_in[0])}万元，同比增长{f(G(e_pool_in))}%；个人账户收入{f(e_acct_in[0])}万元，同比下降{f(-G(e_acct_in))}%，主要是职工医保门诊共济保障机制改革后单位缴费不再划入在职职工个人账户。基金支出{f(e_out[0])}万元，同比增长{f(G(e_out))}%。其中，统筹基金支出{f(e_pool_out[0])}万元，同比增长{f(G(e_pool_out))}%；个人账户支出{f(e_acct_out[0])}万元，同比下降{f(-G(e_acct_out))}%。当期结余{f(e_bal[0])}万元，同比下降{f(-G(e_bal))}%。年末累计结存{f(e_stock[0])}万元，其中统筹基金{f(e_pool_stock)}万元，可支付{e_pool_months}个月。')
P(f'（三）城乡居民基本医疗保险。基金收入{f(r_in[0])}万元，同比下降{f(-G(r_in))}%。其中，个人缴费{f(R["个人缴费"][0])}万元，财政补助{f(R["财政补助"][0])}万元，利息及其他收入{f(R["居民利息及其他"][0])}万元。基金支出{f(r_out[0])}万元，同比增长{f(G(r_out))}%。当期收不抵支{f(-r_bal[0])}万元，动用历年结存弥补，年末累计结存{f(r_stock[0])}万元，可支付{r_months}个月，处于6至9个月合理区间的下限附近，需加强基金运行监测。')
blocks.append(('table_small', '表1  2024年基本医疗保险基金收支总体情况（单位：亿元）', [
    ['项目', '职工医保', '居民医保', '合计'],
    ['基金收入', yf(e_in[0]), yf(r_in[0]), yf(t_in[0])],
    ['基金支出', yf(e_out[0]), yf(r_out[0]), yf(t_out[0])],
    ['当期结余', yf(e_bal[0]), yf(r_bal[0]), yf(t_bal[0])],
    ['年末累计结存', yf(e_stock[0]), yf(r_stock[0]), yf(t_stock[0])],
]))
H('三、待遇保障情况')
P(f'2024年，全市参保人员住院{f(hosp)}万人次，比上年减少{f(hosp23 - hosp)}万人次。其中，职工医保住院{f(hosp_e)}万人次，同比增长{f(growth(hosp_e, hosp_e23))}%；居民医保住院{f(hosp_r)}万人次，同比下降{f(-growth(hosp_r, hosp_r23))}%。职工医保政策范围内住院费用基金支付比例为{pay_e}%，比上年提高{pay_e - pay_e23}个百分点；居民医保政策范围内住院费用基金支付比例为{pay_r}%，比上年下降{pay_r23 - pay_r}个百分点，主要是居民在三级医院住院的比例上升。职工医保普通门诊统筹支出{f(E["职工普通门诊"][0])}万元，同比增长{f(G(E["职工普通门诊"]))}%，门诊共济保障作用逐步显现。')
P('2024年，全市跨省异地就医住院费用直接结算4.26万人次，门诊费用直接结算38.52万人次，异地就医备案实现线上“一站式”办理。全市落实国家和省级组织药品、医用耗材集中带量采购中选结果，集中采购药品品种累计达到435个，医用耗材类别累计达到31类，有效减轻了参保群众用药负担。')
P('城乡居民大病保险继续由商业保险公司承办，起付线为1.5万元，起付线以上费用报销比例为60%，对特困人员、低保对象和返贫致贫人口起付线降低50%、报销比例提高5个百分点，并取消封顶线。大病保险支出已含在居民医保基金支出中。')
H('四、医保支付方式改革情况')
P(f'2024年，全市二级及以上定点医疗机构实行按疾病诊断相关分组（DRG）付费，一级及以下定点医疗机构实行按病种分值（DIP）付费。开展DRG付费的医疗机构{drg_org}家、DIP付费的医疗机构{dip_org}家，合计{pay_org}家，占全市开展住院服务的定点医疗机构{inpat_org}家的{f(org_cov)}%。全年DRG付费结算{f(drg_case)}万例、DIP付费结算{f(dip_case)}万例，合计{f(case)}万例，占住院总人次的{f(case_sh)}%。DRG付费基金支付{f(drg_amt)}亿元、DIP付费基金支付{f(dip_amt)}亿元，合计{f(drg_dip)}亿元，占职工和居民住院费用基金支出合计{f(inpat_fund)}万元的{f(drg_sh)}%。本地DRG分组方案共{drg_groups}个病组，DIP病种目录库共{fi(dip_groups)}个病种。对年度清算中结余的医疗机构，按规定留用{f(keep)}亿元。')
P('支付方式改革实施以来，定点医疗机构控制成本、规范诊疗的内生动力明显增强，平均住院日有所缩短，参保患者个人负担有所减轻。市医疗保障局建立了DRG/DIP付费监测指标体系，按月通报各定点医疗机构的病例入组率、费用结构和高倍率病例情况，防范高套分组、分解住院和推诿病人等行为。')
H('五、基金监管情况')
P(f'全市共有定点医药机构{fi(orgs)}家，其中定点医疗机构{org_med}家、定点零售药店{org_pha}家。')
P(f'2024年，现场检查定点医药机构{fi(orgs)}家，实现全覆盖。检查由市医疗保障局联合卫生健康、市场监管、公安等部门开展，重点检查串换项目、超标准收费、分解住院和虚假住院等问题。')
P(f'全年处理违法违规定点医药机构{viol}家，占定点医药机构总数的{f(viol_sh)}%，其中暂停医保服务协议{suspend}家、解除医保服务协议{terminate}家、行政处罚{punish}家、移送司法机关{court}家。')
P(f'追回金额{f(rec_total)}万元。其中，追回医保基金{f(rec_fund)}万元，违约金{f(penalty)}万元，行政罚款{f(fine)}万元。追回医保基金比上年{f(rec_fund23)}万元下降{f(-g_rec)}%，主要是定点医药机构规范使用基金意识增强，违规问题有所减少。')
P('全年医保智能监控系统审核结算单据1,862.4万条，对疑点单据开展人工复核；受理群众举报线索64件，经查实后按规定兑现举报奖励。市医疗保障局对定点医药机构开展医保政策培训12场，推动定点医药机构落实自查自纠主体责任。')
P(f'另查处参保人员违法违规使用医保基金{insured_viol}人，追回违规报销费用{f(insured_rec)}万元，不含在上述追回金额中。')
H('六、基金运行分析')
P('从收支结构看，职工医保基金收支总体平衡、略有结余，统筹基金累计结存可支付月数处于合理水平，但退休人员增长快于在职职工，在职退休比继续下降，基金支付压力逐年加大。居民医保基金受参保人数减少、医疗费用增长和住院率上升等因素影响，当期出现收不抵支，累计结存可支付月数已接近合理区间下限。')
P('从支出结构看，职工医保普通门诊统筹支出增长较快，门诊慢特病支出有所减少，主要是部分门诊慢特病病种纳入普通门诊统筹保障；居民医保住院费用支出增长较快，是基金支出增长的主要因素。')
H('七、2025年重点工作')
P('一是自2025年1月1日起，城乡居民医保个人缴费标准提高到每人每年400元；二是2025年1月起启用DRG2.0版分组方案，完善特例单议机制；三是推进医保基金智能监管全覆盖，开展定点医药机构自查自纠；四是做好居民医保基金运行风险预警，确保基金收支平衡。')
H('八、名词解释')
P('1.当期结余：指本年基金收入减去本年基金支出后的余额，负数表示当期收不抵支。')
P('2.累计结存：指截至年末历年基金收支相抵后的结余累计额，等于上年末累计结存加本年当期结余。')
P('3.可支付月数：指年末累计结存除以本年月均基金支出，反映累计结存可支付基金支出的时间。')
P('4.政策范围内住院费用基金支付比例：指政策范围内住院费用中由基本医疗保险基金支付的比例，不含大病保险和医疗救助支付部分。')
P('5.DRG/DIP付费：指按疾病诊断相关分组付费和按病种分值付费，是医保基金对定点医疗机构住院费用的结算方式。')
P('特此公开。')
blocks.append(('sign', '嫩川市医疗保障局'))
blocks.append(('sign', '2025年4月15日'))
blocks.append(('h', '附表'))

def sgn(x):
    return ('+' if x > 0 else '') + f(x)
def row(label, pair):
    d = pair[0] - pair[1]
    return [label, f(pair[0]), f(pair[1]), sgn(d), sgn(growth(pair[0], pair[1]))]
big = [['项目', '2024年', '2023年', '增减额', '增减（%）']]
big.append(['一、职工基本医疗保险基金（含生育保险）', '', '', '', ''])
big.append(row('（一）基金收入', e_in))
big.append(row('1.统筹基金收入', e_pool_in))
big.append(row('其中：征缴收入', E['征缴收入']))
big.append(row('利息收入', E['统筹利息收入']))
big.append(row('其他收入', E['统筹其他收入']))
big.append(row('2.个人账户收入', e_acct_in))
big.append(row('（二）基金支出', e_out))
big.append(row('1.统筹基金支出', e_pool_out))
big.append(row('其中：住院费用支出', E['职工住院']))
big.append(row('普通门诊统筹支出', E['职工普通门诊']))
big.append(row('门诊慢特病支出', E['职工门诊慢特病']))
big.append(row('生育医疗费用及津贴', E['生育']))
big.append(row('2.个人账户支出', e_acct_out))
big.append(row('（三）当期结余', e_bal))
big.append(row('（四）年末累计结存', e_stock))
big.append(row('其中：统筹基金', (e_pool_stock, e_pool_stock23)))
big.append(row('个人账户', (e_acct_stock, e_acct_stock23)))
big.append(['二、城乡居民基本医疗保险基金', '', '', '', ''])
big.append(row('（一）基金收入', r_in))
big.append(row('1.个人缴费', R['个人缴费']))
big.append(row('2.财政补助', R['财政补助']))
big.append(row('3.利息及其他收入', R['居民利息及其他']))
big.append(row('（二）基金支出', r_out))
big.append(row('其中：住院费用支出', R['居民住院']))
big.append(row('普通门诊统筹支出', R['居民普通门诊']))
big.append(row('门诊慢特病支出', R['居民门诊慢特病']))
big.append(row('大病保险支出', R['大病保险']))
big.append(row('（三）当期结余', r_bal))
big.append(row('（四）年末累计结存', r_stock))
big.append(['三、合计', '', '', '', ''])
big.append(row('（一）基金收入', t_in))
big.append(row('（二）基金支出', t_out))
big.append(row('（三）当期结余', t_bal))
big.append(row('（四）年末累计结存', t_stock))
blocks.append(('table_big', '2024年嫩川市基本医疗保险基金收支明细表（单位：万元）', big))
blocks.append(('p', '注：增减（%）为同比增减幅度，负数表示下降。居民医保当期结余为负数，表示当期收不抵支。'))


# ---------------------------------------------------------------- render
def render(blks, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    FN = 'STSong-Light'
    st = {
        'title': ParagraphStyle('t', fontName=FN, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=4),
        'sub': ParagraphStyle('s', fontName=FN, fontSize=11, leading=18, alignment=TA_CENTER, spaceAfter=8),
        'h': ParagraphStyle('h', fontName=FN, fontSize=12, leading=20, spaceBefore=6, spaceAfter=2),
        'p': ParagraphStyle('p', fontName=FN, fontSize=10.5, leading=18, firstLineIndent=21, wordWrap='CJK'),
        'sign': ParagraphStyle('g', fontName=FN, fontSize=10.5, leading=18, alignment=TA_RIGHT),
        'cap': ParagraphStyle('c', fontName=FN, fontSize=10.5, leading=16, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4),
    }
    story = []
    for b in blks:
        k = b[0]
        if k in ('table_small', 'table_big'):
            story.append(Paragraph(b[1], st['cap']))
            data = b[2]
            widths = [60 * mm, 26 * mm, 26 * mm, 26 * mm, 22 * mm] if k == 'table_big' else [40 * mm, 30 * mm, 30 * mm, 30 * mm]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), FN), ('FONTSIZE', (0, 0), (-1, -1), 9),
                                   ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('ALIGN', (1, 1), (-1, -1), 'RIGHT'), ('ALIGN', (0, 0), (-1, 0), 'CENTER'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8'))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'sign' and b[1].endswith('局'):
            story.append(Spacer(1, 10)); story.append(Paragraph(b[1], st['sign']))
        else:
            story.append(Paragraph(b[1], st[k]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title='嫩川市2024年基本医疗保险基金收支情况公开',
                            author='嫩川市医疗保障局')
    doc.build(story)


def block_text(blks):
    out = []
    for b in blks:
        if b[0] in ('table_small', 'table_big'):
            out.append(b[1]); out += [c for r in b[2] for c in r]
        else:
            out.append(b[1])
    return '\n'.join(out)


def main():
    import pdf_text
    path = os.path.join(OUT, NAME + '.pdf')
    render(blocks, path)
    V = pdf_text.visible_text(path)
    BT = block_text(blocks)
    pages = V.split('\x0c')
    hdr_pages = [i for i, p in enumerate(pages) if '增减（%）' in p and '2023年' in p]
    L.check('附表 spans a page break with repeated header', len(hdr_pages) >= 2, hdr_pages)
    L.fact('pages', len([p for p in pages if p.strip()]))
    # relations stated
    L.eq('收入增长', g_tin, D('0.83')); L.eq('支出增长', g_tout, D('3.70')); L.eq('增速差', gap_pp, D('2.87'))
    L.eq('个账收入下降', G(e_acct_in), D('-5.26')); L.eq('统筹收入增长', G(e_pool_in), D('6.43'))
    L.eq('居民收入下降', G(r_in), D('-1.93')); L.eq('居民支出增长', G(r_out), D('3.92'))
    L.eq('职工支出增长', G(e_out), D('3.57')); L.eq('个账支出下降', G(e_acct_out), D('-4.37'))
    L.eq('统筹可支付月数', e_pool_months, D('21.2')); L.eq('居民可支付月数', r_months, D('6.6'))
    L.check('居民可支付月数在6至9个月区间内（下限附近）', 6 <= r_months <= 7, r_months)
    L.eq('参保合计', tot, D('230.84')); L.eq('参保下降', g_tot, D('-1.08')); L.eq('居民参保下降', g_res, D('-1.90'))
    L.eq('在职退休比', (ratio, ratio23), (D('2.60'), D('2.62')))
    L.eq('人均筹资 = 个人 + 财政', std_ind + std_fin, 1050)
    L.eq('支付比例 职工 +0.7', pay_e - pay_e23, D('0.7')); L.eq('支付比例 居民 −0.4', pay_r23 - pay_r, D('0.4'))
    L.eq('住院人次合计', hosp, D('52.84'))
    L.eq('DRG/DIP 机构覆盖', org_cov, D('95.83')); L.eq('结算病例占比', case_sh, D('90.05'))
    L.eq('DRG/DIP 基金占住院费用基金支出', drg_sh, D('83.37'))
    L.eq('定点医药机构 = 医疗 + 药店', orgs, 1286)
    L.eq('违规机构占比', viol_sh, D('24.26'))
    L.check('其中 列举为部分', suspend + terminate + punish + court < viol)
    L.eq('追回金额 = 基金 + 违约金 + 罚款', rec_total, D('2864.32'))
    L.eq('追回医保基金下降', g_rec, D('-6.85'))
    for s in ['同比下降5.26%', '追回金额2,864.32万元', '检查定点医药机构1,286家', '共有定点医药机构1,286家',
              '追回医保基金2,316.58万元', '违约金428.64万元', '行政罚款119.10', '个人账户收入98,642.18万元',
              '现场检查定点医药机构', '2025年4月15日']:
        L.stated_once(V, s)
    L.stated(V, '104,120.45')
    L.check('report date after fiscal year', True, '2025年4月15日')
    for k, v in [('基金收入', t_in[0]), ('基金支出', t_out[0]), ('当期结余', t_bal[0]), ('累计结存', t_stock[0]),
                 ('职工收入', e_in[0]), ('居民收入', r_in[0]), ('居民当期结余', r_bal[0]), ('追回金额', rec_total)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'pages', L.facts['pages'], 'hdr pages', hdr_pages)


if __name__ == '__main__':
    main()
