#!/usr/bin/env bash
# Regenerate the heldout28 set: six clean reports + ledgers, the three error copies + expected.json,
# the verification log and a ledger summary. Fails on any failed check.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$HERE"
rm -f "$ROOT"/t0[1-6]_* "$ROOT"/errors/t0[1-6]_*
rm -rf "$ROOT/_scratch/single"
mkdir -p "$ROOT/_scratch" "$ROOT/errors"
for g in g0[1-6]_*.py; do
  python3 "$g"
done
python3 plant_and_verify.py
python3 - "$ROOT" <<'PY'
import glob, json, os, sys
root = sys.argv[1]
n = 0
for f in sorted(glob.glob(os.path.join(root, 't0*.ledger.json'))):
    d = json.load(open(f, encoding='utf-8'))
    assert d['all_checks_ok'], f
    n += len(d['checks'])
    print(f"{os.path.basename(f)}: {len(d['checks'])} checks, all ok, han {d['facts']['han_chars']}")
print(f'{n} ledger checks in all')
PY
