"""t03 滍源县教育局、财政局 2025年度普惠性民办幼儿园生均公用经费补助资金清算结果公示 (txt, space-aligned table)"""
from lib52 import D, Doc, F, I, P, q

NAME = 't03_zhiyuan_county_inclusive_private_kindergarten_subsidy_settlement_notice_2025'
FMT = 'txt-space'
EXT = 'txt'
FY = 2025


def build(ov=None):
    d = Doc(ov)
    v = d.s
    L = d.L
    strict = not ov
    # ---- base inputs
    std = 800                      # 元/生/年
    award = {'一级': D('5.00'), '二级': D('3.00'), '三级': D('1.50')}
    kgs = [  # 名称, 等级, 春季在园, 秋季在园, 已预拨(万元)
        ('滍源县启明幼儿园', '一级', 312, 298, D('28.60')),
        ('城关育才幼儿园', '一级', 276, 281, D('27.00')),
        ('滍源县童乐幼儿园', '二级', 245, 236, D('22.40')),
        ('滍城镇阳光幼儿园', '二级', 188, 191, D('18.20')),
        ('滍南乡金苗幼儿园', '二级', 152, 147, D('15.40')),
        ('滍东镇小博士幼儿园', '三级', 126, 119, D('11.60')),
        ('滍西乡蓓蕾幼儿园', '三级', 97, 104, D('9.00')),
        ('滍北镇星星幼儿园', '三级', 83, 78, D('8.20')),
    ]
    kids0 = 1563
    central = D('70.00')
    # ---- derived
    rows = []
    recs = []
    for nm, lv, a, b, pre in kgs:
        k = int(q(D(a + b) / 2, 0))
        sub = q(D(k) * std / 10000)
        aw = award[lv]
        due = sub + aw
        recs.append((nm, lv, a, b, k, sub, aw, due, pre, due - pre))
    N = len(recs)
    tot = lambda i: sum(r[i] for r in recs)
    kids = tot(4)
    sub_t, aw_t, due_t, pre_t, set_t = tot(5), tot(6), tot(7), tot(8), tot(9)
    plus = sum(r[9] for r in recs if r[9] > 0)
    minus = -sum(r[9] for r in recs if r[9] < 0)
    assert plus - minus == set_t
    county = due_t - central
    assert county > 0
    by = {lv: [r[0] for r in recs if r[1] == lv] for lv in award}

    d.title('滍源县教育局　滍源县财政局关于2025年度普惠性民办幼儿园生均公用经费补助资金清算结果的公示')
    d.plain(v('docno', '滍教〔2026〕2号'))
    d.p('根据县普惠性民办幼儿园扶持管理办法，县教育局、县财政局对2025年度普惠性民办幼儿园生均公用经费补助资金进行了清算，现将结果公示如下：')
    d.h('一、清算标准')
    d.p('生均公用经费补助标准为每生每年%s元，核定人数取2025年春季学期、秋季学期在园幼儿数的平均数，平均数出现0.5人的按四舍五入计为1人。'
        '等级奖补按办园等级核定，一级园每所%s万元、二级园每所%s万元、三级园每所%s万元。' % (
            v('std', str(std)), v('aw1', F(award['一级'])), v('aw2', F(award['二级'])), v('aw3', F(award['三级']))))
    d.h('二、清算结果')
    d.p('纳入本次清算的普惠性民办幼儿园共%s所，即%s。按办园等级分，一级园%s所、二级园%s所、三级园%s所。' % (
        v('nk', str(N)), '、'.join(r[0] for r in recs), v('n1', str(len(by['一级']))), v('n2', str(len(by['二级']))),
        v('n3', str(len(by['三级'])))))
    L.count('清算幼儿园所数', 'nk', [r[0] for r in recs])
    L.count('一级园所数（表中等级列）', 'n1', by['一级'])
    L.count('二级园所数（表中等级列）', 'n2', by['二级'])
    L.count('三级园所数（表中等级列）', 'n3', by['三级'])
    d.p('全县核定在园幼儿%s人，较2024年度的%s人减少%s人，下降%s%%。应拨补助资金%s万元，其中生均公用经费补助%s万元、等级奖补%s万元，'
        '生均公用经费补助占%s%%；平均每所幼儿园%s万元。' % (
            v('kids', I(kids)), v('kids0', I(kids0)), v('kids_d', I(kids0 - kids)), v('kids_r', P(D(kids0 - kids) / kids0 * 100)),
            v('due', F(due_t)), v('sub', F(sub_t)), v('awt', F(aw_t)), v('sub_sh', P(sub_t / due_t * 100)), v('avg', F(due_t / N))))
    L.growth('核定人数较上年下降', 'kids', 'kids0', 'kids_d', 'kids_r', -1)
    L.sum('应拨=生均补助+等级奖补', 'due', ['sub', 'awt'])
    L.ratio('生均补助占比', 'sub_sh', 'sub', 'due')
    L.ratio('平均每所应拨（表中%d所）' % N, 'avg', 'due', '=%d' % N, '=1')
    L.prod('生均补助总额=核定人数×标准', 'sub', 'kids', 'std', '=0.0001')
    L.expr('等级奖补=所数×标准', 'awt', ['n1', 'aw1', 'n2', 'aw2', 'n3', 'aw3'],
           lambda a, b, c, e, f, g: a * b + c * e + f * g, 'n1*aw1+n2*aw2+n3*aw3')
    d.p('2025年初已按2024年秋季学期人数预拨%s万元，清算后应补拨%s万元、应收回%s万元，相抵后净补拨%s万元。' % (
        v('pre', F(pre_t)), v('plus', F(plus)), v('minus', F(minus)), v('net', F(set_t))))
    L.diff('净补拨=补拨-收回', 'net', 'plus', 'minus')
    L.diff('净补拨=应拨-预拨', 'net', 'due', 'pre')
    trows = []
    for i, (nm, lv, a, b, k, sub, aw, due, pre, st) in enumerate(recs, 1):
        trows.append([nm, lv, v('a%d' % i, I(a)), v('b%d' % i, I(b)), v('k%d' % i, I(k)), v('sub%d' % i, F(sub)),
                      v('aw%d_' % i, F(aw)), v('due%d' % i, F(due)), v('pre%d' % i, F(pre)), v('st%d' % i, F(st))])
        L.expr('表 %s 核定人数=两学期平均（四舍五入）' % nm, 'k%d' % i, ['a%d' % i, 'b%d' % i], lambda x, y: (x + y) / 2,
               '(春+秋)/2', 0)
        L.prod('表 %s 生均补助=核定×标准' % nm, 'sub%d' % i, 'k%d' % i, 'std', '=0.0001')
        L.sum('表 %s 应拨=生均+奖补' % nm, 'due%d' % i, ['sub%d' % i, 'aw%d_' % i])
        L.diff('表 %s 清算=应拨-预拨' % nm, 'st%d' % i, 'due%d' % i, 'pre%d' % i)
    trows.append(['合计', '', v('a_t', I(tot(2))), v('b_t', I(tot(3))), v('k_t', I(kids)), v('sub_t', F(sub_t)),
                  v('aw_t', F(aw_t)), v('due_t', F(due_t)), v('pre_t', F(pre_t)), v('st_t', F(set_t))])
    for col, key in [(2, 'a'), (3, 'b'), (4, 'k'), (5, 'sub'), (7, 'due'), (8, 'pre'), (9, 'st')]:
        L.sum('表 %s列合计' % ['', '', '春季学期', '秋季学期', '核定人数', '生均补助', '', '应拨合计', '已预拨', '清算数'][col],
              key + '_t', ['%s%d' % (key, i) for i in range(1, N + 1)])
    L.sum('表 等级奖补列合计', 'aw_t', ['aw%d_' % i for i in range(1, N + 1)])
    L.sum('正文核定人数=表中各园核定人数之和', 'kids', ['k%d' % i for i in range(1, N + 1)])
    L.sum('正文应拨=表中各园应拨之和', 'due', ['due%d' % i for i in range(1, N + 1)])
    L.sum('正文预拨=表中各园预拨之和', 'pre', ['pre%d' % i for i in range(1, N + 1)])
    d.table('2025年度普惠性民办幼儿园补助资金清算表', '单位：人、万元（清算数为负表示应收回）',
            ['幼儿园', '等级', '春季学期', '秋季学期', '核定人数', '生均补助', '等级奖补', '应拨合计', '已预拨', '清算数'], trows)
    d.h('三、资金来源')
    d.p('应拨资金中，中央支持学前教育发展资金%s万元，县级财政资金%s万元，县级资金占%s%%。补拨资金于公示结束后15个工作日内拨付，'
        '应收回资金从2026年度预拨资金中抵扣。' % (v('central', F(central)), v('county', F(county)), v('county_sh', P(county / due_t * 100))))
    L.sum('应拨=中央+县级', 'due', ['central', 'county'])
    L.ratio('县级资金占比', 'county_sh', 'county', 'due')
    d.h('四、公示时间')
    d.p('公示期为5个工作日。对公示内容有异议的，请在公示期内向县教育局学前教育股反映，联系电话：0857-4729136。')
    d.sign('滍源县教育局　　滍源县财政局', v('date', '2026年1月20日'))
    L.dated('落款晚于年度终了', 'date', FY)
    L.anchor('文号', '滍教〔2026〕2号')
    L.anchor('电话', '0857-4729136')
    d.meta.update(date=d.v['date'], docno=d.v['docno'])
    if strict:
        L.run()
    return d
