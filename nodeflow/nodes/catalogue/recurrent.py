"""Node declarations: RNN (tanh), LSTM, GRU over sequences (N, T, F).

Gates are fused into one matrix per input: LSTM Wx (F, 4H) in gate order i, f, g, o; GRU Wx (F, 3H)
in order r, z, n with separate input and hidden biases, exactly as PyTorch.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import SEQUENCES, expect_rank, fan_weight, init_param, single_input, zeros
from nodeflow.nodes.spec import Inferred, NodeSpec, Param, TensorType, TorchForm, Weight

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]

KERNELS = "nodeflow.compute.kernels.recurrent"


def _recurrent_rule(gates: int, split_bias: bool):
    """A shape rule for a cell with `gates` fused gate blocks of H units each."""

    def rule(params: Params, inputs: Inputs) -> Inferred:
        """(N, T, F) -> (N, T, H) with return_sequences, else (N, H) (the last step)."""
        t = single_input(inputs)
        hint = ""
        if len(t.shape) == 2:
            hint = "use a Dataset with seq_len, or Reshape to (T, F) first"
        elif len(t.shape) == 4:
            hint = "Reshape images to (T, F) first"
        expect_rank(t, 3, f"sequences {SEQUENCES}", hint=hint)
        steps, features, h = t.shape[1], t.shape[2], params["units"]
        g = gates * h
        weights: dict[str, Weight] = {
            "Wx": fan_weight((features, g), features, g),
            "Wh": fan_weight((h, g), h, g),
        }
        if split_bias:
            weights["bx"] = zeros(g)
            weights["bh"] = zeros(g)
        else:
            weights["b"] = zeros(g)
        out = (None, steps, h) if params["return_sequences"] else (None, h)
        return Inferred({"out": TensorType(out)}, weights, macs=steps * (features + h) * g)

    return rule


def _torch_recurrent(kind: str, split_bias: bool) -> TorchForm:
    """nn.RNN/LSTM/GRU, batch_first; torch's (G, F) weights are the engine's (F, G) transposed,
    with the same gate order; the last step when not return_sequences. RNN and LSTM have one
    bias in the engine: torch's second (`bias_hh_l0`) is frozen at zero."""
    bias = (("bias_ih_l0", "bx", False), ("bias_hh_l0", "bh", False)) if split_bias else (("bias_ih_l0", "b", False),)
    return TorchForm(
        module=lambda p, s: f"nn.{kind}({int(s['in'][-1])}, {int(p['units'])}, batch_first=True)",
        call=lambda p, i, s: f"self.{{me}}({i['in']})[0]" + ("" if p.get("return_sequences") else "[:, -1]"),
        copy=(("weight_ih_l0", "Wx", True), ("weight_hh_l0", "Wh", True), *bias),
        frozen=() if split_bias else ("bias_hh_l0",),
    )


def _recurrent(type_name: str, help_text: str, gates: int, formulas: tuple[str, ...], split_bias: bool = False) -> None:
    register(NodeSpec(
        type=type_name,
        category="layer",
        help=help_text,
        params=(
            Param("units", "int", 32, "Size of the hidden state carried from step to step.", low=1, high=4096),
            Param("return_sequences", "bool", False,
                  "Output the hidden state at every time step (N, T, H) instead of only the last (N, H)."),
            init_param(),
        ),
        shape_rule=_recurrent_rule(gates, split_bias),
        kernel=f"{KERNELS}:{type_name}",
        summary=lambda p: f"{type_name} {p['units']}" + (" seq" if p["return_sequences"] else ""),
        torch=_torch_recurrent(type_name, split_bias),
        sample_inputs={"in": TensorType((None, 4, 3))},
        formulas=formulas,
    ))


_recurrent("RNN", "Simple recurrent layer: reads a sequence step by step, h = tanh(x Wx + h Wh + b).", 1,
           ("h_t = tanh(x_t W + h_{t−1} U + b)",
            QT_TRANSLATE_NOOP("Explain", "∂L/∂W = Σ_t x_tᵀ δ_t  (backpropagation through time)")))
_recurrent("LSTM", "Long short-term memory: gated recurrent layer that can remember over many steps.", 4,
           ("i, f, o = σ(·), g = tanh(·),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)",))
_recurrent("GRU", "Gated recurrent unit: a lighter gated recurrent layer than LSTM.", 3,
           ("r = σ(x_t W_r + b_r + h_{t−1} U_r + b_hr),  z = σ(x_t W_z + b_z + h_{t−1} U_z + b_hz)",
            "n = tanh(x_t W_n + b_n + r ⊙ (h_{t−1} U_n + b_hn)),  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}"),
           split_bias=True)  # PyTorch's equations, which the kernel follows (the oracle test checks it)
