"""Open, save, save as, bad files, ask-to-save, recent files, autosave and recovery."""

from __future__ import annotations

import os
import time
from pathlib import Path

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph
from nodeflow.ui.commands import SetParamCommand


def small_graph(name: str = "Small") -> Graph:
    g = Graph(name)
    g.add_node("Dataset", {"source": "xor"}, pos=(0.0, 0.0))
    g.add_node("Dense", {"units": 8}, pos=(220.0, 0.0))
    g.connect(("dataset1", "x"), ("dense1", "in"))
    g.set_training("epochs", 7)
    return g


def edit(window, units: int = 99) -> None:
    """One undoable document change, as the inspector or canvas would make it."""
    window.undo_stack.push(SetParamCommand(window.graph, "dense1", "units", units))


def test_open_save_round_trip(make_window, tmp_path):
    src = tmp_path / "small.nodeflow"
    graph_io.save(small_graph(), src)
    window = make_window(src)
    graph = window.graph
    assert graph == small_graph()
    assert window.files.path == src.resolve()
    assert "small.nodeflow" in window.windowTitle() and not window.isWindowModified()
    edit(window, 12)
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert window.graph is graph  # one Graph for the window's whole life
    reloaded = graph_io.load(src)
    assert reloaded == window.graph and reloaded.nodes["dense1"].params["units"] == 12


def test_save_as_then_open_gives_an_equal_graph(make_window, dialogs, tmp_path):
    src = tmp_path / "a.nodeflow"
    graph_io.save(small_graph(), src)
    window = make_window(src)
    edit(window, 5)
    dialogs.save_answer_path = str(tmp_path / "b.nodeflow")
    assert window.files.save_as()
    assert window.files.path == (tmp_path / "b.nodeflow").resolve()
    assert "b.nodeflow" in window.windowTitle()
    expected = window.graph.copy()
    assert window.files.new()
    assert window.graph == Graph()
    assert window.files.open(tmp_path / "b.nodeflow")
    assert window.graph == expected
    assert graph_io.load(src) == small_graph()  # the original file is untouched


def test_untitled_save_asks_for_a_path_and_cancel_keeps_it_modified(make_window, dialogs, tmp_path):
    window = make_window()
    window.graph.replace_with(small_graph())
    edit(window)
    dialogs.save_answer_path = None
    assert not window.files.save()
    assert window.isWindowModified() and window.files.path is None


def test_bad_file_leaves_the_graph_untouched_and_reports(make_window, dialogs, tmp_path):
    good = tmp_path / "good.nodeflow"
    graph_io.save(small_graph(), good)
    window = make_window(good)
    before = window.graph.copy()
    bad = tmp_path / "bad.nodeflow"
    # (an unknown node type is no longer a bad file: it opens as a placeholder, see
    # tests/ui/test_canvas_placeholders.py)
    bad.write_text('{"format": "nodeflow", "version": 1, "nodes": [{"id": "x", "type": "Dense", "params": {"units": "Nope"}}]}')
    assert not window.files.open(bad)
    assert window.graph == before and window.files.path == good.resolve()
    assert len(dialogs.errors) == 1 and "\n" not in dialogs.errors[0] and "Nope" in dialogs.errors[0]
    bad.write_text("{not json")
    assert not window.files.open(bad)
    assert not window.files.open(tmp_path / "missing.nodeflow")
    assert window.graph == before and len(dialogs.errors) == 3


def test_ask_to_save_on_close_and_open(make_window, dialogs, tmp_path):
    src = tmp_path / "doc.nodeflow"
    graph_io.save(small_graph(), src)
    window = make_window(src)
    edit(window, 42)
    dialogs.save_answer = "cancel"
    assert not window.close()  # cancelled: the window stays
    assert dialogs.asked == ["save changes to doc.nodeflow"]
    assert not window.files.new() and window.graph.nodes["dense1"].params["units"] == 42
    dialogs.save_answer = "save"
    assert window.close()
    assert graph_io.load(src).nodes["dense1"].params["units"] == 42


def test_discard_does_not_write(make_window, dialogs, tmp_path):
    src = tmp_path / "doc.nodeflow"
    graph_io.save(small_graph(), src)
    window = make_window(src)
    edit(window, 42)
    dialogs.save_answer = "discard"
    assert window.close()
    assert graph_io.load(src) == small_graph()


def test_unmodified_close_asks_nothing(make_window, dialogs):
    window = make_window()
    assert window.close() and dialogs.asked == []


def test_recent_files_persist_most_recent_first(make_window, tmp_path):
    paths = []
    for name in ("one", "two", "three"):
        path = tmp_path / f"{name}.nodeflow"
        graph_io.save(small_graph(name), path)
        paths.append(str(path.resolve()))
    window = make_window()
    for p in paths:
        assert window.files.open(p)
    window.files.open(paths[0])
    expected = [paths[0], paths[2], paths[1]]
    assert window.files.recent_files() == expected
    menu = [a.data() for a in window.recent_menu.actions()]
    assert menu == expected
    window.close()
    assert make_window().files.recent_files() == expected  # QSettings keeps them
    os.remove(paths[2])
    again = make_window()
    assert not again.files.open(paths[2])
    assert paths[2] not in again.files.recent_files()


def test_autosave_writes_and_is_offered_back(make_window, dialogs, tmp_path):
    src = tmp_path / "doc.nodeflow"
    graph_io.save(small_graph(), src)
    past = time.time() - 100
    os.utime(src, (past, past))
    window = make_window(src)
    assert window.files.autosave() is None  # nothing to save while clean
    edit(window, 77)
    auto = window.files.autosave()
    assert auto is not None and auto.is_relative_to(Path(os.environ["NODEFLOW_DATA_DIR"]))
    assert graph_io.load(auto).nodes["dense1"].params["units"] == 77
    assert window.files.timer.isActive() and window.files.timer.interval() == 60_000
    window.files.timer.stop()  # simulate a crash: the window goes without cleaning up
    window.files.path = None

    dialogs.recover = True
    second = make_window(src)
    assert "recover doc.nodeflow" in dialogs.asked
    assert second.graph.nodes["dense1"].params["units"] == 77
    assert second.isWindowModified() and second.files.path == src.resolve()
    assert second.files.save()
    assert not auto.exists()  # a clean save removes the autosave
    assert graph_io.load(src).nodes["dense1"].params["units"] == 77


def test_declined_or_stale_autosave_is_removed(make_window, dialogs, tmp_path):
    src = tmp_path / "doc.nodeflow"
    graph_io.save(small_graph(), src)
    window = make_window(src)
    auto = window.files.autosave_path()
    auto.parent.mkdir(parents=True, exist_ok=True)
    graph_io.save(small_graph("other"), auto)
    past = time.time() - 100
    os.utime(auto, (past, past))  # older than the file: stale
    assert not window.files.check_recovery() and not auto.exists()
    graph_io.save(small_graph("other"), auto)
    dialogs.recover = False
    assert not window.files.check_recovery() and not auto.exists()
    assert window.graph == small_graph()


def test_untitled_autosave_is_offered_on_start(make_window, dialogs):
    first = make_window()
    first.graph.replace_with(small_graph("Lost work"))
    edit(first, 3)
    assert first.files.autosave().name == "untitled.nodeflow"
    first.files.timer.stop()
    dialogs.recover = True
    second = make_window()
    assert second.files.recovered and second.graph.name == "Lost work"
    first.undo_stack.setClean()  # let the first window close quietly
