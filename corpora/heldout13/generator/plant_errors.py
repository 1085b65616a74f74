"""Make the copies with planted contradictions in ../errors/ and write NAME.expected.json.

Each copy differs from its original only at the three planted spots listed below.
"""
import copy
import json
import os
import shutil
import docx
from docx.oxml.ns import qn
from common import OUT, ERR

PLANT = {
    't01_yunling_rural_env_fund_3rdparty_eval.txt': [
        dict(old='\t100\t88.88\t88.88%', new='\t100\t89.88\t88.88%',
             kind='score-total-mismatch', family='score',
             evidence=['89.88', '综合得分为88.88分', '效益指标得分21.30分'],
             explanation='表2“合计”行得分改为89.88分，但四个一级指标得分之和为12.90＋17.90＋36.78＋21.30＝88.88分，正文“综合得分为88.88分”，同一行得分率仍为88.88%，合计得分与分项及正文不符。'),
        dict(old='2025-03-15', new='2024-12-15',
             kind='report-dated-before-period-end', family='date',
             evidence=['2024-12-15', '截至2024.12.31', '2025-02-28完成'],
             explanation='落款日期改为2024-12-15，早于所评价的资金期间截止日2024.12.31，也早于正文所述2025年1月启动、2025-02-28完成的评价工作，报告日期不可能早于评价期间结束。'),
        dict(old='共安排4个子项目', new='共安排5个子项目',
             kind='count-mismatch', family='structure',
             evidence=['共安排5个子项目', '（4）美丽宜居示范村创建项目', '全部4个子项目'],
             explanation='正文称专项资金“共安排5个子项目”，但其后只列出（1）至（4）四个子项目，表1也只有4个子项目，第二部分又称“覆盖全部4个子项目”，个数与列举不符。'),
    ],
    't02_qianxi_education_budget_2024.docx': [
        dict(old='142.80', new='124.80', after='绩效工资',
             kind='subtotal-parts-mismatch', family='sum',
             evidence=['124.80', '786.26', '30107'],
             explanation='表3中30107绩效工资由142.80改为124.80后，301工资福利支出各款之和为768.26万元，与301类合计786.26万元不符，表3合计880.08万元也不再等于全部各款之和。'),
        dict(old='机关运行经费预算58.30万元', new='机关运行经费预算58.30元',
             kind='unit-mismatch', family='value-conflict',
             evidence=['机关运行经费预算58.30元', '61.20万元减少2.90万元', '下降4.74%'],
             explanation='机关运行经费预算写成“58.30元”，而同句称比2023年预算61.20万元减少2.90万元、下降4.74%，只有按58.30万元计算才成立，单位应为万元。'),
        dict(old='总额的69.41%', new='总额的64.91%',
             kind='share-mismatch', family='ratio',
             evidence=['总额的64.91%', '预留286.40万元', '政府采购预算总额412.60万元'],
             explanation='面向中小企业预留286.40万元，占政府采购预算总额412.60万元的比例应为286.40÷412.60＝69.41%，文中写成64.91%。'),
    ],
    't06_nenchuan_medical_insurance_fund_2024.pdf': [
        dict(old='现场检查定点医药机构1,286家', new='现场检查定点医药机构1,268家',
             kind='same-quantity-different-values', family='value-conflict',
             evidence=['检查定点医药机构1,268家', '共有定点医药机构1,286家', '实现全覆盖'],
             explanation='全市共有定点医药机构1,286家，检查称“实现全覆盖”，但现场检查数写成1,268家，同一数量前后不一致（违规机构占比24.26%也是以1,286家为基数）。'),
        dict(old='同比下降5.26%', new='同比增长5.26%',
             kind='growth-direction-wrong', family='ratio',
             evidence=['同比增长5.26%', '个人账户收入98,642.18万元', '104,120.45'],
             explanation='个人账户收入由2023年的104,120.45万元减少到98,642.18万元，应为同比下降5.26%（附表增减为-5.26），且后文以门诊共济改革解释减少原因，文中却写成“同比增长5.26%”。'),
        dict(old='追回金额2,864.32万元', new='追回金额2,846.32万元',
             kind='total-not-sum-of-components', family='sum',
             evidence=['追回金额2,846.32万元', '追回医保基金2,316.58万元', '违约金428.64万元', '行政罚款119.10'],
             explanation='追回金额由追回医保基金、违约金和行政罚款组成，2,316.58＋428.64＋119.10＝2,864.32万元，文中总额写成2,846.32万元，与组成部分之和不符。'),
    ],
}


def _p_text(p):
    return ''.join(t.text or '' for t in p.iter(qn('w:t')))


def _replace_in_p(p, old, new):
    ts = list(p.iter(qn('w:t')))
    hits = [t for t in ts if t.text and old in t.text]
    assert len(hits) == 1 and hits[0].text.count(old) == 1, (old, len(hits))
    hits[0].text = hits[0].text.replace(old, new)


def plant_docx(src, dst, spots):
    d = docx.Document(src)
    body = d.element.body
    for sp in spots:
        old, new, after = sp['old'], sp['new'], sp.get('after')
        # visible items in order: body paragraphs and each table cell once
        items = []
        for el in body.iterchildren():
            if el.tag == qn('w:p'):
                items.append(('p', el))
            elif el.tag == qn('w:tbl'):
                for tc in el.iter(qn('w:tc')):
                    items.append(('tc', tc))
        texts = [(_p_text(e) if k == 'p' else '\n'.join(_p_text(p) for p in e.iterchildren(qn('w:p')))) for k, e in items]
        if after:
            idx = [i for i in range(1, len(items)) if texts[i] == old and texts[i - 1] == after]
        else:
            idx = [i for i in range(len(items)) if old in texts[i]]
            assert sum(t.count(old) for t in texts) == 1, (old, 'not unique')
        assert len(idx) == 1, (old, idx)
        k, e = items[idx[0]]
        ps = [e] if k == 'p' else [p for p in e.iterchildren(qn('w:p')) if old in _p_text(p)]
        _replace_in_p(ps[0], old, new)
    d.save(dst)


def plant_pdf(dst, spots):
    import t06_gen
    blocks = copy.deepcopy(t06_gen.blocks)
    for sp in spots:
        n = 0
        for i, b in enumerate(blocks):
            if b[0] in ('table_small', 'table_big'):
                n += b[1].count(sp['old']) + sum(c.count(sp['old']) for r in b[2] for c in r)
            else:
                n += b[1].count(sp['old'])
        assert n == 1, (sp['old'], n)
        for i, b in enumerate(blocks):
            if b[0] not in ('table_small', 'table_big') and sp['old'] in b[1]:
                blocks[i] = (b[0], b[1].replace(sp['old'], sp['new']))
    t06_gen.render(blocks, dst)


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
        elif name.endswith('.pdf'):
            plant_pdf(dst, spots)
        exp = [{k: sp[k] for k in ('kind', 'family', 'evidence', 'explanation')} for sp in spots]
        stem = name.rsplit('.', 1)[0]
        with open(os.path.join(ERR, stem + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        print('planted', name)


if __name__ == '__main__':
    main()
