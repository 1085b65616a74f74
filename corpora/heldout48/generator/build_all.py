# -*- coding: utf-8 -*-
"""Build the six clean reports of heldout48, prove each ledger on the rendered read-back, write ledgers."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib48  # noqa: E402

OUT = os.path.dirname(HERE)
MODS = ['g01_pengchuan_critical_illness_insurance', 'g02_yingyang_fire_rescue_overall',
        'g03_sishan_womens_federation_sangong', 'g04_chouxi_grain_reserve_rotation_project',
        'g05_liaojiang_procuratorate_final_accounts', 'g06_tingning_local_chronicle_project_evaluation']


def load(name):
    return __import__(name)


def build_one(mod):
    m, L, meta, values = mod.build()
    data = lib48.render(m, mod.FMT, meta)
    again = lib48.render(mod.build()[0], mod.FMT, meta)
    assert data == again, 'render not byte-stable: ' + mod.NAME
    text = lib48.read_back(data, mod.FMT)
    return m, L, meta, values, data, text


def main():
    summary = []
    for name in MODS:
        mod = load(name)
        m, L, meta, values, data, text = build_one(mod)
        led = lib48.ledger_json(L, text, mod.NAME)
        assert led['all_checks_ok'], [r for r in led['checks'] if not r['ok']]
        nb = led['facts']['utf8_bytes']
        assert 2500 <= nb <= 4000, (mod.NAME, nb)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (mod.NAME, bad)
        with open(os.path.join(OUT, mod.NAME), 'wb') as f:
            f.write(data)
        base = re.sub(r'\.(txt|docx|pdf|html)$', '', mod.NAME)
        with open(os.path.join(OUT, base + '.ledger.json'), 'wb') as f:
            f.write(lib48.dump_json(led))
        kinds = {}
        for r in led['checks']:
            k = 'read-back' if r['desc'].startswith('read-back:') else 'anchor' if r['desc'].startswith('anchor:') \
                else 'same' if r['desc'].startswith('same:') else 'relation'
            kinds[k] = kinds.get(k, 0) + 1
        summary.append('%s  %d bytes  %d Han  %d rows %s' % (mod.NAME, nb, led['facts']['han_chars'],
                                                             len(led['checks']), kinds))
    os.makedirs(os.path.join(HERE, 'logs'), exist_ok=True)
    with open(os.path.join(HERE, 'logs', 'build_summary.log'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(summary) + '\n')
    print('\n'.join(summary))


if __name__ == '__main__':
    main()
