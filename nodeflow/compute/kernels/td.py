"""The TDLoss node's kernel (reinforcement learning): the TD loss of `nodeflow.compute.rl.td`
behind the engine's loss interface.

`pred` holds Q-values (B, A), `target` the packed (action, TD target) pairs (B, 2) the episode
loop feeds on the Environment's `target` port; the output `loss` is a 0-d array. The TD target
itself (r + gamma max Q_target(s', .)) is computed by the loop from the target network, so this
kernel needs nothing but the two arrays; `gamma` and `target_every` are read by the loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from nodeflow.compute.kernel import Kernel
from nodeflow.compute.rl.td import td_loss, td_loss_backward

if TYPE_CHECKING:
    from nodeflow.compute.types import Inferred, TensorType


class TDLoss(Kernel):
    """See the module docstring; `loss` "mse" or "huber" with `delta`."""

    def __init__(self, params: Mapping[str, Any], inputs: Mapping[str, TensorType], inferred: Inferred | None,
                 dtype: np.dtype | type = np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)  # type: ignore[arg-type]
        self.kind = str(self.params.get("loss") or "mse")
        self.delta = float(self.params.get("delta") or 1.0)
        self._q: np.ndarray | None = None
        self._target: np.ndarray | None = None

    def forward(self, inputs: Mapping[str, np.ndarray], training: bool, rng: np.random.Generator) -> dict[str, np.ndarray]:
        q = inputs["pred"]
        target = np.asarray(inputs["target"]).reshape(-1, 2)
        if target.shape[0] != q.shape[0]:
            raise ValueError(f"TDLoss: {target.shape[0]} targets for {q.shape[0]} rows of Q-values")
        self._q, self._target = q, target
        return {"loss": np.asarray(td_loss(q, target, self.kind, self.delta), dtype=q.dtype)}

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self._q is None or self._target is None:
            raise RuntimeError("TDLoss: backward called before forward")
        scale = float(np.asarray(grads["loss"]).reshape(()))
        dq = td_loss_backward(self._q, self._target, self.kind, self.delta)
        if scale != 1.0:
            dq = dq * scale
        return {"pred": dq.astype(self._q.dtype, copy=False)}
