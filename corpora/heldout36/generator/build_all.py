import os, sys, json, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lk36 import *
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODS = ['g01_pengxi_senior_longevity_allowance_notice', 'g02_xuanling_weather_modification_fund_report',
        'g03_wanxi_soil_conservation_fee_disclosure', 'g04_cenchuan_womens_federation_two_cancers_aid_selfeval',
        'g05_ziping_compulsory_animal_immunization_fund_report', 'g06_chengxi_conscript_family_preferential_payment_notice']

def main():
    total = 0
    for mn in MODS:
        g = importlib.import_module(mn)
        model, L, meta, _ = g.build()
        path = os.path.join(OUT, meta['name'])
        render(model, path, meta['fmt'], site=meta.get('site'), author=meta['author'])
        text = read_back(path)
        checks = L.prove(text)
        nb = len(text.encode('utf-8'))
        assert 2500 <= nb <= 4500, (meta['name'], nb)
        led = {'report': meta['name'],
               'facts': {'date': meta['date'], 'docno': meta['docno'], 'utf8_bytes': nb, 'han_chars': han_count(text)},
               'checks': checks, 'all_checks_ok': all(c['ok'] for c in checks)}
        stem = meta['name'].rsplit('.', 1)[0]
        json.dump(led, open(os.path.join(OUT, stem + '.ledger.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        total += len(checks)
        print(meta['name'], nb, han_count(text), len(checks))
    print('total checks', total)

if __name__ == '__main__':
    main()
