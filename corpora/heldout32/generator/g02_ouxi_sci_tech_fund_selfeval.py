"""t02 瓯溪县科学技术局 2024年度科技创新专项资金项目支出绩效自评报告 (txt)"""
import sys
from lk32 import *
NAME = 't02_ouxi_sci_tech_fund_selfeval_2024.txt'

def build():
    L = Ledger(NAME); B = []
    prov, cty = D('420.00'), D('966.50'); fund = prov + cty
    items = [('新认定高新技术企业奖励', 23, '家', D(20)), ('重新认定高新技术企业奖励', 31, '家', D(5)),
             ('企业研发费用投入补助', 42, '家', None), ('科技型中小企业入库奖励', 86, '家', D(1)),
             ('省级企业研发中心奖励', 6, '家', D(30)), ('科技特派员工作经费', 37, '人', D('1.5'))]
    amt = {}
    for n, c, u, s in items:
        amt[n] = D(c) * s if s is not None else D('318.27')
    spent = sum(amt.values()); exe = F(spent / fund * 100); bal = fund - spent
    rd_avg = F(amt['企业研发费用投入补助'] / 42)
    centers = ['瓯溪恒川智能装备有限公司', '瓯溪澜泰新材料股份有限公司', '瓯溪明拓电子科技有限公司', '瓯溪禾源生物科技有限公司',
               '瓯溪精越阀门有限公司', '瓯溪聚丰纺织科技有限公司']
    hte, hte_prev = 186, 163
    inv, inv_prev, um, ds = 268, 221, 1436, 512
    pat = inv + um + ds
    eff, pop = 1046, D('41.83'); per = F(D(eff) / pop); per_prev = D('22.36')
    cg = [('国际先进', 3), ('国内领先', 9), ('国内先进', 5)]; cgn = sum(c for _, c in cg)
    tc, tc_prev = D('4.37'), D('3.82')
    rd, gdp = D('9.87'), D('312.46'); rdi = F(rd / gdp * 100); rdi_prev = D('2.98')
    hv, iv = D('58.36'), D('96.41'); hshare = F(hv / iv * 100)
    ff, my = 136, 128; myd = F(D(my) / ff * 100)
    paid_on_time, paid_n = 24, 25; ontime = F(D(paid_on_time) / paid_n * 100)
    rows = [('决策', '项目立项规范性', '规范', '规范', 5, D('5.00')),
            ('决策', '绩效目标合理性', '合理', '合理', 5, D('5.00')),
            ('决策', '资金分配合理性', '合理', '基本合理', 5, D('4.50')),
            ('过程', '资金到位率', '100%', '100%', 5, D('5.00')),
            ('过程', '预算执行率', '100%', f'{exe}%', 10, q(D(10) * D(exe) / 100, 2)),
            ('过程', '资金使用合规性', '合规', '合规', 5, D('5.00')),
            ('产出', '新认定高新技术企业', '≥20家', '23家', 10, D('10.00')),
            ('产出', '新建省级企业研发中心', '≥5家', '6家', 5, D('5.00')),
            ('产出', '发明专利授权量', '≥250件', f'{inv}件', 10, D('10.00')),
            ('产出', '科技成果登记', '≥15项', f'{cgn}项', 5, D('5.00')),
            ('产出', '奖补资金兑现及时率', '100%', f'{ontime}%', 5, q(D(5) * D(ontime) / 100, 2)),
            ('效益', '每万人有效发明专利拥有量', '≥24件', f'{per}件', 10, D('10.00')),
            ('效益', '全社会R&D经费投入强度', '≥3.20%', f'{rdi}%', 10, q(D(10) * D(rdi) / D('3.20'), 2)),
            ('效益', '企业满意度', '≥90%', f'{myd}%', 10, D('10.00'))]
    total = sum(r[5] for r in rows)
    docno = '瓯溪科〔2025〕7号'; date = '2025年3月12日'
    exe_sc = rows[4][5]; ot_sc = rows[10][5]; rd_sc = rows[12][5]
    B += [('title', '瓯溪县科学技术局'), ('title', '关于2024年度科技创新专项资金项目支出绩效自评情况的报告'), ('docno', docno), ('plain', '县财政局：'),
          ('p', '根据《瓯溪县县级项目支出绩效自评管理办法》要求，我局对2024年度科技创新专项资金开展了绩效自评，现将有关情况报告如下。'),
          ('h1', '一、项目基本情况'),
          ('p', f'2024年科技创新专项资金共下达{F(fund)}万元，其中省级科技发展专项资金{F(prov)}万元、县级安排{F(cty)}万元，按6个支持方向安排使用，用于高新技术企业和科技型中小企业培育、企业研发投入补助、省级企业研发中心建设以及科技特派员服务。'),
          ('h1', '二、资金使用情况'),
          ('p', f'截至2024年12月31日，实际支出{F(spent)}万元，预算执行率{exe}%，结转{F(bal)}万元（主要为第四批研发费用投入补助尚在公示期）。分方向使用情况见表1。'),
          ('table', '表1  2024年度科技创新专项资金使用情况（单位：万元）', [['支持方向', '数量', '标准（万元）', '金额']] +
              [[n, f'{c}{u}', (F(s) if s is not None else '按增量10%'), F(amt[n])] for n, c, u, s in items] +
              [['合计', '', '', F(spent)]]),
          ('p', f'其中，企业研发费用投入补助按企业上年度研发费用增量的10%核定，{42}家企业共补助{F(amt["企业研发费用投入补助"])}万元，平均每家{rd_avg}万元。'),
          ('h1', '三、绩效目标完成情况'),
          ('p', f'（一）创新主体培育。全年新认定高新技术企业23家、重新认定31家，年末有效高新技术企业{hte}家，比上年{hte_prev}家增加{hte - hte_prev}家，增长{F(D(hte - hte_prev) / hte_prev * 100)}%。新建省级企业研发中心{len(centers)}家，分别为：{"、".join(centers)}。'),
          ('p', f'（二）知识产权产出。全县授权专利{I(pat)}件，其中发明专利{inv}件、实用新型专利{I(um)}件、外观设计专利{ds}件。发明专利授权量比上年{inv_prev}件增长{F(D(inv - inv_prev) / inv_prev * 100)}%。年末有效发明专利{I(eff)}件，按常住人口{pop}万人计算，每万人有效发明专利拥有量{per}件，比上年{per_prev}件增加{F(D(per) - per_prev)}件。'),
          ('p', f'（三）科技成果转化。全年登记科技成果{cgn}项，其中达到国际先进水平{cg[0][1]}项、国内领先水平{cg[1][1]}项、国内先进水平{cg[2][1]}项。技术合同成交额{tc}亿元，比上年{tc_prev}亿元增长{F((tc - tc_prev) / tc_prev * 100)}%。'),
          ('p', f'（四）创新投入。全社会R&D经费支出{rd}亿元，占地区生产总值{gdp}亿元的{rdi}%，比上年{rdi_prev}%提高{F(D(rdi) - rdi_prev)}个百分点，但未达到3.20%的年度目标。高新技术产业增加值{hv}亿元，占规模以上工业增加值{iv}亿元的{hshare}%。'),
          ('p', f'（五）服务对象满意度。向受补助企业发放满意度问卷{ff}份，全部收回，表示满意的{my}份，满意度{myd}%。全年{paid_n}批次奖补资金中按期兑现{paid_on_time}批次，及时率{ontime}%。'),
          ('h1', '四、自评结论'),
          ('p', f'按照{len(rows)}项指标逐项评分（见表2），2024年度科技创新专项资金项目自评得分{F(total)}分，等级为“优”。其中预算执行率按{exe}%计{F(exe_sc)}分，奖补资金兑现及时率按{ontime}%计{F(ot_sc)}分，R&D经费投入强度按实际值与目标值之比计{F(rd_sc)}分。'),
          ('table', '表2  2024年度科技创新专项资金项目绩效自评表', [['一级指标', '三级指标', '年度目标', '实际完成', '分值', '得分']] +
              [[r[0], r[1], r[2], r[3], str(r[4]), F(r[5])] for r in rows] + [['合计', '', '', '', '100', F(total)]]),
          ('h1', '五、存在问题及改进措施'),
          ('p', f'一是部分资金兑现不够及时，年末结转{F(bal)}万元；二是R&D经费投入强度距年度目标尚差{F(D("3.20") - D(rdi))}个百分点。下一步，我局将优化奖补资金拨付流程，2025年一季度前完成结转资金兑现，并加大对规上工业企业研发投入的引导力度。'),
          ('blank',), ('right', '瓯溪县科学技术局'), ('right', date)]
    L.fact('下达资金', F(fund)); L.fact('实际支出', F(spent)); L.fact('自评得分', F(total)); L.fact('date', date); L.fact('docno', docno)
    L.sum('下达资金 = 省级 + 县级', F(fund), [F(prov), F(cty)])
    L.count('支持方向个数', '6', [i[0] for i in items])
    for n, c, u, s in items:
        if s is not None: L.prod(f'{n} = 数量 x 标准', F(amt[n]), [str(c), F(s)])
    L.sum('实际支出 = 各方向之和', F(spent), [F(v) for v in amt.values()])
    L.rate('预算执行率', exe, F(spent), F(fund)); L.diff('结转 = 下达 - 支出', F(bal), F(fund), F(spent))
    L.quot('研发补助 每家平均', rd_avg, F(amt['企业研发费用投入补助']), '42')
    L.diff('高企 增加', str(hte - hte_prev), str(hte), str(hte_prev))
    L.growth('高企 增长', F(D(hte - hte_prev) / hte_prev * 100), str(hte), str(hte_prev), '增长')
    L.count('省级研发中心 家数 = 列举', str(len(centers)), centers)
    L.same('研发中心 家数 表1 = 正文', '6', str(len(centers)))
    L.sum('专利合计', I(pat), [str(inv), I(um), str(ds)])
    L.growth('发明专利 增长', F(D(inv - inv_prev) / inv_prev * 100), str(inv), str(inv_prev), '增长')
    L.quot('每万人有效发明专利', per, I(eff), str(pop))
    L.diff('每万人 增加', F(D(per) - per_prev), per, str(per_prev))
    L.sum('科技成果登记', str(cgn), [str(c) for _, c in cg])
    L.growth('技术合同成交额 增长', F((tc - tc_prev) / tc_prev * 100), str(tc), str(tc_prev), '增长')
    L.rate('R&D 强度', rdi, str(rd), str(gdp)); L.pp('R&D 强度 提高', F(D(rdi) - rdi_prev), rdi, str(rdi_prev), '提高')
    L.le('R&D 强度 未达 3.20', rdi, '3.20'); L.diff('距目标', F(D('3.20') - D(rdi)), '3.20', rdi)
    L.rate('高新技术产业增加值占比', hshare, str(hv), str(iv))
    L.rate('满意度', myd, str(my), str(ff)); L.rate('兑现及时率', ontime, str(paid_on_time), str(paid_n))
    L.count('自评指标个数', str(len(rows)), [r[1] for r in rows])
    L.sum('表2 分值合计', '100', [str(r[4]) for r in rows]); L.sum('表2 得分合计', F(total), [F(r[5]) for r in rows])
    L.prod('预算执行率得分', F(exe_sc), ['10', exe], 100); L.prod('兑现及时率得分', F(ot_sc), ['5', ontime], 100)
    L.quot('R&D 强度得分 = 10 x 实际/目标', F(rd_sc), rdi, '3.20', 10)
    L.check('得分 ≤ 分值（每行）', all(r[5] <= r[4] for r in rows), 'all rows', [])
    L.check('等级 优 (≥90)', total >= 90, F(total), [F(total)])
    L.dated('报告日期晚于报告期末', date)
    L.anchor(docno); L.anchor(date); L.anchor('截至2024年12月31日')
    return B, L

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else '..'
    B, L = build(); run(NAME, B, L, out)
