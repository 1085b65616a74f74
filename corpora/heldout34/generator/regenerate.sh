#!/bin/sh
# Regenerate heldout34: six clean reports + ledgers, then the errors/ copies + expected.json, with verification.
# Needs python3 with python-docx, reportlab and pdfminer.six.
set -e
cd "$(dirname "$0")"
python3 build_all.py
python3 plant_and_verify.py
