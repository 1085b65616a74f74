"""t06 - 吉林省松漳县财政局 2024年度惠民惠农财政补贴资金“一卡通”发放情况公告 (.txt; table in 元, prose in 万元/亿元,
one passage and the signature date in full-width digits)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk29 import B, D, F, I, Ledger, T, fw, pct, q, run  # noqa: E402

STEM = 't06_songzhang_one_card_subsidy_notice_2024'
EXT = '.txt'


def build():
    L = Ledger(STEM + EXT)
    bl = []

    def P(s):
        bl.append(B('P', s))

    # ------------------------------------------------------------ base inputs (元)
    # 项目, 主管部门, 计量单位, 数量 (None = lump sum), 标准 (None = 按实核定), 金额 (only for lump sums)
    items = [
        ['耕地地力保护补贴', '县农业农村局', '亩', 1864230, D('96.50'), '元/亩', None],
        ['大豆生产者补贴', '县农业农村局', '亩', 154360, D('318.20'), '元/亩', None],
        ['生态公益林补偿', '县林业局', '亩', 412600, D('15.75'), '元/亩', None],
        ['特困人员救助供养金', '县民政局', '人·月', 11352, D('1120'), '元/人·月', None],
        ['困难残疾人生活补贴', '县残联', '人·月', 52836, D('90'), '元/人·月', None],
        ['重度残疾人护理补贴', '县残联', '人·月', 38412, D('100'), '元/人·月', None],
        ['高龄老人津贴（80周岁以上）', '县民政局', '人·月', 73680, D('100'), '元/人·月', None],
        ['农村计划生育家庭奖励扶助金', '县卫健局', '人', 4862, D('960'), '元/人·年', None],
        ['城乡居民最低生活保障金', '县民政局', '—', None, None, '按户差额核定', D('38462350.00')],
        ['农机购置与应用补贴', '县农业农村局', '台（套）', 1286, None, '按机具目录', D('9136480.00')],
        ['优抚对象抚恤和生活补助', '县退役军人事务局', '—', None, None, '按类别核定', D('5286770.00')],
        ['临时救助金', '县民政局', '人次', 2147, None, '按实核定', D('2318650.00')],
    ]
    last_wan = D('30518.27')
    fail_n, fail_yuan, redo_n = 312, D('48620.00'), 296
    ontime_batches, batches = 143, 146
    households = D('12.36')
    # ------------------------------------------------------------ derived
    for it in items:
        if it[6] is None:
            it[6] = D(it[3]) * it[4]
    total = sum((it[6] for it in items), D(0))
    total_wan = q(total / 10000)
    total_yi = q(total / 100000000)
    g = pct(total_wan - last_wan, last_wan)
    depts = []
    for it in items:
        if it[1] not in depts:
            depts.append(it[1])
    dsum = {d: sum((it[6] for it in items if it[1] == d), D(0)) for d in depts}
    dwan = {d: q(dsum[d] / 10000) for d in depts}
    prod_items = [it for it in items if it[4] is not None]
    n_items = len(items)

    # ------------------------------------------------------------ text
    bl.append(B('TITLE', '松漳县财政局'))
    bl.append(B('TITLE', '2024年度惠民惠农财政补贴资金“一卡通”发放情况公告'))
    bl.append(B('DOCNO', '松财公告〔2025〕2号'))
    bl.append(B('BLANK'))
    P('为进一步规范惠民惠农财政补贴资金“一卡通”管理，保障群众知情权和监督权，根据吉林省财政厅等部门关于加强惠民惠农财政补贴'
      '资金“一卡通”管理的有关规定，现将松漳县2024年度通过“一卡通”发放的惠民惠农财政补贴资金情况公告如下。')

    bl.append(B('H1', '一、总体发放情况'))
    P(f'2024年1月1日至12月31日，全县通过“一卡通”系统共发放惠民惠农财政补贴资金{n_items}项，发放金额{I(total)}元'
      f'（合计{F(total_wan)}万元，约{total_yi}亿元），比上年{F(last_wan)}万元增长{g}%，惠及全县{households}万户城乡居民。'
      f'所有补贴资金均由县财政国库集中支付系统直接发放至补贴对象的社会保障卡或“一卡通”账户，未经乡镇、村组转拨。')
    L.count('补贴项目数', str(n_items), [it[0] for it in items])
    L.conv('发放金额 元 -> 万元', F(total_wan), I(total), '10000')
    L.conv('发放金额 元 -> 亿元', str(total_yi), I(total), '100000000')
    L.growth('发放金额 同比增长', str(g), F(total_wan), F(last_wan), '增长')
    L.anchor('2024年1月1日至12月31日')
    P('各补贴项目发放明细见表1。表中按面积、人数或人·月计发的项目，发放金额等于数量乘以补贴标准；按户差额核定、按机具目录或按'
      '实核定的项目，只列发放金额。')
    rows = []
    for k, it in enumerate(items, 1):
        rows.append([str(k), it[0], it[1], it[2], I(it[3]) if it[3] is not None else '—',
                     (F(it[4]) if it[4] != it[4].to_integral() else I(it[4])) + it[5] if it[4] is not None else it[5],
                     F(it[6])])
    rows.append(['', '合计', '', '', '', '', F(total)])
    bl.append(T('表1', '表1  松漳县2024年度惠民惠农财政补贴资金“一卡通”发放明细表',
                ['序号', '补贴项目', '主管部门', '计量单位', '数量', '补贴标准', '发放金额（元）'], rows))
    for it in prod_items:
        std = F(it[4]) if it[4] != it[4].to_integral() else I(it[4])
        L.prod(f'表1 {it[0]} = 数量 x 标准', F(it[6]), [I(it[3]), std])
    L.sum('表1 发放金额合计', F(total), [F(it[6]) for it in items])
    L.same('合计(元, 带分) = 正文(元)', F(total), I(total) + '.00')

    bl.append(B('H1', '二、分部门发放情况'))
    parts = []
    for d in depts:
        parts.append(f'{d}{F(dwan[d])}万元（占{pct(dsum[d], total)}%）')
    P('按主管部门分，' + '，'.join(parts) + '。')
    for d in depts:
        L.rate(f'{d} 占比', str(pct(dsum[d], total)), F(dwan[d]), F(total_wan))
        its = [F(it[6]) for it in items if it[1] == d]
        v = sum((D(x) for x in its), D(0)) / 10000
        L.check(f'{d} 万元 = 表1 各行(元)之和 / 10000', q(v) == dwan[d], f'{F(dwan[d])} =? (' + ' + '.join(its) + f') / 10000 (= {v})')
        L.numbers.extend([x for x in its if x not in L.numbers])
    L.sum('部门占比合计 100.00', '100.00', [str(pct(dsum[d], total)) for d in depts], implicit=True)
    P(f'县农业农村局发放金额最大，主要是耕地地力保护补贴{F(items[0][6])}元，按全县确权承包耕地面积{I(items[0][3])}亩'
      f'（{q(D(items[0][3]) / 10000)}万亩）、每亩{F(items[0][4])}元标准发放；大豆生产者补贴按实际种植面积'
      f'{q(D(items[1][3]) / 10000)}万亩、每亩{F(items[1][4])}元标准发放。')
    L.conv('耕地面积 亩 -> 万亩', str(q(D(items[0][3]) / 10000)), I(items[0][3]), '10000')
    L.conv('大豆面积 亩 -> 万亩', str(q(D(items[1][3]) / 10000)), I(items[1][3]), '10000')
    L.same('耕地地力保护补贴 正文 = 表1', F(items[0][6]), F(items[0][6]))

    bl.append(B('H1', '三、主要补贴项目政策说明'))
    P(f'（一）耕地地力保护补贴。补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮承包耕地确权面积，已改变用途的耕地、长年抛荒地'
      f'和占补平衡中“补”的面积不予补贴。2024年补贴标准为每亩{F(items[0][4])}元，于当年5月底前一次性发放到户。')
    P(f'（二）大豆生产者补贴。按照“谁种植、补给谁”的原则，对在县域内实际种植大豆的生产者给予补贴，补贴面积以乡镇核实、县级'
      f'复核并公示无异议的实际种植面积为准，2024年每亩补贴{F(items[1][4])}元。')
    P(f'（三）社会救助类补贴。特困人员救助供养金按每人每月{I(items[3][4])}元标准按月发放；城乡居民最低生活保障金按保障对象家庭'
      f'人均收入与当地低保标准的差额按月核定发放，因家庭收入各不相同，表中只列全年发放金额；临时救助金按一事一议、据实核定。')
    P(f'（四）残疾人和老年人补贴。困难残疾人生活补贴每人每月{I(items[4][4])}元，重度残疾人护理补贴每人每月{I(items[5][4])}元，'
      f'80周岁以上老年人高龄津贴每人每月{I(items[6][4])}元，均按月发放；农村计划生育家庭奖励扶助金每人每年{I(items[7][4])}元，'
      f'于每年第三季度一次性发放。')

    bl.append(B('H1', '四、发放管理情况'))
    P(f'（一）发放时效。全年共分{batches}个批次发放补贴资金，其中{ontime_batches}个批次在规定时限内发放到位，按时发放率'
      f'{pct(ontime_batches, batches)}%；{batches - ontime_batches}个批次因补贴对象信息核验延迟，较规定时限推迟3至5个工作日发放。')
    L.rate('按时发放率', str(pct(ontime_batches, batches)), str(ontime_batches), str(batches))
    L.diff('推迟批次 = 批次 - 按时批次', str(batches - ontime_batches), str(batches), str(ontime_batches))
    P(f'（二）发放失败处理。全年因账户注销、冻结、户名不符等原因发放失败{fail_n}笔、金额{F(fail_yuan)}元，经乡镇财政所'
      f'核实后已重新发放{redo_n}笔；其余{fail_n - redo_n}笔因补贴对象死亡或迁出，正在按规定办理资金收回或转发手续。')
    L.diff('待处理失败笔数 = 失败 - 重新发放', str(fail_n - redo_n), str(fail_n), str(redo_n))
    P('（三）信息管理。全县“一卡通”系统已与民政、残联、农业农村等部门业务系统实现补贴对象信息比对，全年比对发现疑似重复享受、'
      '死亡仍领取等问题线索87条，经核实后停发补贴23人，追回资金已全部缴回县级国库。')
    P('（四）公开公示。补贴政策、补贴对象、补贴标准和发放金额等信息已在县政府门户网站和各村公示栏公开，涉及个人隐私的信息已作'
      '脱敏处理。')

    bl.append(B('H1', '五、监督举报'))
    P(fw('本公告公示期为2025年1月24日至2025年2月7日，共15天。') + '对公告内容有异议，或发现虚报冒领、截留挪用、优亲厚友等问题，'
      '可在公示期内向县财政局或县纪委监委反映。县财政局监督电话：' + fw('0434') + '－' + fw('6253107') + '；县纪委监委举报电话：12388。')
    L.check('公示期 2025-01-24..2025-02-07 共15天', (31 - 24 + 1) + 7 == 15, '8 + 7 = 15')
    P('特此公告。')
    bl.append(B('BLANK'))
    bl.append(B('RIGHT', '松漳县财政局'))
    date = fw('2025') + '年' + fw('1') + '月' + fw('24') + '日'
    bl.append(B('RIGHT', date))
    L.dated('公告日期在2024年度结束之后', date, (2025, 1, 24), (2024, 12, 31))
    L.anchor('松财公告〔2025〕2号')
    L.facts.update({'total_yuan': I(total), 'total_wan': F(total_wan), 'growth': str(g), 'n_items': n_items,
                    'date': '2025年1月24日 (full-width)'})
    model = {'blocks': bl}
    return model, L


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    p, led = run(build, out, STEM, EXT)
    print(p, len(led.checks), 'checks', led.facts)
