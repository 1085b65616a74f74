"""t06 藿溪县总工会 困难职工帮扶资金 使用情况的报告 (docx, amounts in 元)"""
import datetime
from lib38 import *

NAME = 't06_huoxi_federation_of_trade_unions_hardship_worker_aid_fund_report_2024.docx'
FMT = 'docx'

def build():
    L = Ledger(NAME)
    src = [1860000, 1200000, 345000]; avail = sum(src)
    L.sum('资金来源', I(avail), [I(x) for x in src])
    items = [('生活救助', 312, '户', 4800), ('医疗救助', 148, '人次', None), ('子女助学', 186, '人', 3000),
             ('节日送温暖', 1050, '户', 500), ('技能培训补贴', 220, '人', 800)]
    amts = [k * s if s else 608400 for _, k, _, s in items]
    spent = sum(amts); sh = shares(amts)
    rows1 = []
    for (nm, k, u, s), a, p in zip(items, amts, sh):
        rows1.append([nm, I(k), u, I(s) if s else '—', I(a), F(p)])
        if s:
            L.prod('表1 %s 金额 = 数量 x 标准' % nm, I(a), [I(k), I(s)])
        L.rate('表1 %s 占比' % nm, I(a), I(spent), F(p))
    rows1.append(['合计', '—', '—', '—', I(spent), '100.00'])
    L.sum('表1 合计', I(spent), [r[4] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[5] for r in rows1[:-1]])
    w_av, w_sp = q(D(avail) / 10000, 2), q(D(spent) / 10000, 2)
    L.conv('可用 元→万元', I(avail), F(w_av)); L.conv('支出 元→万元', I(spent), F(w_sp))
    ex = pct(spent, avail); bal = avail - spent
    L.rate('执行率', I(spent), I(avail), F(ex))
    L.diff('结余', I(avail), I(spent), I(bal))
    med = q(D(608400) / 148, 2)
    L.quot('人均医疗救助', '608,400', '148', F(med))
    prev = 3186000; g = growth(spent, prev)
    L.growth('支出 比上年', I(spent), I(prev), I(spent - prev), F(g))
    b0, add, out, b1 = 356, 28, 72, 312
    L.signed('在档 年末 = 年初 + 新增 - 解困脱困', I(b1), [I(b0), I(add)], [I(out)])
    L.same('312', 3)
    paid_n, unpaid_n = 180, 6
    L.sum('助学 已发放+尚未发放 人数', '186', [I(paid_n), I(unpaid_n)])
    L.prod('助学 已发放 金额', I(paid_n * 3000), [I(paid_n), '3,000'])
    L.prod('助学 尚未发放 金额', I(unpaid_n * 3000), [I(unpaid_n), '3,000'])
    L.sum('助学 金额', '558,000', [I(paid_n * 3000), I(unpaid_n * 3000)])
    L.sum('送温暖 户数 = 在档 + 其他', '1,050', [I(b1), '738'])
    h1 = 1428600; h1s = pct(h1, spent)
    L.rate('上半年 占全年', I(h1), I(spent), F(h1s))
    causes = [('因病', 138), ('因残', 52), ('因子女上学', 47), ('因失业', 39), ('其他', 36)]
    csh = shares([c[1] for c in causes])
    rows2 = [[c[0], I(c[1]), F(s)] for c, s in zip(causes, csh)]
    rows2.append(['合计', I(b1), '100.00'])
    L.sum('表2 合计 户数', I(b1), [r[1] for r in rows2[:-1]])
    L.sum('表2 占比合计', '100.00', [r[2] for r in rows2[:-1]])
    for r in rows2[:-1]:
        L.rate('表2 %s 占比' % r[0], r[1], I(b1), r[2])
    L.dated('落款日期晚于报告期末', datetime.date(2025, 1, 27), datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年1月27日', 'docno': '藿工发〔2025〕2号'})

    M = [('title', '藿溪县总工会关于2024年度困难职工帮扶资金使用情况的报告'), ('sub', '藿工发〔2025〕2号'),
         ('p', '县委、县政府，市总工会：'),
         ('p', '2024年，县总工会认真落实困难职工帮扶工作要求，规范帮扶资金管理使用。现将有关情况报告如下。'),
         ('h', '一、资金筹集情况'),
         ('p', '全年筹集困难职工帮扶资金%s元（%s万元），其中上级工会补助%s元、县财政安排%s元、县总工会自筹%s元。'
          % (I(avail), F(w_av), I(src[0]), I(src[1]), I(src[2]))),
         ('h', '二、资金使用情况'),
         ('p', '全年支出帮扶资金%s元（%s万元），资金使用率%s%%，结余%s元结转下年使用；比上年%s元增加%s元、增长%s%%。上半年支出%s元，占全年的%s%%。'
          % (I(spent), F(w_sp), F(ex), I(bal), I(prev), I(spent - prev), F(g), I(h1), F(h1s))),
         ('table', {'cap': '表1　2024年度困难职工帮扶资金分项目支出情况（单位：元、%）',
                    'head': ['帮扶项目', '数量', '单位', '标准', '金额', '占比'], 'rows': rows1,
                    'note': '注：医疗救助按自付费用分档救助，无统一标准；节日送温暖对象含在档困难职工和其他生活困难职工。'}),
         ('p', '医疗救助148人次，人均救助%s元。子女助学186人，每人3,000元，已发放%s人%s元，尚未发放%s人%s元，系学籍信息待核验，核验后即予发放。'
          % (F(med), I(paid_n), I(paid_n * 3000), I(unpaid_n), I(unpaid_n * 3000))),
         ('p', '节日送温暖1,050户，其中在档困难职工%s户、其他生活困难职工738户，每户500元，于元旦、春节前集中走访发放。' % I(b1)),
         ('p', '帮扶资金实行专户管理、专账核算，生活救助、子女助学等资金通过银行转账直接发放至困难职工个人账户，全年未发生现金发放。县总工会会同县财政局对基层工会帮扶资金使用情况进行了专项检查，对检查中发现的档案资料不全等问题已督促整改到位。'),
         ('h', '三、困难职工档案管理情况'),
         ('p', '年初在档困难职工%s户，全年新增建档%s户，解困脱困%s户，年末在档%s户，全部纳入生活救助。' % (I(b0), I(add), I(out), I(b1))),
         ('table', {'cap': '表2　2024年末在档困难职工致困原因构成（单位：户、%）',
                    'head': ['致困原因', '户数', '占比'], 'rows': rows2, 'note': ''}),
         ('h', '四、存在的问题'),
         ('p', '一是部分基层工会对困难职工家庭收入变化跟踪不及时，动态管理有待加强；二是帮扶方式仍以资金救助为主，就业帮扶和技能提升的比重偏低。'),
         ('h', '五、下一步工作'),
         ('p', '县总工会将完善困难职工档案动态调整机制，推动帮扶由生活救助向就业帮扶延伸，确保帮扶资金精准使用。'),
         ('p', '特此报告。'),
         ('sign', ['藿溪县总工会', '2025年1月27日'])]
    for a in ('藿工发〔2025〕2号', '2025年1月27日', '一是', '二是'):
        L.anchor(a)
    return M, L
