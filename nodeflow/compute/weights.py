"""Trained weights beside the graph, as a plain `.npz` (never pickle).

Keys are "node_id/param" for weights and "node_id/state/name" for kernel state (BatchNorm's
running statistics). Saving is atomic: a temporary file in the same folder, then a rename.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from nodeflow.compute.network import Network
from nodeflow.graph.document import GraphError


def weight_arrays(network: Network) -> dict[str, np.ndarray]:
    """{"node/param": array, "node/state/name": array} for every weight and state buffer."""
    arrays: dict[str, np.ndarray] = {}
    for node, kernel in network.kernels.items():
        for name, value in kernel.w.items():
            arrays[f"{node}/{name}"] = np.asarray(value)
        for name, value in kernel.state.items():
            arrays[f"{node}/state/{name}"] = np.asarray(value)
    return arrays


def save_weights(network: Network, path: str | os.PathLike) -> None:
    """Write every weight and state buffer of `network` to `path` (.npz), atomically."""
    save_arrays(weight_arrays(network), path)


def save_arrays(arrays: dict[str, np.ndarray], path: str | os.PathLike) -> None:
    """Write named arrays (as from `weight_arrays`) to `path` (.npz), atomically."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_weights(network: Network, path: str | os.PathLike) -> None:
    """Copy the arrays saved in `path` into `network` (shapes must match exactly).

    Raises GraphError naming the node and parameter for a missing, extra or mis-shaped array,
    and ValueError for a file that is not a plain-array .npz (pickled objects are refused).
    """
    set_weights(network, read_arrays(path))


def read_arrays(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """The numeric arrays of a weights file, read with `allow_pickle=False`; ValueError otherwise."""
    try:
        archive = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{path}: not a weights file ({exc})") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise ValueError(f"{path}: not a weights file (expected an .npz archive)")
    values: dict[str, np.ndarray] = {}
    with archive:
        for key in archive.files:
            try:
                values[key] = archive[key]
            except ValueError:
                raise ValueError(f"{path}: '{key}' holds pickled objects, which are refused") from None
            if not np.issubdtype(values[key].dtype, np.number):
                raise ValueError(f"{path}: '{key}' is not numeric")
    return values


def set_weights(network: Network, values: dict[str, np.ndarray]) -> None:
    """Copy named arrays into `network`; GraphError naming the node when they do not fit it."""
    expected = weight_arrays(network)
    for key in values:
        node = key.split("/", 1)[0]
        is_state = key.startswith(f"{node}/state/") and node in network.kernels
        if key not in expected and not is_state:
            raise GraphError(f"{node}: the weights file has '{key}', which this graph does not use", node)
    for key, target in expected.items():
        node, _, param = key.partition("/")
        if key not in values:
            raise GraphError(f"{node}: the weights file has no '{param}'", node)
        if values[key].shape != target.shape:
            raise GraphError(
                f"{node}: '{param}' has shape {values[key].shape} in the weights file but the graph "
                f"needs {target.shape}", node)
    for key, value in values.items():
        node, _, param = key.partition("/")
        if key in expected and not param.startswith("state/"):
            expected[key][...] = value
        else:
            state = network.kernels[node].state
            name = param.split("/", 1)[1]
            current = state.get(name)
            if isinstance(current, np.ndarray) and current.shape == value.shape:
                current[...] = value
            else:
                state[name] = value.astype(network.dtype)
