"""Training throughput, nodeflow against PyTorch CPU, on the same models, data and batch sizes.

    .venv/bin/python bench/bench_train.py [--epochs 5] [--only mlp,cnn,lstm] [--repeat 3] [--blas-threads N]

Cases (float32, random data, Adam lr 1e-3, shuffled mini-batches, no validation):
  mlp   784-256-128-10 ReLU MLP, softmax cross-entropy, batch 128
  cnn   the digits_cnn example's network (1x8x8 -> conv16 -> pool -> conv32 -> pool -> 10), batch 64
  lstm  LSTM over 32 steps of 1 feature, 64 hidden units, Dense 1, MSE, batch 64

nodeflow runs its real Trainer (a Dataset node reading an .npz) and reports samples per second
from its epoch events; PyTorch runs the idiomatic loop (randperm, index, zero_grad, forward,
backward, step) with torch.optim.Adam in its default (foreach) form and with fused=True.
The first epoch of each is a warm-up; the median epoch's throughput is reported (the machine
may be shared, and the median ignores an epoch slowed by a neighbour). With --repeat R the three
runs of a case are interleaved R times and each side's best median is reported, with the range
of the ratios over the repetitions (a busy neighbour slows one run, not the comparison).
PyTorch gets 2 threads (--threads); NumPy's BLAS is left as the environment sets it unless
--blas-threads is given (the settings are printed at the end).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402

CASES = {
    "mlp": {"n": 128 * 48, "batch": 128, "x": (784,), "classes": 10},
    "cnn": {"n": 64 * 48, "batch": 64, "x": (1, 8, 8), "classes": 10},
    "lstm": {"n": 64 * 24, "batch": 64, "x": (32, 1), "classes": None},
}


def make_data(case: dict, folder: Path, seed: int = 0) -> tuple[Path, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((case["n"], *case["x"])).astype(np.float32)
    if case["classes"]:
        y = rng.integers(0, case["classes"], case["n"]).astype(np.int64)
    else:
        y = rng.standard_normal((case["n"], 1)).astype(np.float32)
    path = folder / "data.npz"
    np.savez(path, x=x, y=y)
    return path, x, y


def graph_for(name: str, case: dict, data_path: Path) -> Graph:
    g = Graph(name)
    data = {"source": "npz", "path": str(data_path), "batch_size": case["batch"], "shuffle": True,
            "validation_split": 0.0, "test_split": 0.0, "standardize": False}
    if case["classes"] is None:
        data["task"] = "regression"
    layers = {
        "mlp": [("Dense", {"units": 256}), ("ReLU", {}), ("Dense", {"units": 128}), ("ReLU", {}),
                ("Dense", {"units": 10}), ("Softmax", {})],
        "cnn": [("Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}), ("ReLU", {}), ("MaxPool2D", {}),
                ("Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same"}), ("ReLU", {}), ("MaxPool2D", {}),
                ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})],
        "lstm": [("LSTM", {"units": 64}), ("Dense", {"units": 1})],
    }[name]
    g.add_node("Dataset", data, node_id="data")
    prev = ("data", "x")
    for i, (type_name, params) in enumerate(layers):
        node = g.add_node(type_name, params, node_id=f"n{i}")
        g.connect(prev, (node.id, "in"))
        prev = (node.id, "out")
    g.add_node("CrossEntropy" if case["classes"] else "MSE", {}, node_id="loss")
    g.add_node("Adam", {"lr": 1e-3}, node_id="opt")
    g.connect(prev, ("loss", "pred"))
    g.connect(("data", "y"), ("loss", "target"))
    g.connect(("loss", "loss"), ("opt", "loss"))
    return g


def bench_nodeflow(g: Graph, n: int, epochs: int) -> float:
    seconds: list[float] = []
    trainer = Trainer(g, epochs=epochs + 1, seed=0,
                      on_event=lambda e: seconds.append(e["seconds"]) if e["event"] == "epoch" else None)
    history = trainer.run()
    if history.error:
        raise SystemExit(f"nodeflow failed: {history.error}")
    return float(np.median([n / s for s in seconds[1:]]))


def torch_model(name: str):
    import torch.nn as nn

    if name == "mlp":
        return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
    if name == "cnn":
        return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Flatten(), nn.Linear(32 * 2 * 2, 10))

    class SeqRegressor(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lstm = nn.LSTM(1, 64, batch_first=True)
            self.fc = nn.Linear(64, 1)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out[:, -1])

    return SeqRegressor()


def bench_torch(name: str, case: dict, x: np.ndarray, y: np.ndarray, epochs: int, fused: bool) -> float:
    import torch

    torch.manual_seed(0)
    model = torch_model(name)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, fused=fused or None)
    loss_fn = torch.nn.CrossEntropyLoss() if case["classes"] else torch.nn.MSELoss()
    X, Y = torch.from_numpy(x), torch.from_numpy(y)
    n, bs = len(X), case["batch"]
    rates = []
    for epoch in range(epochs + 1):
        t0 = time.perf_counter()
        perm = torch.randperm(n)
        for start in range(0, n, bs):
            idx = perm[start : start + bs]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X[idx]), Y[idx])
            loss.backward()
            opt.step()
        if epoch:
            rates.append(n / (time.perf_counter() - t0))
    return float(np.median(rates))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=5, help="timed epochs (after one warm-up)")
    parser.add_argument("--only", default="mlp,cnn,lstm")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved repetitions; the best of each is kept")
    parser.add_argument("--threads", type=int, default=2, help="PyTorch's intra-op threads")
    parser.add_argument("--blas-threads", type=int, default=0, help="limit NumPy's BLAS threads (0: as set)")
    args = parser.parse_args(argv)
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

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only.split(","):
            case = CASES[name]
            path, x, y = make_data(case, Path(tmp))
            runs = []
            for _ in range(max(1, args.repeat)):
                ours = bench_nodeflow(graph_for(name, case, path), case["n"], args.epochs)
                theirs = bench_torch(name, case, x, y, args.epochs, fused=False) if torch else math.nan
                fused = bench_torch(name, case, x, y, args.epochs, fused=True) if torch else math.nan
                runs.append((ours, theirs, fused))
            best = np.max(np.array(runs), axis=0) if torch else np.array([max(r[0] for r in runs), math.nan, math.nan])
            ratios = [r[0] / r[1] for r in runs]
            rows.append((name, case["batch"], *best, min(ratios), max(ratios)))
            path.unlink()

    print(f"{'case':<6}{'batch':>6}{'nodeflow':>12}{'torch Adam':>12}{'torch fused':>13}"
          f"{'nf/torch':>10}{'nf/fused':>10}   (samples/s; nf/torch range over repetitions)")
    for name, batch, ours, theirs, fused, lo, hi in rows:
        spread = f"   [{lo:.2f}, {hi:.2f}]" if args.repeat > 1 else ""
        print(f"{name:<6}{batch:>6}{ours:>12.0f}{theirs:>12.0f}{fused:>13.0f}{ours / theirs:>10.2f}"
              f"{ours / fused:>10.2f}{spread}")

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
