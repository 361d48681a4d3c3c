"""Screenshots of the GAN tab for the guide: each GAN example trained in the window for the
epochs its description talks about, grabbed at 1600x1000 and 1024x700 with the training dock
raised to half the window (as a person drags it to watch) and the canvas fitted, then the
Curves tab of the same run (both losses, D's accuracy): gan_<example>_<size>.png and
gan_<example>_curves_<size>.png ("_2d" dropped). `--lang ko` takes them in Korean
(gan_<example>_ko_<size>.png). NODEFLOW_SHOTS=DIR writes them elsewhere. Run offscreen from
the repository root:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_gan_screenshots.py [--lang ko] [EXAMPLE EPOCHS] ...

It trains in a temporary copy of the example (no runs file is left beside the real one), with
settings in a temporary folder (a person's saved window layout does not change the pictures).
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
DEFAULT = [("gan_1d_gaussian", 300), ("gan_2d_mixture", 100), ("gan_2d_ring", 100), ("gan_digits", 200)]


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, name: str, epochs: int, lang: str = "en") -> str:
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
        stem = name.replace("_2d", "") + ("" if lang == "en" else f"_{lang}")
        for w, h in ((1600, 1000), (1024, 700)):
            window.resize(w, h)
            window.resizeDocks([window.training_dock], [h // 2], Qt.Orientation.Vertical)
            settle(app)
            window.canvas.zoom_to_fit()
            settle(app)
            window.grab().save(str(OUT / f"{stem}_{w}x{h}.png"))
            dock.tabs.setCurrentWidget(dock.plots)  # the Curves tab: both losses and D's accuracy
            settle(app)
            window.grab().save(str(OUT / f"{stem}_curves_{w}x{h}.png"))
            dock.tabs.setCurrentWidget(dock.gan)
        summary = dock.gan.summary.text()
        window.close()
        app.processEvents()
    return summary


def main(argv: list[str]) -> None:
    from PySide6.QtCore import QSettings

    lang = "en"
    if argv[:1] == ["--lang"]:
        lang, argv = argv[1], argv[2:]
    folder = tempfile.mkdtemp(prefix="nodeflow-gan-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    os.environ["NODEFLOW_DATA_DIR"] = folder
    import nodeflow.i18n as i18n

    i18n.request_language(lang)  # what `nodeflow --lang ko` does
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from nodeflow.ui.i18n.translator import install

    install()
    pairs = [(argv[i], int(argv[i + 1])) for i in range(0, len(argv), 2)] or DEFAULT
    for name, epochs in pairs:
        print(name, shoot(app, name, epochs, lang), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
