import importlib, sys
from lib39 import build_and_prove
MODS = ['g01_chunchuan_archives_final_accounts', 'g02_quyang_supply_marketing_coop_overall_selfeval',
        'g03_changping_work_injury_insurance_fund', 'g04_sunxi_yishiyiyi_award_fund_notice',
        'g05_jianjiang_disabled_employment_security_fund', 'g06_jinshan_food_safety_sampling_selfeval']
only = sys.argv[1:] 
for m in MODS:
    if only and not any(o in m for o in only):
        continue
    mod = importlib.import_module(m)
    path, text, led = build_and_prove(mod.NAME, mod.FMT, mod.EXT, mod.build)
    b = led['facts']['utf8_bytes']
    n = len(led['checks'])
    assert 2500 <= b <= 4000, (m, b)
    print(f'{mod.NAME}.{mod.EXT}: {b} bytes, {led["facts"]["han_chars"]} han, {n} checks ok')
