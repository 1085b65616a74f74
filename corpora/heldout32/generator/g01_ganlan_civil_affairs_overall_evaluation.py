"""t01 赣澜市财政局 关于市民政局2024年度部门整体支出绩效评价的报告 (docx)"""
import sys
from lk32 import *
NAME = 't01_ganlan_civil_affairs_overall_evaluation_2024.docx'

def build():
    L = Ledger(NAME); B = []
    units = ['赣澜市民政局机关', '赣澜市社会福利院', '赣澜市救助管理站', '赣澜市殡葬管理所', '赣澜市婚姻登记服务中心']
    init, add = D('18426.50'), D('2318.76'); full = init + add
    b_per, b_pub = D('3880.00'), D('640.00'); b_basic = b_per + b_pub
    a_per, a_pub = D('3846.27'), D('612.48'); a_basic = a_per + a_pub
    projs = [('城乡最低生活保障资金', D('8460.00'), D('8312.56')), ('特困人员救助供养资金', D('2126.30'), D('2098.47')),
             ('临时救助资金', D('1180.00'), D('1046.85')), ('养老服务体系建设资金', D('2350.00'), D('2104.39')),
             ('困难残疾人生活补贴和重度残疾人护理补贴', D('1520.00'), D('1498.62'))]
    b_proj = full - b_basic
    lastb = b_proj - sum(p[1] for p in projs)
    a_total = D('19862.43'); a_proj = a_total - a_basic
    lasta = a_proj - sum(p[2] for p in projs)
    projs.append(('社区治理和社会组织培育资金', lastb, lasta))
    rate = lambda a, b: F(a / b * 100)
    exe = rate(a_total, full); adjr = rate(add, init)
    prev = D('18937.08'); g = F((a_total - prev) / prev * 100)
    # 特困
    jz_n, jz_s = 386, 1120; fs_n, fs_s = 1452, 860
    jz = q(D(jz_n * jz_s * 12) / 10000, 2); fs = q(D(fs_n * fs_s * 12) / 10000, 2)
    hl = projs[1][2] - jz - fs
    # 三公
    sg_b, sg_jd, sg_car = D('48.60'), D('6.85'), D('34.42'); sg = sg_jd + sg_car; sg_prev = D('45.93')
    # survey
    ff, hs, my = 320, 308, 287
    hsl = rate(D(hs), D(ff)); myd = rate(D(my), D(hs))
    # 养老服务中心
    plan, done = 12, 10
    # score table
    exe_score = q(D(10) * D(exe) / 100, 2); yl_score = q(D(10) * done / plan, 2); my_score = q(D(10) * D(myd) / 100, 2)
    rows = [('决策', '绩效目标合理性', 5, D('3.50'), '部分目标未细化量化'),
            ('决策', '绩效指标明确性', 5, D('4.50'), '个别指标无目标值'),
            ('决策', '预算编制科学性', 5, D('3.00'), f'预算调整率{adjr}%，年初预算编制不够精准'),
            ('过程', '预算执行率', 10, exe_score, f'执行率{exe}%，按比例计分'),
            ('过程', '资金使用合规性', 5, D('5.00'), '—'),
            ('过程', '管理制度健全性', 5, D('4.50'), '内控制度未及时修订'),
            ('过程', '资产管理规范性', 5, D('3.50'), '2处资产账实不符'),
            ('产出', '低保对象应保尽保', 10, D('10.00'), '—'),
            ('产出', '特困供养金按时足额发放', 10, D('10.00'), '—'),
            ('产出', '临时救助办理时效', 5, D('4.00'), '3件超过时限办结'),
            ('产出', '社区养老服务中心建设', 10, yl_score, f'计划{plan}个、完成{done}个'),
            ('效益', '困难群众基本生活保障', 10, D('8.50'), '动态管理不够及时'),
            ('效益', '长效管理机制', 5, D('3.50'), '信息共享机制不健全'),
            ('效益', '服务对象满意度', 10, my_score, f'满意度{myd}%，按比例计分')]
    total = sum(r[3] for r in rows); kf = 100 - total
    grp = {}
    for r in rows:
        grp.setdefault(r[0], [0, D(0)]); grp[r[0]][0] += r[2]; grp[r[0]][1] += r[3]
    grade = '优' if total >= 90 else '良' if total >= 80 else '中'
    docno = '赣澜财绩〔2025〕23号'; date = '2025年7月15日'

    B += [('title', '赣澜市财政局关于市民政局2024年度部门整体支出绩效评价的报告'), ('docno', docno),
          ('plain', '市人民政府：'),
          ('p', '根据《赣澜市市级预算绩效管理办法》和年度重点绩效评价工作安排，市财政局于2025年5月至6月组织评价组对市民政局2024年度部门整体支出开展了财政重点绩效评价。评价组采取资料核查、现场查看、抽样访谈和问卷调查相结合的方式，现将评价情况报告如下。'),
          ('h1', '一、部门基本情况'),
          ('p', f'市民政局部门预算单位共{len(units)}个，分别为：{"、".join(units)}。主要职责包括社会救助、养老服务、儿童福利、殡葬管理、婚姻登记和社会组织管理等。截至2024年12月31日，全市保障城市低保对象3,126人、农村低保对象14,385人，合计17,511人。'),
          ('h1', '二、预算安排及执行情况'),
          ('p', f'2024年年初预算{F(init)}万元，年中调整追加{F(add)}万元，全年预算{F(full)}万元，预算调整率（追加额占年初预算比例）为{adjr}%。全年实际支出{F(a_total)}万元，预算执行率{exe}%；上年实际支出{F(prev)}万元，本年比上年增长{g}%。'),
          ('p', f'实际支出中，基本支出{F(a_basic)}万元（其中人员经费{F(a_per)}万元、公用经费{F(a_pub)}万元），项目支出{F(a_proj)}万元。各项目预算及执行情况见表1。'),
          ('table', '表1  2024年度市民政局预算执行情况表（单位：万元）', [['项目', '全年预算', '实际支出', '执行率（%）'],
              ['一、基本支出', F(b_basic), F(a_basic), rate(a_basic, b_basic)],
              ['其中：人员经费', F(b_per), F(a_per), rate(a_per, b_per)],
              ['公用经费', F(b_pub), F(a_pub), rate(a_pub, b_pub)],
              ['二、项目支出', F(b_proj), F(a_proj), rate(a_proj, b_proj)]] +
              [[n, F(b), F(a), rate(a, b)] for n, b, a in projs] +
              [['合计', F(full), F(a_total), exe]]),
          ('p', f'特困人员救助供养资金支出{F(projs[1][2])}万元，其中：集中供养{jz_n}人，按每人每月{I(jz_s)}元标准全年发放{F(jz)}万元；分散供养{I(fs_n)}人，按每人每月{fs_s}元标准全年发放{F(fs)}万元；照料护理补贴{F(hl)}万元。'),
          ('p', f'“三公”经费年初预算{F(sg_b)}万元，实际支出{F(sg)}万元，完成预算的{rate(sg, sg_b)}%，其中公务接待费{F(sg_jd)}万元、公务用车运行维护费{F(sg_car)}万元，未发生因公出国（境）费用；比上年{F(sg_prev)}万元下降{F((sg_prev - sg) / sg_prev * 100)}%。'),
          ('h1', '三、评价结论'),
          ('p', f'评价组按照决策、过程、产出、效益4个一级指标、{len(rows)}个三级指标进行评分（见表2）。市民政局2024年度部门整体支出绩效评价得分{F(total)}分，共扣{F(kf)}分，评价等级为“{grade}”。其中：决策指标得分{F(grp["决策"][1])}分（分值{grp["决策"][0]}分），过程指标得分{F(grp["过程"][1])}分（分值{grp["过程"][0]}分），产出指标得分{F(grp["产出"][1])}分（分值{grp["产出"][0]}分），效益指标得分{F(grp["效益"][1])}分（分值{grp["效益"][0]}分）。'),
          ('table', '表2  市民政局2024年度部门整体支出绩效评价评分表', [['一级指标', '三级指标', '分值', '得分', '扣分', '扣分原因']] +
              [[r[0], r[1], str(r[2]), F(r[3]), F(r[2] - r[3]), r[4]] for r in rows] +
              [['合计', '', '100', F(total), F(kf), '']]),
          ('h1', '四、主要绩效'),
          ('p', f'一是兜底保障有力。低保、特困供养资金按月足额发放，全年未发生因资金不到位导致的断保停发情况。二是养老服务网络逐步完善。全年计划新建社区养老服务中心{plan}个，实际建成{done}个，完成率{rate(D(done), D(plan))}%。三是群众满意度较高。评价组发放问卷{ff}份，回收{hs}份，回收率{hsl}%；回收问卷中表示“满意”或“比较满意”的{my}份，满意度{myd}%。'),
          ('h1', '五、存在的问题'),
          ('p', f'（一）预算编制精准度不高。年中追加{F(add)}万元，预算调整率{adjr}%，部分项目在年初未充分测算。（二）个别项目执行偏慢。社区治理和社会组织培育资金全年预算{F(lastb)}万元，实际支出{F(lasta)}万元，执行率仅{rate(lasta, lastb)}%。（三）养老服务中心建设滞后，尚有{plan - done}个未按期建成。（四）资产管理不够规范，抽查发现2处资产账实不符。'),
          ('h1', '六、有关建议'),
          ('p', '一是加强预算编制前期论证，减少年中追加；二是建立项目执行进度月度调度机制，对执行缓慢项目及时调整；三是加快在建养老服务设施建设进度；四是开展资产清查，做到账实相符。请市民政局在收到本报告后30日内将整改情况书面报送市财政局。'),
          ('blank',), ('right', '赣澜市财政局'), ('right', date)]
    # ledger
    L.fact('全年预算', F(full)); L.fact('实际支出', F(a_total)); L.fact('评价得分', F(total)); L.fact('date', date); L.fact('docno', docno)
    L.count('预算单位个数 = 列举单位', str(len(units)), units)
    L.sum('低保对象合计', '17,511', ['3,126', '14,385'])
    L.sum('全年预算 = 年初 + 追加', F(full), [F(init), F(add)])
    L.rate('预算调整率', adjr, F(add), F(init))
    L.rate('预算执行率', exe, F(a_total), F(full))
    L.growth('实际支出 比上年增长', g, F(a_total), F(prev), '增长')
    L.sum('基本支出 = 人员 + 公用', F(a_basic), [F(a_per), F(a_pub)])
    L.sum('基本支出预算 = 人员 + 公用', F(b_basic), [F(b_per), F(b_pub)])
    L.sum('实际支出 = 基本 + 项目', F(a_total), [F(a_basic), F(a_proj)])
    L.sum('全年预算 = 基本预算 + 项目预算', F(full), [F(b_basic), F(b_proj)])
    L.sum('项目预算 = 6 项目', F(b_proj), [F(p[1]) for p in projs])
    L.sum('项目支出 = 6 项目', F(a_proj), [F(p[2]) for p in projs])
    for n, b, a in [('基本支出', b_basic, a_basic), ('人员经费', b_per, a_per), ('公用经费', b_pub, a_pub), ('项目支出', b_proj, a_proj)] + [(p[0], p[1], p[2]) for p in projs]:
        L.rate(f'表1 {n} 执行率', rate(a, b), F(a), F(b))
    L.prod('集中供养 = 人数 x 月标准 x 12', F(jz), [str(jz_n), I(jz_s), '12'], 10000)
    L.prod('分散供养 = 人数 x 月标准 x 12', F(fs), [I(fs_n), str(fs_s), '12'], 10000)
    L.sum('特困供养支出 = 集中 + 分散 + 照料护理', F(projs[1][2]), [F(jz), F(fs), F(hl)])
    L.sum('三公 = 接待 + 用车', F(sg), [F(sg_jd), F(sg_car)])
    L.rate('三公 完成预算', rate(sg, sg_b), F(sg), F(sg_b))
    L.growth('三公 比上年下降', F((sg_prev - sg) / sg_prev * 100), F(sg), F(sg_prev), '下降')
    L.rate('问卷回收率', hsl, str(hs), str(ff)); L.rate('满意度（回收问卷为基数）', myd, str(my), str(hs))
    L.rate('养老服务中心完成率', rate(D(done), D(plan)), str(done), str(plan))
    L.count('三级指标个数', str(len(rows)), [r[1] for r in rows])
    L.sum('评分表 分值合计', '100', [str(r[2]) for r in rows])
    L.sum('评分表 得分合计', F(total), [F(r[3]) for r in rows])
    L.sum('评分表 扣分合计', F(kf), [F(r[2] - r[3]) for r in rows])
    L.diff('共扣分 = 100 - 得分', F(kf), '100', F(total))
    for r in rows:
        L.diff(f'{r[1]} 扣分 = 分值 - 得分', F(r[2] - r[3]), str(r[2]), F(r[3]))
    for k, (w, s) in grp.items():
        L.sum(f'{k} 一级得分 = 三级之和', F(s), [F(r[3]) for r in rows if r[0] == k])
    L.prod('预算执行率得分 = 10 x 执行率', F(exe_score), ['10', exe], 100)
    L.quot('养老服务中心 得分 = 10 x 完成/计划', F(yl_score), str(done), str(plan), 10)
    L.prod('满意度得分 = 10 x 满意度', F(my_score), ['10', myd], 100)
    L.check('等级 与 得分 相符（80≤得分<90 为良）', grade == '良' and 80 <= total < 90, f'{F(total)} -> {grade}', [F(total)])
    L.diff('未建成个数', str(plan - done), str(plan), str(done))
    L.dated('报告日期晚于报告期末', date)
    L.anchor(docno); L.anchor(date); L.anchor('截至2024年12月31日')
    return B, L

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else '..'
    B, L = build(); text = run(NAME, B, L, out)
