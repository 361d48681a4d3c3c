#!/usr/bin/env bash
# Install everything the tests need into ./.venv and run the whole suite.
# Widget tests run offscreen; the end-to-end tests of the real window run again under Xvfb.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

setup_args=(--test)
# PyTorch is the oracle for the export and benchmark tests; only this exact version is a local file.
if [ "${NODEFLOW_TORCH:-1}" = "1" ]; then setup_args+=(--bench); fi
scripts/setup.sh "${setup_args[@]}"

export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"

if [ $# -eq 0 ] && [ -d tests/ui ] && command -v xvfb-run >/dev/null; then
  echo "--- end-to-end window tests under Xvfb ---"
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest -m e2e tests/ui -q
fi
