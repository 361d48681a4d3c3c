"""Training in the window vs headless: GUI responsiveness and throughput.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui_training.py [--epochs 3] [--graph digits_cnn]

Trains the graph headless (`Trainer.run()`, no event callback) and then inside a window-like
set-up (a shown TrainingDock: plots, inspect and results views, controller and worker thread)
while a 10 ms QTimer ticks on the GUI thread. Prints the longest gap between ticks (goal
< 50 ms: the window never freezes) and the in-window throughput in samples/s against headless
(goal >= 90%), once with the worker limited to 1 BLAS thread and once to 2 (threadpoolctl
inside the worker thread only; the user's own settings are not touched).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph import load  # noqa: E402
from nodeflow.ui.training.dock import TrainingDock  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def train_samples(graph, epochs: int) -> int:
    trainer = Trainer(graph, epochs=1)
    return len(trainer._load().train[0]) * epochs


def headless(graph, epochs: int, blas_threads: int | None) -> float:
    """Seconds for Trainer.run() in this thread (with the same BLAS limit as the worker gets)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=blas_threads, user_api="blas"):
        start = time.perf_counter()
        history = Trainer(graph, epochs=epochs).run()
        seconds = time.perf_counter() - start
    assert history.error is None, history.error
    return seconds


def in_window(app: QApplication, graph, epochs: int, blas_threads: int | None) -> tuple[float, float, int]:
    """(seconds, longest tick gap in ms, updates received) for a run inside a shown TrainingDock."""
    graph.training["epochs"] = epochs
    dock = TrainingDock(graph)
    dock.controller.worker_options["blas_threads"] = blas_threads
    dock.resize(1400, 500)
    dock.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    updates = [0]
    dock.controller.update.connect(lambda _p: updates.__setitem__(0, updates[0] + 1))
    loop = QEventLoop()
    dock.controller.ended.connect(loop.quit)
    timer.start()
    start = time.perf_counter()
    dock.train()
    loop.exec()  # the application's event loop, as in the window
    seconds = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    dock.shutdown()
    dock.deleteLater()
    app.processEvents()
    return seconds, 1000 * max(gaps, default=0.0), updates[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default="digits_cnn")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs; the best of each is kept")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    graph = load(EXAMPLES / f"{args.graph}.nodeflow")
    samples = train_samples(graph, args.epochs)
    Trainer(graph, epochs=1).run()  # warm up: imports, dataset cache
    print(
        f"{args.graph}: {args.epochs} epochs, {samples:,} training samples per run, best of {args.repeat} "
        f"(the machine is shared: single runs vary a lot)"
    )
    for threads in (1, 2):
        base, window, gaps, rates = [], [], [], []
        for _ in range(args.repeat):
            base.append(headless(graph, args.epochs, threads))
            seconds, gap, updates = in_window(app, graph.copy(), args.epochs, threads)
            window.append(seconds)
            gaps.append(gap)
            rates.append(updates / seconds)
        b, w = min(base), min(window)
        print(
            f"BLAS threads {threads}: headless {samples / b:8,.0f} samples/s | in window "
            f"{samples / w:8,.0f} samples/s ({b / w:5.1%} of headless) | longest GUI gap "
            f"best {min(gaps):5.1f} ms, worst {max(gaps):5.1f} ms | {max(rates):4.1f} updates/s at most"
        )


if __name__ == "__main__":
    main()
