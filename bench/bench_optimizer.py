"""One optimizer step on a large flat buffer: the sliced update (nodeflow.compute.optimizers)
against the same rule over whole buffers (one pass per operation, the update before slicing,
read from git) and PyTorch's Adam (foreach and fused) on the same number of weights.

    .venv/bin/python bench/bench_optimizer.py --size 1863690 --repeat 7 --steps 50

Medians over interleaved repetitions of the mean step time (process CPU time, one thread)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nodeflow.compute import optimizers  # noqa: E402


def _old_module(rev: str) -> types.ModuleType | None:
    """nodeflow.compute.optimizers as it was at `rev` (None when git cannot show it)."""
    try:
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:nodeflow/compute/optimizers.py"],
                              check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_optimizers")
    exec(compile(text, "old_optimizers.py", "exec"), module.__dict__)
    return module


def _time(step, steps: int, clock) -> float:
    step()
    start = clock()
    for _ in range(steps):
        step()
    return (clock() - start) / steps * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_863_690, help="weights (784-1024-1024-10 MLP: 1,863,690)")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--old", default="e162628", help="git revision of the unsliced optimizers")
    ap.add_argument("--optimizers", default="Adam,RMSProp,AdaGrad,Momentum,SGD")
    ap.add_argument("--wd", type=float, default=0.0, help="weight decay")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu")
    args = ap.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    old = _old_module(args.old)
    rng = np.random.default_rng(0)
    w = rng.standard_normal(args.size).astype(np.float32)
    g = rng.standard_normal(args.size).astype(np.float32)
    mask = np.ones(args.size, np.float32)
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        torch = None
    print(f"{args.size:,} float32 weights, {args.steps} steps x {args.repeat} interleaved repetitions, "
          f"{args.clock} ms per step (median [range])")
    for name in args.optimizers.split(","):
        params = {"weight_decay": args.wd}
        sides = {"sliced": getattr(optimizers, name)(params, args.size, np.float32)}
        if old is not None:
            sides["unsliced"] = getattr(old, name)(params, args.size, np.float32)
        runs = {side: (lambda o=o: o.step(w, g, 1e-6, mask)) for side, o in sides.items()}
        if torch is not None and name == "Adam":
            for fused in (False, True):
                p = torch.nn.Parameter(torch.from_numpy(w.copy()))
                p.grad = torch.from_numpy(g.copy())
                opt = torch.optim.Adam([p], lr=1e-6, weight_decay=args.wd, fused=fused, foreach=not fused)
                runs["torch fused" if fused else "torch foreach"] = opt.step
        times: dict[str, list[float]] = {side: [] for side in runs}
        with (torch.no_grad() if torch is not None else _null()):
            for _ in range(args.repeat):
                for side, run in runs.items():
                    times[side].append(_time(run, args.steps, clock))
        line = ", ".join(f"{side} {statistics.median(t):.2f} [{min(t):.2f}, {max(t):.2f}]" for side, t in times.items())
        print(f"{name:9s} {line}")


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    main()
