"""t03: 祁川县 2024年度城乡居民基本养老保险基金决算情况说明 (.html, <div>-based layout, no <table>)."""
import os
import html
from common import D, q, pct, growth, f, fi, updown, Ledger, OUT
import html_text

NAME = 't03_qichuan_resident_pension_fund_final_2024'
L = Ledger(NAME + '.html')

# ------------------------------------------------------------------ people and standards
avg_recv = 98460                  # 月均领取待遇人数
std = {'中央': 123, '省级': 20, '县级': 15}
STD = sum(std.values())
STD23 = 138
old80, old80_std = 12480, 30      # 80周岁以上 月均人数, 高龄加发 元/人·月
yuan = lambda n, s: D(n) * D(s) * 12          # 元 per year
wan = lambda x: q(D(x) / 10000)
base_std_yuan = yuan(avg_recv, STD)
old_yuan = yuan(old80, old80_std)
base_part = {k: wan(yuan(avg_recv, v)) for k, v in std.items()}
BASE_EXP = wan(base_std_yuan + old_yuan)
L.eq('基础养老金 = 月均人数×158×12 + 高龄', BASE_EXP, wan(base_std_yuan) + wan(old_yuan))   # rounded parts add up
L.eq('分级之和 = 按158元计', sum(base_part.values()), wan(base_std_yuan))
funeral_n, funeral_std = 1862, 800
FUNERAL = wan(D(funeral_n) * funeral_std)
hard_n, hard_std = 18640, 100
HARD = wan(D(hard_n) * hard_std)
prov_pay_sub = D('1049.52')
cty_pay_sub = D('692.30')
sub_c = base_part['中央']
sub_p = base_part['省级'] + prov_pay_sub
sub_x = base_part['县级'] + wan(old_yuan) + HARD + cty_pay_sub
SUB = sub_c + sub_p + sub_x

# ------------------------------------------------------------------ fund (万元): (2024决算, 2024预算, 2023决算)
INC = [('个人缴费收入', D('6862.36'), D('6700.00'), D('6525.18')),
       ('政府补贴收入', SUB, D('20860.00'), D('20126.40')),
       ('集体补助收入', D('36.80'), D('40.00'), D('42.50')),
       ('利息收入', D('1284.65'), D('1250.00'), D('1206.32')),
       ('委托投资收益', D('326.48'), D('300.00'), D('298.10')),
       ('转移收入', D('62.18'), D('60.00'), D('54.90')),
       ('其他收入', D('8.40'), D('0.00'), D('6.12'))]
EXP = [('基础养老金支出', BASE_EXP, D('19200.00'), D('16634.59')),
       ('个人账户养老金支出', D('2146.38'), D('2200.00'), D('1986.50')),
       ('丧葬补助金支出', FUNERAL, D('160.00'), D('152.80')),
       ('转移支出', D('48.26'), D('60.00'), D('51.34')),
       ('其他支出', D('12.40'), D('0.00'), D('9.85'))]
tot = lambda rows, i: sum(r[i] for r in rows)
I24, IB, I23 = tot(INC, 1), tot(INC, 2), tot(INC, 3)
E24, EB, E23 = tot(EXP, 1), tot(EXP, 2), tot(EXP, 3)
BAL24, BALB, BAL23 = I24 - E24, IB - EB, I23 - E23
OPEN = D('68412.54')
CLOSE = OPEN + BAL24
OPEN23 = OPEN - BAL23
entrust = D('20000.00')
months = q(CLOSE * 12 / E24, 1)

# ------------------------------------------------------------------ insured
ins, ins23 = 365280, 368940
payers, recv_end = 248362, 99126
other = ins - payers - recv_end
hi_grade = 102475
hi_sh = pct(hi_grade, payers)
hi_sh23 = D('38.53')
per_pay = q(INC[0][1] * 10000 / payers)
monthly = q((BASE_EXP + EXP[1][1]) * 10000 / avg_recv / 12)
g_ins = growth(ins, ins23)
g_std = growth(STD, STD23)

