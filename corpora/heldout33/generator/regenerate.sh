#!/bin/sh
# Regenerate heldout33: clean reports + ledgers, then error copies + expected.json + verification log.
set -e
cd "$(dirname "$0")"
python3 build_all.py
python3 plant_and_verify.py
