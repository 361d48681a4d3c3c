"""An attack on the command line with bad files, bad data, faults and hostile text.

Whatever is thrown at `check`, `train`, `gradcheck` and `export`, the answer is a result or
exactly one `error: ...` line (exit 1 or 2) that names the file or the node: never a
traceback, never "internal error", never a hang, never a line broken by the input's own
newlines, and never a file left behind. Cases that could hang (a FIFO) run in a subprocess
with a deadline.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nodeflow.cli import main
from nodeflow.graph import io as graph_io

ROOT = Path(__file__).resolve().parents[1]
LINEAR = json.loads((ROOT / "examples" / "linear_regression.nodeflow").read_text())
COMMANDS = ("check", "train", "gradcheck", "export")
HOSTILE = ["line\nbreak", "tab\there", "\x1b[31mred\x1b[0m", "rtl\u202eevil", "nul\x00", "\u2028sep", "한국어 이름",
           "%(prog)s 100%", "{}{0}", "'; rm -rf / #", "\ud800"[:0] + "emoji 🧠", "a" * 5000]


def argv(command: str, path: Path, tmp_path: Path) -> list[str]:
    extra = {"export": ["-o", str(tmp_path / "out.py")], "train": ["--epochs", "1"]}.get(command, [])
    return [command, str(path), *extra]


def one_line(err: str) -> str:
    """The single error line, checked to be clean."""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    line = lines[0]
    assert "Traceback" not in err and "internal error" not in line, line
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u202a-\u202e]", line), repr(line)
    assert len(line) < 700, line
    return line


def run(capsys, args: list[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, args: list[str], codes=(1, 2)) -> str:
    code, _out, err = run(capsys, args)
    assert code in codes, (code, err)
    return one_line(err)


def write_doc(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def with_data(params: dict) -> dict:
    doc = json.loads(json.dumps(LINEAR))
    doc["nodes"][0]["params"] = params
    doc["training"]["epochs"] = 1
    return doc


def no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# ------------------------------------------------------------------------------ bad paths
def _subprocess(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "nodeflow", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_as_the_graph_never_hangs(tmp_path, command):
    fifo = tmp_path / "pipe.nodeflow"
    os.mkfifo(fifo)
    done = _subprocess(argv(command, fifo, tmp_path), tmp_path)
    assert done.returncode == 2
    assert one_line(done.stderr) == f"error: {fifo} is a FIFO (named pipe), not a nodeflow graph: only regular files are read"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["loop", "long name", "folder", "missing", "not a folder", "device", "denied"])
def test_path_problems_are_one_clear_line(capsys, tmp_path, monkeypatch, command, kind):
    path = tmp_path / "g.nodeflow"
    expected = {
        "loop": "its symbolic links form a loop", "long name": "a name in it is too long (309 bytes",
        "folder": "is a folder", "missing": "no such file", "not a folder": "a part of the path is a file",
        "device": "is a device", "denied": "permission denied",
    }[kind]
    if kind == "loop":
        path.symlink_to(path)
    elif kind == "long name":
        path = tmp_path / ("n" * 300 + ".nodeflow")
    elif kind == "folder":
        path.mkdir()
    elif kind == "not a folder":
        (tmp_path / "file").write_text("x")
        path = tmp_path / "file" / "g.nodeflow"
    elif kind == "device":
        path = Path("/dev/zero")  # endless: reading it would never finish
    elif kind == "denied":  # root reads every file, so the kernel's refusal is simulated
        write_doc(path, LINEAR)
        real_open = os.open
        monkeypatch.setattr(os, "open", lambda f, *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if os.fspath(f) == os.fspath(path) else real_open(f, *a, **k))
    assert expected in refused(capsys, argv(command, path, tmp_path), codes=(2,))
    no_leftovers(tmp_path)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "it is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8 text"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"format": "nodeflow", "version": 0, "nodes": [], "edges": 5}', '"edges" must be a list, got a number'),
        (b'{"format": "nodeflow", "version": 0, "nodes": 3}', '"nodes" must be a list'),
        (b'{"format": "nodeflow", "version": 1, "nodes": [{"id": "de\\u0001nse", "type": "Dense"}]}',
         'node #1: "id" must not contain control characters (it has \\x01 at position 3)'),
        (b'{"format": "nodeflow", "version": 1, "nodes": [{"id": "a\\n", "type": "Dense"}]}',
         '"id" must not contain control characters (it has \\n at position 2)'),
        (b'{"format": "nodeflow", "version": 1, "nodes": [{"id": "x\\u202e", "type": "Dense"}]}',
         '"id" must not contain control characters'),
        (b'{"format": "nodeflow", "version": 1, "nodes": [{"id": "' + b"i" * 70 + b'", "type": "Dense"}]}',
         '"id" is too long (70 characters; the limit is 64)'),
    ],
)
def test_bad_graph_files(capsys, tmp_path, content, message):
    path = tmp_path / "g.nodeflow"
    path.write_bytes(content)
    for command in COMMANDS:
        assert message in refused(capsys, argv(command, path, tmp_path), codes=(2,))


def test_absurd_node_counts_are_refused_before_the_graph_is_built(capsys, tmp_path):
    nodes = [{"id": f"n{i}", "type": "ReLU"} for i in range(100_000)]
    path = write_doc(tmp_path / "chain.nodeflow", {"format": "nodeflow", "version": 1, "nodes": nodes})
    assert refused(capsys, ["check", str(path)]) == (
        "error: the file has 100,000 nodes; nodeflow opens graphs of at most 5,000")


def test_a_long_cycle_is_named_in_bounded_text(capsys, tmp_path):
    n = 5_000
    nodes = [{"id": f"n{i}", "type": "ReLU"} for i in range(n)]
    edges = [{"from": [f"n{i}", "out"], "to": [f"n{(i + 1) % n}", "in"]} for i in range(n)]
    path = write_doc(tmp_path / "cycle.nodeflow", {"format": "nodeflow", "version": 1, "nodes": nodes, "edges": edges})
    assert refused(capsys, ["check", str(path)]) == "error: n0: cycle: n0 -> n1 -> n2 -> … (4,996 more) -> n4999 -> n0"


# ------------------------------------------------------------------------------- bad data
def _npz(path: Path, **arrays) -> Path:
    np.savez(path, **arrays)
    return path


def _corrupt_npz(path: Path) -> Path:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, x=np.random.default_rng(0).normal(size=(400, 1)), y=np.arange(400.0))
    data = bytearray(buffer.getvalue())
    for i in range(200, 1500):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    return path


def _lying_npz(path: Path) -> Path:
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (10**11, 1)})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x.npy", header.getvalue() + bytes(64))
        zf.writestr("y.npy", header.getvalue() + bytes(64))
    return path


DATA_CASES = {
    "csv fifo": (lambda d: (os.mkfifo(d / "d.csv"), {"source": "csv", "path": "d.csv"})[1], "is not a regular file"),
    "csv 4000-character path": (lambda d: {"source": "csv", "path": "p" * 4000}, "too long"),
    "csv cell with a newline": (lambda d: ((d / "d.csv").write_text('x,y\n1,2\n"3\nevil",4\n'),
                                           {"source": "csv", "path": "d.csv"})[1],
                                "d.csv line 3: '3\\nevil' in column 'x' is not a number"),
    "csv hostile column": (lambda d: ((d / "d.csv").write_text('x,"y\u202e\n"\n1,2\n'),
                                      {"source": "csv", "path": "d.csv", "target": "nope\n"})[1],
                           "column 'nope' not in d.csv (columns: x, y\\u202e)"),  # names are stripped
    "csv not utf-8": (lambda d: ((d / "d.csv").write_bytes(b"x,y\n1,2\n\xff\xfe,3\n"), {"source": "csv", "path": "d.csv"})[1],
                      "d.csv is not a UTF-8 text file (line 3"),
    "npz corrupt stream": (lambda d: {"source": "npz", "path": str(_corrupt_npz(d / "d.npz"))}, "d.npz"),
    "npz lying header": (lambda d: {"source": "npz", "path": str(_lying_npz(d / "d.npz"))},
                         "array 'x' is damaged: its header says shape (100000000000, 1)"),
    "npz complex": (lambda d: {"source": "npz", "path": str(_npz(d / "d.npz", x=np.ones((5, 2)) * 1j, y=np.arange(5)))},
                    "complex numbers"),
    "npz objects": (lambda d: {"source": "npz", "path": str(_npz(d / "d.npz", x=np.array([None] * 3), y=np.arange(3)))},
                    "Python objects"),
    "npz fifo": (lambda d: (os.mkfifo(d / "d.npz"), {"source": "npz", "path": "d.npz"})[1], "is not a regular file"),
}


@pytest.mark.parametrize("command", COMMANDS[:3])
@pytest.mark.parametrize("case", sorted(DATA_CASES))
def test_bad_data_is_one_line_naming_the_dataset(tmp_path, command, case):
    make, message = DATA_CASES[case]
    path = write_doc(tmp_path / "g.nodeflow", with_data(make(tmp_path)))
    done = _subprocess(argv(command, path, tmp_path), tmp_path)
    assert done.returncode in (1, 2)
    line = one_line(done.stderr)
    assert message in line and ("data:" in line or command != "check"), line


# -------------------------------------------------------------------------------- writing
def test_export_and_save_weights_refuse_unwritable_targets_and_leave_nothing(capsys, tmp_path):
    graph = write_doc(tmp_path / "g.nodeflow", with_data({"source": "linear", "n_samples": 50}))
    read_only = tmp_path / "out.py"
    read_only.write_text("keep me")
    read_only.chmod(0o444)
    assert "the file is read-only" in refused(capsys, ["export", str(graph), "-o", str(read_only)])
    assert read_only.read_text() == "keep me"
    os.mkfifo(tmp_path / "pipe.py")
    assert "it is a FIFO" in refused(capsys, ["export", str(graph), "-o", str(tmp_path / "pipe.py")])
    assert "its folder does not exist" in refused(capsys, ["export", str(graph), "-o", str(tmp_path / "no" / "x.py")])
    weights = tmp_path / "w.npz"
    weights.write_bytes(b"old")
    weights.chmod(0o444)
    code, _out, err = run(capsys, ["train", str(graph), "--save-weights", str(weights)])
    assert code == 1 and "the file is read-only" in one_line(err)
    no_leftovers(tmp_path)


def test_a_failed_export_write_leaves_no_temporary(capsys, tmp_path, monkeypatch):
    graph = write_doc(tmp_path / "g.nodeflow", with_data({"source": "linear", "n_samples": 50}))
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    assert "the disk is full" in refused(capsys, ["export", str(graph), "-o", str(tmp_path / "out.py")])
    assert not (tmp_path / "out.py").exists()
    no_leftovers(tmp_path)


def test_a_killed_save_leaves_a_temporary_that_the_next_save_removes(tmp_path):
    """kill -9 in the middle of a save: the old file is intact; the temporary goes next time."""
    target = tmp_path / "g.nodeflow"
    graph_io.save(graph_io.graph_from_dict(LINEAR), target)
    script = (
        "import os, sys; from nodeflow.graph import io; from nodeflow import userfiles\n"
        "g = io.load(sys.argv[1])\n"
        "real = os.replace\n"
        "os.replace = lambda *a: os.kill(os.getpid(), 9)\n"
        "io.save(g, sys.argv[1])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, str(target)], env=env, timeout=60)
    assert done.returncode == -signal.SIGKILL
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and graph_io.load(target) == graph_io.graph_from_dict(LINEAR)
    os.utime(left[0], (1, 1))  # long ago
    graph_io.save(graph_io.load(target), target)
    no_leftovers(tmp_path)


# --------------------------------------------------------------------------------- faults
def test_memory_error_during_training_is_one_line(capsys, tmp_path, monkeypatch):
    from nodeflow.compute import network

    graph = write_doc(tmp_path / "g.nodeflow", with_data({"source": "linear", "n_samples": 50}))

    def no_memory(*a, **k):
        raise MemoryError

    monkeypatch.setattr(network.Network, "backward", no_memory)
    code, _out, err = run(capsys, ["train", str(graph)])
    assert code == 1 and one_line(err).startswith("error: out of memory")


def test_memory_error_while_checking_is_one_line(capsys, tmp_path, monkeypatch):
    from nodeflow.graph import analysis

    graph = write_doc(tmp_path / "g.nodeflow", with_data({"source": "linear", "n_samples": 50}))
    monkeypatch.setattr(analysis, "analyze", lambda *a, **k: (_ for _ in ()).throw(MemoryError()))
    for command in COMMANDS[:3]:
        code, _out, err = run(capsys, argv(command, graph, tmp_path))
        assert code == 1 and one_line(err).startswith("error: out of memory")


# ---------------------------------------------------------------------------- hostile text
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
hostile_text = st.sampled_from(HOSTILE) | st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@FUZZ
@given(where=st.sampled_from(["name", "id", "path", "target", "type", "port"]), text=hostile_text,
       command=st.sampled_from(["check", "export"]))
def test_hostile_text_anywhere_gives_a_result_or_one_clean_line(capsys, tmp_path, where, text, command):
    doc = with_data({"source": "csv", "path": "data.csv", "target": "y"})
    (tmp_path / "data.csv").write_text("x,y\n1,2\n2,4\n3,6\n4,8\n5,10\n6,12\n7,14\n8,16\n9,18\n10,20\n")
    if where == "name":
        doc["name"] = text
    elif where == "id":
        old = doc["nodes"][1]["id"]
        doc["nodes"][1]["id"] = text
        for edge in doc["edges"]:
            for end in ("from", "to"):
                if edge[end][0] == old:
                    edge[end][0] = text
    elif where in ("path", "target"):
        doc["nodes"][0]["params"][where] = text
    elif where == "type":
        doc["nodes"][1]["type"] = text
    else:
        doc["edges"][0]["to"][1] = text
    path = write_doc(tmp_path / "g.nodeflow", doc)
    code, out, err = run(capsys, argv(command, path, tmp_path))
    if code == 0:
        assert err == "" and (command != "export" or (tmp_path / "out.py").exists())
    else:
        assert code == 2
        one_line(err)
    no_leftovers(tmp_path)


@FUZZ
@given(cells=st.lists(st.lists(hostile_text | st.floats().map(str) | st.integers().map(str), min_size=1, max_size=4),
                      min_size=1, max_size=12),
       skip=st.booleans())
def test_any_csv_gives_a_result_or_one_clean_line(capsys, tmp_path, cells, skip):
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["a", "b"])
    writer.writerows(cells)
    (tmp_path / "d.csv").write_text(buffer.getvalue(), encoding="utf-8")
    doc = with_data({"source": "csv", "path": "d.csv", "skip_bad_rows": skip, "validation_split": 0, "test_split": 0})
    path = write_doc(tmp_path / "g.nodeflow", doc)
    code, out, err = run(capsys, ["check", str(path)])
    if code != 0:
        one_line(err)
    else:
        assert "note: d.csv: " in out or not skip or all(len(r) == 2 for r in cells)
