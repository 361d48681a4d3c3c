"""A run's numbers in TensorBoard's event format, written with TensorBoard's own record writer.

Each run gets its own folder `ROOT/<graph name>-<date>-<time>`, so `tensorboard --logdir ROOT`
shows runs side by side and never joins two runs into one curve. Written, per epoch (step =
epoch): `loss/train`, `loss/val`, `accuracy/train`, `accuracy/val` (classification only),
`learning_rate`, `loss/<loss id>` when the graph has several objectives, `gradient_mean_abs/<node>`;
histograms `weights/<node>/<param>` and `gradients/<node>` (all of the node's gradients from the
epoch's last batch). Per batch (step = batches so far): `batch/loss`. After the run (step = last
epoch): `loss/test`, `accuracy/test`.

Needs the `tensorboard` package (`pip install 'nodeflow[interop]'`); it reads only the trainer's
public API: its events, `network.params_by_node()`, `network.grad_stats()` and the gradient buffer
`network.flat_g` with `network.ranges`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.interop.safe_files import MissingPackage

INSTALL = "writing TensorBoard logs needs the tensorboard package: pip install 'nodeflow[interop]' (or pip install tensorboard)"
BUCKETS = 30


def _tensorboard() -> tuple[Any, Any, Any, Any]:
    try:
        from tensorboard.compat.proto import event_pb2
        from tensorboard.plugins.histogram.summary_v2 import histogram_pb
        from tensorboard.plugins.scalar.summary_v2 import scalar_pb
        from tensorboard.summary.writer.record_writer import RecordWriter
    except ImportError:
        raise MissingPackage(INSTALL) from None
    return event_pb2, histogram_pb, scalar_pb, RecordWriter


class _EventFile:
    """An event file written synchronously with TensorBoard's RecordWriter (framing and CRCs).

    TensorBoard's EventFileWriter would do the same from a background thread of its own; a run
    logs a few events per epoch, so writing them in the training thread costs nothing, and no
    thread is left behind by a run that ends."""

    def __init__(self, folder: Path, event_pb2: Any, record_writer: Any) -> None:
        import socket

        self._event = event_pb2.Event
        name = f"events.out.tfevents.{int(time.time()):010d}.{socket.gethostname()}.nodeflow"
        self._records = record_writer(open(folder / name, "wb"))  # noqa: SIM115 - closed by close()
        self.add_event(self._event(wall_time=time.time(), file_version="brain.Event:2",
                                   source_metadata=event_pb2.SourceMetadata(writer="nodeflow")))
        self.flush()

    def add_event(self, event: Any) -> None:
        self._records.write(event.SerializeToString())

    def flush(self) -> None:
        self._records.flush()

    def close(self) -> None:
        self._records.close()


def run_folder(root: str | Path, graph_name: str, now: float | None = None) -> Path:
    """A new folder under `root` for one run: `<graph name>-YYYYmmdd-HHMMSS` (made unique)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", graph_name).strip("._") or "run"
    base = Path(root) / f"{slug[:60]}-{stamp}"
    folder, i = base, 1
    while folder.exists():
        i += 1
        folder = base.with_name(f"{base.name}-{i}")
    folder.mkdir(parents=True)
    return folder


class TensorBoardLog:
    """Turns trainer events into TensorBoard events; call it with each event, then `close()`.

    `network` is a callable giving the trainer's network (read after each epoch, in the
    thread that trains)."""

    def __init__(self, folder: str | Path, network: Callable[[], Any]) -> None:
        event_pb2, self._histogram, self._scalar, record_writer = _tensorboard()
        self._event = event_pb2.Event
        self.folder = Path(folder)
        self.writer = _EventFile(self.folder, event_pb2, record_writer)
        self.network = network
        self.batches = 0
        self.last_epoch = 0
        self.closed = False

    def scalar(self, tag: str, value: Any, step: int) -> None:
        if value is None or not np.isfinite(value):
            return
        self.writer.add_event(self._event(wall_time=time.time(), step=int(step),
                                          summary=self._scalar(tag, float(value))))

    def histogram(self, tag: str, values: np.ndarray, step: int) -> None:
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        if values.size == 0 or not np.isfinite(values).all():
            return
        self.writer.add_event(self._event(wall_time=time.time(), step=int(step),
                                          summary=self._histogram(tag, values, buckets=BUCKETS)))

    def __call__(self, event: dict) -> None:
        if self.closed:
            return
        kind = event.get("event")
        if kind == "batch":
            self.batches += 1
            self.scalar("batch/loss", event.get("loss"), self.batches)
        elif kind == "epoch":
            self._epoch(event)
        elif kind == "done":
            self.scalar("loss/test", event.get("test_loss"), self.last_epoch)
            self.scalar("accuracy/test", event.get("test_acc"), self.last_epoch)
            self.close()
        elif kind == "error":
            self.close()

    def _epoch(self, event: dict) -> None:
        step = int(event["epoch"])
        self.last_epoch = step
        for key, tag in (("train_loss", "loss/train"), ("val_loss", "loss/val"), ("train_acc", "accuracy/train"),
                         ("val_acc", "accuracy/val"), ("lr", "learning_rate")):
            self.scalar(tag, event.get(key), step)
        for loss_id, value in (event.get("losses") or {}).items():
            self.scalar(f"loss/{loss_id}", value, step)
        net = self.network()
        if net is None:
            return
        for node, mean_abs in net.grad_stats().items():
            self.scalar(f"gradient_mean_abs/{node}", mean_abs, step)
        for node, params in net.params_by_node().items():
            for name, value in params.items():
                self.histogram(f"weights/{node}/{name}", value, step)
        for node, (start, stop) in net.ranges.items():
            self.histogram(f"gradients/{node}", net.flat_g[start:stop], step)
        self.writer.flush()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.writer.close()


def attach(trainer: Any, root: str | Path) -> TensorBoardLog:
    """Log `trainer`'s run under a new folder of `root`; the trainer's own listener still gets every event."""
    folder = run_folder(root, getattr(trainer.graph, "name", "") or "run")
    log = TensorBoardLog(folder, lambda: trainer.network)
    previous = trainer.on_event

    def both(event: dict) -> None:
        log(event)
        if previous is not None:
            previous(event)

    trainer.on_event = both
    return log
