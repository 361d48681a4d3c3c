"""Your own data: numeric .csv tables and .npz archives, read with clear errors.

Files are read only when they are regular files within MAX_CSV_BYTES / MAX_NPZ_BYTES (a FIFO
or a device is refused, never waited on; see `nodeflow.userfiles`), and an .npz only after its
headers were checked. Reading is cached by the file's identity and times (`file_stamp`), so
describing a file on every edit of the graph reads it once, and a changed file is read again;
a file's problem is cached with it, so a bad file is not parsed again on every edit either.

Messages name the file by its base name and, for bad csv rows, the line numbers: one bad row
is "houses.csv line 17: 'abc' in column 'rooms' is not a number"; more are listed (the first
SHOWN_BAD_ROWS, then how many more) in one line. With the Dataset's `skip_bad_rows` the bad
rows are left out instead, and `Table.skipped` says how many.
"""

from __future__ import annotations

import csv
import errno
import io
import math
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.datasets.types import DataError
from nodeflow.userfiles import (
    UserFileError,
    file_stamp,
    npz_index,
    npz_read,
    open_regular,
    os_problem,
    printable,
    read_regular,
)

AUTO_MAX_CLASSES = 20
"""task "auto" treats a target as class labels when it holds integers with at most this many values."""
MAX_CSV_BYTES = 256 * 2**20
MAX_NPZ_BYTES = 4 * 2**30
"""Largest .npz dataset read: the file, and each of its arrays unpacked."""
MAX_NPZ_ARRAYS = 64
SHOWN_BAD_ROWS = 5
"""How many bad csv rows a message lists before saying how many more there are."""
KEPT_LABELS = 1024
"""Non-negative labels below this keep their values as class numbers; larger ones (a csv's 1E20)
are renumbered 0..K-1 like negative ones, with `label_values` keeping the originals."""


def resolve(params: Mapping[str, Any], suffix: str, base_dir: str | Path | None) -> Path:
    """The file named by `path`, relative to `base_dir` (the graph's folder) or the working dir;
    DataError (one line) when it is missing, not a regular file, or cannot be looked at."""
    text = str(params.get("path") or "").strip()
    if not text:
        raise DataError(f"source '{params['source']}' needs a file: set 'path' to a {suffix} file")
    kind = suffix.lstrip(".")
    shown = printable(text, 80)
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~user" of no such user
        path = Path(text)
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise DataError(f"{kind} file '{shown}' not found") from None
        raise DataError(os_problem(path, exc)) from None
    except ValueError:
        raise DataError(f"{kind} file '{shown}' is not a valid file name") from None
    if stat.S_ISDIR(mode):
        raise DataError(f"{kind} file '{shown}' not found (it is a folder)")
    if not stat.S_ISREG(mode):
        raise DataError(f"{kind} file '{shown}' is not a regular file (a FIFO or a device): it cannot be read")
    return path


def _stamp(path: Path) -> tuple[str, int, int, int, int, int]:
    try:
        return file_stamp(path)
    except UserFileError as exc:
        raise DataError(str(exc)) from None


def _raise_problem(result: Any) -> Any:
    """Cached readers return a message instead of raising (so a bad file is cached too)."""
    if isinstance(result, str):
        raise DataError(result)
    return result


# ---------------------------------------------------------------------------------------- csv


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    data: np.ndarray
    """float64 (rows, columns)."""
    skipped: int = 0
    """Bad rows left out (only with skip_bad_rows)."""
    skipped_lines: tuple[int, ...] = ()
    """The line numbers of the first SHOWN_BAD_ROWS of them."""


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def read_csv(path: Path, skip_bad_rows: bool = False) -> Table:
    """A numeric table with a header row; raises DataError naming the lines of bad rows, or,
    with `skip_bad_rows`, leaves them out and counts them in `Table.skipped`."""
    return _raise_problem(_read_csv_cached(*_stamp(path), bool(skip_bad_rows)))


