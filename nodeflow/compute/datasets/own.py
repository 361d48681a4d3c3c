"""Your own data as Dataset sources: `image_folder`, `idx`, `cifar10` and `drawn`.

Importing this module registers them in `sources.SOURCES` (the Dataset node lists them among
its `source` choices). Each source is three named functions (describe, raw, summary), so the
exporter copies the very readers the engine uses into a script, and the script reads the same
files the same way. The image sources give x float32 in [0, 1] `(N, C, H, W)` (float64 would
double the memory of a big folder for nothing: pixels have 8 bits) and the class names.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodeflow.compute.datasets.cifar import CIFAR_CLASSES, cifar_batches, class_names, read_batch
from nodeflow.compute.datasets.drawn import DRAWN_CLASS_NAMES, drawn_arrays, drawn_task
from nodeflow.compute.datasets.files import resolve
from nodeflow.compute.datasets.idx import idx_files, read_idx
from nodeflow.compute.datasets.images import (
    _pick,
    folder_path,
    read_images,
    scan_folder,
    skipped_note,
    too_large,
)
from nodeflow.compute.datasets.progress import report
from nodeflow.compute.datasets.sources import SOURCES, BaseDir, Params, Raw, Source
from nodeflow.compute.datasets.types import DataError, DataSignature, classification, regression
from nodeflow.userfiles import printable

MAX_DECODED_BYTES = 32 * 2**30
"""Decoded images refused above this whatever the machine (the memory estimate refuses first
on most machines, with the figures)."""
SKIPPED_NOTES: dict[tuple, str] = {}
"""Unreadable images found by the last load of a folder, so the analysis keeps showing them."""


def _channels(p: Params) -> int:
    return 3 if p["color"] == "rgb" else 1


def _with(signature: DataSignature, names: tuple[str, ...] | None, notes: tuple[str, ...] = ()) -> DataSignature:
    from dataclasses import replace

    return replace(signature, class_names=names, notes=signature.notes + notes)


# ------------------------------------------------------------------------------ image folder


def _folder_key(p: Params, base: BaseDir) -> tuple:
    return (str(folder_path(str(p["path"]), base).resolve()), p["image_size"], p["color"], p["max_images"])


def _image_folder_describe(p: Params, base: BaseDir) -> DataSignature:
    folder = scan_folder(folder_path(str(p["path"]), base))
    n = len(_pick(len(folder.files), p["max_images"]))
    size = p["image_size"]
    signature = classification((_channels(p), size, size), len(folder.classes), n)
    notes = []
    if folder.empty:
        shown = ", ".join(printable(e, 30) for e in folder.empty[:5])
        notes.append(f"class folders without images left out: {shown}")
    note = SKIPPED_NOTES.get(_folder_key(p, base))
    if note:
        notes.append(note)
    return _with(signature, folder.classes, tuple(notes))


def _image_folder_raw(p: Params, _rng: np.random.Generator, base: BaseDir) -> Raw:
    root = folder_path(str(p["path"]), base)
    folder = scan_folder(root)
    indices = _pick(len(folder.files), p["max_images"])
    size, channels = p["image_size"], _channels(p)
    refusal = too_large(printable(root.name), len(indices), channels, size, MAX_DECODED_BYTES)
    if refusal:
        raise DataError(refusal)
    x, y, skipped, bad = read_images(folder, indices, size, channels)
    name = printable(root.name)
    if len(x) == 0:
        first = f" (first: {printable(skipped[0][0], 60)}: {skipped[0][1]})" if skipped else ""
        raise DataError(f"none of the {len(indices):,} images in {name} could be read{first}")
    notes: tuple[str, ...] = ()
    key = _folder_key(p, base)
    if bad:
        notes = (skipped_note(name, skipped, bad, len(x)),)
        SKIPPED_NOTES[key] = notes[0]
    else:
        SKIPPED_NOTES.pop(key, None)
    return Raw(x, y, None, folder.classes, notes)


def _image_folder_summary(p: Params) -> str:
    name = Path(str(p.get("path") or "")).name
    return f"images {name} {p['image_size']}px" if name else "image_folder (no folder)"


# --------------------------------------------------------------------------------------- idx


def _idx_path(p: Params, base: BaseDir) -> Path:
    return resolve(p, ".idx", base)


def _idx_sample(shape: tuple[int, ...]) -> tuple[int, ...]:
    if len(shape) == 3:
        return (1, shape[1], shape[2])
    return tuple(shape[1:]) or (1,)


def _idx_labels(p: Params, base: BaseDir) -> tuple[np.ndarray, tuple[int, ...], Path]:
    images, shape, labels, n = idx_files(_idx_path(p, base))
    y = np.asarray(read_idx(labels), dtype=np.int64)
    if y.min() < 0:
        raise DataError(f"{printable(labels.name)}: labels must be 0 or more, found {int(y.min())}")
    return y, shape, images


def _idx_describe(p: Params, base: BaseDir) -> DataSignature:
    y, shape, _images = _idx_labels(p, base)
    classes = max(2, int(y.max()) + 1)
    n = len(_pick(len(y), p["max_images"]))
    return _with(classification(_idx_sample(shape), classes, n), tuple(str(i) for i in range(classes)))


def _idx_raw(p: Params, _rng: np.random.Generator, base: BaseDir) -> Raw:
    y, shape, images = _idx_labels(p, base)
    values = read_idx(images)
    indices = _pick(len(y), p["max_images"])
    report(0, len(indices), f"images of {printable(images.name)}")
    x = values[indices].astype(np.float32).reshape((len(indices), *_idx_sample(shape)))
    if values.dtype.kind == "u" and values.dtype.itemsize == 1:
        x *= np.float32(1 / 255)
    report(len(indices), len(indices), f"images of {printable(images.name)}")
    classes = max(2, int(y.max()) + 1)
    return Raw(x, y[indices], None, tuple(str(i) for i in range(classes)))


# ----------------------------------------------------------------------------------- cifar10


def _cifar_labels(p: Params, base: BaseDir) -> tuple[list[Path], np.ndarray]:
    batches = cifar_batches(str(p["path"]), base)
    y = np.concatenate([read_batch(b)[1] for b in batches])
    return batches, y


def _cifar_names(batches: list[Path]) -> tuple[str, ...]:
    return class_names(batches) or tuple(str(i) for i in range(CIFAR_CLASSES))


def _cifar_describe(p: Params, base: BaseDir) -> DataSignature:
    batches, y = _cifar_labels(p, base)
    n = len(_pick(len(y), p["max_images"]))
    return _with(classification((3, 32, 32), CIFAR_CLASSES, n), _cifar_names(batches))


def _cifar_raw(p: Params, _rng: np.random.Generator, base: BaseDir) -> Raw:
    batches, y = _cifar_labels(p, base)
    indices = _pick(len(y), p["max_images"])
    x = np.empty((len(indices), 3, 32, 32), np.float32)
    start = 0
    done = 0
    for number, batch in enumerate(batches):
        images, labels = read_batch(batch)
        wanted = indices[(indices >= start) & (indices < start + len(labels))] - start
        x[done:done + len(wanted)] = images[wanted]
        done += len(wanted)
        start += len(labels)
        report(number + 1, len(batches), "CIFAR-10 batches")
    x *= np.float32(1 / 255)
    return Raw(x, y[indices], None, _cifar_names(batches))


def _batches_summary(p: Params) -> str:
    name = Path(str(p.get("path") or "")).name
    return f"{p['source']} {name}" if name else f"{p['source']} (no file)"


# ------------------------------------------------------------------------------------- drawn


def _drawn_describe(p: Params, _base: BaseDir) -> DataSignature:
    x, y, classes = drawn_arrays(p)
    if classes is None:
        return regression((1,), 1, len(x))
    return _with(classification((2,), classes, len(x)), DRAWN_CLASS_NAMES[:classes])


def _drawn_raw(p: Params, _rng: np.random.Generator, _base: BaseDir) -> Raw:
    x, y, classes = drawn_arrays(p)
    return Raw(x, y, None, None if classes is None else DRAWN_CLASS_NAMES[:classes])


def _drawn_summary(p: Params) -> str:
    n = len(p.get("points") or [])
    what = "regression" if drawn_task(p) == "regression" else "classes"
    return f"drawn ({n} points, {what})"


OWN_SOURCES = {
    "image_folder": Source(_image_folder_describe, _image_folder_raw, _image_folder_summary),
    "idx": Source(_idx_describe, _idx_raw, _batches_summary),
    "cifar10": Source(_cifar_describe, _cifar_raw, _batches_summary),
    "drawn": Source(_drawn_describe, _drawn_raw, _drawn_summary),
}
SOURCES.update(OWN_SOURCES)
