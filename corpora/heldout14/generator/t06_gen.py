"""t06: 邕川县财政局 2024年度政府债务限额、余额及债券资金使用情况说明 (.docx).

Run-level formatting splits sentences into several <w:r> runs (bold lead-ins and bold figures);
亿元 in the text, 万元 in the tables; merged headers; a project table with 类别 merged vertically and
小计 rows.
"""
import os
import docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import D, q, pct, growth, f, fi, Ledger, OUT
import docx_text

NAME = 't06_yongchuan_government_debt_2024'
L = Ledger(NAME + '.docx')
yi = lambda x: q(D(x) / 10000)

# ------------------------------------------------------------------ debt (万元)
K = ('一般', '专项')
limit = {'一般': D('321600.00'), '专项': D('568000.00')}
limit23 = {'一般': D('309600.00'), '专项': D('494000.00')}
open_ = {'一般': D('301236.48'), '专项': D('485177.36')}
new = {'一般': D('12000.00'), '专项': D('74000.00')}
refi = {'一般': D('28600.00'), '专项': D('35200.00')}
repay_own = {'一般': D('6000.00'), '专项': D('5000.00')}        # 预算安排 / 专项收入偿还
repay = {k: refi[k] + repay_own[k] for k in K}
close = {k: open_[k] + new[k] + refi[k] - repay[k] for k in K}
interest = {'一般': D('9846.32'), '专项': D('16184.58')}
interest23 = {'一般': D('9542.60'), '专项': D('14486.18')}
due25 = {'一般': D('32400.00'), '专项': D('38600.00')}
T = lambda d: d['一般'] + d['专项']
for k in K:
    L.check('%s债务 余额 ≤ 限额' % k, close[k] <= limit[k], '%s <= %s' % (close[k], limit[k]))
    L.check('%s债务 年初余额 ≤ 上年限额' % k, open_[k] <= limit23[k])
LIM, OPEN, NEW, REFI, REPAY, CLOSE = T(limit), T(open_), T(new), T(refi), T(repay), T(close)
INT, INT23 = T(interest), T(interest23)
L.eq('年末余额 = 年初 + 新增 + 再融资 − 偿还', CLOSE, OPEN + NEW + REFI - REPAY)
# 亿元 parts add up to the 亿元 totals
for nm, d in [('限额', limit), ('上年限额', limit23), ('年初余额', open_), ('新增', new), ('再融资', refi),
              ('偿还', repay), ('年末余额', close), ('付息', interest), ('2025到期', due25)]:
    L.eq('亿元: 一般 + 专项 = 合计（%s）' % nm, yi(d['一般']) + yi(d['专项']), yi(T(d)))
L.eq('亿元: 年末 = 年初 + 新增 + 再融资 − 偿还', yi(CLOSE), yi(OPEN) + yi(NEW) + yi(REFI) - yi(REPAY))
use_lim = pct(CLOSE, LIM)
g_close = growth(CLOSE, OPEN)
g_close_yi = growth(yi(CLOSE), yi(OPEN))
g_int = growth(INT, INT23)
L.eq('余额增长（万元与亿元一致）', g_close, g_close_yi)
mat = [('1年以内（2025年到期）', T(due25)), ('1至5年', D('186420.50')), ('5至10年', D('262318.90'))]
mat.append(('10年以上', CLOSE - sum(v for _, v in mat)))
mat_sh = [pct(v, CLOSE) for _, v in mat]
L.check('期限结构各段为正', all(v > 0 for _, v in mat))
L.eq('期限结构 Σ = 年末余额', sum(v for _, v in mat), CLOSE)
L.fact('期限结构占比之和', sum(mat_sh))
L.check('期限结构占比之和为100.00（或尾差0.01）', abs(sum(mat_sh) - 100) <= D('0.01'), sum(mat_sh))
power = D('742600.00')                       # 综合财力
ratio = pct(CLOSE, power)
hidden, hidden_task = D('32600.00'), D('30000.00')
hidden_done = pct(hidden, hidden_task)

# ------------------------------------------------------------------ bonds issued: (type, kind, years, amount, rate%)
bonds = [('新增债券', '一般债券', 10, D('12000.00'), D('2.32')),
         ('新增债券', '专项债券', 15, D('26000.00'), D('2.46')),
         ('新增债券', '专项债券', 20, D('30000.00'), D('2.51')),
         ('新增债券', '专项债券', 30, D('18000.00'), D('2.58')),
         ('再融资债券', '一般债券', 7, D('28600.00'), D('2.18')),
         ('再融资债券', '专项债券', 10, D('35200.00'), D('2.28'))]
