"""Typical good and bad inputs for every layer, merge, activation and loss type (the harness's table)."""

from __future__ import annotations

from nodeflow.nodes import TensorType, batch

CATEGORIES = ("layer", "merge", "activation", "loss")


def labels(classes: int) -> TensorType:
    return TensorType((None,), kind="labels", classes=classes)


VEC = batch(64)
IMAGES = batch(1, 8, 8)
SEQ = batch(10, 3)

_ACTIVATION = ({"in": VEC}, {"in": labels(3)})
_REGRESSION = ({"pred": batch(1), "target": batch(1)}, {"pred": batch(1), "target": labels(3)})

# type -> (inputs that infer with default params, inputs that must raise ShapeError)
CASES: dict[str, tuple[dict[str, TensorType], dict[str, TensorType]]] = {
    "Dense": ({"in": VEC}, {"in": IMAGES}),
    "Flatten": ({"in": IMAGES}, {"in": labels(10)}),
    "Reshape": ({"in": VEC}, {"in": batch(10)}),
    "Dropout": ({"in": VEC}, {"in": labels(10)}),
    "Detach": ({"in": VEC}, {"in": labels(10)}),
    "BatchNorm": ({"in": IMAGES}, {"in": batch(1, 2, 3, 4, 5)}),
    "Conv2D": ({"in": IMAGES}, {"in": VEC}),
    "MaxPool2D": ({"in": IMAGES}, {"in": batch(1, 1, 1)}),
    "AvgPool2D": ({"in": IMAGES}, {"in": batch(3, 8)}),
    "RNN": ({"in": SEQ}, {"in": VEC}),
    "LSTM": ({"in": SEQ}, {"in": IMAGES}),
    "GRU": ({"in": SEQ}, {"in": batch(10)}),
    "Add": ({"a": VEC, "b": VEC}, {"a": VEC, "b": batch(32)}),
    "Concat": ({"a": VEC, "b": batch(32)}, {"a": IMAGES, "b": VEC}),
    "ReLU": _ACTIVATION,
    "LeakyReLU": _ACTIVATION,
    "ELU": _ACTIVATION,
    "SELU": _ACTIVATION,
    "Sigmoid": _ACTIVATION,
    "Tanh": _ACTIVATION,
    "Softplus": _ACTIVATION,
    "Softmax": ({"in": batch(10)}, {"in": batch(1)}),
    "Step": _ACTIVATION,
    "Identity": _ACTIVATION,
    "MSE": _REGRESSION,
    "MAE": _REGRESSION,
    "Huber": _REGRESSION,
    "BCE": ({"pred": batch(1), "target": labels(2)}, {"pred": batch(3), "target": labels(2)}),
    "CrossEntropy": ({"pred": batch(3), "target": labels(3)}, {"pred": batch(4), "target": labels(3)}),
}
