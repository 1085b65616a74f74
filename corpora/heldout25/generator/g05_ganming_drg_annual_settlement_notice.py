"""t05 - 江西省赣茗市医疗保障局 关于2024年度DRG付费年度清算情况的通报 (txt, 文号, record-list tables)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hk25 import *

NAME = 't05_ganming_drg_annual_settlement_notice_2024'
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), NAME + '.txt')

def build():
    L = Ledger(NAME + '.txt')
    M = []
    Fs = f
    budget = D('186420.00')           # 万元
    lv = [('三级医疗机构', 9, 214386, D('1628.47'), D('104932.16')),
          ('二级医疗机构', 38, 236915, D('987.35'), D('66718.42')),
          ('一级及以下医疗机构', 71, 98452, D('225.81'), D('13204.55'))]
    hosp = sum(x[1] for x in lv); cases = sum(x[2] for x in lv)
    pts = ssum([x[3] for x in lv])
    pv = q(budget / pts, 2)           # 元/点 (万元 / 万点)
    pay = [q(x[3] * pv) for x in lv]
    pay_t = ssum(pay)
    diffs = [p - x[4] for p, x in zip(pay, lv)]
    proj_t = ssum([x[4] for x in lv])
    cases_p = 531208
    docno, date = '茗医保发〔2025〕9号', '2025年3月14日'
    M.append(TITLE('赣茗市医疗保障局关于2024年度DRG付费年度清算情况的通报'))
    M.append(SUB(docno))
    M.append(P('各县（市、区）医疗保障局，各DRG付费定点医疗机构：'))
    M.append(P('根据《赣茗市按疾病诊断相关分组（DRG）付费经办管理规程》和《2024年度全市职工及城乡居民基本医疗保险统筹基金总额预算方案》，市医疗保障局会同市财政局、市卫生健康委员会完成了2024年度DRG付费年度清算工作。现将有关情况通报如下：'))
    M.append(H1('一、清算基本情况'))
    L.sum('参与清算医疗机构', f(hosp, 0), [f(x[1], 0) for x in lv])
    L.sum('出院病例数', f(cases, 0), [f(x[2], 0) for x in lv])
    g_c = growth(cases, cases_p)
    L.growth('病例数 较上年', fp(g_c), f(cases, 0), f(cases_p, 0), '增加')
    M.append(P(f'2024年全市纳入DRG付费的定点医疗机构{hosp}家，其中三级医疗机构{lv[0][1]}家、二级医疗机构{lv[1][1]}家、一级及以下医疗机构{lv[2][1]}家。全年纳入DRG结算的出院病例{f(cases, 0)}例，较上年{f(cases_p, 0)}例增加{fp(g_c)}。按2024版分组方案，全部病例入组{f(cases, 0)}例，入组率100%（不含已按规定纳入特病单议的病例1,346例）。'))
    M.append(H1('二、点值测算'))
    L.sum('总点数 (万点)', Fs(pts), [Fs(x[3]) for x in lv])
    L.quot('年度点值 (元/点) = 预算 ÷ 总点数', Fs(pv), Fs(budget), Fs(pts))
    M.append(P(f'2024年度全市DRG付费统筹基金年度预算总额{Fs(budget)}万元（不含预留的调节金和特病单议费用），全市各医疗机构全年累计病组总点数{Fs(pts)}万点。按“年度预算总额÷年度总点数”计算，2024年度DRG结算点值为{Fs(pv)}元/点（保留两位小数，四舍五入）。月度预结算期间执行的预付点值为62.00元/点，年度清算按上述年度点值统一调整。'))
    M.append(P('（一）数据采集和核对。清算所用数据以医保信息平台结算清单为准，各医疗机构在规定时间内完成全年结算清单的上传、补报和更正。市医保经办机构对结算清单与病案首页、费用明细进行了逐项比对，对数据缺失、逻辑错误的病例退回医疗机构核实修改，确保入组数据完整准确。'))
    M.append(P('（二）特病单议和专家评审。对住院时间长、医疗费用极高、新技术使用等难以按病组付费的病例，由医疗机构提出特病单议申请，市医保局组织临床、病案、医保管理等方面专家集中评审，评审通过的病例按实际发生费用的一定比例结算，其费用从预留的特病单议资金中支付，不占用DRG年度预算。'))
    M.append(P('（三）意见征求。清算方案和初步清算结果通过医保信息平台向各定点医疗机构反馈，共收到医疗机构反馈意见46条，经逐条核实，采纳合理意见并对相关数据进行了调整，对未予采纳的意见作出了书面说明。'))
    M.append(H1('三、清算结果'))
    rows = [['类别', '机构数', '病例数', '总点数', 'DRG应支付', '按项目统筹费用', '结余（超支）']]
    for (n, h, c, p, pr), pa, d in zip(lv, pay, diffs):
        L.prod(f'{n} DRG应支付 = 点数 × 点值', Fs(pa), Fs(p), Fs(pv))
        L.diff(f'{n} 结余 = 应支付 - 按项目费用', Fs(d), Fs(pa), [Fs(pr)])
        rows.append([n, f'{h}家', f'{f(c, 0)}例', f'{Fs(p)}万点', f'{Fs(pa)}万元', f'{Fs(pr)}万元', f'{Fs(d)}万元'])
    rows.append(['合计', f'{hosp}家', f'{f(cases, 0)}例', f'{Fs(pts)}万点', f'{Fs(pay_t)}万元', f'{Fs(proj_t)}万元', f'{Fs(pay_t - proj_t)}万元'])
    L.sum('DRG应支付合计', Fs(pay_t), [Fs(x) for x in pay])
    L.sum('按项目统筹费用合计', Fs(proj_t), [Fs(x[4]) for x in lv])
    L.sum('结余合计', Fs(pay_t - proj_t), [Fs(x) for x in diffs])
    M.append(P('各类别医疗机构清算结果如下（结余为正、超支为负）：'))
    M.append(TABLE('2024年度DRG付费年度清算结果汇总', rows, ''))
    rd = pay_t - budget
    M.append(P(f'全市DRG应支付合计{Fs(pay_t)}万元，与年度预算总额{Fs(budget)}万元相差{Fs(abs(rd))}万元，系点值保留两位小数的尾差，由调节金统筹解决。'))
    L.diff('点值尾差', Fs(abs(rd)), Fs(budget), [Fs(pay_t)]) if rd < 0 else L.diff('点值尾差', Fs(rd), Fs(pay_t), [Fs(budget)])
    keep = D('60'); share = D('50')
    tot_sur = ssum([d for d in diffs if d > 0]); tot_def = -ssum([d for d in diffs if d < 0])
    keep_amt = q(tot_sur * keep / 100); share_amt = q(tot_def * share / 100)
    L.prod('结余留用 = 结余 × 60%', Fs(keep_amt), Fs(tot_sur), '60', '100')
    L.prod('超支分担 = 超支 × 50%', Fs(share_amt), Fs(tot_def), '50', '100')
    over_r = pct(-diffs[1], lv[1][4])
    L.rate('二级医疗机构 超支率', fp(over_r), Fs(-diffs[1]), Fs(lv[1][4]))
    M.append(P(f'二级医疗机构超支{Fs(-diffs[1])}万元，超支率{fp(over_r)}（超支额÷按项目统筹费用），在10%的合理超支范围以内；三级医疗机构和一级及以下医疗机构均有结余。2024年度继续实行按医疗机构类别分组清算，结余留用和超支分担以类别为单位计算，再按各机构点数占本类别总点数的比例分配到机构。'))
    M.append(P(f'按照“结余留用、合理超支分担”的原则，对DRG应支付额高于按项目统筹费用的医疗机构，结余部分的{keep}%由医疗机构留用，合计留用{Fs(keep_amt)}万元（结余额合计{Fs(tot_sur)}万元）；对DRG应支付额低于按项目统筹费用、且超支率在10%以内的医疗机构，超支部分由医保基金分担{share}%，合计分担{Fs(share_amt)}万元（超支额合计{Fs(tot_def)}万元）。超支率超过10%的部分不予分担。'))
    M.append(H1('四、主要成效'))
    avg, avg_p = D('9862.40'), D('10315.76')
    g_avg = growth(avg, avg_p)
    L.growth('次均住院费用', fp(-g_avg), Fs(avg), Fs(avg_p), '下降')
    los, los_p = D('7.6'), D('8.1')
    cmi, cmi_p = D('0.9836'), D('0.9412')
    g_cmi = growth(cmi, cmi_p)
    L.growth('CMI', fp(g_cmi), f(cmi, 4), f(cmi_p, 4), '提高')
    self_r, self_p = D('6.84'), D('7.92')
    dpts = q(self_p - self_r)
    L.pp('个人自费比例 下降', f(dpts), f(self_p), f(self_r), '提高')
    M.append(P(f'一是患者负担有所减轻。全市DRG付费病例次均住院费用{Fs(avg)}元，比上年{Fs(avg_p)}元下降{fp(-g_avg)}；政策范围外个人自费费用占比为{f(self_r)}%，比上年{f(self_p)}%下降{f(dpts)}个百分点。平均住院日由上年的{f(los_p, 1)}天缩短至{f(los, 1)}天。'))
    M.append(P(f'二是医疗服务能力稳步提升。全市病例组合指数（CMI）由上年的{f(cmi_p, 4)}提高到{f(cmi, 4)}，提高{fp(g_cmi)}，三级医疗机构收治疑难重症病例的比例进一步上升，基层医疗机构常见病、多发病收治能力有所增强。'))
    M.append(P('三是医保基金使用效率提高。通过总额预算和点数法付费，引导医疗机构主动控制成本，规范诊疗行为，全市DRG付费统筹基金支出控制在年度预算范围内，基金运行总体平稳。'))
    M.append(P('四是分级诊疗导向逐步显现。通过对基层病种实行同病同价、提高基层病组系数等措施，一级及以下医疗机构收治的常见病、多发病病例数增加，部分轻症患者在基层得到有效治疗，医疗资源配置进一步优化。中医优势病种按病组付费试点稳步推进，中医医疗机构参与改革的积极性提高。'))
    M.append(H1('五、存在的问题'))
    M.append(P('一是部分医疗机构病案首页填写质量不高，主要诊断选择错误、手术操作漏填等问题仍较突出，全年病案质控中发现问题病案3,862份，影响了分组的准确性。'))
    M.append(P('二是个别医疗机构存在高套分组、分解住院、推诿重症患者等违规倾向。经智能审核和专家评审，全年核减违规点数18.64万点，涉及医疗机构23家，核减点数已在清算前从各机构总点数中扣除。'))
    M.append(P('三是部分二级医疗机构超支较多。受服务能力和成本控制水平影响，二级医疗机构总体超支，其中个别机构的病组成本明显高于全市平均水平，需进一步加强精细化管理。'))
    M.append(P('四是医疗机构内部配套改革滞后。部分医疗机构尚未建立与DRG付费相适应的内部绩效考核和成本核算体系，临床科室对病组成本和支付标准的认识不足，仍存在重收入、轻成本的倾向，改革红利未能有效传导到科室和医务人员。'))
    M.append(H1('六、下一步工作要求'))
    M.append(P('（一）各定点医疗机构要加强病案质量管理，建立院内病案质控制度，确保病案首页数据真实、准确、完整。'))
    M.append(P('（二）各县（市、区）医疗保障局要加强DRG付费日常监测，对病例数、点数异常增长的医疗机构开展重点核查，对高套分组、分解住院等违规行为依法依规处理。'))
    M.append(P('（三）各医疗机构要根据年度清算结果，认真分析超支、结余原因，优化病种结构和成本结构，提高医疗服务质量和效率。清算资金将于本通报印发后15个工作日内拨付，留用和分担资金随清算款一并结算。'))
    M.append(P('（四）对清算结果有异议的医疗机构，可在本通报印发之日起10个工作日内向市医疗保障局提出书面复核申请，逾期视为无异议。'))
    M.append(P('（五）各医疗机构要加快推进内部运营管理改革，建立以病组为单位的成本核算体系，将DRG付费相关指标纳入科室和医务人员绩效考核，引导临床科室合理控制成本、提高服务效率。'))
    M.append(P('（六）市医疗保障局将继续完善DRG分组方案和权重体系，动态调整病组支付标准，健全特病单议、新技术除外支付等配套机制，并定期通报各医疗机构DRG付费运行指标，接受社会监督。'))
    M.append(RIGHT('赣茗市医疗保障局'))
    M.append(RIGHT(date))
    M.append(P('（此件主动公开）'))
    L.docno('文号 vs 落款', docno, date)
    L.dated('落款', date)
    L.facts.update({"point_value": Fs(pv), "pay_total": Fs(pay_t), "cases": cases})
    return M, L

def render(M, path):
    render_txt(M, path, table_style='record')

def main():
    M, L = build()
    render(M, OUT)
    data = L.dump(OUT.replace('.txt', '.ledger.json'), read_txt(OUT))
    print(NAME, len(data['checks']), data['facts'])

if __name__ == '__main__':
    main()
