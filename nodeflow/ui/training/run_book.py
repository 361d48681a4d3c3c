"""RunBook: the open document's runs and the weights the next Continue starts from.

Rules the learner can trust (issue 10):
- Train always starts from fresh seeded weights; only Continue uses earlier weights, and the
  run it creates says which (`Run.start`, `Run.parent`).
- Only a usable run (finished, stopped, stopped early) leaves weights to continue from; after
  a diverged or failed run the weights of the last usable run stay the starting point.
- Weights opened with a file (the `.npz` beside the graph) are used only by Continue.
- A new or opened document brings its own runs (`<graph>.runs.json`) and weights, nothing else.

The runs file is written whenever the runs change (a run ends, one is renamed, hidden or
deleted) if the document has a file, and beside the new file on Save As; the weights are
written when the graph is saved. Everything the user should know goes out as `message(str)`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from nodeflow.compute.weights import read_arrays, weight_arrays
from nodeflow.graph import runs as R
from nodeflow.graph.document import Graph
from nodeflow.i18n import translate
from nodeflow.ui.i18n.engine import engine_text
from nodeflow.ui.trained_weights import fits, save_beside, weights_path


class CannotStart(Exception):
    """Continue was asked for, but there is nothing (fitting) to continue from; the message says why."""


class RunBook(QObject):
    """`message(str)` for the status bar; `runsChanged()` when the list changes (a run added,
    ended, renamed, shown or hidden, deleted, or another document's runs); `weightsChanged(dict |
    None)` when the starting-point weights change (a run left them, a file brought them, reset)."""

    message = Signal(str)
    runsChanged = Signal()
    weightsChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = R.RunHistory()
        self.path: Path | None = None
        self.weights: dict[str, np.ndarray] | None = None
        """What Continue starts from: the last usable run's final weights, or the file's."""
        self.origin: R.Run | None = None
        """The run those weights came from (None: the file's weights of a run not listed)."""
        self._unreadable: Path | None = None

    # ------------------------------------------------------------------ documents
    def open(self, path: Path | None) -> None:
        """Show the runs and weights of the document at `path` (None: a new, untitled one)."""
        self.history, self.path, self._unreadable = R.RunHistory(), path, None
        self._set_weights(None, None)
        if path is not None:
            self._read_runs(path)
            self._read_weights(path)
        self.runsChanged.emit()

    def _read_runs(self, path: Path) -> None:
        file = R.runs_path(path)
        if not file.exists():
            return
        try:
            self.history, problems = R.RunHistory.load(file)
        except R.RunsFileError as exc:
            self._unreadable = file
            self.message.emit(translate("RunBook", "Earlier runs not loaded: {reason} (the file is kept as {file})").format(
                reason=engine_text(str(exc)), file=f"{file.name}.bad"))
            return
        if problems:
            self.message.emit(translate("RunBook", "{file}: {n} unreadable runs left out ({reason})").format(
                file=file.name, n=len(problems), reason=engine_text(str(problems[0]))))

    def _read_weights(self, path: Path) -> None:
        file = weights_path(path)
        if not file.exists():
            return
        try:
            arrays = read_arrays(file)
        except ValueError as exc:
            self.message.emit(translate("RunBook", "Trained weights not loaded: {reason}").format(reason=engine_text(str(exc))))
            return
        origin = self.history.get(self.history.weights_from)
        self._set_weights(arrays, origin)
        if origin is not None:
            self.message.emit(translate("RunBook", "{run}'s trained weights loaded from {file}: Continue trains on from them, "
                                        "Train starts afresh").format(run=origin.name, file=file.name))
        else:
            self.message.emit(translate("RunBook", "Trained weights loaded from {file}: Continue trains on from them, "
                                        "Train starts afresh").format(file=file.name))

    def save(self, path: Path) -> None:
        """The graph was saved at `path`: write the weights and the runs beside it."""
        self.path = path
        written = []
        if self.weights is not None:
            try:
                written.append(save_beside(self.weights, path).name)
                listed = any(r is self.origin for r in self.history.runs)
                self.history.weights_from = self.origin.id if listed and self.origin is not None else None
            except OSError as exc:
                self.message.emit(translate("RunBook", "Graph saved, but not its weights: {reason}").format(reason=exc.strerror or exc))
                return
        if (self.history.runs or R.runs_path(path).exists()) and self.persist():
            written.append(R.runs_path(path).name)
        if written:
            self.message.emit(translate("RunBook", "Saved {file} with {files}").format(
                file=path.name, files=", ".join(written)))

    def persist(self) -> bool:
        """Write the runs file beside the document's file, if it has one; False on failure (said)."""
        if self.path is None:
            return False
        file = R.runs_path(self.path)
        try:
            if self._unreadable is not None and self._unreadable == file and file.exists():
                os.replace(file, file.with_name(file.name + ".bad"))  # never overwrite what we could not read
            self._unreadable = None
            self.history.save(file, mode_like=self.path)
        except OSError as exc:
            self.message.emit(translate("RunBook", "Runs not saved: cannot write {file}: {reason}").format(
                file=file.name, reason=exc.strerror or exc))
            return False
        return True

    # ------------------------------------------------------------------ runs
    def begin(self, graph: Graph, *, continue_from_last: bool, analysis: Any = None) -> tuple[R.Run, dict | None]:
        """Record a new run of `graph` and return it with the weights it starts from (None:
        fresh seeded weights). Continue raises CannotStart when there is nothing fitting."""
        if not continue_from_last:
            run = self.history.new_run(graph)
            self.runsChanged.emit()
            return run, None
        if self.weights is None:
            raise CannotStart(translate("RunBook", "Nothing to continue from yet: press Train first "
                                        "(Continue trains on from the last run's weights)"))
        if analysis is None:
            from nodeflow.graph.analysis import analyze

            analysis = analyze(graph)
        whose = self.origin.name if self.origin is not None else translate("RunBook", "the saved weights")
        if not fits(analysis, self.weights):
            raise CannotStart(translate("RunBook", "The graph changed since {run}: its weights no longer fit. "
                                        "Press Train to start from fresh weights").format(run=whose))
        start = R.CONTINUE if self.origin is not None else R.FILE
        run = self.history.new_run(graph, start=start, parent=self.origin)
        self.runsChanged.emit()
        return run, self.weights

    def record(self, run: R.Run, payload: dict) -> None:
        """Keep what one coalesced worker update brings: batch losses and epochs."""
        losses = payload.get("losses")
        if losses is not None and len(losses):
            run.record_batches(losses)
        for event in payload.get("epochs") or ():
            if not event.get("probe_only"):
                run.record_epoch(event)

    def end(self, run: R.Run, network: Any) -> None:
        """The run's thread has finished: a usable run leaves its weights to continue from; a run
        that failed before training anything (a graph that cannot train) is not kept."""
        result = run.result
        if result.status == R.RUNNING:  # ended without a done or error event
            result.status, result.message = R.STOPPED, result.message or translate("RunBook", "the run was interrupted")
        if result.status == R.ERROR and not run.epochs and not run.batches:
            self.history.remove(run.id)
        elif result.usable and network is not None:
            arrays = {k: np.array(v, copy=True) for k, v in weight_arrays(network).items()}
            if all(np.isfinite(a).all() for a in arrays.values()):
                self._set_weights(arrays, run)
        self.persist()
        self.runsChanged.emit()

    def adopt(self, arrays: dict[str, np.ndarray] | None) -> None:
        """Take weights that came with the document from elsewhere (an imported model) as the
        starting point, like weights saved with a file: only Continue uses them."""
        self._set_weights(dict(arrays) if arrays else None, None)

    def reset_weights(self) -> None:
        """Forget the weights Continue would start from."""
        had = self.weights is not None
        self._set_weights(None, None)
        if had:
            self.message.emit(translate("RunBook", "Weights reset: Continue is off until the next run; Train starts from fresh weights"))

    def _set_weights(self, arrays: dict | None, origin: R.Run | None) -> None:
        self.weights, self.origin = arrays, origin
        self.weightsChanged.emit(arrays)

    # ------------------------------------------------------------------ list edits
    def rename(self, run_id: str, name: str) -> bool:
        done = self.history.rename(run_id, name)
        if done:
            self.persist()
            self.runsChanged.emit()
        return done

    def set_visible(self, run_id: str, visible: bool) -> None:
        run = self.history.get(run_id)
        if run is not None and run.visible != visible:
            run.visible = visible
            self.persist()
            self.runsChanged.emit()

    def remove(self, run_id: str) -> None:
        """Delete a run from the list (its weights stay the starting point if they were)."""
        if self.history.remove(run_id) is not None:
            self.persist()
            self.runsChanged.emit()

    @property
    def can_continue(self) -> bool:
        return self.weights is not None