# ------------------------------------------------------------------ html
H = []
def esc(s): return html.escape(s, quote=False)
def p(t): H.append('<p>%s</p>' % esc(t))
def h2(t): H.append('<div class="h2">%s</div>' % esc(t))
def h3(t): H.append('<div class="h3">%s</div>' % esc(t))
def tbl(cap, unit, head, rows, cls=''):
    H.append('<div class="tbl %s">' % cls)
    H.append('  <div class="cap">%s</div>' % esc(cap))
    H.append('  <div class="unit">%s</div>' % esc(unit))
    H.append('  <div class="tr th">' + ''.join('<span class="td">%s</span>' % esc(c) for c in head) + '</div>')
    for r in rows:
        cls_r = ' sub' if r[0].startswith('其中') or r[0].startswith('　') else ''
        H.append('  <div class="tr%s">' % cls_r + ''.join('<span class="td">%s</span>' % esc(c) for c in r) + '</div>')
    H.append('</div>')


def sgn(x):
    return ('+' if x > 0 else '') + f(x)


def rate_or_dash(a, b):
    return f(pct(a, b)) + '%' if b else '—'


def row(name, a, b, c):
    return [name, f(a), f(b), rate_or_dash(a, b), f(c), sgn(growth(a, c)) + '%']


H.append('<div class="doc-title">祁川县2024年度城乡居民基本养老保险基金决算情况说明</div>')
H.append('<div class="doc-meta"><span>发布机构：祁川县人力资源和社会保障局　祁川县财政局</span><span>发布日期：2025-06-18</span></div>')
p('根据《社会保险基金财务制度》和基金决算编报有关规定，现将祁川县2024年度城乡居民基本养老保险（以下简称“城乡居民养老保险”）基金决算情况说明如下。2024年度基金决算已经县人民政府同意，并报市人力资源和社会保障局、市财政局审核。')
h2('一、参保和待遇领取情况')
p('2024年末，全县城乡居民养老保险参保%s人，比上年末%s人减少%s人，%s%s%%，主要是部分参保人员转入城镇职工基本养老保险。参保人员中，16至59周岁缴费人员%s人，领取待遇人员%s人，暂停缴费或未缴费人员%s人。'
  % (fi(ins), fi(ins23), fi(ins23 - ins), updown(g_ins), f(abs(g_ins)), fi(payers), fi(recv_end), fi(other)))
p('2024年缴费人员中选择每人每年300元及以上缴费档次的%s人，占缴费人员的%s%%，比上年的%s%%提高%s个百分点，缴费档次结构继续优化。缴费人员人均缴费%s元。'
  % (fi(hi_grade), f(hi_sh), f(hi_sh23), f(hi_sh - hi_sh23), f(per_pay)))
p('2024年，全县基础养老金标准为每人每月%d元，其中中央确定的最低标准%d元、省级加发%d元、县级加发%d元，比上年的%d元提高%d元，增长%s%%。对80周岁以上领取待遇人员，县级每人每月另行加发高龄津贴%d元，高龄津贴通过基础养老金发放。'
  % (STD, std['中央'], std['省级'], std['县级'], STD23, STD - STD23, f(g_std), old80_std))
p('全年月均领取待遇人数%s人，领取待遇人员月人均养老金%s元（基础养老金和个人账户养老金合计除以月均领取人数，再除以12个月）。年末领取待遇人数%s人与月均人数口径不同。'
  % (fi(avg_recv), f(monthly), fi(recv_end)))
grades = [200, 300, 500, 800, 1000, 1500, 2000, 3000, 4000, 5000]
p('2024年，全县城乡居民养老保险个人缴费设%s元%s个档次，参保人员自主选择档次缴费，多缴多得。政府对选择200元档次缴费的参保人员每人每年补贴30元，对选择300元及以上档次缴费的，补贴标准随档次提高而相应提高，最高每人每年补贴150元。缴费补贴全部记入参保人员个人账户，与个人缴费一并计息。参保人员年满60周岁、累计缴费满15年的，可以按月领取城乡居民养老保险待遇。'
  % ('、'.join(map(str, grades)), '十'))
L.eq('缴费档次个数', len(grades), 10)
h2('二、基金收入情况')
p('2024年基金收入%s万元，为预算的%s%%，比上年增加%s万元，增长%s%%。'
  % (f(I24), f(pct(I24, IB)), f(I24 - I23), f(growth(I24, I23))))
