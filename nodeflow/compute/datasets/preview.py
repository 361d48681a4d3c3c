"""A look at a Dataset before training: first rows, a scatter, class counts, sample images.

`preview(params, base_dir)` is what the inspector shows under a Dataset's parameters. It is
cheap where the data are large: an image folder decodes only a few images per class (its
class counts come from the file listing), an IDX or CIFAR-10 set uses the arrays the analysis
has already read, a csv shows its first rows as written. Qt-free, so it is tested headless.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.datasets.types import DataError

MAX_ROWS = 8
"""csv rows shown in the table."""
MAX_IMAGES = 16
MAX_POINTS = 2000
"""Samples in the scatter (spread evenly over the data)."""
TABLE_BYTES = 256 * 1024
"""Bytes of a csv read for its first rows."""


@dataclass
class Preview:
    """What the inspector shows; `error` instead of the rest when the data cannot be read."""

    error: str | None = None
    task: str | None = None
    n: int | None = None
    sizes: tuple[int, int, int] | None = None
    """(train, validation, test) sample counts."""
    class_names: tuple[str, ...] = ()
    class_counts: tuple[int, ...] = ()
    features: tuple[str, ...] = ()
    """Names of the input features a scatter can show (vector data)."""
    points: np.ndarray | None = None
    """(m, F) raw inputs for the scatter, or None."""
    values: np.ndarray | None = None
    """(m,) class labels (classification) or first targets (regression) of `points`."""
    images: np.ndarray | None = None
    """(k, C, H, W) sample images in [0, 1], or None."""
    image_labels: tuple[int, ...] = ()
    columns: tuple[str, ...] = ()
    """csv: the header, with `kinds` ("number", "category: a, b, c", "target")."""
    kinds: tuple[str, ...] = ()
    rows: list[list[str]] = field(default_factory=list)
    notes: tuple[str, ...] = ()


def _full(params: Mapping[str, Any]) -> dict[str, Any]:
    from nodeflow.nodes import REGISTRY

    return REGISTRY.get("Dataset").validate_params(params)


def _spread(n: int, k: int) -> np.ndarray:
    return np.arange(n) if n <= k else (np.arange(k) * n) // k


def preview(params: Mapping[str, Any], base_dir: str | Path | None = None) -> Preview:
    """The preview of a Dataset with these parameters; never raises for a data problem."""
    from nodeflow.compute.datasets import SOURCES, describe, split_sizes

    try:
        p = _full(params)
        signature = describe(p, base_dir)
    except (DataError, ValueError) as exc:
        return Preview(error=str(exc))
    out = Preview(task=signature.task, n=signature.n, class_names=signature.class_names or (),
                  notes=signature.notes)
    if signature.n is not None:
        out.sizes = split_sizes(signature.n, p["validation_split"], p["test_split"])
    try:
        source = p["source"]
        if source == "csv":
            _csv_part(p, base_dir, out)
        elif source == "image_folder":
            _folder_part(p, base_dir, out)
        elif source in ("idx", "cifar10"):
            _stored_images_part(p, base_dir, out)
        else:
            raw = SOURCES[source].raw(p, np.random.default_rng(0), base_dir)
            _arrays_part(raw.x, raw.y, out, draw=source == "drawn")
    except (DataError, ValueError, OSError) as exc:
        out.error = str(exc)
    if out.task == "classification" and not out.class_names and signature.classes:
        out.class_names = tuple(str(i) for i in range(signature.classes))
    return out


def _arrays_part(x: np.ndarray, y: np.ndarray, out: Preview, draw: bool = False) -> None:
    if out.task == "classification":
        out.class_counts = tuple(int(c) for c in np.bincount(y.astype(np.int64), minlength=len(out.class_names)))
    if x.ndim == 4:
        pick = _image_pick(y if out.task == "classification" else None, len(x))
        out.images = np.clip(np.asarray(x[pick], dtype=np.float32), 0.0, 1.0) if x.max() <= 1.0 else _scaled(x[pick])
        out.image_labels = tuple(int(v) for v in y[pick]) if out.task == "classification" else ()
    elif x.ndim == 2 and not draw:
        pick = _spread(len(x), MAX_POINTS)
        out.points = np.asarray(x[pick], dtype=np.float64)
        out.values = np.asarray(y[pick] if y.ndim == 1 else y[pick, 0], dtype=np.float64)
        if not out.features:
            out.features = tuple(f"x{i + 1}" for i in range(x.shape[1]))


def _scaled(images: np.ndarray) -> np.ndarray:
    lo, hi = float(images.min()), float(images.max())
    return ((images - lo) / (hi - lo if hi > lo else 1.0)).astype(np.float32)


def _image_pick(labels: np.ndarray | None, n: int) -> np.ndarray:
    """Up to MAX_IMAGES indices, a few of each class in turn."""
    if labels is None:
        return _spread(n, MAX_IMAGES)
    classes = np.unique(labels)
    per = max(1, MAX_IMAGES // max(1, len(classes)))
    chosen: list[int] = []
    for c in classes:
        chosen += np.flatnonzero(labels == c)[:per].tolist()
    return np.array(sorted(chosen[:MAX_IMAGES]), dtype=np.int64)


def _folder_part(p: dict[str, Any], base_dir: str | Path | None, out: Preview) -> None:
    from nodeflow.compute.datasets.images import _pick, folder_path, read_images, scan_folder

    folder = scan_folder(folder_path(str(p["path"]), base_dir))
    chosen = _pick(len(folder.files), p["max_images"])
    labels = np.asarray(folder.labels, dtype=np.int64)[chosen]
    out.class_counts = tuple(int(c) for c in np.bincount(labels, minlength=len(folder.classes)))
    pick = chosen[_image_pick(labels, len(chosen))]
    channels = 3 if p["color"] == "rgb" else 1
    x, y, skipped, _bad = read_images(folder, pick, p["image_size"], channels)
    out.images, out.image_labels = x, tuple(int(v) for v in y)
    if skipped:
        out.notes = out.notes + tuple(f"unreadable: {path} ({why})" for path, why in skipped)


def _stored_images_part(p: dict[str, Any], base_dir: str | Path | None, out: Preview) -> None:
    """IDX / CIFAR-10: a few images from the arrays the analysis has read (not a full load)."""
    from nodeflow.compute.datasets import own
    from nodeflow.compute.datasets.images import _pick

    if p["source"] == "idx":
        y, shape, images = own._idx_labels(p, base_dir)
        values = own.read_idx(images)
        chosen = _pick(len(y), p["max_images"])
        pick = chosen[_image_pick(y[chosen], len(chosen))]
        x = values[pick].astype(np.float32).reshape((len(pick), *own._idx_sample(shape)))
        if len(x) and x.ndim == 4:
            out.images = _scaled(x) if values.dtype != np.uint8 else x / np.float32(255)
    else:
        batches, y = own._cifar_labels(p, base_dir)
        first, first_labels = own.read_batch(batches[0])
        chosen = _pick(len(y), p["max_images"])
        inside = chosen[chosen < len(first_labels)]
        pick = inside[_image_pick(first_labels[inside], len(inside))]
        out.images = first[pick].astype(np.float32) / np.float32(255)
    labels = y[chosen]
    out.class_counts = tuple(int(c) for c in np.bincount(labels, minlength=len(out.class_names)))
    out.image_labels = tuple(int(v) for v in y[pick])


def _csv_part(p: dict[str, Any], base_dir: str | Path | None, out: Preview) -> None:
    from nodeflow.compute.datasets.files import resolve
    from nodeflow.compute.datasets.table import csv_encoded
    from nodeflow.userfiles import UserFileError, open_regular

    path = resolve(p, ".csv", base_dir)
    table = csv_encoded(path, p["target"], p["skip_bad_rows"], p["categorical"], p["fill_missing"])
    target = p["target"].strip() or table.columns[-1].name
    out.columns = tuple(c.name for c in table.columns)
    kinds = []
    for c in table.columns:
        kind = "target, " if c.name == target else ""
        if c.kind == "category":
            listed = ", ".join(c.categories[:6]) + (", …" if len(c.categories) > 6 else "")
            kinds.append(f"{kind}text: {listed}")
        else:
            kinds.append(f"{kind}number")
    out.kinds = tuple(kinds)
    try:
        with open_regular(path, 2**62, "csv file") as fh:
            head = fh.read(TABLE_BYTES).decode("utf-8-sig", "replace")
    except (UserFileError, OSError):
        head = ""
    reader = csv.reader(io.StringIO(head))
    rows = [r for r in reader if any(f.strip() for f in r)]
    out.rows = [[f.strip() for f in r] for r in rows[1:MAX_ROWS + 1]]
    out.features = table.inputs
    from nodeflow.compute.datasets.sources import SOURCES

    raw = SOURCES["csv"].raw(p, np.random.default_rng(0), base_dir)
    _arrays_part(raw.x, raw.y, out)
