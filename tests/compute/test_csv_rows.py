"""A csv with bad rows: all of them reported in one line, an option to leave them out, and an
error that goes away as soon as the file is fixed."""

from __future__ import annotations

import os

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.datasets import DataError, describe, load
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph

ROWS = "rooms,area,price\n" + "\n".join(f"{i % 5},{50 + i},{100 + 3 * i}" for i in range(40)) + "\n"


def bad_file(tmp_path, bad_lines: dict[int, str]):
    """ROWS with some data rows (by file line number, 2 = first row) replaced."""
    lines = ROWS.splitlines()
    for n, text in bad_lines.items():
        lines[n - 1] = text
    path = tmp_path / "houses.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def error(params) -> str:
    with pytest.raises(DataError) as info:
        describe(params)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_every_bad_row_is_counted_and_the_first_ones_listed(tmp_path):
    bad = {4: "1,abc,3", 7: ",60,110", 9: "1,2", 12: "1,2,3,4", 15: "1,nan,3", 20: "x,y,z", 30: "1,,2"}
    path = bad_file(tmp_path, bad)
    message = error({"source": "csv", "path": str(path)})
    assert message.startswith("houses.csv has 7 bad rows: line 4: 'abc' in column 'area' is not a number; "
                              "line 7: missing value in column 'rooms'; line 9: 2 values but the header names "
                              "3 columns; line 12: 4 values but the header names 3 columns; line 15: 'nan' in "
                              "column 'area' is not a finite number; and 2 more")
    assert message.endswith("(fix them, or set skip_bad_rows to leave them out)")


def test_one_bad_row_keeps_the_short_message(tmp_path):
    path = bad_file(tmp_path, {5: "2,big,3"})
    assert error({"source": "csv", "path": str(path)}).startswith(
        "houses.csv line 5: 'big' in column 'area' is not a number (fix it, or set skip_bad_rows")


def test_skip_bad_rows_leaves_them_out_and_says_how_many(tmp_path):
    path = bad_file(tmp_path, {4: "1,abc,3", 7: ",60,110", 9: "1,2"})
    params = {"source": "csv", "path": str(path), "skip_bad_rows": True}
    signature = describe(params)
    assert signature.n == 37 and signature.task == "regression"
    assert signature.notes == ("houses.csv: 3 bad rows left out (lines 4, 7 and 9); training uses the other 37",)
    splits = load({**params, "standardize": False, "validation_split": 0, "test_split": 0}, 0, np.float64)
    kept = {(int(r), int(a)) for r, a in splits.train[0]}
    assert len(kept) == 37 and (1, 2) not in kept  # the rows that were read are the good ones
    assert (2 % 5, 52) not in kept and (0, 50) in kept  # line 4 (the third row) is gone, line 2 is there


def test_skip_bad_rows_reports_through_the_analysis(tmp_path):
    path = bad_file(tmp_path, {4: "1,abc,3"})
    g = Graph()
    g.add_node("Dataset", {"source": "csv", "path": str(path), "skip_bad_rows": True}, node_id="data")
    analysis = analyze(g)
    assert analysis.ok
    assert analysis.inferred["data"].notes == ("houses.csv: 1 bad row left out (line 4); training uses the other 39",)


def test_all_rows_bad_with_skipping_is_still_an_error(tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text("a,b\n" + "\n".join(f"x{i},1" for i in range(8)) + "\n")
    message = error({"source": "csv", "path": str(path), "skip_bad_rows": True})
    assert message.startswith("houses.csv: all 8 data rows are bad (line 2: 'x0' in column 'a' is not a number;")


def test_a_cell_with_a_newline_keeps_the_message_on_one_line(tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text('rooms,price\n1,2\n"3\nevil\u202e",4\n')
    message = error({"source": "csv", "path": str(path)})
    assert message.startswith("houses.csv line 3: '3\\nevil\\u202e' in column 'rooms' is not a number")


def test_the_error_clears_when_the_file_is_fixed(tmp_path):
    path = bad_file(tmp_path, {4: "1,abc,3"})
    params = {"source": "csv", "path": str(path)}
    error(params)
    error(params)  # the problem is cached too: a bad file is not parsed again on every edit
    text = path.read_text().replace("1,abc,3", "1,777,3")  # same size, fixed in place
    stamp = path.stat().st_mtime_ns
    with open(path, "r+") as fh:
        fh.write(text)
    os.utime(path, ns=(stamp, stamp))  # even an editor that keeps the modification time
    assert describe(params).n == 40
    table = datasets.files.read_csv(path)
    assert table.data[2].tolist() == [1, 777, 3]


def test_the_error_clears_when_an_editor_saves_by_rename(tmp_path):
    path = bad_file(tmp_path, {4: "1,abc,3"})
    params = {"source": "csv", "path": str(path)}
    error(params)
    fixed = tmp_path / "houses.csv~"
    fixed.write_text(ROWS)
    st = path.stat()
    os.utime(fixed, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(fixed, path)  # a new file (new inode) under the old name, same size and time
    assert describe(params).n == 40


@pytest.mark.parametrize("what", ["fifo", "folder", "long", "loop"])
def test_unreadable_paths_are_data_errors_not_internal_ones(tmp_path, what):
    target = tmp_path / "data.csv"
    if what == "fifo":
        os.mkfifo(target)
    elif what == "folder":
        target.mkdir()
    elif what == "long":
        target = tmp_path / ("x" * 4000)
    else:
        target.symlink_to(target)
    g = Graph()
    g.add_node("Dataset", {"source": "csv", "path": str(target)}, node_id="data")
    message = analyze(g).errors["data"]
    assert "internal error" not in message and "\n" not in message and len(message) < 300
    expected = {"fifo": "is not a regular file", "folder": "it is a folder", "long": "the path is too long|too long",
                "loop": "symbolic links form a loop"}[what]
    assert any(part in message for part in expected.split("|")), message
