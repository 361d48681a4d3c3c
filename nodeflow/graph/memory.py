"""How much memory training a graph needs, estimated from its analysis before anything is allocated.

`check` runs as the last rule of `graph.analysis.analyze`, so `nodeflow check`, the canvas and
the trainer (which all analyse a graph before building it) refuse an oversize graph the same
way: one error on the node responsible, with the figures. The estimate itself is kept on the
analysis (`Analysis.memory`) for the status bar and `nodeflow check`.

What is counted, in the graph's dtype unless said otherwise:
- weights: each parameter, its gradient and the engine's decay mask, plus the optimizer's
  buffers (the state its kernel declares, a scratch buffer, one more with weight decay);
- activations for one training batch: every output and its gradient, what kernels keep for
  backward (counted as one more copy of each output), and for a layer with weights what it
  keeps where they are applied: at each position (multiply-adds / weight size: the pixels of
  a convolution, the steps of a recurrent layer) the values going in and coming out (im2col
  columns, gate values);
- evaluation (while the last batch's values are still held): the outputs and what the layers
  keep for one chunk of the validation or test split (at most EVAL_CHUNK samples);
- data: the samples as read (float64), two float64 temporaries while standardizing, and two
  copies in the dtype (all samples, and the split).
It is an estimate (the allocator, Python and the window add their share), meant to refuse what
cannot fit before a MemoryError or the system's out-of-memory killer ends the program.
"""

from __future__ import annotations

import importlib
import math
import os
from dataclasses import dataclass
from typing import Any

from nodeflow.userfiles import format_bytes

EVAL_CHUNK = 1024
LIMIT_FRACTION = 0.8
"""Share of this computer's memory (or of its container's limit) a training may plan to use."""
LIMIT_ENV = "NODEFLOW_MEMORY_LIMIT"
"""Set to a size ("8G", "512M", a number of bytes) to use instead of LIMIT_FRACTION of the memory."""
RAW_COPIES, DTYPE_COPIES = 3, 2
"""Data: float64 copies (as read, two temporaries while standardizing), then copies in the dtype."""


@dataclass(frozen=True)
class Part:
    """One node's share: `kind` "weights", "activations" or "data", in bytes."""

    node: str
    kind: str
    bytes: int
    detail: str


@dataclass(frozen=True)
class Estimate:
    """Bytes training needs, by kind, and the single largest part (the node to blame)."""

    weights: int
    activations: int
    data: int
    batch: int
    largest: Part | None

    @property
    def total(self) -> int:
        return self.weights + self.activations + self.data

    def summary(self) -> str:
        """"about 12 MB to train: weights 1.2 MB, activations 2.0 MB (batches of 32), data 9 MB"."""
        return (f"about {size_text(self.total)} to train: weights {size_text(self.weights)}, "
                f"activations {size_text(self.activations)} (batches of {self.batch:,}), data {size_text(self.data)}")


def size_text(n: float) -> str:
    """Bytes as people read them: "980 bytes", "12 KB", "1.5 GB" (powers of 1024)."""
    return format_bytes(n)


def parse_size(text: str) -> int | None:
    """"8G", "512 MB", "1.5g", "1000000" -> bytes; None when it is not a size."""
    text = text.strip().upper().removesuffix("B").removesuffix("I").strip()
    scale = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}.get(text[-1:], 1)
    number = text[:-1] if scale != 1 else text
    try:
        value = float(number)
    except ValueError:
        return None
    return int(value * scale) if math.isfinite(value) and value > 0 else None


def _physical_memory() -> int | None:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None
    for cgroup in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            with open(cgroup, encoding="ascii") as fh:
                text = fh.read(64).strip()
        except OSError:
            continue
        if text.isdigit() and 0 < int(text) < total:
            total = int(text)
    return total


def limit() -> tuple[int, str]:
    """(bytes a training may plan to use, how that was decided, for messages)."""
    configured = os.environ.get(LIMIT_ENV, "")
    if configured:
        value = parse_size(configured)
        if value is not None:
            return value, f"the limit set by {LIMIT_ENV}"
    total = _physical_memory()
    if total is None:
        return 2**62, "no limit known"
    return int(total * LIMIT_FRACTION), f"{LIMIT_FRACTION:.0%} of this computer's {size_text(total)}"


# ----------------------------------------------------------------------------------- estimate
def _elements(types: Any) -> int:
    """Values per sample over the output types given (a loss counts as none)."""
    return sum(math.prod(t.sample_shape) for t in types if t.kind != "loss")


