# -*- coding: utf-8 -*-
"""render the six clean reports, prove every ledger relation on the read-back, write ledgers"""
import importlib
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib43  # noqa: E402

GENS = ['g01_jinling_forest_fire', 'g02_dichuan_market_regulation', 'g03_jijiang_public_welfare_posts',
        'g04_xiyang_fitness_for_all', 'g05_xiongxi_entitled_groups', 'g06_chuanshan_justice_final_accounts']


def load(names=None):
    out = []
    for g in (names or GENS):
        m = importlib.import_module(g)
        B, L, M = m.build()
        out.append((m.NAME, B, L, M))
    return out


def main():
    only = sys.argv[1:] or None
    total = 0
    for name, B, L, M in load(only):
        path = os.path.join(lib43.OUT, name)
        rb = lib43.render(B, M, path)
        n = len(rb.encode('utf-8'))
        assert 2500 <= n <= 4000, (name, n)
        doc = L.write(rb, path.rsplit('.', 1)[0] + '.ledger.json')
        assert doc['all_checks_ok']
        total += len(doc['checks'])
        print('{:<90} {:>5} bytes {:>4} han {:>4} checks'.format(name, n, doc['facts']['han_chars'], len(doc['checks'])))
    print('checks in all:', total)


if __name__ == '__main__':
    main()
