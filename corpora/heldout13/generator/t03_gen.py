"""t03: 燕川市住房公积金2024年年度报告 (.html, tables with rowspan)."""
import os
from common import D, q, pct, growth, f, fi, Ledger, OUT
import html_text

NAME = 't03_yanchuan_housing_fund_annual_2024'
L = Ledger(NAME + '.html')

# ---------------------------------------------------------------- 缴存 / 提取 / 贷款 (亿元, 万人, 家)
units24, units23 = 12460, 11618
new_units, closed_units = 1286, 444
L.eq('净增单位 = 新开户 − 注销 = 本年 − 上年', new_units - closed_units, units24 - units23)
emp24, emp23 = D('58.72'), D('57.36')         # 万人
new_emp = D('4.12')
dep24, dep23 = D('98.46'), D('92.73')         # 缴存额 亿元
cumdep23 = D('793.88'); cumdep24 = cumdep23 + dep24
wd24, wd23 = D('71.25'), D('68.47')           # 提取额
cumwd23 = D('508.51'); cumwd24 = cumwd23 + wd24
bal23 = cumdep23 - cumwd23; bal24 = cumdep24 - cumwd24
L.eq('缴存余额 = 缴存总额 − 提取总额', bal24, D('312.58'))
L.eq('余额增加 = 缴存 − 提取', bal24 - bal23, dep24 - wd24)
wdp24, wdp23 = D('19.86'), D('19.12')         # 提取人数 万人
loan_n24, loan_n23 = 6842, 7143
loan24, loan23 = D('37.42'), D('39.86')       # 发放额
repaid = D('28.16')
lbal23 = D('237.12'); lbal24 = lbal23 + loan24 - repaid
L.eq('贷款余额 = 上年 + 发放 − 回收', lbal24, D('246.38'))
cumloan_n = D('9.86'); cumloan24 = D('372.15')
remote_n, remote_amt = 312, D('1.68')
L.check('异地贷款为发放额的一部分', remote_n < loan_n24 and remote_amt < loan24)
g = {
    'units': growth(units24, units23), 'emp': growth(emp24, emp23), 'dep': growth(dep24, dep23),
    'cumdep': growth(cumdep24, cumdep23), 'bal': growth(bal24, bal23), 'wdp': growth(wdp24, wdp23),
    'wd': growth(wd24, wd23), 'cumwd': growth(cumwd24, cumwd23), 'loan_n': growth(loan_n24, loan_n23),
    'loan': growth(loan24, loan23), 'lbal': growth(lbal24, lbal23)}
wd_ratio = pct(wd24, dep24)
lrate24 = pct(lbal24, bal24); lrate23 = pct(lbal23, bal23)
lrate_pp = lrate23 - lrate24
use_rate = pct(cumwd24 + lbal24, cumdep24)
per_loan = q(loan24 * 10000 / loan_n24)       # 万元/笔
deposits = {'活期': D('4.12'), '1年（含）以下定期': D('18.30'), '1年以上定期': D('42.64'),
            '其他（协定、通知存款等）': D('5.80')}
DEPOSIT = sum(deposits.values())
L.eq('存款合计', DEPOSIT, D('70.86'))

# ---------------------------------------------------------------- 财务 (万元)
inc = {'存款利息': D('16482.35'), '委托贷款利息': D('76215.84'), '国债利息': D('0.00'), '其他': D('48.20')}
exp = {'支付职工住房公积金利息': D('45268.73'), '归集手续费': D('0.00'), '委托贷款手续费': D('2286.48'), '其他': D('35.12')}
INC = sum(inc.values()); EXP = sum(exp.values()); VA = INC - EXP
INC23, EXP23 = D('89532.18'), D('44810.56'); VA23 = INC23 - EXP23
g_inc, g_exp, g_va = growth(INC, INC23), growth(EXP, EXP23), growth(VA, VA23)
avg_bal = D('299.12')                         # 月均缴存余额 亿元
va_rate = pct(VA, avg_bal * 10000)
risk = q(VA * D('0.6')); mgmt = D('4860.00'); rent = VA - risk - mgmt
L.eq('风险准备金 = 60% × 增值收益', pct(risk, VA), D('60.00'))
L.eq('分配合计 = 增值收益', risk + mgmt + rent, VA)
rent23_paid = D('12978.56')                   # 2023年度分配数, 2024年上缴
va23_risk = q(VA23 * D('0.6')); va23_mgmt = VA23 - va23_risk - rent23_paid
L.check('2023 分配可闭合（管理费用为正）', va23_mgmt > 0, va23_mgmt)
risk_bal23 = D('196420.18'); risk_bal24 = risk_bal23 + risk
risk_ratio = pct(risk_bal24, lbal24 * 10000)
mg = {'人员经费': D('2486.20'), '公用经费': D('1034.52'), '专项经费': D('1191.64')}
MG = sum(mg.values()); MG23 = D('4817.40')
g_mg = growth(MG, MG23)
L.check('管理费用支出 ≤ 提取的管理费用', MG <= mgmt)
overdue = D('286.54')
overdue_rate = q(overdue * 1000 / (lbal24 * 10000), 2)   # ‰

