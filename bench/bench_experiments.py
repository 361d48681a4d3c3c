"""A 5-variant optimizer race: the process pool against the five runs one after another.

    python bench/bench_experiments.py [--example digits_mlp] [--epochs 30] [--reps 3] [--window]

Each repetition runs, interleaved, (a) `Sweep.start()` + `wait()`: the pool, one worker per
core, one BLAS thread per worker, spawn start-up included; (b) the same five variants one
after another in this process with 1 BLAS thread; (c) the same with the BLAS threads the
environment gives (what five `nodeflow train` runs in a row would use). All three use the
shared start, so they train exactly the same five runs. Printed: the median wall time of each
and the pool's ratio to each (the goal on 2 cores: at most 0.7 of one after another).

`--window` also runs the race from the real MainWindow (`actionRunVariants`) while a 10 ms
QTimer ticks on the GUI thread and reports the longest gap between ticks (goal < 50 ms, as
for bench_ui_training): the GUI thread only drains messages and draws.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nodeflow.experiments import presets  # noqa: E402
from nodeflow.experiments.spec import plan  # noqa: E402
from nodeflow.experiments.sweep import Sweep  # noqa: E402
from nodeflow.graph import io  # noqa: E402

EXAMPLES = ROOT / "examples"


SETTINGS: list[str] = []
"""`--set NODE.PARAM=VALUE` changes to the example before the race (a bigger model or data set)."""


def base_graph(example: str):
    from nodeflow.experiments.spec import apply, parse_axis

    graph = io.load(EXAMPLES / f"{example}.nodeflow")
    changes = []
    for text in SETTINGS:
        axis = parse_axis(graph, text)
        changes.append((axis.target, axis.key, axis.values[0]))
    return apply(graph, changes)


def race(example: str, epochs: int) -> Sweep:
    graph = base_graph(example)
    return Sweep(graph, plan(graph, presets.optimizer_race(graph)), base_dir=str(EXAMPLES), epochs=epochs)


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the workers, after the pool shut down)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pooled(example: str, epochs: int, pool=None) -> tuple[float, float, Sweep]:
    """(wall seconds, CPU seconds, sweep): with a pool of its own (started, and shut down, in
    the time measured), or in `pool`, already running (as in the window after the first race)."""
    sweep = race(example, epochs)
    started, cpu = time.perf_counter(), _cpu()
    sweep.start(pool)
    sweep.wait()
    return time.perf_counter() - started, _cpu() - cpu, sweep


def sequential(example: str, epochs: int, blas: int | None) -> tuple[float, float, Sweep]:
    sweep = race(example, epochs)
    started, cpu = time.perf_counter(), _cpu()
    sweep.run_sequential(blas_threads=blas)
    return time.perf_counter() - started, _cpu() - cpu, sweep


def parallel_capacity(seconds: float = 1.0) -> float:
    """Wall time of two CPU-bound processes side by side over one alone: 1.0 when two cores are
    free for this benchmark, 2.0 when it gets one core's share (a loaded machine, or the
    kernel's autogroup scheduling sharing the CPU between sessions rather than processes)."""
    import subprocess

    code = f"import time\nend = time.process_time() + {seconds}\nwhile time.process_time() < end: pass"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(2)]
    for proc in procs:
        proc.wait()
    return (time.perf_counter() - start) / one


