"""One harness every layer, merge, activation and loss type goes through (in the spirit of Keras's
`run_layer_test`): declaration, parameters, summary, kernel path, a good and a bad input."""

from __future__ import annotations

import importlib
import importlib.util
import re

import pytest
from catalogue_cases import CASES, CATEGORIES, labels

from nodeflow.nodes import LOSS, REGISTRY, Inferred, NodeSpec, ShapeError, TensorType, Weight

SPECS = [s for s in REGISTRY if s.category in CATEGORIES]
IDS = [s.type for s in SPECS]


def test_every_type_of_the_catalogue_is_registered():
    design = set(CASES)
    assert {s.type for s in SPECS} == design


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_declaration(spec: NodeSpec):
    assert spec.help.strip() and "\n" not in spec.help
    if spec.category == "loss":
        assert spec.inputs == ("pred", "target") and spec.outputs == ("loss",)
    elif spec.category == "merge":
        assert spec.inputs == ("a", "b") and spec.outputs == ("out",)
    else:
        assert spec.inputs == ("in",) and spec.outputs == ("out",)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_params_declared_for_learners(spec: NodeSpec):
    for p in spec.params:
        assert p.help.strip() and "\n" not in p.help, p.name
        assert p.coerce(p.default) == p.default
        if p.kind in ("int", "float", "int_or_choice"):
            assert p.low is not None and p.high is not None, f"{spec.type}.{p.name} needs a range"
            assert p.low <= p.high
        if p.kind in ("choice", "int_or_choice"):
            assert p.choices


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_defaults_validate(spec: NodeSpec):
    defaults = spec.defaults()
    assert spec.validate_params({}) == defaults
    assert spec.validate_params(defaults) == defaults


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_summary(spec: NodeSpec):
    text = spec.describe(spec.defaults())
    assert isinstance(text, str) and text.startswith(spec.type)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_kernel_path(spec: NodeSpec):
    assert spec.kernel is not None
    assert re.fullmatch(r"nodeflow\.compute\.(kernels|runtime)\.[a-z_]+:[A-Z][A-Za-z0-9]*", spec.kernel), spec.kernel
    module, cls = spec.kernel.split(":")
    assert hasattr(importlib.import_module(module), cls), spec.kernel


def _check_inferred(spec: NodeSpec, result: Inferred) -> None:
    assert isinstance(result, Inferred)
    assert set(result.outputs) == set(spec.outputs)
    for t in result.outputs.values():
        assert isinstance(t, TensorType)
        if spec.category == "loss":
            assert t == LOSS
        else:
            assert t.kind == "float" and len(t.shape) >= 2 and t.shape[0] is None
            assert all(isinstance(d, int) and d >= 1 for d in t.shape[1:])
    for name, w in result.weights.items():
        assert isinstance(w, Weight) and all(d >= 1 for d in w.shape), name
        assert w.init in ("fan", "zeros", "ones")
        if w.init == "fan":
            assert w.fan_in >= 1 and w.fan_out >= 1
    assert isinstance(result.macs, int) and result.macs >= 0
    if result.weights and spec.category == "layer":
        assert result.macs > 0


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_typical_input_infers(spec: NodeSpec):
    good, _ = CASES[spec.type]
    _check_inferred(spec, spec.infer(spec.defaults(), good))


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_bad_input_raises_shape_error(spec: NodeSpec):
    _, bad = CASES[spec.type]
    with pytest.raises(ShapeError) as info:
        spec.infer(spec.defaults(), bad)
    message = str(info.value)
    assert message and "\n" not in message
    assert info.value.port in spec.inputs
    # the analysis appends "from <source node>", so the message ends with what came on that port
    port = info.value.port
    got = str(bad[port])
    assert message.endswith(got) or message.endswith(f"{got} on {port}"), message


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_labels_go_only_into_a_losss_target(spec: NodeSpec):
    good, _ = CASES[spec.type]
    ports = ["pred"] if spec.category == "loss" else list(spec.inputs)
    for port in ports:
        with pytest.raises(ShapeError, match="labels can only go into a loss's target") as info:
            spec.infer(spec.defaults(), {**good, port: labels(3)})
        assert info.value.port == port


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_a_loss_goes_only_into_an_optimizer(spec: NodeSpec):
    good, _ = CASES[spec.type]
    for port in spec.inputs:
        with pytest.raises(ShapeError, match="optimizer") as info:
            spec.infer(spec.defaults(), {**good, port: LOSS})
        assert info.value.port == port


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_unconnected_input_is_a_shape_error(spec: NodeSpec):
    good, _ = CASES[spec.type]
    for port in spec.inputs:
        rest = {k: v for k, v in good.items() if k != port}
        with pytest.raises(ShapeError, match="not connected") as info:
            spec.infer(spec.defaults(), rest)
        assert info.value.port == port


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_unknown_param_is_refused(spec: NodeSpec):
    from nodeflow.nodes import ParamError

    with pytest.raises(ParamError, match="unknown parameter 'colour'"):
        spec.validate_params({"colour": 3})