# ---------------------------------------------------------------- 社会经济效益
emp_type = [('国家机关和事业单位', 167120), ('国有企业', 113740), ('城镇集体企业', 7340),
            ('外商投资企业', 40050), ('城镇私营企业及其他城镇企业', 232770),
            ('民办非企业单位和社会团体', 12800), ('灵活就业人员', 11510)]
emp_type.append(('其他', int(emp24 * 10000) - sum(v for _, v in emp_type)))
L.eq('职工按单位性质合计 = 58.72万人', sum(v for _, v in emp_type), int(emp24 * 10000))
emp_sh = [(k, pct(v, emp24 * 10000)) for k, v in emp_type]
L.eq('单位性质占比合计', sum(s for _, s in emp_sh), D('100.00'))
wd_reason = [('住房消费类', [('购买、建造、翻建、大修自住住房', D('206340.00')), ('偿还购房贷款本息', D('312870.00')),
                          ('租赁住房', D('58420.00')), ('支持老旧小区改造', D('1260.00'))]),
             ('非住房消费类', [('离休和退休', D('92610.00')), ('丧失劳动能力且与单位终止劳动关系', D('28350.00')),
                           ('出境定居', D('0.00')), ('其他', D('12650.00'))])]
WD_W = sum(v for _, xs in wd_reason for _, v in xs)
L.eq('提取原因合计（万元）= 提取额', WD_W, wd24 * 10000)
wd_sh = {k: pct(v, WD_W) for _, xs in wd_reason for k, v in xs}
sum_wd_sh = sum(wd_sh.values())
L.eq('提取原因占比合计为100.01%（舍入）', sum_wd_sh, D('100.01'))
cat_amt = {c: sum(v for _, v in xs) for c, xs in wd_reason}
cat_sh = {c: pct(v, WD_W) for c, v in cat_amt.items()}
cat_yi = {c: q(v / 10000) for c, v in cat_amt.items()}
L.eq('两类占比合计', sum(cat_sh.values()), D('100.00'))
L.eq('两类亿元合计', sum(cat_yi.values()), wd24)
sum_nonhouse_parts = sum(wd_sh[k] for k, _ in wd_reason[1][1])
L.eq('非住房消费各项占比之和（18.76）与类别占比（18.75）相差舍入', sum_nonhouse_parts - cat_sh['非住房消费类'], D('0.01'))
L.check('两者都在舍入容差内', abs(sum_nonhouse_parts - cat_sh['非住房消费类']) <= D('0.02'))
area = [('90（含）平方米以下', 1126), ('90～144（含）平方米', 4918), ('144平方米以上', 798)]
age = [('30岁（含）以下', 2236), ('30岁～40岁（含）', 3118), ('40岁～50岁（含）', 1124), ('50岁以上', 364)]
newhouse, secondhand = 4105, 2737
first, second = 5986, 856
for nm, grp in [('面积', area), ('年龄', age)]:
    L.eq('贷款笔数按%s合计' % nm, sum(v for _, v in grp), loan_n24)
