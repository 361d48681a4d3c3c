"""Your own data: numeric .csv tables and .npz archives, read with clear errors.

Reading is cached by (path, modification time, size), so describing a file on every edit of
the graph reads it once. Messages name the file by its base name and, for bad csv rows, the
line number: "houses.csv line 17: 'abc' in column 'rooms' is not a number".
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.datasets.types import DataError

AUTO_MAX_CLASSES = 20
"""task "auto" treats a target as class labels when it holds integers with at most this many values."""


def resolve(params: Mapping[str, Any], suffix: str, base_dir: str | Path | None) -> Path:
    """The file named by `path`, relative to `base_dir` (the graph's folder) or the working dir."""
    text = str(params.get("path") or "").strip()
    if not text:
        raise DataError(f"source '{params['source']}' needs a file: set 'path' to a {suffix} file")
    path = Path(text).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    if not path.is_file():
        kind = suffix.lstrip(".")
        raise DataError(f"{kind} file '{text}' not found" + (" (it is a folder)" if path.is_dir() else ""))
    return path


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.resolve()), st.st_mtime_ns, st.st_size


# ---------------------------------------------------------------------------------------- csv


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    data: np.ndarray
    """float64 (rows, columns)."""


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def read_csv(path: Path) -> Table:
    """A numeric table with a header row; raises DataError naming the line of a bad row."""
    return _read_csv_cached(*_stamp(path))


@lru_cache(maxsize=4)
def _read_csv_cached(resolved: str, _mtime: int, _size: int) -> Table:
    name = Path(resolved).name
    try:
        text = Path(resolved).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{name} is not a UTF-8 text file") from None
    except OSError as exc:
        raise DataError(f"cannot read {name}: {exc.strerror or exc}") from None
    fast = _fast_parse(text)
    if fast is not None:
        return Table(tuple(_check_header(name, fast[0])), fast[1])
    return _slow_parse(name, text)


def _fast_parse(text: str) -> tuple[list[str], np.ndarray] | None:
    """Header and numbers via NumPy's C parser, or None when anything is unusual (then the
    row-by-row parser runs to find the line at fault)."""
    stream = io.StringIO(text)
    first = stream.readline()
    header = next(csv.reader([first]), None)
    body = stream.read()
    if not header or not any(h.strip() for h in header) or not body.strip():
        return None
    try:
        data = np.loadtxt(io.StringIO(body), delimiter=",", comments=None, quotechar='"', ndmin=2, dtype=np.float64)
    except ValueError:
        return None
    if data.size and (data.shape[1] != len(header) or not np.all(np.isfinite(data))):
        return None
    return [h.strip() for h in header], data.reshape(-1, len(header))


def _slow_parse(name: str, text: str) -> Table:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    rows: list[list[float]] = []
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if header is None:
                header = _check_header(name, [f.strip() for f in fields])
                continue
            rows.append(_parse_row(name, line, header, fields))
    except csv.Error as exc:
        raise DataError(f"{name} line {reader.line_num}: {exc}") from None
    if header is None:
        raise DataError(f"{name} is empty: it needs a header row naming the columns, then rows of numbers")
    if not rows:
        raise DataError(f"{name} has a header but no data rows")
    return Table(tuple(header), np.array(rows, dtype=np.float64))


def _check_header(name: str, header: list[str]) -> list[str]:
    if all(_is_number(h) for h in header if h):
        raise DataError(
            f"{name} line 1 holds numbers, not column names: the first row must be a header "
            "naming the columns (e.g. rooms,area,price)"
        )
    for i, h in enumerate(header, start=1):
        if not h:
            raise DataError(f"{name} line 1: column {i} has no name")
    seen: set[str] = set()
    for h in header:
        if h in seen:
            raise DataError(f"{name} line 1: column name '{h}' appears twice")
        seen.add(h)
    if len(header) < 2:
        raise DataError(f"{name} has only one column; it needs at least one input column and the target")
    return header


def _parse_row(name: str, line: int, header: list[str], fields: list[str]) -> list[float]:
    if len(fields) != len(header):
        raise DataError(f"{name} line {line}: {len(fields)} values but the header names {len(header)} columns")
    values = []
    for column, raw in zip(header, fields, strict=True):
        text = raw.strip()
        if not text:
            raise DataError(f"{name} line {line}: missing value in column '{column}'")
        try:
            value = float(text)
        except ValueError:
            raise DataError(f"{name} line {line}: '{text[:30]}' in column '{column}' is not a number") from None
        if not math.isfinite(value):
            raise DataError(f"{name} line {line}: '{text}' in column '{column}' is not a finite number")
        values.append(value)
    return values


