"""t06 蒨宁县审计局 关于县文化和旅游局2024年度预算执行情况的审计报告 (docx)"""
from lib44 import D, q, F, P, I, pct, T, table, Ledger

FNAME = 't06_qianning_county_audit_bureau_culture_tourism_bureau_budget_execution_audit_report_2024.docx'
DATE = '2025年5月23日'
DOCNO = '蒨审报〔2025〕9号'


def build():
    L = Ledger()
    units = ['县图书馆', '县文化馆', '县博物馆']
    staff_jg, staff_u = 18, [21, 19, 14]
    inc = [D('2248.16'), D('96.40'), D('41.98')]
    inc_prev = D('2215.80')
    jiben, xiangmu, exp_prev = D('1507.26'), D('844.92'), D('2276.45')
    cz_spent, cz_budget = D('2214.73'), D('2316.50')
    mf_zy, mf_xj, mf_spent = D('120.00'), D('66.00'), D('172.62')
    renci = D('28.64')  # 万人次
    probs = [('预算编制不够精准', 2, D('58.60'), D('58.60')),
             ('非税收入未及时上缴', 1, D('12.84'), D('12.84')),
             ('政府采购程序不规范', 3, D('46.25'), D('31.70')),
             ('固定资产管理不到位', 2, D('27.36'), D('27.36')),
             ('结余资金未及时盘活', 1, None, None)]

    # ---- computed
    staff = staff_jg + sum(staff_u)
    INC = sum(inc)
    inc_add = INC - inc_prev
    inc_g = pct(inc_add, inc_prev)
    EXP = jiben + xiangmu
    exp_add = EXP - exp_prev
    exp_g = pct(exp_add, exp_prev)
    jb_sh, xm_sh = pct(jiben, EXP), pct(xiangmu, EXP)
    assert jb_sh + xm_sh == 100
    cz_rate = pct(cz_spent, cz_budget)
    mf = mf_zy + mf_xj
    mf_xj_sh = pct(mf_xj, mf)
    mf_rate = pct(mf_spent, mf)
    mf_jy = mf - mf_spent
    per_rc = q(mf_spent / renci)
    probs[4] = (probs[4][0], probs[4][1], mf_jy, mf_jy)  # the unspent balance is the 5th finding
    n_prob = sum(p[1] for p in probs)
    amt = sum(p[2] for p in probs)
    fixed = sum(p[3] for p in probs)
    fix_rate = pct(fixed, amt)
    unfixed = amt - fixed
    assert unfixed == probs[2][2] - probs[2][3]
    assert cz_spent <= INC and EXP <= INC

    s = dict(staff=I(staff), staff_jg=I(staff_jg), staff_u=[I(x) for x in staff_u], INC=F(INC), inc=[F(x) for x in inc],
             inc_prev=F(inc_prev), inc_add=F(inc_add), inc_g=P(inc_g), EXP=F(EXP), exp_prev=F(exp_prev),
             exp_add=F(exp_add), exp_g=P(exp_g), jiben=F(jiben), xiangmu=F(xiangmu), jb_sh=P(jb_sh), xm_sh=P(xm_sh),
             cz_spent=F(cz_spent), cz_budget=F(cz_budget), cz_rate=P(cz_rate), mf=F(mf), mf_zy=F(mf_zy),
             mf_xj=F(mf_xj), mf_xj_sh=P(mf_xj_sh), mf_spent=F(mf_spent), mf_rate=P(mf_rate), mf_jy=F(mf_jy),
             renci=P(renci), per_rc=P(per_rc), n_prob=I(n_prob), amt=F(amt), fixed=F(fixed), fix_rate=P(fix_rate),
             unfixed=F(unfixed), p=[F(x[2]) for x in probs])

    rows = [[n, str(c), F(a), F(f)] for n, c, a, f in probs]
    rows.append(['合计', s['n_prob'], s['amt'], s['fixed']])

    blocks = [
        T('title', '蒨宁县审计局关于县文化和旅游局2024年度预算执行情况的审计报告'),
        T('sub', DOCNO),
        T('p', '县文化和旅游局：'),
        T('p', '根据《中华人民共和国审计法》的规定，县审计局派出审计组，于2025年3月10日至4月18日对你局2024年度预算执行情况'
               '进行了审计，并延伸审计了所属单位。你局对所提供资料的真实性和完整性负责。现将审计情况报告如下。'),
        T('h', '一、基本情况'),
        T('p', '你局内设股室4个，所属事业单位3个，即县图书馆、县文化馆和县博物馆。年末在职人员{staff}人，其中局机关{jg}人，'
               '县图书馆、县文化馆和县博物馆分别为{u0}人、{u1}人和{u2}人。'
               .format(jg=s['staff_jg'], u0=s['staff_u'][0], u1=s['staff_u'][1], u2=s['staff_u'][2], **s)),
        T('p', '2024年收入合计{INC}万元，其中财政拨款收入{i0}万元、事业收入{i1}万元、其他收入{i2}万元，比上年（{inc_prev}万元）'
               '增加{inc_add}万元，增长{inc_g}%。支出合计{EXP}万元，较上年的{exp_prev}万元增加{exp_add}万元，增长{exp_g}%；'
               '其中基本支出{jiben}万元、项目支出{xiangmu}万元，分别占支出合计的{jb_sh}%和{xm_sh}%。财政拨款支出'
               '{cz_spent}万元，为调整预算{cz_budget}万元的{cz_rate}%。'
               .format(i0=s['inc'][0], i1=s['inc'][1], i2=s['inc'][2], **s)),
        T('p', '公共文化场馆免费开放补助资金{mf}万元，由中央补助{mf_zy}万元和县级配套{mf_xj}万元构成，县级配套占{mf_xj_sh}%。'
               '当年支出{mf_spent}万元，执行率{mf_rate}%，结余{mf_jy}万元。三馆全年免费接待群众{renci}万人次，'
               '按补助资金支出计，平均每人次补助{per_rc}元。'.format(**s)),
        T('h', '二、审计发现的主要问题'),
        T('p', '审计发现问题{n_prob}个，涉及金额{amt}万元，归为5类，即预算编制不够精准、非税收入未及时上缴、政府采购程序'
               '不规范、固定资产管理不到位和结余资金未及时盘活。具体为：2个项目年初预算{p0}万元至年中仍未启动，后调剂用于其他支出；'
               '县博物馆场地租金{p1}万元滞留超过3个月未缴入国库；3个采购项目合计{p2}万元未按规定履行采购程序；'
               '县文化馆、县图书馆合计{p3}万元设备未登记入账；免费开放补助资金结余{p4}万元未及时统筹盘活。'
               .format(p0=s['p'][0], p1=s['p'][1], p2=s['p'][2], p3=s['p'][3], p4=s['p'][4], **s)),
        T('cap', '审计发现问题及整改情况表'),
        T('unit', '金额单位：万元'),
        table(['问题类别', '问题数（个）', '涉及金额', '已整改金额'], rows, 'probs'),
        T('h', '三、整改情况'),
        T('p', '审计期间，你局边审边改，截至本报告出具日已整改{fixed}万元，整改率{fix_rate}%；尚未整改的{unfixed}万元'
               '为政府采购程序问题，需在后续合同续签时规范。'.format(**s)),
        T('h', '四、审计评价和建议'),
        T('p', '审计认为，你局2024年度预算执行总体较好，会计核算基本规范，但存在预算约束不强、内部控制薄弱等问题，'
               '本次审计查出问题金额{amt}万元。建议：一是提高预算编制的精准性；二是严格执行非税收入收缴和政府采购规定；'
               '三是健全资产管理制度；四是及时盘活结余资金。请你局在收到本报告之日起60日内将整改结果书面报送县审计局。'
               .format(**s)),
        {'t': 'sign', 'lines': ['蒨宁县审计局', DATE]},
    ]
    model = {'blocks': blocks}

    L.anchor('文号', DOCNO)
    L.dated('落款日期晚于年度终了', DATE)
    L.count('所属事业单位3个', '3', units)
    L.sum('在职人员 = 局机关 + 三单位', [s['staff_jg']] + s['staff_u'], s['staff'])
    L.sum('收入合计 = 财政拨款 + 事业 + 其他', s['inc'], s['INC'])
    L.growth('收入 比上年增加/增长', s['INC'], s['inc_prev'], s['inc_add'], s['inc_g'], '增长')
    L.sum('支出合计 = 基本 + 项目', [s['jiben'], s['xiangmu']], s['EXP'])
    L.growth('支出 较上年增加/增长', s['EXP'], s['exp_prev'], s['exp_add'], s['exp_g'], '增长')
    L.ratio('基本支出占支出合计（分别占）', s['jiben'], s['EXP'], s['jb_sh'])
    L.ratio('项目支出占支出合计（分别占）', s['xiangmu'], s['EXP'], s['xm_sh'])
    L.ratio('财政拨款支出为调整预算的', s['cz_spent'], s['cz_budget'], s['cz_rate'])
    L.sum('免费开放资金 = 中央 + 县级', [s['mf_zy'], s['mf_xj']], s['mf'])
    L.ratio('县级配套占', s['mf_xj'], s['mf'], s['mf_xj_sh'])
    L.ratio('免费开放资金执行率', s['mf_spent'], s['mf'], s['mf_rate'])
    L.diff('免费开放资金结余 = 资金 - 支出', s['mf'], s['mf_spent'], s['mf_jy'])
    L.ratio('平均每人次补助（元）= 支出万元 ÷ 万人次', s['mf_spent'], s['renci'], s['per_rc'], scale='1')
    L.count('问题归为5类', '5', [p[0] for p in probs])
    L.sum('表 问题数合计', [r[1] for r in rows[:-1]], s['n_prob'])
    L.sum('表 涉及金额合计', [r[2] for r in rows[:-1]], s['amt'])
    L.sum('表 已整改金额合计', [r[3] for r in rows[:-1]], s['fixed'])
    for r in rows[:-1]:
        L.le('表 已整改 <= 涉及：' + r[0], r[3], r[2])
    L.eq('结余资金问题金额 = 免费开放资金结余', rows[4][2], s['mf_jy'])
    L.diff('政府采购问题未整改 = 涉及 - 已整改', rows[2][2], rows[2][3], s['unfixed'])
    L.ratio('整改率', s['fixed'], s['amt'], s['fix_rate'])
    L.diff('未整改 = 涉及 - 已整改', s['amt'], s['fixed'], s['unfixed'])
    L.same('问题金额写出次数（正文、表、评价）', s['amt'], 3)
    L.anchor('评价部分复述问题金额', '查出问题金额' + s['amt'] + '万元')
    meta = {'render': 'docx', 'date': DATE, 'docno': DOCNO, 'author': '蒨宁县审计局'}
    return {'fname': FNAME, 'meta': meta, 'model': model, 'ledger': L, 's': s}