L.eq('新房 + 二手房', newhouse + secondhand, loan_n24)
L.eq('首次 + 二次', first + second, loan_n24)
area_sh = [(k, pct(v, loan_n24)) for k, v in area]
age_sh = [(k, pct(v, loan_n24)) for k, v in age]
L.eq('面积占比合计', sum(s for _, s in area_sh), D('100.00'))
L.eq('年龄占比合计', sum(s for _, s in age_sh), D('100.00'))
new_sh, sec_sh = pct(newhouse, loan_n24), pct(secondhand, loan_n24)
first_sh, second_sh = pct(first, loan_n24), pct(second, loan_n24)
L.eq('新房+二手房占比', new_sh + sec_sh, D('100.00'))
L.eq('首次+二次占比', first_sh + second_sh, D('100.00'))
house_wd24 = cat_amt['住房消费类']
contrib = pct(loan24 * 10000 + house_wd24, dep24 * 10000)
house_wd23 = D('54.05')
contrib23 = pct(loan23 + house_wd23, dep23)
contrib_pp = contrib23 - contrib
# policy
avg_wage = 9550; base_cap = avg_wage * 3; base_floor = 1900
month_cap = q(D(base_cap) * D('0.12') * 2, 0)
# enforcement
cases, closed = 14, 12

# ---------------------------------------------------------------- HTML
def tr(*cells):
    return '<tr>' + ''.join(cells) + '</tr>'
def td(x, rs=1, cs=1, cls=''):
    a = (' rowspan="%d"' % rs if rs > 1 else '') + (' colspan="%d"' % cs if cs > 1 else '') + (' class="%s"' % cls if cls else '')
    return '<td%s>%s</td>' % (a, x)
def th(x, rs=1, cs=1):
    a = (' rowspan="%d"' % rs if rs > 1 else '') + (' colspan="%d"' % cs if cs > 1 else '')
    return '<th%s>%s</th>' % (a, x)
def sg(x):
    return ('%s%%' % f(x)) if x < 0 else ('+%s%%' % f(x))

T1 = ['<table>', '<caption>表1  2024年住房公积金主要业务指标</caption>',
      tr(th('类别'), th('指标'), th('2024年'), th('2023年'), th('同比增减'))]
T1.append(tr(td('缴存', rs=5), td('实缴单位（家）'), td(fi(units24), cls='n'), td(fi(units23), cls='n'), td(sg(g['units']), cls='n')))
T1.append(tr(td('实缴职工（万人）'), td(f(emp24), cls='n'), td(f(emp23), cls='n'), td(sg(g['emp']), cls='n')))
T1.append(tr(td('缴存额（亿元）'), td(f(dep24), cls='n'), td(f(dep23), cls='n'), td(sg(g['dep']), cls='n')))
T1.append(tr(td('缴存总额（亿元）'), td(f(cumdep24), cls='n'), td(f(cumdep23), cls='n'), td(sg(g['cumdep']), cls='n')))
T1.append(tr(td('缴存余额（亿元）'), td(f(bal24), cls='n'), td(f(bal23), cls='n'), td(sg(g['bal']), cls='n')))
T1.append(tr(td('提取', rs=3), td('提取人数（万人）'), td(f(wdp24), cls='n'), td(f(wdp23), cls='n'), td(sg(g['wdp']), cls='n')))
T1.append(tr(td('提取额（亿元）'), td(f(wd24), cls='n'), td(f(wd23), cls='n'), td(sg(g['wd']), cls='n')))
T1.append(tr(td('提取总额（亿元）'), td(f(cumwd24), cls='n'), td(f(cumwd23), cls='n'), td(sg(g['cumwd']), cls='n')))
T1.append(tr(td('个人住房贷款', rs=4), td('发放笔数（笔）'), td(fi(loan_n24), cls='n'), td(fi(loan_n23), cls='n'), td(sg(g['loan_n']), cls='n')))
T1.append(tr(td('发放额（亿元）'), td(f(loan24), cls='n'), td(f(loan23), cls='n'), td(sg(g['loan']), cls='n')))
T1.append(tr(td('贷款余额（亿元）'), td(f(lbal24), cls='n'), td(f(lbal23), cls='n'), td(sg(g['lbal']), cls='n')))
T1.append(tr(td('个人住房贷款率'), td(f(lrate24) + '%', cls='n'), td(f(lrate23) + '%', cls='n'), td('-%s个百分点' % f(lrate_pp), cls='n')))
T1.append('</table>')

T2 = ['<table>', '<caption>表2  2024年住房公积金提取额按提取原因分类</caption>',
      tr(th('类别'), th('提取原因'), th('提取额（万元）'), th('占提取额比例'))]
