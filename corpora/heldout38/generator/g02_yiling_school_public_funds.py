"""t02 苡岭县 农村义务教育学校公用经费 拨付情况公示 (txt, space-aligned tables)"""
import datetime
from lib38 import *

NAME = 't02_yiling_rural_compulsory_school_public_funds_allocation_notice_2024.txt'
FMT = 'txt-space'

def build():
    L = Ledger(NAME)
    items = [('小学生均公用经费', 8436, 720), ('初中生均公用经费', 4128, 940), ('寄宿生补助公用经费', 3215, 300),
             ('小规模学校补足', 486, 720), ('特殊教育学校', 52, 7000)]
    amts = [k * s for _, k, s in items]
    tot = sum(amts)
    sh = shares(amts)
    rows1 = []
    for (nm, k, s), a, p in zip(items, amts, sh):
        rows1.append([nm, I(k), I(s), I(a), F(p)])
        L.prod('表1 %s 金额 = 人数 x 标准' % nm, I(a), [I(k), I(s)])
        L.rate('表1 %s 占比' % nm, I(a), I(tot), F(p))
    rows1.append(['合计', '—', '—', I(tot), '100.00'])
    L.sum('表1 合计 金额', I(tot), [r[3] for r in rows1[:-1]])
    L.sum('表1 占比合计', '100.00', [r[4] for r in rows1[:-1]])
    wan = q(D(tot) / 10000, 2)
    L.conv('合计 元→万元', I(tot), F(wan))
    cen = tot * 8 // 10; loc = tot - cen; prov = 1400000; cty = loc - prov
    L.rate('中央 80%', I(cen), I(tot), '80')
    L.sum('资金来源', I(tot), [I(cen), I(loc)])
    L.sum('地方资金 其中', I(loc), [I(prov), I(cty)])
    stu = 8436 + 4128; prev_stu = 12981
    L.sum('在校生', I(stu), ['8,436', '4,128'])
    g_stu = pct(prev_stu - stu, prev_stu)
    L.growth('学生数 比上年', I(stu), I(prev_stu), I(prev_stu - stu), F(g_stu), down=True)
    prev_tot = 11905340; g_tot = pct(prev_tot - tot, prev_tot)
    L.growth('经费 比上年', I(tot), I(prev_tot), I(prev_tot - tot), F(g_tot), down=True)
    avg = q(D(tot) / stu, 2)
    L.quot('生均公用经费', I(tot), I(stu), F(avg))
    schools = (31, 11, 4); ns = sum(schools)
    L.sum('学校数', I(ns), [I(x) for x in schools])
    small = 12
    L.le('小规模学校 <= 学校数', I(small), I(ns))
    paid = tot - 364000; unpaid = 364000; pr = pct(paid, tot)
    L.sum('已拨付+尚未拨付', I(tot), [I(paid), I(unpaid)])
    L.rate('拨付率', I(paid), I(tot), F(pr))
    L.same(I(unpaid), 2)
    base = amts[0] + amts[1] + amts[2]
    L.sum('基本公用经费', I(base), [I(a) for a in amts[:3]])
    towns = [('苡城镇中心学校', 3113, 1620, 1050), ('蕺塘乡中心学校', 1285, 584, 512), ('芩口镇中心学校', 1874, 856, 698),
             ('苘坪乡中心学校', 1018, 476, 436), ('蘩溪镇中心学校', 1146, 592, 519)]
    tam = [a * 720 + b * 940 + c * 300 for _, a, b, c in towns]
    tsh = shares(tam)
    rows2 = []
    for (nm, a, b, c), m, s in zip(towns, tam, tsh):
        rows2.append([nm, I(a), I(b), I(c), I(m), F(s)])
        L._add('表2 %s 金额 = 小学x720 + 初中x940 + 寄宿x300' % nm, m == a * 720 + b * 940 + c * 300,
               '%s =? %s x 720 + %s x 940 + %s x 300' % (I(m), I(a), I(b), I(c)), [I(m), I(a), I(b), I(c)])
        L.rate('表2 %s 占比' % nm, I(m), I(base), F(s))
    rows2.append(['合计', '8,436', '4,128', '3,215', I(base), '100.00'])
    for c, nm in ((1, '小学'), (2, '初中'), (3, '寄宿'), (4, '金额'), (5, '占比')):
        L.sum('表2 合计 %s' % nm, rows2[-1][c], [r[c] for r in rows2[:-1]])
    samp, spend, train = 18, 2846500, 160700
    tr = pct(train, spend)
    L.rate('抽查 培训费占比', I(train), I(spend), F(tr))
    L.le('培训费占比 >= 5%', '5', F(tr))
    start, end = datetime.date(2025, 2, 10), datetime.date(2025, 2, 14)
    L.days('公示期天数', start, end, '5')
    L.dated('落款日期晚于报告期末', datetime.date(2025, 2, 10), datetime.date(2024, 12, 31))
    L.facts.update({'date': '2025年2月10日', 'docno': '苡教财〔2025〕2号'})

    M = [('title', '苡岭县2024年度农村义务教育学校公用经费拨付情况公示'), ('sub', '苡教财〔2025〕2号'),
         ('p', '县教育局、县财政局对2024年度全县义务教育学校公用经费核定及拨付情况进行了汇总，现公示如下。'),
         ('h', '一、基本情况'),
         ('p', '全县共有公办义务教育学校%s所，其中小学%s所、初中%s所、九年一贯制学校%s所，不足100人的小规模学校%s所。2024年秋季学期核定在校生%s人（小学8,436人、初中4,128人），比上年%s人减少%s人、下降%s%%。'
          % (I(ns), I(schools[0]), I(schools[1]), I(schools[2]), I(small), I(stu), I(prev_stu), I(prev_stu - stu), F(g_stu))),
         ('p', '公用经费基准定额为小学每生每年720元、初中每生每年940元；寄宿制学校按寄宿生每生每年300元增加公用经费；不足100人的小规模学校按100人核定，差额部分按小学定额补足；特殊教育学校按每生每年7,000元核定。'),
         ('table', {'cap': '表1　2024年度义务教育学校公用经费分项目核定情况（单位：人、元/生·年、元、%）',
                    'head': ['项目', '人数', '标准', '金额', '占比'], 'rows': rows1,
                    'note': '注：寄宿生已包含在小学、初中学生数中；小规模学校补足的“人数”为核定人数与实有人数的差额，故人数不作合计。'}),
         ('p', '全年核定公用经费%s元（折合%s万元），比上年%s元减少%s元、下降%s%%，生均公用经费%s元。资金来源为中央资金%s元（占80%%）、地方资金%s元，地方资金中省级%s元、县级%s元。'
          % (I(tot), F(wan), I(prev_tot), I(prev_tot - tot), F(g_tot), F(avg), I(cen), I(loc), I(prov), I(cty))),
         ('h', '二、分学校拨付情况'),
         ('p', '基本公用经费（小学、初中定额及寄宿生补助，合计%s元）按乡镇中心学校统一核拨，小规模学校补足和特殊教育学校经费单列拨付。' % I(base)),
         ('table', {'cap': '表2　2024年度基本公用经费分乡镇中心学校核拨情况（单位：人、元、%）',
                    'head': ['学校', '小学生', '初中生', '寄宿生', '金额', '占比'], 'rows': rows2,
                    'note': '注：金额＝小学生×720元＋初中生×940元＋寄宿生×300元。'}),
         ('h', '三、资金拨付及使用'),
         ('p', '截至2024年12月31日，已拨付至学校%s元，拨付率%s%%；尚未拨付%s元，为特殊教育学校经费%s元，因该校改扩建暂缓拨付，已于2025年1月拨付到位。'
          % (I(paid), F(pr), I(unpaid), I(unpaid))),
         ('p', '县教育局对%s所学校公用经费使用情况进行了抽查，抽查学校全年公用经费支出%s元，其中教师培训费%s元，占%s%%，达到不低于5%%的要求。'
          % (I(samp), I(spend), I(train), F(tr))),
         ('h', '四、存在的问题'),
         ('p', '一是个别学校公用经费支出结构不够合理，水电、取暖等刚性支出占比偏高，教学设备维护投入不足；二是部分村小、教学点经费由中心学校统筹后二次分配不够透明，账务核算不够规范。'),
         ('h', '五、公示及监督'),
         ('p', '公示期为2025年2月10日至2月14日，共5天。如有异议，请在公示期内向县教育局计划财务股反映，联系电话：0743-6629150。'),
         ('sign', ['苡岭县教育局　　苡岭县财政局', '2025年2月10日'])]
    for a in ('苡教财〔2025〕2号', '2025年2月10日', '一是', '二是', '截至2024年12月31日', '2025年2月10日至2月14日'):
        L.anchor(a)
    return M, L
