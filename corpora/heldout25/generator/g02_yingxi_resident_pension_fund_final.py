"""t02 - 四川省蓥溪县 2024年度城乡居民基本养老保险基金决算情况说明 (docx, 行次 table, （）negatives)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hk25 import *

NAME = 't02_yingxi_resident_pension_fund_final_2024'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), NAME + '.docx')

def paren(x):
    """negative amounts written in full-width parentheses"""
    v = q(x)
    return f'（{f(-v)}）' if v < 0 else f(v)

def build():
    L = Ledger(NAME + '.docx')
    M = []
    tiers = [('100元档次（含政府代缴）', 96214, D(100)), ('200元档次', 31508, D(200)), ('300元档次', 18736, D(300)),
             ('500元档次', 12945, D(500)), ('1000元档次', 6873, D(1000)), ('2000元及以上档次', 2144, None)]
    top_amt = D('512.36')
    tier_amt = [q(n * lv / 10000) if lv else top_amt for _, n, lv in tiers]
    pay_n = sum(n for _, n, _ in tiers)
    indiv = ssum(tier_amt)
    gov = [('中央财政补助', D('18642.37'), D('17812.06')), ('省级财政补助', D('2917.55'), D('2803.90')),
           ('市级财政补助', D('1046.80'), D('987.15')), ('县级财政补助', D('1873.26'), D('1300.03'))]
    gov_t, gov_p = ssum([a for _, a, _ in gov]), ssum([b for _, _, b in gov])
    other_in = [('集体补助收入', D('36.50'), D('41.20')), ('利息收入', D('2318.46'), D('2105.77')),
                ('转移收入', D('74.92'), D('63.18')), ('其他收入', D('12.08'), D('15.36'))]
    indiv_p = D('3862.40')
    rev = indiv + gov_t + ssum([a for _, a, _ in other_in])
    rev_p = indiv_p + gov_p + ssum([b for _, _, b in other_in])
    outs = [('基础养老金支出', D('21694.38'), D('20415.92')), ('个人账户养老金支出', D('3126.75'), D('2958.31')),
            ('丧葬补助金支出', D('418.20'), D('396.60')), ('转移支出', D('81.34'), D('70.25')),
            ('其他支出', D('9.60'), D('11.42'))]
    exp, exp_p = ssum([a for _, a, _ in outs]), ssum([b for _, _, b in outs])
    bal, bal_p = rev - exp, rev_p - exp_p
    open_, = (D('68420.55'),)
    close = open_ + bal
    open_p = open_ - bal_p
    # people
    insured, insured_p, retirees, retirees_p = 312458, 309872, 98763, 95417
    age_band = insured - retirees
    pay_rate = pct(pay_n, age_band)
    avg_month = q((outs[0][1] + outs[1][1]) * 10000 / retirees / 12)
    months = q(close / (exp / 12), 1)
    entrusted = D('30000.00')

    Fs = f
    M.append(TITLE('蓥溪县2024年度城乡居民基本养老保险基金决算情况说明'))
    M.append(SUB('蓥溪县社会保险事业管理中心　蓥溪县财政局'))
    M.append(P('根据《四川省人力资源和社会保障厅　四川省财政厅关于做好2024年度社会保险基金决算工作的通知》要求，我县编制完成了2024年度城乡居民基本养老保险基金决算，经县财政局审核、县人民政府同意，现将有关情况说明如下。本说明所列金额单位除特别注明外均为万元，人数单位为人。'))
    M.append(H1('一、基本情况'))
    g_ins = growth(insured, insured_p)
    L.growth('年末参保人数', fp(g_ins), f(insured, 0), f(insured_p, 0), '增长')
    L.diff('缴费年龄段人数 = 参保 - 领取待遇', f(age_band, 0), f(insured, 0), [f(retirees, 0)])
    L.rate('缴费率 (缴费人数 / 缴费年龄段)', fp(pay_rate), f(pay_n, 0), f(age_band, 0))
    M.append(P(f'截至2024年末，全县城乡居民基本养老保险参保人数{f(insured, 0)}人，比上年末{f(insured_p, 0)}人增长{fp(g_ins)}。其中，领取待遇人数{f(retirees, 0)}人（上年末{f(retirees_p, 0)}人），16—59周岁缴费年龄段参保人员{f(age_band, 0)}人。全年实际缴费人数{f(pay_n, 0)}人，缴费率为{fp(pay_rate)}。缴费率按实际缴费人数除以缴费年龄段参保人数计算，不含已领取待遇人员。'))
    M.append(P('2024年，县人力资源和社会保障局联合乡镇（街道）开展“全民参保”专项行动，逐户比对户籍、死亡、服刑等数据，清理重复参保和不符合参保条件人员，并将新增的60周岁以上符合条件人员及时纳入待遇发放范围。对最低生活保障对象、特困人员、返贫致贫人口、重度残疾人等缴费困难群体，由县财政按最低缴费档次为其代缴养老保险费。'))
    M.append(P('2024年，我县继续执行省定城乡居民基本养老保险缴费档次和缴费补贴标准。个人缴费设100元至5000元共十四个档次，参保人员自主选择档次缴费，多缴多得。政府对参保人员缴费给予补贴，补贴标准随缴费档次提高而提高：选择100元档次的补贴30元，选择200元档次的补贴40元，选择300元档次的补贴50元，选择500元档次的补贴70元，选择1000元及以上档次的补贴不低于100元。缴费补贴全部记入参保人员个人账户。对重度残疾人等缴费困难群体，政府在为其代缴最低标准养老保险费的同时，仍按规定给予缴费补贴。'))
    M.append(P('在待遇方面，2024年7月起，我县按照国家和省统一部署提高城乡居民基础养老金最低标准，并同步落实高龄加发和长缴费加发政策，调整后的待遇已于当月补发到位。调整所需资金由中央、省、市、县各级财政按规定比例分担，其中县级分担部分已足额纳入年初预算，并在年中调整预算时据实追加。'))
    M.append(H1('二、基金收入决算情况'))
    L.sum('个人缴费 = 6 档次金额', Fs(indiv), [Fs(a) for a in tier_amt])
    L.sum('缴费人数 = 6 档次人数', f(pay_n, 0), [f(n, 0) for _, n, _ in tiers])
    for (nm, n, lv), a in zip(tiers, tier_amt):
        if lv:
            L.prod(f'{nm} 缴费金额 = 人数 × 档次', Fs(a), f(n, 0), str(lv), '10000')
    L.sum('政府补贴收入 = 四级', Fs(gov_t), [Fs(a) for _, a, _ in gov])
    L.sum('基金收入合计', Fs(rev), [Fs(indiv), Fs(gov_t)] + [Fs(a) for _, a, _ in other_in])
    g_rev = growth(rev, rev_p)
    L.growth('基金收入合计', fp(g_rev), Fs(rev), Fs(rev_p), '增长')
    sh_gov = pct(gov_t, rev)
    L.rate('政府补贴 所占比重', fp(sh_gov), Fs(gov_t), Fs(rev))
    M.append(P(f'2024年全县城乡居民基本养老保险基金收入合计{Fs(rev)}万元，比上年{Fs(rev_p)}万元增长{fp(g_rev)}。具体为：'))
    M.append(P(f'（一）个人缴费收入{Fs(indiv)}万元。各档次缴费情况为：' + '；'.join(
        f'{nm}{f(n, 0)}人、{Fs(a)}万元' for (nm, n, _), a in zip(tiers, tier_amt)) + '。其中政府代缴部分按100元档次计入个人缴费收入。'))
    M.append(P(f'（二）政府补贴收入{Fs(gov_t)}万元，所占比重为{fp(sh_gov)}，包括' + '、'.join(f'{nm}{Fs(a)}万元' for nm, a, _ in gov) + '。政府补贴收入既包括基础养老金补助，也包括缴费补贴和代缴补助。'))
    M.append(P(f'（三）集体补助收入{Fs(other_in[0][1])}万元，来源于部分村集体经济组织对本村参保人员的补助。'))
    M.append(P(f'（四）利息收入{Fs(other_in[1][1])}万元，为基金财政专户和收入户、支出户存款利息。委托省级统一投资运营的基金{Fs(entrusted)}万元当年取得的投资收益按规定于次年记账，本年利息收入中不含该部分收益。'))
    M.append(P(f'（五）转移收入{Fs(other_in[2][1])}万元，其他收入{Fs(other_in[3][1])}万元，主要为追回以前年度违规领取的待遇及滞纳金。'))
    M.append(H1('三、基金支出决算情况'))
    L.sum('基金支出合计', Fs(exp), [Fs(a) for _, a, _ in outs])
    g_exp = growth(exp, exp_p)
    L.growth('基金支出合计', fp(g_exp), Fs(exp), Fs(exp_p), '增长')
    L.quot('人均月养老金 (元)', Fs(avg_month), Fs(outs[0][1] + outs[1][1]), f(retirees * 12, 0), '10000')
    L.sum('基础 + 个人账户', Fs(outs[0][1] + outs[1][1]), [Fs(outs[0][1]), Fs(outs[1][1])])
    M.append(P(f'2024年全县城乡居民基本养老保险基金支出合计{Fs(exp)}万元，比上年{Fs(exp_p)}万元增长{fp(g_exp)}。其中：基础养老金支出{Fs(outs[0][1])}万元，个人账户养老金支出{Fs(outs[1][1])}万元，丧葬补助金支出{Fs(outs[2][1])}万元，转移支出{Fs(outs[3][1])}万元，其他支出{Fs(outs[4][1])}万元。'))
    M.append(P(f'全年按时足额发放养老金，基础养老金和个人账户养老金合计{Fs(outs[0][1] + outs[1][1])}万元，按年末领取待遇人数{f(retirees, 0)}人、全年{f(retirees * 12, 0)}人月计算，人均月养老金{Fs(avg_month)}元。基础养老金含对65周岁以上老年人的高龄加发部分和对缴费年限超过15年人员的长缴费加发部分，因此人均水平高于基础养老金最低标准。丧葬补助金按每人一次性标准发放，支出增减随当年死亡人数变化。'))
    M.append(P('从支出结构看，基础养老金支出是基金支出的主体，其增长主要来自两个方面：一是年中提高基础养老金最低标准，二是新增领取待遇人员增加。个人账户养老金支出随参保人员个人账户积累额的增加而稳步增长。转移支出为参保人员跨统筹地区转移养老保险关系时转出的个人账户储存额，其他支出主要为个人账户余额一次性退还等。各项支出均按照规定的项目和标准列支，没有发生超范围支出。'))
    M.append(H1('四、基金结余情况'))
    L.diff('本年收支结余 = 收入 - 支出', Fs(bal), Fs(rev), [Fs(exp)])
    L.sum('年末滚存结余 = 年初 + 本年结余', Fs(close), [Fs(open_), Fs(bal)])
    g_close = growth(close, open_)
    L.growth('年末滚存结余 比上年末', fp(g_close), Fs(close), Fs(open_), '增长')
    L.quot('可支付月数', f(months, 1), Fs(close), Fs(exp), '12')
    L.le('委托投资 within 滚存结余', Fs(entrusted), Fs(close))
    M.append(P(f'2024年基金本年收支结余{Fs(bal)}万元，年初滚存结余{Fs(open_)}万元，年末滚存结余{Fs(close)}万元，比上年末增长{fp(g_close)}。按2024年月均支出水平计算，年末滚存结余可支付{f(months, 1)}个月。年末滚存结余中，委托省级统一投资运营{Fs(entrusted)}万元，其余存放于基金财政专户。上年本年收支结余为{Fs(bal_p)}万元，本年结余较上年有所增加，主要是政府补贴收入增长快于待遇支出增长。'))
    # ---- tables
    M.append(H1('五、决算报表'))
    M.append(P('本年决算报表由表1基金收支决算表和表2个人缴费分档次情况表组成。表1“上年决算数”栏数据取自经审核批复的2023年度基金决算，“年初滚存结余”栏上年数为2023年初数。'))
    rows = [['项目', '行次', '本年决算数', '上年决算数', '增减额', '增减率（%）']]
    ln = [0]
    def row(nm, a, b, check=True):
        ln[0] += 1
        d = q(a) - q(b)
        r = growth(a, b)
        rows.append([nm, str(ln[0]), Fs(a), Fs(b), paren(d), f(r)])
        if check:
            L.diff(f'表1 {nm} 增减额', paren(d), Fs(a), [Fs(b)])
            L.growth(f'表1 {nm} 增减率', f(abs(r)), Fs(a), Fs(b), '增长' if r >= 0 else '下降')
    row('一、基金收入合计', rev, rev_p)
    row('（一）个人缴费收入', indiv, indiv_p)
    row('（二）政府补贴收入', gov_t, gov_p)
    for nm, a, b in gov:
        row('其中：' + nm if nm.startswith('中央') else '　　　' + nm, a, b)
    for i, (nm, a, b) in enumerate(other_in):
        row('（' + '三四五六'[i] + '）' + nm, a, b)
    row('二、基金支出合计', exp, exp_p)
    for i, (nm, a, b) in enumerate(outs):
        row('（' + '一二三四五'[i] + '）' + nm, a, b)
    row('三、本年收支结余', bal, bal_p)
    row('四、年初滚存结余', open_, open_p)
    row('五、年末滚存结余', close, open_)
    L.sum('表1 上年 基金收入合计', Fs(rev_p), [Fs(indiv_p), Fs(gov_p)] + [Fs(b) for _, _, b in other_in])
    L.sum('表1 上年 政府补贴', Fs(gov_p), [Fs(b) for _, _, b in gov])
    L.sum('表1 上年 基金支出合计', Fs(exp_p), [Fs(b) for _, _, b in outs])
    L.diff('表1 上年 收支结余', Fs(bal_p), Fs(rev_p), [Fs(exp_p)])
    L.sum('表1 上年 年末滚存 = 上年年初 + 上年结余', Fs(open_), [Fs(open_p), Fs(bal_p)])
    M.append(TABLE('表1　蓥溪县2024年度城乡居民基本养老保险基金收支决算表', rows, '单位：万元'))
    rows2 = [['缴费档次', '缴费人数（人）', '缴费金额（万元）', '占个人缴费比重（%）']]
    shares = [pct(a, indiv) for a in tier_amt]
    for (nm, n, _), a, s in zip(tiers, tier_amt, shares):
        rows2.append([nm, f(n, 0), Fs(a), f(s)])
        L.rate(f'表2 {nm} 比重', f(s), Fs(a), Fs(indiv))
    rows2.append(['合计', f(pay_n, 0), Fs(indiv), f(ssum(shares))])
    L.sum('表2 比重合计', f(ssum(shares)), [f(s) for s in shares])
    M.append(TABLE('表2　2024年度个人缴费分档次情况表', rows2, ''))
    M.append(P(f'注：表2比重合计为{f(ssum(shares))}%，各档次比重按四舍五入保留两位小数计算。表1增减额栏中带括号的数字为减少数。'))
    M.append(H1('六、基金管理情况'))
    recov_n, recov = 137, D('9.64')
    L.le('追回违规领取待遇 within 其他收入', Fs(recov), Fs(other_in[3][1]))
    M.append(P(f'（一）财政专户管理。基金收入户、支出户和财政专户均在县内国有商业银行开设，基金收支严格实行收支两条线管理，收入户资金按月划转财政专户，支出户除接收财政专户拨付的基金和支付基金支出款项外不发生其他业务。全年未发生挤占挪用基金的情况。'))
    M.append(P(f'（二）待遇稽核。全年通过数据比对和入户核查，发现死亡后继续领取待遇、重复领取待遇等问题{recov_n}人，追回违规领取的待遇{Fs(recov)}万元，已全部计入其他收入；对无法追回的个别案例，已依法移送有关部门处理。'))
    M.append(P('（三）内部控制。县社会保险事业管理中心完善了经办风险防控制度，对参保登记、待遇核定、待遇支付、关系转移等关键环节实行分岗设权、分级审批，并定期开展内部稽核和交叉检查。县财政局、县审计局按规定对基金收支进行了监督检查，未发现重大违规问题。'))
    bud_rev, bud_exp = D('32180.00'), D('27060.00')
    g_br, g_be = growth(bud_rev, rev, 1), growth(bud_exp, exp, 1)
    L.growth('2025年 收入预算 比2024年决算', f(g_br, 1) + '%', Fs(bud_rev), Fs(rev), '增长')
    L.growth('2025年 支出预算 比2024年决算', f(g_be, 1) + '%', Fs(bud_exp), Fs(exp), '增长')
    M.append(P(f'（四）2025年基金预算安排。经县人民代表大会审查批准，2025年城乡居民基本养老保险基金收入预算{Fs(bud_rev)}万元，比2024年决算数增长{f(g_br, 1)}%；支出预算{Fs(bud_exp)}万元，比2024年决算数增长{f(g_be, 1)}%。预算编制已考虑2025年基础养老金标准再次提高的因素。'))
    M.append(H1('七、基金运行分析及下一步工作'))
    M.append(P('从运行情况看，全县城乡居民基本养老保险基金收支平稳，待遇按时足额发放，基金滚存结余保持增长，可支付能力较强。但也存在以下问题：一是缴费档次偏低，选择100元档次（含政府代缴）的人数占缴费人数的一半以上，个人账户积累水平不高，影响参保人员将来的待遇水平；二是基金收入对政府补贴的依赖程度较高，个人缴费收入占比偏低；三是部分乡镇参保信息动态管理不及时，存在死亡后冒领待遇的风险。'))
    M.append(P('下一步，我县将重点做好以下工作：一是加大政策宣传力度，引导参保人员选择较高档次缴费，落实“多缴多得、长缴多得”的激励机制；二是做好与民政、公安、卫生健康、残联等部门的数据共享，每月开展待遇领取资格认证比对，防止基金流失；三是规范基金财务管理，严格执行收支两条线和财政专户管理制度，确保基金安全完整；四是配合做好基金委托投资运营工作，实现基金保值增值。'))
    M.append(P('同时，我县将进一步优化经办服务，推行参保登记、待遇申领、资格认证等业务“网上办”“掌上办”，在各村（社区）便民服务点配备专兼职协办员，为老年人和行动不便人员提供上门服务；推进社会保障卡居民服务“一卡通”应用，养老金统一通过社会保障卡发放，提高待遇发放的安全性和便捷性。对基金运行中出现的新情况、新问题，及时向县人民政府和上级主管部门报告，确保基金平稳运行和可持续发展。'))
    M.append(RIGHT('蓥溪县社会保险事业管理中心'))
    M.append(RIGHT('蓥溪县财政局'))
    M.append(RIGHT('2025年4月18日'))
    L.dated('落款', '2025年4月18日')
    L.facts.update({"revenue": Fs(rev), "expenditure": Fs(exp), "closing": Fs(close), "payers": pay_n})
    return M, L

def render(M, path):
    render_docx(M, path)

def main():
    M, L = build()
    render(M, OUT)
    data = L.dump(OUT.replace('.docx', '.ledger.json'), read_docx(OUT))
    print(NAME, len(data['checks']), data['facts'])

if __name__ == '__main__':
    main()
