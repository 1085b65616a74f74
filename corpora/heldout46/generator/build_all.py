# -*- coding: utf-8 -*-
"""Build the six clean reports of heldout46, prove every ledger on the rendered read-back."""
import hashlib
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib46 import render, read_back, prove, han_count  # noqa: E402

MODULES = ['g01_fuxi_resident_pension_fund', 'g02_liangyang_public_resources_trading_overall',
           'g03_jiuchuan_government_procurement_notice', 'g04_kaoling_small_reservoir_reinforcement_project',
           'g05_huining_media_center_final_accounts', 'g06_qinshan_forest_eco_compensation_payout']


def ledger_json(meta, rows, text):
    return {'report': meta['name'],
            'facts': {'date': meta['date'], 'docno': meta['docno'],
                      'utf8_bytes': len(text.encode('utf-8')), 'han_chars': han_count(text)},
            'checks': rows,
            'all_checks_ok': all(r['ok'] for r in rows)}


def build_one(modname):
    m = importlib.import_module(modname)
    doc, L, meta = m.build()
    data = render(doc, meta)
    doc2, L2, meta2 = importlib.reload(m).build()
    assert render(doc2, meta2) == data, 'not byte-stable: ' + meta['name']
    text = read_back(data, meta['format'])
    rows = prove(L, text)
    bad = [r for r in rows if not r['ok']]
    assert not bad, (meta['name'], bad)
    n = len(text.encode('utf-8'))
    assert 2500 <= n <= 4000, (meta['name'], n)
    for w in ('省', '自治区', '直辖市'):
        assert w not in text, (meta['name'], w)
    return doc, L, meta, data, text, rows


def main():
    summary = []
    for mn in MODULES:
        doc, L, meta, data, text, rows = build_one(mn)
        with open(os.path.join(OUT, meta['name']), 'wb') as f:
            f.write(data)
        base = meta['name'].rsplit('.', 1)[0]
        with open(os.path.join(OUT, base + '.ledger.json'), 'w', encoding='utf-8') as f:
            json.dump(ledger_json(meta, rows, text), f, ensure_ascii=False, indent=1)
            f.write('\n')
        rel = sum(1 for r in rows if not r['desc'].startswith(('read-back:', 'anchor:')))
        summary.append('%s %d bytes %d han, %d rows (%d relations) md5 %s' % (
            meta['name'], len(text.encode('utf-8')), han_count(text), len(rows), rel,
            hashlib.md5(data).hexdigest()))
    print('\n'.join(summary))


if __name__ == '__main__':
    main()