for c, xs in wd_reason:
    first_row = True
    for k, v in xs:
        cells = [td(c, rs=len(xs) + 1)] if first_row else []
        cells += [td(k), td(f(v), cls='n'), td(f(wd_sh[k]) + '%', cls='n')]
        T2.append(tr(*cells)); first_row = False
    T2.append(tr(td('小计'), td(f(cat_amt[c]), cls='n'), td(f(cat_sh[c]) + '%', cls='n')))
T2.append(tr(td('合计', cs=2), td(f(WD_W), cls='n'), td('100.00%', cls='n')))
T2.append('</table>')

T3 = ['<table>', '<caption>表3  2024年业务收支及增值收益分配（单位：万元）</caption>',
      tr(th('项目', cs=2), th('2024年'), th('2023年'), th('同比增减'))]
T3.append(tr(td('业务收入', rs=5), td('合计'), td(f(INC), cls='n'), td(f(INC23), cls='n'), td(sg(g_inc), cls='n')))
for k, v in inc.items():
    T3.append(tr(td('其中：' + k if k == '存款利息' else k), td(f(v), cls='n'), td('—'), td('—')))
T3.append(tr(td('业务支出', rs=5), td('合计'), td(f(EXP), cls='n'), td(f(EXP23), cls='n'), td(sg(g_exp), cls='n')))
for k, v in exp.items():
    T3.append(tr(td('其中：' + k if k == '支付职工住房公积金利息' else k), td(f(v), cls='n'), td('—'), td('—')))
T3.append(tr(td('增值收益', cs=2), td(f(VA), cls='n'), td(f(VA23), cls='n'), td(sg(g_va), cls='n')))
T3.append(tr(td('增值收益分配', rs=3), td('贷款风险准备金'), td(f(risk), cls='n'), td('—'), td('—')))
T3.append(tr(td('管理费用'), td(f(mgmt), cls='n'), td('—'), td('—')))
T3.append(tr(td('城市公共租赁住房（廉租住房）建设补充资金'), td(f(rent), cls='n'), td('—'), td('—')))
T3.append('</table>')

sh_str = lambda pairs: '，'.join('%s占%s%%' % (k, f(s)) for k, s in pairs)

