#!/bin/sh
set -e
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1
python3 build_all.py
python3 plant_and_verify.py > /dev/null
python3 reparse_errors.py > /dev/null
tail -n 1 logs/verify_errors.log
tail -n 1 logs/reparse_errors.log
