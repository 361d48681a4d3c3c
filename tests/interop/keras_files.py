"""Writing `.keras` files from Keras 3's documented format, without Keras: a zip with
`metadata.json`, `config.json` (layers as `serialize_keras_object` writes them) and
`model.weights.h5` (each layer's variables at `layers/<name>/vars/<i>`, recurrent layers' at
`layers/<name>/cell/vars/<i>`)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

h5py = __import__("pytest").importorskip("h5py", reason="the Keras importer reads weights with h5py "
                                                   "(pip install 'nodeflow[interop]')")


def layer(class_name: str, name: str, **config) -> dict:
    return {"module": "keras.layers", "class_name": class_name, "config": {"name": name, "trainable": True,
                                                                          "dtype": "float32", **config},
            "registered_name": None}


def input_layer(shape: list[int], name: str = "input_layer") -> dict:
    return layer("InputLayer", name, batch_shape=[None, *shape], sparse=False)


def sequential(layers: list[dict], name: str = "sequential", compile_config: dict | None = None) -> dict:
    config = {"module": "keras", "class_name": "Sequential",
              "config": {"name": name, "trainable": True, "dtype": "float32", "layers": layers},
              "registered_name": None}
    if compile_config is not None:
        config["compile_config"] = compile_config
    return config


def functional(layers: list[dict], inputs: list[str], outputs: list[str], name: str = "functional") -> dict:
    return {"module": "keras.src.models.functional", "class_name": "Functional",
            "config": {"name": name, "trainable": True, "layers": layers,
                       "input_layers": [[n, 0, 0] for n in inputs], "output_layers": [[n, 0, 0] for n in outputs]},
            "registered_name": "Functional"}


def called(entry: dict, *sources: str) -> dict:
    """A functional-model layer entry reading the outputs of `sources` (Keras 3's inbound_nodes)."""
    tensors = [{"class_name": "__keras_tensor__", "config": {"shape": None, "dtype": "float32",
                                                             "keras_history": [s, 0, 0]}} for s in sources]
    args = tensors if len(tensors) == 1 else [tensors]
    return {**entry, "name": entry["config"]["name"], "inbound_nodes": [{"args": args, "kwargs": {}}]}


def write_keras(path: Path, config: dict, weights: dict[str, list[np.ndarray]]) -> Path:
    """`weights`: {"dense": [kernel, bias], "lstm/cell": [kernel, recurrent_kernel, bias], ...}."""
    h5 = io.BytesIO()
    with h5py.File(h5, "w") as f:
        for owner, arrays in weights.items():
            group = f.create_group(f"layers/{owner}/vars")
            for i, a in enumerate(arrays):
                group.create_dataset(str(i), data=np.asarray(a, dtype=np.float32))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("metadata.json", json.dumps({"keras_version": "3.8.0", "date_saved": "2026-01-01@00:00:00"}))
        z.writestr("config.json", json.dumps(config))
        z.writestr("model.weights.h5", h5.getvalue())
    return path
