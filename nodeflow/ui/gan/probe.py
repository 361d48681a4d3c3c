"""GanProbe: what the GAN views show, measured on the network between epochs (NumPy only).

Runs in the training worker's thread while the network is idle (between epochs, after the
run), on the network's own kernels in inference mode, and returns fresh arrays:

- generated samples G(z) for a FIXED batch of noise drawn once per run (as GAN Lab does, so
  the points that move are the same points), and a fixed subset of the real training samples;
- D(x) on a grid over the data's space (2-D: a heat map; 1-D: a curve), the grid fixed at the
  first look so the picture does not rescale under the samples;
- the generator's gradient at the generated samples, -d(G's loss)/d(sample): where G's next
  step pushes each of them (GAN Lab's arrows), through the fused loss exactly as training does;
- D's mean output and accuracy on real and on generated samples, the samples' mean and spread,
  and for the toy mixtures how many modes the generated samples cover.

Which ports to read comes from `roles.find_roles`. The kernels' caches and the gradient buffer
are left as they were found (the gradient buffer is restored), so training goes on unaffected.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from nodeflow.ui.gan.roles import NOT_TWO, GanRoles, Port, find_roles

SAMPLES = 500
"""Real and generated samples drawn in the pictures."""
NUMBERS = 256
"""Samples behind D's per-epoch numbers (cheap enough for every epoch)."""
ARROWS = 200
"""Generated samples that get an arrow."""
GRID_2D = 60
GRID_1D = 200
BINS = 40
MARGIN = 0.35
"""Blank space around the data on each side, as a share of its extent."""
NOISE_SEED = 20_180_725
"""The fixed noise batch is drawn from its own generator (the run's stays untouched)."""
COVER_STD = 3.0
COVER_SHARE = 0.1
"""A mode counts as covered when at least this share of its fair share of generated samples
lies within COVER_STD of its spread from its centre."""


class ProbeError(RuntimeError):
    """The graph's wiring is not one the probe can evaluate (said in the GAN tab, never a
    reason for the run itself to fail: training goes on, the views say why they are empty)."""


CANNOT_EVALUATE = "the GAN views cannot evaluate a path that reads {node}"
"""Matched by a template in `nodeflow.i18n.engine.TEMPLATES` (after the node id)."""


def _noise(params: dict, n: int, rng: np.random.Generator) -> np.ndarray:
    shape = (n, *[int(d) for d in params.get("shape", [1])])
    scale = float(params.get("scale", 1.0))
    if params.get("distribution") == "uniform":
        return rng.uniform(-scale, scale, shape)
    return scale * rng.standard_normal(shape)


