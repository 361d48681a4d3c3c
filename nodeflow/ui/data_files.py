"""Watch the data files a graph reads and check the graph again when one changes.

A Dataset's csv with a bad row shows its error on the card; the learner fixes the file in
another program and comes back: the error must be gone without touching the graph. This
watches every file named by a `path` parameter (and its folder, since editors save by
writing a new file and renaming it over the old one), and a folder named by one (an image
folder) with its class folders; when one changes, it sends the
document's `data_changed` event, on which the canvas analyses the graph again. The readers
cache by the file's identity and times, so an unchanged file costs nothing to check again.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from nodeflow.graph.document import Graph
from nodeflow.nodes import REGISTRY, NodeError
from nodeflow.userfiles import is_regular_file

SETTLE_MS = 200
"""Wait this long after the last change before checking (a save is several file events)."""


def data_paths(graph: Graph) -> set[str]:
    """Absolute paths of the files the graph's nodes read (their `path`-kind parameters),
    relative ones taken from the graph file's folder."""
    paths: set[str] = set()
    base = graph.base_dir or os.getcwd()
    for node in graph.nodes.values():
        try:
            spec = REGISTRY.get(node.type)
        except NodeError:
            continue
        for param in spec.params:
            value = node.params.get(param.name) if param.kind == "path" else None
            if isinstance(value, str) and value.strip() and "\x00" not in value:
                try:
                    text = os.path.expanduser(value.strip())
                except (RuntimeError, KeyError):
                    text = value.strip()
                paths.add(os.path.abspath(os.path.join(base, text)))
    return paths


MAX_WATCHED_FOLDERS = 256
"""Class folders of an image folder watched at most (a new image changes its folder)."""


def data_folders(paths: set[str]) -> set[str]:
    """Folders the graph reads (an image folder, a CIFAR-10 folder) and their sub-folders, so a
    new image or class is seen; at most MAX_WATCHED_FOLDERS, symbolic links not followed."""
    found: set[str] = set()
    for path in sorted(paths):
        if not os.path.isdir(path):
            continue
        found.add(path)
        try:
            with os.scandir(path) as entries:
                for entry in entries:
                    if len(found) >= MAX_WATCHED_FOLDERS:
                        return found
                    if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                        found.add(entry.path)
        except OSError:
            continue
    return found


class DataFileWatcher(QObject):
    """Sends `graph.changed("data_changed")` when a file the graph reads changes on disk."""

    def __init__(self, graph: Graph, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_disk_changed)
        self.watcher.directoryChanged.connect(self._on_disk_changed)
        self.timer = QTimer(self, objectName="dataFileTimer", singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self._announce)
        self._wanted: set[str] = set()
        graph.changed.connect(self._on_graph_changed)
        self.refresh()

    def refresh(self) -> None:
        """Watch exactly the files the graph names now (and the folders they are in)."""
        self._wanted = data_paths(self.graph)
        folders = {os.path.dirname(p) for p in self._wanted}
        wanted = {p for p in self._wanted if is_regular_file(p)} | {d for d in folders if os.path.isdir(d)}
        wanted |= data_folders(self._wanted)
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def detach(self) -> None:
        """Stop watching (the window is closing)."""
        self.timer.stop()
        self.graph.changed.disconnect(self._on_graph_changed)
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)

    def _on_graph_changed(self, kind: str, *_args: Any) -> None:
        if kind in ("param_changed", "node_added", "node_removed", "reset"):
            self.refresh()

    def _on_disk_changed(self, _path: str) -> None:
        self.timer.start()

    def _announce(self) -> None:
        self.refresh()  # a file replaced by a rename is a new file to watch
        self.graph.changed.emit("data_changed")
