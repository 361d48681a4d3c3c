"""CSV beyond numbers: text columns as categories, missing values filled, text class labels.

A column is *categorical* when most of its values are not numbers and they repeat (at most
MAX_CATEGORIES different ones; a column of all-different words is a name or an id, not a
category, and stays an error). Categorical inputs are one-hot encoded (one input per category,
named `colour=red`) or given as the category's index; the categories are sorted and listed in
the analysis and the inspector. A categorical target becomes class indices with the category
names as class names. Missing values (an empty cell) are an error naming line and column, or,
with `fill_missing`, filled by the column's mean, median or zero (categories by the most
frequent one); a missing target is always a bad row. A file of numbers only is read by the
plain numeric reader (`files.read_csv`), exactly as before.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nodeflow.compute.datasets.files import (
    MAX_CSV_BYTES,
    SHOWN_BAD_ROWS,
    _bad_rows_message,
    _check_header,
    _fast_parse,
    _stamp,
    read_csv,
)
from nodeflow.compute.datasets.types import DataError
from nodeflow.userfiles import UserFileError, printable, read_regular

MAX_CATEGORIES = 100
"""A text column with more different values than this is not treated as categories."""


@dataclass(frozen=True)
class Column:
    """One column of the file as read: `kind` "number" or "category" (sorted `categories`)."""

    name: str
    kind: str
    categories: tuple[str, ...] = ()
    filled: int = 0
    """Missing values filled (with `fill_missing`)."""
    fill: str = ""
    """What they were filled with, in words ("the mean 3.25", "'red' (most frequent)")."""


@dataclass(frozen=True)
class Encoded:
    """A csv table ready for training: x float64 (rows, inputs), the target column, notes."""

    x: np.ndarray
    inputs: tuple[str, ...]
    """Names of x's columns (`colour=red` for one-hot ones)."""
    target: np.ndarray
    """float64 (rows,) numbers, or int64 class indices when `class_names` is set."""
    class_names: tuple[str, ...] | None
    columns: tuple[Column, ...]
    skipped: int
    skipped_lines: tuple[int, ...]
    notes: tuple[str, ...]


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def csv_encoded(path: Path, target: str, skip_bad_rows: bool, categorical: str, fill_missing: str) -> Encoded:
    """Read, type, fill and encode a csv (cached while the file is unchanged)."""
    result = _encoded_cached(*_stamp(path), target.strip(), bool(skip_bad_rows), categorical, fill_missing)
    if isinstance(result, str):
        raise DataError(result)
    return result


@lru_cache(maxsize=4)
def _encoded_cached(resolved: str, *stamp_and_options: object) -> Encoded | str:
    target, skip, categorical, fill = stamp_and_options[-4:]
    name = printable(Path(resolved).name)
    try:
        raw = read_regular(resolved, MAX_CSV_BYTES, "csv file")
        text = raw.decode("utf-8-sig")
    except UserFileError as exc:
        return str(exc)
    except UnicodeDecodeError:
        try:  # the numeric reader words this one (with its line)
            read_csv(Path(resolved), bool(skip))
        except DataError as exc:
            return str(exc)
        return f"{name} is not a UTF-8 text file"
    del raw
    try:
        if _fast_parse(text) is not None:
            return _numeric(Path(resolved), str(target), bool(skip))
        rows = _rows(name, text)
        header = rows[0][1]
        kinds = _kinds(header, rows[1:])
        if "category" not in kinds.values() and fill == "no":
            return _numeric(Path(resolved), str(target), bool(skip))
        return _encode(name, header, rows[1:], kinds, str(target), bool(skip), str(categorical), str(fill))
    except DataError as exc:
        return str(exc)
    except MemoryError:
        return f"{name} is too large to read into memory"


def _numeric(path: Path, target: str, skip: bool) -> Encoded:
    """A numbers-only file: the plain reader, with its messages."""
    table = read_csv(path, skip)
    column = target or table.columns[-1]
    if column not in table.columns:
        _missing_column(path.name, column, table.columns)
    index = table.columns.index(column)
    inputs = tuple(c for c in table.columns if c != column)
    columns = tuple(Column(c, "number") for c in table.columns)
    return Encoded(np.delete(table.data, index, axis=1), inputs, table.data[:, index], None, columns,
                   table.skipped, table.skipped_lines, ())


def _missing_column(file_name: str, column: str, columns: tuple[str, ...]) -> None:
    shown = ", ".join(printable(c, 30) for c in columns[:20]) + (", …" if len(columns) > 20 else "")
    raise DataError(f"column '{printable(column, 40)}' not in {printable(file_name)} (columns: {shown})")


def _rows(name: str, text: str) -> list[tuple[int, list[str] | None, str | None]]:
    """(line, fields, csv problem) for the header and each non-empty row."""
    reader = csv.reader(io.StringIO(text))
    rows: list[tuple[int, list[str] | None, str | None]] = []
    line = 1
    while True:
        try:
            fields = next(reader)
            problem = None
        except StopIteration:
            break
        except csv.Error as exc:
            fields, problem = None, printable(str(exc), 80)
        if fields is not None and not any(f.strip() for f in fields):
            line = reader.line_num + 1
            continue
        rows.append((line, None if fields is None else [f.strip() for f in fields], problem))
        line = reader.line_num + 1
    if not rows:
        raise DataError(f"{name} is empty: it needs a header row naming the columns, then rows")
    if rows[0][1] is None:
        raise DataError(f"{name} line {rows[0][0]}: {rows[0][2]}")
    _check_header(name, rows[0][1])
    if len(rows) < 2:
        raise DataError(f"{name} has a header but no data rows")
    return rows