p('（一）个人缴费收入%s万元，比上年增长%s%%。' % (f(INC[0][1]), f(growth(INC[0][1], INC[0][3]))))
p('（二）政府补贴收入%s万元，比上年增长%s%%。其中：中央财政补助%s万元，按月均领取人数×%d元×12个月核定，与基础养老金中的中央部分一致；省级财政补助%s万元，包括基础养老金加发部分%s万元和缴费补贴%s万元；县级财政补贴%s万元，其中加发基础养老金%s万元、高龄津贴%s万元、为困难群体代缴保费%s万元，其余为缴费补贴。'
  % (f(SUB), f(growth(SUB, INC[1][3])), f(sub_c), std['中央'], f(sub_p), f(base_part['省级']), f(prov_pay_sub),
     f(sub_x), f(base_part['县级']), f(wan(old_yuan)), f(HARD)))
p('县级为低保对象、特困人员、返贫致贫人口和重度残疾人等困难群体%s人按每人每年%d元代缴城乡居民养老保险费，共计%s万元，代缴部分计入政府补贴收入，不计入个人缴费收入。'
  % (fi(hard_n), hard_std, f(HARD)))
p('（三）集体补助收入%s万元，比上年下降%s%%，主要是部分村集体经济组织当年未安排补助。'
  % (f(INC[2][1]), f(-growth(INC[2][1], INC[2][3]))))
p('（四）利息收入%s万元，委托投资收益%s万元，转移收入%s万元，其他收入%s万元。其他收入主要为追回的冒领待遇，年初未作预算。'
  % (f(INC[3][1]), f(INC[4][1]), f(INC[5][1]), f(INC[6][1])))
h2('三、基金支出情况')
p('2024年基金支出%s万元，为预算的%s%%，比上年增加%s万元，增长%s%%。'
  % (f(E24), f(pct(E24, EB)), f(E24 - E23), f(growth(E24, E23))))
p('（一）基础养老金支出%s万元，比上年增长%s%%，主要是基础养老金标准提高。按月均领取人数计算，%s人×%d元×12个月＝%s元（%s万元），加高龄津贴%s人×%d元×12个月＝%s元（%s万元），合计%s万元。'
  % (f(BASE_EXP), f(growth(BASE_EXP, EXP[0][3])), fi(avg_recv), STD, f(base_std_yuan), f(wan(base_std_yuan)),
     fi(old80), old80_std, f(old_yuan), f(wan(old_yuan)), f(BASE_EXP)))
p('（二）个人账户养老金支出%s万元，比上年增长%s%%。' % (f(EXP[1][1]), f(growth(EXP[1][1], EXP[1][3]))))
p('（三）丧葬补助金支出%s万元，全年为%s名去世的领取待遇人员按每人%d元标准发放，比上年下降%s%%。'
  % (f(FUNERAL), fi(funeral_n), funeral_std, f(-growth(FUNERAL, EXP[2][3]))))
p('（四）转移支出%s万元，其他支出%s万元。其他支出为参保人员重复领取待遇的清退和个人账户余额退还，年初未作预算。'
  % (f(EXP[3][1]), f(EXP[4][1])))
h2('四、基金结余情况')
p('2024年基金本年收支结余%s万元，比上年的%s万元减少%s万元，下降%s%%，主要是基础养老金标准提高后支出增幅大于收入增幅。'
  % (f(BAL24), f(BAL23), f(BAL23 - BAL24), f(-growth(BAL24, BAL23))))
p('年初滚存结余%s万元，加本年收支结余%s万元，年末滚存结余%s万元，可支付%s个月（年末滚存结余÷本年月均基金支出）。年末滚存结余中，委托全国社会保障基金理事会投资运营%s万元（累计委托2.00亿元），其余存放于财政专户。'
  % (f(OPEN), f(BAL24), f(CLOSE), months, f(entrust)))
tbl('表1  2024年度城乡居民养老保险基金收支决算表', '单位：万元',
    ['项目', '2024年决算数', '2024年预算数', '预算完成（%）', '2023年决算数', '同比增减（%）'],
    [row('一、基金收入', I24, IB, I23)] + [row('　' + n, a, b, c) for n, a, b, c in INC]
    + [row('二、基金支出', E24, EB, E23)] + [row('　' + n, a, b, c) for n, a, b, c in EXP]
    + [row('三、本年收支结余', BAL24, BALB, BAL23)], 'money')