def window_gaps(example: str, epochs: int) -> tuple[float, float, float]:
    """(longest and median tick gap in ms, race seconds) for the race run from the window."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    root = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    os.environ["NODEFLOW_DATA_DIR"] = str(root / "data")
    app = QApplication.instance() or QApplication(sys.argv)
    from nodeflow.ui import MainWindow
    from nodeflow.ui.experiments.dialog import Choice

    target = root / f"{example}.nodeflow"
    target.write_text((EXAMPLES / f"{example}.nodeflow").read_text())
    window = MainWindow(None)
    window.files.open(str(target))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    window.experiments.finished.connect(loop.quit)
    timer.start()
    started = time.perf_counter()
    window.experiments.run_variants(Choice(presets.optimizer_race(window.graph), epochs))
    loop.exec()
    seconds = time.perf_counter() - started
    settle = QEventLoop()  # the end of the race (runs saved, surface computing, pool exiting) counts too
    QTimer.singleShot(1500, settle.quit)
    settle.exec()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    if os.environ.get("GAPS_DEBUG"):
        print([(round(a - started, 2), round(1000 * (b - a))) for a, b in zip(ticks, ticks[1:], strict=False) if b - a > 0.05])
    window.files.dialogs.ask_save_changes = lambda *a: "discard"
    window.close()
    window.experiments.shutdown()
    return 1000 * max(gaps, default=0.0), 1000 * (statistics.median(gaps) if gaps else 0.0), seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--example", default="digits_mlp")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--window", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="NODE.PARAM=VALUE",
                        help="change the example first: data.n_samples=20000, fc1.units=256")
    parser.add_argument("--no-env", dest="env", action="store_false",
                        help="skip the one-after-another run with the environment's BLAS threads")
    args = parser.parse_args()
    SETTINGS.extend(args.set)
    from threadpoolctl import threadpool_info

    from nodeflow.experiments.pool import WorkerPool

    blas = [(i.get("internal_api"), i.get("num_threads")) for i in threadpool_info() if i.get("user_api") == "blas"]
    print(f"{os.cpu_count()} cores, BLAS {blas}, example {args.example} {' '.join(args.set)}, "
          f"{args.epochs} epochs, 5 optimizers")
    times: dict[str, list[float]] = {"pool": [], "warm": [], "seq1": [], "seqenv": [], "cpu_pool": [], "cpu_seq1": []}
    print(f"two CPU-bound processes take {parallel_capacity():.2f}x as long as one "
          f"(1.0: two free cores; 2.0: one core's share); load average {os.getloadavg()[0]:.1f}")
    warm_pool = WorkerPool(2)
    for rep in range(args.reps):
        t_warm = pooled(args.example, args.epochs, warm_pool)[0]
        times["warm"].append(t_warm)
        t_pool, c_pool, s_pool = pooled(args.example, args.epochs)
        t_seq1, c_seq1, s_seq = sequential(args.example, args.epochs, 1)
        t_env = sequential(args.example, args.epochs, None)[0] if args.env else float("nan")
        times["cpu_pool"].append(c_pool)
        times["cpu_seq1"].append(c_seq1)
        same = all(a.run.series("train_loss") == b.run.series("train_loss")
                   for a, b in zip(s_pool.outcomes, s_seq.outcomes, strict=True))
        times["pool"].append(t_pool)
        times["seq1"].append(t_seq1)
        times["seqenv"].append(t_env)
        print(f"rep {rep + 1}: pool {t_pool:.2f} s ({s_pool.worker_count} workers, {c_pool:.2f} CPU s; "
              f"already started: {t_warm:.2f} s), "
              f"one after another {t_seq1:.2f} s (1 BLAS thread, {c_seq1:.2f} CPU s) / {t_env:.2f} s (BLAS as set); "
              f"identical curves: {same}; load average {os.getloadavg()[0]:.1f}")
    warm_pool.shutdown()
    pool, warm, seq1, env = (statistics.median(times[k]) for k in ("pool", "warm", "seq1", "seqenv"))
    print(f"median: pool {pool:.2f} s (already started {warm:.2f} s), one after another {seq1:.2f} s / {env:.2f} s; "
          f"pool / sequential = {pool / seq1:.2f}, started pool {warm / seq1:.2f} (1 BLAS thread), "
          f"{pool / env:.2f} (BLAS as set); goal <= 0.70")
    print(f"CPU seconds: pool {statistics.median(times['cpu_pool']):.2f}, one after another "
          f"{statistics.median(times['cpu_seq1']):.2f} (the pool's overhead: worker start-up, messages)")
    if args.window:
        gap, median, seconds = window_gaps(args.example, args.epochs)
        print(f"window: race {seconds:.2f} s, longest GUI gap {gap:.0f} ms, median {median:.0f} ms "
              f"(goal < 50 ms; load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
