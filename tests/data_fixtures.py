"""Generated data files for the own-data tests: nothing is downloaded.

`shapes_folder` renders circles, squares and triangles with Pillow (random size, place and
shade) into one sub-folder per class; `write_idx` and `write_cifar_batch` write the MNIST and
CIFAR-10 file formats byte for byte as documented.
"""

from __future__ import annotations

import gzip
import pickle
import struct
from pathlib import Path

import numpy as np

SHAPES = ("circle", "square", "triangle")


def render_shape(kind: str, rng: np.random.Generator, size: int = 32):  # noqa: ANN201 - a PIL image
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    r = rng.uniform(0.22, 0.4) * size
    cx, cy = rng.uniform(r + 1, size - r - 1, 2)
    shade = tuple(int(v) for v in rng.integers(0, 140, 3))
    if kind == "circle":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=shade)
    elif kind == "square":
        draw.rectangle([cx - r, cy - r, cx + r, cy + r], fill=shade)
    else:
        draw.polygon([(cx, cy - r), (cx - r, cy + r), (cx + r, cy + r)], fill=shade)
    return image


def shapes_folder(root: Path, per_class: int = 20, seed: int = 0, size: int = 32) -> Path:
    """root/circle/000.png ... root/triangle/NNN.png (JPEG for every fifth image)."""
    rng = np.random.default_rng(seed)
    for kind in SHAPES:
        folder = root / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            image = render_shape(kind, rng, size)
            if i % 5 == 4:
                image.save(folder / f"{i:03d}.jpg", quality=95)
            else:
                image.save(folder / f"{i:03d}.png")
    return root


def idx_bytes(array: np.ndarray) -> bytes:
    codes = {np.dtype(np.uint8): 0x08, np.dtype(np.int8): 0x09, np.dtype(">i2"): 0x0B,
             np.dtype(">i4"): 0x0C, np.dtype(">f4"): 0x0D, np.dtype(">f8"): 0x0E}
    code = codes[array.dtype]
    header = bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.tobytes()


def write_idx(folder: Path, images: np.ndarray, labels: np.ndarray, prefix: str = "train",
              gz: bool = False) -> Path:
    """`prefix-images-idx3-ubyte[.gz]` and its labels file; returns the images file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if gz else ""
    paths = []
    for kind, array in (("images-idx3", images.astype(np.uint8)), ("labels-idx1", labels.astype(np.uint8))):
        data = idx_bytes(array)
        path = folder / f"{prefix}-{kind}-ubyte{suffix}"
        path.write_bytes(gzip.compress(data) if gz else data)
        paths.append(path)
    return paths[0]


def write_cifar_batch(path: Path, images: np.ndarray, labels: list[int], protocol: int = 2) -> Path:
    """A CIFAR-10 python batch: a pickled dict with bytes keys, as the real files are."""
    data = {b"batch_label": b"testing batch 1 of 1", b"labels": [int(v) for v in labels],
            b"data": images.reshape(len(images), -1).astype(np.uint8),
            b"filenames": [f"img_{i}.png".encode() for i in range(len(labels))]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(data, protocol=protocol))
    return path


def write_cifar_meta(folder: Path, names: list[str]) -> None:
    meta = {b"num_cases_per_batch": 10000, b"label_names": [n.encode() for n in names], b"num_vis": 3072}
    (folder / "batches.meta").write_bytes(pickle.dumps(meta, protocol=2))