H.append('<div class="note">注：其他收入、其他支出年初未作预算，预算完成（%）以“—”表示。同比增减为负数表示下降。</div>')
tbl('表2  2024年度城乡居民养老保险参保及待遇情况表', '单位：人、元/人·月',
    ['项目', '2024年', '2023年', '增减'],
    [['年末参保人数', fi(ins), fi(ins23), sgn(D(ins - ins23)).replace('.00', '')],
     ['其中：缴费人员', fi(payers), '—', '—'],
     ['　　　领取待遇人员（年末）', fi(recv_end), '—', '—'],
     ['月均领取待遇人数', fi(avg_recv), '—', '—'],
     ['基础养老金标准', str(STD), str(STD23), '+%d' % (STD - STD23)],
     ['300元及以上档次缴费人员占比（%）', f(hi_sh), f(hi_sh23), '+' + f(hi_sh - hi_sh23)]], 'people')
h2('五、基金管理情况')
p('一是落实基金收支两条线管理，基金收入户、支出户和财政专户按规定设置，基金实行专款专用。二是推进“社银一体化”经办服务，全县19个乡镇均可就近办理参保登记、缴费档次变更和待遇申领，待遇按月足额发放到领取人员社会保障卡。三是开展城乡居民养老保险待遇领取资格认证，全年比对死亡、服刑等信息%s万条，追回冒领待遇8.40万元。四是完成2023年度个人账户记账利息计算和到账工作，记账利率按国家公布的利率执行。五是配合审计部门开展基金专项审计，审计发现的问题已全部整改。'
  % ('6.82'))
h2('六、基金运行分析')
p('从收入看，基金收入增长主要来自政府补贴和个人缴费。基础养老金标准提高后，中央和省级补助相应增加；个人缴费收入增长快于缴费人数变化，反映出较高档次缴费人员比重上升。集体补助收入规模较小且有所下降，村集体对参保人员的补助机制尚未普遍建立。')
p('从支出看，基础养老金支出占基金支出的%s%%，是基金支出的主体，其增长主要受基础养老金标准提高影响；个人账户养老金支出随领取人员个人账户积累增加而稳步增长。领取待遇人员持续增加，基金支出增幅高于收入增幅，本年收支结余有所减少。'
  % f(pct(BASE_EXP, E24)))
p('从结余看，基金累计结余继续增加，可支付月数处于较高水平，基金运行总体平稳。但随着人口老龄化程度加深和待遇标准逐步提高，基金收支结余可能继续收窄，需要进一步扩大参保覆盖面，引导参保人员选择较高档次缴费，提高个人账户积累水平。')
h2('七、需要说明的事项')
p('（一）本说明所称“上年”指2023年度决算数，“预算”指经县人民代表大会批准的2024年社会保险基金预算。')
p('（二）基金收支中的中央和省级补助以县财政实际收到的资金计列，与上级下达的预算指标存在时间差异。2024年12月下达的省级缴费补贴清算资金已于当月到账，计入本年收入。')
p('（三）委托投资运营资金仍属本县基金，其收益计入委托投资收益；委托投资金额不单列为基金支出。')
p('（四）本说明中的人数为全年实际数，不含已转入城镇职工基本养老保险后注销的参保人员；领取待遇人员包括按月领取基础养老金的60周岁以上参保人员和已领取但尚未办理注销的人员。')
p('（五）2025年1月1日起，县级加发基础养老金标准调整为每人每月20元，相关支出在2025年基金预算中安排。')
h2('八、名词解释')
p('1.基础养老金：由政府全额支付，对符合领取条件的参保人员按月发放，中央确定最低标准，地方可以提高标准，对长期缴费、高龄人员可以适当加发。')
p('2.个人账户养老金：参保人员个人账户全部储存额除以计发系数后按月发放，个人账户资金来源于个人缴费、集体补助、政府缴费补贴及其利息。')
p('3.本年收支结余：本年基金收入减去本年基金支出后的差额。')
p('4.滚存结余：截至年末历年基金收支相抵后的累计结余，等于年初滚存结余加本年收支结余。')
p('5.可支付月数：年末滚存结余除以本年月均基金支出，反映累计结余可以支付基金支出的时间长度。')
p('6.委托投资收益：按规定委托全国社会保障基金理事会投资运营的基金取得的收益，按照收益分配方案计入基金收入。')
p('7.转移收入、转移支出：参保人员跨统筹地区转移城乡居民养老保险关系时，随同转入或者转出的个人账户储存额。')
H.append('<div class="sign"><div>祁川县人力资源和社会保障局</div><div>祁川县财政局</div><div>2025年6月18日</div></div>')

