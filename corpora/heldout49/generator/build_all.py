# -*- coding: utf-8 -*-
"""Build the six clean reports of heldout49, prove each ledger on the rendered read-back."""
import hashlib
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib49  # noqa: E402

OUT = os.path.dirname(HERE)
MODULES = ['g01_tingtang_town_midyear_budget_execution', 'g02_congyang_cdc_final_accounts',
           'g03_si_chuan_street_cleaning_project_selfeval', 'g04_luning_gov_service_platform_thirdparty_eval',
           'g05_lianjiang_housing_maintenance_fund_disclosure', 'g06_mengshan_sewage_concession_fee_audit']


def load(modname):
    return importlib.import_module(modname).build()


def render(spec, model=None):
    return lib49.render(model if model is not None else spec['model'], spec['fmt'], spec.get('html_opts'))


def main(only=None):
    results = []
    for mod in MODULES:
        if only and mod not in only:
            continue
        if not os.path.exists(os.path.join(HERE, mod + '.py')):
            print('skip (missing)', mod)
            continue
        spec = load(mod)
        data = render(spec)
        data2 = render(load(mod))
        assert data == data2, 'not byte-stable: ' + mod
        text = lib49.read_back(data, spec['fmt'])
        nbytes, han = lib49.text_stats(text)
        assert 2500 <= nbytes <= 4000, (mod, nbytes)
        for bad in ('省', '自治区', '直辖市'):
            assert bad not in text, (mod, bad)
        fname = spec['name'] + '.' + lib49.EXT[spec['fmt']]
        facts = dict(spec['facts'])
        facts.update({'utf8_bytes': nbytes, 'han_chars': han})
        proof = lib49.prove(spec['ledger'], text, facts)
        proof['report'] = fname
        bad = [r for r in proof['checks'] if not r['ok']]
        assert not bad, (mod, bad[:5])
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, spec['name'] + '.ledger.json'), 'w', encoding='utf-8') as f:
            json.dump(proof, f, ensure_ascii=False, indent=1)
            f.write('\n')
        n_rel = sum(1 for c in spec['ledger'].checks if c['kind'] not in ('anchor', 'same'))
        results.append((fname, nbytes, han, len(proof['checks']), n_rel, hashlib.md5(data).hexdigest()))
    for r in results:
        print('%s  bytes=%d han=%d ledger_rows=%d relations=%d md5=%s' % r)


if __name__ == '__main__':
    main(sys.argv[1:] or None)
