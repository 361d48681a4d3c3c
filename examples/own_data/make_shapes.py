#!/usr/bin/env python3
"""Render a small image folder for shapes_cnn.nodeflow: shapes/circle, shapes/square and
shapes/triangle, 100 PNG images each (random size, place and shade on white).

    python make_shapes.py [FOLDER] [--per-class N] [--seed S]

Needs NumPy and Pillow only. The folder layout (one sub-folder per class) is the one any of
your own image folders would have: put your photos in cat/ and dog/ and point the Dataset's
path at the folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("circle", "square", "triangle")


def render(kind: str, rng: np.random.Generator, size: int = 32) -> Image.Image:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).with_name("shapes")))
    parser.add_argument("--per-class", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    root = Path(args.folder)
    for kind in SHAPES:
        (root / kind).mkdir(parents=True, exist_ok=True)
        for i in range(args.per_class):
            render(kind, rng).save(root / kind / f"{i:03d}.png")
    print(f"{args.per_class * len(SHAPES)} images in {root}")


if __name__ == "__main__":
    main()
