#!/usr/bin/env bash
# Set up nodeflow in ./.venv: the system libraries Qt needs, then the package (editable).
#   scripts/setup.sh          the application
#   scripts/setup.sh --test   the application and the test extras (pytest, pytest-qt, pytest-xdist, hypothesis, ruff, import-linter),
#                             with the interop and rl extras, whose tests need them
#   scripts/setup.sh --interop also ONNX export/import (onnx, onnxruntime), Keras weights (h5py), TensorBoard logs
#   scripts/setup.sh --rl     also Gymnasium, for the reinforcement-learning environments (FrozenLake, CartPole...)
#   scripts/setup.sh --bench  also PyTorch 2.13.0 (CPU) for benchmarks and test oracles
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
for arg in "$@"; do
  case "$arg" in
    --test) extras="${extras:+$extras,}test,interop,rl" ;;
    --interop) extras="${extras:+$extras,}interop" ;;
    --rl) extras="${extras:+$extras,}rl" ;;
    --bench) extras="${extras:+$extras,}bench" ;;
    *) echo "usage: scripts/setup.sh [--test] [--interop] [--rl] [--bench]" >&2; exit 2 ;;
  esac
done

scripts/install-qt-deps.sh

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
# the Korean interface: nodeflow/ui/i18n/nodeflow_ko.ts -> nodeflow_ko.qm (Qt's lrelease, from PySide6)
.venv/bin/python -m nodeflow.i18n.tools release >/dev/null
