"""Trained weights beside the graph, as a plain `.npz` (never pickle).

Keys are "node_id/param" for weights and "node_id/state/name" for kernel state (BatchNorm's
running statistics). Saving is atomic: a temporary file in the same folder, then a rename.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from nodeflow.compute.network import Network
from nodeflow.compute.types import GraphError
from nodeflow.userfiles import UserFileError, npz_read, printable, write_atomic

MAX_WEIGHTS_BYTES = 2 * 2**30
"""Largest weights file read (unpacked): 500 million float32 numbers."""
MAX_WEIGHT_ARRAYS = 100_000


def weight_arrays(network: Network) -> dict[str, np.ndarray]:
    """{"node/param": array, "node/state/name": array} for every weight and state buffer."""
    arrays: dict[str, np.ndarray] = {}
    for node, kernel in network.kernels.items():
        if node in network.plan.shares:
            continue  # uses another node's weights, saved under that node
        for name, value in kernel.w.items():
            arrays[f"{node}/{name}"] = np.asarray(value)
        for name, value in kernel.state.items():
            arrays[f"{node}/state/{name}"] = np.asarray(value)
    return arrays


def save_weights(network: Network, path: str | os.PathLike) -> None:
    """Write every weight and state buffer of `network` to `path` (.npz), atomically."""
    save_arrays(weight_arrays(network), path)


def save_arrays(arrays: dict[str, np.ndarray], path: str | os.PathLike) -> None:
    """Write named arrays (as from `weight_arrays`) to `path` (.npz), atomically; OSError (a
    UserFileError for a read-only or unwritable target) when it cannot be written."""
    try:
        write_atomic(path, lambda fh: np.savez(fh, **arrays))
    except UserFileError as exc:
        raise OSError(str(exc)) from None


def load_weights(network: Network, path: str | os.PathLike) -> None:
    """Copy the arrays saved in `path` into `network` (shapes must match exactly).

    Raises GraphError naming the node and parameter for a missing, extra or mis-shaped array
    or for values the network cannot hold, and ValueError for a file that is not a plain-array
    .npz (see `read_arrays`).
    """
    set_weights(network, read_arrays(path))


def read_arrays(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """The arrays of a weights file, or ValueError with one line naming the file and the array.

    Only a regular file is read (never a FIFO or a device), and only after its zip and `.npy`
    headers were checked: at most MAX_WEIGHT_ARRAYS arrays and MAX_WEIGHTS_BYTES unpacked, each
    header matching the bytes stored for it (a zip bomb or a lying header is refused before
    anything is unpacked), plain real numbers only (no pickled objects: `allow_pickle=False`;
    no complex numbers), and every value finite.
    """
    values = npz_read(path, file_limit=MAX_WEIGHTS_BYTES, array_limit=MAX_WEIGHTS_BYTES,
                      total_limit=MAX_WEIGHTS_BYTES, max_arrays=MAX_WEIGHT_ARRAYS, what="weights file")
    name = printable(Path(path).name)
    for key, value in values.items():
        problem = _unusable(value)
        if problem is not None:
            raise UserFileError(f"{name}: '{printable(key, 60)}' {problem}")
    return values


def _unusable(value: np.ndarray, dtype: np.dtype | None = None) -> str | None:
    """Why `value` cannot be a weight (of `dtype`, when given), or None."""
    if np.iscomplexobj(value):
        return "holds complex numbers; weights must be real"
    if not np.issubdtype(value.dtype, np.number):
        return "is not numeric"
    if value.dtype.kind == "f" and value.size and not np.isfinite(value).all():
        return f"holds {'NaN' if np.isnan(value).any() else 'infinite'} values; weights must be finite numbers"
    if dtype is not None and value.size and np.dtype(dtype).kind == "f":
        largest = float(np.abs(value).max())
        if largest > float(np.finfo(dtype).max):
            return f"holds values too large for {np.dtype(dtype)} (up to {largest:.3g})"
    return None


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
        problem = _unusable(value, network.dtype)
        if problem is not None:
            node, _, param = key.partition("/")
            raise GraphError(f"{node}: '{param}' in the weights {problem}", node)
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
