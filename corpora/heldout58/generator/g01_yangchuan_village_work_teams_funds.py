# -*- coding: utf-8 -*-
"""t01 旸川县 驻村工作队经费使用情况报告 2025 (txt, space-aligned table)."""
from lib58 import Doc, D, q, F, I

STEM = 't01_yangchuan_county_village_resident_work_teams_funds_use_report_2025'

def build():
    d = Doc(STEM, 2025, 'txt-space')
    d.meta['title'] = '关于2025年度驻村工作队经费使用情况的报告'
    d.set('docno', '旸组通〔2026〕5号')
    d.set('date', '2026年1月20日')
    d.set('phone', '0738-6159247')

    # ---- base inputs
    teams = d.i('teams', 42)
    county = d.i('county', 97)
    town = d.i('town', 34)
    members = d.i('members', county + town)
    d.i('sec', teams)  # 第一书记 one per team
    v1, v2, v3 = d.i('v1', 18), d.i('v2', 15), d.i('v3', 9)
    d.i('vtot', v1 + v2 + v3)
    assert v1 + v2 + v3 == teams
    mdays = d.i('mdays', 31178)
    avgday = d.n('avgday', D(mdays) / members, 1)
    d.i('minday', 220)
    d.i('yeardays', 365)
    d.n('dayshare', avgday * 100 / 365)

    std_team = d.n('std_team', 2)
    std_life = d.i('std_life', 800)
    pm = d.i('pm', 1512)
    std_ins = d.i('std_ins', 300)
    std_exam = d.i('std_exam', 500)
    b1 = d.n('b1', std_team * teams)
    b2 = d.n('b2', D(std_life) * pm / 10000)
    b3 = d.n('b3', D(std_ins) * members / 10000)
    b4 = d.n('b4', D(std_exam) * members / 10000)
    b5 = d.n('b5', 12)
    bud = d.n('bud', b1 + b2 + b3 + b4 + b5)
    src_cty = d.n('src_cty', D('197.44'))
    src_party = d.n('src_party', bud - src_cty)
    d.n('src_share', src_cty * 100 / bud)

    # expenditure
    u = [D('32.48'), D('18.72'), D('14.30'), D('15.86')]
    for k, x in enumerate(u):
        d.n('u%d' % (k + 1), x)
    e1 = d.n('e1', sum(u))
    d.i('u_n', len(u))
    e2 = d.n('e2', b2)
    e3 = d.n('e3', b3)
    examined = d.i('examined', 123)
    d.i('notexam', members - examined)
    e4 = d.n('e4', D(std_exam) * examined / 10000)
    e5 = d.n('e5', D('11.24'))
    bs, es = [b1, b2, b3, b4, b5], [e1, e2, e3, e4, e5]
    for k in range(5):
        d.n('r%d' % (k + 1), bs[k] - es[k])
        d.n('x%d' % (k + 1), es[k] * 100 / bs[k])
    bud_t = d.n('bud_t', bud)
    exp_t = d.n('exp_t', sum(es))
    d.n('rem_t', bud_t - exp_t)
    d.n('rate_t', exp_t * 100 / bud_t)
    exp = d.n('exp', exp_t)
    d.n('rate', exp * 100 / bud)
    d.n('rem', bud - exp)
    d.n('avg_e1', e1 / teams)
    d.n('avg_team', exp / teams)
    d.n('avg_mem', exp / members)
    prev = d.n('prev', D('208.57'))
    d.n('chg', exp - prev)
    d.n('gr', (exp - prev) * 100 / prev)

    # results
    d.i('visits', 26480)
    k1, k2, k3 = d.i('k1', 126), d.i('k2', 97), d.i('k3', 95)
    d.i('ktot', k1 + k2 + k3)
    proj = d.i('proj', 27)
    inv = d.n('inv', D('1846.50'))
    d.n('avg_inv', inv / proj)
    ci0, ci1 = d.n('ci0', D('9.62')), d.n('ci1', D('12.85'))
    d.n('ci_chg', ci1 - ci0)
    d.n('ci_gr', (ci1 - ci0) * 100 / ci0)
    ten = d.i('ten', 29)
    d.n('ten_sh', D(ten) * 100 / teams)
    g1, g2, g3 = d.i('g1', 13), d.i('g2', 27), d.i('g3', 2)
    d.i('gtot', g1 + g2 + g3)
    gs = d.n('gs', D(g1) * 100 / (g1 + g2 + g3))
    gs0 = d.n('gs0', D('26.19'))
    d.n('gpp', gs - gs0)
    d.set('gword', '上升')

    # ---- text
    d.title('中共旸川县委组织部　旸川县财政局')
    d.title('关于2025年度驻村工作队经费使用情况的报告')
    d.p('{docno}', 'center')
    d.p('县委、县政府：', 'plain')
    d.p('根据县级财政资金使用公开要求，现将2025年度全县驻村第一书记和工作队（以下简称驻村工作队）经费安排、使用及成效情况报告如下。')
    d.h('一、选派和在岗基本情况')
    d.p('2025年全县共选派驻村工作队{teams}支、队员{members}人（含第一书记{sec}人），其中县直单位选派{county}人、乡镇选派{town}人。'
        '驻点村按类型分为三类：脱贫村{v1}个、乡村振兴重点帮扶村{v2}个、其他需要加强的村{v3}个，合计{vtot}个，每村派驻一支工作队。'
        '年内轮换队员9人，均已及时补齐。')
    d.p('全年队员累计在村{mdays}人天，人均在村{avgday}天，高于每年不少于{minday}天的要求；按全年{yeardays}天计，人均在村时间占全年的{dayshare}%。')
    d.h('二、经费来源和预算安排')
    d.p('2025年驻村工作队经费预算{bud}万元，其中：县级财政预算安排{src_cty}万元，上级组织部门下拨党费{src_party}万元，县级财政安排部分占{src_share}%。预算按以下标准核定：')
    d.p('（一）工作队工作经费按每支每年{std_team}万元核定，共{b1}万元；')
    d.p('（二）队员生活补助按每人每月{std_life}元、实际在岗{pm}人月核定，共{b2}万元；')
    d.p('（三）人身意外伤害保险按每人每年{std_ins}元为{members}名队员投保，共{b3}万元；')
    d.p('（四）健康体检按每人{std_exam}元安排，共{b4}万元；')
    d.p('（五）岗前及专题培训费{b5}万元。')
    d.h('三、经费使用情况')
    d.p('全年实际支出{exp}万元，预算执行率{rate}%，结余{rem}万元已按规定收回县财政统筹使用。分项目执行情况见表1。')
    rows = []
    names = ['工作队工作经费', '队员生活补助', '人身意外伤害保险', '健康体检', '培训费']
    for k in range(5):
        rows.append([names[k], '{b%d}' % (k + 1), '{e%d}' % (k + 1), '{r%d}' % (k + 1), '{x%d}' % (k + 1)])
    rows.append(['合计', '{bud_t}', '{exp_t}', '{rem_t}', '{rate_t}'])
    d.table('表1　2025年度驻村工作队经费预算执行情况', '单位：万元、%',
            ['项目', '预算数', '实际支出', '结余', '执行率'], rows)
    d.p('工作队工作经费{e1}万元主要用于{u_n}个方面，即：入户走访交通费、办公及资料印制费、村级议事和宣讲活动费、困难群众临时帮扶费，'
        '分别支出{u1}万元、{u2}万元、{u3}万元和{u4}万元，平均每支工作队使用工作经费{avg_e1}万元。'
        '健康体检实际参检{examined}人，另有{notexam}人因外出学习未参检，相应经费未支出。')
    d.p('全部经费折合每支工作队{avg_team}万元、每名队员{avg_mem}万元。全年支出比2024年的{prev}万元多支出{chg}万元，增幅为{gr}%。')
    d.h('四、工作成效')
    d.p('全年驻村工作队走访农户{visits}户次，为群众办实事好事{ktot}件，其中基础设施类{k1}件、产业发展类{k2}件、民生服务类{k3}件。'
        '协调引进帮扶项目{proj}个、总投资{inv}万元，平均每个项目投资{avg_inv}万元。')
    d.p('驻点村村集体经济收入村均由上年的{ci0}万元提高到{ci1}万元，增加{ci_chg}万元，增长{ci_gr}%；集体经济收入10万元以上的村达到{ten}个，占驻点村的{ten_sh}%。')
    d.p('年度考核中，评定为“好”等次的工作队{g1}支、“较好”等次{g2}支、“一般”等次{g3}支，共{gtot}支；“好”等次占比{gs}%，较上年{gs0}%的水平{gword}{gpp}个百分点。')
    d.h('五、存在问题和下一步打算')
    d.p('个别工作队经费报账不够及时。下一步将严格执行经费报账“月清月结”，并于2026年3月底前完成新一轮轮换队员岗前培训。')
    d.p('联系电话：{phone}', 'plain')
    d.sign(['中共旸川县委组织部　旸川县财政局', '{date}'])

    # ---- ledger
    d.anchor('anchor: 文号', 'docno')
    d.anchor('anchor: 电话', 'phone')
    d.dated('落款晚于年度终了', 'date')
    d.sum('队员=县直选派+乡镇选派', 'members', ['county', 'town'])
    d.same('第一书记人数=工作队支数', 'sec', 'teams')
    d.sum('驻点村合计=三类村之和', 'vtot', ['v1', 'v2', 'v3'])
    d.same('驻点村数=工作队支数', 'vtot', 'teams')
    d.ratio('人均在村天数=累计人天/队员', 'mdays', 'members', 'avgday', mul='=1', places=1)
    d.le('人均在村天数不低于要求', 'minday', 'avgday')
    d.ratio('在村时间占全年比重（365天）', 'avgday', 'yeardays', 'dayshare')
    d.sum('预算=县级安排+党费', 'bud', ['src_cty', 'src_party'])
    d.ratio('县级安排占比', 'src_cty', 'bud', 'src_share')
    d.prod('工作经费=支数×标准', 'teams', 'std_team', 'b1')
    d.prod('生活补助=标准×人月/10000', 'std_life', 'pm', 'b2', div='=10000')
    d.prod('保险=标准×人数/10000', 'std_ins', 'members', 'b3', div='=10000')
    d.prod('体检预算=标准×人数/10000', 'std_exam', 'members', 'b4', div='=10000')
    d.sum('预算=五项之和', 'bud', ['b1', 'b2', 'b3', 'b4', 'b5'])
    for k in range(1, 6):
        d.diff('表1 第%d行 结余=预算-支出' % k, 'b%d' % k, 'e%d' % k, 'r%d' % k)
        d.ratio('表1 第%d行 执行率' % k, 'e%d' % k, 'b%d' % k, 'x%d' % k)
    d.sum('表1 预算列合计', 'bud_t', ['b%d' % k for k in range(1, 6)])
    d.sum('表1 支出列合计', 'exp_t', ['e%d' % k for k in range(1, 6)])
    d.sum('表1 结余列合计', 'rem_t', ['r%d' % k for k in range(1, 6)])
    d.ratio('表1 合计执行率', 'exp_t', 'bud_t', 'rate_t')
    d.same('正文预算=表1合计', 'bud', 'bud_t')
    d.same('正文支出=表1合计', 'exp', 'exp_t')
    d.ratio('正文执行率', 'exp', 'bud', 'rate')
    d.diff('正文结余=预算-支出', 'bud', 'exp', 'rem')
    d.sum('工作经费4个方面之和', 'e1', ['u1', 'u2', 'u3', 'u4'])
    d.count('工作经费用途4个方面（即…）', 'u_n', ['=入户走访交通费', '=办公及资料印制费', '=村级议事和宣讲活动费', '=困难群众临时帮扶费'])
    d.ratio('平均每支工作队工作经费', 'e1', 'teams', 'avg_e1', mul='=1')
    d.prod('体检支出=标准×参检人数/10000', 'std_exam', 'examined', 'e4', div='=10000')
    d.diff('未参检人数=队员-参检', 'members', 'examined', 'notexam')
    d.ratio('每支工作队经费', 'exp', 'teams', 'avg_team', mul='=1')
    d.ratio('每名队员经费', 'exp', 'members', 'avg_mem', mul='=1')
    d.growth('支出比上年多支出/增幅', 'exp', 'prev', amt='chg', rate='gr')
    d.sum('办实事合计=三类之和', 'ktot', ['k1', 'k2', 'k3'])
    d.ratio('平均每个项目投资', 'inv', 'proj', 'avg_inv', mul='=1')
    d.growth('村均集体经济收入增加/增长', 'ci1', 'ci0', amt='ci_chg', rate='ci_gr')
    d.ratio('10万元以上村占比', 'ten', 'teams', 'ten_sh')
    d.sum('考核等次合计', 'gtot', ['g1', 'g2', 'g3'])
    d.same('考核支数=工作队支数', 'gtot', 'teams')
    d.ratio('“好”等次占比', 'g1', 'gtot', 'gs')
    d.pp('“好”等次占比提高百分点', 'gs', 'gs0', 'gpp', 'gword')
    return d
