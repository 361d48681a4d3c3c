"""Own data: image folders, IDX and CIFAR-10 files, drawn points. Every fixture is generated
here (nothing downloads); every broken file gives its expected arrays or one clear error."""

from __future__ import annotations

import gzip
import os
import pickle
import struct

import numpy as np
import pytest
from data_fixtures import SHAPES, idx_bytes, shapes_folder, write_cifar_batch, write_cifar_meta, write_idx

from nodeflow.compute import datasets
from nodeflow.compute.datasets import DataError, describe, load
from nodeflow.compute.datasets import images as images_module
from nodeflow.compute.datasets.progress import DataCancelled, reporting
from nodeflow.compute.datasets.safe_pickle import PickleRefused, read_plain_pickle
from nodeflow.nodes import REGISTRY, ParamError

RAW = {"standardize": False, "validation_split": 0.0, "test_split": 0.0}


def _all(splits):
    x = np.concatenate([splits.train[0], splits.val[0], splits.test[0]])
    y = np.concatenate([splits.train[1], splits.val[1], splits.test[1]])
    return x, y


# ------------------------------------------------------------------------------ image folder
@pytest.fixture
def shapes(tmp_path):
    return shapes_folder(tmp_path / "shapes", per_class=6)


def test_image_folder_gives_images_scaled_and_class_names(shapes):
    params = {"source": "image_folder", "path": str(shapes), "image_size": 16, **RAW}
    sig = describe(params)
    assert sig.x.sample_shape == (1, 16, 16) and sig.classes == 3 and sig.n == 18
    assert sig.class_names == SHAPES
    x, y = _all(load(params, seed=0))
    assert x.shape == (18, 1, 16, 16) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0 and x.max() == pytest.approx(1.0)  # white background
    assert np.bincount(y).tolist() == [6, 6, 6]
    # the same image, decoded by hand, is the sample (order of the split is the seeded permutation)
    from PIL import Image

    first = np.asarray(Image.open(shapes / "circle" / "000.png").convert("L").resize((16, 16), Image.Resampling.BILINEAR))
    assert any(np.allclose(sample[0], first / 255, atol=1e-6) for sample in x)


def test_rgb_and_relative_path_and_max_images(shapes):
    params = {"source": "image_folder", "path": "shapes", "image_size": 8, "color": "rgb", "max_images": 9, **RAW}
    sig = describe(params, base_dir=shapes.parent)
    assert sig.x.sample_shape == (3, 8, 8) and sig.n == 9
    x, y = _all(load(params, 0, base_dir=shapes.parent))
    assert x.shape == (9, 3, 8, 8)
    assert sorted(np.bincount(y).tolist()) == [3, 3, 3]  # spread evenly: each class keeps its share


