"""IDX files, the format of MNIST and Fashion-MNIST (`train-images-idx3-ubyte[.gz]`).

An IDX file is a 4-byte magic number (two zero bytes, a type code, the number of dimensions),
the dimensions as big-endian 32-bit integers, then the values, big-endian. The images file
(N, rows, cols) comes with a labels file (N,) beside it, named the same with "images" ->
"labels" and "idx3" -> "idx1" (`t10k-images-idx3-ubyte.gz` -> `t10k-labels-idx1-ubyte.gz`).
Gzipped files are read as a stream with the number of bytes the header announces as the
limit, so a gzip bomb costs nothing; a header that promises more than the file holds is
reported as truncated, with both figures.
"""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from nodeflow.compute.datasets.types import DataError
from nodeflow.userfiles import UserFileError, file_stamp, format_bytes, open_regular, printable

MAX_IDX_FILE_BYTES = 2 * 2**30
MAX_IDX_VALUES_BYTES = 4 * 2**30
"""Largest array an IDX header may announce (unpacked)."""
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def labels_path(images: Path) -> Path:
    """The labels file beside an images file (see the module docstring)."""
    name = images.name.replace("images", "labels").replace("idx3", "idx1")
    return images.with_name(name)


def _open_idx(path: str):  # noqa: ANN202 - a binary stream
    fh = open_regular(path, MAX_IDX_FILE_BYTES, "IDX file")
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=fh, mode="rb"), fh
    return fh, fh


def _read_exactly(stream, n: int) -> bytes:  # noqa: ANN001
    parts = []
    left = n
    while left > 0:
        block = stream.read(min(left, 2**24))
        if not block:
            break
        parts.append(block)
        left -= len(block)
    return b"".join(parts)


def idx_header(path: Path) -> tuple[tuple[int, ...], np.dtype]:
    """(shape, dtype) from an IDX file's header; DataError naming the file when it is not one."""
    result = _idx_cached(*_stamp(path), False)
    if isinstance(result, str):
        raise DataError(result)
    return result


def read_idx(path: Path) -> np.ndarray:
    """The values of an IDX file (read-only array, cached while the file is unchanged)."""
    result = _idx_cached(*_stamp(path), True)
    if isinstance(result, str):
        raise DataError(result)
    return result


def _stamp(path: Path) -> tuple:
    try:
        return file_stamp(path)
    except UserFileError as exc:
        raise DataError(str(exc)) from None


@lru_cache(maxsize=4)
def _idx_cached(resolved: str, *stamp_and_values: object) -> tuple | np.ndarray | str:
    want_values = bool(stamp_and_values[-1])
    name = printable(os.path.basename(resolved))
    try:
        stream, raw = _open_idx(resolved)
    except UserFileError as exc:
        return str(exc)
    try:
        with raw, stream:
            magic = _read_exactly(stream, 4)
            if len(magic) < 4 or magic[:2] != b"\x00\x00" or magic[2] not in IDX_TYPES or not 1 <= magic[3] <= 4:
                shown = magic.hex(" ") or "nothing"
                return (f"{name} is not an IDX file (it starts with {shown}; an IDX file starts with "
                        "00 00, a type code such as 08 and the number of dimensions)")
            ndim = magic[3]
            dims_bytes = _read_exactly(stream, 4 * ndim)
            if len(dims_bytes) < 4 * ndim:
                return f"{name} is truncated: it ends inside its header"
            shape = struct.unpack(f">{ndim}I", dims_bytes)
            dtype = np.dtype(IDX_TYPES[magic[2]])
            count = 1
            for d in shape:
                count *= d
            need = count * dtype.itemsize
            if need > MAX_IDX_VALUES_BYTES:
                return f"{name} announces {format_bytes(need)} of values; the limit is {format_bytes(MAX_IDX_VALUES_BYTES)}"
            if not shape[0]:
                return f"{name} holds no samples"
            if not want_values:
                return tuple(int(d) for d in shape), dtype
            data = _read_exactly(stream, need)
            if len(data) < need:
                return (f"{name} is truncated: its header says {' x '.join(map(str, shape))} values "
                        f"({format_bytes(need)}) but the file holds {format_bytes(len(data))} of them")
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        return f"{name} cannot be read: {printable(str(exc) or type(exc).__name__, 80)} (damaged or not gzip)"
    except MemoryError:
        return f"{name} is too large to read into memory"
    values = np.frombuffer(data, dtype=dtype).reshape(shape)
    values.setflags(write=False)
    return values


def idx_files(images: Path) -> tuple[Path, tuple[int, ...], Path, int]:
    """(images file, its shape, labels file, sample count) after checking both headers agree."""
    shape, _dtype = idx_header(images)
    labels = labels_path(images)
    if labels == images:
        raise DataError(f"{printable(images.name)}: cannot tell the labels file's name (the images file's name "
                        "should contain 'images', as in train-images-idx3-ubyte)")
    if not labels.exists():
        raise DataError(f"the labels for {printable(images.name)} are missing: expected {printable(labels.name)} beside it")
    label_shape, label_dtype = idx_header(labels)
    if len(label_shape) != 1 or label_dtype.kind not in "iu":
        raise DataError(f"{printable(labels.name)} is not a labels file: it holds {label_dtype} values of "
                        f"shape {label_shape}, not one whole number per sample")
    if label_shape[0] != shape[0]:
        raise DataError(f"{printable(images.name)} holds {shape[0]:,} images but {printable(labels.name)} "
                        f"{label_shape[0]:,} labels")
    if len(shape) > 3:
        raise DataError(f"{printable(images.name)} has {len(shape)} dimensions; images are (N, rows, columns)")
    return images, shape, labels, shape[0]
