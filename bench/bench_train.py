"""Training throughput, nodeflow against PyTorch CPU, on the same models, data and batch sizes.

    .venv/bin/python bench/bench_train.py [--repeat 5] [--only cnn28,cnn32,...] [--seconds 0.6]

Cases (float32, random data, Adam lr 1e-3, shuffled mini-batches, no validation):
  tiny1/8/32       64-128-10 ReLU MLP (the teaching size), batch 1 / 8 / 32
  mlp32/128/512    784-256-128-10 ReLU MLP, batch 32 / 128 / 512
  wide32/128/512   784-1024-1024-10 ReLU MLP, batch 32 / 128 / 512
  cnn28            conv32-ReLU-pool-conv64-ReLU-pool-Dense 10 on 1x28x28, 3x3 "same", batch 64
  cnn32            the same on 3x32x32, batch 64
  lstm32/128/512   LSTM over T steps of 1 feature, 64 units, Dense 1, MSE, batch 64
  gru32/128/512    the same with a GRU
  digits           the digits_cnn example's network (1x8x8, conv16-pool-conv32-pool-10), batch 64

nodeflow runs its real Trainer (a Dataset node reading an .npz) and reports samples per second
from its epoch events; PyTorch runs the idiomatic loop (randperm, index, zero_grad, forward,
backward, step) with torch.optim.Adam in its default (foreach) form and with fused=True.
Each run is one warm-up epoch and `--epochs` timed ones (the median epoch counts); a case's
data size is chosen so one epoch takes about `--seconds` on the PyTorch side. The three runs of
a case are interleaved `--repeat` times, and the ratio reported is the median over the
repetitions of nodeflow / torch measured back to back, with its range (a busy neighbour slows
one run, not the comparison). PyTorch gets 2 threads (--threads); NumPy's BLAS is left as the
environment sets it unless --blas-threads is given (the settings are printed at the end).
With --memory each side also runs once in a fresh process for the peak resident memory its
training adds (data included, libraries not).
On a shared machine, `--threads 1 --blas-threads 1 --clock cpu` times the CPU each side uses
(epoch marks from the trainer's epoch events), which waiting for a core does not inflate.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402


def _mlp(sizes: tuple[int, ...]) -> list:
    layers: list = []
    for units in sizes[1:-1]:
        layers += [("Dense", {"units": units}), ("ReLU", {})]
    return layers + [("Dense", {"units": sizes[-1]}), ("Softmax", {})]


def _cnn(f1: int, f2: int) -> list:
    return [("Conv2D", {"filters": f1, "kernel_size": 3, "padding": "same"}), ("ReLU", {}), ("MaxPool2D", {}),
            ("Conv2D", {"filters": f2, "kernel_size": 3, "padding": "same"}), ("ReLU", {}), ("MaxPool2D", {}),
            ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})]


CASES: dict[str, dict] = {}
for b in (1, 8, 32):
    CASES[f"tiny{b}"] = {"batch": b, "x": (64,), "classes": 10, "layers": _mlp((64, 128, 10)), "torch": ("mlp", (64, 128, 10))}
for b in (32, 128, 512):
    CASES[f"mlp{b}"] = {"batch": b, "x": (784,), "classes": 10, "layers": _mlp((784, 256, 128, 10)),
                        "torch": ("mlp", (784, 256, 128, 10))}
for b in (32, 128, 512):
    CASES[f"wide{b}"] = {"batch": b, "x": (784,), "classes": 10, "layers": _mlp((784, 1024, 1024, 10)),
                         "torch": ("mlp", (784, 1024, 1024, 10))}
CASES["cnn28"] = {"batch": 64, "x": (1, 28, 28), "classes": 10, "layers": _cnn(32, 64), "torch": ("cnn", (1, 28, 32, 64))}
CASES["cnn32"] = {"batch": 64, "x": (3, 32, 32), "classes": 10, "layers": _cnn(32, 64), "torch": ("cnn", (3, 32, 32, 64))}
CASES["digits"] = {"batch": 64, "x": (1, 8, 8), "classes": 10, "layers": _cnn(16, 32), "torch": ("cnn", (1, 8, 16, 32))}
for kind in ("LSTM", "GRU"):
    for steps in (32, 128, 512):
        CASES[f"{kind.lower()}{steps}"] = {"batch": 64, "x": (steps, 1), "classes": None,
                                           "layers": [(kind, {"units": 64}), ("Dense", {"units": 1})],
                                           "torch": ("rnn", kind)}

DEFAULT = "tiny1,tiny8,tiny32,mlp32,mlp128,mlp512,wide32,wide128,wide512,cnn28,cnn32,lstm32,lstm128,lstm512,gru32,gru128,gru512"


def make_data(case: dict, n: int, folder: Path, seed: int = 0) -> tuple[Path, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, *case["x"])).astype(np.float32)
    if case["classes"]:
        y = rng.integers(0, case["classes"], n).astype(np.int64)
    else:
        y = rng.standard_normal((n, 1)).astype(np.float32)
    path = folder / "data.npz"
    np.savez(path, x=x, y=y)
    return path, x, y


def graph_for(case: dict, data_path: Path) -> Graph:
    g = Graph("bench")
    data = {"source": "npz", "path": str(data_path), "batch_size": case["batch"], "shuffle": True,
            "validation_split": 0.0, "test_split": 0.0, "standardize": False}
    if case["classes"] is None:
        data["task"] = "regression"
    g.add_node("Dataset", data, node_id="data")
    prev = ("data", "x")
    for i, (type_name, params) in enumerate(case["layers"]):
        node = g.add_node(type_name, params, node_id=f"n{i}")
        g.connect(prev, (node.id, "in"))
        prev = (node.id, "out")
    g.add_node("CrossEntropy" if case["classes"] else "MSE", {}, node_id="loss")
    g.add_node("Adam", {"lr": 1e-3}, node_id="opt")
    g.connect(prev, ("loss", "pred"))
    g.connect(("data", "y"), ("loss", "target"))
    g.connect(("loss", "loss"), ("opt", "loss"))
    return g


CLOCK = {"wall": time.perf_counter, "cpu": time.process_time}
clock = CLOCK["wall"]


def bench_nodeflow(g: Graph, n: int, epochs: int) -> float:
    marks: list[float] = []
    trainer = Trainer(g, epochs=epochs + 1, seed=0,
                      on_event=lambda e: marks.append(clock()) if e["event"] == "epoch" else None)
    history = trainer.run()
    if history.error:
        raise SystemExit(f"nodeflow failed: {history.error}")
    return float(np.median([n / (b - a) for a, b in zip(marks[:-1], marks[1:], strict=True)]))


def torch_model(case: dict):
    import torch.nn as nn

    kind, arg = case["torch"]
    if kind == "mlp":
        layers: list = []
        for a, b in zip(arg[:-1], arg[1:], strict=True):
            layers += [nn.Linear(a, b), nn.ReLU()]
        return nn.Sequential(*layers[:-1])
    if kind == "cnn":
        c, size, f1, f2 = arg
        return nn.Sequential(nn.Conv2d(c, f1, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(f1, f2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Flatten(), nn.Linear(f2 * (size // 4) ** 2, 10))

    class SeqRegressor(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.rnn = getattr(nn, arg)(1, 64, batch_first=True)
            self.fc = nn.Linear(64, 1)

        def forward(self, x):
            out, _ = self.rnn(x)
            return self.fc(out[:, -1])

    return SeqRegressor()


def bench_torch(case: dict, x: np.ndarray, y: np.ndarray, epochs: int, fused: bool) -> float:
    import torch

    torch.manual_seed(0)
    model = torch_model(case)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, fused=fused or None)
    loss_fn = torch.nn.CrossEntropyLoss() if case["classes"] else torch.nn.MSELoss()
    X, Y = torch.from_numpy(x), torch.from_numpy(y)
    n, bs = len(X), case["batch"]
    rates = []
    for epoch in range(epochs + 1):
        t0 = clock()
        perm = torch.randperm(n)
        for start in range(0, n, bs):
            idx = perm[start : start + bs]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X[idx]), Y[idx])
            loss.backward()
            opt.step()
        if epoch:
            rates.append(n / (clock() - t0))
    return float(np.median(rates))


def samples_for(case: dict, seconds: float) -> int:
    """Samples per epoch so that PyTorch takes about `seconds` (a few batches measured)."""
    probe = case["batch"] * 8
    with tempfile.TemporaryDirectory() as tmp:
        _, x, y = make_data(case, probe, Path(tmp))
        rate = bench_torch(case, x, y, 1, fused=False)
    batches = max(4, int(rate * seconds / case["batch"]))
    return batches * case["batch"]


def peak_memory(name: str, side: str, n: int, epochs: int, threads: int = 2, blas_threads: int = 0) -> float:
    """Peak resident memory (MiB) that one run adds in a fresh process: the high-water mark
    (ru_maxrss) at the end minus the resident size once the libraries are imported (PyTorch's
    own import is ~300 MB and says nothing about its training)."""
    code = (f"import sys; sys.argv = ['x']; sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'bench')!r}];"
            f"import bench_train as b; b.child({name!r}, {side!r}, {n}, {epochs}, {threads}, {blas_threads})")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    base, peak = (float(v) for v in out.stdout.split()[-2:])
    return (peak - base) / 1024


def _rss_kib() -> float:
    with open("/proc/self/status") as f:
        return next(float(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def child(name: str, side: str, n: int, epochs: int, threads: int = 2, blas_threads: int = 0) -> None:
    """One run of one side; prints the resident KiB after imports and the peak KiB."""
    import resource

    case = CASES[name]
    if blas_threads > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(blas_threads, user_api="blas")
    if side != "nodeflow":
        import torch

        torch.set_num_threads(threads)
    with tempfile.TemporaryDirectory() as tmp:
        path, x, y = make_data(case, n, Path(tmp))
        base = _rss_kib() - x.nbytes / 1024 - y.nbytes / 1024  # the data counts for both
        if side == "nodeflow":
            bench_nodeflow(graph_for(case, path), n, epochs)
        else:
            bench_torch(case, x, y, epochs, fused=False)
    print(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3, help="timed epochs per run (after one warm-up)")
    parser.add_argument("--only", default=DEFAULT, help=f"comma-separated cases of: {', '.join(CASES)}")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved repetitions (median ratio reported)")
    parser.add_argument("--seconds", type=float, default=0.5, help="about how long one PyTorch epoch takes")
    parser.add_argument("--threads", type=int, default=2, help="PyTorch's intra-op threads")
    parser.add_argument("--blas-threads", type=int, default=0, help="limit NumPy's BLAS threads (0: as set)")
    parser.add_argument("--memory", action="store_true", help="also the peak memory each side's training adds")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--clock", choices=tuple(CLOCK), default="wall",
                        help="cpu: process CPU time per epoch (with --threads 1 --blas-threads 1 the "
                             "work itself, unaffected by waiting for a core on a shared machine)")
    args = parser.parse_args(argv)
    global clock
    clock = CLOCK[args.clock]
    if args.blas_threads > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.blas_threads, user_api="blas")
    try:
        import torch
    except ImportError:
        torch = None
        print("PyTorch is not installed: nodeflow numbers only")
    else:
        torch.set_num_threads(args.threads)

    names = [s for s in args.only.split(",") if s]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            case = CASES[name]
            n = samples_for(case, args.seconds) if torch else case["batch"] * 32
            path, x, y = make_data(case, n, Path(tmp))
            runs = []
            for _ in range(max(1, args.repeat)):
                ours = bench_nodeflow(graph_for(case, path), n, args.epochs)
                theirs = bench_torch(case, x, y, args.epochs, fused=False) if torch else math.nan
                fused = bench_torch(case, x, y, args.epochs, fused=True) if torch else math.nan
                runs.append((ours, theirs, fused))
            r = np.array(runs)
            ratios, fratios = r[:, 0] / r[:, 1], r[:, 0] / r[:, 2]
            row = {"case": name, "batch": case["batch"], "n": n,
                   "nodeflow": float(np.median(r[:, 0])), "torch": float(np.median(r[:, 1])),
                   "fused": float(np.median(r[:, 2])), "ratio": float(np.median(ratios)),
                   "lo": float(ratios.min()), "hi": float(ratios.max()), "ratio_fused": float(np.median(fratios))}
            if args.memory and torch:
                row["mem_nodeflow"] = peak_memory(name, "nodeflow", n, 1, args.threads, args.blas_threads)
                row["mem_torch"] = peak_memory(name, "torch", n, 1, args.threads, args.blas_threads)
            rows.append(row)
            print(f"  {name}: {row['ratio']:.2f} [{row['lo']:.2f}, {row['hi']:.2f}]", flush=True)
            path.unlink()

    print(f"\n{'case':<9}{'batch':>6}{'nodeflow':>10}{'torch':>10}{'fused':>10}{'nf/torch':>10}"
          f"{'range':>14}{'nf/fused':>10}" + ("   training MiB nf / torch" if args.memory else ""))
    for row in rows:
        spread = f"[{row['lo']:.2f}, {row['hi']:.2f}]"
        mem = (f"   {row['mem_nodeflow']:.0f} / {row['mem_torch']:.0f}" if "mem_nodeflow" in row else "")
        print(f"{row['case']:<9}{row['batch']:>6}{row['nodeflow']:>10.0f}{row['torch']:>10.0f}{row['fused']:>10.0f}"
              f"{row['ratio']:>10.2f}{spread:>14}{row['ratio_fused']:>10.2f}{mem}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))

    from threadpoolctl import threadpool_info

    print("\nthreadpools:")
    for info in threadpool_info():
        print(f"  {info.get('internal_api')} {info.get('version')} {info.get('architecture', '')} "
              f"threads={info.get('num_threads')} ({info.get('filepath', '').split('/')[-1]})")
    if torch:
        print(f"  torch {torch.__version__} threads={torch.get_num_threads()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
