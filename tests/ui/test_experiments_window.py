"""Experiments in the real main window: Run ▸ Run Variants… (actionRunVariants), the dialog,
the Experiments tab (overlaid curves, results table, shared landscape) and the runs list."""

from __future__ import annotations

import pytest

from nodeflow.experiments import presets
from nodeflow.graph import runs as R
from nodeflow.ui.experiments.dialog import Choice, VariantsDialog

pytestmark = pytest.mark.e2e


class Answer:
    """Stands in for the dialog: answers with the given specs, records that it was asked."""

    def __init__(self, specs, epochs=4):
        self.choice = Choice(list(specs), epochs)
        self.asked = 0

    def choose(self, parent, graph):
        self.asked += 1
        return self.choice


def run_action(qtbot, window, specs, epochs=4, timeout=120_000):
    experiments = window.experiments
    experiments.dialogs = Answer(specs, epochs)
    with qtbot.waitSignal(experiments.finished, timeout=timeout):
        window.actionRunVariants.trigger()
        assert experiments.running, window.statusBar().currentMessage()
    return experiments


@pytest.fixture
def moons(window, examples_dir, tmp_path):
    target = tmp_path / "moons.nodeflow"
    target.write_text((examples_dir / "moons_mlp.nodeflow").read_text())
    window.files.open(str(target))
    window.show()
    return window


def test_the_optimizer_race_from_the_run_menu_shows_five_labelled_curves(qtbot, moons):
    window = moons
    menus = [a for m in window.menuBar().actions() if m.menu() is not None for a in m.menu().actions()]
    assert window.actionRunVariants in menus
    specs = presets.optimizer_race(window.graph)
    experiments = window.experiments
    with qtbot.waitSignal(experiments.surfaceReady, timeout=120_000):
        run_action(qtbot, window, specs)
    panel = experiments.panel
    assert window.training.tabs.currentWidget() is panel
    assert panel.curves.curve_count() == 5
    assert panel.curves.legend_labels() == list(presets.OPTIMIZERS)
    assert sorted(panel.table.settings()) == sorted(f"adam.type={o}" for o in presets.OPTIMIZERS)
    assert sorted(panel.table.column_texts("variant")) == sorted(presets.OPTIMIZERS)
    assert set(panel.table.column_texts("status")) == {"finished"}
    assert set(panel.table.column_texts("epochs")) == {"4"}
    firsts = {o.first_loss for o in experiments.sweep.outcomes}
    assert len(firsts) == 1  # every variant started from the same weights
    assert panel.landscape.path_count() == 5
    # each variant is a run of the document, kept in its runs file
    names = [r.name for r in window.training.book.history.runs]
    assert names == [f"adam.type={o}" for o in presets.OPTIMIZERS]
    saved, _ = R.RunHistory.load(R.runs_path(window.files.path))
    assert [r.name for r in saved.runs] == names
    tree = window.training.runs_view.tree
    assert tree.topLevelItemCount() == 5
    assert "variants in" in window.statusBar().currentMessage()
    # sorting the table by a column reorders the rows
    column = [k for k, _t in panel.table.columns].index("best_val_loss")
    panel.table.sortItems(column)
    losses = [float(t) for t in panel.table.column_texts("best_val_loss")]
    assert losses == sorted(losses)


def test_a_diverging_variant_is_marked_while_the_others_finish(qtbot, window, examples_dir, tmp_path):
    target = tmp_path / "line.nodeflow"
    target.write_text((examples_dir / "linear_regression.nodeflow").read_text())
    window.files.open(str(target))
    run_action(qtbot, window, ["sgd.lr=0.05,5"], epochs=3)
    panel = window.experiments.panel
    rows = dict(zip(panel.table.settings(),
                    zip(panel.table.column_texts("status"), panel.table.column_texts("diverged"), strict=True),
                    strict=True))
    assert rows == {"sgd.lr=0.05": ("finished", "no"), "sgd.lr=5": ("diverged", "yes")}
    assert "1 diverged" in window.statusBar().currentMessage()
    assert window.training.book.history.runs[-1].result.status == R.DIVERGED
    assert panel.curves.ends[1].data.size == 1  # its curve ends in a cross


