"""The interface every layer, activation, merge and loss kernel implements.

Each kernel module keeps its maths in pure module-level functions (arrays in, arrays out, NumPy
only), in the style of numpy-ml's `_fwd`/`_bwd`; the `Kernel` subclass is a thin stateful
wrapper that caches what backward needs. Pure functions are what the gradient checks test and
what the NumPy exporter copies into scripts, so the engine and the exported code share one
source of truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.types import Inferred, TensorType


class Kernel:
    """A node built for computation, vectorized over the whole batch.

    The engine constructs it with the node's validated parameters, the types on its input ports,
    the result of its shape rule (which names the weights it owns and their shapes) and the
    dtype. Before the first call the engine puts arrays of the declared shapes into `w` (the
    weights, views into one flat buffer) and `g` (their gradients, likewise).
    """

    node_id: str = ""
    """The node's id, set by the engine when it builds the kernel (messages name the node)."""

    def __init__(
        self,
        params: Mapping[str, Any],
        inputs: Mapping[str, TensorType],
        inferred: Inferred,
        dtype: np.dtype | type = np.float32,
    ) -> None:
        self.params = dict(params)
        self.input_types = dict(inputs)
        self.inferred = inferred
        self.dtype = np.dtype(dtype)
        self.w: dict[str, np.ndarray] = {}
        self.g: dict[str, np.ndarray] = {}
        self.state: dict[str, np.ndarray] = {}
        """Non-trainable buffers saved with the weights (BatchNorm's running statistics)."""

    def forward(
        self, inputs: Mapping[str, np.ndarray], training: bool, rng: np.random.Generator
    ) -> dict[str, np.ndarray]:
        """Arrays on the input ports -> arrays on the output ports (batch dimension first).

        `training` switches Dropout and BatchNorm; `rng` is the run's seeded generator, the only
        source of randomness (dropout masks), so runs are reproducible.
        """
        raise NotImplementedError

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Gradients on the output ports -> gradients on the input ports.

        Writes (overwrites, never accumulates) the weight gradients into `g`. Input ports that
        take no gradient (a loss's `target`) are left out of the result.
        """
        raise NotImplementedError
