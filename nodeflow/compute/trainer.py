"""The training loop: mini-batches, epochs, schedules, early stopping, events.

The same `Trainer` runs in the window's worker thread and headless from the command line. It
reports through `on_event(dict)` (batch / epoch / done / error) and can be paused, resumed
and stopped from another thread; those requests are honoured between batches, so the weights
are always those after a complete optimizer step.

Reproducibility contract (the NumPy exporter follows it to reproduce loss curves exactly):

1. `rng = np.random.default_rng(seed)`; the data come from
   `datasets.load(dataset_params, seed, dtype)` (which keeps its own generator).
2. The initial weights are drawn from `rng` (see `initializers`).
3. Each epoch, when the Dataset's `shuffle` is true: `order = rng.permutation(n_train)`;
   otherwise the stored order. Batches are consecutive slices of `batch_size` samples of that
   order (the last one may be smaller; batch_size 0 or >= n_train means one full batch).
4. Dropout masks are drawn from `rng` during each training forward, in node order.
5. The learning rate of epoch e (0-based) is `schedules.learning_rate(opt_params, e, epochs)`.

Reported numbers: `train_loss` is the mean of the epoch's batch losses weighted by batch size
(each measured before that batch's step, in training mode); `train_acc` likewise counts the
training-mode predictions of the epoch's batches. `val_*` and `test_*` are computed after the
epoch in inference mode (no dropout, running BatchNorm statistics) over the whole split, in
chunks of 1024, weighting each chunk's mean loss by its size. Accuracy only for
classification losses (see `metrics`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from nodeflow.compute import metrics
from nodeflow.compute.network import Network, resolve
from nodeflow.compute.runtime.loop import (  # noqa: F401 - History, TrainingError, DIVERGED: the trainer's API
    DIVERGED,
    EVAL_CHUNK,
    History,
    ObjectiveStep,
    TrainingError,
    diverged_message,
    evaluate,
    run_epochs,
)
from nodeflow.compute.runtime.settings import SettingError, TrainingSettings
from nodeflow.compute.runtime.sources import DatasetSource, DataSource, NoiseSource
from nodeflow.compute.types import GraphError

if TYPE_CHECKING:  # annotations only: compute does not import the graph layer
    from nodeflow.graph.document import Graph


class Trainer:
    """Trains one graph. Settings come from `graph.training` (epochs, seed, dtype, patience,
    restore_best); the keyword arguments override them. `base_dir` (the graph file's folder,
    default `graph.base_dir`) resolves relative csv/npz paths. Raises GraphError for a graph that
    cannot be compiled; everything that goes wrong while running is reported as an "error"
    event and in `History.error`.

    `data` (a `datasets.DataSplits`, e.g. another trainer's `load_data()`) is trained on instead
    of loading the Dataset node's data: several trainers of variants of one graph then share one
    loaded dataset and exactly the same splits. The Dataset's `batch_size` and `shuffle` still
    come from this graph. GraphError when the splits' samples do not fit the Dataset's ports."""

    def __init__(
        self,
        graph: Graph,
        *,
        epochs: int | None = None,
        seed: int | None = None,
        dtype: str | None = None,
        on_event: Callable[[dict], None] | None = None,
        analysis: Any = None,
        base_dir: str | None = None,
        data: Any = None,
    ) -> None:
        from nodeflow.graph.analysis import analyze

        try:
            settings = TrainingSettings.read(graph.training, epochs=epochs, seed=seed, dtype=dtype)
        except SettingError as exc:
            raise GraphError(str(exc)) from None
        self.settings = settings
        """The run's training settings (the graph's, with the keyword overrides)."""
        self.epochs, self.seed, self.dtype = int(settings.epochs), int(settings.seed), str(settings.dtype)
        self.patience, self.restore_best = int(settings.patience), bool(settings.restore_best)
        self.on_event = on_event
        self.base_dir = base_dir if base_dir is not None else getattr(graph, "base_dir", None)
        graph = graph.resolved()  # bypassed nodes pass their input through: train the graph without them
        self.graph = graph
        self.analysis = analysis if analysis is not None else analyze(graph)
        self.rng = np.random.default_rng(self.seed)
        self.network = Network.compile(graph, self.analysis, self.dtype, rng=self.rng)
        net = self.network
        noise = [n for n in net.plan.sources if n != net.dataset_id and graph.nodes[n].type == "Noise"]
        if net.dataset_id is None and not noise:
            raise GraphError("the graph has no Dataset node to train on")
        if net.optimizer_id is None:
            raise GraphError("the graph has no optimizer node: wire a loss into one (e.g. Adam)")
        self.data_params = self.analysis.params[net.dataset_id] if net.dataset_id is not None else {}
        if data is not None:
            self._check_data(data)
        self.source: DataSource
        if net.dataset_id is None:
            self.source = NoiseSource(int(self.analysis.params[noise[0]]["batch_size"]))
        elif data is None:
            self.source = DatasetSource(self.data_params, self.seed, self.dtype, self.base_dir)
        else:
            self.source = _GivenSplits(self.data_params, self.seed, self.dtype, self.base_dir, data)
        """Where the batches come from (`nodeflow.compute.runtime.sources`)."""
        self.optimizers: list[Any] = []
        """One per objective, in round order; each updates only its own weights (`views`)."""
        self.views: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        """(weights, gradients, decay mask) each optimizer steps: views into the flat buffers."""
        for k, objective in enumerate(net.plan.objectives):
            start, stop = net.trained_range(k)
            params = self.analysis.params[objective.optimizer]
            opt_cls = resolve(graph.nodes[objective.optimizer].spec.kernel)
            self.optimizers.append(opt_cls(params, stop - start, net.dtype))
            self.views.append((net.flat_w[start:stop], net.flat_g[start:stop], net.decay_mask[start:stop]))
        self.opt_params = self.analysis.params[net.optimizer_id]
        self.optimizer = self.optimizers[0]
        """The first objective's optimizer."""
        self.correct = metrics.correct_counter(net.accuracy)
        self.history = History()
        self._go = threading.Event()
        self._go.set()
        self._stop = threading.Event()

    def load_data(self) -> Any:
        """The Dataset's splits as this trainer would load them (`datasets.DataSplits`; None for a
        graph without a Dataset), to give other trainers as `data=`. Raises what loading raises
        (`DataError`, OSError)."""
        if self.network.dataset_id is None:
            return None
        from nodeflow.compute import datasets

        return datasets.load(self.data_params, self.seed, self.dtype, base_dir=self.base_dir)

    def _check_data(self, data: Any) -> None:
        net = self.network
        if net.dataset_id is None:
            raise GraphError("data were given but the graph has no Dataset node")
        x_type = self.analysis.output_type((net.dataset_id, "x"))
        x = data.train[0]
        if x_type is not None and tuple(x.shape[1:]) != tuple(x_type.sample_shape):
            raise GraphError(f"{net.dataset_id}: the given data have samples of shape {tuple(x.shape[1:])}, "
                             f"the Dataset gives {tuple(x_type.sample_shape)}")
        if np.dtype(x.dtype) != np.dtype(self.dtype):
            raise GraphError(f"{net.dataset_id}: the given data are {np.dtype(x.dtype).name}, the run is {self.dtype}")

    # ------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def _emit(self, event: dict) -> None:
        if self.on_event is not None:
            self.on_event(event)

    # ---------------------------------------------------------------- run
    def run(self) -> History:
        """Train to the end (or until stopped, early-stopped or diverged); blocking."""
        try:
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # divergence is checked
                self._run()
        except TrainingError as exc:
            self._fail(str(exc), exc.kind)
        except (GraphError, ValueError, OSError) as exc:
            self._fail(str(exc))
        except MemoryError:  # a user's problem (too large a batch or data set), not a bug
            self._fail("out of memory: the network or its data do not fit (try a smaller batch_size or fewer samples)")
        except Exception as exc:  # a bug should still end the run with a message, not a hung UI
            self._fail(f"{type(exc).__name__}: {exc}")
            raise
        return self.history

    def _fail(self, message: str, kind: str = "error") -> None:
        self.history.error = message
        self.history.error_kind = kind
        self._emit({"event": "error", "message": message, "kind": kind})

    @property
    def splits(self) -> Any:
        """The Dataset's loaded splits (`datasets.DataSplits`) once the run has loaded them."""
        return getattr(self.source, "splits", None)

    def _run(self) -> None:
        from nodeflow.compute import schedules

        net = self.network
        steps = []
        for k, objective in enumerate(net.plan.objectives):
            params = self.analysis.params[objective.optimizer]
            w, g, mask = self.views[k]
            steps.append(ObjectiveStep(objective.loss, self.optimizers[k], w, g, mask, objective.steps,
                              lambda epoch, p=params: schedules.learning_rate(p, epoch, self.epochs),
                              objective.optimizer))

        def emit(event: dict) -> None:
            if event["event"] == "epoch":
                event["grad_stats"] = net.grad_stats()
            self._emit(event)

        def pause() -> None:
            if not self._go.is_set():
                self._go.wait()

        run_epochs(net, steps, self.source, self.rng, epochs=self.epochs, patience=self.patience,
                   restore_best=self.restore_best, correct=self.correct, emit=emit,
                   batch_events=self.on_event is not None, pause=pause, stopped=self._stop.is_set,
                   history=self.history, score=lambda split, k=0: self.evaluate(split) if k == 0 else
                   self.evaluate(split, k), finish=self._finish)

    def _finish(self, done: dict, hist: History) -> None:
        """Findings added to the done event: the test RMSE in the targets' own units (a regression
        trained on standardized targets) and plain-words warnings (`compute.baseline`: a model no
        better than the best constant learned nothing, whatever its curves look like)."""
        from nodeflow.compute.baseline import run_findings

        splits, net = self.splits, self.network
        if splits is None:
            return
        if splits.target_std is not None and splits.test is not None and len(splits.test[0]):
            hist.test_rmse = done["test_rmse"] = self.rmse(splits.test, splits)
        if len(net.plan.objectives) != 1 or hist.stopped:
            return
        loss_id = net.plan.objectives[0].loss
        if self.graph.source_of((loss_id, "target")) != (net.dataset_id, "y"):
            return
        pred_type = self.analysis.input_types(loss_id).get("pred")
        classes = int(pred_type.shape[-1]) if pred_type is not None and pred_type.shape else None
        restored = hist.stopped_early and self.restore_best and self.patience > 0
        val_y = splits.val[1] if splits.val is not None else None
        warnings = run_findings(net.loss_type, hist.train_loss, hist.val_loss, restored, splits.train[1], val_y,
                                classes, float(self.analysis.params[loss_id].get("delta", 1.0)))
        if warnings:
            done["warnings"] = warnings

    def rmse(self, split: tuple[np.ndarray, np.ndarray], splits: Any) -> float:
        """Root mean squared error over a split in the targets' own units (a run on standardized
        targets trains and reports its loss in standard units; this is the number in dollars)."""
        x, y = split
        net = self.network
        pred = np.concatenate([np.array(net.predict(x[i : i + EVAL_CHUNK]), np.float64).reshape(len(x[i : i + EVAL_CHUNK]), -1)
                               for i in range(0, len(x), EVAL_CHUNK)])
        truth = np.asarray(y, np.float64).reshape(len(y), -1)
        return float(np.sqrt(np.mean((splits.to_target_units(pred) - splits.to_target_units(truth)) ** 2)))

    @staticmethod
    def _diverged(epoch: int, loss: float, lr: float, loss_id: str | None = None) -> str:
        return diverged_message(epoch, loss, lr, loss_id)

    def evaluate(self, split: tuple[np.ndarray, np.ndarray], objective: int = 0) -> tuple[float, float | None]:
        """(mean loss, accuracy or None) of objective `objective` over a whole split in inference mode."""
        return evaluate(self.network, split, self.correct, objective)


class _GivenSplits(DatasetSource):
    """A Dataset's source serving splits loaded elsewhere (`Trainer(data=...)`)."""

    def __init__(self, params: Any, seed: int, dtype: Any, base_dir: str | None, splits: Any) -> None:
        super().__init__(params, seed, dtype, base_dir)
        self.given = splits

    def load(self) -> None:
        from nodeflow.compute.runtime.sources import ArraySource

        self.splits = s = self.given
        ArraySource.__init__(self, s.train, s.val, s.test, int(self.params.get("batch_size") or 0),
                             bool(self.params.get("shuffle", True)))
