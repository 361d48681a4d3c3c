"""The main window: canvas in the middle, palette left, inspector right, training plots below.

The window keeps exactly one `Graph` for its lifetime and holds no model state of its own: the
canvas, the inspector and the status bar all redraw from the document. File handling lives in
`file_ops.FileOps`; the canvas (and its undo commands) in `nodeflow.ui.canvas`; training, the
document's runs and the weights Continue starts from in `nodeflow.ui.training.dock`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph
from nodeflow.graph.memory import size_text as memory_size
from nodeflow.i18n import QT_TRANSLATE_NOOP, translate
from nodeflow.i18n.engine import engine_text
from nodeflow.i18n.node_strings import graph_text
from nodeflow.ui import file_ops
from nodeflow.ui.data_files import DataFileWatcher
from nodeflow.ui.experiments import install_experiments
from nodeflow.ui.i18n.live import keep
from nodeflow.ui.i18n.menu import add_language_menu
from nodeflow.ui.icons import icon
from nodeflow.ui.inspector import Inspector
from nodeflow.ui.interop_actions import InteropActions
from nodeflow.ui.lessons import install_lessons
from nodeflow.ui.palette import Palette
from nodeflow.ui.presentation import install_presentation
from nodeflow.ui.stepping import install_stepping
from nodeflow.ui.training.dock import TrainingDock

APP_NAME = "nodeflow"
GRAPH_SUFFIX = ".nodeflow"
ERROR_STYLE = "color: #c0392b;"
DEFAULT_SIZE = QSize(1280, 800)
SCREEN_SHARE = 0.92
"""At most this share of the screen's free area, so the whole window (frame included) fits."""


def plural(n: int, word: str) -> str:
    """A count with its word: "1 parameter", "2 parameters", "1,024 multiply-adds"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def fitted_geometry(wanted: QRect, available: QRect) -> QRect:
    """`wanted` shrunk to at most SCREEN_SHARE of `available` and moved onto it."""
    w = min(wanted.width(), int(available.width() * SCREEN_SHARE))
    h = min(wanted.height(), int(available.height() * SCREEN_SHARE))
    x = min(max(wanted.x(), available.x()), available.right() - w)
    y = min(max(wanted.y(), available.y()), available.bottom() - h)
    return QRect(x, y, w, h)


def window_title(graph_name: str, path: Path | None) -> str:
    """The document's name for the title bar: its file's name, else the graph's ("Untitled").
    Qt adds the application's name ("— nodeflow") and the modified marker."""
    name = path.name if path is not None else (graph_name.strip() or "Untitled")
    if path is None and name == "Untitled":  # the document's default name, not one a person gave
        name = translate("MainWindow", "Untitled")
    elif path is None:
        name = graph_text(name)  # an example's or a lesson's name in the window's language
    return f"{name}[*]"


def example_entries() -> list[tuple[str, Path]]:
    """(menu title, path) for every bundled example, in the order `list_examples()` gives."""
    from nodeflow.examples import list_examples

    return [(str(title), Path(path)) for title, path in list_examples()]


def analysis_summary(graph: Graph, analysis: Any) -> tuple[str, bool]:
    """The status-bar text and whether it is an error."""
    if not analysis.ok:
        return engine_text(str(analysis.first_error)), True
    from nodeflow.graph.blocks import is_card

    nodes = sum(1 for n in graph.nodes if not is_card(n))  # inside a block: not its port cards
    params, macs = analysis.param_count, analysis.macs
    parts = [
        (translate("MainWindow", "1 node") if nodes == 1 else translate("MainWindow", "{n} nodes")).format(n=f"{nodes:,}"),
        (translate("MainWindow", "1 parameter") if params == 1
         else translate("MainWindow", "{n} parameters")).format(n=f"{params:,}"),
        (translate("MainWindow", "1 multiply-add per sample") if macs == 1
         else translate("MainWindow", "{n} multiply-adds per sample")).format(n=f"{macs:,}"),
    ]
    memory = getattr(analysis, "memory", None)
    if memory is not None and memory.total:
        parts.append(translate("MainWindow", "about {size} to train").format(size=memory_size(memory.total)))
    parts += [engine_text(note) for inferred in analysis.inferred.values() for note in inferred.notes]
    return " · ".join(parts), False


