#!/bin/sh
# Regenerate heldout32: six clean reports + ledgers, then the three error copies; fails on any failed check.
set -e
cd "$(dirname "$0")"
for g in g0*.py; do python3 "$g" ..; done
python3 plant_and_verify.py
python3 -c "import json,glob; L=[json.load(open(f)) for f in sorted(glob.glob('../*.ledger.json'))]; print(sum(len(x['checks']) for x in L),'ledger checks; all ok:',all(x['all_checks_ok'] for x in L))"
