#!/usr/bin/env python3
"""Loading a big image folder: nodeflow's `image_folder` source against PyTorch's way.

A folder of N images (one sub-folder per class, 64x64 PNG with every fifth a JPEG) is
generated once in a temporary folder; then, interleaved, each side loads all of it resized to
SIZE x SIZE RGB floats in [0, 1]:

- nodeflow: `datasets.load` with source `image_folder` (scan, decode with Pillow in a few
  threads, resize, scale), standardize off, no split;
- torch: the torchvision `ImageFolder` recipe written out (torchvision is not installed): a
  `Dataset` opening each file with Pillow, `convert("RGB")`, `resize`, `ToTensor`-style
  scaling, read through a `DataLoader` (batch 256) with 0 worker processes and with 2.

Prints images per second (median of the repetitions) and the ratio nodeflow / torch.

    .venv/bin/python bench/bench_own_data.py [--images 3000] [--size 32] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_folder(root: Path, n: int, classes: int = 10, side: int = 64) -> None:
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(0)
    for i in range(n):
        k = i % classes
        folder = root / f"class_{k}"
        folder.mkdir(parents=True, exist_ok=True)
        image = Image.fromarray(rng.integers(0, 256, (side, side, 3), dtype=np.uint8))
        ImageDraw.Draw(image).ellipse([8, 8, 8 + 4 * k, 8 + 4 * k], fill=(255, 255, 255))
        if i % 5 == 4:
            image.save(folder / f"{i:06d}.jpg", quality=90)
        else:
            image.save(folder / f"{i:06d}.png")


def load_nodeflow(root: Path, size: int) -> int:
    from nodeflow.compute import datasets
    from nodeflow.compute.datasets import images

    images._scan_cached.cache_clear()  # a cold scan each time, as on a first load
    splits = datasets.load({"source": "image_folder", "path": str(root), "image_size": size, "color": "rgb",
                            "standardize": False, "validation_split": 0.0, "test_split": 0.0}, 0)
    return len(splits.train[0])


def load_torch(root: Path, size: int, workers: int) -> int:
    import torch
    from PIL import Image

    files = sorted(p for p in root.rglob("*") if p.suffix in (".png", ".jpg"))
    classes = sorted({p.parent.name for p in files})

    class Folder(torch.utils.data.Dataset):
        def __len__(self) -> int:
            return len(files)

        def __getitem__(self, i: int):
            with Image.open(files[i]) as im:
                pixels = np.asarray(im.convert("RGB").resize((size, size), Image.Resampling.BILINEAR))
            x = torch.from_numpy(pixels.copy()).permute(2, 0, 1).float().div_(255)
            return x, classes.index(files[i].parent.name)

    loader = torch.utils.data.DataLoader(Folder(), batch_size=256, num_workers=workers)
    xs = [x for x, _y in loader]
    return int(sum(len(x) for x in xs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=3000)
    parser.add_argument("--size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(2)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "folder"
        t0 = time.perf_counter()
        make_folder(root, args.images)
        print(f"{args.images:,} images of 64x64 in 10 classes written in {time.perf_counter() - t0:.1f} s; "
              f"loading at {args.size}x{args.size} RGB, {args.repeat} interleaved repetitions")
        sides = {"nodeflow": lambda: load_nodeflow(root, args.size),
                 "torch (0 workers)": lambda: load_torch(root, args.size, 0),
                 "torch (2 workers)": lambda: load_torch(root, args.size, 2)}
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(args.repeat):
            for name, run in sides.items():
                start = time.perf_counter()
                count = run()
                times[name].append(time.perf_counter() - start)
                assert count == args.images, (name, count)
    rate = {name: args.images / statistics.median(t) for name, t in times.items()}
    for name, r in rate.items():
        spread = ", ".join(f"{args.images / t:,.0f}" for t in times[name])
        print(f"{name:20s} {r:9,.0f} images/s   (runs: {spread})")
    for name in ("torch (0 workers)", "torch (2 workers)"):
        print(f"nodeflow / {name}: {rate['nodeflow'] / rate[name]:.2f}")


if __name__ == "__main__":
    main()
