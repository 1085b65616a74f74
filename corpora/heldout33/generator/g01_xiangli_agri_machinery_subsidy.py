from lk33 import *
from datetime import date
NAME = 't01_xiangli_agri_machinery_subsidy_notice_2024'; FMT = 'txt'
def build():
    L = Ledger(NAME + '.txt')
    items = [('轮式拖拉机（50—70马力）', 46, 11800), ('全喂入式谷物联合收割机', 38, 27500), ('四行乘坐式水稻插秧机', 52, 6400),
             ('植保无人驾驶航空器', 29, 9600), ('谷物烘干机（批处理量10吨以上）', 12, 38000), ('旋耕机（幅宽1.5米以上）', 85, 1900)]
    rows = [['序号', '机具品目', '补贴台数（台）', '单台补贴额（元）', '补贴金额（元）']]
    amts = []; n_tot = 0
    for i, (nm, n, s) in enumerate(items, 1):
        a = n * s; amts.append(I(a)); n_tot += n
        rows.append([str(i), nm, str(n), I(s), I(a)])
        L.prod(f'表1 {nm} 金额 = 台数 x 单台补贴额', I(a), str(n), I(s))
    tot = sum(n * s for _, n, s in items)
    rows.append(['', '合计', str(n_tot), '—', I(tot)])
    L.sum('表1 台数合计', str(n_tot), [str(n) for _, n, _ in items]); L.sum('表1 金额合计', I(tot), amts)
    wan = F(D(tot) / 10000)
    L.conv('补贴总额 元 → 万元', wan, I(tot), 10000)
    avg = F(D(tot) / n_tot)
    L.quot('平均每台补贴', avg, I(tot), str(n_tot))
    xiafa = '320.00'; rate = F(D(wan) / D(xiafa) * 100); jieyu = F(D(xiafa) - D(wan))
    L.rate('资金使用率 = 兑付 ÷ 下达', rate, wan, xiafa); L.signed('结余 = 下达 − 兑付', jieyu, [xiafa], [wan])
    prev = '247.30'; g = F((D(wan) - D(prev)) / D(prev) * 100); L.growth('兑付金额比上年增长', g, wan, prev)
    harv_share = F(D(1045000) / D(tot) * 100); L.rate('收割机金额占比', harv_share, '1,045,000', I(tot))
    # by town
    towns = [('澧川镇', 71, 803200), ('岑山镇', 58, 612400), ('甘棠乡', 49, 538600), ('洄溪乡', 44, 447300)]
    last_n = n_tot - sum(t[1] for t in towns); last_a = tot - sum(t[2] for t in towns)
    towns.append(('漳源镇', last_n, last_a))
    assert last_n > 0 and last_a > 0
    hh = [112, 86, 69, 61, 52]; coops = [6, 5, 4, 3, 5]
    rows2 = [['乡镇', '购机户数（户）', '其中：合作社（个）', '补贴台数（台）', '补贴金额（元）']]
    for (t, n, a), h, c in zip(towns, hh, coops):
        rows2.append([t, str(h), str(c), str(n), I(a)])
    rows2.append(['合计', str(sum(hh)), str(sum(coops)), str(n_tot), I(tot)])
    L.sum('表2 购机户数合计', str(sum(hh)), [str(x) for x in hh]); L.sum('表2 合作社合计', str(sum(coops)), [str(x) for x in coops])
    L.sum('表2 台数合计', str(n_tot), [str(t[1]) for t in towns]); L.sum('表2 金额合计', I(tot), [I(t[2]) for t in towns])
    farm = sum(hh) - sum(coops)
    L.signed('农户 = 购机户 − 合作社', str(farm), [str(sum(hh))], [str(sum(coops))])
    top = towns[0]; top_share = F(D(top[2]) / D(tot) * 100); L.rate('澧川镇金额占比', top_share, I(top[2]), I(tot))
    L.dated('公示日期晚于年度末', '2025年1月8日', date(2024, 12, 31))
    L.count('品目数与列举', '6', [x[0] for x in items])
    L.anchor('湘澧农机〔2025〕2号', '2025年1月8日至2025年1月14日')
    L.facts.update({'补贴金额_元': I(tot), '台数': str(n_tot), 'date': '2025年1月8日', 'docno': '湘澧农机〔2025〕2号'})
    B = [('title', '湘澧县2024年度农机购置与应用补贴资金兑付情况公示'), ('docno', '湘澧农机〔2025〕2号'),
      ('p', '根据《湖南省2024—2026年农机购置与应用补贴实施方案》和县农业农村局、县财政局有关工作安排，现将湘澧县2024年度农机购置与应用补贴资金兑付情况予以公示，接受社会监督。'),
      ('h', '一、资金下达和兑付总体情况'),
      ('p', f'2024年，省级下达我县中央财政农机购置与应用补贴资金{xiafa}万元。截至2024年12月31日，全县共兑付补贴资金{I(tot)}元（{wan}万元），资金使用率{rate}%，结余{jieyu}万元按规定结转下年继续使用。兑付金额比上年{prev}万元增长{g}%。'),
      ('p', f'全年共补贴机具{n_tot}台，涉及轮式拖拉机、谷物联合收割机、水稻插秧机、植保无人驾驶航空器、谷物烘干机、旋耕机等6个品目，平均每台补贴{avg}元。其中，全喂入式谷物联合收割机补贴1,045,000元，占补贴总额的{harv_share}%，是补贴资金最多的品目。'),
      ('table', ['表1　2024年度农机购置与应用补贴分品目兑付情况', '', rows]),
      ('h', '二、分乡镇兑付情况'),
      ('p', f'全县5个乡镇共有{sum(hh)}个购机主体享受补贴，其中农户{farm}户、农民专业合作社{sum(coops)}个。澧川镇补贴金额最多，为{I(top[2])}元，占全县的{top_share}%。'),
      ('table', ['表2　2024年度农机购置与应用补贴分乡镇兑付情况', '', rows2]),
      ('h', '三、监督管理情况'),
      ('p', '县农业农村局对单台补贴额5,000元以上的机具实行100%实地核验，对其余机具按不低于20%的比例抽查，未发现“机具不符”“一机多补”等违规情形。补贴资金全部通过“一卡通”直接兑付至购机者账户。'),
      ('h', '四、公示时间及监督方式'),
      ('p', '公示时间：2025年1月8日至2025年1月14日（共7天）。公示期间如有异议，请向县农业农村局农机化股或县纪委监委驻农业农村局纪检监察组反映。监督电话：0736-7125384。'),
      ('right', '湘澧县农业农村局　湘澧县财政局'), ('right', '2025年1月8日')]
    return B, L
