"""One-objective graphs train bit-for-bit as before the several-objectives runtime (issue 12):
`nodeflow train --json` and the exported NumPy script print the recorded lines for every
example (timing removed). The recording is `outputs.json`, made by `record.py`."""

from __future__ import annotations

import json

import pytest
from record import GOLDEN, cases, run_case

RECORDED = json.loads(GOLDEN.read_text())


def test_every_example_is_recorded():
    assert sorted(RECORDED) == sorted(name for name, _, _ in cases())


@pytest.mark.parametrize("name, example, overrides", cases(), ids=[c[0] for c in cases()])
def test_outputs_unchanged(name, example, overrides):
    now = run_case(example, overrides)
    assert now["train"] == RECORDED[name]["train"]
    assert now["numpy"] == RECORDED[name]["numpy"]