body = f"""
<h1>燕川市住房公积金2024年年度报告</h1>
<p class="c">燕川市住房公积金管理中心</p>
<p>根据国务院《住房公积金管理条例》和住房城乡建设部、财政部、中国人民银行《关于健全住房公积金信息披露制度的通知》（建金〔2015〕26号）的规定，经燕川市住房公积金管理委员会2025年3月20日第三次全体会议审议通过，现将燕川市住房公积金2024年年度报告公布如下：</p>

<h2>一、机构概况</h2>
<p>（一）住房公积金管理委员会。住房公积金管理委员会有委员27名，其中，市人民政府负责人和住房城乡建设、财政、人民银行等有关部门负责人以及有关专家占1/3，工会代表和职工代表占1/3，单位代表占1/3。2024年召开2次会议，审议通过的事项主要包括：《燕川市住房公积金2023年年度报告》、2024年住房公积金归集使用计划、2023年度增值收益分配方案、调整住房公积金缴存基数上下限等。</p>
<p>（二）住房公积金管理中心。燕川市住房公积金管理中心为直属燕川市人民政府的不以营利为目的的公益一类事业单位，设7个处（科），5个分中心（城区、东岭、西河、南湾、北坪分中心）。从业人员186人，其中，在编132人，非在编54人。</p>

<h2>二、业务运行情况</h2>
<p>（一）缴存。2024年，新开户单位{fi(new_units)}家，注销{closed_units}家，净增单位{units24 - units23}家；新开户职工{f(new_emp)}万人，净增职工{f(emp24 - emp23)}万人；实缴单位{fi(units24)}家，实缴职工{f(emp24)}万人，缴存额{f(dep24)}亿元，分别同比增长{f(g['units'])}%、{f(g['emp'])}%、{f(g['dep'])}%。2024年末，缴存总额{f(cumdep24)}亿元，比上年末增加{f(g['cumdep'])}%；缴存余额{f(bal24)}亿元，同比增长{f(g['bal'])}%。</p>
<p>（二）提取。2024年，{f(wdp24)}万名缴存职工提取住房公积金；提取额{f(wd24)}亿元，同比增长{f(g['wd'])}%；提取额占当年缴存额的{f(wd_ratio)}%，比上年减少{f(pct(wd23, dep23) - wd_ratio)}个百分点。2024年末，提取总额{f(cumwd24)}亿元，比上年末增加{f(g['cumwd'])}%。</p>
<p>（三）贷款。</p>
<p>1.个人住房贷款。个人住房贷款最高额度80万元，其中，单缴存职工最高额度60万元，双缴存职工最高额度80万元。2024年，发放个人住房贷款{fi(loan_n24)}笔、{f(loan24)}亿元，同比分别减少{loan_n23 - loan_n24}笔、下降{f(-g['loan'])}%，笔均贷款{f(per_loan)}万元。回收个人住房贷款{f(repaid)}亿元。2024年末，累计发放个人住房贷款{f(cumloan_n)}万笔、{f(cumloan24)}亿元，贷款余额{f(lbal24)}亿元，同比增长{f(g['lbal'])}%。个人住房贷款余额占缴存余额的{f(lrate24)}%，比上年末减少{f(lrate_pp)}个百分点。</p>
<p>2024年，发放异地贷款{remote_n}笔、{f(remote_amt)}亿元（已含在上述发放数中）。2024年末，发放异地贷款总额12.36亿元，异地贷款余额9.84亿元。2024年未发放公转商贴息贷款，当年贴息额为0。</p>
<p>2.住房公积金支持保障性住房建设项目贷款。2024年末，累计发放项目贷款2.40亿元，项目贷款余额为0（已于2022年全部收回）。</p>
<p>（四）购买国债。2024年未购买国债，年末国债余额为0。</p>
<p>（五）融资。2024年未发生融资。</p>
<p>（六）资金存储。2024年末，住房公积金存款{f(DEPOSIT)}亿元。其中，{'，'.join('%s%s亿元' % (k, f(v)) for k, v in deposits.items())}。</p>
<p>（七）资金运用率。2024年末，住房公积金个人住房贷款余额、项目贷款余额和购买国债余额的总和占缴存余额的{f(lrate24)}%，比上年末减少{f(lrate_pp)}个百分点。提取总额与个人住房贷款余额之和占缴存总额的比例（住房公积金使用率）为{f(use_rate)}%。</p>
{''.join(T1)}

<h2>三、主要财务数据</h2>
<p>（一）业务收入。2024年，业务收入{f(INC)}万元，同比增长{f(g_inc)}%。其中，{'，'.join('%s%s万元' % (k, f(v)) for k, v in inc.items())}。</p>
<p>（二）业务支出。2024年，业务支出{f(EXP)}万元，同比增长{f(g_exp)}%。其中，{'，'.join('%s%s万元' % (k, f(v)) for k, v in exp.items())}。</p>
<p>（三）增值收益。2024年，增值收益{f(VA)}万元，同比增长{f(g_va)}%；增值收益率（增值收益与月均缴存余额{f(avg_bal)}亿元的比率）为{f(va_rate)}%。</p>
<p>（四）增值收益分配。2024年，按增值收益的60%提取贷款风险准备金{f(risk)}万元，提取管理费用{f(mgmt)}万元，提取城市公共租赁住房（廉租住房）建设补充资金{f(rent)}万元。2024年，上交财政管理费用{f(mgmt)}万元；上缴财政城市公共租赁住房（廉租住房）建设补充资金{f(rent23_paid)}万元，为2023年度增值收益分配数，2024年度分配数将于2025年上缴。2024年末，贷款风险准备金余额{f(risk_bal24)}万元。</p>
<p>（五）管理费用支出。2024年，管理费用支出{f(MG)}万元，同比下降{f(-g_mg)}%。其中，{'，'.join('%s%s万元' % (k, f(v)) for k, v in mg.items())}。管理费用按燕川市财政局核定的预算执行，支出数小于提取数的部分留存财政。</p>
{''.join(T3)}

<h2>四、资产风险状况</h2>
<p>个人住房贷款。2024年末，个人住房贷款逾期额{f(overdue)}万元，逾期率{f(overdue_rate)}‰。2024年，提取个人贷款风险准备金{f(risk)}万元，使用个人贷款风险准备金核销呆坏账0.00万元。2024年末，个人贷款风险准备金余额{f(risk_bal24)}万元，占个人住房贷款余额的{f(risk_ratio)}%，个人住房贷款逾期额与个人贷款风险准备金余额的比率为{f(pct(overdue, risk_bal24))}%。</p>

<h2>五、社会经济效益</h2>
<p>（一）缴存业务。缴存职工中，{sh_str(emp_sh)}；中、低收入占92.64%，高收入占7.36%。全市1.25万家单位为职工缴存住房公积金。</p>
<p>（二）提取业务。提取金额中，{sh_str([(k, wd_sh[k]) for _, xs in wd_reason for k, _ in xs])}。提取职工中，中、低收入占89.36%，高收入占10.64%。</p>
<p>住房消费提取{f(cat_yi['住房消费类'])}亿元，占全部提取额的{f(cat_sh['住房消费类'])}%；非住房消费提取{f(cat_yi['非住房消费类'])}亿元，占{f(cat_sh['非住房消费类'])}%。各提取原因的占比分别四舍五入，合计为{f(sum_wd_sh)}%。</p>
{''.join(T2)}
<p>（三）贷款业务。职工贷款笔数中，购房建筑面积{sh_str(area_sh)}；购买新房占{f(new_sh)}%，购买存量商品住房（二手房）占{f(sec_sh)}%。职工贷款笔数中，首次申请贷款占{f(first_sh)}%，二次申请贷款占{f(second_sh)}%；借款人年龄{sh_str(age_sh)}。</p>
<p>（四）住房贡献率。2024年，个人住房贷款发放额、公转商贴息贷款发放额、项目贷款发放额、住房消费提取额的总和与当年缴存额的比率为{f(contrib)}%，比上年减少{f(contrib_pp)}个百分点。</p>

<h2>六、其他重要事项</h2>
<p>（一）缴存基数调整情况。自2024年7月1日起，住房公积金缴存基数上限调整为{fi(base_cap)}元，为2023年度全市城镇非私营单位在岗职工月平均工资{fi(avg_wage)}元的3倍；缴存基数下限为当地最低工资标准{fi(base_floor)}元。单位和职工缴存比例均为5%～12%，职工和单位月缴存额合计上限为{fi(month_cap)}元。</p>
<p>（二）灵活就业人员缴存试点。2024年全市灵活就业人员缴存职工1.15万人（已含在实缴职工中）。经市人民政府同意，自2025年1月1日起，灵活就业人员缴存试点由城区扩大至全市。</p>
<p>（三）行政执法情况。2024年，对未按规定缴存住房公积金的单位立案{cases}件，结案{closed}件，其余{cases - closed}件已申请人民法院强制执行。</p>
<p>（四）服务改进情况。2024年，“跨省通办”业务办理2.86万笔，线上业务办结率达到96.5%，较上年提高3.2个百分点。</p>
<p>（五）信息化建设情况。2024年，管理中心按照住房城乡建设部住房公积金基础数据标准完成业务系统升级改造，实现与市场监管、不动产登记、民政婚姻登记、社保等部门的数据共享，提取业务“零材料”办理事项增加到12项；接入全国住房公积金小程序，实现个人缴存信息查询、异地转移接续、提前还款等业务的线上办理。</p>
<p>（六）当年住房公积金管理中心及职工所获荣誉情况。2024年，管理中心城区分中心被授予省级“青年文明号”称号，1名职工获评市级“服务标兵”。</p>
<h2>七、名词解释</h2>
<p>1.缴存余额：指年末缴存总额扣除提取总额后的余额。</p>
<p>2.个人住房贷款率：指年末个人住房贷款余额占缴存余额的比率。</p>
<p>3.住房公积金使用率：指年末提取总额与个人住房贷款余额之和占缴存总额的比率，与资金运用率的计算口径不同。</p>
<p>4.增值收益率：指增值收益与月均缴存余额的比率，不以年末缴存余额计算。</p>
<p>5.住房消费提取：包括购买、建造、翻建、大修自住住房，偿还购房贷款本息，租赁住房和支持老旧小区改造等提取。</p>
<p class="r">燕川市住房公积金管理中心<br>2025年3月26日</p>
"""

HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>燕川市住房公积金2024年年度报告</title>
<style>
body{font-family:"SimSun",serif;max-width:960px;margin:2em auto;line-height:1.8}
h1,.c{text-align:center} .r{text-align:right}
table{border-collapse:collapse;margin:1em auto} td,th{border:1px solid #333;padding:2px 8px}
td.n{text-align:right} caption{font-weight:bold}
</style>
</head>
<body>
""" + body + """
</body>
</html>
"""

path = os.path.join(OUT, NAME + '.html')
with open(path, 'w', encoding='utf-8') as fh:
    fh.write(HTML)
V = html_text.visible_text(path)

# ---------------------------------------------------------------- assertions
for k, v in [('units', '7.25'), ('emp', '2.37'), ('dep', '6.18'), ('cumdep', '12.40'), ('bal', '9.53'),
             ('wdp', '3.87'), ('wd', '4.06'), ('cumwd', '14.01'), ('loan_n', '-4.21'), ('loan', '-6.12'),
             ('lbal', '3.91')]:
    L.eq('同比 ' + k, g[k], D(v))
L.eq('提取率 = 提取额/缴存额', wd_ratio, D('72.36'))
L.eq('个贷率2024', lrate24, D('78.82')); L.eq('个贷率2023', lrate23, D('83.09'))
L.eq('使用率', use_rate, D('92.58'))
L.eq('笔均贷款（万元）', per_loan, D('54.69'))
L.eq('业务收入同比', g_inc, D('3.59')); L.eq('业务支出同比', g_exp, D('6.20')); L.eq('增值收益同比', g_va, D('0.97'))
L.eq('增值收益', VA, D('45156.06'))
L.eq('增值收益率', va_rate, D('1.51'))
L.eq('管理费用同比', g_mg, D('-2.18'))
L.eq('逾期率（‰）', overdue_rate, D('0.12'))
L.eq('风险准备金/贷款余额', risk_ratio, D('9.07'))
L.eq('住房贡献率', contrib, D('96.80')); L.eq('上年住房贡献率', contrib23, D('101.27'))
L.eq('缴存基数上限 = 3 × 月平均工资', base_cap, 28650)
L.eq('月缴存额上限 = 上限 × 12% × 2', month_cap, D('6876'))
L.eq('实缴单位 万家', q(D(units24) / 10000), D('1.25'))
L.eq('净增职工', emp24 - emp23, D('1.36'))
L.eq('委员 27 = 3 × 9', 27 % 3, 0)
L.eq('分中心 5 个', len('城区、东岭、西河、南湾、北坪'.split('、')), 5)
L.eq('从业人员 186 = 132 + 54', 132 + 54, 186)
L.eq('中低 + 高 收入（缴存）', D('92.64') + D('7.36'), D('100.00'))
L.eq('中低 + 高 收入（提取）', D('89.36') + D('10.64'), D('100.00'))
L.stated(V, f(use_rate) + '%', '合计为100.01%', f(cat_sh['非住房消费类']) + '%', '0.12‰', '2025年3月26日',
         '2025年3月20日', '减少301笔', '1.25万家')
L.check('report dated after the fiscal year', True, '2025年3月26日 > 2024-12-31')
facts = {'缴存额亿元': dep24, '提取额亿元': wd24, '缴存余额': bal24, '贷款余额': lbal24, '个贷率': lrate24,
         '使用率': use_rate, '业务收入万元': INC, '业务支出万元': EXP, '增值收益万元': VA,
         '风险准备金': risk, '公租房补充资金': rent, '管理费用支出': MG, '住房贡献率': contrib,
         '提取原因占比合计': sum_wd_sh}
for k, v in facts.items():
    L.fact(k, v)
L.eq('灵活就业人员 1.15万人 = 1.96% 口径的人数', q(D(dict(emp_type)['灵活就业人员']) / 10000), D('1.15'))
L.eq('提取率较上年减少（百分点）', pct(wd23, dep23) - wd_ratio, D('1.48'))
L.eq('住房贡献率较上年减少（百分点）', contrib_pp, D('4.47'))
L.eq('逾期额/风险准备金余额', pct(overdue, risk_bal24), D('0.13'))
L.eq('住房消费类亿元', cat_yi['住房消费类'], D('57.89'))
L.stated(V, '比上年减少1.48个百分点', '比上年减少4.47个百分点', '1.15万人')
L.han(V)
L.write(NAME)
print(NAME, 'han', L.facts['han_chars'])
