"""Make the copies with planted contradictions in ../errors/ and write NAME.expected.json.

Each copy differs from its original only at the three planted spots listed below.
"""
import json
import os
import docx
from docx.oxml.ns import qn
from common import OUT, ERR, D, q

PLANT = {
    't01_liquan_transport_dept_selfeval_2024.txt': [
        dict(old='评价等级为“良”', new='评价等级为“优”',
             kind='grade-band-mismatch', family='score',
             evidence=['评价等级为“优”', '综合得分89.86分', '90分（含）以上为优', '合计 100 89.86'],
             explanation='综合得分为89.86分（表2合计行同为89.86），按同一句给出的等级标准“90分（含）以上为优，80分（含）至90分为良”，应评为“良”，文中却写成“优”，等级与得分所处分数段不符。'),
        dict(old='二〇二五年三月二十八日', new='二〇二四年三月二十八日',
             kind='report-dated-before-period-end', family='date',
             evidence=['二〇二四年三月二十八日', '截至2024年末', '2025年4月底前完工', '澧财绩〔2025〕6号'],
             explanation='报告评价的是2024年度部门整体支出，落款日期却改为二〇二四年三月二十八日，早于2024年度结束（文中有“截至2024年末”的数据），也早于其依据的2025年文件（澧财绩〔2025〕6号），报告日期不可能早于所评价年度结束。'),
        dict(old='六、下一步改进措施', new='七、下一步改进措施',
             kind='heading-number-skipped', family='structure',
             evidence=['七、下一步改进措施', '五、存在的主要问题'],
             explanation='一级标题依次为一、二、三、四、五，“五、存在的主要问题”之后的标题编号写成“七、下一步改进措施”，跳过了“六”，标题序号不连续。'),
    ],
    't02_fenxi_old_community_renovation_fund_selfeval_2024.docx': [
        dict(old='专项债券资金2,300.00万元', new='专项债券资金2,030.00万元',
             kind='subtotal-parts-mismatch', family='sum',
             evidence=['专项债券资金2,030.00万元', '出让收入安排3,186.35万元', '财政拨款执行5,486.35万元'],
             explanation='当年财政拨款执行5,486.35万元，“其中”国有土地使用权出让收入安排3,186.35万元、专项债券资金写成2,030.00万元，两项之和为5,216.35万元，与5,486.35万元不符；表1专项债券合计仍为2,300.00万元，3,186.35＋2,300.00＝5,486.35。'),
        dict(old='土地出让收入执行率96.56%', new='土地出让收入执行率95.66%',
             kind='execution-rate-mismatch', family='ratio',
             evidence=['土地出让收入执行率95.66%', '土地出让收入3,300.00万元', '出让收入安排3,186.35万元'],
             explanation='土地出让收入全年预算3,300.00万元（年初3,600.00万元调减300.00万元），执行3,186.35万元，执行率应为3,186.35÷3,300.00＝96.56%，文中写成95.66%。'),
        dict(old='完成改造老旧小区42个', new='完成改造老旧小区44个',
             kind='same-quantity-different-values', family='value-conflict',
             evidence=['完成改造老旧小区44个', '实际完成改造42个', '完成改造42个小区'],
             explanation='数量指标段称完成改造老旧小区44个，但项目概况称实际完成改造42个（汾东区15个、汾西区17个、经济开发区10个，合计42个），自评表“实际完成情况”也为完成改造42个小区，表1合计亦为42个，同一指标前后数值不一致。'),
    ],
    't03_qichuan_resident_pension_fund_final_2024.html': [
        dict(old='年末滚存结余76,565.63万元', new='年末滚存结余76,556.63万元',
             kind='balance-identity-broken', family='sum',
             evidence=['年末滚存结余76,556.63万元', '年初滚存结余68,412.54万元', '加本年收支结余8,153.09万元'],
             explanation='同一句称年初滚存结余68,412.54万元加本年收支结余8,153.09万元得年末滚存结余，68,412.54＋8,153.09＝76,565.63万元，文中年末滚存结余写成76,556.63万元，年初＋本年结余≠年末。'),
        dict(old='提高2.73个百分点', new='提高3.73个百分点',
             kind='percentage-point-mismatch', family='ratio',
             evidence=['提高3.73个百分点', '占缴费人员的41.26%', '比上年的38.53%'],
             explanation='300元及以上档次缴费人员占比由上年的38.53%升至41.26%，差为2.73个百分点（表2增减亦为+2.73），文中写成“提高3.73个百分点”。'),
        dict(old='丧葬补助金支出148.96万元', new='丧葬补助金支出148.96元',
             kind='unit-mismatch', family='value-conflict',
             evidence=['丧葬补助金支出148.96元', '为1,862名去世', '按每人800元标准'],
             explanation='丧葬补助金按每人800元向1,862名去世人员发放，合计1,489,600元即148.96万元（表1亦为148.96万元），文中写成“148.96元”，单位错误。'),
    ],
}


def _p_text(p):
    return ''.join(t.text or '' for t in p.iter(qn('w:t')))


def plant_docx(src, dst, spots):
    d = docx.Document(src)
    body = d.element.body
    paras = list(body.iter(qn('w:p')))
    for sp in spots:
        hits = [p for p in paras if sp['old'] in _p_text(p)]
        assert len(hits) == 1 and _p_text(hits[0]).count(sp['old']) == 1, (sp['old'], len(hits))
        ts = [t for t in hits[0].iter(qn('w:t')) if t.text and sp['old'] in t.text]
        assert len(ts) == 1, (sp['old'], 'spans runs')
        ts[0].text = ts[0].text.replace(sp['old'], sp['new'])
    d.save(dst)


def main():
    os.makedirs(ERR, exist_ok=True)
    for name, spots in PLANT.items():
        src = os.path.join(OUT, name)
        dst = os.path.join(ERR, name)
        if name.endswith('.txt') or name.endswith('.html'):
            with open(src, encoding='utf-8') as fh:
                s = fh.read()
            for sp in spots:
                assert s.count(sp['old']) == 1, (name, sp['old'], s.count(sp['old']))
                s = s.replace(sp['old'], sp['new'])
            with open(dst, 'w', encoding='utf-8') as fh:
                fh.write(s)
        elif name.endswith('.docx'):
            plant_docx(src, dst, spots)
        else:
            raise ValueError(name)
        exp = [{k: sp[k] for k in ('kind', 'family', 'evidence', 'explanation')} for sp in spots]
        stem = name.rsplit('.', 1)[0]
        with open(os.path.join(ERR, stem + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        print('planted', name)
    # the balance-identity plant keeps the stated 可支付月数 (42.8) unchanged, so only the identity breaks
    assert q(D('76556.63') * 12 / D('21473.30'), 1) == D('42.8')


if __name__ == '__main__':
    main()
