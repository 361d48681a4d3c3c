"""The window against bad paths, bad weights beside a graph, unwritable targets and lost work.

Every case must end in one message (a dialog for a file that cannot be opened or saved, the
status bar for weights set aside), the window must stay usable, and nothing may hang: each
test runs under a deadline that turns a blocked read into a failure instead of a frozen run.
"""

from __future__ import annotations

import io
import os
import signal
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph
from nodeflow.ui.commands import SetParamCommand


@pytest.fixture(autouse=True)
def deadline():
    """Fail (instead of hanging forever) when something blocks for 60 s, e.g. on a FIFO."""

    def expired(*_):
        raise TimeoutError("blocked for 60 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def xor_graph() -> Graph:
    g = Graph("xor")
    g.add_node("Dataset", {"source": "xor", "n_samples": 40}, node_id="data", pos=(0, 0))
    g.add_node("Dense", {"units": 4}, node_id="fc", pos=(200, 0))
    g.add_node("Dense", {"units": 2}, node_id="out", pos=(400, 0))
    g.add_node("Softmax", {}, node_id="sm", pos=(600, 0))
    g.add_node("CrossEntropy", {}, node_id="ce", pos=(800, 0))
    g.add_node("Adam", {}, node_id="opt", pos=(1000, 0))
    for a, b in [(("data", "x"), ("fc", "in")), (("fc", "out"), ("out", "in")), (("out", "out"), ("sm", "in")),
                 (("sm", "out"), ("ce", "pred")), (("data", "y"), ("ce", "target")), (("ce", "loss"), ("opt", "loss"))]:
        g.connect(a, b)
    g.training["epochs"] = 2
    return g


def good_weights() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {"fc/W": rng.normal(size=(2, 4)), "fc/b": np.zeros(4), "out/W": rng.normal(size=(4, 2)), "out/b": np.zeros(2)}


def saved(tmp_path: Path) -> Path:
    path = tmp_path / "net.nodeflow"
    graph_io.save(xor_graph(), path)
    return path


# ------------------------------------------------------------------------------ bad paths
@pytest.mark.parametrize("kind", ["loop", "long name", "fifo", "folder", "missing", "denied", "too many nodes"])
def test_opening_a_bad_path_is_one_message_and_the_window_stays(make_window, dialogs, tmp_path, monkeypatch, kind):
    path = tmp_path / "g.nodeflow"
    expected = {
        "loop": "its symbolic links form a loop", "long name": "a name in it is too long", "fifo": "is a FIFO",
        "folder": "is a folder", "missing": "no such file", "denied": "permission denied",
        "too many nodes": "the file has 20,000 nodes; nodeflow opens graphs of at most 5,000",
    }[kind]
    if kind == "loop":
        path.symlink_to(path)
    elif kind == "long name":
        path = tmp_path / ("n" * 300 + ".nodeflow")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "denied":  # root reads every file, so the kernel's refusal is simulated
        graph_io.save(xor_graph(), path)
        real_open = os.open
        monkeypatch.setattr(os, "open", lambda f, *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if os.fspath(f) == os.fspath(path) else real_open(f, *a, **k))
    elif kind == "too many nodes":
        nodes = ",".join(f'{{"id": "n{i}", "type": "ReLU"}}' for i in range(20_000))
        path.write_text(f'{{"format": "nodeflow", "version": 1, "nodes": [{nodes}]}}')
    window = make_window(path)  # MainWindow(path), as `nodeflow FILE` does
    assert len(dialogs.errors) == 1 and expected in dialogs.errors[0] and "\n" not in dialogs.errors[0]
    assert window.files.path is None and window.graph.nodes == {}
    assert window.files.open(saved(tmp_path))  # still usable
    assert not window.files.open(path) and len(dialogs.errors) == 2


@pytest.mark.parametrize("kind", ["loop", "long name", "missing folder", "read-only", "folder denied"])
def test_saving_to_a_bad_path_is_one_message_and_keeps_the_work(make_window, dialogs, tmp_path, monkeypatch, kind):
    window = make_window(saved(tmp_path))
    window.undo_stack.push(SetParamCommand(window.graph, "fc", "units", 6))
    target = tmp_path / "new.nodeflow"
    expected = {"loop": "its symbolic links form a loop", "long name": "a name in it is too long",
                "missing folder": "its folder does not exist", "read-only": "the file is read-only",
                "folder denied": "permission denied"}[kind]
    if kind == "loop":
        target.symlink_to(target)
    elif kind == "long name":
        target = tmp_path / ("n" * 300 + ".nodeflow")
    elif kind == "missing folder":
        target = tmp_path / "no" / "new.nodeflow"
    elif kind == "read-only":
        target.write_text("someone else's")
        target.chmod(0o444)
    else:  # root may write anywhere, so the kernel's refusal is simulated
        import tempfile

        monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied")))
    dialogs.save_answer_path = str(target)
    assert not window.files.save_as()
    assert len(dialogs.errors) == 1 and expected in dialogs.errors[0] and "\n" not in dialogs.errors[0]
    assert window.isWindowModified() and window.files.path.name == "net.nodeflow"
    if kind == "read-only":
        assert target.read_text() == "someone else's"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_saving_over_a_file_made_read_only_meanwhile_is_refused(make_window, dialogs, tmp_path):
    path = saved(tmp_path)
    window = make_window(path)
    window.undo_stack.push(SetParamCommand(window.graph, "fc", "units", 6))
    path.chmod(0o444)
    window.actionSave.trigger()
    assert dialogs.errors == [f"cannot save {path}: the file is read-only (save under another name, "
                              "or make it writable first)"]
    assert window.isWindowModified() and graph_io.load(path).nodes["fc"].params["units"] == 4


# ------------------------------------------------------------------- weights beside the graph
def _zip_bomb(path: Path, unpacked: int) -> None:
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (unpacked // 8,)})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf, zf.open("fc/W.npy", "w") as fh:
        fh.write(header.getvalue())
        chunk = bytes(2**24)
        for _ in range(unpacked // len(chunk)):
            fh.write(chunk)


def _lying(path: Path) -> None:
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (10**12,)})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("fc/W.npy", header.getvalue() + bytes(16))


def _corrupt(path: Path) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **{k: np.random.default_rng(1).normal(size=4000) for k in ("fc/W", "fc/b")})
    data = bytearray(buffer.getvalue())
    for i in range(100, 3000):
        data[i] ^= 0x3C
    path.write_bytes(bytes(data))