def test_unreadable_images_are_skipped_by_path_with_a_count(shapes):
    (shapes / "square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    (shapes / "circle" / "notes.jpg").write_text("not an image at all")
    good = (shapes / "triangle" / "000.png").read_bytes()
    (shapes / "triangle" / "truncated.png").write_bytes(good[: len(good) // 2])
    params = {"source": "image_folder", "path": str(shapes), "image_size": 8, **RAW}
    assert describe(params).n == 21  # listed; decoding finds the bad ones
    splits = load(params, 0)
    assert len(_all(splits)[0]) == 18
    note = " ".join(splits.signature.notes)
    assert "3 unreadable images skipped" in note and "training uses the other 18" in note
    assert "square/broken.png" in note and "circle/notes.jpg" in note
    assert any("unreadable" in n for n in describe(params).notes)  # the analysis keeps showing it


def test_a_decompression_bomb_is_refused_before_decoding(shapes, monkeypatch):
    monkeypatch.setattr(images_module, "MAX_IMAGE_PIXELS", 100)  # the 32 x 32 images are "too large"
    params = {"source": "image_folder", "path": str(shapes), "image_size": 8, **RAW}
    with pytest.raises(DataError, match=r"none of the 18 images .* 32 x 32 pixels is larger than the limit"):
        load(params, 0)


@pytest.mark.parametrize("layout, message", [
    ("missing", "image folder 'nowhere' not found"),
    ("file", "is a file, not a folder"),
    ("loose", r"no class folders with images \(it holds 2 images directly\)"),
    ("one_class", "images of one class only"),
    ("empty", "no class folders with images"),
])
def test_folder_layout_errors(tmp_path, layout, message):
    root = tmp_path / "data"
    root.mkdir()
    from data_fixtures import render_shape

    rng = np.random.default_rng(0)
    path = str(root)
    if layout == "missing":
        path = "nowhere"
    elif layout == "file":
        (root / "a.png").write_bytes(b"x")
        path = str(root / "a.png")
    elif layout == "loose":
        for i in range(2):
            render_shape("circle", rng).save(root / f"{i}.png")
    elif layout == "one_class":
        (root / "cat").mkdir()
        render_shape("circle", rng).save(root / "cat" / "1.png")
    elif layout == "empty":
        (root / "cat").mkdir()
    with pytest.raises(DataError, match=message):
        describe({"source": "image_folder", "path": path}, base_dir=tmp_path)


def test_empty_class_folders_are_left_out_with_a_note(shapes):
    (shapes / "hexagon").mkdir()
    sig = describe({"source": "image_folder", "path": str(shapes)})
    assert sig.classes == 3 and any("hexagon" in n for n in sig.notes)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_image_is_left_out_not_waited_on(shapes):
    os.mkfifo(shapes / "circle" / "pipe.png")
    params = {"source": "image_folder", "path": str(shapes), "image_size": 8, **RAW}
    assert describe(params).n == 18
    assert len(_all(load(params, 0))[0]) == 18


def test_a_new_image_is_seen_without_restarting(shapes):
    params = {"source": "image_folder", "path": str(shapes)}
    assert describe(params).n == 18
    (shapes / "circle" / "000.png").rename(shapes / "circle" / "new.png")
    (shapes / "circle" / "extra.png").write_bytes((shapes / "circle" / "001.png").read_bytes())
    assert describe(params).n == 19


def test_loading_reports_progress_and_can_be_cancelled(tmp_path):
    root = shapes_folder(tmp_path / "many", per_class=200, size=12)
    seen = []
    params = {"source": "image_folder", "path": str(root), "image_size": 8, **RAW}
    with reporting(lambda done, total, what: seen.append((done, total)) or True):
        load(params, 0)
    assert seen[0] == (0, 600) and seen[-1] == (600, 600) and len(seen) >= 3
    with reporting(lambda done, total, what: done < 256), pytest.raises(DataCancelled, match="cancelled after 256 of 600"):
        load(params, 0)


def test_memory_is_estimated_and_a_folder_too_large_is_refused(shapes, monkeypatch):
    from nodeflow.graph import io
    from nodeflow.graph.analysis import analyze

    monkeypatch.setenv("NODEFLOW_MEMORY_LIMIT", "2M")
    graph = io.loads(_cnn_text(str(shapes), image_size=256))
    analysis = analyze(graph)
    assert "data" in analysis.errors
    assert "MB" in analysis.errors["data"]


def _cnn_text(path: str, image_size: int = 16) -> str:
    import json

    nodes = [
        {"id": "data", "type": "Dataset", "params": {"source": "image_folder", "path": path, "image_size": image_size}},
        {"id": "flat", "type": "Flatten", "params": {}},
        {"id": "fc", "type": "Dense", "params": {"units": 3}},
        {"id": "soft", "type": "Softmax", "params": {}},
        {"id": "loss", "type": "CrossEntropy", "params": {}},
        {"id": "opt", "type": "Adam", "params": {}},
    ]
    edges = [(("data", "x"), ("flat", "in")), (("flat", "out"), ("fc", "in")), (("fc", "out"), ("soft", "in")),
             (("soft", "out"), ("loss", "pred")), (("data", "y"), ("loss", "target")), (("loss", "loss"), ("opt", "loss"))]
    return json.dumps({"format": "nodeflow", "version": 1, "name": "t", "nodes": [dict(n, pos=[0, 0]) for n in nodes],
                       "edges": [{"from": list(a), "to": list(b)} for a, b in edges],
                       "training": {"epochs": 2, "seed": 0}})


# --------------------------------------------------------------------------------------- idx
@pytest.fixture
def mnist_like(tmp_path):
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (40, 7, 5), dtype=np.uint8)
    labels = np.arange(40) % 10
    return images, labels


@pytest.mark.parametrize("gz", [False, True])
def test_idx_images_and_labels(tmp_path, mnist_like, gz):
    images, labels = mnist_like
    path = write_idx(tmp_path, images, labels, gz=gz)
    params = {"source": "idx", "path": str(path), **RAW}
    sig = describe(params)
    assert sig.x.sample_shape == (1, 7, 5) and sig.classes == 10 and sig.n == 40
    assert sig.class_names == tuple("0123456789")
    x, y = _all(load(params, 0))
    order = np.argsort([np.flatnonzero((images == (s[0] * 255).round().astype(np.uint8)).all(axis=(1, 2)))[0] for s in x])
    np.testing.assert_allclose(x[order][:, 0], images / 255, atol=1e-6)
    assert (y[order] == labels).all()


def test_idx_errors(tmp_path, mnist_like):
    images, labels = mnist_like
    path = write_idx(tmp_path, images, labels)
    params = {"source": "idx", "path": str(path)}
    good = path.read_bytes()
    path.write_bytes(b"\x01\x02\x08\x03" + good[4:])
    with pytest.raises(DataError, match=r"is not an IDX file \(it starts with 01 02 08 03"):
        describe(params)
    path.write_bytes(good[: len(good) - 100])
    with pytest.raises(DataError, match=r"truncated: its header says 40 x 7 x 5 values \(1.4 KB\) but the file holds"):
        load(params, 0)
    path.write_bytes(good)
    labels_file = tmp_path / "train-labels-idx1-ubyte"
    labels_file.write_bytes(idx_bytes(labels[:30].astype(np.uint8)))
    with pytest.raises(DataError, match="holds 40 images but train-labels-idx1-ubyte 30 labels"):
        describe(params)
    labels_file.unlink()
    with pytest.raises(DataError, match="expected train-labels-idx1-ubyte beside it"):
        describe(params)


def test_idx_gzip_bomb_costs_nothing(tmp_path, mnist_like):
    images, labels = mnist_like
    path = write_idx(tmp_path, images, labels, gz=True)
    header = bytes([0, 0, 8, 3]) + struct.pack(">3I", 40, 700, 500)
    path.write_bytes(gzip.compress(header + bytes(10**6)))  # promises 13 MB, holds 1 MB
    with pytest.raises(DataError, match="truncated"):
        load({"source": "idx", "path": str(path)}, 0)
    header = bytes([0, 0, 8, 3]) + struct.pack(">3I", 2**31, 2**16, 2**16)
    path.write_bytes(gzip.compress(header))
    with pytest.raises(DataError, match="announces .* of values; the limit is"):
        describe({"source": "idx", "path": str(path)})


# ----------------------------------------------------------------------------------- cifar10
NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_cifar_batches_read_as_planes_with_names(tmp_path, protocol):
    rng = np.random.default_rng(2)
    folder = tmp_path / "cifar-10-batches-py"
    first = rng.integers(0, 256, (12, 3, 32, 32), dtype=np.uint8)
    second = rng.integers(0, 256, (8, 3, 32, 32), dtype=np.uint8)
    write_cifar_batch(folder / "data_batch_1", first, list(range(10)) + [0, 1], protocol)
    write_cifar_batch(folder / "test_batch", second, [9] * 8, protocol)
    write_cifar_meta(folder, NAMES)
    params = {"source": "cifar10", "path": str(folder), **RAW}
    sig = describe(params)
    assert sig.x.sample_shape == (3, 32, 32) and sig.n == 20 and sig.class_names == tuple(NAMES)
    x, y = _all(load(params, 0))
    both = np.concatenate([first, second])
    for sample, label in zip(x, y, strict=True):
        match = np.flatnonzero((both == (sample * 255).round().astype(np.uint8)).all(axis=(1, 2, 3)))
        assert len(match) == 1 and label == ([*range(10), 0, 1] + [9] * 8)[match[0]]
    # the red plane comes first in each row of 3072 bytes
    flat = first.reshape(12, -1)
    assert (first[:, 0].reshape(12, -1) == flat[:, :1024]).all()


class _RunsCode:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_that_would_run_code_is_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / "ran"
    batch = tmp_path / "data_batch_1"
    batch.write_bytes(pickle.dumps({b"data": _RunsCode(str(marker)), b"labels": [0]}, protocol=2))
    with pytest.raises(DataError, match=r"data_batch_1 is refused: it asks for (posix|os|nt)\.system, which could run code.*source npz"):
        describe({"source": "cifar10", "path": str(batch)})
    assert not marker.exists()


@pytest.mark.parametrize("payload, message", [
    (lambda: pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0, 1]})[:-40], "truncated"),
    (lambda: pickle.dumps({b"pixels": 1}), "needs 'data' and 'labels'"),
    (lambda: pickle.dumps({b"data": np.zeros((2, 10), np.uint8), b"labels": [0, 1]}), r"must be bytes of shape \(N, 3072\)"),
    (lambda: pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0, 12]}), "labels must lie in 0..9"),
    (lambda: pickle.dumps({b"data": np.zeros((2, 3072), np.uint8), b"labels": [0]}), "2 images but 1 labels"),
    (lambda: pickle.dumps({b"data": np.zeros(2, dtype=object), b"labels": [0]}), "refused"),
    (lambda: b"hello, not a pickle", "refused"),
])
def test_cifar_errors(tmp_path, payload, message):
    batch = tmp_path / "data_batch_1"
    batch.write_bytes(payload())
    with pytest.raises(DataError, match=message):
        describe({"source": "cifar10", "path": str(batch)})