ISS = sum(b[3] for b in bonds)
L.eq('发行合计 = 新增 + 再融资', ISS, NEW + REFI)
L.eq('新增一般', sum(b[3] for b in bonds if b[0] == '新增债券' and b[1] == '一般债券'), new['一般'])
L.eq('新增专项', sum(b[3] for b in bonds if b[0] == '新增债券' and b[1] == '专项债券'), new['专项'])
L.eq('再融资一般', sum(b[3] for b in bonds if b[0] == '再融资债券' and b[1] == '一般债券'), refi['一般'])
L.eq('再融资专项', sum(b[3] for b in bonds if b[0] == '再融资债券' and b[1] == '专项债券'), refi['专项'])
wavg = lambda bs, i: q(sum(b[3] * b[i] for b in bs) / sum(b[3] for b in bs), 2)
new_b = [b for b in bonds if b[0] == '新增债券']
rate_new = wavg(new_b, 4)
rate_all = wavg(bonds, 4)
term_new = q(sum(b[3] * b[2] for b in new_b) / NEW, 1)

# ------------------------------------------------------------------ 新增专项债券 projects (万元)
proj = [('保障性安居工程', [('城东片区城中村改造项目', D('7000.00')), ('县城保障性租赁住房项目', D('5000.00'))]),
        ('产业园区基础设施', [('邕川工业园区标准厂房项目', D('9000.00')), ('园区污水处理厂扩建项目', D('6000.00')),
                      ('园区道路管网项目', D('6500.00')), ('园区供电设施项目', D('4500.00'))]),
        ('农林水利', [('县城第二水源工程', D('6000.00')), ('灌区续建配套与节水改造项目', D('4000.00')),
                  ('城乡供水一体化项目', D('3000.00'))]),
        ('冷链物流', [('农产品冷链物流园项目', D('5000.00')), ('县域商贸物流配送中心项目', D('3000.00'))]),
        ('社会事业', [('县第三中学新建项目', D('6000.00')), ('县人民医院住院综合楼项目', D('7000.00')),
                  ('县职业教育中心实训基地项目', D('2000.00'))])]
cat_sum = {c: sum(v for _, v in ps) for c, ps in proj}
N_PROJ = sum(len(ps) for _, ps in proj)
L.eq('新增专项债项目合计 = 新增专项债', sum(cat_sum.values()), new['专项'])
L.eq('项目个数', N_PROJ, 14)
gen_use = [('农村公路提质改造', D('7000.00')), ('中小学校舍建设', D('5000.00'))]
L.eq('新增一般债使用 = 新增一般债', sum(v for _, v in gen_use), new['一般'])
paid_proj = D('71860.00')                    # 已支出的新增专项债券
paid_rate = pct(paid_proj, new['专项'])

# ------------------------------------------------------------------ document model: paragraphs as lists of (text, bold)
B = []
def P(*runs): B.append(('p', [(r, False) if isinstance(r, str) else r for r in runs]))
def BOLD(t): return (t, True)
def H1(t): B.append(('h1', t))
def y(x): return f(yi(x)) + '亿元'

B.append(('title', '邕川县2024年度政府债务限额、余额及债券资金使用情况说明'))
B.append(('sub', '邕川县财政局'))
P('根据《中华人民共和国预算法》和地方政府债务信息公开有关规定，现将邕川县2024年度政府债务限额、余额、债券发行、债券资金使用和还本付息等情况说明如下。本说明所列2024年数据为决算数，债务余额为政府债券余额，不含隐性债务。')
H1('一、政府债务限额情况')
P(BOLD('自治区核定我县2024年政府债务限额'), BOLD(y(LIM)), '，比上年的%s增加%s。其中：一般债务限额%s，专项债务限额%s。'
  % (y(T(limit23)), y(LIM - T(limit23)), y(limit['一般']), y(limit['专项'])))
P('2024年自治区下达我县新增债务限额%s，其中一般债务限额%s、专项债务限额%s，新增限额全部用于发行新增债券。限额的增加额与当年新增债券规模一致，再融资债券不占用新增限额。'
  % (y(LIM - T(limit23)), y(limit['一般'] - limit23['一般']), y(limit['专项'] - limit23['专项'])))
