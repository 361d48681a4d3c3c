"""Training in the window vs headless: GUI responsiveness and throughput.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui_training.py [--epochs 20] [--pairs 7]

Opens the real MainWindow on an example (canvas, |grad| meters, plots, inspect and results
views, worker thread) and alternates headless runs (`Trainer.run()` in this thread, no event
callback) with runs started by the window's Train, while a 10 ms QTimer ticks on the GUI
thread. For each pair it takes:

- training: the run's own wall time (`done["seconds"]`: data, epochs, test, with the
  window's per-batch events, probes and repainting going on) against the same figure headless;
  this is the "training in the window at >= 90% of headless speed" goal;
- end to end: from pressing Train to the window having the results (thread start, final
  confusion matrix, plots refitted) against constructing and running the Trainer headless;
- the longest gap between timer ticks (goal < 50 ms: the window never freezes).

The machine is shared and a single second-long run varies by 10-20%, so each window run is
sandwiched between two headless runs and compared with their mean; the ratios printed are the
median over the pairs (and the best pair), with the worker limited to 1 and then 2 BLAS
threads (threadpoolctl inside the worker thread only).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph import load  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def headless(graph, epochs: int, blas_threads: int) -> tuple[float, float]:
    """(training seconds, construct-and-run seconds) in this thread, with the worker's BLAS limit."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=blas_threads, user_api="blas"):
        start = time.perf_counter()
        history = Trainer(graph, epochs=epochs).run()
        total = time.perf_counter() - start
    assert history.error is None, history.error
    return history.run_seconds, total


def in_window(app: QApplication, window, epochs: int, blas_threads: int) -> tuple[float, float, float]:
    """(training seconds, press-to-end seconds, longest tick gap in ms) for one run in the window."""
    dock = window.training
    window.graph.training["epochs"] = epochs
    dock.settings.refresh()
    dock.initial_weights = lambda: None  # (windows before the run model continued from the last weights)
    dock.controller.worker_options["blas_threads"] = blas_threads
    done: dict = {}
    loop = QEventLoop()
    dock.controller.finished.connect(done.update)
    dock.controller.ended.connect(loop.quit)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    assert dock.train(), "training did not start"
    loop.exec()  # the application's event loop, as in the window
    total = time.perf_counter() - start
    timer.stop()
    dock.controller.finished.disconnect(done.update)
    dock.controller.ended.disconnect(loop.quit)
    app.processEvents()
    assert "seconds" in done, "the run ended without finishing"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return float(done["seconds"]), total, 1000 * max(gaps, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default="digits_cnn")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--pairs", type=int, default=11, help="window runs, each between two headless runs")
    parser.add_argument("--blas-threads", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv)
    from nodeflow.ui import MainWindow

    path = EXAMPLES / f"{args.graph}.nodeflow"
    graph = load(path)
    probe = Trainer(graph, epochs=1)
    probe.source.load()  # the Dataset's splits, as a run loads them
    samples = len(probe.splits.train[0]) * args.epochs
    Trainer(graph, epochs=1).run()  # warm up: imports, dataset cache
    window = MainWindow()
    window.open_example(path, ask=False)  # as File > Examples does: nothing written beside the example
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    in_window(app, window, 1, 1)  # warm up the window's first paint of every view
    print(
        f"{args.graph}: {args.epochs} epochs, {samples:,} training samples per run, median of "
        f"{args.pairs} window runs against the headless runs either side (best in brackets)"
    )
    for threads in args.blas_threads:
        train_ratio, total_ratio, gaps, rates = [], [], [], []
        for _ in range(args.pairs):
            before = headless(graph, args.epochs, threads)
            train, total, gap = in_window(app, window, args.epochs, threads)
            after = headless(graph, args.epochs, threads)
            base_train, base_total = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
            train_ratio.append(base_train / train)
            total_ratio.append(base_total / total)
            gaps.append(gap)
            rates.append(samples / train)
        print(
            f"BLAS threads {threads}: in window {statistics.median(rates):8,.0f} samples/s | training "
            f"{statistics.median(train_ratio):5.1%} of headless [{max(train_ratio):5.1%}] | end to end "
            f"{statistics.median(total_ratio):5.1%} [{max(total_ratio):5.1%}] | longest GUI gap median "
            f"{statistics.median(gaps):4.1f} ms, worst {max(gaps):4.1f} ms"
        )
    window.dialogs.ask_save_changes = lambda *_args: "discard"
    window.training.shutdown()
    window.close()


if __name__ == "__main__":
    main()