def test_plain_pickle_reader_builds_data_only():
    data = {"n": 3, "f": 1.5, "t": ("a", b"b", None, True), "a": np.arange(6, dtype=">i4").reshape(2, 3)}
    for protocol in (2, 3, 4, 5):
        read = read_plain_pickle(pickle.dumps(data, protocol=protocol))
        assert read["n"] == 3 and read["t"] == ("a", b"b", None, True)
        np.testing.assert_array_equal(read["a"], data["a"])
    with pytest.raises(PickleRefused, match="builtins.eval"):
        read_plain_pickle(b"cbuiltins\neval\n(S'1'\ntR.")


# ------------------------------------------------------------------------------------- drawn
def test_drawn_points_classification_and_regression():
    points = [[0.1, 0.2, 0], [0.5, -0.3, 1], [-0.4, 0.9, 2], [0.0, 0.0, 1]]
    params = {"source": "drawn", "points": points, **RAW}
    sig = describe(params)
    assert sig.classes == 3 and sig.class_names == ("A", "B", "C") and sig.n == 4
    x, y = _all(load(params, 0))
    got = sorted(zip(map(tuple, x.astype(np.float64).round(5).tolist()), y.tolist(), strict=True))
    assert got == sorted(((round(a, 5), round(b, 5)), c) for a, b, c in points)
    reg = {**params, "task": "regression"}
    x, y = _all(load(reg, 0))
    assert x.shape == (4, 1) and y.shape == (4, 1)
    got = sorted(zip(x[:, 0].astype(np.float64).round(5).tolist(), y[:, 0].astype(np.float64).round(5).tolist(), strict=True))
    assert got == sorted((round(a, 5), round(b, 5)) for a, b, _ in points)


