"""One-objective graphs train as before the several-objectives runtime (issue 12):
`nodeflow train --json` and the exported NumPy script print the recorded lines for every
example (timing removed). The recording is `outputs.json`, made by `record.py`.

Every key, count, string and integer must match exactly; a float must match to a relative
1e-5. The recording was bit-for-bit on the machine that made it, but a new NumPy/OpenBLAS
wheel rounds float32 sums differently (numpy 2.4.6 moved these losses by at most 6e-7
relative), while a change in what the runtime computes (another batch order, another
initialisation, a missed step) moves them by far more than 1e-5."""

from __future__ import annotations

import json
import math

import pytest
from record import GOLDEN, cases, run_case

RECORDED = json.loads(GOLDEN.read_text())
REL = 1e-5


def differences(recorded, now, path: str = "") -> list[str]:
    """Where `now` departs from `recorded`: exact but for floats, which may differ by REL."""
    if isinstance(recorded, dict) and isinstance(now, dict):
        if set(recorded) != set(now):
            return [f"{path}: keys {sorted(set(recorded) ^ set(now))}"]
        return [d for key in recorded for d in differences(recorded[key], now[key], f"{path}.{key}")]
    if isinstance(recorded, list) and isinstance(now, list):
        if len(recorded) != len(now):
            return [f"{path}: {len(now)} items, recorded {len(recorded)}"]
        return [d for i, (a, b) in enumerate(zip(recorded, now, strict=True)) for d in differences(a, b, f"{path}[{i}]")]
    if isinstance(recorded, float) and isinstance(now, float):
        same = math.isclose(recorded, now, rel_tol=REL) or (math.isnan(recorded) and math.isnan(now))
        return [] if same else [f"{path}: {now!r}, recorded {recorded!r}"]
    return [] if recorded == now and type(recorded) is type(now) else [f"{path}: {now!r}, recorded {recorded!r}"]


def test_every_example_is_recorded():
    assert sorted(RECORDED) == sorted(name for name, _, _ in cases())


def test_the_comparison_catches_a_real_change():
    assert differences({"loss": [1.0, 2.0], "acc": 3}, {"loss": [1.0, 2.0000001], "acc": 3}) == []
    assert differences({"loss": [1.0, 2.0]}, {"loss": [1.0, 2.001]})
    assert differences({"acc": 3}, {"acc": 4}) and differences({"e": "epoch"}, {"e": "done"})
    assert differences([1.0], [1.0, 2.0]) and differences({"a": 1}, {"b": 1})


@pytest.mark.parametrize("name, example, overrides", cases(), ids=[c[0] for c in cases()])
def test_outputs_unchanged(name, example, overrides):
    now = run_case(example, overrides)
    for part in ("train", "numpy"):
        found = differences(RECORDED[name][part], now[part], part)
        assert not found, "\n".join(found[:20])