def test_stop_ends_every_variant(qtbot, moons):
    window = moons
    experiments = window.experiments
    experiments.dialogs = Answer(["adam.lr=0.01,0.02"], epochs=100_000)
    with qtbot.waitSignal(experiments.finished, timeout=120_000):
        window.actionRunVariants.trigger()
        qtbot.waitUntil(lambda: any(o.run.epochs for o in experiments.sweep.outcomes), timeout=60_000)
        experiments.panel.stop.click()
    assert all(o.status == R.STOPPED for o in experiments.sweep.outcomes)
    assert window.actionRunVariants.isEnabled()


def test_the_dialog_offers_the_presets_that_fit_and_checks_what_is_typed(qtbot, moons):
    dialog = VariantsDialog(moons.graph)
    qtbot.addWidget(dialog)
    assert dialog.spec_lines() == presets.optimizer_race(moons.graph)  # the first preset that fits
    assert dialog.run_button.isEnabled()
    assert "5 variants: SGD · Momentum · AdaGrad · RMSProp · Adam" in dialog.preview.text()
    losses = next(i for i in range(dialog.preset.count()) if dialog.preset.itemData(i) == "losses")
    assert not dialog.preset.model().item(losses).isEnabled()  # moons is a classification
    dialog.specs.setPlainText("adam.lr=0,1")
    assert not dialog.run_button.isEnabled()
    assert "must be between" in dialog.preview.text()
    dialog.specs.setPlainText("")
    dialog.node.setCurrentIndex(dialog.node.findData("data"))
    dialog.param.setCurrentIndex(dialog.param.findData("batch_size"))
    dialog.values.setText("8, 64")
    dialog.add.click()
    assert dialog.spec_lines() == ["data.batch_size=8,64"]
    assert dialog.choice() == Choice(["data.batch_size=8,64"], 50)


def test_closing_the_window_during_a_race_stops_it(qtbot, moons):
    window = moons
    experiments = window.experiments
    experiments.dialogs = Answer(["adam.lr=0.01,0.02"], epochs=100_000)
    window.actionRunVariants.trigger()
    qtbot.waitUntil(lambda: any(o.run.epochs for o in experiments.sweep.outcomes), timeout=60_000)
    window.close()  # (the fixture then checks that no thread or timer is left running)
    assert all(o.ended and o.status == R.STOPPED for o in experiments.sweep.outcomes)
    assert experiments.pool is None


def test_train_again_from_the_same_start_after_a_change(qtbot, moons):
    window = moons
    window.graph.training["epochs"] = 3
    with qtbot.waitSignal(window.training.controller.ended, timeout=60_000):
        window.actionTrain.trigger()
    earlier = window.training.book.history.latest()
    window.graph.set_param("adam", "lr", 0.05)
    window.graph.training["seed"] = 9  # Train would now draw other weights
    experiments = window.experiments
    with qtbot.waitSignal(experiments.finished, timeout=120_000):
        window.actionTrainFromSameStart.trigger()
        assert experiments.running, window.statusBar().currentMessage()
    outcome = experiments.sweep.outcomes[0]
    assert outcome.status == R.FINISHED and outcome.shared == 6  # every weight of Run 1's start
    assert experiments.panel.curves.legend_labels() == ["again from Run 1's start", "Run 1"]
    assert experiments.panel.curves.curve_count() == 2
    latest = window.training.book.history.latest()
    assert latest.name == "again from Run 1's start" and latest is not earlier


def test_the_experiments_follow_the_language(window, qapp):
    from nodeflow.ui.i18n.translator import Languages

    languages = Languages.instance()
    tabs = window.training.tabs
    panel = window.experiments.panel
    assert tabs.tabText(tabs.indexOf(panel)) == "Experiments"
    try:
        assert languages.switch("ko")
        qapp.processEvents()
        assert window.actionRunVariants.text() == "변형 실행(&V)…"
        assert window.actionTrainFromSameStart.text() == "같은 시작점에서 다시 학습(&S)"
        assert tabs.tabText(tabs.indexOf(panel)) == "실험"
        assert panel.stop.text() == "중지" and panel.tabs.tabText(0) == "경주"
        assert panel.table.horizontalHeaderItem(1).text() == "상태"
    finally:
        languages.switch("en")
        qapp.processEvents()
    assert window.actionRunVariants.text() == "Run &Variants…" and panel.stop.text() == "Stop"
    assert tabs.tabText(tabs.indexOf(panel)) == "Experiments"