@pytest.mark.parametrize("points, message", [
    ([], "no points drawn yet"),
    ([[0, 0, 1], [1, 1, 1]], "all drawn points are class B"),
])
def test_drawn_errors(points, message):
    with pytest.raises(DataError, match=message):
        describe({"source": "drawn", "points": points})


@pytest.mark.parametrize("bad", [[[0, 0]], [[0, float("nan"), 0]], [[0, 0, 11]], [[0, 0, True]], "0,0,1", [[0, 2e6, 0]]])
def test_points_parameter_is_checked(bad):
    with pytest.raises(ParamError, match="parameter 'points' must be"):
        REGISTRY.get("Dataset").validate_params({"source": "drawn", "points": bad})


def test_drawn_points_round_trip_through_the_file(tmp_path):
    from nodeflow.graph import io

    graph = io.loads(_cnn_text("unused"))
    points = [[0.25, -0.5, 0], [0.75, 0.5, 1]]
    graph.set_param("data", "source", "drawn") if hasattr(graph, "set_param") else None
    graph.nodes["data"].params.update({"source": "drawn", "points": points})
    io.save(graph, tmp_path / "drawn.nodeflow")
    again = io.load(tmp_path / "drawn.nodeflow")
    assert again.nodes["data"].params["points"] == points
    assert datasets.describe(again.nodes["data"].params).n == 2


def test_the_command_line_names_unreadable_images_after_training(shapes, tmp_path, capsys):
    from nodeflow.cli import main

    (shapes / "square" / "broken.png").write_bytes(b"not a png")
    graph = tmp_path / "g.nodeflow"
    graph.write_text(_cnn_text(str(shapes), image_size=8))
    assert main(["train", str(graph), "--json", "--epochs", "1"]) == 0
    err = capsys.readouterr().err
    assert "note: shapes: 1 unreadable image skipped (square/broken.png: not an image Pillow can read)" in err


def test_previews_of_stored_image_sets_read_only_a_few_images(tmp_path, mnist_like):
    from nodeflow.compute.datasets.preview import MAX_IMAGES, preview

    images, labels = mnist_like
    path = write_idx(tmp_path, images, labels)
    found = preview({"source": "idx", "path": str(path)})
    assert found.error is None and found.images.shape[1:] == (1, 7, 5) and len(found.images) <= MAX_IMAGES
    assert found.class_counts == (4,) * 10 and set(found.image_labels) == set(range(10))
    np.testing.assert_allclose(found.images[0, 0], images[0] / 255, atol=1e-6)
    folder = tmp_path / "cifar"
    rng = np.random.default_rng(0)
    write_cifar_batch(folder / "data_batch_1", rng.integers(0, 256, (20, 3, 32, 32)), [i % 10 for i in range(20)])
    write_cifar_meta(folder, NAMES)
    found = preview({"source": "cifar10", "path": str(folder)})
    assert found.error is None and found.images.shape[1:] == (3, 32, 32)
    assert found.class_names == tuple(NAMES) and found.class_counts == (2,) * 10