class MainWindow(QMainWindow):
    """The application window; `path` opens a graph file."""

    def __init__(self, path: str | os.PathLike | None = None, dialogs: file_ops.Dialogs | None = None) -> None:
        super().__init__()
        from nodeflow.ui.canvas.view import CanvasView  # imported late so tests can stand in for it

        self.setObjectName("mainWindow")
        self.graph = Graph()
        self.undo_stack = QUndoStack(self)
        self.dialogs = dialogs or file_ops.Dialogs()
        self.canvas = CanvasView(self.graph, self.undo_stack, self)
        self.canvas.setObjectName("canvas")
        self.setCentralWidget(self.canvas)
        self.files = file_ops.FileOps(self.graph, self.undo_stack, self, self.dialogs)

        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.setAcceptDrops(True)
        self.help_windows: dict[str, QDialog] = {}
        self.resize(DEFAULT_SIZE)
        if not self._restore_settings():
            self._fit_to_screen()
            self._default_dock_sizes()
        else:
            self._fit_to_screen()

        self.files.start(path)  # the file, or unsaved work offered back
        self._update_title()
        self._show_analysis(analyze(self.graph))
        self.canvas.setFocus()

    # ---------------------------------------------------------------- building
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        keep(dock, "setWindowTitle", title)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.palette = Palette()
        self.palette_dock = self._dock("palette", QT_TRANSLATE_NOOP("MainWindow", "Nodes"), self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector = Inspector(self.graph, self.undo_stack)
        self.inspector_dock = self._dock(
            "inspector", QT_TRANSLATE_NOOP("MainWindow", "Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        # relative data paths resolve against the open file's folder (graph.base_dir)
        self.training = TrainingDock(self.graph, self.undo_stack, self.canvas, base_dir=lambda: self.graph.base_dir)
        self.training.settings.hide()  # the inspector edits epochs, seed and patience
        self.training_plots = self.training.plots  # objectName "trainingPlots" (DESIGN.md)
        self.runs = self.training.book  # the document's runs and the weights Continue starts from
        self.training_dock = self._dock(
            "trainingDock", QT_TRANSLATE_NOOP("MainWindow", "Training"), self.training, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _default_dock_sizes(self) -> None:
        """Docks sized to the window (when no saved layout says otherwise): the palette's names
        and the inspector's editors readable, the training dock a good third of the height."""
        w, h = self.width(), self.height()
        side = [int(min(220, max(160, 0.16 * w))), int(min(320, max(220, 0.22 * w)))]
        self.resizeDocks([self.palette_dock, self.inspector_dock], side, Qt.Orientation.Horizontal)
        self.resizeDocks([self.training_dock], [int(min(420, max(220, 0.38 * h)))], Qt.Orientation.Vertical)

    def _action(self, name: str, text: str, slot: Any = None, shortcut: Any = None, icon_name: str = "",
                tip: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        keep(action, "setText", text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            keep(action, "setStatusTip", tip)
        if slot is not None:
            action.triggered.connect(slot)
        setattr(self, name, action)
        return action

    def _menu(self, parent: Any, title: str) -> QMenu:
        """A menu of the menu bar (or a submenu) whose title follows the Language menu."""
        menu = parent.addMenu("")
        keep(menu, "setTitle", title)
        return menu

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        files, canvas = self.files, self.canvas
        self._action("actionNew", QT_TRANSLATE_NOOP("MainWindow", "&New"), files.new, K.New, "new", QT_TRANSLATE_NOOP("MainWindow", "Start an empty graph"))
        self._action("actionOpen", QT_TRANSLATE_NOOP("MainWindow", "&Open…"), lambda: files.open(), K.Open, "open", QT_TRANSLATE_NOOP("MainWindow", "Open a graph file"))
        self._action("actionSave", QT_TRANSLATE_NOOP("MainWindow", "&Save"), files.save, K.Save, "save", QT_TRANSLATE_NOOP("MainWindow", "Save the graph"))
        self._action("actionSaveAs", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"), lambda: files.save_as(), K.SaveAs, "", QT_TRANSLATE_NOOP("MainWindow", "Save under a new name"))
        self._action("actionExport", QT_TRANSLATE_NOOP("MainWindow", "&Export as Python…"), self._export, "Ctrl+E", "export",
                     QT_TRANSLATE_NOOP("MainWindow", "Write a standalone training script (NumPy or PyTorch)"))
        self._action("actionQuit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, K.Quit)

        self.actionUndo = self.undo_stack.createUndoAction(self)
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setShortcut(QKeySequence(K.Undo))
        self.actionUndo.setIcon(icon("undo"))
        self.actionRedo = self.undo_stack.createRedoAction(self)
        self.actionRedo.setObjectName("actionRedo")
        redo_keys = QKeySequence.keyBindings(K.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):  # both habits, on every platform
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.actionRedo.setShortcuts(redo_keys)
        self.actionRedo.setIcon(icon("redo"))
        # the canvas's own actions (shortcuts, undo, context menus: nodeflow/ui/canvas/actions.py)
        acts = canvas.acts
        for action in [*acts.edit_menu, *acts.view_menu, *acts.arrange_menu]:
            if action is not None:
                setattr(self, action.objectName(), action)
        acts.duplicate.setIcon(icon("duplicate"))
        acts.delete.setIcon(icon("delete"))
        acts.zoom_fit.setIcon(icon("zoom_fit"))
        self._action("actionSnapToGrid", QT_TRANSLATE_NOOP("MainWindow", "&Snap to Grid"), None, "Ctrl+G")
        self.actionSnapToGrid.setCheckable(True)
        self.actionSnapToGrid.toggled.connect(canvas.set_snap_to_grid)
        self._action("actionLock", QT_TRANSLATE_NOOP("MainWindow", "&Lock Canvas"), None, "Ctrl+L", "", QT_TRANSLATE_NOOP("MainWindow", "Prevent accidental edits on the canvas"))
        self.actionLock.setCheckable(True)
        self.actionLock.toggled.connect(canvas.set_locked)

        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        self._undo_texts()

        self._action("actionTrain", QT_TRANSLATE_NOOP("MainWindow", "&Train"), None, "F5", "train",
                     QT_TRANSLATE_NOOP("MainWindow", "Train a new run from fresh seeded weights (the same seed gives the same curve)"))
        self._action("actionContinue", QT_TRANSLATE_NOOP("MainWindow", "&Continue Training"), None, "Ctrl+F5", "continue",
                     QT_TRANSLATE_NOOP("MainWindow", "Train a new run from the weights the last run ended with; its curves go on from there"))
        self._action("actionStepEpoch", QT_TRANSLATE_NOOP("MainWindow", "Step One &Epoch"), None, "F7", "step",
                     QT_TRANSLATE_NOOP("MainWindow", "Train one epoch, then pause (starts a run from fresh weights when none goes)"))
        self._action("actionPause", QT_TRANSLATE_NOOP("MainWindow", "&Pause"), None, "F6", "pause", QT_TRANSLATE_NOOP("MainWindow", "Pause training between batches"))
        self._action("actionStop", QT_TRANSLATE_NOOP("MainWindow", "St&op"), None, "Shift+F5", "stop", QT_TRANSLATE_NOOP("MainWindow", "Stop training"))
        self._action("actionResetWeights", QT_TRANSLATE_NOOP("MainWindow", "&Reset Weights"), None, None, "",
                     QT_TRANSLATE_NOOP("MainWindow", "Forget the trained weights, so that Continue has nothing to start from"))
        keep(self.actionContinue, "setIconText", QT_TRANSLATE_NOOP("MainWindow", "Continue"))
        keep(self.actionStepEpoch, "setIconText", QT_TRANSLATE_NOOP("MainWindow", "Step"))
        self._action("actionGradcheck", QT_TRANSLATE_NOOP("MainWindow", "Check &Gradients"), self.training.run_gradcheck, "Ctrl+Shift+G", "",
                     QT_TRANSLATE_NOOP("MainWindow", "Compare every layer's backprop gradient with central differences"))
        self.training.bind_actions(train=self.actionTrain, pause=self.actionPause, stop=self.actionStop,
                                   continue_=self.actionContinue, step=self.actionStepEpoch,
                                   reset=self.actionResetWeights)
        self.interop = InteropActions(self)  # actionExportOnnx, actionImport, actionTensorBoard

        self._action("actionUserGuide", QT_TRANSLATE_NOOP("MainWindow", "User &Guide"), lambda: self.show_help("guide"), K.HelpContents, "",
                     QT_TRANSLATE_NOOP("MainWindow", "Read how to use nodeflow"))
        self._action("actionShortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), lambda: self.show_help("shortcuts"), "Ctrl+/",
                     "", QT_TRANSLATE_NOOP("MainWindow", "Every shortcut of the window and what the mouse does on the canvas"))
        self._action("actionAbout", QT_TRANSLATE_NOOP("MainWindow", "&About nodeflow"), lambda: self.show_help("about"), None, "",
                     QT_TRANSLATE_NOOP("MainWindow", "Version and licence"))

    def _undo_texts(self, *_args: Any) -> None:
        """"Undo Add Dense" in the menu, a short "Undo" on the toolbar, in the current language."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.actionUndo.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.actionRedo.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))
        self.actionUndo.setIconText(self.tr("Undo"))  # a short toolbar label; menu text and tooltip say what
        self.actionRedo.setIconText(self.tr("Redo"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        file_menu.addActions([self.actionNew, self.actionOpen, self.actionImport])
        self.recent_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        self.examples_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "E&xamples"))
        self.examples_menu.setObjectName("menuExamples")
        self._fill_examples()
        file_menu.addSeparator()
        file_menu.addActions([self.actionSave, self.actionSaveAs, self.actionExport, self.actionExportOnnx])
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)

        edit = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        edit.setObjectName("menuEdit")
        edit.addActions([self.actionUndo, self.actionRedo])
        edit.addSeparator()
        self._add_actions(edit, self.canvas.acts.edit_menu)

        view = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        view.setObjectName("menuView")
        self._add_actions(view, self.canvas.acts.view_menu)
        arrange = self._menu(view, QT_TRANSLATE_NOOP("MainWindow", "&Arrange"))
        arrange.setObjectName("menuArrange")
        self._add_actions(arrange, self.canvas.acts.arrange_menu)
        view.addSeparator()
        view.addActions([self.actionSnapToGrid, self.actionLock])
        view.addSeparator()
        for dock in (self.palette_dock, self.inspector_dock, self.training_dock):
            view.addAction(dock.toggleViewAction())
        install_lessons(self, view)  # View ▸ Lessons, Presentation Mode, Language (nodeflow.ui.lessons etc.)
        install_presentation(self, view)
        add_language_menu(self, view)

        run = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Run"))
        run.addActions([self.actionTrain, self.actionContinue, self.actionStepEpoch, self.actionPause,
                        self.actionStop])
        install_stepping(self, run, view)  # actionStep, actionStepBack and the Stepping dock (nodeflow.ui.stepping)
        run.addSeparator()
        run.addAction(self.actionResetWeights)
        run.addSeparator()
        install_experiments(self, run)  # Run ▸ Run Variants… and the Experiments tab (nodeflow.ui.experiments)
        run.addSeparator()
        run.addAction(self.actionGradcheck)
        run.addAction(self.actionTensorBoard)

        help_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addActions([self.actionUserGuide, self.actionShortcuts])
        help_menu.addSeparator()
        help_menu.addAction(self.actionAbout)
        self._fill_recent(self.files.recent_files())

    @staticmethod
    def _add_actions(menu: Any, actions: list[QAction | None]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        keep(bar, "setWindowTitle", QT_TRANSLATE_NOOP("MainWindow", "Main Toolbar"))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.actionNew, self.actionOpen, self.actionSave])
        bar.addSeparator()
        bar.addActions([self.actionUndo, self.actionRedo])
        bar.addSeparator()
        bar.addActions([self.actionZoomToFit])
        bar.addSeparator()
        bar.addActions([self.actionTrain, self.actionContinue, self.actionStepEpoch, self.actionPause,
                        self.actionStop])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_status_bar(self) -> None:
        self.analysis_label = QLabel(objectName="analysisLabel")
        self.analysis_label.setTextFormat(Qt.TextFormat.PlainText)
        # a long error message must not widen the window: let the label be cut, with a tooltip
        self.analysis_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.analysis_label, 1)
        # one message at a time: QStatusBar hides its widgets for a message only if they are
        # visible at that moment, so a message shown before the window (opening a file at start)
        # was drawn over the analysis text. Hide the label for as long as any message shows.
        self.statusBar().messageChanged.connect(lambda text: self.analysis_label.setVisible(not text))

    def _connect(self) -> None:
        self.canvas.selectionChangedNodes.connect(self.inspector.set_nodes)
        self.canvas.documentSwitched.connect(self.inspector.set_document)  # a block entered or left
        self.canvas.analysisChanged.connect(self._show_analysis)
        # the canvas explains refused wires here; training says how a run ended
        self.canvas.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.training.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # each document shows its own runs and weights; saving writes them beside the graph
        self.files.documentReplaced.connect(self._on_document_replaced)
        self.files.saved.connect(self.training.save_document)
        # what the selected node learned: live while training, then the run's (or the file's) weights
        self.training.learnedChanged.connect(self.inspector.show_learned)
        self.palette.nodeRequested.connect(self.add_node_at_center)
        self.files.modifiedChanged.connect(self.setWindowModified)
        self.files.pathChanged.connect(self._update_title)
        self.files.recentChanged.connect(self._fill_recent)
        self.graph.changed.connect(self._on_graph_changed)
        # a data file fixed in another program: check the graph again (its error clears)
        self.data_files = DataFileWatcher(self.graph, self)
        self.files.saved.connect(lambda _path: self.data_files.refresh())

    # ------------------------------------------------------------------ menus
    def _fill_examples(self) -> None:
        self.examples_menu.clear()
        try:
            entries = example_entries()
        except ImportError:
            entries = []
        for title, path in entries:
            action = self.examples_menu.addAction(graph_text(title))
            action.setData(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_example(p))
        self.examples_menu.setEnabled(bool(entries))

    def _fill_recent(self, files: list[str]) -> None:
        self.recent_menu.clear()
        for i, name in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1}  {Path(name).name}")
            action.setToolTip(name)
            action.setData(name)
            action.triggered.connect(lambda _c=False, p=name: self.files.open(p))
        self.recent_menu.setEnabled(bool(files))

    # ---------------------------------------------------------------- actions
    def open_example(self, path: str | os.PathLike, ask: bool = True) -> bool:
        """Open an example as a new untitled document (saving asks where, never overwrites it)."""
        ok = self.files.open_template(path, ask=ask)
        if ok:
            self.canvas.zoom_to_fit(readable=True)
        return ok

    def add_node_at_center(self, type_name: str) -> None:
        """A palette double-click: the new card goes near the view's centre where it covers
        no other card."""
        self.canvas.add_node_at_center(type_name)

    def _export(self) -> None:
        base = self.files.path.with_suffix(".py") if self.files.path else Path.home() / "network.py"
        chosen = self.dialogs.export_path(self, str(base))
        if not chosen:
            return
        target_path, target = chosen
        try:
            file_ops.export_script(self.graph, Path(target_path), target)
        except (ValueError, OSError) as exc:  # GraphError is a ValueError
            self.dialogs.error(self, self.tr("Cannot export"), engine_text(str(exc)))
            return
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=Path(target_path).name), 4000)

    def menu_actions(self) -> list[QAction]:
        """Every action of the menu bar, in menu order (submenus included). (Not through
        `QAction.menu()`: PySide takes ownership of the menu it returns and deletes it.)"""
        submenus = [(m.menuAction(), m) for m in self.menuBar().findChildren(QMenu)]  # wrappers kept alive
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = next((m for a, m in submenus if a is action), None)
                if menu is not None:
                    walk(menu.actions())
                elif not action.isSeparator():
                    found.append(action)

        walk(self.menuBar().actions())
        return found

    def show_help(self, which: str) -> QDialog:
        """Open (or raise) a Help window: "guide", "shortcuts" or "about"."""
        from nodeflow.ui import help as help_windows

        window = self.help_windows.get(which)
        if window is None:
            if which == "guide":
                window = help_windows.GuideWindow(self)
            elif which == "shortcuts":
                window = help_windows.ShortcutsWindow(self.menu_actions(), self)
            else:
                window = help_windows.AboutWindow(self)
            self.help_windows[which] = window
        if window.isVisible():
            window.raise_()  # already open: bring it to the front
        window.show()
        return window

    # ------------------------------------------------------------- document
    def _on_document_replaced(self, path: Path | None) -> None:
        """New, Open, an example: nothing of the last document stays on screen."""
        self.statusBar().clearMessage()
        self.training.open_document(path)

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if kind in ("reset", "renamed"):
            self._update_title()

    def _update_title(self, *_args: Any) -> None:
        self.setWindowTitle(window_title(self.graph.name, self.files.path))
        self.setWindowModified(self.files.is_modified())

    def _show_analysis(self, analysis: Any) -> None:
        text, is_error = analysis_summary(self.canvas.graph, analysis)  # inside a block: the block's
        self.analysis_label.setText(text)
        self.analysis_label.setToolTip(text)
        self.analysis_label.setStyleSheet(ERROR_STYLE if is_error else "")
        self.inspector.set_analysis(analysis)

    # ------------------------------------------------------ drag and drop files
    @staticmethod
    def _graph_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().endswith(GRAPH_SUFFIX)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._graph_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._graph_files(event)
        if files:
            event.acceptProposedAction()
            self.files.open(files[0])
        else:
            super().dropEvent(event)

    # ----------------------------------------------------------- persistence
    def _fit_to_screen(self) -> None:
        """Keep the whole window on its screen, whatever the scale factor or the saved size."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra = QSize(frame.width() - self.width(), frame.height() - self.height())
        wanted = QRect(self.pos(), self.size() + extra)
        fitted = fitted_geometry(wanted, available)
        if fitted != wanted:
            self.resize(fitted.size() - extra)
            self.move(fitted.topLeft())

    def _restore_settings(self) -> bool:
        """Geometry, dock layout and canvas options of the last session; False when there were none."""
        settings = file_ops.app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        restored = isinstance(state, QByteArray) and self.restoreState(state)
        snap = settings.value("canvas/snapToGrid", False)
        self.actionSnapToGrid.setChecked(snap in (True, "true"))
        minimap = settings.value("canvas/minimap", True)
        self.actionMinimap.setChecked(minimap in (True, "true"))
        return bool(restored)

    def _save_settings(self) -> None:
        settings = file_ops.app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("canvas/snapToGrid", self.actionSnapToGrid.isChecked())
        settings.setValue("canvas/minimap", self.actionMinimap.isChecked())
        settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        """View ▸ Language: texts worked out from the document are set again (menus and
        actions follow by themselves, see nodeflow.ui.i18n.live)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._undo_texts()
            self._fill_examples()
            self._update_title()
            self._show_analysis(analyze(self.graph))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_settings()
        for window in self.help_windows.values():
            window.close()
        self.training.shutdown()
        self.stepping_session.detach()
        self.experiments.shutdown()
        self.files.shutdown()
        self.data_files.detach()
        self.canvas.leave_block()  # inside a block: the graph's own scene is the one to detach
        self.inspector.detach()
        self.canvas.scene().detach()
        self.statusBar().clearMessage()  # stops its timeout timer
        event.accept()
