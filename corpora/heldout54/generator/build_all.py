# -*- coding: utf-8 -*-
"""Build the six clean reports of heldout54 with their ledgers."""
import os
import sys
import importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib54 import *  # noqa

MODULES = ['g01_mangchuan_maternity_insurance_fund',
           'g02_wanning_campus_food_safety_fund',
           'g03_chengjiang_msw_fee',
           'g04_chongshan_rural_film_screening',
           'g05_guangchuan_ich_inheritor_subsidy',
           'g06_fuyang_childcare_subsidy']


def load(m):
    return importlib.import_module(m).build()


def write_report(r, outdir, V=None, name_suffix=''):
    V = r['V'] if V is None else V
    data = r['render'](V)
    assert data == r['render'](V), 'render not byte-stable: ' + r['name']
    path = os.path.join(outdir, r['name'] + '.' + r['ext'])
    with open(path, 'wb') as f:
        f.write(data)
    return path


def main():
    total_rows = 0
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + '.py')):
            continue
        r = load(m)
        r2 = load(m)
        path = write_report(r, OUT)
        assert r['render'](r['V']) == r2['render'](r2['V'])
        text = read_back(path)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (r['name'], bad)
        nb = len(text.encode('utf-8'))
        assert 2500 <= nb <= 4000, (r['name'], nb)
        rows, val = prove(r['doc'], r['V'], r['ledger'], text)
        facts = dict(r['facts'], utf8_bytes=nb, han_chars=han_count(text))
        js, ok = ledger_json(os.path.basename(path), facts, r['ledger'], val, rows)
        with open(os.path.join(OUT, r['name'] + '.ledger.json'), 'w', encoding='utf-8') as f:
            f.write(js)
        nrel = len(r['ledger'].checks)
        total_rows += nrel + len(rows)
        bad = [x for x in rows if not x[1]] + [(c['id'], ok_, det) for c, ok_, det in r['ledger'].evaluate(val) if not ok_]
        print('%-95s bytes=%d han=%d relations=%d readback=%d ok=%s' % (r['name'], nb, facts['han_chars'], nrel, len(rows), ok))
        for b in bad:
            print('   FAIL', b)
        assert ok, r['name']
    print('total ledger rows', total_rows)


if __name__ == '__main__':
    main()