def _applied(inferred: Any) -> int:
    """Values per sample a layer keeps where its weights are applied: at each position (pixel,
    time step; multiply-adds / weight size of them) the values going in (fan-in: im2col columns
    for a convolution) and coming out (weight size / fan-in: channels, a recurrent layer's gates)."""
    fans = [w for w in inferred.weights.values() if w.fan_in and w.fan_out]
    size = sum(w.size for w in fans)
    if not size or not inferred.macs:
        return 0
    positions = max(1, inferred.macs // size)
    return positions * sum(w.fan_in + w.size // w.fan_in for w in fans)


def _optimizer_buffers(graph: Any, specs: dict[str, Any], analysis: Any) -> tuple[int, str]:
    """(buffers per parameter the optimizer keeps, its node id) from its kernel's own state."""
    for node_id in analysis.order:
        spec = specs.get(node_id)
        if spec is None or spec.category != "optimizer" or node_id not in analysis.params:
            continue
        params = analysis.params[node_id]
        try:
            module, _, name = str(spec.kernel).partition(":")
            kernel = getattr(importlib.import_module(module), name)(params, 0, "float64")
            buffers = len(kernel.state) + 1
        except Exception:  # an optimizer that cannot be built is reported elsewhere
            buffers = 3
        return buffers + (1 if params.get("weight_decay") else 0), node_id
    return 0, ""


def estimate(graph: Any, specs: dict[str, Any], analysis: Any) -> Estimate:
    """The memory training `graph` needs, from its (error-free) analysis."""
    itemsize = 8 if (graph.training or {}).get("dtype") == "float64" else 4
    buffers, _optimizer = _optimizer_buffers(graph, specs, analysis)
    per_weight = itemsize * (3 + buffers)

    n, batch, chunk, data_part = 0, 1, 0, None
    for node_id in analysis.order:
        inferred = analysis.inferred.get(node_id)
        if inferred is None or not inferred.data_values:
            continue
        per_sample = max(1, sum(math.prod(t.sample_shape) or 1 for t in inferred.outputs.values()))
        n = inferred.data_values // per_sample
        params = analysis.params.get(node_id, {})
        val, test = float(params.get("validation_split", 0) or 0), float(params.get("test_split", 0) or 0)
        n_train = max(1, int(n * (1 - val - test)))
        chunk = min(EVAL_CHUNK, int(n * max(val, test)) + 1)
        size = int(params.get("batch_size", 0) or 0)
        batch = n_train if size <= 0 or size >= n_train else size
        data_bytes = inferred.data_values * (8 * RAW_COPIES + itemsize * DTYPE_COPIES)
        detail = f"the data ({n:,} samples of {per_sample:,} values, as read and as trained on)"
        data_part = Part(node_id, "data", data_bytes, detail)
        break

    parts: list[Part] = [] if data_part is None else [data_part]
    weights = activations = 0
    sharing = analysis.sharing
    for node_id in analysis.order:
        inferred = analysis.inferred.get(node_id)
        if inferred is None or inferred.data_values:
            continue
        if inferred.param_count and node_id in sharing:  # another node's weights: only its own gradients
            share = inferred.param_count * itemsize
            weights += share
            parts.append(Part(node_id, "weights", share,
                              f"the gradients of the {inferred.param_count:,} weights it shares with {sharing[node_id]}"))
        elif inferred.param_count:
            share = inferred.param_count * per_weight
            weights += share
            parts.append(Part(node_id, "weights", share,
                              f"its {inferred.param_count:,} weights with their gradients and the optimizer's state"))
        outputs, applied = _elements(inferred.outputs.values()), _applied(inferred)
        share = (batch * (3 * outputs + applied) + chunk * (outputs + applied)) * itemsize
        activations += share
        parts.append(Part(node_id, "activations", share, f"its outputs for a batch of {batch:,} samples"))
    largest = max(parts, key=lambda p: p.bytes, default=None)
    return Estimate(weights, activations, 0 if data_part is None else data_part.bytes, batch, largest)


_ADVICE = {
    "weights": "make this layer smaller (fewer units or filters)",
    "activations": "use a smaller batch_size, or make this layer's output smaller",
    "data": "use fewer samples or smaller samples",
}


def check(graph: Any, specs: dict[str, Any], analysis: Any) -> None:
    """Keep the estimate on `analysis.memory`; when it exceeds `limit()`, add an error on the
    node with the largest share, saying how much is needed, how much there is, and what to do."""
    if not analysis.ok:
        return
    found = estimate(graph, specs, analysis)
    analysis.memory = found
    available, why = limit()
    if found.total <= available or found.largest is None:
        return
    part = found.largest
    analysis.errors[part.node] = (
        f"{part.node}: training needs about {size_text(found.total)} of memory, more than the "
        f"{size_text(available)} it may use ({why}); the largest part is {part.detail} "
        f"({size_text(part.bytes)}): {_ADVICE[part.kind]}")