L.eq('新增限额 = 新增债券', LIM - T(limit23), NEW)
L.eq('新增一般限额 = 新增一般债', limit['一般'] - limit23['一般'], new['一般'])
H1('二、政府债务余额情况')
P(BOLD('2024年末，全县政府债务余额'), BOLD(y(CLOSE)), '，比上年末%s增加%s，增长%s%%，控制在自治区核定的债务限额之内，余额占限额的%s%%。其中：一般债务余额%s，专项债务余额%s。'
  % (y(OPEN), y(CLOSE - OPEN), f(g_close), f(use_lim), y(close['一般']), y(close['专项'])))
P('从变动情况看，2024年新增债券%s、发行再融资债券%s，偿还到期债券本金%s，年末余额＝年初余额＋新增债券＋再融资债券－偿还本金。'
  % (y(NEW), y(REFI), y(REPAY)))
P('从剩余期限结构看，年末债务余额中%s（各段占比四舍五入后合计为%s%%）。' % ('，'.join('剩余期限%s的%s万元，占%s%%' % (n, f(v), f(sh)) for (n, v), sh in zip(mat, mat_sh)), f(sum(mat_sh))))
P('按2024年综合财力%s计算，全县政府债务率为%s%%。债务率超过100%%主要是专项债券以项目对应的政府性基金收入和专项收入偿还，不完全依赖综合财力。'
  % (y(power), f(ratio)))
H1('三、政府债券发行情况')
P(BOLD('2024年共发行政府债券'), BOLD(y(ISS)), '，其中新增债券%s、再融资债券%s。新增债券中，一般债券%s，专项债券%s；再融资债券中，一般债券%s，专项债券%s。'
  % (y(NEW), y(REFI), y(new['一般']), y(new['专项']), y(refi['一般']), y(refi['专项'])))
P('新增债券加权平均发行利率%s%%，加权平均期限%s年；全部债券（含再融资债券）加权平均发行利率%s%%。2024年各批次债券均通过财政部政府债券发行系统公开招标发行，全部足额认购。债券由自治区人民政府统一发行后转贷我县，发行利率为票面利率，发行费用由县级财政另行承担。'
  % (f(rate_new), term_new, f(rate_all)))
H1('四、新增债券资金使用情况')
P('（一）新增一般债券%s，全部用于公益性资本支出，其中%s。'
  % (y(new['一般']), '，'.join('%s%s万元' % (n, f(v)) for n, v in gen_use)))
P('（二）新增专项债券%s，安排%s类%d个项目，其中%s。具体项目见表3。'
  % (y(new['专项']), '五', N_PROJ, '，'.join('%s%s万元' % (c, f(v)) for c, v in cat_sum.items())))
P('（三）截至2024年12月31日，新增专项债券已支出%s万元，支出进度%s%%，未支出部分主要是县第三中学新建项目按工程进度分期拨付。专项债券项目均已纳入项目库管理，实行“一案两书”审核和穿透式监测，未发现挪用债券资金用于经常性支出的情况。'
  % (f(paid_proj), f(paid_rate)))
P('从项目类别看，保障性安居工程主要用于城中村改造和保障性租赁住房建设；产业园区基础设施主要用于标准厂房、污水处理、道路管网和供电设施；农林水利主要用于县城第二水源、灌区节水改造和城乡供水一体化；冷链物流主要用于农产品冷链物流园和县域商贸物流配送中心；社会事业主要用于中学、医院和职业教育实训基地建设。各项目均按照专项债券项目管理要求编制实施方案，测算项目收益与融资平衡情况，项目收益能够覆盖债券本息。')
P('在债券资金绩效管理方面，县财政局会同项目主管部门对全部新增专项债券项目设定绩效目标，开展绩效运行监控，重点关注项目建设进度、资金支出进度和项目收益实现情况。对支出进度较慢的项目，督促项目单位倒排工期、加快实施，确保债券资金尽快形成实物工作量。')
H1('五、政府债务还本付息情况')
P(BOLD('2024年全县偿还政府债务本金'), BOLD(y(REPAY)), '。其中：一般债务本金%s，通过发行再融资债券偿还%s、一般公共预算安排偿还%s；专项债务本金%s，通过发行再融资债券偿还%s、项目专项收入偿还%s。'
  % (y(repay['一般']), y(refi['一般']), y(repay_own['一般']), y(repay['专项']), y(refi['专项']), y(repay_own['专项'])))
