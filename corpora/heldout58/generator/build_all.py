# -*- coding: utf-8 -*-
"""Build the six heldout58 reports twice, check byte-stability, prove ledgers on read-back."""
import os, sys, json, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib58

OUT = os.path.dirname(HERE)
MODULES = ['g01_yangchuan_village_work_teams_funds',
           'g02_yindong_township_health_center_overall_selfeval',
           'g03_jiaoning_agri_product_quality_testing_selfeval',
           'g04_yiyang_land_transfer_income_use_disclosure',
           'g05_louxi_animal_disease_compulsory_immunization_subsidy',
           'g06_chanjiang_preschool_child_aid_payment_notice']

def main():
    total = {'rel': 0, 'read': 0, 'anchor': 0, 'same': 0}
    for m in MODULES:
        mod = importlib.import_module(m)
        d1, d2 = mod.build(), mod.build()
        b1, b2 = lib58.render(d1), lib58.render(d2)
        assert b1 == b2, 'not byte-stable: ' + m
        name = d1.stem + '.' + lib58.ext(d1)
        path = os.path.join(OUT, name)
        with open(path, 'wb') as f:
            f.write(b1)
        led, text = lib58.prove(d1, path)
        assert led['all_checks_ok'], [r for r in led['checks'] if not r['ok']]
        nb = led['facts']['utf8_bytes']
        assert 2500 <= nb <= 4000, (name, nb)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (name, bad)
        with open(os.path.join(OUT, d1.stem + '.ledger.json'), 'w', encoding='utf-8') as f:
            json.dump(led, f, ensure_ascii=False, indent=1)
            f.write('\n')
        n_read = sum(1 for r in led['checks'] if r['desc'].startswith('read-back:'))
        n_anchor = sum(1 for c in d1.checks if c['kind'] == 'anchor')
        n_same = sum(1 for c in d1.checks if c['kind'] == 'same')
        n_rel = len(d1.checks) - n_anchor - n_same
        total['rel'] += n_rel; total['read'] += n_read; total['anchor'] += n_anchor; total['same'] += n_same
        print('%-100s %5d bytes %4d han  rel=%d same=%d anchor=%d read-back=%d' % (
            name, nb, led['facts']['han_chars'], n_rel, n_same, n_anchor, n_read))
    print('totals', total, 'rows', sum(total.values()))

if __name__ == '__main__':
    main()
