#!/usr/bin/env bash
# Regenerate the h21 set from a clean state: six reports + ledgers, the three error copies
# with expected.json, the error verification (log in _scratch/verify_errors.log) and a ledger
# summary.  Any failed check stops the run with a non-zero exit status.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
GEN="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$GEN")"
cd "$GEN"
rm -f "$SET"/t0[1-6]_*.docx "$SET"/t0[1-6]_*.pdf "$SET"/t0[1-6]_*.html "$SET"/t0[1-6]_*.txt "$SET"/t0[1-6]_*.ledger.json
rm -f "$SET"/errors/t0[1-6]_*
mkdir -p "$SET/errors" "$SET/_scratch"
for g in t01_gen t02_gen t03_gen t04_gen t05_gen t06_gen; do
  python3 "$g.py"
done
python3 plant_errors.py
python3 verify_errors.py
python3 - "$SET" <<'PY'
import glob, json, os, sys
tot = 0
for p in sorted(glob.glob(os.path.join(sys.argv[1], "t0*.ledger.json"))):
    d = json.load(open(p, encoding="utf-8"))
    n = len(d["checks"])
    tot += n
    assert d["all_checks_ok"] and all(c["ok"] for c in d["checks"]), p
    print("%-66s %5d checks  han=%s" % (os.path.basename(p), n, d["facts"]["han_chars"]))
print("all ledgers ok: %d checks" % tot)
PY