CSS = """
body{font-family:"SimSun","Songti SC",serif;max-width:920px;margin:24px auto;line-height:1.9;color:#222}
.doc-title{font-size:22px;font-weight:bold;text-align:center;margin:12px 0}
.doc-meta{display:flex;justify-content:space-between;color:#666;font-size:13px;border-bottom:1px solid #ccc;padding-bottom:6px}
.h2{font-size:17px;font-weight:bold;margin:18px 0 6px}
p{text-indent:2em;margin:4px 0}
.tbl{display:grid;margin:12px 0;border-top:1px solid #444;border-left:1px solid #444}
.tbl .cap{font-weight:bold;text-align:center;border-right:1px solid #444;padding:4px}
.tbl .unit{text-align:right;font-size:12px;border-right:1px solid #444;border-bottom:1px solid #444;padding:2px 6px}
.tbl .tr{display:grid}
.money .tr{grid-template-columns:2.4fr 1.2fr 1.2fr 1fr 1.2fr 1fr}
.people .tr{grid-template-columns:3fr 1.2fr 1.2fr 1fr}
.tbl .td{border-right:1px solid #444;border-bottom:1px solid #444;padding:2px 6px;text-align:right}
.tbl .td:first-child{text-align:left}
.tbl .th .td{font-weight:bold;text-align:center;background:#eee}
.note{font-size:12px;color:#444}
.sign{text-align:right;margin-top:24px}
"""


def main():
    doc = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
           '<title>祁川县2024年度城乡居民基本养老保险基金决算情况说明</title>\n<style>%s</style>\n</head>\n<body>\n'
           '<div class="article">\n%s\n</div>\n</body>\n</html>\n' % (CSS, '\n'.join(H)))
    path = os.path.join(OUT, NAME + '.html')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(doc)
    L.check('no <table> element (div-based layout)', '<table' not in doc)
    V = html_text.visible_text(path)
    L.eq('基础养老金标准 158', STD, 158); L.eq('标准增长', g_std, D('14.49'))
    L.eq('政府补贴 = 中央 + 省 + 县', SUB, sub_c + sub_p + sub_x)
    L.eq('中央补助 = 月均人数 × 123 × 12', sub_c, wan(D(avg_recv) * 123 * 12))
    L.eq('参保 = 缴费 + 领取 + 其他', payers + recv_end + other, ins)
    L.eq('丧葬 = 1,862 × 800', FUNERAL, D('148.96'))
    L.eq('代缴 = 18,640 × 100', HARD, D('186.40'))
    L.eq('年末 = 年初 + 本年结余', CLOSE, OPEN + I24 - E24)
    L.eq('收入 = Σ', I24, sum(r[1] for r in INC)); L.eq('支出 = Σ', E24, sum(r[1] for r in EXP))
    L.check('委托投资 ≤ 年末结余', entrust <= CLOSE)
    L.eq('委托 2.00亿元 = 20,000.00万元', q(entrust / 10000), D('2.00'))
    L.eq('个百分点', hi_sh - hi_sh23, D('2.73'))
    L.check('参保减少 → 下降', g_ins < 0, g_ins)
    L.check('结余下降', BAL24 < BAL23)
    L.check('集体补助下降', INC[2][1] < INC[2][3])
    L.check('丧葬下降', FUNERAL < EXP[2][3])
    L.eq('可支付月数', months, q(CLOSE * 12 / E24, 1))
    for s in ['年末滚存结余%s万元' % f(CLOSE), '丧葬补助金支出148.96万元', '提高2.73个百分点', '占缴费人员的41.26%',
              '比上年的38.53%', '年初滚存结余68,412.54万元', '加本年收支结余%s万元' % f(BAL24), '按每人800元标准',
              '为%s名去世' % fi(funeral_n), '2025年6月18日']:
        L.stated_once(V, s)
    L.check('report date after fiscal year', True, '2025年6月18日')
    for k, v in [('收入', I24), ('支出', E24), ('本年结余', BAL24), ('年初结余', OPEN), ('年末结余', CLOSE),
                 ('政府补贴', SUB), ('基础养老金', BASE_EXP), ('可支付月数', months), ('月人均养老金', monthly),
                 ('人均缴费', per_pay), ('收入增长', growth(I24, I23)), ('支出增长', growth(E24, E23))]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'], 'close', CLOSE, 'months', months, 'bal', BAL24, BAL23)


if __name__ == '__main__':
    main()
