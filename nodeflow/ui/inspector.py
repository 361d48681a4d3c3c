"""The inspector: the selected node's id, type, help and one editor per declared parameter.

With nothing selected it shows the graph's name and the training settings. Every edit is
validated by the parameter's declaration first; a bad value never reaches the undo stack: the
editor goes back to the value the node keeps, outlined in red, and the message says what was
refused and what was kept. Only the parameters that apply are shown (`Param.applies`: a
Dataset's `path` only for csv and npz files). The panel holds no state of its own: it re-reads
the document whenever `graph.changed` fires, so undo/redo show up immediately.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph
from nodeflow.i18n import QT_TRANSLATE_NOOP, translate
from nodeflow.i18n.engine import engine_text
from nodeflow.i18n.node_strings import graph_text, node_help, param_label, param_tip
from nodeflow.nodes import REGISTRY, NodeSpec, Param
from nodeflow.ui.data_preview import DataPreview
from nodeflow.ui.i18n.live import keep
from nodeflow.ui.param_editors import ParamEditor, format_value, make_editor

TRAINING_PARAMS: tuple[Param, ...] = getattr(graph_io, "TRAINING_PARAMS", ())
"""The document's training settings, declared like node parameters (in the file format) so they
get the same editors."""

ERROR_STYLE = "color: #c0392b;"
REFUSED_STYLE = "border: 1px solid #c0392b;"
"""Outline of an editor whose typed value was refused (and put back), until the next edit."""
SHOW_VALUES = 16
"""Weights with at most this many values are listed; larger ones are summarised."""


def _number(v: float) -> str:
    return f"{v:.4g}".replace("-", "\u2212")


def learned_text(node_id: str, arrays: Mapping[str, np.ndarray] | None,
                 shapes: Mapping[str, tuple[int, ...]] | None = None) -> str:
    """What a node has learned, one line per weight: the values of small ones ("W (1×1): 1.998"),
    mean, spread and range of large ones. `shapes` (the node's declared weights) hides arrays
    trained for an earlier version of the node. Empty when there is nothing to show."""
    if not arrays:
        return ""
    prefix = f"{node_id}/"
    lines = []
    for key, value in arrays.items():
        if not key.startswith(prefix):
            continue
        name = key[len(prefix):].replace("state/", "")
        a = np.asarray(value, dtype=np.float64)
        if shapes is not None and "/" not in key[len(prefix):] and tuple(shapes.get(name, ())) != a.shape:
            return translate("Inspector", "Trained weights are from an earlier version of this node.")
        dims = "×".join(str(d) for d in a.shape) or "1"
        if a.size <= SHOW_VALUES:
            lines.append(f"{name} ({dims}): {', '.join(_number(v) for v in a.ravel())}")
        elif a.size:
            lines.append(translate("Inspector", "{name} ({dims}): mean {mean}, std {std}, range {low} … {high}").format(
                name=name, dims=dims, mean=_number(a.mean()), std=_number(a.std()),
                low=_number(a.min()), high=_number(a.max())))
    return "\n".join(lines)


class Inspector(QWidget):
    """Edits the selected node (or the training settings) through undoable commands."""

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.setMinimumWidth(230)  # labels and editors readable when the Lessons panel takes room too
        self.graph = graph
        self.undo_stack = undo_stack
        self.node_ids: list[str] = []
        self.editors: dict[str, ParamEditor] = {}
        self._analysis: Any = None

        self.title = QLabel(objectName="inspectorTitle", wordWrap=True)  # a long graph name wraps (Korean at 1024 px)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.help = QLabel(objectName="inspectorHelp", wordWrap=True)
        self.help.setStyleSheet("color: #6b7280;")
        self.shapes = QLabel(objectName="inspectorShapes", wordWrap=True)
        self.error = QLabel(objectName="inspectorError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.learned_title = QLabel(objectName="inspectorLearnedTitle")
        keep(self.learned_title, "setText", QT_TRANSLATE_NOOP("Inspector", "Learned"))
        self.learned_title.setStyleSheet("font-weight: bold;")
        self.learned = QLabel(objectName="inspectorLearned", wordWrap=True)
        self.learned.setTextFormat(Qt.TextFormat.PlainText)
        self.learned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._learned: Mapping[str, np.ndarray] | None = None

        self.form_host = QWidget()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        host = QVBoxLayout(self.form_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addLayout(self.form)
        self.data_preview = DataPreview()  # a Dataset's data: images, scatter, first rows, counts
        self.data_preview.folderChosen.connect(self._set_path)
        host.addWidget(self.data_preview)
        host.addSpacing(8)
        host.addWidget(self.learned_title)  # below the editors: live updates do not move them
        host.addWidget(self.learned)
        from nodeflow.ui.stepping.curves import ActivationCurves  # f and f′ of an activation (issue 16)

        self.curves = ActivationCurves(height=150)
        host.addWidget(self.curves)
        host.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)

        layout = QVBoxLayout(self)
        for w in (self.title, self.help, self.shapes, self.error):
            layout.addWidget(w)
        layout.addWidget(scroll, 1)

        graph.changed.connect(self._on_graph_changed)
        self.rebuild()

    # ----------------------------------------------------------------- public
    def set_nodes(self, node_ids: list[str]) -> None:
        """Show these nodes (the canvas selection)."""
        self.node_ids = [n for n in node_ids if n in self.graph.nodes]
        self.rebuild()

    def set_document(self, graph: Graph, undo_stack: QUndoStack) -> None:
        """Edit another document: the canvas entered a block (its inside, with the block's own
        stack) or left it (the graph again)."""
        self.graph.changed.disconnect(self._on_graph_changed)
        self.graph, self.undo_stack = graph, undo_stack
        graph.changed.connect(self._on_graph_changed)
        self.node_ids = []
        self.rebuild()

    def set_analysis(self, analysis: Any) -> None:
        """Show the selected node's inferred shapes or error (from the canvas's analysis)."""
        self._analysis = analysis
        self._show_shapes()
        self._show_learned()

    def show_learned(self, arrays: Mapping[str, np.ndarray] | None) -> None:
        """Weights as {"node/param": array}: live small ones while training, all of them after a
        run or when a file's trained weights are loaded; None clears."""
        self._learned = arrays
        self._show_learned()

    def _show_learned(self) -> None:
        node_id = self.node_id
        text = ""
        if node_id is not None:
            inferred = getattr(self._analysis, "inferred", {}).get(node_id)
            shapes = {k: w.shape for k, w in inferred.weights.items()} if inferred is not None else None
            text = learned_text(node_id, self._learned, shapes)
        self.learned.setText(text)
        self.learned.setVisible(bool(text))
        self.learned_title.setVisible(bool(text))

    def detach(self) -> None:
        self.graph.changed.disconnect(self._on_graph_changed)
        self.data_preview.timer.stop()  # a pending preview refresh must not outlive the window

    @property
    def node_id(self) -> str | None:
        return self.node_ids[0] if len(self.node_ids) == 1 else None

    # ---------------------------------------------------------------- building
    def rebuild(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self._set_error("")
        if self.node_id is not None:
            node = self.graph.nodes[self.node_id]
            spec = node.spec
            self.title.setText(f"{node.id}  ·  {spec.type}")
            self.help.setText(node_help(spec))
            params: tuple[Param, ...] = spec.params
            self._add_type_changer(spec)
            if not params:
                self.form.addRow(QLabel(self.tr("No parameters.")))
        elif self.node_ids:
            types = {self.graph.nodes[n].type for n in self.node_ids}
            params = ()
            if len(types) == 1:  # e.g. the eight Sigmoids of a deep stack: change them together
                spec = self.graph.nodes[self.node_ids[0]].spec
                self.title.setText(self.tr("{n} {type} nodes").format(n=len(self.node_ids), type=spec.type))
                self.help.setText(self.tr("Change their type together (wires kept, one undo step); "
                                          "select a single node to edit its parameters."))
                self._add_type_changer(spec)
            else:
                self.title.setText(self.tr("{n} nodes selected").format(n=len(self.node_ids)))
                self.help.setText(self.tr("Select a single node to edit its parameters, or nodes of one "
                                          "type (Edit ▸ Select Same Type) to change their type together."))
        else:
            self.title.setText(self._graph_name())
            description = graph_text(getattr(self.graph, "description", ""))
            self.help.setText((description + "\n\n" if description else "")
                              + self.tr("Training settings. Select a node to edit its parameters."))
            params = TRAINING_PARAMS
        for param in params:
            editor = make_editor(param)
            editor.committed.connect(lambda p=param, e=editor: self._commit(p, e))
            label = QLabel(param_label(param))
            label.setToolTip(param_tip(param))
            if getattr(editor, "wide", False):  # a drawing area: the whole width, its name inside
                self.form.addRow(editor.widget)
            else:
                self.form.addRow(label, editor.widget)
            self.editors[param.name] = editor
        self._refused: ParamEditor | None = None
        self._show_curves()
        self._refresh_values()
        self._show_shapes()
        self._show_learned()

    def _show_curves(self) -> None:
        node = self.graph.nodes[self.node_id] if self.node_id is not None else None
        self.curves.show_for(node.type if node is not None else None, dict(node.params) if node else None)

    def _graph_name(self) -> str:
        name = self.graph.name
        return self.tr("Untitled") if name == "Untitled" else graph_text(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()  # help, labels and messages in the new language
        super().changeEvent(event)

    def _add_type_changer(self, spec: NodeSpec) -> None:
        """A combo of the types that can take this node's place (same category and ports), so a
        learner swaps Sigmoid for ReLU in one step with the wires kept."""
        swaps = [s.type for s in REGISTRY if s.category == spec.category
                 and s.inputs == spec.inputs and s.outputs == spec.outputs]
        if len(swaps) < 2 or spec.type not in swaps:  # a block, a block's port card: not a registered type
            return
        combo = QComboBox(objectName="inspectorType")
        combo.addItems(swaps)
        combo.setCurrentText(spec.type)
        combo.setToolTip(self.tr("Change this node's type; its wires and the parameters both types share are kept."))
        combo.textActivated.connect(self._change_type)
        self.form.addRow(QLabel(self.tr("type")), combo)

    def _change_type(self, type_name: str) -> None:
        """Change the selected node's type, or every selected node's (one undo step)."""
        from nodeflow.ui.commands import ReplaceNodeTypeCommand

        selected = list(self.node_ids)  # (replacing a node removes and re-adds it: keep the list)
        ids = [n for n in selected if self.graph.nodes[n].type != type_name]
        if not ids:
            return
        if len(ids) > 1:
            self.undo_stack.beginMacro(self.tr("Change {n} nodes to {type}").format(n=len(ids), type=type_name))
        renamed: dict[str, str] = {}
        for node_id in ids:
            command = ReplaceNodeTypeCommand(self.graph, node_id, type_name)
            self.undo_stack.push(command)
            renamed[node_id] = command.new_id  # a default id follows the type (tanh1 -> relu1)
        if len(ids) > 1:
            self.undo_stack.endMacro()
        self.set_nodes([renamed.get(n, n) for n in selected])

    def _current(self, param: Param) -> Any:
        if self.node_id is not None:
            return self.graph.nodes[self.node_id].params.get(param.name, param.default)
        return self.graph.training.get(param.name, param.default)

    def _params(self) -> dict[str, Param]:
        if self.node_id is not None:
            return {p.name: p for p in self.graph.nodes[self.node_id].spec.params}
        return {p.name: p for p in TRAINING_PARAMS} if not self.node_ids else {}

    def _refresh_values(self) -> None:
        params = self._params()
        for name, editor in self.editors.items():
            editor.set_value(self._current(params[name]))
        self._show_applicable()
        self._refresh_suggestions()
        self._refresh_data_view()

    def _show_applicable(self) -> None:
        """Hide the rows of parameters that do not apply to the node's current settings."""
        if self.node_id is None:
            return
        node = self.graph.nodes[self.node_id]
        values = {**node.spec.defaults(), **node.params}
        for param in node.spec.params:
            editor = self.editors.get(param.name)
            if editor is not None:
                self.form.setRowVisible(editor.widget, param.applies(values))

    def _refresh_data_view(self) -> None:
        """Give editors that draw (the Dataset's points) the node's other parameters, and show
        the data of a node whose `source` is a dataset (none for other nodes)."""
        node = self.graph.nodes.get(self.node_id) if self.node_id is not None else None
        if node is None:
            self.data_preview.show_for(None)
            return
        values = {**node.spec.defaults(), **node.params}
        for editor in self.editors.values():
            if hasattr(editor, "set_context"):
                editor.set_context(values)
        from nodeflow.compute.datasets import SOURCES

        is_data = node.spec.category == "data" and values.get("source") in SOURCES and "source" in self.editors
        self.data_preview.show_for(dict(node.params) if is_data else None, self.graph.base_dir)

    def _set_path(self, folder: str) -> None:
        """A folder picked in the data preview becomes the node's `path` (one undo step)."""
        editor = self.editors.get("path")
        params = self._params()
        if editor is not None and "path" in params:
            editor.set_value(folder)
            self._commit(params["path"], editor)

    def shown_params(self) -> list[str]:
        """The names of the parameters whose editors are shown (for tests and automation)."""
        return [name for name, editor in self.editors.items() if not editor.widget.isHidden()]

    def _refresh_suggestions(self) -> None:
        """Offer what the selected node's declarations suggest (a csv's columns for `target`),
        from its current parameters: a new file brings its own columns."""
        if self.node_id is None:
            return
        node = self.graph.nodes[self.node_id]
        for param in node.spec.params:
            editor = self.editors.get(param.name)
            if param.suggest is None or not hasattr(editor, "set_suggestions"):
                continue
            try:
                values = node.spec.validate_params(node.params)
                items = list(param.suggest(values, self.graph.base_dir))
            except Exception:  # noqa: BLE001 - suggestions are a convenience; the card reports errors
                items = []
            editor.set_suggestions(items)

    def _show_shapes(self) -> None:
        analysis, node_id = self._analysis, self.node_id
        text, style = "", ""
        if analysis is not None and node_id is not None:
            if node_id in getattr(analysis, "errors", {}):
                text, style = engine_text(analysis.errors[node_id]), ERROR_STYLE
            elif node_id in getattr(analysis, "inferred", {}):
                inferred = analysis.inferred[node_id]
                parts = [f"{port} → {t}" for port, t in inferred.outputs.items()]
                if inferred.param_count:
                    parts.append(self.tr("{n} parameters").format(n=f"{inferred.param_count:,}"))
                text = "   ·   ".join(parts)
                text = "\n".join(t for t in (text, self._round_text(analysis, node_id)) if t)
        self.shapes.setText(text)
        self.shapes.setStyleSheet(style)
        self.shapes.setVisible(bool(text))

    def _round_text(self, analysis: Any, node_id: str) -> str:
        """For an optimizer of a graph with several objectives (a GAN): the round it takes part
        in, in order with each optimizer's steps, and the weights it alone updates, so the
        alternation and the split of the weights are visible where `steps` is edited."""
        plan = getattr(analysis, "plan", None)
        objectives = getattr(plan, "objectives", ())
        mine = next((o for o in objectives if o.optimizer == node_id), None)
        if mine is None or len(objectives) < 2:
            return ""
        order = " → ".join(f"{o.optimizer} ×{o.steps}" for o in objectives)
        lines = [self.tr("Each round: {order}").format(order=order)]
        if mine.trains:
            lines.append(self.tr("Updates the weights of {nodes}").format(nodes=", ".join(mine.trains)))
        return "\n".join(lines)

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # ----------------------------------------------------------------- editing
    def _commit(self, param: Param, editor: ParamEditor) -> None:
        if self._refused is not None:
            self._refused.widget.setStyleSheet("")
            self._refused = None
        try:
            value = param.coerce(editor.value())
        except ValueError as exc:  # ParamError is a ValueError too
            kept = self._current(param)
            editor.set_value(kept)  # never leave a value shown that the node does not have
            editor.widget.setStyleSheet(REFUSED_STYLE)
            self._refused = editor
            self._set_error(self.tr("{reason}; kept {value}").format(
                reason=engine_text(str(exc)), value=format_value(kept) or self.tr("empty")))
            return
        self._set_error("")
        if value == self._current(param):
            return
        from nodeflow.ui import commands  # the canvas's undo commands

        if self.node_id is not None:
            self.undo_stack.push(commands.SetParamCommand(self.graph, self.node_id, param.name, value))
        else:
            self.undo_stack.push(commands.SetTrainingCommand(self.graph, param.name, value))

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if kind in ("param_changed", "training_changed"):
            self._refresh_values()
            self._show_curves()
        elif kind == "data_changed" and self.data_preview.isVisible():
            self.data_preview.refresh_now()  # a data file changed on disk
        elif kind == "renamed" and not self.node_ids:
            self.title.setText(self._graph_name())
        elif kind in ("reset", "node_removed", "node_added"):
            alive = [n for n in self.node_ids if n in self.graph.nodes]
            if alive != self.node_ids or kind == "reset":
                self.node_ids = alive
                self.rebuild()
