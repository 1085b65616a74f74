#!/usr/bin/env bash
# Regenerate held-out set 26: six reports + ledgers, then the three error copies and their expected.json.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
rm -f "$ROOT"/t0*_2024.* "$ROOT"/errors/t0*
for g in g0*_*.py; do python3 "$g"; done
python3 plant_and_verify.py
python3 - <<'PY'
import glob, json, sys
bad = 0; n = 0
for p in sorted(glob.glob("../t0*.ledger.json")):
    d = json.load(open(p, encoding="utf-8"))
    n += len(d["checks"]); f = sum(not c["ok"] for c in d["checks"])
    bad += f + (not d["all_checks_ok"])
    print(f'{d["report"]}: {len(d["checks"])} checks, han {d["facts"]["han_chars"]}, ok={d["all_checks_ok"]}')
print(f"ledgers: {n} checks, {bad} failed")
sys.exit(1 if bad else 0)
PY
