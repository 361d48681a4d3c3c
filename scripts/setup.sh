#!/usr/bin/env bash
# Set up nodeflow in ./.venv: the system libraries Qt needs, then the package (editable).
#   scripts/setup.sh          the application
#   scripts/setup.sh --test   the application and the test extras (pytest, pytest-qt, hypothesis, ruff),
#                             with the interop extra, whose tests need it
#   scripts/setup.sh --interop also ONNX export/import (onnx, onnxruntime), Keras weights (h5py), TensorBoard logs
#   scripts/setup.sh --bench  also PyTorch 2.13.0 (CPU) for benchmarks and test oracles
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
for arg in "$@"; do
  case "$arg" in
    --test) extras="${extras:+$extras,}test,interop" ;;
    --interop) extras="${extras:+$extras,}interop" ;;
    --bench) extras="${extras:+$extras,}bench" ;;
    *) echo "usage: scripts/setup.sh [--test] [--interop] [--bench]" >&2; exit 2 ;;
  esac
done

scripts/install-qt-deps.sh

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
