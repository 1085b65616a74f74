#!/bin/sh
# Regenerate heldout31: six clean reports + ledgers, the three error copies + expected.json, and the checks.
set -e
cd "$(dirname "$0")"
OUT=..
rm -f $OUT/t0*_* $OUT/errors/*
for g in g01_longyu_health_dept_overall_selfeval g02_guiyuan_education_final_accounts \
         g03_suigang_rural_dilapidated_housing_selfeval g04_eying_government_procurement_2024 \
         g05_nenhua_farmland_subsidy_notice_2024 g06_qiling_rural_road_maintenance_selfeval; do
  python3 $g.py $OUT
done
python3 plant_and_verify.py
python3 readback_tables.py
python3 - <<'PY'
import glob, json
n = 0
for f in sorted(glob.glob('../*.ledger.json')):
    d = json.load(open(f, encoding='utf-8'))
    assert d['all_checks_ok'], f
    n += len(d['checks'])
    print('%s: %d checks, all ok' % (f, len(d['checks'])))
print('ledger checks in all: %d' % n)
PY
( cd .. && sha256sum t0* errors/* ) > logs/hashes.txt
echo done
