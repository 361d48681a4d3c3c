"""The window's doors to other tools: File ▸ Export as ONNX…, File ▸ Import Model…, and
Run ▸ Write TensorBoard Logs (a checkable action; each run then logs into its own folder).

The questions it asks go through `InteropDialogs`, which tests replace (`window.interop.dialogs`).
Errors use the window's own `dialogs.error`, so every refusal reads the same way.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nodeflow.i18n import QT_TRANSLATE_NOOP, translate
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.i18n.live import keep, text_of
from nodeflow.ui.trained_weights import fits

ONNX_FILTER = QT_TRANSLATE_NOOP("Interop", "ONNX model (*.onnx)")
IMPORT_FILTER = QT_TRANSLATE_NOOP("Interop", "Models (*.onnx *.keras);;ONNX model (*.onnx);;Keras model (*.keras)")


class InteropDialogs:
    """The questions asked; override any method to answer without a modal dialog."""

    def onnx_path(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("Interop", "Export as ONNX"), suggested, text_of(ONNX_FILTER))
        if path and not Path(path).suffix:
            path += ".onnx"
        return path or None

    def import_path(self, parent: QWidget, directory: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Interop", "Import a model"), directory, text_of(IMPORT_FILTER))
        return path or None

    def tensorboard_dir(self, parent: QWidget, current: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, translate("Interop", "Folder for TensorBoard logs"), current)
        return path or None

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)


class InteropActions(QObject):
    """Creates `actionExportOnnx`, `actionImport` and `actionTensorBoard` on the window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = InteropDialogs()
        self.log_dir: str | None = None
        """Where runs write TensorBoard logs while actionTensorBoard is checked."""
        self.export_onnx = self._action("actionExportOnnx", QT_TRANSLATE_NOOP("Interop", "Export as &ONNX…"),
                                        QT_TRANSLATE_NOOP("Interop", "Write the trained model as ONNX, for onnxruntime and other tools"))
        self.export_onnx.triggered.connect(self.export)
        self.import_model = self._action("actionImport", QT_TRANSLATE_NOOP("Interop", "&Import Model…"),
                                         QT_TRANSLATE_NOOP("Interop", "Open an ONNX or Keras model as an editable graph with its weights"))
        self.import_model.triggered.connect(lambda: self.import_file())
        self.tensorboard = self._action("actionTensorBoard", QT_TRANSLATE_NOOP("Interop", "Write &TensorBoard Logs…"),
                                        QT_TRANSLATE_NOOP("Interop", "Log each run's curves and weight histograms for TensorBoard"))
        self.tensorboard.setCheckable(True)
        self.tensorboard.toggled.connect(self._on_tensorboard)

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        keep(action, "setText", text)
        keep(action, "setStatusTip", tip)
        setattr(self.window, name, action)
        return action

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ ONNX export
    def export(self) -> bool:
        """Export the document with its trained weights; says why not when there are none."""
        window = self.window
        analysis = window.canvas.analysis
        arrays = window.runs.weights  # the last usable run's (or the file's) weights
        if not analysis.ok:
            window.dialogs.error(window, translate("Interop", "Cannot export"), str(analysis.first_error))
            return False
        if arrays is None or not fits(analysis, arrays):
            window.dialogs.error(window, translate("Interop", "Cannot export"), translate("Interop", "The graph has no trained weights that fit it: train it "
                                 "first (Run ▸ Train), then export the trained model."))
            return False
        origin = window.runs.origin
        if origin is not None:
            from nodeflow.graph.io import graph_to_dict
            from nodeflow.graph.runs import model_differences

            changed = model_differences(origin, graph_to_dict(window.graph))
            if changed:
                more = translate("Interop", " (and {n} more)").format(n=len(changed) - 3) if len(changed) > 3 else ""
                shown = ", ".join(changed[:3]) + more
                window.dialogs.error(window, translate("Interop", "Cannot export"), translate(
                    "Interop", "The trained weights are {run}'s, and the model has changed since ({changes}): they "
                    "belong to the model as it was. Train the graph as it is now (Run ▸ Train), then export."
                ).format(run=origin.name, changes=shown))
                return False
        files = window.files
        base = files.path.with_suffix(".onnx") if files.path else Path.home() / "model.onnx"
        chosen = self.dialogs.onnx_path(window, str(base))
        if not chosen:
            return False
        from nodeflow.export.onnx_export import export_onnx
        from nodeflow.export.plan import ExportError

        try:
            export_onnx(window.graph, arrays, chosen)
        except (ExportError, ValueError, OSError) as exc:
            window.dialogs.error(window, translate("Interop", "Cannot export"), str(exc))
            return False
        self._status(translate("Interop", "Exported {name} (checked by ONNX's checker)").format(name=Path(chosen).name))
        return True

    # ------------------------------------------------------------------ import
    def import_file(self, path: str | None = None) -> bool:
        """Open a model as a new untitled document with its weights (saving writes them beside it)."""
        window = self.window
        if not window.files.maybe_save():
            return False
        if path is None:
            start = str(window.files.path.parent) if window.files.path else str(Path.home())
            path = self.dialogs.import_path(window, start)
            if not path:
                return False
        from nodeflow.graph import io
        from nodeflow.interop import import_model

        try:
            imported = import_model(path)
        except ValueError as exc:  # ImportRefused, MissingPackage, GraphError
            window.dialogs.error(window, translate("Interop", "Cannot import"), str(exc))
            return False
        with tempfile.TemporaryDirectory() as tmp:
            staged = Path(tmp) / "imported.nodeflow"
            io.save(imported.graph, staged)
            if not window.files.open_template(staged, ask=False):
                return False
        window.graph.base_dir = None
        window.runs.adopt(imported.arrays)  # used by Continue, like a file's weights
        window.canvas.zoom_to_fit()
        self._status(translate("Interop", "Imported {name}: {n} nodes").format(name=Path(path).name, n=len(imported.graph.nodes)))
        if imported.notes:
            self.dialogs.inform(window, translate("Interop", "Imported model"),
                               "\n\n".join(engine_text(note) for note in imported.notes))
        return True

    # ------------------------------------------------------------------ TensorBoard
    def _on_tensorboard(self, on: bool) -> None:
        options = self.window.training.controller.worker_options
        if not on:
            options.pop("run_logger", None)
            self._status(translate("Interop", "TensorBoard logs off"))
            return
        from nodeflow.interop.tensorboard_log import INSTALL

        try:
            import tensorboard  # noqa: F401
        except ImportError:
            self.window.dialogs.error(self.window, translate("Interop", "TensorBoard is not installed"), INSTALL)
            self.tensorboard.setChecked(False)
            return
        start = self.log_dir or str((self.window.files.path.parent if self.window.files.path else Path.home()) / "runs")
        chosen = self.dialogs.tensorboard_dir(self.window, start)
        if not chosen:
            self.tensorboard.setChecked(False)
            return
        self.log_dir = chosen
        options["run_logger"] = self.logger
        self._status(translate("Interop", "Each run writes TensorBoard logs under {chosen} (tensorboard --logdir {chosen})").format(chosen=chosen))

    def logger(self, trainer: Any) -> Any:
        """Called by the training worker with each run's trainer, in the worker thread."""
        from nodeflow.interop.tensorboard_log import attach

        return attach(trainer, self.log_dir or ".")
