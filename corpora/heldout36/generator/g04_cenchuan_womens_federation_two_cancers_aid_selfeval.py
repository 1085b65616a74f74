from lk36 import *

NAME = 't04_cenchuan_womens_federation_two_cancers_aid_selfeval_2024.docx'
FMT = 'docx'

def build():
    L = Ledger(); S = I
    src = [('省级补助', '60.00'), ('县级配套', '40.00')]
    cases = [('乳腺癌救助', 58, 10000), ('宫颈癌救助', 36, 10000)]
    other = [('政策宣传及动员', '2.80'), ('救助对象入户核查', '0.84')]
    apply_n = 112
    mid_n = 41
    ques = (94, 90, 86)
    # score table: (一级, 二级/三级, 权重, 得分)
    score = [('决策', '项目立项规范性', '5', '5.00'), ('', '绩效目标合理性', '5', '4.50'), ('', '资金分配合理性', '5', '5.00'),
             ('过程', '资金到位率', '5', '5.00'), ('', '预算执行率', '10', None), ('', '资金使用合规性', '5', '5.00'),
             ('', '管理制度健全性', '5', '4.00'),
             ('产出', '救助人数', '15', None), ('', '救助标准执行', '10', '10.00'), ('', '救助金发放及时率', '10', '9.00'),
             ('效益', '受助妇女家庭负担减轻', '10', '9.00'), ('', '两癌防治知晓度提升', '5', '4.00'),
             ('满意度', '受助对象满意度', '10', None)]
    tot_src = F(sum(D(v) for _, v in src))
    camt = [F(D(n) * s / 10000) for _, n, s in cases]
    aid_n = sum(n for _, n, _ in cases); aid_amt = F(sum(D(a) for a in camt))
    sp = F(D(aid_amt) + sum(D(v) for _, v in other))
    exe = pct(sp, tot_src); bal = F(D(tot_src) - D(sp))
    sh = [pct(n, aid_n) for _, n, _ in cases]
    assert sum(D(x) for x in sh) == 100
    sp_sh = share_fix([aid_amt] + [v for _, v in other])
    rej = apply_n - aid_n
    pass_r = pct(aid_n, apply_n)
    target_n = 90
    comp = pct(aid_n, target_n)
    resp = pct(ques[1], ques[0]); sat = pct(ques[2], ques[1])
    mid_amt = F(D(mid_n))
    mid_r = pct(mid_amt, tot_src)
    # computed scores
    s_exe = F(D(10) * D(exe) / 100)
    s_n = '15.00'   # 完成率 >100%，得满分
    s_sat = F(D(10) * D(sat) / 100)
    sc = []
    for a, b, w, s in score:
        if s is None:
            s = {'预算执行率': s_exe, '救助人数': s_n, '受助对象满意度': s_sat}[b]
        sc.append((a, b, w, s))
    assert sum(D(x[2]) for x in sc) == 100
    for x in sc:
        assert D(x[3]) <= D(x[2])
    tot_sc = F(sum(D(x[3]) for x in sc))
    groups = {}
    cur = None
    for a, b, w, s in sc:
        cur = a or cur
        groups.setdefault(cur, []).append(s)
    gsum = {k: F(sum(D(v) for v in vs)) for k, vs in groups.items()}
    ded = F(100 - D(tot_sc))
    assert D(tot_sc) >= 90
    model = [
        ('title', '梣川县妇女联合会2024年度“两癌”困难妇女救助项目支出绩效自评报告'),
        ('sub', '梣妇发〔2025〕4号'),
        ('h', '一、项目基本情况'),
        ('p', f'“两癌”困难妇女救助项目对患乳腺癌、宫颈癌的低收入妇女给予一次性救助，标准为每人10,000元。2024年项目资金{tot_src}万元，'
              f'其中省级补助{src[0][1]}万元、县级配套{src[1][1]}万元，资金到位率100%。年度绩效目标为救助困难患病妇女不少于{target_n}人。'),
        ('h', '二、资金使用情况'),
        ('p', f'截至2024年12月31日，项目支出{sp}万元，预算执行率{exe}%，结余{bal}万元已按规定收回县财政。其中救助金{aid_amt}万元，'
              f'政策宣传及动员{other[0][1]}万元，入户核查{other[1][1]}万元。年中监控时（截至2024年6月30日）已发放救助金{mid_amt}万元，执行率{mid_r}%。'),
        ('table', '表1  2024年项目支出明细',
         [['支出内容', '人数', '标准（元/人）', '金额（万元）', '占支出比例（%）']] +
         [['救助金', S(aid_n), '10,000', aid_amt, sp_sh[0]]] +
         [[a, '—', '—', v, s] for (a, v), s in zip(other, sp_sh[1:])] +
         [['合计', '—', '—', sp, '100.00']], None),
        ('h', '三、绩效目标完成情况'),
        ('p', f'全年受理救助申请{apply_n}人，经乡镇初审、县妇联复核和民政部门信息比对，审核通过{aid_n}人，通过率{pass_r}%，'
              f'未通过{rej}人（主要为家庭收入超过标准或非当年确诊）。通过人员中乳腺癌患者{cases[0][1]}人、占{sh[0]}%，宫颈癌患者{cases[1][1]}人、占{sh[1]}%。'
              f'救助人数目标完成率{comp}%。乳腺癌救助金{camt[0]}万元，宫颈癌救助金{camt[1]}万元。'),
        ('p', f'满意度调查向{ques[0]}名受助对象发放问卷，回收{ques[1]}份，回收率{resp}%，其中表示满意的{ques[2]}份，满意度{sat}%。'),
        ('h', '四、自评结论'),
        ('p', f'按照自评指标体系评分，该项目得分{tot_sc}分，扣{ded}分，等级为“优”。其中决策指标{gsum["决策"]}分，过程指标{gsum["过程"]}分，'
              f'产出指标{gsum["产出"]}分，效益指标{gsum["效益"]}分，满意度指标{gsum["满意度"]}分。全年项目支出{sp}万元，救助{aid_n}人。'),
        ('table', '表2  绩效自评评分表',
         [['一级指标', '二级指标', '权重', '得分']] + [list(x) for x in sc] + [['合计', '', '100', tot_sc]], None),
        ('h', '五、存在问题及改进措施'),
        ('p', '项目实施中存在三个方面的问题：一是绩效目标设置偏保守，救助人数目标低于实际需求；二是部分乡镇初审材料不完整，退回补正较多；'
              '三是救助金发放集中在下半年，及时性有待提高。2025年将合理确定目标值，并实行按季度集中审核发放。'),
        ('sign', ['梣川县妇女联合会', '2025年3月20日']),
    ]
    L.sum('资金来源合计', tot_src, [v for _, v in src])
    for (n, c, s), a in zip(cases, camt):
        L.prod(f'{n} 金额 = 人数 x 标准', a, S(c), '10,000', div=10000)
    L.sum('救助人数', S(aid_n), [S(c[1]) for c in cases])
    L.sum('救助金', aid_amt, camt)
    L.prod('表1 救助金 = 人数 x 标准', aid_amt, S(aid_n), '10,000', div=10000)
    L.sum('项目支出', sp, [aid_amt] + [v for _, v in other])
    for lab, a, s in zip(['救助金'] + [o[0] for o in other], [aid_amt] + [v for _, v in other], sp_sh):
        L.rate(f'表1 {lab} 占比', s, a, sp)
    L.sum('表1 占比合计', '100.00', sp_sh)
    L.rate('预算执行率', exe, sp, tot_src)
    L.diff('结余', bal, tot_src, sp)
    L.rate('年中执行率', mid_r, mid_amt, tot_src)
    L.le('年中 < 年末', mid_amt, sp)
    L.diff('未通过人数', S(rej), S(apply_n), S(aid_n))
    L.rate('审核通过率', pass_r, S(aid_n), S(apply_n))
    for (n, c, _), s in zip(cases, sh):
        L.rate(f'{n} 人数占比', s, S(c), S(aid_n))
    L.rate('救助人数目标完成率', comp, S(aid_n), S(target_n))
    L.rate('问卷回收率', resp, S(ques[1]), S(ques[0]))
    L.rate('满意度', sat, S(ques[2]), S(ques[1]))
    L.prod('预算执行率得分 = 10 x 执行率', s_exe, '10', exe, div=100, exact=False)
    L.prod('满意度得分 = 10 x 满意度', s_sat, '10', sat, div=100, exact=False)
    L.sum('表2 权重合计', '100', [x[2] for x in sc])
    L.sum('表2 得分合计', tot_sc, [x[3] for x in sc])
    L.sum('一级指标得分之和 = 总分', tot_sc, list(gsum.values()))
    for k, vs in groups.items():
        L.sum(f'一级指标 {k} 得分', gsum[k], vs)
    L.diff('扣分', ded, '100', tot_sc)
    L.same('项目支出 (二, 表1, 四)', sp, 3)
    L.same('救助人数 (三, 表1, 四)', S(aid_n), 3)
    L.fact('等级 优 (>=90)', D(tot_sc) >= 90, f'{tot_sc} >= 90')
    L.count('三个方面的问题', '3', ['一是绩效目标设置', '二是部分乡镇初审', '三是救助金发放'])
    L.anchor('问题 数量词', '存在三个方面的问题')
    L.dated('落款日期', '2025年3月20日')
    L.anchor('文号', '梣妇发〔2025〕4号')
    meta = dict(name=NAME, fmt=FMT, date='2025年3月20日', docno='梣妇发〔2025〕4号', author='梣川县妇女联合会')
    return model, L, meta, dict(tot_sc=tot_sc, sc=[x[3] for x in sc], gsum=gsum, sp=sp, sh=sh, ded=ded)
