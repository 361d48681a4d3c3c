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
parallel=()
# the whole suite runs on every core (pytest-xdist; each worker its own offscreen QApplication)
if [ $# -eq 0 ]; then parallel=(-n auto); fi
.venv/bin/python -m pytest "${parallel[@]}" "$@"

if [ $# -eq 0 ] && [ -d tests/ui ] && command -v xvfb-run >/dev/null; then
  echo "--- end-to-end window tests under Xvfb ---"
  status=0
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest -m e2e tests/ui -q || status=$?
  # 5 means pytest collected no e2e test: nothing to run under Xvfb is not a failure
  if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then exit "$status"; fi
fi
