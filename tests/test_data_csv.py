"""CSV beyond numbers: text columns one-hot or indexed, text targets as named classes,
missing values reported by line and column or filled by the chosen rule."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute.datasets import DataError, describe, load

RAW = {"standardize": False, "validation_split": 0.0, "test_split": 0.0}
FLOWERS = ("length,colour,species\n"
           "1.0,red,setosa\n2.0,blue,versicolor\n3.0,red,virginica\n"
           "4.0,green,setosa\n5.0,blue,setosa\n6.0,red,versicolor\n")


def _file(tmp_path, text, name="flowers.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def _sorted(splits):
    x = np.concatenate([splits.train[0], splits.val[0], splits.test[0]])
    y = np.concatenate([splits.train[1], splits.val[1], splits.test[1]])
    order = np.argsort(x[:, 0])
    return x[order], y[order]


def test_text_columns_one_hot_and_text_target_as_named_classes(tmp_path):
    params = {"source": "csv", "path": str(_file(tmp_path, FLOWERS)), **RAW}
    sig = describe(params)
    assert sig.task == "classification" and sig.classes == 3
    assert sig.class_names == ("setosa", "versicolor", "virginica")
    assert sig.x.sample_shape == (4,)  # length + colour=blue, colour=green, colour=red
    assert any("one-hot encoded as 3 inputs (blue, green, red)" in n for n in sig.notes)
    x, y = _sorted(load(params, 0))
    np.testing.assert_array_equal(x[:, 0], [1, 2, 3, 4, 5, 6])
    np.testing.assert_array_equal(x[:, 1:], [[0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 0, 1]])
    assert y.tolist() == [0, 1, 2, 0, 0, 1]


def test_index_encoding(tmp_path):
    params = {"source": "csv", "path": str(_file(tmp_path, FLOWERS)), "categorical": "index", **RAW}
    assert describe(params).x.sample_shape == (2,)
    x, _y = _sorted(load(params, 0))
    assert x[:, 1].tolist() == [2, 0, 2, 1, 0, 2]


def test_regression_on_a_text_target_is_refused(tmp_path):
    params = {"source": "csv", "path": str(_file(tmp_path, FLOWERS)), "task": "regression"}
    with pytest.raises(DataError, match="holds text labels; regression needs numbers"):
        describe(params)


def test_missing_values_are_reported_by_line_and_column(tmp_path):
    text = FLOWERS.replace("3.0,red", ",red").replace("5.0,blue", "5.0,")
    params = {"source": "csv", "path": str(_file(tmp_path, text))}
    with pytest.raises(DataError, match=r"flowers.csv has 2 bad rows: line 4: missing value in column 'length'; "
                                        r"line 6: missing value in column 'colour'"):
        describe(params)


@pytest.mark.parametrize("rule, value", [("mean", 3.6), ("median", 4.0), ("zero", 0.0)])
def test_missing_values_filled_by_the_chosen_rule(tmp_path, rule, value):
    text = FLOWERS.replace("3.0,red", ",red").replace("5.0,blue", "5.0,")
    params = {"source": "csv", "path": str(_file(tmp_path, text)), "fill_missing": rule, **RAW}
    sig = describe(params)
    assert any("length: 1 missing value filled with" in n and "(line 4)" in n for n in sig.notes)
    assert any("colour: 1 missing value filled with 'red' (the most frequent) (line 6)" in n for n in sig.notes)
    splits = load(params, 0)
    x = np.concatenate([splits.train[0], splits.val[0], splits.test[0]])
    assert np.isclose(x[:, 0], value).sum() >= 1 and np.isfinite(x).all()


def test_a_missing_target_is_never_filled(tmp_path):
    text = FLOWERS.replace("2.0,blue,versicolor", "2.0,blue,")
    params = {"source": "csv", "path": str(_file(tmp_path, text)), "fill_missing": "mean"}
    with pytest.raises(DataError, match=r"line 3: missing value in column 'species' \(the target is never filled\)"):
        describe(params)
    assert describe({**params, "skip_bad_rows": True}).n == 5


def test_numbers_in_a_numeric_column_stay_errors_not_categories(tmp_path):
    text = "rooms,price\n" + "\n".join(f"{i},{i * 2}" for i in range(10)) + "\nmany,3\n"
    with pytest.raises(DataError, match="line 12: 'many' in column 'rooms' is not a number"):
        describe({"source": "csv", "path": str(_file(tmp_path, text))})


def test_numeric_targets_with_text_inputs(tmp_path):
    text = "size,colour,price\n1,red,10\n2,blue,20\n3,red,30\n4,blue,40\n"
    sig = describe({"source": "csv", "path": str(_file(tmp_path, text)), "task": "regression"})
    assert sig.task == "regression" and sig.x.sample_shape == (3,) and sig.class_names is None
