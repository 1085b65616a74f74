"""t04 荪溪县 2024年度村级公益事业一事一议财政奖补资金 使用情况公示 (html)."""
import datetime
from lib39 import D, F, I, q, pct, growth, shares, Doc, Ledger

NAME = 't04_sunxi_county_village_public_welfare_yishiyiyi_award_fund_usage_notice_2024'
FMT, EXT = 'html', 'html'


def build():
    L = Ledger(NAME)
    src = [('中央', D('320.00')), ('省级', D('230.00')), ('县级', D('130.00'))]
    towns = [('荪城镇', 9, D('224.60'), D('168.00')), ('薜坪乡', 7, D('185.40'), D('132.00')),
             ('葶口镇', 8, D('198.30'), D('150.00')), ('蔺家乡', 5, D('126.20'), D('96.00')),
             ('荸塘镇', 7, D('171.50'), D('122.00'))]
    types = [('村内道路', 18, D('366.00')), ('小型农田水利', 7, D('114.00')),
             ('村容村貌整治', 8, D('126.00')), ('村级文体场所', 3, D('62.00'))]
    fund = sum(v for _, v in src)
    n_proj = sum(t[1] for t in towns)
    inv = sum(t[2] for t in towns)
    award = sum(t[3] for t in towns)
    self_ = inv - award
    assert sum(t[1] for t in types) == n_proj and sum(t[2] for t in types) == award
    carry = fund - award
    done, building = 33, 3
    paid = D('608.90')
    road_km, road_prev = D('26.4'), D('21.8')
    people = D('4.86')
    per_km = q(types[0][2] / road_km, 2)
    tsh = shares([t[2] for t in types], award)

    d = Doc(portal=('荪溪县人民政府', '首页 > 政务公开 > 财政资金 > 资金使用公示', '荪溪县人民政府办公室主办　荪溪县财政局承办'))
    d.title('荪溪县2024年度村级公益事业一事一议财政奖补资金使用情况公示')
    d.sub('荪财农〔2025〕3号')
    d.p('为接受社会和群众监督，按照财政奖补资金公开公示要求，现将我县2024年度村级公益事业'
        '一事一议财政奖补资金安排和使用情况公示如下。')
    d.h('一、资金来源')
    d.p(f'2024年全县共筹集财政奖补资金{F(fund)}万元。按来源分：中央{F(src[0][1])}万元、省级{F(src[1][1])}万元、'
        f'县级配套{F(src[2][1])}万元，县级配套占{pct(src[2][1], fund)}%。')
    d.h('二、项目安排')
    d.p(f'经村民议事、乡镇初审、县级联审，全年确定奖补项目{n_proj}个，项目总投资{F(inv)}万元，安排财政奖补'
        f'{F(award)}万元，由村级自筹（含群众筹资和筹劳折资）{F(self_)}万元，财政奖补占项目总投资的{pct(award, inv)}%。'
        f'另有{F(carry)}万元留作项目竣工验收后的以奖代补考核资金，结转下年使用。')
    rows = [['乡镇', '项目数（个）', '总投资（万元）', '财政奖补（万元）', '村级自筹（万元）', '奖补比例（%）']]
    for n, k, a, b in towns:
        rows.append([n, str(k), F(a), F(b), F(a - b), pct(b, a)])
    rows.append(['全县', str(n_proj), F(inv), F(award), F(self_), pct(award, inv)])
    d.table('表1  分乡镇奖补项目安排情况', rows)
    parts = '；'.join(f'{n}{k}个、奖补{F(v)}万元、占{s}%' for (n, k, v), s in zip(types, tsh))
    d.p(f'从项目类别看：{parts}。')
    d.h('三、资金拨付和项目建设')
    d.p(f'截至2024年12月31日，{n_proj}个项目中已竣工验收{done}个，在建{building}个；县财政已按进度拨付奖补资金'
        f'{F(paid)}万元，占安排数的{pct(paid, award)}%，尚余{F(award - paid)}万元待在建项目验收后拨付。')
    d.p(f'项目建成后，新修硬化村内道路{road_km}公里，较2023年的{road_prev}公里'
        f'增加{road_km - road_prev}公里，村内道路类项目平均每公里奖补{F(per_km)}万元；直接受益群众约{people}万人。')
    d.h('四、资金管理情况')
    d.p('奖补资金实行县级报账制，乡镇凭竣工验收单、结算资料和村务公开照片申请拨款，严禁用于偿还村级债务、'
        '发放干部补贴或兴建办公用房。年内县财政会同农业农村部门开展了两轮抽查，对抽查发现的2个项目'
        '筹劳折资台账不规范问题已督促整改到位。')
    d.h('五、监督方式')
    d.p('公示期为2025年3月10日至3月19日，共10天。对公示内容有异议的，可向县财政局农村综合改革股反映，'
        '电话0745-7360218。')
    d.sign('荪溪县财政局', '2025年3月10日')

    L.facts.update(date='2025年3月10日', docno='荪财农〔2025〕3号')
    L.sum('奖补资金 = 中央 + 省级 + 县级', F(fund), [F(v) for _, v in src])
    L.rate('县级配套占比', F(src[2][1]), F(fund), pct(src[2][1], fund))
    L.sum('项目数 = 5 乡镇', str(n_proj), [str(t[1]) for t in towns])
    L.sum('总投资 = 5 乡镇', F(inv), [F(t[2]) for t in towns])
    L.sum('财政奖补 = 5 乡镇', F(award), [F(t[3]) for t in towns])
    L.sum('村级自筹 = 5 乡镇', F(self_), [F(t[2] - t[3]) for t in towns])
    L.sum('总投资 = 奖补 + 自筹', F(inv), [F(award), F(self_)])
    for n, k, a, b in towns:
        L.sum(f'{n} 总投资 = 奖补 + 自筹', F(a), [F(b), F(a - b)])
        L.rate(f'{n} 奖补比例', F(b), F(a), pct(b, a))
    L.rate('全县 奖补比例', F(award), F(inv), pct(award, inv))
    L.sum('结转 + 安排 = 奖补资金', F(fund), [F(award), F(carry)])
    L.sum('类别 项目数', str(n_proj), [str(t[1]) for t in types])
    L.sum('类别 奖补', F(award), [F(t[2]) for t in types])
    for (n, k, v), s in zip(types, tsh):
        L.rate(f'类别 {n} 占比', F(v), F(award), s)
    L.sum('竣工 + 在建 = 项目数', str(n_proj), [str(done), str(building)])
    L.rate('拨付占安排', F(paid), F(award), pct(paid, award))
    L.sum('已拨付 + 尚余 = 安排', F(award), [F(paid), F(award - paid)])
    L.diff('道路 增加', str(road_km), str(road_prev), str(road_km - road_prev))
    L.quot('道路 每公里奖补', F(types[0][2]), str(road_km), F(per_km))
    L.days('公示期 10天', datetime.date(2025, 3, 10), datetime.date(2025, 3, 19), 10)
    L.dated('落款晚于 2024-12-31', '2025年3月10日', datetime.date(2024, 12, 31))
    for a in ['荪财农〔2025〕3号', '截至2024年12月31日', '2025年3月10日至3月19日，共10天', '0745-7360218']:
        L.anchor(a)
    return d, L
