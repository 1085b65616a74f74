#!/bin/sh
# Regenerate the heldout27 set: six clean reports + ledgers, the three error copies + expected.json.
set -e
cd "$(dirname "$0")"
ROOT=..
rm -f $ROOT/t0?_* $ROOT/errors/t0?_*
for g in g01_tonglan_special_funds_consolidation g02_fengxi_town_budget_disclosure \
         g03_yidai_healthcare_security_work_summary g04_yongxun_government_fund_budget_execution \
         g05_meiling_student_aid_selfeval g06_tingcheng_audit_rectification_report; do
  python3 $g.py
done
python3 plant_and_verify.py > /dev/null
tail -1 $ROOT/_scratch/verify_errors.log
python3 - <<'PY'
import glob, json, sys
bad = 0; n = 0
for p in sorted(glob.glob("../t0?_*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    n += len(d["checks"])
    print(f'{d["report"]}: {len(d["checks"])} checks, all_checks_ok={d["all_checks_ok"]}')
    bad += not d["all_checks_ok"]
print(f"{n} ledger checks in all, {bad} ledgers failing")
sys.exit(1 if bad else 0)
PY