@lru_cache(maxsize=4)
def _read_csv_cached(resolved: str, *stamp_and_skip: Any) -> Table | str:
    name = printable(Path(resolved).name)
    skip_bad_rows = bool(stamp_and_skip[-1])
    try:
        raw = read_regular(resolved, MAX_CSV_BYTES, "csv file")
    except UserFileError as exc:
        return str(exc)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return f"{name} is not a UTF-8 text file (line {line} has bytes that are not UTF-8)"
    del raw
    try:
        fast = _fast_parse(text)
        if fast is not None:
            return Table(tuple(_check_header(name, fast[0])), fast[1])
        return _slow_parse(name, text, skip_bad_rows)
    except DataError as exc:
        return str(exc)
    except MemoryError:
        return f"{name} is too large to read into memory"


def _fast_parse(text: str) -> tuple[list[str], np.ndarray] | None:
    """Header and numbers via NumPy's C parser, or None when anything is unusual (then the
    row-by-row parser runs to find the lines at fault)."""
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


def _slow_parse(name: str, text: str, skip_bad_rows: bool = False) -> Table:
    """Row by row with the csv module: every bad row is found (its first line number and what
    is wrong), then either all are reported in one line or, with `skip_bad_rows`, left out."""
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    rows: list[list[float]] = []
    bad: list[tuple[int, str]] = []
    bad_count = 0
    line = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = printable(str(exc), 80)
            fields = None
        else:
            problem = None
        if fields is not None and not any(f.strip() for f in fields):
            line = reader.line_num + 1
            continue
        if header is None:
            if fields is None:
                raise DataError(f"{name} line {line}: {problem}")
            header = _check_header(name, [f.strip() for f in fields])
            line = reader.line_num + 1
            continue
        if fields is not None:
            row, problem = _parse_row(header, fields)
            if row is not None:
                rows.append(row)
        if problem is not None:
            bad_count += 1
            if len(bad) < SHOWN_BAD_ROWS:
                bad.append((line, problem))
        line = reader.line_num + 1
    if header is None:
        raise DataError(f"{name} is empty: it needs a header row naming the columns, then rows of numbers")
    if bad_count and (not skip_bad_rows or not rows):
        raise DataError(_bad_rows_message(name, bad, bad_count, len(rows), skip_bad_rows))
    if not rows:
        raise DataError(f"{name} has a header but no data rows")
    return Table(tuple(header), np.array(rows, dtype=np.float64), bad_count, tuple(n for n, _ in bad))


def _bad_rows_message(name: str, bad: list[tuple[int, str]], count: int, good: int, skipping: bool) -> str:
    """One line: the first bad rows with their line numbers, then how many more."""
    listed = "; ".join(f"line {line}: {problem}" for line, problem in bad)
    if skipping:
        return f"{name}: all {count:,} data rows are bad ({listed}{'; …' if count > len(bad) else ''})"
    if count == 1:
        return f"{name} {listed} (fix it, or set skip_bad_rows to leave bad rows out)"
    more = f"; and {count - len(bad):,} more" if count > len(bad) else ""
    return f"{name} has {count:,} bad rows: {listed}{more} (fix them, or set skip_bad_rows to leave them out)"


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
            raise DataError(f"{name} line 1: column name '{printable(h, 40)}' appears twice")
        seen.add(h)
    if len(header) < 2:
        raise DataError(f"{name} has only one column; it needs at least one input column and the target")
    return header


def _parse_row(header: list[str], fields: list[str]) -> tuple[list[float] | None, str | None]:
    """(values, None) for a good row, (None, what is wrong) for a bad one."""
    if len(fields) != len(header):
        return None, f"{len(fields)} values but the header names {len(header)} columns"
    values = []
    for column, raw in zip(header, fields, strict=True):
        text = raw.strip()
        where = f"column '{printable(column, 40)}'"
        if not text:
            return None, f"missing value in {where}"
        try:
            value = float(text)
        except ValueError:
            return None, f"'{printable(text, 30)}' in {where} is not a number"
        if not math.isfinite(value):
            return None, f"'{printable(text, 30)}' in {where} is not a finite number"
        values.append(value)
    return values, None


