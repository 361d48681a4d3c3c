"""Node declarations: the Dataset node, where training data enter the graph.

The shape rule asks `nodeflow.compute.datasets.describe` (imported lazily, so reading a graph
does not load NumPy data code until a Dataset is checked) for the types on `x` and `y`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from nodeflow.nodes.registry import register
from nodeflow.nodes.spec import Inferred, NodeSpec, Param, TensorType

SOURCES = (
    "linear", "xor", "moons", "circles", "spirals", "sine", "gaussian", "mixture", "ring",
    "digits", "iris", "wine", "breast_cancer", "diabetes", "csv", "npz",
    "image_folder", "idx", "cifar10", "drawn",
)
GENERATED = ("linear", "xor", "moons", "circles", "spirals", "sine")
FILES = ("csv", "npz")
GAN_TOYS = ("gaussian", "mixture", "ring")
"""Distributions for generative models: x is the point, y the mode it was drawn from."""
IMAGE_SOURCES = ("image_folder", "idx", "cifar10")
REGRESSION_SOURCES = ("linear", "sine", "diabetes", "csv", "npz", "drawn")
"""Sources whose targets can be numbers to predict (where standardize_target applies)."""


def dataset_rule(params: Mapping[str, Any], inputs: Mapping[str, TensorType]) -> Inferred:
    """No inputs -> x (N, *sample) float and y: labels (N,) for classification, (N, k) for regression."""
    from nodeflow.compute.datasets import describe

    signature = describe(params)
    values = 0
    if signature.n is not None:
        per_sample = math.prod(signature.x.sample_shape) + (math.prod(signature.y.sample_shape) or 1)
        values = signature.n * per_sample
    return Inferred({"x": signature.x, "y": signature.y}, data_values=values, notes=signature.notes)


def csv_columns(params: Mapping[str, Any], base_dir: str | None) -> list[str]:
    """The column names on the first line of the Dataset's csv file, offered for `target`; []
    when there is no such file (its problem is reported on the card by the shape rule)."""
    if params.get("source") != "csv" or not str(params.get("path") or "").strip():
        return []
    from nodeflow.compute.datasets import DataError, files

    try:
        return files.csv_header(files.resolve(params, ".csv", base_dir))
    except DataError:
        return []


def dataset_summary(params: Mapping[str, Any]) -> str:
    from nodeflow.compute.datasets import summary

    return summary(params)


DATASET = register(NodeSpec(
    type="Dataset",
    category="data",
    help=(
        "Where examples come from. Gives inputs on 'x' and the answers on 'y' (class labels, or "
        "numbers to predict). The data are shuffled once and split into a training part the "
        "network learns from, a validation part that shows whether it generalises, and a test "
        "part scored once at the end."
    ),
    inputs=(),
    outputs=("x", "y"),
    kernel=None,
    shape_rule=dataset_rule,
    summary=dataset_summary,
    params=(
        Param(
            "source", "choice", "moons",
            "Which data: generated toy sets (linear, xor, moons, circles, spirals, sine), small "
            "classic sets bundled with scikit-learn (digits: 8x8 handwritten digits; iris, wine, "
            "breast_cancer: classification; diabetes: regression), your own csv / npz file, a "
            "folder of images with one sub-folder per class (image_folder), MNIST-style IDX files "
            "(idx), CIFAR-10 batches (cifar10), or points you draw yourself (drawn).",
            choices=SOURCES,
        ),
        Param(
            "path", "path", "",
            "File for source csv or npz. A csv needs a header row; an npz needs arrays 'x' and "
            "'y' (numpy.savez(path, x=..., y=...)). image_folder: the folder holding one "
            "sub-folder of images per class. idx: the images file (train-images-idx3-ubyte, "
            "gzipped or not), with its labels file beside it. cifar10: the extracted "
            "cifar-10-batches-py folder, or one batch file.",
            only_for={"source": FILES + IMAGE_SOURCES},
        ),
        Param(
            "image_size", "int", 28,
            "image_folder only: every image is resized to this many pixels across and down "
            "(stretched when it is not square).",
            low=4, high=512,
            only_for={"source": ("image_folder",)},
        ),
        Param(
            "color", "choice", "grey",
            "image_folder only: grey gives one channel (N, 1, H, W), rgb three (N, 3, H, W). "
            "Transparent parts count as white.",
            choices=("grey", "rgb"),
            only_for={"source": ("image_folder",)},
        ),
        Param(
            "max_images", "int", 0,
            "image_folder, idx and cifar10: use at most this many images, taken evenly across "
            "the files so every class keeps its share (0 = all of them). Handy for a quick first run.",
            low=0, high=1_000_000,
            only_for={"source": IMAGE_SOURCES},
        ),
        Param(
            "points", "points", [],
            "drawn only: the points you draw in the area below (click to add, drag to paint, "
            "right-click or the eraser to remove). Stored in the graph file.",
            only_for={"source": ("drawn",)},
        ),
        Param(
            "target", "str", "",
            "csv only: the column to predict. Empty means the last column; all other columns are "
            "inputs. Numbers or text labels (setosa, versicolor, ...).",
            suggest=csv_columns,
            only_for={"source": ("csv",)},
        ),
        Param(
            "skip_bad_rows", "bool", False,
            "csv only: leave out rows that are not all numbers (a word, an empty cell, too few or "
            "too many values) and train on the others, instead of stopping at them. The analysis "
            "says how many rows were left out and where.",
            only_for={"source": ("csv",)},
        ),
        Param(
            "categorical", "choice", "one_hot",
            "csv only: how a text column (colour: red, green, ...) becomes inputs. one_hot gives "
            "one input per category (1 for the row's category, 0 for the others); index gives "
            "one input holding the category's number in sorted order. A text target always "
            "becomes class labels named by its values.",
            choices=("one_hot", "index"),
            only_for={"source": ("csv",)},
        ),
        Param(
            "fill_missing", "choice", "no",
            "csv only: what to do with an empty cell. no reports it by line and column; mean, "
            "median or zero fill it from the column (a text column gets its most frequent "
            "value). A missing target is never filled.",
            choices=("no", "mean", "median", "zero"),
            only_for={"source": ("csv",)},
        ),
        Param(
            "task", "choice", "auto",
            "csv, npz and drawn only: classification (predict a class) or regression (predict a "
            "number). auto picks classification when the target holds whole numbers with at most "
            "20 different values (or text labels), regression otherwise; drawn points are "
            "classes unless regression is chosen (then x across is the input, y up the target).",
            choices=("auto", "classification", "regression"),
            only_for={"source": FILES + ("drawn",)},
        ),
        Param(
            "n_samples", "int", 500,
            "How many examples to generate (generated sets only; the others have a fixed size).",
            low=10, high=1_000_000,
            only_for={"source": GENERATED + GAN_TOYS},
        ),
        Param(
            "noise", "float", 0.1,
            "Random scatter added to generated points (standard deviation). More noise makes the "
            "task harder and the boundary fuzzier.",
            low=0.0, high=10.0,
            only_for={"source": GENERATED},
        ),
        Param(
            "dims", "int", 1,
            "gaussian and mixture: 1 for numbers on a line (their histogram is the picture), 2 for "
            "points in the plane. Toy distributions for a GAN to learn; turn standardize off to "
            "keep the units given here.",
            low=1, high=2,
            only_for={"source": ("gaussian", "mixture")},
        ),
        Param(
            "mean", "float", 4.0,
            "gaussian: the centre of the bell curve (in 2-D, of both coordinates); mixture: the "
            "middle of the row of bells.",
            low=-1000.0, high=1000.0,
            only_for={"source": ("gaussian", "mixture")},
        ),
        Param(
            "std", "float", 0.5,
            "gaussian, mixture, ring: the spread (standard deviation) of each bell. A GAN's "
            "generated samples should end with the same spread.",
            low=0.001, high=100.0,
            only_for={"source": GAN_TOYS},
        ),
        Param(
            "components", "int", 2,
            "mixture and ring: how many bells (modes). A generator that covers only some of them "
            "shows mode collapse.",
            low=1, high=64,
            only_for={"source": ("mixture", "ring")},
        ),
        Param(
            "spread", "float", 4.0,
            "mixture: the distance between the centres of neighbouring bells.",
            low=0.0, high=1000.0,
            only_for={"source": ("mixture",)},
        ),
        Param(
            "radius", "float", 2.0,
            "ring: the radius of the circle the bells sit on (the ring is always 2-D).",
            low=0.0, high=1000.0,
            only_for={"source": ("ring",)},
        ),
        Param(
            "features", "int", 1,
            "linear only: how many inputs x1..xF; y = slope * (x1 + ... + xF) + intercept + noise.",
            low=1, high=1000,
            only_for={"source": ("linear",)},
        ),
        Param(
            "slope", "float", 2.0,
            "linear only: the true slope. Watch a Dense layer's weight move towards it.",
            only_for={"source": ("linear",)},
        ),
        Param(
            "intercept", "float", -1.0,
            "linear only: the true intercept. Watch a Dense layer's bias move towards it.",
            only_for={"source": ("linear",)},
        ),
        Param(
            "seq_len", "int", 20,
            "sine only: how many past values each example shows; the answer is the next value. "
            "x has shape (N, seq_len, 1), for RNN, LSTM or GRU layers.",
            low=2, high=1000,
            only_for={"source": ("sine",)},
        ),
        Param(
            "as_images", "bool", False,
            "digits only: give each digit as a 1x8x8 image (N, 1, 8, 8) for Conv2D layers instead "
            "of 64 numbers in a row (N, 64).",
            only_for={"source": ("digits",)},
        ),
        Param(
            "batch_size", "int", 32,
            "Examples per weight update. 1 is stochastic gradient descent; as many as the "
            "training set is full-batch descent; in between are mini-batches.",
            low=1, high=1_000_000,
        ),
        Param(
            "shuffle", "bool", True,
            "Shuffle the training examples into new batches every epoch (recommended).",
        ),
        Param(
            "validation_split", "float", 0.2,
            "Fraction of the data held out to check generalisation after each epoch (never trained on).",
            low=0.0, high=0.9,
        ),
        Param(
            "test_split", "float", 0.2,
            "Fraction of the data held out and scored once, after training.",
            low=0.0, high=0.9,
        ),
        Param(
            "standardize", "bool", True,
            "Shift and scale each input to mean 0 and standard deviation 1, using statistics of "
            "the training part only. Helps most networks train faster. Targets to predict are "
            "left in their own units (see standardize_target).",
        ),
        Param(
            "standardize_target", "bool", True,
            "Regression only: train on the targets shifted and scaled to mean 0 and standard "
            "deviation 1 (statistics of the training part), so house prices in the hundreds of "
            "thousands train like any other numbers. The loss curves are then in those standard "
            "units; RMSE and predictions are reported in the targets' own units. Files saved "
            "before this setting existed keep it off.",
            only_for={"source": REGRESSION_SOURCES},
        ),
    ),
))
