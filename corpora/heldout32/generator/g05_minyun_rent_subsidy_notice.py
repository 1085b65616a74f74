"""t05 闽沄县住房和城乡建设局 关于2024年度城镇住房保障家庭租赁补贴发放情况的通报 (txt, 元)"""
import sys
from lk32 import *
NAME = 't05_minyun_rent_subsidy_notice_2024.txt'

def build():
    L = Ledger(NAME); B = []
    cats = [('城镇低保家庭', 600), ('城镇低收入家庭', 450), ('城镇中等偏下收入家庭', 300), ('新就业无房职工和外来务工人员', 200)]
    units = ['沄城街道', '沄西街道', '榕桥镇', '南垵乡', '后洋镇']
    # households (year end) and household-months per unit x category
    hh = [[62, 41, 38, 26, 19], [78, 55, 49, 34, 27], [104, 83, 64, 41, 26], [71, 52, 19, 9, 6]]
    hm = [[744, 492, 456, 312, 228], [896, 632, 561, 388, 304], [1148, 912, 707, 455, 284], [634, 468, 170, 78, 52]]
    cat_hh = [sum(r) for r in hh]; cat_hm = [sum(r) for r in hm]
    assert cat_hh[0] * 12 == cat_hm[0]
    cat_amt = [cat_hm[i] * cats[i][1] for i in range(4)]
    u_hh = [sum(hh[i][j] for i in range(4)) for j in range(5)]; u_hm = [sum(hm[i][j] for i in range(4)) for j in range(5)]
    u_amt = [sum(hm[i][j] * cats[i][1] for i in range(4)) for j in range(5)]
    T_hh, T_hm, T_amt = sum(cat_hh), sum(cat_hm), sum(cat_amt)
    assert T_amt == sum(u_amt)
    budget = 4200000; exe = F(D(T_amt) / budget * 100)
    wan = F(D(T_amt) / 10000)
    prev_amt, prev_hh = 3615400, 861
    g = F(D(T_amt - prev_amt) / prev_amt * 100)
    new_hh = 128; quits = [('家庭收入超过保障标准', 37), ('购买或受赠住房', 29), ('户籍迁出本县', 12), ('主动申请退出', 7)]
    q_n = sum(x for _, x in quits)
    assert prev_hh + new_hh - q_n == T_hh
    avg_m = F(D(T_amt) / T_hm); avg_y = F(D(T_amt) / T_hh)
    zy, zy_hh = 2100000, None
    src = [('中央财政城镇保障性安居工程补助资金', 2100000), ('省级补助资金', 680000)]
    county = T_amt - sum(v for _, v in src); src.append(('县级财政配套资金', county))
    recover_hh, recover_amt = 6, 18600
    docno = '闽沄建〔2025〕4号'; date = '2025年1月22日'
    B += [('title', '闽沄县住房和城乡建设局'), ('title', '关于2024年度城镇住房保障家庭租赁补贴发放情况的通报'), ('docno', docno),
          ('plain', '各乡镇人民政府、街道办事处，县直有关单位：'),
          ('p', '为加强城镇住房保障家庭租赁补贴管理，确保补贴资金发放公开、公平、公正，根据《闽沄县城镇住房保障家庭租赁补贴实施细则》，现将2024年度租赁补贴发放情况通报如下。'),
          ('h1', '一、总体情况'),
          ('p', f'2024年全县共向城镇住房保障家庭发放租赁补贴{I(T_amt)}元（{wan}万元），累计发放{I(T_hm)}户·月，比上年发放{I(prev_amt)}元增长{g}%。年初预算安排租赁补贴资金{I(budget)}元，预算执行率{exe}%。截至2024年12月31日，全县在保家庭{T_hh}户，比上年末{prev_hh}户增加{T_hh - prev_hh}户。按发放户·月计算，户均月补贴{avg_m}元；按年末在保户数计算，户均全年领取{avg_y}元。'),
          ('p', f'补贴资金来源：{"，".join(f"{n}{I(v)}元" for n, v in src)}，合计{I(T_amt)}元。'),
          ('h1', '二、分类别发放情况'),
          ('p', f'租赁补贴按家庭类别实行分档标准。其中城镇低保家庭{cat_hh[0]}户全年均在保，按每户每月{cats[0][1]}元标准、12个月计发，共发放{I(cat_amt[0])}元；其他类别家庭因年内新增或退出，按实际在保月数计发。分类别情况见表1。'),
          ('table', '表1  2024年度租赁补贴分类别发放情况', [['保障类别', '年末户数（户）', '月标准（元/户）', '发放户·月', '发放金额（元）']] +
              [[cats[i][0], str(cat_hh[i]), str(cats[i][1]), I(cat_hm[i]), I(cat_amt[i])] for i in range(4)] +
              [['合计', str(T_hh), '—', I(T_hm), I(T_amt)]]),
          ('h1', '三、分乡镇（街道）发放情况'),
          ('table', '表2  2024年度租赁补贴分乡镇（街道）发放情况', [['乡镇（街道）', '年末户数（户）', '发放户·月', '发放金额（元）']] +
              [[units[j], str(u_hh[j]), I(u_hm[j]), I(u_amt[j])] for j in range(5)] + [['合计', str(T_hh), I(T_hm), I(T_amt)]]),
          ('p', f'{units[0]}在保家庭{u_hh[0]}户，占全县的{F(D(u_hh[0]) / T_hh * 100)}%，发放金额{I(u_amt[0])}元，居各乡镇（街道）首位。'),
          ('h1', '四、动态管理情况'),
          ('p', f'全年新增纳入保障{new_hh}户，退出保障{q_n}户，其中{"、".join(f"{n}{x}户" for n, x in quits)}。通过部门信息比对，发现{recover_hh}户家庭在收入超标后未主动申报，已停发补贴并追回违规领取资金{I(recover_amt)}元，户均追回{I(recover_amt // recover_hh)}元，追回资金已全额缴入县级国库。'),
          ('h1', '五、下一步工作'),
          ('p', '各乡镇（街道）要严格落实“季度核查、年度复核”制度，及时掌握保障家庭收入、住房和人口变化情况，对不再符合条件的家庭及时办理退出手续；县住房和城乡建设局将会同县财政局、县民政局加强信息共享，确保补贴资金精准发放。对虚报冒领的，依法依规追回补贴资金并纳入个人信用记录。'),
          ('blank',), ('right', '闽沄县住房和城乡建设局'), ('right', date)]
    L.fact('发放金额_元', I(T_amt)); L.fact('在保户数', str(T_hh)); L.fact('date', date); L.fact('docno', docno)
    L.conv('元 → 万元', I(T_amt), wan, 10000)
    for i in range(4):
        L.prod(f'表1 {cats[i][0]} 金额 = 户·月 x 标准', I(cat_amt[i]), [I(cat_hm[i]), str(cats[i][1])])
        L.check(f'表1 {cats[i][0]} 户·月 ≤ 户数×12 + 退出户月数（合理性）', cat_hm[i] <= (cat_hh[i] + q_n) * 12, f'{cat_hm[i]}', [])
    L.prod('低保 户 x 元 x 12个月', I(cat_amt[0]), [str(cat_hh[0]), str(cats[0][1]), '12'])
    L.sum('表1 户数合计', str(T_hh), [str(x) for x in cat_hh]); L.sum('表1 户·月合计', I(T_hm), [I(x) for x in cat_hm]); L.sum('表1 金额合计', I(T_amt), [I(x) for x in cat_amt])
    L.sum('表2 户数合计', str(T_hh), [str(x) for x in u_hh]); L.sum('表2 户·月合计', I(T_hm), [I(x) for x in u_hm]); L.sum('表2 金额合计', I(T_amt), [I(x) for x in u_amt])
    L.growth('比上年增长', g, I(T_amt), I(prev_amt), '增长')
    L.rate('预算执行率', exe, I(T_amt), I(budget))
    L.diff('在保户数 增加', str(T_hh - prev_hh), str(T_hh), str(prev_hh))
    L.quot('户均月补贴 = 金额 / 户·月', avg_m, I(T_amt), I(T_hm)); L.quot('户均全年 = 金额 / 年末户数', avg_y, I(T_amt), str(T_hh))
    L.sum('资金来源合计', I(T_amt), [I(v) for _, v in src])
    L.rate('沄城街道 户数占比', F(D(u_hh[0]) / T_hh * 100), str(u_hh[0]), str(T_hh))
    L.check('沄城街道 金额居首', u_amt[0] == max(u_amt), I(u_amt[0]), [I(u_amt[0])])
    L.sum('退出户数 = 4 原因', str(q_n), [str(x) for _, x in quits])
    L.signed_sum('年末户数 = 上年末 + 新增 - 退出', str(T_hh), [str(prev_hh), str(new_hh)], [str(q_n)])
    L.quot('户均追回', I(recover_amt // recover_hh), I(recover_amt), str(recover_hh))
    for j in range(5):
        L.check(f'表2 {units[j]} 户均月补贴在200–600元之间', 200 <= u_amt[j] / u_hm[j] <= 600, f'{u_amt[j] / u_hm[j]:.2f}', [])
    L.dated('报告日期晚于报告期末', date)
    L.anchor(docno); L.anchor(date); L.anchor('截至2024年12月31日')
    return B, L

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else '..'
    B, L = build(); run(NAME, B, L, out)