def csv_header(path: Path) -> list[str]:
    """The column names on the file's first line, without reading the rows (for offering a
    target while a bad row elsewhere is still being fixed); [] when there is no such line."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
    except (OSError, UnicodeDecodeError):
        return []
    names = [name.strip() for name in next(csv.reader([first]), [])]
    return [] if not names or all(_is_number(n) for n in names if n) else [n for n in names if n]


def csv_arrays(path: Path, target: str) -> tuple[np.ndarray, np.ndarray]:
    """x float64 (rows, columns - 1) and the raw target column (rows,), `target` "" = last column."""
    table = read_csv(path)
    column = target.strip() or table.columns[-1]
    if column not in table.columns:
        raise DataError(f"column '{column}' not in {path.name} (columns: {', '.join(table.columns)})")
    index = table.columns.index(column)
    return np.delete(table.data, index, axis=1), table.data[:, index]


# ---------------------------------------------------------------------------------------- npz


def npz_header(path: Path, array: str) -> tuple[tuple[int, ...], np.dtype]:
    """Shape and dtype of one array in an .npz, from its header only (the data are not read)."""
    return _npz_headers(*_stamp(path))[array]


@lru_cache(maxsize=8)
def _npz_headers(resolved: str, _mtime: int, _size: int) -> dict[str, tuple[tuple[int, ...], np.dtype]]:
    name = Path(resolved).name
    headers = {}
    try:
        with zipfile.ZipFile(resolved) as zf:
            members = [m for m in zf.namelist() if m.endswith(".npy")]
            for member in members:
                with zf.open(member) as fh:
                    version = np.lib.format.read_magic(fh)
                    reader = (
                        np.lib.format.read_array_header_1_0 if version == (1, 0)
                        else np.lib.format.read_array_header_2_0
                    )
                    shape, _fortran, dtype = reader(fh)
                headers[member[: -len(".npy")]] = (tuple(shape), np.dtype(dtype))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise DataError(f"{name} is not a valid .npz file (save one with numpy.savez(path, x=..., y=...))") from None
    for array in ("x", "y"):
        if array not in headers:
            found = ", ".join(sorted(headers)) or "none"
            raise DataError(f"{name} has no array '{array}' (arrays: {found}); save with numpy.savez(path, x=..., y=...)")
        shape, dtype = headers[array]
        if dtype.hasobject or dtype.kind not in "biuf":
            raise DataError(
                f"{name}: array '{array}' holds {dtype} values; only plain numbers are accepted "
                "(object arrays would need pickle, which is refused for safety)"
            )
        if len(shape) == 0:
            raise DataError(f"{name}: array '{array}' is a single value; it needs one row per sample")
    nx, ny = headers["x"][0][0], headers["y"][0][0]
    if nx != ny:
        raise DataError(f"{name}: 'x' has {nx} samples but 'y' has {ny}")
    if nx == 0:
        raise DataError(f"{name} holds no samples")
    return headers


def npz_array(path: Path, array: str) -> np.ndarray:
    """One array of an .npz, read without pickle (checked by `npz_header` first)."""
    npz_header(path, array)
    return _npz_array_cached(*_stamp(path), array)


@lru_cache(maxsize=4)
def _npz_array_cached(resolved: str, _mtime: int, _size: int, array: str) -> np.ndarray:
    try:
        with np.load(resolved, allow_pickle=False) as archive:
            data = archive[array]
    except (ValueError, OSError, zipfile.BadZipFile) as exc:
        raise DataError(f"cannot read array '{array}' of {Path(resolved).name}: {exc}") from None
    data.setflags(write=False)
    return data


# ---------------------------------------------------------------------------------------- task


@dataclass(frozen=True)
class Targets:
    """The target column after deciding the task: labels 0..K-1 or float (n, k) values."""

    task: str
    y: np.ndarray
    classes: int | None
    label_values: tuple[float, ...] | None


def decide_task(values: np.ndarray, task: str, where: str) -> Targets:
    """Classification or regression for raw targets `(n,)` or `(n, k)`.

    "auto" is classification when there is one target per sample holding integers with at most
    AUTO_MAX_CLASSES distinct values, else regression. Labels that are already 0..K-1 style
    (non-negative integers) keep their values, K = max + 1; others (e.g. -1 and 1) are
    renumbered 0..K-1 in sorted order and `label_values` keeps the originals.
    """
    flat = values.reshape(len(values), -1)
    single = flat.shape[1] == 1
    integral = bool(np.all(np.isfinite(flat)) and np.all(flat == np.round(flat)))
    if task == "auto":
        distinct = np.unique(flat) if (single and integral) else ()
        task = "classification" if single and integral and len(distinct) <= AUTO_MAX_CLASSES else "regression"
    if task == "regression":
        return Targets("regression", flat.astype(np.float64), None, None)
    if not single:
        raise DataError(f"{where}: classification needs one label per sample, but the targets have shape {values.shape}")
    if not integral:
        bad = flat[flat != np.round(flat)][0] if np.all(np.isfinite(flat)) else np.nan
        raise DataError(f"{where}: classification needs integer class labels, found {bad:g}")
    labels = flat[:, 0]
    distinct = np.unique(labels)
    if len(distinct) < 2:
        raise DataError(f"{where}: classification needs at least 2 classes, the target has only {distinct[0]:g}")
    if distinct[0] >= 0:
        return Targets("classification", labels.astype(np.int64), int(distinct[-1]) + 1, None)
    index = np.searchsorted(distinct, labels).astype(np.int64)
    return Targets("classification", index, len(distinct), tuple(float(v) for v in distinct))
