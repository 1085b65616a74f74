"""Render the six clean reports, read each back, prove every ledger relation on the rendered text, dump ledgers."""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk33 import *
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODS = ['g01_xiangli_agri_machinery_subsidy', 'g02_wancen_investment_audit_notice', 'g03_qintang_community_funds_disclosure',
        'g04_jinfen_old_community_renovation_selfeval', 'g05_qianlong_disabled_federation_overall_selfeval', 'g06_longqi_eco_env_fund_thirdparty_eval']
def main():
    n = 0
    for m in MODS:
        g = importlib.import_module(m)
        B, L = g.build()
        path = os.path.join(OUT, g.NAME + '.' + g.FMT)
        write(B, g.FMT, path, getattr(g, 'SITE', ''))
        t = read(g.FMT, path)
        L.prove(t)
        L.dump(os.path.join(OUT, g.NAME + '.ledger.json'))
        n += len(L.checks)
        print(f'{g.NAME}.{g.FMT}: {len(L.checks)} checks ok, {len(t.encode())} bytes / {L.facts["han_chars"]} Han read back')
    print('total checks', n)
if __name__ == '__main__': main()