P('2024年支付政府债务利息%s，比上年%s增长%s%%。其中一般债务利息%s，由一般公共预算安排；专项债务利息%s，由对应的政府性基金收入和项目专项收入安排。全年未发生逾期偿付情况。'
  % (y(INT), y(INT23), f(g_int), y(interest['一般']), y(interest['专项'])))
H1('六、防范化解债务风险情况')
P('一是严格限额管理，新增债券规模控制在自治区下达的额度之内。二是落实化债方案，2024年化解存量隐性债务%s万元，完成年度化债任务%s万元的%s%%。三是健全债务风险预警机制，按季度监测债务率、偿债率等指标。四是加强专项债券项目收益管理，项目收益优先用于偿还债券本息。五是将政府债务还本付息资金足额纳入预算，确保到期债务按时偿还。六是开展专项债券使用情况专项检查，对发现的进度偏慢、闲置等问题督促整改。'
  % (f(hidden), f(hidden_task), f(hidden_done)))
H1('七、2025年到期债务情况')
P('2025年全县到期政府债券本金%s，其中一般债券%s、专项债券%s。到期本金拟通过申请再融资债券和预算安排资金偿还，2025年到期本金不在2024年偿还本金之内。'
  % (y(T(due25)), y(due25['一般']), y(due25['专项'])))
P('2025年，我县将严格执行政府债务限额管理，合理安排新增债券项目，加强专项债券项目储备和前期工作，提高债券资金使用效益；同时足额安排还本付息资金，稳妥推进存量隐性债务化解，牢牢守住不发生系统性风险的底线。')
H1('八、需要说明的事项')
P('（一）本说明中的政府债务是指以县级政府为偿还主体、经自治区人民政府转贷的地方政府债券，不包括融资平台公司等单位的经营性债务。')
P('（二）文中金额以亿元列示，附表以万元列示，亿元数据由万元数据四舍五入保留两位小数得出。')
P('（三）债务率为年末政府债务余额与当年综合财力之比，综合财力包括一般公共预算可用财力和政府性基金预算可用财力。')
P('（四）“上年”指2023年度决算数。2024年政府债务限额为自治区核定的年度限额，包括上年限额和本年新增限额。')
H1('九、名词解释')
P('1.政府债务限额：上级政府核定的本级政府债务余额上限，分为一般债务限额和专项债务限额，年末债务余额不得突破限额。')
P('2.一般债务：为没有收益的公益性项目发行的一般债券形成的债务，主要以一般公共预算收入偿还。')
P('3.专项债务：为有一定收益的公益性项目发行的专项债券形成的债务，以对应的政府性基金收入或专项收入偿还。')
P('4.新增债券：在债务限额内发行、用于公益性资本支出的债券，会增加年末债务余额。')
P('5.再融资债券：为偿还到期政府债券本金而发行的债券，不增加债务余额。')
P('6.加权平均发行利率：各期债券票面利率以发行金额为权数计算的平均利率。')
H1('十、附表')
B.append(('cap', '表1  2024年邕川县政府债务限额和余额情况表（单位：万元）'))
t1 = [['项目', '合计', '其中', ''], ['', '', '一般债务', '专项债务']]
def r1(name, d): return [name, f(T(d)), f(d['一般']), f(d['专项'])]
t1 += [r1('2024年政府债务限额', limit), r1('2023年末政府债务余额', open_), r1('2024年新增债券', new),
       r1('2024年再融资债券', refi), r1('2024年偿还本金', repay), r1('  其中：再融资债券偿还', refi),
       r1('        财政资金和项目收入偿还', repay_own), r1('2024年末政府债务余额', close), r1('2024年支付利息', interest)]
B.append(('table', t1, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], [6.0, 3.2, 3.2, 3.2]))
B.append(('cap', '表2  2024年邕川县政府债券发行情况表（单位：万元）'))
t2 = [['债券类型', '债券种类', '期限（年）', '发行金额', '票面利率（%）']]
m2 = []
prev, s = None, 1
for i, b in enumerate(bonds, 1):
    t2.append([b[0] if b[0] != prev else '', b[1], str(b[2]), f(b[3]), f(b[4])])
    if b[0] != prev:
        if prev is not None and i - 1 > s:
            m2.append((s, 0, i - 1, 0))
        s = i
    prev = b[0]