WEIGHTS = {
    "fifo": (lambda p: os.mkfifo(p), "is a FIFO"),
    "empty": (lambda p: p.write_bytes(b""), "not a valid .npz archive"),
    "garbage": (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(200)), "not a valid .npz archive"),
    "corrupt stream": (_corrupt, "net.npz"),
    "lying header": (_lying, "array 'fc/W' is damaged: its header says shape (1000000000000,)"),
    "zip bomb": (lambda p: _zip_bomb(p, 2**28), "array 'fc/W' is too large (256 MB unpacked; the limit is 64 MB)"),
    "nan": (lambda p: np.savez(p, **{**good_weights(), "fc/W": np.full((2, 4), np.nan)}),
            "'fc/W' holds NaN values; weights must be finite numbers"),
    "inf": (lambda p: np.savez(p, **{**good_weights(), "out/b": np.array([np.inf, 0])}), "'out/b' holds infinite values"),
    "complex": (lambda p: np.savez(p, **{**good_weights(), "fc/b": np.zeros(4) + 1j}), "complex numbers"),
    "pickle": (lambda p: np.savez(p, **{**good_weights(), "fc/b": np.array([None] * 4)}), "Python objects"),
}


@pytest.mark.parametrize("kind", sorted(WEIGHTS))
def test_bad_weights_beside_a_graph_are_set_aside_with_a_message(make_window, dialogs, tmp_path, monkeypatch, kind):
    from nodeflow.compute import weights

    monkeypatch.setattr(weights, "MAX_WEIGHTS_BYTES", 64 * 2**20)  # the real limit is 2 GB; same check
    path = saved(tmp_path)
    make, expected = WEIGHTS[kind]
    make(tmp_path / "net.npz")
    window = make_window(path)
    message = window.statusBar().currentMessage()
    assert message.startswith("Trained weights not loaded: ") and expected in message, message
    assert "\n" not in message and window.runs.weights is None and dialogs.errors == []
    assert window.files.path == path.resolve() and "fc" in window.graph.nodes


def test_weights_too_large_for_float32_are_refused_by_name_not_reported_as_divergence(qtbot, make_window, tmp_path):
    path = saved(tmp_path)
    np.savez(tmp_path / "net.npz", **{**good_weights(), "out/W": np.full((4, 2), 1e300)})
    window = make_window(path)
    assert window.runs.weights is not None  # finite numbers: read, used when training continues
    failed = []
    window.training.controller.failed.connect(failed.append)
    with qtbot.waitSignal(window.training.controller.ended, timeout=30000):
        window.actionContinue.trigger()  # Continue trains on from the file's weights
    assert failed == ["out: 'W' in the weights holds values too large for float32 (up to 1e+300)"]


# ----------------------------------------------------------------------------- lost work
def _leave_untitled_autosave(make_window, dialogs) -> Path:
    """Untitled work, autosaved, then the program dies (the window is never closed cleanly)."""
    first = make_window()
    first.graph.replace_with(xor_graph())
    first.undo_stack.push(SetParamCommand(first.graph, "fc", "units", 7))
    auto = first.files.autosave()
    assert auto is not None and auto.exists()
    first.files.timer.stop()
    first.files.shutdown = lambda: None  # a crash: no clean shutdown, the autosave stays
    first.dialogs = type(dialogs)()
    first.dialogs.save_answer = "discard"
    first.files.maybe_save = lambda: True
    return auto


