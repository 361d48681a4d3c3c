"""The data preview (Qt-free): what the inspector shows before training, for each kind of data."""

from __future__ import annotations

import numpy as np
from data_fixtures import SHAPES, shapes_folder

from nodeflow.compute.datasets.preview import MAX_IMAGES, MAX_ROWS, preview


def test_generated_points_give_a_scatter_coloured_by_class():
    found = preview({"source": "spirals", "n_samples": 300})
    assert found.error is None and found.task == "classification"
    assert found.points.shape == (300, 2) and found.features == ("x1", "x2")
    assert found.class_counts == (100, 100, 100) and found.sizes == (180, 60, 60)
    assert set(np.unique(found.values)) == {0.0, 1.0, 2.0}


def test_regression_scatter_carries_the_target_values():
    found = preview({"source": "linear", "n_samples": 50})
    assert found.task == "regression" and found.points.shape == (50, 1) and found.values.shape == (50,)
    assert not found.class_counts


def test_image_folder_decodes_only_a_few_images_per_class(tmp_path):
    root = shapes_folder(tmp_path / "s", per_class=30, size=12)
    found = preview({"source": "image_folder", "path": str(root), "image_size": 10})
    assert found.class_names == SHAPES and found.class_counts == (30, 30, 30)
    assert len(found.images) <= MAX_IMAGES and set(found.image_labels) == {0, 1, 2}
    assert found.images.shape[1:] == (1, 10, 10)


def test_csv_rows_as_written_and_column_types(tmp_path):
    rows = "".join(f"{i},{'ab'[i % 2]},{i % 3}\n" for i in range(20))
    (tmp_path / "t.csv").write_text("n,letter,label\n" + rows)
    found = preview({"source": "csv", "path": str(tmp_path / "t.csv")})
    assert found.columns == ("n", "letter", "label")
    assert found.kinds == ("number", "text: a, b", "target, number")
    assert len(found.rows) == MAX_ROWS and found.rows[1] == ["1", "b", "1"]
    assert found.features == ("n", "letter=a", "letter=b") and found.class_counts == (7, 7, 6)


def test_drawn_points_have_counts_but_no_second_scatter():
    found = preview({"source": "drawn", "points": [[0, 0, 0], [1, 1, 1], [0.5, 0.5, 1]]})
    assert found.class_names == ("A", "B") and found.class_counts == (1, 2) and found.points is None


def test_a_problem_is_the_preview_error_not_an_exception():
    assert "no points drawn yet" in preview({"source": "drawn"}).error
    assert "not found" in preview({"source": "idx", "path": "nowhere-images-idx3-ubyte"}).error
