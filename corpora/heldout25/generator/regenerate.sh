#!/usr/bin/env bash
# Regenerate heldout set 25: six reports + ledgers, the three error copies + expected.json, and a ledger summary.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
rm -f "$ROOT"/t0*_* "$ROOT"/errors/*
for g in g01_xulan_audit_work_report g02_yingxi_resident_pension_fund_final g03_ercang_culture_free_access_selfeval \
         g04_yiyi_veterans_affairs_overall_selfeval g05_ganming_drg_annual_settlement_notice g06_qianrong_official_vehicles_sangong_final; do
  python3 "$g.py"
done
python3 plant_and_verify.py
python3 - <<'PY'
import json, glob
n = bad = 0
for p in sorted(glob.glob('../t0*.ledger.json')):
    d = json.load(open(p, encoding='utf-8'))
    c = len(d['checks']); f = sum(1 for x in d['checks'] if not x['ok'])
    n += c; bad += f
    print(f"{p[3:]}: {c} checks, {f} failed, all_checks_ok={d['all_checks_ok']}, han={d['facts']['han_chars']}, nonspace={d['facts']['chars_nonspace']}")
print(f"total {n} checks, {bad} failed")
assert bad == 0
PY
