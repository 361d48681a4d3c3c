"""The RunBook's rules: what a run starts from, what a run leaves, what a document brings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nodeflow.compute.trainer import Trainer
from nodeflow.compute.weights import save_arrays, weight_arrays
from nodeflow.graph import load
from nodeflow.graph import runs as R
from nodeflow.ui.training.run_book import CannotStart, RunBook
from nodeflow.ui.training.runs_view import RunsView, changes_text


@pytest.fixture
def book(qtbot):
    return RunBook()


@pytest.fixture
def xor(examples_dir):
    graph = load(examples_dir / "xor_mlp.nodeflow")
    graph.training["epochs"] = 2
    return graph


def train(book: RunBook, graph, *, continue_from_last=False):
    """A run through the book with the real trainer, as the window does it."""
    run, initial = book.begin(graph, continue_from_last=continue_from_last)
    trainer = Trainer(graph)
    if initial is not None:
        from nodeflow.compute.weights import set_weights

        set_weights(trainer.network, initial)
    history = trainer.run()
    for i in range(history.epochs):
        run.record_epoch({"epoch": i + 1, "train_loss": history.train_loss[i]})
    if history.error:
        run.fail(history.error, history.error_kind)
    else:
        run.finish({"epochs": history.epochs, "test_loss": history.test_loss})
    book.end(run, trainer.network)
    return run, trainer


def test_train_starts_fresh_and_continue_needs_a_run(book, xor):
    with pytest.raises(CannotStart, match="press Train first"):
        book.begin(xor, continue_from_last=True)
    run, _trainer = train(book, xor)
    assert run.start == R.FRESH and book.origin is run and book.can_continue
    again, initial = book.begin(xor, continue_from_last=False)
    assert initial is None and again.start == R.FRESH  # Train never takes earlier weights


def test_a_diverged_run_leaves_the_last_good_weights(book, examples_dir):
    linear = load(examples_dir / "linear_regression.nodeflow")
    linear.training["epochs"] = 3
    good, trainer = train(book, linear)
    kept = {k: v.copy() for k, v in weight_arrays(trainer.network).items()}
    opt = next(n for n in linear.nodes.values() if n.spec.category == "optimizer")
    lr = opt.params["lr"]
    linear.set_param(opt.id, "lr", 50.0)  # journey 3: far too large
    bad, _ = train(book, linear)
    assert bad.result.status == R.DIVERGED
    assert book.origin is good and all(np.array_equal(book.weights[k], v) for k, v in kept.items())
    linear.set_param(opt.id, "lr", lr)
    continued, initial = book.begin(linear, continue_from_last=True)
    assert continued.parent == good.id and continued.epoch_offset == good.end_epoch
    assert all(np.array_equal(initial[k], v) for k, v in kept.items())


def test_a_run_that_never_trained_is_not_kept(book, xor):
    run, _ = book.begin(xor, continue_from_last=False)
    run.fail("the graph has no Dataset node to train on")
    book.end(run, None)
    assert len(book.history) == 0


def test_weights_that_no_longer_fit_are_refused(book, xor):
    train(book, xor)
    xor.set_param("fc1", "units", 3)
    with pytest.raises(CannotStart, match="no longer fit"):
        book.begin(xor, continue_from_last=True)


def test_a_document_brings_its_own_runs_and_weights(book, xor, tmp_path):
    path = tmp_path / "xor.nodeflow"
    path.write_text("{}")
    book.open(path)
    first, trainer = train(book, xor)
    assert (tmp_path / "xor.runs.json").exists()  # written as the run ended
    book.save(path)
    messages: list[str] = []
    book.message.connect(messages.append)
    other = RunBook()
    other.message.connect(messages.append)
    other.open(path)
    assert [r.id for r in other.history] == [first.id] and other.origin.id == first.id
    assert "Run 1's trained weights loaded from xor.npz" in messages[-1]
    book.open(None)  # New: nothing of the other document
    assert len(book.history) == 0 and book.weights is None and not book.can_continue


def test_weights_of_an_unknown_run_continue_as_the_files(book, xor, tmp_path):
    path = tmp_path / "xor.nodeflow"
    path.write_text("{}")
    trainer = Trainer(xor)
    save_arrays(weight_arrays(trainer.network), tmp_path / "xor.npz")  # no runs file beside it
    book.open(path)
    run, initial = book.begin(xor, continue_from_last=True)
    assert run.start == R.FILE and run.parent is None and initial is not None
    assert "continues the saved weights" in changes_text(book.history, run)


def test_the_runs_list_reports_edits_and_updates_in_place(qtbot, xor):
    history = R.RunHistory()
    a = history.new_run(xor)
    xor.set_training("epochs", 9)
    b = history.new_run(xor)
    view = RunsView()
    qtbot.addWidget(view)
    view.set_runs(history, shown=b.id)
    assert [view.tree.topLevelItem(i).text(0) for i in range(2)] == ["Run 2", "Run 1"]
    assert view.item_for(b.id).text(1) == "epochs 2 → 9" and view.item_for(a.id).text(1) == "first run"
    assert view.selected_id() == b.id
    seen: list = []
    view.visibilityChanged.connect(lambda *args: seen.append(("shown", *args)))
    view.renamed.connect(lambda *args: seen.append(("renamed", *args)))
    view.deleteRequested.connect(lambda run_id: seen.append(("delete", run_id)))
    item = view.item_for(a.id)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    item.setText(0, "baseline")
    view.tree.setCurrentItem(item)
    QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert seen == [("shown", a.id, False), ("renamed", a.id, "baseline"), ("delete", a.id)]
    a.visible = False
    history.rename(a.id, "baseline")
    view.set_runs(history, shown=b.id)
    assert view.item_for(a.id) is item and item.text(0) == "baseline"  # the same row, updated
    view.set_runs(history, shown=b.id, running=b.id)
    view.tree.setCurrentItem(view.item_for(b.id))
    assert not view.delete_button.isEnabled()  # the run training now cannot be deleted
