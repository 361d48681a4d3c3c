"""Which node types can take the other end of a wire dragged out of a port: the quick search
opened by dropping that wire on empty canvas lists only these. Each type's own shape rule
decides, fed with what flows on the port (no list of types is kept here)."""

from __future__ import annotations

from collections.abc import Mapping

from nodeflow.nodes import REGISTRY, NodeSpec, TensorType, batch

_PROBES = (batch(8), batch(4, 8), batch(1, 8, 8))
"""Values tried on inputs whose value is unknown (vectors, sequences, images)."""


def fits(spec: NodeSpec, params: Mapping, port: str, t: TensorType,
         others: Mapping[str, TensorType] | None = None) -> bool:
    """Whether `spec` takes `t` on `port`: its shape rule succeeds with the other inputs set to
    what they get now (`others`) or, where unknown, to `t` itself or to some usual value."""
    rest = [p for p in spec.inputs if p != port and p not in (others or {})]
    fills = [t, *_PROBES]
    if t.kind == "labels" and t.classes:
        fills.append(batch(t.classes))
    for fill in fills if rest else [None]:
        inputs = {**(others or {}), **{p: fill for p in rest}, port: t}
        try:
            spec.infer(params, inputs)
        except Exception:  # noqa: BLE001 - any refusal: try the next filling
            continue
        return True
    return False


def consumers(t: TensorType | None) -> dict[str, str]:
    """Type name -> input port, for every type that can take `t` (every type with inputs when
    the value is unknown, e.g. downstream of an error)."""
    out = {}
    for spec in REGISTRY:
        if not spec.inputs:
            continue
        if t is None:
            out[spec.type] = spec.inputs[0]
            continue
        params = spec.validate_params({})
        port = next((p for p in spec.inputs if fits(spec, params, p, t)), None)
        if port is not None:
            out[spec.type] = port
    return out


def producers(wanted: NodeSpec, params: Mapping, port: str, others: Mapping[str, TensorType]) -> dict[str, str]:
    """Type name -> output port, for every type whose output `wanted`'s input `port` takes
    (given what its other inputs get now)."""
    out = {}
    for spec in REGISTRY:
        if not spec.outputs:
            continue
        if spec.inputs:
            trials = [(spec.validate_params({}), {p: probe for p in spec.inputs}) for probe in _PROBES]
        else:  # what a source gives depends on its parameters (a Dataset's source): try its choices
            trials = [(variant, {}) for variant in _variants(spec)]
        for mine, inputs in trials:
            try:
                outputs = spec.infer(mine, inputs).outputs
            except Exception:  # noqa: BLE001 - this probe does not fit the candidate
                continue
            index = wanted.inputs.index(port)  # x feeds a first input, y a target: try the matching one first
            ranked = sorted(spec.outputs, key=lambda n: abs(spec.outputs.index(n) - index))
            name = next((n for n in ranked if n in outputs and fits(wanted, params, port, outputs[n], others)), None)
            if name is not None:
                out[spec.type] = name
                break
    return out


def _variants(spec: NodeSpec) -> list[dict]:
    """The default parameters, then each value of each choice parameter in turn."""
    base = spec.validate_params({})
    out = [base]
    for param in spec.params:
        if param.kind == "choice":
            out.extend({**base, param.name: c} for c in param.choices if c != base[param.name])
    return out
