# -*- coding: utf-8 -*-
"""t01 蕹溪县 2024年度城乡居民基本医疗保险基金决算情况说明 (txt, space-aligned tables)."""
from lib42 import D, F, I, P, q, pct, Ledger

FNAME = 't01_wengxi_county_urban_rural_resident_medical_insurance_fund_final_accounts_2024.txt'


def build():
    L = Ledger(FNAME)
    blocks = []
    docno = '蕹医保联〔2025〕5号'
    date = '2025年3月18日'
    L.facts['docno'] = docno

    # ---- inputs
    stu, adult, old = 71306, 143952, 71162
    prev_ins = 291035
    should = 295740
    fee_p, sub_p, sub_prev = 380, 670, 640
    interest, other = D('286.45'), D('52.30')
    interest0, other0 = D('301.20'), D('48.75')
    hosp, outp, chron = D('18642.30'), D('3815.60'), D('2406.75')
    hosp0, outp0, chron0 = D('17905.20'), D('3402.15'), D('2215.40')
    serious, oth_x = D('2380.00'), D('96.40')
    serious0, oth_x0 = D('2310.00'), D('88.60')
    open_bal = D('14260.35')
    hosp_times = 52380
    policy_cost = D('27246.50')
    chron_people = 12846
    inst_county, inst_town, inst_vil = 3, 18, 225

    # ---- derived
    ins = stu + adult + old
    dec = prev_ins - ins
    fee = q(D(ins) * fee_p / 10000)
    sub = q(D(ins) * sub_p / 10000)
    assert D(ins) * fee_p / 10000 == fee and D(ins) * sub_p / 10000 == sub
    fee0 = q(D(prev_ins) * fee_p / 10000)
    sub0 = q(D(prev_ins) * sub_prev / 10000)
    inc = fee + sub + interest + other
    inc0 = fee0 + sub0 + interest0 + other0
    ben = hosp + outp + chron
    ben0 = hosp0 + outp0 + chron0
    exp = ben + serious + oth_x
    exp0 = ben0 + serious0 + oth_x0
    bal = inc - exp
    close_bal = open_bal + bal
    month = q(exp / 12)
    months = q(close_bal / month)
    sub_sh, sub_sh0 = pct(sub, inc), pct(sub0, inc0)
    inst = inst_county + inst_town + inst_vil

    def g(a, b):
        return F(a - b), P((a - b) / b * 100)

    # ---- text
    blocks.append(('title', '蕹溪县2024年度城乡居民基本医疗保险基金决算情况说明'))
    blocks.append(('sub', docno))
    p1 = ('根据基金决算编报要求，现将我县2024年度城乡居民基本医疗保险（以下简称居民医保）基金决算情况说明如下。')
    blocks.append(('p', p1))
    blocks.append(('h', '一、参保和筹资情况'))
    blocks.append(('p', '2024年末全县居民医保参保%s人，较上年末的%s人减少%s人，降幅%s%%，主要是外出务工人员转入职工医保。'
                        '参保人员中，学生儿童%s人、18至59周岁成年居民%s人、60周岁及以上老年居民%s人。按全县应参保人数%s人计算，'
                        '参保率为%s%%。'
                   % (I(ins), I(prev_ins), I(dec), P(D(dec) / prev_ins * 100), I(stu), I(adult), I(old), I(should),
                      P(D(ins) / should * 100))))
    blocks.append(('p', '个人缴费标准为每人每年%d元，与上年持平；各级财政补助标准由每人每年%d元提高到%d元，人均筹资合计%s元。'
                   % (fee_p, sub_prev, sub_p, I(fee_p + sub_p))))
    L.sum('参保人数 = 学生儿童 + 成年 + 老年', I(ins), I(stu), I(adult), I(old))
    L.growth('参保人数 较上年末 减少/降幅', I(ins), I(prev_ins), I(dec), P(D(dec) / prev_ins * 100), '减少 降幅')
    L.rate('参保率 = 参保 / 应参保', I(ins), I(should), P(D(ins) / should * 100))
    L.sum('人均筹资 = 个人缴费 + 财政补助', I(fee_p + sub_p), str(fee_p), str(sub_p))

    blocks.append(('h', '二、基金收入'))
    blocks.append(('p', '2024年基金收入合计%s万元，较上年同期增长%s%%。其中，保险费收入%s万元（%s人×%d元），'
                        '财政补贴收入%s万元（%s人×%d元），利息收入%s万元，其他收入%s万元。财政补贴收入占基金收入的%s%%，'
                        '占比较上年的%s%%提高%s个百分点。'
                   % (F(inc), P((inc - inc0) / inc0 * 100), F(fee), I(ins), fee_p, F(sub), I(ins), sub_p, F(interest),
                      F(other), P(sub_sh), P(sub_sh0), P(sub_sh - sub_sh0))))
    blocks.append(('unit', '表1  居民医保基金收入决算表'))
    blocks.append(('unit', '单位：万元、%'))
    rows = [['项目', '2024年', '2023年', '增减额', '增减率']]
    for name, a, b in [('保险费收入', fee, fee0), ('财政补贴收入', sub, sub0), ('利息收入', interest, interest0),
                       ('其他收入', other, other0), ('收入合计', inc, inc0)]:
        amt, r = g(a, b)
        rows.append([name, F(a), F(b), amt, r])
        L.signed_growth('表1 %s 增减额/增减率' % name, F(a), F(b), amt, r)
    blocks.append(('table', {'rows': rows}))
    L.sum('表1 收入合计(2024) = 各项', F(inc), F(fee), F(sub), F(interest), F(other))
    L.sum('表1 收入合计(2023) = 各项', F(inc0), F(fee0), F(sub0), F(interest0), F(other0))
    L.prod('保险费收入 = 参保 × 380 ÷ 10000', I(ins), str(fee_p), F(fee), scale=10000)
    L.prod('财政补贴收入 = 参保 × 670 ÷ 10000', I(ins), str(sub_p), F(sub), scale=10000)
    L.growth_rate('基金收入 较上年同期增长', F(inc), F(inc0), P((inc - inc0) / inc0 * 100), '增长')
    L.rate('财政补贴占基金收入', F(sub), F(inc), P(sub_sh))
    L.rate('上年财政补贴占比', F(sub0), F(inc0), P(sub_sh0))
    L.pp('补贴占比 提高 个百分点', P(sub_sh), P(sub_sh0), P(sub_sh - sub_sh0), '提高')

    blocks.append(('h', '三、基金支出'))
    blocks.append(('p', '2024年基金支出合计%s万元，较上年同期增长%s%%。其中，待遇支出%s万元，由住院医疗费用%s万元、'
                        '普通门诊统筹%s万元和门诊慢特病%s万元构成；向承办机构拨付大病保险资金%s万元；其他支出%s万元。'
                   % (F(exp), P((exp - exp0) / exp0 * 100), F(ben), F(hosp), F(outp), F(chron), F(serious), F(oth_x))))
    hosp_sh = pct(hosp, ben)
    blocks.append(('p', '住院医疗费用支出占待遇支出的%s%%。全年住院%s人次，政策范围内住院费用%s万元，统筹基金支付比例为%s%%，'
                        '平均每人次统筹支付%s元。门诊慢特病待遇享受%s人，人均%s元。按年末参保人数计算，人均待遇支出%s元。'
                   % (P(hosp_sh), I(hosp_times), F(policy_cost), P(pct(hosp, policy_cost)),
                      F(hosp * 10000 / hosp_times), I(chron_people), F(chron * 10000 / chron_people),
                      F(ben * 10000 / ins))))
    blocks.append(('unit', '表2  居民医保基金支出决算表（单位：万元、%）'))
    rows = [['项目', '2024年', '2023年', '增减率']]
    for name, a, b in [('住院医疗费用', hosp, hosp0), ('普通门诊统筹', outp, outp0), ('门诊慢特病', chron, chron0),
                       ('待遇支出小计', ben, ben0), ('大病保险支出', serious, serious0), ('其他支出', oth_x, oth_x0),
                       ('支出合计', exp, exp0)]:
        r = P((a - b) / b * 100)
        rows.append([name, F(a), F(b), r])
        L.growth_rate('表2 %s 增减率' % name, F(a), F(b), r, '增长')
    blocks.append(('table', {'rows': rows}))
    L.sum('表2 待遇支出小计(2024)', F(ben), F(hosp), F(outp), F(chron))
    L.sum('表2 待遇支出小计(2023)', F(ben0), F(hosp0), F(outp0), F(chron0))
    L.sum('表2 支出合计(2024) = 小计 + 大病 + 其他', F(exp), F(ben), F(serious), F(oth_x))
    L.sum('表2 支出合计(2023) = 小计 + 大病 + 其他', F(exp0), F(ben0), F(serious0), F(oth_x0))
    L.rate('住院 占 待遇支出', F(hosp), F(ben), P(hosp_sh))
    L.rate('统筹基金支付比例 = 住院支出 / 政策范围内费用', F(hosp), F(policy_cost), P(pct(hosp, policy_cost)))
    L.quot('平均每人次统筹支付 (元)', F(hosp), I(hosp_times), F(hosp * 10000 / hosp_times), scale=10000)
    L.quot('慢特病 人均 (元)', F(chron), I(chron_people), F(chron * 10000 / chron_people), scale=10000)
    L.quot('人均待遇支出 (元) = 待遇支出 / 参保', F(ben), I(ins), F(ben * 10000 / ins), scale=10000)

    blocks.append(('h', '四、基金结余'))
    blocks.append(('p', '2024年基金当期结余%s万元，当期结余率%s%%；加上年初滚存结余%s万元，年末滚存结余%s万元。'
                        '按2024年月均支出%s万元测算，滚存结余可支付%s个月，处于合理区间。'
                   % (F(bal), P(pct(bal, inc)), F(open_bal), F(close_bal), F(month), P(months))))
    L.diff('当期结余 = 收入 - 支出', F(inc), F(exp), F(bal))
    L.rate('当期结余率 = 当期结余 / 收入', F(bal), F(inc), P(pct(bal, inc)))
    L.sum('年末滚存 = 年初 + 当期结余', F(close_bal), F(open_bal), F(bal))
    L.quot('月均支出 = 支出合计 / 12', F(exp), '12', F(month), const_den=True)
    L.quot('可支付月数 = 滚存 / 月均支出', F(close_bal), F(month), P(months))

    blocks.append(('h', '五、其他需要说明的事项'))
    blocks.append(('p', '全县居民医保定点医疗机构共计%d家，其中县级公立医院%d家、乡镇卫生院%d家、村卫生室和社区卫生服务站%d家，'
                        '均已接入医保信息平台。大病保险继续由商业保险机构承办，年度结算后无结余返还。' %
                   (inst, inst_county, inst_town, inst_vil)))
    L.sum('定点医疗机构 = 县级 + 乡镇 + 村', str(inst), str(inst_county), str(inst_town), str(inst_vil))
    blocks.append(('p', '联系电话：0745-3862159'))
    blocks.append(('sign', ['蕹溪县医疗保障局　　蕹溪县财政局', date]))
    L.dated('落款日期晚于2024年末', date)
    L.anchor('文号', docno)
    L.anchor('电话', '0745-3862159')
    L.same('支出合计 written twice (表2 + 正文)', F(exp), 2)
    L.same('收入合计 written twice', F(inc), 2)
    meta = dict(fname=FNAME, fmt='txt-space', author='蕹溪县医疗保障局')
    return blocks, L, meta
