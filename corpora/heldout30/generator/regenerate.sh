#!/usr/bin/env bash
# Regenerate the heldout30 corpus: six clean reports + ledgers, the three error copies + expected.json, logs.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
rm -f "$ROOT"/t0*_* "$ROOT"/errors/*
for g in g0*.py; do python3 "$g"; done
python3 plant_and_verify.py > /dev/null
tail -1 logs/verify_errors.log
python3 readback_tables.py > logs/readback_tables.log
tail -1 logs/readback_tables.log
python3 - <<'PY'
import json, glob
n = 0
for f in sorted(glob.glob('../t0*.ledger.json')):
    d = json.load(open(f, encoding='utf-8'))
    assert d['all_checks_ok'], f
    n += len(d['checks'])
    print(f"{d['report']}: {len(d['checks'])} checks ok")
print(f'{n} ledger checks in all')
PY
(cd "$ROOT" && sha256sum t0* errors/*) > logs/hashes.txt