def _kinds(header: list[str], rows: list) -> dict[str, str]:
    """"category" for columns mostly of repeating text, else "number"."""
    kinds = {}
    for j, column in enumerate(header):
        texts: set[str] = set()
        words = filled = 0
        for _line, fields, _problem in rows:
            if fields is None or len(fields) != len(header) or not fields[j]:
                continue
            filled += 1
            if _number(fields[j]) is None:
                words += 1
                if len(texts) <= MAX_CATEGORIES:
                    texts.add(fields[j])
        repeat = len(texts) < words
        kinds[column] = "category" if 2 * words > filled and repeat and len(texts) <= MAX_CATEGORIES else "number"
    return kinds


def _encode(name: str, header: list[str], rows: list, kinds: dict[str, str], target: str, skip: bool,
            categorical: str, fill: str) -> Encoded:
    column = target or header[-1]
    if column not in header:
        _missing_column(name, column, tuple(header))
    t = header.index(column)
    good: list[tuple[int, list[str]]] = []
    bad: list[tuple[int, str]] = []
    bad_count = 0
    for line, fields, problem in rows:
        if fields is not None and len(fields) != len(header):
            problem = f"{len(fields)} values but the header names {len(header)} columns"
        if problem is None:
            problem = _row_problem(header, fields, kinds, t, fill)
        if problem is None:
            good.append((line, fields))
            continue
        bad_count += 1
        if len(bad) < SHOWN_BAD_ROWS:
            bad.append((line, problem))
    if bad_count and (not skip or not good):
        raise DataError(_bad_rows_message(name, bad, bad_count, len(good), skip))
    columns: list[Column] = []
    values: list[np.ndarray] = []
    inputs: list[str] = []
    notes: list[str] = []
    target_values: np.ndarray | None = None
    class_names = None
    for j, col in enumerate(header):
        cells = [fields[j] for _line, fields in good]
        missing = [i for i, c in enumerate(cells) if not c]
        if kinds[col] == "category":
            present = sorted({c for c in cells if c})
            fill_text = ""
            if missing:
                counts = {c: 0 for c in present}
                for c in cells:
                    if c:
                        counts[c] += 1
                most = max(present, key=lambda c: (counts[c], -present.index(c)))
                cells = [c or most for c in cells]
                fill_text = f"'{printable(most, 30)}' (the most frequent)"
            index = {c: i for i, c in enumerate(present)}
            codes = np.array([index[c] for c in cells], dtype=np.int64)
            columns.append(Column(col, "category", tuple(present), len(missing), fill_text))
            if j == t:
                target_values, class_names = codes, tuple(present)
                continue
            listed = ", ".join(printable(c, 20) for c in present[:8]) + (", …" if len(present) > 8 else "")
            if categorical == "index":
                values.append(codes[:, None].astype(np.float64))
                inputs.append(col)
                notes.append(f"{printable(col, 30)}: text column, given as category index 0..{len(present) - 1} ({listed})")
            else:
                values.append(np.eye(len(present))[codes])
                inputs += [f"{col}={c}" for c in present]
                notes.append(f"{printable(col, 30)}: text column, one-hot encoded as {len(present)} inputs ({listed})")
        else:
            numbers = np.array([_number(c) if c else np.nan for c in cells], dtype=np.float64)
            fill_text = ""
            if missing:
                known = numbers[~np.isnan(numbers)]
                value = {"mean": float(known.mean()) if len(known) else 0.0,
                         "median": float(np.median(known)) if len(known) else 0.0, "zero": 0.0}[fill]
                numbers[np.isnan(numbers)] = value
                fill_text = f"the {fill} {value:.4g}" if fill != "zero" else "0"
            columns.append(Column(col, "number", (), len(missing), fill_text))
            if j == t:
                target_values = numbers
                continue
            values.append(numbers[:, None])
            inputs.append(col)
        if missing:
            where = _lines_text([good[i][0] for i in missing])
            count = "value" if len(missing) == 1 else "values"
            notes.append(f"{printable(col, 30)}: {len(missing):,} missing {count} filled with {fill_text} ({where})")
    if not values:
        raise DataError(f"{name} has only the target column; it needs at least one input column")
    assert target_values is not None
    x = np.concatenate(values, axis=1)
    skipped_lines = tuple(n for n, _ in bad)
    return Encoded(x, tuple(inputs), target_values, class_names, tuple(columns), bad_count if skip else 0,
                   skipped_lines if skip else (), tuple(notes))


def _row_problem(header: list[str], fields: list[str], kinds: dict[str, str], t: int, fill: str) -> str | None:
    for j, (column, text) in enumerate(zip(header, fields, strict=True)):
        where = f"column '{printable(column, 40)}'"
        if not text:
            if fill == "no" or j == t:
                return f"missing value in {where}" + (" (the target is never filled)" if j == t and fill != "no" else "")
            continue
        if kinds[column] == "number" and _number(text) is None:
            return f"'{printable(text, 30)}' in {where} is not a number"
    return None


def _lines_text(lines: list[int]) -> str:
    shown = [str(n) for n in lines[:SHOWN_BAD_ROWS]]
    more = ", …" if len(lines) > len(shown) else ""
    return ("line " if len(lines) == 1 else "lines ") + ", ".join(shown) + more
