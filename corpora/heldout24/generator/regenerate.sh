#!/bin/sh
# Regenerate the six reports + ledgers, plant the errors, verify; fails on any failed check.
set -e
cd "$(dirname "$0")"
rm -f ../t0*_* ../errors/* ../_scratch/t0*
for g in g01_chenghuai_budget g02_mintao_education_final g03_boyang_medinsure_supervision \
         g04_luyuan_town_final_accounts g05_jinling_employment_subsidy_selfeval g06_minshan_forestry_overall_selfeval; do
  python3 "$g.py"
done
python3 plant_and_verify.py | grep "ok, "
python3 - <<'PY'
import json, glob
n = 0
for p in sorted(glob.glob("../t0*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    bad = [c for c in d["checks"] if not c["ok"]]
    n += len(d["checks"])
    print(d["report"], len(d["checks"]), "checks", "all ok" if d["all_checks_ok"] and not bad else "FAILED",
          "| non-space", d["facts"]["chars_nonspace"], "han", d["facts"]["han_chars"])
    assert d["all_checks_ok"] and not bad
print("total checks", n)
PY
