"""The Dataset node's declaration: ports, params, shape rule for several sources, summary."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.nodes import REGISTRY, NodeError, ParamError, TensorType

SPEC = REGISTRY.get("Dataset")


def _infer(**raw):
    params = SPEC.validate_params(raw)
    return SPEC.infer(params, {}).outputs


def test_declaration():
    assert SPEC.category == "data" and SPEC.inputs == () and SPEC.outputs == ("x", "y")
    assert SPEC.kernel is None
    names = {p.name for p in SPEC.params}
    assert {"source", "path", "target", "n_samples", "noise", "batch_size", "shuffle", "validation_split",
            "test_split", "standardize", "as_images", "seq_len", "slope", "intercept", "task"} <= names
    assert SPEC.param("source").choices == (
        "linear", "xor", "moons", "circles", "spirals", "sine", "gaussian", "mixture", "ring", "digits", "iris",
        "wine", "breast_cancer", "diabetes", "csv", "npz", "image_folder", "idx", "cifar10", "drawn",
    )
    assert all(p.help for p in SPEC.params)


@pytest.mark.parametrize(
    "raw, x, y",
    [
        ({}, (None, 2), TensorType((None,), "labels", 2)),
        ({"source": "spirals"}, (None, 2), TensorType((None,), "labels", 3)),
        ({"source": "digits"}, (None, 64), TensorType((None,), "labels", 10)),
        ({"source": "digits", "as_images": True}, (None, 1, 8, 8), TensorType((None,), "labels", 10)),
        ({"source": "sine", "seq_len": 12}, (None, 12, 1), TensorType((None, 1))),
        ({"source": "diabetes"}, (None, 10), TensorType((None, 1))),
        ({"source": "linear", "features": 4}, (None, 4), TensorType((None, 1))),
        ({"source": "iris"}, (None, 4), TensorType((None,), "labels", 3)),
    ],
)
def test_shape_rule(raw, x, y):
    out = _infer(**raw)
    assert out["x"] == TensorType(x) and out["y"] == y


def test_shape_rule_for_files(tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text("rooms,area,price\n1,50,100.5\n2,70,150.25\n3,90,199.0\n")
    out = _infer(source="csv", path=str(path))
    assert out["x"] == TensorType((None, 2)) and out["y"] == TensorType((None, 1))
    npz = tmp_path / "d.npz"
    np.savez(npz, x=np.zeros((6, 3, 5)), y=np.array([0, 1, 2, 0, 1, 2]))
    out = _infer(source="npz", path=str(npz))
    assert out["x"] == TensorType((None, 3, 5)) and out["y"] == TensorType((None,), "labels", 3)


def test_shape_rule_errors_are_node_errors(tmp_path):
    with pytest.raises(NodeError, match="csv file 'missing.csv' not found"):
        _infer(source="csv", path="missing.csv")
    path = tmp_path / "houses.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(NodeError, match="column 'price' not in houses.csv"):
        _infer(source="csv", path=str(path), target="price")


def test_param_ranges():
    with pytest.raises(ParamError):
        SPEC.validate_params({"validation_split": 0.95})
    with pytest.raises(ParamError):
        SPEC.validate_params({"batch_size": 0})
    with pytest.raises(ParamError):
        SPEC.validate_params({"noise": -0.1})
    with pytest.raises(ParamError):
        SPEC.validate_params({"source": "mnist"})


def test_summary():
    assert SPEC.describe(SPEC.validate_params({})) == "moons (500)"
    assert SPEC.describe(SPEC.validate_params({"source": "wine"})) == "wine (178)"
    assert SPEC.describe(SPEC.validate_params({"source": "csv"})) == "csv (no file)"
