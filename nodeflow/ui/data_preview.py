"""The Dataset's data, shown in the inspector before training (`DataPreview`).

Under a Dataset's parameters: the split sizes and class counts, then what suits the data — a
grid of sample images with their class names, a scatter of two chosen features coloured by
class (or by value, for regression), the first rows of a csv with each column's type (number,
text with its categories, the target). The figures come from the Qt-free
`nodeflow.compute.datasets.preview`; this widget only draws them. It refreshes a moment after
the parameters settle (typing a path does not read a file per keystroke).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute.datasets.preview import Preview, preview
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.training.inspect import PALETTE

SETTLE_MS = 150
FOLDER_SOURCES = ("image_folder", "cifar10")
"""Sources whose `path` is a folder: the preview offers a folder chooser."""


def class_color(k: int) -> QColor:
    return QColor(PALETTE[k % len(PALETTE)])


class ImageGrid(QWidget):
    """Sample images in a grid, each with its class name under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dataPreviewImages")
        self.images: np.ndarray | None = None
        self.labels: tuple[int, ...] = ()
        self.names: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_images(self, images: np.ndarray | None, labels: tuple[int, ...], names: tuple[str, ...]) -> None:
        self.images, self.labels, self.names = images, labels, names
        self.updateGeometry()
        self.update()

    def _columns(self) -> int:
        return max(1, min(8, self.width() // 56))

    def _cell(self) -> float:
        return self.width() / self._columns()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        n = 0 if self.images is None else len(self.images)
        columns = max(1, min(8, width // 56))
        rows = -(-n // columns)
        return int(rows * (width / columns + 14))

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        self.setFixedHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        if self.images is None or not len(self.images):
            return
        painter = QPainter(self)
        columns, cell = self._columns(), self._cell()
        font = QFont(self.font())
        font.setPixelSize(10)
        painter.setFont(font)
        for i, image in enumerate(self.images):
            row, col = divmod(i, columns)
            x, y = col * cell, row * (cell + 14)
            side = cell - 6
            painter.drawImage(QRectF(x + 3, y + 3, side, side), _qimage(image))
            if i < len(self.labels):
                k = self.labels[i]
                name = self.names[k] if k < len(self.names) else str(k)
                painter.setPen(class_color(k))
                shown = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(cell - 2))
                painter.drawText(QRectF(x, y + cell - 2, cell, 14), Qt.AlignmentFlag.AlignCenter, shown)


def _qimage(image: np.ndarray) -> QImage:
    """(C, H, W) in [0, 1] -> a QImage (grey or RGB), copied so the array may go."""
    pixels = np.ascontiguousarray((np.clip(image, 0, 1) * 255).astype(np.uint8))
    if pixels.shape[0] == 1:
        h, w = pixels.shape[1:]
        return QImage(pixels[0].tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()
    rgb = np.ascontiguousarray(pixels[:3].transpose(1, 2, 0))
    h, w = rgb.shape[:2]
    return QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class DataPreview(QWidget):
    """`show_for(params, base_dir)` for a Dataset's parameters; `show_for(None)` hides it.
    `folderChosen(path)`: the person picked a folder for `path` (the file dialog of the path
    editor picks files)."""

    folderChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dataPreview")
        self.title = QLabel(objectName="dataPreviewTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(objectName="dataPreviewSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(objectName="dataPreviewMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_folder = QPushButton(objectName="dataPreviewChooseFolder")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.grid = ImageGrid()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = QTableWidget(objectName="dataPreviewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.setMinimumHeight(120)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # scrolls inside
        self.feature_x = QComboBox(objectName="dataPreviewFeatureX")
        self.feature_y = QComboBox(objectName="dataPreviewFeatureY")
        self.feature_x.currentIndexChanged.connect(self._draw_scatter)
        self.feature_y.currentIndexChanged.connect(self._draw_scatter)
        self.features_row = QWidget()
        self.features_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for combo in (self.feature_x, self.feature_y):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
        row = QHBoxLayout(self.features_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.across_label, self.up_label = QLabel(), QLabel()
        row.addWidget(self.across_label)
        row.addWidget(self.feature_x, 1)
        row.addWidget(self.up_label)
        row.addWidget(self.feature_y, 1)
        self.scatter = pg.PlotWidget(objectName="dataPreviewScatter", background="w")
        self.scatter.setMinimumHeight(180)
        self.scatter.setMinimumWidth(0)
        self.scatter.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.scatter.setMenuEnabled(False)
        self.scatter.hideButtons()
        self.scatter_items = pg.ScatterPlotItem(size=5, pen=None)
        self.scatter.addItem(self.scatter_items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        for w in (self.title, self.choose_folder, self.summary, self.message, self.grid, self.features_row,
                  self.scatter, self.table):
            layout.addWidget(w)
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self._refresh)
        self._wanted: tuple[dict[str, Any], str | None] | None = None
        self._shown_key: Any = None
        self.current: Preview | None = None
        self.retranslate()
        self._show(None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Data"))
        self.choose_folder.setText(self.tr("Choose folder…"))
        self.choose_folder.setToolTip(self.tr("Pick the folder that holds one sub-folder of images per class."))
        self.across_label.setText(self.tr("across"))
        self.up_label.setText(self.tr("up"))
        if self.current is not None:  # the engine's words (an error, notes) in the new language
            self.summary.setText(self._summary_text(self.current))
            self.message.setText(engine_text(self.current.error or ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- public
    def show_for(self, params: dict[str, Any] | None, base_dir: str | Path | None = None) -> None:
        """Preview a Dataset with these parameters (soon), or hide when None."""
        if params is None:
            self._wanted = None
            self.timer.stop()
            self._shown_key = None
            self.hide()
            return
        self._wanted = (dict(params), None if base_dir is None else str(base_dir))
        self.choose_folder.setVisible(params.get("source") in FOLDER_SOURCES)
        self.timer.start()

    def refresh_now(self) -> None:
        """Preview at once (tests, and a data file that changed on disk)."""
        self.timer.stop()
        self._shown_key = None
        self._refresh()

    def _choose_folder(self) -> None:
        start = ""
        if self._wanted is not None:
            start = str(Path(self._wanted[1] or ".") / str(self._wanted[0].get("path") or ""))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        if folder:
            self.folderChosen.emit(folder)

    # ---------------------------------------------------------------- drawing
    def _refresh(self) -> None:
        if self._wanted is None:
            return
        params, base = self._wanted
        key = (repr(sorted(params.items())), base)
        if key == self._shown_key and self.current is not None:
            return
        self._shown_key = key
        self._show(preview(params, base))

    def _show(self, found: Preview | None) -> None:
        self.current = found
        self.setVisible(found is not None)
        for w in (self.grid, self.features_row, self.scatter, self.table):
            w.hide()
        if found is None:
            return
        self.summary.setText(self._summary_text(found))
        self.summary.setVisible(bool(self.summary.text()))
        self.message.setText(engine_text(found.error or ""))
        self.message.setStyleSheet("color: #b42318;" if found.error else "")
        self.message.setVisible(bool(found.error))
        if found.error:
            return
        if found.images is not None and len(found.images):
            self.grid.set_images(found.images, found.image_labels, found.class_names)
            self.grid.show()
        if found.points is not None and found.points.shape[1] >= 1:
            self._fill_features(found.features or tuple(f"x{i + 1}" for i in range(found.points.shape[1])))
            self.features_row.setVisible(found.points.shape[1] > 2)
            self.scatter.show()
            self._draw_scatter()
        if found.rows:
            self._fill_table(found)

    def _summary_text(self, found: Preview) -> str:
        parts = []
        if found.n is not None:
            parts.append(self.tr("{n} samples").format(n=f"{found.n:,}"))
        if found.sizes is not None:
            train, val, test = found.sizes
            parts.append(self.tr("train {a} · validation {b} · test {c}").format(a=f"{train:,}", b=f"{val:,}", c=f"{test:,}"))
        text = " · ".join(parts)
        if found.class_counts:
            names = found.class_names or tuple(str(i) for i in range(len(found.class_counts)))
            counts = ", ".join(f"{names[i] if i < len(names) else i} {c:,}" for i, c in enumerate(found.class_counts))
            text += "\n" + self.tr("classes: {counts}").format(counts=counts)
        for note in found.notes[:3]:
            text += "\n" + engine_text(note)
        return text

    def _fill_features(self, names: tuple[str, ...]) -> None:
        current = [self.feature_x.itemText(i) for i in range(self.feature_x.count())]
        if current == list(names):
            return
        for combo, index in ((self.feature_x, 0), (self.feature_y, 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(names))
            combo.setCurrentIndex(min(index, len(names) - 1))
            combo.blockSignals(False)

    def _draw_scatter(self) -> None:
        found = self.current
        if found is None or found.points is None:
            return
        pts, values = found.points, found.values
        i = max(0, self.feature_x.currentIndex())
        j = max(0, self.feature_y.currentIndex())
        if pts.shape[1] == 1:  # one input: the data as a curve, target up
            xs, ys = pts[:, 0], values if values is not None else np.zeros(len(pts))
            brushes = [pg.mkBrush(PALETTE[0])] * len(xs)
        else:
            xs, ys = pts[:, min(i, pts.shape[1] - 1)], pts[:, min(j, pts.shape[1] - 1)]
            if found.task == "classification" and values is not None:
                brushes = [pg.mkBrush(class_color(int(v))) for v in values]
            else:
                brushes = _value_brushes(values)
        self.scatter_items.setData(xs, ys, brush=brushes)
        self.scatter.enableAutoRange()

    def _fill_table(self, found: Preview) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(found.columns))
        table.setRowCount(len(found.rows))
        table.setHorizontalHeaderLabels([f"{c}\n({k})" for c, k in zip(found.columns, found.kinds, strict=False)])
        for r, fields in enumerate(found.rows):
            for c, text in enumerate(fields[: len(found.columns)]):
                table.setItem(r, c, QTableWidgetItem(text if text else "—"))
        table.resizeColumnsToContents()
        height = table.horizontalHeader().sizeHint().height() + 20 * len(found.rows) + 6
        table.setFixedHeight(min(height + table.horizontalScrollBar().sizeHint().height(), 260))
        table.show()


def _value_brushes(values: np.ndarray | None) -> list:
    if values is None or not len(values):
        return []
    lo, hi = float(values.min()), float(values.max())
    t = (values - lo) / (hi - lo if hi > lo else 1.0)
    low, high = np.array([47, 111, 214]), np.array([224, 123, 36])
    return [pg.mkBrush(*(low + v * (high - low)).astype(int)) for v in t]
