"""CIFAR-10's python-version batches (`cifar-10-batches-py/`), read without unpickling.

`path` is the extracted folder (all of `data_batch_1` ... `data_batch_5` and `test_batch`
are pooled; nodeflow makes its own split) or one batch file. Each batch is a pickled dict with
`data` (N x 3072 bytes: the red, green and blue 32 x 32 planes of each image) and `labels`;
`batches.meta` beside them names the classes. The pickles are read by
`safe_pickle.read_plain_pickle`, which builds plain data and never calls anything the file
names; a batch holding anything else is refused, with how to convert it to an .npz.
"""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

import numpy as np

from nodeflow.compute.datasets.safe_pickle import PickleRefused, read_plain_pickle
from nodeflow.compute.datasets.types import DataError
from nodeflow.userfiles import UserFileError, file_stamp, os_problem, printable, read_regular

MAX_BATCH_BYTES = 512 * 2**20
MAX_BATCHES = 16
CIFAR_SIDE = 32
CIFAR_CLASSES = 10
BATCH_NAMES = ("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4", "data_batch_5", "test_batch")
CONVERT_HINT = ("convert it once, where you trust the file, with: python -c \"import pickle, numpy; "
                "d = pickle.load(open('data_batch_1', 'rb'), encoding='bytes'); "
                "numpy.savez('batch.npz', x=d[b'data'].reshape(-1, 3, 32, 32), y=numpy.array(d[b'labels']))\" "
                "and use source npz")


def cifar_batches(text: str, base_dir: str | Path | None) -> list[Path]:
    """The batch files `path` names: a folder's standard batches, or one file."""
    text = text.strip()
    if not text:
        raise DataError("source 'cifar10' needs its files: set 'path' to the cifar-10-batches-py folder (or one batch)")
    path = Path(text).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DataError(f"CIFAR-10 folder or batch '{printable(text, 80)}' not found") from None
    except OSError as exc:
        raise DataError(os_problem(path, exc)) from None
    if not stat.S_ISDIR(mode):
        return [path]
    found = [path / name for name in BATCH_NAMES if (path / name).exists()]
    if not found:
        raise DataError(f"{printable(path.name)} holds no CIFAR-10 batches (data_batch_1 ... data_batch_5, "
                        "test_batch): give the extracted cifar-10-batches-py folder")
    return found[:MAX_BATCHES]


def read_batch(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (n, 3, 32, 32), labels int64 (n,)) of one batch (cached while unchanged)."""
    try:
        stamp = file_stamp(path)
    except UserFileError as exc:
        raise DataError(str(exc)) from None
    result = _batch_cached(*stamp)
    if isinstance(result, str):
        raise DataError(result)
    return result


def _key(batch: dict, name: str) -> object:
    for key in (name, name.encode()):
        if key in batch:
            return batch[key]
    return None


@lru_cache(maxsize=8)
def _batch_cached(resolved: str, *_stamp: object) -> tuple[np.ndarray, np.ndarray] | str:
    name = printable(os.path.basename(resolved))
    try:
        raw = read_regular(resolved, MAX_BATCH_BYTES, "CIFAR-10 batch")
    except UserFileError as exc:
        return str(exc)
    try:
        batch = read_plain_pickle(raw)
    except PickleRefused as exc:
        return f"{name} is refused: {exc}. If it is a CIFAR-10 batch you trust, {CONVERT_HINT}"
    del raw
    if not isinstance(batch, dict):
        return f"{name} is not a CIFAR-10 batch (it holds a {type(batch).__name__}, not a dict)"
    data, labels = _key(batch, "data"), _key(batch, "labels")
    if data is None or labels is None:
        keys = ", ".join(printable(k.decode("latin1") if isinstance(k, bytes) else str(k), 20) for k in list(batch)[:8])
        return f"{name} is not a CIFAR-10 batch: it needs 'data' and 'labels' (it holds: {keys or 'nothing'})"
    values = CIFAR_SIDE * CIFAR_SIDE * 3
    if not isinstance(data, np.ndarray) or data.dtype != np.uint8 or data.ndim != 2 or data.shape[1] != values:
        shown = f"{data.dtype} {data.shape}" if isinstance(data, np.ndarray) else type(data).__name__
        return f"{name}: 'data' must be bytes of shape (N, {values}), found {shown}"
    if not isinstance(labels, (list, np.ndarray)) or not all(isinstance(v, (int, np.integer)) for v in labels):
        return f"{name}: 'labels' must be a list of whole numbers"
    y = np.asarray(labels, dtype=np.int64)
    if len(y) != len(data):
        return f"{name} holds {len(data):,} images but {len(y):,} labels"
    if len(y) and (y.min() < 0 or y.max() >= CIFAR_CLASSES):
        return f"{name}: labels must lie in 0..9, found {int(y.min())}..{int(y.max())}"
    x = data.reshape(len(data), 3, CIFAR_SIDE, CIFAR_SIDE)
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


def class_names(batches: list[Path]) -> tuple[str, ...] | None:
    """The label names from `batches.meta` beside the batches, or None when it is missing/odd."""
    meta = batches[0].with_name("batches.meta")
    if not meta.exists():
        return None
    try:
        raw = read_regular(meta, 2**20, "CIFAR-10 meta file")
        info = read_plain_pickle(raw)
    except (UserFileError, PickleRefused):
        return None
    names = _key(info, "label_names") if isinstance(info, dict) else None
    if not isinstance(names, list) or len(names) != CIFAR_CLASSES:
        return None
    shown = [n.decode("utf-8", "replace") if isinstance(n, bytes) else str(n) for n in names]
    return tuple(printable(n, 40) for n in shown)
