"""Screenshots of the GAN tab for the guide: each GAN example trained in the window, grabbed at
1600x1000 and 1024x700 with the training dock raised to half the window (as a person drags it
to watch), then the Curves tab of the same run (both losses, D's accuracy). NODEFLOW_SHOTS=DIR
writes them elsewhere. Run offscreen from the repository root:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_gan_screenshots.py [EXAMPLE EPOCHS] ...

It trains in a temporary copy of the example (no runs file is left beside the real one).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("NODEFLOW_SHOTS") or Path(__file__).resolve().parent)
DEFAULT = [("gan_1d_gaussian", 300), ("gan_2d_mixture", 100), ("gan_2d_ring", 100), ("gan_digits", 60)]


def shoot(app: QApplication, name: str, epochs: int) -> str:
    from nodeflow.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.nodeflow"
        shutil.copy(ROOT / "examples" / f"{name}.nodeflow", path)
        window = MainWindow(path=path)
        window.resize(1600, 1000)
        window.show()
        window.graph.set_training("epochs", epochs)
        dock = window.training
        if not dock.train():
            raise SystemExit(f"{name}: Train was refused")
        while dock.controller.running:
            app.processEvents()
            time.sleep(0.01)
        for w, h in ((1600, 1000), (1024, 700)):
            window.resize(w, h)
            window.resizeDocks([window.training_dock], [h // 2], Qt.Orientation.Vertical)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            window.grab().save(str(OUT / f"{name.replace('_2d', '')}_{w}x{h}.png"))
            dock.tabs.setCurrentWidget(dock.plots)  # the Curves tab: both losses and D's accuracy
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            window.grab().save(str(OUT / f"{name.replace('_2d', '')}_curves_{w}x{h}.png"))
            dock.tabs.setCurrentWidget(dock.gan)
        summary = dock.gan.summary.text()
        window.close()
        app.processEvents()
    return summary


def main(argv: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    pairs = [(argv[i], int(argv[i + 1])) for i in range(0, len(argv), 2)] or DEFAULT
    for name, epochs in pairs:
        print(name, shoot(app, name, epochs), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
