"""Progress of a long data load (a big image folder), and a way to cancel it.

The loaders call `report(done, total, what)` every few hundred samples. Whoever loads (the
window's training worker) wraps the load in `with reporting(callback):`; the callback gets the
figures and returns False to cancel, which stops the load with `DataCancelled`. Without a
callback, `report` costs one context-variable lookup. A context variable (not a global) so two
loads in two threads each report to their own caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from nodeflow.compute.datasets.types import DataError

Progress = Callable[[int, int, str], bool | None]
"""`callback(done, total, what)`; return False to cancel the load."""

_PROGRESS: ContextVar[Progress | None] = ContextVar("nodeflow_data_progress", default=None)


class DataCancelled(DataError):
    """The person cancelled a load; not a problem with the data."""


@contextmanager
def reporting(callback: Progress | None) -> Iterator[None]:
    """Send the progress of loads inside the block to `callback` (None: nobody listens)."""
    token = _PROGRESS.set(callback)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def report(done: int, total: int, what: str) -> None:
    """Tell the listener how far a load is; raises DataCancelled when it answers False."""
    callback = _PROGRESS.get()
    if callback is not None and callback(done, total, what) is False:
        raise DataCancelled(f"loading {what} was cancelled after {done:,} of {total:,}")
