#!/usr/bin/env bash
# Install learndash with its test and docs extras, then run the whole test suite (browser tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[test,docs]"
# One worker per core, at most 4 (each browser test runs its own Chromium).
python -m pytest -q --numprocesses auto --maxprocesses 4
