"""Datasets: shapes agree with describe(), seeded determinism, train-only standardization,
csv and npz files with every error a user can make."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.datasets import DataError, describe, load
from nodeflow.nodes import NodeError
from nodeflow.nodes.catalogue.data import SOURCES

BUILT_IN = [s for s in SOURCES if s not in ("csv", "npz", "image_folder", "idx", "cifar10", "drawn")]
SMALL = {"n_samples": 120}


def _check_against_signature(splits, signature):
    for x, y in (splits.train, splits.val, splits.test):
        assert x.shape[1:] == signature.x.sample_shape
        assert len(x) == len(y)
        if signature.task == "classification":
            assert y.dtype == np.int64 and y.ndim == 1
            assert y.min() >= 0 and y.max() < signature.classes
        else:
            assert y.dtype == x.dtype and y.shape[1:] == signature.y.sample_shape


@pytest.mark.parametrize("source", BUILT_IN)
def test_shapes_match_describe_and_seed_decides(source):
    params = {"source": source, **SMALL}
    sig = describe(params)
    a = load(params, seed=0)
    _check_against_signature(a, sig)
    assert a.signature == sig
    assert a.train[0].dtype == np.float32
    n = sum(len(part[0]) for part in (a.train, a.val, a.test))
    assert n == sig.n
    if sig.task == "classification":  # every class shows up in a dataset this size
        assert len(np.unique(np.concatenate([a.train[1], a.val[1], a.test[1]]))) == sig.classes

    b = load(params, seed=0)
    for (xa, ya), (xb, yb) in zip((a.train, a.val, a.test), (b.train, b.val, b.test), strict=True):
        np.testing.assert_array_equal(xa, xb)
        np.testing.assert_array_equal(ya, yb)
    c = load(params, seed=1)
    assert not np.array_equal(a.train[0], c.train[0])


def test_as_images_and_sine_shapes():
    img = load({"source": "digits", "as_images": True}, seed=0)
    assert img.train[0].shape[1:] == (1, 8, 8)
    flat = load({"source": "digits"}, seed=0)
    np.testing.assert_array_equal(img.train[0].reshape(len(img.train[0]), -1), flat.train[0])
    sine = load({"source": "sine", "seq_len": 7, "n_samples": 50, "noise": 0.0, "standardize": False}, seed=0)
    x, y = sine.train
    assert x.shape[1:] == (7, 1) and y.shape[1:] == (1,)
    # the answer is the next point of the same sine wave: sin(a + 7h) = 2cos(h) sin(a + 6h) - sin(a + 5h)
    h = datasets.synthetic.SINE_STEP
    np.testing.assert_allclose(y[:, 0], 2 * np.cos(h) * x[:, 6, 0] - x[:, 5, 0], atol=1e-5)


def test_split_sizes_and_float64():
    s = load({"source": "moons", "n_samples": 200, "validation_split": 0.1, "test_split": 0.25}, 3, np.float64)
    assert (len(s.train[0]), len(s.val[0]), len(s.test[0])) == (130, 20, 50)
    assert s.train[0].dtype == np.float64 and s.train[1].dtype == np.int64
    none = load({"source": "moons", "n_samples": 50, "validation_split": 0.0, "test_split": 0.0}, 3)
    assert len(none.train[0]) == 50 and len(none.val[0]) == 0 and len(none.test[0]) == 0


def test_splits_are_disjoint_and_complete():
    s = load({"source": "moons", "n_samples": 100, "standardize": False}, 0, np.float64)
    parts = [{tuple(r) for r in part[0]} for part in (s.train, s.val, s.test)]
    assert sum(len(p) for p in parts) == len(set().union(*parts)) == 100
    x_all, _ = datasets.synthetic.moons({"n_samples": 100, "noise": 0.1}, np.random.default_rng(0))
    assert set().union(*parts) == {tuple(r) for r in x_all}


def test_standardization_fitted_on_train_only():
    params = {"source": "wine"}
    s = load(params, 5, np.float64)
    raw = load({**params, "standardize": False}, 5, np.float64)
    np.testing.assert_allclose(s.train[0].mean(axis=0), 0, atol=1e-10)
    np.testing.assert_allclose(s.train[0].std(axis=0), 1, atol=1e-10)
    np.testing.assert_allclose(s.mean[0], raw.train[0].mean(axis=0))
    np.testing.assert_allclose(s.std[0], raw.train[0].std(axis=0))
    # val and test use the training statistics: their means are not forced to zero
    assert np.abs(s.val[0].mean(axis=0)).max() > 1e-3
    np.testing.assert_allclose(s.val[0], (raw.val[0] - s.mean) / s.std)
    np.testing.assert_allclose(s.standardize(raw.test[0]), s.test[0])
    assert raw.mean is None and raw.std is None


def test_constant_features_keep_scale_one():
    s = load({"source": "digits"}, 0)  # some border pixels are always 0
    assert np.all(np.isfinite(s.train[0]))
    assert np.any(s.std == 1.0)


def test_regression_targets_not_standardized_and_linear_recovers_line():
    params = {"source": "linear", "n_samples": 400, "noise": 0.05, "slope": 3.0, "intercept": 0.5,
              "standardize": False}
    s = load(params, 0, np.float64)
    x, y = s.train
    coef, *_ = np.linalg.lstsq(np.c_[x, np.ones(len(x))], y, rcond=None)
    assert coef[:, 0] == pytest.approx([3.0, 0.5], abs=0.03)
    std = load({**params, "standardize": True}, 0, np.float64)
    np.testing.assert_array_equal(std.train[1], y)  # targets stay in their own units
    multi = load({"source": "linear", "features": 3, "n_samples": 60}, 0)
    assert multi.train[0].shape[1:] == (3,) and describe({"source": "linear", "features": 3}).x.shape == (None, 3)


def test_too_large_splits_refused():
    with pytest.raises(DataError, match="leave no training samples"):
        load({"source": "iris", "validation_split": 0.5, "test_split": 0.5}, 0)


def test_describe_does_not_load_bundled(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("describe loaded the data")

    monkeypatch.setattr(datasets.bundled, "load_bundled", boom)
    sig = describe({"source": "digits", "as_images": True})
    assert sig.x.shape == (None, 1, 8, 8) and sig.y.classes == 10 and sig.n == 1797
    assert describe({"source": "diabetes"}).task == "regression"


def test_summary():
    assert datasets.summary({"source": "moons"}) == "moons (500)"
    assert datasets.summary({"source": "digits"}) == "digits (1797)"
    assert datasets.summary({"source": "csv", "path": "/data/houses.csv"}) == "csv houses.csv"
    assert datasets.summary({"source": "nonsense"}) == "nonsense"


# ------------------------------------------------------------------------------------------ csv


def _csv(tmp_path, text: str, name: str = "houses.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_csv_regression_happy_path(tmp_path):
    rows = "\n".join(f"{i},{i * 0.5},{2.5 * i + 1}" for i in range(40))
    path = _csv(tmp_path, "rooms,area,price\n" + rows + "\n")
    params = {"source": "csv", "path": path}
    sig = describe(params)
    assert sig.task == "regression" and sig.x.shape == (None, 2) and sig.y.shape == (None, 1) and sig.n == 40
    s = load(params, 0, np.float64)
    _check_against_signature(s, sig)
    x, y = load({**params, "standardize": False}, 0, np.float64).train
    np.testing.assert_allclose(y[:, 0], 2.5 * x[:, 0] + 1)


def test_csv_target_by_name_and_auto_classification(tmp_path):
    rows = "\n".join(f"{i % 3},{i * 0.1},{i * 0.2}" for i in range(30))
    path = _csv(tmp_path, "label,a,b\n" + rows)
    params = {"source": "csv", "path": path, "target": "label"}
    sig = describe(params)
    assert sig.task == "classification" and sig.classes == 3 and sig.x.shape == (None, 2)
    s = load({**params, "standardize": False}, 0, np.float64)
    x, y = s.train
    np.testing.assert_array_equal(y, np.round(x[:, 0] * 10).astype(int) % 3)
    forced = describe({**params, "task": "regression"})
    assert forced.task == "regression" and forced.y.shape == (None, 1)


def test_csv_negative_labels_renumbered(tmp_path):
    rows = "\n".join(f"{i},{-1 if i % 2 else 1}" for i in range(20))
    path = _csv(tmp_path, "x,y\n" + rows)
    s = load({"source": "csv", "path": path, "standardize": False}, 0, np.float64)
    assert s.signature.classes == 2 and s.label_values == (-1.0, 1.0)
    x, y = s.train
    np.testing.assert_array_equal(y, (x[:, 0] % 2 == 0).astype(int))


def test_csv_auto_regression_for_many_values_and_classification_refuses_fractions(tmp_path):
    path = _csv(tmp_path, "x,y\n" + "\n".join(f"{i},{i}" for i in range(25)))
    assert describe({"source": "csv", "path": path}).task == "regression"  # 25 distinct > 20
    assert describe({"source": "csv", "path": path, "task": "classification"}).classes == 25
    frac = _csv(tmp_path, "x,y\n1,0.5\n2,1\n", "frac.csv")
    with pytest.raises(DataError, match="integer class labels, found 0.5"):
        describe({"source": "csv", "path": frac, "task": "classification"})


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "houses.csv is empty"),
        ("\n\n", "houses.csv is empty"),
        ("rooms,price\n", "houses.csv has a header but no data rows"),
        ("rooms,price\n1,2\n3,abc\n", "houses.csv line 3: 'abc' in column 'price' is not a number"),
        ("rooms,price\n1,2\n\n3,4\n,5\n", "houses.csv line 5: missing value in column 'rooms'"),
        ("rooms,price\n1,2\n3,4,5\n", "houses.csv line 3: 3 values but the header names 2 columns"),
        ("rooms,price\n1,nan\n", "houses.csv line 2: 'nan' in column 'price' is not a finite number"),
        ("1,2\n3,4\n", "houses.csv line 1 holds numbers, not column names"),
        ("a,a\n1,2\n", "column name 'a' appears twice"),
        ("price\n1\n2\n", "only one column"),
        ("a,,b\n1,2,3\n", "column 2 has no name"),
    ],
)
def test_csv_errors(tmp_path, text, message):
    path = _csv(tmp_path, text)
    with pytest.raises(DataError) as info:
        describe({"source": "csv", "path": path})
    assert message in str(info.value)


def test_csv_missing_file_and_column(tmp_path):
    with pytest.raises(DataError, match="csv file 'nowhere/houses.csv' not found"):
        describe({"source": "csv", "path": "nowhere/houses.csv"})
    with pytest.raises(DataError, match="needs a file"):
        describe({"source": "csv"})
    path = _csv(tmp_path, "a,b,c\n1,2,3\n")
    with pytest.raises(DataError, match=r"column 'price' not in houses.csv \(columns: a, b, c\)"):
        describe({"source": "csv", "path": path, "target": "price"})
    assert issubclass(DataError, NodeError)


def test_csv_relative_path_and_cache_refresh(tmp_path):
    _csv(tmp_path, "x,y\n" + "\n".join(f"{i},{i % 2}" for i in range(10)))
    params = {"source": "csv", "path": "houses.csv"}
    assert describe(params, base_dir=tmp_path).classes == 2
    with datasets.relative_to(tmp_path):
        assert describe(params).classes == 2
        assert load(params, 0).signature.classes == 2
    import os
    path = tmp_path / "houses.csv"
    path.write_text("x,z,y\n" + "\n".join(f"{i},{i},{i % 4}" for i in range(12)))
    os.utime(path, ns=(1, 10**18))  # a new modification time even on coarse clocks
    sig = describe(params, base_dir=tmp_path)
    assert sig.classes == 4 and sig.x.shape == (None, 2)


# ------------------------------------------------------------------------------------------ npz


def test_npz_happy_paths(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "data.npz"
    x = rng.standard_normal((50, 1, 4, 4)).astype(np.float32)
    y = rng.integers(0, 5, 50)
    np.savez(path, x=x, y=y)
    params = {"source": "npz", "path": str(path)}
    sig = describe(params)
    assert sig.x.shape == (None, 1, 4, 4) and sig.task == "classification" and sig.classes == y.max() + 1
    s = load({**params, "standardize": False}, 0, np.float64)
    _check_against_signature(s, sig)
    # the rows travel with their labels
    lookup = {xi.tobytes(): yi for xi, yi in zip(x.astype(np.float64), y, strict=True)}
    assert all(lookup[xi.tobytes()] == yi for xi, yi in zip(*s.train, strict=True))

    reg = tmp_path / "reg.npz"
    np.savez(reg, x=rng.standard_normal((30, 3)), y=rng.standard_normal((30, 2)))
    sig = describe({"source": "npz", "path": str(reg)})
    assert sig.task == "regression" and sig.y.shape == (None, 2)


def test_npz_describe_reads_headers_only(tmp_path, monkeypatch):
    path = tmp_path / "data.npz"
    np.savez(path, x=np.zeros((20, 3)), y=np.arange(20) % 2)
    calls = []
    real = datasets.files._npz_array_cached

    def spy(*args):
        calls.append(args[-1])
        return real(*args)

    monkeypatch.setattr(datasets.files, "_npz_array_cached", spy)
    describe({"source": "npz", "path": str(path)})
    assert "x" not in calls


@pytest.mark.parametrize(
    "arrays, message",
    [
        ({"x": np.array([[1], "a", None], dtype=object), "y": np.arange(3)}, "only plain numbers"),
        ({"x": np.zeros((3, 2)), "y": np.array([1, None, 2], dtype=object)}, "only plain numbers"),
        ({"x": np.zeros((3, 2))}, "has no array 'y' (arrays: x)"),
        ({"x": np.zeros((3, 2)), "y": np.arange(4)}, "'x' has 3 samples but 'y' has 4"),
        ({"x": np.array(["a", "b"]), "y": np.arange(2)}, "only plain numbers"),
    ],
)
def test_npz_errors(tmp_path, arrays, message):
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(DataError) as info:
        describe({"source": "npz", "path": str(path)})
    assert message in str(info.value)


def test_npz_not_a_zip_and_nan(tmp_path):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"definitely not a zip")
    with pytest.raises(DataError, match="not a valid .npz"):
        describe({"source": "npz", "path": str(junk)})
    nan = tmp_path / "nan.npz"
    x = np.zeros((10, 2))
    x[4, 1] = np.nan
    np.savez(nan, x=x, y=np.arange(10) % 2)
    assert describe({"source": "npz", "path": str(nan)}).classes == 2  # cheap: x is not read
    with pytest.raises(DataError, match="NaN"):
        load({"source": "npz", "path": str(nan)}, 0)


def test_csv_fast_and_careful_parsers_agree(tmp_path):
    text = '"a","b",c\n"1", 2,3.5\n\n4 ,"5",-6e-1\n7,8,9\n'
    path = _csv(tmp_path, text)
    fast = datasets.files.read_csv(tmp_path / "houses.csv")
    slow = datasets.files._slow_parse("houses.csv", text)
    assert fast.columns == slow.columns == ("a", "b", "c")
    np.testing.assert_array_equal(fast.data, slow.data)
    np.testing.assert_array_equal(fast.data, [[1, 2, 3.5], [4, 5, -0.6], [7, 8, 9]])
    assert describe({"source": "csv", "path": path}).task == "regression"


def test_csv_header_offers_column_names_even_before_a_bad_row_is_fixed(tmp_path) -> None:
    from nodeflow.compute.datasets.files import csv_header

    good = tmp_path / "a.csv"
    good.write_text("rooms, area ,price\n1,2,3\n1,abc,3\n")  # a bad row further down
    assert csv_header(good) == ["rooms", "area", "price"]
    numbers = tmp_path / "b.csv"
    numbers.write_text("1,2,3\n")
    assert csv_header(numbers) == []  # no header row: nothing to offer
    assert csv_header(tmp_path / "missing.csv") == []
    binary = tmp_path / "c.csv"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert csv_header(binary) == []
