"""Micro-benchmark of the layer kernels against PyTorch CPU (forward + backward per kernel).

    .venv/bin/python bench/bench_kernels.py [--threads 1]

Prints milliseconds per forward+backward call for NodeFlow and PyTorch and the throughput ratio
(> 1 means NodeFlow is faster), kernel by kernel, then for two whole training steps built from
these kernels with an inline ReLU, softmax cross-entropy and SGD update: the MLP 784-256-128-10
at batch 128 and a small digits CNN at batch 64. Both libraries use the same number of threads.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np

from nodeflow.compute.kernels.conv import Conv2D, MaxPool2D
from nodeflow.compute.kernels.dense import Dense
from nodeflow.compute.kernels.regularization import BatchNorm
from nodeflow.compute.kernels.reshape import Flatten
from nodeflow.nodes.spec import Inferred, TensorType, Weight


def timeit(fn: Callable[[], object], min_seconds: float = 0.4) -> float:
    """Best-of-5 seconds per call."""
    fn()
    n, t = 1, 0.0
    while t < min_seconds / 5:
        start = time.perf_counter()
        for _ in range(n):
            fn()
        t = time.perf_counter() - start
        n *= 2
    n //= 2
    best = t / n
    for _ in range(4):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n)
    return best


def build(cls, params, in_shape, weights, rng, dtype=np.float32):
    k = cls(
        params,
        {"in": TensorType((None, *in_shape[1:]))},
        Inferred({}, {n: Weight(s) for n, s in weights.items()}),
        dtype,
    )
    for name, shape in weights.items():
        k.w[name] = (rng.standard_normal(shape) * 0.1).astype(dtype)
        k.g[name] = np.zeros(shape, dtype)
    return k


def nf_step(kernels, x, y, lr=0.01):
    """Forward, softmax cross-entropy, backward, SGD, with ReLU after every kernel but the last."""
    rng = np.random.default_rng(0)
    masks = []
    h = x
    for i, k in enumerate(kernels):
        h = k.forward({"in": h}, True, rng)["out"]
        if i < len(kernels) - 1 and k.w:
            masks.append((i, h > 0))
            h = np.maximum(h, 0)
    z = h - h.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    d = p / len(y)
    relus = dict(masks)
    for i in range(len(kernels) - 1, -1, -1):
        if i in relus:
            d = d * relus[i]
        grads = kernels[i].backward({"out": d})
        d = grads.get("in")
        for name, w in kernels[i].w.items():
            w -= lr * kernels[i].g[name]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(args.threads)
    threadpool_limits(args.threads)
    rng = np.random.default_rng(0)
    f = torch.nn.functional

    def row(name, nf, th):
        a, b = timeit(nf), timeit(th)
        for _ in range(4):  # interleave and keep the best: the machine is shared and noisy
            a, b = min(a, timeit(nf, 0.1)), min(b, timeit(th, 0.1))
        print(f"{name:<34} nodeflow {a * 1e3:8.3f} ms   torch {b * 1e3:8.3f} ms   ratio {b / a:5.2f}x")

    def kernel_case(name, kernel, x, torch_fn, torch_params):
        y = kernel.forward({"in": x}, True, rng)["out"]
        dy = np.ones_like(y)

        def nf():
            kernel.forward({"in": x}, True, rng)
            kernel.backward({"out": dy})

        tx = torch.tensor(x, requires_grad=True)
        tdy = torch.tensor(dy)

        def th():
            out = torch_fn(tx, *torch_params)
            torch.autograd.grad(out, [tx, *torch_params], tdy)

        row(name, nf, th)

    def tw(a):
        return torch.tensor(a, requires_grad=True)

    x = rng.standard_normal((128, 784)).astype(np.float32)
    d = build(Dense, {}, x.shape, {"W": (784, 256), "b": (256,)}, rng)
    kernel_case("Dense 784->256, N=128", d, x, lambda t, W, b: t @ W + b, [tw(d.w["W"]), tw(d.w["b"])])
    x = rng.standard_normal((64, 16, 8, 8)).astype(np.float32)
    c = build(
        Conv2D,
        {"stride": 1, "kernel_size": 3, "padding": "same"},
        x.shape,
        {"W": (32, 16, 3, 3), "b": (32,)},
        rng,
    )
    kernel_case(
        "Conv2D 16->32 3x3 same 8x8, N=64",
        c,
        x,
        lambda t, W, b: f.conv2d(t, W, b, padding=1),
        [tw(c.w["W"]), tw(c.w["b"])],
    )
    x = rng.standard_normal((64, 32, 16, 16)).astype(np.float32)
    kernel_case(
        "MaxPool2D 2 (32x16x16), N=64",
        build(MaxPool2D, {}, x.shape, {}, rng),
        x,
        lambda t: f.max_pool2d(t, 2),
        [],
    )
    bn = build(BatchNorm, {}, x.shape, {"gamma": (32,), "beta": (32,)}, rng)
    tg, tb = tw(bn.w["gamma"]), tw(bn.w["beta"])
    kernel_case(
        "BatchNorm (32x16x16), N=64",
        bn,
        x,
        lambda t, g, b: f.batch_norm(t, None, None, g, b, training=True),
        [tg, tb],
    )

    # whole training steps
    def torch_step(model, tx, ty, opt):
        opt.zero_grad(set_to_none=True)
        f.cross_entropy(model(tx), ty).backward()
        opt.step()

    x = rng.standard_normal((128, 784)).astype(np.float32)
    y = rng.integers(0, 10, 128)
    sizes = [784, 256, 128, 10]
    mlp = [
        build(Dense, {}, (None, a), {"W": (a, b), "b": (b,)}, rng)
        for a, b in zip(sizes, sizes[1:], strict=False)
    ]
    mlp[0].input_grad = False
    model = torch.nn.Sequential(
        torch.nn.Linear(784, 256),
        torch.nn.ReLU(),
        torch.nn.Linear(256, 128),
        torch.nn.ReLU(),
        torch.nn.Linear(128, 10),
    )
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    tx, ty = torch.tensor(x), torch.tensor(y)
    row("MLP 784-256-128-10 step, N=128", lambda: nf_step(mlp, x, y), lambda: torch_step(model, tx, ty, opt))

    x = rng.standard_normal((64, 1, 8, 8)).astype(np.float32)
    y = rng.integers(0, 10, 64)
    cnn = [
        build(Conv2D, {"padding": "same"}, x.shape, {"W": (16, 1, 3, 3), "b": (16,)}, rng),
        build(MaxPool2D, {}, (None, 16, 8, 8), {}, rng),
        build(Conv2D, {"padding": "same"}, (None, 16, 4, 4), {"W": (32, 16, 3, 3), "b": (32,)}, rng),
        build(MaxPool2D, {}, (None, 32, 4, 4), {}, rng),
        build(Flatten, {}, (None, 32, 2, 2), {}, rng),
        build(Dense, {}, (None, 128), {"W": (128, 10), "b": (10,)}, rng),
    ]
    cnn[0].input_grad = False
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, 16, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(16, 32, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.MaxPool2d(2),
        torch.nn.Flatten(),
        torch.nn.Linear(128, 10),
    )
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    tx, ty = torch.tensor(x), torch.tensor(y)
    row("digits CNN step, N=64", lambda: nf_step(cnn, x, y), lambda: torch_step(model, tx, ty, opt))


if __name__ == "__main__":
    main()
