# -*- coding: utf-8 -*-
"""Build the six clean reports and their ledgers; prove every relation on the read-back text."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib42  # noqa: E402

MODULES = ['g01_wengxi_resident_medical_insurance_fund_final',
           'g02_luoshan_public_security_bureau_final_accounts',
           'g03_chayang_emergency_management_overall_selfeval',
           'g04_guachuan_township_fiscal_management_appraisal_notice',
           'g05_yuanjiang_gas_pipeline_renewal_fund_selfeval',
           'g06_zhenning_direct_funds_allocation_report']


def build_one(modname, outdir=None):
    m = importlib.import_module(modname)
    blocks, L, meta = m.build()
    outdir = outdir or lib42.OUT
    path = os.path.join(outdir, meta['fname'])
    lib42.render(meta, blocks, path)
    text = lib42.read_back(path)
    L.prove(text)
    n = len(text.encode('utf-8'))
    assert 2500 <= n <= 4000, '%s: read-back %d bytes' % (meta['fname'], n)
    return m, blocks, L, meta, path, text


def main(only=None):
    tot = 0
    for modname in MODULES:
        if only and not any(o in modname for o in only):
            continue
        m, blocks, L, meta, path, text = build_one(modname)
        led = os.path.join(lib42.OUT, meta['fname'].rsplit('.', 1)[0] + '.ledger.json')
        facts, nchk = L.dump(led, meta['fname'], text)
        rel = sum(1 for c in L.checks if c['kind'] in ('rel', 'date', 'count'))
        tot += nchk
        print('%-95s %5d bytes %4d Han  %3d checks (%d relations)' % (meta['fname'], facts['utf8_bytes'],
                                                                       facts['han_chars'], nchk, rel))
    print('total checks', tot)


if __name__ == '__main__':
    main(sys.argv[1:])
