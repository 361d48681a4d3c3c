"""One `Source` per value of the Dataset node's `source` parameter, looked up in `SOURCES`.

A source can describe itself cheaply (shapes and task, for the shape rule that runs on every
edit) and produce its raw data `(x, y)` for the loader, which splits and standardizes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.datasets import bundled, synthetic, toys
from nodeflow.compute.datasets.files import (
    Targets,
    decide_task,
    npz_array,
    npz_header,
    resolve,
)
from nodeflow.compute.datasets.table import Encoded, csv_encoded
from nodeflow.compute.datasets.types import DataError, DataSignature, classification, regression

Params = Mapping[str, Any]
BaseDir = str | Path | None


@dataclass(frozen=True)
class Raw:
    """Unsplit data: x float64 `(n, *sample)`, y int64 `(n,)` or float64 `(n, k)`."""

    x: np.ndarray
    y: np.ndarray
    label_values: tuple[float, ...] | None = None
    class_names: tuple[str, ...] | None = None
    notes: tuple[str, ...] = ()
    """Findings while reading (images skipped as unreadable), added to the signature's notes."""


@dataclass(frozen=True)
class Source:
    describe: Callable[[Params, BaseDir], DataSignature]
    raw: Callable[[Params, np.random.Generator, BaseDir], Raw]
    summary: Callable[[Params], str]


# -------------------------------------------------------------------------------- generated


def _generated(name: str, signature: Callable[[Params], DataSignature]) -> Source:
    generate = synthetic.GENERATORS[name]
    return Source(
        describe=lambda p, _base: signature(p),
        raw=lambda p, rng, _base: Raw(*generate(p, rng)),
        summary=lambda p: f"{name} ({p['n_samples']})",
    )


def _two_d(classes: int) -> Callable[[Params], DataSignature]:
    return lambda p: classification((2,), classes, p["n_samples"])


def _toy(name: str) -> Source:
    """A GAN toy distribution: x (N, dims), y the mode each sample came from."""
    generate = synthetic.GENERATORS[name]
    return Source(
        describe=lambda p, _base: classification((toys.dims_of(p),), toys.modes_of(p), p["n_samples"]),
        raw=lambda p, rng, _base: Raw(*generate(p, rng)),
        summary=lambda p: f"{name} {toys.dims_of(p)}-D ({p['n_samples']})",
    )


# --------------------------------------------------------------------------------- bundled


def _bundled(name: str) -> Source:
    info = bundled.BUNDLED[name]

    def describe(p: Params, _base: BaseDir) -> DataSignature:
        shape = bundled.sample_shape(info, p)
        if info.classes is None:
            return regression(shape, 1, info.n)
        return classification(shape, info.classes, info.n)

    return Source(
        describe=describe,
        raw=lambda p, _rng, _base: Raw(*bundled.load_bundled(info, p)),
        summary=lambda p: f"{name} ({info.n})",
    )


# ----------------------------------------------------------------------------------- files
# (functions imported by name, not `files.x`: the exporter copies `_csv_raw` / `_npz_raw` and
# what they call into scripts, and follows plain names only)


def _file_summary(p: Params) -> str:
    name = Path(str(p.get("path") or "")).name
    return f"{p['source']} {name}" if name else f"{p['source']} (no file)"


def _csv_targets(p: Params, base: BaseDir) -> tuple[np.ndarray, Targets, Path, Encoded]:
    path = resolve(p, ".csv", base)
    table = csv_encoded(path, p["target"], p["skip_bad_rows"], p["categorical"], p["fill_missing"])
    where = f"{path.name} column '{p['target'].strip() or 'last'}'"
    if table.class_names is None:
        return table.x, decide_task(table.target, p["task"], where), path, table
    if p["task"] == "regression":
        raise DataError(f"{where} holds text labels; regression needs numbers (choose task classification or auto)")
    if len(table.class_names) < 2:
        raise DataError(f"{where}: classification needs at least 2 classes, the target has only "
                        f"'{table.class_names[0]}'")
    return table.x, Targets("classification", table.target, len(table.class_names), None), path, table


def _signature(x_sample: tuple[int, ...], t: Targets, n: int) -> DataSignature:
    if t.task == "classification":
        return classification(x_sample, t.classes, n)  # type: ignore[arg-type]
    return regression(x_sample, t.y.shape[1], n)


def _csv_describe(p: Params, base: BaseDir) -> DataSignature:
    x, t, path, table = _csv_targets(p, base)
    signature = replace(_signature(x.shape[1:], t, len(x)), class_names=table.class_names, notes=table.notes)
    if not table.skipped:
        return signature
    shown = [str(n) for n in table.skipped_lines]
    if table.skipped > len(shown):
        lines = "lines " + ", ".join(shown) + ", …"
    elif len(shown) > 1:
        lines = "lines " + ", ".join(shown[:-1]) + " and " + shown[-1]
    else:
        lines = "line " + shown[0]
    rows = "row" if table.skipped == 1 else "rows"
    note = f"{path.name}: {table.skipped:,} bad {rows} left out ({lines}); training uses the other {len(x):,}"
    return replace(signature, notes=(note, *table.notes))


def _csv_raw(p: Params, _rng: np.random.Generator, base: BaseDir) -> Raw:
    x, t, _, table = _csv_targets(p, base)
    return Raw(x, t.y, t.label_values, table.class_names)


def _npz_targets(p: Params, base: BaseDir) -> tuple[tuple[int, ...], Targets, int, Path]:
    path = resolve(p, ".npz", base)
    shape, _dtype = npz_header(path, "x")
    y = npz_array(path, "y")
    if not np.all(np.isfinite(y)):
        raise DataError(f"{path.name}: array 'y' contains NaN or infinite values")
    sample = shape[1:] if len(shape) > 1 else (1,)
    return sample, decide_task(y, p["task"], f"{path.name} array 'y'"), shape[0], path


def _npz_describe(p: Params, base: BaseDir) -> DataSignature:
    sample, t, n, _ = _npz_targets(p, base)
    return _signature(sample, t, n)


def _npz_raw(p: Params, _rng: np.random.Generator, base: BaseDir) -> Raw:
    sample, t, n, path = _npz_targets(p, base)
    x = np.asarray(npz_array(path, "x"), dtype=np.float64).reshape((n, *sample))
    return Raw(x, t.y, t.label_values)


SOURCES: dict[str, Source] = {
    "linear": _generated("linear", lambda p: regression((p["features"],), 1, p["n_samples"])),
    "xor": _generated("xor", _two_d(2)),
    "moons": _generated("moons", _two_d(2)),
    "circles": _generated("circles", _two_d(2)),
    "spirals": _generated("spirals", _two_d(3)),
    "sine": _generated("sine", lambda p: regression((p["seq_len"], 1), 1, p["n_samples"])),
    **{name: _toy(name) for name in toys.TOY_GENERATORS},
    **{name: _bundled(name) for name in bundled.BUNDLED},
    "csv": Source(_csv_describe, _csv_raw, _file_summary),
    "npz": Source(_npz_describe, _npz_raw, _file_summary),
}
