#!/usr/bin/env bash
# Set up, then lint (ruff), type-check (mypy --strict) and test (pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
.venv/bin/mypy src/tacitus
.venv/bin/pytest -q "$@"
