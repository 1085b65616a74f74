# -*- coding: utf-8 -*-
"""Build the six clean reports and their ledgers; each is built twice and must be byte-identical."""
import importlib
import os
import sys

from lib57 import render, read_back, prove, ledger_json, han_count

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MODULES = ['g01_xuanxi_forest_vegetation_restoration_fee',
           'g02_zichuan_community_correction_funds',
           'g03_lingyang_cultural_center_final_accounts',
           'g04_zhuning_after_school_service_fee',
           'g05_heling_clean_heating_subsidy',
           'g06_xiejiang_vagrant_relief_funds']


def build_one(modname):
    mod = importlib.import_module(modname)
    model, L, meta = mod.build()
    data = render(model)
    model2, L2, _ = mod.build()
    assert render(model2) == data, 'not byte-stable: ' + modname
    rb = read_back(model['fmt'], data)
    facts = {'date': L.v['date'], 'docno': meta['docno'], 'utf8_bytes': len(rb.encode('utf-8')),
             'han_chars': han_count(rb)}
    rows, ok = prove(L, rb, meta['name'], facts)
    return mod, model, L, meta, data, rb, facts, rows, ok


def main(only=None):
    allok = True
    for mn in MODULES:
        if only and only not in mn:
            continue
        if not os.path.exists(os.path.join(HERE, mn + '.py')):
            print('skip', mn)
            continue
        mod, model, L, meta, data, rb, facts, rows, ok = build_one(mn)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in rb, (mn, bad)
        nb = facts['utf8_bytes']
        assert 2500 <= nb <= 4000, (mn, nb)
        with open(os.path.join(OUT, meta['name']), 'wb') as fh:
            fh.write(data)
        base = meta['name'].rsplit('.', 1)[0]
        with open(os.path.join(OUT, base + '.ledger.json'), 'w', encoding='utf-8') as fh:
            fh.write(ledger_json(meta['name'], facts, rows, ok))
        nrel = len(L.checks)
        print('%s bytes=%d han=%d checks=%d rows=%d ok=%s' % (meta['name'], nb, facts['han_chars'], nrel, len(rows), ok))
        if not ok:
            for r in rows:
                if not r['ok']:
                    print('   FAIL', r)
        allok = allok and ok
    if not allok:
        sys.exit(1)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