def test_starting_on_a_file_offers_untitled_work_and_keeps_it(make_window, dialogs, tmp_path):
    auto = _leave_untitled_autosave(make_window, dialogs)
    other = saved(tmp_path)
    dialogs.recover = True
    window = make_window(other)  # `nodeflow other.nodeflow`
    assert dialogs.asked == ["keep untitled"]
    assert window.files.path == other.resolve()  # the file asked for is what opens
    assert not auto.exists()
    kept = Path(window.files.recent_files()[1])
    assert kept.parent.name == "recovered" and kept.name.startswith("untitled-")
    assert graph_io.load(kept).nodes["fc"].params["units"] == 7  # the lost work, intact
    assert window.files.open(kept) and window.graph.nodes["fc"].params["units"] == 7


def test_declining_the_untitled_work_deletes_it(make_window, dialogs, tmp_path):
    auto = _leave_untitled_autosave(make_window, dialogs)
    dialogs.recover = False
    window = make_window(saved(tmp_path))
    assert dialogs.asked == ["keep untitled"] and not auto.exists()
    assert len(window.files.recent_files()) == 1


def test_a_bad_file_argument_still_offers_the_untitled_work(make_window, dialogs, tmp_path):
    auto = _leave_untitled_autosave(make_window, dialogs)
    dialogs.recover = True
    window = make_window(tmp_path / "missing.nodeflow")
    assert dialogs.asked == ["keep untitled"] and "no such file" in dialogs.errors[0]
    assert not auto.exists() and "recovered" in window.files.recent_files()[0]


# ------------------------------------------------------------------------------- data files
def test_a_csv_fixed_in_another_program_clears_its_error(qtbot, make_window, tmp_path):
    csv = tmp_path / "houses.csv"
    csv.write_text("rooms,price\n1,2\n2,abc\n3,6\n4,8\n5,10\n")
    g = Graph("houses")
    g.add_node("Dataset", {"source": "csv", "path": "houses.csv"}, node_id="data", pos=(0, 0))
    g.add_node("Dense", {"units": 1}, node_id="fc", pos=(200, 0))
    g.connect(("data", "x"), ("fc", "in"))
    graph_io.save(g, tmp_path / "houses.nodeflow")
    window = make_window(tmp_path / "houses.nodeflow")
    qtbot.waitUntil(lambda: "houses.csv line 3" in window.analysis_label.text())
    tmp = tmp_path / "houses.csv.new"
    tmp.write_text("rooms,price\n1,2\n2,4\n3,6\n4,8\n5,10\n")
    os.replace(tmp, csv)  # as an editor saves: a new file renamed over the old one
    qtbot.waitUntil(lambda: window.analysis_label.text().startswith("2 nodes"), timeout=10000)
    assert window.canvas.analysis.ok
    with open(csv, "a") as fh:  # and broken again in place
        fh.write("6,oops\n")
    qtbot.waitUntil(lambda: "houses.csv line 7" in window.analysis_label.text(), timeout=10000)


def test_an_oversize_network_is_refused_in_the_window_naming_the_node(qtbot, make_window, tmp_path, monkeypatch):
    from nodeflow.graph import memory

    monkeypatch.setenv(memory.LIMIT_ENV, "1G")
    g = Graph("big")
    g.add_node("Dataset", {"source": "xor"}, node_id="data", pos=(0, 0))
    for i, (node_id, type_name, params) in enumerate([
        ("fc", "Dense", {"units": 20_000}), ("wide", "Dense", {"units": 20_000}), ("out", "Dense", {"units": 2}),
        ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "Adam", {}),
    ]):
        g.add_node(type_name, params, node_id=node_id, pos=(200 * (i + 1), 0))
    for a, b in [(("data", "x"), ("fc", "in")), (("fc", "out"), ("wide", "in")), (("wide", "out"), ("out", "in")),
                 (("out", "out"), ("sm", "in")), (("sm", "out"), ("ce", "pred")), (("data", "y"), ("ce", "target")),
                 (("ce", "loss"), ("opt", "loss"))]:
        g.connect(a, b)
    path = tmp_path / "big.nodeflow"
    graph_io.save(g, path)
    window = make_window(path)  # 9.6 GB of weights and Adam state: nothing is allocated
    qtbot.waitUntil(lambda: window.analysis_label.text().startswith("wide: training needs about 9.0 GB"))
    failed = []
    window.training.controller.failed.connect(failed.append)
    with qtbot.waitSignal(window.training.controller.ended, timeout=30000):
        window.actionTrain.trigger()
    assert len(failed) == 1 and failed[0].startswith("wide: training needs about 9.0 GB of memory")