def csv_header(path: Path) -> list[str]:
    """The column names on the file's first line, without reading the rows (for offering a
    target while a bad row elsewhere is still being fixed); [] when there is no such line."""
    try:
        with open_regular(path, MAX_CSV_BYTES, "csv file") as fh:
            first = fh.readline(2**20).decode("utf-8-sig")
    except (UserFileError, OSError, UnicodeDecodeError):
        return []
    names = [name.strip() for name in next(csv.reader([first]), [])]
    return [] if not names or all(_is_number(n) for n in names if n) else [n for n in names if n]


def csv_arrays(path: Path, target: str, skip_bad_rows: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """x float64 (rows, columns - 1) and the raw target column (rows,), `target` "" = last column."""
    table = read_csv(path, skip_bad_rows)
    column = target.strip() or table.columns[-1]
    if column not in table.columns:
        shown = ", ".join(printable(c, 30) for c in table.columns[:20]) + (", …" if len(table.columns) > 20 else "")
        raise DataError(f"column '{printable(column, 40)}' not in {printable(path.name)} (columns: {shown})")
    index = table.columns.index(column)
    return np.delete(table.data, index, axis=1), table.data[:, index]


# ---------------------------------------------------------------------------------------- npz

_NPZ_HINT = "save one with numpy.savez(path, x=..., y=...)"


def npz_header(path: Path, array: str) -> tuple[tuple[int, ...], np.dtype]:
    """Shape and dtype of one array in an .npz, from its header only (the data are not read)."""
    return _raise_problem(_npz_headers(*_stamp(path)))[array]


@lru_cache(maxsize=8)
def _npz_headers(resolved: str, *_stamp: Any) -> dict[str, tuple[tuple[int, ...], np.dtype]] | str:
    name = printable(Path(resolved).name)
    try:
        headers = npz_index(resolved, file_limit=MAX_NPZ_BYTES, array_limit=MAX_NPZ_BYTES,
                            max_arrays=MAX_NPZ_ARRAYS, what="dataset")
    except UserFileError as exc:
        return f"{exc} ({_NPZ_HINT})"
    for array in ("x", "y"):
        if array not in headers:
            found = ", ".join(printable(k, 20) for k in sorted(headers)[:10]) or "none"
            return f"{name} has no array '{array}' (arrays: {found}); {_NPZ_HINT}"
        shape, _dtype = headers[array]
        if len(shape) == 0:
            return f"{name}: array '{array}' is a single value; it needs one row per sample"
    nx, ny = headers["x"][0][0], headers["y"][0][0]
    if nx != ny:
        return f"{name}: 'x' has {nx} samples but 'y' has {ny}"
    if nx == 0:
        return f"{name} holds no samples"
    return headers


def npz_array(path: Path, array: str) -> np.ndarray:
    """One array of an .npz, read without pickle (checked by `npz_header` first)."""
    npz_header(path, array)
    return _raise_problem(_npz_array_cached(*_stamp(path), array))


@lru_cache(maxsize=4)
def _npz_array_cached(resolved: str, *stamp_and_array: Any) -> np.ndarray | str:
    array = stamp_and_array[-1]
    try:
        data = npz_read(resolved, [array], file_limit=MAX_NPZ_BYTES, array_limit=MAX_NPZ_BYTES,
                        total_limit=MAX_NPZ_BYTES, max_arrays=MAX_NPZ_ARRAYS, what="dataset")[array]
    except UserFileError as exc:
        return str(exc)
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
    if distinct[0] >= 0 and distinct[-1] < KEPT_LABELS:  # (1e20 would not fit an integer, nor make a class count)
        return Targets("classification", labels.astype(np.int64), int(distinct[-1]) + 1, None)
    index = np.searchsorted(distinct, labels).astype(np.int64)
    return Targets("classification", index, len(distinct), tuple(float(v) for v in distinct))