if len(bonds) > s:
    m2.append((s, 0, len(bonds), 0))
t2.append(['合计', '', '', f(ISS), ''])
m2.append((len(t2) - 1, 0, len(t2) - 1, 2))
B.append(('table', t2, m2, [3.2, 3.2, 2.4, 3.2, 3.2]))
B.append(('cap', '表3  2024年新增专项债券安排项目表（单位：万元）'))
t3 = [['项目类别', '项目名称', '安排金额']]
m3 = []
for c, ps in proj:
    s = len(t3)
    for j, (n, v) in enumerate(ps):
        t3.append([c if j == 0 else '', n, f(v)])
    t3.append(['', '小计', f(cat_sum[c])])
    m3.append((s, 0, len(t3) - 1, 0))
t3.append(['合计', '', f(new['专项'])])
m3.append((len(t3) - 1, 0, len(t3) - 1, 1))
B.append(('table', t3, m3, [3.4, 8.0, 3.2]))
B.append(('sign', '邕川县财政局'))
B.append(('sign', '2025年5月20日'))


def _font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = '宋体'
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), '宋体')


def render(blocks, path):
    d = docx.Document()
    for blk in blocks:
        kind = blk[0]
        if kind == 'table':
            rows, merges, widths = blk[1], blk[2], blk[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    if v:
                        _font(c.paragraphs[0].add_run(v), 9)
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1)
                keep = a.text
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        if (rr, cc) != (r1, c1):
                            assert rows[rr][cc] == '', (rr, cc, rows[rr][cc])
                m = a.merge(t.cell(r2, c2))
                for extra in m.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                assert m.text == keep, (m.text, keep)
            continue
        p = d.add_paragraph()
        if kind == 'p':
            p.paragraph_format.first_line_indent = Pt(24)
            for text, bold in blk[1]:
                _font(p.add_run(text), 12, bold)
            continue
        text = blk[1]
        if kind == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 16, True)
        elif kind in ('sub', 'cap'):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 12 if kind == 'sub' else 10.5, kind == 'cap')
        elif kind == 'h1':
            _font(p.add_run(text), 14, True)
        elif kind == 'sign':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(text), 12)
    d.core_properties.author = '邕川县财政局'
    d.core_properties.title = '邕川县2024年度政府债务限额、余额及债券资金使用情况说明'
    d.save(path)


def main():
    path = os.path.join(OUT, NAME + '.docx')
    render(B, path)
    V = docx_text.visible_text(path)
    L.eq('余额增长', g_close, D('9.54')); L.eq('余额占限额', use_lim, D('96.83'))
    L.eq('债务率', ratio, D('116.00')); L.eq('利息增长', g_int, D('8.33')); L.eq('利息增长（亿元）', growth(yi(INT), yi(INT23)), g_int)
    L.eq('债务率（亿元）', pct(yi(CLOSE), yi(power)), ratio); L.eq('余额占限额（亿元）', pct(yi(CLOSE), yi(LIM)), use_lim)
    L.eq('期限占比合计99.99', sum(mat_sh), D('99.99'))
    L.eq('化债完成', hidden_done, D('108.67')); L.eq('支出进度', paid_rate, D('97.11'))
    L.eq('新增加权利率', rate_new, D('2.48')); L.eq('全部加权利率', rate_all, D('2.38'))
    L.eq('新增加权期限', term_new, D('19.2'))
    L.check('2025到期不计入2024偿还', True)
    for s in ['2025年5月20日', '全县政府债务余额86.14亿元', '表3  2024年新增专项债券安排项目表（单位：万元）']:
        L.stated_once(V, s)
    L.stated(V, '\n' + f(CLOSE) + '\n', '\n' + f(new['专项']) + '\n')
    L.check('report date after fiscal year', True, '2025年5月20日')
    for k, v in [('限额', LIM), ('年初余额', OPEN), ('新增', NEW), ('再融资', REFI), ('偿还', REPAY),
                 ('年末余额', CLOSE), ('付息', INT), ('上年付息', INT23), ('债务率', ratio)]:
        L.fact(k, v)
    L.han(V)
    L.write(NAME)
    print(NAME, 'han', L.facts['han_chars'])


if __name__ == '__main__':
    main()