def _stride(n: int, limit: int) -> slice:
    return slice(None, None, max(1, n // limit))


class GanProbe:
    """Build with `create(network, splits, dataset_params)`; None when the graph has fewer than
    two objectives, a `GanProbe` whose `error` says why when it is not a GAN it can show."""

    def __init__(self, network: Any, roles: GanRoles | None, splits: Any = None,
                 dataset_params: dict | None = None, error: str | None = None) -> None:
        self.network, self.roles, self.error = network, roles, error
        self.splits, self.dataset_params = splits, dict(dataset_params or {})
        self.params = {n: dict(node.params) for n, node in network.graph.nodes.items()}
        self.types = {n: node.type for n, node in network.graph.nodes.items()}
        self.dtype = network.dtype
        self.rng = np.random.default_rng(0)  # dropout is off in inference; kernels still take one
        self.z: dict[str, np.ndarray] = {}
        self.real = np.zeros((0, 1))
        self.real_modes: np.ndarray | None = None
        self.frame: dict | None = None
        if roles is None:
            return
        noise_rng = np.random.default_rng(NOISE_SEED)
        self.z = {n: _noise(self.params[n], SAMPLES, noise_rng).astype(self.dtype) for n in roles.noise}
        if splits is not None:
            x, y = splits.train
            pick = _stride(len(x), SAMPLES)
            self.real = np.array(x[pick][:SAMPLES], dtype=self.dtype, copy=True)
            labels = np.asarray(y)[pick][:SAMPLES]
            self.real_modes = labels.astype(np.int64) if labels.dtype.kind in "iu" else None

    @classmethod
    def create(cls, network: Any, splits: Any = None, dataset_params: dict | None = None) -> GanProbe | None:
        plan = getattr(network, "plan", None)
        if plan is None or len(getattr(plan, "objectives", ())) < 2:
            return None
        roles = find_roles(network.graph, plan)
        if isinstance(roles, str):
            return cls(network, None, error=roles)
        return cls(network, roles, splits, dataset_params)

    # ------------------------------------------------------------------ evaluation
    def _feed(self, node: str, n: int) -> np.ndarray:
        """The output of a data node the probe supplies itself: a Constant's value, the noise."""
        kind, p = self.types.get(node), self.params.get(node, {})
        if kind == "Constant":
            shape = (n, *[int(d) for d in p.get("shape", [1])])
            return np.full(shape, float(p.get("value", 1.0)), self.dtype)
        if kind == "Noise":
            z = self.z[node]
            return z[:n] if len(z) >= n else np.resize(z, (n, *z.shape[1:]))
        raise ProbeError(f"{node}: " + CANNOT_EVALUATE.format(node=node))

    def _run(self, nodes: tuple[str, ...], wiring: Any, feeds: dict[Port, np.ndarray]) -> dict[Port, np.ndarray]:
        vals = dict(feeds)
        n = len(next(iter(feeds.values())))
        kernels = self.network.kernels
        for node in nodes:
            inputs = {}
            for port, src in wiring[node].items():
                if src not in vals:
                    vals[src] = self._feed(src[0], n)
                inputs[port] = vals[src]
            out = kernels[node].forward(inputs, False, self.rng)
            for port, value in out.items():
                vals[(node, port)] = value
        return vals

    def _raw_wiring(self) -> dict[str, dict[str, Port]]:
        graph = self.network.graph
        return {n: {p: e.src for p, e in graph.incoming(n).items()} for n in graph.nodes}

    def generate(self, n: int = SAMPLES) -> np.ndarray:
        """G(z) for the first n samples of the fixed noise batch (n <= SAMPLES)."""
        r = self.roles
        feeds = {(z_node, "out"): z[:n] for z_node, z in self.z.items()}
        vals = self._run(r.generator, self._raw_wiring(), feeds)
        return np.array(vals[r.fake], dtype=np.float64, copy=True)

    def judge(self, x: np.ndarray, chunk: int = 4096) -> np.ndarray:
        """D(x) (as the generator's loss reads it) for samples x shaped like G's output -> (n,)."""
        r, wiring = self.roles, self._raw_wiring()
        parts = []
        for i in range(0, len(x), chunk):
            vals = self._run(r.judge_path, wiring, {r.fake: np.asarray(x[i:i + chunk], self.dtype)})
            parts.append(np.asarray(vals[r.judge], np.float64).reshape(len(x[i:i + chunk]), -1)[:, 0])
        return np.concatenate(parts) if parts else np.zeros(0)

    def push(self, fake: np.ndarray) -> np.ndarray | None:
        """-d(G's loss)/d(sample) at each generated sample: the direction G's update moves it."""
        r, net = self.roles, self.network
        plan = net.plan
        wiring = plan.inputs
        loss_kernel = net.kernels.get(r.g_loss)
        if loss_kernel is None or any(n not in wiring for n in r.judge_path):
            return None
        on_path = {r.fake[0], *r.judge_path}
        nodes = (*r.judge_path, r.g_loss)
        flat_g = net.flat_g.copy()
        flags = {n: net.kernels[n].__dict__.get("input_grad") for n in r.judge_path}
        try:
            for n in r.judge_path:
                if hasattr(net.kernels[n], "input_grad"):
                    net.kernels[n].input_grad = True
            vals = self._run(nodes, wiring, {r.fake: np.asarray(fake, self.dtype)})
            grads: dict[Port, np.ndarray] = {(r.g_loss, "loss"): np.ones((), self.dtype)}
            for n in reversed(nodes):
                outs = {q: grads.get((n, q)) for q in net.graph.nodes[n].spec.outputs}
                if all(g is None for g in outs.values()):
                    continue
                outs = {q: g if g is not None else np.zeros_like(vals[(n, q)]) for q, g in outs.items()}
                in_g = net.kernels[n].backward(outs)
                for port, src in wiring[n].items():
                    g = in_g.get(port)
                    if g is None or src[0] not in on_path:
                        continue
                    grads[src] = g if src not in grads else grads[src] + g
            g = grads.get(r.fake)
            return None if g is None else -np.asarray(g, np.float64) * len(fake)
        finally:
            net.flat_g[...] = flat_g
            for n, flag in flags.items():
                kernel = net.kernels[n]
                if flag is None:
                    kernel.__dict__.pop("input_grad", None)
                else:
                    kernel.input_grad = flag

    # ------------------------------------------------------------------ results
    def _give_up(self, exc: ProbeError) -> None:
        """A path the probe cannot evaluate: stop probing and keep the reason for the tab."""
        self.roles, self.error = None, str(exc)

    def numbers(self) -> dict[str, float]:
        """D's mean output and accuracy on real and on generated samples (every epoch); {}
        when the probe cannot evaluate this graph."""
        if self.roles is None:
            return {}
        try:
            return self._numbers()
        except ProbeError as exc:
            self._give_up(exc)
            return {}

    def _numbers(self) -> dict[str, float]:
        fake = self.generate(min(NUMBERS, SAMPLES))
        d_fake = self.judge(fake)
        d_real = self.judge(self.real[:NUMBERS]) if len(self.real) else np.zeros(0)
        return {
            "d_real": _mean(d_real), "d_fake": _mean(d_fake),
            "acc_real": _mean((d_real > 0.5).astype(np.float64)),
            "acc_fake": _mean((d_fake < 0.5).astype(np.float64)),
        }

    def picture(self, epoch: int | None = None) -> dict[str, Any]:
        """Everything the GAN tab draws, as fresh arrays (see the module docstring); {"error":
        reason} when it cannot draw this graph."""
        if self.roles is not None:
            try:
                return self._picture(epoch)
            except ProbeError as exc:
                self._give_up(exc)
        return {"error": self.error or NOT_TWO, "epoch": epoch}

    def _picture(self, epoch: int | None) -> dict[str, Any]:
        fake = self.generate()
        sample = fake.shape[1:]
        out: dict[str, Any] = {"epoch": epoch, **self._numbers()}
        real = np.asarray(self.real, np.float64)
        if len(sample) == 1 and sample[0] in (1, 2):
            dims = sample[0]
            out.update(dims=dims, real=real, fake=fake, real_modes=self.real_modes)
            if len(real):
                out["stats"] = {"real_mean": real.mean(axis=0), "real_std": real.std(axis=0),
                                "fake_mean": fake.mean(axis=0), "fake_std": fake.std(axis=0)}
            self._fix_frame(real, fake, dims)
            if dims == 1:
                out.update(self._density(real, fake))
            else:
                out["field"] = self._field_2d()
                arrows = self.push(fake[:ARROWS])
                out["arrows"] = arrows
            out["modes"] = self._modes(fake)
        else:
            shown, real_units = fake[:48], real
            if self.splits is not None and self.splits.mean is not None:  # back to the data's units
                std = np.asarray(self.splits.std, np.float64)
                mean = np.asarray(self.splits.mean, np.float64)
                shown, real_units = shown * std + mean, real * std + mean
            levels = (0.0, 1.0)
            if real_units.size:  # the real images' grey scale, so a sheet compares with the data
                levels = (float(np.percentile(real_units, 1)), float(np.percentile(real_units, 99)))
            out.update(dims=int(np.prod(sample)), images=_as_images(shown), levels=levels)
        return out

    def _fix_frame(self, real: np.ndarray, fake: np.ndarray, dims: int) -> None:
        if self.frame is not None:
            return
        both = np.concatenate([real, fake]) if len(real) else fake
        lo, hi = np.percentile(both, 0.5, axis=0), np.percentile(both, 99.5, axis=0)
        if len(real):  # the real data decide the frame; generated samples widen it only so far
            r_lo, r_hi = real.min(axis=0), real.max(axis=0)
            span = np.maximum(r_hi - r_lo, 1e-3)
            lo = np.maximum(np.minimum(lo, r_lo), r_lo - 1.5 * span)
            hi = np.minimum(np.maximum(hi, r_hi), r_hi + 1.5 * span)
        span = np.maximum(hi - lo, 1e-3)
        lo, hi = lo - MARGIN * span, hi + MARGIN * span
        if dims == 2:  # square, so the plane is drawn to scale
            centre, half = (lo + hi) / 2, float(np.max(hi - lo)) / 2
            lo, hi = centre - half, centre + half
        self.frame = {"lo": lo, "hi": hi}

    def _density(self, real: np.ndarray, fake: np.ndarray) -> dict[str, Any]:
        lo, hi = float(self.frame["lo"][0]), float(self.frame["hi"][0])
        edges = np.linspace(lo, hi, BINS + 1)
        width = edges[1] - edges[0]

        def density(v: np.ndarray) -> np.ndarray:
            counts, _ = np.histogram(np.clip(v[:, 0], lo, hi), bins=edges)
            return counts / max(1, len(v)) / width

        xs = np.linspace(lo, hi, GRID_1D)
        return {"hist_edges": edges, "real_hist": density(real), "fake_hist": density(fake),
                "field": {"x": xs, "d": self.judge(xs.reshape(-1, 1))}}

    def _field_2d(self) -> dict[str, Any]:
        lo, hi = self.frame["lo"], self.frame["hi"]
        gx = np.linspace(lo[0], hi[0], GRID_2D)
        gy = np.linspace(lo[1], hi[1], GRID_2D)
        xx, yy = np.meshgrid(gx, gy, indexing="ij")  # axis 0 = x0, axis 1 = x1 (col-major image)
        d = self.judge(np.stack([xx.ravel(), yy.ravel()], axis=1))
        return {"image": d.reshape(GRID_2D, GRID_2D).astype(np.float32),
                "rect": (float(lo[0]), float(lo[1]), float(hi[0] - lo[0]), float(hi[1] - lo[1]))}

    def _modes(self, fake: np.ndarray) -> dict[str, Any] | None:
        """For the toy mixtures: how many modes the generated samples cover (in data units)."""
        p = self.dataset_params
        if p.get("source") not in ("mixture", "ring"):
            return None
        from nodeflow.compute.datasets.toys import toy_centres

        raw = fake
        if self.splits is not None and self.splits.mean is not None:
            raw = fake * np.asarray(self.splits.std, np.float64).reshape(1, -1) + np.asarray(
                self.splits.mean, np.float64).reshape(1, -1)
        centres = toy_centres(p)
        dist = np.linalg.norm(raw[:, None, :] - centres[None, :, :], axis=2)  # (n, k)
        near = dist <= COVER_STD * float(p["std"])
        counts = near.sum(axis=0)
        fair = len(fake) / len(centres)
        covered = int(np.sum(counts >= max(1.0, COVER_SHARE * fair)))
        return {"covered": covered, "total": len(centres), "near": float(near.any(axis=1).mean()),
                "counts": counts.astype(np.int64)}


def _mean(v: np.ndarray) -> float:
    return float(v.mean()) if v.size else math.nan


def _as_images(x: np.ndarray) -> np.ndarray:
    """Generated samples -> (n, h, w) pictures: (n, 1, h, w) images, or square flat vectors."""
    if x.ndim == 4:
        return x[:, 0]
    if x.ndim == 3:
        return x
    side = int(round(math.sqrt(x.shape[1])))
    if side * side == x.shape[1]:
        return x.reshape(len(x), side, side)
    return x.reshape(len(x), 1, -1)
