# -*- coding: utf-8 -*-
"""t02 崟山县崟东镇卫生院 2024年度部门整体支出绩效自评报告 (docx)."""
from lib58 import Doc, D, q, F, I

STEM = 't02_yinshan_county_yindong_township_health_center_overall_expenditure_performance_selfeval_2024'

BANDS = [('90', '优秀'), ('80', '良好'), ('60', '合格'), ('0', '不合格')]

def build():
    d = Doc(STEM, 2024, 'docx')
    d.meta['title'] = '崟山县崟东镇卫生院2024年度部门整体支出绩效自评报告'
    d.set('docno', '崟东卫〔2025〕3号')
    d.set('date', '2025年3月6日')
    d.set('phone', '0734-5287163')

    d.i('quota', 58)
    onb, ext = d.i('onb', 51), d.i('ext', 13)
    staff = d.i('staff', onb + ext)
    tech = d.i('tech', 55)
    d.n('tech_sh', D(tech) * 100 / staff)
    d.i('dept_n', 6)
    beds = d.i('beds', 60)

    inc1, inc2, inc3 = d.n('inc1', D('1108.20')), d.n('inc2', D('1652.47')), d.n('inc3', D('85.68'))
    inc = d.n('inc', inc1 + inc2 + inc3)
    inc0 = d.n('inc0', D('2693.80'))
    d.n('inc_chg', inc - inc0)
    d.n('inc_gr', (inc - inc0) * 100 / inc0)
    basic = d.n('basic', D('2203.66'))
    budp = [D('318.60'), D('64.80'), D('150.00'), D('40.00'), D('35.00')]
    exp_ = [D('309.42'), D('62.15'), D('146.28'), D('36.51'), D('33.50')]
    proj = d.n('proj', sum(exp_))
    spend = d.n('spend', basic + proj)
    d.n('basic_sh', basic * 100 / spend)
    open_ = d.n('open', D('126.40'))
    d.n('close', open_ + inc - spend)
    for k in range(5):
        d.n('pb%d' % (k + 1), budp[k])
        d.n('pe%d' % (k + 1), exp_[k])
        d.n('px%d' % (k + 1), exp_[k] * 100 / budp[k])
    pbt = d.n('pbt', sum(budp))
    pet = d.n('pet', sum(exp_))
    pxt = d.n('pxt', pet * 100 / pbt)
    d.n('pxt_p', pxt)
    d.n('punsp', pbt - pet)
    d.n('pmin', min(q(e * 100 / b) for e, b in zip(exp_, budp)))

    op, op0 = d.i('op', 68420), d.i('op0', 63115)
    d.i('op_chg', op - op0)
    d.n('op_gr', D(op - op0) * 100 / op0)
    ip = d.i('ip', 2146)
    bd = d.i('bd', 15372)
    d.i('ydays', 366)
    d.n('bed_use', D(bd) * 100 / (beds * 366))
    d.n('alos', D(bd) / ip)
    oprev = d.n('oprev', D('786.54'))
    cpv = d.n('cpv', oprev * 10000 / op)
    cpv0 = d.n('cpv0', D('118.50'))
    d.n('cpv_chg', cpv0 - cpv)
    d.n('cpv_gr', (cpv0 - cpv) * 100 / cpv0)
    pop, rec = d.i('pop', 42380), d.i('rec', 38565)
    d.n('rec_r', D(rec) * 100 / pop)
    old, oldm = d.i('old', 6826), d.i('oldm', 5213)
    d.n('old_r', D(oldm) * 100 / old)
    hbp, dm = d.i('hbp', 2684), d.i('dm', 1037)
    d.i('chron', hbp + dm)
    fd, fdb = d.i('fd', 9860), d.i('fdb', 12450)
    fr = d.n('fr', D(fd) * 100 / fdb)
    fr0 = d.n('fr0', D('74.35'))
    d.n('fpp', fr - fr0)
    d.set('fword', '提高')
    d.i('sv_out', 300)
    sv_back, sv_ok = d.i('sv_back', 288), d.i('sv_ok', 271)
    sat = d.n('sat', D(sv_ok) * 100 / sv_back)

    # score table
    items = [('投入', '预算编制科学性', 5, D('5.00')),
             ('投入', '预算执行率', 10, q(pxt * 10 / 100)),
             ('过程', '财务管理', 8, D('7.50')),
             ('过程', '资产管理', 6, D('6.00')),
             ('过程', '政府采购管理', 6, D('5.50')),
             ('产出', '医疗服务量', 10, D('10.00')),
             ('产出', '住院服务质量', 8, D('7.20')),
             ('产出', '基本公共卫生服务', 12, D('11.00')),
             ('产出', '中医药服务', 5, D('4.50')),
             ('效益', '社会效益', 10, D('9.50')),
             ('效益', '可持续影响', 10, D('9.00')),
             ('满意度', '服务对象满意度', 10, q(sat * 10 / 100))]
    assert sum(x[2] for x in items) == 100
    for k, it in enumerate(items):
        d.i('w%d' % (k + 1), it[2])
        d.n('s%d' % (k + 1), it[3])
        assert it[3] <= it[2]
    d.i('wt', 100)
    tot = d.n('stot', sum(x[3] for x in items))
    cats = ['投入', '过程', '产出', '效益', '满意度']
    for j, c in enumerate(cats):
        d.i('cw%d' % (j + 1), sum(x[2] for x in items if x[0] == c))
        d.n('cs%d' % (j + 1), sum(x[3] for x in items if x[0] == c))
    d.n('stot_c', tot)
    grade = [b for lo, b in BANDS if tot >= D(lo)][0]
    d.set('grade', grade)
    d.set('grade_c', grade)

    # ---- text
    d.title('崟山县崟东镇卫生院2024年度部门整体支出绩效自评报告')
    d.p('{docno}', 'center')
    d.h('一、部门基本情况')
    d.p('崟东镇卫生院为崟山县卫生健康局所属公益一类事业单位，核定编制{quota}名，年末实有人员{staff}人，其中在编{onb}人、编外聘用{ext}人；'
        '卫生技术人员{tech}人，占实有人员的{tech_sh}%。开放床位{beds}张，内设科室{dept_n}个，即内科、外科、妇产科、公共卫生科、中医科和检验影像科，并对辖区14个村卫生室实行一体化管理。')
    d.h('二、部门收支情况')
    d.p('2024年收入合计{inc}万元，较2023年的{inc0}万元增长{inc_gr}%，增加额{inc_chg}万元。其中财政拨款收入{inc1}万元，事业收入{inc2}万元，其他收入{inc3}万元。')
    d.p('2024年支出合计{spend}万元，由基本支出{basic}万元和项目支出{proj}万元构成，基本支出占{basic_sh}%。年初结转和结余{open}万元，年末结转和结余{close}万元。')
    d.p('项目支出预算{pbt}万元，全年执行{pet}万元，执行率{pxt_p}%，未执行{punsp}万元；执行率最低的是中医药服务能力提升项目，为{pmin}%，主要是中医馆设备到货延迟。各项目执行情况见表1。')
    rows = []
    pn = ['基本公共卫生服务', '家庭医生签约服务', '医疗设备购置', '中医药服务能力提升', '院感防控']
    for k in range(5):
        rows.append([pn[k], '{pb%d}' % (k + 1), '{pe%d}' % (k + 1), '{px%d}' % (k + 1)])
    rows.append(['合计', '{pbt}', '{pet}', '{pxt}'])
    d.table('表1　2024年度项目支出预算执行情况（金额单位：万元）', None, ['项目名称', '预算数', '执行数', '执行率（%）'], rows)
    d.h('三、绩效目标完成情况')
    d.p('（一）医疗服务。全年门诊{op}人次，同比多接诊{op_chg}人次（上年{op0}人次），增长{op_gr}%；住院{ip}人次，实际占用总床日{bd}日，按{beds}张床位、全年{ydays}天计算，床位使用率为{bed_use}%，出院者平均住院日{alos}天。'
        '门诊收入{oprev}万元，次均门诊费用{cpv}元，较上年{cpv0}元下降{cpv_chg}元，降低{cpv_gr}%。')
    d.p('（二）基本公共卫生服务。辖区常住人口{pop}人，建立电子健康档案{rec}份，建档率{rec_r}%；65岁及以上老年人{old}人，纳入健康管理{oldm}人，管理率{old_r}%；'
        '慢性病规范管理{chron}人，其中高血压患者{hbp}人、2型糖尿病患者{dm}人。重点人群家庭医生签约{fd}人，占重点人群{fdb}人的{fr}%，与上年（{fr0}%）相比{fword}{fpp}个百分点。')
    d.p('（三）满意度。共发放问卷{sv_out}份，收回有效问卷{sv_back}份，其中表示满意的{sv_ok}份，满意率{sat}%（按有效问卷计算）。')
    d.h('四、自评结果')
    d.p('按照“90分（含）以上为优秀、80分（含）至90分为良好、60分（含）至80分为合格、60分以下为不合格”的标准，对照部门整体支出绩效指标逐项打分（表2）。'
        '投入{cw1}分得{cs1}分，过程{cw2}分得{cs2}分，产出{cw3}分得{cs3}分，效益{cw4}分得{cs4}分，满意度{cw5}分得{cs5}分。')
    rows = []
    for k, it in enumerate(items):
        rows.append([it[0], it[1], '{w%d}' % (k + 1), '{s%d}' % (k + 1)])
    rows.append(['合计', '', '{wt}', '{stot}'])
    d.table('表2　部门整体支出绩效自评得分表', None, ['一级指标', '二级指标', '分值', '得分'], rows)
    d.p('综上，本院2024年度部门整体支出绩效自评得分{stot_c}分，等级为“{grade_c}”。')
    d.h('五、存在问题及改进措施')
    d.p('一是部分项目执行进度偏慢；二是公共卫生随访信息录入不够及时。下一步将按月调度项目进度，中医馆设备计划于2025年4月底前完成安装验收。')
    d.p('联系电话：{phone}', 'plain')
    d.sign(['崟山县崟东镇卫生院', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    d.sum('实有人员=在编+编外', 'staff', ['onb', 'ext'])
    d.ratio('卫技人员占比', 'tech', 'staff', 'tech_sh')
    d.count('内设科室6个（即…）', 'dept_n', ['=内科', '=外科', '=妇产科', '=公共卫生科', '=中医科', '=检验影像科'])
    d.sum('收入合计=三项之和', 'inc', ['inc1', 'inc2', 'inc3'])
    d.growth('收入较上年增长/增加额', 'inc', 'inc0', amt='inc_chg', rate='inc_gr')
    d.sum('支出=基本+项目', 'spend', ['basic', 'proj'])
    d.ratio('基本支出占比', 'basic', 'spend', 'basic_sh')
    d.bal('年末结转=年初+收入-支出', 'open', ['inc'], ['spend'], 'close')
    for k in range(1, 6):
        d.ratio('表1 第%d行 执行率' % k, 'pe%d' % k, 'pb%d' % k, 'px%d' % k)
    d.sum('表1 预算数合计', 'pbt', ['pb%d' % k for k in range(1, 6)])
    d.sum('表1 执行数合计', 'pet', ['pe%d' % k for k in range(1, 6)])
    d.ratio('表1 合计执行率', 'pet', 'pbt', 'pxt')
    d.same('正文项目执行率=表1合计', 'pxt_p', 'pxt')
    d.same('项目支出=表1执行数合计', 'proj', 'pet')
    d.diff('未执行=预算-执行', 'pbt', 'pet', 'punsp')
    d.minof('执行率最低项目', 'pmin', ['px%d' % k for k in range(1, 6)])
    d.growth('门诊人次同比多接诊/增长', 'op', 'op0', amt='op_chg', rate='op_gr')
    d.prod('床位日数=床位×366（中间量）', 'beds', 'ydays', '=21960', places=0)
    d.ratio('床位使用率=占用床日/21960', 'bd', '=21960', 'bed_use')
    d.ratio('平均住院日=占用床日/住院人次', 'bd', 'ip', 'alos', mul='=1')
    d.ratio('次均门诊费用=门诊收入/门诊人次', 'oprev', 'op', 'cpv', mul='=10000')
    d.growth('次均门诊费用下降/降低', 'cpv', 'cpv0', amt='cpv_chg', rate='cpv_gr')
    d.ratio('建档率', 'rec', 'pop', 'rec_r')
    d.ratio('老年人健康管理率', 'oldm', 'old', 'old_r')
    d.sum('慢病规范管理=高血压+糖尿病', 'chron', ['hbp', 'dm'])
    d.ratio('家庭医生签约率', 'fd', 'fdb', 'fr')
    d.pp('签约率提高百分点', 'fr', 'fr0', 'fpp', 'fword')
    d.ratio('满意率=满意/有效问卷', 'sv_ok', 'sv_back', 'sat')
    d.le('有效问卷不超过发放', 'sv_back', 'sv_out')
    d.ratio('预算执行率得分=执行率×10%', 'pxt', '=100', 's2', mul='=10')
    d.ratio('满意度得分=满意率×10%', 'sat', '=100', 's12', mul='=10')
    d.sum('表2 分值合计100', 'wt', ['w%d' % k for k in range(1, 13)])
    d.sum('表2 得分合计', 'stot', ['s%d' % k for k in range(1, 13)])
    groups = {1: [1, 2], 2: [3, 4, 5], 3: [6, 7, 8, 9], 4: [10, 11], 5: [12]}
    for j, ks in groups.items():
        d.sum('一级指标%d 分值小计' % j, 'cw%d' % j, ['w%d' % k for k in ks])
        d.sum('一级指标%d 得分小计' % j, 'cs%d' % j, ['s%d' % k for k in ks])
    d.same('结论得分=表2合计', 'stot_c', 'stot')
    d.band('等级与得分区间相符', 'stot_c', 'grade_c', BANDS)
    return d
