#!/usr/bin/env bash
# Regenerate heldout29: six clean reports + ledgers, three planted copies + expected.json, then verify.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(cd "$HERE/.." && pwd)"
cd "$HERE"
rm -f "$OUT"/t0[1-6]_* "$OUT"/errors/t0[1-6]_*
export H29_SCRATCH="${H29_SCRATCH:-/tmp/heldout29_scratch}"   # private work folder, kept outside the corpus
rm -rf "$H29_SCRATCH"
mkdir -p "$H29_SCRATCH" "$OUT/errors" "$HERE/logs"
for g in g01_*.py g02_*.py g03_*.py g04_*.py g05_*.py g06_*.py; do
  python3 "$g" "$OUT" | cut -c1-160
done
python3 plant_and_verify.py "$OUT"
python3 - "$OUT" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
tot = 0
bad = 0
for p in sorted(glob.glob(os.path.join(out, 't0*.ledger.json'))):
    d = json.load(open(p, encoding='utf-8'))
    n = len(d['checks']); tot += n
    ok = d['all_checks_ok'] and all(c['ok'] for c in d['checks'])
    bad += (not ok)
    print(f"{os.path.basename(p)}: {n} checks, all_checks_ok={ok}, han={d['facts'].get('han_chars')}")
print(f'ledgers: {tot} checks in all, {bad} ledger(s) failing')
sys.exit(1 if bad else 0)
PY
( cd "$OUT" && sha256sum t0[1-6]_* errors/* | sort -k2 ) > "$HERE/logs/hashes.txt"
echo "hashes written to generator/logs/hashes.txt"
