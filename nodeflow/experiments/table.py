"""The results table of a sweep: one row per variant, as numbers (for sorting), text (for a
terminal) and CSV (for a spreadsheet)."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nodeflow.graph import runs as R

COLUMNS = ("variant", "status", "epochs", "train_loss", "val_loss", "best_val_loss", "train_acc", "val_acc",
           "test_loss", "test_acc", "seconds", "diverged")
"""CSV header (and the keys of `Row.values`)."""


@dataclass
class Row:
    variant: str
    setting: dict[str, Any]
    status: str
    epochs: int
    train_loss: float | None
    val_loss: float | None
    best_val_loss: float | None
    train_acc: float | None
    val_acc: float | None
    test_loss: float | None
    test_acc: float | None
    seconds: float | None
    diverged: bool
    message: str = ""

    def values(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in COLUMNS}


def _best(values: Sequence[float | None]) -> float | None:
    finite = [v for v in values if v is not None]
    return min(finite) if finite else None


def row(label: str, setting: dict[str, Any], run: R.Run) -> Row:
    """The table row of one variant's run."""
    result = run.result
    val = run.series("val_loss")
    best = _best(val) if any(v is not None for v in val) else _best(run.series("train_loss"))
    seconds = result.seconds
    if seconds is None:
        spent = [v for v in run.series("seconds") if v is not None]
        seconds = sum(spent) if spent else None
    return Row(
        variant=label, setting=dict(setting), status=result.status,
        epochs=len(run.epochs), train_loss=run.final("train_loss"), val_loss=run.final("val_loss"),
        best_val_loss=best, train_acc=run.final("train_acc"), val_acc=run.final("val_acc"),
        test_loss=result.test_loss, test_acc=result.test_acc, seconds=seconds,
        diverged=result.status == R.DIVERGED, message=result.message,
    )


def rows(outcomes: Sequence[Any], paused: bool = False) -> list[Row]:
    """Rows of a sweep's outcomes (`sweep.Outcome`), in variant order. The status is each
    variant's own state (`Outcome.state`): "waiting" and "paused" besides the run's status."""
    out = []
    for o in outcomes:
        r = row(o.variant.label, o.variant.setting, o.run)
        state = getattr(o, "state", None)
        if state is not None:
            r.status = state(paused)
        out.append(r)
    return out


def sort_key(r: Row) -> tuple:
    """Best first: finished runs by best validation loss, diverged and failed ones last."""
    bad = r.status in (R.DIVERGED, R.ERROR)
    return (bad, r.best_val_loss if r.best_val_loss is not None else float("inf"))


def fmt(value: Any, percent: bool = False) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{100 * value:.1f}%" if percent else f"{value:.4g}"
    return str(value)


def text(table: Sequence[Row]) -> str:
    """An aligned plain-text table, best variant first."""
    ordered = sorted(table, key=sort_key)
    has_acc = any(r.val_acc is not None or r.train_acc is not None for r in ordered)
    head = ["variant", "status", "epochs", "train_loss", "val_loss", "best_val"]
    if has_acc:
        head += ["train_acc", "val_acc"]
    head += ["seconds"]
    lines = [head]
    for r in ordered:
        cells = [r.variant, r.status, str(r.epochs), fmt(r.train_loss), fmt(r.val_loss), fmt(r.best_val_loss)]
        if has_acc:
            cells += [fmt(r.train_acc, True), fmt(r.val_acc, True)]
        cells += [f"{r.seconds:.2f}" if r.seconds is not None else "-"]
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True)))
                     .rstrip() for line in lines)


def to_csv(table: Sequence[Row]) -> str:
    """CSV text with the COLUMNS header, in variant order; missing numbers are empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in table:
        cells = ["" if v is None else (str(v).lower() if isinstance(v, bool) else v) for v in r.values().values()]
        if str(cells[0])[:1] in ("=", "+", "@", "-"):  # a node id a spreadsheet would run as a formula
            cells[0] = "'" + str(cells[0])
        writer.writerow(cells)
    return out.getvalue()


def save_csv(table: Sequence[Row], path: str | os.PathLike[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(to_csv(table))
